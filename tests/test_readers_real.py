"""Each reader on real files kept byte for byte (tests/real/formats): at least 99 % of the reference's
lines, and no page furniture left as a line of its own."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import regex as re

import policyparse
from policyparse import errors, readers
from policyparse.readers import ole

ROOT = Path(__file__).resolve().parent / "real" / "formats"
AIM = 0.99
ALL_ROWS = list(csv.DictReader(open(ROOT / "sources.tsv", encoding="utf-8"), delimiter="\t"))
# a file the reader must refuse has an <id>.error.txt naming the error, and no reference text
REFUSED = [r for r in ALL_ROWS if (ROOT / r["format"] / f"{r['id']}.error.txt").exists()]
ROWS = [r for r in ALL_ROWS if r not in REFUSED]
_WS = re.compile(r"\s+")


def _file(row: dict) -> Path:
    return next(p for p in (ROOT / row["format"]).glob(row["id"] + ".*") if not p.name.endswith(".txt"))


def _norm(s: str) -> str:
    return _WS.sub("", s)


def _read(row: dict):
    if row["format"] in ("doc", "wps") and ole.available_tool() is None:
        pytest.skip("no antiword or LibreOffice here: apt-get install antiword")
    path = _file(row)
    if row["format"] in ("doc", "wps") and ole._office() is None and ole._needs_office(str(path)):
        # antiword prints Word's automatic list numbers as nothing and may garble tables: such a file is read
        # through LibreOffice, and with antiword alone its reference lines are not all there
        pytest.skip("this file has automatic numbering or tables, read through LibreOffice: apt-get install libreoffice-writer")
    return readers.read(path.read_bytes(), str(path))


def _needs_libreoffice():
    if ole.available_tool() is None or ole._office() is None:
        pytest.skip("LibreOffice is not installed: apt-get install libreoffice-writer")


@pytest.mark.parametrize("row", REFUSED, ids=[r["id"] for r in REFUSED])
def test_a_file_with_no_usable_text_is_refused_with_a_named_error(row):
    """Founder gazettes whose fonts map glyphs onto !"#$%…, an OFD whose text is all outlines: an error that
    says so and how to OCR, never garbage or an empty document."""
    expected = getattr(errors, (ROOT / row["format"] / f"{row['id']}.error.txt").read_text(encoding="utf-8").strip())
    with pytest.raises(expected, match="OCR|ocrmypdf"):
        _read(row)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_reader_holds_the_reference_lines(row):
    result = _read(row)
    assert result.format.format == row["format"]  # by the bytes, whatever the name says
    out = [_norm(line) for line in result.text.splitlines() if line.strip()]
    ref = [line for line in (ROOT / row["format"] / f"{row['id']}.ref.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = [line for line in ref if not any(_norm(line) in o for o in out)]
    assert 1 - len(missing) / len(ref) >= AIM, missing[:10]


@pytest.mark.parametrize("row", [r for r in ROWS if (ROOT / r["format"] / f"{r['id']}.furniture.txt").exists()], ids=lambda r: r["id"])
def test_no_page_furniture_is_left(row):
    result = _read(row)
    furniture = {_norm(line) for line in (ROOT / row["format"] / f"{row['id']}.furniture.txt").read_text(encoding="utf-8").splitlines() if line.strip()}
    left = [line for line in result.text.splitlines() if _norm(line) in furniture]
    assert not left
    assert result.format.furniture.removed >= len(furniture) or row["format"] != "pdf"


@pytest.mark.parametrize("name,headings", [
    ("beijing_keji_jiangli_numbering", ["第一章总则", "第二章市科学技术奖的设置", "第五章附则"]),
    ("beijing_dizhen_yujing_numbering", ["第五章法律责任", "第六章附则"]),
])
def test_chapter_numbering_of_real_regulations_is_rendered(name, headings):
    """Two Beijing government regulations number their chapters with Word's chineseCounting 第%1章 (the
    科学技术奖励 one all five, and its 第六条 with 第%1条 from start 6; the 地震预警 one types 第一章…第四章
    and numbers 第五章, 第六章 from start 5 and 6): the markers are in numbering.xml only, and the reader
    prints them as LibreOffice does."""
    path = ROOT / "docx" / f"{name}.docx"
    body = zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("word/document.xml").decode("utf-8")
    lines = [_norm(line) for line in readers.read(path.read_bytes(), str(path)).text.splitlines()]
    for heading in headings:
        assert heading[:3] not in body and heading in lines
    if name == "beijing_keji_jiangli_numbering":
        assert [line for line in lines if line.startswith("第六条本市设立市科学技术奖励委员会（以下简称奖励委员会）。")]


def test_automatic_list_numbers_of_a_real_wps_file_are_rendered():
    """oa_fawen_gengxin_numbering: 1、 to 7、 are Word list numbering, which antiword prints without; the reader
    takes LibreOffice's conversion to DOCX for such a file."""
    _needs_libreoffice()
    lines = _read(next(r for r in ROWS if r["id"] == "oa_fawen_gengxin_numbering")).text.splitlines()
    assert [line[:2] for line in lines if re.match(r"^\d、", line)][:9] == ["1、", "2、", "3、", "4、", "5、", "6、", "7、", "1、", "2、"]


