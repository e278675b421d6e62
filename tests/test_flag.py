"""The emitted FHIR Flag: deterministic id and bytes, content, validity for R4B and R5 (fhir.resources)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from fhir.resources.flag import Flag as FlagR5
from fhir.resources.R4B.flag import Flag as FlagR4B
from test_pipeline_support import make_report

from triage.errors import FlagValidationError
from triage.fhir.flag import (
    EXT_MODEL_VERSION,
    EXT_PROBABILITY,
    EXT_THRESHOLD,
    FlagBuilder,
    build_flag,
    flag_id,
    flag_json_bytes,
)
from triage.text.keyimages import ImageRef

KW = dict(threshold=0.42, model_version="ich-2024.1", model_sha256="ab" * 32)


def _ext(flag: dict, url: str) -> dict:
    return next(e for e in flag["extension"] if e["url"] == url)


def test_flag_id_is_sha256_of_accession_and_model_and_a_valid_fhir_id() -> None:
    fid = flag_id("ACC100", "ich-2024.1")
    assert fid == "ich-" + hashlib.sha256(b"ACC100|ich-2024.1").hexdigest()[:32]
    assert re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", fid)
    assert flag_id("ACC100", "ich-2024.1") == fid
    assert flag_id("ACC100", "ich-2024.2") != fid
    assert flag_id("ACC101", "ich-2024.1") != fid


@pytest.mark.parametrize("release,model", [("R4B", FlagR4B), ("R5", FlagR5)])
def test_flag_parses_with_fhir_resources_and_carries_the_decision(release: str, model: type) -> None:
    report = make_report()
    kw = {"release": release, "priority": "urgent"}
    flag = build_flag(report, status="active", probability=0.87654321, **kw, **KW)  # type: ignore[arg-type]
    parsed = model.model_validate_json(flag_json_bytes(flag))
    assert parsed.id == flag_id("ACC100", "ich-2024.1")
    assert parsed.status == "active"
    coding = parsed.code.coding[0]
    assert (coding.system, coding.code) == ("http://snomed.info/sct", "1386000")
    assert parsed.subject.identifier.value == "P123456"
    assert parsed.subject.identifier.system == "urn:triage:id-authority:HOSP"
    assert parsed.encounter.identifier.value == "V777"
    assert parsed.period.start == report.observation_time
    assert parsed.author.reference == "#model"
    device = parsed.contained[0]
    assert device.id == "model"
    assert {i.value for i in device.identifier} == {"ich-2024.1", "ab" * 32}
    assert {i.value for i in parsed.identifier} == {"ACC100", "MSG0001", "PL100", "FI100"}
    by_type = {i.type.coding[0].code: i.value for i in parsed.identifier if i.type is not None}
    assert by_type == {"ACSN": "ACC100", "PLAC": "PL100", "FILL": "FI100"}
    assert {c.coding[0].code for c in parsed.category} == {"clinical", "urgent"}
    assert float(_ext(flag, EXT_PROBABILITY)["valueDecimal"]) == pytest.approx(0.876543)
    assert _ext(flag, EXT_THRESHOLD)["valueDecimal"] == 0.42
    assert _ext(flag, EXT_MODEL_VERSION)["valueString"] == "ich-2024.1"


@pytest.mark.parametrize("priority", ["critical", "urgent", "routine", "review"])
def test_the_flag_carries_its_worklist_priority_in_one_vocabulary(priority) -> None:
    """The category code is the priority the caller graded (triage.priority); builder and build_flag agree and
    both validate; a withdrawn Flag keeps the priority it is given, and a Flag without one has no code."""
    kw = {"assertion": "affirmed", "decided_by": "rules", "priority": priority}
    flag = build_flag(make_report(), status="active", probability=0.97, **kw, **KW)
    codes = {c["coding"][0]["code"] for c in flag["category"]}
    assert codes == {"clinical", priority}
    fast = FlagBuilder(**KW).build(make_report(), status="active", probability=0.97, **kw)
    assert flag_json_bytes(fast) == flag_json_bytes(flag)
    FlagR4B.model_validate_json(flag_json_bytes(fast))
    withdrawn = build_flag(make_report(), status="inactive", probability=0.1, **kw, **KW)
    assert {c["coding"][0]["code"] for c in withdrawn["category"]} == {"clinical", priority}
    bare = build_flag(make_report(), status="inactive", probability=0.1, **KW)
    assert {c["coding"][0]["code"] for c in bare["category"]} == {"clinical"}


@pytest.mark.parametrize("release", ["R4", "R4B", "R5"])
def test_the_bleed_attributes_and_reasons_are_extensions_that_validate(release) -> None:
    from triage.priority import BleedAttributes, PriorityGrade

    attrs = BleedAttributes(
        subtypes=("subdural", "intraventricular"),
        acuity="acute",
        change="increased",
        midline_shift=True,
        midline_shift_mm=7.0,
        hydrocephalus=True,
        mass_effect_known=("hydrocephalus",),
        size_mm=12.0,
        volume_ml=30.0,
    )
    grade = PriorityGrade("critical", ("midline shift 7 mm >= 5 mm",))
    kw = {"assertion": "affirmed", "decided_by": "rules", "attributes": attrs, "grade": grade}
    flag = build_flag(make_report(), status="active", probability=0.97, release=release, **kw, **KW)
    fast = FlagBuilder(release=release, **KW).build(make_report(), status="active", probability=0.97, **kw)
    assert flag_json_bytes(fast) == flag_json_bytes(flag)
    by_name = {e["url"].rsplit("/", 1)[-1]: e for e in flag["extension"]}
    parts = by_name["ich-attributes"]["extension"]
    assert [p["valueCode"] for p in parts if p["url"] == "subtype"] == ["subdural", "intraventricular"]
    assert [p["valueCode"] for p in parts if p["url"] == "massEffect"] == ["midline_shift", "hydrocephalus"]
    assert [p["valueCode"] for p in parts if p["url"] == "massEffectKnown"] == ["hydrocephalus"]
    shift = next(p["valueQuantity"] for p in parts if p["url"] == "midlineShift")
    assert (shift["value"], shift["code"], shift["system"]) == (7.0, "mm", "http://unitsofmeasure.org")
    assert by_name["priority-reason"]["valueString"] == "midline shift 7 mm >= 5 mm"
    assert {c["coding"][0]["code"] for c in flag["category"]} == {"clinical", "critical"}
    model = FlagR5 if release == "R5" else FlagR4B
    model.model_validate_json(flag_json_bytes(flag))


def test_same_inputs_give_identical_bytes() -> None:
    a = flag_json_bytes(build_flag(make_report(), status="active", probability=0.9, **KW))
    b = flag_json_bytes(build_flag(make_report(), status="active", probability=0.9, **KW))
    assert a == b
    assert json.loads(a)["id"] == flag_id("ACC100", "ich-2024.1")
    c = flag_json_bytes(build_flag(make_report(), status="inactive", probability=0.1, **KW))
    assert json.loads(c)["id"] == json.loads(a)["id"] and c != a


def test_no_phi_beyond_ids_in_the_flag() -> None:
    report = make_report()
    raw = flag_json_bytes(build_flag(report, status="active", probability=0.9, **KW)).decode()
    for secret in ("Philomena", "Zebulonsky", "quartzlantern", "subdural hemorrhage"):
        assert secret not in raw


def test_cancelled_flag_without_probability_and_id_override() -> None:
    flag = build_flag(
        make_report(result_status="X"),
        status="entered-in-error",
        probability=None,
        id_override="ich-previous",
        **KW,
    )
    FlagR4B.model_validate(flag)
    assert flag["id"] == "ich-previous"
    assert all(e["url"] != EXT_PROBABILITY for e in flag["extension"])


def test_minimal_report_still_valid() -> None:
    empty = ("patient_id", "patient_id_authority", "visit_number", "observation_time", "result_time")
    report = make_report(message_time=None, result_status=None, **dict.fromkeys(empty))
    for release in ("R4B", "R5"):
        flag = build_flag(report, status="active", probability=0.9, release=release, **KW)
        assert "encounter" not in flag and "period" not in flag
        assert flag["subject"]["display"] == "unidentified patient"


def test_authority_with_odd_characters_becomes_a_valid_uri() -> None:
    report = make_report(patient_id_authority="GEN HOSP&1.2.3")
    flag = build_flag(report, status="active", probability=0.9, release="R5", **KW)
    assert flag["subject"]["identifier"]["system"] == "urn:triage:id-authority:GEN%20HOSP%261.2.3"
    FlagR5.model_validate(flag)


@pytest.mark.parametrize(
    "report,status,match",
    [
        (make_report(), "bogus", "status"),
        (make_report(accession=None), "active", "accession"),
        (make_report(observation_time=datetime(2024, 1, 1, 10, 0)), "active", "timezone"),
    ],
)
def test_invalid_flags_raise_flag_validation_error(report, status: str, match: str) -> None:
    with pytest.raises(FlagValidationError, match=match):
        build_flag(report, status=status, probability=0.9, **KW)


def test_invalid_fhir_id_is_caught_by_fhir_resources() -> None:
    with pytest.raises(FlagValidationError, match="id"):
        build_flag(make_report(), status="active", probability=0.9, id_override="not a valid id!", **KW)


def test_unknown_release_is_rejected() -> None:
    with pytest.raises(FlagValidationError, match="release"):
        build_flag(make_report(), status="active", probability=0.9, release="R3", **KW)  # type: ignore[arg-type]


def test_flag_for_each_status_validates_in_both_releases() -> None:
    for status in ("active", "inactive", "entered-in-error"):
        for release, model in (("R4B", FlagR4B), ("R5", FlagR5)):
            model.model_validate(
                build_flag(replace(make_report()), status=status, probability=0.5, release=release, **KW)
            )


@pytest.mark.parametrize("release,model", [("R4B", FlagR4B), ("R5", FlagR5)])
def test_flag_builder_gives_build_flag_bytes_and_whole_flags_validate(release: str, model: type) -> None:
    builder = FlagBuilder(release=release, **KW)
    variants = [
        make_report(),
        make_report(result_status=None, visit_number=None, patient_id=None),
        make_report(accession="ACC-9", control_id="M9", patient_id_authority="GEN HOSP&1.2"),
        make_report(observation_time=None, result_time=None, message_time=None),
    ]
    for report in variants:
        for status, probability in (("active", 0.93), ("inactive", 0.02), ("entered-in-error", None)):
            fast = builder.build(report, status=status, probability=probability)
            slow = build_flag(report, status=status, probability=probability, release=release, **KW)
            assert flag_json_bytes(fast) == flag_json_bytes(slow)
            model.model_validate_json(flag_json_bytes(fast))


def test_flag_builder_still_validates_each_flags_own_values() -> None:
    builder = FlagBuilder(**KW)
    with pytest.raises(FlagValidationError, match="id"):
        builder.build(make_report(), status="active", probability=0.9, id_override="not a valid id!")
    with pytest.raises(FlagValidationError, match="status"):
        builder.build(make_report(), status="resolved", probability=0.9)
    with pytest.raises(FlagValidationError, match="timezone"):
        builder.build(make_report(observation_time=datetime(2024, 1, 1)), status="active", probability=0.9)


def test_flag_builder_validates_its_constant_part_once() -> None:
    with pytest.raises(FlagValidationError):
        FlagBuilder(threshold=0.5, model_version="", model_sha256="ab" * 32)  # empty FHIR string


def test_flag_builder_validates_a_decision_element_until_one_equal_to_it_passed() -> None:
    """Equal decision elements are validated once (FlagBuilder docstring): an invalid one never passes,
    however often it comes; a valid one gives the same bytes the second time."""
    builder = FlagBuilder(**KW)
    good = [ImageRef(3, 45, 45, 0, 0, 10)]
    bad = [ImageRef(3, -1, 45, 0, 0, 10)]  # a negative unsignedInt
    sent = []
    for _ in range(2):
        fast = builder.build(make_report(), status="active", probability=0.9, key_images=good)
        FlagR4B.model_validate(fast)
        sent.append(flag_json_bytes(fast))
        with pytest.raises(FlagValidationError, match="valueUnsignedInt"):
            builder.build(make_report(), status="active", probability=0.9, key_images=bad)
    assert sent[0] == sent[1] and b'"valueUnsignedInt":45' in sent[0]
    with pytest.raises(FlagValidationError, match="status"):  # the report's own elements: every Flag
        builder.build(make_report(), status="resolved", probability=0.9, key_images=good)


# Values a Flag takes from its report, odd ones included: every whitespace character Python or Unicode knows,
# control characters, the Latin-1 and general-punctuation blocks, empty and long strings.
_ODD_CHARS = sorted(
    {chr(c) for c in range(0x0, 0x300)}
    | {chr(c) for c in range(0x2000, 0x2070)}
    | {chr(c) for c in (0x1680, 0x180E, 0x3000, 0xFEFF, 0xFFFD, 0x1F600)}
    | {chr(c) for c in (*range(0xD800, 0xE000, 0x7F), 0xDBFF, 0xDC00, 0xDFFF)}  # lone surrogates
)
_ODD_VALUES = ["", "A1", "a" * 70, " x ", "x\x0by", *_ODD_CHARS, *(c * 2 for c in _ODD_CHARS[:64])]


def _fast_agrees(builder: FlagBuilder, **report_fields: object) -> tuple[bool, bool]:
    """(fhir.resources accepts the whole Flag, the builder's check of the Flag's own values accepts it)."""
    from triage.fhir.flag import _variable_part, own_values_valid

    report = make_report(**report_fields)
    try:
        build_flag(report, status="active", probability=0.5, **KW)
        valid = True
    except FlagValidationError:
        valid = False
    try:
        variable = _variable_part(
            report, status="active", probability=0.5, model_version=str(KW["model_version"]), id_override=None
        )
    except FlagValidationError:
        return valid, False
    return valid, own_values_valid(variable)


# ≈ 0.5 s a field (140 Flags through fhir.resources): `make test-fast` keeps one field of each kind (a plain
# identifier value, one percent-encoded into a system), `make test` runs every field
_FULL_TIER = pytest.mark.slow


@pytest.mark.parametrize(
    "field",
    [
        "accession",
        pytest.param("control_id", marks=_FULL_TIER),
        pytest.param("placer_order_number", marks=_FULL_TIER),
        pytest.param("filler_order_number", marks=_FULL_TIER),
        pytest.param("patient_id", marks=_FULL_TIER),
        "patient_id_authority",  # PID-3.4: percent-encoded into the patient identifier's system
        pytest.param("visit_number", marks=_FULL_TIER),
        pytest.param("sending_facility", marks=_FULL_TIER),  # MSH-4: percent-encoded into the visit's system
    ],
)
def test_the_fast_check_of_a_flags_own_values_never_accepts_what_fhir_resources_refuses(field: str) -> None:
    """FlagBuilder skips fhir.resources for a Flag whose decision elements passed before when its own values
    pass fhir.resources' rules for their types (own_values_valid); a value that fails goes to fhir.resources.
    So the check must never accept what fhir.resources refuses (it may send a few valid values there)."""
    builder = FlagBuilder(**KW)
    accepted_wrongly, sent_to_fhir = [], 0
    for value in _ODD_VALUES:
        valid, fast = _fast_agrees(builder, **{field: value})
        if fast and not valid:
            accepted_wrongly.append(value)
        sent_to_fhir += valid and not fast
    assert accepted_wrongly == []
    assert sent_to_fhir <= 8  # only Python's extra whitespace (\x1c-\x1f) goes the slow way
    # the check can fail (authority, facility: percent-encoded into a system, only a surrogate breaks them)
    in_system = field in ("patient_id_authority", "sending_facility")
    assert _fast_agrees(builder, **{field: "\ud800" if in_system else "\u00a0"}) == (
        False,
        False,
    )


@pytest.mark.parametrize("surrogate", ["\ud800", "a\udbffb", "\udc80", "\udfff"])
def test_a_lone_surrogate_is_a_flag_validation_error_never_a_unicode_error(surrogate: str) -> None:
    """A lone surrogate (not Unicode text) in any value the Flag copies: FlagValidationError (the message
    is dead-lettered as flag_validation) naming the field, never its value; and the fast check refuses it
    in every string it checks, as fhir.resources does."""
    from triage.fhir.flag import _variable_part, own_values_valid, validate_flag

    builder = FlagBuilder(**KW)
    builder.build(make_report(), status="active", probability=0.5)  # decision elements known: fast path
    for field in (
        "accession",
        "patient_id_authority",
        "sending_facility",
        "control_id",
        "patient_id",
        "visit_number",
    ):
        with pytest.raises(FlagValidationError, match=field) as caught:
            builder.build(make_report(**{field: surrogate}), status="active", probability=0.5)
        assert surrogate not in str(caught.value)
    variable = _variable_part(
        make_report(), status="active", probability=0.5, model_version="m", id_override=None
    )
    assert own_values_valid(variable)
    validate_flag({**variable, "code": builder._code}, "R4B")
    odd = [("identifier", 0), ("identifier", 1), ("subject", None), ("encounter", None)]
    for element, index in odd:
        bad = json.loads(json.dumps(variable))
        ident = bad[element][index] if index is not None else bad[element]["identifier"]
        ident["value"] = "X" + surrogate
        assert not own_values_valid(bad), element
        with pytest.raises(FlagValidationError):
            validate_flag({**bad, "code": builder._code}, "R4B")


def test_the_fast_check_agrees_with_fhir_resources_on_times_ids_and_probabilities() -> None:
    from triage.fhir.flag import _variable_part, own_values_valid

    builder = FlagBuilder(**KW)
    for minutes in range(-24 * 60 + 1, 24 * 60, 7):
        tz = timezone(timedelta(minutes=minutes))
        for when in (datetime(2024, 2, 29, 23, 59, 59, tzinfo=tz), datetime(1, 1, 1, 0, 0, 0, 1, tzinfo=tz)):
            valid, fast = _fast_agrees(builder, observation_time=when)
            assert valid == fast, when.isoformat()
    # an offset in seconds FHIR cannot carry: no period (the parser dropped such a time with a warning)
    odd_offset = datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=7)))
    assert _fast_agrees(builder, observation_time=odd_offset) == (True, True)
    assert "period" not in builder.build(
        make_report(observation_time=odd_offset), status="active", probability=0.5
    )
    report = make_report()
    for fid in ("ich-" + "a" * 32, "x" * 64, "x" * 65, "not valid!", "a.b-c", "ich_1"):
        variable = _variable_part(
            report, status="active", probability=0.5, model_version="m", id_override=fid
        )
        try:
            build_flag(report, status="active", probability=0.5, id_override=fid, **KW)
            valid = True
        except FlagValidationError:
            valid = False
        # never accepts what fhir.resources refuses (a 65-character id, which it takes, goes the slow way)
        assert own_values_valid(variable) == valid or (valid and len(fid) > 64)
    for p in (0.0, 1e-7, 0.5, 1.0, float("nan"), float("inf"), -float("inf")):
        variable = _variable_part(report, status="active", probability=p, model_version="m", id_override=None)
        try:
            build_flag(report, status="active", probability=p, **KW)
            valid = True
        except (FlagValidationError, ValueError):
            valid = False
        assert own_values_valid(variable) == valid
        if not valid:  # the builder sends it to fhir.resources, which refuses it
            builder.build(report, status="active", probability=0.5)
            with pytest.raises((FlagValidationError, ValueError)):
                builder.build(report, status="active", probability=p)


@pytest.mark.parametrize(
    "obr7,start,warning",
    [
        ("2024", "2024", None),  # year precision: FHIR dateTime YYYY
        ("202401", "2024-01", None),
        ("20240102", "2024-01-02", None),
        ("202401021530", "2024-01-02T15:30:00+00:00", None),
        ("20240102153045-0500", "2024-01-02T15:30:45-05:00", None),
        ("20240102153045+1401", "2024-03-04T10:00:00+00:00", "bad_timestamp:OBR-7"),  # falls back to OBR-22
        ("00010101", "2024-03-04T10:00:00+00:00", "implausible_timestamp:OBR-7"),
        ("20240102030405.123456789", "2024-03-04T10:00:00+00:00", "bad_timestamp:OBR-7"),
    ],
)
def test_the_flag_period_keeps_the_precision_sent(obr7: str, start: str, warning: str | None) -> None:
    """An HL7 TS of year or month precision is a FHIR dateTime of that precision, never a made-up
    'YYYY-01-01T00:00:00'; a value FHIR cannot carry is dropped with a parser warning (the field name only)
    and the next source (OBR-22) applies. fhir.resources validates every Flag."""
    from test_pipeline_support import oru

    from triage.hl7 import parse_record

    raw = oru().replace(b"|||20240304100000|", f"|||{obr7}|".encode())
    (report,) = parse_record(raw.replace(b"||||20240304103000|||F", b"||||20240304100000|||F"))
    flag = build_flag(report, status="active", probability=0.9, **KW)
    assert flag["period"]["start"] == start
    if warning:
        assert warning in report.warnings and not any(obr7 in w for w in report.warnings)
    else:
        assert not [w for w in report.warnings if "timestamp" in w]


def test_a_local_mean_time_offset_fhir_cannot_carry_is_dropped_with_a_warning() -> None:
    """Africa/Monrovia kept -00:44:30 until 1972: a time sent without an offset there has an offset in
    seconds, which FHIR dateTime cannot carry. Dropped with `unrepresentable_timestamp:OBR-7`, then OBR-22."""
    from zoneinfo import ZoneInfo

    from test_pipeline_support import oru

    from triage.hl7 import parse_record

    raw = oru().replace(b"|||20240304100000|", b"|||19700102030405|")
    (report,) = parse_record(raw, hl7_timezone=ZoneInfo("Africa/Monrovia"))
    assert "unrepresentable_timestamp:OBR-7" in report.warnings
    flag = build_flag(report, status="active", probability=0.9, **KW)
    assert (
        flag["period"]["start"] == report.result_time.isoformat()
    )  # OBR-22, in the same zone (whole minutes)


@pytest.mark.parametrize("release", ["R4", "R4B", "R5"])
def test_the_fast_check_agrees_with_fhir_resources_on_the_canaries_here(release: str) -> None:
    """The installed fhir.resources/fhir_core: the build-time agreement check keeps the fast path on."""
    from triage.fhir.flag import fast_check_agrees

    assert fast_check_agrees(release) is True
    assert FlagBuilder(release=release, **KW).fast_path is True


def _count_validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import triage.fhir.flag as flag_module

    calls = [0]
    real = flag_module.validate_flag

    def counting(flag: dict, release: str) -> None:
        calls[0] += 1
        real(flag, release)

    monkeypatch.setattr(flag_module, "validate_flag", counting)
    return calls


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        ("_FHIR_STRING", re.compile("")),  # accepts the empty string fhir.resources refuses
        ("_FHIR_ID", re.compile(r".{1,80}")),  # accepts a 65-character or spaced id
        ("_DECIMAL", re.compile(r".*")),  # accepts "nan"
        ("_DATETIME", None),  # fhir_core without its patterns
    ],
)
def test_a_fast_check_that_disagrees_on_a_canary_turns_the_fast_path_off(
    monkeypatch: pytest.MonkeyPatch, name: str, broken: object
) -> None:
    """A fhir.resources/fhir_core whose rules moved away from the fast check's: found when the builder is
    built, and every Flag is then validated by fhir.resources (one event, no value)."""
    from structlog.testing import capture_logs

    import triage.fhir.flag as flag_module

    monkeypatch.setattr(flag_module, name, broken)
    flag_module.fast_check_agrees.cache_clear()
    try:
        with capture_logs() as logs:
            builder = FlagBuilder(**KW)
        assert builder.fast_path is False
        assert [e["event"] for e in logs] == ([] if broken is None else ["flag_fast_check_disagrees"])
        calls = _count_validations(monkeypatch)
        for _ in range(3):
            builder.build(make_report(), status="active", probability=0.5)
        assert calls[0] == 3
    finally:
        monkeypatch.undo()
        flag_module.fast_check_agrees.cache_clear()
    assert flag_module.fast_check_agrees("R4B")  # the canaries, before counting
    calls = _count_validations(monkeypatch)
    builder = FlagBuilder(**KW)
    for _ in range(3):
        builder.build(make_report(), status="active", probability=0.5)
    assert builder.fast_path is True and calls[0] == 2  # the probe, then the first Flag; then the fast path


def test_complex_extensions_are_validated_part_by_part_with_their_numbers_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new combination of attribute parts that each passed before, and a size or image number new to the
    builder, are not validated by fhir.resources again (FlagBuilder class doc), and the Flag still validates
    whole; an image number fhir.resources refuses (unsignedInt past 2^31-1) still goes to it and is refused
    with the message a fresh builder gives."""
    from triage.priority import BleedAttributes

    def attrs(subtypes: tuple, size: float | None, **kw: object) -> BleedAttributes:
        return BleedAttributes(subtypes=subtypes, acuity="acute", change="new", size_mm=size, **kw)  # type: ignore[arg-type]

    def image(n: int) -> ImageRef:
        return ImageRef(series=3, first_image=n, last_image=n, sentence=0, start=0, end=5)

    builder = FlagBuilder(**KW)
    calls = _count_validations(monkeypatch)
    first = [
        dict(attributes=attrs(("subdural",), 12.0), key_images=[image(45)]),
        dict(attributes=attrs(("subarachnoid",), None, hydrocephalus=True), key_images=[]),
    ]
    for kw in first:
        builder.build(make_report(), status="active", probability=0.9, **kw)
    assert calls[0] == 2  # two Flags with new parts
    again = dict(
        attributes=attrs(("subdural", "subarachnoid"), 7.5, hydrocephalus=True), key_images=[image(1013)]
    )
    flag = builder.build(make_report(), status="active", probability=0.8, **again)
    assert calls[0] == 2  # a new combination, a new size and image number: known parts, valid numbers
    FlagR4B.model_validate(flag)  # the merged Flag validates whole
    too_large = dict(attributes=attrs(("subdural",), 12.0), key_images=[image(2**31)])
    with pytest.raises(FlagValidationError) as fast:
        builder.build(make_report(), status="active", probability=0.9, **too_large)
    with pytest.raises(FlagValidationError) as fresh:
        FlagBuilder(**KW).build(make_report(), status="active", probability=0.9, **too_large)
    assert str(fast.value) == str(fresh.value) and "extension" in str(fast.value)
