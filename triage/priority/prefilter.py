"""A keyword test before a large regular expression: where no word that every match needs is in the text,
the expression is not run.

The attribute cues are alternations of dozens of phrases, matched case-insensitively; Python's engine has no
literal to search for in them and tries every alternative at every position of a bleed sentence, while most
sentences hold none of the words a cue needs ("Acute subdural hematoma." names no change). The words are
read from the compiled pattern itself (``required_words``), so they follow every change of the pattern and
the test can never drop a match: it only ever skips a run that would have found nothing.

The test reads the lower-cased text and applies to ASCII text only (lower-casing it keeps every offset, and
no ASCII letter folds to another character under ``re.IGNORECASE``); any other text runs the expression as
before.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c
import re._parser as _sre
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["Prefiltered", "prefiltered", "required_words"]

_RUN_LIMIT = 64  # the most strings one run of literals and small classes expands to
_Words = frozenset[str] | None  # None: no word is known to be needed; empty: the pattern never matches ASCII


@functools.cache
def _never_ascii(code: int) -> bool:
    """Whether the non-ASCII character `code` matches no ASCII character even case-insensitively (the
    Kelvin sign matches "k", the long s "s")."""
    literal = re.escape(chr(code))
    return not any(re.fullmatch(literal, chr(a), re.IGNORECASE) for a in range(128))


def _chars(op: Any, av: Any) -> set[str] | None:
    """The lower-cased ASCII characters a LITERAL or a class of literals matches (an empty set: none can
    match ASCII text), or None (another class)."""
    codes = [av] if op is _c.LITERAL else [a for o, a in av if o is _c.LITERAL]
    if op is _c.IN and len(codes) != len(av):
        return None  # a range, a category or a negation
    out = set()
    for code in codes:
        if code < 128:
            out.add(chr(code).lower())
        elif not _never_ascii(code):
            return None
    return out


def _strings(op: Any, av: Any) -> set[str] | None:
    """Every string (lower-cased) the parsed item can consume in ASCII text, a few at most (a literal, a class
    of literals, a group or alternation of such, an optional one, a zero-width ``\\b``: "(?:was|were) "),
    else None; an empty set when it can match no ASCII text."""
    if op is _c.LITERAL or op is _c.IN:
        return _chars(op, av)
    if op is _c.AT:
        return {""}
    if op is _c.SUBPATTERN:
        return _sequence_strings(av[3].data)
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _sequence_strings(branch.data)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _RUN_LIMIT else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] == 1:
        strings = _sequence_strings(av[2].data)
        return None if strings is None else strings | {""} if av[0] == 0 else strings
    return None


def _sequence_strings(items: Any) -> set[str] | None:
    out = {""}
    for op, av in items:
        strings = _strings(op, av)
        if strings is None or len(out) * len(strings) > _RUN_LIMIT:
            return None
        out = {a + b for a in out for b in strings}
    return out


def _required(items: Any) -> _Words:
    """A set of strings one of which every match of the parsed sequence `items` contains (lower-cased), the
    longest such set found; empty when no match is possible in ASCII text; None when none is known."""
    found: list[frozenset[str]] = []
    run = [""]

    def flush() -> None:
        if "" not in run:  # a run that may be empty needs nothing
            found.append(frozenset(run))
        run[:] = [""]

    for op, av in items:
        strings = _strings(op, av)
        if strings is not None:
            if not strings:
                return frozenset()
            if len(run) * len(strings) > _RUN_LIMIT:
                flush()
            run[:] = list({r + ch for r in run for ch in strings})
            continue
        flush()
        words: _Words = None
        if op is _c.SUBPATTERN:
            words = _required(av[3].data)
        elif op is _c.ATOMIC_GROUP:
            words = _required(av.data)
        elif op is _c.BRANCH:
            branches = [_required(b.data) for b in av[1]]
            words = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            words = _required(av[2].data)
        elif op is _c.ASSERT and av[0] == 1:  # a lookahead reads text the search may reach (endpos bounds it)
            words = _required(av[1].data)
        if words is not None:
            if not words:
                return frozenset()
            found.append(words)
    flush()
    if not found:
        return None
    # the most telling set: its shortest word has the most letters and digits (" at " tells little)
    return max(found, key=lambda words: (min(map(_letters, words)), -len(words)))


def _letters(word: str) -> int:
    return sum(ch.isalnum() for ch in word)


def required_words(pattern: re.Pattern[str]) -> _Words:
    """Lower-cased words one of which every match of `pattern` in ASCII text contains (none redundant: a
    word holding another is left out), empty when it cannot match ASCII text, None when no such set is
    known (then no test can skip it)."""
    words = _required(_sre.parse(pattern.pattern, pattern.flags).data)
    if words is None:
        return None
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


_last: tuple[str, str] = (
    "",
    "",
)  # the text last tested and its lower-cased form (a report is read many times)


def _lower(text: str) -> str:
    global _last
    last = _last  # one read: another thread may replace it, never half of it
    if last[0] is text:
        return last[1]
    lower = text.lower()
    _last = (text, lower)
    return lower


class Prefiltered:
    """`pattern` (its ``finditer``, ``search`` and ``match``, same arguments and results) behind the test
    that one of its required words is in the searched part of the text (module docstring)."""

    __slots__ = ("_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = required_words(pattern)
        self._words: re.Pattern[str] | None = None
        if words is not None:
            # one search for any of the words; a pattern that cannot match ASCII text gets one that never does
            self._words = re.compile("|".join(re.escape(w) for w in sorted(words)) if words else "(?!)")

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        """True when no match can lie in text[pos:endpos]."""
        return (
            self._words is not None
            and text.isascii()
            and self._words.search(_lower(text), pos, endpos) is None
        )

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern.match(text, pos, endpos)


def prefiltered(table: tuple[tuple[Any, re.Pattern[str]], ...]) -> tuple[tuple[Any, Prefiltered], ...]:
    """A cue table ((value, pattern), ...) with each pattern behind its keyword test."""
    return tuple((value, Prefiltered(pattern)) for value, pattern in table)
