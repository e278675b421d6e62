"""`triage run` (the daemon), `triage demo` (embedded broker + daemon + synthetic feed), `triage config show`,
`triage topics create`.

Settings precedence, highest first: command-line flags > TRIAGE_* environment variables > config file
(--config or TRIAGE_CONFIG) > defaults. Heavy imports (torch, kafka) stay inside the commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

CONFIG_HELP = "YAML or TOML settings file (lowest precedence after defaults; also TRIAGE_CONFIG)."


def _settings(config: Path | None, **flags: Any) -> Any:
    from triage.config import load_settings

    return load_settings(config, **flags)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""

    @app.command("run")
    def run_cmd(
        config: Path | None = typer.Option(None, "--config", "-c", help=CONFIG_HELP),
        bootstrap_servers: str | None = typer.Option(
            None,
            "--bootstrap-servers",
            help="Kafka bootstrap servers, comma-separated [TRIAGE_BOOTSTRAP_SERVERS].",
        ),
        input_topic: str | None = typer.Option(None, "--input-topic", help="ORU input topic [hl7.oru]."),
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
            None, "--http-host", help="Address of /metrics, /healthz, /readyz."
        ),
        http_port: int | None = typer.Option(
            None, "--http-port", help="Port of /metrics etc. (0 = any) [8080]."
        ),
        security_protocol: str | None = typer.Option(
            None, "--security-protocol", help="PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL."
        ),
        sasl_mechanism: str | None = typer.Option(
            None, "--sasl-mechanism", help="PLAIN | SCRAM-SHA-256 | -512."
        ),
        sasl_username: str | None = typer.Option(None, "--sasl-username"),
        sasl_password_file: Path | None = typer.Option(
            None, "--sasl-password-file", help="File holding the SASL password (never pass it as a flag)."
        ),
        ssl_cafile: Path | None = typer.Option(None, "--ssl-cafile", help="CA bundle for SSL/SASL_SSL."),
        log_level: str | None = typer.Option(None, "--log-level", help="DEBUG | INFO | WARNING | ERROR."),
        create_topics: bool | None = typer.Option(
            None,
            "--create-topics/--no-create-topics",
            help="Create missing topics at start-up; otherwise a missing topic stops the daemon (exit 2).",
        ),
    ) -> None:
        """Run the streaming daemon: ORU from Kafka -> Flags, audit records, dead letters (until SIGTERM).

        Exit codes: 0 clean shutdown; 1 the last batch could not be delivered at shutdown; 2 a setting or
        topic error (one `triage: error:` line); 3 the dead-letter topic refuses dead letters; 4 the broker
        did not answer within TRIAGE_BROKER_WAIT_S (unset: the daemon waits until it answers, /readyz 503)."""
        from triage.obs.logging import configure_logging
        from triage.stream.service import run_service

        settings = _settings(
            config,
            bootstrap_servers=bootstrap_servers,
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
            topics={
                "input": input_topic,
                "worklist": worklist_topic,
                "audit": audit_topic,
                "dead_letter": dead_letter_topic,
            },
            security={
                "security_protocol": security_protocol,
                "sasl_mechanism": sasl_mechanism,
                "sasl_username": sasl_username,
                "sasl_password_file": sasl_password_file,
                "ssl_cafile": ssl_cafile,
            },
        )
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
    ) -> None:
        """Start an embedded broker, the daemon and a synthetic ORU feed; print each Flag and a summary."""
        from triage.obs.logging import configure_logging
        from triage.stream.demo import run_demo

        configure_logging("WARNING")
        run_demo(n, seed=seed, partitions=partitions, model_dir=model, show_flags=not quiet, echo=typer.echo)

    config_app = typer.Typer(help="Inspect the effective settings.", no_args_is_help=True)
    app.add_typer(config_app, name="config")

    @config_app.command("show")
    def config_show(
        config: Path | None = typer.Option(None, "--config", "-c", help=CONFIG_HELP),
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
        config: Path | None = typer.Option(None, "--config", "-c", help=CONFIG_HELP),
        bootstrap_servers: str | None = typer.Option(None, "--bootstrap-servers"),
        partitions: int = typer.Option(6, "--partitions", help="Partitions per topic."),
        replication: int = typer.Option(3, "--replication", help="Replication factor."),
    ) -> None:
        """Create the daemon's missing topics (flag-state compacted); existing ones are left alone."""
        from triage.stream.kafka_io import ensure_topics

        settings = _settings(config, bootstrap_servers=bootstrap_servers)
        created = ensure_topics(settings, partitions=partitions, replication=replication)
        typer.echo(json.dumps({"created": created}))
