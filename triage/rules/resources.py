"""Rule resources: versioned JSON files loaded into validated, frozen pydantic objects.

Files (package data, ``triage/rules/data/``):

- ``targets.json``: the ICH concepts of the labeling guideline (issue 8, "Real reports") as token patterns,
  plus the *site rule* (:class:`SiteRule`: when a generic bleed word names an extracranial organ).
- ``modifiers.json``: ConText modifiers (Harkema et al., "ConText: an algorithm for determining negation,
  experiencer, and temporal status from clinical reports", J Biomed Inform 2009; trigger phrases follow
  NegEx / ConText lexicons and medspaCy's ``ConTextRule`` semantics, https://github.com/medspacy/medspacy),
  plus the project's own EXTRACRANIAL, RESOLVED, PERSISTENT, ACUITY and LINK categories.
- a site's *extra terms* file (optional, passed to :meth:`RuleSet.load`): more target rules in the same
  schema.

Pattern language (compiled to spaCy ``Matcher`` token patterns on the ``LOWER`` attribute, so matching is
case-insensitive; see https://spacy.io/usage/rule-based-matching):

- ``"word"``: one token whose lower-case text equals ``word``;
- ``"@SET"``: one token whose lower-case text is in the word set ``SET``;
- ``{"word": ..., "op": ...}``, ``{"set": ..., "op": ...}``, ``{"regex": ..., "op": ...}``: the same with a
  spaCy quantifier (``?``, ``*``, ``+``); ``regex`` is matched (``re.search``) against the lower-case token
  text.

A rule may give ``phrase`` instead of ``pattern``: the phrase is tokenized with the pipeline's tokenizer and
each token must match its lower-case text. Word sets may include other sets with ``"@OTHER"`` items.

Two optional target-rule conditions look outside the match (spaCy patterns cannot look ahead):

- ``clause_final: "SET"``: the match counts only at the end of a clause: followed by the end of its sentence,
  a punctuation token or a word of ``SET`` ("the lesion is hemorrhagic.", "hemorrhagic and necrotic"), never
  by another word ("hemorrhagic shock"). Such rules run after the other targets and never displace them;
- ``sentence_requires: "SET"``: the match counts only when its sentence has a word of ``SET``
  ("microhemorrhages" only with a trauma word such as "shear" or "axonal");
- ``not_before: "SET"``: the match does not count when the next word is in ``SET`` ("cerebral blood" in
  "cerebral blood volume" is a perfusion measure, not blood);
- ``after: "SET"``: the match counts only when the word before it (same sentence) is in ``SET`` ("blood"
  after "acute"; the qualifier stays outside the span so "no acute blood" is still negated).

Nothing here imports spaCy/medspaCy: loading and validating is cheap and pure.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from triage.errors import RulesError
from triage.text import tokenize

__all__ = [
    "CONTEXT_CATEGORIES",
    "ExtraTerms",
    "ModifierGroup",
    "ModifierResource",
    "RuleSet",
    "SectionGroup",
    "SiteRule",
    "TargetResource",
    "TargetRuleSpec",
    "TokenSpec",
]

_CONCEPT_RE = r"^[a-z][a-z0-9_]*$"
_SET_NAME_RE = r"^[A-Z][A-Z0-9_]*$"
_VERSION_RE = r"^rules-[0-9]+[a-z0-9.\-]*$"
LOCATION_CONCEPT = "@location"

#: Modifier categories the engine understands (ConText categories, Harkema et al. 2009, plus project ones).
CONTEXT_CATEGORIES = (
    "NEGATED_EXISTENCE",
    "POSSIBLE_EXISTENCE",
    "HISTORICAL",
    "RESOLVED",
    "HYPOTHETICAL",
    "FAMILY",
    "EXTRACRANIAL",
    "PERSISTENT",
    "ACUITY",
    "LINK",
    "TERMINATE",
    "PSEUDO",
    "MIMIC",
    "PAST_EPISODE",
    "ORDERED",
    "CLAUSE",
)


# a quantified group that itself contains a quantifier: "(a+)+", "(\w*)*", "(x+|y)+{2,}"
_NESTED_QUANTIFIER = re.compile(r"\([^()]*[+*}][^()]*\)\s*[+*{]")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TokenSpec(_Frozen):
    """One token of a pattern: exactly one of ``word`` / ``set`` / ``regex``, with an optional quantifier."""

    word: str | None = None
    set: str | None = None
    regex: str | None = None
    op: Literal["?", "*", "+"] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> TokenSpec:
        given = [k for k in ("word", "set", "regex") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"a token spec needs exactly one of word/set/regex, got {given or 'none'}")
        if self.word is not None and (not self.word or self.word != self.word.lower() or " " in self.word):
            raise ValueError(f"word {self.word!r} must be one lower-case token without spaces")
        if self.set is not None and not re.match(_SET_NAME_RE, self.set):
            raise ValueError(f"set name {self.set!r} must be UPPER_CASE")
        if self.regex is not None:
            try:
                re.compile(self.regex)
            except re.error as exc:
                raise ValueError(f"regex {self.regex!r} does not compile: {exc}") from exc
            if not self.regex or re.fullmatch(self.regex, ""):
                raise ValueError(f"regex {self.regex!r} matches the empty string: it would match every token")
            if _NESTED_QUANTIFIER.search(self.regex):
                # "(a+)+" backtracks exponentially on a long token: one report would stall the daemon
                raise ValueError(f"regex {self.regex!r} nests quantifiers (catastrophic backtracking)")
        return self


def _parse_item(item: Any) -> TokenSpec:
    if isinstance(item, str):
        return TokenSpec(set=item[1:]) if item.startswith("@") else TokenSpec(word=item)
    if isinstance(item, Mapping):
        return TokenSpec(**item)
    raise ValueError(f"a pattern item must be a string or an object, not {type(item).__name__}")


Pattern = tuple[TokenSpec, ...]


def _parse_pattern(value: Any) -> Pattern:
    if not isinstance(value, list | tuple) or not value:
        raise ValueError("a pattern must be a non-empty list")
    specs = tuple(item if isinstance(item, TokenSpec) else _parse_item(item) for item in value)
    if all(s.op in ("?", "*") for s in specs):
        raise ValueError("a pattern must have at least one token that is not optional")
    return specs


class TargetRuleSpec(_Frozen):
    """A target (ICH concept) rule: ``concept`` code and either a ``pattern`` or a ``phrase``.

    ``concept == "@location"`` marks a coordinated list ("subdural and subarachnoid hemorrhage"): the concepts
    are read from the location words inside the match (see ``TargetResource.location_concepts``)."""

    concept: str
    pattern: Pattern | None = None
    phrase: str | None = None
    clause_final: Annotated[str, Field(pattern=_SET_NAME_RE)] | None = None
    sentence_requires: Annotated[str, Field(pattern=_SET_NAME_RE)] | None = None
    not_before: Annotated[str, Field(pattern=_SET_NAME_RE)] | None = None
    after: Annotated[str, Field(pattern=_SET_NAME_RE)] | None = None
    note: str | None = None

    @field_validator("concept")
    @classmethod
    def _concept(cls, v: str) -> str:
        if v != LOCATION_CONCEPT and not re.match(_CONCEPT_RE, v):
            raise ValueError(f"concept {v!r} must be a lower_snake_case code")
        return v

    @field_validator("pattern", mode="before")
    @classmethod
    def _pattern(cls, v: Any) -> Pattern | None:
        return None if v is None else _parse_pattern(v)

    @model_validator(mode="after")
    def _one_of(self) -> TargetRuleSpec:
        if (self.pattern is None) == (self.phrase is None or not self.phrase.strip()):
            raise ValueError("a target rule needs exactly one of 'pattern' or a non-empty 'phrase'")
        if self.phrase is not None and not tokenize(self.phrase):
            # "." or "the" would make every report affirmed
            raise ValueError(f"phrase {self.phrase!r} has no content word (only stop words or punctuation)")
        return self


WordSets = Mapping[str, tuple[str, ...]]


def _check_word_sets(sets: Mapping[str, tuple[str, ...]]) -> None:
    for name, words in sets.items():
        if not re.match(_SET_NAME_RE, name):
            raise ValueError(f"word set name {name!r} must be UPPER_CASE")
        if not words:
            raise ValueError(f"word set {name!r} is empty")
        for w in words:
            if w.startswith("@"):
                continue
            if not w or w != w.lower() or any(c.isspace() for c in w):
                raise ValueError(f"word set {name!r}: {w!r} must be one lower-case token without spaces")


class SiteRule(_Frozen):
    """When a *generic* bleed mention is extracranial (the engine's mention-assertion step).

    A mention whose concept is in ``concepts`` (a bleed word that carries no intracranial location of its own:
    "hematoma", "internal hemorrhage", "blood products", "hemorrhagic component") is ``extracranial`` when

    - its own span has a word of ``extracranial`` ("hemorrhagic adrenal adenoma"), or
    - its clause has a word of ``extracranial`` and none of ``intracranial``: the clause is the sentence,
      cut at the words of ``clause_breaks`` ("DVT in the leg, now with acute hemorrhage": "now" starts a new
      clause), so "splenic laceration with a perisplenic hematoma" and "thyroid nodule with internal
      hemorrhage" are extracranial wherever the organ word stands, while "scalp hematoma with underlying
      hemorrhage in the left frontal lobe" keeps its second mention intracranial.

    This complements the ``EXTRACRANIAL`` ConText modifier (closest target within 3 tokens, stopped by
    ``LINK`` words such as "with"), which still decides the adjacent cases for every concept."""

    concepts: tuple[Annotated[str, Field(pattern=_CONCEPT_RE)], ...]
    extracranial: Annotated[str, Field(pattern=_SET_NAME_RE)]
    intracranial: Annotated[str, Field(pattern=_SET_NAME_RE)]
    clause_breaks: Annotated[str, Field(pattern=_SET_NAME_RE)]
    #: bleeds named by a space the spine has too (epidural, subdural): ``extracranial`` when the words
    #: around the mention name the spine (``spinal``: "cervical spinal canal", "thecal sac") or a vertebral
    #: level in a level phrase (``spinal_levels``: "at C5", "from C4 to C6", "T11-L1"), and no intracranial
    #: anatomy
    spinal_concepts: tuple[Annotated[str, Field(pattern=_CONCEPT_RE)], ...] = ()
    spinal: Annotated[str, Field(pattern=_SET_NAME_RE)] | None = None
    spinal_levels: Annotated[str, Field(pattern=_SET_NAME_RE)] | None = None
    note: str | None = None


class TargetResource(_Frozen):
    """``targets.json``: version, word sets, location→set map for coordinated lists, target rules and the
    optional :class:`SiteRule`."""

    version: Annotated[str, Field(pattern=_VERSION_RE)]
    source: str = ""
    word_sets: dict[str, tuple[str, ...]]
    location_concepts: dict[str, str] = Field(default_factory=dict)
    site_rule: SiteRule | None = None
    #: body region -> what it covers; each key is a word set, and ``site_rule.extracranial`` is their union
    site_regions: dict[str, str] = Field(default_factory=dict)
    #: concepts that describe blood without naming it: a mention is ``uncertain`` at most (engine docstring)
    descriptor_concepts: tuple[Annotated[str, Field(pattern=_CONCEPT_RE)], ...] = ()
    #: descriptors a MIMIC cue negates but that are not capped at ``uncertain``: blood described by its age
    #: ("chronic subdural collection" is a chronic subdural haematoma; tune20, priority set 10)
    affirmed_descriptor_concepts: tuple[Annotated[str, Field(pattern=_CONCEPT_RE)], ...] = ()
    #: concepts that look like blood and are not (hygroma, empyema, pseudo-SAH ...): never ICH (``negated``)
    mimic_concepts: tuple[Annotated[str, Field(pattern=_CONCEPT_RE)], ...] = ()
    targets: tuple[TargetRuleSpec, ...]

    @model_validator(mode="after")
    def _check(self) -> TargetResource:
        _check_word_sets(self.word_sets)
        if not self.targets:
            raise ValueError("no target rules")
        for concept, set_name in self.location_concepts.items():
            if not re.match(_CONCEPT_RE, concept):
                raise ValueError(f"location concept {concept!r} must be a lower_snake_case code")
            if set_name not in self.word_sets:
                raise ValueError(f"location concept {concept!r} names unknown word set {set_name!r}")
        if self.site_rule is not None:
            r = self.site_rule
            for set_name in (r.extracranial, r.intracranial, r.clause_breaks):
                if set_name not in self.word_sets:
                    raise ValueError(f"site_rule names unknown word set {set_name!r}")
        for set_name in self.site_regions:
            if set_name not in self.word_sets:
                raise ValueError(f"site region {set_name!r} is not a word set")
        concepts = {t.concept for t in self.targets}
        for name, listed in (("descriptor", self.descriptor_concepts), ("mimic", self.mimic_concepts)):
            unknown = set(listed) - concepts
            if unknown:
                raise ValueError(f"{name} concepts {sorted(unknown)} have no target rule")
        if not set(self.affirmed_descriptor_concepts) <= set(self.descriptor_concepts):
            raise ValueError("an affirmed descriptor concept must be a descriptor concept")
        if set(self.descriptor_concepts) & set(self.mimic_concepts):
            raise ValueError("a concept cannot be both a descriptor and a mimic")
        return self


class ModifierGroup(_Frozen):
    """A group of ConText modifier triggers sharing category, direction and scope (medspaCy
    ``ConTextRule``)."""

    category: Literal[CONTEXT_CATEGORIES]  # type: ignore[valid-type]
    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]
    phrases: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    max_scope: Annotated[int, Field(gt=0)] | None = None
    max_targets: Annotated[int, Field(gt=0)] | None = None
    terminated_by: tuple[str, ...] = ()
    #: the trigger counts only at the start of a sentence or right after one of these tokens, and never
    #: right before one of ``not_before`` (a dictated "know" for "no", rules-12)
    only_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    #: the target concepts (targets.json ``concept``) the trigger may modify (none: every target)
    only_concepts: tuple[str, ...] = ()
    #: the trigger written in capitals is no trigger (an abbreviation: "NI" is no Spanish "ni")
    not_in_capitals: bool = False
    note: str | None = None

    @field_validator("patterns", mode="before")
    @classmethod
    def _patterns(cls, v: Any) -> tuple[Pattern, ...]:
        if not isinstance(v, list | tuple):
            raise ValueError("patterns must be a list of patterns")
        return tuple(_parse_pattern(p) for p in v)

    @model_validator(mode="after")
    def _check(self) -> ModifierGroup:
        if not self.phrases and not self.patterns:
            raise ValueError(f"{self.category} group has neither phrases nor patterns")
        if any(not p.strip() for p in self.phrases):
            raise ValueError(f"{self.category} group has an empty phrase")
        unknown = set(self.terminated_by) - set(CONTEXT_CATEGORIES)
        if unknown:
            raise ValueError(f"terminated_by names unknown categories {sorted(unknown)}")
        pseudo = self.category in ("TERMINATE", "PSEUDO", "LINK", "CLAUSE")
        if (self.direction in ("TERMINATE", "PSEUDO")) != pseudo:
            raise ValueError(
                f"category {self.category} with direction {self.direction}: TERMINATE/PSEUDO directions "
                "are for the TERMINATE, PSEUDO and LINK categories only"
            )
        return self


class SectionGroup(_Frozen):
    """Note section headings of one category (medspaCy ``SectionRule``s, matched with a following colon) and
    the assertion a positive mention under them takes: ``historical`` (past medical / family / social
    history, comparison), ``hypothetical`` (indication, clinical question) or None (a heading that only ends
    the section before it: HPI, hospital course, findings ...). ``max_scope`` limits the section to that many
    tokens after its heading, ``same_sentence`` to the heading's own sentence (an indication is one question;
    a finding written on after it is not part of it). ``ends_at``: phrases (lower-case words) that end the
    section where they stand, e.g. a past history that runs on into today ("PMH: AF. Presented today with an
    acute SDH": rules-11). ``ends_at_undated``: phrases that end it only when no past marker (a year, a date,
    "ago", "previously") follows within a few words: "Presented today with an acute SDH" ends a past history,
    "PMH: presented in 2019 with a SAH" does not. ``ends_at_present``: a present-tense result ("shows",
    "demonstrates") that ends it only when no past marker stands before it in its sentence: "PMH: AF. The CT
    after the fall shows a recurrent SDH" ends it, "PMH: fall in 2019, CT shows small SDH" does not. A
    heading is followed by a colon, or written in capitals alone on its line. ``headers_with_object``:
    headings that may name their exam before the colon ("Indication for repeat CT:", "Reason for the scan:",
    "Clinical data for MRI:"): the heading, "for" or "of", then one to three words (the first not one of
    ``object_not``: "Reason for admission:" is another heading), then the colon (rules-14)."""

    category: Annotated[str, Field(pattern=_CONCEPT_RE)]
    assertion: Literal["historical", "hypothetical"] | None
    headers: tuple[str, ...]
    headers_with_object: tuple[str, ...] = ()
    object_not: tuple[str, ...] = ()
    max_scope: Annotated[int, Field(gt=0)] | None = None
    same_sentence: bool = False
    ends_at: tuple[str, ...] = ()
    ends_at_undated: tuple[str, ...] = ()
    ends_at_present: tuple[str, ...] = ()
    note: str | None = None

    @field_validator("headers", "headers_with_object")
    @classmethod
    def _headers(cls, v: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if (not v and info.field_name == "headers") or any(not h.strip() or h != h.lower() for h in v):
            raise ValueError("section headers must be non-empty lower-case phrases")
        return v

    @field_validator("ends_at", "ends_at_undated", "ends_at_present")
    @classmethod
    def _ends_at(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if any(not h.strip() or h != h.lower() for h in v):
            raise ValueError("section ends_at must be non-empty lower-case phrases")
        return v


class ModifierResource(_Frozen):
    """``modifiers.json``: version, word sets, modifier groups and note section headings."""

    version: Annotated[str, Field(pattern=_VERSION_RE)]
    source: str = ""
    word_sets: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    modifiers: tuple[ModifierGroup, ...]
    sections: tuple[SectionGroup, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> ModifierResource:
        _check_word_sets(self.word_sets)
        if not self.modifiers:
            raise ValueError("no modifier groups")
        return self


class ExtraTerms(_Frozen):
    """A site's extra-terms file: ``{"description": "...", "word_sets": {...}, "targets": [...]}``.

    Targets may use the packaged word sets (``"@BLOOD"``) and their own; their set names must not redefine a
    packaged one."""

    description: str = ""
    word_sets: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    targets: tuple[TargetRuleSpec, ...]

    @model_validator(mode="after")
    def _check(self) -> ExtraTerms:
        _check_word_sets(self.word_sets)
        if not self.targets:
            raise ValueError("no target rules")
        if any(t.concept == LOCATION_CONCEPT for t in self.targets):
            raise ValueError("'@location' targets are reserved for the packaged rules")
        return self


def _resolve_sets(sets: Mapping[str, tuple[str, ...]], where: str) -> dict[str, frozenset[str]]:
    """Expand ``@OTHER`` includes; raises RulesError(unknown_word_set) on unknown names or cycles."""
    out: dict[str, frozenset[str]] = {}

    def expand(name: str, stack: tuple[str, ...]) -> frozenset[str]:
        if name in out:
            return out[name]
        if name not in sets:
            raise RulesError(f"{where}: word set @{name} is not defined", reason="unknown_word_set")
        if name in stack:
            raise RulesError(f"{where}: word set @{name} includes itself", reason="unknown_word_set")
        words: set[str] = set()
        for w in sets[name]:
            words |= expand(w[1:], (*stack, name)) if w.startswith("@") else {w}
        out[name] = frozenset(words)
        return out[name]

    for name in sets:
        expand(name, ())
    return out


def _check_refs(patterns: list[Pattern], sets: Mapping[str, frozenset[str]], where: str) -> None:
    for pattern in patterns:
        for spec in pattern:
            if spec.set is not None and spec.set not in sets:
                raise RulesError(
                    f"{where}: pattern uses undefined word set @{spec.set}", reason="unknown_word_set"
                )


def _check_target_refs(
    rules: tuple[TargetRuleSpec, ...], sets: Mapping[str, frozenset[str]], where: str
) -> None:
    _check_refs([r.pattern for r in rules if r.pattern], sets, where)
    for r in rules:
        for name in (r.clause_final, r.sentence_requires, r.not_before, r.after):
            if name is not None and name not in sets:
                raise RulesError(
                    f"{where}: target rule uses undefined word set @{name}", reason="unknown_word_set"
                )


def _read_json(data: bytes, where: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RulesError(f"{where}: not valid UTF-8 JSON ({exc})", reason="invalid_json") from exc


def _validate(model: type[BaseModel], raw: Any, where: str) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first.get("loc", ())) or "(top level)"
        raise RulesError(
            f"{where}: invalid rules at {loc}: {first.get('msg')} ({exc.error_count()} error(s))",
            reason="invalid_rules",
        ) from exc


class RuleSet(_Frozen):
    """Everything the engine needs, validated: packaged targets + modifiers, an optional site extension.

    ``version`` is ``targets.version`` (e.g. ``rules-3``), or ``rules-3+site.<first 8 hex of the sha256
    of the extra file's bytes>``."""

    targets: TargetResource
    modifiers: ModifierResource
    extra: ExtraTerms | None = None
    extra_sha256: str | None = None
    word_sets: dict[str, frozenset[str]]

    @property
    def version(self) -> str:
        base = self.targets.version
        return base if self.extra_sha256 is None else f"{base}+site.{self.extra_sha256[:8]}"

    @property
    def target_rules(self) -> tuple[TargetRuleSpec, ...]:
        return self.targets.targets + (self.extra.targets if self.extra else ())

    @property
    def location_words(self) -> dict[str, str]:
        """lower-case location word → concept, for ``@location`` (coordinated list) matches."""
        out: dict[str, str] = {}
        for concept, set_name in self.targets.location_concepts.items():
            for w in self.word_sets[set_name]:
                out.setdefault(w, concept)
        return out

    @classmethod
    def from_bytes(
        cls,
        targets: bytes,
        modifiers: bytes,
        extra: bytes | None = None,
        *,
        names: tuple[str, str, str] = ("targets.json", "modifiers.json", "extra terms file"),
    ) -> RuleSet:
        """Validate raw resources. Raises RulesError (reason ``invalid_json``, ``invalid_rules``,
        ``unknown_word_set`` or ``version_mismatch``) naming the file and the first problem."""
        t = _validate(TargetResource, _read_json(targets, names[0]), names[0])
        m = _validate(ModifierResource, _read_json(modifiers, names[1]), names[1])
        if t.version != m.version:
            raise RulesError(
                f"{names[0]} is {t.version} but {names[1]} is {m.version}; ship them together",
                reason="version_mismatch",
            )
        x = None if extra is None else _validate(ExtraTerms, _read_json(extra, names[2]), names[2])
        target_sets = dict(t.word_sets)
        if x is not None:
            clash = set(x.word_sets) & set(target_sets)
            if clash:
                raise RulesError(
                    f"{names[2]}: word sets {sorted(clash)} redefine packaged sets; use new names",
                    reason="invalid_rules",
                )
            target_sets.update(x.word_sets)
        tsets = _resolve_sets(target_sets, names[0] if x is None else f"{names[0]} + {names[2]}")
        _check_target_refs(t.targets, tsets, names[0])
        if x is not None:
            _check_target_refs(x.targets, tsets, names[2])
        msets = _resolve_sets(m.word_sets, names[1])
        _check_refs([p for g in m.modifiers for p in g.patterns], msets, names[1])
        clash = set(msets) & set(tsets)
        if clash:
            raise RulesError(f"word sets {sorted(clash)} defined in both files", reason="invalid_rules")
        return cls(
            targets=t,
            modifiers=m,
            extra=x,
            extra_sha256=None if extra is None else hashlib.sha256(extra).hexdigest(),
            word_sets={**tsets, **msets},
        )

    @classmethod
    def load(cls, extra_terms_file: Path | None = None) -> RuleSet:
        """Load the packaged rules and, optionally, a site's extra-terms file.

        Raises RulesError(``unreadable``) when a file cannot be read, and the errors of :meth:`from_bytes`."""
        data = resources.files("triage.rules") / "data"
        try:
            t = (data / "targets.json").read_bytes()
            m = (data / "modifiers.json").read_bytes()
        except OSError as exc:  # a broken install
            raise RulesError(f"packaged rule resources cannot be read: {exc}", reason="unreadable") from exc
        extra = None
        name = "extra terms file"
        if extra_terms_file is not None:
            path = Path(extra_terms_file)
            name = f"extra terms file {path}"
            try:
                extra = path.read_bytes()
            except OSError as exc:
                raise RulesError(
                    f"{name} cannot be read ({exc.strerror or exc}); check TRIAGE_RULES_TERMS_FILE",
                    reason="unreadable",
                ) from exc
        return cls.from_bytes(t, m, extra, names=("targets.json", "modifiers.json", name))
