"""Batch labeling (`triage label`): the paper's real use, scoring a pile of unlabeled reports with the model.

Input: JSONL or CSV (one report per row, text in `text_field`) or HL7 v2 (one message per file, a directory
of such files, or batch files with several messages). Output: one row per report, every input field unchanged
plus `probability` (the network), `rule_assertion` (the ConText rule tier), `prediction` (0/1 under the
decision policy, default ensemble), `policy_score` (that policy's ranking score: the ROC of what the product
decides), `decided_by`, `priority` (a positive's worklist priority, triage.priority; empty for a negative),
`policy`, `threshold` (the network threshold held against) and `model_version`; an
input column called `label` stays the user's. HL7 rows carry ids (file, message_index, order_index,
control_id, accession, result_status), never text.

Every decision is the decision core's (triage.pipeline.decision), with the site's settings (threshold,
conclusion headings, procedure filter for HL7): the daemon's decision for the same report. HL7 messages the
daemon does not score (not an ORU, cancelled, filtered by procedure) are reported and skipped; those it
dead-letters (no accession, parse errors, empty impression, a report the rule tier cannot read) are reported
as bad rows.

A bad row (invalid JSON, missing text, wrong field count, unparseable HL7 message) is reported on `on_problem`
with its line number / message index and counted; it is skipped, never dropped silently. The output file is
written to a temporary name and renamed at the end, so a crash never leaves a half-written result behind.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tqdm.auto import tqdm

from triage.config import PipelineSettings
from triage.core import Report
from triage.errors import ConfigError, InputFileError
from triage.offline.compressed import (
    GZIP_ERRORS,
    decompressed,
    inner_suffix,
    open_input,
    open_output,
    refuse_packed,
)
from triage.offline.outputs import partial_file
from triage.offline.tables import (
    DEFAULT_READ,
    ReadOptions,
    check_columns,
    check_out_file,
    csv_header,
    existing_input,
    iter_rows,
    output_encoding,
    pick_columns,
    readable_again,
    require_input,
    sniff_delimiter,
    table_format,
)
from triage.pipeline.decide import DEAD_LETTER, SCORE
from triage.pipeline.decision import Decision, DecisionCore, Failure
from triage.spreadsheet import escape, safe_dict_writer

InputFormat = Literal["auto", "jsonl", "csv", "hl7"]
OUTPUT_FIELDS = (
    "probability",
    "rule_assertion",
    "prediction",
    "policy_score",
    "decided_by",
    "priority",
    "policy",
    "threshold",
    "model_version",
)
HL7_FIELDS = ("file", "message_index", "order_index", "control_id", "accession", "result_status")
HL7_SUFFIXES = (".hl7", ".er7", ".oru", ".msg")


@dataclass
class LabelSummary:
    input: str
    output: str
    model_version: str
    threshold: float
    rows: int = 0  # reports or rows seen
    scored: int = 0
    positives: int = 0
    bad: int = 0  # reported and skipped
    skipped: int = 0  # HL7 messages that are not reports (ADT, ACK ...), reported and skipped
    problems: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)  # why rows were skipped -> how many


@dataclass
class _Item:
    """One thing to score: the output row (without scores), the scored text and where it came from (for a
    problem line: ``file:line`` or ``file: message N``)."""

    row: dict[str, Any]
    text: str
    where: str
    report: Report | None = None
    findings: str = ""  # the FINDINGS the scored text leaves out (DecisionCore.decide)


def input_format(path: Path, fmt: str = "auto") -> str:
    if fmt in ("jsonl", "csv", "hl7"):
        return fmt
    if fmt != "auto":
        raise InputFileError(f"unknown input format {fmt!r} (auto, jsonl, csv or hl7)")
    refuse_packed(path)  # an .xz, a .zip: said as what it is, not as an unknown extension
    if path.is_dir() or inner_suffix(path) in HL7_SUFFIXES:  # feed.hl7.gz too (triage.offline.compressed)
        return "hl7"
    if not inner_suffix(path) and not path.is_file():  # `-` fed by a pipe, a FIFO: nothing to go by
        raise InputFileError(
            f"cannot tell the format of {path} from its extension; pass --format jsonl|csv|hl7"
        )
    if not inner_suffix(path) and _starts_as_hl7(path):  # `triage label - < msg.hl7`: was read as a CSV
        return "hl7"
    return table_format(path, "auto")


# a message, a file or batch envelope, then its field separator (`MSH|`; a CSV column named MSH10 is no HL7)
_HL7_START = re.compile(rb"(?:MSH|FHS|BHS)[^A-Za-z0-9\s]")


def _starts_as_hl7(path: Path) -> bool:
    """Whether a file without an extension (standard input redirected from a file) holds HL7 v2: its first
    bytes, after blanks, a byte-order mark or MLLP's start block, are MSH, FHS or BHS."""
    try:
        with open_input(path) as handle:  # gzip'd too
            head = handle.read(64)
    except (OSError, *GZIP_ERRORS):
        return False
    return _HL7_START.match(head.lstrip(b"\xef\xbb\xbf \t\r\n\x0b")) is not None


