"""Pure tests (no broker) for issue 10's foundations: producer error classification, dead letters that always
fit, bounded outputs (ids, warnings), and the Deliverer's acknowledgement bookkeeping against a fake producer
that behaves like kafka-python's idempotent one (one refused send fails every send in flight)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from kafka import TopicPartition
from kafka import errors as ke
from test_pipeline_support import PATIENT_FAMILY, KeywordScorer, oru

from triage.config import Settings
from triage.core import KafkaMessage, RecordOutcome, SourceRecord
from triage.errors import DeliveryError
from triage.obs.health import Health
from triage.obs.metrics import Metrics
from triage.pipeline.bounds import MAX_ID_CHARS, bound_text, bound_warnings, is_truncated
from triage.pipeline.deadletter import (
    FORMAT_HEADER,
    build_dead_letter,
    fit_dead_letter,
    is_oversize_dead_letter,
    message_size,
)
from triage.pipeline.process import Processor
from triage.stream.delivery import DeadLetterRefusedError, Deliverer
from triage.stream.errors import ErrorKind, classify, is_permanent
from triage.stream.kafka_io import dead_letter_budget, max_request_size

NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


# ---- classification -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "error",
    [
        ke.MessageSizeTooLargeError(),
        ke.RecordListTooLargeError(),
        ke.InvalidRecordError(),
        ke.TopicAuthorizationFailedError(),
        ke.ClusterAuthorizationFailedError(),
        ke.UnknownTopicOrPartitionError(),
        ke.InvalidTopicError(),
        ke.PolicyViolationError(),
    ],
)
def test_refusals_of_the_bytes_are_permanent(error: BaseException) -> None:
    assert classify(error) is ErrorKind.PERMANENT and is_permanent(error)


@pytest.mark.parametrize(
    "error",
    [
        ke.KafkaTimeoutError(),
        ke.NotLeaderForPartitionError(),
        ke.KafkaConnectionError(),
        ke.RequestTimedOutError(),
        ke.NotEnoughReplicasError(),
        TimeoutError(),
        None,
    ],
)
def test_everything_else_is_transient(error: BaseException | None) -> None:
    assert classify(error) is ErrorKind.TRANSIENT


# ---- one size setting -----------------------------------------------------------------------------------
def test_producer_limit_and_dead_letter_budget_derive_from_max_message_bytes() -> None:
    for limit in (2048, 20_000, 1_000_000, 5_000_000):
        s = Settings(max_message_bytes=limit)
        assert (
            max_request_size(s.kafka) > dead_letter_budget(s.kafka) > limit
        )  # an input at the limit dead-letters whole


# ---- dead letters that fit ------------------------------------------------------------------------------
def _source(value: bytes, key: bytes | None = b"k1") -> SourceRecord:
    return SourceRecord("hl7.oru", 1, 42, value, key=key)


def _letter(value: bytes, key: bytes | None = b"k1") -> KafkaMessage:
    return build_dead_letter(
        _source(value, key), topic="hl7.oru.dlq", error=ValueError("x"), message_index=0, now=NOW
    )


def test_dead_letter_keeps_the_original_bytes_when_they_fit() -> None:
    raw = b"MSH|^~\\&|x\r" * 100
    fitted = fit_dead_letter(_letter(raw), 100_000)
    assert fitted.value == raw and fitted.key == b"k1"
    assert dict(fitted.headers)[FORMAT_HEADER] == b"original"
    assert fit_dead_letter(fitted, 100_000) is fitted  # idempotent


@pytest.mark.parametrize(
    ("value_len", "key_len"), [(2_000_000, 10), (900_000, 200_000), (1_100_000, 0), (10, 300_000)]
)
def test_oversize_dead_letter_fits_and_describes_the_original(value_len: int, key_len: int) -> None:
    budget = 1_000_000
    raw = bytes(range(256)) * (value_len // 256) + b"x" * (value_len % 256)
    key = b"K" * key_len
    fitted = fit_dead_letter(_letter(raw, key), budget)
    assert message_size(fitted) <= budget
    assert fitted.key is not None and len(fitted.key) <= 1024
    if len(key) > 1024:
        assert b"~sha256=" in fitted.key
    if value_len + min(key_len, 1024) > budget - 2048:
        assert is_oversize_dead_letter(fitted)
        body = json.loads(fitted.value)
        assert body["source"] == {
            "topic": "hl7.oru",
            "partition": 1,
            "offset": 42,
            "message_index": 0,
            "order_index": 0,
        }
        assert body["original"]["value_bytes"] == len(raw)
        assert body["original"]["value_sha256"] == hashlib.sha256(raw).hexdigest()
        assert body["original"]["key_bytes"] == key_len
        assert base64.b64decode(body["prefix_base64"]) == raw[: body["prefix_bytes"]]
        assert 0 < body["prefix_bytes"] <= 4096 and body["reason"] == "internal_error"
        h = dict(fitted.headers)
        assert h["triage-original-value-bytes"] == str(len(raw)).encode()
        assert h["triage-source-offset"] == b"42"
    else:
        assert fitted.value == raw


def test_force_oversize_when_the_broker_refused_the_original_form() -> None:
    fitted = fit_dead_letter(_letter(b"abc"), 100_000)
    smaller = fit_dead_letter(fitted, 100_000, force_oversize=True)
    assert is_oversize_dead_letter(smaller) and json.loads(smaller.value)["original"]["value_bytes"] == 3


def test_long_header_values_are_bounded() -> None:
    msg = KafkaMessage("t", None, b"v", headers=(("triage-dlq-error", b"e" * 50_000),))
    fitted = fit_dead_letter(msg, 100_000)
    assert all(len(v) <= 1024 for _, v in fitted.headers)


# ---- bounded fields --------------------------------------------------------------------------------------
def test_bound_text_truncates_with_length_and_hash() -> None:
    assert bound_text("A123") == "A123" and bound_text(None) is None
    long_a, long_b = "A" * 700_000, "A" * 699_999 + "B"
    a, b = bound_text(long_a), bound_text(long_b)
    assert a is not None and b is not None and len(a) <= MAX_ID_CHARS and a != b
    assert "~len=700000~sha256=" in a and is_truncated(a)


def test_warnings_are_bounded_codes() -> None:
    out = bound_warnings([f"w{i}:" + "x\u00e9<>" * 50 for i in range(100)])
    assert len(out) == 32 and out[-1] == "warnings_truncated:100"
    assert all(len(w) <= 64 and "\u00e9" not in w and "<" not in w for w in out)


def _processor() -> Processor:
    return Processor.from_settings(KeywordScorer(), Settings(), clock=lambda: NOW)  # type: ignore[arg-type]


def test_oversize_accession_is_a_dead_letter_with_a_small_audit() -> None:
    raw = oru(accession="9" * 700_000)
    [out] = _processor().process_batch([_source(raw)], {})
    [audit] = out.audit_json()
    assert audit["decision"] == "dead_letter" and audit["reason"] == "oversize_identifier"
    assert len(json.dumps(audit)) < 8_000 and is_truncated(audit["accession"])
    assert [m.topic for m in out.outputs] == ["triage.audit", "hl7.oru.dlq"]
    assert all(len(m.key or b"") <= 1024 for m in out.outputs)
    dlq = out.outputs[-1]
    assert dict(dlq.headers)["triage-dlq-reason"] == b"oversize_identifier"


def test_control_characters_in_identifiers_never_reach_a_flag() -> None:
    """OBR-18 ``P\\X01\\A7`` (an HL7 hex escape) decodes to a control character, which FHIR strings may
    not hold: it is written as ``\\x01`` in the audit record, the Flag and its key."""
    from fhir.resources.R4B.flag import Flag

    raw = oru(accession="P\\X01\\A7")
    [out] = _processor().process_batch([_source(raw)], {})
    [audit] = out.audit_json()
    assert audit["decision"] == "positive" and audit["accession"] == "P\\x01A7"
    [flag_msg] = [m for m in out.outputs if m.topic == "worklist.priority"]
    flag = json.loads(flag_msg.value)
    Flag.model_validate(flag)
    assert b"\x01" not in (flag_msg.key or b"") and "\x01" not in json.dumps(flag, ensure_ascii=False)
    assert any(i["value"] == "P\\x01A7" for i in flag.get("identifier", []))


def test_long_non_identifier_fields_are_truncated_not_dead_lettered() -> None:
    raw = oru(procedure="CTHEAD^CT HEAD " + "W" * 5000 + "^L", visit="V" * 5000)
    [out] = _processor().process_batch([_source(raw)], {})
    [audit] = out.audit_json()
    assert audit["decision"] == "positive"
    assert all(len(m.value) < 20_000 for m in out.outputs)


def test_parser_warnings_do_not_quote_msh12_or_obr25() -> None:
    raw = oru(status=PATIENT_FAMILY).replace(b"|2.5.1\r", b"|" + PATIENT_FAMILY.encode() + b"\r", 1)
    [out] = _processor().process_batch([_source(raw)], {})
    warnings = out.audit_json()[0]["parser_warnings"]
    assert "version_unsupported:other" in warnings and "status_unknown" in warnings, warnings
    assert PATIENT_FAMILY not in json.dumps(out.audit_json())


# ---- the Deliverer against a fake idempotent producer ------------------------------------------------
class _Future:
    def __init__(self, value: Any = None, exception: BaseException | None = None) -> None:
        self.value, self.exception, self.is_done = value, exception, True

    def succeeded(self) -> bool:
        return self.exception is None


class _Meta:
    def __init__(self, offset: int) -> None:
        self.offset = offset


class FakeProducer:
    """Like kafka-python's idempotent producer: a refused record fails every send of the same flush."""

    def __init__(self, log: list[KafkaMessage], refuse: Callable[[str, bytes], BaseException | None]) -> None:
        self.log, self.refuse, self.batch = log, refuse, []

    def send(self, topic: str, key: bytes | None, value: bytes, headers: list[Any]) -> _Future:
        fut = _Future()
        self.batch.append((KafkaMessage(topic, key, value, tuple(headers)), fut))
        return fut

    def flush(self, timeout: float | None = None) -> None:
        errors = [self.refuse(m.topic, m.value) for m, _ in self.batch]
        fatal = next((e for e in errors if e is not None and is_permanent(e)), None)
        for (m, fut), err in zip(self.batch, errors, strict=True):
            err = err or fatal
            if err is None:
                self.log.append(m)
                fut.value = _Meta(len(self.log))
            else:
                fut.exception = err
        self.batch = []

    def close(self, timeout: float | None = None) -> None:
        pass


