"""Targets and deadlines: the rules written for batch xc (synthetic snippets in the styles of whole goal-dense
documents: a report's account of a decade's results before its next steps, a self-assessment of a year's duties, a
research programme's guide)."""

from __future__ import annotations

from policyparse.extract._text import _is_retrospective_heading
from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets
from policyparse.models import Section


def _heading(title: str) -> Section:
    return Section(id="1", kind="heading", level=1, title=title, text=title, span=(0, len(title)))


def test_a_report_s_heading_telling_results_achieved_is_a_review():
    # xc_01: 一、我国数字经济发展成效显著 (光缆线路长度从2012年的1479万公里增加到2021年的5481万公里…); xc_02: 二、工作成效
    assert _is_retrospective_heading(_heading("我国数字经济发展成效显著"))
    assert _is_retrospective_heading(_heading("工作成效"))
    assert _is_retrospective_heading(_heading("发展成就"))
    # a task raising the results is no review, nor a goal heading
    assert not _is_retrospective_heading(_heading("提高工作成效"))
    assert not _is_retrospective_heading(_heading("确保取得明显成效的目标"))


def _deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), doc_year=year)]


def test_a_limit_whose_clause_tells_the_work_done_by_it_is_a_result():
    # xc_02: 指出了我省存在…5个问题。…今年5月底前2个问题已整改到位，3个问题正在积极整改中。
    assert _deadlines("我省高度重视，立行立改，今年5月底前2个问题已整改到位，3个问题正在积极整改中。", 2019) == []
    # the limit a step is still due by is kept, also when a later clause tells progress
    assert _deadlines("要求6月底前完成整改，目前已完成80%。", 2019) == [(2019, 6, "by")]
    assert _deadlines("今年5月底前完成2个问题的整改。", 2019) == [(2019, 5, "by")]


def _targets(text: str, issue_year: int | None = None) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def test_the_most_parts_and_partners_an_application_may_hold_are_no_goal():
    # xc_03: 项目下设课题数不超过 5个，参加单位总数不超过 10 家 (a guide's terms for what is sent in)
    assert _targets("项目下设课题数不超过 5个，参加单位总数不超过 10 家。", 2019) == []
    assert _targets("项目下设课题数不超过5个，参加单位总数不超过10家。", 2019) == []
    # a count of units a plan brings in stays a goal
    assert _targets("到2020年，新增参加单位10家。", 2019) == [(10, "家")]


def test_a_count_of_the_projects_just_named_is_no_goal_blank_or_not():
    # xc_03: 当出现申报项目评审结果前两位评价相近…时，可同时支持这 2 个项目 (a typeset guide's blank before the number)
    assert _targets("当出现评审结果前两位评价相近的情况时，可同时支持这 2 个项目。", 2019) == []
    assert _targets("可同时支持这2个项目。", 2019) == []
    # a count of projects to build stays a goal
    assert _targets("2019年建成示范项目2个。", 2019) == [(2, "个")]
