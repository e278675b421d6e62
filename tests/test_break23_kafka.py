"""breaker23: an upstream that rolls back a send, written by librdkafka (a client we did not write), read by
the daemon and by `replay` on the embedded Tansu broker, which keeps no transaction index (every fetch says
"no aborted transactions"): the daemon decided the rolled-back reports (triage.stream.transactions)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

confluent_kafka = pytest.importorskip("confluent_kafka")

pytestmark = pytest.mark.kafka


def _transactional(bootstrap: str, name: str) -> Any:
    producer = confluent_kafka.Producer(
        {"bootstrap.servers": bootstrap, "transactional.id": name, "acks": "all", "linger.ms": 0}
    )
    producer.init_transactions(30)
    return producer


def _send(producer: Any, topic: str, value: bytes) -> None:
    producer.produce(topic, value=value, partition=0)
    producer.flush(30)


def _rolled_back_between_committed(kafka: Any, topic: str) -> tuple[set[str], set[str], dict[str, str]]:
    """On partition 0 of `topic`: producer P commits C0 C1; then P's transaction (A0 A1, aborted) interleaves,
    batch by batch, with Q's (Q0, committed) and an idempotent producer's I0 (no transaction); then P commits
    C2. Returns (control ids committed, control ids rolled back, control id → OBR-3 accession digits)."""
    from triage.offline.synth.oru import render_oru

    positives, _ = kafka.pick_reports(n_pos=6, n_neg=0, seed=23)
    ids = ("C0", "C1", "A0", "A1", "Q0", "C2")
    oru = {cid: render_oru(r, control_id=cid) for cid, r in zip(ids, positives, strict=True)}
    oru["I0"] = render_oru(positives[0], control_id="I0")
    pairs = zip(ids, positives, strict=True)
    accessions = {cid: "".join(c for c in r.accession if c.isdigit()) for cid, r in pairs}
    p = _transactional(kafka.bootstrap, f"b23-p-{topic}")
    q = _transactional(kafka.bootstrap, f"b23-q-{topic}")
    idem = confluent_kafka.Producer({"bootstrap.servers": kafka.bootstrap, "enable.idempotence": True})
    p.begin_transaction()
    _send(p, topic, oru["C0"])
    _send(p, topic, oru["C1"])
    p.commit_transaction(30)
    p.begin_transaction()
    q.begin_transaction()
    _send(p, topic, oru["A0"])
    _send(q, topic, oru["Q0"])
    _send(idem, topic, oru["I0"])
    _send(p, topic, oru["A1"])
    p.abort_transaction(30)
    q.commit_transaction(30)
    p.begin_transaction()
    _send(p, topic, oru["C2"])
    p.commit_transaction(30)
    return {"C0", "C1", "Q0", "I0", "C2"}, {"A0", "A1"}, accessions


def test_records_of_an_aborted_upstream_transaction_are_never_decided(kafka: Any) -> None:
    """The daemon on Tansu: the committed and non-transactional reports are decided (audit record, Flag), the
    two of the aborted transaction get no audit record, no Flag, no dead letter, even though they sit between
    committed ones on the same partition; the group's committed offset still reaches the log end (past the
    markers). Before: all seven were decided, both rolled-back positives got active Flags."""
    settings = kafka.settings(partitions=1, input_stall_s=2.0)
    committed, rolled_back, accessions = _rolled_back_between_committed(kafka, settings.topics.input)
    proc = kafka.start_process(settings)
    try:
        kafka.read(
            settings.topics.audit,
            until=lambda recs: {json.loads(r.value)["control_id"] for r in recs} >= committed,
            timeout_s=120,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (kafka.committed(settings).get(0) or 0) < 11:
            time.sleep(0.5)
        audits = kafka.read_json(settings.topics.audit)
        flags = [r.value.decode() for r in kafka.read(settings.topics.worklist)]
        dead = kafka.read(settings.topics.dead_letter)
        assert {a["control_id"] for a in audits} == committed, sorted(a["control_id"] for a in audits)
        assert len(audits) == len(committed)
        assert not dead, [d.value[:200] for d in dead]
        assert flags, "no Flag for the committed positives"
        assert not [cid for cid in rolled_back if any(accessions[cid] in f for f in flags)], (
            "a rolled-back Flag"
        )
        # 7 records + 4 markers (P commit, P abort, Q commit, P commit): offsets 0..10, the last a marker
        assert kafka.committed(settings) == {0: 11}
        assert not [e for e in kafka.log_events(proc) if e.get("event") == "transaction_untold"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_replay_leaves_out_an_aborted_upstream_transaction(kafka: Any, tmp_path: Any) -> None:
    """`triage replay` reads read_committed like the daemon, so it too leaves out what the producer rolled
    back (the comparison of a replay with the daemon's audit then agrees)."""
    from kafka import TopicPartition

    from triage.replay.reader import range_consumer

    settings = kafka.settings(partitions=1)
    committed, rolled_back, _ = _rolled_back_between_committed(kafka, settings.topics.input)
    consumer = range_consumer(settings.bootstrap_servers)
    try:
        tp = TopicPartition(settings.topics.input, 0)
        consumer.assign([tp])
        consumer.seek_to_beginning(tp)
        seen: list[bytes] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(seen) < len(committed):
            for recs in consumer.poll(timeout_ms=200).values():
                seen.extend(r.value for r in recs)
        time.sleep(0.5)
        for recs in consumer.poll(timeout_ms=500).values():
            seen.extend(r.value for r in recs)
    finally:
        consumer.close()
    ids = {v.split(b"|")[9].decode() for v in seen}
    assert ids == committed, sorted(ids)
    assert not ids & rolled_back


def _log_batches(bootstrap: str, topic: str) -> dict[int, bytes]:
    """Every record batch of partition 0 of `topic`, control batches included, as the broker sends them:
    base offset → the batch's bytes (read uncommitted, so the bytes are the fetch's own)."""
    from kafka import KafkaConsumer, TopicPartition

    from triage.stream.transactions import scan

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    fetched: list[bytes] = []
    base = type(consumer._fetcher).PartitionRecords

    class Capture(base):  # type: ignore[misc, valid-type]
        def __init__(self, fetch_offset: int, tp: Any, records: Any, *args: Any, **kwargs: Any) -> None:
            fetched.append(bytes(records._buffer or b""))
            super().__init__(fetch_offset, tp, records, *args, **kwargs)

    consumer._fetcher.PartitionRecords = Capture
    try:
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        consumer.seek_to_beginning(tp)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and consumer.position(tp) < 11:
            consumer.poll(timeout_ms=200)
    finally:
        consumer.close()
    batches: dict[int, bytes] = {}
    for buffer in fetched:
        pos = 0
        while pos + 12 <= len(buffer):
            end = pos + 12 + int.from_bytes(buffer[pos + 8 : pos + 12], "big")
            batches[int.from_bytes(buffer[pos : pos + 8], "big")] = buffer[pos:end]
            pos = end
    assert scan(b"").aborted == []
    return batches


def test_a_fetch_that_ends_inside_a_transaction_is_cut_before_it(kafka: Any) -> None:
    """The broker's own bytes, cut the ways a fetch size limit cuts them: a transaction whose abort marker is
    in the fetch is named from its first batch; one whose marker is not yet is cut off (fetched again); one
    that starts the fetch and does not end in it is handed on, said (`untold_from`)."""
    from triage.stream.transactions import scan

    settings = kafka.settings(partitions=1)
    _rolled_back_between_committed(kafka, settings.topics.input)
    batches = _log_batches(kafka.bootstrap, settings.topics.input)
    assert sorted(batches) == list(range(11)), sorted(batches)  # one batch per record or marker (linger 0)

    def joined(first: int, last: int) -> bytes:
        return b"".join(batches[o] for o in range(first, last + 1))

    whole = scan(joined(0, 10))
    assert [t.first_offset for t in whole.aborted] == [3]
    assert whole.cut_at is None and whole.untold_from is None
    # ends after A1, before P's abort marker (7): P's and Q's transactions (A0 at 3, Q0 at 4) are open
    cut = scan(joined(0, 6))
    assert cut.aborted == [] and cut.cut_at == len(joined(0, 2)) and cut.untold_from is None
    # fetched again from the cut: now with the marker
    again = scan(joined(3, 10))
    assert [t.first_offset for t in again.aborted] == [3] and again.cut_at is None
    assert again.aborted[0].producer_id == whole.aborted[0].producer_id
    # a transaction that starts the fetch and does not end in it cannot be cut before
    untold = scan(joined(3, 6))
    assert untold.untold_from == 3 and untold.cut_at is None and untold.aborted == []


def _readyz(port: int) -> dict[str, Any]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
            return dict(json.loads(resp.read()))
    except urllib.error.HTTPError as exc:
        return dict(json.loads(exc.read()))


_ABANDON = """
import os, sys, confluent_kafka
p = confluent_kafka.Producer(
    {"bootstrap.servers": sys.argv[1], "transactional.id": sys.argv[3], "transaction.timeout.ms": 3000}
)
p.init_transactions(30)
p.begin_transaction()
p.produce(sys.argv[2], value=sys.stdin.buffer.read(), partition=0)
p.flush(30)
os._exit(0)  # the producer dies with its transaction open: no commit, no abort
"""


def test_a_transaction_its_producer_left_open_stalls_the_partition_readyz_red_and_sigterm_is_prompt(
    kafka: Any,
) -> None:
    """A transactional upstream that dies mid-transaction: Apache Kafka aborts it after the producer's
    transaction.timeout.ms; Tansu never does (seen for 90 s with a 3 s timeout), so the last stable offset
    stays before it and read_committed readers get nothing after it on that partition, committed records
    included (deploy/README.md "Transactions"). What held: the daemon decides what came before, the records
    waiting behind the open transaction turn /readyz red (input_moving false) instead of green-and-idle,
    /healthz stays 200, and SIGTERM in that state ends it within 10 s with exit code 0."""
    import signal
    import subprocess
    import sys

    from triage.offline.synth.oru import render_oru
    from triage.stream.broker import free_port

    try:
        from tests.test_stream_stop import _status, _until
    except ImportError:  # tests/ itself on sys.path (pytest's default import mode)
        from test_stream_stop import _status, _until  # type: ignore[no-redef]

    settings = kafka.settings(partitions=1)
    daemon_env = kafka.daemon_env
    kafka.daemon_env = lambda s: {**daemon_env(s), "TRIAGE_INPUT_STALL_S": "2"}
    positives, _ = kafka.pick_reports(n_pos=3, n_neg=0, seed=29)
    topic = settings.topics.input
    kafka.produce(topic, [(None, render_oru(positives[0], control_id="BEFORE"))])
    subprocess.run(
        [sys.executable, "-c", _ABANDON, kafka.bootstrap, topic, f"b23-open-{topic}"],
        input=render_oru(positives[1], control_id="OPEN"),
        check=True,
        timeout=60,
        capture_output=True,
    )
    kafka.produce(topic, [(None, render_oru(positives[2], control_id="AFTER"))])
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    try:
        kafka.read(
            settings.topics.audit,
            until=lambda recs: any(json.loads(r.value)["control_id"] == "BEFORE" for r in recs),
            timeout_s=120,
        )
        red = _until(lambda: _status(port) == 503, 30)
        assert red is not None, "readyz green with records waiting behind an open transaction"
        assert _status(port, "/healthz") == 200
        body = _readyz(port)
        assert body["checks"]["input_moving"] is False and body["checks"]["broker_reachable"], body
        stalled = next(e for e in kafka.log_events(proc) if e.get("event") == "input_stalled")
        assert "OPEN" not in json.dumps(stalled) and "AFTER" not in json.dumps(stalled)
        assert [a["control_id"] for a in kafka.read_json(settings.topics.audit)] == ["BEFORE"]
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
        assert rc == 0 and time.monotonic() - t0 <= 10.0, (rc, time.monotonic() - t0)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
