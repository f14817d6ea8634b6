"""decode_bytes: encodings, BOMs, BOM-less UTF-16, GB vs Big5, mixed files, binary refusal."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from policyparse.errors import NotTextError
from policyparse.repair import StepLog
from policyparse.repair.decode import decode_bytes

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CLEAN = next(SAMPLES.glob("001_*.txt")).read_text(encoding="utf-8")[:3000].replace("\xa0", " ")
OTHER = next(SAMPLES.glob("002_*.txt")).read_text(encoding="utf-8")[200:600]
TRAD = opencc.OpenCC("s2t").convert(CLEAN)


def dec(raw: bytes, filename=None):
    return decode_bytes(raw, StepLog("decode"), filename=filename)


@pytest.mark.parametrize(
    "raw,encoding",
    [
        (CLEAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + CLEAN.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + CLEAN.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + CLEAN.encode("utf-16-be"), "utf-16-be"),
        (CLEAN.encode("utf-16-le"), "utf-16-le"),
        (CLEAN.encode("utf-16-be"), "utf-16-be"),
        (CLEAN.encode("gbk"), "gb18030"),
        (CLEAN.encode("gb18030"), "gb18030"),
    ],
)
def test_unicode_and_gb_round_trip(raw, encoding):
    d = dec(raw)
    assert d.text == CLEAN
    assert d.encoding == encoding


def test_gb2312_decodes_as_gb18030():
    text = CLEAN.encode("gb2312", errors="ignore").decode("gb2312")
    d = dec(text.encode("gb2312"))
    assert (d.text, d.encoding) == (text, "gb18030")


@pytest.mark.parametrize("enc", ["big5", "cp950"])
def test_big5(enc):
    text = TRAD.encode(enc, errors="ignore").decode(enc)
    d = dec(text.encode(enc))
    assert d.text == text
    assert d.encoding in {"big5", "cp950"}


@pytest.mark.parametrize("phrase", ["提升全民科学素质", "科普服务社会治理", "全市公民具备科学素质的比例"])
def test_short_texts_gbk_vs_big5(phrase):
    assert dec(phrase.encode("gbk")).text == phrase
    trad = opencc.OpenCC("s2t").convert(phrase)
    assert dec(trad.encode("big5")).text == trad


def test_mixed_gbk_with_utf8_paragraph():
    expected = CLEAN[:500] + OTHER + CLEAN[500:900]
    raw = CLEAN[:500].encode("gbk") + OTHER.encode("utf-8") + CLEAN[500:900].encode("gbk")
    d = dec(raw)
    assert d.text == expected
    assert d.encoding == "mixed"


def test_mixed_utf8_paragraph_on_its_own_lines():
    expected = CLEAN[:400] + "\n" + OTHER + "\n" + CLEAN[400:800]
    raw = CLEAN[:400].encode("gbk") + b"\n" + OTHER.encode("utf-8") + b"\n" + CLEAN[400:800].encode("gbk")
    assert dec(raw).text == expected


def test_damaged_utf8_keeps_replacement_visible():
    raw = CLEAN.encode("utf-8")
    cut = raw.index("科学".encode("utf-8")) + 1
    d = dec(raw[:cut] + raw[cut + 1:])
    assert "\ufffd" in d.text
    assert d.text.replace("\ufffd", "") in (CLEAN.replace("科", ""), CLEAN.replace("科", "", 1))


@pytest.mark.parametrize(
    "raw,kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" + b"\x00" * 50, "docx"),
        (b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 50, "ZIP"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "OLE2"),
    ],
)
def test_binary_formats_refused(raw, kind):
    with pytest.raises(NotTextError) as exc:
        dec(raw, filename="x.bin")
    assert kind.lower() in str(exc.value).lower()


def test_control_bytes_refused():
    with pytest.raises(NotTextError):
        dec(bytes(range(0, 32)) * 50 + b"\x00\x01\x02\x03" * 100)


def test_empty_input():
    d = dec(b"")
    assert d.text == ""


def test_large_inputs_decode():
    big = (CLEAN * 1800).encode("gbk")  # ~5 MB of GBK
    assert dec(big).text == CLEAN * 1800
    line = (CLEAN.replace("\n", " ") * 4000).encode("gbk")  # a ~20 MB single line
    d = dec(line)
    assert d.encoding == "gb18030" and len(d.text) == len(CLEAN) * 4000


def test_a_crawlers_json_export_with_every_chinese_character_escaped_is_read_as_its_characters():
    """{"content": "<p>\\u5173\\u4e8e…</p>"}: a crawler's JSON export written with ensure_ascii (Scrapy's default) holds
    the page with every Chinese character a \\uXXXX escape; repair reads the characters (and \\n, \\t, \\") before the
    HTML step, so the page's notice and its table come through. A text with Chinese of its own, or only a few
    escapes (a page's script), is left as it is."""
    import json

    from policyparse.repair import repair
    from policyparse.repair.decode import undo_json_escapes
    from policyparse.repair.log import StepLog

    page = '<p>关于印发重点工作任务分工的通知</p><table border="1"><tr><td>序号</td><td>重点任务</td></tr></table>'
    stored = json.dumps({"title": "重点工作任务分工", "content": page})
    assert "关" not in stored and "\\u5173" in stored
    log = StepLog("json_escapes")
    read = json.dumps({"title": "重点工作任务分工", "content": page}, ensure_ascii=False).replace('\\"', '"')
    assert undo_json_escapes(stored, log) == read  # border="1": the page's markup as the page holds it
    assert log.changes > 0
    assert "关于印发重点工作任务分工的通知" in repair(stored.encode("ascii")).text
    kept = 'var s = "\\u5173\\u4e8e"; 关于印发通知'
    assert undo_json_escapes(kept, StepLog("json_escapes")) == kept
    few = 'var s = "\\u5173\\u4e8e";'
    assert undo_json_escapes(few, StepLog("json_escapes")) == few
    assert undo_json_escapes("\\ud83d\\ude00" + "\\u4e00" * 8, StepLog("json_escapes")) == "\U0001f600" + "一" * 8


# speed40: _looks_binary says no at once when no control byte stands in the sample; its answer is the count's
def _looks_binary_counted(sample: bytes) -> bool:
    from policyparse.repair.decode import _CONTROL

    return bool(sample) and (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample) > 0.10


def test_looks_binary_as_the_count_says():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from policyparse.repair.decode import _looks_binary

    @settings(max_examples=500, deadline=None)
    @given(st.binary(max_size=60) | st.lists(st.sampled_from([b"\x00", b"\x01", b"\x1f", b"\t", b"\n", b"\x1b", b"\x0c", "通知".encode()]), max_size=30).map(b"".join))
    def agrees(sample):
        assert _looks_binary(sample) == _looks_binary_counted(sample)

    agrees()
    assert not _looks_binary("各县人民政府：\n".encode())
    assert _looks_binary(b"\x00\x01\x02abc")
