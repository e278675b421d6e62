"""`triage run` with a wall-clock timeline per input record, for `benchmarks/e2e.py --trace`.

    python benchmarks/trace_run.py OUT.json        (the daemon's environment as for `triage run`)

Wraps, in this process only, the daemon's poll, the Processor's passes and the delivery with timestamps
(time.time(), the clock the harness stamps its sends with) keyed by the record's (partition, offset), and
writes {"records": {"partition:offset": {stage: seconds since the epoch}}, "cpu": [...]} when the CLI
exits; each SIGUSR1 adds a snapshot of the CPU time of every thread (by thread name) to "cpu" (with
TRACE_PROFILE=FILE the loop thread runs under cProfile between the first two, dumped to FILE). Nothing in
the product changes: the same code runs as in production, plus a few time.time() calls per batch.

Stages: ``polled`` (the loop's poll returned it), ``prepared`` (parse and normalize done), ``scored`` (the
network's result, in the scoring thread), ``assessed`` (rule tier done), ``finish_start`` / ``built``
(decide and build outputs: waits for the batch before it), ``delivered`` (every output acknowledged),
``committed`` (commit sent).
"""

from __future__ import annotations

import cProfile
import json
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from triage import cli
from triage.pipeline.process import Processor
from triage.stream.daemon import Daemon
from triage.stream.delivery import Deliverer

TRACE: dict[str, dict[str, float]] = {}
PROFILER = cProfile.Profile()
CPU: list[dict[str, float]] = []  # per-thread CPU seconds, one snapshot per SIGUSR1 (the harness's phases)


def _thread_cpu(*_: Any) -> None:
    """Snapshot the CPU seconds (user + system) of every thread of this process, by Python thread name."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    snap: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = re.sub(r"[-_ ]?\d+$", "", names.get(int(task.name), "native"))  # Thread-7 -> Thread
        snap[name] = snap.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    CPU.append(snap)
    if path := os.environ.get("TRACE_PROFILE"):  # cProfile of the loop thread between the two snapshots
        if len(CPU) == 1:
            PROFILER.enable()
        elif len(CPU) == 2:
            PROFILER.disable()
            PROFILER.dump_stats(path)


def _mark(records: Any, stage: str) -> None:
    now = time.time()
    for r in records:
        TRACE.setdefault(f"{r.partition}:{r.offset}", {}).setdefault(stage, now)


def _wrap(cls: type, name: str, before: str | None, after: str | None, records: Any) -> None:
    original = getattr(cls, name)

    def wrapped(self: Any, *args: Any, **kwargs: Any) -> Any:
        if before is not None:
            _mark(records(self, args, None), before)
        result = original(self, *args, **kwargs)
        if after is not None:
            _mark(records(self, args, result), after)
        return result

    setattr(cls, name, wrapped)


def main() -> None:
    out = Path(sys.argv[1])
    _wrap(Daemon, "_poll", None, "polled", lambda _s, _a, result: result)
    _wrap(Processor, "prepare", None, "prepared", lambda _s, _a, result: result.records)
    _wrap(Processor, "score_network", None, "scored", lambda _s, a, _r: a[0].records)
    _wrap(Processor, "assess_rules", None, "assessed", lambda _s, a, _r: a[0].records)
    _wrap(Processor, "finish", "finish_start", "built", lambda _s, a, _r: a[0].records)
    _wrap(Deliverer, "deliver", None, "delivered", lambda _s, a, _r: [o.source for o in a[0]])
    _wrap(Daemon, "_commit", None, "committed", lambda _s, a, _r: a[0])
    signal.signal(signal.SIGUSR1, _thread_cpu)
    exit_now = os._exit

    def _exit(code: int) -> None:
        out.write_text(json.dumps({"records": TRACE, "cpu": CPU}))
        exit_now(code)

    os._exit = _exit  # type: ignore[assignment]
    sys.argv = ["triage", "run"]
    cli.main()


if __name__ == "__main__":
    main()
