"""Is the input moving? ``/readyz`` check ``input_moving``: records are waiting and none is consumed.

A daemon can poll happily while its records never move: its topic was deleted and recreated, or the broker
restarted empty on the same address, and the consumer's position is beyond the new log end (kafka-python
fetches there and gets nothing, no error). Every other check stays green, so `/readyz` needs its own.

Every `window_s / 2` the loop compares the end offsets of its assigned partitions (`end_offsets`, one cheap
ListOffsets request) with the consumer's position. A partition is stalled when records are waiting beyond
its position and the position has not moved for a whole `window_s` (`TRIAGE_INPUT_STALL_S`); `/readyz` is red
within 1.5 windows. A daemon busy on a long batch is not stalled (the check runs in the loop between batches,
so it sees the position move per batch), nor is an idle caught-up one (nothing is waiting). A position
beyond the log end (the offsets went backwards) is told apart: `behind_end` lists those partitions
so the loop can seek them back to the new log start (``offsets_reset``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from kafka import TopicPartition


@dataclass(frozen=True, slots=True)
class Stalled:
    """A partition whose position has not moved for `still_s` while `lag` records wait beyond it."""

    tp: TopicPartition
    position: int
    end: int
    still_s: float

    @property
    def lag(self) -> int:
        return self.end - self.position

    def describe(self) -> str:
        where = f"{self.tp.topic}[{self.tp.partition}]"
        if self.lag < 0:
            return f"{where}: position {self.position} is beyond the log end {self.end}"
        return (
            f"{where}: position {self.position} has not moved for "
            f"{self.still_s:.0f} s with {self.lag} records waiting (log end {self.end})"
        )


@dataclass(slots=True)
class Progress:
    """Per assigned partition, when its position last moved (or had nothing waiting). Pure logic: the
    loop feeds it end offsets and positions (`observe`), on a clock a test can replace."""

    window_s: float
    clock: Callable[[], float] = time.monotonic
    _seen: dict[TopicPartition, tuple[int, float]] = field(default_factory=dict)  # position, since
    _at: float = float("-inf")

    def due(self) -> bool:
        """The next look is due (every half window)."""
        return self.clock() - self._at >= self.window_s / 2

    def observe(
        self, ends: Mapping[TopicPartition, int], positions: Mapping[TopicPartition, int]
    ) -> list[Stalled]:
        """The partitions stalled now: records waiting, position unmoved for `window_s`. Partitions not in
        `positions` are forgotten (revoked)."""
        now = self._at = self.clock()
        for tp in [tp for tp in self._seen if tp not in positions]:
            del self._seen[tp]
        stalled: list[Stalled] = []
        for tp, position in positions.items():
            end = ends.get(tp)
            last = self._seen.get(tp)
            if end is None or end == position or last is None or last[0] != position:
                self._seen[tp] = (position, now)  # nothing waiting, moved, or first seen: a new window
                continue
            if now - last[1] >= self.window_s:
                stalled.append(Stalled(tp, position, end, round(now - last[1], 1)))
        return stalled

    def forget(self, tp: TopicPartition) -> None:
        self._seen.pop(tp, None)


def behind_end(
    ends: Mapping[TopicPartition, int], positions: Mapping[TopicPartition, int]
) -> list[TopicPartition]:
    """The partitions whose position is beyond their log end: the offsets went backwards (topic recreated,
    broker restarted empty). A consumer's position never passes the end otherwise."""
    return sorted(tp for tp, pos in positions.items() if tp in ends and ends[tp] < pos)
