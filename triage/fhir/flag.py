"""The FHIR Flag this product emits for a suspected intracranial hemorrhage.

Profile: schemas/flag-profile.schema.json.

Releases: ``R4`` (4.0.1, what most EHR FHIR servers run), ``R4B`` (4.3, the default) and ``R5``.
fhir.resources ships models for R4B, R5 and STU3 but not R4, so R4 Flags are validated with the R4B
models: Flag and Device (deviceName) did not change between R4 and R4B, so the same JSON is valid R4.
The releases differ only in the contained Device's name fields (R5: displayName/name) and the
content-type header (CONTENT_TYPES).

Site settings (``FhirSite``, from ``TRIAGE_FHIR_*``): the identifier systems of patient, accession and
visit, and the base URL of every URL this module mints (profile, extensions, CodeSystem, model
identifiers). The defaults below are those of ``DEFAULT_SITE``; the module constants (EXT_*,
FLAG_PROFILE, ...) are the default URLs.

Content (identical for every release except the contained Device, whose name fields differ):

- ``id``: ``flag_id(accession, model_version)`` = "ich-" + first 32 hex chars of
  sha256("{accession}|{model_version}").
- ``status``: active (positive) | inactive (withdrawn by a corrected negative report) |
  entered-in-error (cancelled report).
- ``category``: flag-category ``clinical`` and the local worklist-priority code (CodeSystem
  ``<base>/CodeSystem/worklist-priority``): ``critical`` | ``urgent`` | ``routine`` for a rule-backed
  positive, ``review`` for one that rests on the network alone (triage.priority.policy; the same code is the
  Kafka header ``triage-priority``). Every active Flag has one; a withdrawn or cancelled Flag keeps the
  priority it had.
- ``code``: SNOMED CT 1386000 "Intracranial hemorrhage (disorder)".
- ``subject``: the Patient by identifier, PID-3.1 with the site's patient system, by default
  ``urn:triage:id-authority:<PID-3.4.1>`` (percent-encoded; just the value when no authority is sent;
  display "unidentified patient" without PID-3); of a repeated PID-3 the medical record number's repetition
  (triage.hl7.extract.patient_repetition: never an SSN sent first).
- ``encounter``: the Encounter by identifier PV1-19.1, system the site's visit system, by default
  ``urn:triage:visit-number[:<MSH-4.1>]``, when known.
- ``period.start``: observation time (OBR-7, else OBR-22, else MSH-7), when known, at the precision sent
  (``2024``, ``2024-01``, ``2024-01-02``, or a time with its offset: never a made-up midnight).
- ``author``: ``#model``, a contained Device whose identifiers are the model version and the artifact sha256.
- ``identifier``: the accession (type v2-0203 ACSN, the site's accession system, by default
  ``urn:triage:accession``), the MSH-10 of the message that caused this state of the Flag (system
  ``urn:triage:hl7v2:msh-10``) and, when sent, the placer and filler order numbers (types v2-0203 PLAC /
  FILL, systems ``urn:triage:hl7v2:placer-order-number`` / ``...:filler-order-number``): two orders that
  share an accession have two Flags, told apart by these (triage.pipeline.decide.state_key).
- ``extension`` (URLs below): probability (valueDecimal, omitted for a cancelled report that was not scored),
  threshold (valueDecimal), model version (valueString), model sha256 (valueString),
  HL7 result status (valueCode), the rule tier's assertion (valueCode: affirmed | uncertain | negated |
  historical | hypothetical | extracranial | none; a worklist can show "uncertain" Flags differently) and
  which component decided (valueCode: model | rules | both | rules_veto | findings, the rules on the
  FINDINGS the conclusion leaves out; triage.pipeline.policy) and, once
  per distinct key image the scored text cites (at most ``MAX_KEY_IMAGES``, triage.text.keyimages, the
  second paper's "series 1001, image 32" references, ranges expanded), ``key-image``: a complex extension
  with sub-extensions ``series`` (valueUnsignedInt, absent when the text names no series), ``firstImage``
  and ``lastImage`` (valueUnsignedInt; equal for a single image), so a viewer can open the cited images.
  For a rule-backed positive, ``ich-attributes`` (complex; triage.priority.attributes): ``subtype``
  (valueCode, once per subtype), ``acuity`` and ``change`` (valueCode, always), ``massEffect`` (valueCode,
  once per sign present: midline_shift, herniation, cistern_effacement, hydrocephalus,
  intraventricular_extension), ``massEffectKnown`` (valueCode, a sign stated stable or improving),
  ``midlineShift``, ``size`` (valueQuantity, UCUM mm) and ``volume`` (valueQuantity, UCUM mL) when stated;
  and ``priority-reason`` (valueString, once per reason: the policy's own phrases, never report text).
- ``meta.profile``: FLAG_PROFILE.

Every element of every Flag passes fhir.resources or its rules for the element's type (FlagBuilder); the
bytes sent are our own ``json.dumps(sort_keys=True)`` of the dict, so the same inputs always give the same
bytes and serialization costs nothing extra.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

import structlog
from pydantic import ValidationError

from triage.core import Report
from triage.errors import FlagValidationError
from triage.hl7.timestamps import fhir_datetime
from triage.priority import BleedAttributes, Priority, PriorityGrade

if TYPE_CHECKING:
    from triage.text.keyimages import ImageRef

log = structlog.get_logger("triage.fhir")

FhirRelease = Literal["R4", "R4B", "R5"]
RELEASES: tuple[str, ...] = ("R4", "R4B", "R5")

BASE_URL = "https://triage.example.org/fhir"
FLAG_PROFILE = f"{BASE_URL}/StructureDefinition/ich-triage-flag"
EXT_PROBABILITY = f"{BASE_URL}/StructureDefinition/ich-probability"
EXT_THRESHOLD = f"{BASE_URL}/StructureDefinition/ich-threshold"
EXT_MODEL_VERSION = f"{BASE_URL}/StructureDefinition/model-version"
EXT_MODEL_SHA256 = f"{BASE_URL}/StructureDefinition/model-sha256"
EXT_RESULT_STATUS = f"{BASE_URL}/StructureDefinition/hl7v2-result-status"
EXT_ASSERTION = f"{BASE_URL}/StructureDefinition/ich-assertion"
EXT_DECIDED_BY = f"{BASE_URL}/StructureDefinition/decided-by"
EXT_KEY_IMAGE = f"{BASE_URL}/StructureDefinition/key-image"
WORKLIST_PRIORITY_SYSTEM = f"{BASE_URL}/CodeSystem/worklist-priority"
MODEL_VERSION_SYSTEM = f"{BASE_URL}/model-version"
MODEL_SHA256_SYSTEM = f"{BASE_URL}/model-sha256"
ACCESSION_SYSTEM = "urn:triage:accession"
MSH10_SYSTEM = "urn:triage:hl7v2:msh-10"
PLACER_SYSTEM = "urn:triage:hl7v2:placer-order-number"
FILLER_SYSTEM = "urn:triage:hl7v2:filler-order-number"
PATIENT_ID_SYSTEM_PREFIX = "urn:triage:id-authority:"
VISIT_SYSTEM = "urn:triage:visit-number"
SNOMED = "http://snomed.info/sct"
ICH_CODE = "1386000"
ICH_DISPLAY = "Intracranial hemorrhage (disorder)"
DEVICE_NAME = "triage ICH CNN-LSTM report classifier"
FLAG_STATUSES = ("active", "inactive", "entered-in-error")
CONTENT_TYPES: dict[str, str] = {
    "R4": "application/fhir+json; fhirVersion=4.0",
    "R4B": "application/fhir+json; fhirVersion=4.3",
    "R5": "application/fhir+json; fhirVersion=5.0",
}
DECIMAL_PLACES = 6  # probability/threshold are rounded so replays on other hardware give the same bytes


@dataclass(frozen=True, slots=True)
class FhirSite:
    """A site's identifier systems and base URL (Settings.fhir_*, resolved once in Settings.outputs). None
    systems keep the derived defaults."""

    base_url: str = BASE_URL
    patient_system: str | None = None  # None: PATIENT_ID_SYSTEM_PREFIX + PID-3.4 (value alone without it)
    accession_system: str = ACCESSION_SYSTEM
    visit_system: str | None = None  # None: VISIT_SYSTEM[:<MSH-4>]

    def definition(self, name: str) -> str:
        """``<base>/StructureDefinition/<name>``: the profile and extension URLs."""
        return f"{self.base_url}/StructureDefinition/{name}"

    @property
    def profile(self) -> str:
        return self.definition("ich-triage-flag")

    @property
    def worklist_priority_system(self) -> str:
        return f"{self.base_url}/CodeSystem/worklist-priority"


DEFAULT_SITE = FhirSite()


def extension_map(flag: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A Flag's extensions by name (the part after ``/StructureDefinition/``: ich-probability, model-version,
    ...), whatever base URL the site configured."""
    return {str(e.get("url", "")).rsplit("/", 1)[-1]: e for e in flag.get("extension") or []}


