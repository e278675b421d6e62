"""Flag state derived from Kafka: the compacted topic `run_topics.flag_state` (key = the state key: the
accession, or accession^order number for a second order of one accession; value FlagState JSON) is the
source of truth; memory is a cache that any instance can rebuild.

* Startup and every partition assignment: read the topic to its end (all partitions assigned directly, no
  consumer group), so an instance that takes over partitions sees every state its predecessor published
  before committing (the daemon writes a state that names a Flag of its batch only after the Flag is
  acknowledged, and commits after every state is).
* Before each batch: a non-blocking poll picks up what other instances published meanwhile.
* The daemon's own writes are applied as soon as the broker acknowledges them, tagged with their offset, so a
  record of the topic read later but written earlier (our own, still in flight in the reader) never rolls a
  newer state back.

Residual race with several instances: the lifecycle of one accession is only ordered if all its messages land
on one input partition. Key the input topic by accession (the ORU producer's job; most interface engines can)
— then one instance owns the accession at a time. If a P and a C of one study arrive on two partitions that
two instances process at the same moment, each decides against the state it has read, and the later writer
wins on the state topic (the Flag id stays the same, so the worklist still sees one Flag, but its last status
may be the wrong one until the next message of the study).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, MutableMapping

import structlog
from kafka import TopicPartition

from triage.config import KafkaSettings, RunTopics
from triage.errors import TriageError
from triage.pipeline.state import FlagState, FlagStateError
from triage.stream.kafka_io import partitions_of
from triage.stream.port import KafkaBroker, TopicReader
from triage.stream.undecodable import reader_poll

log = structlog.get_logger("triage.stream.state")

_DELETED = object()
REFRESH_INTERVAL_S = 0.1


class StagedState(MutableMapping[str, FlagState]):
    """A write overlay over the store's mapping, handed to Processor.process_batch. Writes stay here until
    the batch's outputs are acknowledged; a batch that is retried starts again from the untouched base."""

    def __init__(self, base: MutableMapping[str, FlagState]) -> None:
        self.base = base
        self.writes: dict[str, object] = {}

    def __getitem__(self, key: str) -> FlagState:
        if key in self.writes:
            value = self.writes[key]
            if value is _DELETED:
                raise KeyError(key)
            return value  # type: ignore[return-value]
        return self.base[key]

    def __setitem__(self, key: str, value: FlagState) -> None:
        self.writes[key] = value

    def __delitem__(self, key: str) -> None:
        self[key]  # KeyError when absent
        self.writes[key] = _DELETED

    def __iter__(self) -> Iterator[str]:
        seen = set()
        for key, value in self.writes.items():
            seen.add(key)
            if value is not _DELETED:
                yield key
        for key in self.base:
            if key not in seen:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)


class FlagStateStore:
    """accession → FlagState, rebuilt from the compacted topic. Not thread-safe (the daemon loop owns it)."""

    def __init__(self, kafka: KafkaSettings, topics: RunTopics, reader: TopicReader | None = None) -> None:
        self.kafka = kafka
        self.topic = topics.flag_state  # shadow mode applied
        self.states: dict[str, FlagState] = {}
        self._written_at: dict[str, int] = {}  # accession -> offset of our own newest acknowledged write
        self._reader = reader
        self._tps: list[TopicPartition] = []
        self.records_read = 0
        self.invalid_records = 0
        self._last_refresh = 0.0

    def open(self) -> FlagStateStore:
        if self._reader is None:
            self._reader = KafkaBroker().state_reader(self.kafka)
        self._tps = [TopicPartition(self.topic, p) for p in partitions_of(self._reader, self.topic)]
        self._reader.assign(self._tps)
        self._reader.seek_to_beginning(*self._tps)
        self.catch_up()
        return self

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close(autocommit=False)
            self._reader = None

    def _apply(self, records: dict[TopicPartition, list]) -> int:
        n = 0
        for batch in records.values():
            for rec in batch:
                n += 1
                if rec.key is None:
                    continue
                key = rec.key.decode("utf-8", errors="replace")
                written = self._written_at.get(key)
                if written is not None and rec.offset <= written:
                    continue  # a state we wrote ourselves and already hold, or an older one
                if rec.value is None:  # tombstone
                    self.states.pop(key, None)
                    continue
                try:
                    self.states[key] = FlagState.from_json(rec.value)
                except FlagStateError as exc:
                    self.invalid_records += 1
                    log.warning(
                        "flag_state_invalid", partition=rec.partition, offset=rec.offset, error=str(exc)
                    )
        self.records_read += n
        return n

    def refresh(self, min_interval_s: float = REFRESH_INTERVAL_S) -> int:
        """Non-blocking: apply what the reader fetched since the last call (other instances' writes).

        At most every `min_interval_s` (a poll of the reader costs milliseconds; with input keyed by accession
        other instances' writes concern other studies, and a rebalance runs a full catch_up anyway)."""
        assert self._reader is not None, "open() first"
        now = time.monotonic()
        if now - self._last_refresh < min_interval_s:
            return 0
        self._last_refresh = now
        total = 0
        while True:
            got = self._apply(reader_poll(self._reader, self.topic, timeout_ms=0))
            total += got
            if not got:
                return total

    def catch_up(self, timeout_s: float | None = None, stop: Callable[[], bool] | None = None) -> int:
        """Blocking: read until the end of every partition as it was when called; `stop()` turning true
        ends it early (TriageError, like running out of `timeout_s`).

        The end is the larger of ListOffsets (exact on Apache Kafka; Tansu 0.6 answers with the last batch's
        base offset + 1, a lower bound) and the fetch high watermark, then drained until a poll comes back
        empty, which also covers the rest of a last record batch on Tansu."""
        assert self._reader is not None, "open() first"
        timeout_s = timeout_s if timeout_s is not None else self.kafka.state_catchup_timeout_s
        deadline = time.monotonic() + timeout_s
        ends = self._reader.end_offsets(self._tps)
        total = 0
        while True:
            got = self._apply(reader_poll(self._reader, self.topic, timeout_ms=50))
            total += got
            if got == 0 and all(
                self._reader.position(tp) >= max(ends.get(tp) or 0, self._reader.highwater(tp) or 0)
                for tp in self._tps
            ):
                return total
            if stop is not None and stop():
                raise TriageError(f"stopped before flag-state topic {self.topic!r} was read to its end")
            if time.monotonic() > deadline:
                raise TriageError(
                    f"could not read flag-state topic {self.topic!r} to its end in {timeout_s:.0f} s"
                )

    def apply_written(self, accession: str, state: FlagState, offset: int) -> None:
        """Our own write, acknowledged at `offset`: hold it now, ignore older records of that key later."""
        self.states[accession] = state
        self._written_at[accession] = offset

    def __len__(self) -> int:
        return len(self.states)
