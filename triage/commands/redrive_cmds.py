"""`triage redrive`: dead letters back onto the input topic exactly as they arrived (triage.replay.redrive),
once the cause is fixed (a site setting, a parser fix). Sending is `triage send`'s (send_records)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Annotated, Any

import typer

from triage.commands.kafka_options import (
    BootstrapServers,
    Config,
    InputTopic,
    SaslMechanism,
    SaslPasswordFile,
    SaslUsername,
    SecurityProtocol,
    SslCafile,
    kafka_overrides,
)
from triage.errors import ConfigError

if TYPE_CHECKING:
    from triage.replay.redrive import Redrive


def redrive_command(
    coords: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="TOPIC:PARTITION:OFFSET",
            help="Dead letters by their coordinates, e.g. hl7.oru.dlq:0:17 (as `triage tail` shows them);"
            " a bare dead-letter topic name (hl7.oru.dlq) is the whole topic, as --from beginning.",
        ),
    ] = None,
    from_: Annotated[
        str | None,
        typer.Option(
            "--from", help="Also the dead letters from: beginning (or earliest) | OFFSET | P:OFF,.. | ISO"
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", help="...up to, not including: end (or latest) | OFFSET | P:OFF,.. | ISO time."),
    ] = None,
    reason: Annotated[
        list[str] | None,
        typer.Option("--reason", help="Only dead letters with this triage-dlq-reason (repeatable)."),
    ] = None,
    partitions: Annotated[
        str | None, typer.Option("--partitions", help="Comma-separated dead-letter partitions.")
    ] = None,
    dead_letter_topic: Annotated[
        str | None,
        typer.Option("--dead-letter-topic", help="Topic of the range (default: the daemon's, hl7.oru.dlq)."),
    ] = None,
    to_topic: Annotated[
        str | None, typer.Option("--to-topic", help="Produce here instead of the input topic.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be re-driven (ids and digests); send nothing.")
    ] = False,
    show_text: Annotated[
        bool, typer.Option("--show-text", help="Also print each value's bytes (PHI!).")
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print one JSON summary (ids and digests, each dead letter's status) instead of lines.",
        ),
    ] = False,
    bootstrap_servers: BootstrapServers = None,
    input_topic: InputTopic = None,
    security_protocol: SecurityProtocol = None,
    sasl_mechanism: SaslMechanism = None,
    sasl_username: SaslUsername = None,
    sasl_password_file: SaslPasswordFile = None,
    ssl_cafile: SslCafile = None,
    config: Config = None,
) -> None:
    """Re-drive dead letters: produce the input record each was made of (original key, value and headers)
    to the input topic, with one header `triage-redriven-from: TOPIC:PARTITION:OFFSET` (the dead letter).
    Select by coordinates and/or a range (--from/--to, as `triage tail`/`replay`) filtered by --reason;
    a bare dead-letter topic name is the whole topic. --dry-run ends with `N would be re-driven, M skipped`.
    Oversize and coordinates dead letters hold no original bytes: skipped with a note (`triage fetch`).
    Re-driving twice produces the input twice. SIGTERM or Ctrl-C stops it within 10 s: nothing more is
    sent, what was sent is waited for and said (which dead letters were re-driven, sent without an
    acknowledgement, not sent); exit 1 unless every record was sent and acknowledged before the stop.
    --json: one JSON object on stdout (also on a stop), the skip and stop lines stay on stderr."""
    from triage.commands.sandbox_cmds import send_records, until_acknowledged
    from triage.config import load_settings
    from triage.replay.fetch import parse_coordinates
    from triage.replay.range import parse_partitions, parse_range
    from triage.replay.redrive import plan, read_dead_letters, send_statuses
    from triage.stream.kafka_io import cli_connect_timeout_s

    whole = [c.strip() for c in coords or () if _TOPIC_NAME.fullmatch(c.strip())]
    if len(whole) > 1 or (whole and dead_letter_topic and whole[0] != dead_letter_topic):
        raise ConfigError(
            f"name one dead-letter topic, not {', '.join(repr(t) for t in [*whole, dead_letter_topic] if t)}"
        )
    dead_letter_topic = whole[0] if whole else dead_letter_topic
    named = [parse_coordinates(c, example=_EXAMPLE) for c in coords or () if c.strip() not in whole]
    ranged = bool(whole) or from_ is not None or to is not None or (bool(reason) and not named)
    if not named and not ranged:
        raise ConfigError(
            f"name the dead letters: TOPIC:PARTITION:OFFSET... (e.g. {_EXAMPLE}), the whole topic"
            " (`--from beginning`, or its name: hl7.oru.dlq), or --from/--to/--reason"
        )
    bounds = parse_range(from_ or "beginning", to or "end") if ranged else (None, None)
    settings = load_settings(
        config,
        **kafka_overrides(
            bootstrap_servers=bootstrap_servers,
            input_topic=input_topic,
            security_protocol=security_protocol,
            sasl_mechanism=sasl_mechanism,
            sasl_username=sasl_username,
            sasl_password_file=sasl_password_file,
            ssl_cafile=ssl_cafile,
        ),
    )
    target = to_topic or settings.topics.input
    records = read_dead_letters(
        settings.bootstrap_servers,
        settings.security.kafka_kwargs(),
        named=named,
        topic=(dead_letter_topic or settings.topics.dead_letter) if ranged else None,
        from_bound=bounds[0],
        to_bound=bounds[1],
        partitions=parse_partitions(partitions),
        connect_timeout_s=cli_connect_timeout_s(settings.kafka),
    )
    planned = plan(records, tuple(reason or ()))
    explicit = {f"{t}:{p}:{o}" for t, p, o in named}
    refused = [r for r in planned if r.skipped and not r.duplicate_of and r.dead_letter in explicit]
    if refused:  # a dead letter asked for by name that cannot be re-driven: nothing is sent
        raise ConfigError(f"cannot re-drive {refused[0].describe()}")
    todo = [r for r in planned if r.skipped is None]
    skipped = [r for r in planned if r.skipped]
    for r in skipped:
        typer.echo(f"triage: skip {r.describe()}", err=True)

    def report(statuses: list[str], summary: dict[str, Any] | None = None, stopped: bool = False) -> None:
        if as_json:
            typer.echo(
                json.dumps(
                    _summary_json(
                        todo, skipped, statuses, summary, target, settings.bootstrap_servers, dry_run, stopped
                    ),
                    sort_keys=True,
                    indent=2,
                )
            )

    if not as_json:
        for r in todo:
            typer.echo(f"{'would re-drive' if dry_run else 're-drive'} {r.describe()} -> {target}")
            if show_text and r.value is not None:
                typer.echo(r.value.decode("utf-8", errors="replace").replace("\r", "\n"))
    if not todo:
        typer.echo("triage: no dead letter to re-drive", err=True)
    if dry_run and not as_json:
        typer.echo(f"{len(todo)} would be re-driven, {len(skipped)} skipped")
    if not todo or dry_run:
        report(["would_redrive"] * len(todo))
        return

    def on_stop(summary: dict[str, Any] | None) -> None:
        """Say which dead letters were re-driven before the stop: none is left half-sent unsaid."""
        statuses = send_statuses(len(todo), summary)
        report(statuses, summary, stopped=True)
        for status, words in (
            ("unacknowledged", "sent without an acknowledgement (may be stored; check before re-driving)"),
            ("not_sent", "not sent (re-drive again)"),
        ):
            which = [r.dead_letter for r, s in zip(todo, statuses, strict=True) if s == status]
            if which:
                listed = ", ".join(which[:LISTED]) + (
                    f" and {len(which) - LISTED} more" if len(which) > LISTED else ""
                )
                typer.echo(f"triage: {len(which)} {words}: {listed}", err=True)

    records = [(r.key, r.value, r.headers) for r in todo]
    summary = until_acknowledged(
        lambda: send_records(settings, records, len(records), topic=target), "records", on_stop
    )
    if as_json:
        report(send_statuses(len(todo), summary), summary)
        return
    typer.echo(
        f"re-drove {summary['messages']} dead letters to {target} at {settings.bootstrap_servers}"
        f" in {summary['seconds']:.2f} s"
    )


_EXAMPLE = "hl7.oru.dlq:0:17"  # a dead letter's coordinates, as `triage tail hl7.oru.dlq` shows them
_TOPIC_NAME = re.compile(r"[A-Za-z0-9._-]+")  # Kafka's legal topic characters: no ':' so never coordinates
LISTED = 10  # dead letters named in a stop line; the rest counted (--json lists them all)


def _summary_json(
    todo: list[Redrive],
    skipped: list[Redrive],
    statuses: list[str],
    summary: dict[str, Any] | None,
    target: str,
    servers: str,
    dry_run: bool,
    stopped: bool,
) -> dict[str, Any]:
    """`--json`: counts a script can check, then every dead letter with its status (never its bytes)."""
    return {
        "target_topic": target,
        "bootstrap_servers": servers,
        "dry_run": dry_run,
        "stopped": stopped,
        "seconds": round(summary["seconds"], 3) if summary else None,
        "counts": {
            name: statuses.count(name)
            for name in ("would_redrive", "acknowledged", "unacknowledged", "not_sent")
        }
        | {"skipped": len(skipped)},
        "dead_letters": [r.as_json(s) for r, s in zip(todo, statuses, strict=True)]
        + [r.as_json("skipped") for r in skipped],
    }


def register(app: typer.Typer) -> None:
    app.command("redrive")(redrive_command)
