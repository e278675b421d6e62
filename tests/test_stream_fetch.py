"""`triage fetch TOPIC:PARTITION:OFFSET --out FILE` on a real broker: the original of an oversize dead letter
written by the daemon comes back byte for byte (its sha256 and length are the dead letter's); coordinates
that hold no record, a bad coordinate string and an existing --out file are one error line and exit 2."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from triage.cli import main

pytestmark = pytest.mark.kafka


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(argv)
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


def test_fetch_returns_the_original_of_an_oversize_dead_letter(
    kafka: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = kafka.settings(partitions=2, max_message_bytes=20_000)
    value = b"MSH|^~\\&|RIS\r" + bytes(range(256)) * 470  # 120 KB, every byte value, over the limit
    key = b"K" * 40_000
    [(partition, offset)] = kafka.produce(settings.topics.input, [(key, value)])
    daemon = kafka.start_thread_daemon(settings)
    [dead] = kafka.read(settings.topics.dead_letter, until=lambda rs: len(rs) >= 1, timeout_s=60)
    kafka.stop_thread_daemon(daemon)
    assert dict(dead.headers)["triage-dlq-format"] == b"oversize"
    body = json.loads(dead.value)
    src = body["source"]
    assert (src["topic"], src["partition"], src["offset"]) == (settings.topics.input, partition, offset)

    out, key_out = tmp_path / "original.hl7", tmp_path / "original.key"
    coords = f"{src['topic']}:{src['partition']}:{src['offset']}"
    bootstrap = ["--bootstrap-servers", kafka.bootstrap]
    argv = ["fetch", coords, "--out", str(out), "--key-out", str(key_out), *bootstrap]
    code, stdout, err = _cli(argv, capsys)
    assert code == 0, err
    assert out.read_bytes() == value and key_out.read_bytes() == key
    assert hashlib.sha256(out.read_bytes()).hexdigest() == body["original"]["value_sha256"]
    assert len(value) == body["original"]["value_bytes"] and body["original"]["value_sha256"] in stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # a whole report: owner only

    # an existing file is never overwritten; an offset past the end and a bad string: one line, exit 2
    for argv, words in (
        (["fetch", coords, "--out", str(out)], "exists"),
        (
            ["fetch", f"{src['topic']}:{src['partition']}:{offset + 5}", "--out", str(tmp_path / "x")],
            "no record",
        ),
        (["fetch", "hl7.oru/1/2", "--out", str(tmp_path / "y")], "TOPIC:PARTITION:OFFSET"),
    ):
        code, _, err = _cli([*argv, *bootstrap], capsys)
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1 and lines[0].startswith("triage: error:") and words in lines[0]
    assert out.read_bytes() == value and not (tmp_path / "x").exists()


def test_fetch_tells_a_tombstone_and_a_missing_key_from_empty_bytes(
    kafka: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """break1: librdkafka's records with a null value (a tombstone) and with no key were fetched as
    `0 bytes` like an empty value, and the key file was empty either way: the line now says which."""
    confluent_kafka = pytest.importorskip("confluent_kafka")
    settings = kafka.settings(partitions=1)
    producer = confluent_kafka.Producer({"bootstrap.servers": kafka.bootstrap, "compression.type": "zstd"})
    for key, value in ((b"k-tomb", None), (None, b""), (b"k-empty", b"")):
        producer.produce(settings.topics.input, key=key, value=value)
    assert producer.flush(30) == 0
    lines = []
    for offset in range(3):
        argv = ["fetch", f"{settings.topics.input}:0:{offset}", "--out", str(tmp_path / f"v{offset}")]
        code, stdout, err = _cli(
            [*argv, "--key-out", str(tmp_path / f"k{offset}"), "--bootstrap-servers", kafka.bootstrap], capsys
        )
        assert code == 0, err
        assert (tmp_path / f"v{offset}").read_bytes() == b""
        lines.append(stdout)
    assert "a null value (tombstone)" in lines[0] and "no key" not in lines[0]
    assert "0 bytes" in lines[1] and "no key (an empty key file)" in lines[1]
    assert "0 bytes" in lines[2] and "null value" not in lines[2] and "no key" not in lines[2]
