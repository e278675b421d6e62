"""Group membership and start-up on a real broker (Tansu on loopback), with `triage run` as a real process:

* a SIGTERM while the daemon is joining its group leaves the group cleanly: the next member is assigned
  every partition in one ordinary join (before the fix, Tansu kept electing the gone member as leader and the
  next one waited 75 s to over 4 minutes);
* the start-up broker wait (`TRIAGE_BROKER_WAIT_S`): unset, the daemon waits with /healthz 200 and /readyz
  503 and goes on when the broker appears; finite, it exits 4 with one error line.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import pytest

from triage.stream.broker import EmbeddedBroker, free_port

pytestmark = pytest.mark.kafka


def _get(port: int, path: str) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _wait_status(port: int, path: str, status: int, timeout_s: float = 90.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    last: Any = None
    while time.monotonic() < deadline:
        try:
            code, body = _get(port, path)
            if code == status:
                return body
            last = (code, body)
        except OSError as exc:
            last = exc
        time.sleep(0.1)
    raise AssertionError(f"{path} never answered {status}: {last}")


def _member_assignment(bootstrap: str, settings: Any, timeout_s: float) -> set[int]:
    """Join `settings.group_id` as a plain consumer; the input partitions it is assigned within
    `timeout_s` (empty if none)."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=settings.group_id,
        enable_auto_commit=False,
        session_timeout_ms=settings.session_timeout_ms,
        heartbeat_interval_ms=settings.heartbeat_interval_ms,
    )
    try:
        consumer.subscribe([settings.topics.input])
        deadline = time.monotonic() + timeout_s
        while not consumer.assignment() and time.monotonic() < deadline:
            consumer.poll(timeout_ms=200, max_records=1)
        return {tp.partition for tp in consumer.assignment()}
    finally:
        consumer.close(autocommit=False)


def test_sigterm_while_joining_leaves_the_group_so_the_next_member_is_assigned_at_once(kafka: Any) -> None:
    settings = kafka.settings(partitions=3)
    proc = kafka.start_process(settings, name="joining")
    kafka.wait_event(proc, "daemon_started", timeout_s=90)  # subscribed; the JoinGroup takes ~3 s on Tansu
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    events = [e["event"] for e in kafka.log_events(proc)]
    assert "join_completed_before_leaving" in events, events  # the SIGTERM did land during the join

    # one ordinary join on Tansu takes about half a session timeout (3 s here); a member stranded behind
    # the gone one waited far beyond 4 session timeouts
    assigned = _member_assignment(kafka.bootstrap, settings, timeout_s=4 * settings.session_timeout_ms / 1000)
    assert assigned == {0, 1, 2}


def test_sigterm_during_a_rebalance_leaves_the_group_so_the_other_member_takes_every_partition(
    kafka: Any,
) -> None:
    """A second member joins (the daemon's partitions are revoked, it rejoins); SIGTERM lands in that join:
    the daemon finishes it, leaves, and the other member ends up with every partition."""
    settings = kafka.settings(partitions=3)
    proc = kafka.start_process(settings, name="rebalancing")
    kafka.wait_event(proc, "partitions_assigned", timeout_s=90)
    result: list[set[int]] = []

    def other_member() -> None:
        from kafka import KafkaConsumer

        consumer = KafkaConsumer(
            bootstrap_servers=kafka.bootstrap,
            group_id=settings.group_id,
            enable_auto_commit=False,
            session_timeout_ms=settings.session_timeout_ms,
            heartbeat_interval_ms=settings.heartbeat_interval_ms,
        )
        try:
            consumer.subscribe([settings.topics.input])
            deadline = time.monotonic() + 45  # a stranded group took 75 s and more
            while {tp.partition for tp in consumer.assignment()} != {0, 1, 2} and time.monotonic() < deadline:
                consumer.poll(timeout_ms=200, max_records=1)
            result.append({tp.partition for tp in consumer.assignment()})
        finally:
            consumer.close(autocommit=False)

    member = threading.Thread(target=other_member, daemon=True)
    member.start()
    deadline = time.monotonic() + 60
    while not any(
        e.get("event") == "partitions_revoked" and e.get("partitions") for e in kafka.log_events(proc)
    ):
        assert time.monotonic() < deadline, "the daemon's partitions were never revoked"
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    assert "join_completed_before_leaving" in [e["event"] for e in kafka.log_events(proc)]
    member.join(timeout=60)
    assert result == [{0, 1, 2}]


