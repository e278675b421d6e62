"""Report text: escapes, character sets, OBX value types, NTE, sections, impression choice, status words."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.core import MessageError, Report, ResultStatus
from triage.hl7 import parse_record
from triage.hl7.charset import resolve_charset
from triage.text.sections import ADDENDUM_NAMES

DATA = Path(__file__).parent / "data" / "hl7"


def obr(status: str = "F") -> str:
    values = {
        1: "1",
        2: "PL-7",
        3: "FL-7",
        4: "CTHEAD^CT HEAD^L",
        7: "20240315134500",
        18: "ACC-7",
        25: status,
    }
    return "OBR|" + "|".join(values.get(i, "") for i in range(1, 26))


def build(
    *body: str, msh18: str = "", version: str = "2.5.1", status: str = "F", enc: str = "ascii"
) -> bytes:
    msh = rf"MSH|^~\&|RIS|MERCY|||20240315143012||ORU^R01|CTRL-7|P|{version}||||||{msh18}".rstrip("|")
    segs = [msh, "PID|1||MRN-7^^^MERCY", obr(status), *body]
    return "\r".join(segs).encode(enc) if enc else "\r".join(segs)


def report_of(raw: bytes) -> Report:
    (result,) = parse_record(raw)
    assert isinstance(result, Report), result
    return result


def tx(text: str, n: int = 1, code: str = "&IMP^Impression", vtype: str = "TX", status: str = "F") -> str:
    return f"OBX|{n}|{vtype}|{code}||{text}||||||{status}"


# --- escape sequences ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("escaped", "decoded"),
    [
        (r"line one\.br\line two", "line one\nline two"),
        (r"A \T\ B", "A & B"),
        (r"pipe \F\ here", "pipe | here"),
        (r"caret \S\ here", "caret ^ here"),
        (r"tilde \R\ here", "tilde ~ here"),
        (r"back \E\ slash", "back \\ slash"),
        (r"\H\IMPORTANT\N\ finding", "IMPORTANT finding"),
        (r"caf\XC3A9\ latte", "café latte"),
        (r"two\.sp 2\lines", "two\n\nlines"),
        (r"left\.ce\centered", "left\ncentered"),
        (r"\.in 4\indented \.fi\text", "indented text"),
        (r"keep C:\temp\file and \unknown\ literally", r"keep C:\temp\file and \unknown\ literally"),
    ],
)
def test_escape_sequences(escaped: str, decoded: str) -> None:
    assert report_of(build(tx(escaped))).impression == decoded


def test_hex_escape_is_decoded_in_the_message_charset() -> None:
    assert report_of(build(tx(r"Sch\XE4\del"), msh18="8859/1")).impression == "Schädel"


def test_custom_encoding_characters_are_honoured() -> None:
    raw = (
        b"MSH#$%!@#RIS#MERCY###20240315143012##ORU$R01#CTRL-8#P#2.5\r"
        b"PID#1##MRN-8$$$MERCY\r"
        b"OBR#1#PL-8#FL-8#CTHEAD$CT HEAD$L\r"
        b"OBX#1#TX#@IMP$Impression##Bleed !T! mass effect!.br!Shift 5 mm.######F"
    )
    report = report_of(raw)
    assert report.patient_id_authority == "MERCY"
    assert (report.procedure_code, report.procedure_text) == ("CTHEAD", "CT HEAD")
    assert report.impression == "Bleed @ mass effect\nShift 5 mm."
    assert report.impression_source == "obx_impression"


# --- raw separators inside narrative --------------------------------------------------------------------


@pytest.mark.parametrize("vtype", ["TX", "FT", "ST"])
def test_raw_ampersand_and_caret_in_text_are_kept_an_escaped_tilde_is_a_tilde(vtype: str) -> None:
    text = r"R&L ventricles symmetric; \R\5 mm shift^ noted & stable"
    expected = "R&L ventricles symmetric; ~5 mm shift^ noted & stable"
    assert report_of(build(tx(text, vtype=vtype))).impression == expected


@pytest.mark.parametrize("vtype", ["TX", "FT", "ST"])
def test_tilde_repetitions_are_line_breaks_even_before_a_digit(vtype: str) -> None:
    raw = build(tx("FINDINGS: ~5 mm shift.~IMPRESSION: Acute SDH.~Escaped \\R\\ stays", 1, "RPT", vtype))
    report = report_of(raw)
    assert report.text == "FINDINGS:\n5 mm shift.\nIMPRESSION: Acute SDH.\nEscaped ~ stays"
    assert report.impression == "Acute SDH.\nEscaped ~ stays"


def test_numbered_impression_items_after_tildes_are_separate_lines() -> None:
    text = "IMPRESSION:~1. Acute subdural hematoma.~2. No midline shift.~3. Old infarct."
    raw = build(tx(text, code="RPT"))
    report = report_of(raw)
    assert report.impression.splitlines() == [
        "1. Acute subdural hematoma.",
        "2. No midline shift.",
        "3. Old infarct.",
    ]
    assert "~" not in report.text


def test_tilde_repetitions_in_nte_are_line_breaks() -> None:
    raw = build(tx("See comment.", code="RPT"), "NTE|1||IMPRESSION:~1. Acute bleed.~2. No shift.")
    assert report_of(raw).impression.splitlines() == ["1. Acute bleed.", "2. No shift."]


# --- the HL7 null "" -------------------------------------------------------------------------------------


@pytest.mark.parametrize("vtype", ["TX", "FT", "ST", "CE", "CWE"])
def test_hl7_null_obx_value_is_no_value(vtype: str) -> None:
    raw = build(tx("IMPRESSION: No acute hemorrhage.", 1, "RPT"), tx('""', 2, "RPT", vtype), tx('""', 3))
    report = report_of(raw)
    assert '""' not in report.text
    assert report.text == "IMPRESSION: No acute hemorrhage."
    assert report.impression_source == "heading"  # the null IMP OBX is not an (empty) impression


def test_hl7_null_repetitions_and_nte_are_dropped_empty_values_stay_paragraphs() -> None:
    raw = build(tx('Bleed.~""~Shift.', 1, "RPT"), 'NTE|1||""', tx("", 2, "RPT"), tx("More.", 3, "RPT"))
    assert report_of(raw).text == "Bleed.\nShift.\n\nMore."


def test_message_of_only_null_values_has_no_report_text() -> None:
    (result,) = parse_record(build(tx('""'), 'NTE|1||""'))
    assert isinstance(result, MessageError)
    assert result.error.reason == "no_report_text"


# --- coded results -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vtype", "value", "text"),
    [
        ("CE", "I62.9^Intracranial hemorrhage^I10", "Intracranial hemorrhage"),
        ("CWE", "^^^^Acute subdural hematoma^L", "Acute subdural hematoma"),  # alternate text (5) only
        ("CE", "^^^LOC1^Small bleed, R&L^L", "Small bleed, R&L"),  # a raw & in a text component is text
        ("CWE", "X1^^L^^^^^^Original text of the finding", "Original text of the finding"),  # CWE-9
        ("CNE", "Y^Yes^HL70136~N^^HL70136", "Yes; N"),  # code only when there is no text
        ("CE", 'CODE^""^L^^Alternate wins over a null', "Alternate wins over a null"),
    ],
)
def test_coded_results_carry_their_text(vtype: str, value: str, text: str) -> None:
    report = report_of(build(tx(value, 1, "DX^Diagnosis", vtype)))
    assert report.text == text


# --- OBX value types and NTE -------------------------------------------------------------------------


def test_report_text_over_many_obx_of_different_text_types_joined_in_order() -> None:
    raw = build(
        tx("EXAM: CT head.", 1, "RPT", "TX"),
        tx("FINDINGS: small bleed.", 2, "RPT", "FT"),
        tx("", 3, "RPT", "TX"),
        "OBX|4|NM|DLP^Dose||845|mGy*cm|||||F",
        tx("IMPRESSION: Acute hemorrhage.", 5, "RPT", "ST"),
        "NTE|1||Called to Dr. X at 10:02.",
        "OBX|6|CE|DX^Diagnosis||I62.9^Nontraumatic intracranial hemorrhage^I10||||||F",
    )
    report = report_of(raw)
    assert report.text == (
        "EXAM: CT head.\nFINDINGS: small bleed.\n\nIMPRESSION: Acute hemorrhage.\n"
        "Called to Dr. X at 10:02.\nNontraumatic intracranial hemorrhage"
    )
    assert "845" not in report.text


def test_report_only_in_nte_fixture() -> None:
    report = report_of((DATA / "oru_nte_utf8_v28.hl7").read_bytes())
    assert report.text.count("\n") == 2
    assert "~5 mm edema; R&L ventricles" in report.text  # raw ~ and & kept
    assert report.impression == "Acute left frontal intraparenchymal hemorrhage — neurosurgery notified."
    assert report.impression_source == "heading"
    assert report.result_status is ResultStatus.PRELIMINARY
    assert "status_word:P" in report.warnings


def test_nte_before_the_order_is_not_report_text() -> None:
    raw = build(tx("No bleed.", code="RPT"))
    raw = raw.replace(b"\rOBR", b"\rNTE|1||patient note: allergic to contrast\rOBR")
    assert "allergic" not in report_of(raw).text


# --- character sets (MSH-18) ------------------------------------------------------------------------------


def test_latin1_fixture_declared_8859_1() -> None:
    report = report_of((DATA / "oru_latin1_8859_v24.hl7").read_bytes())
    assert report.impression == "Unauffälliger Befund; Größe der Ventrikel regelrecht."
    assert report.procedure_text == "CT Schädel nativ"
    assert not [w for w in report.warnings if w.startswith("charset")]


def test_utf8_declared_and_sent() -> None:
    raw = build(tx("Hématome aigu — 5 mm"), msh18="UNICODE UTF-8", enc="utf-8")
    report = report_of(raw)
    assert report.impression == "Hématome aigu — 5 mm"
    assert report.warnings == ()


def test_declared_utf8_but_latin1_bytes_fall_back_to_cp1252() -> None:
    raw = build(tx("Hématome aigu, Größe 5 mm"), msh18="UNICODE UTF-8", enc="latin-1")
    report = report_of(raw)
    assert report.impression == "Hématome aigu, Größe 5 mm"
    assert "charset_fallback:UTF-8->cp1252:3" in report.warnings


def test_declared_utf8_with_mixed_valid_and_latin1_bytes() -> None:
    raw = build(tx("Größe", 1), tx("Hämatom", 2), enc="utf-8")
    raw = raw.replace(b"Gr\xc3\xb6\xc3\x9fe", "Größe".encode("latin-1"))
    raw = raw.replace(b"2.5.1", b"2.5.1||||||UNICODE UTF-8")
    report = report_of(raw)
    assert report.impression == "Größe\nHämatom"
    assert "charset_fallback:UTF-8->cp1252:2" in report.warnings


def test_declared_ascii_with_latin1_bytes_falls_back_to_cp1252() -> None:
    report = report_of(build(tx("Blutung im Schädel"), msh18="ASCII", enc="latin-1"))
    assert report.impression == "Blutung im Schädel"
    assert "charset_mismatch:ASCII->cp1252" in report.warnings


def test_no_charset_declared_but_utf8_bytes() -> None:
    report = report_of(build(tx("Hématome"), enc="utf-8"))
    assert report.impression == "Hématome"
    assert "charset_mismatch:none->UTF-8" in report.warnings


def test_declared_8859_1_but_utf8_bytes() -> None:
    report = report_of(build(tx("Größe"), msh18="8859/1", enc="utf-8"))
    assert report.impression == "Größe"
    assert "charset_mismatch:8859/1->UTF-8" in report.warnings


def test_declared_8859_1_with_cp1252_quotes() -> None:
    report = report_of(build(tx("“bleed” – likely"), msh18="8859/1", enc="cp1252"))
    assert report.impression == "“bleed” – likely"
    assert "charset_c1_as_cp1252" in report.warnings


def test_other_8859_part() -> None:
    report = report_of(build(tx("Krwiak śródmózgowy"), msh18="8859/2", enc="iso8859-2"))
    assert report.impression == "Krwiak śródmózgowy"
    assert report.warnings == ()


def test_multibyte_charset_that_does_not_fit_is_an_encoding_error() -> None:
    raw = build(tx("XX"), msh18="ISO IR87").replace(b"XX", b"\x1b$B\xff\xfe\x1b(B")
    (result,) = parse_record(raw)
    assert isinstance(result, MessageError)
    assert result.error.reason == "encoding"
    assert "ISO IR87" in str(result.error)
    assert result.control_id == "CTRL-7"


def test_unknown_charset_name_is_recorded() -> None:
    report = report_of(build(tx("plain"), msh18="EBCDIC-ISH"))
    assert "charset_unknown:other" in report.warnings  # a name no codec knows is not echoed (it may be PHI)
    report = report_of(build(tx("plain"), msh18="cp437"))
    assert "charset_unknown:cp437" in report.warnings  # a codec Python knows, outside table 0211


def test_a_few_stray_control_characters_are_removed() -> None:
    report = report_of(build(tx("No bleed.")) + b"\x1a")
    assert report.impression == "No bleed."
    assert "control_chars_removed:1" in report.warnings


@pytest.mark.parametrize(
    ("declared", "codec"),
    [
        ("ASCII", "ascii"),
        ("8859/1", "iso8859-1"),
        ("8859/15", "iso8859-15"),
        ("UNICODE UTF-8", "utf-8"),
        ("UNICODE", "utf-8"),
        ("ISO IR100", "iso8859-1"),
        ("GB 18030-2000", "gb18030"),
        ("utf8", "utf-8"),
        ("", None),
    ],
)
def test_charset_table(declared: str, codec: str | None) -> None:
    assert resolve_charset(declared)[0] == codec


# --- sections and impression --------------------------------------------------------------------------


def test_impression_obx_wins_over_headings() -> None:
    raw = build(
        tx("FINDINGS: Acute bleed. IMPRESSION: not this one.", 1, "&GDT^Findings"),
        tx("Acute subarachnoid hemorrhage.", 2, "&IMP^Impression"),
    )
    report = report_of(raw)
    assert report.impression == "Acute subarachnoid hemorrhage."
    assert report.impression_source == "obx_impression"
    assert report.text.startswith("FINDINGS: Acute bleed.")


def test_loinc_section_codes() -> None:
    raw = build(
        tx("Small bleed left frontal.", 1, "18782-3^Radiology Study observation^LN"),
        tx("Acute left frontal hemorrhage.", 2, "19005-8^Impression^LN"),
        tx("Size revised to 9 mm.", 3, "55107-7^Addendum^LN"),
    )
    report = report_of(raw)
    assert report.impression == "Acute left frontal hemorrhage.\nAddendum: Size revised to 9 mm."
    assert report.impression_source == "obx_impression"


def test_addendum_obx_that_changes_the_impression_counts() -> None:
    report = report_of((DATA / "oru_addendum_v22.hl7").read_bytes())
    assert report.impression.startswith("No acute intracranial abnormality.")
    assert "subdural hematoma" in report.impression
    assert report.result_status is ResultStatus.CORRECTED


def test_addendum_obx_appended_to_heading_impression() -> None:
    raw = build(
        tx("FINDINGS: Normal.", 1, "RPT"),
        tx("IMPRESSION: No acute abnormality.", 2, "RPT"),
        tx("Subtle right subdural hematoma on review.", 3, "&ADN^Addendum"),
    )
    report = report_of(raw)
    assert report.impression == "No acute abnormality.\nAddendum: Subtle right subdural hematoma on review."
    assert report.impression_source == "heading+obx_addendum"


@pytest.mark.parametrize("name", sorted(ADDENDUM_NAMES))
def test_an_addendum_obx_that_names_itself_is_not_named_twice(name: str) -> None:
    """Every addendum heading name of the text sections (one list, triage.text.sections.ADDENDUM_NAMES)
    opening an addendum OBX is its heading already: the OBX is not prefixed with a second "Addendum:"."""
    raw = build(
        tx("IMPRESSION: No acute abnormality.", 1, "RPT"),
        tx(f"{name.upper()}: Subtle right subdural hematoma on review.", 2, "&ADN^Addendum"),
    )
    report = report_of(raw)
    assert (
        report.impression
        == f"No acute abnormality.\n{name.upper()}: Subtle right subdural hematoma on review."
    )


def test_heading_narrative_fixture() -> None:
    report = report_of((DATA / "oru_narrative_headings_v23.hl7").read_bytes())
    assert report.impression == "1. No acute intracranial abnormality.\n2. Chronic microvascular disease."
    assert report.impression_source == "heading"
    assert "\n\nFINDINGS:" in report.text  # blank OBX lines keep the paragraphs


def test_findings_obx_without_impression_is_the_fallback() -> None:
    raw = build(tx("Hyperdense focus in the left thalamus.", 1, "&GDT^Findings"))
    report = report_of(raw)
    assert report.impression == "Hyperdense focus in the left thalamus."
    assert report.impression_source == "fallback_obx_findings"


def test_plain_narrative_without_headings_uses_the_shared_fallback() -> None:
    report = report_of(build(tx("Acute hemorrhage in the left thalamus.", 1, "RPT")))
    assert report.impression == "Acute hemorrhage in the left thalamus."
    assert report.impression_source.startswith("fallback")


# --- result status ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent", "status", "word"),
    [
        ("F", ResultStatus.FINAL, False),
        ("P", ResultStatus.PRELIMINARY, False),
        ("C", ResultStatus.CORRECTED, False),
        ("X", ResultStatus.CANCELLED, False),
        ("Final", ResultStatus.FINAL, True),
        ("FINAL", ResultStatus.FINAL, True),
        ("Prelim", ResultStatus.PRELIMINARY, True),
        ("Preliminary", ResultStatus.PRELIMINARY, True),
        ("Wet Read", ResultStatus.PRELIMINARY, True),
        ("wet-read", ResultStatus.PRELIMINARY, True),
        ("Corrected", ResultStatus.CORRECTED, True),
        ("Amended", ResultStatus.CORRECTED, True),
        ("Cancelled", ResultStatus.CANCELLED, True),
        ("Canceled", ResultStatus.CANCELLED, True),
    ],
)
def test_result_status_codes_and_words(sent: str, status: ResultStatus, word: bool) -> None:
    report = report_of(build(tx("No bleed."), status=sent))
    assert report.result_status is status
    assert any(w.startswith("status_word:") for w in report.warnings) is word


def test_unknown_status_word_falls_back_to_obx11() -> None:
    report = report_of(
        build(tx("No bleed.", 1, status="F"), tx("Addendum.", 2, "&ADT", status="C"), status="Weird")
    )
    assert report.result_status is ResultStatus.CORRECTED
    assert "status_unknown" in report.warnings
    assert "status_from:OBX-11->C" in report.warnings


def test_no_status_anywhere_is_none() -> None:
    report = report_of(build(tx("No bleed.", status=""), status=""))
    assert report.result_status is None


def test_msh18_naming_a_non_text_codec_is_unknown_not_an_internal_error() -> None:
    """rot13 is a str-to-str codec (and base64 bytes-to-bytes): neither decodes a message."""
    for name in ("rot13", "base64"):
        report = report_of(build(tx("Caf\u00e9 plain"), msh18=name, enc="latin-1"))
        assert "charset_unknown:other" in report.warnings


@pytest.mark.parametrize(
    "field",
    [
        "D",
        "d",
        "W",
        "w",
        "F",
        "",
        " ",
        "D ",
        " d",
        "DW",
        "D^X",
        "W~F",
        "\\",
        "~",
        "^",
        "&",
        '""',
        "\\E\\",
        "X",
    ],
)
def test_the_obx_code_fast_paths_read_what_the_field_access_reads(field: str) -> None:
    """retracted (OBX-11) and value_type (OBX-2) read a bare code as sent: the same as Segment.get."""
    from triage.hl7.message import split_message
    from triage.hl7.sections import RETRACTED, retracted, value_type

    message = split_message(f"MSH|^~\\&|A\rOBX|1|{field}|X||text||||||{field}", "ascii")
    obx = message.segments[1]
    assert retracted(obx) is ((obx.get(11) or "").upper() in RETRACTED)
    assert value_type(obx) == (obx.get(2) or "").upper()
    for code in ("TX", "FT", "CE", "tx", " TX", "TX^x"):
        obx = split_message(f"MSH|^~\\&|A\rOBX|1|{code}|X||text", "ascii").segments[1]
        assert value_type(obx) == (obx.get(2) or "").upper()


@pytest.mark.parametrize(
    "value", ["", '""', ' "" ', "a", "a  ", " a", "a\\.br\\", "\\R\\x", "a~b", '""~a', "~", "a~"]
)
def test_a_value_of_one_repetition_reads_as_the_repetitions_do(value: str) -> None:
    """repetition_lines' one-repetition path (no "~" in the value) gives what the repetitions give."""
    from triage.hl7.message import HL7_NULL, split_message
    from triage.hl7.sections import repetition_lines

    obx = split_message(f"MSH|^~\\&|A\rOBX|1|TX|X||{value}", "ascii").segments[1]
    reps = [r for r in obx.raw(5).split("~") if r.strip() != HL7_NULL]
    expected = None if not reps and value else "\n".join(obx.unescape(r).rstrip() for r in reps).rstrip()
    assert repetition_lines(obx, obx.raw(5)) == expected
