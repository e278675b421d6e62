"""Pure parts of the replay: range bounds, range clamping, checkpoints, comparison buckets."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from triage.errors import ConfigError, InputFileError
from triage.replay.checkpoint import Checkpoint, read_checkpoint, write_checkpoint
from triage.replay.compare import (
    AGREE,
    MISSING_IN_BASELINE,
    MISSING_IN_CANDIDATE,
    NEWLY_NEGATIVE,
    NEWLY_POSITIVE,
    SKIP_DLQ_DIFFERENT,
    Side,
    audit_record,
    compare,
    read_jsonl,
    render_table,
    write_changes_csv,
)
from triage.replay.explain import study_audits
from triage.replay.range import PartitionExtent, build_range, parse_bound, parse_partitions


def test_parse_bound_forms() -> None:
    assert parse_bound("beginning").keyword == "beginning"
    assert parse_bound("END").keyword == "end"
    assert parse_bound("120").offset_all == 120
    assert parse_bound("0:100, 2:50").offsets == ((0, 100), (2, 50))
    ts = parse_bound("2024-05-01T08:00:00Z").timestamp_ms
    assert ts == int(datetime(2024, 5, 1, 8, tzinfo=UTC).timestamp() * 1000)
    assert parse_bound("2024-05-01T10:00:00+02:00").timestamp_ms == ts
    assert parse_bound("2024-05-01").timestamp_ms == int(datetime(2024, 5, 1, tzinfo=UTC).timestamp() * 1000)


@pytest.mark.parametrize("text", ["yesterday", "0:1,0:2", "1:-3", "", "2024-13-45"])
def test_parse_bound_rejects_with_one_clear_error(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_bound(text)


def test_parse_partitions() -> None:
    assert parse_partitions("2,0, 2") == (0, 2)
    assert parse_partitions(None) is None
    with pytest.raises(ConfigError):
        parse_partitions("a,b")


def test_build_range_clamps_and_defaults_unlisted_partitions() -> None:
    extents = [PartitionExtent(0, 10, 100), PartitionExtent(1, 0, 40)]
    r = build_range("t", extents, parse_bound("0:50"), parse_bound("end"))
    assert [(p.partition, p.start, p.end) for p in r.partitions] == [(0, 50, 100), (1, 0, 40)]
    r = build_range("t", extents, parse_bound("5"), parse_bound("60"))
    assert [(p.start, p.end) for p in r.partitions] == [(10, 60), (5, 40)]  # clamped to what the broker holds
    assert r.size == 50 + 35
    # a timestamp with no record at/after it resolves to the end
    r = build_range(
        "t",
        extents,
        parse_bound("beginning"),
        parse_bound("2030-01-01"),
        time_offsets={("to", 0): 70, ("to", 1): None},
    )
    assert [(p.start, p.end) for p in r.partitions] == [(10, 70), (0, 40)]
    with pytest.raises(ConfigError, match="reversed"):
        build_range("t", extents, parse_bound("0:80"), parse_bound("0:20"))


def test_checkpoint_round_trip_and_atomic_replace(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.checkpoint"
    cp = Checkpoint(
        {"topic": "t", "partitions": []},
        [{"model_version": "m", "model_sha256": "s"}],
        {1: 5, 0: 7},
        123,
        12,
        states=[[{"accession": "A"}]],
        counts=[{"positive": 2}],
    )
    write_checkpoint(path, cp)
    again = read_checkpoint(path)
    assert again.next_offsets == {0: 7, 1: 5} and again.out_bytes == 123 and again.states == cp.states
    assert not list(tmp_path.glob("*.tmp"))
    path.write_text("{not json")
    with pytest.raises(InputFileError):
        read_checkpoint(path)
    with pytest.raises(ConfigError, match="nothing to resume"):
        read_checkpoint(tmp_path / "missing")


def _rec(
    offset: int,
    decision: str,
    score: float | None = None,
    *,
    reason: str | None = None,
    flag: str | None = None,
    **extra: object,
) -> dict:
    return {
        "source": {"topic": "hl7.oru", "partition": 0, "offset": offset, "message_index": 0},
        "accession": f"A{offset}",
        "control_id": f"M{offset}",
        "patient_id": "SECRET-PID",
        "decision": decision,
        "reason": reason,
        "score": score,
        "flag_id": flag,
        "model_version": "m1",
        "timings": {"total_ms": offset},
        "processed_at": f"t{offset}",
        **extra,
    }


def test_compare_buckets_each_source_record_once(tmp_path: Path) -> None:
    base = [
        _rec(0, "positive", 0.9, flag="f0"),
        _rec(1, "negative", 0.2),
        _rec(2, "negative", 0.4),
        _rec(3, "positive", 0.7, flag="f3"),
        _rec(4, "skipped", reason="procedure_filter"),
        _rec(5, "negative", 0.1),
        _rec(7, "negative", 0.3),
    ]
    cand = [
        {**_rec(0, "positive", 0.9, flag="f0"), "timings": {"total_ms": 99}, "processed_at": "later"},
        _rec(1, "negative", 0.25),
        _rec(2, "positive", 0.6, flag="f2"),
        _rec(3, "negative", 0.3),
        _rec(4, "dead_letter", reason="unparseable"),
        _rec(6, "negative", 0.1),
        _rec(7, "negative", 0.3),
        _rec(7, "negative", 0.3),  # at-least-once duplicate
    ]
    comp = compare(Side.build("recorded", base), Side.build("replay", cand))
    assert comp.counts == {
        AGREE: 3,
        NEWLY_POSITIVE: 1,
        NEWLY_NEGATIVE: 1,
        SKIP_DLQ_DIFFERENT: 1,
        MISSING_IN_CANDIDATE: 1,
        MISSING_IN_BASELINE: 1,
    }
    assert comp.identical == 2  # offsets 0 (timings differ only) and 7
    assert comp.candidate.duplicates == 1
    assert comp.decision_changed == 3 and comp.flag_id_changed == 2
    shifts = comp.largest_shifts()
    assert [(c.coord[2], c.score_delta) for c in shifts] == [(3, -0.4), (2, 0.2), (1, 0.05)]
    table = render_table(comp)
    assert "newly positive" in table and "SECRET-PID" not in table
    n = write_changes_csv(tmp_path / "c.csv", [comp])
    rows = list(csv.DictReader((tmp_path / "c.csv").open()))
    assert n == len(rows) == 6 and {r["offset"] for r in rows} == {"1", "2", "3", "4", "5", "6"}
    assert "SECRET-PID" not in (tmp_path / "c.csv").read_text()
    j = comp.to_json()
    assert j["counts"][NEWLY_NEGATIVE] == 1 and j["max_abs_score_delta"] == 0.4


def test_orders_of_a_message_and_the_message_after_it_pair_with_records_written_before_order_index() -> None:
    """A record holding a two-order message, then a second message: the second message is message_index 1
    (its position in the record) as it always was, the head order is order_index 1 of message 0; an audit
    record written before order_index existed (no such field) pairs as order 0."""

    def at(index: int, order: int | None, accession: str) -> dict:
        rec = _rec(0, "negative", 0.1, accession=accession)
        rec["source"] = {**rec["source"], "message_index": index}
        if order is not None:
            rec["source"]["order_index"] = order
        return rec

    old = [at(0, None, "SPINE"), at(1, None, "NEXT")]  # before: one order per message
    new = [at(0, 0, "SPINE"), at(0, 1, "HEAD"), at(1, 0, "NEXT")]
    comp = compare(Side.build("recorded", old), Side.build("replay", new))
    assert comp.counts == {AGREE: 2, MISSING_IN_BASELINE: 1}
    [added] = [c for c in comp.cases if c.bucket == MISSING_IN_BASELINE]
    assert added.coord[3:] == (0, 1) and added.ids()["accession"] == "HEAD"


def test_model_identity_alone_is_not_a_changed_case(tmp_path: Path) -> None:
    a = _rec(1, "positive", 0.8, flag="ich-a", flag_action="created", threshold=0.5)
    b = {**a, "model_version": "m2", "threshold": 0.6, "flag_id": "ich-b"}
    c = {**a, "model_version": "m2", "threshold": 0.6, "flag_id": "ich-b", "flag_action": "unchanged"}
    comp = compare(Side.build("m1", [a]), Side.build("m2", [b]))
    assert comp.identical == 0 and comp.flag_id_changed == 1 and comp.changed == []
    assert write_changes_csv(tmp_path / "none.csv", [comp]) == 0
    comp = compare(Side.build("m1", [a]), Side.build("m2", [c]))
    assert [case.changed_fields for case in comp.changed] == [
        ["flag_action", "flag_id", "model_version", "threshold"]
    ]
    same_version = compare(Side.build("x", [a]), Side.build("y", [{**a, "flag_id": "ich-other"}]))
    assert len(same_version.changed) == 1  # a Flag id change under the same model version is a change


def test_compare_separates_policy_changes_from_model_changes() -> None:
    base = [
        _rec(1, "positive", 0.9, flag="f1", decided_by="model", decision_policy="model"),
        _rec(2, "positive", 0.8, flag="f2", decided_by="model", decision_policy="model"),
        _rec(3, "negative", 0.1, decided_by="model", decision_policy="model"),
    ]
    cand = [
        _rec(1, "negative", 0.9, decided_by="rules_veto", decision_policy="ensemble"),
        _rec(2, "positive", 0.8, flag="f2", decided_by="both", decision_policy="ensemble"),
        _rec(3, "positive", 0.1, flag="f3", decided_by="rules", decision_policy="ensemble"),
    ]
    comp = compare(Side.build("model policy", base), Side.build("ensemble policy", cand))
    assert comp.decision_changes_by_component() == {("model", "rules_veto"): 1, ("model", "rules"): 1}
    j = comp.to_json()
    assert j["baseline"]["decision_policies"] == ["model"] and j["candidate"]["decision_policies"] == [
        "ensemble"
    ]
    assert j["decision_changed_by_component"] == {"model->rules_veto": 1, "model->rules": 1}
    table = render_table(comp)
    assert "baseline policy:  model" in table and "model -> rules_veto: 1" in table
    # offset 2 kept its decision, score and Flag: only the policy and the deciding component differ
    assert sorted(case.coord[2] for case in comp.changed) == [1, 3]


def test_rules_version_alone_is_not_a_changed_case() -> None:
    a = _rec(1, "negative", 0.1, rules_version="rules-2", decided_by="both", decision_policy="ensemble")
    comp = compare(Side.build("old", [a]), Side.build("new", [{**a, "rules_version": "rules-3"}]))
    assert comp.changed == []
    moved = compare(
        Side.build("old", [a]), Side.build("new", [{**a, "rules_version": "rules-3", "score": 0.2}])
    )
    assert len(moved.changed) == 1  # a score change under a new rules version still counts


def test_study_audits_by_msh10_finds_every_message_and_drops_only_redeliveries() -> None:
    """`audit explain MSH-10`: each message with that control id is found, whatever its accession (the search
    term was overwritten by the de-duplication key after the first match, losing the later messages)."""

    def audit(offset: int, accession: str, control_id: str, processed_at: str = "t0") -> dict:
        source = {"topic": "hl7.oru", "partition": 0, "offset": offset}
        ids = {"accession": accession, "control_id": control_id}
        return {"source": source, **ids, "processed_at": processed_at}

    records = [
        audit(0, "ACC-1", "MSG-7"),
        audit(1, "ACC-9", "MSG-8"),
        audit(0, "ACC-1", "MSG-7", processed_at="t1"),  # at-least-once redelivery of offset 0
        audit(2, "ACC-2", "MSG-7"),  # the same MSH-10 resent under a corrected accession
    ]
    found = study_audits(records, "MSG-7")
    assert [(r["source"]["offset"], r["accession"]) for r in found] == [(0, "ACC-1"), (2, "ACC-2")]
    assert [r["source"]["offset"] for r in study_audits(records, "ACC-9")] == [1]


_SRC = {"topic": "t", "partition": 0, "offset": 1}


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (b"MSH|^~\\&|QQCANARY", "not JSON"),
        (b"\xff\xfeQQCANARY", "not JSON"),
        (b"", "not JSON"),
        (b'["QQCANARY"]', "a JSON list"),
        (b"null", "a JSON NoneType"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"accession": "A1"}', "no source coordinates: no field 'source'"),
        (b'{"source": {"topic": "t", "offset": 1}}', "no source coordinates: no field 'partition'"),
        (b'{"source": "t:0:1"}', "source coordinates"),
        (b'{"source": {"topic": "t", "partition": "QQCANARY", "offset": 1}}', "source coordinates"),
        (json.dumps({"source": _SRC, "accession": ["QQCANARY"]}).encode(), "accession is a list"),
        (json.dumps({"source": _SRC, "control_id": 7}).encode(), "control_id is a int"),
    ],
)
def test_an_other_producers_record_is_not_an_audit_record(value: bytes, why: str, tmp_path: Path) -> None:
    """break1: `audit explain` and `replay --compare topic:` read the audit topic, where another producer's
    record crashed them (JSONDecodeError, unhashable list, 'list' has no .get); the reason never quotes it."""
    with pytest.raises(ValueError, match=why) as caught:
        audit_record(value)
    assert "QQCANARY" not in str(caught.value)
    path = tmp_path / "a.jsonl"
    path.write_bytes(value.replace(b"\n", b" ") + b"\n")
    if value.strip():
        with pytest.raises(InputFileError, match=f"a.jsonl:1 is not an audit record .*{why}"):
            list(read_jsonl(path))


def test_an_audit_record_passes_as_it_is() -> None:
    record = {"source": {**_SRC, "message_index": 0}, "accession": "A1", "control_id": None, "decision": "x"}
    assert audit_record(json.dumps(record).encode()) == record
