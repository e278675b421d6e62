"""Retraining on a hospital's own reports, as the informatics person does it: an Excel/RIS export (BOM,
cp1252, ';' or tab, its own column names and label words) through `triage train` / `evaluate` / `label`,
every bad row listed, --unlabeled for word2vec, --out protected by --force; and the command line's one-line
errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from triage.cli import main
from triage.errors import InputFileError
from triage.offline.datasets import read_dataset
from triage.offline.synth.corpus import generate_reports
from triage.offline.tables import BadRowsError, LabelMap, ReadOptions, iter_rows, sniff_delimiter

TINY = [
    "--epochs", "1", "--lstm-units", "8", "--w2v-dim", "16", "--w2v-min-count", "2", "--w2v-epochs", "2",
    "--threads", "1", "--device", "cpu", "--threshold-policy", "youden", "-q",
]  # fmt: skip


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def export(
    path: Path,
    rows: list[dict[str, str]],
    *,
    delimiter: str = ";",
    encoding: str = "cp1252",
    bom: bool = False,
) -> Path:
    """Write rows the way Excel's "CSV (semicolon)" / "Unicode text" exports do."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def hospital_rows(n: int, seed: int = 3) -> list[dict[str, str]]:
    """Column names and label words of a RIS export; text with cp1252 characters (é, ’)."""
    return [
        {
            "Accession": r.accession,
            "Report Text": r.text + " Dictated by Dr. Réné O’Neil.",
            "ICH (Y/N)": "Y" if r.label else "N",
        }
        for r in generate_reports(n, seed=seed)
    ]


HOSPITAL = [
    "--text-field", "Report Text", "--label-field", "ICH (Y/N)", "--positive-values", "Y,yes",
    "--negative-values", "N,no",
]  # fmt: skip


# ---- reading -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "delimiter,encoding,bom,options",
    [
        (";", "cp1252", False, ReadOptions(encoding="cp1252")),
        (";", "utf-8", True, ReadOptions()),  # Excel "CSV UTF-8": BOM
        ("\t", "utf-16", False, ReadOptions()),  # Excel "Unicode text": UTF-16 with BOM, tab
        (",", "latin-1", False, ReadOptions(encoding="latin-1", delimiter=",")),
        # a byte-order mark wins over a named encoding (Excel's "CSV UTF-8" read with --encoding cp1252)
        (";", "utf-8", True, ReadOptions(encoding="cp1252")),
        ("\t", "utf-16", False, ReadOptions(encoding="cp1252")),
        (";", "utf-8", True, ReadOptions(encoding="utf-16")),
    ],
)
def test_exports_read_whatever_their_encoding_and_delimiter(
    tmp_path: Path, delimiter: str, encoding: str, bom: bool, options: ReadOptions
) -> None:
    rows = hospital_rows(30)
    if encoding == "latin-1":  # no ’ in Latin-1
        rows = [{**r, "Report Text": r["Report Text"].replace("’", "'")} for r in rows]
    path = export(tmp_path / "ris.csv", rows, delimiter=delimiter, encoding=encoding, bom=bom)
    options = ReadOptions(options.encoding, options.delimiter, LabelMap.of("Y", "N"))
    assert sniff_delimiter(path, options) == delimiter
    data = read_dataset(path, "Report Text", "ICH (Y/N)", options=options)
    assert len(data) == 30
    assert data.labels.tolist() == [1 if r["ICH (Y/N)"] == "Y" else 0 for r in rows]
    assert data.sources is not None and set(data.sources) <= {
        "heading",
        "fallback_findings",
        "fallback_full",
    }
    read = [row.data for row in iter_rows(path, "csv", options)]
    assert read == rows  # column names without a BOM character, accents without mojibake


def test_not_utf8_says_which_encoding_to_pass(tmp_path: Path) -> None:
    path = export(tmp_path / "ris.csv", hospital_rows(5))
    with pytest.raises(InputFileError, match=r"is not UTF-8 .*--encoding cp1252"):
        read_dataset(path, "Report Text", "ICH (Y/N)")


