"""schemas/*.schema.json against REAL outputs of the Processor, so an output change that breaks a published
contract fails here. The model manifest and the outputs of a really trained model: test_pipeline_model.py."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from test_pipeline_support import KeywordScorer, adt, oru

from triage.config import Settings
from triage.core import RecordOutcome, SourceRecord
from triage.pipeline.deadletter import dead_letter_envelope
from triage.pipeline.process import Processor

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
POSITIVE = "Acute subdural hemorrhage along the left convexity."
NEGATIVE = "No acute intracranial hemorrhage."


def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:  # RFC 3339 needs an offset; no extra dependency for this
        return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None

    return checker


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=_format_checker())


def _errors(name: str, instance: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator(name).iter_errors(instance)]


def _run(release: str = "R4B", shadow: bool = False) -> list[RecordOutcome]:
    """A batch exercising every decision, reason and Flag status."""
    values = [
        oru(control_id="S1", accession="SA1", status="P", impression=POSITIVE),
        oru(control_id="S2", accession="SA1", status="F", impression=POSITIVE),
        oru(control_id="S3", accession="SA1", status="C", impression=NEGATIVE),
        oru(control_id="S4", accession="SA1", status="C", impression=POSITIVE),
        oru(control_id="S5", accession="SA1", status="X", impression=""),
        oru(control_id="S6", accession="SA2", status="X", impression=POSITIVE),
        oru(control_id="S7", accession="SA3", impression=NEGATIVE, patient_id="P9", visit=""),
        oru(control_id="S8", accession="SA4", procedure="71260^CT CHEST^L"),
        adt("S9"),
        oru(control_id="S10", accession="SA5", impression="It is.") + oru(control_id="S11", accession="SA6"),
        b"garbage",
        b"",
        oru(control_id="S12", accession="").replace(b"PL100", b"").replace(b"FI100", b""),
        oru(control_id="S13", accession="SA1", status="F", impression=NEGATIVE),  # after its X: stale
    ]
    records = [SourceRecord("hl7.oru", 0, i, v, key=None if i % 2 else b"k") for i, v in enumerate(values)]
    settings = Settings(fhir_release=release, shadow=shadow)  # type: ignore[arg-type]
    proc = Processor.from_settings(KeywordScorer(), settings, clock=lambda: datetime(2024, 1, 1, tzinfo=UTC))  # type: ignore[arg-type]
    return proc.process_batch(records, {})


@cache
def _outputs(release: str = "R4B", shadow: bool = False) -> dict[str, list]:
    settings = Settings(fhir_release=release, shadow=shadow)  # type: ignore[arg-type]
    out: dict[str, list] = {"flag": [], "state": [], "audit": [], "dlq": []}
    for outcome in _run(release, shadow):
        for msg in outcome.outputs:
            topics = settings.run_topics  # shadow mode applied
            if msg.topic == topics.flag:
                out["flag"].append(json.loads(msg.value))
            elif msg.topic == topics.flag_state:
                out["state"].append(json.loads(msg.value))
            elif msg.topic == topics.audit:
                out["audit"].append(json.loads(msg.value))
            elif msg.topic == topics.dead_letter:
                out["dlq"].append(dead_letter_envelope(msg))
            else:
                raise AssertionError(f"unexpected topic {msg.topic}")
    return out


def test_the_batch_covers_every_decision_and_status() -> None:
    out = _outputs()
    assert {a["decision"] for a in out["audit"]} == {"positive", "negative", "skipped", "dead_letter"}
    assert {f["status"] for f in out["flag"]} == {"active", "inactive", "entered-in-error"}
    assert {a["reason"] for a in out["audit"]} >= {
        "not_oru",
        "procedure_filter",
        "cancelled",
        "no_report_text",
        "stale_result_status",
    }
    assert {a["flag_action"] for a in out["audit"]} >= {"created", "unchanged", "withdrawn", "stale"}
    # S2 (F, still positive) publishes no Flag but records the F it rests on; S6 (X) and S7 (F negative)
    # leave no Flag but record their rank (rank-only records: flag_id and status null)
    rank_only = [(s["accession"], s["result_status"]) for s in out["state"] if s["flag_id"] is None]
    assert sorted(rank_only) == [("SA2", "X"), ("SA3", "F")]
    assert len(out["dlq"]) >= 4 and len(out["state"]) == len(out["flag"]) + 1 + 2 == 8


@pytest.mark.parametrize("release,shadow", [("R4B", False), ("R5", True)])
def test_real_outputs_match_their_schemas(release: str, shadow: bool) -> None:
    out = _outputs(release, shadow)
    for kind, schema in [
        ("audit", "audit-record.schema.json"),
        ("flag", "flag-profile.schema.json"),
        ("state", "flag-state.schema.json"),
        ("dlq", "dead-letter.schema.json"),
    ]:
        assert out[kind], kind
        for instance in out[kind]:
            assert _errors(schema, instance) == [], (kind, instance)


@pytest.mark.parametrize(
    "schema,kind,mutate",
    [
        (
            "audit-record.schema.json",
            "audit",
            lambda a: a.update(text="IMPRESSION: ..."),
        ),  # no extra fields (PHI)
        ("audit-record.schema.json", "audit", lambda a: a.update(decision="maybe")),
        ("audit-record.schema.json", "audit", lambda a: a["timings"].pop("score_ms")),
        ("flag-profile.schema.json", "flag", lambda f: f["code"]["coding"][0].update(code="230690007")),
        ("flag-profile.schema.json", "flag", lambda f: f.update(id="flag-1")),
        (
            "flag-profile.schema.json",
            "flag",
            lambda f: f.update(extension=f["extension"][1:]),
        ),  # no probability
        ("flag-state.schema.json", "state", lambda s: s.update(status="deleted")),
        ("dead-letter.schema.json", "dlq", lambda d: d["headers"].pop("triage-dlq-reason")),
    ],
)
def test_schemas_reject_broken_outputs(schema: str, kind: str, mutate) -> None:
    instance = copy.deepcopy(_outputs()[kind][0])
    assert _errors(schema, instance) == []
    mutate(instance)
    assert _errors(schema, instance) != []


def test_the_internal_error_outcome_is_a_full_audit_record_and_a_dead_letter() -> None:
    """The daemon's path for a record whose processing raised (a bug): the same contract as any other."""
    settings = Settings()
    proc = Processor.from_settings(KeywordScorer(), settings, clock=lambda: datetime(2024, 1, 1, tzinfo=UTC))  # type: ignore[arg-type]
    record = SourceRecord("hl7.oru", 3, 17, oru(control_id="E1", accession="EA1"), key=b"k")
    outcome = proc.internal_error(record, RuntimeError("a bug"), total_ms=12.5)
    audit = json.loads(next(m.value for m in outcome.outputs if m.topic == settings.topics.audit))
    assert _errors("audit-record.schema.json", audit) == []
    assert outcome.audit_json() == [audit]
    assert audit["decision"] == "dead_letter" and audit["reason"] == "internal_error"
    assert audit["source"] == {
        "topic": "hl7.oru",
        "partition": 3,
        "offset": 17,
        "message_index": 0,
        "order_index": 0,
    }
    assert audit["model_version"] == proc.model_version and audit["threshold"] == proc.threshold
    (dead,) = [m for m in outcome.outputs if m.topic == settings.topics.dead_letter]
    assert _errors("dead-letter.schema.json", dead_letter_envelope(dead)) == []
    assert dict(dead.headers)["triage-dlq-reason"] == b"internal_error"