# the Report fields a Flag copies (identifier values; the patient's authority and the sending facility in a
# system URI)
_REPORT_STRINGS = (
    "accession",
    "control_id",
    "placer_order_number",
    "filler_order_number",
    "patient_id",
    "patient_id_authority",
    "visit_number",
    "sending_facility",
)


def flag_id(accession: str, model_version: str) -> str:
    """Deterministic FHIR id: a redelivery or replay of one study with one model gives the same id."""
    digest = hashlib.sha256(f"{accession}|{model_version}".encode()).hexdigest()
    return f"ich-{digest[:32]}"


def _fhir_datetime(value: datetime, precision: str = "time") -> str | None:
    """FHIR dateTime at the precision sent (``2024``, ``2024-01``, ``2024-01-02`` or a time with its offset);
    None when FHIR cannot carry it (the parser dropped such a time with a warning already)."""
    # FHIR dateTime with a time needs an offset; core promises tz-aware datetimes (UTC when none was sent)
    if value.tzinfo is None:
        raise FlagValidationError("observation time has no timezone; FHIR dateTime needs one")
    return fhir_datetime(value, precision if precision in ("year", "month", "day") else "time")


def _device(release: FhirRelease, model_version: str, model_sha256: str, site: FhirSite) -> dict[str, Any]:
    device: dict[str, Any] = {
        "resourceType": "Device",
        "id": "model",
        "identifier": [
            {"system": f"{site.base_url}/model-version", "value": model_version},
            {"system": f"{site.base_url}/model-sha256", "value": model_sha256},
        ],
        "version": [{"value": model_version}],
    }
    if release == "R5":
        device["displayName"] = DEVICE_NAME
        device["name"] = [{"value": DEVICE_NAME, "type": "user-friendly-name"}]
    else:
        device["deviceName"] = [{"name": DEVICE_NAME, "type": "user-friendly-name"}]
    return device


