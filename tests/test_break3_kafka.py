"""break3: the streaming daemon against a client we did not write (confluent-kafka / librdkafka), in ways the
earlier breakers did not try: an input written by a transactional producer (its log ends in a commit
marker, a control record no consumer ever returns), records in the old message format (magic 1), a
librdkafka member joining the daemon's consumer group with another assignment strategy."""

from __future__ import annotations

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
