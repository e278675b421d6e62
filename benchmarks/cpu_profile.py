"""CPU time per pass of `Processor` (prepare / score_network / assess_rules / finish), per batch and record.

    .venv/bin/python benchmarks/cpu_profile.py [--n 3000] [--batch 256] [--threads 1] [--repeat 3]
                                               [--profile OUT.prof] [--top 30]

CPU time (time.process_time), not wall time: on a shared machine, wall numbers move with the neighbours' load,
CPU time of this single-threaded process much less (torch runs with `--threads`, default 1, so its CPU time
is its own work). The same stream as benchmarks/e2e.py's full-speed phase (synth_stream(n, seed=1)), every
feature on (the site's decision policy, review topic; drift's `on_scored` hook set to a no-op queue put as
the daemon's monitor does). Best of `--repeat` passes over the stream per stage. `--profile FILE` also runs
one pass under cProfile and prints the top functions by own time.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import queue
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.config import DEFAULT_MODEL_DIR, Settings  # noqa: E402
from triage.core import SourceRecord  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--profile", type=Path, default=None)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()

    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    records = [SourceRecord("bench", 0, i, v, k) for i, (k, v, _) in enumerate(synth_stream(args.n, seed=1))]
    batches = [records[i : i + args.batch] for i in range(0, len(records), args.batch)]
    settings = Settings(model_dir=args.model, publish_review=True)
    scorer = Scorer.load(args.model, device="cpu", threads=args.threads)
    drift: queue.Queue = queue.Queue(maxsize=1)

    def on_scored(text: str, unknown: float | None) -> None:  # the daemon's monitor: a non-blocking put
        with contextlib.suppress(queue.Full):
            drift.put_nowait((text, unknown))

    processor = Processor.from_settings(scorer, settings, on_scored=on_scored)
    processor.process_batch(batches[0], {})  # warm-up (spaCy, torch)

    stages = ("prepare", "score_network", "assess_rules", "finish")
    best = dict.fromkeys(stages, float("inf"))
    scorable = 0
    for _ in range(args.repeat):
        spent = dict.fromkeys(stages, 0.0)
        state: dict = {}
        scorable = 0
        for batch in batches:
            t = time.process_time()
            prepared = processor.prepare(batch)
            spent["prepare"] += time.process_time() - t
            scorable += len(prepared.tokens)
            t = time.process_time()
            processor.score_network(prepared)
            spent["score_network"] += time.process_time() - t
            t = time.process_time()
            processor.assess_rules(prepared)
            spent["assess_rules"] += time.process_time() - t
            t = time.process_time()
            processor.finish(prepared, state)
            spent["finish"] += time.process_time() - t
        best = {k: min(best[k], spent[k]) for k in stages}

    n = len(records)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"Processor CPU time: {n} records ({scorable} scored) in {len(batches)} batches of {args.batch}, "
        f"torch threads {args.threads}, policy {settings.pipeline.decision_policy}, best of {args.repeat}; "
        f"load average {load}"
    )
    print(f"{'pass':<15}{'ms / batch':>12}{'µs / record':>13}{'records/s CPU':>15}")
    total = sum(best.values())
    for stage in (*stages, "total"):
        spent_s = total if stage == "total" else best[stage]
        print(
            f"{stage:<15}{1000 * spent_s / len(batches):>12.2f}{1e6 * spent_s / n:>13.1f}"
            f"{n / spent_s if spent_s else float('inf'):>15,.0f}"
        )
    if args.profile:
        profiler = cProfile.Profile()
        state = {}
        profiler.enable()
        for batch in batches:
            processor.process_batch(batch, state)
        profiler.disable()
        profiler.dump_stats(str(args.profile))
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
