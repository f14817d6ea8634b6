"""The catalogue of warnings (errors.WARNING_KINDS): every kind has one stable code, documented in README's
table (made from the catalogue); every warning a document carries is both a string in `repair.warnings` (as
before schema 1.2) and a record in `repair.warning_records` (code, step, span, message), made by one function;
a record's span points at the text it is about; documents of schema 1.0 and 1.1 still validate."""

from __future__ import annotations

import json
import re
import string
from functools import cache
from pathlib import Path

import pytest

from policyparse import errors, output
from policyparse.checks import PREFIX, is_empty_warning
from policyparse.models import Document, RepairReport
from policyparse.pipeline import parse_bytes
from policyparse.repair import STEP_NAMES, StepLog, repair

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SRC = ROOT / "src" / "policyparse"
DOCS = ROOT / "tests" / "real" / "docs"
KINDS = {kind.name: kind for kind in errors.WARNING_KINDS}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# ---------------------------------------------------------------- the catalogue


def test_codes_and_names_are_distinct_and_apart_from_the_error_codes():
    codes = [k.code for k in errors.WARNING_KINDS]
    assert len(set(codes)) == len(codes) and len(KINDS) == len(codes)
    assert all(re.fullmatch(r"PW\d{3}", code) for code in codes)
    assert codes == sorted(codes), "the catalogue is kept in code order"
    error_codes = {cls.code for cls in errors.error_classes()} | set(errors.RECORD_CODES.values())
    assert not error_codes & set(codes)


def test_every_kind_is_raised_by_a_repair_step_or_a_stage():
    for kind in errors.WARNING_KINDS:
        assert kind.step in STEP_NAMES or kind.step in errors.WARNING_STAGES, kind


def test_empty_result_kinds_start_with_the_prefix_the_batch_counts():
    empty = [k for k in errors.WARNING_KINDS if is_empty_warning(k.template)]
    assert [k.code for k in empty] == ["PW900", "PW901", "PW902", "PW903"]
    assert all(k.step == "pipeline" and k.template.startswith(PREFIX) for k in empty)


def test_every_kind_is_raised_in_the_code_and_every_name_raised_is_a_kind():
    """Each kind's name is passed, as a string, by the code that raises it; no other name is."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    raised = set(re.findall(r"""\b(?:warn|add_warning)\(\s*"(\w+)\"""", source))
    raised |= set(re.findall(r'return "(\w+)"', (SRC / "checks.py").read_text(encoding="utf-8")))
    assert raised == set(KINDS), (raised - set(KINDS), set(KINDS) - raised)


def test_the_readme_table_is_the_catalogues():
    text = README.read_text(encoding="utf-8")
    assert errors.warning_table() in text, "README's table of warning codes is stale: paste errors.warning_table()"
    rows = re.findall(r"^\| `(PW\d{3})` \| (\w+) \|", text, re.M)
    assert rows == [(k.code, k.name) for k in errors.WARNING_KINDS]


def test_an_unknown_kind_or_a_missing_field_fails_where_it_is_raised():
    with pytest.raises(KeyError, match="no warning kind"):
        StepLog("html").warn("no_such_warning")
    with pytest.raises(KeyError):
        StepLog("html").warn("deep_nesting", count=3)  # depth missing


def test_the_string_and_the_record_are_made_together():
    report = RepairReport()
    report.add_warning("deep_nesting", step="html", count=3, depth=256)
    report.add_warning("unrecovered_text", span=(4, 5), start=4, end=5, context="科普\ufffd工作")
    report.add_warning("no_chinese")
    assert report.warnings == [
        "html: 3 tags nested deeper than 256 were dropped before parsing (their text is kept)",
        "unrecovered text at [4, 5]: …科普\ufffd工作…",
        "empty result: no Chinese text: is this a policy notice?",
    ]
    assert [(r.code, r.step, r.span) for r in report.warning_records] == [
        ("PW210", "html", None), ("PW500", "repair", (4, 5)), ("PW902", "pipeline", None)]
    assert report.warning_records[0].message == "3 tags nested deeper than 256 were dropped before parsing (their text is kept)"


def test_a_step_log_writes_its_warnings_as_the_report_does():
    log = StepLog("mojibake")
    log.warn("lost_before_file", count=2, about="\ufffd\ufffd", at=0)
    assert log.warnings == ["mojibake: 2 × 锟斤拷 (two U+FFFD in UTF-8 read as GBK): the bytes were lost before this "
                            "file was made; kept as U+FFFD"]


# ---------------------------------------------------------------- documents that raise each kind

CLEAN = "关于进一步加强科学技术普及工作的通知。各县区人民政府，市直各有关单位：现将全民科学素质行动实施方案印发给你们，请认真贯彻执行。\n"


def _lost_mark() -> bytes:
    raw = CLEAN.encode()
    at = raw.index("普".encode())
    return raw[:at + 1] + b"?" + raw[at + 2:]


