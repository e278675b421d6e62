"""Pure decisions: which reports are scored, and what the study's Flag does (the report lifecycle).

Order of checks for one parsed message (process.py applies it):

1. not an ORU^R01 nor an MDM document with content (T02/T04/T06/T08, triage.hl7.document) → skipped, reason
   ``not_oru``; an MDM notification without content (T01, T03, T05, T07, T09-T11) ``mdm_without_content``, an
   MDM whose TXA-17 is OB (obsolete: its replacement carries the report) ``mdm_obsolete``;
2. no accession → dead letter, reason ``no_accession`` (the Flag id and the Kafka key derive from it),
   unless the procedure filter (4) rejects it: then it is skipped as in 4, as it would never be scored (a
   lab or cardiology ORU without an accession on a mixed ORU feed is not a message that failed);
3. result status X (cancelled) → not scored: an existing Flag is re-published as ``entered-in-error``;
   with no Flag the message is skipped, reason ``cancelled``;
4. procedure filter (Settings.procedure_codes / procedure_pattern) fails → skipped, reason
   ``procedure_filter``;
5. the impression is empty after normalization → dead letter, reason ``no_report_text``. Not a silent skip:
   a report nobody can score must reach a human (a missed bleed costs more than a look at the DLQ);
6. otherwise scored: positive when probability ≥ threshold.

Lifecycle (``transition``), state keyed by study (``state_key``):

=====================  =========================  ====================  ============================
previous Flag status   this message               action                Flag published (status)
=====================  =========================  ====================  ============================
none                   positive                   CREATED               yes (active)
none                   negative / cancelled       NONE                  no
active                 positive, same priority    UNCHANGED             no (P → F stays one Flag)
active                 positive, other priority   UPDATED               yes (active, same id)
active                 negative                   WITHDRAWN             yes (inactive)
active                 negative addendum (T06)    UNCHANGED             no
inactive               positive                   REACTIVATED           yes (active)
entered-in-error       positive                   REACTIVATED           yes (active)
inactive / e-i-e       negative                   UNCHANGED             no
active / inactive      cancelled (X)              ENTERED_IN_ERROR      yes (entered-in-error)
entered-in-error       cancelled (X)              UNCHANGED             no
rests on X             addendum (T06), not CA     STALE                 no
any                    stale OBR-25 (see below)   STALE                 no
=====================  =========================  ====================  ============================

Result status order (``is_stale``, HL7 v2 OBR-25, table 0123): a report never steps the lifecycle back. The
statuses rank: before final (O order received, I in progress, S scheduled, A some results, P preliminary, R
not verified, N) < final (F; U "changed to final") < after final (C correction, X cancelled). A report that
ranks below the status the study's Flag rests on (``FlagState.result_status``, the highest applied so far) is
stale — a P, I, S, R or O after an F or C, an F re-sent after a C, anything but a C or X after an X: the feed
sent it earlier and it arrived late (another partition, a re-sent backlog, an interface engine retry). It is
still scored and audited (``flag_action`` ``stale``, ``reason`` ``stale_result_status``, ``result_status`` the
report's, ``flag_result_status`` the Flag's), but never changes the Flag: a late preliminary "no hemorrhage"
must not withdraw a final "acute subdural hematoma". Equal ranks apply in arrival order (two F's: the later
one on the partition wins; a C after a C likewise): report times are not compared — OBR-7 is the scan time
every report of a study shares, OBR-22 is optional and MSH-7 is the clock of whichever system sent the
message. A cancellation (X) is always applied (it ranks with C): after it only a C (or another X) changes the
Flag. An MDM^T06 addendum (``additive``) keeps its own TXA-17 status (a signed one is F, not C: it corrects
nothing), is applied after the original's F or a C as a C would be, and never moves the rank back (F
positive → negative T06 → a final T04 still applies; F → C → T06 leaves the rank at C). After an X (OBR-25 X,
TXA-17 CA) an addendum is stale: an addendum to a cancelled report never brings back (nor creates) the Flag a
radiology worklist was told to drop; a new report of the study (a corrected ORU or an MDM T08: a C) still
does, and addenda after that C apply again. A report without
OBR-25 is never stale and does not move the rank: the state keeps the highest rank applied so far
(``rests_on``), so F positive → status-less negative → late P positive leaves the P stale. A study with no
Flag gets a rank-only state once a final or later report is decided (``records_rank``: flag_id and status
null), so F negative → late P positive is stale too, while a C positive after it still creates the Flag.
Before any final a study without a Flag has no state: its reports apply in arrival order.

Priority (triage.priority) is part of the Flag: a preliminary "acute SDH" (urgent) followed by a final "stable
chronic SDH" (routine) re-publishes the one Flag with the new priority (UPDATED), never a second Flag. A state
written before priorities were kept (priority None) is UPDATED too, so the study's Flag gains its priority.

Model upgrades: a study keeps the Flag id it was created with. When the model version changed between two
messages of one accession, a later withdrawal / reactivation / cancellation is published under the existing
Flag's own id (previous.flag_id), with the new model in its extensions and author, so the worklist never holds
two Flags for one study. Only a study without a Flag gets ``flag_id(state key, current model_version)``.

One accession, two orders (``state_key``): the state remembers the order numbers (OBR/ORC-3 filler, OBR/ORC-2
placer) of the report that created it. A later report with the same accession but another order — the filler
order numbers differ, or, when either lacks one, the placer order numbers — is a different order: it never
takes over, withdraws or cancels the first order's Flag. Its lifecycle runs under its own state key
``accession^<filler, else placer order number>`` and, when positive, its own Flag (id from that key; the
Flag's accession identifier and Kafka key stay the accession). Both orders' audit records carry their order
numbers and their own flag_id. Why not a dead letter: an accession shared by two orders is legitimate in many
RIS (one accession for a CT head and a CT spine read together), and a dead-lettered positive would reach the
worklist late; two Flags for one study are a duplicate on the worklist, never a missed or wrongly withdrawn
one. A feed that puts a non-identifier in the accession field (a body part in OBR-18) is handled earlier,
by the accession sources (triage.hl7.accession). Reports without order numbers are told apart by accession
only.

One key, two patients (``same_patient``): the state also remembers the patient of the report that wrote it
(``FlagState.patient_digest``: a digest of PID-3 ID^^^authority, the repetition the Flag's subject names). A
report under the same key (accession and order numbers) for another patient — two sites' RIS numbering alike
on one feed, a misfiled message — is never applied: it is dead-lettered, reason ``patient_mismatch``, and the
Flag and the state stay as they were. Unlike a second order this is a dead letter, not a second lifecycle: a
Flag must never be withdrawn, cancelled or re-pointed at another patient silently, and the report needs a
human (the Flag id derives from the key, so a second Flag would share the first one's id). A report without
PID-3, or a state written before the patient was kept, is compared on accession and order only, as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from triage.core import FlagAction, MessageError, MessageResult, NonReport, Report, ResultStatus
from triage.errors import HL7Error
from triage.hl7.document import has_content, is_mdm
from triage.hl7.patient import patient_key
from triage.pipeline.bounds import FLAG_IDENTIFIERS, bound_record, oversize_fields
from triage.pipeline.state import FlagState
from triage.priority.policy import PRIORITY_ORDER

FLAG_STATUS_FOR_ACTION: dict[FlagAction, str] = {
    FlagAction.CREATED: "active",
    FlagAction.REACTIVATED: "active",
    FlagAction.UPDATED: "active",
    FlagAction.WITHDRAWN: "inactive",
    FlagAction.ENTERED_IN_ERROR: "entered-in-error",
}
PUBLISHING_ACTIONS = frozenset(FLAG_STATUS_FOR_ACTION)


def is_oru(message_type: str | None) -> bool:
    """ORU^R01 (also written ORU^R01^ORU_R01, or just ORU in old feeds)."""
    if not message_type:
        return False
    parts = message_type.split("^")
    return parts[0].strip().upper() == "ORU" and (len(parts) < 2 or parts[1].strip().upper() in ("R01", ""))


def is_report_type(message_type: str | None) -> bool:
    """A message type whose reports are scored: ORU^R01, or an MDM carrying its document (T02/T04/T06/T08)."""
    return is_oru(message_type) or has_content(message_type)


# OBR-25 rank (module docstring, "Result status order"); a status not listed has no rank
_BEFORE_FINAL, _FINAL, _AFTER_FINAL = 1, 2, 3
STATUS_RANK: dict[str, int] = {
    **dict.fromkeys("OISAPRN", _BEFORE_FINAL),
    **dict.fromkeys("FU", _FINAL),
    **dict.fromkeys("CX", _AFTER_FINAL),
}


def status_rank(result_status: ResultStatus | str | None) -> int | None:
    """Where an OBR-25 status stands in the report's life; None when absent or unknown."""
    return None if result_status is None else STATUS_RANK.get(str(result_status))


