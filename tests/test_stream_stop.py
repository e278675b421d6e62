"""Stopping and readiness on the real broker (issue 16): SIGTERM ends `triage run` within
SHUTDOWN_BOUND_S in every state (right after start, waiting for the broker, during the group join,
mid-batch, broker gone idle and mid-stream while produce is retried, polls failing), /readyz turns red
within 15 s of losing the broker and green again when records move, and the drift child dies with a
SIGKILLed daemon, leaving only JSON lines in the log. The network is cut with `tansu proxy`
(triage.stream.broker.EmbeddedProxy) in front of the session's broker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from triage.lifecycle.shutdown import SHUTDOWN_BOUND_S

pytestmark = [pytest.mark.kafka, pytest.mark.slow]
REPO = Path(__file__).resolve().parent.parent


def _term(proc: subprocess.Popen[bytes]) -> tuple[int, float]:
    """SIGTERM `proc`; (exit code, seconds to exit)."""
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=60)
    return code, time.monotonic() - t0


def _tail(kafka: Any, proc: subprocess.Popen[bytes], n: int = 15) -> list[tuple[str, str]]:
    """The last events of the daemon's log (time, event), for failure messages."""
    return [(str(e.get("timestamp", ""))[11:23], str(e.get("event"))) for e in kafka.log_events(proc)[-n:]]


def _status(port: int, path: str = "/readyz") -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


