"""The DOCX reader on small packages built here with zipfile: numbering, merged cells, text boxes,
headers and footers, broken relationships, zip bombs and damaged archives."""

from __future__ import annotations

import io
import zipfile

import pytest

import policyparse
from policyparse import readers
from policyparse.errors import CorruptFileError, ZipBombError
from policyparse.readers import docx as docx_reader

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')


def p(text: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    ppr = ""
    if num or style:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def build(body: str, *, numbering: str | None = None, styles: str | None = None, extra: dict[str, str] | None = None,
          rels: str | None = ROOT_RELS, doc_rels: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        if rels is not None:
            zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}</w:body></w:document>')
        if numbering:
            zf.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}>{numbering}</w:numbering>')
        if styles:
            zf.writestr("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>{styles}</w:styles>')
        if doc_rels is not None:
            zf.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def lvl(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'


GOV_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">' + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
    + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）") + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def lines(raw: bytes) -> list[str]:
    return readers.read(raw, "x.docx").text.splitlines()


def test_automatic_numbering_is_rendered_as_the_visible_markers():
    body = (p("总体要求", (1, 0)) + p("工作目标", (1, 1)) + p("到2025年。", (1, 2)) + p("到2030年。", (1, 2))
            + p("基本原则", (1, 1)) + p("坚持创新。", (1, 2)) + p("其一", (1, 3)) + p("重点任务", (1, 0)) + p("加强宣传", (1, 1))
            + p("十一项", None))
    assert lines(build(body, numbering=GOV_NUMBERING)) == [
        "一、总体要求", "（一）工作目标", "1.到2025年。", "2.到2030年。", "（二）基本原则", "1.坚持创新。", "（1）其一",
        "二、重点任务", "（一）加强宣传", "十一项",
    ]


def test_numbering_counts_past_ten_and_other_formats():
    numbering = ('<w:abstractNum w:abstractNumId="3">' + lvl(0, "chineseCounting", "第%1条") + lvl(1, "decimalEnclosedCircle", "%2")
                 + "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>")
    body = "".join(p(f"条文{i}。", (7, 0)) for i in range(1, 13)) + p("项", (7, 1))
    out = lines(build(body, numbering=numbering))
    assert out[0] == "第一条条文1。" and out[9] == "第十条条文10。" and out[11] == "第十二条条文12。"
    assert out[12] == "①项"


def test_a_start_override_restarts_and_styles_carry_numbering():
    numbering = GOV_NUMBERING + ('<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
                                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style>')
    body = p("甲", (1, 0)) + p("乙", (1, 0)) + p("附件部分", style="H1b") + p("二部分", style="H1")
    assert lines(build(body, numbering=numbering, styles=styles)) == ["一、甲", "二、乙", "一、附件部分", "二、二部分"]


def test_bullets_and_missing_numbering_part_render_no_marker():
    numbering = ('<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf06c"/></w:lvl>'
                 "</w:abstractNum><w:num w:numId=\"4\"><w:abstractNumId w:val=\"9\"/></w:num>")
    assert lines(build(p("要点", (4, 0)), numbering=numbering)) == ["要点"]
    assert lines(build(p("没有编号定义", (1, 0)))) == ["没有编号定义"]


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"


def test_merged_cells_are_read_once_and_columns_stay_aligned():
    table = (
        "<w:tbl><w:tblPr/><w:tblGrid/>"
        "<w:tr>" + tc("序号") + tc("重点任务") + tc("牵头单位") + tc("完成时限") + "</w:tr>"
        "<w:tr>" + tc("1") + tc("建设平台") + tc("市科技局", '<w:vMerge w:val="restart"/>') + tc("2025年底") + "</w:tr>"
        "<w:tr>" + tc("2") + tc("培育企业") + tc("", "<w:vMerge/>") + tc("长期坚持") + "</w:tr>"
        "<w:tr>" + tc("合计：两项任务", '<w:gridSpan w:val="3"/>') + tc("—") + "</w:tr>"
        "</w:tbl>"
    )
    out = readers.read(build(p("附件") + table + p("表后段落。")), "x.docx")
    assert out.text.splitlines() == [
        "附件", "", "序号\t重点任务\t牵头单位\t完成时限", "1\t建设平台\t市科技局\t2025年底", "2\t培育企业\t\t长期坚持",
        "合计：两项任务\t\t\t—", "", "表后段落。",
    ]
    assert out.text.count("市科技局") == 1
    assert out.format.tables == 1


def test_a_cell_with_several_paragraphs_and_a_nested_table_is_one_cell():
    inner = "<w:tbl><w:tr>" + tc("甲") + tc("乙") + "</w:tr></w:tbl>"
    table = "<w:tbl><w:tr>" + tc("名称") + f"<w:tc>{p('第一段')}{p('第二段')}{inner}</w:tc>" + tc("备注") + "</w:tr></w:tbl>"
    assert "名称\t第一段 第二段 甲 乙\t备注" in lines(build(table))


def test_text_boxes_are_read_once_not_with_their_fallback_copy():
    box = ("<w:p><w:r><w:t>正文前</w:t></w:r><w:r><mc:AlternateContent>"
           "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>" + p("沪府办发〔2021〕5号") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
           "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + p("沪府办发〔2021〕5号") + "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r></w:p>")
    out = lines(build(box + p("各区人民政府：")))
    assert out == ["正文前", "沪府办发〔2021〕5号", "各区人民政府："]


def test_headers_footers_deleted_and_hidden_text_are_left_out():
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                "</Relationships>")
    footer = f'<w:ftr {NS}>{p("— 1 —")}</w:ftr>'
    header = f'<w:hdr {NS}>{p("某某市人民政府文件")}</w:hdr>'
    body = ("<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>"
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"
            '<w:sectPr><w:headerReference r:id="rId8"/><w:footerReference r:id="rId9"/></w:sectPr>')
    out = readers.read(build(body, doc_rels=doc_rels, extra={"word/header1.xml": header, "word/footer1.xml": footer}), "x.docx")
    assert out.text == "保留\n"


def test_broken_relationships_still_read():
    broken = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/missing.xml"/>'
              "</Relationships>")
    doc_rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="nowhere.xml"/>'
                '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/gone.png"/>')
    body = p("第一段", (1, 0)) + p("第二段")
    for rels in (broken, None, "<not xml"):
        assert lines(build(body, numbering=GOV_NUMBERING, rels=rels, doc_rels=doc_rels)) == ["一、第一段", "第二段"]


def test_core_properties_become_format_metadata():
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
            "<dc:title>关于印发方案的通知</dc:title><dc:creator>办公室</dc:creator>"
            "<dcterms:created>2021-03-01T08:00:00Z</dcterms:created><dcterms:modified>2021-03-02T09:00:00Z</dcterms:modified></cp:coreProperties>")
    app = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Pages>3</Pages><Application>WPS Office</Application></Properties>")
    fmt = readers.read(build(p("正文"), extra={"docProps/core.xml": core, "docProps/app.xml": app}), "x.docx").format
    assert (fmt.format, fmt.title, fmt.creator, fmt.page_count, fmt.producer) == ("docx", "关于印发方案的通知", "办公室", 3, "WPS Office")
    assert fmt.created == "2021-03-01T08:00:00Z"


