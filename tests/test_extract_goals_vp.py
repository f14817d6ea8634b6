"""Targets and deadlines: batch vp's rules (issue 10, targets precision), on snippets shaped as the real Shanghai
documents' sentences (tests/real/docs/vp_*)."""

from __future__ import annotations

from policyparse.extract.targets import find_targets
from policyparse.pipeline import parse


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


# vp_07's shape: the notice's 附件： list, then a two-column table (街镇 / 目标任务) printed one cell a line
_NOTICE_THEN_TABLE = """各镇人民政府，各街道办事处：

现将实施方案印发给你们，请认真按照执行。

一、工作目标

（一）生活垃圾分类全面覆盖格局基本成型。创建达标小区518个。

二、保障措施

（一）加强经费保障。落实以奖代补经费。

附件：1.2019年街镇生活垃圾分类目标任务分解表

附件1

2019年街镇生活垃圾分类目标任务分解表

街镇、园区

目标任务

罗店镇

垃圾分类绿色账户推进100%全覆盖，创建达标累计61个小区，其中30%的小区要创建示范小区，上半年完成10%小区。

大场镇

垃圾分类绿色账户推进100%全覆盖，创建达标累计86个小区，下半年完成20%的小区。
"""


def _all_nodes(sections):
    for node in sections:
        yield node
        yield from _all_nodes(node.children)


def test_the_cells_of_a_table_after_the_attachment_list_set_no_goals_or_deadlines():
    doc = parse(_NOTICE_THEN_TABLE)
    nodes = list(_all_nodes(doc.sections))
    # the plan's own goal is read where it stands
    assert any((t.value, t.unit) == (518, "个") for n in nodes for t in n.targets)
    # the table's cells after the 附件： list (罗店镇 / 垃圾分类绿色账户推进100%全覆盖…) are no goals and no dates: the
    # bare 附件1 over a title naming a table and two header cells is read as a flattened table (left34), kept in the text
    assert "罗店镇" in doc.text and "创建达标累计86个小区" in doc.text
    assert [(t.value, t.unit) for n in nodes for t in n.targets] == [(518, "个")]
    assert [d for n in nodes for d in n.deadlines] == []


# vp_06's shape: a class defined by the conditions below, then what it is to do, in one sentence closed by 。
_CONDITIONS_AFTER_A_CLAUSE = """三、项目实施条件

具备以下条件的库区，均应积极实施光伏发电项目建设。

1.单个库区可利用屋面总面积1500平方米以上；

2.仓房屋顶荷载应达到0.35kN/m2以上，使用寿命应在20年以上；
"""


def test_items_under_a_class_defined_by_the_conditions_below_are_no_goals():
    doc = parse(_CONDITIONS_AFTER_A_CLAUSE)
    assert [t for n in _all_nodes(doc.sections) for t in n.targets] == []


def test_a_level_to_reach_stays_a_goal_without_the_conditions_lead_in():
    assert targets("到2027年，市内仓顶光伏装机容量1.5万千瓦以上。") == [(1.5, "万千瓦", "gte")]


def deadlines(text: str, year: int = 2023) -> list[tuple[int | None, int | None, str]]:
    from policyparse.extract.deadlines import find_deadlines
    return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), year, year, True, None)]


def test_a_span_of_years_opening_on_tuidong_dates_its_step():
    # vp_10's 发展目标: 推动 opens the step a span of years heading its clause dates, as 推进 does
    text = "2026-2035年，推动光伏薄膜、光伏幕墙等光伏建筑一体化示范和规模化应用，新建居住光伏规模超过50万千瓦。"
    assert deadlines(text) == [(2026, None, "period"), (2035, None, "by")]


def test_a_span_of_years_told_of_stays_no_date():
    assert deadlines("2017年至2019年，全市接待游客1亿人次。", 2023) == []


def test_the_contact_persons_a_body_names_are_no_goal():
    # vp_11: an arrangement for reporting, not an amount to reach
    assert targets("各养老服务机构明确1名联系人，每月15日前报送整治进展情况。") == []
    assert targets("各区确定1-2名联络员，负责日常联系。") == []


def test_a_count_of_people_trained_stays_a_goal():
    assert targets("到2025年，培训联络员队伍骨干500人。") == [(500.0, "人", "eq")]


def test_counts_between_zai_and_zhong_name_where_an_action_is_taken():
    # vp_02: 在3个…区域、8个…区域、13条…道路…中加大…应用: the places, not amounts to reach
    assert targets("在3个市级核心区域、8个市级重点区域、13条市级重点道路以及五个新城建设中加大白玉兰应用。") == []
    assert targets("在107个重点集群中优选试点单位。") == []


def test_a_count_after_zai_that_sets_where_a_goal_is_reached_stays():
    assert targets("力争在10个以上领域实现数据实时汇聚。") == [(10.0, "个", "gte")]


def test_the_gloss_of_a_goal_code_spells_out_the_goal():
    # vp_02: 完成“1+20+30+100”的任务。其中，“20”是指…特色园20座: the count is the goal, not a defined class's bound
    text = ("至2026年底，完成“1+20+30+100”的任务。其中，“1”是指启动文化公园建设，“20”是指新建、改建特色园20座"
            "（区域面积1000平米以上），“30”是指新增特色道路30条。")
    assert [(v, u) for v, u, _c in targets(text)] == [(20.0, "座"), (30.0, "条")]


def test_the_bounds_a_definition_sets_stay_no_goal():
    assert targets("中小企业是指年销售额不超过2亿元、从业人数不超过500人的企业。") == []


def test_a_service_radius_names_the_area_meant():
    # vp_03: 500米服务半径盲区 — the radius defines which gaps are meant, no length to reach
    assert targets("利用拆迁建绿等形式，有针对性地解决公园绿地500米服务半径盲区，为城市增添绿荫。") == []
    assert targets("到2025年，新建绿道200公里。") == [(200.0, "公里", "eq")]


def test_printed_matter_handed_out_is_no_grant():
    # vp_07: 发放宣传海报及资料覆盖面达到100% — a coverage goal, not the share of a payout
    assert targets("宣传覆盖约500个居（村）委，发放宣传海报及资料覆盖面达到100%，形成人人知晓的社会氛围。") == [
        (500.0, "个", "approx"), (100.0, "%", "eq")]


def test_a_share_of_a_grant_handed_out_stays_no_target():
    assert targets("对符合条件的企业发放补贴，补贴比例为设备投资额的30%。") == []
