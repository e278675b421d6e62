"""`triage mllp`: the MLLP front door, driven the way an interface engine drives it — real sockets, a real
broker (Tansu), the message read back from the input topic and compared byte for byte."""

from __future__ import annotations

import hashlib
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
    b"OBR|1|PL-1|FL-1|CTHEAD^CT HEAD^L|||20240315134500|||||||||||ACC-7%s||||20240315140000|||F\r"
    b"OBX|1|TX|&IMP^Impression||Acute subdural hematoma.||||||F\r"
)


def oru(n: int | str) -> bytes:
    tag = str(n).encode()
    return MSG.replace(b"%s", tag)


TWO_ORDERS = (
    b"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||ORU^R01|CTRL-2O|P|2.5.1\r"
    b"PID|1||MRN-77^^^MERCY^MR||DOE^JANE\r"
    b"ORC|RE|PL-1|FL-1\r"
    b"OBR|1|PL-1|FL-1|CTHEAD^CT HEAD^L|||20240315134500|||||||||||ACC-HEAD-1||||20240315140000|||F\r"
    b"OBX|1|TX|&IMP^Impression||Acute subdural hematoma.||||||F\r"
    b"ORC|RE|PL-2|FL-2\r"
    b"OBR|2|PL-2|FL-2|CTCSP^CT C-SPINE^L|||20240315134500|||||||||||ACC-SPINE-2||||20240315140000|||P\r"
    b"OBX|1|TX|&IMP^Impression||No fracture.||||||P\r"
)
# a later message for the second order only: its final report
SECOND_ORDER_FINAL = (
    b"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315150000||ORU^R01|CTRL-2F|P|2.5.1\r"
    b"PID|1||MRN-77^^^MERCY^MR||DOE^JANE\r"
    b"ORC|RE|PL-2|FL-2\r"
    b"OBR|1|PL-2|FL-2|CTCSP^CT C-SPINE^L|||20240315134500|||||||||||ACC-SPINE-2||||20240315145900|||F\r"
    b"OBX|1|TX|&IMP^Impression||No fracture. No hemorrhage.||||||F\r"
)


def _pid_key(pid3: bytes) -> bytes:
    """The key the docs promise for PID-3 `pid3` (CX `ID^^^AUTHORITY`), computed here with hashlib."""
    return b"pid-sha256:" + hashlib.sha256(pid3).hexdigest().encode()


MRN_1_KEY, MRN_77_KEY = _pid_key(b"MRN-1^^^MERCY"), _pid_key(b"MRN-77^^^MERCY")


def test_the_patient_key_is_a_digest_never_the_mrn() -> None:
    """PID-3 (an MRN, or an SSN) must not travel in clear in a Kafka key: the key is a SHA-256 digest of it,
    one patient one key, and a lone surrogate in PID-3 still gets one."""
    from triage.mllp.keys import message_key, patient_key

    key, kind = message_key(SECOND_ORDER_FINAL)
    assert kind == "patient" and b"MRN-77" not in key and b"MERCY" not in key
    assert key == MRN_77_KEY and len(key) == len("pid-sha256:") + 64
    assert patient_key("MRN-77", "MERCY") == MRN_77_KEY.decode()
    assert patient_key("\ud800") != patient_key("\ud800", "MERCY")
    assert patient_key("\ud800").startswith("pid-sha256:")


def _hmac_key(pid3: bytes, secret: bytes) -> bytes:
    """The key the docs promise with TRIAGE_KEY_SECRET, computed here with the hmac module."""
    import hmac

    return b"pid-hmac:" + hmac.new(secret, pid3, hashlib.sha256).hexdigest().encode()


def test_with_a_site_secret_the_patient_key_is_an_hmac() -> None:
    """An unsalted SHA-256 of an MRN can be enumerated; with TRIAGE_KEY_SECRET the key is HMAC-SHA256(secret,
    PID-3): one patient one key still, another secret another key, and no secret the old digest."""
    from pydantic import SecretStr

    from triage.mllp.keys import message_key, patient_key

    key, kind = message_key(SECOND_ORDER_FINAL, secret=SecretStr("s3cret"))
    assert kind == "patient" and key == _hmac_key(b"MRN-77^^^MERCY", b"s3cret")
    assert message_key(TWO_ORDERS, secret=SecretStr("s3cret"))[0] == key
    assert patient_key("MRN-77", "MERCY", SecretStr("other")) != key.decode()
    assert patient_key("MRN-77", "MERCY", None) == MRN_77_KEY.decode()
    assert patient_key("MRN-77", "MERCY", SecretStr("")) == MRN_77_KEY.decode()


