"""The daemon's produce step at a low rate: one small batch at a time through the Deliverer to a real broker.

    .venv/bin/python benchmarks/delivery.py [--n 400] [--batch 1] [--model model_artifacts]

At 100 messages/s a batch holds one or two records, so its produce step (`Deliverer.deliver`: send, flush,
wait for the acknowledgements) is a round trip per delivery phase and sits on every record's latency. This
builds the outcomes of the e2e benchmark's paced stream (synth_stream(n, seed=2), every feature on, the
shipped model) with the Processor, one batch of `--batch` records at a time against an evolving flag state,
then delivers each batch to an embedded Tansu broker, timing `deliver` (wall clock: mostly waiting on
loopback acknowledgements) and counting the producer's flushes (one per delivery phase) and the records
written per topic. Wall numbers move with the machine's load: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings  # noqa: E402
from triage.core import SourceRecord  # noqa: E402
from triage.obs.metrics import Metrics  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker  # noqa: E402
from triage.stream.delivery import Deliverer  # noqa: E402
from triage.stream.kafka_io import ensure_topics, make_producer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--batch", type=int, default=1, help="records per batch (1-2 at 100 msg/s)")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--linger-ms", type=int, default=None, help="producer linger.ms (default: the setting)")
    args = ap.parse_args()

    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    feed = synth_stream(args.n, seed=2)
    records = [SourceRecord("in", 0, i, v, k) for i, (k, v, _) in enumerate(feed)]
    with EmbeddedBroker() as broker:
        topics = TopicSettings.suffixed(str(time.time_ns()))
        extra = {} if args.linger_ms is None else {"linger_ms": args.linger_ms}
        settings = Settings(
            bootstrap_servers=broker.bootstrap_servers, topics=topics, publish_review=True, **extra
        )
        ensure_topics(settings.kafka, partitions=3)
        scorer = Scorer.load(args.model, device="cpu", threads=1)
        flushes = [0]

        def producer():  # the daemon's producer, its flushes counted
            made = make_producer(settings.kafka)
            flush = made.flush

            def counted(timeout: float | None = None) -> None:
                flushes[0] += 1
                flush(timeout=timeout)

            made.flush = counted
            return made

        deliverer = Deliverer(settings.kafka, settings.run_topics, Metrics(), producer_factory=producer)
        state: dict = {}
        times: list[float] = []
        cpu = 0.0
        per_topic: Counter[str] = Counter()
        with Processor.from_settings(scorer, settings) as processor:
            for i in range(0, len(records), args.batch):
                outcomes = processor.process_batch(records[i : i + args.batch], state)
                for o in outcomes:
                    per_topic.update(m.topic for m in o.outputs)
                t0, c0 = time.perf_counter(), time.process_time()
                deliverer.deliver(outcomes)  # raises when an output is not acknowledged
                times.append(time.perf_counter() - t0)
                cpu += time.process_time() - c0  # this thread and the producer's I/O thread
        deliverer.close()
    batches = len(times)
    warm = np.asarray(times[5:]) * 1000.0  # the first sends connect and fetch metadata
    p50, p95, p99 = np.percentile(warm, [50, 95, 99])
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"deliver(), {len(records)} records in {batches} batches of {args.batch}, linger.ms "
        f"{settings.kafka.linger_ms}; load average {load}"
    )
    print(
        f"{'batches':>8}{'flushes/batch':>15}{'mean ms':>9}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
        f"{'CPU µs/record':>15}"
    )
    print(
        f"{batches:>8}{flushes[0] / batches:>15.2f}{warm.mean():>9.2f}{p50:>8.2f}{p95:>8.2f}{p99:>8.2f}"
        f"{1e6 * cpu / len(records):>15.0f}"
    )
    names = {getattr(topics, f): f for f in TopicSettings.model_fields}
    print("records written: " + ", ".join(f"{names.get(t, t)} {c}" for t, c in sorted(per_topic.items())))


if __name__ == "__main__":
    main()
