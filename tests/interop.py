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


def librdkafka_raw_headers(
    bootstrap: str, topic: str, batches: list[list[tuple[bytes, bytes, list[tuple[bytes, bytes | None]]]]]
) -> None:
    """librdkafka itself (the copy in the confluent-kafka wheel, called through ctypes: rd_kafka_produceva)
    writes each inner list of (key, value, headers) to partition 0 of `topic` as one record batch, header
    names as the raw bytes given (librdkafka sends them as they are; confluent-kafka's Python binding cannot:
    it str()s a bytes header name, b"\\xff" -> "b'\\xff'", and crashes on a str with a lone surrogate) and a
    None header value as a null one."""
    import ctypes

    import confluent_kafka

    libs = Path(confluent_kafka.__file__).resolve().parent.parent / "confluent_kafka.libs"
    lib = ctypes.CDLL(str(next(libs.glob("librdkafka*.so*"))))

    class Header(ctypes.Structure):
        _fields_ = [("name", ctypes.c_char_p), ("val", ctypes.c_void_p), ("size", ctypes.c_ssize_t)]

    class Mem(ctypes.Structure):
        _fields_ = [("ptr", ctypes.c_void_p), ("size", ctypes.c_size_t)]

    class U(ctypes.Union):
        _fields_ = [
            ("cstr", ctypes.c_char_p),
            ("i", ctypes.c_int),
            ("i32", ctypes.c_int32),
            ("mem", Mem),
            ("header", Header),
            ("pad", ctypes.c_char * 64),
        ]

    class VU(ctypes.Structure):  # rd_kafka_vu_t
        _fields_ = [("vtype", ctypes.c_int), ("u", U)]

    topic_v, partition_v, value_v, key_v, flags_v, header_v = 1, 3, 4, 5, 7, 9  # rd_kafka_vtype_t
    msg_f_copy = 0x2
    lib.rd_kafka_conf_new.restype = ctypes.c_void_p
    lib.rd_kafka_conf_set.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.rd_kafka_conf_set.argtypes += [ctypes.c_size_t]
    lib.rd_kafka_new.restype = ctypes.c_void_p
    lib.rd_kafka_new.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
    lib.rd_kafka_produceva.restype = ctypes.c_void_p
    lib.rd_kafka_produceva.argtypes = [ctypes.c_void_p, ctypes.POINTER(VU), ctypes.c_size_t]
    lib.rd_kafka_error_string.restype = ctypes.c_char_p
    lib.rd_kafka_error_string.argtypes = [ctypes.c_void_p]
    lib.rd_kafka_flush.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.rd_kafka_outq_len.argtypes = [ctypes.c_void_p]
    lib.rd_kafka_destroy.argtypes = [ctypes.c_void_p]

    err = ctypes.create_string_buffer(512)
    for batch in batches:
        conf = lib.rd_kafka_conf_new()
        for name, value in (("bootstrap.servers", bootstrap), ("acks", "all"), ("linger.ms", "1000")):
            if lib.rd_kafka_conf_set(conf, name.encode(), value.encode(), err, len(err)) != 0:
                raise RuntimeError(err.value.decode())
        producer = lib.rd_kafka_new(0, conf, err, len(err))  # RD_KAFKA_PRODUCER
        if not producer:
            raise RuntimeError(err.value.decode())
        try:
            for key, value, headers in batch:
                vus = [
                    VU(topic_v, U(cstr=topic.encode())),
                    VU(partition_v, U(i32=0)),
                    VU(flags_v, U(i=msg_f_copy)),
                ]
                vus += [VU(key_v, U(mem=Mem(ctypes.cast(ctypes.c_char_p(key), ctypes.c_void_p), len(key))))]
                vus += [
                    VU(value_v, U(mem=Mem(ctypes.cast(ctypes.c_char_p(value), ctypes.c_void_p), len(value))))
                ]
                for name, hvalue in headers:
                    ptr = None if hvalue is None else ctypes.cast(ctypes.c_char_p(hvalue), ctypes.c_void_p)
                    size = -1 if hvalue is None else len(hvalue)
                    vus.append(VU(header_v, U(header=Header(name, ptr, size))))
                array = (VU * len(vus))(*vus)
                failed = lib.rd_kafka_produceva(producer, array, len(vus))
                if failed:
                    raise RuntimeError(lib.rd_kafka_error_string(failed).decode())
            lib.rd_kafka_flush(producer, 30_000)
            if lib.rd_kafka_outq_len(producer):
                raise RuntimeError("librdkafka could not deliver every record")
        finally:
            lib.rd_kafka_destroy(producer)


