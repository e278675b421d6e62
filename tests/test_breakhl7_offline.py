"""The offline CLI given input nobody here wrote the way it arrives: a pipe (`/dev/stdin`, a FIFO), a file
whose format its name does not tell. Real processes, the tiny trained model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_fifo_stop import _waits_for_a_writer

pytestmark = pytest.mark.timeout(180)

REPO = Path(__file__).resolve().parent.parent
ROWS = [
    {"id": "1", "text": "Acute subdural hematoma along the left convexity."},
    {"id": "2", "text": "No intracranial hemorrhage. No mass effect."},
]
CSV = "id;text\r\n1;Acute subdural hematoma along the left convexity.\r\n2;No intracranial hemorrhage.\r\n"


def _triage(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("TRIAGE_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        input=None if stdin is None else stdin.decode(),
        capture_output=True,
        text=True,
        env=env,
        timeout=150,
    )


@pytest.mark.parametrize(
    ("fmt", "data"), [("jsonl", "".join(json.dumps(r) + "\n" for r in ROWS)), ("csv", CSV)]
)
def test_label_reads_a_pipe_in_the_format_named_by_format(
    tiny_artifact: Path, tmp_path: Path, fmt: str, data: str
) -> None:
    """`... | triage label /dev/stdin --format jsonl`: before, --format was not used to find the text column,
    so the command said "cannot tell the format of /dev/stdin from its extension; pass --format jsonl|csv"
    with --format given; and a pipe, read once for the header, had nothing left for the rows."""
    out = tmp_path / "labeled.jsonl"
    done = _triage(
        "label", "/dev/stdin", "--format", fmt, "-o", str(out), "--model", str(tiny_artifact), "-q",
        stdin=data.encode(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["1", "2"] and all(r["prediction"] in (0, 1) for r in rows)
    assert "hematoma" not in done.stderr  # no report text on stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "hl7"])
def test_label_without_format_tells_a_pipe_by_its_first_bytes(tmp_path: Path, fmt: str) -> None:
    """`cat reports.csv | triage label - -o o.jsonl` was "cannot tell the format of /dev/stdin from its
    extension; pass --format jsonl|csv|hl7", while a file redirected into `-` (and `evaluate -`) was told by
    its first character: the pipe's copy is now told the same way (HL7 by MSH/FHS/BHS)."""
    hl7 = (
        "MSH|^~\\&|RIS|H|TRIAGE|H|20240101||ORU^R01|P1|P|2.5.1\r"
        "PID|1||123^^^H^MR\r"
        "OBR|1|P1|F1|CTHEAD^CT HEAD|||20240101|||||||||||ACC1||||20240101||CT|F\r"
        "OBX|1|TX|18748-4^R^LN||IMPRESSION: Acute subdural hematoma along the left convexity.||||||F\r"
    )
    data = {"csv": CSV, "jsonl": "".join(json.dumps(r) + "\n" for r in ROWS), "hl7": hl7}[fmt]
    out = tmp_path / "o.jsonl"
    model = REPO / "model_artifacts"  # the shipped model: only the reading is under test
    done = _triage("label", "-", "-o", str(out), "--model", str(model), "-q", stdin=data.encode())
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == (1 if fmt == "hl7" else 2) and all(r["prediction"] in (0, 1) for r in rows)
    assert rows[0].get("accession" if fmt == "hl7" else "id") == ("ACC1" if fmt == "hl7" else "1")


def test_label_of_a_device_is_one_error_line(tiny_artifact: Path, tmp_path: Path) -> None:
    done = _triage("label", "/dev/null", "--format", "csv", "-o", str(tmp_path / "o.jsonl"),
                   "--model", str(tiny_artifact))  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "triage: error: /dev/null: not a regular file, a pipe or a directory"
    ]


