"""`triage mllp`: an asyncio MLLP listener that writes each framed HL7 message, byte for byte, to the input
topic and answers an original-mode ACK (or, when MSH-15/MSH-16 ask for enhanced mode, the one ACK they ask
for, the accept ACK before the application ACK: at most one frame per message, triage.mllp.ack).

Why asyncio and not a thread per connection: interface engines (Mirth, Rhapsody, Cloverleaf) hold a few long-
lived, mostly idle connections, and a slow or half-open peer must cost nothing but a timer. One event loop
gives per-read/per-write timeouts, TLS (``asyncio.start_server(ssl=...)``) and thousands of idle connections
without a thread each. The only blocking call, kafka-python's ``send`` (it can wait for metadata while the
broker is away), runs in a small thread pool; its delivery future is bridged back to the loop, so the ACK
waits for the broker's acknowledgement (``acks=all``, idempotent producer) without blocking other connections.

Per connection, frames are answered in order (MLLP is request/response). AA only after the broker stored the
message; AE when it did not within ``ack_timeout_s`` (broker down, send timeout, shutting down: the sender
resends, so delivery is at least once); AR for what can never be stored as sent: not HL7 (no MSH at the
start of the frame, nor in an FHS/BHS batch that starts it), no MSH-10, a frame over ``max_frame_bytes``
(discarded up to its end block; the connection stays usable). Logs carry MSH-10, sizes, peers and ACK codes
only, never message content.

Timeouts are deadlines, not per-read timers, so a peer trickling one byte every few seconds cannot hold a
connection slot: a started frame must end within ``frame_timeout_s`` (else the connection is closed, no ACK),
and between frames the connection is closed ``idle_timeout_s`` after the last frame started or ACK was
written, whatever stray bytes (blank lines) arrive meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import structlog
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from triage.errors import ConfigError
from triage.hl7.framing import batch_count_mismatch, message_records
from triage.lifecycle.shutdown import AT_REQUEST
from triage.mllp.ack import AckCode, MshHeader, acknowledgments, answer_code, is_enhanced, read_header
from triage.mllp.codec import Abandoned, Frame, FrameDecoder, Oversize, frame
from triage.mllp.keys import message_key
from triage.obs.health import LoopHealth

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kafka import KafkaProducer

    from triage.config import KafkaSettings, MllpSettings, ObsSettings, Settings
    from triage.lifecycle.shutdown import Shutdown

log = structlog.get_logger("triage.mllp")

READ_CHUNK = 64 * 1024
JUNK_LIMIT = 4096  # stray bytes outside frames before a peer is dropped as "not speaking MLLP"
ACK_BUCKETS = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
SIZE_BUCKETS = (512, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216)


class MllpMetrics:
    """Prometheus metrics of the listener (own registry; labels are bounded: ack code and reason)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = r = registry or CollectorRegistry()
        self.connections = Gauge("triage_mllp_connections", "Open MLLP connections", registry=r)
        self.connections_total = Counter(
            "triage_mllp_connections_accepted", "MLLP connections accepted", registry=r
        )
        self.closed = Counter(
            "triage_mllp_connections_closed",
            "MLLP connections closed, by cause"
            " (peer, idle_timeout, frame_timeout, junk, limit, error, shutdown)",
            ["cause"],
            registry=r,
        )
        self.messages = Counter(
            "triage_mllp_messages",
            "Frames answered, by the MSA-1 of the ACK sent (AA, AE, AR; in enhanced mode CA, CE, CR for an "
            "accept ACK; none when no ACK was sent) and reason (stored, or why not)",
            ["ack", "reason"],
            registry=r,
        )
        self.frame_bytes = Histogram(
            "triage_mllp_frame_bytes", "Size of received frames", buckets=SIZE_BUCKETS, registry=r
        )
        self.ack_seconds = Histogram(
            "triage_mllp_ack_seconds",
            "Frame received → ACK written (includes the broker's acknowledgement for AA)",
            buckets=ACK_BUCKETS,
            registry=r,
        )
        self.ready = Gauge("triage_mllp_ready", "1 when /readyz answers 200", registry=r)
        self.awaiting_broker = Gauge(
            "triage_mllp_awaiting_broker", "Records sent to the broker and not yet acknowledged", registry=r
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MllpHealth(LoopHealth):
    """/healthz: the event loop ticked recently; /readyz: listening, broker reachable, not stopping."""

    def __init__(self, stall_after_s: float = 30.0) -> None:
        super().__init__(stall_after_s)
        self.listening = False

    def _checks(self, info: dict[str, Any]) -> dict[str, bool]:
        return {"listening": self.listening}


def tls_context(m: MllpSettings) -> ssl.SSLContext | None:
    if m.tls_certfile is None or m.tls_keyfile is None:
        return None
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_cert_chain(str(m.tls_certfile), str(m.tls_keyfile))
        if m.tls_cafile is not None:
            ctx.load_verify_locations(str(m.tls_cafile))
            ctx.verify_mode = ssl.CERT_REQUIRED
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"cannot load the MLLP TLS certificate/key/CA: {exc}") from exc
    return ctx


