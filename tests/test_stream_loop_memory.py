"""The daemon loop's own logic on the in-memory broker port (tests/memory_broker.py): rebalance mid-batch,
the two-stage overlap, commit ordering, failure isolation and readiness. Fast tier (no broker process):
the Daemon is driven one iteration at a time, so every interleaving is exact. Each Kafka behaviour these
rely on is tested against Tansu elsewhere (test_stream_daemon, test_stream_faults, test_stream_stop)."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from kafka import TopicPartition
from kafka.errors import KafkaConnectionError, KafkaTimeoutError
from memory_broker import MemoryBroker, Sent
from test_pipeline_support import KeywordScorer, oru

from triage.config import Settings
from triage.obs.health import Health
from triage.pipeline.process import Processor
from triage.stream.daemon import Daemon

NOW = datetime(2024, 3, 4, 11, 0, tzinfo=UTC)
POSITIVE = "Acute subdural hemorrhage along the left convexity."
NEGATIVE = "Normal noncontrast head CT."


def _settings(**overrides: Any) -> Settings:
    base: dict[str, Any] = {"batch_max_records": 2, "batch_max_wait_ms": 0, "delivery_attempts": 1}
    return Settings(**{**base, **overrides})


class ExplodingScorer(KeywordScorer):
    """A scorer bug that one report's text triggers (a whole batch's scoring raises with it)."""

    def score_tokens(self, batch: Any) -> np.ndarray:
        if any("kaboom" in toks for toks in batch):
            raise RuntimeError("scorer bug")
        return super().score_tokens(batch)


class Loop:
    """A Daemon on `broker`, stepped by hand (Daemon._step: poll and prepare batch N+1, complete batch N)."""

    def __init__(
        self, broker: MemoryBroker, settings: Settings, *, scorer: Any = None, health: Health | None = None
    ) -> None:
        processor = Processor.from_settings(scorer or KeywordScorer(), settings, clock=lambda: NOW)
        self.daemon = Daemon(settings.kafka, processor, broker=broker, obs=settings.obs, health=health)
        prepare = processor.prepare

        def logged_prepare(records: Any) -> Any:  # the loop's order of work, in the broker's event log
            broker.events.append(("prepare", [(r.partition, r.offset) for r in records]))
            return prepare(records)

        processor.prepare = logged_prepare  # type: ignore[method-assign]
        self.daemon._open()

    def step(self, n: int = 1, *, overlap: bool = True) -> None:
        for _ in range(n):
            self.daemon._step()
            if not overlap:  # complete the batch just polled before the next poll
                assert self.daemon._drain()

    def close(self) -> None:
        self.daemon._drain()
        self.daemon._close()


def _inputs(broker: MemoryBroker, n: int, *, partition: int = 0, positive: bool = True) -> None:
    topic = Settings().topics.input
    for i in range(n):
        acc = f"ACC{partition}-{i}"
        impression = POSITIVE if positive or i % 2 == 0 else NEGATIVE
        broker.produce(
            topic,
            oru(control_id=f"M{partition}-{i}", accession=acc, impression=impression),
            partition=partition,
        )


def _audited(broker: MemoryBroker) -> Counter[tuple[int, int]]:
    """(partition, offset) of the input behind each audit record."""
    out: Counter[tuple[int, int]] = Counter()
    for rec in broker.records(Settings().topics.audit):
        src = json.loads(rec.value or b"{}")["source"]
        out[(src["partition"], src["offset"])] += 1
    return out


def _flagged(broker: MemoryBroker) -> Counter[tuple[int, int]]:
    out: Counter[tuple[int, int]] = Counter()
    for rec in broker.records(Settings().flag_topic):
        h = dict(rec.headers)
        out[(int(h["triage-source-partition"]), int(h["triage-source-offset"]))] += 1
    return out


def _source_of(topic: str, rec: Any) -> tuple[int, int] | None:
    if topic == Settings().topics.audit:
        src = json.loads(rec.value)["source"]
        return src["partition"], src["offset"]
    h = dict(rec.headers)
    if "triage-source-offset" in h:
        return int(h["triage-source-partition"]), int(h["triage-source-offset"])
    return None


def _assert_commits_follow_acks(broker: MemoryBroker) -> None:
    """Every commit of offset o on input partition p comes after the audit (and any Flag or dead letter)
    of every record of p below o was appended: nothing is committed before its outputs are acknowledged."""
    topics = {Settings().topics.audit, Settings().flag_topic, Settings().topics.dead_letter}
    by_offset = {(t, r.partition, r.offset): r for t in topics for r in broker.records(t)}
    acked: set[tuple[int, int]] = set()
    audited: set[tuple[int, int]] = set()
    for event in broker.events:
        if event[0] == "append" and event[1] in topics:
            src = _source_of(event[1], by_offset[(event[1], event[2], event[3])])
            if src is not None:
                acked.add(src)
                if event[1] == Settings().topics.audit:
                    audited.add(src)
        elif event[0] == "commit":
            tp, offset = event[2], event[3]
            missing = [o for o in range(offset) if (tp.partition, o) not in audited]
            assert not missing, f"offset {offset} of partition {tp.partition} committed before {missing}"


def _commits(broker: MemoryBroker, kind: str = "commit") -> list[tuple[str, int, int]]:
    return [(e[1], e[2].partition, e[3]) for e in broker.events if e[0] == kind]


# ---- rebalance ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("outage_at_revocation", [False, True])
def test_rebalance_mid_batch_loses_nothing_and_the_old_owner_commits_only_what_it_held(
    outage_at_revocation: bool,
) -> None:
    """A second instance joins while the first holds a batch of both partitions: on revocation the first
    completes it (or, when its outputs cannot be delivered, drops it uncommitted); every record is decided
    exactly once, and no instance commits a partition it does not hold."""
    settings = _settings(batch_max_records=4)
    broker = MemoryBroker.for_settings(settings, input_partitions=2)
    _inputs(broker, 6, partition=0)
    _inputs(broker, 6, partition=1)
    a = Loop(broker, settings)
    a.step(2)  # batch 1 (p0 0-3) completed, batch 2 (p0 4-5, p1 0-1) in hand
    assert a.daemon._pending is not None and {r.partition for r in a.daemon._pending.records} == {0, 1}
    b = Loop(broker, settings)  # joins: the group rebalances
    b.step()  # b rejoined; the generation waits for a
    if outage_at_revocation:
        broker.fail_sends(lambda s: True, KafkaTimeoutError("outage"))
    a.step()  # a revokes inside poll: batch 2 delivered and committed, or dropped
    broker.clear_faults()
    a_id, b_id = a.daemon._consumer.member, b.daemon._consumer.member  # type: ignore[union-attr]
    b.step()  # b's assignment
    assert [tp.partition for tp in a.daemon._consumer.assignment()] == [0]  # type: ignore[union-attr]
    assert [tp.partition for tp in b.daemon._consumer.assignment()] == [1]  # type: ignore[union-attr]
    for _ in range(6):
        a.step()
        b.step()
    a.close()
    b.close()
    every = {(p, o) for p in (0, 1) for o in range(6)}
    assert _audited(broker) == Counter(every), "a record was lost or decided twice"
    assert _flagged(broker) == Counter(every)  # every input is positive: one Flag each, none twice
    assert _commits(broker, "commit_refused") == []
    committed = broker.committed(settings.group_id)
    assert committed == {TopicPartition(settings.topics.input, p): 6 for p in (0, 1)}
    # commits per partition never go back (a late commit of an old owner would)
    for p in (0, 1):
        offsets = [o for _, part, o in _commits(broker) if part == p]
        assert offsets == sorted(offsets)
    by_a = [(p, o) for m, p, o in _commits(broker) if m == a_id]
    if outage_at_revocation:  # a dropped batch 2: p1 was never committed by a, its new owner redelivered it
        assert (1, 2) not in by_a and {p for p, _ in by_a} == {0}
    else:  # a completed batch 2 inside the revocation, before the new generation began
        assert (1, 2) in by_a and {p for p, _ in by_a} == {0, 1}
    assert all(p == 1 for m, p, _ in _commits(broker) if m == b_id)
    _assert_commits_follow_acks(broker)


def test_an_owner_that_dies_before_its_commit_lands_costs_a_redelivery_not_a_second_flag() -> None:
    """Outputs and flag state acknowledged, the offset commit lost, then the instance dies (its session
    expires): the next owner reads the flag state to its end and redelivers the batch; every record is
    decided again (at least once: a second audit record), and no Flag is published twice."""
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 2)
    a = Loop(broker, settings)
    broker.fail_commits(1)
    a.step(2)  # batch [0, 1] delivered, its commit lost
    assert _commits(broker) == [] and _flagged(broker) == Counter({(0, 0): 1, (0, 1): 1})
    a.daemon._consumer.expire()  # type: ignore[union-attr]  # a crash: no drain, no commit, no LeaveGroup
    a.daemon.processor.close()
    b = Loop(broker, settings)
    b.step(2)
    b.close()
    assert _audited(broker) == Counter({(0, 0): 2, (0, 1): 2})
    assert _flagged(broker) == Counter({(0, 0): 1, (0, 1): 1}), "a redelivered record published a second Flag"
    assert [o for _, _, o in _commits(broker)] == [2, 2]
    _assert_commits_follow_acks(broker)


# ---- overlap -----------------------------------------------------------------------------------------------
def _run_three_batches(overlap: bool) -> MemoryBroker:
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 6, positive=False)

    def on_flush(sent: list[Sent]) -> None:
        offsets = sorted({_source_of(s.topic, s) for s in sent if s.topic == settings.topics.audit} - {None})
        if offsets:
            broker.events.append(("acks", offsets))

    broker.on_flush = on_flush
    loop = Loop(broker, settings)
    loop.step(4, overlap=overlap)
    loop.close()
    return broker


def _order(broker: MemoryBroker) -> list[tuple[Any, ...]]:
    return [(e[0], e[1]) if e[0] != "commit" else ("commit", e[3]) for e in broker.events if e[0] != "append"]


def test_batch_n_plus_1_is_prepared_while_batch_n_awaits_acks_and_outputs_do_not_change() -> None:
    overlapped, sequential = _run_three_batches(True), _run_three_batches(False)
    b = [[(0, 0), (0, 1)], [(0, 2), (0, 3)], [(0, 4), (0, 5)]]
    assert _order(overlapped) == [
        ("prepare", b[0]),
        ("prepare", b[1]),  # batch 2 parsed and handed to the scorer before batch 1's acknowledgements
        ("acks", b[0]),
        ("commit", 2),
        ("prepare", b[2]),
        ("acks", b[1]),
        ("commit", 4),
        ("acks", b[2]),
        ("commit", 6),
        ("commit", 6),  # the synchronous commit at shutdown (the exact position for the next owner)
    ]
    assert _order(sequential) == [
        ("prepare", b[0]),
        ("acks", b[0]),
        ("commit", 2),
        ("prepare", b[1]),
        ("acks", b[1]),
        ("commit", 4),
        ("prepare", b[2]),
        ("acks", b[2]),
        ("commit", 6),
        ("commit", 6),
    ]
    for topic in (Settings().flag_topic, Settings().topics.flag_state):  # the same outputs, in the same order
        assert [(r.key, r.value) for r in overlapped.records(topic)] == [
            (r.key, r.value) for r in sequential.records(topic)
        ]
        assert overlapped.records(topic)
    assert _audited(overlapped) == _audited(sequential) == Counter({(0, o): 1 for o in range(6)})


def test_a_caught_up_batch_starts_after_a_single_poll() -> None:
    """A poll hands over everything already fetched (as kafka-python 3 does: every buffered response, up to
    batch_max_records), so the loop starts the batch at once instead of polling again for more: at a low rate
    that second poll found nothing and cost the record ≈ 1 ms of hand-offs to the client's network thread.
    Under a backlog a batch is still as full as the fetched records allow."""
    settings = _settings(batch_max_records=4)
    broker = MemoryBroker.for_settings(settings)
    loop = Loop(broker, settings)
    consumer = loop.daemon._consumer
    polls: list[int] = []
    poll = consumer.poll

    def counted(timeout_ms: int = 0, max_records: int | None = None) -> Any:
        polls.append(timeout_ms)
        return poll(timeout_ms=timeout_ms, max_records=max_records)

    consumer.poll = counted  # type: ignore[method-assign]
    loop.step()  # joins the group: nothing to read yet
    _inputs(broker, 1, positive=False)
    polls.clear()
    loop.step()
    assert [e for e in broker.events if e[0] == "prepare"] == [("prepare", [(0, 0)])]
    assert polls == [settings.batch_max_wait_ms]
    _inputs(broker, 6, positive=False)  # a backlog (offsets 1-6): the next batch is full
    loop.step(2)
    batches = [e[1] for e in broker.events if e[0] == "prepare"][1:]
    assert batches == [[(0, o) for o in range(1, 5)], [(0, 5), (0, 6)]]
    loop.close()


# ---- commit ordering ---------------------------------------------------------------------------------------
def test_a_failed_produce_leaves_the_batch_uncommitted_and_the_retry_sends_only_what_was_missing() -> None:
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 4)
    broker.fail_sends(lambda s: s.topic == settings.topics.audit, KafkaTimeoutError("no ack"), times=2)
    loop = Loop(broker, settings)
    loop.step(2)  # batch 1's Flags acknowledged, its audits not: not committed, seek back, backoff
    assert _commits(broker) == []
    tp = TopicPartition(settings.topics.input, 0)
    assert loop.daemon._consumer is not None and loop.daemon._consumer.position(tp) == 0  # redelivered next
    ok, body = loop.daemon.health.ready()
    assert not ok and body["checks"]["outputs_deliverable"] is False
    loop.step(3)
    assert loop.daemon.health.ready()[0]
    loop.close()
    every = Counter({(0, o): 1 for o in range(4)})
    assert _audited(broker) == every
    assert _flagged(broker) == every, "an acknowledged Flag was sent again by the retry"
    assert [o for _, _, o in _commits(broker)] == [2, 4, 4]  # the last one synchronous, at close
    _assert_commits_follow_acks(broker)


# ---- failure isolation -------------------------------------------------------------------------------------
def test_a_record_that_raises_is_dead_lettered_with_its_reason_and_the_partition_moves_on() -> None:
    settings = _settings(batch_max_records=4)
    broker = MemoryBroker.for_settings(settings)
    topic = settings.topics.input
    broker.produce(topic, oru(control_id="M0", accession="A0"))
    broker.produce(topic, oru(control_id="M1", accession="A1", impression="kaboom hemorrhage"))
    broker.produce(topic, b"this is not HL7")
    broker.produce(topic, oru(control_id="M3", accession="A3"))
    broker.produce(topic, oru(control_id="M4", accession="A4"))
    loop = Loop(broker, settings, scorer=ExplodingScorer())
    loop.step(3)
    loop.close()
    letters = {
        int(dict(r.headers)["triage-source-offset"]): dict(r.headers)["triage-dlq-reason"].decode()
        for r in broker.records(settings.topics.dead_letter)
    }
    assert letters.keys() == {1, 2}
    assert letters[1] == "internal_error"  # the scorer bug, isolated to its record
    assert letters[2] not in ("", "internal_error")  # the parser's own reason
    assert _flagged(broker) == Counter({(0, 0): 1, (0, 3): 1, (0, 4): 1})
    assert [o for _, _, o in _commits(broker)] == [4, 5, 5]
    _assert_commits_follow_acks(broker)


class CountingScorer(KeywordScorer):
    """Counts network calls and how many run at once (slow enough that an overlap would show)."""

    def __init__(self) -> None:
        super().__init__()
        self.network_calls = 0
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def score_tokens(self, batch: Any) -> np.ndarray:
        with self._lock:
            self.network_calls += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(0.2)
            return super().score_tokens(batch)
        finally:
            with self._lock:
                self.running -= 1


def test_a_rule_tier_that_raises_once_reruns_the_batch_with_one_network_at_a_time_and_no_thread_left() -> (
    None
):
    settings = _settings(batch_max_records=2)
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 6, positive=False)  # even offsets positive
    scorer = CountingScorer()
    before = {t.ident for t in threading.enumerate()}
    loop = Loop(broker, settings, scorer=scorer)
    processor = loop.daemon.processor
    assess = processor.assess_rules
    raised: list[int] = []

    def assess_once_broken(batch: Any) -> Any:
        if not raised:
            raised.append(1)
            raise RuntimeError("rule tier bug")
        return assess(batch)

    processor.assess_rules = assess_once_broken  # type: ignore[method-assign]
    loop.step(4)
    loop.close()
    assert raised
    # three batches of two, the broken one's network run again by the fallback: never two at once
    assert scorer.most_at_once == 1
    assert scorer.network_calls == 4
    every = Counter({(0, o): 1 for o in range(6)})
    assert _audited(broker) == every
    assert _flagged(broker) == Counter({(0, o): 1 for o in (0, 2, 4)})
    assert not broker.records(settings.topics.dead_letter)
    left = [t.name for t in threading.enumerate() if t.ident not in before and t.name.startswith("triage-")]
    assert not left, f"threads left running after close: {left}"


# ---- readiness ---------------------------------------------------------------------------------------------
def test_readyz_is_red_while_the_broker_is_unreachable_at_start_and_green_once_records_move() -> None:
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    broker.reachable = False
    processor = Processor.from_settings(KeywordScorer(), settings, clock=lambda: NOW)
    daemon = Daemon(settings.kafka, processor, obs=settings.obs, broker=broker)
    codes: list[int] = []
    runner = threading.Thread(target=lambda: codes.append(daemon.run()))
    runner.start()
    try:
        assert _until(lambda: daemon.health.broker_error is not None)
        ok, body = daemon.health.ready()
        assert not ok and body["checks"]["broker_reachable"] is False
        assert body["broker_error"] == "KafkaConnectionError"
        assert daemon.health.alive()[0]  # waiting is not a failure: /healthz stays 200
        broker.reachable = True
        _inputs(broker, 1)
        assert _until(lambda: daemon.records == 1 and daemon.health.ready()[0])
    finally:
        daemon.stop()
        runner.join(10)
    assert codes == [0]


def test_readyz_turns_red_when_the_broker_goes_away_mid_run_and_green_when_it_is_back() -> None:
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 2)
    health = Health(ready_stall_s=30.0, contact_timeout_s=0.2)
    loop = Loop(broker, settings, health=health)
    loop.step(2)
    assert health.ready()[0]
    broker.reachable = False  # polls return nothing, heartbeats stop
    time.sleep(0.25)
    loop.step()
    ok, body = health.ready()
    assert not ok and body["checks"]["broker_reachable"] is False
    broker.reachable = True
    loop.step()
    assert health.ready()[0]
    broker.fail_polls(KafkaConnectionError("gone"))  # a poll that fails outright
    loop.step()
    ok, body = health.ready()
    assert not ok and body["broker_error"] == "KafkaConnectionError"
    loop.step()
    assert health.ready()[0]
    loop.close()


def test_a_lost_and_regained_broker_is_logged_once_each() -> None:
    """An idle daemon's polls do not fail when the broker goes away: without its own line only /readyz would
    tell. One broker_unreachable when contact is lost, one broker_reachable when it is back, no flood."""
    from structlog.testing import capture_logs

    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 2)
    health = Health(ready_stall_s=30.0, contact_timeout_s=0.2)
    loop = Loop(broker, settings, health=health)
    with capture_logs() as logs:
        loop.step(2)
        broker.reachable = False
        time.sleep(0.25)
        for _ in range(5):
            loop.step()
        lost = [e for e in logs if e["event"] == "broker_unreachable"]
        broker.reachable = True
        for _ in range(5):
            loop.step()
    events = [e["event"] for e in logs if e["event"].startswith("broker_")]
    assert events == ["broker_unreachable", "broker_reachable"], events
    assert lost[0]["log_level"] == "warning" and lost[0]["no_answer_for_s"] >= 0.2
    loop.close()


def _until(check: Any, timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.01)
    return False


def test_the_loaded_process_is_frozen_out_of_the_collector_before_the_first_poll() -> None:
    """A full collection walks every tracked object: with the model and spaCy loaded that took ≈ 200 ms
    (benchmarks/gc_pause.py), a p99 spike at a steady rate. The daemon freezes what it loaded before
    consuming, so later collections walk only what batches create."""
    import gc

    gc.unfreeze()
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    try:
        loop = Loop(broker, settings)
        assert gc.get_freeze_count() > 0
        loop.close()
    finally:
        gc.unfreeze()


def test_a_loop_busy_on_a_long_batch_with_its_broker_heartbeating_is_not_an_unreachable_broker() -> None:
    """/readyz read `broker_reachable: false` while the loop spent 18 s on one report and the broker was up:
    it reads the client's heartbeat itself now. No heartbeat (broker gone) is still unreachable."""
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 2)
    health = Health(ready_stall_s=30.0, contact_timeout_s=0.2)
    loop = Loop(broker, settings, health=health)
    loop.step(2)
    consumer = loop.daemon._consumer
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:  # the loop is busy (no step); the heartbeat thread gets answers
        consumer.last_contact = time.monotonic()  # type: ignore[union-attr]
        time.sleep(0.02)
    ok, body = health.ready()
    assert ok and body["checks"]["broker_reachable"] is True, body
    time.sleep(0.25)  # the heartbeats stop: the broker is gone
    ok, body = health.ready()
    assert not ok and body["checks"]["broker_reachable"] is False
    loop.close()


