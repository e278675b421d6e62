"""An in-memory triage.stream.port.BrokerPort, for fast tests of the daemon loop's own logic.

Small on purpose, and beside (never instead of) the real-broker tests. What it models:
* topics of partitions, each an append-only log (a keyed output goes to crc32(key) % partitions, an unkeyed
  one to partition 0; test inputs name their partition);
* one consumer group per group id, eager rebalances as in kafka-python: a join, a leave or `rebalance()`
  makes every member revoke its partitions in its next poll (the listener may still commit them then);
  the new generation is assigned (round robin over the sorted member ids) once every member has rejoined,
  and each member's position starts at the group's committed offset (else the log's start);
* committed offsets: a commit naming a partition the member does not hold fails with CommitFailedError
  (and is recorded as ``commit_refused``);
* produce acknowledgements resolved at `flush`: `on_flush` sees (and may hold) every flush, `fail_sends`
  fails matching sends, an unreachable broker fails them all (KafkaTimeoutError at once, where Kafka
  would take delivery_timeout_ms);
* injected poll errors (`fail_polls`; KafkaErrors only: any other exception means an undecodable batch,
  which the daemon locates with a real probe consumer) and an unreachable broker (polls return nothing and
  the consumer's last contact stops advancing, as kafka-python's heartbeat does).
Not modelled (the Tansu and librdkafka tests cover them): record batches and codecs, compaction, fetch and
request sizes, timeouts in real time, the idempotent producer failing a whole flush when one send is refused,
heartbeats and session expiry (`MemoryConsumer.expire` stands for one), kafka-python 3 calling the rebalance
listener on its network thread (here it runs in the polling thread, inside `poll`, as in kafka-python 2),
asynchronous commits completing later (here at once).

`events` is one ordered log of what the broker saw: ("append", topic, partition, offset), ("commit",
member, TopicPartition, offset), ("commit_refused", member, TopicPartition, offset); tests may add their
own entries to order them against the broker's.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kafka import ConsumerRebalanceListener, TopicPartition
from kafka.errors import (
    CommitFailedError,
    IllegalStateError,
    KafkaConnectionError,
    KafkaTimeoutError,
    UnknownTopicOrPartitionError,
)
from kafka.structs import OffsetAndMetadata

from triage.config import KafkaSettings, RunTopics, Settings
from triage.lifecycle.shutdown import Shutdown
from triage.stream.kafka_io import BrokerUnavailableError
from triage.stream.topics import MissingTopicsError, required_topics

Headers = tuple[tuple[str, bytes], ...]


@dataclass(frozen=True, slots=True)
class MemoryRecord:
    """Has what kafka-python's ConsumerRecord gives triage.stream.records.to_source_record."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp: int
    headers: Headers = ()


@dataclass(frozen=True, slots=True)
class Sent:
    """One send as `on_flush` sees it."""

    topic: str
    key: bytes | None
    value: bytes | None
    headers: Headers


@dataclass(slots=True)
class MemoryFuture:
    is_done: bool = False
    value: Any = None
    exception: BaseException | None = None

    def succeeded(self) -> bool:
        return self.is_done and self.exception is None


@dataclass(frozen=True, slots=True)
class Ack:
    topic: str
    partition: int
    offset: int


@dataclass(slots=True)
class _Fault:
    when: Callable[[Sent], bool]
    error: BaseException
    times: int | None


@dataclass(slots=True)
class _Group:
    members: dict[str, MemoryConsumer] = field(default_factory=dict)
    committed: dict[TopicPartition, int] = field(default_factory=dict)
    generation: int = 0
    rebalancing: bool = False
    rejoined: set[str] = field(default_factory=set)
    pending: dict[str, list[TopicPartition]] = field(default_factory=dict)


