"""Helpers for the replay tests: real broker, real artifacts (exported with the project's export function),
a synthetic ORU stream, and a minimal live loop built on the daemon's Processor.

No tests here (pytest collects nothing from this module).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from triage.config import Settings
from triage.core import SourceRecord

TOPIC_PARTITIONS = 3


# --------------------------------------------------------------------------- artifacts


def build_artifact(
    out: Path,
    *,
    seed: int,
    threshold: float | None = None,
    version: str | None = None,
    sample: Sequence[Sequence[str]] = (),
) -> dict[str, Any]:
    """A small CNN-LSTM with seeded random weights, exported as a real artifact (TorchScript + vocab +
    manifest with sha256). Untrained on purpose: replay tests need a deterministic, cheap model, not a good
    one. Without `threshold`, the median score over `sample` is used so decisions are mixed."""
    import torch

    from triage.model.artifact import export_artifact
    from triage.model.network import CnnLstm
    from triage.offline.synth.corpus import generate_reports
    from triage.text import normalize_impression

    torch.manual_seed(seed)
    words: set[str] = set()
    for report in generate_reports(300, seed=99):
        words.update(normalize_impression(report.text))
    vocab = {w: i + 1 for i, w in enumerate(sorted(words))}
    gen = torch.Generator().manual_seed(seed)
    matrix = torch.randn(len(vocab) + 1, 16, generator=gen)
    matrix[0] = 0
    model = CnnLstm(matrix, filters=8, kernel_size=3, pool_size=2, lstm_units=16, dropout=0.0)
    with torch.no_grad():
        for p in model.parameters():
            if p.requires_grad:
                p.copy_(torch.randn(p.shape, generator=gen) * 0.8)
    model.eval()
    if threshold is None:
        ids = np.zeros((max(1, len(sample)), 50), dtype=np.int64)
        for row, tokens in enumerate(sample):
            got = [vocab.get(t, 0) for t in tokens[:50]]
            if got:
                ids[row, 50 - len(got) :] = got
        with torch.no_grad():
            probs = model(torch.from_numpy(ids)).numpy()
        threshold = float(np.round(np.median(probs), 6))
    extra: dict[str, Any] = {"threshold": threshold, "threshold_policy": "test-median"}
    if version is not None:
        extra["model_version"] = version
    return export_artifact(model, vocab, out, max_tokens=50, manifest_extra=extra)


# --------------------------------------------------------------------------- ORU stream


def oru_stream(n: int, seed: int) -> list[tuple[bytes, bytes]]:
    """(key, value) pairs, key = accession: H1's synthetic feed with plenty of lifecycle (P → F → C / X),
    other procedures and ADTs (skipped), plus a few garbage records (dead letters)."""
    from triage.offline.synth.oru import synth_stream

    pairs = [
        (k, v)
        for k, v, _ in synth_stream(
            n,
            seed=seed,
            lifecycle_rate=0.5,
            correction_rate=0.5,
            cancel_rate=0.1,
            other_procedure_rate=0.08,
            adt_rate=0.04,
        )
    ]
    for i in range(3, len(pairs), max(4, len(pairs) // 4)):
        pairs.insert(i, (f"BAD{i}".encode(), b"\x00\x01 not hl7 at all"))
    return pairs


def produce(
    bootstrap: str,
    topic: str,
    pairs: Iterable[tuple[bytes, bytes]],
    *,
    timestamps: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """Produce in order (default partitioner: same key → same partition); returns (partition, offset)."""
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    futures = [
        producer.send(topic, key=k, value=v, timestamp_ms=timestamps[i] if timestamps else None)
        for i, (k, v) in enumerate(pairs)
    ]
    producer.flush()
    coords = [(md.partition, md.offset) for md in (f.get(timeout=30) for f in futures)]
    producer.close()
    return coords


def create_topics(bootstrap: str, *names: str, partitions: int = TOPIC_PARTITIONS) -> None:
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.create_topics([NewTopic(n, partitions, 1) for n in names])
    admin.close()


def read_all(bootstrap: str, topic: str) -> list[SourceRecord]:
    from triage.replay.reader import read_range

    return list(read_range(bootstrap, None, topic))


# --------------------------------------------------------------------------- the live daemon


def run_live_daemon(
    settings: Settings, model_dir: Path, *, expected_records: int, timeout_s: float = 120.0
) -> None:
    """The real daemon (triage.stream.daemon.Daemon, H5) in a thread until every input record has its audit
    record(s), then a clean stop (finish the batch, commit, leave the group)."""
    import threading

    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor
    from triage.stream.daemon import Daemon

    daemon = Daemon(
        settings.kafka, Processor.from_settings(Scorer.load(model_dir, "cpu"), settings), obs=settings.obs
    )
    errors: list[BaseException] = []

    def target() -> None:
        try:
            daemon.run()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=target, name="live-daemon", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            assert not errors, errors
            covered = {
                (a["source"]["partition"], a["source"]["offset"])
                for a in audit_values(read_all(settings.bootstrap_servers, settings.topics.audit))
            }
            if len(covered) >= expected_records:
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"the daemon audited {len(covered)} of {expected_records} records")
            time.sleep(0.5)
    finally:
        daemon.stop("test")
        thread.join(timeout=30)
    assert not errors, errors


def audit_values(records: Iterable[SourceRecord]) -> list[dict[str, Any]]:
    return [json.loads(r.value) for r in records]


def process_and_publish(settings: Settings, model_dir: Path, batch_size: int = 16) -> list[SourceRecord]:
    """Run the whole input topic through the Processor and publish every output (no consumer group: for
    tests that only need the daemon's output topics filled). Returns the input records."""
    from kafka import KafkaProducer

    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    processor = Processor.from_settings(Scorer.load(model_dir, "cpu"), settings)
    records = read_all(settings.bootstrap_servers, settings.topics.input)
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
    state: dict[str, Any] = {}
    for i in range(0, len(records), batch_size):
        for outcome in processor.process_batch(records[i : i + batch_size], state):
            for m in outcome.outputs:
                producer.send(m.topic, key=m.key, value=m.value, headers=list(m.headers))
    producer.flush()
    producer.close()
    return records
