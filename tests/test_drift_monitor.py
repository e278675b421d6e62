"""Rolling topic drift in the daemon: the rolling window (triage.drift.divergence.RollingMixture), the
off-hot-path monitor (triage.drift.monitor: bounded queue, drops counted, background thread) and one
real `triage run` whose /metrics carries the drift gauges (triage.stream.drift wiring)."""

from __future__ import annotations

import re
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from triage.drift import divergence, store, topics
from triage.drift.monitor import DriftMonitor, DriftSnapshot
from triage.offline.synth.corpus import generate_reports

FAST = topics.FitConfig(seed=0, passes=2, iterations=50)


@pytest.fixture(scope="module")
def head_lda() -> tuple[Any, Any, np.ndarray]:
    """A small LDA fitted on head-CT reports only (no pure body reports), and its reference mixture."""
    docs = [topics.report_tokens(r.text) for r in generate_reports(250, seed=31) if r.kind != "body"]
    dictionary = topics.make_dictionary(docs, FAST)
    model = topics.fit_lda(dictionary, docs, 4, FAST)
    return model, dictionary, topics.topic_shares(topics.document_topics(model, dictionary, docs))


def _texts(kind_body: bool, n: int, seed: int) -> list[str]:
    reports = generate_reports(15 * n if kind_body else 2 * n, seed=seed)
    return [r.text for r in reports if (r.kind == "body") == kind_body][:n]


def _save(topics_dir: Path, model: Any, dictionary: Any, manifest_extra: dict[str, Any]) -> None:
    store.save_topic_model(
        topics_dir,
        model,
        dictionary,
        words=topics.top_words(model, 5),
        grid=(4,),
        perplexities=(1.0,),
        manifest_extra=manifest_extra,
    )


def test_rolling_mixture_keeps_the_last_window_reports() -> None:
    rolling = divergence.RollingMixture(k=2, window=3)
    assert rolling.mixture() is None and rolling.jsd([0.5, 0.5]) is None and rolling.unknown_share() is None
    rolling.add([1.0, 0.0], 0.5)
    rolling.add([1.0, 0.0], None)  # a report without an unknown share does not count for that mean
    assert np.allclose(rolling.mixture(), [1.0, 0.0]) and rolling.unknown_share() == pytest.approx(0.5)
    for _ in range(3):
        rolling.add([0.0, 1.0], 0.1)
    assert len(rolling) == 3  # the two first reports left the window
    assert np.allclose(rolling.mixture(), [0.0, 1.0]) and rolling.unknown_share() == pytest.approx(0.1)
    assert rolling.jsd([0.0, 1.0]) == pytest.approx(0.0)
    assert rolling.jsd([1.0, 0.0]) == pytest.approx(1.0)
    rolling.add([0.5, 0.5], 0.4)
    assert np.allclose(rolling.mixture(), [1 / 6, 5 / 6]) and rolling.unknown_share() == pytest.approx(0.2)
    with pytest.raises(ValueError):
        rolling.add([1.0, 0.0, 0.0])
    with pytest.raises(ValueError):
        divergence.RollingMixture(k=2, window=0)


def test_monitor_never_blocks_drops_when_full_and_counts(head_lda: tuple[Any, Any, np.ndarray]) -> None:
    model, dictionary, reference = head_lda
    drops: list[int] = []
    monitor = DriftMonitor(
        model, dictionary, reference, window=10, queue_size=4, on_drop=lambda: drops.append(1)
    )
    texts = _texts(False, 6, seed=32)
    taken = [monitor.offer(t, 0.2) for t in texts]  # no thread: the queue fills and the rest is dropped
    assert taken == [True] * 4 + [False] * 2 and monitor.dropped == 2 and len(drops) == 2
    assert monitor.process_pending() == 4
    snap = monitor.snapshot()
    assert (snap.reports, snap.processed, snap.dropped) == (4, 4, 2)
    assert snap.unknown_share == pytest.approx(0.2) and 0.0 <= snap.jsd < 1.0

    sampled = DriftMonitor(model, dictionary, reference, window=10, sample_every=3)
    assert [sampled.offer(t) for t in texts] == [True, False, False, True, False, False]
    with pytest.raises(ValueError):
        DriftMonitor(model, dictionary, reference[:-1])


def test_monitor_drift_rises_on_body_reports_and_stays_flat_on_head_reports(
    head_lda: tuple[Any, Any, np.ndarray],
) -> None:
    model, dictionary, reference = head_lda
    monitor = DriftMonitor(model, dictionary, reference, window=40, queue_size=200)
    head = _texts(False, 120, seed=33)
    body = _texts(True, 40, seed=34)
    assert len(body) == 40
    head_scores = []
    for start in range(0, 120, 40):  # three windows of new head reports
        for text in head[start : start + 40]:
            monitor.offer(text)
        monitor.process_pending()
        head_scores.append(monitor.snapshot().jsd)
    for text in body:  # then a window of chest / abdomen / spine ... reports
        monitor.offer(text)
    monitor.process_pending()
    body_score = monitor.snapshot().jsd
    assert max(head_scores) - min(head_scores) < 0.05  # flat on in-distribution windows
    assert body_score > 3 * max(head_scores)


