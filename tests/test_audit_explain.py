"""`triage audit explain ACCESSION` on a real broker: a study's history from the audit and worklist topics."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_replay_support import (
    audit_values,
    build_artifact,
    create_topics,
    oru_stream,
    process_and_publish,
    produce,
    read_all,
)

from triage.cli import main
from triage.config import Settings, TopicSettings
from triage.core import Report
from triage.hl7 import parse_record

pytestmark = pytest.mark.kafka


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from triage.stream.broker import EmbeddedBroker

    root = tmp_path_factory.mktemp("explain")
    build_artifact(root / "model", seed=3, threshold=0.3, version="explain-test")
    with EmbeddedBroker() as broker:
        bs = broker.bootstrap_servers
        topics = TopicSettings(
            input="ex.oru",
            audit="ex.audit",
            worklist="ex.worklist",
            flag_state="ex.state",
            dead_letter="ex.dlq",
        )
        settings = Settings(bootstrap_servers=bs, topics=topics)
        create_topics(bs, topics.input, topics.audit, topics.worklist, topics.flag_state, topics.dead_letter)
        produce(bs, topics.input, oru_stream(120, seed=8))
        records = process_and_publish(settings, root / "model")
        audits = audit_values(read_all(bs, topics.audit))
        config = root / "triage.yaml"
        config.write_text(yaml.safe_dump({"topics": topics.model_dump()}))
        yield {"bs": bs, "config": config, "records": records, "audits": audits, "root": root}


def _cli(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def _busy_study(audits: list[dict[str, Any]]) -> str:
    """An accession with several messages and at least one Flag publication."""
    per = Counter(a["accession"] for a in audits if a["accession"])
    flagged = {a["accession"] for a in audits if a["flag_action"] in ("created", "withdrawn", "reactivated")}
    candidates = sorted(acc for acc, n in per.items() if n >= 2 and acc in flagged)
    assert candidates, "the feed must contain a flagged study with several messages"
    return candidates[0]


def test_explain_prints_every_message_and_flag_of_the_study_ids_only(feed: dict, capsys) -> None:
    acc = _busy_study(feed["audits"])
    mine = [a for a in feed["audits"] if a["accession"] == acc]
    code, out, _ = _cli(
        ["audit", "explain", acc, "--bootstrap-servers", feed["bs"], "--config", str(feed["config"])], capsys
    )
    assert code == 0
    assert f"Study {acc}: {len(mine)} audit record(s)" in out
    for a in mine:
        assert a["control_id"] in out and f"{a['source']['partition']}:{a['source']['offset']}/" in out
    flag_ids = {a["flag_id"] for a in mine if a["flag_id"]}
    assert flag_ids and all(f in out for f in flag_ids)
    published = sum(
        a["flag_action"] in ("created", "updated", "withdrawn", "reactivated", "entered-in-error")
        for a in mine
    )
    assert f"Flags published for {acc}: {published}" in out
    # the worklist priority of every positive, with the policy's reasons, and on every Flag line
    for a in mine:
        if a["priority"]:
            assert f"worklist priority {a['priority']} ({'; '.join(a['priority_reasons'])})" in out
    assert (
        any(a["priority"] for a in mine)
        and "priority -" not in out.split("Flags published")[1].split("Dead")[0]
    )
    # no PHI: the report text and the patient's name stay out
    texts = _texts(feed["records"], mine)
    assert texts and not any(line in out for t in texts for line in _distinctive(t))
    for record in feed["records"]:
        if record.key == acc.encode():
            family = record.value.split(b"PID|")[1].split(b"|")[4].split(b"^")[0].decode()
            assert family and family not in out


def _texts(records, audits) -> list[str]:
    wanted = {(a["source"]["partition"], a["source"]["offset"], a["source"]["message_index"]) for a in audits}
    out = []
    for r in records:
        for res in parse_record(r.value):
            if (r.partition, r.offset, res.message_index) in wanted and isinstance(res, Report):
                out.append(res.text)
    return out


def _distinctive(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if len(line.strip()) > 25][:3]


def test_explain_show_text_reads_the_raw_topic(feed: dict, capsys) -> None:
    acc = _busy_study(feed["audits"])
    mine = [a for a in feed["audits"] if a["accession"] == acc]
    code, out, _ = _cli(
        [
            "audit",
            "explain",
            acc,
            "--bootstrap-servers",
            feed["bs"],
            "--config",
            str(feed["config"]),
            "--show-text",
            "--no-flags",
        ],
        capsys,
    )
    assert code == 0 and "report text (PHI)" in out
    lines = [line for t in _texts(feed["records"], mine) for line in _distinctive(t)]
    assert lines and all(line in out for line in lines)


def test_explain_from_an_audit_file_as_json(feed: dict, tmp_path: Path, capsys) -> None:
    acc = _busy_study(feed["audits"])
    path = tmp_path / "audit.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in feed["audits"]))
    code, out, _ = _cli(["audit", "explain", acc, "--audit-file", str(path), "--json"], capsys)
    assert code == 0
    got = json.loads(out)
    mine = [a for a in feed["audits"] if a["accession"] == acc]
    assert [a["control_id"] for a in got["audits"]] == [
        a["control_id"] for a in sorted(mine, key=lambda a: (a["source"]["partition"], a["source"]["offset"]))
    ]
    assert got["flags"] is None  # no broker asked for: the worklist is not read
    code, out, _ = _cli(["audit", "explain", "NO-SUCH-ACC", "--audit-file", str(path)], capsys)
    assert code == 1 and "0 audit record(s)" in out


# --- other producers' records on the audit and dead-letter topics (break1) ---------------------------------

_FOREIGN_CODECS = ("zstd", "lz4", "snappy", "gzip")


def _foreign_values(acc: str) -> list[bytes | None]:
    """Records another producer could leave on an audit topic, each naming the accession (so explain reads
    them): not JSON, binary, a JSON list, a dict whose ids or source are not what an audit record holds,
    JSON nested past Python's recursion limit, and a tombstone."""
    a = acc.encode()
    return [
        b"MSH|^~\\&|X|Y|||2024||ORU^R01|" + a + b"|P|2.5\rPID|1||QQCANARY\r",
        b"\xff\xfe\x00" + a + b"\x80",
        b'["' + a + b'"]',
        json.dumps({"accession": [acc], "source": {"topic": "t", "partition": 0, "offset": 1}}).encode(),
        json.dumps({"accession": acc, "source": "t:0:1"}).encode(),
        json.dumps(
            {"accession": acc, "control_id": 7, "source": {"topic": "t", "partition": 0, "offset": 1}}
        ).encode(),
        b"[" * 100_000 + a,
        None,
    ]


