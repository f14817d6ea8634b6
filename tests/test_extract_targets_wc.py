"""Targets: batch wc's rule (河北 rules and notices stored on one line or parted by spaces), on snippets shaped as the
real sentences."""

from __future__ import annotations

import pytest

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the most an applicant may apply for is a cap a rule sets, no level to reach (wc_10)
        "第十七条创新券形式上是电子券，每年可多次申领。在每个申报周期（一般不超过12个月），科技型中小企业和创新创业团队"
        "申请创新券的最高额度不超过10万元。",
        "第十八条首次申请不超过3万，申领额度使用过半后可再次申请。",
    ],
)
def test_no_target(text):
    assert targets(text) == []


def test_a_goal_a_body_applies_itself_to_stays_a_target():
    # 申请 far before the bound, another clause between: the goal is the body's own
    assert targets("力争申请专利的企业数量超过100家。") == [(100.0, "家", "gt")]
