"""Which hand-written held-out sets a benchmark may read: one rule for every benchmark.

A held-out set is written for one final measurement; until it is measured it is kept blind, and no
benchmark runs it through the product (a speed-up checked on it would have been tuned on it). Its README
tells: one that says how to measure the set (``## How to measure``) but has no ``## First measurement`` yet
is a set being written or waiting for its measurement. ``--skip NAME`` (rules.py, rules_identity.py) leaves
out more sets by name. Only the README is read to decide, never the set itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


def readme(path: Path) -> Path | None:
    """The README of set `path`: ``README-13.md`` beside ``heldout-13.jsonl`` (detection sets) or
    ``README-heldout-13.md`` (priority sets); None when there is neither."""
    stem = path.stem
    for name in (f"README-{stem}.md", f"README-{stem.removeprefix('heldout-')}.md"):
        if (path.parent / name).is_file():
            return path.parent / name
    return None


def blind(path: Path) -> bool:
    """Whether held-out set `path` is still blind: its README says how to measure it and has no first
    measurement. A set without a README, or not a ``heldout-*`` set, is readable."""
    if not path.stem.startswith("heldout-"):
        return False
    found = readme(path)
    text = found.read_text(encoding="utf-8") if found is not None else ""
    return "## How to measure" in text and "## First measurement" not in text


def readable(paths: Iterable[Path], skip: Sequence[str] = ()) -> list[Path]:
    """`paths` less the blind sets and those whose file names start with one of `skip`."""
    return [p for p in paths if not blind(p) and not p.stem.startswith(tuple(skip))]
