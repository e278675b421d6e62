"""HL7 parse throughput: hl7apy vs python-hl7 vs triage.hl7.parse_record (messages/s, one core).

    .venv/bin/python benchmarks/parse.py [--seconds 2] [--message FILE]

Rates are per CPU second of this process (time.process_time), so other load on a shared machine matters
less; the wall-clock rate is printed next to it. hl7apy and python-hl7 only split/parse (hl7apy also
builds its tree); ours does the whole job the daemon needs (framing, charset, split, field extraction,
impression choice), so the comparison favours them.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import hl7
from hl7apy.parser import parse_message

from triage.hl7 import parse_record

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "hl7" / "oru_narrative_headings_v23.hl7"


def _rate(fn: Callable[[], object], seconds: float) -> tuple[float, float, int]:
    """(messages per CPU second, per wall second, runs). CPU time is the fair number on a shared machine."""
    fn()  # warm caches
    n = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while True:
        for _ in range(20):
            fn()
        n += 20
        cpu = time.process_time() - cpu0
        if cpu >= seconds:
            return n / cpu, n / (time.perf_counter() - wall0), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="CPU-time budget per parser")
    ap.add_argument("--message", type=Path, default=DEFAULT, help="one HL7 message file")
    args = ap.parse_args()

    raw = args.message.read_bytes()
    text = raw.decode("latin-1").replace("\r\n", "\r").replace("\n", "\r").strip("\r")
    segments = text.count("\r") + 1
    results = parse_record(raw)
    assert len(results) == 1 and type(results[0]).__name__ == "Report", results

    def run_hl7apy() -> object:
        return parse_message(text, find_groups=True)

    def run_hl7apy_flat() -> object:
        return parse_message(text, find_groups=False)

    def run_python_hl7() -> object:
        msg = hl7.parse(text)
        return msg.segment("OBR")[4][0][0]

    def run_ours() -> object:
        return parse_record(raw)

    rows = [
        ("hl7apy parse_message (find_groups=True)", run_hl7apy),
        ("hl7apy parse_message (find_groups=False)", run_hl7apy_flat),
        ("python-hl7 hl7.parse + one field", run_python_hl7),
        ("triage.hl7.parse_record (full extraction)", run_ours),
    ]
    print(
        f"message: {args.message.name}, {segments} segments, {len(raw)} bytes; {args.seconds:g} s per parser"
    )
    print(
        f"{'parser':<44} {'msg/s (CPU)':>12} {'us/msg':>9} {'msg/s (wall)':>13} {'runs':>7} {'vs hl7apy':>10}"
    )
    base = None
    for name, fn in rows:
        rate, wall_rate, n = _rate(fn, args.seconds)
        base = base or rate
        print(
            f"{name:<44} {rate:>12,.0f} {1e6 / rate:>9.1f} {wall_rate:>13,.0f} {n:>7} {rate / base:>9,.1f}x"
        )


if __name__ == "__main__":
    main()
