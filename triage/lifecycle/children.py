"""Child processes that never outlive their parent, whatever ends the parent (SIGKILL included).

Three layers, because each alone has a gap:
* Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`: the kernel kills the child the moment its parent dies. It is
  tied to the parent *thread* that started the child, so the parent asks for it only when it starts the
  child from its main thread (which lives as long as the process).
* a parent sentinel (a pipe whose other end only the parent holds: multiprocessing's, or a lifeline pipe
  the parent hands a `subprocess` child): readable at the parent's death on every platform; a watcher
  thread in the child waits on it.
* `os.getppid()` no longer the parent's pid (re-parented to init or a subreaper): checked by the same thread,
  and once right after start (the parent may have died before the child got going).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable

PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_S = 0.5


def set_pdeathsig(sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send `sig` to this process when its parent (thread) dies. False off Linux or when
    prctl is unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def pdeathsig_preexec() -> Callable[[], None] | None:
    """A `preexec_fn` for `subprocess.Popen` that makes an external child (the embedded Tansu broker or proxy)
    die with this process on SIGKILL too; None off Linux or off the main thread (the signal follows the
    starting *thread*, and a worker thread's exit would kill the child early). prctl is looked up here, in
    the parent, so the forked child only makes the one call."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def _preexec() -> None:
        prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)

    return _preexec


def die_with_parent(parent_pid: int, *, pdeathsig: bool = True, sentinel: int | None = None) -> None:
    """Called first thing in a child: end this process (exit 0, quietly) as soon as `parent_pid` is gone.
    `sentinel`: the read end of a pipe whose write end only the parent holds (a child started by
    `subprocess`, which has no multiprocessing parent sentinel); default: multiprocessing's."""
    if pdeathsig:
        set_pdeathsig()
    if os.getppid() != parent_pid:
        os._exit(0)
    threading.Thread(
        target=_watch_parent, args=(parent_pid, sentinel), name="triage-parent-watch", daemon=True
    ).start()


def _watch_parent(parent_pid: int, sentinel: int | None = None) -> None:
    import multiprocessing
    from multiprocessing.connection import wait

    if sentinel is None:
        with contextlib.suppress(Exception):
            parent = multiprocessing.parent_process()
            sentinel = parent.sentinel if parent is not None else None
    while True:
        if sentinel is not None:
            try:
                if wait([sentinel], timeout=WATCH_INTERVAL_S):
                    os._exit(0)
            except OSError:
                os._exit(0)
        else:
            threading.Event().wait(WATCH_INTERVAL_S)
        if os.getppid() != parent_pid:
            os._exit(0)