class MemoryBroker:
    """The BrokerPort in memory (module docstring). Thread-safe."""

    def __init__(self, topics: Mapping[str, int] | None = None) -> None:
        self.lock = threading.Condition(threading.RLock())
        self.logs: dict[str, list[list[MemoryRecord]]] = {}
        self.groups: dict[str, _Group] = {}
        self.events: list[tuple[Any, ...]] = []
        self.reachable = True
        self.on_flush: Callable[[list[Sent]], None] | None = None
        self._faults: list[_Fault] = []
        self._poll_errors: list[BaseException] = []
        self._commit_failures = 0
        self._members = 0
        for name, partitions in (topics or {}).items():
            self.create_topic(name, partitions)

    @classmethod
    def for_settings(cls, settings: Settings, *, input_partitions: int = 1) -> MemoryBroker:
        """Every topic the daemon of `settings` needs (one partition each, the input `input_partitions`)."""
        names = required_topics(settings.kafka, settings.run_topics)
        return cls({name: input_partitions if name == settings.run_topics.input else 1 for name in names})

    # ---- test controls -------------------------------------------------------------------------------------
    def create_topic(self, name: str, partitions: int) -> None:
        with self.lock:
            self.logs.setdefault(name, [[] for _ in range(partitions)])

    def produce(self, topic: str, value: bytes, *, partition: int = 0, key: bytes | None = None) -> int:
        """A test input; returns its offset."""
        return self._append(topic, key, value, (), partition).offset

    def records(self, topic: str) -> list[MemoryRecord]:
        with self.lock:
            return [r for log in self.logs[topic] for r in log]

    def fail_sends(
        self, when: Callable[[Sent], bool], error: BaseException, *, times: int | None = None
    ) -> None:
        """Sends matching `when` fail with `error` at flush (the next `times` of them, or until cleared)."""
        with self.lock:
            self._faults.append(_Fault(when, error, times))

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def fail_polls(self, error: BaseException, times: int = 1) -> None:
        with self.lock:
            self._poll_errors.extend([error] * times)

    def fail_commits(self, times: int = 1) -> None:
        """The next `times` commits time out (the coordinator did not answer); nothing is stored."""
        with self.lock:
            self._commit_failures += times

    def rebalance(self, group_id: str) -> None:
        with self.lock:
            self._start_rebalance(self.groups[group_id])

    def committed(self, group_id: str) -> dict[TopicPartition, int]:
        with self.lock:
            return dict(self.groups[group_id].committed)

    # ---- BrokerPort ----------------------------------------------------------------------------------------
    def wait_for_broker(
        self, kafka: KafkaSettings, *, stop: threading.Event, on_wait: Callable[[BaseException], None]
    ) -> bool:
        started = time.monotonic()
        while not self.reachable:
            on_wait(KafkaConnectionError("memory broker unreachable"))
            limit = kafka.broker_wait_s
            if limit is not None and time.monotonic() - started >= limit:
                raise BrokerUnavailableError(f"memory broker unreachable for broker_wait_s={limit:g} s")
            if stop.wait(0.02):
                return False
        return not stop.is_set()

    def check_topics(self, kafka: KafkaSettings, topics: RunTopics) -> None:
        names = required_topics(kafka, topics)
        with self.lock:
            if kafka.create_topics:
                for name in names:
                    self.create_topic(name, 1)
            missing = [n for n in names if n not in self.logs]
        if missing:
            raise MissingTopicsError(f"missing Kafka topic(s) on the memory broker: {', '.join(missing)}")

    def group_consumer(self, kafka: KafkaSettings) -> MemoryConsumer:
        with self.lock:
            self._members += 1
            member = f"{kafka.client_id}-{self._members}"
            group = self.groups.setdefault(kafka.group_id, _Group())
        return MemoryConsumer(self, group, member, kafka.auto_offset_reset)

    def state_reader(self, kafka: KafkaSettings) -> MemoryReader:
        return MemoryReader(self)

    def producer(self, kafka: KafkaSettings, *, shutdown: Shutdown, reserve_s: float) -> MemoryProducer:
        return MemoryProducer(self)

    def last_contact(self, consumer: Any) -> float | None:
        return getattr(consumer, "last_contact", None)

    # ---- the logs ------------------------------------------------------------------------------------------
    def _append(
        self, topic: str, key: bytes | None, value: bytes | None, headers: Headers, partition: int | None
    ) -> MemoryRecord:
        with self.lock:
            log = self.logs[topic]
            p = partition if partition is not None else (zlib.crc32(key) % len(log) if key else 0)
            rec = MemoryRecord(topic, p, len(log[p]), key, value, int(time.time() * 1000), headers)
            log[p].append(rec)
            self.events.append(("append", topic, p, rec.offset))
            self.lock.notify_all()
            return rec

    def empty_topic(self, topic: str) -> None:
        """The topic deleted and recreated (or the broker restarted empty): its offsets start at 0 again and
        a fetch beyond the new end returns nothing (no error), as Tansu does; committed offsets are kept."""
        with self.lock:
            for log in self.logs[topic]:
                log.clear()

    def end(self, tp: TopicPartition) -> int:
        with self.lock:
            return len(self.logs[tp.topic][tp.partition])

    def _fetch(self, positions: dict[TopicPartition, int], max_records: int) -> dict[TopicPartition, list]:
        out: dict[TopicPartition, list] = {}
        left = max_records
        with self.lock:
            for tp in sorted(positions):
                if left <= 0:
                    break
                got = self.logs[tp.topic][tp.partition][positions[tp] : positions[tp] + left]
                if got:
                    out[tp] = list(got)
                    positions[tp] += len(got)
                    left -= len(got)
        return out

    def _flush(self, sends: list[tuple[Sent, MemoryFuture]]) -> None:
        if self.on_flush is not None and sends:
            self.on_flush([s for s, _ in sends])  # may block: acknowledgements held
        for sent, fut in sends:
            with self.lock:
                error = self._fault_for(sent)
            if error is None:
                rec = self._append(sent.topic, sent.key, sent.value, sent.headers, None)
                fut.value = Ack(rec.topic, rec.partition, rec.offset)
            else:
                fut.exception = error
            fut.is_done = True

    def _fault_for(self, sent: Sent) -> BaseException | None:
        if not self.reachable:
            return KafkaTimeoutError("memory broker unreachable")
        if sent.topic not in self.logs:
            return UnknownTopicOrPartitionError(sent.topic)
        for fault in self._faults:
            if fault.when(sent) and fault.times != 0:
                if fault.times is not None:
                    fault.times -= 1
                return fault.error
        return None

    # ---- the group -----------------------------------------------------------------------------------------
    def _start_rebalance(self, group: _Group) -> None:
        group.rebalancing = True
        group.rejoined = set()
        group.pending = {}

    def _rejoined(self, group: _Group, member: str) -> None:
        """`member` revoked and rejoined; the last one completes the generation."""
        group.rejoined.add(member)
        if not group.rebalancing or not set(group.members) <= group.rejoined:
            return
        topics = sorted({t for m in group.members.values() for t in m.topics})
        partitions = [TopicPartition(t, p) for t in topics for p in range(len(self.logs[t]))]
        ids = sorted(group.members)
        group.pending = {m: [tp for i, tp in enumerate(partitions) if ids[i % len(ids)] == m] for m in ids}
        group.generation += 1
        group.rebalancing = False


