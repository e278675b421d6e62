"""Compare two sets of audit records (recorded vs replayed, or model A vs model B), source record by record.

Records are matched by source coordinates (topic, partition, offset, message_index). Two records *agree*
when they reach the same decision (and, for skipped / dead-lettered ones, the same reason); they are
*identical* when every field except `timings` and `processed_at` is equal. Each matched pair falls in
exactly one bucket: agree, newly positive (negative → positive), newly negative (positive → negative),
skipped or dead-lettered differently; unmatched ones are missing on one side.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage.errors import InputFileError
from triage.pipeline.audit import NONDETERMINISTIC_FIELDS
from triage.spreadsheet import safe_dict_writer

if TYPE_CHECKING:
    from triage.config import KafkaSettings
    from triage.replay.engine import ReplayResult

Coord = tuple[str, int, int, int, int]  # topic, partition, offset, message_index, order_index
TOP_SHIFTS = 10
# fields that differ by construction when two models are compared: not a change of the case
MODEL_IDENTITY_FIELDS = frozenset({"model_version", "model_sha256", "threshold"})
# when the first field differs between the sides, the others differ by construction too
_IDENTITY_FOLLOWERS = {
    "model_version": frozenset({"flag_id"}),
    "decision_policy": frozenset({"decision_policy", "decided_by"}),
    "rules_version": frozenset({"rules_version"}),
}

# buckets, in the order a person reads them
AGREE = "agree"
NEWLY_POSITIVE = "newly_positive"
NEWLY_NEGATIVE = "newly_negative"
SKIP_DLQ_DIFFERENT = "skipped_or_dead_lettered_differently"
MISSING_IN_CANDIDATE = "missing_in_candidate"
MISSING_IN_BASELINE = "missing_in_baseline"
BUCKETS = (
    AGREE,
    NEWLY_POSITIVE,
    NEWLY_NEGATIVE,
    SKIP_DLQ_DIFFERENT,
    MISSING_IN_CANDIDATE,
    MISSING_IN_BASELINE,
)

CSV_COLUMNS = (
    "topic",
    "partition",
    "offset",
    "message_index",
    "order_index",
    "control_id",
    "accession",
    "bucket",
    "baseline_decision",
    "candidate_decision",
    "baseline_reason",
    "candidate_reason",
    "baseline_score",
    "candidate_score",
    "score_delta",
    "baseline_flag_id",
    "candidate_flag_id",
    "baseline_flag_action",
    "candidate_flag_action",
    "baseline_model_version",
    "candidate_model_version",
    "changed_fields",
)  # ids and decisions only: no patient id, no text


def coord_of(record: Mapping[str, Any]) -> Coord:
    src = record["source"]
    return (
        str(src["topic"]),
        int(src["partition"]),
        int(src["offset"]),
        int(src.get("message_index", 0)),
        int(src.get("order_index", 0)),  # absent in records written before multi-order messages split
    )


def index_text(message_index: int, order_index: int) -> str:
    """A message's index as printed after partition:offset: ``2``, or ``2.1`` for its second order."""
    return f"{message_index}.{order_index}" if order_index else str(message_index)


def comparable(record: Mapping[str, Any]) -> dict[str, Any]:
    """The deterministic fields, with the defaults of fields added later filled in: evidence without a
    `source` (records written before it existed) indexes the scored text, so an older record and its replay
    compare equal."""
    out = {k: v for k, v in record.items() if k not in NONDETERMINISTIC_FIELDS}
    for part in ("rules", "attributes"):
        block = out.get(part)
        if isinstance(block, Mapping) and any("source" not in e for e in block.get("evidence") or ()):
            evidence = [{"source": "scored", **e} for e in block["evidence"]]
            out[part] = {**block, "evidence": evidence}
    return out


_ID_FIELDS = ("accession", "control_id", "decision", "model_version")


