"""Codec and corrupt-batch cases of the fault battery (issue 16; `benchmarks/faults.py --cases codecs` runs
them, or this script alone). Not a test: prints a markdown table.

    .venv/bin/python benchmarks/faults_codecs.py [--n 60] [--model model_artifacts]

Each case gets fresh topics on one embedded broker and one `triage run` (the shipped model): `--n`
synthetic ORU records (triage.offline.synth.oru.synth_stream) are written to the input topic by a client we
did not write, confluent-kafka (librdkafka), with the case's codec; the daemon runs until every input record
has an audit record (or 60 s), then gets SIGTERM. Cases: none, gzip, snappy, lz4, zstd; a corrupt batch
(the middle third written by kafka-python as one batch with a wrong CRC, or as a gzip batch whose payload
is garbled under a matching CRC); lz4 with the lz4 library hidden from the daemon (a broken install: it
must stop by itself with exit code 5, nothing skipped).
Columns: input records with an audit record, coordinates dead letters, the committed offset, poll_failed
log lines (a retry loop), the exit code and the seconds from SIGTERM to exit (or from start to its own
exit for the broken install).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # its helpers module (an installed package may own the name `tests`)

import topic_read  # noqa: E402  (benchmarks/, the script's own folder)
from interop import confluent_produce, produce_corrupt_batch, without_codec_library  # noqa: E402

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402
from triage.stream.broker import EmbeddedBroker  # noqa: E402
from triage.stream.kafka_io import ensure_topics  # noqa: E402

CORRUPT = {"corrupt batch (bad CRC)": "crc", "corrupt gzip payload (CRC ok)": "payload"}
CASES = ("none", "gzip", "snappy", "lz4", "zstd", *CORRUPT, "lz4, library missing")
DECIDE_WAIT_S = 60.0
STOP_WAIT_S = 30.0


def committed(bootstrap: str, group: str, topic: str) -> int | None:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    try:
        return consumer.committed(TopicPartition(topic, 0))
    finally:
        consumer.close(autocommit=False)


def run_case(
    case: str, broker: EmbeddedBroker, feed: list[tuple[bytes, bytes]], model: Path, tmp: Path
) -> dict:
    bootstrap = broker.bootstrap_servers
    topics = TopicSettings.suffixed(str(time.time_ns()))
    group = f"codecs-{time.time_ns()}"
    ensure_topics(Settings(bootstrap_servers=bootstrap, topics=topics).kafka, partitions=1)
    if case in CORRUPT:
        third = len(feed) // 3
        confluent_produce(bootstrap, topics.input, feed[:third], "none")
        produce_corrupt_batch(bootstrap, topics.input, feed[third : 2 * third], kind=CORRUPT[case])
        confluent_produce(bootstrap, topics.input, feed[2 * third :], "none")
    else:
        confluent_produce(bootstrap, topics.input, feed, case.split(",")[0])
    env = dict(os.environ)
    env.update(
        {
            "TRIAGE_BOOTSTRAP_SERVERS": bootstrap,
            "TRIAGE_GROUP_ID": group,
            **{f"TRIAGE_TOPICS__{f.upper()}": getattr(topics, f) for f in TopicSettings.model_fields},
            "TRIAGE_MODEL_DIR": str(model),
            "TRIAGE_DEVICE": "cpu",
            "TRIAGE_HTTP_HOST": "127.0.0.1",
            "TRIAGE_HTTP_PORT": "0",
            "OMP_NUM_THREADS": "1",
            "PYTHONPATH": str(REPO),
        }
    )
    if case == "lz4, library missing":
        env["PYTHONPATH"] = f"{without_codec_library(tmp / str(time.time_ns()), 'lz4')}:{REPO}"
    log_path = tmp / f"{group}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "triage.cli", "run"], env=env, stdout=log, stderr=log)
    started = time.monotonic()
    decided: set[int] = set()
    while time.monotonic() - started < DECIDE_WAIT_S and proc.poll() is None and len(decided) < len(feed):
        audits = topic_read.read_all(bootstrap, topics.audit, settle_s=0.3, timeout_s=5)
        decided = {json.loads(r.value)["source"]["offset"] for r in audits}
        time.sleep(0.5)
    if proc.poll() is None:
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(timeout=STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            rc = None
        how = "SIGTERM"
    else:
        t0, rc, how = started, proc.returncode, "own exit"
    exit_s = time.monotonic() - t0
    audits = topic_read.read_all(bootstrap, topics.audit, settle_s=0.5, timeout_s=10)
    decided = {json.loads(r.value)["source"]["offset"] for r in audits}
    dead = topic_read.read_all(bootstrap, topics.dead_letter, settle_s=0.5, timeout_s=10)
    coordinates = [r for r in dead if dict(r.headers or ()).get("triage-dlq-format") == b"coordinates"]
    spins = sum(
        1 for line in log_path.read_text(errors="replace").splitlines() if '"event": "poll_failed"' in line
    )
    return {
        "case": case,
        "decided": len(decided),
        "inputs": len(feed),
        "coordinates": len(coordinates),
        "committed": committed(bootstrap, group, topics.input),
        "rc": rc,
        "how": how,
        "exit_s": exit_s,
        "poll_failed": spins,
    }


def codec_cases(n: int, model: Path, seed: int = 0) -> list[dict[str, Any]]:
    feed = [(k, v) for k, v, _ in synth_stream(n, seed=seed)]
    rows = []
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp_name:
        for case in CASES:
            rows.append(run_case(case, broker, feed, model, Path(tmp_name)))
    return rows


def print_codec_table(rows: list[dict[str, Any]]) -> None:
    print(f"\n### Codecs and undecodable batches: librdkafka producer, {os.cpu_count()} CPU cores\n")
    print(
        "| input written as | decided (audit records) | coordinates dead letters | committed offset |"
        " poll_failed lines | exit code | exit s |"
    )
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        rc = "killed" if r["rc"] is None else r["rc"]
        done = "-" if r["committed"] is None else r["committed"]
        print(
            f"| {r['case']} | {r['decided']}/{r['inputs']} | {r['coordinates']} | {done} |"
            f" {r['poll_failed']} | {rc} | {r['exit_s']:.1f} ({r['how']}) |"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=60, help="synthetic ORU records per case")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    args = ap.parse_args()
    print_codec_table(codec_cases(args.n, args.model, args.seed))


if __name__ == "__main__":
    main()
