"""The helpers every priority set writer script shares (heldout3.py onwards, probes7.py, probes8.py).

Label shorthands, the row and mass-effect builders, numbering with the gold priority (make_set.gold_priority,
the policy table) and the JSONL writer: one copy here, so a set's script holds only its texts and labels.
A writer imports this after putting its own folder on sys.path (it runs as a script and is loaded by file
path from the tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from make_set import _me, _t, gold_priority

EDH, SDH, SAH, IPH, IVH = "epidural", "subdural", "subarachnoid", "intraparenchymal", "intraventricular"
CON, HT, OTH = "contusion", "hemorrhagic_transformation", "other"
NS = "not_stated"
NEW, INC, STB, DEC, NP = "new", "increased", "stable", "decreased", "no_prior"
C, U, RT = "critical", "urgent", "routine"
YES = "yes"  # a midline shift stated without a number
SHIFT, HYDRO, HERN, CIST = "midline_shift", "hydrocephalus", "herniation", "cistern_effacement"
# what `from priority_writer import *` gives a writer: the shorthands and the row tools; the mass-effect
# builder M is imported by name (the first sets and the probes use make_set._me as M instead)
__all__ = [
    *("EDH", "SDH", "SAH", "IPH", "IVH", "CON", "HT", "OTH", "NS", "NEW", "INC", "STB", "DEC", "NP"),
    *("C", "U", "RT", "YES", "SHIFT", "HYDRO", "HERN", "CIST", "R", "numbered", "write"),
]


def M(shift=None, mild=False, hern=False, cist=False, hydro=False, ive=False, known=()) -> dict:
    """The mass-effect record: shift None (absent), YES (no mm) or its mm; known = signs stated unchanged."""
    return _me(
        midline_shift=shift is not None,
        midline_shift_mm=None if shift in (None, YES) else float(shift),
        mild=mild,
        herniation=hern,
        cistern_effacement=cist,
        hydrocephalus=hydro,
        intraventricular_extension=ive,
        known=list(known),
    )


def R(text, subtypes, acuity, change, want, me=None, size=None, hedged=False) -> dict:
    """One labeled row (make_set's, its size in mm a float); `want` is the priority its author meant
    (numbered() checks it against the table and names the set's kind)."""
    row = _t(text, subtypes, acuity, change, me, None if size is None else float(size), hedged)
    del row["kind"]
    return {**row, "want": want}


def numbered(table: list[dict], prefix: str, kind: str) -> list[dict]:
    """The R rows of `table`, ids `prefix`-000...; stops where the policy table's priority is not `want`."""
    out = []
    for i, r in enumerate(table):
        row = {"id": f"{prefix}-{i:03d}", "kind": kind, **{k: v for k, v in r.items() if k != "want"}}
        row["priority"] = gold_priority(row)
        if row["priority"] != r["want"]:
            raise SystemExit(
                f"{row['id']}: table says {row['priority']}, author meant {r['want']}: {r['text']}"
            )
        out.append(row)
    return out


def write(path: Path, rows: Iterable[dict]) -> None:
    """The set's JSONL: one row a line, UTF-8 as written."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
