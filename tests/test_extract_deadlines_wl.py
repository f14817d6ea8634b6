"""Deadlines: batch wl's rule (a day each year a law names as a day to mark is no deadline), on synthetic snippets."""

from __future__ import annotations

import pytest

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str) -> list[tuple[int | None, int | None, int | None, str, str | None]]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), doc_year=2015, issued=2015)]


@pytest.mark.parametrize(
    "text",
    [
        "第十四条 每年4月15日为全民国家安全教育日。",  # wl_03, 国家安全法
        "每年9月30日为烈士纪念日，国家在首都北京天安门广场举行纪念仪式。",
        "每年12月4日为国家宪法日。",
    ],
)
def test_a_day_named_each_year_to_mark_is_no_deadline(text):
    assert deadlines(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("每年6月30日为申报截止日。", [(None, 6, 30, "period", "yearly")]),  # a closing day stays a date
        ("每年6月30日前报送上年度工作总结。", [(None, 6, 30, "by", "yearly")]),
    ],
)
def test_a_closing_day_or_a_limit_each_year_stays(text, expected):
    assert deadlines(text) == expected


def test_a_span_of_months_opened_with_zi_qi_dates_its_step_from_its_first_month():
    # wl_06 (四、实施步骤（二）试点探索，逐步推广。): the span's first month is when the step runs from, its last the limit
    text = "自2019年11月起至2020年底，各市和雄安新区结合实际，可选择一批条件适宜的县（市、区）开展试点。"
    assert [(y, m, k) for y, m, _, k, _ in deadlines(text)] == [(2019, 11, "period"), (2020, 12, "by")]


@pytest.mark.parametrize(
    "text",
    [
        "自2024年1月起至2024年12月止，对符合条件的企业给予补贴。",  # a rule's term, closed by 止
        "自2022年10月1日起施行。",
        "从2023年3月起，各地开展自查。",
    ],
)
def test_a_terms_or_a_practices_start_sets_no_period(text):
    assert deadlines(text) == []
