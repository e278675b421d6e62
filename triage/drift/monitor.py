"""Rolling topic drift of a live report stream, computed off the hot path.

Source: issue 12 ("Drift, for audits and operations"). The daemon hands every scored report's full text and
its unknown-token share (the share of its scored tokens outside the classifier's vocabulary, already
computed by the Scorer) to :meth:`DriftMonitor.offer`, which only does a non-blocking ``put_nowait`` on a
bounded queue: when the queue is full the report is dropped and counted, never waited for, so the
decide/deliver loop is never slowed by LDA. One background thread takes reports off the queue, normalizes
the text (``triage.drift.topics.report_tokens``, the same as ``triage mine fit``; done here and not in the
loop thread, so the loop pays only the ``put``), infers the report's topic shares with the LDA model and adds
them to a :class:`~triage.drift.divergence.RollingMixture` of the last ``window`` reports. Every
``interval_s`` seconds it publishes a :class:`DriftSnapshot` (JSD in bits of the window's mixture from the
reference mixture of the topic model, mean unknown-token share, reports in the window, drops) through
``publish``. Between two reports the thread sleeps for 0 s, handing the GIL back, so at most one report's
inference (about 1.7 ms here) stands between the loop thread and the interpreter.

That wait is still GIL contention (benchmarks/drift.py: a loop task's p99 rose from 5.6 to 9.7 ms with the
thread saturated), so the daemon runs the same computation in a child process, :class:`DriftProcess`: the
loop thread's cost stays one ``put_nowait`` (a bounded batch queue, drops counted) and LDA never
holds the daemon's GIL; the child sends snapshots back through a pipe and runs at nice 10, so it takes CPU
only when the daemon leaves some.

``sample_every`` = N keeps every N-th offered report (a cheap way to bound the thread's CPU on a busy feed).
Report text never leaves this module: not logged, not kept after inference.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from triage.drift.divergence import RollingMixture
from triage.drift.topics import document_topics, report_tokens

if TYPE_CHECKING:
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel

__all__ = ["DriftMonitor", "DriftProcess", "DriftSnapshot"]


@dataclass(frozen=True, slots=True)
class DriftSnapshot:
    """What the monitor publishes. ``jsd`` in bits ([0, 1]) and ``unknown_share`` ([0, 1]) are None while
    the window is empty; ``reports`` is the number of reports in the window (at most ``window``);
    ``processed`` and ``dropped`` count since start (dropped: the queue was full)."""

    reports: int
    window: int
    jsd: float | None
    unknown_share: float | None
    processed: int
    dropped: int


class _Intake:
    """The loop thread's side shared by DriftMonitor and DriftProcess: keep every `sample_every`-th offered
    report, count (and report through `on_drop`) the ones dropped because the queue is full; and the one
    daemon thread each runs beside the loop (DriftMonitor's drift thread, DriftProcess's reader)."""

    def __init__(self, sample_every: int, on_drop: Callable[[], None] | None) -> None:
        self._sample_every = sample_every
        self._on_drop = on_drop
        self._offered = 0
        self.dropped = 0
        self._thread: threading.Thread | None = None

    def _start_thread(self, target: Callable[[], None], name: str) -> None:
        self._thread = threading.Thread(target=target, name=name, daemon=True)
        self._thread.start()

    def _join_thread(self, timeout_s: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout=timeout_s)
            self._thread = None

    def _sampled_out(self) -> bool:
        self._offered += 1
        return bool((self._offered - 1) % self._sample_every)

    def _drop(self, n: int = 1) -> None:
        self.dropped += n
        if self._on_drop is not None:
            for _ in range(n):
                self._on_drop()


class DriftMonitor(_Intake):
    """Bounded queue + one daemon thread + rolling window (see the module docstring).

    `model`/`dictionary`: a topic model from ``triage.drift.store.load_topic_model``; `reference`: its
    reference topic shares (length k). Raises ValueError on a bad window, queue size, interval or sample
    rate, or a reference whose length is not the model's k."""

    def __init__(
        self,
        model: LdaModel,
        dictionary: Dictionary,
        reference: Sequence[float],
        *,
        window: int = 500,
        queue_size: int = 1000,
        interval_s: float = 5.0,
        sample_every: int = 1,
        publish: Callable[[DriftSnapshot], None] | None = None,
        on_drop: Callable[[], None] | None = None,
    ) -> None:
        if queue_size < 1 or interval_s <= 0 or sample_every < 1:
            raise ValueError(
                f"need queue_size >= 1, interval_s > 0, sample_every >= 1; got {queue_size}, "
                f"{interval_s}, {sample_every}"
            )
        k = int(model.num_topics)
        if len(reference) != k:
            raise ValueError(f"reference mixture has {len(reference)} topics, the model {k}")
        super().__init__(sample_every, on_drop)
        self._model = model
        self._dictionary = dictionary
        self.reference = np.asarray(reference, dtype=np.float64)
        self.rolling = RollingMixture(k, window)
        self._queue: queue.Queue[tuple[str, float | None]] = queue.Queue(maxsize=queue_size)
        self._interval_s = interval_s
        self._publish = publish
        self.processed = 0
        self._lock = threading.Lock()  # guards the rolling window between the thread and snapshot()
        self._stop = threading.Event()

    # ---- the loop thread's side: never blocks ------------------------------------------------------------
    def offer(self, text: str, unknown_share: float | None = None) -> bool:
        """Queue one report (full text, unknown-token share) for the drift thread; False when it was not
        taken (sampled out, or dropped because the queue is full). O(1), never waits."""
        if self._sampled_out():
            return False
        try:
            self._queue.put_nowait((text, unknown_share))
        except queue.Full:
            self._drop()
            return False
        return True

    # ---- the drift thread ---------------------------------------------------------------------------------
    def process_pending(self, limit: int | None = None) -> int:
        """Infer topics for up to `limit` queued reports (all when None) in the calling thread; returns how
        many. The thread's work, public so tests can drive it without timing."""
        done = 0
        while limit is None or done < limit:
            try:
                text, unknown = self._queue.get_nowait()
            except queue.Empty:
                break
            self._add(text, unknown)
            done += 1
        return done

    def _add(self, text: str, unknown: float | None) -> None:
        shares = document_topics(self._model, self._dictionary, [report_tokens(text)])[0]
        with self._lock:
            self.rolling.add(shares, unknown)
            self.processed += 1

    def snapshot(self) -> DriftSnapshot:
        with self._lock:
            jsd = self.rolling.jsd(self.reference)
            return DriftSnapshot(
                reports=len(self.rolling),
                window=self.rolling.window,
                jsd=jsd,
                unknown_share=self.rolling.unknown_share(),
                processed=self.processed,
                dropped=self.dropped,
            )

    def _run(self) -> None:
        last = time.monotonic()
        while not self._stop.is_set():
            try:
                text, unknown = self._queue.get(timeout=min(0.5, self._interval_s))
            except queue.Empty:
                pass
            else:
                self._add(text, unknown)
                time.sleep(0)  # hand the GIL back to the loop thread between two reports
            now = time.monotonic()
            if now - last >= self._interval_s:
                last = now
                self._emit()
        self._emit()

    def _emit(self) -> None:
        if self._publish is not None:
            self._publish(self.snapshot())

    def start(self) -> DriftMonitor:
        """Start the drift thread (a daemon thread named ``triage-drift``); returns self."""
        if self._thread is None:
            self._start_thread(self._run, "triage-drift")
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the thread (publishes a last snapshot); queued reports are discarded."""
        self._stop.set()
        self._join_thread(timeout_s)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def describe(self) -> dict[str, Any]:
        """Settings for a log line (no text): k, window, queue size, interval, sample rate."""
        return {
            "k": self.rolling.k,
            "window": self.rolling.window,
            "queue_size": self._queue.maxsize,
            "interval_s": self._interval_s,
            "sample_every": self._sample_every,
        }


FLUSH_S = 0.5  # how often the daemon hands waiting reports to the drift process
INBOX_BATCHES = 8  # batches the drift process may be behind before new ones are dropped

_ONE_THREAD_ENV = {
    name: "1"
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
}
# the child's command line: the parent's sys.path (as multiprocessing's spawn hands it over), then its main
_CHILD_CODE = (
    "import json, sys; a = json.loads(sys.argv[1]); sys.path[:] = a.pop('sys_path'); "
    "from triage.drift.monitor import _child_main; _child_main(**a)"
)


def _child_main(
    topics_dir: str,
    window: int,
    interval_s: float,
    inbox_fd: int,
    outbox_fd: int,
    parent_pid: int | None = None,
    lifeline_fd: int | None = None,
    log_level: str = "INFO",
) -> None:
    """The drift process: load the topic model, run a DriftMonitor on the batches read from `inbox_fd`, write
    snapshots to `outbox_fd` (multiprocessing.connection framing over plain pipes). It lowers its own CPU
    priority (nice 10), so on a busy host the daemon's loop and scoring threads come first and drift falls
    behind instead (its queue fills, reports are dropped for drift and counted).

    It dies with its parent: PR_SET_PDEATHSIG (set by the parent before exec, when it starts the child from
    its main thread), the end of `lifeline_fd` (a pipe only the parent writes: readable at its death,
    triage.lifecycle.children) and the parent-pid watch; the parent's stop closes its inbox.
    It writes only JSON log lines: a parent that is gone ends it quietly, any other failure is one
    ``drift_child_failed`` line (error type only), never a traceback."""
    import os
    import signal
    from multiprocessing.connection import Connection

    if parent_pid is not None:
        from triage.lifecycle.children import die_with_parent

        die_with_parent(parent_pid, pdeathsig=False, sentinel=lifeline_fd)  # PDEATHSIG: set before exec
    # the parent handles Ctrl-C and stops this process; SIGTERM (the parent's stop, a supervisor) is quiet
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    from triage.obs.logging import configure_logging

    configure_logging(log_level)
    try:
        inbox, outbox = Connection(inbox_fd, writable=False), Connection(outbox_fd, readable=False)
        _drift_loop(topics_dir, window, interval_s, inbox, outbox)
    except (BrokenPipeError, EOFError, ConnectionError):  # the parent stopped or is gone: nobody to tell
        os._exit(0)
    except BaseException as exc:
        import structlog

        structlog.get_logger("triage.drift").error("drift_child_failed", error_type=type(exc).__name__)
        os._exit(1)


def _drift_loop(topics_dir: str, window: int, interval_s: float, inbox: Any, outbox: Any) -> None:
    """Until the inbox ends (EOFError: the parent closed it, or died)."""
    import os

    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(10)

    from triage.drift.store import load_topic_model, reference_shares

    model, dictionary, manifest = load_topic_model(Path(topics_dir))
    monitor = DriftMonitor(model, dictionary, reference_shares(manifest, Path(topics_dir)), window=window)
    last = time.monotonic()
    while True:
        if inbox.poll(min(0.5, interval_s)):
            for text, unknown in inbox.recv():
                monitor._add(text, unknown)
        if time.monotonic() - last >= interval_s:
            last = time.monotonic()
            outbox.send(monitor.snapshot())


class DriftProcess(_Intake):
    """The same drift computation as :class:`DriftMonitor`, in a child process, so LDA inference never holds
    the daemon's GIL: the loop thread pays one ``deque.append`` (at most `queue_size` reports wait; more are
    dropped and counted); every ``FLUSH_S`` a thread of the daemon hands the waiting reports to a writer
    thread as one batch (one pickling and one pipe write, not one per report: per-report queue puts woke a
    feeder thread 100 times a second against the loop thread) and hands the snapshots it gets back to
    ``publish``. The daemon uses this one; DriftMonitor alone serves tests and benchmarks.
    `topics_dir`: a topic-model directory (verified again in the child).

    The child is a plain ``python -c`` subprocess talking over two pipes, not a multiprocessing ``spawn``
    Process: spawn starts multiprocessing's resource tracker beside it, a second child that no prctl reaches
    and that outlived a killed daemon (SIGTERM or SIGKILL) while it cleaned up the Queue's named semaphores.
    Pipes have no names to clean up; the child gets PR_SET_PDEATHSIG before exec (lifecycle.children)."""

    def __init__(
        self,
        topics_dir: Path,
        *,
        window: int = 500,
        queue_size: int = 1000,
        interval_s: float = 5.0,
        sample_every: int = 1,
        publish: Callable[[DriftSnapshot], None] | None = None,
        on_drop: Callable[[], None] | None = None,
    ) -> None:
        if window < 1 or queue_size < 1 or interval_s <= 0 or sample_every < 1:
            raise ValueError("need window, queue_size, sample_every >= 1 and interval_s > 0")
        self._inbox: queue.Queue[list[tuple[str, float | None]]] = queue.Queue(maxsize=INBOX_BATCHES)
        self._pending: deque[tuple[str, float | None]] = deque()
        self._queue_size = queue_size
        self._stop = threading.Event()
        self._args = (str(topics_dir), window, interval_s)
        super().__init__(sample_every, on_drop)
        self.window = window
        self._publish = publish
        self.last: DriftSnapshot | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Any = None  # multiprocessing.connection.Connection: batches to the child
        self._receive: Any = None  # snapshots from the child
        self._writer: threading.Thread | None = None
        self._lifeline: int | None = None  # the write end of the child's lifeline pipe

    def offer(self, text: str, unknown_share: float | None = None) -> bool:
        """As DriftMonitor.offer: never waits; False when sampled out or dropped (`queue_size` waiting)."""
        if self._sampled_out():
            return False
        if len(self._pending) >= self._queue_size:
            self._drop(1)
            return False
        self._pending.append((text, unknown_share))
        return True

    def flush(self) -> int:
        """Hand the waiting reports to the writer as one batch; returns how many (dropped when the child is
        `INBOX_BATCHES` batches behind). Called by the reader thread every ``FLUSH_S``."""
        batch = []
        while self._pending:
            batch.append(self._pending.popleft())
        if batch:
            try:
                self._inbox.put_nowait(batch)
            except queue.Full:
                self._drop(len(batch))
                return 0
        return len(batch)

    def _write(self) -> None:
        while not self._stop.is_set():
            try:
                batch = self._inbox.get(timeout=FLUSH_S)
            except queue.Empty:
                continue
            if not batch or self._stop.is_set():  # stop's wake-up: discarded, as queued reports are
                continue
            try:
                self._send.send(batch)
            except (OSError, ValueError):  # the child is gone (or stop closed the pipe)
                return

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                self.flush()
                if not self._receive.poll(FLUSH_S):
                    continue
                snap: DriftSnapshot = self._receive.recv()
            except (EOFError, OSError, ValueError):
                return
            snap = DriftSnapshot(
                snap.reports, snap.window, snap.jsd, snap.unknown_share, snap.processed, self.dropped
            )
            self.last = snap
            if self._publish is not None:
                self._publish(snap)

    def start(self) -> DriftProcess:
        """Start the child process (it dies with the daemon, also after a SIGKILL: triage.lifecycle.children)
        and the writer and snapshot reader threads."""
        import json
        import logging
        import os
        import sys
        from multiprocessing.connection import Connection

        from triage.lifecycle.children import pdeathsig_preexec

        if self._process is None:
            inbox_r, inbox_w = os.pipe()
            outbox_r, outbox_w = os.pipe()
            lifeline_r, self._lifeline = os.pipe()  # never written: its end is the parent's death
            topics, window, interval_s = self._args
            args = {
                "topics_dir": topics,
                "window": window,
                "interval_s": interval_s,
                "inbox_fd": inbox_r,
                "outbox_fd": outbox_w,
                "parent_pid": os.getpid(),
                "lifeline_fd": lifeline_r,
                "log_level": logging.getLevelName(logging.getLogger().getEffectiveLevel()),
                "sys_path": sys.path,
            }
            try:
                self._process = subprocess.Popen(
                    [sys.executable, "-c", _CHILD_CODE, json.dumps(args)],
                    stdin=subprocess.DEVNULL,
                    pass_fds=(inbox_r, outbox_w, lifeline_r),
                    # One BLAS/OpenMP thread in the child: LDA inference is small matrix work, and a BLAS
                    # pool of one spinning thread per core took CPU from the daemon's loop (p99
                    # produce->Flag 65-69 ms at 100 msg/s, 37-42 ms without drift).
                    env={**os.environ, **_ONE_THREAD_ENV},
                    preexec_fn=pdeathsig_preexec(),  # None off the main thread: the other two layers hold
                )
            except BaseException:
                for fd in (inbox_w, outbox_r, self._lifeline):
                    os.close(fd)
                self._lifeline = None
                raise
            finally:
                for fd in (inbox_r, outbox_w, lifeline_r):  # the child's ends
                    os.close(fd)
            self._send = Connection(inbox_w, readable=False)
            self._receive = Connection(outbox_r, writable=False)
            self._writer = threading.Thread(target=self._write, name="triage-drift-writer", daemon=True)
            self._writer.start()
            self._start_thread(self._read, "triage-drift-reader")
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the child and the threads; queued reports are discarded. Closing the child's inbox ends it
        (its next read meets the end of the pipe); SIGTERM, then SIGKILL, if not within `timeout_s`."""
        self._stop.set()
        with contextlib.suppress(queue.Full):
            self._inbox.put_nowait([])  # wakes the writer now
        writer, self._writer = self._writer, None
        if writer is not None:  # it waits FLUSH_S at most for a batch, longer only inside a write
            writer.join(timeout=min(timeout_s, 2 * FLUSH_S))
        if writer is None or not writer.is_alive():
            self._close_send()
        if self._process is not None:
            try:
                self._process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self._process.terminate()
                try:
                    self._process.wait(timeout=timeout_s)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
            self._process = None
        if writer is not None:  # a write the child never read ends with the child (EPIPE)
            writer.join(timeout=timeout_s)
            self._close_send()
        self._join_thread(timeout_s)  # the reader
        receive, self._receive = self._receive, None
        if receive is not None:
            with contextlib.suppress(OSError):
                receive.close()
        lifeline, self._lifeline = self._lifeline, None
        if lifeline is not None:
            os.close(lifeline)

    def _close_send(self) -> None:
        send, self._send = self._send, None
        if send is not None:
            with contextlib.suppress(OSError):
                send.close()

    def close(self) -> None:
        """`stop()` within a second: what an abandoned start-up closes late (lifecycle.shutdown)."""
        self.stop(timeout_s=1.0)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def describe(self) -> dict[str, Any]:
        """Settings for a log line (no text)."""
        return {
            "window": self.window,
            "queue_size": self._queue_size,
            "interval_s": self._args[2],
            "sample_every": self._sample_every,
            "process": True,
        }
