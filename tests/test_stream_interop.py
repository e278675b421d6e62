"""Kafka as the field writes it, on the real broker, with a client we did not write: confluent-kafka
(librdkafka) produces ORU records with every codec, `triage run` decides them, and the same client reads the
Flags, audit records and dead letters back (what a worklist consumer in another language sees). Then the
batches no client can decode: a corrupt batch (bad CRC) is dead-lettered as coordinates and skipped; a codec
this install cannot read stops the daemon with exit code 5 (fail closed), never a spin."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from triage.stream.undecodable import EXIT_INPUT_UNDECODABLE

try:
    from tests.interop import (
        confluent_produce,
        confluent_read,
        confluent_transactions,
        librdkafka_raw_headers,
        produce_corrupt_batch,
        without_codec_library,
    )
except ImportError:  # tests/ itself on sys.path (pytest's default import mode; `tests` may be taken)
    from interop import (  # type: ignore[no-redef]
        confluent_produce,
        confluent_read,
        confluent_transactions,
        librdkafka_raw_headers,
        produce_corrupt_batch,
        without_codec_library,
    )

confluent_kafka = pytest.importorskip("confluent_kafka")

pytestmark = pytest.mark.kafka

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")
STOP_BOUND_S = 10.0  # deploy/README.md: SIGTERM → exit within this


def sigterm_exit(proc: Any) -> tuple[int, float]:
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    rc = proc.wait(timeout=60)
    return rc, time.monotonic() - t0


def test_librdkafka_every_codec_in_and_flags_audits_dead_letters_out(kafka: Any) -> None:
    from triage.offline.synth.oru import render_oru

    settings = kafka.settings(partitions=2)
    positives, negatives = kafka.pick_reports(n_pos=5, n_neg=5, seed=11)
    per_codec = {}
    for i, codec in enumerate(CODECS):
        pos, neg = positives[i], negatives[i]
        per_codec[codec] = [
            (f"{codec}-pos".encode(), render_oru(pos, control_id=f"{codec.upper()}P")),
            (f"{codec}-neg".encode(), render_oru(neg, control_id=f"{codec.upper()}N")),
            (f"{codec}-bad".encode(), f"not an HL7 message ({codec})".encode()),
        ]
        confluent_produce(settings.bootstrap_servers, settings.topics.input, per_codec[codec], codec)
    n_in = sum(len(v) for v in per_codec.values())

    daemon_env = kafka.daemon_env
    kafka.daemon_env = lambda s: {**daemon_env(s), "TRIAGE_PRODUCER__COMPRESSION": "zstd"}  # outputs too
    proc = kafka.start_process(settings)
    audits = kafka.audits_until(settings, n_in, timeout_s=120)
    assert len(kafka.source_coords(audits)) == n_in  # every record of every codec decided
    rc, took = sigterm_exit(proc)
    assert rc == 0 and took < STOP_BOUND_S, (rc, took)

    # the same independent client reads the outputs back (written zstd-compressed by the daemon)
    by_control = {}
    for msg in confluent_read(settings.bootstrap_servers, settings.topics.audit, len(audits)):
        record = json.loads(msg.value())
        headers = dict(msg.headers() or [])
        assert headers["content-type"] == b"application/json"
        assert headers["triage-model-version"]
        expected_key = record["accession"] or record["control_id"]  # accession, else MSH-10, else none
        assert msg.key() == (expected_key.encode() if expected_key else None)
        by_control[record["control_id"]] = record
    for codec in CODECS:
        assert by_control[f"{codec.upper()}P"]["decision"] == "positive", codec
        assert by_control[f"{codec.upper()}N"]["decision"] == "negative", codec

    flags = confluent_read(settings.bootstrap_servers, settings.flag_topic, len(CODECS))
    assert len(flags) == len(CODECS)
    for msg in flags:
        flag = json.loads(msg.value())
        headers = {k: v.decode() for k, v in msg.headers() or []}
        audit = by_control[headers["triage-msh10"]]
        assert flag["resourceType"] == "Flag" and flag["status"] == "active"
        assert flag["id"] == audit["flag_id"]  # a worklist deduplicates on Flag id + status
        assert msg.key() == audit["accession"].encode()  # and partitions by accession
        assert headers["content-type"].startswith("application/fhir+json")
        assert headers["triage-flag-action"] == audit["flag_action"]
        assert (headers["triage-source-topic"], headers["triage-source-offset"]) == (
            settings.topics.input,
            str(audit["source"]["offset"]),
        )

    dead = confluent_read(settings.bootstrap_servers, settings.topics.dead_letter, len(CODECS))
    assert sorted(m.value() for m in dead) == sorted(
        v for recs in per_codec.values() for k, v in recs if k.endswith(b"-bad")
    )
    for msg in dead:
        headers = dict(msg.headers() or [])
        assert headers["triage-dlq-reason"] == b"no_msh"
        assert headers["triage-source-topic"] == settings.topics.input.encode()
        assert int(headers["triage-source-offset"]) >= 0
        assert msg.key() is not None and msg.key().endswith(b"-bad")  # the input record's key, untouched


def test_corrupt_batch_is_dead_lettered_as_coordinates_and_the_partition_moves_on(kafka: Any) -> None:
    from triage.offline.synth.oru import render_oru

    settings = kafka.settings(partitions=1)
    pos, neg = kafka.pick_reports(n_pos=2, n_neg=2, seed=5)
    topic = settings.topics.input
    before = kafka.produce(
        topic,
        [(b"a", render_oru(pos[0], control_id="GOOD1")), (b"b", render_oru(neg[0], control_id="GOOD2"))],
    )
    lost = [(b"c", render_oru(neg[1], control_id=f"LOST{i}")) for i in range(3)]
    corrupt = produce_corrupt_batch(kafka.bootstrap, topic, lost)
    after = kafka.produce(topic, [(b"d", render_oru(pos[1], control_id="GOOD3"))])
    garbled = produce_corrupt_batch(kafka.bootstrap, topic, lost[:2], kind="payload")  # CRC ok, gzip not
    last = kafka.produce(topic, [(b"e", render_oru(neg[0], control_id="GOOD4"))])
    assert corrupt == list(range(corrupt[0], corrupt[0] + 3))  # one batch of three
    runs = [(corrupt[0], corrupt[-1], 3), (garbled[0], garbled[-1], 2)]
    n_in = len(before) + len(corrupt) + len(after) + len(garbled) + len(last)

    proc = kafka.start_process(settings)
    audits = kafka.audits_until(settings, n_in, timeout_s=120)
    by_offset = {json.loads(r.value)["source"]["offset"]: json.loads(r.value) for r in audits}
    assert set(by_offset) == set(range(n_in))
    for offset in corrupt + garbled:
        assert by_offset[offset]["decision"] == "dead_letter"
        assert by_offset[offset]["reason"] == "corrupt_batch"
        assert by_offset[offset]["control_id"] is None  # nothing was read: no id can be claimed
    assert by_offset[garbled[0]]["error_type"] == "error"  # zlib.error: the decompressor's own exception
    assert by_offset[after[0][1]]["control_id"] == "GOOD3"  # the partition moved past each batch
    assert by_offset[last[0][1]]["control_id"] == "GOOD4"
    rc, took = sigterm_exit(proc)
    assert rc == 0 and took < STOP_BOUND_S, (rc, took)
    assert kafka.committed(settings) == {0: n_in}
    events = [e for e in kafka.log_events(proc) if e.get("event") == "input_undecodable"]
    assert [(e["first_offset"], e["last_offset"], e["reason"]) for e in events] == [
        (first, last_offset, "corrupt_batch") for first, last_offset, _ in runs
    ]

    dead = confluent_read(settings.bootstrap_servers, settings.topics.dead_letter, 2)
    assert len(dead) == len(runs)
    dead.sort(key=lambda m: int(dict(m.headers())["triage-source-offset"]))  # 3 partitions: any order
    for msg, (first, last_offset, count) in zip(dead, runs, strict=True):
        headers = {k: v.decode() for k, v in msg.headers()}
        assert headers["triage-dlq-format"] == "coordinates"
        assert headers["triage-dlq-reason"] == "corrupt_batch"
        assert (headers["triage-source-offset"], headers["triage-source-last-offset"]) == (
            str(first),
            str(last_offset),
        )
        body = json.loads(msg.value())
        assert body["source"] == {
            "topic": topic,
            "partition": 0,
            "first_offset": first,
            "last_offset": last_offset,
        }
        assert body["records"] == count

    # the group-less readers say so in one error, promptly, instead of spinning on the batch
    from triage.errors import UndecodableInputError
    from triage.replay.fetch import fetch_record
    from triage.replay.reader import read_range

    t0 = time.monotonic()
    with pytest.raises(UndecodableInputError, match=r"\(corrupt_batch: CorruptRecordError\)") as fetched:
        fetch_record(kafka.bootstrap, None, topic, 0, corrupt[1])
    assert "crc" not in str(fetched.value)  # the reason and class only, never the client's text (its bytes)
    with pytest.raises(UndecodableInputError, match=rf"partition\(s\) 0 at {corrupt[0]}\)"):
        list(read_range(kafka.bootstrap, None, topic))
    assert fetched.value.reason == "corrupt_batch" and time.monotonic() - t0 < 30
    tail = subprocess.run(
        [sys.executable, "-m", "triage.cli", "tail", topic, "--bootstrap-servers", kafka.bootstrap],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert tail.returncode != 0
    assert tail.stderr.strip().splitlines()[-1].startswith("triage: error: cannot decode a record batch of")


def test_a_header_key_that_is_not_utf8_is_dead_lettered_as_bad_header(kafka: Any) -> None:
    """librdkafka sends a header key as the bytes it is given; the Kafka protocol says a header key is a UTF-8
    String and kafka-python cannot unpack such a record. Before: reason corrupt_batch (the batch is sound);
    now bad_header, on the coordinates dead letter, the audit records, the log and the reader's error. A bad
    record alone in its batch is a run of one; a bad record followed by a good one in the same batch takes it
    along (the client cannot read past the bad one); the batches around them are decided."""
    from triage.offline.synth.oru import render_oru

    settings = kafka.settings(partitions=1)
    pos, neg = kafka.pick_reports(n_pos=1, n_neg=2, seed=9)
    bad = [(b"\xff\xfeRIS-\xe9v\xe9nement", b"1")]  # Latin-1 bytes where UTF-8 is required
    librdkafka_raw_headers(
        settings.bootstrap_servers,
        settings.topics.input,
        [
            [(b"a", render_oru(neg[0], control_id="GOOD1"), [(b"source", b"RIS")])],
            [(b"b", render_oru(pos[0], control_id="BAD1"), bad)],
            [(b"c", render_oru(neg[1], control_id="GOOD2"), [])],
            [
                (b"d", render_oru(pos[0], control_id="BAD2"), bad),
                (b"e", render_oru(neg[1], control_id="TAIL"), []),
            ],
            [(b"f", render_oru(neg[0], control_id="GOOD3"), [])],
        ],
    )
    proc = kafka.start_process(settings)
    audits = kafka.audits_until(settings, 6, timeout_s=120)
    by_offset = {json.loads(r.value)["source"]["offset"]: json.loads(r.value) for r in audits}
    rc, took = sigterm_exit(proc)
    assert rc == 0 and took < STOP_BOUND_S, (rc, took)
    assert {o: by_offset[o]["control_id"] for o in (0, 2, 5)} == {0: "GOOD1", 2: "GOOD2", 5: "GOOD3"}
    for offset in (1, 3, 4):
        a = by_offset[offset]
        assert (a["decision"], a["reason"], a["error_type"]) == (
            "dead_letter",
            "bad_header",
            "CorruptRecordError",
        )
        assert a["control_id"] is None  # nothing was read
    assert kafka.committed(settings) == {0: 6}
    events = [e for e in kafka.log_events(proc) if e.get("event") == "input_undecodable"]
    assert [(e["first_offset"], e["last_offset"], e["reason"]) for e in events] == [
        (1, 1, "bad_header"),
        (3, 4, "bad_header"),
    ]
    dead = confluent_read(settings.bootstrap_servers, settings.topics.dead_letter, 2)
    got = sorted(
        (int(h["triage-source-offset"]), int(h["triage-source-last-offset"]), h["triage-dlq-reason"])
        for h in ({k: v.decode() for k, v in m.headers()} for m in dead)
    )
    assert got == [(1, 1, "bad_header"), (3, 4, "bad_header")]
    assert {json.loads(m.value())["reason"] for m in dead} == {"bad_header"}

    from triage.errors import UndecodableInputError
    from triage.replay.fetch import fetch_record

    with pytest.raises(UndecodableInputError, match=r"bad_header.*header key that is not UTF-8") as fetched:
        fetch_record(kafka.bootstrap, None, settings.topics.input, 0, 1)
    assert fetched.value.reason == "bad_header"


def test_codec_the_install_cannot_read_fails_closed_with_exit_5(kafka: Any, tmp_path: Path) -> None:
    from triage.offline.synth.oru import render_oru

    settings = kafka.settings(partitions=1)
    pos, neg = kafka.pick_reports(n_pos=1, n_neg=1, seed=7)
    first = kafka.produce(settings.topics.input, [(b"a", render_oru(neg[0], control_id="PLAIN"))])
    confluent_produce(
        settings.bootstrap_servers,
        settings.topics.input,
        [(b"b", render_oru(pos[0], control_id="LZ4"))],
        "lz4",
    )

    env_path = without_codec_library(tmp_path, "lz4")
    original_env = kafka.daemon_env

    def env_without_lz4(s: Any) -> dict[str, str]:
        env = original_env(s)
        env["PYTHONPATH"] = f"{env_path}:{env['PYTHONPATH']}"
        return env

    kafka.daemon_env = env_without_lz4
    proc = kafka.start_process(settings)
    t0 = time.monotonic()
    rc = proc.wait(timeout=90)
    assert rc == EXIT_INPUT_UNDECODABLE, rc
    events = kafka.log_events(proc)
    warned = next(e for e in events if e.get("event") == "kafka_codec_unavailable")
    assert warned["codecs"] == ["lz4"]
    fatal = next(e for e in events if e.get("event") == "input_undecodable")
    assert fatal["reason"] == "codec_unavailable" and fatal["first_offset"] == 1 and fatal["exit_code"] == 5
    assert not [e for e in events if e.get("event") == "poll_failed"]  # no retry loop, no spin
    assert time.monotonic() - t0 < 60
    # the readable record before it was decided and committed; the lz4 one was not skipped
    audits = kafka.read_json(settings.topics.audit)
    assert [a["control_id"] for a in audits] == ["PLAIN"] and first == [(0, 0)]
    assert kafka.committed(settings) == {0: 1}
    assert kafka.read(settings.topics.dead_letter) == []


def test_the_daemon_reads_committed_records_only(kafka: Any) -> None:
    """A transactional upstream that aborts a send must not get Flags: the daemon's consumer (and replay's)
    is read_committed. The embedded Tansu sends no aborted-transaction list, so even librdkafka's
    read_committed consumer gets the aborted records there; the daemon tells them from the abort markers
    (triage.stream.transactions), so this runs on any broker."""
    from triage.offline.synth.oru import render_oru
    from triage.stream.kafka_io import make_consumer

    settings = kafka.settings(partitions=1)
    reader = make_consumer(settings.kafka, group=False)
    try:
        assert reader.config["isolation_level"] == "read_committed" == settings.isolation_level
    finally:
        reader.close(autocommit=False)

    positives, _ = kafka.pick_reports(n_pos=5, n_neg=0, seed=12)
    committed = [render_oru(r, control_id=f"TXC{i}") for i, r in enumerate(positives[:2])]
    aborted = [render_oru(r, control_id=f"TXA{i}") for i, r in enumerate(positives[2:])]
    confluent_transactions(settings.bootstrap_servers, settings.topics.input, committed, aborted)
    proc = kafka.start_process(settings)
    audits = kafka.audits_until(settings, len(committed), timeout_s=120)
    time.sleep(2.0)  # an aborted record read anyway would be decided by now
    audits = kafka.read_json(settings.topics.audit)
    rc, _ = sigterm_exit(proc)
    assert rc == 0
    assert sorted(a["control_id"] for a in audits) == ["TXC0", "TXC1"]
