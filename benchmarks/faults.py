"""Fault battery (issue 10): `triage run` under SIGKILLs, a network cut, a SIGTERM during group join and two
instances with one killed, on an embedded broker; counts what the output topics say. Not a test: prints
markdown tables.

    .venv/bin/python benchmarks/faults.py [--n 10000] [--kills 20] [--cut-s 30] [--seed 0] [--rate 40]
                                          [--partitions 4] [--join-wait 240] [--model model_artifacts]

Set-up: a Tansu broker (memory) and `tansu proxy` in front of it; every daemon connects through the proxy,
this script (feed and readers) straight to the broker. The feed is `synth_stream(N)` (P/F/C lifecycles,
other procedures, ADTs) with 1 % of its records replaced by `triage.offline.synth.mutate` mutants (dead
letters), produced at `--rate` records/s while the faults run; what is left is produced at once before the
final catch-up. Faults, in order, each with the time to recover (fault → first audit record of the successor):

1. `--kills` SIGKILLs of the daemon at random moments (seeded): during start-up / group join, right after
   the partitions were assigned (catch-up of the backlog that built up while it was down) or in steady
   state; a new instance is started at once after each;
2. a network cut: the proxy is killed for `--cut-s` seconds and restarted on the same port
   (recovery = proxy back → first audit);
3. a SIGTERM during group join: a second instance is started and gets SIGTERM after `daemon_started`,
   before `partitions_assigned` (recovery = SIGTERM → first audit of any partition, capped at --join-wait);
4. two instances, one killed: a second instance joins, both hold partitions, one (seeded) is SIGKILLed
   (recovery = kill → first audit of a partition the killed one held);
5. SIGTERM in every state (issue 16; alone with `--sigterm-only`): `triage run` 1 s after start, in the
   start-up broker wait, during the group join, idle, mid-stream, with the network cut idle and mid-stream
   (produce retried); `triage mllp` idle and with a frame awaiting its broker ACK behind a cut;
   `triage replay` mid-run with the broker up and cut. Time from SIGTERM to exit and the exit code.

Then the survivor decides everything, gets SIGTERM (exit code reported) and the output topics are read:
lost decisions (input records with no audit record and no dead letter), conflicting decisions (one
(record, message index) with two decisions or two Flag ids), Flags with different ids for one accession,
duplicate output records per topic (at-least-once redeliveries).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import faults_codecs  # noqa: E402  (benchmarks/, the script's own folder)
import topic_read  # noqa: E402

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings  # noqa: E402
from triage.offline.synth.mutate import mutants  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker, EmbeddedProxy  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402


class Daemon:
    """One `triage run` subprocess with its JSON log in a file."""

    count = 0

    def __init__(self, env: dict[str, str], tmp: Path, argv: tuple[str, ...] = ("run",)) -> None:
        Daemon.count += 1
        self.name = f"d{Daemon.count}"
        self.log_path = tmp / f"{self.name}.log"
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "triage.cli", *argv],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=REPO,
            )
        self.started = time.monotonic()

    def events(self) -> list[dict[str, Any]]:
        out = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out

    def wait_event(self, event: str, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self.proc.poll() is None:
            if any(e.get("event") == event for e in self.events()):
                return True
            time.sleep(0.05)
        return False

    def assigned(self) -> set[int]:
        got = [e for e in self.events() if e.get("event") == "partitions_assigned"]
        return set(got[-1]["partitions"]) if got else set()

    def kill(self) -> float:
        self.proc.kill()
        t = time.monotonic()
        self.proc.wait(timeout=30)
        return t

    def alive(self) -> bool:
        return self.proc.poll() is None

    def readyz(self) -> int:
        """HTTP status of this daemon's /readyz (0: no answer)."""
        import urllib.error
        import urllib.request

        port = next((e["port"] for e in self.events() if e.get("event") == "http_listening"), None)
        if port is None:
            return 0
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except OSError:
            return 0

    def term(self) -> tuple[int, float]:
        """SIGTERM; (exit code, seconds to exit)."""
        t = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout=10), time.monotonic() - t
        return code, time.monotonic() - t


