"""Outputs written whole or not at all: a file or folder is built under ``OUT.partial`` and takes its final
name only when the work ends normally. A stop (Ctrl-C, SIGTERM turned into an exception by
triage.commands.interrupts, an error) removes the partial one, so no half-written output ever stands under
its final name; one a SIGKILL left behind is replaced by the next run."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path


def partial_name(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


@contextlib.contextmanager
def partial_file(out: Path, *, mode: int | None = None, replace: bool = True) -> Iterator[Path]:
    """Yield ``OUT.partial`` to write; renamed to `out` when the body returns, removed when it raises.
    `mode`: the partial file is first created empty with these permissions (0o600 for PHI: owner only, from
    the first byte). `replace=False`: an `out` that stands when the body ends is never replaced (labels are
    hours of work): FileExistsError, and the partial file is removed."""
    tmp = partial_name(out)
    try:
        if mode is not None:
            tmp.unlink(missing_ok=True)  # one a SIGKILL left behind, perhaps with wider permissions
            os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, mode))
        yield tmp
        if not replace:
            os.link(tmp, out)  # refuses, atomically, where `out` exists
            tmp.unlink()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if replace:
        os.replace(tmp, out)


@contextlib.contextmanager
def partial_dir(out: Path, *, whole: bool) -> Iterator[Path]:
    """Yield an empty folder ``OUT.partial/`` to write; when the body returns, `whole` (a model artifact):
    it replaces `out` as one folder; else (a folder that may hold other files, e.g. `evaluate`'s) each of its
    entries replaces the one of that name in `out`. Removed when the body raises."""
    tmp = partial_name(out)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if whole:
        _swap(tmp, out)
        return
    out.mkdir(parents=True, exist_ok=True)
    for entry in sorted(tmp.iterdir()):
        _swap(entry, out / entry.name)
    tmp.rmdir()


def _swap(src: Path, dst: Path) -> None:
    """Put `src` under the name `dst`. A folder standing at `dst` is first renamed aside (``dst.old``) and
    removed only after the rename, so a stop in between leaves the old output recoverable, never nothing,
    and a non-empty folder never blocks the rename (os.replace onto it fails with ENOTEMPTY)."""
    if not dst.is_dir() or dst.is_symlink():
        os.replace(src, dst)
        return
    old = dst.with_name(dst.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    os.replace(dst, old)
    os.replace(src, dst)
    shutil.rmtree(old, ignore_errors=True)
