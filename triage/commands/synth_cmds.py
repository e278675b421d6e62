"""`triage synth`: write a labeled synthetic report corpus (JSONL, CSV) or the same reports as HL7 ORU;
`triage shortcuts`: audit a labeled JSONL corpus for words that give the class away."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from tqdm import tqdm

from triage.errors import ConfigError, InputFileError
from triage.offline.compressed import inner_suffix
from triage.offline.synth.corpus import PAPER_POSITIVE_RATE, iter_reports, write_csv, write_jsonl
from triage.offline.synth.shortcuts import DEFAULT_MIN_DF, DEFAULT_RATIO, audit, format_table, load_lexicon


class SynthFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    hl7 = "hl7"


def _check_out(out: Path, fmt: SynthFormat) -> None:
    if fmt is SynthFormat.hl7 and out.suffix.lower() == ".gz":
        raise InputFileError(f"--out {out}: HL7 is written as plain files (a directory or *.hl7), not gzip'd")
    if fmt is SynthFormat.hl7 and out.suffix.lower() != ".hl7":
        if out.exists() and not out.is_dir():
            raise InputFileError(
                f"--out {out} exists and is not a directory (HL7 output: a directory or *.hl7)"
            )
        return
    if out.exists() and out.is_dir():
        raise InputFileError(f"--out {out} is a directory; give a file name")
    if not out.parent.exists():
        raise InputFileError(f"--out {out}: directory {out.parent} does not exist")


def synth(
    out: Path = typer.Option(
        ..., "--out", help="Output file (.jsonl/.csv), or for --format hl7 a directory or *.hl7"
    ),
    n: int = typer.Option(12852, "--n", help="Number of reports (the paper had 12,852 labeled ones)."),
    positive_rate: float = typer.Option(
        PAPER_POSITIVE_RATE, "--positive-rate", help="Exact share of ICH positives."
    ),
    label_noise: float = typer.Option(
        0.0, "--label-noise", help="Share of labels flipped (true_label is kept)."
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed; same seed, same corpus."),
    fmt: SynthFormat | None = typer.Option(
        None,
        "--format",
        help="jsonl, csv or hl7 (ORU^R01 v2.5.1); default: from --out (.csv, .hl7, else jsonl).",
    ),
    hl7_layout: str = typer.Option(
        "headings", "--hl7-layout", help="OBX layout for --format hl7: headings, impression_obx or loinc."
    ),
) -> None:
    """Generate a labeled synthetic head-CT report corpus (deterministic per seed).

    --format hl7 writes final (F) ORU^R01 messages: one file per report into the --out directory, or a single
    FHS/BHS batch file when --out ends in .hl7. A name ending in .gz is written gzip'd (reports.csv.gz)."""
    if n < 0:
        raise ConfigError(f"--n must be >= 0, got {n}")
    if not 0.0 <= positive_rate <= 1.0:
        raise ConfigError(f"--positive-rate must be between 0 and 1, got {positive_rate}")
    if not 0.0 <= label_noise <= 1.0:
        raise ConfigError(f"--label-noise must be between 0 and 1, got {label_noise}")
    from triage.offline.synth.oru import LAYOUTS, write_hl7

    if hl7_layout not in LAYOUTS:
        raise ConfigError(f"--hl7-layout must be one of {', '.join(LAYOUTS)}, got {hl7_layout!r}")
    if fmt is None:  # from the name, as label names its output: reports.csv.gz is a gzip'd CSV
        fmt = SynthFormat.csv if inner_suffix(out) == ".csv" else SynthFormat.jsonl
        fmt = SynthFormat.hl7 if out.suffix.lower() == ".hl7" else fmt
    _check_out(out, fmt)
    reports = tqdm(
        iter_reports(n, positive_rate=positive_rate, label_noise=label_noise, seed=seed),
        total=n,
        desc="synth",
        unit="report",
        disable=True if n < 2000 else None,  # None: no bar when stderr is not a terminal
    )
    from triage.commands.interrupts import stops_cleanly
    from triage.offline.outputs import partial_dir, partial_file

    # written as OUT.partial (a folder of HL7 files: OUT.partial/, moved into OUT) and renamed once complete
    folder = fmt is SynthFormat.hl7 and out.suffix.lower() != ".hl7"
    with stops_cleanly(out), partial_dir(out, whole=False) if folder else partial_file(out) as work:
        if fmt is SynthFormat.jsonl:
            count = write_jsonl(reports, work, named=out)  # gzip'd when OUT ends in .gz
        elif fmt is SynthFormat.csv:
            count = write_csv(reports, work, named=out)
        else:
            count = write_hl7(reports, work, layout=hl7_layout, batch=not folder)
    typer.echo(f"wrote {count} reports to {out}", err=True)


def _read_labeled(path: Path) -> tuple[list[str], list[int]]:
    """Texts and labels (``true_label`` when present, else ``label``) of a corpus: JSONL or CSV, also
    gzip'd, read as `triage train` reads them (triage.offline.tables)."""
    from triage.offline.tables import iter_texts, require_file

    rows = list(iter_texts(require_file(path), labeled=True))
    labels = [int(row.label or 0) for row in rows]
    if 0 in labels and 1 in labels:
        return [row.text for row in rows], labels
    raise InputFileError(f"{path}: needs reports of both classes, got {len(labels)} rows")


MIN_CLASS_FOR_AUDIT = 1000


def shortcuts(
    data: Path = typer.Argument(
        ..., metavar="DATA", help="Labeled JSONL or CSV (text, and true_label or label)."
    ),
    ratio: float = typer.Option(DEFAULT_RATIO, "--ratio", help="Flag tokens this many times more frequent."),
    min_df: float = typer.Option(DEFAULT_MIN_DF, "--min-df", help="Ignore tokens rarer than this share."),
) -> None:
    """Shortcut audit: tokens outside the ICH lexicon more than --ratio times as frequent in one class
    (document frequency over the whole normalized text, at least --min-df in that class).

    Prints token, df in positives, df in negatives, ratio; exits 1 when any offender exists. Never prints
    report text."""
    if ratio <= 1.0 or not 0.0 <= min_df <= 1.0:
        raise ConfigError(f"--ratio must be > 1 and --min-df between 0 and 1, got {ratio} and {min_df}")
    texts, labels = _read_labeled(data)
    lexicon = load_lexicon()
    offenders = audit(texts, labels, allowed=lexicon.tokens, ratio=ratio, min_df=min_df)
    n_pos = sum(labels)
    typer.echo(
        f"{len(labels)} reports ({n_pos} positive, {len(labels) - n_pos} negative), "
        f"lexicon {lexicon.version}: {len(offenders)} offender(s) (ratio > {ratio:g}, df >= {min_df:.0%})"
    )
    typer.echo(format_table(offenders))
    smaller = min(n_pos, len(labels) - n_pos)
    if smaller < MIN_CLASS_FOR_AUDIT:
        # a rare word seen in one report of a small class passes the df bar by chance
        typer.echo(
            f"triage: warning: the smaller class has {smaller} reports (< {MIN_CLASS_FOR_AUDIT}): rare words "
            "can cross the ratio by chance; audit a corpus of the size you train on",
            err=True,
        )
    if offenders:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""
    app.command("synth")(synth)
    app.command("shortcuts")(shortcuts)
