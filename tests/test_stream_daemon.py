"""The daemon loop against a real Tansu broker, the real Processor and a really trained (tiny) model.

Each test uses its own topics and group on the session broker; the daemon runs in a background thread here
(subprocess tests for SIGTERM / kill -9 live in test_stream_process.py)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from triage.offline.synth.oru import OTHER_PROCEDURES, render_adt, render_oru

pytestmark = pytest.mark.kafka


def _headers(rec: Any) -> dict[str, bytes]:
    return {k: v for k, v in (rec.headers or [])}


def _latin1_oru(report: Any, control_id: str) -> bytes:
    """The report declared as ISO 8859-1 (MSH-18) with accented characters in an addendum."""
    text = report.text + "\nADDENDUM: Befund bestätigt, Dr. Müller informiert (hémorragie aiguë)."
    raw = render_oru(report, control_id=control_id, text=text).decode("utf-8")
    msh, rest = raw.split("\r", 1)
    return (msh + "|||AL|NE||8859/1\r" + rest).encode("latin-1")


def test_outputs_per_kind_of_record(kafka: Any) -> None:
    """positive → Flag (fhir.resources parses it) + audit; negative → audit only; non-head-CT and non-ORU →
    skipped with reason; garbage, empty OBX, oversize → dead letter with the exact bytes; latin-1, CRLF and
    MLLP framing → parsed and decided like any report."""
    from fhir.resources.R4B.flag import Flag

    settings = kafka.settings(max_message_bytes=20_000)
    (pos, pos2, pos3, pos4), (neg, neg2) = kafka.pick_reports(4, 2)
    empty_obx = render_oru(neg2, control_id="EMPTY1").replace(b"\rOBX|", b"\rXXX|")  # no OBX left ...
    empty_obx = (
        empty_obx.split(b"\rXXX|")[0] + b"\rOBX|1|TX|&IMP^Impression||||||||F\r"
    )  # ... but an empty one
    oversize = render_oru(
        neg2, control_id="BIG1", text=neg2.text + "\n" + ("lorem ipsum dolor " * 40 + "\n") * 60
    )
    assert len(oversize) > settings.max_message_bytes
    garbage = b"\x00\x01\xfe\xff not an HL7 message at all \x0b\x1c"
    crlf = render_oru(pos2, control_id="CRLF1", segment_separator="\r\n")
    mllp = b"\x0b" + render_oru(pos3, control_id="MLLP1") + b"\x1c\r"
    records = {
        "positive": (pos.accession.encode(), render_oru(pos, control_id="POS1")),
        "negative": (neg.accession.encode(), render_oru(neg, control_id="NEG1")),
        "other_procedure": (b"o1", render_oru(neg, control_id="OTH1", procedure=OTHER_PROCEDURES[0])),
        "adt": (b"a1", render_adt(neg, control_id="ADT1")),
        "garbage": (b"g1", garbage),
        "empty_obx": (b"e1", empty_obx),
        "oversize": (b"b1", oversize),
        "latin1": (pos4.accession.encode(), _latin1_oru(pos4, "LAT1")),
        "crlf": (pos2.accession.encode(), crlf),
        "mllp": (pos3.accession.encode(), mllp),
    }
    coords = dict(zip(records, kafka.produce(settings.topics.input, records.values()), strict=True))
    daemon = kafka.start_thread_daemon(settings)
    audit_recs = kafka.audits_until(settings, len(records))
    kafka.stop_thread_daemon(daemon)

    by_coord: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for rec in audit_recs:
        a = json.loads(rec.value)
        by_coord.setdefault((a["source"]["partition"], a["source"]["offset"]), []).append(a)
    audit = {name: by_coord[c] for name, c in coords.items()}
    assert all(len(v) == 1 for v in audit.values()), audit  # one message per record, decided once

    def one(name: str) -> dict[str, Any]:
        return audit[name][0]

    assert one("positive")["decision"] == "positive" and one("positive")["flag_action"] == "created"
    assert one("negative")["decision"] == "negative" and one("negative")["flag_id"] is None
    assert (one("other_procedure")["decision"], one("other_procedure")["reason"]) == (
        "skipped",
        "procedure_filter",
    )
    assert (one("adt")["decision"], one("adt")["reason"]) == ("skipped", "not_oru")
    for name, accession in (("crlf", pos2), ("mllp", pos3)):  # same text as a clear positive
        assert one(name)["decision"] == "positive", (name, one(name))
        assert one(name)["accession"] == accession.accession
    # the latin-1 addendum is part of the impression and may move the score: decided, not dead-lettered
    assert one("latin1")["decision"] in ("positive", "negative")
    assert one("latin1")["accession"] == pos4.accession and one("latin1")["control_id"] == "LAT1"
    for name in ("garbage", "empty_obx", "oversize"):
        assert one(name)["decision"] == "dead_letter", (name, one(name))
    assert one("oversize")["reason"] == "oversize"
    assert one("empty_obx")["reason"] == "no_report_text"
    # no PHI in audit records
    blob = json.dumps([a for v in audit.values() for a in v])
    for r in (pos, neg, pos2):
        assert r.patient_family not in blob and r.birth_date not in blob

    # Flags: one per positive accession, valid FHIR, headers point back to the source record
    names = {"POS1": "positive", "LAT1": "latin1", "CRLF1": "crlf", "MLLP1": "mllp"}
    expected = {m for m, n in names.items() if one(n)["decision"] == "positive"}
    flags = kafka.read(settings.topics.worklist, until=lambda rs: len(rs) >= len(expected))
    assert len(flags) == len(expected)
    flag_by_msh = {_headers(f)["triage-msh10"].decode(): f for f in flags}
    assert set(flag_by_msh) == expected
    for msh, rec in flag_by_msh.items():
        flag = Flag.model_validate_json(rec.value)
        assert flag.status == "active"
        name = names[msh]
        assert flag.id == one(name)["flag_id"]
        assert rec.key.decode() == one(name)["accession"]
        h = _headers(rec)
        assert h["content-type"].startswith(b"application/fhir+json")
        assert (int(h["triage-source-partition"]), int(h["triage-source-offset"])) == coords[name]
        assert h["triage-model-version"].decode() == kafka.scorer.model_version

    # dead letters: original bytes, untouched, with reason and coordinates
    dlq = kafka.read(settings.topics.dead_letter, until=lambda rs: len(rs) >= 3)
    assert len(dlq) == 3
    sent = {records[n][1]: n for n in ("garbage", "empty_obx", "oversize")}
    assert {r.value for r in dlq} == set(sent)
    for rec in dlq:
        h = _headers(rec)
        name = sent[rec.value]
        assert h["triage-dlq-reason"].decode() == one(name)["reason"]
        assert (int(h["triage-source-partition"]), int(h["triage-source-offset"])) == coords[name]
        assert h["triage-dlq-error-type"]

    # committed offsets cover every record
    committed = kafka.committed(settings)
    ends = Counter(p for p, _ in coords.values())
    for p, n in ends.items():
        assert committed[p] == max(o for q, o in coords.values() if q == p) + 1, (p, n, committed)


def test_lifecycle_survives_restart_and_shadow_mode(kafka: Any) -> None:
    """P (positive) → Flag active; F (still positive) → no second Flag; daemon restarted (state only on the
    compacted topic); C (negative) → the same Flag republished inactive. A shadow-mode instance of another
    group sends its Flag to the shadow topic and says so in the audit."""
    settings = kafka.settings()
    (pos,), (neg,) = kafka.pick_reports(1, 1, seed=5)
    key = pos.accession.encode()

    daemon = kafka.start_thread_daemon(settings)
    kafka.produce(settings.topics.input, [(key, render_oru(pos, control_id="P1", result_status="P"))])
    kafka.audits_until(settings, 1)
    kafka.produce(settings.topics.input, [(key, render_oru(pos, control_id="F1", result_status="F"))])
    kafka.audits_until(settings, 2)
    kafka.stop_thread_daemon(daemon)

    daemon = kafka.start_thread_daemon(settings)  # fresh memory: lifecycle state must come from Kafka
    kafka.produce(
        settings.topics.input, [(key, render_oru(pos, control_id="C1", result_status="C", text=neg.text))]
    )
    audits = [json.loads(r.value) for r in kafka.audits_until(settings, 3)]
    kafka.stop_thread_daemon(daemon)

    by_msh = {a["control_id"]: a for a in audits}
    assert [by_msh[m]["result_status"] for m in ("P1", "F1", "C1")] == ["P", "F", "C"]
    assert by_msh["P1"]["flag_action"] == "created"
    assert by_msh["F1"]["flag_action"] == "unchanged"
    assert by_msh["C1"]["decision"] == "negative" and by_msh["C1"]["flag_action"] == "withdrawn"
    flags = kafka.read_json(settings.topics.worklist, until=lambda rs: len(rs) >= 2)
    assert [f["status"] for f in flags] == ["active", "inactive"]
    assert flags[0]["id"] == flags[1]["id"] == by_msh["P1"]["flag_id"] == by_msh["C1"]["flag_id"]
    assert all(a["mode"] == "live" for a in audits)

    # shadow mode: same input topic, another group; Flags go to the shadow topic only
    shadow = settings.model_copy(update={"shadow": True, "group_id": settings.group_id + "-shadow"})
    shadow_daemon = kafka.start_thread_daemon(shadow)
    shadow_audits = [
        json.loads(r.value)
        for r in kafka.read(settings.topics.audit, until=lambda rs: len(rs) >= 6)
        if json.loads(r.value)["mode"] == "shadow"
    ]
    kafka.stop_thread_daemon(shadow_daemon)
    assert len(shadow_audits) == 3
    shadow_flags = kafka.read_json(settings.topics.shadow_worklist, until=lambda rs: len(rs) >= 1)
    assert [f["status"] for f in shadow_flags][:1] == ["active"]
    assert len(kafka.read(settings.topics.worklist)) == 2  # live worklist untouched by the shadow instance


def test_two_orders_sharing_an_accession_keep_their_own_flags_across_a_restart(kafka: Any) -> None:
    """Order A and order B (other placer/filler order numbers) carry the same accession. Both positive: two
    Flags. Restarted (state only on the compacted topic), B's corrected negative report withdraws B's Flag
    only; A's Flag stays active. The flag-state topic holds one record per order."""
    settings = kafka.settings()
    (a, b), (neg,) = kafka.pick_reports(2, 1, seed=7)
    key = a.accession.encode()

    def order_b(**kw: Any) -> bytes:  # B's order numbers, A's accession in OBR-18
        return render_oru(b, **kw).replace(b"|" + b.accession.encode() + b"|", b"|" + key + b"|")

    daemon = kafka.start_thread_daemon(settings)
    kafka.produce(
        settings.topics.input, [(key, render_oru(a, control_id="A1")), (key, order_b(control_id="B1"))]
    )
    kafka.audits_until(settings, 2)
    kafka.stop_thread_daemon(daemon)

    daemon = kafka.start_thread_daemon(settings)  # fresh memory: the lifecycle state must come from Kafka
    kafka.produce(settings.topics.input, [(key, order_b(control_id="B2", result_status="C", text=neg.text))])
    audits = {a["control_id"]: a for a in (json.loads(r.value) for r in kafka.audits_until(settings, 3))}
    kafka.stop_thread_daemon(daemon)

    assert {audits[m]["accession"] for m in ("A1", "B1", "B2")} == {a.accession}
    assert audits["A1"]["filler_order_number"] != audits["B1"]["filler_order_number"]
    assert (audits["A1"]["flag_action"], audits["B1"]["flag_action"]) == ("created", "created")
    assert audits["A1"]["flag_id"] != audits["B1"]["flag_id"]
    assert (audits["B2"]["flag_action"], audits["B2"]["flag_id"]) == ("withdrawn", audits["B1"]["flag_id"])
    flags = kafka.read_json(settings.topics.worklist, until=lambda rs: len(rs) >= 3)
    assert [(f["id"], f["status"]) for f in flags] == [
        (audits["A1"]["flag_id"], "active"),
        (audits["B1"]["flag_id"], "active"),
        (audits["B1"]["flag_id"], "inactive"),
    ]
    states = kafka.read(settings.topics.flag_state, until=lambda rs: len(rs) >= 3)
    b_filler = audits["B1"]["filler_order_number"]
    assert {r.key.decode() for r in states} == {a.accession, f"{a.accession}^{b_filler}"}


