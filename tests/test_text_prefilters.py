"""The cheap tests that let the text layer skip a regular expression (triage.text.sections: the generic-label
and signature regexes; triage.text.keyimages: the image-reference regexes) must never skip a text the
regex would match: each is checked as a necessary condition on every report text of the test corpora
(hand-written, peer-styled, held-out, synthetic) and on cases written against it (capitals, non-ASCII
letters that re.IGNORECASE folds onto ASCII ones)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from triage.offline.synth.corpus import generate_reports
from triage.text import keyimages, sections

DATA = Path(__file__).resolve().parent / "data"
CRAFTED = [
    "DICTATED BY: someone\nIMPRESSION: SDH.",
    "Electronically Signed By Dr X",
    "IMPRESSION: no bleed.\n  this REPORT was read",
    "ATTENDING RADIOLOGIST: X",
    "Findings: see image 45 and IMG. 3, Se 4 Im 12-18, SERIES 3 IMAGES 1013-78",
    "Series/Image 3/45; ser/im 2/7",
    "Dictated \u212a by",  # the Kelvin sign: not a signature, but non-ASCII, so the regex still runs
    "\u0130MAGE 45 (series 3)",  # capital I with dot above folds onto i under re.IGNORECASE
    "NOTE: small SDH. CRITICAL FINDING: called",
    "no colon here at all",
]


@functools.cache
def _texts() -> list[str]:
    texts = [*CRAFTED, *(r.text for r in generate_reports(400, seed=5))]
    for path in sorted(DATA.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    texts.append(text)
    return texts


def test_the_corpora_exercise_every_regex() -> None:
    TEXTS = _texts()
    assert len(TEXTS) > 4000
    assert sum(sections._SIGNATURE.search(t) is not None for t in TEXTS) >= 50
    assert sum(sections._GENERIC.search(t) is not None for t in TEXTS) >= 50
    refs = [t for t in TEXTS if keyimages._REF.search(t) or keyimages._SLASH_REF.search(t)]
    assert len(refs) >= 3  # the crafted ones, one of them non-ASCII


def test_a_prefilter_never_hides_a_match() -> None:
    """One test over every text (5,700 test ids said nothing more); a failure names the texts."""
    hidden = []
    for i, text in enumerate(_texts()):
        if sections._SIGNATURE.search(text) is not None and (  # split_sections's test on ASCII text
            text.isascii() and not any(w in text.lower() for w in sections._SIGNATURE_WORDS)
        ):
            hidden.append((i, "signature", text[:80]))
        if sections._GENERIC.search(text) is not None and ":" not in text:
            hidden.append((i, "generic label", text[:80]))
        if (keyimages._REF.search(text) or keyimages._SLASH_REF.search(text)) and (
            text.isascii() and "im" not in text.lower()
        ):
            hidden.append((i, "image reference", text[:80]))
    assert hidden == []


# ---- the faster ways the heading regexes are applied (triage.text.sections._known_headings & co.) --------
_PIECES = [
    *("IMPRESSION", "Impression", "impression", "FINAL  IMPRESSION", "final\timpression", "Findings", "IMP"),
    *("Addendum 1", "CONCLUSIONS", "summary", "HISTORY", "Exam", "ct findings", "Assessment", "A/P", "Imp."),
    *("NOTE", "CRITICAL FINDING", "SDH", "CC", "HX", "BRAIN", "B/L", "electronically signed", "Dictated by"),
    *("This Report Was", "read by", "telephoned", "WAS", "are", "and", "as above", "of", "x", "5 mm"),
    *(":", ": ", "::", " - ", " \u2013 ", "-", ".", ",", ";", "!", "?", "\n", "\n\n", " ", "  ", "\t", "**"),
    *("*", "#", "## ", ">", "_", "__", "(", ")", "'", "&", "/"),
    *("\u212a", "\u017f", "\u0130", "\u0131", "\u00e9", "\u201c", "SCHLUSSFOLGERUNG", "Befund", "\u00df"),
]
_SITE_HEADINGS = ((), ("assessment",), ("A/P", "Imp."), ("Befund", "schlu\u00dffolgerung"), ("s\u212aull",))


def _random_texts(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _exact(text: str, names: frozenset[str]) -> list[tuple[int, int, int, bool]]:
    return [
        (m.start("label"), m.end("label"), m.end(), m.group("bare") is not None)
        for m in sections._known_heading_re(names).finditer(text)
    ]


def test_the_faster_heading_scans_find_what_the_regexes_find() -> None:
    """`_known_headings` (a delimiter consumed instead of looked behind at; lower-cased ASCII text instead of
    re.IGNORECASE), `_GENERIC_DELIMITED` and `_SIGNATURE_FOLDED` against the regexes they stand for, on
    every corpus text and on random texts of headings, delimiters, markdown, capitals and the non-ASCII
    letters re.IGNORECASE folds onto ASCII ones, with site heading names (non-ASCII ones too)."""
    texts = [*_texts(), *_random_texts(20_000, seed=17)]
    differ = []
    for headings in _SITE_HEADINGS:
        names = sections._names(headings)[1]
        for i, text in enumerate(texts if not headings else texts[-5_000:]):
            text = sections._unix_lines(text)
            lower = text.lower() if text.isascii() else None
            if sections._known_headings(text, lower, names) != _exact(text, names):
                differ.append((headings, i, "known", text[:80]))
    for i, text in enumerate(texts):
        text = sections._unix_lines(text)
        generic = [(m.start("label"), m.group("label")) for m in sections._GENERIC.finditer(text)]
        fast = [
            (m.start("label") - 1, m.group("label"))
            for m in sections._GENERIC_DELIMITED.finditer("\n" + text)
        ]
        if generic != fast:
            differ.append(((), i, "generic", text[:80]))
        if text.isascii():
            signature = [m.start() for m in sections._SIGNATURE.finditer(text)]
            folded = [m.start() for m in sections._SIGNATURE_FOLDED.finditer("\n" + text.lower())]
            if signature != folded:
                differ.append(((), i, "signature", text[:80]))
    assert differ == []
    found = sum(bool(_exact(sections._unix_lines(t), sections._names(())[1])) for t in texts)
    assert found > 4000  # the texts hold headings to find
