"""Deadlines: batch wt's rules (issue 10: phases, 前 dates, recurring duties), on snippets shaped as the real documents'
sentences (tests/real/docs/wt_*: 河北 人社厅 / 教育厅 and 人社部 notices stored in a CSV column)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines


def recurring(text: str, year: int | None = 2019) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), year, year)]


def test_the_years_end_a_report_is_sent_at_is_a_time_due_by():
    # wt_01's shape: 在每季度末上报工作进展情况及典型案例，6月底前上报整改报告，年终上报活动总结
    assert recurring("各市教育局要确定一名联络员，6月底前上报整改报告，年终上报活动总结。") == [
        (2019, 6, 30, "by", None), (2019, 12, None, "by", None)]
    # 于年终 before a step taken then stays the period it is taken in; 年终总结 alone names a review
    assert recurring("将于年终进行全面督查。") == [(2019, 12, None, "period", None)]
    assert recurring("认真做好年终总结。") == []


def test_a_month_a_report_is_sent_in_is_due_by_it():
    # wt_02's shape: 从2025年开始，每年1月初报送本年度活动安排
    assert recurring("从2025年开始，每年1月初报送本年度活动安排。", 2024) == [(None, 1, None, "by", "yearly")]
    # a yearly month the work is under way in stays a period
    assert recurring("每年8月组织开展专项检查。", 2024) == [(None, 8, None, "period", "yearly")]


def test_the_day_a_site_opens_is_no_date_due():
    # wt_11's shape: 作品上传网址（2月1日开启）
    assert recurring("请于2024年5月31日前将报名表上传。作品上传网址（2月1日开启）：https://example.org", 2024) == [
        (2024, 5, 31, "by", None)]


def test_a_year_naming_the_place_a_thing_is_sent_to_is_no_date():
    # wt_11's shape: 将报名表、征集作品及相关说明上传至2024年宣传作品征集平台
    assert recurring("请于2024年5月31日前将报名表、征集作品及相关说明上传至2024年宣传作品征集平台。", 2024) == [
        (2024, 5, 31, "by", None)]
    # 至 heading a goal's year stays a time to reach
    assert recurring("至2025年，全省建成示范基地10个。", 2024) == [(2025, None, None, "by", None)]