@pytest.mark.parametrize("name,title,number,date", [
    ("dltech21_luqiao_weisheng_pifu", "关于同意张阿三同志辞职的批复", "路卫发〔2011〕76号", "2011-03-10"),
    ("chongqing_tizhen_xiaofei", "重庆市人民政府办公厅关于印发《重庆市提振消费若干措施》的通知", "渝府办发〔2025〕42号", "2025-07-15"),
])
def test_a_real_government_notice_in_ofd_or_pdf_parses_end_to_end(name, title, number, date):
    """Title, 发文字号 and date as the documents show them (read off the pages)."""
    row = next(r for r in ROWS if r["id"] == name)
    meta = policyparse.parse(_file(row)).metadata
    assert (meta.title, meta.doc_number, meta.issue_date) == (title, number, date)


def test_the_electronic_document_tags_of_a_real_ofd_come_through():
    """cesi_shitang_zaocan_gongwen: Doc_0/CustomTags.xml names Tag_OfficeDoc.xml, whose 电子公文 elements mark the
    page's text objects by ID; what they mark is read off the pages (份号 000001, 秘密★10年, 平急, the 发文字号
    40000219-5〔2014〕1号 in three tagged parts, two 签发人, two 主送 groups above the body and two in the 版记)."""
    path = ROOT / "ofd" / "cesi_shitang_zaocan_gongwen.ofd"
    tags = readers.read(path.read_bytes(), str(path)).format.official_tags
    assert (tags.copy_number, tags.classification, tags.secrecy_term, tags.urgency) == ("000001", "秘密", "10年", "平急")
    assert (tags.issuer, tags.doc_number, tags.title) == ("中国电子技术标准化研究院", "40000219-5〔2014〕1号", "关于食堂开设早餐征求意见")
    assert tags.signers == ["张某", "李某某"]
    assert tags.addressees == ["认证中心", "软件工程与评估中心", "信息技术研究中心", "信息安全研究中心"]
    assert (tags.issue_date, tags.copied_to, tags.printed_by, tags.print_date) == (
        "2014年8月1日", ["基础软件研究室"], "中国电子技术标准化研究院", "2014年8月1日")
    doc = policyparse.parse(path)
    assert doc.format.official_tags == tags
    meta = doc.metadata
    assert (meta.doc_number, meta.issuer, meta.issue_date) == ("40000219-5〔2014〕1号", "中国电子技术标准化研究院", "2014-08-01")
    assert meta.addressees == ["认证中心、软件工程与评估中心", "信息技术研究中心", "信息安全研究中心"]


def test_a_broken_or_missing_tag_file_is_passed_over():
    """The tags only add to what the pages say: the real OFD with its tag file damaged, or gone, still reads."""
    src = zipfile.ZipFile(ROOT / "ofd" / "cesi_shitang_zaocan_gongwen.ofd")
    for damage in (b"<od:\xe7\x94\xb5", None):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info in src.infolist():
                if info.filename == "Doc_0/Tag_OfficeDoc.xml":
                    if damage is not None:
                        zf.writestr(info.filename, damage)
                    continue
                zf.writestr(info.filename, src.read(info.filename))
        result = readers.read(out.getvalue(), "damaged.ofd")
        assert result.format.official_tags is None
        assert "关于食堂开设早餐征求意见" in result.text


def test_ofd_files_without_tags_have_none():
    for row in (r for r in ROWS if r["format"] == "ofd" and r["id"] != "cesi_shitang_zaocan_gongwen"):
        assert _read(row).format.official_tags is None, row["id"]


def test_word_automatic_numbering_in_a_real_file_is_rendered():
    """gm_caigou_hetong_numbering: the 二、 of 二、质量标准及要求 is nowhere in the text, only in numbering.xml
    (chineseCounting, %1、, start 2); the headings typed around it stay as typed, each once."""
    path = ROOT / "docx" / "gm_caigou_hetong_numbering.docx"
    body = zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("word/document.xml").decode("utf-8")
    assert "质量标准及要求" in body and "二、" not in body
    lines = readers.read(path.read_bytes(), str(path)).text.splitlines()
    assert "二、质量标准及要求" in lines
    headings = [line for line in lines if re.match(r"^[一二三四五六七]、", line)]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、", "六、", "七、"]  # 四、五、 are missing in the contract itself


