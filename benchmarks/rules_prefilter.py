"""The rule tier's anchor prefilter: identical results, and what it saves.

``RuleEngine`` skips spaCy for a text that holds no word any target rule starts from (``_anchor_pattern``):
such a text can have no mention, so its result is ``none`` without tokenizing it. This script proves the
skip changes nothing and measures it: every text is assessed by an engine with the prefilter and by one
without, the two ``RuleResult`` lists must be equal (exit 1 and the first differing index otherwise), and
CPU milliseconds per report are printed for each (process time, so other load on a shared machine counts
less; the median of ``--rounds``).

Texts (at least 20,000): a synthetic corpus from ``triage synth`` (full texts and the extracted
conclusions the daemon scores), the challenge and held-out sets, and long notes built from their texts.

    .venv/bin/python benchmarks/rules_prefilter.py [--synthetic 12852] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from triage.rules import RuleSet
from triage.rules.engine import RuleEngine
from triage.text import extract_impression

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    ROOT / "tests" / "data" / "challenge" / "challenge.jsonl",
    ROOT / "tests" / "data" / "heldout" / "heldout-2.jsonl",
    ROOT / "tests" / "data" / "heldout" / "heldout-3.jsonl",
]


def _synthetic(n: int) -> list[str]:
    from typer.testing import CliRunner

    from triage.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "synth.jsonl"
        result = CliRunner().invoke(app, ["synth", "--n", str(n), "--seed", "2017", "--out", str(out)])
        if result.exit_code != 0:
            sys.exit(f"triage synth failed: {result.output}")
        return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]


def corpus(n_synthetic: int) -> dict[str, list[str]]:
    synthetic = _synthetic(n_synthetic)
    written = [json.loads(line)["text"] for path in SETS for line in path.read_text().splitlines()]
    rnd = random.Random(11)
    notes = ["\n".join(rnd.sample(written, 12)) for _ in range(1_000)]  # ~12 reports: long, many sections
    return {
        "synthetic full text": synthetic,
        "synthetic conclusions": [extract_impression(t)[0] for t in synthetic],
        "challenge + held-out": written,
        "long notes (12 texts)": notes,
    }


def _cpu_ms(engine: RuleEngine, texts: list[str], rounds: int) -> tuple[float, list]:
    results: list = []
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        results = engine.assess_batch(texts)
        times.append((time.process_time() - t0) * 1000 / len(texts))
    return statistics.median(times), results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=int, default=12_852)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    ruleset = RuleSet.load()
    fast, full = RuleEngine(ruleset), RuleEngine(ruleset, prefilter=False)
    sets = corpus(args.synthetic)
    total = sum(len(t) for t in sets.values())
    print(f"rules {ruleset.version}; {total:,} texts; CPU ms/report, median of {args.rounds}")
    print(f"{'texts':24} {'n':>7} {'skipped':>8} {'full':>8} {'prefilter':>10} {'speed-up':>9}  identical")
    ok = True
    for name, texts in sets.items():
        full_ms, expected = _cpu_ms(full, texts, args.rounds)
        fast_ms, got = _cpu_ms(fast, texts, args.rounds)
        skipped = sum(1 for t in texts if fast._anchor is not None and not fast._anchor.search(t.lower()))
        same = got == expected
        if not same:
            first = next(i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b)
            print(f"  DIFFERENT at {name}[{first}]", file=sys.stderr)
        ok &= same
        print(
            f"{name:24} {len(texts):7,} {skipped:8,} {full_ms:8.3f} {fast_ms:10.3f} {full_ms / fast_ms:8.2f}x"
            f"  {'yes' if same else 'NO'}"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
