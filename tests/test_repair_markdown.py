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


def test_bold_inside_a_line_of_text_does_not_make_a_file_markdown():
    text = repair("某市人民政府关于某事的通知\n各区：**重要**事项如下。\n".encode("utf-8")).text
    assert "**重要**" in text
