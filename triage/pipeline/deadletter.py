"""Dead letters: the ORIGINAL record bytes, untouched, plus headers saying why; built to fit the output limit.

Schema: schemas/dead-letter.schema.json.

A dead letter always fits (`fit_dead_letter`): when value + key + headers of the original would exceed the
budget (settings.max_message_bytes, the same number that bounds the input and sizes the producer), the dead
letter becomes an "oversize" one: a JSON value (`triage-dlq-format: oversize`) with the source coordinates,
the sha256 and length of the original value and key, a bounded prefix (base64) and the reason. The original
stays in the input topic (its retention is the recovery window; deploy/README.md). Keys longer than
MAX_KEY_BYTES and header values longer than MAX_HEADER_VALUE_BYTES are bounded the same way (prefix +
``~len=N~sha256=...``).

The input record's own headers travel too, all of them, in order, repeated names kept, values byte for
byte, each renamed ``triage-input-header:<name>`` (INPUT_HEADER_PREFIX): no input header can collide with
the dead letter's own ``triage-*`` headers or its ``content-type``. A null input value (tombstone) stays a
null value (header ``triage-input-null-value: true`` says so; when the input had no key either, the value is
empty, because a record needs a key or a value). A null input header value is copied as an empty one and
named in ``triage-input-null-headers`` (NULL_HEADERS_HEADER: the 0-based positions of those copies among
the ``triage-input-header:`` ones, comma-separated, all of them: this header alone is never cut to
MAX_HEADER_VALUE_BYTES), so a consumer or auditor tells null from empty:
kafka-python's producer (3.0) refuses a null header value, so neither the dead letter nor `triage redrive` can
write one. `redrive_record` gives back the input's key, value and headers exactly, but a null header value
as an empty one. Input header values are bounded like ours only in an oversize dead letter.

The error text in `triage-dlq-error` is the message of a triage error (written PHI-free by the parser);
any other exception is reported by class name only, because its message may quote the input.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime

from triage.core import KafkaMessage, SourceRecord
from triage.errors import HL7Error, LifecycleError, TriageError
from triage.pipeline.bounds import MAX_HEADER_VALUE_BYTES, MAX_KEY_BYTES, bound_bytes

MAX_ERROR_CHARS = 500
OVERSIZE_PREFIX_BYTES = 4096  # of the original value, in an oversize dead letter
FORMAT_HEADER = "triage-dlq-format"
FORMAT_ORIGINAL = "original"
FORMAT_OVERSIZE = "oversize"
OVERSIZE_SCHEMA = "triage.dead-letter.oversize/1"
FORMAT_COORDINATES = "coordinates"
COORDINATES_SCHEMA = "triage.dead-letter.coordinates/1"
INPUT_HEADER_PREFIX = "triage-input-header:"
NULL_VALUE_HEADER = "triage-input-null-value"
NULL_HEADERS_HEADER = "triage-input-null-headers"
_HEADER_OVERHEAD = 16  # per header, what the record format adds beside name and value (varints, generous)


def dlq_reason(error: Exception) -> str:
    """Machine-readable reason: HL7Error.reason or LifecycleError.reason, else a generic code."""
    if isinstance(error, HL7Error | LifecycleError):
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
    order_index: int = 0,
    control_id: str | None = None,
    accession: str | None = None,
) -> KafkaMessage:
    """One dead letter for one failed message of `source` (a record with two failed messages gives two)."""
    return dead_letter_for(
        source,
        topic=topic,
        reason=reason or dlq_reason(error),
        error_type=type(error).__name__,
        error_text=safe_error_text(error),
        message_index=message_index,
        order_index=order_index,
        now=now,
        control_id=control_id,
        accession=accession,
    )


def dead_letter_for(
    source: SourceRecord,
    *,
    topic: str,
    reason: str,
    error_type: str,
    error_text: str,
    message_index: int,
    now: datetime,
    control_id: str | None = None,
    accession: str | None = None,
    order_index: int = 0,
) -> KafkaMessage:
    """The dead letter with the original key and value; `fit_dead_letter` bounds it for sending. The
    message's MSH-10 and accession, when the parser could read them, are headers (``triage-msh10``,
    ``triage-accession``: ids, never text) so `triage audit explain` and consumers find it by either."""
    ids = tuple(
        (name, value.encode("utf-8"))
        for name, value in (("triage-msh10", control_id), ("triage-accession", accession))
        if value
    )
    headers = (
        ("triage-dlq-reason", reason.encode("utf-8")),
        ("triage-dlq-error-type", error_type.encode("utf-8")),
        ("triage-dlq-error", error_text[:MAX_ERROR_CHARS].encode("utf-8")),
        ("triage-source-topic", source.topic.encode("utf-8")),
        ("triage-source-partition", str(source.partition).encode("ascii")),
        ("triage-source-offset", str(source.offset).encode("ascii")),
        ("triage-message-index", str(message_index).encode("ascii")),
        ("triage-order-index", str(order_index).encode("ascii")),
        ("triage-dlq-time", now.isoformat().encode("ascii")),
        *ids,
        *((NULL_VALUE_HEADER, b"true"),) * source.null_value,
        *((NULL_HEADERS_HEADER, ",".join(map(str, source.null_headers)).encode("ascii")),)
        * bool(source.null_headers),
        *((INPUT_HEADER_PREFIX + name, value) for name, value in source.headers),
    )
    # kafka-python refuses a record with neither key nor value: then the null value is sent empty
    value = None if source.null_value and source.key is not None else source.value
    return KafkaMessage(topic=topic, key=source.key, value=value, headers=headers)


def redrive_record(message: KafkaMessage) -> tuple[bytes | None, bytes | None, tuple[tuple[str, bytes], ...]]:
    """The input record a dead letter (original form) was made of: key, value (None for a null value) and
    headers, in order, under their own names. What to produce back to the input topic to re-drive it."""
    headers = tuple(
        (name[len(INPUT_HEADER_PREFIX) :], value)
        for name, value in message.headers
        if name.startswith(INPUT_HEADER_PREFIX)
    )
    null = dict(message.headers).get(NULL_VALUE_HEADER) == b"true"
    return message.key, None if null else message.value, headers


def coordinates_dead_letter(
    first: SourceRecord,
    last_offset: int,
    *,
    topic: str,
    reason: str,
    error_type: str,
    error_text: str,
    now: datetime,
) -> KafkaMessage:
    """The dead letter of input offsets `first.offset`..`last_offset` of one partition that the Kafka client
    could not decode (triage.stream.undecodable): coordinates only, no bytes (they stay in the input topic),
    no key (there is no message to take an id from). Format ``coordinates``, schema COORDINATES_SCHEMA."""
    body = {
        "schema": COORDINATES_SCHEMA,
        "reason": reason,
        "error_type": error_type,
        "source": {
            "topic": first.topic,
            "partition": first.partition,
            "first_offset": first.offset,
            "last_offset": last_offset,
        },
        "records": last_offset - first.offset + 1,
    }
    headers = (
        ("triage-dlq-reason", reason.encode("utf-8")),
        ("triage-dlq-error-type", error_type.encode("utf-8")),
        ("triage-dlq-error", error_text[:MAX_ERROR_CHARS].encode("utf-8")),
        ("triage-source-topic", first.topic.encode("utf-8")),
        ("triage-source-partition", str(first.partition).encode("ascii")),
        ("triage-source-offset", str(first.offset).encode("ascii")),
        ("triage-source-last-offset", str(last_offset).encode("ascii")),
        ("triage-message-index", b"0"),
        ("triage-dlq-time", now.isoformat().encode("ascii")),
        (FORMAT_HEADER, FORMAT_COORDINATES.encode("ascii")),
        ("content-type", b"application/json"),
    )
    value = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    return KafkaMessage(topic=topic, key=None, value=value, headers=headers)


def message_size(message: KafkaMessage) -> int:
    """Bytes the record's key, value and headers take (what a size limit counts, near enough)."""
    headers = sum(len(k.encode("utf-8")) + len(v) + _HEADER_OVERHEAD for k, v in message.headers)
    return len(message.key or b"") + len(message.value or b"") + headers + 64


