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
