"""triage.lifecycle: the stop budget, abandoning a blocking call, the watchdog's forced exit, and children
that die with their parent through each layer (PR_SET_PDEATHSIG, and the sentinel/parent-pid watch alone)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from triage.lifecycle.shutdown import (
    AT_REQUEST,
    Shutdown,
    StoppedError,
    abandon_when,
    until_stopped,
    within_budget,
)

REPO = Path(__file__).resolve().parent.parent


def test_budget_is_infinite_until_a_request_then_counts_down() -> None:
    s = Shutdown(grace_s=0.5)
    assert s.remaining() == float("inf") and not s.expired() and s.bound(30.0) == 30.0
    s.request("test")
    assert s.is_set() and s.reason == "test"
    assert 0.0 < s.remaining() <= 0.5 and s.bound(30.0) <= 0.5
    assert s.expired(reserve_s=0.5)  # nothing left once the reserve is taken
    time.sleep(0.55)
    assert s.expired() and s.remaining() == 0.0
    s.request("again")
    assert s.reason == "test"  # the first request sets the deadline


def test_within_budget_abandons_a_call_that_outlasts_the_stop_and_closes_its_late_result() -> None:
    s = Shutdown(grace_s=0.2)
    closed = threading.Event()

    class Client:
        def close(self) -> None:
            closed.set()

    def slow() -> Client:
        time.sleep(1.0)
        return Client()

    threading.Timer(0.1, s.request).start()
    t0 = time.monotonic()
    with pytest.raises(StoppedError):
        within_budget(slow, s)
    assert time.monotonic() - t0 < 0.6
    assert closed.wait(2.0), "the abandoned call's client was not closed"
    assert within_budget(lambda: 7, Shutdown()) == 7  # no stop: just the call
    with pytest.raises(ZeroDivisionError):
        abandon_when(lambda: 1 / 0, lambda: False)  # its errors come through


@pytest.mark.parametrize("stop_kind", ["shutdown", "event"])
def test_until_stopped_gives_up_at_the_request_and_closes_each_client_of_a_late_tuple(stop_kind: str) -> None:
    """Start-up steps (the daemon opens its flag-state reader and group consumer together) are abandoned at
    the stop request itself, whatever the budget; every client of the tuple returned late is closed."""
    stop = Shutdown(grace_s=60.0) if stop_kind == "shutdown" else threading.Event()
    closed: list[str] = []

    class Client:
        def __init__(self, name: str) -> None:
            self.name = name

        def close(self) -> None:
            closed.append(self.name)

    def open_both() -> tuple[Client, Client]:
        time.sleep(0.5)
        return Client("state"), Client("consumer")

    threading.Timer(0.1, stop.request if isinstance(stop, Shutdown) else stop.set).start()
    t0 = time.monotonic()
    with pytest.raises(StoppedError):
        until_stopped(open_both, stop)
    assert time.monotonic() - t0 < 0.4  # at the request, not after the 60 s budget
    deadline = time.monotonic() + 2.0
    while len(closed) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(closed) == ["consumer", "state"]
    assert until_stopped(lambda: 7, None) == 7 == until_stopped(lambda: 7, Shutdown())


def test_at_request_reserve_is_spent_at_the_request() -> None:
    s = Shutdown(grace_s=60.0)
    assert not s.expired(AT_REQUEST) and s.bound(5.0, AT_REQUEST) == 5.0
    s.request("test")
    assert s.expired(AT_REQUEST) and s.bound(5.0, AT_REQUEST) == 0.0 and not s.expired()


def _python(code: str, where: Path) -> subprocess.Popen[bytes]:
    """`code` run as a script file (a spawned child imports its target from the main module's file)."""
    script = where / "script.py"
    script.write_text(textwrap.dedent(code))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_the_watchdog_ends_a_stuck_process_with_the_exit_code_it_is_given(tmp_path: Path) -> None:
    proc = _python(
        """
        import time
        from triage.lifecycle.shutdown import Shutdown
        s = Shutdown(grace_s=0.1, force_after_s=0.5)
        s.exit_code_if_forced = lambda: 1
        s.install_signals()
        print("ready", flush=True)
        while True:
            time.sleep(0.05)  # stuck: never looks at the request
        """,
        tmp_path,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 1
    assert time.monotonic() - t0 < 3.0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl")
@pytest.mark.parametrize("pdeathsig", [True, False])
def test_a_child_dies_with_its_sigkilled_parent(pdeathsig: bool, tmp_path: Path) -> None:
    """Parent = a Python process that spawns a child (multiprocessing spawn) calling die_with_parent; the
    parent is SIGKILLed. Without PR_SET_PDEATHSIG the sentinel/parent-pid watch alone must end the child."""
    proc = _python(
        f"""
        import multiprocessing, os, sys, time

        def child(parent_pid):
            from triage.lifecycle.children import die_with_parent
            die_with_parent(parent_pid, pdeathsig={pdeathsig})
            while True:
                time.sleep(0.1)

        if __name__ == "__main__":
            p = multiprocessing.get_context("spawn").Process(target=child, args=(os.getpid(),))
            p.start()
            time.sleep(1.0)
            print(p.pid, flush=True)
            time.sleep(60)
        """,
        tmp_path,
    )
    assert proc.stdout is not None
    child = int(proc.stdout.readline())
    assert Path(f"/proc/{child}").exists()
    proc.kill()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 5.0

    def alive() -> bool:
        try:
            return "\nState:\tZ" not in Path(f"/proc/{child}/status").read_text()
        except OSError:
            return False

    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(), "the child outlived its SIGKILLed parent"
    assert proc.stderr is not None and proc.stderr.read() == b""


@pytest.mark.process  # starts the triage CLI (and waits out a silent broker's bootstrap)
@pytest.mark.parametrize(
    ("command", "clean_rc"),
    [
        (["mllp", "--port", "0", "--no-http"], 0),
        (["replay", "--out", "OUT", "--force", "--no-progress"], 130),
        (["send", "HL7FILE"], 1),  # nothing was sent: `send f && next` must not go on
    ],
    ids=["mllp", "replay", "send"],
)
def test_sigterm_while_a_silent_broker_is_bootstrapped_is_prompt(
    command: list[str], clean_rc: int, tmp_path: Path
) -> None:
    """A broker that accepts connections and never answers: kafka-python's constructor waits 10 s per attempt.
    `triage mllp` (its topic check) and `triage replay` (its range consumer) sat in it after SIGTERM until the
    9.5 s watchdog forced exit 1 (as if outputs were left unacknowledged); nothing is in hand there."""
    import socket

    hole = socket.create_server(("127.0.0.1", 0))
    accepted = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = hole.accept()
            except OSError:
                return
            held.append(conn)
            accepted.set()

    threading.Thread(target=accept, daemon=True).start()
    (tmp_path / "m.hl7").write_bytes(b"MSH|^~\\&|RIS|H|T|H|20240304103100||ORU^R01|M1|P|2.5.1\rPID|1||P1\r")
    argv = [
        a.replace("OUT", str(tmp_path / "out.jsonl")).replace("HL7FILE", str(tmp_path / "m.hl7"))
        for a in command
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "triage.cli",
            *argv,
            "--bootstrap-servers",
            f"127.0.0.1:{hole.getsockname()[1]}",
        ],
        env={**env, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    try:
        assert accepted.wait(120), "the command never connected"
        time.sleep(0.5)  # inside the constructor's bootstrap
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
        took = time.monotonic() - t0
        err = proc.stderr.read().decode() if proc.stderr else ""
        assert (rc, "shutdown_forced" in err) == (clean_rc, False), (rc, err[-500:])
        assert took < 5.0, took
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        hole.close()
        for conn in held:
            conn.close()


def test_a_main_thread_holding_the_gil_in_one_c_call_is_still_ended_with_exit_code_1(tmp_path: Path) -> None:
    """One long C call (a regular expression over a huge text) holds the GIL: the Python watchdog thread
    cannot run (a SIGTERM once took 11.0 s so). faulthandler's C timer ends the process anyway, exit 1."""
    proc = _python(
        """
        import re
        from triage.lifecycle.shutdown import Shutdown
        s = Shutdown(grace_s=0.1, force_after_s=0.5)
        s.exit_code_if_forced = lambda: 0  # the Python watchdog would say 0: it never gets the GIL
        s.install_signals()
        print("ready", flush=True)
        re.match(r"(a|aa)+$", "a" * 64 + "b")  # exponential, one C call: never returns in time
        """,
        tmp_path,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    time.sleep(0.3)  # inside the match
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=10)
    finally:
        proc.kill()
    assert code == 1 and time.monotonic() - t0 < 3.0