class MllpServer:
    """``await server.start()`` … ``await server.stop()``; or ``server.start_in_thread()`` /
    ``server.stop_in_thread()`` from synchronous code (tests, benchmarks)."""

    def __init__(
        self,
        mllp: MllpSettings,
        kafka: KafkaSettings,
        *,
        accession_sources: Sequence[str],
        producer: KafkaProducer | None = None,
        metrics: MllpMetrics | None = None,
        health: MllpHealth | None = None,
        shutdown: Shutdown | None = None,
    ) -> None:
        """`accession_sources`: the fields the message key comes from, the daemon's (pipeline slice)."""
        self.kafka = kafka
        self.accession_sources = tuple(accession_sources)
        self._shutdown = shutdown  # a stop during start-up abandons the broker connection at once
        self.mllp = mllp
        self.topic = kafka.topics.input
        self.max_frame_bytes = mllp.max_frame_bytes or kafka.max_message_bytes
        self.metrics = metrics or MllpMetrics()
        self.health = health or MllpHealth()
        self._producer = producer
        self._own_producer = producer is None
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="triage-mllp-send")
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._inflight = 0
        self._stopping = False
        self._ticker: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ---- lifecycle -----------------------------------------------------------------------------------------
    async def start(self) -> int:
        """Connect the producer (waits for the broker), then listen; returns the bound port."""
        loop = asyncio.get_running_loop()
        self._loop = loop
        if self._producer is None:
            self._producer = await loop.run_in_executor(self._pool, self._make_producer)
        self.health.set_broker(True)
        try:
            self._server = await asyncio.start_server(
                self._connection,
                self.mllp.host,
                self.mllp.port,
                ssl=tls_context(self.mllp),
                limit=READ_CHUNK,
            )
        except OSError as exc:
            raise ConfigError(
                f"cannot listen for MLLP on {self.mllp.host}:{self.mllp.port}: {exc.strerror or exc}"
            ) from exc
        self.port = int(self._server.sockets[0].getsockname()[1])
        self.health.listening = True
        self._ticker = loop.create_task(self._tick())
        log.info(
            "mllp_listening",
            host=self.mllp.host,
            port=self.port,
            tls=self.mllp.tls_certfile is not None,
            topic=self.topic,
            max_frame_bytes=self.max_frame_bytes,
        )
        return self.port

    def _make_producer(self) -> KafkaProducer:
        from triage.stream.kafka_io import make_producer

        timeout_ms = int(self.mllp.ack_timeout_s * 1000)
        # the producer gives up on a record before the ACK deadline, so an AE'd message is not written later
        return make_producer(
            self.kafka,
            linger_ms=0,
            delivery_timeout_ms=timeout_ms,
            request_timeout_ms=max(500, timeout_ms // 2),
            max_block_ms=timeout_ms,
            shutdown=self._shutdown,
            # nothing is in hand before the producer exists: a stop abandons the connection at once
            reserve_s=AT_REQUEST,
        )

    async def stop(self, grace_s: float = 5.0) -> int:
        """Stop accepting, let frames being stored get their ACK (up to `grace_s`), close the rest. Returns
        how many frames were still being stored (no ACK sent: the sender resends them)."""
        self._stopping = True
        self.health.stopping = True
        self.health.listening = False
        if self._server is not None:
            self._server.close()
        deadline = time.monotonic() + grace_s
        while self._inflight and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        unacknowledged = self._inflight
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._ticker is not None:
            self._ticker.cancel()
        if self._producer is not None and self._own_producer:
            from triage.stream.kafka_io import close_producer  # a broker that hangs: no traceback at exit

            producer, self._producer = self._producer, None
            await asyncio.get_running_loop().run_in_executor(self._pool, close_producer, producer, 2.0)
        self._pool.shutdown(wait=False)
        log.info("mllp_stopped", unacknowledged=unacknowledged)
        return unacknowledged

    def start_in_thread(self, timeout_s: float = 60.0) -> int:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:
                errors.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="triage-mllp", daemon=True)
        self._thread.start()
        ready.wait(timeout_s)
        if errors:
            raise errors[0]
        return self.port

    def stop_in_thread(self, grace_s: float = 5.0) -> None:
        loop = self._loop
        if loop is None or self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.stop(grace_s), loop).result(grace_s + 15)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=10)

    async def _tick(self) -> None:
        """Heartbeat for /healthz; while the broker is marked down, probe its port so /readyz recovers."""
        while True:
            self.health.tick()
            if not self.health.broker_ok:
                with contextlib.suppress(Exception):
                    if await asyncio.get_running_loop().run_in_executor(self._pool, self._broker_reachable):
                        self.health.set_broker(True)
            await asyncio.sleep(1.0)

    def _broker_reachable(self) -> bool:
        """A bootstrap server accepts TCP connections again (the next message tells whether Kafka works)."""
        for server in self.kafka.bootstrap_servers.split(","):
            host, _, port = server.strip().rpartition(":")
            try:
                socket.create_connection((host.strip("[]") or "localhost", int(port)), timeout=1.0).close()
                return True
            except (OSError, ValueError):
                continue
        return False

    # ---- one connection ------------------------------------------------------------------------------------
    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        peer = _peer(writer)
        if len(self._tasks) >= self.mllp.max_connections or self._stopping:
            log.warning("mllp_connection_refused", peer=peer, open=len(self._tasks))
            self.metrics.closed.labels("limit").inc()
            writer.close()
            return
        assert task is not None
        self._tasks.add(task)
        self.metrics.connections.inc()
        self.metrics.connections_total.inc()
        log.info("mllp_connected", peer=peer)
        decoder = FrameDecoder(self.max_frame_bytes)
        cause = "peer"
        idle = self.mllp.idle_timeout_s
        frame_limit = self.mllp.frame_timeout_s
        # Two deadlines, both absolute so that a trickle of bytes cannot push them back (slowloris):
        # between frames, idle_timeout_s after the last frame started or ACK went out (blank lines and other
        # bytes outside a frame do not count as activity); within a frame, frame_timeout_s after it started,
        # and no more than idle_timeout_s of silence.
        last_active = time.monotonic()
        frame_started: float | None = None
        try:
            while True:
                if self._stopping:
                    # asked by stop(), which also cancels this task; but a cancel that lands as the read it
                    # interrupts completes is swallowed by asyncio.wait_for (Python < 3.12), and a peer that
                    # keeps writing completes every read at once: without this check the connection was
                    # served until the stop watchdog forced the exit (9.5 s, exit 1)
                    cause = "shutdown"
                    break
                now = time.monotonic()
                if frame_started is None:
                    wait, why = last_active + idle - now, "idle_timeout"
                else:
                    left = frame_started + frame_limit - now
                    wait, why = (left, "frame_timeout") if left < idle else (idle, "idle_timeout")
                try:
                    data = await asyncio.wait_for(reader.read(READ_CHUNK), max(wait, 0.0))
                except TimeoutError:
                    cause = why
                    if why == "frame_timeout":
                        log.warning(
                            "mllp_frame_timeout",
                            peer=peer,
                            frame_timeout_s=frame_limit,
                            pending_bytes=decoder.pending,
                        )
                    else:
                        log.info("mllp_idle_timeout", peer=peer, idle_s=idle, pending_bytes=decoder.pending)
                    break
                if not data:
                    if decoder.pending:
                        log.info("mllp_closed_mid_frame", peer=peer, pending_bytes=decoder.pending)
                    break
                events = decoder.feed(data)
                for event in events:
                    for ack in await self._answer(event):  # none or one: one frame per message at most
                        writer.write(frame(ack))
                    try:
                        await asyncio.wait_for(writer.drain(), idle)
                    except TimeoutError:
                        cause = "idle_timeout"  # the peer does not read its ACKs
                        raise
                    last_active = time.monotonic()
                if not decoder.pending:
                    frame_started = None
                elif frame_started is None or events:
                    # a new frame began in this read: its clock starts now (answering the frames before it,
                    # which may wait for the broker, is not counted against it)
                    frame_started = last_active = time.monotonic()
                if decoder.junk > JUNK_LIMIT:
                    cause = "junk"
                    log.warning("mllp_not_mllp", peer=peer, stray_bytes=decoder.junk)
                    break
        except asyncio.CancelledError:
            cause = "shutdown"
        except (ConnectionError, TimeoutError, ssl.SSLError, OSError) as exc:
            cause = "idle_timeout" if isinstance(exc, TimeoutError) else "error"
            log.info("mllp_connection_error", peer=peer, error_type=type(exc).__name__)
        finally:
            self._tasks.discard(task)
            self.metrics.connections.dec()
            self.metrics.closed.labels(cause).inc()
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1.0)
            log.info("mllp_disconnected", peer=peer, cause=cause)

    async def _answer(self, event: Frame | Oversize | Abandoned) -> list[bytes]:
        """The ACK for one frame, as a list of none or one: original mode one, enhanced mode the one that
        MSH-15/MSH-16 ask for (triage.mllp.ack.acknowledgments); none for a frame its sender abandoned."""
        if isinstance(event, Abandoned):  # no whole message: not stored, no ACK (the sender resends it)
            header = read_header(event.head)
            self.metrics.messages.labels("none", "frame_abandoned").inc()
            log.warning(
                "mllp_frame_abandoned",
                control_id=header.control_id_text if header else None,
                bytes=event.size,
            )
            return []
        t0 = time.perf_counter()
        app = self.mllp.ack_application
        if isinstance(event, Oversize):
            header = read_header(event.head)
            code, reason = AckCode.REJECT, "frame_too_large"
            text = f"frame of {event.size} bytes is larger than the {self.max_frame_bytes}-byte limit"
            size = event.size
        else:
            size = len(event.payload)
            header = read_header(event.payload)
            if header is None:
                code, reason = AckCode.REJECT, "not_hl7"
                text = "not an HL7 v2 message: the frame does not start with an MSH segment nor a batch"
            elif header.batch and (mismatch := batch_count_mismatch(event.payload)) is not None:
                # the batch received is not the batch sent: nothing of it is stored; AE, an error in the
                # content, per HL7 v2.5.1 2.9.2 (batch_count_mismatch's docstring)
                code, reason = AckCode.ERROR, "batch_count_mismatch"
                text = f"{mismatch}; nothing of the batch was stored: send the whole batch again"
            elif not header.control_id:
                code, reason, text = AckCode.REJECT, "no_control_id", "MSH-10 (message control id) is empty"
            elif header.empty_batch:  # BTS-1 = 0: nothing to store; accepted, so the sender moves on
                code, reason, text = AckCode.ACCEPT, "empty_batch", None
            elif self._stopping:
                code, reason, text = AckCode.ERROR, "shutting_down", "receiver shutting down; resend"
            else:
                code, reason, text = await self._store(event.payload, header)
        acks = acknowledgments(header, code, reason=reason, text=text, application=app)
        sent = answer_code(header, code)  # MSA-1 of the ACK sent (CA/CE/CR in enhanced mode), None: no ACK
        sent_code = sent.value if sent else "none"
        seconds = time.perf_counter() - t0
        self.metrics.frame_bytes.observe(size)
        self.metrics.messages.labels(sent_code, reason or "stored").inc()
        self.metrics.ack_seconds.observe(seconds)
        log.info(
            "mllp_message",
            control_id=header.control_id_text if header else None,
            bytes=size,
            ack=sent_code,  # what the sender got, as the metric's label (before: AA beside a CA sent)
            outcome=code.value,  # AA stored / AE resend / AR refused, whatever MSA-1 said it
            reason=reason,
            mode="enhanced" if is_enhanced(header) else "original",
            ms=round(seconds * 1000, 2),
        )
        return acks

    async def _store(self, payload: bytes, header: MshHeader) -> tuple[AckCode, str | None, str | None]:
        """Write and wait for the broker's acknowledgement: (AA, None, None) or (AE, reason, text). A batch's
        messages are one record each, keyed by their own patient as `triage send` keys them (one record
        keyed by the first message's patient put another patient's reports on that partition, out of order
        with the ones sent singly); AA only when every record is acknowledged, else AE for the whole batch."""
        if header.batch:
            try:
                records = message_records(payload)
            except UnicodeDecodeError:
                return AckCode.REJECT, "not_hl7", "the batch starts like UTF-16/32 but does not decode"
        else:
            records = [payload]
        self._inflight += 1
        self.metrics.awaiting_broker.inc(len(records))
        try:
            await asyncio.wait_for(self._send(records), self.mllp.ack_timeout_s)
        except TimeoutError:
            error = f"broker did not acknowledge within {self.mllp.ack_timeout_s:g} s"
        except Exception as exc:  # KafkaError and friends: the message is not stored
            error = f"broker did not store the message ({type(exc).__name__})"
        else:
            self.health.set_broker(True)
            return AckCode.ACCEPT, None, None
        finally:
            self._inflight -= 1
            self.metrics.awaiting_broker.dec(len(records))
        self.health.set_broker(False, error)
        log.warning("mllp_store_failed", control_id=header.control_id_text, error=error)
        return AckCode.ERROR, "broker_unavailable", error + "; resend"

    async def _send(self, payloads: list[bytes]) -> None:
        """Produce `payloads` in order, each keyed by its patient; returns when the broker acknowledged all,
        raises the first failure."""
        loop = asyncio.get_running_loop()
        producer = self._producer
        assert producer is not None
        topic = self.topic

        def send() -> list[Any]:
            keys = [message_key(p, self.accession_sources, self.kafka.key_secret)[0] for p in payloads]
            return [producer.send(topic, key=key, value=p) for key, p in zip(keys, payloads, strict=True)]

        records = await loop.run_in_executor(self._pool, send)
        done: asyncio.Future[None] = loop.create_future()
        waiting = [len(records)]

        def settle(exc: BaseException | None) -> None:
            if done.done():
                return
            if exc is not None:
                done.set_exception(exc)
                return
            waiting[0] -= 1
            if not waiting[0]:
                done.set_result(None)

        for record in records:
            record.add_callback(lambda _md: loop.call_soon_threadsafe(settle, None))
            record.add_errback(lambda exc: loop.call_soon_threadsafe(settle, exc))
        await done


