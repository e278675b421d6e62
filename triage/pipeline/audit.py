"""Audit records: one typed, frozen `AuditRecord` per HL7 message, serialized once at the Kafka edge
(`audit_message`); schemas/audit-record.schema.json is generated from the class (triage.pipeline.schemas).

PHI rule: ids and decisions only. No report text, impression, names or birth dates ever enter a record;
the builder takes explicit id fields instead of a Report so nothing else can leak in.
`timings` and `processed_at` are the only non-deterministic fields (replay comparisons ignore exactly these).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from enum import Enum
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Annotated, Any, Literal

from pydantic import Field

from triage.core import DecisionKind, FlagAction, KafkaMessage, Report, ResultStatus, SourceRef
from triage.pipeline.bounds import MAX_EVIDENCE
from triage.pipeline.decision import SCORE_DECIMALS, round_score
from triage.pipeline.policy import DecidedBy, Policy, PolicyDecision
from triage.priority import BleedAttributes, PriorityGrade
from triage.priority.attributes import Acuity, Change, EvidenceSource, MassEffectSign, Subtype
from triage.priority.policy import Priority
from triage.rules.result import RuleResult
from triage.text.keyimages import MAX_KEY_IMAGES, ImageRef

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


Count = Annotated[int, Field(ge=0)]
Share = Annotated[float, Field(ge=0, le=1)]
Millis = Annotated[float, Field(ge=0)]
Assertion = Literal["affirmed", "uncertain", "negated", "historical", "hypothetical", "extracranial", "none"]
MentionAssertion = Literal["affirmed", "uncertain", "negated", "historical", "hypothetical", "extracranial"]
Text = Annotated[str, Field(min_length=1)]


@dataclass(frozen=True, slots=True)
class AuditSource:
    """Where the message came from."""

    topic: Text
    partition: Count
    offset: Count
    message_index: Count  # the message's position inside the record
    order_index: Count = 0  # the order's position inside a multi-order message (absent before: 0)


@dataclass(frozen=True, slots=True)
class AuditEvidence:
    """One rule mention: character offsets into the text `source` names, never the text."""

    start: Count
    end: Count
    concept: str
    assertion: MentionAssertion
    source: Annotated[
        EvidenceSource,
        Field(
            description="the text start/end index: 'scored' = the scored text (impression_source), "
            "'findings' = the report's FINDINGS the scored text leaves out (read only when the scored text "
            "mentions no bleed; decided_by 'findings'); absent in records written before it existed, which "
            "all index the scored text"
        ),
    ] = "scored"


@dataclass(frozen=True, slots=True)
class AuditRules:
    """The ConText rule tier on the scored text."""

    assertion: Assertion
    concepts: tuple[str, ...]
    section: str | None
    evidence: tuple[AuditEvidence, ...]


@dataclass(frozen=True, slots=True)
class AuditMassEffect:
    """The mass-effect signs the report states."""

    midline_shift: bool
    midline_shift_mm: Annotated[float, Field(ge=0)] | None
    midline_shift_mild: bool
    herniation: bool
    cistern_effacement: bool
    hydrocephalus: bool
    intraventricular_extension: bool
    known: Annotated[tuple[MassEffectSign, ...], Field(description="signs stated stable or improving")]


@dataclass(frozen=True, slots=True)
class AuditAttributeEvidence:
    """The cue (offsets, never the text) for `attribute` having `value`; `source` names the text the offsets
    index: the scored text, or the report's FINDINGS the scored text leaves out (mass effect only)."""

    start: Count
    end: Count
    attribute: str
    value: str
    source: Annotated[
        EvidenceSource,
        Field(
            description="the text start/end index: 'scored' = the scored text (impression_source), "
            "'findings' = the report's FINDINGS sections the scored text leaves out; absent in records "
            "written before it existed, which all index the scored text"
        ),
    ] = "scored"


