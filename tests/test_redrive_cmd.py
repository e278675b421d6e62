"""`triage redrive`: dead letters back onto the input topic exactly as they arrived. The selection in pure
code (reason filter, oversize/coordinates dead letters refused, one input re-driven once); a bad address is
one error line; and on a real broker, librdkafka produces what the daemon dead-letters, `--dry-run` lists it
without its bytes, `redrive` produces it, and librdkafka reads the input topic back byte-identical plus the
`triage-redriven-from` header."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from triage.cli import main
from triage.core import SourceRecord
from triage.pipeline.deadletter import build_dead_letter, fit_dead_letter
from triage.replay.redrive import REDRIVEN_FROM_HEADER, plan

NOW = datetime(2026, 1, 1, tzinfo=UTC)
HEADERS = (("traceparent", b"00-abc-def-01"), ("h", b"\xff\x00"), ("h", b"again"), ("empty", b""))


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(argv)
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


def _stored(source: SourceRecord, offset: int, budget: int = 1_000_000, index: int = 0) -> SourceRecord:
    """The dead letter of `source` as a reader gets it back from hl7.oru.dlq partition 0 at `offset`."""
    m = fit_dead_letter(
        build_dead_letter(source, topic="dlq", error=ValueError("x"), message_index=index, now=NOW), budget
    )
    return SourceRecord(
        "dlq", 0, offset, m.value or b"", key=m.key, headers=m.headers, null_value=m.value is None
    )


def test_plan_selects_by_reason_refuses_what_holds_no_bytes_and_redrives_one_input_once() -> None:
    bad = SourceRecord("hl7.oru", 1, 7, b"not hl7", key=b"k", headers=HEADERS)
    tomb = SourceRecord("hl7.oru", 1, 8, b"", key=b"t", null_value=True)
    big = SourceRecord("hl7.oru", 2, 3, b"x" * 20_000, key=b"b")
    letters = [
        _stored(bad, 0),
        _stored(bad, 1, index=1),  # a second failed message of the same input record
        _stored(tomb, 2),
        _stored(big, 3, budget=8_000),  # oversize: no original bytes
        SourceRecord("dlq", 0, 4, b"MSH|", key=b"z"),  # not a dead letter at all
    ]
    out = plan(letters)
    assert [r.dead_letter for r in out] == [f"dlq:0:{i}" for i in range(5)]
    first, twin, tombstone, oversize, stranger = out
    assert (first.key, first.value) == (b"k", b"not hl7") and first.skipped is None
    assert first.headers == (*HEADERS, (REDRIVEN_FROM_HEADER, b"dlq:0:0"))
    assert first.source == "hl7.oru:1:7" and "internal_error" in first.describe()
    assert "not hl7" not in first.describe()  # ids and a digest, never the bytes
    assert twin.skipped and twin.duplicate_of == "dlq:0:0" and twin.headers == ()
    assert tombstone.value is None and tombstone.key == b"t" and tombstone.skipped is None
    assert oversize.skipped and "triage fetch hl7.oru:2:3" in oversize.skipped and oversize.headers == ()
    assert stranger.skipped and "not a dead letter" in stranger.skipped
    assert plan(letters, ("unparseable",)) == []
    # a keyless tombstone (librdkafka produces one): skipped; the text no longer says no client can
    (keyless,) = plan([_stored(SourceRecord("hl7.oru", 1, 9, b"", key=None, null_value=True), 5)])
    assert (
        keyless.skipped
        and "nothing to re-drive" in keyless.skipped
        and "no Kafka client" not in keyless.skipped
    )
    assert [r.dead_letter for r in plan(letters, ("internal_error",))][:1] == ["dlq:0:0"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["redrive", "hl7.oru.dlq/0/1"], "TOPIC:PARTITION:OFFSET"),
        (["redrive"], "name the dead letters"),
        (["redrive", "--from", "2026-02-01", "--to", "2026-01-01"], "reversed"),
    ],
)
def test_bad_address_is_one_error_line_exit_2(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli([*argv, "--bootstrap-servers", "127.0.0.1:9"], capsys)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("triage: error:") and words in lines[0], err


@pytest.mark.kafka
def test_real_broker_dry_run_lists_then_redrive_reproduces_the_input_exactly(
    kafka: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    confluent_kafka = pytest.importorskip("confluent_kafka")
    settings = kafka.settings(partitions=1)
    producer = confluent_kafka.Producer({"bootstrap.servers": settings.bootstrap_servers, "acks": "all"})
    producer.produce(settings.topics.input, key=b"k-bad", value=b"not hl7 \xff at all", headers=list(HEADERS))
    producer.produce(settings.topics.input, key=b"k-tomb", value=None, headers=[("only", b"1")])
    assert producer.flush(30) == 0
    daemon = kafka.start_thread_daemon(settings)
    try:
        letters = kafka.read(settings.topics.dead_letter, until=lambda rs: len(rs) >= 2, timeout_s=60)
    finally:
        kafka.stop_thread_daemon(daemon)  # the re-driven records stay in the input topic to be read back
    assert len(letters) == 2
    reason = dict(letters[0].headers)["triage-dlq-reason"].decode()
    dlq, inp = settings.topics.dead_letter, settings.topics.input
    common = ["--bootstrap-servers", settings.bootstrap_servers, "--input-topic", inp]
    capsys.readouterr()  # the daemon's log lines

    code, out, err = _cli(
        ["redrive", "--dead-letter-topic", dlq, "--from", "beginning", "--dry-run", *common], capsys
    )
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("would re-drive") for line in lines), out
    assert "at all" not in out and f"{dlq}:0:0" in out and f"-> {inp}" in out
    code, out, _ = _cli(
        ["redrive", "--dead-letter-topic", dlq, "--reason", reason, "--dry-run", *common], capsys
    )
    assert code == 0 and out.count("would re-drive") == 1 and f"{dlq}:0:0 " in out
    code, out, _ = _cli(["redrive", "--dead-letter-topic", dlq, "--reason", "no-such-code", *common], capsys)
    assert code == 0 and out == ""

    coords = [f"{dlq}:0:{m.offset}" for m in letters]
    code, out, err = _cli(["redrive", *coords, *common], capsys)
    assert code == 0, err
    assert "re-drove 2 dead letters" in out

    import confluent_kafka as ck

    consumer = ck.Consumer({"bootstrap.servers": settings.bootstrap_servers, "group.id": "redrive-check"})
    consumer.assign([ck.TopicPartition(inp, 0, ck.OFFSET_BEGINNING)])
    got: list[Any] = []
    deadline = time.monotonic() + 30
    try:
        while len(got) < 4 and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None:
                assert msg.error() is None, msg.error()
                got.append(msg)
    finally:
        consumer.close()
    assert len(got) == 4
    originals, redriven = got[:2], got[2:]
    for before, after, letter in zip(originals, redriven, letters, strict=True):
        assert after.key() == before.key() and after.value() == before.value()
        assert list(after.headers() or []) == [
            *(before.headers() or []),
            (REDRIVEN_FROM_HEADER, f"{dlq}:0:{letter.offset}".encode()),
        ]
    assert redriven[1].value() is None  # the tombstone stays a tombstone

    # asking by name for a record that is not a dead letter: one line, exit 2, nothing sent
    code, _, err = _cli(["redrive", f"{inp}:0:0", *common], capsys)
    assert code == 2 and err.startswith("triage: error:") and "not a dead letter" in err
