"""The decision core: classify → score (network) ‖ assess (rules) → policy → outcome.

Every entry point decides through one ``DecisionCore``: the daemon and replay (``Processor``, which adds the
Flag lifecycle and the outputs), ``triage label``, ``triage evaluate`` and ``triage audit drift``. None of
them re-implements a step, so the same settings give the same decision, score and threshold everywhere.

Steps (each pure apart from the network call):

* ``parse`` / ``classify``: which messages are scored, skipped (``not_oru``, ``procedure_filter``,
  ``cancelled``) or dead-lettered (``no_accession``, ``oversize_identifier``, parse errors): the site's
  parser settings, then ``triage.pipeline.decide.route`` (its order);
* ``prepare``: normalize the scored text; empty → ``no_report_text``; a scored text or FINDINGS longer than
  the slice's ``max_report_chars`` → ``report_too_long`` (not decided, never truncated: one such report
  would hold its partition for seconds, and a cut one may lose its positive sentence);
* ``score`` (network, whole reports in windows) and ``assess`` (ConText rule tier) on the same texts: they
  are independent (the daemon runs them in two threads). A rule-tier failure is isolated per text
  (``rules_failed``); a network failure propagates (nothing about one record: the batch is not committed);
* ``decide``: the policy (triage.pipeline.policy) on the rounded score and the rules' assertion → a typed
  ``Decision`` carrying the network probability, the policy's own ranking score (``policy_score``) and the
  threshold it was held against; for a positive, also the bleed's attributes read from the scored text (and
  the mass effect the report's FINDINGS state when the scored text leaves them out: passed in as data, read
  only for a positive) and its worklist priority under the site's priority policy (triage.priority).

A bleed stated only in FINDINGS (``decide``): when the rules find no mention at all in the conclusion
(``none``) and the report has FINDINGS the conclusion leaves out (`Report.findings`; a report without a
FINDINGS heading: its body outside the conclusion, triage.text.sections), the rule tier reads the FINDINGS
too, and an ``affirmed`` or ``uncertain`` result there decides (``decided_by="findings"``): an
impression that omits a finding is a reporting error, not a negation. Its rule evidence carries
``source="findings"`` (the offsets index the FINDINGS) and the bleed's attributes are read from the FINDINGS
(the conclusion's mass effect still counts, ``source="scored"``). A FINDINGS result that is not positive
(negated, historical, hypothetical, extracranial) changes nothing: the conclusion's ``none`` stands and the
network decides, as without FINDINGS. A conclusion with any mention (a negation: "No intracranial
hemorrhage", "calcification, not blood"; a history, a request, an extracranial site) is the final word and
the FINDINGS are never read by the rules. Precedence, first that applies: conclusion positive → conclusion;
conclusion non-positive → conclusion; conclusion ``none`` and FINDINGS positive → FINDINGS; else ``none``.
The FINDINGS of a batch's such reports are read in one rule-tier call after the conclusions'
(``assess_findings``, timed in ``rules_ms``; ``decide`` reads them itself when not given); if it raises,
each is read alone and a report whose read raises fails alone (``rules_failed``), as for its conclusion.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from triage.core import MessageError, MessageResult
from triage.errors import ArtifactError, HL7Error, NoReportTextError, ReportTooLongError, RulesError
from triage.pipeline.deadletter import dlq_reason
from triage.pipeline.decide import DEAD_LETTER, ProcedureFilter, Route, route
from triage.pipeline.policy import Policy, PolicyDecision, decide, ranking_score
from triage.priority import (
    DEFAULT_POLICY,
    NO_ATTRIBUTES,
    BleedAttributes,
    Priority,
    PriorityGrade,
    PriorityPolicy,
    extract_attributes,
    grade,
)
from triage.text import NORMALIZATION_VERSION, extract_conclusion, tokenize

if TYPE_CHECKING:
    from triage.config import PipelineSettings
    from triage.model import Scorer
    from triage.rules import RuleEngine
    from triage.rules.result import RuleResult

__all__ = [
    "Decision",
    "DecisionCore",
    "Failure",
    "NetworkScore",
    "decision_of",
    "findings_result",
    "round_score",
    "rules_source",
]

SCORE_DECIMALS = 6  # scores are rounded so replays on other hardware/batch sizes give the same record

ParseFn = Callable[
    ..., Sequence[MessageResult]
]  # (raw: bytes, *, max_bytes, conclusion_headings, hl7_timezone)


def round_score(score: float | None) -> float | None:
    return None if score is None else round(float(score), SCORE_DECIMALS)


@dataclass(frozen=True, slots=True)
class NetworkScore:
    """The network's reading of one report: raw probability, deciding window of `windows` read, and the share
    of tokens outside the model's vocabulary."""

    probability: float
    window: int
    windows: int
    unknown_share: float


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of one scored report. `probability` (network) and `policy_score` are rounded to
    SCORE_DECIMALS; `threshold` is the network threshold the policy held `probability` against."""

    policy: Policy
    probability: float
    threshold: float
    policy_score: float
    verdict: PolicyDecision
    rules: RuleResult
    window: int
    windows: int
    unknown_share: float
    attributes: BleedAttributes = NO_ATTRIBUTES
    grade: PriorityGrade | None = None  # the worklist priority of a positive and why; None for a negative

    @property
    def positive(self) -> bool:
        return self.verdict.positive

    @property
    def priority(self) -> Priority | None:
        return self.grade.priority if self.grade is not None else None


def rules_source(rules: RuleResult) -> str:
    """The text a rule result was read from: ``findings`` when its evidence indexes the FINDINGS (the
    decision core read them because the conclusion mentioned no bleed), else ``scored``."""
    return "findings" if rules.evidence and rules.evidence[0].source == "findings" else "scored"


def findings_result(conclusion: RuleResult, findings: RuleResult | None) -> RuleResult:
    """The rule result that decides (precedence in the module docstring): `findings` (the rule tier on the
    FINDINGS the conclusion leaves out; None when not read), its evidence marked ``source="findings"``, when
    the conclusion has no mention and the FINDINGS a positive one; else `conclusion`, unchanged. Pure."""
    if conclusion.assertion != "none" or findings is None or not findings.positive:
        return conclusion
    return replace(findings, evidence=tuple(replace(e, source="findings") for e in findings.evidence))


def _swap_source(attributes: BleedAttributes) -> BleedAttributes:
    """Attributes read with the FINDINGS as the main text: their sources swapped back to the texts the
    offsets really index (the main text is the FINDINGS, the extra text the scored one)."""
    swap = {"scored": "findings", "findings": "scored"}
    return replace(attributes, evidence=tuple(replace(e, source=swap[e.source]) for e in attributes.evidence))


def decision_of(
    policy: Policy,
    network: NetworkScore,
    threshold: float,
    rules: RuleResult,
    attributes: BleedAttributes = NO_ATTRIBUTES,
    priority_policy: PriorityPolicy = DEFAULT_POLICY,
) -> Decision:
    """The policy on the rounded network score and the rules' assertion (the one place a Decision is made),
    and a positive's priority from `attributes` (triage.priority.extract_attributes of the scored text).
    `threshold` is already rounded (DecisionCore)."""
    # decide on the rounded score the audit and the Flag carry: self-consistent records, and float noise below
    # 5e-7 (other hardware, other batch sizes) cannot flip a replayed decision
    probability: float = round_score(network.probability)  # type: ignore[assignment]
    verdict = decide(policy, probability, threshold, rules.assertion, rules_source(rules))
    return Decision(
        policy=policy,
        probability=probability,
        threshold=threshold,
        policy_score=round_score(ranking_score(policy, probability, rules.assertion)),  # type: ignore[arg-type]
        verdict=verdict,
        rules=rules,
        window=network.window,
        windows=network.windows,
        unknown_share=network.unknown_share,
        attributes=attributes,
        grade=grade(attributes, verdict.assertion, priority_policy) if verdict.positive else None,
    )


def _reads_findings(rules: RuleResult | Failure, findings: str) -> bool:
    """Whether `decide` reads the FINDINGS too: the scored text has no mention and there are FINDINGS."""
    return not isinstance(rules, Failure) and rules.assertion == "none" and bool(findings.strip())


@dataclass(frozen=True, slots=True)
class Failure:
    """A report the core cannot decide: `reason` is the dead-letter reason (``no_report_text``,
    ``rules_failed`` ...), `error` the exception (its text never quotes the report)."""

    reason: str
    error: Exception


class DecisionCore:
    """The decision steps for one model under one pipeline settings slice (module docstring)."""

    def __init__(
        self,
        scorer: Scorer,
        settings: PipelineSettings,
        *,
        rules: RuleEngine | None = None,
        policy: Policy | None = None,
        threshold: float | None = None,
        parse: ParseFn | None = None,
    ) -> None:
        """`policy` / `threshold` override the slice's (``label --policy``, a threshold ``evaluate`` chose
        again); without them the site's setting, else the artifact's threshold, is used."""
        if scorer.normalization_version != NORMALIZATION_VERSION:
            raise ArtifactError(
                f"model {scorer.model_version} expects normalization {scorer.normalization_version!r}, "
                f"this code produces {NORMALIZATION_VERSION!r}"
            )
        if rules is None:
            from triage.rules.shared import shared_engine

            rules = shared_engine(settings.rules_terms_file)
        if parse is None:
            from triage.hl7 import parse_record as parse
        self.scorer = scorer
        self.rules = rules
        self.settings = settings
        self.policy: Policy = policy or settings.decision_policy
        self.priority_policy: PriorityPolicy = settings.priority
        if threshold is None:
            threshold = settings.threshold if settings.threshold is not None else scorer.threshold
        # positive when round(probability, 6) >= round(threshold, 6): what audits and Flags show decides
        self.threshold: float = round_score(threshold)  # type: ignore[assignment]
        self.procedure_filter = ProcedureFilter.from_settings(
            settings.procedure_codes, settings.procedure_pattern
        )
        self.conclusion_headings = tuple(settings.conclusion_headings)
        self._parse = parse
        self._hl7_tz = settings.hl7_tzinfo

    # ---- classify ----------------------------------------------------------------------------------------
    def parse(self, raw: bytes) -> list[Route]:
        """Every message of one Kafka record (or HL7 file), parsed with the site's settings and routed. Never
        raises: a parser failure is one dead-lettered message at index 0."""
        try:
            results = list(
                self._parse(
                    raw,
                    max_bytes=self.settings.max_message_bytes,
                    conclusion_headings=self.conclusion_headings,
                    hl7_timezone=self._hl7_tz,
                    accession_sources=self.settings.accession_sources,
                )
            )
        except Exception as exc:  # parse_record should not raise; if it does, only this record fails
            return [Route(DEAD_LETTER, MessageError(0, None, exc), dlq_reason(exc), exc, "parser failure")]
        if not results:
            err = HL7Error("record holds no HL7 message", reason="unparseable")
            return [Route(DEAD_LETTER, MessageError(0, None, err), err.reason, err, str(err))]
        return [self.classify(result) for result in results]

    def classify(self, result: MessageResult) -> Route:
        """Score, skip, cancel or dead-letter (triage.pipeline.decide.route, under this core's filter)."""
        return route(result, self.procedure_filter)

    def impression(self, text: str) -> str:
        """The scored text of a plain-text report (a JSONL/CSV row): its conclusion, with the site's extra
        headings, as the HL7 parser picks it for a message."""
        return self.conclusion(text)[0]

    def conclusion(self, text: str) -> tuple[str, str]:
        """A plain-text report's scored text and the FINDINGS it leaves out ("" when none), as the HL7
        parser picks them for a message (`Report.impression`, `Report.findings`)."""
        scored, _source, findings = extract_conclusion(text, self.conclusion_headings)
        return scored, findings

    # ---- prepare, score ‖ assess -------------------------------------------------------------------------
    @staticmethod
    def prepare(text: str, findings: str = "", *, max_chars: int | None = None) -> list[str] | Failure:
        """The normalized tokens of a scored text, or why it cannot be scored: ``report_too_long`` when
        `text` or `findings` (read for a positive's mass effect) is longer than `max_chars` (checked first,
        before any work on the text), ``no_report_text`` when nothing is left after normalization."""
        if max_chars is not None and max(len(text), len(findings)) > max_chars:
            err = ReportTooLongError(
                f"the report text is {max(len(text), len(findings)):,} characters, over max_report_chars="
                f"{max_chars:,} (TRIAGE_MAX_REPORT_CHARS): not decided, not truncated"
            )
            return Failure(err.reason, err)
        try:
            tokens = tokenize(text)
        except Exception as exc:
            return Failure(dlq_reason(exc), exc)
        if not tokens:
            err = NoReportTextError("the impression is empty after normalization")
            return Failure(err.reason, err)
        return tokens

    def prepare_report(self, text: str, findings: str = "") -> list[str] | Failure:
        """`prepare` under this core's ``max_report_chars``: what every entry point calls."""
        return self.prepare(text, findings, max_chars=self.settings.max_report_chars)

    def score(self, tokens: Sequence[Sequence[str]]) -> list[NetworkScore]:
        """The network on whole reports (one call). Raises on a scorer failure."""
        if not tokens:
            return []
        scored = self.scorer.score_reports(tokens)
        out = [
            NetworkScore(float(p), int(w), int(n), float(u))
            for p, w, n, u in zip(
                scored.probabilities.tolist(),
                scored.window.tolist(),
                scored.windows.tolist(),
                scored.unknown_share.tolist(),
                strict=True,
            )
        ]
        if len(out) != len(tokens):
            raise RuntimeError(f"scorer returned {len(out)} scores for {len(tokens)} reports")
        return out

    def assess(self, texts: Sequence[str]) -> list[RuleResult | Failure]:
        """The rule tier on the texts (one ``nlp.pipe`` call); if it raises, each text alone, so one report
        the tier cannot read fails alone (``rules_failed``) instead of the whole batch, forever."""
        if not texts:
            return []
        try:
            return list(self.rules.assess_batch(list(texts)))
        except Exception:
            out: list[RuleResult | Failure] = []
            for text in texts:
                try:
                    out.append(self.rules.assess(text))
                except Exception as exc:
                    err = RulesError(
                        f"the rule tier failed on this report ({type(exc).__name__})", reason="rules_failed"
                    )
                    out.append(Failure("rules_failed", err))
            return out

    def assess_findings(
        self, rules: Sequence[RuleResult | Failure], findings: Sequence[str]
    ) -> list[RuleResult | Failure | None]:
        """The rule tier on the FINDINGS that `decide` reads (row i: `findings[i]` when `rules[i]`, the
        result on the scored text, has no mention; else None), in one ``nlp.pipe`` call, so a batch does
        not pay one call per report. A failure of that call is retried per text (`decide`'s failure)."""
        out: list[RuleResult | Failure | None] = [None] * len(rules)
        rows = [i for i, r in enumerate(rules) if _reads_findings(r, findings[i])]
        if not rows:
            return out
        try:
            for i, read in zip(rows, self.rules.assess_batch([findings[i] for i in rows]), strict=True):
                out[i] = read
        except Exception:
            for i in rows:
                out[i] = self._read_findings(findings[i])
        return out

    def _read_findings(self, findings: str) -> RuleResult | Failure:
        try:
            return self.rules.assess(findings)
        except Exception as exc:
            err = RulesError(
                f"the rule tier failed on this report's findings ({type(exc).__name__})",
                reason="rules_failed",
            )
            return Failure("rules_failed", err)

    # ---- policy ------------------------------------------------------------------------------------------
    def decide(
        self,
        network: NetworkScore,
        rules: RuleResult | Failure,
        text: str,
        findings: str = "",
        findings_read: RuleResult | Failure | None = None,
    ) -> Decision | Failure:
        """The core's policy on the rounded network score and the rules' assertion; the bleed's attributes
        from `text`, the scored text the rules read (their evidence offsets index it), and the mass effect
        stated in `findings`, the report's FINDINGS the scored text leaves out (`Report.findings`,
        `conclusion`; read only for a positive mention). With no mention in `text` the rules read
        `findings` too (module docstring: a bleed stated only in FINDINGS); `findings_read` is that reading
        when the caller already made it for a whole batch (`assess_findings`), else it is made here."""
        if isinstance(rules, Failure):
            return rules
        if _reads_findings(rules, findings):
            read = findings_read if findings_read is not None else self._read_findings(findings)
            if isinstance(read, Failure):
                return read
            rules = findings_result(rules, read)
        if rules_source(rules) == "findings":
            attributes = _swap_source(extract_attributes(findings, rules, text))
        else:
            attributes = extract_attributes(text, rules, findings)
        return decision_of(self.policy, network, self.threshold, rules, attributes, self.priority_policy)

    def decide_as(self, decision: Decision, policy: Policy) -> Decision:
        """The same reading (network score, rule result, threshold) under another policy: ``evaluate`` puts
        the three side by side without scoring twice."""
        network = NetworkScore(
            decision.probability, decision.window, decision.windows, decision.unknown_share
        )
        return decision_of(
            policy, network, decision.threshold, decision.rules, decision.attributes, self.priority_policy
        )

    def decide_texts(
        self, texts: Sequence[str], findings: Sequence[str] | None = None
    ) -> list[Decision | Failure]:
        """The whole chain on scored texts (impressions), in order, each with the FINDINGS it leaves out
        (`findings`, same order; none when omitted); failures isolated per text."""
        prepared = [
            self.prepare_report(text, findings[i] if findings is not None else "")
            for i, text in enumerate(texts)
        ]
        rows = [i for i, p in enumerate(prepared) if not isinstance(p, Failure)]
        network = self.score([prepared[i] for i in rows])  # type: ignore[misc]
        assessed = self.assess([texts[i] for i in rows])
        row_findings = [findings[i] if findings is not None else "" for i in rows]
        reads = self.assess_findings(assessed, row_findings)
        out: list[Decision | Failure] = list(prepared)  # type: ignore[arg-type]
        for k, (i, net, rules) in enumerate(zip(rows, network, assessed, strict=True)):
            out[i] = self.decide(net, rules, texts[i], row_findings[k], reads[k])
        return out
