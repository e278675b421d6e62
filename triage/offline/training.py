"""Training loop: class-weighted BCE, Adam, mini-batches, best-epoch selection on validation AUC.

Reports, not windows, are the training examples (multiple-instance learning): a mini-batch is `batch_size`
reports with all their windows; a report's logit is the maximum of its windows' logits, the rule the Scorer
applies (``triage.text.windows``), so a window that says nothing about a bleed is not pushed towards the
report's label. Word dropout replaces known words by the unknown id (train only); label smoothing moves the
targets off 0/1 so the logits stay finite on separable synthetic data.

Reproducibility: `seed_everything` seeds torch/numpy/python, turns on deterministic algorithms where torch has
them, and the batch order comes from a seeded generator. On CPU the same data + seed + thread count give a
bit-identical model.pt; another thread count (or a GPU) changes float summation order and so the trajectory:
about ±0.005 test AUC in our runs (model_artifacts/MODEL_CARD.md, "Reproducibility").
"""

from __future__ import annotations

import copy
import os
import random
import time
from dataclasses import dataclass, field

import numpy as np
import torch
from sklearn.metrics import roc_auc_score
from torch import nn
from tqdm.auto import tqdm

from triage.errors import ConfigError
from triage.model.config import TrainConfig
from triage.model.device import resolve_device
from triage.model.embeddings import FIRST_WORD_ID, UNK_ID
from triage.model.network import CnnLstm
from triage.model.windowing import WindowedIds, reduce_max


def seed_everything(seed: int, threads: int | None = None) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    torch.use_deterministic_algorithms(True, warn_only=True)
    if threads:
        torch.set_num_threads(threads)


def class_weights(labels: np.ndarray, mode: str) -> tuple[float, float]:
    """sklearn's "balanced" weights n / (2 · n_c): each class contributes half of the loss."""
    if mode == "none":
        return 1.0, 1.0
    n = len(labels)
    n_pos = int(labels.sum())
    n_neg = n - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ConfigError("training data needs both classes")
    return n / (2.0 * n_neg), n / (2.0 * n_pos)


@torch.inference_mode()
def predict(
    model: CnnLstm, ids: np.ndarray, device: torch.device, batch_size: int = 512, logits: bool = False
) -> np.ndarray:
    """Probabilities (or raw logits) for an id matrix [N, T], in eval mode (dropout off)."""
    was_training = model.training
    model.eval()
    fn = model.logits if logits else model
    out = []
    for start in range(0, len(ids), batch_size):
        chunk = torch.from_numpy(ids[start : start + batch_size]).to(device)
        out.append(fn(chunk).float().cpu().numpy())
    model.train(was_training)
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def predict_reports(
    model: CnnLstm, data: WindowedIds, device: torch.device, logits: bool = False
) -> np.ndarray:
    """One score per report: the maximum over its windows (probabilities, or logits)."""
    return reduce_max(predict(model, data.ids, device, logits=logits), data.offsets)[0]


def safe_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    return float(roc_auc_score(labels, scores)) if len(np.unique(labels)) == 2 else float("nan")


@dataclass
class TrainResult:
    model: CnnLstm  # on CPU, eval mode, weights of the selected epoch
    best_epoch: int
    val_auc: float
    history: list[dict[str, float]] = field(default_factory=list)
    seconds: float = 0.0


def train_network(
    cfg: TrainConfig,
    matrix: np.ndarray,
    x_train: WindowedIds,
    y_train: np.ndarray,
    x_val: WindowedIds,
    y_val: np.ndarray,
    *,
    progress: bool = True,
    desc: str = "train",
    sample_weight: np.ndarray | None = None,
) -> TrainResult:
    """Train one network with `cfg`; returns it with its per-epoch history (loss, validation AUC).
    `sample_weight` (one per training report) multiplies each report's loss after the class weights
    (`triage train --site-weight`)."""
    threads = torch.get_num_threads()
    deterministic = torch.are_deterministic_algorithms_enabled()
    warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
    try:
        return _train(cfg, matrix, x_train, y_train, x_val, y_val, progress, desc, sample_weight)
    finally:  # leave the process as we found it (the daemon or a test may share it)
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(deterministic, warn_only=warn_only)


