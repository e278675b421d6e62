"""The paper's recipe on the command line: `train`, `evaluate`, `embeddings similar`, `label`.

Heavy imports (torch, gensim, sklearn) happen inside the commands so that `triage --help` stays fast.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from triage.config import DEFAULT_MODEL_DIR
from triage.errors import ConfigError, InputFileError

ModelDir = Annotated[
    Path,
    typer.Option(
        "--model", "-m", envvar="TRIAGE_MODEL_DIR", help="Model artifact directory.", show_default=True
    ),
]
Device = Annotated[str, typer.Option("--device", help="auto | cpu | cuda (auto: cuda when available).")]
Encoding = Annotated[
    str,
    typer.Option(
        help="Input encoding: auto (UTF-8 with or without BOM, UTF-16 with BOM) or a codec name "
        "(cp1252 for Excel on Windows, latin-1, ...); a file's byte-order mark wins over a named codec."
    ),
]
Delimiter = Annotated[
    str | None,
    typer.Option(help="CSV delimiter (',' ';' 'tab' '|'); default: sniffed from the header line."),
]
PositiveValues = Annotated[
    str | None,
    typer.Option(
        help="Comma-separated label values meaning positive, e.g. 'Y,yes,1,true' "
        "(default: 1,true,yes,positive,pos; case-insensitive)."
    ),
]
NegativeValues = Annotated[
    str | None,
    typer.Option(
        help="Comma-separated label values meaning negative, e.g. 'N,no,0,false' "
        "(default: 0,false,no,negative,neg). Any other value is a bad row."
    ),
]


def _read_options(
    encoding: str, delimiter: str | None, positive: str | None = None, negative: str | None = None
) -> Any:
    from triage.offline.tables import LabelMap, ReadOptions

    return ReadOptions(encoding=encoding, delimiter=delimiter, labels=LabelMap.of(positive, negative))


def _check_out(out: Path, force: bool) -> None:
    """--out must not silently replace an artifact: an existing non-empty directory needs --force."""
    if out.exists() and not out.is_dir():
        raise InputFileError(f"--out {out} is a file, not a directory")
    if out.is_dir() and any(out.iterdir()):
        manifest = out / "manifest.json"
        what = "a model artifact" if manifest.exists() else "files"
        if not force:
            raise InputFileError(
                f"--out {out} already holds {what}; choose a new directory (one per model version), "
                f"or pass --force to replace it"
            )
        manifest.unlink(missing_ok=True)  # a run that fails midway leaves an artifact that refuses to load


def _check_out_file(out: Path, force: bool) -> None:
    """An output FILE is never silently replaced: an existing one needs --force."""
    if out.is_dir():
        raise InputFileError(f"--out {out} is a directory, not a file")
    if out.exists() and not force:
        raise InputFileError(f"--out {out} already exists; choose a new file, or pass --force to replace it")


def _trained_columns(artifact: Path) -> tuple[str | None, str | None]:
    """(text, label) columns the model in `artifact` was trained from, read from its manifest.json alone
    (cheap: before the model is loaded); (None, None) when the manifest cannot be read (loading says why)."""
    try:
        manifest = json.loads((artifact / "manifest.json").read_text(encoding="utf-8"))
        params = manifest.get("hyperparameters") or {}
    except (OSError, ValueError, AttributeError):
        return None, None
    text, label = params.get("text_field"), params.get("label_field")
    return (text if isinstance(text, str) else None), (label if isinstance(label, str) else None)


def _pick_columns(
    path: Path,
    read_options: Any,
    artifact: Path,
    text_field: str | None,
    label_field: str | None = None,
    *,
    with_label: bool = True,
) -> tuple[str, str]:
    """The documented rule for `evaluate` and `label`: --text-field / --label-field when given; else the
    model's training column when the file has it; else `text` / `label`. Checked against the file's header
    (JSONL: its fields) up front, before the model is loaded: one error naming what is missing."""
    from triage.offline.tables import check_columns, pick_column, table_columns, table_format

    columns = table_columns(path, table_format(path), read_options)
    trained_text, trained_label = _trained_columns(artifact)
    text = pick_column(columns, text_field, trained_text, "text")
    label = pick_column(columns, label_field, trained_label, "label")
    required = {text: "--text-field"}
    if with_label:
        required[label] = "--label-field"
    check_columns(path, columns, required)
    return text, label


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


def train(
    data: Annotated[Path, typer.Argument(help="Labeled reports (JSONL or CSV with text and label fields).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Artifact directory to write.")],
    grid: Annotated[
        bool, typer.Option("--grid", help="Grid-search lr/dropout/filters/kernel/LSTM units.")
    ] = False,
    grid_file: Annotated[
        Path | None, typer.Option(help="JSON/YAML mapping option -> list of values.")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="JSON/YAML file of TrainConfig options.")
    ] = None,
    recipe: Annotated[
        str | None,
        typer.Option(help="triage (windows, unknown-word dropout, calibration) | paper (Paper 1 exactly)."),
    ] = None,
    embeddings: Annotated[
        str | None,
        typer.Option(
            help="word2vec preset: cbow (Paper 1, the shipped model) | paper2 (skip-gram 256-d, hierarchical "
            "softmax, window 10, sub-sampling 1e-4) [cbow]."
        ),
    ] = None,
    word_dropout: Annotated[float | None, typer.Option(help="Known words dropped to unknown [0.15].")] = None,
    epochs: Annotated[int | None, typer.Option(help="Network epochs [25].")] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed [0].")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Mini-batch size [64].")] = None,
    learning_rate: Annotated[float | None, typer.Option(help="Adam learning rate [1e-3].")] = None,
    dropout: Annotated[float | None, typer.Option(help="Dropout after the LSTM [0.6].")] = None,
    filters: Annotated[int | None, typer.Option(help="Conv1D filters [32].")] = None,
    kernel_size: Annotated[int | None, typer.Option(help="Conv1D kernel size [3].")] = None,
    lstm_units: Annotated[int | None, typer.Option(help="LSTM hidden units [300].")] = None,
    w2v_dim: Annotated[int | None, typer.Option(help="word2vec dimensions [300].")] = None,
    w2v_min_count: Annotated[int | None, typer.Option(help="word2vec min_count [3; paper 10].")] = None,
    w2v_epochs: Annotated[int | None, typer.Option(help="word2vec epochs [25].")] = None,
    threshold_policy: Annotated[
        str | None, typer.Option(help="max_f1 | youden | sensitivity [sensitivity; paper max_f1].")
    ] = None,
    target_sensitivity: Annotated[
        float | None,
        typer.Option(help="With --threshold-policy sensitivity (implied): recall to reach [0.95]."),
    ] = None,
    text_field: Annotated[str | None, typer.Option(help="Text field/column [text].")] = None,
    label_field: Annotated[str | None, typer.Option(help="Label field/column [label].")] = None,
    encoding: Encoding = "auto",
    delimiter: Delimiter = None,
    positive_values: PositiveValues = None,
    negative_values: NegativeValues = None,
    unlabeled: Annotated[
        Path | None,
        typer.Option(
            help="More reports without labels (same format and text column), added to word2vec's corpus "
            "only; the network still learns from the labeled training split."
        ),
    ] = None,
    unlabeled_encoding: Annotated[
        str | None,
        typer.Option(
            help="Encoding of --unlabeled when it differs from DATA's: auto (UTF-8 with or without BOM, "
            "UTF-16 with BOM) or a codec name (default: the same as --encoding)."
        ),
    ] = None,
    site_labels: Annotated[
        Path | None,
        typer.Option(
            help="A site's labels (`triage review export` CSV, same text/label columns): trained on with "
            "DATA, split by accession, its test split scored apart (docs/validation.md)."
        ),
    ] = None,
    site_weight: Annotated[
        float, typer.Option(min=0.0, help="Loss weight of a site report relative to a DATA report [5.0].")
    ] = 5.0,
    site_cv: Annotated[
        int,
        typer.Option(
            min=0,
            help="With --site-labels: K-fold cross-validation of the site labels, grouped by accession "
            "(K more trainings; 0: off) [5].",
        ),
    ] = 5,
    site_cv_geometry: Annotated[
        str,
        typer.Option(
            help="The folds' network: small (a small network, ~K small trainings) or same (this "
            "training's options) [small]."
        ),
    ] = "small",
    force: Annotated[bool, typer.Option("--force", help="Replace an existing artifact in OUT.")] = False,
    device: Annotated[str | None, typer.Option(help="auto | cpu | cuda [auto].")] = None,
    threads: Annotated[int | None, typer.Option(help="torch CPU threads (default: torch's choice).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Train word2vec + the CNN-LSTM (--recipe triage, or paper: Paper 1 exactly), calibrate and choose the
    threshold on validation, export to OUT and evaluate the exported model on its test split."""
    from triage.commands.extras import require_extra

    require_extra("train", "train")
    from triage.model.config import DEFAULT_GRID, load_config_file, make_config, validate_grid
    from triage.offline.runs import run_training

    if not data.is_file():
        raise InputFileError(f"{data} is not a file")
    if unlabeled is not None and not unlabeled.is_file():
        raise InputFileError(f"--unlabeled {unlabeled} is not a file")
    if site_labels is not None and not site_labels.is_file():
        raise InputFileError(f"--site-labels {site_labels} is not a file")
    if site_cv_geometry not in ("small", "same"):
        raise ConfigError(f"--site-cv-geometry {site_cv_geometry!r}: small or same")
    read_options = _read_options(encoding, delimiter, positive_values, negative_values)
    unlabeled_options = _read_options(unlabeled_encoding or encoding, delimiter)
    _check_out(out, force)
    if target_sensitivity is not None and threshold_policy is None:
        threshold_policy = "sensitivity"
    cfg = make_config(
        load_config_file(config) if config else None,
        recipe=recipe,
        embeddings=embeddings,
        word_dropout=word_dropout,
        epochs=epochs,
        seed=seed,
        batch_size=batch_size,
        learning_rate=learning_rate,
        dropout=dropout,
        filters=filters,
        kernel_size=kernel_size,
        lstm_units=lstm_units,
        w2v_dim=w2v_dim,
        w2v_min_count=w2v_min_count,
        w2v_epochs=w2v_epochs,
        threshold_policy=threshold_policy,
        target_sensitivity=target_sensitivity,
        text_field=text_field,
        label_field=label_field,
        device=device,
        threads=threads,
    )
    if site_labels is not None and site_cv:
        from triage.review.crossval import plan_folds

        plan_folds(
            site_labels, cfg, site_cv, read_options
        )  # a file that cannot be split fails before training
    search = None
    if grid or grid_file:
        search = validate_grid(load_config_file(grid_file) if grid_file else DEFAULT_GRID, cfg)
    manifest = run_training(
        data,
        out,
        cfg,
        grid=search,
        progress=not quiet,
        log=_echo_err,
        read_options=read_options,
        unlabeled_path=unlabeled,
        unlabeled_options=unlabeled_options,
        site_labels_path=site_labels,
        site_weight=site_weight,
    )
    if site_labels is not None and site_cv:
        from triage.model.artifact import update_manifest
        from triage.review.crossval import cross_validate_site, markdown

        cv = cross_validate_site(
            data,
            site_labels,
            cfg,
            site_cv,
            geometry=site_cv_geometry,
            read_options=read_options,
            site_weight=site_weight,
            progress=not quiet,
            log=_echo_err,
        )
        manifest = update_manifest(out, site_cv=cv)
        (out / "site_cv.md").write_text(markdown(cv), encoding="utf-8")
    test = manifest["metrics"]["test"]
    typer.echo(
        f"{manifest['model_version']}: test AUC {test['auc']:.4f}, threshold {manifest['threshold']:.4f} "
        f"-> {out}"
    )


