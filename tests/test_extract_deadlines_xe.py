"""Deadlines: batch xe's rules (issue 10, deadlines in work arrangements), on snippets shaped as the real documents'
sentences (tests/real/docs/xe_*: Shanghai 核查 / 排查 / 申报 notices and a 函 dense in month limits)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str, year: int | None = 2024) -> list[tuple]:
    return [(d.year, d.month, d.day, d.recurrence, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_window_opened_on_the_notices_issue_closes_on_a_day():
    # xe_01 / xe_03's shape: 自本通知发布之日起至…日, a campaign's window of days: the period of its last day's month
    assert deadlines("决定自本通知发布之日起至2023年5月31日，集中开展本市2023年国内水路运输核查工作。", 2023) == [
        (2023, 5, None, None, "period")]
    # closed on a month's end it stays the limit the step is due by (ww_02); opened on the rule's own 实施 a term (wo_06)
    assert deadlines("自本通知发布之日起至2010年5月底，市有关部门要组织开展联合专项检查。", 2010) == [(2010, 5, 31, None, "by")]
    assert deadlines("自本通知实施之日起至2025年2月28日，申请租房提取的，规定比例从70%提高至100%。") == []
    # closed with 止 after its hour (un_05: …至2023年2月20日24:00止，…购房的): the term a measure covers, no work timed
    assert deadlines("自本文件发布之日起至2023年2月20日24:00止，在我县城市规划区内购买新建商品住房的，给予补贴。", 2022) == []


def test_days_of_every_month_listed_before_one_before_word():
    # xe_05's shape: 每月5日、25日前: each day of the list recurs monthly
    assert deadlines("各单位于每月5日、25日前报送《燃气整治进展情况表》（见附件），10月15日前报送工作总结。", 2022) == [
        (None, None, 5, "monthly", "by"), (None, None, 25, "monthly", "by"), (2022, 10, 15, None, "by")]
    assert deadlines("每月5日、15日、25日前报送。", 2022) == [
        (None, None, 5, "monthly", "by"), (None, None, 15, "monthly", "by"), (None, None, 25, "monthly", "by")]
    # a list of one month's days is not read so
    assert all(d[3] is None for d in deadlines("请于3月5日、6日前报送。", 2022))


def test_months_a_step_is_set_for_after_yu():
    # xe_09's shape (and vz_10's 并于10月开展年末跟踪指导): the months after 于 and a verb of holding the step
    assert deadlines("今年我委将于5月、10月组织第三方专家团队，对各区开展年中和年末跟踪指导。") == [
        (2024, None, None, None, "period"), (2024, 5, None, None, "period"), (2024, 10, None, None, "period")]
    assert deadlines("并于10月开展年末跟踪指导（见附件6）。", 2025) == [(2025, 10, None, None, "period")]
    # done already, or a tally's months: no date set
    assert deadlines("已于3月开展了专项检查。") == []
    assert deadlines("1-5月组织培训120场。") == []


def test_the_years_mid_and_end_rounds_named_together_date_nothing():
    # 开展年中和年末跟踪指导: the two rounds' names, as 年中指导、年末检查 (wg_01) are
    assert deadlines("对各区开展年中和年末跟踪指导。") == []
    assert deadlines("年中完成主体工程。") == [(2024, None, None, None, "period")]


def test_a_report_made_each_month():
    # xe_07's shape: 按月向我委报送…: a monthly report, as 按季度报送 is a quarterly one
    assert deadlines("各区发展改革委按月向我委报送风电、光伏发电开发建设和发电量数据。", 2023) == [
        (None, None, None, "monthly", "period")]
    # a claim settled each month, a sum paid so: no report due
    assert deadlines("由定点服务机构按月向医保经办机构申报结算。") == []
    assert deadlines("补贴按月发放到户。") == []