def is_stale(
    previous: FlagState | None, result_status: ResultStatus | str | None, *, additive: bool = False
) -> bool:
    """Whether a report with `result_status` steps back behind the status the Flag rests on (a late P after
    the F). A cancellation (X) is never stale; without a rank on either side nothing is. `additive` (an
    MDM^T06 addendum): a final addendum is a later document about the study, applied after the original's F
    and after a correction (C) as a C would be; a preliminary one is stale after an F. After a cancellation
    (X) every addendum is stale: it adds to a report the RIS took back, and must not bring the study's Flag
    back onto the worklist (nor create one); only a new report of the study (a C: a corrected ORU, an MDM
    replacement) changes the Flag after an X."""
    if previous is None or is_cancelled(result_status):
        return False
    if additive and is_cancelled(previous.result_status):
        return True
    mine, theirs = status_rank(result_status), status_rank(previous.result_status)
    if additive and mine == _FINAL:
        mine = _AFTER_FINAL
    return mine is not None and theirs is not None and mine < theirs


def advances(previous: FlagState | None, result_status: ResultStatus | str | None) -> bool:
    """Whether a report that leaves the Flag as it is still moves the status it rests on forward (P → F with
    the same priority): the state then records the F, so a late P can be told stale."""
    if previous is None:
        return False
    mine, theirs = status_rank(result_status), status_rank(previous.result_status)
    return mine is not None and (theirs is None or mine > theirs)


