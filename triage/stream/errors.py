"""Producer/broker errors sorted into two kinds, so the delivery loop knows what a retry can fix.

* PERMANENT: the broker (or the client, before sending) refuses these exact bytes, and will refuse them again:
  too large, invalid/corrupt record (e.g. a schema-validated topic), authorization, unknown or invalid topic,
  policy violation, unsupported format. Never retried with the same bytes: the output is turned into
  something the broker accepts (a smaller dead letter, or the record is dead-lettered as ``output_refused``).
* TRANSIENT: everything else (timeouts, not-leader, network, a producer that aborted its batches because
  another send failed): retried with backoff, only what was not acknowledged.

Pure: no I/O, no client state.
"""

from __future__ import annotations

from enum import StrEnum

from kafka import errors as kafka_errors


class ErrorKind(StrEnum):
    PERMANENT = "permanent"
    TRANSIENT = "transient"


def _names(*names: str) -> tuple[type[BaseException], ...]:
    return tuple(t for t in (getattr(kafka_errors, n, None) for n in names) if isinstance(t, type))


PERMANENT_ERRORS: tuple[type[BaseException], ...] = _names(
    "MessageSizeTooLargeError",
    "RecordListTooLargeError",
    "InvalidRecordError",
    "CorruptRecordError",
    "InvalidTopicError",
    "UnknownTopicOrPartitionError",
    "AuthorizationError",  # topic, cluster, transactional id, group ...
    "TopicAuthorizationFailedError",
    "ClusterAuthorizationFailedError",
    "TransactionalIdAuthorizationFailedError",
    "PolicyViolationError",
    "UnsupportedForMessageFormatError",
    "InvalidRequiredAcksError",
)
# refusals that depend on the size of the bytes: a smaller rendering of the same output may pass
SIZE_ERRORS: tuple[type[BaseException], ...] = _names("MessageSizeTooLargeError", "RecordListTooLargeError")


def classify(error: BaseException | None) -> ErrorKind:
    """PERMANENT for a refusal of these bytes, TRANSIENT for anything a later attempt may fix."""
    if error is not None and isinstance(error, PERMANENT_ERRORS):
        return ErrorKind.PERMANENT
    return ErrorKind.TRANSIENT


def is_permanent(error: BaseException | None) -> bool:
    return classify(error) is ErrorKind.PERMANENT


def is_size_error(error: BaseException | None) -> bool:
    return error is not None and isinstance(error, SIZE_ERRORS)


def describe(error: BaseException | None) -> str:
    """Class name and kind only: a broker's message may echo record contents, so it is not repeated."""
    if error is None:
        return "no acknowledgement"
    return f"{type(error).__name__} ({classify(error)})"