def test_a_too_long_report_is_dead_lettered_and_its_partition_moves_on(kafka: Any) -> None:
    """A report longer than max_report_chars (a 900 KB report once held its partition ~18 s) is not decided:
    dead letter `report_too_long` with the original bytes, and the next record on the partition is decided."""
    settings = kafka.settings(partitions=1, max_report_chars=20_000)
    (pos,), (neg,) = kafka.pick_reports(1, 1)
    long_text = "IMPRESSION: " + "Acute subdural hematoma. " * 1_000  # 25,000 characters
    records = [
        (b"long1", render_oru(neg, control_id="LONG1", text=long_text)),
        (pos.accession.encode(), render_oru(pos, control_id="NEXT1")),
    ]
    coords = kafka.produce(settings.topics.input, records)
    assert {p for p, _ in coords} == {0}
    daemon = kafka.start_thread_daemon(settings)
    audits = {json.loads(r.value)["control_id"]: json.loads(r.value) for r in kafka.audits_until(settings, 2)}
    dlq = kafka.read(settings.topics.dead_letter, until=lambda rs: len(rs) >= 1, timeout_s=30)
    kafka.stop_thread_daemon(daemon)
    assert (audits["LONG1"]["decision"], audits["LONG1"]["reason"]) == ("dead_letter", "report_too_long")
    assert audits["NEXT1"]["decision"] == "positive"
    assert len(dlq) == 1 and dlq[0].value == records[0][1]
    assert _headers(dlq[0])["triage-dlq-reason"] == b"report_too_long"
