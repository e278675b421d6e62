"""`triage mine`: topic models of a report collection, after the second paper (triage.drift.topics).

`mine fit DATA --out DIR` chooses the number of topics by held-out perplexity and saves the model;
`mine describe DATA --model DIR` labels each report with its dominant topic and prints the topic shares, and
their Jensen-Shannon divergence from the model's reference mixture (triage.drift.divergence). Output holds
ids, topic numbers, shares and vocabulary words, never report text.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import typer
from tqdm import tqdm

from triage.errors import ConfigError, InputFileError
from triage.offline.outputs import partial_dir, partial_file


def _grid(text: str) -> tuple[int, ...]:
    try:
        grid = tuple(sorted({int(part) for part in text.split(",") if part.strip()}))
    except ValueError:
        raise ConfigError(f"--grid must be comma-separated integers, got {text!r}") from None
    if not grid or min(grid) < 1:
        raise ConfigError(f"--grid needs topic numbers >= 1, got {text!r}")
    return grid


def _classifier_reference(rows: list, vocab: dict[str, int], model_version: str) -> dict[str, object]:
    """Manifest fields: the classifier beside which the topics ship, and the mean unknown-token share of
    the reports' scored text (conclusion extracted as the daemon does) against its vocabulary."""
    import numpy as np

    from triage.model.embeddings import unknown_share
    from triage.text import extract_impression, tokenize

    shares = [unknown_share(tokenize(extract_impression(r.text)[0]), vocab) for r in rows]
    return {
        "classifier_model_version": model_version,
        "reference_unknown_share": round(float(np.mean(shares)), 6),
    }


def fit_command(
    data: Path = typer.Argument(
        ..., metavar="DATA", help="Reports as JSONL/CSV with a text field (e.g. `triage synth` output)."
    ),
    out: Path = typer.Option(..., "--out", help="Directory for the topic model (created)."),
    grid: str = typer.Option(
        "5,10,20,40,80", "--grid", help="Numbers of topics to compare (comma-separated)."
    ),
    heldout: float = typer.Option(0.2, "--heldout", help="Share of documents held out to score perplexity."),
    passes: int = typer.Option(5, "--passes", help="LDA passes over the corpus."),
    seed: int = typer.Option(0, "--seed", help="Random seed (split and LDA)."),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the full report text."),
    top: int = typer.Option(10, "--top", help="Top words per topic in the table."),
    classifier: Path | None = typer.Option(
        None,
        "--classifier",
        help="Classifier artifact the topics ship beside: record its version and the reference unknown-token "
        "share of DATA against its vocabulary (what `audit drift` and the daemon compare with).",
    ),
) -> None:
    """Fit LDA topic models on the full report text for each k of --grid on 80 % of DATA, keep the k with
    the lowest held-out perplexity, refit on all of DATA and save it with a perplexity curve (PNG), a
    top-words table and a manifest (versions, data sha256, k, grid, perplexities)."""
    from triage.commands.extras import require_extra

    require_extra("train", "mine fit")  # the perplexity plot
    from triage.drift import store, topics
    from triage.offline import tables
    from triage.offline.drift_report import write_perplexity_plot

    k_grid = _grid(grid)
    if not 0.0 < heldout < 1.0:
        raise ConfigError(f"--heldout must be between 0 and 1, got {heldout}")
    if passes < 1:
        raise ConfigError(f"--passes must be >= 1, got {passes}")
    if out.exists() and not out.is_dir():
        raise InputFileError(f"--out {out} exists and is not a directory")
    from triage.offline.tables import require_file

    require_file(data)
    vocab = store.classifier_vocab(classifier) if classifier is not None else None
    rows = list(tables.iter_texts(data, text_field))
    docs = [
        topics.report_tokens(r.text)
        for r in tqdm(rows, desc="normalize", unit="report", leave=False, disable=None)
    ]
    if len(docs) < 10:
        raise InputFileError(f"{data}: {len(docs)} reports; a topic model needs at least 10")
    cfg = topics.FitConfig(seed=seed, passes=passes, heldout=heldout)
    try:
        selection = topics.choose_k(docs, k_grid, cfg)
    except ValueError as exc:
        raise InputFileError(f"{data}: {exc}") from None
    dictionary = topics.make_dictionary(docs, cfg)
    model = topics.fit_lda(dictionary, docs, selection.k, cfg)
    reference = topics.topic_shares(topics.document_topics(model, dictionary, docs))
    words = topics.top_words(model, top)
    with partial_dir(out, whole=False) as work:  # the model's files together or none; other files kept
        manifest = store.save_topic_model(
            work,
            model,
            dictionary,
            words=words,
            grid=selection.grid,
            perplexities=selection.perplexities,
            plot=write_perplexity_plot,
            manifest_extra={
                "data": {
                    "path": str(data),
                    "sha256": store.file_sha256(data),
                    "documents": len(docs),
                    "train_documents": len(selection.train),
                    "heldout_documents": len(selection.heldout),
                    "text_field": text_field,
                },
                "fit": cfg.as_dict(),
                "selection": "lowest held-out perplexity over the grid (ties: smaller k); final model "
                "refitted on every document",
                "reference_shares": [round(float(x), 6) for x in reference],
                **(_classifier_reference(rows, *vocab) if vocab is not None else {}),
            },
        )
    typer.echo("k\theld-out perplexity")
    for k, p in zip(selection.grid, selection.perplexities, strict=True):
        typer.echo(f"{k}\t{p:.2f}" + ("\t<- chosen" if k == selection.k else ""))
    typer.echo(f"\ntop words of the {manifest['k']} topics (share of the fitted reports):")
    for t, topic in enumerate(words):
        typer.echo(f"{t}\t{reference[t]:.3f}\t" + " ".join(w for w, _ in topic))
    if "reference_unknown_share" in manifest:
        typer.echo(
            f"\nunknown-token share against {manifest['classifier_model_version']}: "
            f"{manifest['reference_unknown_share']:.4f}"
        )
    typer.echo(f"\nwrote {out} ({store.PLOT_FILE}, {store.TOPICS_FILE}, {store.MANIFEST_FILE})")


