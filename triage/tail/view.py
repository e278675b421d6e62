"""One Kafka record → what `triage tail` prints: a kind, the ids and decisions, never text it was not asked
for. Pure functions; the topic reading is in triage.tail.follow.

Kinds, told from the record itself (so shadow, suffixed or site-named topics work without settings): a
``triage-dlq-reason`` header → ``dead_letter`` (headers and reason; the original bytes only with
``show_text``); a FHIR ``Flag`` → ``flag``; an audit record (``decision`` + ``source``) → ``audit``; a
flag-state record → ``flag_state``; anything else → ``hl7`` when the daemon's parser finds an MSH segment in
it, whatever its encoding (MSH-10, accession and message type; the report text only with ``show_text``),
else ``other`` (its length)."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from triage.core import SourceRecord
from triage.fhir.flag import extension_map
from triage.hl7.accession import DEFAULT_ACCESSION_SOURCES
from triage.pipeline.bounds import bound_bytes, escape_controls
from triage.pipeline.deadletter import INPUT_HEADER_PREFIX
from triage.replay.explain import dead_letter_event, flag_event

if TYPE_CHECKING:
    from pydantic import SecretStr

KINDS = ("flag", "audit", "dead_letter", "flag_state", "hl7", "other")
_NOT_HL7 = ("no_msh", "empty", "encoding")  # parser reasons for a record that holds no HL7 message at all


def _json(value: bytes) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return None


def _headers(headers: Sequence[tuple[str, bytes]], show_text: bool = False) -> dict[str, str | list[str]]:
    """Name -> value; a name sent more than once (Kafka allows it: librdkafka, Java clients) -> every value,
    in order, so no header a consumer sees is hidden. A dead letter's copy of an input header
    (``triage-input-header:*``: any producer's, it may hold PHI) shows its length and digest
    (``~len=N~sha256=<16 hex>``), its value only with `show_text`."""
    out: dict[str, str | list[str]] = {}
    for name, raw in headers:
        hide = not show_text and name.startswith(INPUT_HEADER_PREFIX)
        value = (bound_bytes(raw, 0) or b"" if hide else raw).decode("utf-8", "replace")
        seen = out.get(name)
        out[name] = value if seen is None else [*seen, value] if isinstance(seen, list) else [seen, value]
    return out


def _time(record: SourceRecord) -> str | None:
    when = record.created_at()
    return None if when is None else when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _text(value: bytes) -> str:
    """HL7 bytes for a terminal: segments on their own lines (PHI: only behind --show-text)."""
    return value.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def kind_of(record: SourceRecord, *, accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES) -> str:
    kind = _json_kind(record)
    return kind if kind is not None else _hl7_kind(_parse(record, accession_sources))


def _json_kind(record: SourceRecord) -> str | None:
    """The kind told by headers or JSON alone; None for a record that needs the HL7 parser."""
    if any(name == "triage-dlq-reason" for name, _ in record.headers):
        return "dead_letter"
    body = _json(record.value) if record.value[:1] == b"{" else None
    if isinstance(body, dict):
        if body.get("resourceType") == "Flag":
            return "flag"
        if "decision" in body and "source" in body:
            return "audit"
        if "flag_id" in body and "accession" in body:
            return "flag_state"
        return "other"
    return None


def _parse(record: SourceRecord, accession_sources: Sequence[str]) -> list[Any]:
    """The daemon's parser with the site's accession sources: tail shows the accession the daemon keys by."""
    from triage.hl7 import parse_record

    return parse_record(record.value, accession_sources=accession_sources)


def _hl7_kind(results: Sequence[Any]) -> str:
    from triage.core import MessageError

    no_message = all(
        isinstance(r, MessageError) and getattr(r.error, "reason", None) in _NOT_HL7 for r in results
    )
    return "other" if no_message else "hl7"


def _hl7_ids(results: Sequence[Any]) -> dict[str, Any]:
    from triage.core import MessageError, Report

    out = []
    for result in results:
        entry: dict[str, Any] = {
            "message_index": result.message_index,
            "order_index": getattr(result, "order_index", 0),
            "control_id": result.control_id,
            "accession": result.accession if isinstance(result, Report | MessageError) else None,
        }
        if isinstance(result, MessageError):
            entry["error"] = getattr(result.error, "reason", type(result.error).__name__)
        else:
            entry["message_type"] = result.message_type
        out.append(entry)
    return {"messages": out}


def entry(
    record: SourceRecord,
    *,
    show_text: bool = False,
    accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES,
    key_secret: SecretStr | None = None,
) -> dict[str, Any]:
    """The record as a JSON-ready dict: coordinates, key, headers, kind and a kind-specific body. Flag, audit
    and flag-state values are the daemon's own JSON (ids and decisions); a dead letter's or an HL7
    message's bytes appear only with `show_text` (``text``; an oversize dead letter's JSON summary is
    always shown, it holds no text but a base64 prefix, which is dropped)."""
    kind = _json_kind(record)
    results: list[Any] = []
    if kind is None:  # parsed once, for the kind and the ids
        results = _parse(record, accession_sources)
        kind = _hl7_kind(results)
    out: dict[str, Any] = {
        "kind": kind,
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "timestamp": _time(record),
        "key": record.key.decode("utf-8", "replace") if record.key is not None else None,
        "headers": _headers(record.headers, show_text),
    }
    if kind in ("flag", "audit", "flag_state"):
        out["value"] = _json(record.value)
        if not show_text:
            _hide_patient(kind, out["value"], key_secret)
    elif kind == "dead_letter":
        d = dead_letter_event(record)
        out["dead_letter"] = {
            "reason": d.reason,
            "error_type": d.error_type,
            "error": d.error,
            "control_id": d.control_id,
            "accession": d.accession,
            "source": d.source,
            "format": d.format or "original",
            "value_bytes": d.value_bytes,
        }
        if d.format == "oversize":
            summary = _json(record.value)
            if isinstance(summary, dict):
                summary.pop("prefix_base64", None)
                out["dead_letter"]["oversize"] = summary
        if show_text:
            out["text"] = _text(record.value)
        else:  # the input key, copied: a record keyed before keys were digests holds PID-3 in clear
            out["key"] = _legacy_key(out["key"], record.value, key_secret)
    elif kind == "hl7":
        if not show_text:
            out["key"] = _legacy_key(out["key"], record.value, key_secret)
        out |= _hl7_ids(results)
        out["value_bytes"] = len(record.value)
        if show_text:
            out["text"] = _text(record.value)
    else:
        out["value_bytes"] = len(record.value)
        if show_text:
            out["value_base64"] = base64.b64encode(record.value).decode("ascii")
    return out


def _hide_patient(kind: str, value: Any, secret: SecretStr | None = None) -> None:
    """PID-3 in an audit record or a Flag as its key digest (triage.mllp.keys.patient_key: what the input
    record's key holds, so the two can be matched), never the identifier; shown only with --show-text."""
    from urllib.parse import unquote

    from triage.fhir.flag import PATIENT_ID_SYSTEM_PREFIX
    from triage.mllp.keys import patient_key

    if not isinstance(value, dict):
        return
    if kind == "audit" and isinstance(value.get("patient_id"), str):
        authority = value.get("patient_id_authority")
        value["patient_id"] = patient_key(
            value["patient_id"], authority if isinstance(authority, str) else None, secret
        )
    subject = value.get("subject") if kind == "flag" else None
    ident = subject.get("identifier") if isinstance(subject, dict) else None
    if isinstance(ident, dict) and isinstance(ident.get("value"), str):
        system = ident.get("system")
        authority = (
            unquote(system[len(PATIENT_ID_SYSTEM_PREFIX) :])
            if isinstance(system, str) and system.startswith(PATIENT_ID_SYSTEM_PREFIX)
            else None
        )
        ident["value"] = patient_key(ident["value"], authority, secret)


def _legacy_key(key: str | None, value: bytes, secret: SecretStr | None = None) -> str | None:
    """`key`, unless it is PID-3 in clear of a message in `value` (a record keyed before keys were
    digests): then the digest it would have today."""
    from triage.mllp.keys import PATIENT_KEY_PREFIXES, clear_patient_keys, patient_key

    if key is None or key.startswith(PATIENT_KEY_PREFIXES) or key not in clear_patient_keys(value):
        return key
    patient, _, authority = key.partition("^^^")
    return patient_key(patient, authority or None, secret)


def _p(value: Any) -> str:
    """A field as the line shows it: control characters escaped (a producer's key or an id with a line
    break, or a terminal escape, must not print a line or colour the record does not hold)."""
    return "-" if value is None or value == "" else escape_controls(str(value))


def render(record: SourceRecord, e: dict[str, Any]) -> str:
    """One line per record (a second, indented, for a dead letter's error; the text under it with
    --show-text): time, coordinates, kind, then the fields an integration engineer checks first."""
    head = f"{_p(e['timestamp'])}  {e['topic']}:{e['partition']}:{e['offset']}  "
    kind = e["kind"]
    if kind == "flag":
        f = flag_event(record)
        ext = extension_map(
            {"extension": [x for x in (e["value"].get("extension") or []) if isinstance(x, dict)]}
        )
        line = (
            f"Flag {_p(f and f.flag_id)} {_p(f and f.status)}  action {_p(f and f.action)}"
            f"  priority {_p(e['headers'].get('triage-priority'))}  accession {_p(e['key'])}"
            f"  MSH-10 {_p(f and f.control_id)}  p={_p(f and f.probability)}"
            f"  assertion {_p((ext.get('ich-assertion') or {}).get('valueCode'))}"
            f"  decided-by {_p((ext.get('decided-by') or {}).get('valueCode'))}"
            f"  result {_p(f and f.result_status)}  model {_p(f and f.model_version)}"
        )
        return head + line
    if kind == "audit":
        a = e["value"]
        rules = a.get("rules") or {}
        line = (
            f"audit {_p(a.get('decision'))}"
            + (f" ({a['reason']})" if a.get("reason") else "")
            + (f"  priority {a['priority']}" if a.get("priority") else "")
            + f"  accession {_p(a.get('accession'))}  MSH-10 {_p(a.get('control_id'))}"
            f"  status {_p(a.get('result_status'))}  score {_p(a.get('score'))}/{_p(a.get('threshold'))}"
            f"  rules {_p(rules.get('assertion'))}  decided-by {_p(a.get('decided_by'))}"
            f"  flag {_p(a.get('flag_action'))} {_p(a.get('flag_id'))}  model {_p(a.get('model_version'))}"
            f"  mode {_p(a.get('mode'))}"
        )
        return head + line
    if kind == "flag_state":
        s = e["value"]
        return head + (
            f"flag state accession {_p(s.get('accession'))}"
            f"  Flag {_p(s.get('flag_id'))} {_p(s.get('status'))}  priority {_p(s.get('priority'))}"
            f"  MSH-10 {_p(s.get('control_id'))}  result {_p(s.get('result_status'))}"
            f"  model {_p(s.get('model_version'))}"
        )
    if kind == "dead_letter":
        d = e["dead_letter"]
        lines = [
            head
            + f"dead letter {_p(d['reason'])}  MSH-10 {_p(d['control_id'])}  accession {_p(d['accession'])}"
            f"  key {_p(e['key'])}  from {_p(d['source'])}  {d['format']} {d['value_bytes']} bytes",
            f"    {_p(d['error_type'])}: {_p(d['error'])}",
        ]
    elif kind == "hl7":
        ids = "; ".join(
            f"MSH-10 {_p(m['control_id'])} accession {_p(m['accession'])} "
            + (f"error {m['error']}" if "error" in m else _p(m.get("message_type")))
            for m in e["messages"]
        )
        lines = [head + f"HL7 key {_p(e['key'])}  {e['value_bytes']} bytes  {ids or 'no message'}"]
    else:
        lines = [head + f"record key {_p(e['key'])}  {e['value_bytes']} bytes"]
    if "text" in e:
        lines += ["    " + line for line in e["text"].split("\n")]
    return "\n".join(lines)
