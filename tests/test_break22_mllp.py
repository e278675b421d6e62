"""breaker22: `triage mllp` against a foreign MLLP client written here from the wire format only (raw
sockets): a sender that abandons a frame half-written and starts another on the same connection, 200 clients
at once and more than `max_connections`, SIGTERM with a crowd of idle connections open. Real broker
(Tansu)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from test_mllp import Client, oru, read_topic, server_factory  # noqa: F401  (server_factory: a fixture)

from triage.mllp import Abandoned, Frame, FrameDecoder, frame

pytestmark = pytest.mark.timeout(180)

NEGATION = b"Acute subdural hematoma has been excluded."


def _report(tag: str, text: bytes = NEGATION) -> bytes:
    return oru(tag).replace(b"Acute subdural hematoma.", text)


def test_a_start_block_that_begins_a_header_inside_a_frame_abandons_the_part_before_it() -> None:
    """Before: `0x0B A[:cut] 0x0B B 0x1C 0x0D` was one frame, `A[:cut] 0x0B B`, stored and acknowledged
    under A's MSH-10."""
    a, b = _report("A"), _report("B")
    cut = a.index(b"has been excluded")  # what is left of A reads 'Acute subdural hematoma'
    wire = b"\x0b" + a[:cut] + frame(b)
    for size in (len(wire), 1):  # all at once, and a byte per read
        dec = FrameDecoder(100_000)
        events = [e for i in range(0, len(wire), size) for e in dec.feed(wire[i : i + size])]
        assert events == [Abandoned(cut, a[:cut]), Frame(b)]
        assert dec.pending == 0
    # blank lines (or a UTF-8 byte-order mark) may stand between the start block and the header
    restarted = b"\x0b" + a[:cut] + b"\x0b\r\n\xef\xbb\xbf" + b + b"\x1c\r"
    assert FrameDecoder(100_000).feed(restarted) == [Abandoned(cut, a[:cut]), Frame(b"\r\n\xef\xbb\xbf" + b)]
    # a doubled start block abandons nothing; a 0x0B not followed by a header stays data
    assert FrameDecoder(100_000).feed(b"\x0b" + frame(a)) == [Frame(a)]
    wide = "MSH|^~\\&|ċ".encode("utf-16-le")  # 'ċ' is U+010B: the bytes 0B 01
    assert b"\x0b\x01" in wide and FrameDecoder(100_000).feed(frame(wide)) == [Frame(wide)]


@pytest.mark.kafka
def test_an_abandoned_half_frame_is_neither_stored_nor_acknowledged(
    server_factory: Any,  # noqa: F811
    kafka_broker: Any,
) -> None:
    """A sender writes half of A ('Acute subdural hematoma' of '... has been excluded'), gives up on it and
    sends B on the same connection. Before: one record `A[:cut] 0x0B B`, answered AA under A's MSH-10 (the
    sender then never resends A: its whole report was lost, and the daemon decided the cut part, a positive
    reading of a negative report); B got no ACK of its own. Now: B alone is stored byte for byte and gets its
    AA; A gets no ACK, so the sender resends it, and that copy is stored whole."""
    server, settings = server_factory()
    client = Client(server.port)
    a, b = _report("A"), _report("B")
    client.sock.sendall(b"\x0b" + a[: a.index(b"has been excluded")])
    time.sleep(0.2)  # the half frame arrives in a read of its own
    client.send(b)
    msa = client.ack()[1]
    assert msa[:3] == [b"MSA", b"AA", b"CTRL-B"], msa
    client.sock.settimeout(1.0)
    with pytest.raises(TimeoutError):  # nothing for A
        client.ack()
    client.sock.settimeout(15.0)
    assert client.exchange(a)[:3] == [b"MSA", b"AA", b"CTRL-A"]  # the sender's resend
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 3, timeout_s=5)
    assert [r.value for r in records] == [b, a]
    rendered = server.metrics.render().decode()
    assert 'triage_mllp_messages_total{ack="none",reason="frame_abandoned"} 1.0' in rendered


@pytest.mark.kafka
def test_two_hundred_clients_at_once_each_get_their_own_acks_and_the_limit_closes_the_rest(
    server_factory: Any,  # noqa: F811
    kafka_broker: Any,
) -> None:
    """200 connections open at once (an interface engine restarted with a pool per feed), each sends two
    messages and reads its ACKs: 400 AA with the right MSH-10, 400 records. A listener with
    max_connections=20 closes the 21st connection at once and serves the 20 others."""
    server, settings = server_factory()
    clients = [Client(server.port, timeout=60) for _ in range(200)]  # all open before any sends

    def run(c: int) -> list[bytes]:
        ids = [clients[c].exchange(oru(f"{c}-{i}"))[2] for i in range(2)]
        clients[c].close()
        return ids

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(run, range(200)))
    assert results == [[f"CTRL-{c}-{i}".encode() for i in range(2)] for c in range(200)]
    assert len(read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 401, timeout_s=10)) == 400

    small, _ = server_factory(max_connections=20)
    held = [Client(small.port) for _ in range(20)]
    for c in held:  # every one of the 20 is being served (a connection is counted once its task runs)
        assert c.exchange(oru("held"))[1] == b"AA"
    extra = Client(small.port)
    extra.sock.settimeout(5)
    assert extra.sock.recv(100) == b""  # closed by the listener, nothing sent
    assert held[0].exchange(oru("still"))[1] == b"AA"
    for c in [*held, extra]:
        c.close()


