"""_DEADLINE's anchor gate (speed35): the pattern tried only where 年 / 月 / 日 / 号 / 季 / 五 / 持 lies at most
DEADLINE_ANCHOR_REACH characters on. The pattern without the gate is kept here as the reference: same matches, same
order, same groups."""

from __future__ import annotations

import re as stdre

from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.extract.deadlines import (
    _DEADLINE, _DEADLINE_NEAR_ANCHOR, DEADLINE_ANCHOR_REACH, DEADLINE_ANCHORS, find_deadlines,
)

# the pattern as it was before the gate, compiled plainly (no start-class skip either)
_PLAIN = stdre.compile(_DEADLINE.pattern.replace(_DEADLINE_NEAR_ANCHOR, "", 1))


def _found(pattern, own: str):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(own)]


# one or more shapes of every alternative the pattern reads (the comments in extract/deadlines.py name their documents)
_SHAPES = (
    "到2025年底前，全面完成改造任务。", "到2025年年底，基本建成。", "到 2035 年，全面建成。", "2024年6月30日前报送。",
    "截止到 2025 年底，累计建成5个。", "截至2023年12月31日，共计完成。", "最迟在一九八六年二月底前办完。",
    "今年底前完成，至明年底全部建成，明年3月底前验收，今年内启动。", "1、自查总结。次年1月15日前，报送自查报告。",
    "2024 年 9 月 30 日前完成。", "请于4月26日（周五）前报送。", "到“十四五”末，建成一批。", "六五期间完成，“十四五”时期末达到。",
    "每月28日15点前报送，每月28日（本次报送于5月29日）之前报送。", "每个季度第1个月的20日前报送，每季度的第一个月10日之前报送。",
    "于每季度末向市政府报告，每季度末月20日前报送。", "6月底前完成，3月中旬开始，11月取得明显成效，6月份完成。",
    "每年三月底前报送，一月底前完成，请于今年十二月十五日前送达。", "今年，各省要进行一次检查。", "将于第三季度、年终进行全面督查。",
    "年底前完成，年内建成，上半年启动，下半年验收，一季度报送，第1季度完成。", "（牵头部门：市发改委，完成时限：长期坚持）",
    "（12月取得明显成效并持续推进，）", "2023年底前、持续推进", "（持续优化，逐步完善）", "4.2011年底主体施工\n12.2012年6月底竣工",
    "每年6月30日前和12月30日前报送。", "每年度3月底前报送上年度情况。",
)
# shapes the alternatives' lookbehinds and lookaheads turn down (the year spaced from its 年 after a dash, a standing
# rule's 年终, 今年以来 looking back, 前三季度 a tally): nothing found, by either pattern
_TURNED_DOWN = ("2016—2017 年底前完成。", "实行季度督查通报、年终考评。", "今年以来，各地积极推进。", "前三季度累计完成。")


def test_the_gated_pattern_finds_the_plain_patterns_matches_in_every_date_form():
    for own in _SHAPES:
        assert _found(_DEADLINE, own) == _found(_PLAIN, own), own
        assert _found(_PLAIN, own), own  # each shape is read as a date: the comparison is not of empty lists
    for own in _TURNED_DOWN:
        assert _found(_DEADLINE, own) == _found(_PLAIN, own) == [], own


def test_the_gate_keeps_the_plain_matches_in_a_long_node():
    # a node whose numbers and 一 / 上 / 第 lie far from any anchor, with dates among them
    filler = "支持一批上下游企业第一次参与，新增10个项目、3家机构，实现8个方面的提升，"
    own = filler * 6 + "到2025年底前完成。" + filler * 3 + "每季度末月20日前报送，" + filler + "长期坚持"
    assert _found(_DEADLINE, own) == _found(_PLAIN, own)
    assert len(_found(_PLAIN, own)) == 3


def test_the_farthest_anchor_lies_nine_characters_after_a_matchs_start():
    # 截止到 2025 年: 截止到, a blank, four digits, a blank, then 年: one character less of reach would lose the match
    own = "截止到 2025 年底前完成。"
    assert _DEADLINE.match(own) is not None and own.index("年") == DEADLINE_ANCHOR_REACH
    shorter = _DEADLINE.pattern.replace(_DEADLINE_NEAR_ANCHOR, _DEADLINE_NEAR_ANCHOR.replace(
        f"{{0,{DEADLINE_ANCHOR_REACH}}}", f"{{0,{DEADLINE_ANCHOR_REACH - 1}}}"), 1)
    assert stdre.compile(shorter).match(own) is None


def test_deadlines_are_read_as_before_through_the_gate():
    # the reading downstream is the same: 截止到 2025 年底 (the farthest anchor) still a deadline of 2025's end
    own = "截止到 2025 年底前，全面完成改造任务。"
    found = find_deadlines(own, 0, len(own), doc_year=2023)
    assert [(d.year, d.month) for d in found] == [(2025, 12)]


_ALPHABET = (
    "0123456789 \t\n" + DEADLINE_ANCHORS + "每到至截止今明次翌当十一二三四六七八九〇○零底末内中终上下半第长期坚续推优前之以"
    "“”（）()周星期天度个的份旬.、，。；开展完成"
)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_the_gated_pattern_finds_the_plain_patterns_matches_on_any_text(own):
    assert _found(_DEADLINE, own) == _found(_PLAIN, own)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SHAPES + _TURNED_DOWN + ("支持一批上下游企业", "第一次", "10个项目", "，", "\n", " ")), max_size=12))
def test_the_gated_pattern_finds_the_plain_patterns_matches_on_shapes_joined(pieces):
    own = "".join(pieces)
    assert _found(_DEADLINE, own) == _found(_PLAIN, own)
