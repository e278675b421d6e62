"""The clinician's report of `triage evaluate`: Wilson intervals, PPV, per kind and document type."""

from __future__ import annotations

import pytest

from triage.pipeline.clinical import (
    clinical_report,
    clinical_report_markdown,
    document_type,
    rates,
    wilson,
)


def test_wilson_matches_the_textbook_values() -> None:
    # Newcombe 1998, Table I: 81/263 -> 0.2553-0.3662 (Wilson score); and 0/10, 10/10 stay inside [0, 1]
    lo, hi = wilson(81, 263)
    assert lo == pytest.approx(0.2553, abs=5e-4) and hi == pytest.approx(0.3662, abs=5e-4)
    lo, hi = wilson(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=5e-4)
    lo, hi = wilson(10, 10)
    assert hi == 1.0 and lo == pytest.approx(0.7225, abs=5e-4)
    assert wilson(0, 0) is None


def test_rates_count_and_leave_empty_denominators_empty() -> None:
    r = rates([1, 1, 1, 0, 0], [1, 1, 0, 1, 0])
    assert (r["tp"], r["fn"], r["fp"], r["tn"]) == (2, 1, 1, 1)
    assert r["sensitivity"]["value"] == pytest.approx(2 / 3)
    assert r["specificity"]["value"] == 0.5
    assert r["ppv"]["value"] == pytest.approx(2 / 3)
    none_positive = rates([0, 0], [0, 0])
    assert none_positive["sensitivity"]["value"] is None and none_positive["ppv"]["value"] is None
    assert none_positive["specificity"]["value"] == 1.0


def test_document_type_tells_notes_from_reports() -> None:
    assert document_type("PMH: HTN.\nHPI: headache. CT showed SAH.") == "note"
    assert document_type("S: headache\nO: drift\nA: ICH\nP: BP control") == "note"
    assert document_type("HOSPITAL COURSE: admitted after a fall.") == "note"
    assert document_type("FINDINGS: Acute SDH.\nIMPRESSION: Acute left SDH.") == "report"
    assert document_type("Acute subarachnoid hemorrhage in the basal cisterns.") == "report"


def test_clinical_report_groups_and_components() -> None:
    labels = [1, 1, 0, 0, 1, 0]
    predictions = [1, 0, 1, 0, 1, 0]
    decided_by = ["both", "rules", "model", "rules_veto", "model", "model"]
    kinds = ["a", "a", "b", "b", "c", "c"]
    docs = ["report", "note", "report", "note", "report", "report"]
    rep = clinical_report(labels, predictions, decided_by, kinds=kinds, doc_types=docs, threshold=0.5)
    assert rep["overall"]["tp"] == 2 and rep["overall"]["fn"] == 1 and rep["overall"]["fp"] == 1
    assert rep["components"]["model"] == {
        "n": 3,
        "positive": 2,
        "tp": 1,
        "fp": 1,
        "negative": 1,
        "tn": 1,
        "fn": 0,
    }
    assert rep["components"]["rules_veto"]["tn"] == 1
    assert rep["per_kind"]["a"]["sensitivity"]["value"] == 0.5
    assert rep["per_doc_type"]["note"]["n"] == 2
    md = clinical_report_markdown(rep)
    assert "| `model` | 3 | 2 | 1 | 1 | 1 | 1 | 0 |" in md
    assert "| `note` | 2 |" in md and "0.5000" in md
    with pytest.raises(ValueError):
        clinical_report([1], [1, 0], ["model"])
