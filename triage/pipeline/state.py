"""The latest Flag state of one order (key = accession; ``accession^order number`` for a second order that
shares the accession, see ``triage.pipeline.decide.state_key``). Kept on a compacted Kafka topic by
triage/stream so the report lifecycle (P → F → C → X) survives restarts and works across daemon instances of
one group."""

from __future__ import annotations

import json
import re
from collections.abc import MutableMapping
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Annotated, Literal, get_args

from pydantic import Field

from triage.priority.policy import Priority

STATE_SCHEMA_VERSION = 1
FLAG_STATUSES = ("active", "inactive", "entered-in-error")
FlagStatus = Literal["active", "inactive", "entered-in-error"]
ResultStatusCode = Literal["P", "F", "C", "X", "R", "I", "O", "S", "A", "N", "U"]  # HL7 table 0123


# json.dumps(sort_keys=True, separators=(",", ":"))'s encoder, made once (it keeps no state between calls)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


_SCHEMA_VERSION_JSON = _ENCODER.encode(STATE_SCHEMA_VERSION)
_escape = encode_basestring_ascii


def _json_string(value: str | None) -> str:
    """A string field (or null) as the encoder writes it; a str subclass (a StrEnum) through the encoder."""
    if value is None:
        return "null"
    return _escape(value) if type(value) is str else _ENCODER.encode(value)


class FlagStateError(ValueError):
    """A flag-state record cannot be read (corrupt or from an incompatible version)."""


@dataclass(frozen=True)
class FlagState:
    """Latest Flag published for a study. Written when a Flag is (re)published, and when a report moves the
    OBR-25 status the Flag rests on forward without changing the Flag (P → F, same priority). A study with
    no Flag gets a rank-only record (flag_id and status None) once a final or later report (F, U, C, X) is
    decided, so a late preliminary cannot create a Flag the final ruled out."""

    accession: Annotated[str, Field(min_length=1)]
    flag_id: Annotated[
        str | None,
        Field(
            pattern=r"^ich-[0-9a-f]{32}$",
            description=(
                "the Flag's id; kept for the whole life of the study, even across model versions; null in a "
                "rank-only record (no Flag yet: only result_status is kept)"
            ),
        ),
    ]
    status: Annotated[
        FlagStatus | None,
        Field(description="FHIR Flag.status of the Flag last published; null in a rank-only record"),
    ]
    model_version: Annotated[str, Field(min_length=1, description="model whose decision produced this state")]
    control_id: Annotated[
        str,
        Field(
            description=(
                "MSH-10 of the message that last wrote this state. When a report only moves result_status "
                "forward (P -> F, Flag unchanged) it is that report's MSH-10, while the published Flag keeps "
                "the identifier (msh-10) of the message that built it"
            )
        ),
    ]
    result_status: Annotated[
        ResultStatusCode | None,
        Field(
            description=(
                "OBR-25 the Flag rests on: the highest-ranked status applied to the order so far "
                "(triage.pipeline.decide.is_stale); a report ranked below it is stale and never changes "
                "the Flag"
            )
        ),
    ]
    # the order this Flag belongs to (OBR/ORC-2, -3): a report of another order with the same accession gets
    # its own state and Flag; None in records written before they were kept (then only the accession counts)
    placer_order_number: Annotated[
        str | None,
        Field(
            description=(
                "OBR-2.1, else ORC-2.1, of the report that created the Flag; absent in records of earlier "
                "versions"
            )
        ),
    ] = None
    filler_order_number: Annotated[
        str | None,
        Field(
            description=(
                "OBR-3.1, else ORC-3.1, of the report that created the Flag; a report with the same "
                "accession and another order number has its own state and Flag"
            )
        ),
    ] = None
    # the state key when it is not the accession (a second order of one accession)
    key: Annotated[
        str | None,
        Field(
            description=(
                "the record's key when it is not the accession: accession^order number (a second order of "
                "one accession); null otherwise"
            )
        ),
    ] = None
    # the worklist priority of the Flag last published (triage.priority); None in records written before
    # it was kept
    priority: Annotated[
        Priority | None,
        Field(
            description=(
                "worklist priority of the Flag last published (triage.priority.policy); a positive with "
                "another priority re-publishes the Flag (flag_action updated); absent or null in records of "
                "earlier versions"
            )
        ),
    ] = None
    # the patient the study belongs to (a digest of PID-3, never the identifier); None in records written
    # before it was kept: then any patient's report applies, as before
    patient_digest: Annotated[
        str | None,
        Field(
            pattern=r"^pid-sha256:[0-9a-f]{64}$",
            description=(
                "the patient of the study: pid-sha256: + SHA-256 of PID-3 ID^^^assigning authority (the "
                "repetition the Flag's subject names; triage.hl7.patient.patient_key, never with the site "
                "key secret, so a replay digests alike), never the identifier. A report of the same key "
                "for another patient is dead-lettered (patient_mismatch) and leaves the state and the Flag "
                "as they are; null when the report that wrote it had no PID-3, or in records of earlier "
                "versions (then any patient's report applies)"
            ),
        ),
    ] = None

    @property
    def has_flag(self) -> bool:
        """False for a rank-only record (a study whose final ruled the Flag out)."""
        return self.status is not None

    @property
    def state_key(self) -> str:
        """The key of this state in the map and on the flag-state topic."""
        return self.key or self.accession

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in FLAG_STATUSES:
            raise FlagStateError(f"flag status must be one of {FLAG_STATUSES}, got {self.status!r}")
        if (self.status is None) != (self.flag_id is None):
            raise FlagStateError("flag_id and status are both set (a Flag) or both null (a rank-only record)")

    def to_json(self) -> bytes:
        """Canonical JSON bytes (sorted keys) with a schema_version field (schemas/flag-state.schema.json):
        `json_body()` as json.dumps(sort_keys=True, separators=(",", ":")) writes it, written here key by key
        in that order (once per decided record; tests/test_pipeline_state_bytes.py compares the two)."""
        s = _json_string
        return (
            f'{{"accession":{s(self.accession)},"control_id":{s(self.control_id)},'
            f'"filler_order_number":{s(self.filler_order_number)},"flag_id":{s(self.flag_id)},'
            f'"key":{s(self.key)},"model_version":{s(self.model_version)},'
            f'"patient_digest":{s(self.patient_digest)},"placer_order_number":{s(self.placer_order_number)},"priority":{s(self.priority)},'
            f'"result_status":{s(self.result_status)},"schema_version":{_SCHEMA_VERSION_JSON},'
            f'"status":{s(self.status)}}}'
        ).encode()

    def json_body(self) -> dict[str, object]:
        """The record's JSON form (what `to_json` serializes)."""
        return {
            "schema_version": STATE_SCHEMA_VERSION,
            "accession": self.accession,
            "flag_id": self.flag_id,
            "status": self.status,
            "model_version": self.model_version,
            "control_id": self.control_id,
            "result_status": self.result_status,
            "placer_order_number": self.placer_order_number,
            "filler_order_number": self.filler_order_number,
            "key": self.key,
            "priority": self.priority,
            "patient_digest": self.patient_digest,
        }

    @classmethod
    def from_json(cls, raw: bytes) -> FlagState:
        """A flag-state record, or FlagStateError naming what is wrong (the field, never its value: the
        topic may hold another producer's records, and the reason is logged)."""
        try:
            data = json.loads(raw)
        except RecursionError:
            raise FlagStateError("invalid flag-state record: nested too deeply for JSON") from None
        except ValueError as exc:
            raise FlagStateError(f"invalid flag-state record: not JSON ({type(exc).__name__})") from None
        if not isinstance(data, dict):
            raise FlagStateError(f"invalid flag-state record: a JSON {type(data).__name__}, not an object")
        version = data.pop("schema_version", STATE_SCHEMA_VERSION)
        if type(version) is not int or version != STATE_SCHEMA_VERSION:  # true == 1 and 1.0 == 1 in Python
            shown = version if type(version) is int else f"of type {type(version).__name__}"
            raise FlagStateError(f"unsupported flag-state schema_version {shown}")
        problem = _field_problem(data)
        if problem is not None:
            raise FlagStateError(f"invalid flag-state record: {problem}")
        return cls(**data)