def test_explain_skips_other_producers_records_and_ends(feed: dict, tmp_path: Path) -> None:
    """A librdkafka producer's records (every codec, headers, null keys) on the audit topic beside the
    daemon's: explain reports the study from the real records and one skip line. Before, the first foreign
    record keyed by the accession ended explain with a JSONDecodeError traceback and the process never
    exited (the unclosed reader's consumer.close() hung in interpreter teardown). A foreign record without
    triage-dlq-reason on the dead-letter topic is not one of the study's dead letters."""
    import os
    import subprocess
    import sys
    import time

    confluent_kafka = pytest.importorskip("confluent_kafka")
    from triage.replay.compare import recorded_audits

    bs, acc = feed["bs"], _busy_study(feed["audits"])
    mine = [a for a in feed["audits"] if a["accession"] == acc]
    audit_topic, dlq_topic = "ex.audit.foreign", "ex.dlq.foreign"
    create_topics(bs, audit_topic, dlq_topic)
    real = read_all(bs, "ex.audit")
    foreign = _foreign_values(acc)
    for codec in _FOREIGN_CODECS:
        producer = confluent_kafka.Producer(
            {"bootstrap.servers": bs, "compression.type": codec, "acks": "all"}
        )
        for i, value in enumerate(foreign):
            key = acc.encode() if i % 2 else None  # by key, or by the accession inside the value
            producer.produce(audit_topic, key=key, value=value, headers=[("h", b"\xff"), ("n", None)])
        producer.produce(dlq_topic, key=acc.encode(), value=b"\x00" + acc.encode(), headers=[("x", b"1")])
        if codec == "zstd":
            for r in real:
                producer.produce(audit_topic, key=r.key, value=r.value)
        assert producer.flush(30) == 0
    expected_skips = sum(1 for i, v in enumerate(foreign) if i % 2 or acc.encode() in (v or b""))

    t0 = time.monotonic()
    base = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [
            *(sys.executable, "-m", "triage.cli", "audit", "explain", acc, "--bootstrap-servers", bs),
            *(
                "--config",
                str(feed["config"]),
                "--audit-topic",
                audit_topic,
                "--dead-letter-topic",
                dlq_topic,
            ),
        ],
        capture_output=True,
        text=True,
        env={**base, "PYTHONPATH": str(repo)},
        timeout=90,
    )
    assert time.monotonic() - t0 < 60
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stderr.splitlines() == [
        f"triage: skipped {expected_skips * len(_FOREIGN_CODECS)} record(s) of {audit_topic} that name "
        f"'{acc}' but are not audit records (another producer's)"
    ]
    assert f"Study {acc}: {len(mine)} audit record(s)" in done.stdout
    assert f"Dead letters for {acc}: 0" in done.stdout
    assert "QQCANARY" not in done.stdout + done.stderr

    # `triage replay --compare topic:NAME` reads the same topic: the real audit records, nothing else
    _, records = recorded_audits(f"topic:{audit_topic}", Settings(bootstrap_servers=bs).kafka)
    assert len(list(records)) == len(feed["audits"])


def test_the_header_says_whether_a_study_or_a_message_was_looked_up() -> None:
    """Before: `audit explain NU21-0002` (an MSH-10) printed "Study NU21-0002", then a line saying it is a
    message id. Now the header says what was looked up and which study it led to."""
    from triage.replay.explain import DeadLetterEvent, render_history

    audits = [
        {"accession": "ACC-1", "control_id": "NU21-0002", "source": {"partition": 0, "offset": 4}},
        {"accession": "ACC-1", "control_id": "NU21-0003", "source": {"partition": 0, "offset": 9}},
    ]
    assert render_history("ACC-1", audits, None).splitlines()[0] == "Study ACC-1: 2 audit record(s)"
    header = render_history("NU21-0002", audits, None).splitlines()[0]
    assert header == "Message NU21-0002 (MSH-10) -> study ACC-1: 2 audit record(s)"
    fields = dict.fromkeys(DeadLetterEvent.__dataclass_fields__)
    letter = DeadLetterEvent(**{**fields, "topic": "dlq", "partition": 0, "offset": 1, "control_id": "X-9"})
    unparsed = [letter]  # a dead letter of a message without an accession, found by its MSH-10
    header = render_history("X-9", [], None, dead_letters=unparsed).splitlines()[0]
    assert header == "Message X-9 (MSH-10, no accession): 0 audit record(s)"