def test_monitor_thread_publishes_snapshots(head_lda: tuple[Any, Any, np.ndarray]) -> None:
    model, dictionary, reference = head_lda
    seen: list[DriftSnapshot] = []
    done = threading.Event()

    def publish(snap: DriftSnapshot) -> None:
        seen.append(snap)
        if snap.processed == 8:  # every offered report read (a stop discards what is still queued)
            done.set()

    monitor = DriftMonitor(model, dictionary, reference, window=5, interval_s=0.05, publish=publish).start()
    try:
        for text in _texts(False, 8, seed=35):
            assert monitor.offer(text, 0.3)
        assert done.wait(60), "the drift thread published no snapshot of every report"
    finally:
        monitor.stop()
    assert not monitor.running
    last = seen[-1]
    assert last.reports == 5 and last.processed == 8 and last.unknown_share == pytest.approx(0.3)


# ---- the real daemon -------------------------------------------------------------------------------------
def _metrics(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        return resp.read().decode()


def _gauge(text: str, name: str) -> float | None:
    match = re.search(rf"^{name} ([0-9.eE+-]+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else None


def test_daemon_exports_the_drift_gauges(
    kafka: Any, head_lda: tuple[Any, Any, np.ndarray], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`triage run` with a topic model: the scored reports reach the drift thread and /metrics shows the
    window filling and the JSD gauge."""
    from triage.offline.synth.oru import synth_stream
    from triage.stream.broker import free_port

    model, dictionary, reference = head_lda
    topics_dir = tmp_path / "topics"
    _save(topics_dir, model, dictionary, {"reference_shares": [float(x) for x in reference]})
    monkeypatch.setenv("TRIAGE_DRIFT__TOPICS_DIR", str(topics_dir))
    monkeypatch.setenv("TRIAGE_DRIFT__WINDOW", "20")
    monkeypatch.setenv("TRIAGE_DRIFT__INTERVAL_S", "0.2")
    settings = kafka.settings(partitions=1)
    port = free_port()
    proc = kafka.start_process(settings, http_port=port)
    kafka.wait_event(proc, "drift_on")
    kafka.produce(settings.topics.input, [(k, v) for k, v, _ in synth_stream(60, seed=36)])
    deadline = time.monotonic() + 90
    text = ""
    while time.monotonic() < deadline:
        text = _metrics(port)
        if (_gauge(text, "triage_topic_drift_window_reports") or 0) >= 20:
            break
        time.sleep(0.2)
    proc.terminate()
    assert proc.wait(timeout=60) == 0
    assert _gauge(text, "triage_topic_drift_window_reports") == 20
    jsd = _gauge(text, "triage_topic_drift_jsd")
    assert jsd is not None and 0.0 <= jsd < 0.5  # head-CT feed against a head-CT topic model
    unknown = _gauge(text, "triage_unknown_token_share_rolling")
    assert unknown is not None and 0.0 <= unknown <= 1.0
    assert _gauge(text, "triage_topic_drift_dropped_total") == 0


@pytest.mark.slow  # spawns a child that imports gensim and numpy (seconds); `make test` runs it
def test_drift_process_counts_drops_and_publishes_from_its_child(
    head_lda: tuple[Any, Any, np.ndarray], tmp_path: Path
) -> None:
    """The daemon's form: LDA in a spawned child process; the parent only queues and receives snapshots."""
    from triage.drift.monitor import DriftProcess

    model, dictionary, reference = head_lda
    topics_dir = tmp_path / "topics"
    _save(topics_dir, model, dictionary, {"reference_shares": [float(x) for x in reference]})
    seen: list[DriftSnapshot] = []
    done = threading.Event()

    def publish(snap: DriftSnapshot) -> None:
        seen.append(snap)
        if snap.processed == 6:
            done.set()

    drift_process = DriftProcess(topics_dir, window=4, queue_size=6, interval_s=0.1, publish=publish)
    texts = _texts(False, 8, seed=37)
    taken = [drift_process.offer(t, 0.1) for t in texts]  # the child is not started: the queue fills
    assert taken == [True] * 6 + [False] * 2 and drift_process.dropped == 2
    drift_process.start()
    try:
        assert done.wait(90), "the drift process published nothing"
    finally:
        drift_process.stop()
    assert not drift_process.running
    last = seen[-1]
    assert (last.reports, last.processed, last.dropped) == (4, 6, 2)
    assert last.unknown_share == pytest.approx(0.1) and 0.0 <= last.jsd < 1.0


def test_a_topic_model_without_reference_shares_is_one_artifact_error_for_the_daemon_and_review(
    head_lda: tuple[Any, Any, np.ndarray], tmp_path: Path
) -> None:
    """The same fault (a manifest without the reference mixture) is the same error whichever command reads
    it: the daemon's start-up, `triage review`'s baseline surprise, the monitor."""
    from triage.config import Settings
    from triage.errors import ArtifactError
    from triage.obs.metrics import Metrics
    from triage.review.drift import baseline_surprise
    from triage.stream.drift import start_drift

    model, dictionary, _reference = head_lda
    topics_dir = tmp_path / "topics"
    _save(topics_dir, model, dictionary, {})  # no reference mixture
    with pytest.raises(ArtifactError, match="no reference_shares"):
        baseline_surprise(topics_dir, ["subdural hemorrhage"])
    settings = Settings(drift={"topics_dir": str(topics_dir)})  # type: ignore[arg-type]
    with pytest.raises(ArtifactError, match="no reference_shares"):
        start_drift(settings.drift, settings.model_dir, Metrics())
