"""One very long report through the daemon's Processor, with and without TRIAGE_MAX_REPORT_CHARS.

    .venv/bin/python benchmarks/long_report.py [--sentences 36000] [--model model_artifacts]

The report is "Acute subdural hematoma. " repeated (36,000 times: ~900 KB, one OBX of a CT head ORU, under the
default max_message_bytes), followed on the same partition by one ordinary report. Columns: the seconds the
Processor spends on the batch (parse, normalize, network, rule tier, priority, outputs: what the partition
waits for), what the long report became, and what the next one became. The model loads once, outside the
timings. Not a test: prints a markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from triage.config import DEFAULT_MODEL_DIR, Settings  # noqa: E402
from triage.core import SourceRecord  # noqa: E402
from triage.model.scorer import Scorer  # noqa: E402
from triage.pipeline.process import Processor  # noqa: E402


def oru(control_id: str, accession: str, text: str) -> bytes:
    segments = [
        f"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20250102083000||ORU^R01^ORU_R01|{control_id}|P|2.5.1",
        "PID|1||MRN9^^^MERCY^MR",
        f"OBR|1|PL9|FI9|CTHEAD^CT HEAD WO CONTRAST^L|||20250102080000|||||||||||{accession}||||"
        "20250102082500|||F",
        f"OBX|1|TX|&IMP^Impression||{text}||||||F",
    ]
    return ("\r".join(segments) + "\r").encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=36_000)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    args = parser.parse_args()
    scorer = Scorer.load(args.model, device="cpu")
    records = [
        SourceRecord("hl7.oru", 0, 0, oru("LONG1", "ACC1", "Acute subdural hematoma. " * args.sentences)),
        SourceRecord("hl7.oru", 0, 1, oru("NEXT1", "ACC2", "Acute left subdural hematoma, 8 mm.")),
    ]
    base = Settings()
    load = os.getloadavg()[0]
    print(f"report: {len(records[0].value):,} bytes; load average {load:.1f}; {os.cpu_count()} CPUs")
    print("\n| max_report_chars | batch seconds | long report | next report |\n|---|---:|---|---|")
    for limit in (None, base.max_report_chars):
        pipeline = dataclasses.replace(base.pipeline, max_report_chars=limit)
        with Processor(scorer, pipeline, base.outputs) as proc:
            t0 = time.perf_counter()
            outcomes = proc.process_batch(records, {})
            seconds = time.perf_counter() - t0
        long, nxt = (o.audit_json()[0] for o in outcomes)
        what = [f"{a['decision']}" + (f" ({a['reason']})" if a.get("reason") else "") for a in (long, nxt)]
        print(f"| {limit if limit is None else f'{limit:,}'} | {seconds:.2f} | {what[0]} | {what[1]} |")


if __name__ == "__main__":
    main()
