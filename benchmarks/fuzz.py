"""Fuzz the daemon's pass: mutated ORU records through the Processor in-process, then a sample through the
real daemon (`triage run`) on an embedded broker. Not a timed test: prints tables.

    .venv/bin/python benchmarks/fuzz.py [--n 100000] [--seed 0] [--bases 400] [--batch 256]
                                        [--daemon-n 2000] [--model model_artifacts] [--threads 1]

Inputs: `--bases` synthetic records (`triage.offline.synth.oru.synth_stream`: head-CT ORUs with P/F/C
versions, other procedures, ADTs) mutated by `triage.offline.synth.mutate` (kinds in turn: byte flips,
truncations, separator swaps,
huge fields, deep repetition, bad encodings, MLLP framing, NULs, lone surrogates, ... and stacks of them).

1. in-process: `Processor.process_batch` (the shipped model on CPU, `--threads` torch threads, batches of
   `--batch` records as the daemon polls them, one flag-state map across batches as in the daemon). A crash
   = process_batch raising (then each record of that batch is run alone to name the culprits); every record
   must have at least one audit record, every dead-letter audit a dead letter with the same reason.
   Parser bugs the parser itself swallows ("internal parser error", reason `internal_error`) are listed.
2. daemon: the first `--daemon-n` mutants produced to a fresh input topic, one `triage run` subprocess,
   until every input record has an audit record; the daemon must still be running, log no error event, and
   exit 0 on SIGTERM. Its decisions are compared with the in-process ones for the same mutants.

Any mutant is reproducible alone: `triage.offline.synth.mutate.mutant(bases, INDEX, seed=SEED)`.
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
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import topic_read  # noqa: E402  (benchmarks/, the script's own folder)
from tqdm import tqdm  # noqa: E402

from triage.config import DEFAULT_MODEL_DIR, Settings, TopicSettings  # noqa: E402
from triage.core import RecordOutcome, SourceRecord  # noqa: E402
from triage.offline.synth.mutate import KINDS, Mutant, mutant  # noqa: E402
from triage.offline.synth.oru import synth_stream  # noqa: E402

INTERNAL = "internal parser error"
STALL_NOTE = "--stall-chars"


def outcome_label(audit: dict[str, Any]) -> str:
    """positive / negative / skipped:<reason> / dead_letter:<reason>."""
    decision = audit["decision"]
    if decision in ("positive", "negative"):
        return decision
    return f"{decision}:{audit.get('reason')}"


def check_outcome(outcome: RecordOutcome) -> list[str]:
    """Problems with one record's outcome (empty when it is decided or dead-lettered with a reason)."""
    problems = []
    if not outcome.audit_json():
        problems.append("no audit record")
    dead = {
        int(dict(m.headers)["triage-message-index"]): dict(m.headers)
        for m in outcome.outputs
        if "triage-dlq-reason" in dict(m.headers)
    }
    for audit in outcome.audit_json():
        if audit["decision"] == "dead_letter":
            idx = audit["source"]["message_index"]
            if not audit.get("reason"):
                problems.append("dead letter without a reason")
            elif idx not in dead or dead[idx]["triage-dlq-reason"].decode() != audit["reason"]:
                problems.append("dead-letter audit without its dead letter")
    return problems


def internal_errors(outcome: RecordOutcome) -> list[str]:
    """Dead letters that hide a bug: the parser's catch-all, or a non-triage exception."""
    out = []
    for m in outcome.outputs:
        h = dict(m.headers)
        if "triage-dlq-reason" not in h:
            continue
        text = h.get("triage-dlq-error", b"").decode("utf-8", "replace")
        if h["triage-dlq-reason"] == b"internal_error" or text.startswith(INTERNAL):
            out.append(f"{h['triage-dlq-reason'].decode()}: {text[:120]}")
    return out


