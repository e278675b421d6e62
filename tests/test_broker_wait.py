"""Waiting for a broker that does not answer, on real sockets (a loopback port nobody listens on): the whole
wait honours its configured bound (one attempt never outlasts what is left of it: two 10 s bootstraps made
a 15 s wait last 20 s), and a one-shot command says what it waits for, then fails with one error line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from triage.config import Settings
from triage.stream import kafka_io
from triage.stream.kafka_io import BrokerUnavailableError, make_admin, wait_for_broker


def _closed_port() -> int:
    """A loopback port that refuses connections (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_client_connect_wait_ends_at_its_timeout_not_after_another_whole_attempt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kafka_io, "BOOTSTRAP_ATTEMPT_MS", 2000)  # 2 s attempts: a 3 s wait needs a second one
    settings = Settings(bootstrap_servers=f"127.0.0.1:{_closed_port()}")
    start = time.monotonic()
    with pytest.raises(BrokerUnavailableError, match="within 3 s"):
        make_admin(settings.kafka, connect_timeout_s=3.0)
    waited = time.monotonic() - start
    assert 2.5 <= waited <= 3.6, waited  # a whole second attempt would end at 4.2 s


def test_the_daemon_s_broker_wait_ends_at_broker_wait_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kafka_io, "BOOTSTRAP_ATTEMPT_MS", 2000)
    settings = Settings(bootstrap_servers=f"127.0.0.1:{_closed_port()}", broker_wait_s=3.0)
    start = time.monotonic()
    with pytest.raises(BrokerUnavailableError, match="broker_wait_s=3"):
        wait_for_broker(settings.kafka, stop=threading.Event())
    waited = time.monotonic() - start
    assert 2.5 <= waited <= 3.6, waited


@pytest.mark.process
@pytest.mark.timeout(60)
def test_audit_explain_says_what_it_waits_for_then_fails_with_one_error_line() -> None:
    """It sat silent for 33 s (kafka-python's 30 s bootstrap) before its error."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    servers = f"127.0.0.1:{_closed_port()}"
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "audit", "explain", "ACC-1", "--bootstrap-servers", servers],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    first = proc.stderr.readline()
    said_after = time.monotonic() - start
    rest = proc.stderr.read()
    proc.wait(timeout=30)
    took = time.monotonic() - start
    assert first == f"triage: waiting for Kafka at {servers} (the consumer, up to 15 s)\n"
    assert said_after < 8.0, said_after  # within a second of asking (plus the interpreter's start)
    lines = rest.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"triage: error: cannot reach Kafka at {servers}"), rest
    assert proc.returncode == 2
    assert 14.0 <= took <= 22.0, took  # the 15 s wait, not 33 s


@pytest.mark.process
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["tail", "hl7.oru"], "consumer"),
        (["fetch", "hl7.oru:0:0", "--out", "{tmp}/x.bin"], "consumer"),
        (["redrive", "hl7.oru.dlq:0:0"], "consumer"),
        (["redrive", "--reason", "no_msh", "--dry-run"], "consumer"),
        (["audit", "explain", "ACC-1"], "consumer"),
        (["send", "{tmp}/m.hl7"], "admin client"),
        (["topics", "create"], "admin client"),
    ],
)
def test_one_shot_commands_wait_triage_broker_wait_s_and_say_so(
    args: list[str], what: str, tmp_path: os.PathLike[str]
) -> None:
    """They waited a hard-coded 15 s (`topics create` 30 s, silently) whatever TRIAGE_BROKER_WAIT_S said."""
    (tmp_path / "m.hl7").write_bytes(  # type: ignore[operator]
        b"MSH|^~\\&|RIS|H|T|H|20240315143012||ORU^R01|C1|P|2.5.1\rOBR|1|||CT||||||||||||||A1\r"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    servers = f"127.0.0.1:{_closed_port()}"
    env.update(TRIAGE_BOOTSTRAP_SERVERS=servers, TRIAGE_BROKER_WAIT_S="3")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "triage.cli", *argv], capture_output=True, text=True, env=env, timeout=40
    )
    took = time.monotonic() - start
    lines = proc.stderr.splitlines()
    assert lines[0] == f"triage: waiting for Kafka at {servers} (the {what}, up to 3 s)", proc.stderr
    assert len(lines) == 2 and lines[1].startswith("triage: error: "), proc.stderr
    assert proc.returncode == 2
    assert took < 3 + 5, took  # the interpreter's start and imports besides the 3 s wait
