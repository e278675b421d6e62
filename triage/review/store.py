"""The review database: one SQLite file (stdlib sqlite3) holding the sampling plan, the reports to review and
the labels. Documented in docs/validation.md ("The review database").

Durability: WAL journal with ``synchronous=FULL``; every label is one transaction, so a kill -9 (or a power
cut) in the middle of a write leaves the file with or without that label, never half of it. Two reviewers at
once: each request opens its own connection; writers wait for each other (``busy_timeout``), readers never
block. A double-read report whose two readers disagree goes to a third reader. A report is *claimed* by the
reviewer it is shown to, so two single-read reviewers are not shown the
same report; a claim older than ``CLAIM_MINUTES`` lapses (a closed laptop does not hold a report forever).

The file holds report text (PHI): it is created with mode 0600, and nothing here logs text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from triage.errors import InputFileError
from triage.offline.outputs import partial_file

SCHEMA_VERSION = 3  # 2: items.priority and items.drift; 3: items.findings_evidence (older files gain them)
CLAIM_MINUTES = 15
Answer = Literal["bleed", "no_bleed", "uncertain", "skip"]
ANSWERS: tuple[Answer, ...] = ("bleed", "no_bleed", "uncertain", "skip")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL                      -- JSON
);
CREATE TABLE IF NOT EXISTS items (
  id             INTEGER PRIMARY KEY,      -- review order within the plan
  report_key     TEXT NOT NULL UNIQUE,     -- the source's id (file row id, or HL7 file#message index)
  accession      TEXT,
  procedure_code TEXT,
  document_type  TEXT,
  text           TEXT NOT NULL,            -- the whole report (PHI)
  scored_text    TEXT NOT NULL,            -- the conclusion the model and rules read (PHI)
  probability    REAL NOT NULL,            -- network probability (rounded as the audit records carry it)
  rule_assertion TEXT NOT NULL,            -- the rule tier's report-level assertion
  prediction     INTEGER NOT NULL,         -- the product's decision under the plan's policy (0/1)
  decided_by     TEXT NOT NULL,
  unknown_share  REAL NOT NULL,            -- share of scored tokens outside the model's vocabulary
  evidence       TEXT NOT NULL,            -- JSON [[start, end, concept, assertion], ...] into scored_text
  window_start   INTEGER,                  -- the deciding window's character span in scored_text
  window_end     INTEGER,
  queue          TEXT NOT NULL CHECK (queue IN ('random', 'active')),
  stratum        TEXT NOT NULL CHECK (stratum IN ('positive', 'negative')),
  weight         REAL,                     -- random sample: reports of the feed this one stands for
  reason         TEXT,                     -- active queue: disagreement | near_threshold | unknown_words |
                                           -- drift_outlier
  readers        INTEGER NOT NULL DEFAULT 1 CHECK (readers IN (1, 2)),
  priority       TEXT,                     -- a positive's worklist priority (critical/urgent/routine/review)
  drift          REAL,                     -- topic-profile distance from the drift baseline (bits), if known
  findings_evidence TEXT                   -- decided_by findings: JSON {"sentence": the FINDINGS sentence
                                           -- that decided (PHI), "evidence": [[start, end, concept,
                                           -- assertion], ...] into it}; NULL otherwise
);
CREATE TABLE IF NOT EXISTS labels (
  id            INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL REFERENCES items(id),
  reviewer      TEXT NOT NULL,
  answer        TEXT NOT NULL CHECK (answer IN ('bleed', 'no_bleed', 'uncertain', 'skip')),
  note          TEXT,                      -- free text from the reviewer (may hold PHI)
  labeled_at    TEXT NOT NULL,             -- ISO 8601 UTC
  model_version TEXT NOT NULL,             -- the model that scored the report shown
  rules_version TEXT NOT NULL,
  UNIQUE (item_id, reviewer)               -- a reviewer's later answer replaces the earlier one
);
CREATE TABLE IF NOT EXISTS claims (
  item_id    INTEGER NOT NULL REFERENCES items(id),
  reviewer   TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  PRIMARY KEY (item_id, reviewer)
);
CREATE INDEX IF NOT EXISTS labels_item ON labels(item_id);
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Item:
    """One report of the plan, as stored (see SCHEMA)."""

    id: int
    report_key: str
    accession: str | None
    procedure_code: str | None
    document_type: str | None
    text: str
    scored_text: str
    probability: float
    rule_assertion: str
    prediction: int
    decided_by: str
    unknown_share: float
    evidence: list[list[Any]]
    window_start: int | None
    window_end: int | None
    queue: str
    stratum: str
    weight: float | None
    reason: str | None
    readers: int
    priority: str | None = None
    drift: float | None = None
    findings_evidence: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Label:
    item_id: int
    reviewer: str
    answer: Answer
    note: str | None
    labeled_at: str
    model_version: str
    rules_version: str


# readers a report needs: its plan's (1 or 2), plus a third when two readers gave different answers (the
# tie is resolved by a third reading: triage.review.results.consensus)
_NEEDED = (
    "(i.readers + (SELECT CASE WHEN COUNT(*) = 2 AND COUNT(DISTINCT answer) = 2 THEN 1 ELSE 0 END "
    "FROM labels t WHERE t.item_id = i.id AND t.answer != 'skip'))"
)
_LABEL_COLUMNS = "item_id, reviewer, answer, note, labeled_at, model_version, rules_version"
_ITEM_COLUMNS = (
    "id, report_key, accession, procedure_code, document_type, text, scored_text, probability, "
    "rule_assertion, prediction, decided_by, unknown_share, evidence, window_start, window_end, queue, "
    "stratum, weight, reason, readers, priority, drift, findings_evidence"
)
# columns added since schema 1: an older file gains them (NULL for its reports) when opened
_ADDED = (("priority", "TEXT"), ("drift", "REAL"), ("findings_evidence", "TEXT"))


def _item(row: Sequence[Any]) -> Item:
    values = list(row)
    values[12] = json.loads(values[12])
    values[22] = None if values[22] is None else json.loads(values[22])
    return Item(*values)


class ReviewStore:
    """The review database at `path`. `ReviewStore.create` makes a new one; the constructor opens one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise InputFileError(
                f"{self.path} is not a review database (create one with `triage review init`)"
            )
        try:
            version = self.meta().get("schema_version")
        except sqlite3.DatabaseError as exc:
            raise InputFileError(f"{self.path} is not a review database ({exc})") from None
        if version in (1, 2):
            self._upgrade()
        elif version != SCHEMA_VERSION:
            raise InputFileError(
                f"{self.path} has review schema {version!r}; this triage reads schema {SCHEMA_VERSION}"
            )

    def _upgrade(self) -> None:
        """Schema 1 or 2 -> 3 in one transaction: the columns added since (NULL for its reports), no label
        touched."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            have = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
            for name, kind in _ADDED:
                if name not in have:
                    conn.execute(f"ALTER TABLE items ADD COLUMN {name} {kind}")
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (json.dumps(SCHEMA_VERSION),)
            )
            conn.execute("COMMIT")

    @classmethod
    def create(cls, path: Path, meta: dict[str, Any], items: Sequence[dict[str, Any]]) -> ReviewStore:
        """Write a new database (refuses to replace one: labels are a radiologist's hours)."""
        path = Path(path)
        if path.exists():
            raise InputFileError(f"{path} already exists; labels are never overwritten: choose a new file")
        path.parent.mkdir(parents=True, exist_ok=True)
        # all or nothing: a stop or an error during init leaves no half-made plan; PHI: owner only
        with partial_file(path, mode=0o600, replace=False) as partial:
            cls._fill(partial, meta, items)
        return cls(path)

    @staticmethod
    def _fill(partial: Path, meta: dict[str, Any], items: Sequence[dict[str, Any]]) -> None:
        conn = sqlite3.connect(partial)
        try:
            with conn:
                conn.executescript(SCHEMA)
                rows = {**meta, "schema_version": SCHEMA_VERSION, "created_at": now_iso()}
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [(k, json.dumps(v)) for k, v in rows.items()],
                )
                conn.executemany(
                    "INSERT INTO items(id, report_key, accession, procedure_code, document_type, text, "
                    "scored_text, probability, rule_assertion, prediction, decided_by, unknown_share, "
                    "evidence, window_start, window_end, queue, stratum, weight, reason, readers, priority, "
                    "drift, findings_evidence) VALUES "
                    "(:id, :report_key, :accession, :procedure_code, :document_type, :text, :scored_text, "
                    ":probability, :rule_assertion, :prediction, :decided_by, :unknown_share, :evidence, "
                    ":window_start, :window_end, :queue, :stratum, :weight, :reason, :readers, :priority, "
                    ":drift, :findings_evidence)",
                    [
                        {
                            "priority": None,
                            "drift": None,
                            **item,
                            "evidence": json.dumps(item["evidence"]),
                            "findings_evidence": None
                            if item.get("findings_evidence") is None
                            else json.dumps(item["findings_evidence"]),
                        }
                        for item in items
                    ],
                )
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            yield conn
        finally:
            conn.close()

    # ------------------------------------------------------------------ reading

    def meta(self) -> dict[str, Any]:
        with self._connect() as conn:
            return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}

    def items(self) -> list[Item]:
        with self._connect() as conn:
            return [_item(r) for r in conn.execute(f"SELECT {_ITEM_COLUMNS} FROM items ORDER BY id")]

    def item(self, item_id: int) -> Item | None:
        with self._connect() as conn:
            row = conn.execute(f"SELECT {_ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,)).fetchone()
        return None if row is None else _item(row)

    def labels(self) -> list[Label]:
        with self._connect() as conn:
            rows = conn.execute(
                f"SELECT {_LABEL_COLUMNS} FROM labels ORDER BY item_id, labeled_at, reviewer"
            ).fetchall()
        return [Label(*r) for r in rows]

    def progress(self, reviewer: str) -> dict[str, int]:
        """Counts for the page: the plan's size, this reviewer's answers, reports still needing a reader."""
        with self._connect() as conn:
            total = conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
            mine = conn.execute(
                "SELECT COUNT(*) FROM labels WHERE reviewer = ? AND answer != 'skip'", (reviewer,)
            ).fetchone()[0]
            open_ = conn.execute(
                "SELECT COUNT(*) FROM items i WHERE (SELECT COUNT(*) FROM labels l WHERE l.item_id = i.id "
                f"AND l.answer != 'skip') < {_NEEDED}"
            ).fetchone()[0]
        return {"total": total, "mine": mine, "open": open_}

    # ------------------------------------------------------------------ the reviewer's queue

    def next_item(self, reviewer: str) -> Item | None:
        """The first report (plan order) this reviewer has not answered, that still needs a reader and is not
        held by another reviewer's live claim; it is claimed for `reviewer` in the same transaction."""
        lapse = (datetime.now(UTC) - timedelta(minutes=CLAIM_MINUTES)).isoformat(timespec="seconds")
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    f"SELECT {_ITEM_COLUMNS} FROM items i "
                    "WHERE NOT EXISTS (SELECT 1 FROM labels l WHERE l.item_id = i.id AND l.reviewer = :r) "
                    "AND (SELECT COUNT(*) FROM labels l WHERE l.item_id = i.id AND l.answer != 'skip') "
                    "  + (SELECT COUNT(*) FROM claims c WHERE c.item_id = i.id AND c.reviewer != :r "
                    "     AND c.claimed_at > :lapse "
                    "     AND NOT EXISTS (SELECT 1 FROM labels l2 WHERE l2.item_id = c.item_id "
                    f"                     AND l2.reviewer = c.reviewer)) < {_NEEDED} "
                    "ORDER BY EXISTS (SELECT 1 FROM claims c WHERE c.item_id = i.id AND c.reviewer = :r) "
                    "DESC, i.id LIMIT 1",
                    {"r": reviewer, "lapse": lapse},
                ).fetchone()
                if row is not None:
                    conn.execute(
                        "INSERT OR REPLACE INTO claims(item_id, reviewer, claimed_at) VALUES (?, ?, ?)",
                        (row[0], reviewer, now_iso()),
                    )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return None if row is None else _item(row)

    def add_label(self, item_id: int, reviewer: str, answer: str, note: str | None = None) -> Label:
        """Record one answer (one transaction); a reviewer's second answer to a report replaces the first."""
        if answer not in ANSWERS:
            raise ValueError(f"unknown answer {answer!r} (one of: {', '.join(ANSWERS)})")
        if not reviewer.strip():
            raise ValueError("a label needs a reviewer")
        meta = self.meta()
        label = Label(
            item_id,
            reviewer,
            answer,  # type: ignore[arg-type]
            (note or "").strip() or None,
            now_iso(),
            str(meta["model_version"]),
            str(meta["rules_version"]),
        )
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
                    raise KeyError(item_id)
                conn.execute(
                    "INSERT INTO labels(item_id, reviewer, answer, note, labeled_at, model_version, "
                    "rules_version) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(item_id, reviewer) DO UPDATE "
                    "SET answer = excluded.answer, note = excluded.note, labeled_at = excluded.labeled_at",
                    (
                        item_id,
                        reviewer,
                        answer,
                        label.note,
                        label.labeled_at,
                        label.model_version,
                        label.rules_version,
                    ),
                )
                conn.execute("DELETE FROM claims WHERE item_id = ? AND reviewer = ?", (item_id, reviewer))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return label

    def answer_of(self, item_id: int, reviewer: str) -> Label | None:
        """This reviewer's answer to one report (the page's 'back' shows it), or None."""
        with self._connect() as conn:
            row = conn.execute(
                f"SELECT {_LABEL_COLUMNS} FROM labels WHERE item_id = ? AND reviewer = ?",
                (item_id, reviewer),
            ).fetchone()
        return None if row is None else Label(*row)

    def integrity(self) -> str:
        with self._connect() as conn:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