@pytest.mark.kafka
def test_sigterm_with_two_hundred_idle_connections_ends_the_listener_within_10_s(
    kafka_broker: Any, tmp_path: Path
) -> None:
    """`triage mllp` as a process with 200 connections open that send nothing (engines' pooled connections),
    one that got its ACK and stays open, one mid-frame: SIGTERM ends it within 10 s, exit 0, no traceback."""
    import signal

    from test_mllp import mllp_process

    proc, port = mllp_process(kafka_broker.bootstrap_servers, tmp_path)
    clients: list[Any] = []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                first = Client(port)
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        clients.append(first)
        assert first.exchange(oru("first"))[1] == b"AA"
        clients.extend(Client(port) for _ in range(200))
        mid = Client(port)
        clients.append(mid)
        mid.sock.sendall(b"\x0b" + oru("mid")[:50])
        assert clients[-2].exchange(oru("last"))[1] == b"AA"  # the 200th is served: all were accepted
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
        took = time.monotonic() - t0
        text = (tmp_path / "mllp.err").read_text(errors="replace")
        assert took < 10.0, took
        assert rc == 0 and "Traceback" not in text, text[-2000:]
        closed = 0
        for c in clients:
            c.sock.settimeout(2)
            try:
                closed += c.sock.recv(100) == b""
            except OSError:
                closed += 1
        assert closed == len(clients)
    finally:
        for c in clients:
            c.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


# U+4E1C, U+041C (Cyrillic EM), U+AC1C (Hangul), U+4E0B: each holds a 0x1C or 0x0B byte in UTF-16/32
WIDE_TEXT = "山东省 МРТ: 개 硬膜下血肿"


def _wide_report(codec: str, bom: bytes, text: str = WIDE_TEXT) -> bytes:
    return bom + oru("wide").decode("ascii").replace("Acute subdural hematoma.", text).encode(codec)


WIDE = [
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
]


@pytest.mark.parametrize(("codec", "bom"), WIDE, ids=[f"{c}{'-bom' if b else ''}" for c, b in WIDE])
def test_a_wide_frame_ends_at_its_end_block_not_at_a_0x1c_inside_a_character(codec: str, bom: bytes) -> None:
    """Before: a UTF-16 frame ended at the first 0x1C byte, half of '东' (U+4E1C, bytes 1C 4E): the cut
    message was answered AA and stored, and the rest of the frame, from the 0x0B of '下' (U+4E0B), was read
    as another frame."""
    message = _wide_report(codec, bom)
    assert b"\x1c" in message[len(bom) :]
    wire = frame(message) + frame(oru(2))
    for size in (len(wire), 1, 3):
        dec = FrameDecoder(100_000)
        events = [e for i in range(0, len(wire), size) for e in dec.feed(wire[i : i + size])]
        assert events == [Frame(message), Frame(oru(2))], size
        assert dec.pending == 0 and dec.junk == 0
    # U+0D1C (Malayalam JA) is 1C 0D in UTF-16LE, like an end block: what follows it tells them apart
    malayalam = _wide_report("utf-16-le", b"\xff\xfe", "ജ " + WIDE_TEXT)
    assert FrameDecoder(100_000).feed(frame(malayalam) + frame(oru(3))) == [Frame(malayalam), Frame(oru(3))]


@pytest.mark.kafka
def test_a_utf16_chinese_report_is_stored_whole_and_read_whole(
    server_factory: Any,  # noqa: F811
    kafka_broker: Any,
) -> None:
    """Over a socket: AA for the whole UTF-16 message, stored byte for byte, and the daemon's parser reads
    its whole text (before: AA for the cut message, whose report text was '山', and AR for the rest)."""
    from triage.core import Report
    from triage.hl7 import parse_record

    server, settings = server_factory()
    client = Client(server.port)
    message = _wide_report("utf-16-le", b"\xff\xfe")
    assert client.exchange(message)[:3] == [b"MSA", b"AA", b"CTRL-wide"]
    assert client.exchange(oru("next"))[:3] == [b"MSA", b"AA", b"CTRL-next"]
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 2)
    assert [r.value for r in records] == [message, oru("next")]
    (report,) = parse_record(records[0].value)
    assert isinstance(report, Report) and report.text == WIDE_TEXT
