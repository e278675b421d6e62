"""Wire a Daemon for `triage run`: HTTP endpoints first (so probes answer while the model loads), then the
verified model, then the Kafka loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import structlog

from triage.errors import ConfigError
from triage.lifecycle.shutdown import Shutdown, StoppedError, install_process_shutdown, until_stopped
from triage.obs.health import Health
from triage.obs.http import ObsServer
from triage.obs.metrics import Metrics
from triage.stream.daemon import EXIT_BROKER_UNAVAILABLE, Daemon, daemon_health
from triage.stream.drift import start_drift
from triage.stream.kafka_io import BrokerUnavailableError

if TYPE_CHECKING:
    from triage.config import Settings
    from triage.pipeline.process import Processor, ScoredObserver

log = structlog.get_logger("triage.service")


def score_threads(settings: Settings) -> int:
    """settings.score_threads, else one core less than usable (one is for parsing and Kafka), at least 1."""
    if settings.score_threads:
        return settings.score_threads
    from triage.model.scorer import usable_cpus

    return max(1, usable_cpus() - 1)


def load_processor(settings: Settings, *, on_scored: ScoredObserver | None = None) -> Processor:
    """The verified artifact (hash and normalization version checked by Scorer.load) inside a Processor;
    `on_scored` observes every scored report (the drift monitor's offer)."""
    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    scorer = Scorer.load(settings.model_dir, device=settings.device, threads=score_threads(settings))
    log.info(
        "model_loaded",
        model_version=scorer.model_version,
        model_sha256=scorer.sha256,
        normalization_version=scorer.normalization_version,
        threshold=settings.threshold if settings.threshold is not None else scorer.threshold,
        device=scorer.device,
        score_threads=score_threads(settings),
    )
    return Processor.from_settings(scorer, settings, on_scored=on_scored)


def start_obs_server(settings: Settings, metrics: Metrics, health: Health) -> ObsServer:
    try:
        return ObsServer(metrics, health, settings.http_host, settings.http_port).start()
    except OSError as exc:
        raise ConfigError(
            f"cannot serve /metrics on {settings.http_host}:{settings.http_port}: {exc.strerror}"
            " (choose another --http-port, or 0 for any free port)"
        ) from exc


def run_service(settings: Settings, *, handle_signals: bool = True) -> int:
    """`triage run`: returns the process exit code (0 after SIGTERM/SIGINT and a clean shutdown, 3 the
    dead-letter topic refuses dead letters, 4 the broker did not answer within `broker_wait_s`; 1 also
    when the stop bound forced the exit with a batch in hand).

    Signal handlers go in first (the CLI installs them before its imports: triage.lifecycle.shutdown): a
    SIGTERM while the model loads also ends in a clean exit 0, and every stop ends within
    SHUTDOWN_BOUND_S."""
    shutdown = install_process_shutdown() if handle_signals else Shutdown()
    metrics = Metrics()
    health = daemon_health(settings)
    server = start_obs_server(settings, metrics, health)
    log.info("http_listening", host=settings.http_host, port=server.port)
    drift = None
    shutdown.log_signal()
    try:
        try:  # loading the topic model and starting its process, then seconds of torch and medspaCy loading:
            # a SIGTERM during either ends it at once (exit 0; a drift process started late is stopped)
            drift = until_stopped(
                lambda: start_drift(settings, metrics), shutdown
            )  # off the hot path; or None
            observer = drift.offer if drift is not None else None
            processor = until_stopped(lambda: load_processor(settings, on_scored=observer), shutdown)
        except StoppedError:
            return 0
        daemon = Daemon(settings, processor, metrics=metrics, health=health, shutdown=shutdown)
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