def _patient_reference(report: Report, site: FhirSite) -> dict[str, Any]:
    if not report.patient_id:
        return {"type": "Patient", "display": "unidentified patient"}
    ident: dict[str, Any] = {"value": report.patient_id}
    if site.patient_system is not None:
        ident["system"] = site.patient_system
    elif report.patient_id_authority:
        ident["system"] = PATIENT_ID_SYSTEM_PREFIX + quote(report.patient_id_authority, safe="-._~")
    return {"type": "Patient", "identifier": ident}


PRIORITY_DISPLAY: dict[str, str] = {
    "critical": "Critical: new or increasing bleed, or dangerous mass effect",
    "urgent": "Urgent read",
    "routine": "Routine: known bleed, stable or improving",
    "review": "Review: network only, no rule-tier mention",
}
_CLINICAL = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/flag-category",
            "code": "clinical",
            "display": "Clinical",
        }
    ]
}


def _categories(site: FhirSite, priority: Priority | None) -> list[dict[str, Any]]:
    """flag-category ``clinical`` and, when known, the worklist-priority code."""
    if priority is None:
        return [_CLINICAL]
    coding = {
        "system": site.worklist_priority_system,
        "code": priority,
        "display": PRIORITY_DISPLAY[priority],
    }
    return [_CLINICAL, {"coding": [coding]}]


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}


def attribute_extensions(
    attributes: BleedAttributes | None, grade: PriorityGrade | None, site: FhirSite = DEFAULT_SITE
) -> list[dict[str, Any]]:
    """``ich-attributes`` (when the rule tier found a positive mention) and one ``priority-reason`` per
    reason (module docstring)."""
    out: list[dict[str, Any]] = []
    if attributes is not None and attributes.subtypes:
        parts: list[dict[str, Any]] = [{"url": "subtype", "valueCode": s} for s in attributes.subtypes]
        parts.append({"url": "acuity", "valueCode": attributes.acuity})
        parts.append({"url": "change", "valueCode": attributes.change})
        parts += [{"url": "massEffect", "valueCode": s} for s in attributes.mass_effect]
        parts += [{"url": "massEffectKnown", "valueCode": s} for s in attributes.mass_effect_known]
        for name, value, unit in (
            ("midlineShift", attributes.midline_shift_mm, "mm"),
            ("size", attributes.size_mm, "mm"),
            ("volume", attributes.volume_ml, "mL"),
        ):
            if value is not None:
                parts.append({"url": name, "valueQuantity": _quantity(value, unit)})
        out.append({"url": site.definition("ich-attributes"), "extension": parts})
    if grade is not None:
        out += [{"url": site.definition("priority-reason"), "valueString": r} for r in grade.reasons]
    return out