def test_every_message_of_a_patient_gets_one_key_whatever_its_orders() -> None:
    """A two-order message was keyed by its first order's accession and a later message for its second
    order by that order's: two keys, so possibly two partitions, and the second order's P and F decided
    out of order. Keyed by PID-3 both share one key."""
    from triage.core import Report
    from triage.hl7 import parse_record
    from triage.mllp.keys import message_key

    orders = parse_record(TWO_ORDERS)
    assert [r.accession for r in orders if isinstance(r, Report)] == ["ACC-HEAD-1", "ACC-SPINE-2"]
    assert message_key(TWO_ORDERS) == message_key(SECOND_ORDER_FINAL) == (MRN_77_KEY, "patient")
    # fallbacks: no assigning authority, no PID-3 (the accession), neither (MSH-10), nothing
    no_authority = SECOND_ORDER_FINAL.replace(b"MRN-77^^^MERCY^MR", b"MRN-77")
    assert message_key(no_authority) == (_pid_key(b"MRN-77"), "patient") != message_key(SECOND_ORDER_FINAL)
    no_pid = SECOND_ORDER_FINAL.replace(b"PID|1||MRN-77^^^MERCY^MR||DOE^JANE\r", b"")
    assert message_key(no_pid) == (b"ACC-SPINE-2", "accession")
    not_a_report = b"MSH|^~\\&|ADT|MERCY|||20240315||ADT^A01|CTRL-A|P|2.5.1\rEVN|A01\r"
    assert message_key(not_a_report) == (b"CTRL-A", "control_id")
    assert message_key(b"\x00 not HL7") == (None, "none")


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


def test_ack_of_a_message_with_malformed_delimiters_uses_the_standard_ones() -> None:
    """MSH-2 ``~\\&`` (``^~\\&`` shifted by one): the daemon dead-letters the message as unparseable; its ACK
    must still be readable HL7, so it is written with ``|^~\\&``, not the message's garbled characters."""
    header = read_header(oru(9).replace(b"MSH|^~\\&|", b"MSH|~\\&|", 1))
    assert header is not None and header.encoding == b"~\\&"
    msh, msa = build_ack(header, AckCode.ACCEPT, control_id="A9").rstrip(b"\r").split(b"\r")
    assert msh.split(b"|")[:2] == [b"MSH", b"^~\\&"] and msa == b"MSA|AA|CTRL-9"


# MSH-10 values with the encoding characters in them, raw or escaped, and what the sender's engine must read
# back from MSA-2 (python-hl7, a parser we did not write, stands for the sender's engine)
CONTROL_IDS = [
    (b"CTRL^7", "CTRL^7"),
    (b"A~B&C", "A~B&C"),
    (b"C:\\ids\\9", "C:\\ids\\9"),  # a raw backslash that starts no escape sequence
    (b"RAD\\S\\7\\T\\A", "RAD^7&A"),  # sent escaped: the same escapes come back
]


def _msa_as_the_sender_reads_it(ack: bytes) -> tuple[str, str, str]:
    import hl7

    msg = hl7.parse(ack.decode("latin-1"))
    return str(msg["MSA.F1"]), str(msg["MSA.F2"]), str(msg["MSA.F3"])


@pytest.mark.parametrize(("raw", "text"), CONTROL_IDS)
def test_msa2_and_msa3_escape_the_encoding_characters(raw: bytes, text: str) -> None:
    """Before, MSA-2 echoed MSH-10 raw: ``CTRL^7`` came back as components (the sender's engine read ``CTRL``
    and could not match the ACK to its message)."""
    header = read_header(oru(1).replace(b"CTRL-1", raw))
    assert header is not None and header.control_id == raw
    ack = build_ack(header, AckCode.REJECT, reason="no_control_id", text="why: a^b|c~d&e\\f")
    assert _msa_as_the_sender_reads_it(ack) == ("AR", text, "why: a^b|c~d&e\\f")
    assert b"\rERR|||101^Required field missing^HL70357|E\r" in ack


