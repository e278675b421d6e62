"""Pure decisions: the report lifecycle table, the procedure filter and the flag-state record."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from test_pipeline_support import make_report

from triage.config import DEFAULT_HEAD_CT_PATTERN
from triage.core import FlagAction, ResultStatus
from triage.pipeline import decide
from triage.pipeline.decide import (
    FLAG_STATUS_FOR_ACTION,
    ProcedureFilter,
    is_oru,
    is_stale,
    state_key,
    transition,
)
from triage.pipeline.state import FlagState, FlagStateError

_FLAG_ID = "ich-" + "abc0" * 8  # a well-formed Flag id (triage.fhir.flag.flag_id)


def _state(
    status: str, flag_id: str = _FLAG_ID, model_version: str = "m1", result_status: str | None = "P"
) -> FlagState:
    return FlagState(
        accession="ACC1",
        flag_id=flag_id,
        status=status,
        model_version=model_version,
        control_id="MSG1",
        result_status=result_status,  # type: ignore[arg-type]
    )


# (previous status, OBR-25, positive) -> action
LIFECYCLE = [
    (None, "P", True, FlagAction.CREATED),
    (None, "C", True, FlagAction.CREATED),  # corrected report turns positive
    (None, "F", False, FlagAction.NONE),
    (None, "X", None, FlagAction.NONE),  # cancelled, nothing to withdraw
    (None, None, True, FlagAction.CREATED),  # no status sent
    ("active", "F", True, FlagAction.UNCHANGED),  # P -> F stays positive: no second Flag
    ("active", "C", True, FlagAction.UNCHANGED),
    ("active", "C", False, FlagAction.WITHDRAWN),  # corrected turns negative
    ("active", "F", False, FlagAction.WITHDRAWN),
    ("active", "X", None, FlagAction.ENTERED_IN_ERROR),
    ("inactive", "C", True, FlagAction.REACTIVATED),  # withdrawn, then positive again
    ("inactive", "C", False, FlagAction.UNCHANGED),
    ("inactive", "X", None, FlagAction.ENTERED_IN_ERROR),
    ("entered-in-error", "C", True, FlagAction.REACTIVATED),
    ("entered-in-error", "F", False, FlagAction.UNCHANGED),
    ("entered-in-error", "X", None, FlagAction.UNCHANGED),
    ("active", "F", None, FlagAction.UNCHANGED),  # not scored: nothing changes
    (None, "F", None, FlagAction.NONE),
]


@pytest.mark.parametrize("previous,status,positive,expected", LIFECYCLE)
def test_lifecycle_table(
    previous: str | None, status: str | None, positive: bool | None, expected: FlagAction
):
    prev = _state(previous) if previous else None
    assert transition(prev, status, positive) is expected
    assert transition(prev, ResultStatus(status) if status else None, positive) is expected


# (Flag status, OBR-25 the Flag rests on, this report's OBR-25, positive) -> action: a status that steps
# back (HL7 table 0123: before final < F < C, X) never changes the Flag
STALE = [
    ("active", "F", "P", False, FlagAction.STALE),  # the breaker's FP1: late P "no hemorrhage" after F
    ("active", "F", "P", True, FlagAction.STALE),
    ("active", "C", "F", False, FlagAction.STALE),  # an F re-sent after its correction
    ("active", "C", "P", False, FlagAction.STALE),
    ("inactive", "C", "F", True, FlagAction.STALE),  # corrected negative, late F positive: stays withdrawn
    ("inactive", "F", "P", True, FlagAction.STALE),
    ("entered-in-error", "X", "P", True, FlagAction.STALE),  # cancelled: a late P does not revive it
    ("entered-in-error", "X", "F", True, FlagAction.STALE),
    ("active", "F", "I", False, FlagAction.STALE),
    ("active", "F", "S", False, FlagAction.STALE),
    ("active", "F", "R", False, FlagAction.STALE),
    ("active", "F", "O", False, FlagAction.STALE),
    ("active", "F", "F", False, FlagAction.WITHDRAWN),  # equal ranks apply in arrival order
    ("active", "C", "C", False, FlagAction.WITHDRAWN),
    ("active", "F", "C", False, FlagAction.WITHDRAWN),
    ("active", "P", "F", False, FlagAction.WITHDRAWN),
    ("active", "C", "X", None, FlagAction.ENTERED_IN_ERROR),  # a cancellation is always applied
    ("active", "F", "X", None, FlagAction.ENTERED_IN_ERROR),
    ("entered-in-error", "X", "C", True, FlagAction.REACTIVATED),  # only a correction revives it
    ("active", "F", None, False, FlagAction.WITHDRAWN),  # no OBR-25: nothing to compare
    ("active", None, "P", False, FlagAction.WITHDRAWN),  # a state written without one
]


@pytest.mark.parametrize("flag,rests_on,status,positive,expected", STALE)
def test_a_status_that_steps_back_never_changes_the_flag(
    flag: str, rests_on: str | None, status: str | None, positive: bool | None, expected: FlagAction
) -> None:
    prev = _state(flag, result_status=rests_on)
    assert transition(prev, status, positive) is expected
    assert is_stale(prev, status) is (expected is FlagAction.STALE)
    assert transition(prev, ResultStatus(status) if status else None, positive, "urgent") is expected


# an addendum (MDM^T06: its own text only): (Flag status, its priority, positive, priority) -> action
ADDITIVE = [
    ("active", "critical", False, None, FlagAction.UNCHANGED),  # "findings communicated": never withdraws
    ("inactive", "critical", False, None, FlagAction.UNCHANGED),
    (None, None, False, None, FlagAction.NONE),
    (None, None, True, "urgent", FlagAction.CREATED),  # a positive addendum creates the Flag
    ("inactive", "urgent", True, "urgent", FlagAction.REACTIVATED),
    ("active", "urgent", True, "critical", FlagAction.UPDATED),  # raises the priority
    ("active", "critical", True, "routine", FlagAction.UNCHANGED),  # never lowers it
    ("active", None, True, "routine", FlagAction.UPDATED),  # a Flag without priority gains one
]


@pytest.mark.parametrize("flag,known,positive,priority,expected", ADDITIVE)
def test_an_addendum_raises_the_flag_and_never_withdraws_it(
    flag: str | None, known: str | None, positive: bool, priority: str | None, expected: FlagAction
) -> None:
    prev = replace(_state(flag, result_status="F"), priority=known) if flag else None  # type: ignore[arg-type]
    assert transition(prev, "F", positive, priority, additive=True) is expected
    assert transition(prev, "X", None, additive=True) is transition(prev, "X", None)  # CA still cancels


@pytest.mark.parametrize("rests_on", ["F", "C"])
def test_a_final_addendum_applies_after_any_final_status_and_never_steps_the_rank_back(rests_on: str) -> None:
    """A signed T06 keeps F (it corrects nothing) yet is a later document: never stale after F or C, and
    the state keeps the rank it rested on (C stays C, so the original's late F is still stale)."""
    prev = _state("inactive", result_status=rests_on)
    assert not is_stale(prev, "F", additive=True)
    assert transition(prev, "F", True, "urgent", additive=True) is FlagAction.REACTIVATED
    assert decide.rests_on(prev, "F") == rests_on
    assert is_stale(prev, "P", additive=True)  # a preliminary addendum after a final stays stale
    assert is_stale(prev, "F") is (rests_on != "F")  # the original's F, not additive, is stale after C/X


@pytest.mark.parametrize("flag", ["entered-in-error", None])
def test_an_addendum_to_a_cancelled_report_never_brings_a_flag_back(flag: str | None) -> None:
    """After an X (OBR-25 X, TXA-17 CA) a positive addendum is stale: it neither reactivates the Flag the
    worklist was told to drop nor creates one for a study whose only report was cancelled. A new report of
    the study (C: a corrected ORU, an MDM T08) still reactivates it, and a CA addendum still cancels."""
    prev = (
        _state(flag, result_status="X")
        if flag
        else replace(_state("active", result_status="X"), status=None, flag_id=None)
    )  # type: ignore[arg-type]
    for status in ("F", "C", "P", None):
        assert is_stale(prev, status, additive=True)
        assert transition(prev, status, True, "critical", additive=True) is FlagAction.STALE
    assert transition(prev, "C", True, "urgent") is (FlagAction.REACTIVATED if flag else FlagAction.CREATED)
    assert not is_stale(prev, "X", additive=True)
    after_c = _state("active", result_status="C")  # after that new report, addenda apply again
    assert transition(after_c, "F", True, "critical", additive=True) is not FlagAction.STALE


def test_a_late_preliminary_never_withdraws_a_final_positive_in_the_processor() -> None:
    """The breaker's FP1 through the Processor: F positive, then the earlier P negative arrives. The P is
    scored and audited (stale, both statuses), no Flag or flag-state record is written for it."""
    from test_pipeline_support import KeywordScorer, oru

    from triage.config import Settings
    from triage.core import SourceRecord
    from triage.pipeline.process import Processor

    settings = Settings()
    proc = Processor.from_settings(KeywordScorer(), settings)  # type: ignore[arg-type]
    state: dict[str, FlagState] = {}
    final = oru(control_id="FP-F", status="F", impression=POS)
    late = oru(control_id="FP-P", status="P", impression=NEG)
    outs = proc.process_batch(
        [SourceRecord("hl7.oru", 0, 0, final), SourceRecord("hl7.oru", 0, 1, late)], state
    )
    first, second = (out.audit_json()[0] for out in outs)
    assert (first["flag_action"], first["flag_status"], first["flag_result_status"]) == (
        "created",
        "active",
        "F",
    )
    assert (second["decision"], second["flag_action"], second["reason"]) == (
        "negative",
        "stale",
        "stale_result_status",
    )
    assert (second["result_status"], second["flag_result_status"]) == ("P", "F")
    assert (second["flag_id"], second["flag_status"]) == (first["flag_id"], "active")
    topics = [m.topic for m in outs[1].outputs]
    assert settings.run_topics.flag not in topics and settings.run_topics.flag_state not in topics
    assert (state["ACC100"].status, state["ACC100"].control_id, state["ACC100"].result_status) == (
        "active",
        "FP-F",
        "F",
    )


def test_an_unchanged_final_records_its_status_so_a_later_preliminary_is_stale() -> None:
    """P positive creates the Flag, F positive leaves it (no Flag) but writes the F into the flag-state, so
    the P re-sent afterwards (negative) is stale instead of withdrawing it; a C negative still withdraws."""
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    audits = _run(
        oru(control_id="A1", status="P", impression=POS),
        oru(control_id="A2", status="F", impression=POS),
        oru(control_id="A3", status="P", impression=NEG),
        oru(control_id="A4", status="C", impression=NEG),
        oru(control_id="A5", status="F", impression=POS),
        state=state,
    )
    assert [a["flag_action"] for a in audits] == ["created", "unchanged", "stale", "withdrawn", "stale"]
    assert [a["flag_result_status"] for a in audits] == ["P", "F", "F", "C", "C"]
    assert (state["ACC100"].status, state["ACC100"].control_id) == ("inactive", "A4")


def test_publishing_actions_map_to_fhir_statuses() -> None:
    assert FLAG_STATUS_FOR_ACTION == {
        FlagAction.CREATED: "active",
        FlagAction.REACTIVATED: "active",
        FlagAction.UPDATED: "active",
        FlagAction.WITHDRAWN: "inactive",
        FlagAction.ENTERED_IN_ERROR: "entered-in-error",
    }


def test_p_f_c_x_sequence_walks_the_table() -> None:
    """A study's messages in order: P positive, F positive, C negative, C positive, X cancelled."""
    state: FlagState | None = None
    seen = []
    for status, positive in [("P", True), ("F", True), ("C", False), ("C", True), ("X", None)]:
        action = transition(state, status, positive)
        seen.append(action)
        if action in FLAG_STATUS_FOR_ACTION:
            state = _state(FLAG_STATUS_FOR_ACTION[action])
    assert seen == [
        FlagAction.CREATED,
        FlagAction.UNCHANGED,
        FlagAction.WITHDRAWN,
        FlagAction.REACTIVATED,
        FlagAction.ENTERED_IN_ERROR,
    ]


@pytest.mark.parametrize(
    "code,text,expected",
    [
        ("CTHEAD", "CT HEAD WO CONTRAST", True),
        ("X1", "CT BRAIN W/O", True),
        ("X2", "Computed tomography of the head", True),
        ("X3", "HEAD CT WITHOUT CONTRAST", True),
        ("X4", "MR BRAIN", False),
        ("X5", "CT CHEST WITH CONTRAST", False),
        ("X6", "XR SKULL", False),
        ("X7", None, False),
    ],
)
def test_default_head_ct_pattern(code: str, text: str | None, expected: bool) -> None:
    flt = ProcedureFilter.from_settings([], DEFAULT_HEAD_CT_PATTERN)
    assert flt.accepts(make_report(procedure_code=code, procedure_text=text)) is expected


def test_codes_or_pattern() -> None:
    flt = ProcedureFilter.from_settings(["70450", " 70460 "], r"(?i)brain")
    assert flt.accepts(make_report(procedure_code="70450", procedure_text="whatever"))
    assert flt.accepts(make_report(procedure_code="70460", procedure_text=None))
    assert flt.accepts(make_report(procedure_code="99999", procedure_text="MR BRAIN"))
    assert not flt.accepts(make_report(procedure_code="99999", procedure_text="CT CHEST"))
    only_codes = ProcedureFilter.from_settings(["70450"], None)
    assert not only_codes.accepts(make_report(procedure_code="1", procedure_text="CT HEAD"))
    everything = ProcedureFilter.from_settings([], None)
    assert everything.accepts(make_report(procedure_code=None, procedure_text=None))
    assert isinstance(flt.pattern, re.Pattern)


@pytest.mark.parametrize(
    "mtype,expected",
    [
        ("ORU^R01", True),
        ("ORU^R01^ORU_R01", True),
        ("ORU", True),
        ("ADT^A01", False),
        ("ORU^R30", False),
        ("", False),
    ],
)
def test_is_oru(mtype: str, expected: bool) -> None:
    assert is_oru(mtype) is expected


def test_flag_state_round_trip_is_canonical() -> None:
    state = _state("inactive")
    raw = state.to_json()
    assert FlagState.from_json(raw) == state
    assert raw == FlagState.from_json(raw).to_json()
    assert raw.startswith(b'{"accession":"ACC1",')  # sorted keys, compact


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[1,2]",
        b'{"accession":"A"}',
        b'{"schema_version":99,"accession":"A","flag_id":"f","status":"active","model_version":"m",'
        b'"control_id":"c","result_status":null}',
        b'{"accession":"A","flag_id":"f","status":"weird","model_version":"m","control_id":"c","result_status":null}',
    ],
)
def test_flag_state_rejects_bad_records(raw: bytes) -> None:
    with pytest.raises(FlagStateError):
        FlagState.from_json(raw)


