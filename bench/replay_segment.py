"""Instructions of the segment stage alone (segment.segment: layout, metadata, tree) on the bench's Simplified samples.

    PYTHONHASHSEED=0 PYTHONPATH=src valgrind --tool=callgrind --toggle-collect=functools_reduce \
        --callgrind-out-file=/tmp/cg.out python bench/replay_segment.py [N]

Each sample is parsed once, the segment stage's arguments (the repaired text, the reader's format metadata) kept as
they are when the stage is called; they are replayed once as a warm-up (as bench/instructions.py parses once first)
and then N times (default 1) inside functools.reduce, the only part callgrind counts. `callgrind_annotate /tmp/cg.out |
grep TOTALS` gives the count: a change to segment is measured without the rest of the parse around it (speed29).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [f.read_bytes() for f in sorted((ROOT / "samples").glob("*.txt")) if not f.name.startswith("000_")]


def main() -> None:
    import policyparse.pipeline as pipeline
    from policyparse.segment import segment

    captured = []

    def capture(text, fmt=None):
        captured.append((text, fmt))
        return segment(text, fmt)

    pipeline.segment = capture
    for doc in DOCS:
        pipeline.parse_bytes(doc)
    pipeline.segment = segment
    rounds = int(sys.argv[1]) if sys.argv[1:] else 1
    for args in captured:  # warm-up: lexicon caches, compiled patterns
        segment(*args)

    def replay(_, calls):
        for args in calls:
            segment(*args)

    functools.reduce(replay, [captured] * rounds, None)


if __name__ == "__main__":
    main()
