"""`triage audit explain ID`: one study's history from the audit records, Flags and dead letters.

ID is an accession or an MSH-10 (message control id): a dead-lettered message is found by either, since its
audit record carries both when the parser could read them and its dead letter has them as headers
(``triage-accession``, ``triage-msh10``). An MSH-10 of a message that has an accession shows that whole study.

Ids and decisions only. The report text is shown only when the user asks for it (`--show-text`) and can read
the raw input topic: it is fetched record by record at the audit's source coordinates and parsed with the
daemon's own parser.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.core import SourceRecord
from triage.fhir.flag import extension_map
from triage.priority.attributes import MASS_EFFECT_SIGNS
from triage.replay.compare import index_text


def _sort_key(record: dict[str, Any]) -> tuple[Any, ...]:
    src = record.get("source") or {}
    return (
        str(src.get("topic")),
        int(src.get("partition", -1)),
        int(src.get("offset", -1)),
        int(src.get("message_index", 0)),
        int(src.get("order_index", 0)),
        str(record.get("mode")),
        str(record.get("model_version")),
    )


def study_audits(
    records: Iterable[dict[str, Any]], ident: str, accessions: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """The audit records whose accession or MSH-10 is `ident` (or whose accession is in `accessions`), in
    source order, duplicates (at-least-once redeliveries) removed."""
    wanted = {ident, *accessions}
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for record in records:
        if record.get("accession") not in wanted and record.get("control_id") != ident:
            continue
        fingerprint = json.dumps(
            {k: v for k, v in record.items() if k not in ("timings", "processed_at")}, sort_keys=True
        )
        if fingerprint in seen:
            continue
        seen.add(fingerprint)
        out.append(record)
    return sorted(out, key=_sort_key)


def study_accessions(audits: Iterable[dict[str, Any]], ident: str) -> set[str]:
    """The accessions `ident` stands for: itself, and the accession of each message whose MSH-10 it is."""
    return {ident} | {a["accession"] for a in audits if a.get("control_id") == ident and a.get("accession")}


@dataclass(frozen=True, slots=True)
class FlagEvent:
    """One Flag publication for the study, as read back from the worklist topic."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None
    flag_id: str | None
    status: str | None
    model_version: str | None
    probability: float | None
    result_status: str | None
    control_id: str | None
    action: str | None
    source: str | None  # "topic:partition:offset/index" of the input record that caused it
    priority: str | None = None  # worklist priority (header triage-priority)


def _header(headers: Sequence[tuple[str, bytes]], name: str) -> str | None:
    for key, value in headers:
        if key == name:
            return value.decode("utf-8", "replace")
    return None


def flag_event(record: SourceRecord) -> FlagEvent | None:
    """A worklist record as a FlagEvent (None if it is not a Flag JSON)."""
    try:
        flag = json.loads(record.value)
    except ValueError:
        return None
    if not isinstance(flag, dict) or flag.get("resourceType") != "Flag":
        return None
    ext = extension_map({"extension": [e for e in flag.get("extension") or [] if isinstance(e, dict)]})
    h = record.headers
    return FlagEvent(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp_ms=record.timestamp_ms,
        flag_id=flag.get("id"),
        status=flag.get("status"),
        model_version=(ext.get("model-version") or {}).get("valueString")
        or _header(h, "triage-model-version"),
        probability=(ext.get("ich-probability") or {}).get("valueDecimal"),
        result_status=(ext.get("hl7v2-result-status") or {}).get("valueCode"),
        control_id=_header(h, "triage-msh10"),
        action=_header(h, "triage-flag-action"),
        source=_source(h),
        priority=_header(h, "triage-priority"),
    )


def study_flags(records: Iterable[SourceRecord], accessions: Iterable[str]) -> list[FlagEvent]:
    """Flags keyed by one of the accessions (the worklist key), in topic order."""
    keys = {a.encode("utf-8") for a in accessions}
    events = [e for r in records if r.key in keys and (e := flag_event(r)) is not None]
    return sorted(events, key=lambda e: (e.partition, e.offset))


