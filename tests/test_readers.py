"""The readers' seam and the PDF, OFD and DOC readers on bad and small files: encrypted, scanned,
too many pages, damaged; recognition by bytes; the batch's file kinds and the files it does not read."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

import policyparse
from policyparse import batch, readers
from policyparse.errors import (CorruptFileError, EncryptedFileError, FormatError, NoTextLayerError, ReaderMissingError,
                                ScannedPdfError, TooManyPagesError, UnsupportedFormatError)
from policyparse.readers import _grid, _layout, ole, pdf

FORMATS = Path(__file__).resolve().parent / "real" / "formats"
REAL_PDF = FORMATS / "pdf" / "govdoc_397_nashui_xinyong.pdf"


def _blank_pdf(pages: int = 1) -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_an_encrypted_pdf_gets_a_named_error():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(REAL_PDF.read_bytes())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(EncryptedFileError, match="encrypted"):
        readers.read(buf.getvalue(), "locked.pdf")


def test_a_scanned_pdf_says_so_and_how_to_ocr_it():
    with pytest.raises(ScannedPdfError, match="ocrmypdf"):
        readers.read(_blank_pdf(2), "scan.pdf")


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch):
    monkeypatch.setattr("policyparse.readers.pdf.MAX_PAGES", 3)
    with pytest.raises(TooManyPagesError, match="over the limit of 3"):
        readers.read(REAL_PDF.read_bytes(), "long.pdf")


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_pdf_gets_a_named_error(damage):
    raw = REAL_PDF.read_bytes()
    bad = raw[:2000] if damage == "truncated" else b"%PDF-1.7\n" + bytes(range(256)) * 20
    with pytest.raises(CorruptFileError):
        readers.read(bad, "bad.pdf")


def test_a_real_pdf_reads_with_its_furniture_set_aside_and_format_metadata():
    result = readers.read(REAL_PDF.read_bytes(), "x.pdf")
    lines = result.text.splitlines()
    assert result.format.page_count == 5 and result.format.furniture.removed == 5
    assert "—1—" not in lines and "—5—" not in lines
    # a paragraph cut by the page break at —1— reads on in one line
    assert any(line.startswith("2019年1月1日起全面施行") and line.endswith("推动税务领域信用体系建设迈上新台阶。开展个人所得税纳税信用建设，要坚持依法推进原则，严格依照法律法规建立健全个人所得税纳税信用机制；要坚持业务协同原则，充分发挥各业务主管部门在个人所得税纳税信用建设中的组织引导和示范推动作用，形成个人所得税纳税信用建设合力；要坚持权益保护原则，注重纳税人信息安全和隐私保护，健全信用修复机制，维护纳税人合法权益。") for line in lines)
    assert "（2014-2020年）" in result.text  # the soft hyphen the page draws as a hyphen


def test_a_pdf_parses_end_to_end():
    doc = policyparse.parse(REAL_PDF)
    assert doc.format.format == "pdf" and doc.metadata.doc_number == "发改办财金规〔2019〕860号"
    assert doc.metadata.title == "关于加强个人所得税纳税信用建设的通知"
    assert [n.marker for n in doc.sections if n.kind == "heading"][:5] == ["一、", "二、", "三、", "四、", "五、"]


# ---------------------------------------------------------------- layout rules on placed characters


def _glyphs(text: str, x: float, y: float, step: float = 10.0, h: float = 10.0):
    return [_layout.Glyph(ch, x + i * step, x + i * step + h * 0.95, y, y + h) for i, ch in enumerate(text)]


def test_layout_page_numbers_running_headers_hard_wraps_and_letter_spacing():
    pages, heights = [], []
    body = "一二三四五六七八九十" * 4  # 40 characters: a full line from x=50 to x=450
    for n in range(1, 4):
        g = _glyphs("某某市人民政府办公室文件汇编", 150, 20)  # running header in the top band
        g += _glyphs("通知", 200, 100, step=60)  # letter-spaced title: 通      知
        g += _glyphs(body, 50, 200) + _glyphs("接续的文字。", 50, 215)
        g += _glyphs(f"— {n} —", 280, 800)  # page number in the bottom band
        pages.append(_layout.page_lines(g, n))
        heights.append(842)
    blocks = _layout.lines_to_blocks(pages, heights)
    text = [b.text for b in blocks if b.kind == "paragraph"]
    furniture = [b.text for b in blocks if b.kind == "furniture"]
    assert text.count("通知") == 3 and text.count(body + "接续的文字。") == 3
    assert "—1—" in furniture and "某某市人民政府办公室文件汇编" in furniture
    assert not [t for t in text if "—" in t or "汇编" in t]


def test_a_footer_at_one_height_just_above_the_band_is_furniture_and_a_sentence_cut_by_it_joins():
    """重庆市人民政府办公厅发布 at 0.87 of the page, above the page number: outside the 11 % band, but at the
    same height at the foot of every page and nowhere else."""
    pages, heights = [], []
    body = "一二三四五六七八九十" * 4  # reaches the right edge: goes on over the page break
    for n in range(1, 4):
        g = _glyphs(f"第{n}段" + body[3:], 50, 600) + _glyphs("完善消费民", 50, 615)
        g += _glyphs("某某市人民政府办公厅发布", 300, 735) + _glyphs(f"- {n} -", 60, 790)
        pages.append(_layout.page_lines(g, n))
        heights.append(842)
    blocks = _layout.lines_to_blocks(pages, heights)
    furniture = [b.text for b in blocks if b.kind == "furniture"]
    assert furniture.count("某某市人民政府办公厅发布") == 3
    assert not [b for b in blocks if b.kind != "furniture" and "发布" in b.text]


def test_an_attachment_label_on_the_next_page_does_not_join_a_blank_date_that_reaches_the_edge():
    """日期：______年______月______日 / (page break) / 附件 1-1 (vs_09): a form's blank date is drawn to the right edge,
    so it reads as a wrapped line; the label heading the next page's form opens a line of its own all the same."""
    pages, heights = [], []
    body = "一二三四五六七八九十" * 4  # a full line from x=50 to x=450
    for n in range(1, 3):
        g = _glyphs(body, 50, 200)
        if n == 1:
            g += _glyphs("日期：______年______月______日" + "_" * 16, 50, 215)  # 40 characters: reaches the edge
        else:
            g = _glyphs("附件 1-1", 50, 100) + _glyphs("房源信息表", 150, 130) + g
        g += _glyphs(f"- {n} -", 280, 800)
        pages.append(_layout.page_lines(g, n))
        heights.append(842)
    text = [b.text for b in _layout.lines_to_blocks(pages, heights) if b.kind == "paragraph"]
    assert "附件 1-1" in text or "附件1-1" in text
    assert not [t for t in text if t.startswith("日期") and "附件" in t]


