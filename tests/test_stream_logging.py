"""The rate limit on library log floods (triage.obs.logging.FloodFilter): one line per (logger, level,
message template) per interval, and the next line of a kind says how many were suppressed. The real-broker
check (kafka-python's connection errors while no broker answers) is in test_stream_membership.py."""

from __future__ import annotations

import io
import json
import logging

from triage.obs.logging import SUPPRESSED_FIELD, FloodFilter, configure_logging, last_client_error


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _record(name: str, msg: str, *args: object, level: int = logging.ERROR) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_one_line_per_kind_per_interval_with_the_suppressed_count() -> None:
    clock = _Clock()
    flood = FloodFilter(interval_s=30.0, clock=clock)
    conn = "Connect attempt to %s returned error %s"
    passed = [flood.filter(_record("kafka.conn", conn, f"node-{i}", 111)) for i in range(500)]
    assert passed[0] and not any(passed[1:])
    # other kinds are not held back: another template, another logger, another level
    assert flood.filter(_record("kafka.conn", "Bootstrap failed: %s", "timeout"))
    assert flood.filter(_record("kafka.client", conn, "n", 111))
    assert flood.filter(_record("kafka.conn", conn, "n", 111, level=logging.WARNING))

    clock.now += 29.9
    assert not flood.filter(_record("kafka.conn", conn, "n", 111))
    clock.now += 0.2
    first_after = _record("kafka.conn", conn, "n", 111)
    assert flood.filter(first_after) and getattr(first_after, SUPPRESSED_FIELD) == 500
    again = _record("kafka.conn", conn, "n", 111)
    assert not flood.filter(again)
    clock.now += 31
    quiet = _record("kafka.conn", conn, "n", 111)
    assert flood.filter(quiet) and getattr(quiet, SUPPRESSED_FIELD) == 1


def test_configured_logging_rate_limits_library_lines_into_the_json_stream() -> None:
    out = io.StringIO()
    try:
        configure_logging("DEBUG", stream=out, flood_interval_s=3600)  # kafka-python's lines are shown
        for i in range(200):
            logging.getLogger("kafka.net.manager").error("Connection failed: %s", f"ECONNREFUSED {i}")
        logging.getLogger("kafka.net.manager").error("Bootstrap failed: %s", "Unable to bootstrap")
    finally:
        configure_logging("INFO")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [ln["event"] for ln in lines] == [
        "Connection failed: ECONNREFUSED 0",
        "Bootstrap failed: Unable to bootstrap",
    ]
    assert all(ln["logger"] == "kafka.net.manager" and SUPPRESSED_FIELD not in ln for ln in lines)


def test_kafka_python_lines_are_quiet_unless_debug_and_triage_s_own_line_stays() -> None:
    """A broker that is down: the user reads triage's one structured line, not kafka-python's
    ECONNREFUSED / `<KafkaConnection ...>` lines (those come back with TRIAGE_LOG_LEVEL=DEBUG)."""
    import structlog

    out = io.StringIO()
    try:
        configure_logging("INFO", stream=out, flood_interval_s=3600)
        logging.getLogger("kafka.net.manager").error("Connection failed: %s", "111 ECONNREFUSED")
        logging.getLogger("kafka.net.manager").error("Bootstrap failed: %s", "Unable to bootstrap from [...]")
        logging.getLogger("kafka.conn").warning("<BrokerConnection node_id=bootstrap-0>: %s", "refused")
        logging.getLogger("triage.stream").warning("a triage stdlib line")
        structlog.get_logger("triage.stream").warning("broker_unreachable", attempt=1)
    finally:
        configure_logging("INFO")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [ln["event"] for ln in lines] == ["a triage stdlib line", "broker_unreachable"]
    # the client's newest ERROR that says why is kept for triage's line (not its summary, not a WARNING)
    assert last_client_error() == "Connection failed: 111 ECONNREFUSED"
