"""A stop request with a deadline: SIGTERM (or SIGINT) ends a long-running command within SHUTDOWN_BOUND_S.

The graceful path (finish the batch in hand, deliver, commit, leave the group) gets GRACE_S from the
signal: every blocking call made while stopping asks `remaining()` for its timeout, so a broker that is
gone costs at most the budget, not kafka-python's 30 s request timeouts. If something still blocks (a
client constructor, a join the broker never answers), a watchdog armed by the first request ends the
process at FORCE_AFTER_S with `os._exit` and the code `exit_code_if_forced()` (1 by default: outputs may
be unacknowledged; their input offsets are not committed, so the group redelivers them).

`install_process_shutdown()` is called by the CLI before anything slow is imported (a SIGTERM a few hundred
milliseconds after start is a clean stop, not a kill by the default handler); the commands pick it up with
`process_shutdown()`. Library use (tests, a Daemon in a thread) makes its own `Shutdown()` without a
watchdog: only the process's own shutdown may end the process.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from triage.errors import TriageError

T = TypeVar("T")

SHUTDOWN_BOUND_S = 10.0  # documented: SIGTERM → process exit within this, in every state
GRACE_S = 8.0  # the graceful path's budget, from the signal
FORCE_AFTER_S = 9.5  # the watchdog ends the process here if the graceful path has not
# ... and faulthandler's GIL-free timer this much later (9.8 s) if the watchdog could not run (exit code 1)
BACKSTOP_AFTER_WATCHDOG_S = 0.3
EXIT_CLEAN = 0
EXIT_UNACKNOWLEDGED = 1  # stopped with outputs not acknowledged (their inputs are redelivered)

# the commands that run until stopped, or block on the broker (`send`): their signal handlers go in before
# the heavy imports, and a stop ends them within SHUTDOWN_BOUND_S
LONG_RUNNING_COMMANDS = frozenset({"run", "mllp", "replay", "send", "redrive", "broker"})
# `reserve_s` that keeps the whole budget back: a step with nothing in hand to finish (opening clients,
# loading a model) gives up at the stop request itself; `until_stopped` for one call, this for an API
# that takes a reserve (triage.stream.kafka_io.make_producer)
AT_REQUEST = float("inf")


class Shutdown:
    """A stop request (`request`, `is_set`, `wait`), its deadline (`remaining`) and an optional watchdog."""

    def __init__(self, *, grace_s: float = GRACE_S, force_after_s: float | None = None) -> None:
        self.event = threading.Event()
        self.grace_s = grace_s
        self.force_after_s = force_after_s
        self.requested_at: float | None = None
        self.reason: str | None = None
        self.exit_code_if_forced: Callable[[], int] = lambda: EXIT_UNACKNOWLEDGED
        self._lock = threading.Lock()
        self._listeners: list[Callable[[str], None]] = []
        self._unlogged_signal: str | None = None

    def request(self, reason: str = "requested") -> None:
        """Ask to stop (idempotent: the first request sets the deadline and arms the watchdog)."""
        with self._lock:
            first = self.requested_at is None
            if first:
                self.requested_at = time.monotonic()
                self.reason = reason
        self.event.set()
        if not first:
            return
        for listener in list(self._listeners):
            listener(reason)
        if self.force_after_s is not None:
            threading.Thread(target=self._watchdog, name="triage-shutdown-watchdog", daemon=True).start()
            self._arm_backstop()

    def _arm_backstop(self) -> None:
        """The watchdog is a Python thread: it needs the GIL, which one long C call of the main thread (a
        regular expression over a huge text) can hold for seconds (a SIGTERM took 11.0 s so). faulthandler's
        timer is a C thread that needs no GIL: it ends the process with exit code 1, 0.3 s after the watchdog
        would, its thread dump going to /dev/null (logs stay JSON). Cancelled only by the process's exit."""
        assert self.force_after_s is not None
        with contextlib.suppress(Exception):
            self._devnull = open(os.devnull, "w")  # noqa: SIM115  (kept open: faulthandler writes to it)
            faulthandler.dump_traceback_later(
                max(0.1, self.force_after_s + BACKSTOP_AFTER_WATCHDOG_S - self._elapsed()),
                exit=True,
                file=self._devnull,
            )

    def _elapsed(self) -> float:
        return 0.0 if self.requested_at is None else time.monotonic() - self.requested_at

    def on_request(self, listener: Callable[[str], None]) -> None:
        """Call `listener(reason)` at the first request (at once when one was made already)."""
        self._listeners.append(listener)
        if self.requested_at is not None:
            listener(self.reason or "requested")

    def is_set(self) -> bool:
        return self.event.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Sleep up to `timeout_s`, waking at a stop request; True when stopping."""
        return self.event.wait(timeout_s)

    def remaining(self, reserve_s: float = 0.0) -> float:
        """Seconds left of the graceful budget less `reserve_s` (infinite before a request, then >= 0)."""
        if self.requested_at is None:
            return float("inf")
        return max(0.0, self.requested_at + self.grace_s - reserve_s - time.monotonic())

    def expired(self, reserve_s: float = 0.0) -> bool:
        """A stop was requested and its budget (less `reserve_s`) is spent."""
        return self.requested_at is not None and self.remaining(reserve_s) <= 0.0

    def sleep(self, seconds: float, reserve_s: float = 0.0) -> None:
        """A retry backoff: before a stop request it wakes at the request; after one it sleeps at most what
        is left of the budget (so retries go on, spaced, until the budget is spent)."""
        if not self.event.is_set():
            self.event.wait(seconds)
            return
        time.sleep(min(seconds, self.remaining(reserve_s)))

    def bound(self, timeout_s: float, reserve_s: float = 0.0) -> float:
        """`timeout_s`, cut to what is left of the budget once a stop was requested."""
        return min(timeout_s, self.remaining(reserve_s))

    def _watchdog(self) -> None:
        assert self.requested_at is not None and self.force_after_s is not None
        time.sleep(max(0.0, self.requested_at + self.force_after_s - time.monotonic()))
        try:
            code = self.exit_code_if_forced()
        except Exception:
            code = EXIT_UNACKNOWLEDGED
        try:
            import structlog

            structlog.get_logger("triage.shutdown").error(
                "shutdown_forced", after_s=self.force_after_s, reason=self.reason, exit_code=code
            )
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            os._exit(code)

    def install_signals(self, signals: Sequence[int] = (signal.SIGTERM, signal.SIGINT)) -> dict[int, Any]:
        """Route `signals` to `request` (main thread only); returns the previous handlers."""
        previous: dict[int, Any] = {}
        if threading.current_thread() is not threading.main_thread():
            return previous
        for sig in signals:
            previous[sig] = signal.signal(sig, self._on_signal)
        return previous

    def _on_signal(self, signum: int, _frame: Any) -> None:
        name = signal.Signals(signum).name
        self._unlogged_signal = name
        self.request(name)  # first: the stop and its watchdog happen whatever the logging does
        # Never log inside the handler: it runs between two bytecodes of the main thread, which may hold the
        # log stream's (non-reentrant) lock while it writes a line, and would wait for itself for ever (seen:
        # a daemon logging decisions got SIGTERM: no line, no exit). A thread logs it; before logging is
        # configured (start-up) the command logs it later.
        threading.Thread(target=self.log_signal, name="triage-signal-log", daemon=True).start()

    def log_signal(self) -> None:
        """Log ``signal_received`` for a signal not logged yet, once JSON logging is configured."""
        import structlog

        name, self._unlogged_signal = self._unlogged_signal, None
        if name is None:
            return
        if not structlog.is_configured():
            self._unlogged_signal = name
            return
        structlog.get_logger("triage.shutdown").info("signal_received", signal=name)


class StoppedError(TriageError):
    """A blocking call was abandoned because the stop budget ran out (`within_budget`)."""


class _Stop(Protocol):
    def is_set(self) -> bool: ...


def within_budget(fn: Callable[[], T], shutdown: Shutdown | None, reserve_s: float = 0.0) -> T:
    """`fn()`, but return (raise StoppedError) as soon as `shutdown`'s budget less `reserve_s` is spent.
    For calls that cannot be given a timeout (kafka-python constructors bootstrapping for 10 s) made while
    something is in hand; a step with nothing to finish uses `until_stopped`."""
    if shutdown is None:
        return fn()
    return abandon_when(fn, lambda: shutdown.expired(reserve_s))


def until_stopped(fn: Callable[[], T], stop: _Stop | None) -> T:
    """`fn()`, abandoned (StoppedError) at the stop request (a Shutdown or a threading.Event): the one
    spelling for a step with nothing in hand to finish (start-up: opening clients, loading a model)."""
    if stop is None:
        return fn()
    return abandon_when(fn, stop.is_set)


def abandon_when(fn: Callable[[], T], give_up: Callable[[], bool]) -> T:
    """`fn()` in a daemon thread, waited for until `give_up()` turns true (checked every 50 ms): then
    StoppedError, and a result `fn` returns later is closed (best effort)."""
    if give_up():
        raise StoppedError("stopping")
    done = threading.Event()
    lock = threading.Lock()
    box: dict[str, Any] = {"abandoned": False}

    def target() -> None:
        value: Any = None
        error: BaseException | None = None
        try:
            value = fn()
        except BaseException as exc:
            error = exc
        with lock:
            box["value"], box["error"] = value, error
            done.set()
            orphan = box["abandoned"] and error is None
        if orphan:
            _close_orphan(value)

    threading.Thread(target=target, name="triage-within-budget", daemon=True).start()
    while not done.wait(0.05):
        if give_up():
            with lock:
                if not done.is_set():
                    box["abandoned"] = True
                    raise StoppedError("stopping")
    if box["error"] is not None:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def _close_orphan(value: Any) -> None:
    """Close what an abandoned call returned late: a client, or each client of a tuple of them (the
    daemon's start-up opens the flag-state reader and the group consumer together). Best effort."""
    for item in value if isinstance(value, tuple | list) else (value,):
        close = getattr(item, "close", None)
        if callable(close):
            with contextlib.suppress(Exception):
                close()


_process: Shutdown | None = None


def install_process_shutdown() -> Shutdown:
    """The process's Shutdown (watchdog armed), SIGTERM and SIGINT routed to it. Idempotent."""
    global _process
    if _process is None:
        _process = Shutdown(force_after_s=FORCE_AFTER_S)
        _process.install_signals()
    return _process


def process_shutdown() -> Shutdown | None:
    """The Shutdown installed by `install_process_shutdown`, if any."""
    return _process


def install_for_command(argv: Sequence[str]) -> Shutdown | None:
    """Install the process's Shutdown when `argv` runs a long-running command (first non-option word)."""
    words = [a for a in argv if not a.startswith("-")]
    if words and words[0] in LONG_RUNNING_COMMANDS:
        return install_process_shutdown()
    return None