@pytest.mark.parametrize("name", ["audit-record.schema.json", "flag-state.schema.json"])
def test_the_published_schema_is_the_one_generated_from_the_typed_record(name: str) -> None:
    """schemas/ holds what triage.pipeline.schemas generates from the record classes (`make schemas`), so a
    field added to AuditRecord without regenerating (or an edit by hand) fails here."""
    from triage.pipeline.schemas import GENERATED, render

    assert (SCHEMAS / name).read_text(encoding="utf-8") == render(GENERATED[name]())


def test_a_record_without_a_field_of_the_class_is_refused() -> None:
    """The generated schema is closed and complete: every field of the class is required."""
    from dataclasses import fields

    from triage.pipeline.audit import AuditRecord

    schema = json.loads((SCHEMAS / "audit-record.schema.json").read_text())
    assert schema["required"] == [f.name for f in fields(AuditRecord)]
    audit = copy.deepcopy(_outputs()["audit"][0])
    del audit["policy_score"]
    assert _errors("audit-record.schema.json", audit) != []


def test_an_audit_record_written_before_evidence_sources_still_validates() -> None:
    """Auditors replay old topics: attribute evidence without `source` (written before findings were read)
    indexes the scored text and stays valid; an unknown source does not."""
    audits = [a for a in _outputs()["audit"] if (a.get("attributes") or {}).get("evidence")]
    assert audits, "the batch has no positive with attribute evidence"
    old = copy.deepcopy(audits[0])
    for item in old["attributes"]["evidence"]:
        item.pop("source")
    assert _errors("audit-record.schema.json", old) == []
    for item in old["attributes"]["evidence"]:
        item["source"] = "elsewhere"
    assert _errors("audit-record.schema.json", old) != []
