"""The published JSON schemas of the typed records, generated from the records themselves (pydantic reads the
frozen dataclasses and their annotations), so a field added to a record is a field of its contract.

``python -m triage.pipeline.schemas`` (``make schemas``) writes ``schemas/audit-record.schema.json`` and
``schemas/flag-state.schema.json``; tests/test_schemas.py fails when a file differs from what this module
generates. What a dataclass cannot say (which fields a decision makes null) is kept here as data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCHEMAS_DIR = Path(__file__).resolve().parent.parent.parent / "schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://triage.example.org/schemas/"

AUDIT_DESCRIPTION = (
    "One record per HL7 message on the audit topic (default triage.audit), key = accession, else MSH-10. "
    "Serialized as json.dumps(sort_keys=True, separators=(',', ':')). Contains identifiers and decisions "
    "only: never report text, impression, patient names or birth dates. 'timings' and 'processed_at' are the "
    "only non-deterministic fields; replay comparisons ignore exactly these two. Every field is always "
    "present (null when unknown). Generated from triage.pipeline.audit.AuditRecord."
)

# which fields each decision / Flag action makes null or fixes (not expressible in the dataclass)
AUDIT_CONDITIONS: list[dict[str, Any]] = [
    {
        "if": {"properties": {"decision": {"enum": ["positive", "negative"]}}},
        "then": {
            "properties": {
                "score": {"type": "number"},
                "policy_score": {"type": "number"},
                "reason": {"enum": [None, "stale_result_status"]},
                "error_type": {"type": "null"},
            }
        },
    },
    {
        "if": {"properties": {"decision": {"const": "skipped"}}},
        "then": {
            "properties": {
                "reason": {
                    "enum": [
                        "not_oru",
                        "mdm_without_content",
                        "mdm_obsolete",
                        "procedure_filter",
                        "cancelled",
                    ]
                },
                "error_type": {"type": "null"},
            }
        },
    },
    {
        "if": {"properties": {"decision": {"const": "dead_letter"}}},
        "then": {
            "properties": {
                "reason": {"type": "string"},
                "error_type": {"type": "string"},
                "score": {"type": "null"},
                "policy_score": {"type": "null"},
                "flag_action": {"const": "none"},
            }
        },
    },
    {
        "if": {
            "properties": {
                "flag_action": {
                    "enum": ["created", "unchanged", "reactivated", "withdrawn", "entered-in-error"]
                }
            }
        },
        "then": {"properties": {"flag_id": {"type": "string"}, "flag_status": {"type": "string"}}},
    },
    {
        "if": {"properties": {"flag_action": {"enum": ["created", "reactivated"]}}},
        "then": {"properties": {"flag_status": {"const": "active"}, "decision": {"const": "positive"}}},
    },
    {
        "if": {"properties": {"flag_action": {"const": "withdrawn"}}},
        "then": {"properties": {"flag_status": {"const": "inactive"}, "decision": {"const": "negative"}}},
    },
    {
        "if": {"properties": {"flag_action": {"const": "stale"}}},
        "then": {
            "properties": {
                "reason": {"const": "stale_result_status"},
                "result_status": {"type": "string"},
                "flag_result_status": {"type": "string"},
            }
        },
    },
    {
        "if": {"properties": {"flag_action": {"const": "entered-in-error"}}},
        "then": {
            "properties": {"flag_status": {"const": "entered-in-error"}, "reason": {"const": "cancelled"}}
        },
    },
]


def _resolve(node: Any, defs: dict[str, Any]) -> Any:
    """Inline every ``$ref`` (the records nest, they never recurse); a nested class's docstring is not its
    field's description."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = {k: v for k, v in defs[node["$ref"].rsplit("/", 1)[-1]].items() if k != "description"}
            return _resolve({**target, **{k: v for k, v in node.items() if k != "$ref"}}, defs)
        return {k: _resolve(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_resolve(v, defs) for v in node]
    return node


def _tidy(node: dict[str, Any]) -> dict[str, Any]:
    """pydantic's schema in the contract's style: no titles, ``X | None`` as a nullable type or enum, closed
    objects."""
    node = {k: v for k, v in node.items() if k not in ("title", "default")}
    options = node.pop("anyOf", None)
    if options is not None:
        options = [_tidy(o) for o in options]
        nulls = [o for o in options if o == {"type": "null"}]
        rest = [o for o in options if o != {"type": "null"}]
        if len(rest) != 1:
            node["anyOf"] = options
        else:
            (inner,) = rest
            node = {**inner, **node}
            if nulls:
                if "enum" in inner:
                    node["enum"] = [*inner["enum"], None]
                    node.pop("type", None)
                elif "const" in inner:
                    node["enum"] = [inner["const"], None]
                    node.pop("const")
                    node.pop("type", None)
                else:
                    node["type"] = [inner["type"], "null"]
    if "enum" in node and "type" in node and not isinstance(node["type"], list):
        node.pop("type")  # an enum names its values
    if "const" in node:
        node.pop("type", None)
    if "properties" in node:
        node["properties"] = {name: _tidy(sub) for name, sub in node["properties"].items()}
        node["additionalProperties"] = False
    if isinstance(node.get("items"), dict):
        node["items"] = _tidy(node["items"])
    return node


def record_schema(cls: type, name: str, title: str, description: str) -> dict[str, Any]:
    """The contract's schema of frozen dataclass `cls`."""
    from pydantic import TypeAdapter

    raw = TypeAdapter(cls).json_schema()
    body = _tidy(_resolve(raw, raw.get("$defs", {})))
    body.pop("description", None)
    return {
        "$schema": DRAFT,
        "$id": f"{BASE_ID}{name}",
        "title": title,
        "description": description,
        **body,
    }


def audit_record_schema() -> dict[str, Any]:
    from triage.pipeline.audit import AuditRecord

    schema = record_schema(AuditRecord, "audit-record.schema.json", "triage audit record", AUDIT_DESCRIPTION)
    return {**schema, "allOf": AUDIT_CONDITIONS}


FLAG_STATE_DESCRIPTION = (
    "Value of the compacted flag-state topic (default triage.flag-state), key = accession (accession^order "
    "number for a second order that shares the accession: triage.pipeline.decide.state_key). The latest Flag "
    "published for an order; written when a Flag is (re)published and when a report moves the OBR-25 status "
    "the Flag rests on forward (P -> F) without changing it. A study without a Flag gets a rank-only record "
    "(flag_id and status null) once a final or later report is decided, so a late preliminary is stale. "
    "The daemon rebuilds its lifecycle "
    "state from this topic at start, so the P -> F -> C -> X lifecycle survives restarts and works across "
    "instances of one consumer group. Serialized with sorted keys. Generated from "
    "triage.pipeline.state.FlagState."
)


def flag_state_schema() -> dict[str, Any]:
    from triage.pipeline.state import FlagState

    schema = record_schema(FlagState, "flag-state.schema.json", "triage flag state", FLAG_STATE_DESCRIPTION)
    # schema_version is written at the edge (FlagState.to_json), not held by the record
    schema["properties"] = {"schema_version": {"const": 1}, **schema["properties"]}
    schema["required"] = ["schema_version", *schema["required"]]
    return schema


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


GENERATED = {"audit-record.schema.json": audit_record_schema, "flag-state.schema.json": flag_state_schema}


def main(argv: list[str] | None = None) -> int:
    """Write every generated schema into `schemas/` (or the directory given)."""
    out = Path(argv[0]) if argv else SCHEMAS_DIR
    for name, make in GENERATED.items():
        (out / name).write_text(render(make()), encoding="utf-8")
        print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