# output names whose extension promises a format label never writes (a JSONL text named .xlsx is a "corrupt
# workbook" in Excel): refused before the model loads
_NOT_WRITTEN = (".xlsx", ".xls", ".ods", ".zip", ".bz2", ".xz", ".zst", ".parquet")


def output_format(path: Path, fmt: str = "auto") -> str:
    """``csv`` or ``jsonl`` from `fmt`, else from OUTPUT's extension (``labels.csv.gz``: CSV, written gzip'd:
    `compressed.open_output`); an extension of a format label cannot write is one error."""
    if fmt not in ("auto", "jsonl", "csv"):
        raise InputFileError(f"unknown output format {fmt!r} (auto, jsonl or csv)")
    suffix = path.suffix.lower()
    if suffix in _NOT_WRITTEN:
        raise InputFileError(
            f"--out {path}: label writes CSV or JSON lines, not {suffix}; name it .csv (Excel opens it), "
            f".jsonl, or either with .gz"
        )
    if fmt != "auto":
        return fmt
    return "csv" if inner_suffix(path) in (".csv", ".tsv") else "jsonl"


def output_delimiter(path: Path, input_delimiter: str | None) -> str:
    """A CSV output's delimiter (without --out-delimiter) as its name says: ``.tsv`` tab; ``.csv`` comma,
    or semicolon for a semicolon input (a spreadsheet in a locale whose list separator is ``;`` wrote it, and
    opens a ``.csv`` with it); another name (``--out-format csv``): the input CSV's delimiter, else comma."""
    suffix = inner_suffix(path)
    if suffix == ".tsv":
        return "\t"
    if suffix == ".csv":
        return ";" if input_delimiter == ";" else ","
    return input_delimiter or ","


