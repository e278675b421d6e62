"""Rule tier cost per report: medspaCy's default sentence splitter (PyRuSH) vs spaCy's rule-based sentencizer.

Both pipelines run the same packaged target + ConText rules (triage/rules/data); only the tokenizer/splitter
differs: (a) ``medspacy.load`` default front end (medspaCy tokenizer + PyRuSH), (b) ``spacy.blank("en")`` +
``sentencizer`` (what :class:`triage.rules.engine.RuleEngine` uses). Prints ms/report at batch 1
(``nlp(text)``) and batch 64 (``nlp.pipe``) on three-sentence impressions and ~150-word notes.

Then the engine itself (``RuleEngine.assess_batch``, CPU time, median of 3), per text kind: reading whole
texts (``sentences=False``, rules-4 before reading by sentence) against reading only the sentences that can
hold a target, with the sentence memo off (``memo=0``) and on (the default; emptied before every round, so
only repetition inside a set counts: the impressions and notes repeat, the challenge and held-out texts do
not). ``--baseline DIR`` (repeatable) times the default engine of another source tree beside them, e.g.
rules-3: ``git archive 2e30da1 triage | tar -x -C /tmp/rules-3`` then ``--baseline /tmp/rules-3``; each
baseline runs in a child process per text kind, interleaved with this tree's engines (a shared machine's load
then weighs on both alike), and the last columns are this tree's memo-on cost against each. Identical
results: ``rules_sentences.py``.

    .venv/bin/python benchmarks/rules.py [--reports 640] [--baseline DIR ...] [--engine-table-only]
        [--no-whole] [--skip heldout-13]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from triage.rules import RuleSet
from triage.rules.engine import RuleEngine

IMPRESSIONS = [
    "Acute right subdural hematoma measuring 8 mm. Mild mass effect without midline shift. No SAH.",
    "No acute SDH, EDH, SAH or ICH identified. Chronic small vessel ischemic change. No mass.",
    "Possible small subarachnoid hemorrhage in the left sylvian fissure. No hydrocephalus. Follow-up.",
    "Known history of SAH treated with coiling. Stable coil mass. No new abnormality.",
    "Retroperitoneal hematoma adjacent to the left psoas. Mild hydronephrosis. No free air.",
]
NOTE_FILLER = (
    "The patient is a 67 year old woman who presented after a fall at home with headache and nausea. "
    "She takes aspirin daily and has hypertension. Exam showed no focal deficit and the neck was supple. "
    "Vital signs were stable overnight and labs were unremarkable apart from mild anemia. She was observed "
    "on the ward, neuro checks were normal, and physical therapy saw her the next morning. Family was "
    "updated at the bedside. Past history includes a remote appendectomy, well controlled diabetes on "
    "metformin, and a knee replacement six years ago. She lives alone, walks with a cane, and denies "
    "alcohol or tobacco use. Medications were reconciled by pharmacy, and her daughter will stay with her "
    "for the first week after discharge. "
)
NOTE_ENDINGS = [
    "Head CT later showed a small subdural hematoma along the right convexity; neurosurgery was consulted.",
    "Head CT showed no intracranial hemorrhage and she was discharged home with follow-up.",
    "A scalp hematoma was noted without underlying fracture; no intracranial hemorrhage was seen.",
]


def _texts(kind: str, n: int) -> list[str]:
    rnd = random.Random(7)
    if kind == "impression":
        return [rnd.choice(IMPRESSIONS) for _ in range(n)]
    return [NOTE_FILLER + rnd.choice(NOTE_ENDINGS) for _ in range(n)]


def _ms_per_report(nlp, texts: list[str], batch: int) -> float:  # type: ignore[no-untyped-def]
    warm = texts[:16]
    list(nlp.pipe(warm, batch_size=batch)) if batch > 1 else [nlp(t) for t in warm]
    t0 = time.perf_counter()
    if batch == 1:
        for t in texts:
            nlp(t)
    else:
        for _ in nlp.pipe(texts, batch_size=batch):
            pass
    return (time.perf_counter() - t0) * 1000 / len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=640)
    ap.add_argument(
        "--baseline", type=Path, action="append", default=[], help="a source tree timed beside (e.g. rules-3)"
    )
    ap.add_argument("--no-whole", action="store_true", help="skip this tree's whole-text engine")
    ap.add_argument("--engine-only", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--engine-table-only", action="store_true", help="skip the splitter comparison")
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        help="more held-out sets never read (blind ones never are: blind_sets.py)",
    )
    args = ap.parse_args()
    from rules_sentences import skip_sets

    skip_sets(args.skip)
    if args.engine_only is not None:
        return _engine_only(args.engine_only)
    ruleset = RuleSet.load()
    pipes = {
        "(a) medspaCy default (PyRuSH)": RuleEngine(ruleset, splitter="pyrush")._nlp,
        "(b) blank+sentencizer+target+context": RuleEngine(ruleset)._nlp,
    }
    words = {k: sum(len(t.split()) for t in _texts(k, 50)) / 50 for k in ("impression", "note")}
    if args.engine_table_only:
        return _engine_table(ruleset, args.reports, args.baseline, whole=not args.no_whole)
    print(f"rules {ruleset.version}; {args.reports} reports per cell; ms/report (lower is better)")
    print(f"{'pipeline':40} {'text':22} {'batch 1':>9} {'batch 64':>9}")
    for name, nlp in pipes.items():
        for kind in ("impression", "note"):
            texts = _texts(kind, args.reports)
            b1 = _ms_per_report(nlp, texts, 1)
            b64 = _ms_per_report(nlp, texts, 64)
            label = f"{kind} (~{words[kind]:.0f} words)"
            print(f"{name:40} {label:22} {b1:9.3f} {b64:9.3f}")
    _engine_table(ruleset, args.reports, args.baseline, whole=not args.no_whole)


def _engine_sets(n: int) -> dict[str, list[str]]:
    from rules_sentences import corpus, examples, written

    from triage.text import extract_impression

    sets = corpus(n)
    synthetic = sets["synthetic full text"]
    return {
        "impression": _texts("impression", n),
        "note": _texts("note", n),
        "synth conclusion": [extract_impression(t)[0] for t in synthetic],
        "synth full text": synthetic,
        "hand-written": written() + examples(),  # challenge, held-out 2-7, handed examples: none repeated
        "long note": sets["long notes (12 texts)"][: max(n // 4, 1)],  # 12 hand-written texts, read in chunks
    }


def _engine_ms(engine: RuleEngine, texts: list[str]) -> float:
    """Median of 3 CPU ms per report; a memo starts empty each round (only repeats inside the set count)."""
    engine.assess_batch(texts[:16])
    times = []
    for _ in range(3):
        getattr(engine, "clear_memo", lambda: None)()  # a baseline tree's engine may have no memo
        t0 = time.process_time()
        engine.assess_batch(texts)
        times.append((time.process_time() - t0) * 1000 / len(texts))
    return statistics.median(times)


def _baseline_ms(tree: Path, sets: dict[str, list[str]]) -> dict[str, float]:
    """The default engine of another source tree (e.g. rules-3: ``git archive 2e30da1 triage | tar -x -C
    /tmp/rules-3``), timed in a child process that imports ``triage`` from that tree."""
    import json
    import os
    import subprocess
    import sys
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
        json.dump(sets, f)
        f.flush()
        out = subprocess.run(
            [sys.executable, __file__, "--engine-only", f.name],
            env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return json.loads(out.splitlines()[-1])


def _engine_table(ruleset: RuleSet, n: int, baselines: list[Path], *, whole: bool = True) -> None:
    engines = {
        **({"whole texts": RuleEngine(ruleset, sentences=False)} if whole else {}),
        "memo off": RuleEngine(ruleset, memo=0),
        "memo on": RuleEngine(ruleset),
    }
    sets = _engine_sets(n)
    names = [tree.name for tree in baselines]
    print(
        f"\nrules {ruleset.version}: RuleEngine.assess_batch, CPU ms/report (median of 3; memo emptied each"
        f" round), {n} reports per synthetic cell; whole texts = read whole; memo off/on = by sentence;"
        " x: a baseline's (its default engine) / this tree's memo on"
    )
    print(
        f"{'text':18} {'n':>6}"
        + "".join(f" {name:>18}" for name in names)
        + "".join(f" {name:>11}" for name in engines)
        + "".join(f" {'x ' + name:>18}" for name in names)
    )
    for kind, texts in sets.items():
        base = [_baseline_ms(tree, {kind: texts})[kind] for tree in baselines]
        ms = {name: _engine_ms(engine, texts) for name, engine in engines.items()}
        print(
            f"{kind:18} {len(texts):6}"
            + "".join(f" {b:18.3f}" for b in base)
            + "".join(f" {v:11.3f}" for v in ms.values())
            + "".join(f" {b / ms['memo on']:17.2f}x" for b in base)
        )


def _engine_only(path: Path) -> None:
    """Child of ``--baseline``: the default engine of the tree on PYTHONPATH, one JSON line of ms/report."""
    import json

    sets = json.loads(path.read_text(encoding="utf-8"))
    engine = RuleEngine(RuleSet.load())
    print(json.dumps({kind: _engine_ms(engine, texts) for kind, texts in sets.items()}))


if __name__ == "__main__":
    main()
