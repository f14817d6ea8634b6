from __future__ import annotations

import contextlib
import functools
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DOCUMENTS = SAMPLES + sorted((ROOT / "tests" / "corpus").glob("*"))
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def parsed_samples():
    """Each sample parsed once per test session: {stem: Document}."""
    import policyparse

    return {p.stem: policyparse.parse(p) for p in SAMPLES}


@pytest.fixture(scope="session")
def repaired():
    """Each sample and corpus document through the repair stage once per test session: {stem: Repaired}."""
    from policyparse.repair import repair

    return {p.stem: repair(p.read_bytes(), filename=str(p)) for p in DOCUMENTS}


def parse_kept(path):
    """A document kept in this repository, parsed once per test session and shared by every module that parses the
    kept documents: the digest check (tests/test_output_snapshot.py) and the evaluations of tests/gold,
    tests/real and tests/real/tables. Each was parsed by two to a dozen of them (a tables batch once per field).

    Parsed exactly as `make snapshot` parses it, by its path relative to the repository, so the digest check reads
    the very Document the evaluations score; the digests, taken by fresh parses, hold it to a fresh parse's bytes.
    Only for files of the repository, never a test's own temporary file."""
    return _parsed_once(Path(path).resolve())


@functools.cache
def _parsed_once(absolute: Path):
    from policyparse.pipeline import parse_file

    with contextlib.chdir(ROOT):  # the path in the JSON is relative to the repository, as in the digests
        return parse_file(absolute.relative_to(ROOT))


def load_gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
