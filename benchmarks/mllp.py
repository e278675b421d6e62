"""MLLP front door: messages per second with an AA ACK (each one stored on the broker before its ACK) and ACK
latency, through real sockets and an embedded Tansu broker.

    .venv/bin/python benchmarks/mllp.py [--n 2000] [--connections 1,4,16] [--subprocess]

Each connection is an interface engine in original mode: send one framed ORU^R01, wait for its ACK, send the
next. Throughput = messages ACKed AA / wall time over all connections; latency = send → ACK received, per
message. The listener runs in this process (a thread with its own event loop) unless `--subprocess`, which
runs `triage mllp` as in production (the client threads then do not share its GIL).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.config import MllpSettings, Settings, TopicSettings  # noqa: E402
from triage.mllp import frame  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker, free_port  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402


def client(port: int, messages: list[bytes], latencies: list[float], errors: list[str]) -> None:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = b""
    for payload in messages:
        t0 = time.perf_counter()
        sock.sendall(frame(payload))
        while b"\x1c" not in buf:
            buf += sock.recv(65536)
        end = buf.index(b"\x1c")
        ack, buf = buf[:end], buf[end + 2 :]
        latencies.append(time.perf_counter() - t0)
        if b"\rMSA|AA|" not in ack:
            errors.append(ack.decode("ascii", "replace"))
    sock.close()


def run(port: int, feed: list[bytes], connections: int) -> tuple[float, np.ndarray, list[str]]:
    per = [feed[i::connections] for i in range(connections)]
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors: list[str] = []
    threads = [
        threading.Thread(target=client, args=(port, per[i], latencies[i], errors)) for i in range(connections)
    ]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, np.array([x for lat in latencies for x in lat]) * 1000, errors


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=2000, help="messages per run")
    parser.add_argument("--connections", default="1,4,16")
    parser.add_argument("--subprocess", action="store_true", help="run `triage mllp` as a subprocess")
    args = parser.parse_args()
    feed = [v for _, v, _ in synth_stream(args.n, seed=1)]
    size = sum(map(len, feed)) / len(feed)
    with EmbeddedBroker() as broker:
        topics = TopicSettings.suffixed(uuid.uuid4().hex[:8])
        mllp = MllpSettings(host="127.0.0.1", port=free_port(), http_port=None)
        settings = Settings(bootstrap_servers=broker.bootstrap_servers, topics=topics, mllp=mllp)
        ensure_topics(settings.kafka, partitions=3)
        proc = server = None
        if args.subprocess:
            env = {**os.environ, "TRIAGE_BOOTSTRAP_SERVERS": broker.bootstrap_servers}
            cmd = [
                sys.executable,
                "-m",
                "triage.cli",
                "mllp",
                "--host",
                "127.0.0.1",
                "--port",
                str(mllp.port),
            ]
            cmd += ["--input-topic", topics.input, "--no-http", "--log-level", "WARNING"]
            proc = subprocess.Popen(cmd, env=env)
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", mllp.port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise SystemExit("triage mllp did not start") from None
                    time.sleep(0.1)
        else:
            import logging

            import structlog

            structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
            from triage.mllp.server import MllpServer

            server = MllpServer(settings.mllp, settings.kafka, accession_sources=settings.accession_sources)
            server.start_in_thread()
        where = "triage mllp subprocess" if args.subprocess else "in-process listener"
        print(
            f"MLLP, {where}, Tansu {broker.bootstrap_servers}, {args.n} ORU^R01 of {size:.0f} bytes on avg."
        )
        print(
            f"{'connections':>11} {'messages/s':>11} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'not AA':>7}"
        )
        try:
            run(mllp.port, feed[:50], 1)  # warm-up: producer metadata, connections
            for c in (int(x) for x in args.connections.split(",")):
                seconds, lat, errors = run(mllp.port, feed, c)
                p50, p95, p99 = np.percentile(lat, [50, 95, 99])
                rate = len(feed) / seconds
                print(f"{c:>11} {rate:>11,.0f} {p50:>8.2f} {p95:>8.2f} {p99:>8.2f} {len(errors):>7}")
        finally:
            if server is not None:
                server.stop_in_thread()
            if proc is not None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=30)


if __name__ == "__main__":
    main()
