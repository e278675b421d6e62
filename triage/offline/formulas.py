"""CSV cells a spreadsheet would run as formulas, written as text (OWASP "CSV injection").

A report, an accession or a column name from an upstream system can start with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return: Excel and LibreOffice run such a cell (``=HYPERLINK(...)``, ``-2+3``,
``+1-555-0100`` becomes -654). Every CSV this project writes prefixes such a cell with a single quote
(``'=HYPERLINK(...)``), which spreadsheets show as text. Numbers are never touched (``-0.5``, ``+3``,
``-1,5``: a score or a measurement stays a number for every tool that reads it), nor a lone ``+`` / ``-``
(a label value; no formula). The project's own CSV reader (triage.offline.tables) removes exactly the quote
added here, so a file written and read back by triage is unchanged, a cell that already began with a quote
included (``escape`` adds one quote where ``unescape`` would remove one: the two are inverse).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# a plain number, as a spreadsheet reads one: sign, digits, one decimal point or comma, exponent, percent
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?%?")


def runs_as_formula(text: str) -> bool:
    """Whether `text` as a CSV cell needs the quote: it starts like a formula and is not a number or a lone
    sign; or it starts with a quote that the reader would take for this module's (so that one is kept)."""
    if text.startswith("'"):
        return runs_as_formula(text[1:])
    return text.startswith(FORMULA_START) and text not in ("+", "-") and not _NUMBER.fullmatch(text)


def escape(value: Any) -> Any:
    """`value` as a CSV cell: a string that `runs_as_formula` with a single quote before it; else as is."""
    return "'" + value if isinstance(value, str) and runs_as_formula(value) else value


def unescape(value: str) -> str:
    """The cell `escape` wrote back to its value (one leading quote removed where `escape` added it)."""
    return value[1:] if value.startswith("'") and runs_as_formula(value[1:]) else value


def unescape_all(values: Sequence[str]) -> list[str]:
    return [unescape(v) for v in values]


def safe_dict_writer(
    handle: Any, columns: Sequence[str], **options: Any
) -> Callable[[Mapping[str, Any]], None]:
    """A csv.DictWriter over `handle` (`options`: its delimiter, extrasaction...) that has written the
    header; returns the function that writes one row. Header and cells go through `escape`."""
    writer = csv.DictWriter(handle, fieldnames=list(columns), **options)
    writer.writerow({c: escape(c) for c in columns})  # the header, as writeheader() but escaped
    return lambda row: writer.writerow({k: escape(v) for k, v in row.items()})
