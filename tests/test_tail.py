"""`triage tail TOPIC` on a real broker: the daemon's Flags, audit records and dead letters read back as an
integration engineer reads them (text and JSON lines, --from, --follow), dead letters without their bytes
unless --show-text, and SIGTERM / Ctrl-C ending a follow promptly with exit 0 (also with the broker gone)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from test_dead_letters_findable import message
from test_replay_support import build_artifact, oru_stream, produce, read_all, run_live_daemon

from triage.cli import main
from triage.tail.view import entry, kind_of

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(180)]
REPO = Path(__file__).resolve().parents[1]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def outputs(kafka_broker: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A synthetic feed (lifecycles, other procedures, garbage records) plus one report without text,
    through the live daemon; the output topics as the broker holds them."""
    from triage.config import Settings, TopicSettings
    from triage.stream.kafka_io import ensure_topics

    bs = kafka_broker.bootstrap_servers
    settings = Settings(
        bootstrap_servers=bs,
        topics=TopicSettings.suffixed(uuid.uuid4().hex[:10]),
        group_id=f"tail-{uuid.uuid4().hex[:8]}",
    )
    ensure_topics(settings.kafka, partitions=2)
    pairs = [*oru_stream(40, seed=21), (b"ACC-7001", message(b"CTRL-NT", b"ACC-7001", text=False))]
    produce(bs, settings.topics.input, pairs)
    model = tmp_path_factory.mktemp("tail") / "model"
    build_artifact(model, seed=3, threshold=0.3)
    run_live_daemon(settings, model, expected_records=len(pairs))
    t = settings.topics
    held = {name: read_all(bs, name) for name in (t.input, t.worklist, t.audit, t.dead_letter, t.flag_state)}
    assert all(held.values()), {k: len(v) for k, v in held.items()}
    return {"settings": settings, "held": held, "bs": bs}


def _lines(outputs: dict[str, Any], topic: str, capsys: Any, *extra: str) -> list[str]:
    code, out, err = _cli(["tail", topic, "--bootstrap-servers", outputs["bs"], *extra], capsys)
    assert code == 0, err
    return out.splitlines()


def test_kinds_are_told_from_the_records(outputs: dict[str, Any]) -> None:
    t, held = outputs["settings"].topics, outputs["held"]
    assert {kind_of(r) for r in held[t.worklist]} == {"flag"}
    assert {kind_of(r) for r in held[t.audit]} == {"audit"}
    assert {kind_of(r) for r in held[t.dead_letter]} == {"dead_letter"}
    assert {kind_of(r) for r in held[t.flag_state]} == {"flag_state"}
    assert {kind_of(r) for r in held[t.input]} == {"hl7", "other"}  # the garbage records are "other"


@pytest.mark.parametrize("role", ["worklist", "audit", "dead_letter", "flag_state", "input"])
def test_json_lines_are_every_record_of_the_topic_with_its_coordinates(
    outputs: dict[str, Any], capsys: pytest.CaptureFixture[str], role: str
) -> None:
    topic = getattr(outputs["settings"].topics, role)
    held = outputs["held"][topic]
    rows = [json.loads(line) for line in _lines(outputs, topic, capsys, "--json")]
    assert sorted((r["partition"], r["offset"]) for r in rows) == sorted(
        (h.partition, h.offset) for h in held
    )
    by_coord = {(h.partition, h.offset): h for h in held}
    for row in rows:
        record = by_coord[(row["partition"], row["offset"])]
        assert row["key"] == (record.key.decode() if record.key is not None else None)
        assert row["headers"] == {k: v.decode() for k, v in record.headers}
        if row["kind"] in ("flag", "audit", "flag_state"):
            assert row["value"] == _hidden(json.loads(record.value))
    if role in ("worklist", "audit"):  # PID-3 is printed only as its digest (F2): never an MRN in clear
        held_ids = {_patient_of(json.loads(h.value)) for h in held} - {None}
        assert held_ids and not any(pid in line for pid in held_ids for line in map(json.dumps, rows))


def _digest(patient: str, authority: str | None) -> str:
    """The input key of PID-3 `patient`^^^`authority`, computed here with hashlib (docs/integration.md)."""
    return (
        "pid-sha256:"
        + hashlib.sha256(f"{patient}^^^{authority}".encode() if authority else patient.encode()).hexdigest()
    )


def _patient_of(value: dict[str, Any]) -> str | None:
    if value.get("resourceType") == "Flag":
        return (value["subject"].get("identifier") or {}).get("value")
    return value.get("patient_id")