def _outcome(offset: int, n_audits: int = 1, accession: str = "A") -> RecordOutcome:
    src = SourceRecord("in", 0, offset, b"raw%d" % offset, key=b"k")
    outs = [KafkaMessage("flags", b"k", b"flag%d" % offset)]
    outs += [KafkaMessage("audit", b"k", b"audit%d-%d" % (offset, i)) for i in range(n_audits)]
    outs += [KafkaMessage("state", f"{accession}{offset}".encode(), b"state%d" % offset)]
    return RecordOutcome(source=src, outputs=outs, audits=[])


def _deliverer(refuse: Callable[[str, bytes], BaseException | None]) -> tuple[Deliverer, list[KafkaMessage]]:
    from triage.config import TopicSettings

    topics = TopicSettings(worklist="flags", audit="audit", flag_state="state", dead_letter="dlq", input="in")
    settings = Settings(topics=topics, delivery_attempts=3)
    sent: list[KafkaMessage] = []
    return Deliverer(
        settings.kafka,
        settings.run_topics,
        Metrics(),
        producer_factory=lambda: FakeProducer(sent, refuse),
        sleep=lambda _s: None,
    ), sent


def test_one_refused_output_dead_letters_its_record_alone() -> None:
    d, sent = _deliverer(lambda t, v: ke.InvalidRecordError() if v == b"audit3-0" else None)
    outcomes = [_outcome(i) for i in range(6)]
    result = d.deliver(outcomes)
    assert set(result.refused) == {3}
    values = [m.value for m in sent]
    assert len(values) == len(set(values)), "an acknowledged output was produced twice"
    for i in range(6):
        assert (b"audit%d-0" % i in values) is (i != 3)
    # the refused record's state rests on no Flag of the batch (key A3, Flag key k): it went out with the
    # first phase and was acknowledged, so the daemon must hold it like the others
    assert set(result.state_offsets) == {f"A{i}" for i in range(6)}
    [letter] = [m for m in sent if m.topic == "dlq"]
    h = dict(letter.headers)
    assert h["triage-dlq-reason"] == b"output_refused" and letter.value == b"raw3"
    assert h["triage-source-offset"] == b"3"


