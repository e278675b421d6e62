"""A local sandbox for integration engineers: `triage broker` (an embedded Kafka-compatible broker with the
daemon's topics, up until Ctrl-C) and `triage send FILE|DIR...` (HL7 files → the input topic, one record per
message, keyed by patient, triage.mllp.keys)."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
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
    require_topic,
)
from triage.errors import InputFileError, TriageError

Record = tuple[bytes | None, bytes | None, tuple[tuple[str, bytes], ...]]  # key, value, headers


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""

    @app.command("broker")
    def broker_cmd(
        port: int = typer.Option(0, "--port", min=0, max=65535, help="Port to listen on (0 = a free one)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
        partitions: int = typer.Option(3, "--partitions", min=1, help="Partitions per topic."),
        config: Config = None,
    ) -> None:
        """Start an embedded Kafka-compatible broker (Tansu, in memory: everything is gone when it stops),
        create the daemon's topics (names from --config / TRIAGE_TOPICS__*) and print the
        TRIAGE_BOOTSTRAP_SERVERS=... line; stays up until Ctrl-C or SIGTERM. For a sandbox, not production."""
        from triage.config import load_settings
        from triage.lifecycle.shutdown import Shutdown, StoppedError, process_shutdown, until_stopped
        from triage.stream.broker import EmbeddedBroker
        from triage.stream.kafka_io import ensure_topics

        # the process's stop request (installed before the imports: a SIGTERM at start-up is a clean stop,
        # and its watchdog bounds the stop at 10 s), or, called in-process, one of its own
        stop = process_shutdown() or Shutdown()
        previous = {} if stop is process_shutdown() else stop.install_signals()
        if port:
            _check_port_free(host, port)
        broker = EmbeddedBroker(host=host, port=port or None)
        try:
            broker.start(stop=stop.is_set)
            settings = load_settings(config, bootstrap_servers=broker.bootstrap_servers)
            until_stopped(lambda: ensure_topics(settings.kafka, partitions=partitions), stop)
            typer.echo(f"TRIAGE_BOOTSTRAP_SERVERS={broker.bootstrap_servers}")
            t = settings.topics
            typer.echo(
                f"# Tansu broker pid {broker.pid}, in memory; topics: input {t.input}, flags {t.worklist},"
            )
            typer.echo(
                f"#   audit {t.audit}, dead letters {t.dead_letter}, flag state {t.flag_state} (+ shadow)"
            )
            typer.echo("# Ctrl-C stops it (and loses every record)")
            sys.stdout.flush()
            while not stop.wait(0.5):
                if not broker.running:
                    raise TriageError("the embedded broker exited unexpectedly")
            typer.echo("# broker stopped", err=True)
        except StoppedError:  # SIGTERM / Ctrl-C while it started: nothing to hand over
            typer.echo("# broker stopped while starting", err=True)
        finally:
            broker.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    @app.command("send")
    def send_cmd(
        paths: list[Path] = typer.Argument(
            ...,
            metavar="FILE|DIR",
            help="HL7 files (one message, an FHS/BHS batch or an MLLP capture) or directories of them;"
            " - reads stdin.",
        ),
        config: Config = None,
        bootstrap_servers: BootstrapServers = None,
        input_topic: InputTopic = None,
        security_protocol: SecurityProtocol = None,
        sasl_mechanism: SaslMechanism = None,
        sasl_username: SaslUsername = None,
        sasl_password_file: SaslPasswordFile = None,
        ssl_cafile: SslCafile = None,
    ) -> None:
        """Produce every HL7 message in the files to the input topic, one record per message keyed by its
        patient (PID-3, so all orders of a patient stay on one partition in order; without PID-3 the accession
        as the daemon reads it, then MSH-10), and wait for the broker's acknowledgements:
        TRIAGE_DELIVERY_TIMEOUT_MS (default 30 s) after the last message was handed over, which bounds that
        wait, not the whole send (a large file takes longer to hand over; a broker that dies mid-send ends it
        within twice that timeout, exit 2). Every file is read and split first: a file without an HL7 message
        stops the command before anything is sent. Directories are read recursively (hidden files skipped).
        SIGTERM or Ctrl-C stops it within 10 s: nothing more is sent, what was sent is waited for (exit 1
        unless every message was sent and acknowledged before the stop)."""
        from triage.config import load_settings

        files = collect_files(paths)
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
        # every file is read and split before the first message is sent (inside: a stop while a FIFO waits
        # for its writer is send's own stop line)
        summary = until_acknowledged(
            lambda: send_messages(settings, [m for f in files for m in split_file(f)])
        )
        typer.echo(sent_line(summary, len(files), settings.topics.input, settings.bootstrap_servers))


def sent_line(summary: dict[str, Any], files: int, topic: str, servers: str) -> str:
    """`send`'s closing line (a script may parse it): counts with their nouns in the right number."""

    def counted(n: int, noun: str) -> str:
        return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

    return (
        f"sent {counted(summary['messages'], 'message')} from {counted(files, 'file')} to {topic}"
        f" at {servers}"
        f" (keyed by patient {summary['patient']}, by accession {summary['accession']}, by MSH-10"
        f" {summary['control_id']}, unkeyed {summary['none']}) in {summary['seconds']:.2f} s"
    )


