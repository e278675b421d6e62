"""Liveness and readiness of the daemon, updated by its loop and read by the HTTP endpoints.

* /healthz (alive): the loop went round within `stall_after_s` and, when `failing_after_s` is set, has not
  failed every round for that long (a loop that spins on the same error is not alive: it gets restarted).
* /readyz (ready): model loaded, consumer group joined (an assignment received, possibly empty when there are
  more instances than partitions), the last Kafka operation succeeded, the last batch's outputs were
  delivered, and the loop went round within `ready_stall_s` (default 30 s; a loop blocked in retries is
  not ready long before it counts as dead). With `contact_timeout_s` set, "broker reachable" also needs
  a broker answer (a heartbeat, a fetch, a join) within that many seconds: an idle consumer's polls do not
  fail when the broker is gone, they just return nothing. The heartbeat is read when /readyz asks
  (`contact_probe`, the client's heartbeat thread), not only when the loop goes round: a loop busy on a long
  batch, its broker heartbeating, is not an unreachable broker (it was reported so); it is
  ``loop_recent: false`` once it passes `ready_stall_s`.
* A group join that has not completed (start-up, or a rebalance: on Kafka a join may rightly wait up to
  max.poll.interval.ms for another member) is not ready (``group_joined: false``) with ``reason:
  group_join_pending`` and ``group_join_waited_s``: records cannot move, but the broker is not the cause (the
  client stops heartbeating while it joins, so a stale heartbeat is no sign of an unreachable broker).
* Records waiting beyond an assigned partition's position that has not moved for a whole window
  (triage.stream.progress) is not ready: ``input_moving: false`` with ``input_error`` (topic, partition,
  offsets, lag). Every other check can be green then (a topic recreated, a broker restarted empty).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any


class LoopHealth:
    """What every long-running triage process reports: its loop ticks (`tick`), the broker is reachable
    (`set_broker`), it is not stopping. `alive()` / `ready()` → ``(ok, JSON body)`` for /healthz and /readyz;
    subclasses add their own readiness checks in `_checks`.
    Thread-safe: the loop writes, the HTTP thread reads."""

    def __init__(
        self,
        stall_after_s: float,
        *,
        failing_after_s: float | None = None,
        contact_timeout_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock  # seconds, monotonic; a test injects a fake one
        self.stall_after_s = stall_after_s
        self.failing_after_s = failing_after_s
        self.contact_timeout_s = contact_timeout_s
        self._lock = threading.Lock()
        self._last_loop = self.clock()
        self._failing_since: float | None = None
        self._last_contact: float | None = None
        self.broker_ok = False
        self.broker_error: str | None = None
        self.stopping = False
        # when the broker last answered, asked of the client itself (its heartbeat thread), not of the loop
        self.contact_probe: Callable[[], float | None] | None = None
        self._had_contact = False  # contact_change(): reachable once, so a loss is news
        self._loss_told = False

    def tick(self) -> None:
        """The loop went round and did its work (a failed round calls `failed` instead)."""
        with self._lock:
            self._last_loop = self.clock()
            self._failing_since = None

    def failed(self) -> None:
        """The loop went round but its work failed (e.g. a poll raised): not a tick."""
        with self._lock:
            if self._failing_since is None:
                self._failing_since = self.clock()

    def note_contact(self, at: float | None = None) -> None:
        """The broker answered at `at` (on `clock`; now by default)."""
        at = self.clock() if at is None else at
        with self._lock:
            if self._last_contact is None or at > self._last_contact:
                self._last_contact = at

    def set_broker(self, ok: bool, error: str | None = None) -> None:
        with self._lock:
            self.broker_ok = ok
            self.broker_error = None if ok else error

    def alive(self) -> tuple[bool, dict[str, Any]]:
        with self._lock:
            now = self.clock()
            age = now - self._last_loop
            failing = 0.0 if self._failing_since is None else now - self._failing_since
        spinning = self.failing_after_s is not None and failing >= self.failing_after_s
        ok = age < self.stall_after_s and not spinning
        body: dict[str, Any] = {
            "status": "ok" if ok else ("failing" if spinning else "stalled"),
            "last_loop_age_s": round(age, 3),
        }
        if failing:
            body["failing_for_s"] = round(failing, 3)
        return ok, body

    def _broker_reachable(self) -> bool:
        probe = self.contact_probe
        if probe is not None and self.contact_timeout_s is not None:
            with contextlib.suppress(Exception):  # a probe that fails tells nothing: the last contact stands
                at = probe()
                if at is not None:
                    self.note_contact(at)
        with self._lock:
            if not self.broker_ok:
                return False
            if self.contact_timeout_s is None:
                return True
            last = self._last_contact
        return last is not None and self.clock() - last < self.contact_timeout_s

    def contact_change(self) -> tuple[bool, float | None] | None:
        """(reachable, seconds since the broker last answered) when reachability changed since the last call,
        else None: lost after it had been reachable, back after a loss was told. The loop calls it each round
        and logs the change once (an idle consumer's polls do not fail: /readyz alone turns red quietly)."""
        reachable = self._broker_reachable()
        with self._lock:
            last = self._last_contact
            if reachable:
                self._had_contact = True
                told, self._loss_told = self._loss_told, False
                changed = told
            else:
                changed = self._had_contact and not self._loss_told
                self._loss_told = self._loss_told or changed
        if not changed:
            return None
        return reachable, None if last is None else round(self.clock() - last, 1)

    def _checks(self, info: dict[str, Any]) -> dict[str, bool]:
        return {}

    def _errors(self) -> dict[str, str | None]:
        return {"broker_error": self.broker_error}

    def ready(self) -> tuple[bool, dict[str, Any]]:
        alive, info = self.alive()
        checks = {
            "loop_alive": alive,
            **self._checks(info),
            "broker_reachable": self._broker_reachable(),
            "not_stopping": not self.stopping,
        }
        ok = all(checks.values())
        body: dict[str, Any] = {**info, "status": "ready" if ok else "not_ready", "checks": checks}
        body.update({k: v for k, v in self._errors().items() if v})
        return ok, body


class Health(LoopHealth):
    """The daemon's health (module docstring)."""

    def __init__(
        self,
        stall_after_s: float = 120.0,
        ready_stall_s: float = 30.0,
        *,
        failing_after_s: float | None = None,
        contact_timeout_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            stall_after_s, failing_after_s=failing_after_s, contact_timeout_s=contact_timeout_s, clock=clock
        )
        self.ready_stall_s = ready_stall_s
        self.outputs_ok = True
        self.outputs_error: str | None = None
        self.model_loaded = False
        self.joined = False
        self.state_current = True  # the flag-state topic was read to its end at the last assignment
        self.state_error: str | None = None
        self._join_since: float | None = None  # a join in flight since (on `clock`)
        self.input_moving = True
        self.input_error: str | None = None

    def join_pending(self) -> None:
        """A JoinGroup is (about to be) in flight: nothing moves until `join_complete`."""
        with self._lock:
            self.joined = False
            if self._join_since is None:
                self._join_since = self.clock()

    def join_complete(self) -> None:
        with self._lock:
            self.joined = True
            self._join_since = None

    def join_waited_s(self) -> float | None:
        """Seconds the pending group join has waited; None when no join is pending."""
        with self._lock:
            since = self._join_since
        return None if since is None else self.clock() - since

    def set_outputs(self, ok: bool, error: str | None = None) -> None:
        with self._lock:
            self.outputs_ok = ok
            self.outputs_error = None if ok else error

    def set_state_current(self, ok: bool, error: str | None = None) -> None:
        """Whether the flag-state topic was read to its end (at start-up and each assignment): records are
        decided only against a state read to its end, so none moves while it is not."""
        with self._lock:
            self.state_current = ok
            self.state_error = None if ok else error

    def set_input_moving(self, ok: bool, error: str | None = None) -> None:
        """Whether every assigned partition with records waiting moved within the window (stream.progress)."""
        with self._lock:
            self.input_moving = ok
            self.input_error = None if ok else error

    def _checks(self, info: dict[str, Any]) -> dict[str, bool]:
        return {
            "input_moving": self.input_moving,
            "loop_recent": info["last_loop_age_s"] < self.ready_stall_s,
            "outputs_deliverable": self.outputs_ok,
            "model_loaded": self.model_loaded,
            "group_joined": self.joined,
            "flag_state_current": self.state_current,
        }

    def _errors(self) -> dict[str, str | None]:
        return {
            "broker_error": self.broker_error,
            "outputs_error": self.outputs_error,
            "flag_state_error": self.state_error,
            "input_error": self.input_error,
        }

    def ready(self) -> tuple[bool, dict[str, Any]]:
        ok, body = super().ready()
        waited = self.join_waited_s()
        if waited is not None and not self.joined:
            body.update(reason="group_join_pending", group_join_waited_s=round(waited, 1))
        return ok, body