def test_transient_failure_resends_only_what_was_not_acknowledged_across_cycles() -> None:
    down = {"on": True}
    d, sent = _deliverer(lambda t, v: ke.KafkaTimeoutError() if down["on"] and t == "audit" else None)
    outcomes = [_outcome(i) for i in range(3)]
    with pytest.raises(DeliveryError):
        d.deliver(outcomes)  # Flags acknowledged, audits not: the batch is not committed
    assert d.metrics.delivery_failures._value.get() == 9  # 3 audits x 3 attempts
    down["on"] = False
    d.deliver(outcomes)  # the re-polled batch: only the audits (and then the states) go out
    values = [m.value for m in sent]
    assert len(values) == len(set(values)) == 9
    d.forget_committed({TopicPartition("in", 0): 3})
    assert not d.acked


def test_a_record_failing_cycle_after_cycle_while_others_pass_is_dead_lettered() -> None:
    d, sent = _deliverer(lambda t, v: ke.KafkaTimeoutError() if v == b"audit1-0" else None)
    outcomes = [_outcome(i) for i in range(3)]
    for _ in range(2):
        with pytest.raises(DeliveryError):
            d.deliver(outcomes)
    result = d.deliver(outcomes)
    assert set(result.refused) == {1}
    assert [m.value for m in sent if m.topic == "dlq"] == [b"raw1"]


