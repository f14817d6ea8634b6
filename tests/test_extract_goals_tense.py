"""Targets: the tense of reports of results (session 20; synthetic snippets in the shapes real reports use)."""

from __future__ import annotations

from policyparse import parse
from policyparse.extract._text import reports_results
from policyparse.extract.targets import find_targets
from policyparse.grammar import intent_words
from policyparse.models import Metadata


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node.children)


def found(doc) -> dict[str, list[float]]:
    return {n.text[:6]: [t.value for t in n.targets] for n in walk(doc.sections) if n.targets}


def test_a_sentence_placing_a_standing_among_peers_reports_it():
    # sw_11: 全省农村公路总里程达21万公里，居全国第6位; 农村自来水普及率达到97%，领先全国7个百分点
    assert targets("全省农村公路总里程达21万公里，居全国第6位，99.7%的自然村实现通硬化路。") == []
    assert targets("农村自来水普及率达到97%，领先全国7个百分点。") == []
    # so_11: 风险消除率82.5%，监测对象纳入规模居全省第2位
    assert targets("累计消除风险1.35万户，风险消除率82.5%，监测对象纳入规模居全省第2位。") == []
    # a place to keep, or one the plan strives for, is a goal's
    assert (97.0, "%", "eq") in targets("农村自来水普及率达到97%，保持全省第1位。")
    assert (800.0, "亿元", "gte") in targets("力争地区生产总值达到800亿元以上，居全省第2位。")
    # a group of places (第一方阵, 第一梯队) is one a plan sets out to reach, not a place measured
    assert (8.0, "%", "approx") in targets("农业增加值增长8%左右，综合排名居全市第一方阵。")
    # a year's plan (2020年…工作计划) may name the place its levels are to earn: its words are the plan's
    assert [t.value for t in find_targets("粮食总产量稳定在30万吨，居全市第1位。", 0, 19, 2020)] == [30.0]
    # a growth rate set above a wider average is how a plan sets it
    assert (8.0, "%", "eq") in targets("农村居民人均可支配收入增长8%，增速高于全省平均水平1个百分点。")


def test_a_paragraph_going_on_with_a_look_back_shares_its_tense():
    # sw_11: 近年来，…已累计改造… / 此外，…全省农村公路总里程达21万公里
    doc = parse("近年来，全省深入推进农村人居环境整治，已累计改造农村户厕408万余户。\n\n"
                "此外，全省统筹推进基础设施建设，农村公路总里程达21万公里，农村自来水普及率达到97%。\n\n"
                "2023年，全省启动实施新一轮工程，计划到2027年建设1000个左右精品示范村。\n")
    assert found(doc) == {"2023年，": [1000.0]}
    # so_11: “十四五”期间，…取得了新进展。 then a paragraph opening on the same time
    doc = parse("“十四五”期间，全市推动县域经济高质量发展取得了新进展。县域生产总值年均增长6%以上。\n\n"
                "“十四五”期间，全市创建省级示范村127个，建设市级重点村151个、示范带23条。\n")
    assert found(doc) == {}
    # without a look-back before it, 此外 / the same opener changes nothing: a plan's paragraphs keep their goals
    doc = parse("到2025年，全市新建公共停车位500个以上。\n\n此外，全市新建充电桩1000个以上。\n")
    assert found(doc) == {"到2025年": [500.0], "此外，全市新": [1000.0]}


def test_a_report_of_results_reads_its_figures_as_done():
    # tl_06: 关于2023年为民办实事项目实施情况的通报, its title broken over short lines after a headline
    page = ("29项为民办实事项目，如期完成！\n近日\n省委、省政府发布\n关于2023年为民办实事项目\n实施情况的通报\n"
            "各级各有关部门把为民办实事作为重要内容，切实提高政治站位，加强组织领导，29项为民办实事年度目标任务如期完成。\n"
            "一、新增300所学校体育场向社会开放\n"
            "（一）全省新增301所学校均已向社会开放学校体育场地。\n"
            "（二）101家开放场馆积极策划各类主题活动，2023年共接待民众4123.57万人次。\n"
            "二、下一步工作打算\n"
            "（一）力争2024年新增学校体育场开放200所以上。\n")
    doc = parse(page)
    assert reports_results(doc.metadata, doc.text)
    # the heading names the task reported on (a goal); the items tell what was done; the part looking ahead sets goals
    assert found(doc) == {"一、新增30": [300.0], "（一）力争2": [200.0]}


def test_a_title_that_also_hands_out_the_next_plan_is_no_report_of_results():
    # sw_06: …计划执行情况与2025年计划草案报告; tm_02: 2016年…工作总结和2017年…工作要点
    assert reports_results(Metadata(title="关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告"), "")
    assert reports_results(Metadata(title="某县2023年安全生产工作总结"), "")
    assert not reports_results(Metadata(title="关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知"), "")
    assert not reports_results(Metadata(title="关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知"), "")
    # a notice asking for a report of progress in its body is no report: only the head's short lines are read
    body = "各单位要于每季度末将落实情况报告市政府办公室，年底前报送全年工作完成情况的报告，并做好相关工作的统筹安排。"
    assert not reports_results(Metadata(), "某市2024年重点工作任务分解方案\n" + body)


