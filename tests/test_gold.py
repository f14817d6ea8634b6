"""End to end against the hand-checked gold files: the aims of the structure and extraction issues.

tests/gold holds the five samples and the corpus the rules were developed on; tests/heldout holds
documents written by someone who had not read the code, so its figures measure generalisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.evaluate import METADATA_FIELDS, evaluate

from conftest import parse_kept

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dev():
    return evaluate(ROOT / "tests" / "gold", parse_kept)


@pytest.fixture(scope="module")
def heldout():
    return evaluate(ROOT / "tests" / "heldout" / "gold", parse_kept)


def test_every_gold_document_parses(dev, heldout):
    assert not dev.errors and not heldout.errors


@pytest.mark.parametrize("field", METADATA_FIELDS)
def test_metadata_fields(dev, field):
    assert dev.score(field, "strict").f1 >= 0.98, field


@pytest.mark.parametrize("field", ["nodes", "node_levels", "node_ids", "node_markers"])
def test_tree(dev, heldout, field):
    assert dev.score(field, "strict").f1 >= 0.98
    assert heldout.score(field, "strict").f1 >= 0.98


@pytest.mark.parametrize("field,aim", [("lead", 0.97), ("support", 0.97), ("targets", 0.95), ("deadlines", 0.95)])
def test_extraction(dev, heldout, field, aim):
    assert dev.score(field, "strict").f1 >= aim
    assert heldout.score(field, "strict").f1 >= aim


def test_heldout_metadata_overall(heldout):
    assert heldout.group(METADATA_FIELDS, "strict").f1 >= 0.98
