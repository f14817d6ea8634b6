"""Development leftovers of session 38 (left39): each a short rule with the form it reads."""
from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import _is_condition_intro, find_targets
from policyparse.grammar import UNIT_DUTIES_LABEL
from policyparse.pipeline import parse
from policyparse.repair import StepLog
from policyparse.repair.paragraphs import restore_paragraphs
from policyparse.segment.metadata import joint_issuers
from policyparse.segment.roles import is_addressee


def _restored(text: str) -> list[str]:
    return restore_paragraphs(text, StepLog("paragraphs")).split("\n")


def test_contact_blocks_glued_after_the_last_sentence_go_on_lines_of_their_own():
    # ws_07's form: the body on one line, two contact blocks glued after its charge and after each other's number
    text = ("关于印发《某办法》的通知\n各省生态环境厅：\n我部组织制订了《某办法》，现印发给你们，请认真贯彻落实。"
            "联系人：生态环境监测司张皓电话：（010）66103117、66556808联系人：中国环境监测总站嵇晓燕电话：（010）84943098\n"
            "附件：某办法\n生态环境部办公厅\n2018年11月5日")
    lines = _restored(text)
    assert "我部组织制订了《某办法》，现印发给你们，请认真贯彻落实。" in lines
    assert "联系人：生态环境监测司张皓电话：（010）66103117、66556808" in lines
    assert "联系人：中国环境监测总站嵇晓燕电话：（010）84943098" in lines


def test_a_contact_named_inside_a_sentence_stays():
    # 发送至联系人邮箱 (ws_09) and a unit's contact (各单位联系人：) are the sentence's own words
    for line in ("请将材料于2月26日前发送至联系人邮箱，邮件主题标注活动名称。",
                 "请各单位确定专人负责，各单位联系人：由单位指定。"):
        assert _restored("某通知\n各有关单位：\n" + line + "\n某厅\n2020年1月1日")[2] == line


def _targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def test_a_lending_rule_s_down_payment_is_no_target():
    # ww_02 2.1: 贷款首付款比例不得低于30%
    assert _targets("对贷款购买第二套住房的家庭，贷款首付款比例不得低于50%，贷款利率不得低于基准利率的1.1倍。") == []
    assert _targets("到2025年，全市农村贫困家庭住房安全保障比例不低于95%。") == [(95.0, "%", "gte")]


def test_a_budget_it_is_banned_to_overrun_is_no_breakthrough():
    # ww_01 5.3
    assert _targets("会议费、差旅费、国际合作与交流费三项支出之间可以调剂使用，但不得突破三项支出预算总额。") == []
    assert _targets("力争突破三项关键核心技术。") != []


def test_the_days_between_two_steps_of_a_procedure_are_its_window():
    # ww_01 4.2
    assert _targets("自指南发布日到项目申报受理截止日，原则上不少于50天。") == []


def test_cost_shares_and_the_bands_of_a_sliding_scale_are_spending_rules():
    # ww_03 3.1
    text = ("其中，项目经费100万元以下的部分，间接费用比例不超过30%，100万元至300万元的部分不超过25%，300万元以上的部分"
            "不超过20%；数学等纯理论基础研究项目间接费用比例可提高到不超过60%。")
    assert _targets(text) == []


def test_how_often_a_call_for_applications_is_held_is_no_target():
    # ww_10 第十一条
    assert _targets("第十一条省新型研发机构申报每年组织一次，实行集中申报、归口审评、综合评价的方式。") == []


def test_the_terms_a_fund_invested_in_must_meet_are_conditions():
    # ww_11 第十六条: 新设立的子基金应满足下列要求： over (一)…(七)
    assert _is_condition_intro("第十六条新设立的子基金应满足下列要求：")


def _deadlines(text: str, year: int = 2023) -> list[tuple]:
    return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), doc_year=year)]


def test_a_year_a_step_is_set_for_after_zai():
    # wx_01's opening: 县委、县政府决定在2023年继续实施一批民生实事项目
    assert _deadlines("县委、县政府决定在2023年继续实施一批民生实事项目。") == [(2023, None, "period")]
    assert _deadlines("该项目已在2023年实施。") == []
    # work told (ws_02) and a goal weighed (sc_09) after 在 are no steps set for the year
    assert _deadlines("我部指导甘孜州开展规划编制，并在2023年组织完成评审。") == []
    assert _deadlines("但要在2023年基本上实现农业机械化显然是不可能达到的。") == []


def test_the_year_the_counted_works_for_the_people_are_done_in():
    # wx_06's opening: 2022年群众最关注、最急需办的10项民生实事
    assert _deadlines("根据票决结果，2022年群众最关注、最急需办的10项民生实事，依次为：", 2022) == [(2022, None, "period")]


def test_an_opening_announcing_its_count_of_tasks_is_no_addressee():
    # wx_03's opening sentence closes on 2023年着力抓好40项重点工作：
    assert not is_addressee("为全面落实县委全会提出的工作载体，县政府按照清单化抓落实的工作要求，2023年着力抓好40项重点工作：")
    assert is_addressee("各县（市、区）人民政府，市政府各部门：")


def test_a_decimal_head_with_no_parts_between_two_heads_is_a_head():
    # xb_01 / xb_02: 2 风险评估 holds only a paragraph, between 1.5 and 3 组织体系 / 3.1
    text = ("某区地下空间应急预案\n1 总则\n1.1 编制目的\n为做好应急处置工作，制定本预案。\n1.2工作原则\n人民至上、生命至上。\n"
            "2 风险评估\n截至2025年8月，已建成地下空间92个。\n3 组织体系\n3.1 领导机构\n区政府是领导机构。\n")
    top = [(n.id, n.title) for n in parse(text).sections if n.kind == "heading"]
    assert top == [("1", "总则"), ("2", "风险评估"), ("3", "组织体系")]


def test_a_level_defined_by_zhi_and_the_cases_a_warning_is_issued_in_are_no_targets():
    # xb_03 1.4: 转移安置 levels; xb_05 4.2.1: 下列情况之一的，可视情发布红色预警： over its cases
    assert _targets("（2）Ⅱ级（重大规模）转移安置行动，指全区需转移安置的人员在4000人以上、2万人以下。") == []
    assert _is_condition_intro("下列情况之一的，可视情发布红色预警：")
    # 指导 opens no definition
    assert _targets("指导全区建成示范社区10个以上。") != []


def test_a_unit_s_remit_labelled_with_wei_is_carried_by_the_unit():
    # xb_01 3.3.1: 嘉定工业区地空联办主要职责为：…
    m = UNIT_DUTIES_LABEL.match("区建设管理委主要职责为：协调、推进本区地下空间应急体系建设。")
    assert m is not None and m.group("units") == "区建设管理委"


def test_a_division_signing_above_its_own_body_is_no_second_issuer():
    # wt_11: 河北省人力资源和社会保障厅工伤保险处 / 河北省人力资源和社会保障厅
    assert joint_issuers("河北省人力资源和社会保障厅工伤保险处河北省人力资源和社会保障厅") == "河北省人力资源和社会保障厅"
    assert joint_issuers("广州市民政局  广州市财政局") == "广州市民政局、广州市财政局"
