"""Throughput benchmark: policyparse against jieba.lcut and OpenCC t2s over the same text, same run.

Run with `make bench`. Prints MB/s and ratios; a benchmark, never a timed test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import jieba
import opencc

import policyparse
from policyparse.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
TARGET_MB = float(os.environ.get("BENCH_MB", "2"))
STREAM_MB = float(os.environ.get("BENCH_STREAM_MB", "100"))


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def peak_memory_of(cmd: list[str]) -> tuple[float, float]:
    """Run `cmd`; return (seconds, peak MB of its whole process tree, sampled every 50 ms)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0.0

    def sample():
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=sample)
    watcher.start()
    proc.wait()
    watcher.join()
    if proc.returncode:
        raise SystemExit(f"{cmd} failed with {proc.returncode}")
    return time.perf_counter() - t0, peak


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

    reader_speed()

    exe = shutil.which("policyparse") or str(Path(sys.executable).with_name("policyparse"))
    small = SAMPLES[-1]
    t_one = best_of(lambda: subprocess.run([exe, "parse", str(small)], check=True, stdout=subprocess.DEVNULL), repeat=5)
    print(f"\nOne small file ({small.name}, {small.stat().st_size} B), `policyparse parse`, start-up included: {t_one:.3f} s")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        # A batch large enough that worker start-up (imports, dictionaries) is not what is measured.
        for i, d in enumerate(corpus(SAMPLES) * 3):
            (src / f"{i:05d}.txt").write_bytes(d)
        times = {}
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}"
            times[jobs] = best_of(
                lambda: subprocess.run([exe, "parse", str(src), "-o", str(out), "--jobs", str(jobs), "--quiet"], check=True),
                repeat=2,
            )
        print(f"Batch of {len(list(src.iterdir()))} files: --jobs 1 {times[1]:.2f} s, --jobs 2 {times[2]:.2f} s, speed-up {times[1] / times[2]:.2f}x")

        # Streaming: a large batch to one JSONL file keeps memory bounded (Simplified samples, to keep it short).
        big = Path(tmp) / "big"
        big.mkdir()
        docs = [f.read_bytes() for f in SAMPLES if not f.name.startswith("000_")]
        total, i = 0, 0
        while total < STREAM_MB * 1e6:
            d = docs[i % len(docs)]
            (big / f"{i:06d}.txt").write_bytes(d)
            total, i = total + len(d), i + 1
        seconds, peak = peak_memory_of([exe, "parse", str(big), "-f", "jsonl", "-o", str(Path(tmp) / "big.jsonl"), "--jobs", "2", "--quiet"])
        out_mb = (Path(tmp) / "big.jsonl").stat().st_size / 1e6
        print(f"JSONL stream of {i} files, {total / 1e6:.0f} MB in, {out_mb:.0f} MB out, --jobs 2: {seconds:.1f} s, peak memory of all processes {peak:.0f} MB")


def reader_speed() -> None:
    """Each binary-format reader on the real files of tests/real/formats, per page (DOCX, DOC: pages as
    the file records them, else one). One pass each: the files are small and the figure is per page."""
    from policyparse import readers
    from policyparse.readers import ole

    root = Path(__file__).resolve().parents[1] / "tests" / "real" / "formats"
    print("\nReaders on the real files of tests/real/formats (read only; parse adds the text stages):")
    for fmt in ("pdf", "docx", "doc", "wps", "ofd"):
        # a file beside an <id>.error.txt is one the reader must refuse (no text layer): not timed
        files = sorted(p for p in (root / fmt).glob("*")
                       if not p.name.endswith(".txt") and not p.with_suffix(".error.txt").exists())
        if fmt in ("doc", "wps") and ole.available_tool() is None:
            print(f"  {fmt:5} skipped: no antiword or LibreOffice")
            continue
        seconds, pages = 0.0, 0
        for path in files:
            raw = path.read_bytes()
            start = time.perf_counter()
            result = readers.read(raw, str(path))
            seconds += time.perf_counter() - start
            pages += result.format.page_count or 1
        print(f"  {fmt:5} {len(files)} files, {pages} pages: {1000 * seconds / max(pages, 1):6.1f} ms a page ({ole.available_tool() if fmt in ('doc', 'wps') else result.format.reader})")


if __name__ == "__main__":
    main()
