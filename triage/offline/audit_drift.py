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
from typing import TYPE_CHECKING, Any

from triage.core import Report
from triage.drift.topics import document_topics, report_tokens
from triage.errors import InputFileError
from triage.offline.drift_report import DriftAccumulator
from triage.pipeline.decide import SCORE
from triage.pipeline.decision import DecisionCore, Failure

if TYPE_CHECKING:
    from triage.config import Settings

__all__ = [
    "DriftAudit",
    "DriftInput",
    "DriftRun",
    "FileStretch",
    "TopicStretch",
    "audit_drift",
    "file_reports",
    "run_drift",
    "topic_reports",
]

BATCH = 256


@dataclass(frozen=True, slots=True)
class DriftInput:
    """One report to audit: its day, full text (topics) and scored text (classifier and rules). PHI."""

    day: date
    text: str
    scored_text: str
    findings: str = ""  # the FINDINGS the scored text leaves out (mass effect for the priority)


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
        yield DriftInput(day, text, *core.conclusion(text))


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
            when = report.message_time or record.created_at() or datetime.fromtimestamp(0, UTC)
            yield DriftInput(when.astimezone(zone).date(), report.text, report.impression, report.findings)


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
        outcomes = core.decide_texts(
            [item.scored_text for item in pending], [item.findings for item in pending]
        )
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


@dataclass(frozen=True, slots=True)
class TopicStretch:
    """A stretch of the input topic, as `triage replay` reads it (bounds from triage.replay.range)."""

    topic: str
    from_bound: Any
    to_bound: Any
    partitions: Sequence[int] | None = None
    label: str = ""  # how the command names it ("[beginning, end)")


@dataclass(frozen=True, slots=True)
class FileStretch:
    """A JSONL/CSV file of reports: a text column and a date column (the day)."""

    path: Path
    text_field: str = "text"
    date_field: str = "exam_time"


@dataclass
class DriftAudit:
    """The result of :func:`audit_drift`: what was read, per day, against which models."""

    run: DriftRun
    core: DecisionCore
    manifest: dict[str, Any]
    source: str  # the stretch in words (no PHI)

    @property
    def reference_unknown(self) -> float | None:
        return self.manifest.get("reference_unknown_share")

    def headline(self) -> str:
        """One line: counts, why records were skipped, models, policy and threshold."""
        run = self.run
        reasons = ", ".join(f"{k}: {n}" for k, n in sorted(run.skipped_reasons.items()))
        return (
            f"drift of {self.source}: {run.reports} reports scored, {run.skipped} skipped"
            + (f" ({reasons})" if reasons else "")
            + f", {run.empty} empty; topic model k={self.manifest.get('k')}, classifier "
            f"{self.core.scorer.model_version}, policy {self.core.policy}, "
            f"threshold {self.core.threshold:.4f}"
        )

    def summary(self) -> dict[str, Any]:
        """The report as JSON (``--summary-json``)."""
        from triage.offline.drift_report import to_json

        body: dict[str, Any] = {
            "source": self.source,
            "reports": self.run.reports,
            "skipped": self.run.skipped,
            "empty": self.run.empty,
        }
        return body | to_json(self.run.accumulator.days(), self.run.accumulator.total())


def file_rows(path: Path) -> int:
    """Rows of a JSONL/CSV file (a progress bar's total)."""
    from triage.offline.tables import iter_rows, table_format

    return sum(1 for _ in iter_rows(path, table_format(path)))


def audit_drift(
    settings: Settings,
    stretch: TopicStretch | FileStretch,
    *,
    topics_dir: Path,
    progress: Callable[[int], None] | None = None,
) -> DriftAudit:
    """`triage audit drift` as a function: load the topic model (`topics_dir`) and the classifier of
    `settings` (its decision core: policy, threshold, headings, procedure filter, as the daemon decides),
    read the stretch and aggregate it per day (``run.accumulator.total()`` is None when nothing could be)."""
    from triage.drift.store import load_topic_model, reference_shares
    from triage.model.scorer import Scorer

    lda, dictionary, manifest = load_topic_model(topics_dir)
    reference = reference_shares(manifest, topics_dir)
    core = DecisionCore(Scorer.load(settings.model_dir, device=settings.device), settings.pipeline)
    run = DriftRun(DriftAccumulator(reference))
    reports: Iterable[DriftInput]
    if isinstance(stretch, FileStretch):
        source = f"{stretch.path.name} (day = {stretch.date_field})"
        reports = file_reports(
            stretch.path, core, text_field=stretch.text_field, date_field=stretch.date_field
        )
    else:
        from triage.replay.reader import read_range
        from triage.stream.kafka_io import cli_connect_timeout_s

        source = (
            f"{stretch.topic} {stretch.label} (day = MSH-7 in {settings.hl7_timezone}, else Kafka timestamp)"
        )
        records = read_range(
            settings.bootstrap_servers,
            settings.security.kafka_kwargs(),
            stretch.topic,
            stretch.from_bound,
            stretch.to_bound,
            stretch.partitions,
            connect_timeout_s=cli_connect_timeout_s(settings.kafka),
        )
        reports = topic_reports(records, core, run)
    run_drift(
        reports, lda=lda, dictionary=dictionary, reference=reference, core=core, run=run, progress=progress
    )
    return DriftAudit(run, core, manifest, source)
