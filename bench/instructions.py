"""Instruction count of parsing the bench's Simplified samples once, immune to the load on shared cores.

    PYTHONPATH=src valgrind --tool=callgrind --toggle-collect=functools_reduce \
        --callgrind-out-file=/tmp/cg.out python bench/instructions.py [jieba]

Only what runs inside functools.reduce is counted (the toggle), so imports, lexicon loading and the
warm-up parse are left out; `callgrind_annotate /tmp/cg.out | head` then gives the total.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [f.read_bytes() for f in sorted((ROOT / "samples").glob("*.txt")) if not f.name.startswith("000_")]


def main() -> None:
    if sys.argv[1:] == ["jieba"]:
        import jieba

        jieba.initialize()
        texts = [d.decode("utf-8") for d in DOCS]
        work = jieba.lcut
    else:
        from policyparse.pipeline import parse_bytes

        texts, work = DOCS, parse_bytes
    for t in texts:  # warm-up: lexicons, caches, compiled patterns
        work(t)
    functools.reduce(lambda _, t: work(t), texts, None)


if __name__ == "__main__":
    main()
