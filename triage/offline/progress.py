"""The progress callback the offline runs take (`log`): one line of text a step, no text of any report."""

from __future__ import annotations

from collections.abc import Callable

Log = Callable[[str], None]


def quiet(_: str) -> None:
    """The default `log`: says nothing."""
