"""Regressions a reviewer found on main (fix3): each test failed before its fix."""

from __future__ import annotations

import json

import pytest
from test_hl7_text import build, report_of, tx

from triage.config import DEFAULT_MODEL_DIR, Settings
from triage.core import ResultStatus
from triage.model import Scorer
from triage.pipeline.decision import DecisionCore, Failure
from triage.pipeline.state import FlagState, FlagStateError
from triage.text import extract_conclusion
from triage.text.sections import split_sections


def test_one_retracted_obx_beside_a_final_one_does_not_cancel() -> None:
    """OBR-25 empty: an OBX-11 D (or W) line beside an F line withdraws that line only, not the report."""
    for code in ("D", "W"):
        raw = build(
            tx("Old wrong line.", 1, status=code),
            tx("IMPRESSION: Acute subdural haematoma.", 2, status="F"),
            status="",
        )
        report = report_of(raw)
        assert report.result_status is ResultStatus.FINAL, code
        assert "Old wrong line" not in report.text


def test_every_text_obx_retracted_still_cancels() -> None:
    raw = build(tx("No bleed.", 1, status="D"), tx("Nothing else.", 2, status="W"), status="")
    assert report_of(raw).result_status is ResultStatus.CANCELLED


_STATE = {
    "accession": "A1",
    "flag_id": "ich-" + "0f" * 16,
    "status": "active",
    "model_version": "m1",
    "control_id": "C1",
    "result_status": "F",
}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"flag_id": "ich-NOT-A-FLAG-ID-secret"}, "flag_id"),
        ({"flag_id": "ich-" + "0f" * 16 + "00"}, "flag_id"),
        ({"flag_id": None}, "flag_id"),
        ({"flag_id": None, "status": "entered-in-error"}, "flag_id"),
        ({"status": None}, "status"),
        ({"schema_version": True}, "schema_version"),
        ({"schema_version": 1.0}, "schema_version"),
    ],
)
def test_flag_state_record_refused_naming_the_field(change: dict[str, object], field: str) -> None:
    raw = json.dumps({**_STATE, **change}).encode()
    with pytest.raises(FlagStateError, match=field) as info:
        FlagState.from_json(raw)
    assert "secret" not in str(info.value)


def test_flag_state_records_of_both_shapes_still_read() -> None:
    state = FlagState.from_json(json.dumps({**_STATE, "schema_version": 1}).encode())
    assert state.flag_id == _STATE["flag_id"]
    rank_only = FlagState.from_json(json.dumps({**_STATE, "flag_id": None, "status": None}).encode())
    assert not rank_only.has_flag


@pytest.fixture(scope="module")
def core() -> DecisionCore:
    return DecisionCore(Scorer.load(DEFAULT_MODEL_DIR, device="cpu"), Settings().pipeline)


def _decision(core: DecisionCore, text: str):
    scored, findings = core.conclusion(text)
    out = core.decide_texts([scored], [findings])[0]
    assert not isinstance(out, Failure)
    return out


@pytest.mark.parametrize(
    ("heading", "conclusion"),
    [
        ("IMPRESSION AND RECOMMENDATIONS", "No subarachnoid haemorrhage: the hyperdensity is a vessel."),
        ("IMPRESSION AND PLAN:", "No subarachnoid haemorrhage: the hyperdensity is a vessel."),
    ],
)
def test_capitals_conclusion_headings_with_a_function_word(heading: str, conclusion: str) -> None:
    text = f"FINDINGS\nHyperdensity in the left sylvian fissure, ?SAH.\n{heading}\n{conclusion}"
    scored, source, findings = extract_conclusion(text)
    assert source == "heading" and scored.endswith(conclusion) and "?SAH" in findings


def test_findings_and_impression_is_a_conclusion_heading() -> None:
    scored, source, _ = extract_conclusion("CT HEAD\nFINDINGS AND IMPRESSION\nNo intracranial haemorrhage.")
    assert (scored, source) == ("No intracranial haemorrhage.", "heading")


def test_impression_as_above_is_a_pointer_conclusion() -> None:
    text = "FINDINGS\nSmall left subdural haematoma.\nIMPRESSION AS ABOVE"
    scored, source, _ = extract_conclusion(text)
    assert source == "heading+findings" and "subdural" in scored


def test_a_telephoned_line_is_still_not_a_heading() -> None:
    text = "CT HEAD\nFINDINGS\nSmall SAH.\nFINDINGS TELEPHONED TO DR X AT 10:00.\nIMPRESSION: No bleed."
    sections = [s.name for s in split_sections(text)]
    assert sections.count("findings") == 1
    scored, source, findings = extract_conclusion(text)
    assert (scored, source) == ("No bleed.", "heading") and "TELEPHONED" in findings


def test_the_negating_conclusion_under_a_combined_heading_decides(core: DecisionCore) -> None:
    text = (
        "FINDINGS\nHyperdensity in the left sylvian fissure, ?SAH.\nIMPRESSION AND RECOMMENDATIONS\n"
        "No subarachnoid haemorrhage: the hyperdensity is a vessel."
    )
    d = _decision(core, text)
    assert not d.positive and d.rules.assertion == "negated"


@pytest.mark.parametrize(
    ("field", "lines"),
    [
        ("Comparison: CT 01/12/2026.", "That study showed a small right subdural haematoma."),
        ("History: fall on warfarin.", "Known subarachnoid haemorrhage 2019.\nPrior subdural haematoma."),
        ("CLINICAL HISTORY:\nFall.", "Previous right subdural haematoma evacuated."),
    ],
)
def test_a_multi_line_field_section_is_not_read_as_findings(
    core: DecisionCore, field: str, lines: str
) -> None:
    text = f"CT HEAD\n{field}\n{lines}\nIMPRESSION: No acute intracranial abnormality."
    scored, source, findings = extract_conclusion(text)
    assert (scored, source) == ("No acute intracranial abnormality.", "heading")
    assert "haematoma" not in findings and "haemorrhage" not in findings
    d = _decision(core, text)
    assert not d.positive and d.verdict.decided_by != "findings"


def test_the_text_after_a_field_and_a_blank_line_is_the_body() -> None:
    text = (
        "CT HEAD\nHistory: fall.\nOn warfarin.\n\nThere is a small acute subdural haematoma.\n"
        "IMPRESSION: No midline shift."
    )
    _scored, source, findings = extract_conclusion(text)
    assert source == "heading" and "small acute subdural haematoma" in findings
    assert "warfarin" not in findings
