"""Row readers for JSONL and CSV files, shared by training (strict) and batch labeling (lenient).

Each row comes back with its line number so that a bad row can be reported precisely, never dropped silently.

What exports and Excel produce is read as is (``ReadOptions``): UTF-8 with or without a byte-order mark,
UTF-16 with a BOM ("Unicode text") or without one (told by its NUL bytes), any other codec by name
(``--encoding cp1252`` / ``latin-1``); the CSV delimiter (``,`` ``;`` tab ``|``) is sniffed from the header
line with ``csv.Sniffer`` unless given; label values are mapped by two sets of words (``LabelMap``,
``--positive-values`` / ``--negative-values``).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from triage.digest import file_sha256  # noqa: F401 (re-exported: callers name it here)
from triage.errors import InputFileError
from triage.offline.compressed import GZIP_ERRORS, damaged, inner_suffix, open_input, refuse_packed

TableFormat = Literal["jsonl", "csv"]
_EXTRA = "\x00extra"  # DictReader key for fields beyond the header
DELIMITERS = ",;\t|"
DEFAULT_POSITIVE = ("1", "true", "yes", "positive", "pos")
DEFAULT_NEGATIVE = ("0", "false", "no", "negative", "neg")
# the longest CSV cell read (Python's csv stops at 131,072): the daemon's largest message by default
# (Settings.max_message_bytes), so every report the daemon takes can be labeled; a longer one is a bad row
CSV_FIELD_LIMIT = 1_000_000


def split_values(text: str | None) -> tuple[str, ...] | None:
    """``Y,yes,1`` → ("y", "yes", "1") (compared without case and surrounding blanks); None stays None."""
    if text is None:
        return None
    values = tuple(v.strip().lower() for v in text.split(",") if v.strip())
    if not values:
        raise InputFileError(f"no label values in {text!r} (write them comma-separated, e.g. Y,yes,1)")
    return values


@dataclass(frozen=True)
class LabelMap:
    """Which label values are 1 and which are 0; anything else is a bad row (never silently a negative)."""

    positive: tuple[str, ...] = DEFAULT_POSITIVE
    negative: tuple[str, ...] = DEFAULT_NEGATIVE

    def __post_init__(self) -> None:
        both = sorted(set(self.positive) & set(self.negative))
        if both:
            raise InputFileError(f"label value(s) {', '.join(both)} are both positive and negative")

    @classmethod
    def of(cls, positive: str | None = None, negative: str | None = None) -> LabelMap:
        return cls(split_values(positive) or DEFAULT_POSITIVE, split_values(negative) or DEFAULT_NEGATIVE)

    def __call__(self, value: Any) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int | float) and value in (0, 1):
            value = str(int(value))
        if isinstance(value, str):
            word = value.strip().lower()
            if word in self.positive:
                return 1
            if word in self.negative:
                return 0
        raise ValueError(
            f"label {shown_label(value)} is neither positive ({', '.join(self.positive)}) nor negative "
            f"({', '.join(self.negative)}); map it with --positive-values / --negative-values"
        )


@dataclass(frozen=True)
class ReadOptions:
    """How to read a table: `encoding` "auto" (UTF-8, BOM or not; UTF-16, BOM or not) or a codec name;
    `delimiter` None = sniffed from the CSV header line (``.tsv``: tab when the sniffer cannot tell)."""

    encoding: str = "auto"
    delimiter: str | None = None
    labels: LabelMap = field(default_factory=LabelMap)
    # files whose byte-order mark overrode `encoding`, already noted on stderr (resolve_encoding)
    noted: set[str] = field(default_factory=set, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.encoding != "auto":
            try:
                info = codecs.lookup(self.encoding)
            except LookupError:
                raise InputFileError(
                    f"unknown encoding {self.encoding!r} (e.g. utf-8, cp1252, latin-1, utf-16)"
                ) from None
            if not getattr(info, "_is_text_encoding", True):  # base64, rot13, zlib...: bytes-to-bytes codecs
                raise InputFileError(
                    f"{self.encoding!r} is not a text encoding (e.g. utf-8, cp1252, latin-1, utf-16)"
                )
        if self.delimiter is not None:
            if self.delimiter in ("\\t", "tab", "TAB"):
                object.__setattr__(self, "delimiter", "\t")
            elif len(self.delimiter) != 1:
                raise InputFileError(f"a delimiter is one character, got {self.delimiter!r}")


DEFAULT_READ = ReadOptions()


LIST_LIMIT = 10  # bad rows listed one by one; beyond that, one summary line per reason
_POSITIVE_WORDS = {
    "y",
    "yes",
    "true",
    "t",
    "1",
    "pos",
    "positive",
    "+",
    "ich",
    "present",
    "ja",
    "j",
    "si",
    "oui",
}
_NEGATIVE_WORDS = {"n", "no", "false", "f", "0", "neg", "negative", "-", "none", "absent", "nein", "non"}


class BadRows:
    """Bad rows of one file, for a report a person can read: every row is kept (``rows``: ``file:line: why``),
    but ``lines()`` lists only the first LIST_LIMIT and then one line per reason with its count; for label
    values in neither list, the distinct values found and the flags that map them (label values are not PHI;
    report text never appears here)."""

    def __init__(self, path: Path, limit: int = LIST_LIMIT) -> None:
        self.path = path
        self.limit = limit
        self.rows: list[str] = []
        self.reasons: Counter[str] = Counter()
        self.label_values: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self.rows)

    def add(
        self,
        line: int | str,
        problems: Sequence[str],
        *,
        keys: Sequence[str] | None = None,
        label_value: Any = None,
    ) -> None:
        """One bad row: its message ``path:line: p1; p2``; the reasons it is counted under (`keys`, default
        the problems themselves); a `label_value` that maps to neither class, counted among the values."""
        self.rows.append(f"{self.path}:{line}: {'; '.join(problems)}")
        for reason in dict.fromkeys(problems if keys is None else keys):
            self.reasons[reason] += 1
        if label_value is not None:
            self.label_values[str(label_value)] += 1

    def lines(self) -> list[str]:
        """What to print above the error line: all rows when few, else the first `limit` and a summary."""
        if len(self.rows) <= self.limit:
            return list(self.rows)
        out = self.rows[: self.limit]
        out.append(f"... {len(self.rows) - self.limit} more bad row(s) not listed; by reason:")
        for reason, count in self.reasons.most_common():
            out.append(f"{self.path}: {count} row(s): {reason}")
        if self.label_values:
            out.append(f"{self.path}: {label_hint(self.label_values)}")
        return out


_CODE = re.compile(r"[A-Za-z0-9?+._/-]{1,2}")
_UNDECIDED_WORDS = frozenset(
    {"maybe", "unknown", "uncertain", "equivocal", "indeterminate", "possible", "probable", "pending"}
    | {"unclear", "missing", "null", "nan", "blank", "empty", "tbd", "review", "excluded", "exclude"}
)


def shown_label(value: Any) -> str:
    """A label value as error messages show it: quoted when it is a common label word or a code of at most
    two characters (``'Y'``, ``'P'``, ``'2'``; three letters can be initials); otherwise only its length. A
    column-shifted export can put a name or a birth date in the label column; errors must not print PHI."""
    text = str(value).strip()
    word = text.lower()
    if (
        word in _POSITIVE_WORDS
        or word in _NEGATIVE_WORDS
        or word in _UNDECIDED_WORDS
        or _CODE.fullmatch(text)
    ):
        return repr(text)
    return f"<value not shown: {len(text)} characters>"


def label_hint(values: Counter[str], shown: int = 10) -> str:
    """``label values found: 'N' (412), 'Y' (188); pass --positive-values Y --negative-values N``
    (values shown as ``shown_label`` shows them)."""
    found = ", ".join(f"{shown_label(v)} ({n})" for v, n in values.most_common(shown))
    if len(values) > shown:
        found += f", ... ({len(values) - shown} more)"
    positive = [v for v in values if v.strip().lower() in _POSITIVE_WORDS]
    negative = [v for v in values if v.strip().lower() in _NEGATIVE_WORDS]
    flags = []
    if positive:
        flags.append(f"--positive-values {','.join(positive)}")
    if negative:
        flags.append(f"--negative-values {','.join(negative)}")
    advice = f"pass {' '.join(flags)}" if flags else "map them with --positive-values / --negative-values"
    if flags and len(positive) + len(negative) < len(values):
        advice += " (and map the others)"
    return f"label values found: {found}; {advice}"


class BadRowsError(InputFileError):
    """Rows a strict reader cannot use: `rows` holds one ``file:line: why`` per row, every one of them;
    `details` what the CLI prints above its one error line (all of them when few, else the first ten and one
    line per reason: `BadRows.lines`)."""

    def __init__(self, path: Path, details: Sequence[str] | BadRows, what: str = "bad row(s)") -> None:
        if isinstance(details, BadRows):
            self.rows = list(details.rows)
            self.details = details.lines()
        else:
            self.rows = list(details)
            self.details = list(details)
        listed = "listed above" if len(self.details) >= len(self.rows) else "summarized above"
        super().__init__(f"{path}: {len(self.rows)} {what} ({listed}); fix or remove them and run again")


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
    refuse_packed(path)  # an .xz, a .zip: said as what it is, not as an unknown extension
    suffix = inner_suffix(path)  # reports.csv.gz: a gzip'd CSV (triage.offline.compressed)
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if not suffix and path.is_file():  # `-` redirected or piped (readable_again's copy): its first character
        return "jsonl" if _first_character(path) == "{" else "csv"
    raise InputFileError(f"cannot tell the format of {path} from its extension; pass --format jsonl|csv")


def _first_character(path: Path) -> str:
    """The first character of `path` that is not blank or a byte-order mark ("" for an empty file)."""
    try:
        with open_input(path) as handle:
            head = handle.read(4096)
    except (OSError, *GZIP_ERRORS):
        return ""
    return head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:1].decode("latin-1")


_BOM_CODECS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def file_bom(path: Path) -> str | None:
    """The codec a byte-order mark at the start of `path` names ("utf-8-sig" / "utf-16"), or None."""
    try:
        with open_input(path) as handle:
            head = handle.read(4)
    except GZIP_ERRORS as exc:  # before OSError: gzip.BadGzipFile is one
        raise damaged(path, exc) from None
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror}") from exc
    return next((codec for bom, codec in _BOM_CODECS if head.startswith(bom)), None)


def unmarked_utf16(path: Path) -> str | None:
    """UTF-16 without a byte-order mark (SQL Server's ``bcp -w`` writes it), told by the NUL bytes of its
    first characters, as the daemon tells an unmarked UTF-16 HL7 record: every odd byte NUL and no even one
    is ``utf-16-le``, the reverse ``utf-16-be``; else None (read as UTF-8, whose text never holds a NUL)."""
    try:
        with open_input(path) as handle:
            head = handle.read(64)
    except (OSError, InputFileError, *GZIP_ERRORS):
        return None
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if not odd.strip(b"\0") and b"\0" not in even:
        return "utf-16-le"
    if not even.strip(b"\0") and b"\0" not in odd:
        return "utf-16-be"
    return None


def resolve_encoding(path: Path, encoding: str = "auto", noted: set[str] | None = None) -> str:
    """The codec to open `path` with. A byte-order mark wins over everything: it is written by the program
    that encoded the file, while ``--encoding`` is the user's guess (Excel's "CSV UTF-8" starts with one;
    read as cp1252 it would become ``ï»¿`` in the first column name and mojibake in every accent). So a BOM
    → its codec (one ``triage: note:`` on stderr when that overrides a different named codec); no BOM →
    "auto" is utf-8-sig (UTF-8), a named codec is used as given. `noted`: files already told about (the
    note is printed once per file and command, though a file is opened several times)."""
    bom = file_bom(path)
    if encoding == "auto":
        return bom or unmarked_utf16(path) or "utf-8-sig"
    given = codecs.lookup(encoding).name
    if bom is None:
        return "utf-8-sig" if given == "utf-8" else encoding
    family = "utf-8" if bom == "utf-8-sig" else "utf-16"
    overridden = not (given == family or given.startswith(family + "-"))
    if overridden and (noted is None or str(path) not in noted):
        if noted is not None:
            noted.add(str(path))
        name = family.upper()
        print(
            f"triage: note: {path} starts with a {name} byte-order mark: read as {name}, "
            f"not {encoding} (a byte-order mark wins over --encoding)",
            file=sys.stderr,
            flush=True,
        )
    return bom


def _open(path: Path, options: ReadOptions) -> Any:
    encoding = resolve_encoding(path, options.encoding, options.noted)
    try:  # a gzip file is read as the file it holds (triage.offline.compressed)
        return io.TextIOWrapper(open_input(path), encoding=encoding, newline="")
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror}") from exc


def _decode_error(path: Path, options: ReadOptions, exc: UnicodeDecodeError) -> InputFileError:
    if options.encoding == "auto":
        return InputFileError(
            f"{path} is not UTF-8 ({exc.reason}); pass its encoding, e.g. --encoding cp1252 "
            f"(Excel on Windows) or --encoding latin-1"
        )
    return InputFileError(f"{path} does not decode as {options.encoding} ({exc.reason})")


# Excel's delimiter line: a first line ``sep=;`` names the delimiter (Excel reads it and so do exports made
# for it, e.g. for a locale whose list separator is not the comma); it is no header and no row
_SEP_LINE = re.compile(r"sep=(.)", re.IGNORECASE)


def _after_sep_line(handle: Any) -> tuple[Iterator[str], str | None]:
    """(the lines of `handle` after an Excel ``sep=X`` line, X), or (all its lines, None) without one."""
    first = handle.readline()
    match = _SEP_LINE.fullmatch(first.rstrip("\r\n"))
    if match is not None:
        return handle, match.group(1)
    return itertools.chain([first] if first else [], handle), None


def sniff_delimiter(path: Path, options: ReadOptions = DEFAULT_READ) -> str:
    """The CSV delimiter: `options.delimiter`, else the one an Excel ``sep=`` first line names, else
    csv.Sniffer on the header line (report text further down is full of commas; the header is not), else tab
    for ``.tsv`` and comma otherwise."""
    if options.delimiter is not None:
        return options.delimiter
    with _open(path, options) as handle:
        try:
            lines, named = _after_sep_line(handle)
            if named is not None:
                return named
            header = next(lines, "")
        except UnicodeDecodeError as exc:
            raise _decode_error(path, options, exc) from None
        except GZIP_ERRORS as exc:
            raise damaged(path, exc) from None
    fallback = "\t" if inner_suffix(path) == ".tsv" else ","
    if not header.strip():
        return fallback
    try:
        return csv.Sniffer().sniff(header, delimiters=DELIMITERS).delimiter
    except csv.Error:  # one column, or no candidate delimiter: count them
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else fallback


def iter_rows(path: Path, fmt: TableFormat, options: ReadOptions = DEFAULT_READ) -> Iterator[Row]:
    """Yield every row of a JSONL or CSV file; blank JSONL lines are skipped (they hold no row)."""
    delimiter = sniff_delimiter(path, options) if fmt == "csv" else ","
    with _open(path, options) as handle:
        try:
            if fmt == "jsonl":
                yield from _jsonl_rows(handle)
            else:
                yield from _csv_rows(handle, path, delimiter)
        except UnicodeDecodeError as exc:
            raise _decode_error(path, options, exc) from None
        except GZIP_ERRORS as exc:
            raise damaged(path, exc) from None


def _jsonl_rows(handle: Any) -> Iterator[Row]:
    first = handle.readline()
    if first.lstrip("\ufeff \t\r\n").startswith("["):  # a JSON array of objects, as most tools write .json
        yield from _json_array_rows(first + handle.read())
        return
    for number, line in enumerate(itertools.chain([first], handle), start=1):
        # a byte-order mark inside the file: JSONL files each written with one (Windows tools), concatenated
        line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            # some of json's messages end in "at" ("Invalid control character at"): the column follows once
            yield Row(number, None, f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})")
            continue
        except RecursionError:
            yield Row(number, None, "JSON nested too deeply")
            continue
        if not isinstance(data, dict):
            yield Row(number, None, f"expected a JSON object, got {type(data).__name__}")
            continue
        yield Row(number, data)


def _json_array_rows(text: str) -> Iterator[Row]:
    """The objects of one JSON array (``[{...}, {...}]`` on one line or pretty-printed: pandas
    ``to_json(orient="records")``, ``jq -s``, most APIs), each a row numbered by the line its object starts
    on. The array is read element by element: a bad element is a bad row; a broken array ends the file."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    line, counted = 1, 0  # the line of `pos`, counted up to `counted`

    def line_at(at: int) -> int:
        nonlocal line, counted
        line, counted = line + text.count("\n", counted, at), at
        return line

    while True:
        pos = _skip_blanks(text, pos)
        if pos < len(text) and text[pos] == "]":
            after = _skip_blanks(text, pos + 1)
            if after < len(text):
                yield Row(line_at(after), None, "text after the end of the JSON array")
            return
        start = line_at(pos)
        try:
            data, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            why = f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"
            yield Row(exc.lineno, None, f"{why}; the rest of the array is not read")
            return
        except RecursionError:
            yield Row(start, None, "JSON nested too deeply; the rest of the array is not read")
            return
        if isinstance(data, dict):
            yield Row(start, data)
        else:
            yield Row(start, None, f"expected a JSON object, got {type(data).__name__}")
        pos = _skip_blanks(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos += 1
        elif pos >= len(text) or text[pos] != "]":
            yield Row(
                line_at(min(pos, len(text))), None, "the JSON array is not closed; the rest is not read"
            )
            return


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


class _Taken:
    """The lines a csv reader takes from `handle`, kept until `take()`: the raw text of the last record."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self._lines: list[str] = []

    def __iter__(self) -> _Taken:
        return self

    def __next__(self) -> str:
        line = next(self._handle)
        self._lines.append(line)
        return line

    def take(self) -> str:
        text, self._lines = "".join(self._lines), []
        return text


def _never_closed(raw: str, delimiter: str) -> bool:
    """Whether the record `raw` ends inside a quoted field: the lenient reader (strict=False) then reads to
    the end of the file and returns the rest of the file as that field, the rows after it merged into one
    report (a file cut in the middle of a quoted multi-line report). Only a record with an odd number of
    quote characters can; the strict reader tells it from a literal quote (``5" lesion``)."""
    if raw.count('"') % 2 == 0:
        return False
    try:
        for _ in csv.reader(io.StringIO(raw), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _csv_rows(handle: Any, path: Path, delimiter: str) -> Iterator[Row]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rest, named = _after_sep_line(handle)
    skipped = 0 if named is None else 1  # line numbers are the file's: the sep= line counts
    lines = _Taken(rest)
    reader = csv.DictReader(lines, delimiter=delimiter, restkey=_EXTRA)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise InputFileError(f"{path}:{1 + skipped}: {exc}") from None
    if fieldnames is None:
        return
    if len(set(fieldnames)) != len(fieldnames):
        raise InputFileError(f"{path}: the CSV header repeats a column name")
    lines.take()
    end = reader.line_num + skipped  # a record may span lines (quoted line breaks): the line it starts on
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line, end = end + 1, reader.line_num + skipped
            lines.take()
            if "field limit" not in str(exc):
                raise InputFileError(f"{path}:{line}: {exc}") from None
            # the reader starts afresh on the next line: the rest of the file is still read
            yield Row(line, None, f"a field is longer than {CSV_FIELD_LIMIT:,} characters")
            continue
        line, end = end + 1, reader.line_num + skipped
        if _never_closed(lines.take(), delimiter):
            yield Row(
                line,
                None,
                f"a quoted field opened here is never closed: it runs to the end of the file "
                f"(lines {line}-{end}, the rows in them taken as one field)",
            )
            continue
        if _EXTRA in record:
            found = len(fieldnames) + len(record[_EXTRA])
            yield Row(line, None, f"{found} fields, header has {len(fieldnames)}")
            continue
        if any(v is None for v in record.values()):
            yield Row(line, None, f"fewer fields than the header's {len(fieldnames)}")
            continue
        yield Row(line, record)  # cells as they are: a leading quote is the file's (triage.spreadsheet)


def csv_header(path: Path, fmt: TableFormat, options: ReadOptions = DEFAULT_READ) -> list[str] | None:
    """The CSV header (column order for the output), or None for JSONL."""
    if fmt != "csv":
        return None
    delimiter = sniff_delimiter(path, options)
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with _open(path, options) as handle:
        try:
            lines, named = _after_sep_line(handle)
            return next(csv.reader(lines, delimiter=delimiter), [])
        except UnicodeDecodeError as exc:
            raise _decode_error(path, options, exc) from None
        except GZIP_ERRORS as exc:
            raise damaged(path, exc) from None
        except csv.Error as exc:
            raise InputFileError(f"{path}:{1 if named is None else 2}: {exc}") from None


# what a column name never holds but a patient's row does: a run of 3+ digits (MRN, birth date, accession,
# phone), an HL7 component separator (``DOE^JOHN``), an e-mail's @, a sentence (6+ words, or words ending in
# a full stop); longer than 64 characters (a report)
_NOT_A_NAME = re.compile(r"[0-9]{3}|\^|@|(?:\S+\s+){5}\S|\s\S*\.\s*$")


def looks_like_column_names(columns: Sequence[str]) -> bool:
    """Whether a first line reads as column names. A header-less export (many RIS and database exports
    have none) puts its first patient's row there: MRN, name, birth date, report text. Errors show the
    columns only when they pass, never a row (PHI)."""
    return all(len(c) <= 64 and not _NOT_A_NAME.search(c) for c in columns)


def shown_columns(columns: Sequence[str]) -> str:
    """The columns as an error shows them: names when they read as names (`looks_like_column_names`),
    else only how many values the first line holds."""
    if not columns:
        return "its columns are: (none)"
    if looks_like_column_names(columns):
        return f"its columns are: {', '.join(repr(c) for c in columns)}"
    return (
        f"its first line does not read as column names ({len(columns)} values, not shown: a file without a "
        f"header line has a patient's data there); the first line must name the columns"
    )


def check_columns(path: Path, columns: Iterable[str], required: dict[str, str]) -> None:
    """One error naming every missing column (`required`: column → the flag that names it) and the
    columns the file has (`shown_columns`: never a header-less file's first row)."""
    have = list(columns)
    missing = [f"{name!r} ({flag})" for name, flag in required.items() if name not in have]
    if missing and not any(have):
        refuse_empty(path)
    if missing:
        raise InputFileError(f"{path} has no column {' and no column '.join(missing)}; {shown_columns(have)}")


def refuse_empty(path: Path) -> None:
    """A file with nothing in it (0 bytes, blank lines, a byte-order mark; gzip'd too) is that one error, not
    "no column 'text' ... its columns are: (none)" nor "holds no reports"."""
    if path.is_file() and not _first_character(path):
        raise InputFileError(f"{path} is empty")


def table_columns(path: Path, fmt: TableFormat, options: ReadOptions = DEFAULT_READ) -> list[str]:
    """The columns of a table: the CSV header, or every field of some JSONL row (in order of appearance)."""
    header = csv_header(path, fmt, options)
    if header is not None:
        return header
    seen: dict[str, None] = {}
    first_bad: Row | None = None
    for row in iter_rows(path, fmt, options):
        if row.data is not None:
            seen.update(dict.fromkeys(row.data))
        elif first_bad is None:
            first_bad = row
    if not seen and first_bad is not None:  # not one readable row: say why the first is not, not "no column"
        raise InputFileError(f"{path}:{first_bad.line}: {first_bad.error} (no readable row in the file)")
    return list(seen)


def pick_column(columns: Sequence[str], given: str | None, trained: str | None, fallback: str) -> str:
    """The one rule for `evaluate` and `label`: the column named by the flag; else the one the model was
    trained from when the file has it; else `fallback` (``text`` / ``label``) when the file has that; else
    the trained one (so that the error names the column the model expects)."""
    if given:
        return given
    if trained and trained in columns:
        return trained
    if fallback in columns:
        return fallback
    return trained or fallback


def output_encoding(path: Path, encoding: str = "auto") -> str:
    """For a CSV written from the table at `path`: ``utf-8-sig`` (a BOM, so Excel reads it as UTF-8) when
    the input had a UTF-8 or UTF-16 BOM or was read in another encoding; plain ``utf-8`` otherwise."""
    if encoding != "auto" and codecs.lookup(encoding).name != "utf-8":
        return "utf-8-sig"
    try:
        return "utf-8-sig" if file_bom(path) or unmarked_utf16(path) else "utf-8"
    except InputFileError:
        return "utf-8"


def count_lines(path: Path) -> int:
    """Cheap upper bound on the number of rows (for the progress bar total)."""
    n = 0
    try:
        with open_input(path) as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                n += block.count(b"\n")
    except GZIP_ERRORS as exc:
        raise damaged(path, exc) from None
    return n


def parse_label(value: Any) -> int:
    """0/1 from ints, bools or the strings 0/1/true/false/yes/no/positive/negative (LabelMap's defaults)."""
    return _DEFAULT_LABELS(value)


_DEFAULT_LABELS = LabelMap()


@dataclass(frozen=True)
class TextRow:
    """One report of a data file: its id (the ``id`` field, else the line number), its full text and, when
    asked for (`iter_texts(labeled=True)`), its 0/1 label."""

    id: str
    text: str
    kind: str | None = None
    label: int | None = None


def iter_texts(
    path: Path, text_field: str = "text", fmt: str = "auto", *, labeled: bool = False
) -> Iterator[TextRow]:
    """Reports of a JSONL/CSV file (the synth corpus format); a row without text stops, naming its line.
    `labeled`: each row needs a label, ``true_label`` (the synthetic ground truth) when the row has one,
    else ``label`` (values as `parse_label` maps them); a row without one stops too."""
    for row in iter_rows(path, table_format(path, fmt)):
        if row.data is None:
            raise InputFileError(f"{path}:{row.line}: {row.error}")
        text = row.data.get(text_field)
        if not isinstance(text, str):
            raise InputFileError(f"{path}:{row.line}: no text in field {text_field!r}")
        label = None
        if labeled:
            value = row.data.get("true_label")
            value = row.data.get("label") if value in (None, "") else value
            if value in (None, ""):
                raise InputFileError(f"{path}:{row.line}: no label (field 'true_label' or 'label')")
            try:
                label = parse_label(value)
            except ValueError as exc:
                raise InputFileError(f"{path}:{row.line}: {exc}") from None
        kind = row.data.get("kind")
        yield TextRow(
            str(row.data.get("id", row.line)), text, None if kind in (None, "") else str(kind), label
        )


def check_out_dir(out: Path, force: bool, *, artifact: bool = True) -> None:
    """An output directory is never silently written into: an existing non-empty one needs `force`.
    `artifact` (a model artifact, `train`): its manifest is removed first, so a run that fails midway leaves
    an artifact that refuses to load; else (`evaluate`'s results) nothing is removed here."""
    if out.exists() and not out.is_dir():
        raise InputFileError(f"--out {out} is a file, not a directory")
    if out.is_dir() and any(out.iterdir()):
        manifest = out / "manifest.json"
        what = "a model artifact" if manifest.exists() else "files"
        if not force:
            one_per = " (one per model version)" if artifact else ""
            raise InputFileError(
                f"--out {out} already holds {what}; choose a new directory{one_per}, "
                f"or pass --force to replace {'it' if artifact else 'the files of the same names'}"
            )
        if artifact:
            manifest.unlink(missing_ok=True)


def check_out_file(out: Path, force: bool) -> None:
    """An output FILE is never silently replaced: an existing one needs `force`."""
    if out.is_dir():
        raise InputFileError(f"--out {out} is a directory, not a file")
    if out.exists() and not force:
        raise InputFileError(f"--out {out} already exists; choose a new file, or pass --force to replace it")


def trained_columns(artifact: Path) -> tuple[str | None, str | None]:
    """(text, label) columns the model in `artifact` was trained from, read from its manifest.json alone
    (cheap: before the model is loaded); (None, None) when the manifest cannot be read (loading says why)."""
    try:
        manifest = json.loads((artifact / "manifest.json").read_text(encoding="utf-8"))
        params = manifest.get("hyperparameters") or {}
    except (OSError, ValueError, AttributeError):
        return None, None
    text, label = params.get("text_field"), params.get("label_field")
    return (text if isinstance(text, str) else None), (label if isinstance(label, str) else None)


def pick_columns(
    path: Path,
    options: ReadOptions,
    artifact: Path,
    text_field: str | None,
    label_field: str | None = None,
    *,
    with_label: bool = True,
    fmt: str = "auto",
) -> tuple[str, str]:
    """The documented rule for `evaluate` and `label`: --text-field / --label-field when given; else the
    model's training column when the file has it; else `text` / `label`. Checked against the file's header
    (JSONL: its fields) up front, before the model is loaded: one error naming what is missing."""
    columns = table_columns(path, table_format(path, fmt), options)
    trained_text, trained_label = trained_columns(artifact)
    text = pick_column(columns, text_field, trained_text, "text")
    label = pick_column(columns, label_field, trained_label, "label")
    required = {text: "--text-field"}
    if with_label:
        required[label] = "--label-field"
    check_columns(path, columns, required)
    return text, label


STDIN = Path("/dev/stdin")


def existing_input(path: Path, option: str = "") -> Path:
    """The input a command reads for `path` (`option`: the flag that named it): ``-`` is standard input
    (/dev/stdin: a pipe or a redirected file; a terminal is refused, the command would wait for typing that
    never comes); a path that does not exist is one error line. Every offline command's input goes through
    here, so "no such file" reads the same everywhere."""
    named = f"{option} {path}" if option else str(path)
    if str(path) == "-":
        if os.isatty(0):
            raise InputFileError(f"{named}: standard input is a terminal; pipe or redirect a file into it")
        path = STDIN
    if not path.exists():
        raise InputFileError(f"{named}: no such file")
    return path


def require_file(path: Path, option: str = "") -> Path:
    """`path` is a regular file (``-``: standard input redirected from one), else one error line that says
    what it is instead (`option`: the flag that named it, ``--data``): a directory or a pipe was "no such
    file" or "is not a file", which sent users looking for a typo. Tables are read more than once (header,
    columns, rows), so a pipe is refused here (`readable_again` copies one where a command accepts it)."""
    path = existing_input(path, option)
    if path.is_file():
        return path
    if path.is_dir():
        why = "is a directory, not a file"
    elif path.is_fifo():
        why = "is a pipe, and this command reads its input more than once: save it to a file first"
    else:
        why = "not a regular file"
    raise InputFileError(f"{option + ' ' if option else ''}{path}: {why}")


def require_input(path: Path) -> Path:
    """`path` can be read as an input: a regular file, a directory or a pipe (``-`` or /dev/stdin fed by a
    pipe, a FIFO, `<(cmd)`); anything else is one error line, before a model is loaded."""
    path = existing_input(path)
    if not (path.is_file() or path.is_dir() or path.is_fifo()):
        raise InputFileError(f"{path}: not a regular file, a pipe or a directory")
    return path


@contextmanager
def readable_again(path: Path) -> Iterator[Path]:
    """`path`, or for a pipe its bytes copied once into a temporary file of the same name (removed after):
    a table is read more than once (header, delimiter, columns, rows) and a pipe gives its bytes only once.
    A FIFO with no writer waits in open(): the command's stop handler (commands.interrupts) ends it."""
    if not path.is_fifo():
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="triage-input-") as folder:
        copy = Path(folder) / path.name
        try:
            with path.open("rb") as source, copy.open("wb") as target:
                shutil.copyfileobj(source, target, 1 << 20)
        except OSError as exc:
            raise InputFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
        yield copy
