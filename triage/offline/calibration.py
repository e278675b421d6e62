"""Platt scaling of the network's report logits, fitted on the validation split.

probability = sigmoid(a · logit + b), fitted by maximum likelihood with Platt's target smoothing (Platt 1999,
"Probabilistic outputs for support vector machines", §2.2): positives aim at (N₊ + 1) / (N₊ + 2), negatives at
1 / (N₋ + 2). On separable data (a synthetic corpus) plain logistic regression drives a to infinity and every
score to exactly 0 or 1, which is what made the first model's threshold meaningless on real text; the smoothed
targets keep a finite, so the validation scores stay below 1 by a margin set by the validation size.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

SATURATION = 0.999  # a score above this is reported as saturated (model card, manifest)


def fit_platt(logits: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(a, b) for report logits [N] and 0/1 labels [N]. Returns the identity (1, 0) when the fit would
    reverse the order of scores (a ≤ 0: a network no better than chance on validation).
    Raises ValueError when `labels` does not hold both classes."""
    labels = np.asarray(labels).astype(np.int64)
    n_pos = int(labels.sum())
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("Platt calibration needs both classes in the validation split")
    target = np.where(labels == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    # a soft target t is the weighted pair (x, 1) with weight t and (x, 0) with weight 1 - t
    x = np.concatenate([logits, logits]).astype(np.float64).reshape(-1, 1)
    y = np.concatenate([np.ones(len(logits)), np.zeros(len(logits))])
    w = np.concatenate([target, 1.0 - target])
    fit = LogisticRegression(C=1e6, max_iter=1000).fit(x, y, sample_weight=w)
    a, b = float(fit.coef_[0, 0]), float(fit.intercept_[0])
    return (a, b) if a > 0 else (1.0, 0.0)


def saturated(scores: np.ndarray) -> int:
    """How many scores lie above ``SATURATION``."""
    return int((np.asarray(scores) > SATURATION).sum())
