"""Targets: a yearly grant at one sum (session 30, left23, issue 10). Each test a short snippet in the form a development
document writes (its id in a comment); expectations read from docs/gold-format.md's five target forms."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.recurrence) for t in find_targets(text, 0, len(text))]


def test_a_grant_paid_every_year_at_one_sum_is_a_yearly_flat_standard():
    # vv_06: 根据…年度运营目标任务完成情况，每年度给予1000万元补贴，由市区两级按照1：1比例分担
    text = "根据核心展示区建设投入和年度运营目标任务完成情况，每年度给予1000万元补贴，由市区两级按照1：1比例分担，连续补贴五年。"
    assert targets(text) == [(1000.0, "万元", "eq", "yearly")]
    assert targets("对建设运营主体每年给予500万元补贴。") == [(500.0, "万元", "eq", "yearly")]


def test_a_capped_or_graded_yearly_grant_stays_no_target():
    # a cap on the yearly sum, and sums graded by class
    assert targets("对认定的企业每年给予最高50万元补贴。") == []
    assert targets("对国家级、省级平台每年分别给予100万元、50万元补贴。") == []
