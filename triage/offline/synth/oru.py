"""Render synthetic reports as HL7 v2 messages (ORU^R01, ADT^A01, FHS/BHS batches) and build a realistic feed.

Where things go in an ORU^R01 (the parser in triage.hl7 reads them back):

* MSH-10 control id (given by the caller), MSH-7 message time, MSH-12 version (default 2.5.1).
* PID-3 ``patient_id^^^SYNTH_HOSP^MR`` (assigning authority in PID-3.4), PID-5 ``Family^Given``, PID-7 birth
  date, PID-8 sex; PV1-19 visit number ``V<accession digits>^^^SYNTH_HOSP^VN``.
* ORC-2 / OBR-2 placer ``P<accession digits>^RIS``, ORC-3 / OBR-3 filler ``F<accession digits>^PACS``.
* **OBR-18 carries the accession** (``A`` + 10 digits, as in the corpus); the parser reads OBR-18 first, then
  the filler, then the placer number. OBR-4 procedure ``code^text^system`` (default head CT), OBR-7 exam time,
  OBR-22 result time, OBR-24 ``CT``, OBR-25 result status (P/F/C/X), OBR-32 the reading radiologist.
* Report text: one OBX (value type TX) per non-empty line, OBX-11 = the result status. ``layout``:
  ``"headings"`` — the narrative with its own FINDINGS:/IMPRESSION: headings, OBX-3 ``18748-4^Diagnostic
  imaging report^LN``; ``"impression_obx"`` — section headings dropped, OBX-3 ``&GDT^Findings`` /
  ``&IMP^Impression`` / ``&ADT^Addendum`` (IDX/GE style), exam/history/technique/signature lines under
  ``&RPT^Report``; ``"loinc"`` — the same split with OBX-3 LOINC codes ``18782-3`` / ``19005-8`` /
  ``55107-7`` (and ``18748-4`` for the rest). Every layout yields the same impression text as
  ``triage.text.extract_impression`` on the corpus text.
* Only the narrative (from ``EXAM:`` on) goes into OBX; the demographics header of the corpus text is what PID
  and OBR carry. Text is escaped (``\\E\\ \\F\\ \\S\\ \\T\\ \\R\\``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from triage.errors import ConfigError
from triage.offline.synth.corpus import PAPER_POSITIVE_RATE, SynthReport, generate_reports
from triage.text.sections import ADDENDUM_NAMES, FINDINGS_NAMES, IMPRESSION_NAMES, split_sections

HEAD_CT = ("CTHEADWO", "CT HEAD WITHOUT CONTRAST", "L")
HEAD_CT_VARIANTS: tuple[tuple[str, str, str], ...] = (
    HEAD_CT,
    ("30799-1", "CT Head WO contrast", "LN"),
    ("CTBRAIN", "CT BRAIN WITHOUT CONTRAST", "L"),
)
OTHER_PROCEDURES: tuple[tuple[str, str, str], ...] = (
    ("CRCHEST2V", "CR CHEST 2 VIEWS", "L"),
    ("CTABDPEL", "CT ABDOMEN PELVIS WITH CONTRAST", "L"),
    ("MRBRAINWO", "MR BRAIN WITHOUT CONTRAST", "L"),
    ("USABD", "US ABDOMEN COMPLETE", "L"),
)
_OTHER_TEXT = {
    "CRCHEST2V": "EXAM: CR CHEST 2 VIEWS\nFINDINGS: The lungs are clear. No pleural effusion.\n"
    "IMPRESSION: No acute cardiopulmonary process.",
    "CTABDPEL": "EXAM: CT ABDOMEN PELVIS WITH CONTRAST\nFINDINGS: Liver and spleen are unremarkable.\n"
    "IMPRESSION: No acute abdominal or pelvic abnormality. No hemorrhage.",
    "MRBRAINWO": "EXAM: MR BRAIN WITHOUT CONTRAST\nFINDINGS: Scattered T2 hyperintensities.\n"
    "IMPRESSION: Small acute subdural hematoma along the left convexity.",
    "USABD": "EXAM: US ABDOMEN COMPLETE\nFINDINGS: Normal liver echotexture.\nIMPRESSION: Cholelithiasis.",
}
LAYOUTS = ("headings", "impression_obx", "loinc")
ENCODING = "^~\\&"
AUTHORITY = "SYNTH_HOSP"
_OBX3 = {
    "headings": {"other": "18748-4^Diagnostic imaging report^LN"},
    "impression_obx": {
        "other": "&RPT^Report",
        "findings": "&GDT^Findings",
        "impression": "&IMP^Impression",
        "addendum": "&ADT^Addendum",
    },
    "loinc": {
        "other": "18748-4^Diagnostic imaging report^LN",
        "findings": "18782-3^Radiology study observation^LN",
        "impression": "19005-8^Radiology impression^LN",
        "addendum": "55107-7^Addendum^LN",
    },
}
_NARRATIVE_START = re.compile(r"^EXAM:", re.M | re.I)


# ---- building blocks -----------------------------------------------------------------------------------
def escape(text: str) -> str:
    """HL7 v2 escaping for the default delimiters ``|^~\\&`` (escape character first)."""
    return (
        text.replace("\\", "\\E\\")
        .replace("|", "\\F\\")
        .replace("^", "\\S\\")
        .replace("&", "\\T\\")
        .replace("~", "\\R\\")
    )


def hl7_ts(value: datetime) -> str:
    """HL7 DTM to the second; the UTC offset is appended when the datetime is aware."""
    text = value.strftime("%Y%m%d%H%M%S")
    return text + value.strftime("%z") if value.tzinfo else text


def _segment(name: str, fields: dict[int, str]) -> str:
    last = max(fields) if fields else 0
    return "|".join([name, *(fields.get(i, "") for i in range(1, last + 1))])


def _msh(control_id: str, message_type: str, version: str, when: datetime) -> str:
    # MSH-1 is the field separator itself, so the encoding characters (MSH-2) follow "MSH|" directly.
    fields = [
        ENCODING,
        "RIS",
        AUTHORITY,
        "TRIAGE",
        AUTHORITY,
        hl7_ts(when),
        "",
        message_type,
        escape(control_id),
    ]
    return "|".join(["MSH", *fields, "P", version])


def _digits(accession: str) -> str:
    return "".join(c for c in accession if c.isdigit()) or accession


def _pid(report: SynthReport) -> str:
    return _segment(
        "PID",
        {
            1: "1",
            3: f"{escape(report.patient_id)}^^^{AUTHORITY}^MR",
            5: f"{escape(report.patient_family)}^{escape(report.patient_given)}",
            7: report.birth_date.replace("-", ""),
            8: report.sex,
        },
    )


def _pv1(report: SynthReport) -> str:
    return _segment(
        "PV1", {1: "1", 2: "E", 3: f"ED^^^{AUTHORITY}", 19: f"V{_digits(report.accession)}^^^{AUTHORITY}^VN"}
    )


def exam_datetime(report: SynthReport) -> datetime:
    return datetime.fromisoformat(report.exam_time)


def result_datetime(report: SynthReport) -> datetime:
    """When the report was signed: a fixed delay after the exam derived from the accession (deterministic)."""
    return exam_datetime(report) + timedelta(minutes=15 + int(_digits(report.accession)[-4:] or 0) % 180)


def narrative(report: SynthReport) -> str:
    """The report narrative (everything after the demographics header that PID/OBR carry). Corpus texts put
    one blank line after the header (v2 layouts do not all start with ``EXAM:``); other texts are cut at a
    line that starts with ``EXAM:``, or kept whole."""
    head, sep, rest = report.text.partition("\n\n")
    if sep and rest.strip() and not _NARRATIVE_START.search(head):
        return rest
    m = _NARRATIVE_START.search(report.text)
    return report.text[m.start() :] if m else report.text


def _text_groups(text: str, layout: str) -> list[tuple[str, list[str]]]:
    """(section key, lines) in report order for the OBX segments."""
    if layout == "headings":
        return [("other", text.splitlines())]
    groups: list[tuple[str, list[str]]] = []
    for sec in split_sections(text):
        if sec.name in IMPRESSION_NAMES:
            key, lines = "impression", sec.text.splitlines()
        elif sec.name in ADDENDUM_NAMES:
            key, lines = "addendum", sec.text.splitlines()
        elif sec.name in FINDINGS_NAMES:
            key, lines = "findings", sec.text.splitlines()
        elif sec.name in ("", "signature"):
            key, lines = "other", sec.text.splitlines()
        else:
            body = sec.text.splitlines() or [""]
            key, lines = "other", [f"{sec.name.upper()}: {body[0]}", *body[1:]]
        groups.append((key, lines))
    return groups


# ---- messages ------------------------------------------------------------------------------------------
def render_oru(
    report: SynthReport,
    *,
    control_id: str,
    result_status: str = "F",
    layout: str = "headings",
    version: str = "2.5.1",
    procedure: tuple[str, str, str] | None = None,
    segment_separator: str = "\r",
    message_time: datetime | None = None,
    text: str | None = None,
) -> bytes:
    """One ORU^R01 for ``report`` (field map: module docstring). ``text`` overrides the narrative
    (corrections). Returns UTF-8 bytes, segments joined by ``segment_separator`` and terminated by it."""
    if layout not in LAYOUTS:
        raise ConfigError(f"unknown ORU layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    code, proc_text, system = procedure or HEAD_CT
    acc = _digits(report.accession)
    exam, result = exam_datetime(report), result_datetime(report)
    doc_name = report.radiologist.split(",")[0].split()
    radiologist = f"R{acc[-5:]}&{escape(doc_name[-1])}&{escape(doc_name[0])}"
    segments = [
        _msh(control_id, "ORU^R01^ORU_R01", version, message_time or result),
        _pid(report),
        _pv1(report),
        _segment("ORC", {1: "RE", 2: f"P{acc}^RIS", 3: f"F{acc}^PACS", 5: "CM"}),
        _segment(
            "OBR",
            {
                1: "1",
                2: f"P{acc}^RIS",
                3: f"F{acc}^PACS",
                4: f"{escape(code)}^{escape(proc_text)}^{escape(system)}",
                7: hl7_ts(exam),
                18: escape(report.accession),
                22: hl7_ts(result),
                24: "CT" if code in {c for c, _, _ in HEAD_CT_VARIANTS} else "RAD",
                25: result_status,
                32: radiologist,
            },
        ),
    ]
    obx3 = _OBX3[layout]
    set_id = 0
    for key, lines in _text_groups(text if text is not None else narrative(report), layout):
        for line in lines:
            if not line.strip():
                continue
            set_id += 1
            segments.append(
                _segment(
                    "OBX",
                    {
                        1: str(set_id),
                        2: "TX",
                        3: obx3.get(key, obx3["other"]),
                        5: escape(line.rstrip()),
                        11: result_status,
                    },
                )
            )
    return (segment_separator.join(segments) + segment_separator).encode("utf-8")


def render_adt(
    report: SynthReport,
    *,
    control_id: str,
    event: str = "A01",
    version: str = "2.5.1",
    segment_separator: str = "\r",
    message_time: datetime | None = None,
) -> bytes:
    """An ADT^<event> (admit by default) for the report's patient: a non-ORU message the daemon must skip."""
    when = message_time or exam_datetime(report) - timedelta(minutes=30)
    segments = [
        _msh(control_id, f"ADT^{event}^ADT_A01", version, when),
        _segment("EVN", {1: event, 2: hl7_ts(when)}),
        _pid(report),
        _pv1(report),
    ]
    return (segment_separator.join(segments) + segment_separator).encode("utf-8")