def test_dead_letter_topic_refusing_even_the_oversize_form_stops() -> None:
    d, _ = _deliverer(lambda t, v: ke.TopicAuthorizationFailedError() if t in ("dlq", "audit") else None)
    with pytest.raises(DeadLetterRefusedError, match="refuses dead letters"):
        d.deliver([_outcome(0)])


def test_refused_original_dead_letter_goes_out_in_oversize_form() -> None:
    d, sent = _deliverer(lambda t, v: ke.MessageSizeTooLargeError() if t == "dlq" and v == b"raw0" else None)
    src = SourceRecord("in", 0, 0, b"raw0", key=b"k")
    letter = build_dead_letter(src, topic="dlq", error=ValueError("x"), message_index=0, now=NOW)
    d.deliver([RecordOutcome(source=src, outputs=[letter], audits=[])])
    [out] = [m for m in sent if m.topic == "dlq"]
    assert is_oversize_dead_letter(out) and json.loads(out.value)["source"]["offset"] == 0


def test_readiness_goes_red_when_outputs_fail_or_the_loop_stalls() -> None:
    h = Health(ready_stall_s=0.05)
    h.model_loaded = h.joined = True
    h.set_broker(True)
    assert h.ready()[0]
    h.set_outputs(False, "3 outputs not acknowledged")
    ok, body = h.ready()
    assert not ok and body["checks"]["outputs_deliverable"] is False and body["outputs_error"]
    h.set_outputs(True)
    import time

    time.sleep(0.1)
    ok, body = h.ready()
    assert not ok and body["checks"]["loop_recent"] is False
    assert h.alive()[0]  # not stalled for liveness


def test_fitted_and_oversize_dead_letters_match_the_schema() -> None:
    from pathlib import Path

    import jsonschema

    from triage.pipeline.deadletter import dead_letter_envelope

    schema = json.loads((Path(__file__).parent.parent / "schemas" / "dead-letter.schema.json").read_text())
    for letter in (
        fit_dead_letter(_letter(b"MSH|x"), 100_000),
        fit_dead_letter(_letter(b"x" * 200_000, b"K" * 5000), 100_000),
    ):
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
            dead_letter_envelope(letter)
        )


# ---- when a flag-state record may go out: with the batch's Flags, or after them --------------------------
class _FlushLog(FakeProducer):
    """FakeProducer that remembers which records each flush acknowledged (one flush per delivery phase)."""

    def __init__(self, log: list[KafkaMessage], refuse: Callable[[str, bytes], BaseException | None]) -> None:
        super().__init__(log, refuse)
        self.flushes: list[list[KafkaMessage]] = []

    def flush(self, timeout: float | None = None) -> None:
        before = len(self.log)
        super().flush(timeout)
        self.flushes.append(self.log[before:])


