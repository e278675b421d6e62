"""How much do a site's labels move the network? Labels vs held-out site AUC, active queue vs random sample.

    PYTHONPATH=. python benchmarks/site_labels.py --site site_labels.csv [--synthetic 1500] [--steps 0,10,20]

`--site`: the site's labeled reports (`triage review export` CSV, or JSONL/CSV with `text`, `label` and
`accession`/`id`). A fixed share of the site's studies (by accession hash, `--holdout`) is held out; from the
rest (the pool), the first n labels are taken in two orders: **random**, and **active** (the order
`triage review init` gives its active queue: disagreements, nearest the threshold, unknown words, scored by
`--model`). For each n a model is trained on the synthetic corpus plus those n labels
(`run_training(site_labels_path=...)`, a small geometry so a point takes seconds) and its network AUC is
measured on the held-out site reports. One table row per n. The numbers are only as good as the site file:
a few dozen reports give noise, not evidence.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from triage.config import DEFAULT_MODEL_DIR, PipelineSettings
from triage.model.config import make_config
from triage.model.scorer import Scorer
from triage.offline.datasets import group_part, read_dataset
from triage.offline.runs import run_training, score_dataset
from triage.offline.synth.corpus import generate_reports, write_jsonl
from triage.offline.tables import iter_rows, table_format
from triage.pipeline.decision import DecisionCore
from triage.review.sampling import make_plan
from triage.review.source import collect

SMALL = {"epochs": 8, "learning_rate": 3e-3, "lstm_units": 64, "w2v_dim": 100, "w2v_min_count": 3,
         "w2v_epochs": 15, "threads": 2, "device": "cpu", "seed": 0}  # fmt: skip


def _rows(path: Path) -> list[dict]:
    rows = [r.data for r in iter_rows(path, table_format(path)) if r.data is not None]
    for i, row in enumerate(rows):
        row.setdefault("id", f"row{i}")
        row["label"] = int(row.get("label", row.get("truth")))
    return rows


def _write_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "accession", "text", "label"])
        writer.writeheader()
        for r in rows:
            writer.writerow({"id": r["id"], "accession": r.get("accession") or r["id"], "text": r["text"],
                             "label": r["label"]})  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument(
        "--model", type=Path, default=DEFAULT_MODEL_DIR, help="scores the pool (active order)"
    )
    parser.add_argument("--synthetic", type=int, default=1500)
    parser.add_argument("--steps", default="0,10,20")
    parser.add_argument("--holdout", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    rows = _rows(args.site)
    held = [
        r for r in rows if group_part(str(r.get("accession") or r["id"]), 99, 0.0, args.holdout) == "test"
    ]
    pool = [r for r in rows if r not in held]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        synth = tmp / "synthetic.jsonl"
        write_jsonl(generate_reports(args.synthetic, seed=11), synth)
        held_path, pool_path = tmp / "heldout.csv", tmp / "pool.csv"
        _write_csv(held, held_path)
        _write_csv(pool, pool_path)
        heldout = read_dataset(held_path)

        core = DecisionCore(Scorer.load(args.model, device="cpu"), PipelineSettings())
        candidates = collect(core, pool_path)
        active = [p.candidate.key for p in make_plan(candidates, core.threshold, sample_size=0,
                                                     active_size=len(candidates)).items]  # fmt: skip
        by_id = {r["id"]: r for r in pool}
        # reports no active list ranks (no disagreement, far from the threshold, no unknown word) come last
        active += [r["id"] for r in pool if r["id"] not in set(active)]
        shuffled = [r["id"] for r in pool]
        random.Random(args.seed).shuffle(shuffled)
        orders = {"random": shuffled, "active": active}

        print(f"site file {args.site.name}: {len(rows)} reports; held out {len(heldout)} "
              f"({int(heldout.labels.sum())} bleeds), pool {len(pool)}; synthetic {args.synthetic}; "
              f"model for the active order {core.scorer.model_version}")  # fmt: skip
        print("| site labels | AUC, random order | AUC, active order | seconds |")
        print("|---:|---:|---:|---:|")
        cfg = make_config(None, **SMALL)
        steps = sorted({min(int(x), len(pool)) for x in args.steps.split(",")})  # n > pool: the whole pool
        for n in steps:
            aucs, started = {}, time.perf_counter()
            for name, order in orders.items():
                if n == 0 and aucs:
                    aucs[name] = next(iter(aucs.values()))  # no labels: the same model
                    continue
                site = None
                if n:
                    site = tmp / f"site-{name}-{n}.csv"
                    _write_csv([by_id[i] for i in order[:n]], site)
                out = tmp / f"model-{name}-{n}"
                run_training(synth, out, cfg, progress=False, site_labels_path=site)
                scores = score_dataset(Scorer.load(out, device="cpu"), heldout, progress=False)
                aucs[name] = float(roc_auc_score(heldout.labels, np.asarray(scores)))
            seconds = time.perf_counter() - started
            print(f"| {n} | {aucs['random']:.3f} | {aucs['active']:.3f} | {seconds:.0f} |", flush=True)
        print(json.dumps({"note": "one seed, one held-out split: see the module docstring"}))


if __name__ == "__main__":
    main()