def _hidden(value: dict[str, Any]) -> dict[str, Any]:
    """What tail prints without --show-text: PID-3 of an audit record or Flag as its key digest."""
    if value.get("resourceType") == "Flag" and "identifier" in value["subject"]:
        ident = value["subject"]["identifier"]
        authority = ident.get("system", "").removeprefix("urn:triage:id-authority:") or None
        ident["value"] = _digest(ident["value"], authority)
    elif value.get("patient_id"):
        value["patient_id"] = _digest(value["patient_id"], value.get("patient_id_authority"))
    return value


def test_tail_hides_a_clear_pid3_key_and_shows_ids_only_with_show_text() -> None:
    """A record keyed by PID-3 in clear (written before keys were digests) is shown with the digest it would
    have today; an audit's patient_id likewise. --show-text shows them as held."""
    from triage.core import SourceRecord

    payload = message(b"CTRL-K1", b"ACC-7101")
    for key, want in ((b"MRN-1^^^MERCY", _digest("MRN-1", "MERCY")), (b"MRN-1", _digest("MRN-1", None))):
        e = entry(SourceRecord("hl7.oru", 0, 0, payload, key=key))
        assert e["key"] == want and "MRN-1" not in json.dumps(e)
        assert entry(SourceRecord("hl7.oru", 0, 0, payload, key=key), show_text=True)["key"] == key.decode()
    kept = entry(SourceRecord("hl7.oru", 0, 0, payload, key=b"ACC-7101"))
    assert kept["key"] == "ACC-7101"  # an accession key is no patient id
    audit = json.dumps(
        {"decision": "positive", "source": {}, "patient_id": "MRN-1", "patient_id_authority": "MERCY"}
    ).encode()
    e = entry(SourceRecord("triage.audit", 0, 0, audit, key=b"ACC-7101"))
    assert e["value"]["patient_id"] == _digest("MRN-1", "MERCY") and "MRN-1" not in json.dumps(e)
    shown = entry(SourceRecord("triage.audit", 0, 0, audit), show_text=True)
    assert shown["value"]["patient_id"] == "MRN-1"


def test_tail_shows_pid3_as_the_hmac_key_with_a_site_secret() -> None:
    """With TRIAGE_KEY_SECRET tail prints PID-3 as the same HMAC the senders key by (so a record's key and
    its audit's patient can be matched); a pid-hmac: key is kept as it is."""
    from pydantic import SecretStr
    from test_mllp import _hmac_key

    from triage.core import SourceRecord

    secret = SecretStr("site-secret")
    want = _hmac_key(b"MRN-1^^^MERCY", b"site-secret").decode()
    audit = json.dumps(
        {"decision": "positive", "source": {}, "patient_id": "MRN-1", "patient_id_authority": "MERCY"}
    ).encode()
    assert entry(SourceRecord("triage.audit", 0, 0, audit), key_secret=secret)["value"]["patient_id"] == want
    payload = message(b"CTRL-K1", b"ACC-7101")
    assert (
        entry(SourceRecord("hl7.oru", 0, 0, payload, key=b"MRN-1^^^MERCY"), key_secret=secret)["key"] == want
    )
    assert entry(SourceRecord("hl7.oru", 0, 0, payload, key=want.encode()), key_secret=secret)["key"] == want


