"""Key-image references: the images a radiologist cites inline, e.g. "(series 1001, image 32)".

Source: the second paper (Shin et al., "Interleaved Text/Image Deep Mining on a Large-Scale Radiology
Database"; section "Key image
extraction"): a key image is found by "finding a sentence mentioning a referenced image"; the NLP steps are
"sentence tokenization, word/number matching and stemming, and rule-based information extraction (e.g.,
translating 'image 1013-78' to 'images 1013-1078')". Its Figure 1 shows the written forms this module reads:
"(series 1001, image 32)", "series 4 image 30", "series 3 image 88-95", "(e.g. series 3 image 55, 60, 80,
84-7, 96)".

Rules (pure functions; no text leaves this module, only numbers and offsets):

* **Sentences**: a sentence ends at ``.``/``!``/``?`` followed by white space and then a character that is
  not a lower-case letter (so "e.g. series 3" stays one sentence; the period of a list marker "1." at a
  line start is no end), at a blank line, or at a line break
  followed by a list marker (``1.``, ``2)``, ``-``, ``*``). Sentence indexes count from 0 in the text given.
* **A reference** needs an image keyword (``image``/``images``/``img``/``im``/``ims``, optional ``#`` or
  ``no.``) directly followed by a number: a number written before the keyword ("3 images") or a series
  without an image ("series 3") is not a reference. An optional series keyword (``series``/``ser``/``se``)
  with its number may stand before it, separated by nothing, a comma, colon, semicolon or slash
  ("series 1001 image 32", "(series 3, image 45)", "se 4 im 112", "Series 5, images 10-14"), or after it
  ("image 45 of series 3", "image 45, series 3"); the combined form "se/im 3/45" is read too. Without a
  series keyword the series is ``None`` (never carried over from another reference).
* **Lists**: one keyword may head several images or ranges separated by commas, "and" or "&"
  ("image 55, 60, 80, 84-7, 96"); each becomes its own reference. A list item after the first must be
  followed by a comma, "and", a closing bracket, a semicolon, a sentence end or the end of the text, so
  "image 45, 2 lesions" yields image 45 only.
* **Numbers**: 1-5 digits, not part of a decimal, and not followed by a unit ("mm", "cm", "x", "%", "mg",
  "hours" ...), so a measurement is never read as an image number.
* **Ranges** (``-``, en/em dash, "to", "through", "thru"), expanded as the paper: when the second number
  has fewer digits it replaces the last digits of the first ("1013-78" → 1013 to 1078, "84-7" → 84 to 87);
  when that would go backwards the range crosses the next hundred/thousand ("998-12" → 998 to 1012,
  "95-3" → 95 to 103). A second number with as many digits or more is taken as written; written
  backwards ("45-40") the two images are kept in ascending order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field

__all__ = [
    "MAX_KEY_IMAGES",
    "ImageRef",
    "expand_range",
    "extract_image_refs",
    "refs_view",
    "sentence_spans",
    "unique_images",
]

#: at most this many references go into an audit record or onto a Flag (a long report may cite hundreds)
MAX_KEY_IMAGES = 32


@dataclass(frozen=True, slots=True)
class ImageRef:
    """One cited image or image range. ``series`` is None when the text names no series for it.
    ``sentence`` is the index (from 0) of the sentence it stands in; ``start``/``end`` are character offsets
    into the text given, from the reference's first keyword to the end of this image's number(s). Never
    holds text."""

    series: Annotated[int, Field(ge=0)] | None  # (the constraints are the audit schema's)
    first_image: Annotated[int, Field(ge=0)]
    last_image: Annotated[int, Field(ge=0)]
    sentence: Annotated[int, Field(ge=0)]
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]

    def as_dict(self) -> dict[str, Any]:
        """The audit/parse form: numbers and offsets only."""
        return {
            "series": self.series,
            "first_image": self.first_image,
            "last_image": self.last_image,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


# ---- sentences -----------------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+(?![a-z])|\s*$)|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,2}[.)]|[-*•])\s)")

_LIST_MARKER = re.compile(r"[ \t]*\d{1,2}")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, in order, covering the text (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LIST_MARKER.fullmatch(text, line_start, m.start()):  # "1. Item": a list marker, not an end
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
            start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# ---- ranges --------------------------------------------------------------------------------------------
def expand_range(first: str, last: str) -> tuple[int, int]:
    """The paper's range rule on two written numbers (digits as written): ("1013", "78") → (1013, 1078),
    ("998", "12") → (998, 1012), ("88", "95") → (88, 95), ("45", "40") → (40, 45)."""
    a, b = int(first), int(last)
    if len(last) < len(first):
        scale = 10 ** len(last)
        end = (a // scale) * scale + b
        if end < a:  # crosses the next hundred / thousand
            end += scale
        return a, end
    return (a, b) if b >= a else (b, a)


# ---- references ----------------------------------------------------------------------------------------
_UNIT = r"(?:mm|cm|m|x|%|cc|ml|hu|mg|kg|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|y)\b"
_NUM = rf"\d{{1,5}}(?!\d|[.,]\d)(?!\s*{_UNIT})"
_RANGE_SEP = r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b)\s*"
_ITEM = rf"{_NUM}(?:{_RANGE_SEP}{_NUM})?"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_ITEM_END = r"(?=\s*[,;)\]]|\s+and\b|\s*&|\.(?:\s|$)|\s*$)"
_SERIES_KW = r"\b(?:series|ser|se)\.?"
_IMAGE_KW = r"\b(?:images?|imgs?|ims?)\.?"
_MARK = r"(?:#\s*|no\.?\s*|number\s+)?"

_REF = re.compile(
    rf"(?:{_SERIES_KW}\s*{_MARK}(?P<series>{_NUM})\s*[,:;/]?\s*)?"
    rf"{_IMAGE_KW}\s*{_MARK}"
    rf"(?P<items>{_ITEM}(?:{_LIST_SEP}{_ITEM}{_ITEM_END})*)"
    rf"(?:\s*(?:,|\bof\b|\bon\b|\bin\b|\bfrom\b)\s*{_SERIES_KW}\s*{_MARK}(?P<series_after>{_NUM})(?!\s*[,:;/]?\s*{_IMAGE_KW}))?",
    re.IGNORECASE,
)
_SLASH_REF = re.compile(
    rf"\b(?:series|ser|se)\s*/\s*(?:images?|img|im)\.?\s*(?P<series>{_NUM})\s*/\s*(?P<items>{_ITEM})",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")  # _NUM's own \d
# a word that starts "im" (`_IMAGE_KW`; in `_SLASH_REF` after "/" or a blank): searched from the literal "im"
# (sre finds a literal prefix in C), the word boundary checked behind it
_IM_WORD = re.compile(r"im(?<=\bim)")
_ITEM_RE = re.compile(rf"(?P<first>\d{{1,5}})(?:{_RANGE_SEP}(?P<last>\d{{1,5}}))?")


def _items(match: re.Match[str]) -> Iterable[tuple[int, int, int]]:
    """(first, last, end offset) of each image or range in the match's ``items`` group."""
    base = match.start("items")
    for item in _ITEM_RE.finditer(match.group("items")):
        last = item.group("last")
        first, last_image = (
            expand_range(item.group("first"), last) if last else (int(item.group("first")),) * 2
        )
        yield first, last_image, base + item.end()