def _phased(
    refuse: Callable[[str, bytes], BaseException | None] = lambda t, v: None,
) -> tuple[Deliverer, Processor, list[_FlushLog]]:
    from triage.config import TopicSettings

    topics = TopicSettings(worklist="flags", audit="audit", flag_state="state", dead_letter="dlq", input="in")
    settings = Settings(topics=topics, delivery_attempts=1)
    made: list[_FlushLog] = []

    def factory() -> _FlushLog:
        made.append(_FlushLog([], refuse))
        return made[-1]

    deliverer = Deliverer(
        settings.kafka, settings.run_topics, Metrics(), producer_factory=factory, sleep=lambda _s: None
    )
    processor = Processor.from_settings(KeywordScorer(), settings, clock=lambda: NOW)  # type: ignore[arg-type]
    return deliverer, processor, made


NEG_TEXT = "No acute intracranial hemorrhage."


def test_a_batch_without_flags_is_one_round_trip_and_its_rank_only_states_are_acknowledged() -> None:
    """At 100 msg/s a batch is one negative final: its rank-only state needs no Flag to be acknowledged
    first, so it goes out in the one flush with the audit (a second round trip per batch was the p99's
    regression); the daemon still learns its offset before it commits."""
    deliverer, processor, made = _phased()
    state: dict = {}
    outcomes = processor.process_batch(
        [SourceRecord("in", 0, 0, oru(accession="ACC1", impression=NEG_TEXT))], state
    )
    result = deliverer.deliver(outcomes)
    [flush] = made[0].flushes
    assert sorted(m.topic for m in flush) == ["audit", "state"]
    assert state["ACC1"].flag_id is None and set(result.state_offsets) == {"ACC1"}


def test_a_state_that_describes_a_flag_of_the_batch_waits_for_that_flags_acknowledgement() -> None:
    """ACC1's Flag (and the state of its second order, ACC1^FI200) go out only after the Flag is
    acknowledged; ACC2's rank-only state rests on no Flag of the batch and goes with the first phase."""
    deliverer, processor, made = _phased()
    records = [
        oru(control_id="M1", accession="ACC1"),  # positive: Flag created
        oru(control_id="M2", accession="ACC2", impression=NEG_TEXT),  # negative final: rank only
        oru(control_id="M3", accession="ACC1", filler="FI200", placer="PL200", impression=NEG_TEXT),
    ]
    outcomes = processor.process_batch([SourceRecord("in", 0, i, r) for i, r in enumerate(records)], {})
    deliverer.deliver(outcomes)
    first, second = made[0].flushes
    assert [(m.topic, m.key) for m in first if m.topic in ("flags", "state")] == [
        ("flags", b"ACC1"),
        ("state", b"ACC2"),
    ]
    assert [(m.topic, m.key) for m in second] == [("state", b"ACC1"), ("state", b"ACC1^FI200")]


def test_a_refused_flag_writes_no_state_for_its_study() -> None:
    """The Flag's record is dead-lettered (output_refused) and its study keeps no state, so the redelivered
    or re-sent report creates the Flag; the other study's rank-only state is written."""
    deliverer, processor, made = _phased(
        lambda t, v: ke.InvalidRecordError() if t == "flags" else None  # a permanent refusal
    )
    records = [
        oru(control_id="M1", accession="ACC1"),
        oru(control_id="M2", accession="ACC2", impression=NEG_TEXT),
    ]
    outcomes = processor.process_batch([SourceRecord("in", 0, i, r) for i, r in enumerate(records)], {})
    result = deliverer.deliver(outcomes)
    assert set(result.refused) == {0}
    written = [m for p in made for f in p.flushes for m in f]
    assert [m.key for m in written if m.topic == "state"] == [b"ACC2"]
    assert set(result.state_offsets) == {"ACC2"}


# ---- refusals never leave memory unlike the topic, nor a state naming an undelivered Flag ----------------
def _acked(made: list[_FlushLog], topic: str) -> list[KafkaMessage]:
    """What the broker acknowledged on `topic`, in topic order (producers in the order they were made)."""
    return [m for p in made for f in p.flushes for m in f if m.topic == topic]