def until_acknowledged(
    send: Callable[[], dict[str, Any]],
    noun: str = "messages",
    on_stop: Callable[[dict[str, Any] | None], None] | None = None,
) -> dict[str, Any]:
    """The summary of `send` (send_records) when it was not stopped; a stop is a stderr line and the exit
    code of `send`'s contract: 1 unless every record was sent and acknowledged before it (so that
    `send f && next` does not go on), 0 when it was. `on_stop` is given the stopped summary (None: nothing
    was sent) before that line, to say which records were sent."""
    from triage.lifecycle.shutdown import EXIT_CLEAN, EXIT_UNACKNOWLEDGED, StoppedError

    try:
        summary = send()
    except StoppedError:  # SIGTERM/SIGINT while the broker did not answer: nothing was sent
        if on_stop is not None:
            on_stop(None)
        typer.echo("triage: stopped before anything was sent", err=True)
        raise typer.Exit(EXIT_UNACKNOWLEDGED) from None
    if summary["stopped"]:
        if on_stop is not None:
            on_stop(summary)
        typer.echo(
            f"triage: stopped: {summary['acknowledged']} of {summary['messages']} {noun} sent and"
            f" acknowledged, {summary['unacknowledged']} sent without an acknowledgement",
            err=True,
        )
        complete = summary["acknowledged"] == summary["messages"]
        raise typer.Exit(EXIT_CLEAN if complete else EXIT_UNACKNOWLEDGED)
    return summary


def _check_port_free(host: str, port: int) -> None:
    import socket

    from triage.errors import ConfigError

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # as a listening server (Tansu) binds: the last run's TIME-WAIT connections do not make the port busy
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host}:{port} ({exc.strerror}): choose another --port, or 0 for a free one"
            ) from None


def collect_files(paths: list[Path]) -> list[Path]:
    """Files (or pipes) named, and the regular files under directories named (sorted, hidden ones skipped)."""
    from triage.offline.tables import existing_input

    files: list[Path] = []
    for named in paths:
        path = existing_input(named)  # `-`: standard input; one "no such file" line for every command
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputFileError(f"{path}: directory holds no files")
            files.extend(found)
        elif path.is_file() or path.is_fifo():  # a pipe: `triage send <(ssh ris cat msg.hl7)`, /dev/stdin
            files.append(path)
        else:
            raise InputFileError(f"{path}: not a regular file, a pipe or a directory")
    return files


def split_file(path: Path) -> list[bytes]:
    """The messages of one HL7 file as records: MLLP blocks and FHS/BHS/BTS/FTS envelopes removed, segments
    terminated by CR, bytes otherwise as in the file (triage.hl7.framing, the daemon's own splitter)."""
    from triage.hl7.framing import batch_count_mismatch, message_records
    from triage.lifecycle.shutdown import process_shutdown, until_stopped
    from triage.offline.compressed import decompressed

    try:
        # a FIFO waits in open() for a writer, which may never come: a stop request leaves it (StoppedError,
        # "stopped before anything was sent"); the process's Shutdown handler returns, so Python would retry
        # the interrupted open() until the 9.5 s watchdog
        raw = until_stopped(path.read_bytes, process_shutdown()) if path.is_fifo() else path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    raw = decompressed(path, raw)  # an archived feed.hl7.gz is sent as the messages it holds
    mismatch = batch_count_mismatch(raw)
    if mismatch is not None:  # a batch cut on the way: which message is missing cannot be told
        raise InputFileError(f"{path}: {mismatch}; nothing was sent")
    try:
        records = message_records(raw)
    except UnicodeDecodeError:
        raise InputFileError(f"{path}: starts like UTF-16/32 but does not decode") from None
    if not records:
        raise InputFileError(f"{path}: no HL7 message in the file (no MSH segment; {len(raw)} bytes)")
    return records


def send_messages(settings: Any, messages: list[bytes], ack_wait_s: float | None = None) -> dict[str, Any]:
    """Produce HL7 `messages` to the input topic keyed by patient (triage.mllp.keys); `send_records` sends
    them. The summary counts the keys by kind (patient, accession, control_id, none)."""
    from triage.mllp.keys import message_key

    counts = {"patient": 0, "accession": 0, "control_id": 0, "none": 0}

    def keyed() -> Iterator[Record]:  # keyed while sending: the broker is checked before the first key
        for message in messages:
            key, kind = message_key(message, settings.accession_sources, settings.kafka.key_secret)
            counts[kind] += 1
            yield key, message, ()

    summary = send_records(settings, keyed(), len(messages), ack_wait_s=ack_wait_s)
    return {**summary, **counts}


