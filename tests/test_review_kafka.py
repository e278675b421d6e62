"""`triage review init` from Kafka on the real test broker (Tansu): a replay range of the input topic, and the
reports the review topic names (its records are the daemon's own audit records)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from triage.cli import main
from triage.core import SourceRecord
from triage.review.store import ReviewStore

pytestmark = pytest.mark.kafka


def _init(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "init", *argv])
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_init_from_the_input_topic_and_from_the_review_topic(kafka: Any, tmp_path: Path, capsys) -> None:
    from triage.offline.synth.corpus import generate_reports
    from triage.offline.synth.oru import render_oru
    from triage.pipeline.process import Processor

    settings = kafka.settings(partitions=2)
    values = [render_oru(r, control_id=f"RV{i}") for i, r in enumerate(generate_reports(30, seed=4))]
    coords = kafka.produce(settings.topics.input, [(None, v) for v in values])
    common = ["--bootstrap-servers", kafka.bootstrap, "--model", str(kafka.model_dir), "--device", "cpu"]

    db = tmp_path / "range.db"
    code, out, err = _init([*common, "--from-topic", settings.topics.input, "--db", str(db), "--sample", "10",
                            "--active", "5"], capsys)  # fmt: skip
    assert code == 0, err
    assert "30 report(s) scored" in out
    store = ReviewStore(db)
    assert store.meta()["source"].startswith(f"topic {settings.topics.input} [beginning, end)")
    wanted = {f"{settings.topics.input}-{p}-{o}.hl7#0" for p, o in coords}
    assert len(store.items()) == 15 and {i.report_key for i in store.items()} <= wanted
    by_key = {f"{settings.topics.input}-{p}-{o}.hl7#0": v for (p, o), v in zip(coords, values, strict=True)}
    for item in store.items():
        assert item.accession and item.accession.encode() in by_key[item.report_key]

    # the review topic: audit records of 6 of the reports, as the daemon writes them
    chosen = coords[:6]
    records = [SourceRecord(settings.topics.input, p, o, values[coords.index((p, o))]) for p, o in chosen]
    audits = [
        m for outcome in Processor.from_settings(kafka.scorer, settings).process_batch(records, {})
        for m in outcome.outputs
        if m.topic == settings.topics.audit
    ]  # fmt: skip
    assert len(audits) == 6
    kafka.produce(settings.topics.review, [(m.key, m.value) for m in audits])
    db2 = tmp_path / "review.db"
    code, out, err = _init([*common, "--from-review", "--db", str(db2), "--sample", "4", "--active", "10",
                            "--config", str(_config(tmp_path, settings))], capsys)  # fmt: skip
    assert code == 0, err
    keys = {i.report_key for i in ReviewStore(db2).items()}
    assert keys == {f"{settings.topics.input}-{p}-{o}.hl7#0" for p, o in chosen}
    assert "6 report(s) scored" in out

    code, _, err = _init(
        [*common, "--from-topic", "no-such-topic-xyz", "--db", str(tmp_path / "x.db")], capsys
    )
    assert code == 2 and err.startswith("triage: error:") and err.count("\n") == 1
    code, _, err = _init(["--db", str(tmp_path / "y.db")], capsys)
    assert code == 2 and "exactly one source" in err


def _config(tmp_path: Path, settings: Any) -> Path:
    """A settings file naming the test's suffixed review topic (the daemon's topics.review)."""
    path = tmp_path / "triage.yaml"
    path.write_text(
        json.dumps({"topics": {"review": settings.topics.review, "input": settings.topics.input}})
    )
    return path
