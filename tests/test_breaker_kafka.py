"""Odd records from a client we did not write (librdkafka): null keys, tombstones (null values), odd
header bytes, non-UTF-8 payloads, a large record, UTF-16 and MLLP-framed HL7; a canary patient in PID and
OBX must appear in no log line, audit record or dead-letter header, and every record is decided."""

from __future__ import annotations

import json
import signal
import time
from typing import Any

import pytest

pytest.importorskip("confluent_kafka")

CANARIES = (b"QQCANARY", b"19011231", b"77 CANARYSTREET", b"QQSECRETTEXT")


def _oru(control: str, accession: str, text: str) -> bytes:
    segs = [
        f"MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01|{control}|P|2.5.1",
        "PID|1||MRN123^^^HOSP||QQCANARY^PHINAME||19011231|F|||77 CANARYSTREET^^TOWN",
        f"OBR|1|PL1|FL1|CTHEAD^CT HEAD|||20240101110000|||||||||||{accession}",
        f"OBX|1|TX|IMP^Impression||{text}||||||F",
    ]
    return ("\r".join(segs) + "\r").encode()


def test_odd_librdkafka_records_are_all_decided_without_phi(kafka: Any) -> None:
    import confluent_kafka

    settings = kafka.settings(partitions=1)
    pos = "QQSECRETTEXT Acute subdural hematoma along the left convexity."
    records: list[tuple[bytes | None, bytes | None, list[tuple[str, bytes | None]]]] = [
        (None, _oru("C1", "ACC1001", pos), []),  # null key
        (b"k-tomb", None, []),  # tombstone
        (None, None, [("h", None)]),  # null key and value, null header value
        (b"k-bin", b"\xff\xfeQQSECRETTEXT\x80\x00 QQCANARY", [("\xff", b"\xff")]),
        (b"k-utf16", ("\ufeff" + _oru("C2", "ACC1002", pos).decode()).encode("utf-16-le"), []),
        (b"k-mllp", b"\x0b" + _oru("C3", "ACC1003", pos) + b"\x1c\r", []),
        (b"k-big", _oru("C4", "ACC1004", pos + " QQSECRETTEXT" * 60_000), []),
        (b"k-empty", b"", []),
        (b"k-nomsh", b"PID|1||QQCANARY^X||19011231\r", []),
        (b"k-badmsh2", _oru("C5", "ACC1005", pos).replace(b"^~\\&", b"^~", 1), []),
    ]
    producer = confluent_kafka.Producer(
        {"bootstrap.servers": settings.bootstrap_servers, "compression.type": "lz4", "acks": "all"}
    )
    errors: list[Any] = []
    for key, value, headers in records:
        producer.produce(
            settings.topics.input,
            key=key,
            value=value,
            headers=headers,
            on_delivery=lambda err, _m: errors.append(err) if err else None,
        )
    assert producer.flush(30) == 0 and not errors, errors

    proc = kafka.start_process(settings)
    audits = kafka.audits_until(settings, len(records), timeout_s=120)
    covered = kafka.source_coords(audits)
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    rc = proc.wait(timeout=60)
    assert rc == 0 and time.monotonic() - t0 < 10
    assert len(covered) == len(records), sorted(covered)

    by_control = {json.loads(r.value).get("control_id"): json.loads(r.value) for r in audits}
    for control in ("C1", "C2", "C3"):
        assert by_control[control]["decision"] == "positive", by_control[control]

    texts = [proc.log_path.read_bytes()]  # type: ignore[attr-defined]
    texts += [r.value for r in audits]
    for rec in kafka.read(settings.topics.dead_letter):
        texts += [h + b"=" + (v or b"") for h, v in ((k.encode(), v) for k, v in rec.headers)]
    texts += [r.value or b"" for r in kafka.read(settings.flag_topic)]
    for blob in texts:
        for canary in CANARIES:
            assert canary not in blob, (canary, blob[:300])


