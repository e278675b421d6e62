"""structlog JSON logs, one object per line, PHI-safe by construction and by defence.

Callers log ids and decisions only (control_id, accession, decision, score ...). As a second line of defence a
processor drops any field whose name is known to carry PHI (report text, impression, names, birth dates,
raw bytes), so a careless `log.info(..., text=report.text)` never reaches the log sink.

Libraries that log through the stdlib (kafka-python, tenacity) go through one handler into the same JSON
stream, behind a `FloodFilter`: during a broker outage kafka-python logs the same connection error many
times a second; the filter lets one line per (logger, level, message template) through per
`FLOOD_INTERVAL_S` and adds `"suppressed_similar": N` to the next line of that kind it lets through.
kafka-python's own lines are shown only at level DEBUG: otherwise triage's structured line (e.g.
`broker_unreachable`, whose `cause` is the client's last error line) is the one a user reads.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, MutableMapping
from typing import TYPE_CHECKING, Any, TextIO

import structlog

if TYPE_CHECKING:
    from triage.pipeline.audit import AuditRecord

# field names that may carry report text or identity beyond ids; compared case-insensitively
PHI_KEYS = frozenset(
    {
        "text",
        "report",
        "report_text",
        "impression",
        "findings",
        "narrative",
        "tokens",
        "raw",
        "value",
        "message",
        "body",
        "obx",
        "nte",
        "name",
        "patient_name",
        "patient_family",
        "patient_given",
        "given",
        "family",
        "birth_date",
        "birthdate",
        "dob",
        "date_of_birth",
        "address",
        "phone",
        "ssn",
        "radiologist",
    }
)
REDACTED_FIELD = "phi_fields_dropped"
FLOOD_INTERVAL_S = 30.0  # stdlib (library) log lines: one per kind per this many seconds
KAFKA_DEBUG_LEVEL = logging.WARNING  # kafka-python's lines shown at TRIAGE_LOG_LEVEL=DEBUG
CLIENT_ERROR_CHARS = 300
# kafka-python's summary of a failed bootstrap, logged after the error that says why: not kept over it
CLIENT_SUMMARY_LINES = ("Unable to bootstrap",)
_last_client_error: str | None = None


def last_client_error() -> str | None:
    """The newest ERROR line kafka-python logged (bounded; a connection error carries no report data), so
    triage's own line can say why the broker is unreachable (a refused port, a TLS handshake, SASL) while
    the client's lines themselves stay quiet."""
    return _last_client_error


class ClientLines(logging.Filter):
    """kafka-python's records: remembered (`last_client_error`) and, unless `show`, not written."""

    def __init__(self, show: bool) -> None:
        super().__init__()
        self.show = show

    def filter(self, record: logging.LogRecord) -> bool:
        global _last_client_error
        if record.name != "kafka" and not record.name.startswith("kafka."):
            return True
        if record.levelno >= logging.ERROR:
            text = " ".join(record.getMessage().split())
            if not any(s in text for s in CLIENT_SUMMARY_LINES):
                _last_client_error = text[:CLIENT_ERROR_CHARS]
        return self.show


SUPPRESSED_FIELD = "suppressed_similar"


class FloodFilter(logging.Filter):
    """Let one record per kind through per `interval_s` seconds; a kind is (logger name, level, the message
    template `record.msg` before %-formatting, so "connect to 127.0.0.1:9092 failed" and the same for
    another port are one kind). The first record of a kind after the interval carries
    `record.suppressed_similar` = how many of that kind were dropped since the last one let through (the
    count of a flood that stops is not reported on its own). Thread-safe; `clock` is for tests."""

    def __init__(self, interval_s: float = FLOOD_INTERVAL_S, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.interval_s = interval_s
        self._clock = clock
        self._lock = threading.Lock()
        self._kinds: dict[tuple[str, int, str], tuple[float, int]] = {}  # kind → (last passed at, dropped)

    def filter(self, record: logging.LogRecord) -> bool:
        kind = (record.name, record.levelno, str(record.msg))
        now = self._clock()
        with self._lock:
            passed_at, dropped = self._kinds.get(kind, (None, 0))
            if passed_at is not None and now - passed_at < self.interval_s:
                self._kinds[kind] = (passed_at, dropped + 1)
                return False
            if len(self._kinds) > 10_000:  # unbounded templates (a library formatting its own text): reset
                self._kinds.clear()
            self._kinds[kind] = (now, 0)
        if dropped:
            record.suppressed_similar = dropped
        return True


def drop_phi(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: remove PHI-named fields (and say which were removed, never their values)."""
    dropped = [key for key in event_dict if key.lower() in PHI_KEYS]
    for key in dropped:
        del event_dict[key]
    if dropped:
        event_dict[REDACTED_FIELD] = sorted(dropped)
    return event_dict


def configure_logging(
    level: str = "INFO", stream: TextIO | None = None, flood_interval_s: float = FLOOD_INTERVAL_S
) -> None:
    """JSON lines on `stream` (stderr by default, so stdout stays free for command output); stdlib records
    (kafka-python, tenacity) rate-limited by a FloodFilter(`flood_interval_s`)."""
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    out = stream or sys.stderr
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        drop_phi,
    ]
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(sort_keys=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(out),
        cache_logger_on_first_use=False,
    )
    # kafka-python and tenacity log through the stdlib: route WARNING+ into the same JSON stream
    handler = logging.StreamHandler(out)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.JSONRenderer(),
            ],
            foreign_pre_chain=[
                *shared,
                structlog.stdlib.add_logger_name,
                structlog.stdlib.ExtraAdder(allow=[SUPPRESSED_FIELD]),
            ],
        )
    )
    debug = numeric <= logging.DEBUG
    handler.addFilter(ClientLines(show=debug))
    handler.addFilter(FloodFilter(flood_interval_s))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_triage", False):
            root.removeHandler(old)
    handler._triage = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(max(numeric, logging.WARNING))
    # kafka-python logs every failed connection (ECONNREFUSED, "<KafkaConnection ...>: Connection lost",
    # "Bootstrap failed") at ERROR, ahead of triage's own line that says it once with the context
    # (broker_unreachable with the client's last error as `cause`, poll_failed, batch_not_delivered,
    # /readyz): ClientLines keeps them quiet; its WARNING+ lines (still rate-limited) come back at DEBUG.
    logging.getLogger("kafka").setLevel(KAFKA_DEBUG_LEVEL if debug else logging.ERROR)


def decision_fields(audit: AuditRecord) -> dict[str, Any]:
    """The log fields of one decision, read from its audit record (ids and outcome only)."""
    return {
        "control_id": audit.control_id,
        "accession": audit.accession,
        "decision": str(audit.decision),
        "reason": audit.reason,
        "score": audit.score,
        "policy_score": audit.policy_score,
        "flag_action": str(audit.flag_action),
        "flag_id": audit.flag_id,
        "priority": audit.priority,
        "mode": audit.mode,
        "partition": audit.source.partition,
        "offset": audit.source.offset,
        "message_index": audit.source.message_index,
        "order_index": audit.source.order_index,
        "latency_ms": audit.timings.total_ms,
    }
