"""Dead letters: the ORIGINAL record bytes, untouched, plus headers saying why.

Schema: schemas/dead-letter.schema.json.

The error text in `triage-dlq-error` is the message of a triage error (written PHI-free by the parser);
any other exception is reported by class name only, because its message may quote the input.
"""

from __future__ import annotations

import base64
from datetime import datetime

from triage.core import KafkaMessage, SourceRecord
from triage.errors import HL7Error, TriageError

MAX_ERROR_CHARS = 500


def dlq_reason(error: Exception) -> str:
    """Machine-readable reason: HL7Error.reason, else a generic code."""
    if isinstance(error, HL7Error):
        return error.reason
    if isinstance(error, TriageError):
        return "processing_error"
    return "internal_error"


def safe_error_text(error: Exception) -> str:
    if isinstance(error, TriageError):
        return str(error)[:MAX_ERROR_CHARS]
    return f"unexpected {type(error).__name__} (message withheld: it may quote the input)"


def build_dead_letter(
    source: SourceRecord,
    *,
    topic: str,
    error: Exception,
    message_index: int,
    now: datetime,
    reason: str | None = None,
) -> KafkaMessage:
    """One dead letter for one failed message of `source` (a record with two failed messages gives two)."""
    headers = (
        ("triage-dlq-reason", (reason or dlq_reason(error)).encode("utf-8")),
        ("triage-dlq-error-type", type(error).__name__.encode("utf-8")),
        ("triage-dlq-error", safe_error_text(error).encode("utf-8")),
        ("triage-source-topic", source.topic.encode("utf-8")),
        ("triage-source-partition", str(source.partition).encode("ascii")),
        ("triage-source-offset", str(source.offset).encode("ascii")),
        ("triage-message-index", str(message_index).encode("ascii")),
        ("triage-dlq-time", now.isoformat().encode("ascii")),
    )
    return KafkaMessage(topic=topic, key=source.key, value=source.value, headers=headers)


def dead_letter_envelope(message: KafkaMessage) -> dict[str, object]:
    """JSON view of a dead letter (schemas/dead-letter.schema.json): headers and key as text, value base64.
    For inspection tools and schema checks; the Kafka record itself carries the raw bytes."""
    return {
        "topic": message.topic,
        "key": message.key.decode("utf-8", errors="replace") if message.key is not None else None,
        "value": base64.b64encode(message.value).decode("ascii"),
        "headers": {name: value.decode("utf-8", errors="replace") for name, value in message.headers},
    }