class Tally:
    def __init__(self) -> None:
        self.records: Counter[str] = Counter()  # kind → records
        self.messages: Counter[tuple[str, str]] = Counter()  # (kind, outcome) → messages
        self.seconds: Counter[str] = Counter()  # kind → seconds of processing (share of its batch)
        self.bytes: Counter[str] = Counter()
        self.crashes: list[tuple[int, str, str]] = []  # (index, kind, exception)
        self.problems: list[tuple[int, str, str]] = []
        self.internal: list[tuple[int, str, str]] = []
        self.stalls: list[tuple[int, str, str]] = []  # (index, kind, why) not processed, see _stalls
        self.elapsed = 0.0  # seconds, model loading excluded
        self.labels: dict[int, list[str]] = {}  # mutant index → outcome per message (for the daemon check)


def _stalls(prepared: Any, batch: list[Mutant], stall_chars: int) -> dict[int, int]:
    """Mutants whose scored text is longer than `stall_chars` (index → characters; 0 = none). Before the rule
    tier read long texts in sentence chunks its time grew about quadratically with a text's length (32,000
    characters: ~50 s), so such mutants stalled the run; with `--stall-chars N` they are counted as STALL and
    their outcomes dropped (kept to measure the old behaviour)."""
    out: dict[int, int] = {}
    if stall_chars <= 0:
        return out
    for m, items in zip(batch, prepared.items, strict=True):
        longest = max((len(prepared.texts[it.score_row]) for it in items if it.score_row >= 0), default=0)
        if longest > stall_chars:
            out[m.index] = longest
    return out


def run_batch(
    processor: Any, batch: list[Mutant], state: dict[str, Any], tally: Tally, keep: int, stall_chars: int
) -> None:
    """Pass 1 once; the texts of STALL mutants are replaced by a stub before pass 2 (their outcomes are
    dropped), then passes 2 and 3 as the daemon runs them."""
    records = [SourceRecord("fuzz", 0, m.index, m.value, m.key) for m in batch]
    t0 = time.perf_counter()
    outcomes: list[RecordOutcome | None]
    try:
        prepared = processor.prepare(records)
        stalls = _stalls(prepared, batch, stall_chars)
        for m, items in zip(batch, prepared.items, strict=True):
            for it in items:
                if m.index in stalls and it.score_row >= 0:
                    prepared.texts[it.score_row] = "stub"
                    prepared.tokens[it.score_row] = ["stub"]
        outcomes = list(processor.finish(processor.score(prepared), state))
    except Exception:  # the batch failed: find the records that make it fail
        stalls, outcomes = {}, []
        for m, rec in zip(batch, records, strict=True):
            try:
                alone = processor.prepare([rec])
                if _stalls(alone, [m], stall_chars):
                    stalls.update(_stalls(alone, [m], stall_chars))
                    outcomes.append(None)
                    continue
                outcomes.append(processor.finish(processor.score(alone), state)[0])
            except Exception as exc:
                tally.crashes.append((m.index, m.kind, f"{type(exc).__name__}: {str(exc)[:100]}"))
                outcomes.append(None)
    elapsed = time.perf_counter() - t0
    total = sum(len(m.value) for m in batch) or 1
    for m, outcome in zip(batch, outcomes, strict=True):
        tally.records[m.kind] += 1
        tally.bytes[m.kind] += len(m.value)
        tally.seconds[m.kind] += elapsed * (0.5 / len(batch) + 0.5 * len(m.value) / total)
        if m.index in stalls:
            tally.messages[(m.kind, "STALL")] += 1
            tally.stalls.append((m.index, m.kind, f"rule tier would read {stalls[m.index]:,} characters"))
            continue
        if outcome is None:
            tally.messages[(m.kind, "CRASH")] += 1
            continue
        for problem in check_outcome(outcome):
            tally.problems.append((m.index, m.kind, problem))
        for err in internal_errors(outcome):
            tally.internal.append((m.index, m.kind, err))
        labels = [outcome_label(a) for a in outcome.audit_json()]
        for label in labels:
            tally.messages[(m.kind, label)] += 1
        if m.index < keep:
            tally.labels[m.index] = labels