def send_records(
    settings: Any,
    records: Iterable[Record],
    count: int,
    topic: str | None = None,
    ack_wait_s: float | None = None,
) -> dict[str, Any]:
    """Produce the `count` `records` (key, value, headers: byte for byte) to `topic` (default: the input
    topic) and wait for every ack.

    A stop request (SIGTERM/SIGINT: the process's Shutdown) sends nothing more and waits for the
    acknowledgements of what was sent within the stop budget (`"stopped": True` in the summary); a stop
    while the broker does not answer raises StoppedError (nothing was sent). `ack_wait_s` (default: the
    producer's delivery timeout, TRIAGE_DELIVERY_TIMEOUT_MS) is the wait for the acknowledgements after the
    last record was handed over, not a bound on the whole send: handing the records over takes as long as the
    iterable and the broker take (a record that expires or is refused meanwhile stops it, so a dead broker
    ends it within twice the delivery timeout). A broker that dies mid-send is one TriageError naming how
    many were not acknowledged, never the close's own timeout."""
    from kafka.errors import KafkaError, KafkaTimeoutError

    from triage.lifecycle.shutdown import (
        AT_REQUEST,
        EXIT_CLEAN,
        EXIT_UNACKNOWLEDGED,
        Shutdown,
        process_shutdown,
    )
    from triage.stream.kafka_io import cli_connect_timeout_s, close_producer, flush_within, make_producer

    topic = topic or settings.topics.input
    require_topic(settings, topic)
    shutdown = process_shutdown() or Shutdown()
    producer = make_producer(
        settings.kafka,
        connect_timeout_s=cli_connect_timeout_s(settings.kafka),
        shutdown=shutdown,
        reserve_s=AT_REQUEST,
        notice=True,
    )
    futures: list[Any] = []
    shutdown.exit_code_if_forced = lambda: EXIT_UNACKNOWLEDGED if futures else EXIT_CLEAN
    start = time.perf_counter()
    unacknowledged = 0
    wait_s = settings.kafka.delivery_timeout_ms / 1000 if ack_wait_s is None else ack_wait_s
    unsent = 0
    # a record the broker refused or that expired unacknowledged (a broker that died): the rest would only
    # pile up in the producer's buffer, each to expire in its turn, so nothing more is handed over
    refused = threading.Event()
    try:
        for i, (key, value, headers) in enumerate(records):
            if shutdown.is_set():
                break
            if refused.is_set():
                unsent = count - i
                break
            try:
                future = producer.send(topic, key=key, value=value, headers=list(headers) or None)
            except KafkaTimeoutError:  # the buffer stayed full (the broker is gone): send nothing more
                unsent = count - i
                break
            future.add_errback(lambda _exc: refused.set())
            futures.append(future)
        # the acknowledgements get the delivery timeout after the last record was handed over (a long file
        # takes longer than that to hand over, and its last records are as new as their own send)
        with contextlib.suppress(KafkaTimeoutError):  # what is left unacknowledged is counted below
            flush_within(producer, wait_s, shutdown, reserve_s=1.0)
        failed = 0
        first_error = ""
        for future in futures:
            if not future.is_done:
                unacknowledged += 1
            elif not future.succeeded():
                failed += 1
                exc = future.exception
                first_error = first_error or f"{type(exc).__name__}: {exc}"
        if failed or unsent or (unacknowledged and not shutdown.is_set()):
            raise TriageError(
                f"the broker did not acknowledge {failed + unacknowledged + unsent} of {count}"
                f" messages ({first_error or f'none within {wait_s:g} s of the last one sent'});"
                " the others were sent"
            )
    except KafkaError as exc:
        raise TriageError(f"cannot send to {topic!r}: {type(exc).__name__}: {exc}") from exc
    finally:
        # nothing left to wait for once the acknowledgements timed out: a close that flushed again would
        # wait 10 s more and raise its own KafkaTimeoutError over the command's error
        close_s = 0.0 if unsent or unacknowledged else shutdown.bound(10.0, reserve_s=0.5)
        close_producer(producer, close_s)  # a hung broker: no "Exception ignored" traceback at exit
    return {
        "messages": count,
        "seconds": time.perf_counter() - start,
        "stopped": shutdown.is_set(),
        "acknowledged": len(futures) - unacknowledged,
        "unacknowledged": unacknowledged,
        "sent": len(futures),  # records[:sent] were handed to the producer, in order; the rest never were
        "pending": [i for i, future in enumerate(futures) if not future.is_done],  # sent, not acknowledged
    }
