"""/readyz input_moving and offsets_reset against a real broker (Tansu): the broker restarted EMPTY on the
same port while the daemon runs (a breaker found the daemon ready while new records never moved)."""

from __future__ import annotations

import time
from typing import Any

import pytest

try:
    from tests.test_stream_stop import _status, _until
except ImportError:  # tests/ itself on sys.path (pytest's default import mode)
    from test_stream_stop import _status, _until  # type: ignore[no-redef]

from test_break2_kafka import _records, own_broker  # noqa: F401  (a fixture)

WINDOW_S = 3.0


def test_broker_restarted_empty_on_the_same_port_the_new_records_move_and_readyz_is_green(
    own_broker: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from triage.stream.broker import EmbeddedBroker, free_port
    from triage.stream.kafka_io import ensure_topics

    broker, kafka = own_broker
    monkeypatch.setenv("TRIAGE_INPUT_STALL_S", str(WINDOW_S))
    settings = kafka.settings(partitions=1, batch_max_records=8)
    kafka.produce(settings.topics.input, _records(12, seed=5))
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    kafka.audits_until(settings, 12)
    assert _until(lambda: _status(port) == 200, 30) is not None
    old_port = broker.port
    broker.stop()  # gone with its log
    with EmbeddedBroker(port=old_port) as fresh:  # the same address, empty
        ensure_topics(settings.kafka, partitions=1)
        t0 = time.monotonic()
        kafka.produce(settings.topics.input, _records(3, seed=6))  # offsets 0..2, below the position 12
        assert kafka.audits_until(settings, 3, timeout_s=60)  # the new log's records moved
        print("the new log's records moved after", round(time.monotonic() - t0, 1), "s")
        assert _until(lambda: _status(port) == 200, 30) is not None
        proc.terminate()
        proc.wait(15)
        assert fresh.pid
    events = kafka.log_events(proc)
    told = [e for e in events if e.get("event") in ("input_stalled", "offsets_reset")]
    print("told:", told)


def test_input_topic_deleted_and_recreated_the_daemon_resets_to_the_new_log_start(
    kafka: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kafka.admin import KafkaAdminClient, NewTopic

    from triage.stream.broker import free_port

    monkeypatch.setenv("TRIAGE_INPUT_STALL_S", str(WINDOW_S))
    settings = kafka.settings(partitions=1, batch_max_records=8)
    kafka.produce(settings.topics.input, _records(12, seed=7))
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    kafka.audits_until(settings, 12)
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        admin.delete_topics([settings.topics.input])
        time.sleep(1.0)
        admin.create_topics([NewTopic(settings.topics.input, 1, 1)])
    finally:
        admin.close()
    t0 = time.monotonic()
    kafka.produce(settings.topics.input, _records(3, seed=8))  # offsets 0..2 again
    reds: list[float] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if _status(port) == 503:
            reds.append(time.monotonic() - t0)
        if any(e.get("event") == "offsets_reset" for e in kafka.log_events(proc)):
            break
        time.sleep(0.2)
    events = kafka.log_events(proc)
    told = [e for e in events if e.get("event") in ("input_stalled", "offsets_reset", "input_moving")]
    print("told:", told, "red at:", reds[:3], reds[-1:])
    (reset,) = [e for e in told if e["event"] == "offsets_reset"]
    assert (reset["old_offset"], reset["new_offset"]) == (12, 0)
    assert time.monotonic() - t0 <= 1.5 * WINDOW_S + 5
    audits = kafka.read(settings.topics.audit, until=lambda r: len(r) >= 15, timeout_s=60)
    assert len(audits) >= 15  # 12 before, the new log's 3 after
    assert _until(lambda: _status(port) == 200, 30) is not None
