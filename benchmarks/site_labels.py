"""How much do a site's labels move the network? Labels vs held-out site AUC, active queue vs random sample.

    PYTHONPATH=. python benchmarks/site_labels.py --site tests/data/site/site_reports_2.jsonl \\
        [--site more.jsonl] [--synthetic 1500] [--steps 0,25,50,100,200] [--seeds 0,1,2] [--holdout 0.3] \\
        [--json out.json] [--plot out.png]

`--site`: a site's labeled reports (`triage review export` CSV, or JSONL/CSV with `text`, `label` or `truth`,
and `accession`/`id`); several files are pooled. For each seed a share of the site's studies is held out
(`--holdout`, by sha256(seed:accession): a preliminary and its final read stay together); from the rest (the
pool) the first n labels are taken in two orders: **random** (shuffled with the seed) and **active** (the
order `triage review init` gives its active queue under the shipped model: disagreements, nearest the
threshold, unknown words and drift outliers, taken in turn; reports in no active list come last, in file
order). For each n a small network (triage.model.config.SMALL_GEOMETRY, the training seed = the seed) is
trained on `--synthetic` generator reports plus those n labels (`run_training`, site weight 5, the n labels
split into training and validation by accession) and its network ROC AUC is measured on the held-out
reports, which are never trained on. Prints one table per seed, then mean ± sd over the seeds.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

from triage.config import DEFAULT_MODEL_DIR, PipelineSettings
from triage.model.config import SMALL_GEOMETRY, make_config
from triage.model.scorer import Scorer
from triage.offline.crossval import FoldSplit
from triage.offline.datasets import group_part, read_dataset
from triage.offline.runs import run_training
from triage.offline.synth.corpus import generate_reports, write_jsonl
from triage.offline.tables import iter_rows, table_format
from triage.pipeline.decision import DecisionCore
from triage.review.drift import with_drift
from triage.review.sampling import make_plan
from triage.review.source import collect

ORDERS = ("random", "active")


def _rows(paths: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        for r in iter_rows(path, table_format(path)):
            if r.data is None:
                continue
            row = dict(r.data)
            row["id"] = f"{path.stem}:{row.get('id') or r.line}"
            row["accession"] = str(row.get("accession") or row["id"])
            row["label"] = int(row["label"] if row.get("label") not in (None, "") else row["truth"])
            rows.append(row)
    return rows


def _write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["id", "accession", "text", "label"], extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)


def active_order(pool: list[dict[str, Any]], pool_path: Path, model: Path) -> list[str]:
    """Pool ids in the order of `triage review init`'s active queue under the shipped model (and its
    drift baseline when one is shipped); ids in no active list last, in file order."""
    core = DecisionCore(Scorer.load(model, device="cpu"), PipelineSettings())
    candidates = collect(core, pool_path)
    if (model / "topics" / "manifest.json").is_file():
        candidates = with_drift(candidates, model / "topics")
    plan = make_plan(candidates, core.threshold, sample_size=0, active_size=len(candidates))
    order = [p.candidate.key for p in plan.items]
    taken = set(order)
    return order + [r["id"] for r in pool if r["id"] not in taken]


def held_out_auc(
    synth: Path, pool_rows: list[dict[str, Any]], held: list[dict[str, Any]], tmp: Path, cfg: Any
) -> float:
    """Train on the synthetic corpus + `pool_rows` (split train/validation by accession) and return the
    network AUC on `held` (the site file's test split, never trained on)."""
    site = tmp / "site.csv"
    _write_csv(pool_rows + held, site)
    folds = np.asarray([1] * len(pool_rows) + [0] * len(held))
    val_share = cfg.val_fraction / (cfg.train_fraction + cfg.val_fraction)
    out = tmp / "model"
    manifest = run_training(
        synth,
        out,
        cfg,
        progress=False,
        site_labels_path=site,
        site_split=FoldSplit(folds, 0, cfg.seed, val_share),
    )
    return float(manifest["metrics"]["site_test"]["auc"])


def _mean_sd(values: list[float]) -> str:
    if len(values) < 2:
        return f"{values[0]:.3f}"
    return f"{statistics.mean(values):.3f} ± {statistics.stdev(values):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, action="append", required=True)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR, help="orders the active queue")
    parser.add_argument("--synthetic", type=int, default=1500)
    parser.add_argument("--steps", default="0,25,50,100,200")
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--holdout", type=float, default=0.3)
    parser.add_argument("--json", type=Path, help="write every number as JSON")
    parser.add_argument("--plot", type=Path, help="write a PNG: mean AUC per step, one line per order")
    args = parser.parse_args()
    started = time.perf_counter()
    cpu_started = time.process_time()

    rows = _rows(args.site)
    seeds = [int(s) for s in args.seeds.split(",")]
    print(f"site files {', '.join(p.name for p in args.site)}: {len(rows)} reports "
          f"({sum(r['label'] for r in rows)} bleeds, {len({r['accession'] for r in rows})} studies); "
          f"synthetic {args.synthetic}; held out {args.holdout:.0%} of the studies per seed; seeds {seeds}; "
          f"small network {SMALL_GEOMETRY}; machine {platform.machine()} {os.cpu_count()} CPU, "
          f"torch threads 2")  # fmt: skip
    results: dict[str, Any] = {"seeds": {}, "args": {k: str(v) for k, v in vars(args).items()}}
    with tempfile.TemporaryDirectory(prefix="site-labels-") as tmp_name:
        tmp = Path(tmp_name)
        synth = tmp / "synthetic.jsonl"
        write_jsonl(generate_reports(args.synthetic, seed=11), synth)
        for seed in seeds:
            held = [r for r in rows if group_part(r["accession"], seed, 0.0, args.holdout) == "test"]
            held_ids = {r["id"] for r in held}
            pool = [r for r in rows if r["id"] not in held_ids]
            pool_path = tmp / "pool.csv"
            _write_csv(pool, pool_path)
            by_id = {r["id"]: r for r in pool}
            shuffled = [r["id"] for r in pool]
            random.Random(seed).shuffle(shuffled)
            orders = {"random": shuffled, "active": active_order(pool, pool_path, args.model)}
            shipped = Scorer.load(args.model, device="cpu")
            held_path = tmp / "held.csv"
            _write_csv(held, held_path)
            held_data = read_dataset(held_path)
            shipped_auc = float(roc_auc_score(held_data.labels, shipped.score_tokens(held_data.tokens)))
            cfg = make_config(None, **SMALL_GEOMETRY, threads=2, device="cpu", seed=seed)
            n_bleeds = sum(r["label"] for r in held)
            print(f"\nseed {seed}: held out {len(held)} reports ({n_bleeds} bleeds), pool {len(pool)}; "
                  f"shipped model's AUC on them {shipped_auc:.3f}")  # fmt: skip
            print("| site labels | AUC, random order | AUC, active order | seconds |")
            print("|---:|---:|---:|---:|")
            steps = sorted({min(int(x), len(pool)) for x in args.steps.split(",")})
            per_step: dict[int, dict[str, float]] = {}
            for n in steps:
                t0 = time.perf_counter()
                aucs: dict[str, float] = {}
                for name in ORDERS:
                    if n == 0 and aucs:  # no labels: the same model
                        aucs[name] = next(iter(aucs.values()))
                        continue
                    aucs[name] = held_out_auc(synth, [by_id[i] for i in orders[name][:n]], held, tmp, cfg)
                per_step[n] = aucs
                took = time.perf_counter() - t0
                print(f"| {n} | {aucs['random']:.3f} | {aucs['active']:.3f} | {took:.0f} |", flush=True)
            bleeds = {
                name: [sum(by_id[i]["label"] for i in orders[name][:n]) for n in steps] for name in ORDERS
            }
            results["seeds"][seed] = {
                "held_out": len(held),
                "held_out_bleeds": sum(r["label"] for r in held),
                "pool": len(pool),
                "shipped_auc": shipped_auc,
                "auc": {str(n): v for n, v in per_step.items()},
                "bleeds_in_labels": bleeds,
            }

    steps_all = sorted({int(n) for s in results["seeds"].values() for n in s["auc"]})
    print(f"\nmean ± sd over seeds {seeds} (network AUC on each seed's held-out reports)")
    print("| site labels | random order | active order | active − random |")
    print("|---:|---:|---:|---:|")
    summary = []
    for n in steps_all:
        got = [s["auc"][str(n)] for s in results["seeds"].values() if str(n) in s["auc"]]
        rnd, act = [g["random"] for g in got], [g["active"] for g in got]
        diff = [a - r for a, r in zip(act, rnd, strict=True)]
        summary.append({"n": n, "random": rnd, "active": act})
        print(f"| {n} | {_mean_sd(rnd)} | {_mean_sd(act)} | {_mean_sd(diff)} |")
    shipped_all = [s["shipped_auc"] for s in results["seeds"].values()]
    print(f"shipped model (no site labels, full geometry): {_mean_sd(shipped_all)}")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"wall {wall / 60:.1f} min, CPU {cpu / 60:.1f} min (this process), torch {torch.__version__}")
    results["summary"] = summary
    results["seconds"] = {"wall": round(wall, 1), "cpu": round(cpu, 1)}
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    if args.plot:
        plot(summary, shipped_all, args.plot, len(seeds))


def plot(summary: list[dict[str, Any]], shipped: list[float], path: Path, n_seeds: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=110)
    xs = [s["n"] for s in summary]
    for name, marker in (("random", "o"), ("active", "s")):
        means = [statistics.mean(s[name]) for s in summary]
        sds = [statistics.stdev(s[name]) if len(s[name]) > 1 else 0.0 for s in summary]
        ax.errorbar(xs, means, yerr=sds, marker=marker, capsize=3, label=f"{name} order")
    ax.axhline(statistics.mean(shipped), color="grey", linestyle=":", label="shipped model (full size)")
    ax.set_xlabel("site labels added to training")
    ax.set_ylabel("network ROC AUC, held-out site reports")
    ax.set_title(f"Site labels vs AUC (mean ± sd, {n_seeds} seeds)")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


if __name__ == "__main__":
    main()