def test_two_levels_of_automatic_numbering_in_a_real_file_are_rendered_and_restart():
    """sichuan_xinghai_caigou_numbering (a 竞争性磋商采购文件): under typed 一、 headings, (一) (二) … are Word
    numbering (chineseCounting, (%1)) and so are the 1. 2. … under each (decimal, %1.), every one of these lists a
    list of its own that starts again at 1; none of the markers is in the text, the reader prints them all."""
    path = ROOT / "docx" / "sichuan_xinghai_caigou_numbering.docx"
    body = zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("word/document.xml").decode("utf-8")
    assert "采购文件的构成" in body and "(一)采购文件的构成" not in body and "1.竞争性磋商" not in body
    lines = [_norm(line) for line in readers.read(path.read_bytes(), str(path)).text.splitlines()]
    at = lines.index("三、采购文件")
    starts = ["三、采购文件", "(一)采购文件的构成", "1.竞争性磋商采购文件", "2.供应商应认真阅读", "(二)采购文件的澄清和修改",
              "1.提交响应文件截止之日前", "2.采购人的澄清或者修改", "3.供应商发现采购文件", "4.供应商不按文件规定"]
    assert all(line.startswith(start) for line, start in zip(lines[at:at + 9], starts, strict=True)), lines[at:at + 9]
    assert "(一)响应文件由以下内容组成：" in lines and "(三)成交通知书" in lines


def test_the_third_marker_of_the_same_real_file_is_word_numbering_too():
    """sichuan_xinghai_caigou_numbering: the six headings of its 响应文件格式 part, 供应商需根据磋商文件制定的《服务方案》
    … 《售后服务方案》, carry 十四、 … 十九、 only in numbering.xml (numId 23: one level, chineseCounting, %1、, start 14,
    no suffix); each marker is in document.xml once, in the table of contents Word itself wrote. So 一、 （一） 1. are
    all Word numbering in this file, though in lists of their own, not one nested 一、/（一）/1. list."""
    path = ROOT / "docx" / "sichuan_xinghai_caigou_numbering.docx"
    body = zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("word/document.xml").decode("utf-8")
    markers = ["十四、", "十五、", "十六、", "十七、", "十八、", "十九、"]
    plans = ["服务方案", "实施进度计划", "设备配置和技术工具方案", "工单交付时效性及节假日响应保障方案", "工单交付质量保障机制",
             "售后服务方案"]
    assert [body.count(marker) for marker in markers] == [1] * 6
    lines = [_norm(line) for line in readers.read(path.read_bytes(), str(path)).text.splitlines()]
    headings = [f"{marker}供应商需根据磋商文件制定的《{plan}》" for marker, plan in zip(markers, plans, strict=True)]
    assert [h for h in headings if h in lines] == headings


def _python_docx_texts(path: Path) -> list[str]:
    """Every paragraph and table cell python-docx finds (it renders no numbering: markers are not in them)."""
    docx = pytest.importorskip("docx")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [t for t in (_norm(t) for t in texts) if t]


@pytest.mark.parametrize("row", [r for r in ROWS if r["format"] == "docx"], ids=lambda r: r["id"])
def test_docx_reader_finds_what_python_docx_finds(row):
    """A second, independent extractor: each paragraph and cell python-docx reads is in the reader's text."""
    path = _file(row)
    expected = _python_docx_texts(path)
    out = _norm(_read(row).text)
    missing = [t for t in expected if t not in out]
    assert 1 - len(missing) / len(expected) >= AIM, missing[:5]


def _furniture_joined(line: str, furniture: set[str]) -> bool:
    """pdftotext may print a page number and the footer below it as one line (chongqing: "- 1 重庆市人民政府
    办公厅发布", the number's closing dash lost): the line is furniture if nothing but furniture and a page
    number is left of it."""
    rest = line
    for piece in sorted(furniture, key=len, reverse=True):
        rest = rest.replace(piece, "")
    return rest != line and not re.sub(r"^[-—–]*\d{1,4}[-—–]*$", "", rest)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("row", [r for r in ROWS if r["format"] == "pdf"], ids=lambda r: r["id"])
def test_pdf_reader_finds_what_pdftotext_finds(row):
    """pdftotext's lines, page furniture aside, are in the reader's text (a line may be part of a joined paragraph)."""
    path = _file(row)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    furniture_file = ROOT / "pdf" / f"{row['id']}.furniture.txt"
    furniture = {_norm(x) for x in furniture_file.read_text(encoding="utf-8").splitlines()} if furniture_file.exists() else set()
    expected = [n for n in (_norm(x) for x in text.splitlines()) if n and n not in furniture and not _furniture_joined(n, furniture)]
    out = _norm(_read(row).text)
    missing = [t for t in expected if t not in out]
    assert 1 - len(missing) / len(expected) >= AIM, missing[:5]


def test_every_format_has_real_files():
    formats = [r["format"] for r in ROWS]  # files read, refused ones aside
    assert all(formats.count(f) >= 5 for f in ("pdf", "docx", "doc", "wps", "ofd"))
    assert all(_file(r).exists() for r in ALL_ROWS)


def test_no_file_comes_from_a_reserved_source():
    reserved = ROOT.parents[3] / "shared" / "reserved-sources.txt"
    if not reserved.exists():
        reserved = Path("/work/shared/reserved-sources.txt")
    if not reserved.exists():
        pytest.skip("reserved-sources.txt not found")
    names = {line.strip() for line in reserved.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    assert not [r["id"] for r in ALL_ROWS if r["repository"] in names]
