"""OBR-25 / OBX-11 result status → ResultStatus (HL7 table 0123), accepting the words real feeds send."""

from __future__ import annotations

import re

from triage.core import ResultStatus

_WORDS: dict[str, ResultStatus] = {
    "FINAL": ResultStatus.FINAL,
    "FINALIZED": ResultStatus.FINAL,
    "FINALISED": ResultStatus.FINAL,
    "SIGNED": ResultStatus.FINAL,
    "SIGNEDOFF": ResultStatus.FINAL,
    "VERIFIED": ResultStatus.FINAL,
    "APPROVED": ResultStatus.FINAL,
    "COMPLETE": ResultStatus.FINAL,
    "COMPLETED": ResultStatus.FINAL,
    "PRELIM": ResultStatus.PRELIMINARY,
    "PRELIMINARY": ResultStatus.PRELIMINARY,
    "WETREAD": ResultStatus.PRELIMINARY,
    "DRAFT": ResultStatus.PRELIMINARY,
    "UNSIGNED": ResultStatus.PRELIMINARY,
    "CORRECTED": ResultStatus.CORRECTED,
    "CORRECTION": ResultStatus.CORRECTED,
    "AMENDED": ResultStatus.CORRECTED,
    "REVISED": ResultStatus.CORRECTED,
    "ADDENDUM": ResultStatus.CORRECTED,
    "ADDENDED": ResultStatus.CORRECTED,
    "CANCELLED": ResultStatus.CANCELLED,
    "CANCELED": ResultStatus.CANCELLED,
    "CANCEL": ResultStatus.CANCELLED,
    "DELETED": ResultStatus.CANCELLED,
    "ENTEREDINERROR": ResultStatus.CANCELLED,
    "RESULTSSTORED": ResultStatus.RESULTS_STORED,
    "STORED": ResultStatus.RESULTS_STORED,
    "INPROGRESS": ResultStatus.SOME_RESULTS,
    "INCOMPLETE": ResultStatus.SOME_RESULTS,
    "PENDING": ResultStatus.SOME_RESULTS,
    "ORDERRECEIVED": ResultStatus.ORDER_RECEIVED,
    "ORDERED": ResultStatus.ORDER_RECEIVED,
    "SCHEDULED": ResultStatus.SPECIMEN,
    "NORESULTS": ResultStatus.NO_RESULTS,
    "UNKNOWN": ResultStatus.UNKNOWN,
}
_CODES = {s.value: s for s in ResultStatus}
# When OBR-25 is empty and the OBX-11 values differ, the most consequential one wins.
_PRECEDENCE = [ResultStatus.CANCELLED, ResultStatus.CORRECTED, ResultStatus.FINAL, ResultStatus.PRELIMINARY]


# OBX-11 (table 0085) adds D (delete) and W (wrong result): both withdraw the report.
_OBX_CODES = {**_CODES, "D": ResultStatus.CANCELLED, "W": ResultStatus.CANCELLED}


def normalize_status(value: str | None, *, obx: bool = False) -> tuple[ResultStatus | None, bool]:
    """Return (status, was_a_word). Unknown values → (None, False). `obx`: read as OBX-11 (table 0085)."""
    if not value:
        return None, False
    code = value.strip().upper()
    status = (_OBX_CODES if obx else _CODES).get(code)
    if status is not None:
        return status, False
    status = _WORDS.get(re.sub(r"[^A-Z]", "", code))
    return status, status is not None


def strongest(statuses: list[ResultStatus]) -> ResultStatus | None:
    """The status that matters most among several OBX-11 values (cancelled > corrected > final > prelim)."""
    for candidate in _PRECEDENCE:
        if candidate in statuses:
            return candidate
    return statuses[0] if statuses else None