def rests_on(previous: FlagState | None, result_status: ResultStatus | str | None) -> str | None:
    """The OBR-25 the state keeps after a report that is not stale: the report's when it has a rank as high
    as the one the state rests on, else that one (a report without a status never resets the rank, and a
    final addendum applied after a C never steps it back to F)."""
    mine = status_rank(result_status)
    theirs = status_rank(previous.result_status) if previous is not None else None
    if mine is not None and (theirs is None or mine >= theirs):
        return str(result_status)
    return previous.result_status if previous is not None else None


def records_rank(previous: FlagState | None, result_status: ResultStatus | str | None) -> bool:
    """Whether a report that publishes no Flag still writes the state: it moves the rank forward
    (``advances``), or the study has no state and the report is final or later (F, U, C, X: a rank-only
    record)."""
    if previous is None:
        rank = status_rank(result_status)
        return rank is not None and rank >= _FINAL
    return advances(previous, result_status)


def is_cancelled(result_status: ResultStatus | str | None) -> bool:
    return result_status is not None and str(result_status) == ResultStatus.CANCELLED.value


@dataclass(frozen=True)
class ProcedureFilter:
    """A report is scored if its OBR-4.1 code is one of `codes` OR its OBR-4.2 text matches `pattern`.
    With neither configured every report is scored."""

    codes: frozenset[str]
    pattern: re.Pattern[str] | None

    @classmethod
    def from_settings(cls, codes: Sequence[str], pattern: str | None) -> ProcedureFilter:
        return cls(frozenset(c.strip() for c in codes if c.strip()), re.compile(pattern) if pattern else None)

    def accepts(self, report: Report) -> bool:
        return self.explain(report)[0]

    def explain(self, report: Report) -> tuple[bool, str]:
        """(accepted, why) in the settings' terms, for `triage parse`; quotes no field value. An MDM names the
        fields as OBR-4.x with their document equivalents (triage.hl7.document)."""
        code, text = ("OBR-4.1", "OBR-4.2")
        if is_mdm(report.message_type):
            code, text = ("OBR-4.1 (MDM: TXA-2)", "OBR-4.2 (MDM: TXA-2.2 / OBX-3.2)")
        if not self.codes and self.pattern is None:
            return True, "no procedure filter configured: every report is scored"
        if report.procedure_code and report.procedure_code.strip() in self.codes:
            return True, f"{code} is one of TRIAGE_PROCEDURE_CODES"
        if self.pattern is not None and report.procedure_text and self.pattern.search(report.procedure_text):
            return True, f"{text} matches TRIAGE_PROCEDURE_PATTERN"
        why = []
        if self.codes:
            why.append(
                f"{code} is not one of TRIAGE_PROCEDURE_CODES ({len(self.codes)} listed)"
                if report.procedure_code
                else f"{code} is empty"
            )
        if self.pattern is not None:
            why.append(
                f"{text} does not match TRIAGE_PROCEDURE_PATTERN"
                if report.procedure_text
                else f"{text} is empty"
            )
        return False, " and ".join(why)