_GOOD_STATE = {
    "accession": "A",
    "flag_id": "ich-" + "0" * 32,
    "status": "active",
    "model_version": "m",
    "control_id": "c",
    "result_status": "F",
}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"flag_id": 12345}, "flag_id is not a string"),
        ({"status": ["QQCANARY"]}, "status is not one of"),
        ({"result_status": "QQCANARY"}, "result_status is not one of"),
        ({"priority": "QQCANARY"}, "priority is not one of"),
        ({"model_version": 7}, "model_version is not a non-empty string"),
        ({"accession": ""}, "accession is not a non-empty string"),
        ({"QQCANARY": 1}, "1 unknown field"),
        ({"schema_version": "QQCANARY"}, "schema_version of type str"),
    ],
)
def test_a_flag_state_of_another_shape_is_refused_naming_the_field_not_the_value(
    change: dict[str, object], why: str
) -> None:
    """break1: a dataclass checks no types, so a record of another shape on the topic became the state
    decisions rest on (a number as the Flag id); the reason is logged, so it never quotes the value."""
    assert FlagState.from_json(json.dumps(_GOOD_STATE).encode()).accession == "A"
    with pytest.raises(FlagStateError, match=why) as caught:
        FlagState.from_json(json.dumps({**_GOOD_STATE, **change}).encode())
    assert "QQCANARY" not in str(caught.value)