@dataclass(frozen=True, slots=True)
class DeadLetterEvent:
    """One dead letter as read back from the dead-letter topic: where it is, why, and whose it is (headers
    only: the value is the original message, shown by nothing here)."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None
    reason: str | None
    error_type: str | None
    error: str | None  # PHI-free by construction (triage.pipeline.deadletter.safe_error_text)
    control_id: str | None
    accession: str | None
    key: str | None
    format: str | None  # original | oversize
    value_bytes: int
    source: str | None  # "topic:partition:offset/index" of the input record


def _source(headers: Sequence[tuple[str, bytes]]) -> str | None:
    topic = _header(headers, "triage-source-topic")
    if not topic:
        return None
    return (
        f"{topic}:{_header(headers, 'triage-source-partition')}:{_header(headers, 'triage-source-offset')}"
        f"/{_header(headers, 'triage-message-index') or 0}"
        + (f".{order}" if (order := _header(headers, "triage-order-index")) not in (None, "", "0") else "")
    )


def dead_letter_event(record: SourceRecord) -> DeadLetterEvent:
    h = record.headers
    return DeadLetterEvent(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp_ms=record.timestamp_ms,
        reason=_header(h, "triage-dlq-reason"),
        error_type=_header(h, "triage-dlq-error-type"),
        error=_header(h, "triage-dlq-error"),
        control_id=_header(h, "triage-msh10"),
        accession=_header(h, "triage-accession"),
        key=record.key.decode("utf-8", "replace") if record.key is not None else None,
        format=_header(h, "triage-dlq-format"),
        value_bytes=len(record.value),
        source=_source(h),
    )


def study_dead_letters(
    records: Iterable[SourceRecord], ident: str, accessions: Iterable[str], audits: Iterable[dict[str, Any]]
) -> list[DeadLetterEvent]:
    """Dead letters of the study: by their accession or MSH-10 header, by key, or at the source coordinates
    of one of the study's dead-letter audit records (a dead letter written before these headers existed)."""
    wanted = {ident, *accessions}
    coords = {
        f"{(a.get('source') or {}).get('topic')}:{(a.get('source') or {}).get('partition')}:"
        f"{(a.get('source') or {}).get('offset')}/"
        + index_text(
            (a.get("source") or {}).get("message_index", 0), (a.get("source") or {}).get("order_index", 0)
        )
        for a in audits
        if a.get("decision") == "dead_letter"
    }
    out = []
    for record in records:
        e = dead_letter_event(record)
        if e.reason is None:  # another producer's record on the topic: every dead letter names its reason
            continue
        if e.accession in wanted or e.control_id == ident or e.key in wanted or e.source in coords:
            out.append(e)
    return sorted(out, key=lambda e: (e.partition, e.offset))


def _cell(value: Any, width: int) -> str:
    text = "-" if value is None else (f"{value:.4f}" if isinstance(value, float) else str(value))
    return f"{text[: width - 1]:<{width}}"


AUDIT_COLUMNS = (
    ("source", 22),
    ("MSH-10", 16),
    ("status", 7),
    ("score", 8),
    ("decision", 12),
    ("reason", 17),
    ("flag action", 17),
    ("flag id", 38),
    ("flag status", 17),
    ("model", 24),
    ("mode", 7),
)


