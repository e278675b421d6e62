"""The topic model shipped beside the classifier (model_artifacts/topics/) and the checks that guard it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from triage.errors import ArtifactError
from triage.mining import store

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
