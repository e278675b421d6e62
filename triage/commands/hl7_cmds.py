"""`triage parse FILE`: what the daemon extracts from one HL7 file, as JSON (for integration engineers)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from triage.errors import InputFileError


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `triage` app."""

    @app.command("parse")
    def parse_cmd(
        file: Path = typer.Argument(
            ..., metavar="FILE", help="HL7 v2 file (one message, a batch, or an MLLP capture); - reads stdin."
        ),
        validate: bool = typer.Option(
            False,
            "--validate",
            help="Also validate each message strictly with hl7apy; exit 1 if any has an error (too long"
            " values are warnings). Problems show severity, kind and position; hl7apy's text (it quotes"
            " values) only with --show-text.",
        ),
        show_text: bool = typer.Option(
            False,
            "--show-text",
            help="Include report text, scored text, its tokens, the evidence spans and PID-3 in clear (PHI!;"
            " without it PID-3 is its pid-sha256:/pid-hmac: key digest, as `triage tail` shows it).",
        ),
        max_bytes: int | None = typer.Option(None, "--max-bytes", help="Reject files larger than this."),
    ) -> None:
        """Print the fields, where the scored text was found, what the ConText rule tier asserts about it
        (assertion, concepts, evidence offsets) and the key images it cites (series, image range, sentence,
        offsets) for each message as JSON (a list when the file holds several
        messages). `accession_source` names the field the accession was read from (TRIAGE_ACCESSION_SOURCES);
        `daemon` says what `triage run` would do with the message under this site's settings (score, skip,
        cancel or dead_letter), its reason code and why (e.g. which procedure filter setting refused it).
        Anything derived from the report text only with --show-text."""
        from triage.commands.interrupts import stops_cleanly
        from triage.config import load_settings
        from triage.core import MessageError, Report
        from triage.hl7 import parse_messages
        from triage.hl7.validate import validate_message
        from triage.pipeline.decide import ProcedureFilter
        from triage.rules.shared import shared_engine

        # SIGTERM/Ctrl-C: one stop line, also while waiting on a FIFO nobody writes to (`triage parse <(...)`)
        with stops_cleanly(None):
            site = load_settings()  # the daemon's site settings: headings, time zone, rule terms
            raw = _read(file)
            parsed = parse_messages(
                raw,
                max_bytes=max_bytes,
                conclusion_headings=site.conclusion_headings,
                hl7_timezone=site.hl7_tzinfo,
                accession_sources=site.accession_sources,
            )
            # a message that is HL7 but that the daemon dead-letters (no report text, ...) is an entry of the
            # JSON with `daemon: dead_letter`; only what is not HL7 at all (no MSH, undecodable) is an error
            failures = [r for m, r in parsed if isinstance(r, MessageError) and m is None]
            if len(parsed) == 1 and failures:
                err = failures[0].error
                raise InputFileError(f"{file}: {getattr(err, 'reason', 'unparseable')}: {err}")
            out = []
            invalid = False
            reports = [r for _, r in parsed if isinstance(r, Report)]
            assessed = {}
            if reports:
                results = shared_engine(site.rules_terms_file).assess_batch([r.impression for r in reports])
                assessed = {id(r): a for r, a in zip(reports, results, strict=True)}
            procedures = ProcedureFilter.from_settings(site.procedure_codes, site.procedure_pattern)
            sizes = _record_sizes(raw)
            for message, result in parsed:
                entry = describe(
                    result, show_text=show_text, rules=assessed.get(id(result)), key_secret=site.key_secret
                )
                if isinstance(result, MessageError) and message is not None:
                    entry |= _header_fields(message)
                size = sizes.get(result.message_index)
                if size is not None and site.max_message_bytes is not None and size > site.max_message_bytes:
                    entry["daemon"] = {
                        "action": "dead_letter",
                        "reason": "oversize",
                        "detail": f"the message is {size:,} bytes as `triage send` stores it, over "
                        f"max_message_bytes={site.max_message_bytes:,} (TRIAGE_MAX_MESSAGE_BYTES):"
                        " not decided",
                    }
                else:
                    entry["daemon"] = daemon_route(result, procedures, max_report_chars=site.max_report_chars)
                if validate and message is not None:
                    check = validate_message(message)
                    invalid = invalid or not check.valid
                    entry["validation"] = check.as_dict(show_text=show_text)
                out.append(entry)
            typer.echo(json.dumps(out[0] if len(out) == 1 else out, indent=2, ensure_ascii=False))
            if failures:
                first = failures[0]
                raise InputFileError(
                    f"{file}: {len(failures)} of {len(parsed)} messages are not HL7 "
                    f"(message {first.message_index}: {getattr(first.error, 'reason', 'unparseable')})"
                )
            if invalid:
                raise typer.Exit(1)


def _header_fields(message: Any) -> dict[str, Any]:
    """What MSH says of a message the daemon dead-letters (ids and routing only, never PID/OBX content)."""
    msh = message.msh
    code, trigger = msh.get(9, 1), msh.get(9, 2)
    return {
        "message_type": f"{code}^{trigger}" if code and trigger else code,
        "hl7_version": msh.get(12),
        "sending_application": msh.get(3),
        "sending_facility": msh.get(4),
    }


