"""Replay throughput (records/s) next to scoring-only throughput, on the same machine and batch size.

    .venv/bin/python benchmarks/replay.py [--model DIR] [--n 4000] [--batch 512] [--repeat 2] [--profile]

Starts an embedded broker (Tansu), produces a synthetic ORU stream (triage.offline.synth.oru.synth_stream:
head CTs with P/F/C/X lifecycles, other procedures, ADT) to a 3-partition topic, then measures:

  score only         Scorer.score_tokens on already-normalized tokens, `--batch` per call (the ceiling)
  kafka read only    the group-less range reader alone (fetch + decode), no processing
  processor only     Processor.process_batch over the records in memory (parse + score + outputs)
  replay             `run_replay` end to end: read the range, prefetch/parse in a thread, score, write JSONL
  replay, no prefetch  the same with the prefetch thread off

Issue 4 aims at replay >= 80 % of scoring-only on CPU. `--profile` prints the top functions of one replay
(cProfile, cumulative). Without a trained artifact in model_artifacts/, an untrained network of the paper's
size (word2vec 300-d, Conv1d 32x3, LSTM 300) is exported to a temp dir: weights do not change the timing.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings
from triage.core import Report, SourceRecord
from triage.hl7 import parse_record
from triage.model.scorer import Scorer
from triage.offline.synth.oru import synth_stream
from triage.pipeline.process import Processor
from triage.replay.engine import ReplayOptions, load_models, run_replay
from triage.replay.range import parse_bound, resolve_range
from triage.replay.reader import RangeReader, range_consumer
from triage.stream.broker import EmbeddedBroker
from triage.text import normalize_impression

TOPIC = "bench.oru"


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
    manifest = {"threshold": 0.5, "threshold_policy": "untrained (benchmark only)"}
    export_artifact(model, vocab, out, max_tokens=50, manifest_extra=manifest)
    return out


def produce(bootstrap: str, stream: list[tuple[bytes, bytes, dict]]) -> None:
    from kafka import KafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.create_topics([NewTopic(TOPIC, 3, 1)])
    admin.close()
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, batch_size=512 * 1024)
    for key, value, _ in stream:
        producer.send(TOPIC, key=key, value=value)
    producer.flush()
    producer.close()


def best(fn, repeat: int) -> tuple[float, int]:
    """(best seconds, items) over `repeat` runs."""
    times, items = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        items = fn()
        times.append(time.perf_counter() - t0)
    return min(times), items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--model", type=Path, default=None, help="artifact dir (default: model_artifacts/ if trained)"
    )
    ap.add_argument("--n", type=int, default=4000, help="records in the synthetic stream")
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--repeat", type=int, default=3, help="rounds (each runs every stage once)")
    ap.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's)")
    ap.add_argument("--device", default="cpu", help="cpu | cuda | auto")
    ap.add_argument("--profile", action="store_true", help="print the cProfile top functions of one replay")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)

    stream = synth_stream(args.n, seed=7, lifecycle_rate=0.3, cancel_rate=0.1)
    mem_records = [SourceRecord(TOPIC, 0, i, v, key=k) for i, (k, v, _) in enumerate(stream)]
    reports = [r for rec in mem_records for r in parse_record(rec.value) if isinstance(r, Report)]
    tmp = tempfile.TemporaryDirectory()
    model_dir = args.model
    if model_dir is None:
        if (DEFAULT_MODEL_DIR / "manifest.json").is_file():
            model_dir, label = DEFAULT_MODEL_DIR, "model_artifacts/"
        else:
            model_dir = paper_sized_artifact(Path(tmp.name) / "model", reports)
            label = "untrained paper-size network"
    else:
        label = str(model_dir)
    scorer = Scorer.load(model_dir, device=args.device)
    tokens = [t for t in (normalize_impression(r.impression) for r in reports) if t]
    b = args.batch

    def score_only() -> int:
        for i in range(0, len(tokens), b):
            scorer.score_tokens(tokens[i : i + b])
        return len(tokens)

    with EmbeddedBroker() as broker:
        produce(broker.bootstrap_servers, stream)
        settings = Settings(
            bootstrap_servers=broker.bootstrap_servers, topics=TopicSettings(input=TOPIC), device=args.device
        )

        def read_only() -> int:
            consumer = range_consumer(settings.bootstrap_servers)
            rng = resolve_range(consumer, TOPIC, parse_bound("beginning"), parse_bound("end"))
            count = sum(len(batch) for batch in RangeReader(consumer, rng).batches(b))
            consumer.close()
            return count

        def processor_only() -> int:
            proc = Processor.from_settings(scorer, settings)
            state: dict = {}
            for i in range(0, len(mem_records), b):
                proc.process_batch(mem_records[i : i + b], state)
            return len(mem_records)

        runs = load_models([model_dir], settings.device, settings.pipeline, settings.outputs)
        out = Path(tmp.name) / "replay.jsonl"

        def replay(pipeline: bool = True) -> int:
            opts = ReplayOptions(
                topic=TOPIC,
                from_bound=parse_bound("beginning"),
                to_bound=parse_bound("end"),
                out=out,
                checkpoint=out.with_suffix(".cp"),
                batch_size=b,
                progress=False,
                pipeline=pipeline,
            )
            for run in runs:
                run.state.clear()
                run.counts.clear()
            return run_replay(settings.kafka, opts, runs).records

        stages = {
            "score only": ("reports", score_only),
            "kafka read only": ("records", read_only),
            "processor only (memory)": ("records", processor_only),
            "replay (prefetch thread)": ("records", replay),
            "replay, no prefetch": ("records", lambda: replay(False)),
        }
        # rounds: every stage once per round, so a busy machine slows them alike; ratios are per round
        rates: dict[str, list[float]] = {name: [] for name in stages}
        for _ in range(args.repeat):
            for name, (_, fn) in stages.items():
                secs, n = best(fn, 1)
                rates[name].append(n / secs)
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            replay(False)
            prof.disable()
            text = io.StringIO()
            pstats.Stats(prof, stream=text).sort_stats("cumulative").print_stats(22)
            profile_text = text.getvalue()

    print(
        f"model: {label} ({scorer.model_version}); device {scorer.device}; torch threads "
        f"{torch.get_num_threads()}; batch {b}; {len(mem_records)} records, {len(tokens)} scorable reports"
    )
    print(f"{'stage':<28}{'unit':<9}{'median/s':>10}{'best/s':>10}{'vs score only':>15}")
    for name, (unit, _) in stages.items():
        ratios = [r / s for r, s in zip(rates[name], rates["score only"], strict=True)]
        print(
            f"{name:<28}{unit:<9}{statistics.median(rates[name]):>10,.0f}{max(rates[name]):>10,.0f}"
            f"{statistics.median(ratios):>14.0%}"
        )
    print("(ratio = median over rounds of stage rate / score-only rate measured in the same round)")
    if args.profile:
        print(profile_text)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
