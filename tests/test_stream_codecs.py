"""Fast checks of Kafka codec handling (no broker): output compression settings, what a coordinates dead
letter says, how poll errors are sorted. Real-broker cases (every codec, bad CRC, missing codec library):
tests/test_stream_interop.py."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from kafka.errors import CorruptRecordError, KafkaConnectionError, UnsupportedCodecError

from triage.core import SourceRecord
from triage.pipeline.deadletter import coordinates_dead_letter, dead_letter_envelope, fit_dead_letter
from triage.stream.undecodable import (
    BAD_HEADER,
    CODEC_UNAVAILABLE,
    CORRUPT_BATCH,
    Undecodable,
    codec_support,
    is_poll_decode_error,
    reader_error,
    reason_of,
)

SCHEMA = json.loads((Path(__file__).parent.parent / "schemas" / "dead-letter.schema.json").read_text())


def test_coordinates_dead_letter_names_the_run_and_matches_the_schema() -> None:
    run = Undecodable("hl7.oru", 2, 40, 44, CORRUPT_BATCH, "CorruptRecordError")
    letter = coordinates_dead_letter(
        SourceRecord("hl7.oru", 2, 40, b""),
        44,
        topic="hl7.oru.dlq",
        reason=run.reason,
        error_type=run.error_type,
        error_text=run.describe(),
        now=datetime(2026, 1, 2, tzinfo=UTC),
    )
    envelope = dead_letter_envelope(letter)
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(envelope)
    headers = envelope["headers"]
    assert headers["triage-dlq-format"] == "coordinates" and headers["triage-dlq-reason"] == "corrupt_batch"
    assert (headers["triage-source-partition"], headers["triage-source-offset"]) == ("2", "40")
    assert headers["triage-source-last-offset"] == "44"
    assert "5 offset(s) 40-44 of hl7.oru[2] are corrupt" in headers["triage-dlq-error"]
    body = json.loads(letter.value)
    assert body["source"] == {"topic": "hl7.oru", "partition": 2, "first_offset": 40, "last_offset": 44}
    assert body["records"] == 5 and letter.key is None
    # the delivery path's fitting leaves it as it is (already in its final form)
    assert fit_dead_letter(letter, 10_000) == letter


def test_poll_errors_are_sorted_into_install_and_data_problems() -> None:
    assert (
        reason_of(UnsupportedCodecError("Libraries for lz4 compression codec not found")) == CODEC_UNAVAILABLE
    )
    assert reason_of(CorruptRecordError("failed crc check")) == CORRUPT_BATCH
    assert reason_of(zlib.error("invalid block type")) == CORRUPT_BATCH  # a decompressor's own error
    # kafka-python's error for a header key that is not UTF-8 (raised from the UnicodeDecodeError)
    try:
        try:
            b"\xff\xfeRIS".decode("utf-8")
        except ValueError as err:
            raise CorruptRecordError(f"Found invalid record structure: {err!r}")  # noqa: B904 (as kafka-python)
    except CorruptRecordError as wrapped:
        assert reason_of(wrapped) == BAD_HEADER
    assert is_poll_decode_error(CorruptRecordError()) and is_poll_decode_error(UnsupportedCodecError())
    assert is_poll_decode_error(zlib.error())
    assert not is_poll_decode_error(KafkaConnectionError())  # the broker's trouble: a poll failure


def test_a_readers_error_names_the_class_and_reason_never_the_records_bytes() -> None:
    """kafka-python's CorruptRecordError for a bad header key carries the UnicodeDecodeError's repr, which
    holds the bytes it failed on; a corrupt batch's text may quote bytes too. `triage replay`/`triage fetch`
    print the reader's error as ``triage: error: ...``: it names the class and the reason only (PHI: value
    bytes could appear). Before: ``(bad_header: Found invalid record structure: UnicodeDecodeError('utf-8',
    b'\\xff\\xfeRIS-SMITH^JOHN' ...``."""
    try:
        try:
            b"\xff\xfeRIS-SMITH^JOHN".decode("utf-8")
        except ValueError as err:
            raise CorruptRecordError(f"Found invalid record structure: {err!r}")  # noqa: B904 (as kafka-python)
    except CorruptRecordError as wrapped:
        bad_header = reader_error(wrapped, "hl7.oru partition 0 offset 1")
    corrupt = reader_error(CorruptRecordError("bad record b'SMITH^JOHN'"), "hl7.oru partition 0 offset 2")
    for error, reason in ((bad_header, BAD_HEADER), (corrupt, CORRUPT_BATCH)):
        text = str(error)
        assert error.reason == reason and f"({reason}: CorruptRecordError)" in text, text
        assert "SMITH" not in text and "\\x" not in text and "b'" not in text, text
    install = reader_error(UnsupportedCodecError("Libraries for lz4 compression codec not found"), "t")
    assert "Libraries for lz4 compression codec not found" in str(install)  # the library's own words: no data


def test_this_install_reads_every_kafka_codec() -> None:
    assert codec_support() == {"gzip": True, "snappy": True, "lz4": True, "zstd": True}


def test_every_offset_of_an_undecodable_run_gets_a_schema_valid_audit_record(scorer: object) -> None:
    from triage.config import Settings
    from triage.pipeline.process import Processor

    audit_schema = json.loads(
        (Path(__file__).parent.parent / "schemas" / "audit-record.schema.json").read_text()
    )
    settings = Settings()
    records = [SourceRecord("hl7.oru", 1, offset, b"") for offset in (7, 8, 9)]
    outcomes = Processor.from_settings(scorer, settings).undecodable(
        records, reason=CORRUPT_BATCH, error_type="CorruptRecordError", error_text="3 offset(s) are corrupt"
    )
    assert [o.source.offset for o in outcomes] == [7, 8, 9]
    for outcome in outcomes:
        (audit,) = outcome.audit_json()
        jsonschema.Draft202012Validator(audit_schema).validate(audit)
        assert (audit["decision"], audit["reason"], audit["accession"]) == (
            "dead_letter",
            "corrupt_batch",
            None,
        )
        assert {m.topic for m in outcome.outputs} >= {settings.topics.audit}
    dead = [m for o in outcomes for m in o.outputs if m.topic == settings.topics.dead_letter]
    assert len(dead) == 1 and json.loads(dead[0].value)["source"]["last_offset"] == 9


def test_output_compression_is_one_setting_passed_to_the_producer(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from triage.config import Settings
    from triage.stream import kafka_io

    built: list[dict] = []
    monkeypatch.setattr(kafka_io, "KafkaProducer", lambda **cfg: built.append(cfg))
    assert Settings().producer.compression == "none"
    kafka_io.make_producer(Settings().kafka)
    monkeypatch.setenv("TRIAGE_PRODUCER__COMPRESSION", "zstd")
    kafka_io.make_producer(Settings().kafka)
    assert [cfg["compression_type"] for cfg in built] == [None, "zstd"]
    monkeypatch.setenv("TRIAGE_PRODUCER__COMPRESSION", "brotli")
    with pytest.raises(ValidationError):
        Settings()


def test_output_batch_size_reaches_the_producer_capped_by_the_message_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One record batch per partition holds up to producer.batch_size bytes (fewer batches: less of the loop
    thread per record), never more than max_message_bytes (the broker takes one record of that size)."""
    from triage.config import Settings
    from triage.stream import kafka_io

    built: list[dict] = []
    monkeypatch.setattr(kafka_io, "KafkaProducer", lambda **cfg: built.append(cfg))
    kafka_io.make_producer(Settings().kafka)
    monkeypatch.setenv("TRIAGE_PRODUCER__BATCH_SIZE", "65536")
    kafka_io.make_producer(Settings().kafka)
    kafka_io.make_producer(Settings(max_message_bytes=20_000).kafka)
    assert [cfg["batch_size"] for cfg in built] == [262_144, 65_536, 20_000]


def test_the_producers_partitioner_maps_keys_as_kafka_pythons_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The remembered hash changes nothing: every key lands where kafka-python's DefaultPartitioner (the Java
    client's murmur2) puts it, for every partition count, also after the memo starts over."""
    import random

    from kafka.cluster import ClusterMetadata
    from kafka.partitioner.default import DefaultPartitioner

    from triage.stream import kafka_io

    class Cluster(ClusterMetadata):
        def __init__(self, partitions: dict[str, set[int]]) -> None:
            super().__init__()
            self._parts = partitions

        def topics(self, exclude_internal_topics: bool = True) -> set[str]:
            return set(self._parts)

        def partitions_for_topic(self, topic: str) -> set[int] | None:
            return self._parts.get(topic)

        def available_partitions_for_topic(self, topic: str) -> set[int] | None:
            return self._parts.get(topic)

    rng = random.Random(7)
    cluster = Cluster({f"t{n}": set(range(n)) for n in (1, 2, 3, 6, 7, 12)} | {"odd": {0, 2, 5}})
    ours, theirs = kafka_io.KeyHashPartitioner(), DefaultPartitioner()
    keys = [rng.randbytes(rng.randint(0, 40)) for _ in range(300)] + [b"ACC-1", b"ACC-1^2", bytearray(b"A")]
    # a cold memo, a remembered one, one that starts over every 5 keys
    for memo, fresh in ((kafka_io.KEY_HASH_MEMO, True), (kafka_io.KEY_HASH_MEMO, False), (5, True)):
        monkeypatch.setattr(kafka_io, "KEY_HASH_MEMO", memo)
        if fresh:
            ours = kafka_io.KeyHashPartitioner()
        for key in keys:
            for topic in cluster.topics():
                assert ours.partition(topic, None, key, None, None, cluster) == theirs.partition(
                    topic, None, key, None, None, cluster
                ), (key, topic)
        assert 0 < len(ours._hashes) <= memo
    assert ours.partition("t3", None, None, None, None, cluster) in {0, 1, 2}
    with pytest.raises(ValueError, match="not found"):
        ours.partition("missing", None, b"k", None, None, cluster)