def render_history(
    accession: str,
    audits: list[dict[str, Any]],
    flags: list[FlagEvent] | None,
    texts: dict[tuple[str, int, int, int], tuple[str, str, str]] | None = None,
    raw_topic: str | None = None,
    dead_letters: list[DeadLetterEvent] | None = None,
) -> str:
    """Table of every message received for the study, then every Flag published for it and every dead
    letter (ids, reason and error; never the original bytes)."""
    # an MSH-10 looked up: the header says so and names the study it led to (it read "Study <MSH-10>")
    ids = [(a.get("control_id"), a.get("accession")) for a in audits]
    ids += [(d.control_id, d.accession) for d in dead_letters or ()]
    via = sorted({acc for control_id, acc in ids if control_id == accession and acc not in (accession, None)})
    looked_up = f"Study {accession}"
    if via:
        looked_up = f"Message {accession} (MSH-10) -> study {', '.join(via)}"
    elif any(c == accession for c, _ in ids) and all(acc != accession for _, acc in ids):
        looked_up = f"Message {accession} (MSH-10, no accession)"
    lines = [f"{looked_up}: {len(audits)} audit record(s)"]
    if audits:
        # the model version is shown whole (ich-cnnlstm-YYYYMMDD-<sha8> and site names alike)
        longest = max(len(str(a.get("model_version"))) for a in audits) + 2
        columns = tuple((n, max(w, longest) if n == "model" else w) for n, w in AUDIT_COLUMNS)
        lines.append("  " + "".join(_cell(name, w) for name, w in columns).rstrip())
        for a in audits:
            src = a.get("source") or {}
            coord = f"{src.get('partition')}:{src.get('offset')}/" + index_text(
                src.get("message_index", 0), src.get("order_index", 0)
            )
            values = (
                coord,
                a.get("control_id"),
                a.get("result_status"),
                a.get("score"),
                a.get("decision"),
                a.get("reason"),
                a.get("flag_action"),
                a.get("flag_id"),
                a.get("flag_status"),
                a.get("model_version"),
                a.get("mode"),
            )
            lines.append(
                "  " + "".join(_cell(v, w) for v, (_, w) in zip(values, columns, strict=True)).rstrip()
            )
            if a.get("report_time"):
                lines.append(
                    f"      report time {a['report_time']}, source topic {src.get('topic')}{_order(a)}"
                )
            lines.extend(_why(a))
            if texts is not None:
                key = (
                    raw_topic or str(src.get("topic")),
                    int(src.get("partition", -1)),
                    int(src.get("offset", -1)),
                    int(src.get("message_index", 0)),
                    int(src.get("order_index", 0)),
                )
                text, scored, findings = texts.get(key, (None, None, None))
                lines.append("      report text (PHI):")
                for text_line in (text or "(not found in the raw topic)").splitlines():
                    lines.append(f"        {text_line}")
                for ev in (a.get("rules") or {}).get("evidence") or []:
                    span, where = _span(ev, scored, findings)
                    lines.append(f"      evidence {ev['concept']} ({ev['assertion']}){where}: {span!r}")
                for ev in (a.get("attributes") or {}).get("evidence") or []:
                    span, where = _span(ev, scored, findings)
                    lines.append(f"      attribute {ev['attribute']} = {ev['value']}{where}: {span!r}")
    if flags is not None:
        lines.append(f"Flags published for {accession}: {len(flags)}")
        for f in flags:
            lines.append(
                f"  {f.topic}:{f.partition}:{f.offset}  id {f.flag_id}  status {f.status}"
                f"  action {f.action or '-'}  priority {f.priority or '-'}"
                f"  model {f.model_version}  p={f.probability if f.probability is not None else '-'}"
                f"  result {f.result_status or '-'}  MSH-10 {f.control_id or '-'}  from {f.source or '-'}"
            )
    if dead_letters is not None:
        lines.append(f"Dead letters for {accession}: {len(dead_letters)}")
        for d in dead_letters:
            lines.append(
                f"  {d.topic}:{d.partition}:{d.offset}  reason {d.reason or '-'}"
                f"  MSH-10 {d.control_id or '-'}  accession {d.accession or '-'}  from {d.source or '-'}"
                f"  {d.format or 'original'} {d.value_bytes} bytes"
            )
            lines.append(f"      {d.error_type or '-'}: {d.error or '-'}")
    return "\n".join(lines)


def _span(ev: dict[str, Any], scored: str | None, findings: str | None) -> tuple[str, str]:
    """The evidence's span in the text its `source` names (absent in older records: the scored text) and
    the label saying which text that is."""
    source = ev.get("source", "scored")
    base = findings if source == "findings" else scored
    span = base[ev["start"] : ev["end"]] if base else "?"
    return span, " (findings)" if source == "findings" else ""


