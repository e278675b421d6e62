"""Device choice shared by training and scoring: auto → cuda when torch sees one, else cpu."""

from __future__ import annotations

import torch

from triage.errors import ConfigError


def resolve_device(device: str) -> str:
    """'auto' | 'cpu' | 'cuda' → 'cpu' or 'cuda'. Asking for cuda without it is a configuration error."""
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("device cuda was asked for but torch sees no CUDA device (use auto or cpu)")
    if device not in ("cpu", "cuda"):
        raise ConfigError(f"unknown device {device!r} (use auto, cpu or cuda)")
    return device
