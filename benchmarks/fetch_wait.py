"""What `TRIAGE_FETCH_MAX_WAIT_MS` costs: latency of a record to a waiting consumer, and an idle daemon's CPU.

    .venv/bin/python benchmarks/fetch_wait.py [--waits 10 100] [--sends 300] [--idle-s 10]

1. send -> seen: a kafka-python consumer assigned to the 3 partitions of a topic of the embedded Tansu,
   `fetch_max_wait_ms` as given, polls as the daemon does (20 ms polls, in a thread); a librdkafka producer
   sends a paced stream (`--rate`, 100 records/s, to the partitions in turn, not waiting for the consumer);
   the time from send() until the consumer's poll returns the record. A broker that answers a waiting fetch
   only when its wait (or part of it) runs out shows that wait here. (Before 2026-12-07 08:45 this sent one
   record at a time and waited for it: the pattern missed Tansu's behaviour under a stream.)
2. idle: `triage run` as a subprocess with nothing to read, CPU of the daemon (every thread) and of the
   broker over `--idle-s` seconds, as a share of one core (/proc).
Waits are run in turn, twice, so a change of the machine's load shows as a difference between the pairs.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from e2e import cpu_seconds, wait_ready  # noqa: E402

from triage.config import Settings, TopicSettings  # noqa: E402
from triage.stream.broker import EmbeddedBroker, free_port  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402


def send_to_seen(bootstrap: str, topic: str, wait_ms: int, sends: int, rate: float) -> list[float]:
    """Latency of a paced stream (`rate` records/s to the 3 partitions in turn, librdkafka producer, linger 0)
    to a kafka-python consumer that polls as the daemon does (20 ms polls, `fetch_max_wait_ms` as given):
    from send() to the poll that returns the record."""
    import threading

    import confluent_kafka
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, fetch_max_wait_ms=wait_ms, enable_auto_commit=False)
    partitions = [TopicPartition(topic, p) for p in range(3)]
    consumer.assign(partitions)
    consumer.seek_to_end(*partitions)
    consumer.poll(timeout_ms=200)
    seen: dict[bytes, float] = {}
    stop = threading.Event()

    def consume() -> None:
        while not stop.is_set():
            polled = consumer.poll(timeout_ms=20)
            now = time.perf_counter()
            for batch in polled.values():
                for record in batch:
                    seen.setdefault(record.value, now)

    thread = threading.Thread(target=consume, daemon=True)
    thread.start()
    producer = confluent_kafka.Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 0})
    sent: dict[bytes, float] = {}
    try:
        time.sleep(0.5)
        start = time.perf_counter()
        for i in range(sends):
            while (delay := start + i / rate - time.perf_counter()) > 0:
                time.sleep(delay)
            value = f"{wait_ms}-{time.time_ns()}-{i}".encode()
            sent[value] = time.perf_counter()
            producer.produce(topic, value=value, partition=i % 3)
            producer.poll(0)
        producer.flush(10)
        deadline = time.monotonic() + 5
        while len(seen) < len(sent) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(5)
        consumer.close()
    return [1000 * (seen[v] - t) for v, t in sent.items() if v in seen]


def idle_cpu(
    bootstrap: str, broker_pid: int | None, topics: TopicSettings, wait_ms: int, idle_s: float
) -> tuple:
    port = free_port()
    env = dict(
        os.environ,
        TRIAGE_BOOTSTRAP_SERVERS=bootstrap,
        TRIAGE_GROUP_ID=f"idle-{time.time_ns()}",
        TRIAGE_HTTP_HOST="127.0.0.1",
        TRIAGE_HTTP_PORT=str(port),
        TRIAGE_LOG_LEVEL="WARNING",
        TRIAGE_FETCH_MAX_WAIT_MS=str(wait_ms),
        PYTHONPATH=str(REPO),
        **{f"TRIAGE_TOPICS__{name.upper()}": getattr(topics, name) for name in TopicSettings.model_fields},
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "run"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )
    try:
        wait_ready(port, proc)
        time.sleep(3)
        d0, b0 = cpu_seconds(proc.pid), cpu_seconds(broker_pid)
        time.sleep(idle_s)
        d1, b1 = cpu_seconds(proc.pid), cpu_seconds(broker_pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    return 100 * (d1 - d0) / idle_s, 100 * (b1 - b0) / idle_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--waits", type=int, nargs="+", default=[10, 100])
    ap.add_argument("--sends", type=int, default=300)
    ap.add_argument("--rate", type=float, default=100.0, help="records/s of the paced stream")
    ap.add_argument("--idle-s", type=float, default=10.0)
    args = ap.parse_args()
    rows = []
    with EmbeddedBroker() as broker:
        topics = TopicSettings.suffixed(str(time.time_ns()))
        ensure_topics(Settings(bootstrap_servers=broker.bootstrap_servers, topics=topics).kafka, partitions=3)
        for _ in range(2):
            for wait in args.waits:
                lat = send_to_seen(broker.bootstrap_servers, topics.input, wait, args.sends, args.rate)
                daemon, tansu = idle_cpu(broker.bootstrap_servers, broker.pid, topics, wait, args.idle_s)
                rows.append((wait, *np.percentile(lat, [50, 90, 99]), max(lat), daemon, tansu))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"fetch_max_wait_ms: send -> seen ({args.sends} sends at {args.rate:g}/s, 3 partitions), idle CPU; "
        f"load average {load}"
    )
    print(
        f"{'wait ms':>8}{'p50 ms':>8}{'p90 ms':>8}{'p99 ms':>8}{'max ms':>8}"
        f"{'idle daemon %':>15}{'idle Tansu %':>14}"
    )
    for wait, p50, p90, p99, top, daemon, tansu in rows:
        print(f"{wait:>8}{p50:>8.1f}{p90:>8.1f}{p99:>8.1f}{top:>8.1f}{daemon:>15.1f}{tansu:>14.1f}")


if __name__ == "__main__":
    main()
