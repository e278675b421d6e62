"""Which records a replay covers: parse `--from` / `--to` and resolve them to exact offsets.

A range is half-open per partition: ``[from, to)``. ``--to 100`` stops *before* offset 100 and
``--to 2024-05-01T00:00Z`` stops before the first record stamped at or after that instant, so consecutive
replays (``--from X --to Y`` then ``--from Y --to Z``) cover every record exactly once.

Bounds are resolved once, at start, against the broker, and the exact offsets go into the summary and
the checkpoint: ``end`` means "the end as it was when the replay started", not a moving target.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from triage.errors import ConfigError
from triage.stream.undecodable import reader_poll

BEGINNING = "beginning"
END = "end"


@dataclass(frozen=True, slots=True)
class Bound:
    """One side of a range as the user wrote it: a keyword, an instant, or offsets."""

    text: str
    keyword: str | None = None  # "beginning" | "end"
    timestamp_ms: int | None = None
    offset_all: int | None = None  # one offset for every partition
    offsets: tuple[tuple[int, int], ...] = ()  # (partition, offset); unlisted partitions use the default


@dataclass(frozen=True, slots=True)
class PartitionRange:
    partition: int
    start: int  # first offset read
    end: int  # first offset NOT read

    @property
    def size(self) -> int:
        return max(0, self.end - self.start)

    def to_json(self) -> dict[str, int]:
        return {"partition": self.partition, "from": self.start, "to": self.end}


@dataclass(frozen=True, slots=True)
class TopicRange:
    """The exact records of one replay: per partition ``[start, end)``, sorted by partition."""

    topic: str
    partitions: tuple[PartitionRange, ...]

    @property
    def size(self) -> int:
        return sum(p.size for p in self.partitions)

    def by_partition(self) -> dict[int, PartitionRange]:
        return {p.partition: p for p in self.partitions}

    def to_json(self) -> dict[str, Any]:
        return {"topic": self.topic, "partitions": [p.to_json() for p in self.partitions]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TopicRange:
        parts = tuple(
            PartitionRange(int(p["partition"]), int(p["from"]), int(p["to"])) for p in data["partitions"]
        )
        return cls(str(data["topic"]), parts)

    def describe(self) -> str:
        """Human form, e.g. ``hl7.oru[0:0-120, 1:5-99]``."""
        inner = ", ".join(f"{p.partition}:{p.start}-{p.end}" for p in self.partitions)
        return f"{self.topic}[{inner}]"


_OFFSET_PAIR = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")


def parse_bound(text: str) -> Bound:
    """Parse `beginning`, `end`, an offset (`120`), per-partition offsets (`0:100,1:50`) or an ISO 8601
    instant (`2024-05-01T08:00:00Z`; a date alone means midnight UTC; no offset means UTC)."""
    raw = text.strip()
    low = raw.lower()
    if low in (BEGINNING, "earliest", "start"):
        return Bound(raw, keyword=BEGINNING)
    if low in (END, "latest"):
        return Bound(raw, keyword=END)
    if raw.isdigit():
        return Bound(raw, offset_all=int(raw))
    if ":" in raw and all(_OFFSET_PAIR.match(p) for p in raw.split(",")):
        pairs: dict[int, int] = {}
        for part in raw.split(","):
            m = _OFFSET_PAIR.match(part)
            assert m is not None
            partition, offset = int(m.group(1)), int(m.group(2))
            if partition in pairs:
                raise ConfigError(f"range bound {text!r} names partition {partition} twice")
            pairs[partition] = offset
        return Bound(raw, offsets=tuple(sorted(pairs.items())))
    try:
        when = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ConfigError(
            f"cannot read range bound {text!r}: use 'beginning', 'end', an offset (120), "
            "per-partition offsets (0:100,1:50) or an ISO 8601 time (2024-05-01T08:00:00Z)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Bound(raw, timestamp_ms=int(when.timestamp() * 1000))


def check_order(from_bound: Bound, to_bound: Bound) -> None:
    """Refuse a range whose --from lies after its --to as written (two instants, two offsets, ``end`` to
    ``beginning``), before the broker is asked: resolved against the topic such a range would only look
    empty ("no record"), hiding the swapped bounds. Equal bounds are an empty range, not an error."""
    reversed_ = False
    if from_bound.timestamp_ms is not None and to_bound.timestamp_ms is not None:
        reversed_ = from_bound.timestamp_ms > to_bound.timestamp_ms
    elif from_bound.keyword == END and to_bound.keyword == BEGINNING:
        reversed_ = True
    else:
        starts = dict(from_bound.offsets)
        ends = dict(to_bound.offsets)
        if from_bound.offset_all is not None and to_bound.offset_all is not None:
            reversed_ = from_bound.offset_all > to_bound.offset_all
        elif from_bound.offset_all is not None:
            reversed_ = any(from_bound.offset_all > end for end in ends.values())
        elif to_bound.offset_all is not None:
            reversed_ = any(start > to_bound.offset_all for start in starts.values())
        else:
            reversed_ = any(start > ends[p] for p, start in starts.items() if p in ends)
    if reversed_:
        raise ConfigError(
            f"range is reversed: --from {from_bound.text} is after --to {to_bound.text} (swap them)"
        )


def parse_range(from_text: str, to_text: str) -> tuple[Bound, Bound]:
    """`--from` and `--to` parsed (parse_bound) and checked against each other (check_order)."""
    from_bound, to_bound = parse_bound(from_text), parse_bound(to_text)
    check_order(from_bound, to_bound)
    return from_bound, to_bound


def parse_partitions(text: str | None) -> tuple[int, ...] | None:
    """`0,2,5` → (0, 2, 5); None/empty → all partitions."""
    if text is None or not text.strip():
        return None
    try:
        parts = sorted({int(p) for p in text.split(",") if p.strip()})
    except ValueError:
        raise ConfigError(f"--partitions must be comma-separated partition numbers, got {text!r}") from None
    if any(p < 0 for p in parts):
        raise ConfigError(f"--partitions must not be negative, got {text!r}")
    return tuple(parts)


@dataclass(frozen=True, slots=True)
class PartitionExtent:
    """What the broker holds for one partition: offsets ``[beginning, end)``."""

    partition: int
    beginning: int
    end: int


def bound_offset(
    bound: Bound,
    extent: PartitionExtent,
    *,
    is_start: bool,
    time_offset: int | None = None,
) -> int:
    """Resolve one bound for one partition (pure; `time_offset` is the broker's answer for a timestamp
    bound: first offset stamped at or after it, or None when there is none → the end)."""
    if bound.keyword == BEGINNING:
        return extent.beginning
    if bound.keyword == END:
        return extent.end
    if bound.timestamp_ms is not None:
        return extent.end if time_offset is None else time_offset
    if bound.offset_all is not None:
        return bound.offset_all
    listed = dict(bound.offsets)
    if extent.partition in listed:
        return listed[extent.partition]
    return extent.beginning if is_start else extent.end


def build_range(
    topic: str,
    extents: Sequence[PartitionExtent],
    from_bound: Bound,
    to_bound: Bound,
    *,
    time_offsets: dict[tuple[str, int], int | None] | None = None,
) -> TopicRange:
    """Pure part of the resolution: clamp the bounds to what the broker holds and check them."""
    time_offsets = time_offsets or {}
    parts: list[PartitionRange] = []
    for ext in sorted(extents, key=lambda e: e.partition):
        start = bound_offset(
            from_bound, ext, is_start=True, time_offset=time_offsets.get(("from", ext.partition))
        )
        end = bound_offset(to_bound, ext, is_start=False, time_offset=time_offsets.get(("to", ext.partition)))
        start = min(max(start, ext.beginning), ext.end)
        end = min(max(end, ext.beginning), ext.end)
        if end < start:
            raise ConfigError(
                f"range is empty or reversed on {topic} partition {ext.partition}: "
                f"--from resolves to offset {start}, --to to offset {end}"
            )
        parts.append(PartitionRange(ext.partition, start, end))
    return TopicRange(topic, tuple(parts))


# --------------------------------------------------------------------------- broker side


def topic_partitions(consumer: Any, topic: str, wanted: Sequence[int] | None) -> list[int]:
    """The partitions to read: all of the topic's, or the chosen ones (which must exist)."""
    from triage.stream.kafka_io import did_you_mean

    available = consumer.partitions_for_topic(topic)
    if not available:
        try:
            hint = did_you_mean(topic, consumer.topics())
        except Exception:  # a hint only: the error stands without it
            hint = ""
        raise ConfigError(f"topic {topic!r} does not exist on the broker (or has no partitions){hint}")
    if wanted is None:
        return sorted(available)
    missing = sorted(set(wanted) - set(available))
    if missing:
        raise ConfigError(f"topic {topic!r} has no partition(s) {missing}; it has {sorted(available)}")
    return sorted(wanted)