def _damaged_utf8() -> bytes:
    raw = (CLEAN * 30).encode()
    cut = raw.index("科学".encode()) + 1
    return raw[:cut] + raw[cut + 1:]


def _bad_gb18030() -> bytes:
    raw = CLEAN.encode("gb18030")
    return raw[:20] + b"\x81" + raw[20:]


def _whole_text_cp1252(*names: str) -> bytes:
    text = "".join((ROOT / "samples" / name).read_text(encoding="utf-8") for name in names)
    return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")


def _big5_garbled() -> bytes:
    return (DOCS / "rf_09_guangxi_xinnengyuan_qiche.txt").read_bytes().decode("big5", errors="replace").encode("utf-8")


def _run_mojibake() -> str:
    # UTF-8 read as CP1252: 要's last byte (0x81) is one CP1252 leaves undefined, lost
    return "关于进一步加强科普工作的通知。" + "各部门要认真贯彻执行".encode().decode("cp1252", errors="replace") + "。"


# kind -> (what to repair, filename); every kind the tests can raise
SOURCES = {
    "lost_byte": (_lost_mark, None),
    "invalid_utf8": (_damaged_utf8, None),
    "invalid_legacy": (_bad_gb18030, None),
    "document_mojibake_too_lost": (_big5_garbled, None),
    "document_mojibake_lost_byte": (lambda: _whole_text_cp1252("001_c9a87959f9653342.txt"), None),
    "document_mojibake_more_lost": (lambda: _whole_text_cp1252("001_c9a87959f9653342.txt", "002_d1be8f63f2575b76.txt"), None),
    "markdown_contents_dropped": (lambda: (DOCS / "re_02_guangdong_tanpaifang_guanli_banfa.md").read_bytes(), "x.md"),
    "deep_nesting": (lambda: "<html><body>" + "<div>" * 300 + "关于科普工作的通知" + "</div>" * 300 + "</body></html>", "x.html"),
    "mojibake_lost_bytes": (_run_mojibake, None),
    "lost_before_file": (lambda: "请于每年6月30日前锟斤拷报送工作总结。", None),
    "gbk_too_many_marks": (lambda: "科学?普及" * 70, None),
    "gbk_lost_bytes": (lambda: (DOCS / "rm_11_fengqiu_zhengwu_xinxi_gongxiang.txt").read_bytes(), None),
    "gbk_unrecoverable": (lambda: (ROOT / "samples" / "000_86d2b4903a47c6ba.txt").read_bytes(), None),
    "gbk_guessed": (lambda: (ROOT / "samples" / "000_86d2b4903a47c6ba.txt").read_bytes(), None),
    "contents_set_aside": (lambda: "\n".join(["某某规划", "目    录", "第一章 总则 ........ 1", "第二章 职责 ........ 2",
                                              "第一章 总则", "第一条 为了规范管理，制定本办法。", "第二章 职责",
                                              "第二条 各部门按照职责分工负责。"]), None),
    "duplicate_copy_dropped": (lambda: (ROOT / "samples" / "003_14cb61e292b896cd.txt").read_bytes(), None),
    "unrecovered_text": (lambda: "关于加强科普\ufffd\ufffd工作的通知\n一、总体要求\n", None),
}
# no input of these is known: selectolax always gives a page a root (no_article), and no garbled text is
# known that encodes back in its first part only (document_mojibake_partial)
NOT_RAISED = {"no_article", "document_mojibake_partial"}
EMPTY = {"empty_input": b"", "empty_text": b"   \n\n", "no_chinese": b"hello, world", "nothing_found": "科普工作很重要".encode()}


def test_every_kind_has_a_document_or_is_named_as_not_raised():
    assert set(SOURCES) | NOT_RAISED | set(EMPTY) == set(KINDS)


@cache
def _repaired(name: str):
    make, filename = SOURCES[name]
    return repair(make(), filename=filename)


def _records(name: str):
    kind = KINDS[name]
    result = _repaired(name)
    found = [r for r in result.report.warning_records if r.code == kind.code]
    assert found, (name, result.report.warnings)
    return result, found


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_a_document_raises_the_kind_with_its_code_step_and_string(name):
    result, found = _records(name)
    report = result.report
    assert len(report.warnings) == len(report.warning_records)
    for text, record in zip(report.warnings, report.warning_records):
        kind = next(k for k in errors.WARNING_KINDS if k.code == record.code)
        assert text == kind.text(record.step, record.message)
    for record in found:
        assert record.step == KINDS[name].step
        if record.span is not None:
            start, end = record.span
            assert 0 <= start < end <= len(result.text)


def _span_text(result, record) -> str:
    start, end = record.span
    return result.text[start:end]


def test_lost_bytes_of_a_garbled_run_point_at_the_run_as_repaired():
    result, (record,) = _records("mojibake_lost_bytes")
    assert _span_text(result, record) == "各部门\ufffd认真贯彻执行"
    assert record.message.startswith("'å") and "kept U+FFFD" in record.message