def test_a_docx_parses_end_to_end_with_spans_into_the_repaired_text():
    body = p("关于加强科普工作的通知") + p("总体要求", (1, 0)) + p("到2025年，比例达到18.5%。", (1, 1))
    doc = policyparse.parse(build(body, numbering=GOV_NUMBERING))
    assert doc.format.format == "docx" and doc.schema_version == "1.2"
    node = doc.sections[0]
    assert node.marker == "一、" and doc.text[node.span[0]:node.span[1]].startswith("一、总体要求")
    assert doc.sections[0].children[0].targets[0].value == 18.5


def test_recognised_by_bytes_whatever_the_name():
    raw = build(p("正文"))
    assert readers.reader_for("download.aspx", raw[:readers.HEAD_BYTES]).name == "docx"
    assert readers.read(raw, "download.aspx").format.format == "docx"


# ---------------------------------------------------------------- bad files


def test_a_zip_bomb_is_refused_before_inflating(monkeypatch):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("word/document.xml", f"<w:document {NS}><w:body>" + " " * (8 * 1024 * 1024) + "</w:body></w:document>")
    with pytest.raises(ZipBombError, match="inflates"):
        readers.read(buf.getvalue(), "bomb.docx")
    monkeypatch.setattr("policyparse.readers._zip.MAX_TOTAL_BYTES", 1024)
    with pytest.raises(ZipBombError, match="more than"):
        readers.read(build(p("x" * 2000)), "big.docx")


