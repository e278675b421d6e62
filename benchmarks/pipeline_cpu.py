"""Pipeline-only vs scoring-only, and CPU per stage, for one or more code trees measured in interleaved runs.

    .venv/bin/python benchmarks/pipeline_cpu.py [--tree DIR ...] [--pairs 3] [--n 3000] [--batch 256]

Each `--tree` (default: this checkout) is a copy of the repository (e.g. `git archive main | tar -x -C
/tmp/base`, with model_artifacts linked in): its `triage` is imported in a fresh subprocess, and the trees
take turns (A B A B ...) so that the shared machine's load falls on both alike. One run, on the same stream
as benchmarks/e2e.py (synth_stream(n, seed=1), every feature on: ensemble policy, review topic), torch with
one thread (the daemon's score_threads on 2 cores):
* scoring only: `Scorer.score_tokens` on the stream's normalized tokens, `--batch` records per call;
* pipeline only: `Processor.process_batch` on the raw records, `--batch` per call (the network in its
  thread), the second of two passes: records/s on the wall clock and CPU µs per record (all threads);
* CPU per stage: the passes one after the other (prepare, score_network, assess_rules, finish; best of 2);
  ``non-network`` = prepare + rules + finish, what one Python thread must do per record.
The load average is printed with each run: compare trees only within a table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COLUMNS = ("scoring_rps", "pipeline_rps", "ratio", "pipeline_cpu_us", "prepare", "network", "rules", "finish")


def measure(n: int, batch_size: int) -> dict[str, float]:
    """One run in this process (its sys.path[0] is the tree under test)."""
    from triage.config import DEFAULT_MODEL_DIR, Settings
    from triage.core import SourceRecord
    from triage.model.scorer import Scorer
    from triage.offline.synth.oru import synth_stream
    from triage.pipeline.process import Processor

    records = [SourceRecord("bench", 0, i, v, k) for i, (k, v, _) in enumerate(synth_stream(n, seed=1))]
    batches = [records[i : i + batch_size] for i in range(0, len(records), batch_size)]
    settings = Settings(model_dir=DEFAULT_MODEL_DIR, publish_review=True)
    scorer = Scorer.load(DEFAULT_MODEL_DIR, device="cpu", threads=1)
    processor = Processor.from_settings(scorer, settings)
    out: dict[str, float] = {}

    tokens = processor.prepare(records).tokens
    chunks = [tokens[i : i + batch_size] for i in range(0, len(tokens), batch_size)]
    scorer.score_tokens(chunks[0])
    t = time.perf_counter()
    for chunk in chunks:
        scorer.score_tokens(chunk)
    out["scoring_rps"] = len(tokens) / (time.perf_counter() - t)

    for _ in range(2):  # the second pass: spaCy, torch and the rule memo warm
        state: dict = {}
        t, c = time.perf_counter(), time.process_time()
        for b in batches:
            processor.process_batch(b, state)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
    out["pipeline_rps"] = n / wall
    out["ratio"] = out["pipeline_rps"] / out["scoring_rps"]
    out["pipeline_cpu_us"] = 1e6 * cpu / n

    stages = ("prepare", "network", "rules", "finish")
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(2):
        spent = dict.fromkeys(stages, 0.0)
        state = {}
        for b in batches:
            c0 = time.process_time()
            prepared = processor.prepare(b)
            c1 = time.process_time()
            processor.score_network(prepared)
            c2 = time.process_time()
            processor.assess_rules(prepared)
            c3 = time.process_time()
            processor.finish(prepared, state)
            c4 = time.process_time()
            for stage, spent_s in zip(stages, (c1 - c0, c2 - c1, c3 - c2, c4 - c3), strict=True):
                spent[stage] += spent_s
        best = {k: min(best[k], spent[k]) for k in stages}
    out.update({k: 1e6 * v / n for k, v in best.items()})
    processor.close()
    return out


def _cells(row: dict[str, float]) -> str:
    return "".join(f"{row[c]:>16,.{2 if c == 'ratio' else 0}f}" for c in COLUMNS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", type=Path, action="append", default=None)
    ap.add_argument("--pairs", type=int, default=3, help="runs per tree, interleaved")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.n, args.batch)))
        return
    trees = [t.resolve() for t in (args.tree or [REPO])]
    results: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
    header = f"{'tree':<24}{'load':>6}" + "".join(f"{c:>16}" for c in COLUMNS)
    print(header)
    for _ in range(args.pairs):
        for tree in trees:
            cmd = [sys.executable, __file__, "--child", "--n", str(args.n), "--batch", str(args.batch)]
            env = {**os.environ, "PYTHONPATH": str(tree)}  # this script's own folder adds no `triage`
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=tree)
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            results[tree].append(row)
            load = os.getloadavg()[0]
            print(f"{str(tree)[-24:]:<24}{load:>6.2f}" + _cells(row))
    print("median per tree (non-network = prepare + rules + finish, CPU µs per record)")
    print(header.replace("    load", "non-net "))
    for tree, rows in results.items():
        med = {c: statistics.median(r[c] for r in rows) for c in COLUMNS}
        nonnet = med["prepare"] + med["rules"] + med["finish"]
        print(f"{str(tree)[-24:]:<24}{nonnet:>6.0f}" + _cells(med))


if __name__ == "__main__":
    main()
