"""Pure statistics for the site report: Wilson intervals on weighted (stratified) samples, Cohen's kappa.

Why weighted: the random sample is stratified by the product's decision (positives are rare, so they are
over-sampled). Each labeled report of stratum h stands for ``w_h = N_h / n_h`` reports of the site's feed
(N_h reports in the stratum, n_h of them labeled), so a proportion is estimated as
``p = sum(w * y) / sum(w)`` over the reports it concerns (Horvitz-Thompson ratio estimator), and its Wilson
interval uses Kish's effective sample size ``n_eff = sum(w)^2 / sum(w^2)``. With equal weights this is the
ordinary Wilson interval on the raw counts (triage.pipeline.clinical.wilson, the one `evaluate` uses).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from triage.pipeline.clinical import wilson

Z95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Estimate:
    """A proportion with its 95 % Wilson interval; `n` labeled reports behind it, `n_eff` Kish's effective
    size. `value` is None when no report qualifies (e.g. sensitivity with no bleed labeled)."""

    value: float | None
    low: float | None
    high: float | None
    n: int
    n_eff: float

    def as_dict(self) -> dict[str, float | int | None]:
        return {"value": self.value, "low": self.low, "high": self.high, "n": self.n, "n_eff": self.n_eff}


def weighted_proportion(successes: Sequence[bool], weights: Sequence[float], z: float = Z95) -> Estimate:
    """Weighted share of True in `successes` with a Wilson interval on Kish's effective n (module doc)."""
    if len(successes) != len(weights):
        raise ValueError("successes and weights differ in length")
    total = sum(weights)
    if not successes or total <= 0:
        return Estimate(None, None, None, len(successes), 0.0)
    p = sum(w for s, w in zip(successes, weights, strict=True) if s) / total
    n_eff = total * total / sum(w * w for w in weights)
    low, high = wilson(p * n_eff, n_eff, z) or (0.0, 1.0)
    low, high = min(low, p), max(high, p)  # float rounding at p = 0 or 1
    return Estimate(p, low, high, len(successes), n_eff)


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two readers' categorical answers (one pair per double-read report); None when
    undefined (no pairs, or both readers always gave one and the same answer)."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    categories = {a for a, _ in pairs} | {b for _, b in pairs}
    expected = sum(
        (sum(1 for a, _ in pairs if a == c) / n) * (sum(1 for _, b in pairs if b == c) / n)
        for c in categories
    )
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)
