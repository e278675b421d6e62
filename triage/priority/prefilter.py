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

The same test per alternative: a cue is an alternation of 30-40 phrases at its top level, and a sentence
that passes the whole cue's test mostly holds the words of one or two of them. ``finditer`` then runs only
those alternatives (``_Branches``): each alone where one is left, else each searched on its own and their
matches merged in the alternation's order (at every position the leftmost match, the earlier alternative
on a tie, the next search from its end), which is what the alternation finds: an alternative that holds
none of its words in the searched part cannot match there, so it never decides a position. Only for a
pattern without groups whose every alternative needs a word (no empty match), so a match has the same
span and text either way.
"""

from __future__ import annotations

import functools
import re
import re._constants as _c
import re._parser as _sre
import sys
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["Prefiltered", "prefiltered", "required_words"]

_MERGE_LIMIT = 8  # beyond this many alternatives left, the whole alternation runs (one pass in C)

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


def _top_level(source: str) -> list[str]:
    """`source` cut at the `|` of its top level (outside groups and classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (source[i + 1 : i + 2] == "^")
            i += source[i : i + 1] == "]"  # a "]" first in a class is a member
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _trie(words: Iterable[str]) -> str:
    """An alternation of `words` as a trie (one alternative per next character, a longer word before the
    end of a shorter one), so sre meets each character once and a match is the longest word there."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternation(node: dict[str, Any]) -> str:
        ends = "" in node
        parts = [re.escape(ch) + alternation(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if ends:
            return body + "?" if len(parts) == 1 and len(parts[0]) == 1 else "(?:" + body + ")?"
        return body

    return alternation(root)


class _Branches:
    """The top-level alternatives of a pattern, each compiled alone, with the words each needs."""

    __slots__ = ("hits", "patterns", "words")

    def __init__(self, patterns: tuple[re.Pattern[str], ...], words: tuple[frozenset[str], ...]) -> None:
        self.patterns = patterns
        every = frozenset().union(*words)
        # a word found is the longest there: every word it opens with is there too
        self.hits = {
            w: frozenset(i for i, ws in enumerate(words) if any(w.startswith(v) for v in ws)) for w in every
        }
        self.words = re.compile(_trie(every) if every else "(?!)")

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> _Branches | None:
        """None where the test per alternative does not apply (module docstring)."""
        if pattern.groups or pattern.flags & re.VERBOSE:
            return None
        sources = _top_level(pattern.pattern)
        if len(sources) < 2:
            return None
        patterns = tuple(re.compile(s, pattern.flags) for s in sources)
        words = tuple(required_words(p) for p in patterns)
        if any(p.groups for p in patterns) or any(w is None for w in words):
            return None
        return cls(patterns, words)  # type: ignore[arg-type]

    def present(self, lower: str, pos: int, endpos: int) -> tuple[int, ...]:
        """The alternatives one of whose words lies in lower[pos:endpos], in their order."""
        found: set[int] = set()
        search, hits = self.words.search, self.hits
        m = search(lower, pos, endpos)
        while m is not None:
            found |= hits[m.group()]
            m = search(lower, m.start() + 1, endpos)
        return tuple(sorted(found))

    def finditer(self, text: str, pos: int, endpos: int, which: tuple[int, ...]) -> Iterator[re.Match[str]]:
        """The alternation's matches in text[pos:endpos] where only the alternatives `which` can match."""
        patterns = [self.patterns[i] for i in which]
        ahead = [p.search(text, pos, endpos) for p in patterns]
        at = pos
        while True:
            best = None
            for k, m in enumerate(ahead):
                if m is not None and m.start() < at:
                    m = ahead[k] = patterns[k].search(text, at, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            at = best.end()  # never empty: every match holds a word


class Prefiltered:
    """`pattern` (its ``finditer``, ``search`` and ``match``, same arguments and results) behind the test
    that one of its required words is in the searched part of the text (module docstring)."""

    __slots__ = ("_branches", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = required_words(pattern)
        self._words: re.Pattern[str] | None = None
        if words is not None:
            # one search for any of the words; a pattern that cannot match ASCII text gets one that never does
            self._words = re.compile("|".join(re.escape(w) for w in sorted(words)) if words else "(?!)")
        self._branches = _Branches.of(pattern)

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        """True when no match can lie in text[pos:endpos]."""
        return (
            self._words is not None
            and text.isascii()
            and self._words.search(_lower(text), pos, endpos) is None
        )

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        branches = self._branches
        if branches is not None and text.isascii():
            which = branches.present(_lower(text), pos, endpos)
            if not which:
                return iter(())
            if len(which) == 1:
                return branches.patterns[which[0]].finditer(text, pos, endpos)
            if len(which) <= _MERGE_LIMIT:
                return branches.finditer(text, pos, endpos, which)
            return self.pattern.finditer(text, pos, endpos)
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