# --- one accession, two orders: never one Flag state ------------------------------------------------------


def _order_state(placer: str | None, filler: str | None) -> FlagState:
    return FlagState("ACC1", _FLAG_ID, "active", "m1", "MSG1", "F", placer, filler)


@pytest.mark.parametrize(
    ("stored", "report", "key"),
    [
        ((None, None), {}, "ACC1"),  # no state yet
        (("PL100", "FI100"), {}, "ACC1"),  # the same order
        (("PL100", "FI100"), {"filler_order_number": "FI200"}, "ACC1^FI200"),  # another filler order
        (("PL100", "FI100"), {"filler_order_number": "FI200", "placer_order_number": "PL100"}, "ACC1^FI200"),
        # no stored filler: placers compared; the key names the report's own filler
        (("PL100", None), {"placer_order_number": "PL200"}, "ACC1^FI100"),
        (("PL100", None), {"placer_order_number": "PL200", "filler_order_number": None}, "ACC1^PL200"),
        ((None, None), {"filler_order_number": "FI200"}, "ACC1"),  # a state of an earlier version: accession
        (("PL100", "FI100"), {"filler_order_number": None, "placer_order_number": None}, "ACC1"),
    ],
)
def test_state_key_tells_two_orders_of_one_accession_apart(
    stored: tuple[str | None, str | None], report: dict, key: str
) -> None:
    state = {} if stored == (None, None) and not report else {"ACC1": _order_state(*stored)}
    base = {"accession": "ACC1", "placer_order_number": "PL100", "filler_order_number": "FI100"}
    assert state_key(state, make_report(**(base | report))) == key


