"""Input files as archives keep them: a gzip file (``reports.csv.gz``, ``feed.hl7.gz``) is read as the file it
holds; another compressed or archive format is named in one error instead of being read as text (its bytes
would be "not UTF-8", or with ``--encoding latin-1`` a header of binary garbage).

Told by the file's first bytes, not its name: a ``.csv`` that is really gzip is read too. A pipe is read as
it comes (its first bytes cannot be looked at twice; the commands copy a pipe to a file first where they
need to, ``tables.readable_again``).
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO, TextIO

from triage.errors import InputFileError
from triage.hl7.parse import PACKED_MAGIC

GZIP_MAGIC = PACKED_MAGIC["gzip"]
# formats read by no command: what they are and what to do instead
_OTHERS = (
    (
        PACKED_MAGIC["zip"],
        "a zip archive (an Excel .xlsx workbook is one): extract it, or save the sheet as CSV",
    ),
    (b"\xd0\xcf\x11\xe0", "an OLE2 file (an Excel .xls workbook?): save the sheet as CSV"),
    (PACKED_MAGIC["bzip2"], "bzip2-compressed: bunzip2 it first"),
    (PACKED_MAGIC["xz"], "xz-compressed: unxz it first"),
    (PACKED_MAGIC["zstd"], "zstd-compressed: unzstd it first"),
    (PACKED_MAGIC["lz4"], "lz4-compressed: unlz4 it first"),
)
# gzip's errors on damaged data: a bad header, a cut stream, a bad CRC
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def _refuse_other(path: Path, head: bytes) -> None:
    for magic, what in _OTHERS:
        if head.startswith(magic):
            raise InputFileError(f"{path} is {what}")


def refuse_packed(path: Path) -> None:
    """A regular file whose first bytes say a format no command reads is that one error, before its name
    is looked at (``s.csv.xz``, ``x.zip``: "cannot tell the format from its extension" sent users to
    --format)."""
    if not path.is_file():
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return  # opening it for real says why
    _refuse_other(path, head)


def damaged(path: Path, exc: BaseException) -> InputFileError:
    """The one error for a gzip file that does not decompress (never its content)."""
    why = "it ends before its last block" if isinstance(exc, EOFError) else type(exc).__name__
    return InputFileError(f"{path} is gzip-compressed but damaged ({why}): copy or compress it again")


def open_input(path: Path) -> BinaryIO:
    """`path` opened for reading bytes: gzip decompressed as it is read, other archives refused."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if path.is_fifo():
        return handle
    head = handle.peek(8)[:8]
    try:
        _refuse_other(path, head)
    except InputFileError:
        handle.close()
        raise
    if not head.startswith(GZIP_MAGIC):
        return handle
    handle.close()
    return gzip.open(path, "rb")  # type: ignore[return-value]


def decompressed(path: Path, raw: bytes) -> bytes:
    """A whole file's bytes as read (`raw`), decompressed when gzip; other archives refused."""
    _refuse_other(path, raw[:8])
    if not raw.startswith(GZIP_MAGIC):
        return raw
    try:
        return gzip.decompress(raw)
    except GZIP_ERRORS as exc:
        raise damaged(path, exc) from None


def open_output(path: Path, named: Path | None = None, encoding: str = "utf-8") -> TextIO:
    """`path` opened to write text (newlines as written: the csv module's own), gzip-compressed when the
    output's name `named` (`path` itself when None; `path` may be its ``.partial``) ends in ``.gz``: an
    output is written as its name says, as inputs are read."""
    if (named or path).suffix.lower() == ".gz":
        return gzip.open(path, "wt", encoding=encoding, newline="")
    return path.open("w", encoding=encoding, newline="")


def inner_suffix(path: Path) -> str:
    """The extension that names the format: ``.csv`` for ``reports.csv.gz``, ``.csv`` for ``reports.csv``."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return Path(path.stem).suffix.lower()
    return suffix
