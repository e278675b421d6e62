"""`triage` command line. Each group of commands lives in triage/commands/<name>.py and registers itself.

Errors the user can act on (TriageError) print one line on stderr and exit 2; never a traceback.
"""

from __future__ import annotations

import sys

import typer

from triage.commands import (
    audit,
    daemon,
    deploy_cmds,
    hl7_cmds,
    mining_cmds,
    mllp_cmds,
    model_cmds,
    sandbox_cmds,
    synth_cmds,
)
from triage.errors import TriageError

app = typer.Typer(
    name="triage",
    help="Streaming HL7 v2 ORU -> intracranial hemorrhage triage -> FHIR Flag.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (
    synth_cmds,
    model_cmds,
    hl7_cmds,
    daemon,
    sandbox_cmds,
    mllp_cmds,
    audit,
    deploy_cmds,
    mining_cmds,
):
    module.register(app)


def main(argv: list[str] | None = None) -> None:
    try:
        app(args=argv, standalone_mode=True)
    except TriageError as exc:
        typer.echo(f"triage: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("triage: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
