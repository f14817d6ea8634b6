"""Targets and deadlines: batch vz's rules (issue 10, targets precision on documents that are not goal plans), on snippets
shaped as the real documents' sentences (tests/real/docs/vz_*: Shanghai subsidy rules, an application guide, rent
standards, a year's work requirements)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def deadlines(text: str, year: int = 2025) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_cap_on_a_single_item_is_no_goal():
    # vz_02's shape: an application guide caps each project's grant and each file's size with 单个, as 每 caps them
    assert targets("服务合同完成并经审核后，给予不超过20%的支持。单个项目支持金额最高不超过200万元。") == []
    assert targets("材料须为签字、盖章扫描版PDF格式，单个文件不超过50M，可上传多个文件。") == []
    # a level the plan sets is no cap on a single item
    assert (50.0, "%", "gte") in targets("到2025年，设置健身体育设施的公园占比达到50%以上。")


def test_a_rate_a_charge_is_floated_by_is_no_goal():
    # vz_09's shape: a rent subsidy for small households set 20% above the standard before it
    assert targets("1人、2人家庭的每月每平方米居住面积租金补贴在前述基础上，上浮20%。") == []
    assert targets("对分类考核达标的单位，收费标准下浮10%。") == []


def test_the_extent_of_an_area_a_rule_covers_is_no_goal():
    # vz_01's shape: the zone a subsidy applies in, its size in brackets
    assert targets("（一）光伏项目实施地在临港新片区产城融合区（431平方公里范围内）。") == []
    assert (431.0, "平方公里", "eq") in targets("到2025年，新增城市建成区431平方公里。")


def test_all_a_city_holds_is_the_set_an_action_works_on():
    # vz_10's shape: guidance given to each of the city's sixteen key areas
    assert targets("我委将组织专家对全市16个市级海绵城市重点建设区建设成效开展跟踪指导。") == []
    # the firms a plan brings in across the province stay a count to reach (rd_03)
    assert targets("推动全省100家企业实施工业互联网网络安全分类分级管理。") == [(100.0, "家", "eq")]


def test_the_length_of_a_way_to_build_is_a_level_to_reach():
    # vz_06's shape: 以上 before the way's name is the length to build, not the class of ways a rule is about
    found = targets("到2028年底，完成20座以上公园打开围墙，建设30公里以上环公园绿道。")
    assert (30.0, "公里", "gte") in found and (20.0, "座", "gte") in found
    # a bound on an investment still names the class of projects (投资20亿元以上重大产业项目)
    assert targets("对投资20亿元以上重大产业项目给予支持。") == []


def test_an_application_window_opened_today_is_read_at_its_close_month():
    # vz_02's shape: 即日起至 a day, a window of days read once as its last day's month
    assert deadlines("1．本专项资金提交材料时间为即日起至2026年6月30日。") == [(2026, 6, None, "period")]
    # a rule's term from today to a day it closes on (止) stays no deadline
    assert deadlines("自即日起至2024年12月31日止，免收相关费用。") == []


def test_the_day_a_rule_counts_from_is_no_deadline():
    # vz_02's shape: the first day the matters applied for may fall on
    assert deadlines("2．各申报事项起始日期为2026年1月1日。") == []
    assert deadlines("请于2026年1月1日前完成申报。") == [(2026, 1, 1, "by")]


def test_a_review_named_for_the_years_end_dates_nothing():
    # vz_10's shape: 年末跟踪指导 is the guidance's name, given in October (the month it is set for, its gold's 2.8
    # period 2025-10, read since batch xe: tests/test_extract_deadlines_xe.py)
    assert deadlines("我委将对各区海绵城市建设情况开展专项指导，并于10月开展年末跟踪指导（见附件6）。") == [(2025, 10, None, "period")]
    assert deadlines("请于年末前报送总结。") == [(2025, 12, 31, "by")]


def test_a_plan_end_after_its_assurance_is_the_goals_year():
    # vz_10's shape: 确保“十五五”末 binds the share to the term's end
    found = deadlines("确保“十五五”末各区海绵城市建成区面积达到辖区建成区面积的80%，请各区于4月底前报送。")
    assert (2030, None, None, "by") in found and (2025, 4, 30, "by") in found


def test_a_bound_set_for_a_case_is_the_rules_standard():
    # vz_11's shape: the least room per head for each way of housing workers, each after the case it holds in (…的，)
    found = targets("其中按宿舍标准新建、改建的，人均使用面积不低于4平方米;成套住房拆套使用的，人均使用面积不低于5平方米。")
    assert found == []
    # a sentence that sets a goal keeps its bound (到2025年 …)
    assert targets("到2025年，新建住宅小区的，充电设施配建比例不低于30%。") == [(30.0, "%", "gte")]
    assert targets("人口10万以上的，建成不少于2个文化站。") == [(2.0, "个", "gte")]  # a work to do in that case (g7)
