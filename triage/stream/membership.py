"""Leaving the consumer group cleanly, also when the stop comes while a JoinGroup is in flight.

Why this exists (measured on Tansu 0.6 with kafka-python 3.0.12): `KafkaConsumer.close()` sends LeaveGroup on
the coordinator connection, and the broker answers requests of one connection in order, so the LeaveGroup
waits behind the pending JoinGroup. The JoinGroup then completes a generation with the departing member as
its leader (kafka-python even sends the leader's SyncGroup after closing), the LeaveGroup is applied after
it, and the group keeps electing the gone member as leader: the next instance joined as a follower and
waited for an assignment that never came, 75 s to over 4 minutes, until the broker expired the member.
Letting the join finish first (a bounded number of short polls; the records they return are dropped, not
committed) and then closing sends an ordinary LeaveGroup from a member in a stable generation: the next
instance is assigned in one normal join.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import structlog

log = structlog.get_logger("triage.stream.membership")

JOIN_POLL_MS = 100


def join_wait_s(session_timeout_ms: int) -> float:
    """How long a stopping consumer waits for its join to complete: twice the session timeout (a group
    join takes about one session timeout on Tansu, a few seconds on Apache Kafka), 20 s by default, well
    inside the deployment's 60 s termination grace period."""
    return 2.0 * session_timeout_ms / 1000.0


def complete_join(consumer: Any, joining: Callable[[], bool], timeout_s: float) -> bool:
    """Poll `consumer` (no records kept) until `joining()` is False or `timeout_s` passed.

    `joining` is the owner's view of the membership (True from subscribe or a revocation until the next
    assignment). Returns True when the join completed (a clean LeaveGroup follows with close()), False on
    timeout or a Kafka error (close() still tries its best)."""
    deadline = time.monotonic() + timeout_s
    started = time.monotonic()
    while joining():
        if time.monotonic() >= deadline:
            log.warning("leave_during_join_timed_out", waited_s=round(timeout_s, 1))
            return False
        try:
            consumer.poll(timeout_ms=JOIN_POLL_MS, max_records=1)
        except Exception as exc:  # a broker error, or a fetched batch that does not decode (undecodable.py)
            log.warning("leave_during_join_failed", error_type=type(exc).__name__)
            return False
    log.info("join_completed_before_leaving", waited_s=round(time.monotonic() - started, 2))
    return True
