"""Split a radiology report into headed sections and pick the text the model scores (``norm-2``).

The paper keeps only the text under IMPRESSION / CONCLUSION / SUMMARY. Real reports write those headings in
many ways, so a heading is recognised wherever it stands (measured on real text: with line-start headings
only, 2 of 166 reports were extracted from a heading):

* **Known heading names** (table below, any case, plus a site's own list, e.g. ``ASSESSMENT``) at the start
  of the text or of a line, or after ``.`` ``,`` ``;`` ``!`` ``?`` (headings glued into one running line:
  ``...four views.,FINDINGS:, The sutures...,IMPRESSION:, No evidence...``), optionally wrapped in markdown
  (``**Impression:**``, ``## IMPRESSION``), followed by ``:``, by a dash with a space (``CONCLUSION - ...``),
  or by nothing when the label is alone on its line or written in capitals (``IMPRESSION Small EDH``).
* **Unknown labels** (1–4 ALL-CAPS words followed by ``:`` at a line start or after ``.`` / ``,`` / ``;``, in
  a report that also has lower-case text: in an all-caps report ``ACUTE SDH: 8 MM`` is prose) are *soft*
  headings: they structure notes (``CC:`` ``HX:`` ``COURSE:``) but keep their label in their text and do not
  end a conclusion or findings section — ``IMPRESSION: No fracture. SDH: 5 mm left, acute.`` or ``NOTE:`` /
  ``BRAIN:`` / ``CRITICAL FINDING:`` lines belong to the conclusion they stand in (cutting there lost bleeds).
* A signature line (``Electronically signed by ...``, ``Dictated by ...``) closes the section above it.
* Conclusion text = every conclusion section (IMPRESSION(S), FINAL IMPRESSION, CONCLUSION(S), SUMMARY,
  OPINION, IMP, site headings), in order, with the soft sections inside them, plus every ADDENDUM wherever it
  stands (many systems put it above the original report): an addendum that changes the impression must count;
  one after other text keeps its name ("Addendum: ..."), so a correction of the text before it reads as one.
* A conclusion that only refers back ("As above.", "See findings.", "as described above", "As described.")
  has no content of its own: the FINDINGS are read with it (``source="heading+findings"``), or, in a report
  without a FINDINGS heading, its body (below).
* The text a conclusion leaves out (``extract_conclusion``'s third value, read by the decision core when the
  conclusion mentions no bleed): the FINDINGS sections; without a FINDINGS heading, the report's **body**:
  every section but the conclusions, the addenda, the sign-off and the own lines of the identifying fields
  and of the request (history, indication, exam, comparison, technique), each with its heading as written.
* A capitals conclusion/findings name followed by a verb ("FINDINGS TELEPHONED TO DR X") is a sentence, not a
  bare heading.
* Fallbacks, reported in ``source``: no conclusion heading but a FINDINGS section → the FINDINGS text (plus
  the addenda), ``"fallback_findings"``; no usable heading at all → the whole text, ``"fallback_full"``.
  Long text is not truncated here: the scorer reads it in overlapping windows (``triage.text.windows``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from triage.text.clean import clean_text

IMPRESSION_NAMES = frozenset(
    {
        "impression",
        "impressions",
        "imp",
        "conclusion",
        "conclusions",
        "summary",
        "opinion",
        "final impression",
        "final impressions",
        "final conclusion",
        "diagnostic impression",
        "radiologic impression",
        "interpretation",
        # combined headings: the conclusion stands in them ("IMPRESSION AND RECOMMENDATIONS")
        "impression and recommendation",
        "impression and recommendations",
        "impression and plan",
        "findings and impression",
        "findings and conclusion",
    }
)
FINDINGS_NAMES = frozenset(
    {
        "findings",
        "finding",
        "report",
        "narrative",
        "body",
        "ct findings",
        "mri findings",
        # rules-13 (set 12 spent): a note's results section ("Investigations: CT shows a small SAH")
        "investigations",
        "investigation",
        "imaging findings",
    }
)
ADDENDUM_NAMES = frozenset({"addendum", "addenda", "addendum 1", "addendum 2"})
OTHER_HEADINGS = frozenset(
    {
        "technique",
        "comparison",
        "comparisons",
        "history",
        "clinical history",
        "clinical information",
        "clinical indication",
        "clinical data",
        "indication",
        "indications",
        "reason for exam",
        "reason for study",
        "exam",
        "examination",
        "procedure",
        "original report",
        "preliminary report",
        "final report",
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
KNOWN_HEADINGS = IMPRESSION_NAMES | FINDINGS_NAMES | ADDENDUM_NAMES | OTHER_HEADINGS

SOURCE_HEADING = "heading"
SOURCE_HEADING_FINDINGS = "heading+findings"  # the conclusion refers back to the findings
SOURCE_FALLBACK_FINDINGS = "fallback_findings"
SOURCE_FALLBACK_FULL = "fallback_full"

# Possessive quantifiers (Python 3.11): a long run of blanks is crossed once, never re-split by backtracking
# (two adjacent `[ \t]*` made section finding quadratic in the length of a blank run).
_DELIMITER = r"[.,;!?\n]"  # a heading may stand after one of these (or at the start of the text)
_AT_LEAD = rf"(?:^|(?<={_DELIMITER}))"
_LEAD = _AT_LEAD + r"[ \t]*+(?:[*#>_-]++[ \t]*+)?"
# Generic ALL-CAPS label + colon (the colon may sit inside markdown emphasis: "**NOTE:**").
_GENERIC = re.compile(_LEAD + r"(?P<label>[A-Z][A-Z/&()'-]*(?: [A-Z/&()'-]+){0,3})[ \t]*+[*_]*+:[*_]*", re.M)
# a signature line opens with one of these (any case); `split_sections` looks for them before the regex
# does, in ASCII text only (under re.IGNORECASE a few non-ASCII letters match ASCII ones: the Kelvin sign
# matches "k")
_SIGNATURE_WORDS = (
    "electronically signed",
    "signed by",
    "dictated by",
    "transcribed by",
    "read by",
    "reviewed by",
    "attending radiologist",
    "this report was",
)
_SIGNATURE = re.compile(r"^[ \t]*(?P<label>" + "|".join(_SIGNATURE_WORDS) + r")\b", re.M | re.I)
# the same on the lower-cased ASCII text after a "\n" (`_known_headings` says why): a match starts at the
# "\n" consumed, one character before the line, so at the line's offset in the text
_SIGNATURE_FOLDED = re.compile(r"\n[ \t]*(?P<label>" + "|".join(_SIGNATURE_WORDS) + r")\b")


_REFERS_BACK = re.compile(
    r"\b(?:as\s+(?:(?:described|detailed|noted|discussed|outlined|stated|seen)\s+)?above"
    r"|see\s+(?:the\s+)?(?:above|findings|body\s+of\s+(?:the\s+)?report)|per\s+(?:the\s+)?findings)\b",
    re.I,
)
#: a conclusion that opens with a bare pointer ("As described.", "Findings as detailed; ...")
_POINTER = re.compile(
    r"\A[\W_]*(?:findings\s+)?as\s+(?:described|detailed|outlined)\b(?!\s+(?:in|by|on|at))", re.I
)
_BLANK_LINE = re.compile(r"\n[ \t]*+\n")
_BODY_LEAD = re.compile(r"^[\s,.;:*_#-]+")
_WORD = re.compile(r"[^\W_]")
_BODY_TAIL_CHARS = " \t\n\r\f\v,;*_#>-"


def _heading_pattern(names: frozenset[str], *, folded: bool = False) -> str:
    alternatives = "|".join(
        sorted((re.escape(n).replace(r"\ ", r"[ \t]+") for n in names), key=len, reverse=True)
    )
    label = alternatives.lower() if folded else f"(?i:{alternatives})"
    return (
        _LEAD
        + rf"(?P<label>{label})\b[ \t]*+[*_]*+"
        + r"(?:(?P<colon>:[*_]*)|(?P<dash>[-\u2013\u2014](?=[ \t]))"
        + r"|(?P<eol>(?=\n|$))|(?P<bare>(?<=[ \t])(?=\S)))"
    )


@lru_cache(maxsize=32)
def _known_heading_re(names: frozenset[str]) -> re.Pattern[str]:
    """The known-heading regex: what `_known_headings` finds (faster) in any text."""
    return re.compile(_heading_pattern(names), re.M)


# ---- how the heading regexes are applied: the same matches as `pattern.finditer(text)`, faster ----
# sre tries a whole pattern at every character of the text; a pattern that opens by consuming one character
# of a class is searched from one such character to the next in C. A heading opens at the text's start or
# after a `_DELIMITER` (`_AT_LEAD`, a lookbehind): searched in "\n" + text with the delimiter consumed, every
# match is the same, one character later (its groups one later too). That holds because no match ends with
# a delimiter (a heading ends with its label's last letter, a blank, ":", a dash, "*" or "_"), so none could
# open right after the previous one. The known-heading names are matched case-insensitively: in ASCII text
# (and ASCII names) the same regex with lower-case names on the lower-cased text (same length, same
# offsets) finds the same matches, and sre skips a name whose first letter is not the text's in C.


def _delimited(pattern: str, flags: int = re.M) -> re.Pattern[str]:
    """`pattern` (opening with `_AT_LEAD`) with the delimiter consumed, to search in "\n" + text."""
    if not pattern.startswith(_AT_LEAD):
        raise ValueError("a delimited pattern opens with _AT_LEAD")
    return re.compile(_DELIMITER + pattern[len(_AT_LEAD) :], flags)


_GENERIC_DELIMITED = _delimited(_GENERIC.pattern)


@lru_cache(maxsize=32)
def _heading_scans(names: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(`_known_heading_re` delimited, the same on lower-cased ASCII text: None when a name is not ASCII)."""
    folded = _delimited(_heading_pattern(names, folded=True)) if all(n.isascii() for n in names) else None
    return _delimited(_heading_pattern(names)), folded


