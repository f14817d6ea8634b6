"""Deadlines: session 29's left18 rules (a goal's year after 力争于 / 在, a single day that is a limit), on real-shaped
snippets."""

from __future__ import annotations

import pytest

from policyparse.extract.deadlines import find_deadlines


def dated(text: str, doc_year: int = 2022) -> list[tuple[int | None, int | None, int | None, str]]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), doc_year=doc_year, issued=doc_year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 力争 / 确保 with 于 or 在 before the year: a goal's year, whatever verb follows (not only 建成)
        ("力争于2023年培育省级以上专精特新企业50家。", [(2023, None, None, "by")]),
        ("确保在2025年全面消除城市黑臭水体。", [(2025, None, None, "by")]),
        ("争取于2024年底前完成全部改造。", [(2024, 12, 31, "by")]),
        # 在 before a year then 建成 / 完成 / 实现 reads as 于 does
        ("依托现有资源，在2023年建成市级数据共享平台。", [(2023, None, None, "by")]),
    ],
)
def test_a_goal_year_after_intent_and_yu_or_zai_is_due_by(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "该平台已在2023年建成并投入运行。",  # 已在: done
        "对在2023年建成的项目，要加强运营管理。",  # 建成的: a result named
        "现在2023年完成的项目已经全部验收。",  # 在 closing 现在
    ],
)
def test_a_year_after_zai_done_or_named_is_no_deadline(text):
    assert dated(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event named in a word or two, then 前: the day is a limit (vl_03)
        ("符合条件的毕业生可以报考，但在2018年8月9日面试前必须取得相应的教师资格证书。", [(2018, 8, 9, "by")]),
        ("新生须于9月1日开学前完成报到。", [(2018, 9, 1, "by")]),
        # a delivery the day is set for, after a short adverbial (vl_03)
        ("资格审查结果的上报。2018年7月6日以市为单位按要求上报设岗县资格审查的结果。", [(2018, 7, 6, "by")]),
        # a time labelled as when a thing is delivered (uy_02)
        ("每周三报送本周行动信息统计表（首次报送时间为5月18日）。", [(2018, 5, 18, "by")]),
    ],
)
def test_a_single_day_that_is_a_limit_is_due_by(text, expected):
    assert [d for d in dated(text, doc_year=2018) if d[2] is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("定于2022年9月16日举办全省职业技能大赛。", [(2022, 9, 16, "period")]),  # when it happens
        ("厅党组于6月22日举行民法典专题学习交流研讨会。", [(2022, 6, 22, "period")]),
    ],
)
def test_a_single_day_when_a_thing_happens_stays_its_period(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a window from a year's 1月1日 to a year's 12月31日: the term a rule or a scheme applies in (vi_09, ul_06)
        "2011年1月1日至2011年12月31日，对高校毕业生创办的小型微利企业，其所得减按50%计入应纳税所得额。",
        "2019年1月1日至12月31日，对面临暂时性生产经营困难且坚持不裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。",
        # a date, then what has not happened by it, closed by 的: a condition naming who qualifies (vi_09)
        "对困难家庭应届高校毕业生，毕业当年年底未实现就业并进行失业登记的，从第二年开始每月给予失业补助。",
        "2011年底仍未完成整改的企业，一律不得享受补贴。",
    ],
)
def test_a_whole_years_term_or_a_condition_dates_no_task(text):
    assert dated(text, doc_year=2011) == []


def test_a_window_of_days_within_a_year_still_dates_its_month():
    assert dated("2011年12月9日至2011年12月31日，各单位报送申报材料。", doc_year=2011) == [(2011, 12, None, "period")]
    assert dated("各地要在年底前完成改造任务，年底前仍未完成的，要追究责任。", doc_year=2011) == [(2011, 12, 31, "by")]


def test_a_labelled_delivery_time_that_opens_a_window_is_read_at_the_window_s_end():
    # sh_15: 申请报送日期为 heads a window of days: its first day is when the window opens, no day due by
    assert dated("1.申请报送日期为2019年12月9日至16日16时。", doc_year=2019) == [(2019, 12, 9, "period")]


def test_a_stage_s_bracket_of_a_whole_year_still_dates_the_stage():
    # vb_02: the whole-year window dates a stage's work when it stands in the stage's bracket
    text = "（二）实施阶段（2025年1月1日至2025年12月31日）。全面推进住房养老金制度试点工作。"
    assert dated(text, doc_year=2024) == [(2025, 12, None, "period")]


@pytest.mark.parametrize(
    "text",
    [
        # vg_01: 为 before a wider goal's year, the sentence closing on the contribution the plan makes to it
        "形成经济持续稳定增长新动力，为到2020年进入创新型国家行列、实现全面建成小康社会奋斗目标作出贡献。",
        "加快推进农业供给侧结构性改革，为到2025年基本实现农业现代化奠定坚实基础。",
    ],
)
def test_a_wider_goal_the_plan_contributes_to_dates_no_task(text):
    assert dated(text, doc_year=2016) == []


def test_a_goal_year_after_wei_with_no_contribution_is_still_due():
    assert dated("为到2020年实现收入翻番，各地要加快发展特色产业。", doc_year=2016) == [(2020, None, None, "by")]
