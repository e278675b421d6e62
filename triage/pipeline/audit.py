"""Audit records: one per HL7 message (schemas/audit-record.schema.json).

PHI rule: ids and decisions only. No report text, impression, names or birth dates ever enter a record;
the builder takes explicit id fields instead of a Report so nothing else can leak in.
`timings` and `processed_at` are the only non-deterministic fields (replay comparisons ignore exactly these).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from triage.core import DecisionKind, FlagAction, KafkaMessage, Report, SourceRef
from triage.mining.keyimages import ImageRef, refs_view
from triage.pipeline.bounds import MAX_EVIDENCE
from triage.pipeline.decision import SCORE_DECIMALS, round_score
from triage.pipeline.policy import PolicyDecision
from triage.priority import BleedAttributes, PriorityGrade
from triage.rules.result import RuleResult

AUDIT_SCHEMA_VERSION = 1
NONDETERMINISTIC_FIELDS = ("timings", "processed_at")


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What every audit record says about the model that decided (or would have decided)."""

    model_version: str
    model_sha256: str
    normalization_version: str
    threshold: float
    rules_version: str = "none"
    decision_policy: str = "model"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def report_time(report: Report | None) -> datetime | None:
    """The report's own time: OBR-22 result time, else OBR-7 observation time, else MSH-7."""
    if report is None:
        return None
    return report.result_time or report.observation_time or report.message_time


def build_audit(
    *,
    source: SourceRef,
    decision: DecisionKind,
    model: ModelInfo,
    mode: str,
    processed_at: datetime,
    timings: dict[str, float],
    report: Report | None = None,
    control_id: str | None = None,
    accession: str | None = None,
    message_type: str | None = None,
    reason: str | None = None,
    error_type: str | None = None,
    score: float | None = None,
    policy_score: float | None = None,
    flag_id: str | None = None,
    flag_action: FlagAction = FlagAction.NONE,
    flag_status: str | None = None,
    window: int | None = None,
    windows: int | None = None,
    unknown_share: float | None = None,
    rules: RuleResult | None = None,
    policy: PolicyDecision | None = None,
    key_images: list[ImageRef] | None = None,
    attributes: BleedAttributes | None = None,
    grade: PriorityGrade | None = None,
) -> dict[str, Any]:
    """One audit record. With a Report, its ids (never its text) fill the id fields. `window` is the index of
    the deciding window among `windows` read (never its text); `unknown_share` the share of the scored
    tokens outside the model's vocabulary (the first drift signal). `rules`: the rule tier's result,
    recorded as assertion, concepts and evidence as character offsets into the scored text of section
    `impression_source` (never the text); `policy`: what the decision policy made of score and rules;
    `key_images`: the image references the scored text cites (triage.mining.keyimages, the second paper's
    "series 3, image 45"), at most MAX_KEY_IMAGES, as numbers and offsets (never text); `attributes`: the
    bleed's attributes (triage.priority, offsets into the scored text like the rules' evidence; null without a
    positive rule-tier mention); `grade`: a positive's worklist priority and its reasons."""
    if report is not None:
        control_id = report.control_id
        message_type = report.message_type
        accession = report.accession
    return {
        "schema_version": AUDIT_SCHEMA_VERSION,
        "source": {
            "topic": source.topic,
            "partition": source.partition,
            "offset": source.offset,
            "message_index": source.message_index,
        },
        "control_id": control_id,
        "accession": accession,
        "accession_source": report.accession_source if report else None,
        "placer_order_number": report.placer_order_number if report else None,
        "filler_order_number": report.filler_order_number if report else None,
        "patient_id": report.patient_id if report else None,
        "patient_id_authority": report.patient_id_authority if report else None,
        "message_type": message_type,
        "sending_application": report.sending_application if report else None,
        "sending_facility": report.sending_facility if report else None,
        "result_status": str(report.result_status) if report and report.result_status is not None else None,
        "procedure_code": report.procedure_code if report else None,
        "impression_source": report.impression_source if report else None,
        "parser_warnings": list(report.warnings) if report else [],
        "decision": str(decision),
        "reason": reason,
        "error_type": error_type,
        "score": round_score(score),
        "policy_score": round_score(policy_score),
        "window": window,
        "windows": windows,
        "unknown_share": None if unknown_share is None else round(float(unknown_share), 4),
        "rules": _rules_view(rules, report),
        "key_images": refs_view(key_images),
        "attributes": _attributes_view(attributes),
        "priority": grade.priority if grade else None,
        "priority_reasons": list(grade.reasons) if grade else [],
        "decided_by": policy.decided_by if policy else None,
        "disagreement": policy.disagreement if policy else None,
        "decision_policy": model.decision_policy,
        "rules_version": model.rules_version,
        "threshold": round(float(model.threshold), SCORE_DECIMALS),
        "model_version": model.model_version,
        "model_sha256": model.model_sha256,
        "normalization_version": model.normalization_version,
        "flag_id": flag_id,
        "flag_action": str(flag_action),
        "flag_status": flag_status,
        "mode": mode,
        "report_time": _iso(report_time(report)),
        "timings": {k: round(float(v), 3) for k, v in timings.items()},
        "processed_at": processed_at.isoformat(),
    }


def _attributes_view(attributes: BleedAttributes | None) -> dict[str, Any] | None:
    if attributes is None or not attributes.subtypes:
        return None
    view = attributes.to_json()
    view["evidence"] = view["evidence"][:MAX_EVIDENCE]  # type: ignore[index]
    return view


def _rules_view(rules: RuleResult | None, report: Report | None) -> dict[str, Any] | None:
    if rules is None:
        return None
    return {
        "assertion": rules.assertion,
        "concepts": list(rules.concepts),
        "section": report.impression_source if report else None,
        "evidence": [  # bounded: a long report may repeat a term thousands of times
            {"start": e.start, "end": e.end, "concept": e.concept, "assertion": e.assertion}
            for e in list(rules.evidence)[:MAX_EVIDENCE]
        ],
    }


def audit_json_bytes(record: dict[str, Any]) -> bytes:
    """The contract's serialization: sorted keys, compact separators."""
    return json.dumps(record, sort_keys=True, separators=(",", ":")).encode("utf-8")


def deterministic_view(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its non-deterministic fields (what replay comparisons compare)."""
    return {k: v for k, v in record.items() if k not in NONDETERMINISTIC_FIELDS}


def audit_message(record: dict[str, Any], *, topic: str, model_version: str) -> KafkaMessage:
    """Key = accession, else MSH-10, else none."""
    key = record.get("accession") or record.get("control_id")
    return KafkaMessage(
        topic=topic,
        key=key.encode("utf-8") if key else None,
        value=audit_json_bytes(record),
        headers=(
            ("content-type", b"application/json"),
            ("triage-model-version", model_version.encode("utf-8")),
        ),
    )
