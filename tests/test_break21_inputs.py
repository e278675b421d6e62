"""Breaker 21: offline inputs as other tools write them (header-less exports, compressed files)."""

from __future__ import annotations

import gzip
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


# a plain-text report saved under a .csv name: its first line is report text, not column names
PLAIN_TEXT = "CT head: 45 year old John Doe, MRN 1234567. Acute subdural hematoma.\nImpression: bleed.\n"


@pytest.mark.parametrize("command", ["label", "evaluate", "train", "review"])
def test_a_plain_text_file_named_csv_is_one_error_that_shows_none_of_its_text(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.csv"
    path.write_text(PLAIN_TEXT)
    model = str(ROOT / "model_artifacts")
    argv = {
        "label": ["label", str(path), "--out", str(tmp_path / "o.csv"), "--model", model],
        "evaluate": ["evaluate", model, str(path), "--out", str(tmp_path / "ev")],
        "train": ["train", str(path), "--out", str(tmp_path / "m")],
        "review": ["review", "init", str(path), "--db", str(tmp_path / "r.db"), "--model", model],
    }[command]
    code, err = _run_cli(argv, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("triage: error:"), err
    assert "no column 'text'" in err and "first line must name the columns" in err, err
    assert not [p for p in ("John", "1234567", "subdural") if p in err], err


def test_column_names_are_still_shown(tmp_path: Path) -> None:
    path = tmp_path / "ris.csv"
    path.write_text("MRN,Patient Name,DOB,Report Text,Unnamed: 0,,icd10\n1,a,b,c,d,e,f\n")
    with pytest.raises(InputFileError, match="its columns are: 'MRN', 'Patient Name', 'DOB', 'Report Text'"):
        read_dataset(path, "text", "label")


HL7_BATCH = (
    "FHS|^~\\&|RIS\rBHS|^~\\&|RIS\r"
    "MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01|A1|P|2.5\rPID|1||MRN1^^^HOSP\r"
    "OBR|1|PL1|FL1|CTHEAD^CT HEAD WO CONTRAST|||20240101110000|||||||||||ACC-1||||20240101115000|||F\r"
    "OBX|1|TX|IMP^IMPRESSION||Acute subdural hematoma.||||||F\r"
    "MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01|A2|P|2.5\rPID|1||MRN2^^^HOSP\r"
    "OBR|1|PL2|FL2|CTHEAD^CT HEAD WO CONTRAST|||20240101110000|||||||||||ACC-2||||20240101115000|||F\r"
    "OBX|1|TX|IMP^IMPRESSION||No hemorrhage.||||||F\r"
    "BTS|2\rFTS|1\r"
)


def test_gzip_tables_are_read_as_the_file_they_hold(tmp_path: Path) -> None:
    import gzip

    csv_gz = tmp_path / "reports.csv.gz"  # Excel's CSV UTF-8: BOM, semicolons, CRLF, a quoted line break
    csv_gz.write_bytes(
        gzip.compress(
            b'\xef\xbb\xbftext;label\r\n"No acute hemorrhage.\r\nStable.";0\r\n'
            b'"Acute subdural hematoma.";1\r\n'
        )
    )
    data = read_dataset(csv_gz, "text", "label")
    assert list(data.labels) == [0, 1] and data.texts[1] == "Acute subdural hematoma."
    unnamed = tmp_path / "reports.csv"  # told by its bytes, not its name
    unnamed.write_bytes(csv_gz.read_bytes())
    assert list(read_dataset(unnamed, "text", "label").labels) == [0, 1]
    jsonl_gz = tmp_path / "r.jsonl.gz"
    jsonl_gz.write_bytes(gzip.compress(b'{"text": "No bleed.", "label": 0}\n{"text": "SDH.", "label": 1}\n'))
    assert list(read_dataset(jsonl_gz, "text", "label").labels) == [0, 1]


def test_label_and_parse_read_a_gzip_hl7_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import gzip
    import json

    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "day1.hl7.gz").write_bytes(gzip.compress(HL7_BATCH.encode()))
    out = tmp_path / "o.csv"
    model = str(ROOT / "model_artifacts")
    code, err = _run_cli(
        ["label", str(feed), "--out", str(out), "--model", model, "--policy", "rules"], capsys
    )
    assert code == 0, err
    rows = list(csv.DictReader(out.open()))
    assert [(r["accession"], r["prediction"]) for r in rows] == [("ACC-1", "1"), ("ACC-2", "0")]
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(feed / "day1.hl7.gz")])
    parsed = json.loads(capsys.readouterr().out)
    assert exit_info.value.code in (0, None)
    assert [m.get("accession") for m in parsed] == ["ACC-1", "ACC-2"]


def test_send_splits_a_gzip_batch_into_its_messages(tmp_path: Path) -> None:
    import gzip

    from triage.commands.sandbox_cmds import split_file

    path = tmp_path / "day1.hl7.gz"
    path.write_bytes(gzip.compress(HL7_BATCH.encode()))
    records = split_file(path)
    assert len(records) == 2 and all(r.startswith(b"MSH|") for r in records)


