"""`triage mllp`: the MLLP front door, driven the way an interface engine drives it — real sockets, a real
broker (Tansu), the message read back from the input topic and compared byte for byte."""

from __future__ import annotations

import socket
import ssl
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from triage.mllp import AckCode, FrameDecoder, Oversize, build_ack, frame, read_header
from triage.mllp.codec import Frame

pytestmark = pytest.mark.timeout(120)

MSG = (
    b"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||ORU^R01|CTRL-%s|P|2.5.1\r"
    b"PID|1||MRN-1^^^MERCY^MR||DOE^JANE\r"
    b"OBR|1|PL-1|FL-1|CTHEAD^CT HEAD^L|||20240315134500|||||||||||ACC-%s||||20240315140000|||F\r"
    b"OBX|1|TX|&IMP^Impression||Acute subdural hematoma.||||||F\r"
)


def oru(n: int | str) -> bytes:
    tag = str(n).encode()
    return MSG.replace(b"%s", tag)


# ---- codec and ACK (no sockets) --------------------------------------------------------------------------
def test_decoder_splits_frames_across_reads_and_skips_the_trailing_cr() -> None:
    wire = frame(oru(1)) + frame(oru(2))
    dec = FrameDecoder(10_000)
    events: list[Any] = []
    for i in range(0, len(wire), 7):
        events += dec.feed(wire[i : i + 7])
    assert [e.payload for e in events] == [oru(1), oru(2)]
    assert dec.pending == 0 and dec.junk == 0


def test_decoder_discards_an_oversized_frame_keeps_its_head_and_recovers() -> None:
    big = oru(1) + b"OBX|2|ED|PDF||" + b"A" * 50_000 + b"\r"
    dec = FrameDecoder(2048)
    events = dec.feed(frame(big)[:30_000]) + dec.feed(frame(big)[30_000:] + frame(oru(2)))
    assert isinstance(events[0], Oversize) and events[0].size == len(big)
    assert read_header(events[0].head).control_id == b"CTRL-1"  # type: ignore[union-attr]
    assert events[1] == Frame(oru(2))


def test_ack_echoes_control_id_swaps_apps_and_keeps_delimiters() -> None:
    header = read_header(oru(7))
    assert header is not None
    ack = build_ack(header, AckCode.ACCEPT, control_id="A1")
    msh, msa = ack.rstrip(b"\r").split(b"\r")
    fields = msh.split(b"|")
    assert fields[:6] == [b"MSH", b"^~\\&", b"TRIAGE", b"MERCY", b"RIS", b"MERCY"]
    assert (fields[8], fields[9], fields[10], fields[11]) == (b"ACK^R01^ACK", b"A1", b"P", b"2.5.1")
    assert msa == b"MSA|AA|CTRL-7"


def test_reject_carries_reason_text_escaped_and_err_segment() -> None:
    header = read_header(oru(8))
    ack = build_ack(header, AckCode.REJECT, reason="frame_too_large", text="too big | really")
    segs = ack.rstrip(b"\r").split(b"\r")
    assert segs[1] == b"MSA|AR|CTRL-8|too big \\F\\ really"
    assert segs[2].startswith(b"ERR|||207^")


def test_not_hl7_has_no_header() -> None:
    assert read_header(b"hello world") is None
    assert read_header(b"\xef\xbb\xbfMSH|^~\\&|A") is not None


# ---- against a real broker --------------------------------------------------------------------------------
def _settings(bootstrap: str, **mllp: Any) -> Any:
    from triage.config import MllpSettings, Settings, TopicSettings
    from triage.stream.kafka_io import ensure_topics

    values = {"host": "127.0.0.1", "port": 0, "ack_timeout_s": 3.0, "idle_timeout_s": 30.0, **mllp}
    settings = Settings(
        bootstrap_servers=bootstrap,
        topics=TopicSettings.suffixed(uuid.uuid4().hex[:10]),
        mllp=MllpSettings(**values),
        http_port=0,
    )
    ensure_topics(settings, partitions=1)
    return settings


