"""Deadlines: batch vl's rule (a span of years heading a clause whose step recurs 每年), on synthetic snippets."""

from __future__ import annotations

import pytest

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str) -> list[tuple[int | None, str]]:
    return [(d.year, d.kind) for d in find_deadlines(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "2019至2022年，每年开展就业技能培训30万人次。",
        "2019至2022年，雄安新区每年开展素质引导培训不低于5万人次。",
        "2019至2022年，每年培养冰雪产业技能人才不低于1万人。",
        "2019至2022年，每年新建5个国家级、10个省级高技能人才培训基地。",
    ],
)
def test_span_heading_a_yearly_step_dates_it(text):
    assert deadlines(text) == [(2019, "period"), (2022, "by")]


@pytest.mark.parametrize(
    "text",
    [
        "2017年至2019年，全市每年接待游客500万人次。",  # a span told of: no step opens the clause
        "2016年至2018年，每年全省累计投入10亿元。",
    ],
)
def test_span_told_of_sets_no_date(text):
    assert deadlines(text) == []
