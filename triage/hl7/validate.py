"""Strict HL7 v2 validation with hl7apy, for `triage parse --validate` (off the hot path: ~12 ms/message).

Real feeds often fail strict validation while their meaning is clear (``&IMP`` in OBX-3 and raw ``&`` in
narrative are rejected by hl7apy), so validation reports problems and never blocks extraction.

hl7apy's messages quote field values (patient names, birth dates, report text), so each problem is kept
twice: a redacted form (severity, kind, position such as ``PID-7`` or ``OBX-3.1``, HL7 table) that is safe to
print, and hl7apy's own text (`detail`), printed only when the caller asks (``triage parse --show-text``).
Length problems are warnings: a value longer than the standard's maximum is still read in full.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field

from triage.hl7.message import Message

# hl7apy's element names: a field is SEG_N (PID_7), a component or subcomponent TYPE_N (CE_1, XPN_1)
_ELEMENT = re.compile(r"\b([A-Z][A-Z0-9]{1,3})_(\d{1,3})\b")
_TABLE = re.compile(r"\b(HL7\d{4})\b")
_SEGMENT = re.compile(r"^[A-Z][A-Z0-9]{2}$")
# hl7apy's report lines (hl7apy.validation.Validator.validate): kind, and the part that never quotes a value
_REPORT_KINDS = (
    ("Missing required child ", "missing_required"),
    ("Child limit exceeded ", "too_many_repetitions"),
    ("Datatype ", "wrong_datatype"),
    ("Invalid children detected", "unexpected_children"),
    ("Unknown element found", "unknown_element"),
    ("Invalid element found", "invalid_element"),
    ("Exceeded max length", "max_length"),
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation finding. `severity`: "error" or "warning"; `kind`: a short code (max_length,
    not_in_table, missing_required, wrong_datatype, ...); `where`: position as SEG-FIELD[.COMPONENT] when
    known; `table`: the HL7 table of a not_in_table warning; `detail`: hl7apy's text, which may quote values
    (PHI): never print it without the user's consent."""

    severity: str
    kind: str
    where: str | None = None
    table: str | None = None
    detail: str = ""

    def as_dict(self, *, show_text: bool = False) -> dict[str, object]:
        out: dict[str, object] = {"severity": self.severity, "kind": self.kind, "where": self.where}
        if self.table:
            out["table"] = self.table
        if show_text:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """`valid`: no error (warnings allowed); `problems`: errors first, then warnings."""

    valid: bool
    version: str
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self, *, show_text: bool = False) -> dict[str, object]:
        """JSON-able; hl7apy's texts (`detail`, may quote PHI) only with `show_text`."""
        return {
            "validator": "hl7apy",
            "valid": self.valid,
            "version": self.version,
            "errors": sum(p.severity == "error" for p in self.problems),
            "warnings": sum(p.severity == "warning" for p in self.problems),
            "problems": [p.as_dict(show_text=show_text) for p in self.problems],
        }


def to_er7(message: Message) -> str:
    """Message → ER7 text with CR separators (continuation line breaks become \\.br\\ escapes)."""
    d = message.delims
    lines = []
    for seg in message.segments:
        fields = seg.fields
        line = "MSH" + d.field + d.field.join(fields[2:]) if fields[0] == "MSH" else d.field.join(fields)
        lines.append(line.replace("\n", f"{d.escape}.br{d.escape}"))
    return "\r".join(lines)


def _position(text: str) -> str | None:
    """SEG-N[.C] from hl7apy element names in `text` (a part that quotes no value)."""
    parts = _ELEMENT.findall(text)
    seg_field = next(((n, i) for n, i in parts if _SEGMENT.match(n) and n not in _DATATYPES), None)
    if seg_field is None:
        segment = next((n for n in re.findall(r"\b[A-Z][A-Z0-9]{2}\b", text) if n not in _DATATYPES), None)
        return segment
    where = f"{seg_field[0]}-{int(seg_field[1])}"
    after = parts[parts.index(seg_field) + 1 :]
    if after:
        where += f".{int(after[0][1])}"
    return where


# datatype names that look like segment ids (three capitals): never taken for a segment
_DATATYPES = frozenset(
    [
        "CWE",
        "CNE",
        "CE",
        "CX",
        "XPN",
        "XAD",
        "XCN",
        "XON",
        "XTN",
        "HD",
        "EI",
        "EIP",
        "TS",
        "DTM",
        "DT",
        "TM",
        "ST",
        "TX",
        "FT",
        "NM",
        "SI",
        "ID",
        "IS",
        "PL",
        "PT",
        "VID",
        "MSG",
        "CM",
        "CQ",
        "SN",
        "ED",
        "RP",
        "NDL",
        "PRL",
        "MOC",
        "PPN",
        "CCD",
        "DLN",
        "DLD",
        "JCC",
        "FC",
        "CP",
        "MO",
    ]
)


def _report_problem(line: str) -> Problem:
    severity, _, text = line.partition(": ")
    severity = "warning" if severity.strip().lower() == "warning" else "error"
    if text.startswith("Value ") and " not in table " in text:
        # "Value <value> not in table HL70080 in element OBX.OBX_10": the value is never kept outside detail
        tail = text.rsplit(" not in table ", 1)[1]
        table = _TABLE.search(tail)
        return Problem(severity, "not_in_table", _position(tail), table.group(1) if table else None, line)
    for prefix, kind in _REPORT_KINDS:
        if text.startswith(prefix):
            if kind == "max_length":
                severity = "warning"
            return Problem(severity, kind, _position(text), None, line)
    return Problem(severity, "other", None, None, line)


