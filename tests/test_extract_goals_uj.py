"""Targets and deadlines: the rules written for batch uj (synthetic snippets in the batch's styles: whole plans whose
goals are written as outputs per year, counted in bricks, or striven for in a clause a year heads)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.year) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_an_output_per_year_or_day_is_measured_in_that_rate():
    # uj_03: 到2015年，…产业规模达到60万吨/年烧碱、…200万吨/年水泥; uj_09: 2025年管道分输能力达到1.5亿方/日
    found = targets("到2015年，园区产业规模达到60万吨/年烧碱、80万吨/年电石、200万吨/年水泥。", issue_year=2013)
    assert (60.0, "万吨/年", 2015) in found and (200.0, "万吨/年", 2015) in found
    assert targets("加快天然气集输管网建设，2025年管道分输能力达到1.5亿方/日。", issue_year=2021) == [(1.5, "亿方/日", 2025)]
    # a plant named by its capacity per year stays its name, a rate bounding a class stays a condition (rn, rj)
    assert targets("建设550万吨/年蒸馏装置。", issue_year=2012) == []
    assert targets("关闭低于30万吨/年的煤矿。", issue_year=2012) == []
    # a sum paid per year is no rate of output: 元 keeps its own measure
    assert all(unit != "万元/年" for _, unit, _ in targets("到2015年，基地年利润达到900万元/年。", issue_year=2013))


def test_bricks_are_counted_in_blocks():
    # uj_03: 年产空心砖26亿块, 粉煤灰制砖厂综合利用制标砖1.6亿块
    assert (26.0, "亿块", 2015) in targets("到2015年，临城县年产空心砖26亿块。", issue_year=2013)


def test_an_intent_word_in_the_clause_a_year_heads_makes_the_year_a_goal_s():
    # uj_05: …比重明显上升，2017年全社会研发投入强度力争达到1.42%; uj_09: 2025年，力争可再生能源装机实现翻番
    assert deadlines("全省财政科技支出比重明显上升，2017年全社会研发投入强度力争达到1.42%。", 2017) == [(2017, None, None, "by")]
    assert deadlines("推动农村分布式光伏发展。2025年，力争可再生能源装机实现翻番。", 2021) == [(2025, None, None, "by")]
    # a year whose clause tells a step taken with no intent stays the step's period; an intent done (确保了) is past
    assert deadlines("推动农村分布式光伏发展。2025年，启动可再生能源基地建设。", 2021) == [(2025, None, None, "period")]
    assert (2019, None, None, "by") not in deadlines("2019年，全省确保了各项任务完成。", 2020)
    # sf_13: 争取 also means to obtain (2023年,争取上级专项资金增长10%以上: the year's work); ue_01: an intent governing a
    # date of its own leaves the year heading the clause undated (2024年任务目标力争10月底前基本完成)
    assert (2023, None, None, "by") not in deadlines("支持产业链提升。2023年,争取上级专项资金增长10%以上。", 2023)
    assert deadlines("保障更加有力。2024年任务目标力争10月底前基本完成。", 2024) == [(2024, 10, 31, "by")]


def test_a_rise_in_points_over_a_base_year_is_a_goal_not_a_margin_over_another_goal():
    # uj_09: 到2025年，…地级城市空气质量优良天数比例比2020年提高10个百分点以上
    text = "到2025年，地级城市空气质量优良天数比例比2020年提高10个百分点以上，非化石能源消费占比提高到11%。"
    assert (10.0, "个百分点", 2025) in targets(text, issue_year=2021)
    # sd: a margin one goal is set above another (比省定目标高出10个百分点) stays no goal
    assert targets("主要指标比省定目标高出10个百分点。", issue_year=2021) == []


def test_a_level_called_low_and_the_levels_of_others_it_falls_short_of_are_no_goals():
    # uj_03: 2010年，全省工业固体废物综合利用率仅为56.56%，远远低于先进省份山东94.7%、广东90.2%的综合利用水平
    text = "一是废弃物利用率不高。全省工业固体废物综合利用率仅为56.56%，远远低于先进省份山东94.7%、广东90.2%的综合利用水平。"
    assert targets(text) == []
    # a cap written with 低于 alone stays a goal
    assert targets("到2025年，全市PM2.5平均浓度低于35微克/立方米。", issue_year=2021) == [(35.0, "微克/立方米", 2025)]


def test_a_later_year_before_a_level_or_heading_a_clause_that_reaches_one_is_due():
    # uj_01 (a 2003 plan): 转诊率2005年达到90%，2010年达到95% — the year between the measure and 达到
    assert deadlines("病症状者的转诊率2005年达到90%，2010年达到95%。", 2003) == [
        (2005, None, None, "by"), (2010, None, None, "by")]
    # uj_09 (a 2021 实施意见): ，2025年…比例达到60% / 2025年电商快件基本不再二次包装, no comma after the year
    assert deadlines("加快绿色出行设施建设，2025年常住人口100万以上城市绿色出行比例达到60%。", 2021) == [(2025, None, None, "by")]
    assert deadlines("推进快递包装绿色转型，2025年电商快件基本不再二次包装。", 2021) == [(2025, None, None, "by")]
    # a year not later than the document's may be a result told; a ceiling kept (控制在, sk_15) dates nothing
    assert deadlines("全省经济较快增长，2016年全省生产总值达到3.2万亿元。", 2017) == []
    assert deadlines("全市人口1990年控制在633.1万人。", 1986) == []
    # in a document of no known year only a rate or a state: a sum to the unit may be a result told (tl_02)
    assert deadlines("，2025年城市生活垃圾焚烧处理全覆盖。") == [(2025, None, None, "by")]
    assert deadlines("全市旅游业稳步发展，2016年旅游总收入达到3.2万亿元。") == []
    assert deadlines("六、财政拨款基本支出决算情况说明\n2020年度财政拨款基本支出2858.16万元，其中：") == []


def test_a_date_run_into_the_bodies_that_drafted_the_plan_signs_the_notice():
    # uj_01: …请认真贯彻执行。二〇〇三年一月六日省卫生厅省计委省财政厅为全面加强我省结核病防治工作，根据…
    text = "现印发给你们，请认真贯彻执行。二〇〇三年一月六日省卫生厅省计委省财政厅为全面加强我省结核病防治工作，制定本规划。"
    assert deadlines(text) == []
    # a date after a stop opening a sentence of what a body does on it stays the day it is done
    assert deadlines("各地要抓紧落实。2003年1月6日省卫生厅开展检查，部署有关工作。") == [(2003, 1, 6, "period")]


def test_a_goal_year_cut_by_the_look_back_of_a_long_sentence_still_dates_its_levels():
    # uj_09: 到2025年，[states over 200 characters]，…比2020年提高10个百分点以上，单位GDP能耗下降15%: the look-back of
    # 200 characters from 15% ends on the comma after 到2025年 (the later 19% is dated, 15% was not)
    head, tail = "（二）主要目标。到2025年，", "，地级城市空气质量优良天数比例比2020年提高10个百分点以上，单位GDP能耗下降"
    filler = ("绿色产业比重显著提升，" * 30)[:214 - len(head) - len(tail)]
    text = head + filler + tail + "15%。"
    assert text.index("15%") - 200 == text.index("，")  # the cut falls on the comma after 到2025年
    assert (15.0, "%", 2025) in targets(text, issue_year=2021)


def test_a_level_set_against_a_named_year_end_reports_progress():
    # uj_07 (a 2019 整改落实情况的函): …占比降至9.46%，比2017年底下降7.6个百分点 — figures since a year-end, no goals
    assert targets("全省普通高中66人及以上超大班额占比降至9.46%，比2017年底下降7.6个百分点。", issue_year=2019) == []
    # with a goal year in the sentence the level and the fall are goals
    found = targets("到2025年，全省森林覆盖率提高到35%，比2020年底提高3个百分点。", issue_year=2021)
    assert (35.0, "%", 2025) in found


def test_a_level_held_by_a_later_year_in_a_sentence_setting_a_goal_is_that_year_s_goal():
    # uj_03: 到2015年，尾矿年综合利用率为由2010年25%提高到2015年的40%以上 (the 2010 level a baseline, no goal)
    assert targets("到2015年，尾矿年综合利用率由2010年25%提高到2015年的40%以上。", issue_year=2013) == [(40.0, "%", 2015)]
    # with no goal in the sentence a level held by a year named with 的 stays a record
    assert targets("公路总里程从2012年的1479万公里增加到2021年的5481万公里。", issue_year=2022) == []


def test_the_bodies_after_a_run_in_date_are_read_without_backtracking(monkeypatch):
    # uj_01's form (。二〇〇三年一月六日省卫生厅省计委省财政厅为全面加强…) read by a walk over where each body's name may end:
    # the same answers as the one pattern it replaces, and on a run of 委 that opens nothing the walk reads no more places
    # on 5,000 委 than on 50 (bounded work, counted rather than timed: a timed test fails on a loaded machine)
    from policyparse.extract import deadlines
    from policyparse.extract.deadlines import _signers_then_text_after
    assert _signers_then_text_after("省卫生厅省计委省财政厅为全面加强", 0)
    assert _signers_then_text_after("市人民政府、市委员会\n", 0)
    assert _signers_then_text_after("县委员会根据", 0)  # 委员会, not 委 then 员会
    assert not _signers_then_text_after("省卫生厅开展", 0)
    assert not _signers_then_text_after("卫生工作为", 0)
    reads = []
    name_ends = deadlines._signer_name_ends
    monkeypatch.setattr(deadlines, "_signer_name_ends", lambda s, at: reads.append(at) or name_ends(s, at))
    assert not _signers_then_text_after("委" * 50 + "开展", 0)
    short_run = len(reads)
    reads.clear()
    assert not _signers_then_text_after("委" * 5000 + "开展", 0)
    assert 0 < len(reads) == short_run



def test_profits_and_taxes_are_a_scale_to_reach_in_a_goal_list():
    # uj_03: 到2015年，遵化市铁尾矿综合利用企业达到1500家，年产值达到300亿元以上，利税50亿元。
    text = "到2015年，遵化市铁尾矿综合利用企业达到1500家，年产值达到300亿元以上，利税50亿元。"
    found = [(t.value, t.unit, t.year) for t in find_targets(text, 0, len(text), issue_year=2013)]
    assert (50.0, "亿元", 2015) in found


def test_each_year_of_a_list_before_a_step_is_the_year_of_that_step():
    # uj_01: …进行检查，2005年和2010年组织中期和终期评估，结果报省人民政府。
    text = "省计委要不定期对执行本规划的情况进行检查，2005年和2010年组织中期和终期评估，结果报省人民政府。"
    assert [(d.year, d.kind) for d in find_deadlines(text, 0, len(text), 2003, 2003)] == [(2005, "period"), (2010, "period")]
    listed = "2005年、2010年组织评估。"
    assert [(d.year, d.kind) for d in find_deadlines(listed, 0, len(listed), 2003, 2003)] == [(2005, "period"), (2010, "period")]
    # years the list names as a base, no step after them
    base = "在2005年和2010年的基础上，组织评估。"
    assert find_deadlines(base, 0, len(base), 2003, 2003) == []


def test_the_share_a_deduction_before_tax_may_reach_is_a_term_of_the_levy():
    # uj_02: 落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的政策
    assert targets("落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的政策。", issue_year=2019) == []
    # a share of the same money to be spent on training stays a goal
    assert targets("企业要足额提取职工教育经费，其中60%以上用于一线职工培训。", issue_year=2019) == [(60.0, "%", None)]