def render_batch(
    messages: Sequence[bytes], *, segment_separator: str = "\r", batch_time: datetime | None = None
) -> bytes:
    """Wrap messages in FHS/BHS ... BTS/FTS (one file, one batch)."""
    sep = segment_separator.encode()
    body = b"".join(m if m.endswith(sep) else m + sep for m in messages)
    return _batch_head(segment_separator, batch_time) + body + _batch_tail(len(messages), segment_separator)


def _batch_head(segment_separator: str = "\r", batch_time: datetime | None = None) -> bytes:
    ts = hl7_ts(batch_time or datetime(2024, 1, 1))
    head = f"FHS|{ENCODING}|RIS|SYNTH_HOSP|||{ts}{segment_separator}BHS|{ENCODING}|RIS|SYNTH_HOSP|||{ts}"
    return (head + segment_separator).encode()


def _batch_tail(count: int, segment_separator: str = "\r") -> bytes:
    return f"BTS|{count}{segment_separator}FTS|1{segment_separator}".encode()


# ---- a feed --------------------------------------------------------------------------------------------
def synth_stream(
    n: int,
    *,
    seed: int = 0,
    positive_rate: float = PAPER_POSITIVE_RATE,
    lifecycle_rate: float = 0.1,
    correction_rate: float = 0.3,
    correction_flip_rate: float = 0.5,
    cancel_rate: float = 0.0,
    other_procedure_rate: float = 0.05,
    adt_rate: float = 0.02,
    layouts: Sequence[str] = LAYOUTS,
    segment_separator: str = "\r",
) -> list[tuple[bytes, bytes, dict[str, object]]]:
    """``n`` Kafka-ready records ``(key, value, meta)`` in arrival order, deterministic per seed.

    Mostly head-CT ORUs with status F. A ``lifecycle_rate`` share of studies arrives as P then F; of those a
    ``correction_rate`` share also gets a C, which with ``correction_flip_rate`` carries the text of a report
    of the opposite class (a corrected read that creates or withdraws a Flag); ``cancel_rate`` adds an X
    instead.
    ``other_procedure_rate`` of the studies are not head CTs (chest X-ray, CT abdomen, MR brain ...: to skip),
    ``adt_rate`` of the records are ADT^A01 (non-ORU: to skip). Later versions of a study arrive after earlier
    ones (keys = accession, so one partition keeps their order).

    ``meta``: ``accession``, ``control_id``, ``status``, ``kind`` (``head_ct``, ``other_procedure``, ``adt``),
    ``procedure_code``, ``true_label`` (int for head CTs, None otherwise; the label of *this* version's text),
    ``report_id``, ``layout``, ``sequence`` (0 = first version of the study).
    """
    for name, value in (
        ("positive_rate", positive_rate),
        ("lifecycle_rate", lifecycle_rate),
        ("correction_rate", correction_rate),
        ("correction_flip_rate", correction_flip_rate),
        ("cancel_rate", cancel_rate),
        ("other_procedure_rate", other_procedure_rate),
        ("adt_rate", adt_rate),
    ):
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"{name} must be between 0 and 1, got {value}")
    if n < 0:
        raise ConfigError(f"n must be >= 0, got {n}")
    bad = [x for x in layouts if x not in LAYOUTS]
    if bad or not layouts:
        raise ConfigError(f"unknown ORU layouts {bad}; choose from {', '.join(LAYOUTS)}")
    rng = random.Random(f"synth-stream:{seed}")
    reports = generate_reports(n, positive_rate=positive_rate, seed=seed)
    flips = {0: [], 1: []}  # type: dict[int, list[SynthReport]]
    for r in generate_reports(max(20, n // 10), positive_rate=0.5, seed=seed + 7_919):
        flips[r.true_label].append(r)

    events: list[tuple[float, int, dict[str, object]]] = []  # (arrival time, tiebreak, what to render)
    for i, report in enumerate(reports):
        t = float(i)
        layout = rng.choice(tuple(layouts))
        if rng.random() < adt_rate:
            events.append((t - 0.5, len(events), {"kind": "adt", "report": report}))
        if rng.random() < other_procedure_rate:
            proc = rng.choice(OTHER_PROCEDURES)
            other = replace(report, text=_OTHER_TEXT[proc[0]])
            meta = {
                "kind": "other_procedure",
                "status": "F",
                "procedure": proc,
                "report": other,
                "layout": layout,
            }
            events.append((t, len(events), meta))
            continue
        proc = rng.choice(HEAD_CT_VARIANTS)
        base = {"kind": "head_ct", "procedure": proc, "report": report, "layout": layout}
        versions: list[tuple[str, SynthReport]] = []
        if rng.random() < lifecycle_rate:
            versions += [("P", report), ("F", report)]
            if rng.random() < cancel_rate:
                versions.append(("X", report))
            elif rng.random() < correction_rate:
                corrected = report
                if rng.random() < correction_flip_rate:
                    donor = rng.choice(flips[1 - report.true_label])
                    corrected = replace(
                        report,
                        text=donor.text,
                        label=donor.true_label,
                        true_label=donor.true_label,
                        subtype=donor.subtype,
                        category=donor.category,
                    )
                versions.append(("C", corrected))
        else:
            versions.append(("F", report))
        when = t
        for seq, (status, version) in enumerate(versions):
            events.append((when, len(events), {**base, "status": status, "report": version, "sequence": seq}))
            when += rng.uniform(1.0, 25.0)

    events.sort(key=lambda e: (e[0], e[1]))
    out: list[tuple[bytes, bytes, dict[str, object]]] = []
    for j, (_, _, meta) in enumerate(events[:n]):
        report: SynthReport = meta["report"]  # type: ignore[assignment]
        control_id = f"S{seed}-{j:07d}"
        if meta["kind"] == "adt":
            value = render_adt(report, control_id=control_id, segment_separator=segment_separator)
            info = {
                "kind": "adt",
                "procedure_code": None,
                "status": None,
                "true_label": None,
                "sequence": 0,
                "layout": None,
            }
        else:
            code = meta["procedure"][0]  # type: ignore[index]
            value = render_oru(
                report,
                control_id=control_id,
                result_status=str(meta["status"]),
                layout=str(meta["layout"]),
                procedure=meta["procedure"],  # type: ignore[arg-type]
                segment_separator=segment_separator,
                message_time=result_datetime(report) + timedelta(minutes=int(meta.get("sequence", 0)) * 37),
            )
            info = {
                "kind": meta["kind"],
                "procedure_code": code,
                "status": meta["status"],
                "true_label": report.true_label if meta["kind"] == "head_ct" else None,
                "sequence": meta.get("sequence", 0),
                "layout": meta["layout"],
            }
        out.append(
            (
                report.accession.encode(),
                value,
                {"accession": report.accession, "control_id": control_id, "report_id": report.id, **info},
            )
        )
    return out


# ---- files ---------------------------------------------------------------------------------------------
def write_hl7(
    reports: Iterable[SynthReport], out: str | Path, *, layout: str = "headings", batch: bool | None = None
) -> int:
    """Write final (F) ORU^R01 messages. `batch` (default: ``out`` ends in ``.hl7``) → one FHS/BHS batch file
    with all messages (``\\r`` separators); otherwise ``out`` is a directory (created) with one
    ``<n>_<accession>.hl7`` per report. MSH-10 is the report id. Returns the number of messages."""
    out = Path(out)
    if out.suffix.lower() == ".hl7" if batch is None else batch:
        count = 0  # streamed as rendered (render_batch's bytes): a large corpus is never held whole
        with out.open("wb") as fh:
            fh.write(_batch_head())
            for r in reports:
                fh.write(render_oru(r, control_id=r.id, layout=layout))
                count += 1
            fh.write(_batch_tail(count))
        return count
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, r in enumerate(reports, 1):
        (out / f"{count:07d}_{r.accession}.hl7").write_bytes(render_oru(r, control_id=r.id, layout=layout))
    return count


__all__ = [
    "HEAD_CT",
    "HEAD_CT_VARIANTS",
    "LAYOUTS",
    "OTHER_PROCEDURES",
    "escape",
    "hl7_ts",
    "narrative",
    "render_adt",
    "render_batch",
    "render_oru",
    "result_datetime",
    "synth_stream",
    "write_hl7",
]