class Feeder(threading.Thread):
    """Produces the feed at `rate` records/s (straight to the broker) until told to hurry."""

    def __init__(
        self, bootstrap: str, topic: str, feed: list[tuple[bytes | None, bytes]], rate: float
    ) -> None:
        super().__init__(daemon=True)
        from kafka import KafkaProducer

        self.producer = KafkaProducer(
            bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=4 << 20
        )
        self.topic, self.feed, self.rate = topic, feed, rate
        self.sent = 0
        self.hurry = threading.Event()
        self.lock = threading.Lock()
        self.probes: list[tuple[bytes | None, bytes]] = []
        self.probed = 0

    def probe(self, partitions: int) -> None:
        """One reserve record to each partition right now (so every fault has input to recover on)."""
        with self.lock:
            for p in range(partitions):
                key, value = self.probes[self.probed % len(self.probes)]
                self.producer.send(self.topic, key=key, value=value, partition=p)
                self.probed += 1
            self.producer.flush()

    def run(self) -> None:
        start = time.monotonic()
        for i, (key, value) in enumerate(self.feed):
            if not self.hurry.is_set():
                delay = start + i / self.rate - time.monotonic()
                if delay > 0:
                    self.hurry.wait(delay)
            with self.lock:
                self.producer.send(self.topic, key=key, value=value)
                self.sent = i + 1
        with self.lock:
            self.producer.flush()


