"""Load a verified artifact and score normalized reports in batches (the daemon's and `triage label`'s model).

Loading refuses anything it cannot vouch for: a missing file, a model.pt or vocab.json whose sha256 differs
from the manifest (tampered or half-copied), or an artifact trained with another normalization version than
this code's (the model would silently see different tokens).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from triage.errors import ArtifactError
from triage.model.artifact import MANIFEST_FILE, MODEL_FILE, VOCAB_FILE
from triage.model.device import resolve_device
from triage.model.embeddings import encode, encode_batch, unknown_share
from triage.model.windowing import WindowSpec, encode_windows, reduce_max
from triage.text import NORMALIZATION_VERSION

_REBUILD_HINT = "rebuild it with `bash model_artifacts/rebuild.sh` or `triage train DATA --out DIR`"


def usable_cpus() -> int:
    """CPUs this process may really use: its affinity mask, capped by a cgroup CPU quota (a Kubernetes CPU
    limit shows up only there; the host's core count would oversubscribe it)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    for path, parse in (
        ("/sys/fs/cgroup/cpu.max", _quota_v2),
        ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", _quota_v1),
    ):
        try:
            quota = parse(Path(path))
        except (OSError, ValueError):
            continue
        if quota is not None:
            cpus = min(cpus, max(1, int(quota)))
        break
    return max(1, cpus)


def _quota_v2(path: Path) -> float | None:
    limit, period = path.read_text().split()[:2]
    return None if limit == "max" else int(limit) / int(period)


def _quota_v1(path: Path) -> float | None:
    quota = int(path.read_text())
    if quota <= 0:
        return None
    return quota / int((path.parent / "cpu.cfs_period_us").read_text())


def _set_threads(threads: int | None) -> None:
    """`threads` if given, else at most `usable_cpus()`: oversubscribed intra-op threads make every batch wait
    for a descheduled thread (measured here: batch 64 drops from ~8,000 to a few hundred reports/s)."""
    if threads:
        torch.set_num_threads(threads)
    elif torch.get_num_threads() > usable_cpus():
        torch.set_num_threads(usable_cpus())


def _check_contract(model_dir: Path, manifest: dict[str, Any], vocab: Any, module: Any) -> None:
    """What the hashes cannot vouch for (the manifest is not hashed: it is written last and edited by
    `update_manifest`): refuse an artifact whose threshold, window geometry or vocabulary would make scoring
    silently wrong or fail on the first report. Raises ArtifactError naming the field."""

    def bad(what: str) -> ArtifactError:
        return ArtifactError(f"{model_dir / MANIFEST_FILE}: {what}; {_REBUILD_HINT}")

    threshold = manifest["threshold"]
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0.0 <= threshold <= 1.0:
        raise bad(f"threshold must be a number in [0, 1], got {threshold!r}")
    max_tokens = manifest.get("max_tokens", 50)
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise bad(f"max_tokens must be a positive integer, got {max_tokens!r}")
    windows = manifest.get("windows")
    if windows is None and manifest.get("recipe", "paper") != "paper":
        raise bad(f"recipe {manifest.get('recipe')!r} needs a 'windows' geometry")
    if windows is not None:
        ok = isinstance(windows, dict) and windows.get("aggregate", "max") == "max"
        values = [windows.get(k) for k in ("size", "stride", "max_windows")] if ok else []
        ok = ok and all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in values)
        if not ok or values[0] != max_tokens or values[1] > values[0]:
            raise bad(
                f"windows must be {{size = max_tokens, 1 <= stride <= size, max_windows >= 1}}, "
                f"got {windows!r}"
            )
    rows = int(module.embedding.weight.shape[0])
    if manifest.get("vocab_size", rows) != rows:
        raise bad(
            f"vocab_size {manifest.get('vocab_size')!r} does not match model.pt's {rows} embedding rows"
        )
    first = 2 if "unknown_id" in manifest else 1  # ids 0 (padding) and 1 (unknown word) are reserved
    if not isinstance(vocab, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in vocab.items()
    ):
        raise ArtifactError(f"{model_dir / VOCAB_FILE} must map words to integer ids; {_REBUILD_HINT}")
    ids = list(vocab.values())
    if len(set(ids)) != len(ids) or (ids and (min(ids) < first or max(ids) >= rows)):
        raise ArtifactError(
            f"{model_dir / VOCAB_FILE}: ids must be distinct and in [{first}, {rows}); {_REBUILD_HINT}"
        )


