"""The topic model shipped beside the classifier (model_artifacts/topics/) and the checks that guard it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from triage.drift import store
from triage.errors import ArtifactError

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "model_artifacts" / "topics"


def test_shipped_topic_model_verifies_and_belongs_to_the_shipped_classifier() -> None:
    model, _dictionary, manifest = store.load_topic_model(SHIPPED)
    classifier = json.loads((REPO / "model_artifacts" / "manifest.json").read_text())
    assert manifest["data"]["sha256"] == classifier["training_data"]["sha256"]  # the same corpus
    assert manifest["classifier_model_version"] == classifier["model_version"]
    assert model.num_topics == manifest["k"] == len(manifest["reference_shares"])
    assert manifest["k"] in manifest["grid"] and str(manifest["k"]) in manifest["perplexities"]
    assert min(manifest["perplexities"].values()) == manifest["perplexities"][str(manifest["k"])]
    assert np.isclose(sum(manifest["reference_shares"]), 1.0, atol=1e-4)
    assert 0.0 <= manifest["reference_unknown_share"] < 0.05
    assert {"lda.gensim", "lda.gensim.state", "dictionary.gensim"} <= set(manifest["files"])
    assert (SHIPPED / "perplexity.png").read_bytes()[:4] == b"\x89PNG"
    size = sum(p.stat().st_size for p in SHIPPED.iterdir())
    assert size < 3_000_000, f"the shipped topic model is {size} bytes"


def test_a_changed_side_file_or_vocabulary_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "topics"
    shutil.copytree(SHIPPED, copy)
    state = copy / "lda.gensim.state"
    state.write_bytes(state.read_bytes() + b"\0")
    with pytest.raises(ArtifactError, match=r"lda\.gensim\.state"):
        store.load_topic_model(copy)

    classifier = tmp_path / "classifier"
    classifier.mkdir()
    shutil.copy(REPO / "model_artifacts" / "manifest.json", classifier / "manifest.json")
    (classifier / "vocab.json").write_text('{"hemorrhage": 2}\n')
    with pytest.raises(ArtifactError, match="vocabulary"):
        store.classifier_vocab(classifier)
    vocab, version = store.classifier_vocab(REPO / "model_artifacts")
    assert "hemorrhage" in vocab and version.startswith("ich-cnnlstm-")


def test_mine_fit_with_classifier_records_the_reference_unknown_share(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from triage.cli import app
    from triage.offline.synth.corpus import generate_reports, write_jsonl

    data = tmp_path / "corpus.jsonl"
    write_jsonl(generate_reports(80, seed=61), data)
    out = tmp_path / "topics"
    args = ["mine", "fit", str(data), "--out", str(out), "--grid", "2,3", "--passes", "1"]
    result = CliRunner().invoke(app, [*args, "--classifier", str(REPO / "model_artifacts")])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    shipped = json.loads((REPO / "model_artifacts" / "manifest.json").read_text())
    assert manifest["classifier_model_version"] == shipped["model_version"]
    assert 0.0 <= manifest["reference_unknown_share"] < 0.1
    assert "unknown-token share against" in result.output
    bad = CliRunner().invoke(app, [*args, "--classifier", str(tmp_path)])  # not a classifier directory
    assert bad.exit_code != 0
