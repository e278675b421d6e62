"""A report the daemon would not score needs no accession: checked through the Processor (the daemon's own
batch step) with a peer-library message nobody here wrote (tests/data/peer/SOURCES.md)."""

from __future__ import annotations

import json
from pathlib import Path

from test_pipeline_process import POSITIVE, _by_topic, _processor, _records
from test_pipeline_support import oru

PEER = Path(__file__).parent / "data" / "peer"


def _decided(raw: bytes) -> tuple[dict[str, object], list[object]]:
    proc, _ = _processor()
    [out] = proc.process_batch(_records(raw), {})
    [audit] = [json.loads(m.value) for m in _by_topic(out, "triage.audit")]
    return audit, _by_topic(out, "hl7.oru.dlq")


def test_an_oru_the_procedure_filter_skips_is_skipped_without_an_accession() -> None:
    """nHapi's ORU (an 'eHippa Acknowlegment', no identifier in any accession source): before, it was a dead
    letter `no_accession`, so every lab or cardiology ORU without an accession on a mixed ORU feed filled the
    dead-letter topic, although the daemon would never score it. Now it is skipped by the procedure filter,
    as the same message with an accession is."""
    audit, dead = _decided((PEER / "nhapi_oru_ft_escapes_repetitions.hl7").read_bytes())
    assert (audit["decision"], audit["reason"]) == ("skipped", "procedure_filter")
    assert dead == []


def test_a_head_ct_without_an_accession_is_still_a_dead_letter() -> None:
    raw = oru(accession="", impression=POSITIVE).replace(b"PL100", b"").replace(b"FI100", b"")
    audit, dead = _decided(raw)
    assert (audit["decision"], audit["reason"]) == ("dead_letter", "no_accession")
    assert len(dead) == 1
