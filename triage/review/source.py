"""Reports to review from a file, scored by the decision `triage label` makes
(triage.offline.labeling.label_file:
same reader, same conclusion extraction, same policy function), and what the labeling page highlights.

`collect` runs `label_file` into a private temporary file (mode 0700 directory, deleted at the end: it holds
report text), reads the decisions back and adds what the review needs that a label file does not carry: the
report text for HL7 input (label files carry HL7 ids only), the procedure code and document type, and the
share of unknown words. `explain` adds the rule tier's evidence spans and the network's deciding window for
the few reports chosen for review.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.model.embeddings import unknown_share
from triage.offline.labeling import input_format, label_file
from triage.offline.tables import DEFAULT_READ, ReadOptions
from triage.pipeline.decision import DecisionCore, Failure
from triage.pipeline.policy import decide
from triage.review.sampling import Candidate
from triage.text import tokenize
from triage.text.windows import window_starts

PREFIX = "triage_review_"  # our columns in the label file: never clash with a site's own columns


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
    `on_problem` by `label_file` and skipped."""
    kind = input_format(path, fmt)
    hl7_reports = _hl7_reports(core, path) if kind == "hl7" else {}
    with tempfile.TemporaryDirectory(prefix="triage-review-") as tmp:
        out = Path(tmp) / "decisions.jsonl"
        label_file(
            core,
            path,
            out,
            text_field=text_field,
            fmt=fmt,
            out_fmt="jsonl",
            prefix=PREFIX,
            progress=progress,
            on_problem=on_problem,
            read_options=read_options,
        )
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    threshold = core.threshold  # as label_file decides
    candidates: list[Candidate] = []
    seen: dict[str, int] = {}
    for n, row in enumerate(rows, start=1):
        if kind == "hl7":
            report = hl7_reports[(row["file"], row["message_index"])]
            key = f"{row['file']}#{row['message_index']}"
            text, scored = report.text, report.impression
            accession, procedure = report.accession, report.procedure_code
            document_type = str(report.result_status) if report.result_status else None
        else:
            key = str(row.get(id_field) or f"row {n}")
            text = row[text_field]
            scored = core.impression(text)
            accession = _str(row.get("accession"))
            procedure, document_type = _str(row.get(procedure_field)), _str(row.get(document_type_field))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}#{seen[key]}"
        probability = float(row[PREFIX + "probability"])
        assertion = str(row[PREFIX + "rule_assertion"])
        candidates.append(
            Candidate(
                key=key,
                accession=accession,
                procedure_code=procedure,
                document_type=document_type,
                text=text,
                scored_text=scored,
                probability=probability,
                rule_assertion=assertion,
                prediction=int(row[PREFIX + "prediction"]),
                decided_by=str(row[PREFIX + "decided_by"]),
                disagreement=decide(core.policy, probability, threshold, assertion).disagreement,
                unknown_share=unknown_share(tokenize(scored), core.scorer.vocab),
            )
        )
    return candidates


def _str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _hl7_reports(core: DecisionCore, path: Path) -> dict[tuple[str, int], Any]:
    """(file name, message index) -> Report, parsed by the core (the site's parser settings: accession
    sources, headings, time zone) as `label_file` parses them."""
    from triage.core import Report
    from triage.offline.labeling import HL7_SUFFIXES

    files = (
        [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix.lower() in HL7_SUFFIXES)
    )
    out: dict[tuple[str, int], Any] = {}
    for file in files:
        try:
            data = file.read_bytes()
        except OSError:
            continue  # label_file reports it
        for routed in core.parse(data):
            if isinstance(routed.result, Report):
                out[(file.name, routed.result.message_index)] = routed.result
    return out


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


def explain(core: DecisionCore, scored_texts: Sequence[str]) -> list[Explanation]:
    """Evidence spans and deciding window of each text (the page's highlights), from the core's decision."""
    spec = core.scorer.windows
    out: list[Explanation] = []
    for text, decision in zip(scored_texts, core.decide_texts(list(scored_texts)), strict=True):
        tokens = tokenize(text)
        if isinstance(decision, Failure) or not tokens:
            out.append(Explanation([], None))
            continue
        evidence = [[e.start, e.end, e.concept, e.assertion] for e in decision.rules.evidence]
        start = window_starts(len(tokens), spec.size, spec.stride, spec.max_windows)[decision.window]
        spans = token_spans(text, tokens)
        last = min(start + spec.size, len(tokens)) - 1
        out.append(Explanation(evidence, (spans[start][0], spans[last][1])))
    return out