def corrupt_batches(monkeypatch: Any, kind: str) -> None:
    """kafka-python's producer (in this test process only) writes broken record batches, which Tansu stores as
    sent: kind ``crc`` a wrong CRC-32C; kind ``payload`` a gzip payload with flipped bytes under a CRC that
    matches (a producer bug: the CRC passes, decompression fails)."""
    from kafka.record.default_records import DefaultRecordBatchBuilder as Builder
    from kafka.record.util import calc_crc32c

    original = Builder.build

    def build(self: Any) -> Any:
        buffer = original(self)
        if kind == "crc":
            crc = struct.unpack_from(">I", buffer, Builder.CRC_OFFSET)[0]
            struct.pack_into(">I", buffer, Builder.CRC_OFFSET, crc ^ 0xDEAD)
        else:
            body = Builder.HEADER_STRUCT.size
            for i in range(body + 12, min(len(buffer), body + 40)):  # past the gzip header, into the data
                buffer[i] ^= 0x5A
            struct.pack_into(
                ">I", buffer, Builder.CRC_OFFSET, calc_crc32c(bytes(buffer[Builder.ATTRIBUTES_OFFSET :]))
            )
        return buffer

    monkeypatch.setattr(Builder, "build", build)


def produce_corrupt_batch(
    bootstrap: str, topic: str, records: list[tuple[bytes, bytes]], kind: str = "crc"
) -> list[int]:
    """Write `records` as one corrupt record batch (`corrupt_batches` kinds; kafka-python's producer, patched
    in this process only); returns their offsets."""
    import pytest
    from kafka import KafkaProducer

    with pytest.MonkeyPatch.context() as patch:
        corrupt_batches(patch, kind)
        producer = KafkaProducer(
            bootstrap_servers=bootstrap, linger_ms=200, compression_type="gzip" if kind == "payload" else None
        )
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


def confluent_transactions(bootstrap: str, topic: str, committed: list[bytes], aborted: list[bytes]) -> None:
    """librdkafka's transactional producer: `aborted` in one aborted transaction, between two committed
    transactions holding `committed` (first half, second half): an upstream that rolls back a send."""
    import confluent_kafka

    producer = confluent_kafka.Producer(
        {"bootstrap.servers": bootstrap, "transactional.id": f"interop-{topic}", "acks": "all"}
    )
    producer.init_transactions(30)
    half = len(committed) // 2
    for values, commit in ((committed[:half], True), (aborted, False), (committed[half:], True)):
        producer.begin_transaction()
        for value in values:
            producer.produce(topic, value=value)
        producer.flush(30)
        producer.commit_transaction(30) if commit else producer.abort_transaction(30)


def confluent_read_committed(bootstrap: str, topic: str, timeout_s: float = 5.0) -> list[bytes]:
    """Every value of partition 0 of `topic` as librdkafka reads it with isolation.level=read_committed."""
    import confluent_kafka

    consumer = confluent_kafka.Consumer(
        {"bootstrap.servers": bootstrap, "group.id": "interop-committed", "isolation.level": "read_committed"}
    )
    consumer.assign([confluent_kafka.TopicPartition(topic, 0, confluent_kafka.OFFSET_BEGINNING)])
    out: list[bytes] = []
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None and msg.error() is None:
                out.append(msg.value())
    finally:
        consumer.close()
    return out