def test_a_forced_stop_while_a_batch_is_being_decided_exits_1() -> None:
    """A SIGTERM during an 18 s decision was forced with exit code 0 ("nothing in hand"): the batch being
    decided had been taken out of `_pending` for completion. Polled and uncommitted means in hand: 1."""
    settings = _settings()
    broker = MemoryBroker.for_settings(settings)
    _inputs(broker, 2)
    loop = Loop(broker, settings)
    processor = loop.daemon.processor
    seen: list[tuple[str, int]] = []
    finish, prepare = processor.finish, processor.prepare

    def watched_finish(batch: Any, state: Any) -> Any:
        seen.append(("finish", loop.daemon._forced_exit_code()))
        return finish(batch, state)

    def watched_prepare(records: Any) -> Any:
        seen.append(("prepare", loop.daemon._forced_exit_code()))
        return prepare(records)

    processor.finish = watched_finish  # type: ignore[method-assign]
    processor.prepare = watched_prepare  # type: ignore[method-assign]
    loop.step(1, overlap=False)  # poll + prepare, then complete (finish) in the drain
    assert seen and all(code == 1 for _, code in seen), seen
    assert {kind for kind, _ in seen} == {"prepare", "finish"}
    assert loop.daemon._forced_exit_code() == 0  # committed: nothing in hand
    loop.close()


