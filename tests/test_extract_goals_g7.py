"""Targets and deadlines: the rules of goals7 (session 25, issue 10), written on the development part's remaining
mismatches; each test a short snippet in the form a development document writes (its id in a comment)."""

from __future__ import annotations

from policyparse.extract.targets import find_targets
from policyparse.pipeline import parse


def targets(text: str, issue_year: int | None = None) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.recurrence) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def node_targets(text: str) -> dict[str, list[tuple]]:
    doc = parse(text)
    return {n.id: [(t.value, t.unit, t.comparator) for t in n.targets] for n in doc.iter_sections() if n.targets}


def test_a_threshold_inside_the_class_dui_opens_names_who_a_rule_treats():
    # uj_09: 对“双超双有高耗能”和产废量超100吨企业实施强制性清洁生产审核
    assert targets("全面推行清洁生产，对“双超双有高耗能”和产废量超100吨企业实施强制性清洁生产审核。") == []
    # tw_11: 对同时符合两项以上大额交易标准的交易，金融机构应当分别提交大额交易报告
    assert targets("第六条对同时符合两项以上大额交易标准的交易，金融机构应当分别提交大额交易报告。") == []
    # up_11: 省级对存栏300头、500头及1000头以上的奶牛场…分别给予: the levels listed before the bounded one too
    assert targets("省级对存栏300头、500头及1000头以上的奶牛场购置信息化设备分别给予补助。") == []
    assert targets("对年销售收入5000万元以上的企业给予奖励。") == []


def test_a_count_or_a_share_the_work_under_dui_reaches_stays_a_goal():
    assert targets("到2025年，对50家以上企业开展诊断服务。") == [(50.0, "家", "gte", None)]
    assert targets("到2025年，对全市100个以上的村开展整治。") == [(100.0, "个", "gte", None)]
    assert targets("到2025年，对80%以上的规上企业开展数字化诊断。") == [(80.0, "%", "gte", None)]
    assert targets("拟对100家以上企业实施技术改造。") == [(100.0, "家", "gte", None)]


def test_the_items_under_what_a_posts_holder_must_be_are_conditions():
    # ub_01: 在高速客船任职的船员应符合下列要求： / （三）…见习航行时间不少于10小时和20个单航次。
    found = node_targets("第十一条 在高速客船任职的船员应符合下列要求：\n（一）经主管机关认可的基本安全培训。\n"
                         "（二）取得高速客船船员职务适任证书者，在正式任职前见习航行时间不少于10小时和20个单航次。\n"
                         "第十二条 到2025年，建成示范企业10家以上。")
    assert list(found.values()) == [[(10.0, "家", "gte")]]


def test_the_items_under_a_list_of_cases_are_conditions():
    # ub_09: 经营者集中有下列情形之一的，可以不向国务院反垄断执法机构申报：
    found = node_targets("第二十二条 经营者集中有下列情形之一的，可以不向国务院反垄断执法机构申报：\n"
                         "（一）参与集中的一个经营者拥有其他每个经营者百分之五十以上有表决权的股份或者资产的；\n"
                         "（二）参与集中的每个经营者百分之五十以上有表决权的股份或者资产被同一个未参与集中的经营者拥有的。\n"
                         "第二十三条 到2025年，建成示范企业10家以上。")
    assert list(found.values()) == [[(10.0, "家", "gte")]]
