"""break3: the streaming daemon against a client we did not write (confluent-kafka / librdkafka), in ways the
earlier breakers did not try: an input written by a transactional producer (its log ends in a commit
marker, a control record no consumer ever returns), records in the old message format (magic 1), a
librdkafka member joining the daemon's consumer group with another assignment strategy."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

confluent_kafka = pytest.importorskip("confluent_kafka")

pytestmark = pytest.mark.kafka


def _records(n: int, seed: int) -> list[tuple[bytes | None, bytes]]:
    from triage.offline.synth.oru import synth_stream

    return [(k, v) for k, v, _ in synth_stream(n, seed=seed, lifecycle_rate=0.0)]


def _group_lag(bootstrap: str, group: str, topic: str) -> dict[int, tuple[int | None, int]]:
    """Per partition (committed offset, log end) as librdkafka sees the group: what
    `kafka-consumer-groups --describe` shows an operator."""
    consumer = confluent_kafka.Consumer(
        {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False}
    )
    try:
        parts = consumer.list_topics(topic, timeout=10).topics[topic].partitions
        tps = [confluent_kafka.TopicPartition(topic, p) for p in sorted(parts)]
        committed = {tp.partition: tp.offset for tp in consumer.committed(tps, timeout=10)}
        out = {}
        for tp in tps:
            _, high = consumer.get_watermark_offsets(tp, timeout=10)
            out[tp.partition] = (committed[tp.partition] if committed[tp.partition] >= 0 else None, high)
        return out
    finally:
        consumer.close()


def test_input_from_a_transactional_producer_leaves_no_group_lag(kafka: Any) -> None:
    """A transactional upstream (librdkafka `transactional.id`) ends each transaction with a commit marker,
    a control record that takes an offset but is never returned to the application. The daemon committed
    one past its last *record*, so the group's committed offset stopped on the marker: lag 1 for good on
    every partition whose last write was a transaction, while `triage_consumer_lag_records` said 0, and an
    operator draining the topic (deploy/README.md "Changing the key rule is a drain") waited for ever."""
    settings = kafka.settings(partitions=2, input_stall_s=2.0)
    producer = confluent_kafka.Producer(
        {"bootstrap.servers": kafka.bootstrap, "transactional.id": f"break3-{settings.group_id}"}
    )
    producer.init_transactions(10)
    records = _records(8, seed=34)
    for i in range(2):
        producer.begin_transaction()
        for key, value in records[4 * i : 4 * i + 4]:
            producer.produce(settings.topics.input, key=key, value=value)
        producer.commit_transaction(10)
    producer.flush(5)
    daemon = kafka.start_thread_daemon(settings)
    try:
        audits = kafka.audits_until(settings, 8, timeout_s=60)
        assert len(kafka.source_coords(audits)) == 8
        deadline = time.monotonic() + 20
        lag = _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input)
        while time.monotonic() < deadline and any(c != high for c, high in lag.values()):
            time.sleep(0.5)
            lag = _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input)
        # every partition that got records ends on a marker: committed must reach the log end
        assert all(high > 0 for _, high in lag.values()), lag
        assert all(committed == high for committed, high in lag.values()), lag
    finally:
        kafka.stop_thread_daemon(daemon)


class _HeldCommitted:
    """The real kafka-python group consumer, whose `committed()` (the group's committed offset, a broker round
    trip) is held until `release` is set: a slow group coordinator. Records which threads asked."""

    def __init__(self, consumer: Any, release: threading.Event, callers: list[str]) -> None:
        self._consumer, self._release, self._callers = consumer, release, callers

    def committed(self, partition: Any, timeout_ms: int | None = None) -> int | None:
        self._callers.append(threading.current_thread().name)
        self._release.wait(60)
        return self._consumer.committed(partition, timeout_ms=timeout_ms)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._consumer, name)


def test_a_slow_committed_offset_lookup_does_not_hold_the_loop(kafka: Any) -> None:
    """The group's committed offset of a newly assigned partition (for the transaction-marker commit above) is
    asked off the loop thread: the daemon asked `committed()` on its loop thread, once per partition per
    assignment, so a slow coordinator (up to 2 s a partition) held every record in hand. Here the lookup
    never answers until released: records produced meanwhile (to partition 0; partition 1, never written,
    is the one whose committed offset the loop needs) are still decided, the loop thread never asks, and
    once the answer is there the marker's lag still drains to 0."""
    from triage.stream.port import KafkaBroker

    release, callers = threading.Event(), []

    class Broker(KafkaBroker):
        def group_consumer(self, settings: Any) -> Any:
            return _HeldCommitted(super().group_consumer(settings), release, callers)

    settings = kafka.settings(partitions=2, input_stall_s=0.4)  # a look every 0.2 s
    producer = confluent_kafka.Producer(
        {"bootstrap.servers": kafka.bootstrap, "transactional.id": f"break3-held-{settings.group_id}"}
    )
    producer.init_transactions(10)

    def transaction(records: list[tuple[bytes | None, bytes]]) -> None:
        producer.begin_transaction()
        for key, value in records:
            producer.produce(settings.topics.input, key=key, value=value, partition=0)
        producer.commit_transaction(10)

    transaction(_records(4, seed=35))
    daemon = kafka.start_thread_daemon(settings, broker=Broker())
    loop = next(thread.name for d, thread in kafka.threads if d is daemon)
    try:
        deadline = time.monotonic() + 20
        while not callers and time.monotonic() < deadline:
            time.sleep(0.05)
        assert callers, "the daemon never asked for the group's committed offsets"
        time.sleep(1.0)  # several looks at the input while the lookup is held
        transaction(_records(6, seed=36))
        audits = kafka.audits_until(settings, 10, timeout_s=30)  # held lookup: the loop goes on
        assert len(kafka.source_coords(audits)) == 10
        assert loop not in callers, callers
        release.set()
        deadline = time.monotonic() + 20
        lag = _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input)
        while time.monotonic() < deadline and lag[0][0] != lag[0][1]:
            time.sleep(0.5)
            lag = _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input)
        assert lag == {0: (lag[0][1], lag[0][1]), 1: (None, 0)}, lag  # partition 1: nothing, no commit
    finally:
        release.set()
        kafka.stop_thread_daemon(daemon)


