"""Wire the rolling topic-drift monitor (triage.drift.monitor.DriftProcess: LDA in a child process, so it
never holds the daemon's GIL) into a daemon: verify the topic model named by the settings, start it (its
``offer``, a non-blocking queue put per scored report, is the ``on_scored`` observer the Processor is built
with) and publish snapshots into the daemon's Prometheus gauges (``triage_topic_drift_jsd``,
``triage_unknown_token_share_rolling``, ``triage_topic_drift_window_reports``,
``triage_topic_drift_dropped_total``).

Drift is on when ``drift.enabled`` and a topic-model directory (``drift.topics_dir``, else
``<model_dir>/topics``) holds a manifest. Without one the daemon runs without drift gauges (one log line); a
directory whose manifest is there but whose files do not verify is an error (ArtifactError, exit 2), like a
broken classifier artifact.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import structlog

if TYPE_CHECKING:
    from triage.config import DriftSettings
    from triage.drift.monitor import DriftProcess, DriftSnapshot
    from triage.obs.metrics import Metrics

log = structlog.get_logger("triage.drift")

TOPICS_SUBDIR = "topics"


def topics_dir(drift: DriftSettings, model_dir: Path) -> Path:
    """Where the daemon looks for its topic model: ``drift.topics_dir`` or ``<model_dir>/topics``."""
    return drift.topics_dir or model_dir / TOPICS_SUBDIR


def start_drift(cfg: DriftSettings, model_dir: Path, metrics: Metrics) -> DriftProcess | None:
    """A started DriftProcess publishing into `metrics` (its ``offer`` is the Processor's ``on_scored``
    observer, passed when the Processor is built), or None when drift is
    off (disabled, or no topic model). Raises ArtifactError for a topic model that does not verify or has
    no reference mixture."""
    from triage.drift.store import MANIFEST_FILE

    where = topics_dir(cfg, model_dir)
    if not cfg.enabled:
        log.info("drift_off", reason="disabled")
        return None
    if not (where / MANIFEST_FILE).is_file():
        log.info("drift_off", reason="no topic model", topics_dir=str(where))
        return None
    from triage.drift.monitor import DriftProcess
    from triage.drift.store import load_topic_model, reference_shares

    _model, _dictionary, manifest = load_topic_model(where)  # verify here: a bad artifact stops start-up
    reference_shares(manifest, where)

    def publish(snap: DriftSnapshot) -> None:
        metrics.drift_window_reports.set(snap.reports)
        if snap.jsd is not None:
            metrics.topic_drift_jsd.set(snap.jsd)
        if snap.unknown_share is not None:
            metrics.unknown_share_rolling.set(snap.unknown_share)

    monitor = DriftProcess(
        where,
        window=cfg.window,
        queue_size=cfg.queue_size,
        interval_s=cfg.interval_s,
        sample_every=cfg.sample_every,
        publish=publish,
        on_drop=metrics.drift_dropped.inc,
    )
    monitor.start()
    log.info("drift_on", topics_dir=str(where), **monitor.describe())
    return monitor
