"""CLI commands (placeholder: filled in by the owning work stream)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""
