"""A group join that does not complete (a member that holds the rebalance; a broker after a freeze): the
daemon says so every GROUP_JOIN_LOG_S (`group_join_waiting`, the seconds waited) and /readyz is red with
reason `group_join_pending`, not `broker_reachable: false` (breaker: minutes of silence, then a readiness
report blaming a broker that answered). In-memory broker for the loop's logic, Tansu for the real client."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from memory_broker import MemoryBroker
from structlog.testing import capture_logs
from test_pipeline_support import KeywordScorer

import triage.stream.daemon as daemon_module
from triage.config import Settings
from triage.obs.health import Health
from triage.pipeline.process import Processor
from triage.stream.daemon import Daemon, contact_timeout_s


def test_health_reports_a_pending_join_as_the_reason_not_the_broker() -> None:
    h = Health(ready_stall_s=30.0)
    h.model_loaded = True
    h.set_broker(True)
    h.join_pending()
    time.sleep(0.05)
    ok, body = h.ready()
    assert not ok and body["reason"] == "group_join_pending" and body["group_join_waited_s"] >= 0.0
    assert body["checks"]["group_joined"] is False and body["checks"]["broker_reachable"] is True
    h.join_complete()
    ok, body = h.ready()
    assert ok and "reason" not in body and h.join_waited_s() is None


def test_a_member_holding_the_rebalance_is_logged_every_period_and_is_the_readyz_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second member joins and never polls: the memory broker holds the generation until it rejoins.
    The health's clock is a fake one the test moves, so the periods do not depend on a busy machine."""
    monkeypatch.setattr(daemon_module, "GROUP_JOIN_LOG_S", 0.1)
    settings = Settings(batch_max_records=2, batch_max_wait_ms=0)
    broker = MemoryBroker.for_settings(settings)
    processor = Processor.from_settings(KeywordScorer(), settings)
    now = [time.monotonic()]
    health = Health(
        contact_timeout_s=contact_timeout_s(settings.kafka),
        ready_stall_s=settings.obs.ready_stall_s,
        clock=lambda: now[0],
    )
    daemon = Daemon(settings.kafka, processor, broker=broker, health=health)
    daemon._open()
    try:
        daemon._step()
        assert daemon.health.joined
        holder = broker.group_consumer(settings.kafka)
        holder.subscribe([settings.topics.input])  # joins, then never polls: the rebalance waits for it
        with capture_logs() as logs:
            for _ in range(7):  # 0.35 s on the fake clock, two rounds per 0.1 s period
                daemon._step()
                now[0] += 0.05
            daemon._step()
        ok, body = daemon.health.ready()
        assert not ok and body["reason"] == "group_join_pending" and body["group_join_waited_s"] >= 0.3
        assert body["checks"]["broker_reachable"] is True
        waiting = [e for e in logs if e["event"] == "group_join_waiting"]
        assert len(waiting) == 3, waiting  # once per period (0.1, 0.2, 0.3 s), not once per loop round
        assert all(e["waited_s"] >= 0.1 for e in waiting) and waiting[0]["group_id"] == settings.group_id
        assert waiting[-1]["waited_s"] > waiting[0]["waited_s"] and waiting[0]["log_level"] == "warning"
        holder.close()  # it leaves: the generation completes without it
        for _ in range(3):
            daemon._step()
        ok, body = daemon.health.ready()
        assert daemon.health.joined and "reason" not in body
    finally:
        daemon._drain()
        daemon._close()


def test_real_broker_a_join_held_by_a_silent_member_is_pending_not_an_unreachable_broker(kafka: Any) -> None:
    """Tansu: a kafka-python member joins and stops polling; the daemon's JoinGroup then waits for it while
    kafka-python sends no heartbeat. /readyz must keep `broker_reachable: true` and name the pending join."""
    from kafka import KafkaConsumer

    settings = kafka.settings(partitions=1)
    holder = KafkaConsumer(
        settings.topics.input,
        bootstrap_servers=settings.bootstrap_servers,
        group_id=settings.group_id,
        session_timeout_ms=settings.session_timeout_ms,
        heartbeat_interval_ms=settings.heartbeat_interval_ms,
        max_poll_interval_ms=60_000,
    )
    try:
        deadline = time.monotonic() + 60
        while not holder.assignment() and time.monotonic() < deadline:
            holder.poll(timeout_ms=200)
        assert holder.assignment(), "the holder did not join"
        daemon = Daemon(settings.kafka, Processor.from_settings(kafka.scorer, settings), obs=settings.obs)
        thread = threading.Thread(target=daemon.run, daemon=True)
        thread.start()
        try:
            # past the contact timeout (5-10 s): a stale heartbeat would read as an unreachable broker
            time.sleep(12.0)
            ok, body = daemon.health.ready()
        finally:
            daemon.stop("test")
            thread.join(timeout=30)
        assert not thread.is_alive()
    finally:
        holder.close()
    if body["checks"]["group_joined"]:
        pytest.skip("this broker completed the join without the silent member")
    assert not ok and body["reason"] == "group_join_pending", body
    assert body["checks"]["broker_reachable"] is True, body
