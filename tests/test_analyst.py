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
