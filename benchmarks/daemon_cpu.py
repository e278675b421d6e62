"""CPU time per record of `triage run` at full speed, and where it goes outside the Processor.

    .venv/bin/python benchmarks/daemon_cpu.py [--n 5000] [--pairs 2] [--against DIR] [--py-spy OUT]
                                              [--set NAME=VALUE ...]

Only benchmarks/e2e.py's full-speed phase, so runs are short and can be interleaved: an embedded Tansu,
for each run fresh topics and `triage run` as a subprocess (every feature on, as in e2e.py), N ORU records
produced at once by a librdkafka producer, consumed back by a librdkafka watcher; the daemon's CPU time
(user + system, every thread, /proc) from the first send until every audit record was seen, divided by N.

`--against DIR`: a second source tree (e.g. `git archive main | tar -x -C /tmp/base`) whose daemon runs in
turn with this one (DIR first), `--pairs` times, so the box's load moves both sides alike; the load average
is printed per run. `--py-spy OUT`: one more run of this tree under `py-spy record` (sampling every thread of
the daemon, native frames off; py-spy is not a dependency: `pip install py-spy` where you profile) during the
phase only; writes OUT (collapsed stacks), prints the CPU per record of each thread and the top functions by
own and by inclusive samples, those under the Processor (triage.pipeline/rules/model/text/hl7, torch, spaCy)
apart. `--set NAME=VALUE` passes a TRIAGE_ setting to the daemons of both trees (e.g. to compare a client
option)."""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from e2e import Watcher, metrics_text, run_phase, wait_ready  # noqa: E402

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker, free_port  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402

# a frame in these is the Processor's work (parse, text, network, rules, decision, Flag and audit building)
PROCESSOR_PARTS = (
    "triage/pipeline/",
    "triage/rules/",
    "triage/model/",
    "triage/text/",
    "triage/hl7/",
    "triage/fhir/",
    "triage/priority/",
    "triage/core.py",
    "torch/",
    "spacy/",
    "medspacy/",
    "thinc/",
    "<built-in method torch",
)


def daemon_env(tree: Path, bootstrap: str, topics: TopicSettings, port: int, extra: dict[str, str]) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "TRIAGE_BOOTSTRAP_SERVERS": bootstrap,
            "TRIAGE_GROUP_ID": f"cpu-{time.time_ns()}",
            **{
                f"TRIAGE_TOPICS__{name.upper()}": getattr(topics, name) for name in TopicSettings.model_fields
            },
            "TRIAGE_PUBLISH_REVIEW": "true",
            "TRIAGE_SESSION_TIMEOUT_MS": "6000",
            "TRIAGE_HEARTBEAT_INTERVAL_MS": "1000",
            "TRIAGE_MODEL_DIR": str(DEFAULT_MODEL_DIR),
            "TRIAGE_HTTP_HOST": "127.0.0.1",
            "TRIAGE_HTTP_PORT": str(port),
            "TRIAGE_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(tree),
            **extra,
        }
    )
    return env