class MemoryConsumer:
    """A consumer-group member (triage.stream.port.GroupConsumer)."""

    def __init__(self, broker: MemoryBroker, group: _Group, member: str, auto_offset_reset: str) -> None:
        self.broker, self.group, self.member = broker, group, member
        self.auto_offset_reset = auto_offset_reset
        self.topics: list[str] = []
        self.listener: ConsumerRebalanceListener | None = None
        self._assigned: set[TopicPartition] = set()
        self._positions: dict[TopicPartition, int] = {}
        self.last_contact: float | None = None
        self.closed = False

    def subscribe(self, topics: list[str], listener: ConsumerRebalanceListener | None = None) -> None:
        self.topics, self.listener = list(topics), listener
        with self.broker.lock:
            self.group.members[self.member] = self
            self.broker._start_rebalance(self.group)

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict[TopicPartition, list]:
        b = self.broker
        with b.lock:
            error = b._poll_errors.pop(0) if b._poll_errors else None
        if error is not None:
            raise error
        if not b.reachable:  # kafka-python's poll does not fail: it returns nothing, heartbeats stop
            time.sleep(min(timeout_ms, 20) / 1000.0)
            return {}
        self._sync_group()
        self.last_contact = time.monotonic()
        out = b._fetch(self._positions, max_records or 500)
        if not out and timeout_ms:
            with b.lock:
                b.lock.wait(timeout_ms / 1000.0)  # woken by an append
            out = b._fetch(self._positions, max_records or 500)
        return out

    def _sync_group(self) -> None:
        """The eager protocol, run inside poll like kafka-python's: revoke (listener), rejoin, assign."""
        b, g = self.broker, self.group
        with b.lock:
            revoke = g.rebalancing and self.member not in g.rejoined
        if revoke:
            if self.listener is not None:  # outside the lock: the listener delivers and commits
                self.listener.on_partitions_revoked(sorted(self._assigned))
            with b.lock:
                self._assigned, self._positions = set(), {}
                b._rejoined(g, self.member)
        with b.lock:
            assignment = g.pending.pop(self.member, None)
            if assignment is None:
                return
            self._assigned = set(assignment)
            self._positions = {tp: g.committed.get(tp, self._reset(tp)) for tp in assignment}
        if self.listener is not None:
            self.listener.on_partitions_assigned(assignment)

    def _reset(self, tp: TopicPartition) -> int:
        return self.broker.end(tp) if self.auto_offset_reset == "latest" else 0

    def assignment(self) -> set[TopicPartition]:
        return set(self._assigned)

    def position(self, partition: TopicPartition, timeout_ms: int | None = None) -> int | None:
        if partition not in self._positions:
            raise IllegalStateError(f"{partition} is not assigned")
        return self._positions[partition]

    def highwater(self, partition: TopicPartition) -> int | None:
        return self.broker.end(partition)

    def seek(self, partition: TopicPartition, offset: int) -> None:
        if partition not in self._assigned:
            raise IllegalStateError(f"{partition} is not assigned")
        self._positions[partition] = offset

    def end_offsets(
        self, partitions: Iterable[TopicPartition], timeout_ms: int | None = None
    ) -> dict[TopicPartition, int]:
        if not self.broker.reachable:
            raise KafkaTimeoutError("end_offsets: no broker answer")
        return {tp: self.broker.end(tp) for tp in partitions}

    def beginning_offsets(
        self, partitions: Iterable[TopicPartition], timeout_ms: int | None = None
    ) -> dict[TopicPartition, int]:
        if not self.broker.reachable:
            raise KafkaTimeoutError("beginning_offsets: no broker answer")
        return {tp: 0 for tp in partitions}

    def committed(self, partition: TopicPartition, timeout_ms: int | None = None) -> int | None:
        if not self.broker.reachable:
            raise KafkaTimeoutError("committed: no broker answer")
        with self.broker.lock:
            return self.group.committed.get(partition)

    def commit(
        self, offsets: Mapping[TopicPartition, OffsetAndMetadata], timeout_ms: int | None = None
    ) -> None:
        b = self.broker
        with b.lock:
            if not b.reachable or b._commit_failures:
                b._commit_failures = max(0, b._commit_failures - 1)
                raise KafkaTimeoutError("memory broker: no answer to the offset commit")
            if any(tp not in self._assigned for tp in offsets):  # a stale generation: refused whole
                b.events.extend(("commit_refused", self.member, tp, om.offset) for tp, om in offsets.items())
                raise CommitFailedError(f"{self.member} does not hold {sorted(offsets)}")
            for tp, om in offsets.items():
                self.group.committed[tp] = om.offset
                b.events.append(("commit", self.member, tp, om.offset))

    def commit_async(
        self,
        offsets: Mapping[TopicPartition, OffsetAndMetadata],
        callback: Callable[[Any, Any], None] | None = None,
    ) -> None:
        """Completed at once (kafka-python completes it in a later poll)."""
        try:
            self.commit(offsets)
            result: Any = offsets
        except (CommitFailedError, KafkaTimeoutError) as exc:
            result = exc
        if callback is not None:
            callback(offsets, result)

    def close(self, autocommit: bool = True, timeout_ms: int | None = None) -> None:
        """Leaves the group: the others rebalance at their next poll."""
        b = self.broker
        with b.lock:
            self.closed = True
            if self.group.members.pop(self.member, None) is not None and self.group.members:
                b._start_rebalance(self.group)
            self._assigned, self._positions = set(), {}

    def expire(self) -> None:
        """The session timed out (a crashed member): the same as a leave, without the member knowing."""
        self.close()