def test_dead_letters_show_headers_and_reason_never_the_bytes(
    outputs: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    dlq = outputs["settings"].topics.dead_letter
    lines = _lines(outputs, dlq, capsys)
    text = "\n".join(lines)
    assert "not hl7 at all" not in text and "PID|" not in text and "MSH|" not in text
    assert any("dead letter no_report_text  MSH-10 CTRL-NT  accession ACC-7001" in line for line in lines)
    reasons = sorted(dict(r.headers)["triage-dlq-reason"].decode() for r in outputs["held"][dlq])
    assert len(reasons) == 5  # four garbage records and the report without text
    assert (
        sorted(line.split("dead letter ")[1].split()[0] for line in lines if "dead letter " in line)
        == reasons
    )
    rows = [json.loads(line) for line in _lines(outputs, dlq, capsys, "--json")]
    assert all("text" not in r for r in rows)
    assert sorted(r["dead_letter"]["reason"] for r in rows) == reasons
    # --show-text: the original bytes, segment by segment
    shown = "\n".join(_lines(outputs, dlq, capsys, "--show-text"))
    assert "    MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||ORU^R01|CTRL-NT|P|2.5.1" in shown
    assert "not hl7 at all" in shown


def test_flags_and_audits_pretty_lines(outputs: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    t, held = outputs["settings"].topics, outputs["held"]
    flags = _lines(outputs, t.worklist, capsys)
    assert len(flags) == len(held[t.worklist])
    first = json.loads(held[t.worklist][0].value)
    assert any(f"Flag {first['id']} {first['status']}  action " in line for line in flags)
    # the worklist priority a consumer routes on: the Flag's triage-priority header, on every Flag line
    held_pairs = sorted(
        (json.loads(r.value)["id"], dict(r.headers)["triage-priority"].decode()) for r in held[t.worklist]
    )
    shown = sorted((ln.split("Flag ")[1].split()[0], ln.split("  priority ")[1].split()[0]) for ln in flags)
    assert shown == held_pairs
    assert {p for _, p in shown} <= {"critical", "urgent", "routine", "review"}
    audits = _lines(outputs, t.audit, capsys)
    assert len(audits) == len(held[t.audit])
    assert any(
        "audit dead_letter (no_report_text)  accession ACC-7001  MSH-10 CTRL-NT" in line for line in audits
    )
    assert any(" audit positive  priority " in line for line in audits)
    assert not any(" audit negative  priority " in line for line in audits)  # only decisions that have one
    assert not any("Acute" in line or "hematoma" in line for line in audits + flags)  # ids, never text


def test_from_offset_timestamp_and_max_records(
    outputs: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    t, held = outputs["settings"].topics, outputs["held"]
    audit = held[t.audit]
    on_p0 = sorted(r.offset for r in audit if r.partition == 0)
    rows = [
        json.loads(x)
        for x in _lines(outputs, t.audit, capsys, "--json", "--from", "0:3", "--partitions", "0")
    ]
    assert [r["offset"] for r in rows] == [o for o in on_p0 if o >= 3]
    assert _lines(outputs, t.audit, capsys, "--from", "end") == []
    assert _lines(outputs, t.audit, capsys, "--from", "2999-01-01T00:00:00Z") == []
    assert len(_lines(outputs, t.audit, capsys, "--from", "2000-01-01", "-n", "5", "--json")) == 5


def test_an_empty_range_says_so_on_stderr(
    outputs: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing printed reads like a hang or a wrong topic: one stderr note, exit 0, stdout empty."""
    worklist = outputs["settings"].topics.worklist
    code, out, err = _cli(["tail", worklist, "--from", "end", "--bootstrap-servers", outputs["bs"]], capsys)
    assert (code, out, err) == (0, "", f"triage: no records in {worklist} from end\n")
    code, out, err = _cli(["tail", worklist, "-n", "1", "--bootstrap-servers", outputs["bs"]], capsys)
    assert code == 0 and len(out.splitlines()) == 1 and err == ""


def test_bad_from_and_missing_topic_are_one_error_line(
    outputs: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli(["tail", "no.such.topic", "--bootstrap-servers", outputs["bs"]], capsys)
    assert (
        code == 2
        and err.startswith("triage: error: topic 'no.such.topic' does not exist")
        and len(err.splitlines()) == 1
    )
    code, _, err = _cli(["tail", "x", "--from", "yesterday", "--bootstrap-servers", outputs["bs"]], capsys)
    assert code == 2 and err.startswith("triage: error: cannot read range bound 'yesterday'")
    worklist = outputs["settings"].topics.worklist
    typo = worklist[:-2] + worklist[-1]  # worklist.priorty
    code, _, err = _cli(["tail", typo, "--bootstrap-servers", outputs["bs"]], capsys)
    assert (
        code == 2 and len(err.splitlines()) == 1 and err.rstrip().endswith(f"did you mean {worklist!r}?")
    ), err
    assert (
        "did you mean" not in _cli(["tail", "no.such.topic", "--bootstrap-servers", outputs["bs"]], capsys)[2]
    )


def test_did_you_mean_names_the_closest_topic_only_when_close() -> None:
    from triage.stream.kafka_io import did_you_mean

    known = {"worklist.priority", "hl7.oru", "hl7.oru.dlq", "__consumer_offsets"}
    assert did_you_mean("worklist.priorty", known) == "; did you mean 'worklist.priority'?"
    assert did_you_mean("hl7.oru.dql", known) == "; did you mean 'hl7.oru.dlq'?"
    assert did_you_mean("audit", known) == ""
    assert did_you_mean("__consumer_offset", known) == ""  # internal topics are never suggested


def _tail_process(bs: str, topic: str, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("TRIAGE_CONFIG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "tail", topic, "--bootstrap-servers", bs, "--follow", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def _read_lines(proc: subprocess.Popen[str], n: int, timeout_s: float = 30.0) -> list[str]:
    """The next `n` lines of the process's stdout (fewer at the timeout), read by a thread: select() on a
    buffered text pipe would miss lines already in Python's buffer."""
    import queue
    import threading

    assert proc.stdout is not None
    got: queue.Queue[str] = queue.Queue()
    stdout = proc.stdout

    def pump() -> None:
        for _ in range(n):
            line = stdout.readline()
            if not line:
                return
            got.put(line)

    threading.Thread(target=pump, daemon=True).start()
    lines: list[str] = []
    deadline = time.monotonic() + timeout_s
    while len(lines) < n and time.monotonic() < deadline:
        try:
            lines.append(got.get(timeout=0.5))
        except queue.Empty:
            continue
    return lines


def _stop(proc: subprocess.Popen[str], sig: int) -> tuple[int, float]:
    started = time.monotonic()
    proc.send_signal(sig)
    try:
        code = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise
    return code, time.monotonic() - started


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_follow_prints_new_records_then_a_signal_exits_0(outputs: dict[str, Any], sig: int) -> None:
    """--follow from the end: only what arrives after it started, as it arrives; then SIGTERM / Ctrl-C."""
    bs, audit = outputs["bs"], outputs["settings"].topics.audit
    before = {(r.partition, r.offset) for r in read_all(bs, audit)}
    proc = _tail_process(bs, audit, "--json")
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith(f"triage: following {audit} at 0:")  # the end, resolved
        new = [
            (f"K{i}".encode(), json.dumps({"decision": "positive", "source": {}, "n": i}).encode())
            for i in range(3)
        ]
        produce(bs, audit, new)
        rows = [json.loads(line) for line in _read_lines(proc, 3)]
        assert sorted(r["value"]["n"] for r in rows) == [0, 1, 2]
        assert not {(r["partition"], r["offset"]) for r in rows} & before
        code, took = _stop(proc, sig)
        assert code == 0 and took < 10.0, (code, took, proc.stderr.read() if proc.stderr else "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_follow_stops_promptly_with_the_broker_gone() -> None:
    from triage.stream.broker import EmbeddedBroker
    from triage.stream.kafka_io import make_admin  # noqa: F401  (the topic is made with kafka-python below)

    broker = EmbeddedBroker()
    broker.start()
    try:
        bs = broker.bootstrap_servers
        produce(bs, "tail.gone", [(b"k", b'{"decision": "negative", "source": {}}')])
        proc = _tail_process(bs, "tail.gone", "--from", "beginning")
        try:
            assert len(_read_lines(proc, 1)) == 1
        finally:
            broker.stop()
        time.sleep(2.0)  # polls now fail: the follow loop is retrying against nothing
        code, took = _stop(proc, signal.SIGTERM)
        assert code == 0 and took < 10.0, (code, took)
        print(f"SIGTERM with the broker gone: exit {code} in {took:.2f} s")
    finally:
        broker.stop()
        if "proc" in locals() and proc.poll() is None:
            proc.kill()
            proc.wait()


def test_entry_of_an_oversize_dead_letter_keeps_the_summary_not_the_prefix() -> None:
    from datetime import UTC, datetime

    from triage.core import KafkaMessage, SourceRecord
    from triage.errors import NoReportTextError
    from triage.pipeline.deadletter import build_dead_letter, fit_dead_letter

    source = SourceRecord("hl7.oru", 0, 7, message(b"CTRL-09", b"ACC-9") * 50, key=b"ACC-9")
    letter = build_dead_letter(
        source, topic="dlq", error=NoReportTextError("x"), message_index=0, now=datetime.now(UTC),
        control_id="CTRL-09", accession="ACC-9",
    )  # fmt: skip
    fitted: KafkaMessage = fit_dead_letter(letter, budget=6000)
    record = SourceRecord("dlq", 0, 0, fitted.value, key=fitted.key, headers=fitted.headers)
    e = entry(record)
    assert e["dead_letter"]["format"] == "oversize" and e["dead_letter"]["accession"] == "ACC-9"
    assert "prefix_base64" not in e["dead_letter"]["oversize"]
    assert e["dead_letter"]["oversize"]["original"]["value_bytes"] == len(source.value)


def test_worklist_consumer_example_in_confluent_kafka_deduplicates_a_redelivery(
    outputs: dict[str, Any],
) -> None:
    """docs/examples/worklist_consumer.py (librdkafka, not our client) over the daemon's Flags followed by a
    crash-style redelivery of some of them (same key, value and headers): every redelivered record is a
    duplicate, and the worklist ends with the Flags whose last status is active."""
    from kafka import KafkaProducer
    from test_replay_support import create_topics

    pytest.importorskip("confluent_kafka")
    bs, flags = outputs["bs"], outputs["held"][outputs["settings"].topics.worklist]
    per_id: dict[str, list[Any]] = {}
    for record in flags:
        per_id.setdefault(json.loads(record.value)["id"], []).append(record)
    changed = [records for records in per_id.values() if len(records) >= 2]  # e.g. active then inactive
    again = [*(changed[0] if changed else []), *flags[-3:]]
    topic = f"wl.copy.{uuid.uuid4().hex[:8]}"
    create_topics(bs, topic, partitions=2)
    producer = KafkaProducer(bootstrap_servers=bs, acks="all")
    sent = [
        producer.send(topic, key=record.key, value=record.value, headers=list(record.headers))
        for record in [*flags, *again]
    ]
    producer.flush()
    written = [f.get(timeout=30) for f in sent]
    at = {(m.partition, m.offset): r for m, r in zip(written, [*flags, *again], strict=True)}
    producer.close()
    example = REPO / "docs" / "examples" / "worklist_consumer.py"
    args = [
        "--bootstrap-servers",
        bs,
        "--topic",
        topic,
        "--group",
        f"wl-{uuid.uuid4().hex[:6]}",
        "--idle-exit-s",
        "4",
    ]
    done = subprocess.run([sys.executable, str(example), *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    events = [line["event"] for line in lines[:-1]]
    assert events.count("applied") == len(flags) and events.count("duplicate") == len(again)
    last_status = {i: json.loads(records[-1].value)["status"] for i, records in per_id.items()}
    active = sorted(i for i, s in last_status.items() if s == "active")
    assert {k: v for k, v in lines[-1].items() if k != "reading_order"} == {
        "event": "worklist",
        "active": active,
        "flags": len(per_id),
    }
    # librdkafka read the triage-priority header of every active Flag: the Flag's own category code (the
    # consumer's order across partitions is not the production order: lines are matched by coordinates)
    assert sorted((line["partition"], line["offset"]) for line in lines[:-1]) == sorted(at)
    for line in lines[:-1]:
        flag = json.loads(at[(line["partition"], line["offset"])].value)
        assert line["flag_id"] == flag["id"]
        codes = {c["coding"][0]["code"] for c in flag["category"]} - {"clinical"}
        if flag["status"] == "active":
            assert (
                line["priority"] in ("critical", "urgent", "routine", "review")
                and {line["priority"]} == codes
            )
    rank = ("critical", "urgent", "review", "routine").index
    last_priority = {
        i: dict(records[-1].headers)["triage-priority"].decode() for i, records in per_id.items()
    }
    order = lines[-1]["reading_order"]
    assert sorted(order) == active and [rank(last_priority[i]) for i in order] == sorted(
        rank(last_priority[i]) for i in order
    )


def test_sigterm_while_the_broker_never_answered_exits_0_promptly() -> None:
    """Start-up against a broker that is not there (a closed loopback port): bootstrap is still being tried
    when SIGTERM comes; without it, the command would end after ~30 s with one error line (exit 2)."""
    import socket

    with socket.socket() as sock:  # a free port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = _tail_process(f"127.0.0.1:{port}", "worklist.priority")
    try:
        time.sleep(3.0)
        assert proc.poll() is None  # still trying to bootstrap
        code, took = _stop(proc, signal.SIGTERM)
        assert code == 0 and took < 10.0, (code, took)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_hl7_in_utf16_or_mllp_framing_is_told_from_garbage() -> None:
    from triage.core import SourceRecord

    payload = message(b"CTRL-16", b"ACC-7016")
    for value in (payload.decode().encode("utf-16"), b"\x0b" + payload + b"\x1c\r"):
        e = entry(SourceRecord("hl7.oru", 0, 0, value, key=b"ACC-7016"))
        assert e["kind"] == "hl7" and e["messages"][0]["control_id"] == "CTRL-16", e
        assert e["messages"][0]["accession"] == "ACC-7016" and "text" not in e
    for value in (b"", b"\x00\x01 not hl7", b"{not json"):
        assert kind_of(SourceRecord("hl7.oru", 0, 0, value)) == "other"


def test_hl7_ids_follow_the_sites_accession_sources() -> None:
    """tail shows the accession the daemon keys and audits by: the site's TRIAGE_ACCESSION_SOURCES, not the
    default order (OBR-18 first)."""
    from triage.core import SourceRecord

    value = (
        b"MSH|^~\\&|RIS|H|TRIAGE|H|20240315143012||ORU^R01|MSG-1|P|2.5.1\r"
        b"OBR|1|PL-1|FL-77|CTHEAD^CT HEAD^L|||20240315134500|||||||||||ACC-18||||20240315140000|||F\r"
        b"OBX|1|TX|&IMP^Impression||No acute abnormality.||||||F\r"
    )
    record = SourceRecord("hl7.oru", 0, 0, value)
    [default] = entry(record)["messages"]
    [site] = entry(record, accession_sources=("OBR-3", "OBR-18"))["messages"]
    assert (default["accession"], site["accession"]) == ("ACC-18", "FL-77")
    assert kind_of(record, accession_sources=("OBR-3",)) == "hl7"


@pytest.mark.parametrize(
    ("timestamp_ms", "shown"),
    [
        (1, "1970-01-01T00:00:00.001Z"),
        (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),  # the last millisecond a datetime holds, exact
        (253_402_300_800_000, None),  # year 10000: librdkafka lets any producer set it (breaker)
        (2**63 - 1, None),
        (-5, None),
    ],
)
def test_a_record_timestamp_no_datetime_holds_is_shown_as_none_not_a_traceback(
    timestamp_ms: int, shown: str | None
) -> None:
    from triage.core import SourceRecord

    record = SourceRecord("hl7.oru", 0, 3, message(b"CTRL-10", b"ACC-10"), timestamp_ms=timestamp_ms)
    assert entry(record)["timestamp"] == shown


def test_a_header_name_sent_twice_shows_every_value_in_order() -> None:
    """librdkafka lets a producer repeat a header name; `tail` showed only the last value (breaker)."""
    from triage.core import SourceRecord

    headers = (("dup", b"1"), ("one", b"x"), ("dup", b"2"), ("dup", b"3"))
    record = SourceRecord("hl7.oru", 0, 1, message(b"CTRL-11", b"ACC-11"), headers=headers)
    assert entry(record)["headers"] == {"dup": ["1", "2", "3"], "one": "x"}


def test_a_dead_letters_copies_of_input_headers_show_a_digest_unless_show_text() -> None:
    """A dead letter carries the input's headers (``triage-input-header:*``), any producer's: one may hold
    a name or an MRN, so tail shows their names, lengths and digests; the values only with --show-text."""
    from datetime import UTC, datetime

    from triage.core import SourceRecord
    from triage.errors import NoReportTextError
    from triage.pipeline.deadletter import INPUT_HEADER_PREFIX, build_dead_letter

    headers = (("x-patient", b"DOE^JANE MRN 4711"), ("x-patient", b"second"), ("empty", b""))
    source = SourceRecord("hl7.oru", 0, 7, message(b"CTRL-12", b"ACC-12"), key=b"k", headers=headers)
    letter = build_dead_letter(
        source, topic="dlq", error=NoReportTextError("x"), message_index=0, now=datetime.now(UTC),
        control_id="CTRL-12", accession="ACC-12",
    )  # fmt: skip
    record = SourceRecord("dlq", 0, 0, letter.value, key=letter.key, headers=letter.headers)
    hidden = entry(record)
    assert "DOE" not in json.dumps(hidden) and "second" not in json.dumps(hidden)
    digests = hidden["headers"][INPUT_HEADER_PREFIX + "x-patient"]
    assert [d.split("~sha256=")[0] for d in digests] == ["~len=17", "~len=6"] and digests[0] != digests[1]
    assert hidden["headers"][INPUT_HEADER_PREFIX + "empty"] == ""
    assert hidden["headers"]["triage-dlq-reason"] == "no_report_text"  # our own headers stay readable
    shown = entry(record, show_text=True)
    assert shown["headers"][INPUT_HEADER_PREFIX + "x-patient"] == ["DOE^JANE MRN 4711", "second"]
