"""Deadlines: batch wo's rules (issue 10: spans, 前 dates, recurring duties, dates that are no deadline), on snippets
shaped as the real documents' sentences (tests/real/docs/wo_*: 生态环境部 notices stored one line a cell, 北京 / 东莞
saved pages)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str, year: int | None = 2022) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def recurring(text: str, year: int | None = 2022) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_list_of_days_a_comma_runs_into_the_next_year_shares_its_last_before():
    # wo_03's shape: four quarterly reports, the last in the next year after a comma, one 前 closing the list
    assert deadlines("每季度汇总、检查执行情况，分别于2022年4月15日、7月15日、10月21日，2023年1月13日前向我部报告上一季度的"
                     "日常监管执行情况。") == [
        (2022, 4, 15, "by"), (2022, 7, 15, "by"), (2022, 10, 21, "by"), (2023, 1, 13, "by")]
    # a day followed by a clause of its own keeps its own reading
    assert deadlines("2022年4月15日召开推进会，4月30日前报送材料。") == [(2022, 4, 15, "period"), (2022, 4, 30, "by")]


def test_days_after_every_month_or_quarter_closes_are_a_recurring_limit():
    # wo_03 / wo_07's shape: 在每月结束后的40个自然日内，通过管理平台上传…
    assert recurring("组织重点排放单位，在每月结束后的40个自然日内，通过管理平台上传燃料的消耗量等数据。") == [
        (None, None, None, "by", "monthly")]
    assert recurring("自2022年4月起在每月结束后的40日内，通过检验检测机构进行检测。") == [(None, None, None, "by", "monthly")]
    assert recurring("于每季度结束后15个工作日内报送上一季度工作进展。") == [(None, None, None, "by", "quarterly")]
    # days counted from an event are a relative limit
    assert recurring("应在3个工作日内组织重点排放单位完成查实整改。") == []


def test_a_window_opened_on_the_day_the_rule_takes_effect_is_its_term():
    # wo_06's shape: 二、自本通知实施之日起至2025年2月28日，养育…的多子女家庭…申请租房提取的，规定比例从70%提高至100%
    assert deadlines("二、自本通知实施之日起至2025年2月28日，养育至少有一名未成年子女的二孩及以上的多子女家庭"
                     "申请租房提取的，规定比例从70%提高至100%。") == []
    # a campaign opened today or on a date still dates its work
    assert deadlines("从即日起至2024年12月31日，在全省开展专项整治。", 2024) == [(2024, 12, None, "period")]


def test_a_window_of_days_naming_what_a_rule_covers_dates_nothing():
    # wo_02's shape: the events held in a window are the ones a batch of applications covers; the 前 date is the limit
    assert deadlines("2025年项目分两批申报。2025年1月1日至8月1日举办完成的项目，请于2025年8月10日前申报；"
                     "2025年8月1日至12月31日举办完成的项目，请于2026年1月10日前申报。", 2025) == [
        (2025, 8, 10, "by"), (2026, 1, 10, "by")]
    # a window of days in which the work is done is still read at its end
    assert deadlines("（一）自查自纠（2021年11月1日至11月30日）各省级生态环境部门负责组织自查。", 2021) == [
        (2021, 11, 30, "period")]


def test_a_class_a_date_before_bounds_after_dui_dates_nothing():
    # wo_05's shape: 3.停产类。对2020年12月底前可能恢复生产的临时停产排污单位，生态环境部门应通知到户…
    assert deadlines("对2020年12月底前可能恢复生产的临时停产排污单位，生态环境部门应通知到户，要求其申领排污许可证。", 2020) == []
    assert deadlines("对12月底前可能恢复生产的排污单位，应通知到户。", 2020) == []
    # a 前 limit on a task stays one
    assert deadlines("对发现的问题，于2020年12月底前完成整改。", 2020) == [(2020, 12, 31, "by")]


def test_a_yearly_duty_s_first_round_in_brackets_takes_the_bracket_s_year():
    # wo_07's shape: the yearly limit, then the first year's own limit in brackets, its month with no year
    text = ("组织重点排放单位，于每年12月31日前通过管理平台完成下一年度数据质量控制计划制订工作"
            "（2023年度数据质量控制计划需在3月10日前完成）。")
    assert recurring(text, 2023) == [(None, 12, 31, "by", "yearly"), (2023, 3, 10, "by", None)]
    # with no bracket the later month of the sentence recurs as the 每年 does
    assert recurring("每年6月30日前报送进展情况，12月30日前报送总结。", 2023) == [
        (None, 6, 30, "by", "yearly"), (None, 12, 30, "by", "yearly")]


def test_a_year_end_in_a_sentence_on_every_year_s_budget_recurs():
    # wo_07's shape: 应尽早在每年的核查经费中提前安排下一年度…所需经费，并在年底前完成…招投标有关程序
    assert recurring("委托技术服务机构开展核查的，应尽早在每年的核查经费中提前安排下一年度核查技术服务机构所需经费，"
                     "并在年底前完成下一年度核查技术服务机构招投标有关程序。", 2023) == [(None, 12, 31, "by", "yearly")]
    # a year-end with no yearly round before it is the document's year's
    assert recurring("各地要在年底前完成招投标有关程序。", 2023) == [(2023, 12, 31, "by", None)]


def test_a_part_of_the_year_a_tally_covers_dates_nothing():
    # wo_10's shape: an application's condition, 且2026年上半年累计客流量和销售额保持增长
    assert deadlines("应符合评价指标评定总得分90分（含）以上，且2026年上半年累计客流量和销售额保持增长。", 2026) == []
    # a goal for the half-year's tally keeps its time
    assert deadlines("力争上半年累计完成投资50亿元。", 2026) == [(2026, None, None, "period")]


def test_a_window_of_days_whose_next_clause_names_who_may_claim_a_relief_is_the_relief_s_term():
    # wo_06's shape: 自2022年10月1日至2023年12月31日，纳税人出售自有住房并…重新购买住房的，可按规定申请退还…
    assert deadlines("自2022年10月1日至2023年12月31日，纳税人出售自有住房并在现住房出售后1年内，在同一城市重新购买住房的，"
                     "可按规定申请退还其出售现住房已缴纳的个人所得税。", 2023) == []
    # a window of days the work is done in is still read at its end
    assert deadlines("自2023年11月1日至2023年11月30日，各地组织开展自查，对发现问题的，可约谈相关单位。", 2023) == [
        (2023, 11, None, "period")]


def test_a_span_of_months_with_no_year_heading_a_clause_dates_the_step():
    # the shape issue 10 names (3-4月，): the first month's 月 left to the last, no year, the span opening the clause
    assert deadlines("（二）集中行动。3-4月，各地组织开展专项检查。", 2024) == [(2024, 3, None, "period"), (2024, 4, None, "by")]
    assert deadlines("二、工作安排：10-11月，各地组织开展专项检查。", 2024) == [
        (2024, 10, None, "period"), (2024, 11, None, "by")]
    # a tally's months run from January; inside a clause such figures are no span either
    assert deadlines("1-5月，全市完成固定资产投资50亿元。", 2024) == []
    assert deadlines("今年3-5月，降雨偏多。", 2024) == []


def test_a_numbered_step_s_title_closing_on_its_months_in_brackets_dates_the_step():
    # the phases issue 10 names, written without 阶段: （三）总结提升（10月）。 / （二）集中整治（5-9月）。
    assert deadlines("（三）总结提升（10月）。各地要认真总结经验。", 2024) == [(2024, 10, None, "period")]
    assert deadlines("（二）集中整治（5-9月）。各地要对排查出的问题逐一整改。", 2024) == [
        (2024, 5, None, "period"), (2024, 9, None, "by")]
    assert deadlines("2.动员部署（2023年3月）：制定工作方案。", 2024) == [(2023, 3, None, "period")]
    # a month in brackets inside a sentence names no step
    assert deadlines("（三）加强督导。对进度滞后的（10月）予以通报。", 2024) == []