def test_msa2_escapes_with_the_messages_own_nondefault_delimiters() -> None:
    """A message written with ``#`` and ``$~\\&``: its ACK uses them, and MSH-10 ``C^1|2$3`` (``^`` and ``|``
    are plain text there) comes back as one value, ``$`` escaped as ``\\S\\``."""
    message = b"MSH#$~\\&#RIS#MERCY#TRIAGE#MERCY#20240315143012##ORU$R01#C^1|2$3#P#2.5.1\r"
    header = read_header(message)
    assert header is not None and header.control_id == b"C^1|2$3"
    msh, msa = build_ack(header, AckCode.ACCEPT, control_id="A1").rstrip(b"\r").split(b"\r")
    assert msh.startswith(b"MSH#$~\\&#") and msa == b"MSA#AA#C^1|2\\S\\3"


def test_malformed_delimiters_echo_msh_fields_as_escaped_text() -> None:
    """MSH-2 ``~\\&``: the ACK falls back to ``|^~\\&``, so a ``^`` in the echoed MSH-3 or MSH-10 is text."""
    message = oru(9).replace(b"MSH|^~\\&|RIS|", b"MSH|~\\&|R^IS|", 1).replace(b"CTRL-9", b"C^9")
    msh, msa = build_ack(read_header(message), AckCode.ACCEPT, control_id="A9").rstrip(b"\r").split(b"\r")
    assert msh.split(b"|")[4] == b"R\\S\\IS" and msa == b"MSA|AA|C\\S\\9"


def test_not_hl7_has_no_header() -> None:
    assert read_header(b"hello world") is None
    assert read_header(b"\xef\xbb\xbfMSH|^~\\&|A") is not None


def _batch(fhs11: bytes = b"FILE-1", bhs11: bytes = b"BATCH-1", sep: bytes = b"\r") -> bytes:
    """An HL7 v2 batch (FHS/BHS ... BTS/FTS) of two ORU messages (patients MRN-1 and MRN-77): a batch file
    sent in one frame."""
    head = b"FHS|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||||" + fhs11 + b"\r"
    head += b"BHS|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||||" + bhs11 + b"\r"
    return (head + b"".join(BATCHED) + b"BTS|2\rFTS|1\r").replace(b"\r", sep)


BATCHED = (oru("B1"), oru("B2").replace(b"MRN-1^", b"MRN-77^"))  # the messages of _batch(), as sent


def test_a_batch_in_one_frame_is_acknowledged_under_its_batch_control_id() -> None:
    """Before, a frame starting with FHS/BHS got AR "not an HL7 v2 message", though `triage send` and the
    daemon take the same batch (breaker)."""
    assert read_header(_batch()).control_id == b"BATCH-1"  # type: ignore[union-attr]
    assert read_header(_batch(bhs11=b"")).control_id == b"FILE-1"  # type: ignore[union-attr]
    assert read_header(_batch(b"", b"", sep=b"\n")).control_id == b"CTRL-B1"  # type: ignore[union-attr]
    header = read_header(b"\xef\xbb\xbf" + _batch())
    assert header is not None and header.version == b"2.5.1" and header.message_type == b"ORU^R01"
    empty = read_header(b"FHS|^~\\&|RIS\rBHS|^~\\&|RIS|MERCY|||||||B9\rBTS|0\rFTS|1\r")  # no message
    assert empty is not None and empty.empty_batch and empty.control_id == b"B9"
    assert empty.sending_application == b"RIS" and empty.sending_facility == b"MERCY"
    assert read_header(b"BHS|^~\\&|RIS\rBTS|0\r").empty_batch  # type: ignore[union-attr]
    assert not read_header(_batch()).empty_batch and read_header(_batch()).batch  # type: ignore[union-attr]
    assert not read_header(oru(1)).batch  # type: ignore[union-attr]
    assert read_header(b"BTS|0\rFTS|1\r") is None


# ---- against a real broker --------------------------------------------------------------------------------
def _settings(bootstrap: str, partitions: int = 1, **mllp: Any) -> Any:
    from triage.config import MllpSettings, Settings, TopicSettings
    from triage.stream.kafka_io import ensure_topics

    values = {"host": "127.0.0.1", "port": 0, "ack_timeout_s": 3.0, "idle_timeout_s": 30.0, **mllp}
    settings = Settings(
        bootstrap_servers=bootstrap,
        topics=TopicSettings.suffixed(uuid.uuid4().hex[:10]),
        mllp=MllpSettings(**values),
        http_port=0,
    )
    ensure_topics(settings.kafka, partitions=partitions)
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


