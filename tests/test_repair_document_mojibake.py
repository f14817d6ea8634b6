"""Whole documents garbled end to end, BOM-less UTF-16/UTF-32, lost bytes marked '?'.

Garbled copies are built here from real documents (the dev split of tests/real/docs, tests/corpus,
samples/); the repaired copy must equal the repair of the clean original, line for line.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from policyparse.repair import StepLog, repair
from policyparse.repair.decode import decode_bytes
from policyparse.repair.mojibake import undo_document_mojibake

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "real"


def dev_documents() -> list[Path]:
    """Real documents of the dev split only (the held-out ones are never read)."""
    dev = {
        row["id"]
        for tsv in sorted((REAL / "sources").glob("*.tsv"))
        for row in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t")
        if row["split"] == "dev"
    }
    # a binary file (tw_01's Word 97 upload) is rendered by its reader, not decoded: no text to garble
    return [p for p in sorted((REAL / "docs").iterdir()) if p.stem in dev and p.suffix.lower() not in BINARY_SUFFIXES]


BINARY_SUFFIXES = (".doc", ".docx", ".pdf", ".ofd", ".wps")


SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
# A few documents of different forms: a plain notice, a CRLF law export, an HTML page, a one-line body, a corpus plan.
PICKED = [
    ROOT / "samples" / "001_c9a87959f9653342.txt",
    REAL / "docs" / "rc_01_zhongshan_zhengwushuju_banfa.txt",
    REAL / "docs" / "ra_01_lishui_tuiyi_anzhi.html",
    REAL / "docs" / "rf_02_chongqing_dianzishangwu.txt",
    ROOT / "tests" / "corpus" / "c03_pujiang_shishifangan.txt",
]


@cache
def source_text(path: Path) -> str:
    return decode_bytes(path.read_bytes(), StepLog("decode"), filename=path.name).text


@cache
def clean_lines(path: Path) -> tuple[str, ...]:
    return tuple(repair(source_text(path).encode("utf-8"), filename=path.name).text.splitlines())


def sloppy_decode(raw: bytes, codec: str) -> str:
    """What Windows and browsers show: a byte the code page leaves undefined stays as the C1 control of that value."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in raw)


def assert_same_lines(path: Path, garbled: bytes, undone: str) -> None:
    result = repair(garbled, filename=path.name)
    assert tuple(result.text.splitlines()) == clean_lines(path)
    said = [ex.before for step in result.report.steps for ex in step.examples]
    assert any(undone in b for b in said), said


# ----------------------------------------------------------------- clean documents are never "repaired"


@pytest.mark.parametrize("path", dev_documents() + SAMPLES, ids=lambda p: p.stem[:24])
def test_clean_documents_untouched(path):
    text = source_text(path)
    log = StepLog("document_mojibake")
    assert undo_document_mojibake(text, log) == text
    assert not log.changes and not log.warnings


# ----------------------------------------------------------------- UTF-8 read through a single-byte codec

LOSSLESS = ["mac_cyrillic", "koi8_r", "cp866", "iso8859_5", "mac_roman", "cp437", "cp850", "iso8859_2", "latin-1"]


@pytest.mark.parametrize("codec", LOSSLESS)
@pytest.mark.parametrize("path", PICKED, ids=lambda p: p.stem[:12])
def test_utf8_read_as_single_byte_codec_stored_as_utf8(path, codec):
    garbled = source_text(path).encode("utf-8").decode(codec)
    assert_same_lines(path, garbled.encode("utf-8"), f"read as {codec}")


@pytest.mark.parametrize("codec", ["cp1251", "cp1252"])
@pytest.mark.parametrize("path", PICKED[:3], ids=lambda p: p.stem[:12])
def test_undefined_bytes_kept_as_c1_controls(path, codec):
    garbled = sloppy_decode(source_text(path).encode("utf-8"), codec)
    assert_same_lines(path, garbled.encode("utf-8"), f"read as {codec}")


@pytest.mark.parametrize("path", PICKED, ids=lambda p: p.stem[:12])
def test_cp1251_lost_byte_is_its_one_undefined_byte(path):
    # Python's decoder gives U+FFFD for 0x98, the one byte CP1251 leaves undefined: it comes back exactly.
    garbled = source_text(path).encode("utf-8").decode("cp1251", errors="replace")
    assert "\ufffd" in garbled
    assert_same_lines(path, garbled.encode("utf-8"), "read as cp1251")


