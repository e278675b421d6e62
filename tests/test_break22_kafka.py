"""breaker22: the broker goes away mid-stream the way a restart looks to a client (connections reset, then
refused: `tansu proxy` killed, not frozen as in test_break2_kafka) and comes back on the same address with
its data; read back with librdkafka, a client we did not write."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import pytest

try:
    from tests.test_break2_kafka import _records, _wait_committed, account
    from tests.test_stream_stop import _status, _until, _via
except ImportError:  # tests/ itself on sys.path (pytest's default import mode)
    from test_break2_kafka import _records, _wait_committed, account  # type: ignore[no-redef]
    from test_stream_stop import _status, _until, _via  # type: ignore[no-redef]

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def test_broker_restarted_mid_stream_readyz_red_then_green_nothing_lost_and_sigterm_while_down(
    kafka: Any, tmp_path: Path
) -> None:
    """Mid-stream the broker's address refuses connections for 6 s (every connection reset): /readyz 503
    within 15 s, /healthz stays 200; back on the same address, /readyz 200 again by itself, every input
    record ends with an audit record or a dead letter, the group's offsets reach the log end, no study has
    two active Flags; then refused again, SIGTERM ends the daemon within 10 s."""
    from triage.stream.broker import EmbeddedProxy, free_port

    settings = kafka.settings(partitions=2, batch_max_records=16)
    coords = kafka.produce(settings.topics.input, _records(300, seed=22))
    ends = {p: max(o for q, o in coords if q == p) + 1 for p, _ in coords}
    with EmbeddedProxy(kafka.bootstrap, tmp_path / "proxy.log") as proxy:
        port = free_port()
        proc = kafka.start_process(_via(settings, proxy.address), http_port=port)
        kafka.wait_event(proc, "decision", timeout_s=120)
        assert _status(port) == 200
        proxy.cut()
        done = kafka.committed(settings)  # read past the proxy: the cut came mid-stream
        assert sum(done.get(p) or 0 for p in ends) < len(coords), done
        red = _until(lambda: _status(port) == 503, 30)
        assert red is not None and red <= 15.0, red
        assert _status(port, "/healthz") == 200
        time.sleep(6)
        proxy.start()
        green = _until(lambda: _status(port) == 200, 90)
        assert green is not None, "readyz stayed red with the broker back"
        assert _wait_committed(kafka, settings, ends, 240), kafka.committed(settings)
        counts = account(kafka, settings, coords)
        assert counts["audits"] + counts["dead_letters"] >= len(coords), counts
        proxy.cut()
        time.sleep(2)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
        took = time.monotonic() - t0
    assert took <= 10.0 and rc in (0, 1), (rc, took)
    text = Path(proc.log_path).read_text(errors="replace")  # type: ignore[attr-defined]
    assert "Traceback" not in text, text[-2000:]
