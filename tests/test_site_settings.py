"""Site settings a hospital needs before it can deploy: the HL7 sender's time zone, FHIR identifier systems
and base URL, the R4 release, list settings in the comma form, unknown TRIAGE_* variables
reported at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.flag import Flag as FlagR5
from fhir.resources.R4B.flag import Flag as FlagR4B
from pydantic import ValidationError
from test_pipeline_support import KeywordScorer, make_report, oru
from test_schemas import _errors

from triage.config import Settings, identifier_system, load_settings, unknown_env_warnings
from triage.core import Report, SourceRecord
from triage.errors import ConfigError
from triage.fhir.flag import (
    CONTENT_TYPES,
    RELEASES,
    FhirSite,
    FlagBuilder,
    build_flag,
    extension_map,
    flag_json_bytes,
)
from triage.hl7 import parse_hl7_time, parse_record
from triage.pipeline.process import Processor

KW = dict(threshold=0.42, model_version="ich-2024.1", model_sha256="ab" * 32)
SITE = FhirSite(
    base_url="https://fhir.hospital.example/ns",
    patient_system="urn:oid:2.16.840.1.113883.19.5",
    accession_system="https://ris.hospital.example/accession",
    visit_system="urn:oid:2.16.840.1.113883.19.7",
)
MODELS = {"R4": FlagR4B, "R4B": FlagR4B, "R5": FlagR5}  # no R4 models in fhir.resources: Flag is unchanged


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("TRIAGE_"):
            monkeypatch.delenv(key)


# ---- FHIR ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("release", RELEASES)
@pytest.mark.parametrize("site", [FhirSite(), SITE], ids=["default", "site"])
@pytest.mark.parametrize("status", ["active", "inactive", "entered-in-error"])
def test_every_flag_validates_for_every_release_and_site(release: str, site: FhirSite, status: str) -> None:
    report = make_report()
    probability = None if status == "entered-in-error" else 0.9
    kw = {"status": status, "probability": probability, "priority": "critical"}
    slow = build_flag(report, release=release, site=site, **kw, **KW)  # type: ignore[arg-type]
    fast = FlagBuilder(release=release, site=site, **KW).build(report, **kw)  # type: ignore[arg-type]
    assert flag_json_bytes(fast) == flag_json_bytes(slow)
    MODELS[release].model_validate_json(flag_json_bytes(fast))
    assert _errors("flag-profile.schema.json", fast) == []


def test_site_systems_and_base_url_are_used() -> None:
    flag = build_flag(make_report(), status="active", probability=0.9, site=SITE, **KW)
    assert flag["subject"]["identifier"] == {"system": "urn:oid:2.16.840.1.113883.19.5", "value": "P123456"}
    assert flag["encounter"]["identifier"] == {"system": "urn:oid:2.16.840.1.113883.19.7", "value": "V777"}
    assert flag["identifier"][0]["system"] == "https://ris.hospital.example/accession"
    assert flag["meta"]["profile"] == ["https://fhir.hospital.example/ns/StructureDefinition/ich-triage-flag"]
    urls = [e["url"] for e in flag["extension"]]
    assert all(u.startswith("https://fhir.hospital.example/ns/StructureDefinition/") for u in urls)
    assert "triage.example.org" not in flag_json_bytes(flag).decode()
    ext = extension_map(flag)
    assert (
        ext["ich-probability"]["valueDecimal"] == 0.9 and ext["model-version"]["valueString"] == "ich-2024.1"
    )


def test_default_systems_are_unchanged() -> None:
    flag = build_flag(make_report(), status="active", probability=0.9, **KW)
    assert flag["subject"]["identifier"]["system"] == "urn:triage:id-authority:HOSP"
    assert flag["encounter"]["identifier"]["system"] == "urn:triage:visit-number:GEN%20HOSP"
    assert flag["identifier"][0]["system"] == "urn:triage:accession"


@pytest.mark.parametrize(
    "given,system",
    [
        ("2.16.840.1.113883.19.5", "urn:oid:2.16.840.1.113883.19.5"),
        ("urn:oid:1.2.3", "urn:oid:1.2.3"),
        (" https://hospital.example/mrn ", "https://hospital.example/mrn"),
        ("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"),
    ],
)
def test_identifier_system_takes_uris_and_oids(given: str, system: str) -> None:
    assert identifier_system(given) == system


@pytest.mark.parametrize("bad", ["MRN", "urn:oid:1.02.3", "hospital mrn", "3.1.2"])
def test_identifier_system_rejects_what_is_neither(bad: str) -> None:
    with pytest.raises(ValueError):
        identifier_system(bad)


def test_processor_r4_site_and_timezone_end_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_FHIR_RELEASE", "R4")
    monkeypatch.setenv("TRIAGE_HL7_TIMEZONE", "America/New_York")
    monkeypatch.setenv("TRIAGE_FHIR_PATIENT_SYSTEM", "2.16.840.1.113883.19.5")
    monkeypatch.setenv("TRIAGE_FHIR_BASE_URL", "https://fhir.hospital.example/ns/")
    settings = load_settings(warn=None)
    assert settings.fhir_base_url == "https://fhir.hospital.example/ns"
    proc = Processor.from_settings(
        KeywordScorer(), settings, clock=lambda: datetime(2024, 3, 4, 16, tzinfo=UTC)
    )  # type: ignore[arg-type]
    outcome = proc.process_batch([SourceRecord("hl7.oru", 0, 0, oru(), key=b"ACC100")], {})[0]
    flag_msg = next(m for m in outcome.outputs if m.topic == settings.flag_topic)
    assert dict(flag_msg.headers)["content-type"] == b"application/fhir+json; fhirVersion=4.0"
    flag = json.loads(flag_msg.value)
    FlagR4B.model_validate(flag)
    assert _errors("flag-profile.schema.json", flag) == []
    assert flag["subject"]["identifier"]["system"] == "urn:oid:2.16.840.1.113883.19.5"
    # OBR-7 20240304100000 without an offset is New York time (EST, UTC-5), not UTC
    assert flag["period"]["start"] == "2024-03-04T10:00:00-05:00"


def test_content_types() -> None:
    assert CONTENT_TYPES["R4"].endswith("fhirVersion=4.0")
    assert CONTENT_TYPES["R4B"].endswith("fhirVersion=4.3")


# ---- HL7 time zone -------------------------------------------------------------------------------
def test_times_without_offset_are_read_in_the_site_zone() -> None:
    ny = ZoneInfo("America/New_York")
    assert parse_hl7_time("20240304100000") == datetime(2024, 3, 4, 10, tzinfo=UTC)  # default: UTC as before
    winter = parse_hl7_time("20240304100000", ny)
    summer = parse_hl7_time("20240704100000", ny)
    assert winter is not None and winter.utcoffset() == timedelta(hours=-5)
    assert summer is not None and summer.utcoffset() == timedelta(hours=-4)
    explicit = parse_hl7_time("20240704100000+0200", ny)  # an offset that was sent wins
    assert explicit is not None and explicit.utcoffset() == timedelta(hours=2)
    iso = parse_hl7_time("2024-07-04T10:00:00", ny)
    assert iso is not None and iso.utcoffset() == timedelta(hours=-4)
    [report] = parse_record(oru(), hl7_timezone=ny)
    assert isinstance(report, Report)
    assert report.observation_time == datetime(2024, 3, 4, 15, tzinfo=UTC)
    assert report.message_time == datetime(2024, 3, 4, 15, 31, tzinfo=UTC)


def test_unknown_time_zone_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_HL7_TIMEZONE", "Mars/Olympus")
    with pytest.raises(ConfigError, match=r"invalid setting hl7_timezone: unknown time zone 'Mars/Olympus'"):
        load_settings(warn=None)


# ---- lists, unknown variables, frozen ------------------------------------------------------------
@pytest.mark.parametrize(
    "value,expected",
    [
        ("CTHEAD,CTHEADWO", ["CTHEAD", "CTHEADWO"]),
        (" CTHEAD , CTHEADWO ,", ["CTHEAD", "CTHEADWO"]),
        ('["CTHEAD", "CTHEADWO"]', ["CTHEAD", "CTHEADWO"]),
        ("CTHEAD", ["CTHEAD"]),
        ("", []),
    ],
)
def test_list_settings_take_comma_or_json(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: list
) -> None:
    monkeypatch.setenv("TRIAGE_PROCEDURE_CODES", value)
    monkeypatch.setenv("TRIAGE_CONCLUSION_HEADINGS", "ASSESSMENT,OPINION")
    s = load_settings(warn=None)
    assert s.procedure_codes == expected
    assert s.conclusion_headings == ["ASSESSMENT", "OPINION"]


def test_list_settings_from_a_config_file_stay_lists(tmp_path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("procedure_codes: [A, B]\nconclusion_headings: [OPINION]\n")
    s = load_settings(path, warn=None)
    assert s.procedure_codes == ["A", "B"] and s.conclusion_headings == ["OPINION"]


def test_broken_json_list_is_one_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_PROCEDURE_CODES", '["CTHEAD",')
    with pytest.raises(ConfigError, match="procedure_codes: not a JSON list"):
        load_settings(warn=None)


def test_unknown_variables_are_named_with_a_suggestion() -> None:
    env = {
        "TRIAGE_FHIR_RELESE": "R4",
        "TRIAGE_TOPICS__AUDT": "x",
        "TRIAGE_TOPICS__AUDIT": "x",
        "TRIAGE_CONFIG": "f",
        "TRIAGE_TANSU_BIN": "t",
        "TRIAGE_HL7_TIMEZONE": "UTC",
        "TRIAGE_MLLP__PORT": "1",
        "TRIAGEX": "not ours",
        "PATH": "/bin",
    }
    # TRIAGE_TOPICS__AUDT is not 'ignored': its slice refuses it (one error line, below)
    assert unknown_env_warnings(env) == [
        "unknown setting TRIAGE_FHIR_RELESE ignored; did you mean TRIAGE_FHIR_RELEASE?",
    ]


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("TRIAGE_TOPICS__AUDT", "TRIAGE_TOPICS__AUDIT"),
        ("TRIAGE_PRIORITY__SHIFT_M", "TRIAGE_PRIORITY__SHIFT_MM"),
    ],
)
def test_an_unknown_name_in_a_settings_slice_is_one_error_line_with_the_hint(name: str, hint: str) -> None:
    done = _triage("config", "show", env={name: "1"})
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"triage: error: invalid setting {name.removeprefix('TRIAGE_').replace('__', '.').lower()}: "
        f"unknown setting {name}; did you mean {hint}?"
    ]


def _triage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        capture_output=True,
        text=True,
        env={**base, **env},
        timeout=120,
    )


def test_start_up_reports_an_unknown_variable_and_a_bad_setting_in_one_line() -> None:
    done = _triage("config", "show", env={"TRIAGE_FHIR_RELESE": "R4", "TRIAGE_PROCEDURE_CODES": "A,B"})
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "triage: warning: unknown setting TRIAGE_FHIR_RELESE ignored; did you mean TRIAGE_FHIR_RELEASE?"
    ]
    assert "procedure_codes:\n- A\n- B\n" in done.stdout
    bad = _triage("config", "show", env={"TRIAGE_FHIR_RELEASE": "R3"})
    assert bad.returncode == 2
    assert len(bad.stderr.splitlines()) == 1 and bad.stderr.startswith(
        "triage: error: invalid setting fhir_release"
    )


def test_settings_are_frozen() -> None:
    s = Settings()
    with pytest.raises(ValidationError):
        s.group_id = "other"  # type: ignore[misc]
    assert s.hl7_tzinfo == ZoneInfo("UTC")
