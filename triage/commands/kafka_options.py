"""Kafka connection options, declared once for every command that talks to a broker (`Annotated` aliases:
``bootstrap_servers: BootstrapServers = None``), and `kafka_overrides()` turning them into load_settings()
arguments. A flag left out is None, so the environment and the config file still apply (flags > env > file).

`duplicates` lists the commands' option blocks (these parameters, the `kafka_overrides(...)` call naming each,
other commands' `typer.Option` declarations, the keyword calls of `train`/`evaluate`/`replay`) as repeated
or same-shape runs: typer reads each command's own signature, so every command declares and forwards its
parameters itself; those runs are declarations that differ in names and help, not logic to share. What was
logic is shared: the `--model` check and the bad-row lines (triage.commands.model_check), the stop lines
(triage.commands.interrupts), the sending and its stop report (sandbox_cmds.send_records/until_acknowledged).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from triage.config import Settings

CONFIG_HELP = "YAML or TOML settings file (lowest precedence after defaults; also TRIAGE_CONFIG)."

Config = Annotated[Path | None, typer.Option("--config", "-c", help=CONFIG_HELP)]
# envvar: the flag's value is the variable's when only the variable is set (same value the settings would
# read), so a command can tell that a broker was named (`audit explain` reads Flags then)
BootstrapServers = Annotated[
    str | None,
    typer.Option(
        "--bootstrap-servers",
        envvar="TRIAGE_BOOTSTRAP_SERVERS",
        show_envvar=False,
        help="Kafka bootstrap servers, comma-separated [TRIAGE_BOOTSTRAP_SERVERS].",
    ),
]
InputTopic = Annotated[
    str | None, typer.Option("--input-topic", help="ORU input topic [TRIAGE_TOPICS__INPUT, hl7.oru].")
]
SecurityProtocol = Annotated[
    str | None, typer.Option("--security-protocol", help="PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL.")
]
SaslMechanism = Annotated[
    str | None, typer.Option("--sasl-mechanism", help="PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512.")
]
SaslUsername = Annotated[str | None, typer.Option("--sasl-username", help="SASL user name.")]
SaslPasswordFile = Annotated[
    Path | None,
    typer.Option("--sasl-password-file", help="File holding the SASL password (never pass it as a flag)."),
]
SslCafile = Annotated[Path | None, typer.Option("--ssl-cafile", help="CA bundle for SSL/SASL_SSL.")]


def kafka_overrides(
    *,
    bootstrap_servers: str | None = None,
    input_topic: str | None = None,
    security_protocol: str | None = None,
    sasl_mechanism: str | None = None,
    sasl_username: str | None = None,
    sasl_password_file: Path | None = None,
    ssl_cafile: Path | None = None,
) -> dict[str, Any]:
    """The Kafka options as load_settings() keyword arguments (None values are dropped there)."""
    return {
        "bootstrap_servers": bootstrap_servers,
        "topics": {"input": input_topic},
        "security": {
            "security_protocol": security_protocol,
            "sasl_mechanism": sasl_mechanism,
            "sasl_username": sasl_username,
            "sasl_password_file": sasl_password_file,
            "ssl_cafile": ssl_cafile,
        },
    }


def require_topic(settings: Settings, topic: str, connect_timeout_s: float | None = None) -> None:
    """One error line when `topic` does not exist (brokers such as Tansu would silently auto-create it).
    StoppedError when the command is stopped while the broker does not answer."""
    from kafka.errors import KafkaError

    from triage.errors import ConfigError, TriageError
    from triage.lifecycle.shutdown import process_shutdown
    from triage.stream.kafka_io import cli_connect_timeout_s, did_you_mean, make_admin

    # a long-running command's stop abandons this check at once (StoppedError): nothing is in hand yet
    shutdown = process_shutdown()
    reserve = shutdown.grace_s if shutdown is not None else 0.0
    admin = make_admin(
        settings.kafka,
        connect_timeout_s=connect_timeout_s or cli_connect_timeout_s(settings.kafka),
        shutdown=shutdown,
        reserve_s=reserve,
        notice=True,
    )
    try:
        topics = set(admin.list_topics())
    except KafkaError as exc:
        raise TriageError(f"cannot list topics on {settings.bootstrap_servers}: {exc}") from exc
    finally:
        admin.close()
    if topic not in topics:
        raise ConfigError(
            f"topic {topic!r} does not exist on {settings.bootstrap_servers}: create it (`triage topics"
            " create`, or `triage broker` which creates the daemon's topics) or pass --input-topic"
            + did_you_mean(topic, topics)
        )
