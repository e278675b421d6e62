"""`triage review report`: the site's local performance, for a clinical lead to sign.

On the **random sample only** (the active queue was chosen for being hard and would bias every number):
sensitivity, specificity, PPV and NPV of each decision policy with 95 % Wilson intervals, weighted back to
the feed's stratum sizes (triage.review.stats); the estimated prevalence; the operating point (the highest
network threshold whose weighted sensitivity reaches the target) for the policies with a threshold; the same
per procedure code and per document type; double-reading agreement (Cohen's kappa). Every policy's decision
is recomputed with triage.pipeline.policy.decide from the stored score and rule assertion, the function the
daemon uses.

Outputs: report.json (numbers), report.png (two panels), report.html (self-contained: the PNG inline, no
external assets) with the versions, the label digest and a signature block. No report text anywhere.
"""

from __future__ import annotations

import base64
import html
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from triage.offline.outputs import partial_dir
from triage.pipeline.policy import POLICIES, Policy, decide
from triage.review.results import SiteLabel, UncertainAs, labels_digest, site_labels
from triage.review.stats import Estimate, cohen_kappa, weighted_proportion
from triage.review.store import ReviewStore, now_iso

MEASURES = ("sensitivity", "specificity", "ppv", "npv")


def _weights(sample: Sequence[SiteLabel], strata: dict[str, int]) -> list[float]:
    """w = N_h / n_h, n_h the labeled reports of stratum h in the sample."""
    n = Counter(s.item.stratum for s in sample)
    return [strata.get(s.item.stratum, 0) / n[s.item.stratum] for s in sample]


def _measures(truth: Sequence[int], pred: Sequence[bool], weights: Sequence[float]) -> dict[str, Estimate]:
    def part(keep: Callable[[int, bool], bool], hit: Callable[[int, bool], bool]) -> Estimate:
        rows = [(t, p, w) for t, p, w in zip(truth, pred, weights, strict=True) if keep(t, p)]
        return weighted_proportion([hit(t, p) for t, p, _ in rows], [w for *_, w in rows])

    return {
        "sensitivity": part(lambda t, p: t == 1, lambda t, p: p),
        "specificity": part(lambda t, p: t == 0, lambda t, p: not p),
        "ppv": part(lambda t, p: p, lambda t, p: t == 1),
        "npv": part(lambda t, p: not p, lambda t, p: t == 0),
    }


def _predict(policy: Policy, sample: Sequence[SiteLabel], threshold: float) -> list[bool]:
    return [decide(policy, s.item.probability, threshold, s.item.rule_assertion).positive for s in sample]


def operating_point(
    policy: Policy, sample: Sequence[SiteLabel], weights: Sequence[float], target: float
) -> dict[str, Any] | None:
    """The highest network threshold at which `policy`'s weighted sensitivity reaches `target` (None for the
    rules policy, or when no threshold reaches it)."""
    if policy == "rules" or not sample:
        return None
    truth = [int(s.label or 0) for s in sample]
    for t in sorted({s.item.probability for s in sample}, reverse=True):
        m = _measures(truth, _predict(policy, sample, t), weights)
        sens = m["sensitivity"].value
        if sens is not None and sens >= target:
            return {"threshold": t, **{k: v.as_dict() for k, v in m.items()}}
    return None


def threshold_curve(
    sample: Sequence[SiteLabel], weights: Sequence[float], threshold: float
) -> list[dict[str, float | None]]:
    """The model policy's weighted sensitivity and specificity at every distinct score (and the shipped
    threshold), ascending: the report's right panel."""
    truth = [int(s.label or 0) for s in sample]
    points = []
    for t in sorted({s.item.probability for s in sample} | {threshold}):
        m = _measures(truth, _predict("model", sample, t), weights)
        points.append(
            {"threshold": t, "sensitivity": m["sensitivity"].value, "specificity": m["specificity"].value}
        )
    return points


def _group_rows(
    sample: Sequence[SiteLabel], weights: Sequence[float], policy: Policy, threshold: float, field: str
) -> list[dict[str, Any]]:
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(sample):
        groups.setdefault(getattr(s.item, field) or "(none)", []).append(i)
    rows = []
    for name, index in sorted(groups.items()):
        part = [sample[i] for i in index]
        m = _measures(
            [int(s.label or 0) for s in part],
            _predict(policy, part, threshold),
            [weights[i] for i in index],
        )
        rows.append(
            {
                "group": name,
                "n": len(part),
                "bleeds": sum(int(s.label or 0) for s in part),
                **{k: m[k].as_dict() for k in ("sensitivity", "specificity")},
            }
        )
    return rows