def audit_record(value: bytes | str) -> dict[str, Any]:
    """`value` as an audit record: a JSON object with readable source coordinates and string (or null) ids.
    ValueError otherwise, naming what is wrong, never quoting the value: the audit topic may hold other
    producers' records (binary, a JSON list, another schema) and the readers skip or refuse them."""
    try:
        record = json.loads(value)
    except RecursionError:
        raise ValueError("nested too deeply for JSON") from None
    except ValueError as exc:  # UnicodeDecodeError included
        raise ValueError(f"not JSON: {type(exc).__name__}") from None
    if not isinstance(record, dict):
        raise ValueError(f"a JSON {type(record).__name__}, not an object")
    try:
        coord_of(record)
    except KeyError as exc:
        raise ValueError(f"no source coordinates: no field {exc}") from None
    except (TypeError, ValueError, AttributeError):
        raise ValueError("source coordinates are not topic/partition/offset") from None
    for name in _ID_FIELDS:
        if not isinstance(record.get(name), str | None):
            raise ValueError(f"{name} is a {type(record[name]).__name__}, not a string")
    return record


def read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    """Audit records from a JSONL file (blank lines skipped); one clear error for a bad line."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputFileError(f"cannot read audit records from {path}: {exc.strerror}") from exc
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = audit_record(line)
            except ValueError as exc:
                raise InputFileError(f"{path}:{lineno} is not an audit record ({exc})") from exc
            yield record


@dataclass
class Side:
    """One side of a comparison: its records by source coordinates, plus what it says about itself."""

    label: str
    records: dict[Coord, dict[str, Any]] = field(default_factory=dict)
    duplicates: int = 0  # same coordinates seen again with identical content (at-least-once redelivery)
    conflicts: int = 0  # same coordinates seen again with different content (the last one is kept)

    def add(self, record: dict[str, Any]) -> None:
        key = coord_of(record)
        old = self.records.get(key)
        if old is not None:
            if comparable(old) == comparable(record):
                self.duplicates += 1
                return
            self.conflicts += 1
        self.records[key] = record

    @classmethod
    def build(
        cls,
        label: str,
        records: Iterable[dict[str, Any]],
        *,
        model_version: str | None = None,
        keep: Any = None,
    ) -> Side:
        """`model_version` keeps only that model's records; `keep(coord)` filters by coordinates."""
        side = cls(label)
        for record in records:
            if model_version is not None and record.get("model_version") != model_version:
                continue
            if keep is not None and not keep(coord_of(record)):
                continue
            side.add(record)
        return side

    def versions(self, key: str) -> list[str]:
        return sorted({str(r.get(key)) for r in self.records.values() if r.get(key) is not None})


def bucket_of(base: Mapping[str, Any] | None, cand: Mapping[str, Any] | None) -> str:
    if cand is None:
        return MISSING_IN_CANDIDATE
    if base is None:
        return MISSING_IN_BASELINE
    bd, cd = base.get("decision"), cand.get("decision")
    if bd == cd and (bd in ("positive", "negative") or base.get("reason") == cand.get("reason")):
        return AGREE
    if bd == "negative" and cd == "positive":
        return NEWLY_POSITIVE
    if bd == "positive" and cd == "negative":
        return NEWLY_NEGATIVE
    return SKIP_DLQ_DIFFERENT


def _delta(base: Mapping[str, Any] | None, cand: Mapping[str, Any] | None) -> float | None:
    if base is None or cand is None:
        return None
    b, c = base.get("score"), cand.get("score")
    if isinstance(b, int | float) and isinstance(c, int | float):
        return round(float(c) - float(b), 6)
    return None


