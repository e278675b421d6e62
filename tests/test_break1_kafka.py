"""break1: records another client (librdkafka) left on the daemon's compacted flag-state topic. A record of
another shape (a number as the Flag id, a list as the status, an unknown field) must be skipped with a log
line that names the field, never its value, and must not become the state a study's decisions rest on."""

from __future__ import annotations

import json
import signal
from typing import Any

import pytest

pytest.importorskip("confluent_kafka")

CANARY = "QQCANARY^PATIENT"


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
