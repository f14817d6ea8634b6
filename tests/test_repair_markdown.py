"""The Markdown step on synthetic snippets: containers and what they keep (repair/markdown.py)."""

from __future__ import annotations

from policyparse.pipeline import parse
from policyparse.repair import repair

PAGE = ("# 某市生态环境局行政处罚裁量规定\n\n第一条 为规范行政处罚，制定本规定。\n\n第二条 本规定自2020年3月1日起施行。\n\n"
        "::: {}\n\n[某市生态环境局裁量标准参照表](/static/doc/bz.xls){{target=\"_blank\"}}\n\n:::\n")


def test_an_attachment_box_keeps_its_label_as_a_line():
    text = repair(PAGE.format("info 附件")).text
    assert "附件\n\n某市生态环境局裁量标准参照表" in text
    assert parse(PAGE.format("info 附件").encode("utf-8")).metadata.attachments == ["某市生态环境局裁量标准参照表"]


def test_other_boxes_drop_their_fence_and_keep_their_content():
    text = repair(PAGE.format("tip 修订信息")).text
    assert "修订信息" not in text and ":::" not in text
    assert "某市生态环境局裁量标准参照表" in text


def test_a_file_opening_with_whole_lines_in_bold_is_markdown_and_its_bold_lines_make_the_title():
    """**某省农村支付服务提质增效** / **助力乡村振兴行动方案(2026-2028年)**: a page saved as Markdown with its title set in
    bold over two lines and no # heading; the emphasis marks go, the two lines make the title and its plan period."""
    doc = parse("**某省农村支付服务提质增效**\n\n**助力乡村振兴行动方案(2026-2028年)**\n\n为深入推进乡村振兴，特制定本行动方案\n\n"
                "一、总体要求\n\n（一）指导思想。\n\n以改革为动力。\n".encode("utf-8"))
    assert "**" not in doc.text
    assert doc.metadata.title == "某省农村支付服务提质增效助力乡村振兴行动方案（2026-2028年）"
    assert (doc.metadata.plan_period.start, doc.metadata.plan_period.end) == (2026, 2028)


def test_a_bold_title_line_with_a_bracketed_note_after_it_opens_a_markdown_file():
    """wild19: **中共中央 国务院关于…的意见**（2026年中央1号文件） opening a knowledge base's Markdown copy: the note after
    the bold kept the line from being read as a bold title line, so the emphasis marks stayed and no title was read."""
    doc = parse("**中共中央 国务院关于某某工作的意见**（2026年中央1号文件）\n\n**2026年1月3日**\n\n"
                "某某现代化关系全局。要坚持以新发展理念为指导。\n\n**一、提升某某能力**\n\n（一）确保某某稳产。\n".encode("utf-8"))
    assert "**" not in doc.text
    assert doc.metadata.title == "中共中央 国务院关于某某工作的意见（2026年中央1号文件）"


def test_a_page_saved_as_a_reader_service_returns_it_gives_its_title_and_date_fields():
    """wild19: knowledge bases save pages as r.jina.ai returns them (Title: … / URL Source: … / Published Time: … /
    Markdown Content:): the header was read as the first lines of the notice, and a news page had no title."""
    page = ("Title: 某市人民政府办公厅关于印发某某实施方案的通知 - 某市人民政府门户网站\n\n"
            "URL Source: https://www.example.gov.cn/zwgk/content/post_123.html\n\n"
            "Published Time: 2024-07-30T10:00:00+08:00\n\nMarkdown Content:\n"
            "[首页](https://www.example.gov.cn/)\n\n某市人民政府办公厅关于印发某某实施方案的通知\n\n"
            "各区人民政府，市政府各部门：\n\n现将《某某实施方案》印发给你们，请认真贯彻执行。\n\n"
            "某市人民政府办公厅\n\n2024年7月29日\n")
    doc = parse(page.encode("utf-8"))
    assert "URL Source" not in doc.text and "Markdown Content" not in doc.text
    assert doc.metadata.title == "某市人民政府办公厅关于印发某某实施方案的通知"
    assert (doc.metadata.issue_date, doc.metadata.publish_date) == ("2024-07-29", "2024-07-30")
    news = parse("Title: 某区扎实推进家庭医生签约服务 - 某市人民政府门户网站\n\nURL Source: http://www.example.gov.cn/a.html\n\n"
                 "Markdown Content:\n某区扎实推进家庭医生签约服务。近日，某区召开推进会。\n".encode("utf-8"))
    assert news.metadata.title == "某区扎实推进家庭医生签约服务"
    # a notice whose first line opens with 标题 words is no reader's header
    assert "Title" in repair("Title: 某某\n各区：现将有关事项通知如下。\n".encode("utf-8")).text