@dataclass
class CaseDiff:
    """One source record whose two records are not identical."""

    coord: Coord
    bucket: str
    base: dict[str, Any] | None
    cand: dict[str, Any] | None
    changed_fields: list[str]
    score_delta: float | None

    @property
    def material(self) -> bool:
        """Did the case change beyond the identity of what decided it? (The Flag id is derived from the model
        version, so it changes with it; it counts only when the version is the same. Likewise the policy and
        rules version, and which component decided, differ by construction when two policies or rule versions
        are compared: the decision itself, the score and the Flag still count.)"""
        if self.base is None or self.cand is None:
            return True
        ignore = set(MODEL_IDENTITY_FIELDS)
        for leader, follows in _IDENTITY_FOLLOWERS.items():
            if self.base.get(leader) != self.cand.get(leader):
                ignore |= follows
        return any(f not in ignore for f in self.changed_fields)

    def _get(self, side: dict[str, Any] | None, key: str) -> Any:
        return None if side is None else side.get(key)

    def ids(self) -> dict[str, Any]:
        either = self.cand or self.base or {}
        return {"control_id": either.get("control_id"), "accession": either.get("accession")}

    def row(self) -> dict[str, Any]:
        topic, partition, offset, index, order = self.coord
        g = self._get
        return {
            "topic": topic,
            "partition": partition,
            "offset": offset,
            "message_index": index,
            "order_index": order,
            **self.ids(),
            "bucket": self.bucket,
            "baseline_decision": g(self.base, "decision"),
            "candidate_decision": g(self.cand, "decision"),
            "baseline_reason": g(self.base, "reason"),
            "candidate_reason": g(self.cand, "reason"),
            "baseline_score": g(self.base, "score"),
            "candidate_score": g(self.cand, "score"),
            "score_delta": self.score_delta,
            "baseline_flag_id": g(self.base, "flag_id"),
            "candidate_flag_id": g(self.cand, "flag_id"),
            "baseline_flag_action": g(self.base, "flag_action"),
            "candidate_flag_action": g(self.cand, "flag_action"),
            "baseline_model_version": g(self.base, "model_version"),
            "candidate_model_version": g(self.cand, "model_version"),
            "changed_fields": ";".join(self.changed_fields),
        }


@dataclass
class Comparison:
    baseline: Side
    candidate: Side
    counts: Counter[str]
    identical: int
    decision_changed: int
    flag_id_changed: int
    cases: list[CaseDiff]  # every non-identical source record, in coordinate order
    field_changes: Counter[str]

    @property
    def changed(self) -> list[CaseDiff]:
        """Cases that changed materially (decision, reason, score, Flag action/status, missing ...)."""
        return [c for c in self.cases if c.material]

    @property
    def compared(self) -> int:
        return sum(self.counts.values())

    def largest_shifts(self, n: int = TOP_SHIFTS) -> list[CaseDiff]:
        shifted = [c for c in self.cases if c.score_delta]
        shifted.sort(key=lambda c: (-abs(c.score_delta or 0.0), c.coord))
        return shifted[:n]

    def decision_changes_by_component(self) -> Counter[tuple[str, str]]:
        """Decision changes counted by which component decided on each side (model, rules, both, rules_veto
        under triage.pipeline.policy): separates what a new model changed from what a new policy changed."""
        out: Counter[tuple[str, str]] = Counter()
        for case in self.cases:
            if case.base is None or case.cand is None:
                continue
            if case.base.get("decision") != case.cand.get("decision"):
                out[(str(case.base.get("decided_by") or "-"), str(case.cand.get("decided_by") or "-"))] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        deltas = [abs(c.score_delta) for c in self.cases if c.score_delta is not None]
        return {
            "baseline": {
                "label": self.baseline.label,
                "model_versions": self.baseline.versions("model_version"),
                "decision_policies": self.baseline.versions("decision_policy"),
                "rules_versions": self.baseline.versions("rules_version"),
                "normalization_versions": self.baseline.versions("normalization_version"),
                "records": len(self.baseline.records),
                "duplicates": self.baseline.duplicates,
                "conflicting_duplicates": self.baseline.conflicts,
            },
            "candidate": {
                "label": self.candidate.label,
                "model_versions": self.candidate.versions("model_version"),
                "decision_policies": self.candidate.versions("decision_policy"),
                "rules_versions": self.candidate.versions("rules_version"),
                "normalization_versions": self.candidate.versions("normalization_version"),
                "records": len(self.candidate.records),
                "duplicates": self.candidate.duplicates,
                "conflicting_duplicates": self.candidate.conflicts,
            },
            "source_records": self.compared,
            "counts": {b: self.counts.get(b, 0) for b in BUCKETS},
            "identical": self.identical,
            "changed_cases": len(self.changed),
            "decision_changed": self.decision_changed,
            "decision_changed_by_component": {
                f"{before}->{after}": n for (before, after), n in self.decision_changes_by_component().items()
            },
            "flag_id_changed": self.flag_id_changed,
            "changed_fields": dict(sorted(self.field_changes.items())),
            "max_abs_score_delta": max(deltas) if deltas else 0.0,
            "largest_score_shifts": [
                {k: v for k, v in c.row().items() if k != "changed_fields"} for c in self.largest_shifts()
            ],
        }


