"""A dead letter re-drives exactly: the input's own headers (all, in order, repeated names, binary values)
ride along as ``triage-input-header:<name>``, a null value stays null, and `redrive_record` gives the
input record back. Checked in pure code and through a real broker with librdkafka as the independent
producer and reader."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from triage.core import KafkaMessage, SourceRecord
from triage.pipeline.bounds import MAX_HEADER_VALUE_BYTES
from triage.pipeline.deadletter import (
    INPUT_HEADER_PREFIX,
    NULL_VALUE_HEADER,
    build_dead_letter,
    fit_dead_letter,
    redrive_record,
)

NOW = datetime(2026, 1, 1, tzinfo=UTC)
# collide on purpose with the dead letter's own header names; a repeated name; binary and empty values
INPUT_HEADERS = (
    ("traceparent", b"00-abc-def-01"),
    ("triage-dlq-reason", b"spoofed"),
    ("content-type", b"x-application/hl7-v2"),
    ("h", b"\xff\x00\xfe"),
    ("h", b"second"),
    ("empty", b""),
    ("big", b"B" * 5000),  # longer than the 1 KiB bound of the dead letter's own header values
)


def _letter(source: SourceRecord) -> KafkaMessage:
    return fit_dead_letter(
        build_dead_letter(source, topic="dlq", error=ValueError("x"), message_index=0, now=NOW), 1_000_000
    )


def test_dead_letter_carries_every_input_header_prefixed_and_redrives_them_exactly() -> None:
    src = SourceRecord("hl7.oru", 0, 7, b"not hl7", key=b"k", headers=INPUT_HEADERS)
    letter = _letter(src)
    carried = [(n, v) for n, v in letter.headers if n.startswith(INPUT_HEADER_PREFIX)]
    assert carried == [(INPUT_HEADER_PREFIX + n, v) for n, v in INPUT_HEADERS]
    own = dict((n, v) for n, v in letter.headers if not n.startswith(INPUT_HEADER_PREFIX))
    assert own["triage-dlq-reason"] == b"internal_error" and "content-type" not in own
    assert redrive_record(letter) == (b"k", b"not hl7", INPUT_HEADERS)


@pytest.mark.parametrize("key", [b"k-tomb", None])
def test_a_null_value_input_stays_null_where_a_record_allows_it(key: bytes | None) -> None:
    src = SourceRecord("hl7.oru", 0, 8, b"", key=key, null_value=True)
    letter = _letter(src)
    assert dict(letter.headers)[NULL_VALUE_HEADER] == b"true"
    # a record needs a key or a value: with no key the value is sent empty, the header still says null
    assert letter.value == (None if key is not None else b"")
    assert redrive_record(letter) == (key, None, ())
    empty = _letter(SourceRecord("hl7.oru", 0, 9, b"", key=key))
    assert empty.value == b"" and NULL_VALUE_HEADER not in dict(empty.headers)
    assert redrive_record(empty) == (key, b"", ())


def test_a_null_header_value_is_read_apart_from_an_empty_one_and_named_on_the_dead_letter() -> None:
    """kafka-python hands a null header value (length -1) over as None: the SourceRecord keeps b"" (what the
    producers can write) and its position; the dead letter, original or oversize, names those positions in
    `triage-input-null-headers` and stays valid to its schema; an empty value is not named."""
    import json
    from pathlib import Path
    from types import SimpleNamespace

    import jsonschema

    from triage.pipeline.deadletter import NULL_HEADERS_HEADER, dead_letter_envelope
    from triage.stream.records import to_source_record

    raw = [("trace", None), ("empty", b""), ("trace", b"x"), ("h", None)]
    rec = SimpleNamespace(
        topic="hl7.oru", partition=0, offset=3, key=b"k", value=b"v", timestamp=1, headers=raw
    )
    src = to_source_record(rec)
    assert src.headers == (("trace", b""), ("empty", b""), ("trace", b"x"), ("h", b""))
    assert src.null_headers == (0, 3)
    schema = json.loads((Path(__file__).parent.parent / "schemas" / "dead-letter.schema.json").read_text())
    for letter in (_letter(src), fit_dead_letter(_letter(src), 2_000, force_oversize=True)):
        assert dict(letter.headers)[NULL_HEADERS_HEADER] == b"0,3"
        jsonschema.validate(dead_letter_envelope(letter), schema)
    assert redrive_record(_letter(src))[2] == src.headers  # written back empty: the producer's limit
    plain = to_source_record(SimpleNamespace(**{**vars(rec), "headers": [("empty", b"")]}))
    assert plain.null_headers == () and NULL_HEADERS_HEADER not in dict(_letter(plain).headers)


def test_many_null_header_values_are_all_named_and_the_dead_letter_stays_valid() -> None:
    """300 null header values: `triage-input-null-headers` lists all 300 positions (1,189 bytes, over the
    1,024-byte cut of the dead letter's own header values), in the original and the oversize form, and the
    dead letter stays valid to its schema. Before: the list was cut to ``prefix~len=N~sha256=...``, which
    the schema's pattern refuses and no consumer can read."""
    import json
    from pathlib import Path
    from types import SimpleNamespace

    import jsonschema

    from triage.pipeline.deadletter import NULL_HEADERS_HEADER, dead_letter_envelope
    from triage.stream.records import to_source_record

    rec = SimpleNamespace(
        topic="hl7.oru", partition=0, offset=3, key=b"k", value=b"v", timestamp=1, headers=[("h", None)] * 300
    )
    src = to_source_record(rec)
    schema = json.loads((Path(__file__).parent.parent / "schemas" / "dead-letter.schema.json").read_text())
    expected = ",".join(str(i) for i in range(300)).encode()
    assert len(expected) > MAX_HEADER_VALUE_BYTES
    for letter in (_letter(src), fit_dead_letter(_letter(src), 20_000, force_oversize=True)):
        assert dict(letter.headers)[NULL_HEADERS_HEADER] == expected
        jsonschema.validate(dead_letter_envelope(letter), schema)


def test_oversize_dead_letter_bounds_the_input_headers_too() -> None:
    src = SourceRecord("hl7.oru", 0, 7, b"x" * 10_000, key=b"k", headers=INPUT_HEADERS)
    letter = fit_dead_letter(
        build_dead_letter(src, topic="dlq", error=ValueError("x"), message_index=0, now=NOW), 8_000
    )
    assert dict(letter.headers)["triage-dlq-format"] == b"oversize"
    assert all(len(v) <= 1024 for _, v in letter.headers)


def _consume_all(bootstrap: str, topic: str, n: int, timeout_s: float = 60.0) -> list[Any]:
    import confluent_kafka

    consumer = confluent_kafka.Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"reader-{time.monotonic_ns()}",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    try:
        consumer.subscribe([topic])
        out: list[Any] = []
        deadline = time.monotonic() + timeout_s
        while len(out) < n and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is not None and msg.error() is None:
                out.append(msg)
        return out
    finally:
        consumer.close()


def test_real_broker_dead_letters_keep_headers_and_null_values_and_redrive_exactly(kafka: Any) -> None:
    """librdkafka produces a bad record with odd headers and a keyed tombstone; the daemon dead-letters
    both; librdkafka reads the dead letters back; re-driving them reproduces the inputs exactly."""
    pytest.importorskip("confluent_kafka")
    import confluent_kafka

    settings = kafka.settings(partitions=1)
    producer = confluent_kafka.Producer({"bootstrap.servers": settings.bootstrap_servers, "acks": "all"})
    producer.produce(
        settings.topics.input, key=b"k-bad", value=b"not hl7 at all", headers=list(INPUT_HEADERS)
    )
    producer.produce(settings.topics.input, key=b"k-tomb", value=None, headers=[("only", b"1")])
    assert producer.flush(30) == 0

    daemon = kafka.start_thread_daemon(settings)
    try:
        letters = _consume_all(settings.bootstrap_servers, settings.topics.dead_letter, 2)
    finally:
        kafka.stop_thread_daemon(daemon)
    assert len(letters) == 2, letters
    by_key = {m.key(): m for m in letters}
    bad, tomb = by_key[b"k-bad"], by_key[b"k-tomb"]
    assert bad.value() == b"not hl7 at all" and tomb.value() is None  # librdkafka sees a real null

    def as_message(m: Any) -> KafkaMessage:
        return KafkaMessage(m.topic(), m.key(), m.value(), tuple((n, v or b"") for n, v in m.headers()))

    assert redrive_record(as_message(bad)) == (b"k-bad", b"not hl7 at all", INPUT_HEADERS)
    assert redrive_record(as_message(tomb)) == (b"k-tomb", None, (("only", b"1"),))
