"""A table of contents (目录) is set aside: it repeats the headings and must not become nodes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.repair import StepLog, contents
from policyparse.repair.contents import drop_table_of_contents

BODY = ["第一章 总则", "第一条 为了规范管理，制定本办法。", "第二章 职责", "第二条 各部门按照职责分工负责。"]


def run(lines: list[str]) -> tuple[list[str], StepLog]:
    log = StepLog("contents")
    return drop_table_of_contents("\n".join(lines), log).split("\n"), log


def test_headed_contents_block_up_to_where_the_body_repeats_its_first_entry():
    out, log = run(["某某规划", "II 目    录", "第一章 总则 ........ 1", "第二章 职责", "2"] + BODY)
    assert out == ["某某规划"] + BODY
    assert log.changes == 4 and "table of contents" in log.warnings[0]


def test_a_preface_the_contents_do_not_list_ends_the_block():
    # ur_06 (PDF text): 目录 / 一、总体要求……1 / … / 前 言 / 石化行业是… / 一、总体要求: the preface is text, kept
    toc = ["目录", "一、总体要求..........1", "二、建设思路..........2", "三、建设内容..........6"]
    preface = ["前 言", "石化行业是我国国民经济重要的支柱产业。"]
    out, _ = run(["某某建设指南"] + toc + preface + ["一、总体要求", "（一）指导思想"])
    assert out == ["某某建设指南"] + preface + ["一、总体要求", "（一）指导思想"]
    # listed among the entries, the preface is an entry like the others
    out, _ = run(["某某建设指南", "目录", "前言..........1", "一、总体要求..........2", "前言", "正文。"])
    assert out == ["某某建设指南", "前言", "正文。"]


def test_leader_lines_over_two_pages_without_a_contents_line():
    toc = ["第一节 指导思想 ........ 1", "第二节 规划原则 ........ 2", "I I", "第三节 规划依据 ........ 3",
           "第四节 规划范围 ........ 4", "第五节 规划期限 ........ 5"]
    out, _ = run(["前言"] + toc + ["第一节 指导思想", "以习近平新时代中国特色社会主义思想为指导，制定本规划。"])
    assert out == ["前言", "第一节 指导思想", "以习近平新时代中国特色社会主义思想为指导，制定本规划。"]


def test_a_contents_line_followed_by_prose_is_left_alone():
    lines = ["目录", "本目录由各部门按照职责分工编制，每年更新一次，并向社会公布，接受公众监督，确保目录内容准确、完整、及时，便于查询使用和监督检查。"] + BODY
    out, log = run(lines)
    assert out == lines and log.changes == 0


def test_no_contents_no_change():
    out, log = run(BODY)
    assert out == BODY and log.changes == 0


def test_chapter_titles_with_nothing_between_them_are_a_contents_list():
    # a law database's outline above an amending 决定: no 目录 line, no leaders, no body under the chapters
    lines = ["（1999年12月10日通过）", "第一章 总则", "第二章 地震监测预报", "第三章 地震灾害预防", "第四章 附则", "",
             "  会议决定对《条例》作如下修改：", "  一、第三条修改为：“…。”"]
    out, log = run(lines)
    assert out == ["（1999年12月10日通过）", "", "  会议决定对《条例》作如下修改：", "  一、第三条修改为：“…。”"]
    assert log.warnings


def test_chapters_with_articles_between_them_stay():
    lines = ["第一章 总则", "第一条 为了规范管理，制定本条例。", "第二章 管理", "第二条 本市适用。", "第三章 附则", "第三条 自公布之日起施行。"]
    out, _ = run(lines)
    assert out == lines


def test_two_chapter_lines_are_no_list():
    lines = ["第一章 总则", "第二章 管理", "第一条 为了规范管理，制定本条例。"]
    out, _ = run(lines)
    assert out == lines


def test_contents_line_glued_to_the_plan_title_keeps_the_title():
    # se_02: 益阳市重污染天气应急预案目录 / 1.总则 / 1.1编制目的 / … then the body repeats 1.总则
    toc = ["某市重污染天气应急预案目录", "1.总则", "1.1编制目的", "2.组织机构"]
    body = ["1.总则", "1.1编制目的", "为规范应急管理工作，制定本预案。", "2.组织机构"]
    out, log = run(toc + body)
    assert out == ["某市重污染天气应急预案"] + body and log.changes == 3


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet=".．·…。 \t\u30000123٣４\U00010d40\U000116d0目录第一章总则", max_size=30))
def test_leader_gate_agrees(raw):
    # speed20: _leader_block asks _HAS_LEADER only of a stripped line ending on a leader character or a decimal digit
    s = raw.strip()
    if not s:
        return
    ungated = contents._HAS_LEADER.search(s) is not None
    gated = contents._may_end_on_leader(s[-1]) and ungated
    assert gated == ungated, s


def test_decimal_digits_are_what_the_leader_pattern_reads():
    import regex
    digit = regex.compile(r"\d")
    assert all(contents._may_end_on_leader(chr(c)) for c in range(0x110000) if digit.match(chr(c)))


def test_decimal_sections_with_their_chapter_titles_and_no_text_are_a_contents_list():
    # th_02: 总则 / 1.1 编制目的 / … / 组织体系及职责 / 2.1 指挥机构 / … / 8  附则, then the body's 1 总则 / 1.1 编制目的 / text
    toc = ["总则", "1.1 编制目的", "1.2 编制依据", "1.3 事件分级", "组织体系及职责", "2.1 指挥机构", "2.2 办事机构",
           "表彰奖励与责任追究", "8  附则", ""]
    body = ["1 总则", "1.1 编制目的", "建立健全突发环境事件应急机制，提高政府应对突发环境事件的能力。", "1.2 编制依据"]
    out, log = run(["某县突发环境事件应急预案", ""] + toc + body)
    assert out == ["某县突发环境事件应急预案", ""] + body and log.warnings


def test_decimal_sections_with_text_below_them_stay():
    lines = ["1 总则", "1.1 编制目的", "建立健全应急机制，提高应对能力。", "1.2 编制依据", "依据有关法律法规。", "1.3 事件分级",
             "1.4 适用范围", "本预案适用于本县。", "2 组织体系", "2.1 指挥机构", "1.1 编制目的"]
    out, log = run(lines)
    assert out == lines and log.changes == 0


def test_entries_sharing_their_words_inside_the_outline_are_no_restart():
    # um_11: 1.5.2 重大供热突发事件（级） / 1.5.3 重大供热突发事件（级）: two entries of the same words (numerals lost)
    # inside the body's own numbered lines, not the body repeating the outline's first entry
    lines = ["1.总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "1.4 工作原则", "1.5事件分级", "1.5.1一般供热突发事件级）",
             "1.5.2重大供热突发事件（级）", "1.5.3重大供热突发事件（级）", "2.组织指挥体系及职责"]
    out, log = run(lines)
    assert out == lines and log.changes == 0
