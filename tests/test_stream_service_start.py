"""`triage run`'s start-up steps end at a stop request (no broker, no model: the steps are stand-ins)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from triage.config import DriftSettings, Settings
from triage.lifecycle.shutdown import Shutdown
from triage.stream import service


def test_a_stop_while_the_drift_monitor_starts_ends_run_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading the topic model (and starting its process) can take seconds: a SIGTERM meanwhile is a clean
    exit 0 within the stop bound, not a wait for it; the model is never loaded."""
    shutdown = Shutdown()
    release = threading.Event()
    loaded: list[Any] = []

    def slow_drift(drift: DriftSettings, model_dir: Path, metrics: Any) -> None:
        release.wait(30.0)

    monkeypatch.setattr(service, "Shutdown", lambda: shutdown)
    monkeypatch.setattr(service, "start_drift", slow_drift)
    monkeypatch.setattr(service, "load_processor", lambda *a, **k: loaded.append(1))
    threading.Timer(0.3, shutdown.request, args=("SIGTERM",)).start()
    started = time.monotonic()
    try:
        code = service.run_service(Settings(http_port=0), handle_signals=False)
    finally:
        release.set()
    assert code == 0 and time.monotonic() - started < 5.0
    assert not loaded
