"""`triage audit drift` as a subprocess: per-day drift of a JSONL feed (head-CT days, then days of non-head
reports) and of a stretch of a real input topic; the bad-file error line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from triage.drift import store, topics
from triage.offline.synth.corpus import generate_reports

REPO = Path(__file__).resolve().parent.parent
FAST = topics.FitConfig(seed=0, passes=4, iterations=50)


@pytest.fixture(scope="module")
def topics_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small head-CT topic model (no pure body reports in its corpus) saved as `triage mine fit` does."""
    docs = [topics.report_tokens(r.text) for r in generate_reports(400, seed=51) if r.kind != "body"]
    dictionary = topics.make_dictionary(docs, FAST)
    model = topics.fit_lda(dictionary, docs, 4, FAST)
    reference = topics.topic_shares(topics.document_topics(model, dictionary, docs))
    out = tmp_path_factory.mktemp("topics") / "topics"
    store.save_topic_model(
        out,
        model,
        dictionary,
        words=topics.top_words(model, 5),
        grid=(4,),
        perplexities=(1.0,),
        manifest_extra={"reference_shares": [float(x) for x in reference], "reference_unknown_share": 0.01},
    )
    return out


def _triage(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    full_env.pop("TRIAGE_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=full_env,
        timeout=300,
    )


def _feed(path: Path) -> None:
    """Two days of head-CT reports, then two days of chest/abdomen/spine/... reports."""
    head = generate_reports(200, seed=52)
    body = [r for r in generate_reports(2000, seed=53) if r.kind == "body"][:120]
    with path.open("w", encoding="utf-8") as handle:
        for i, r in enumerate(head):
            handle.write(json.dumps({**r.as_dict(), "exam_time": f"2026-03-0{1 + i // 100}T08:00:00"}) + "\n")
        for i, r in enumerate(body):
            handle.write(json.dumps({**r.as_dict(), "exam_time": f"2026-03-0{3 + i // 60}"}) + "\n")


def test_audit_drift_on_a_jsonl_feed(topics_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "feed.jsonl"
    _feed(data)
    plot, summary = tmp_path / "drift.png", tmp_path / "drift.json"
    args = ["audit", "drift", "--data", str(data), "--topics", str(topics_dir), "--model", "model_artifacts"]
    result = _triage(*args, "--plot", str(plot), "--summary-json", str(summary), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "320 reports scored" in result.stdout
    for day in ("2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"):
        assert day in result.stdout
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    body = json.loads(summary.read_text())
    days = {d["day"]: d for d in body["days"]}
    assert [days[d]["reports"] for d in sorted(days)] == [100, 100, 60, 60]
    head_jsd = max(days["2026-03-01"]["jsd"], days["2026-03-02"]["jsd"])
    body_jsd = min(days["2026-03-03"]["jsd"], days["2026-03-04"]["jsd"])
    assert body_jsd > 3 * head_jsd  # rises on off-distribution reports
    assert abs(days["2026-03-01"]["jsd"] - days["2026-03-02"]["jsd"]) < 0.05  # flat on head-CT days
    assert days["2026-03-03"]["flagged"] == 0  # non-head reports are negatives
    assert days["2026-03-01"]["flagged"] > 0
    # the share of positives graded critical (triage.priority), per day, in the table and the JSON
    assert "critical" in result.stdout.splitlines()[0] or "critical" in result.stdout
    for d in days.values():
        assert 0 <= d["critical"] <= d["flagged"]
        assert d["critical_share"] == (round(d["critical"] / d["flagged"], 6) if d["flagged"] else 0.0)
    # no report text anywhere in what the command writes
    first = generate_reports(200, seed=52)[0]
    for output in (result.stdout, result.stderr, summary.read_text()):
        assert first.patient_family not in output and first.text[:40] not in output


def test_audit_drift_bad_date_is_one_error_line_without_the_value(topics_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    row = generate_reports(1, seed=54)[0].as_dict()
    data.write_text(json.dumps({**row, "exam_time": "Smith, John"}) + "\n", encoding="utf-8")
    result = _triage("audit", "drift", "--data", str(data), "--topics", str(topics_dir), "--no-progress")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("triage: error:") and "bad.jsonl:1" in lines[0]
    assert "Smith" not in result.stderr


def test_audit_drift_names_a_missing_column_before_the_models_load(tmp_path: Path) -> None:
    """A file without the date column (or the text column) was refused only after both models loaded, about
    its first row; now one line naming the columns it has, with nothing loaded (no 'drift: loading')."""
    data = tmp_path / "reports.jsonl"
    row = {"id": "R1", "text": "IMPRESSION: invented, no acute finding.", "label": 0}
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = _triage("audit", "drift", "--data", str(data), "--model", str(tmp_path / "no-model-here"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"triage: error: {data} has no column 'exam_time' (--date-field);"
        " its columns are: 'id', 'text', 'label'"
    ]
    result = _triage("audit", "drift", "--data", str(data), "--text-field", "body", "--date-field", "id")
    assert result.returncode == 2 and "has no column 'body' (--text-field)" in result.stderr


def test_audit_drift_reads_a_stretch_of_the_input_topic(kafka: Any, topics_dir: Path, tmp_path: Path) -> None:
    """The Kafka source: records read like replay does, days by MSH-7, only what the daemon scores."""
    from triage.offline.synth.oru import synth_stream

    settings = kafka.settings(partitions=2)
    feed = list(synth_stream(40, seed=55))
    kafka.produce(settings.topics.input, [(k, v) for k, v, _ in feed])
    summary = tmp_path / "drift.json"
    result = _triage(
        "audit",
        "drift",
        "--topic",
        settings.topics.input,
        "--topics",
        str(topics_dir),
        "--model",
        str(kafka.model_dir),
        "--summary-json",
        str(summary),
        "--no-progress",
        env={"TRIAGE_BOOTSTRAP_SERVERS": settings.bootstrap_servers, "TRIAGE_DEVICE": "cpu"},
    )
    assert result.returncode == 0, result.stderr
    assert "day = MSH-7" in result.stdout
    body = json.loads(summary.read_text())
    scorable = sum(1 for _, _, meta in feed if meta["kind"] == "head_ct" and meta.get("status") != "X")
    assert body["reports"] + body["empty"] == scorable and body["reports"] > 0
    assert body["skipped"] == len(feed) - scorable
    assert sum(d["reports"] for d in body["days"]) == body["reports"]


def test_a_report_without_msh7_is_dated_by_its_record_unless_unrepresentable(scorer: Any) -> None:
    """A producer may set any int64 as the record time (librdkafka: year 10000 and beyond); a report
    without MSH-7 then falls back to the epoch day instead of ending `audit drift` with a traceback."""
    from datetime import date

    from triage.config import PipelineSettings
    from triage.core import SourceRecord
    from triage.offline.audit_drift import DriftRun, topic_reports
    from triage.offline.drift_report import DriftAccumulator
    from triage.pipeline.decision import DecisionCore

    oru = (
        b"MSH|^~\\&|RIS|H|TRIAGE|H|||ORU^R01|C1|P|2.5\rPID|1||M1\r"
        b"OBR|1|P1|F1|CTHEAD^CT HEAD|||||||||||||ACC1\r"
        b"OBX|1|TX|IMP||No acute intracranial hemorrhage.||||||F\r"
    )
    core = DecisionCore(scorer, PipelineSettings())
    records = [
        SourceRecord("hl7.oru", 0, 0, oru, timestamp_ms=1_700_000_000_000),
        SourceRecord("hl7.oru", 0, 1, oru, timestamp_ms=253_402_300_800_000),
    ]
    days = [r.day for r in topic_reports(records, core, DriftRun(DriftAccumulator([0.5, 0.5])))]
    assert days == [date(2023, 11, 14), date(1970, 1, 1)]
