"""Rule tier cost per report: medspaCy's default sentence splitter (PyRuSH) vs spaCy's rule-based sentencizer.

Both pipelines run the same packaged target + ConText rules (triage/rules/data); only the tokenizer/splitter
differs: (a) ``medspacy.load`` default front end (medspaCy tokenizer + PyRuSH), (b) ``spacy.blank("en")`` +
``sentencizer`` (what :class:`triage.rules.engine.RuleEngine` uses). Prints ms/report at batch 1
(``nlp(text)``) and batch 64 (``nlp.pipe``) on three-sentence impressions and ~150-word notes.

Then the engine itself (``RuleEngine.assess_batch``, CPU time, median of 3): reading whole texts
(``sentences=False``, rules-4 as landed) against reading only the sentences that can hold a target (the
default), on the same texts and on ``triage synth`` conclusions (identical results: ``rules_sentences.py``).

    .venv/bin/python benchmarks/rules.py [--reports 640]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

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
    args = ap.parse_args()
    ruleset = RuleSet.load()
    pipes = {
        "(a) medspaCy default (PyRuSH)": RuleEngine(ruleset, splitter="pyrush")._nlp,
        "(b) blank+sentencizer+target+context": RuleEngine(ruleset)._nlp,
    }
    words = {k: sum(len(t.split()) for t in _texts(k, 50)) / 50 for k in ("impression", "note")}
    print(f"rules {ruleset.version}; {args.reports} reports per cell; ms/report (lower is better)")
    print(f"{'pipeline':40} {'text':22} {'batch 1':>9} {'batch 64':>9}")
    for name, nlp in pipes.items():
        for kind in ("impression", "note"):
            texts = _texts(kind, args.reports)
            b1 = _ms_per_report(nlp, texts, 1)
            b64 = _ms_per_report(nlp, texts, 64)
            label = f"{kind} (~{words[kind]:.0f} words)"
            print(f"{name:40} {label:22} {b1:9.3f} {b64:9.3f}")
    _engine_table(ruleset, args.reports)


def _engine_table(ruleset: RuleSet, n: int) -> None:
    from rules_prefilter import corpus

    from triage.text import extract_impression

    engines = {"whole texts": RuleEngine(ruleset, sentences=False), "by sentence": RuleEngine(ruleset)}
    synthetic = corpus(n)["synthetic full text"]
    sets = {
        "impression": _texts("impression", n),
        "note": _texts("note", n),
        "synth conclusion": [extract_impression(t)[0] for t in synthetic],
        "synth full text": synthetic,
    }
    print(f"\nRuleEngine.assess_batch, CPU ms/report (median of 3), {n} reports per cell")
    print(f"{'text':18} {'whole texts':>12} {'by sentence':>12} {'speed-up':>9}")
    for kind, texts in sets.items():
        ms = {}
        for name, engine in engines.items():
            engine.assess_batch(texts[:16])
            times = []
            for _ in range(3):
                t0 = time.process_time()
                engine.assess_batch(texts)
                times.append((time.process_time() - t0) * 1000 / len(texts))
            ms[name] = statistics.median(times)
        whole, fast = ms["whole texts"], ms["by sentence"]
        print(f"{kind:18} {whole:12.3f} {fast:12.3f} {whole / fast:8.2f}x")


if __name__ == "__main__":
    main()