def _constant_part(
    release: FhirRelease,
    threshold: float,
    model_version: str,
    model_sha256: str,
    site: FhirSite = DEFAULT_SITE,
) -> dict[str, Any]:
    """Elements identical in every Flag of one model, release and site."""
    return {
        "resourceType": "Flag",
        "meta": {"profile": [site.profile]},
        "contained": [_device(release, model_version, model_sha256, site)],
        "category": _categories(site, None),
        "code": {
            "coding": [{"system": SNOMED, "code": ICH_CODE, "display": ICH_DISPLAY}],
            "text": "Suspected intracranial hemorrhage (automated report triage)",
        },
        "author": {"reference": "#model", "type": "Device"},
        "extension": [
            {
                "url": site.definition("ich-threshold"),
                "valueDecimal": round(float(threshold), DECIMAL_PLACES),
            },
            {"url": site.definition("model-version"), "valueString": model_version},
            {"url": site.definition("model-sha256"), "valueString": model_sha256},
        ],
    }


def _v2_0203(code: str) -> dict[str, Any]:
    """An Identifier.type from HL7 table 0203 (identifier type)."""
    return {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": code}]}


def _variable_part(
    report: Report,
    *,
    status: str,
    probability: float | None,
    model_version: str,
    id_override: str | None,
    assertion: str | None = None,
    decided_by: str | None = None,
    site: FhirSite = DEFAULT_SITE,
    key_images: Sequence[ImageRef] = (),
    priority: Priority | None = None,
    attributes: BleedAttributes | None = None,
    grade: PriorityGrade | None = None,
) -> dict[str, Any]:
    """Elements that depend on the report and the decision. `extension` holds only the variable extensions.
    `priority`: the worklist priority (`grade`'s for a positive, the last one for a withdrawn Flag)."""
    if not report.accession:
        raise FlagValidationError("a Flag needs an accession number (its id and key derive from it)")
    unencodable = [name for name in _REPORT_STRINGS if _SURROGATE.search(getattr(report, name) or "")]
    if unencodable:  # fhir.resources refuses them, and the id, a system or the JSON bytes cannot encode them
        raise FlagValidationError(f"lone surrogate (not Unicode text) in {', '.join(unencodable)}")
    identifiers: list[dict[str, Any]] = [
        {
            "type": _v2_0203("ACSN"),
            "system": site.accession_system,
            "value": report.accession,
        }
    ]
    if report.control_id:
        identifiers.append({"system": MSH10_SYSTEM, "value": report.control_id})
    for code, system, value in (
        ("PLAC", PLACER_SYSTEM, report.placer_order_number),
        ("FILL", FILLER_SYSTEM, report.filler_order_number),
    ):
        if value:
            identifiers.append({"type": _v2_0203(code), "system": system, "value": value})
    part: dict[str, Any] = {
        "resourceType": "Flag",
        "id": id_override or flag_id(report.accession, model_version),
        "identifier": identifiers,
        "status": status,
        "subject": _patient_reference(report, site),
    }
    extensions: list[dict[str, Any]] = []
    if probability is not None:
        extensions.append(
            {
                "url": site.definition("ich-probability"),
                "valueDecimal": round(float(probability), DECIMAL_PLACES),
            }
        )
    if report.result_status is not None:
        extensions.append(
            {"url": site.definition("hl7v2-result-status"), "valueCode": str(report.result_status)}
        )
    if assertion is not None:
        extensions.append({"url": site.definition("ich-assertion"), "valueCode": assertion})
    if decided_by is not None:
        extensions.append({"url": site.definition("decided-by"), "valueCode": decided_by})
    extensions.extend(key_image_extensions(key_images, site))
    extensions.extend(attribute_extensions(attributes, grade, site))
    if extensions:
        part["extension"] = extensions
    if grade is not None:
        priority = grade.priority
    part["category"] = _categories(site, priority)
    if report.visit_number:
        if site.visit_system is not None:
            system = site.visit_system
        else:
            system = VISIT_SYSTEM
            if report.sending_facility:
                system += ":" + quote(report.sending_facility, safe="-._~")
        part["encounter"] = {
            "type": "Encounter",
            "identifier": {"system": system, "value": report.visit_number},
        }
    when = report.observation_time or report.result_time or report.message_time
    start = None
    if when is not None:
        precision = report.observation_time_precision if report.observation_time is not None else "time"
        start = _fhir_datetime(when, precision)
    if start is not None:
        part["period"] = {"start": start}
    return part


def key_image_extensions(refs: Sequence[ImageRef], site: FhirSite = DEFAULT_SITE) -> list[dict[str, Any]]:
    """One ``key-image`` extension per distinct cited image or range, in text order, at most
    ``MAX_KEY_IMAGES`` (numbers only, never text)."""
    from triage.text.keyimages import unique_images

    out: list[dict[str, Any]] = []
    for ref in unique_images(refs):
        parts: list[dict[str, Any]] = []
        if ref.series is not None:
            parts.append({"url": "series", "valueUnsignedInt": ref.series})
        parts.append({"url": "firstImage", "valueUnsignedInt": ref.first_image})
        parts.append({"url": "lastImage", "valueUnsignedInt": ref.last_image})
        out.append({"url": site.definition("key-image"), "extension": parts})
    return out


def _merge(constant: dict[str, Any], variable: dict[str, Any]) -> dict[str, Any]:
    """One Flag. Extension order: probability, threshold, model version, model sha256, result status,
    assertion, decided-by, key images, attributes, priority reasons."""
    flag = {**constant, **variable}
    var_ext = variable.get("extension", [])
    probability = [e for e in var_ext if "valueDecimal" in e]  # the only decimal among the variable ones
    flag["extension"] = probability + constant["extension"] + [e for e in var_ext if "valueDecimal" not in e]
    return flag


def flag_dict(
    report: Report,
    *,
    status: str,
    probability: float | None,
    threshold: float,
    model_version: str,
    model_sha256: str,
    release: FhirRelease = "R4B",
    id_override: str | None = None,
    assertion: str | None = None,
    decided_by: str | None = None,
    site: FhirSite = DEFAULT_SITE,
    priority: Priority | None = None,
    attributes: BleedAttributes | None = None,
    grade: PriorityGrade | None = None,
) -> dict[str, Any]:
    """The Flag as plain JSON (not validated; see build_flag)."""
    constant = _constant_part(release, threshold, model_version, model_sha256, site)
    variable = _variable_part(
        report,
        status=status,
        probability=probability,
        model_version=model_version,
        id_override=id_override,
        assertion=assertion,
        decided_by=decided_by,
        site=site,
        priority=priority,
        attributes=attributes,
        grade=grade,
    )
    return _merge(constant, variable)


def _model_class(release: FhirRelease) -> type:
    if release == "R5":
        from fhir.resources.flag import Flag
    elif release in ("R4B", "R4"):  # no R4 models in fhir.resources; Flag and Device are unchanged in R4B
        from fhir.resources.R4B.flag import Flag
    else:
        raise FlagValidationError(f"unknown FHIR release {release!r} (use R4, R4B or R5)")
    return Flag


def validate_flag(flag: dict[str, Any], release: FhirRelease) -> None:
    """Validate with fhir.resources; raise FlagValidationError (the message names fields, never values)."""
    if flag.get("status") not in FLAG_STATUSES:
        raise FlagValidationError(f"Flag.status must be one of {FLAG_STATUSES}")
    try:
        _model_class(release).model_validate(flag)
    except (ValidationError, ValueError, TypeError) as exc:
        if isinstance(exc, ValidationError):
            where = "; ".join(".".join(map(str, e["loc"])) + ": " + e["type"] for e in exc.errors()[:5])
        else:
            where = type(exc).__name__
        raise FlagValidationError(f"FHIR {release} Flag failed validation: {where}") from exc


def build_flag(
    report: Report,
    *,
    status: str,
    probability: float | None,
    threshold: float,
    model_version: str,
    model_sha256: str,
    release: FhirRelease = "R4B",
    id_override: str | None = None,
    assertion: str | None = None,
    decided_by: str | None = None,
    site: FhirSite = DEFAULT_SITE,
    priority: Priority | None = None,
    attributes: BleedAttributes | None = None,
    grade: PriorityGrade | None = None,
) -> dict[str, Any]:
    """Build and validate the Flag for one report. `id_override` keeps an existing Flag's id when its study
    changes state under a newer model (see triage.pipeline.decide)."""
    flag = flag_dict(
        report,
        status=status,
        probability=probability,
        threshold=threshold,
        model_version=model_version,
        model_sha256=model_sha256,
        release=release,
        id_override=id_override,
        assertion=assertion,
        decided_by=decided_by,
        site=site,
        priority=priority,
        attributes=attributes,
        grade=grade,
    )
    validate_flag(flag, release)
    return flag


# distinct decision elements (extensions, category) remembered as valid per FlagBuilder; past this, forgotten
VALID_ELEMENTS_MAX = 4096


class FlagBuilder:
    """Flags of one model and release, built at several times build_flag's speed with the same bytes.

    The elements every Flag of this model shares (contained Device, meta, category, code, author, threshold
    and model extensions) are validated by fhir.resources once, here; each Flag then has fhir.resources
    validate its own elements (id, status, subject, encounter, period, identifiers, probability and
    result-status extensions) inside a minimal Flag, except that once its decision elements all passed before,
    its own values (built in fixed shapes) are checked by fhir.resources' rules for their types
    (`own_values_valid`: 4 µs instead of 300) and only a value that fails them goes to fhir.resources. FHIR
    Flag has no invariant tying the two groups together, and the tests check that merged Flags validate whole
    and that the check never accepts a value fhir.resources refuses; at build the check runs once on canary
    values (`fast_check_agrees`) and a fhir.resources/fhir_core that disagrees turns the fast path off.

    The decision's elements (the category and every extension but the probability: codes, attributes, key
    images, priority reasons) repeat across Flags; validation is a pure function of an element's value, so
    an element equal (same JSON) to one that already passed is not validated again. A complex extension
    (``ich-attributes``, ``key-image``) is taken part by part (fhir.resources validates the items of an
    extension list one by one; no rule ties siblings), so a new combination of known parts is no new
    element; on the fast path a part's number (a size, an image number: values from the report, like the
    probability) is left out of its key and checked by its type's rules (`_numbers_valid`, in the canaries).
    The report's own elements and the probability are validated in every Flag.
    """

    def __init__(
        self,
        *,
        threshold: float,
        model_version: str,
        model_sha256: str,
        release: FhirRelease = "R4B",
        site: FhirSite = DEFAULT_SITE,
    ):
        self.release: FhirRelease = release
        self.model_version = model_version
        self.site = site
        self._constant = _constant_part(release, threshold, model_version, model_sha256, site)
        probe = {**self._constant, "status": "active", "subject": {"display": "validation probe"}}
        validate_flag(probe, release)
        self._code = self._constant["code"]
        self._valid: set[str] = set()  # JSON of decision elements that passed validation
        # the fast check of a Flag's own values, where it agrees with fhir.resources on the canary values
        self.fast_path = fast_check_agrees(release)

    def build(
        self,
        report: Report,
        *,
        status: str,
        probability: float | None,
        id_override: str | None = None,
        assertion: str | None = None,
        decided_by: str | None = None,
        key_images: Sequence[ImageRef] = (),
        priority: Priority | None = None,
        attributes: BleedAttributes | None = None,
        grade: PriorityGrade | None = None,
    ) -> dict[str, Any]:
        variable = _variable_part(
            report,
            status=status,
            probability=probability,
            model_version=self.model_version,
            id_override=id_override,
            assertion=assertion,
            decided_by=decided_by,
            site=self.site,
            key_images=key_images,
            priority=priority,
            attributes=attributes,
            grade=grade,
        )
        self._validate(variable)
        return _merge(self._constant, variable)

    def _validate(self, variable: dict[str, Any]) -> None:
        """`variable` inside a minimal Flag, without the decision elements that passed before (class doc).
        When every decision element passed before, the Flag's own values are checked by the rules
        fhir.resources applies to them (`own_values_valid`); a value they refuse goes to fhir.resources,
        which raises with its own message."""
        category = _KEY(variable["category"])
        fresh = [] if category in self._valid else [category]
        kept = []  # the minimal Flag's extensions: the probability and every element not passed before
        for ext in variable.get("extension", ()):
            if "valueDecimal" in ext:  # the probability: a new value in nearly every Flag
                kept.append(ext)
            elif "extension" in ext:  # complex: part by part
                parts = []
                for part in ext["extension"]:
                    shape = _number_free(part) if self.fast_path else part
                    key = _KEY({**ext, "extension": [shape]})
                    if key not in self._valid or (shape is not part and not _numbers_valid(part)):
                        parts.append(part)
                        fresh.append(key)
                if parts:
                    kept.append({**ext, "extension": parts})
            elif (key := _KEY(ext)) not in self._valid:
                kept.append(ext)
                fresh.append(key)
        if self.fast_path and not fresh and own_values_valid(variable):
            return
        minimal = {**variable, "code": self._code}
        if category not in fresh:
            del minimal["category"]
        if kept:
            minimal["extension"] = kept
        else:
            minimal.pop("extension", None)
        try:
            validate_flag(minimal, self.release)
        except FlagValidationError:  # say where, as in the whole variable part (indexes of its extensions)
            validate_flag({**variable, "code": self._code}, self.release)
            raise
        if len(self._valid) + len(fresh) > VALID_ELEMENTS_MAX:
            self._valid.clear()
        self._valid.update(fresh)


# json.dumps(value, sort_keys=True), the key of a validated element, with its encoder made once
_KEY = json.JSONEncoder(sort_keys=True).encode
_UNSIGNED_INT_MAX = 2_147_483_647  # FHIR unsignedInt: 0..2^31-1 (fhir_core.types.UnsignedInt)


def _number_free(part: dict[str, Any]) -> dict[str, Any]:
    """A complex extension's part with its number (valueUnsignedInt, valueQuantity.value) set to 0: its
    shape, the key it is validated under on the fast path; `part` itself when it holds no number."""
    if "valueUnsignedInt" in part:
        return {**part, "valueUnsignedInt": 0}
    quantity = part.get("valueQuantity")
    if quantity is not None and "value" in quantity:
        return {**part, "valueQuantity": {**quantity, "value": 0}}
    return part


def _numbers_valid(part: dict[str, Any]) -> bool:
    """The part's number passes fhir.resources' rules for its type: unsignedInt an int in 0..2^31-1, a
    Quantity's value a FHIR decimal (as the probability: `own_values_valid`)."""
    if "valueUnsignedInt" in part:
        value = part["valueUnsignedInt"]
        return type(value) is int and 0 <= value <= _UNSIGNED_INT_MAX
    quantity = part.get("valueQuantity")
    if quantity is not None and "value" in quantity:
        return _DECIMAL is not None and _DECIMAL.fullmatch(str(quantity["value"])) is not None
    return True


# The rules fhir.resources (fhir_core.types) applies to the values a Flag takes from its report, whose
# elements (Identifier, Reference, Period, the probability's Extension) _variable_part builds in fixed shapes:
# string = a `[ \r\n\t\S]` character somewhere (pydantic's pattern search), id = `[A-Za-z0-9\-.]{1,64}`,
# dateTime = fhir_core's DateTime pattern, decimal = fhir_core's Decimal pattern on str(value). Systems are
# constants or percent-encoded (always a valid uri). tests/test_flag.py checks, value by odd value, that these
# accept exactly what fhir.resources accepts.
_FHIR_STRING = re.compile(r"[ \r\n\t\S]")
# a lone surrogate (U+D800-DFFF) passes the string pattern but is no Unicode text: fhir.resources refuses it
_SURROGATE = re.compile("[\ud800-\udfff]")
_FHIR_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")


def _fhir_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | tuple[None, None]:
    """fhir_core's DateTime and Decimal patterns (internals of fhir.resources' base package, declared with
    its tested range); a fhir_core without them: (None, None), and the fast check accepts nothing."""
    try:
        from fhir_core.types import DateTime, Decimal

        datetime_pattern, decimal_pattern = DateTime.pattern, Decimal.pattern
    except (ImportError, AttributeError):
        return None, None
    if not isinstance(datetime_pattern, re.Pattern) or not isinstance(decimal_pattern, re.Pattern):
        return None, None
    return datetime_pattern, decimal_pattern


_DATETIME, _DECIMAL = _fhir_patterns()

# Tricky values the fast check and fhir.resources must agree on (`fast_check_agrees`, once per release and
# process, when a FlagBuilder is built): control characters, Unicode and Python-only whitespace, lone
# surrogates, empty and long ids, odd offsets and decimals.
_CANARY_STRINGS = (
    "",
    " ",
    "A1",
    " x ",
    "x\x0by",
    "\x00",
    "\x1c",
    "\x7f",
    "\x85",
    "\xa0",
    "\u2028",
    "\u3000",
    "\ufeff",
    "\ud800",
    "a\udbffb",
    "\udfff",
    "\U0001f600",
    "a" * 65,
    "a" * 70_000,
)
_CANARY_IDS = ("", "a", "A-1.b", "a" * 64, "a" * 65, "a_b", "a b", "é", "a\n", "\ud800")
# as _fhir_datetime writes them (an aware datetime at the precision sent): odd offsets, fractions, far years
_CANARY_DATETIMES = tuple(dict.fromkeys(
    start
    for year, micro, offset in (
        (2024, 0, 0), (2024, 0, 14 * 3600), (2024, 0, -12 * 3600), (2024, 123456, 5 * 3600 + 45 * 60),
        (2024, 1, -(23 * 3600 + 59 * 60)), (2024, 0, 30), (2024, 0, -1), (1, 0, 0), (9999, 999999, 3600),
    )
    for precision in ("year", "month", "day", "time")
    if (start := _fhir_datetime(
        datetime(year, 3, 4, 10, 0, 0, micro, tzinfo=timezone(timedelta(seconds=offset))), precision
    )) is not None
))  # fmt: skip
_CANARY_DECIMALS = (0.5, 0.0, 1.0, 1e-07, 0.1234567, 1e16, -0.0, float("nan"), float("inf"))
_CANARY_UNSIGNED_INTS = (0, 1, 2_147_483_647, 2_147_483_648, -1, 10**20, True, 1.0)


@functools.cache
def fast_check_agrees(release: FhirRelease) -> bool:
    """True when the fast check (`own_values_valid`) accepts none of the canary values fhir.resources
    refuses, in every slot it checks (identifier, patient, visit values; id; period start; probability) and
    in the percent-encoded systems it does not check (PID-3.4, MSH-4). False turns the fast path off: a
    fhir.resources/fhir_core whose rules moved then validates every Flag itself."""
    if _DATETIME is None or _DECIMAL is None:
        return False
    report = Report(
        control_id="C1", message_type="ORU^R01", hl7_version="2.5.1", sending_application="A",
        sending_facility="F", message_time=None, patient_id="P1", patient_id_authority="H", visit_number="V1",
        placer_order_number="PL1", filler_order_number="FI1", accession="ACC1", procedure_code=None,
        procedure_text=None, procedure_coding_system=None, observation_time=None,
        result_time=None, result_status=None, text="", impression=None, impression_source=None,
    )  # fmt: skip
    base = _variable_part(report, status="active", probability=0.5, model_version="m", id_override=None)
    base["period"] = {"start": _CANARY_DATETIMES[0]}
    n = len(
        base["extension"]
    )  # then a size and a key image: the numbers FlagBuilder checks by `_numbers_valid`
    base["extension"] += [
        {
            "url": DEFAULT_SITE.definition("ich-attributes"),
            "extension": [{"url": "size", "valueQuantity": _quantity(5.0, "mm")}],
        },
        {
            "url": DEFAULT_SITE.definition("key-image"),
            "extension": [{"url": "firstImage", "valueUnsignedInt": 1}],
        },
    ]
    code = _constant_part(release, 0.5, "m", "0" * 64, DEFAULT_SITE)["code"]

    def set_identifier(i: int) -> Callable[[dict[str, Any], Any], None]:
        return lambda v, x: v["identifier"][i].__setitem__("value", x)

    slots: list[tuple[Callable[[dict[str, Any], Any], None], Sequence[Any]]] = [
        *((set_identifier(i), _CANARY_STRINGS) for i in range(len(base["identifier"]))),
        (lambda v, x: v["subject"]["identifier"].__setitem__("value", x), _CANARY_STRINGS),
        (lambda v, x: v["encounter"]["identifier"].__setitem__("value", x), _CANARY_STRINGS),
        (lambda v, x: v.__setitem__("id", x), _CANARY_IDS),
        (lambda v, x: v["period"].__setitem__("start", x), _CANARY_DATETIMES),
        (lambda v, x: v["extension"][0].__setitem__("valueDecimal", x), _CANARY_DECIMALS),
        (
            lambda v, x: v["extension"][n]["extension"][0]["valueQuantity"].__setitem__("value", x),
            (*_CANARY_DECIMALS, 12),
        ),
        (
            lambda v, x: v["extension"][n + 1]["extension"][0].__setitem__("valueUnsignedInt", x),
            _CANARY_UNSIGNED_INTS,
        ),
    ]
    encodable = [x for x in _CANARY_STRINGS if not _SURROGATE.search(x)]  # _variable_part refuses the rest
    for system in (PATIENT_ID_SYSTEM_PREFIX, VISIT_SYSTEM + ":"):
        where = "subject" if system == PATIENT_ID_SYSTEM_PREFIX else "encounter"
        slots.append(
            (
                lambda v, x, w=where, s=system: v[w]["identifier"].__setitem__(
                    "system", s + quote(x, safe="-._~")
                ),
                encodable,
            )
        )
    for setter, values in slots:
        for value in values:
            variable = json.loads(json.dumps(base))
            setter(variable, value)
            parts = [part for ext in variable["extension"] for part in ext.get("extension", ())]
            if not own_values_valid(variable) or not all(map(_numbers_valid, parts)):
                continue  # sent to fhir.resources: always safe
            try:
                validate_flag({**variable, "code": code}, release)
            except FlagValidationError:
                log.warning("flag_fast_check_disagrees", release=release)  # never the value
                return False
    return True


def own_values_valid(variable: dict[str, Any]) -> bool:
    """True when every value the Flag's variable part takes from its report passes fhir.resources' rules
    for its type (see above); False sends the part to fhir.resources itself."""
    if _DATETIME is None or _DECIMAL is None:
        return False
    if variable.get("status") not in FLAG_STATUSES or not _FHIR_ID.fullmatch(variable.get("id") or ""):
        return False
    strings = [ident.get("value") for ident in variable["identifier"]]
    subject = variable["subject"]
    strings.append(subject["identifier"]["value"] if "identifier" in subject else subject.get("display"))
    if "encounter" in variable:
        strings.append(variable["encounter"]["identifier"]["value"])
    if not all(isinstance(v, str) and _FHIR_STRING.search(v) and not _SURROGATE.search(v) for v in strings):
        return False
    if "period" in variable and not _DATETIME.fullmatch(variable["period"]["start"]):
        return False
    return all(
        _DECIMAL.fullmatch(str(ext["valueDecimal"])) is not None
        for ext in variable.get("extension", ())
        if "valueDecimal" in ext
    )


# json.dumps with these arguments builds an encoder per call: made once (it keeps no state between calls)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def flag_json_bytes(flag: dict[str, Any]) -> bytes:
    """Canonical bytes: sorted keys, no whitespace, UTF-8. Same dict → same bytes."""
    return _ENCODER.encode(flag).encode("utf-8")
