"""Targets and deadlines: the rules of goals9 (session 26, issue 10), written on the development part's remaining mismatches; each
test a short snippet in the form a development document writes (its id in a comment)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_verb_of_making_with_a_bracketed_insert_sets_its_count():
    # sf_11: 新（扩）建50只以上规模养殖户47个 (the flock size is the class, the 47 farms the goal)
    assert targets("以标准化、规模化为方向，新（扩）建50只以上规模养殖户47个。") == [(47.0, "个", "eq")]
    # rs_01: 新（改）建100万亩晚熟柑橘基地
    assert targets("以忠县等区县为重点，新（改）建100万亩晚熟柑橘基地。") == [(100.0, "万亩", "eq")]


def test_re_employment_and_relief_set_the_count_after_them():
    # ue_01: …优化升级50家创业孵化基地，失业人员再就业20万人。
    assert (20.0, "万人", "eq") in targets("创建省级劳务品牌40个，优化升级50家创业孵化基地，失业人员再就业20万人。")
    # ue_01: 救助我省符合条件的…患病妇女520名。
    assert targets("救助我省符合条件的农村和城镇低保、特困等“两癌”（宫颈癌和乳腺癌）患病妇女520名。") == [(520.0, "名", "eq")]


def test_a_fund_named_by_its_use_is_no_verb_of_making():
    # uf_09: a year's count told after an act told as done stays on record; 发放救助金 names a fund, it sets nothing
    assert targets("出台了资助政策，实现了全覆盖。2019年全省新生入学资助学生2.5万人，发放救助金7398万元。") == []


def test_a_sum_the_plan_puts_in_is_a_budget_committed():
    # tc_13: …列为…教育惠民工程项目，规划投入资金54.4亿元，新增学位10.2万个。
    found = targets("其中新建、改扩建100所中小学校列为教育惠民工程项目，规划投入资金54.4亿元，新增学位10.2万个。")
    assert (54.4, "亿元", "eq") in found
    # a sum put in with no plan named is still a sum handed out
    assert targets("向企业投入资金54.4亿元。") == []


def test_a_count_after_a_goal_clause_in_a_measure_of_wan_and_three_characters_goes_on_with_it():
    # tg_05: 开工建设安置房90万平方米，竣工80万平方米。
    assert targets("开工建设安置房90万平方米，竣工80万平方米。") == [(90.0, "万平方米", "eq"), (80.0, "万平方米", "eq")]
    # up_03's report form: 竣工 naming what was finished, no goal clause before it
    assert targets("竣工学校6278所，竣工面积676.5万平方米。") == []


def test_a_year_between_commas_heading_a_step_dates_it():
    # tg_10: 推进核心区道路微循环打通工程，2018年，打通一批断头路、瓶颈路，
    assert deadlines("推进核心区道路微循环打通工程，2018年，打通一批断头路、瓶颈路，建成北海路地道。", 2017) == [
        (2018, None, None, "period")]
    # work told as done in the clause: no date due
    assert deadlines("推进核心区道路微循环打通工程，2018年，打通了一批断头路。", 2019) == []
    # a subject after the year, not a verb (session 21's withdrawn form): not read by this rule
    assert deadlines("记者会上说明情况，2024年，潼关县继续办好实事。", 2024) == []


def test_the_years_start_heading_a_sentence_dates_it_as_the_year_does():
    # ty_02: …请认真抓好落实。2011年初，市农委将…组织开展…综合评价
    assert deadlines("请认真抓好落实。2011年初，市农委将在各责任单位自我评价的基础上，组织开展综合评价。", 2010) == [
        (2011, None, None, "period")]


def test_a_time_label_giving_the_whole_year_is_a_period_of_the_documents_year():
    # uj_10: （责任单位：各市人力资源社会保障局，…，完成时限：贯穿全年）
    assert deadlines("积极推介好的经验做法。（责任单位：各市人力资源社会保障局，完成时限：贯穿全年）", 2024) == [
        (2024, None, None, "period")]
    assert deadlines("（牵头单位：市人社局，完成时限：全年）", 2024) == [(2024, None, None, "period")]
    # no year known: none; 全年 in a sentence, no label: none
    assert deadlines("（完成时限：贯穿全年）") == []
    assert deadlines("全年开展专项检查。", 2024) == []


def test_the_size_of_a_capacity_or_a_fund_a_verb_makes_is_a_level_not_a_class():
    # uj_03: …公司形成年处理可利用再生资源97万吨以上的生产能力，
    assert targets("省再生资源开发有限公司形成年处理可利用再生资源97万吨以上的生产能力，") == [(97.0, "万吨", "gte")]
    # ro_07: 在…基金框架下设立总规模不少于100亿元的数字经济发展专项基金，
    assert targets("在省新旧动能转换基金框架下设立总规模不少于100亿元的数字经济发展专项基金，撬动更多社会资本。") == [
        (100.0, "亿元", "gte")]
    # the class such a capacity marks (the noun runs on past 能力), no verb of making: still no goal
    assert targets("对具备年处理再生资源10万吨以上的生产能力的企业给予支持。") == []


def test_one_thing_each_place_strives_to_make_with_the_intent_before_meige():
    # uj_11: 到2017年，力争每个设区市建立一个政府出资的科技创业投资机构。
    assert targets("力争每个设区市建立一个政府出资的科技创业投资机构。") == [(1.0, "个", "eq")]
    # up_10's order, the intent after 每个, as before
    assert targets("每个县（市）力争引进一个世界500强项目。") == [(1.0, "个", "eq")]
    # 一个 with no 每个 stays an article
    assert targets("建立一个政府出资的科技创业投资机构。") == []


def test_a_mass_after_a_list_counts_no_names():
    # uj_03: 其中，再生高温合金、再生钛合金、…、再生铸造母合金等10000吨 (to 2015): how much of the listed things is made
    assert targets("到2015年，其中，再生高温合金、再生钛合金、再生铸造母合金等10000吨，") == [(10000.0, "吨", "eq")]
    # a count in a count measure after the list still restates it
    assert targets("由国家开发银行、农业发展银行等9家银行组成。") == []
