"""Bad settings and flags found by adversarial testing: each is ONE line ``triage: error: ...`` and exit 2,
never a traceback: an invalid TRIAGE_PROCEDURE_PATTERN or TRIAGE_BOOTSTRAP_SERVERS (for every command,
`config show` included), a bytes-to-bytes codec as --encoding, an empty accession for `audit explain`, a
reversed --from/--to; and extreme instants as range bounds resolve in a handful of reads."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from triage.config import Settings, load_settings
from triage.errors import ConfigError, InputFileError
from triage.offline.tables import ReadOptions
from triage.replay import range as rng
from triage.replay.range import PartitionExtent, check_order, offset_for_time, parse_bound

REPO = Path(__file__).resolve().parent.parent


def _triage(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        capture_output=True,
        text=True,
        env={**base, "PYTHONPATH": str(REPO), **(env or {})},
        cwd=cwd or REPO,
        timeout=120,
    )


def _one_error(done: subprocess.CompletedProcess[str], starts: str) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"triage: error: {starts}"), lines[0]
    return lines[0]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("TRIAGE_"):
            monkeypatch.delenv(key)


# ------------------------------------------------------------------ 1. procedure_pattern


def test_procedure_pattern_must_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_PROCEDURE_PATTERN", "(")
    with pytest.raises(
        ConfigError, match="invalid setting procedure_pattern: not a valid regular expression"
    ):
        load_settings(warn=None)
    assert Settings(procedure_pattern=r"(?i)\bct\b").procedure_pattern == r"(?i)\bct\b"


def test_an_invalid_environment_value_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The user set TRIAGE_THRESHOLD, not "threshold": the line names both; a CLI value names no variable."""
    monkeypatch.setenv("TRIAGE_THRESHOLD", "abc")
    with pytest.raises(ConfigError, match=r"invalid setting threshold: .*\(from TRIAGE_THRESHOLD\)"):
        load_settings(warn=None)
    monkeypatch.delenv("TRIAGE_THRESHOLD")
    with pytest.raises(ConfigError) as raised:
        load_settings(warn=None, threshold="abc")
    assert "TRIAGE_THRESHOLD" not in str(raised.value)


@pytest.mark.parametrize("command", [("config", "show"), ("run", "--http-port", "0")])
def test_bad_procedure_pattern_is_one_line_for_config_show_and_run(command: tuple[str, ...]) -> None:
    done = _triage(*command, env={"TRIAGE_PROCEDURE_PATTERN": "("})
    _one_error(done, "invalid setting procedure_pattern: not a valid regular expression")


# ------------------------------------------------------------------ 2. bootstrap_servers


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("", "no server given"),
        (" , ", "no server given"),
        ("http://[::1", "is a URL"),
        ("localhost", "is not host:port"),
        ("[::1", "is not host:port"),
        ("fe80::1:9092", "is not host:port"),  # IPv6 without brackets: where does the port start?
        ("[zz]:9092", "is not an IPv6 address"),
        ("a:0", "the port must be 1-65535"),
        ("a:65536", "the port must be 1-65535"),
    ],
)
def test_bootstrap_servers_must_be_host_port(value: str, why: str) -> None:
    with pytest.raises(ConfigError, match=f"invalid setting bootstrap_servers: .*{why}"):
        load_settings(warn=None, bootstrap_servers=value)


def test_bootstrap_servers_valid_forms_are_normalized() -> None:
    assert Settings(bootstrap_servers="[::1]:9092").bootstrap_servers == "[::1]:9092"
    assert Settings(bootstrap_servers=" a:9092 , 10.0.0.1:9093,").bootstrap_servers == "a:9092,10.0.0.1:9093"
    assert Settings(bootstrap_servers="[fe80::1%eth0]:1").bootstrap_servers == "[fe80::1%eth0]:1"


@pytest.mark.parametrize("value", ["", "http://[::1"])
def test_bad_bootstrap_servers_is_one_line_for_config_show_and_send(value: str, tmp_path: Path) -> None:
    _one_error(
        _triage("config", "show", env={"TRIAGE_BOOTSTRAP_SERVERS": value}),
        "invalid setting bootstrap_servers",
    )
    folder = tmp_path / "msgs"
    folder.mkdir()
    (folder / "a.hl7").write_bytes(b"MSH|^~\\&|A|B|C|D|20250101||ORU^R01|1|P|2.5\r")
    done = _triage("send", str(folder), env={"TRIAGE_BOOTSTRAP_SERVERS": value})
    _one_error(done, "invalid setting bootstrap_servers")


# ------------------------------------------------------------------ 3. --encoding


@pytest.mark.parametrize("name", ["base64", "rot13", "zlib_codec", "hex"])
def test_bytes_to_bytes_codecs_are_not_encodings(name: str) -> None:
    with pytest.raises(InputFileError, match="is not a text encoding"):
        ReadOptions(encoding=name)
    assert ReadOptions(encoding="cp1252").encoding == "cp1252"


def test_label_with_base64_encoding_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "CT head. No hemorrhage.", "label": 0}\n')
    done = _triage("label", str(data), "--out", str(tmp_path / "o.jsonl"), "--encoding", "base64")
    assert "'base64' is not a text encoding" in _one_error(done, "")
    assert not (tmp_path / "o.jsonl").exists()


# ------------------------------------------------------------------ 4. audit explain ''


@pytest.mark.parametrize("accession", ["", "   "])
def test_audit_explain_empty_accession_is_a_usage_error(accession: str, tmp_path: Path) -> None:
    audits = tmp_path / "audit.jsonl"
    audits.write_text("")
    done = _triage("audit", "explain", accession, "--audit-file", str(audits))
    assert "ACCESSION" in _one_error(done, "Invalid value for ACCESSION")
    assert "audit record" not in done.stdout


