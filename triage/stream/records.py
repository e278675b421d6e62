"""kafka-python's ConsumerRecord → triage.core.SourceRecord, and the per-partition offsets of a batch.

Pure (no client calls): shared by the daemon loop and the group-less readers of triage.replay."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kafka import TopicPartition

from triage.core import SourceRecord


def to_source_record(rec: Any) -> SourceRecord:
    """kafka-python ConsumerRecord → SourceRecord (value kept as the exact bytes received; a null value is
    b"" with `null_value` set, a null header value b"" with its position in `null_headers`)."""
    raw = rec.headers or ()
    headers = tuple((k, v if v is not None else b"") for k, v in raw)
    null_headers = tuple(i for i, (_, v) in enumerate(raw) if v is None)
    return SourceRecord(
        topic=rec.topic,
        partition=rec.partition,
        offset=rec.offset,
        value=rec.value if rec.value is not None else b"",
        key=rec.key,
        timestamp_ms=rec.timestamp,
        headers=headers,
        null_value=rec.value is None,
        null_headers=null_headers,
    )


def first_and_next(
    records: Iterable[SourceRecord],
) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int]]:
    """Per partition: the lowest offset of `records` (where to seek back to) and one past the highest (what
    to commit)."""
    first: dict[tuple[str, int], int] = {}
    nxt: dict[tuple[str, int], int] = {}
    for r in records:  # plain tuples per record, one TopicPartition per partition
        where, offset = (r.topic, r.partition), r.offset
        if offset < first.get(where, offset + 1):
            first[where] = offset
        if offset >= nxt.get(where, offset):
            nxt[where] = offset + 1
    return (
        {TopicPartition(*where): offset for where, offset in first.items()},
        {TopicPartition(*where): offset for where, offset in nxt.items()},
    )
