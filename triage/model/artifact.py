"""Export the trained network as the artifact the daemon and `triage label` load.

Layout of an artifact directory (the contract, see README):
  model.pt       one TorchScript module: LongTensor ids [B, max_tokens] → FloatTensor probabilities [B];
                 the word2vec matrix is inside (frozen nn.Embedding, id 0 = padding = zero vector, id 1 =
                 unknown word) and the Platt calibration (buffers); a report longer than max_tokens is
                 scored in windows (manifest "windows"), its probability the maximum over them
  vocab.json     token → id
  manifest.json  model_version, sha256 of model.pt and vocab.json, normalization_version, hyper-parameters,
                 metrics, threshold and its policy, training-data sha256, created_at, torch version
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import torch

from triage.digest import file_sha256
from triage.errors import ArtifactError
from triage.model.network import CnnLstm
from triage.text import NORMALIZATION_VERSION

MODEL_FILE = "model.pt"
VOCAB_FILE = "vocab.json"
MANIFEST_FILE = "manifest.json"
ARTIFACT_FORMAT = "triage-model/1"
# TorchScript and eager must agree to this (CPU, float32); checked on every export and in the tests
SCRIPT_TOLERANCE = 1e-6


def sha256_file(path: Path) -> str:
    return file_sha256(path)


def script_model(model: CnnLstm) -> torch.jit.ScriptModule:
    model = model.cpu().eval()
    return torch.jit.script(model)


def check_script_matches(
    model: CnnLstm, scripted: torch.jit.ScriptModule, max_tokens: int, seed: int = 0
) -> float:
    """Max |eager - TorchScript| on random ids; raises ArtifactError above SCRIPT_TOLERANCE."""
    vocab_size = model.embedding.num_embeddings
    ids = torch.randint(0, vocab_size, (64, max_tokens), generator=torch.Generator().manual_seed(seed))
    with torch.inference_mode():
        diff = float((model.cpu().eval()(ids) - scripted(ids)).abs().max())
    if diff > SCRIPT_TOLERANCE:
        raise ArtifactError(
            f"TorchScript export differs from the eager model by {diff:.2e} (> {SCRIPT_TOLERANCE})"
        )
    return diff


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def export_artifact(
    model: CnnLstm,
    vocab: dict[str, int],
    out_dir: Path,
    *,
    max_tokens: int,
    manifest_extra: dict[str, Any],
) -> dict[str, Any]:
    """Script, verify and write model.pt + vocab.json + manifest.json into `out_dir`; return the manifest.

    manifest.json is written last, so a crash midway leaves an artifact that refuses to load (hash mismatch)
    rather than one that loads the wrong weights.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    scripted = script_model(model)
    diff = check_script_matches(model, scripted, max_tokens)
    model_path = out_dir / MODEL_FILE
    tmp = model_path.with_name(MODEL_FILE + ".tmp")
    torch.jit.save(scripted, str(tmp))
    os.replace(tmp, model_path)
    vocab_bytes = (json.dumps(vocab, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    _write_atomic(out_dir / VOCAB_FILE, vocab_bytes)
    sha = sha256_file(model_path)
    created = datetime.now(UTC)
    manifest: dict[str, Any] = {
        "format": ARTIFACT_FORMAT,
        "model_version": f"ich-cnnlstm-{created:%Y%m%d}-{sha[:8]}",
        "created_at": created.isoformat(timespec="seconds"),
        "model_file": MODEL_FILE,
        "sha256": sha,
        "vocab_file": VOCAB_FILE,
        "vocab_sha256": hashlib.sha256(vocab_bytes).hexdigest(),
        "vocab_size": int(model.embedding.num_embeddings),
        "max_tokens": max_tokens,
        "padding": "left",
        "input": "LongTensor ids [B, max_tokens]; 0 = padding, 1 = unknown word",
        "output": "FloatTensor probability of intracranial hemorrhage [B]",
        "normalization_version": NORMALIZATION_VERSION,
        "torch_version": torch.__version__,
        "script_vs_eager_max_abs_diff": diff,
        **manifest_extra,
    }
    _write_atomic(out_dir / MANIFEST_FILE, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return manifest


def update_manifest(out_dir: Path, **fields: Any) -> dict[str, Any]:
    """Add fields (e.g. test metrics computed after export) without touching model.pt."""
    path = out_dir / MANIFEST_FILE
    manifest = json.loads(path.read_text())
    manifest.update(fields)
    _write_atomic(path, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return manifest
