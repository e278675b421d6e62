"""`triage run`: consume → Processor → produce → commit, at least once.

One loop, one thread:
1. poll a micro-batch (up to `batch_max_records`, waiting at most `batch_max_wait_ms` for the first record);
2. pick up other instances' flag-state updates (non-blocking) and process the batch against a staged copy;
3. deliver every output (triage.stream.delivery): Flags, audits, dead letters and the state records that
   name no Flag of the batch first, then the flag-state updates of the batch's Flags, each acknowledged once
   (retries resend only what was not acknowledged, also across re-polls); a record whose output the broker
   refuses is dead-lettered (``output_refused``) with the batch's later records of its study when its state
   was not written (they were decided against it). A state record therefore never exists for a Flag that was
   not delivered;
4. only then apply the acknowledged flag-state records (memory equals the topic), commit the batch's offsets.
A batch whose outputs cannot be delivered (an outage) is not committed: the consumer seeks back to the batch's
first offsets and polls it again after a backoff, /readyz answers 503 meanwhile. A crash anywhere means
redelivery, and a redelivered record produces the same Flag id (or, when its state update was already
written, no second Flag). If the dead-letter topic refuses dead letters the daemon stops (exit code 3).

Start-up checks every topic the daemon writes (triage.stream.topics): a missing one stops it (exit 2).

Rebalances need no special care: a batch is committed before the next poll, so when partitions are revoked
(inside poll) there is nothing in hand; on assignment the state store reads the state topic to its end.
A stop while the group is being joined (start-up or a rebalance) lets the join finish before leaving
(triage.stream.membership), so the next instance is assigned at once.

Start-up waits for the broker `kafka.broker_wait_s` (None: until it answers or the daemon is stopped;
/readyz 503 and /healthz 200 meanwhile); a finite wait that runs out raises BrokerUnavailableError (exit 4).

Stopping is bounded (triage.lifecycle.shutdown): from the stop request every blocking step gets what is left
of GRACE_S (8 s): the delivery of the batch in hand until DRAIN_RESERVE_S before the end, then flush,
commit, LeaveGroup; a client constructor or a start-up step still blocking when the budget is spent is
abandoned. Exit 0 when everything in hand was delivered and committed, 1 when outputs were left
unacknowledged (not committed: redelivered). Readiness needs a broker answer (heartbeat, fetch, join) within
`contact_timeout_s(kafka)`; liveness needs polls that do not fail for FAILING_AFTER_S in a row.

Helpers live beside the loop: triage.stream.records (ConsumerRecord → SourceRecord, batch offsets),
triage.stream.rebalance (the listener), triage.stream.lag (the lag gauge).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import signal
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import structlog
from kafka import TopicPartition
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import OffsetAndMetadata

from triage.core import RecordOutcome, SourceRecord
from triage.errors import ConfigError, DeliveryError, TriageError
from triage.lifecycle.shutdown import EXIT_CLEAN, EXIT_UNACKNOWLEDGED, Shutdown, StoppedError, until_stopped
from triage.obs.health import Health
from triage.obs.logging import decision_fields, last_client_error
from triage.obs.metrics import Metrics
from triage.pipeline.decide import PUBLISHING_ACTIONS
from triage.stream.committed import CommittedLookup
from triage.stream.delivery import DeadLetterRefusedError, Deliverer
from triage.stream.lag import LAG_REFRESH_S, LagGauge
from triage.stream.membership import complete_join, join_wait_s
from triage.stream.port import BrokerPort, GroupConsumer, KafkaBroker
from triage.stream.progress import Progress, behind_end
from triage.stream.rebalance import RebalanceForwarder
from triage.stream.records import first_and_next, to_source_record
from triage.stream.state import FlagStateStore, StagedState
from triage.stream.undecodable import (
    CODEC_UNAVAILABLE,
    EXIT_INPUT_UNDECODABLE,
    Probe,
    Undecodable,
    codec_support,
    discard_failed_fetch,
    is_poll_decode_error,
    log_fields,
    reason_of,
)

if TYPE_CHECKING:
    from triage.config import KafkaSettings, ObsSettings
    from triage.pipeline.process import Processor

log = structlog.get_logger("triage.daemon")

EXIT_DEAD_LETTER_REFUSED = 3
EXIT_BROKER_UNAVAILABLE = 4  # the broker did not answer within kafka.broker_wait_s at start-up
GROUP_JOIN_LOG_S = 30.0  # a pending group join is logged (group_join_waiting) this often
FAILING_AFTER_S = 30.0  # /healthz 503 after this long of polls that all fail (a loop spinning on an error)
__all__ = [
    "EXIT_BROKER_UNAVAILABLE",
    "EXIT_DEAD_LETTER_REFUSED",
    "EXIT_INPUT_UNDECODABLE",
    "LAG_REFRESH_S",
    "Daemon",
    "contact_timeout_s",
    "daemon_health",
    "to_source_record",
]


def contact_timeout_s(kafka: KafkaSettings) -> float:
    """/readyz needs a broker answer within this: three heartbeat intervals, between 5 and 10 s (so a lost
    broker turns /readyz red within 10 s plus one probe interval)."""
    return min(10.0, max(5.0, 3.0 * kafka.heartbeat_interval_ms / 1000.0))


def daemon_health(kafka: KafkaSettings, obs: ObsSettings) -> Health:
    """The daemon's Health: stalled after one iteration's worst case (all delivery attempts) plus 60 s;
    /readyz red after `obs.ready_stall_s` without a loop."""
    return Health(
        stall_after_s=60.0 + kafka.delivery_attempts * kafka.delivery_timeout_ms / 1000.0,
        failing_after_s=FAILING_AFTER_S,
        contact_timeout_s=contact_timeout_s(kafka),
        ready_stall_s=obs.ready_stall_s,
    )


@dataclass(slots=True)
class _InFlight:
    """A polled batch: prepared in the loop thread, scored in the scoring thread, completed in order."""

    records: list[SourceRecord]
    started: float
    prepared: Any = None
    future: Future[Any] | None = None
    undecodable: Undecodable | None = None  # a corrupt run: `records` are its offsets (no bytes)


class Daemon:
    """The streaming loop. `run()` blocks until `stop()` (or SIGTERM/SIGINT when `handle_signals`)."""

    def __init__(
        self,
        kafka: KafkaSettings,
        processor: Processor,
        *,
        metrics: Metrics | None = None,
        obs: ObsSettings | None = None,
        health: Health | None = None,
        shutdown: Shutdown | None = None,
        broker: BrokerPort | None = None,
    ) -> None:
        """`broker`: where the clients come from (triage.stream.port; default the Kafka cluster of
        `kafka`); the run's topics are the Processor's (`processor.topics`). `health`, or `obs` to build it
        (daemon_health: its ready_stall_s is TRIAGE_READY_STALL_S): one of them is required, so no entry
        point serves a /readyz that ignores the readiness setting."""
        if health is None and obs is None:
            raise TypeError("Daemon needs obs (Settings.obs) or a health built from it")
        if processor.topics.input != kafka.topics.input:
            raise ConfigError("the Processor and the Daemon were built from different topic settings")
        self.kafka = kafka
        self.topics = processor.topics  # the run's topics, shadow mode applied: one source with the outputs
        self.processor = processor
        self.metrics = metrics or Metrics()
        self.health = health if health is not None else daemon_health(kafka, obs)
        self.health.model_loaded = True
        self.shutdown = shutdown or Shutdown()
        self.shutdown.exit_code_if_forced = self._forced_exit_code
        self._stop = self.shutdown.event
        self.broker: BrokerPort = broker or KafkaBroker()
        self._consumer: GroupConsumer | None = None
        self.deliverer = Deliverer(
            kafka, self.topics, self.metrics, shutdown=self.shutdown, broker=self.broker
        )
        self.fatal_error: str | None = None
        self._exit_code = 0  # non-zero: a fatal condition found by the loop (EXIT_INPUT_UNDECODABLE)
        self.lag = LagGauge(self.metrics)
        self.progress = Progress(kafka.input_stall_s)  # /readyz input_moving (triage.stream.progress)
        self._stalled_told: set[TopicPartition] = set()
        # True from subscribe, and from a revocation, until the next assignment: a JoinGroup may be in flight
        self._joining = False
        self._join_wait_told = 0  # GROUP_JOIN_LOG_S periods of the pending join already logged
        self.state: FlagStateStore | None = None
        # the last assignment's catch-up did not reach the topic's end: no record is decided until it does
        self._state_behind = False
        self._retry_backoff_s = 0.0
        self._in_delivery = False
        # records polled and not yet committed nor handed back (being prepared, decided or delivered, also
        # while `_pending` is swapped out for completion): a forced stop now exits 1 (_forced_exit_code)
        self._in_hand = False
        self._unacknowledged = False  # the last delivery failed: its batch is uncommitted (exit code 1)
        self._pending: _InFlight | None = None
        self._latest_offsets: dict[TopicPartition, OffsetAndMetadata] = {}
        # per assigned partition, the last offset this process committed (see _commit_skipped)
        self._committed_next: dict[TopicPartition, int] = {}
        # the group's committed offsets of newly assigned partitions, asked off the loop at assignment
        self._group_committed = CommittedLookup()
        self.batches = 0
        self.records = 0
        self.metrics.model_info.labels(
            processor.model_version,
            processor.model.model_sha256,
            processor.model.normalization_version,
            self.topics.mode,
        ).set(1)

    # ---- lifecycle -----------------------------------------------------------------------------------------
    def stop(self, reason: str = "requested") -> None:
        """Ask the loop to finish the batch in hand, commit, leave the group and return."""
        if not self._stop.is_set():
            log.info("daemon_stopping", reason=reason)
        self.health.stopping = True
        self.shutdown.request(reason)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self, *, handle_signals: bool = False) -> int:
        """Run until stopped. Returns the exit code: 0 after a clean shutdown."""
        previous = self.shutdown.install_signals() if handle_signals else {}
        try:
            self._open()
            while not self._stop.is_set():
                self._step()
            self.health.stopping = True
            drained = self._drain()
            if self._exit_code:  # a fatal condition the loop found (EXIT_INPUT_UNDECODABLE)
                return self._exit_code
            return EXIT_CLEAN if drained and not self._unacknowledged else EXIT_UNACKNOWLEDGED
        except DeadLetterRefusedError as exc:
            self.fatal_error = str(exc)
            self.health.set_outputs(False, "dead-letter topic refuses dead letters")
            log.error("daemon_fatal", error=str(exc), exit_code=EXIT_DEAD_LETTER_REFUSED)
            self._pending = None  # not committed: redelivered after the dead-letter topic is fixed
            return EXIT_DEAD_LETTER_REFUSED
        finally:
            self._close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _forced_exit_code(self) -> int:
        """The exit code when the watchdog ends the process: 1 while a batch is in hand (its outputs may
        be unacknowledged), else 0."""
        if self._exit_code:  # stopping for a fatal condition (EXIT_INPUT_UNDECODABLE): the supervisor sees it
            return self._exit_code
        busy = self._pending is not None or self._in_hand or self._in_delivery or self._unacknowledged
        return EXIT_UNACKNOWLEDGED if busy else EXIT_CLEAN

    def _open(self) -> None:
        s = self.kafka
        codecs = codec_support()
        for name, available in codecs.items():
            self.metrics.codec_available.labels(name).set(1 if available else 0)
        if not all(codecs.values()):  # the base install has them all: a broken install, said before a batch
            log.warning("kafka_codec_unavailable", codecs=sorted(n for n, ok in codecs.items() if not ok))
        if not self.broker.wait_for_broker(s, stop=self._stop, on_wait=self._broker_waiting):
            return  # stopped while waiting: run() sees the stop and closes
        try:  # abandoned at a stop request: nothing was consumed yet, there is nothing to finish
            opened = until_stopped(self._open_clients, self.shutdown)
        except StoppedError:
            return
        self.state, self._consumer = opened
        # The model, the spaCy pipeline and the lexicons are loaded and live for the process: out of the
        # collector's generations, so a full collection mid-batch does not walk them (a latency spike).
        gc.collect()
        gc.freeze()
        self._joining = True
        self.health.join_pending()
        self._consumer.subscribe([self.topics.input], listener=RebalanceForwarder(self))
        self.health.contact_probe = self._heartbeat_contact
        self.health.set_broker(True)
        log.info(
            "daemon_started",
            bootstrap_servers=s.bootstrap_servers,
            input_topic=self.topics.input,
            group_id=s.group_id,
            flag_topic=self.topics.flag,
            mode=self.topics.mode,
            model_version=self.processor.model_version,
            flag_states=len(self.state),
        )

    def _heartbeat_contact(self) -> float | None:
        """The consumer's last heartbeat answer, for /readyz (any thread): the client's heartbeat thread goes
        on while this loop is busy on a long batch, so a busy loop is not taken for a lost broker."""
        consumer = self._consumer
        return None if consumer is None else self.broker.last_contact(consumer)

    def _open_clients(self) -> tuple[FlagStateStore, GroupConsumer]:
        self.broker.check_topics(self.kafka, self.topics)
        state = FlagStateStore(self.kafka, self.topics, self.broker.state_reader(self.kafka)).open()
        self.deliverer.ensure_producer()
        return state, self.broker.group_consumer(self.kafka)

    def _broker_waiting(self, error: BaseException) -> None:
        """Called between start-up connection attempts: alive (/healthz 200), not ready (/readyz 503)."""
        self.health.tick()
        self.health.set_broker(False, type(error).__name__)

    def _drain(self) -> bool:
        """Complete the batch in hand (deliver + commit) before leaving. False if it could not be delivered
        (it is not committed, so the group redelivers it)."""
        self._in_hand = self._pending is not None
        pending, self._pending = self._pending, None
        if pending is None:
            return True
        try:
            if self._complete(pending):
                return True
        finally:
            self._in_hand = False
        log.error("shutdown_batch_not_delivered", records=len(pending.records))
        return False

    def _close(self) -> None:
        """Flush, commit, leave the group, each bounded by what is left of the stop budget."""
        self.health.stopping = True
        self.processor.close()  # its network thread: the scoring stage (one owner)
        self._group_committed.close()
        consumer = self._consumer
        bound = self.shutdown.bound
        self.deliverer.close(timeout_s=bound(5.0, reserve_s=2.0))
        if consumer is not None:
            if self._joining:  # a LeaveGroup behind an in-flight JoinGroup strands the group (membership.py)
                wait_s = bound(join_wait_s(self.kafka.session_timeout_ms), reserve_s=1.5)
                complete_join(consumer, lambda: self._joining, wait_s)
            # a reachable broker commits in milliseconds: 3 s at most, so a gone one costs little
            self._commit_sync(timeout_s=bound(3.0, reserve_s=1.0))
            self._consumer = None
            # leaves the group: partitions move at once, not after a timeout
            consumer.close(autocommit=False, timeout_ms=int(1000 * max(0.1, bound(30.0))))
        if self.state is not None:
            self.state.close()
        log.info("daemon_stopped", batches=self.batches, records=self.records)

    # ---- rebalance -----------------------------------------------------------------------------------------
    def _on_revoked(self, revoked: Sequence[TopicPartition]) -> None:
        # the batch in hand belongs to partitions we may lose: finish, deliver and commit it now, before the
        # group moves on; if that fails it is dropped and the partitions' next owner redelivers it.
        # (kafka-python 3 runs this on its network thread and refuses blocking consumer calls there, hence
        # the asynchronous commit.)
        self._joining = True  # kafka-python revokes (eager protocol) right before it sends JoinGroup
        self.health.join_pending()  # nothing moves until the next assignment
        pending, self._pending = self._pending, None
        if pending is not None and not self._complete(pending):
            log.warning("revoked_batch_dropped", records=len(pending.records))
        for tp in revoked:
            self._latest_offsets.pop(tp, None)
            self._committed_next.pop(tp, None)
        self._group_committed.forget(revoked)
        self.deliverer.forget_partitions(revoked)
        self.lag.forget(revoked)
        log.info("partitions_revoked", partitions=sorted(tp.partition for tp in revoked))

    def _on_assigned(self, assigned: Sequence[TopicPartition]) -> None:
        self.metrics.rebalances.inc()
        self._joining = False
        self.health.note_contact()  # the join's answer
        if self.state is not None and not self._stop.is_set():  # a stopping daemon processes nothing more
            self._catch_up()  # the previous owner's states are written before its commits
        self.health.join_complete()
        self._join_wait_told = 0
        if self._consumer is not None:  # for _commit_skipped: asked now, in a worker thread
            self._group_committed.ask(
                self._consumer, [tp for tp in assigned if tp not in self._committed_next]
            )
        log.info("partitions_assigned", partitions=sorted(tp.partition for tp in assigned))

    def _catch_up(self) -> bool:
        """Read the flag-state topic to its end. Never raises: a catch-up that runs out of its time
        (kafka.state_catchup_timeout_s: a large topic, a slow broker) or fails leaves `_state_behind` set and
        /readyz red (flag_state_current), and the loop holds the polled records back and tries again. (Was
        raised out of the rebalance listener: kafka-python 3 re-raises it from poll, and the loop decided the
        next records against the half-read state: a correction withdrew no Flag.)"""
        assert self.state is not None
        try:
            self.state.catch_up(stop=self._stop.is_set)  # a stop request ends it at once
        except (TriageError, KafkaError) as exc:
            if not self._state_behind and not self._stop.is_set():
                log.warning("flag_state_catch_up_failed", error_type=type(exc).__name__, error=str(exc))
            self._state_behind = True
            self.health.set_state_current(False, f"flag state not read to its end: {type(exc).__name__}")
            return False
        if self._state_behind:
            log.info("flag_state_caught_up", flag_states=len(self.state))
        self._state_behind = False
        self.health.set_state_current(True)
        return True

    def _hold_back(self, records: list[SourceRecord]) -> None:
        """The flag state is behind: the batch in hand and `records` are not decided; polled again later."""
        held = list(records)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._discard(pending)
            held = [*pending.records, *held]
        if held:
            self._seek_back(held)
        self._in_hand = False
        self._stop.wait(0.5)  # each catch-up goes on where the last one stopped: no growing backoff

    # ---- one iteration -------------------------------------------------------------------------------------
    def _step(self) -> None:
        """One iteration of the two-stage pipeline: poll and prepare batch N+1 and hand it to the scoring
        thread, complete batch N (decide, deliver, commit), then run batch N+1's rule tier while its network
        runs. With a batch in flight the poll does not wait, so a lone record is completed right away (no
        added latency at low rates)."""
        self._tell_join_wait()
        try:
            self._step_batches()
        finally:
            self._in_hand = False  # what is still held is `_pending`

    def _tell_join_wait(self) -> None:
        """Log ``group_join_waiting`` every GROUP_JOIN_LOG_S while a group join is pending: a join may rightly
        wait for other members (up to their max.poll.interval.ms) and the daemon would say nothing."""
        waited = self.health.join_waited_s()
        if waited is None or int(waited // GROUP_JOIN_LOG_S) <= self._join_wait_told:
            return
        self._join_wait_told = int(waited // GROUP_JOIN_LOG_S)
        log.warning(
            "group_join_waiting",
            waited_s=round(waited, 1),
            group_id=self.kafka.group_id,
            topic=self.topics.input,
        )

    def _step_batches(self) -> None:
        try:
            records = self._poll(wait=self._pending is None)
            self._in_hand = bool(records) or self._pending is not None
        except Exception as exc:
            if not is_poll_decode_error(exc):
                self.health.failed()
                self.health.set_broker(False, type(exc).__name__)
                log.warning("poll_failed", error=str(exc), error_type=type(exc).__name__)
                self._stop.wait(1.0)
                return
            new = self._undecodable_batch(exc)  # the broker answered: the batch is the trouble
            self._in_hand = new is not None or self._pending is not None
            if new is None:
                self.health.failed()
                return
            self.health.tick()
        else:
            self.health.tick()
            self.health.set_broker(True)
            self._note_contact(records)
            if self._state_behind and not self._catch_up():
                self._hold_back(records)
                return
            new = self._start(records) if records else None
        pending, self._pending = self._pending, None
        if pending is not None and not self._complete(pending):
            if new is not None:  # it follows the failed batch on the same partitions: poll it again too
                self._discard(new)
                self._seek_back([*pending.records, *new.records])
            else:
                self._seek_back(pending.records)
            self._backoff("batch not delivered")
            return
        if new is not None:  # after the batch in hand went out: its latency does not wait for this
            self._assess(new)
        self._pending = new
        if self.lag.due() or (new is None and pending is None):
            self.lag.update(self._consumer)
        if self.progress.due() and not self._joining:
            self._check_input()

    def _check_input(self) -> None:
        """/readyz input_moving: records waiting beyond a position that has not moved for a window
        (triage.stream.progress). A position beyond the log end (the topic was recreated, the broker
        restarted empty: kafka-python fetches there and gets nothing) is sought back to the new log start
        (``offsets_reset``), dropping what is remembered of the old offsets."""
        consumer = self._consumer
        if consumer is None:
            return
        try:
            assigned = sorted(consumer.assignment())
            positions = {tp: consumer.position(tp, timeout_ms=0) for tp in assigned}
            known = {tp: p for tp, p in positions.items() if p is not None}
            listed = dict(consumer.end_offsets(list(known), timeout_ms=2000)) if known else {}
            # the larger of ListOffsets and the last fetch's high watermark: Tansu answers ListOffsets with
            # the last batch's base offset + 1 (too low after a multi-record batch), a fetch says the truth
            fetched = {tp: consumer.highwater(tp) for tp in listed}
            ends = {tp: max(end, fetched[tp] or 0) for tp, end in listed.items()}
            # reset only where a fetch has told the high watermark: right after an assignment (a restart, a
            # rebalance) Tansu's too-low ListOffsets alone would send a healthy position back to the log start
            # and replay old records over newer Flags (seen in a fresh-clone .ci/run)
            reset = [tp for tp in behind_end(ends, known) if fetched[tp] is not None]
            starts = dict(consumer.beginning_offsets(reset, timeout_ms=2000)) if reset else {}
        except (KafkaError, TypeError) as exc:  # an unreachable broker: broker_reachable says so
            log.debug("input_check_failed", error_type=type(exc).__name__)
            return
        for tp in reset:
            new = starts.get(tp, 0)
            consumer.seek(tp, new)
            self._latest_offsets.pop(tp, None)  # never commit the old, higher offsets over the new log
            self._committed_next[tp] = new
            self.deliverer.forget_partitions([tp])  # the new log's offsets are other records
            self.progress.forget(tp)
            log.warning(
                "offsets_reset",
                topic=tp.topic,
                partition=tp.partition,
                old_offset=known[tp],
                new_offset=new,
                log_end=ends[tp],
                why="position beyond the log end",
            )
            known[tp] = new
        try:
            self._commit_skipped(known)
        except (KafkaError, TypeError) as exc:  # an unreachable broker: asked again at the next look
            log.debug("commit_skipped_failed", error_type=type(exc).__name__)
        stalled = self.progress.observe(ends, known)
        now = {s.tp for s in stalled}
        for s in stalled:
            if s.tp not in self._stalled_told:
                log.warning(
                    "input_stalled",
                    topic=s.tp.topic,
                    partition=s.tp.partition,
                    position=s.position,
                    log_end=s.end,
                    lag=s.lag,
                    still_s=s.still_s,
                )
        for tp in self._stalled_told - now:
            log.info("input_moving", topic=tp.topic, partition=tp.partition)
        self._stalled_told = now
        self.health.set_input_moving(not stalled, "; ".join(s.describe() for s in stalled) or None)

    def _note_contact(self, records: list[SourceRecord]) -> None:
        """Tell Health when the broker last answered: records just fetched, or the consumer's last heartbeat
        response (BrokerPort.last_contact); log a lost or regained contact once (Health.contact_change)."""
        last = (
            self.broker.last_contact(self._consumer) if self._consumer is not None and not records else None
        )
        if records or last is not None:
            self.health.note_contact(last)
        if (change := self.health.contact_change()) is not None:
            reachable, silent_s = change
            if reachable:
                log.info("broker_reachable", bootstrap_servers=self.kafka.bootstrap_servers)
            else:
                log.warning(
                    "broker_unreachable",
                    bootstrap_servers=self.kafka.bootstrap_servers,
                    no_answer_for_s=silent_s,
                    **({"cause": cause} if (cause := last_client_error()) else {}),
                )

    def _poll(self, wait: bool = True) -> list[SourceRecord]:
        """One poll: it returns with the first records fetched (waiting up to `batch_max_wait_ms` only while
        there are none) and with everything already fetched, up to `batch_max_records` (kafka-python 3
        drains every buffered fetch response in one call). A second poll for more found nothing at low
        rates and cost the batch in hand ≈ 1 ms of hand-offs to the client's network thread (2026-12-07)."""
        assert self._consumer is not None
        s = self.kafka
        timeout = s.batch_max_wait_ms if wait else 0
        polled = self._consumer.poll(timeout_ms=timeout, max_records=s.batch_max_records)
        return [to_source_record(r) for batch in polled.values() for r in batch]

    def _undecodable_batch(self, error: BaseException) -> _InFlight | None:
        """A poll that failed to decode a batch (triage.stream.undecodable): find the partition and the run of
        offsets with a probe consumer. A corrupt run becomes a batch of its offsets (dead-lettered as
        coordinates, committed like any batch) and the consumer moves past it; a codec this install cannot
        read stops the daemon (exit code 5). None: nothing to complete in this iteration."""
        assert self._consumer is not None
        consumer = self._consumer
        discard_failed_fetch(consumer)  # the next poll at this position fetches again instead of spinning
        positions: dict[TopicPartition, int] = {}
        for tp in consumer.assignment():
            with contextlib.suppress(KafkaError):
                position = consumer.position(tp, timeout_ms=2000)
                if position is not None:
                    positions[tp] = position
        try:
            with Probe(self.kafka, self._stop) as probe:
                found = probe.locate(positions)
                if found is None:
                    run = None
                elif reason_of(found[2]) == CODEC_UNAVAILABLE:
                    tp, offset, cause = found
                    run = Undecodable(
                        tp.topic, tp.partition, offset, offset, CODEC_UNAVAILABLE, type(cause).__name__
                    )
                else:
                    run = probe.scan_run(*found)
        except KafkaError as exc:  # the broker, not the batch: poll again after a pause
            log.warning("undecodable_probe_failed", error_type=type(exc).__name__)
            self._stop.wait(1.0)
            return None
        if run is None:  # stopped while probing, or the failure did not come back: poll again
            if not self._stop.is_set():
                log.warning("poll_failed", error_type=type(error).__name__, located=False)
                self._stop.wait(1.0)
            return None
        self.metrics.input_undecodable.labels(run.reason).inc(run.records)
        if run.reason == CODEC_UNAVAILABLE:  # fail closed: nothing skipped, the install must be fixed
            self.fatal_error = run.describe()
            self._exit_code = EXIT_INPUT_UNDECODABLE
            log.error(
                "input_undecodable",
                **log_fields(run),
                exit_code=EXIT_INPUT_UNDECODABLE,
                codecs=codec_support(),
            )
            self.stop(CODEC_UNAVAILABLE)
            return None
        log.error("input_undecodable", **log_fields(run), action="dead_letter")
        consumer.seek(run.tp, run.last_offset + 1)
        offsets = range(run.first_offset, run.last_offset + 1)
        return _InFlight(
            records=[SourceRecord(run.topic, run.partition, o, b"") for o in offsets],
            started=time.perf_counter(),
            undecodable=run,
        )

    def _start(self, records: list[SourceRecord]) -> _InFlight:
        """Stage 1 (this thread): parse and normalize; then the network in the scoring thread (torch releases
        the GIL for the whole batch: the previous batch's completion and this one's rule tier (`_assess`) go
        on meanwhile)."""
        self.metrics.consumed.inc(len(records))
        self.metrics.batch_size.observe(len(records))
        batch = _InFlight(records=records, started=time.perf_counter())
        try:
            batch.prepared = self.processor.prepare(records)
            batch.future = self.processor.executor.submit(self.processor.score_network, batch.prepared)
        except Exception as exc:  # handled per record at completion
            batch.prepared, batch.future = None, None
            log.error("batch_prepare_failed", records=len(records), error_type=type(exc).__name__)
        return batch

    def _assess(self, batch: _InFlight) -> None:
        """Stage 1b (this thread, while the scoring thread runs the network): the rule tier. Run after the
        previous batch was completed, so that one's outputs do not wait for this one's rules."""
        if batch.prepared is None:
            return
        try:
            self.processor.assess_rules(batch.prepared)
        except Exception as exc:  # handled per record at completion (process_batch runs the network again)
            self._discard(batch)  # the network in flight ends first: never two networks at once
            batch.prepared, batch.future = None, None
            log.error("batch_prepare_failed", records=len(batch.records), error_type=type(exc).__name__)

    def _discard(self, batch: _InFlight) -> None:
        if batch.future is not None:
            with contextlib.suppress(Exception):
                batch.future.result()

    def _complete(self, batch: _InFlight) -> bool:
        """Stage 2 (this thread, in batch order): decide against the flag state, deliver every output, then
        commit. Returns False when the outputs were not delivered (nothing committed)."""
        assert self.state is not None
        records = batch.records
        self.state.refresh()
        staged = StagedState(self.state.states)
        t0 = time.perf_counter()
        outcomes = self._decide(batch, staged)
        if outcomes is None:
            return False
        self.metrics.stage.labels("process").observe(time.perf_counter() - t0)
        t0 = time.perf_counter()
        self._in_delivery = True
        try:
            delivered = self.deliverer.deliver(outcomes)
        except DeliveryError as exc:
            self._unacknowledged = True
            self.health.set_outputs(False, str(exc))
            log.error("batch_not_delivered", records=len(records), error=str(exc))
            return False
        finally:
            self._in_delivery = False
        self._unacknowledged = False
        self.health.set_outputs(True)
        self.health.note_contact()
        if delivered.refused:
            outcomes = [o for i, o in enumerate(outcomes) if i not in delivered.refused]
        published_at = datetime.now(UTC)
        self.metrics.stage.labels("produce").observe(time.perf_counter() - t0)
        for key, (offset, value) in delivered.states.items():  # what the topic holds, not the staged map
            self.state.apply_written(key, value, offset)
        t0 = time.perf_counter()
        self.deliverer.forget_committed(self._commit(records))
        self.metrics.stage.labels("commit").observe(time.perf_counter() - t0)
        self._retry_backoff_s = 0.0
        self._observe(outcomes, published_at)
        self.metrics.stage.labels("batch").observe(time.perf_counter() - batch.started)
        self.metrics.flag_state_entries.set(len(self.state))
        self.batches += 1
        self.records += len(records)
        return True

    def handle_batch(self, records: list[SourceRecord]) -> bool:
        """Process, deliver and commit one batch synchronously (no overlap). False: not delivered."""
        batch = self._start(records)
        self._assess(batch)
        return self._complete(batch)

    # ---- processing ----------------------------------------------------------------------------------------
    def _decide(self, batch: _InFlight, staged: StagedState) -> list[RecordOutcome] | None:
        """Processor.finish on the scored batch (or process_batch). If that raises (a bug, a scorer failure),
        isolate per record: a record that fails alone is dead-lettered with reason internal_error, the others
        go through. If every record fails alone too, the failure is not about the records: None."""
        records = batch.records
        if batch.undecodable is not None:
            run = batch.undecodable
            return self.processor.undecodable(
                records, reason=run.reason, error_type=run.error_type, error_text=run.describe()
            )
        try:
            if batch.future is not None:
                return self.processor.finish(batch.future.result(), staged)
            return self.processor.process_batch(records, staged)
        except Exception as exc:
            self.metrics.processing_errors.inc()
            log.error("batch_processing_failed", records=len(records), error_type=type(exc).__name__)
            staged.writes.clear()
        outcomes: list[RecordOutcome] = []
        failures = 0
        for record in records:
            mark = dict(staged.writes)
            try:
                outcomes.extend(self.processor.process_batch([record], staged))
            except Exception as exc:
                failures += 1
                staged.writes.clear()
                staged.writes.update(mark)
                log.error(
                    "record_processing_failed",
                    partition=record.partition,
                    offset=record.offset,
                    error_type=type(exc).__name__,
                )
                total_ms = (time.perf_counter() - batch.started) * 1000.0
                outcomes.append(self.processor.internal_error(record, exc, total_ms=total_ms))
        if failures == len(records):
            return None
        return outcomes

    # ---- offsets -------------------------------------------------------------------------------------------
    def _commit(self, records: list[SourceRecord]) -> dict[TopicPartition, int]:
        """Asynchronous commit of the batch's next offsets (its outputs are acknowledged already): a lost
        commit only means redelivery, and a later commit covers it. Synchronous ones happen at revocation
        and shutdown (`_commit_sync`), so a clean exit leaves the exact position."""
        assert self._consumer is not None
        _, nxt = first_and_next(records)
        offsets = {tp: OffsetAndMetadata(off, "", -1) for tp, off in nxt.items()}
        self._latest_offsets.update(offsets)
        self._committed_next.update(nxt)
        try:
            self._consumer.commit_async(offsets, callback=self._commit_done)
        except KafkaError as exc:
            self._commit_failed(exc)
        return nxt

    def _commit_skipped(self, positions: Mapping[TopicPartition, int]) -> None:
        """Commit a position that moved past offsets no record was returned for: the control records
        (commit/abort markers) a transactional producer leaves in the log take offsets the consumer skips.
        Committing one past the last *record* left the group's offset on the marker, lag 1 for good on every
        partition whose last write was a transaction (`kafka-consumer-groups` never showed 0 for a drain,
        while our own lag gauge said 0). Only partitions with no batch in hand: every record before their
        position was returned by a poll and completed (committed), so nothing undecided is skipped. A
        partition this process has not committed yet is compared with the group's committed offset, asked
        once per assignment in a worker thread (triage.stream.committed: the loop never waits for that round
        trip; until the answer is there the partition waits for a later look), so an idle partition costs no
        commit."""
        consumer = self._consumer
        if consumer is None:
            return
        pending = self._pending
        busy = {(r.topic, r.partition) for r in pending.records} if pending is not None else set()
        idle = {tp: p for tp, p in positions.items() if (tp.topic, tp.partition) not in busy}
        for tp in [tp for tp in idle if tp not in self._committed_next]:
            known, committed = self._group_committed.answer(consumer, tp)
            if known:  # never committed: the position is where the reset put it, nothing was skipped
                self._committed_next[tp] = idle[tp] if committed is None else committed
        skipped = {tp: p for tp, p in idle.items() if p > self._committed_next.get(tp, p)}
        if not skipped:
            return
        offsets = {tp: OffsetAndMetadata(p, "", -1) for tp, p in skipped.items()}
        self._latest_offsets.update(offsets)
        self._committed_next.update(skipped)
        try:
            consumer.commit_async(offsets, callback=self._commit_done)
        except KafkaError as exc:
            self._commit_failed(exc)

    def _commit_done(self, _offsets: Any, result: Any) -> None:
        if isinstance(result, BaseException):
            self._commit_failed(result)

    def _commit_failed(self, exc: BaseException) -> None:
        self.metrics.commit_failures.inc()
        if isinstance(exc, CommitFailedError):
            # the group rebalanced: the partitions' new owner redelivers these records (same Flag ids)
            log.warning("commit_failed_rebalanced", error=str(exc))
        else:
            log.warning("commit_failed", error=str(exc), error_type=type(exc).__name__)

    def _commit_sync(
        self, partitions: Sequence[TopicPartition] | None = None, timeout_s: float | None = None
    ) -> None:
        """Commit (and wait for) the newest completed offsets of `partitions` (default: all), at most
        `timeout_s` (default kafka.delivery_timeout_ms)."""
        if self._consumer is None:
            return
        keep = set(partitions) if partitions is not None else set(self._latest_offsets)
        offsets = {tp: om for tp, om in self._latest_offsets.items() if tp in keep}
        if not offsets:
            return
        try:
            timeout_ms = self.kafka.delivery_timeout_ms if timeout_s is None else int(timeout_s * 1000)
            self._consumer.commit(offsets, timeout_ms=max(100, timeout_ms))
        except KafkaError as exc:
            self._commit_failed(exc)
        for tp in offsets:
            self._latest_offsets.pop(tp, None)

    def _seek_back(self, records: list[SourceRecord]) -> None:
        """Re-poll this batch after a backoff: its offsets were not committed."""
        assert self._consumer is not None
        first, _ = first_and_next(records)
        assigned = self._consumer.assignment()
        for tp, offset in first.items():
            if tp in assigned:
                self._consumer.seek(tp, offset)

    def _backoff(self, why: str) -> None:
        self._retry_backoff_s = min(30.0, max(0.5, self._retry_backoff_s * 2))
        log.warning("batch_retry_backoff", seconds=self._retry_backoff_s, why=why)
        self._stop.wait(self._retry_backoff_s)

    # ---- observability -------------------------------------------------------------------------------------
    def _observe(self, outcomes: list[RecordOutcome], published_at: datetime) -> None:
        m = self.metrics
        score_ms = 0.0
        m.observe_decisions(a for outcome in outcomes for a in outcome.audits)
        parse = m.stage.labels("parse")
        logger = log.bind()  # once per batch: the module's lazy logger binds anew at every call
        enabled = getattr(logger, "is_enabled_for", None)
        decisions = enabled is None or enabled(logging.INFO)  # the fields are not built for nothing
        for outcome in outcomes:
            if outcome.audits:  # parse time is per record; every audit of the record carries the same value
                parse.observe(outcome.audits[0].timings.parse_ms / 1000.0)
            for audit in outcome.audits:
                score_ms = max(score_ms, audit.timings.score_ms)
                if audit.flag_action in PUBLISHING_ACTIONS:
                    m.observe_flag(audit, published_at)
                if decisions:
                    logger.info("decision", **decision_fields(audit))
        if score_ms:
            m.stage.labels("score").observe(score_ms / 1000.0)
        self.lag.update(self._consumer)
