"""break1: how RIS withdraw a report. OBR-25 X is often sent without the report body; OBX-11 (table 0085) D
deletes an observation and W posts it as wrong (e.g. transmitted for the wrong patient)."""

from __future__ import annotations

import pytest

from triage.core import MessageError, Report, ResultStatus
from triage.hl7 import parse_record
from triage.pipeline.decide import CANCEL, DEAD_LETTER, SCORE, ProcedureFilter, route

_ALL = ProcedureFilter.from_settings((), None)


def _oru(status: str, obx: list[tuple[str, str]], nte: str = "") -> bytes:
    segs = [
        "MSH|^~\\&|RIS|H|T|H|20240101120000||ORU^R01|C1|P|2.5.1",
        "PID|1||MRN1^^^H",
        "OBR|1|PL1|FL1|CTHEAD^CT HEAD|||20240101110000|||||||||||ACC1|||||||" + status,
    ]
    for i, (text, obx11) in enumerate(obx, 1):
        segs.append(f"OBX|{i}|TX|IMP||{text}||||||{obx11}")
        if nte:
            segs.append(f"NTE|1||{nte}")
    return "\r".join(segs).encode()


def _one(raw: bytes) -> Report | MessageError:
    (result,) = parse_record(raw)
    assert isinstance(result, Report | MessageError)
    return result


def test_a_cancellation_without_report_text_is_a_cancellation_not_a_dead_letter() -> None:
    result = _one(_oru("X", []))
    assert isinstance(result, Report) and result.result_status is ResultStatus.CANCELLED and result.text == ""
    assert route(result, _ALL).action == CANCEL


def test_a_report_without_text_that_is_not_cancelled_stays_a_dead_letter() -> None:
    for status in ("F", "C", "P", ""):
        result = _one(_oru(status, []))
        assert isinstance(result, MessageError) and result.error.reason == "no_report_text"
        assert route(result, _ALL).action == DEAD_LETTER


@pytest.mark.parametrize("obx11", ["W", "D", "w"])
def test_every_result_retracted_withdraws_the_report_whatever_obr25_says(obx11: str) -> None:
    result = _one(_oru("C", [("Acute subdural hematoma.", obx11)], nte="QQ comment on the wrong result"))
    assert isinstance(result, Report)
    assert result.result_status is ResultStatus.CANCELLED and result.text == ""
    assert "obx_retracted:1" in result.warnings and "status_from:OBX-11->X" in result.warnings
    assert route(result, _ALL).action == CANCEL


def test_a_retracted_result_beside_a_corrected_one_is_left_out_of_the_text() -> None:
    result = _one(_oru("C", [("Acute subdural hematoma.", "D"), ("No intracranial hemorrhage.", "C")]))
    assert isinstance(result, Report) and result.result_status is ResultStatus.CORRECTED
    assert result.text == "No intracranial hemorrhage." and "obx_retracted:1" in result.warnings
    assert route(result, _ALL).action == SCORE


@pytest.mark.parametrize("msh18", ["ISO_IR 192", "UNICODE UTF-8"])
def test_dicoms_name_of_utf8_in_msh18_is_utf8(msh18: str) -> None:
    """break1: PACS-side feeds copy DICOM's Specific Character Set into MSH-18; `ISO_IR 192` (UTF-8)
    read as an unknown charset (`charset_unknown:other`, `charset_mismatch:other->UTF-8`)."""
    raw = (
        f"MSH|^~\\&|PACS|H|T|H|20240101120000||ORU^R01|C1|P|2.5.1||||||{msh18}\r"
        "PID|1||MRN1^^^H\r"
        "OBR|1|PL1|FL1|CTHEAD^CT HEAD|||20240101110000|||||||||||ACC1|||||||F\r"
        "OBX|1|TX|IMP||Hémorragie sous-durale aiguë.||||||F"
    ).encode()
    result = _one(raw)
    assert isinstance(result, Report)
    assert result.text == "Hémorragie sous-durale aiguë." and not result.warnings
