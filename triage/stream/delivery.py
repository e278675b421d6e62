"""Delivering a batch's outputs: every output acknowledged once, a refused output never stalls the partition.

Two phases per batch, each with `delivery_attempts` attempts and backoff: Flags, audits, reviews, dead letters
and the flag-state records that rest on no Flag of the batch (a rank-only record, a final that moves the rank
of a Flag published in an earlier batch: true whatever becomes of the batch's other outputs, and a
redelivered record decides the same against it); then the flag-state records of studies with a Flag in the
batch, for the records whose first-phase outputs were all acknowledged, so a state never names a Flag that
was not delivered. A batch without Flags (most batches at a low rate) is one round trip:

* Only what is not acknowledged is sent again. Acknowledged outputs are remembered by identity (source topic,
  partition, offset, output topic, ordinal) until their record is committed, so the seek-back/re-poll cycle
  after a failed batch does not republish them either.
* A permanent refusal (triage.stream.errors) is never retried with the same bytes. The idempotent producer
  fails every in-flight send when one is refused, so each output that failed with a permanent error is sent
  again alone to find the one the broker really refuses. A refused dead letter is re-sent in its oversize form
  (triage.pipeline.deadletter); any other refused output makes its record a dead letter with reason
  ``output_refused`` (its other outputs already acknowledged stay, a flag-state record of its Flag is not
  written), and the rest of the batch goes on. When its flag-state record was not written, the batch's
  later records of the same state key were decided against it: they are dead-lettered with it, in order,
  their states unwritten (`Deliverer._refuse_dependents`).
* `Delivered.states` is, per key, the last flag-state record the broker acknowledged (also one of a refused
  record: it is on the compacted topic): the daemon applies exactly that, so its memory equals the topic.
* Transient failures that outlast the attempts fail the batch (DeliveryError: not committed, polled again);
  a record whose outputs fail in `REFUSE_AFTER_CYCLES` consecutive cycles is dead-lettered as
  ``output_refused`` too (which needs the dead-letter topic to accept it: in a full outage nothing moves).
* If the dead-letter topic refuses even the oversize form, DeadLetterRefusedError: the daemon stops.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import structlog
from kafka import TopicPartition
from kafka.errors import KafkaError, KafkaTimeoutError

from triage.core import KafkaMessage, RecordOutcome, SourceRecord
from triage.errors import DeliveryError, TriageError
from triage.lifecycle.shutdown import Shutdown
from triage.obs.metrics import Metrics
from triage.pipeline.deadletter import dead_letter_for, fit_dead_letter, is_oversize_dead_letter
from triage.pipeline.state import FlagState, FlagStateError
from triage.stream.errors import describe, is_permanent
from triage.stream.kafka_io import close_producer, dead_letter_budget, flush_within
from triage.stream.port import BrokerPort, KafkaBroker, Producer

if TYPE_CHECKING:
    from triage.config import KafkaSettings, RunTopics

log = structlog.get_logger("triage.delivery")

REFUSE_AFTER_CYCLES = 3
DRAIN_RESERVE_S = 3.0  # of a stop's budget, kept for flush, commit and LeaveGroup after the last delivery
OUTPUT_REFUSED = "output_refused"

Ident = tuple[str, int, int, str, int]  # source topic, partition, offset, output topic, ordinal


class DeadLetterRefusedError(TriageError):
    """The dead-letter topic refused a dead letter even in its smallest form: the daemon cannot go on."""


@dataclass(slots=True)
class Output:
    pos: int  # the record's position in the batch
    ident: Ident
    message: KafkaMessage


@dataclass(slots=True)
class Delivered:
    # state key -> the flag-state record of that key the topic now holds from this batch (the last one
    # acknowledged, whatever became of its record's other outputs): what the daemon's memory must hold
    states: dict[str, tuple[int, FlagState]] = field(default_factory=dict)  # key -> (offset, state)
    state_offsets: dict[str, int] = field(default_factory=dict)  # state key -> offset of that record
    refused: dict[int, str] = field(default_factory=dict)  # record position -> why (dead-lettered)
    dependent: set[int] = field(
        default_factory=set
    )  # refused only because an earlier record of its study was
    resent_skipped: int = 0  # outputs not sent because an earlier cycle had them acknowledged


class Deliverer:
    """Owns the producer. Not thread-safe (the daemon loop calls it)."""

    def __init__(
        self,
        kafka: KafkaSettings,
        topics: RunTopics,
        metrics: Metrics,
        *,
        producer_factory: Callable[[], Producer] | None = None,
        sleep: Callable[[float], Any] | None = None,
        shutdown: Shutdown | None = None,
        broker: BrokerPort | None = None,
    ) -> None:
        """`shutdown`: once a stop is requested, retries, flushes and a new producer's connection get only
        what is left of its budget less DRAIN_RESERVE_S (then DeliveryError: the batch is not committed).
        Producers come from `producer_factory`, else from `broker` (default the Kafka cluster)."""
        self.kafka = kafka
        self.topics = topics  # shadow mode applied
        self.metrics = metrics
        self.shutdown = shutdown or Shutdown()
        port = broker or KafkaBroker()
        self._factory = producer_factory or (
            lambda: port.producer(kafka, shutdown=self.shutdown, reserve_s=DRAIN_RESERVE_S)
        )
        self._sleep = sleep or (lambda s: self.shutdown.sleep(s, reserve_s=DRAIN_RESERVE_S))
        self._producer: Producer | None = None
        self.acked: dict[Ident, Any] = {}
        self.refused_idents: dict[Ident, str] = {}
        self._failed_cycles: Counter[tuple[str, int, int]] = Counter()

    # ---- producer ------------------------------------------------------------------------------------------
    def ensure_producer(self) -> Producer:
        if self._producer is None:
            self._producer = self._factory()
        return self._producer

    def reset_producer(self) -> None:
        """After a failed send the idempotent producer may be unusable (fatal state, sequence gaps)."""
        producer, self._producer = self._producer, None
        if producer is not None:
            close_producer(producer, 1.0)

    def close(self, timeout_s: float = 5.0) -> None:
        producer, self._producer = self._producer, None
        if producer is None:
            return
        try:
            producer.flush(timeout=timeout_s)
        except KafkaError as exc:
            log.warning("producer_flush_failed", error_type=type(exc).__name__)
        close_producer(producer, timeout_s)

    # ---- memory of acknowledged outputs --------------------------------------------------------------------
    def forget_committed(self, next_offsets: dict[TopicPartition, int]) -> None:
        """Drop what is remembered for records below the committed offsets (they will not come back)."""

        committed = {(tp.topic, tp.partition): offset for tp, offset in next_offsets.items()}

        def done(ident: tuple[Any, ...]) -> bool:
            nxt = committed.get((ident[0], ident[1]))
            return nxt is not None and ident[2] < nxt

        for table in (self.acked, self.refused_idents, self._failed_cycles):
            for ident in [i for i in table if done(i)]:
                del table[ident]  # type: ignore[arg-type]

    def forget_partitions(self, partitions: Iterable[TopicPartition]) -> None:
        gone = {(tp.topic, tp.partition) for tp in partitions}
        for table in (self.acked, self.refused_idents, self._failed_cycles):
            for ident in [i for i in table if (i[0], i[1]) in gone]:
                del table[ident]  # type: ignore[arg-type]

    # ---- one batch -----------------------------------------------------------------------------------------
    def deliver(self, outcomes: list[RecordOutcome]) -> Delivered:
        """Deliver every output of `outcomes` (module docstring). Raises DeliveryError (batch to be retried)
        or DeadLetterRefusedError (stop)."""
        s = self.kafka
        state_topic, dlq_topic = self.topics.flag_state, self.topics.dead_letter
        budget = dead_letter_budget(s)
        first: list[Output] = []
        states: list[Output] = []
        flag_keys: set[bytes | None] = set()
        for pos, outcome in enumerate(outcomes):
            src = outcome.source
            ordinals: dict[str, int] = {}  # a plain dict: a Counter per record costs more than its use
            for message in outcome.outputs:
                if message.topic == dlq_topic:
                    message = fit_dead_letter(message, budget)
                elif message.topic == self.topics.flag:
                    flag_keys.add(message.key)
                ordinal = ordinals.get(message.topic, 0)
                ordinals[message.topic] = ordinal + 1
                ident = (src.topic, src.partition, src.offset, message.topic, ordinal)
                (states if message.topic == state_topic else first).append(Output(pos, ident, message))
        # a state record of a study with no Flag in this batch rests on nothing unacknowledged: first phase
        second: list[Output] = []
        for o in states:
            (second if rests_on_flag(o.message.key, flag_keys) else first).append(o)
        result = Delivered()
        self._phase(first, result)
        self._refuse_dependents(outcomes, states, result)
        self._phase([o for o in second if o.pos not in result.refused], result)
        self._refuse_dependents(outcomes, states, result)
        if result.refused:
            self._dead_letter_refused(outcomes, result)
        self._written_states(states, result)
        for outcome in outcomes:
            src = outcome.source
            self._failed_cycles.pop((src.topic, src.partition, src.offset), None)
        return result

    def _refuse_dependents(
        self, outcomes: list[RecordOutcome], states: list[Output], result: Delivered
    ) -> None:
        """A refused record whose flag-state record was not written leaves its study's state on the topic
        (and in memory) as it was, but the batch's later records of that study were decided against the
        unwritten one (a final seeing the refused preliminary's Flag is UNCHANGED and publishes none). They
        are refused too, in order (dead-lettered ``output_refused`` beside it, so `triage redrive` replays
        them in order) and their flag-state records are not written: no state names an undelivered Flag."""
        lost: dict[bytes | None, int] = {}  # state key -> the refused record whose state was not written
        for o in states:  # batch order
            if o.ident in self.acked:  # written: what follows was decided against a state the topic holds
                lost.pop(o.message.key, None)
                continue
            cause = lost.get(o.message.key)
            if cause is not None and o.pos > cause and o.pos not in result.refused:
                src = outcomes[cause].source
                result.refused[o.pos] = (
                    f"decided against the flag state of record {src.topic}/{src.partition}@{src.offset},"
                    " whose output the broker refused; re-drive both, in order"
                )
                result.dependent.add(o.pos)
            if o.pos in result.refused:
                lost.setdefault(o.message.key, o.pos)

    def _written_states(self, states: list[Output], result: Delivered) -> None:
        """Per state key, the last flag-state record of the batch the broker acknowledged (records of one key
        share a partition, which acknowledges in offset order), also when another output of its record was
        refused: it is on the compacted topic, so memory must hold it."""
        order = {ident: i for i, ident in enumerate(self.acked)}
        last: dict[bytes, Output] = {}
        for o in states:
            key = o.message.key
            if (
                key is not None
                and o.ident in order
                and (key not in last or order[o.ident] > order[last[key].ident])
            ):
                last[key] = o
        for key, o in last.items():
            offset = self.acked[o.ident].offset
            text = key.decode("utf-8")
            result.state_offsets[text] = offset
            typed = o.message.record  # the Processor's own FlagState: its bytes need no parsing back
            if isinstance(typed, FlagState):
                result.states[text] = (offset, typed)
                continue
            try:
                result.states[text] = (offset, FlagState.from_json(o.message.value))
            except FlagStateError as exc:  # never from the Processor; the reader skips it the same way
                log.warning("flag_state_written_invalid", offset=offset, error=str(exc))

    def _phase(self, outputs: list[Output], result: Delivered) -> None:
        pending: list[Output] = []
        for o in outputs:
            if o.ident in self.acked:
                result.resent_skipped += 1
            elif o.ident in self.refused_idents:
                result.refused.setdefault(o.pos, self.refused_idents[o.ident])
            elif o.pos not in result.refused:
                pending.append(o)
        failures: list[tuple[Output, BaseException]] = []
        for attempt in range(self.kafka.delivery_attempts):
            pending = [o for o in pending if o.pos not in result.refused]
            if not pending:
                return
            if attempt:
                self._sleep(min(5.0, 0.2 * 2 ** (attempt - 1)))
            self._check_budget(len(pending))
            failures = self._attempt(pending)
            transient = [(o, e) for o, e in failures if not is_permanent(e)]
            for o, e in failures:
                if is_permanent(e):
                    transient.extend(self._isolate(o, e, result))
            pending = [o for o, _ in transient]
        pending = [o for o in pending if o.pos not in result.refused]
        if not pending:
            return
        errors = dict((id(o), e) for o, e in failures)
        first_error = errors.get(id(pending[0]))
        # count the cycle against these records; after REFUSE_AFTER_CYCLES they are dead-lettered, which needs
        # the broker (the dead-letter topic) to work: in an outage that fails too and the batch is retried
        stuck = []
        for o in pending:
            key = o.ident[:3]
            self._failed_cycles[key] += 1
            if self._failed_cycles[key] >= REFUSE_AFTER_CYCLES:
                stuck.append(o)
        for o in stuck:
            result.refused.setdefault(
                o.pos, f"{describe(errors.get(id(o)))} in {REFUSE_AFTER_CYCLES} delivery cycles"
            )
        if len(stuck) == len(pending):
            return
        raise DeliveryError(f"{len(pending)} outputs not acknowledged: {describe(first_error)}")

    def _check_budget(self, pending: int) -> None:
        """Stopping and the delivery part of the budget is spent: the batch stays uncommitted."""
        if self.shutdown.expired(reserve_s=DRAIN_RESERVE_S):
            raise DeliveryError(f"{pending} outputs not acknowledged: stopping (shutdown budget spent)")

    def _attempt(self, outputs: list[Output]) -> list[tuple[Output, BaseException]]:
        """Send `outputs`, flush, record the acknowledged ones; returns the failures."""
        failures: list[tuple[Output, BaseException]] = []
        try:
            producer = self.ensure_producer()
        except (KafkaError, TriageError) as exc:
            failures = [(o, exc) for o in outputs]
            self.metrics.delivery_failures.inc(len(failures))
            return failures
        futures = []
        for o in outputs:
            m = o.message
            try:
                futures.append((o, producer.send(m.topic, key=m.key, value=m.value, headers=list(m.headers))))
            except KafkaError as exc:
                failures.append((o, exc))
        try:
            flush_within(producer, self.kafka.delivery_timeout_ms / 1000.0, self.shutdown, DRAIN_RESERVE_S)
        except KafkaError as exc:
            log.warning("flush_failed", error_type=type(exc).__name__)
        for o, fut in futures:
            if fut.is_done and fut.succeeded():
                self.acked[o.ident] = fut.value
            else:
                error = fut.exception if fut.is_done else KafkaTimeoutError("no acknowledgement")
                failures.append((o, error))
        if failures:
            self.metrics.delivery_failures.inc(len(failures))
            self.reset_producer()
        return failures

    def _isolate(
        self, o: Output, error: BaseException, result: Delivered
    ) -> list[tuple[Output, BaseException]]:
        """`o` failed with a permanent error, maybe only because another send of the same producer was
        refused: send it alone. Returns [(o, error)] when it is to be retried as transient."""
        if o.message.topic == self.topics.dead_letter:
            return self._isolate_dead_letter(o)
        failed = self._attempt([o])
        if not failed or not is_permanent(failed[0][1]):
            return failed
        error = failed[0][1]
        why = f"{o.message.topic}: {describe(error)}"
        self.refused_idents[o.ident] = why
        result.refused.setdefault(o.pos, why)
        log.warning(
            "output_refused",
            output_topic=o.message.topic,
            partition=o.ident[1],
            offset=o.ident[2],
            error_type=type(error).__name__,
        )
        return []

    def _isolate_dead_letter(self, o: Output) -> list[tuple[Output, BaseException]]:
        """A dead letter failed with a permanent error: alone; if refused, in its oversize form; if that is
        refused too, DeadLetterRefusedError."""
        failed = self._attempt([o])
        if not failed or not is_permanent(failed[0][1]):
            return failed
        error = failed[0][1]
        if is_oversize_dead_letter(o.message):
            raise DeadLetterRefusedError(
                f"the dead-letter topic {o.message.topic!r} refuses dead letters ({describe(error)});"
                f" record {o.ident[0]}/{o.ident[1]}@{o.ident[2]} is not committed"
            )
        log.warning(
            "dead_letter_refused_sending_oversize_form",
            partition=o.ident[1],
            offset=o.ident[2],
            error_type=type(error).__name__,
        )
        o.message = fit_dead_letter(o.message, dead_letter_budget(self.kafka), force_oversize=True)
        return self._isolate_dead_letter(o)

    def _dead_letter_refused(self, outcomes: list[RecordOutcome], result: Delivered) -> None:
        """One ``output_refused`` dead letter per refused record (original bytes when they fit)."""
        now = datetime.now(UTC)
        budget = dead_letter_budget(self.kafka)
        dlq = self.topics.dead_letter
        outputs = []
        for pos, why in sorted(result.refused.items()):
            src: SourceRecord = outcomes[pos].source
            ids = [a for a in outcomes[pos].audits if a.accession or a.control_id]
            dependent = pos in result.dependent
            letter = dead_letter_for(
                src,
                topic=dlq,
                reason=OUTPUT_REFUSED,
                error_type="DependsOnRefusedOutput" if dependent else "OutputRefused",
                error_text=why if dependent else f"the broker refused an output of this record: {why}",
                message_index=0,
                now=now,
                control_id=ids[0].control_id if ids else None,
                accession=ids[0].accession if ids else None,
            )
            ident = (src.topic, src.partition, src.offset, f"{dlq}#refused", 0)
            outputs.append(Output(pos, ident, fit_dead_letter(letter, budget)))
        pending = [o for o in outputs if o.ident not in self.acked]
        for attempt in range(self.kafka.delivery_attempts):
            if not pending:
                break
            if attempt:
                self._sleep(min(5.0, 0.2 * 2 ** (attempt - 1)))
            self._check_budget(len(pending))
            pending = []
            for o, e in self._attempt([o for o in outputs if o.ident not in self.acked]):
                if is_permanent(e):
                    pending.extend(x for x, _ in self._isolate_dead_letter(o))
                else:
                    pending.append(o)
        if pending:
            raise DeliveryError(f"{len(pending)} output_refused dead letters not acknowledged")
        for pos in result.refused:
            self.metrics.dead_lettered.labels(OUTPUT_REFUSED).inc()
            src = outcomes[pos].source
            log.error(
                "record_dead_lettered",
                reason=OUTPUT_REFUSED,
                topic=src.topic,
                partition=src.partition,
                offset=src.offset,
            )


def rests_on_flag(state_key: bytes | None, flag_keys: set[bytes | None]) -> bool:
    """Whether a flag-state record keyed `state_key` may describe a Flag of this batch (Kafka keys
    `flag_keys`: the accessions), so it must wait for that Flag's acknowledgement. A state key is the
    accession or ``accession^order`` (triage.pipeline.decide.state_key): compared by prefix, so an accession
    holding a ``^`` errs on the side of waiting, and so does any record when a key is missing."""
    if state_key is None or None in flag_keys:
        return bool(flag_keys)
    if state_key in flag_keys:
        return True
    cut = state_key.find(b"^")  # the key ``K^...`` rests on K: every prefix before a "^", looked up
    while cut >= 0:
        if state_key[:cut] in flag_keys:
            return True
        cut = state_key.find(b"^", cut + 1)
    return False
