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


def test_document_type_reads_how_a_note_or_letter_opens() -> None:
    """rules-7: set 6's author marked 99 of 252 texts notes, the heading-only guess found 38: letters,
    consults and case texts open with their own name or a salutation, not with a note heading."""
    notes = [
        "Dear Dr Amadi, thank you for seeing this 70-year-old after a fall; the CT brain was clear.",
        "Neurology consult: left arm weakness, CT shows a right frontal bleed.",
        "Stroke call 14:05. CT: no haemorrhage, CTA: M1 occlusion.",
        "Teaching case: the swollen brain can look like subarachnoid blood.",
        "Re: Mrs K, 81. She had a small subdural haematoma last year.",
        "Summary: 60M, fall. Background: AF on apixaban. CT head: no bleed.",
        "Q: Bleed on the CT? A: No.",
    ]
    reports = [
        "CT HEAD WITHOUT CONTRAST. FINDINGS: No haemorrhage. IMPRESSION: Normal study.",
        "SUMMARY: intraventricular blood in the fourth ventricle.",
        "Evaluate for hemorrhage per ED. FINDINGS: small pontine haemorrhage.",
        "MRI brain: a 9 mm cavernoma in the pons, no recent haemorrhage.",
        "Cranial ultrasound, day 3: grade II germinal matrix haemorrhage on the left.",
    ]
    assert [document_type(t) for t in notes] == ["note"] * len(notes)
    assert [document_type(t) for t in reports] == ["report"] * len(reports)


def test_evaluate_groups_by_the_datas_own_doc_type_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A labeled file with a `doc_type` column is grouped by it (and says so); without one, by the guess
    from each whole text (not from the extracted conclusion, which loses a note's headings)."""
    import json

    from triage.offline.datasets import read_dataset

    rows = [
        {"text": "Dear Dr Li, CT head showed a small SDH.", "label": 1, "doc_type": "note"},
        {"text": "CT head: FINDINGS: no bleed. IMPRESSION: normal.", "label": 0, "doc_type": "report"},
        {"text": "FINDINGS: acute SDH. IMPRESSION: acute SDH.", "label": 1, "doc_type": "note"},
    ]
    marked = tmp_path / "marked.jsonl"
    marked.write_text("".join(json.dumps(r) + "\n" for r in rows))
    ds = read_dataset(marked)
    assert (ds.doc_types, ds.doc_type_source) == (["note", "report", "note"], "column")
    assert ds.subset([2, 0]).doc_types == ["note", "note"]
    unmarked = tmp_path / "unmarked.jsonl"
    unmarked.write_text(
        "".join(json.dumps({k: v for k, v in r.items() if k != "doc_type"}) + "\n" for r in rows)
    )
    ds = read_dataset(unmarked)
    assert (ds.doc_types, ds.doc_type_source) == (["note", "report", "report"], "guess")
    rep = clinical_report([1, 0, 1], [1, 0, 1], ["both", "rules", "both"], doc_types=ds.doc_types)
    rep["doc_type_source"] = "the data's doc_type column"
    assert "Per document type (the data's doc_type column):" in clinical_report_markdown(rep)