def evaluate(
    artifact: Annotated[Path, typer.Argument(help="Model artifact directory.")],
    data: Annotated[Path, typer.Argument(help="Labeled reports (JSONL or CSV).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for metrics, Table I and the ROC PNG.")],
    split: Annotated[
        str, typer.Option(help="auto | test | all (auto: test split if DATA is the training file).")
    ] = "auto",
    policy: Annotated[
        str | None, typer.Option(help="Re-choose the threshold: max_f1 | youden | sensitivity.")
    ] = None,
    target_sensitivity: Annotated[
        float | None, typer.Option(help="Highest threshold whose validation recall reaches this (e.g. 0.95).")
    ] = None,
    validation: Annotated[
        Path | None, typer.Option(help="Validation file for re-choosing the threshold.")
    ] = None,
    rules_terms_file: Annotated[
        Path | None, typer.Option(envvar="TRIAGE_RULES_TERMS_FILE", help="A site's extra ICH terms (JSON).")
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            help="Text field/column (default: the model's training column if DATA has it, else text)."
        ),
    ] = None,
    label_field: Annotated[
        str | None,
        typer.Option(
            help="Label field/column (default: the model's training column if DATA has it, else label)."
        ),
    ] = None,
    encoding: Encoding = "auto",
    delimiter: Delimiter = None,
    positive_values: PositiveValues = None,
    negative_values: NegativeValues = None,
    device: Device = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """ROC AUC, ROC curve, Table I (precision/recall/F1/support), confusion matrix at the threshold; then the
    three decision policies (model, rules, ensemble) side by side on the same reports, and accuracy per kind
    when the data has a `kind` column (policies.md, policies.json); then the clinician's view at the shipped
    operating point: sensitivity, specificity and PPV with Wilson 95 % intervals, overall, per kind and per
    document type (report vs note), and the decisions each component made alone (clinical.md,
    clinical.json)."""
    from triage.commands.extras import require_extra

    require_extra("train", "evaluate")
    if not data.is_file():
        raise InputFileError(f"{data} is not a file")
    if validation is not None and not validation.is_file():
        raise InputFileError(f"--validation {validation} is not a file")
    read_options = _read_options(encoding, delimiter, positive_values, negative_values)
    # the columns are checked before the (slow) model load
    text_field, label_field = _pick_columns(data, read_options, artifact, text_field, label_field)
    if validation is not None:
        _pick_columns(validation, read_options, artifact, text_field, label_field)

    from triage.config import load_settings
    from triage.offline.evaluation import table_one_markdown
    from triage.offline.policy_evaluation import write_policy_reports
    from triage.offline.runs import evaluate_run
    from triage.rules.shared import shared_engine

    site = load_settings()
    rules = shared_engine(rules_terms_file or site.rules_terms_file)
    run = evaluate_run(
        artifact,
        data,
        out,
        split=split,
        policy=policy,
        target_sensitivity=target_sensitivity,
        validation_path=validation,
        device=device,
        progress=not quiet,
        log=_echo_err,
        read_options=read_options,
        text_field=text_field,
        label_field=label_field,
        site_threshold=site.threshold,
    )
    metrics = run.metrics
    typer.echo(f"ROC AUC {metrics['auc']:.4f}  threshold {metrics['threshold']:.4f}  (n={metrics['n']})")
    typer.echo(table_one_markdown(metrics["table_1"]))
    if "vs_true_labels" in metrics:
        typer.echo(f"ROC AUC against true labels {metrics['vs_true_labels']['auc']:.4f}")
    report = write_policy_reports(run, site.pipeline, rules, out)
    typer.echo(report.policies_md)
    typer.echo(report.clinical_md)
    typer.echo(f"written to {out}")


