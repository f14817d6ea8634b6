"""CPU-time profile of parse_bytes against jieba.lcut over the bench's Simplified corpus.

    PYTHONPATH=src python bench/profile_parse.py [ratio|cprofile] [repeat]

`ratio` prints parse / jieba.lcut throughput from CPU time (time.process_time), best of N,
interleaved so both see the same machine load; `cprofile` prints the top functions.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time

import jieba

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from bench import SAMPLES, corpus  # noqa: E402

from policyparse.pipeline import parse_bytes  # noqa: E402


def cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "ratio"
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    traditional = mode.endswith("-trad")
    files = [f for f in SAMPLES if f.name.startswith("000_") == traditional]
    docs = corpus(files)
    texts = [d.decode("utf-8", errors="replace") for d in docs]
    jieba.initialize()
    parse_all = lambda: [parse_bytes(d) for d in docs]  # noqa: E731
    jieba_all = lambda: [jieba.lcut(t) for t in texts]  # noqa: E731
    if mode.startswith("cprofile"):
        parse_all()
        prof = cProfile.Profile()
        prof.runcall(parse_all)
        pstats.Stats(prof).sort_stats(sys.argv[3] if len(sys.argv) > 3 else "tottime").print_stats(40)
        return
    t_parse, t_jieba = [], []
    for _ in range(repeat):
        t_parse.append(cpu(parse_all))
        t_jieba.append(cpu(jieba_all))
    print(f"parse {min(t_parse):.3f}s  jieba {min(t_jieba):.3f}s  ratio {min(t_jieba) / min(t_parse):.2f}x (CPU, best of {repeat})")


if __name__ == "__main__":
    main()