def mllp_process(bootstrap: str, tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """`triage mllp` as a child process on a free loopback port, writing to a new input topic; its log goes
    to ``tmp_path / "mllp.err"``. Returns (process, port) at once: connect with retries."""
    import os
    import sys

    settings = _settings(bootstrap)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    env.update(TRIAGE_BOOTSTRAP_SERVERS=bootstrap, TRIAGE_TOPICS__INPUT=settings.topics.input)
    env.pop("TRIAGE_CONFIG", None)
    argv = [sys.executable, "-m", "triage.cli", "mllp", "--host", "127.0.0.1", "--port", str(port)]
    with (tmp_path / "mllp.err").open("wb") as err:
        proc = subprocess.Popen([*argv, "--http-port", "0"], env=env, stdout=subprocess.DEVNULL, stderr=err)
    return proc, port


@pytest.fixture
def server_factory(kafka_broker: Any) -> Iterator[Any]:
    from triage.mllp.server import MllpServer

    servers: list[MllpServer] = []

    def make(bootstrap: str | None = None, partitions: int = 1, **mllp: Any) -> tuple[MllpServer, Any]:
        settings = _settings(bootstrap or kafka_broker.bootstrap_servers, partitions, **mllp)
        server = MllpServer(settings.mllp, settings.kafka, accession_sources=settings.accession_sources)
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
    assert {r.key for r in records} == {MRN_1_KEY}  # keyed by patient (PID-3's digest), mllp/keys.py
    rendered = server.metrics.render().decode()
    assert 'triage_mllp_messages_total{ack="AA",reason="stored"} 6.0' in rendered


@pytest.mark.kafka
def test_batches_and_frames_as_tcp_delivers_them_are_stored_byte_for_byte(
    server_factory: Any, kafka_broker: Any
) -> None:
    """A batch frame, several frames in one TCP segment, one frame a byte per segment, and an end block cut
    between its 0x1C and CR: each gets its ACK and is stored as sent; the batch's messages one record each,
    byte for byte as in the batch, each keyed by its own patient (before: one record keyed by the first
    message's patient, so MRN-77's report sat on MRN-1's partition, out of order with MRN-77's others)."""
    server, settings = server_factory()
    client = Client(server.port)
    client.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    batch = _batch()
    assert client.exchange(batch)[:3] == [b"MSA", b"AA", b"BATCH-1"]
    together = [oru(i) for i in (10, 11, 12)]
    client.sock.sendall(b"".join(frame(m) for m in together))
    assert [client.ack()[1][2] for _ in together] == [b"CTRL-10", b"CTRL-11", b"CTRL-12"]
    for byte in frame(oru(13)):
        client.sock.send(bytes([byte]))
        time.sleep(0.001)
    assert client.ack()[1][:3] == [b"MSA", b"AA", b"CTRL-13"]
    client.sock.send(frame(oru(14))[:-1])
    time.sleep(0.2)
    client.sock.send(b"\r" + frame(oru(15)))
    assert [client.ack()[1][2] for _ in range(2)] == [b"CTRL-14", b"CTRL-15"]
    client.close()
    sent = [*BATCHED, *together, oru(13), oru(14), oru(15)]
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, len(sent))
    assert [r.value for r in records] == sent and all(m in batch for m in BATCHED)
    assert [r.key for r in records] == [MRN_1_KEY, MRN_77_KEY] + [MRN_1_KEY] * 6


@pytest.mark.kafka
def test_an_empty_batch_is_accepted_under_its_batch_id_and_stores_nothing(
    server_factory: Any, kafka_broker: Any
) -> None:
    """An empty batch (BTS-1 = 0, legal HL7: a sender's 'nothing to send' file) got AR "the frame does not
    start with an MSH segment nor a batch" and an empty MSA-2 (breaker2): the sender could not match it and
    the text was false. Now AA under its BHS-11; none written (the topic holds only the next message)."""
    server, settings = server_factory()
    client = Client(server.port)
    empty = b"FHS|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||||F0\rBHS|^~\\&|RIS|MERCY|||||||B0\r"
    assert client.exchange(empty + b"BTS|0\rFTS|1\r")[:3] == [b"MSA", b"AA", b"B0"]
    assert client.exchange(oru(21))[:3] == [b"MSA", b"AA", b"CTRL-21"]
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 1)
    assert [r.value for r in records] == [oru(21)]


