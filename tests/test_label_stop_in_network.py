"""SIGTERM while `triage label` is inside the network's call on a batch. The TorchScript call holds the
main thread in C++ (12 s for a batch of 256 reports at load average 13 on 2 cores), where Python cannot
run the signal handler: `triage label` ended 13 s after SIGTERM, beyond the 10 s bound. Now the batch is
decided in a worker thread and the main thread's wait is interrupted at once.

A real subprocess running label_file under the CLI's stop handling (triage.commands.interrupts) with a
core whose decide_texts spins in TorchScript (a scripted loop: C++, the GIL released, no signal check)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.process, pytest.mark.timeout(180)]

SCRIPT = """
import os, sys
from pathlib import Path
import torch
from triage.commands.interrupts import stops_cleanly
from triage.offline.labeling import label_file

@torch.jit.script
def spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i % 7
    return s

class Scorer:
    model_version = "stub"

class Core:
    scorer = Scorer()
    threshold = 0.5
    def conclusion(self, text):
        return text, ""
    def decide_texts(self, texts, findings=None):
        Path(sys.argv[3]).write_text("in the network")
        spin(2_000_000_000)
        raise AssertionError("not reached")

out = Path(sys.argv[2])
try:
    with stops_cleanly(out):
        label_file(Core(), Path(sys.argv[1]), out, progress=False)
except BaseException as exc:  # typer.Exit(143) after the stop line
    sys.stderr.flush()
    os._exit(getattr(exc, "exit_code", 1))
"""


def test_sigterm_inside_the_networks_call_ends_label_promptly(tmp_path: Path) -> None:
    data = tmp_path / "reports.jsonl"
    data.write_text(
        "".join(json.dumps({"text": f"Report {i}: no acute hemorrhage."}) + "\n" for i in range(3))
    )
    out, marker = tmp_path / "labeled.jsonl", tmp_path / "started"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
    script = tmp_path / "stub_label.py"  # a file: TorchScript compiles from source it can read
    script.write_text(SCRIPT)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(data), str(out), str(marker)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 90
        while proc.poll() is None and not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.5)  # inside the scripted loop for good
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            pytest.fail("still running 20 s after SIGTERM: the handler waited for the network's call")
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert err.strip().splitlines()[-1] == f"triage: stopped (SIGTERM); {out} not written"
    assert not out.exists() and not Path(f"{out}.partial").exists()
    assert took <= 5.0, f"{took:.2f} s after SIGTERM"
