"""The artifact contract: TorchScript == eager, round trip through Scorer, refusal of bad artifacts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from triage.errors import ArtifactError
from triage.model import Scorer
from triage.model.artifact import SCRIPT_TOLERANCE
from triage.model.embeddings import UNK_ID
from triage.model.network import CnnLstm
from triage.model.scorer import SCORE_CHUNK
from triage.model.windowing import encode_windows, reduce_max
from triage.offline.datasets import read_dataset
from triage.text import MAX_TOKENS, NORMALIZATION_VERSION, normalize_report


def _eager_twin(artifact: Path) -> CnnLstm:
    """An eager CnnLstm built from the Python class with model.pt's weights (sizes read from the manifest)."""
    manifest = json.loads((artifact / "manifest.json").read_text())
    hp = manifest["hyperparameters"]
    scripted = torch.jit.load(str(artifact / "model.pt"), map_location="cpu")
    state = scripted.state_dict()
    model = CnnLstm(
        state["embedding.weight"],
        hp["filters"],
        hp["kernel_size"],
        hp["pool_size"],
        hp["lstm_units"],
        hp["dropout"],
    )
    model.load_state_dict(state)
    return model.eval()


@pytest.fixture()
def artifact_copy(tiny_artifact: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "copy"
    shutil.copytree(tiny_artifact, dest)
    return dest


def test_manifest_has_the_contract_fields(tiny_artifact: Path) -> None:
    manifest = json.loads((tiny_artifact / "manifest.json").read_text())
    for key in (
        "model_version",
        "sha256",
        "normalization_version",
        "hyperparameters",
        "metrics",
        "threshold",
        "threshold_policy",
        "training_data",
        "created_at",
        "torch_version",
    ):
        assert key in manifest, key
    assert manifest["model_version"].startswith("ich-cnnlstm-")
    assert len(manifest["training_data"]["sha256"]) == 64
    assert 0.0 < manifest["threshold"] < 1.0


def test_round_trip_matches_eager(tiny_artifact: Path, heldout_corpus: Path) -> None:
    scorer = Scorer.load(tiny_artifact, device="cpu")
    assert scorer.device == "cpu" and scorer.normalization_version == NORMALIZATION_VERSION
    tokens = read_dataset(heldout_corpus).tokens[:300]
    assert any(len(t) > MAX_TOKENS for t in tokens)  # long reports are read in several windows
    windowed = encode_windows(tokens, scorer.vocab, scorer.windows)
    with torch.inference_mode():
        eager_windows = _eager_twin(tiny_artifact)(torch.from_numpy(windowed.ids)).numpy()
    eager = reduce_max(eager_windows, windowed.offsets)[0]
    scored = scorer.score_tokens(tokens)
    assert scored.dtype == np.float32 and scored.shape == (300,)
    assert np.abs(scored - eager).max() <= SCRIPT_TOLERANCE
    assert np.array_equal(reduce_max(scorer.score_ids(windowed.ids), windowed.offsets)[0], scored)
    # the calibration inside model.pt is the manifest's Platt fit
    calibration = json.loads((tiny_artifact / "manifest.json").read_text())["calibration"]
    twin = _eager_twin(tiny_artifact)
    assert float(twin.calibration_a) == pytest.approx(calibration["a"])
    # random ids, including padding-heavy rows, agree as well
    rnd = np.random.default_rng(0).integers(0, scorer.vocab_size, (64, MAX_TOKENS))
    rnd[:8, :45] = 0
    with torch.inference_mode():
        assert (
            np.abs(scorer.score_ids(rnd) - _eager_twin(tiny_artifact)(torch.from_numpy(rnd)).numpy()).max()
            <= 1e-6
        )


def test_encode_pads_left_truncates_and_maps_unknown_to_their_own_id(tiny_artifact: Path) -> None:
    scorer = Scorer.load(tiny_artifact, device="cpu")
    known = next(iter(scorer.vocab))
    ids = scorer.encode([known, "zzqx-never-seen"])
    assert len(ids) == MAX_TOKENS and ids[:-2] == [0] * (MAX_TOKENS - 2)
    assert ids[-2:] == [scorer.vocab[known], UNK_ID] and UNK_ID not in scorer.vocab.values()
    long = scorer.encode([known] * 80)
    assert long == [scorer.vocab[known]] * MAX_TOKENS
    assert scorer.encode([]) == [0] * MAX_TOKENS
    assert scorer.score_tokens([]).shape == (0,)
    with pytest.raises(ValueError):
        scorer.score_ids(np.zeros((2, 7), dtype=np.int64))
    # padding is the zero vector; the unknown word has a vector of its own (not padding)
    matrix = scorer.embedding_matrix()
    assert not matrix[0].any() and matrix[UNK_ID].any()


def test_scores_separate_obvious_reports(tiny_artifact: Path) -> None:
    scorer = Scorer.load(tiny_artifact, device="cpu")
    pos = normalize_report("IMPRESSION: Acute subdural hematoma along the left convexity.")
    neg = normalize_report("IMPRESSION: No acute intracranial hemorrhage.")
    p_pos, p_neg = scorer.score_tokens([pos, neg])
    assert p_pos - p_neg > 0.3, (p_pos, p_neg)


def test_scores_do_not_depend_on_batch_size(tiny_artifact: Path, heldout_corpus: Path) -> None:
    # live micro-batches, replay and `triage label` batch differently; the bytes of a score must not change
    scorer = Scorer.load(tiny_artifact, device="cpu")
    tokens = read_dataset(heldout_corpus).tokens[:150]
    whole = scorer.score_tokens(tokens)
    for size in (1, 3, 7, 64):
        chunks = [scorer.score_tokens(tokens[i : i + size]) for i in range(0, len(tokens), size)]
        pieces = np.concatenate(chunks)
        assert np.array_equal(pieces, whole), f"batch size {size} changed scores"


def test_one_torchscript_call_per_batch_gives_the_per_chunk_loop_s_bytes(tiny_artifact: Path) -> None:
    # Scorer runs every chunk inside one scripted call (the GIL released once per batch); the same bytes as
    # calling the network chunk by chunk from Python, for any number of chunks
    scorer = Scorer.load(tiny_artifact, device="cpu")
    assert scorer._chunked is not None
    rng = np.random.default_rng(0)
    for rows in (SCORE_CHUNK, 3 * SCORE_CHUNK, 37 * SCORE_CHUNK):
        ids = rng.integers(0, scorer.vocab_size, size=(rows, scorer.max_tokens))
        with torch.inference_mode():
            loop = torch.cat([scorer.module(c) for c in torch.from_numpy(ids).split(SCORE_CHUNK)])
        assert np.array_equal(scorer.score_ids(ids), loop.float().numpy().reshape(-1))


def test_tampered_model_is_refused(artifact_copy: Path) -> None:
    path = artifact_copy / "model.pt"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="sha256"):
        Scorer.load(artifact_copy, device="cpu")