_MDM_SKIPS = {
    "mdm_without_content": "an MDM notification without the document (T02/T04/T06/T08 carry it)",
    "mdm_obsolete": "an MDM document marked obsolete (TXA-17 OB): its replacement carries the report",
}
# what the daemon does with one parsed message (Route.action)
SCORE, SKIP, CANCEL, DEAD_LETTER = "score", "skip", "cancel", "dead_letter"


@dataclass(frozen=True, slots=True)
class Route:
    """Checks 1-4 of the module docstring for one message: `action` (SCORE / SKIP / CANCEL / DEAD_LETTER),
    its `reason` code, the `error` of a dead letter, the message (a Report bounded by triage.pipeline.bounds)
    and `detail`, one line in the settings' terms (for `triage parse`; no field values)."""

    action: str
    result: MessageResult
    reason: str | None = None
    error: Exception | None = None
    detail: str = ""


def route(result: MessageResult, procedure_filter: ProcedureFilter) -> Route:
    """What the daemon does with one parsed message before scoring (checks 1-4 of the module docstring;
    check 5, an impression empty after normalization, needs the tokenizer and is the caller's)."""
    if isinstance(result, MessageError):
        reason = getattr(result.error, "reason", "unparseable")
        if result.skipped:
            return Route(SKIP, result, reason, detail="an order without text of its own (its siblings have)")
        return Route(DEAD_LETTER, result, reason, result.error, "the message cannot be parsed")
    if isinstance(result, NonReport) and result.reason != "not_oru":
        return Route(SKIP, result, result.reason, detail=_MDM_SKIPS.get(result.reason, result.reason))
    if isinstance(result, NonReport):
        return Route(SKIP, result, "not_oru", detail="not an ORU^R01 report nor an MDM document with content")
    # every field an output copies is bounded, a skipped report's too (its audit record copies its ids: an
    # ORU^R30 with 400 kB order numbers made a 400 kB audit record); an oversize Flag identifier: dead letter
    report = bound_record(result)
    if not is_report_type(result.message_type):
        return Route(SKIP, report, "not_oru", detail="not an ORU^R01 report nor an MDM document with content")
    oversize = [name for name in oversize_fields(result) if name in FLAG_IDENTIFIERS]
    if oversize:
        fields = ", ".join(sorted(oversize))
        err = HL7Error(f"identifier over the length limit: {fields}", reason="oversize_identifier")
        return Route(DEAD_LETTER, report, err.reason, err, str(err))
    if not report.accession:
        accepted, why = procedure_filter.explain(report)
        if not accepted:  # never scored: it needs no Flag id nor key (a lab ORU on a mixed feed)
            return Route(SKIP, report, "procedure_filter", detail=why)
        err = HL7Error(
            "report has no accession number (no identifier in TRIAGE_ACCESSION_SOURCES)",
            reason="no_accession",
        )
        return Route(DEAD_LETTER, report, err.reason, err, str(err))
    if is_cancelled(report.result_status):
        return Route(
            CANCEL, report, "cancelled", detail="result status X: an existing Flag is entered-in-error"
        )
    accepted, why = procedure_filter.explain(report)
    if not accepted:
        return Route(SKIP, report, "procedure_filter", detail=why)
    return Route(SCORE, report, detail=why)