@pytest.mark.slow
def test_a_null_header_value_is_named_on_the_dead_letter_and_redriven_empty(kafka: Any) -> None:
    """librdkafka lets a producer send a header whose value is null (Kafka's -1 length), which is not an
    empty value. kafka-python 3.0's KafkaProducer.send refuses a None header value (TypeError 'All headers
    items must be (str, bytes) tuples'), so neither the daemon's dead letter nor `triage redrive` can write
    one (passing None on would stop the daemon). Documented behaviour (README, schemas/dead-letter.schema
    .json): the dead letter copies it as an empty value and names its position in
    `triage-input-null-headers`, so an auditor tells null from empty; the re-drive writes it empty. Before:
    an xfail; the dead letter said nothing, a null and an empty header were the same."""
    import subprocess
    import sys

    settings = kafka.settings(partitions=1)
    headers = [("trace", None), ("empty", b""), ("trace", b"x"), ("bin", b"\xff\x00")]
    producer = confluent_kafka.Producer({"bootstrap.servers": kafka.bootstrap, "acks": "all"})
    producer.produce(settings.topics.input, key=b"k-null-header", value=b"not hl7 at all", headers=headers)
    assert producer.flush(30) == 0
    daemon = kafka.start_thread_daemon(settings)
    try:
        letters = kafka.read(settings.topics.dead_letter, until=lambda rs: len(rs) >= 1, timeout_s=60)
    finally:
        kafka.stop_thread_daemon(daemon)
    assert len(letters) == 1
    consumer = confluent_kafka.Consumer({"bootstrap.servers": kafka.bootstrap, "group.id": "break3-nullh"})
    try:
        consumer.assign(
            [confluent_kafka.TopicPartition(settings.topics.dead_letter, 0, confluent_kafka.OFFSET_BEGINNING)]
        )
        letter = None
        deadline = time.monotonic() + 30
        while letter is None and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None and msg.error() is None:
                letter = msg
        assert letter is not None
        copies = [(k, v) for k, v in letter.headers() if k.startswith("triage-input-header:")]
        assert copies == [("triage-input-header:" + k, v or b"") for k, v in headers]  # null copied empty
        named = [v for k, v in letter.headers() if k == "triage-input-null-headers"]
        assert named == [b"0"]  # the first copy was null; the second ("empty") was sent empty
    finally:
        consumer.close()

    where = f"{settings.topics.dead_letter}:0:{letters[0].offset}"
    env = kafka.daemon_env(settings)
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "redrive", where], env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    consumer = confluent_kafka.Consumer({"bootstrap.servers": kafka.bootstrap, "group.id": "break3-nullh2"})
    try:
        consumer.assign(
            [confluent_kafka.TopicPartition(settings.topics.input, 0, confluent_kafka.OFFSET_BEGINNING)]
        )
        got: list[Any] = []
        deadline = time.monotonic() + 30
        while len(got) < 2 and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None and msg.error() is None:
                got.append(msg)
    finally:
        consumer.close()
    assert len(got) == 2
    assert got[1].key() == b"k-null-header" and got[1].value() == b"not hl7 at all"
    assert list(got[1].headers())[: len(headers)] == [(k, v or b"") for k, v in headers]  # null → empty


