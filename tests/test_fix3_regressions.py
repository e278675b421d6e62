"""Regressions a reviewer found on main (fix3): each test failed before its fix."""

from __future__ import annotations

import json

import pytest
from test_hl7_text import build, report_of, tx

from triage.core import ResultStatus
from triage.pipeline.state import FlagState, FlagStateError


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
