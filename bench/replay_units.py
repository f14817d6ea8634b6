"""Instructions of the units stage alone (extract/units.assign_responsibility) on the bench's Simplified samples.

    PYTHONHASHSEED=0 PYTHONPATH=src valgrind --tool=callgrind --toggle-collect=functools_reduce \
        --callgrind-out-file=/tmp/cg.out python bench/replay_units.py [N]

Each sample is parsed once, its units stage's arguments copied as they stand when the stage is called; the copies
are replayed once as a warm-up (as bench/instructions.py parses once first) and then N times (default 1) inside
functools.reduce, the only part callgrind counts. `callgrind_annotate /tmp/cg.out | grep TOTALS` gives the count:
a change to note reading is measured without the rest of the parse around it (speed26).
"""

from __future__ import annotations

import copy
import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [f.read_bytes() for f in sorted((ROOT / "samples").glob("*.txt")) if not f.name.startswith("000_")]


def main() -> None:
    import policyparse.extract as extract
    from policyparse.extract import units
    from policyparse.pipeline import parse_bytes

    captured = []
    stage = units.assign_responsibility

    def capture(text, sections, nodes=None, metadata=None):
        captured.append(copy.deepcopy((text, sections, nodes, metadata)))
        return stage(text, sections, nodes, metadata)

    extract._units.assign_responsibility = capture
    for doc in DOCS:
        parse_bytes(doc)
    extract._units.assign_responsibility = stage
    rounds = int(sys.argv[1]) if sys.argv[1:] else 1
    runs = [copy.deepcopy(captured) for _ in range(rounds + 1)]
    for args in runs.pop():  # warm-up: lexicon caches, compiled patterns
        stage(*args)

    def replay(_, calls):
        for args in calls:
            stage(*args)

    functools.reduce(replay, runs, None)


if __name__ == "__main__":
    main()
