"""End-to-end throughput and latency of `triage run` through a real broker, next to scoring-only throughput.

    .venv/bin/python benchmarks/e2e.py [--n 5000] [--rate 100] [--rate-n 1000] [--model model_artifacts]
                                       [--partitions 3] [--batch 256] [--profile OUT.prof] [--no-review]
                                       [--client confluent|kafka-python] [--trace OUT.json]

Every feature is on, as in production: the ensemble decision policy (network + ConText rules) and the review
topic for disagreements (`--no-review` turns that one off).

1. scoring only: `Scorer.score_tokens` on the same reports' normalized impressions, at the daemon's batch
   size, in this process (nothing else running);
2. pipeline only: `Processor.process_batch` on the raw records (parse + normalize + score + Flag/audit
   building), no Kafka; again at `triage run`'s GIL switch interval (1 ms; this process otherwise runs at
   the interpreter's 5 ms, and the scoring thread waits up to one interval for the GIL at each network
   call's return) and collector threshold (triage.stream.service.GC_THRESHOLD); and the same passes in
   the daemon loop's order (batch N+1 prepared and its network started before batch N is finished: the
   network overlaps the finish, which process_batch cannot);
3. end to end: an embedded Tansu broker, `triage run` as a subprocess (as in production), this process
   producing the ORU records and consuming the worklist and audit topics (with librdkafka by default, so
   the harness takes little of the box's CPU from the daemon; `--client kafka-python` as before 06:00):
   * full speed: all N records produced at once; throughput = N / (first send → last audit record seen);
   * fixed rate: `--rate` records/s for `--rate-n` records.
   Latency per record = the moment this process sees its output minus the moment it sent the input
   ("produce → Flag" on the Flags, "produce → audit" on every record), on one clock.
   At the fixed rate it also splits produce -> audit in three (wall clock, from the audit record's
   processed_at and timings.total_ms): to the daemon's batch start (fetch, poll, waiting behind the batch in
   hand), inside the daemon (parse, network, rules, Flag and audit), and from the audit built to this
   process seeing it (delivery, this consumer's fetch).
It also prints the CPU time per record of the daemon process (all its threads), the broker and this process
in each phase (/proc: robust to the neighbours' load where the wall clock is not).
`--profile FILE` runs the daemon under cProfile and prints its top functions (where the time goes).
`--trace FILE` runs the daemon under benchmarks/trace_run.py: produce -> audit split at every stage of the
loop (polled, prepared, network scored, rules done, finish, delivered, seen here) and the daemon's CPU per
record by thread in the paced phase; with `--profile` too, cProfile covers the loop thread in that phase only.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings  # noqa: E402
from triage.core import SourceRecord  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker, free_port  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402

# `triage run` under cProfile (its loop thread): the CLI ends a long-running command with os._exit (skipping
# the interpreter's teardown), so the profile is written just before that exit instead of at interpreter exit
PROFILED_RUN = """
import cProfile, os, sys
from triage import cli
path = sys.argv[1]
profiler = cProfile.Profile()
exit_now = os._exit
def _exit(code):
    profiler.disable()
    profiler.dump_stats(path)
    exit_now(code)
