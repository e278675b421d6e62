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