def test_tampered_vocab_is_refused(artifact_copy: Path) -> None:
    vocab = json.loads((artifact_copy / "vocab.json").read_text())
    a, b = list(vocab)[:2]
    vocab[a], vocab[b] = vocab[b], vocab[a]
    (artifact_copy / "vocab.json").write_text(json.dumps(vocab))
    with pytest.raises(ArtifactError, match="vocab"):
        Scorer.load(artifact_copy, device="cpu")


def test_normalization_mismatch_is_refused(artifact_copy: Path) -> None:
    manifest = json.loads((artifact_copy / "manifest.json").read_text())
    manifest["normalization_version"] = "norm-0-old"
    (artifact_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match="norm-0-old"):
        Scorer.load(artifact_copy, device="cpu")


@pytest.mark.parametrize("missing", ["model.pt", "vocab.json", "manifest.json"])
def test_missing_file_is_refused(artifact_copy: Path, missing: str) -> None:
    (artifact_copy / missing).unlink()
    with pytest.raises(ArtifactError, match=missing):
        Scorer.load(artifact_copy, device="cpu")


def test_missing_directory_and_garbage_manifest(tmp_path: Path, artifact_copy: Path) -> None:
    with pytest.raises(ArtifactError, match="does not exist"):
        Scorer.load(tmp_path / "nope")
    (artifact_copy / "manifest.json").write_text("{not json")
    with pytest.raises(ArtifactError, match="manifest"):
        Scorer.load(artifact_copy, device="cpu")


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_cuda_scores_match_cpu(tiny_artifact: Path, heldout_corpus: Path) -> None:
    tokens = read_dataset(heldout_corpus).tokens[:256]
    cpu = Scorer.load(tiny_artifact, device="cpu").score_tokens(tokens)
    gpu = Scorer.load(tiny_artifact, device="cuda")
    assert gpu.device == "cuda"
    assert np.abs(gpu.score_tokens(tokens) - cpu).max() <= 1e-4


