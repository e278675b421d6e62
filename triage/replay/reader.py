"""Read a resolved range without joining a consumer group, in one deterministic order.

The consumer has no ``group_id``: partitions are assigned directly, nothing is committed, and the live
group (``triage``) never sees a new member or a rebalance.

Order: the live daemon reads its partitions side by side, so the replay merges them by
(record timestamp, partition, offset) — a greedy k-way merge. The merge is memoryless: given the
per-partition next offsets (what the checkpoint stores) the rest of the order is fixed, so a resumed
replay processes records in exactly the order an uninterrupted one would.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from triage.core import SourceRecord
from triage.errors import ConfigError
from triage.replay.range import TopicRange
from triage.stream.kafka_io import (
    BOOTSTRAP_ATTEMPT_MS,
    CLI_CONNECT_TIMEOUT_S,
    BrokerUnavailableError,
    connect_client,
)
from triage.stream.records import to_source_record
from triage.stream.transactions import committed_only
from triage.stream.undecodable import reader_poll

# Large fetches: replay is throughput-bound, not latency-bound.
FETCH_CONFIG: dict[str, Any] = {
    "fetch_max_bytes": 64 * 1024 * 1024,
    "max_partition_fetch_bytes": 16 * 1024 * 1024,
    "fetch_min_bytes": 1,
    "fetch_max_wait_ms": 100,
    "max_poll_records": 5000,
    "receive_buffer_bytes": 4 * 1024 * 1024,
}
_BUFFER_HIGH = 20_000  # records buffered per partition before it is paused


def range_consumer(
    bootstrap_servers: str,
    security_kwargs: Mapping[str, Any] | None = None,
    client_id: str = "triage-replay",
    isolation_level: str = "read_committed",
    connect_timeout_s: float = CLI_CONNECT_TIMEOUT_S,
) -> Any:
    """A KafkaConsumer that belongs to no group: no join, no commits, no offsets reset behind our back.
    read_committed by default, like the daemon (Settings.isolation_level): a replay decides what it did.
    A broker that does not answer: one stderr line says so after a second, one ConfigError after
    `connect_timeout_s` (not kafka-python's silent 30 s bootstrap)."""
    from kafka import KafkaConsumer
    from kafka.errors import KafkaError

    cfg: dict[str, Any] = {
        "bootstrap_servers": bootstrap_servers.split(","),
        "group_id": None,
        "enable_auto_commit": False,
        "auto_offset_reset": "none",
        "client_id": client_id,
        "isolation_level": isolation_level,
        **FETCH_CONFIG,
        **dict(security_kwargs or {}),
    }
    if "bootstrap_timeout_ms" in KafkaConsumer.DEFAULT_CONFIG:  # kafka-python >= 3
        cfg["bootstrap_timeout_ms"] = BOOTSTRAP_ATTEMPT_MS
    try:
        return committed_only(
            connect_client(KafkaConsumer, cfg, "consumer", bootstrap_servers, connect_timeout_s, notice=True)
        )
    except (KafkaError, BrokerUnavailableError) as exc:
        raise ConfigError(
            str(exc)
            if isinstance(exc, BrokerUnavailableError)
            else f"cannot reach Kafka at {bootstrap_servers}: {exc}"
        ) from exc


class RangeReader:
    """Iterates the records of `topic_range`, starting each partition at `positions` (default: range start).

    `next_offsets()` tells, at any moment, the per-partition offset of the first record not yet handed
    out: the checkpoint.
    """

    def __init__(
        self,
        consumer: Any,
        topic_range: TopicRange,
        positions: Mapping[int, int] | None = None,
        poll_timeout_ms: int = 500,
        max_idle_polls: int = 120,
    ) -> None:
        from kafka import TopicPartition

        self._consumer = consumer
        self._range = topic_range
        self._ends = {p.partition: p.end for p in topic_range.partitions}
        self._next = {p.partition: p.start for p in topic_range.partitions}
        for part, offset in (positions or {}).items():
            if part not in self._next:
                raise ConfigError(f"checkpoint names partition {part}, which is not in the range")
            self._next[part] = offset
        self._tps = {p: TopicPartition(topic_range.topic, p) for p in self._next}
        self._buffers: dict[int, deque[SourceRecord]] = {p: deque() for p in self._next}
        self._fetched = dict(self._next)  # next offset to arrive from the broker, per partition
        self._poll_timeout_ms = poll_timeout_ms
        self._max_idle_polls = max_idle_polls
        active = [p for p in self._next if self._next[p] < self._ends[p]]
        # a fresh assignment: kafka-python keeps a partition's state (paused, position) across assign()
        # calls that both contain it, and this consumer may have read another range before
        consumer.assign([])
        consumer.assign([self._tps[p] for p in active])
        if active:
            consumer.resume(*[self._tps[p] for p in active])
        for p in active:
            consumer.seek(self._tps[p], self._next[p])
        self._paused: set[int] = set()

    def next_offsets(self) -> dict[int, int]:
        return dict(self._next)

    def _done_fetching(self, part: int) -> bool:
        return self._fetched[part] >= self._ends[part]

    def _poll(self) -> None:
        """One fetch round; distributes records into per-partition buffers, trims at the range end."""
        consumer = self._consumer
        for part in list(self._paused):
            if len(self._buffers[part]) < _BUFFER_HIGH // 2 and not self._done_fetching(part):
                consumer.resume(self._tps[part])
                self._paused.discard(part)
        reading = ", ".join(f"{p} at {self._fetched[p]}" for p in sorted(self._tps) if p not in self._paused)
        got = reader_poll(
            consumer, f"{self._range.topic} (partition(s) {reading})", timeout_ms=self._poll_timeout_ms
        )
        for tp, records in got.items():
            part = tp.partition
            end = self._ends[part]
            buf = self._buffers[part]
            for rec in records:
                if rec.offset >= end:
                    break
                buf.append(to_source_record(rec))
            self._fetched[part] = max(self._fetched[part], consumer.position(tp))
            if self._done_fetching(part) or len(buf) >= _BUFFER_HIGH:
                consumer.pause(tp)
                self._paused.add(part)
        for part, tp in self._tps.items():  # compacted or transactional gaps: position moves without records
            if part not in self._paused and not self._done_fetching(part):
                try:
                    self._fetched[part] = max(self._fetched[part], consumer.position(tp))
                except Exception:  # not assigned (already finished)
                    continue

    def _partition_stream(self, part: int) -> Iterator[SourceRecord]:
        buf = self._buffers[part]
        idle = 0
        while True:
            if buf:
                idle = 0
                yield buf.popleft()
                continue
            if self._done_fetching(part):
                return
            before = self._fetched[part]
            self._poll()
            if not buf and self._fetched[part] == before:
                idle += 1
                if idle > self._max_idle_polls:
                    raise ConfigError(
                        f"no progress reading {self._range.topic} partition {part} at offset {before} "
                        f"(range ends at {self._ends[part]}); is the broker reachable?"
                    )

    def records(self) -> Iterator[SourceRecord]:
        """All remaining records in merge order (timestamp, partition, offset)."""
        streams = [self._partition_stream(p) for p in sorted(self._next) if self._next[p] < self._ends[p]]
        merged = heapq.merge(*streams, key=lambda r: (r.timestamp_ms or 0, r.partition, r.offset))
        for rec in merged:
            self._next[rec.partition] = rec.offset + 1
            yield rec
        for part in self._next:  # everything read: the range end is the next offset (covers trailing gaps)
            self._next[part] = max(self._next[part], self._ends[part])

    def batches(self, size: int) -> Iterator[list[SourceRecord]]:
        """Records in merge order, `size` at a time. `next_offsets()` is updated as they are handed out."""
        batch: list[SourceRecord] = []
        for rec in self.records():
            batch.append(rec)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch


def read_range(
    bootstrap_servers: str,
    security_kwargs: Mapping[str, Any] | None,
    topic: str,
    from_bound: Any = None,
    to_bound: Any = None,
    partitions: Any = None,
    *,
    connect_timeout_s: float = CLI_CONNECT_TIMEOUT_S,
) -> Iterator[SourceRecord]:
    """Every record of `topic` between the bounds (default: all of it), group-less, in merge order."""
    from triage.replay.range import parse_bound, resolve_range

    consumer = range_consumer(bootstrap_servers, security_kwargs, connect_timeout_s=connect_timeout_s)
    try:
        topic_range = resolve_range(
            consumer,
            topic,
            from_bound or parse_bound("beginning"),
            to_bound or parse_bound("end"),
            partitions,
        )
        yield from RangeReader(consumer, topic_range).records()
    finally:
        consumer.close()


def read_at(
    bootstrap_servers: str,
    security_kwargs: Mapping[str, Any] | None,
    coords: Iterable[tuple[str, int, int]],
    *,
    connect_timeout_s: float = CLI_CONNECT_TIMEOUT_S,
) -> Iterator[SourceRecord]:
    """The records at the given (topic, partition, offset) coordinates (missing ones are skipped)."""
    from kafka.errors import KafkaError

    from triage.replay.range import PartitionRange

    consumer = range_consumer(bootstrap_servers, security_kwargs, connect_timeout_s=connect_timeout_s)
    try:
        for topic, partition, offset in sorted(set(coords)):
            one = TopicRange(topic, (PartitionRange(partition, offset, offset + 1),))
            try:
                found = list(RangeReader(consumer, one, max_idle_polls=10).records())
            except (ConfigError, KafkaError):  # deleted by retention, or never there
                continue
            yield from found
    finally:
        consumer.close()