def _peer(writer: asyncio.StreamWriter) -> str:
    info = writer.get_extra_info("peername")
    if isinstance(info, tuple) and len(info) >= 2:
        return f"{info[0]}:{info[1]}"
    return str(info)


def run_mllp(settings: Settings) -> int:
    """`triage mllp`: serve until SIGINT/SIGTERM; returns the exit code. Each part gets its slice of
    `settings`, taken once here."""
    return asyncio.run(
        _main(settings.mllp, settings.kafka, settings.obs, accession_sources=settings.accession_sources)
    )


async def _main(
    mllp: MllpSettings, kafka: KafkaSettings, obs: ObsSettings, *, accession_sources: Sequence[str]
) -> int:
    from triage.lifecycle.shutdown import Shutdown, StoppedError, process_shutdown
    from triage.obs.http import ObsServer, listen_error

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    shutdown = process_shutdown() or Shutdown()  # the CLI's one bounds the stop (SHUTDOWN_BOUND_S)

    def on_signal(sig: signal.Signals) -> None:
        shutdown.request(sig.name)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, on_signal, sig)
    if shutdown.is_set():  # a signal before the loop started (the CLI's handler took it)
        stop.set()
    server = MllpServer(mllp, kafka, accession_sources=accession_sources, shutdown=shutdown)
    http = None
    if mllp.http_port is not None:
        try:
            http = ObsServer(server.metrics, server.health, obs.http_host, mllp.http_port)  # type: ignore[arg-type]
        except OSError as exc:
            raise ConfigError(
                listen_error(
                    "/metrics", obs.http_host, mllp.http_port, exc, "--http-port", "TRIAGE_HTTP_HOST"
                )
            ) from exc
        http.start()
        log.info("http_listening", host=obs.http_host, port=http.port)
    try:
        try:
            await server.start()
        except StoppedError:  # stopped while the broker did not answer: nothing was accepted yet
            log.info("signal_received", signal=shutdown.reason)
            return 0
        await stop.wait()
        log.info("signal_received", signal=shutdown.reason)
    finally:
        unacknowledged = await server.stop(grace_s=shutdown.bound(5.0, reserve_s=3.0))
        if http is not None:
            http.stop()
    return 1 if unacknowledged else 0
