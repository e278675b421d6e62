"""`-` is standard input for the offline commands that read an input (label, evaluate, parse, send): it was
"-: no such file" while /dev/stdin worked. Every "no such file" goes through one helper
(tables.existing_input), so a missing input reads the same in every command.

In-process: standard input is file descriptor 0, which the test points at a real pipe (a writer thread
feeds it) or at a regular file (`triage label - < in.jsonl`), as a shell would."""

from __future__ import annotations

import csv
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from triage.cli import main
from triage.commands.sandbox_cmds import collect_files
from triage.errors import InputFileError
from triage.offline.synth.corpus import generate_reports
from triage.offline.tables import STDIN, existing_input, require_file, table_format

HL7 = Path(__file__).parent / "data" / "hl7"


@contextmanager
def stdin_from(data: bytes, tmp_path: Path, *, pipe: bool) -> Iterator[None]:
    """File descriptor 0 reads `data` from a pipe (`cat f | triage ...`) or a regular file (`< f`)."""
    saved = os.dup(0)
    writer = None
    if pipe:
        read_end, write_end = os.pipe()

        def feed() -> None:
            with os.fdopen(write_end, "wb") as out:
                out.write(data)

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        os.dup2(read_end, 0)
        os.close(read_end)
    else:
        source = tmp_path / "redirected"
        source.write_bytes(data)
        fd = os.open(source, os.O_RDONLY)
        os.dup2(fd, 0)
        os.close(fd)
    try:
        yield
    finally:
        os.dup2(saved, 0)
        os.close(saved)
        if writer is not None:
            writer.join(5)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.mark.parametrize("pipe", [True, False], ids=["pipe", "redirect"])
def test_parse_dash_reads_stdin_like_the_file(
    pipe: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = next(p for p in sorted(HL7.iterdir()) if p.suffix == ".hl7")
    code, expected, _ = _run(["parse", str(sample)], capsys)
    with stdin_from(sample.read_bytes(), tmp_path, pipe=pipe):
        got = _run(["parse", "-"], capsys)
    assert got[0] == code and json.loads(got[1]) == json.loads(expected)


@pytest.mark.parametrize("pipe", [True, False], ids=["pipe", "redirect"])
def test_label_dash_reads_stdin(
    pipe: bool, tiny_artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = generate_reports(5, seed=3)
    data = "".join(json.dumps({"id": r.id, "text": r.text}) + "\n" for r in reports).encode()
    out = tmp_path / "o.csv"
    # --format names a pipe's format (without it the first bytes tell, as for a redirected file: below)
    fmt = ["--format", "jsonl"] if pipe else []
    with stdin_from(data, tmp_path, pipe=pipe):
        code, _, err = _run(
            ["label", "-", "--out", str(out), "--model", str(tiny_artifact), "-q", *fmt], capsys
        )
    assert code == 0, err
    assert [row["id"] for row in csv.DictReader(out.open())] == [r.id for r in reports]


def test_label_dash_from_a_pipe_without_format_is_told_by_its_first_bytes(
    tiny_artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pipe without --format is read as a redirected file is (7ad8199: it used to ask for --format)."""
    reports = generate_reports(3, seed=4)
    data = "".join(json.dumps({"id": r.id, "text": r.text}) + "\n" for r in reports).encode()
    out = tmp_path / "o.csv"
    with stdin_from(data, tmp_path, pipe=True):
        code, _, err = _run(["label", "-", "--out", str(out), "--model", str(tiny_artifact), "-q"], capsys)
    assert code == 0, err
    assert [row["id"] for row in csv.DictReader(out.open())] == [r.id for r in reports]


def test_dash_on_a_terminal_is_one_error_not_a_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("triage.offline.tables.os.isatty", lambda fd: fd == 0)
    with pytest.raises(InputFileError, match="standard input is a terminal"):
        existing_input(Path("-"))


def test_one_no_such_file_for_every_reader(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    for check in (existing_input, require_file, lambda p: collect_files([p])):
        with pytest.raises(InputFileError) as info:
            check(missing)
        assert str(info.value) == f"{missing}: no such file"
    with pytest.raises(InputFileError, match=r"^--data .*missing.jsonl: no such file$"):
        require_file(missing, "--data")


def test_send_and_evaluate_take_dash_as_stdin(tmp_path: Path) -> None:
    with stdin_from(b'{"text": "x", "label": 1}\n', tmp_path, pipe=False):
        assert collect_files([Path("-")]) == [STDIN]
        assert require_file(Path("-")) == STDIN  # evaluate's check; a pipe is copied first (readable_again)
        assert table_format(STDIN) == "jsonl"
    copy = tmp_path / "stdin"
    copy.write_text("text,label\nx,1\n")
    assert table_format(copy) == "csv"


def test_help_says_dash_is_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("label", "evaluate", "parse", "send"):
        code, out, _ = _run([command, "--help"], capsys)
        assert code == 0 and "- reads stdin" in " ".join(out.split()), command
