"""Labeled data for training and evaluation: read, normalize, split.

Training is strict: a row without text or with a label that is not 0/1 stops it with the line number (a model
trained on silently filtered data cannot be reproduced from its manifest's data hash).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import train_test_split

from triage.errors import InputFileError
from triage.model.config import TrainConfig
from triage.model.tables import file_sha256, iter_rows, parse_label, table_format
from triage.text import extract_impression, tokenize


@dataclass(frozen=True)
class Dataset:
    """Normalized reports with their (possibly noisy) labels and, for synthetic data, the true labels."""

    ids: list[str]
    tokens: list[list[str]]
    labels: np.ndarray  # int64, the annotator's label (what the model learns from)
    true_labels: np.ndarray | None  # int64, the synthetic generator's ground truth when present
    sha256: str
    path: str
    texts: list[str] | None = None  # the extracted conclusion text each report was scored on
    kinds: list[str] | None = None  # a `kind` column (challenge sets: the failure kind of each report)

    def __len__(self) -> int:
        return len(self.tokens)

    def subset(self, index: np.ndarray) -> Dataset:
        return Dataset(
            ids=[self.ids[i] for i in index],
            tokens=[self.tokens[i] for i in index],
            labels=self.labels[index],
            true_labels=None if self.true_labels is None else self.true_labels[index],
            sha256=self.sha256,
            path=self.path,
            texts=None if self.texts is None else [self.texts[i] for i in index],
            kinds=None if self.kinds is None else [self.kinds[i] for i in index],
        )


def read_dataset(
    path: Path, text_field: str = "text", label_field: str = "label", fmt: str = "auto"
) -> Dataset:
    """Read a labeled JSONL/CSV file, extract every report's conclusion (triage.text.sections) and normalize
    it; a `kind` column, when every row has one, is kept for per-kind evaluation."""
    kind = table_format(path, fmt)
    ids: list[str] = []
    texts: list[str] = []
    kinds: list[str | None] = []
    tokens: list[list[str]] = []
    labels: list[int] = []
    truths: list[int | None] = []
    for row in iter_rows(path, kind):
        if row.data is None:
            raise InputFileError(f"{path}:{row.line}: {row.error}")
        text = row.data.get(text_field)
        if not isinstance(text, str):
            raise InputFileError(f"{path}:{row.line}: no text in field {text_field!r}")
        try:
            labels.append(parse_label(row.data.get(label_field)))
            truth = row.data.get("true_label")
            truths.append(None if truth in (None, "") else parse_label(truth))
        except ValueError as exc:
            raise InputFileError(f"{path}:{row.line}: {exc}") from exc
        ids.append(str(row.data.get("id", row.line)))
        conclusion = extract_impression(text)[0]
        texts.append(conclusion)
        tokens.append(tokenize(conclusion))
        kinds.append(None if row.data.get("kind") in (None, "") else str(row.data["kind"]))
    if not tokens:
        raise InputFileError(f"{path} holds no reports")
    true_labels = None if any(t is None for t in truths) else np.asarray(truths, dtype=np.int64)
    all_kinds = None if any(k is None for k in kinds) else [str(k) for k in kinds]
    return Dataset(
        ids,
        tokens,
        np.asarray(labels, dtype=np.int64),
        true_labels,
        file_sha256(path),
        str(path),
        texts,
        all_kinds,
    )


@dataclass(frozen=True)
class Split:
    train: np.ndarray
    val: np.ndarray
    test: np.ndarray


def stratified_split(labels: np.ndarray, cfg: TrainConfig) -> Split:
    """The paper's 68/12/20 split, stratified on the label, deterministic for `cfg.seed`."""
    n = len(labels)
    index = np.arange(n)
    counts = np.bincount(labels, minlength=2)
    if counts.min() < 3:
        raise InputFileError(f"need at least 3 reports of each class to split, got {counts.tolist()}")
    rest, test = train_test_split(
        index, test_size=cfg.test_fraction, stratify=labels, random_state=cfg.seed, shuffle=True
    )
    val_share = cfg.val_fraction / (cfg.train_fraction + cfg.val_fraction)
    train, val = train_test_split(
        rest, test_size=val_share, stratify=labels[rest], random_state=cfg.seed, shuffle=True
    )
    return Split(np.sort(train), np.sort(val), np.sort(test))
