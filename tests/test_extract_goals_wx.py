"""Targets and deadlines: the rules written for batch wx (synthetic snippets in the styles of goal-dense pages: 民生实事
lists, a progress report of a year's 民生工程, a notice handing down an energy goal, a sowing goal for a town's villages)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None, implicit_year: int | None = None) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 0, len(text), issue_year=issue_year, implicit_year=implicit_year)]


def test_a_list_of_items_done_led_in_by_their_count_reports_results():
    # wx_07: 其中超额完成任务的已有10项：…完成2个，完成率200%；…救助2539名，完成率100.27%: the items done, each with its rate
    text = ("其中超额完成任务的已有10项：驿站建设完成2个，完成率200%；为困难残疾人提供康复救助2539名，完成率100.27%；"
            "安心托幼行动新增托位540个，千人口托位数达到3.88个，完成率260%。")
    assert targets(text, issue_year=2025) == []
    # a plan's own list keeps its goals
    assert targets("年内重点抓好3项工作：新增托位540个，康复救助2539名。", issue_year=2025) != []


def test_a_count_of_items_picked_out_by_a_demonstrative_or_tallied_by_kind_is_no_goal():
    # wx_07: 常态化开展的有3项（…）, 这5项预计10月底前全部完成: how many of the items listed, no level any reaches
    assert targets("30项民生实事中，常态化开展的有3项（提升公墓管理水平；便民停车行动）。", issue_year=2025) == []
    assert targets("新建养老机构2个、改造农村幸福院15个，这5项预计10月底前全部完成。", issue_year=2025) == [(2, "个"), (15, "个")]
    # a count of things to make stays a goal
    assert targets("年内新增发明专利5件，这5项预计年底前完成。", issue_year=2025) == [(5, "件")]


def test_a_planned_count_beside_how_many_of_it_are_done_is_the_work_planned():
    # wx_07: 126条农村黑臭水体治理已完成120条: the 126 is the work, the 120 its progress
    text = "126条农村黑臭水体治理已完成120条（95%），预计10月底前全部完成。"
    assert targets(text, issue_year=2025) == [(126, "条")]
    # the things counted told done as a whole stay a result (均已, 已开放)
    assert targets("全省新增301所学校均已开放。", issue_year=2025) == []


def test_a_goal_named_again_as_what_a_goal_is_is_read_once():
    # wx_05: 降幅目标为3.4%…确保全市完成单位地区生产总值能耗降低3.4%的约束性目标
    text = ("我市2019年单位GDP能耗降幅目标为3.4%，增量控制目标为28万吨标准煤。"
            "各地要强化措施，确保全市完成单位地区生产总值能耗降低3.4%的约束性目标。")
    assert [u for _, u in targets(text, issue_year=2019)] == ["%", "万吨标准煤"]
    # named once, the goal is read where it is named
    assert targets("确保全市完成单位地区生产总值能耗降低3.4%的约束性目标。", issue_year=2019) == [(3.4, "%")]


def test_people_served_by_a_free_screening_are_counted_and_a_stroke_is_no_set():
    # wx_01: 免费为1000人筛查脑卒中，免费为10000人筛查肺CT: the numbers served; 脑卒中 ends in 中 but picks out nothing
    text = "实施百千万健康服务工程，推进300堂健康知识巡讲，免费为1000人筛查脑卒中，免费为10000人筛查肺CT。"
    assert targets(text, issue_year=2023) == [(300, "堂"), (1000, "人"), (10000, "人")]
    # a set named before (在 / 其余 / 的) still is one a sentence picks from
    assert targets("其余27项中，截至9月底已完成19项。", issue_year=2025) == []
    assert targets("在现有五万多种产品中，使一千种达到国际先进水平。", issue_year=2023) != [(50000, "种")]


def test_a_kindergarten_put_into_use_and_a_road_built_are_made():
    # wx_06: 新启用幼儿园2所, 修建“最美农村路”13公里
    assert targets("推进4所幼儿园项目建设，新启用幼儿园2所。", issue_year=2022) == [(4, "所"), (2, "所")]
    assert (13, "公里") in targets("改造提升县乡道路40公里，修建“最美农村路”13公里。", issue_year=2022)


def test_this_year_before_a_level_dates_it_in_the_documents_year():
    # wx_10: 今年金港街道粮食播种面积不少于1573亩
    found = find_targets("根据上级通知，今年全街道粮食播种面积不少于1573亩。", 0, 27, issue_year=2023, implicit_year=2023)
    assert [(t.value, t.year) for t in found] == [(1573, 2023)]
    # 今年以来, a tally's opening, names no year of a goal
    found = find_targets("今年以来，全街道完成播种1573亩，力争再增加200亩。", 0, 26, issue_year=2023, implicit_year=2023)
    assert all(t.year is None for t in found)


def test_a_month_alone_after_jiezhi_with_done_work_right_after_is_a_tally():
    # wx_07: 其余27项中，截至9月底已完成19项: the date the count stands at, no deadline
    assert find_deadlines("其余27项中，截至9月底已完成19项。", 0, 19, doc_year=2025, issued=2025) == []
    # a goal after it keeps the month due
    assert find_deadlines("截至9月底，力争完成19项。", 0, 13, doc_year=2025, issued=2025) != []


def test_a_year_heading_the_works_taken_up_is_their_period():
    # wx_03: …，2023年着力抓好40项重点工作：, 2024年办好10件民生实事: the year's work taken up
    found = find_deadlines("县政府按照工作要求，2023年着力抓好40项重点工作：", 0, 25, doc_year=2023, issued=2023)
    assert [(d.year, d.kind) for d in found] == [(2023, "period")]
    found = find_deadlines("全县上下，2024年办好10件民生实事。", 0, 19, doc_year=2024, issued=2024)
    assert [(d.year, d.kind) for d in found] == [(2024, "period")]
    # a year that only is what it is names no work
    assert find_deadlines("2024年是全面贯彻落实的关键之年。", 0, 17, doc_year=2024, issued=2024) == []