def build_report(
    store: ReviewStore, *, uncertain_as: UncertainAs = "exclude", target_sensitivity: float = 0.95
) -> dict[str, Any]:
    """The report's numbers (module docstring) as a JSON-able dict."""
    meta = store.meta()
    threshold = float(meta["threshold"])
    plan_policy: Policy = meta["policy"]
    labeled = site_labels(store, uncertain_as)
    sample = [s for s in labeled if s.item.queue == "random" and s.label is not None]
    strata = {k: int(v) for k, v in meta["strata"].items()}
    weights = _weights(sample, strata)
    truth = [int(s.label or 0) for s in sample]
    warnings = []
    for stratum, size in strata.items():
        if size and not any(s.item.stratum == stratum for s in sample):
            warnings.append(
                f"no labeled report in the {stratum} stratum ({size} reports): the estimates do not cover it"
            )
    policies = {}
    for policy in POLICIES:
        m = _measures(truth, _predict(policy, sample, threshold), weights)
        policies[policy] = {k: v.as_dict() for k, v in m.items()}
    prevalence = weighted_proportion([t == 1 for t in truth], weights)
    pairs = []
    for s in labeled:
        if s.item.readers == 2 and len(s.labels) >= 2:
            pairs.append((s.labels[0].answer, s.labels[1].answer))
    answers = Counter(lab.answer for lab in store.labels())
    active = [s for s in labeled if s.item.queue == "active" and s.label is not None]
    return {
        "created_at": now_iso(),
        "database": str(store.path),
        "source": meta.get("source"),
        "model_version": meta["model_version"],
        "model_sha256": meta.get("model_sha256"),
        "rules_version": meta["rules_version"],
        "policy": plan_policy,
        "threshold": threshold,
        "strata": strata,
        "reports_scored": meta.get("reports_scored"),
        "uncertain_as": uncertain_as,
        "target_sensitivity": target_sensitivity,
        "labels_sha256": labels_digest(store),
        "answers": dict(answers),
        "reviewers": sorted({lab.reviewer for lab in store.labels()}),
        "random_sample": {
            "planned": sum(1 for i in store.items() if i.queue == "random"),
            "labeled": len(sample),
            "by_stratum": dict(Counter(s.item.stratum for s in sample)),
            "bleeds": sum(truth),
            "excluded": sum(1 for s in labeled if s.item.queue == "random" and s.label is None),
        },
        "prevalence": prevalence.as_dict(),
        "policies": policies,
        "operating_points": {
            p: operating_point(p, sample, weights, target_sensitivity) for p in POLICIES if p != "rules"
        },
        "by_procedure_code": _group_rows(sample, weights, plan_policy, threshold, "procedure_code"),
        "by_document_type": _group_rows(sample, weights, plan_policy, threshold, "document_type"),
        "double_reading": {"pairs": len(pairs), "kappa": cohen_kappa(pairs)},
        "active_queue": {
            "labeled": len(active),
            "product_errors": sum(1 for s in active if s.item.prediction != s.label),
            "by_reason": dict(Counter(s.item.reason for s in active)),
        },
        "warnings": warnings,
        "threshold_curve": threshold_curve(sample, weights, threshold),
    }


# ---------------------------------------------------------------- rendering


def _fmt(e: dict[str, Any] | None) -> str:
    if not e or e.get("value") is None:
        return "–"
    return f"{e['value']:.3f} ({e['low']:.3f}–{e['high']:.3f}), n={e['n']}"


