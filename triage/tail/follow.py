"""Read a topic for `triage tail`: from a bound (beginning | end | offsets | ISO time, triage.replay.range) to
the end, then, with `follow`, whatever arrives, until stopped. No consumer group: nothing is committed and
the daemon's group never sees a member. Partitions added while following are not picked up.

Stopping is prompt in every state (reading, waiting for records, broker gone): SIGTERM / SIGINT raise
`TailStopped` where the program is, except while a record is being written out, so a JSON line is never cut
in half; the consumer is closed on the way out."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from triage.core import SourceRecord
from triage.replay.range import Bound, parse_bound, resolve_range
from triage.replay.reader import RangeReader, range_consumer
from triage.stream.kafka_io import CLI_CONNECT_TIMEOUT_S
from triage.stream.records import to_source_record
from triage.stream.undecodable import reader_poll

POLL_MS = 200  # how long one fetch waits for records while following


class TailStopped(BaseException):
    """SIGTERM / SIGINT while tailing (a BaseException, so no `except Exception` on the way swallows it)."""


class Stopper:
    """Signal handlers that stop the tail now, or right after the record being written."""

    def __init__(self) -> None:
        self.requested = False
        self.writing = False

    def handler(self, _signum: int, _frame: Any) -> None:
        if self.requested:  # a second signal while closing: the first one is being honoured
            return
        self.requested = True
        if not self.writing:
            raise TailStopped

    @contextmanager
    def installed(self) -> Iterator[Stopper]:
        previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            previous = {sig: signal.signal(sig, self.handler) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield self
        finally:
            for sig, old in previous.items():
                signal.signal(sig, old)

    def write(self, emit: Callable[[SourceRecord], None], record: SourceRecord) -> None:
        self.writing = True
        try:
            emit(record)
        finally:
            self.writing = False
        if self.requested:
            raise TailStopped


def tail(
    bootstrap_servers: str,
    security_kwargs: Mapping[str, Any] | None,
    topic: str,
    emit: Callable[[SourceRecord], None],
    *,
    from_bound: Bound,
    follow: bool = False,
    partitions: Sequence[int] | None = None,
    limit: int | None = None,
    stopper: Stopper | None = None,
    on_follow: Callable[[dict[int, int]], None] | None = None,
    connect_timeout_s: float = CLI_CONNECT_TIMEOUT_S,
) -> int:
    """Hand every record of `topic` from `from_bound` to `emit` (the range up to now in timestamp order
    across partitions, then, with `follow`, new records as they arrive); returns how many were emitted.
    Ends at the end of the topic (no `follow`), after `limit` records, or by `TailStopped`. `on_follow` is
    told the next offset per partition when the catch-up is done and the follow starts."""
    stopper = stopper or Stopper()
    consumer = range_consumer(
        bootstrap_servers, security_kwargs, client_id="triage-tail", connect_timeout_s=connect_timeout_s
    )
    emitted = 0
    try:
        topic_range = resolve_range(consumer, topic, from_bound, parse_bound("end"), partitions)
        reader = RangeReader(consumer, topic_range, poll_timeout_ms=POLL_MS)
        for record in reader.records():
            if limit is not None and emitted >= limit:
                return emitted
            stopper.write(emit, record)
            emitted += 1
        if not follow:
            return emitted
        from kafka import TopicPartition

        positions = reader.next_offsets()
        tps = [TopicPartition(topic, p) for p in sorted(positions)]
        consumer.assign([])
        consumer.assign(tps)
        consumer.resume(*tps)
        for tp in tps:
            consumer.seek(tp, positions[tp.partition])
        if on_follow is not None:
            on_follow(positions)
        while limit is None or emitted < limit:
            got = reader_poll(consumer, f"{topic} (following)", timeout_ms=POLL_MS)
            for tp in sorted(got, key=lambda t: t.partition):
                for rec in got[tp]:
                    if limit is not None and emitted >= limit:
                        return emitted
                    stopper.write(emit, to_source_record(rec))
                    emitted += 1
        return emitted
    finally:
        consumer.close(autocommit=False)
