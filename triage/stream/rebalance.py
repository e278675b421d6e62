"""The consumer-group rebalance listener: forwards kafka-python's callbacks to the object that owns the
loop (triage.stream.daemon.Daemon), which finishes the batch in hand on revocation and reads the
flag-state topic on assignment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kafka import ConsumerRebalanceListener, TopicPartition


class RebalanceTarget(Protocol):
    def _on_revoked(self, revoked: Sequence[TopicPartition]) -> None: ...

    def _on_assigned(self, assigned: Sequence[TopicPartition]) -> None: ...


class RebalanceForwarder(ConsumerRebalanceListener):
    """kafka-python 3 calls these on its network thread: the target must not make blocking consumer calls."""

    def __init__(self, target: RebalanceTarget) -> None:
        self.target = target

    def on_partitions_revoked(self, revoked: Sequence[TopicPartition]) -> None:
        self.target._on_revoked(revoked)

    def on_partitions_assigned(self, assigned: Sequence[TopicPartition]) -> None:
        self.target._on_assigned(assigned)
