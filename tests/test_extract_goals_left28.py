"""Responsibility, targets and deadlines: batch left28's rules (issue 10, the development leftovers), on snippets shaped
as the real documents' sentences (tests/real/docs)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str, year: int = 2016) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_date_in_the_year_after_a_rules_round_recurs_yearly():
    # vt_03 4.4.2 / 4.4.3, ub_11 5.10: a rule's yearly round (tally, audit, self-assessment), then a report due 于次年…
    # with no year named in its sentence: due in the year after each round
    assert deadlines("并于次年3月31日前将资金使用计划报送省科技厅。") == [(None, 3, 31, "by", "yearly")]
    assert deadlines("（三）省科技厅于次年4月30日之前对河北省科技投资中心报送的资金使用计划进行确认。") == [
        (None, 4, 30, "by", "yearly")]
    assert deadlines("银行、支付机构应当按年度进行自评估，并于次年 1月31日前向中国人民银行报送自评估报告。") == [
        (None, 1, 31, "by", "yearly")]
    # 次年 glued to the event it counts from stays one date with no year; after a year named, the year after it
    assert deadlines("必须在费用发生日次年3月1日前提交医疗费用报销申请。") == [(None, 3, 1, "by", None)]
    assert deadlines("2016年启动试点，次年3月底前全面推开。") == [
        (2016, None, None, "period", None), (2017, 3, 31, "by", None)]
