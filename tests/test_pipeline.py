"""The Python API: parse() takes text, bytes or a path."""

from __future__ import annotations

from pathlib import Path

import pytest

import policyparse

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "002_d1be8f63f2575b76.txt"


def test_parse_accepts_text_bytes_and_paths_alike():
    from_path = policyparse.parse(SAMPLE)
    from_bytes = policyparse.parse(SAMPLE.read_bytes())
    from_text = policyparse.parse(SAMPLE.read_text(encoding="utf-8"))
    assert from_path.source.path == str(SAMPLE)
    assert from_bytes.source.path is None
    assert from_path.text == from_bytes.text == from_text.text
    assert from_path.source.sha256 == from_bytes.source.sha256 == from_text.source.sha256


def test_parse_file_and_missing_file():
    assert policyparse.parse_file(SAMPLE).metadata.title
    with pytest.raises(policyparse.errors.InputError, match="no such file"):
        policyparse.parse_file(ROOT / "samples" / "missing.txt")


def test_parse_rejects_other_types():
    with pytest.raises(TypeError):
        policyparse.parse(42)


def test_empty_input_gives_an_empty_valid_document():
    doc = policyparse.parse(b"")
    assert doc.sections == []
    assert doc.source.size_bytes == 0


@pytest.mark.parametrize("name", [str(SAMPLE), "samples/002_d1be8f63f2575b76.txt", "notices/missing.html"])
def test_a_file_name_given_as_text_is_a_clear_error(name):
    """A path as a str is refused with a pointer to parse_file, never parsed as an empty notice."""
    with pytest.raises(policyparse.errors.InputError, match=r"parse_file\("):
        policyparse.parse(name)


def test_one_line_notices_are_still_text():
    doc = policyparse.parse("一、总体要求（市教育局牵头）")
    assert doc.sections[0].title.startswith("总体要求")


def test_parse_leaves_the_cycle_collector_as_it_found_it():
    import gc

    from policyparse import parse

    text = "关于印发方案的通知\n一、总体要求\n（一）加强领导（市财政局牵头）。"
    assert gc.isenabled()
    parse(text)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        parse(text)
        assert not gc.isenabled()  # only whoever paused it turns it back on
    finally:
        gc.enable()
    gc.freeze()  # a caller's own frozen objects (before a fork) stay frozen
    try:
        frozen = gc.get_freeze_count()
        parse(text)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