def _fp1(control: str, status: str, hour: str, text: str) -> bytes:
    """The breaker's FP1 (breaker fp/): one study's final and, sent an hour earlier, its preliminary."""
    ts = f"20240102{hour}0000"
    segs = [
        f"MSH|^~\\&|RIS|FAC|TRIAGE|H|{ts}||ORU^R01|{control}|P|2.5",
        "PID|1||M77^^^HOSP",
        "ORC|RE|FP1P|FP1F",
        f"OBR|1|FP1P|FP1F|CT^CT head|||{ts}|||||||||||FP1||||||||{status}",
        f"OBX|1|TX|IMP^Impression||IMPRESSION: {text}||||||{status}",
    ]
    return "\r".join(segs).encode()


def test_a_late_preliminary_never_withdraws_the_final_positive_flag(kafka: Any) -> None:
    """F (positive) then its earlier P (negative) arriving late, produced by librdkafka on one partition:
    the daemon keeps the one active Flag and audits the P as stale with both statuses."""
    import confluent_kafka

    settings = kafka.settings(partitions=1)
    producer = confluent_kafka.Producer({"bootstrap.servers": settings.bootstrap_servers, "acks": "all"})
    final = _fp1("FP-F", "F", "05", "Acute subdural hematoma with 9 mm midline shift.")
    late = _fp1("FP-P", "P", "04", "No intracranial hemorrhage.")
    for value in (final, late):
        producer.produce(settings.topics.input, key=b"FP1", value=value)
    assert producer.flush(30) == 0

    proc = kafka.start_process(settings)
    try:
        audits = [json.loads(r.value) for r in kafka.audits_until(settings, 2, timeout_s=120)]
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    by_control = {a["control_id"]: a for a in audits}
    assert (by_control["FP-F"]["decision"], by_control["FP-F"]["flag_action"]) == ("positive", "created")
    stale = by_control["FP-P"]
    assert (stale["flag_action"], stale["reason"], stale["flag_status"]) == (
        "stale",
        "stale_result_status",
        "active",
    )
    assert (stale["result_status"], stale["flag_result_status"]) == ("P", "F")
    flags = [json.loads(r.value) for r in kafka.read(settings.flag_topic)]
    assert [f["status"] for f in flags] == ["active"]
    states = [json.loads(r.value) for r in kafka.read(settings.topics.flag_state)]
    assert [(s["status"], s["control_id"], s["result_status"]) for s in states] == [("active", "FP-F", "F")]


def test_a_negative_final_is_remembered_across_a_restart_so_a_late_preliminary_creates_no_flag(
    kafka: Any,
) -> None:
    """F negative (no Flag: a rank-only flag-state record), daemon stopped; a second daemon rebuilds its
    state from the compacted topic, so the late P positive is stale, and the C positive after it creates
    the one Flag."""
    import confluent_kafka

    settings = kafka.settings(partitions=1)
    producer = confluent_kafka.Producer({"bootstrap.servers": settings.bootstrap_servers, "acks": "all"})

    def run(*values: bytes, audits: int) -> list[dict]:
        for value in values:
            producer.produce(settings.topics.input, key=b"FP1", value=value)
        assert producer.flush(30) == 0
        proc = kafka.start_process(settings)
        try:
            return [json.loads(r.value) for r in kafka.audits_until(settings, audits, timeout_s=120)]
        finally:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=60) == 0

    run(_fp1("RN-F", "F", "05", "No intracranial hemorrhage."), audits=1)
    states = [json.loads(r.value) for r in kafka.read(settings.topics.flag_state)]
    assert [(s["flag_id"], s["status"], s["result_status"]) for s in states] == [(None, None, "F")]
    late = _fp1("RN-P", "P", "04", "Acute subdural hematoma with 9 mm midline shift.")
    corrected = _fp1("RN-C", "C", "06", "Acute subdural hematoma with 9 mm midline shift.")
    by_control = {a["control_id"]: a for a in run(late, corrected, audits=3)}
    assert (by_control["RN-F"]["decision"], by_control["RN-F"]["flag_action"]) == ("negative", "none")
    assert (by_control["RN-P"]["flag_action"], by_control["RN-P"]["flag_result_status"]) == ("stale", "F")
    assert (by_control["RN-C"]["flag_action"], by_control["RN-C"]["flag_status"]) == ("created", "active")
    flags = [json.loads(r.value) for r in kafka.read(settings.flag_topic)]
    assert [f["status"] for f in flags] == ["active"]