def test_records_in_the_old_message_format_are_decided_at_their_offsets(kafka: Any) -> None:
    """librdkafka told the broker is 0.10 (`api.version.request=false`, `broker.version.fallback=0.10.0`)
    writes MessageSet v1 (magic 1, CreateTime, no headers), plain and compressed: every record is decided
    once, at the offset the producer was acknowledged. (Magic 0, `broker.version.fallback=0.9.0`: Tansu
    answers no v0 metadata request, so no such record can be written here.)"""
    settings = kafka.settings(partitions=2)
    records = _records(12, seed=31)
    acked: list[tuple[Any, int, int]] = []
    for i, codec in enumerate(["none", "gzip", "snappy", "lz4"]):
        producer = confluent_kafka.Producer(
            {
                "bootstrap.servers": kafka.bootstrap,
                "api.version.request": False,
                "broker.version.fallback": "0.10.0",
                "compression.codec": codec,
                "linger.ms": 5,
                "log_level": 3,  # the deprecation warnings of the two settings
            }
        )
        for key, value in records[3 * i : 3 * i + 3]:
            producer.produce(
                settings.topics.input,
                key=key,
                value=value,
                on_delivery=lambda e, m: acked.append((e, m.partition(), m.offset())),
            )
        assert producer.flush(10) == 0
    assert [e for e, _, _ in acked] == [None] * 12
    daemon = kafka.start_thread_daemon(settings)
    try:
        audits = kafka.audits_until(settings, 12, timeout_s=60)
    finally:
        kafka.stop_thread_daemon(daemon)
    decided = [kafka.source_coords([a]).pop() for a in audits]
    assert sorted(decided) == sorted((p, o) for _, p, o in acked)  # each once, at its acknowledged offset
    assert kafka.committed(settings) == {
        p: max(o for _, q, o in acked if q == p) + 1 for p in {p for _, p, _ in acked}
    }


