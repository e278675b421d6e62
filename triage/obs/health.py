"""Liveness and readiness of the daemon, updated by its loop and read by the HTTP endpoints.

* /healthz (alive): the loop went round within `stall_after_s`; a stuck loop gets restarted.
* /readyz (ready): model loaded, consumer group joined (an assignment received, possibly empty when there are
  more instances than partitions), the last Kafka operation succeeded, the last batch's outputs were
  delivered, and the loop went round within `ready_stall_s` (default 30 s; a loop blocked in retries is
  not ready long before it counts as dead).
"""

from __future__ import annotations

import threading
import time
from typing import Any


class LoopHealth:
    """What every long-running triage process reports: its loop ticks (`tick`), the broker is reachable
    (`set_broker`), it is not stopping. `alive()` / `ready()` → ``(ok, JSON body)`` for /healthz and /readyz;
    subclasses add their own readiness checks in `_checks`.
    Thread-safe: the loop writes, the HTTP thread reads."""

    def __init__(self, stall_after_s: float) -> None:
        self.stall_after_s = stall_after_s
        self._lock = threading.Lock()
        self._last_loop = time.monotonic()
        self.broker_ok = False
        self.broker_error: str | None = None
        self.stopping = False

    def tick(self) -> None:
        with self._lock:
            self._last_loop = time.monotonic()

    def set_broker(self, ok: bool, error: str | None = None) -> None:
        with self._lock:
            self.broker_ok = ok
            self.broker_error = None if ok else error

    def alive(self) -> tuple[bool, dict[str, Any]]:
        with self._lock:
            age = time.monotonic() - self._last_loop
        ok = age < self.stall_after_s
        return ok, {"status": "ok" if ok else "stalled", "last_loop_age_s": round(age, 3)}

    def _checks(self, info: dict[str, Any]) -> dict[str, bool]:
        return {}

    def _errors(self) -> dict[str, str | None]:
        return {"broker_error": self.broker_error}

    def ready(self) -> tuple[bool, dict[str, Any]]:
        alive, info = self.alive()
        checks = {
            "loop_alive": alive,
            **self._checks(info),
            "broker_reachable": self.broker_ok,
            "not_stopping": not self.stopping,
        }
        ok = all(checks.values())
        body: dict[str, Any] = {**info, "status": "ready" if ok else "not_ready", "checks": checks}
        body.update({k: v for k, v in self._errors().items() if v})
        return ok, body


class Health(LoopHealth):
    """The daemon's health (module docstring)."""

    def __init__(self, stall_after_s: float = 120.0, ready_stall_s: float = 30.0) -> None:
        super().__init__(stall_after_s)
        self.ready_stall_s = ready_stall_s
        self.outputs_ok = True
        self.outputs_error: str | None = None
        self.model_loaded = False
        self.joined = False

    def set_outputs(self, ok: bool, error: str | None = None) -> None:
        with self._lock:
            self.outputs_ok = ok
            self.outputs_error = None if ok else error

    def _checks(self, info: dict[str, Any]) -> dict[str, bool]:
        return {
            "loop_recent": info["last_loop_age_s"] < self.ready_stall_s,
            "outputs_deliverable": self.outputs_ok,
            "model_loaded": self.model_loaded,
            "group_joined": self.joined,
        }

    def _errors(self) -> dict[str, str | None]:
        return {"broker_error": self.broker_error, "outputs_error": self.outputs_error}
