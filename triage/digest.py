"""The SHA-256 of a file, read in 1 MiB blocks: how artifacts, topic models, data files and replay outputs
are pinned in manifests and summaries (one definition; every layer may use it)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