def label_reports(
    model: Path,
    input_path: Path,
    output_path: Path,
    pipeline: PipelineSettings,
    *,
    policy: str = "ensemble",
    rules_terms_file: Path | None = None,
    device: str = "auto",
    text_field: str | None = None,
    fmt: str = "auto",
    force: bool = False,
    read_options: ReadOptions = DEFAULT_READ,
    out_fmt: str = "auto",
    out_delimiter: str | None = None,
    prefix: str = "",
    batch_size: int = 256,
    progress: bool = True,
    on_problem: Callable[[str], None] | None = None,
) -> LabelSummary:
    """`triage label` as one call: the policy, the input, the output path and the text column are checked
    before the (slow) model load; then the decision core is built from the site's `pipeline` slice (threshold,
    headings, procedure filter, as the daemon's) with `policy` and the rule tier of `rules_terms_file` (else
    the pipeline's), and every report is decided by label_file."""
    from triage.pipeline.policy import POLICIES

    # before importing torch/gensim (5 s) and loading the model: a typo is told at once
    if policy not in POLICIES:
        raise ConfigError(f"unknown decision policy {policy!r} (one of: {', '.join(POLICIES)})")
    input_path = require_input(input_path)  # `-`: standard input
    # from the name given; a pipe without one (`... | triage label -`) by its copy's first bytes, below, as a
    # file redirected into `-` is (and as `evaluate -` reads a pipe): it needed --format
    unnamed_pipe = fmt == "auto" and input_path.is_fifo() and not inner_suffix(input_path)
    kind = None if unnamed_pipe else input_format(input_path, fmt)
    output_format(output_path, out_fmt)
    check_out_file(output_path, force)
    check_out_folder(output_path)
    with readable_again(input_path) as source:  # a pipe is copied once: a table is read more than once
        if kind is None:
            kind = input_format(source, fmt)
        if kind != "hl7":
            text_field, _ = pick_columns(source, read_options, model, text_field, with_label=False, fmt=kind)
        from triage.model.scorer import Scorer
        from triage.rules.shared import shared_engine

        core = DecisionCore(
            Scorer.load(model, device=device),
            pipeline,
            rules=shared_engine(rules_terms_file or pipeline.rules_terms_file),
            policy=policy,  # type: ignore[arg-type]
        )
        return label_file(
            core,
            source,
            output_path,
            text_field=text_field or "text",
            fmt=kind,
            out_fmt=out_fmt,
            prefix=prefix,
            batch_size=batch_size,
            progress=progress,
            on_problem=on_problem,
            read_options=read_options,
            out_delimiter=out_delimiter,
        )


def label_file(
    core: DecisionCore,
    input_path: Path,
    output_path: Path,
    *,
    text_field: str = "text",
    fmt: str = "auto",
    out_fmt: str = "auto",
    prefix: str = "",
    batch_size: int = 256,
    progress: bool = True,
    on_problem: Callable[[str], None] | None = None,
    read_options: ReadOptions = DEFAULT_READ,
    out_delimiter: str | None = None,
) -> LabelSummary:
    """Decide every report of `input_path` with `core` (model, rules, policy, threshold and site settings)
    into `output_path`; see the module docstring. `read_options` the encoding and delimiter of a CSV/JSONL
    input (triage.offline.tables).

    A CSV output uses `out_delimiter`, else the one its name says (`output_delimiter`), and is written as
    UTF-8 with a byte-order mark when the input had one or was in another encoding (Excel then reads it
    right)."""
    input_path = existing_input(input_path)
    kind = input_format(input_path, fmt)
    out_kind = output_format(output_path, out_fmt)
    names = {name: f"{prefix}{name}" for name in OUTPUT_FIELDS}
    summary = LabelSummary(str(input_path), str(output_path), core.scorer.model_version, core.threshold)

    # problem lines are held until a report is decided or a message skipped: an input of which none is (a
    # text file named .hl7) is one error line, not a problem line per message above an empty output
    shown = 0  # how many of summary.problems went to on_problem

    def release() -> None:
        nonlocal shown
        if on_problem is not None:
            for line in summary.problems[shown:]:
                on_problem(line)
        shown = len(summary.problems)

    def problem(message: str, reason: str) -> None:
        summary.problems.append(message)
        summary.reasons[reason] += 1
        if summary.scored or summary.skipped:
            release()

    source = _source(core, input_path, kind, text_field, names, summary, problem, read_options)

    delimiter, encoding = None, "utf-8"
    if kind != "hl7" and out_kind == "csv":
        encoding = output_encoding(input_path, read_options.encoding)
        if kind == "csv":
            delimiter = sniff_delimiter(input_path, read_options)
    if out_delimiter is not None:
        delimiter = ReadOptions(delimiter=out_delimiter).delimiter or ","
    else:
        delimiter = output_delimiter(output_path, delimiter)
    check_out_folder(output_path)
    # OUT.partial until the last row: a stop (SIGTERM, Ctrl-C, an error) removes it; one a SIGKILL left
    # behind is overwritten by the next run
    with partial_file(output_path) as tmp, open_output(tmp, output_path, encoding) as handle:
        write = _writer(handle, out_kind, source.columns, delimiter)
        for decided in _decisions(core, source, kind, summary, problem, batch_size, progress):
            release()
            row = dict(decided.row)
            outcome = decided.decision
            row[names["probability"]] = outcome.probability
            row[names["rule_assertion"]] = outcome.rules.assertion
            row[names["prediction"]] = int(outcome.positive)
            row[names["policy_score"]] = outcome.policy_score
            row[names["decided_by"]] = outcome.verdict.decided_by
            row[names["priority"]] = outcome.priority
            row[names["policy"]] = outcome.policy
            row[names["threshold"]] = outcome.threshold
            row[names["model_version"]] = core.scorer.model_version
            write(row)
        if (
            summary.bad and summary.bad == summary.rows
        ):  # raised here: OUT.partial is removed, OUT not written
            raise nothing_read(input_path, summary, source.unit)
    release()
    return summary