def test_a_lying_size_header_ends_in_an_error_not_in_memory():
    raw = bytearray(build(p("正文" * 200)))
    # shrink the declared size of word/document.xml in the central directory: reading stops there
    at = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"word/document.xml"))
    raw[at + 24:at + 28] = (10).to_bytes(4, "little")
    with pytest.raises(CorruptFileError):
        readers.read(bytes(raw), "lying.docx")


@pytest.mark.parametrize("cut", [30, 200, -40])
def test_a_truncated_or_corrupt_docx_gets_a_named_error(cut):
    raw = build(p("正文" * 50))
    damaged = raw[:cut] if cut > 0 else raw[:cut] + b"garbage"
    with pytest.raises(CorruptFileError):
        readers.read(damaged, "broken.docx")


def test_a_zip_no_reader_takes_is_refused_by_name():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    head = buf.getvalue()[:readers.HEAD_BYTES]
    assert readers.reader_for("book.xlsx", head) is None
    assert "neither a Word .docx nor an OFD" in readers.skip_reason("book.xlsx", head)


def test_docx_numbers_in_chinese():
    assert [docx_reader.chinese_number(n) for n in (1, 10, 11, 20, 21, 99, 100, 105, 110)] == [
        "一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十"]


def test_an_imported_mht_chunk_is_read_as_the_html_page_it_holds():
    # a law database's download (ub_09 shape): document.xml holds only an altChunk; the text is an MHT file's
    # quoted-printable HTML part, which repair's HTML step reads as it reads a saved page
    html = "<html><body><h1>某某条例</h1><h2>第一章 总则</h2><p>第一条 为了规范某某工作，制定本条例。</p></body></html>"
    qp = html.encode("utf-8").hex()
    qp = "".join("=" + qp[i:i + 2].upper() for i in range(0, len(qp), 2))
    mht = ("MIME-Version: 1.0\nContent-Type: multipart/related;\n    type=\"text/html\";\n    boundary=\"----=part\"\n\n\n"
           "------=part\nContent-Type: text/html;\n    charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
           + "=\n".join(qp[i:i + 75] for i in range(0, len(qp), 75)) + "\n\n------=part--\n")
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
                'Target="afchunk.mht"/></Relationships>')
    raw = build('<w:altChunk r:id="htmlChunk"/>', doc_rels=doc_rels, extra={"word/afchunk.mht": mht})
    result = docx_reader.read(raw)
    assert "<h2>第一章 总则</h2>" in result.text
    doc = policyparse.parse(raw)
    assert [s.marker for s in doc.sections] == ["第一章"]
    assert [s.marker for s in doc.sections[0].children] == ["第一条"]


def test_a_chunk_that_is_no_page_adds_nothing():
    assert docx_reader.chunk_html(b"\x89PNG\r\n\x1a\n....") is None
    assert docx_reader.chunk_html(b"<html><body><p>\xe6\x9f\x90</p></body></html>") == "<html><body><p>某</p></body></html>"