def in_process(args: argparse.Namespace, bases: list[tuple[bytes | None, bytes]]) -> Tally:
    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    settings = Settings(model_dir=args.model, device="cpu")
    processor = Processor.from_settings(Scorer.load(args.model, device="cpu", threads=args.threads), settings)
    tally = Tally()
    state: dict[str, Any] = {}
    t0 = time.perf_counter()
    with tqdm(total=args.n, unit="msg", desc="in-process", mininterval=1.0) as bar:
        for start in range(0, args.n, args.batch):
            batch = [mutant(bases, i, seed=args.seed) for i in range(start, min(args.n, start + args.batch))]
            run_batch(processor, batch, state, tally, keep=args.daemon_n, stall_chars=args.stall_chars)
            bar.update(len(batch))
            bar.set_postfix(crashes=len(tally.crashes), problems=len(tally.problems), refresh=False)
    tally.elapsed = time.perf_counter() - t0
    return tally


# ---- the daemon ----------------------------------------------------------------------------------------
def _read_all(bootstrap: str, topic: str) -> list[Any]:
    return topic_read.read_all(bootstrap, topic, settle_s=1.0, poll_ms=100, timeout_s=120.0)


def through_daemon(args: argparse.Namespace, bases: list[tuple[bytes | None, bytes]], tally: Tally) -> dict:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    from triage.stream.broker import EmbeddedBroker
    from triage.stream.kafka_io import ensure_topics

    stalled = {i for i, _, _ in tally.stalls}
    sample = [mutant(bases, i, seed=args.seed) for i in range(args.daemon_n) if i not in stalled]
    result: dict[str, Any] = {"n": len(sample), "left_out_stalls": args.daemon_n - len(sample)}
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        bootstrap = broker.bootstrap_servers
        topics = TopicSettings.suffixed(str(time.time_ns()))
        settings = Settings(bootstrap_servers=bootstrap, topics=topics)
        ensure_topics(settings.kafka, partitions=3)
        producer = KafkaProducer(
            bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=8 << 20
        )
        futures = [(m, producer.send(topics.input, key=m.key, value=m.value)) for m in sample]
        producer.flush()
        coords: dict[tuple[int, int], Mutant] = {}
        refused: Counter[str] = Counter()
        for m, fut in futures:
            try:
                meta = fut.get(30)
                coords[(meta.partition, meta.offset)] = m
            except Exception as exc:  # the broker would not store it: not an input the daemon can see
                refused[type(exc).__name__] += 1
        producer.close()
        result["not_stored"] = dict(refused)

        env = dict(os.environ)
        env.update(
            {
                "TRIAGE_BOOTSTRAP_SERVERS": bootstrap,
                "TRIAGE_GROUP_ID": f"fuzz-{time.time_ns()}",
                **{f"TRIAGE_TOPICS__{f.upper()}": getattr(topics, f) for f in TopicSettings.model_fields},
                "TRIAGE_SESSION_TIMEOUT_MS": "6000",
                "TRIAGE_HEARTBEAT_INTERVAL_MS": "1000",
                "TRIAGE_MODEL_DIR": str(args.model),
                "TRIAGE_DEVICE": "cpu",
                "TRIAGE_HTTP_HOST": "127.0.0.1",
                "TRIAGE_HTTP_PORT": "0",
                "TRIAGE_LOG_LEVEL": "INFO",
                "OMP_NUM_THREADS": str(args.threads),
                "PYTHONPATH": str(REPO),
            }
        )
        env.pop("TRIAGE_CONFIG", None)
        log_path = Path(tmp) / "daemon.log"
        t0 = time.monotonic()
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "triage.cli", "run"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=REPO,
            )
            audit_reader = KafkaConsumer(
                bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=20
            )
            tps = [TopicPartition(topics.audit, p) for p in range(3)]
            audit_reader.assign(tps)
            audit_reader.seek_to_beginning(*tps)
            seen: set[tuple[int, int]] = set()
            with tqdm(total=len(coords), unit="msg", desc="daemon", mininterval=1.0) as bar:
                deadline = time.monotonic() + args.daemon_timeout
                while len(seen) < len(coords) and time.monotonic() < deadline and proc.poll() is None:
                    for batch in audit_reader.poll(timeout_ms=200).values():
                        for rec in batch:
                            src = json.loads(rec.value)["source"]
                            key = (src["partition"], src["offset"])
                            if key not in seen:
                                seen.add(key)
                                bar.update(1)
            audit_reader.close(autocommit=False)
            result["seconds"] = time.monotonic() - t0
            result["alive"] = proc.poll() is None
            if result["alive"]:
                proc.send_signal(signal.SIGTERM)
            try:
                result["exit_code"] = proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                result["exit_code"] = proc.wait()
        events = []
        for line in log_path.read_text(errors="replace").splitlines():
            try:
                events.append(json.loads(line))
            except ValueError:
                continue
        result["error_events"] = Counter(
            e.get("event") for e in events if e.get("level") in ("error", "critical")
        )
        result["retry_events"] = sum(e.get("event") == "batch_retry_backoff" for e in events)
        if not events:
            result["log_tail"] = log_path.read_text(errors="replace")[-1500:]

        audits = [json.loads(r.value) for r in _read_all(bootstrap, topics.audit)]
        dead = _read_all(bootstrap, topics.dead_letter)
        dead_keys = {
            (
                int(dict(r.headers)["triage-source-partition"]),
                int(dict(r.headers)["triage-source-offset"]),
                int(dict(r.headers)["triage-message-index"]),
            ): dict(r.headers).get("triage-dlq-reason", b"").decode()
            for r in dead
        }
    per_record: dict[tuple[int, int], dict[int, str]] = defaultdict(dict)
    dup = 0
    no_dlq = 0
    for a in audits:
        s = a["source"]
        coord, idx = (s["partition"], s["offset"]), s["message_index"]
        if idx in per_record[coord]:
            dup += 1
        per_record[coord][idx] = outcome_label(a)
        if a["decision"] == "dead_letter" and dead_keys.get((*coord, idx)) != a.get("reason"):
            no_dlq += 1
    outcomes: Counter[tuple[str, str]] = Counter()
    agree = disagree = 0
    disagreements: list[tuple[int, str, list[str], list[str]]] = []
    for coord, m in coords.items():
        labels = [per_record[coord][i] for i in sorted(per_record.get(coord, {}))]
        for label in labels or ["MISSING"]:
            outcomes[(m.kind, label)] += 1
        reference = tally.labels.get(m.index)
        if reference is not None:
            if _comparable(reference) == _comparable(labels):
                agree += 1
            else:
                disagree += 1
                disagreements.append((m.index, m.kind, reference, labels))
    result.update(
        outcomes=outcomes,
        missing=sum(1 for c in coords if c not in per_record),
        duplicates=dup,
        dead_letter_audits_without_dead_letter=no_dlq,
        agree=agree,
        disagree=disagree,
        disagreements=disagreements[:10],
    )
    return result


