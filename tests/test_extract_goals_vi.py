"""Targets and deadlines: the rules written for batch vi (synthetic snippets in the batch's styles: Hebei 意见 and 实施意见
stored on one line, a 政府工作报告 whose year's goals follow its review, 国科发 rules of scores, weights and caps with an
attached form, a 实施方案 with quarter deadlines)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_weight_in_a_scoring_scheme_is_no_target():
    # vi_10: 对于具有一定学术影响…的标志性成果可作为高质量成果，可增加到10%的权重
    assert targets("对于具有一定学术影响的标志性成果可作为高质量成果，可增加到10%的权重；对于具有重要学术影响的，可增加到30%的权重。") == []
    # a share to reach stays a goal
    assert targets("到2025年，行业研发投入强度达到5%。") == [(5.0, "%", "eq")]


def test_a_criterion_of_a_tick_box_form_is_no_target():
    # vi_05: 指标2：企业规模企业职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元□符合□不符合
    assert targets("指标2：企业规模企业职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元□符合□不符合") == []
    assert targets("（1）上一会计年度企业研发费用总额占销售收入总额的比例□6%（含）以上（50分）□5%（含）-6%（40分）") == []


def test_a_standard_raised_by_a_share_is_a_measure():
    # vi_02, vi_06: 对见习后留用率50%以上的见习单位，补贴标准提高10%
    assert targets("扩大就业见习规模，对见习后留用率50%以上的见习单位，补贴标准提高10%。") == []
    # a level raised stays a goal
    assert targets("力争城镇化率提高1.5个百分点。") == [(1.5, "个百分点", "eq")]


def test_a_cap_in_principle_on_what_is_submitted_is_no_target():
    # vi_10: 对论文评价实行代表作制度，代表作数量原则上不超过5篇
    assert targets("对论文评价实行代表作制度，代表作数量原则上不超过5篇。") == []
    assert targets("每个评价周期代表作数量原则上不超过20篇。") == []


def test_a_threshold_relaxed_is_no_target():
    # vi_06: 裁员率放宽至不超过企业职工总数20%; 最低资本金比例下浮不超过5个百分点
    assert targets("对参保职工30人（含）以下的企业，裁员率放宽至不超过企业职工总数20%。") == []
    assert targets("在达到合理收益水平前提下，最低资本金比例下浮不超过5个百分点。") == []


def test_a_paid_ahead_share_a_rule_permits_is_no_target():
    # vi_06: 可向职业技能培训定点机构或企业预拨不高于40%的培训补贴资金
    assert targets("疫情防控期间，可向职业技能培训定点机构或企业预拨不高于40%的培训补贴资金。") == []


def test_the_size_of_a_kind_of_place_is_no_count_to_make():
    # vi_03: 发展50万人的中等城市，培育5万人的中心镇; 总面积5.88万平方公里、常住人口4670万的郑州都市圈
    assert targets("推进县城扩容提质，发展50万人的中等城市，培育5万人的中心镇，新增城镇农业转移人口150万人。") == [
        (150.0, "万人", "eq")]
    assert targets("高水平规划建设涵盖“1+8”省辖市、总面积5.88万平方公里、常住人口4670万的郑州都市圈。") == []


def test_a_term_extended_or_opened_by_its_label_is_no_deadline():
    # vi_06: 实施期限延长至2021年4月30日; 实施期限为2020年1月1日至12月31日; vi_02: …补贴政策延续至2023年底
    assert deadlines("阶段性降低失业保险费率的政策，实施期限延长至2021年4月30日。", 2020) == []
    assert deadlines("按每人1000元标准给予一次性吸纳就业补贴，实施期限为2020年1月1日至12月31日。", 2020) == []
    assert deadlines("给予见习单位剩余期限见习补贴政策延续至2023年底。", 2023) == []
    # an application window stays read at its end, a limit stays due
    assert deadlines("报名时间为2012年1月4日至2012年2月20日。", 2012) == [(2012, 2, None, "period")]
    assert deadlines("2015年6月底前全面推开改革。", 2015) == [(2015, 6, 30, "by")]


def test_a_standard_raised_for_all_stays_a_goal():
    # tl_06: 人均基本公共卫生服务项目政府补助标准提高5.95% (a 民生实事 raised for everyone, not a class's payout)
    assert targets("人均基本公共卫生服务项目政府补助标准提高5.95%。") == [(5.95, "%", "eq")]


def test_a_sum_passed_then_its_measure_is_more_than():
    # vi_01: 石家庄、廊坊…持续发力，率先突破千亿元产值
    assert targets("石家庄、廊坊瞄准通信设备与系统持续发力，率先突破千亿元产值，成为引领区。") == [(1000.0, "亿元", "gt")]
    # 突破 then the thing made stays the verb
    assert targets("力争突破50项关键核心技术。") == [(50.0, "项", "eq")]


def test_the_share_of_income_counted_for_a_tax_is_a_tax_term():
    # vi_09: 其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税
    assert targets("对小型微利企业，其所得减按50%计入应纳税所得额，按20%的税率缴纳企业所得税。") == []


def test_a_bound_closing_a_list_after_severally_and_its_base_holds_for_each():
    # vi_11: 到2030年，…乘用车和商用车新车二氧化碳排放强度分别比2020年下降25%和20%以上
    assert targets("到2030年，乘用车和商用车新车二氧化碳排放强度分别比2020年下降25%和20%以上。") == [
        (25.0, "%", "gte"), (20.0, "%", "gte")]
    # with no 分别 the first level keeps its own reading
    assert targets("到2030年，二氧化碳排放强度比2020年下降25%，能耗下降20%以上。") == [(25.0, "%", "eq"), (20.0, "%", "gte")]


def test_a_bound_closing_a_longer_list_stays_its_last_items_own():
    # to_05: 2020年分别达到98%、99%、95%、60%以上和15年以上 (the gold reads 以上 on its own items only)
    assert targets("到2020年，各阶段毛入学率分别达到98%、99%、95%、60%以上。") == [
        (98.0, "%", "eq"), (99.0, "%", "eq"), (95.0, "%", "eq"), (60.0, "%", "gte")]


def test_a_bound_before_the_base_a_share_is_of_bounds_the_share():
    # vi_09: 认真落实按照不低于本级一般预算经常性财政收入1%的比例足额安排就业专项资金的规定 — the share of a budget set aside
    # (docs/gold-format.md, st_02's 列支不低于1%的资金), its bound written before the base it is a share of
    assert targets("各级财政要认真落实按照不低于本级一般预算经常性财政收入1%的比例足额安排就业专项资金的规定。") == [(1.0, "%", "gte")]
    assert targets("各地要按照不高于当年土地出让收入10%的比例安排专项资金。") == [(10.0, "%", "lte")]