def _order(a: dict[str, Any]) -> str:
    """Where the accession came from and the order numbers: two orders that share an accession have their own
    Flags (triage.pipeline.decide.state_key), and these tell their lines apart."""
    parts = []
    if a.get("accession_source"):
        parts.append(f"accession from {a['accession_source']}")
    if a.get("placer_order_number") or a.get("filler_order_number"):
        parts.append(
            f"order placer {a.get('placer_order_number') or '-'} filler {a.get('filler_order_number') or '-'}"
        )
    return "".join(", " + p for p in parts)


def _why(a: dict[str, Any]) -> list[str]:
    """How the decision was reached: score vs threshold, rule assertion, window, component (no text)."""
    if a.get("decision") not in ("positive", "negative"):
        return []
    rules = a.get("rules") or {}
    concepts = ", ".join(rules.get("concepts") or []) or "no ICH concept"
    window = f"window {a['window']} of {a['windows']}" if a.get("windows") is not None else "window -"
    where = rules.get("section") or a.get("impression_source")
    if any(ev.get("source") == "findings" for ev in rules.get("evidence") or []):
        where = f"the FINDINGS ({where} mentions no bleed)"
    lines = [
        f"      score {a.get('score')} vs threshold {a.get('threshold')} ({window}, "
        f"unknown words {a.get('unknown_share')}); rules {rules.get('assertion', '-')} ({concepts}) "
        f"in {where}",
        f"      decided by {a.get('decided_by') or '-'} under policy {a.get('decision_policy') or '-'}"
        f" ({a.get('rules_version') or '-'})"
        + ("; network and rules DISAGREE" if a.get("disagreement") else ""),
    ]
    if a.get("priority"):
        reasons = "; ".join(a.get("priority_reasons") or []) or "-"
        lines.append(
            f"      worklist priority {a['priority']} ({reasons}){_attributes_line(a.get('attributes'))}"
        )
    return lines


def _attributes_line(attrs: dict[str, Any] | None) -> str:
    """The bleed's attributes in one line (no text): subtypes, acuity, change, mass effect, size."""
    if not attrs:
        return ""
    me = attrs.get("mass_effect") or {}
    signs = [k.replace("_", " ") for k in MASS_EFFECT_SIGNS if me.get(k)]
    if me.get("midline_shift_mm") is not None:
        signs = [f"midline shift {me['midline_shift_mm']:g} mm" if x == "midline shift" else x for x in signs]
    known = f" (stated stable/improving: {', '.join(me['known'])})" if me.get("known") else ""
    size = f", size {attrs['size_mm']:g} mm" if attrs.get("size_mm") is not None else ""
    subtypes = ", ".join(attrs.get("subtypes") or [])
    return (
        f": {subtypes}, acuity {attrs.get('acuity')}, change {attrs.get('change')}"
        f", mass effect {', '.join(signs) or 'none stated'}{known}{size}"
    )


def history_json(
    accession: str,
    audits: list[dict[str, Any]],
    flags: list[FlagEvent] | None,
    dead_letters: list[DeadLetterEvent] | None = None,
) -> dict[str, Any]:
    from dataclasses import asdict

    return {
        "accession": accession,
        "audits": [{k: v for k, v in a.items() if k not in ("timings",)} for a in audits],
        "flags": [asdict(f) for f in flags] if flags is not None else None,
        "dead_letters": [asdict(d) for d in dead_letters] if dead_letters is not None else None,
    }


def report_texts(
    records: Iterable[SourceRecord], wanted: set[tuple[str, int, int, int, int]]
) -> dict[Any, tuple[str, str, str]]:
    """(report text, scored text, findings) of the wanted messages, parsed with the daemon's parser (PHI: only
    on request); audit evidence offsets index the scored text, or the findings (attribute evidence with
    ``source: findings``)."""
    from triage.core import Report
    from triage.hl7 import parse_record

    out: dict[tuple[str, int, int, int, int], tuple[str, str, str]] = {}
    for record in records:
        for result in parse_record(record.value):
            key = (
                record.topic,
                record.partition,
                record.offset,
                result.message_index,
                getattr(result, "order_index", 0),
            )
            if key in wanted and isinstance(result, Report):
                out[key] = (result.text, result.impression, result.findings)
    return out


