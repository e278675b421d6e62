"""`triage replay` (re-run a topic range through one or more models) and `triage audit` (explain, compare).

Heavy imports (torch, kafka) stay inside the commands so `triage --help` is instant.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from triage.commands.kafka_options import BootstrapServers, Config
from triage.errors import ConfigError

T = TypeVar("T")


def _settings(
    config: Path | None, bootstrap_servers: str | None, device: str | None = None, policy: str | None = None
) -> Any:
    from triage.config import load_settings

    return load_settings(config, bootstrap_servers=bootstrap_servers, device=device, decision_policy=policy)


def replay_command(
    model: list[Path] = typer.Option(
        None, "--model", help="Model artifact directory; repeat to compare models."
    ),
    out: Path | None = typer.Option(None, "--out", help="Write replayed audit records to this JSONL file."),
    out_topic: str | None = typer.Option(None, "--out-topic", help="...or produce them to this topic."),
    topic: str | None = typer.Option(None, "--topic", help="Input topic to replay (default: the daemon's)."),
    from_: str = typer.Option(
        "beginning", "--from", help="Start: beginning | OFFSET | P:OFF,P:OFF | ISO time."
    ),
    to: str = typer.Option("end", "--to", help="Stop before: end | OFFSET | P:OFF,P:OFF | ISO time."),
    partitions: str | None = typer.Option(
        None, "--partitions", help="Comma-separated partitions (default: all)."
    ),
    compare: str | None = typer.Option(
        None, "--compare", help="Recorded audit records: FILE.jsonl or topic:NAME (e.g. topic:triage.audit)."
    ),
    changes_csv: Path | None = typer.Option(None, "--changes-csv", help="CSV of changed cases (ids only)."),
    summary_json: Path | None = typer.Option(None, "--summary-json", help="Write the summary as JSON."),
    resume: bool = typer.Option(
        False, "--resume", help="Continue an interrupted replay from its checkpoint."
    ),
    force: bool = typer.Option(
        False, "--force", help="Replace an existing --out file (without it, an existing file is refused)."
    ),
    checkpoint: Path | None = typer.Option(
        None, "--checkpoint", help="Checkpoint file (default: OUT.checkpoint)."
    ),
    warmup: bool = typer.Option(
        False, "--warmup", help="Rebuild the lifecycle state from the records before the range first."
    ),
    state_snapshot: Path | None = typer.Option(
        None, "--state-snapshot", help="Start from the final state of an earlier replay (its checkpoint)."
    ),
    batch_size: int = typer.Option(512, "--batch-size", help="Records per scoring batch."),
    throttle_ms: int = typer.Option(
        0, "--throttle-ms", min=0, help="Pause after each batch, to spare a busy production cluster."
    ),
    keep_timings: bool = typer.Option(
        False, "--keep-timings", help="Keep timings/processed_at in the file (output no longer reproducible)."
    ),
    live_worklist: bool = typer.Option(
        False,
        "--i-understand-this-writes-to-the-live-worklist",
        help="Also publish replayed Flags to the LIVE worklist (with --out-topic). Radiologists see them.",
    ),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
    bootstrap_servers: BootstrapServers = None,
    config: Config = None,
    device: str | None = typer.Option(None, "--device", help="auto | cpu | cuda"),
    policy: str | None = typer.Option(
        None,
        "--policy",
        help="Decision policy for the replay: ensemble | model | rules (default: the daemon's setting).",
    ),
) -> None:
    """Re-run a range of the input topic through the daemon's pipeline and (optionally) compare decisions.

    Reads without joining a consumer group; writes audit records to --out or --out-topic only.
    """
    from triage.replay.checkpoint import default_checkpoint_path
    from triage.replay.compare import render_table, write_changes_csv
    from triage.replay.engine import ReplayOptions, interrupt_flag, load_models, run_replay
    from triage.replay.range import parse_partitions, parse_range
    from triage.replay.summary import build_summary, file_sha256, render_replay, write_summary

    settings = _settings(config, bootstrap_servers, device, policy)
    from_bound, to_bound = parse_range(from_, to)  # a bad or reversed range before the models load
    if (out is None) == (out_topic is None):
        raise ConfigError("give exactly one of --out FILE.jsonl or --out-topic NAME")
    if live_worklist and out_topic is None:
        raise ConfigError(
            "--i-understand-this-writes-to-the-live-worklist needs --out-topic (Flags go to Kafka)"
        )
    if resume and out_topic is not None and compare is not None:
        raise ConfigError(
            "--resume with --out-topic cannot --compare (the earlier part is only in the topic); "
            "compare the output topic afterwards with `triage audit compare`"
        )
    if out is not None and out.is_dir():
        raise ConfigError(f"--out {out} is a directory, not a file")
    if out is not None and not resume and not force and out.exists():
        raise ConfigError(
            f"--out {out} already exists; choose a new file, pass --resume to continue an interrupted "
            "replay into it, or --force to replace it"
        )
    model_dirs = list(model) if model else [settings.model_dir]
    runs = _abandoned_at_stop(
        lambda: load_models(model_dirs, settings.device, settings.pipeline, settings.outputs)
    )
    opts = ReplayOptions(
        topic=topic or settings.topics.input,
        from_bound=from_bound,
        to_bound=to_bound,
        partitions=parse_partitions(partitions),
        out=out,
        out_topic=out_topic,
        checkpoint=checkpoint or default_checkpoint_path(out, out_topic),
        resume=resume,
        warmup=warmup,
        state_snapshot=state_snapshot,
        batch_size=batch_size,
        throttle_ms=throttle_ms,
        keep_timings=keep_timings,
        live_worklist_ok=live_worklist,
        progress=not no_progress,
    )
    collected: list[dict[str, Any]] = []

    def collect(per_record: Any) -> None:
        from triage.replay.compare import comparable

        for outcomes in per_record:
            for outcome in outcomes:
                collected.extend(comparable(a) for a in outcome.audit_json())

    with interrupt_flag() as stop:
        result = run_replay(settings.kafka, opts, runs, stop=stop, on_batch=collect if out_topic else None)
    typer.echo(render_replay(result), err=True)
    if out is not None:
        output: dict[str, Any] = {"file": str(out), "sha256": file_sha256(out), "keep_timings": keep_timings}
    else:
        output = {"topic": out_topic, "live_worklist": live_worklist}
    comparisons = []
    if result.complete and (compare is not None or len(runs) > 1):
        from triage.replay.compare import compare_replay, read_jsonl, recorded_audits

        comparisons = compare_replay(
            result,
            lambda: read_jsonl(out) if out is not None else iter(collected),
            recorded_audits(compare, settings.kafka) if compare is not None else None,
        )
        for comp in comparisons:
            typer.echo("")
            typer.echo(render_table(comp))
        if changes_csv is not None:
            n = write_changes_csv(changes_csv, comparisons)
            typer.echo(f"\n{n} changed case(s) written to {changes_csv}", err=True)
    if summary_json is not None:
        summary = build_summary(
            result, bounds={"from": from_, "to": to}, output=output, comparisons=comparisons
        )
        write_summary(summary_json, summary)
    rate = result.records_this_run / result.elapsed_s if result.elapsed_s > 0 else 0.0
    typer.echo(
        f"{result.records_this_run:,} records in {result.elapsed_s:.1f} s ({rate:,.0f} records/s)", err=True
    )
    if not result.complete:
        typer.echo(
            f"triage replay: stopped; next offsets {result.stopped_at()} saved in {opts.checkpoint}; "
            "run the same command with --resume to continue",
            err=True,
        )
        raise typer.Exit(130)


def _abandoned_at_stop(load: Callable[[], T]) -> T:
    """`load()`, abandoned at once by a SIGTERM (model loading takes seconds; the stop bound is 10 s): exit
    130 as for a replay stopped before its end, nothing written yet."""
    from triage.lifecycle.shutdown import StoppedError, process_shutdown, until_stopped

    try:
        return until_stopped(load, process_shutdown())
    except StoppedError:
        raise KeyboardInterrupt from None


def explain_command(
    accession: str = typer.Argument(
        ...,
        metavar="ACCESSION",
        help="Accession number of the study, or the MSH-10 (message control id) of one of its messages.",
    ),
    audit_file: Path | None = typer.Option(
        None, "--audit-file", help="Read audit records from a JSONL file."
    ),
    audit_topic: str | None = typer.Option(
        None, "--audit-topic", help="Audit topic (default: the daemon's)."
    ),
    flag_topic: str | None = typer.Option(
        None, "--flag-topic", help="Worklist topic (default: the daemon's)."
    ),
    no_flags: bool = typer.Option(False, "--no-flags", help="Do not read the worklist topic."),
    dead_letter_topic: str | None = typer.Option(
        None, "--dead-letter-topic", help="Dead-letter topic (default: the daemon's)."
    ),
    no_dead_letters: bool = typer.Option(
        False, "--no-dead-letters", help="Do not read the dead-letter topic."
    ),
    from_: str = typer.Option("beginning", "--from", help="Range of the audit topic: start."),
    to: str = typer.Option("end", "--to", help="Range of the audit topic: stop before."),
    show_text: bool = typer.Option(False, "--show-text", help="Also print the report text (PHI!)."),
    raw_topic: str | None = typer.Option(
        None, "--raw-topic", help="Topic holding the raw HL7 (default: each audit record's source topic)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    bootstrap_servers: BootstrapServers = None,
    config: Config = None,
) -> None:
    """History of one study: every message received for it, its decisions, the Flags published and the
    dead letters with their reason. ACCESSION may also be an MSH-10."""
    import json

    from triage.replay.explain import HistorySources, history_json, render_history, study_history
    from triage.replay.range import parse_range
    from triage.stream.kafka_io import cli_connect_timeout_s

    if not accession.strip():
        raise typer.BadParameter("an accession number is needed, not an empty one", param_hint="ACCESSION")
    settings = _settings(config, bootstrap_servers)
    from_bound, to_bound = parse_range(from_, to)
    from_broker = audit_file is None or bootstrap_servers is not None  # else: only what is named
    sources = HistorySources(
        audit_file=audit_file,
        audit_topic=audit_topic or settings.topics.audit,
        from_bound=from_bound,
        to_bound=to_bound,
        flag_topic=None
        if no_flags or not (from_broker or flag_topic is not None)
        else flag_topic or settings.flag_topic,
        dead_letter_topic=None
        if no_dead_letters or not (from_broker or dead_letter_topic is not None)
        else dead_letter_topic or settings.topics.dead_letter,
        show_text=show_text,
        raw_topic=raw_topic,
    )
    history = study_history(
        accession,
        sources,
        (settings.bootstrap_servers, settings.security.kafka_kwargs()),
        connect_timeout_s=cli_connect_timeout_s(settings.kafka),
    )
    audits, flags, dead_letters = history.audits, history.flags, history.dead_letters
    if history.skipped:
        typer.echo(
            f"triage: skipped {history.skipped} record(s) of {sources.audit_topic} that name {accession!r} "
            "but are not audit records (another producer's)",
            err=True,
        )
    if as_json:
        typer.echo(json.dumps(history_json(accession, audits, flags, dead_letters), sort_keys=True, indent=2))
    else:
        typer.echo(
            render_history(
                accession, audits, flags, history.texts, raw_topic=raw_topic, dead_letters=dead_letters
            )
        )
    if history.empty:
        raise typer.Exit(1)


def compare_command(
    baseline: Path = typer.Argument(..., metavar="BASELINE", help="Audit records (JSONL): the reference."),
    candidate: Path = typer.Argument(
        ..., metavar="CANDIDATE", help="Audit records (JSONL) to compare with it."
    ),
    changes_csv: Path | None = typer.Option(None, "--changes-csv", help="CSV of changed cases (ids only)."),
    summary_json: Path | None = typer.Option(None, "--summary-json", help="Write the comparison as JSON."),
) -> None:
    """Compare two audit-record files source record by source record (ignores timings and processed_at)."""
    import json

    from triage.replay.compare import Side, compare, read_jsonl, render_table, write_changes_csv

    comp = compare(
        Side.build(baseline.name, read_jsonl(baseline)), Side.build(candidate.name, read_jsonl(candidate))
    )
    typer.echo(render_table(comp))
    if changes_csv is not None:
        write_changes_csv(changes_csv, [comp])
    if summary_json is not None:
        summary_json.write_text(json.dumps(comp.to_json(), sort_keys=True, indent=2) + "\n", encoding="utf-8")


def fetch_command(
    coordinates: str = typer.Argument(
        ...,
        metavar="TOPIC:PARTITION:OFFSET",
        help="TOPIC:PARTITION:OFFSET, e.g. hl7.oru:2:1234 (an oversize dead letter's source).",
    ),
    out: Path = typer.Option(..., "--out", help="File for the value, byte for byte (a new file, mode 600)."),
    key_out: Path | None = typer.Option(None, "--key-out", help="Also write the record's key to this file."),
    bootstrap_servers: BootstrapServers = None,
    config: Config = None,
) -> None:
    """Fetch one record by its coordinates to a file, byte for byte (the original of an oversize dead letter).

    Prints its length and sha256 (compare with the dead letter's original.value_bytes/value_sha256); resend
    it with `triage send FILE` or inspect it with `triage parse FILE`. Reads without joining a group."""
    import hashlib

    from triage.replay.fetch import fetch_record, parse_coordinates, write_private
    from triage.stream.kafka_io import cli_connect_timeout_s

    topic, partition, offset = parse_coordinates(coordinates)
    settings = _settings(config, bootstrap_servers)
    record = fetch_record(
        settings.bootstrap_servers,
        settings.security.kafka_kwargs(),
        topic,
        partition,
        offset,
        connect_timeout_s=cli_connect_timeout_s(settings.kafka),
    )
    write_private(out, record.value)
    if key_out is not None:
        write_private(key_out, record.key or b"")
    digest = hashlib.sha256(record.value).hexdigest()
    # a tombstone's value and a missing key are written as empty files: say which they were
    size = "a null value (tombstone), written empty" if record.null_value else f"{len(record.value)} bytes"
    keyless = ", no key (an empty key file)" if key_out is not None and record.key is None else ""
    typer.echo(f"fetched {topic}:{partition}:{offset}: {size}, sha256 {digest}{keyless} -> {out}")


def drift_command(
    from_: str = typer.Option(
        "beginning",
        "--from",
        help="Start of the input-topic stretch: beginning | OFFSET | P:OFF,.. | ISO time.",
    ),
    to: str = typer.Option("end", "--to", help="Stop before: end | OFFSET | P:OFF,.. | ISO time."),
    topic: str | None = typer.Option(None, "--topic", help="Input topic (default: the daemon's)."),
    partitions: str | None = typer.Option(None, "--partitions", help="Comma-separated partitions."),
    data: Path | None = typer.Option(
        None, "--data", help="Read reports from a JSONL/CSV file instead of Kafka (offline audit)."
    ),
    text_field: str = typer.Option("text", "--text-field", help="--data: column with the full report text."),
    date_field: str = typer.Option(
        "exam_time", "--date-field", help="--data: column with the ISO 8601 date or date-time (the day)."
    ),
    topics_dir: Path | None = typer.Option(
        None, "--topics", help="Topic-model directory (default: the daemon's, <model>/topics)."
    ),
    model: Path | None = typer.Option(None, "--model", help="Classifier artifact (default: the daemon's)."),
    plot: Path | None = typer.Option(None, "--plot", help="Write a PNG of drift per day."),
    summary_json: Path | None = typer.Option(None, "--summary-json", help="Write the report as JSON."),
    top: int = typer.Option(3, "--top", min=1, help="Topics shown per day."),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
    bootstrap_servers: BootstrapServers = None,
    config: Config = None,
    device: str | None = typer.Option(None, "--device", help="auto | cpu | cuda"),
    policy: str | None = typer.Option(
        None, "--policy", help="ensemble | model | rules (default: the daemon's)."
    ),
) -> None:
    """Drift of a stretch of the input topic (or of --data) from what the model was built for, per day:
    reports, share flagged (decided as the daemon does), unknown-token share, top topics and the
    Jensen-Shannon divergence of the day's topic mixture from the topic model's reference. Day = MSH-7 in
    TRIAGE_HL7_TIMEZONE (else the Kafka timestamp); with --data, the --date-field column."""
    import json

    from tqdm import tqdm

    from triage.errors import InputFileError
    from triage.offline.audit_drift import FileStretch, TopicStretch, audit_drift, file_rows
    from triage.offline.drift_report import render_table, write_plot
    from triage.stream.drift import topics_dir as default_topics_dir

    if plot is not None:  # matplotlib is in the train extra, not in the daemon's image
        from triage.commands.extras import require_extra

        require_extra("train", "audit drift --plot")
    settings = _settings(config, bootstrap_servers, device, policy)
    if model is not None:
        settings = settings.model_copy(update={"model_dir": model})
    stretch: TopicStretch | FileStretch
    expected: int | None = None  # the bar's total: the rows of --data (a topic range: unknown in reports)
    if data is None:  # a bad or reversed range before the models load
        from triage.replay.range import parse_partitions, parse_range

        from_bound, to_bound = parse_range(from_, to)
        name = topic or settings.topics.input
        stretch = TopicStretch(name, from_bound, to_bound, parse_partitions(partitions), f"[{from_}, {to})")
    else:
        from triage.offline.tables import check_columns, require_file, table_columns, table_format

        require_file(data, "--data")
        # both columns before the models load (≈ 30 s), as label and evaluate check theirs: a file without
        # exam_time was one error line about its first row only after that wait
        columns = table_columns(data, table_format(data))
        check_columns(data, columns, {text_field: "--text-field", date_field: "--date-field"})
        stretch = FileStretch(data, text_field=text_field, date_field=date_field)
        expected = file_rows(data)
    if not no_progress:  # loading both models takes a while: say so rather than show nothing
        typer.echo("drift: loading the topic model and the classifier ...", err=True)
    # disable=None: no bar when stderr is not a terminal (a log file gets no carriage-return frames)
    with tqdm(
        total=expected, desc="drift", unit="report", disable=True if no_progress else None, file=sys.stderr
    ) as bar:
        audit = audit_drift(
            settings,
            stretch,
            topics_dir=topics_dir or default_topics_dir(settings.drift, settings.model_dir),
            progress=bar.update,
        )
    typer.echo(audit.headline())
    days, total = audit.run.accumulator.days(), audit.run.accumulator.total()
    if total is None:
        raise InputFileError("no report to audit in that stretch")
    typer.echo(
        render_table(
            days,
            total,
            top_words=audit.manifest.get("top_words"),
            reference_unknown=audit.reference_unknown,
            top=top,
        )
    )
    if plot is not None:
        write_plot(plot, days, reference_unknown=audit.reference_unknown, title=f"drift of {audit.source}")
        typer.echo(f"wrote {plot}", err=True)
    if summary_json is not None:
        summary_json.write_text(json.dumps(audit.summary(), indent=2) + "\n", encoding="utf-8")


def register(app: typer.Typer) -> None:
    """`triage replay` and the `triage audit` group."""
    app.command("replay")(replay_command)
    app.command("fetch")(fetch_command)
    audit_app = typer.Typer(
        help="Look into past decisions: explain one study, compare audit files, drift per day.",
        no_args_is_help=True,
    )
    audit_app.command("explain")(explain_command)
    audit_app.command("compare")(compare_command)
    audit_app.command("drift")(drift_command)
    app.add_typer(audit_app, name="audit")
