"""``triage audit drift``: how far a stretch of reports is from what the model was built for, per day.

Sources (each yields (day, full report text, scored text)):

* **the input topic** (:func:`topic_reports`), read like ``triage replay`` (triage.replay.reader.read_range:
  no consumer group, exact offsets), each record parsed by the daemon's own ``parse_record`` with the
  daemon's site settings; only what the daemon scores is kept (ORU reports, not cancelled, with an
  accession, accepted by the procedure filter). **Day** = MSH-7 (message time) as a date in the HL7 time
  zone setting (``TRIAGE_HL7_TIMEZONE``, default UTC); a message without MSH-7 takes the Kafka record
  timestamp's date in the same zone;
* **a JSONL/CSV file** (:func:`file_reports`) with a text column and a date column (ISO 8601 date or
  date-time; the date part is the day), for offline audits.

For every report (in batches): LDA topic shares of the **full** text (``report_tokens``, as the topic model
was fitted); the **decision** computed as the daemon and ``triage label`` do (network score + ConText rule
tier on the scored text, ``triage.pipeline.policy.decide`` under the settings' policy): the cheapest honest
source of the share flagged, with no need for the audit topic to cover the stretch; and the unknown-token
share of the scored tokens against the classifier's vocabulary (the Scorer's own figure, the one the
daemon's ``triage_unknown_token_share`` histogram shows). Reports with no token left after normalization
are counted as ``empty`` and left out (the daemon dead-letters them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage.errors import InputFileError
from triage.mining.report import DriftAccumulator
from triage.mining.topics import document_topics, report_tokens
from triage.pipeline.audit import round_score
from triage.pipeline.policy import decide
from triage.text import extract_impression, tokenize

if TYPE_CHECKING:
    from triage.config import Settings
    from triage.model import Scorer
    from triage.rules import RuleEngine

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


def _day_of(value: str) -> date:
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text[:10])
    except ValueError:
        return date.fromisoformat(text[:10])


def file_reports(
    path: Path,
    *,
    text_field: str = "text",
    date_field: str = "exam_time",
    conclusion_headings: Sequence[str] = (),
) -> Iterator[DriftInput]:
    """Reports of a JSONL/CSV file; a row without text or with a missing or unreadable date stops with
    ``InputFileError`` naming its line (the value is not echoed: it may be PHI)."""
    from triage.model.tables import iter_rows, table_format

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
        yield DriftInput(day, text, extract_impression(text, conclusion_headings)[0])


def topic_reports(records: Iterable[Any], settings: Settings, run: DriftRun) -> Iterator[DriftInput]:
    """Reports the daemon would score among Kafka `records` (triage.core.SourceRecord), in record order;
    every other message is counted in `run.skipped` by reason."""
    from triage.core import Report
    from triage.hl7 import parse_record
    from triage.pipeline.decide import ProcedureFilter, is_cancelled, is_oru

    procedures = ProcedureFilter.from_settings(settings.procedure_codes, settings.procedure_pattern)
    zone: tzinfo = settings.hl7_tzinfo

    def skip(reason: str) -> None:
        run.skipped += 1
        run.skipped_reasons[reason] = run.skipped_reasons.get(reason, 0) + 1

    for record in records:
        results = parse_record(
            record.value,
            max_bytes=settings.max_message_bytes,
            conclusion_headings=settings.conclusion_headings,
            hl7_timezone=zone,
            accession_sources=settings.accession_sources,
        )
        for result in results:
            if not isinstance(result, Report) or not is_oru(result.message_type):
                skip("not_report")
            elif not result.accession or is_cancelled(result.result_status):
                skip("no_accession_or_cancelled")
            elif not procedures.accepts(result):
                skip("procedure_filter")
            else:
                when = result.message_time or datetime.fromtimestamp((record.timestamp_ms or 0) / 1000, UTC)
                yield DriftInput(when.astimezone(zone).date(), result.text, result.impression)


def run_drift(
    reports: Iterable[DriftInput],
    *,
    lda: Any,
    dictionary: Any,
    reference: Sequence[float],
    scorer: Scorer,
    rules: RuleEngine,
    policy: str,
    threshold: float | None = None,
    run: DriftRun | None = None,
    progress: Callable[[int], None] | None = None,
) -> DriftRun:
    """Topic shares, decision and unknown-token share of every report, aggregated per day (see the module
    docstring). `threshold`: the operating threshold (None: the artifact's)."""
    run = run or DriftRun(DriftAccumulator(reference))
    cut = round_score(scorer.threshold if threshold is None else threshold)
    pending: list[tuple[DriftInput, list[str]]] = []

    def flush() -> None:
        if not pending:
            return
        shares = document_topics(lda, dictionary, (report_tokens(item.text) for item, _ in pending))
        scored = scorer.score_reports([tokens for _, tokens in pending])
        assessed = rules.assess_batch([item.scored_text for item, _ in pending])
        for i, ((item, _), result) in enumerate(zip(pending, assessed, strict=True)):
            verdict = decide(policy, round_score(float(scored.probabilities[i])), cut, result.assertion)  # type: ignore[arg-type]
            run.accumulator.add(item.day, shares[i], float(scored.unknown_share[i]), verdict.positive)
        run.reports += len(pending)
        if progress is not None:
            progress(len(pending))
        pending.clear()

    for item in reports:
        tokens = tokenize(item.scored_text)
        if not tokens:
            run.empty += 1
            continue
        pending.append((item, tokens))
        if len(pending) >= BATCH:
            flush()
    flush()
    return run
