"""Report fields across HL7 versions, timestamps, fallbacks, non-ORU messages, and a cross-check of our
field access against hl7apy's tree on the same messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.parser import parse_message

from triage.core import MessageError, NonReport, Report, ResultStatus
from triage.hl7 import parse_hl7_time, parse_record
from triage.hl7.status import normalize_status
from triage.hl7.timestamps import fhir_datetime, fhir_offset, hl7_time_precision, parse_hl7_time_precision

DATA = Path(__file__).parent / "data" / "hl7"


def report_of(raw: bytes) -> Report:
    (result,) = parse_record(raw)
    assert isinstance(result, Report), result
    return result


def seg(name: str, values: dict[int, str]) -> str:
    return name + "|" + "|".join(values.get(i, "") for i in range(1, max(values) + 1))


def build(msh: dict[int, str], *segments: str) -> bytes:
    base = {2: "RIS", 3: "MERCY", 6: "20240315143012", 8: "ORU^R01", 9: "CTRL-F", 10: "P", 11: "2.5"}
    # MSH values are keyed by HL7 field number - 1 here because MSH-1 is the separator itself
    line = "MSH|^~\\&|" + "|".join({**base, **msh}.get(i, "") for i in range(2, 19)).rstrip("|")
    return "\r".join([line, *segments]).encode()


IMP = "OBX|1|TX|&IMP^Impression||No acute hemorrhage.||||||F"


# --- the hand-written fixtures, one per version ----------------------------------------------------------


def test_v251_fixture_fields() -> None:
    r = report_of((DATA / "oru_ct_head_sections_v251.hl7").read_bytes())
    cet = timezone(timedelta(hours=1))
    assert (r.control_id, r.message_type, r.hl7_version) == ("MSG00001", "ORU^R01", "2.5.1")
    assert (r.sending_application, r.sending_facility) == ("RIS", "MERCY_HOSP")
    assert r.message_time == datetime(2024, 3, 15, 14, 30, 12, tzinfo=cet)
    assert (r.patient_id, r.patient_id_authority, r.visit_number) == ("MRN12345", "MERCY", "V000456")
    assert (r.placer_order_number, r.filler_order_number, r.accession) == (
        "PLC778899",
        "FIL445566",
        "ACC20240315001",
    )
    assert (r.procedure_code, r.procedure_text, r.procedure_coding_system) == (
        "CTHEADWO",
        "CT HEAD WITHOUT CONTRAST",
        "L",
    )
    assert r.observation_time == datetime(2024, 3, 15, 13, 45, tzinfo=cet)
    assert r.result_time == datetime(2024, 3, 15, 14, 29, tzinfo=cet)
    assert r.result_status is ResultStatus.FINAL
    assert r.impression == "Acute right basal ganglia intraparenchymal hemorrhage.\nNo hydrocephalus."
    assert "size & configuration" in r.text and "FINDINGS:\nThere is" in r.text
    assert r.warnings == ()


def test_v22_fixture_fields() -> None:
    r = report_of((DATA / "oru_addendum_v22.hl7").read_bytes())
    assert (r.hl7_version, r.control_id, r.sending_facility) == ("2.2", "IDX0001", "STLUKES")
    assert (r.patient_id, r.patient_id_authority) == ("00012345", "STL")
    assert r.accession == "FL-1"  # no OBR-18: filler order number
    assert r.message_time == datetime(1998, 7, 1, 12, 0, tzinfo=UTC)
    assert r.text.startswith("FINDINGS: No acute hemorrhage.\nVentricles normal.")


def test_v23_fixture_fields() -> None:
    r = report_of((DATA / "oru_narrative_headings_v23.hl7").read_bytes())
    assert (r.hl7_version, r.procedure_code, r.procedure_coding_system) == ("2.3", "70450", "CPT4")
    assert r.result_status is ResultStatus.FINAL and "status_word:F" in r.warnings
    assert r.visit_number is None


def test_v28_fixture_fields_with_truncation_character_and_fractional_time() -> None:
    r = report_of((DATA / "oru_nte_utf8_v28.hl7").read_bytes())
    est = timezone(timedelta(hours=-5))
    assert r.hl7_version == "2.8"
    assert r.message_time == datetime(2024, 6, 1, 2, 30, 15, 123400, tzinfo=est)
    assert (r.visit_number, r.accession, r.procedure_coding_system) == ("VIS-777", "NHF-1", "99LOCAL")


def test_unsupported_version_is_parsed_with_a_warning() -> None:
    r = report_of(build({11: "2.1"}, seg("OBR", {1: "1", 3: "F1"}), IMP))
    assert r.hl7_version == "2.1"
    assert "version_unsupported:2.1" in r.warnings


# --- fallbacks ------------------------------------------------------------------------------------------


def test_order_numbers_fall_back_to_orc_and_accession_to_placer() -> None:
    r = report_of(build({}, "ORC|RE|ORC-PL1^RIS|ORC-FL2^PACS", seg("OBR", {1: "1", 4: "X^Y^L"}), IMP))
    assert (r.placer_order_number, r.filler_order_number, r.accession) == ("ORC-PL1", "ORC-FL2", "ORC-FL2")
    assert r.accession_source == "ORC-3"
    r = report_of(build({}, seg("OBR", {1: "1", 2: "PLACER-9"}), IMP))
    assert (r.accession, r.accession_source) == ("PLACER-9", "OBR-2")


def test_observation_time_falls_back_to_result_time_then_message_time() -> None:
    r = report_of(build({}, seg("OBR", {1: "1", 22: "202403151200"}), IMP))
    assert r.observation_time == r.result_time == datetime(2024, 3, 15, 12, 0, tzinfo=UTC)
    assert "observation_time_from:OBR-22" in r.warnings
    r = report_of(build({}, seg("OBR", {1: "1"}), IMP))
    assert r.observation_time == r.message_time == datetime(2024, 3, 15, 14, 30, 12, tzinfo=UTC)
    assert "observation_time_from:MSH-7" in r.warnings


def test_bad_timestamp_is_none_with_a_warning() -> None:
    r = report_of(build({}, seg("OBR", {1: "1", 7: "2024-13-45 noon", 22: "202402301200"}), IMP))
    assert r.result_time is None
    assert "bad_timestamp:OBR-7" in r.warnings and "bad_timestamp:OBR-22" in r.warnings


_TIMES = ["2024", "202403", "20240304", "2024030410", "202403041030", "20240304103012", "20240304103012.5"]
_TIMES += ["20240304103012.123456+0530", "20240304-0000", "2024030410+1500", "2024030410+0061", " 20240304 "]
_TIMES += ["2024-03-04", "2024-03-04T10:30:00+05:30", "2024-03-04T10:30", "garbage", "20241304", "99991231"]


_IST = timezone(timedelta(hours=5, minutes=30))
# value -> the time it means (naive: in the zone the message's clock is read in, UTC when none)
_EXPECTED_TIMES: dict[str, datetime | None] = {
    "2024": datetime(2024, 1, 1),
    "20240304": datetime(2024, 3, 4),
    "202403041030": datetime(2024, 3, 4, 10, 30),
    "20240304103012.5": datetime(2024, 3, 4, 10, 30, 12, 500000),
    "20240304103012.123456+0530": datetime(2024, 3, 4, 10, 30, 12, 123456, tzinfo=_IST),
    "20240304-0000": datetime(2024, 3, 4, tzinfo=UTC),
    " 20240304 ": datetime(2024, 3, 4),
    "2024-03-04T10:30:00+05:30": datetime(2024, 3, 4, 10, 30, tzinfo=_IST),
    "garbage": None,
    "20241304": None,
}


@pytest.mark.parametrize("zone", [None, ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")])
def test_a_time_and_its_precision_from_one_reading_are_each_alone(zone: ZoneInfo | None) -> None:
    """The extractor reads a timestamp once for its time and precision (parse_hl7_time_precision) and asks
    fhir_offset, not fhir_datetime, whether a Flag can carry it: the same as each function alone."""
    for value in _TIMES:  # the time is parse_hl7_time's own reading (its first item): checked below
        assert parse_hl7_time_precision(value, zone)[1] == hl7_time_precision(value), value
    # the time against literal values: comparing it with parse_hl7_time could not fail
    local = zone or UTC
    for value, expected in _EXPECTED_TIMES.items():
        want = expected if expected is None or expected.tzinfo else expected.replace(tzinfo=local)
        assert parse_hl7_time_precision(value, zone)[0] == want, value
    for minutes in range(-15 * 60, 15 * 60, 7):
        for seconds in (0, 1, 30):
            when = datetime(2024, 3, 4, tzinfo=timezone(timedelta(minutes=minutes, seconds=seconds)))
            offset = timedelta(minutes=minutes, seconds=seconds)
            carried = not (offset % timedelta(minutes=1) or abs(offset) > timedelta(hours=14))
            assert fhir_offset(when) is carried
            assert (fhir_datetime(when) is not None) is carried
    assert fhir_offset(datetime(1890, 1, 1, tzinfo=ZoneInfo("Europe/Amsterdam"))) is False  # LMT +00:19:32


def test_missing_control_id_and_obr() -> None:
    r = report_of(build({9: ""}, IMP))
    assert r.control_id == ""
    assert "missing:MSH-10" in r.warnings and "missing:OBR" in r.warnings
    assert r.procedure_code is None and r.accession is None


def test_first_patient_identifier_and_its_authority() -> None:
    r = report_of(build({}, "PID|1||A1^^^AUTH&1.2.3&ISO^MR~B2^^^OTHER", seg("OBR", {1: "1"}), IMP))
    assert (r.patient_id, r.patient_id_authority) == ("A1", "AUTH")


def test_hl7_null_is_none() -> None:
    r = report_of(build({}, seg("OBR", {1: "1", 18: '""', 3: "F9"}), IMP))
    assert r.accession == "F9"


# --- non-reports ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("msg_type", ["ADT^A08", "ORM^O01", "ACK^R01", "ACK"])
def test_non_oru_messages_are_non_reports(msg_type: str) -> None:
    (result,) = parse_record(build({8: msg_type}, "PID|1||MRN"))
    assert result == NonReport("CTRL-F", msg_type, 0)


def test_an_mdm_notification_is_a_non_report_and_an_mdm_document_without_text_a_dead_letter() -> None:
    """MDM^T01 carries no document (skipped); MDM^T02 says it carries one: without text it is a dead letter
    (no_report_text), as an ORU without text is (triage.hl7.document)."""
    (t01,) = parse_record(build({8: "MDM^T01"}, "PID|1||MRN"))
    assert t01 == NonReport("CTRL-F", "MDM^T01", 0, "mdm_without_content")
    (t02,) = parse_record(build({8: "MDM^T02"}, "PID|1||MRN"))
    assert isinstance(t02, MessageError) and t02.error.reason == "no_report_text"


def test_adt_fixture() -> None:
    assert parse_record((DATA / "adt_a01_v25.hl7").read_bytes()) == [NonReport("ADT-0001", "ADT^A01", 0)]


# --- timestamps ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", datetime(2024, 1, 1, tzinfo=UTC)),
        ("202403", datetime(2024, 3, 1, tzinfo=UTC)),
        ("20240315", datetime(2024, 3, 15, tzinfo=UTC)),
        ("2024031514", datetime(2024, 3, 15, 14, tzinfo=UTC)),
        ("202403151430", datetime(2024, 3, 15, 14, 30, tzinfo=UTC)),
        ("20240315143012", datetime(2024, 3, 15, 14, 30, 12, tzinfo=UTC)),
        ("20240315143012.5", datetime(2024, 3, 15, 14, 30, 12, 500000, tzinfo=UTC)),
        (
            "20240315143012.1234+0530",
            datetime(2024, 3, 15, 14, 30, 12, 123400, tzinfo=timezone(timedelta(hours=5.5))),
        ),
        ("202403151430-0500", datetime(2024, 3, 15, 14, 30, tzinfo=timezone(timedelta(hours=-5)))),
        ("2024-03-15T14:30:12Z", datetime(2024, 3, 15, 14, 30, 12, tzinfo=UTC)),
        ("20240315235960", datetime(2024, 3, 15, 23, 59, 59, tzinfo=UTC)),
        ("20240230", None),
        ("2024031", None),
        ("yesterday", None),
        ("20240315+2500", None),
        ("", None),
    ],
)
def test_parse_hl7_time(value: str, expected: datetime | None) -> None:
    assert parse_hl7_time(value) == expected


# --- cross-check with hl7apy --------------------------------------------------------------------------------


def _apy_segments(raw: bytes, encoding: str = "ascii") -> list:
    text = raw.decode(encoding).replace("\r\n", "\r").replace("\n", "\r").strip("\r")
    return parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=False).children


def _apy(segment, field: int, component: int = 1) -> str | None:
    """Component `component` of the first repetition of `field`, read through hl7apy's element tree."""
    reps = segment.children.get(f"{segment.name}_{field}")
    if not reps:
        return None
    for comp in reps[0].children:
        suffix = comp.name.rsplit("_", 1)[-1]
        index = int(suffix) if suffix.isdigit() else 1
        if index == component:
            first_sub = comp.children[0] if comp.children else comp
            return first_sub.to_er7() or None
    return None


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("oru_ct_head_sections_v251.hl7", "ascii"),
        ("oru_addendum_v22.hl7", "ascii"),
        ("oru_narrative_headings_v23.hl7", "ascii"),
        ("oru_latin1_8859_v24.hl7", "latin-1"),
        ("oru_nte_utf8_v28.hl7", "utf-8"),
    ],
)
def test_fields_agree_with_hl7apy(name: str, encoding: str) -> None:
    raw = (DATA / name).read_bytes()
    r = report_of(raw)
    segments = _apy_segments(raw, encoding)
    first = {}
    for s in segments:
        first.setdefault(s.name, s)
    msh, pid, obr = first["MSH"], first["PID"], first["OBR"]
    assert r.control_id == _apy(msh, 10)
    assert r.message_type == f"{_apy(msh, 9, 1)}^{_apy(msh, 9, 2)}"
    assert r.hl7_version == _apy(msh, 12)
    assert r.sending_application == _apy(msh, 3)
    assert r.sending_facility == _apy(msh, 4)
    assert r.patient_id == _apy(pid, 3, 1)
    assert r.patient_id_authority == _apy(pid, 3, 4)
    if "PV1" in first:
        assert r.visit_number == _apy(first["PV1"], 19)
    assert r.placer_order_number == _apy(obr, 2)
    assert r.filler_order_number == _apy(obr, 3)
    assert r.accession == (_apy(obr, 18) or _apy(obr, 3) or _apy(obr, 2))
    assert (r.procedure_code, r.procedure_text, r.procedure_coding_system) == (
        _apy(obr, 4, 1),
        _apy(obr, 4, 2),
        _apy(obr, 4, 3),
    )
    assert r.message_time == parse_hl7_time(_apy(msh, 7))
    assert r.result_time == parse_hl7_time(_apy(obr, 22))
    assert r.observation_time == parse_hl7_time(_apy(obr, 7) or _apy(obr, 22) or _apy(msh, 7))
    assert r.result_status == normalize_status(_apy(obr, 25))[0]
    # OBX-5 / NTE-3 as hl7apy splits them, escapes aside, appear in our text in the same order
    pieces = [
        s.children.get(f"{s.name}_{5 if s.name == 'OBX' else 3}")
        for s in segments
        if s.name in ("OBX", "NTE")
    ]
    raw_values = [p[0].to_er7() for p in pieces if p]
    plain = [v for v in raw_values if "\\" not in v]
    assert plain, "fixture should have unescaped text values"
    positions = [r.text.index(v) for v in plain]
    assert positions == sorted(positions)