# ---- /readyz input_moving (triage.stream.progress) ---------------------------------------------------------
def _tp(p: int = 0) -> TopicPartition:
    return TopicPartition("in", p)


def test_progress_is_stalled_only_when_records_wait_and_the_position_stands_for_a_whole_window() -> None:
    from triage.stream.progress import Progress

    now = [0.0]
    progress = Progress(10.0, clock=lambda: now[0])
    assert progress.observe({_tp(): 5}, {_tp(): 2}) == []  # first look: a new window
    now[0] = 9.9
    assert progress.observe({_tp(): 5}, {_tp(): 2}) == []  # not a whole window yet
    now[0] = 10.0
    (stalled,) = progress.observe({_tp(): 6}, {_tp(): 2})
    assert (stalled.position, stalled.end, stalled.lag, stalled.still_s) == (2, 6, 4, 10.0)
    assert "in[0]: position 2" in stalled.describe()
    now[0] = 11.0
    assert progress.observe({_tp(): 6}, {_tp(): 3}) == []  # it moved: green again, a new window
    now[0] = 20.9
    assert progress.observe({_tp(): 6}, {_tp(): 3}) == []


def test_progress_is_not_stalled_for_a_busy_daemon_nor_an_idle_caught_up_one() -> None:
    from triage.stream.progress import Progress

    now = [0.0]
    progress = Progress(10.0, clock=lambda: now[0])
    for i in range(1, 6):  # one long batch per look (60 s each, longer than the window): it moves each time
        now[0] = 60.0 * i
        assert progress.observe({_tp(): 10_000}, {_tp(): 100 * i}) == []
    for i in range(6, 12):  # caught up and idle for minutes: nothing waits
        now[0] = 60.0 * i
        assert progress.observe({_tp(): 10_000}, {_tp(): 10_000}) == []
    assert progress.observe({_tp(1): 3}, {}) == [] and not progress.due()  # next look in half a window
    now[0] += 5.0
    assert progress.due()


