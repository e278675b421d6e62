"""schemas/asyncapi.yaml: valid AsyncAPI 3.0, consistent with the settings and the topic jobs, every $ref
resolves, and the messages the Processor really produces match the documented keys, headers and payloads."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from test_deploy import COMPOSE, TOPIC_DEFAULTS, expected_topics, shadow_state_topic, topic_lines
from test_pipeline_support import KeywordScorer, adt, oru

from triage.config import Settings
from triage.core import KafkaMessage, SourceRecord
from triage.pipeline.process import Processor

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "schemas"
DOC_PATH = SCHEMAS / "asyncapi.yaml"
# the official AsyncAPI 3.0.0 JSON Schema (@asyncapi/specs, Apache-2.0), kept here so the test runs offline
SPEC_SCHEMA = Path(__file__).resolve().parent / "data" / "asyncapi" / "asyncapi-3.0.0.schema.json"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return yaml.safe_load(DOC_PATH.read_text())


def pointer(document: Any, fragment: str) -> Any:
    """Follow a JSON pointer ('/a/b~1c') inside a parsed document."""
    node = document
    for part in filter(None, fragment.split("/")):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def all_refs(node: Any, where: str = "") -> list[tuple[str, str]]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.append((where, value))
            else:
                found += all_refs(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += all_refs(value, f"{where}/{i}")
    return found


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow local $refs ('#/...') until a real object is reached."""
    while isinstance(node, dict) and set(node) == {"$ref"} and node["$ref"].startswith("#"):
        node = pointer(doc, node["$ref"][1:])
    return node


@cache
def schema_registry() -> tuple[Registry, dict[str, str]]:
    """Every schemas/*.schema.json by its $id, plus file name -> $id."""
    registry: Registry = Registry()
    ids = {}
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        contents = json.loads(path.read_text())
        registry = registry.with_resource(contents["$id"], Resource.from_contents(contents))
        ids[path.name] = contents["$id"]
    return registry, ids


def validator_for(schema: dict[str, Any]) -> jsonschema.Validator:
    """Validator for an AsyncAPI schema object; a file $ref ('./x.schema.json#/p') goes through its $id."""
    registry, ids = schema_registry()
    ref = schema.get("$ref", "")
    if ref and not ref.startswith("#"):
        file, fragment = urldefrag(ref)
        schema = {"$ref": f"{ids[Path(file).name]}#{fragment}" if fragment else ids[Path(file).name]}
        return jsonschema.Draft202012Validator(schema, registry=registry)
    return jsonschema.Draft7Validator(schema)  # inline schemas: AsyncAPI's default format is draft-07 based


# ---------------------------------------------------------------------------------------------------------
# the document itself
# ---------------------------------------------------------------------------------------------------------
def test_document_is_valid_asyncapi_3(doc: dict[str, Any]) -> None:
    assert doc["asyncapi"] == "3.0.0"
    spec = json.loads(SPEC_SCHEMA.read_text())
    errors = sorted(jsonschema.Draft7Validator(spec).iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:10])


def test_every_ref_resolves(doc: dict[str, Any]) -> None:
    refs = all_refs(doc)
    assert any(not r.startswith("#") for _, r in refs), "no payload refers to the JSON Schemas"
    for where, ref in refs:
        file, fragment = urldefrag(ref)
        if file:
            path = (DOC_PATH.parent / file).resolve()
            assert path.is_file(), f"{where}: {ref} -> missing file {path}"
            target_doc = json.loads(path.read_text())
            jsonschema.validators.validator_for(target_doc).check_schema(target_doc)
        else:
            target_doc = doc
        try:
            pointer(target_doc, fragment)
        except (KeyError, IndexError, ValueError) as exc:
            pytest.fail(f"{where}: {ref} does not resolve ({exc!r})")


def test_channels_are_exactly_the_configured_topics(doc: dict[str, Any]) -> None:
    channels = doc["channels"]
    for name, channel in channels.items():
        assert channel.get("address"), f"channel {name} has no address"
        assert channel.get("messages"), f"channel {name} has no messages"
        assert channel["bindings"]["kafka"]["topic"] == channel["address"]
    assert sorted(c["address"] for c in channels.values()) == sorted(expected_topics())


def test_channel_bindings_match_the_topic_creation_job(doc: dict[str, Any]) -> None:
    created = topic_lines("\n".join(yaml.safe_load(COMPOSE.read_text())["services"]["kafka-init"]["command"]))
    for channel in doc["channels"].values():
        binding = channel["bindings"]["kafka"]
        partitions, configs = created[channel["address"]]
        assert binding["partitions"] == partitions, channel["address"]
        documented = binding["topicConfiguration"]
        assert documented["cleanup.policy"] == [configs.get("cleanup.policy", "delete")], channel["address"]
        if "retention.ms" in configs:
            assert documented["retention.ms"] == int(configs["retention.ms"]), channel["address"]