def _run_cmd() -> list[str]:
    return [sys.executable, "-m", "triage.cli", "run", "--http-port"]


def test_finite_broker_wait_exits_4_with_one_error_line(kafka: Any) -> None:
    settings = kafka.settings(partitions=1)
    env = kafka.daemon_env(settings)
    env["TRIAGE_BOOTSTRAP_SERVERS"] = f"127.0.0.1:{free_port()}"  # nothing listens there
    env["TRIAGE_BROKER_WAIT_S"] = "2"
    done = subprocess.run([*_run_cmd(), "0"], env=env, capture_output=True, timeout=120)
    assert done.returncode == 4, done.stderr.decode()[-2000:]
    lines = [ln for ln in done.stderr.decode().splitlines() if ln.startswith("triage: error:")]
    assert len(lines) == 1 and "within broker_wait_s=2 s" in lines[0], lines


def test_default_broker_wait_keeps_trying_not_ready_but_alive_then_runs(kafka: Any) -> None:
    """No broker at start: /healthz 200 and /readyz 503 (broker_reachable false) while it keeps trying,
    triage's broker_unreachable lines and none of kafka-python's connection errors (those at DEBUG); when
    the broker appears the daemon joins and gets ready."""
    port, http_port = free_port(), free_port()
    settings = kafka.settings(partitions=1)
    env = kafka.daemon_env(settings)
    env["TRIAGE_BOOTSTRAP_SERVERS"] = f"127.0.0.1:{port}"
    env["TRIAGE_CREATE_TOPICS"] = "true"  # its first attempt may come before ensure_topics below (a race)
    env.pop("TRIAGE_BROKER_WAIT_S", None)
    log_path = kafka.tmp / "waiting.log"
    proc = subprocess.Popen(
        [*_run_cmd(), str(http_port)], env=env, stdout=subprocess.DEVNULL, stderr=log_path.open("wb")
    )
    proc.log_path = log_path  # type: ignore[attr-defined]
    kafka.procs.append(proc)
    _wait_status(http_port, "/healthz", 200)
    body = _wait_status(http_port, "/readyz", 503)
    assert body["checks"]["broker_reachable"] is False
    # keep waiting through several attempts (each ~10 s bootstrap + backoff): still alive, not ready
    while sum(e.get("event") == "broker_unreachable" for e in kafka.log_events(proc)) < 2:
        assert proc.poll() is None, log_path.read_text()[-2000:]
        time.sleep(0.2)
    assert _get(http_port, "/healthz")[0] == 200 and _get(http_port, "/readyz")[0] == 503
    kafka_lines = [e for e in kafka.log_events(proc) if str(e.get("logger", "")).startswith("kafka")]
    assert not kafka_lines, kafka_lines  # triage's broker_unreachable only (kafka-python's lines at DEBUG)
    causes = [str(e.get("cause")) for e in kafka.log_events(proc) if e.get("event") == "broker_unreachable"]
    assert any("ECONNREFUSED" in c for c in causes), causes  # the client's reason, in triage's line

    with EmbeddedBroker(port=port) as broker:
        from triage.config import Settings
        from triage.stream.kafka_io import ensure_topics

        moved = Settings(**{**settings.model_dump(), "bootstrap_servers": broker.bootstrap_servers})
        ensure_topics(moved.kafka, partitions=1)
        kafka.wait_event(proc, "partitions_assigned", timeout_s=90)
        assert _wait_status(http_port, "/readyz", 200)["checks"]["broker_reachable"] is True
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0


def test_sigterm_during_the_broker_wait_exits_0(kafka: Any) -> None:
    settings = kafka.settings(partitions=1)
    env = kafka.daemon_env(settings)
    env["TRIAGE_BOOTSTRAP_SERVERS"] = f"127.0.0.1:{free_port()}"
    log_path = kafka.tmp / "wait-sigterm.log"
    proc = subprocess.Popen(
        [*_run_cmd(), "0"], env=env, stdout=subprocess.DEVNULL, stderr=log_path.open("wb")
    )
    proc.log_path = log_path  # type: ignore[attr-defined]
    kafka.procs.append(proc)
    kafka.wait_event(proc, "broker_unreachable", timeout_s=120)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    assert "daemon_stopped" in [e.get("event") for e in kafka.log_events(proc)]