def test_flag_state_keeps_the_order_numbers_and_its_key_and_reads_old_records() -> None:
    state = FlagState("ACC1", _FLAG_ID, "active", "m1", "MSG1", "F", "PL2", "FI2", key="ACC1^FI2")
    again = FlagState.from_json(state.to_json())
    assert again == state and again.state_key == "ACC1^FI2"
    old = (
        b'{"accession":"A","control_id":"c","flag_id":"ich-0123456789abcdef0123456789abcdef","model_version":"m","result_status":null,'
        b'"status":"active"}'
    )
    assert FlagState.from_json(old).state_key == "A"
    assert FlagState.from_json(old).filler_order_number is None


def _run(*messages: bytes, state: dict[str, FlagState]) -> list[dict]:
    from test_pipeline_support import KeywordScorer

    from triage.config import Settings
    from triage.core import SourceRecord
    from triage.pipeline.process import Processor

    proc = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    records = [SourceRecord("hl7.oru", 0, i, m) for i, m in enumerate(messages)]
    return [a for out in proc.process_batch(records, state) for a in out.audit_json()]


POS = "Acute subdural hemorrhage along the left convexity."
NEG = "No acute intracranial hemorrhage."


def test_a_second_order_with_the_same_accession_never_changes_the_first_orders_flag() -> None:
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    first, second = {"placer": "PL100", "filler": "FI100"}, {"placer": "PL200", "filler": "FI200"}
    audits = _run(
        oru(control_id="A1", impression=POS, **first),  # order 1 positive: Flag created
        oru(control_id="B1", impression=NEG, **second),  # order 2 negative: must not withdraw order 1's Flag
        oru(control_id="B2", status="C", impression=POS, **second),  # order 2 positive: its own Flag
        oru(control_id="B3", status="X", impression="", **second),  # order 2 cancelled: only its own Flag
        oru(control_id="A2", status="C", impression=POS, **first),  # order 1 unchanged, still active
        state=state,
    )
    actions = [a["flag_action"] for a in audits]
    assert actions == ["created", "none", "created", "entered-in-error", "unchanged"]
    assert [a["accession"] for a in audits] == ["ACC100"] * 5
    assert [a["filler_order_number"] for a in audits] == ["FI100", "FI200", "FI200", "FI200", "FI100"]
    assert audits[0]["flag_id"] == audits[4]["flag_id"] != audits[2]["flag_id"] == audits[3]["flag_id"]
    assert set(state) == {"ACC100", "ACC100^FI200"}
    # "unchanged" publishes no Flag; A2's C moves the status order 1's Flag rests on forward (F -> C)
    assert (state["ACC100"].status, state["ACC100"].flag_id) == ("active", audits[0]["flag_id"])
    assert (state["ACC100"].control_id, state["ACC100"].result_status) == ("A2", "C")
    assert (state["ACC100^FI200"].status, state["ACC100^FI200"].key) == ("entered-in-error", "ACC100^FI200")