@pytest.mark.parametrize(
    ("head", "says"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "is a zip archive (an Excel .xlsx workbook is one)"),
        (b"BZh91AY&SY", "is bzip2-compressed"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "is gzip-compressed but damaged"),
    ],
)
@pytest.mark.parametrize("command", ["label", "train", "parse"])
def test_an_archive_or_a_damaged_gzip_is_one_error_line(
    head: bytes, says: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / ("reports.hl7" if command == "parse" else "reports.csv")
    path.write_bytes(head + b"\x00" * 40)
    model = str(ROOT / "model_artifacts")
    argv = {
        "label": ["label", str(path), "--out", str(tmp_path / "o.csv"), "--model", model],
        "train": ["train", str(path), "--out", str(tmp_path / "m")],
        "parse": ["parse", str(path)],
    }[command]
    code, err = _run_cli(argv, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"triage: error: {path} {says}"), err
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "m").exists()


@pytest.mark.parametrize(("pack", "name"), [("gzip", "gzip"), ("bz2", "bzip2"), ("lzma", "xz")])
def test_a_record_its_producer_compressed_is_a_dead_letter_that_says_so(pack: str, name: str) -> None:
    import importlib

    from triage.core import MessageError
    from triage.hl7 import parse_record

    raw = importlib.import_module(pack).compress(HL7_BATCH.encode())
    [result] = parse_record(raw)
    assert isinstance(result, MessageError) and result.error.reason == "no_msh"
    assert f"no MSH segment in record ({len(raw)} bytes); it is {name}-compressed" in str(result.error)


def test_excels_sep_line_names_the_delimiter_and_is_no_header(tmp_path: Path) -> None:
    """Excel reads (and exports made for it write) a first line ``sep=;``: no header, no row."""
    path = tmp_path / "export.csv"
    path.write_bytes(
        b"sep=;\r\nid;text;label\r\n1;Acute subdural hematoma, left.;1\r\n"
        b"2;No bleed;0;extra\r\n3;No mass.;0\r\n"
    )
    with pytest.raises(InputFileError) as info:
        read_dataset(path, "text", "label")
    assert getattr(info.value, "rows", None) == [f"{path}:4: 4 fields, header has 3"]
    path.write_bytes(b"sep=;\r\nid;text;label\r\n1;Acute subdural hematoma, left.;1\r\n3;No mass.;0\r\n")
    data = read_dataset(path, "text", "label")
    assert list(data.texts) == ["Acute subdural hematoma, left.", "No mass."] and list(data.labels) == [1, 0]


def test_a_json_array_file_is_read_as_its_objects_with_their_line_numbers(tmp_path: Path) -> None:
    """What most tools write as .json (pandas to_json(orient="records"), jq -s, APIs): one JSON array."""
    import json

    from triage.offline.tables import iter_rows

    rows = [{"text": "Acute subdural hematoma.", "label": 1}, {"text": "No bleed.", "label": 0}] * 3
    pretty = tmp_path / "export.json"
    pretty.write_text(json.dumps(rows, indent=2))
    data = read_dataset(pretty, "text", "label")
    assert list(data.labels) == [1, 0] * 3
    assert [r.line for r in iter_rows(pretty, "jsonl")] == [2, 6, 10, 14, 18, 22]
    one_line = tmp_path / "records.json"
    one_line.write_text("\ufeff" + json.dumps(rows))
    assert list(read_dataset(one_line, "text", "label").labels) == [1, 0] * 3
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"text": "a", "label": 1},\n5,\n{"text": "b", "label": 0}\n] trailing\n')
    got = [(r.line, r.error) for r in iter_rows(broken, "jsonl")]
    assert got == [
        (2, None),
        (3, "expected a JSON object, got int"),
        (4, None),
        (5, "text after the end of the JSON array"),
    ]
    cut = tmp_path / "cut.json"
    cut.write_text('[{"text": "a", "label": 1},\n{"text": "b", "lab')
    assert [(r.line, r.error is None) for r in iter_rows(cut, "jsonl")] == [(1, True), (2, False)]


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b'{"resourceType": "DiagnosticReport", "status": "final"}', "it is a FHIR resource (JSON)"),
        (b'\xef\xbb\xbf[{"text": "x"}]', "it is JSON"),
        (b'<?xml version="1.0"?><ORU_R01 xmlns="urn:hl7-org:v2xml"/>', "it is XML"),
    ],
)
def test_a_record_in_another_format_is_a_dead_letter_that_names_it(raw: bytes, says: str) -> None:
    from triage.core import MessageError
    from triage.hl7 import parse_record

    [result] = parse_record(raw)
    assert isinstance(result, MessageError) and result.error.reason == "no_msh"
    assert f"no MSH segment in record ({len(raw)} bytes); {says}" in str(result.error)


