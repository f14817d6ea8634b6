"""Targets: the rules written for batch ws (synthetic snippets in the styles of the ministry's answers to deputies'
suggestions: reviews of what was done, with the figures counted so far)."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.year) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def test_a_tally_dated_to_the_day_reports_its_figures():
    # ws_01: 截至2020年9月31日，全国共完成非道路移动机械编码登记152万台: the day a tally is taken at dates it as a month does
    text = "力争做到机械类型、数量全覆盖。截至2020年9月30日，全国共完成非道路移动机械编码登记152万台。"
    assert targets(text, issue_year=2020) == []
    assert targets("截至10月15日，全市共完成改造1200户。", issue_year=2020) == []
    # a goal word still turns the sentence forward
    assert targets("截至2020年12月31日，力争完成编码登记200万台。", issue_year=2020) != []
