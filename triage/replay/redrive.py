"""Re-drive dead letters: the input records they were made of, back onto the input topic exactly as they
arrived (key, value, headers: triage.pipeline.deadletter.redrive_record), each with one extra header
``triage-redriven-from: TOPIC:PARTITION:OFFSET`` naming the dead letter it came from, so an auditor can
trace it (the dead letter's own ``triage-source-*`` headers name the first arrival).

Selection is pure (`plan`): dead letters read by coordinates (triage.replay.fetch) or a range
(triage.replay.reader.read_range, the bounds of `triage tail`/`replay`), filtered by reason code. Dead letters
that hold no original bytes (oversize, coordinates: the original stays in the input topic, `triage fetch`)
cannot be re-driven and say why; two dead letters of one input record (a batch with two failed messages)
re-drive that record once. Re-driving twice produces the input twice: the daemon decides it again (at least
once), the worklist deduplicates on Flag id + status."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from triage.core import KafkaMessage, SourceRecord
from triage.errors import ConfigError
from triage.pipeline.deadletter import FORMAT_HEADER, FORMAT_ORIGINAL, redrive_record

REDRIVEN_FROM_HEADER = "triage-redriven-from"
REASON_HEADER = "triage-dlq-reason"


def coordinates(topic: str, partition: int, offset: int) -> str:
    return f"{topic}:{partition}:{offset}"


@dataclass(frozen=True, slots=True)
class Redrive:
    """One selected dead letter: what to produce (`key`, `value`, `headers`), or `skipped` saying why not."""

    dead_letter: str  # TOPIC:PARTITION:OFFSET of the dead letter
    source: str  # TOPIC:PARTITION:OFFSET of the input record it was made of ("?" when it does not say)
    reason: str
    ids: tuple[tuple[str, str], ...]  # MSH-10, accession (ids, never text)
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]
    skipped: str | None = None
    duplicate_of: str | None = None  # the dead letter of the same input record re-driven instead

    def describe(self) -> str:
        """One PHI-free line: coordinates, reason, ids and the value's length and sha256 (never its bytes)."""
        ids = "".join(f", {name} {value}" for name, value in self.ids)
        if self.skipped:
            return f"{self.dead_letter} (input {self.source}, reason {self.reason}{ids}): {self.skipped}"
        digest = (
            "null value"
            if self.value is None
            else (f"{len(self.value)} bytes sha256 {hashlib.sha256(self.value).hexdigest()}")
        )
        return f"{self.dead_letter} (input {self.source}, reason {self.reason}{ids}, {digest})"

    def as_json(self, status: str) -> dict[str, Any]:
        """The PHI-free JSON of `describe` (`triage redrive --json`), with what became of it: `status` is
        would_redrive (--dry-run), acknowledged, unacknowledged (sent, the broker did not confirm it before
        the stop: it may or may not be stored), not_sent (stopped before it) or skipped."""
        out: dict[str, Any] = {
            "dead_letter": self.dead_letter,
            "source": self.source,
            "reason": self.reason,
            "ids": dict(self.ids),
            "status": status,
        }
        if self.skipped:
            return {**out, "skipped": self.skipped, "duplicate_of": self.duplicate_of}
        null = self.value is None
        return {
            **out,
            "null_value": null,
            "value_bytes": None if null else len(self.value or b""),
            "value_sha256": None if null else hashlib.sha256(self.value or b"").hexdigest(),
        }


def send_statuses(count: int, summary: Mapping[str, Any] | None) -> list[str]:
    """What became of each of `count` records handed to send_records in order, from its `summary` (None: it
    was stopped before anything was sent)."""
    if summary is None:
        return ["not_sent"] * count
    pending = set(summary["pending"])
    return [
        "not_sent" if i >= summary["sent"] else "unacknowledged" if i in pending else "acknowledged"
        for i in range(count)
    ]


def _text(headers: Mapping[str, bytes], name: str) -> str:
    return headers.get(name, b"").decode("utf-8", errors="replace")


