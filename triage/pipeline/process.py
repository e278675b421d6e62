"""Processor: a batch of Kafka records in, every output they cause out (pipeline-contract.md).

The decisions are the decision core's (triage.pipeline.decision.DecisionCore, which label, evaluate and
audit drift drive too); the Processor adds the Flag lifecycle and the outputs. Three passes, so the model
runs once per batch:
1. parse and classify each record (``DecisionCore.parse``: skip / dead letter / cancel / score), normalize
   the impressions to score (``DecisionCore.prepare``);
2. one network call for all of them (``DecisionCore.score``: each report read whole, in windows; in
   process_batch a large batch's parts are handed to the network as soon as each is parsed) and one
   rule-tier call (``DecisionCore.assess``, medspaCy ``nlp.pipe``) on the same texts, at once (the network in
   a worker thread: torch releases the GIL);
3. in input order: decide (``DecisionCore.decide``: the policy), apply the lifecycle against ``state``
   (mutated as we go, so a P then an F for the same accession inside one batch behaves as across batches),
   build every output.

The passes are also public (prepare / score / finish) so the stream layer can overlap parsing of the next
batch with scoring of this one; finish() must run in batch order.

Only the scorer does anything outside memory. A scorer failure propagates (the stream layer must not commit
the batch); a failure of one message (parse, normalization, Flag validation) dead-letters that message only.
Timings in audits: ``parse_ms`` = this record's parse, ``score_ms`` = the scoring call that scored the
record (process_batch takes a large batch in parts and finishes each part as its call returns: its part's
call), ``rules_ms`` = the rule-tier calls on the same batch or part (the scored texts, then the FINDINGS of
those without a mention), ``total_ms`` = batch start until this record's outputs were built.
"""

from __future__ import annotations

import time
from collections import ChainMap
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from triage.core import (
    DecisionKind,
    FlagAction,
    KafkaMessage,
    MessageResult,
    RecordOutcome,
    Report,
    SourceRecord,
    SourceRef,
)
from triage.errors import FlagValidationError, HL7Error, LifecycleError, PatientMismatchError
from triage.fhir.flag import CONTENT_TYPES, FlagBuilder, flag_id, flag_json_bytes
from triage.hl7.document import is_addendum
from triage.pipeline.audit import AuditRecord, ModelInfo, audit_message, build_audit
from triage.pipeline.bounds import bound_id
from triage.pipeline.deadletter import build_dead_letter, coordinates_dead_letter, dlq_reason
from triage.pipeline.decide import (
    CANCEL,
    DEAD_LETTER,
    FLAG_STATUS_FOR_ACTION,
    PUBLISHING_ACTIONS,
    SCORE,
    SKIP,
    records_rank,
    report_patient,
    rests_on,
    same_patient,
    state_key,
    transition,
)
from triage.pipeline.decision import Decision, DecisionCore, Failure, NetworkScore, ParseFn
from triage.pipeline.policy import PolicyDecision
from triage.pipeline.state import FlagState, FlagStateMap
from triage.text.keyimages import ImageRef, extract_image_refs

if TYPE_CHECKING:
    from triage.config import OutputSettings, PipelineSettings, Settings
    from triage.model import Scorer
    from triage.rules import RuleEngine
    from triage.rules.result import RuleResult

# records per part of a large batch in process_batch (its network starts when the first part is parsed)
PREPARE_PART = 64

# what pass 1 decided for a message
_SCORE, _SKIP, _CANCEL, _DLQ = SCORE, SKIP, CANCEL, DEAD_LETTER


@dataclass(slots=True)
class _Item:
    record: int  # position of the record in the batch
    index: int  # message index inside the record
    order: int  # order index inside the message
    kind: str
    result: MessageResult | None = None
    reason: str | None = None
    error: Exception | None = None
    score_row: int = -1


