"""Aborted transactions told from the fetched log itself, for a broker that keeps no transaction index.

A read_committed consumer skips an aborted transaction's records by the list of aborted transactions
(producer id, first offset) the broker sends with each fetch; the broker takes it from its transaction
index. The embedded Tansu broker (`triage broker`) keeps none: it honours the last stable offset (an open
transaction's records are withheld) but sends every fetch an empty list, so kafka-python (and librdkafka)
handed the daemon the records of an aborted upstream transaction and it decided them (Flags for a send
its producer rolled back; tests/test_break23_kafka.py).

The log holds the answer anyway: every transaction ends in a control batch, a marker that says commit or
abort. `Scan` reads the fetched record batches once more, before kafka-python unpacks them: for every abort
marker it adds (producer id, first offset of that producer's transaction) to the broker's list, which
kafka-python then applies as it would Kafka's. A transaction whose marker lies past the end of this fetch
(the fetch ended at its size limit) cannot be told yet: the fetch is cut before its first batch and the
rest is fetched again from there, marker included. Only a transaction that starts the fetch and does not
end within it (larger than ``max_partition_fetch_bytes``) is handed on untold; `transaction_untold` says so.
With Apache Kafka the broker's list already names every aborted transaction: the scan adds nothing new.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import structlog

log = structlog.get_logger("triage.stream")

_LOG_OVERHEAD = 12  # base offset (int64) + batch length (int32)
_MAGIC_AT = 16  # base offset, length, partition leader epoch (int32), then magic (int8)


class AbortedTransaction(NamedTuple):
    """What a FetchResponse's aborted_transactions entry holds (kafka-python reads these two fields)."""

    producer_id: int
    first_offset: int


@dataclass(frozen=True, slots=True)
class Scan:
    """The aborted transactions a fetch's record bytes show, and where to cut the fetch (`cut_at` bytes,
    None: keep it whole) so that no transaction without its marker is handed on."""

    aborted: list[AbortedTransaction] = field(default_factory=list)
    cut_at: int | None = None
    untold_from: int | None = None  # a transaction that starts the fetch and has no marker in it


def scan(buffer: bytes | memoryview) -> Scan:
    """Abort markers and open transactions of the v2 record batches in `buffer` (a fetch's records)."""
    from kafka.record.default_records import DefaultRecordBatch

    view = memoryview(buffer)
    aborted: list[AbortedTransaction] = []
    # producer id → (first offset, byte position) of its transaction
    open_since: dict[int, tuple[int, int]] = {}
    pos = 0
    while pos + _MAGIC_AT + 1 <= len(view):
        (length,) = struct.unpack_from(">i", view, pos + 8)
        end = pos + _LOG_OVERHEAD + length
        if length <= 0 or end > len(view):
            break  # a partial batch at the end of a fetch: kafka-python drops it too
        if view[pos + _MAGIC_AT] == 2:
            try:
                batch = DefaultRecordBatch(view[pos:end])
                if batch.is_control_batch:
                    if not batch.validate_crc():
                        break  # a corrupt batch: kafka-python's own check reports it (stream.undecodable)
                    started = open_since.pop(batch.producer_id, None)
                    record = next(batch, None)
                    if started is not None and record is not None and record.abort:
                        aborted.append(AbortedTransaction(batch.producer_id, started[0]))
                elif batch.is_transactional and batch.producer_id not in open_since:
                    open_since[batch.producer_id] = (batch.base_offset, pos)
            except Exception:  # any broken batch: the scan stops there, kafka-python's own checks say why
                break
        pos = end
    if not open_since:
        return Scan(aborted)
    first_offset, cut_at = min(open_since.values(), key=lambda started: started[1])
    if cut_at == 0:
        return Scan(aborted, None, first_offset)
    return Scan(aborted, cut_at)


def committed_only(consumer: Any) -> Any:
    """Make a read_committed kafka-python consumer skip aborted transactions whatever the broker's list says
    (see the module docstring). A read_uncommitted consumer, or a client without kafka-python's Fetcher, is
    returned as it is."""
    fetcher = getattr(consumer, "_fetcher", None)
    if consumer.config.get("isolation_level") != "read_committed" or fetcher is None:
        return consumer
    base = type(fetcher).PartitionRecords

    class PartitionRecords(base):  # type: ignore[misc, valid-type]
        def __init__(self, fetch_offset: int, tp: Any, records: Any, *args: Any, **kwargs: Any) -> None:
            from kafka.record import MemoryRecords

            found = scan(records._buffer or b"")
            if found.untold_from is not None:
                log.warning(
                    "transaction_untold",
                    topic=tp.topic,
                    partition=tp.partition,
                    first_offset=found.untold_from,
                    why="a transaction larger than a fetch, and a broker without an aborted-transaction list",
                )
            if found.cut_at is not None:
                records = MemoryRecords(bytes(memoryview(records._buffer)[: found.cut_at]))
            if found.aborted:
                kwargs["aborted_transactions"] = [*(kwargs.get("aborted_transactions") or ()), *found.aborted]
            super().__init__(fetch_offset, tp, records, *args, **kwargs)

    fetcher.PartitionRecords = PartitionRecords
    return consumer