def nothing_read(input_path: Path, summary: LabelSummary, unit: str) -> InputFileError:
    """The one error for an input of which no row or message could be read: how many and why (the reason
    codes and counts, never the content; a text file is not HL7, CSV or JSONL)."""
    why = ", ".join(f"{reason} ({count})" for reason, count in summary.reasons.most_common(3))
    more = "" if len(summary.reasons) <= 3 else f", {len(summary.reasons) - 3} more reason(s)"
    what = "message" if unit == "file" else "row"
    return InputFileError(
        f"{input_path}: no report could be read, all {summary.bad} {what}(s) are bad ({why}{more}); "
        "nothing written"
    )


def check_out_folder(output_path: Path) -> None:
    """The output's folder must exist: a typo in `--out` is one error line, not a tree of new folders."""
    if not output_path.parent.is_dir():
        raise InputFileError(
            f"--out {output_path}: folder {output_path.parent} does not exist; create it first"
        )


@dataclass(frozen=True, slots=True)
class Decided:
    """One report of a file with the core's decision: the input row (a table row's fields, or an HL7
    message's ids), the scored text (its conclusion), and the parsed message for HL7 input."""

    row: dict[str, Any]
    text: str
    decision: Decision
    report: Report | None = None
    findings: str = ""  # the FINDINGS the scored text leaves out (what `source="findings"` evidence indexes)


def decide_file(
    core: DecisionCore,
    input_path: Path,
    *,
    text_field: str = "text",
    fmt: str = "auto",
    batch_size: int = 256,
    progress: bool = False,
    on_problem: Callable[[str], None] | None = None,
    read_options: ReadOptions = DEFAULT_READ,
) -> Iterator[Decided]:
    """`label_file`'s reading and deciding without the writing: every report of `input_path` the core
    decides, in order, with its decision (for callers that need more than the label file's columns, such as
    `triage review init`); bad rows and unscored messages are reported on `on_problem` and skipped."""
    input_path = existing_input(input_path)
    kind = input_format(input_path, fmt)
    summary = LabelSummary(str(input_path), "", core.scorer.model_version, core.threshold)

    def problem(message: str, reason: str) -> None:
        summary.reasons[reason] += 1
        if on_problem is not None:
            on_problem(message)

    source = _source(core, input_path, kind, text_field, {}, summary, problem, read_options)
    yield from _decisions(core, source, kind, summary, problem, batch_size, progress)


@dataclass(frozen=True)
class _Source:
    items: Iterator[_Item | None]  # lazy: nothing is read before the first item is asked for
    columns: list[str]  # the output columns (input columns, then `names`)
    total: int  # files (HL7) or rows, for the progress bar
    unit: str


def _source(
    core: DecisionCore,
    path: Path,
    kind: str,
    text_field: str,
    names: dict[str, str],
    summary: LabelSummary,
    problem: Callable[[str, str], None],
    options: ReadOptions,
) -> _Source:
    """What to read; a directory without HL7 files or a missing text column is an error here, before any
    output is opened."""
    if kind == "hl7":
        files = _hl7_files(path)
        return _Source(
            _hl7_items(core, files, summary, problem), [*HL7_FIELDS, *names.values()], len(files), "file"
        )
    columns, total = _table_columns(path, kind, text_field, names, options)
    return _Source(
        _table_items(core, path, kind, text_field, summary, problem, options), columns, total, "row"
    )


