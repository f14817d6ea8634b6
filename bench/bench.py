"""Throughput benchmark: policyparse against jieba.lcut and OpenCC t2s over the same text, same run.

Run with `make bench`. Prints MB/s and ratios; a benchmark, never a timed test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba
import opencc

import policyparse
from policyparse.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
TARGET_MB = float(os.environ.get("BENCH_MB", "2"))


def corpus(files: list[Path]) -> list[bytes]:
    """The documents repeated until they add up to TARGET_MB."""
    docs = [f.read_bytes() for f in files]
    out, total = [], 0
    while total < TARGET_MB * 1e6:
        for d in docs:
            out.append(d)
            total += len(d)
    return out


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def mb(docs: list[bytes]) -> float:
    return sum(len(d) for d in docs) / 1e6


def row(name: str, megabytes: float, seconds: float, base: float | None = None) -> str:
    rate = megabytes / seconds
    ratio = f"{rate / base:6.2f}x" if base else "      "
    return f"  {name:<34} {rate:8.3f} MB/s  {ratio}"


def main() -> None:
    print(f"policyparse {policyparse.__version__} benchmark on {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
    jieba.initialize()
    t2s = opencc.OpenCC("t2s")
    simplified = corpus([f for f in SAMPLES if not f.name.startswith("000_")])
    traditional = corpus([f for f in SAMPLES if f.name.startswith("000_")])
    for label, docs in (("Simplified documents", simplified), ("Traditional / garbled documents (sample 000)", traditional)):
        texts = [d.decode("utf-8", errors="replace") for d in docs]
        size = mb(docs)
        t_parse = best_of(lambda: [parse_bytes(d) for d in docs])
        t_jieba = best_of(lambda: [jieba.lcut(t) for t in texts])
        t_opencc = best_of(lambda: [t2s.convert(t) for t in texts])
        rate_parse = size / t_parse
        print(f"\n{label}: {len(docs)} documents, {size:.2f} MB (ratios relative to policyparse)")
        print(row("policyparse parse (single process)", size, t_parse))
        print(row("jieba.lcut", size, t_jieba, rate_parse))
        print(row("OpenCC t2s", size, t_opencc, rate_parse))
        print(f"  => parse / jieba.lcut = {(size / t_parse) / (size / t_jieba):.2f}x")

    exe = shutil.which("policyparse") or str(Path(sys.executable).with_name("policyparse"))
    small = SAMPLES[-1]
    t_one = best_of(lambda: subprocess.run([exe, "parse", str(small)], check=True, stdout=subprocess.DEVNULL), repeat=5)
    print(f"\nOne small file ({small.name}, {small.stat().st_size} B), `policyparse parse`, start-up included: {t_one:.3f} s")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for i, d in enumerate(corpus(SAMPLES)):
            (src / f"{i:05d}.txt").write_bytes(d)
        times = {}
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}"
            times[jobs] = best_of(
                lambda: subprocess.run([exe, "parse", str(src), "-o", str(out), "--jobs", str(jobs), "--quiet"], check=True),
                repeat=2,
            )
        print(f"Batch of {len(list(src.iterdir()))} files: --jobs 1 {times[1]:.2f} s, --jobs 2 {times[2]:.2f} s, speed-up {times[1] / times[2]:.2f}x")


if __name__ == "__main__":
    main()
