"""structlog JSON logs, one object per line, PHI-safe by construction and by defence.

Callers log ids and decisions only (control_id, accession, decision, score ...). As a second line of defence a
processor drops any field whose name is known to carry PHI (report text, impression, names, birth dates,
raw bytes), so a careless `log.info(..., text=report.text)` never reaches the log sink.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

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


def drop_phi(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: remove PHI-named fields (and say which were removed, never their values)."""
    dropped = [key for key in event_dict if key.lower() in PHI_KEYS]
    for key in dropped:
        del event_dict[key]
    if dropped:
        event_dict[REDACTED_FIELD] = sorted(dropped)
    return event_dict


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """JSON lines on `stream` (stderr by default, so stdout stays free for command output)."""
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
            foreign_pre_chain=[*shared, structlog.stdlib.add_logger_name],
        )
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_triage", False):
            root.removeHandler(old)
    handler._triage = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(max(numeric, logging.WARNING))
    logging.getLogger("kafka").setLevel(logging.ERROR)  # its WARNINGs on reconnect are noise; we log ours


def decision_fields(audit: dict[str, Any]) -> dict[str, Any]:
    """The log fields of one decision, picked from its audit record (ids and outcome only)."""
    source = audit.get("source") or {}
    timings = audit.get("timings") or {}
    return {
        "control_id": audit.get("control_id"),
        "accession": audit.get("accession"),
        "decision": audit.get("decision"),
        "reason": audit.get("reason"),
        "score": audit.get("score"),
        "flag_action": audit.get("flag_action"),
        "flag_id": audit.get("flag_id"),
        "mode": audit.get("mode"),
        "partition": source.get("partition"),
        "offset": source.get("offset"),
        "message_index": source.get("message_index"),
        "latency_ms": timings.get("total_ms"),
    }
