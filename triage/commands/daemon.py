"""`triage run` (the daemon), `triage demo` (embedded broker + daemon + synthetic feed), `triage config show`,
`triage topics create`.

Settings precedence, highest first: command-line flags > TRIAGE_* environment variables > config file
(--config or TRIAGE_CONFIG) > defaults. Heavy imports (torch, kafka) stay inside the commands.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from triage.commands.model_check import require_model_dir
from triage.config import LOW_VOLUME_PARTITIONS, TOPIC_PARTITIONS


def _settings(config: Path | None, **flags: Any) -> Any:
    from triage.config import load_settings

    return load_settings(config, **flags)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""

    @app.command("run")
    def run_cmd(
        config: Config = None,
        bootstrap_servers: BootstrapServers = None,
        input_topic: InputTopic = None,
        group_id: str | None = typer.Option(None, "--group-id", help="Consumer group [triage]."),
        worklist_topic: str | None = typer.Option(
            None, "--worklist-topic", help="Flag topic [worklist.priority]."
        ),
        audit_topic: str | None = typer.Option(None, "--audit-topic", help="Audit topic [triage.audit]."),
        dead_letter_topic: str | None = typer.Option(
            None, "--dead-letter-topic", help="DLQ topic [hl7.oru.dlq]."
        ),
        model: Path | None = typer.Option(
            None, "--model", help="Model artifact directory [model_artifacts/]."
        ),
        device: str | None = typer.Option(None, "--device", help="auto | cpu | cuda [auto]."),
        shadow: bool | None = typer.Option(
            None, "--shadow/--live", help="Shadow mode: Flags go to the shadow worklist topic [live]."
        ),
        batch_max_records: int | None = typer.Option(
            None, "--batch-max-records", help="Micro-batch size [256]."
        ),
        batch_max_wait_ms: int | None = typer.Option(
            None, "--batch-max-wait-ms", help="Longest wait for a batch's first record [20]."
        ),
        http_host: str | None = typer.Option(
            None,
            "--http-host",
            help="Address of /metrics, /healthz, /readyz [127.0.0.1; 0.0.0.0 in a container].",
        ),
        http_port: int | None = typer.Option(
            None, "--http-port", help="Port of /metrics etc. (0 = any) [8080]."
        ),
        security_protocol: SecurityProtocol = None,
        sasl_mechanism: SaslMechanism = None,
        sasl_username: SaslUsername = None,
        sasl_password_file: SaslPasswordFile = None,
        ssl_cafile: SslCafile = None,
        log_level: str | None = typer.Option(None, "--log-level", help="DEBUG | INFO | WARNING | ERROR."),
        create_topics: bool | None = typer.Option(
            None,
            "--create-topics/--no-create-topics",
            help="Create missing topics at start-up; otherwise a missing topic stops the daemon (exit 2).",
        ),
    ) -> None:
        """Run the streaming daemon: ORU from Kafka -> Flags, audit records, dead letters (until SIGTERM).

        SIGTERM/SIGINT end it within 10 s in every state (broker gone included). Exit codes: 0 clean
        shutdown; 1 stopped with outputs left unacknowledged (not committed: redelivered); 2 a setting or
        topic error (one `triage: error:` line); 3 the dead-letter topic refuses dead letters; 4 the broker
        did not answer within TRIAGE_BROKER_WAIT_S (unset: the daemon waits until it answers, /readyz 503)."""
        from triage.obs.logging import configure_logging
        from triage.stream.service import run_service

        kafka = kafka_overrides(
            bootstrap_servers=bootstrap_servers,
            input_topic=input_topic,
            security_protocol=security_protocol,
            sasl_mechanism=sasl_mechanism,
            sasl_username=sasl_username,
            sasl_password_file=sasl_password_file,
            ssl_cafile=ssl_cafile,
        )
        kafka["topics"].update(worklist=worklist_topic, audit=audit_topic, dead_letter=dead_letter_topic)
        settings = _settings(
            config,
            group_id=group_id,
            model_dir=model,
            device=device,
            shadow=shadow,
            batch_max_records=batch_max_records,
            batch_max_wait_ms=batch_max_wait_ms,
            http_host=http_host,
            http_port=http_port,
            log_level=log_level,
            create_topics=create_topics,
            **kafka,
        )
        require_model_dir(settings.model_dir, model)
        configure_logging(settings.log_level)
        raise typer.Exit(run_service(settings))

    @app.command("demo")
    def demo_cmd(
        n: int = typer.Option(200, "--n", help="Synthetic records to stream (plus a few broken ones)."),
        seed: int = typer.Option(0, "--seed", help="Seed of the synthetic feed."),
        partitions: int = typer.Option(3, "--partitions", help="Partitions per topic."),
        model: Path | None = typer.Option(
            None, "--model", help="Model artifact directory [model_artifacts/]."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary, not each Flag."),
        keep: bool = typer.Option(
            False,
            "--keep",
            help="After the feed keep the broker and the daemon up and print TRIAGE_BOOTSTRAP_SERVERS=... for"
            " `triage send`, `audit explain`, `replay`; until Ctrl-C or SIGTERM (exit 0).",
        ),
    ) -> None:
        """Start an embedded broker, the daemon and a synthetic ORU feed; print each Flag and a summary."""
        from triage.config import load_settings
        from triage.obs.logging import configure_logging
        from triage.offline.demo import run_demo

        require_model_dir(model or load_settings(warn=None).model_dir, model)
        configure_logging("WARNING")
        run_demo(
            n,
            seed=seed,
            partitions=partitions,
            model_dir=model,
            show_flags=not quiet,
            echo=typer.echo,
            hold=_hold_until_signal if keep else None,
        )

    config_app = typer.Typer(help="Inspect the effective settings.", no_args_is_help=True)
    app.add_typer(config_app, name="config")

    @config_app.command("show")
    def config_show(
        config: Config = None,
        fmt: str = typer.Option("yaml", "--format", help="yaml | json"),
    ) -> None:
        """Print the effective settings (flags > env > file > defaults); secrets are masked."""
        from triage.config import masked_dump
        from triage.errors import ConfigError

        data = masked_dump(_settings(config))
        if fmt == "json":
            typer.echo(json.dumps(data, indent=2))
        elif fmt == "yaml":
            import yaml

            yaml.safe_dump(data, sys.stdout, sort_keys=False)
        else:
            raise ConfigError(f"--format must be yaml or json, not {fmt!r}")

    topics_app = typer.Typer(help="Kafka topics the daemon uses.", no_args_is_help=True)
    app.add_typer(topics_app, name="topics")

    @topics_app.command("create")
    def topics_create(
        config: Config = None,
        bootstrap_servers: BootstrapServers = None,
        input_topic: InputTopic = None,
        security_protocol: SecurityProtocol = None,
        sasl_mechanism: SaslMechanism = None,
        sasl_username: SaslUsername = None,
        sasl_password_file: SaslPasswordFile = None,
        ssl_cafile: SslCafile = None,
        partitions: int = typer.Option(
            TOPIC_PARTITIONS,
            "--partitions",
            help="Partitions of the input and the topics keyed like it; dead letters and review get at most "
            f"{LOW_VOLUME_PARTITIONS} (deploy/README.md, Topics).",
        ),
        replication: int = typer.Option(3, "--replication", help="Replication factor."),
    ) -> None:
        """Create the daemon's missing topics with the deploy guide's configs (settings topic_retention.*,
        TRIAGE_TOPIC_RETENTION__*): retention.ms of input 7 days (the recovery window of oversize dead
        letters), worklist 7 days, audit and review forever (-1), dead letters 90 days, shadow topics 30
        days; flag state cleanup.policy=compact. Existing topics are left alone. Prints JSON: created,
        existing, and the configs requested for each created topic."""
        from triage.stream.topics import create_topics

        settings = _settings(
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
        typer.echo(json.dumps(create_topics(settings.kafka, partitions=partitions, replication=replication)))


def _hold_until_signal(bootstrap_servers: str, alive: Callable[[], bool]) -> None:
    """`triage demo --keep`: print the bootstrap line and wait for SIGINT/SIGTERM (then return: exit 0);
    raise TriageError when the broker or the daemon stops on its own."""
    import signal
    import threading

    from triage.errors import TriageError

    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        typer.echo(f"TRIAGE_BOOTSTRAP_SERVERS={bootstrap_servers}")
        typer.echo("# broker and daemon (group triage-demo) kept up, in memory; Ctrl-C stops both")
        sys.stdout.flush()
        while not stop.wait(0.5):
            if not alive():
                raise TriageError("the embedded broker or the demo daemon exited unexpectedly")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    typer.echo("# demo stopped", err=True)