def _stalled_loop(window_s: float) -> tuple[MemoryBroker, Loop]:
    settings = _settings(input_stall_s=window_s)
    broker = MemoryBroker.for_settings(settings)
    loop = Loop(broker, settings)
    loop.step()  # joins
    return broker, loop


def test_readyz_is_red_when_records_wait_and_none_is_consumed_and_green_when_they_move(caplog: Any) -> None:
    broker, loop = _stalled_loop(0.2)
    daemon = loop.daemon
    try:
        _inputs(broker, 2)
        consumer = daemon._consumer
        assert consumer is not None
        poll = consumer.poll
        consumer.poll = lambda *a, **k: {}  # type: ignore[method-assign]  # a fetch that never returns records
        deadline = time.monotonic() + 5
        while daemon.health.ready()[0] and time.monotonic() < deadline:
            loop.step()
            time.sleep(0.02)
        ok, body = daemon.health.ready()
        assert not ok and body["checks"]["input_moving"] is False
        assert "2 records waiting" in body["input_error"]
        assert all(body["checks"][k] for k in ("loop_recent", "broker_reachable", "group_joined"))
        consumer.poll = poll  # type: ignore[method-assign]
        deadline = time.monotonic() + 5
        while not daemon.health.ready()[0] and time.monotonic() < deadline:
            loop.step()
            time.sleep(0.02)
        assert daemon.health.ready()[0] and daemon.records == 2
    finally:
        loop.close()


