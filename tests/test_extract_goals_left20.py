"""Targets and deadlines: batch left20's rules (issue 10, the development documents still wrong), on snippets shaped
as the real documents' sentences (tests/real/docs: a guarantee scheme's risk split, …)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def deadlines(text: str, year: int = 2016) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), year, year)]


def test_the_share_of_risk_a_party_bears_is_no_goal():
    # vt_07's shape: a guarantee scheme's split of a loan's risk between its parties
    assert targets("（二）分类提高分险比例。银行和政府性融资担保体系分别按不低于贷款金额的20%、不高于贷款金额的80%"
                   "分担风险责任。融担基金分险比例从20%提高至最高不超过40%。省级再担保机构分险比例不低于20%。") == []
    assert targets("1.对于专精特新中小企业，融担基金分担最高不超过40%的风险责任；") == []
    # the least share a rule binds one party to bear is its duty, read as before (not the scheme's split)
    assert (20.0, "%", "gte") in targets("原则上银行业金融机构承担的风险责任比例不低于20%。")


def test_a_fee_or_a_level_beside_a_risk_word_stays_a_goal():
    # a share that names a risk but is no party's part of it is read as before
    assert (100.0, "%", "eq") in targets("到2025年，全省政银担风险分担业务县域覆盖率达到100%。")
    # a level to reach in a sentence about risk is still a goal
    assert (90.0, "%", "gte") in targets("到2025年，重大风险隐患排查整治率达到90%以上。")


def test_the_officers_a_procedure_assigns_to_a_case_are_no_goal():
    # vl_11's shape (a 条例): how many officers handle a case, counted before them
    assert targets("决定立案的，应当自立案之日起五个工作日内将请求书副本送达被请求人，同时指定3名以上单数执法人员处理该案件；") == []
    assert targets("应当自发现之日起五个工作日内立案，同时指定2名以上执法人员查处该案件。") == []
    # a count of officers a plan sets out to add stays a goal
    assert (300.0, "名", "eq") in targets("到2025年，全市新增专职执法人员300名。")


def test_a_goal_restated_with_the_reasons_it_was_set_is_read_where_it_is_listed():
    # sk_07's and vi_03's shape: a work report lists its goals, then restates the growth goal to explain it
    assert targets("提出上述预期目标，综合考虑了国内外形势和各方面因素。经济增长预期目标为5%左右，考虑了促进就业增收、"
                   "防范化解风险等需要，并与规划目标相衔接。") == []
    assert targets("经济增长目标确定为7%，充分考虑了优势和潜能，估计了困难和挑战，衔接了规划和战略。") == []
    # the list itself is read as before
    assert (5.0, "%", "approx") in targets("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。")


def test_a_date_in_the_year_after_a_yearly_date_recurs_yearly():
    # vt_03's shape: a yearly tally day, then the report due in the year after each
    found = deadlines("（一）合作银行应以每年12月31日为统计时点，统计科技型中小企业贷款余额，于次年1月底前将相关资料报中心。")
    assert [(month, kind, rec) for _y, month, _d, kind, rec in found] == [(1, "by", "yearly")]
    # 次年 after an event a rule names, with no 每年 in the sentence, recurs no more than before
    assert [rec for *_rest, rec in deadlines("必须在费用发生日次年3月1日前提交医疗费用报销申请。")] == [None]
