"""`triage run` as a real process (configured through TRIAGE_* variables) against the session's Tansu broker:
SIGTERM mid-stream, kill -9 and restart while messages stream in, two instances in one group, and the HTTP
endpoints. Assertions are on what lands in Kafka (audit, worklist, dead-letter topics, committed offsets)."""

from __future__ import annotations

import json
import signal
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from typing import Any

import pytest

from triage.offline.synth.oru import synth_stream
from triage.stream.broker import free_port

pytestmark = pytest.mark.kafka


def _get(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _wait_http(port: int, path: str, status: int, timeout_s: float = 60.0) -> bytes:
    deadline = time.monotonic() + timeout_s
    last: Any = None
    while time.monotonic() < deadline:
        try:
            code, body = _get(port, path)
            if code == status:
                return body
            last = (code, body[:200])
        except OSError as exc:
            last = exc
        time.sleep(0.1)
    raise AssertionError(f"{path} never answered {status}: {last}")


def _coords_by_partition(audits: list[dict[str, Any]]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for a in audits:
        out[a["source"]["partition"]].add(a["source"]["offset"])
    return out


def test_sigterm_mid_stream_commits_and_exits_zero(kafka: Any) -> None:
    """SIGTERM while records stream in: exit code 0, every offset below the committed one has its outputs,
    nothing beyond it was decided (the batch in hand was finished and committed), and a restarted instance
    continues without a gap or a duplicate. Also checks /healthz, /readyz and /metrics of the live process."""
    settings = kafka.settings()
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    assert _wait_http(port, "/healthz", 200)
    ready = json.loads(_wait_http(port, "/readyz", 200))
    assert ready["checks"] == {
        "loop_alive": True,
        "model_loaded": True,
        "group_joined": True,
        "broker_reachable": True,
        "not_stopping": True,
        "loop_recent": True,
        "outputs_deliverable": True,
        "flag_state_current": True,
        "input_moving": True,
    }

    feed = [(k, v) for k, v, _ in synth_stream(1200, seed=21)]
    producer = threading.Thread(target=lambda: kafka.produce(settings.topics.input, feed))
    producer.start()
    kafka.read(settings.topics.audit, until=lambda rs: len(rs) >= 150)
    metrics = _wait_http(port, "/metrics", 200).decode()
    assert (
        "triage_records_consumed_total" in metrics
        and 'triage_stage_seconds_bucket{le="0.005",stage="score"}' in metrics
    )
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    producer.join()
    events = [e["event"] for e in kafka.log_events(proc)]
    assert "daemon_stopped" in events
    assert all(e.get("level") != "error" for e in kafka.log_events(proc))

    committed = kafka.committed(settings)
    audits = kafka.read_json(settings.topics.audit)
    assert audits, "nothing decided before SIGTERM"
    decided = _coords_by_partition(audits)
    for p, upto in committed.items():
        assert decided.get(p, set()) == set(range(upto or 0)), f"partition {p}: decided != committed range"
    assert sum((c or 0) for c in committed.values()) < len(feed)  # it really stopped mid-stream

    # a restarted instance picks up exactly where the committed offsets say
    daemon = kafka.start_thread_daemon(settings)
    audit_recs = kafka.audits_until(settings, len(feed))
    kafka.stop_thread_daemon(daemon)
    keys = [
        (a["source"]["partition"], a["source"]["offset"], a["source"]["message_index"])
        for a in (json.loads(r.value) for r in audit_recs)
    ]
    assert len(kafka.source_coords(audit_recs)) == len(feed)
    assert len(keys) == len(set(keys)), "clean shutdown must not cause redelivery"


@pytest.mark.slow
def test_kill9_restarts_lose_nothing_and_keep_flag_ids(kafka: Any) -> None:
    """kill -9 the daemon three times while ~2,500 records stream in, restarting it each time. Then:
    every input record has an audit decision (or dead letter) and duplicates agree; every positive report
    has its Flag on the worklist; all Flags of one accession carry one id; dead letters keep the bytes."""
    settings = kafka.settings(session_timeout_ms=3000, heartbeat_interval_ms=600)
    records = synth_stream(2500, seed=33, lifecycle_rate=0.2)
    feed = [(k, v) for k, v, _ in records]
    feed += [(b"junk-%d" % i, b"\x00garbage %d\xff" % i) for i in range(5)]

    feed.insert(1200, (b"junk-x", b"MSH|^~\\&|broken"))
    parts = [feed[i : i + 630] for i in range(0, len(feed), 630)]  # one part streams in during each round

    def stream(part: list[tuple[bytes, bytes]]) -> threading.Thread:
        def run() -> None:  # ~2.5 s of traffic in small bursts
            for i in range(0, len(part), 25):
                kafka.produce(settings.topics.input, part[i : i + 25])
                time.sleep(0.1)

        thread = threading.Thread(target=run)
        thread.start()
        return thread

    mid_stream: list[bool] = []
    for round_ in range(3):
        proc = kafka.start_process(settings, name=f"crash{round_}")
        kafka.wait_event(proc, "partitions_assigned")
        producer = stream(parts[round_])
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # let it decide a couple of hundred records, then pull the plug
            if sum(e.get("event") == "decision" for e in kafka.log_events(proc)) >= 150:
                break
            time.sleep(0.05)
        mid_stream.append(producer.is_alive())
        proc.kill()  # SIGKILL: no flush, no commit, no leave-group
        proc.wait(timeout=10)
        producer.join()
    assert sum(mid_stream) >= 2, f"the kills should hit a live stream: {mid_stream}"
    for part in parts[3:]:
        kafka.produce(settings.topics.input, part)
    final = kafka.start_process(settings, name="final")
    kafka.wait_event(final, "partitions_assigned")
    audit_recs = kafka.audits_until(settings, len(feed), timeout_s=120)
    final.send_signal(signal.SIGTERM)
    assert final.wait(timeout=60) == 0

    audits = [json.loads(r.value) for r in audit_recs]
    assert len(kafka.source_coords(audit_recs)) == len(feed), "an input record has no decision"
    by_key: dict[tuple[int, int, int], list[dict[str, Any]]] = defaultdict(list)
    for a in audits:
        s = a["source"]
        by_key[(s["partition"], s["offset"], s["message_index"])].append(a)
    for key, group in by_key.items():
        assert len({a["decision"] for a in group}) == 1, (key, [a["decision"] for a in group])
        assert len({a["flag_id"] for a in group if a["flag_id"]}) <= 1, key

    flags = kafka.read(settings.topics.worklist)
    flag_ids = {json.loads(f.value)["id"] for f in flags}
    positives = [a for a in audits if a["decision"] == "positive"]
    assert positives
    missing = [a["accession"] for a in positives if a["flag_id"] not in flag_ids]
    assert not missing, f"positive reports without a Flag: {missing[:5]}"
    ids_per_accession: dict[bytes, set[str]] = defaultdict(set)
    for f in flags:
        ids_per_accession[f.key].add(json.loads(f.value)["id"])
    assert all(len(ids) == 1 for ids in ids_per_accession.values())

    inputs = {(r.partition, r.offset): r.value for r in kafka.read(settings.topics.input)}
    dead = kafka.read(settings.topics.dead_letter)
    dead_coords = {
        (a["source"]["partition"], a["source"]["offset"]) for a in audits if a["decision"] == "dead_letter"
    }
    assert len(dead_coords) >= 5
    for rec in dead:
        h = dict(rec.headers)
        coord = (int(h["triage-source-partition"]), int(h["triage-source-offset"]))
        assert rec.value == inputs[coord]
    assert {
        (int(dict(r.headers)["triage-source-partition"]), int(dict(r.headers)["triage-source-offset"]))
        for r in dead
    } == dead_coords
    assert len(audits) >= len(by_key)  # (duplicates allowed: at least once)


def test_two_instances_split_partitions_and_take_over(kafka: Any) -> None:
    """Two `triage run` processes in one group share the partitions; after one is killed (-9) the other
    takes all of them and every record of a second wave is decided."""
    settings = kafka.settings(partitions=4, session_timeout_ms=3000, heartbeat_interval_ms=600)
    a = kafka.start_process(settings, name="a")
    b = kafka.start_process(settings, name="b")

    def assignment(proc: Any) -> set[int] | None:
        got = [e for e in kafka.log_events(proc) if e.get("event") == "partitions_assigned"]
        return set(got[-1]["partitions"]) if got else None

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pa, pb = assignment(a), assignment(b)
        if pa and pb and not (pa & pb) and (pa | pb) == {0, 1, 2, 3}:
            break
        time.sleep(0.2)
    else:
        raise AssertionError(f"no split assignment: a={assignment(a)} b={assignment(b)}")

    wave1 = [(k, v) for k, v, _ in synth_stream(400, seed=41)]
    kafka.produce(settings.topics.input, wave1)
    kafka.audits_until(settings, len(wave1))
    decided_by = {
        name: {e["partition"] for e in kafka.log_events(p) if e.get("event") == "decision"}
        for name, p in (("a", a), ("b", b))
    }
    assert decided_by["a"] and decided_by["b"] and not (decided_by["a"] & decided_by["b"])

    a.kill()
    a.wait(timeout=10)
    wave2 = [(k, v) for k, v, _ in synth_stream(400, seed=42)]
    kafka.produce(settings.topics.input, wave2)
    audit_recs = kafka.audits_until(settings, len(wave1) + len(wave2), timeout_s=90)
    assert len(kafka.source_coords(audit_recs)) == len(wave1) + len(wave2)
    assert assignment(b) == {0, 1, 2, 3}
    b.send_signal(signal.SIGTERM)
    assert b.wait(timeout=60) == 0