def _decisions(
    core: DecisionCore,
    source: _Source,
    kind: str,
    summary: LabelSummary,
    problem: Callable[[str, str], None],
    batch_size: int,
    progress: bool,
) -> Iterator[Decided]:
    """Decide in batches of `batch_size`, counting into `summary` (label_file and decide_file)."""
    # disable=None: no bar when stderr is not a terminal (a log file gets no carriage-return frames)
    with tqdm(
        total=source.total, desc="labeling", unit=source.unit, disable=None if progress else True
    ) as bar:
        pending: list[_Item] = []
        for item in _ticking(source.items, bar, kind):
            pending.append(item)
            if len(pending) >= batch_size:
                yield from _decide(core, pending, summary, problem)
        yield from _decide(core, pending, summary, problem)


def _ticking(items: Iterator[_Item | None], bar: tqdm, kind: str) -> Iterator[_Item]:
    """Advance the bar per row (tables) or per file (HL7: a None marks the end of one file)."""
    for item in items:
        if item is None:
            bar.update(1)
            continue
        if kind != "hl7":
            bar.update(1)
        yield item


def _decide(
    core: DecisionCore,
    pending: list[_Item],
    summary: LabelSummary,
    problem: Callable[[str, str], None],
) -> Iterator[Decided]:
    if not pending:
        return
    outcomes = _stoppable(
        core.decide_texts, [item.text for item in pending], [item.findings for item in pending]
    )
    for item, outcome in zip(pending, outcomes, strict=True):
        if isinstance(outcome, Failure):  # what the daemon dead-letters: reported, never dropped silently
            summary.bad += 1
            problem(f"{item.where}: {outcome.reason}: {outcome.error}; skipped", outcome.reason)
            continue
        summary.scored += 1
        summary.positives += int(outcome.positive)
        yield Decided(item.row, item.text, outcome, item.report, item.findings)
    pending.clear()


def _stoppable(call: Callable[..., list[Decision | Failure]], *args: Any) -> list[Decision | Failure]:
    """`call(*args)` in a worker thread while the main thread waits for it: the network's TorchScript call
    on a batch holds the main thread in C++ for seconds on a loaded box (12 s for 256 reports at load
    average 13 on 2 cores), where Python cannot run the SIGTERM/Ctrl-C handler, so `triage label` ended
    13 s after SIGTERM. A wait on a future is interrupted at once; the abandoned thread ends with the
    process (the CLI's os._exit after a stop). Outside the main thread (a library caller): a direct call."""
    if threading.current_thread() is not threading.main_thread():
        return call(*args)
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="label-decide")
    try:
        return worker.submit(call, *args).result()
    finally:
        worker.shutdown(wait=False)


def _writer(
    handle: Any, kind: str, columns: list[str], delimiter: str = ","
) -> Callable[[dict[str, Any]], None]:
    """A function writing one output row (JSONL line, or CSV record after the header written here)."""
    if kind == "jsonl":
        return lambda row: handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    # cells a spreadsheet would run as a formula are written as text (triage.spreadsheet)
    write_row = safe_dict_writer(handle, columns, extrasaction="ignore", delimiter=delimiter)

    def write(row: dict[str, Any]) -> None:
        write_row({k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()})

    return write


# ---------------------------------------------------------------- JSONL / CSV


