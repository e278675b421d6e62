"""Labeled data for training and evaluation: read, normalize, split.

Training is strict: rows without text (missing or empty), with a label that maps to neither class, or that the
CSV/JSON reader cannot use stop it, every one of them listed with its line number (a model trained on silently
filtered data cannot be reproduced from its manifest's data hash). The text and label columns are checked
against the header before any row is read. Unlabeled reports (`read_unlabeled`, word2vec only) are lenient.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import train_test_split

from triage.errors import InputFileError
from triage.model.config import TrainConfig
from triage.offline.tables import (
    DEFAULT_READ,
    BadRows,
    BadRowsError,
    ReadOptions,
    check_columns,
    csv_header,
    file_sha256,
    iter_rows,
    refuse_empty,
    table_format,
)
from triage.pipeline.clinical import document_type
from triage.text import extract_conclusion, extract_impression, tokenize


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
    # where each conclusion was found (triage.text.sections: heading / fallback_findings / fallback_full)
    sources: list[str] | None = None
    # report / note per text: the data's `doc_type` column when every row has one (doc_type_source
    # "column"), else the product's guess from the whole text (clinical.document_type: "guess")
    doc_types: list[str] | None = None
    doc_type_source: str = "guess"
    # the FINDINGS each conclusion leaves out ("" when none: triage.text.extract_conclusion), which the
    # decision core reads when the conclusion mentions no bleed, as the daemon does
    findings: list[str] | None = None

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
            sources=None if self.sources is None else [self.sources[i] for i in index],
            doc_types=None if self.doc_types is None else [self.doc_types[i] for i in index],
            doc_type_source=self.doc_type_source,
            findings=None if self.findings is None else [self.findings[i] for i in index],
        )


def read_dataset(
    path: Path,
    text_field: str = "text",
    label_field: str = "label",
    fmt: str = "auto",
    options: ReadOptions = DEFAULT_READ,
) -> Dataset:
    """Read a labeled JSONL/CSV file, extract every report's conclusion (triage.text.sections) and normalize
    it; a `kind` column, when every row has one, is kept for per-kind evaluation. `options`: encoding,
    delimiter and label values (triage.offline.tables). Raises BadRowsError listing every unusable row."""
    kind = table_format(path, fmt)
    fields = {text_field: "--text-field", label_field: "--label-field"}
    header = csv_header(path, kind, options)
    if header is not None:
        check_columns(path, header, fields)
    ids: list[str] = []
    texts: list[str] = []
    sources: list[str] = []
    findings: list[str] = []
    kinds: list[str | None] = []
    doc_types: list[str | None] = []
    guesses: list[str] = []
    tokens: list[list[str]] = []
    labels: list[int] = []
    truths: list[int | None] = []
    bad = BadRows(path)
    seen: dict[str, None] = {}  # JSONL: fields present in some row, in order (a field in none: column error)
    for row in iter_rows(path, kind, options):
        if row.data is None:
            bad.add(row.line, [str(row.error)])
            continue
        seen.update(dict.fromkeys(row.data))
        text = row.data.get(text_field)
        problems = []
        unmapped, label_problem = None, ""
        if not isinstance(text, str) or not text.strip():
            what = "missing" if text is None else ("empty" if isinstance(text, str) else "not text")
            problems.append(f"text ({text_field!r}) is {what}")
        try:
            label = options.labels(row.data.get(label_field))
        except ValueError as exc:
            value = row.data.get(label_field)
            if value in (None, ""):
                problems.append(f"label ({label_field!r}) is missing")
            else:
                unmapped, label_problem = value, str(exc)
                problems.append(label_problem)
        truth_value = row.data.get("true_label")
        try:
            truth = None if truth_value in (None, "") else options.labels(truth_value)
        except ValueError as exc:
            problems.append(f"true_label: {exc}")
        if problems:
            keys = [
                f"label ({label_field!r}) maps to neither class" if p == label_problem else p
                for p in problems
            ]  # one reason for every unmapped value: the values are counted apart
            bad.add(row.line, problems, keys=keys, label_value=unmapped)
            continue
        assert isinstance(text, str)
        labels.append(label)
        truths.append(truth)
        ids.append(str(row.data.get("id", row.line)))
        conclusion, source, left_out = extract_conclusion(text)
        texts.append(conclusion)
        sources.append(source)
        findings.append(left_out)
        tokens.append(tokenize(conclusion))
        kinds.append(None if row.data.get("kind") in (None, "") else str(row.data["kind"]))
        doc_types.append(None if row.data.get("doc_type") in (None, "") else str(row.data["doc_type"]))
        guesses.append(document_type(text))
    if header is None and (bad or not tokens) and seen:
        check_columns(path, seen, fields)  # JSONL: one message when a field is in no row at all
    if bad:
        raise BadRowsError(path, bad)
    if not tokens:
        refuse_empty(path)
        raise InputFileError(f"{path} holds no reports")
    true_labels = None if any(t is None for t in truths) else np.asarray(truths, dtype=np.int64)
    all_kinds = None if any(k is None for k in kinds) else [str(k) for k in kinds]
    column = not any(d is None for d in doc_types)
    all_doc_types = [str(d) for d in doc_types] if column else guesses
    return Dataset(
        ids,
        tokens,
        np.asarray(labels, dtype=np.int64),
        true_labels,
        file_sha256(path),
        str(path),
        texts,
        all_kinds,
        sources,
        all_doc_types,
        "column" if column else "guess",
        findings,
    )


@dataclass(frozen=True)
class Unlabeled:
    """Unlabeled reports for word2vec only: normalized tokens of each conclusion, and what was skipped."""

    tokens: list[list[str]]
    sha256: str
    path: str
    skipped: list[str]  # "file:line: why" of rows without usable text


def read_unlabeled(
    path: Path, text_field: str = "text", fmt: str = "auto", options: ReadOptions = DEFAULT_READ
) -> Unlabeled:
    """Every report's conclusion, normalized like the labeled data. Lenient: a row without text is skipped
    and counted (a hospital's dump of reports is large and never clean); the text column is still checked."""
    kind = table_format(path, fmt)
    header = csv_header(path, kind, options)
    if header is not None:
        check_columns(path, header, {text_field: "--text-field"})
    tokens: list[list[str]] = []
    skipped: list[str] = []
    for row in iter_rows(path, kind, options):
        text = None if row.data is None else row.data.get(text_field)
        if not isinstance(text, str) or not text.strip():
            skipped.append(f"{path}:{row.line}: {row.error or 'no text'}")
            continue
        tokens.append(tokenize(extract_impression(text)[0]))
    if not tokens:
        raise InputFileError(f"{path} holds no report text in field {text_field!r}")
    return Unlabeled(tokens, file_sha256(path), str(path), skipped)


@dataclass(frozen=True)
class Split:
    train: np.ndarray
    val: np.ndarray
    test: np.ndarray


def concat(first: Dataset, second: Dataset) -> Dataset:
    """`first` then `second` as one dataset (a site's labels after the synthetic corpus); true labels and
    kinds are kept only when both have them."""

    def both(a: list | None, b: list | None) -> list | None:
        return None if a is None or b is None else [*a, *b]

    truths = None
    if first.true_labels is not None and second.true_labels is not None:
        truths = np.concatenate([first.true_labels, second.true_labels])
    return Dataset(
        ids=[*first.ids, *second.ids],
        tokens=[*first.tokens, *second.tokens],
        labels=np.concatenate([first.labels, second.labels]),
        true_labels=truths,
        sha256=first.sha256,
        path=first.path,
        texts=both(first.texts, second.texts),
        kinds=both(first.kinds, second.kinds),
        sources=both(first.sources, second.sources),
        doc_types=both(first.doc_types, second.doc_types),
        doc_type_source=first.doc_type_source if first.doc_type_source == second.doc_type_source else "mixed",
        findings=both(first.findings, second.findings),
    )


def group_keys(
    path: Path, fields: tuple[str, ...] = ("accession", "id"), options: ReadOptions = DEFAULT_READ
) -> list[str]:
    """Each row's grouping key for a leakage-free split: the first of `fields` the row has (a study's
    accession, else its id), else its line number. Rows in `read_dataset` order (it refuses bad rows)."""
    keys = []
    for row in iter_rows(path, table_format(path), options):
        data = row.data or {}
        key = next((str(data[f]) for f in fields if data.get(f) not in (None, "")), f"line {row.line}")
        keys.append(key)
    return keys


def group_split(keys: list[str], cfg: TrainConfig) -> Split:
    """Train/validation/test by group: each key's share of sha256(seed:key) decides its split, so every
    report of one study (accession) lands in one split, and the split is reproducible from the key and the
    seed alone (`triage review promote-check` recomputes it)."""
    parts: dict[str, list[int]] = {"train": [], "val": [], "test": []}
    for i, key in enumerate(keys):
        parts[group_part(key, cfg.seed, cfg.val_fraction, cfg.test_fraction)].append(i)
    return Split(*(np.asarray(parts[name], dtype=np.int64) for name in ("train", "val", "test")))


def group_part(key: str, seed: int, val_fraction: float, test_fraction: float) -> str:
    """'train' | 'val' | 'test' for one group key (see `group_split`)."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    if u < test_fraction:
        return "test"
    return "val" if u < test_fraction + val_fraction else "train"


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
