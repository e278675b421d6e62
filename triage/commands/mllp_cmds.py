"""`triage mllp`: the MLLP listener (triage.mllp) in front of the input topic."""

from __future__ import annotations

from pathlib import Path

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
    require_topic,
)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""

    @app.command("mllp")
    def mllp_cmd(
        config: Config = None,
        bootstrap_servers: BootstrapServers = None,
        input_topic: InputTopic = None,
        security_protocol: SecurityProtocol = None,
        sasl_mechanism: SaslMechanism = None,
        sasl_username: SaslUsername = None,
        sasl_password_file: SaslPasswordFile = None,
        ssl_cafile: SslCafile = None,
        host: str | None = typer.Option(
            None, "--host", help="Address to listen on [TRIAGE_MLLP__HOST, 0.0.0.0]."
        ),
        port: int | None = typer.Option(
            None, "--port", help="MLLP port (0 = any) [TRIAGE_MLLP__PORT, 2575]."
        ),
        max_frame_bytes: int | None = typer.Option(
            None,
            "--max-frame-bytes",
            help="Largest message accepted; larger ones get AR [max_message_bytes].",
        ),
        max_connections: int | None = typer.Option(None, "--max-connections", help="Open connections [256]."),
        idle_timeout_s: float | None = typer.Option(
            None, "--idle-timeout", help="Close a connection silent this many seconds [300]."
        ),
        frame_timeout_s: float | None = typer.Option(
            None,
            "--frame-timeout",
            help="A started frame must end within this many seconds, else close [60].",
        ),
        ack_timeout_s: float | None = typer.Option(
            None, "--ack-timeout", help="The broker must store a message within this, else AE [10]."
        ),
        tls_cert: Path | None = typer.Option(None, "--tls-cert", help="TLS certificate (PEM); enables TLS."),
        tls_key: Path | None = typer.Option(None, "--tls-key", help="TLS private key (PEM)."),
        tls_ca: Path | None = typer.Option(
            None, "--tls-ca", help="CA bundle: clients must present a certificate it signed."
        ),
        http_port: int | None = typer.Option(
            None, "--http-port", help="Port of /metrics /healthz /readyz (0 = any) [8081]."
        ),
        no_http: bool = typer.Option(False, "--no-http", help="No /metrics etc."),
        log_level: str | None = typer.Option(None, "--log-level", help="DEBUG | INFO | WARNING | ERROR."),
    ) -> None:
        """Accept HL7 v2 over MLLP (optionally TLS), write each message byte for byte to the input topic and
        answer an original-mode ACK: AA once the broker stored it, AE when it could not (resend), AR when it
        never can (not HL7, no MSH-10, frame too large). A message with MSH-15/MSH-16 valued gets enhanced
        mode instead, at most one ACK per message: the accept ACK (CA/CE/CR) when MSH-15 asks for it, else the
        application ACK (AA/AE/AR) when MSH-16 does (AL, NE, ER, SU; docs/integration.md). Until Ctrl-C /
        SIGTERM."""
        from triage.config import load_settings
        from triage.lifecycle.shutdown import StoppedError
        from triage.mllp.server import run_mllp
        from triage.obs.logging import configure_logging
        from triage.stream.kafka_io import BrokerUnavailableError

        mllp = {
            "host": host,
            "port": port,
            "max_frame_bytes": max_frame_bytes,
            "max_connections": max_connections,
            "idle_timeout_s": idle_timeout_s,
            "frame_timeout_s": frame_timeout_s,
            "ack_timeout_s": ack_timeout_s,
            "tls_certfile": tls_cert,
            "tls_keyfile": tls_key,
            "tls_cafile": tls_ca,
            "http_port": http_port,
        }
        settings = load_settings(
            config,
            log_level=log_level,
            mllp=mllp,
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
        if no_http:
            settings = settings.model_copy(
                update={"mllp": settings.mllp.model_copy(update={"http_port": None})}
            )
        configure_logging(settings.log_level)
        try:
            require_topic(settings, settings.topics.input)
        except StoppedError:  # SIGTERM while the broker did not answer: nothing accepted, nothing lost
            raise typer.Exit(0) from None
        except BrokerUnavailableError as exc:  # a service, like `triage run`: exit 4, not a bad setting's 2
            from triage.stream.daemon import EXIT_BROKER_UNAVAILABLE

            typer.echo(f"triage: error: {exc}", err=True)
            raise typer.Exit(EXIT_BROKER_UNAVAILABLE) from None
        raise typer.Exit(run_mllp(settings))