def test_label_writes_gzip_when_out_ends_in_gz_and_refuses_a_workbook_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv
    import gzip

    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,Acute subdural hematoma.\n2,No bleed.\n")
    model = str(ROOT / "model_artifacts")
    out = tmp_path / "labels.csv.gz"
    argv = ["label", str(src), "--out", str(out), "--model", model, "--policy", "rules"]
    code, err = _run_cli(argv, capsys)
    assert code == 0, err
    with gzip.open(out, "rt", newline="") as handle:
        assert [(r["id"], r["prediction"]) for r in csv.DictReader(handle)] == [("1", "1"), ("2", "0")]
    workbook = tmp_path / "labels.xlsx"
    code, err = _run_cli(["label", str(src), "--out", str(workbook), "--model", model], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert "label writes CSV or JSON lines, not .xlsx" in err and not workbook.exists()


def test_label_output_delimiter_is_the_one_its_name_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`.tsv` out is tab-separated whatever the input's delimiter, `.csv` out comma (a `;` input keeps `;`:
    the spreadsheet that wrote it opens it back), another name the input's; --out-delimiter wins."""
    model = str(ROOT / "model_artifacts")
    comma = tmp_path / "in.csv"
    comma.write_text("id,text\n1,Acute subdural hematoma.\n2,No bleed.\n")
    tab = tmp_path / "in.tsv"
    tab.write_text("id\ttext\n1\tAcute subdural hematoma.\n2\tNo bleed.\n")
    semi = tmp_path / "semi.csv"
    semi.write_text("id;text\n1;Acute subdural hematoma.\n2;No bleed.\n")
    cases = [
        (comma, "o1.tsv", [], "id\ttext\tprobability\t"),
        (comma, "o2.tsv.gz", [], "id\ttext\tprobability\t"),
        (tab, "o3.csv", [], "id,text,probability,"),
        (semi, "o4.csv", [], "id;text;probability;"),
        (semi, "o5.tsv", [], "id\ttext\tprobability\t"),
        (tab, "o6.txt", ["--out-format", "csv"], "id\ttext\tprobability\t"),
        (comma, "o7.tsv", ["--out-delimiter", "|"], "id|text|probability|"),
    ]
    for src, name, extra, header in cases:
        out = tmp_path / name
        argv = ["label", str(src), "--out", str(out), "--model", model, "--policy", "rules", "-q", *extra]
        code, err = _run_cli(argv, capsys)
        assert code == 0, err
        text = (gzip.decompress(out.read_bytes()) if name.endswith(".gz") else out.read_bytes()).decode()
        assert text.startswith(header), (name, text[:40])
        assert len(text.strip().splitlines()) == 3


@pytest.mark.parametrize(
    ("name", "pack", "says"),
    [
        ("s.csv.xz", "xz", "is xz-compressed: unxz it first"),
        ("x.zip", "xz", "is xz-compressed: unxz it first"),  # the bytes say, not the name
        ("x.zip", "zip", "is a zip archive (an Excel .xlsx workbook is one)"),
        ("book.xlsx", "zip", "is a zip archive (an Excel .xlsx workbook is one)"),
        ("s.bz2", "bz2", "is bzip2-compressed: bunzip2 it first"),
        ("s.jsonl.zst", "zstd", "is zstd-compressed: unzstd it first"),
    ],
)
@pytest.mark.parametrize("command", ["label", "evaluate"])
def test_a_compressed_input_says_its_format_before_its_name_is_looked_at(
    name: str, pack: str, says: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import bz2
    import io
    import lzma
    import zipfile

    from triage.hl7.parse import PACKED_MAGIC

    table = b"text,label\nAcute subdural hematoma.,1\n"
    if pack == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("reports.csv", table)
        raw = buffer.getvalue()
    elif pack == "zstd":  # no zstd module before Python 3.14: its frame's magic and a few bytes
        raw = PACKED_MAGIC["zstd"] + b"\x00" * 20
    else:
        raw = {"xz": lzma.compress, "bz2": bz2.compress}[pack](table)
    path = tmp_path / name
    path.write_bytes(raw)
    model = str(ROOT / "model_artifacts")
    argv = (
        ["label", str(path), "--out", str(tmp_path / "o.csv"), "--model", model]
        if command == "label"
        else ["evaluate", model, str(path), "--out", str(tmp_path / "ev")]
    )
    code, err = _run_cli(argv, capsys)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith(f"triage: error: {path} {says}"), err


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("empty.csv", b""),
        ("empty.jsonl", b""),
        ("blank.csv", b"\r\n\r\n"),
        ("bom.jsonl", b"\xef\xbb\xbf\n"),
        ("empty.csv.gz", b"gzip"),
    ],
)
@pytest.mark.parametrize("command", ["label", "evaluate", "train"])
def test_an_empty_input_is_one_line_that_says_so(
    name: str, raw: bytes, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"") if raw == b"gzip" else raw)
    model = str(ROOT / "model_artifacts")
    argv = {
        "label": ["label", str(path), "--out", str(tmp_path / "o.csv"), "--model", model],
        "evaluate": ["evaluate", model, str(path), "--out", str(tmp_path / "ev")],
        "train": ["train", str(path), "--out", str(tmp_path / "m")],
    }[command]
    code, err = _run_cli(argv, capsys)
    assert code == 2 and err.strip().splitlines() == [f"triage: error: {path} is empty"], err