@dataclass(frozen=True, slots=True)
class AuditAttributes:
    """What the report says about the bleed (triage.priority.attributes)."""

    subtypes: Annotated[tuple[Subtype, ...], Field(min_length=1)]
    acuity: Acuity
    change: Change
    mass_effect: AuditMassEffect
    size_mm: Annotated[
        Annotated[float, Field(ge=0)] | None,
        Field(description="largest stated linear dimension of the bleed, mm"),
    ]
    volume_ml: Annotated[Annotated[float, Field(ge=0)] | None, Field(description="stated volume, mL")]
    evidence: Annotated[tuple[AuditAttributeEvidence, ...], Field(max_length=MAX_EVIDENCE)]


@dataclass(frozen=True, slots=True)
class AuditTimings:
    """Stage timings of the record (milliseconds)."""

    parse_ms: Millis
    score_ms: Millis
    rules_ms: Millis
    total_ms: Millis


def _d(text: str) -> Any:
    return Field(description=text)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit record (schemas/audit-record.schema.json is generated from this class: ``make schemas``).
    Serialized once, at the Kafka edge (`to_json` / `audit_message`); metrics and logs read attributes."""

    schema_version: Literal[1]
    source: Annotated[
        AuditSource, _d("Kafka coordinates of the input record and the index of this HL7 message inside it.")
    ]
    control_id: Annotated[str | None, _d("MSH-10")]
    accession: Annotated[
        str | None,
        _d(
            "the first value that can be an identifier among the site's accession sources "
            "(TRIAGE_ACCESSION_SOURCES; default IPC-1, OBR-18, OBR-3, ORC-3, OBR-2, ORC-2, TXA-15, TXA-14)"
        ),
    ]
    accession_source: Annotated[
        Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9]{2}-[1-9][0-9]{0,2}$")] | None,
        _d("the field the accession was read from, e.g. OBR-18"),
    ]
    placer_order_number: Annotated[str | None, _d("OBR-2.1, else ORC-2.1")]
    filler_order_number: Annotated[
        str | None,
        _d(
            "OBR-3.1, else ORC-3.1; with the accession it tells two orders that share an accession "
            "apart (their Flags are separate)"
        ),
    ]
    patient_id: Annotated[str | None, _d("PID-3.1 identifier only (no name, no birth date)")]
    patient_id_authority: Annotated[str | None, _d("PID-3.4.1")]
    message_type: Annotated[str | None, _d("MSH-9 as sent, e.g. ORU^R01")]
    sending_application: str | None
    sending_facility: str | None
    result_status: Annotated[ResultStatus | None, _d("OBR-25 (an MDM: TXA-17) normalized to HL7 table 0123")]
    procedure_code: Annotated[str | None, _d("OBR-4.1 (an MDM without OBR: TXA-2, document type)")]
    impression_source: Annotated[
        str | None, _d("where the scored text came from (obx_impression, heading, fallback_...)")
    ]
    parser_warnings: Annotated[tuple[str, ...], _d("graceful-degradation notes from the parser, no PHI")]
    decision: DecisionKind
    reason: Annotated[
        Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")] | None,
        _d(
            "skip reason (not_oru, mdm_without_content, mdm_obsolete, procedure_filter, cancelled), "
            "dead-letter reason (see "
            "dead-letter.schema.json) or stale_result_status (flag_action stale: the report's OBR-25 steps "
            "back behind the Flag's, the Flag is left as it was); null for any other positive/negative"
        ),
    ]
    error_type: Annotated[str | None, _d("exception class name, dead letters only")]
    score: Annotated[Share | None, _d("model probability rounded to 6 decimals; null when not scored")]
    policy_score: Annotated[
        Share | None,
        _d(
            "ranking score of the policy that decided (triage/pipeline/policy.py: model = probability; "
            "rules = 1 affirmed, 0.75 uncertain, 0.25 none, 0 other; ensemble = (tier + probability) / "
            "4), rounded to 6 decimals: a site's ROC of what the product decides; null when not scored"
        ),
    ]
    window: Annotated[
        Count | None,
        _d(
            "index (from 0) of the window of 50 tokens that decided the score (its maximum); never its "
            "text; null when not scored"
        ),
    ]
    windows: Annotated[
        Annotated[int, Field(ge=1)] | None,
        _d("number of overlapping token windows the scored text was read in; null when not scored"),
    ]
    unknown_share: Annotated[
        Share | None,
        _d("share of the scored tokens outside the model's vocabulary (4 decimals): the first drift signal"),
    ]
    rules: Annotated[
        AuditRules | None,
        _d(
            "the ConText rule tier on the scored text (and on the FINDINGS it leaves out when the scored "
            "text mentions no bleed); null when not scored. Evidence = character offsets into the text its "
            "`source` names (the text of `section`, the impression_source, or the FINDINGS), never the text"
        ),
    ]
    key_images: Annotated[
        Annotated[tuple[ImageRef, ...], Field(max_length=MAX_KEY_IMAGES)] | None,
        _d(
            "key-image references the scored text cites (the second paper's '(series 3, image 45)', "
            "'images 1013-78' = 1013 to 1078; triage.text.keyimages), in text order, at most 32; "
            "series null when none is named; sentence = index of the sentence (from 0) and start/end = "
            "character offsets into the text of `impression_source`, never the text; null when not "
            "scored"
        ),
    ]
    attributes: Annotated[
        AuditAttributes | None,
        _d(
            "what the report says about the bleed (triage.priority.attributes); null without a positive "
            "rule-tier mention. Evidence = character offsets into the text its `source` names (the scored "
            "text, like rules.evidence, or the FINDINGS the scored text leaves out), never text; at most 32"
        ),
    ]
    priority: Annotated[
        Priority | None,
        _d(
            "the worklist priority of a positive (triage.priority.policy; the Flag's category code and the "
            "triage-priority header); null for anything else"
        ),
    ]
    priority_reasons: Annotated[
        tuple[str, ...],
        _d("why the priority policy chose it (its own phrases, never report text); empty when no priority"),
    ]
    decided_by: Annotated[
        DecidedBy | None,
        _d(
            "which component decided under the decision policy (triage.pipeline.policy; 'findings' = the "
            "rules on the FINDINGS the conclusion leaves out, which mentions no bleed); null when not scored"
        ),
    ]
    disagreement: Annotated[
        bool | None,
        _d(
            "network and rules pointed different ways (the rules found a mention and the network said "
            "the opposite); null when not scored"
        ),
    ]
    decision_policy: Policy
    rules_version: Annotated[Text, _d("version of the rule resources (e.g. rules-1, rules-1+site.<sha8>)")]
    threshold: Annotated[Share, _d("operating threshold in force (artifact's or the configured override)")]
    model_version: Text
    model_sha256: Annotated[str, Field(pattern="^[0-9a-f]{64}$")]
    normalization_version: Text
    flag_id: Annotated[
        Annotated[str, Field(pattern="^ich-[0-9a-f]{32}$")] | None,
        _d("id of the study's Flag after this message, if it has one"),
    ]
    flag_action: FlagAction
    flag_status: Literal["active", "inactive", "entered-in-error"] | None
    flag_result_status: Annotated[
        ResultStatus | None,
        _d(
            "OBR-25 the study's Flag rests on after this message (the highest applied so far: "
            "triage.pipeline.decide.is_stale); null when the study has no Flag. With flag_action 'stale' "
            "it ranks above result_status, which was therefore not applied"
        ),
    ]
    mode: Literal["live", "shadow"]
    report_time: Annotated[datetime | None, _d("OBR-22, else OBR-7, else MSH-7 (ISO 8601 with offset)")]
    timings: Annotated[
        AuditTimings,
        _d(
            "non-deterministic: parse_ms = this record's parse, score_ms = the scoring call that scored "
            "this record (a large batch is taken in parts while it is parsed, each part finished as its "
            "call returns: its part's call; the call runs beside the rule tier: score_ms + rules_ms may "
            "exceed total_ms), rules_ms = the rule-tier calls on the same batch or part, total_ms = "
            "batch start to this record's outputs"
        ),
    ]
    processed_at: Annotated[datetime, _d("non-deterministic: when the batch was processed (UTC)")]

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON form (the schema's), e.g. for a test or a sink."""
        return _plain(self)

    def to_bytes(self) -> bytes:
        """The contract's serialization: sorted keys, compact separators (the bytes of
        ``audit_json_bytes(self.to_json())``, written straight from the record: `_json_text`)."""
        return _json_text(self).encode("utf-8")


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """A record (nested frozen dataclasses, tuples, enums, datetimes) as JSON-ready values. On the hot path
    (once per audit record): dispatch on the exact type, field names cached per class."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    out = {}
    for name in names:
        item = getattr(value, name)
        out[name] = item if type(item) in _SCALARS else _plain(item)
    return out


# ---- the one serialization, straight from the record --------------------------------------------------
# json.JSONEncoder(sort_keys=True, separators=(",", ":")) on `_plain(record)` gives the contract's bytes; on
# the hot path (every record) building that dict and sorting its keys cost about as much as the encoding.
# `_json_text` writes the same text from the record: each dataclass by a function made once per class that
# emits its fields in sorted order, every value as the C encoder writes it (ASCII escapes, repr of int and
# float, NaN / Infinity); a value of any other type falls back to the encoder on `_plain(value)`.
# tests/test_pipeline_audit_bytes.py compares the two on every kind of record.
_escape = encode_basestring_ascii
_float_repr = float.__repr__
_int_repr = int.__repr__
_WRITERS: dict[type, Callable[[Any], str]] = {}


def _json_text(value: Any) -> str:
    """`value` as `_ENCODER.encode(_plain(value))` writes it."""
    kind = type(value)
    if kind is str:
        return _escape(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return _int_repr(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value == math.inf:
            return "Infinity"
        if value == -math.inf:
            return "-Infinity"
        return _float_repr(value)
    if kind is tuple or kind is list:
        return "[" + ",".join([_json_text(v) for v in value]) + "]"
    writer = _WRITERS.get(kind)
    if writer is not None:
        return writer(value)
    if isinstance(value, Enum):
        return _json_text(value.value)
    if isinstance(value, datetime):
        return _escape(value.isoformat())
    if is_dataclass(value) and not isinstance(value, type):
        return _writer(kind)(value)
    return _ENCODER.encode(_plain(value))  # anything else exactly as before (or its TypeError)


def _writer(kind: type) -> Callable[[Any], str]:
    """The JSON writer of one dataclass: its fields in sorted order (made once per class)."""
    names = sorted(f.name for f in fields(kind))
    parts = ", ".join(f"{_escape(name) + ':'!r} + _json_text(v.{name})" for name in names)
    namespace: dict[str, Any] = {"_json_text": _json_text}
    exec(f"def write(v):\n    return '{{' + ','.join([{parts}]) + '}}'\n", namespace)
    _WRITERS[kind] = namespace["write"]
    return _WRITERS[kind]


def report_time(report: Report | None) -> datetime | None:
    """The report's own time: OBR-22 result time, else OBR-7 observation time, else MSH-7."""
    if report is None:
        return None
    return report.result_time or report.observation_time or report.message_time


