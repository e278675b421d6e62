"""Shortcut audit: which words tell the class apart in a labeled corpus, other than the words that should?

A classifier learns any token whose frequency differs between the classes. In a corpus written from
templates that includes words no radiologist uses as evidence (v1: "mm", "herniation", "called" only in
positives; "large", "old" only in negatives), and a model trained on it fails on real reports. The audit
counts each token's document frequency per class over the normalized tokens of the *whole* text
(``triage.text.tokenize``, no truncation) and reports every token outside the declared ICH lexicon
(``triage/data/ich_lexicon.json``) that is more than ``ratio`` times as frequent in one class, with a
document frequency of at least ``min_df`` in that class. Pure: no I/O besides :func:`load_lexicon`.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from triage.text import tokenize

DEFAULT_RATIO = 3.0
DEFAULT_MIN_DF = 0.01


@dataclass(frozen=True, slots=True)
class Offender:
    """A token outside the lexicon whose document frequency differs between the classes."""

    token: str
    df_positive: float  # share of positive documents containing the token
    df_negative: float
    ratio: float  # larger df / smaller df (inf when the other class never has it)

    @property
    def favours(self) -> int:
        return 1 if self.df_positive >= self.df_negative else 0


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Tokens allowed to be class-dependent: ICH concept words and assertion (ConText) cue words."""

    version: str
    concepts: frozenset[str]
    cues: frozenset[str]

    @property
    def tokens(self) -> frozenset[str]:
        return self.concepts | self.cues


def load_lexicon() -> Lexicon:
    """The packaged lexicon (``triage/data/ich_lexicon.json``)."""
    raw = json.loads(resources.files("triage.data").joinpath("ich_lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(
        version=str(raw["version"]),
        concepts=frozenset(raw["concepts"]),
        cues=frozenset(raw["cues"]),  # a mapping token -> why it may differ between classes
    )


def document_frequencies(
    texts: Iterable[str], labels: Iterable[int]
) -> tuple[Counter[str], Counter[str], int, int]:
    """(df counts in positives, df counts in negatives, number of positives, number of negatives)."""
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    n_pos = n_neg = 0
    for text, label in zip(texts, labels, strict=True):
        tokens = set(tokenize(text))
        if label:
            pos.update(tokens)
            n_pos += 1
        else:
            neg.update(tokens)
            n_neg += 1
    return pos, neg, n_pos, n_neg


def audit(
    texts: Iterable[str],
    labels: Iterable[int],
    *,
    allowed: frozenset[str] | None = None,
    ratio: float = DEFAULT_RATIO,
    min_df: float = DEFAULT_MIN_DF,
) -> list[Offender]:
    """Offenders, most lopsided first. ``allowed`` defaults to the packaged lexicon. Both classes must be
    present (a one-class corpus has no contrast to audit)."""
    if allowed is None:
        allowed = load_lexicon().tokens
    pos, neg, n_pos, n_neg = document_frequencies(texts, labels)
    if not n_pos or not n_neg:
        raise ValueError(f"need both classes to audit, got {n_pos} positives and {n_neg} negatives")
    out: list[Offender] = []
    for token in set(pos) | set(neg):
        if token in allowed:
            continue
        dp, dn = pos[token] / n_pos, neg[token] / n_neg
        hi, lo = max(dp, dn), min(dp, dn)
        if hi < min_df:
            continue
        r = hi / lo if lo else math.inf
        if r > ratio:
            out.append(Offender(token, dp, dn, r))
    out.sort(key=lambda o: (-o.ratio, -max(o.df_positive, o.df_negative), o.token))
    return out


def format_table(offenders: list[Offender]) -> str:
    """Plain-text table: token, df in positives, df in negatives, ratio (one row per offender)."""
    lines = [f"{'token':<22} {'df_pos':>8} {'df_neg':>8} {'ratio':>7}"]
    for o in offenders:
        r = "inf" if math.isinf(o.ratio) else f"{o.ratio:.1f}"
        lines.append(f"{o.token:<22} {o.df_positive:>8.2%} {o.df_negative:>8.2%} {r:>7}")
    return "\n".join(lines)


__all__ = [
    "DEFAULT_MIN_DF",
    "DEFAULT_RATIO",
    "Lexicon",
    "Offender",
    "audit",
    "document_frequencies",
    "format_table",
    "load_lexicon",
]