class Client:
    def __init__(self, port: int, ctx: ssl.SSLContext | None = None, timeout: float = 15.0) -> None:
        sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock = ctx.wrap_socket(sock, server_hostname="localhost") if ctx else sock
        self.buf = b""

    def send(self, payload: bytes) -> None:
        self.sock.sendall(frame(payload))

    def ack(self) -> list[list[bytes]]:
        while b"\x1c" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buf += chunk
        end = self.buf.index(b"\x1c")
        body, self.buf = self.buf[self.buf.index(b"\x0b") + 1 : end], self.buf[end + 2 :]
        return [seg.split(b"|") for seg in body.rstrip(b"\r").split(b"\r")]

    def exchange(self, payload: bytes) -> list[bytes]:
        self.send(payload)
        return self.ack()[1]  # the MSA segment

    def close(self) -> None:
        self.sock.close()


def read_topic(bootstrap: str, topic: str, n: int, timeout_s: float = 20.0) -> list[Any]:
    from kafka import KafkaConsumer, TopicPartition

    reader = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=10)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(reader.partitions_for_topic(topic) or [0])]
        reader.assign(tps)
        reader.seek_to_beginning(*tps)
        out: list[Any] = []
        deadline = time.monotonic() + timeout_s
        while len(out) < n and time.monotonic() < deadline:
            for batch in reader.poll(timeout_ms=50).values():
                out.extend(batch)
        return out
    finally:
        reader.close(autocommit=False)


@pytest.fixture
def server_factory(kafka_broker: Any) -> Iterator[Any]:
    from triage.mllp.server import MllpServer

    servers: list[MllpServer] = []

    def make(bootstrap: str | None = None, **mllp: Any) -> tuple[MllpServer, Any]:
        settings = _settings(bootstrap or kafka_broker.bootstrap_servers, **mllp)
        server = MllpServer(settings)
        server.start_in_thread()
        servers.append(server)
        return server, settings

    yield make
    for server in servers:
        server.stop_in_thread(grace_s=1.0)


@pytest.mark.kafka
def test_aa_only_after_the_broker_stored_the_exact_bytes(server_factory: Any, kafka_broker: Any) -> None:
    server, settings = server_factory()
    client = Client(server.port)
    sent = [oru(i) for i in range(5)]
    sent.append(b"\xef\xbb\xbf" + oru(5).replace(b"\r", b"\n"))  # BOM + LF: stored as received, not "fixed"
    for payload in sent:
        msa = client.exchange(payload)
        assert msa[:2] == [b"MSA", b"AA"]
        assert msa[2] == read_header(payload).control_id  # type: ignore[union-attr]
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, len(sent))
    assert [r.value for r in records] == sent
    assert [r.key for r in records[:2]] == [b"ACC-0", b"ACC-1"]  # keyed by accession (OBR-18)
    rendered = server.metrics.render().decode()
    assert 'triage_mllp_messages_total{ack="AA",reason="stored"} 6.0' in rendered


@pytest.mark.kafka
def test_oversized_frame_gets_ar_and_the_connection_stays_usable(server_factory: Any) -> None:
    server, _ = server_factory(max_frame_bytes=4096)
    client = Client(server.port)
    big = oru("BIG") + b"OBX|2|ED|PDF^Report||^AP^PDF^Base64^" + b"QUJD" * 5000 + b"||||||F\r"
    msa = client.exchange(big)
    assert msa[:3] == [b"MSA", b"AR", b"CTRL-BIG"]
    assert b"larger than the 4096-byte limit" in msa[3]
    assert client.exchange(oru("after"))[:3] == [b"MSA", b"AA", b"CTRL-after"]
    client.close()