def test_label_waiting_on_a_fifo_without_writer_stops_at_sigterm(tiny_artifact: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / "o.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "triage.cli",
            "label",
            str(fifo),
            "-o",
            str(out),
            "--model",
            str(tiny_artifact),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not _waits_for_a_writer(proc.pid):  # in open(): a FIFO waits for its writer
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr
        time.sleep(0.1)
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=15)
    assert time.monotonic() - started < 10
    assert proc.returncode == 143, err
    assert "Traceback" not in err and not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "drift", "--data", "{input}"],
        ["evaluate", "{model}", "{input}", "--out", "{tmp}/eval"],
        ["shortcuts", "{input}"],
        ["mine", "describe", "{input}", "--model", "{model}/topics"],
        ["train", "{input}", "--out", "{tmp}/model"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
@pytest.mark.parametrize("kind", ["directory", "pipe"])
def test_a_table_input_that_is_not_a_file_says_what_it_is(tmp_path: Path, argv: list[str], kind: str) -> None:
    """Before: a directory or a pipe given where a table is read was `no such file` (audit drift, shortcuts,
    mine) or `is not a file` (evaluate, train), which sent users looking for a typo. Each command reads its
    table more than once, so a pipe is refused, saying so (evaluate copies it once instead)."""
    target = {"directory": str(tmp_path), "pipe": "/dev/stdin"}[kind]
    args = [a.format(input=target, model=REPO / "model_artifacts", tmp=tmp_path) for a in argv]
    done = _triage(*args, stdin=b'{"text": "x", "label": 1}\n' if kind == "pipe" else None)
    why = {
        "directory": "is a directory, not a file",
        "pipe": "is a pipe, and this command reads its input more than once: save it to a file first",
    }[kind]
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("triage: error: ")
    if kind == "pipe" and argv[0] == "evaluate":  # evaluate copies a pipe once (`-`): its one row was read
        assert "evaluation needs reports of both classes, all 1 are labeled 1" in done.stderr
        return
    assert done.stderr.strip().splitlines()[-1].endswith(f"{target}: {why}"), done.stderr


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_table_without_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    """SQL Server's `bcp -w` writes UTF-16 LE without a byte-order mark. Before: read as UTF-8, its columns
    were 'i\\x00d\\x00', '\\x00t\\x00e\\x00x\\x00t\\x00' (label: "no column 'text'"; audit drift: "fewer
    fields than the header's 3"). Now told by its NUL bytes, as the daemon tells unmarked UTF-16 HL7."""
    from triage.offline.tables import DEFAULT_READ, iter_rows, output_encoding, table_columns

    path = tmp_path / "export.csv"
    path.write_bytes("id;text;exam_time\r\n1;Hématome sous-dural aigu;2024-01-02\r\n".encode(codec))
    assert table_columns(path, "csv", DEFAULT_READ) == ["id", "text", "exam_time"]
    rows = [row.data for row in iter_rows(path, "csv", DEFAULT_READ)]
    assert rows == [{"id": "1", "text": "Hématome sous-dural aigu", "exam_time": "2024-01-02"}]
    assert output_encoding(path) == "utf-8-sig"  # read in another encoding: a BOM for Excel on the way out
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("id;text\r\n1;Hématome\r\n", encoding="utf-8")
    assert table_columns(utf8, "csv", DEFAULT_READ) == ["id", "text"]  # UTF-8 stays UTF-8


def test_label_reads_an_unmarked_utf16_csv(tiny_artifact: Path, tmp_path: Path) -> None:
    src = tmp_path / "bcp.csv"
    src.write_bytes(CSV.encode("utf-16-le"))
    out = tmp_path / "labeled.jsonl"
    done = _triage("label", str(src), "-o", str(out), "--model", str(tiny_artifact), "-q")
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["1", "2"]


def test_a_quoted_field_never_closed_is_a_bad_row_not_the_rest_of_the_file(tmp_path: Path) -> None:
    """A CSV cut in the middle of a quoted multi-line report: Python's lenient csv reader returns the rest of
    the file as that one field. Before: row 1's text was its report plus rows 2 and 3, decided as one report,
    exit 0, nothing said. Now that row is a bad row naming the lines it swallowed; a literal quote in an
    unquoted field (5" lesion) and a closed multi-line quote are still read."""
    from triage.offline.tables import DEFAULT_READ, iter_rows

    path = tmp_path / "cut.csv"
    path.write_text(
        'id,text\r\n1,"lesion 5"" wide\r\nsecond line"\r\n2,a 5" lesion\r\n'
        '3,"cut here\r\n4,next\r\n5,last\r\n'
    )
    rows = list(iter_rows(path, "csv", DEFAULT_READ))
    assert [r.data for r in rows[:2]] == [
        {"id": "1", "text": 'lesion 5" wide\r\nsecond line'},
        {"id": "2", "text": 'a 5" lesion'},
    ]
    assert rows[2].data is None and rows[2].line == 5
    assert "never closed" in str(rows[2].error) and "lines 5-7" in str(rows[2].error)
    assert len(rows) == 3


def test_a_byte_order_mark_inside_a_jsonl_file_is_no_bad_row(tmp_path: Path) -> None:
    """Two JSONL exports, each written with a byte-order mark, concatenated (`cat a.jsonl b.jsonl`): the
    second one's first row was 'invalid JSON (Unexpected UTF-8 BOM ...)' and skipped."""
    from triage.offline.tables import DEFAULT_READ, iter_rows

    one = '\ufeff{"text": "Acute SDH.", "label": 1}\n'.encode()
    path = tmp_path / "cat.jsonl"
    path.write_bytes(one + one)
    assert [r.data for r in iter_rows(path, "jsonl", DEFAULT_READ)] == [
        {"text": "Acute SDH.", "label": 1}
    ] * 2
