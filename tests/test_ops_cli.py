"""Issue 11, for the people who run it: `triage topics create` asks for the deploy guide's retention,
`triage demo --keep` stays up until a signal, and every command takes the Kafka options from one place.

Driven as the operator drives them: the installed `triage` entry point as a subprocess against the session's
real Tansu broker (tests/conftest.py), real signals, kafka-python's admin client to look at the result.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
TRIAGE = Path(sys.executable).with_name("triage")
DAY_MS = 86_400_000
HL7 = REPO / "tests" / "data" / "hl7" / "oru_ct_head_sections_v251.hl7"


def topic_env(suffix: str) -> dict[str, str]:
    """TRIAGE_TOPICS__* for a private set of topic names on the shared broker."""
    from triage.config import TopicSettings

    names = TopicSettings.suffixed(suffix).model_dump()
    return {f"TRIAGE_TOPICS__{role.upper()}": name for role, name in names.items()}


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")} | (env or {})
    return subprocess.run(
        [str(TRIAGE), *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=REPO
    )


# ---------------------------------------------------------------------------------------------------------
# triage topics create
# ---------------------------------------------------------------------------------------------------------
@pytest.mark.kafka
def test_topics_create_asks_for_the_deploy_guides_retention(kafka_broker: Any) -> None:
    suffix = uuid.uuid4().hex[:8]
    env = topic_env(suffix) | {"TRIAGE_TOPIC_RETENTION__DEAD_LETTER": str(14 * DAY_MS)}
    t = {
        k.removeprefix("TRIAGE_TOPICS__").lower(): v for k, v in env.items() if k.startswith("TRIAGE_TOPICS")
    }
    args = ("topics", "create", "--bootstrap-servers", kafka_broker.bootstrap_servers)
    proc = cli(*args, "--partitions", "2", "--replication", "1", env=env)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    daemon_topics = {t[r] for r in ("input", "worklist", "shadow_worklist", "audit", "dead_letter")}
    daemon_topics |= {t["shadow_dead_letter"], t["flag_state"], t["shadow_flag_state"]}
    assert set(out["created"]) == daemon_topics and out["existing"] == []
    configs = out["configs"]
    assert configs[t["audit"]] == {"retention.ms": "-1"}  # kept: the medico-legal trail
    assert configs[t["dead_letter"]] == {"retention.ms": str(14 * DAY_MS)}  # the setting, not the default
    assert configs[t["shadow_dead_letter"]] == {"retention.ms": str(30 * DAY_MS)}
    assert configs[t["input"]] == {"retention.ms": str(7 * DAY_MS)}  # oversize dead letters' recovery window
    for state in (t["flag_state"], t["shadow_flag_state"]):
        assert configs[state] == {"cleanup.policy": "compact", "min.compaction.lag.ms": "3600000"}

    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=kafka_broker.bootstrap_servers)
    try:
        assert daemon_topics <= set(admin.list_topics())
    finally:
        admin.close()
    again = cli(*args, "--replication", "1", env=env)  # idempotent: nothing created, nothing changed
    assert again.returncode == 0, again.stderr
    again_out = json.loads(again.stdout)
    assert again_out["created"] == [] and set(again_out["existing"]) == daemon_topics


@pytest.mark.kafka
def test_topics_create_gives_dead_letters_and_review_the_guides_partitions(kafka_broker: Any) -> None:
    """deploy/README.md "Topics": the busy topics get --partitions (default 6), dead letters and review 3."""
    from kafka.admin import KafkaAdminClient

    env = topic_env(uuid.uuid4().hex[:8]) | {"TRIAGE_PUBLISH_REVIEW": "true"}
    args = ("topics", "create", "--bootstrap-servers", kafka_broker.bootstrap_servers, "--replication", "1")
    proc = cli(*args, env=env)
    assert proc.returncode == 0, proc.stderr
    admin = KafkaAdminClient(bootstrap_servers=kafka_broker.bootstrap_servers)
    try:
        described = admin.describe_topics(
            [env[f"TRIAGE_TOPICS__{r}"] for r in ("INPUT", "DEAD_LETTER", "REVIEW")]
        )
    finally:
        admin.close()
    counts = {d.get("topic", d.get("name")): len(d["partitions"]) for d in described}
    assert counts == {
        env["TRIAGE_TOPICS__INPUT"]: 6,
        env["TRIAGE_TOPICS__DEAD_LETTER"]: 3,
        env["TRIAGE_TOPICS__REVIEW"]: 3,
    }


@pytest.mark.kafka
def test_topic_configs_reach_the_broker(kafka_broker: Any) -> None:
    """What the broker stores, read back with DescribeConfigs; the request itself is checked below."""
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient

    suffix = uuid.uuid4().hex[:8]
    env = topic_env(suffix)
    proc = cli(
        "topics",
        "create",
        "--bootstrap-servers",
        kafka_broker.bootstrap_servers,
        "--replication",
        "1",
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    audit, state = env["TRIAGE_TOPICS__AUDIT"], env["TRIAGE_TOPICS__FLAG_STATE"]
    admin = KafkaAdminClient(bootstrap_servers=kafka_broker.bootstrap_servers)
    try:
        found = admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, audit), ConfigResource(ConfigResourceType.TOPIC, state)]
        )
    finally:
        admin.close()
    text = json.dumps(found, default=str)
    if "retention.ms" not in text and "cleanup.policy" not in text:
        pytest.skip(
            "Tansu 0.6.0 accepts topic configs in CreateTopics but stores none: DescribeConfigs returns"
            f" an empty list ({text[:120]}); test_create_topics_sends_the_configs checks the request instead"
        )
    assert "-1" in text and "compact" in text  # pragma: no cover - on a broker that keeps topic configs


@pytest.mark.kafka
def test_create_topics_sends_the_configs(kafka_broker: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CreateTopics request as kafka-python sends it to the real broker (a spy around the send)."""
    from kafka.admin import KafkaAdminClient

    from triage.config import Settings, TopicSettings
    from triage.stream.topics import create_topics

    sent: list[Any] = []
    original = KafkaAdminClient._send_request_to_controller

    async def spy(self: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(request)
        return await original(self, request, *args, **kwargs)

    monkeypatch.setattr(KafkaAdminClient, "_send_request_to_controller", spy)
    topics = TopicSettings.suffixed(uuid.uuid4().hex[:8])
    settings = Settings(
        bootstrap_servers=kafka_broker.bootstrap_servers,
        topics=topics,
        publish_review=True,
        topic_retention={"worklist": None, "review": 365 * DAY_MS},
    )
    result = create_topics(settings.kafka, partitions=1, replication=1)
    requests = [r for r in sent if type(r).__name__ == "CreateTopicsRequest"]
    assert len(requests) == 1
    wire = {topic.name: {c.name: c.value for c in topic.configs} for topic in requests[0].topics}
    assert wire == result["configs"]
    assert wire[topics.audit] == {"retention.ms": "-1"}
    assert wire[topics.review] == {"retention.ms": str(365 * DAY_MS)}
    assert wire[topics.worklist] == {}  # None: the broker's default
    assert wire[topics.dead_letter] == {"retention.ms": str(90 * DAY_MS)}
    assert wire[topics.flag_state]["cleanup.policy"] == "compact"


def _deploy_topic_lines(text: str) -> dict[str, dict[str, str]]:
    out = {}
    for m in re.finditer(r"^\s*create (\S+) \d+((?: [\w.]+=\S+)*)\s*$", text, flags=re.M):
        out[m.group(1)] = dict(kv.split("=", 1) for kv in m.group(2).split())
    return out


@pytest.mark.parametrize("path", ["deploy/docker-compose.yml", "deploy/k8s/base/topics-job.yaml"])
def test_retention_defaults_are_the_deploy_files(path: str) -> None:
    """The settings' defaults and the topic jobs of the deploy guide ask for the same configs."""
    from triage.config import Settings
    from triage.stream.kafka_io import topic_configs

    job = _deploy_topic_lines((REPO / path).read_text())
    ours = topic_configs(Settings(publish_review=True).kafka)
    assert job, f"no `create TOPIC N k=v` lines in {path}"
    assert set(job) == set(ours)
    for name, configs in ours.items():
        assert configs == {k: v for k, v in job[name].items() if k in configs}, name


def test_a_zero_retention_is_refused_in_one_line() -> None:
    proc = cli("config", "show", env={"TRIAGE_TOPIC_RETENTION__AUDIT": "0"})
    assert proc.returncode == 2
    assert proc.stderr.startswith("triage: error: invalid setting topic_retention.audit:")
    assert proc.stderr.count("\n") == 1


# ---------------------------------------------------------------------------------------------------------
# triage demo --keep
# ---------------------------------------------------------------------------------------------------------
def _read_until(proc: subprocess.Popen[str], prefix: str, limit_s: float) -> list[str]:
    """stdout lines up to the first starting with `prefix` (a guard against a hang, not a timing check)."""
    lines: list[str] = []
    done = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(prefix):
                break
        done.set()

    threading.Thread(target=reader, daemon=True).start()
    if not done.wait(limit_s):
        proc.kill()
        pytest.fail(f"no {prefix!r} line; got {lines}")
    return lines


@pytest.mark.kafka
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_demo_keep_stays_up_until_a_signal(sig: signal.Signals, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    proc = subprocess.Popen(
        [str(TRIAGE), "demo", "--n", "4", "--quiet", "--keep"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        lines = _read_until(proc, "TRIAGE_BOOTSTRAP_SERVERS=", 240)
        assert any(line.startswith("records fed:") for line in lines), lines  # the feed ran first
        bootstrap = lines[-1].split("=", 1)[1]
        # still up: the integration engineer's next step works against it
        sent = cli("send", str(HL7), env={"TRIAGE_BOOTSTRAP_SERVERS": bootstrap})
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.startswith("sent 1 message from 1 file to hl7.oru")
        assert proc.poll() is None
        proc.send_signal(sig)
        assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    host, port = bootstrap.rsplit(":", 1)
    with socket.socket() as s, pytest.raises(OSError):
        s.settimeout(5)
        s.connect((host, int(port)))  # the broker went with it


# ---------------------------------------------------------------------------------------------------------
# Kafka options: declared once (triage/commands/kafka_options.py)
# ---------------------------------------------------------------------------------------------------------
KAFKA_FLAGS = (
    "--bootstrap-servers",
    "--input-topic",
    "--security-protocol",
    "--sasl-mechanism",
    "--sasl-username",
    "--sasl-password-file",
    "--ssl-cafile",
)


def test_kafka_options_are_declared_only_in_kafka_options() -> None:
    for path in sorted((REPO / "triage" / "commands").glob("*.py")):
        if path.name == "kafka_options.py":
            continue
        text = path.read_text()
        for flag in KAFKA_FLAGS:
            assert f'"{flag}"' not in text, f"{path.name} declares {flag} itself"


def _commands() -> dict[str, Any]:
    from typer.main import get_command

    from triage.cli import app

    out: dict[str, Any] = {}

    def walk(cmd: Any, path: str) -> None:
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())
        if not hasattr(cmd, "commands"):
            out[path] = cmd

    walk(get_command(app), "")
    return out


def test_every_command_shows_the_same_kafka_option() -> None:
    seen: dict[str, set[tuple[str, ...]]] = {}
    for path, cmd in _commands().items():
        for param in cmd.params:
            for flag in set(param.opts) & set(KAFKA_FLAGS):
                seen.setdefault(flag, set()).add((param.help or "", str(param.envvar)))
                assert path  # every command
    for flag in ("--bootstrap-servers", "--security-protocol", "--ssl-cafile", "--input-topic"):
        assert len(seen[flag]) == 1, (flag, seen[flag])
    users = [p for p, c in _commands().items() if any("--bootstrap-servers" in x.opts for x in c.params)]
    assert {"run", "send", "mllp", "replay", "topics create", "audit explain"} <= set(users), users


def test_run_help_keeps_its_kafka_options() -> None:
    proc = cli("run", "--help")
    assert proc.returncode == 0
    for flag in KAFKA_FLAGS:
        assert flag in proc.stdout, flag
    assert "[TRIAGE_BOOTSTRAP_SERVERS]" in proc.stdout


def test_topics_create_help_names_the_retention_settings() -> None:
    proc = cli("topics", "create", "--help")
    assert proc.returncode == 0
    assert "TRIAGE_TOPIC_RETENTION__" in proc.stdout and "--sasl-mechanism" in proc.stdout


def test_yaml_config_file_sets_retention(tmp_path: Path) -> None:
    cfg = tmp_path / "site.yaml"
    cfg.write_text(yaml.safe_dump({"topic_retention": {"input": 21 * DAY_MS, "worklist": None}}))
    proc = cli("config", "show", "--config", str(cfg), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)["topic_retention"]
    assert shown["input"] == 21 * DAY_MS and shown["worklist"] is None and shown["audit"] == -1


def test_demo_summary_says_why_positives_and_flags_published_differ() -> None:
    """One Flag per study: 'positive 61' beside 'flags published 59' is explained by the flag actions."""
    from collections import Counter

    from triage.offline.demo import DemoSummary

    summary = DemoSummary(
        records=402,
        messages=402,
        decisions=Counter(positive=61, negative=307),
        flags=59,
        flags_by_status=Counter(active=58, inactive=1),
        flag_actions=Counter(created=58, unchanged=3, withdrawn=1),
    )
    lines = summary.lines()
    assert (
        "flags published: 59 (active 58, inactive 1) for 61 positive decision(s): one Flag per study" in lines
    )
    assert "  flag actions:  created 58, unchanged 3, withdrawn 1" in lines
    assert any(
        line.strip().startswith("'unchanged': a positive report of a study already flagged") for line in lines
    )
    assert not any(
        "entered-in-error" in line for line in lines
    )  # only the actions that happened are explained
    assert not any("read back" in line for line in lines)  # 58 created + 1 withdrawn = 59 read back
    summary.flags = 57
    assert "  (59 publications decided, 57 read back from the worklist topic)" in summary.lines()


def test_send_line_counts_in_the_right_number() -> None:
    """`sent 1 message from 1 file`, `sent 5 messages from 3 files`: the line a script or a person reads."""
    from triage.commands.sandbox_cmds import sent_line

    counts = {"patient": 1, "accession": 0, "control_id": 0, "none": 0, "seconds": 0.012}
    one = sent_line({**counts, "messages": 1}, 1, "hl7.oru", "127.0.0.1:9092")
    assert one == (
        "sent 1 message from 1 file to hl7.oru at 127.0.0.1:9092 (keyed by patient 1, by accession 0,"
        " by MSH-10 0, unkeyed 0) in 0.01 s"
    )
    five = sent_line({**counts, "messages": 5}, 3, "t", "b")
    assert five.startswith("sent 5 messages from 3 files to t at b")
