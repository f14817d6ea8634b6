"""Targets and deadlines: the rules written for batch ty (synthetic snippets in the batch's styles)."""

from __future__ import annotations

from policyparse.extract._text import cited_work_year
from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, None)]


def test_the_count_of_bodies_issuing_or_sharing_a_plan_is_no_target():
    # ty_06: 住房和城乡建设部等6部门发布《…》; ty_10: 《行动计划》涉及全市24个职能部门
    assert targets("近日，生态环境部等7部门发布《关于加强污水处理的通知》。") == []
    assert targets("国家发展改革委等9部门联合印发《方案》。") == []
    assert targets("《实施方案》涉及全县18个职能部门，覆盖社会保障等领域。") == []
    # bodies a plan is to bring in are still counted as a goal
    assert targets("力争新增10个部门接入共享平台。") == [(10.0, "个", "eq")]


def test_a_level_about_between_levels_bounded_in_its_measure_is_one_of_the_goals():
    # ty_09: 今年城镇新增就业1100万人以上，城镇调查失业率5.5%左右，城镇登记失业率4.5%以内
    found = targets("报告提出，今年城镇新增就业900万人以上，城镇调查失业率5%左右，城镇登记失业率4%以内。")
    assert (5.0, "%", "approx") in found and (4.0, "%", "lte") in found
    # a rate about a figure with nothing bounded after it stays a size
    assert (3.0, "%", "approx") not in targets("当地人口约占3%左右，分布在山区。")


def test_a_school_newly_created_in_a_number_is_a_goal():
    # ty_10: 新创省义务教育标准化学校30所
    assert targets("新创市级标准化学校12所。") == [(12.0, "所", "eq")]


def test_the_months_of_a_step_in_brackets_date_it():
    # ty_07: (一)动员部署阶段(5月), (二)摸底和集中整治阶段(5月-8月): when the step is taken, and the month it closes by
    assert deadlines("（一）宣传发动阶段（3月）", 2012) == [(2012, 3, None, "period")]
    assert deadlines("(二)集中整治阶段(4月-9月) 各乡镇开展整治。", 2012) == [(2012, 4, None, "period"), (2012, 9, None, "by")]
    assert deadlines("（三）验收阶段（10月至11月）", 2012) == [(2012, 10, None, "period"), (2012, 11, None, "by")]
    # a month in brackets after no step's name is left to the other rules
    assert deadlines("全年共举办活动（5月）。", 2012) == []


def test_a_page_with_no_date_takes_the_year_of_the_plan_it_reports_or_the_campaign_it_sums_up():
    # ty_10: 《2018年温州市公共服务体系建设行动计划》（下称《行动计划》）; ty_07: 将《2009年环保专项行动工作总结》报送
    assert cited_work_year("记者了解到，《2016年某市民生实事行动计划》近日印发。年内完成…") == 2016
    assert cited_work_year("各县于10月30日前将《2011年环保专项行动工作总结》报送市办公室。") == 2011
    # a notice's title citing its year inside (关于印发2016年…的通知) names no plan by its head; nor does a year range
    assert cited_work_year("根据《国务院办公厅关于印发2016年政务公开工作要点的通知》要求") is None
    assert cited_work_year("《2016—2020年某市行动计划》") is None


def test_a_year_after_the_clause_s_subject_dates_the_work_counted_in_its_clause():
    # ty_05: 全市2020年城镇老旧小区改造新开工49个、256万平方米、3.2万户
    assert deadlines("全县2021年农村公路新建120公里。", 2021) == [(2021, None, None, "period")]
    # a year after a subject with no counted work after it stays unread (全省2019年的工作, a figure of record)
    assert deadlines("全县2021年的工作重点是乡村振兴。", 2021) == []
