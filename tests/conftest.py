from __future__ import annotations

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


def load_gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
