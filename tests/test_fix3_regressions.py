"""Regressions a reviewer found on main (fix3): each test failed before its fix."""

from __future__ import annotations

from test_hl7_text import build, report_of, tx

from triage.core import ResultStatus


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
