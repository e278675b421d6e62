"""The keyword test before the attribute cues (triage.priority.prefilter) never drops a match: every cue
table, on sentences and sub-ranges of the hand-written priority texts, finds the same matches with it."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from triage.priority import attributes
from triage.priority.prefilter import Prefiltered, prefiltered, required_words

DATA = Path(__file__).parent / "data" / "priority"


def _texts() -> list[str]:
    """The readable sets' texts: a blind held-out set (README with "## How to measure", no "## First
    measurement") is never run through the product's cues, not even for this equivalence."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from blind_sets import readable

    out = []
    for path in readable(sorted(DATA.glob("*.jsonl"))):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def _raw(pattern: Prefiltered | re.Pattern[str]) -> re.Pattern[str]:
    return pattern.pattern if isinstance(pattern, Prefiltered) else pattern


def _spans(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_required_words_of_simple_patterns() -> None:
    assert required_words(re.compile(r"\bnew(?:ly)?\b|\brecurren\w*", re.I)) == {"new", "recurren"}
    assert required_words(re.compile(r"h[ae]morrhage", re.I)) == {"hamorrhage", "hemorrhage"}
    assert required_words(re.compile(r"(?:larger|large)\b")) == {"large"}  # "larger" holds "large"
    # a run goes on through a few alternatives; the set whose shortest word has most letters is taken
    assert required_words(re.compile(r"\b(?:was|were) (?:clear|normal)\b", re.I)) == {
        "was clear",
        "were clear",
        "was normal",
        "were normal",
    }
    assert required_words(re.compile(r"seen (?:at|on) (?:ct|mri?)", re.I)) == {
        f"seen {a} {b}"
        for a in ("at", "on")
        for b in ("ct", "mr")  # "mr" holds "mri"
    }
    assert required_words(re.compile(r"\d+ (?:at|on) \d+ (?:hrs|hours)", re.I)) == {" hrs", " hours"}
    assert required_words(re.compile(r"(?-i:[aA](?=SDH|EDH))", re.I)) == {"sdh", "edh"}  # a lookahead
    assert required_words(re.compile(r"\d+ mm|x?")) is None  # an empty match needs nothing
    assert required_words(re.compile(r"[\u2191\u2b06]")) == frozenset()  # no ASCII text holds an arrow
    # the long s and the Kelvin sign match ASCII letters case-insensitively: no word is read from them
    assert required_words(re.compile("\u017fhift", re.I)) == {"hift"}
    assert required_words(re.compile("\u212a", re.I)) is None


def test_ascii_folding_and_other_text() -> None:
    cue = Prefiltered(re.compile(r"\bshift\b", re.I))
    assert [m.span() for m in cue.finditer("MIDLINE SHIFT 5 mm")] == [(8, 13)]
    assert list(cue.finditer("no displacement")) == []
    # not ASCII: the expression always runs ("\u017f" is a long s, which matches "s" case-insensitively)
    assert [m.span() for m in cue.finditer("midline \u017fhift")] == [(8, 13)]
    arrow = Prefiltered(re.compile(r"\u2191|\bup\b", re.I))
    assert list(arrow.finditer("SDH goes up")) and list(arrow.finditer("SDH \u2191"))


# every third text (the test stays a few seconds); the fast tier (--tier fast) every ninth, a third of those
# (≈ 5 s less of its CPU: the plain _CHANGE_CUES expressions alone take 1.7 s on every third)
STRIDE = {"full": 3, "fast": 9}


@pytest.mark.parametrize("table", ["_ACUITY_CUES", "_CHANGE_CUES", "_MASS_CUES"])
def test_same_matches_as_the_pattern(table: str, tier: str) -> None:
    cues = prefiltered(tuple((value, _raw(p)) for value, p in getattr(attributes, table)))
    texts = _texts()[:: STRIDE[tier]]
    assert len(texts) * STRIDE[tier] > 1200
    checked = found = 0
    for text in texts:
        bounds = [(0, len(text)), *attributes._sentences(text)]
        bounds += [(s + 3, e - 2) for s, e in bounds if e - s > 8]  # cut through words too
        for value, cue in cues:
            for s, e in bounds:
                expected = [m.span() for m in cue.pattern.finditer(text, s, e)]
                assert [m.span() for m in cue.finditer(text, s, e)] == expected, (value, s, e)
                if not expected or s == 0:
                    assert _spans(cue.search(text, s, e)) == _spans(cue.pattern.search(text, s, e))
                    assert _spans(cue.match(text, s, e)) == _spans(cue.pattern.match(text, s, e))
                checked += 1
                found += bool(expected)
    assert found > 50 and checked > 2 * found  # it was tested where cues match and where they do not


def test_alternatives_alone_find_what_the_alternation_finds() -> None:
    # words that overlap ("ab"/"bc"), open one another ("new"/"newly seen"), an alternative that matches
    # inside another's match, one that can never match ASCII: every range of every text, same matches
    pattern = re.compile(r"\bnew\w*|\bnewly seen\b|seen again|\bagain\b|ab|bc|x?abc|\u2191", re.IGNORECASE)
    cue = Prefiltered(pattern)
    assert cue._branches is not None and len(cue._branches.patterns) == 8
    texts = ["newly seen again", "abc bc ab xabc", "NEWLY SEEN AGAIN and Again", "seen agai", "renew, anew"]
    for text in texts:
        for s in range(len(text) + 1):
            for e in range(s, len(text) + 1):
                expected = [(m.span(), m.group()) for m in pattern.finditer(text, s, e)]
                assert [(m.span(), m.group()) for m in cue.finditer(text, s, e)] == expected, (text, s, e)


def test_no_alternatives_where_a_match_could_differ() -> None:
    assert Prefiltered(re.compile(r"(a)b|cd")).pattern.groups == 1
    assert Prefiltered(re.compile(r"(a)b|cd"))._branches is None  # a group: its number would change
    assert Prefiltered(re.compile(r"ab|c?"))._branches is None  # an empty match needs no word
    assert Prefiltered(re.compile(r"abc"))._branches is None  # one alternative: nothing to leave out
    assert Prefiltered(re.compile(r"[|(]x|y\|z|(?:u|v)w"))._branches.patterns[1].pattern == r"y\|z"  # type: ignore[union-attr]