def _until(check: Any, timeout_s: float, step_s: float = 0.2) -> float | None:
    """Seconds until `check()` is true, None on timeout."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout_s:
        if check():
            return time.monotonic() - t0
        time.sleep(step_s)
    return None


def _via(settings: Any, address: str) -> Any:
    return settings.model_copy(update={"bootstrap_servers": address})


def _records(kafka: Any, n: int, seed: int = 5) -> list[tuple[bytes | None, bytes]]:
    from triage.offline.synth.oru import synth_stream

    return [(k, v) for k, v, _ in synth_stream(n, seed=seed, lifecycle_rate=0.0)]


@pytest.fixture
def proxy(kafka: Any, tmp_path: Path) -> Any:
    from triage.stream.broker import EmbeddedProxy

    with EmbeddedProxy(kafka.bootstrap, tmp_path / "proxy.log") as p:
        yield p


def test_sigterm_right_after_start_is_a_clean_stop(kafka: Any) -> None:
    proc = kafka.start_process(kafka.settings(partitions=1))
    time.sleep(1.0)
    code, took = _term(proc)
    assert code == 0 and took <= SHUTDOWN_BOUND_S, (code, took, _tail(kafka, proc))


def test_sigterm_while_waiting_for_the_broker(kafka: Any) -> None:
    from triage.stream.broker import free_port

    settings = _via(kafka.settings(partitions=1), f"127.0.0.1:{free_port()}")  # nothing listens there
    proc = kafka.start_process(settings)
    kafka.wait_event(proc, "broker_unreachable", timeout_s=90)
    code, took = _term(proc)
    assert code == 0 and took <= 3.0, (code, took)  # was 11 s: a bootstrap attempt was waited for


def test_sigterm_during_the_group_join(kafka: Any) -> None:
    proc = kafka.start_process(kafka.settings(partitions=2))
    kafka.wait_event(proc, "daemon_started", timeout_s=90)
    code, took = _term(proc)
    assert code == 0 and took <= SHUTDOWN_BOUND_S, (code, took, _tail(kafka, proc))


def test_sigterm_mid_batch_finishes_the_batch_and_exits_0(kafka: Any) -> None:
    settings = kafka.settings(partitions=1, batch_max_records=64)
    kafka.produce(settings.topics.input, _records(kafka, 600))
    proc = kafka.start_process(settings)
    kafka.wait_event(proc, "decision", timeout_s=120)
    code, took = _term(proc)
    assert code == 0 and took <= SHUTDOWN_BOUND_S, (code, took, _tail(kafka, proc))
    committed = kafka.committed(settings)[0]
    assert committed is not None and 0 < committed < 600  # stopped mid-stream, the batches it did committed


def test_broker_lost_idle_readyz_red_green_and_sigterm(kafka: Any, proxy: Any) -> None:
    """/readyz: 200 joined and idle; 503 within 15 s of the cut (was 200 in 21/21 samples); 200 again
    once the network is back, and then a record produced is decided (records move); SIGTERM with the
    network cut ends the daemon within the bound (was 31.8 s)."""
    from triage.stream.broker import free_port

    settings = _via(kafka.settings(partitions=1), proxy.address)
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    kafka.wait_event(proc, "partitions_assigned", timeout_s=90)
    assert _until(lambda: _status(port) == 200, 20) is not None
    proxy.cut()
    red = _until(lambda: _status(port) == 503, 30)
    assert red is not None and red <= 15.0, red
    assert _status(port, "/healthz") == 200  # the broker is away, the daemon is not dead
    proxy.start()
    green = _until(lambda: _status(port) == 200, 30)
    assert green is not None, "not ready again after the network came back"
    kafka.produce(settings.topics.input, _records(kafka, 1, seed=9))
    moved = _until(lambda: kafka.committed(settings)[0] == 1, 15)
    assert moved is not None, "ready, but the record did not move"
    proxy.cut()
    time.sleep(2.0)
    code, took = _term(proc)
    assert code == 0 and took <= SHUTDOWN_BOUND_S, (code, took, _tail(kafka, proc))


def test_broker_lost_mid_stream_sigterm_while_produce_is_retried(kafka: Any, proxy: Any) -> None:
    """The network goes while batches are delivered: the daemon retries its produce; SIGTERM ends it
    within the bound (was 108.6 s) with exit 1 when the batch in hand was left unacknowledged (its inputs
    are not committed: redelivered), else 0."""
    settings = _via(kafka.settings(partitions=1, batch_max_records=32), proxy.address)
    kafka.produce(settings.topics.input, _records(kafka, 1500))
    proc = kafka.start_process(settings)
    kafka.wait_event(proc, "decision", timeout_s=120)
    proxy.cut()
    time.sleep(2.0)
    code, took = _term(proc)
    assert took <= SHUTDOWN_BOUND_S, (took, _tail(kafka, proc))
    events = [e.get("event") for e in kafka.log_events(proc)]
    assert code in (0, 1), code
    if "shutdown_batch_not_delivered" in events or "batch_not_delivered" in events:
        assert code == 1, events[-10:]


def test_polls_that_keep_failing_turn_healthz_red_and_stop_stays_bounded(kafka: Any) -> None:
    """A poll that raises every time (e.g. a batch the client cannot decode) is not a live loop."""
    from kafka.errors import KafkaError

    from triage.obs.health import Health
    from triage.pipeline.process import Processor
    from triage.stream.daemon import Daemon

    settings = kafka.settings(partitions=1)
    health = Health(stall_after_s=600, failing_after_s=2.0)
    daemon = Daemon(settings.kafka, Processor.from_settings(kafka.scorer, settings), health=health)
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    assert _until(lambda: daemon.health.joined, 60) is not None
    assert daemon.health.alive()[0]

    def failing_poll(*_a: Any, **_k: Any) -> Any:
        raise KafkaError("injected: cannot decode this batch")

    daemon._consumer.poll = failing_poll  # type: ignore[union-attr,method-assign]
    assert _until(lambda: not daemon.health.alive()[0], 10) is not None
    assert daemon.health.alive()[1]["status"] == "failing"
    t0 = time.monotonic()
    daemon.stop("test")
    thread.join(timeout=30)
    assert not thread.is_alive() and time.monotonic() - t0 <= SHUTDOWN_BOUND_S


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.update(int(x) for x in text)
    return out


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_no_child_outlives_the_daemon_and_the_log_is_json(kafka: Any, sig: signal.Signals) -> None:
    """The daemon's only child is the drift process, gone within 0.5 s of the daemon's end (SIGKILL: the
    kernel's PR_SET_PDEATHSIG or its lifeline pipe; SIGTERM: the stop). Before, drift was a multiprocessing
    spawn child, which brought multiprocessing's resource tracker along: a second child, out of reach of
    any prctl, that outlived the daemon while it cleaned up the queue's semaphores."""
    topics = REPO / "model_artifacts" / "topics"
    if not (topics / "manifest.json").is_file():
        pytest.skip("no shipped topic model")
    settings = kafka.settings(partitions=1)
    kafka.produce(settings.topics.input, _records(kafka, 200))
    env_extra = {"TRIAGE_DRIFT__TOPICS_DIR": str(topics), "TRIAGE_DRIFT__INTERVAL_S": "0.5"}
    os.environ.update(env_extra)
    try:
        proc = kafka.start_process(settings)
    finally:
        for k in env_extra:
            os.environ.pop(k, None)
    kafka.wait_event(proc, "drift_on", timeout_s=120)
    kafka.wait_event(proc, "decision", timeout_s=120)
    time.sleep(1.5)  # the child sends a snapshot or two
    children = _children(proc.pid)
    commands = [Path(f"/proc/{c}/cmdline").read_bytes() for c in children]
    assert len(children) == 1 and b"triage.drift.monitor" in commands[0], commands
    proc.send_signal(sig)
    proc.wait(timeout=15)
    gone = _until(lambda: not any(_alive(c) for c in children), 0.5, step_s=0.01)
    assert gone is not None, "the drift child outlived the daemon by more than 0.5 s"
    time.sleep(0.5)
    lines = [ln for ln in Path(proc.log_path).read_text().splitlines() if ln.strip()]  # type: ignore[attr-defined]
    bad = []
    for ln in lines:
        try:
            json.loads(ln)
        except ValueError:
            bad.append(ln)
    assert not bad, bad[:5]


@pytest.mark.parametrize("network", ["up", "cut"])
def test_sigterm_ends_triage_mllp_within_the_bound(kafka: Any, proxy: Any, network: str) -> None:
    """Idle with the broker there (exit 0), and with the network cut while a frame waits for its broker
    acknowledgement (the frame gets no ACK: the sender resends it)."""
    import socket

    from triage.mllp import frame
    from triage.offline.synth.oru import synth_stream
    from triage.stream.broker import free_port

    settings = kafka.settings(partitions=1)
    port = free_port()
    args = ["--host", "127.0.0.1", "--port", str(port), "--input-topic", settings.topics.input]
    proc = kafka.start_process(
        _via(settings, proxy.address), command=["mllp", *args, "--log-level", "INFO"], name="mllp"
    )
    kafka.wait_event(proc, "mllp_listening", timeout_s=60)
    sock = None
    if network == "cut":
        proxy.cut()
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        _, value, _ = next(iter(synth_stream(1, seed=3)))
        sock.sendall(frame(value))
        time.sleep(1.0)
    code, took = _term(proc)
    if sock is not None:
        sock.close()
    assert took <= SHUTDOWN_BOUND_S, (took, _tail(kafka, proc))
    assert code in ((0,) if network == "up" else (0, 1)), (code, _tail(kafka, proc))


@pytest.mark.parametrize("network", ["up", "cut"])
def test_sigterm_ends_triage_replay_within_the_bound(kafka: Any, proxy: Any, network: str) -> None:
    settings = kafka.settings(partitions=1)
    kafka.produce(settings.topics.input, _records(kafka, 3000))
    out = kafka.tmp / "replay.jsonl"
    args = [
        *("--topic", settings.topics.input, "--model", str(kafka.model_dir), "--device", "cpu"),
        *("--out", str(out), "--no-progress", "--batch-size", "64", "--throttle-ms", "100"),
        *("--checkpoint", str(kafka.tmp / "replay.ckpt")),
    ]
    proc = kafka.start_process(_via(settings, proxy.address), command=["replay", *args], name="replay")
    assert _until(lambda: out.exists() and out.stat().st_size > 0, 120) is not None, _tail(kafka, proc)
    if network == "cut":
        proxy.cut()
        time.sleep(1.0)
    code, took = _term(proc)
    assert took <= SHUTDOWN_BOUND_S, (took, _tail(kafka, proc))
    assert code >= 0, code  # ended by itself, not by the signal's default action
    said = Path(proc.log_path).read_text(errors="replace")  # type: ignore[attr-defined]
    # a SIGTERM is no Ctrl-C: the line said "(Ctrl-C again to abort)" to a supervisor
    assert "triage replay: stopping after the current batch\n" in said and "Ctrl-C again" not in said


ABANDON_SCRIPT = """
import gc
from triage.config import Settings, TopicSettings
from triage.obs.metrics import Metrics
from triage.stream.broker import EmbeddedBroker
from triage.stream.delivery import Deliverer
from triage.stream.kafka_io import ensure_topics

with EmbeddedBroker() as broker:
    settings = Settings(bootstrap_servers=broker.bootstrap_servers, topics=TopicSettings.suffixed("abandon"))
    ensure_topics(settings.kafka, partitions=1)
    deliverer = Deliverer(settings.kafka, settings.run_topics, Metrics())
    producer = deliverer.ensure_producer()
    producer.send(settings.topics.audit, b"acknowledged").get(10)
    broker.stop()
    for _ in range(5):
        producer.send(settings.topics.audit, b"never acknowledged")
    del producer
    deliverer.reset_producer()  # as after a failed send: the old producer is abandoned
gc.collect()
print("done", flush=True)
"""


def test_an_abandoned_producer_leaves_no_traceback_on_stderr(tmp_path: Path) -> None:
    """The broker died with records in flight: kafka-python's close() raised, its __del__ raised again at exit
    ("Exception ignored in KafkaProducer.__del__ ... KafkaTimeoutError" and a traceback on stderr)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", ABANDON_SCRIPT],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("done"), done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr[-2000:]