def same_order(state: FlagState, report: Report) -> bool:
    """Whether `report` belongs to the order whose Flag `state` is: filler order numbers compared when both
    carry one, else placer order numbers; True when nothing can be compared."""
    if state.filler_order_number and report.filler_order_number:
        return state.filler_order_number == report.filler_order_number
    if state.placer_order_number and report.placer_order_number:
        return state.placer_order_number == report.placer_order_number
    return True


def report_patient(report: Report) -> str | None:
    """The patient digest of `report` (FlagState.patient_digest: the Flag subject's PID-3 repetition, ID and
    assigning authority, plain SHA-256 so live and replay agree without the site's key secret); None when
    the report carries no PID-3."""
    return patient_key(report.patient_id, report.patient_id_authority) if report.patient_id else None


def same_patient(state: FlagState | None, patient: str | None) -> bool:
    """Whether a report of the digest `patient` may apply to `state`: True when either side has no patient
    (a report without PID-3, a state of an earlier version) or both name the same one."""
    return state is None or state.patient_digest is None or patient is None or state.patient_digest == patient


def state_key(state: Mapping[str, FlagState], report: Report) -> str:
    """The key of `report`'s Flag state: its accession, unless the accession's state belongs to another
    order; then ``accession^<filler, else placer order number>`` (module docstring)."""
    accession = report.accession or ""
    first = state.get(accession)
    if first is None or same_order(first, report):
        return accession
    return f"{accession}^{report.filler_order_number or report.placer_order_number}"


def transition(
    previous: FlagState | None,
    result_status: ResultStatus | str | None,
    positive: bool | None,
    priority: str | None = None,
    *,
    additive: bool = False,
) -> FlagAction:
    """What the study's Flag does for this message. `positive` is None when the message was not scored;
    `priority` is a positive's worklist priority (an active Flag whose priority changes is UPDATED). A report
    whose `result_status` steps back behind the Flag's is STALE, whatever it says (``is_stale``). `additive`:
    the message carries an addendum's own text, not the report (MDM^T06, ``triage.hl7.document.is_addendum``):
    it creates, reactivates or raises the Flag; a negative one, or a lower priority, leaves it as it is."""
    if is_stale(previous, result_status, additive=additive):
        return FlagAction.STALE
    prev = previous.status if previous is not None else None
    if is_cancelled(result_status):
        if prev is None:
            return FlagAction.NONE
        return FlagAction.UNCHANGED if prev == "entered-in-error" else FlagAction.ENTERED_IN_ERROR
    if positive is None:
        return FlagAction.NONE if prev is None else FlagAction.UNCHANGED
    if positive:
        if prev is None:
            return FlagAction.CREATED
        if prev != "active":
            return FlagAction.REACTIVATED
        known = previous.priority if previous is not None else None
        if additive and known in PRIORITY_ORDER and priority in PRIORITY_ORDER:
            raised = PRIORITY_ORDER.index(priority) < PRIORITY_ORDER.index(known)  # type: ignore[arg-type]
            return FlagAction.UPDATED if raised else FlagAction.UNCHANGED
        return FlagAction.UPDATED if priority and known != priority else FlagAction.UNCHANGED
    if prev == "active" and not additive:
        return FlagAction.WITHDRAWN
    return FlagAction.NONE if prev is None else FlagAction.UNCHANGED
