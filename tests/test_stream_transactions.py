"""triage.stream.transactions.scan on record batches built with kafka-python's own v2 batch builder, markers
included (a control batch is a transactional batch with the control bit and a key version/type, as Kafka's
log holds it); the real-broker side is tests/test_break23_kafka.py."""

from __future__ import annotations

import os
import random
import struct

from kafka.record.default_records import DefaultRecordBatchBuilder
from kafka.record.util import calc_crc32c

from triage.stream.transactions import scan

_ATTRIBUTES_AT = 21  # base offset 8, length 4, leader epoch 4, magic 1, crc 4
_CONTROL_BIT = 0x20


def _batch(offset: int, producer_id: int, *, transactional: bool = True, marker: str | None = None) -> bytes:
    """One v2 batch at `offset`: a data record, or with `marker` ("abort"/"commit") a control record."""
    builder = DefaultRecordBatchBuilder(
        magic=2,
        compression_type=0,
        is_transactional=int(transactional),
        producer_id=producer_id,
        producer_epoch=0,
        base_sequence=0 if producer_id >= 0 else -1,
        batch_size=1 << 20,
    )
    if marker is None:
        builder.append(0, timestamp=None, key=None, value=b"report", headers=[])
    else:
        key = struct.pack(">hh", 0, marker == "commit")  # version 0, type 0 abort / 1 commit
        builder.append(0, timestamp=None, key=key, value=b"", headers=[])
    data = bytearray(builder.build())
    data[0:8] = offset.to_bytes(8, "big")
    if marker is not None:
        data[_ATTRIBUTES_AT + 1] |= _CONTROL_BIT
        data[17:21] = calc_crc32c(memoryview(data)[_ATTRIBUTES_AT:]).to_bytes(4, "big")
    return bytes(data)


def _log() -> list[bytes]:
    """P commits (0, 1); P (2, 5) aborts at 6 while Q (3) commits at 7 and an idempotent producer writes 4;
    P commits 8 at 9."""
    return [
        _batch(0, 7),
        _batch(1, 7, marker="commit"),
        _batch(2, 7),
        _batch(3, 8),
        _batch(4, 9, transactional=False),
        _batch(5, 7),
        _batch(6, 7, marker="abort"),
        _batch(7, 8, marker="commit"),
        _batch(8, 7),
        _batch(9, 7, marker="commit"),
    ]


def test_an_abort_marker_names_its_transaction_from_its_first_batch() -> None:
    found = scan(b"".join(_log()))
    assert [(t.producer_id, t.first_offset) for t in found.aborted] == [(7, 2)]
    assert found.cut_at is None and found.untold_from is None


def test_a_fetch_ending_before_a_marker_is_cut_before_the_open_transaction() -> None:
    log = _log()
    found = scan(b"".join(log[:6]))  # P's (from 2) and Q's (from 3) transactions open at the end
    assert found.aborted == [] and found.cut_at == len(b"".join(log[:2])) and found.untold_from is None
    again = scan(b"".join(log[2:]))  # fetched again from the cut
    assert [(t.producer_id, t.first_offset) for t in again.aborted] == [(7, 2)] and again.cut_at is None


def test_a_transaction_that_starts_the_fetch_and_does_not_end_in_it_is_handed_on_and_said() -> None:
    found = scan(b"".join(_log()[2:6]))
    assert found.untold_from == 2 and found.cut_at is None and found.aborted == []


def test_a_marker_whose_transaction_began_before_the_fetch_names_nothing() -> None:
    found = scan(b"".join(_log()[6:]))
    assert found.aborted == [] and found.cut_at is None


def test_a_control_batch_with_a_bad_crc_stops_the_scan_and_names_nothing() -> None:
    log = _log()
    broken = bytearray(log[6])
    broken[-1] ^= 0xFF
    found = scan(b"".join([*log[:6], bytes(broken), *log[7:]]))
    assert found.aborted == []  # kafka-python's own CRC check reports the batch (stream.undecodable)


def test_no_bytes_whatever_raise() -> None:
    """A fetch's bytes are the broker's, maybe broken: the scan never raises, kafka-python's checks report."""
    rng = random.Random(23)
    marker = _batch(6, 7, marker="abort")
    for _ in range(2000):
        size = rng.randint(0, 160)
        buf = bytearray(os.urandom(size))
        if size > 20 and rng.random() < 0.5:
            buf[16] = 2
            buf[8:12] = rng.randint(-5, size).to_bytes(4, "big", signed=True)
        scan(bytes(buf))
        cut = bytearray(marker[: rng.randint(0, len(marker))])
        if len(cut) > 12:
            cut[8:12] = (len(cut) - 12).to_bytes(4, "big")
        scan(bytes(cut))
