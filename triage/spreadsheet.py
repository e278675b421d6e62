"""CSV cells a spreadsheet would run as formulas, written as text (OWASP "CSV injection").

A report, an accession or a column name from an upstream system can start with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return: Excel and LibreOffice run such a cell (``=HYPERLINK(...)``, ``-2+3``,
``+1-555-0100`` becomes -654). Every CSV this project writes prefixes such a cell with a single quote
(``'=HYPERLINK(...)``), which spreadsheets show as text. Numbers are never touched (``-0.5``, ``+3``,
``-1,5``: a score or a measurement stays a number for every tool that reads it), nor a lone ``+`` / ``-``
(a label value; no formula), nor a cell that already starts with a quote (a spreadsheet runs none).

The quote is never removed on reading: an input cell is read exactly as it is (a hospital export's
``'-- see above`` is its text, not a quote triage wrote), so what the project reads back from its own CSV
holds the quote. Where that is read, it changes nothing: the tokenizer drops apostrophes, so a report scores
the same, and a cell that starts with a quote is not quoted again (labeling a label output twice adds none).
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
    sign. No recursion nor scan over leading quotes: a cell of any length is one test."""
    return text.startswith(FORMULA_START) and text not in ("+", "-") and not _NUMBER.fullmatch(text)


def escape(value: Any) -> Any:
    """`value` as a CSV cell: a string that `runs_as_formula` with a single quote before it; else as is."""
    return "'" + value if isinstance(value, str) and runs_as_formula(value) else value


def safe_dict_writer(
    handle: Any, columns: Sequence[str], **options: Any
) -> Callable[[Mapping[str, Any]], None]:
    """A csv.DictWriter over `handle` (`options`: its delimiter, extrasaction...) that has written the
    header; returns the function that writes one row. Header and cells go through `escape`."""
    writer = csv.DictWriter(handle, fieldnames=list(columns), **options)
    writer.writerow({c: escape(c) for c in columns})  # the header, as writeheader() but escaped
    return lambda row: writer.writerow({k: escape(v) for k, v in row.items()})