def partition_extents(consumer: Any, topic: str, partitions: Sequence[int]) -> list[PartitionExtent]:
    """Beginning and end offsets of each partition.

    The end is taken as the larger of ListOffsets(latest) and the high watermark of a real fetch:
    Tansu (the dev broker) answers ListOffsets with the base offset of the last batch + 1, while
    the fetch high watermark is right on every broker.
    """
    from kafka import TopicPartition

    tps = [TopicPartition(topic, p) for p in partitions]
    begins = consumer.beginning_offsets(tps)
    ends = consumer.end_offsets(tps)
    probe = [tp for tp in tps if ends[tp] > begins[tp]]
    highwater: dict[Any, int] = {}
    if probe:
        consumer.assign(probe)
        for tp in probe:
            consumer.seek(tp, ends[tp] - 1)
        for _ in range(50):
            reader_poll(
                consumer, f"{topic} (last records)", timeout_ms=200, max_records=1, update_offsets=False
            )
            highwater = {tp: consumer.highwater(tp) for tp in probe if consumer.highwater(tp) is not None}
            if len(highwater) == len(probe):
                break
        consumer.assign([])
    return [PartitionExtent(tp.partition, begins[tp], max(ends[tp], highwater.get(tp) or 0)) for tp in tps]


def read_timestamp_at(consumer: Any, topic: str, partition: int, offset: int) -> int | None:
    """Timestamp (ms) of the record at `offset` (or the next one present), None when there is none."""
    from kafka import TopicPartition

    tp = TopicPartition(topic, partition)
    consumer.assign([tp])
    consumer.seek(tp, offset)
    try:
        for _ in range(25):
            where = f"{topic} partition {partition} at offset {offset}"
            got = reader_poll(consumer, where, timeout_ms=200, max_records=1, update_offsets=False)
            for rec in got.get(tp, []):
                return int(rec.timestamp)
            position = consumer.position(tp)
            hw = consumer.highwater(tp)
            if hw is not None and position >= hw:
                return None
        return None
    finally:
        consumer.assign([])