def plot_report(report: dict[str, Any], path: Path) -> None:
    """Two panels: each policy's measures with their intervals; weighted sensitivity and specificity of the
    network threshold (model policy) with the target and the chosen operating point."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), dpi=110)
    colors = {"sensitivity": "#b3261e", "specificity": "#1e6b34", "ppv": "#2f6fde", "npv": "#7a5af8"}
    for j, measure in enumerate(MEASURES):
        for i, policy in enumerate(POLICIES):
            e = report["policies"][policy][measure]
            if e["value"] is None:
                continue
            x = i + (j - 1.5) * 0.18
            left.errorbar(
                x,
                e["value"],
                yerr=[[e["value"] - e["low"]], [e["high"] - e["value"]]],
                fmt="o",
                color=colors[measure],
                capsize=3,
                label=measure if i == 0 else None,
            )
    left.set_xticks(range(len(POLICIES)), POLICIES)
    left.set_ylim(0, 1.02)
    left.set_title("Random sample, 95 % Wilson intervals (weighted)")
    left.legend(loc="lower left", fontsize=8)
    left.grid(axis="y", alpha=0.3)

    curve = report["threshold_curve"]
    thresholds = [p["threshold"] for p in curve]
    nan = float("nan")
    sens = [nan if p["sensitivity"] is None else p["sensitivity"] for p in curve]
    spec = [nan if p["specificity"] is None else p["specificity"] for p in curve]
    right.step(thresholds, sens, where="post", color=colors["sensitivity"], label="sensitivity (model)")
    right.step(thresholds, spec, where="post", color=colors["specificity"], label="specificity (model)")
    right.axhline(report["target_sensitivity"], color="#888", ls="--", lw=1, label="target sensitivity")
    right.axvline(report["threshold"], color="#333", ls=":", lw=1, label="shipped threshold")
    point = report["operating_points"].get("model")
    if point:
        right.axvline(point["threshold"], color=colors["sensitivity"], ls="--", lw=1, label="operating point")
    if thresholds and all(0 < t < 1 for t in thresholds):
        right.set_xscale("logit")
    right.set_ylim(0, 1.02)
    right.set_xlabel("network threshold")
    right.set_title("Network threshold on the site's labels")
    right.legend(loc="lower left", fontsize=8)
    right.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


_CSS = """
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; max-width: 62rem; margin: 2rem auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { border: 1px solid #ccd; padding: .25rem .6rem; }
th { background: #f1f3f5; text-align: left; }
.sig td { height: 2.2rem; min-width: 16rem; }
.warn { color: #b3261e; } img { max-width: 100%; } code { font-size: .85rem; }
"""


def render_html(report: dict[str, Any], png: bytes) -> str:
    e = html.escape

    def table(head: list[str], rows: list[list[str]]) -> str:
        th = "".join(f"<th>{e(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"

    rs = report["random_sample"]
    policy_rows = [[p] + [_fmt(report["policies"][p][m]) for m in MEASURES] for p in POLICIES]
    op_rows = []
    for p, point in report["operating_points"].items():
        if point is None:
            op_rows.append([p, "not reached", "–", "–"])
        else:
            op_rows.append(
                [p, f"{point['threshold']:.4f}", _fmt(point["sensitivity"]), _fmt(point["specificity"])]
            )
    group_tables = ""
    for key, title in (("by_procedure_code", "Procedure code"), ("by_document_type", "Document type")):
        rows = [
            [g["group"], str(g["n"]), str(g["bleeds"]), _fmt(g["sensitivity"]), _fmt(g["specificity"])]
            for g in report[key]
        ]
        group_tables += f"<h3>{e(title)} ({e(report['policy'])} policy)</h3>" + table(
            [title, "labeled", "bleeds", "sensitivity", "specificity"], rows
        )
    kappa = report["double_reading"]["kappa"]
    warnings = "".join(f"<li>{e(w)}</li>" for w in report["warnings"])
    image = base64.b64encode(png).decode()
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Local performance report</title>
<style>{_CSS}</style></head><body>
<h1>Intracranial hemorrhage triage: local performance report</h1>
<p>Model <code>{e(report["model_version"])}</code>, rules <code>{e(report["rules_version"])}</code>,
decision policy <b>{e(report["policy"])}</b> at network threshold {report["threshold"]:.4f}.
Source: {e(str(report["source"]))}
({report["reports_scored"]} reports scored: {report["strata"].get("positive", 0)} called positive,
{report["strata"].get("negative", 0)} negative). Created {e(report["created_at"])}.</p>
<p>Random sample: {rs["labeled"]} of {rs["planned"]} planned reports labeled ({rs["bleeds"]} bleeds;
{rs["excluded"]} excluded as uncertain, disagreement or awaiting a second reader, uncertain answers counted as
<b>{e(report["uncertain_as"])}</b>), stratified by the product's decision and weighted back to the feed.
Estimated prevalence {_fmt(report["prevalence"])}. Reviewers: {e(", ".join(report["reviewers"]))}.
Double reading: {report["double_reading"]["pairs"]} pairs, Cohen's kappa
{"–" if kappa is None else f"{kappa:.3f}"}.</p>
<ul class="warn">{warnings}</ul>
<h2>Performance on the random sample (95 % Wilson intervals)</h2>
{table(["policy", "sensitivity", "specificity", "PPV", "NPV"], policy_rows)}
<h2>Operating point for sensitivity ≥ {report["target_sensitivity"]:.2f}</h2>
{table(["policy", "network threshold", "sensitivity", "specificity"], op_rows)}
<h2>Subgroups</h2>
{group_tables}
<img alt="measures per policy and by threshold" src="data:image/png;base64,{image}">
<p>Active queue (learning, not in the estimate): {report["active_queue"]["labeled"]} labeled,
{report["active_queue"]["product_errors"]} where the product's decision differed from the label.</p>
<p>Labels digest (sha256 of every answer): <code>{e(report["labels_sha256"])}</code></p>
<h2>Sign-off</h2>
<table class="sig"><tr><th>Clinical lead (name, role)</th><td></td></tr>
<tr><th>Decision</th><td>accept for clinical use / shadow only / reject</td></tr>
<tr><th>Signature and date</th><td></td></tr></table>
</body></html>
"""


def write_report(report: dict[str, Any], out: Path) -> list[Path]:
    """report.json, report.png and report.html in `out` (the three together or none: built in OUT.partial/,
    a folder's other files kept)."""
    with partial_dir(out, whole=False) as work:
        png = work / "report.png"
        plot_report(report, png)
        (work / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        (work / "report.html").write_text(render_html(report, png.read_bytes()), encoding="utf-8")
    return [out / "report.json", out / "report.png", out / "report.html"]
