"""What the daemon's rolling topic drift costs, and where (triage.drift.monitor).

    .venv/bin/python benchmarks/drift.py [--topics model_artifacts/topics] [--n 400] [--repeats 3]

Three rows, each the best of `--repeats` runs (timeit's rule on a shared machine):
1. ``offer`` — what the decide/deliver loop pays per scored report: one non-blocking queue put (µs);
2. ``drift thread`` — normalization + LDA inference + window update per report in the drift thread (ms),
   i.e. the most reports/s one drift thread keeps up with (beyond it the queue fills and reports are dropped);
3. ``loop task p50/p99`` — a stand-in for the loop thread's pure-Python work (normalizing a report, ~1 ms):
   its latency with the drift thread idle and with it saturated (queue never empty), to show the GIL
   contention the background thread adds (it sleeps 0 s between reports to hand the GIL back).
Synthetic head-CT reports; prints a table; no pass/fail.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from triage.config import DEFAULT_MODEL_DIR
from triage.drift.monitor import DriftMonitor
from triage.drift.store import load_topic_model
from triage.offline.synth.corpus import generate_reports
from triage.text import tokenize


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", type=Path, default=DEFAULT_MODEL_DIR / "topics")
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    model, dictionary, manifest = load_topic_model(args.topics)
    reference = manifest["reference_shares"]
    texts = [r.text for r in generate_reports(args.n, seed=909)]

    best_offer = float("inf")
    for _ in range(args.repeats):
        mon = DriftMonitor(model, dictionary, reference, window=500, queue_size=len(texts) + 1)
        t0 = time.perf_counter()
        for text in texts:
            mon.offer(text, 0.01)
        best_offer = min(best_offer, (time.perf_counter() - t0) / len(texts))

    best_thread = float("inf")
    for _ in range(args.repeats):
        mon = DriftMonitor(model, dictionary, reference, window=500, queue_size=len(texts) + 1)
        for text in texts:
            mon.offer(text, 0.01)
        t0 = time.perf_counter()
        mon.process_pending()
        best_thread = min(best_thread, (time.perf_counter() - t0) / len(texts))

    def loop_latencies(busy: bool) -> list[float]:
        mon = DriftMonitor(
            model, dictionary, reference, window=500, queue_size=10 * len(texts), interval_s=60
        )
        if busy:
            for _ in range(10):
                for text in texts:
                    mon.offer(text, 0.01)
            mon.start()
        out = []
        for text in texts[: min(200, len(texts))]:
            t0 = time.perf_counter()
            tokenize(text)
            out.append((time.perf_counter() - t0) * 1000)
        mon.stop()
        return out

    idle = min((loop_latencies(False) for _ in range(args.repeats)), key=lambda v: _pct(v, 0.99))
    busy = min((loop_latencies(True) for _ in range(args.repeats)), key=lambda v: _pct(v, 0.99))
    rows = [
        ("offer (loop thread), per report", f"{best_offer * 1e6:.1f} µs"),
        ("drift thread, per report", f"{best_thread * 1e3:.2f} ms (= {1 / best_thread:,.0f} reports/s)"),
        ("loop task p50 / p99, drift idle", f"{statistics.median(idle):.2f} / {_pct(idle, 0.99):.2f} ms"),
        ("loop task p50 / p99, drift busy", f"{statistics.median(busy):.2f} / {_pct(busy, 0.99):.2f} ms"),
    ]
    print(f"topic model {args.topics} (k={manifest['k']}), {args.n} reports, best of {args.repeats}")
    for what, value in rows:
        print(f"{what:<34} {value}")


if __name__ == "__main__":
    main()
