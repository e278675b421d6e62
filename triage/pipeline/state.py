"""The latest Flag state of one order (key = accession; ``accession^order number`` for a second order that
shares the accession, see ``triage.pipeline.decide.state_key``). Kept on a compacted Kafka topic by
triage/stream so the report lifecycle (P → F → C → X) survives restarts and works across daemon instances of
one group."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from dataclasses import dataclass

STATE_SCHEMA_VERSION = 1
FLAG_STATUSES = ("active", "inactive", "entered-in-error")


class FlagStateError(ValueError):
    """A flag-state record cannot be read (corrupt or from an incompatible version)."""


@dataclass(frozen=True)
class FlagState:
    """Latest Flag published for a study. Written only when a Flag is (re)published."""

    accession: str
    flag_id: str
    status: str  # FHIR Flag.status: "active" | "inactive" | "entered-in-error"
    model_version: str  # model whose decision produced this state of the Flag
    control_id: str  # MSH-10 of the message that caused it
    result_status: str | None
    # the order this Flag belongs to (OBR/ORC-2, -3): a report of another order with the same accession gets
    # its own state and Flag; None in records written before they were kept (then only the accession counts)
    placer_order_number: str | None = None
    filler_order_number: str | None = None
    key: str | None = None  # the state key when it is not the accession (a second order of one accession)
    # the worklist priority of the Flag last published (triage.priority); None in records written before
    # it was kept
    priority: str | None = None

    @property
    def state_key(self) -> str:
        """The key of this state in the map and on the flag-state topic."""
        return self.key or self.accession

    def __post_init__(self) -> None:
        if self.status not in FLAG_STATUSES:
            raise FlagStateError(f"flag status must be one of {FLAG_STATUSES}, got {self.status!r}")

    def to_json(self) -> bytes:
        """Canonical JSON bytes (sorted keys) with a schema_version field (schemas/flag-state.schema.json)."""
        body = {
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
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> FlagState:
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            version = data.pop("schema_version", STATE_SCHEMA_VERSION)
            if version != STATE_SCHEMA_VERSION:
                raise FlagStateError(f"unsupported flag-state schema_version {version!r}")
            return cls(**data)
        except FlagStateError:
            raise
        except (ValueError, TypeError) as exc:
            raise FlagStateError(f"invalid flag-state record: {exc}") from exc


FlagStateMap = MutableMapping[str, FlagState]
"""state key (FlagState.state_key: the accession, or accession^order number) → latest FlagState; a plain
dict works."""