def _train(
    cfg: TrainConfig,
    matrix: np.ndarray,
    x_train: WindowedIds,
    y_train: np.ndarray,
    x_val: WindowedIds,
    y_val: np.ndarray,
    progress: bool,
    desc: str,
    sample_weight: np.ndarray | None = None,
) -> TrainResult:
    seed_everything(cfg.seed, cfg.threads)
    device = torch.device(resolve_device(cfg.device))
    model = CnnLstm.from_config(matrix, cfg).to(device)
    optimizer = torch.optim.Adam(
        (p for p in model.parameters() if p.requires_grad),
        lr=cfg.learning_rate,
        betas=(cfg.beta1, cfg.beta2),
    )
    w_neg, w_pos = class_weights(y_train, cfg.class_weight)
    x_all = torch.from_numpy(x_train.ids).to(device)
    offsets = x_train.offsets
    counts = x_train.counts
    y_all = torch.from_numpy(y_train.astype(np.float32)).to(device)
    weight_all = torch.where(y_all > 0.5, w_pos, w_neg)
    if sample_weight is not None:
        weight_all = weight_all * torch.from_numpy(np.asarray(sample_weight, dtype=np.float32)).to(device)
    target_all = y_all * (1.0 - cfg.label_smoothing) + 0.5 * cfg.label_smoothing
    generator = torch.Generator().manual_seed(cfg.seed)
    loss_fn = nn.BCEWithLogitsLoss(reduction="none")
    n_docs = x_train.n_docs

    history: list[dict[str, float]] = []
    best_auc, best_epoch, best_state = -1.0, 0, None
    started = time.perf_counter()
    n_batches = (n_docs + cfg.batch_size - 1) // cfg.batch_size
    epochs = tqdm(
        range(1, cfg.epochs + 1), desc=desc, unit="epoch", disable=None if progress else True, leave=False
    )
    for epoch in epochs:
        model.train()
        order = torch.randperm(n_docs, generator=generator).numpy()
        total = 0.0
        batches = tqdm(
            range(n_batches),
            desc=f"epoch {epoch}",
            unit="batch",
            disable=None if progress else True,
            leave=False,
        )
        for b in batches:
            docs = order[b * cfg.batch_size : (b + 1) * cfg.batch_size]
            rows = np.concatenate([np.arange(offsets[d], offsets[d + 1]) for d in docs])
            owner = torch.from_numpy(np.repeat(np.arange(len(docs)), counts[docs])).to(device)
            ids = x_all[torch.from_numpy(rows).to(device)]
            if cfg.word_dropout > 0:
                drop = torch.rand(ids.shape, generator=generator).to(device) < cfg.word_dropout
                ids = torch.where(drop & (ids >= FIRST_WORD_ID), torch.full_like(ids, UNK_ID), ids)
            window_logits = model.logits(ids)
            doc_logits = torch.full((len(docs),), -torch.inf, device=device).scatter_reduce(
                0, owner, window_logits, reduce="amax", include_self=True
            )
            idx = torch.from_numpy(docs).to(device)
            optimizer.zero_grad(set_to_none=True)
            losses = loss_fn(doc_logits, target_all[idx])
            loss = (losses * weight_all[idx]).mean()
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(idx)
        val_auc = safe_auc(y_val, predict_reports(model, x_val, device, logits=True))
        history.append({"epoch": epoch, "loss": total / n_docs, "val_auc": val_auc})
        epochs.set_postfix(loss=f"{total / n_docs:.4f}", val_auc=f"{val_auc:.4f}")
        if best_state is None or not cfg.keep_best_epoch or val_auc > best_auc:
            best_auc, best_epoch = val_auc, epoch
            best_state = copy.deepcopy(model.state_dict())
    model.load_state_dict(best_state)
    model = model.cpu().eval()
    return TrainResult(model, best_epoch, best_auc, history, time.perf_counter() - started)