_INVALID_VALUE = re.compile(r"(.+) is not an HL7 valid ([\w ]+) value\Z", re.S)
# hl7apy's word for the failing type → the data types whose fields can hold such a value
_TYPES_OF = {
    "date": frozenset({"TS", "DTM", "DT", "DR", "DIN"}),
    "time": frozenset({"TM", "TS", "DTM"}),
    "numeric": frozenset({"NM", "SI", "CQ", "SN"}),
}


def _datatype(segment: str, field: int, version: str) -> str | None:
    from hl7apy.core import Field

    try:
        return str(Field(f"{segment}_{field}", version=version or "2.5").datatype)
    except Exception:  # unknown segment/field for this version (Z segments, extra fields)
        return None


def _rewrite_field(
    er7: str,
    message: Message,
    value: str,
    rewrite: Callable[[str], str],
    types: frozenset[str] | None = None,
    version: str = "",
) -> tuple[str, str] | None:
    """``(SEG-N, er7 with that field rewritten)`` for the first field of `er7` that holds `value` as a
    component or subcomponent (and, with `types`, whose data type is one of them); None when none does.
    hl7apy names a bad value but not where it is; rewriting that field only (not the first occurrence of the
    text anywhere: "MERCY" in MSH-4 is not the bad PID-7) lets the next parse find the problems after it."""
    d = message.delims
    splitter = re.compile("[" + re.escape(d.component + d.subcomponent + d.repetition) + "]")
    lines = er7.split("\r")
    for li, line in enumerate(lines):
        parts = line.split(d.field)
        name = parts[0]
        first = 2 if name == "MSH" else 1  # parts[1] of MSH is MSH-2 (the field separator is MSH-1)
        for pi in range(1, len(parts)):
            if not value or value not in splitter.split(parts[pi]):
                continue
            field_no = pi + first - 1
            if types is not None and _datatype(name, field_no, version) not in types:
                continue
            parts[pi] = rewrite(parts[pi])
            lines[li] = d.field.join(parts)
            return f"{name}-{field_no}", "\r".join(lines)
    return None


def _parse_problem(exc: Exception, message: Message) -> Problem:
    from hl7apy.exceptions import MaxLengthReached

    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, MaxLengthReached):
        return Problem("warning", "max_length", None, None, detail)
    name = type(exc).__name__
    kind = "invalid_value" if isinstance(exc, ValueError) else re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return Problem("error", kind, None, None, detail)


def validate_message(message: Message, *, max_rounds: int = 20) -> ValidationResult:
    """Parse with hl7apy at STRICT level and run its validator; collect every problem it reports.

    A STRICT parse stops at its first problem. A value too long is a warning: it is cut to the maximum in
    hl7apy's copy and the parse is tried again (at most `max_rounds` times), so that the problems after it
    are found too. Any other parse problem is an error and the message is parsed again TOLERANT so that
    the validator still reports the structure's problems."""
    from hl7apy.consts import VALIDATION_LEVEL
    from hl7apy.exceptions import MaxLengthReached
    from hl7apy.parser import parse_message

    version = message.msh.get(12) or ""
    er7 = to_er7(message)
    problems: list[Problem] = []
    parsed = None
    for _ in range(max_rounds):
        try:
            parsed = parse_message(er7, validation_level=VALIDATION_LEVEL.STRICT, find_groups=True)
            break
        except MaxLengthReached as exc:  # cut the value to the maximum in its field, go on
            value = str(exc.value)
            cut = value[: max(int(exc.limit), 0)]
            found = _rewrite_field(er7, message, value, lambda field, v=value, c=cut: field.replace(v, c, 1))
            problems.append(
                dataclasses.replace(_parse_problem(exc, message), where=found[0] if found else None)
            )
            if found is None:
                break
            er7 = found[1]
        except ValueError as exc:  # "<value> is not an HL7 valid date value": blank its field, go on
            bad = _INVALID_VALUE.match(str(exc))
            types = _TYPES_OF.get(bad.group(2).strip().lower()) if bad else None
            found = _rewrite_field(er7, message, bad.group(1), lambda _f: "", types, version) if bad else None
            problems.append(
                dataclasses.replace(_parse_problem(exc, message), where=found[0] if found else None)
            )
            if found is None:
                break
            er7 = found[1]
        except Exception as exc:  # HL7apyException, and plain errors hl7apy raises on malformed input
            problems.append(_parse_problem(exc, message))
            break
    if parsed is None:
        try:
            parsed = parse_message(er7, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=True)
        except Exception:
            problems.sort(key=lambda p: p.severity != "error")
            return ValidationResult(not any(p.severity == "error" for p in problems), version, problems)
    fd, path = tempfile.mkstemp(prefix="triage-hl7apy-", suffix=".txt")
    os.close(fd)
    try:
        try:
            parsed.validate(report_file=path)
        except Exception as exc:
            with open(path, encoding="utf-8", errors="replace") as fh:
                lines = list(dict.fromkeys(line.strip() for line in fh if line.strip()))
            found = [_report_problem(line) for line in lines]
            problems += found or [_parse_problem(exc, message)]
        else:
            with open(path, encoding="utf-8", errors="replace") as fh:
                problems += [_report_problem(line.strip()) for line in fh if line.strip()]
    finally:
        os.unlink(path)
    problems.sort(key=lambda p: p.severity != "error")
    return ValidationResult(not any(p.severity == "error" for p in problems), version, problems)
