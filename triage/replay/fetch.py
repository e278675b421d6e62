"""Fetch one input record by its coordinates (topic, partition, offset), byte for byte: the original of an
oversize dead letter, which carries only the coordinates, the sha256 and the length
(triage.pipeline.deadletter).

Group-less (triage.replay.reader.range_consumer): no member joins the live group, nothing is committed."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from triage.core import SourceRecord
from triage.errors import ConfigError, TriageError
from triage.replay.range import partition_extents, topic_partitions
from triage.replay.reader import range_consumer
from triage.stream.kafka_io import CLI_CONNECT_TIMEOUT_S
from triage.stream.records import to_source_record
from triage.stream.undecodable import reader_poll

_COORDS = re.compile(r"(?P<topic>[A-Za-z0-9._-]+):(?P<partition>\d+):(?P<offset>\d+)")
FETCH_TIMEOUT_S = 30.0


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to a new file readable by its owner only (it holds a whole report: PHI). An existing
    file is an error, never overwritten."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ConfigError(f"{path} exists; choose another --out") from None
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "wb") as out:
        out.write(data)


class RecordNotFoundError(TriageError):
    """No record at the coordinates: deleted by retention or compaction, or never written."""


def parse_coordinates(text: str, example: str = "hl7.oru:2:1234") -> tuple[str, int, int]:
    """``TOPIC:PARTITION:OFFSET`` (e.g. ``hl7.oru:2:1234``) → (topic, partition, offset); ConfigError else,
    naming `example` (the command's own kind of topic: `redrive` gives a dead-letter one)."""
    match = _COORDS.fullmatch(text.strip())
    if match is None:
        raise ConfigError(f"coordinates must be TOPIC:PARTITION:OFFSET (e.g. {example}), not {text!r}")
    return match["topic"], int(match["partition"]), int(match["offset"])


def fetch_record(
    bootstrap_servers: str,
    security_kwargs: Mapping[str, Any] | None,
    topic: str,
    partition: int,
    offset: int,
    timeout_s: float = FETCH_TIMEOUT_S,
    connect_timeout_s: float = CLI_CONNECT_TIMEOUT_S,
) -> SourceRecord:
    """The record at (topic, partition, offset) with its exact value, key and headers.

    Raises ConfigError for a topic or partition that does not exist, RecordNotFoundError when the offset is
    outside what the partition holds (``[beginning, end)``) or was compacted away, TriageError when the broker
    does not hand the record over within `timeout_s`."""
    from kafka import TopicPartition

    consumer = range_consumer(
        bootstrap_servers, security_kwargs, client_id="triage-fetch", connect_timeout_s=connect_timeout_s
    )
    try:
        topic_partitions(consumer, topic, [partition])
        extent = partition_extents(consumer, topic, [partition])[0]
        where = f"{topic} partition {partition}"
        if not extent.beginning <= offset < extent.end:
            raise RecordNotFoundError(
                f"no record at offset {offset} of {where}: it holds offsets {extent.beginning}.."
                f"{extent.end - 1} (deleted by retention, or not written yet)"
                if extent.end > extent.beginning
                else f"no record at offset {offset} of {where}: the partition is empty"
            )
        tp = TopicPartition(topic, partition)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            got = reader_poll(consumer, f"{where} at offset {offset}", timeout_ms=200, max_records=1).get(
                tp, []
            )
            for rec in got:
                if rec.offset == offset:
                    return to_source_record(rec)
                if rec.offset > offset:
                    raise RecordNotFoundError(f"no record at offset {offset} of {where} (compacted away)")
        raise TriageError(f"{where} offset {offset} was not handed over within {timeout_s:.0f} s")
    finally:
        consumer.close()