@pytest.mark.kafka
def test_a_batch_whose_bts1_or_fts1_disagrees_gets_ae_with_the_reason_and_stores_nothing(
    server_factory: Any, kafka_broker: Any
) -> None:
    """BTS-1 (batch message count) and FTS-1 (file batch count) were not read: a batch cut on the way (BTS-1
    3, two messages received) was stored and acknowledged AA, so the sender never resent the lost one. Now
    AE (HL7 v2.5.1 2.9.2: an error in the content; here: not stored, send again) with the counts in MSA-3
    and ERR-3 100, nothing of the batch stored; a count that agrees is still AA."""
    server, settings = server_factory()
    client = Client(server.port)
    cut = _batch().replace(b"BTS|2\r", b"BTS|3\r")
    client.send(cut)
    ack = client.ack()
    msa = ack[1]
    assert msa[:3] == [b"MSA", b"AE", b"BATCH-1"], ack
    assert b"BTS-1 (batch message count) says 3, the batch holds 2 messages" in msa[3]
    assert b"nothing of the batch was stored" in msa[3]
    err = next(seg for seg in ack if seg[0] == b"ERR")
    assert err[3].split(b"^")[0] == b"100" and err[4] == b"E", err
    two_files = _batch().replace(b"FTS|1\r", b"FTS|2\r")
    msa = client.exchange(two_files)
    assert (
        msa[:2] == [b"MSA", b"AE"] and b"FTS-1 (file batch count) says 2, the file holds 1 batches" in msa[3]
    )
    not_a_count = client.exchange(_batch().replace(b"BTS|2\r", b"BTS|two\r"))
    assert not_a_count[:2] == [b"MSA", b"AE"] and b"is not a count" in not_a_count[3]
    assert client.exchange(oru(31))[:3] == [b"MSA", b"AA", b"CTRL-31"]
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 3, timeout_s=3.0)
    assert [r.value for r in records] == [oru(31)]  # none of the refused batches' messages


@pytest.mark.kafka
def test_with_a_site_secret_mllp_keys_by_hmac(kafka_broker: Any) -> None:
    """TRIAGE_KEY_SECRET (Settings.kafka.key_secret): the stored record's key is the HMAC of PID-3, the one
    `triage send` writes (test_sandbox_cli), over a real socket and broker."""
    import dataclasses

    from pydantic import SecretStr

    from triage.mllp.server import MllpServer

    settings = _settings(kafka_broker.bootstrap_servers)
    kafka = dataclasses.replace(settings.kafka, key_secret=SecretStr("site-secret"))
    server = MllpServer(settings.mllp, kafka, accession_sources=settings.accession_sources)
    server.start_in_thread()
    try:
        client = Client(server.port)
        assert client.exchange(oru(1))[:2] == [b"MSA", b"AA"]
        client.close()
    finally:
        server.stop_in_thread(grace_s=1.0)
    [record] = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 1)
    assert record.key == _hmac_key(b"MRN-1^^^MERCY", b"site-secret")


@pytest.mark.kafka
def test_acks_over_a_socket_carry_msh10_escaped_for_the_senders_engine(
    server_factory: Any, kafka_broker: Any
) -> None:
    """Real socket, real broker: AA for stored messages and AR for an oversized one, each MSA-2 read by
    python-hl7 as exactly the MSH-10 sent."""
    server, settings = server_factory(max_frame_bytes=4096)
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=15)
    try:
        buf = b""
        big = b"OBX|2|ED|PDF^Report||^AP^PDF^Base64^" + b"QUJD" * 5000 + b"||||||F\r"
        for payload, code in [(oru(1).replace(b"CTRL-1", raw), "AA") for raw, _ in CONTROL_IDS] + [
            (oru(2).replace(b"CTRL-2", b"BIG^1") + big, "AR")
        ]:
            sock.sendall(frame(payload))
            while b"\x1c\r" not in buf:
                chunk = sock.recv(65536)
                assert chunk, "connection closed before the ACK"
                buf += chunk
            ack, buf = buf[1 : buf.index(b"\x1c\r")], buf[buf.index(b"\x1c\r") + 2 :]
            expected = dict(CONTROL_IDS).get(read_header(payload).control_id, "BIG^1")  # type: ignore[union-attr]
            assert _msa_as_the_sender_reads_it(ack)[:2] == (code, expected)
    finally:
        sock.close()
    assert len(read_topic(kafka_broker.bootstrap_servers, settings.topics.input, len(CONTROL_IDS))) == 4


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
        msa = client.exchange(_batch())  # a batch: one AE for all its records, under its batch id
        assert msa[:3] == [b"MSA", b"AE", b"BATCH-1"] and b"resend" in msa[3], msa
        assert time.monotonic() - t0 < 8.0
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
        assert "triage_mllp_ready 1.0" in metrics and "triage_mllp_awaiting_broker 0.0" in metrics
    finally:
        http.stop()