# Report fields an audit record copies as they are (ids, never text)
_REPORT_IDS = (
    "accession_source",
    "placer_order_number",
    "filler_order_number",
    "patient_id",
    "patient_id_authority",
    "sending_application",
    "sending_facility",
    "result_status",
    "procedure_code",
    "impression_source",
)


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
    flag_result_status: str | None = None,
    window: int | None = None,
    windows: int | None = None,
    unknown_share: float | None = None,
    rules: RuleResult | None = None,
    policy: PolicyDecision | None = None,
    key_images: list[ImageRef] | None = None,
    attributes: BleedAttributes | None = None,
    grade: PriorityGrade | None = None,
) -> AuditRecord:
    """One audit record. With a Report, its ids (never its text) fill the id fields. `window` is the index of
    the deciding window among `windows` read (never its text); `unknown_share` the share of the scored
    tokens outside the model's vocabulary (the first drift signal). `rules`: the rule tier's result,
    recorded as assertion, concepts and evidence as character offsets into the scored text of section
    `impression_source`, or into the FINDINGS when they decided (evidence ``source``; never the text);
    `policy`: what the decision policy made of score and rules;
    `key_images`: the image references the scored text cites (triage.text.keyimages, the second paper's
    "series 3, image 45"), at most MAX_KEY_IMAGES, as numbers and offsets (never text); `attributes`: the
    bleed's attributes (triage.priority, offsets into the scored text like the rules' evidence; null without a
    positive rule-tier mention); `grade`: a positive's worklist priority and its reasons."""
    if report is not None:
        control_id = report.control_id
        message_type = report.message_type
        accession = report.accession
    copied = {name: getattr(report, name) if report is not None else None for name in _REPORT_IDS}
    return AuditRecord(
        schema_version=AUDIT_SCHEMA_VERSION,
        source=AuditSource(
            source.topic, source.partition, source.offset, source.message_index, source.order_index
        ),
        control_id=control_id,
        accession=accession,
        message_type=message_type,
        **copied,
        parser_warnings=tuple(report.warnings) if report else (),
        decision=decision,
        reason=reason,
        error_type=error_type,
        score=round_score(score),
        policy_score=round_score(policy_score),
        window=window,
        windows=windows,
        unknown_share=None if unknown_share is None else round(float(unknown_share), 4),
        rules=_rules_view(rules, report),
        key_images=None if key_images is None else tuple(key_images[:MAX_KEY_IMAGES]),
        attributes=_attributes_view(attributes),
        priority=grade.priority if grade else None,
        priority_reasons=tuple(grade.reasons) if grade else (),
        decided_by=policy.decided_by if policy else None,
        disagreement=policy.disagreement if policy else None,
        decision_policy=model.decision_policy,  # type: ignore[arg-type]
        rules_version=model.rules_version,
        threshold=round(float(model.threshold), SCORE_DECIMALS),
        model_version=model.model_version,
        model_sha256=model.model_sha256,
        normalization_version=model.normalization_version,
        flag_id=flag_id,
        flag_action=flag_action,
        flag_status=flag_status,  # type: ignore[arg-type]
        flag_result_status=None if flag_result_status is None else ResultStatus(flag_result_status),
        mode=mode,  # type: ignore[arg-type]
        report_time=report_time(report),
        timings=AuditTimings(
            *(round(float(timings.get(k, 0.0)), 3) for k in ("parse_ms", "score_ms", "rules_ms", "total_ms"))
        ),
        processed_at=processed_at,
    )


