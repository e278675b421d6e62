"""Throughput of the pure pipeline (triage.pipeline.Processor) next to scoring alone, on one process.

    .venv/bin/python benchmarks/pipeline.py [--model DIR] [--n 4000] [--batch 64] [--threads N]

The daemon's target (issue 3) is end-to-end throughput ≥ 80 % of scoring-only throughput; Kafka adds its own
cost on top of what is measured here, so this in-memory ratio is the ceiling. Stages, each over the same
synthetic ORU stream (triage.offline.synth.oru.synth_stream, head CTs with P/F/C/X lifecycles, other
procedures, ADT):

  score only      scorer.score_tokens on already-normalized tokens, `--batch` reports per call
  parse only      triage.hl7.parse_record per record
  normalize only  triage.text.normalize_impression per parsed report
  flag build      triage.fhir.flag.build_flag (whole-Flag fhir.resources validation) + bytes, per Flag
  flag builder    triage.fhir.flag.FlagBuilder.build (what the Processor uses) + bytes, per Flag
  processor       Processor.process_batch: parse + filter + normalize + score + lifecycle + all outputs
  finish only     Processor.finish on prepared+scored batches: lifecycle, Flags, state, audits, dead letters
  overlapped      the same passes, with finish(N-1) and prepare(N+1) in a worker thread while batch N
                  is scored (torch releases the GIL), as the stream layer may run them

Without a trained artifact (model_artifacts/ empty) `--model` defaults to an untrained network of the paper's
size (word2vec 300-d, Conv1d 32x3, LSTM 300) exported to a temp dir: the weights do not change the timing;
its threshold is then set to the 85th percentile of its scores so that about the paper's share of reports
(14.7 %) is positive and the Flag path is exercised.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import torch

from triage.config import DEFAULT_MODEL_DIR, Settings
from triage.core import Report, SourceRecord
from triage.fhir.flag import FlagBuilder, build_flag, flag_json_bytes
from triage.hl7 import parse_record
from triage.model.scorer import Scorer
from triage.offline.synth.oru import synth_stream
from triage.pipeline.process import Processor
from triage.text import normalize_impression


def paper_sized_artifact(out: Path, reports: list[Report]) -> Path:
    """An untrained paper-size network with a vocabulary from the stream (timing only)."""
    from triage.model.artifact import export_artifact
    from triage.model.network import CnnLstm

    words = sorted({t for r in reports for t in normalize_impression(r.impression)})
    vocab = {w: i + 1 for i, w in enumerate(words)}
    torch.manual_seed(0)
    matrix = torch.randn(len(vocab) + 1, 300) * 0.1
    matrix[0] = 0
    model = CnnLstm(matrix, filters=32, kernel_size=3, pool_size=2, lstm_units=300, dropout=0.6)
    export_artifact(
        model,
        vocab,
        out,
        max_tokens=50,
        manifest_extra={"threshold": 0.5, "threshold_policy": "untrained (benchmark only)"},
    )
    return out


def rate(fn: Callable[[], int], repeat: int) -> tuple[float, float]:
    """Best-of-`repeat` items/s and the median seconds of one pass."""
    times, count = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = fn()
        times.append(time.perf_counter() - t0)
    return count / min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--model", type=Path, default=None, help="artifact dir (default: model_artifacts/ if trained)"
    )
    ap.add_argument("--n", type=int, default=4000, help="records in the synthetic stream")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's)")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)

    stream = synth_stream(args.n, seed=7, lifecycle_rate=0.3, cancel_rate=0.1)
    records = [SourceRecord("hl7.oru", 0, i, value, key=key) for i, (key, value, _) in enumerate(stream)]
    reports = [r for rec in records for r in parse_record(rec.value) if isinstance(r, Report)]

    tmp = None
    model_dir = args.model
    if model_dir is None:
        if (DEFAULT_MODEL_DIR / "manifest.json").is_file():
            model_dir, label = DEFAULT_MODEL_DIR, "model_artifacts/"
        else:
            tmp = tempfile.TemporaryDirectory()
            model_dir = paper_sized_artifact(Path(tmp.name) / "model", reports)
            label = "untrained paper-size network"
    else:
        label = str(model_dir)
    scorer = Scorer.load(model_dir, device="cpu")
    tokens = [normalize_impression(r.impression) for r in reports]
    tokens = [t for t in tokens if t]
    threshold = None
    if tmp is not None:
        threshold = float(np.quantile(scorer.score_tokens(tokens), 0.853))
    settings = Settings(threshold=threshold)
    b = args.batch

    def score_only() -> int:
        for i in range(0, len(tokens), b):
            scorer.score_tokens(tokens[i : i + b])
        return len(tokens)

    def parse_only() -> int:
        for rec in records:
            parse_record(rec.value, max_bytes=settings.max_message_bytes)
        return len(records)

    def normalize_only() -> int:
        for r in reports:
            normalize_impression(r.impression)
        return len(reports)

    flag_reports = [r for r in reports if r.accession][:1000]

    def flag_build() -> int:
        for r in flag_reports:
            flag = build_flag(
                r,
                status="active",
                probability=0.9,
                threshold=0.5,
                model_version=scorer.model_version,
                model_sha256=scorer.sha256,
                release=settings.fhir_release,
            )
            flag_json_bytes(flag)
        return len(flag_reports)

    builder = FlagBuilder(
        threshold=0.5,
        model_version=scorer.model_version,
        model_sha256=scorer.sha256,
        release=settings.fhir_release,
    )

    def flag_builder() -> int:
        for r in flag_reports:
            flag_json_bytes(builder.build(r, status="active", probability=0.9))
        return len(flag_reports)

    flags_sent = [0]
    batches = [records[i : i + b] for i in range(0, len(records), b)]

    def processor() -> int:
        proc = Processor.from_settings(scorer, settings)
        state: dict = {}
        n_flags = 0
        for i in range(0, len(records), b):
            for out in proc.process_batch(records[i : i + b], state):
                n_flags += sum(m.topic == settings.flag_topic for m in out.outputs)
        flags_sent[0] = n_flags
        return len(records)

    finish_proc = Processor.from_settings(scorer, settings)
    scored_batches = [finish_proc.score(finish_proc.prepare(batch)) for batch in batches]

    def finish_only() -> int:
        state: dict = {}
        for prepared in scored_batches:
            finish_proc.finish(prepared, state)
        return len(records)

    def overlapped() -> int:
        """While batch i is scored (main thread, torch releases the GIL), a worker thread finishes batch i-1
        and prepares batch i+1; finish() still runs in batch order."""
        proc = Processor.from_settings(scorer, settings)
        state: dict = {}
        prepared = proc.prepare(batches[0])
        done = None
        with ThreadPoolExecutor(max_workers=1) as pool:
            for i in range(len(batches)):
                nxt = batches[i + 1] if i + 1 < len(batches) else None

                def work(prev=done, nxt=nxt):
                    if prev is not None:
                        proc.finish(prev, state)
                    return proc.prepare(nxt) if nxt is not None else None

                future = pool.submit(work)
                done = proc.score(prepared)
                prepared = future.result()
        proc.finish(done, state)
        return len(records)

    rows = [
        ("score only", "reports", *rate(score_only, args.repeat)),
        ("parse only", "records", *rate(parse_only, args.repeat)),
        ("normalize only", "reports", *rate(normalize_only, args.repeat)),
        ("flag build (whole)", "flags", *rate(flag_build, args.repeat)),
        ("flag builder", "flags", *rate(flag_builder, args.repeat)),
        ("processor", "records", *rate(processor, args.repeat)),
        ("finish only", "records", *rate(finish_only, args.repeat)),
        ("overlapped", "records", *rate(overlapped, args.repeat)),
    ]
    score_rate = rows[0][2]
    print(
        f"model: {label} ({scorer.model_version}); torch threads {torch.get_num_threads()}; batch {b}; "
        f"{len(records)} records, {len(tokens)} scorable reports, {flags_sent[0]} Flags published"
    )
    print(f"{'stage':<22}{'unit':<9}{'per s':>10}{'ms per batch':>14}{'vs score only':>15}")
    for name, unit, per_s, _median in rows:
        ms_batch = 1000.0 * b / per_s
        print(f"{name:<22}{unit:<9}{per_s:>10,.0f}{ms_batch:>14.2f}{per_s / score_rate:>14.0%}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    np.set_printoptions(suppress=True)
    sys.exit(main())