os._exit = _exit
sys.argv = ["triage", "run"]
profiler.enable()
cli.main()
"""


def percentiles(values: list[float]) -> str:
    if not values:
        return "    -       -       -"
    p50, p95, p99 = np.percentile(np.asarray(values) * 1000.0, [50, 95, 99])
    return f"{p50:7.1f} {p95:7.1f} {p99:7.1f}"


def _rate(fn: Any, chunks: list, seconds: float) -> float:
    for c in chunks[:2]:
        fn(c)
    done, start, i = 0, time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        c = chunks[i % len(chunks)]
        fn(c)
        done += len(c)
        i += 1
    return done / (time.perf_counter() - start)


def daemon_stages_rate(processor: Any, chunks: list, seconds: float) -> float:
    """Records/s through the Processor's passes in the daemon loop's order (triage.stream.daemon: prepare
    batch N+1 and hand its network to the scoring thread, finish batch N, then N+1's rule tier), so the
    network of one batch runs while the loop thread finishes the one before; no Kafka."""
    done, start, i, state = 0, time.perf_counter(), 0, {}
    pending = None
    while time.perf_counter() - start < seconds or pending is not None:
        batch = None
        if time.perf_counter() - start < seconds:
            batch = processor.prepare(chunks[i % len(chunks)])
            i += 1
            network = processor.executor.submit(processor.score_network, batch)
        if pending is not None:
            done += len(processor.finish(pending.result(), state))
        pending = None
        if batch is not None:
            processor.assess_rules(batch)
            pending = network
    return done / (time.perf_counter() - start)


def scoring_only(
    model_dir: Path, records: list[SourceRecord], batch: int, seconds: float = 3.0
) -> tuple[dict[int, float], float, float, float]:
    """({torch threads: scoring-only reports/s}, pipeline-only records/s with the daemon's thread count:
    process_batch, the same at the daemon's GIL switch interval, and the daemon's stages)."""
    from triage.model.scorer import Scorer, usable_cpus
    from triage.pipeline.process import Processor
    from triage.stream.service import GC_THRESHOLD, SWITCH_INTERVAL_S, score_threads

    rates: dict[int, float] = {}
    settings = Settings(model_dir=model_dir)
    for threads in sorted({1, usable_cpus(), score_threads(settings.score_threads)}):
        scorer = Scorer.load(model_dir, device="auto", threads=threads)
        tokens = Processor.from_settings(scorer, settings).prepare(records).tokens
        rates[threads] = _rate(
            scorer.score_tokens, [tokens[i : i + batch] for i in range(0, len(tokens), batch)], seconds
        )
    scorer = Scorer.load(model_dir, device="auto", threads=score_threads(settings.score_threads))
    processor = Processor.from_settings(scorer, settings)
    chunks = [records[i : i + batch] for i in range(0, len(records), batch)]
    pipeline = _rate(lambda c: processor.process_batch(c, {}), chunks, seconds)
    # `triage run` sets the interpreter's GIL switch interval to 1 ms (triage.stream.service): the scoring
    # thread waits up to one interval for the GIL each time its network call returns beside the busy loop
    # thread (one call per part of 64 records in process_batch); this process runs at the default 5 ms
    # (and its collector threshold, GC_THRESHOLD)
    interval, threshold = sys.getswitchinterval(), gc.get_threshold()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.set_threshold(*GC_THRESHOLD)
    try:
        pipeline_daemon_switch = _rate(lambda c: processor.process_batch(c, {}), chunks, seconds)
    finally:
        sys.setswitchinterval(interval)
        gc.set_threshold(*threshold)
    daemon_stages_rate(processor, chunks[:2], 0.0)  # warm-up
    stages = daemon_stages_rate(processor, chunks, seconds)
    return rates, pipeline, pipeline_daemon_switch, stages


class Watcher(threading.Thread):
    """Consumes the worklist and audit topics; records when each input coordinate's outputs were seen.

    `client` "confluent" (librdkafka: fetching and decoding in C, so this harness takes less of a 2-core
    box from the daemon under test) or "kafka-python" (the harness of the rows before 2026-12-07 06:00).
    The audit record is decoded after the phase (`decode`): only its source coordinates are read on the
    clock."""

    def __init__(self, bootstrap: str, topics: TopicSettings, client: str = "confluent") -> None:
        super().__init__(daemon=True)
        self.topics = topics
        self.client = client
        if client == "confluent":
            import confluent_kafka

            self.consumer = confluent_kafka.Consumer(
                {
                    "bootstrap.servers": bootstrap,
                    "group.id": f"bench-{time.time_ns()}",
                    "enable.auto.commit": False,
                    "fetch.wait.max.ms": 5,
                }
            )
            self.consumer.assign(
                [
                    confluent_kafka.TopicPartition(topic, p, confluent_kafka.OFFSET_BEGINNING)
                    for topic in (topics.worklist, topics.audit)
                    for p in self.consumer.list_topics(topic, timeout=10).topics[topic].partitions
                ]
            )
        else:
            from kafka import KafkaConsumer

            self.consumer = KafkaConsumer(
                topics.worklist,
                topics.audit,
                bootstrap_servers=bootstrap,
                group_id=f"bench-{time.time_ns()}",
                auto_offset_reset="earliest",
                fetch_max_wait_ms=5,
                enable_auto_commit=False,
                session_timeout_ms=6000,
                heartbeat_interval_ms=1000,
            )
        self.flag_seen: dict[tuple[int, int], float] = {}
        self.audit_seen: dict[tuple[int, int], float] = {}
        # coordinates -> (wall clock when seen, the audit record's bytes), decoded after the phase
        self.audit_raw: dict[tuple[int, int], tuple[float, bytes]] = {}
        self.stop_event = threading.Event()
        self.lock = threading.Lock()

    def _polled(self) -> list[tuple[str, list[tuple[str, bytes]], bytes]]:
        if self.client == "confluent":
            # poll() returns as soon as a record is there; consume(n, timeout) may wait its whole timeout
            # for n records (up to 20 ms on every latency before 2026-12-07 08:40): it only drains the rest
            first = self.consumer.poll(0.02)
            if first is None:
                return []
            out = []
            for msg in [first, *self.consumer.consume(num_messages=1000, timeout=0)]:
                if msg.error() is None:
                    out.append((msg.topic(), msg.headers() or [], msg.value()))
            return out
        polled = self.consumer.poll(timeout_ms=20)
        return [(tp.topic, rec.headers, rec.value) for tp, batch in polled.items() for rec in batch]

    def run(self) -> None:
        while not self.stop_event.is_set():
            polled = self._polled()
            now, wall = time.perf_counter(), time.time()
            with self.lock:
                for topic, headers, value in polled:
                    if topic == self.topics.worklist:
                        h = dict(headers)
                        key = (int(h["triage-source-partition"]), int(h["triage-source-offset"]))
                        self.flag_seen.setdefault(key, now)
                    else:
                        src = _SOURCE.search(value)
                        if src is None:  # not the contract's form: read it whole
                            source = json.loads(value)["source"]
                            key = (source["partition"], source["offset"])
                        else:
                            key = (int(src["partition"]), int(src["offset"]))
                        self.audit_seen.setdefault(key, now)
                        self.audit_raw.setdefault(key, (wall, value))
        self.consumer.close()

    def decode(self, key: tuple[int, int]) -> tuple[float, float, float] | None:
        """(wall clock when seen, the audit's processed_at, its total_ms) for where the latency goes."""
        if key not in self.audit_raw:
            return None
        wall, value = self.audit_raw[key]
        audit = json.loads(value)
        return wall, datetime.fromisoformat(audit["processed_at"]).timestamp(), audit["timings"]["total_ms"]

    def ready(self) -> bool:
        return self.client == "confluent" or bool(self.consumer.assignment())


# the audit record's source coordinates (sorted keys, compact: triage.pipeline.audit.audit_json_bytes)
_SOURCE = re.compile(rb'"source":\{[^{}]*?"offset":(?P<offset>\d+),[^{}]*?"partition":(?P<partition>\d+)[,}]')


def produce(
    bootstrap: str,
    topic: str,
    values: list[tuple[bytes, bytes]],
    rate: float | None,
    client: str = "confluent",
) -> dict:
    """Send (paced when `rate`); returns (partition, offset) → (perf_counter, wall clock) at send()."""
    if client != "confluent":
        return _produce_kafka_python(bootstrap, topic, values, rate)
    import confluent_kafka

    producer = confluent_kafka.Producer(
        {"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 0 if rate else 5}
    )
    out: dict[tuple[int, int], tuple[float, float]] = {}
    errors: list[Any] = []

    def delivered(err: Any, msg: Any, t: float, wall: float) -> None:
        if err is not None:
            errors.append(err)
        else:
            out[(msg.partition(), msg.offset())] = (t, wall)

    for key, value, t, wall in _paced(values, rate):
        while True:
            try:
                producer.produce(
                    topic,
                    key=key,
                    value=value,
                    on_delivery=lambda err, msg, t=t, wall=wall: delivered(err, msg, t, wall),
                )
                break
            except BufferError:  # the local queue is full: serve delivery reports, then again
                producer.poll(0.05)
        producer.poll(0)
    if producer.flush(60) != 0 or errors:
        raise SystemExit(f"the benchmark's producer could not deliver every record: {errors[:3]}")
    return out


def _paced(
    values: list[tuple[bytes, bytes]], rate: float | None
) -> Iterator[tuple[bytes, bytes, float, float]]:
    """Each (key, value) at its due time (`rate` per second from the first; at once when None), with the
    perf_counter and wall clock of its release: both producers send on this one schedule."""
    start = time.perf_counter()
    for i, (key, value) in enumerate(values):
        if rate:
            due = start + i / rate
            while (delay := due - time.perf_counter()) > 0:
                time.sleep(delay)
        yield key, value, time.perf_counter(), time.time()


def _produce_kafka_python(
    bootstrap: str, topic: str, values: list[tuple[bytes, bytes]], rate: float | None
) -> dict:
    """Send (paced when `rate`); returns (partition, offset) → (perf_counter, wall clock) at send()."""
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0 if rate else 5)
    sent: list[tuple[Any, float, float]] = []
    for key, value, t, wall in _paced(values, rate):
        sent.append((producer.send(topic, key=key, value=value), t, wall))
    producer.flush()
    out = {}
    for fut, t, wall in sent:
        meta = fut.get(10)
        out[(meta.partition, meta.offset)] = (t, wall)
    producer.close()
    return out


def wait_ready(port: int, proc: subprocess.Popen, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"daemon exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("daemon not ready")


def metrics_text(port: int) -> str:
    return urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()


DRIFT_GAUGES = (
    "triage_topic_drift_window_reports",
    "triage_topic_drift_jsd",
    "triage_topic_drift_dropped_total",
)


def gauges(port: int, names: tuple[str, ...]) -> dict[str, float]:
    """Unlabelled samples of `names` from the daemon's /metrics (absent ones are left out)."""
    out = {}
    for line in metrics_text(port).splitlines():
        name, _, value = line.partition(" ")
        if name in names:
            out[name] = float(value)
    return out


def stage_totals(port: int) -> dict[str, tuple[float, int]]:
    """triage_stage_seconds sum and count per stage, scraped from the daemon's /metrics."""
    text = metrics_text(port)
    out: dict[str, list[float]] = {}
    for line in text.splitlines():
        for suffix, i in (("_sum", 0), ("_count", 1)):
            head = f'triage_stage_seconds{suffix}{{stage="'
            if line.startswith(head):
                stage = line[len(head) :].split('"', 1)[0]
                out.setdefault(stage, [0.0, 0.0])[i] = float(line.rsplit(" ", 1)[1])
    return {k: (v[0], int(v[1])) for k, v in out.items()}


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process, all its threads (Linux /proc; 0 elsewhere): robust to the
    neighbours' load, unlike the wall clock."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_phase(
    watcher: Watcher, bootstrap: str, topic: str, feed: list, rate: float | None, pids: dict[str, int | None]
) -> dict[str, Any]:
    cpu0 = {name: cpu_seconds(pid) for name, pid in pids.items()}
    sent_at = produce(bootstrap, topic, feed, rate, watcher.client)
    sent = {k: t for k, (t, _) in sent_at.items()}
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        with watcher.lock:
            if all(k in watcher.audit_seen for k in sent):
                break
        time.sleep(0.02)
    time.sleep(0.3)
    cpu = {name: cpu_seconds(pid) - cpu0[name] for name, pid in pids.items()}  # before the decoding below
    with watcher.lock:
        audit_lat = [watcher.audit_seen[k] - t for k, t in sent.items() if k in watcher.audit_seen]
        flag_lat = [watcher.flag_seen[k] - t for k, t in sent.items() if k in watcher.flag_seen]
        last = max(watcher.audit_seen[k] for k in sent if k in watcher.audit_seen)
        # produce → batch start (fetch, poll, waiting behind a batch), batch start → audit built (the daemon's
        # processing, total_ms), built → seen here (delivery and this consumer's fetch), on the wall clock
        parts: dict[str, list[float]] = {"to_batch": [], "in_daemon": [], "to_seen": []}
        for k, (_, wall) in sent_at.items():
            if (decoded := watcher.decode(k)) is not None:
                seen, started, total_ms = decoded
                parts["to_batch"].append(started - wall)
                parts["in_daemon"].append(total_ms / 1000.0)
                parts["to_seen"].append(seen - started - total_ms / 1000.0)
        seen_wall = {k: watcher.audit_raw[k][0] for k in sent_at if k in watcher.audit_raw}
    first = min(sent.values())
    return {
        "sent_wall": {k: wall for k, (_, wall) in sent_at.items()},
        "seen_wall": seen_wall,
        "cpu_us": {name: 1e6 * spent / len(sent) for name, spent in cpu.items()},
        "n": len(sent),
        "decided": len(audit_lat),
        "seconds": last - first,
        "throughput": len(audit_lat) / (last - first),
        "flag_lat": flag_lat,
        "audit_lat": audit_lat,
        "parts": parts,
    }


# consecutive marks of benchmarks/trace_run.py: (label, from, to); "sent" and "seen" are the harness's
TRACE_STAGES = (
    ("produce -> polled by the daemon", "sent", "polled"),
    ("polled -> prepared (parse, normalize)", "polled", "prepared"),
    ("prepared -> network scored", "prepared", "scored"),
    ("prepared -> rule tier done", "prepared", "assessed"),
    ("both done -> finish starts", "ready", "finish_start"),
    ("finish (decide, build outputs)", "finish_start", "built"),
    ("built -> acknowledged (deliver)", "built", "delivered"),
    ("acknowledged -> seen by the harness", "delivered", "seen"),
)


def print_trace(traced: dict[str, Any], phase: dict[str, Any]) -> None:
    """Where produce -> audit goes, stage by stage (benchmarks/trace_run.py's marks, one wall clock), and
    the daemon's CPU per record by thread in the paced phase."""
    trace: dict[str, dict[str, float]] = traced["records"]
    spans: dict[str, list[float]] = {label: [] for label, _, _ in TRACE_STAGES}
    for key, sent in phase["sent_wall"].items():
        marks = dict(trace.get(f"{key[0]}:{key[1]}", {}))
        if key not in phase["seen_wall"] or "built" not in marks:
            continue
        marks.update(sent=sent, seen=phase["seen_wall"][key])
        if "scored" in marks and "assessed" in marks:
            marks["ready"] = max(marks["scored"], marks["assessed"])
        for label, start, end in TRACE_STAGES:
            if start in marks and end in marks:
                spans[label].append(marks[end] - marks[start])
    print(f"\nwhere produce -> audit goes, traced ({len(spans[TRACE_STAGES[0][0]])} records; ms):")
    print(f"  {'':40} {'p50':>7} {'p95':>7} {'p99':>7}")
    for label, values in spans.items():
        print(f"  {label:40} {percentiles(values)}")
    if len(traced["cpu"]) >= 2:
        first, last = traced["cpu"][0], traced["cpu"][1]
        used = {name: last[name] - first.get(name, 0.0) for name in last}
        ranked = sorted(used.items(), key=lambda x: -x[1])
        parts = ", ".join(f"{name} {1e6 * s / phase['n']:,.0f}" for name, s in ranked if s)
        print(f"  daemon CPU per record by thread (µs): {parts}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--rate", type=float, default=100.0)
    ap.add_argument("--rate-n", type=int, default=1000)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--partitions", type=int, default=3)
    ap.add_argument("--batch", type=int, default=256, help="daemon batch_max_records")
    ap.add_argument("--wait-ms", type=int, default=20, help="daemon batch_max_wait_ms")
    ap.add_argument("--profile", type=Path, default=None)
    ap.add_argument(
        "--trace",
        type=Path,
        default=None,
        help="run the daemon under benchmarks/trace_run.py and split produce -> audit at every stage",
    )
    ap.add_argument(
        "--client",
        choices=("confluent", "kafka-python"),
        default="confluent",
        help="this harness's producer and consumer (kafka-python: as the rows before 2026-12-07 06:00)",
    )
    ap.add_argument(
        "--no-review",
        action="store_true",
        help="do not publish network/rules disagreements to the review topic (default: every feature on)",
    )
    args = ap.parse_args()

    full = synth_stream(args.n, seed=1)
    paced = synth_stream(args.rate_n, seed=2)
    records = [SourceRecord("bench", 0, i, v, k) for i, (k, v, _) in enumerate(full)]
    score_rates, pipeline_rate, pipeline_switch_rate, stages_rate = scoring_only(
        args.model, records, args.batch
    )
    score_rate = max(score_rates.values())

    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        suffix = str(time.time_ns())
        topics = TopicSettings.suffixed(suffix)
        settings = Settings(
            bootstrap_servers=broker.bootstrap_servers, topics=topics, publish_review=not args.no_review
        )
        ensure_topics(settings.kafka, partitions=args.partitions)
        port = free_port()
        env = dict(os.environ)
        env.update(
            {
                "TRIAGE_BOOTSTRAP_SERVERS": broker.bootstrap_servers,
                "TRIAGE_GROUP_ID": f"bench-{suffix}",
                **{
                    f"TRIAGE_TOPICS__{name.upper()}": getattr(topics, name)
                    for name in TopicSettings.model_fields
                },
                "TRIAGE_PUBLISH_REVIEW": "false" if args.no_review else "true",
                "TRIAGE_SESSION_TIMEOUT_MS": "6000",
                "TRIAGE_HEARTBEAT_INTERVAL_MS": "1000",
                "TRIAGE_BATCH_MAX_RECORDS": str(args.batch),
                "TRIAGE_BATCH_MAX_WAIT_MS": str(args.wait_ms),
                "TRIAGE_MODEL_DIR": str(args.model),
                "TRIAGE_HTTP_HOST": "127.0.0.1",
                "TRIAGE_HTTP_PORT": str(port),
                "TRIAGE_LOG_LEVEL": "WARNING",
                "PYTHONPATH": str(REPO),
            }
        )
        if args.trace:  # with --profile: the loop thread in the paced phase only
            cmd = [sys.executable, str(REPO / "benchmarks" / "trace_run.py"), str(args.trace)]
            if args.profile:
                env["TRACE_PROFILE"] = str(args.profile)
        elif args.profile:
            cmd = [sys.executable, "-c", PROFILED_RUN, str(args.profile)]
        else:
            cmd = [sys.executable, "-m", "triage.cli", "run"]
        log = open(Path(tmp) / "daemon.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        try:
            watcher = Watcher(broker.bootstrap_servers, topics, args.client)
            watcher.start()
            wait_ready(port, proc)
            while not watcher.ready():
                time.sleep(0.05)
            pids = {"daemon": proc.pid, "broker": broker.pid, "benchmark": os.getpid()}
            fast = run_phase(
                watcher, broker.bootstrap_servers, topics.input, [(k, v) for k, v, _ in full], None, pids
            )
            before = stage_totals(port)
            if args.trace:  # per-thread CPU of the paced phase (benchmarks/trace_run.py)
                proc.send_signal(signal.SIGUSR1)
            slow = run_phase(
                watcher,
                broker.bootstrap_servers,
                topics.input,
                [(k, v) for k, v, _ in paced],
                args.rate,
                pids,
            )
            after = stage_totals(port)
            if args.trace:
                proc.send_signal(signal.SIGUSR1)
            time.sleep(6)  # one drift publication interval (TRIAGE_DRIFT__INTERVAL_S, 5 s)
            drift = gauges(port, DRIFT_GAUGES)
            watcher.stop_event.set()
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
            log.close()
        if code != 0:
            print((Path(tmp) / "daemon.log").read_text()[-3000:])
            raise SystemExit(f"daemon exited with {code}")

    from triage.stream.service import score_threads

    print(
        f"\ntriage end-to-end benchmark  ({os.cpu_count()} CPU cores, "
        f"daemon score_threads {score_threads(Settings().score_threads)}, "
        f"batch_max_records {args.batch}, batch_max_wait_ms {args.wait_ms}, {args.partitions} partitions, "
        f"broker Tansu in memory, harness client {args.client})"
    )
    print(f"{'':38} {'msg/s':>8}   {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    for threads, r in score_rates.items():
        label = f"scoring only, {threads} torch thread{'s' if threads > 1 else ''}"
        print(f"{label:38} {r:8.0f}")
    print(f"{'pipeline only (Processor, no Kafka)':38} {pipeline_rate:8.0f}")
    print(f"{'  the same at 1 ms switch, GC threshold':38} {pipeline_switch_rate:8.0f}   (triage run's)")
    print(f"{'  the same in the daemon loop order':38} {stages_rate:8.0f}")
    print(
        f"{'e2e full speed, produce -> Flag':38} {fast['throughput']:8.0f}   {percentiles(fast['flag_lat'])}"
    )
    print(f"{'e2e full speed, produce -> audit':38} {'':8}   {percentiles(fast['audit_lat'])}")
    print(
        f"{f'e2e at {args.rate:.0f} msg/s, produce -> Flag':38} {slow['throughput']:8.0f}   "
        f"{percentiles(slow['flag_lat'])}"
    )
    print(f"{f'e2e at {args.rate:.0f} msg/s, produce -> audit':38} {'':8}   {percentiles(slow['audit_lat'])}")
    print(
        f"\nfull speed: {fast['decided']}/{fast['n']} records decided in {fast['seconds']:.2f} s "
        f"({len(fast['flag_lat'])} Flags); e2e / best scoring-only = {fast['throughput'] / score_rate:.0%}; "
        f"e2e / pipeline-only = {fast['throughput'] / pipeline_rate:.0%}"
    )
    print("\nCPU time per record (user + system, every thread; the daemon's drift child not included):")
    for name, label in (("fast", "full speed"), ("slow", f"at {args.rate:.0f} msg/s")):
        phase = fast if name == "fast" else slow
        parts = ", ".join(f"{who} {us:,.0f} µs" for who, us in phase["cpu_us"].items())
        print(f"  {label:<14} {parts}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\nwhere produce -> audit goes at {args.rate:.0f} msg/s (wall clock, ms):")
    for name, label in (
        ("to_batch", "produce -> daemon batch start"),
        ("in_daemon", "batch start -> audit built"),
        ("to_seen", "audit built -> seen by consumer"),
    ):
        print(f"  {label:36} {percentiles(slow['parts'][name])}")
    print(f"\ndaemon stages during the {args.rate:.0f} msg/s phase (mean per batch, from /metrics):")
    for stage, (total, count) in sorted(after.items()):
        t0, c0 = before.get(stage, (0.0, 0))
        if count > c0:
            print(f"  {stage:<10} {1000 * (total - t0) / (count - c0):7.2f} ms  ({count - c0} observations)")
    if args.trace:
        print_trace(json.loads(args.trace.read_text()), slow)
    if drift:
        window, jsd = drift.get(DRIFT_GAUGES[0], 0), drift.get(DRIFT_GAUGES[1], float("nan"))
        dropped = drift.get(DRIFT_GAUGES[2], 0)
        print(f"drift (daemon, child process): window {window:.0f}, JSD {jsd:.3f}, dropped {dropped:.0f}")
    else:
        print("drift: off (no topic model beside the classifier)")
    if args.profile:
        import pstats

        print(f"\ndaemon profile ({args.profile}), top 25 by cumulative time:")
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(25)
        print("top 25 by own time:")
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
