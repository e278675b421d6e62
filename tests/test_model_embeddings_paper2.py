"""`triage train --embeddings paper2`: the second paper's word2vec (skip-gram, 256-d, hierarchical softmax,
window 10, sub-sampling 1e-4) as a preset beside the default CBOW."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triage.cli import app
from triage.errors import ConfigError
from triage.model.config import make_config
from triage.model.embeddings import train_word2vec
from triage.offline.synth.corpus import generate_reports, write_jsonl
from triage.text import tokenize


def test_presets_and_overrides() -> None:
    paper2 = make_config(None, embeddings="paper2")
    assert (paper2.w2v_algorithm, paper2.w2v_dim, paper2.w2v_hs, paper2.w2v_window, paper2.w2v_sample) == (
        "skipgram",
        256,
        True,
        10,
        1e-4,
    )
    assert paper2.recipe == "triage" and paper2.embeddings == "paper2"
    assert make_config(None, embeddings="paper2", w2v_dim=64).w2v_dim == 64  # a CLI option still wins
    cbow = make_config(None)  # the shipped model's settings stay the default
    assert (cbow.embeddings, cbow.w2v_algorithm, cbow.w2v_dim, cbow.w2v_hs, cbow.w2v_sample) == (
        "cbow",
        "cbow",
        300,
        False,
        1e-3,
    )
    assert make_config(None, recipe="paper", embeddings="paper2").max_windows == 1  # presets combine
    with pytest.raises(ConfigError, match="unknown embeddings"):
        make_config(None, embeddings="glove")


def test_word2vec_follows_the_preset() -> None:
    docs = [tokenize(r.text) for r in generate_reports(200, seed=41)]
    skip = train_word2vec(docs, make_config(None, embeddings="paper2", w2v_epochs=2))
    assert (skip.sg, skip.hs, skip.negative, skip.window, skip.sample) == (1, 1, 0, 10, 1e-4)
    assert skip.wv.vector_size == 256 and "hemorrhage" in skip.wv
    cbow = train_word2vec(docs, make_config(None, w2v_epochs=2, w2v_dim=32))
    assert (cbow.sg, cbow.hs, cbow.negative, cbow.sample) == (0, 0, 5, 1e-3)


def test_train_cli_with_paper2_embeddings(tmp_path: Path) -> None:
    data = tmp_path / "corpus.jsonl"
    write_jsonl(generate_reports(500, seed=42), data)
    out = tmp_path / "model"
    args = ["train", str(data), "--out", str(out), "--embeddings", "paper2", "--epochs", "1"]
    args += ["--w2v-epochs", "2", "--lstm-units", "8", "--threads", "1", "--device", "cpu", "--quiet"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    hyper = json.loads((out / "manifest.json").read_text())["hyperparameters"]
    assert (hyper["embeddings"], hyper["w2v_algorithm"], hyper["w2v_dim"], hyper["w2v_hs"]) == (
        "paper2",
        "skipgram",
        256,
        True,
    )
    from triage.model.scorer import Scorer

    scorer = Scorer.load(out, device="cpu")
    assert scorer.score_tokens([tokenize("Acute subdural hematoma.")]).shape == (1,)
