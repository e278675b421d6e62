"""Lay a synthetic document out as text (see corpus.py). Layouts are drawn independently of the label, so no
heading, separator or case convention says anything about the class.

Reports (kinds ``head``, ``multi``, ``body``): ``standard`` (headings on their own lines), ``inline``
(``IMPRESSION: text``), ``numbered``, ``findings_only``, ``glued`` (``EXAM:, ... .,FINDINGS:, ...``),
``single_line``, ``markdown`` (``**Impression:**`` or ``## IMPRESSION``), ``caps``, ``wrapped``,
``no_headings``, ``imp`` (``IMP:``), ``conclusion_dash`` (``CONCLUSION - ``), ``lower`` (``impression:``).
Notes (kind ``note``): ``note``, ``note_glued``, ``note_single_line``, ``note_caps``, ``note_wrapped``.

Every text is the demographics header, one blank line, then the narrative (``oru.narrative`` relies on it),
then the signature on its own line.
"""

from __future__ import annotations

import random
import textwrap
from datetime import datetime

REPORT_LAYOUTS: dict[str, float] = {
    "standard": 20,
    "inline": 12,
    "numbered": 10,
    "findings_only": 6,
    "glued": 8,
    "single_line": 7,
    "markdown": 6,
    "caps": 5,
    "wrapped": 7,
    "no_headings": 5,
    "imp": 4,
    "conclusion_dash": 4,
    "lower": 6,
}
NOTE_LAYOUTS: dict[str, float] = {
    "note": 45,
    "note_glued": 20,
    "note_single_line": 15,
    "note_caps": 8,
    "note_wrapped": 12,
}
# Layouts whose headings start a line with "NAME:" and whose conclusion the paper's splitter finds.
HEADED_LAYOUTS = frozenset({"standard", "inline", "numbered", "caps", "wrapped"})
IMPRESSION_HEADINGS = (
    "IMPRESSION",
    "IMPRESSION",
    "IMPRESSION",
    "IMPRESSIONS",
    "CONCLUSION",
    "SUMMARY",
    "FINAL IMPRESSION",
    "OPINION",
)

Section = tuple[str, list[str]]  # (heading, sentences)


def header(rng: random.Random, info: dict[str, object]) -> str:
    """Demographics block (names, ids, dates): PID/OBR carry these in HL7, the normalizer strips them."""
    style = rng.randrange(3)
    exam: datetime = info["exam_dt"]  # type: ignore[assignment]
    if style == 0:
        return (
            f"PATIENT: {str(info['patient_family']).upper()}, {str(info['patient_given']).upper()}    "
            f"MRN: {info['patient_id']}\n"
            f"AGE: {info['age']}    SEX: {info['sex']}    DOB: {info['birth_date_fmt']}\n"
            f"RADIOLOGIST: {info['radiologist']}    DATE: {exam.strftime('%m/%d/%Y')}    "
            f"TIME: {exam.strftime('%H:%M')}"
        )
    if style == 1:
        gender = "Male" if info["sex"] == "M" else "Female"
        return (
            f"Patient Name: {info['patient_name']}\nPatient ID: {info['patient_id']}\n"
            f"Age/Gender: {info['age']} years / {gender}\n"
            f"Reading Radiologist: Dr. {info['radiologist']}\n"
            f"Date/Time of Report: {exam.strftime('%Y-%m-%d %H:%M')}"
        )
    return (
        f"Name: {info['patient_family']}^{info['patient_given']}  DOB: {info['birth_date_fmt']}  "
        f"Age: {info['age']}Y  Sex: {info['sex']}\n"
        f"Radiologist: {info['radiologist']}  Signed: {exam.strftime('%d %b %Y %H:%M')}"
    )


def _sentences(items: list[str]) -> str:
    return " ".join(items)


def _title(name: str) -> str:
    return name.title() if name.isupper() else name


def render_report(rng: random.Random, sections: list[Section], layout: str) -> str:
    """Narrative of a report; the last section is the conclusion (its items may be numbered)."""
    *body, (_, conclusion) = sections
    imp = rng.choice(IMPRESSION_HEADINGS)
    if layout == "findings_only":
        *rest, (fname, findings) = body
        return "\n".join(
            [*(f"{h}: {_sentences(s)}" for h, s in rest), f"\n{fname}:\n{_sentences(findings + conclusion)}"]
        )
    if layout == "no_headings":
        return "\n".join(_sentences(s) for _, s in sections)
    if layout == "glued":
        parts = [f"{h}:, {_sentences(s)}" for h, s in body] + [f"{imp}:, {_sentences(conclusion)}"]
        return ",".join(parts)
    if layout == "single_line":
        parts = [f"{h}: {_sentences(s)}" for h, s in body] + [f"{imp}: {_sentences(conclusion)}"]
        return " ".join(parts)
    if layout == "markdown":
        if rng.random() < 0.5:
            parts = [f"**{_title(h)}:** {_sentences(s)}" for h, s in body]
            parts.append(f"**{_title(imp)}:** {_sentences(conclusion)}")
        else:
            parts = [f"## {h}\n{_sentences(s)}" for h, s in body]
            parts.append(f"## {imp}\n" + "\n".join(f"- {s}" for s in conclusion))
        return "\n\n".join(parts)
    if layout == "lower":
        parts = [f"{h.lower()}: {_sentences(s)}" for h, s in body] + [
            f"{imp.lower()}: {_sentences(conclusion)}"
        ]
        return "\n".join(parts)
    if layout in ("imp", "conclusion_dash"):
        label = "IMP:" if layout == "imp" else rng.choice(("CONCLUSION -", "Conclusion -", "CONCLUSION"))
        parts = [f"{h}: {_sentences(s)}" for h, s in body] + [f"{label} {_sentences(conclusion)}"]
        return "\n".join(parts)
    if layout == "numbered":
        items = "\n".join(f"{i}. {s}" for i, s in enumerate(conclusion, 1))
        parts = [f"{h}: {_sentences(s)}" for h, s in body] + [f"{imp}:\n{items}"]
        return "\n".join(parts)
    sep = "\n" if layout in ("standard", "wrapped", "caps") and rng.random() < 0.6 else " "
    parts = [f"{h}:{sep}{_sentences(s)}" for h, s in body] + [f"{imp}:{sep}{_sentences(conclusion)}"]
    text = "\n".join(parts)
    if layout == "caps":
        return text.upper()
    if layout == "wrapped":
        width = rng.randint(55, 80)
        return "\n".join(textwrap.fill(line, width) if line else line for line in text.split("\n"))
    return text


def render_note(rng: random.Random, sections: list[Section], layout: str) -> str:
    """Narrative of a note (CC:/HX:/EXAM:/COURSE: ...); the imaging result sits late, inside the course."""
    if layout == "note_glued":
        return ",".join(f"{h}:, {_sentences(s)}" for h, s in sections)
    if layout == "note_single_line":
        return " ".join(f"{h}: {_sentences(s)}" for h, s in sections)
    text = "\n".join(f"{h}: {_sentences(s)}" for h, s in sections)
    if layout == "note_caps":
        return text.upper()
    if layout == "note_wrapped":
        width = rng.randint(55, 80)
        return "\n".join(textwrap.fill(line, width) for line in text.split("\n"))
    return text
