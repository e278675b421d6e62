"""`triage tail TOPIC`: watch the daemon's outputs (Flags, audit records, dead letters, flag state) or its
input, pretty-printed or as JSON lines, from a bound, optionally following (triage/tail)."""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated

import typer

from triage.commands.kafka_options import (
    BootstrapServers,
    Config,
    SaslMechanism,
    SaslPasswordFile,
    SaslUsername,
    SecurityProtocol,
    SslCafile,
    kafka_overrides,
)


def tail_command(
    topic: Annotated[
        str,
        typer.Argument(
            metavar="TOPIC", help="Topic to read, e.g. worklist.priority, triage.audit, hl7.oru.dlq, hl7.oru."
        ),
    ],
    from_: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="Where to start: beginning | end | OFFSET | P:OFF,.. | ISO time "
            "(default: beginning, or end with --follow).",
        ),
    ] = None,
    follow: Annotated[
        bool,
        typer.Option("--follow", "-f", help="Keep printing new records until Ctrl-C / SIGTERM (exit 0)."),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per line instead of text.")
    ] = False,
    show_text: Annotated[
        bool,
        typer.Option(
            "--show-text",
            help="Also print the bytes of dead letters and HL7 messages, and PID-3 in clear (PHI!).",
        ),
    ] = False,
    partitions: Annotated[
        str | None, typer.Option("--partitions", help="Comma-separated partitions.")
    ] = None,
    max_records: Annotated[
        int | None, typer.Option("--max-records", "-n", min=1, help="Stop after this many records.")
    ] = None,
    bootstrap_servers: BootstrapServers = None,
    security_protocol: SecurityProtocol = None,
    sasl_mechanism: SaslMechanism = None,
    sasl_username: SaslUsername = None,
    sasl_password_file: SaslPasswordFile = None,
    ssl_cafile: SslCafile = None,
    config: Config = None,
) -> None:
    """Print a topic's records as an integration engineer checks them: Flags (id, status, action, priority,
    accession, MSH-10, probability, assertion), audit records (decision, reason, score, Flag action), dead
    letters (reason, error, ids and source; never the bytes unless --show-text), flag state, or raw HL7 (ids).
    Reads without joining a consumer group; exit 0 at the end of the topic (a note on stderr when it printed
    nothing), or on Ctrl-C / SIGTERM."""
    from triage.config import load_settings
    from triage.replay.range import parse_bound, parse_partitions
    from triage.stream.kafka_io import cli_connect_timeout_s
    from triage.tail.follow import Stopper, TailStopped, tail
    from triage.tail.view import entry, render

    settings = load_settings(
        config,
        **kafka_overrides(
            bootstrap_servers=bootstrap_servers,
            security_protocol=security_protocol,
            sasl_mechanism=sasl_mechanism,
            sasl_username=sasl_username,
            sasl_password_file=sasl_password_file,
            ssl_cafile=ssl_cafile,
        ),
    )
    bound = parse_bound(from_ if from_ is not None else ("end" if follow else "beginning"))

    shown = 0

    def emit(record: object) -> None:
        nonlocal shown
        shown += 1
        e = entry(
            record,  # type: ignore[arg-type]
            show_text=show_text,
            accession_sources=settings.accession_sources,
            key_secret=settings.kafka.key_secret,
        )
        line = json.dumps(e, sort_keys=True, ensure_ascii=False) if as_json else render(record, e)  # type: ignore[arg-type]
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def following(positions: dict[int, int]) -> None:
        at = ",".join(f"{p}:{o}" for p, o in sorted(positions.items()))
        print(f"triage: following {topic} at {at} (Ctrl-C stops)", file=sys.stderr, flush=True)

    stopper = Stopper()
    try:
        with stopper.installed():
            tail(
                settings.bootstrap_servers,
                settings.security.kafka_kwargs(),
                topic,
                emit,
                from_bound=bound,
                follow=follow,
                partitions=parse_partitions(partitions),
                limit=max_records,
                stopper=stopper,
                on_follow=following,
                connect_timeout_s=cli_connect_timeout_s(settings.kafka),
            )
    except TailStopped:
        pass
    except BrokenPipeError:  # `triage tail ... | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        if not shown and not follow:  # an empty output alone reads like a hang or a wrong topic
            start = from_ if from_ is not None else "beginning"
            print(f"triage: no records in {topic} from {start}", file=sys.stderr, flush=True)


def register(app: typer.Typer) -> None:
    app.command("tail")(tail_command)
