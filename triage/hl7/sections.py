"""Report text from OBX/NTE segments, and which section (impression, findings, addendum) each line is.

OBX-3 identifies the section in many radiology feeds: a suffix ``&IMP`` / ``&GDT`` / ``&ADT`` (IDX, GE and
Agfa style, where ``&`` is the subcomponent separator), a LOINC code (19005-8 impression, 18782-3 findings,
55107-7 addendum) or a plain word (``IMPRESSION``). Other identifiers are body text.

Text value types: TX, FT, ST (and TN, GTS) are primitives, so OBX-5 is taken *whole* — a raw ``~``, ``^`` or
``&`` inside narrative is kept as text (feeds rarely escape them; "~5 mm", "R&L"); only escape sequences
are decoded. CE/CWE/CF take the text component (or the code when there is no text) of each repetition.
NTE-3 comments that follow an OBR or OBX are part of the report, in order, in the section of the
preceding OBX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from triage.hl7.message import Message, Segment

IMPRESSION = "impression"
FINDINGS = "findings"
ADDENDUM = "addendum"
BODY = "body"

_SECTION_CODES = {
    "IMP": IMPRESSION,
    "IMPRESSION": IMPRESSION,
    "IMPRESSIONS": IMPRESSION,
    "CONCLUSION": IMPRESSION,
    "19005-8": IMPRESSION,
    "GDT": FINDINGS,
    "FINDINGS": FINDINGS,
    "18782-3": FINDINGS,
    "59776-5": FINDINGS,
    "ADT": ADDENDUM,
    "ADN": ADDENDUM,
    "ADDENDUM": ADDENDUM,
    "55107-7": ADDENDUM,
}
TEXT_TYPES = frozenset({"TX", "FT", "ST", "TN", "GTS"})
# TX and FT repeat (HL7 v2.5 ch. 2A.79/2A.30): each "~" repetition is a new line of the report, which the
# heading rules need. A "~" before a digit is kept: feeds write "~5 mm" for "approximately 5 mm".
REPEATING_TEXT_TYPES = frozenset({"TX", "FT"})


@lru_cache(maxsize=8)
def _repetition_break(repetition: str) -> re.Pattern[str]:
    return re.compile(re.escape(repetition) + r"(?!\d)")


CODED_TYPES = frozenset({"CE", "CWE", "CF", "CNE"})


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    section: str
    segment: str  # "OBX" or "NTE"


def obx_section(obx: Segment) -> str:
    """Section named by OBX-3 (any component or subcomponent), else body."""
    d = obx.delims
    return _section_of(obx.raw(3), d.repetition, d.component, d.subcomponent)


@lru_cache(maxsize=1024)
def _section_of(raw: str, rep: str, comp: str, sub: str) -> str:
    # OBX-3 values repeat across messages of a feed: cache the decision per raw value.
    for r in raw.split(rep):
        for c in r.split(comp):
            for atom in c.split(sub):
                section = _SECTION_CODES.get(atom.strip().upper())
                if section is not None:
                    return section
    return BODY


def obx_text(obx: Segment, warnings: list[str]) -> str | None:
    """Text carried by one OBX, or None when it carries no text (NM, ED, ...)."""
    value_type = (obx.get(2) or "").upper()
    raw = obx.raw(5)
    if value_type in TEXT_TYPES or (not value_type and raw):
        if not value_type:
            note_once(warnings, "obx_value_type_missing")
        if value_type in REPEATING_TEXT_TYPES:  # split before unescaping: an escaped \R\ stays a "~"
            return "\n".join(
                obx.unescape(p) for p in _repetition_break(obx.delims.repetition).split(raw)
            ).rstrip()
        return obx.unescape(raw).rstrip()
    if value_type in CODED_TYPES:
        parts = []
        for rep in range(1, obx.repetitions(5) + 1):
            part = (
                obx.get(5, 2, repetition=rep)
                or obx.get(5, 9, repetition=rep)
                or obx.get(5, 1, repetition=rep)
            )
            if part:
                parts.append(part)
        return "; ".join(parts)
    return None


def collect_text(message: Message, warnings: list[str]) -> list[TextLine]:
    """All report text lines in message order. Empty OBX-5 values stay as blank lines (paragraphs)."""
    lines: list[TextLine] = []
    in_order = False
    section = BODY
    for seg in message.segments:
        name = seg.fields[0]
        if name == "OBX":
            in_order = True
            section = obx_section(seg)
            text = obx_text(seg, warnings)
            if text is not None:
                lines.append(TextLine(text, section, "OBX"))
        elif name == "NTE":
            if in_order:
                lines.append(TextLine(seg.unescape(seg.raw(3)).rstrip(), section, "NTE"))
        elif name == "OBR":
            in_order = True
            section = BODY
        elif name in ("PID", "PV1", "ORC", "SPM"):
            in_order = False  # NTEs here are patient/visit/order notes, not the report
    return lines


def note_once(warnings: list[str], warning: str) -> None:
    """Append `warning` unless it is already there (a warning is a code: once per message)."""
    if warning not in warnings:
        warnings.append(warning)