@pytest.mark.slow
def test_a_librdkafka_member_with_another_assignment_strategy_is_refused_and_the_daemon_keeps_going(
    kafka: Any,
) -> None:
    """A librdkafka consumer joins the daemon's group with `cooperative-sticky` (the daemon's kafka-python
    offers range and roundrobin): the broker refuses it (INCONSISTENT_GROUP_PROTOCOL, every 3 s), and the
    daemon keeps its partitions, stays ready and decides what arrives meanwhile."""
    import threading

    try:
        from tests.test_stream_stop import _status
    except ImportError:  # tests/ itself on sys.path (pytest's default import mode)
        from test_stream_stop import _status  # type: ignore[no-redef]
    from triage.stream.broker import free_port

    settings = kafka.settings(partitions=3)
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    kafka.wait_event(proc, "partitions_assigned", timeout_s=120)
    errors: list[str] = []
    assigned: list[list[int]] = []
    stop = threading.Event()

    def member() -> None:
        consumer = confluent_kafka.Consumer(
            {
                "bootstrap.servers": kafka.bootstrap,
                "group.id": settings.group_id,
                "partition.assignment.strategy": "cooperative-sticky",
                "enable.auto.commit": False,
                "session.timeout.ms": 6000,
                "heartbeat.interval.ms": 1000,
            }
        )
        consumer.subscribe(
            [settings.topics.input],
            on_assign=lambda _c, ps: assigned.append([p.partition for p in ps]),
        )
        try:
            while not stop.is_set():
                msg = consumer.poll(0.2)
                if msg is not None and msg.error() is not None:
                    errors.append(msg.error().name())
        finally:
            consumer.close()

    thread = threading.Thread(target=member, daemon=True)
    thread.start()
    try:
        statuses = []
        deadline = time.monotonic() + 12
        while time.monotonic() < deadline:
            statuses.append(_status(port))
            time.sleep(0.5)
        kafka.produce(settings.topics.input, _records(20, seed=32))
        audits = kafka.audits_until(settings, 20, timeout_s=60)
    finally:
        stop.set()
        thread.join(timeout=20)
    assert "INCONSISTENT_GROUP_PROTOCOL" in errors and not assigned
    assert set(statuses) == {200}, statuses
    assert len(kafka.source_coords(audits)) == 20
    events = [e["event"] for e in kafka.log_events(proc)]
    assert events.count("partitions_assigned") == 1  # never revoked: no rebalance reached the daemon
    assert proc.poll() is None
    proc.terminate()
    assert proc.wait(timeout=20) == 0


def test_a_group_offset_left_on_a_commit_marker_is_moved_past_it_without_deciding_again(kafka: Any) -> None:
    """The group's offset stands on a commit marker (left by a daemon before the fix above, or any client
    that commits one past its last record): the daemon, seeing its position move past the marker with no
    record returned, commits the log end; nothing is decided again."""
    settings = kafka.settings(partitions=1, input_stall_s=2.0)
    producer = confluent_kafka.Producer(
        {"bootstrap.servers": kafka.bootstrap, "transactional.id": f"break3m-{settings.group_id}"}
    )
    producer.init_transactions(10)
    producer.begin_transaction()
    for key, value in _records(3, seed=35):
        producer.produce(settings.topics.input, key=key, value=value)
    producer.commit_transaction(10)
    committer = confluent_kafka.Consumer(
        {"bootstrap.servers": kafka.bootstrap, "group.id": settings.group_id, "enable.auto.commit": False}
    )
    try:
        committer.commit(
            offsets=[confluent_kafka.TopicPartition(settings.topics.input, 0, 3)], asynchronous=False
        )
    finally:
        committer.close()
    assert _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input) == {0: (3, 4)}
    daemon = kafka.start_thread_daemon(settings)
    try:
        deadline = time.monotonic() + 20
        lag = _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input)
        while time.monotonic() < deadline and lag[0][0] != 4:
            time.sleep(0.5)
            lag = _group_lag(kafka.bootstrap, settings.group_id, settings.topics.input)
        assert lag == {0: (4, 4)}
    finally:
        kafka.stop_thread_daemon(daemon)
    assert kafka.read(settings.topics.audit) == []  # the three records were not decided again