def describe_command(
    data: Path = typer.Argument(..., metavar="DATA", help="Reports as JSONL/CSV with a text field."),
    model_dir: Path = typer.Option(..., "--model", help="Topic-model directory from `triage mine fit`."),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the full report text."),
    out: Path | None = typer.Option(
        None, "--out", help="Also write one JSON line per report: id, dominant topic, topic shares."
    ),
    per_report: bool = typer.Option(
        True, "--per-report/--summary-only", help="Print the dominant topic of every report."
    ),
) -> None:
    """Label each report with its dominant topic and print the topic shares of DATA next to the model's
    reference mixture, with their Jensen-Shannon divergence (the drift score)."""
    from triage.drift import divergence, store, topics
    from triage.offline import tables

    tables.require_file(data)
    model, dictionary, manifest = store.load_topic_model(model_dir)
    rows = list(tables.iter_texts(data, text_field))
    if not rows:
        raise InputFileError(f"{data} holds no reports")
    shares = topics.document_topics(
        model,
        dictionary,
        (topics.report_tokens(r.text) for r in tqdm(rows, desc="describe", unit="report", disable=None)),
    )
    dominant = topics.dominant_topics(shares)
    with contextlib.ExitStack() as stack:
        handle = None
        if out is not None:  # --out whole or not at all: OUT.partial until the last line
            handle = stack.enter_context(stack.enter_context(partial_file(out)).open("w", encoding="utf-8"))
        for row, top, mix in zip(rows, dominant, shares, strict=True):
            if per_report:
                typer.echo(f"{row.id}\ttopic {int(top)}\t{mix[top]:.3f}")
            if handle is not None:
                record = {"id": row.id, "topic": int(top), "shares": [round(float(x), 4) for x in mix]}
                handle.write(json.dumps(record) + "\n")
    mixture = topics.topic_shares(shares)
    reference = manifest.get("reference_shares")
    words = manifest.get("top_words") or [[] for _ in mixture]
    typer.echo(f"\ntopic\tshare\treference\treports\ttop words   ({len(rows)} reports, k={len(mixture)})")
    counts = [int((dominant == t).sum()) for t in range(len(mixture))]
    for t, share in enumerate(mixture):
        ref = f"{reference[t]:.3f}" if reference else "-"
        typer.echo(f"{t}\t{share:.3f}\t{ref}\t{counts[t]}\t" + " ".join(words[t][:6]))
    if reference:
        score = divergence.js_divergence(reference, mixture)
        typer.echo(f"\nJensen-Shannon divergence from the reference mixture: {score:.4f}")


def register(app: typer.Typer) -> None:
    """The `triage mine` group."""
    mine_app = typer.Typer(
        help="Topic models of report collections (LDA, k by held-out perplexity).", no_args_is_help=True
    )
    mine_app.command("fit")(fit_command)
    mine_app.command("describe")(describe_command)
    app.add_typer(mine_app, name="mine")
