"""`triage demo`: the whole product on one machine in under a minute.

Embedded broker (Tansu) on a free loopback port → topics → the live daemon in a background thread with the
shipped model → a synthetic ORU feed (plus a few deliberately broken records) → each Flag printed as it
arrives (ids and probability only: no PHI) → a summary → everything stopped.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, TopicPartition

from triage.config import Settings
from triage.errors import TriageError
from triage.pipeline.decide import PUBLISHING_ACTIONS
from triage.pipeline.process import Processor
from triage.stream.broker import EmbeddedBroker
from triage.stream.daemon import Daemon
from triage.stream.kafka_io import ensure_topics, make_consumer, make_producer, partitions_of
from triage.stream.service import load_processor

EXT_PROBABILITY_SUFFIX = "ich-probability"


@dataclass
class DemoSummary:
    records: int = 0
    messages: int = 0  # HL7 messages decided (a record may hold several)
    decisions: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    dead_letters: Counter[str] = field(default_factory=Counter)
    flags: int = 0
    flags_by_status: Counter[str] = field(default_factory=Counter)
    # what each decision did to its study's Flag (audit records' flag_action), "none" left out
    flag_actions: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    broker: str = ""

    @property
    def throughput(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0

    def flag_lines(self) -> list[str]:
        """Why "positive N" and "flags published M" differ: one Flag per study, not per message. A later
        positive report of a study already flagged (its final after the preliminary, an addendum) leaves the
        Flag unchanged; a corrected report turning negative and a cancellation re-publish it (inactive,
        entered-in-error) without being positive. Counted from the audit records' flag_action."""
        published = sum(n for a, n in self.flag_actions.items() if a in PUBLISHING_ACTIONS)
        why = {
            "unchanged": "'unchanged': a positive report of a study already flagged (e.g. its final after the"
            " preliminary) publishes nothing",
            "withdrawn": "'withdrawn': a corrected report turned negative (Flag re-published inactive)",
            "entered-in-error": "'entered-in-error': a cancelled report (Flag re-published)",
            "stale": "'stale': a report older than the one its Flag rests on (a preliminary after the final)"
            " publishes nothing",
        }
        lines = [
            f"flags published: {self.flags} ("
            + ", ".join(f"{k} {v}" for k, v in sorted(self.flags_by_status.items()))
            + f") for {self.decisions.get('positive', 0)} positive decision(s): one Flag per study",
            "  flag actions:  "
            + (", ".join(f"{k} {v}" for k, v in sorted(self.flag_actions.items())) or "none"),
            *(f"    {text}" for action, text in why.items() if self.flag_actions.get(action)),
        ]
        if published != self.flags:
            lines.append(
                f"  ({published} publications decided, {self.flags} read back from the worklist topic)"
            )
        return lines

    def lines(self) -> list[str]:
        return [
            f"records fed:     {self.records} (HL7 messages decided: {self.messages})",
            "decisions:       " + ", ".join(f"{k} {v}" for k, v in sorted(self.decisions.items())),
            *self.flag_lines(),
            "skipped:         " + (", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"),
            "dead-lettered:   "
            + (", ".join(f"{k} {v}" for k, v in sorted(self.dead_letters.items())) or "none"),
            f"throughput:      {self.throughput:.0f} records/s end to end ({self.seconds:.2f} s, broker "
            f"{self.broker})",
        ]


def broken_records() -> list[tuple[bytes, bytes, str]]:
    """Records a real feed sends sooner or later: (key, value, what it is). The daemon must dead-letter them
    with their bytes intact (or skip, for a non-ORU) and keep going."""
    return [
        (b"broken-1", b"\x00\x01 this is not HL7 at all \xff\xfe", "garbage bytes"),
        (
            b"broken-2",
            b"MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01|BRK0002|P|2.5.1\r"
            b"PID|1||123^^^HOSP^MR\rOBR|1|P1|F1|CTHEADWO^CT HEAD WITHOUT CONTRAST^L|||20240101110000"
            b"|||||||||||ACCBRK2||||20240101115900|||F\rOBX|1|TX|&IMP^Impression||||||||F\r",
            "ORU with an empty OBX",
        ),
    ]


def _probability(flag: dict[str, Any]) -> float | None:
    for ext in flag.get("extension", []):
        if str(ext.get("url", "")).endswith(EXT_PROBABILITY_SUFFIX):
            return float(ext["valueDecimal"])
    return None


def demo_settings(bootstrap_servers: str, model_dir: Path | None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "bootstrap_servers": bootstrap_servers,
        "group_id": "triage-demo",
        "session_timeout_ms": 6000,
        "heartbeat_interval_ms": 1000,
        "batch_max_wait_ms": 20,
        "http_port": 0,
        "log_level": "WARNING",
        **overrides,
    }
    if model_dir is not None:
        values["model_dir"] = model_dir
    return Settings(**values)


def demo_daemon(settings: Settings, processor: Processor) -> Daemon:
    """The demo's streaming loop: its /readyz rules are the settings' (TRIAGE_READY_STALL_S included)."""
    return Daemon(settings.kafka, processor, obs=settings.obs)