@dataclass(frozen=True, slots=True)
class HistorySources:
    """Where `triage audit explain` reads a study's history: audit records from a JSONL file or the audit
    topic's range, and (None: not read) the worklist and dead-letter topics; raw HL7 only for `show_text`."""

    audit_file: Path | None = None
    audit_topic: str = "triage.audit"
    from_bound: Any = None
    to_bound: Any = None
    flag_topic: str | None = None
    dead_letter_topic: str | None = None
    show_text: bool = False
    raw_topic: str | None = None  # None: each audit record's source topic


@dataclass(frozen=True, slots=True)
class StudyHistory:
    audits: list[dict[str, Any]]
    flags: list[FlagEvent] | None
    dead_letters: list[DeadLetterEvent] | None
    texts: dict[Any, tuple[str, str, str]] | None  # PHI: only with show_text
    skipped: int = 0  # records of the audit topic that matched the id but are not audit records

    @property
    def empty(self) -> bool:
        return not self.audits and not self.flags and not self.dead_letters


def study_history(
    accession: str,
    sources: HistorySources,
    kafka: tuple[str, dict[str, Any]],
    connect_timeout_s: float | None = None,
) -> StudyHistory:
    """One study's history: its audit records (by accession, or an MSH-10 then its accession's whole study,
    read again by key), its Flags, its dead letters and, with `show_text`, the report texts (PHI).
    `kafka`: bootstrap servers and client options; `connect_timeout_s` how long each reader waits for them."""
    from triage.replay.compare import audit_record, read_jsonl
    from triage.replay.reader import read_at, read_range
    from triage.stream.kafka_io import CLI_CONNECT_TIMEOUT_S

    wait_s = CLI_CONNECT_TIMEOUT_S if connect_timeout_s is None else connect_timeout_s
    needle = accession.encode("utf-8")

    skipped: set[tuple[int, int]] = set()  # (partition, offset) of other producers' records on the topic

    def records(keys: set[bytes]) -> Iterable[dict[str, Any]]:
        """Audit records keyed by one of `keys` or naming `accession` (an MSH-10 is in the value only)."""
        if sources.audit_file is not None:
            yield from read_jsonl(sources.audit_file)
            return
        for r in read_range(
            *kafka, sources.audit_topic, sources.from_bound, sources.to_bound, connect_timeout_s=wait_s
        ):
            if r.key in keys or needle in r.value:
                try:
                    yield audit_record(r.value)
                except ValueError:
                    skipped.add((r.partition, r.offset))

    audits = study_audits(records({needle}), accession)
    accessions = study_accessions(audits, accession)
    if accessions != {accession}:  # an MSH-10: the whole study of its accession, read again by key
        audits = study_audits(records({a.encode("utf-8") for a in accessions}), accession, accessions)
    flags = dead_letters = texts = None
    if sources.flag_topic is not None:
        flags = study_flags(read_range(*kafka, sources.flag_topic, connect_timeout_s=wait_s), accessions)
    if sources.dead_letter_topic is not None:
        dlq = read_range(*kafka, sources.dead_letter_topic, connect_timeout_s=wait_s)
        dead_letters = study_dead_letters(dlq, accession, accessions, audits)
    if sources.show_text:
        wanted = {
            (
                sources.raw_topic or a["source"]["topic"],
                a["source"]["partition"],
                a["source"]["offset"],
                a["source"].get("message_index", 0),
                a["source"].get("order_index", 0),
            )
            for a in audits
        }
        raw = read_at(*kafka, {(t, p, o) for t, p, o, _, _ in wanted}, connect_timeout_s=wait_s)
        texts = report_texts(raw, wanted)
    return StudyHistory(audits, flags, dead_letters, texts, skipped=len(skipped))
