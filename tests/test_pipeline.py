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


def test_document_and_source_built_without_validation_are_those_pydantic_validates():
    """parse_bytes builds its Source and Document without pydantic's check (models.built): validating the same
    fields gives the same models, types, fields counted as set and dump (a text input and bytes needing a decoder)."""
    from pathlib import Path

    from policyparse.models import Document, Source
    from policyparse.pipeline import parse_bytes

    root = Path(__file__).resolve().parents[1]
    inputs = [f.read_bytes() for f in sorted((root / "samples").glob("*.txt"))[:2]]
    inputs.append("关于印发某方案的通知\r\n一、总体要求\r\n到2025年，完成80%。\r\n".encode("gbk"))
    for raw in inputs:
        doc = parse_bytes(raw, path="x.txt")
        source = Source(**{name: getattr(doc.source, name) for name in Source.model_fields})
        checked = Document(**{name: getattr(doc, name) for name in Document.model_fields if name != "schema_version"})
        for made, valid in ((doc.source, source), (doc, checked)):
            assert made == valid and made.model_fields_set == valid.model_fields_set
            assert [type(v) for v in made.__dict__.values()] == [type(v) for v in valid.__dict__.values()]
        assert doc.model_dump_json() == checked.model_dump_json()
