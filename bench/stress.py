"""`make stress`: the large and adversarial inputs of issue 12, generated on the fly (nothing committed).

Each input is written to a temporary folder and run through the batch (`batch.run_batch`, one worker
process, the default time limit and memory ceiling) in a fresh process; the table gives the wall time
and CPU time (the process and its worker) of the batch (start-up and loading excluded), the peak resident
memory of its largest process, and
the outcome: parsed, or the error record it became (never a traceback, never a silent loss).

Aim (issue 12): no input over 5 s or 500 MB RSS per 5 MB of input, prorated (12 MB may take 12 s and
1200 MB), and never less than 5 s and 500 MB (a small input is allowed the start of a batch).

    python bench/stress.py            # every input but the 200 MB one
    python bench/stress.py --big      # also 200 MB of clean text (minutes, and several GB)
    python bench/stress.py NAME...    # only these inputs
"""

from __future__ import annotations

import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _clean_unit() -> str:
    return "\n".join(Path(f).read_text(encoding="utf-8") for f in sorted(glob.glob(str(ROOT / "samples" / "00[1-4]*.txt"))))


def _repeat(unit: str, size: int) -> bytes:
    raw = (unit * (size // len(unit.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return raw.decode("utf-8", "ignore").encode("utf-8")


def _mojibake(size: int) -> bytes:
    """UTF-8 bytes decoded as GBK and saved as UTF-8: every line garbled."""
    clean = _repeat(_clean_unit(), size * 2 // 3)
    return clean.decode("gbk", errors="replace").encode("utf-8")


def _notes(n: int) -> bytes:
    items = [f"（{i % 9 + 1}）提升第{i}项能力，完善相关机制（市发展改革委牵头，市财政局、市教育局配合）。" for i in range(n)]
    return ("关于印发任务分工的通知\n一、重点任务\n" + "".join(items)).encode("utf-8")


INPUTS = {
    "<!----> x40 then x (281 B)": lambda: ("<!---->" * 40 + "x").encode(),
    "a x100k then @": lambda: ("a" * 100_000 + "@").encode(),
    "索引号： then a x100k": lambda: ("索引号：" + "a" * 100_000).encode(),
    "first line of （a） x15k": lambda: ("（a）" * 15_000 + "\n正文。").encode(),
    "HTML text node with 100k spaces": lambda: ("<p>通知" + " \t" * 50_000 + "内容</p>").encode(),
    "每年13月前， x6k": lambda: ("每年13月前，" * 6_000).encode(),
    "date then U+2028 x30k": lambda: ("2020年1月1日" + "\u2028" * 30_000 + "x").encode(),
    "100k nested <div>": lambda: ("<div>" * 100_000 + "通知" + "</div>" * 100_000).encode(),
    "UTF-8 read as GBK, 100 KB": lambda: _mojibake(100_000),
    "UTF-8 read as GBK, 4 MB": lambda: _mojibake(4_000_000),
    "10 MB of 100k responsibility notes": lambda: _notes(100_000),
    "0.7 MB of 一、 lines": lambda: ("一、加强组织领导\n" * 28_000).encode(),
    "20 MB of clean text": lambda: _repeat(_clean_unit(), 20_000_000),
}
BIG = {"200 MB of clean text": lambda: _repeat(_clean_unit(), 200 * 1024 * 1024 - 1)}


def run_one(path: str) -> dict:
    """In a fresh process: the batch over one file; time, peak RSS, outcome."""
    sys.path.insert(0, str(SRC))
    from policyparse import batch

    batch.warm_up()
    from policyparse.repair.mojibake import model

    model()  # the dictionary model a garbled document loads once (2-6 s): loading, not growth
    out = Path(path).with_suffix(".out.jsonl")
    cpu_start = _cpu_seconds()
    start = time.perf_counter()
    try:
        result = batch.run_batch([path], str(out), "jsonl", jobs=1)
        outcome = "parsed" if result.done == 1 else "; ".join(f"{f.error_type}: {f.message}" for f in result.failures) or "LOST"
    except Exception as exc:  # noqa: BLE001 - reported, and counted as a miss
        outcome = f"RAISED {type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_start
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) // 1024
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak, "outcome": outcome}


def aim(size: int) -> tuple[float, float]:
    """(seconds, MB) an input of `size` bytes may take: 5 s and 500 MB per 5 MB, linear in the size (a ceiling
    on whole 5 MB steps let 12 MB take 15 s), and at least 5 s and 500 MB."""
    fives = max(1.0, size / 5_000_000)
    return 5 * fives, 500 * fives


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: on a machine shared with other jobs, the figure
    that carries over (wall time stretches with the load)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(run_one(argv[1]), ensure_ascii=False))
        return 0
    inputs = dict(INPUTS)
    if "--big" in argv:
        inputs.update(BIG)
    names = [a for a in argv if not a.startswith("--")]
    if names:
        inputs = {k: v for k, v in {**INPUTS, **BIG}.items() if any(n in k for n in names)}
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    print(f"{'input':<38} {'size':>9} {'time':>8} {'CPU':>8} {'peak RSS':>9}  aim (time)  outcome")
    misses = 0
    with tempfile.TemporaryDirectory(prefix="policyparse-stress-") as tmp:
        for i, (name, build) in enumerate(inputs.items()):
            path = Path(tmp) / f"input{i:02d}.txt"
            path.write_bytes(build())
            size = path.stat().st_size
            proc = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True, text=True, env=env)
            try:
                r = json.loads(proc.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                r = {"seconds": float("nan"), "cpu": float("nan"), "peak_mb": 0, "outcome": f"CRASHED (status {proc.returncode}): {proc.stderr.strip()[-200:]}"}
            if "Traceback" in proc.stderr:
                r["outcome"] += " [TRACEBACK on stderr]"
            seconds_aim, mb_aim = aim(size)
            ok = r["seconds"] <= seconds_aim and r["peak_mb"] <= mb_aim and r["outcome"] == "parsed"
            misses += not ok
            print(f"{name:<38} {size / 1e6:>7.2f}MB {r['seconds']:>7.2f}s {r['cpu']:>7.2f}s {r['peak_mb']:>7d}MB  {'yes' if ok else 'NO ':<3} {seconds_aim:>5.1f}s  {r['outcome'][:90]}", flush=True)
            path.unlink()
    print(f"{len(inputs) - misses} of {len(inputs)} inputs within the aim "
          "(5 s and 500 MB RSS per 5 MB of input, prorated, at least 5 s and 500 MB; parsed)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