def test_a_line_repeated_at_the_foot_but_also_in_the_body_or_at_the_head_stays():
    pages, heights = [], []
    for n in range(1, 4):
        g = _glyphs("财天下科技有限公司", 50, 105) + _glyphs("正文第一行。", 50, 300)  # head of the page, 0.125: stays
        g += _glyphs("市财政局", 300, 735)  # at the foot of each page, but also in the body of page 3
        if n == 3:
            g += _glyphs("市财政局", 50, 400)
        pages.append(_layout.page_lines(g, n))
        heights.append(842)
    blocks = _layout.lines_to_blocks(pages, heights)
    assert not [b for b in blocks if b.kind == "furniture"]


def test_a_text_layer_of_ascii_signs_is_refused():
    """Founder PDFGenerator gazettes: glyphs mapped onto !"#$%&'()*+…, a few Han characters among them."""
    garbage = '!"#$%&\'()*+,-.!!"#+,/01234&公56报789:;12<=>?@AB府CDE"AFG' * 10
    page = [_layout.Glyph(ch, 0, 1, 0, 1) for ch in garbage]
    with pytest.raises(ScannedPdfError, match="ASCII signs"):
        pdf._check_text_layer([page], "gazette.pdf")
    prose = "一、总体要求（2025—2027年）：完成率≥95%，“放管服”改革。" * 10
    pdf._check_text_layer([[_layout.Glyph(ch, 0, 1, 0, 1) for ch in prose]], "notice.pdf")  # no error


