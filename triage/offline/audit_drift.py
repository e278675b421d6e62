"""``triage audit drift``: how far a stretch of reports is from what the model was built for, per day.

Sources (each yields (day, full report text, scored text)):

* **the input topic** (:func:`topic_reports`), read like ``triage replay`` (triage.replay.reader.read_range:
  no consumer group, exact offsets), each record parsed and classified by the decision core
  (``DecisionCore.parse``, the daemon's site settings); only what the daemon scores is kept, every other
  message is counted by its reason (``not_oru``, ``cancelled``, ``procedure_filter``, dead-letter
  reasons). **Day** = MSH-7 (message time) as a date in the HL7 time zone setting
  (``TRIAGE_HL7_TIMEZONE``, default UTC); a message without MSH-7 takes the Kafka record timestamp's date in
  the same zone;
* **a JSONL/CSV file** (:func:`file_reports`) with a text column and a date column (ISO 8601 date or
  date-time; the date part is the day), for offline audits.

For every report (in batches): LDA topic shares of the **full** text (``report_tokens``, as the topic model
was fitted); the **decision** of the decision core (``DecisionCore.decide_texts``: the daemon's and
``triage label``'s own steps, policy and threshold): the cheapest honest source of the share flagged, with
no need for the audit topic to cover the stretch, and the share of those positives graded ``critical`` by
the worklist priority policy (triage.priority; a jump is a signal); and the unknown-token share of the scored
tokens against the classifier's vocabulary (the Scorer's own figure, the one the daemon's
``triage_unknown_token_share`` histogram shows). Reports with no token left after normalization are counted
as ``empty`` and left out, a report the rule tier cannot read is counted under ``rules_failed`` (the daemon
dead-letters both).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from triage.core import Report
from triage.drift.topics import document_topics, report_tokens
from triage.errors import InputFileError
from triage.offline.drift_report import DriftAccumulator
from triage.pipeline.decide import SCORE
from triage.pipeline.decision import DecisionCore, Failure

__all__ = ["DriftInput", "DriftRun", "file_reports", "run_drift", "topic_reports"]

BATCH = 256


@dataclass(frozen=True, slots=True)
class DriftInput:
    """One report to audit: its day, full text (topics) and scored text (classifier and rules). PHI."""

    day: date
    text: str
    scored_text: str


@dataclass
class DriftRun:
    """What was read: reports aggregated, records/rows skipped (not scored by the daemon) and empty ones."""

    accumulator: DriftAccumulator
    reports: int = 0
    skipped: int = 0
    empty: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.skipped_reasons[reason] = self.skipped_reasons.get(reason, 0) + 1


def _day_of(value: str) -> date:
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text[:10])
    except ValueError:
        return date.fromisoformat(text[:10])


def file_reports(
    path: Path,
    core: DecisionCore,
    *,
    text_field: str = "text",
    date_field: str = "exam_time",
) -> Iterator[DriftInput]:
    """Reports of a JSONL/CSV file; a row without text or with a missing or unreadable date stops with
    ``InputFileError`` naming its line (the value is not echoed: it may be PHI)."""
    from triage.offline.tables import iter_rows, table_format

    for row in iter_rows(path, table_format(path)):
        if row.data is None:
            raise InputFileError(f"{path}:{row.line}: {row.error}")
        text = row.data.get(text_field)
        if not isinstance(text, str) or not text.strip():
            raise InputFileError(f"{path}:{row.line}: no text in field {text_field!r}")
        raw_day = row.data.get(date_field)
        try:
            day = _day_of(str(raw_day)) if raw_day not in (None, "") else None
        except ValueError:
            day = None
        if day is None:
            raise InputFileError(
                f"{path}:{row.line}: field {date_field!r} is missing or not an ISO 8601 date (--date-field)"
            )
        yield DriftInput(day, text, core.impression(text))


def topic_reports(records: Iterable[Any], core: DecisionCore, run: DriftRun) -> Iterator[DriftInput]:
    """Reports the daemon would score among Kafka `records` (triage.core.SourceRecord), in record order;
    every other message is counted in `run.skipped` by reason."""
    zone: tzinfo = core.settings.hl7_tzinfo
    for record in records:
        for message in core.parse(record.value):
            report = message.result
            if message.action != SCORE or not isinstance(report, Report):
                run.skip(str(message.reason))
                continue
            when = report.message_time or datetime.fromtimestamp((record.timestamp_ms or 0) / 1000, UTC)
            yield DriftInput(when.astimezone(zone).date(), report.text, report.impression)


def run_drift(
    reports: Iterable[DriftInput],
    *,
    lda: Any,
    dictionary: Any,
    reference: Sequence[float],
    core: DecisionCore,
    run: DriftRun | None = None,
    progress: Callable[[int], None] | None = None,
) -> DriftRun:
    """Topic shares, decision (`core`: policy and threshold of its settings) and unknown-token share of every
    report, aggregated per day (see the module docstring)."""
    run = run or DriftRun(DriftAccumulator(reference))
    pending: list[DriftInput] = []

    def flush() -> None:
        if not pending:
            return
        outcomes = core.decide_texts([item.scored_text for item in pending])
        kept = [(item, o) for item, o in zip(pending, outcomes, strict=True) if not isinstance(o, Failure)]
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                if outcome.reason == "no_report_text":
                    run.empty += 1
                else:
                    run.skip(outcome.reason)
        shares = document_topics(lda, dictionary, (report_tokens(item.text) for item, _ in kept))
        for i, (item, outcome) in enumerate(kept):
            critical = outcome.priority == "critical"  # type: ignore[union-attr]
            run.accumulator.add(item.day, shares[i], outcome.unknown_share, outcome.positive, critical)  # type: ignore[union-attr]
        run.reports += len(kept)
        if progress is not None:
            progress(len(pending))
        pending.clear()

    for item in reports:
        pending.append(item)
        if len(pending) >= BATCH:
            flush()
    flush()
    return run