def _record_sizes(raw: bytes) -> dict[int, int]:
    """Bytes of each message as `triage send` stores it (one record per message: framing.message_records),
    by message index: the daemon dead-letters a record over max_message_bytes as `oversize` before parsing."""
    from triage.hl7.framing import message_records

    try:
        return dict(enumerate(len(record) for record in message_records(raw)))
    except UnicodeDecodeError:  # a wide record that does not decode: parse reports it
        return {}


def _read(file: Path) -> bytes:
    from triage.offline.compressed import decompressed
    from triage.offline.tables import existing_input

    file = existing_input(file)  # `-`: standard input
    try:  # a gzip file is read as the file it holds
        return decompressed(file, file.read_bytes())
    except IsADirectoryError:
        raise InputFileError(f"{file}: is a directory, expected an HL7 file") from None
    except OSError as exc:
        raise InputFileError(f"{file}: cannot read ({exc.strerror or exc})") from None


def describe(
    result: Any, *, show_text: bool = False, rules: Any = None, key_secret: Any = None
) -> dict[str, Any]:
    """One parse result → JSON-able dict (nothing derived from the report text, and PID-3 only as its key
    digest under `key_secret`, unless `show_text`; the rule
    result `rules` as assertion, concepts and character offsets into the scored text; `key_images`: the image
    references the scored text cites, triage.text.keyimages, as numbers and offsets)."""
    from triage.core import MessageError, NonReport
    from triage.mllp.keys import patient_key
    from triage.text import NORMALIZATION_VERSION, tokenize
    from triage.text.keyimages import extract_image_refs

    if isinstance(result, MessageError):
        err = result.error
        return {
            "message_index": result.message_index,
            "order_index": result.order_index,
            "kind": "error",
            "control_id": result.control_id,
            "accession": result.accession,
            "reason": getattr(err, "reason", "unparseable"),
            "error_type": type(err).__name__,
            "error": str(err),
        }
    if isinstance(result, NonReport):
        return {
            "message_index": result.message_index,
            "kind": "non_report",
            "control_id": result.control_id,
            "message_type": result.message_type,
        }
    r = result
    entry: dict[str, Any] = {
        "message_index": r.message_index,
        "order_index": r.order_index,
        "kind": "report",
        "control_id": r.control_id,
        "message_type": r.message_type,
        "hl7_version": r.hl7_version,
        "sending_application": r.sending_application,
        "sending_facility": r.sending_facility,
        "message_time": _iso(r.message_time),
        # PID-3 as `triage tail` shows it: its input-key digest (pid-sha256:, pid-hmac: with a key secret),
        # so the two can be matched; in clear only with --show-text
        "patient_id": r.patient_id
        if show_text or r.patient_id is None
        else patient_key(r.patient_id, r.patient_id_authority, key_secret),
        "patient_id_authority": r.patient_id_authority,
        "visit_number": r.visit_number,
        "placer_order_number": r.placer_order_number,
        "filler_order_number": r.filler_order_number,
        "accession": r.accession,
        "accession_source": r.accession_source,
        "procedure_code": r.procedure_code,
        "procedure_text": r.procedure_text,
        "procedure_coding_system": r.procedure_coding_system,
        "observation_time": _iso(r.observation_time),
        "result_time": _iso(r.result_time),
        "result_status": r.result_status.value if r.result_status else None,
        "impression_source": r.impression_source,
        "normalization_version": NORMALIZATION_VERSION,
        "scored_tokens": len(tokenize(r.impression)),
        "key_images": [
            ref.as_dict() | ({"text": r.impression[ref.start : ref.end]} if show_text else {})
            for ref in extract_image_refs(r.impression)
        ],
        "warnings": list(r.warnings),
    }
    if rules is not None:
        entry["rules"] = {
            "version": rules.rules_version,
            "assertion": rules.assertion,
            "concepts": list(rules.concepts),
            "evidence": [
                {"start": e.start, "end": e.end, "concept": e.concept, "assertion": e.assertion}
                | ({"text": r.impression[e.start : e.end]} if show_text else {})
                for e in rules.evidence
            ],
        }
    if show_text:
        entry["impression"] = r.impression
        entry["impression_tokens"] = tokenize(r.impression)
        entry["text"] = r.text
    return entry


def daemon_route(result: Any, procedures: Any, *, max_report_chars: int | None = None) -> dict[str, Any]:
    """What `triage run` would do with this message before scoring: the decision core's routing
    (triage.pipeline.decide.route) and its preparation of the scored text (a dead letter when the impression
    normalizes to nothing), without loading a model."""
    from triage.core import MessageError
    from triage.pipeline.decide import DEAD_LETTER, SCORE, route
    from triage.pipeline.decision import DecisionCore, Failure

    r = route(result, procedures)
    if r.action == SCORE:
        prepared = DecisionCore.prepare(r.result.impression, r.result.findings, max_chars=max_report_chars)
        if isinstance(prepared, Failure):
            return {"action": DEAD_LETTER, "reason": prepared.reason, "detail": str(prepared.error)}
    if r.action == DEAD_LETTER and isinstance(result, MessageError):  # the parser's own words (ids only)
        return {"action": r.action, "reason": r.reason, "detail": str(result.error)}
    return {"action": r.action, "reason": r.reason, "detail": r.detail}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