def _attributes_view(attributes: BleedAttributes | None) -> AuditAttributes | None:
    if attributes is None or not attributes.subtypes:
        return None
    a = attributes
    return AuditAttributes(
        subtypes=a.subtypes,
        acuity=a.acuity,
        change=a.change,
        mass_effect=AuditMassEffect(
            a.midline_shift,
            a.midline_shift_mm,
            a.midline_shift_mild,
            a.herniation,
            a.cistern_effacement,
            a.hydrocephalus,
            a.intraventricular_extension,
            a.mass_effect_known,
        ),
        size_mm=a.size_mm,
        volume_ml=a.volume_ml,
        evidence=tuple(
            AuditAttributeEvidence(e.start, e.end, e.attribute, e.value, e.source)
            for e in a.evidence[:MAX_EVIDENCE]
        ),
    )


def _rules_view(rules: RuleResult | None, report: Report | None) -> AuditRules | None:
    if rules is None:
        return None
    return AuditRules(
        assertion=rules.assertion,
        concepts=tuple(rules.concepts),
        section=report.impression_source if report else None,
        evidence=tuple(  # bounded: a long report may repeat a term thousands of times
            AuditEvidence(e.start, e.end, e.concept, e.assertion, e.source)  # type: ignore[arg-type]
            for e in list(rules.evidence)[:MAX_EVIDENCE]
        ),
    )


# json.dumps with these arguments builds an encoder per call: made once (it keeps no state between calls)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def audit_json_bytes(record: dict[str, Any]) -> bytes:
    """The contract's serialization: sorted keys, compact separators (json.dumps's bytes)."""
    return _ENCODER.encode(record).encode("utf-8")


def deterministic_view(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its non-deterministic fields (what replay comparisons compare)."""
    return {k: v for k, v in record.items() if k not in NONDETERMINISTIC_FIELDS}


def audit_message(record: AuditRecord, *, topic: str, model_version: str) -> KafkaMessage:
    """The record at the Kafka edge: key = accession, else MSH-10, else none; value its one serialization."""
    key = record.accession or record.control_id
    return KafkaMessage(
        topic=topic,
        key=key.encode("utf-8") if key else None,
        value=record.to_bytes(),
        headers=(
            ("content-type", b"application/json"),
            ("triage-model-version", model_version.encode("utf-8")),
        ),
    )