def fit_dead_letter(message: KafkaMessage, budget: int, *, force_oversize: bool = False) -> KafkaMessage:
    """`message` (a dead letter with the original bytes) bounded to `budget` bytes: header values and the key
    bounded; the original value kept when the whole fits, else an oversize dead letter (module docstring).
    `force_oversize`: the broker refused the original form although it fits our budget."""
    headers = dict(message.headers)
    if FORMAT_HEADER in headers and (  # already fitted
        not force_oversize or headers[FORMAT_HEADER] == FORMAT_OVERSIZE.encode()
    ):
        return message
    kept = tuple((name, value) for name, value in message.headers if name != FORMAT_HEADER)
    # the null-header positions are never cut (a cut list would be unreadable and break the schema's pattern):
    # at most ~6 bytes per input header, which costs more than that itself, so it grows with what it names
    bounded_headers = tuple(
        (name, value if name == NULL_HEADERS_HEADER else bound_bytes(value, MAX_HEADER_VALUE_BYTES) or b"")
        for name, value in kept
    )
    # the input's own headers stay exact while the original value is kept: re-driving restores them
    exact = tuple(
        (name, value if name.startswith(INPUT_HEADER_PREFIX) else bounded)
        for (name, value), (_, bounded) in zip(kept, bounded_headers, strict=True)
    )
    key = bound_bytes(message.key, MAX_KEY_BYTES)
    original = KafkaMessage(
        topic=message.topic,
        key=key,
        value=message.value,
        headers=(*exact, (FORMAT_HEADER, FORMAT_ORIGINAL.encode("ascii"))),
    )
    if not force_oversize and message_size(original) <= budget:
        return original
    return _oversize(message, key, bounded_headers, budget)