def test_operations_receive_input_and_send_every_output(doc: dict[str, Any]) -> None:
    by_channel: dict[str, set[str]] = {}
    for name, op in doc["operations"].items():
        channel_ref = op["channel"]["$ref"]
        address = pointer(doc, channel_ref[1:])["address"]
        by_channel.setdefault(address, set()).add(op["action"])
        for message in op["messages"]:
            assert message["$ref"].startswith(channel_ref + "/messages/"), (
                f"{name}: message not of its channel"
            )
    t = TOPIC_DEFAULTS
    assert by_channel.pop(t["input"]) == {"receive"}
    assert by_channel.pop(t["flag_state"]) == {"send", "receive"}, "state is written and read back"
    assert by_channel.pop(shadow_state_topic()) == {"send", "receive"}
    sent = ("worklist", "shadow_worklist", "audit", "review", "dead_letter", "shadow_dead_letter")
    assert by_channel == {t[k]: {"send"} for k in sent}


# ---------------------------------------------------------------------------------------------------------
# the document against real outputs
# ---------------------------------------------------------------------------------------------------------
def processor_outputs(shadow: bool) -> list[KafkaMessage]:
    positive = "Acute subdural hemorrhage along the left convexity."
    values = [
        oru(control_id="A1", accession="AC1", status="P", impression=positive),
        oru(control_id="A2", accession="AC1", status="C", impression="No acute intracranial hemorrhage."),
        oru(control_id="A3", accession="AC1", status="C", impression=positive),
        oru(control_id="A7", accession="AC1", status="C", impression="Stable chronic subdural hemorrhage."),
        oru(control_id="A4", accession="AC1", status="X", impression=positive),
        oru(control_id="A8", accession="AC2", status="X", impression=positive),
        oru(control_id="A5", accession="AC3", procedure="71260^CT CHEST^L"),
        adt("A6"),
        b"not hl7 at all",
    ]
    records = [
        SourceRecord("hl7.oru", 2, 100 + i, v, key=b"k" if i % 2 else None) for i, v in enumerate(values)
    ]
    settings = Settings(shadow=shadow)
    processor = Processor.from_settings(
        KeywordScorer(), settings, clock=lambda: datetime(2024, 1, 1, tzinfo=UTC)
    )  # type: ignore[arg-type]
    return [msg for outcome in processor.process_batch(records, {}) for msg in outcome.outputs]


@pytest.mark.parametrize("shadow", [False, True], ids=["live", "shadow"])
def test_real_outputs_match_the_documented_messages(doc: dict[str, Any], shadow: bool) -> None:
    channels = {c["address"]: c for c in doc["channels"].values()}
    outputs = processor_outputs(shadow)
    seen = {m.topic for m in outputs}
    # a shadow run writes Flags, lifecycle state and dead letters to the shadow topics (Settings.run_topics)
    prefix = "shadow_" if shadow else ""
    expected = {TOPIC_DEFAULTS["audit"]} | {
        TOPIC_DEFAULTS[prefix + name] for name in ("worklist", "dead_letter", "flag_state")
    }
    assert expected == seen
    for msg in outputs:
        assert msg.topic in channels, f"output to undocumented topic {msg.topic}"
        (message,) = [deref(doc, m) for m in channels[msg.topic]["messages"].values()]
        where = f"{msg.topic} ({message['name']})"

        headers = {name: value.decode("utf-8") for name, value in msg.headers}
        assert len(headers) == len(msg.headers), f"{where}: duplicate header names"
        header_schema = deref(doc, message.get("headers", {"type": "object", "maxProperties": 0}))
        errors = list(validator_for(header_schema).iter_errors(headers))
        assert not errors, f"{where} headers {sorted(headers)}: {errors[0].message}"
        documented = set(deref(doc, header_schema).get("properties", {}))
        if documented:  # every header the code sends is documented (additional ones would go unnoticed)
            assert set(headers) <= documented, f"{where}: undocumented headers {set(headers) - documented}"
        if "content-type" in headers:
            assert headers["content-type"].split(";")[0] == message["contentType"], where

        key_schema = message["bindings"]["kafka"]["key"]
        if msg.key is not None:
            jsonschema.validate(msg.key.decode("utf-8"), key_schema)

        payload = message["payload"]
        if payload.get("format") == "binary":
            assert "string" in payload["type"]
            continue
        value = json.loads(msg.value)
        errors = list(validator_for(payload).iter_errors(value))
        assert not errors, f"{where} payload: {errors[0].message}"


