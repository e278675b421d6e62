"""Scoring throughput of a model artifact (reports/s) by batch size, on CPU and on CUDA when present.

    .venv/bin/python benchmarks/scoring.py [--model model_artifacts] [--threads 1 2] [--repeats 5]

Input: synthetic head-CT reports, normalized once up front, so the main column measures
`Scorer.score_tokens` (encode to ids + TorchScript forward), i.e. what the daemon pays per micro-batch.
The last column adds the normalization (`normalize_report` on the whole text) to show the text side.
Each cell is the best of `--repeats` runs of `--seconds` each (timeit's rule: the best run is the one least
disturbed by other processes; on a shared machine the others measure the neighbours, not the model).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import torch

from triage.config import DEFAULT_MODEL_DIR
from triage.model import Scorer
from triage.model.scorer import usable_cpus
from triage.offline.synth.corpus import generate_reports
from triage.text import normalize_report

BATCH_SIZES = (1, 8, 32, 64, 128, 256)


def best_rate(fn: Callable[[list], object], batches: list[list], seconds: float, repeats: int) -> float:
    """Best reports/s of `fn(batch)` over `repeats` timed runs cycling through `batches`."""
    for batch in batches[:2]:
        fn(batch)
    best = 0.0
    for _ in range(repeats):
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        done, i, start = 0, 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            batch = batches[i % len(batches)]
            fn(batch)
            done += len(batch)
            i += 1
        best = max(best, done / (time.perf_counter() - start))
    return best


def normalize_and_score(scorer: Scorer, texts: list[str]) -> None:
    scorer.score_tokens([normalize_report(t) for t in texts])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    parser.add_argument("--seconds", type=float, default=0.4, help="length of one timed run")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per cell (best is shown)")
    parser.add_argument(
        "--threads",
        type=int,
        nargs="+",
        default=None,
        help="torch CPU thread counts to try (default: 1 and the usable CPUs)",
    )
    args = parser.parse_args()

    reports = generate_reports(2048, seed=99)
    texts = [r.text for r in reports]
    tokens = [normalize_report(t) for t in texts]
    threads = args.threads or sorted({1, usable_cpus()})
    setups = [("cpu", t) for t in threads] + ([("cuda", 1)] if torch.cuda.is_available() else [])
    print(
        f"model {args.model}  torch {torch.__version__}  usable cpus {usable_cpus()}  best of {args.repeats}"
    )
    print(
        f"{'device':<7}{'threads':>8}{'batch':>7}{'score_tokens rep/s':>20}{'ms/batch':>10}"
        f"{'normalize+score rep/s':>23}"
    )
    for device, n_threads in setups:
        scorer = Scorer.load(args.model, device=device, threads=n_threads)
        for size in BATCH_SIZES:
            tok = [tokens[i : i + size] for i in range(0, len(tokens) - size + 1, size)]
            txt = [texts[i : i + size] for i in range(0, len(texts) - size + 1, size)]
            r = best_rate(scorer.score_tokens, tok, args.seconds, args.repeats)
            r2 = best_rate(partial(normalize_and_score, scorer), txt, args.seconds, args.repeats)
            print(f"{device:<7}{n_threads:>8}{size:>7}{r:>20,.0f}{1000 * size / r:>10.2f}{r2:>23,.0f}")


if __name__ == "__main__":
    main()