def plan(dead_letters: Iterable[SourceRecord], reasons: Sequence[str] = ()) -> list[Redrive]:
    """The re-drives of `dead_letters` (in order, each dead letter once) whose reason is one of `reasons`
    (all when empty). Pure: the records in, what to send (or why not) out."""
    out: list[Redrive] = []
    seen_dead: set[str] = set()
    first_of_source: dict[str, str] = {}
    for record in dead_letters:
        where = coordinates(record.topic, record.partition, record.offset)
        headers = dict(record.headers)
        reason = _text(headers, REASON_HEADER)
        if where in seen_dead or (reasons and reason not in reasons):
            continue
        seen_dead.add(where)
        source = ":".join(
            _text(headers, f"triage-source-{part}") or "?" for part in ("topic", "partition", "offset")
        )
        ids = tuple(
            (label, _text(headers, name))
            for label, name in (("MSH-10", "triage-msh10"), ("accession", "triage-accession"))
            if name in headers
        )
        skipped = duplicate_of = None
        key = value = None
        extra: tuple[tuple[str, bytes], ...] = ()
        fmt = headers.get(FORMAT_HEADER)
        if REASON_HEADER not in headers:
            skipped = f"not a dead letter (no {REASON_HEADER} header)"
        elif fmt is not None and fmt != FORMAT_ORIGINAL.encode("ascii"):
            skipped = (
                f"a {fmt.decode('utf-8', errors='replace')} dead letter holds no original bytes"
                f" (fetch the input with `triage fetch {source}` and resend it)"
            )
        elif source in first_of_source:
            duplicate_of = first_of_source[source]
            skipped = f"same input record as {duplicate_of}, re-driven once"
        else:
            # a dead letter that is itself a null value (one written before triage-input-null-value, or by
            # another tool) reads back as b"" with null_value set: it stays null, never an empty value
            value = None if record.null_value else record.value
            message = KafkaMessage(record.topic, record.key, value, record.headers)
            key, value, extra = redrive_record(message)
            if key is None and value is None:
                skipped = (  # librdkafka produces one (breaker2); kafka-python cannot, and it holds nothing
                    "a null value without a key: nothing to re-drive (the daemon dead-letters it again)"
                )
            else:
                first_of_source[source] = where
        out.append(
            Redrive(
                dead_letter=where,
                source=source,
                reason=reason,
                ids=ids,
                key=key,
                value=value,
                headers=(*extra, (REDRIVEN_FROM_HEADER, where.encode("utf-8"))) if skipped is None else (),
                skipped=skipped,
                duplicate_of=duplicate_of,
            )
        )
    return out


def is_dead_letter(record: SourceRecord) -> bool:
    return any(name == REASON_HEADER for name, _ in record.headers)


def read_dead_letters(
    bootstrap_servers: str,
    security_kwargs: Mapping[str, Any] | None,
    *,
    named: Sequence[tuple[str, int, int]] = (),
    topic: str | None = None,
    from_bound: Any = None,
    to_bound: Any = None,
    partitions: Sequence[int] | None = None,
    connect_timeout_s: float,
) -> list[SourceRecord]:
    """The dead letters at the `named` coordinates (each must exist and be a dead letter: ConfigError /
    RecordNotFoundError else), then, when `topic` is given, those of its range between the bounds."""
    from triage.replay.fetch import fetch_record
    from triage.replay.reader import read_range

    records: list[SourceRecord] = []
    for t, partition, offset in named:
        record = fetch_record(
            bootstrap_servers, security_kwargs, t, partition, offset, connect_timeout_s=connect_timeout_s
        )
        if not is_dead_letter(record):
            raise ConfigError(
                f"{coordinates(t, partition, offset)} is not a dead letter (no {REASON_HEADER})"
            )
        records.append(record)
    if topic is not None:
        records.extend(
            read_range(
                bootstrap_servers,
                security_kwargs,
                topic,
                from_bound,
                to_bound,
                partitions,
                connect_timeout_s=connect_timeout_s,
            )
        )
    return records
