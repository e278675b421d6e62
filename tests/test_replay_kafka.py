"""`triage replay` against a real broker (Tansu) and real exported artifacts.

One live run per module (a consumer-group loop over the daemon's Processor, small irregular batches) feeds
the audit topic; the replays must reproduce it.
"""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_replay_support import (
    audit_values,
    build_artifact,
    create_topics,
    oru_stream,
    produce,
    read_all,
    run_live_daemon,
)

from triage.cli import main
from triage.config import Settings, TopicSettings
from triage.errors import ConfigError
from triage.pipeline.audit import audit_json_bytes, deterministic_view
from triage.pipeline.policy import decide
from triage.replay.compare import coord_of

pytestmark = pytest.mark.kafka

N_RECORDS = 240


@pytest.fixture(scope="module")
def broker(kafka_broker: Any) -> str:
    """The session's Tansu broker (tests/conftest.py); every test here uses its own topic names."""
    return kafka_broker.bootstrap_servers


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Model A, and model B = A's weights exported again with another version and a higher threshold:
    a genuinely different artifact (own manifest, sha256 checked on load) whose decisions must differ
    exactly on the reports A scores in [threshold A, threshold B)."""
    from triage.offline.synth.corpus import generate_reports
    from triage.text import normalize_impression

    root = tmp_path_factory.mktemp("models")
    sample = [normalize_impression(r.text) for r in generate_reports(200, seed=5)]
    a = build_artifact(root / "A", seed=1, sample=sample, version="replay-test-A")
    b = build_artifact(root / "B", seed=1, threshold=round(a["threshold"] + 0.08, 6), version="replay-test-B")
    assert a["sha256"] == b["sha256"]  # same network, different manifest: the threshold makes the difference
    return {"A": root / "A", "B": root / "B", "tA": a["threshold"], "tB": b["threshold"]}


def _settings(bootstrap: str, suffix: str) -> Settings:
    topics = TopicSettings.suffixed(suffix)
    return Settings(
        bootstrap_servers=bootstrap,
        topics=topics,
        group_id=f"live-{suffix}",
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
        batch_max_records=7,
        batch_max_wait_ms=5,
        http_port=0,
        device="cpu",
    )


def _config_file(settings: Settings, path: Path) -> Path:
    path.write_text(yaml.safe_dump({"topics": settings.topics.model_dump(), "group_id": settings.group_id}))
    return path


@pytest.fixture(scope="module")
def live(broker: str, models: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A produced stream, processed once by the live daemon (H5's Daemon, small batches) with model A."""
    settings = _settings(broker, f"live{uuid.uuid4().hex[:6]}")
    t = settings.topics
    create_topics(broker, t.input, t.audit, t.worklist, t.flag_state, t.dead_letter)
    pairs = oru_stream(N_RECORDS, seed=21)
    coords = produce(broker, t.input, pairs)
    run_live_daemon(settings, models["A"], expected_records=len(pairs))
    audits = audit_values(read_all(broker, t.audit))
    config = _config_file(settings, tmp_path_factory.mktemp("cfg") / "triage.yaml")
    return {
        "settings": settings,
        "pairs": pairs,
        "coords": coords,
        "audits": audits,
        "config": config,
    }


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """`triage ...` in-process; returns (exit code, stdout, stderr) via capsys in the caller."""
    try:
        main(argv)
    except SystemExit as exc:
        return int(exc.code or 0), "", ""
    return 0, "", ""