def test_layout_cells_and_fake_bold():
    g = _glyphs("序号", 50, 100) + _glyphs("重点任务", 150, 100) + _glyphs("牵头单位", 300, 100)
    g += _glyphs("国家", 50, 200) + _glyphs("国家", 50.5, 200.2)  # drawn twice: fake bold
    lines = _layout.page_lines(g, 1)
    assert [ln.text for ln in lines] == ["序号\t重点任务\t牵头单位", "国家"]


def test_a_wide_cell_wrapped_above_its_row_stays_in_the_row_on_a_page_that_is_mostly_table():
    """Word prints a two-line cell with the row's other cells centred between its lines; on a page that is
    mostly table the cell's long first line sets the 'right edge' itself, so the edge cannot tell it from prose."""
    g = _glyphs("周重点工作安排", 200, 40)
    g += _glyphs("序号", 20, 80) + _glyphs("工作内容", 80, 80) + _glyphs("责任处室", 250, 80) + _glyphs("工作要求", 350, 80)
    g += _glyphs("学习贯彻重要讲话精神和有关要", 350, 110)  # first line of the 工作要求 cell, above its row
    g += _glyphs("1", 20, 117) + _glyphs("做好学习准备工作", 80, 117) + _glyphs("宣传处", 250, 117)
    g += _glyphs("求组织集中学习", 350, 124)  # its second line
    g += _glyphs("2", 20, 150) + _glyphs("做好舆情监测工作", 80, 150) + _glyphs("宣传处", 250, 150) + _glyphs("及时对接", 350, 150)
    blocks = _layout.lines_to_blocks([_layout.page_lines(g, 1)], [842])
    assert [b.kind for b in blocks] == ["paragraph", "table"]
    assert blocks[1].rows == [["序号", "工作内容", "责任处室", "工作要求"],
                              ["1", "做好学习准备工作", "宣传处", "学习贯彻重要讲话精神和有关要求组织集中学习"],
                              ["2", "做好舆情监测工作", "宣传处", "及时对接"]]


def _ruled(xs: list[float], ys: list[float], skip_v=(), skip_h=()) -> list[_grid.Rule]:
    """Cell borders drawn one cell side at a time, as word processors print them; (border, band) pairs in
    skip_v / skip_h are not drawn (merged cells)."""
    rules = []
    for k, x in enumerate(xs):
        for row in range(len(ys) - 1):
            if (k, row) not in skip_v:
                rules.append(_grid.Rule(x - 0.4, x + 0.4, ys[row], ys[row + 1]))
    for k, y in enumerate(ys):
        for col in range(len(xs) - 1):
            if (k, col) not in skip_h:
                rules.append(_grid.Rule(xs[col], xs[col + 1], y - 0.4, y + 0.4))
    return rules


def test_a_ruled_table_is_read_by_its_borders_with_merged_and_wrapped_cells():
    """Narrow columns: cells wrapped over lines and gaps narrower than a cell gap; 序号 and 工作事项 merged over
    two rows (no border between them: text once, in the first row), a category row merged across the table."""
    xs, ys = [20, 60, 160, 300, 400], [100, 120, 140, 180, 220]
    rules = _ruled(xs, ys, skip_v={(1, 1), (2, 1), (3, 1)}, skip_h={(3, 0), (3, 1)})
    g = _glyphs("序号", 25, 105) + _glyphs("工作事项", 65, 105) + _glyphs("主要内容", 165, 105) + _glyphs("牵头单位", 305, 105)
    g += _glyphs("一、深化改革", 25, 125)  # the category row, one cell over four columns
    g += _glyphs("1", 25, 170) + _glyphs("扩大家庭", 65, 165) + _glyphs("医生来源", 65, 176)  # merged over two rows, wrapped
    g += _glyphs("到2025年培养", 162, 145) + _glyphs("500名医生", 162, 156) + _glyphs("各区政府", 302, 150)
    g += _glyphs("加大招聘力度", 162, 190) + _glyphs("市人社局", 302, 190)
    g += _glyphs("附件：说明", 20, 240)  # below the table
    lines = _layout.page_lines(g, 1, rules)
    blocks = _layout.lines_to_blocks([lines], [842])
    assert [b.kind for b in blocks] == ["table", "paragraph"]
    assert blocks[0].rows == [["序号", "工作事项", "主要内容", "牵头单位"], ["一、深化改革", "", "", ""],
                              ["1", "扩大家庭医生来源", "到2025年培养500名医生", "各区政府"],
                              ["", "", "加大招聘力度", "市人社局"]]
    assert blocks[1].text == "附件：说明"


