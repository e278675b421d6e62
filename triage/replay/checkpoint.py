"""Replay checkpoint: where an interrupted replay stopped, so `--resume` continues without gaps or duplicates.

The checkpoint is a small JSON file next to the output, replaced atomically (write temp, fsync, rename,
fsync the directory). It records:

- the exact range and the models (version + sha256): `--resume` refuses a checkpoint of another replay;
- per partition, the next offset to read (everything before it is in the output);
- the output file's length in bytes at that moment: on resume the file is cut back to it, which drops any
  line written after the checkpoint (a crash between two checkpoints), so no record appears twice;
- the lifecycle state (open Flags per accession) of every model at that moment, so the records after the
  checkpoint see the same state they would have seen without the interruption.

A completed replay leaves its checkpoint with ``complete: true``; its `states` are the final state and can
seed the next replay (`--state-snapshot`), which makes month-by-month replays chain exactly.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triage.errors import ConfigError, InputFileError

CHECKPOINT_VERSION = 1


@dataclass
class Checkpoint:
    topic_range: dict[str, Any]  # TopicRange.to_json()
    models: list[dict[str, str]]  # [{"model_version", "model_sha256"}] in CLI order
    next_offsets: dict[int, int]
    out_bytes: int | None  # length of the JSONL output covering exactly the records before next_offsets
    records_done: int
    states: list[list[dict[str, Any]]] = field(default_factory=list)  # per model: FlagState JSON objects
    counts: list[dict[str, int]] = field(default_factory=list)  # per model: decision -> audit records so far
    state_origin: str = "empty"  # how the lifecycle state was seeded (summary)
    complete: bool = False

    def to_json(self) -> bytes:
        data = {
            "checkpoint_version": CHECKPOINT_VERSION,
            "range": self.topic_range,
            "models": self.models,
            "next_offsets": {str(p): o for p, o in sorted(self.next_offsets.items())},
            "out_bytes": self.out_bytes,
            "records_done": self.records_done,
            "states": self.states,
            "counts": self.counts,
            "state_origin": self.state_origin,
            "complete": self.complete,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, raw: bytes, source: str = "checkpoint") -> Checkpoint:
        try:
            data = json.loads(raw)
            if data.get("checkpoint_version") != CHECKPOINT_VERSION:
                raise InputFileError(
                    f"{source}: unsupported checkpoint version {data.get('checkpoint_version')!r}"
                )
            return cls(
                topic_range=data["range"],
                models=list(data["models"]),
                next_offsets={int(p): int(o) for p, o in data["next_offsets"].items()},
                out_bytes=data["out_bytes"],
                records_done=int(data["records_done"]),
                states=list(data.get("states") or []),
                counts=list(data.get("counts") or []),
                state_origin=str(data.get("state_origin", "empty")),
                complete=bool(data.get("complete")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputFileError(f"{source} is not a replay checkpoint: {exc}") from exc


def default_checkpoint_path(out: Path | None, out_topic: str | None) -> Path:
    if out is not None:
        return out.with_name(out.name + ".checkpoint")
    return Path(f"replay-{out_topic}.checkpoint")


def write_checkpoint(path: Path, checkpoint: Checkpoint) -> None:
    """Atomically replace `path` (survives a crash at any point: old or new file, never half of one)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(checkpoint.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    try:
        dir_fd = os.open(path.parent or Path("."), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_checkpoint(path: Path) -> Checkpoint:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"--resume: no checkpoint at {path} (nothing to resume)") from None
    except OSError as exc:
        raise InputFileError(f"cannot read checkpoint {path}: {exc.strerror}") from exc
    return Checkpoint.from_json(raw, source=str(path))