def compare(baseline: Side, candidate: Side) -> Comparison:
    """Match by source coordinates and classify every source record seen on either side."""
    counts: Counter[str] = Counter()
    field_changes: Counter[str] = Counter()
    cases: list[CaseDiff] = []
    identical = decision_changed = flag_changed = 0
    for coord in sorted(baseline.records.keys() | candidate.records.keys()):
        base, cand = baseline.records.get(coord), candidate.records.get(coord)
        bucket = bucket_of(base, cand)
        counts[bucket] += 1
        if base is not None and cand is not None:
            b, c = comparable(base), comparable(cand)
            if b == c:
                identical += 1
                continue
            changed = sorted(k for k in b.keys() | c.keys() if b.get(k) != c.get(k))
            field_changes.update(changed)
            decision_changed += base.get("decision") != cand.get("decision")
            flag_changed += base.get("flag_id") != cand.get("flag_id")
        else:
            changed = []
        cases.append(CaseDiff(coord, bucket, base, cand, changed, _delta(base, cand)))
    return Comparison(
        baseline, candidate, counts, identical, decision_changed, flag_changed, cases, field_changes
    )


def write_changes_csv(path: Path, comparisons: Iterable[Comparison]) -> int:
    """Materially changed cases (ids, decisions and scores only) of every comparison; returns the row count.
    A row that differs only in model version / sha256 / threshold (and hence Flag id) is not a change."""
    n = 0
    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            write_row = safe_dict_writer(fh, ("comparison", *CSV_COLUMNS))  # formula-like cells as text
            for comp in comparisons:
                label = f"{comp.baseline.label} -> {comp.candidate.label}"
                for case in comp.changed:
                    write_row({"comparison": label, **case.row()})
                    n += 1
    except OSError as exc:
        raise InputFileError(f"cannot write {path}: {exc.strerror}") from exc
    return n


def _fmt_score(value: Any) -> str:
    return "-" if value is None else f"{float(value):.4f}"