def _run_batch(
    refuse: Callable[[str, bytes], BaseException | None], records: list[bytes], memory: dict
) -> tuple[Any, Processor, list[_FlushLog], list[RecordOutcome]]:
    """One daemon batch: decide against a staged copy of `memory`, deliver, apply what was delivered."""
    from triage.stream.state import StagedState

    deliverer, processor, made = _phased(refuse)
    outcomes = processor.process_batch(
        [SourceRecord("in", 0, i, r) for i, r in enumerate(records)], StagedState(memory)
    )
    result = deliverer.deliver(outcomes)
    for key, (_offset, value) in result.states.items():
        memory[key] = value
    return result, processor, made, outcomes


def _check_memory_is_the_topic(memory: dict, made: list[_FlushLog]) -> None:
    on_topic = {m.key.decode(): json.loads(m.value) for m in _acked(made, "state")}  # last per key wins
    assert {k: v.control_id for k, v in memory.items()} == {k: v["control_id"] for k, v in on_topic.items()}
    assert {k: v.result_status for k, v in memory.items()} == {
        k: v["result_status"] for k, v in on_topic.items()
    }
    flag_ids = {json.loads(m.value)["id"] for m in _acked(made, "flags")}
    for m in _acked(made, "state"):
        named = json.loads(m.value)["flag_id"]
        assert named is None or named in flag_ids, f"a state names the undelivered Flag {named}"


def test_a_refused_flag_also_refuses_the_later_records_of_its_study() -> None:
    """P (positive, its Flag refused) then F (positive) of one study: F was decided against P's Flag, so it
    is UNCHANGED and publishes none. It is dead-lettered right after P (not its state: it names P's Flag),
    and re-driving both in order gives the study its Flag."""
    memory: dict = {}
    records = [oru(control_id="M1", accession="ACC1", status="P"), oru(control_id="M2", accession="ACC1")]
    result, _, made, _ = _run_batch(
        lambda t, v: ke.InvalidRecordError() if t == "flags" else None, records, memory
    )
    assert set(result.refused) == {0, 1} and result.dependent == {1}
    assert _acked(made, "state") == [] and memory == {}
    letters = _acked(made, "dlq")
    assert [dict(m.headers)["triage-source-offset"] for m in letters] == [b"0", b"1"]
    assert dict(letters[1].headers)["triage-dlq-reason"] == b"output_refused"
    _check_memory_is_the_topic(memory, made)
    _, _, made2, _ = _run_batch(lambda t, v: None, records, memory)  # `triage redrive`, in order
    [flag] = _acked(made2, "flags")
    assert memory["ACC1"].flag_id == json.loads(flag.value)["id"] and memory["ACC1"].control_id == "M2"


def test_an_acknowledged_rank_only_state_is_held_though_its_audit_was_refused() -> None:
    """The rank-only state goes out with the first phase and is acknowledged; the refused audit
    dead-letters the record, but the compacted topic holds the state, so memory must too."""
    memory: dict = {}
    records = [oru(control_id="M2", accession="ACC2", impression=NEG_TEXT)]
    result, _, made, _ = _run_batch(
        lambda t, v: ke.InvalidRecordError() if t == "audit" else None, records, memory
    )
    assert set(result.refused) == {0}
    assert [m.key for m in _acked(made, "state")] == [b"ACC2"] and memory["ACC2"].control_id == "M2"
    _check_memory_is_the_topic(memory, made)


def test_memory_holds_the_acknowledged_state_not_the_batchs_last_write() -> None:
    """P then F of one study; F's audit is refused (F dead-lettered, its state not written): the topic holds
    P's state, and so must memory (it held F's, a state never written)."""
    memory: dict = {}
    records = [oru(control_id="M1", accession="ACC1", status="P"), oru(control_id="M2", accession="ACC1")]
    result, _, made, _ = _run_batch(
        lambda t, v: ke.InvalidRecordError() if t == "audit" and b"M2" in v else None, records, memory
    )
    assert set(result.refused) == {1}
    assert memory["ACC1"].control_id == "M1" and memory["ACC1"].result_status == "P"
    _check_memory_is_the_topic(memory, made)


