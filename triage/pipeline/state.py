"""The latest Flag state of one study (key = accession). Kept on a compacted Kafka topic by triage/stream so
the report lifecycle (P → F → C → X) survives restarts and works across daemon instances of one group."""

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
"""accession → latest FlagState; a plain dict works."""