@pytest.mark.kafka
def test_not_hl7_gets_ar_and_missing_control_id_gets_ar(server_factory: Any) -> None:
    server, _ = server_factory()
    client = Client(server.port)
    msa = client.exchange(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert msa[:3] == [b"MSA", b"AR", b""] and b"does not start with an MSH" in msa[3]
    no_id = oru(1).replace(b"CTRL-1", b"")
    assert client.exchange(no_id)[:2] == [b"MSA", b"AR"]
    assert client.exchange(oru(2))[:2] == [b"MSA", b"AA"]
    client.close()


@pytest.mark.kafka
def test_half_open_client_does_not_block_others_and_is_dropped_after_idle_timeout(
    server_factory: Any,
) -> None:
    server, _ = server_factory(idle_timeout_s=1.0)
    stuck = Client(server.port)
    stuck.sock.sendall(b"\x0b" + oru("half")[:40])  # a frame that never ends
    silent = Client(server.port)  # connects, never sends
    other = Client(server.port)
    t0 = time.monotonic()
    assert other.exchange(oru("ok"))[:2] == [b"MSA", b"AA"]
    assert time.monotonic() - t0 < 1.0
    for peer in (stuck, silent):
        peer.sock.settimeout(5)
        assert peer.sock.recv(1024) == b""  # closed by the server, no ACK for the partial frame
    assert time.monotonic() - t0 < 4.0
    other.close()


@pytest.mark.kafka
def test_concurrent_connections_all_get_their_own_acks(server_factory: Any, kafka_broker: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    server, settings = server_factory()

    def run(c: int) -> list[bytes]:
        client = Client(server.port)
        ids = [client.exchange(oru(f"{c}-{i}"))[2] for i in range(10)]
        client.close()
        return ids

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(run, range(8)))
    assert results == [[f"CTRL-{c}-{i}".encode() for i in range(10)] for c in range(8)]
    assert len(read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 80)) == 80


@pytest.mark.kafka
def test_broker_stopped_mid_stream_gives_ae_never_aa(server_factory: Any) -> None:
    from triage.stream.broker import EmbeddedBroker

    broker = EmbeddedBroker().start()
    try:
        server, settings = server_factory(broker.bootstrap_servers, ack_timeout_s=1.0)
        client = Client(server.port)
        for i in range(3):
            assert client.exchange(oru(i))[:2] == [b"MSA", b"AA"]
        stored = read_topic(broker.bootstrap_servers, settings.topics.input, 3)
        assert [r.value for r in stored] == [oru(i) for i in range(3)]  # every AA is on the broker
        broker.stop()
        t0 = time.monotonic()
        for i in range(3, 5):
            msa = client.exchange(oru(i))
            assert msa[:3] == [b"MSA", b"AE", f"CTRL-{i}".encode()], msa
            assert b"resend" in msa[3]
        assert time.monotonic() - t0 < 6.0
        assert server.health.ready()[0] is False
        client.close()
    finally:
        broker.stop()


@pytest.mark.kafka
def test_tls(server_factory: Any, tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    try:
        subject = ["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"]
        command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", *subject]
        subprocess.run(
            [*command, "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=30
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("openssl not available to make a test certificate")
    server, _ = server_factory(tls_certfile=cert, tls_keyfile=key)
    ctx = ssl.create_default_context(cafile=str(cert))
    client = Client(server.port, ctx)
    assert client.exchange(oru("tls"))[:3] == [b"MSA", b"AA", b"CTRL-tls"]
    client.close()
    plain = Client(server.port)  # a plaintext peer on the TLS port gets no ACK, just a closed connection
    plain.send(oru("plain"))
    plain.sock.settimeout(5)
    with pytest.raises((ConnectionError, OSError)):
        plain.ack()
    plain.close()


@pytest.mark.kafka
def test_metrics_and_health_endpoints(server_factory: Any) -> None:
    import json
    import urllib.request

    from triage.obs.http import ObsServer

    server, _ = server_factory()
    http = ObsServer(server.metrics, server.health, "127.0.0.1", 0).start()  # type: ignore[arg-type]
    try:
        client = Client(server.port)
        assert client.exchange(oru("m"))[:2] == [b"MSA", b"AA"]
        assert client.exchange(b"nonsense")[:2] == [b"MSA", b"AR"]
        client.close()
        base = f"http://127.0.0.1:{http.port}"
        ready = json.loads(urllib.request.urlopen(base + "/readyz", timeout=5).read())
        assert ready["status"] == "ready" and ready["checks"]["broker_reachable"] is True
        assert urllib.request.urlopen(base + "/healthz", timeout=5).status == 200
        metrics = urllib.request.urlopen(base + "/metrics", timeout=5).read().decode()
        assert 'triage_mllp_messages_total{ack="AR",reason="not_hl7"} 1.0' in metrics
        assert "triage_mllp_ready 1.0" in metrics
    finally:
        http.stop()