def test_shipped_demo_model_loads_and_matches_this_code() -> None:
    """model_artifacts/ verifies against this code (if not: bash model_artifacts/rebuild.sh)."""
    from triage.config import DEFAULT_MODEL_DIR

    scorer = Scorer.load(DEFAULT_MODEL_DIR, device="cpu")
    manifest = scorer.manifest
    assert scorer.model_version == manifest["model_version"] and scorer.model_version.startswith(
        "ich-cnnlstm-"
    )
    assert manifest["training_data"]["split"] == {"train": 8738, "validation": 1543, "test": 2571}
    assert manifest["hyperparameters"]["lstm_units"] == 300 and manifest["hyperparameters"]["w2v_dim"] == 300
    assert manifest["metrics"]["test"]["auc"] >= 0.9
    pos = normalize_report("IMPRESSION: Acute subdural hematoma along the left convexity with midline shift.")
    neg = normalize_report("IMPRESSION: No acute intracranial hemorrhage, mass effect or midline shift.")
    p_pos, p_neg = scorer.score_tokens([pos, neg])
    assert p_pos >= scorer.threshold > p_neg


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("threshold", 5, "threshold must be a number in"),
        ("threshold", float("nan"), "threshold must be a number in"),
        ("threshold", "abc", "threshold must be a number in"),
        ("windows", None, "needs a 'windows' geometry"),
        ("windows", {"size": 50, "stride": 0, "max_windows": 64}, "windows must be"),
        ("windows", {"size": 50, "stride": 25, "max_windows": 64, "aggregate": "mean"}, "windows must be"),
        ("vocab_size", 10, "does not match model.pt"),
    ],
)
def test_a_manifest_that_would_score_wrongly_is_refused(
    artifact_copy: Path, field: str, value: object, message: str
) -> None:
    """The manifest is not hashed (it is written last): its fields are checked instead."""
    manifest = json.loads((artifact_copy / "manifest.json").read_text())
    if value is None:
        manifest.pop(field)
    else:
        manifest[field] = value
    (artifact_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match=message):
        Scorer.load(artifact_copy, device="cpu")


def test_a_vocabulary_that_reuses_a_reserved_id_is_refused(artifact_copy: Path) -> None:
    import hashlib

    vocab = json.loads((artifact_copy / "vocab.json").read_text())
    vocab[next(iter(vocab))] = 1  # a word on the unknown-word id
    data = json.dumps(vocab).encode()
    (artifact_copy / "vocab.json").write_bytes(data)
    manifest = json.loads((artifact_copy / "manifest.json").read_text())
    manifest["vocab_sha256"] = hashlib.sha256(data).hexdigest()  # a consistent, but wrong, artifact
    (artifact_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match="ids must be distinct"):
        Scorer.load(artifact_copy, device="cpu")
