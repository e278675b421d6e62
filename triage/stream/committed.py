"""The group's committed offsets of newly assigned partitions, asked in a worker thread at assignment.

The loop commits a position that moved past offsets no record was returned for (transaction markers:
``Daemon._commit_skipped``); for a partition this process has not committed yet it compares with the
group's committed offset, a broker round trip of up to 2 s. Asked on the loop thread (as before 2026-12-07)
that stalled every record in hand once per partition per assignment. kafka-python 3 calls the rebalance
listener on its network thread, which refuses blocking consumer calls, and its consumer is safe to call from
several threads (``NetworkSelector.run``), so the question goes to a worker thread when the partitions are
assigned and the loop takes the answer when it is there, never waiting for it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

import structlog
from kafka import TopicPartition

from triage.stream.port import GroupConsumer

COMMITTED_TIMEOUT_MS = 2000  # one round trip to the group coordinator; a failed ask is asked again later

log = structlog.get_logger("triage.daemon")


class CommittedLookup:
    """Per assigned partition, the group's committed offset (None: never committed), asked off the loop.
    Closed, it asks nothing more (an embedded daemon that stopped keeps no worker thread)."""

    def __init__(self, timeout_ms: int = COMMITTED_TIMEOUT_MS) -> None:
        self.timeout_ms = timeout_ms
        self._pool: ThreadPoolExecutor | None = None
        self._asked: dict[TopicPartition, Future[int | None]] = {}
        self._failures: dict[TopicPartition, int] = {}  # consecutive failed lookups, for the debug log
        self._closed = False
        self._lock = threading.Lock()  # ask/forget run on the client's network thread, answer on the loop's

    def ask(self, consumer: GroupConsumer, partitions: Iterable[TopicPartition]) -> None:
        """Start looking up `partitions` (any thread; returns at once). A new ask replaces an older one.
        Nothing after close()."""
        with self._lock:
            for tp in partitions:
                self._submit(consumer, tp)

    def _submit(self, consumer: GroupConsumer, tp: TopicPartition) -> None:  # under self._lock
        if self._closed:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="triage-committed")
        self._asked[tp] = self._pool.submit(consumer.committed, tp, timeout_ms=self.timeout_ms)

    def answer(self, consumer: GroupConsumer, tp: TopicPartition) -> tuple[bool, int | None]:
        """(known, the committed offset) of `tp`, without waiting: not known while the lookup runs; a failed
        (or missing) lookup is asked again, for a later call. Only the lookup read is forgotten or replaced:
        a newer ask (a rebalance on the network thread in between) stands."""
        with self._lock:
            future = self._asked.get(tp)
        if future is not None and not future.done():
            return False, None
        failed = future is None or future.cancelled() or future.exception() is not None
        with self._lock:
            if self._asked.get(tp) is not future:  # asked again meanwhile: the newer lookup answers later
                return False, None
            if not failed:
                del self._asked[tp]
                self._failures.pop(tp, None)
                assert future is not None
                return True, future.result()
            if future is not None:
                count = self._failures[tp] = self._failures.get(tp, 0) + 1
                error = "cancelled" if future.cancelled() else type(future.exception()).__name__
                log.debug(
                    "committed_lookup_failed",
                    topic=tp.topic,
                    partition=tp.partition,
                    error_type=error,
                    failures=count,
                )
            self._submit(consumer, tp)
        return False, None

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        """Drop what was asked about `partitions` (revoked, or committed by this process since)."""
        with self._lock:
            for tp in partitions:
                self._asked.pop(tp, None)
                self._failures.pop(tp, None)

    def close(self) -> None:
        """End the worker thread: queued lookups are cancelled, one in flight is waited for (bounded by
        `timeout_ms`, so a stop stays inside its 10 s) and no thread outlives the daemon; from now on ask()
        does nothing and answer() knows nothing."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
            self._asked.clear()
            self._failures.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