def test_the_same_order_sent_again_keeps_one_flag() -> None:
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    audits = _run(
        oru(control_id="A1", status="P", impression=POS),
        oru(control_id="A2", status="F", impression=NEG),
        state=state,
    )
    assert [a["flag_action"] for a in audits] == ["created", "withdrawn"]
    assert list(state) == ["ACC100"] and state["ACC100"].key is None


def test_a_body_part_in_obr18_does_not_merge_two_studies() -> None:
    """The peer feed's habit: OBR-18 = CHEST in every message. The accession comes from OBR-3 instead, so two
    positive studies get two Flags."""
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    audits = _run(
        oru(control_id="A1", accession="CHEST", impression=POS, placer="PL1", filler="FI1"),
        oru(control_id="B1", accession="CHEST", impression=POS, placer="PL2", filler="FI2"),
        state=state,
    )
    assert [(a["accession"], a["accession_source"]) for a in audits] == [("FI1", "OBR-3"), ("FI2", "OBR-3")]
    assert all("accession_refused:OBR-18" in a["parser_warnings"] for a in audits)
    assert [a["flag_action"] for a in audits] == ["created", "created"]
    assert audits[0]["flag_id"] != audits[1]["flag_id"]
    assert set(state) == {"FI1", "FI2"}


def test_audit_explain_tells_the_two_orders_of_one_accession_apart() -> None:
    """`triage audit explain ACC100` on the two-orders stream: each line names its order and Flag."""
    from test_pipeline_support import oru

    from triage.replay.explain import render_history

    audits = _run(
        oru(control_id="A1", impression=POS, placer="PL100", filler="FI100"),
        oru(control_id="B1", impression=POS, placer="PL200", filler="FI200"),
        state={},
    )
    text = render_history("ACC100", audits, flags=None)
    assert "accession from OBR-18, order placer PL100 filler FI100" in text
    assert "accession from OBR-18, order placer PL200 filler FI200" in text
    assert audits[0]["flag_id"] in text and audits[1]["flag_id"] in text


