"""Cost of the priority extractor on a run-on report: one sentence with no full stop, of growing length.

    PYTHONPATH=. .venv/bin/python benchmarks/runon_priority.py [--sizes 12500,25000,50000,100000,200000]

The text is one clause joined by commas up to each size (200,000 characters is the daemon's default
max_report_chars): mass-effect signs ("acute subdural hematoma ... 5 mm midline shift, no hydrocephalus"),
then change cues ("... (unchanged) ... questionable new ..."). Columns: the rule tier's RuleEngine.assess
and triage.priority.extract_attributes, wall seconds (one pass each), and the extractor's CPU seconds (what
a loaded box's other processes do not inflate). Before the clause reach (_CLAUSE_REACH) each mention
re-scanned its whole sentence: quadratic (50 KB of signs: 13.7 s wall, 7.8 s CPU on the 2-core dev box;
now 0.8 s, 0.44 s CPU); the change cues' overlap check and a claim's look-back were quadratic too (100 KB
of change cues: 11.3 s CPU, now 0.4 s). Now it is linear. Not a test: prints a markdown table.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage.priority import extract_attributes
from triage.rules.shared import shared_engine

SHAPES = {
    "signs": "acute subdural hematoma along the left convexity measuring 8 mm "
    "with 5 mm midline shift, no hydrocephalus, ",
    "change cues": "chronic subdural collection (unchanged) not seen on the prior exam however "
    "questionable new hyperdense component, ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="12500,25000,50000,100000,200000")
    args = parser.parse_args()
    engine = shared_engine(None)
    cpu = platform.processor() or platform.machine()
    print(f"machine: {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print("| clause | characters | positive mentions | rules assess s | extract_attributes s | its CPU s |")
    print("|---|---:|---:|---:|---:|---:|")
    for shape, unit in SHAPES.items():
        for size in (int(s) for s in args.sizes.split(",")):
            text = (unit * (size // len(unit) + 1))[:size].rstrip(", ")
            t0 = time.perf_counter()
            rules = engine.assess(text)
            t1, c1 = time.perf_counter(), time.process_time()
            extract_attributes(text, rules)
            t2, c2 = time.perf_counter(), time.process_time()
            print(
                f"| {shape} | {len(text):,} | {len(rules.evidence)} | {t1 - t0:.2f} | {t2 - t1:.2f} "
                f"| {c2 - c1:.2f} |"
            )


if __name__ == "__main__":
    main()
