"""Targets and deadlines: the rules written for batch vb (synthetic snippets in the batch's styles: 工作方案 with dated
stages, application notices, district 若干措施 of grants and thresholds, a 国办 notice of policy terms beside
application limits, a 住房公积金 notice of ratios raised for a term)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_measures_term_said_as_its_execution_period_sets_no_deadline():
    # vb_09: …发放一次性扩岗补助，政策执行期限至2025年12月底 (the measure's term, as 有效期至…)
    assert deadlines("按照每人不超过1500元的标准发放一次性扩岗补助，政策执行期限至2025年12月底。", 2025) == []
    assert deadlines("实施期限至2025年底。", 2025) == []
    # vb_09: 补贴由企业申请，申请期限至2025年12月底 — the day to apply by stays a limit
    assert deadlines("补贴由企业申请，申请期限至2025年12月底。", 2025) == [(2025, 12, 31, "by")]