def _table_columns(
    path: Path, kind: str, text_field: str, names: dict[str, str], options: ReadOptions = DEFAULT_READ
) -> tuple[list[str], int]:
    """Output columns (input columns in order + ours) and a row count (records, not lines: report text
    spans lines); never overwrites an input column."""
    if kind == "csv":
        columns = csv_header(path, "csv", options) or []
        if columns:  # the columns named only when they read as names (a plain-text file's first line: PHI)
            check_columns(path, columns, {text_field: "--text-field"})
        total = sum(1 for _ in iter_rows(path, "csv", options))
    else:
        seen: dict[str, None] = {}
        total = 0
        for row in iter_rows(path, "jsonl", options):
            total += 1
            if row.data is not None:
                seen.update(dict.fromkeys(row.data))
        columns = list(seen)
    twins = sorted({c for c in columns if c != escape(c) and escape(c) in columns})
    if twins:  # '=a' and "'=a" would both be written as "'=a" (triage.spreadsheet)
        raise InputFileError(
            f"{path} has columns {', '.join(repr(c) for c in twins)} and the same names after a quote: a CSV "
            f"output would write both with one name; rename one"
        )
    clash = [n for n in names.values() if n in columns]
    if clash:
        raise InputFileError(
            f"{path} already has column(s) {', '.join(clash)}; pass --prefix (e.g. --prefix ich_) so that "
            f"input fields are kept unchanged"
        )
    return [*columns, *names.values()], total


def _table_items(
    core: DecisionCore,
    path: Path,
    kind: str,
    text_field: str,
    summary: LabelSummary,
    problem: Callable[[str, str], None],
    options: ReadOptions = DEFAULT_READ,
) -> Iterator[_Item]:
    for row in iter_rows(path, kind, options):  # type: ignore[arg-type]
        summary.rows += 1
        if row.data is None:
            summary.bad += 1
            problem(f"{path.name}:{row.line}: {row.error}; row skipped", str(row.error))
            continue
        text = row.data.get(text_field)
        if not isinstance(text, str) or not text.strip():
            summary.bad += 1
            what = "missing" if text is None else f"not text ({type(text).__name__})"
            if isinstance(text, str):
                what = "empty"
            reason = f"field {text_field!r} is {what}"
            problem(f"{path.name}:{row.line}: {reason}; row skipped", reason)
            continue
        scored, findings = core.conclusion(text)
        yield _Item(row.data, scored, f"{path.name}:{row.line}", findings=findings)


# ---------------------------------------------------------------- HL7


def _hl7_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob("*") if p.is_file() and inner_suffix(p) in HL7_SUFFIXES)
    if not files:
        raise InputFileError(f"{path} holds no HL7 files ({', '.join(HL7_SUFFIXES)})")
    return files


def _hl7_items(
    core: DecisionCore,
    files: list[Path],
    summary: LabelSummary,
    problem: Callable[[str, str], None],
) -> Iterator[_Item | None]:
    """Every message of every file, classified by the core as the daemon classifies it."""
    for file in files:
        try:
            data = decompressed(file, file.read_bytes())
        except OSError as exc:
            summary.rows += 1
            summary.bad += 1
            problem(f"{file}: cannot read ({exc.strerror}); file skipped", "file cannot be read")
            yield None
            continue
        except InputFileError as exc:  # a damaged gzip, a zip archive (triage.offline.compressed)
            summary.rows += 1
            summary.bad += 1
            problem(f"{exc}; file skipped", "file cannot be read")
            yield None
            continue
        for message in core.parse(data):
            summary.rows += 1
            where = f"{file.name}: message {message.result.message_index}"
            control_id = getattr(message.result, "control_id", None)
            control = f" (MSH-10 {control_id})" if control_id else ""
            message_type = getattr(message.result, "message_type", None)
            if message.action == DEAD_LETTER:
                summary.bad += 1
                problem(
                    f"{where}{control}: {message.reason}: {message.error}; message skipped",
                    str(message.reason),
                )
                continue
            if message.reason == "not_oru":
                summary.skipped += 1
                problem(
                    f"{where}{control}: {message_type} is not a report; skipped",
                    f"{message_type} is not a report",
                )
                continue
            report = message.result
            if message.action != SCORE or not isinstance(report, Report):  # cancelled, procedure filter
                summary.skipped += 1
                problem(
                    f"{where}{control}: not scored ({message.reason}: {message.detail}); skipped",
                    str(message.reason),
                )
                continue
            row = {
                "file": file.name,
                "message_index": report.message_index,
                "order_index": report.order_index,
                "control_id": report.control_id,
                "accession": report.accession,
                "result_status": str(report.result_status) if report.result_status else None,
            }
            yield _Item(row, report.impression, f"{where}{control}", report, report.findings)
        yield None
