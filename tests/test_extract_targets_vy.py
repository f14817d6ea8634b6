"""Targets: batch vy's rules (rules and notices published as Word / PDF files), on snippets shaped as the real sentences."""

from __future__ import annotations

import pytest

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the numerator of a fraction in words names a stage, it counts nothing (vy_06)
        "（二）建设层数达三分之一、二分之一、三分之二节点，提交由勘察、设计等单位签字的验收记录；",
        "拟预售楼栋中最高楼栋为10层以上建筑的，可增加“建设层数达三分之二”节点。",
        # the longest a term may run is a rule's limit (vy_11)
        "在校本科留学生的修业年限一般为4年，累计在学年限不超过8年；攻读硕士学位的留学生累计在学年限不超过5年。",
        "租赁期限最长不超过20年。",
        # the share of a fee a rule refunds is its rate, as a 返还 is (vy_11)
        "（一）在每学年第一学期提出第二学期退学者，获批准后可退第二学期学费80%；",
        # a grant reckoned by area at a rate per square metre, under a cap, is a rate (vy_01)
        "对购买新建商品房住房的购房人，按建筑面积给予每平方米200元的财政补贴，最高不超过2.5万元。",
        # a size under a bound followed by 时 is the case a rule applies in (vy_05)
        "不与阳台直接相连的空调室外机搁板宽度不大于1米时不计入容积率。",
    ],
)
def test_no_target(text):
    assert targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sum granted per item, its noun glossed in brackets, is a flat standard (vy_01)
        ("对在中心城区同时购买商品房住房及产权车库（车位）的，给予每个车库（车位）5000元的财政补贴，每户最高补贴10000元。",
         [(5000.0, "元", "eq")]),
        # 百分之 opens a share: read with its number
        ("力争到2025年，农产品加工转化率达到百分之七十。", [(70.0, "%", "eq")]),
        # a term raised to a level stays a goal
        ("到2025年，劳动年龄人口平均受教育年限达到11.3年。", [(11.3, "年", "eq")]),
        # a share to reach after 不低于 is no refund
        ("绿色建材在新建住宅项目使用比例不低于20%。", [(20.0, "%", "gte")]),
    ],
)
def test_still_targets(text, expected):
    assert targets(text) == expected


def test_built_in_addition_counts_a_goal():
    # wa_09: 补建 / 增建 (build more of) set the count after them as 新建 does; 具 counts fittings (消火栓)
    assert targets("加强消防水源建设，补建市政消火栓169具，增建天然水源消防取水设施24处。") == [
        (169.0, "具", "eq"), (24.0, "处", "eq")]