@dataclass(slots=True)
class PreparedBatch:
    """A batch between the passes: parsed and normalized (prepare), then scored (score)."""

    records: list[SourceRecord]
    started: float  # perf_counter at prepare()
    processed_at: datetime
    items: list[list[_Item]] = field(default_factory=list)
    parse_ms: list[float] = field(default_factory=list)
    tokens: list[list[str]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the scored texts, for the rule tier
    findings: list[str] = field(default_factory=list)  # the FINDINGS each scored text leaves out ("" if none)
    key_images: list[list[ImageRef]] = field(default_factory=list)  # key-image refs of each scored text
    rules: list[RuleResult | Failure] = field(default_factory=list)
    # the rule tier on the FINDINGS of a scored text without a mention (DecisionCore.assess_findings)
    findings_rules: list[RuleResult | Failure | None] = field(default_factory=list)
    rules_ms: float = 0.0
    network: list[NetworkScore] = field(default_factory=list)
    score_ms: float = 0.0
    network_scored: bool = False
    rules_assessed: bool = False

    @property
    def scored(self) -> bool:
        """Both halves of pass 2 are done (they may run in two threads: Processor.score_network and
        Processor.assess_rules touch disjoint fields)."""
        return self.network_scored and self.rules_assessed


#: Called in finish() with (full report text, unknown-token share) of every decided scored report: the
#: daemon's drift monitor (triage.drift.monitor, a non-blocking queue put). Must not block or raise.
ScoredObserver = Callable[[str, float | None], None]


class Processor:
    """Pure batch processing for one model. Deterministic given (records, scorer, slices, state): the decision
    core's slice (PipelineSettings) and the output slice (OutputSettings: run topics with shadow mode applied,
    FHIR), both resolved once at the edge (``Processor.from_settings``)."""

    def __init__(
        self,
        scorer: Scorer,
        pipeline: PipelineSettings,
        outputs: OutputSettings,
        *,
        parse: ParseFn | None = None,
        clock: Callable[[], datetime] | None = None,
        rules: RuleEngine | None = None,
        on_scored: ScoredObserver | None = None,
    ) -> None:
        self.core = DecisionCore(scorer, pipeline, rules=rules, parse=parse)
        self.scorer = scorer
        self.outputs = outputs
        self.topics = outputs.topics
        self.rules = self.core.rules
        self.model_version: str = scorer.model_version
        self.threshold: float = self.core.threshold
        self.model = ModelInfo(
            scorer.model_version,
            scorer.sha256,
            scorer.normalization_version,
            self.threshold,
            self.rules.version,
            self.core.policy,
        )
        self._clock = clock or (lambda: datetime.now(UTC))
        # the one thread the network runs in beside the rule tier (score(); the daemon's scoring stage)
        self._pool: ThreadPoolExecutor | None = None
        self._flags = FlagBuilder(
            threshold=self.threshold,
            model_version=self.model_version,
            model_sha256=self.model.model_sha256,
            release=outputs.fhir_release,
            site=outputs.fhir_site,
        )
        self._content_type = CONTENT_TYPES[outputs.fhir_release].encode("ascii")
        self._on_scored = on_scored

    @property
    def executor(self) -> ThreadPoolExecutor:
        """The network's thread (made on first use). The Processor owns it: `close()` ends it; the daemon
        submits its scoring stage here too, so a fallback `process_batch` never runs a second network."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="triage-score")
        return self._pool

    def close(self) -> None:
        """End the network's thread (waits for a running batch, drops queued ones). The Processor stays
        usable: a later `score()` starts a new thread."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Processor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @classmethod
    def from_settings(cls, scorer: Scorer, settings: Settings, **kwargs: Any) -> Processor:
        """The Processor for `settings`: its pipeline and output slices (keyword arguments as __init__)."""
        return cls(scorer, settings.pipeline, settings.outputs, **kwargs)

    # ---- pass 3 ------------------------------------------------------------------------------------------
    def _state(
        self,
        report: Report,
        key_text: str,
        fid: str | None,
        status: str | None,
        result_status: str | None,
        priority: str | None = None,
        patient: str | None = None,
    ) -> FlagState:
        """The study's Flag state after `report`: a published Flag's, or rank-only (`fid`, `status` None);
        `patient` the study's patient digest (the report's, else the one the state had)."""
        accession = report.accession or ""
        return FlagState(
            accession=accession,
            flag_id=fid,
            status=status,
            model_version=self.model_version,
            control_id=report.control_id,
            result_status=result_status,  # type: ignore[arg-type]
            placer_order_number=report.placer_order_number,
            filler_order_number=report.filler_order_number,
            key=key_text if key_text != accession else None,
            priority=priority,
            patient_digest=patient,
        )

    def _apply_lifecycle(
        self,
        item: _Item,
        report: Report,
        positive: bool | None,
        score: float | None,
        state: FlagStateMap,
        source: SourceRecord,
        flags: list[KafkaMessage],
        updates: list[KafkaMessage],
        verdict: PolicyDecision | None = None,
        key_images: list[ImageRef] | None = None,
        decided: Decision | None = None,
    ) -> tuple[FlagAction, FlagState | None]:
        """Returns (action, the study's Flag state after this message); mutates `state`. Raises
        PatientMismatchError, before any change, for a report of another patient than the state's."""
        accession = report.accession or ""
        key_text = state_key(state, report)  # the accession, or accession^order for a second order
        previous = state.get(key_text)
        patient = report_patient(report)
        if not same_patient(previous, patient):
            raise PatientMismatchError(
                f"the report's patient ({patient}) is not the patient of the flag state it would change "
                f"({previous.patient_digest if previous else None}): not applied, the Flag is left as it is"
            )
        patient = patient or (previous.patient_digest if previous is not None else None)
        grade = decided.grade if decided is not None else None
        action = transition(
            previous,
            report.result_status,
            positive,
            grade.priority if grade else None,
            additive=is_addendum(report.message_type),
        )
        result_status = rests_on(previous, report.result_status)  # a status-less report keeps the rank
        if action not in PUBLISHING_ACTIONS:
            if action in (FlagAction.UNCHANGED, FlagAction.NONE) and records_rank(previous, result_status):
                # the Flag stays (or there is none), the status it rests on moves on (P → F, F negative):
                # a late P is then told stale
                previous = (
                    replace(
                        previous,
                        control_id=report.control_id,
                        result_status=result_status,
                        patient_digest=patient,
                    )
                    if previous is not None
                    else self._state(report, key_text, None, None, result_status, patient=patient)
                )
                updates.append(self._state_message(key_text, previous))
                state[key_text] = previous
            return action, previous
        status = FLAG_STATUS_FOR_ACTION[action]
        known = previous.flag_id if previous is not None else None
        fid = known or flag_id(key_text, self.model_version)
        # a positive's own priority; a withdrawn or cancelled Flag keeps the one it had
        priority = grade.priority if grade is not None else (previous.priority if previous else None)
        flag = self._flags.build(
            report,
            status=status,
            probability=score,
            id_override=fid,
            assertion=verdict.assertion if verdict else None,
            decided_by=verdict.decided_by if verdict else None,
            key_images=key_images or (),
            priority=priority,  # type: ignore[arg-type]
            attributes=decided.attributes if grade is not None and decided is not None else None,
            grade=grade,
        )
        new_state = self._state(report, key_text, fid, status, result_status, priority, patient)
        key = accession.encode("utf-8")
        flags.append(
            KafkaMessage(
                topic=self.topics.flag,
                key=key,
                value=flag_json_bytes(flag),
                headers=(
                    ("content-type", self._content_type),
                    ("triage-model-version", self.model_version.encode("utf-8")),
                    ("triage-msh10", report.control_id.encode("utf-8")),
                    ("triage-source-topic", source.topic.encode("utf-8")),
                    ("triage-source-partition", str(source.partition).encode("ascii")),
                    ("triage-source-offset", str(source.offset).encode("ascii")),
                    ("triage-message-index", str(item.index).encode("ascii")),
                    ("triage-order-index", str(item.order).encode("ascii")),
                    ("triage-flag-action", str(action).encode("ascii")),
                    *((("triage-priority", priority.encode("ascii")),) if priority else ()),
                ),
            )
        )
        updates.append(self._state_message(key_text, new_state))
        state[key_text] = new_state
        return action, new_state

    def _state_message(self, key_text: str, flag_state: FlagState) -> KafkaMessage:
        """The flag-state topic's record of `flag_state` (compacted, keyed by state key)."""
        return KafkaMessage(
            topic=self.topics.flag_state,
            key=key_text.encode("utf-8"),
            value=flag_state.to_json(),
            headers=(("content-type", b"application/json"),),
            record=flag_state,
        )

    def internal_error(
        self, record: SourceRecord, error: Exception, *, total_ms: float = 0.0
    ) -> RecordOutcome:
        """The outcome of a record whose processing raised (a bug): its dead letter (``internal_error``) and a
        full audit record, as for any other dead letter (stage timings 0: not reached; `total_ms` the time the
        record was in hand). The stream layer calls this when a record fails alone."""
        now = self._clock()
        dead = build_dead_letter(
            record,
            topic=self.topics.dead_letter,
            error=error,
            message_index=0,
            now=now,
            reason="internal_error",
        )
        audit = self._record_audit(record, now, "internal_error", type(error).__name__, total_ms)
        msg = audit_message(audit, topic=self.topics.audit, model_version=self.model_version)
        return RecordOutcome(source=record, outputs=[msg, dead], audits=[audit])

    def _record_audit(
        self, record: SourceRecord, now: datetime, reason: str, error_type: str, total_ms: float = 0.0
    ) -> AuditRecord:
        """The full audit record of a whole record dead-lettered before any message was read (stage
        timings 0: not reached)."""
        return build_audit(
            source=SourceRef(record.topic, record.partition, record.offset, 0),
            decision=DecisionKind.DEAD_LETTER,
            model=self.model,
            mode=self.topics.mode,
            processed_at=now,
            timings={"parse_ms": 0.0, "score_ms": 0.0, "rules_ms": 0.0, "total_ms": total_ms},
            reason=reason,
            error_type=error_type,
        )

    def undecodable(
        self, records: Sequence[SourceRecord], *, reason: str, error_type: str, error_text: str
    ) -> list[RecordOutcome]:
        """The outcomes of consecutive input offsets of one partition that the Kafka client could not decode
        (`records` carry coordinates only): one coordinates dead letter for the run, with the first, and a
        full audit record per offset (decision dead_letter, no ids: nothing was read), so every offset stays
        accounted for."""
        now = self._clock()
        dead = coordinates_dead_letter(
            records[0],
            records[-1].offset,
            topic=self.topics.dead_letter,
            reason=reason,
            error_type=error_type,
            error_text=error_text,
            now=now,
        )
        outcomes = []
        for record in records:
            audit = self._record_audit(record, now, reason, error_type)
            msg = audit_message(audit, topic=self.topics.audit, model_version=self.model_version)
            outputs = [msg, dead] if record is records[0] else [msg]
            outcomes.append(RecordOutcome(source=record, outputs=outputs, audits=[audit]))
        return outcomes

    def process_batch(self, records: Sequence[SourceRecord], state: FlagStateMap) -> list[RecordOutcome]:
        """One RecordOutcome per input record, in input order (see module docstring). A large batch goes
        through in parts of PREPARE_PART records: each part's network call is handed to the scoring thread
        as soon as the part is parsed, so the network runs while this thread parses the rest, then runs the
        rule tier on and finishes each part in order while the network scores the later ones. Scores are
        the same whatever the parts (``Scorer.score_ids`` scores fixed chunks of rows), so are the rule
        results and, finished in order, every output. `state` is written only when the whole batch went
        through: a scorer failure in a later part leaves it as it was."""
        if len(records) < 2 * PREPARE_PART:
            return self.finish(self.score(self.prepare(records)), state)
        batch = PreparedBatch(records=list(records), started=time.perf_counter(), processed_at=self._clock())
        parts: list[tuple[int, int, Future[tuple[list[NetworkScore], float]] | None]] = []
        written: dict[str, FlagState] = {}
        outcomes: list[RecordOutcome] = []
        try:
            for start in range(0, len(records), PREPARE_PART):  # (first record, first score row, network)
                first = len(batch.tokens)
                self._prepare_into(batch, start, start + PREPARE_PART)
                rows = batch.tokens[first:]
                parts.append((start, first, self.executor.submit(self._timed_score, rows) if rows else None))
            view = ChainMap(written, state)  # type: ignore[arg-type]
            bounds = [(start, first) for start, first, _ in parts[1:]] + [(len(records), len(batch.tokens))]
            for (start, first, network), (stop, end) in zip(parts, bounds, strict=True):
                batch.rules_ms = batch.score_ms = 0.0  # the audit's timings: this part's calls
                self._assess_rows(batch, first, end)
                if network is not None:
                    scores, batch.score_ms = network.result()  # a scorer failure propagates
                    batch.network += scores
                outcomes += self._finish_records(batch, view, start, stop)
        finally:
            wait([network for _, _, network in parts if network is not None])  # never leave one behind
        state.update(written)
        return outcomes

    def _timed_score(self, tokens: list[list[str]]) -> tuple[list[NetworkScore], float]:
        t0 = time.perf_counter()
        return self.core.score(tokens), (time.perf_counter() - t0) * 1000.0

    # The three passes, public so the stream layer may overlap them across batches (prepare batch N+1 in a
    # thread while batch N is scored: torch releases the GIL). finish() must still run in batch order.
    def prepare(self, records: Sequence[SourceRecord]) -> PreparedBatch:
        """Pass 1: parse, classify and normalize (pure Python, no state)."""
        batch = PreparedBatch(records=list(records), started=time.perf_counter(), processed_at=self._clock())
        self._prepare_into(batch, 0, len(batch.records))
        return batch

    def _prepare_into(self, batch: PreparedBatch, start: int, stop: int) -> None:
        """Pass 1 for batch.records[start:stop] (appended in order)."""
        for pos in range(start, min(stop, len(batch.records))):
            record = batch.records[pos]
            t0 = time.perf_counter()
            items = [
                _Item(
                    pos,
                    r.result.message_index,
                    getattr(r.result, "order_index", 0),
                    r.action,
                    r.result,
                    r.reason,
                    r.error,
                )
                for r in self.core.parse(record.value)
            ]
            for item in items:
                if item.kind != _SCORE:
                    continue
                tokens = self.core.prepare_report(
                    item.result.impression,  # type: ignore[union-attr]
                    item.result.findings,  # type: ignore[union-attr]
                )
                if isinstance(tokens, Failure):
                    item.kind, item.reason, item.error = _DLQ, tokens.reason, tokens.error
                    continue
                item.score_row = len(batch.tokens)
                batch.tokens.append(tokens)
                batch.texts.append(item.result.impression)  # type: ignore[union-attr]
                batch.findings.append(item.result.findings)  # type: ignore[union-attr]
                batch.key_images.append(extract_image_refs(item.result.impression))  # type: ignore[union-attr]
            batch.items.append(items)
            batch.parse_ms.append((time.perf_counter() - t0) * 1000.0)

    def score(self, batch: PreparedBatch) -> PreparedBatch:
        """Pass 2: one scorer call and one rule-tier call for every scorable report of the batch, at once: the
        network in a worker thread while this one runs the rule tier (torch releases the GIL for the whole
        batch, spaCy holds it). A scorer or rule-engine error propagates (the batch is not committed)."""
        if len(batch.tokens) < 2:  # nothing to overlap worth a thread hand-over
            return self.assess_rules(self.score_network(batch))
        network = self.executor.submit(self.score_network, batch)
        try:
            self.assess_rules(batch)
        finally:
            wait([network])  # never leave the batch half-written behind an exception
        network.result()  # a scorer failure propagates
        return batch

    def score_network(self, batch: PreparedBatch) -> PreparedBatch:
        """Pass 2a: the network on every scorable report (torch releases the GIL: the stream layer runs this
        in its scoring thread while the loop thread runs `assess_rules`)."""
        if batch.tokens:
            t0 = time.perf_counter()
            batch.network = self.core.score(batch.tokens)
            batch.score_ms = (time.perf_counter() - t0) * 1000.0
        batch.network_scored = True
        return batch

    def assess_rules(self, batch: PreparedBatch) -> PreparedBatch:
        """Pass 2b: the rule tier on the same texts (one `nlp.pipe` call), then on the FINDINGS of those
        with no mention (one more)."""
        batch.rules, batch.findings_rules, batch.rules_ms = [], [], 0.0
        self._assess_rows(batch, 0, len(batch.texts))
        batch.rules_assessed = True
        return batch

    def _assess_rows(self, batch: PreparedBatch, first: int, end: int) -> None:
        """The rule tier on scored rows [first, end) (appended in order; `rules_ms` grows by its time)."""
        if end <= first:
            return
        t1 = time.perf_counter()
        rules = self.core.assess(batch.texts[first:end])
        batch.rules += rules
        batch.findings_rules += self.core.assess_findings(rules, batch.findings[first:end])
        batch.rules_ms += (time.perf_counter() - t1) * 1000.0

    def finish(self, batch: PreparedBatch, state: FlagStateMap) -> list[RecordOutcome]:
        """Pass 3: decisions, lifecycle (mutates `state`, in order) and every output."""
        if not batch.scored:
            raise RuntimeError("finish() needs a batch that went through score()")
        return self._finish_records(batch, state, 0, len(batch.records))

    def _finish_records(
        self, batch: PreparedBatch, state: FlagStateMap, start: int, stop: int
    ) -> list[RecordOutcome]:
        """Pass 3 for batch.records[start:stop] (their rows scored and assessed)."""
        outcomes: list[RecordOutcome] = []
        for pos in range(start, stop):
            record = batch.records[pos]
            flags: list[KafkaMessage] = []
            updates: list[KafkaMessage] = []
            audits: list[AuditRecord] = []
            dead: list[KafkaMessage] = []
            for item in batch.items[pos]:
                audits.append(
                    self._finish(
                        item,
                        record,
                        state,
                        batch,
                        flags,
                        updates,
                        dead,
                        batch.parse_ms[pos],
                    )
                )
            audit_msgs = [
                audit_message(a, topic=self.topics.audit, model_version=self.model_version) for a in audits
            ]
            if self.outputs.publish_review:  # disagreements, for a radiologist to label (AsyncAPI)
                review = [  # the audit record's one serialization, on the review topic
                    replace(msg, topic=self.topics.review)
                    for a, msg in zip(audits, audit_msgs, strict=True)
                    if a.disagreement
                ]
                audit_msgs += review
            outcomes.append(
                RecordOutcome(source=record, outputs=flags + updates + audit_msgs + dead, audits=audits)
            )
        return outcomes

    def _finish(
        self,
        item: _Item,
        record: SourceRecord,
        state: FlagStateMap,
        batch: PreparedBatch,
        flags: list[KafkaMessage],
        updates: list[KafkaMessage],
        dead: list[KafkaMessage],
        parse_ms: float,
    ) -> AuditRecord:
        """Outputs and the audit record of one message."""
        ref = SourceRef(record.topic, record.partition, record.offset, item.index, item.order)
        result = item.result
        report = result if isinstance(result, Report) else None
        fields: dict[str, Any] = {}
        decided: Decision | None = None
        if item.kind == _SCORE:
            row = item.score_row
            outcome = self.core.decide(
                batch.network[row],
                batch.rules[row],
                batch.texts[row],
                batch.findings[row],
                batch.findings_rules[row],
            )
            if isinstance(outcome, Failure):
                item.kind, item.reason, item.error = _DLQ, outcome.reason, outcome.error
            else:
                decided = outcome
        if item.kind in (_SCORE, _CANCEL):
            assert report is not None
            score = decided.probability if decided is not None else None
            rules = decided.rules if decided is not None else None
            verdict: PolicyDecision | None = decided.verdict if decided is not None else None
            positive = verdict.positive if verdict is not None else None
            key_images = batch.key_images[item.score_row] if item.kind == _SCORE else None
            n_flags, n_updates = len(flags), len(updates)
            try:
                action, after = self._apply_lifecycle(
                    item, report, positive, score, state, record, flags, updates, verdict, key_images, decided
                )
            except Exception as exc:  # an invalid Flag is never sent: dead-letter it
                del flags[n_flags:], updates[n_updates:]
                item.kind, item.error = _DLQ, exc
                if isinstance(exc, FlagValidationError):
                    item.reason = "flag_validation"
                elif isinstance(exc, LifecycleError):
                    item.reason = exc.reason
            else:
                if item.kind == _SCORE:
                    decision = DecisionKind.POSITIVE if positive else DecisionKind.NEGATIVE
                else:
                    decision = DecisionKind.SKIPPED
                unknown = decided.unknown_share if decided is not None else None
                if action is FlagAction.STALE:
                    item.reason = "stale_result_status"
                fields = {
                    "decision": decision,
                    "reason": item.reason,
                    "score": score,
                    "policy_score": decided.policy_score if decided is not None else None,
                    "window": decided.window if decided is not None else None,
                    "windows": decided.windows if decided is not None else None,
                    "unknown_share": unknown,
                    "rules": rules,
                    "key_images": key_images,
                    "policy": verdict,
                    "attributes": decided.attributes if decided is not None else None,
                    "grade": decided.grade if decided is not None else None,
                    "flag_id": after.flag_id if after is not None else None,
                    "flag_action": action,
                    "flag_status": after.status if after is not None else None,
                    "flag_result_status": after.result_status if after is not None else None,
                }
                if item.kind == _SCORE and self._on_scored is not None:
                    self._on_scored(report.text, unknown)
        if item.kind == _SKIP:
            fields = {"decision": DecisionKind.SKIPPED, "reason": item.reason}
        control_id = bound_id(getattr(result, "control_id", None))
        accession = bound_id(getattr(result, "accession", None))
        if item.kind == _DLQ:
            error = item.error if item.error is not None else HL7Error("unknown failure")
            reason = item.reason or dlq_reason(error)
            dead.append(
                build_dead_letter(
                    record,
                    topic=self.topics.dead_letter,
                    error=error,
                    message_index=item.index,
                    order_index=item.order,
                    now=batch.processed_at,
                    reason=reason,
                    control_id=control_id,
                    accession=accession,
                )
            )
            fields = {
                "decision": DecisionKind.DEAD_LETTER,
                "reason": reason,
                "error_type": type(error).__name__,
            }
        message_type = bound_id(getattr(result, "message_type", None))
        return build_audit(
            source=ref,
            model=self.model,
            mode=self.topics.mode,
            processed_at=batch.processed_at,
            timings={
                "parse_ms": parse_ms,
                "score_ms": batch.score_ms,
                "rules_ms": batch.rules_ms,
                "total_ms": (time.perf_counter() - batch.started) * 1000.0,
            },
            report=report,
            control_id=control_id,
            accession=accession,
            message_type=message_type,
            **fields,
        )
