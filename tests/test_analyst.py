"""What analysts and researchers meet first (issue 13): tables, resumable runs, nothing skipped in silence."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from policyparse import batch

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_output_files_follow_the_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        batch.run_batch([str(SAMPLES / "001_c9a87959f9653342.txt")], str(tmp_path / "out"), "json")
        batch.run_batch([str(SAMPLES)], str(tmp_path / "all.jsonl"), "jsonl")
    finally:
        os.umask(old)
    for f in [tmp_path / "out" / "001_c9a87959f9653342.json", tmp_path / "all.jsonl"]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~mask, f


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _wait_for(check, seconds: float = 60.0, step: float = 0.1):
    """Poll until check() is true (a bound against hanging, not a timing assertion)."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(step)
    return check()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_parent_leaves_no_worker_behind(tmp_path):
    import signal
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    for i in range(60):
        (src / f"{i:03d}.txt").write_bytes((SAMPLES / "001_c9a87959f9653342.txt").read_bytes())
    script = (
        "import sys; from policyparse import batch; "
        f"batch.run_batch([{str(src)!r}], {str(tmp_path / 'all.jsonl')!r}, 'jsonl', jobs=2)"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    try:
        workers = _wait_for(lambda: len(_children(parent.pid)) >= 2 and _children(parent.pid))
        assert len(workers) >= 2
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()

    def all_gone() -> bool:
        return not any(Path(f"/proc/{w}").exists() and "Z" not in _state(w) for w in workers)

    assert _wait_for(all_gone, 30.0), "workers outlived their parent"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
