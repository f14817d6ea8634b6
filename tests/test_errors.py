"""The catalogue of errors (errors.py): every error class and failure record has one stable code, documented in
the README, and a failure inside a stage is recorded under the stage pipeline.py names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyparse import batch, errors, pipeline

README = Path(__file__).resolve().parents[1] / "README.md"


def _all_codes() -> dict[str, str]:
    codes = {cls.__name__: cls.code for cls in errors.error_classes()}
    codes.update(errors.RECORD_CODES)
    codes["internal"] = errors.INTERNAL_CODE
    return codes


def test_every_code_is_distinct_and_every_class_has_its_own():
    codes = _all_codes()
    assert len(set(codes.values())) == len(codes)
    for cls in errors.error_classes():
        assert "code" in vars(cls), f"{cls.__name__} inherits its parent's code"


def test_every_code_is_in_the_readme_table():
    text = README.read_text(encoding="utf-8")
    for name, code in _all_codes().items():
        assert f"| `{code}` |" in text and name in text, f"{name} ({code}) is not in README's table of error codes"


@pytest.mark.parametrize(("error_type", "code"), [
    ("ScannedPdfError", "PP251"), ("Timeout", "PP810"), ("OutsideInput", "PP300"), ("KeyError", "PP999"),
])
def test_a_failure_record_carries_its_code(error_type, code):
    failure = batch.Failure("x.txt", "read", error_type, "why")
    assert failure.code == code
    assert json.loads(failure.to_json())["code"] == code


@pytest.mark.parametrize("stage", ["repair", "segment", "extract"])
def test_a_bug_inside_a_stage_is_recorded_under_that_stage(monkeypatch, stage):
    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline, stage, broken)
    outcome = batch.process_raw("一、总体要求\n".encode(), "x.txt", "json", True)
    assert (outcome.failure.stage, outcome.failure.error_type, outcome.failure.code) == (stage, "KeyError", "PP999")
    assert "policyparse bug" in outcome.failure.message


def test_policyparse_errors_keep_their_own_stage(monkeypatch):
    def undecodable(*args, **kwargs):
        raise errors.DecodeError("no encoding")

    monkeypatch.setattr(pipeline, "repair", undecodable)
    outcome = batch.process_raw(b"x", "x.txt", "json", True)
    assert (outcome.failure.stage, outcome.failure.code) == ("decode", "PP120")
