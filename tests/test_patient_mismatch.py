"""One state key, two patients: a report under the accession and order numbers of a stored study of another
patient (PID-3 digest) is dead-lettered ``patient_mismatch`` and never touches that patient's Flag or state;
the same patient still moves the lifecycle, and a state of an earlier version (no patient) behaves as before
(triage.pipeline.decide, "One key, two patients")."""

from __future__ import annotations

import json
from dataclasses import replace

from prometheus_client import CollectorRegistry
from test_pipeline_support import KeywordScorer, oru

from triage.config import Settings
from triage.core import RecordOutcome, SourceRecord
from triage.hl7.patient import patient_key
from triage.obs.metrics import Metrics
from triage.pipeline.process import Processor
from triage.pipeline.state import FlagState, FlagStateError

TOPICS = Settings().topics
NEGATIVE = "No acute intracranial abnormality."
A = "MRN-A^^^HOSP_A^MR"
B = "MRN-B^^^HOSP_B^MR"


def _run(state: dict, *messages: bytes) -> list[RecordOutcome]:
    processor = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    return [
        processor.process_batch([SourceRecord("hl7.oru", 0, i, m)], state)[0] for i, m in enumerate(messages)
    ]


def _out(outcome: RecordOutcome, topic: str) -> list:
    return [m for m in outcome.outputs if m.topic == topic]


def _flag_a(state: dict) -> dict:
    (created,) = _run(state, oru(control_id="A1", accession="12345", patient_id=A))
    (flag,) = [json.loads(m.value) for m in _out(created, TOPICS.worklist)]
    assert flag["status"] == "active" and state["12345"].patient_digest == patient_key("MRN-A", "HOSP_A")
    return flag


def test_another_patients_negative_positive_or_cancel_is_a_dead_letter_and_the_flag_stays() -> None:
    state: dict = {}
    flag = _flag_a(state)
    before = state["12345"]
    others = [
        oru(control_id="B1", accession="12345", patient_id=B, impression=NEGATIVE),  # would withdraw
        oru(control_id="B2", accession="12345", patient_id=B),  # would re-point A's Flag at B
        oru(control_id="B3", accession="12345", patient_id=B, status="X"),  # would enter A's Flag in error
        oru(control_id="B4", accession="12345", patient_id="MRN-A^^^HOSP_B^MR", impression=NEGATIVE),
    ]
    for outcome in _run(state, *others):
        assert _out(outcome, TOPICS.worklist) == [] and _out(outcome, TOPICS.flag_state) == []
        (dead,) = _out(outcome, TOPICS.dead_letter)
        headers = dict(dead.headers)
        assert headers["triage-dlq-reason"] == b"patient_mismatch"
        assert headers["triage-dlq-error-type"] == b"PatientMismatchError"
        error = headers["triage-dlq-error"].decode()
        assert "pid-sha256:" in error and "MRN-" not in error and "HOSP" not in error  # digests only
        (audit,) = outcome.audits
        assert (audit.decision, audit.reason, audit.flag_id) == ("dead_letter", "patient_mismatch", None)
    assert state["12345"] == before  # A's Flag and its state untouched
    # A's own negative final still withdraws A's Flag (same id, subject A)
    (withdrawn,) = _run(state, oru(control_id="A2", accession="12345", patient_id=A, impression=NEGATIVE))
    (after,) = [json.loads(m.value) for m in _out(withdrawn, TOPICS.worklist)]
    assert (after["id"], after["status"]) == (flag["id"], "inactive")
    assert after["subject"]["identifier"]["value"] == "MRN-A"


def test_the_same_patient_sent_another_way_still_updates() -> None:
    """The patient is the Flag subject's PID-3 repetition (MR), so a feed that adds the SSN first in a later
    message is still patient A; a P → F for A moves the rank (no dead letter)."""
    state: dict = {}
    _run(state, oru(control_id="A0", accession="12345", patient_id=A, status="P"))
    assert state["12345"].patient_digest == patient_key("MRN-A", "HOSP_A")
    (final,) = _run(state, oru(control_id="A1", accession="12345", patient_id="123-45-6789^^^SSA^SS~" + A))
    assert _out(final, TOPICS.dead_letter) == []
    assert state["12345"].result_status == "F" and state["12345"].control_id == "A1"


def test_a_state_of_an_earlier_version_or_a_report_without_pid3_applies_as_before() -> None:
    """A record written before the patient was kept (no patient_digest) is compared on accession and order
    only: another patient's negative withdraws, as before, and the state then keeps that report's patient. A
    report without PID-3 cannot be compared: it applies, and the state keeps the patient it had."""
    state: dict = {}
    flag = _flag_a(state)
    old = json.loads(state["12345"].to_json())
    del old["patient_digest"]
    state["12345"] = FlagState.from_json(json.dumps(old).encode())
    assert state["12345"].patient_digest is None
    (withdrawn,) = _run(state, oru(control_id="B1", accession="12345", patient_id=B, impression=NEGATIVE))
    (after,) = [json.loads(m.value) for m in _out(withdrawn, TOPICS.worklist)]
    assert (after["id"], after["status"]) == (flag["id"], "inactive")
    assert state["12345"].patient_digest == patient_key("MRN-B", "HOSP_B")

    no_pid = oru(control_id="N1", accession="12345", patient_id="")
    (again,) = _run(state, no_pid)
    assert _out(again, TOPICS.dead_letter) == [] and state["12345"].status == "active"
    assert state["12345"].patient_digest == patient_key("MRN-B", "HOSP_B")


def test_another_patients_second_order_keeps_its_own_lifecycle() -> None:
    """Other order numbers are another order (its own state key), so another patient there is no mismatch."""
    state: dict = {}
    _flag_a(state)
    (other,) = _run(state, oru(control_id="B1", accession="12345", patient_id=B, placer="PL9", filler="FI9"))
    assert _out(other, TOPICS.dead_letter) == [] and len(_out(other, TOPICS.worklist)) == 1
    assert state["12345^FI9"].patient_digest == patient_key("MRN-B", "HOSP_B")
    assert state["12345"].patient_digest == patient_key("MRN-A", "HOSP_A")


def test_the_dead_letter_metric_counts_patient_mismatch() -> None:
    state: dict = {}
    _flag_a(state)
    (outcome,) = _run(state, oru(control_id="B1", accession="12345", patient_id=B, impression=NEGATIVE))
    registry = CollectorRegistry()
    Metrics(registry).observe_decisions(outcome.audits)
    assert registry.get_sample_value("triage_dead_letters_total", {"reason": "patient_mismatch"}) == 1.0


def test_the_state_record_holds_a_digest_never_the_mrn_and_refuses_another_shape() -> None:
    state: dict = {}
    _flag_a(state)
    raw = state["12345"].to_json()
    assert b"MRN-A" not in raw and b"HOSP_A" not in raw
    assert FlagState.from_json(raw) == state["12345"]
    bad = json.loads(raw)
    bad["patient_digest"] = "MRN-A^^^HOSP_A"  # an identifier in clear is no digest
    try:
        FlagState.from_json(json.dumps(bad).encode())
    except FlagStateError as exc:
        assert "patient_digest" in str(exc) and "MRN-A" not in str(exc)
    else:
        raise AssertionError("a clear PID-3 was accepted as a patient digest")
    assert replace(state["12345"], patient_digest=None).to_json().count(b'"patient_digest":null') == 1
