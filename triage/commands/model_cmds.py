"""The paper's recipe on the command line: `train`, `evaluate`, `embeddings similar`, `label`.

Heavy imports (torch, gensim, sklearn) happen inside the commands so that `triage --help` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from triage.commands.interrupts import stops_cleanly
from triage.config import DEFAULT_MODEL_DIR
from triage.errors import ConfigError

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
        help="Input encoding: auto (UTF-8 with or without BOM, UTF-16 with or without) or a codec name "
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


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


def train(
    data: Annotated[
        Path,
        typer.Argument(metavar="DATA", help="Labeled reports (JSONL or CSV with text and label fields)."),
    ],
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
            "UTF-16 with or without) or a codec name (default: the same as --encoding)."
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
    from triage.model.config import DEFAULT_GRID, load_config_file, make_config
    from triage.offline.train_run import train_artifact

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
    grid_spec = (load_config_file(grid_file) if grid_file else DEFAULT_GRID) if grid or grid_file else None
    with stops_cleanly(out):  # built in OUT.partial/, OUT only once complete (train_artifact)
        manifest = train_artifact(
            data,
            out,
            cfg,
            grid=grid_spec,
            read_options=_read_options(encoding, delimiter, positive_values, negative_values),
            unlabeled=unlabeled,
            unlabeled_options=_read_options(unlabeled_encoding or encoding, delimiter),
            site_labels=site_labels,
            site_weight=site_weight,
            site_cv=site_cv,
            site_cv_geometry=site_cv_geometry,
            force=force,
            progress=not quiet,
            log=_echo_err,
        )
    test = manifest["metrics"]["test"]
    typer.echo(
        f"{manifest['model_version']}: test AUC {test['auc']:.4f}, threshold {manifest['threshold']:.4f} "
        f"-> {out}"
    )


def evaluate(
    artifact: Annotated[Path, typer.Argument(metavar="ARTIFACT", help="Model artifact directory.")],
    data: Annotated[
        Path,
        typer.Argument(
            metavar="DATA",
            help="Labeled reports (JSONL or CSV); - reads stdin (JSONL when it starts with {, else CSV).",
        ),
    ],
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
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Write into an existing non-empty OUT (its files of the same names replaced)."
        ),
    ] = False,
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
    from triage.offline.tables import (
        check_out_dir,
        existing_input,
        pick_columns,
        readable_again,
        require_file,
    )

    # an earlier run's results are never silently mixed with this one's: a non-empty OUT needs --force
    check_out_dir(out, force, artifact=False)
    # `-` (standard input) fed by a pipe is copied once: a table is read more than once
    with readable_again(existing_input(data)) as data:
        require_file(data)
        if validation is not None:
            require_file(validation, "--validation")

        read_options = _read_options(encoding, delimiter, positive_values, negative_values)
        # the columns are checked before the (slow) model load
        text_field, label_field = pick_columns(data, read_options, artifact, text_field, label_field)
        if validation is not None:
            pick_columns(validation, read_options, artifact, text_field, label_field)

        from triage.config import load_settings
        from triage.offline.evaluation import table_one_markdown
        from triage.offline.outputs import partial_dir
        from triage.offline.policy_evaluation import write_policy_reports
        from triage.offline.runs import evaluate_run
        from triage.rules.shared import shared_engine

        site = load_settings()
        rules = shared_engine(rules_terms_file or site.rules_terms_file)
        # every file is written in OUT.partial/ and moved into OUT once all are: a stop leaves OUT as it was
        with stops_cleanly(out), partial_dir(out, whole=False) as work:
            run = evaluate_run(
                artifact,
                data,
                work,
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
            report = write_policy_reports(run, site.pipeline, rules, work)
    metrics = run.metrics
    # the network's own numbers first, named so: the policies' table below decides the same reports otherwise
    typer.echo(
        f"network alone (CNN-LSTM probability at its threshold; the decision policies below): "
        f"ROC AUC {metrics['auc']:.4f}  threshold {metrics['threshold']:.4f}  (n={metrics['n']})"
    )
    typer.echo(table_one_markdown(metrics["table_1"]))
    if "vs_true_labels" in metrics:
        typer.echo(f"ROC AUC against true labels {metrics['vs_true_labels']['auc']:.4f}")
    typer.echo(report.policies_md)
    typer.echo(report.clinical_md)
    typer.echo(f"written to {out}")


embeddings_app = typer.Typer(help="word2vec embeddings inside a model artifact.", no_args_is_help=True)


@embeddings_app.command("similar")
def similar(
    word: Annotated[str, typer.Argument(metavar="WORD", help="A word (normalized: lowercase).")],
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
        Path,
        typer.Argument(
            metavar="INPUT",
            help="JSONL, CSV, an .hl7 file, a directory or a pipe; - reads stdin (told by its first bytes:"
            " MSH/FHS/BHS HL7, { JSON lines, else CSV; or --format).",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Output file: .csv/.tsv is CSV, another name JSON lines (or --out-format); .gz: gzip'd.",
        ),
    ],
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
        typer.Option(
            help="CSV output delimiter (',' ';' 'tab' '|'); default: as OUTPUT is named, .tsv tab, .csv ',' "
            "(';' for a ';' input); another name: the input CSV's, else ','."
        ),
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
    and skipped. A CSV output's delimiter is the one its name says (.tsv tab, .csv comma, or ';' for a ';'
    input), with a UTF-8 byte-order mark when the input had one or another encoding (Excel)."""
    from tqdm.auto import tqdm

    from triage.commands.model_check import FirstProblems, require_model_option
    from triage.config import load_settings
    from triage.offline.labeling import label_reports
    from triage.offline.tables import LIST_LIMIT

    site = load_settings()
    require_model_option(model)
    on_problem = FirstProblems(lambda message: tqdm.write(message, file=_stderr()), LIST_LIMIT)

    with stops_cleanly(out):  # OUT.partial until the last row (triage.offline.labeling)
        summary = label_reports(
            model,
            input_path,
            out,
            site.pipeline,  # the site's threshold, headings and procedure filter, as the daemon's
            policy=policy,
            rules_terms_file=rules_terms_file,
            device=device,
            text_field=text_field,
            fmt=fmt,
            force=force,
            read_options=_read_options(encoding, delimiter),
            out_fmt=out_format,
            out_delimiter=out_delimiter,
            prefix=prefix,
            batch_size=batch_size,
            progress=not quiet,
            on_problem=on_problem,
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
