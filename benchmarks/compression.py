"""Output compression (TRIAGE_PRODUCER__COMPRESSION): bytes on the wire and CPU per codec, on our own outputs.

    .venv/bin/python benchmarks/compression.py [--n 2000] [--batches 1,16,64] [--model model_artifacts]

The outputs are the daemon's real ones: a synthetic ORU stream (triage.offline.synth.oru.synth_stream)
through the Processor with the shipped model, which gives FHIR Flags (worklist topic) and audit records (audit
topic). Each topic's records are packed into Kafka record batches of 1, 16 and 64 records (what the producer
sends: one batch per partition per linger window; at a low feed rate most batches hold one record) with
kafka-python's own batch builder, i.e. the code path of `triage run`'s producer, and read back with its
reader (what a consumer of the outputs pays). Columns: bytes per record on the wire (batch bytes / records),
the ratio to uncompressed, and the CPU microseconds per record to build and to read (best of --repeat).
Not a test: prints a markdown table.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kafka.record.default_records import DefaultRecordBatchBuilder  # noqa: E402
from kafka.record.memory_records import MemoryRecords  # noqa: E402

from triage.config import DEFAULT_MODEL_DIR, PRODUCER_COMPRESSION, Settings  # noqa: E402
from triage.core import KafkaMessage, SourceRecord  # noqa: E402
from triage.model.scorer import Scorer  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.pipeline.process import Processor  # noqa: E402

# kafka-python's codec ids (DefaultRecordBase.CODEC_*)
CODEC_IDS = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}


def outputs(n: int, model_dir: Path) -> dict[str, list[KafkaMessage]]:
    """The daemon's outputs for `n` synthetic records, by kind (Flags, audit records)."""
    settings = Settings(model_dir=model_dir, device="cpu")
    proc = Processor.from_settings(Scorer.load(model_dir, device="cpu"), settings)
    records = [SourceRecord("hl7.oru", 0, i, v, key=k) for i, (k, v, _) in enumerate(synth_stream(n, seed=3))]
    state: dict = {}
    kinds: dict[str, list[KafkaMessage]] = {"Flag": [], "audit record": []}
    for i in range(0, len(records), 64):
        for outcome in proc.process_batch(records[i : i + 64], state):
            for m in outcome.outputs:
                if m.topic == settings.flag_topic:
                    kinds["Flag"].append(m)
                elif m.topic == settings.topics.audit:
                    kinds["audit record"].append(m)
    return kinds


def build(messages: list[KafkaMessage], codec: int) -> bytes:
    builder = DefaultRecordBatchBuilder(
        magic=2,
        compression_type=codec,
        is_transactional=False,
        producer_id=-1,
        producer_epoch=-1,
        base_sequence=-1,
        batch_size=16 * 1024 * 1024,
    )
    now = int(time.time() * 1000)
    for i, m in enumerate(messages):
        builder.append(i, timestamp=now, key=m.key, value=m.value, headers=list(m.headers))
    return bytes(builder.build())


def read(raw: bytes) -> int:
    records = MemoryRecords(raw)
    n = 0
    while (batch := records.next_batch()) is not None:
        n += sum(1 for _ in batch)
    return n


def best_us(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="synthetic input records")
    ap.add_argument("--batches", default="1,16,64", help="records per Kafka batch")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    args = ap.parse_args(argv)
    kinds = outputs(args.n, args.model)
    sizes = [int(s) for s in args.batches.split(",")]
    print(
        f"outputs of {args.n} synthetic ORU records: " + ", ".join(f"{len(v)} {k}s" for k, v in kinds.items())
    )
    print()
    print("| output | codec | records/batch | bytes/record | vs none | build µs/record | read µs/record |")
    print("|---|---|---|---|---|---|---|")
    for kind, messages in kinds.items():
        for size in sizes:
            chunks = [messages[i : i + size] for i in range(0, len(messages) - size + 1, size)][
                : 2000 // size + 1
            ]
            count = sum(len(c) for c in chunks)
            plain = None
            for codec in PRODUCER_COMPRESSION:
                cid = CODEC_IDS[codec]
                raws = [build(c, cid) for c in chunks]
                wire = sum(len(r) for r in raws) / count
                plain = plain or wire
                t_build = best_us(lambda cid=cid, cs=chunks: [build(c, cid) for c in cs], args.repeat) / count
                t_read = best_us(lambda raws=raws: [read(r) for r in raws], args.repeat) / count
                print(
                    f"| {kind} | {codec} | {size} | {wire:,.0f} | {wire / plain:.2f} | {t_build:,.0f} |"
                    f" {t_read:,.0f} |"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
