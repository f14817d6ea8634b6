"""Targets and deadlines: the rules written for batch tl (synthetic snippets in the batch's styles)."""

from __future__ import annotations

from policyparse.extract._text import _is_retrospective_heading
from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets
from policyparse.models import Section


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, None)]


def test_a_year_heading_a_clause_whose_measure_reaches_a_level_is_due():
    # tl_02, tl_11: no comma after the year, the level after the measure's change verb
    assert deadlines("增强创新能力。2015年高技术产业专利拥有率达到40%左右。") == [(2015, None, None, "by")]
    assert deadlines("取得新成效。2015年单位产值能耗比2010年下降18%左右。") == [(2015, None, None, "by")]
    # a result told, or a year with no level after it, is not
    assert deadlines("2015年已达到40%。") != [(2015, None, None, "by")]
    assert deadlines("全市旅游业稳步发展。2016年旅游总收入达到3.2万亿元。") == []  # a result, to the unit
    assert deadlines("全国经济平稳运行。2024年单位GDP能耗降幅超过3%。") == []  # a change observed


def test_a_meeting_held_at_an_hour_is_a_day_of_record():
    # tl_14: 下午2:00举行…发布会, no comma after the time of day
    assert deadlines("市政府新闻办5月8日下午3:00举行新闻发布会，介绍纲要。", 2017) == []
    assert deadlines("区政府6月2日上午10时举行座谈会。", 2017) == []


def test_a_share_of_the_plan_done_beyond_the_whole_is_a_tally():
    # tl_06: 完成年度计划的108.5%, and the figures its sentence tells with it
    assert targets("全省完成改造3120间，完成年度计划的108.5%。") == []
    assert targets("省级补助资金下达2.1亿元，完成年度计划的101.2%。") == []
    # a share of a work still to be done stays a goal
    assert targets("年底前完成年度投资计划的60%。") == [(60.0, "%", "eq")]


def test_a_count_of_things_that_have_done_it_already_is_a_result():
    # tl_06: 全省新增301所学校均已…, 60家已开放场馆
    assert targets("全省新增120所学校均已向社会开放体育场地。") == []
    assert targets("开放场馆（含30家已开放场馆）开展活动。") == []
    assert targets("全省新增120所学校向社会开放体育场地。") == [(120.0, "所", "eq")]


def test_figures_a_body_s_data_show_are_on_record():
    # tl_05: …部数据显示，2024年末，…约10.73亿人
    assert targets("统计局数据显示，去年末全省参保人数约5.2亿人，比上年末增加36万人。") == []
    assert targets("城乡居民医保参保率已提前达到97%。") == []


def test_a_rate_a_standard_is_named_by_is_no_goal():
    # tl_11: 节能50%的设计标准
    assert targets("新建建筑严格执行节能65%的设计标准。") == []


def test_a_count_after_a_list_a_work_verb_opens_is_the_work():
    # tl_07 (and the tk leftover 等N条): 优化京洲西路等5条微循环交通
    assert targets("优化东环路等6条微循环交通。") == [(6.0, "条", "eq")]
    assert targets("市卫生健康委等4部门印发了方案。") == []


def test_a_named_area_counting_its_projects_is_the_subject():
    # tl_07: 运河商务区16个开发项目实现完工总面积330万平方米以上
    assert targets("科技商务区12个开发项目实现完工总面积150万平方米以上。") == [(150.0, "万平方米", "gte")]


def test_a_bare_rate_between_bounded_levels_of_its_measure_is_listed_with_them():
    # tl_03: 毛入园率大于90%，九年义务教育巩固率96%，…; 人均体育场地面积2.6平方米，…面积大于30平方米
    assert targets("学前教育毛入园率大于90%，义务教育巩固率96%。") == [(90.0, "%", "gt"), (96.0, "%", "eq")]
    assert (2.6, "平方米", "eq") in targets("每万人接受文化服务3.4万次，人均体育场地面积2.6平方米，每百户社区服务设施面积大于30平方米。")
    # a size among them (占地面积), measured neither as a rate nor per head, is not
    assert targets("建设道路5公里，占地面积200平方米，总面积大于300平方米。") == [(5.0, "公里", "eq"), (300.0, "平方米", "gt")]


def test_a_plan_s_account_of_the_last_one_is_a_review():
    # tl_13: 第一章 “十一五”规划执行情况 / 一、可喜的成就
    def heading(title: str) -> Section:
        return Section(id="1", kind="heading", level=1, title=title, text=title, span=(0, len(title)))

    assert _is_retrospective_heading(heading("“十一五”规划执行情况"))
    assert _is_retrospective_heading(heading("可喜的成就"))
    assert not _is_retrospective_heading(heading("建立规划执行情况评估机制"))


def test_households_a_verb_works_on_are_counted_not_a_class():
    # tk_15 leftover: 基本完成2万户以上城区连片棚户区改造
    assert targets("基本完成3万户以上城区连片棚户区改造任务。") == [(3.0, "万户", "gte")]
    assert targets("对100户以上的村给予补助。") == []
    assert targets("改造1万户以上的小区。") == []


def test_the_size_of_a_plant_s_expansion_names_the_work():
    # tl_10: 实施二水厂5万吨扩建工作
    assert targets("实施三水厂10万吨扩建工作，保障用水供应。") == []
    assert targets("新增供水能力10万吨。") == [(10.0, "万吨", "eq")]


def test_a_raise_of_a_subsidy_standard_is_a_level_committed():
    # tl_06: 人均基本公共卫生服务项目政府补助标准提高5.95%
    assert targets("城乡居民基本医疗保险财政补助标准提高4.5%。") == [(4.5, "%", "eq")]
    assert targets("前两年给予100%房租补贴。") == []


def test_a_plan_s_day_and_hour_for_a_meeting_stays_due():
    assert deadlines("定于5月8日下午3:00召开动员大会。", 2017) != []