@pytest.mark.parametrize("path", PICKED[:3], ids=lambda p: p.stem[:12])
def test_cp1251_written_back_as_cp1251_bytes(path):
    # The garbled text saved in CP1251: the original UTF-8 with '?' where 0x98 was.
    garbled = source_text(path).encode("utf-8").decode("cp1251", errors="replace").encode("cp1251", errors="replace")
    result = repair(garbled, filename=path.name)
    assert tuple(result.text.splitlines()) == clean_lines(path)


@pytest.mark.parametrize("path", PICKED[:3], ids=lambda p: p.stem[:12])
def test_utf8_encoded_twice(path):
    text = source_text(path)
    once = text.encode("utf-8").decode("latin-1").encode("utf-8")  # UTF-8 encoded twice
    assert_same_lines(path, once, "UTF-8 read as latin-1>")
    twice = text.encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1").encode("utf-8")
    assert_same_lines(path, twice, "read as latin-1 then read as latin-1")
    mixed = text.encode("utf-8").decode("mac_cyrillic").encode("utf-8").decode("cp437").encode("utf-8")
    assert_same_lines(path, mixed, "read as mac_cyrillic then read as cp437")


def test_cp1252_lost_bytes_chosen_or_marked():
    """Five undefined bytes in CP1252: each lost character is filled from the document and the dictionary, or shown as U+FFFD."""
    path = PICKED[0]
    garbled = source_text(path).encode("utf-8").decode("cp1252", errors="replace")
    out = repair(garbled.encode("utf-8"), filename=path.name).text.splitlines()
    clean = clean_lines(path)
    assert len(out) == len(clean)
    same = sum(a == b for a, b in zip(out, clean))
    assert same >= 0.7 * len(clean)


def test_clean_russian_text_is_not_chinese_mojibake():
    text = "Постановление правительства о развитии науки и образования в регионе на 2021–2025 годы.\n" * 20
    log = StepLog("document_mojibake")
    assert undo_document_mojibake(text, log) == text


# ----------------------------------------------------------------- BOM-less UTF-16 and UTF-32


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("path", PICKED[:3], ids=lambda p: p.stem[:12])
def test_bomless_utf16_utf32(path, enc):
    result = repair(source_text(path).encode(enc), filename=path.name)
    assert result.encoding == enc
    assert tuple(result.text.splitlines()) == clean_lines(path)


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_chinese_only_without_zero_bytes(enc):
    text = "全市公民具备科学素质的比例达到百分之二十六，城乡区域科学素质发展差距显著缩小，科普公共服务均等化基本实现。"
    raw = text.encode(enc)
    assert 0 not in raw
    d = decode_bytes(raw, StepLog("decode"))
    assert (d.text, d.encoding) == (text, enc)


@pytest.mark.parametrize("phrase", ["提升全民科学素质", "全市公民具备科学素质的比例"])
def test_gbk_is_not_mistaken_for_utf16(phrase):
    assert decode_bytes(phrase.encode("gbk"), StepLog("decode")).text == phrase


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
@pytest.mark.parametrize("path", PICKED[:2] + PICKED[3:], ids=lambda p: p.stem[:12])
def test_gbk_read_as_western_code_page_keeps_its_lines(path, codec):
    gbk = source_text(path).encode("gbk", errors="replace")
    clean = repair(gbk.decode("gbk").encode("utf-8"), filename=path.name).text.splitlines()
    garbled = sloppy_decode(gbk, codec) if codec == "cp1252" else gbk.decode(codec)
    result = repair(garbled.encode("utf-8"), filename=path.name)
    assert result.text.splitlines() == clean
    assert any("GB18030 read as" in ex.before for step in result.report.steps for ex in step.examples)


def test_lost_punctuation_before_a_line_break_reads_as_the_documents_line_ends():
    from policyparse.repair.mojibake import _fill_utf8_lost_bytes, _lost_byte_rule

    text = "一、总体要求。\n二、主要任务。\n三、保障措施。\n四、组织实施。\n" * 3
    raw = bytearray(text.encode("utf-8"))
    last = raw.rindex("。".encode("utf-8"))
    raw[last + 2] = 0xFF  # the last byte of the final 。 lost
    out, notes = _fill_utf8_lost_bytes(bytes(raw), _lost_byte_rule("gb18030"))  # before a line break, any lead byte may be lost
    assert out == text and not notes


def test_real_question_mark_after_a_character_is_not_a_lost_byte():
    text = "是否按期完成?请各单位于6月30日前报送。" * 5
    raw = text.encode("utf-8") + "锟".encode("gbk")  # one stray invalid byte pair makes the file non-UTF-8
    d = decode_bytes(raw, StepLog("decode"))
    assert d.text.startswith(text[:40])
