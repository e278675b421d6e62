"""Review sources on Kafka: a replay range of the input topic, or the reports the review topic names.

Both are read group-less (triage.replay.reader: no member joins the live group, nothing is committed) and
written as one private ``.hl7`` file per input record (``TOPIC-PARTITION-OFFSET.hl7``, mode 0600, in a
temporary directory the caller deletes), which `triage review init` then reads like any HL7 directory: the
same parser and decision core as `triage label`. The review topic carries audit records (ids, never text),
so its reports are fetched from the input topic at each record's ``source`` coordinates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from triage.core import SourceRecord
from triage.replay.fetch import write_private
from triage.replay.range import parse_range
from triage.replay.reader import read_at, read_range


def _write(records: Iterable[SourceRecord], out_dir: Path) -> int:
    n = 0
    for rec in records:
        write_private(out_dir / f"{rec.topic}-{rec.partition}-{rec.offset}.hl7", rec.value)
        n += 1
    return n


def dump_input_range(settings: Any, topic: str, from_text: str, to_text: str, out_dir: Path) -> int:
    """Every record of `topic` between the bounds (replay's syntax: offsets, instants, beginning/end) into
    `out_dir`; returns how many."""
    start, stop = parse_range(from_text, to_text)
    kafka = (settings.bootstrap_servers, settings.security.kafka_kwargs())
    return _write(read_range(*kafka, topic, start, stop), out_dir)


def dump_review_topic(settings: Any, review_topic: str, from_text: str, to_text: str, out_dir: Path) -> int:
    """The input records behind the review topic's audit records between the bounds, into `out_dir`."""
    start, stop = parse_range(from_text, to_text)
    kafka = (settings.bootstrap_servers, settings.security.kafka_kwargs())
    coords = set()
    for rec in read_range(*kafka, review_topic, start, stop):
        try:
            source = json.loads(rec.value).get("source") or {}
            coords.add((str(source["topic"]), int(source["partition"]), int(source["offset"])))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # not an audit record
    return _write(read_at(*kafka, coords), out_dir)
