"""Topic drift: how far the topic mixture of a stretch of reports is from the reference mixture.

Source: issue 12 ("Drift, for audits and operations"): the drift score against the shipped reference is the
Jensen-Shannon divergence of topic shares, the topics being the second paper's LDA document topics
(triage.drift.topics). JSD(P || Q) = ½ KL(P || M) + ½ KL(Q || M), M = ½ (P + Q), here in bits (log base 2),
so it lies in [0, 1]: 0 for identical mixtures, 1 for mixtures without a common topic. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["RollingMixture", "js_divergence", "rolling_drift"]


def _distribution(values: Sequence[float] | np.ndarray, name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=np.float64)
    if arr.ndim != 1 or len(arr) == 0:
        raise ValueError(f"{name} must be a non-empty vector of topic shares")
    if np.any(arr < 0) or not np.isfinite(arr).all():
        raise ValueError(f"{name} has negative or non-finite shares")
    total = arr.sum()
    if total <= 0:
        raise ValueError(f"{name} sums to zero")
    return arr / total


def js_divergence(p: Sequence[float] | np.ndarray, q: Sequence[float] | np.ndarray) -> float:
    """Jensen-Shannon divergence in bits between two topic mixtures (normalized first), in [0, 1]."""
    a, b = _distribution(p, "p"), _distribution(q, "q")
    if a.shape != b.shape:
        raise ValueError(f"topic mixtures differ in length: {len(a)} != {len(b)}")
    m = 0.5 * (a + b)

    def kl(x: np.ndarray) -> float:
        mask = x > 0
        return float(np.sum(x[mask] * np.log2(x[mask] / m[mask])))

    return float(min(1.0, max(0.0, 0.5 * kl(a) + 0.5 * kl(b))))


def rolling_drift(
    reference: Sequence[float] | np.ndarray, shares: Iterable[Sequence[float]] | np.ndarray, window: int
) -> list[float]:
    """Drift score after each full window: JSD between `reference` and the mean topic shares of the last
    `window` documents (one value per document from the `window`-th on)."""
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    rows = np.asarray(list(shares) if not isinstance(shares, np.ndarray) else shares, dtype=np.float64)
    if len(rows) < window:
        return []
    sums = np.cumsum(np.vstack([np.zeros(rows.shape[1]), rows]), axis=0)
    return [
        js_divergence(reference, (sums[i] - sums[i - window]) / window) for i in range(window, len(rows) + 1)
    ]


class RollingMixture:
    """The last `window` reports' topic shares (each a length-k vector) and unknown-token shares, with
    running sums so the mixture costs O(k) per report. Not thread-safe: one owner (the drift thread).

    ``mixture()`` is the mean topic share of the window (None while empty); ``unknown_share()`` the mean
    unknown-token share of the reports that carried one (None when none did); ``jsd(reference)`` the
    Jensen-Shannon divergence in bits of the window's mixture from `reference` (None while empty)."""

    def __init__(self, k: int, window: int) -> None:
        if k < 1 or window < 1:
            raise ValueError(f"need k >= 1 and window >= 1, got k={k}, window={window}")
        from collections import deque

        self.k = k
        self.window = window
        self._rows: deque[tuple[np.ndarray, float | None]] = deque()
        self._sum = np.zeros(k, dtype=np.float64)
        self._unknown_sum = 0.0
        self._unknown_n = 0

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, shares: Sequence[float] | np.ndarray, unknown_share: float | None = None) -> None:
        """Append one report; the oldest leaves once the window is full."""
        row = np.asarray(shares, dtype=np.float64)
        if row.shape != (self.k,):
            raise ValueError(f"expected {self.k} topic shares, got shape {row.shape}")
        self._rows.append((row, unknown_share))
        self._sum += row
        if unknown_share is not None:
            self._unknown_sum += float(unknown_share)
            self._unknown_n += 1
        if len(self._rows) > self.window:
            old, old_unknown = self._rows.popleft()
            self._sum -= old
            if old_unknown is not None:
                self._unknown_sum -= old_unknown
                self._unknown_n -= 1

    def mixture(self) -> np.ndarray | None:
        if not self._rows:
            return None
        mean = np.clip(self._sum / len(self._rows), 0.0, None)  # running sums: clip float dust below 0
        return mean / mean.sum()

    def unknown_share(self) -> float | None:
        if self._unknown_n == 0:
            return None
        return max(0.0, self._unknown_sum / self._unknown_n)

    def jsd(self, reference: Sequence[float] | np.ndarray) -> float | None:
        mix = self.mixture()
        return None if mix is None else js_divergence(reference, mix)
