"""Cost of the worklist priority (issue 20) per positive report, next to the rule tier it follows.

    PYTHONPATH=. .venv/bin/python benchmarks/priority.py [--repeat 5]

Texts: the labeled priority set (tests/data/priority/labeled.jsonl, 439 positives) and the held-out set (48).
Stages, per report (median of --repeat passes over all texts):

  rules assess      RuleEngine.assess_batch (medspaCy ConText), what the daemon already runs
  attributes        triage.priority.extract_attributes on the text and its rule result
  + findings        the same with the text also passed as the report's FINDINGS (the mass-effect scan a
                    positive whose impression leaves its findings out gains; a findings as long as the text)
  conclusion        triage.text.extract_conclusion (conclusion + the FINDINGS it leaves out) on a headed
                    report "FINDINGS: <text> IMPRESSION: Acute hemorrhage." vs extract_impression on it
  grade             triage.priority.grade (the policy)
  flag extensions   triage.fhir.flag.attribute_extensions (what the Flag gains)

Prints a table (µs per report) and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from triage.fhir.flag import attribute_extensions
from triage.priority import extract_attributes, grade
from triage.rules.shared import shared_engine
from triage.text import extract_conclusion, extract_impression

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "priority"


def _median_us(fn, n: int, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) / n * 1e6)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = [
        json.loads(line)["text"]
        for name in ("labeled.jsonl", "heldout.jsonl")
        for line in (DATA / name).read_text().splitlines()
        if line.strip()
    ]
    engine = shared_engine(None)
    results = engine.assess_batch(texts)
    attrs = [extract_attributes(t, r) for t, r in zip(texts, results, strict=True)]
    grades = [grade(a, r.assertion) for a, r in zip(attrs, results, strict=True)]
    n = len(texts)
    headed = [f"FINDINGS: {t}\nIMPRESSION: Acute hemorrhage." for t in texts]
    rows = [
        ("rules assess", _median_us(lambda: engine.assess_batch(texts), n, args.repeat)),
        (
            "attributes",
            _median_us(
                lambda: [extract_attributes(t, r) for t, r in zip(texts, results, strict=True)],
                n,
                args.repeat,
            ),
        ),
        (
            "+ findings",
            _median_us(
                lambda: [extract_attributes(t, r, t) for t, r in zip(texts, results, strict=True)],
                n,
                args.repeat,
            ),
        ),
        ("impression", _median_us(lambda: [extract_impression(h) for h in headed], n, args.repeat)),
        ("conclusion", _median_us(lambda: [extract_conclusion(h) for h in headed], n, args.repeat)),
        (
            "grade",
            _median_us(
                lambda: [grade(a, r.assertion) for a, r in zip(attrs, results, strict=True)], n, args.repeat
            ),
        ),
        (
            "flag extensions",
            _median_us(
                lambda: [attribute_extensions(a, g) for a, g in zip(attrs, grades, strict=True)],
                n,
                args.repeat,
            ),
        ),
    ]
    print(
        f"{n} positive reports, median of {args.repeat} passes; {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    print(f"{'stage':<18}{'µs / report':>12}")
    for name, us in rows:
        print(f"{name:<18}{us:>12.1f}")


if __name__ == "__main__":
    main()
