"""Deadlines: batch wk's rules (issue 10, work-arrangement notices dense in dates), on snippets shaped as the real
documents' sentences (tests/real/docs/wk_*: Hebei 专项活动 notices, a 贯标试点实施方案, an exam notice)."""

from __future__ import annotations

from policyparse.extract._text import document_year
from policyparse.extract.deadlines import find_deadlines
from policyparse.models import Metadata


def deadlines(text: str, year: int | None = 2022) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_clause_heading_span_whose_first_month_left_its_month_word_out():
    # wk_01 / wk_03's shape: each activity opened by the months it runs in, the first month's 月 left to the last
    assert deadlines("（二）春风行动。2022年1-3月，以有就业创业意愿的农村劳动力为服务对象。") == [
        (2022, 1, None, "period"), (2022, 3, None, "by")]
    assert deadlines("（三）专场活动。2019年3-6月、10-11月，由各级人力资源社会保障部门开展。", 2019)[:2] == [
        (2019, 3, None, "period"), (2019, 6, None, "by")]
    # a tally's months (no year, or not heading a clause) stay no span
    assert deadlines("1-11月份累计完成投资120亿元。") == []
    assert deadlines("2022年1-10月我区固定资产投资累计完成168亿元。") == []


def test_the_year_whose_work_the_opening_arranges_dates_its_months():
    # wk_03's shape: the year's campaigns announced the December before; wk_01's: no date kept, a 2021 文号 cited
    text = ("为全面贯彻落实国务院关于促进就业工作的各项政策措施，统筹开展2019年全国公共就业服务专项活动，"
            "确保就业局势持续稳定，现将有关事项通知如下：\n一、活动安排\n（一）民营企业招聘周。4月，由各级部门开展。")
    assert document_year(Metadata(issue_date="2018-12-04"), text) == 2019
    cited = ("按照人社部《关于开展2022年全国公共就业服务专项活动的通知》（人社部函〔2021〕163号）要求，"
             "现就统筹开展全省2022年公共就业服务专项活动有关事项通知如下：\n一、总体要求")
    assert document_year(Metadata(), cited) == 2022
    # an opening naming no year's work leaves the issue year
    plain = "为做好就业服务工作，现就有关事项通知如下：\n一、总体要求"
    assert document_year(Metadata(issue_date="2018-12-04"), plain) == 2018


def test_a_plan_carrying_a_standard_out_is_no_standing_rule():
    # wk_02's shape: 国家职业标准试点实施方案 is a plan (its 2月至3月 fall in the issue year); a 标准 or 办法 issued is a rule
    opening = "一、工作安排\n1.全面动员部署（2月至3月）。"
    plan = Metadata(issue_date="2024-02-19", plan_title="河北省技能人才评价宣传贯彻落实国家职业标准试点实施方案")
    assert document_year(plan, opening) == 2024
    rule = Metadata(issue_date="2024-02-19", title="关于印发《河北省职业技能等级认定管理办法》的通知")
    assert document_year(rule, opening) is None


def test_a_date_and_the_days_around_it_is_when_the_work_is_held():
    # wk_01's shape: 就业帮扶行动周。2022年10月17日前后，… (前后: around the day, not before it)
    assert deadlines("（十七）就业帮扶行动周。2022年10月17日前后，以脱贫人口为重点。") == [(2022, 10, 17, "period")]
    assert deadlines("请于2022年10月17日前报送。") == [(2022, 10, 17, "by")]


def test_the_end_of_every_month_a_report_is_due_by():
    # wk_05's shape: 之后每月底报送当月本市专项整治开展情况
    due = [(d.kind, d.recurrence) for d in find_deadlines(*_whole("之后每月底报送当月本市专项整治开展情况、自查整改台账。"))]
    assert due == [("by", "monthly")]
    assert [(d.kind, d.recurrence) for d in find_deadlines(*_whole("每月底前报送进展情况。"))] == [("by", "monthly")]
    # a meeting held at each month's end is no due date
    assert find_deadlines(*_whole("每月末召开一次调度会。")) == []


def _whole(text: str) -> tuple:
    return text, 0, len(text), 2024, 2024
