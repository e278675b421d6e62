"""Replay: read a topic range and run every record through the live daemon's Processor, one or more models.

The replay owns no pipeline logic: each record goes through `triage.pipeline.Processor.process_batch`, the
very function `triage run` uses, so a replayed decision is the live decision for the same model, settings
and lifecycle state.

Lifecycle state rule (why a replay reproduces the live audit records exactly). A decision depends on the
record, the model, the settings and the state of its accession (the open Flag, if any). Kafka keeps per-key
order only inside a partition, and producers key ORU records by accession (or patient), so each study's
messages live in one partition, in order. Therefore:

- a replay that starts at the beginning of the topic, with the daemon's settings, rebuilds the same state
  message by message and reproduces the live records exactly, whatever order partitions are interleaved in;
- a replay of a later stretch starts with an empty state (default), which changes `flag_action` (and
  `flag_status`) for studies whose earlier messages lie before the range — use `--warmup` to run the
  records before the range through the same models first (state only, nothing written), or
  `--state-snapshot CHECKPOINT` to start from the final state of an earlier replay that ended where this
  one starts.

Partitions are merged by (timestamp, partition, offset), which makes the order of the replay itself
deterministic even when studies span partitions (the live daemon's order is then not reproducible by anyone).
"""

from __future__ import annotations

import contextlib
import queue
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage.core import RecordOutcome, SourceRecord
from triage.errors import ConfigError
from triage.lifecycle.shutdown import StoppedError, until_stopped
from triage.replay.checkpoint import Checkpoint, read_checkpoint, write_checkpoint
from triage.replay.range import Bound, PartitionRange, TopicRange, resolve_range
from triage.replay.reader import RangeReader, range_consumer
from triage.replay.sink import JsonlSink, Sink, TopicSink
from triage.stream.kafka_io import cli_connect_timeout_s

if TYPE_CHECKING:
    from triage.config import KafkaSettings, OutputSettings, PipelineSettings, TopicSettings
    from triage.pipeline.process import Processor

DEFAULT_BATCH = 512


@dataclass
class ModelRun:
    """One model of a replay: its Processor and its own lifecycle state."""

    directory: Path
    processor: Processor
    state: dict[str, Any] = field(default_factory=dict)  # accession -> FlagState
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def ident(self) -> dict[str, str]:
        return {
            "model_version": self.processor.model_version,
            "model_sha256": self.processor.model.model_sha256,
        }

    def info(self) -> dict[str, Any]:
        m = self.processor.model
        return {
            "directory": str(self.directory),
            "model_version": m.model_version,
            "model_sha256": m.model_sha256,
            "normalization_version": m.normalization_version,
            "threshold": m.threshold,
        }


@dataclass
class ReplayOptions:
    topic: str
    from_bound: Bound
    to_bound: Bound
    partitions: Sequence[int] | None = None
    out: Path | None = None
    out_topic: str | None = None
    checkpoint: Path | None = None
    resume: bool = False
    warmup: bool = False
    state_snapshot: Path | None = None
    batch_size: int = DEFAULT_BATCH
    keep_timings: bool = False
    live_worklist_ok: bool = False
    progress: bool = True
    checkpoint_interval_s: float = 5.0
    throttle_ms: int = 0  # pause after each batch (to spare a production cluster)
    pipeline: bool = True  # read and parse the next batch in a thread while this one is scored
    stop_after: int | None = None  # test hook: stop (as on Ctrl-C) once at least this many records are done


@dataclass
class ReplayResult:
    topic_range: TopicRange
    models: list[dict[str, Any]]
    records: int  # records covered by the output so far (including before a resume)
    counts: list[dict[str, int]]  # per model: decision -> audit records
    next_offsets: dict[int, int]
    complete: bool
    resumed_from: dict[int, int] | None
    state_origin: str
    elapsed_s: float
    records_this_run: int

    def stopped_at(self) -> str:
        return ",".join(f"{p}:{o}" for p, o in sorted(self.next_offsets.items()))


def load_models(
    model_dirs: Sequence[Path], device: str, pipeline: PipelineSettings, outputs: OutputSettings
) -> list[ModelRun]:
    """Load and verify each artifact (Scorer checks the sha256) on `device` and build its Processor from
    the settings' slices (Settings.pipeline, Settings.outputs)."""
    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    runs: list[ModelRun] = []
    seen: dict[str, Path] = {}
    for directory in model_dirs:
        scorer = Scorer.load(Path(directory), device)
        if scorer.model_version in seen:
            raise ConfigError(
                f"models {seen[scorer.model_version]} and {directory} both have version "
                f"{scorer.model_version!r}; "
                "a replay tells models apart by version (it is in every audit record and Flag id)"
            )
        seen[scorer.model_version] = Path(directory)
        # exactly what the daemon builds (triage.stream.service.load_processor): the same slices
        runs.append(ModelRun(Path(directory), Processor(scorer, pipeline, outputs)))
    return runs


