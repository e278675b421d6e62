"""Kafka clients we did not write, and broken input, for the interop tests and benchmarks/faults_codecs.py:
confluent-kafka (librdkafka) producing with a codec and reading topics back, a producer that writes record
batches with a wrong CRC, a codec library hidden from a subprocess."""

from __future__ import annotations

import struct
import time
from pathlib import Path
from typing import Any


def confluent_produce(bootstrap: str, topic: str, records: list[tuple[bytes, bytes]], codec: str) -> None:
    """librdkafka writes `records` with `codec` (one linger window, so they share compressed batches)."""
    import confluent_kafka

    producer = confluent_kafka.Producer(
        {"bootstrap.servers": bootstrap, "compression.type": codec, "linger.ms": 20, "acks": "all"}
    )
    errors: list[Any] = []
    for key, value in records:
        producer.produce(
            topic,
            key=key,
            value=value,
            headers=[("sender", b"interop-test")],
            on_delivery=lambda err, _msg: errors.append(err) if err else None,
        )
    if producer.flush(30) != 0 or errors:
        raise RuntimeError(f"librdkafka could not deliver every record: {errors}")


def confluent_read(bootstrap: str, topic: str, n: int, timeout_s: float = 60.0) -> list[Any]:
    """The first `n` records of `topic` (every partition from the beginning), read by librdkafka (assigned,
    no consumer group: nothing to join)."""
    import confluent_kafka

    consumer = confluent_kafka.Consumer(
        {"bootstrap.servers": bootstrap, "group.id": "interop-reader", "enable.auto.commit": False}
    )
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    consumer.assign(
        [confluent_kafka.TopicPartition(topic, p, confluent_kafka.OFFSET_BEGINNING) for p in partitions]
    )
    out: list[Any] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(out) < n and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            assert msg.error() is None, msg.error()
            out.append(msg)
    finally:
        consumer.close()
    return out


def corrupt_crc_batches(monkeypatch: Any) -> None:
    """kafka-python's producer (in this test process only) writes record batches with a wrong CRC-32C:
    Tansu stores them as sent, the daemon's fetch finds them corrupt."""
    from kafka.record.default_records import DefaultRecordBatchBuilder as Builder

    original = Builder.build

    def build(self: Any) -> Any:
        buffer = original(self)
        crc = struct.unpack_from(">I", buffer, Builder.CRC_OFFSET)[0]
        struct.pack_into(">I", buffer, Builder.CRC_OFFSET, crc ^ 0xDEAD)
        return buffer

    monkeypatch.setattr(Builder, "build", build)


def produce_corrupt_batch(bootstrap: str, topic: str, records: list[tuple[bytes, bytes]]) -> list[int]:
    """Write `records` as one record batch whose CRC is wrong (kafka-python's producer, patched in this
    process only); returns their offsets."""
    import pytest
    from kafka import KafkaProducer

    with pytest.MonkeyPatch.context() as patch:
        corrupt_crc_batches(patch)
        producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=200)
        futures = [producer.send(topic, key=k, value=v) for k, v in records]
        producer.flush()
        offsets = sorted(f.get(10).offset for f in futures)
        producer.close()
    return offsets


def without_codec_library(tmp: Path, module: str) -> str:
    """A folder that, first on PYTHONPATH, makes `import <module>` fail as if the library were missing."""
    stub = tmp / "no-codec" / module
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text(f"raise ImportError('{module} hidden by the test')\n")
    return str(stub.parent)