def offset_for_time(consumer: Any, topic: str, extent: PartitionExtent, ts_ms: int) -> int | None:
    """First offset of the partition stamped at or after `ts_ms` (None: none is).

    Asks the broker (ListOffsets by timestamp) and checks the answer against the record it points to;
    a broker that cannot answer (Tansu) is replaced by a binary search over the record timestamps,
    which assumes timestamps grow with offsets (LogAppendTime, or producers stamping in order).
    """
    from kafka import TopicPartition

    tp = TopicPartition(topic, extent.partition)
    if extent.end <= extent.beginning:
        return None
    # an instant at or before the first record is the beginning, whatever the order of the timestamps;
    # this also spares the broker instants it cannot answer (kafka-python refuses a negative one, before
    # 1970; Tansu answers offset 0 with timestamp -1 for one far in the future) and the search below
    first = read_timestamp_at(consumer, topic, extent.partition, extent.beginning)
    if first is not None and ts_ms <= first:
        return extent.beginning
    try:
        answer = consumer.offsets_for_times({tp: ts_ms}).get(tp)
    except Exception:  # UnsupportedVersionError and friends: fall back to the search
        answer = None
    if answer is not None and extent.beginning <= answer.offset < extent.end:
        stamped = read_timestamp_at(consumer, topic, extent.partition, answer.offset)
        if stamped == answer.timestamp and stamped is not None and stamped >= ts_ms:
            previous = (
                read_timestamp_at(consumer, topic, extent.partition, answer.offset - 1)
                if answer.offset > extent.beginning
                else None
            )
            if previous is None or previous < ts_ms:
                return answer.offset
    # the search assumes timestamps grow with offsets: an instant after the last record is the end
    last = read_timestamp_at(consumer, topic, extent.partition, extent.end - 1)
    if last is not None and ts_ms > last:
        return None
    # invariant: answer in [lo, hi]; hi == end means "none"; the first record is stamped before ts_ms
    lo, hi = extent.beginning + (first is not None), extent.end
    while lo < hi:
        mid = (lo + hi) // 2
        stamped = read_timestamp_at(consumer, topic, extent.partition, mid)
        if stamped is None or stamped >= ts_ms:
            hi = mid
        else:
            lo = mid + 1
    return None if lo >= extent.end else lo


def resolve_range(
    consumer: Any,
    topic: str,
    from_bound: Bound,
    to_bound: Bound,
    partitions: Sequence[int] | None = None,
) -> TopicRange:
    """Turn the user's bounds into exact per-partition offsets, using a group-less consumer."""
    check_order(from_bound, to_bound)
    chosen = topic_partitions(consumer, topic, partitions)
    for bound in (from_bound, to_bound):
        unknown = sorted({p for p, _ in bound.offsets} - set(chosen))
        if unknown:
            raise ConfigError(
                f"range bound {bound.text!r} names partition(s) {unknown} that are not being read"
            )
    extents = partition_extents(consumer, topic, chosen)
    time_offsets: dict[tuple[str, int], int | None] = {}
    for side, bound in (("from", from_bound), ("to", to_bound)):
        if bound.timestamp_ms is not None:
            for ext in extents:
                time_offsets[(side, ext.partition)] = offset_for_time(
                    consumer, topic, ext, bound.timestamp_ms
                )
    return build_range(topic, extents, from_bound, to_bound, time_offsets=time_offsets)
