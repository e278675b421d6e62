"""A change to the rule engine's internals changes no rule result: this tree's engine against another tree's.

The default ``RuleEngine`` of this tree (memo on, emptied, then warm; and memo off) must give every text the
same ``RuleResult`` (assertion, concepts, every evidence offset, concept and assertion, the rules version) as
the default engine of another source tree (e.g. main at the commit a speed-up is based on:
``git -C /work/main archive main triage | tar -x -C /tmp/main-tree``), run in a child process that imports
``triage`` from that tree. Texts: ``rules_sentences.corpus`` (``triage synth`` full texts and conclusions,
the challenge and held-out sets, long notes, handed examples, one-line and multi-section variants) and
``--fuzz`` random texts made of the rule set's own words (target, cue and heading words, negations, numbers,
punctuation, line breaks, capitals, accents, dictation words) in random order, so rare interactions come up.
A blind held-out set (its README says how to measure it, with no first measurement yet: blind_sets.py) is
never read, nor one named by ``--skip``. Prints counts of differing
results per set, never text; exit 1 on any difference.

    .venv/bin/python benchmarks/rules_identity.py --against DIR [--synthetic 12852] [--fuzz 20000]
        [--seed 0] [--skip heldout-13]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from triage.rules import RuleSet
from triage.rules.engine import RuleEngine

#: glue between fuzz words: blanks, line breaks, the sentence and clause marks the splitter and cues read
_GLUE = [" "] * 12 + ["  ", "\n", "\n\n", " \n", ". ", ".\n", ", ", "; ", ": ", "? ", " - ", "/", " (", ") "]
_EXTRA = (  # noqa: SIM905 (a word list, read as prose)
    "no not without negative for evaluate rule out ? history of prior previously resolved new acute chronic "
    "small large left right scalp orbital spinal epidural subdural subarachnoid intraventricular hemorrhage "
    "haemorrhage hematoma bleed blood SAH SDH EDH IVH ICH period full stop new paragraph colon know NI "
    "cannot can't CANNOT vs. i.e. Dr. 2019 3 years ago C5 T11-L1 sub dural intra cranial hématome "
    "HÉMORRAGIE d'hémorragie pas FINDINGS IMPRESSION HISTORY INDICATION Past medical history: hygroma "
    "empyema hyperdense crescentic collection layering hematocrit level yes answer: shows CT ordered"
).split()


def fuzz_texts(n: int, seed: int) -> list[str]:
    """`n` random texts of the rule set's own words (lexicon words, cue phrases, headings) and ``_EXTRA``."""
    rules = RuleSet.load()
    words: set[str] = set(_EXTRA)
    for values in rules.word_sets.values():
        words.update(values)
    for rule in rules.target_rules:
        if rule.phrase:
            words.add(rule.phrase)
    for group in rules.modifiers.modifiers:
        words.update(group.phrases)
    for section in rules.modifiers.sections:
        words.update(section.headers)
    vocab = sorted(w for w in words if w.strip())
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 60)):
            word = rnd.choice(vocab)
            roll = rnd.random()
            if roll < 0.08:
                word = word.upper()
            elif roll < 0.14:
                word = word.capitalize()
            parts.append(word)
            parts.append(rnd.choice(_GLUE))
        out.append("".join(parts))
    return out


def _plain(results: list) -> list[str]:
    """Each RuleResult whole (every field of it and of its evidence), as its repr."""
    return [repr(r) for r in results]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--against", type=Path, help="the source tree whose default engine is the reference")
    ap.add_argument("--synthetic", type=int, default=12_852)
    ap.add_argument("--fuzz", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        help="more held-out sets never read (blind ones never are: blind_sets.py)",
    )
    ap.add_argument("--results-only", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.results_only is not None:  # child: this tree's default engine, memo emptied per set
        src, out = args.results_only
        engine = RuleEngine(RuleSet.load())
        sets = json.loads(src.read_text(encoding="utf-8"))
        results = {}
        for name, texts in sets.items():
            getattr(engine, "clear_memo", lambda: None)()
            results[name] = _plain(engine.assess_batch(texts))
        out.write_text(json.dumps(results), encoding="utf-8")
        return
    if args.against is None:
        ap.error("--against DIR is required")
    import rules_sentences

    rules_sentences.skip_sets(args.skip)
    sets = rules_sentences.corpus(args.synthetic) if args.synthetic else {}
    if args.fuzz:
        sets["fuzz"] = fuzz_texts(args.fuzz, args.seed)
    want = rules_sentences.child_results(Path(__file__), args.against, sets)
    ruleset = RuleSet.load()
    engines = {"memo on": RuleEngine(ruleset), "memo off": RuleEngine(ruleset, memo=0)}
    total = sum(len(t) for t in sets.values())
    print(f"rules {ruleset.version} against {args.against}: {total:,} texts (differing results per set)")
    print(f"{'texts':24} {'n':>7} {'memo on':>9} {'warm memo':>10} {'memo off':>9}")
    bad = 0
    for name, texts in sets.items():
        diffs = []
        for label, engine in engines.items():
            engine.clear_memo()
            diffs.append(
                sum(a != b for a, b in zip(_plain(engine.assess_batch(texts)), want[name], strict=True))
            )
            if label == "memo on":  # again, every repeated piece a memo hit
                diffs.append(
                    sum(a != b for a, b in zip(_plain(engine.assess_batch(texts)), want[name], strict=True))
                )
        bad += sum(diffs)
        print(f"{name:24} {len(texts):7,}" + "".join(f" {d:>9,}" for d in diffs))
    print("identical: yes" if not bad else f"identical: NO ({bad} differing results)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