def run_demo(
    n: int = 200,
    *,
    seed: int = 0,
    partitions: int = 3,
    model_dir: Path | None = None,
    echo: Callable[[str], None] = print,
    show_flags: bool = True,
    timeout_s: float = 120.0,
    hold: Callable[[str, Callable[[], bool]], None] | None = None,
) -> DemoSummary:
    """Run the demo end to end; returns the summary (also printed through `echo`). With `hold`, after the
    summary ``hold(bootstrap_servers, alive)`` is called while the broker and the daemon are still up
    (`alive()`: both running); everything stops when it returns (`triage demo --keep`)."""
    if n < 1:
        raise TriageError("--n must be at least 1")
    from triage.offline.synth.oru import synth_stream

    with EmbeddedBroker() as broker:
        settings = demo_settings(broker.bootstrap_servers, model_dir)
        echo(f"broker:  Tansu on {broker.bootstrap_servers} (in memory, stopped at the end)")
        ensure_topics(settings.kafka, partitions=partitions)
        processor = load_processor(settings)
        device = processor.scorer.device
        echo(f"model:   {processor.model_version} (threshold {processor.threshold:.3f}, {device})")
        daemon = demo_daemon(settings, processor)
        errors: list[BaseException] = []

        def target() -> None:
            try:
                daemon.run()
            except BaseException as exc:  # surfaced in the main thread below
                errors.append(exc)

        thread = threading.Thread(target=target, name="triage-daemon", daemon=True)
        thread.start()
        try:
            _wait(lambda: daemon.health.joined or bool(errors), 60.0, "the daemon did not join its group")
            if errors:
                raise errors[0]
            feed = [(k, v) for k, v, _ in synth_stream(n, seed=seed)]
            feed += [(k, v) for k, v, _ in broken_records()]
            echo(f"feeding: {len(feed)} records ({n} synthetic ORU/ADT + {len(broken_records())} broken) ...")
            summary = _feed_and_watch(settings, feed, echo if show_flags else None, timeout_s, errors)
            summary.broker = broker.bootstrap_servers
            for line in summary.lines():
                echo(line)
            if hold is not None:
                hold(broker.bootstrap_servers, lambda: broker.running and thread.is_alive() and not errors)
        finally:
            daemon.stop("demo finished")
            thread.join(timeout=30)
        if errors:
            raise errors[0]
    return summary


def _wait(cond: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > deadline:
            raise TriageError(what)
        time.sleep(0.05)


def _feed_and_watch(
    settings: Settings,
    feed: list[tuple[bytes, bytes]],
    echo: Callable[[str], None] | None,
    timeout_s: float,
    errors: list[BaseException],
) -> DemoSummary:
    t = settings.topics
    reader = make_consumer(settings.kafka, group=False)
    try:
        tps = [
            TopicPartition(topic, p) for topic in (t.worklist, t.audit) for p in partitions_of(reader, topic)
        ]
        reader.assign(tps)
        reader.seek_to_beginning(*tps)
        producer = make_producer(settings.kafka)
        start = time.perf_counter()
        for key, value in feed:
            producer.send(t.input, key=key, value=value)
        producer.flush()
        producer.close()
        summary = DemoSummary(records=len(feed))
        seen: set[tuple[int, int]] = set()
        deadline = time.monotonic() + timeout_s
        while len(seen) < len(feed):
            if errors:
                raise errors[0]
            if time.monotonic() > deadline:
                raise TriageError(f"timed out: {len(seen)} of {len(feed)} records decided")
            _consume(reader, t.worklist, summary, seen, echo)
        summary.seconds = time.perf_counter() - start
        _consume(reader, t.worklist, summary, seen, echo, timeout_ms=200)  # flags acked with the last audits
        return summary
    finally:
        reader.close(autocommit=False)


def _consume(
    reader: KafkaConsumer,
    worklist: str,
    summary: DemoSummary,
    seen: set[tuple[int, int]],
    echo: Callable[[str], None] | None,
    timeout_ms: int = 100,
) -> None:
    for tp, batch in reader.poll(timeout_ms=timeout_ms).items():
        for rec in batch:
            body = json.loads(rec.value)
            if tp.topic == worklist:
                summary.flags += 1
                summary.flags_by_status[body["status"]] += 1
                if echo is not None:
                    p = _probability(body)
                    accession = next(
                        (
                            i["value"]
                            for i in body.get("identifier", [])
                            if i.get("system", "").endswith("accession")
                        ),
                        "?",
                    )
                    prob = f"{p:.3f}" if p is not None else "-"
                    priority = dict(rec.headers or []).get("triage-priority", b"-").decode("utf-8", "replace")
                    echo(
                        f"  FLAG {body['status']:<16} {priority:<8} accession {accession:<12} id {body['id']}"
                        f"  p={prob}"
                    )
                continue
            summary.messages += 1
            decision = body.get("decision", "?")
            summary.decisions[decision] += 1
            if decision == "skipped":
                summary.skipped[body.get("reason") or "?"] += 1
            elif decision == "dead_letter":
                summary.dead_letters[body.get("reason") or "?"] += 1
            if body.get("flag_action") not in (None, "none"):
                summary.flag_actions[body["flag_action"]] += 1
            src = body.get("source") or {}
            seen.add((int(src.get("partition", -1)), int(src.get("offset", -1))))