def _known_headings(text: str, lower: str | None, names: frozenset[str]) -> list[tuple[int, int, int, bool]]:
    """(label start, label end, match end, whether bare) of every `_known_heading_re(names)` match in
    `text`, in order; `lower` is `text.lower()` when `text` is ASCII, else None."""
    delimited, folded = _heading_scans(names)
    scan = (
        delimited.finditer("\n" + text) if lower is None or folded is None else folded.finditer("\n" + lower)
    )
    return [
        (m.start("label") - 1, m.end("label") - 1, m.end() - 1, m.group("bare") is not None) for m in scan
    ]


@dataclass(frozen=True, slots=True)
class Section:
    """One headed part of a report: `name` the lower-cased heading ("" before any heading), `text` its
    body (a soft heading keeps its label), `start` the body's character offset in the (line-ending
    normalized) report text."""

    name: str
    text: str
    start: int = 0
    known: bool = True  # False: a soft heading (an unknown ALL-CAPS label), see the module docstring
    head: int = 0  # where its heading starts (== start for a soft heading and the text before any heading)


def _heading_name(label: str) -> str:
    return " ".join(label.lower().split())


def _names(extra: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    return _names_of(extra if isinstance(extra, tuple) else tuple(extra))


@lru_cache(maxsize=32)
def _names_of(extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(conclusion names, known names) with a site's `extra` headings; cached per settings (the same
    frozensets each time: their hashes, and the heading regex's cache lookup, are computed once)."""
    extra_names = frozenset(_heading_name(h) for h in extra if h.strip())
    return IMPRESSION_NAMES | extra_names, KNOWN_HEADINGS | extra_names


@lru_cache(maxsize=32)
def _bare_names(conclusions: frozenset[str]) -> frozenset[str]:
    """The names that are a heading without a separator when written in capitals (cached per settings)."""
    return conclusions | FINDINGS_NAMES | ADDENDUM_NAMES


def _has_lower(text: str) -> bool:
    """Whether `text` holds a lower-case letter (str.islower per character; for ASCII text, the only
    letters upper() changes are a-z)."""
    if text.isascii():
        return text.upper() != text
    return any(c.islower() for c in text)


def _unix_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_sections(report_text: str, extra_headings: Iterable[str] = ()) -> list[Section]:
    """Cut the report at every heading (rules in the module docstring); the text before the first heading is
    a section named "". `extra_headings`: a site's additional conclusion heading names (any case)."""
    text = _unix_lines(report_text)
    conclusions, known = _names(extra_headings)
    bare_ok = _bare_names(conclusions)
    lower = text.lower() if text.isascii() else None  # same offsets as `text` (ASCII only)
    cuts: dict[int, tuple[int, str, bool]] = {}  # heading start -> (body start, name, known)
    for start, label_end, end, bare in _known_headings(text, lower, known):
        label = text[start:label_end]
        # No separator after the label: a heading only for a conclusion/findings/addendum name written in
        # capitals ("IMPRESSION Small EDH"); "impression of the skull" or "HISTORY OF SAH" is prose.
        if bare and not (label.isupper() and _heading_name(label) in bare_ok):
            continue
        if bare and _bare_prose(text, end):
            continue  # "FINDINGS TELEPHONED TO DR X", "IMPRESSION WAS DISCUSSED": a sentence, not a heading
        cuts.setdefault(start, (end, _heading_name(label), True))
    if ":" in text and _has_lower(text):  # every generic label ends in a colon
        for m in _GENERIC_DELIMITED.finditer("\n" + text):  # `_GENERIC`'s matches, one character later
            start = m.start("label") - 1
            cuts.setdefault(start, (start, _heading_name(m.group("label")), False))
    if lower is None:
        signatures = [m.start() for m in _SIGNATURE.finditer(text)]
    elif any(w in lower for w in _SIGNATURE_WORDS):  # a cheap test: no word, no signature line
        signatures = [m.start() for m in _SIGNATURE_FOLDED.finditer("\n" + lower)]
    else:
        signatures = []
    for start in signatures:
        cuts.setdefault(start, (start, "signature", True))
    sections: list[Section] = []
    starts = sorted(cuts)
    if not starts or starts[0] > 0:
        head = text[: starts[0] if starts else len(text)]
        sections.append(Section("", head.strip(), len(head) - len(head.lstrip())))
    for i, start in enumerate(starts):
        body_start, name, known = cuts[start]
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        body = text[body_start:end]
        lead = _BODY_LEAD.match(body)
        skip = lead.end() if lead else 0
        sections.append(Section(name, body[skip:].rstrip(_BODY_TAIL_CHARS), body_start + skip, known, start))
    return sections


#: the word after a capitals conclusion/findings name that makes the line a sentence, not a bare heading: a
#: verb or prose marker ("FINDINGS TELEPHONED TO DR X", "IMPRESSION WAS DISCUSSED", "FINDINGS ARE STABLE").
#: Never a function word: "IMPRESSION AND RECOMMENDATIONS", "FINDINGS AND IMPRESSION", "IMPRESSION AS ABOVE"
#: are headings
_BARE_PROSE_WORDS = frozenset(
    """was were are be been has have had d/w given sent faxed paged called phoned
    telephoned discussed communicated conveyed relayed reported notified emailed read reviewed
    verified documented""".split()  # noqa: SIM905 (a word list, read as prose)
)
_NEXT_WORD = re.compile(r"[ \t]*+([A-Za-z/]+)")


def _bare_prose(text: str, end: int) -> bool:
    """Whether the word after a bare (separator-less) heading name at `end` makes it prose."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in _BARE_PROSE_WORDS


def _collect(sections: list[Section], wanted: frozenset[str]) -> str:
    """The wanted sections and every addendum (before or after them: many systems put the addendum on top),
    each with the soft sections inside it, in document order. Only called when a wanted section exists."""
    parts: list[str] = []
    absorbing = False
    for sec in sections:
        if sec.name in wanted or sec.name in ADDENDUM_NAMES:
            absorbing = True
        elif not (absorbing and not sec.known):
            absorbing = False
            continue
        if sec.text:
            # an addendum after other text keeps its name: it may correct what stands before it (rules-11)
            parts.append(f"Addendum: {sec.text}" if parts and sec.name in ADDENDUM_NAMES else sec.text)
    return "\n".join(parts)


def extract_impression(report_text: str, extra_headings: Iterable[str] = ()) -> tuple[str, str]:
    """Return ``(text, source)``: the conclusion text (plus the addenda) and where it came from:
    ``"heading"``, ``"heading+findings"``, ``"fallback_findings"`` or ``"fallback_full"`` (module doc)."""
    text, source, _findings = extract_conclusion(report_text, extra_headings)
    return text, source


def has_words(text: str) -> bool:
    """Whether `text` holds a letter or digit: a conclusion of only punctuation ("—", ".", "-") says nothing
    and must not hide the FINDINGS (it would be scored as an empty text and dead-lettered)."""
    return _WORD.search(text) is not None


def _findings_only(sections: list[Section]) -> str:
    """The FINDINGS sections with the soft sections inside them, in order, without the addenda."""
    parts: list[str] = []
    inside = False
    for sec in sections:
        inside = sec.name in FINDINGS_NAMES or (inside and not sec.known)
        if inside and sec.text:
            parts.append(sec.text)
    return "\n".join(parts)


#: identifying fields and the request's own lines (history, indication, exam title, comparison, technique):
#: never part of a report's body; the request's (_LONG_FIELDS) up to the next heading or blank line
#: ("Comparison: CT 01/12.\nThat study
#: showed a small SDH." is the prior study, not this one); the text after a blank line is the body. Under a
#: pointer conclusion ("Impression: as above") only the field's own line: the pointer says the text above
#: holds the findings ("Indication: fall.\nSmall left frontal contusion.\nCONCLUSION: see above")
_FIELDS = frozenset(
    {"patient", "patient name", "patient information", "radiologist", "dob", "age", "sex", "gender", "mrn"}
    | {"date", "time", "accession", "history", "clinical history", "clinical information", "clinical data"}
    | {"clinical indication", "indication", "indications", "reason for exam", "reason for study", "exam"}
    | {"examination", "procedure", "technique", "comparison", "comparisons"}
)
#: the request's fields that run on to the next heading or blank line (the others end with their line)
_LONG_FIELDS = frozenset(
    {"history", "clinical history", "clinical information", "clinical data", "clinical indication"}
    | {"indication", "indications", "reason for exam", "reason for study", "technique", "comparison"}
    | {"comparisons"}
)


def _body(text: str, sections: list[Section], conclusions: frozenset[str], *, pointer: bool = False) -> str:
    """A report's body when it has no FINDINGS heading: every section but the conclusions (with the soft
    sections inside them), the addenda, the sign-off and the own lines of the identifying fields and the
    request (``_FIELDS``), each with its own heading as written (the rule tier reads "PMH:" as the note
    section it opens), in order."""
    parts: list[str] = []
    absorbing = False
    for i, sec in enumerate(sections):
        if sec.name in conclusions or sec.name in ADDENDUM_NAMES or sec.name == "signature":
            absorbing = True
            continue
        if absorbing and not sec.known:
            continue
        absorbing = False
        end = sections[i + 1].head if i + 1 < len(sections) else len(text)
        start = sec.head
        if sec.name in _FIELDS:  # "Patient: DOE^JANE", "History: fall.\nOn warfarin." end at a blank line
            if pointer or sec.name not in _LONG_FIELDS:  # the field's own line only (see _FIELDS)
                line_end = text.find("\n", sec.start, end)
                start = end if line_end < 0 else line_end + 1
            else:
                blank = _BLANK_LINE.search(text, sec.start, end)
                start = end if blank is None else blank.end()
        part = text[start:end].strip()
        if has_words(part):
            parts.append(part)
    return "\n".join(parts)


def extract_conclusion(report_text: str, extra_headings: Iterable[str] = ()) -> tuple[str, str, str]:
    """:func:`extract_impression`'s ``(text, source)`` and the report's FINDINGS text (without a FINDINGS
    heading: its body, ``_body``) when the conclusion is scored without it (``source="heading"``; else ""):
    the decision core's rule tier reads it when the conclusion is silent, and the priority reads mass effect
    stated only there (triage.priority.attributes). Costs nothing beyond the split the conclusion needs."""
    conclusions, _known = _names(extra_headings)
    report_text = clean_text(report_text)
    sections = split_sections(report_text, extra_headings)
    names = {s.name for s in sections}
    if names & conclusions:
        text = _collect(sections, conclusions)
        text = text if has_words(text) else ""
        if text and (_REFERS_BACK.search(text) or _POINTER.match(text)):
            if names & FINDINGS_NAMES:
                findings = _collect(sections, FINDINGS_NAMES)
            else:  # no FINDINGS heading: the text the pointer points at is the body
                findings = _body(_unix_lines(report_text), sections, conclusions, pointer=True)
            if findings:
                return f"{findings}\n{text}", SOURCE_HEADING_FINDINGS, ""
        if text:
            if names & FINDINGS_NAMES:
                return text, SOURCE_HEADING, _findings_only(sections)
            body = _body(_unix_lines(report_text), sections, conclusions)
            return text, SOURCE_HEADING, body
    if names & FINDINGS_NAMES:
        text = _collect(sections, FINDINGS_NAMES)
        if text:
            return text, SOURCE_FALLBACK_FINDINGS, ""
    return report_text.strip(), SOURCE_FALLBACK_FULL, ""