# ---- slow peers: deadlines, not per-read timers -----------------------------------------------------------
def _trickle_until_closed(sock: socket.socket, byte: bytes, every_s: float, give_up_s: float) -> bytes | None:
    """Send `byte` every `every_s` until the server closes the connection: returns what the server sent
    before closing (b"" = nothing), or None when it was still open after `give_up_s`."""
    sock.settimeout(every_s)
    received = b""
    deadline = time.monotonic() + give_up_s
    while time.monotonic() < deadline:
        try:
            sock.sendall(byte)
        except OSError:  # reset/broken pipe: the server closed it
            return received
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        except OSError:
            return received
        if not chunk:
            return received
        received += chunk
    return None


@pytest.mark.kafka
def test_slowloris_frame_is_closed_at_the_frame_deadline_while_others_are_served(server_factory: Any) -> None:
    from structlog.testing import capture_logs

    # every byte arrives well within idle_timeout_s: only a per-frame deadline can close this connection
    server, _ = server_factory(idle_timeout_s=2.0, frame_timeout_s=3.0)
    slow = Client(server.port)
    slow.sock.sendall(b"\x0bMSH|")
    t0 = time.monotonic()
    with capture_logs() as logs:
        got = _trickle_until_closed(slow.sock, b"^", every_s=0.5, give_up_s=20.0)
        elapsed = time.monotonic() - t0
        other = Client(server.port)  # the slot is free again; a well-behaved peer is served
        assert other.exchange(oru("after-slow"))[:3] == [b"MSA", b"AA", b"CTRL-after-slow"]
        other.close()
    slow.close()
    assert got == b"", "the slow frame must be closed, without an ACK"
    assert 2.5 <= elapsed < 15.0  # the 3 s frame deadline, not the 2 s silence timer nor never
    events = [e for e in logs if e["event"] == "mllp_frame_timeout"]
    assert len(events) == 1
    assert events[0]["peer"].startswith("127.0.0.1:") and events[0]["pending_bytes"] >= 5
    assert not any(b"MSH" in str(v).encode() for e in logs for v in e.values())  # no content in logs
    assert (
        'triage_mllp_connections_closed_total{cause="frame_timeout"} 1.0' in server.metrics.render().decode()
    )


@pytest.mark.kafka
def test_blank_lines_between_frames_do_not_extend_the_idle_timeout(server_factory: Any) -> None:
    server, _ = server_factory(idle_timeout_s=1.5)
    client = Client(server.port)
    assert client.exchange(oru("idle"))[:2] == [b"MSA", b"AA"]
    t0 = time.monotonic()
    got = _trickle_until_closed(client.sock, b"\r", every_s=0.4, give_up_s=15.0)
    elapsed = time.monotonic() - t0
    client.close()
    assert got == b"" and 1.0 <= elapsed < 10.0
    assert (
        'triage_mllp_connections_closed_total{cause="idle_timeout"} 1.0' in server.metrics.render().decode()
    )


@pytest.mark.kafka
def test_frames_that_keep_coming_are_never_cut_by_the_deadlines(server_factory: Any) -> None:
    # frames answered one after another for longer than both limits: each frame gets its own clock
    server, _ = server_factory(idle_timeout_s=1.0, frame_timeout_s=1.0)
    client = Client(server.port)
    for i in range(6):
        wire = frame(oru(f"k{i}"))
        client.sock.sendall(wire[:30])
        time.sleep(0.4)
        client.sock.sendall(wire[30:])
        assert client.ack()[1][:3] == [b"MSA", b"AA", f"CTRL-k{i}".encode()]
    client.close()


# ---- UTF-16/32 frames: accepted as the daemon accepts them ------------------------------------------------
def _wide(payload: bytes, codec: str) -> bytes:
    return payload.decode("ascii").encode(codec)


def test_read_header_decodes_utf16_and_utf32_by_the_daemons_rule() -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
    for codec in ("utf-16-le", "utf-16-be"):
        for prefix in (bom[codec], b""):  # with a BOM, and unmarked (NUL pattern around "MSH")
            header = read_header(prefix + _wide(oru("w"), codec))
            assert header is not None and header.control_id == b"CTRL-w", (codec, prefix)
            assert header.message_type == b"ORU^R01" and header.version == b"2.5.1"
    assert read_header(_wide(oru("32"), "utf-32")).control_id == b"CTRL-32"  # type: ignore[union-attr]
    assert read_header("MSH|^~\\&|A|B|C|D|||ORU^R01|Ü-1|P|2.5".encode("utf-16")).control_id == "Ü-1".encode()  # type: ignore[union-attr]
    assert read_header(b"\xff\xfe" + _wide(b"GET / HTTP/1.1\r\n", "utf-16-le")) is None
    assert read_header(b"\xff\xfe") is None
    # an oversized frame keeps only its first 4 KB: the header is read from them, a cut character ignored
    cut = 2 + 2 * (oru("cut").index(b"|P|") + 2) + 1  # mid-character, after MSH-11
    assert read_header((b"\xff\xfe" + _wide(oru("cut"), "utf-16-le"))[:cut]).control_id == b"CTRL-cut"  # type: ignore[union-attr]