def thread_cpu(pid: int) -> dict[int, float]:
    """CPU seconds per thread (task id) of a process (/proc)."""
    out = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        out[int(task.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def one_run(
    broker: EmbeddedBroker, tree: Path, feed: list, extra: dict[str, str], py_spy: Path | None = None
) -> dict:
    topics = TopicSettings.suffixed(str(time.time_ns()))
    settings = Settings(bootstrap_servers=broker.bootstrap_servers, topics=topics, publish_review=True)
    ensure_topics(settings.kafka, partitions=3)
    port = free_port()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "triage.cli", "run"],
            env=daemon_env(tree, broker.bootstrap_servers, topics, port, extra),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=tree,
        )
        spy = None
        try:
            watcher = Watcher(broker.bootstrap_servers, topics)
            watcher.start()
            wait_ready(port, proc)
            time.sleep(1.0)  # the group joined, the first fetches out
            if py_spy is not None:
                spy = subprocess.Popen(
                    [
                        *(
                            shutil.which("py-spy") or "py-spy",
                            "record",
                            "--pid",
                            str(proc.pid),
                            "--rate",
                            "250",
                        ),
                        *("--format", "raw", "--threads", "--nonblocking", "-o", str(py_spy)),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                time.sleep(1.0)
            load = os.getloadavg()[0]
            threads0 = thread_cpu(proc.pid)
            phase = run_phase(
                watcher,
                broker.bootstrap_servers,
                topics.input,
                feed,
                None,
                {"daemon": proc.pid, "broker": broker.pid},
            )
            batches = {
                name: float(value)
                for name, _, value in (line.partition(" ") for line in metrics_text(port).splitlines())
                if name in ("triage_batch_size_records_count", "triage_batch_size_records_sum")
            }
            threads = {
                t: 1e6 * (c - threads0.get(t, 0.0)) / len(feed) for t, c in thread_cpu(proc.pid).items()
            }
            if spy is not None:
                spy.send_signal(signal.SIGINT)
                spy.wait(timeout=30)
            watcher.stop_event.set()
        finally:
            if spy is not None and spy.poll() is None:
                spy.kill()
                spy.wait()
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
            if code != 0:
                log.seek(0)
                print(log.read().decode(errors="replace")[-3000:])
                raise SystemExit(f"daemon exited with {code}")
    phase["load"] = load
    phase["batches"] = batches
    phase["threads"] = threads
    return phase


def spy_report(path: Path, top: int, threads: dict[int, float]) -> None:
    """Top functions of collapsed stacks (py-spy raw): own and inclusive samples, outside the Processor."""
    own: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    tids: collections.Counter[str] = collections.Counter()
    total = inside = 0
    for line in path.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        count = int(count_text)
        frames = stack.split(";")
        total += count
        tids[frames[0]] += count
        if any(part in f for f in frames for part in PROCESSOR_PARTS):
            inside += count
            continue
        own[frames[-1]] += count
        for f in set(frames[1:]):
            incl[f] += count
    print(f"\npy-spy {path}: {total} samples, {inside} ({inside / max(total, 1):.0%}) inside the Processor")
    names = {int(t.split("(")[1].split(")")[0]): t.split(": ", 1)[-1] for t in tids if "(" in t}
    print(
        "CPU per record by thread: "
        + ", ".join(
            f"{names.get(tid, tid)} {us:,.0f} µs"
            for tid, us in sorted(threads.items(), key=lambda x: -x[1])
            if us >= 1
        )
    )
    for title, table in (("own", own), ("inclusive", incl)):
        print(f"\noutside the Processor, top {top} by {title} samples (% of all samples):")
        for name, count in table.most_common(top):
            print(f"  {100 * count / total:5.1f}%  {name}")


def mean_batch(phase: dict) -> float:
    """Records per polled batch over the whole run (the histogram's sum / count)."""
    count = phase["batches"].get("triage_batch_size_records_count", 0.0)
    return phase["batches"].get("triage_batch_size_records_sum", 0.0) / count if count else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--pairs", type=int, default=2)
    ap.add_argument(
        "--against", type=Path, default=None, help="a second source tree, run in turn with this one"
    )
    ap.add_argument("--py-spy", type=Path, default=None, help="also one run of this tree under py-spy")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a TRIAGE_ setting")
    args = ap.parse_args()
    extra = dict(item.split("=", 1) for item in args.set)

    feed = [(k, v) for k, v, _ in synth_stream(args.n, seed=1)]
    trees = ([args.against.resolve()] if args.against else []) + [REPO]
    rows = []
    with EmbeddedBroker() as broker:
        for _ in range(args.pairs):
            for tree in trees:
                phase = one_run(broker, tree, feed, extra)
                rows.append((tree, phase))
                print(
                    f"{tree!s:40} daemon {phase['cpu_us']['daemon']:7,.0f} µs/record, broker "
                    f"{phase['cpu_us']['broker']:5,.0f} µs, {phase['throughput']:5,.0f} msg/s, "
                    f"{phase['decided']}/{phase['n']} decided, mean batch {mean_batch(phase):.0f}, "
                    f"load {phase['load']:.2f}",
                    flush=True,
                )
        if args.py_spy:
            phase = one_run(broker, REPO, feed, extra, py_spy=args.py_spy)
            print(f"(py-spy run: {phase['throughput']:,.0f} msg/s, load {phase['load']:.2f})")
    if args.py_spy:
        spy_report(args.py_spy, args.top, phase["threads"])


if __name__ == "__main__":
    main()
