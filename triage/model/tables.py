"""Row readers for JSONL and CSV files, shared by training (strict) and batch labeling (lenient).

Each row comes back with its line number so that a bad row can be reported precisely, never dropped silently.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from triage.errors import InputFileError

TableFormat = Literal["jsonl", "csv"]
_EXTRA = "\x00extra"  # DictReader key for fields beyond the header


@dataclass(frozen=True, slots=True)
class Row:
    """One input row: `data` is the parsed mapping, or None with `error` saying why it is unusable."""

    line: int
    data: dict[str, Any] | None
    error: str | None = None


def table_format(path: Path, fmt: str = "auto") -> TableFormat:
    """Pick JSONL or CSV from an explicit format or the file extension."""
    if fmt in ("jsonl", "csv"):
        return fmt  # type: ignore[return-value]
    if fmt != "auto":
        raise InputFileError(f"unknown table format {fmt!r} (use jsonl or csv)")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    raise InputFileError(f"cannot tell the format of {path} from its extension; pass --format jsonl|csv")


def iter_rows(path: Path, fmt: TableFormat) -> Iterator[Row]:
    """Yield every row of a JSONL or CSV file; blank JSONL lines are skipped (they hold no row)."""
    try:
        handle = path.open("r", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror}") from exc
    with handle:
        try:
            if fmt == "jsonl":
                yield from _jsonl_rows(handle)
            else:
                yield from _csv_rows(handle, path)
        except UnicodeDecodeError as exc:
            raise InputFileError(f"{path} is not UTF-8 text: {exc.reason}") from exc


def _jsonl_rows(handle: Any) -> Iterator[Row]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(number, None, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield Row(number, None, f"expected a JSON object, got {type(data).__name__}")
            continue
        yield Row(number, data)


def _csv_rows(handle: Any, path: Path) -> Iterator[Row]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(handle, delimiter=delimiter, restkey=_EXTRA)
    if reader.fieldnames is None:
        return
    if len(set(reader.fieldnames)) != len(reader.fieldnames):
        raise InputFileError(f"{path}: the CSV header repeats a column name")
    for record in reader:
        line = reader.line_num
        if _EXTRA in record:
            found = len(reader.fieldnames) + len(record[_EXTRA])
            yield Row(line, None, f"{found} fields, header has {len(reader.fieldnames)}")
            continue
        if any(v is None for v in record.values()):
            yield Row(line, None, f"fewer fields than the header's {len(reader.fieldnames)}")
            continue
        yield Row(line, dict(record))


def csv_header(path: Path, fmt: TableFormat) -> list[str] | None:
    """The CSV header (column order for the output), or None for JSONL."""
    if fmt != "csv":
        return None
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open("r", encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle, delimiter=delimiter), [])


def count_lines(path: Path) -> int:
    """Cheap upper bound on the number of rows (for the progress bar total)."""
    n = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_label(value: Any) -> int:
    """0/1 from ints, bools or the strings 0/1/true/false/yes/no/positive/negative."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    if isinstance(value, float) and value in (0.0, 1.0):
        return int(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("1", "true", "yes", "positive", "pos"):
            return 1
        if word in ("0", "false", "no", "negative", "neg"):
            return 0
    raise ValueError(f"label {value!r} is not 0/1")
