"""CommittedLookup (triage.stream.committed), the group's committed offsets asked off the loop: fast logic
checks against a stand-in consumer (the real-broker path runs in the daemon's stream tests)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from typing import Any

from kafka import TopicPartition
from kafka.errors import KafkaTimeoutError

from triage.stream import committed
from triage.stream.committed import CommittedLookup

TP = TopicPartition("hl7.oru", 0)


class Consumer:
    """What CommittedLookup calls: committed(tp, timeout_ms); fails `fail` times, then answers `offset`."""

    def __init__(self, offset: int | None = 7, fail: int = 0) -> None:
        self.offset, self.fail, self.calls = offset, fail, 0

    def committed(self, tp: TopicPartition, timeout_ms: int) -> int | None:
        self.calls += 1
        if self.calls <= self.fail:
            raise KafkaTimeoutError("no answer from the coordinator")
        return self.offset


def _settle(lookup: CommittedLookup, consumer: Any, tp: TopicPartition = TP) -> tuple[bool, int | None]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        known, offset = lookup.answer(consumer, tp)
        if known:
            return known, offset
        time.sleep(0.01)
    raise AssertionError("no answer")


def _workers() -> int:
    return sum(t.name.startswith("triage-committed") for t in threading.enumerate())


def test_an_ask_after_close_starts_no_worker_thread() -> None:
    """An embedded daemon that stopped keeps no thread: ask() (a rebalance callback late on the network
    thread) and answer() after close() ask nothing. Before: a new pool and worker thread per late ask."""
    lookup, consumer = CommittedLookup(), Consumer()
    lookup.ask(consumer, [TP])
    assert _settle(lookup, consumer) == (True, 7)
    lookup.close()
    time.sleep(0.05)
    before, calls = _workers(), consumer.calls
    lookup.ask(consumer, [TP])
    assert lookup.answer(consumer, TP) == (False, None)
    time.sleep(0.05)
    assert _workers() == before and consumer.calls == calls and lookup._pool is None


def test_answer_forgets_only_the_lookup_it_read_not_a_newer_ask() -> None:
    """A rebalance on the network thread asks again between answer()'s read of a finished lookup and its
    bookkeeping: the newer lookup stands and answers later. Before: answer() forgot the newer one too, so the
    partition's committed offset was taken from the older, pre-rebalance lookup."""
    lookup, consumer = CommittedLookup(), Consumer(offset=11)

    class Raced(Future[int | None]):
        def exception(self, timeout: float | None = None) -> BaseException | None:
            lookup.ask(consumer, [TP])  # the network thread's ask, between the read and the bookkeeping
            return super().exception(timeout)

    old: Future[int | None] = Raced()
    old.set_result(3)
    lookup._asked[TP] = old
    lookup.answer(consumer, TP)
    assert lookup._asked.get(TP) is not None and lookup._asked[TP] is not old  # the newer ask is kept
    assert _settle(lookup, consumer) == (True, 11)
    assert TP not in lookup._asked  # the lookup that answered is forgotten
    lookup.close()


def test_a_lookup_that_keeps_failing_is_asked_again_and_logged_at_debug(monkeypatch: Any) -> None:
    # the module's own logger, recorded (an earlier test's configure_logging may have cached a logger that
    # drops debug events before structlog.testing.capture_logs could see them)
    logs: list[dict[str, Any]] = []

    class Recorder:
        def debug(self, event: str, **kw: Any) -> None:
            logs.append({"event": event, "log_level": "debug", **kw})

    monkeypatch.setattr(committed, "log", Recorder())
    lookup, consumer = CommittedLookup(), Consumer(offset=None, fail=2)
    lookup.ask(consumer, [TP])
    assert _settle(lookup, consumer) == (True, None)  # never committed
    failed = [e for e in logs if e["event"] == "committed_lookup_failed"]
    assert [(e["log_level"], e["failures"], e["error_type"]) for e in failed] == [
        ("debug", 1, "KafkaTimeoutError"),
        ("debug", 2, "KafkaTimeoutError"),
    ]
    assert all(e["partition"] == 0 and e["topic"] == "hl7.oru" for e in failed)
    lookup.close()
