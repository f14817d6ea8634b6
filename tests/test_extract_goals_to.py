"""Targets and deadlines: the rules written for batch to (synthetic snippets in the batch's styles)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, None)]


def test_a_day_an_intent_governs_keeps_its_day():
    # to_02: 力争2021年7月1日正式开馆 is due by the day, not the month
    assert deadlines("项目选址定在村内，力争2022年10月1日正式开放。") == [(2022, 10, 1, "by")]
    assert deadlines("确保2023年6月投入使用。") == [(2023, 6, None, "by")]


def test_a_year_right_before_a_plan_word_is_the_year_of_the_step():
    # to_02: 。2021年计划申报…, 一是2021年计划投资…: the year opens the clause, no subject before it
    assert deadlines("加强示范建设。2022年计划申报5个示范村。") == [(2022, None, None, "period")]
    assert deadlines("一是2022年计划投资800万元新建道路12公里；") == [(2022, None, None, "period")]
    # a report named after the year is none (2025年计划草案), nor a year inside a phrase
    assert deadlines("审议通过2025年计划草案。") == []
    assert deadlines("关于2024年计划执行情况的报告。") == []


def test_a_part_of_the_year_falls_in_the_year_its_sentence_named_on_a_page_with_no_year():
    # to_02: 2021年我镇计划于下半年继续举办… on a page that gives no year
    assert deadlines("2022年我镇计划于下半年举办展会。") == [(2022, None, None, "period")]
    # the document's year, when there is one, still stands for a part named alone
    assert deadlines("下半年举办展会。", 2023) == [(2023, None, None, "period")]


def test_a_year_opening_a_sentence_before_a_loose_level_is_a_goal_s_year():
    # to_05: 2020年，省定优秀标准学校达80%以上; 2020年分别达到98%、99%…
    assert deadlines("实现教育现代化。2020年，优质学校比例达85%以上。") == [(2020, None, None, "by")]
    assert deadlines("普及水平提高；2025年分别达到95%、98%和60%以上。") == [(2025, None, None, "by")]
    # a year whose sentence tells no level stays the year of the step
    assert deadlines("推进试点。2024年，选取3个县开展试点。") == [(2024, None, None, "period")]


def test_a_counted_work_among_group_numbers_is_a_list_entry_not_a_table_cell():
    # to_01: short lines and bare group numbers around it looked like a table's cells
    text = "1\n\n新增80张护理型床位\n\n完成200户居家环境适老化改造\n\n2\n\n开办12个小学生爱心暑托班\n\n3\n"
    found = targets(text)
    assert (200.0, "户", "eq") in found and (12.0, "个", "eq") in found
    # a data table's short cells stay cells
    assert targets("指标\n\n床位数\n\n1\n\n80张\n\n2\n\n户数\n\n200户\n") == []


def test_the_day_of_a_meeting_a_news_report_tells_of_is_no_deadline():
    # to_01: the day the deputies attending voted, and the day the result was announced at the session
    assert deadlines("1月17日，参加区第十七届人民代表大会的200名代表进行无记名投票。", 2024) == []
    assert deadlines("1月18日区第十七届人民代表大会第五次会议闭幕会上予以宣布。", 2024) == []
    # a plan's day for a meeting, with 于, is still when it is held
    assert deadlines("于3月18日全县动员大会上部署。", 2024) == [(2024, 3, 18, "period")]


def test_the_size_of_a_site_named_by_it_is_no_goal():
    # to_02: 占地300亩的工业园二期 names which park is meant
    assert targets("加快占地300亩的工业园二期建设。") == []
    assert targets("新建标准厂房300亩。") == [(300.0, "亩", "eq")]


def test_the_reach_around_a_plant_bounding_its_area_is_no_goal():
    # to_14: 收水范围为污水治理站周边3-5公里内村庄
    assert targets("收水范围为污水处理站周边3-5公里内村庄。") == []
    assert targets("新建污水管网3-5公里。") != []


def test_the_size_of_a_class_a_de_clause_defines_is_a_tally():
    # to_14: 接入村庄管网的村庄共计6个，涉及1个镇
    assert targets("接入村庄管网的村庄共计6个，涉及1个镇。") == []
    assert targets("采用集中处理模式的村庄共16个。") == []
    # a goal the sentence sets stays one
    assert targets("力争全年新建的学校共10所。") == [(10.0, "所", "eq")]


def test_goals_after_an_intro_its_copy_closed_with_a_full_stop_and_the_level_striven_for():
    # to_11: 主要预期目标是。地区生产总值预期175亿元，增长17%，力争177亿元；规模以上工业产值169亿元；… — the 。 stands
    # for the intro's colon; 力争177亿元 is the higher level of the same scale, 实际利用外资 a scale too
    text = ("2023年全区经济社会发展的主要预期目标是。地区生产总值预期175亿元，增长17%，力争177亿元；"
            "规模以上工业产值169亿元，增长27.5%；外贸进出口总额4.74亿美元，增长10%；"
            "按可比口径，实际利用外资8500万美元，力争达1亿美元。")
    assert targets(text) == [(175, "亿元", "eq"), (17, "%", "eq"), (177, "亿元", "eq"), (169, "亿元", "eq"),
                             (27.5, "%", "eq"), (4.74, "亿美元", "eq"), (10, "%", "eq"), (8500, "万美元", "eq"),
                             (1, "亿美元", "eq")]
    # with no intro before it a bare level tells what is; a sum paid out after 力争 with no scale named stays out
    assert targets("规模以上工业产值169亿元。") == []
    assert targets("对获评企业给予奖励，力争50万元。") == []


def test_the_year_whose_goals_the_opening_paragraph_lists_dates_a_page_with_no_year_of_its_own():
    # to_11: 区府重点任务实施方案 / 2023年全区经济社会发展的主要预期目标是。… / 一、… 上半年完成…，力争今年完成…
    from policyparse.extract._text import distributed_year
    assert distributed_year("某区重点任务实施方案\n2023年全区经济社会发展的主要预期目标是。地区生产总值预期175亿元。\n") == 2023
    assert distributed_year("某区重点任务实施方案\n2024年主要目标为：新增就业1万人。\n") == 2024
    # a year inside a sentence, a span of years, or a review of a year's results dates nothing
    assert distributed_year("回顾过去，2022年全区主要目标是稳增长。\n") is None
    assert distributed_year("2021年至2025年主要目标是：\n") is None
    assert distributed_year("2022年全区主要指标完成情况如下：\n") is None


def test_a_size_after_chao_naming_the_class_counted_next_is_no_goal():
    # to_11: 产值超10亿元以上企业1家，超5亿元企业6家 — 超5亿元 sizes the class, 6家 is the goal
    assert targets("力争今年完成新增产值超10亿元以上企业1家，超5亿元企业6家。") == [(1, "家", "eq"), (6, "家", "eq")]
    # a scale to pass with no class counted after it stays a goal
    assert targets("力争全区规模工业产值超50亿元。") == [(50, "亿元", "gt")]


def test_years_of_schooling_closing_a_severally_list_are_levels_and_the_year_heading_it_a_goal_s():
    # to_05: 2015年…毛入学率和新增劳动力人均受教育年限分别达到90%、45%和13.5年；2020年分别达到98%、60%以上和15年以上
    text = ("2015年高等教育毛入学率和新增劳动力人均受教育年限分别达到45%和13.5年；"
            "2020年分别达到60%以上和15年以上，人人都有机会终身接受教育。")
    assert targets(text) == [(45, "%", "eq"), (13.5, "年", "eq"), (60, "%", "gte"), (15, "年", "gte")]
    assert deadlines(text) == [(2015, None, None, "by"), (2020, None, None, "by")]
    # years closing a list with no years of schooling among its subjects are a term, no level
    assert targets("一期、二期工程分别达到60%和3年。") == [(60, "%", "eq")]


def test_a_year_heading_a_state_to_have_reached_is_a_goal_s_year():
    # to_05: 2015年，基本完成校舍安全工程…；2020年，学校…信息化程度达到发达国家平均水平，实现教育现代化
    text = "2015年，基本完成校舍安全工程，全市中小学实现办学条件标准化；2020年，学校信息化程度达到发达国家平均水平。"
    assert deadlines(text) == [(2015, None, None, "by"), (2020, None, None, "by")]
    # a step taken in a year stays the year's period
    assert deadlines("2024年，选取3个村开展试点。") == [(2024, None, None, "period")]


def test_a_year_labelling_its_goals_is_the_year_they_are_due_by():
    # to_07: 2021年目标：南郑区、宁强县…通过全省全域旅游示范区验收
    assert deadlines("2021年目标：甲区、乙县通过全省全域旅游示范区验收。") == [(2021, None, None, "by")]
    assert deadlines("2022年工作目标：全市新建公园5个。") == [(2022, None, None, "by")]
    # a year whose goals a sentence reviews is none (2021年目标任务完成情况 has no colon after 目标)
    assert deadlines("回顾2021年目标任务完成情况。") == []
