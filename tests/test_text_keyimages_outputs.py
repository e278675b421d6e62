"""Key-image references on the outputs: the audit record, the FHIR Flag extension (fhir.resources R4B and R5,
the profile schema) and `triage parse`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from fhir.resources.flag import Flag as FlagR5
from fhir.resources.R4B.flag import Flag as FlagR4B
from test_pipeline_support import KeywordScorer, adt, oru
from typer.testing import CliRunner

from triage.cli import app
from triage.config import Settings
from triage.core import SourceRecord
from triage.fhir.flag import EXT_KEY_IMAGE, key_image_extensions
from triage.pipeline.process import Processor
from triage.text.keyimages import MAX_KEY_IMAGES, extract_image_refs

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
CITED = "Acute subdural hemorrhage (series 3, image 45) and images 998-12. Se 4 im 112 shows the SAH."
FIXED_NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def _schema(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads((SCHEMAS / name).read_text()))


def _run(impression: str, release: str = "R4B") -> tuple[dict, dict | None]:
    settings = Settings(fhir_release=release)  # type: ignore[call-arg]
    proc = Processor.from_settings(KeywordScorer(), settings, clock=lambda: FIXED_NOW)  # type: ignore[arg-type]
    [out] = proc.process_batch([SourceRecord("hl7.oru", 0, 0, oru(impression=impression))], {})
    flags = [m for m in out.outputs if m.topic == settings.flag_topic]
    return out.audit_json()[0], json.loads(flags[0].value) if flags else None


def _key_images(flag: dict) -> list[dict[str, int]]:
    return [
        {p["url"]: p["valueUnsignedInt"] for p in e["extension"]}
        for e in flag["extension"]
        if e["url"].endswith("/StructureDefinition/key-image")
    ]


@pytest.mark.parametrize(("release", "model"), [("R4B", FlagR4B), ("R5", FlagR5)])
def test_flag_carries_the_cited_images_and_validates(release: str, model: type) -> None:
    _, flag = _run(CITED, release)
    assert flag is not None
    model.model_validate(flag)
    assert not list(_schema("flag-profile.schema.json").iter_errors(flag))
    assert _key_images(flag) == [
        {"series": 3, "firstImage": 45, "lastImage": 45},
        {"firstImage": 998, "lastImage": 1012},
        {"series": 4, "firstImage": 112, "lastImage": 112},
    ]
    refs = json.dumps([e for e in flag["extension"] if e["url"] == EXT_KEY_IMAGE])
    assert "subdural" not in refs and "Se 4" not in refs  # the references are numbers only, never text
    # the Flag carries codes (ich-attributes: subtype 'subdural'), never the report's words
    raw = json.dumps(flag)
    words = ("Acute subdural hemorrhage", "Se 4 im", "shows the SAH", "series 3")
    assert not any(w in raw for w in words)


def test_audit_record_lists_the_references_as_numbers_and_offsets() -> None:
    audit, _ = _run(CITED)
    assert not list(_schema("audit-record.schema.json").iter_errors(audit))
    refs = audit["key_images"]
    assert [(r["series"], r["first_image"], r["last_image"], r["sentence"]) for r in refs] == [
        (3, 45, 45, 0),
        (None, 998, 1012, 0),
        (4, 112, 112, 1),
    ]
    assert all(set(r.values()) <= set(range(0, 2000)) | {None} for r in refs)


def test_no_reference_means_an_empty_list_and_no_extension() -> None:
    audit, flag = _run("Acute subdural hemorrhage along the left convexity.")
    assert audit["key_images"] == []
    assert flag is not None and _key_images(flag) == []


def test_unscored_messages_have_null_key_images() -> None:
    proc = Processor.from_settings(KeywordScorer(), Settings(), clock=lambda: FIXED_NOW)  # type: ignore[arg-type]
    [out] = proc.process_batch([SourceRecord("hl7.oru", 0, 0, adt())], {})
    [out2] = proc.process_batch([SourceRecord("hl7.oru", 0, 1, b"garbage")], {})
    assert out.audit_json()[0]["decision"] == "skipped" and out.audit_json()[0]["key_images"] is None
    assert out2.audit_json()[0]["decision"] == "dead_letter" and out2.audit_json()[0]["key_images"] is None


def test_references_are_bounded_on_flag_and_audit() -> None:
    many = "Acute subdural hemorrhage. " + " ".join(f"series 2 image {i}." for i in range(1, 80))
    audit, flag = _run(many)
    assert flag is not None and len(_key_images(flag)) == MAX_KEY_IMAGES
    assert len(audit["key_images"]) == MAX_KEY_IMAGES
    assert not list(_schema("audit-record.schema.json").iter_errors(audit))
    FlagR4B.model_validate(flag)


def test_profile_schema_rejects_a_key_image_without_first_image() -> None:
    _, flag = _run(CITED)
    assert flag is not None
    for ext in flag["extension"]:
        if ext["url"] == EXT_KEY_IMAGE:
            ext["extension"] = [p for p in ext["extension"] if p["url"] != "firstImage"]
    assert list(_schema("flag-profile.schema.json").iter_errors(flag))


def test_extension_helper_dedupes_in_text_order() -> None:
    refs = extract_image_refs("series 3 image 45; series 3 image 45 again; image 7")
    assert [len(e["extension"]) for e in key_image_extensions(refs)] == [3, 2]


def test_parse_shows_key_images(tmp_path: Path) -> None:
    path = tmp_path / "m.hl7"
    path.write_bytes(oru(impression=CITED))
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    entry = json.loads(result.output)
    assert [(r["series"], r["first_image"], r["last_image"]) for r in entry["key_images"]] == [
        (3, 45, 45),
        (None, 998, 1012),
        (4, 112, 112),
    ]
    assert "text" not in entry["key_images"][0]
    shown = json.loads(CliRunner().invoke(app, ["parse", str(path), "--show-text"]).output)
    assert shown["key_images"][0]["text"] == "series 3, image 45"