@pytest.mark.kafka
def test_both_orders_of_a_message_and_a_later_one_share_a_partition_in_order(
    server_factory: Any, kafka_broker: Any
) -> None:
    """Over a real socket into a 2-partition topic: the two-order message and the later final report of its
    second order land on one partition, in the order sent (by their accessions they would not)."""
    from kafka.partitioner.default import murmur2

    def partition_of(key: bytes) -> int:  # the Java client's and kafka-python's default partitioner
        return (murmur2(key) & 0x7FFFFFFF) % 2

    assert partition_of(b"ACC-HEAD-1") != partition_of(b"ACC-SPINE-2")  # the test can fail
    server, settings = server_factory(partitions=2)
    client = Client(server.port)
    for payload in (TWO_ORDERS, SECOND_ORDER_FINAL):
        assert client.exchange(payload)[:2] == [b"MSA", b"AA"]
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, 2)
    assert [r.value for r in records] == [TWO_ORDERS, SECOND_ORDER_FINAL]
    assert {r.key for r in records} == {MRN_77_KEY}
    assert len({r.partition for r in records}) == 1 and records[0].offset < records[1].offset


@pytest.mark.kafka
def test_utf16_frames_get_aa_and_are_stored_byte_for_byte(server_factory: Any, kafka_broker: Any) -> None:
    from triage.core import Report
    from triage.hl7 import parse_record

    server, settings = server_factory()
    client = Client(server.port)
    sent = [
        b"\xff\xfe" + _wide(oru("le"), "utf-16-le"),
        b"\xfe\xff" + _wide(oru("be"), "utf-16-be"),
    ]
    for payload, tag in zip(sent, (b"le", b"be"), strict=True):
        assert client.exchange(payload)[:3] == [b"MSA", b"AA", b"CTRL-" + tag]
    # a real non-HL7 frame is still refused, in UTF-16 or not
    for junk in (b"\xff\xfe" + _wide(b"GET / HTTP/1.1\r\n\r\n", "utf-16-le"), b"GET / HTTP/1.1\r\n\r\n"):
        msa = client.exchange(junk)
        assert msa[:2] == [b"MSA", b"AR"] and b"does not start with an MSH" in msa[3]
    client.close()
    records = read_topic(kafka_broker.bootstrap_servers, settings.topics.input, len(sent))
    assert [r.value for r in records] == sent  # as received, not transcoded
    assert [r.key for r in records] == [MRN_1_KEY] * 2  # PID-3 read from the UTF-16 frame
    for record, tag in zip(records, ("le", "be"), strict=True):  # and the daemon parses what was stored
        report = parse_record(record.value)[0]
        assert isinstance(report, Report) and report.accession == f"ACC-7{tag}"


@pytest.mark.kafka
def test_sigterm_while_the_broker_hangs_exits_promptly_without_a_traceback(tmp_path: Path) -> None:
    """A broker that hangs (SIGSTOP: connections open, no answer) with a frame in flight: before,
    kafka-python's close() raised KafkaTimeoutError out of `triage mllp` (a traceback on stderr) at SIGTERM
    (breaker)."""
    import os
    import signal
    import sys
    import urllib.request

    from triage.stream.broker import EmbeddedBroker

    broker = EmbeddedBroker().start()
    proc = None
    try:
        settings = _settings(broker.bootstrap_servers)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        env["TRIAGE_BOOTSTRAP_SERVERS"] = broker.bootstrap_servers
        env["TRIAGE_TOPICS__INPUT"] = settings.topics.input
        env.pop("TRIAGE_CONFIG", None)
        stderr = (tmp_path / "mllp.err").open("wb")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            http_port = s.getsockname()[1]
        http = ["--http-port", str(http_port)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "triage.cli", "mllp", "--host", "127.0.0.1", "--port", str(port), *http],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                client = Client(port)
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        assert client.exchange(oru(1))[:2] == [b"MSA", b"AA"]
        os.kill(broker.pid, signal.SIGSTOP)  # type: ignore[arg-type]
        client.send(oru(2))
        metrics = f"http://127.0.0.1:{http_port}/metrics"
        while (
            "triage_mllp_awaiting_broker 1.0"
            not in urllib.request.urlopen(metrics, timeout=5).read().decode()
        ):
            assert time.monotonic() < deadline, "the frame never reached the producer"
            time.sleep(0.05)  # the listener read the frame and waits for the (hung) broker
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
        assert time.monotonic() - t0 < 10.0
        err = (tmp_path / "mllp.err").read_text(errors="replace")
        assert "Traceback" not in err and "Exception ignored" not in err, err[-2000:]
        assert rc == 1  # the frame in flight was never acknowledged: the engine resends it
        client.close()
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
        if broker.pid is not None:
            os.kill(broker.pid, signal.SIGCONT)
        broker.stop()