def forbidden_out_topics(topics: TopicSettings, live_worklist_ok: bool) -> dict[str, str]:
    """Topics a replay must not write its audit records to, with the reason."""
    bad = {
        topics.input: "the input topic (the daemon would consume the audit records)",
        topics.flag_state: "the live lifecycle state topic",
        topics.dead_letter: "the dead-letter topic",
    }
    for name, why in (
        ("shadow_flag_state", "the shadow lifecycle state topic"),
        ("shadow_dead_letter", "the shadow dead-letter topic"),
    ):
        if getattr(topics, name, None):
            bad[getattr(topics, name)] = why
    if not live_worklist_ok:
        bad[topics.worklist] = "the live worklist"
        bad[topics.audit] = "the live audit topic (a replay would pollute the audit trail)"
    return bad


@contextmanager
def interrupt_flag() -> Iterator[threading.Event]:
    """First Ctrl-C / SIGTERM asks the replay to stop after the batch in hand; a second one aborts. Under
    the CLI the process's stop bound applies too: a batch still running at FORCE_AFTER_S ends the process
    (exit 1; the checkpoint holds the last completed range, `--resume` goes on from there)."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    from triage.lifecycle.shutdown import process_shutdown

    shutdown = process_shutdown()  # its watchdog bounds the stop (SHUTDOWN_BOUND_S) when installed

    def handler(signum: int, frame: Any) -> None:
        if stop.is_set():
            signal.signal(signal.SIGINT, signal.default_int_handler)
            raise KeyboardInterrupt
        stop.set()
        if shutdown is not None:
            shutdown.request(signal.Signals(signum).name)
        again = " (Ctrl-C again to abort)" if signum == signal.SIGINT else ""
        print(f"\ntriage replay: stopping after the current batch{again}", file=sys.stderr)

    for sig in previous:
        signal.signal(sig, handler)
    if shutdown is not None and shutdown.is_set():  # a signal before this handler (models loading): stop
        stop.set()
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _state_to_json(state: dict[str, Any]) -> list[dict[str, Any]]:
    import json

    return [json.loads(state[acc].to_json()) for acc in sorted(state)]


def _state_from_json(items: list[dict[str, Any]]) -> dict[str, Any]:
    import json

    from triage.pipeline.state import FlagState

    out: dict[str, Any] = {}
    for item in items:
        fs = FlagState.from_json(json.dumps(item).encode())
        out[fs.state_key] = fs
    return out


def _count(run: ModelRun, outcomes: Sequence[RecordOutcome]) -> None:
    counts = run.counts
    for outcome in outcomes:
        for audit in outcome.audits:
            counts[str(audit.decision)] += 1


def process_records(runs: Sequence[ModelRun], batch: Sequence[SourceRecord]) -> list[list[RecordOutcome]]:
    """All models over one batch; returns per record the outcome of each model (CLI order)."""
    return finish_prepared(runs, [run.processor.prepare(batch) for run in runs])


def finish_prepared(runs: Sequence[ModelRun], prepared: Sequence[Any]) -> list[list[RecordOutcome]]:
    """Score and finish prepared batches (one per model) in order; the lifecycle state advances here."""
    per_model = []
    for run, batch in zip(runs, prepared, strict=True):
        outcomes = run.processor.finish(run.processor.score(batch), run.state)
        _count(run, outcomes)
        per_model.append(outcomes)
    return [list(row) for row in zip(*per_model, strict=True)]


@dataclass
class _Prepared:
    records: list[SourceRecord]
    prepared: list[Any]  # one PreparedBatch per model
    next_offsets: dict[int, int]  # reader position right after this batch


_END = object()


def prepared_batches(
    reader: RangeReader, runs: Sequence[ModelRun], batch_size: int, *, pipeline: bool = True, depth: int = 2
) -> Iterator[_Prepared]:
    """Batches read and parsed ahead in a thread (Kafka fetch + HL7 parse + normalization are Python; the
    scorer releases the GIL, so batch N+1 is prepared while batch N is scored). Order is unchanged and
    each batch carries the reader position after it, which is what a checkpoint may record once the batch
    is written. `pipeline=False` does the same inline (for profiling)."""

    def produce() -> Iterator[_Prepared]:
        for batch in reader.batches(batch_size):
            yield _Prepared(batch, [run.processor.prepare(batch) for run in runs], reader.next_offsets())

    if not pipeline:
        yield from produce()
        return
    q: queue.Queue[Any] = queue.Queue(maxsize=depth)
    quit_ = threading.Event()

    def put(item: Any) -> bool:
        while not quit_.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in produce():
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consuming thread
            put(exc)

    thread = threading.Thread(target=work, name="replay-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        quit_.set()
        thread.join(timeout=30)


def warm_up_state(
    consumer: Any, runs: Sequence[ModelRun], topic_range: TopicRange, batch_size: int, progress: bool
) -> TopicRange:
    """Run the records before the range through every model, keeping only the lifecycle state."""
    from tqdm import tqdm

    begins = consumer.beginning_offsets(
        [__import__("kafka").TopicPartition(topic_range.topic, p.partition) for p in topic_range.partitions]
    )
    prefix = TopicRange(
        topic_range.topic,
        tuple(
            PartitionRange(p.partition, min(begins[tp], p.start), p.start)
            for p, tp in zip(topic_range.partitions, sorted(begins, key=lambda t: t.partition), strict=True)
        ),
    )
    reader = RangeReader(consumer, prefix)
    with tqdm(
        total=prefix.size, unit="rec", desc="warm-up", disable=None if progress else True, dynamic_ncols=True
    ) as bar:
        for batch in reader.batches(batch_size):
            for run in runs:
                run.processor.process_batch(batch, run.state)
            bar.update(len(batch))
    return prefix


def run_replay(
    kafka: KafkaSettings,
    opts: ReplayOptions,
    runs: Sequence[ModelRun],
    *,
    on_batch: Callable[[Sequence[Sequence[RecordOutcome]]], None] | None = None,
    stop: threading.Event | None = None,
) -> ReplayResult:
    """Replay `opts`' range through `runs`. Writes the sink, checkpoints, and returns where it got to.
    `kafka`: the cluster, its security and the topics a replay must not write to (Settings.kafka).

    `on_batch` sees every batch's outcomes (the comparison collects topic-output replays with it).
    """
    from tqdm import tqdm

    if (opts.out is None) == (opts.out_topic is None):
        raise ConfigError("give exactly one of --out FILE.jsonl or --out-topic NAME")
    if opts.out_topic is not None:
        bad = forbidden_out_topics(kafka.topics, opts.live_worklist_ok)
        if opts.out_topic in bad:
            raise ConfigError(
                f"--out-topic {opts.out_topic} is {bad[opts.out_topic]}; choose another topic"
                + (
                    " (or pass --i-understand-this-writes-to-the-live-worklist)"
                    if opts.out_topic in (kafka.topics.worklist, kafka.topics.audit)
                    else ""
                )
            )
    if opts.warmup and opts.state_snapshot is not None:
        raise ConfigError("--warmup and --state-snapshot both set the starting state; choose one")
    if opts.batch_size < 1:
        raise ConfigError("--batch-size must be at least 1")
    if opts.checkpoint is None:
        raise ConfigError("a replay needs a checkpoint path")
    stop = stop or threading.Event()
    models = [run.ident for run in runs]
    try:  # a stop while the broker does not answer abandons the connection (a constructor blocks 10 s)
        consumer = until_stopped(
            lambda: range_consumer(
                kafka.bootstrap_servers,
                kafka.security.kafka_kwargs(),
                isolation_level=kafka.isolation_level,
                connect_timeout_s=cli_connect_timeout_s(kafka),
            ),
            stop,
        )
    except StoppedError:
        raise KeyboardInterrupt from None  # stopped before the range was opened: exit 130, nothing written
    sink: Sink | None = None
    started = time.perf_counter()
    try:
        resumed_from: dict[int, int] | None = None
        records_done = 0
        out_bytes: int | None = None
        if opts.resume:
            cp = read_checkpoint(opts.checkpoint)
            topic_range = TopicRange.from_json(cp.topic_range)
            if topic_range.topic != opts.topic:
                raise ConfigError(
                    f"checkpoint {opts.checkpoint} is for topic {topic_range.topic}, not {opts.topic}"
                )
            if cp.models != models:
                raise ConfigError(
                    f"checkpoint {opts.checkpoint} was written with models {cp.models}; "
                    "resume with the same --model list"
                )
            for run, items, counts in zip(runs, cp.states, cp.counts, strict=True):
                run.state = _state_from_json(items)
                run.counts = Counter(counts)
            positions = cp.next_offsets
            resumed_from = dict(positions)
            records_done = cp.records_done
            out_bytes = cp.out_bytes
            state_origin = cp.state_origin
        else:
            topic_range = resolve_range(consumer, opts.topic, opts.from_bound, opts.to_bound, opts.partitions)
            positions = {p.partition: p.start for p in topic_range.partitions}
            state_origin = "empty"
            if opts.state_snapshot is not None:
                snap = read_checkpoint(opts.state_snapshot)
                by_version = {
                    m["model_version"]: items for m, items in zip(snap.models, snap.states, strict=True)
                }
                for run in runs:
                    if run.processor.model_version not in by_version:
                        raise ConfigError(
                            f"state snapshot {opts.state_snapshot} has no state for model "
                            f"{run.processor.model_version}; use --warmup instead"
                        )
                    run.state = _state_from_json(by_version[run.processor.model_version])
                state_origin = f"snapshot {opts.state_snapshot.name} (ends at {snap.next_offsets})"
            elif opts.warmup:
                prefix = warm_up_state(consumer, runs, topic_range, opts.batch_size, opts.progress)
                state_origin = f"warm-up over {prefix.describe()}"

        if opts.out is not None:
            sink = JsonlSink(
                opts.out, resume_bytes=out_bytes if opts.resume else None, keep_timings=opts.keep_timings
            )
        else:
            sink = _topic_sink(kafka, opts)

        def checkpoint(complete: bool) -> None:
            nonlocal out_bytes
            out_bytes = sink.commit()
            write_checkpoint(
                opts.checkpoint,  # type: ignore[arg-type]
                Checkpoint(
                    topic_range=topic_range.to_json(),
                    models=models,
                    next_offsets=written,
                    out_bytes=out_bytes,
                    records_done=records_done,
                    states=[_state_to_json(run.state) for run in runs],
                    counts=[dict(sorted(run.counts.items())) for run in runs],
                    state_origin=state_origin,
                    complete=complete,
                ),
            )

        reader = RangeReader(consumer, topic_range, positions)
        written = reader.next_offsets()
        remaining = sum(max(0, p.end - positions.get(p.partition, p.start)) for p in topic_range.partitions)
        this_run = 0
        last_cp = time.monotonic()
        complete = True
        with tqdm(
            total=remaining,
            unit="rec",
            desc="replay",
            disable=None if opts.progress else True,
            dynamic_ncols=True,
            smoothing=0.1,
        ) as bar:
            try:
                for item in prepared_batches(reader, runs, opts.batch_size, pipeline=opts.pipeline):
                    per_record = finish_prepared(runs, item.prepared)
                    sink.write(per_record)
                    written = item.next_offsets
                    records_done += len(item.records)
                    this_run += len(item.records)
                    if on_batch is not None:
                        on_batch(per_record)
                    bar.update(len(item.records))
                    if stop.is_set() or (opts.stop_after is not None and this_run >= opts.stop_after):
                        # a stop that comes with the range's last batch leaves nothing undone: complete
                        ends = topic_range.partitions
                        complete = all(item.next_offsets.get(p.partition, p.start) >= p.end for p in ends)
                        break
                    if opts.throttle_ms > 0:
                        stop.wait(opts.throttle_ms / 1000.0)
                    if time.monotonic() - last_cp >= opts.checkpoint_interval_s:
                        checkpoint(False)
                        last_cp = time.monotonic()
            except BaseException:
                # the broker died (or the topic sink failed) mid-range: what the output holds is checkpointed,
                # so `--resume` goes on from the last batch written, not from nothing (8192 records were
                # left without a checkpoint); best effort, the first error is the one reported
                with contextlib.suppress(Exception):
                    checkpoint(False)
                raise
        if complete:
            written = reader.next_offsets()  # the range end (covers trailing offsets without records)
        checkpoint(complete)
        return ReplayResult(
            topic_range=topic_range,
            models=[run.info() for run in runs],
            records=records_done,
            counts=[dict(sorted(run.counts.items())) for run in runs],
            next_offsets=written,
            complete=complete,
            resumed_from=resumed_from,
            state_origin=state_origin,
            elapsed_s=time.perf_counter() - started,
            records_this_run=this_run,
        )
    finally:
        if sink is not None:
            sink.close()
        consumer.close()
        for run in runs:  # each Processor's network thread (a later use starts a new one)
            run.processor.close()


def _topic_sink(kafka: KafkaSettings, opts: ReplayOptions) -> TopicSink:
    from kafka import KafkaProducer
    from kafka.errors import KafkaError

    try:
        producer = KafkaProducer(
            bootstrap_servers=kafka.bootstrap_servers.split(","),
            client_id="triage-replay",
            acks="all",
            enable_idempotence=True,
            linger_ms=20,
            batch_size=256 * 1024,
            **kafka.security.kafka_kwargs(),
        )
    except KafkaError as exc:
        raise ConfigError(f"cannot reach Kafka at {kafka.bootstrap_servers}: {exc}") from exc
    return TopicSink(
        producer,
        opts.out_topic or "",
        audit_topic=kafka.topics.audit,
        flag_topics=(kafka.topics.worklist, kafka.topics.shadow_worklist),
        live_worklist=kafka.topics.worklist if opts.live_worklist_ok else None,
    )
