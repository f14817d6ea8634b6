"""The byte-identity check: every kept document's JSON output, digested, against the committed digests.

A change that is meant to leave behaviour alone (a refactor, a speed-up) must leave this test green. A change that
is meant to change output shows here which documents it changed; once those are read and intended, `make snapshot`
rewrites the digests, and the diff of `tests/snapshots/outputs.sha256` names the documents in the commit.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import parse_kept

ROOT = Path(__file__).resolve().parents[1]


def _snapshot_tool():
    spec = importlib.util.spec_from_file_location("snapshot_outputs", ROOT / "tools" / "snapshot_outputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _by_path(lines) -> dict[str, str]:
    return {
        path: digest
        for digest, path in (line.split("  ", 1) for line in lines if line.strip() and not line.startswith("#"))
    }


def test_every_kept_document_gives_the_committed_bytes(monkeypatch):
    tool = _snapshot_tool()
    monkeypatch.chdir(ROOT)
    lines = tool.DIGESTS.read_text(encoding="utf-8").splitlines()
    if lines[0] != f"# {tool.library_versions()}":
        pytest.skip(f"the digests were taken with {lines[0][2:]}; installed: {tool.library_versions()}")
    committed = _by_path(lines)
    now = _by_path(tool.digest_lines(parse_kept))
    changed = sorted(p for p in committed.keys() & now.keys() if committed[p] != now[p])
    added, gone = sorted(now.keys() - committed.keys()), sorted(committed.keys() - now.keys())
    assert not (changed or added or gone), (
        f"output changed for {len(changed)} documents {changed[:20]}, new {added[:20]}, gone {gone[:20]}: "
        "if intended, run `make snapshot` and commit tests/snapshots/outputs.sha256"
    )
