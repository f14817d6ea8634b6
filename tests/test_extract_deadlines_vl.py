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


def dated(text: str) -> list[tuple[int | None, int | None, str]]:
    return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), doc_year=2021, issued=2021)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 于 before a year, then 建成 / 完成 / 实现: the year the work is to be done by (vl_02's sentence shape)
        ("依托京津冀国家技术创新中心（北京），于2022年和2023年分别建成河北京津冀国家技术创新中心和雄安京津冀国家技术创新中心，"
         "吸引全球创新力量聚焦河北产业高质量发展需求。", [(2022, None, "by"), (2023, None, "by")]),
        ("依托现有资源，于2022年建成省级科技成果转化服务平台。", [(2022, None, "by")]),
        ("各市要于2023年完成老旧小区改造任务。", [(2023, None, "by")]),
        ("力争于2025年基本实现县域全覆盖。", [(2025, None, "by")]),
        ("省级平台于2022年10月建成投用。", [(2022, 10, "by")]),
    ],
)
def test_year_after_yu_then_done_is_due_by(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "该中心已于2022年建成并投入运行。",  # 已于: done, told of
        "对于2022年建成的平台，要加强运营管理。",  # 建成的: a result named
        "各市于2022年完成了改造任务。",  # 完成了: work told of
        "省级平台于2019年建成，运行良好。",  # before the document's year: on record
        "关于2022年完成科技创新平台建设任务情况的通报",  # 关于: the topic a title names
    ],
)
def test_year_after_yu_done_or_named_is_no_deadline(text):
    assert dated(text) == []
