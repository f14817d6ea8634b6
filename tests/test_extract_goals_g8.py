"""Targets and deadlines: the rules of goals8 (session 25, issue 10), written on the development part's remaining mismatches; each
test a short snippet in the form a development document writes (its id in a comment)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def test_an_area_or_a_total_after_a_goal_clause_measures_that_goal():
    # ue_01: 全省新建、改扩建义务教育学校100所，校舍面积50万平方米。
    assert targets("全省新建、改扩建义务教育学校100所，校舍面积50万平方米。") == [
        (100.0, "所", "eq"), (50.0, "万平方米", "eq")]
    # tc_01: 全年培训10个家庭医生服务团队，共40人；
    assert targets("全年培训10个家庭医生服务团队，共40人；") == [(10.0, "个", "eq"), (40.0, "人", "eq")]
    # so_06: 继续实施中小学扩容建设项目6个，总建设面积14000平方米，
    assert (14000.0, "平方米", "eq") in targets("继续实施中小学扩容建设项目6个，总建设面积14000平方米，新增学位2100个。")


def test_an_area_after_a_clause_that_sets_no_goal_stays_a_description():
    # a count of what exists, its area after it: nothing is to be made
    assert targets("全市现有义务教育学校100所，校舍面积50万平方米。") == []
    # the area with a verb of its own after it is a clause of its own
    assert targets("新建学校10所，校舍面积5万平方米已完工。") == [(10.0, "所", "eq")]
    # tl_03's form: 占地面积 is the site's size, not a measure of the work
    assert targets("建设道路5公里，占地面积200平方米。") == [(5.0, "公里", "eq")]


def test_quoted_names_each_with_its_own_count_are_entries_not_a_restated_list():
    # sz_02: 创成“五纵四横”主干道2条、“XX迎宾道路”1条。
    assert targets("通过集中整治等举措，创成“五纵四横”主干道2条、“XX迎宾道路”1条。") == [
        (2.0, "条", "eq"), (1.0, "条", "eq")]
    # the names quoted then counted at once still restate the list
    assert targets("开展“年货节”“双品网购节”“电商节”6个全国性活动。") == []


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_year_after_jihua_heading_a_step_dates_the_planned_work():
    # uj_07: 启动了幼儿园建设工程，计划2019年新建、改扩建200所幼儿园，
    assert deadlines("启动了幼儿园建设工程，计划2019年新建、改扩建200所幼儿园，并写进政府工作报告。", 2019) == [
        (2019, None, None, "period")]
    assert deadlines("拟2024年启动试点工作。", 2024) == [(2024, None, None, "period")]
    # 计划 naming a plan of the year, no step after it: no date read
    assert deadlines("按照计划2019年的安排推进。", 2019) == []
