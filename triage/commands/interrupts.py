"""Ctrl-C and SIGTERM on the offline commands that write an output (`train`, `evaluate`, `synth`,
`label`): one line ``triage: stopped (SIGINT); OUT not written`` on stderr and exit 128 + the signal (130,
143), never typer's silent 130. SIGTERM is raised as an exception for the time of the work, so that it
unwinds like Ctrl-C and the output's ``OUT.partial`` is removed (triage.offline.outputs)."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer


class Terminated(BaseException):
    """SIGTERM, raised where the main thread is, to unwind like KeyboardInterrupt."""


def _terminated(_signum: int, _frame: Any) -> None:
    raise Terminated


@contextlib.contextmanager
def stops_cleanly(out: Path | None) -> Iterator[None]:
    """The body writes `out` (None: only stdout, `triage parse`); a stop inside it ends the command with the
    line and exit code above (``triage: stopped (SIGTERM)`` without `out`). The exception also ends a blocking
    call of the main thread (Python retries an interrupted system call only when the handler returns): a
    FIFO nobody writes to is left at once."""
    previous = signal.signal(signal.SIGTERM, _terminated)
    lost = f"; {out} not written" if out is not None else ""
    try:
        yield
    except Terminated:
        typer.echo(f"triage: stopped (SIGTERM){lost}", err=True)
        raise typer.Exit(128 + signal.SIGTERM) from None
    except KeyboardInterrupt:  # typer would end it at 130 without a word
        typer.echo(f"triage: stopped (SIGINT){lost}", err=True)
        raise typer.Exit(128 + signal.SIGINT) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
