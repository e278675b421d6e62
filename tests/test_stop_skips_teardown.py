"""SIGTERM on a one-shot offline command ends the process at once after its stop line: the interpreter's
teardown (torch's and spaCy's objects collected, atexit hooks) is skipped, as `run`/`mllp`/`replay` skip it.
Before: `triage label` stopped mid-file printed `triage: stopped (SIGTERM); OUT not written` and then spent
3-6 s (load average 13, 2 cores) collecting garbage at exit, beyond the 10 s bound with the batch's network
call before it. The slow teardown is stood in for by an atexit hook that sleeps 60 s.

A real subprocess and a real FIFO (os.mkfifo): `triage parse` blocks in open() until it is signalled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_fifo_stop import _env, _waits_for_a_writer

pytestmark = [
    pytest.mark.process,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc wchan and FIFO semantics"),
]

SCRIPT = """
import atexit, sys, time
atexit.register(lambda: (print("TEARDOWN", flush=True), time.sleep(60)))
sys.argv = ["triage", "parse", sys.argv[1]]
from triage.cli import main
main()
"""


def test_sigterm_on_a_one_shot_command_skips_the_interpreter_teardown(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.hl7"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and not _waits_for_a_writer(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.2)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
        took = time.monotonic() - t0
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"still running 30 s after SIGTERM (the teardown ran); stdout {out!r}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert err.strip().splitlines()[-1] == "triage: stopped (SIGTERM)"
    assert "TEARDOWN" not in out
    assert took <= 5.0, f"{took:.2f} s after SIGTERM"
