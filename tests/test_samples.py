"""End to end over samples/: facts read from the documents themselves (issue 2), plus the gold files."""

from __future__ import annotations

import regex as re


def numbered(nodes, level):
    return [n for n in nodes if n.level == level and n.marker]


def all_nodes(doc):
    return list(doc.iter_sections())


def items_in_order(doc, level):
    return [n.number for n in all_nodes(doc) if n.level == level and n.marker]


def test_001_tree_runs_on_in_section_two_and_restarts_in_three(parsed_samples):
    doc = parsed_samples["001_c9a87959f9653342"]
    top = numbered(doc.sections, 1)
    assert [n.marker for n in top] == ["一、", "二、", "三、", "四、"]
    two, three = top[1], top[2]
    assert [c.marker for c in numbered(two.children, 2)] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    two_items = [i.number for c in two.children for i in c.children if i.level == 3]
    assert two_items == list(range(1, 18))
    three_items = [i.number for c in three.children for i in c.children if i.level == 3]
    assert three_items == list(range(1, 13))


def test_001_items_split_lead_and_support_as_written(parsed_samples):
    doc = parsed_samples["001_c9a87959f9653342"]
    two = numbered(doc.sections, 1)[1]
    first = two.children[0].children[0]
    assert first.title == "将弘扬科学精神贯穿于青少年教育全链条"
    assert [u.canonical for u in first.responsibility.lead] == ["市教育局", "市科协"]
    assert [u.canonical for u in first.responsibility.support] == ["市委宣传部", "团市委"]
    assert first.responsibility.mode == "lead_support"
    # item 6 opens （二）产业工人…: 牵头单位：市总工会、市人力资源社会保障局
    sixth = two.children[1].children[0]
    assert sixth.number == 6
    assert [u.canonical for u in sixth.responsibility.lead] == ["市总工会", "市人力资源社会保障局"]
    assert [u.canonical for u in sixth.responsibility.support] == ["市委宣传部", "市文旅广电局", "团市委", "市妇联"]
    with_notes = [n for n in all_nodes(doc) if n.level == 3 and n.marker]
    assert len(with_notes) == 29
    assert all(n.responsibility is not None for n in with_notes)


def test_001_goals_are_targets(parsed_samples):
    doc = parsed_samples["001_c9a87959f9653342"]
    targets = [(t.value, t.unit, t.year) for n in all_nodes(doc) for t in n.targets]
    assert (16.0, "%", 2025) in targets
    assert (26.0, "%", 2035) in targets


def test_000_is_simplified_without_ruby_or_furniture(parsed_samples):
    doc = parsed_samples["000_86d2b4903a47c6ba"]
    text = doc.text
    assert "(guān)" not in text and "（guān）" not in text
    assert not re.search(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)]", text)
    for traditional in ("縣", "關", "發", "學", "質", "規劃", "綱要"):
        assert traditional not in text
    assert "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知" in text
    for furniture in ("免费网站在线观看", "无障碍阅读", "关怀版", "打印整页", "扫码使用手机浏览本页内容", "点击量", "信息发布总数"):
        assert furniture not in text
    assert "（三）统筹协调推进" in text  # the notice's own last section stays


def test_000_numbering_restarts_in_every_section(parsed_samples):
    doc = parsed_samples["000_86d2b4903a47c6ba"]
    top = numbered(doc.sections, 1)
    assert [n.marker for n in top] == ["一、", "二、", "三、", "四、"]
    action = top[1]
    assert [len(c.children) for c in action.children] == [5, 3, 4, 3, 2]
    assert [i.number for i in action.children[0].children] == [1, 2, 3, 4, 5]


def test_002_and_003_items_run_on_across_sections(parsed_samples):
    assert items_in_order(parsed_samples["002_d1be8f63f2575b76"], 3) == list(range(1, 22))
    assert items_in_order(parsed_samples["003_14cb61e292b896cd"], 3) == list(range(1, 34))


def test_003_repeated_copy_is_kept_once(parsed_samples):
    doc = parsed_samples["003_14cb61e292b896cd"]
    assert doc.text.count("开展首届“科技工作者日”活动") == 1
    assert any("duplicate" in w or "repeat" in w or "重复" in w for w in doc.repair.warnings)


def test_004_headings_come_out_without_level_one(parsed_samples):
    doc = parsed_samples["004_c90d78c33953a627"]
    level2 = [n for n in all_nodes(doc) if n.level == 2 and n.marker]
    assert len(level2) >= 6
    assert all(n.marker.startswith("（") for n in level2)
    inferred = [n for n in doc.sections if n.inferred]
    assert len(inferred) >= 2


def test_metadata_of_the_samples(parsed_samples):
    m = {stem[:3]: doc.metadata for stem, doc in parsed_samples.items()}
    assert m["000"].title == "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知"
    assert m["000"].doc_number == "平政字〔2022〕21号"
    assert m["000"].issuer == "平阴县人民政府"
    assert m["000"].issue_date == "2022-11-07"
    assert m["000"].publish_date == "2022-11-08"
    assert m["001"].title == "鞍山市人民政府关于印发鞍山市全民科学素质行动规划纲要（2021—2035年）的通知"
    assert m["001"].doc_number == "鞍政发〔2022〕1号"
    assert m["001"].issuer == "鞍山市人民政府"
    assert m["001"].issue_date == "2022-06-09"
    assert m["001"].publish_date == "2022-06-12"
    assert m["002"].title == "关于印发《2020年重庆市全民科学素质行动工作要点》的通知"
    assert m["002"].issuer == "重庆市全民科学素质纲要实施工作办公室"
    assert m["002"].issue_date == "2020-05-26"
    assert m["002"].publish_date == "2020-06-01"
    assert m["003"].title == "平顶山市2017年全民科学素质工作要点"
    assert m["004"].title and "工作方案" in m["004"].title
