"""Targets and deadlines: batch vt's rules (issue 10, targets precision), on snippets shaped as the real documents'
sentences (tests/real/docs/vt_*: a guarantee scheme, an 认定办法, a 实施办法, a 申报指南, a 风险补偿细则, a notice
publishing a list)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets
from pathlib import Path

from policyparse.pipeline import parse

REAL_DOCS = Path(__file__).parent / "real" / "docs"


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def deadlines(text: str, year: int = 2016) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_cap_named_before_its_figure_is_no_goal():
    # vt_07's shape: caps raised by the plan
    assert targets("（四）适当提高担保金额。将科技创新类中小企业单户在保余额上限从1000万元提高至不超过3000万元。") == []
    assert targets("（五）适当提高代偿上限。融担基金与省级再担保机构约定代偿赔付上限从4%提高至5%。") == []
    # a level to reach after 提高至 with no cap named stays a goal
    assert (60.0, "%", "gte") in targets("到2025年，全市绿色建筑占新建建筑比例提高至60%以上。")


def test_the_most_a_rule_permits_is_no_goal():
    # vt_10's shape: 最高可达 the share a founder may hold
    text = ("由成果完成人创办科技型企业转化的，创办企业实施人可拥有该成果在企业中享有股权收益最高可达70%；"
            "成果完成人自办企业实施转化的，可拥有该成果在企业中享有股权收益最高可达80%。")
    assert targets(text) == []


def test_the_make_up_of_a_review_panel_is_no_goal():
    # vt_01's shape: how many experts review, and the shares of them by kind
    text = ("（三）专家评审。省认定工作小组办公室聘请不少于5名专家进行评审，专家从高新技术企业认定评审专家库中按照技术领域"
            "和服务行业随机抽取，评审专家中技术专家不少于60%，财务专家不少于1人。")
    assert targets(text) == []
    # training many reviewers is a number to reach
    assert (500.0, "名", "gte") in targets("到2025年，培训评审专家不少于500名。")


def test_items_under_a_heading_naming_conditions_are_conditions():
    # vt_06's shape: 二、项目条件 lists what an applying project must meet
    doc = parse("各市工业和信息化局：\n\n一、申报主体\n\n依法在河北省登记注册的制造企业。\n\n二、项目条件\n\n"
                "（一）项目产品市场定位准确；\n\n（二）项目设计服务费投入不少于10万元人民币；\n\n"
                "（三）申报单位的同类产品已实现批量生产。\n\n三、工作目标\n\n（一）到2022年，全省培育省级工业设计中心50家以上。\n")
    found = [(t.value, t.unit) for n in _all_nodes(doc.sections) for t in n.targets]
    assert (10.0, "万元") not in found
    assert (50.0, "家") in found  # a goal under another heading is read


def test_a_list_attached_after_the_notice_as_one_paragraph_sets_no_goals():
    # vt_11 itself (a short notice; the snippet shapes tried read the list as an attachment line, which holds no
    # goals anyway): the attached list printed flat after the signature, its 序号 header first, read as a paragraph
    doc = parse((REAL_DOCS / "vt_11_hebei_gongye_jieneng_zhenduan_baogao_tongzhi_2024.txt").read_text(encoding="utf-8"))
    nodes = list(_all_nodes(doc.sections))
    flat = [n for n in nodes if (n.text or "").startswith("附件") and "序号" in (n.text or "")[:80]]
    assert flat, "the attached list is kept as text"
    assert all(not n.targets and not n.deadlines for n in flat)  # 14张家口… is a row number and a city, no goal


def test_the_day_a_tally_is_taken_at_is_no_deadline():
    # vt_03's shape: 以每年12月31日为统计时点 … 于次年1月底前 (only the second is due)
    found = deadlines("（一）合作银行应以每年12月31日为统计时点，统计科技型中小企业贷款余额，于次年1月底前将相关资料报中心。")
    assert all(month != 12 for _y, month, _d, _k in found)
    assert any(month == 1 and kind == "by" for _y, month, _d, kind in found)
    # 以…为准 was already a reference; a plain due day is still read
    assert deadlines("于每年12月31日前报送。") != []


def _all_nodes(sections):
    for node in sections:
        yield node
        yield from _all_nodes(node.children)
