"""The rule tier's shortcuts change no result: the anchor prefilter, reading by sentence, the sentence memo.

``RuleEngine`` (the default) takes three shortcuts, each proved here against an engine that takes none
(``prefilter=False``: every text read whole by spaCy, in chunks when longer than ``CHUNK_CHARS``):

- the **anchor prefilter**: a text with no word any target rule starts from (``_anchor_pattern``) skips
  spaCy; its result is ``none`` (engine ``sentences=False``: the prefilter alone);
- **by sentence**: spaCy reads only the sentences that can hold a target (``RuleEngine._sentence_pieces``);
  the Sectionizer reads the text up to the last positive mention only when a heading that changes an
  assertion comes before it (engine ``memo=0``);
- the **memo**: a sentence piece read before is not read again (the default engine; the memo is emptied
  before every timed round, so only repetition inside a set counts, and the results are checked again from
  a warm memo).

Every ``RuleResult`` (assertion, concepts, every evidence offset) must equal the reference's (exit 1 and the
first differing index otherwise). ``--against DIR`` instead checks this tree's engines (memo off and on)
against the whole-text engine of another source tree (e.g. main before a change to how the pipeline is
built: ``git -C /work/main archive main triage | tar -x -C /tmp/main-tree``), run in a child process that
imports ``triage`` from that tree; it prints counts of differing results, never text. Prints CPU
milliseconds per report for each (process time, so other load on a shared machine counts less; the median of
``--rounds``) and how many texts the prefilter skipped.

Texts (at least 20,000): ``triage synth`` full texts and the extracted conclusions the daemon scores, the
challenge and held-out sets (never a blind one, blind_sets.py), long notes of 12 of their texts (read whole,
in chunks), the handed examples in ``../shared/examples/*.jsonl`` (when present), the written texts again with
their sentences joined by one space (no line breaks), and multi-section notes (history / indication / findings
headings).

    .venv/bin/python benchmarks/rules_sentences.py [--synthetic 12852] [--rounds 3] [--against DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from blind_sets import readable

from triage.rules import RuleSet
from triage.rules.engine import RuleEngine
from triage.text import extract_impression

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    ROOT / "tests" / "data" / "challenge" / "challenge.jsonl",
    *sorted((ROOT / "tests" / "data" / "heldout").glob("heldout-*.jsonl")),
]
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


_SKIPPED: list[str] = []


def skip_sets(prefixes: Sequence[str]) -> None:
    """Leave out, besides the blind sets (blind_sets.blind: by their README), the held-out sets whose file
    names start with one of `prefixes` (``--skip``)."""
    _SKIPPED.extend(prefixes)


def _synthetic(n: int) -> list[str]:
    from typer.testing import CliRunner

    from triage.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "synth.jsonl"
        result = CliRunner().invoke(app, ["synth", "--n", str(n), "--seed", "2017", "--out", str(out)])
        if result.exit_code != 0:
            sys.exit(f"triage synth failed: {result.output}")
        return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]


def written() -> list[str]:
    """The challenge and held-out sets (never a blind one: blind_sets.py): texts written by hand, none
    repeated."""
    return [
        json.loads(line)["text"]
        for path in readable(SETS, _SKIPPED)  # never a blind set
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def examples() -> list[str]:
    """The handed examples (``EXAMPLES``; none when absent): written by others, none repeated."""
    return [
        json.loads(line)["text"]
        for path in sorted(EXAMPLES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def corpus(n_synthetic: int) -> dict[str, list[str]]:
    """The named text sets (see the module docstring)."""
    synthetic = _synthetic(n_synthetic)
    own = written()
    rnd = random.Random(11)
    sets = {
        "synthetic full text": synthetic,
        "synthetic conclusions": [extract_impression(t)[0] for t in synthetic],
        "challenge + held-out": own,
        "long notes (12 texts)": ["\n".join(rnd.sample(own, 12)) for _ in range(1_000)],
    }
    handed = examples()
    if handed:
        sets["handed examples"] = handed
    hand = own + handed
    sets["one line (joined)"] = [" ".join(t.split()) for t in hand + sets["synthetic conclusions"][:2_000]]
    rnd = random.Random(13)
    sets["multi-section notes"] = [
        "\n".join(f"{rnd.choice(HEADINGS)} {rnd.choice(hand)}" for _ in range(rnd.randint(2, 14)))
        for _ in range(500)
    ]
    return sets


def cpu_ms(engine: RuleEngine, batch: list[str], rounds: int) -> tuple[float, list]:
    """Median CPU ms per report of ``assess_batch(batch)`` and its results; a memo starts empty each round."""
    results: list = []
    times = []
    for _ in range(rounds):
        engine.clear_memo()
        t0 = time.process_time()
        results = engine.assess_batch(batch)
        times.append((time.process_time() - t0) * 1000 / len(batch))
    return statistics.median(times), results


def _plain(results: list) -> list:
    """RuleResults as JSON-able lists (the child of ``--against`` sends them back that way)."""
    return [
        [r.assertion, list(r.concepts), [[e.start, e.end, e.concept, e.assertion] for e in r.evidence]]
        for r in results
    ]


def _against(tree: Path, sets: dict[str, list[str]]) -> dict[str, list]:
    """The whole-text results (``prefilter=False``) of another source tree's engine, per set."""
    return child_results(Path(__file__), tree, sets)


