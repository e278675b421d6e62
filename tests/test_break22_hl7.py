"""breaker22: HL7 as the field sends it, in shapes the generator never writes. ORU^R01 repeats its
PATIENT_RESULT group (HL7 v2.5.1 7.3.1: `{ [PID ...] {ORC OBR ... OBX ...} }`): a results interface that
batches by time, not by patient, sends two patients' reports in one message."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from test_pipeline_support import KeywordScorer

from triage.config import Settings
from triage.core import Report, SourceRecord
from triage.hl7.parse import parse_record
from triage.pipeline.process import Processor

POSITIVE = b"Acute subdural hemorrhage along the left convexity."
NEGATIVE = b"No acute intracranial abnormality."


def _two_patients(first: bytes, second: bytes, second_has_obx: bool = True) -> bytes:
    """Patient 111's head CT, then patient 222's (PID, PV1, ORC, OBR, OBX each) in one ORU^R01."""
    obx2 = b"OBX|1|TX|&IMP^Impression||" + second + b"||||||F\r" if second_has_obx else b""
    return (
        b"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||ORU^R01^ORU_R01|CTRL-MP|P|2.5.1\r"
        b"PID|1||MRN-111^^^MERCY^MR||ALPHA^ANN\r"
        b"PV1|1|E|ED^1^1||||||||||||||||VN-111\r"
        b"ORC|RE|PL-1|FL-1\r"
        b"OBR|1|PL-1|FL-1|CTHEAD^CT HEAD^L|||20240315134500|||||||||||ACC-111||||20240315140000|||F\r"
        b"OBX|1|TX|&IMP^Impression||" + first + b"||||||F\r"
        b"PID|2||MRN-222^^^MERCY^MR||BETA^BOB\r"
        b"PV1|1|E|ED^2^1||||||||||||||||VN-222\r"
        b"ORC|RE|PL-2|FL-2\r"
        b"OBR|1|PL-2|FL-2|CTHEAD^CT HEAD^L|||20240315134500|||||||||||ACC-222||||20240315140000|||F\r" + obx2
    )


def test_each_patient_result_group_reads_its_own_pid_and_pv1() -> None:
    """Before: every order read the message's first PID and PV1, so patient 222's study (ACC-222) was
    reported under MRN-111 and visit VN-111."""
    reports = [r for r in parse_record(_two_patients(NEGATIVE, POSITIVE)) if isinstance(r, Report)]
    assert [(r.accession, r.patient_id, r.visit_number) for r in reports] == [
        ("ACC-111", "MRN-111", "VN-111"),
        ("ACC-222", "MRN-222", "VN-222"),
    ]
    assert [r.text for r in reports] == [NEGATIVE.decode(), POSITIVE.decode()]


def test_an_order_without_obx_never_takes_the_next_patients_report() -> None:
    """An order without OBX shares the OBX of the order right after it (grouped procedures read together),
    but never across patients: patient 111's order has its own text; patient 222's, without any, is no
    report (before: it would have had to take patient 111's)."""
    msg = _two_patients(POSITIVE, NEGATIVE, second_has_obx=False)
    results = parse_record(msg)
    reports = [r for r in results if isinstance(r, Report)]
    assert [(r.accession, r.patient_id) for r in reports] == [("ACC-111", "MRN-111")]
    flipped = msg.replace(b"OBX|1|TX|&IMP^Impression||" + POSITIVE + b"||||||F\r", b"") + (
        b"OBX|1|TX|&IMP^Impression||" + POSITIVE + b"||||||F\r"
    )  # patient 111's order without OBX, patient 222's with: 111 must not read 222's report
    reports = [r for r in parse_record(flipped) if isinstance(r, Report)]
    assert [(r.accession, r.patient_id, r.text) for r in reports] == [
        ("ACC-222", "MRN-222", POSITIVE.decode())
    ]


def test_the_flag_of_the_second_patients_positive_names_the_second_patient() -> None:
    """The decision core end to end (keyword scorer): one Flag, for ACC-222, whose subject is MRN-222. Before:
    the Flag of patient 222's bleed named patient 111 (a wrong-patient critical result)."""
    processor = Processor.from_settings(
        KeywordScorer(),  # type: ignore[arg-type]
        Settings(),
        clock=lambda: datetime(2024, 1, 1, tzinfo=UTC),
    )
    (outcome,) = processor.process_batch(
        [SourceRecord("hl7.oru", 0, 0, _two_patients(NEGATIVE, POSITIVE))], {}
    )
    flags = [json.loads(m.value) for m in outcome.outputs if m.topic == Settings().topics.worklist]
    assert len(flags) == 1
    assert flags[0]["subject"]["identifier"]["value"] == "MRN-222"
    assert "ACC-222" in json.dumps(flags[0]) and "MRN-111" not in json.dumps(flags[0])


def test_a_pid_repeated_for_the_same_patient_keeps_the_visit_and_a_late_pid_reaches_every_order() -> None:
    """Two shapes that are one patient: the PID repeated before the second order without its PV1 (the
    visit stays VN-111), and a vendor that sends the PID after the first order (every order reads it)."""
    repeated = _two_patients(NEGATIVE, POSITIVE).replace(b"MRN-222", b"MRN-111")
    repeated = repeated.replace(b"PV1|1|E|ED^2^1||||||||||||||||VN-222\r", b"")
    reports = [r for r in parse_record(repeated) if isinstance(r, Report)]
    assert [(r.accession, r.patient_id, r.visit_number) for r in reports] == [
        ("ACC-111", "MRN-111", "VN-111"),
        ("ACC-222", "MRN-111", "VN-111"),
    ]
    msh, rest = _two_patients(NEGATIVE, POSITIVE).split(b"\r", 1)
    pid1, pv1, rest = rest.split(b"\r", 2)
    late = b"\r".join([msh, *rest.split(b"\r")[:3], pid1, pv1, *rest.split(b"\r")[3:]])
    reports = [r for r in parse_record(late) if isinstance(r, Report)]
    assert [(r.accession, r.patient_id) for r in reports] == [("ACC-111", "MRN-111"), ("ACC-222", "MRN-222")]


def test_another_patients_report_under_the_same_accession_never_withdraws_this_patients_flag() -> None:
    """Patient A (site GEN HOSP) positive final, Flag created; patient B (another site, MSH-4) negative final
    with the same accession, placer and filler numbers. Before: B's report withdrew A's Flag and re-published
    it (A's Flag id) with B as its subject: A's bleed left the worklist. Now B is dead-lettered
    (patient_mismatch, tests/test_patient_mismatch.py)."""
    from test_pipeline_support import oru

    processor = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    state: dict = {}
    a = oru(control_id="A1", accession="12345", patient_id="MRN-A^^^HOSP_A^MR")
    b = oru(
        control_id="B1",
        accession="12345",
        patient_id="MRN-B^^^HOSP_B^MR",
        impression="No acute intracranial abnormality.",
    ).replace(b"GEN HOSP", b"OTHER SITE")
    worklist = Settings().topics.worklist
    (first,) = processor.process_batch([SourceRecord("hl7.oru", 0, 0, a)], state)
    (created,) = [json.loads(m.value) for m in first.outputs if m.topic == worklist]
    assert created["status"] == "active" and created["subject"]["identifier"]["value"] == "MRN-A"
    (second,) = processor.process_batch([SourceRecord("hl7.oru", 0, 1, b)], state)
    touched = [json.loads(m.value) for m in second.outputs if m.topic == worklist]
    assert all(flag["id"] != created["id"] for flag in touched), touched


@pytest.mark.parametrize(
    ("pid3", "subject"),
    [
        ("123-45-6789^^^SSA^SS~MRN-1^^^HOSP^MR", ("MRN-1", "HOSP")),  # the SSN first, the MRN second
        ("X9^^^USA^NNUSA~ACC-9^^^HOSP^AN~P7^^^HOSP^PI", ("P7", "HOSP")),  # national id, account, patient id
        ("123-45-6789^^^SSA^SS~Q1^^^HOSP", ("Q1", "HOSP")),  # the other one has no type
        ("MRN-1^^^HOSP^MR", ("MRN-1", "HOSP")),
        ("A1^^^X~B2^^^Y", ("A1", "X")),  # no types: the first, as before
        ("123-45-6789^^^SSA^SS", ("123-45-6789", "SSA")),  # nothing else sent
    ],
)
def test_the_patient_is_the_pid3_repetition_that_is_a_medical_record_number(
    pid3: str, subject: tuple[str, str]
) -> None:
    """PID-3 repeats (HL7 v2.5.1 moved the SSN from PID-19 into PID-3): the Flag's subject is the medical
    record number (CX-5 MR, else PI/MRT/PT, else the first that is no government, payer, account or visit
    number). Before: always the first repetition, so a feed that lists the SSN first published the SSN as
    the Flag's subject identifier (PHI on the worklist topic, and no MRN for the worklist to match)."""
    from test_pipeline_support import oru

    (report,) = parse_record(oru(patient_id=pid3))
    assert isinstance(report, Report)
    assert (report.patient_id, report.patient_id_authority) == subject
    processor = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    (outcome,) = processor.process_batch([SourceRecord("hl7.oru", 0, 0, oru(patient_id=pid3))], {})
    (flag,) = [json.loads(m.value) for m in outcome.outputs if m.topic == Settings().topics.worklist]
    assert flag["subject"]["identifier"]["value"] == subject[0]
    if subject[0] != "123-45-6789":
        assert "123-45-6789" not in json.dumps(flag)


class _CountedField(str):
    """A raw field that counts how often it is split whole."""

    splits = 0

    def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        type(self).splits += 1
        return super().split(*args, **kwargs)  # type: ignore[arg-type]


def test_the_patient_repetition_reads_a_long_pid3_once() -> None:
    """A PID-3 of thousands of repetitions (the fuzz test's deep_repetition mutant: 10,000 took 2.3 s) is
    split once, not once per repetition; each repetition's CX-5 is what `get` reads for it."""
    from triage.hl7.extract import patient_repetition
    from triage.hl7.message import split_message

    pid3 = "~".join([r"A\T\1^^^X", '""^^^Y^""', "B^^^Z^&x&", "^^^^ss"] * 500 + ["M1^^^H^MR", "P2^^^H^PI"])
    message = split_message(f"MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|P|2.5.1\rPID|1||{pid3}", "utf-8")
    (pid,) = [s for s in message.segments if s.name == "PID"]
    n = pid.repetitions(3)
    assert n == 2002
    for component, sub in ((1, 1), (4, 1), (5, 1), (5, 2)):
        each = pid.get_each(3, component, sub)
        assert each == [pid.get(3, component, sub, repetition=r) for r in range(1, n + 1)], component
    assert pid.get_each(3, 5)[:4] == [None, None, None, "ss"] and pid.get_each(4) == []
    pid.fields[3] = _CountedField(pid.fields[3])
    assert patient_repetition(pid) == 2001
    assert _CountedField.splits == 1
