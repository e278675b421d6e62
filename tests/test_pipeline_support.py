"""Shared inputs for the pipeline/flag/schema tests: a Report factory, handwritten ORU^R01 bytes and a keyword
stand-in scorer (pure-logic tests only; test_pipeline_process.py also runs the real trained artifact)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np

from triage.core import Report, ResultStatus
from triage.model.scorer import ReportScores
from triage.text import NORMALIZATION_VERSION

# PHI strings placed in every handwritten input; tests assert none of them leaves through audits or logs.
PATIENT_FAMILY = "Zebulonsky"
PATIENT_GIVEN = "Philomena"
BIRTH_DATE = "19610423"
SECRET_PHRASE = "quartzlantern"  # a word that only appears in report text


def make_report(**overrides: object) -> Report:
    base = Report(
        control_id="MSG0001",
        message_type="ORU^R01",
        hl7_version="2.5.1",
        sending_application="RIS",
        sending_facility="GEN HOSP",
        message_time=datetime(2024, 3, 4, 10, 31, 0, tzinfo=UTC),
        patient_id="P123456",
        patient_id_authority="HOSP",
        visit_number="V777",
        placer_order_number="PL100",
        filler_order_number="FI100",
        accession="ACC100",
        procedure_code="CTHEAD",
        procedure_text="CT HEAD WO CONTRAST",
        procedure_coding_system="L",
        observation_time=datetime(2024, 3, 4, 10, 0, 0, tzinfo=UTC),
        result_time=datetime(2024, 3, 4, 10, 30, 0, tzinfo=UTC),
        result_status=ResultStatus.FINAL,
        text=f"Patient {PATIENT_GIVEN} {PATIENT_FAMILY}. IMPRESSION: subdural hemorrhage {SECRET_PHRASE}.",
        impression=f"subdural hemorrhage {SECRET_PHRASE}",
        impression_source="heading",
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


class KeywordScorer:
    """Deterministic stand-in with the Scorer interface: 0.9 when 'hemorrhage' appears without 'no'."""

    model_version = "kw-test-1"
    sha256 = "0" * 64
    normalization_version = NORMALIZATION_VERSION
    threshold = 0.5

    def __init__(self) -> None:
        self.calls: list[int] = []

    def score_reports(self, batch: Sequence[Sequence[str]]) -> ReportScores:
        n = len(batch)
        return ReportScores(
            self.score_tokens(batch), np.zeros(n, np.int64), np.ones(n, np.int64), np.zeros(n, np.float64)
        )

    def score_tokens(self, batch: Sequence[Sequence[str]]) -> np.ndarray:
        self.calls.append(len(batch))
        return np.array(
            [0.9 if ("hemorrhage" in toks and "no" not in toks) else 0.1 for toks in batch], dtype=np.float32
        )


def oru(
    *,
    control_id: str = "MSG0001",
    accession: str = "ACC100",
    status: str = "F",
    impression: str = "Acute subdural hemorrhage along the left convexity.",
    procedure: str = "CTHEAD^CT HEAD WO CONTRAST^L",
    message_type: str = "ORU^R01",
    patient_id: str = "P123456^^^HOSP^MR",
    visit: str = "V777",
    sep: str = "\r",
    extra_obx: Sequence[str] = (),
    placer: str = "PL100",
    filler: str = "FI100",
) -> bytes:
    """A handwritten HL7 v2.5.1 ORU^R01 with PHI in PID-5/PID-7 and in the findings text."""
    segments = [
        f"MSH|^~\\&|RIS|GEN HOSP|TRIAGE|GEN HOSP|20240304103100||{message_type}|{control_id}|P|2.5.1",
        f"PID|1||{patient_id}||{PATIENT_FAMILY}^{PATIENT_GIVEN}||{BIRTH_DATE}|F",
        f"PV1|1|E|||||||||||||||||{visit}",
        f"ORC|RE|{placer}|{filler}",
        f"OBR|1|{placer}|{filler}|{procedure}|||20240304100000|||||||||||{accession}||||20240304103000|||{status}",
        f"OBX|1|TX|GDT^Findings^L||Patient {PATIENT_GIVEN} {PATIENT_FAMILY} {SECRET_PHRASE}.||||||{status}",
        f"OBX|2|TX|IMP^Impression^L||{impression}||||||{status}",
        *extra_obx,
    ]
    return (sep.join(segments) + sep).encode("utf-8")


def adt(control_id: str = "ADT0001") -> bytes:
    return (
        f"MSH|^~\\&|ADT|GEN HOSP|TRIAGE|GEN HOSP|20240304103100||ADT^A01|{control_id}|P|2.5.1\r"
        f"PID|1||P123456^^^HOSP^MR||{PATIENT_FAMILY}^{PATIENT_GIVEN}||{BIRTH_DATE}|F\r"
    ).encode()


def test_keyword_scorer_is_a_usable_stand_in() -> None:
    scorer = KeywordScorer()
    out = scorer.score_tokens([["acute", "hemorrhage"], ["no", "hemorrhage"], []])
    assert out.tolist() == [np.float32(0.9), np.float32(0.1), np.float32(0.1)]
    assert scorer.calls == [3]