class Watcher(threading.Thread):
    """Reads the audit topic as it is written: arrival time and source partition of every audit record."""

    def __init__(self, bootstrap: str, topic: str, partitions: int) -> None:
        super().__init__(daemon=True)
        from kafka import KafkaConsumer, TopicPartition

        self.consumer = KafkaConsumer(
            bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=20
        )
        self.consumer.assign([TopicPartition(topic, p) for p in range(partitions)])
        self.arrivals: list[tuple[float, int, int]] = []  # (monotonic, partition, offset)
        self.coords: set[tuple[int, int]] = set()
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            polled = self.consumer.poll(timeout_ms=100)
            now = time.monotonic()
            with self.lock:
                for batch in polled.values():
                    for rec in batch:
                        src = json.loads(rec.value)["source"]
                        self.arrivals.append((now, src["partition"], src["offset"]))
                        self.coords.add((src["partition"], src["offset"]))
        self.consumer.close(autocommit=False)

    def first_after(
        self, t: float, partitions: set[int] | None = None, timeout_s: float = 300.0
    ) -> float | None:
        """Seconds from `t` to the first audit record that arrived after `t` (+0.2 s), None on timeout."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                hits = [
                    a for a, p, _ in self.arrivals if a > t + 0.2 and (partitions is None or p in partitions)
                ]
            if hits:
                return min(hits) - t
            time.sleep(0.1)
        return None


def read_all(bootstrap: str, topic: str, settle_s: float = 2.0) -> list[Any]:
    return topic_read.read_all(bootstrap, topic, settle_s=settle_s, poll_ms=200)


def _h(rec: Any) -> dict[str, bytes]:
    return dict(rec.headers or [])


def _coord(h: dict[str, bytes]) -> tuple[int, int, int]:
    return (
        int(h["triage-source-partition"]),
        int(h["triage-source-offset"]),
        int(h.get("triage-message-index", b"0")),
    )


def count_outputs(bootstrap: str, topics: TopicSettings) -> dict[str, Any]:
    inputs = {(r.partition, r.offset) for r in read_all(bootstrap, topics.input)}
    audits = [json.loads(r.value) for r in read_all(bootstrap, topics.audit)]
    flags = read_all(bootstrap, topics.worklist)
    dead = read_all(bootstrap, topics.dead_letter)
    states = read_all(bootstrap, topics.flag_state)

    decisions: dict[tuple[int, int, int], list[dict[str, Any]]] = defaultdict(list)
    for a in audits:
        s = a["source"]
        decisions[(s["partition"], s["offset"], s["message_index"])].append(a)
    decided = {(p, o) for p, o, _ in decisions}
    dead_coords = Counter(_coord(_h(r)) for r in dead)
    lost = inputs - decided - {(p, o) for p, o, _ in dead_coords}
    conflicting = 0
    for group in decisions.values():
        kinds = {(a["decision"], a.get("reason") if a["decision"] == "dead_letter" else None) for a in group}
        ids = {a["flag_id"] for a in group if a.get("flag_id")}
        conflicting += len(kinds) > 1 or len(ids) > 1
    ids_per_accession: dict[bytes, set[str]] = defaultdict(set)
    for f in flags:
        ids_per_accession[f.key].add(json.loads(f.value)["id"])
    flag_copies = Counter((*_coord(_h(f)), _h(f).get("triage-flag-action")) for f in flags)
    positives = {a["flag_id"] for g in decisions.values() for a in g if a["decision"] == "positive"}
    flag_ids = {json.loads(f.value)["id"] for f in flags}
    return {
        "input records": len(inputs),
        "audit records": len(audits),
        "Flags": len(flags),
        "dead letters": len(dead),
        "flag-state records": len(states),
        "lost": len(lost),
        "lost_examples": sorted(lost)[:5],
        "conflicting": conflicting,
        "flag ids split": sum(len(ids) > 1 for ids in ids_per_accession.values()),
        "positives without Flag": len(positives - flag_ids),
        "dup audit": sum(len(g) - 1 for g in decisions.values()),
        "dup flags": sum(c - 1 for c in flag_copies.values()),
        "dup dead letters": sum(c - 1 for c in dead_coords.values()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="input records")
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--cut-s", type=float, default=30.0, help="network cut (proxy down), seconds")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rate", type=float, default=40.0, help="records/s produced while the faults run")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--join-wait", type=float, default=240.0, help="cap on one recovery wait, seconds")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument(
        "--sigterm-only", action="store_true", help="only the SIGTERM-in-every-state cases (a few minutes)"
    )
    ap.add_argument(
        "--cases",
        choices=("all", "faults", "codecs"),
        default="all",
        help="faults: the five above; codecs: every Kafka codec, undecodable batches (faults_codecs.py)",
    )
    ap.add_argument("--codec-n", type=int, default=60, help="records per codec case")
    args = ap.parse_args()
    rng = random.Random(f"faults:{args.seed}")
    if args.sigterm_only:
        with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp_name:
            report_sigterm(sigterm_battery(broker, args.model, Path(tmp_name)))
        return
    codec_rows = []
    if args.cases in ("all", "codecs"):
        codec_rows = faults_codecs.codec_cases(args.codec_n, args.model, args.seed)
        if args.cases == "codecs":
            faults_codecs.print_codec_table(codec_rows)
            return

    stream = synth_stream(args.n, seed=args.seed, lifecycle_rate=0.2, cancel_rate=0.05)
    feed: list[tuple[bytes | None, bytes]] = [(k, v) for k, v, _ in stream]
    bad = mutants(feed[:200], max(1, args.n // 100), seed=args.seed)
    for m, pos in zip(bad, rng.sample(range(len(feed)), len(bad)), strict=True):
        if len(m.value) < 900_000:  # the broker's own record limit is not under test here
            feed[pos] = (m.key if m.key is None or len(m.key) < 10_000 else m.key[:100], m.value)

    faults: list[dict[str, Any]] = []
    t_start = time.monotonic()
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        topics = TopicSettings.suffixed(str(time.time_ns()))
        ensure_topics(
            Settings(bootstrap_servers=broker.bootstrap_servers, topics=topics).kafka,
            partitions=args.partitions,
        )
        proxy = EmbeddedProxy(broker.bootstrap_servers, tmp / "proxy.log")
        proxy.start()
        env = dict(os.environ)
        env.update(
            {
                "TRIAGE_BOOTSTRAP_SERVERS": proxy.address,
                "TRIAGE_GROUP_ID": f"faults-{time.time_ns()}",
                **{f"TRIAGE_TOPICS__{f.upper()}": getattr(topics, f) for f in TopicSettings.model_fields},
                "TRIAGE_SESSION_TIMEOUT_MS": "3000",
                "TRIAGE_HEARTBEAT_INTERVAL_MS": "600",
                "TRIAGE_MODEL_DIR": str(args.model),
                "TRIAGE_DEVICE": "cpu",
                "TRIAGE_HTTP_HOST": "127.0.0.1",
                "TRIAGE_HTTP_PORT": "0",
                "TRIAGE_LOG_LEVEL": "INFO",
                "OMP_NUM_THREADS": "1",
                "PYTHONPATH": str(REPO),
            }
        )
        env.pop("TRIAGE_CONFIG", None)
        watcher = Watcher(broker.bootstrap_servers, topics.audit, args.partitions)
        watcher.start()
        feeder = Feeder(broker.bootstrap_servers, topics.input, feed, args.rate)
        feeder.probes = [(k, v) for k, v, _ in synth_stream(200, seed=args.seed + 1, lifecycle_rate=0.0)]
        feeder.start()
        daemons: list[Daemon] = []

        def spawn() -> Daemon:
            d = Daemon(env, tmp)
            daemons.append(d)
            return d

        def backlog() -> int:
            with watcher.lock:
                return feeder.sent + feeder.probed - len(watcher.coords)

        # 1. SIGKILLs
        current = spawn()
        for k in range(args.kills):
            moment = rng.choice(("start-up/join", "catch-up", "catch-up", "steady"))
            if moment == "start-up/join":
                time.sleep(rng.uniform(1.0, 8.0))
                moment = "start-up/join" if not current.assigned() else "catch-up"
            else:
                current.wait_event("partitions_assigned", 120)
                time.sleep(rng.uniform(0.0, 1.5) if moment == "catch-up" else rng.uniform(3.0, 10.0))
            lag = backlog()
            t = current.kill()
            feeder.probe(args.partitions)
            current = spawn()
            recover = watcher.first_after(t, timeout_s=args.join_wait)
            faults.append({"fault": f"SIGKILL ({moment})", "recover": recover, "backlog": lag})
            print(f"kill {k + 1}/{args.kills} {moment}: backlog {lag}, recovered in {recover}", flush=True)

        # 2. network cut
        current.wait_event("partitions_assigned", 120)
        time.sleep(3)
        proxy.cut()
        t_cut = time.monotonic()
        red_after, samples = None, []  # /readyz every 0.5 s during the cut (issue 16: it said 200)
        while time.monotonic() - t_cut < args.cut_s:
            code = current.readyz()
            samples.append(code)
            if code != 200 and red_after is None:
                red_after = time.monotonic() - t_cut
            time.sleep(0.5)
        proxy.start()
        t_back = time.monotonic()
        feeder.probe(args.partitions)
        green_after = None
        while time.monotonic() - t_back < args.join_wait and current.alive():
            if current.readyz() == 200:
                green_after = time.monotonic() - t_back
                break
            time.sleep(0.25)
        recover = watcher.first_after(t_back, timeout_s=args.join_wait)
        ready_note = (
            f"/readyz 503 {red_after:.1f} s after the cut, 200 in {samples.count(200)}/{len(samples)} samples"
            f" during it, 200 again {green_after:.1f} s after the network came back"
            if red_after is not None and green_after is not None
            else f"/readyz during the cut: {samples.count(200)}/{len(samples)} 200, green {green_after}"
        )
        faults.append(
            {
                "fault": f"network cut {args.cut_s:.0f} s",
                "recover": recover,
                "backlog": backlog(),
                "t0": t_cut,
                "note": ready_note,
            }
        )
        print(f"network cut: daemon alive {current.alive()}, recovered {recover} s after the proxy came back")
        print(f"network cut: {ready_note}")
        if not current.alive():
            current = spawn()

        # 3. SIGTERM during group join (a second instance joining while the first one works)
        joiner = spawn()
        joiner.wait_event("daemon_started", 120)
        time.sleep(rng.uniform(0.0, 0.5))
        in_join = not joiner.assigned()
        joiner.proc.send_signal(signal.SIGTERM)
        t_term = time.monotonic()
        feeder.probe(args.partitions)
        code = joiner.proc.wait(timeout=120)
        recover = watcher.first_after(t_term, timeout_s=args.join_wait)
        faults.append(
            {
                "fault": "SIGTERM during group join" if in_join else "SIGTERM (after join)",
                "recover": recover,
                "backlog": backlog(),
                "note": f"exit code {code}",
            }
        )
        print(f"SIGTERM in join ({in_join}): exit {code}, survivor decided again after {recover} s")

        # 4. two instances, one killed
        second = spawn()
        deadline = time.monotonic() + args.join_wait

        def split() -> bool:
            a, b = second.assigned(), current.assigned()
            return bool(a and b and not (a & b) and len(a | b) == args.partitions)

        while time.monotonic() < deadline and not split():
            time.sleep(0.2)
        both = split()
        victim, survivor = (current, second) if rng.random() < 0.5 else (second, current)
        held = victim.assigned()
        time.sleep(rng.uniform(1.0, 4.0))
        t = victim.kill()
        feeder.probe(args.partitions)
        recover = watcher.first_after(t, partitions=held or None, timeout_s=args.join_wait)
        faults.append(
            {
                "fault": "two instances, one SIGKILLed",
                "recover": recover,
                "backlog": backlog(),
                "note": f"split {sorted(victim.assigned())}/{sorted(survivor.assigned())}"
                if both
                else "no split",
            }
        )
        print(f"two instances (split {both}): survivor took over in {recover} s")
        current = survivor

        # final catch-up
        feeder.hurry.set()
        feeder.join()
        feeder.producer.close()
        t_rest = time.monotonic()
        inputs = len(feed) + feeder.probed
        while time.monotonic() - t_rest < 600:
            dead_n = len(read_all(broker.bootstrap_servers, topics.dead_letter, settle_s=0.5))
            with watcher.lock:
                covered = len(watcher.coords)
            if covered >= inputs - dead_n and covered >= inputs * 0.9:
                break
            if not current.alive():
                current = spawn()
            time.sleep(2)
        time.sleep(3)
        current.proc.send_signal(signal.SIGTERM)
        final_code = current.proc.wait(timeout=120)
        watcher.stop.set()
        counts = count_outputs(broker.bootstrap_servers, topics)
        errors = Counter(
            f"{e.get('logger', '?')}: {str(e.get('event'))[:60]}"
            for d in daemons
            for e in d.events()
            if e.get("level") in ("error", "critical")
        )
        proxy.cut()
        stops = sigterm_battery(broker, args.model, tmp)
    total_s = time.monotonic() - t_start
    report(args, faults, counts, final_code, errors, len(daemons), total_s)
    report_sigterm(stops)
    if codec_rows:
        faults_codecs.print_codec_table(codec_rows)


def sigterm_battery(broker: EmbeddedBroker, model: Path, tmp: Path) -> list[tuple[str, str, int, float]]:
    """SIGTERM in every state (issue 16): (command, state, exit code, seconds from SIGTERM to exit). Each
    case gets fresh topics; the network is cut with a `tansu proxy` in front of the broker."""
    from triage.stream.broker import free_port

    rows: list[tuple[str, str, int, float]] = []
    feed = [(k, v) for k, v, _ in synth_stream(3000, seed=11, lifecycle_rate=0.0)]

    def env_for(bootstrap: str, topics: TopicSettings) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "TRIAGE_BOOTSTRAP_SERVERS": bootstrap,
                "TRIAGE_GROUP_ID": f"stop-{time.time_ns()}",
                **{f"TRIAGE_TOPICS__{f.upper()}": getattr(topics, f) for f in TopicSettings.model_fields},
                "TRIAGE_SESSION_TIMEOUT_MS": "10000",
                "TRIAGE_MODEL_DIR": str(model),
                "TRIAGE_DEVICE": "cpu",
                "TRIAGE_HTTP_HOST": "127.0.0.1",
                "TRIAGE_HTTP_PORT": "0",
                "TRIAGE_LOG_LEVEL": "INFO",
                "TRIAGE_BATCH_MAX_RECORDS": "32",
                "OMP_NUM_THREADS": "1",
                "PYTHONPATH": str(REPO),
            }
        )
        env.pop("TRIAGE_CONFIG", None)
        return env

    def case(command: str, state: str, records: int = 0, partitions: int = 1) -> Any:
        topics = TopicSettings.suffixed(str(time.time_ns()))
        ensure_topics(
            Settings(bootstrap_servers=broker.bootstrap_servers, topics=topics).kafka, partitions=partitions
        )
        if records:
            from kafka import KafkaProducer

            producer = KafkaProducer(bootstrap_servers=broker.bootstrap_servers, linger_ms=5)
            for k, v in feed[:records]:
                producer.send(topics.input, key=k, value=v)
            producer.flush()
            producer.close()
        proxy = EmbeddedProxy(broker.bootstrap_servers, tmp / "proxy.log").start()
        return topics, proxy

    def record(command: str, state: str, d: Daemon, proxy: EmbeddedProxy) -> None:
        code, took = d.term()
        proxy.cut()
        rows.append((command, state, code, took))
        print(f"SIGTERM {command} / {state}: exit {code} in {took:.1f} s", flush=True)

    run = ("run",)
    # triage run
    topics, proxy = case("run", "within 1 s of start")
    d = Daemon(env_for(proxy.address, topics), tmp, run)
    time.sleep(1.0)
    record("run", "1 s after start (model loading)", d, proxy)

    topics, proxy = case("run", "broker wait")
    d = Daemon(env_for(f"127.0.0.1:{free_port()}", topics), tmp, run)
    d.wait_event("broker_unreachable", 120)
    record("run", "start-up broker wait (no broker)", d, proxy)

    topics, proxy = case("run", "join", partitions=4)
    d = Daemon(env_for(proxy.address, topics), tmp, run)
    d.wait_event("daemon_started", 120)
    record("run", "during group join", d, proxy)

    topics, proxy = case("run", "idle")
    d = Daemon(env_for(proxy.address, topics), tmp, run)
    d.wait_event("partitions_assigned", 120)
    time.sleep(2.0)
    record("run", "idle, broker up", d, proxy)

    topics, proxy = case("run", "mid-batch", records=3000)
    d = Daemon(env_for(proxy.address, topics), tmp, run)
    d.wait_event("decision", 120)
    record("run", "mid-stream (3,000-record backlog), broker up", d, proxy)

    topics, proxy = case("run", "broker gone idle")
    d = Daemon(env_for(proxy.address, topics), tmp, run)
    d.wait_event("partitions_assigned", 120)
    time.sleep(2.0)
    proxy.cut()
    time.sleep(5.0)
    record("run", "broker gone (network cut 5 s), idle", d, proxy)

    topics, proxy = case("run", "broker gone mid-stream", records=3000)
    d = Daemon(env_for(proxy.address, topics), tmp, run)
    d.wait_event("decision", 120)
    proxy.cut()
    time.sleep(3.0)
    record("run", "broker gone mid-stream (retrying produce)", d, proxy)

    # triage mllp
    for state, cut in (("idle, broker up", False), ("network cut, a frame awaiting its ACK", True)):
        topics, proxy = case("mllp", state)
        port = free_port()
        argv = ("mllp", "--host", "127.0.0.1", "--port", str(port), "--log-level", "INFO")
        d = Daemon(env_for(proxy.address, topics), tmp, argv)
        d.wait_event("mllp_listening", 120)
        sock = None
        if cut:
            import socket

            from triage.mllp import frame

            proxy.cut()
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.sendall(frame(feed[0][1]))
            time.sleep(1.0)
        record("mllp", state, d, proxy)
        if sock is not None:
            sock.close()

    # triage replay
    for state, cut in (("mid-replay, broker up", False), ("mid-replay, network cut", True)):
        topics, proxy = case("replay", state, records=3000)
        out = tmp / f"replay-{time.time_ns()}.jsonl"
        argv = (
            *("replay", "--topic", topics.input, "--model", str(model), "--device", "cpu"),
            *("--out", str(out), "--no-progress", "--batch-size", "64", "--throttle-ms", "100"),
            *("--checkpoint", str(tmp / f"ckpt-{time.time_ns()}")),
        )
        d = Daemon(env_for(proxy.address, topics), tmp, argv)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
            time.sleep(0.1)
        if cut:
            proxy.cut()
            time.sleep(1.0)
        record("replay", state, d, proxy)
    return rows


def report_sigterm(rows: list[tuple[str, str, int, float]]) -> None:
    from triage.lifecycle.shutdown import SHUTDOWN_BOUND_S

    print(f"\n### SIGTERM in every state ({os.cpu_count()} CPU cores; bound {SHUTDOWN_BOUND_S:.0f} s)\n")
    print("| command | state at SIGTERM | exit code | SIGTERM → exit (s) |\n|---|---|---:|---:|")
    for command, state, code, took in rows:
        print(f"| `triage {command}` | {state} | {code} | {took:.1f} |")


def report(
    args: argparse.Namespace,
    faults: list[dict[str, Any]],
    counts: dict[str, Any],
    final_code: int,
    errors: Counter[str],
    n_daemons: int,
    total_s: float,
) -> None:
    print(
        f"\n### Fault battery: {args.n:,} records, seed {args.seed}, {args.partitions} partitions, "
        f"{args.rate:.0f} records/s during the faults, {n_daemons} daemon processes, {total_s / 60:.1f} min, "
        f"{os.cpu_count()} CPU cores\n"
    )
    print("| fault | times | recovery s (median) | recovery s (max) | backlog at fault (max records) |")
    print("|---|---:|---:|---:|---:|")
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in faults:
        by[f["fault"]].append(f)
    for name, group in by.items():
        rec = [f["recover"] for f in group if f["recover"] is not None]
        timeouts = len(group) - len(rec)
        med = f"{statistics.median(rec):.1f}" if rec else "-"
        worst = f"{max(rec):.1f}" if rec else "-"
        if timeouts:
            worst += f" ({timeouts} over {args.join_wait:.0f} s)"
        notes = "; ".join(sorted({f["note"] for f in group if f.get("note")}))
        print(
            f"| {name}{f' ({notes})' if notes else ''} | {len(group)} | {med} | {worst} | "
            f"{max(f['backlog'] for f in group)} |"
        )
    print("\n| check | count | required |\n|---|---:|---|")
    rows = [
        ("input records", counts["input records"], ""),
        ("lost decisions (no audit record, no dead letter)", counts["lost"], "0"),
        ("conflicting decisions for one (record, message)", counts["conflicting"], "0"),
        ("accessions whose Flags carry different ids", counts["flag ids split"], "0"),
        ("positive decisions without a Flag on the worklist", counts["positives without Flag"], "0"),
        ("duplicate audit records (redelivered)", counts["dup audit"], "report"),
        ("duplicate Flags (same record, message and action)", counts["dup flags"], "report"),
        ("duplicate dead letters", counts["dup dead letters"], "report"),
        (
            "audit records / Flags / dead letters / flag-state records",
            f"{counts['audit records']:,} / {counts['Flags']:,} / {counts['dead letters']:,} / "
            f"{counts['flag-state records']:,}",
            "",
        ),
        ("exit code of the last daemon after SIGTERM", final_code, "0"),
    ]
    for name, value, required in rows:
        print(f"| {name} | {value} | {required} |")
    if counts["lost_examples"]:
        print(f"\nlost (partition, offset): {counts['lost_examples']}")
    if errors:
        print("\nerror-level log lines of all daemons (logger: event, count):")
        for line, c in errors.most_common(12):
            print(f"  {c:5d}  {line}")


if __name__ == "__main__":
    main()
