"""Consumer lag per assigned partition (`triage_consumer_lag{topic,partition}`): high watermark - position.

Read from the consumer's own fetch metadata (no broker round trip: `highwater` is what the last fetch
response said, `position(timeout_ms=0)` never blocks), so the loop can refresh it on a timer even while
no batch completes."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable
from typing import Any

from kafka import TopicPartition
from kafka.errors import KafkaError

from triage.obs.metrics import Metrics

LAG_REFRESH_S = 5.0  # the loop refreshes lag at least this often, also when no batch completes


class LagGauge:
    """Keeps `metrics.lag` in step with the consumer's assignment."""

    def __init__(self, metrics: Metrics, refresh_s: float = LAG_REFRESH_S) -> None:
        self.metrics = metrics
        self.refresh_s = refresh_s
        self._at = 0.0

    def due(self) -> bool:
        """True when the last refresh is `refresh_s` or more ago."""
        return time.monotonic() - self._at >= self.refresh_s

    def update(self, consumer: Any) -> None:
        """Set the lag of every assigned partition whose high watermark is known (records, >= 0)."""
        self._at = time.monotonic()
        if consumer is None:
            return
        for tp in consumer.assignment():
            hw = consumer.highwater(tp)
            if hw is None:
                continue
            try:
                position = consumer.position(tp, timeout_ms=0)
            except (KafkaError, TypeError):
                continue
            if position is not None:
                self.metrics.lag.labels(tp.topic, str(tp.partition)).set(max(0, hw - position))

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        """Drop the series of revoked partitions (another instance reports them now)."""
        for tp in partitions:
            with contextlib.suppress(KeyError):
                self.metrics.lag.remove(tp.topic, str(tp.partition))
