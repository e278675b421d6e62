"""The helpers the detection held-out set writer scripts share (write_heldout_4.py onwards).

Numbering a set's text tables into rows (label from the kind's sign, the kind's default assertion, the
document type from the style, one seeded shuffle) and the JSONL writer: one copy here, so a set's script holds
only its texts and labels. A writer imports this after putting its own folder on sys.path (it runs as a script
and is loaded by file path from the tests).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

Table = Mapping[str, Sequence[tuple[str, ...]]]  # kind -> (style, text[, assertion]) items

# the assertion a kind's text has unless its item names another; any other kind: affirmed (sets 5 to 12
# each held their own copy of this table, each a part of it)
DEFAULT_ASSERTION = {
    "neg_plain": "negated",
    "neg_site_extracranial": "extracranial",
    "neg_mimic": "negated",
    "neg_ruled_out": "negated",
    "neg_indication_only": "hypothetical",
    "neg_note_past_history": "historical",
    "neg_no_acute_named": "negated",
    "neg_other_organ_bleed": "extracranial",
    "neg_structured_template": "negated",
    "neg_addendum_correction": "negated",
    "pos_described_unnamed": "uncertain",
    "pos_hedged_query": "uncertain",
}


def numbered(tables: Iterable[Table], report_styles: set[str] | None, seed: int, prefix: str) -> list[dict]:
    """The rows of `tables` in one shuffle, ids `prefix`-0001...; a doc_type where report_styles is given."""
    entries = []
    for table in tables:
        for kind, items in table.items():
            label = 1 if kind.startswith("pos_") else 0
            for item in items:
                style, text = item[0], item[1]
                assertion = item[2] if len(item) > 2 else DEFAULT_ASSERTION.get(kind, "affirmed")
                entry = {"text": text, "label": label, "kind": kind, "assertion": assertion}
                if report_styles is not None:
                    entry["doc_type"] = "report" if style in report_styles else "note"
                entries.append({**entry, "_style": style})
    random.Random(seed).shuffle(entries)
    return [{"id": f"{prefix}-{i:04d}", **e} for i, e in enumerate(entries, 1)]


def write(path: Path, rows: Iterable[dict]) -> None:
    """The set's JSONL without the writer's own `_style` column, UTF-8 as written."""
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if k != "_style"}, ensure_ascii=False) + "\n")