# Rows per forward pass; see Scorer.score_ids. 4, not 16: the live daemon at 100 msg/s scores 1-3 reports per
# batch, and a 16-row pass costs 5.1 ms against 1.5 ms for 4 rows on this machine (2,660 vs 3,110 rows/s).
SCORE_CHUNK = 4


class _Chunked(torch.nn.Module):
    """The network on consecutive SCORE_CHUNK-row chunks inside one TorchScript call: the same graph on the
    same chunks as a Python loop over them (bit-identical), but the GIL is released once per batch instead
    of once per chunk, so a scoring thread is not held up at every chunk by the loop thread's Python (with
    a busy Python thread each re-acquisition waited up to the interpreter's 5 ms switch interval)."""

    def __init__(self, inner: torch.nn.Module, chunk: int) -> None:
        super().__init__()
        self.inner = inner
        self.chunk = chunk

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([self.inner(c) for c in x.split(self.chunk)])


def _chunked(module: torch.nn.Module) -> torch.jit.ScriptModule | None:
    """`module` in a scripted _Chunked; None when it cannot be scripted (a plain test module)."""
    try:
        scripted = torch.jit.script(_Chunked(module, SCORE_CHUNK))
    except Exception:
        return None
    scripted.eval()
    return scripted


@dataclass(frozen=True, slots=True)
class ReportScores:
    """Scores of a batch of D reports: `probabilities` float32 [D] (the maximum window), `window` int64 [D]
    (index of the deciding window within its report), `windows` int64 [D] (windows read), `unknown_share`
    float64 [D] (share of tokens outside the vocabulary)."""

    probabilities: np.ndarray
    window: np.ndarray
    windows: np.ndarray
    unknown_share: np.ndarray


