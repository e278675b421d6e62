"""break1: records another client (librdkafka) left on the daemon's compacted flag-state topic. A record of
another shape (a number as the Flag id, a list as the status, an unknown field) must be skipped with a log
line that names the field, never its value, and must not become the state a study's decisions rest on."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("confluent_kafka")

CANARY = "QQCANARY^PATIENT"
REPO = Path(__file__).resolve().parent.parent


def _oru(control: str, accession: str, text: str) -> bytes:
    segs = [
        f"MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01|{control}|P|2.5.1",
        "PID|1||MRN9^^^HOSP",
        f"OBR|1|PL9|FL9|CTHEAD^CT HEAD|||20240101110000|||||||||||{accession}||||||||F",
        f"OBX|1|TX|IMP^Impression||{text}||||||F",
    ]
    return ("\r".join(segs) + "\r").encode()


def test_foreign_flag_state_records_are_skipped_without_their_values(kafka: Any) -> None:
    import confluent_kafka

    settings = kafka.settings(partitions=1)
    acc = "ACC-POISON-1"
    base = {
        "schema_version": 1,
        "accession": acc,
        "flag_id": "ich-" + "0" * 32,
        "status": "active",
        "model_version": "other-model",
        "control_id": "OLD-1",
        "result_status": "F",
    }
    foreign = [
        {**base, "flag_id": 12345},  # a Flag id the FHIR Flag cannot carry
        {**base, "status": [CANARY]},
        {**base, "result_status": CANARY},
        {**base, "model_version": 7},
        {**base, CANARY: 1},
        {**base, "schema_version": CANARY},
    ]
    producer = confluent_kafka.Producer(
        {"bootstrap.servers": settings.bootstrap_servers, "compression.type": "zstd", "acks": "all"}
    )
    for record in foreign:
        producer.produce(settings.topics.flag_state, key=acc.encode(), value=json.dumps(record).encode())
    producer.produce(settings.topics.input, key=b"P9", value=_oru("POS-1", acc, "Acute subdural hematoma."))
    assert producer.flush(30) == 0

    proc = kafka.start_process(settings)
    try:
        audits = [json.loads(r.value) for r in kafka.audits_until(settings, 1, timeout_s=120)]
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    (audit,) = audits
    # no state was read for the study: its positive creates a Flag with the daemon's own id
    assert (audit["decision"], audit["flag_action"]) == ("positive", "created"), audit
    flags = [json.loads(r.value) for r in kafka.read(settings.flag_topic)]
    assert [f["id"] for f in flags] == [audit["flag_id"]] and audit["flag_id"] != "12345"
    log = proc.log_path.read_text()  # type: ignore[attr-defined]
    skipped = [json.loads(line) for line in log.splitlines() if '"flag_state_invalid"' in line]
    assert len(skipped) == len(foreign), log[-3000:]
    assert "QQCANARY" not in log


def _report(control: str, accession: str, status: str, obx: list[tuple[str, str]]) -> bytes:
    segs = [
        f"MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01|{control}|P|2.5.1",
        "PID|1||MRN7^^^HOSP",
        f"OBR|1|PL-{accession}|FL-{accession}|CTHEAD^CT HEAD|||20240101110000|||||||||||{accession}"
        f"|||||||{status}",
        *(f"OBX|{i}|TX|IMP^Impression||{text}||||||{obx11}" for i, (text, obx11) in enumerate(obx, 1)),
    ]
    return ("\r".join(segs) + "\r").encode()


def test_a_cancellation_without_text_and_a_wrong_patient_retraction_withdraw_the_flag(kafka: Any) -> None:
    """Two ways RIS withdraw a report, sent by librdkafka after a positive final: OBR-25 X with no OBX (no
    report body), and OBR-25 C whose every OBX-11 is W (posted as wrong: transmitted for the wrong patient).
    Each Flag must become entered-in-error. Before: the X was dead-lettered no_report_text and the W
    correction was scored as the same positive text, so both Flags stayed active on the worklist."""
    import confluent_kafka

    settings = kafka.settings(partitions=1)
    positive = "Acute subdural hematoma along the left convexity."
    feed = [
        _report("X-F", "ACC-X1", "F", [(positive, "F")]),
        _report("X-X", "ACC-X1", "X", []),
        _report("W-F", "ACC-W1", "F", [(positive, "F")]),
        _report("W-C", "ACC-W1", "C", [(positive, "W"), ("", "W")]),
        _report("D-F", "ACC-D1", "F", [(positive, "F")]),
        _report("D-C", "ACC-D1", "C", [(positive, "D"), ("No intracranial hemorrhage.", "C")]),
    ]
    producer = confluent_kafka.Producer({"bootstrap.servers": settings.bootstrap_servers, "acks": "all"})
    for value in feed:
        producer.produce(settings.topics.input, key=b"MRN7", value=value)
    assert producer.flush(30) == 0

    proc = kafka.start_process(settings)
    try:
        audits = [json.loads(r.value) for r in kafka.audits_until(settings, len(feed), timeout_s=120)]
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    by_control = {a["control_id"]: a for a in audits}
    assert {c: by_control[c]["flag_action"] for c in ("X-F", "W-F", "D-F")} == dict.fromkeys(
        ("X-F", "W-F", "D-F"), "created"
    )
    for control in ("X-X", "W-C"):
        a = by_control[control]
        assert (a["decision"], a["reason"], a["flag_action"], a["flag_status"]) == (
            "skipped",
            "cancelled",
            "entered-in-error",
            "entered-in-error",
        ), a
    # a deleted OBX beside a corrected one: only the corrected text is read, and it withdraws the Flag
    assert (by_control["D-C"]["decision"], by_control["D-C"]["flag_action"]) == ("negative", "withdrawn")
    flags = [json.loads(r.value) for r in kafka.read(settings.flag_topic)]
    last = {f["identifier"][0]["value"]: f["status"] for f in flags}
    assert last == {"ACC-X1": "entered-in-error", "ACC-W1": "entered-in-error", "ACC-D1": "inactive"}, flags
    assert not kafka.read(settings.topics.dead_letter)


_HL7_FILES = sorted(
    [*(REPO / "tests" / "data" / "peer").glob("*.hl7"), *(REPO / "tests" / "data" / "hl7").glob("*.hl7")]
)


def test_triage_parse_says_what_the_daemon_does_with_each_peer_file(kafka: Any, tmp_path: Any) -> None:
    """Every peer-library file (tests/data/peer/SOURCES.md) and hand-made file of tests/data/hl7, plus a
    cancellation without text, sent by `triage send` as an integration engineer does: the daemon's audit
    record for each message agrees with the `daemon` entry `triage parse` printed for it offline (action
    and reason), so parse is a faithful offline preview of the live decision."""
    import subprocess
    import sys

    from triage.commands.hl7_cmds import daemon_route
    from triage.config import Settings
    from triage.hl7 import parse_messages
    from triage.hl7.framing import message_records
    from triage.pipeline.decide import ProcedureFilter

    cancel = tmp_path / "cancel_without_text.hl7"
    cancel.write_bytes(_report("NOTXT-X", "ACC-NT1", "X", []))
    files = [*_HL7_FILES, cancel]
    settings = kafka.settings(partitions=1)
    site = Settings()
    procedures = ProcedureFilter.from_settings(site.procedure_codes, site.procedure_pattern)
    expected: list[tuple[str, int, int, str, str | None]] = []  # file, message, order, action, reason
    n_records = 0
    for path in files:
        records = message_records(path.read_bytes())
        n_records += len(records)
        for index, record in enumerate(records):
            for _, result in parse_messages(record, max_bytes=site.max_message_bytes):
                route = daemon_route(result, procedures, max_report_chars=site.max_report_chars)
                order = getattr(result, "order_index", 0)
                expected.append((path.name, index, order, route["action"], route["reason"]))

    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "send", *map(str, files)],
        env=kafka.daemon_env(settings),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    proc = kafka.start_process(settings)
    try:
        audits = [json.loads(r.value) for r in kafka.audits_until(settings, n_records, timeout_s=150)]
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    audits.sort(key=lambda a: (a["source"]["offset"], a["source"].get("order_index", 0)))
    live = [
        ("score", None) if a["decision"] in ("positive", "negative") else (a["decision"], a["reason"])
        for a in audits
    ]
    kinds = {"score": "score", "skip": "skipped", "cancel": "skipped", "dead_letter": "dead_letter"}
    offline = [(kinds[action], None if action == "score" else reason) for *_, action, reason in expected]
    mismatched = [(e[:3], o, g) for e, o, g in zip(expected, offline, live, strict=True) if o != g]
    assert not mismatched, mismatched
    # breakhl7: no report text of any peer file in the daemon's log nor in send's output (ids only)
    log = Path(proc.log_path).read_text(errors="replace")  # type: ignore[attr-defined]
    texts = [
        getattr(r, "text", "")
        for p in files
        for rec in message_records(p.read_bytes())
        for _, r in parse_messages(rec)
    ]
    phrases = {
        line.strip()[:24] for text in texts if text for line in text.splitlines() if len(line.strip()) >= 24
    }
    assert len(phrases) > 20
    leaked = sorted(p for p in phrases if p in log or p in done.stdout or p in done.stderr)
    assert not leaked, leaked


def test_send_reads_a_pipe_as_a_file(kafka: Any) -> None:
    """`triage send <(ssh ris cat msg.hl7)` or `... | triage send /dev/stdin`: a pipe was refused as `no such
    file or directory`; its messages are now sent like a file's. A device (/dev/null) is one clear line."""
    import subprocess
    import sys

    settings = kafka.settings(partitions=1)
    raw = _report("PIPE-1", "ACC-P1", "F", [("No acute intracranial hemorrhage.", "F")])
    env = kafka.daemon_env(settings)
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "send", "/dev/stdin"],
        input=raw,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (record,) = kafka.read(settings.topics.input, until=lambda rs: len(rs) >= 1, timeout_s=30)
    assert record.value == raw
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "send", "/dev/null"], env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 2 and done.stderr.decode().splitlines() == [
        "triage: error: /dev/null: not a regular file, a pipe or a directory"
    ]
