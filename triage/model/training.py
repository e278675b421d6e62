"""Training loop: class-weighted BCE, Adam, mini-batches, best-epoch selection on validation AUC.

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
from triage.model.network import CnnLstm


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
def predict(model: nn.Module, ids: np.ndarray, device: torch.device, batch_size: int = 512) -> np.ndarray:
    """Probabilities for an id matrix, in eval mode (dropout off)."""
    was_training = model.training
    model.eval()
    out = []
    for start in range(0, len(ids), batch_size):
        chunk = torch.from_numpy(ids[start : start + batch_size]).to(device)
        out.append(model(chunk).float().cpu().numpy())
    model.train(was_training)
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


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
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    *,
    progress: bool = True,
    desc: str = "train",
) -> TrainResult:
    """Train one network with `cfg`; returns it with its per-epoch history (loss, validation AUC)."""
    threads = torch.get_num_threads()
    deterministic = torch.are_deterministic_algorithms_enabled()
    warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
    try:
        return _train(cfg, matrix, x_train, y_train, x_val, y_val, progress, desc)
    finally:  # leave the process as we found it (the daemon or a test may share it)
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(deterministic, warn_only=warn_only)


def _train(
    cfg: TrainConfig,
    matrix: np.ndarray,
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    progress: bool,
    desc: str,
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
    x_all = torch.from_numpy(x_train).to(device)
    y_all = torch.from_numpy(y_train.astype(np.float32)).to(device)
    weight_all = torch.where(y_all > 0.5, w_pos, w_neg)
    generator = torch.Generator().manual_seed(cfg.seed)
    loss_fn = nn.BCEWithLogitsLoss(reduction="none")

    history: list[dict[str, float]] = []
    best_auc, best_epoch, best_state = -1.0, 0, None
    started = time.perf_counter()
    n_batches = (len(x_train) + cfg.batch_size - 1) // cfg.batch_size
    epochs = tqdm(range(1, cfg.epochs + 1), desc=desc, unit="epoch", disable=not progress, leave=False)
    for epoch in epochs:
        model.train()
        order = torch.randperm(len(x_train), generator=generator).to(device)
        total = 0.0
        batches = tqdm(
            range(n_batches), desc=f"epoch {epoch}", unit="batch", disable=not progress, leave=False
        )
        for b in batches:
            idx = order[b * cfg.batch_size : (b + 1) * cfg.batch_size]
            optimizer.zero_grad(set_to_none=True)
            losses = loss_fn(model.logits(x_all[idx]), y_all[idx])
            loss = (losses * weight_all[idx]).mean()
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(idx)
        val_auc = safe_auc(y_val, predict(model, x_val, device))
        history.append({"epoch": epoch, "loss": total / len(x_train), "val_auc": val_auc})
        epochs.set_postfix(loss=f"{total / len(x_train):.4f}", val_auc=f"{val_auc:.4f}")
        if best_state is None or not cfg.keep_best_epoch or val_auc > best_auc:
            best_auc, best_epoch = val_auc, epoch
            best_state = copy.deepcopy(model.state_dict())
    model.load_state_dict(best_state)
    model = model.cpu().eval()
    return TrainResult(model, best_epoch, best_auc, history, time.perf_counter() - started)
