"""The broker port: what the daemon loop needs from Kafka, as typed Protocols, and the kafka-python adapter.

The loop (triage.stream.daemon) reaches the broker only through a `BrokerPort`: it waits for the cluster,
checks its topics, and gets a group consumer, a flag-state reader and (through the Deliverer) a producer.
`KafkaBroker` is the product's implementation (kafka-python clients from triage.stream.kafka_io, unchanged);
tests/memory_broker.py implements the same port in memory, so the loop's own logic (rebalance, batch
overlap, commit ordering, failure isolation, readiness) is tested in milliseconds. Every Kafka behaviour
stays covered against a real broker (Tansu): the port narrows the client, it does not translate it, so
partitions and offsets are kafka-python's TopicPartition/OffsetAndMetadata and errors are kafka.errors.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from kafka import ConsumerRebalanceListener, TopicPartition
from kafka.structs import OffsetAndMetadata

from triage.lifecycle.shutdown import Shutdown
from triage.stream.kafka_io import make_consumer, make_producer, wait_for_broker
from triage.stream.topics import check_topics

if TYPE_CHECKING:
    from triage.config import KafkaSettings, RunTopics


class InputRecord(Protocol):
    """A fetched record (kafka-python's ConsumerRecord): what triage.stream.records.to_source_record reads."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp: int
    headers: Sequence[tuple[str, bytes | None]] | None


Fetched = Mapping[TopicPartition, Sequence[InputRecord]]


class GroupConsumer(Protocol):
    """The daemon's input consumer: a consumer-group member with manual commits. Rebalances happen inside
    `poll` and reach the loop through the listener given to `subscribe` (revoked, then assigned)."""

    def subscribe(self, topics: list[str], listener: ConsumerRebalanceListener) -> None: ...

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> Fetched: ...

    def assignment(self) -> set[TopicPartition]: ...

    def position(self, partition: TopicPartition, timeout_ms: int | None = None) -> int | None: ...

    def highwater(self, partition: TopicPartition) -> int | None: ...

    def seek(self, partition: TopicPartition, offset: int) -> None: ...

    def end_offsets(
        self, partitions: list[TopicPartition], timeout_ms: int | None = None
    ) -> Mapping[TopicPartition, int]:
        """The log end of each partition (ListOffsets: one request, no fetch): /readyz input_moving."""

    def beginning_offsets(
        self, partitions: list[TopicPartition], timeout_ms: int | None = None
    ) -> Mapping[TopicPartition, int]: ...

    def committed(self, partition: TopicPartition, timeout_ms: int | None = None) -> int | None:
        """The group's committed offset of `partition` (a broker round trip), None if none."""

    def commit_async(
        self,
        offsets: Mapping[TopicPartition, OffsetAndMetadata],
        callback: Callable[[Any, Any], None] | None = None,
    ) -> Any: ...

    def commit(
        self, offsets: Mapping[TopicPartition, OffsetAndMetadata], timeout_ms: int | None = None
    ) -> None:
        """Synchronous; raises a KafkaError (CommitFailedError after losing the partitions)."""

    def close(self, autocommit: bool = True, timeout_ms: int | None = None) -> None:
        """Leaves the group (its partitions move at once)."""


class TopicReader(Protocol):
    """An assign-only reader (no group): the flag-state store reads its compacted topic with it."""

    def partitions_for_topic(self, topic: str) -> set[int] | None: ...

    def assign(self, partitions: list[TopicPartition]) -> None: ...

    def seek_to_beginning(self, *partitions: TopicPartition) -> None: ...

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> Fetched: ...

    def end_offsets(self, partitions: list[TopicPartition]) -> Mapping[TopicPartition, int]: ...

    def position(self, partition: TopicPartition, timeout_ms: int | None = None) -> int | None: ...

    def highwater(self, partition: TopicPartition) -> int | None: ...

    def close(self, autocommit: bool = True, timeout_ms: int | None = None) -> None: ...


class SendFuture(Protocol):
    """A produce acknowledgement (kafka-python's FutureRecordMetadata): done once the broker answered."""

    is_done: bool
    value: Any  # RecordMetadata (its `offset`) once succeeded
    exception: BaseException | None

    def succeeded(self) -> bool: ...


class Producer(Protocol):
    """An idempotent acks=all producer: `send` queues, `flush` waits for the acknowledgements (raises
    KafkaTimeoutError when `timeout` passes first)."""

    def send(
        self,
        topic: str,
        value: bytes | None = None,
        key: bytes | None = None,
        headers: list[tuple[str, bytes]] | None = None,
    ) -> SendFuture: ...

    def flush(self, timeout: float | None = None) -> None: ...

    def close(self, timeout: float | None = None) -> None: ...


class BrokerPort(Protocol):
    """Where the daemon gets its clients. Each method may block on the network (the daemon bounds them)."""

    def wait_for_broker(
        self, kafka: KafkaSettings, *, stop: threading.Event, on_wait: Callable[[BaseException], None]
    ) -> bool:
        """Block until the cluster answers (True) or `stop` is set (False); `on_wait(error)` per failed
        attempt. Raises BrokerUnavailableError when `kafka.broker_wait_s` runs out."""

    def check_topics(self, kafka: KafkaSettings, topics: RunTopics) -> None:
        """Raise MissingTopicsError unless every topic of the run (`topics`) exists (creating them first with
        `kafka.create_topics`)."""

    def group_consumer(self, kafka: KafkaSettings) -> GroupConsumer: ...

    def state_reader(self, kafka: KafkaSettings) -> TopicReader: ...

    def producer(self, kafka: KafkaSettings, *, shutdown: Shutdown, reserve_s: float) -> Producer:
        """A new producer; connecting gives up when `shutdown`'s budget less `reserve_s` is spent."""

    def last_contact(self, consumer: GroupConsumer) -> float | None:
        """time.monotonic() of the consumer's last broker answer (a heartbeat), None when unknown: an idle
        consumer's polls do not fail when the broker is gone, so /readyz needs this."""


class KafkaBroker:
    """The BrokerPort of a real cluster: kafka-python clients built by triage.stream.kafka_io."""

    def wait_for_broker(
        self, kafka: KafkaSettings, *, stop: threading.Event, on_wait: Callable[[BaseException], None]
    ) -> bool:
        return wait_for_broker(kafka, stop=stop, on_wait=on_wait)

    def check_topics(self, kafka: KafkaSettings, topics: RunTopics) -> None:
        check_topics(kafka, topics)

    def group_consumer(self, kafka: KafkaSettings) -> GroupConsumer:
        return make_consumer(kafka)

    def state_reader(self, kafka: KafkaSettings) -> TopicReader:
        # the reader idles most of the time: no need to ask the broker for data 100 times a second
        return make_consumer(kafka, group=False, max_poll_records=5000, fetch_max_wait_ms=100)

    def producer(self, kafka: KafkaSettings, *, shutdown: Shutdown, reserve_s: float) -> Producer:
        return make_producer(
            kafka,
            connect_timeout_s=kafka.delivery_timeout_ms / 1000,
            shutdown=shutdown,
            reserve_s=reserve_s,
        )

    def last_contact(self, consumer: GroupConsumer) -> float | None:
        # kafka-python's heartbeat thread; read defensively, it is not public API
        coordinator = getattr(consumer, "_coordinator", None)
        if join_held(coordinator):
            return time.monotonic()
        heartbeat = getattr(coordinator, "heartbeat", None)
        last = getattr(heartbeat, "last_receive", None)
        if isinstance(last, float) and last != float("-inf"):
            return last
        return None


def join_held(coordinator: Any) -> bool:
    """kafka-python's group coordinator has a JoinGroup in flight on a live connection to the coordinator
    broker: the broker holds it until the rebalance completes (the protocol), while the client sends no
    heartbeat; a broker that goes drops the connection or times the request out (rebalance timeout + 5 s).
    Read defensively (not public API) and without side effects: the /readyz thread asks."""
    task = getattr(coordinator, "_join_task", None)
    node = getattr(coordinator, "coordinator_id", None)
    client = getattr(coordinator, "_client", None)
    try:
        return task is not None and not task.is_done and node is not None and bool(client.connected(node))
    except Exception:  # a client without these attributes tells nothing
        return False
