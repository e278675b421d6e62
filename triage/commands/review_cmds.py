"""`triage review`: the site's local validation (triage/review): init, serve, export, report.

Heavy imports (torch, medspaCy, matplotlib) happen inside the commands so that `triage --help` stays fast.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from triage.commands.kafka_options import BootstrapServers, Config
from triage.commands.model_cmds import DEFAULT_MODEL_DIR, Delimiter, Device, Encoding, ModelDir, _read_options
from triage.errors import ConfigError, InputFileError

review_app = typer.Typer(
    help="Site validation: a sampling plan, a local labeling page, labels in SQLite, the local performance "
    "report (docs/validation.md).",
    no_args_is_help=True,
)

Db = Annotated[Path, typer.Option("--db", help="The review database (SQLite; holds report text: PHI).")]


@review_app.command("init")
def init(
    source: Annotated[
        Path | None,
        typer.Argument(
            metavar="SOURCE", help="The site's reports: JSONL, CSV, an .hl7 file or a directory (or a topic)."
        ),
    ] = None,
    db: Db = None,  # type: ignore[assignment]
    from_topic: Annotated[
        str | None,
        typer.Option(help="Instead of SOURCE: a replay range (--from/--to) of this input topic (hl7.oru)."),
    ] = None,
    from_review: Annotated[
        bool,
        typer.Option(
            "--from-review",
            help="Instead of SOURCE: the reports the review topic (topics.review) names in --from/--to.",
        ),
    ] = False,
    start: Annotated[
        str, typer.Option("--from", help="Range start: beginning, an offset, P:O,... or an ISO 8601 instant.")
    ] = "beginning",
    stop: Annotated[str, typer.Option("--to", help="Range end (exclusive), same forms; or end.")] = "end",
    config: Config = None,
    bootstrap_servers: BootstrapServers = None,
    model: ModelDir = DEFAULT_MODEL_DIR,
    policy: Annotated[
        str, typer.Option(envvar="TRIAGE_DECISION_POLICY", help="Decision policy: ensemble | model | rules.")
    ] = "ensemble",
    sample: Annotated[int, typer.Option(min=0, help="Random sample size (the estimate).")] = 200,
    positive_share: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Share of the random sample drawn from positives.")
    ] = 0.5,
    active: Annotated[int, typer.Option(min=0, help="Active queue size (learning).")] = 100,
    double_read: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Share of the random sample read by two reviewers.")
    ] = 0.1,
    seed: Annotated[int, typer.Option(help="Random seed of the sample (recorded).")] = 0,
    text_field: Annotated[str, typer.Option(help="Report text field/column (JSONL/CSV).")] = "text",
    id_field: Annotated[str, typer.Option(help="Report id field/column (JSONL/CSV).")] = "id",
    procedure_field: Annotated[str, typer.Option(help="Procedure code field/column.")] = "procedure_code",
    document_type_field: Annotated[str, typer.Option(help="Document type field/column.")] = "document_type",
    fmt: Annotated[str, typer.Option("--format", help="Input format: auto | jsonl | csv | hl7.")] = "auto",
    encoding: Encoding = "auto",
    delimiter: Delimiter = None,
    rules_terms_file: Annotated[
        Path | None, typer.Option(envvar="TRIAGE_RULES_TERMS_FILE", help="A site's extra ICH terms (JSON).")
    ] = None,
    topics: Annotated[
        Path | None,
        typer.Option(
            help="The drift baseline's topic model (default: TRIAGE_DRIFT__TOPICS_DIR, else <model>/topics); "
            "without one, no drift outliers."
        ),
    ] = None,
    drift_min_bits: Annotated[
        float,
        typer.Option(
            min=0.0, help="A drift outlier's least surprise under the baseline, bits per word [10.6]."
        ),
    ] = 10.6,
    device: Device = "auto",
) -> None:
    """Score SOURCE as `triage label` does and write the review plan to --db: a random sample stratified by
    the product's decision plus an active queue (disagreements, near the threshold, unknown words, drift
    outliers)."""
    from triage.commands.model_check import FirstProblems, require_model_option
    from triage.config import load_settings
    from triage.model.scorer import Scorer
    from triage.pipeline.decision import DecisionCore
    from triage.pipeline.policy import POLICIES
    from triage.review.plan import create_plan
    from triage.review.source import collect
    from triage.rules.shared import shared_engine

    if policy not in POLICIES:
        raise ConfigError(f"unknown decision policy {policy!r} (one of: {', '.join(POLICIES)})")
    if db is None:
        raise ConfigError("--db is required")
    if sum([source is not None, from_topic is not None, from_review]) != 1:
        raise ConfigError("give exactly one source: a file/directory, --from-topic NAME or --from-review")
    if source is not None and not source.exists():
        raise InputFileError(f"{source} does not exist")
    if db.exists():
        raise InputFileError(f"--db {db} already exists; labels are never overwritten: choose a new file")
    site = load_settings(config, bootstrap_servers=bootstrap_servers)
    require_model_option(model)
    on_problem = FirstProblems(lambda message: typer.echo(message, err=True), 10)

    # the decision core with the site's settings (threshold, headings, procedure filter), as `triage label`'s
    core = DecisionCore(
        Scorer.load(model, device=device),
        site.pipeline,
        rules=shared_engine(rules_terms_file or site.rules_terms_file),
        policy=policy,  # type: ignore[arg-type]
    )
    with tempfile.TemporaryDirectory(prefix="triage-review-") as tmp:  # records as .hl7 files (PHI, 0700)
        name = None
        if source is None:
            from triage.review.topics import dump_input_range, dump_review_topic

            topic = from_topic or site.topics.review
            dump = dump_input_range if from_topic else dump_review_topic
            if dump(site, topic, start, stop, Path(tmp)) == 0:
                raise InputFileError(f"topic {topic} holds no record between {start} and {stop}")
            name = f"{'topic' if from_topic else 'review topic'} {topic} [{start}, {stop})"
            source, fmt = Path(tmp), "hl7"
        candidates = collect(
            core,
            source,
            text_field=text_field,
            id_field=id_field,
            procedure_field=procedure_field,
            document_type_field=document_type_field,
            fmt=fmt,
            read_options=_read_options(encoding, delimiter),
            on_problem=on_problem,
        )
    where = topics or site.drift.topics_dir or model / "topics"  # the daemon's drift baseline
    if (where / "manifest.json").is_file():
        from triage.review.drift import with_drift

        candidates = with_drift(candidates, where)
    else:
        typer.echo(f"no topic model at {where}: drift outliers are not in the active queue", err=True)
    _store, summary = create_plan(
        core,
        candidates,
        db,
        name or str(source),
        sample_size=sample,
        positive_share=positive_share,
        active_size=active,
        double_read_share=double_read,
        seed=seed,
        drift_min_bits=drift_min_bits,
    )
    if on_problem.count > on_problem.limit:
        typer.echo(f"... {on_problem.count - on_problem.limit} more problem(s) not listed", err=True)
    typer.echo(summary)


@review_app.command("serve")
def serve(
    db: Db,
    reviewer: Annotated[
        list[str] | None,
        typer.Option(
            "--reviewer", "-r", help="A reviewer's name (repeat for each); each gets its own URL/token."
        ),
    ] = None,
    token_file: Annotated[
        Path | None,
        typer.Option(help="JSON {reviewer: token} instead of fresh tokens (keep it like a password)."),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; not loopback needs --tls-cert/--tls-key.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: a free one).")] = 8765,
    tls_cert: Annotated[Path | None, typer.Option(help="TLS certificate chain (PEM).")] = None,
    tls_key: Annotated[Path | None, typer.Option(help="TLS private key (PEM).")] = None,
    blind: Annotated[
        bool, typer.Option("--blind", help="Hide the product's decision and highlights (unanchored reading).")
    ] = False,
) -> None:
    """Serve the labeling page until Ctrl-C / SIGTERM; prints one URL per reviewer (its token inside)."""
    import json
    import secrets
    import signal
    import threading

    from triage.obs.http import host_port
    from triage.review.store import ReviewStore
    from triage.review.web import ReviewServer

    store = ReviewStore(db)
    tokens: dict[str, str] = {}
    if token_file is not None:
        try:
            named = json.loads(token_file.read_text(encoding="utf-8"))
            if not isinstance(named, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and len(v) >= 16 for k, v in named.items()
            ):
                raise ValueError("expected {reviewer: token} with tokens of at least 16 characters")
        except (OSError, ValueError) as exc:
            raise InputFileError(f"--token-file {token_file}: {exc}") from None
        tokens = {token: name for name, token in named.items()}
    for name in reviewer or []:
        if not name.strip():
            raise ConfigError("--reviewer needs a name")
        tokens[secrets.token_urlsafe(24)] = name.strip()
    if not tokens:
        raise ConfigError("name at least one --reviewer (or give --token-file)")
    server = ReviewServer(store, tokens, host, port, tls_cert=tls_cert, tls_key=tls_key, blind=blind).start()
    scheme = "https" if server.tls else "http"
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    for token, name in tokens.items():
        typer.echo(f"{name}: {scheme}://{host_port(shown, server.port)}/?token={token}", err=False)
    typer.echo(f"serving {db} on {scheme}://{host_port(host, server.port)} (Ctrl-C to stop)", err=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@review_app.command("status")
def status(db: Db) -> None:
    """Where the labeling stands: the plan, answers per reviewer and queue, reports still needing a reader
    (ids and counts only, never text)."""
    from collections import Counter

    from triage.review.store import ReviewStore

    store = ReviewStore(db)
    meta = store.meta()
    items = {i.id: i for i in store.items()}
    labels = store.labels()
    typer.echo(
        f"{db}: {len(items)} report(s) planned from {meta['source']} ({meta['model_version']}, "
        f"{meta['rules_version']}, {meta['policy']} policy); created {meta['created_at']}"
    )
    answered: Counter[int] = Counter(lab.item_id for lab in labels if lab.answer != "skip")
    for queue in ("random", "active"):
        planned = [i for i in items.values() if i.queue == queue]
        done = sum(1 for i in planned if answered[i.id] >= i.readers)
        typer.echo(f"{queue}: {done} of {len(planned)} report(s) have all their readers")
    for reviewer, answers in sorted(
        {
            r: Counter(lab.answer for lab in labels if lab.reviewer == r)
            for r in {lab.reviewer for lab in labels}
        }.items()
    ):
        typer.echo(
            f"{reviewer}: "
            + ", ".join(f"{answers[a]} {a}" for a in ("bleed", "no_bleed", "uncertain", "skip"))
        )


UncertainAs = Annotated[
    str,
    typer.Option(help="An 'uncertain' answer counts as: exclude (left out, counted) | positive | negative."),
]


@review_app.command("export")
def export(
    db: Db,
    out: Annotated[Path, typer.Option("--out", "-o", help="CSV to write (text, label 0/1, ...).")],
    uncertain_as: UncertainAs = "exclude",
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --out file.")] = False,
) -> None:
    """Write the site's labels as the CSV `triage train --site-labels` and `triage evaluate` read (the report
    text is in it: PHI, written with mode 0600). Only reports with all their readers (as `review status`
    counts them); an uncertain answer (under --uncertain-as exclude), a disagreement or a double-read report
    still awaiting its second reader is left out and counted."""
    from triage.offline.tables import check_out_file
    from triage.review.results import check_uncertain_as, export_csv
    from triage.review.store import ReviewStore

    mode = check_uncertain_as(uncertain_as)
    store = ReviewStore(db)
    check_out_file(out, force)
    written, left_out = export_csv(store, out, mode)
    why = ", ".join(f"{n} {answer.replace('_', ' ')}" for answer, n in sorted(left_out.items()))
    typer.echo(
        f"exported {written} labeled report(s) -> {out}; {left_out.total()} left out"
        + (f" ({why})" if why else "")
    )


@review_app.command("report")
def report(
    db: Db,
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for report.json, .png and .html.")],
    target_sensitivity: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Sensitivity the operating point must reach.")
    ] = 0.95,
    uncertain_as: UncertainAs = "exclude",
) -> None:
    """Local performance on the random sample: sensitivity, specificity, PPV, NPV per policy with Wilson
    intervals (weighted for the stratified sample), the operating point, per procedure code and document
    type, double-reading kappa; JSON, PNG and a self-contained HTML report to sign."""
    from triage.commands.extras import require_extra

    require_extra("train", "review report")
    from triage.review.report import build_report, write_report
    from triage.review.results import check_uncertain_as
    from triage.review.store import ReviewStore

    mode = check_uncertain_as(uncertain_as)
    data = build_report(ReviewStore(db), uncertain_as=mode, target_sensitivity=target_sensitivity)
    paths = write_report(data, out)
    policy = data["policy"]
    m = data["policies"][policy]

    def show(e: dict) -> str:
        return "n/a" if e["value"] is None else f"{e['value']:.3f} [{e['low']:.3f}, {e['high']:.3f}]"

    typer.echo(
        f"{policy}: sensitivity {show(m['sensitivity'])}, specificity {show(m['specificity'])}, "
        f"PPV {show(m['ppv'])}, NPV {show(m['npv'])} on {data['random_sample']['labeled']} labeled report(s)"
    )
    for warning in data["warnings"]:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"-> {', '.join(str(p) for p in paths)}")


@review_app.command("promote-check")
def promote_check(
    candidate: Annotated[
        Path,
        typer.Argument(
            metavar="CANDIDATE", help="The candidate model artifact (e.g. trained --site-labels)."
        ),
    ],
    labels: Annotated[Path, typer.Option("--labels", help="The site's labels (`triage review export` CSV).")],
    model: ModelDir = DEFAULT_MODEL_DIR,
    policy: Annotated[
        str, typer.Option(envvar="TRIAGE_DECISION_POLICY", help="Decision policy: ensemble | model | rules.")
    ] = "ensemble",
    tolerance: Annotated[float, typer.Option(min=0.0, help="AUC drop allowed before refusing.")] = 0.0,
    min_reports: Annotated[int, typer.Option(min=1, help="Fewest comparable site reports to decide.")] = 20,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the comparison as JSON.")] = None,
    rules_terms_file: Annotated[
        Path | None, typer.Option(envvar="TRIAGE_RULES_TERMS_FILE", help="A site's extra ICH terms (JSON).")
    ] = None,
    device: Device = "auto",
) -> None:
    """Compare CANDIDATE with the current model (--model) on the site's labels it never trained on; exit 0
    when it may be promoted, 1 when refused (the reasons printed), 2 for errors."""
    import json

    from triage.commands.extras import require_extra
    from triage.pipeline.policy import POLICIES

    require_extra("train", "review promote-check")
    from triage.config import load_settings
    from triage.model.scorer import Scorer
    from triage.pipeline.decision import DecisionCore
    from triage.review.promotion import promotion_check
    from triage.rules.shared import shared_engine

    if policy not in POLICIES:
        raise ConfigError(f"unknown decision policy {policy!r} (one of: {', '.join(POLICIES)})")
    from triage.offline.tables import require_file

    require_file(labels, "--labels")
    site = load_settings()
    rules = shared_engine(rules_terms_file or site.rules_terms_file)

    def core(artifact: Path) -> DecisionCore:  # each model at its own threshold; one policy, one rule set
        scorer = Scorer.load(artifact, device=device)
        return DecisionCore(scorer, site.pipeline, rules=rules, policy=policy, threshold=scorer.threshold)  # type: ignore[arg-type]

    result = promotion_check(
        core(model), core(candidate), labels, tolerance=tolerance, min_reports=min_reports
    )
    if out is not None:
        out.write_text(json.dumps(result.as_dict(), indent=2) + "\n", encoding="utf-8")
    for name in ("current", "candidate"):
        m = getattr(result, name)
        auc = "n/a" if m["auc"] is None else f"{m['auc']:.4f}"
        sens = "n/a" if m["sensitivity"] is None else f"{m['sensitivity']:.3f}"
        spec = "n/a" if m["specificity"] is None else f"{m['specificity']:.3f}"
        typer.echo(
            f"{name} {m['model_version']}: AUC {auc}, sensitivity {sens}, specificity {spec} (n={result.n})"
        )
    if result.accepted:
        typer.echo(f"promotion check passed: {result.candidate['model_version']} may be promoted")
        return
    for reason in result.reasons:
        typer.echo(f"refused: {reason}", err=True)
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `triage review ...` to the `triage` app."""
    app.add_typer(review_app, name="review")
