"""Which field carries the accession number: an ordered site setting, and a test that a value can be one.

Feeds disagree: IHE radiology profiles put the accession in OBR-18 (Placer Field 1) and IPC-1 (Accession
Identifier), others only in OBR-3 (Filler Order Number), OBR-20 (Filler Field 1) or ORC-3; and some use
OBR-18 for something else entirely (a body part, ``CHEST``, in every message of one public peer feed, which
made 31 studies share one accession). ``Settings.accession_sources`` (``TRIAGE_ACCESSION_SOURCES``) lists
the fields to try, in order; the first value that *can be an identifier* is the accession, and the field it
came from is ``Report.accession_source`` (shown by ``triage parse``, recorded in the audit record).

A value can be an identifier (``is_identifier``) when it

* holds a digit: accession and order numbers are numbered (``ACC-1234``, ``20240315.7``, ``ACC-0``); words
  (``CHEST``, ``HEAD``, ``CT``, ``STAT``, ``ROUTINE``) are not;
* is not a filler: a value whose letters and digits are all ``0`` (``0``, ``000000``, ``0-0``);
* holds no white space: ``XR CHEST 2 VIEWS`` is a description, not an identifier.

A field written with a trailing ``!`` (``OBR-18!``) is trusted: any non-empty value is taken, for a feed whose
accession numbers hold no digit or a space (then nothing guards against a body part in that field: list it
only when the feed is known). The first component of the field's first repetition is read (EI: entity
identifier); HL7 nulls are empty.
A value that is present but refused leaves the warning ``accession_refused:OBR-18`` (the field, never the
value). Length is not judged here: an over-long accession is dead-lettered (triage.pipeline.bounds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.hl7.message import Message

# IPC-1 is the accession by definition; OBR-18 is where IHE puts it; then the order numbers, filler first; an
# MDM document (triage.hl7.document) without OBR names its study by TXA-15 / TXA-14 (filler / placer order
# number: the RIS's order, which its accession is assigned to or equals), never by TXA-12 (unique document
# number): an addendum (T06) or replacement (T08) is a new document with a new TXA-12 about the same study,
# and would start a second lifecycle instead of amending the first report's Flag
DEFAULT_ACCESSION_SOURCES = ("IPC-1", "OBR-18", "OBR-3", "ORC-3", "OBR-2", "ORC-2", "TXA-15", "TXA-14")
_REF = re.compile(r"([A-Z][A-Z0-9]{2})-([1-9][0-9]{0,2})(!?)")
# segments that carry the patient (name, birth date, address, MRN) or report text: their values would be
# written to every audit record and log line as the "accession" (PID-7 19500101 passes is_identifier)
PHI_SEGMENTS = frozenset({"PID", "PD1", "NK1", "GT1", "IN1", "IN2", "IN3", "MRG", "OBX", "NTE", "AL1", "DG1"})
_DIGIT = re.compile(r"[0-9]")
_NOT_ZERO = re.compile(r"[1-9A-Za-z]")


@dataclass(frozen=True, slots=True)
class FieldRef:
    """One field of the first segment of its kind, e.g. OBR-18; `trusted` (``OBR-18!``): any value counts."""

    segment: str
    field: int
    trusted: bool = False

    def __str__(self) -> str:
        return f"{self.segment}-{self.field}{'!' if self.trusted else ''}"

    @property
    def field_name(self) -> str:
        """The field, e.g. OBR-18 (what audit records and warnings name)."""
        return f"{self.segment}-{self.field}"


def field_ref(text: str) -> FieldRef:
    """``"OBR-18"`` → FieldRef; ValueError with the expected form otherwise (settings validation)."""
    match = _REF.fullmatch(text.strip().upper())
    if match is None:
        raise ValueError(
            f"{text!r} is not a field reference: write SEGMENT-FIELD, e.g. OBR-18, IPC-1 (OBR-18! trusts it)"
        )
    if match.group(1) == "MSH":
        raise ValueError(f"{text!r}: the accession is not in the message header (MSH)")
    if match.group(1) in PHI_SEGMENTS:
        raise ValueError(
            f"{text!r}: {match.group(1)} carries the patient or the report text, never an accession "
            "(its value would be audited and logged)"
        )
    return FieldRef(match.group(1), int(match.group(2)), match.group(3) == "!")


def field_refs(texts: tuple[str, ...] | list[str]) -> tuple[FieldRef, ...]:
    return tuple(field_ref(t) for t in texts)


DEFAULT_REFS = field_refs(DEFAULT_ACCESSION_SOURCES)


def is_identifier(value: str) -> bool:
    """Whether `value` can be an accession or order number (see the module docstring for why)."""
    return (
        _DIGIT.search(value) is not None
        and _NOT_ZERO.search(value) is not None
        and not any(c.isspace() for c in value)
    )


def pick_accession(
    message: Message, sources: tuple[FieldRef, ...], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(accession, the field it came from), or (None, None) when no source holds an identifier. Adds
    ``accession_refused:<field>`` for each source whose value was refused."""
    for ref in sources:
        seg = message.first(ref.segment)
        value = seg.get(ref.field) if seg is not None else None
        if value is None:
            continue
        if ref.trusted or is_identifier(value):
            return value, ref.field_name
        warnings.append(f"accession_refused:{ref.field_name}")
    return None, None
