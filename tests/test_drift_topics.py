"""LDA topic models (triage.drift.topics, store) and `triage mine fit/describe` on small corpora."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from triage.cli import app
from triage.drift import store, topics
from triage.errors import ArtifactError
from triage.offline.synth.corpus import generate_reports, write_jsonl

FAST = topics.FitConfig(seed=0, passes=3, iterations=50)


def _planted(n: int, k: int, seed: int = 0) -> list[list[str]]:
    """Documents drawn from `k` disjoint vocabularies (a corpus with k true topics)."""
    rng = random.Random(seed)
    vocab = [[f"w{t}x{i}" for i in range(25)] for t in range(k)]
    return [[rng.choice(vocab[d % k]) for _ in range(40)] for d in range(n)]


def test_heldout_split_is_a_seeded_20_percent_partition() -> None:
    train, test = topics.heldout_split(100, seed=3)
    assert len(test) == 20 and len(train) == 80 and sorted(train + test) == list(range(100))
    assert topics.heldout_split(100, seed=3) == (train, test)
    assert topics.heldout_split(100, seed=4) != (train, test)
    with pytest.raises(ValueError):
        topics.heldout_split(1)


def test_choose_k_finds_the_planted_number_of_topics() -> None:
    docs = _planted(200, 4)
    selection = topics.choose_k(docs, (2, 4, 8), FAST)
    assert selection.grid == (2, 4, 8) and len(selection.perplexities) == 3
    assert selection.k == 4
    assert selection.perplexities[1] == min(selection.perplexities)
    assert len(selection.heldout) == 40 and not set(selection.train) & set(selection.heldout)


def test_document_topics_are_distributions_and_dominant_topics_separate_the_planted_ones() -> None:
    docs = _planted(120, 3)
    dictionary = topics.make_dictionary(docs, FAST)
    model = topics.fit_lda(dictionary, docs, 3, FAST)
    shares = topics.document_topics(model, dictionary, docs)
    assert shares.shape == (120, 3) and np.allclose(shares.sum(axis=1), 1.0)
    dominant = topics.dominant_topics(shares)
    # documents of one planted topic share one dominant LDA topic, and the three map to three topics
    mapping = {d % 3: int(dominant[d]) for d in range(120)}
    assert all(int(dominant[d]) == mapping[d % 3] for d in range(120))
    assert len(set(mapping.values())) == 3
    assert np.isclose(topics.topic_shares(shares).sum(), 1.0)
    assert all(len(words) == 5 for words in topics.top_words(model, 5))


def test_fit_and_describe_on_the_synthetic_report_corpus(tmp_path: Path) -> None:
    data = tmp_path / "reports.jsonl"
    write_jsonl(generate_reports(150, seed=5), data)
    out = tmp_path / "topics"
    runner = CliRunner()
    fit = runner.invoke(
        app, ["mine", "fit", str(data), "--out", str(out), "--grid", "2,3,6", "--passes", "2"]
    )
    assert fit.exit_code == 0, fit.output
    manifest = json.loads((out / store.MANIFEST_FILE).read_text())
    assert manifest["grid"] == [2, 3, 6] and set(manifest["perplexities"]) == {"2", "3", "6"}
    chosen = manifest["k"]
    assert manifest["perplexities"][str(chosen)] == min(manifest["perplexities"].values())
    assert manifest["data"]["sha256"] == store.file_sha256(data)
    assert manifest["data"]["heldout_documents"] == 30 and manifest["data"]["documents"] == 150
    assert {"gensim", "numpy", "triage", "python"} <= set(manifest["versions"])
    assert len(manifest["reference_shares"]) == chosen
    assert (out / store.PLOT_FILE).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = (out / store.TOPICS_FILE).read_text().splitlines()
    assert table[0] == "topic\trank\tword\tprobability" and len(table) == 1 + 10 * chosen
    assert "<- chosen" in fit.output

    shares_out = tmp_path / "shares.jsonl"
    described = runner.invoke(
        app, ["mine", "describe", str(data), "--model", str(out), "--out", str(shares_out)]
    )
    assert described.exit_code == 0, described.output
    lines = [json.loads(line) for line in shares_out.read_text().splitlines()]
    assert len(lines) == 150 and all(0 <= r["topic"] < chosen for r in lines)
    assert all(abs(sum(r["shares"]) - 1) < 1e-3 for r in lines)
    assert "Jensen-Shannon divergence" in described.output
    # PHI: ids, topics and vocabulary only; no patient name reaches the output
    names = {r.patient_family for r in generate_reports(150, seed=5)}
    assert not any(name in described.output for name in names)


def test_a_tampered_model_directory_refuses_to_load(tmp_path: Path) -> None:
    docs = _planted(60, 2)
    dictionary = topics.make_dictionary(docs, FAST)
    model = topics.fit_lda(dictionary, docs, 2, FAST)
    store.save_topic_model(
        tmp_path,
        model,
        dictionary,
        words=topics.top_words(model),
        grid=(2,),
        perplexities=(1.0,),
        manifest_extra={},
    )
    store.load_topic_model(tmp_path)
    (tmp_path / store.DICTIONARY_FILE).write_bytes(b"tampered")
    with pytest.raises(ArtifactError):
        store.load_topic_model(tmp_path)
    with pytest.raises(ArtifactError):
        store.load_topic_model(tmp_path / "missing")


def test_fit_rejects_bad_grids(tmp_path: Path) -> None:
    data = tmp_path / "r.jsonl"
    write_jsonl(generate_reports(20, seed=1), data)
    result = CliRunner().invoke(
        app, ["mine", "fit", str(data), "--out", str(tmp_path / "m"), "--grid", "a,b"]
    )
    assert result.exit_code != 0
