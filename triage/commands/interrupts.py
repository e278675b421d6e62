"""Ctrl-C and SIGTERM on the one-shot offline commands (`train`, `evaluate`, `synth`, `label`, `parse`
themselves; the others through `stop_with_one_line` in triage.cli): one line ``triage: stopped (SIGINT);
OUT not written`` on stderr and exit 128 + the signal (130, 143), never typer's silent 130. SIGTERM is
raised as an exception for the time of the work, so that it unwinds like Ctrl-C and the output's
``OUT.partial`` is removed (triage.offline.outputs)."""

from __future__ import annotations

import contextlib
import functools
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
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
    if threading.current_thread() is not threading.main_thread():  # a library caller's thread: no signals
        yield
        return
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


def stop_with_one_line(app: typer.Typer, commands: Mapping[tuple[str, ...], str | None]) -> None:
    """Run each of `commands` (its words, e.g. ("review", "init")) inside stops_cleanly, naming the output
    its option (the parameter's name, e.g. "out") holds, if any. A name that no registered command has is an
    error at start-up, so the table cannot fall behind a renamed command."""
    found = set()
    for words, info in _registered(app, ()):
        if words in commands:
            info.callback = _stopping(info.callback, commands[words])
            found.add(words)
    missing = set(commands) - found
    if missing:
        raise RuntimeError(f"stop_with_one_line: no such command {sorted(missing)}")


def registered_commands(app: typer.Typer) -> list[tuple[tuple[str, ...], Callable[..., Any]]]:
    """Every leaf command as (its words, its callback)."""
    return [(words, info.callback) for words, info in _registered(app, ())]


def _registered(app: typer.Typer, prefix: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    for info in app.registered_commands:
        yield (*prefix, info.name or info.callback.__name__.replace("_", "-")), info
    for group in app.registered_groups:
        yield from _registered(group.typer_instance, (*prefix, group.name or group.typer_instance.info.name))


def _stopping(callback: Callable[..., Any], output: str | None) -> Callable[..., Any]:
    @functools.wraps(callback)
    def command(*args: Any, **kwargs: Any) -> Any:
        with stops_cleanly(kwargs.get(output) if output is not None else None):
            return callback(*args, **kwargs)

    command.stops_cleanly = True  # type: ignore[attr-defined]
    return command
