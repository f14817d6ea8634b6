"""Extraction end to end over samples/: facts read from the notices themselves.

Nodes are found by their words, not by ids, so these checks hold while the segmenter evolves.
"""

from __future__ import annotations

import pytest


def node_with(doc, words: str):
    found = [n for n in doc.iter_sections() if words in n.text]
    assert found, words
    return found[0]


def canon(units):
    return [u.canonical for u in units]


def test_001_every_numbered_task_has_its_units(parsed_samples):
    doc = parsed_samples["001_c9a87959f9653342"]
    third = node_with(doc, "实施科技创新后备人才培育计划")
    r = third.responsibility
    assert r.mode == "lead_support"
    assert canon(r.lead) == ["市教育局", "市科协"]
    assert canon(r.support) == ["团市委", "市职教城管委会", "辽宁科技大学", "鞍山师范学院"]
    assert r.support[-1].kind == "university"
    budget = node_with(doc, "保障经费投入")
    assert (budget.responsibility.mode, canon(budget.responsibility.lead)) == ("listed", ["市科技局", "市财政局", "市科协"])
    goals = node_with(doc, "全市公民具备科学素质的比例达到16%")
    assert [(t.metric, t.value, t.year) for t in goals.targets] == [
        ("全市公民具备科学素质的比例", 16, 2025),
        ("全市公民具备科学素质的比例", 26, 2035),
    ]


def test_002_work_plan(parsed_samples):
    doc = parsed_samples["002_d1be8f63f2575b76"]
    opening = node_with(doc, "收官之年")
    [t] = opening.targets
    assert (t.metric, t.value, t.unit, t.comparator, t.year) == ("全市公民具备科学素质的比例", 10, "%", "gt", 2020)
    alls = [n for n in doc.iter_sections() if n.responsibility and n.responsibility.mode == "all"]
    assert len(alls) == 13 and all(canon(n.responsibility.lead) == ["各责任单位"] for n in alls)
    economy = node_with(doc, "助推科技经济融合发展")
    assert [u.name for u in economy.responsibility.lead] == ["市科协", "市经济信息委"]


def test_003_heading_notes_and_annual_year(parsed_samples):
    doc = parsed_samples["003_14cb61e292b896cd"]
    youth = node_with(doc, "实施青少年科学素质行动（牵头部门")
    assert (youth.responsibility.mode, canon(youth.responsibility.lead)) == ("lead_support", ["市教育局", "团市委", "市科协"])
    training = node_with(doc, "积极开展多种形式的技能培训")
    [t] = training.targets
    assert (t.value, t.unit, t.year) == (20, "万人次", 2017)
    coop = node_with(doc, "完善公民科学素质建设联合协作机制")
    assert [u.name for u in coop.responsibility.lead] == ["市素质办", "各牵头单位", "各县（市、区）"]
    opening = node_with(doc, "“十三五”末公民科学素质水平")
    assert [(t.value, t.year) for t in opening.targets] == [(7.0, 2020)]
    assert opening.deadlines == []


def test_000_yearly_reporting_dates_and_goals(parsed_samples):
    doc = parsed_samples["000_86d2b4903a47c6ba"]
    goal = node_with(doc, "全县公民具备科学素质的比例达到18.5%")
    assert [(t.value, t.unit, t.year) for t in goal.targets] == [(18.5, "%", 2025)]
    report = node_with(doc, "每年6月30日前")
    assert [(d.month, d.day, d.recurrence, d.year) for d in report.deadlines] == [(6, 30, "yearly", None), (12, 30, "yearly", None)]
    all_targets = [t for n in doc.iter_sections() for t in n.targets]
    assert not [t for t in all_targets if t.unit == "项"]  # 5项提升行动, 4项重点工程 are the plan's parts


@pytest.mark.parametrize("stem", ["000_86d2b4903a47c6ba", "001_c9a87959f9653342", "002_d1be8f63f2575b76", "003_14cb61e292b896cd", "004_c90d78c33953a627"])
def test_no_duplicates_and_spans_index_the_text(parsed_samples, stem):
    doc = parsed_samples[stem]
    for node in doc.iter_sections():
        spans = [t.span for t in node.targets]
        assert len(spans) == len(set(spans))
        spans = [d.span for d in node.deadlines]
        assert len(spans) == len(set(spans))
        if node.responsibility and not node.responsibility.inherited_from:
            units = [u.canonical for u in (*node.responsibility.lead, *node.responsibility.support)]
            assert len(units) == len(set(units)), (stem, node.id)
            for u in (*node.responsibility.lead, *node.responsibility.support):
                assert doc.text[u.span[0]:u.span[1]] == u.name