def test_the_year_a_report_of_results_tells_of_is_no_deadline():
    # tl_06: 四、人均基本公共卫生服务项目政府补助标准提高5.95% / …完成年度计划的101.24%。2023年基本公共卫生服务…
    page = ("近日\n省委、省政府发布\n关于2023年为民办实事项目\n实施情况的通报\n"
            "各级各有关部门加强组织领导，为民办实事年度目标任务如期完成。\n"
            "一、人均基本公共卫生服务项目政府补助标准提高5.95%\n"
            "省级财政补助资金下达22.719亿元，完成年度计划的101.24%。2023年基本公共卫生服务项目全面实施。\n"
            "二、下一步工作打算\n"
            "（一）2024年，全省继续实施为民办实事项目，确保年底前全部完成。\n")
    doc = parse(page)
    dated = {n.text[:6]: [(d.year, d.month, d.kind) for d in n.deadlines] for n in walk(doc.sections) if n.deadlines}
    # the year reported on dates nothing; the part looking ahead keeps its dates
    assert "一、人均基本" not in dated
    assert dated["（一）202"] == [(2024, 12, "by")]
    # the same year in a plan is the period its work takes place in
    plan = parse("关于印发2023年为民办实事项目计划的通知\n一、提高补助标准\n2023年基本公共卫生服务项目全面实施。\n")
    assert [(d.year, d.kind) for n in walk(plan.sections) for d in n.deadlines] == [(2023, "period")]


def test_a_level_told_as_reached_beyond_the_goal_or_ever_before_is_a_result():
    # tk_10: 2024年中国粮食产量首次跃上1.4万亿斤新台阶 / 降幅超过3%，超额完成上一年工作目标
    assert targets("2024年中国粮食产量首次跃上1.4万亿斤新台阶。") == []
    assert targets("2024年中国单位GDP能耗降幅超过3%，超额完成上一年工作目标，绿色发展成效显著。") == []
    assert targets("全年实现地区生产总值520亿元，创历史新高。") == []
    # an intent in the sentence sets the goal (确保超额完成, 力争…创历史新高)
    assert (100.0, "个", "gte") in targets("新建公共停车位100个以上，确保超额完成年度目标任务。")
    assert (600.0, "亿元", "eq") in targets("力争地区生产总值达到600亿元，创历史新高。")


def test_the_intent_words_are_one_vocabulary_read_alike_by_every_reader():
    # so_11: 城镇化率由2020年的50.5%提高到2024年的55.2%: a year held by 的 before its figure dates a record (the goal
    # year of grammar.INTENT_WORDS, which the tense readers of targets and deadlines share); 到2025年的覆盖率 looks ahead
    goal_year = intent_words("goal_year")
    assert goal_year.search("到2025年，全市新建公共停车位500个以上")
    assert goal_year.search("到2025年的覆盖率达到90%")
    assert not goal_year.search("城镇化率由2020年的50.5%提高到2024年的55.2%")
    # to_14: …模式的村庄共16个: a class tally is a goal only in a sentence that sets one; the record year sets none
    assert targets("接入村庄管网的村庄共计6个，到2025年的覆盖率达到90%。") == [(6.0, "个", "eq"), (90.0, "%", "eq")]
    assert targets("接入村庄管网的村庄共计6个，城镇化率提高到2024年的55.2%。") == []
    # each reader takes its kinds: 将 turns a record forward, but is no intent governing a number (将…划归…)
    assert intent_words("will").search("将新增床位215张")
    assert intent_words("strive", "plan", "goal", "expect", "effort").search("将…11个居委会划归…") is None


def test_a_report_of_results_is_recognised_once_for_targets_and_deadlines(monkeypatch):
    # tl_06: 关于2023年为民办实事项目实施情况的通报: extract reads the title once and hands the answer to both readers
    import policyparse.extract as extract
    from policyparse.extract import deadlines, targets as targets_module

    calls = []
    monkeypatch.setattr(extract, "reports_results", lambda metadata, text: calls.append(text) or reports_results(metadata, text))
    monkeypatch.setattr(targets_module, "reports_results", None)  # (called again, these would raise)
    monkeypatch.setattr(deadlines, "reports_results", None)
    doc = parse("关于2023年为民办实事项目实施情况的通报\n"
                "一、新增300所学校体育场向社会开放\n（一）全省新增301所学校均已向社会开放学校体育场地。\n"
                "二、下一步工作打算\n（一）力争2024年新增学校体育场开放200所以上，确保年底前全部完成。\n")
    assert len(calls) == 1
    assert found(doc) == {"一、新增30": [300.0], "（一）力争2": [200.0]}
