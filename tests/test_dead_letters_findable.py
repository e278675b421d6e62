"""Every dead letter can be found by its accession and by its MSH-10: messages sent through the real MLLP
listener (real sockets) into a real broker, decided by the real daemon, then `triage audit explain` by either
id shows the dead letter with its reason (issue 16 §4)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import yaml
from test_mllp import Client, read_topic
from test_replay_support import build_artifact, read_all, run_live_daemon

from triage.cli import main

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(180)]

HEAD = b"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||%s|%s|P|2.5.1\r"
PID = b"PID|1||MRN-1^^^MERCY^MR||DOE^JANE\r"
OBR = b"OBR|1|PL-%s|FL-%s|CTHEAD^CT HEAD^L|||20240315134500|||||||||||%s||||20240315140000|||F\r"
OBX = b"OBX|1|TX|&IMP^Impression||Acute subdural hematoma.||||||F\r"


def message(control_id: bytes, accession: bytes, *, text: bool = True, msh9: bytes = b"ORU^R01") -> bytes:
    n = control_id[-2:]
    return HEAD % (msh9, control_id) + PID + OBR % (n, n, accession) + (OBX if text else b"")


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def sent(kafka_broker: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Three messages through `triage mllp`'s server into the input topic, then the live daemon over them."""
    from triage.config import MllpSettings, Settings, TopicSettings
    from triage.mllp.server import MllpServer
    from triage.stream.kafka_io import ensure_topics

    bs = kafka_broker.bootstrap_servers
    settings = Settings(
        bootstrap_servers=bs,
        topics=TopicSettings.suffixed(uuid.uuid4().hex[:10]),
        group_id=f"dlq-{uuid.uuid4().hex[:8]}",
        mllp=MllpSettings(host="127.0.0.1", port=0, ack_timeout_s=5.0),
        http_port=0,
    )
    ensure_topics(settings.kafka, partitions=1)
    tmp_path = tmp_path_factory.mktemp("dlq")
    messages = {
        "no_text": message(b"CTRL-NT", b"ACC-7001", text=False),  # dead letter with an accession
        "no_type": message(b"CTRL-XX", b"ACC-7002", msh9=b""),  # dead letter before the accession is read
        "report": message(b"CTRL-OK", b"ACC-7003"),
    }
    server = MllpServer(settings.mllp, settings.kafka, accession_sources=settings.accession_sources)
    server.start_in_thread()
    try:
        client = Client(server.port)
        for payload in messages.values():
            assert client.exchange(payload)[:2] == [b"MSA", b"AA"]
        client.close()
    finally:
        server.stop_in_thread(grace_s=1.0)
    stored = read_topic(bs, settings.topics.input, len(messages))
    build_artifact(tmp_path / "model", seed=3, threshold=0.3)
    run_live_daemon(settings, tmp_path / "model", expected_records=len(messages))
    config = tmp_path / "triage.yaml"
    config.write_text(yaml.safe_dump({"topics": settings.topics.model_dump()}))
    return {"settings": settings, "stored": stored, "config": config}


def test_mllp_keys_a_message_without_text_with_its_patient_else_its_accession(sent: dict[str, Any]) -> None:
    """Keyed by the patient (PID-3's digest) even when the daemon will dead-letter it, so its dead letter
    sits with the patient's other messages; without PID-3 by its accession (triage/mllp/keys.py)."""
    from test_mllp import MRN_1_KEY

    from triage.mllp.keys import message_key

    assert [r.key for r in sent["stored"]] == [MRN_1_KEY] * 3
    no_pid = message(b"CTRL-NT", b"ACC-7001", text=False).replace(PID, b"")
    assert message_key(no_pid) == (b"ACC-7001", "accession")


def test_dead_letters_carry_msh10_and_accession_headers(sent: dict[str, Any]) -> None:
    settings = sent["settings"]
    letters = read_all(settings.bootstrap_servers, settings.topics.dead_letter)
    heads = sorted(
        ({k: v.decode() for k, v in r.headers if k.startswith("triage-")} for r in letters),
        key=lambda h: h["triage-msh10"],
    )
    assert [(h["triage-msh10"], h.get("triage-accession"), h["triage-dlq-reason"]) for h in heads] == [
        ("CTRL-NT", "ACC-7001", "no_report_text"),
        ("CTRL-XX", None, "unparseable"),
    ]
    audits = [json.loads(r.value) for r in read_all(settings.bootstrap_servers, settings.topics.audit)]
    dead = sorted((a["control_id"], a["accession"]) for a in audits if a["decision"] == "dead_letter")
    assert dead == [("CTRL-NT", "ACC-7001"), ("CTRL-XX", None)]


@pytest.mark.parametrize(
    "ident,control_id,accession,reason",
    [
        ("ACC-7001", "CTRL-NT", "ACC-7001", "no_report_text"),
        ("CTRL-NT", "CTRL-NT", "ACC-7001", "no_report_text"),
        ("CTRL-XX", "CTRL-XX", "-", "unparseable"),
    ],
)
def test_audit_explain_finds_a_dead_letter_by_accession_and_by_msh10(
    sent: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    ident: str,
    control_id: str,
    accession: str,
    reason: str,
) -> None:
    bs = sent["settings"].bootstrap_servers
    argv = ["audit", "explain", ident, "--bootstrap-servers", bs, "--config", str(sent["config"])]
    code, out, err = _cli(argv, capsys)
    assert code == 0, err
    lines = out.splitlines()
    header = {  # what was looked up: a study, or a message by its MSH-10 and the study it belongs to
        "ACC-7001": "Study ACC-7001",
        "CTRL-NT": "Message CTRL-NT (MSH-10) -> study ACC-7001",
        "CTRL-XX": "Message CTRL-XX (MSH-10, no accession)",
    }[ident]
    assert lines[0] == f"{header}: 1 audit record(s)"
    assert "dead_letter" in out and reason in out
    assert f"Dead letters for {ident}: 1" in lines
    letter = lines[lines.index(f"Dead letters for {ident}: 1") + 1]
    assert (
        f"reason {reason}" in letter
        and f"MSH-10 {control_id}" in letter
        and f"accession {accession}" in letter
    )
    assert "subdural" not in out.lower() and "DOE" not in out  # ids only, never the message's text

    code, out, err = _cli([*argv, "--json"], capsys)
    assert code == 0, err
    history = json.loads(out)
    assert [d["reason"] for d in history["dead_letters"]] == [reason]
    assert [a["decision"] for a in history["audits"]] == ["dead_letter"]


def test_audit_explain_by_the_msh10_of_a_scored_message_shows_its_study(
    sent: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    bs = sent["settings"].bootstrap_servers
    argv = ["audit", "explain", "CTRL-OK", "--bootstrap-servers", bs, "--config", str(sent["config"])]
    code, out, err = _cli(argv, capsys)
    assert code == 0, err
    assert out.splitlines()[0].startswith("Message CTRL-OK (MSH-10) -> study ACC-7003: ")
    assert "Dead letters for CTRL-OK: 0" in out
