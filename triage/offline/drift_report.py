"""The drift report of ``triage audit drift``: per-day aggregates of a stretch of reports, a table and a PNG.

Per day (a ``datetime.date``; which clock gives the day is the caller's choice and is printed with the
report): reports, share flagged (the decision policy's positives), share of those positives graded
``critical`` by the worklist priority policy (triage.priority: a jump is a signal, of case mix or of
wording), mean unknown-token share (scored tokens outside the classifier's vocabulary), mean LDA topic mixture
and its Jensen-Shannon divergence in bits from the topic model's reference mixture (triage.drift.divergence).
Pure aggregation plus one matplotlib PNG; numbers,
dates and vocabulary words only, never report text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from triage.drift.divergence import js_divergence

__all__ = ["DayDrift", "DriftAccumulator", "render_table", "to_json", "write_plot"]


@dataclass
class DayDrift:
    """One day's aggregates; `mixture` sums to 1, `jsd` in bits ([0, 1])."""

    day: date | None  # None: the whole stretch
    reports: int
    flagged: int
    unknown_share: float
    mixture: np.ndarray
    jsd: float
    critical: int = 0  # positives graded critical (triage.priority)

    @property
    def flag_share(self) -> float:
        return self.flagged / self.reports if self.reports else 0.0

    @property
    def critical_share(self) -> float:
        """Share of the day's positives graded critical."""
        return self.critical / self.flagged if self.flagged else 0.0

    def top_topics(self, n: int = 3) -> list[tuple[int, float]]:
        """(topic, share) of the `n` largest topics of the day, largest first (ties: lower topic)."""
        order = sorted(range(len(self.mixture)), key=lambda t: (-self.mixture[t], t))[:n]
        return [(t, float(self.mixture[t])) for t in order]


@dataclass
class DriftAccumulator:
    """Running sums per day. `reference`: the topic model's reference mixture (length k)."""

    reference: Sequence[float]
    _sums: dict[date, list[Any]] = field(default_factory=dict)

    def add(
        self, day: date, shares: np.ndarray, unknown_share: float, flagged: bool, critical: bool = False
    ) -> None:
        """One report: its topic shares (length k), unknown-token share, whether it was flagged and whether
        the flag was graded critical."""
        entry = self._sums.get(day)
        if entry is None:
            entry = self._sums[day] = [0, 0, 0.0, np.zeros(len(self.reference), dtype=np.float64), 0]
        entry[0] += 1
        entry[1] += int(flagged)
        entry[2] += float(unknown_share)
        entry[3] += np.asarray(shares, dtype=np.float64)
        entry[4] += int(flagged and critical)

    def _day(
        self, day: date | None, n: int, flagged: int, unknown: float, mix: np.ndarray, critical: int
    ) -> DayDrift:
        mixture = mix / mix.sum()
        jsd = js_divergence(self.reference, mixture)
        return DayDrift(day, n, flagged, unknown / n, mixture, jsd, critical)

    def days(self) -> list[DayDrift]:
        """Every day with at least one report, in date order."""
        return [self._day(d, *self._sums[d]) for d in sorted(self._sums)]

    def total(self) -> DayDrift | None:
        """The whole stretch as one row (None when empty)."""
        if not self._sums:
            return None
        rows = list(self._sums.values())
        return self._day(
            None,
            sum(r[0] for r in rows),
            sum(r[1] for r in rows),
            sum(r[2] for r in rows),
            np.sum([r[3] for r in rows], axis=0),
            sum(r[4] for r in rows),
        )


def render_table(
    days: Sequence[DayDrift],
    total: DayDrift | None,
    *,
    top_words: Sequence[Sequence[str]] | None = None,
    reference_unknown: float | None = None,
    top: int = 3,
) -> str:
    """Fixed-width table: day, reports, flagged %, critical % (of the flagged), unknown %, JSD, top topics
    (topic:share), then the total and a legend of the topics named (their first words)."""
    lines = [
        f"{'day':<10}  {'reports':>7}  {'flagged':>7}  {'critical':>8}  {'unknown':>7}  {'JSD':>6}  "
        "top topics (share)"
    ]
    named: set[int] = set()
    for row in [*days, *([total] if total is not None else [])]:
        tops = row.top_topics(top)
        named.update(t for t, _ in tops)
        label = row.day.isoformat() if row.day is not None else "all"
        lines.append(
            f"{label:<10}  {row.reports:>7}  {row.flag_share:>6.1%}  {row.critical_share:>7.1%}  "
            f"{row.unknown_share:>6.1%}  "
            f"{row.jsd:>6.3f}  " + "  ".join(f"t{t}:{s:.2f}" for t, s in tops)
        )
    if reference_unknown is not None:
        lines.append(f"reference (training corpus): unknown {reference_unknown:.1%}, JSD 0 by definition")
    if top_words:
        lines.append("topics: " + "; ".join(f"t{t} {' '.join(top_words[t][:4])}" for t in sorted(named)))
    return "\n".join(lines)


def to_json(days: Sequence[DayDrift], total: DayDrift | None) -> dict[str, Any]:
    """The report as JSON-ready data (rounded)."""

    def row(d: DayDrift) -> dict[str, Any]:
        return {
            "day": d.day.isoformat() if d.day is not None else None,
            "reports": d.reports,
            "flagged": d.flagged,
            "flag_share": round(d.flag_share, 6),
            "critical": d.critical,
            "critical_share": round(d.critical_share, 6),
            "unknown_share": round(d.unknown_share, 6),
            "jsd": round(d.jsd, 6),
            "topic_shares": [round(float(x), 6) for x in d.mixture],
        }

    return {"days": [row(d) for d in days], "total": row(total) if total is not None else None}


def write_plot(
    path: Path, days: Sequence[DayDrift], *, reference_unknown: float | None = None, title: str = ""
) -> None:
    """PNG: JSD from the reference per day (top), unknown-token and flagged shares per day (bottom)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [d.day for d in days]
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(8, 5.5), dpi=100, sharex=True)
    ax1.plot(x, [d.jsd for d in days], marker="o", color="tab:red")
    ax1.set_ylabel("JSD from reference (bits)")
    ax1.set_ylim(bottom=0)
    ax1.set_title(title or "topic drift per day")
    ax1.grid(alpha=0.3)
    ax2.plot(x, [d.unknown_share for d in days], marker="o", label="unknown-token share")
    ax2.plot(x, [d.flag_share for d in days], marker="s", label="flagged share")
    ax2.plot(x, [d.critical_share for d in days], marker="^", label="critical share of flagged")
    if reference_unknown is not None:
        ax2.axhline(reference_unknown, linestyle="--", color="tab:blue", alpha=0.6, label="unknown, training")
    ax2.set_ylabel("share of reports / tokens")
    ax2.set_ylim(bottom=0)
    ax2.grid(alpha=0.3)
    ax2.legend(fontsize=8)
    import matplotlib.dates as mdates

    ax2.set_xticks(x)
    ax2.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def write_perplexity_plot(path: Path, grid: Sequence[int], perplexities: Sequence[float], k: int) -> None:
    """PNG of held-out perplexity against the number of topics, the chosen k marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    ax.plot(list(grid), list(perplexities), marker="o")
    chosen = list(grid).index(k)
    ax.scatter([k], [perplexities[chosen]], s=120, facecolors="none", edgecolors="red", label=f"k = {k}")
    ax.set_xlabel("number of topics k")
    ax.set_ylabel("held-out perplexity (20 %)")
    ax.set_title("LDA model selection by held-out perplexity")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