def test_every_bad_row_is_listed_with_its_line(tmp_path: Path) -> None:
    rows = hospital_rows(12)
    rows[0]["Report Text"] = "FINDINGS:\nnormal.\n\nIMPRESSION:\nno bleed."  # a cell over 5 lines
    rows = [rows[0]] + [{**r, "Report Text": r["Report Text"].replace("\n", " ")} for r in rows[1:]]
    rows[2]["Report Text"] = "   "  # empty text: a bad row
    rows[5]["ICH (Y/N)"] = "maybe"
    rows[7]["ICH (Y/N)"] = ""
    path = export(tmp_path / "ris.csv", rows, encoding="utf-8")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("A1;only two fields\r\n")
    options = ReadOptions(labels=LabelMap.of("Y", "N"))
    with pytest.raises(BadRowsError) as info:
        read_dataset(path, "Report Text", "ICH (Y/N)", options=options)
    details = info.value.details
    # the line each bad record starts on: header 1, the 5-line cell 2-6, then one line per record
    assert [d.split(":")[1] for d in details] == ["8", "11", "13", "18"]
    assert "text ('Report Text') is empty" in details[0]
    assert "label 'maybe' is neither positive (y) nor negative (n)" in details[1]
    assert "label ('ICH (Y/N)') is missing" in details[2]
    assert "fewer fields than the header's 3" in details[3]
    assert "4 bad row(s) (listed above)" in str(info.value)


