"""Breaker 21: offline inputs as other tools write them (header-less exports, compressed files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.cli import main
from triage.errors import InputFileError
from triage.offline.datasets import read_dataset

ROOT = Path(__file__).resolve().parents[1]
# a header-less export (a RIS query saved without column names): the first line is a patient's row
HEADERLESS = (
    '1234567,DOE^JOHN,19500101,"Acute subdural hematoma, left convexity."\n'
    '7654321,ROE^JANE,19600202,"No bleed."\n'
)
PHI = ("1234567", "DOE", "19500101", "subdural")


def _run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    _, err = capsys.readouterr()
    return int(exit_info.value.code or 0), err


def test_a_header_less_export_is_an_error_that_shows_none_of_its_first_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADERLESS)
    with pytest.raises(InputFileError) as info:
        read_dataset(path, "text", "label")
    message = str(info.value)
    assert "does not read as column names (4 values" in message
    assert not [p for p in PHI if p in message], message


@pytest.mark.parametrize("command", ["label", "evaluate"])
def test_label_and_evaluate_of_a_header_less_export_print_no_phi(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADERLESS)
    model = str(ROOT / "model_artifacts")
    argv = (
        ["label", str(path), "--out", str(tmp_path / "o.csv"), "--model", model]
        if command == "label"
        else ["evaluate", model, str(path), "--out", str(tmp_path / "ev")]
    )
    code, err = _run_cli(argv, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("triage: error:"), err
    assert "first line must name the columns" in err
    assert not [p for p in PHI if p in err], err


def test_column_names_are_still_shown(tmp_path: Path) -> None:
    path = tmp_path / "ris.csv"
    path.write_text("MRN,Patient Name,DOB,Report Text,Unnamed: 0,,icd10\n1,a,b,c,d,e,f\n")
    with pytest.raises(InputFileError, match="its columns are: 'MRN', 'Patient Name', 'DOB', 'Report Text'"):
        read_dataset(path, "text", "label")