def test_an_idle_caught_up_daemon_stays_ready_past_many_windows() -> None:
    broker, loop = _stalled_loop(0.05)
    try:
        _inputs(broker, 2)
        for _ in range(30):
            loop.step()
            time.sleep(0.01)
        assert loop.daemon.records == 2 and loop.daemon.health.ready()[0]
    finally:
        loop.close()


def test_offsets_that_go_backwards_are_reset_to_the_new_log_start_and_records_move_again() -> None:
    from structlog.testing import capture_logs

    broker, loop = _stalled_loop(0.1)
    daemon = loop.daemon
    try:
        _inputs(broker, 4)
        loop.step(4)
        assert daemon.records == 4
        broker.empty_topic(Settings().topics.input)  # the broker restarted empty on the same address
        _inputs(broker, 2)  # offsets 0 and 1 again, below the consumer's position 4
        with capture_logs() as logs:
            deadline = time.monotonic() + 5
            while daemon.records < 6 and time.monotonic() < deadline:
                loop.step()
                time.sleep(0.02)
        assert daemon.records == 6, "the new log's records were never consumed"
        (reset,) = [e for e in logs if e["event"] == "offsets_reset"]
        assert (reset["old_offset"], reset["new_offset"], reset["log_end"]) == (4, 0, 2)
        allowed = {"event", "log_level", "topic", "partition", "old_offset", "new_offset", "log_end", "why"}
        assert set(reset) <= allowed  # offsets only, no PHI
        assert daemon.health.ready()[0]
    finally:
        loop.close()