def test_bold_inside_a_line_of_text_does_not_make_a_file_markdown():
    text = repair("某市人民政府关于某事的通知\n各区：**重要**事项如下。\n".encode("utf-8")).text
    assert "**重要**" in text


# a crawler's copy of a city's policy page (vo batch): front fields named in Chinese, a quoted note on where the copy
# comes from between them and the document's # title
CRAWLED = ("---\n标题: 某市某区人民政府办公室关于印发《某区某某实施方案》的通知\n文号: 某府办〔2025〕1号\n发布单位: 某市某区人民政府办公室\n"
           "发布日期: 2025-01-03\n官方链接: https://www.example.gov.cn/zhengce/detail/0075::1\n---\n\n"
           "> 本文正文由脚本自官方公开页面提取，仅供检索查阅；以官方链接发布版本为准。\n> 依著作权法，立法性质的文件不适用著作权法。\n\n"
           "# 某市某区人民政府办公室关于印发《某区某某实施方案》的通知\n\n区政府各有关单位：\n\n《某区某某实施方案》已经区政府同意，现予印发。\n\n"
           "某市某区人民政府办公室\n\n2025年1月3日\n")


def test_front_fields_named_in_chinese_give_the_title_and_the_doc_number():
    doc = parse(CRAWLED.encode("utf-8"))
    assert doc.metadata.doc_number == "某府办〔2025〕1号"
    assert doc.metadata.title == "某市某区人民政府办公室关于印发《某区某某实施方案》的通知"
    # 发布单位 names the office that posted the page, which may not be the signer: left to the signature
    assert doc.metadata.issuer == "某市某区人民政府办公室"


def test_a_quoted_note_between_front_matter_and_title_is_dropped_and_makes_no_paragraph():
    text = repair(CRAWLED).text
    assert "本文正文由脚本" not in text and "著作权法" not in text
    doc = parse(CRAWLED.encode("utf-8"))
    assert [s.kind for s in doc.sections][:2] == ["addressee", "preamble"]


def test_quoted_lines_not_followed_by_a_title_or_lower_in_the_page_stay():
    no_title = "---\n标题: 某某通知\n---\n\n> 各有关单位：现将有关事项通知如下。\n\n一、总体要求\n"
    assert "各有关单位" in repair(no_title).text
    signed = CRAWLED.replace("某市某区人民政府办公室\n\n2025年1月3日\n", "> 某市某区人民政府办公室\n> 2025年1月3日\n")
    assert "某市某区人民政府办公室\n> 2025年1月3日" in repair(signed).text


from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from policyparse.repair import markdown  # noqa: E402


def _looks_like_markdown_plain(text: str) -> bool:
    """looks_like_markdown as written before its # gate: the heading scan run on every text."""
    head = text[:markdown.SNIFF_CHARS]
    start = head.lstrip("\ufeff\n")
    if markdown._FRONT_MATTER.match(head) or markdown._ATX.match(start) or markdown._BOLD_LINE.match(start):
        return True
    if start.startswith("Title:") and markdown._READER_HEADER.match(start):
        return True
    return sum(1 for _ in markdown._ATX.finditer(head)) >= 2


@given(st.text(alphabet="#＃ \t\n-*总则第一章Title:\ufeff", max_size=40))
@example("一、总体要求\n## 第一章 总则\n### 第一条")
@example("# 关于印发方案的通知")
@settings(max_examples=2000)
def test_markdown_sniff_gate_keeps_the_plain_answer(text):
    # the # gate spares the heading scan only where it finds no heading line
    assert markdown.looks_like_markdown(text) == _looks_like_markdown_plain(text)
