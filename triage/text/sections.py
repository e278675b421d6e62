"""Split a radiology report into headed sections and pick the text the paper scores.

The paper keeps only the text under IMPRESSION / CONCLUSION / SUMMARY. Rules, in order:

* A heading is either a line that starts with a label followed by ``:`` (a known heading name in any case,
  ``Impression:``, or up to four ALL-CAPS words without digits, the latter only in a report that also has
  lower-case text), or a known heading name alone on its line, with or without a
  colon (``IMPRESSION`` then numbered items below). ``IMPRESSION:`` / ``FINDINGS:`` / ``CONCLUSION:`` /
  ``SUMMARY:`` / ``ADDENDUM:`` in capitals are also recognised in the middle of a line (after ``.`` or ``;``),
  because some systems flatten the whole narrative into one line.
* A signature line (``Electronically signed by ...``, ``Dictated by ...``) closes the section above it.
* Impression text = every IMPRESSION(S) / CONCLUSION(S) / SUMMARY / OPINION section, in order, plus every
  ADDENDUM that comes *after* the first of them: an addendum that changes the impression must count.
* Fallbacks, reported in ``source``: no impression heading but a FINDINGS section → the FINDINGS text
  (plus addenda after it) with ``source="fallback_findings"``; no usable heading at all → the whole text with
  ``source="fallback_full"`` (the normalizer still strips names, dates and ages, and truncates to 50 tokens).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IMPRESSION_NAMES = frozenset(
    {"impression", "impressions", "conclusion", "conclusions", "summary", "opinion", "final impression"}
)
FINDINGS_NAMES = frozenset({"findings", "finding", "report", "narrative", "body"})
ADDENDUM_NAMES = frozenset({"addendum", "addenda", "addendum 1", "addendum 2"})
KNOWN_HEADINGS = (
    IMPRESSION_NAMES
    | FINDINGS_NAMES
    | ADDENDUM_NAMES
    | frozenset(
        {
            "technique",
            "comparison",
            "comparisons",
            "history",
            "clinical history",
            "clinical information",
            "clinical indication",
            "indication",
            "indications",
            "reason for exam",
            "exam",
            "examination",
            "procedure",
            "patient",
            "patient name",
            "patient information",
            "radiologist",
            "dob",
            "age",
            "sex",
            "gender",
            "mrn",
            "date",
            "time",
            "accession",
            "recommendation",
            "recommendations",
            "signature",
        }
    )
)

SOURCE_HEADING = "heading"
SOURCE_FALLBACK_FINDINGS = "fallback_findings"
SOURCE_FALLBACK_FULL = "fallback_full"

# "LABEL:" at line start; the label is checked afterwards (ALL CAPS or a known name).
_LINE_LABEL = re.compile(r"^[ \t>*#-]*(?P<label>[A-Za-z][A-Za-z0-9 /&()'-]{0,40}?)[ \t]*:[ \t]*", re.M)
# An unknown heading must be capitals without digits, at most four words ("CLINICAL DATA", "NOTE").
_GENERIC_LABEL = re.compile(r"[A-Z][A-Z/&()'-]*(?: [A-Z/&()'-]+){0,3}")
# A known heading alone on its line (no colon needed).
_BARE_HEADING = re.compile(
    r"^[ \t>*#-]*(?P<label>"
    + "|".join(sorted((re.escape(h) for h in KNOWN_HEADINGS), key=len, reverse=True))
    + r")[ \t]*:?[ \t]*$",
    re.M | re.I,
)
# Capitalised headings flattened into a running line: "... normal. IMPRESSION: no bleed."
_INLINE_HEADING = re.compile(
    r"(?<=[.;])[ \t]+(?P<label>IMPRESSIONS?|CONCLUSIONS?|SUMMARY|FINDINGS|ADDENDUM)[ \t]*:[ \t]*"
)
_SIGNATURE = re.compile(
    r"^[ \t]*(?P<label>electronically signed|signed by|dictated by|transcribed by|read by|reviewed by|"
    r"attending radiologist|this report was)\b",
    re.M | re.I,
)


@dataclass(frozen=True, slots=True)
class Section:
    """One headed part of a report. `name` is the lower-cased heading ("" for text before any heading)."""

    name: str
    text: str


def _heading_name(label: str) -> str:
    return " ".join(label.lower().split())


def split_sections(report_text: str) -> list[Section]:
    """Cut the report at every heading; the text before the first heading is a section named ""."""
    text = report_text.replace("\r\n", "\n").replace("\r", "\n")
    cuts: dict[int, tuple[int, str]] = {}  # start -> (content start, name)
    # In an all-capitals report "ACUTE SDH: 8 MM" is prose, so unknown capitalised labels only count as
    # headings when the report also has lower-case text.
    mixed_case = any(c.islower() for c in text)
    for m in _LINE_LABEL.finditer(text):
        label = m.group("label").strip()
        name = _heading_name(label)
        if name in KNOWN_HEADINGS or (mixed_case and _GENERIC_LABEL.fullmatch(label)):
            cuts[m.start()] = (m.end(), name)
    for m in _BARE_HEADING.finditer(text):
        cuts.setdefault(m.start(), (m.end(), _heading_name(m.group("label"))))
    for m in _INLINE_HEADING.finditer(text):
        cuts.setdefault(m.start(), (m.end(), _heading_name(m.group("label"))))
    for m in _SIGNATURE.finditer(text):
        cuts.setdefault(m.start(), (m.start(), "signature"))
    sections: list[Section] = []
    starts = sorted(cuts)
    if not starts or starts[0] > 0:
        sections.append(Section("", text[: starts[0] if starts else len(text)].strip()))
    for i, start in enumerate(starts):
        body_start, name = cuts[start]
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        sections.append(Section(name, text[body_start:end].strip()))
    return sections


def _collect(sections: list[Section], wanted: frozenset[str]) -> str:
    parts: list[str] = []
    started = False
    for sec in sections:
        if sec.name in wanted:
            started = True
            if sec.text:
                parts.append(sec.text)
        elif started and sec.name in ADDENDUM_NAMES and sec.text:
            parts.append(sec.text)
    return "\n".join(parts)


def extract_impression(report_text: str) -> tuple[str, str]:
    """Return ``(text, source)``: the impression/conclusion/summary text (plus later addenda) and where it
    came from: ``"heading"``, ``"fallback_findings"`` or ``"fallback_full"`` (see module docstring)."""
    sections = split_sections(report_text)
    names = {s.name for s in sections}
    if names & IMPRESSION_NAMES:
        text = _collect(sections, IMPRESSION_NAMES)
        if text:
            return text, SOURCE_HEADING
    if names & FINDINGS_NAMES:
        text = _collect(sections, FINDINGS_NAMES)
        if text:
            return text, SOURCE_FALLBACK_FINDINGS
    return report_text.strip(), SOURCE_FALLBACK_FULL
