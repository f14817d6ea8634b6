"""Targets and deadlines: the rules written for batch ud (synthetic snippets in the batch's styles)."""

from __future__ import annotations

from policyparse import parse
from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import _page_issue_year, find_targets
from policyparse.models import Metadata


def targets(text: str, start: int = 0, end: int | None = None) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, start, len(text) if end is None else end)]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, None)]


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node.children)


def test_a_paragraph_opening_on_a_five_year_period_earlier_than_one_the_page_names_looks_back():
    # ud_09: a story on the 十四五 plan; 纲要显示，“十三五”期间中国生态状况明显改善。森林覆盖率达到23.04%
    page = ("某局印发《“十四五”林业发展规划》，提出到2025年全省森林覆盖率达到40%。\n"
            "规划显示，“十三五”期间全省生态状况明显改善。森林覆盖率达到38.5%，湿地保护率达到50%。\n"
            "“十三五”时期，林业产业稳步壮大，总产值超过3000亿元。\n")
    second = page.index("规划显示")
    third = page.index("“十三五”时期")
    assert targets(page, 0, second) == [(40.0, "%", "eq")]
    assert targets(page, second, third) == []
    assert targets(page, third, len(page)) == []
    # the same period in a page naming no later one is the plan's own: its levels are goals
    plan = "“十三五”期间，全省森林覆盖率达到40%，湿地保护率达到55%。"
    assert (40.0, "%", "eq") in targets(plan)
    # a paragraph that turns forward keeps its goals
    ahead = "“十四五”规划提出：“十三五”期间全省生态状况明显改善，到2025年森林覆盖率达到42%。"
    assert (42.0, "%", "eq") in targets(ahead)


def test_the_progress_cell_of_a_task_row_is_on_record_and_its_task_cell_sets_the_goal():
    # ud_10: 序号 / 内容与要求 / 进展情况 / 责任单位, one cell a line
    doc = parse("某区2021年重点工作一季度进展情况表\n\n序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n1\n\n"
                "加强月度数据监测，确保全区工业增加值增长8%左右。\n\n1-3月，全区工业增加值同比增长9.6%，居全市第2位。\n\n"
                "区经信局\n\n2\n\n新建公共停车位500个以上。\n\n目前已新建停车位120个，完成全年任务的24%。\n\n区住建局\n")
    rows = [n for n in walk(doc.sections) if n.kind == "task_row"]
    assert [[(t.value, t.unit, t.comparator) for t in row.targets] for row in rows] == [
        [(8.0, "%", "approx")], [(500.0, "个", "gte")]]


def test_the_data_of_data_monitoring_cites_no_statistic():
    # ud_10: 加强季度、月度数据监测，确保地区生产总值增长7%左右 (据 of 数据 read as 据…监测)
    assert targets("加强季度、月度数据监测，确保地区生产总值增长7%左右。") == [(7.0, "%", "approx")]
    # a statistic cited still reports its figures
    assert targets("据统计监测，全市地区生产总值增长7%。") == []


def test_a_heading_closing_on_the_count_of_its_goals_makes_its_items_goals():
    # ud_03: （一）跨越式发展目标。主要针对“31245”的目标任务，包括8项。 / 1.地区生产总值增长15%;
    doc = parse("2009年某市目标管理工作方案\n一、关于目标体系设置\n今年拟定的目标体系主要针对的目标任务，包括3项。\n"
                "1.地区生产总值增长12%;\n2.第三产业增加值达到500亿元；\n3.地方财政收入净增30亿元；\n"
                "3项目标的责任单位均为市发展改革委。\n")
    found = {n.title: [(t.value, t.unit) for t in n.targets] for n in walk(doc.sections)}
    assert found["地区生产总值增长12%"] == [(12.0, "%")]
    assert found["第三产业增加值达到500亿元"] == [(500.0, "亿元")]
    assert found["关于目标体系设置"] == []  # 包括3项: the count of the goals, no level
    assert all(t.unit != "项" for n in walk(doc.sections) for t in n.targets)  # 3项目标的责任单位: goals counted


def test_a_page_published_after_the_plan_s_year_keeps_that_year_for_its_goals():
    # ud_03: 发布时间：2009/02/04 over 2007年郑州市人民政府目标管理工作方案
    assert _page_issue_year(Metadata(publish_date="2009-02-04"), 2007) == 2007
    # an issue date or a 文号 dates the document itself
    assert _page_issue_year(Metadata(issue_date="2009-02-04"), 2007) == 2009
    assert _page_issue_year(Metadata(publish_date="2009-02-04", doc_number="郑政〔2009〕3号"), 2007) == 2009
    assert _page_issue_year(Metadata(publish_date="2009-02-04"), None) == 2009


def test_the_half_year_a_report_on_the_plan_covers_names_the_report():
    # ud_07: 向本次会议报告官渡区2023年上半年国民经济和社会发展计划执行情况
    assert deadlines("向本次会议报告全区2022年上半年国民经济和社会发展计划执行情况，请予审议。", 2022) == []
    # a half-year a task is done in still dates it
    assert deadlines("2022年上半年完成全部改造任务。", 2022) != []


def test_newly_built_farmland_in_a_number_is_a_goal():
    # ud_11: 1.新修高标准基本农田10万亩。
    assert targets("新修农村公路30公里。") == [(30.0, "公里", "eq")]


def test_the_pupils_served_free_of_charge_are_a_goal():
    # ud_06: 为4000名小学生免费筛查配镜
    assert targets("实施护眼项目，为3000名小学生免费筛查配镜。") == [(3000.0, "名", "eq")]


def test_a_year_opening_the_sentence_a_story_reports_dates_its_work():
    # ud_06: 2月11日，记者从…会议上了解到，2015年，秦安县…将集中力量办好十件民生实事
    assert deadlines("记者从县两会上了解到，2016年，某县将集中力量办好十件民生实事。", 2016) == [(2016, None, None, "period")]
    assert deadlines("据悉，2016年，全县将新建农村公路200公里。", 2016) == [(2016, None, None, "period")]
    # a year after another clause's comma still dates nothing of its own
    assert deadlines("会议指出，2016年，是“十三五”开局之年。", 2016) == []


def test_social_funds_brought_in_are_a_scale_to_reach():
    # ud_11: 2.引入社会资金2亿元，建成1所县城九年制学校。 — the funds a 实事 list means to draw in are a goal (as 引进 /
    # 社会资本), not a sum handed out
    assert targets("引入社会资金2亿元，建成1所县城九年制学校。") == [(2.0, "亿元", "eq"), (1.0, "所", "eq")]
    assert targets("引进社会资金3亿元。") == [(3.0, "亿元", "eq")]


def test_the_year_of_the_works_a_government_does_for_the_people_is_their_period():
    # ud_11: 会上确定2016年县委县政府为民兴办10件实事。 — the year the counted 实事 are done in; a year before 为民办实事
    # with no count (a title's words) dates nothing
    assert deadlines("会上确定2016年县委县政府为民兴办10件实事。") == [(2016, None, None, "period")]
    assert deadlines("2016年为民办实事工作。") == []
