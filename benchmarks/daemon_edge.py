"""CPU time per record of the daemon loop outside the Processor: poll, delivery, flag state, commit, metrics.

    .venv/bin/python benchmarks/daemon_edge.py [--n 5000] [--batch 256] [--set NAME=VALUE ...]

At full speed the loop thread is the daemon's bottleneck (the network runs beside it in the scoring thread),
so every microsecond the loop spends per record outside the Processor is throughput lost. End to end its
share drowns in the Processor's CPU, which moves with the box's load (benchmarks/daemon_cpu.py); here the
Processor's outcomes are computed first (the real Processor, every feature on, as in e2e.py) and the real
`Daemon` then runs against an embedded Tansu with a stand-in that hands each polled record its precomputed
outcome: what is left is the loop's own work and kafka-python's (consumer, producer and state reader, all
their threads). N records (partition i % 3) are produced before the daemon starts; the CPU of this process
(every thread, /proc) from the first committed batch until every record is committed, per record, is
printed. The log level is WARNING as in e2e.py (the lines go to /dev/null; `--set TRIAGE_LOG_LEVEL=INFO` for
the default's decision lines). `--set NAME=VALUE`: a TRIAGE_ setting for the daemon (e.g. to compare a client
option). Run it with PYTHONPATH on the source tree to compare (interleave runs: the box is shared).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.config import Settings, TopicSettings  # noqa: E402
from triage.core import SourceRecord  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402

PARTITIONS = 3


class ReplayProcessor:
    """The Processor's face for the Daemon, deciding nothing: each record gets its precomputed outcome."""

    def __init__(self, processor: Any, outcomes: dict[tuple[int, int], Any]) -> None:
        self._processor = processor
        self._outcomes = outcomes

    def __getattr__(self, name: str) -> Any:
        return getattr(self._processor, name)

    def prepare(self, records: list[SourceRecord]) -> list[SourceRecord]:
        return records

    def score_network(self, batch: list[SourceRecord]) -> list[SourceRecord]:
        return batch

    def assess_rules(self, batch: list[SourceRecord]) -> list[SourceRecord]:
        return batch

    def finish(self, batch: list[SourceRecord], _state: Any) -> list[Any]:
        return [self._outcomes[(r.partition, r.offset)] for r in batch]

    def process_batch(self, records: list[SourceRecord], state: Any) -> list[Any]:
        return self.finish(records, state)


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a TRIAGE_ setting")
    args = ap.parse_args()

    from kafka import KafkaProducer

    from triage.pipeline.process import Processor
    from triage.stream.daemon import Daemon
    from triage.stream.service import load_processor

    feed = [(k, v) for k, v, _ in synth_stream(args.n, seed=1)]
    with EmbeddedBroker() as broker:
        topics = TopicSettings.suffixed(str(time.time_ns()))
        os.environ.setdefault("TRIAGE_LOG_LEVEL", "WARNING")  # as e2e.py's daemon
        for item in args.set:
            name, value = item.split("=", 1)
            os.environ[name] = value
        settings = Settings(
            bootstrap_servers=broker.bootstrap_servers,
            topics=topics,
            publish_review=True,
            batch_max_records=args.batch,
            group_id=f"edge-{time.time_ns()}",
            session_timeout_ms=6000,
            heartbeat_interval_ms=1000,
        )
        from triage.obs.logging import configure_logging

        configure_logging(settings.log_level, stream=open(os.devnull, "w"))  # noqa: SIM115
        ensure_topics(settings.kafka, partitions=PARTITIONS)
        records = [
            SourceRecord(topics.input, i % PARTITIONS, i // PARTITIONS, v, k) for i, (k, v) in enumerate(feed)
        ]
        processor: Processor = load_processor(settings)
        outcomes: dict[tuple[int, int], Any] = {}
        state: dict = {}
        for i in range(0, len(records), args.batch):
            for outcome in processor.process_batch(records[i : i + args.batch], state):
                outcomes[(outcome.source.partition, outcome.source.offset)] = outcome
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap_servers, linger_ms=5)
        for i, (k, v) in enumerate(feed):
            producer.send(topics.input, key=k, value=v, partition=i % PARTITIONS)
        producer.flush()
        producer.close()

        daemon = Daemon(settings.kafka, ReplayProcessor(processor, outcomes), obs=settings.obs)  # type: ignore[arg-type]
        loop = threading.Thread(target=daemon.run, daemon=True)
        loop.start()
        while daemon.records == 0:
            time.sleep(0.001)
        first, cpu0, t0 = daemon.records, cpu_seconds(), time.perf_counter()
        while daemon.records < args.n:
            time.sleep(0.002)
        cpu, wall = cpu_seconds() - cpu0, time.perf_counter() - t0
        batches = daemon.batches
        daemon.stop()
        loop.join(30)
    n = args.n - first
    outputs = sum(len(outcomes[k].outputs) for k in outcomes)
    print(
        f"daemon loop outside the Processor: {1e6 * cpu / n:,.0f} µs CPU per record ({n} records after the "
        f"first batch, {batches} batches, {outputs / len(outcomes):.2f} outputs per record, "
        f"{n / wall:,.0f} records/s); load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )


if __name__ == "__main__":
    main()
