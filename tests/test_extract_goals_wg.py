"""Targets and deadlines: batch wg's rules (issue 10, goal-bearing plans), on snippets shaped as the real documents'
sentences (tests/real/docs/wg_*: Shanghai plans and notices with 到2025年 / 到2028年 goals)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def deadlines(text: str, year: int = 2024) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), year, year)]


def test_the_rounds_of_a_routine_date_nothing():
    # wg_01's shape: 年中 / 年末 naming the guidance and the check each year's cycle holds
    assert deadlines("加强海绵城市建设项目事中事后监管，强化前期自查、年中指导、年末检查。") == []
    # a year's middle or end a step is done by stays a date
    assert deadlines("年中完成中期评估，年末前完成全部建设任务。") != []


def test_a_floor_a_level_keeps_growing_above_is_a_goal():
    # wg_06's shape: revenue held above 200亿元 as it grows
    assert (200.0, "亿元", "gte") in targets("到2028年，法律服务业营收在200亿元以上持续增长。")
    # a bound naming the class a rule is about stays no goal
    assert targets("对年营收在200亿元以上企业给予支持。") == []


def test_a_pressure_is_a_specification():
    # wg_03's shape: the sprinkler's pressure in a retrofit's list of requirements
    assert targets("一要增设简易喷淋系统，末端压力不小于0.03MPa。") == []


def test_a_monthly_report_day_is_due_without_before():
    # wg_05's shape: progress updated on the 23rd of every month
    assert deadlines("各区港口管理部门应将改造计划报送至市港航中心，并定期在每月23日更新改造进度。") == [
        (None, None, 23, "by", "monthly")]
    # a day of the month a meeting is held on is no due date
    assert deadlines("每月5日召开例会。") == []
