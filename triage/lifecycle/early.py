"""Imported first by triage/cli.py: when this process *is* the `triage` command (`python -m triage.cli` or
the console script) running a long-running command, SIGTERM/SIGINT go to the process's Shutdown before the
CLI's own imports (pydantic, typer: 0.3 s idle, 1-2 s on a loaded host) and long before torch. A SIGTERM
then is a clean stop (exit 0) instead of a kill by the default handler (exit -15). Importing the CLI as a
library (tests) installs nothing."""

from __future__ import annotations

import sys
from pathlib import Path

from triage.lifecycle.shutdown import install_for_command


def _is_the_cli() -> bool:
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    return getattr(spec, "name", None) == "triage.cli" or Path(sys.argv[0] or "").name == "triage"


if _is_the_cli():
    install_for_command(sys.argv[1:])