def render_table(comp: Comparison) -> str:
    """The summary a person reads."""
    total = comp.compared or 1
    j = comp.to_json()
    lines = [
        f"Comparison: {comp.baseline.label}  ->  {comp.candidate.label}",
        f"  baseline models:  {', '.join(j['baseline']['model_versions']) or '-'}"
        f"   candidate models: {', '.join(j['candidate']['model_versions']) or '-'}",
        f"  baseline policy:  {', '.join(j['baseline']['decision_policies']) or '-'}"
        f"   candidate policy: {', '.join(j['candidate']['decision_policies']) or '-'}",
        f"  source records compared: {comp.compared:,}",
        "",
        f"  {'outcome':<40}{'count':>10}{'share':>9}",
        f"  {'-' * 59}",
    ]
    labels = {
        AGREE: "agree (same decision)",
        NEWLY_POSITIVE: "newly positive (negative -> positive)",
        NEWLY_NEGATIVE: "newly negative (positive -> negative)",
        SKIP_DLQ_DIFFERENT: "skipped / dead-lettered differently",
        MISSING_IN_CANDIDATE: f"missing in {comp.candidate.label}",
        MISSING_IN_BASELINE: f"missing in {comp.baseline.label}",
    }
    for bucket in BUCKETS:
        n = comp.counts.get(bucket, 0)
        lines.append(f"  {labels[bucket][:40]:<40}{n:>10,}{n / total:>9.1%}")
    lines.append(f"  {'-' * 59}")
    lines.append(f"  {'identical records (all fields)':<40}{comp.identical:>10,}")
    lines.append(f"  {'changed cases (beyond model/policy)':<40}{len(comp.changed):>10,}")
    lines.append(f"  {'flag id changed':<40}{comp.flag_id_changed:>10,}")
    if comp.field_changes:
        top = ", ".join(f"{k} {v}" for k, v in comp.field_changes.most_common(6))
        lines.append(f"  fields that differ: {top}")
    by_component = comp.decision_changes_by_component()
    if by_component:
        lines += ["", "  changed decisions by deciding component (baseline -> candidate decided_by):"]
        for (before, after), n in by_component.most_common():
            lines.append(f"    {before} -> {after}: {n:,}")
    shifts = comp.largest_shifts()
    if shifts:
        lines += [
            "",
            "  largest score shifts:",
            f"  {'partition:offset/idx':<22}{'accession':<16}{'MSH-10':<18}{'before':>8}{'after':>8}"
            f"{'delta':>9}  decision",
        ]
        for c in shifts:
            _, part, off, idx, order = c.coord
            ids = c.ids()
            lines.append(
                f"  {f'{part}:{off}/{index_text(idx, order)}':<22}{str(ids['accession'] or '-')[:15]:<16}"
                f"{str(ids['control_id'] or '-')[:17]:<18}{_fmt_score(c.base and c.base.get('score')):>8}"
                f"{_fmt_score(c.cand and c.cand.get('score')):>8}{c.score_delta or 0.0:>+9.4f}  "
                f"{(c.base or {}).get('decision')} -> {(c.cand or {}).get('decision')}"
            )
    return "\n".join(lines)


RECORDED_TOPIC_PREFIX = "topic:"


def recorded_audits(spec: str, kafka: KafkaSettings) -> tuple[str, Iterable[dict[str, Any]]]:
    """`--compare` source as (label, audit records): a JSONL file, or `topic:NAME` (the whole topic, read
    without a group; a record that is not an audit record is ignored)."""
    from triage.errors import ConfigError
    from triage.replay.reader import read_range
    from triage.stream.kafka_io import cli_connect_timeout_s

    if spec.startswith(RECORDED_TOPIC_PREFIX):
        topic = spec[len(RECORDED_TOPIC_PREFIX) :]
        if not topic:
            raise ConfigError("--compare topic: needs a topic name, e.g. --compare topic:triage.audit")

        def records() -> Iterable[dict[str, Any]]:
            for rec in read_range(
                kafka.bootstrap_servers,
                kafka.security.kafka_kwargs(),
                topic,
                connect_timeout_s=cli_connect_timeout_s(kafka),
            ):
                try:
                    yield audit_record(rec.value)
                except ValueError:
                    continue  # not an audit record (another producer's): ignore

        return f"recorded {topic}", records()
    path = Path(spec)
    if not path.is_file():
        raise ConfigError(f"--compare {spec}: no such file (use topic:NAME for an audit topic)")
    return f"recorded {path.name}", read_jsonl(path)


def compare_replay(
    result: ReplayResult,
    replayed: Callable[[], Iterable[Mapping[str, Any]]],
    recorded: tuple[str, Iterable[dict[str, Any]]] | None = None,
) -> list[Comparison]:
    """A finished replay's comparisons: each replayed model against the `recorded` decisions (label and
    audit records; only records of the replayed range count), or without them every model after the first
    against the first. `replayed()` gives the replay's audit records afresh at each call."""
    rng = result.topic_range.by_partition()

    def in_range(coord: tuple[str, int, int, int]) -> bool:
        part = rng.get(coord[1])
        return coord[0] == result.topic_range.topic and part is not None and part.start <= coord[2] < part.end

    versions = [m["model_version"] for m in result.models]
    if recorded is not None:
        label, records = recorded
        baseline = Side.build(label, records, keep=in_range)
        candidates = versions
    else:
        baseline = Side.build(f"model {versions[0]}", replayed(), model_version=versions[0])
        candidates = versions[1:]
    return [
        compare(baseline, Side.build(f"replay {version}", replayed(), model_version=version))
        for version in candidates
    ]
