"""Wire a Daemon for `triage run`: HTTP endpoints first (so probes answer while the model loads), then the
verified model, then the Kafka loop."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

import structlog

from triage.errors import ConfigError
from triage.lifecycle.shutdown import Shutdown, StoppedError, install_process_shutdown, until_stopped
from triage.obs.health import Health
from triage.obs.http import ObsServer, listen_error
from triage.obs.metrics import Metrics
from triage.stream.daemon import EXIT_BROKER_UNAVAILABLE, Daemon, daemon_health
from triage.stream.drift import start_drift
from triage.stream.kafka_io import BrokerUnavailableError

if TYPE_CHECKING:
    from triage.config import ObsSettings, Settings
    from triage.pipeline.process import Processor, ScoredObserver

log = structlog.get_logger("triage.service")

# The daemon's threads hand work to each other all the time (the loop, the scoring thread, kafka-python's
# network threads: every poll, send and flush goes through one). A thread waiting for the GIL waits up to
# the interpreter's switch interval (5 ms) when another holds it: 1 ms cuts that wait per hand-off
# (benchmarks/e2e.py --trace; a poll(0) beside a busy thread, 2026-12-07: mean 12.6-15.6 ms -> 5.5-5.9 ms).
SWITCH_INTERVAL_S = 0.001
# The collector's first-generation threshold (700 allocations by default): a batch builds thousands of
# objects that stay alive until its outputs are sent (parsed messages, spaCy docs, records, Kafka futures), so
# at 700 the collector ran ~2 young collections per 100 records, each walking objects that reference
# counting frees anyway moments later (`process_batch`, 4,000 records: 14-26 us CPU per record in 110-204
# collections at 700, none at 10,000). Garbage in reference cycles waits for at most that many allocations.
GC_THRESHOLD = (10_000, 10, 10)


def score_threads(configured: int | None) -> int:
    """The `score_threads` setting, else one core less than usable (one is for parsing and Kafka), at
    least 1."""
    if configured:
        return configured
    from triage.model.scorer import usable_cpus

    return max(1, usable_cpus() - 1)


def load_processor(settings: Settings, *, on_scored: ScoredObserver | None = None) -> Processor:
    """The composition root of the core: the verified artifact (hash and normalization version checked by
    Scorer.load) inside a Processor; `on_scored` observes every scored report (the drift monitor's offer)."""
    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    threads = score_threads(settings.score_threads)
    scorer = Scorer.load(settings.model_dir, device=settings.device, threads=threads)
    log.info(
        "model_loaded",
        model_version=scorer.model_version,
        model_sha256=scorer.sha256,
        normalization_version=scorer.normalization_version,
        threshold=settings.threshold if settings.threshold is not None else scorer.threshold,
        device=scorer.device,
        score_threads=threads,
    )
    return Processor.from_settings(scorer, settings, on_scored=on_scored)


def start_obs_server(obs: ObsSettings, metrics: Metrics, health: Health) -> ObsServer:
    try:
        return ObsServer(metrics, health, obs.http_host, obs.http_port).start()
    except OSError as exc:
        raise ConfigError(
            listen_error("/metrics", obs.http_host, obs.http_port, exc, "--http-port", "--http-host")
        ) from exc


def run_service(settings: Settings, *, handle_signals: bool = True) -> int:
    """`triage run`: returns the process exit code (0 after SIGTERM/SIGINT and a clean shutdown, 3 the
    dead-letter topic refuses dead letters, 4 the broker did not answer within `broker_wait_s`; 1 also
    when the stop bound forced the exit with a batch in hand).

    Signal handlers go in first (the CLI installs them before its imports: triage.lifecycle.shutdown): a
    SIGTERM while the model loads also ends in a clean exit 0, and every stop ends within
    SHUTDOWN_BOUND_S. The composition root of `triage run`: each part gets its slice of `settings`, taken
    once here."""
    kafka, obs = settings.kafka, settings.obs
    shutdown = install_process_shutdown() if handle_signals else Shutdown()
    if handle_signals:  # the process is the daemon's own (the CLI), not a host that embeds it
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        gc.set_threshold(*GC_THRESHOLD)
    metrics = Metrics()
    health = daemon_health(kafka, obs)
    server = start_obs_server(obs, metrics, health)
    log.info("http_listening", host=obs.http_host, port=server.port)
    drift = None
    shutdown.log_signal()
    try:
        try:  # loading the topic model and starting its process, then seconds of torch and medspaCy loading:
            # a SIGTERM during either ends it at once (exit 0; a drift process started late is stopped)
            drift = until_stopped(
                lambda: start_drift(settings.drift, settings.model_dir, metrics), shutdown
            )  # off the hot path; or None
            observer = drift.offer if drift is not None else None
            processor = until_stopped(lambda: load_processor(settings, on_scored=observer), shutdown)
        except StoppedError:
            return 0
        daemon = Daemon(kafka, processor, metrics=metrics, health=health, shutdown=shutdown)
        try:
            code = daemon.run()
        except BrokerUnavailableError as exc:  # a finite broker_wait_s ran out at start-up
            log.error("broker_unavailable", exit_code=EXIT_BROKER_UNAVAILABLE)
            print(f"triage: error: {exc}", file=sys.stderr, flush=True)
            return EXIT_BROKER_UNAVAILABLE
        if daemon.fatal_error:
            print(f"triage: error: {daemon.fatal_error}", file=sys.stderr, flush=True)
        return code
    finally:
        if drift is not None:
            drift.stop(timeout_s=1.0)
        server.stop()