_LIFECYCLE = [
    oru(control_id="M1", accession="ACC1", status="P"),
    oru(control_id="M2", accession="ACC1", status="F"),
    oru(control_id="M3", accession="ACC2", impression=NEG_TEXT),
    oru(control_id="M4", accession="ACC1", status="C", impression=NEG_TEXT),
    oru(control_id="M5", accession="ACC2", status="C"),
]


@pytest.mark.parametrize("topic", ["flags", "audit", "state"])
@pytest.mark.parametrize("control_id", ["M1", "M2", "M3", "M4", "M5"])
def test_any_refusal_leaves_memory_equal_to_the_topic(topic: str, control_id: str) -> None:
    """Whatever output of whichever record is refused: memory per key == the last acknowledged state of the
    key, no state names an unacknowledged Flag, and every record is acknowledged or dead-lettered."""
    memory: dict = {}
    needle = control_id.encode()
    result, _, made, outcomes = _run_batch(
        lambda t, v: ke.InvalidRecordError() if t == topic and needle in v else None, _LIFECYCLE, memory
    )
    _check_memory_is_the_topic(memory, made)
    letters = {int(dict(m.headers)["triage-source-offset"]) for m in _acked(made, "dlq")}
    assert letters == set(result.refused)
    for pos in set(range(len(outcomes))) - letters:  # every output of a committed record is on the broker
        for m in outcomes[pos].outputs:
            assert m in _acked(made, m.topic), (pos, m.topic)


def test_a_later_record_whose_own_state_was_written_is_not_refused_with_the_earlier_one() -> None:
    """P's Flag is acknowledged but its state refused; F's state (naming P's delivered Flag) is written: F was
    decided against a state that is now moot but its own record stands on the topic, so F is committed."""
    memory: dict = {}
    records = [oru(control_id="M1", accession="ACC1", status="P"), oru(control_id="M2", accession="ACC1")]
    result, _, made, _ = _run_batch(
        lambda t, v: ke.InvalidRecordError() if t == "state" and b'"M1"' in v else None, records, memory
    )
    assert set(result.refused) == {0} and not result.dependent
    assert memory["ACC1"].control_id == "M2" and memory["ACC1"].flag_id is not None
    _check_memory_is_the_topic(memory, made)


def test_first_and_next_offsets_per_partition_in_any_order() -> None:
    from triage.core import SourceRecord
    from triage.stream.records import first_and_next

    records = [SourceRecord("t", p, o, b"") for p, o in [(1, 7), (0, 3), (1, 5), (0, 4), (1, 9), (2, 0)]]
    first, nxt = first_and_next(records)
    assert first == {TopicPartition("t", 0): 3, TopicPartition("t", 1): 5, TopicPartition("t", 2): 0}
    assert nxt == {TopicPartition("t", 0): 5, TopicPartition("t", 1): 10, TopicPartition("t", 2): 1}
    assert first_and_next([]) == ({}, {})


def test_the_state_reader_skips_the_records_the_daemon_wrote_and_holds() -> None:
    """A record at the offset of our own acknowledged write is that state (not decoded again); an older one
    is skipped, a newer one (another instance's) is applied."""
    from types import SimpleNamespace

    from triage.config import Settings
    from triage.pipeline.state import FlagState
    from triage.stream.state import FlagStateStore

    settings = Settings()
    store = FlagStateStore(settings.kafka, settings.run_topics)

    def state(control_id: str) -> FlagState:
        return FlagState(
            accession="A1",
            flag_id=None,
            status=None,
            model_version="m",
            control_id=control_id,
            result_status="F",
        )

    ours = state("ours")
    store.apply_written("A1", ours, 5)
    tp = TopicPartition(store.topic, 0)

    def rec(offset: int, value: bytes) -> SimpleNamespace:
        return SimpleNamespace(key=b"A1", value=value, offset=offset, partition=0)

    assert store._apply({tp: [rec(4, state("older").to_json()), rec(5, b"not json")]}) == 2
    assert store.states["A1"] is ours and store.invalid_records == 0
    store._apply({tp: [rec(6, state("theirs").to_json())]})
    assert store.states["A1"].control_id == "theirs"
