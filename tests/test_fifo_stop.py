"""SIGTERM while `triage send` / `triage parse` wait for the writer of a FIFO (`triage send <(ssh ris cat
f.hl7)` before ssh connects, a named pipe nobody opened). Before: `send` sat in open() until the 9.5 s
watchdog (its stop handler returns, so Python retried the interrupted open) and `parse` was killed by the
default handler without a word. Now both end within 2 s with their stop line.

Real subprocesses and a real FIFO (os.mkfifo); the signal is sent once a thread of the command waits in the
kernel for the FIFO's writer (/proc/PID/task/*/wchan: wait_for_partner)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.process,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc wchan and FIFO semantics"),
]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
    return env


def _waits_for_a_writer(pid: int) -> bool:
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            if (task / "wchan").read_text() in ("wait_for_partner", "fifo_open"):
                return True
        except OSError:
            continue
    return False


@pytest.mark.parametrize(
    ("argv", "line", "code"),
    [
        (["send", "--bootstrap-servers", "127.0.0.1:9"], "triage: stopped before anything was sent", 1),
        (["parse"], "triage: stopped (SIGTERM)", 128 + signal.SIGTERM),
    ],
    ids=["send", "parse"],
)
def test_sigterm_while_a_fifo_has_no_writer_ends_promptly_with_the_stop_line(
    argv: list[str], line: str, code: int, tmp_path: Path
) -> None:
    fifo = tmp_path / "feed.hl7"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", *argv[:1], str(fifo), *argv[1:]],
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
        assert _waits_for_a_writer(proc.pid), "the command never opened the FIFO"
        time.sleep(0.2)  # inside open() for good
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert took <= 2.0, f"{took:.2f} s after SIGTERM"
    assert proc.returncode == code, err
    assert err.strip().splitlines()[-1] == line and "Traceback" not in err
    assert out == ""
