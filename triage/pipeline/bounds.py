"""Bounds on everything a message can copy into an output (audit records, Flags, flag-state records, keys and
headers), so no input field can make an output larger than the broker accepts.

* Identifiers longer than `MAX_ID_CHARS` are an error for the fields a Flag and its state are keyed by
  (`FLAG_IDENTIFIERS`: the record is dead-lettered with reason ``oversize_identifier``); every other field is
  truncated to at most `MAX_ID_CHARS` characters, ending in a marker with the original length and a sha256
  prefix (``…~len=700000~sha256=0123abcd…``) so two different long values stay distinguishable.
* Parser warnings: at most `MAX_WARNINGS`, each at most `MAX_WARNING_CHARS` of a restricted alphabet
  (warnings are codes; they never quote field values, see triage/hl7/extract.py).
* Rule evidence in an audit record: at most `MAX_EVIDENCE` spans (offsets only, never text).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable
from typing import Any

MAX_ID_CHARS = 256  # HL7 v2.5 EI/CX components stay well below this
MAX_WARNINGS = 32
MAX_WARNING_CHARS = 64
MAX_EVIDENCE = 32
MAX_KEY_BYTES = 1024  # Kafka keys we write (dead letters keep the original key only up to this)
MAX_HEADER_VALUE_BYTES = 1024
TRUNCATION_MARKER = "~len="
_HASH_CHARS = 16

# the Report fields an output copies, and the ones a Flag or a flag-state record is identified by
ID_FIELDS = (
    "control_id",
    "accession",
    "patient_id",
    "patient_id_authority",
    "visit_number",
    "placer_order_number",
    "filler_order_number",
    "sending_application",
    "sending_facility",
    "procedure_code",
    "procedure_text",
    "procedure_coding_system",
    "message_type",
    "hl7_version",
)
FLAG_IDENTIFIERS = frozenset({"accession", "control_id", "patient_id"})
_WARNING_CHARS = re.compile(r"[^A-Za-z0-9_:.>\-/+ ]")


def _digest(data: str | bytes) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def bound_text(value: str | None, limit: int = MAX_ID_CHARS) -> str | None:
    """`value` when at most `limit` characters, else a prefix + ``~len=N~sha256=<16 hex>``, `limit` in all."""
    if value is None or len(value) <= limit:
        return value
    tail = f"{TRUNCATION_MARKER}{len(value)}~sha256={_digest(value)[:_HASH_CHARS]}"
    return value[: max(0, limit - len(tail))] + tail


_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def escape_controls(value: str) -> str:
    """Control characters (C0 and DEL, e.g. from an HL7 ``\\X01\\`` escape) written as ``\\x01``: FHIR
    strings may not hold them (FHIR datatype string: nothing below U+0020 but tab, CR, LF), and an identifier
    with a line break breaks logs and CSVs. Deterministic: one accession, one Flag id and Kafka key."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", value) if _CONTROLS.search(value) else value


def bound_id(value: str | None, limit: int = MAX_ID_CHARS) -> str | None:
    """An identifier as an output may copy it: control characters escaped, then bounded (what `bound_record`
    does to a Report's ids, for the ids of a message that is no Report: a skip, a dead letter)."""
    return None if value is None else bound_text(escape_controls(value), limit)


def is_truncated(value: str | None) -> bool:
    return value is not None and TRUNCATION_MARKER in value and "~sha256=" in value


def bound_bytes(value: bytes | None, limit: int) -> bytes | None:
    """Bytes version of bound_text (for keys and header values): prefix + ``~len=N~sha256=...``."""
    if value is None or len(value) <= limit:
        return value
    tail = f"{TRUNCATION_MARKER}{len(value)}~sha256={_digest(value)[:_HASH_CHARS]}".encode("ascii")
    return value[: max(0, limit - len(tail))] + tail


def bound_warnings(warnings: Iterable[str]) -> tuple[str, ...]:
    """At most MAX_WARNINGS codes of at most MAX_WARNING_CHARS each, outside characters replaced by '?'."""
    items = list(warnings)
    out = [_WARNING_CHARS.sub("?", w)[:MAX_WARNING_CHARS] for w in items[:MAX_WARNINGS]]
    if len(items) > MAX_WARNINGS:
        out[-1] = f"warnings_truncated:{len(items)}"
    return tuple(out)


def _plain_warnings(warnings: Iterable[str]) -> bool:
    """Whether `bound_warnings` leaves `warnings` as they are (few, short, of the codes' alphabet)."""
    items = tuple(warnings)
    return (
        len(items) <= MAX_WARNINGS
        and all(len(w) <= MAX_WARNING_CHARS for w in items)
        and not _WARNING_CHARS.search("".join(items))
    )


def oversize_fields(obj: Any, fields: Iterable[str] = ID_FIELDS, limit: int = MAX_ID_CHARS) -> list[str]:
    """Names of `fields` of `obj` whose string value is longer than `limit`."""
    out = []
    for name in fields:
        value = getattr(obj, name, None)
        if isinstance(value, str) and len(value) > limit:
            out.append(name)
    return out


def bound_record(obj: Any, fields: Iterable[str] = ID_FIELDS, limit: int = MAX_ID_CHARS) -> Any:
    """A copy of dataclass `obj` (a Report) with every id field bounded (control characters escaped, then
    truncated) and its warnings bounded; `obj` itself when nothing needed bounding. The report text is not
    touched (it is never copied to an output)."""
    changes: dict[str, Any] = {}
    values = [(name, value) for name in fields if isinstance(value := getattr(obj, name, None), str)]
    # one look at all the values first: a value changes only for a control character or its length
    if any(len(value) > limit for _, value in values) or _CONTROLS.search("".join(v for _, v in values)):
        for name, value in values:
            bounded = bound_text(escape_controls(value), limit)
            if bounded != value:
                changes[name] = bounded
    warnings = getattr(obj, "warnings", None)
    if warnings is not None and not _plain_warnings(warnings):
        bounded = bound_warnings(warnings)
        if bounded != tuple(warnings):
            changes["warnings"] = bounded
    return dataclasses.replace(obj, **changes) if changes else obj
