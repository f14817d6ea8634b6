"""Targets and deadlines: batch vv's rules (issue 10, targets precision beyond two provinces' styles), on snippets shaped
as the real documents' sentences (tests/real/docs/vv_*: a ministry's call for pilot cities, a province's call for
teaching-reform projects with its dates spaced as a PDF prints them)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def deadlines(text: str, year: int = 2024) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_how_many_a_body_may_put_forward_is_no_goal():
    # vv_09's shape: a call for pilot cities caps what each province recommends
    text = ("（二）组织推荐。省级住房和城乡建设主管部门汇总本行政区域范围内试点申报城市的《实施方案》，组织审核并提出推荐"
            "意见，于2022年7月31日前报送我部。各省（区、市）推荐试点城市数量不超过3个。")
    assert targets(text) == []
    assert targets("每所高校推荐申报项目原则上不超过2项。") == []
    assert targets("每年申报不超过15家。") == []  # (test_extract's comparator case reads 每年新增不超过15家 since)
    # ur_10's shape: quotas listed on after the first share its bound
    assert targets("各省（区、市）推荐的优秀场景和示范工厂申报主体分别不超过30个和10个。") == []
    # a bound the plan sets on a measure names no 推荐 / 申报 and stays a goal
    assert (35.0, "%", "lte") in targets("到2025年，全市PM2.5平均浓度下降，重污染天数占比不超过35%。")
    # nor is a goal of projects to recommend capped: 推荐 after the figure reads nothing here
    assert (50.0, "个", "gte") in targets("到2025年，培育省级示范项目50个以上。")


def test_a_date_spaced_from_its_year_month_and_day_is_read():
    # vv_10's shape (and ta_04's 在 2016 年 8 月 31 日前完成): figures spaced from 年, 月, 日 as PDF text prints them
    assert deadlines("人民政府在 2016 年 8 月 31 日前完成清理。", 2016) == [(2016, 8, 31, "by")]
    assert deadlines("请于 9 月 30 日前报送。") == [(2024, 9, 30, "by")]
    assert deadlines("2024 年 12 月底前完成。") == deadlines("2024年12月底前完成。")
    # ta_03's shape: a signature's month and day spaced after a 年 whose figures were lost name no date to read
    assert deadlines("请认真贯彻执行。 青 海 省 人 民 政 府 年 4 月 30 日 青 海 省") == []
    assert deadlines("请认真贯青海省人民政府年 4 月 30 日青海省深入推动") == []  # as repair joins it
    # a relative year spaced from its month reads as the unspaced one does (ub_11: 并于次年 1月31日前)
    assert deadlines("并于次年 1月31日前报送自评估报告。") == deadlines("并于次年1月31日前报送自评估报告。")
    # a date of record stays none, spaced or not
    assert deadlines("本办法自 2012 年 2 月 1 日起施行。", 2012) == []


def test_a_window_of_days_closed_by_a_dash_and_a_bare_day_is_read_once():
    # vv_10's shape: 于 9 月 16 日— 23 日 登录平台填报 — the window in September, read at its month as 至 reads it
    found = deadlines("（四）申报材料。请拟联合申报组织协调高校于 9 月 16 日— 23 日 ， 登 录平台在线填报有关信息。")
    assert [(y, m, k) for y, m, _d, k in found] == [(2024, 9, "period")]
    assert [(y, m, k) for y, m, _d, k in deadlines("请于2019年12月9日—16日登录平台填报。", 2019)] == [(2019, 12, "period")]
    # a dash before another month still opens a span the later date closes
    assert deadlines("于2024年4月15日－4月22日提交。") == [(2024, 4, 22, "by")]


def test_a_day_a_class_is_cut_at_stays_no_deadline_with_its_inclusive_note():
    # vq_11's shape: 1998年12月15日（含，下同）前参加工作并在册的 — who a rule covers, its 含 note between the day and 前
    assert deadlines("购房补贴的发放对象为2024年12月15日（含，下同）前参加工作并在册的无房职工。") == []
    assert deadlines("报废2024 年 4 月 30 日（含当日）前注册登记的乘用车，并购买新车的给予补贴。") == []
    # a due day with the same note is still due
    assert deadlines("请于2024年4月30日（含当日）前报送材料。") == [(2024, 4, 30, "by")]