# ------------------------------------------------------------------ 5. reversed and extreme ranges


@pytest.mark.parametrize(
    ("start", "stop"),
    [
        ("2025-06-02", "2025-06-01"),
        ("2025-06-01T10:00:00+00:00", "2025-06-01T11:00:00+02:00"),  # 10:00Z after 09:00Z
        ("10", "5"),
        ("0:5,1:1", "0:3"),
        ("7", "0:3,1:9"),
        ("0:8", "4"),
        ("end", "beginning"),
    ],
)
def test_reversed_bounds_are_refused(start: str, stop: str) -> None:
    with pytest.raises(
        ConfigError, match=re.escape(f"range is reversed: --from {start} is after --to {stop}")
    ):
        check_order(parse_bound(start), parse_bound(stop))


@pytest.mark.parametrize(
    ("start", "stop"),
    [
        ("2025-06-01", "2025-06-01"),
        ("2025-06-01", "2025-06-02"),
        ("5", "5"),
        ("0:5", "1:3"),
        ("beginning", "end"),
    ],
)
def test_ordered_or_equal_bounds_pass(start: str, stop: str) -> None:
    check_order(parse_bound(start), parse_bound(stop))


def test_audit_drift_reversed_range_names_the_bounds() -> None:
    # refused before the models load and before the broker is asked (none listens on port 1)
    done = _triage(
        "audit",
        "drift",
        "--from",
        "2025-06-02",
        "--to",
        "2025-06-01",
        env={"TRIAGE_BOOTSTRAP_SERVERS": "127.0.0.1:1"},
    )
    line = _one_error(done, "range is reversed")
    assert "--from 2025-06-02 is after --to 2025-06-01" in line


class _TansuLike:
    """offsets_for_times as Tansu answers a far-future instant (offset 0, timestamp -1); kafka-python itself
    refuses a negative instant with ValueError."""

    def offsets_for_times(self, query: dict[Any, int]) -> dict[Any, Any]:
        from kafka.structs import OffsetAndTimestamp

        tp, ts = next(iter(query.items()))
        if ts < 0:
            raise ValueError("The target time cannot be negative.")
        return {tp: OffsetAndTimestamp(0, -1, 0)}


@pytest.fixture
def stamps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A partition of 100 000 records stamped 1 s apart from 2025-01-01; counts the records read."""
    base = parse_bound("2025-01-01T00:00:00Z").timestamp_ms
    assert base is not None
    reads: list[int] = []

    def fake_read(consumer: Any, topic: str, partition: int, offset: int) -> int | None:
        reads.append(offset)
        return base + 1000 * offset if 0 <= offset < 100_000 else None

    monkeypatch.setattr(rng, "read_timestamp_at", fake_read)
    return reads


EXTENT = PartitionExtent(0, 0, 100_000)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("0001-01-01T00:00:00Z", 0),
        ("1960-01-01", 0),  # before 1970: negative, which kafka-python refuses
        ("2025-01-01T00:00:00Z", 0),
        ("9999-12-31T23:59:59Z", None),
        ("2026-01-01", None),
    ],
)
def test_instants_outside_the_records_resolve_in_two_reads(
    stamps: list[int], when: str, expected: int | None
) -> None:
    ts = parse_bound(when).timestamp_ms
    assert ts is not None
    assert offset_for_time(_TansuLike(), "t", EXTENT, ts) == expected
    assert len(stamps) <= 3, stamps  # first record, (the broker's bogus answer), last record: no search


def test_instants_inside_the_records_are_still_found(stamps: list[int]) -> None:
    ts = parse_bound("2025-01-01T00:16:40.5Z").timestamp_ms  # between offsets 1000 and 1001
    assert ts is not None
    assert offset_for_time(_TansuLike(), "t", EXTENT, ts) == 1001
    assert len(stamps) < 25


@pytest.mark.parametrize("value", ["", "bad topic!", "..", "x" * 250])
def test_topic_names_must_be_legal_kafka_names(value: str) -> None:
    done = _triage("config", "show", env={"TRIAGE_TOPICS__INPUT": value})
    assert "is not a Kafka topic name" in _one_error(done, "invalid setting topics.input")


@pytest.mark.parametrize(
    "env",
    [{"TRIAGE_PRIORITY": '{"shift_mm":'}, {"TRIAGE_PRODUCER": "{bad"}, {"TRIAGE_ACCESSION_SOURCES": "PID-7"}],
)
def test_slice_json_and_phi_accession_source_are_one_line(env: dict[str, str]) -> None:
    _one_error(_triage("config", "show", env=env), "invalid setting")


# ------------------------------------------------------------------ an unexpected exception (break1)


def test_a_bug_is_one_line_without_its_message_and_the_process_ends(tmp_path: Path) -> None:
    """An exception no command expected (a bug) ends `triage` with one `triage: error: internal error` line
    naming its type and triage source line, never its message (a KeyError or JSON error quotes the value,
    which may be PHI), and exit 2. Before: a traceback with the message."""
    code = (
        "import sys\n"
        "import triage.replay.explain as explain\n"
        "def boom(*args, **kwargs):\n"
        "    raise KeyError('QQCANARY^PATIENT')\n"
        "explain.study_history = boom\n"
        "from triage.cli import main\n"
        f"sys.argv = ['triage', 'audit', 'explain', 'ACC-1', '--audit-file', {str(tmp_path / 'a.jsonl')!r}]\n"
        "main()\n"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**base, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    line = _one_error(done, "internal error: KeyError at triage/commands/audit.py:")
    assert "QQCANARY" not in done.stderr + done.stdout and "please report" in line
