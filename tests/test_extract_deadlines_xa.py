"""Deadlines: batch xa's rules (issue 10, deadlines recall), on snippets shaped as the real documents' sentences
(tests/real/docs/xa_*: Hebei work-arrangement notices dense in dates, a 2004 年度建设任务书)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str, year: int | None = 2024) -> list[tuple]:
    return [(d.year, d.month, d.day, d.recurrence, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_this_years_task_written_as_ben_niandu():
    # xa_07's shape: a year's task book; 本年度 right before 要 / 将 is 今年, the year the task is done in
    assert deadlines("各地、各部门审计机构本年度要完成与省政府高速专网平台的联网及其它准备工作。", 2004) == [
        (2004, None, None, None, "period")]
    assert deadlines("本年度将组织全省政府系统电子政务主管处（科、室）负责人的培训。", 2004) == [
        (2004, None, None, None, "period")]
    # 本年度 naming the year's project, sums or plan dates no task
    assert deadlines("本年度林区公路项目要求在8月底前全部完工。", 2017) == [(2017, 8, 31, None, "by")]
    assert deadlines("按照本年度实际发生额的50%，从本年度应纳税所得额中扣除。", 2015) == []
    assert deadlines("每年1月初报送本年度活动安排。", 2024)[1:] == []


def test_a_report_due_at_the_quarters_end_after_yu():
    # xa_10's shape: 按季度 … 于季度末（首次于9月底）报送: each quarter's end, and the first one's month
    assert deadlines("各地要按季度认真进行工作总结，形成工作进展情况报告，于季度末（首次于9月底）分别报送省群体就业服务中心。",
                     2022) == [(None, None, None, "quarterly", "by"), (2022, 9, 30, None, "by")]


def test_an_as_of_date_in_brackets_is_no_deadline():
    # xa_01's shape: a condition reckoned as of a day; 截止 (a cut-off) stays a deadline
    assert deadlines("从事人力资源服务业务满5年以上（截至2023年8月1日），经营状况正常。", 2023) == []
    assert deadlines("材料申报（截止2023年8月25日），逾期不予受理。", 2023) == [(2023, 8, 25, None, "by")]


def test_a_baseline_year_end_carries_no_year_to_later_months():
    # xa_11's shape: 不低于2020年底 is the level held against; the month after it falls in the document's year
    assert deadlines("按照务工就业规模不低于2020年底的部署要求，各市务于3月10日前将任务分解到县（市、区）。") == [
        (2024, 3, 10, None, "by")]
    # a year-end that dates a step still carries its year to the sentence's later months
    assert deadlines("2023年底前完成主体工程，3月底前完成设计。", 2022)[1] == (2023, 3, 31, None, "by")

