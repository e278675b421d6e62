"""The rule tier read by sentence: identical results to reading whole texts, and what it saves.

``RuleEngine`` (``sentences=True``, the default) hands spaCy only the sentences of a text that can hold a
target: it cuts the text where the pipeline surely starts a sentence (``RuleEngine._sentence_pieces``) and
keeps the runs of sentences that hold a word of every required token of some target rule. When a section
heading that changes an assertion (past history, indication ...) is in the text, the Sectionizer reads the
whole text's tokens; a text longer than ``CHUNK_CHARS`` is read whole, in chunks, as before.

This script proves the shortcut changes nothing: every text is assessed by the default engine and by one that
reads whole texts (``sentences=False``), the two ``RuleResult`` lists (assertion,
concepts, every evidence offset) must be equal (exit 1 and the first differing index otherwise). It prints
CPU milliseconds per report for each (process time, so other load on a shared machine counts less; the
median of ``--rounds``).

Texts (at least 20,000): the corpus of ``benchmarks/rules_prefilter.py`` (``triage synth`` full texts and
extracted conclusions, the challenge and held-out sets, long notes of 12 reports), the handed examples in
``../shared/examples/*.jsonl`` (when present), every text again with its sentences joined by one space
(no line breaks), and long multi-section notes (history / indication / findings headings, over
``CHUNK_CHARS``).

    .venv/bin/python benchmarks/rules_sentences.py [--synthetic 12852] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from rules_prefilter import corpus

from triage.rules import RuleSet
from triage.rules.engine import RuleEngine

ROOT = Path(__file__).resolve().parent.parent
#: the handed examples: ../shared/examples beside the main checkout (a worktree sits one level deeper)
EXAMPLES = next(
    (
        d
        for d in (ROOT.parent / "shared" / "examples", ROOT.parent.parent / "shared" / "examples")
        if d.is_dir()
    ),
    ROOT.parent / "shared" / "examples",
)
HEADINGS = ["HISTORY:", "INDICATION:", "Past medical history:", "FINDINGS:", "IMPRESSION:", "Comparison:"]


def texts(n_synthetic: int) -> dict[str, list[str]]:
    sets = corpus(n_synthetic)
    examples = [
        json.loads(line)["text"]
        for path in sorted(EXAMPLES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if examples:
        sets["handed examples"] = examples
    written = sets["challenge + held-out"] + examples
    sets["one line (joined)"] = [" ".join(t.split()) for t in written + sets["synthetic conclusions"][:2_000]]
    rnd = random.Random(13)
    sets["multi-section notes"] = [
        "\n".join(f"{rnd.choice(HEADINGS)} {rnd.choice(written)}" for _ in range(rnd.randint(2, 14)))
        for _ in range(500)
    ]
    return sets


def _cpu_ms(engine: RuleEngine, batch: list[str], rounds: int) -> tuple[float, list]:
    results: list = []
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        results = engine.assess_batch(batch)
        times.append((time.process_time() - t0) * 1000 / len(batch))
    return statistics.median(times), results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=int, default=12_852)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    ruleset = RuleSet.load()
    by_sentence, whole = RuleEngine(ruleset), RuleEngine(ruleset, sentences=False)
    sets = texts(args.synthetic)
    total = sum(len(t) for t in sets.values())
    print(f"rules {ruleset.version}; {total:,} texts; CPU ms/report, median of {args.rounds}")
    print(f"{'texts':24} {'n':>7} {'whole':>8} {'sentences':>10} {'speed-up':>9}  identical")
    ok = True
    for name, batch in sets.items():
        whole_ms, expected = _cpu_ms(whole, batch, args.rounds)
        fast_ms, got = _cpu_ms(by_sentence, batch, args.rounds)
        same = got == expected
        if not same:
            first = next(i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b)
            print(f"  DIFFERENT at {name}[{first}]", file=sys.stderr)
        ok &= same
        print(
            f"{name:24} {len(batch):7,} {whole_ms:8.3f} {fast_ms:10.3f} {whole_ms / fast_ms:8.2f}x"
            f"  {'yes' if same else 'NO'}"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