# --- the rank a study rests on: kept by status-less reports, recorded without a Flag ----------------------


def test_a_report_without_a_status_keeps_the_rank_so_a_late_preliminary_stays_stale() -> None:
    """F positive, then a report with neither OBR-25 nor OBX-11 (negative: withdraws), then the late P
    positive: the status-less report does not move the rank, so the P is stale and never reactivates."""
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    audits = _run(
        oru(control_id="B1", status="F", impression=POS),
        oru(control_id="B2", status="", impression=NEG),
        oru(control_id="B3", status="P", impression=POS),
        state=state,
    )
    assert [a["flag_action"] for a in audits] == ["created", "withdrawn", "stale"]
    assert [a["flag_result_status"] for a in audits] == ["F", "F", "F"]
    assert (state["ACC100"].status, state["ACC100"].result_status) == ("inactive", "F")


def test_a_late_preliminary_after_a_negative_final_creates_no_flag() -> None:
    """F negative leaves no Flag but records its rank (flag_id and status null), so the late P positive is
    stale; a C positive afterwards still creates the Flag, and the rank-only record reads back."""
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    audits = _run(
        oru(control_id="N1", status="F", impression=NEG),
        oru(control_id="N2", status="P", impression=POS),
        state=state,
    )
    assert [a["flag_action"] for a in audits] == ["none", "stale"]
    assert [(a["flag_id"], a["flag_status"], a["flag_result_status"]) for a in audits] == [
        (None, None, "F"),
        (None, None, "F"),
    ]
    rank_only = state["ACC100"]
    assert (rank_only.flag_id, rank_only.status, rank_only.result_status) == (None, None, "F")
    assert FlagState.from_json(rank_only.to_json()) == rank_only
    restored = {"ACC100": FlagState.from_json(rank_only.to_json())}
    later = _run(oru(control_id="N3", status="C", impression=POS), state=restored)
    assert (later[0]["flag_action"], later[0]["flag_status"]) == ("created", "active")
    assert restored["ACC100"].flag_id is not None and restored["ACC100"].result_status == "C"


