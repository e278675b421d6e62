"""Scoring throughput of a model artifact (reports/s) by batch size, on CPU and on CUDA when present.

    .venv/bin/python benchmarks/scoring.py [--model model_artifacts] [--seconds 2] [--threads N]

Input: synthetic head-CT reports, normalized once up front, so the table measures `Scorer.score_tokens`
(encode to ids + TorchScript forward), i.e. what the daemon pays per micro-batch. A second column adds the
paper's normalization (`normalize_report`) to show the text side's share.
"""

from __future__ import annotations

import argparse
import time
from functools import partial
from pathlib import Path

import torch

from triage.config import DEFAULT_MODEL_DIR
from triage.model import Scorer
from triage.synth.corpus import generate_reports
from triage.text import normalize_report

BATCH_SIZES = (1, 8, 32, 64, 128, 256)


def rate(fn, batches: list, seconds: float) -> float:
    """Reports per second of `fn(batch)` cycling through `batches` for about `seconds` (after a warm-up)."""
    for batch in batches[:3]:
        fn(batch)
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    done, start, i = 0, time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        batch = batches[i % len(batches)]
        fn(batch)
        done += len(batch)
        i += 1
    return done / (time.perf_counter() - start)


def normalize_and_score(scorer: Scorer, texts: list[str]) -> None:
    scorer.score_tokens([normalize_report(t) for t in texts])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    parser.add_argument("--seconds", type=float, default=2.0, help="time per cell")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    args = parser.parse_args()

    reports = generate_reports(2048, seed=99)
    texts = [r.text for r in reports]
    tokens = [normalize_report(t) for t in texts]
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    if args.threads:
        torch.set_num_threads(args.threads)
    print(f"model {args.model}  torch {torch.__version__}  cpu threads {torch.get_num_threads()}")
    print(f"{'device':<7}{'batch':>6}{'score_tokens rep/s':>20}{'ms/batch':>10}{'normalize+score rep/s':>23}")
    for device in devices:
        scorer = Scorer.load(args.model, device=device)
        for size in BATCH_SIZES:
            tok_batches = [tokens[i : i + size] for i in range(0, len(tokens) - size + 1, size)]
            txt_batches = [texts[i : i + size] for i in range(0, len(texts) - size + 1, size)]
            r = rate(scorer.score_tokens, tok_batches, args.seconds)
            r2 = rate(partial(normalize_and_score, scorer), txt_batches, args.seconds)
            print(f"{device:<7}{size:>6}{r:>20,.0f}{1000 * size / r:>10.2f}{r2:>23,.0f}")


if __name__ == "__main__":
    main()
