"""Processor end to end on handwritten ORU bytes: real parser (triage.hl7), real normalization, real FHIR
validation; the model is a keyword stand-in here (test_pipeline_model.py runs a really trained artifact)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fhir.resources.flag import Flag as FlagR5
from fhir.resources.R4B.flag import Flag as FlagR4B
from test_pipeline_support import (
    BIRTH_DATE,
    PATIENT_FAMILY,
    PATIENT_GIVEN,
    SECRET_PHRASE,
    KeywordScorer,
    adt,
    oru,
)

from triage.config import Settings
from triage.core import KafkaMessage, RecordOutcome, SourceRecord
from triage.fhir.flag import flag_id
from triage.pipeline.audit import deterministic_view
from triage.pipeline.process import Processor
from triage.pipeline.state import FlagState

POSITIVE = "Acute subdural hemorrhage along the left convexity."
NEGATIVE = "No acute intracranial hemorrhage. Age-appropriate volume loss."
FIXED_NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def _settings(**kw: object) -> Settings:
    return Settings(**kw)  # type: ignore[arg-type]


def _processor(**kw: object) -> tuple[Processor, KeywordScorer]:
    scorer = KeywordScorer()
    return Processor.from_settings(scorer, _settings(**kw), clock=lambda: FIXED_NOW), scorer  # type: ignore[arg-type]


def _records(*values: bytes, start: int = 0) -> list[SourceRecord]:
    return [
        SourceRecord("hl7.oru", 2, start + i, v, key=f"k{start + i}".encode()) for i, v in enumerate(values)
    ]


def _by_topic(outcome: RecordOutcome, topic: str) -> list[KafkaMessage]:
    return [m for m in outcome.outputs if m.topic == topic]


def _headers(msg: KafkaMessage) -> dict[str, bytes]:
    return dict(msg.headers)


def test_positive_report_produces_flag_state_and_audit_in_order() -> None:
    proc, _ = _processor()
    state: dict[str, FlagState] = {}
    [out] = proc.process_batch(_records(oru(impression=POSITIVE)), state)
    assert [m.topic for m in out.outputs] == ["worklist.priority", "triage.flag-state", "triage.audit"]
    flag_msg, state_msg, audit_msg = out.outputs
    assert flag_msg.key == b"ACC100" and state_msg.key == b"ACC100" and audit_msg.key == b"ACC100"
    flag = FlagR4B.model_validate_json(flag_msg.value)
    assert flag.id == flag_id("ACC100", "kw-test-1") and flag.status == "active"
    h = _headers(flag_msg)
    assert h["content-type"] == b"application/fhir+json; fhirVersion=4.3"
    assert h["triage-msh10"] == b"MSG0001" and h["triage-model-version"] == b"kw-test-1"
    assert (h["triage-source-topic"], h["triage-source-partition"], h["triage-source-offset"]) == (
        b"hl7.oru",
        b"2",
        b"0",
    )
    assert h["triage-message-index"] == b"0"
    assert FlagState.from_json(state_msg.value) == state["ACC100"]
    assert state["ACC100"].status == "active" and state["ACC100"].flag_id == flag.id
    [audit] = out.audit_json()
    assert json.loads(audit_msg.value) == audit
    assert (
        audit["decision"] == "positive" and audit["flag_action"] == "created" and audit["flag_id"] == flag.id
    )
    assert audit["score"] == pytest.approx(0.9) and audit["threshold"] == 0.5
    assert audit["source"] == {
        "topic": "hl7.oru",
        "partition": 2,
        "offset": 0,
        "message_index": 0,
        "order_index": 0,
    }
    assert audit["report_time"] == "2024-03-04T10:30:00+00:00"
    assert audit["mode"] == "live" and audit["processed_at"] == FIXED_NOW.isoformat()


def test_negative_gives_audit_only_and_filters_skip_with_reason() -> None:
    proc, scorer = _processor()
    records = _records(
        oru(impression=NEGATIVE, accession="A1"),
        oru(impression=POSITIVE, accession="A2", procedure="71260^CT CHEST WITH CONTRAST^L"),
        adt(),
    )
    state: dict[str, FlagState] = {}
    outs = proc.process_batch(records, state)
    # the final negative publishes no Flag; it records its rank only (a late preliminary is then stale)
    assert [[m.topic for m in o.outputs] for o in outs] == [
        ["triage.flag-state", "triage.audit"],
        ["triage.audit"],
        ["triage.audit"],
    ]
    assert [(o.audit_json()[0]["decision"], o.audit_json()[0]["reason"]) for o in outs] == [
        ("negative", None),
        ("skipped", "procedure_filter"),
        ("skipped", "not_oru"),
    ]
    assert outs[2].audit_json()[0]["message_type"] == "ADT^A01"
    assert scorer.calls == [1]  # only the head CT was scored, in one call
    assert list(state) == ["A1"] and (state["A1"].flag_id, state["A1"].result_status) == (None, "F")


def test_one_scoring_call_per_batch() -> None:
    proc, scorer = _processor()
    records = _records(
        *[oru(accession=f"A{i}", impression=POSITIVE if i % 2 else NEGATIVE) for i in range(10)]
    )
    outs = proc.process_batch(records, {})
    assert scorer.calls == [10]
    assert [o.audit_json()[0]["decision"] for o in outs] == ["negative", "positive"] * 5


@pytest.mark.parametrize(
    "raw,reason",
    [
        (b"this is not HL7 at all", None),
        (b"", None),
        (oru(impression="It is, and was."), "no_report_text"),  # only stop words: nothing left to score
        (
            oru(accession="", impression=POSITIVE).replace(b"PL100", b"").replace(b"FI100", b""),
            "no_accession",
        ),
        (
            oru(accession="CHEST", impression=POSITIVE).replace(b"PL100", b"").replace(b"FI100", b""),
            "no_accession",
        ),
        (
            oru(impression=POSITIVE).replace(b"MSH|^~\\&|", b"MSH|~\\&|"),
            "unparseable",
        ),  # MSH-2 shifted by one
    ],
)
def test_failures_go_to_the_dead_letter_topic_byte_identical(raw: bytes, reason: str | None) -> None:
    proc, _ = _processor()
    [out] = proc.process_batch(_records(raw, start=41), {})
    [dlq] = _by_topic(out, "hl7.oru.dlq")
    assert [m.topic for m in out.outputs] == ["triage.audit", "hl7.oru.dlq"]
    assert out.outputs[-1] is dlq
    assert dlq.value == raw and dlq.key == b"k41"
    h = _headers(dlq)
    assert h["triage-source-offset"] == b"41" and h["triage-source-partition"] == b"2"
    assert h["triage-source-topic"] == b"hl7.oru" and h["triage-message-index"] == b"0"
    assert h["triage-dlq-time"] == FIXED_NOW.isoformat().encode()
    assert h["triage-dlq-error-type"] and h["triage-dlq-error"]
    if reason:
        assert h["triage-dlq-reason"] == reason.encode()
    audit = out.audit_json()[0]
    assert audit["decision"] == "dead_letter" and audit["reason"] == h["triage-dlq-reason"].decode()
    assert audit["error_type"] == h["triage-dlq-error-type"].decode()


def test_oversize_record_is_dead_lettered() -> None:
    proc, _ = _processor(max_message_bytes=2048)
    raw = oru(impression=POSITIVE + " filler" * 400)
    [out] = proc.process_batch(_records(raw), {})
    [dlq] = _by_topic(out, "hl7.oru.dlq")
    assert dlq.value == raw and _headers(dlq)["triage-dlq-reason"] == b"oversize"


def test_multi_message_record_gives_one_audit_per_message() -> None:
    proc, _ = _processor()
    raw = (
        oru(control_id="M1", accession="A1", impression=POSITIVE)
        + adt("M2")
        + oru(control_id="M3", accession="A3", impression="It is.")
        + oru(control_id="M4", accession="A4", impression=NEGATIVE)
    )
    [out] = proc.process_batch(_records(raw), {})
    assert [a["source"]["message_index"] for a in out.audit_json()] == [0, 1, 2, 3]
    assert [a["control_id"] for a in out.audit_json()] == ["M1", "M2", "M3", "M4"]
    assert [a["decision"] for a in out.audit_json()] == ["positive", "skipped", "dead_letter", "negative"]
    [dlq] = _by_topic(out, "hl7.oru.dlq")
    assert dlq.value == raw and _headers(dlq)["triage-message-index"] == b"2"
    [flag] = _by_topic(out, "worklist.priority")
    assert _headers(flag)["triage-message-index"] == b"0"
    topics = [m.topic for m in out.outputs]
    # M4 (final negative) records its rank only: a second flag-state record, no Flag
    states = ["triage.flag-state"] * 2
    assert topics == ["worklist.priority", *states] + ["triage.audit"] * 4 + ["hl7.oru.dlq"]


def _lifecycle_inputs() -> list[bytes]:
    return [
        oru(control_id="L1", status="P", impression=POSITIVE),
        oru(control_id="L2", status="F", impression=POSITIVE),
        oru(control_id="L3", status="C", impression=NEGATIVE),
        oru(control_id="L4", status="C", impression=POSITIVE),
        oru(control_id="L5", status="X", impression=""),
    ]


@pytest.mark.parametrize("batch_size", [1, 5])
def test_p_f_c_x_lifecycle_same_inside_one_batch_and_across_batches(batch_size: int) -> None:
    proc, _ = _processor()
    state: dict[str, FlagState] = {}
    records = _records(*_lifecycle_inputs())
    outs: list[RecordOutcome] = []
    for i in range(0, len(records), batch_size):
        outs += proc.process_batch(records[i : i + batch_size], state)
    actions = [o.audit_json()[0]["flag_action"] for o in outs]
    assert actions == ["created", "unchanged", "withdrawn", "reactivated", "entered-in-error"]
    flags = [FlagR4B.model_validate_json(m.value) for o in outs for m in _by_topic(o, "worklist.priority")]
    assert [f.status for f in flags] == ["active", "inactive", "active", "entered-in-error"]
    assert len({f.id for f in flags}) == 1
    assert [o.audit_json()[0]["flag_status"] for o in outs] == [
        "active",
        "active",
        "inactive",
        "active",
        "entered-in-error",
    ]
    assert (
        outs[4].audit_json()[0]["decision"] == "skipped" and outs[4].audit_json()[0]["reason"] == "cancelled"
    )
    assert outs[4].audit_json()[0]["score"] is None
    assert state["ACC100"].status == "entered-in-error" and state["ACC100"].control_id == "L5"


def test_cancel_without_flag_is_a_plain_skip() -> None:
    """No Flag is published; the X is recorded as the study's rank, so a late preliminary of the cancelled
    order cannot create one."""
    proc, scorer = _processor()
    [out] = proc.process_batch(_records(oru(status="X", impression=POSITIVE)), {})
    assert [m.topic for m in out.outputs] == ["triage.flag-state", "triage.audit"]
    assert (
        out.audit_json()[0]["decision"],
        out.audit_json()[0]["reason"],
        out.audit_json()[0]["flag_action"],
    ) == (
        "skipped",
        "cancelled",
        "none",
    )
    assert scorer.calls == []


def test_model_upgrade_withdraws_the_existing_flag_under_its_own_id() -> None:
    proc, _ = _processor()
    old = FlagState("ACC100", flag_id("ACC100", "old-model"), "active", "old-model", "L0", "F")
    state = {"ACC100": old}
    [out] = proc.process_batch(_records(oru(status="C", impression=NEGATIVE)), state)
    [flag_msg] = _by_topic(out, "worklist.priority")
    flag = json.loads(flag_msg.value)
    assert flag["id"] == old.flag_id and flag["status"] == "inactive"
    assert state["ACC100"].model_version == "kw-test-1" and state["ACC100"].flag_id == old.flag_id


def test_redelivery_gives_identical_outputs_apart_from_timings() -> None:
    records = _records(*_lifecycle_inputs(), oru(accession="A9", impression=POSITIVE), b"garbage")
    runs = []
    for _ in range(2):
        proc, _ = _processor()
        runs.append(proc.process_batch(records, {}))
    for a, b in zip(*runs, strict=True):
        assert [m for m in a.outputs if m.topic != "triage.audit"] == [
            m for m in b.outputs if m.topic != "triage.audit"
        ]
        assert [deterministic_view(x) for x in a.audit_json()] == [
            deterministic_view(x) for x in b.audit_json()
        ]


def test_shadow_mode_and_r5() -> None:
    proc, _ = _processor(shadow=True, fhir_release="R5")
    [out] = proc.process_batch(_records(oru(impression=POSITIVE)), {})
    [flag_msg] = _by_topic(out, "worklist.priority.shadow")
    assert _headers(flag_msg)["content-type"] == b"application/fhir+json; fhirVersion=5.0"
    FlagR5.model_validate_json(flag_msg.value)
    assert out.audit_json()[0]["mode"] == "shadow"
    assert not _by_topic(out, "worklist.priority")


def test_shadow_run_topics_from_the_output_slice() -> None:
    """The Processor reads its topics from the output slice resolved once (Settings.run_topics): in shadow
    mode the lifecycle state and dead letters go to the shadow topics too."""
    proc, _ = _processor(shadow=True)
    [out] = proc.process_batch(_records(oru(impression=POSITIVE)), {})
    assert [m.topic for m in out.outputs] == [
        "worklist.priority.shadow",
        "triage.flag-state.shadow",
        "triage.audit",
    ]
    [dead] = proc.process_batch(_records(b"not hl7 at all"), {})
    assert "hl7.oru.dlq.shadow" in [m.topic for m in dead.outputs]


def test_scored_reports_reach_the_observer_given_at_construction() -> None:
    """The drift monitor's hook: every scored report's text and unknown-token share, nothing for skips."""
    seen: list[tuple[str, float | None]] = []
    proc = Processor.from_settings(
        KeywordScorer(),  # type: ignore[arg-type]
        _settings(),
        clock=lambda: FIXED_NOW,
        on_scored=lambda text, unknown: seen.append((text, unknown)),
    )
    proc.process_batch(
        _records(oru(impression=POSITIVE), oru(impression=NEGATIVE, accession="A2"), adt()), {}
    )
    assert len(seen) == 2
    assert POSITIVE in seen[0][0] and NEGATIVE in seen[1][0]


def test_threshold_override_from_settings() -> None:
    proc, _ = _processor(threshold=0.95, decision_policy="model")
    [out] = proc.process_batch(_records(oru(impression=POSITIVE)), {})
    assert out.audit_json()[0]["decision"] == "negative" and out.audit_json()[0]["threshold"] == 0.95
    assert out.audit_json()[0]["decided_by"] == "model" and out.audit_json()[0]["disagreement"] is True


@pytest.mark.parametrize(
    ("impression", "threshold", "decision", "decided_by", "assertion"),
    [
        # the network says no (threshold above its 0.9), the rules affirm: flagged, decided by the rules
        (POSITIVE, 0.95, "positive", "rules", "affirmed"),
        # both say yes
        (POSITIVE, 0.5, "positive", "both", "affirmed"),
        # hedged: flagged, carried as uncertain
        ("Small subdural hemorrhage cannot be excluded.", 0.95, "positive", "rules", "uncertain"),
        # the keyword stand-in scores 0.9 (hemorrhage, no "no"), the rules see a history: vetoed
        (
            "Known history of subarachnoid hemorrhage treated years ago.",
            0.5,
            "negative",
            "rules_veto",
            "historical",
        ),
        # no ICH concept at all: the network decides
        ("Chronic sinus disease.", 0.5, "negative", "model", "none"),
    ],
)
def test_ensemble_policy_in_the_processor(
    impression: str, threshold: float, decision: str, decided_by: str, assertion: str
) -> None:
    proc, _ = _processor(threshold=threshold)
    [out] = proc.process_batch(_records(oru(impression=impression)), {})
    audit = out.audit_json()[0]
    assert (audit["decision"], audit["decided_by"], audit["rules"]["assertion"]) == (
        decision,
        decided_by,
        assertion,
    )
    assert audit["decision_policy"] == "ensemble" and audit["rules_version"].startswith("rules-")
    for ev in audit["rules"]["evidence"]:  # offsets into the scored text, never the text itself
        assert 0 <= ev["start"] < ev["end"] <= len(impression)
    flags = _by_topic(out, "worklist.priority")
    assert len(flags) == (decision == "positive")
    if flags:
        ext = {e["url"].rsplit("/", 1)[1]: e for e in json.loads(flags[0].value)["extension"]}
        assert ext["ich-assertion"]["valueCode"] == assertion and ext["decided-by"]["valueCode"] == decided_by


def test_no_phi_in_audits_state_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    proc, _ = _processor()
    raw = oru(impression=f"Subdural hemorrhage. {SECRET_PHRASE}") + adt() + b"MSH|broken"
    records = _records(raw, oru(impression=NEGATIVE, accession="A2"), b"garbage " + PATIENT_FAMILY.encode())
    outs = proc.process_batch(records, {})
    leaked = [
        m.value
        for o in outs
        for m in o.outputs
        if m.topic in ("triage.audit", "triage.flag-state", "worklist.priority")
    ]
    leaked += [json.dumps(a).encode() for o in outs for a in o.audit_json()]
    leaked += [v for o in outs for m in o.outputs if m.topic == "hl7.oru.dlq" for _, v in m.headers]
    leaked.append(caplog.text.encode())
    assert len(leaked) > 8
    # concept codes ("subdural") are a controlled vocabulary; the report's own words must not appear
    for blob in leaked:
        for secret in (PATIENT_FAMILY, PATIENT_GIVEN, BIRTH_DATE, SECRET_PHRASE, "subdural hemorrhage"):
            assert secret.encode().lower() not in blob.lower(), secret


def test_overlapped_passes_equal_process_batch() -> None:
    """The stream layer may prepare batch N+1 before batch N is finished; outputs must not change."""
    values = [*_lifecycle_inputs(), oru(accession="A7", impression=POSITIVE), adt(), b"junk"]
    records = _records(*values)
    first, second = records[:4], records[4:]
    proc, _ = _processor()
    expected = proc.process_batch(first, state_a := {}) + proc.process_batch(second, state_a)
    proc, scorer = _processor()
    prepared_1 = proc.prepare(first)
    prepared_2 = proc.prepare(second)  # before batch 1 is scored or finished
    state_b: dict[str, FlagState] = {}
    got = proc.finish(proc.score(prepared_1), state_b) + proc.finish(proc.score(prepared_2), state_b)
    assert state_a == state_b
    for a, b in zip(expected, got, strict=True):
        assert [m for m in a.outputs if m.topic != "triage.audit"] == [
            m for m in b.outputs if m.topic != "triage.audit"
        ]
        assert [deterministic_view(x) for x in a.audit_json()] == [
            deterministic_view(x) for x in b.audit_json()
        ]
    assert scorer.calls == [4, 1]
    with pytest.raises(RuntimeError, match="score"):
        proc.finish(proc.prepare(first), {})


@pytest.mark.parametrize("publish", [True, False])
def test_disagreements_go_to_the_review_topic_only_when_asked(publish: bool) -> None:
    proc, _ = _processor(publish_review=publish)
    history = "Known history of subarachnoid hemorrhage treated years ago."  # network 0.9, rules historical
    [vetoed, agreed] = proc.process_batch(
        _records(oru(impression=history), oru(impression=POSITIVE, accession="A2"), start=0), {}
    )
    assert vetoed.audit_json()[0]["disagreement"] is True and agreed.audit_json()[0]["disagreement"] is False
    reviews = _by_topic(vetoed, "triage.review")
    assert len(reviews) == int(publish) and not _by_topic(agreed, "triage.review")
    if publish:
        assert json.loads(reviews[0].value) == vetoed.audit_json()[0]


def test_a_report_the_rule_tier_cannot_read_is_dead_lettered_alone() -> None:
    """The rule tier raising on one report must not fail (and re-poll forever) the whole batch."""
    from triage.rules.shared import shared_engine

    real = shared_engine(None)

    class Fragile:
        version = real.version

        def assess_batch(self, texts):
            if any("POISON" in t for t in texts):
                raise ValueError("E088-like failure")
            return real.assess_batch(texts)

        def assess(self, text):
            if "POISON" in text:
                raise ValueError("E088-like failure")
            return real.assess(text)

    proc = Processor.from_settings(KeywordScorer(), _settings(), clock=lambda: FIXED_NOW, rules=Fragile())  # type: ignore[arg-type]
    good, bad = proc.process_batch(
        _records(oru(impression=POSITIVE), oru(impression="POISON subdural hemorrhage", accession="A2")), {}
    )
    assert good.audit_json()[0]["decision"] == "positive"
    assert (bad.audit_json()[0]["decision"], bad.audit_json()[0]["reason"]) == ("dead_letter", "rules_failed")
    [dead] = _by_topic(bad, "hl7.oru.dlq")
    assert dict(dead.headers)["triage-dlq-reason"] == b"rules_failed"


def _two_orders(name: str) -> bytes:
    """A tests/data/hl7 two-order message, worded for the keyword stand-in scorer."""
    raw = (Path(__file__).parent / "data" / "hl7" / name).read_bytes()
    return raw.replace(b"Large acute right subdural hematoma", b"Acute subdural hemorrhage").replace(
        b"subdural hematoma PLUMBAGOSITY", b"subdural hemorrhage"
    )


def test_each_order_is_decided_under_its_own_accession() -> None:
    """CT C-spine (OBR 1) + CT head with a bleed (OBR 2): the spine order is skipped by the procedure filter,
    the head order is flagged under its own accession; one audit record per order, same offset."""
    proc, _ = _processor()
    state: dict[str, FlagState] = {}
    [out] = proc.process_batch(_records(_two_orders("oru_two_orders_spine_head_v251.hl7")), state)
    audits = out.audit_json()
    assert [(a["accession"], a["decision"], a["reason"]) for a in audits] == [
        ("ACC5551", "skipped", "procedure_filter"),
        ("ACC5552", "positive", None),
    ]
    assert [(a["source"]["message_index"], a["source"]["order_index"]) for a in audits] == [(0, 0), (0, 1)]
    [flag] = _by_topic(out, "worklist.priority")
    assert flag.key == b"ACC5552"
    assert (_headers(flag)["triage-message-index"], _headers(flag)["triage-order-index"]) == (b"0", b"1")
    assert set(state) == {"ACC5552"}


def test_an_order_without_text_is_audited_as_skipped_and_the_next_message_keeps_its_index() -> None:
    """A third order after the last OBX: its own audit record (skipped, no_report_text) under its accession,
    no dead letter; a second message in the same record is message_index 1 (its position), order 0."""
    proc, _ = _processor()
    raw = _two_orders("oru_two_orders_spine_head_v251.hl7").rstrip(b"\r\n")
    raw += b"\rOBR|3|PA3^RIS|FA3^PACS|CTA^CTA HEAD^L|||20261206110000|||||||||||ACC5553||||||CT|F\r"
    raw += b"MSH|^~\\&|RIS|H|T|H|20260101||ORU^R01|X2|P|2.5.1\rOBR|1|||CTHEADWO^CT HEAD||||||||||||||ACC9\r"
    raw += b"OBX|1|TX|IMP^Impression||Acute subdural hemorrhage.||||||F\r"
    [out] = proc.process_batch(_records(raw), {})
    got = [
        (a["accession"], a["decision"], a["reason"], a["source"]["message_index"], a["source"]["order_index"])
        for a in out.audit_json()
    ]
    assert got == [
        ("ACC5551", "skipped", "procedure_filter", 0, 0),
        ("ACC5552", "positive", None, 0, 1),
        ("ACC5553", "skipped", "no_report_text", 0, 2),
        ("ACC9", "positive", None, 1, 0),
    ]
    assert not _by_topic(out, "hl7.oru.dlq")


def test_two_head_orders_sharing_one_report_are_both_flagged() -> None:
    proc, _ = _processor()
    state: dict[str, FlagState] = {}
    [out] = proc.process_batch(_records(_two_orders("oru_two_orders_shared_obx_v251.hl7")), state)
    assert [(a["accession"], a["decision"]) for a in out.audit_json()] == [
        ("ACC100016", "positive"),
        ("ACCOTHER99", "positive"),
    ]
    assert [m.key for m in _by_topic(out, "worklist.priority")] == [b"ACC100016", b"ACCOTHER99"]
    assert set(state) == {"ACC100016", "ACCOTHER99"}


def test_a_large_batch_whose_later_part_fails_to_score_leaves_the_state_as_it_was() -> None:
    """process_batch finishes a large batch part by part while the network scores the later parts; a scorer
    failure in a later part propagates (the batch is not committed) and no part's Flag state is kept, so the
    retried batch decides against the state it first saw (a P+ retried is published again, not UNCHANGED)."""
    from triage.pipeline.process import PREPARE_PART

    class FailsLater(KeywordScorer):
        def score_tokens(self, batch):  # type: ignore[no-untyped-def]
            if self.calls:
                raise RuntimeError("scorer down")
            return super().score_tokens(batch)

    scorer = FailsLater()
    processor = Processor.from_settings(scorer, _settings(), clock=lambda: FIXED_NOW)  # type: ignore[arg-type]
    records = [
        SourceRecord(
            "hl7.oru", 0, i, oru(control_id=f"M{i}", accession=f"A{i}", status="P", impression=POSITIVE)
        )
        for i in range(2 * PREPARE_PART + 3)
    ]
    before = FlagState(
        accession="KEEP",
        flag_id=flag_id("KEEP", "kw-test-1"),
        status="active",
        model_version="x",
        control_id="K1",
        result_status="F",
    )
    state = {"KEEP": before}
    with pytest.raises(RuntimeError, match="scorer down"):
        processor.process_batch(records, state)
    assert state == {"KEEP": before} and scorer.calls == [PREPARE_PART]
    processor.close()
    # the same batch with a working scorer: every record's P+ publishes its Flag, written to the state once
    good = Processor.from_settings(KeywordScorer(), _settings(), clock=lambda: FIXED_NOW)  # type: ignore[arg-type]
    outcomes = good.process_batch(records, state)
    assert [sum(m.topic == "worklist.priority" for m in o.outputs) for o in outcomes] == [1] * len(records)
    assert len(state) == len(records) + 1 and state["KEEP"] == before
    good.close()