_FLAG_ID = re.compile(r"ich-[0-9a-f]{32}")  # triage.fhir.flag.flag_id (FlagState.flag_id's pattern)
_REQUIRED_TEXT = ("accession", "model_version", "control_id")
_OPTIONAL_TEXT = ("flag_id", "placer_order_number", "filler_order_number", "key", "patient_digest")
_PATIENT_DIGEST = re.compile(r"pid-sha256:[0-9a-f]{64}")  # FlagState.patient_digest's pattern
_CHOICES: dict[str, tuple[str, ...]] = {
    "status": FLAG_STATUSES,
    "result_status": get_args(ResultStatusCode),
    "priority": get_args(Priority),
}
_REQUIRED = frozenset({*_REQUIRED_TEXT, "flag_id", "status", "result_status"})
_KNOWN = frozenset({*_REQUIRED_TEXT, *_OPTIONAL_TEXT, *_CHOICES})


def _field_problem(data: dict[str, object]) -> str | None:
    """What keeps `data` from being a FlagState's fields, or None. A dataclass checks no types: without this a
    record of another shape (a number as the accession, a list as the status) became the state decisions
    rest on."""
    unknown = [name for name in data if name not in _KNOWN]
    if unknown:
        return f"{len(unknown)} unknown field(s)"
    missing = sorted(_REQUIRED - set(data))
    if missing:
        return f"missing {', '.join(missing)}"
    for name in _REQUIRED_TEXT:
        if not isinstance(data[name], str) or not data[name]:
            return f"{name} is not a non-empty string"
    for name in _OPTIONAL_TEXT:
        if data.get(name) is not None and not isinstance(data[name], str):
            return f"{name} is not a string"
    for name, choices in _CHOICES.items():
        value = data.get(name)
        if value is not None and (not isinstance(value, str) or value not in choices):
            return f"{name} is not one of {', '.join(choices)}"
    if data["flag_id"] is not None and not _FLAG_ID.fullmatch(str(data["flag_id"])):
        return "flag_id is not a Flag id (ich- and 32 hex digits)"
    if data.get("patient_digest") is not None and not _PATIENT_DIGEST.fullmatch(str(data["patient_digest"])):
        return "patient_digest is not a patient digest (pid-sha256: and 64 hex digits)"
    if (data["status"] is None) != (data["flag_id"] is None):
        return "flag_id and status are not both set (a Flag) or both null (a rank-only record)"
    return None


FlagStateMap = MutableMapping[str, FlagState]
"""state key (FlagState.state_key: the accession, or accession^order number) → latest FlagState; a plain
dict works."""
