"""Read a whole topic from the beginning until it has been quiet for a while (shared by the fault and fuzz
scripts: they count what the daemon wrote)."""

from __future__ import annotations

import time
from typing import Any


def read_all(
    bootstrap: str, topic: str, *, settle_s: float, poll_ms: int = 200, timeout_s: float | None = None
) -> list[Any]:
    """Every record of `topic` (all partitions, from the beginning), read until no record has arrived for
    `settle_s` seconds or `timeout_s` has passed (None: no limit)."""
    from kafka import KafkaConsumer, TopicPartition

    reader = KafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        fetch_max_wait_ms=20,
        max_partition_fetch_bytes=8 << 20,
    )
    try:
        tps = [TopicPartition(topic, p) for p in sorted(reader.partitions_for_topic(topic) or ())]
        reader.assign(tps)
        reader.seek_to_beginning(*tps)
        out: list[Any] = []
        quiet = time.monotonic()
        deadline = None if timeout_s is None else quiet + timeout_s
        while (deadline is None or time.monotonic() < deadline) and time.monotonic() - quiet < settle_s:
            for batch in reader.poll(timeout_ms=poll_ms).values():
                out.extend(batch)
                quiet = time.monotonic()
        return out
    finally:
        reader.close(autocommit=False)