class Scorer:
    """A loaded artifact. Thread-compatible for scoring (no state changes after load)."""

    def __init__(
        self,
        module: torch.jit.ScriptModule,
        vocab: dict[str, int],
        manifest: dict[str, Any],
        device: str,
    ) -> None:
        self.module = module
        self._chunked = _chunked(module)
        self.vocab = vocab
        self.manifest = manifest
        self.device = device
        self.model_version: str = manifest["model_version"]
        self.sha256: str = manifest["sha256"]
        self.normalization_version: str = manifest["normalization_version"]
        self.threshold: float = float(manifest["threshold"])
        self.max_tokens: int = int(manifest.get("max_tokens", 50))
        self.vocab_size: int = int(manifest.get("vocab_size", len(vocab) + 2))
        self.windows = WindowSpec.from_manifest(manifest)

    @classmethod
    def load(cls, model_dir: Path, device: str = "auto", threads: int | None = None) -> Scorer:
        """Verify and load `model_dir`; `threads`: torch CPU threads (None: at most the usable CPUs)."""
        model_dir = Path(model_dir)
        device = resolve_device(device)
        if not model_dir.is_dir():
            raise ArtifactError(f"model artifact directory {model_dir} does not exist; {_REBUILD_HINT}")
        for name in (MANIFEST_FILE, MODEL_FILE, VOCAB_FILE):
            if not (model_dir / name).is_file():
                raise ArtifactError(f"model artifact {model_dir} has no {name}; {_REBUILD_HINT}")
        try:
            manifest = json.loads((model_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
            if not isinstance(manifest, dict):
                raise ValueError("not a JSON object")
            for key in ("model_version", "sha256", "normalization_version", "threshold"):
                if key not in manifest:
                    raise ValueError(f"missing {key!r}")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ArtifactError(
                f"{model_dir / MANIFEST_FILE} is not a valid manifest ({exc}); {_REBUILD_HINT}"
            ) from exc

        model_bytes = (model_dir / MODEL_FILE).read_bytes()
        actual = hashlib.sha256(model_bytes).hexdigest()
        if actual != manifest["sha256"]:
            raise ArtifactError(
                f"{model_dir / MODEL_FILE} has sha256 {actual[:16]}…, the manifest says "
                f"{str(manifest['sha256'])[:16]}…: the file was modified or copied incompletely; "
                f"restore the artifact from its source or {_REBUILD_HINT}"
            )
        vocab_bytes = (model_dir / VOCAB_FILE).read_bytes()
        if "vocab_sha256" in manifest and hashlib.sha256(vocab_bytes).hexdigest() != manifest["vocab_sha256"]:
            raise ArtifactError(
                f"{model_dir / VOCAB_FILE} does not match the manifest's vocab_sha256; restore the artifact "
                f"or {_REBUILD_HINT}"
            )
        if manifest["normalization_version"] != NORMALIZATION_VERSION:
            raise ArtifactError(
                f"model {manifest['model_version']} was trained on text normalized with "
                f"{manifest['normalization_version']!r}, but this code normalizes with "
                f"{NORMALIZATION_VERSION!r}; retrain the model with this version (`triage train`) "
                f"or run the triage version it was built with"
            )
        try:
            vocab = json.loads(vocab_bytes.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ArtifactError(f"{model_dir / VOCAB_FILE} is not valid JSON ({exc})") from exc
        _set_threads(threads)
        try:
            module = torch.jit.load(str(model_dir / MODEL_FILE), map_location=device)
        except (RuntimeError, ValueError) as exc:
            raise ArtifactError(f"cannot load {model_dir / MODEL_FILE} as TorchScript: {exc}") from exc
        module.eval()
        _check_contract(model_dir, manifest, vocab, module)
        scorer = cls(module, vocab, manifest, device)
        scorer._warm_up()
        return scorer

    def _warm_up(self) -> None:
        """TorchScript profiles its first calls; pay that at load time, not on the first live message."""
        for batch in (1, 8):
            self.score_ids(np.zeros((batch, self.max_tokens), dtype=np.int64))

    def encode(self, tokens: Sequence[str]) -> list[int]:
        """Ids of one window of tokens, truncated/padded (left) to max_tokens; unknown words → 1."""
        return encode(tokens, self.vocab, self.max_tokens)

    def encode_batch(self, batch: Sequence[Sequence[str]]) -> np.ndarray:
        """[len(batch), max_tokens] ids, each row the first window of a report (see `encode`)."""
        return encode_batch(batch, self.vocab, self.max_tokens)

    def score_reports(self, batch: Sequence[Sequence[str]]) -> ReportScores:
        """Score whole reports (their full normalized token lists) in windows: the artifact's geometry
        (manifest ``windows``; an artifact without one reads its first max_tokens tokens, as the paper)."""
        windowed = encode_windows(batch, self.vocab, self.windows)
        probabilities, window = reduce_max(self.score_ids(windowed.ids), windowed.offsets)
        unknown = np.asarray([unknown_share(t, self.vocab) for t in batch], dtype=np.float64)
        return ReportScores(probabilities, window, windowed.counts, unknown)

    def score_tokens(self, batch: Sequence[Sequence[str]]) -> np.ndarray:
        """Probabilities (float32, one per report) for a batch of normalized token lists (`score_reports`)."""
        return self.score_reports(batch).probabilities

    def score_ids(self, ids: np.ndarray) -> np.ndarray:
        """Probabilities for an int id matrix [B, max_tokens]."""
        ids = np.asarray(ids)
        if ids.ndim != 2 or ids.shape[1] != self.max_tokens:
            raise ValueError(f"ids must have shape [B, {self.max_tokens}], got {list(ids.shape)}")
        if ids.shape[0] == 0:
            return np.zeros(0, dtype=np.float32)
        if ids.min() < 0 or ids.max() >= self.vocab_size:
            raise ValueError(f"ids must lie in [0, {self.vocab_size})")
        # Always run the network on whole chunks of SCORE_CHUNK rows (the last one padded with zero rows): the
        # float result of a row then never depends on how many other reports shared its micro-batch, so the
        # live daemon, a replay and `triage label` give bit-identical scores whatever their batch sizes.
        n = ids.shape[0]
        padded = -(-n // SCORE_CHUNK) * SCORE_CHUNK
        matrix = np.zeros((padded, self.max_tokens), dtype=np.int64)
        matrix[:n] = ids
        tensor = torch.from_numpy(matrix).to(self.device)
        with torch.inference_mode():
            if self._chunked is not None:
                probs = self._chunked(tensor)
            else:
                probs = torch.cat([self.module(chunk) for chunk in tensor.split(SCORE_CHUNK)])
        return probs.float().cpu().numpy().astype(np.float32, copy=False).reshape(-1)[:n]

    def embedding_matrix(self) -> np.ndarray:
        """The word2vec vectors inside model.pt (row i = word with id i)."""
        return self.module.embedding.weight.detach().float().cpu().numpy()

    def predict(self, probabilities: np.ndarray) -> np.ndarray:
        """0/1 at the artifact's threshold (positive when probability >= threshold)."""
        return (np.asarray(probabilities) >= self.threshold).astype(np.int64)
