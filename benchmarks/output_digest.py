"""A digest of every byte `Processor.process_batch` writes for a fixed corpus, to compare two versions.

    PYTHONPATH=/work/main .venv/bin/python benchmarks/output_digest.py --dump /tmp/before.txt
    PYTHONPATH=$PWD       .venv/bin/python benchmarks/output_digest.py --dump /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

A speed-up of the pipeline must not change one byte of what it publishes (Flags, flag-state records, audit
and review records, dead letters, their keys and headers). The corpus, every record through the same
Processor (ensemble policy, review topic on) in batches of `--batch` with one Flag state across batches and a
fixed clock:
* `synth`: `synth_stream(--n, seed=11)` with corrections and cancels (P/F/C/X lifecycles, ADT, other
  procedures, the three OBX layouts);
* every text of tests/data/{challenge,heldout,priority,site}/*.jsonl (hand-written and peer-styled reports)
  rendered as an ORU^R01 in each layout (one synthetic patient, a fresh accession per text), status F;
* every raw HL7 file under tests/data/hl7 and tests/data/peer (public peer-library messages), one record each.
The only bytes not compared: the audit record's `timings` (wall-clock stage times) are masked.
Prints a table (records, outputs, SHA-256 per corpus and topic); `--dump FILE` writes one line per output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from blind_sets import readable  # noqa: E402

from triage.config import DEFAULT_MODEL_DIR, Settings  # noqa: E402
from triage.core import SourceRecord  # noqa: E402
from triage.offline.synth.corpus import generate_reports  # noqa: E402
from triage.offline.synth.oru import LAYOUTS, render_oru, synth_stream  # noqa: E402

DATA = REPO / "tests" / "data"
_TIMINGS = re.compile(rb'"timings":\{[^}]*\}')


def corpora(n: int) -> dict[str, list[bytes]]:
    """Corpus name -> record values, in order."""
    out: dict[str, list[bytes]] = {
        "synth": [v for _, v, _ in synth_stream(n, seed=11, cancel_rate=0.05, correction_rate=0.5)]
    }
    patient = generate_reports(1, seed=3)[0]
    texts = []
    for folder in ("challenge", "heldout", "priority", "site"):
        for path in readable(sorted((DATA / folder).glob("*.jsonl"))):  # never a blind set
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    text = row.get("text") or row.get("report") or ""
                    if text.strip():
                        texts.append(text)
    rendered = []
    for i, text in enumerate(texts):
        for layout in LAYOUTS:
            acc = f"HW{i:05d}{layout[0].upper()}"
            report = type(patient)(**{**patient.as_dict(), "accession": acc})
            rendered.append(render_oru(report, control_id=f"C{acc}", layout=layout, text=text))
    out["hand-written"] = rendered
    out["raw hl7"] = [p.read_bytes() for d in ("hl7", "peer") for p in sorted((DATA / d).glob("*.hl7"))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args()

    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    settings = Settings(model_dir=args.model, publish_review=True)
    scorer = Scorer.load(args.model, device="cpu", threads=1)
    clock = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    processor = Processor.from_settings(scorer, settings, clock=lambda: clock)
    lines: list[bytes] = []
    digests: dict[tuple[str, str], hashlib._Hash] = defaultdict(hashlib.sha256)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    print(f"{'corpus':<14}{'records':>8}  {'topic':<28}{'outputs':>8}  sha256")
    for name, values in corpora(args.n).items():
        records = [SourceRecord(name, 0, i, v, None) for i, v in enumerate(values)]
        state: dict = {}
        for start in range(0, len(records), args.batch):
            for outcome in processor.process_batch(records[start : start + args.batch], state):
                for msg in outcome.outputs:
                    value = _TIMINGS.sub(b'"timings":{}', msg.value or b"")
                    line = repr((msg.topic, msg.key, msg.headers, value)).encode()
                    digests[(name, msg.topic)].update(line + b"\n")
                    counts[(name, msg.topic)] += 1
                    lines.append(name.encode() + b" " + line)
        for (corpus, topic), digest in sorted(digests.items()):
            if corpus == name:
                count = counts[(corpus, topic)]
                print(f"{name:<14}{len(records):>8}  {topic:<28}{count:>8}  {digest.hexdigest()}")
    processor.close()
    if args.dump:
        args.dump.write_bytes(b"\n".join(lines) + b"\n")


if __name__ == "__main__":
    main()
