"""Report text from OBX/NTE segments, and which section (impression, findings, addendum) each line is.

OBX-3 identifies the section in many radiology feeds: a suffix ``&IMP`` / ``&GDT`` / ``&ADT`` (IDX, GE and
Agfa style, where ``&`` is the subcomponent separator), a LOINC code (19005-8 impression, 18782-3 findings,
55107-7 addendum) or a plain word (``IMPRESSION``). Other identifiers are body text.

Text value types: TX, FT, ST (and TN, GTS) are primitives. ``~`` is the repetition separator (HL7 v2.5
ch. 2.5.4; OBX-5 and NTE-3 repeat), so each repetition is a line of the report, whatever follows it
(``IMPRESSION:~1. ...~2. ...`` gives numbered lines); a literal tilde is sent escaped, ``\\R\\``. A raw ``^``
or ``&`` inside narrative is kept as text (feeds rarely escape them: "R&L"); escape sequences are decoded.
The HL7 null ``""`` (a whole value or one repetition) is no value, not a line. CE/CWE/CNE/CF take, per
repetition, the text (component 2), else the alternate text (5), else the original text (CWE-9), else the
code (1). NTE-3 comments that follow an OBR or OBX are part of the report, in order, in the section of the
preceding OBX.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from triage.hl7.message import HL7_NULL, Message, Segment

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
CODED_TYPES = frozenset({"CE", "CWE", "CF", "CNE"})
# OBX-11 (HL7 table 0085): D deletes the observation, W posts it as wrong (e.g. sent for the wrong patient)
RETRACTED = frozenset({"D", "W"})


_TYPE_CODES = TEXT_TYPES | CODED_TYPES
# Fast paths below read a field as sent when it is a bare code: the extractor only runs on messages whose
# delimiters are no letters (escape.encoding_problem), so a code of letters has nothing to split or unescape.


def retracted(obx: Segment) -> bool:
    """Whether this OBX withdraws its value (OBX-11 D or W): its text is no part of the report."""
    raw = obx.raw(11)
    if len(raw) <= 1:  # "", or one character that is the value itself ("F"; a lone delimiter is no D/W)
        return raw.upper() in RETRACTED
    return (obx.get(11) or "").upper() in RETRACTED


def value_type(obx: Segment) -> str:
    """OBX-2, the value type, upper-cased ("" when empty)."""
    raw = obx.raw(2)
    if raw in _TYPE_CODES:
        return raw
    return (obx.get(2) or "").upper()


def carries_text(obx: Segment) -> bool:
    """Whether this OBX's value type is one whose value `obx_text` reads as report text."""
    kind = value_type(obx)
    return kind in _TYPE_CODES or (not kind and bool(obx.raw(5)))


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
    """Text carried by one OBX, or None when it carries no text (NM, ED, ..., or only HL7 nulls)."""
    kind = value_type(obx)
    raw = obx.raw(5)
    if kind in TEXT_TYPES or (not kind and raw):
        if not kind:
            note_once(warnings, "obx_value_type_missing")
        return repetition_lines(obx, raw)
    if kind in CODED_TYPES:
        parts = [p for rep in raw.split(obx.delims.repetition) if (p := _coded_text(obx, rep))]
        return "; ".join(parts) if parts else None
    return None


def repetition_lines(seg: Segment, raw: str) -> str | None:
    """A repeating text value (OBX-5, NTE-3) as lines: one per repetition, split before unescaping (an
    escaped ``\\R\\`` stays a ``~``), HL7 null repetitions dropped; None when nothing but nulls. An empty
    value stays an empty line (feeds send empty OBX as paragraph breaks)."""
    if seg.delims.repetition not in raw:  # one repetition (most values): the same, without the lists
        return None if raw.strip() == HL7_NULL else seg.unescape(raw).rstrip()
    reps = [r for r in raw.split(seg.delims.repetition) if r.strip() != HL7_NULL]
    if not reps and raw:
        return None
    return "\n".join(seg.unescape(r).rstrip() for r in reps).rstrip()


# CE/CWE/CNE components that carry text, in order of preference: text, alternate text, original text (CWE-9)
_CODED_TEXT_COMPONENTS = (2, 5, 9, 1)


def _coded_text(seg: Segment, rep: str) -> str | None:
    """One coded repetition's text. Components are split, subcomponents are not (a raw ``&`` in a coded
    text, "R&L", is text: CE components are ST)."""
    comps = rep.split(seg.delims.component)
    for n in _CODED_TEXT_COMPONENTS:
        if n <= len(comps):
            value = seg.unescape(comps[n - 1]).strip()
            if value and value != HL7_NULL:
                return value
    return None


def collect_text(message: Message, warnings: list[str]) -> list[TextLine]:
    """All report text lines in message order. Empty OBX-5 values stay as blank lines (paragraphs). An OBX
    whose OBX-11 is D or W (deleted, posted as wrong) and the NTE comments on it are left out
    (``obx_retracted:<n>``)."""
    lines: list[TextLine] = []
    in_order = False
    section = BODY
    dropped = 0
    skip_notes = False
    for seg in message.segments:
        name = seg.fields[0]
        if name == "OBX":
            in_order = True
            section = obx_section(seg)
            skip_notes = retracted(seg)
            if skip_notes:
                dropped += 1
                continue
            text = obx_text(seg, warnings)
            if text is not None:
                lines.append(TextLine(text, section, "OBX"))
        elif name == "NTE":
            if in_order and not skip_notes:
                text = repetition_lines(seg, seg.raw(3))
                if text is not None:
                    lines.append(TextLine(text, section, "NTE"))
        elif name == "OBR":
            in_order = True
            section = BODY
            skip_notes = False
        elif name in ("PID", "PV1", "ORC", "SPM"):
            in_order = False  # NTEs here are patient/visit/order notes, not the report
    if dropped:
        warnings.append(f"obx_retracted:{dropped}")
    return lines


def note_once(warnings: list[str], warning: str) -> None:
    """Append `warning` unless it is already there (a warning is a code: once per message)."""
    if warning not in warnings:
        warnings.append(warning)
