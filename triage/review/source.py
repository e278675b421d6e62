"""Reports to review from a file, decided once by the decision `triage label` makes
(triage.offline.labeling.decide_file: same reader, same conclusion extraction, same decision core), and
what the labeling page highlights.

`collect` keeps, beside each decision, what the review needs that a label file does not carry: the report
text (label files carry HL7 ids only), the procedure code and document type, the worklist priority, the rule
tier's evidence and the network's deciding window (turned into character spans by `explain` for the few
reports chosen for review, without deciding again).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.offline.labeling import decide_file
from triage.offline.tables import DEFAULT_READ, ReadOptions
from triage.pipeline.decision import DecisionCore
from triage.review.sampling import Candidate
from triage.rules.result import POSITIVE, Evidence
from triage.text import tokenize
from triage.text.keyimages import sentence_spans
from triage.text.windows import window_starts


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the page highlights in `scored_text`: evidence ``[start, end, concept, assertion]`` of every rule
    mention, and the deciding window's character span (None when the text has no tokens)."""

    evidence: list[list[Any]]
    window: tuple[int, int] | None


def collect(
    core: DecisionCore,
    path: Path,
    *,
    text_field: str = "text",
    id_field: str = "id",
    procedure_field: str = "procedure_code",
    document_type_field: str = "document_type",
    fmt: str = "auto",
    read_options: ReadOptions = DEFAULT_READ,
    on_problem: Callable[[str], None] | None = None,
    progress: bool = False,
) -> list[Candidate]:
    """Every report of `path` (JSONL, CSV or HL7, as `triage label` reads them) as a Candidate decided by
    `core` (the site's settings: threshold, headings, procedure filter); bad rows are reported on
    `on_problem` and skipped."""
    candidates: list[Candidate] = []
    seen: dict[str, int] = {}
    decided = decide_file(
        core,
        path,
        text_field=text_field,
        fmt=fmt,
        progress=progress,
        on_problem=on_problem,
        read_options=read_options,
    )
    for n, item in enumerate(decided, start=1):
        report, row, decision = item.report, item.row, item.decision
        if report is not None:  # HL7: the parsed message
            order = (
                f".{row['order_index']}" if row["order_index"] else ""
            )  # an order of a multi-order message
            key = f"{row['file']}#{row['message_index']}{order}"
            text, accession, procedure = report.text, report.accession, report.procedure_code
            document_type = str(report.result_status) if report.result_status else None
        else:
            key = str(row.get(id_field) or f"row {n}")
            text = row[text_field]
            accession = _str(row.get("accession"))
            procedure, document_type = _str(row.get(procedure_field)), _str(row.get(document_type_field))
        sentence, in_sentence = (
            deciding_sentence(item.findings, decision.rules.evidence)
            if decision.verdict.decided_by == "findings"
            else (None, ())
        )
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}#{seen[key]}"
        candidates.append(
            Candidate(
                key=key,
                accession=accession,
                procedure_code=procedure,
                document_type=document_type,
                text=text,
                scored_text=item.text,
                probability=decision.probability,
                rule_assertion=decision.rules.assertion,
                prediction=int(decision.positive),
                decided_by=decision.verdict.decided_by,
                disagreement=decision.verdict.disagreement,
                unknown_share=decision.unknown_share,
                priority=decision.priority,
                # the page highlights spans of the scored text: evidence that indexes the FINDINGS
                # (decided_by "findings") would point into the wrong text, so it is left out
                evidence=tuple(
                    (e.start, e.end, e.concept, e.assertion)
                    for e in decision.rules.evidence
                    if e.source == "scored"
                ),
                window=decision.window,
                findings_sentence=sentence,
                findings_evidence=in_sentence,
            )
        )
    return candidates


def deciding_sentence(
    findings: str, evidence: Sequence[Evidence]
) -> tuple[str | None, tuple[tuple[int, int, str, str], ...]]:
    """The sentence of `findings` holding the first positive (affirmed/uncertain) mention of the FINDINGS
    evidence, and every FINDINGS mention inside it, offsets into that sentence: what the page shows for a
    report decided by its FINDINGS (the scored text has no bleed to mark). (None, ()) when none is found."""
    mentions = [e for e in evidence if e.source == "findings" and e.end <= len(findings)]
    first = next((e for e in mentions if e.assertion in POSITIVE), None)
    if first is None:
        return None, ()
    start, end = next(
        ((s, e) for s, e in sentence_spans(findings) if s <= first.start < e), (0, len(findings))
    )
    end = max(end, first.end)
    shown = findings[start:end]
    lead = len(shown) - len(shown.lstrip())
    sentence = shown.strip()
    return sentence, tuple(
        (e.start - start - lead, e.end - start - lead, e.concept, e.assertion)
        for e in mentions
        if start + lead <= e.start and e.end <= start + lead + len(sentence)
    )


def _str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


# ---------------------------------------------------------------- highlighting

_APOS = "['’`]?"


def token_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each normalized token in `text`, found in order (tokenize drops names, dates and
    stop words but never reorders); a token not found (rare: a rewritten contraction) takes the position of
    the previous one."""
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    pos = 0
    for token in tokens:
        body = _APOS.join(re.escape(ch) for ch in token)
        pattern = r"n['’]t\b|\bnot\b" if token == "not" else rf"(?<![^\W\d_]){body}(?![^\W\d_])"
        m = re.compile(pattern).search(lowered, pos)
        if m is None:
            spans.append((pos, pos))
            continue
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans


def explain(core: DecisionCore, candidates: Sequence[Candidate]) -> list[Explanation]:
    """Evidence spans and deciding window of each candidate (the page's highlights), from the decision
    `collect` kept: the window's tokens are located in the scored text, nothing is scored again."""
    spec = core.scorer.windows
    out: list[Explanation] = []
    for c in candidates:
        tokens = tokenize(c.scored_text)
        if not tokens:
            out.append(Explanation([], None))
            continue
        start = window_starts(len(tokens), spec.size, spec.stride, spec.max_windows)[c.window]
        spans = token_spans(c.scored_text, tokens)
        last = min(start + spec.size, len(tokens)) - 1
        out.append(Explanation([list(e) for e in c.evidence], (spans[start][0], spans[last][1])))
    return out