def _task_table_page(page: int, body: list[tuple[str, str, str]]) -> list[_layout.Line]:
    """A page of a ruled 序号 | 主要内容 | 牵头单位 table: its header repeated, then the given rows."""
    ys = [100 + 30 * k for k in range(len(body) + 2)]
    g = _glyphs("序号", 25, 105) + _glyphs("主要内容", 65, 105) + _glyphs("牵头单位", 305, 105)
    for k, (number, task, lead) in enumerate(body):
        y = ys[k + 1] + 5
        g += (_glyphs(number, 25, y) if number else []) + _glyphs(task, 65, y) + (_glyphs(lead, 305, y) if lead else [])
    return _layout.page_lines(g, page, _ruled([20, 60, 300, 400], ys))


def test_a_ruled_row_cut_by_a_page_break_is_one_row():
    first = _task_table_page(1, [("1", "完善家庭医生培养", "市卫生健康委")])
    second = _task_table_page(2, [("", "培训体系和制度", ""), ("2", "提升服务能力。", "各区政府")])
    rows = _layout.lines_to_blocks([first, second], [842, 842])[0].rows
    header = ["序号", "主要内容", "牵头单位"]
    assert rows == [header, ["1", "完善家庭医生培养培训体系和制度", "市卫生健康委"], header, ["2", "提升服务能力。", "各区政府"]]


def test_a_row_under_a_merged_number_on_the_next_page_stays_a_row():
    first = _task_table_page(1, [("1", "（一）扩大家庭医生来源", "各区政府")])
    second = _task_table_page(2, [("", "（二）加大招聘力度", "")])  # its own marker: a row of its own
    rows = _layout.lines_to_blocks([first, second], [842, 842])[0].rows
    assert rows[-1] == ["", "（二）加大招聘力度", ""]


def test_a_boxed_paragraph_or_a_lone_rule_is_no_table():
    box = _ruled([20, 400], [100, 140])  # one cell: a 专栏 box
    rule = [_grid.Rule(20, 400, 90, 91)]  # the red line under a 文件 header
    g = _glyphs("专栏一重点工程", 25, 110)
    assert _grid.find_grids(box + rule) == []
    assert [ln.text for ln in _layout.page_lines(g, 1, box + rule)] == ["专栏一重点工程"]
    frame = _ruled([20, 300, 560], [50, 80, 800])  # a page frame of two columns with a title band
    prose = _glyphs("关于印发实施方案的通知", 60, 60) + _glyphs("各区人民政府：", 25, 100) + _glyphs("现将方案印发给你们。", 25, 115)
    assert [ln.text for ln in _layout.page_lines(prose, 1, frame)] == ["关于印发实施方案的通知", "各区人民政府：", "现将方案印发给你们。"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is needed to print the Word table to PDF")
def test_a_word_task_table_printed_to_pdf_gives_the_same_task_rows(tmp_path):
    """The real DOCX task table of tests/real/tables (tt_05), printed to PDF by LibreOffice as notices often are:
    the PDF reader finds the same rows, cells and deadlines as the DOCX reader."""
    docx = next((FORMATS.parent / "tables" / "docs").glob("tt_05_*.docx"))
    shutil.copy(docx, tmp_path / "plan.docx")
    subprocess.run([shutil.which("soffice"), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "plan.docx")], capture_output=True, timeout=180, check=True)

    def rows(path):
        doc = policyparse.parse_file(str(path))
        return [(n.cells, [(d.year, d.month, d.kind) for d in n.deadlines]) for n in doc.iter_sections() if n.kind == "task_row"]

    from_docx = rows(tmp_path / "plan.docx")
    assert len(from_docx) == 5 and rows(tmp_path / "plan.pdf") == from_docx


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is needed to print the page to PDF")
def test_a_task_table_page_printed_to_pdf_scores_as_the_page(tmp_path):
    """The real HTML task table of tests/real/tables (tt_01: 39 rows, 序号 and 工作事项 merged over 2-4 rows,
    narrow columns wrapped over many lines, rows cut by page breaks), printed to a 37-page PDF by LibreOffice:
    scored against the page's own gold, the PDF gives the same figures as the page."""
    from policyparse.evaluate import evaluate

    tables = FORMATS.parent / "tables"
    page = next((tables / "docs").glob("tt_01_*.html"))
    shutil.copy(page, tmp_path / "page.html")
    subprocess.run([shutil.which("soffice"), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "pdf:writer_web_pdf_Export", "--outdir", str(tmp_path), str(tmp_path / "page.html")],
                   capture_output=True, timeout=300, check=True)
    gold = json.loads((tables / "gold" / "dev" / f"{page.stem}.json").read_text(encoding="utf-8"))
    (tmp_path / "gold").mkdir()
    for name, document in (("page", page), ("pdf", tmp_path / "page.pdf")):
        (tmp_path / "gold" / name).mkdir()
        (tmp_path / "gold" / name / "g.json").write_text(json.dumps({**gold, "document": str(document)}), encoding="utf-8")
    on_page, on_pdf = (evaluate(tmp_path / "gold" / name, policyparse.parse_file) for name in ("page", "pdf"))
    for field in ("task_rows", "row_lead", "row_support", "row_mode", "row_deadlines"):
        assert on_pdf.score(field, "strict").f1 == on_page.score(field, "strict").f1, field
    assert on_pdf.score("task_rows", "strict").f1 == 1.0