def _comparable(labels: list[str]) -> list[str]:
    # skipped/negative/positive/dead_letter:<reason> compare as they are; the daemon alone sees the lifecycle
    # of the in-process run's other batches, which only changes Flag actions, not these labels
    return labels


# ---- tables --------------------------------------------------------------------------------------------
def print_tables(tally: Tally, n: int, seconds: float) -> None:
    groups = ["positive", "negative", "skipped", "dead_letter", "CRASH", "STALL"]
    print(f"\n### In-process: {n:,} mutated records through Processor.process_batch ({seconds:.0f} s, "
          f"{n / seconds:.0f} records/s)\n")  # fmt: skip
    print("| mutation | records | MB | s | " + " | ".join(groups) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(groups))
    for kind in KINDS:
        per = Counter()
        for (k, label), c in tally.messages.items():
            if k == kind:
                per[label.split(":", 1)[0]] += c
        print(
            f"| {kind} | {tally.records[kind]:,} | {tally.bytes[kind] / 1e6:.1f} | "
            + f"{tally.seconds[kind]:.1f} | "
            + " | ".join(f"{per[g]:,}" for g in groups)
            + " |"
        )
    totals = Counter()
    for (_, label), c in tally.messages.items():
        totals[label] += c
    print("\n| outcome (per message) | count |\n|---|---:|")
    for label, c in sorted(totals.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {label} | {c:,} |")
    print(
        f"\ncrashes: {len(tally.crashes)}; records without an outcome or with a dead-letter audit but no "
        f"dead letter: {len(tally.problems)}; dead letters hiding an internal error: {len(tally.internal)}"
    )
    print(f"stalls (scored text over {STALL_NOTE}): {len(tally.stalls)}")
    for title, rows in (
        ("crash", tally.crashes),
        ("problem", tally.problems),
        ("internal", tally.internal),
        ("stall", tally.stalls),
    ):
        by = Counter((kind, _what(title, what)) for _, kind, what in rows)
        for (kind, what), c in by.most_common(15):
            first = next(i for i, k, w in rows if k == kind and _what(title, w) == what)
            print(f"  {title}: {kind}: {what} x{c} (first: mutant {first})")


def _what(title: str, what: str) -> str:
    if title == "crash":
        return what
    if title == "stall":
        return "scored text too long for the rule tier"
    return what.split(":", 2)[0]


def print_daemon(result: dict) -> None:
    print(f"\n### Daemon: {result['n']:,} of the same mutants through `triage run` on an embedded broker\n")
    print("| check | value |\n|---|---:|")
    rows = [
        ("STALL mutants left out of the sample", result["left_out_stalls"]),
        ("records the broker would not store", sum(result["not_stored"].values())),
        ("records with no audit record (lost)", result["missing"]),
        ("dead-letter audits without their dead letter", result["dead_letter_audits_without_dead_letter"]),
        ("duplicate audit records", result["duplicates"]),
        ("error events in the daemon log", sum(result["error_events"].values())),
        ("batch retries (batch_retry_backoff)", result["retry_events"]),
        ("daemon alive at the end", result["alive"]),
        ("exit code after SIGTERM", result["exit_code"]),
        ("outcomes equal to in-process", f"{result['agree']:,} / {result['agree'] + result['disagree']:,}"),
        ("seconds to decide all", f"{result['seconds']:.0f}"),
    ]
    for name, value in rows:
        print(f"| {name} | {value} |")
    totals = Counter()
    for (_, label), c in result["outcomes"].items():
        totals[label] += c
    print("\n| daemon outcome (per message) | count |\n|---|---:|")
    for label, c in sorted(totals.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {label} | {c:,} |")
    if result["error_events"]:
        print(f"\nerror events: {dict(result['error_events'])}")
    if result["not_stored"]:
        print(f"not stored by the broker: {result['not_stored']}")
    for d in result["disagreements"]:
        print(f"  differs: mutant {d[0]} ({d[1]}): in-process {d[2]} daemon {d[3]}")
    if "log_tail" in result:
        print(result["log_tail"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="mutants through the Processor in-process")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--bases", type=int, default=400, help="synthetic records to mutate")
    ap.add_argument("--batch", type=int, default=256, help="records per process_batch call (daemon default)")
    ap.add_argument(
        "--daemon-n", type=int, default=2000, help="first N mutants also through `triage run` (0: skip)"
    )
    ap.add_argument("--daemon-timeout", type=float, default=900.0)
    ap.add_argument(
        "--stall-chars",
        type=int,
        default=0,
        help="mutants whose scored text is longer are counted as STALL and not processed (0: none)",
    )
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--threads", type=int, default=1, help="torch threads")
    args = ap.parse_args()
    if args.n < args.daemon_n:
        ap.error(
            "--daemon-n must not exceed --n (the daemon's outcomes are compared with the in-process ones)"
        )

    bases = [
        (k, v) for k, v, _ in synth_stream(args.bases, seed=args.seed, lifecycle_rate=0.2, cancel_rate=0.1)
    ]
    tally = in_process(args, bases)
    seconds = tally.elapsed
    print(
        f"\nfuzz run: seed {args.seed}, {args.bases} base records, {len(KINDS)} mutation kinds in turn, "
        f"batch {args.batch}, model {args.model.name}, {args.threads} torch thread(s), "
        f"{os.cpu_count()} CPU cores"
    )
    print_tables(tally, args.n, seconds)
    daemon = None
    if args.daemon_n:
        daemon = through_daemon(args, bases, tally)
        print_daemon(daemon)
    failed = tally.crashes or tally.problems
    if daemon is not None:
        failed = failed or daemon["missing"] or not daemon["alive"] or daemon["exit_code"] != 0
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
