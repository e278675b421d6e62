"""`triage` command line. Each group of commands lives in triage/commands/<name>.py and registers itself.

Every error the user can act on prints **one line** ``triage: error: ...`` on stderr and exits 2, never a
traceback nor a Rich box: errors of the tool (TriageError: bad files, invalid settings) and usage errors
(missing or unknown options, bad values, unknown commands), which click raises and `main` formats itself
(typer runs with standalone_mode=False). Help is plain click text (rich_markup_mode=None), so the ``[0.15]``
defaults in help texts are shown rather than eaten as Rich markup. ``triage --version`` prints the version.
"""

from __future__ import annotations

# isort: off
import triage.lifecycle.early  # noqa: F401  (the stop handler of `run`/`mllp`/`replay`, before slow imports)

# isort: on
import contextlib
import importlib
import os
import signal
import sys
from types import ModuleType
from typing import Annotated

import click
import typer

from triage.commands import (
    audit,
    daemon,
    deploy_cmds,
    hl7_cmds,
    mining_cmds,
    mllp_cmds,
    model_cmds,
    redrive_cmds,
    review_cmds,
    sandbox_cmds,
    synth_cmds,
    tail_cmds,
)
from triage.commands.interrupts import stop_with_one_line
from triage.errors import TriageError
from triage.lifecycle.shutdown import install_for_command

app = typer.Typer(
    name="triage",
    help="Streaming HL7 v2 ORU -> intracranial hemorrhage triage -> FHIR Flag.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def version_string() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from triage import __version__

    try:
        return f"triage {version('triage')}"
    except PackageNotFoundError:  # running from a source tree that was not installed
        return f"triage {__version__}"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(version_string())
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_show_version, help="Print the version and exit."),
    ] = False,
) -> None:
    """Streaming HL7 v2 ORU -> intracranial hemorrhage triage -> FHIR Flag."""


for module in (
    synth_cmds,
    model_cmds,
    hl7_cmds,
    daemon,
    sandbox_cmds,
    mllp_cmds,
    audit,
    tail_cmds,
    redrive_cmds,
    deploy_cmds,
    mining_cmds,
    review_cmds,
):
    module.register(app)

# the one-shot commands that do not stop cleanly themselves: Ctrl-C / SIGTERM end them with one line (and
# the option that names their output, written whole or not at all). The long-running ones stop through their
# own Shutdown (triage.lifecycle.shutdown); tests/test_stop_line.py holds every command to one of these.
stop_with_one_line(
    app,
    {
        ("shortcuts",): None,
        ("demo",): None,  # without --keep: Ctrl-C in the feed ended 130 without a word (--keep holds its own)
        ("fetch",): None,  # --out: written in one call once the record is in hand (write_private)
        ("topics", "create"): None,
        ("audit", "explain"): None,
        ("embeddings", "similar"): None,
        ("config", "show"): None,
        ("audit", "compare"): None,
        ("audit", "drift"): None,
        ("mine", "fit"): "out",
        ("mine", "describe"): "out",
        ("review", "init"): "db",
        ("review", "status"): None,
        ("review", "export"): "out",
        ("review", "report"): "out",
        ("review", "promote-check"): None,
    },
)


def _click_modules() -> list[ModuleType]:
    """click's exceptions as typer raises them: recent typer vendors click as ``typer._click`` (its own
    classes, not click's), older typer uses click itself."""
    modules = [click.exceptions]
    with contextlib.suppress(ImportError):
        modules.insert(0, importlib.import_module("typer._click.exceptions"))
    return modules


def _classes(name: str) -> tuple[type[BaseException], ...]:
    return tuple(getattr(m, name) for m in _click_modules() if hasattr(m, name))


CLICK_ERROR = _classes("ClickException")
USAGE_ERROR = _classes("UsageError")
NO_ARGS_IS_HELP = _classes("NoArgsIsHelpError")
ABORT = _classes("Abort")


def usage_error_line(exc: BaseException) -> str:
    """One line for a click usage error: the message, and which --help to read."""
    message = " ".join(exc.format_message().split())  # type: ignore[attr-defined]
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, USAGE_ERROR) and ctx is not None:
        return f"{message.rstrip('.')} (see '{ctx.command_path} --help')"
    return message


STOPPED_CODES = (128 + signal.SIGINT, 128 + signal.SIGTERM)


def main(argv: list[str] | None = None) -> None:
    """The `triage` entry point: always ends with SystemExit (0, the command's code, 2 for errors).

    A long-running command (`run`, `mllp`, `replay`) gets its SIGTERM handler before anything slow happens
    (torch, the model) and, once it returned with every client closed, ends with `os._exit`: the
    interpreter's teardown of torch took 3.5 s, which the shutdown bound (SHUTDOWN_BOUND_S) cannot afford.
    Any other command stopped by SIGTERM or Ctrl-C (exit 143 or 130, its partial output already removed)
    ends the same way: `triage label` stopped mid-file spent 3-6 s collecting torch's and spaCy's objects
    at exit under load, after its stop line."""
    shutdown = install_for_command(sys.argv[1:]) if argv is None else None
    try:
        _main(argv)
    except SystemExit as exc:
        code = exc.code
        if shutdown is None and (argv is not None or code not in STOPPED_CODES):
            raise
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code or 0)


def _main(argv: list[str] | None) -> None:
    try:
        rv = app(args=argv, prog_name="triage", standalone_mode=False)
    except NO_ARGS_IS_HELP as exc:  # `triage`, `triage topics`: the help, not an error
        typer.echo(exc.format_message())  # type: ignore[attr-defined]
        sys.exit(0)
    except CLICK_ERROR as exc:
        typer.echo(f"triage: error: {usage_error_line(exc)}", err=True)
        sys.exit(2 if isinstance(exc, USAGE_ERROR) else getattr(exc, "exit_code", 2) or 2)
    except TriageError as exc:
        # e.g. every bad row of a training file: one line each, above the one error line
        for line in getattr(exc, "details", None) or ():
            typer.echo(line, err=True)
        typer.echo(f"triage: error: {exc}", err=True)
        sys.exit(2)
    except ABORT:
        typer.echo("triage: error: aborted", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("triage: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:  # `triage ... | head`: the reader has gone, which is not an error
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:
        # a bug: one line, never a traceback, whose message may quote a record's text. The traceback also
        # kept a Kafka reader's generator alive until interpreter teardown, whose consumer.close() then
        # waited forever on kafka-python's stopped network thread: the process never ended.
        typer.echo(f"triage: error: {internal_error_line(exc)}", err=True)
        if argv is not None:  # called as a library (tests): the caller sees the exception itself
            raise
        sys.exit(2)
    sys.exit(rv if isinstance(rv, int) else 0)


def internal_error_line(exc: BaseException) -> str:
    """An unexpected exception as one line: its type and the innermost triage source line that raised it,
    never its message (it may hold PHI: a JSON or key error quotes the value it choked on)."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}triage{os.sep}" in f.filename] or frames
    where = ""
    if ours:
        path = ours[-1].filename
        cut = path.rfind(f"{os.sep}triage{os.sep}")
        where = f" at {path[cut + 1 :] if cut >= 0 else os.path.basename(path)}:{ours[-1].lineno}"
    name = type(exc).__name__
    return f"internal error: {name}{where} (a bug in triage: please report this line and the command)"


if __name__ == "__main__":
    main()