def _replay(live: dict[str, Any], broker: str, *extra: str) -> int:
    code, _, _ = run_cli(
        ["replay", "--bootstrap-servers", broker, "--config", str(live["config"]), "--no-progress", *extra]
    )
    return code


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def test_replay_reproduces_the_live_audit_records_exactly(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out, summary = tmp_path / "replay.jsonl", tmp_path / "summary.json"
    topic = live["settings"].topics.audit
    code = _replay(
        live,
        broker,
        "--model",
        str(models["A"]),
        "--out",
        str(out),
        "--summary-json",
        str(summary),
        "--compare",
        f"topic:{topic}",
        "--batch-size",
        "64",
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    recorded = {coord_of(a): audit_json_bytes(deterministic_view(a)) for a in live["audits"]}
    replayed = {coord_of(json.loads(line)): line for line in _lines(out)}
    assert len(recorded) == len(live["audits"]) >= len(live["pairs"])  # one per message, no duplicates
    assert replayed.keys() == recorded.keys()
    differing = [c for c in recorded if recorded[c] != replayed[c]]
    assert differing == [], (
        f"{len(differing)} records differ: {[(recorded[c], replayed[c]) for c in differing[:2]]}"
    )
    s = json.loads(summary.read_text())
    [comp] = s["comparisons"]
    assert comp["identical"] == len(recorded) and comp["counts"]["agree"] == len(recorded)
    assert s["models"][0]["model_version"] == "replay-test-A"
    assert s["normalization_versions"] == [live["audits"][0]["normalization_version"]]
    ends = {p: max(o for q, o in live["coords"] if q == p) + 1 for p, _ in live["coords"]}
    assert {p["partition"]: (p["from"], p["to"]) for p in s["range"]["partitions"]} == {
        p: (0, end) for p, end in ends.items()
    }
    assert "agree" in printed.out and "identical records" in printed.out
    # every decision kind occurs, so the test means something
    assert {a["decision"] for a in live["audits"]} == {"positive", "negative", "skipped", "dead_letter"}
    actions = {a["flag_action"] for a in live["audits"]}
    assert actions >= {"created", "unchanged"} and len(actions - {"none"}) >= 3, actions

    # deterministic: the same range and model give the same bytes, whatever the batch size
    out2, summary2 = tmp_path / "again.jsonl", tmp_path / "again.json"
    assert (
        _replay(
            live,
            broker,
            "--model",
            str(models["A"]),
            "--out",
            str(out2),
            "--summary-json",
            str(summary2),
            "--batch-size",
            "7",
        )
        == 0
    )
    assert out2.read_bytes() == out.read_bytes()
    s2 = json.loads(summary2.read_text())
    assert s2["output"]["sha256"] == s["output"]["sha256"] and s2["range"] == s["range"]


def test_live_group_offsets_unchanged_by_replay(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=broker)
    group = live["settings"].group_id

    def committed() -> dict[Any, int]:
        return {tp: v.offset for tp, v in admin.list_group_offsets({group: None})[group].items()}

    def groups() -> set[str]:
        return {g["group_id"] if isinstance(g, dict) else g[0] for g in admin.list_groups()}

    before, groups_before = committed(), groups()
    ends = {p: max(o for q, o in live["coords"] if q == p) + 1 for p, _ in live["coords"]}
    assert {tp.partition: off for tp, off in before.items()} == ends  # the live loop committed everything
    assert (
        _replay(
            live,
            broker,
            "--model",
            str(models["A"]),
            "--out",
            str(tmp_path / "r.jsonl"),
            "--from",
            "beginning",
            "--to",
            "end",
        )
        == 0
    )
    assert committed() == before
    assert groups() == groups_before  # the replay joined no group at all
    admin.close()


def test_comparing_two_models_reports_exactly_the_constructed_differences(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out, summary, changes = tmp_path / "ab.jsonl", tmp_path / "ab.json", tmp_path / "changes.csv"
    code = _replay(
        live,
        broker,
        "--model",
        str(models["A"]),
        "--model",
        str(models["B"]),
        "--out",
        str(out),
        "--summary-json",
        str(summary),
        "--changes-csv",
        str(changes),
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    by_model: dict[str, dict] = {"replay-test-A": {}, "replay-test-B": {}}
    for line in _lines(out):
        rec = json.loads(line)
        by_model[rec["model_version"]][coord_of(rec)] = rec
    a_recs = by_model["replay-test-A"]
    # expected from A's own scores and rule assertions (B has the same network, a higher threshold): under
    # the ensemble policy only the reports the network decides (no ICH mention for the rules) can move
    expected_newly_negative = sorted(
        c
        for c, r in a_recs.items()
        if r["decision"] == "positive"
        and not decide("ensemble", r["score"], round(models["tB"], 6), r["rules"]["assertion"]).positive
    )
    assert expected_newly_negative, "the constructed case must contain reports between the two thresholds"
    [comp] = json.loads(summary.read_text())["comparisons"]
    assert comp["counts"]["newly_negative"] == len(expected_newly_negative)
    assert comp["counts"]["newly_positive"] == 0
    assert comp["counts"]["skipped_or_dead_lettered_differently"] == 0
    assert comp["max_abs_score_delta"] == 0.0  # same network: scores identical, only decisions move
    assert comp["baseline"]["model_versions"] == ["replay-test-A"]
    assert comp["candidate"]["model_versions"] == ["replay-test-B"]
    # the flag ids differ wherever a Flag exists (id = hash of accession and model version)
    assert comp["flag_id_changed"] == sum(
        1 for c, r in a_recs.items() if (r["flag_id"] or by_model["replay-test-B"][c]["flag_id"])
    )
    rows = list(csv.DictReader(changes.open()))
    newly_negative_rows = sorted(
        (r["topic"], int(r["partition"]), int(r["offset"]), int(r["message_index"]), int(r["order_index"]))
        for r in rows
        if r["bucket"] == "newly_negative"
    )
    assert newly_negative_rows == expected_newly_negative
    text = changes.read_text()
    for rec in a_recs.values():  # ids only: no patient identifiers in the CSV
        if rec.get("patient_id"):
            assert rec["patient_id"] not in text
    assert "newly negative" in printed.out


def test_offset_and_timestamp_ranges_select_the_right_records(
    broker: str, models: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    settings = _settings(broker, f"ranges{uuid.uuid4().hex[:6]}")
    t = settings.topics
    create_topics(broker, t.input)
    pairs = oru_stream(45, seed=4)
    base = int(datetime(2024, 5, 1, tzinfo=UTC).timestamp() * 1000)
    stamps = [base + i * 60_000 for i in range(len(pairs))]  # one per minute, increasing with offsets
    coords = produce(broker, t.input, pairs, timestamps=stamps)
    stamp_of = dict(zip(coords, stamps, strict=True))
    config = _config_file(settings, tmp_path / "c.yaml")

    def replay(*extra: str) -> set[tuple[int, int]]:
        out = tmp_path / f"r{len(list(tmp_path.glob('r*.jsonl')))}.jsonl"
        code, _, _ = run_cli(
            [
                "replay",
                "--bootstrap-servers",
                broker,
                "--config",
                str(config),
                "--no-progress",
                "--model",
                str(models["A"]),
                "--out",
                str(out),
                *extra,
            ]
        )
        assert code == 0, capsys.readouterr().err
        return {
            (json.loads(line)["source"]["partition"], json.loads(line)["source"]["offset"])
            for line in _lines(out)
        }

    # offsets: per partition, half-open; unlisted partitions → beginning / end
    got = replay("--from", "0:2,1:1", "--to", "0:6")
    assert got == {(p, o) for p, o in coords if (p == 0 and 2 <= o < 6) or (p == 1 and o >= 1) or p == 2}
    # timestamps: [10:05, 10:20) of the record times, via the broker's offsets-for-times (or its fallback)
    t0, t1 = base + 5 * 60_000, base + 20 * 60_000
    got = replay("--from", "2024-05-01T00:05:00Z", "--to", "2024-05-01T02:20:00+02:00")
    assert got == {c for c, s in stamp_of.items() if t0 <= s < t1}
    # a subset of partitions, one number for all
    got = replay("--partitions", "0,2", "--from", "3")
    assert got == {(p, o) for p, o in coords if p in (0, 2) and o >= 3}


def _whole_topic(settings: Any, out: Path, **kw: Any) -> Any:
    """ReplayOptions for the whole input topic into `out` (checkpoint beside it), 16 records a batch."""
    from triage.replay.engine import ReplayOptions
    from triage.replay.range import parse_bound

    return ReplayOptions(
        topic=settings.topics.input,
        from_bound=parse_bound("beginning"),
        to_bound=parse_bound("end"),
        out=out,
        checkpoint=out.with_suffix(".cp"),
        batch_size=16,
        progress=False,
        **kw,
    )


def test_interrupted_replay_resumes_without_gaps_or_duplicates(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path
) -> None:
    from triage.replay.engine import ReplayOptions, load_models, run_replay

    settings = live["settings"]
    full = tmp_path / "full.jsonl"

    def opts(out: Path, **kw: Any) -> ReplayOptions:
        return _whole_topic(settings, out, **kw)

    def runs(name: str) -> list:
        return load_models([models[name]], settings.device, settings.pipeline, settings.outputs)

    before = {t.ident for t in threading.enumerate()}
    run_replay(settings.kafka, opts(full), runs("A"))
    left = [t.name for t in threading.enumerate() if t.ident not in before and t.name.startswith("triage-")]
    assert not left, f"the replay left threads running: {left}"  # each Processor's network thread
    part = tmp_path / "part.jsonl"
    first = run_replay(settings.kafka, opts(part, stop_after=50), runs("A"))
    assert not first.complete and 50 <= first.records < len(live["pairs"])
    # a crash after the checkpoint: a half-written line beyond the checkpointed length
    with part.open("ab") as fh:
        fh.write(b'{"source":{"topic":"half-written')
    second = run_replay(settings.kafka, opts(part, resume=True), runs("A"))
    assert second.complete and second.resumed_from == first.next_offsets
    assert (
        second.records == len(live["pairs"]) and second.records_this_run == len(live["pairs"]) - first.records
    )
    assert part.read_bytes() == full.read_bytes()  # same lines, same order: no gap, no duplicate
    # resuming with another model list is refused
    with pytest.raises(ConfigError, match=r"same --model"):
        run_replay(settings.kafka, opts(part, resume=True), runs("B"))
    # a stop (Ctrl-C) that comes with the range's last batch leaves nothing undone: complete, not "stopped"
    whole = tmp_path / "whole.jsonl"
    last = run_replay(settings.kafka, opts(whole, stop_after=len(live["pairs"])), runs("A"))
    assert last.complete and last.records == len(live["pairs"])
    assert whole.read_bytes() == full.read_bytes()


def test_a_replay_that_fails_mid_range_leaves_a_checkpoint_resume_completes(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path
) -> None:
    """A broker kill aborted `replay --out r.jsonl` with 8192 records written and no checkpoint yet (the first
    comes after checkpoint_interval_s): `--resume` could not go on. The failure here is raised where the
    broker's would surface, after the third batch, against the real broker."""
    from kafka.errors import KafkaConnectionError

    from triage.replay.engine import ReplayOptions, load_models, run_replay

    settings = live["settings"]

    def opts(out: Path, **kw: Any) -> ReplayOptions:
        return _whole_topic(settings, out, **kw)

    def runs() -> list:
        return load_models([models["A"]], settings.device, settings.pipeline, settings.outputs)

    full = tmp_path / "full.jsonl"
    run_replay(settings.kafka, opts(full), runs())
    batches = 0

    def broker_dies(_per_record: Any) -> None:
        nonlocal batches
        batches += 1
        if batches == 3:
            raise KafkaConnectionError("broker gone")

    part = tmp_path / "part.jsonl"
    with pytest.raises(KafkaConnectionError):
        run_replay(settings.kafka, opts(part), runs(), on_batch=broker_dies)
    assert part.with_suffix(".cp").exists() and part.stat().st_size > 0
    second = run_replay(settings.kafka, opts(part, resume=True), runs())
    assert second.complete and second.resumed_from is not None
    assert second.records_this_run == len(live["pairs"]) - 48
    assert part.read_bytes() == full.read_bytes()  # no gap, no duplicate


def test_sigint_leaves_a_valid_partial_output_and_resume_completes_it(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path
) -> None:
    out = tmp_path / "sig.jsonl"
    argv = [
        sys.executable,
        "-m",
        "triage.cli",
        "replay",
        "--bootstrap-servers",
        broker,
        "--config",
        str(live["config"]),
        "--model",
        str(models["A"]),
        "--out",
        str(out),
        "--batch-size",
        "2",
        "--no-progress",
    ]
    proc = subprocess.Popen(
        [*argv, "--throttle-ms", "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err and "next offsets" in err
    lines = _lines(out)
    assert 0 < len(lines) < len(live["audits"])
    assert all(json.loads(line)["source"] for line in lines)  # complete lines only
    done = subprocess.run([*argv, "--resume"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    coords = [coord_of(json.loads(line)) for line in _lines(out)]
    assert len(coords) == len(set(coords)) == len({coord_of(a) for a in live["audits"]})


def test_replay_refuses_the_live_worklist_and_bad_bounds(
    live: dict[str, Any], broker: str, models: dict, capsys: pytest.CaptureFixture
) -> None:
    t = live["settings"].topics
    code = _replay(live, broker, "--model", str(models["A"]), "--out-topic", t.worklist)
    err = capsys.readouterr().err
    assert code == 2 and "live worklist" in err and "--i-understand-this-writes-to-the-live-worklist" in err
    assert "Traceback" not in err
    code = _replay(live, broker, "--model", str(models["A"]), "--out-topic", "x", "--from", "last tuesday")
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot read range bound" in err


def test_replay_to_a_topic_writes_live_bytes(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    create_topics(broker, "replay.out")
    flags_before = len(read_all(broker, live["settings"].topics.worklist))
    assert flags_before > 0  # the live run published Flags there ...
    assert (
        _replay(
            live,
            broker,
            "--model",
            str(models["A"]),
            "--out-topic",
            "replay.out",
            "--checkpoint",
            str(tmp_path / "topic.cp"),
        )
        == 0
    )
    assert _replay(live, broker, "--model", str(models["A"]), "--out", str(tmp_path / "same.jsonl")) == 0
    got = read_all(broker, "replay.out")
    in_file = {coord_of(json.loads(line)): line for line in _lines(tmp_path / "same.jsonl")}
    assert {
        coord_of(json.loads(r.value)): audit_json_bytes(deterministic_view(json.loads(r.value))) for r in got
    } == in_file
    assert all(set(json.loads(r.value)) >= {"timings", "processed_at"} for r in got)  # live bytes, in full
    assert all(dict(r.headers)["content-type"] == b"application/json" for r in got)
    assert len(read_all(broker, live["settings"].topics.worklist)) == flags_before  # ... the replay none


LIFECYCLE = ("decision", "flag_action", "flag_id", "flag_status")


def test_lifecycle_state_rule_warmup_and_snapshot(
    live: dict[str, Any], broker: str, models: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A range that starts mid-stream reproduces the live lifecycle only with the state of the records
    before it: rebuilt by --warmup, or chained from the previous replay's final checkpoint."""
    mid = {p: (max(o for q, o in live["coords"] if q == p) + 1) // 2 for p, _ in live["coords"]}
    bound = ",".join(f"{p}:{o}" for p, o in sorted(mid.items()))
    in_range = {c: a for c, a in ((coord_of(a), a) for a in live["audits"]) if c[2] >= mid[c[1]]}

    def lifecycle(path: Path) -> dict:
        return {coord_of(r): tuple(r[k] for k in LIFECYCLE) for r in map(json.loads, _lines(path))}

    expected = {c: tuple(a[k] for k in LIFECYCLE) for c, a in in_range.items()}
    model = ["--model", str(models["A"])]
    assert _replay(live, broker, *model, "--from", bound, "--out", str(tmp_path / "cold.jsonl")) == 0
    cold = lifecycle(tmp_path / "cold.jsonl")
    assert cold.keys() == expected.keys()
    assert cold != expected  # empty state: studies begun before the range look new (created, not unchanged)
    assert (
        _replay(live, broker, *model, "--from", bound, "--warmup", "--out", str(tmp_path / "warm.jsonl")) == 0
    )
    assert lifecycle(tmp_path / "warm.jsonl") == expected
    # chaining: [beginning, mid) then [mid, end) seeded with the first replay's final state
    first = tmp_path / "first.jsonl"
    assert _replay(live, broker, *model, "--to", bound, "--out", str(first)) == 0
    assert (
        _replay(
            live,
            broker,
            *model,
            "--from",
            bound,
            "--state-snapshot",
            str(first) + ".checkpoint",
            "--out",
            str(tmp_path / "chained.jsonl"),
        )
        == 0
    )
    assert lifecycle(tmp_path / "chained.jsonl") == expected
    capsys.readouterr()
