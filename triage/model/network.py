"""The paper's network (Fig. 1): embedding → Conv1D → max-pool → LSTM (many-to-one) → dropout → logistic.

The embedding matrix (word2vec vectors; row 0 = zeros for padding, row 1 = the unknown word) lives inside the
module as a frozen `nn.Embedding`, so one TorchScript file maps token ids straight to probabilities. The Platt
calibration fitted on validation (``calibration_a``, ``calibration_b``: probability = sigmoid(a · logit + b),
a > 0 so the order of scores is kept) lives inside too, as buffers; a fresh network has a = 1, b = 0.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from triage.model.config import TrainConfig


class CnnLstm(nn.Module):
    """LongTensor ids [B, T] → FloatTensor probability of ICH [B]."""

    def __init__(
        self,
        embedding: torch.Tensor,
        filters: int = 32,
        kernel_size: int = 3,
        pool_size: int = 2,
        lstm_units: int = 300,
        dropout: float = 0.6,
    ) -> None:
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(embedding, freeze=True, padding_idx=0)
        self.conv = nn.Conv1d(embedding.shape[1], filters, kernel_size)
        self.pool = nn.MaxPool1d(pool_size)
        self.lstm = nn.LSTM(filters, lstm_units, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(lstm_units, 1)
        self.register_buffer("calibration_a", torch.ones(()))
        self.register_buffer("calibration_b", torch.zeros(()))

    def set_calibration(self, a: float, b: float) -> None:
        """Platt scaling applied by `forward` (not by `logits`, which training uses)."""
        self.calibration_a.fill_(float(a))
        self.calibration_b.fill_(float(b))

    @classmethod
    def from_config(cls, matrix: np.ndarray, cfg: TrainConfig) -> CnnLstm:
        return cls(
            torch.from_numpy(np.ascontiguousarray(matrix, dtype=np.float32)),
            filters=cfg.filters,
            kernel_size=cfg.kernel_size,
            pool_size=cfg.pool_size,
            lstm_units=cfg.lstm_units,
            dropout=cfg.dropout,
        )

    @torch.jit.export
    def logits(self, ids: torch.Tensor) -> torch.Tensor:
        x = self.embedding(ids)  # [B, T, D]
        x = torch.relu(self.conv(x.transpose(1, 2)))  # [B, F, T - k + 1]
        x = self.pool(x).transpose(1, 2)  # [B, T', F]
        _, (hidden, _) = self.lstm(x)  # hidden: [1, B, H], the state after the last step
        return self.out(self.dropout(hidden[-1])).squeeze(-1)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.calibration_a * self.logits(ids) + self.calibration_b)
