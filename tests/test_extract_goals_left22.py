"""Targets: helper left22's rules (issue 10, targets precision: numbers read as goals that are not goals), on snippets
shaped as the real documents' sentences (tests/real/docs/vi_03, vi_06, vp_02, vy_05)."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def test_a_threshold_after_a_count_names_the_class_counted():
    # vi_03's shape: the sizes name the classes of zones; the counts are the goals, each as written (eq)
    text = "推进标准厂房建设，吸引上下游配套企业集聚。力争新增2个规模超千亿元、5个超500亿元的开发区。"
    assert targets(text) == [(2.0, "个", "eq"), (5.0, "个", "eq")]
    assert targets("力争培育3家营收超过100亿元的龙头企业。") == [(3.0, "家", "eq")]
    # a threshold with no count before it is the goal itself
    assert (1000.0, "亿元", "gt") in targets("力争到2025年，全省开发区规模超千亿元。")


def test_a_length_in_centimetres_or_millimetres_is_a_size_no_goal():
    # vp_02's shape: a planting rule's depths and a tree's girth
    assert targets("2.抬高地形及通气排水。栽植穴底面距离地下水位≥50 cm，对于不符合条件的场地，需抬高地形。") == []
    assert targets("施肥量一般为：胸径≤10cm植株，基肥1kg有机肥/株。") == []
    assert targets("从即日起日降雨量50毫米以上的时段，暂停户外作业。") == []
    # a length in metres or kilometres a plan builds stays a goal
    assert (100.0, "公里", "eq") in targets("到2025年，新建绿道100公里。")


def test_thresholds_in_a_sentence_that_eases_conditions_are_no_goals():
    # vi_06's shape: the shares are the eased eligibility thresholds of a guaranteed loan
    text = ("降低小微企业创业担保贷款申请条件，当年新招用符合条件人员占现有职工比例下调为20%，"
            "职工超过100人的比例下调为10%。")
    assert targets(text) == []
    # a goal striven for after the easing stays one
    assert (100.0, "家", "eq") in targets("降低市场准入门槛，力争新增科技型企业100家。")


def test_a_threshold_inside_a_rule_that_is_cancelled_is_no_goal():
    # vy_05's shape: the bay window height below which floor area counted, a rule the guide drops
    assert targets("3.1.2取消凸（飘）窗窗台与地面高差小于0.45米需计容的要求。") == []
    assert targets("取消注册资本不低于500万元的限制。") == []
    # a level to reach named after 取消 elsewhere in the clause is not a cancelled rule's
    assert (90.0, "%", "gte") in targets("到2025年，取消不合理收费后群众满意率达到90%以上。")


def test_how_many_places_a_case_spans_is_no_goal():
    # vl_11's shape: a regulation assigns cases that span two or more cities to the province
    text = ("第二十二条对于涉外专利侵权纠纷、假冒专利案件以及行为发生地涉及两个以上设区的市的跨区域专利侵权纠纷、"
            "假冒专利案件，设区的市人民政府管理专利工作的部门可以报请省人民政府管理专利工作的部门协调处理。")
    assert targets(text) == []
    assert targets("对涉及3个以上县（市、区）的重大案件，由市局组织查处。") == []
    # a count of things to build with 以上 stays a goal
    assert targets("力争培育10个以上的示范园区。") == [(10.0, "个", "gte")]


def test_a_small_size_a_research_call_sets_as_a_deliverable_is_left_to_the_other_checks():
    # ur_09's shape: the sizes listed after 考核指标 are what the funded project must deliver
    text = "考核指标：传感器测量范围0~100kV/m；传感器敏感结构尺寸≤12mm×12mm；申请发明专利≥3项。"
    assert (12.0, "mm", "lte") in targets(text)