class MemoryReader:
    """An assign-only reader (triage.stream.port.TopicReader)."""

    def __init__(self, broker: MemoryBroker) -> None:
        self.broker = broker
        self._positions: dict[TopicPartition, int] = {}

    def partitions_for_topic(self, topic: str) -> set[int] | None:
        with self.broker.lock:
            log = self.broker.logs.get(topic)
            return set(range(len(log))) if log is not None else None

    def assign(self, partitions: list[TopicPartition]) -> None:
        self._positions = {tp: 0 for tp in partitions}

    def seek_to_beginning(self, *partitions: TopicPartition) -> None:
        for tp in partitions or list(self._positions):
            self._positions[tp] = 0

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict[TopicPartition, list]:
        if not self.broker.reachable:
            return {}
        return self.broker._fetch(self._positions, max_records or 5000)

    def end_offsets(self, partitions: Iterable[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: self.broker.end(tp) for tp in partitions}

    def position(self, partition: TopicPartition, timeout_ms: int | None = None) -> int | None:
        return self._positions[partition]

    def highwater(self, partition: TopicPartition) -> int | None:
        return self.broker.end(partition)

    def close(self, autocommit: bool = True, timeout_ms: int | None = None) -> None:
        pass


class MemoryProducer:
    """Sends are queued; `flush` resolves their acknowledgements (triage.stream.port.Producer)."""

    def __init__(self, broker: MemoryBroker) -> None:
        self.broker = broker
        self._queued: list[tuple[Sent, MemoryFuture]] = []

    def send(
        self,
        topic: str,
        value: bytes | None = None,
        key: bytes | None = None,
        headers: list[tuple[str, bytes]] | None = None,
    ) -> MemoryFuture:
        fut = MemoryFuture()
        self._queued.append((Sent(topic, key, value, tuple(headers or ())), fut))
        return fut

    def flush(self, timeout: float | None = None) -> None:
        queued, self._queued = self._queued, []
        self.broker._flush(queued)

    def close(self, timeout: float | None = None) -> None:
        self.flush(timeout)
