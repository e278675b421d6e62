"""How long one full garbage collection stops the daemon's process, before and after `gc.freeze()`.

    .venv/bin/python benchmarks/gc_pause.py [--rounds 5]

The daemon loads the TorchScript model, the spaCy/medspaCy pipeline and the lexicons once; they live as long
as the process. A full (generation 2) collection walks every tracked object, so with all of that loaded one
collection is a pause of the whole loop — paid by whichever record is in flight (p99 at a steady rate).
`Daemon._open` freezes what is loaded (`gc.freeze()`) before the first poll; this prints the pause either way.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage.config import load_settings
from triage.stream.service import load_processor


def pauses(rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        gc.collect(2)
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    processor = load_processor(load_settings(warn=None))
    processor.process_batch([], {})  # nothing to decide: only what loading made is in memory
    tracked = len(gc.get_objects())
    before = pauses(args.rounds)
    gc.freeze()
    after = pauses(args.rounds)
    print(f"tracked objects after loading: {tracked:,}")
    print("                         median ms   max ms")
    print(f"full collection          {statistics.median(before):9.1f} {max(before):8.1f}")
    print(f"after gc.freeze()        {statistics.median(after):9.1f} {max(after):8.1f}")


if __name__ == "__main__":
    main()
