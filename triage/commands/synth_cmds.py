"""`triage synth`: write a labeled synthetic head-CT corpus (JSONL, CSV) or the same reports as HL7 ORU."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from tqdm import tqdm

from triage.errors import ConfigError, InputFileError
from triage.synth.corpus import PAPER_POSITIVE_RATE, iter_reports, write_csv, write_jsonl


class SynthFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    hl7 = "hl7"


def _check_out(out: Path, fmt: SynthFormat) -> None:
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
    fmt: SynthFormat = typer.Option(
        SynthFormat.jsonl, "--format", help="jsonl, csv or hl7 (ORU^R01 v2.5.1)."
    ),
    hl7_layout: str = typer.Option(
        "headings", "--hl7-layout", help="OBX layout for --format hl7: headings, impression_obx or loinc."
    ),
) -> None:
    """Generate a labeled synthetic head-CT report corpus (deterministic per seed).

    --format hl7 writes final (F) ORU^R01 messages: one file per report into the --out directory, or a single
    FHS/BHS batch file when --out ends in .hl7."""
    if n < 0:
        raise ConfigError(f"--n must be >= 0, got {n}")
    if not 0.0 <= positive_rate <= 1.0:
        raise ConfigError(f"--positive-rate must be between 0 and 1, got {positive_rate}")
    if not 0.0 <= label_noise <= 1.0:
        raise ConfigError(f"--label-noise must be between 0 and 1, got {label_noise}")
    from triage.synth.oru import LAYOUTS, write_hl7

    if hl7_layout not in LAYOUTS:
        raise ConfigError(f"--hl7-layout must be one of {', '.join(LAYOUTS)}, got {hl7_layout!r}")
    _check_out(out, fmt)
    reports = tqdm(
        iter_reports(n, positive_rate=positive_rate, label_noise=label_noise, seed=seed),
        total=n,
        desc="synth",
        unit="report",
        disable=n < 2000,
    )
    if fmt is SynthFormat.jsonl:
        count = write_jsonl(reports, out)
    elif fmt is SynthFormat.csv:
        count = write_csv(reports, out)
    else:
        count = write_hl7(reports, out, layout=hl7_layout)
    typer.echo(f"wrote {count} reports to {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""
    app.command("synth")(synth)