embeddings_app = typer.Typer(help="word2vec embeddings inside a model artifact.", no_args_is_help=True)


@embeddings_app.command("similar")
def similar(
    word: Annotated[str, typer.Argument(help="A word (normalized: lowercase).")],
    model: ModelDir = DEFAULT_MODEL_DIR,
    topn: Annotated[int, typer.Option(help="How many neighbours.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Nearest words by cosine similarity (the paper's sanity check: hemorrhage → blood, hematoma, ...)."""
    from triage.model.embeddings import most_similar
    from triage.model.scorer import Scorer

    scorer = Scorer.load(model, device="cpu")
    key = word.strip().lower()
    if key not in scorer.vocab:
        raise ConfigError(
            f"{word!r} is not in the vocabulary of {scorer.model_version} "
            f"({len(scorer.vocab)} words kept by word2vec)"
        )
    neighbours = most_similar(key, scorer.vocab, scorer.embedding_matrix(), topn)
    if as_json:
        typer.echo(json.dumps([{"word": w, "similarity": round(s, 4)} for w, s in neighbours]))
        return
    for w, s in neighbours:
        typer.echo(f"{w}\t{s:.4f}")


def label(
    input_path: Annotated[
        Path, typer.Argument(metavar="INPUT", help="JSONL, CSV, an .hl7 file or a directory.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (.jsonl or .csv).")],
    model: ModelDir = DEFAULT_MODEL_DIR,
    text_field: Annotated[
        str | None,
        typer.Option(
            help="Report text field/column (JSONL/CSV; default: the model's training column if INPUT has "
            "it, else text)."
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="Input format: auto | jsonl | csv | hl7.")] = "auto",
    encoding: Encoding = "auto",
    delimiter: Delimiter = None,
    out_format: Annotated[str, typer.Option(help="Output format: auto (from --out) | jsonl | csv.")] = "auto",
    out_delimiter: Annotated[
        str | None,
        typer.Option(help="CSV output delimiter (',' ';' 'tab' '|'); default: the input CSV's, else ','."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing OUTPUT file.")] = False,
    prefix: Annotated[str, typer.Option(help="Prefix for the added columns (if the input has them).")] = "",
    batch_size: Annotated[int, typer.Option(min=1, help="Reports per model call.")] = 256,
    policy: Annotated[
        str, typer.Option(envvar="TRIAGE_DECISION_POLICY", help="Decision policy: ensemble | model | rules.")
    ] = "ensemble",
    rules_terms_file: Annotated[
        Path | None, typer.Option(envvar="TRIAGE_RULES_TERMS_FILE", help="A site's extra ICH terms (JSON).")
    ] = None,
    device: Device = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Decide every report as the daemon does (site threshold, headings, procedure filter): one output row
    each with probability (network), rule_assertion (ConText rules), prediction (0/1 under the decision
    policy), policy_score (the policy's ranking score), decided_by, priority (a positive's worklist priority),
    policy, threshold and model_version; input
    fields are kept unchanged. Bad rows are reported (line number; the first ten, then a count per reason)
    and skipped. A CSV output keeps the input's delimiter, with a UTF-8 byte-order mark when the input had
    one or another encoding (Excel)."""
    from tqdm.auto import tqdm

    from triage.model.scorer import Scorer
    from triage.offline.labeling import input_format, label_file
    from triage.offline.tables import LIST_LIMIT
    from triage.pipeline.decision import DecisionCore
    from triage.pipeline.policy import POLICIES
    from triage.rules.shared import shared_engine

    if policy not in POLICIES:
        raise ConfigError(f"unknown decision policy {policy!r} (one of: {', '.join(POLICIES)})")
    from triage.commands.model_check import require_model_dir
    from triage.config import load_settings

    site = load_settings()
    require_model_dir(
        model, None if model == DEFAULT_MODEL_DIR or os.environ.get("TRIAGE_MODEL_DIR") else model
    )
    if not input_path.exists():
        raise InputFileError(f"{input_path} does not exist")
    _check_out_file(out, force)
    read_options = _read_options(encoding, delimiter)
    if input_format(input_path, fmt) != "hl7":  # the column, checked before the (slow) model load
        text_field, _ = _pick_columns(input_path, read_options, model, text_field, with_label=False)
    shown = 0

    def on_problem(message: str) -> None:
        nonlocal shown
        shown += 1
        if shown <= LIST_LIMIT:
            tqdm.write(message, file=_stderr())

    # the decision core with the site's settings (threshold, headings, procedure filter), as the daemon's
    core = DecisionCore(
        Scorer.load(model, device=device),
        site.pipeline,
        rules=shared_engine(rules_terms_file or site.rules_terms_file),
        policy=policy,  # type: ignore[arg-type]
    )
    summary = label_file(
        core,
        input_path,
        out,
        text_field=text_field or "text",
        fmt=fmt,
        out_fmt=out_format,
        prefix=prefix,
        batch_size=batch_size,
        progress=not quiet,
        on_problem=on_problem,
        read_options=read_options,
        out_delimiter=out_delimiter,
    )
    if len(summary.problems) > LIST_LIMIT:
        _echo_err(f"... {len(summary.problems) - LIST_LIMIT} more not listed; by reason:")
        for reason, count in summary.reasons.most_common():
            _echo_err(f"{input_path.name}: {count} skipped: {reason}")
    line = (
        f"labeled {summary.scored} report(s), {summary.positives} positive ({policy} policy, threshold "
        f"{summary.threshold:.4f}, {summary.model_version}) -> {out}"
    )
    if summary.bad or summary.skipped:
        line += f"; {summary.bad} bad row(s) and {summary.skipped} non-report(s) skipped (see above)"
    _echo_err(line)


def _stderr() -> Any:
    import sys

    return sys.stderr


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""
    app.command("train")(train)
    app.command("evaluate")(evaluate)
    app.command("label")(label)
    app.add_typer(embeddings_app, name="embeddings")