def test_flag_headers_document_every_flag_action_the_code_emits(doc: dict[str, Any]) -> None:
    documented = set(doc["components"]["schemas"]["FlagHeaders"]["properties"]["triage-flag-action"]["enum"])
    emitted = {
        dict(m.headers)["triage-flag-action"].decode()
        for m in processor_outputs(shadow=False)
        if m.topic == TOPIC_DEFAULTS["worklist"]
    }
    assert emitted == documented, "the P/C/X batch exercises every action that publishes a Flag"


def test_flag_content_type_documents_every_fhir_release_the_code_sends(doc: dict[str, Any]) -> None:
    """TRIAGE_FHIR_RELEASE=R4 sends fhirVersion=4.0: a consumer validating headers against this document
    (as a foreign client would) must not refuse it."""
    from triage.fhir.flag import CONTENT_TYPES

    documented = doc["components"]["schemas"]["FlagHeaders"]["properties"]["content-type"]["enum"]
    assert set(documented) == set(CONTENT_TYPES.values())


def test_flag_state_key_documents_the_second_order_form_the_code_writes(doc: dict[str, Any]) -> None:
    """Two orders sharing one accession: the second order's flag-state record is keyed `accession^order`
    (librdkafka read back `SHARED7^ORDBF`); the contract said "accession" only (breaker)."""
    values = [
        oru(control_id="S1", accession="AC9", placer="PL1", filler="FI1"),
        oru(control_id="S2", accession="AC9", placer="PL2", filler="FI2"),
    ]
    records = [SourceRecord("hl7.oru", 0, i, v) for i, v in enumerate(values)]
    processor = Processor.from_settings(
        KeywordScorer(), Settings(), clock=lambda: datetime(2024, 1, 1, tzinfo=UTC)
    )  # type: ignore[arg-type]
    keys = {
        m.key
        for outcome in processor.process_batch(records, {})
        for m in outcome.outputs
        if m.topic == TOPIC_DEFAULTS["flag_state"]
    }
    assert keys == {b"AC9", b"AC9^FI2"}
    channel = next(c for c in doc["channels"].values() if c["address"] == TOPIC_DEFAULTS["flag_state"])
    (message,) = [deref(doc, m) for m in channel["messages"].values()]
    assert "accession^<order number>" in message["bindings"]["kafka"]["key"]["description"]


def test_dead_letter_contract_documents_the_carried_input_headers_and_null_value(doc: dict[str, Any]) -> None:
    """A dead letter carries the input's own headers (prefixed) and keeps a null value null (breaker: a
    re-driven dead letter lost its headers, a tombstone came back empty): the real Processor's dead letter
    of such a record validates against the documented headers, and the documents name what the code uses."""
    from triage.pipeline.deadletter import INPUT_HEADER_PREFIX, NULL_VALUE_HEADER, dead_letter_envelope

    input_headers = (
        ("traceparent", b"00-1-2-01"),
        ("triage-dlq-reason", b"spoofed"),
        ("h", b"a"),
        ("h", b"b"),
    )
    records = [SourceRecord("hl7.oru", 0, 0, b"", key=b"k", headers=input_headers, null_value=True)]
    processor = Processor.from_settings(
        KeywordScorer(), Settings(), clock=lambda: datetime(2024, 1, 1, tzinfo=UTC)
    )  # type: ignore[arg-type]
    (letter,) = [
        m
        for outcome in processor.process_batch(records, {})
        for m in outcome.outputs
        if m.topic == TOPIC_DEFAULTS["dead_letter"]
    ]
    assert letter.value is None
    assert [(n, v) for n, v in letter.headers if n.startswith(INPUT_HEADER_PREFIX)] == [
        (INPUT_HEADER_PREFIX + n, v) for n, v in input_headers
    ]
    message = deref(doc, doc["components"]["messages"]["DeadLetterMessage"])
    envelope = dead_letter_envelope(letter)
    errors = list(validator_for(deref(doc, message["headers"])).iter_errors(envelope["headers"]))
    assert not errors, errors[0].message
    dead_letter_schema = json.loads((SCHEMAS / "dead-letter.schema.json").read_text())
    jsonschema.validate(envelope, dead_letter_schema)
    assert f"^{INPUT_HEADER_PREFIX}" in dead_letter_schema["properties"]["headers"]["patternProperties"]
    assert "null" in message["payload"]["type"]
    for text in (
        message["description"],
        (REPO / "README.md").read_text(),
        (REPO / "deploy/README.md").read_text(),
    ):
        assert INPUT_HEADER_PREFIX in text and NULL_VALUE_HEADER in text
