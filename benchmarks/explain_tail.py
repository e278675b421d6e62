"""What looking up one study and watching a topic cost on a busy audit topic: `triage audit explain` by
accession and by MSH-10 (audit, worklist and dead-letter topics read whole, group-less) and `triage tail
--json` of the audit topic, each run as the command, on an embedded broker (Tansu). Prints a table.

    python benchmarks/explain_tail.py --n 20000 [--before-src DIR]

`--before-src DIR`: also run `audit explain ACCESSION` with the triage package found in DIR (e.g. an earlier
release unpacked with `git archive COMMIT triage | tar -x -C DIR`), as the "before" row.

Audit records are synthetic (the daemon's schema fields that explain reads, ids only); a tenth of the studies
get a dead letter, so the dead-letter topic is not empty."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def fill(bootstrap: str, n: int) -> tuple[str, str]:
    from kafka import KafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.create_topics([NewTopic(t, 6, 1) for t in ("b.audit", "b.worklist", "b.dlq")])
    admin.close()
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=20, batch_size=1 << 18)
    for i in range(n):
        accession, control_id = f"A{1000000 + i // 3}", f"M{i:08d}"
        dead = i % 30 == 0
        record = {
            "schema_version": 1,
            "source": {"topic": "b.oru", "partition": i % 6, "offset": i // 6, "message_index": 0},
            "accession": accession,
            "control_id": control_id,
            "decision": "dead_letter" if dead else ("positive" if i % 7 == 0 else "negative"),
            "reason": "no_report_text" if dead else None,
            "score": None if dead else 0.5,
            "flag_action": "none",
            "model_version": "ich-cnnlstm-bench",
            "mode": "live",
            "timings": {"total_ms": 1.0},
            "processed_at": "2026-12-06T00:00:00+00:00",
        }
        producer.send("b.audit", key=accession.encode(), value=json.dumps(record).encode())
        if dead:
            headers = [
                ("triage-dlq-reason", b"no_report_text"),
                ("triage-msh10", control_id.encode()),
                ("triage-accession", accession.encode()),
            ]
            producer.send("b.dlq", key=accession.encode(), value=b"MSH|^~\\&|x", headers=headers)
    producer.flush()
    producer.close()
    middle = n // 2 - (n // 2) % 30  # a message with a dead letter
    return f"A{1000000 + middle // 3}", f"M{middle:08d}"


def timed(argv: list[str], env: dict[str, str], cwd: Path = REPO) -> tuple[float, str]:
    """Seconds and stdout of one `python -m triage.cli` run (`cwd` first on its path: its triage/ is run)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "triage.cli", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{argv}: exit {proc.returncode}: {proc.stderr[-500:]}")
    return time.perf_counter() - started, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000, help="audit records")
    parser.add_argument("--before-src", type=Path, default=None, help="directory holding an earlier triage/")
    args = parser.parse_args()
    from triage.stream.broker import EmbeddedBroker

    with EmbeddedBroker() as broker:
        bs = broker.bootstrap_servers
        accession, control_id = fill(bs, args.n)
        env = {**os.environ, "PYTHONPATH": str(REPO), "TRIAGE_BOOTSTRAP_SERVERS": bs}
        env.pop("TRIAGE_CONFIG", None)
        topics = ["--audit-topic", "b.audit", "--flag-topic", "b.worklist", "--dead-letter-topic", "b.dlq"]
        rows = []
        for what, argv in (
            ("audit explain ACCESSION", ["audit", "explain", accession, *topics]),
            ("audit explain MSH-10", ["audit", "explain", control_id, *topics]),
            ("tail --json (audit topic)", ["tail", "b.audit", "--json"]),
            ("tail (audit topic, text)", ["tail", "b.audit"]),
        ):
            seconds, out = timed(argv, env)
            check = (
                "dead letter found"
                if "Dead letters for" in out and ": 1" in out
                else f"{len(out.splitlines())} lines"
            )
            rows.append((what, seconds, check))
        if args.before_src is not None:
            before = {**env, "PYTHONPATH": str(args.before_src.resolve())}
            argv = ["audit", "explain", accession, *topics[:4]]
            seconds, out = timed(argv, before, cwd=args.before_src.resolve())
            rows.append(
                (f"before ({args.before_src}): audit explain ACCESSION", seconds, out.splitlines()[0])
            )
    print(f"{args.n:,} audit records on 6 partitions, embedded broker; each a fresh `triage` process")
    print("| command | seconds | audit records/s | output |\n|---|---:|---:|---|")
    for what, seconds, check in rows:
        print(f"| {what} | {seconds:.1f} | {args.n / seconds:,.0f} | {check} |")


if __name__ == "__main__":
    main()
