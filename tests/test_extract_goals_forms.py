"""Targets: forms the development gold had read two ways, now read one way (docs/gold-format.md, "Five target forms
read one way"; issue 10, session 26). Synthetic snippets in the documents' styles."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.recurrence) for t in find_targets(text, 0, len(text))]


def test_a_rise_told_with_shengzhi_is_a_past_figure():
    # ru_06: “十四五”畅通国内大循环,内需对增长贡献率升至82.9%; ru_03: 优良天数比例上升至87.2%
    assert targets("4. 内需与双循环:“十四五”畅通国内大循环,内需对增长贡献率升至82.9%;“十五五”聚焦建设强大国内市场。") == []
    assert targets("生态环境质量有新改善，优良天数比例上升至87.2%。") == []
    # set forward by a goal year, an intent, 将 or a bound it stays a goal (rj_11: 将由19%上升到45%)
    assert targets("到2025年，优良天数比例上升至90%。") == [(90.0, "%", "eq", None)]
    assert targets("力争优良天数比例上升至90%。") == [(90.0, "%", "eq", None)]
    assert targets("这样，煤炭部直属煤矿的产量占全国煤炭产量的比重将由19%上升到45%，煤炭净调出量由13%上升到86%。") == [
        (45.0, "%", "eq", None), (86.0, "%", "eq", None)]
    assert targets("等级幼儿园占比上升到96%以上。") == [(96.0, "%", "gte", None)]
    # 提升至 is a verb of reaching a level (a task's goal), not a rise told
    assert targets("数字经济核心产业增加值占比提升至10%。") == [(10.0, "%", "eq", None)]


def test_a_sum_granted_per_firm_or_item_is_a_flat_standard():
    # uj_05 / up_07: 对新认定的高新技术企业，每家给予10万元后补助; ro_10: 每家补助10万元; vb_11: 每项专利给予5万元奖励
    assert targets("对新认定为高新技术企业的中小企业每家给予10万元后补助。") == [(10.0, "万元", "eq", None)]
    assert targets("对通过高新技术企业复审的企业每家补助10万元。") == [(10.0, "万元", "eq", None)]
    assert targets("对获得发明专利授权的人力资源服务机构，每项专利给予5万元奖励；") == [(5.0, "万元", "eq", None)]
    # 每年 before it makes it yearly
    assert targets("对认定的示范企业，每家每年补助20万元。") == [(20.0, "万元", "eq", "yearly")]
    # a cap, sums graded by class, a rate per head a grant to another is reckoned at, a prize schedule: none
    assert targets("对首次通过国家高新技术企业认定的企业给予每家最高30万元补助。") == []
    assert targets("评估为优秀、良好、合格等级的，每年每个分别给予40万元、30万元、20万元服务奖励。") == []
    assert targets("按每名1000元给予培养（培训）单位补贴，每个单位每年最高补贴100万元。") == []
    assert targets("对获得国家最高科学技术奖的个人，给予每人800万元奖励。") == []
    # a range by size (ro_01: 每个展会给予补贴50—200万元) is a scale
    assert targets("根据展会租赁面积等条件，每个展会给予补贴50—200万元。") == []
    # a grant to a class with no 每 stays a payout rule
    assert targets("对新认定的省级瞪羚企业，给予30万元一次性奖励。") == []


def test_a_sum_granted_per_ge_unit_with_geiyu_by_it_is_a_flat_standard():
    # sf_13: 对绩效评价结果前10位的项目,给予每个项目20万元一次性奖补; ro_01: …每家电信运营企业每年每个园区给予20万元的奖补资金
    assert targets("对绩效评价结果前10位的项目,给予每个项目20万元一次性奖补。") == [(20.0, "万元", "eq", None)]
    assert targets("对接入互联网数据专用通道的每家电信运营企业每年每个园区给予20万元的奖补资金。") == [
        (20.0, "万元", "eq", "yearly")]
    # a cap (rj_10: 给予每个最高533万元奖补), sums graded (si_14: 每年每个分别给予…), a rate reckoned 按每个: none
    assert targets("对符合要求的省级数字经济园区给予每个最高533万元奖补。") == []
    assert targets("评估为优秀、良好、合格等级的，每年每个分别给予40万元、30万元、20万元服务奖励。") == []
    assert targets("按每个项目给予10万元补助。") == []


def test_a_share_of_a_budget_set_aside_for_a_use_is_a_target():
    # ut_11: 按照年度公用经费预算总额的5%安排教师培训经费; st_02: 其养护工程费的比例应不低于60%, 列支不低于1%的资金，用于…
    assert targets("中小学幼儿园按照年度公用经费预算总额的5%安排教师培训经费。") == [(5.0, "%", "eq", None)]
    assert targets("（一）市人民政府预算列支的养护资金，全额用于县乡公路养护管理，其养护工程费的比例应不低于60％；") == [
        (60.0, "%", "gte", None)]
    assert targets("（四）县（市、区）财政年度收入中列支不低于１％的资金，用于县乡公路中修、大修、改建；") == [(1.0, "%", "gte", None)]
    # the rate a grant is reckoned at is none
    assert targets("按照国拨经费的30%给予配套支持。") == []


def test_a_doubling_is_a_goal_of_one_fan():
    # tn_06: 到2018年全市居民人均可支配收入比2010年实现翻一番
    text = "到2018年全市居民人均可支配收入比2010年实现翻一番，城镇居民人均可支配收入达到36600元以上。"
    got = find_targets(text, 0, len(text))
    assert [(t.value, t.unit, t.comparator, t.year) for t in got] == [(1.0, "番", "eq", 2018), (36600.0, "元", "gte", 2018)]
