"""Rule tier (triage.rules): real medspaCy pipeline, packaged rules, no mocks."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from triage.errors import RulesError, TriageError
from triage.rules import Evidence, RuleResult, RuleSet, combine
from triage.rules.engine import RuleEngine


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return RuleEngine.load()


def _check_offsets(text: str, result: RuleResult) -> None:
    for ev in result.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end].strip() == text[ev.start : ev.end]


# --- the brief's cases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Acute subdural hemorrhage over the right convexity.", "subdural"),
        ("Small left epidural hematoma.", "epidural"),
        ("Subarachnoid hemorrhage in the basal cisterns.", "subarachnoid"),
        ("Intraventricular hemorrhage.", "intraventricular"),
        ("Intraparenchymal hematomas in both frontal lobes.", "intraparenchymal"),
        ("Intracranial bleed.", "ich"),
        ("Bleeding in the left basal ganglia.", "hemorrhage"),
        ("Hemorrhagic contusions of the temporal lobes.", "contusion"),
        ("Hemorrhagic transformation of the left MCA infarct.", "hemorrhagic_transformation"),
        ("Hemorrhagic metastases.", "hemorrhagic_metastasis"),
        ("Blood products along the falx.", "blood_products"),
        ("Hyperdense extra-axial collection along the left convexity.", "extra_axial"),
    ],
)
def test_plain_terms_are_affirmed(engine: RuleEngine, text: str, concept: str) -> None:
    r = engine.assess(text)
    assert r.assertion == "affirmed"
    assert r.concepts == (concept,)
    _check_offsets(text, r)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Acute subdural haemorrhage over the right hemisphere.", "subdural"),
        ("Right parietal intracerebral haematoma.", "intraparenchymal"),
        ("Extradural haematomas.", "epidural"),
    ],
)
def test_british_spelling(engine: RuleEngine, text: str, concept: str) -> None:
    r = engine.assess(text)
    assert (r.assertion, r.concepts) == ("affirmed", (concept,))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Large SDH.", "subdural"),
        ("EDH with mass effect.", "epidural"),
        ("Diffuse SAH.", "subarachnoid"),
        ("IVH in the fourth ventricle.", "intraventricular"),
        ("Left IPH.", "intraparenchymal"),
        ("BGH (basal ganglia hemorrhage), stable appearance.", "intraparenchymal"),
        ("ICH.", "ich"),
        ("bilateral sdhs", "subdural"),
    ],
)
def test_acronyms(engine: RuleEngine, text: str, concept: str) -> None:
    r = engine.assess(text)
    assert (r.assertion, r.concepts) == ("affirmed", (concept,))


def test_slash_list_gives_one_mention_per_acronym(engine: RuleEngine) -> None:
    text = "Findings compatible with SDH/EDH/SAH."
    r = engine.assess(text)
    assert r.assertion == "affirmed"
    assert r.concepts == ("epidural", "subarachnoid", "subdural")
    assert [text[e.start : e.end] for e in r.evidence] == ["SDH", "EDH", "SAH"]


def test_coordinated_locations_share_the_blood_word(engine: RuleEngine) -> None:
    text = "Subarachnoid and intraventricular hemorrhage."
    r = engine.assess(text)
    assert r.concepts == ("intraventricular", "subarachnoid")
    for ev in r.evidence:
        assert text[ev.start : ev.end].lower().startswith(ev.concept)
        assert text[ev.start : ev.end].endswith("hemorrhage")


def test_negated_list_covers_every_item(engine: RuleEngine) -> None:
    text = "No acute SDH, EDH, SAH or ICH identified."
    r = engine.assess(text)
    assert r.assertion == "negated"
    assert len(r.evidence) == 4
    assert {e.assertion for e in r.evidence} == {"negated"}
    assert r.concepts == ("epidural", "ich", "subarachnoid", "subdural")


def test_no_evidence_of_is_negated(engine: RuleEngine) -> None:
    r = engine.assess("No evidence of intracranial hemorrhage.")
    assert (r.assertion, r.concepts) == ("negated", ("ich",))


@pytest.mark.parametrize(
    "text",
    [
        "Possible small subarachnoid hemorrhage.",
        "Small SAH cannot be excluded.",
        "Findings concerning for hemorrhagic transformation.",
        "Cannot rule out a small subdural hematoma.",
    ],
)
def test_hedge_is_uncertain(engine: RuleEngine, text: str) -> None:
    r = engine.assess(text)
    assert r.assertion == "uncertain"
    assert r.positive


def test_known_history_treated_is_historical(engine: RuleEngine) -> None:
    r = engine.assess("Known history of SAH treated with coiling.")
    assert (r.assertion, r.concepts) == ("historical", ("subarachnoid",))


def test_rule_out_is_hypothetical(engine: RuleEngine) -> None:
    r = engine.assess("Rule out hemorrhage.")
    assert (r.assertion, r.concepts) == ("hypothetical", ("hemorrhage",))


@pytest.mark.parametrize(
    "text",
    [
        "Retroperitoneal hematoma measuring 6 x 4 cm adjacent to the left psoas.",
        "Scalp hematoma.",
        "Spinal epidural hematoma.",
    ],
)
def test_extracranial(engine: RuleEngine, text: str) -> None:
    r = engine.assess(text)
    assert r.assertion == "extracranial"
    assert not r.positive


def test_family_history_is_not_affirmed(engine: RuleEngine) -> None:
    r = engine.assess("Family history of aneurysmal SAH.")
    assert r.assertion not in ("affirmed", "uncertain")
    assert r.assertion == "historical"


def test_mixed_report_is_affirmed_with_both_mentions(engine: RuleEngine) -> None:
    text = "No SDH. Small right SAH."
    r = engine.assess(text)
    assert r.assertion == "affirmed"
    assert r.concepts == ("subarachnoid",)
    assert [(text[e.start : e.end], e.assertion) for e in r.evidence] == [
        ("SDH", "negated"),
        ("SAH", "affirmed"),
    ]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("IMPRESSION:, Small acute epidural hematoma beneath the right temporal bone.", "epidural hematoma"),
        ("Stable.\n\nLarge LEFT Subdural Hematoma.", "subdural hematoma"),
        ("CT later showed subarachnoid hemorrhage in the basal cisterns.", "subarachnoid hemorrhage"),
        ("NO ACUTE INTRACRANIAL HEMORRHAGE.", "intracranial hemorrhage"),
        ("No acute intracranial\nhemorrhage.", "intracranial\nhemorrhage"),
    ],
)
def test_evidence_offsets_point_at_the_term(engine: RuleEngine, text: str, term: str) -> None:
    r = engine.assess(text)
    assert r.evidence
    ev = r.evidence[0]
    assert term in text[ev.start : ev.end].lower()
    _check_offsets(text, r)


def test_evidence_holds_no_text(engine: RuleEngine) -> None:
    r = engine.assess("Small SAH.")
    assert set(Evidence.__dataclass_fields__) == {"start", "end", "concept", "assertion"}
    assert "SAH" not in repr(r.evidence)


# --- 30+ sentences in other words ---------------------------------------------------------------------------

SENTENCES = [
    ("Thin layer of subdural blood along the tentorium.", "affirmed"),
    ("There is a small focus of hemorrhage in the right thalamus.", "affirmed"),
    ("Bilateral subdurals, the left larger than the right.", "affirmed"),
    ("Acute on chronic subdural hematoma with 4 mm of midline shift.", "affirmed"),
    ("Blood layering in the occipital horns of the lateral ventricles.", "affirmed"),
    ("No significant change in the size of the right subdural hematoma.", "affirmed"),
    ("Compared to prior, the subdural hematoma has increased.", "affirmed"),
    ("S/p fall with acute SDH.", "affirmed"),
    ("Residual subdural hematoma status post craniotomy.", "affirmed"),
    ("Known left subdural hematoma, unchanged.", "affirmed"),
    ("Scalp hematoma and underlying acute subdural hematoma.", "affirmed"),
    ("INDICATION: fall. FINDINGS: large left epidural hematoma with midline shift.", "affirmed"),
    ("No mass\nSmall SAH", "affirmed"),
    ("1. Acute right SDH.\n2. No SAH.", "affirmed"),
    ("CT head: hemorrhage into the left cerebellar hemisphere.", "affirmed"),
    ("Hemorrhage versus calcification in the left basal ganglia.", "uncertain"),
    ("Questionable trace intraventricular blood.", "uncertain"),
    ("Findings may represent a small contusional hemorrhage.", "uncertain"),
    ("SAH?", "uncertain"),
    ("Hemorrhage is not seen.", "negated"),
    ("Intracranial hemorrhage has been excluded.", "negated"),
    ("No hemorrhage, mass effect, or midline shift.", "negated"),
    ("Without evidence of acute hemorrhage or infarct.", "negated"),
    ("negative for intracranial bleed", "negated"),
    ("There is no subdural, epidural or subarachnoid hemorrhage.", "negated"),
    ("Status post evacuation of left subdural hematoma.", "historical"),
    ("Interval resolution of the previously seen subarachnoid hemorrhage.", "historical"),
    ("Previous subdural hematoma, now resolved.", "historical"),
    ("Old blood products in the resection cavity.", "historical"),
    ("Mother had a subarachnoid hemorrhage.", "historical"),
    ("Reason for exam: headache, r/o SAH.", "hypothetical"),
    ("Evaluate for subdural hematoma.", "hypothetical"),
    ("Orbital hematoma.", "extracranial"),
    ("Subgaleal hematoma. No intracranial abnormality.", "extracranial"),
    ("Upper GI bleed.", "extracranial"),
    ("Hemothorax and pulmonary hemorrhage.", "extracranial"),
    ("Epidural hematoma at L3-L4 compressing the thecal sac.", "extracranial"),
    ("Pituitary macroadenoma measuring 14 x 12 mm.", "none"),
    ("Subdural collection, likely hygroma.", "none"),
    ("Right frontal glioma with significant mass effect and subfalcine herniation.", "none"),
    ("Left lower lobe mass. Right lower lobe infiltrate.", "none"),
    ("Patient is not on blood thinners.", "none"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(engine: RuleEngine, text: str, expected: str) -> None:
    r = engine.assess(text)
    assert r.assertion == expected, [(text[e.start : e.end], e.assertion) for e in r.evidence]
    _check_offsets(text, r)
    assert bool(r.concepts) == (expected != "none")


def test_batch_equals_single_and_keeps_order(engine: RuleEngine) -> None:
    texts = [t for t, _ in SENTENCES] * 3
    batch = engine.assess_batch(texts, batch_size=7)
    assert batch == [engine.assess(t) for t in texts]
    assert engine.assess_batch([]) == []


def test_result_is_pure_and_versioned(engine: RuleEngine) -> None:
    text = "Small SAH."
    assert engine.assess(text) == RuleEngine.load().assess(text)
    assert engine.version == "rules-1"
    assert engine.assess(text).rules_version == "rules-1"
    assert engine.assess("").assertion == "none"


def test_combine_order() -> None:
    def ev(a: str, c: str = "ich") -> Evidence:
        return Evidence(0, 3, c, a)  # type: ignore[arg-type]

    assert combine([ev("negated"), ev("uncertain")], "v").assertion == "uncertain"
    assert combine([ev("negated"), ev("extracranial")], "v").assertion == "extracranial"
    assert combine([ev("extracranial"), ev("hypothetical")], "v").assertion == "hypothetical"
    assert combine([ev("hypothetical"), ev("historical")], "v").assertion == "historical"
    assert combine([ev("historical"), ev("affirmed", "sdh")], "v").concepts == ("sdh",)
    assert combine([], "v") == RuleResult("none", (), (), "v")


def test_import_keeps_warning_filters() -> None:
    # medspaCy sets warnings.filterwarnings("ignore") at import; the engine module undoes it.
    assert ("ignore", None, Warning, None, 0) not in [
        (f[0], f[1], f[2], f[3], f[4]) for f in warnings.filters
    ]


# --- site terms and bad resources ---------------------------------------------------------------------------


def test_extra_terms_file_adds_a_concept_and_changes_the_version(engine: RuleEngine, tmp_path: Path) -> None:
    text = "Superficial siderosis over the cerebellum."
    assert engine.assess(text).assertion == "none"
    extra = tmp_path / "site.json"
    extra.write_text(
        json.dumps(
            {
                "description": "site terms",
                "word_sets": {"SIDEROSIS": ["siderosis"]},
                "targets": [
                    {"concept": "siderosis", "pattern": ["superficial", "@SIDEROSIS"]},
                    {"concept": "subdural", "phrase": "SUBDURAL BLOOD COLLECTION"},
                ],
            }
        )
    )
    site = RuleEngine.load(extra)
    assert site.version.startswith("rules-1+site.") and len(site.version) == len("rules-1+site.") + 8
    r = site.assess(text)
    assert (r.assertion, r.concepts, r.rules_version) == ("affirmed", ("siderosis",), site.version)
    assert site.assess("No subdural blood collection.").assertion == "negated"
    extra.write_text(extra.read_text() + "\n")
    assert RuleEngine.load(extra).version != site.version


@pytest.mark.parametrize(
    ("content", "reason", "fragment"),
    [
        ("{not json", "invalid_json", "not valid UTF-8 JSON"),
        (json.dumps({"targets": []}), "invalid_rules", "no target rules"),
        (json.dumps({"targets": [{"concept": "Bad Code", "phrase": "x"}]}), "invalid_rules", "concept"),
        (json.dumps({"targets": [{"concept": "x", "pattern": ["@NOPE"]}]}), "unknown_word_set", "@NOPE"),
        (json.dumps({"targets": [{"concept": "x", "pattern": [{"regex": "("}]}]}), "invalid_rules", "regex"),
        (
            json.dumps({"targets": [{"concept": "x", "phrase": "a", "pattern": ["a"]}]}),
            "invalid_rules",
            "one of",
        ),
        (json.dumps({"targets": [{"concept": "x", "phrase": "a"}], "typo": 1}), "invalid_rules", "typo"),
        (
            json.dumps({"word_sets": {"BLOOD": ["x"]}, "targets": [{"concept": "x", "phrase": "a"}]}),
            "invalid_rules",
            "redefine",
        ),
    ],
)
def test_bad_extra_file_raises_with_reason(tmp_path: Path, content: str, reason: str, fragment: str) -> None:
    extra = tmp_path / "site.json"
    extra.write_text(content)
    with pytest.raises(RulesError) as info:
        RuleEngine.load(extra)
    assert info.value.reason == reason
    assert fragment in str(info.value)
    assert str(extra) in str(info.value)
    assert isinstance(info.value, TriageError)


def test_missing_extra_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot be read") as info:
        RuleEngine.load(tmp_path / "absent.json")
    assert info.value.reason == "unreadable"


def _packaged() -> tuple[dict, dict]:
    from importlib import resources

    data = resources.files("triage.rules") / "data"
    return json.loads((data / "targets.json").read_text()), json.loads((data / "modifiers.json").read_text())


def test_bad_packaged_resources_raise() -> None:
    targets, modifiers = _packaged()
    ok = RuleSet.from_bytes(json.dumps(targets).encode(), json.dumps(modifiers).encode())
    assert ok.version == "rules-1"

    bumped = dict(modifiers, version="rules-2")
    with pytest.raises(RulesError, match=r"rules-1 but modifiers\.json is rules-2") as info:
        RuleSet.from_bytes(json.dumps(targets).encode(), json.dumps(bumped).encode())
    assert info.value.reason == "version_mismatch"

    bad_dir = json.loads(json.dumps(modifiers))
    bad_dir["modifiers"][0]["direction"] = "SIDEWAYS"
    with pytest.raises(RulesError, match=r"modifiers.json: invalid rules at modifiers\.0\.direction"):
        RuleSet.from_bytes(json.dumps(targets).encode(), json.dumps(bad_dir).encode())

    no_version = {k: v for k, v in targets.items() if k != "version"}
    with pytest.raises(RulesError, match=r"targets.json: invalid rules at version"):
        RuleSet.from_bytes(json.dumps(no_version).encode(), json.dumps(modifiers).encode())

    cyclic = json.loads(json.dumps(targets))
    cyclic["word_sets"]["LOC"].append("@LOC")
    with pytest.raises(RulesError, match="includes itself"):
        RuleSet.from_bytes(json.dumps(cyclic).encode(), json.dumps(modifiers).encode())