def child_results(script: Path, tree: Path, sets: dict[str, list[str]]) -> dict[str, list]:
    """``script --results-only SETS OUT`` run with ``triage`` imported from `tree`: its results per set."""
    import os
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "sets.json", Path(tmp) / "results.json"
        src.write_text(json.dumps(sets), encoding="utf-8")
        subprocess.run(
            [sys.executable, str(script), "--results-only", str(src), str(out)],
            env={**os.environ, "PYTHONPATH": str(tree)},
            check=True,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=int, default=12_852)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--against", type=Path, help="a source tree whose whole-text engine is the reference")
    ap.add_argument("--results-only", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.results_only is not None:  # child of --against: this tree's whole-text results
        src, out = args.results_only
        engine = RuleEngine(RuleSet.load(), prefilter=False)
        sets = json.loads(src.read_text(encoding="utf-8"))
        out.write_text(json.dumps({k: _plain(engine.assess_batch(v)) for k, v in sets.items()}), "utf-8")
        return
    if args.against is not None:
        return _check_against(args.against, args.synthetic)
    ruleset = RuleSet.load()
    reference = RuleEngine(ruleset, prefilter=False)
    engines = {
        "prefilter": RuleEngine(ruleset, sentences=False),
        "sentences": RuleEngine(ruleset, memo=0),
        "+memo": RuleEngine(ruleset),
    }
    sets = corpus(args.synthetic)
    total = sum(len(t) for t in sets.values())
    print(f"rules {ruleset.version}; {total:,} texts; CPU ms/report, median of {args.rounds}")
    print(
        f"{'texts':24} {'n':>7} {'skipped':>8} {'whole':>8}"
        + "".join(f" {name:>10}" for name in engines)
        + f" {'speed-up':>9}  identical"
    )
    ok = True
    for name, batch in sets.items():
        ref_ms, expected = cpu_ms(reference, batch, args.rounds)
        row, same = [], True
        for label, engine in engines.items():
            ms, got = cpu_ms(engine, batch, args.rounds)
            warm = engine.assess_batch(batch)  # the memo from the last round: every repeated piece a hit
            for results in (got, warm):
                if results != expected:
                    first = next(i for i, (a, b) in enumerate(zip(results, expected, strict=True)) if a != b)
                    print(f"  DIFFERENT: {label} at {name}[{first}]", file=sys.stderr)
                    same = False
            row.append(ms)
        skipped = sum(1 for t in batch if not engines["prefilter"]._anchor.search(t.lower()))  # type: ignore[union-attr]
        ok &= same
        print(
            f"{name:24} {len(batch):7,} {skipped:8,} {ref_ms:8.3f}"
            + "".join(f" {ms:10.3f}" for ms in row)
            + f" {ref_ms / row[-1]:8.2f}x  {'yes' if same else 'NO'}"
        )
    sys.exit(0 if ok else 1)


def _differences(results: list, want: list) -> int:
    return sum(a != b for a, b in zip(_plain(results), want, strict=True))


def _check_against(tree: Path, n_synthetic: int) -> None:
    """This tree's engines (memo off, memo on cold and warm) against another tree's whole-text engine."""
    ruleset = RuleSet.load()
    sets = corpus(n_synthetic)
    expected = _against(tree, sets)
    engines = {"memo off": RuleEngine(ruleset, memo=0), "memo on": RuleEngine(ruleset)}
    print(f"rules {ruleset.version} against {tree}: {sum(len(t) for t in sets.values()):,} texts")
    print(f"{'texts':24} {'n':>7}" + "".join(f" {name:>12}" for name in engines) + f" {'warm memo':>12}")
    ok = True
    for name, batch in sets.items():
        want = expected[name]
        diffs = []
        for engine in engines.values():
            engine.clear_memo()
            diffs.append(_differences(engine.assess_batch(batch), want))
        diffs.append(_differences(engines["memo on"].assess_batch(batch), want))  # every repeat a memo hit
        ok &= not any(diffs)
        print(f"{name:24} {len(batch):7,}" + "".join(f" {d:>12,}" for d in diffs))
    print("differences: 0" if ok else "differences: SOME (counts above)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