def test_bytes_lost_before_the_file_point_at_their_replacement():
    result, (record,) = _records("lost_before_file")
    assert record.message.startswith("1 × 锟斤拷")
    assert record.span == (result.text.index("\ufffd\ufffd"), result.text.index("\ufffd\ufffd") + 2)
    assert result.text[record.span[1]:].startswith("报送")


def test_bytes_lost_before_the_file_point_at_the_first_place_of_several():
    from policyparse.repair.mojibake import fix_mojibake

    log = StepLog("mojibake")
    out = fix_mojibake("前锟斤拷报送，逾期锟斤拷不报", log)
    log.settle(out)
    assert out == "前\ufffd\ufffd报送，逾期\ufffd\ufffd不报" and log.warning_spans(out) == [(1, 3)]


def test_a_realigned_gbk_run_points_at_what_it_became():
    result, found = _records("gbk_guessed")
    located = [r for r in found if r.span is not None]
    assert located  # the others became Traditional characters that t2s changed: no longer in the text
    for record in located:
        filled = re.search(r"realigned to '(.*)' by dictionary", record.message).group(1)
        assert _span_text(result, record) == filled


def test_an_unrecoverable_gbk_run_points_at_its_replacement_characters():
    result, found = _records("gbk_unrecoverable")
    assert all(set(_span_text(result, r)) == {"\ufffd"} for r in found if r.span is not None)
    assert any(r.span is not None for r in found)


def test_a_realigned_gbk_run_with_lost_bytes_points_at_its_replacement():
    result, found = _records("gbk_lost_bytes")
    located = [r for r in found if r.span is not None]
    assert located and all("\ufffd" in _span_text(result, r) for r in located)


def test_unrecovered_text_points_at_the_damaged_span():
    result, found = _records("unrecovered_text")
    assert [r.span for r in found] == [d.span for d in result.report.damaged] == [(6, 8)]
    assert _span_text(result, found[0]) == "\ufffd\ufffd"
    assert found[0].message == "unrecovered text at [6, 8]: …关于加强科普\ufffd\ufffd工作的通知\n一、…"


@pytest.mark.parametrize("name", ["lost_byte", "invalid_utf8", "invalid_legacy", "document_mojibake_too_lost",
                                  "document_mojibake_lost_byte", "document_mojibake_more_lost",
                                  "markdown_contents_dropped", "deep_nesting", "gbk_too_many_marks",
                                  "contents_set_aside", "duplicate_copy_dropped"])
def test_a_warning_about_the_whole_text_or_text_set_aside_has_no_span(name):
    _, found = _records(name)
    assert all(r.span is None for r in found)


@pytest.mark.parametrize(("name", "raw"), sorted(EMPTY.items()))
def test_an_empty_result_is_a_record_of_the_pipeline(name, raw):
    doc = parse_bytes(raw)
    (record,) = [r for r in doc.repair.warning_records if r.step == "pipeline"]
    assert (record.code, record.span) == (KINDS[name].code, None)
    assert doc.repair.warnings[-1] == record.message == KINDS[name].template


def test_the_samples_carry_each_warning_twice_in_the_same_order(parsed_samples):
    for stem, doc in parsed_samples.items():
        report = doc.repair
        assert len(report.warnings) == len(report.warning_records), stem
        for text, record in zip(report.warnings, report.warning_records):
            assert text in (record.message, f"{record.step}: {record.message}"), stem


# ---------------------------------------------------------------- schema: additive


FIXTURE = ROOT / "tests" / "fixtures" / "schema" / "document-1.1.json"  # written by policyparse before 1.2


def test_a_document_of_schema_1_1_still_validates():
    old = FIXTURE.read_text(encoding="utf-8")
    doc = Document.model_validate_json(old)
    assert doc.schema_version == "1.1" and doc.repair.warnings and doc.repair.warning_records == []
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(old), output.json_schema())


def test_a_document_of_schema_1_0_still_validates():
    old = json.loads(FIXTURE.read_text(encoding="utf-8"))
    old["schema_version"] = "1.0"
    del old["format"]
    assert Document.model_validate(old).schema_version == "1.0"
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(old, output.json_schema())


def test_a_1_2_document_is_the_1_1_document_with_the_records_added():
    """The same input gives the 1.1 JSON again once warning_records is taken out (and the version read as 1.1)."""
    old = json.loads(FIXTURE.read_text(encoding="utf-8"))
    path = old["source"]["path"]
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)  # the fixture's path is relative to the repository
    try:
        from policyparse.pipeline import parse_file

        new = json.loads(output.to_json(parse_file(path)))
    finally:
        os.chdir(cwd)
    records = new["repair"].pop("warning_records")
    assert new.pop("schema_version") == "1.2" and old.pop("schema_version") == "1.1"
    assert new == old
    assert [r["code"] for r in records] == ["PW402"] and records[0]["span"] is None