def enhanced(message: bytes, msh15: bytes, msh16: bytes) -> bytes:
    """`message` with MSH-13..16 appended: MSH-15 accept, MSH-16 application acknowledgment type."""
    msh, rest = message.split(b"\r", 1)
    return msh + b"|||" + msh15 + b"|" + msh16 + b"\r" + rest


def _msa1s(acks: list[bytes]) -> list[str]:
    return [ack.split(b"\r")[1].split(b"|")[1].decode() for ack in acks]


@pytest.mark.parametrize(
    ("msh15", "msh16", "stored", "failed", "rejected"),
    [
        # both empty: original mode, one ACK, as before
        (b"", b"", ["AA"], ["AE"], ["AR"]),
        # at most one frame per message: MSH-15's accept ACK when its condition holds, never an application
        # ACK after it (after CE/CR it would acknowledge a message that was never stored)
        (b"AL", b"AL", ["CA"], ["CE"], ["CR"]),
        (b"AL", b"NE", ["CA"], ["CE"], ["CR"]),
        (b"NE", b"AL", ["AA"], ["AE"], ["AR"]),
        (b"NE", b"NE", [], [], []),  # the sender asked for none
        (b"ER", b"SU", ["AA"], ["CE"], ["CR"]),  # MSH-15's condition unmet on success: MSH-16 answers
        (b"SU", b"ER", ["CA"], ["AE"], ["AR"]),
        (b"ER", b"ER", [], ["CE"], ["CR"]),
        (b"SU", b"SU", ["CA"], [], []),
        (b"al", b"", ["CA"], ["CE"], ["CR"]),  # lower case; an empty one in enhanced mode: AL
        (b"XX", b"NE", ["CA"], ["CE"], ["CR"]),  # not in table 0155: AL (told rather than left waiting)
        (b"", b"AL", ["CA"], ["CE"], ["CR"]),  # MSH-15 empty beside a valued MSH-16: AL
    ],
)
def test_enhanced_mode_sends_the_one_ack_msh15_or_else_msh16_asks_for(
    msh15: bytes, msh16: bytes, stored: list[str], failed: list[str], rejected: list[str]
) -> None:
    """HL7 v2.5 2.9.3 with table 0155 (AL always, NE never, ER only on error/reject, SU only on success), one
    frame per message at most: the accept ACK (CA/CE/CR, table 0008) when MSH-15 asks, else the application
    ACK (AA/AE/AR) when MSH-16 does; it names the message's MSH-10 in MSA-2 under its own MSH-10, and carries
    no MSH-15/16 (an ACK is never acknowledged). Before: AL/AL gave two frames, CE/CR then AE/AR."""
    from triage.mllp.ack import acknowledgments

    header = read_header(enhanced(oru("e"), msh15, msh16))
    assert _msa1s(acknowledgments(header, AckCode.ACCEPT)) == stored
    assert _msa1s(acknowledgments(header, AckCode.ERROR, reason="broker_unavailable", text="t")) == failed
    rejects = acknowledgments(header, AckCode.REJECT, reason="frame_too_large", text="too large")
    assert _msa1s(rejects) == rejected
    for ack in acknowledgments(header, AckCode.ACCEPT) + rejects:
        msh, msa = (seg.split(b"|") for seg in ack.split(b"\r")[:2])
        assert msa[2] == b"CTRL-e" and len(msh) == 12  # MSH-1..12: no MSH-15/16 of its own
    for ack in rejects:  # a commit reject carries its reason as an original-mode AR does (ERR, v2.5+)
        assert b"ERR|||207^Application internal error^HL70357|E" in ack
