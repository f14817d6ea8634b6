"""Responsibility, targets and deadlines: batch left28's rules (issue 10, the development leftovers), on snippets shaped
as the real documents' sentences (tests/real/docs)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str, year: int = 2016) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind, d.recurrence) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_date_in_the_year_after_a_rules_round_recurs_yearly():
    # vt_03 4.4.2 / 4.4.3, ub_11 5.10: a rule's yearly round (tally, audit, self-assessment), then a report due 于次年…
    # with no year named in its sentence: due in the year after each round
    assert deadlines("并于次年3月31日前将资金使用计划报送省科技厅。") == [(None, 3, 31, "by", "yearly")]
    assert deadlines("（三）省科技厅于次年4月30日之前对河北省科技投资中心报送的资金使用计划进行确认。") == [
        (None, 4, 30, "by", "yearly")]
    assert deadlines("银行、支付机构应当按年度进行自评估，并于次年 1月31日前向中国人民银行报送自评估报告。") == [
        (None, 1, 31, "by", "yearly")]
    # 次年 glued to the event it counts from stays one date with no year; after a year named, the year after it
    assert deadlines("必须在费用发生日次年3月1日前提交医疗费用报销申请。") == [(None, 3, 1, "by", None)]
    assert deadlines("2016年启动试点，次年3月底前全面推开。") == [
        (2016, None, None, "period", None), (2017, 3, 31, "by", None)]


def _level2_carriers(text: str) -> list:
    from policyparse import parse
    return [([u.name for u in s.responsibility.lead], s.responsibility.mode) if s.responsibility else None
            for s in parse(text).iter_sections() if s.level == 2]


def test_a_run_of_headings_each_opened_by_its_units_names_them_whatever_the_verb():
    # wa_11: 三、组织保障 / （二）培育绿色低碳产业集群 / 市经济信息化委支持推广… 市经济信息化委和市生态环境局联合推进… /
    # （四）… / 市住房城乡建设管理委制定并实施… 市交通委加快布局… / （七）… / 市发展改革委会同相关部门统筹… 市委金融办引导…:
    # every heading of the run has its text opened by the bodies that carry it, so each sentence's opening units are
    # its carriers (listed), whatever verb (支持, 制定, 会同 …) the entry uses
    text = ("三、组织保障\n\n（一）培育绿色低碳产业集群\n\n市经济信息化委支持推广“以绿制绿”模式，推动园区布局新型产业。"
            "市经济信息化委和市生态环境局联合推进“无废园区”建设。\n\n（二）提升建筑和基础设施降碳管理水平\n\n"
            "市住房城乡建设管理委制定并实施建筑领域能效碳效分级标准。市交通委加快布局充换电基础设施。\n\n"
            "（三）创新多元资金支持模式\n\n市发展改革委会同相关部门统筹国家和本市相关资金。市委金融办引导金融机构完善精准投放机制。\n")
    assert _level2_carriers(text) == [
        (["市经济信息化委", "市生态环境局"], "listed"), (["市住房城乡建设管理委", "市交通委"], "listed"),
        (["市发展改革委", "市委金融办"], "listed")]
    # one heading so opened, among headings opened by their task, names none (only a duty verb would)
    text = ("三、保障措施\n\n（一）加强组织领导\n\n建立工作机制，明确责任分工。\n\n（二）强化资金保障\n\n"
            "市财政局统筹安排相关资金。\n\n（三）加强宣传引导\n\n充分发挥媒体作用，营造良好氛围。\n")
    assert _level2_carriers(text) == [None, None, None]


def test_a_sum_granted_per_farm_is_a_flat_standard():
    # up_11 (named in docs/gold-format.md, five target forms): 每场补助30万元 — one sum granted per farm, written once, as
    # 每家补助10万元 is
    from policyparse.extract.targets import find_targets

    def targets(text: str) -> list[tuple]:
        return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), 2019, 2019)]

    assert targets("利用国家资金支持奶牛家庭牧场升级改造，每场补助30万元。") == [(30.0, "万元", "eq")]
    assert targets("对新认定的家庭农场，每场给予5万元一次性奖补。") == [(5.0, "万元", "eq")]
    # a cap and the rate a grant to another is reckoned at stay none
    assert targets("对新建牧场每场最高补助30万元。") == []
    assert targets("按每场补助30万元给予合作社补贴。") == []
