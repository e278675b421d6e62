"""`triage mllp` driven by MLLP code nobody here wrote: python-hl7's clients (`hl7.client.MLLPClient`, the
asyncio `hl7.mllp` streams) send and read the ACK, and python-hl7's parser reads it back. Real sockets, a
real broker (Tansu)."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path
from typing import Any

import hl7
import pytest
from hl7.client import MLLPClient
from hl7.mllp import open_hl7_connection
from structlog.testing import capture_logs
from test_mllp import _wide, oru, read_topic, server_factory  # noqa: F401  (server_factory: a fixture)

from triage.hl7.charset import resolve_charset
from triage.mllp import AckCode, build_ack, read_header

pytestmark = pytest.mark.timeout(120)


def _with_charset(message: bytes, charset: bytes, sending_app: bytes = b"RIS") -> bytes:
    """`message` with MSH-3 `sending_app` and MSH-13..18 appended, MSH-18 = `charset`."""
    msh, rest = message.split(b"\r", 1)
    msh = msh.replace(b"|RIS|", b"|" + sending_app + b"|", 1)
    return msh + b"||||||" + charset + b"\r" + rest


def _ack_text(ack: bytes) -> hl7.Message:
    """The ACK bytes decoded by the character set its own MSH-18 names (ASCII when it names none), as an
    engine that picks its decoder by MSH-18 reads it (HAPI's ExtendedMinLLPReader), then parsed by
    python-hl7."""
    msh = ack.split(b"\r", 1)[0].split(b"|")
    declared = msh[17].decode("ascii") if len(msh) > 17 else ""
    codec = resolve_charset(declared)[0] if declared else "ascii"
    return hl7.parse(ack.strip(b"\x0b\x1c\r").decode(codec or "ascii"))


@pytest.mark.parametrize(
    ("charset", "codec", "app"),
    [
        ("8859/1", "latin-1", "RÖNTGEN"),
        ("UNICODE UTF-8", "utf-8", "RÖNTGEN Ĝ"),
        ("8859/5", "iso8859-5", "РИС"),
    ],
)
def test_the_ack_names_the_character_set_of_the_bytes_it_echoes(charset: str, codec: str, app: str) -> None:
    """The ACK echoes MSH-3 (and MSH-10) byte for byte; without MSH-18 an engine that decodes by MSH-18
    reads those bytes as ASCII (HL7 v2.5 2.15.9.18: no MSH-18 means ASCII) and gets the application wrong.
    Before: the ACK had no MSH-18."""
    message = _with_charset(oru("cs"), charset.encode(), app.encode(codec))
    ack = build_ack(read_header(message), AckCode.ACCEPT)
    parsed = _ack_text(ack)
    assert str(parsed.segment("MSH")[18]) == charset
    assert str(parsed.segment("MSH")[5]) == app  # MSH-5 of the ACK: the message's MSH-3, read right
    assert str(parsed.segment("MSA")[2]) == "CTRL-cs"


def test_an_ack_of_a_message_without_msh18_has_no_msh18() -> None:
    ack = build_ack(read_header(oru("plain")), AckCode.ACCEPT)
    assert len(ack.split(b"\r")[0].split(b"|")) == 12  # MSH-1 .. MSH-12, as before


@pytest.mark.kafka
def test_python_hl7_clients_get_acks_they_can_read_in_the_messages_character_set(
    server_factory: Any,  # noqa: F811
    kafka_broker: Any,
) -> None:
    """python-hl7's blocking MLLPClient (UTF-8) and its asyncio stream client (ISO 8859-1, as the message's
    MSH-18 says) each send a message whose sending application is not ASCII; each ACK, decoded as the
    ACK's own MSH-18 says, names that application. A UTF-16 frame's ACK (8-bit) says UNICODE UTF-8."""
    server, settings = server_factory()
    utf8 = _with_charset(oru("u8"), b"UNICODE UTF-8", "RÖNTGEN".encode())
    with MLLPClient("127.0.0.1", server.port) as client:
        ack = client.send_message(utf8.decode("utf-8"))  # python-hl7 encodes it as UTF-8
    parsed = _ack_text(ack)
    assert [str(parsed.segment("MSA")[i]) for i in (1, 2)] == ["AA", "CTRL-u8"]
    assert (str(parsed.segment("MSH")[5]), str(parsed.segment("MSH")[18])) == ("RÖNTGEN", "UNICODE UTF-8")
    assert str(parsed.segment("MSH")[9]) == "ACK^R01^ACK"

    latin1 = _with_charset(oru("l1"), b"8859/1", "RÖNTGEN".encode("latin-1"))

    async def stream_client() -> bytes:
        reader, writer = await open_hl7_connection("127.0.0.1", server.port, encoding="latin-1")
        try:
            writer.writeblock(latin1)
            await writer.drain()
            return await asyncio.wait_for(reader.readblock(), 15)
        finally:
            writer.close()

    ack = asyncio.run(stream_client())
    parsed = _ack_text(ack)
    assert [str(parsed.segment("MSA")[i]) for i in (1, 2)] == ["AA", "CTRL-l1"]
    assert (str(parsed.segment("MSH")[5]), str(parsed.segment("MSH")[18])) == ("RÖNTGEN", "8859/1")

    wide = b"\xff\xfe" + _wide(_with_charset(oru("w"), b"UNICODE UTF-16"), "utf-16-le")
    with MLLPClient("127.0.0.1", server.port) as client:
        ack = client.send_message(wide)
    assert str(_ack_text(ack).segment("MSH")[18]) == "UNICODE UTF-8"  # what the ACK is, not the frame
    stored = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 3)
    assert [r.value for r in stored] == [utf8, latin1, wide]  # byte for byte, as received


@pytest.mark.kafka
def test_enhanced_mode_over_a_socket_with_python_hl7s_clients(server_factory: Any, kafka_broker: Any) -> None:  # noqa: F811
    """Enhanced acknowledgment mode (HL7 v2.5 2.9.3, MSH-15/MSH-16 from table 0155) on real sockets, read by
    python-hl7's frame-aware asyncio client and parsed by python-hl7, one frame per message at most: AL/AL →
    the accept ACK (CA) only; NE/AL → the AA; NE/NE → nothing at all (the next message's ACK is the next frame
    read); ER/SU with no MSH-10 → only the CR (no AR after it: the message was never stored), its reason in
    ERR; an original-mode message between them → one AA as before. Then a stream of AL/AL messages (and an
    AL/AL one without MSH-10) through python-hl7's blocking MLLPClient, which reads one response per message:
    each response names the message just sent. Before: AL/AL gave CA then AA, and the blocking client read
    the previous message's AA as the next message's answer."""
    from test_mllp import enhanced

    server, settings = server_factory()
    sent = [
        enhanced(oru("alal"), b"AL", b"AL"),
        enhanced(oru("neal"), b"NE", b"AL"),
        enhanced(oru("nene"), b"NE", b"NE"),
        oru("orig"),
        enhanced(oru("x").replace(b"|CTRL-x|", b"||"), b"ER", b"SU"),
        oru("last"),
    ]

    async def stream_client() -> list[bytes]:
        reader, writer = await open_hl7_connection("127.0.0.1", server.port)
        frames: list[bytes] = []
        try:
            for message in sent:
                writer.writeblock(message)
                await writer.drain()
            while len(frames) < 5:  # CA, AA, (nothing), AA, CR, AA
                frames.append(await asyncio.wait_for(reader.readblock(), 15))
            with pytest.raises(TimeoutError):  # and nothing after them
                frames.append(await asyncio.wait_for(reader.readblock(), 1))
        finally:
            writer.close()
        return frames

    def msa(ack: bytes) -> list[str]:
        parsed = hl7.parse(ack.strip(b"\x0b\x1c\r").decode("ascii"))
        return [str(parsed.segment("MSA")[1]), str(parsed.segment("MSA")[2])]

    with capture_logs() as logs:
        acks = asyncio.run(stream_client())
    assert [msa(a) for a in acks] == [
        ["CA", "CTRL-alal"],
        ["AA", "CTRL-neal"],
        ["AA", "CTRL-orig"],
        ["CR", ""],
        ["AA", "CTRL-last"],
    ]
    assert b"ERR|||101^Required field missing^HL70357|E" in acks[3]
    stored = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 5)
    assert [r.value for r in stored] == [sent[0], sent[1], sent[2], sent[3], sent[5]]  # NE/NE stored too

    # the log line says the MSA-1 sent (before: "ack": "AA" beside "acks": ["CA"]), none where none was sent
    said = [(e["control_id"], e["ack"], e["outcome"]) for e in logs if e["event"] == "mllp_message"]
    assert sorted(said, key=str) == sorted(
        [
            ("CTRL-alal", "CA", "AA"),
            ("CTRL-neal", "AA", "AA"),
            ("CTRL-nene", "none", "AA"),
            ("CTRL-orig", "AA", "AA"),
            ("", "CR", "AR"),
            ("CTRL-last", "AA", "AA"),
        ],
        key=str,
    )

    stream = [enhanced(oru(f"s{i}"), b"AL", b"AL") for i in range(8)]
    stream.insert(4, enhanced(oru("bad").replace(b"|CTRL-bad|", b"||"), b"AL", b"AL"))
    with MLLPClient("127.0.0.1", server.port) as client, capture_logs() as logs:
        answers = [msa(client.send_message(message)) for message in stream]
        answers.append(msa(client.send_message(enhanced(oru("alne"), b"AL", b"NE"))))
    expected = [["CA", f"CTRL-s{i}"] for i in range(8)]
    expected.insert(4, ["CR", ""])
    assert answers == [*expected, ["CA", "CTRL-alne"]]
    said = [[e["ack"], e["control_id"]] for e in logs if e["event"] == "mllp_message"]
    assert said == [*expected, ["CA", "CTRL-alne"]]
    # the metric counts the ACK actually sent (before: AA/AR, the outcome's original-mode code, for a CA/CR)
    rendered = server.metrics.render().decode()
    for ack, reason, count in (("CA", "stored", 10), ("AA", "stored", 3), ("none", "stored", 1)):
        assert f'triage_mllp_messages_total{{ack="{ack}",reason="{reason}"}} {count}.0' in rendered, rendered
    assert 'triage_mllp_messages_total{ack="CR",reason="no_control_id"} 2.0' in rendered
    assert 'ack="AR"' not in rendered


@pytest.mark.parametrize(
    "version", ["2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.8", "2.8.2"]
)
@pytest.mark.parametrize(
    ("code", "reason", "text"),
    [
        (AckCode.ACCEPT, None, None),
        (AckCode.COMMIT_ACCEPT, None, None),  # enhanced mode's accept ACK (table 0008 since v2.2)
        (AckCode.COMMIT_REJECT, "no_control_id", "MSH-10 (message control id) is empty"),
        (AckCode.ERROR, "broker_unavailable", "broker did not acknowledge; resend"),
    ],
)
def test_every_ack_is_valid_for_the_messages_version_by_hl7apys_strict_validation(
    version: str, code: AckCode, reason: str | None, text: str | None
) -> None:
    """hl7apy, validating strictly against each version's tables, accepts the ACK. Before: a v2.3 (and
    2.2) ACK's MSH-9 had three components (``ACK^R01^ACK``; MSH-9.3, the message structure, came in 2.3.1),
    and a v2.7+ AE/AR carried its reason in MSA-3, withdrawn in v2.7 (now in ERR-8, the user message)."""
    from hl7apy.consts import VALIDATION_LEVEL
    from hl7apy.parser import parse_message, parse_segment

    message = oru(version).replace(b"|2.5.1\r", b"|" + version.encode() + b"\r")
    ack = build_ack(read_header(message), code, reason=reason, text=text)
    segments = [parse_segment(line, version=version, validation_level=VALIDATION_LEVEL.STRICT)
                for line in ack.decode("ascii").split("\r") if line]  # fmt: skip
    assert segments[1].msa_2.to_er7() == f"CTRL-{version}"
    assert segments[0].msh_9.to_er7() == ("ACK^R01" if version in ("2.2", "2.3") else "ACK^R01^ACK")
    if version not in ("2.2", "2.3"):  # hl7apy maps ACK^R01 to no structure there: the segments suffice
        parse_message(
            ack.decode("ascii"), validation_level=VALIDATION_LEVEL.STRICT, find_groups=True
        ).validate()
    if text is not None:
        assert text in ack.decode("ascii")  # in MSA-3, or in ERR-8 for v2.7 and later


@pytest.mark.kafka
def test_sigterm_ends_the_listener_promptly_with_a_client_mid_frame_and_one_that_reads_no_acks(
    kafka_broker: Any, tmp_path: Path
) -> None:
    """`triage mllp` as a process: one client stops mid-frame, another writes frames for 5 s and never reads
    an ACK (its receive window and the listener's send buffer full: the listener waits in drain()). SIGTERM
    ends it within 10 s, exit 0 (every frame it read was stored and answered, or never complete), no
    traceback. Before: the stalled connection was served on after the stop (asyncio.wait_for, Python < 3.12,
    swallows a cancel that lands as the read it interrupts completes, and this peer's reads always complete
    at once) until the 9.5 s stop watchdog forced exit 1."""
    import signal

    from test_mllp import mllp_process

    proc, port = mllp_process(kafka_broker.bootstrap_servers, tmp_path)
    clients: list[socket.socket] = []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                mid = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        clients.append(mid)
        mid.sendall(b"\x0b" + oru("mid")[:60])  # a frame begun, never ended
        stalled = socket.create_connection(("127.0.0.1", port), timeout=5)
        clients.append(stalled)
        stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stalled.setblocking(False)
        sent, until = 0, time.monotonic() + 5
        while time.monotonic() < until:
            try:
                stalled.send(b"\x0b" + oru(f"s{sent}") + b"\x1c\r")
                sent += 1
            except BlockingIOError:
                time.sleep(0.05)
        assert sent > 100 and proc.poll() is None
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
        assert time.monotonic() - t0 < 10.0
        text = (tmp_path / "mllp.err").read_text(errors="replace")
        assert "Traceback" not in text and "Exception ignored" not in text, text[-2000:]
        events = [line for line in text.splitlines() if "mllp_message" not in line]
        assert rc == 0, "\n".join(events[-12:])
        assert "Acute subdural" not in text  # logs carry ids and sizes, never the report
    finally:
        for client in clients:
            client.close()
        if proc.poll() is None:
            proc.kill()
