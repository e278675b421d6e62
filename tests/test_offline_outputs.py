"""Outputs written whole or not at all (triage.offline.outputs): an existing output, a folder included, is
replaced; a stop inside the body leaves the old output untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.offline.outputs import partial_dir, partial_file


def _tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_whole_folder_replaces_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "model"
    (out / "sub").mkdir(parents=True)
    (out / "sub" / "old.txt").write_text("old")
    with partial_dir(out, whole=True) as tmp:
        (tmp / "new.txt").write_text("new")
    assert _tree(out) == {"new.txt": "new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]


def test_entries_replace_non_empty_folders_of_the_same_name(tmp_path: Path) -> None:
    out = tmp_path / "eval"
    (out / "plots").mkdir(parents=True)
    (out / "plots" / "old.png").write_text("old")
    (out / "keep.md").write_text("kept")
    with partial_dir(out, whole=False) as tmp:
        (tmp / "plots").mkdir()
        (tmp / "plots" / "roc.png").write_text("new")
        (tmp / "table.md").write_text("t")
    assert _tree(out) == {"keep.md": "kept", "plots/roc.png": "new", "table.md": "t"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eval"]


def test_a_stop_in_the_body_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "model"
    out.mkdir()
    (out / "a.txt").write_text("old")
    with pytest.raises(KeyboardInterrupt), partial_dir(out, whole=True) as tmp:
        (tmp / "a.txt").write_text("half")
        raise KeyboardInterrupt
    assert _tree(out) == {"a.txt": "old"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]


def test_a_file_with_a_mode_is_created_with_it_before_the_first_byte(tmp_path: Path) -> None:
    out = tmp_path / "labels.db"
    with partial_file(out, mode=0o600) as tmp:
        assert tmp.stat().st_mode & 0o777 == 0o600 and tmp.read_bytes() == b""
        tmp.write_bytes(b"rows")
    assert out.read_bytes() == b"rows" and out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.db"]


def test_a_file_that_must_not_be_replaced_is_kept_when_it_appears_meanwhile(tmp_path: Path) -> None:
    """replace=False: an output written by someone else while the body ran is never overwritten."""
    out = tmp_path / "labels.db"
    with pytest.raises(FileExistsError), partial_file(out, replace=False) as tmp:
        tmp.write_text("new")
        out.write_text("theirs")
    assert out.read_text() == "theirs" and sorted(p.name for p in tmp_path.iterdir()) == ["labels.db"]
    with partial_file(out.with_name("fresh.db"), replace=False) as tmp:
        tmp.write_text("new")
    assert (tmp_path / "fresh.db").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.db", "labels.db"]