@pytest.mark.parametrize("text,furniture", [("— 6 —", True), ("-12-", True), ("第3页 共12页", True), ("3/12", True),
                                           ("17", True), ("一、总体要求", False), ("2025年", False)])
def test_page_number_forms(text, furniture):
    assert _layout.is_page_number(text) is furniture


# ---------------------------------------------------------------- OFD, DOC


def _ofd(pages: list[list[tuple[str, float, float]]]) -> bytes:
    buf = io.BytesIO()
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("OFD.xml", f'<ofd:OFD {ns} Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:Title>通知</ofd:Title>'
                    "<ofd:CreationDate>2021-05-01</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        # listed in reverse: the Document.xml page list, not the part names, gives the order
        listing = "".join(f'<ofd:Page ID="{i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        zf.writestr("Doc_0/Document.xml", f"<ofd:Document {ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                    f"</ofd:PageArea></ofd:CommonData><ofd:Pages>{listing}</ofd:Pages></ofd:Document>")
        for i, page in enumerate(pages):
            objs = "".join(f'<ofd:TextObject ID="{i}{j}" Boundary="{x} {y} 150 6" Font="1" Size="5"><ofd:TextCode X="0" Y="5" '
                           f'DeltaX="{" ".join(["5"] * (len(t) - 1))}">{t}</ofd:TextCode></ofd:TextObject>' for j, (t, x, y) in enumerate(page))
            zf.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", f"<ofd:Page {ns}><ofd:Content><ofd:Layer>{objs}</ofd:Layer></ofd:Content></ofd:Page>")
    return buf.getvalue()


def test_ofd_text_in_page_order_joined_by_position():
    body = "现将方案印发给你们请认真贯彻执行结合实际抓好落实确保各项任务落到实处"  # 34 characters, 170 mm
    raw = _ofd([[("关于印发", 60, 40), ("方案的通知", 80, 40), ("各区人民政府：", 20, 60), (body, 20, 70), ("特此通知。", 20, 80)],
                [("一、总体要求", 30, 40), ("— 2 —", 95, 285)]])
    result = readers.read(raw, "notice.ofd")
    assert result.text.splitlines() == ["关于印发方案的通知", "各区人民政府：", body + "特此通知。", "一、总体要求"]
    assert (result.format.format, result.format.page_count, result.format.title) == ("ofd", 2, "通知")


def test_an_ofd_textcode_running_onto_a_second_line_by_delta_y_reads_as_two_lines():
    raw = _ofd([[("标题", 20, 40)]])
    code = ('<ofd:TextObject ID="9" Boundary="10 120 189 12" Font="1" Size="4"><ofd:TextCode X="66" Y="5" '
            'DeltaX="g 4 4 -20 g 5 4" DeltaY="g 4 0 4.2 g 5 0">买票请到此中国铁路祝您</ofd:TextCode></ofd:TextObject>')
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith("Content.xml"):
                data = data.replace(b"</ofd:Layer>", code.encode("utf-8") + b"</ofd:Layer>")
            dst.writestr(item, data)
    lines = readers.read(buf.getvalue(), "ticket.ofd").text.splitlines()
    assert "买票请到此" in lines and "中国铁路祝您" in lines


def test_an_ofd_with_no_text_objects_is_refused_not_read_as_empty():
    raw = _ofd([[], []])
    with pytest.raises(NoTextLayerError, match="hold no text"):
        readers.read(raw, "outlines.ofd")


def test_a_doc_with_numbered_lists_or_tables_goes_through_libreoffice_to_docx(monkeypatch):
    calls = []
    monkeypatch.setattr(ole, "_office", lambda: "soffice")
    monkeypatch.setattr(ole, "_needs_office", lambda src: True)
    monkeypatch.setattr(ole, "_soffice_docx", lambda tool, src, tmp, path: calls.append(tool) or [readers.Block("paragraph", "1、发文")])
    monkeypatch.setattr(ole, "available_tool", lambda: "antiword")
    result = readers.read(ole.MAGIC + b"\x00" * 504, "list.wps")
    assert calls == ["soffice"] and result.text.strip() == "1、发文" and result.format.reader == "soffice → docx"
    assert result.format.format == "wps"


def test_each_libreoffice_conversion_has_a_profile_of_its_own(monkeypatch, tmp_path):
    # parallel workers sharing the user's LibreOffice profile lock each other out
    commands = []

    def fake_run(cmd, **kwargs):
        commands.append(cmd)
        (tmp_path / "input.txt").write_text("正文", encoding="utf-8")
        return subprocess.CompletedProcess(cmd, 0, b"", b"")

    monkeypatch.setattr(ole.subprocess, "run", fake_run)
    assert ole._soffice("soffice", str(tmp_path / "input.doc"), str(tmp_path), None) == "正文"
    profile = [arg for arg in commands[0] if arg.startswith("-env:UserInstallation=file://")]
    assert profile and profile[0].endswith(str(tmp_path / "lo-profile"))  # removed with the conversion's tmp


def test_doc_without_a_reader_names_the_install_step(monkeypatch):
    monkeypatch.setattr(ole.shutil, "which", lambda name: None)
    raw = (FORMATS / "doc" / "gm_fazhi_zongjie.doc").read_bytes()
    with pytest.raises(ReaderMissingError, match="apt-get install antiword"):
        readers.read(raw, "old.doc")


@pytest.mark.skipif(ole.available_tool() is None, reason="no antiword or LibreOffice: apt-get install antiword")
def test_a_doc_parses_end_to_end():
    doc = policyparse.parse(FORMATS / "doc" / "gm_fazhi_zongjie.doc")
    assert doc.format.format == "doc" and "法治建设" in (doc.metadata.title or doc.text[:40])


def test_antiword_tables_become_rows_with_wrapped_cells_joined():
    text = "附件1\n|序号(岗位代 |招聘单位  |\n|码)         |          |\n|1           |市医院    |\n正文。\n"
    blocks = ole.text_blocks(text)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == [["序号(岗位代码)", "招聘单位"], ["1", "市医院"]]


def test_antiword_rule_above_the_notes_is_no_text():
    # the end of vy_06 as antiword prints it: the last article, its rule, then the footer's page number
    text = ("    2024年 月 日前已取得销售手续的存量项目，预售资金监管仍可按原模式继续进行。\n"
            "-----------------------\n   － 2 －\n\n")
    kept = ole.without_notes_rule(text)
    assert "-" * 23 not in kept
    assert "存量项目" in kept and "－ 2 －" in kept
    # a rule of another length is the writer's and stays
    assert ole.without_notes_rule("甲\n----------\n乙\n") == "甲\n----------\n乙\n"


# ---------------------------------------------------------------- the seam and the batch


def test_batch_file_kinds_come_from_the_readers():
    assert set(batch.SUFFIXES) == set(readers.known_suffixes())
    assert {".pdf", ".docx", ".doc", ".wps", ".ofd", ".txt", ".html"} <= set(batch.SUFFIXES)


def test_unknown_zip_is_an_unsupported_format_not_a_crash():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError):
        policyparse.parse(buf.getvalue())


def test_a_folder_batch_reads_every_format_and_lists_what_it_does_not_read(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.pdf").write_bytes(REAL_PDF.read_bytes())
    (src / "b.docx").write_bytes((FORMATS / "docx" / "gm_gangwei_zhize.docx").read_bytes())
    (src / "c.ofd").write_bytes((FORMATS / "ofd" / "zc310_helloworld.ofd").read_bytes())
    (src / "d.html").write_text("<html><body><div id='zoom'><p>一、总体要求</p><p>加强科普工作，推动全民科学素质提升。</p></div></body></html>", encoding="utf-8")
    (src / "scan.pdf").write_bytes(_blank_pdf())
    (src / "attachment").write_bytes(REAL_PDF.read_bytes())  # no suffix: a PDF by its bytes
    (src / "table.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 60)
    out = tmp_path / "out"
    result = batch.run_batch([str(src)], str(out))
    assert result.done == 5
    assert [Path(f.path).name for f in result.failures] == ["scan.pdf"]
    assert result.failures[0].error_type == "ScannedPdfError" and result.failures[0].stage == "read"
    assert sorted(Path(u.path).name for u in result.not_read) == ["photo.jpg", "table.xlsx"]
    assert all(u.reason for u in result.not_read)
    record = json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))
    assert record["error_type"] == "ScannedPdfError"
    formats = {p.stem: json.loads(p.read_text(encoding="utf-8"))["format"]["format"] for p in out.glob("*.json")}
    assert formats == {"a": "pdf", "b": "docx", "c": "ofd", "d": "html", "attachment": "pdf"}


def test_every_format_error_is_a_read_stage_error():
    for cls in (EncryptedFileError, CorruptFileError, ScannedPdfError, NoTextLayerError, TooManyPagesError, ReaderMissingError, UnsupportedFormatError):
        assert issubclass(cls, FormatError) and cls.stage == "read"


def test_html_page_fields_are_typed_format_metadata():
    page = ("<html><head><title>关于印发方案的通知_政策_某市政府</title><meta name='PubDate' content='2021-05-06'></head><body>"
            "<table><tr><td>索引号：</td><td>001/2021-00012</td><td>发文字号：</td><td>某政发〔2021〕3号</td></tr></table>"
            "<div id='zoom'><p>各区人民政府：</p><p>现将方案印发给你们，请认真贯彻执行。</p></div></body></html>")
    doc = policyparse.parse(page.encode("utf-8"))
    assert doc.format.format == "html"
    fields = doc.format.page_fields
    assert (fields.publish_date, fields.index_number, fields.doc_number) == ("2021-05-06", "001/2021-00012", "某政发〔2021〕3号")
    assert doc.metadata.publish_date == "2021-05-06" and doc.metadata.index_number == "001/2021-00012"


def test_an_encrypted_office_package_is_named_as_such():
    raw = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500
    with pytest.raises(EncryptedFileError, match="password-protected"):
        readers.read(raw, "locked.docx")


def test_layout_wide_spaces_in_a_heading_or_a_lone_line_are_no_table():
    g = _glyphs("第二章", 50, 100) + _glyphs("总则", 150, 100)  # 第二章　　　总则
    g += _glyphs("第一条", 50, 130) + _glyphs("为了规范管理，制定本办法。", 120, 130)
    g += _glyphs("国家发展改革委办公厅", 50, 300) + _glyphs("税务总局办公厅", 300, 300)  # two issuers side by side
    lines = _layout.lines_to_blocks([_layout.page_lines(g, 1)], [842])
    assert [b.text for b in lines if b.kind == "paragraph"] == ["第二章 总则", "第一条 为了规范管理，制定本办法。", "国家发展改革委办公厅 税务总局办公厅"]


def test_text_saved_under_a_binary_name_is_read_as_text(tmp_path):
    page = "<html><body><div id='zoom'><p>一、总体要求</p><p>加强科普工作。</p></div></body></html>".encode("utf-8")
    assert readers.reader_for("notice.pdf", page).name == "text"
    saved = tmp_path / "notice.pdf"  # a crawler saved the site's HTML page under the attachment's name
    saved.write_bytes(page)
    doc = policyparse.parse_file(saved)
    assert doc.format.format == "html" and doc.sections[0].marker == "一、"
