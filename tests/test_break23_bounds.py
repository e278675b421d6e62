"""breaker23: a report the daemon skips still has its ids bounded in its audit record. An ORU^R30/R31/R32 (an
HL7 trigger for unsolicited point-of-care observations, not a report) or an ORU whose trigger is malformed
was skipped with every id its audit record copies as sent: 400 kB order numbers made a 400 kB audit record
(the same message as ORU^R01: 2.3 kB), and one near TRIAGE_MAX_MESSAGE_BYTES an audit the broker refuses;
control characters reached it unescaped (triage.pipeline.bounds says no input field may do either)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from test_pipeline_support import KeywordScorer, adt, oru

from triage.config import Settings
from triage.core import SourceRecord
from triage.pipeline.bounds import MAX_ID_CHARS, is_truncated
from triage.pipeline.process import Processor

NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def _decide(raw: bytes) -> tuple[dict, list]:
    processor = Processor.from_settings(KeywordScorer(), Settings(), clock=lambda: NOW)  # type: ignore[arg-type]
    [out] = processor.process_batch([SourceRecord("hl7.oru", 0, 7, raw)], {})
    [audit] = out.audit_json()
    return audit, out.outputs


@pytest.mark.parametrize("message_type", ["ORU^R30^ORU_R30", "ORU^R32", "ORU^" + "R01" * 10_000])
def test_a_skipped_oru_copies_bounded_ids_into_its_audit_record(message_type: str) -> None:
    raw = oru(
        message_type=message_type,
        placer="P" * 150_000,
        filler="F" * 150_000,
        patient_id="9" * 50_000 + "^^^HOSP^MR",
        accession="A" * 50_000,
    )
    audit, outputs = _decide(raw)
    assert audit["decision"] == "skipped" and audit["reason"] == "not_oru"
    assert [m.topic for m in outputs] == ["triage.audit"]
    assert len(outputs[0].value) < 8_000, len(outputs[0].value)
    for name in ("placer_order_number", "filler_order_number", "patient_id", "accession", "message_type"):
        assert audit[name] is None or len(audit[name]) <= MAX_ID_CHARS, name
    assert is_truncated(audit["filler_order_number"]) and is_truncated(audit["placer_order_number"])


def test_a_skipped_oru_escapes_control_characters_in_its_ids() -> None:
    audit, _ = _decide(oru(message_type="ORU^R30", accession="P\\X01\\A7"))
    assert audit["decision"] == "skipped" and audit["accession"] == "P\\x01A7"
    assert "\x01" not in json.dumps(audit, ensure_ascii=False)


@pytest.mark.parametrize(
    ("raw", "decision"),
    [
        (adt(control_id="AD\\X0A\\T1"), "skipped"),  # not a report
        (oru(message_type="ADT^A01", control_id="AD\\X0A\\T1"), "skipped"),
        (oru(control_id="C\\X0A\\1", accession="A\\X0D\\1", impression="").replace(b"OBX|", b"NTE|"), None),
    ],
)
def test_the_ids_of_a_message_that_is_no_report_have_their_line_breaks_escaped(
    raw: bytes, decision: str | None
) -> None:
    """MSH-10 ``AD\\X0A\\T1`` (an HL7 hex escape) decodes to a line break: a report's ids had it written
    ``\\x0a`` (bounds.escape_controls), a skipped message's or a dead letter's kept it raw, so `triage tail`
    (one line per record: ``MSH-10 ...``) printed a line the record did not hold."""
    audit, outputs = _decide(raw)
    assert decision is None or audit["decision"] == decision
    for name in ("control_id", "accession", "message_type"):
        assert audit[name] is None or not any(c in audit[name] for c in "\n\r"), (name, audit[name])
    for message in outputs:
        for _, value in message.headers or ():
            assert b"\n" not in value and b"\r" not in value


def test_triage_tail_prints_one_line_per_record_whatever_its_key_or_ids_hold() -> None:
    """`triage tail` prints one line per record; a Kafka key with a line break (any producer may send one)
    or an HL7 MSH-10 ``\\X0A\\`` on the input topic printed a second line, one the topic never held (an
    audit record written before the escaping above shows the same)."""
    from triage.tail.view import entry, render

    raw = adt(control_id="AD\\X0A\\T1 audit positive  accession FORGED")
    for record in (
        SourceRecord("hl7.oru", 0, 3, raw, key=b"K1\naudit positive  accession FORGED"),
        SourceRecord(
            "triage.audit",
            0,
            4,
            json.dumps(
                {"decision": "skipped", "control_id": "A\nforged", "accession": "B\r\x1bforged"}
            ).encode(),
            key=b"K2",
        ),
    ):
        line = render(record, entry(record))
        assert "\n" not in line and "\r" not in line and "\x1b" not in line, line
