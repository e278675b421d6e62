"""Reports → window id rows and back: the one place that turns token lists into network input and window
scores into report scores, shared by training, evaluation and the Scorer (so all of them read a report the
same way). The window rule and why the maximum decides: ``triage.text.windows``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from triage.model.embeddings import encode_batch
from triage.text import window_starts


@dataclass(frozen=True, slots=True)
class WindowSpec:
    """Window geometry in tokens; ``max_windows=1`` is the paper's truncation to the first `size` tokens."""

    size: int = 50
    stride: int = 25
    max_windows: int = 64

    def as_dict(self) -> dict[str, int | str]:
        return {"size": self.size, "stride": self.stride, "max_windows": self.max_windows, "aggregate": "max"}

    @classmethod
    def from_manifest(cls, manifest: dict[str, object]) -> WindowSpec:
        """The artifact's geometry; artifacts without one read only their first window (the paper)."""
        spec = manifest.get("windows")
        size = int(manifest.get("max_tokens", 50))  # type: ignore[arg-type]
        if not isinstance(spec, dict):
            return cls(size, size, 1)
        return cls(int(spec.get("size", size)), int(spec["stride"]), int(spec["max_windows"]))


@dataclass(frozen=True, slots=True)
class WindowedIds:
    """`ids` int64 [W, size], the windows of every report in report order; report d owns rows
    ``offsets[d]:offsets[d + 1]`` (always at least one row, all padding for an empty report)."""

    ids: np.ndarray
    offsets: np.ndarray

    @classmethod
    def one_each(cls, ids: np.ndarray) -> WindowedIds:
        """One window per report (the paper's input)."""
        return cls(np.asarray(ids, dtype=np.int64), np.arange(len(ids) + 1, dtype=np.int64))

    @property
    def n_docs(self) -> int:
        return len(self.offsets) - 1

    @property
    def counts(self) -> np.ndarray:
        return np.diff(self.offsets)

    def subset(self, docs: np.ndarray) -> WindowedIds:
        """The windows of reports `docs` (in that order)."""
        rows = np.concatenate([np.arange(self.offsets[d], self.offsets[d + 1]) for d in docs])
        return WindowedIds(self.ids[rows], np.concatenate([[0], np.cumsum(self.counts[docs])]))


def encode_windows(docs: Sequence[Sequence[str]], vocab: dict[str, int], spec: WindowSpec) -> WindowedIds:
    """Token lists → WindowedIds (each window encoded like one paper input: unknown → 1, left padding)."""
    windows: list[Sequence[str]] = []
    offsets = [0]
    for tokens in docs:
        starts = window_starts(len(tokens), spec.size, spec.stride, spec.max_windows)
        windows.extend(tokens[s : s + spec.size] for s in starts)
        offsets.append(len(windows))
    return WindowedIds(encode_batch(windows, vocab, spec.size), np.asarray(offsets, dtype=np.int64))


def reduce_max(window_scores: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per report: the maximum window score and the index (within the report) of the first window reaching
    it. Shapes: [W] and [D + 1] → [D], [D]."""
    if len(offsets) <= 1:
        return np.zeros(0, dtype=window_scores.dtype), np.zeros(0, dtype=np.int64)
    best = np.maximum.reduceat(window_scores, offsets[:-1])
    which = np.empty(len(best), dtype=np.int64)
    for d in range(len(best)):
        which[d] = int(np.argmax(window_scores[offsets[d] : offsets[d + 1]]))
    return best, which
