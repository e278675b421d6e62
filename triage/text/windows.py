"""Overlapping token windows: how a text longer than the network's input is read whole.

The paper's network sees a fixed 50-token input; with truncation alone, the deciding sentence of a long report
(a note whose imaging result comes late, a long FINDINGS fallback) is never scored. A text of ``n`` tokens is
read as windows of ``size`` tokens starting every ``stride`` tokens, the last one aligned to the end, so every
run of up to ``size - stride + 1`` consecutive tokens lies wholly inside at least one window (with 50/25: any
sentence of up to 26 tokens is seen whole, together with up to 24 tokens of its context).

The report's probability is the **maximum** over its windows (``triage.model.scorer``): a bleed stated in any
one part of a report makes the report positive, and a negation or hedge is local to the sentence it governs,
which the window keeps; averaging would let a long normal note dilute a single positive sentence. The network
is trained with the same rule (multiple-instance learning on the report label), so it learns that a window
without a finding is not evidence against the report.

``max_windows`` bounds the work per report (default 64 windows ≈ 1,600 tokens); a longer text keeps its first
``max_windows - 1`` windows and its last one (conclusions come last), and the caller reports the truncation.
"""

from __future__ import annotations

from collections.abc import Sequence

WINDOW_SIZE = 50
WINDOW_STRIDE = 25
MAX_WINDOWS = 64


def window_starts(
    n_tokens: int, size: int = WINDOW_SIZE, stride: int = WINDOW_STRIDE, max_windows: int = MAX_WINDOWS
) -> list[int]:
    """Start offsets of the windows over `n_tokens` tokens (``[0]`` for a text that fits in one window).

    Raises ValueError when size, stride or max_windows is < 1 or stride > size (tokens would be skipped).
    """
    if size < 1 or stride < 1 or max_windows < 1 or stride > size:
        raise ValueError(f"bad window geometry size={size} stride={stride} max_windows={max_windows}")
    if n_tokens <= size:
        return [0]
    starts = list(range(0, n_tokens - size, stride))
    starts.append(n_tokens - size)
    if len(starts) > max_windows:
        starts = [*starts[: max_windows - 1], starts[-1]] if max_windows > 1 else starts[:1]
    return starts


def windows(
    tokens: Sequence[str],
    size: int = WINDOW_SIZE,
    stride: int = WINDOW_STRIDE,
    max_windows: int = MAX_WINDOWS,
) -> list[Sequence[str]]:
    """The token windows of one text, in order (module docstring); an empty text gives one empty window."""
    return [tokens[s : s + size] for s in window_starts(len(tokens), size, stride, max_windows)]