def test_missing_columns_are_one_message_naming_the_header(tmp_path: Path) -> None:
    path = export(tmp_path / "ris.csv", hospital_rows(5), encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_dataset(path, "text", "label")
    assert str(info.value) == (
        f"{path} has no column 'text' (--text-field) and no column 'label' (--label-field); its columns are: "
        "'Accession', 'Report Text', 'ICH (Y/N)'"
    )
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text('{"body": "IMPRESSION: no bleed", "label": 0}\n')
    with pytest.raises(
        InputFileError, match="no column 'text' \\(--text-field\\); its columns are: 'body', 'label'"
    ):
        read_dataset(jsonl)


def test_label_maps_must_not_overlap() -> None:
    with pytest.raises(InputFileError, match="both positive and negative"):
        LabelMap.of("Y,1", "N,1")


# ---- train / evaluate / label through the CLI ----------------------------------------------------
def test_train_evaluate_label_on_a_hospital_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labeled = export(tmp_path / "ris_export.csv", hospital_rows(260))
    unlabeled = export(
        tmp_path / "more_reports.csv",
        [{"Accession": r["Accession"], "Report Text": r["Report Text"]} for r in hospital_rows(150, seed=4)],
    )
    model = tmp_path / "models" / "site-v1"
    args = ["train", str(labeled), "--out", str(model), "--encoding", "cp1252", *HOSPITAL, *TINY]
    code, out, err = run_cli([*args, "--unlabeled", str(unlabeled)], capsys)
    assert code == 0, err
    assert out.startswith("ich-cnnlstm-")
    assert "conclusion found by heading " in err and ", findings " in err and ", full text " in err
    assert "warning: the validation split has only " in err  # 12 % of 260 reports: too few positives
    assert "report(s) from" in err and "added to word2vec's corpus" in err
    manifest = json.loads((model / "manifest.json").read_text())
    data = manifest["training_data"]
    extra = data["unlabeled"]
    assert extra["n_reports"] + extra["dropped_as_test_reports"] == 150 and extra["n_reports"] > 100
    assert extra["used_for"] == "word2vec only"
    assert sum(data["conclusion_found_by"].values()) == 260
    assert manifest["hyperparameters"]["text_field"] == "Report Text"

    # --out never silently replaces an artifact
    code, _, err = run_cli(args, capsys)
    assert code == 2 and err.splitlines() == [
        f"triage: error: --out {model} already holds a model artifact; choose a new directory "
        "(one per model version), or pass --force to replace it"
    ]
    assert json.loads((model / "manifest.json").read_text())["model_version"] == manifest["model_version"]

    # evaluate: the columns default to the model's; encoding and label words are given again
    code, out, err = run_cli(
        ["evaluate", str(model), str(labeled), "--out", str(tmp_path / "ev"), "--encoding", "cp1252",
         "--positive-values", "Y", "--negative-values", "N", "-q"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert json.loads((tmp_path / "ev" / "metrics.json").read_text())["split"].startswith("test")

    # label: a UTF-8-with-BOM, tab-separated file, with one empty report
    rows = [{"Accession": r["Accession"], "Report Text": r["Report Text"]} for r in hospital_rows(6, seed=5)]
    rows[3]["Report Text"] = ""
    tsv = export(tmp_path / "todo.tsv", rows, delimiter="\t", encoding="utf-8", bom=True)
    out_path = tmp_path / "labeled.csv"
    code, _, err = run_cli(
        ["label", str(tsv), "--out", str(out_path), "--model", str(model), "--text-field", "Report Text",
         "--policy", "model", "-q"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    start = 2 + sum(r["Report Text"].count("\n") + 1 for r in rows[:3])  # the line the bad record starts on
    assert f"todo.tsv:{start}: field 'Report Text' is empty; row skipped" in err
    # the input's BOM; a .csv is comma-separated whatever the input's delimiter (a .tsv name: tab)
    assert out_path.read_bytes().startswith(b"\xef\xbb\xbfAccession,Report Text,")
    with out_path.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert len(written) == 5 and written[0]["Accession"] == rows[0]["Accession"]


def test_a_byte_order_mark_wins_over_encoding_in_train_evaluate_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's "CSV UTF-8" (a BOM) exported, then --encoding cp1252 passed out of habit: each command reads
    UTF-8 and says so in one note, instead of a first column named 'ï»¿Accession' and mojibake."""
    path = export(tmp_path / "ris.csv", hospital_rows(260), encoding="utf-8", bom=True)
    note = f"triage: note: {path} starts with a UTF-8 byte-order mark: read as UTF-8, not cp1252"
    model = tmp_path / "m"
    code, _, err = run_cli(
        ["train", str(path), "--out", str(model), "--encoding", "cp1252", *HOSPITAL, *TINY], capsys
    )
    assert code == 0, err
    assert [line for line in err.splitlines() if "byte-order mark" in line] == [
        note + " (a byte-order mark wins over --encoding)"
    ]
    assert json.loads((model / "manifest.json").read_text())["hyperparameters"]["text_field"] == "Report Text"
    code, _, err = run_cli(
        ["evaluate", str(model), str(path), "--out", str(tmp_path / "ev"), "--encoding", "cp1252",
         "--positive-values", "Y", "--negative-values", "N", "-q"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert sum(line.startswith(note) for line in err.splitlines()) == 1
    out_path = tmp_path / "labeled.csv"
    code, _, err = run_cli(
        ["label", str(path), "--out", str(out_path), "--model", str(model), "--encoding", "cp1252", "-q"],
        capsys,
    )
    assert code == 0, err
    assert sum(line.startswith(note) for line in err.splitlines()) == 1
    with out_path.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle, delimiter=";"))
    assert len(written) == 260 and written[0]["Report Text"].endswith("Dr. Réné O’Neil.")


def test_train_lists_every_bad_row_then_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{**r, "Report Text": r["Report Text"].replace("\n", " ")} for r in hospital_rows(20)]
    rows[1]["ICH (Y/N)"] = "?"
    rows[4]["Report Text"] = ""
    path = export(tmp_path / "ris.csv", rows)
    code, _, err = run_cli(
        ["train", str(path), "--out", str(tmp_path / "m"), "--encoding", "cp1252", *HOSPITAL, *TINY], capsys
    )
    lines = err.splitlines()
    assert code == 2
    assert lines[0].startswith(f"{path}:3: label '?' is neither positive")
    assert lines[1] == f"{path}:6: text ('Report Text') is empty"
    assert lines[2].startswith(f"triage: error: {path}: 2 bad row(s) (listed above)")
    assert len(lines) == 3 and not (tmp_path / "m").exists()


def test_train_column_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = export(tmp_path / "ris.csv", hospital_rows(5), encoding="utf-8", bom=True)
    code, _, err = run_cli(["train", str(path), "--out", str(tmp_path / "m"), *TINY], capsys)
    assert code == 2 and len(err.splitlines()) == 1
    assert "no column 'text' (--text-field) and no column 'label' (--label-field)" in err
    assert "'Accession', 'Report Text', 'ICH (Y/N)'" in err  # the BOM is not part of the first name


# ---- command line --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv,message",
    [
        (["train", "--out", "x"], "Missing argument 'DATA' (see 'triage train --help')"),
        (["train", "d.csv", "--out", "x", "--bogus"], "No such option: --bogus"),
        (["train", "d.csv", "--out", "x", "--epochs", "many"], "Invalid value for '--epochs'"),
        (["nosuch"], "No such command 'nosuch' (see 'triage --help')"),
        (["label", "d.csv", "--out", "o.csv", "--policy", "maybe"], "unknown decision policy 'maybe'"),
        (["train", "d.csv", "--out", "x", "--encoding", "klingon"], None),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], message: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("text,label\nIMPRESSION: no bleed,0\n")
    code, out, err = run_cli(argv, capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("triage: error: "), err
    assert "Traceback" not in err and "╭" not in err
    if message:
        assert message in err
    else:
        assert "unknown encoding 'klingon'" in err


def test_version_and_plain_help(capsys: pytest.CaptureFixture[str]) -> None:
    from triage import __version__

    code, out, _ = run_cli(["--version"], capsys)
    assert code == 0 and out.strip() == f"triage {__version__}"
    code, out, _ = run_cli(["train", "--help"], capsys)
    assert code == 0 and "[0.15]" in out and "╭" not in out  # Rich markup no longer eats [...]
    assert "--positive-values" in out and "--unlabeled" in out and "--force" in out
    code, out, _ = run_cli([], capsys)
    assert code == 0 and "Usage: triage" in out


def test_every_positional_argument_is_named_in_capitals() -> None:
    """`triage evaluate --help` said `Usage: triage evaluate [OPTIONS] {artifact} {data}` beside `{INPUT}` and
    `{ACCESSION}` of other commands, and the README's `ARTIFACT DATA`: every argument now has an upper-case
    metavar, so usage lines and 'Missing argument' errors name arguments alike (new commands included)."""
    import typer.main

    from triage.cli import app

    def leaves(cmd: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
        subs = getattr(cmd, "commands", None)
        if not subs:
            yield path, cmd
        for name, sub in (subs or {}).items():
            yield from leaves(sub, (*path, name))

    arguments = [
        (path, p.name, p.metavar)
        for path, cmd in leaves(typer.main.get_command(app), ())
        for p in cmd.params
        if p.param_type_name == "argument"
    ]
    assert len(arguments) >= 15
    assert [a for a in arguments if not a[2] or a[2] != a[2].upper()] == []


def test_real_entry_point_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "evaluate", "--nope"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "triage: error: No such option: --nope (see 'triage evaluate --help')"
    ] or done.stderr.startswith("triage: error: No such option: --nope")


def test_a_label_value_that_may_be_phi_is_not_printed(tmp_path: Path) -> None:
    """A column-shifted export puts a name and birth date in the label column: errors show its length only."""
    path = tmp_path / "shifted.csv"
    path.write_text('text,label\n"Acute SDH.",JOHN DOE 19650304\n"No bleed.",maybe\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "triage.cli", "train", str(path), "--out", str(tmp_path / "m")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "JOHN" not in proc.stderr and "1965" not in proc.stderr and "17 characters" in proc.stderr
    assert "'maybe'" in proc.stderr  # a label word is still shown
