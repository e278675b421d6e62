"""Settings precedence: CLI flags > TRIAGE_* environment > config file > defaults; secrets masked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triage.cli import app
from triage.config import Settings, load_settings, masked_dump
from triage.errors import ConfigError


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "triage.yaml"
    path.write_text(
        "bootstrap_servers: file:9092\n"
        "group_id: file-group\n"
        "batch_max_records: 32\n"
        "topics:\n  input: file.in\n  audit: file.audit\n"
        "security:\n  security_protocol: SASL_SSL\n  sasl_mechanism: SCRAM-SHA-512\n"
        "  sasl_username: svc\n  sasl_password: file-secret\n"
    )
    return path


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("TRIAGE_"):
            monkeypatch.delenv(key)


def test_precedence_cli_over_env_over_file_over_defaults(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAGE_GROUP_ID", "env-group")
    monkeypatch.setenv("TRIAGE_TOPICS__AUDIT", "env.audit")
    monkeypatch.setenv("TRIAGE_BATCH_MAX_RECORDS", "64")
    s = load_settings(config_file, batch_max_records=128, topics={"input": "cli.in", "worklist": None})
    assert s.bootstrap_servers == "file:9092"  # file only
    assert s.group_id == "env-group"  # env beats file
    assert s.batch_max_records == 128  # CLI beats env and file
    assert s.topics.input == "cli.in"  # CLI beats file (nested)
    assert s.topics.audit == "env.audit"  # env beats file (nested), CLI flag not given
    assert s.topics.worklist == "worklist.priority"  # default: a None flag means "not given"
    assert s.security.sasl_mechanism == "SCRAM-SHA-512"
    assert s.security.kafka_kwargs()["sasl_plain_password"] == "file-secret"


def test_triage_config_env_names_the_file(config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_CONFIG", str(config_file))
    assert load_settings().group_id == "file-group"
    assert load_settings().topics.input == "file.in"


def test_toml_file_and_password_file(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    path = tmp_path / "t.toml"
    path.write_text(
        f'group_id = "toml"\n[security]\nsasl_mechanism = "PLAIN"\nsasl_password_file = "{secret}"\n'
    )
    s = load_settings(path)
    assert s.group_id == "toml" and s.security.sasl_password is not None
    assert s.security.sasl_password.get_secret_value() == "from-file"


def test_errors_are_one_clear_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("bootstrap_servrs: x\n")
    with pytest.raises(ConfigError, match="bootstrap_servrs"):
        load_settings(bad)
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings(tmp_path / "missing.yaml")
    (tmp_path / "list.yaml").write_text("- a\n- b\n")
    with pytest.raises(ConfigError, match="mapping"):
        load_settings(tmp_path / "list.yaml")
    with pytest.raises(ConfigError, match="batch_max_records"):
        load_settings(None, batch_max_records=0)


def test_shadow_mode_uses_its_own_state_and_dead_letter_topics() -> None:
    live = Settings().run_topics
    assert (live.flag, live.flag_state, live.dead_letter, live.mode) == (
        "worklist.priority",
        "triage.flag-state",
        "hl7.oru.dlq",
        "live",
    )
    shadow = Settings(shadow=True).run_topics
    assert (shadow.flag, shadow.flag_state, shadow.dead_letter, shadow.mode) == (
        "worklist.priority.shadow",
        "triage.flag-state.shadow",
        "hl7.oru.dlq.shadow",
        "shadow",
    )
    assert shadow.audit == live.audit == "triage.audit"  # one audit trail; the records say mode=shadow
    # a copy resolves its own slice (no stale view of the settings it was copied from)
    assert Settings().model_copy(update={"shadow": True}).run_topics == shadow
    assert Settings(shadow=True).outputs.topics == shadow


def test_priority_settings_take_the_policy_defaults_and_checks() -> None:
    from triage.priority.policy import DEFAULT_POLICY, PriorityPolicy

    assert Settings().priority.policy() == DEFAULT_POLICY == Settings().pipeline.priority
    for bad in ({"shift_mm": 0}, {"shift_mm": 51}, {"critical_signs": ["midline_shift"]}):
        with pytest.raises(ValueError) as direct:
            PriorityPolicy(**{k: tuple(v) if isinstance(v, list) else v for k, v in bad.items()})
        with pytest.raises(ConfigError) as loaded:
            load_settings(None, warn=None, priority=bad)
        assert str(direct.value) in str(loaded.value)


def test_config_show_masks_secrets(config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_GROUP_ID", "env-group")
    result = CliRunner().invoke(app, ["config", "show", "--config", str(config_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["group_id"] == "env-group" and shown["topics"]["input"] == "file.in"
    assert "file-secret" not in result.output
    assert shown["security"]["sasl_password"] == "**********"
    assert masked_dump(load_settings(config_file))["security"]["sasl_password"] == "**********"


def test_config_show_prints_the_effective_mllp_frame_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: `mllp.max_frame_bytes: null` (unset means max_message_bytes); now the number `triage mllp`
    applies: the message limit, following TRIAGE_MAX_MESSAGE_BYTES, unless set itself."""
    for env, expected in (
        ({}, 1_000_000),
        ({"TRIAGE_MAX_MESSAGE_BYTES": "2000000"}, 2_000_000),
        ({"TRIAGE_MAX_MESSAGE_BYTES": "2000000", "TRIAGE_MLLP__MAX_FRAME_BYTES": "4096"}, 4096),
    ):
        for name in ("TRIAGE_MAX_MESSAGE_BYTES", "TRIAGE_MLLP__MAX_FRAME_BYTES"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        result = CliRunner().invoke(app, ["config", "show", "--format", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["mllp"]["max_frame_bytes"] == expected, env
        assert f"max_frame_bytes: {expected}" in CliRunner().invoke(app, ["config", "show"]).output


def test_the_key_secret_is_in_the_kafka_slice_and_never_shown(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAGE_KEY_SECRET", "site-key-secret-77")
    result = CliRunner().invoke(app, ["config", "show", "--config", str(config_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "site-key-secret-77" not in result.output
    assert json.loads(result.output)["key_secret"] == "**********"
    secret = load_settings(config_file).kafka.key_secret
    assert secret is not None and secret.get_secret_value() == "site-key-secret-77"
    assert "site-key-secret-77" not in repr(load_settings(config_file).kafka)


def test_run_rejects_bad_flag_value_with_one_line(tmp_path: Path) -> None:
    from triage.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["run", "--batch-max-records", "0", "--model", str(tmp_path)])
    assert exc.value.code == 2


def test_suffixed_topics_are_all_distinct_from_the_defaults() -> None:
    from triage.config import TopicSettings

    defaults = TopicSettings().model_dump()
    suffixed = TopicSettings.suffixed("t1").model_dump()
    assert suffixed.keys() == defaults.keys()
    assert len(set(suffixed.values())) == len(suffixed)
    assert not set(suffixed.values()) & set(defaults.values())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("obr-3, OBR-20", ["OBR-3", "OBR-20"]),
        ('["IPC-1","ZDS-1"]', ["IPC-1", "ZDS-1"]),  # a site's Z segment too
        ("obr-18!,OBR-3", ["OBR-18!", "OBR-3"]),  # a trusted field
    ],
)
def test_accession_sources_from_the_environment(
    value: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAGE_ACCESSION_SOURCES", value)
    assert load_settings(warn=None).accession_sources == expected


def test_accession_sources_default_suits_ihe_and_order_number_feeds() -> None:
    assert Settings().accession_sources == [
        *("IPC-1", "OBR-18", "OBR-3", "ORC-3", "OBR-2", "ORC-2"),
        *("TXA-15", "TXA-14"),  # an MDM document without OBR: filler, then placer order number
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("OBR18", "is not a field reference"),
        ("OBR-0", "is not a field reference"),
        ("MSH-10", "not in the message header"),
        ("OBR-3,obr-3", "listed twice"),
        ("OBR-18,OBR-18!", "listed twice"),
        ("[]", "at least one field"),
    ],
)
def test_bad_accession_sources_are_one_config_error(
    value: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAGE_ACCESSION_SOURCES", value)
    with pytest.raises(ConfigError, match=f"accession_sources: .*{message}"):
        load_settings(warn=None)


@pytest.mark.parametrize("name", ["TRIAGE_PRIORITY", "TRIAGE_PRODUCER", "TRIAGE_DRIFT"])
def test_a_slice_that_is_not_json_is_one_config_error(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """pydantic-settings parses TRIAGE_<SLICE> as JSON; its own SettingsError was a traceback, exit 1."""
    monkeypatch.setenv(name, '{"shift_mm":')
    with pytest.raises(ConfigError, match=r"invalid setting.*JSONDecodeError"):
        load_settings(warn=None)


@pytest.mark.parametrize("ref", ["PID-7", "PID-3!", "OBX-5!", "NK1-2", "NTE-3"])
def test_accession_sources_refuse_patient_and_text_segments(ref: str) -> None:
    """PID-7 (birth date 19500101) passes the identifier test: as an accession source it would put PHI in
    every audit record and log line."""
    with pytest.raises(ConfigError, match="never an accession"):
        load_settings(warn=None, accession_sources=ref)


@pytest.mark.parametrize(
    ("env", "value", "names"),
    [
        ("TRIAGE_TOPICS__DEAD_LETTER", "hl7.oru", ("dead_letter", "input")),  # re-read its own dead letters
        ("TRIAGE_TOPICS__WORKLIST", "hl7.oru", ("worklist", "input")),
        ("TRIAGE_TOPICS__SHADOW_DEAD_LETTER", "hl7.oru", ("shadow_dead_letter", "input")),
        ("TRIAGE_TOPICS__AUDIT", "worklist.priority", ("audit", "worklist")),
        (
            "TRIAGE_TOPICS__FLAG_STATE",
            "triage.audit",
            ("flag_state", "audit"),
        ),  # compacted: would drop audits
        ("TRIAGE_TOPICS__REVIEW", "triage.flag-state.shadow", ("shadow_flag_state", "review")),
    ],
)
def test_a_topic_equal_to_another_is_one_error_line(
    env: str,
    value: str,
    names: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from triage.cli import main

    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError, match="invalid setting topics") as exc:
        load_settings(None, warn=None)
    assert all(name in str(exc.value) for name in names), exc.value
    for argv in (["config", "show"], ["run", "--shadow"] if "SHADOW" in env else ["run"]):
        with pytest.raises(SystemExit) as code:
            main(argv)
        assert code.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("triage: error: invalid setting topics"), err


def test_the_shadow_overlays_topics_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    # deploy/k8s/overlays/shadow: the live names repeat the shadow ones, so config show prints what it uses
    monkeypatch.setenv("TRIAGE_SHADOW", "true")
    monkeypatch.setenv("TRIAGE_TOPICS__FLAG_STATE", "triage.flag-state.shadow")
    monkeypatch.setenv("TRIAGE_TOPICS__DEAD_LETTER", "hl7.oru.dlq.shadow")
    topics = load_settings(None, warn=None).run_topics
    assert (topics.flag_state, topics.dead_letter) == ("triage.flag-state.shadow", "hl7.oru.dlq.shadow")
    monkeypatch.setenv(
        "TRIAGE_TOPICS__SHADOW_WORKLIST", "worklist.priority"
    )  # shadow Flags on the live worklist
    with pytest.raises(ConfigError, match="shadow_worklist"):
        load_settings(None, warn=None)


def test_a_malformed_config_file_is_one_line_without_its_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from triage.cli import main

    cases = {
        "sec.yaml": ('security:\n  sasl_password: "hunter2-SECRET\n', "not valid YAML at line 3, column 1"),
        "sec.toml": ('[security]\nsasl_password = "hunter2-SECRET\n', "not valid TOML at line 2"),
        "bin.yaml": (b"\xff\xfe\x00s\x00e\x00c\x00hunter2-SECRET", "not UTF-8"),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        with pytest.raises(SystemExit) as code:
            main(["config", "show", "--config", str(path)])
        assert code.value.code == 2
        captured = capsys.readouterr()
        err = captured.err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"triage: error: config file {path}: {expected}"), err
        assert "hunter2" not in captured.err + captured.out


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("typo.yaml", "threshold: 0.5\ntreshold: 0.4\n", "unknown setting treshold; did you mean threshold?"),
        (
            "nested.toml",
            '[topics]\ninput_topic = "hl7.in"\n',
            "unknown setting topics.input_topic; did you mean topics.input?",
        ),
        ("far.yaml", "colour_scheme: dark\n", "unknown setting colour_scheme"),
    ],
)
def test_an_unknown_key_in_a_config_file_is_named_with_the_closest_known_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, expected: str
) -> None:
    """Was 'invalid setting treshold: Extra inputs are not permitted': neither the file's fix nor a hint."""
    from triage.cli import main

    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(SystemExit) as code:
        main(["config", "show", "--config", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code.value.code == 2
    assert err == [f"triage: error: config file {path}: {expected}"], err
    if "did you mean" not in expected:
        assert "did you mean" not in err[0]