@pytest.mark.parametrize(
    ("status", "recorded"),
    [("F", "F"), ("C", "C"), ("X", "X"), ("U", "U"), ("P", None), ("", None)],
)
def test_only_a_final_or_later_report_without_a_flag_records_its_rank(
    status: str, recorded: str | None
) -> None:
    from test_pipeline_support import oru

    state: dict[str, FlagState] = {}
    _run(oru(control_id="R1", status=status, impression=NEG), state=state)
    assert (state["ACC100"].result_status if "ACC100" in state else None) == recorded


def test_a_rank_only_record_is_not_stale_for_the_same_rank_and_moves_forward() -> None:
    prev = FlagState("ACC1", None, None, "m1", "MSG1", "F")
    assert transition(prev, "F", True) is FlagAction.CREATED
    assert transition(prev, "P", True) is FlagAction.STALE
    assert transition(prev, "C", False) is FlagAction.NONE
    assert transition(prev, None, True) is FlagAction.CREATED


def test_a_flag_state_record_is_written_only_when_it_changes_what_the_study_rests_on() -> None:
    """Every final report is decided against the stored rank, but a record goes to the flag-state topic only
    when the stored state changes: the first final of a study without a Flag (rank-only), a rank that moves
    forward, a Flag published. A repeated F, a U (same rank as F), a stale P and an X after a C (same rank)
    write nothing: each redundant record was a second produce round trip on a busy topic."""
    from test_pipeline_support import KeywordScorer, oru

    from triage.config import Settings
    from triage.core import SourceRecord
    from triage.pipeline.process import Processor

    settings = Settings()
    proc = Processor.from_settings(KeywordScorer(), settings)  # type: ignore[arg-type]
    state: dict[str, FlagState] = {}
    sequences = {
        "ACC100": [("F", NEG), ("F", NEG), ("U", NEG), ("P", NEG), ("C", NEG), ("C", NEG), ("X", "")],
        "ACC200": [("P", POS), ("F", POS), ("F", POS), ("U", POS), ("P", POS)],
    }
    expected = {"ACC100": [1, 0, 0, 0, 1, 0, 0], "ACC200": [1, 1, 0, 0, 0]}
    for accession, steps in sequences.items():
        written = []
        for i, (status, text) in enumerate(steps):
            raw = oru(control_id=f"{accession}-{i}", accession=accession, status=status, impression=text)
            [out] = proc.process_batch([SourceRecord("hl7.oru", 0, i, raw)], state)
            written.append(sum(m.topic == settings.run_topics.flag_state for m in out.outputs))
        assert written == expected[accession], accession
    assert (state["ACC100"].flag_id, state["ACC100"].result_status) == (None, "C")
    assert (state["ACC200"].status, state["ACC200"].result_status) == ("active", "F")
