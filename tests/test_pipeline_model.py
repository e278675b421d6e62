"""The Processor with a really trained artifact: the shipped model_artifacts/ when present, else the tiny
model trained once by tests/fixtures_model.py. Its manifest and every output it produces match schemas/."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from fhir.resources.R4B.flag import Flag as FlagR4B
from sklearn.metrics import roc_auc_score
from test_schemas import _errors

from triage.config import DEFAULT_MODEL_DIR, Settings
from triage.core import SourceRecord
from triage.pipeline.audit import deterministic_view
from triage.pipeline.policy import decide
from triage.pipeline.process import Processor
from triage.pipeline.state import FlagState


@pytest.fixture(scope="module")
def model_dir(request: pytest.FixtureRequest) -> Path:
    if (DEFAULT_MODEL_DIR / "manifest.json").is_file():
        return DEFAULT_MODEL_DIR
    return Path(request.getfixturevalue("tiny_artifact"))  # from tests/conftest.py (trained once a session)


@pytest.fixture(scope="module")
def scorer(model_dir: Path):
    from triage.model.scorer import Scorer

    return Scorer.load(model_dir, device="cpu")


@pytest.fixture(scope="module")
def stream() -> list[tuple[bytes, bytes, dict]]:
    from triage.offline.synth.oru import synth_stream

    return synth_stream(400, seed=23, lifecycle_rate=0.3, cancel_rate=0.2)


def _records(stream: list[tuple[bytes, bytes, dict]]) -> list[SourceRecord]:
    return [SourceRecord("hl7.oru", 0, i, value, key=key) for i, (key, value, _) in enumerate(stream)]


def _run(scorer, records: list[SourceRecord], batch: int):
    proc = Processor.from_settings(scorer, Settings())
    state: dict[str, FlagState] = {}
    outs = []
    for i in range(0, len(records), batch):
        outs += proc.process_batch(records[i : i + batch], state)
    return outs, state


def test_manifest_matches_its_schema(model_dir: Path) -> None:
    manifest = json.loads((model_dir / "manifest.json").read_text())
    assert _errors("model-manifest.schema.json", manifest) == []
    assert _errors("model-manifest.schema.json", dict(manifest, sha256="not-a-hash")) != []


def test_real_model_through_the_processor(scorer, stream) -> None:
    records = _records(stream)
    outs, state = _run(scorer, records, batch=64)
    assert len(outs) == len(records)
    labels, scores = [], []
    for (_, _, meta), out in zip(stream, outs, strict=True):
        [audit] = out.audit_json()  # one HL7 message per synthetic record
        assert _errors("audit-record.schema.json", audit) == []
        assert audit["model_version"] == scorer.model_version and audit["model_sha256"] == scorer.sha256
        if meta["kind"] == "adt":
            assert (audit["decision"], audit["reason"]) == ("skipped", "not_oru")
        elif meta["kind"] == "other_procedure":
            assert (audit["decision"], audit["reason"]) == ("skipped", "procedure_filter")
        elif meta["status"] == "X":
            assert audit["reason"] == "cancelled"
        else:
            assert audit["decision"] in ("positive", "negative"), audit
            # the rules' assertion was read from the FINDINGS when its evidence says so (the conclusion
            # mentioned no bleed); the policy is then applied to that source
            sources = {e.get("source", "scored") for e in audit["rules"]["evidence"]}
            source = "findings" if sources == {"findings"} else "scored"
            verdict = decide(
                "ensemble", audit["score"], audit["threshold"], audit["rules"]["assertion"], source
            )
            assert verdict.positive == (audit["decision"] == "positive")
            assert verdict.decided_by == audit["decided_by"]
            labels.append(meta["true_label"])
            scores.append(audit["score"])
        for msg in out.outputs:
            if msg.topic == "worklist.priority":
                flag = json.loads(msg.value)
                FlagR4B.model_validate(flag)
                assert _errors("flag-profile.schema.json", flag) == []
    assert 0 < sum(labels) < len(labels)
    assert roc_auc_score(labels, scores) >= 0.85
    flagged = {a["accession"] for o in outs for a in o.audit_json() if a["flag_action"] == "created"}
    assert flagged and flagged <= set(state)


def test_batch_size_does_not_change_decisions(scorer, stream) -> None:
    """Replay with another batching: same decisions, Flag ids and states; scores equal to float noise."""
    records = _records(stream)[:200]
    a, state_a = _run(scorer, records, batch=64)
    b, state_b = _run(scorer, records, batch=5)
    assert state_a == state_b
    for x, y in zip(a, b, strict=True):
        for ax, bx in zip(x.audit_json(), y.audit_json(), strict=True):
            sa, sb = ax.get("score"), bx.get("score")
            assert (sa is None) == (sb is None)
            if sa is not None:
                assert np.isclose(sa, sb, atol=1e-5)
            strip = {"score"}
            assert {k: v for k, v in deterministic_view(ax).items() if k not in strip} == {
                k: v for k, v in deterministic_view(bx).items() if k not in strip
            }


def test_a_batch_scored_in_parts_gives_the_outputs_of_one_call(scorer, stream, monkeypatch) -> None:
    """process_batch hands a large batch's network to the scoring thread in parts (PREPARE_PART records each,
    so the network runs while the rest is parsed): every output is the one a single call gives, to the
    byte (audits apart from their timings), scores exactly equal."""
    from triage.pipeline import process

    records = _records(stream)
    assert len(records) >= 4 * process.PREPARE_PART  # several parts per batch
    parts, _ = _run(scorer, records, batch=len(records))
    monkeypatch.setattr(process, "PREPARE_PART", len(records))
    whole, _ = _run(scorer, records, batch=len(records))
    for x, y in zip(parts, whole, strict=True):
        assert [m for m in x.outputs if m.topic != "triage.audit"] == [
            m for m in y.outputs if m.topic != "triage.audit"
        ]
        assert [deterministic_view(a) for a in x.audit_json()] == [
            deterministic_view(a) for a in y.audit_json()
        ]
