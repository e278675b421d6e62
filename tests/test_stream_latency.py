"""How long a record waits before the daemon takes it, against the real Tansu broker (issue 17: p99 produce →
Flag at 100 msg/s). Timings are benchmarks' business (benchmarks/e2e.py --trace); this only pins the two
waits that must not be paid by a caught-up daemon, with margins wide enough for a loaded 2-core box."""

from __future__ import annotations

import statistics
import threading
import time
from typing import Any

import pytest

from triage.offline.synth.oru import render_adt

pytestmark = pytest.mark.kafka


def _send_to_polled_ms(kafka: Any, **overrides: Any) -> list[float]:
    """A thread daemon, caught up; 30 messages sent one by one 15-45 ms apart (so a fetch is waiting at the
    broker when each arrives): ms from send() until the daemon's poll returned the record. ADT messages,
    which the daemon skips (an audit record each, no model, no rules), so that even on a loaded box it has
    finished one before the next arrives: what is measured is the wait before the poll, not processing."""
    from kafka import KafkaProducer

    settings = kafka.settings(**overrides)
    daemon = kafka.start_thread_daemon(settings)
    polled: dict[tuple[int, int], float] = {}
    poll = daemon._poll
    wrapped = threading.Event()

    def timed(wait: bool = True) -> list[Any]:
        wrapped.set()
        records = poll(wait)
        now = time.monotonic()
        for r in records:
            polled.setdefault((r.partition, r.offset), now)
        return records

    daemon._poll = timed
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap, acks=1, linger_ms=0)
    sent: dict[tuple[int, int], float] = {}
    try:
        reports, negatives = kafka.pick_reports(10, 20)
        # the poll the daemon was in when `timed` replaced it (it may wait up to batch_max_wait_ms after the
        # join) would take the first record unseen: send only once a poll goes through `timed` (two CI runs
        # failed on "(2, 0) never polled", the first record sent, which that older poll had taken)
        assert wrapped.wait(10), "the daemon never polled again"
        time.sleep(0.5)  # the daemon idles: its fetch waits at the broker
        for i, report in enumerate([*reports, *negatives]):
            time.sleep((15 + i * 7919 % 31) / 1000)
            t = time.monotonic()
            meta = producer.send(
                settings.topics.input,
                key=report.accession.encode(),
                value=render_adt(report, control_id=f"LAT{i}"),
            ).get(10)
            sent[(meta.partition, meta.offset)] = t
        deadline = time.monotonic() + 30
        while len(polled) < len(sent) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        producer.close()
        kafka.stop_thread_daemon(daemon)
    assert set(sent) <= set(polled), "the daemon did not poll every record"
    return [1000 * (polled[k] - t) for k, t in sent.items()]


def test_a_caught_up_daemon_takes_a_record_at_once(kafka: Any) -> None:
    """The poll returns with the first record, it does not wait `batch_max_wait_ms` (1 s here) to fill a
    batch; and the default `fetch_max_wait_ms` (20 ms) bounds how long the broker holds a record back (Tansu
    looks for new records again only after half of a fetch's wait: the 100 ms default of before held a
    record ≈ 25 ms in the median and up to 50 ms; measured in benchmarks/fetch_wait.py)."""
    waits = _send_to_polled_ms(kafka, batch_max_wait_ms=1000)
    assert max(waits) < 500, sorted(waits)  # never the batch wait
    # not most of a fetch wait: ≈ 7.5 ms measured here, 25-49 ms with the 100 ms wait of before
    assert statistics.median(waits) < 20, sorted(waits)
