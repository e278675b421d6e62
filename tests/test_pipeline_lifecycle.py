"""Pure decisions: the report lifecycle table, the procedure filter and the flag-state record."""

from __future__ import annotations

import re

import pytest
from test_pipeline_support import make_report

from triage.config import DEFAULT_HEAD_CT_PATTERN
from triage.core import FlagAction, ResultStatus
from triage.pipeline.decide import FLAG_STATUS_FOR_ACTION, ProcedureFilter, is_oru, transition
from triage.pipeline.state import FlagState, FlagStateError


def _state(status: str, flag_id: str = "ich-abc", model_version: str = "m1") -> FlagState:
    return FlagState(
        accession="ACC1",
        flag_id=flag_id,
        status=status,
        model_version=model_version,
        control_id="MSG1",
        result_status="P",
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


def test_publishing_actions_map_to_fhir_statuses() -> None:
    assert FLAG_STATUS_FOR_ACTION == {
        FlagAction.CREATED: "active",
        FlagAction.REACTIVATED: "active",
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