def extract_image_refs(text: str) -> list[ImageRef]:
    """Every key-image reference in `text`, in text order (see the module docstring for the rules). Pure; an
    empty list when the text cites no image."""
    if not text or _DIGIT.search(text) is None:  # every reference numbers an image
        return []
    if text.isascii() and _IM_WORD.search(text.lower()) is None:  # and names it (image, img, im; any case)
        return []  # (ASCII only: under re.IGNORECASE a few non-ASCII letters match ASCII ones)
    found: list[tuple[int, int | None, int, int, int]] = []  # (start, series, first, last, end)
    taken: list[tuple[int, int]] = []
    for pattern in (_SLASH_REF, _REF):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            series_text = m.group("series") or (m.groupdict().get("series_after"))
            series = int(series_text) if series_text else None
            after = m.groupdict().get("series_after") is not None
            for first, last, end in _items(m):
                found.append((m.start(), series, first, last, m.end() if after else end))
    if not found:
        return []
    found.sort(key=lambda r: (r[0], r[4]))
    starts = [s for s, _ in sentence_spans(text)]
    return [
        ImageRef(series, first, last, bisect.bisect_right(starts, start) - 1, start, end)
        for start, series, first, last, end in found
    ]


def unique_images(refs: Sequence[ImageRef], limit: int = MAX_KEY_IMAGES) -> list[ImageRef]:
    """The first `limit` references with distinct (series, first image, last image), in text order."""
    seen: set[tuple[int | None, int, int]] = set()
    out: list[ImageRef] = []
    for ref in refs:
        key = (ref.series, ref.first_image, ref.last_image)
        if key in seen:
            continue
        seen.add(key)
        out.append(ref)
        if len(out) >= limit:
            break
    return out


def refs_view(refs: Sequence[ImageRef] | None, limit: int = MAX_KEY_IMAGES) -> list[dict[str, Any]] | None:
    """Audit/parse form: at most `limit` references as dicts (numbers and offsets only); None stays None."""
    if refs is None:
        return None
    return [r.as_dict() for r in list(refs)[:limit]]