def _oversize(
    message: KafkaMessage, key: bytes | None, headers: tuple[tuple[str, bytes], ...], budget: int
) -> KafkaMessage:
    h = dict(headers)
    value = message.value or b""
    prefix_len = max(0, min(OVERSIZE_PREFIX_BYTES, len(value), (budget - 4096) * 3 // 4))

    def text(name: str) -> str:
        return h.get(name, b"").decode("utf-8", errors="replace")

    def number(name: str) -> int | None:
        raw = text(name)
        return int(raw) if raw.isdigit() else None

    body = {
        "schema": OVERSIZE_SCHEMA,
        "reason": text("triage-dlq-reason"),
        "source": {
            "topic": text("triage-source-topic"),
            "partition": number("triage-source-partition"),
            "offset": number("triage-source-offset"),
            "message_index": number("triage-message-index"),
            "order_index": number("triage-order-index") or 0,
        },
        "original": {
            "value_bytes": len(value),
            "value_sha256": hashlib.sha256(value).hexdigest(),
            "key_bytes": None if message.key is None else len(message.key),
            "key_sha256": None if message.key is None else hashlib.sha256(message.key).hexdigest(),
        },
        "prefix_bytes": prefix_len,
        "prefix_base64": base64.b64encode(value[:prefix_len]).decode("ascii"),
    }
    extra = (
        (FORMAT_HEADER, FORMAT_OVERSIZE.encode("ascii")),
        ("triage-original-value-bytes", str(len(value)).encode("ascii")),
        ("triage-original-value-sha256", body["original"]["value_sha256"].encode("ascii")),  # type: ignore[index]
        ("content-type", b"application/json"),
    )
    return KafkaMessage(
        topic=message.topic,
        key=key,
        value=json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii"),
        headers=(*headers, *extra),
    )


def is_oversize_dead_letter(message: KafkaMessage) -> bool:
    return dict(message.headers).get(FORMAT_HEADER) == FORMAT_OVERSIZE.encode("ascii")


def dead_letter_envelope(message: KafkaMessage) -> dict[str, object]:
    """JSON view of a dead letter (schemas/dead-letter.schema.json): headers and key as text, value base64.
    For inspection tools and schema checks; the Kafka record itself carries the raw bytes."""
    return {
        "topic": message.topic,
        "key": message.key.decode("utf-8", errors="replace") if message.key is not None else None,
        "value": None if message.value is None else base64.b64encode(message.value).decode("ascii"),
        "headers": {name: value.decode("utf-8", errors="replace") for name, value in message.headers},
    }
