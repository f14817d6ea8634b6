"""Targets and deadlines: the rules written for batch uf (synthetic snippets in the batch's styles: goals written with
their baselines, reports of figures and acts already done)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, int | None, str | None]]:
    return [(t.value, t.unit, t.year, t.recurrence) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_the_year_of_a_level_changed_from_is_no_year_to_reach():
    # uf_11: 到2020年，…数量由2015年底的28741家发展到8万家，…年均增长25%: 2015 dates the baseline, the goal is 2020's
    text = ("到2020年，全省科技型企业实现快速提升。科技小巨人企业数量由2015年底的1413家发展到4000家，年均增长30%。")
    found = targets(text, issue_year=2016)
    assert (4000.0, "家", 2020, None) in found
    assert (30.0, "%", 2020, "yearly") in found
    assert not any(value == 1413.0 for value, *_ in found)
    # a year a sentence reaches (到2015年底) or opens on is still read as the target's year, and one before the issue
    # year still marks a past figure
    assert targets("2015年底，全省科技小巨人企业达到1413家。", issue_year=2016) == []
    # rs_01: a review naming no goal year: 从“十二五”末的10505元增加到16361元 tells of the past, in a later plan
    review = "农村民生显著改善。全市农村常住居民人均可支配收入从“十二五”末的10505元增加到16361元。"
    assert targets(review, issue_year=2021) == []


def test_a_tally_as_of_a_month_alone_reports_its_figures_and_sets_no_deadline():
    # uf_09: 截至11月底，2019年全省共安排各类资助资金77.73亿元，资助…247万人: the tally's figures and its date
    text = "我省已建立起学生资助政策体系。截至11月底，2019年全省共安排各类资助资金77.73亿元，资助家庭经济困难学生247万人。"
    assert targets(text, issue_year=2019) == []
    assert deadlines(text, 2019) == []
    # a month with 前 after 截至 is still due by (截至11月底前完成), and a goal word turns the sentence forward
    assert deadlines("各地要截至11月底前完成摸底。", 2019) == [(2019, 11, 30, "by")]
    assert deadlines("截至11月底，力争完成全部改造任务。", 2019) == [(2019, 11, 30, "by")]


def test_a_date_heading_a_clause_told_in_the_perfective_dates_an_act_done():
    # uf_09: 2019年6月，省教育厅等六部门联合印发了《…》; 2018年8月，为解决…，…出台了《…》; 7月18日，我省召开…，…介绍了…
    assert deadlines("按照文件要求，2019年6月，省教育厅等六部门联合印发了《认定办法》，明确了认定的主体。", 2019) == []
    assert deadlines("2018年8月，为解决贫困大学新生入学困难，省教育厅会同七部门出台了《实施意见》。", 2019) == []
    assert deadlines("7月18日，我省召开学生资助政策媒体吹风会，副厅长介绍了我省资助政策。", 2019) == []
    # a task's date keeps: no 了, a goal word first, a 前, or a date led by 到
    # (a month heading a clause of work completed is the month it is due by, as wd_02's gold reads 2025年6月，…完成…)
    assert deadlines("2024年6月，完成全部改造任务。", 2024) == [(2024, 6, None, "by")]
    assert deadlines("2024年6月，要召开推进会，总结了经验的地方作交流发言。", 2024) != []
    assert deadlines("6月底前，各地完成了摸底的要上报结果。", 2024) == [(2024, 6, 30, "by")]
    assert deadlines("到2025年，建成了一批示范基地的县要巩固提升。", 2024) == [(2025, None, None, "by")]


def test_a_goal_year_closing_a_heading_s_title_in_brackets_dates_its_items_goals():
    # uf_10: 一、行动目标（到2020年）（一）居民艾滋病防治知识知晓率达85%以上。…
    from policyparse import parse

    doc = parse("一、行动目标（到2020年）\n（一）居民防治知识知晓率达85%以上。\n（二）母婴传播率下降到4%以下。\n"
                "二、工作任务\n（一）加强宣传。每月至少开展1次公益宣传。\n")
    found = {(t.value, t.year) for node in doc.iter_sections() for t in node.targets}
    assert (85.0, 2020) in found and (4.0, 2020) in found


def test_an_approximate_size_alone_in_brackets_glosses_the_noun_before_it():
    # uf_07: 对…的违规项目(约3000万千瓦)，项目业主要作出深刻检查: the size of a class of projects, no level
    assert targets("对未完成核准程序的违规项目(约3000万千瓦)，项目业主要作出深刻检查。") == []
    assert targets("对不具备建设条件的项目（约3400万千瓦），应立即停止建设。") == []
    # a level of its own beside a bracket still counts
    assert (6000.0, "万千瓦", None, "yearly") in targets("近期每年新开工电站规模应控制在6000万千瓦左右（含水电）。")


def test_a_part_titled_as_whom_a_measure_is_for_sets_no_level():
    # uf_11: 1.培育对象。工业企业销售收入达到5000万元以上…的科技型中小企业。2.培育目标。到2020年…1万家以上。
    from policyparse import parse

    doc = parse("（三）实施小巨人工程。\n1.培育对象。工业企业销售收入达到5000万元以上、前3年平均增长率达到20%以上的"
                "科技型中小企业。\n2.培育目标。到2020年，年销售收入超1亿元的科技小巨人企业达到4000家以上。\n")
    found = {t.value for node in doc.iter_sections() for t in node.targets}
    assert 4000.0 in found and 5000.0 not in found and 20.0 not in found


def test_the_work_a_task_list_assigns_counts_its_quantities_as_goals():
    # uf_02: 任务安排是：建设教学及辅助用房22968平米、生活用房9958平米…，购买计算机22434台，…图书58万册
    text = "任务安排是：建设教学及辅助用房22968平米、生活用房9958平米，购买计算机22434台，初中仪器、器材约30万件，图书58万册。"
    found = {(value, unit) for value, unit, *_ in targets(text, issue_year=2014)}
    assert {(22968.0, "平米"), (9958.0, "平米"), (22434.0, "台"), (30.0, "万件"), (58.0, "万册")} <= found
    # the same counts told with no intro naming them as work assigned describe what there is
    assert targets("这些县区共有学校533所，购买计算机22434台。", issue_year=2014) == []


def test_a_sum_of_money_after_a_list_is_what_the_listed_things_cost():
    # uf_02: 2014年，安排资金20597万元，其中…，设施、设备、器材购置8702万元，信息化建设2226万元。
    text = "2014年，安排资金20597万元，其中校舍建设9669万元，设施、设备、器材购置8702万元，信息化建设2226万元。"
    assert (8702.0, "万元", 2014, None) in targets(text, issue_year=2014)
    # a count after a list still counts its names (A、B、C3个部门)
    assert targets("发展改革委、财政局、教育局3个部门联合开展检查。") == []


def test_a_sum_exceeded_before_a_noun_and_its_count_sizes_the_class_counted():
    # uf_11: 到2020年，新增年销售收入超5000万元企业1万家以上: 5000万元 is what admits a firm, 1万家 the goal
    found = targets("到2020年，新增年销售收入超5000万元企业1万家以上。", issue_year=2016)
    assert (1.0, "万家", 2020, None) in found
    assert not any(value == 5000.0 for value, *_ in found)


def test_the_year_end_of_a_tax_settlement_dates_no_task():
    # uf_11: 在年终所得税汇算清缴时，按规定计算加计扣除: each year's settlement, a standing rule
    assert deadlines("企业实际发生的研发经费，在年终所得税汇算清缴时，按规定计算加计扣除。", 2016) == []
    assert deadlines("在年终汇算时据实扣除。", 2016) == []
    # a step taken at the year's end is still dated
    assert deadlines("将于第三季度、年终进行全面督查。", 2016) != []


def test_a_growth_counted_in_times_after_its_verb_is_a_goal():
    # uf_10: 到2020年，…累计接受中医药治疗的人数比2015年增加一倍
    assert targets("到2020年，累计接受中医药治疗的人数比2015年增加一倍。", issue_year=2017) == [(1.0, "倍", 2020, None)]
    assert targets("到2020年，农民收入比2015年提高1倍。", issue_year=2017) == [(1.0, "倍", 2020, None)]
    # ra_05: 倍 scaling a standard (按…标准的1.5倍确定) or a vague 数倍 sets no level
    assert targets("边缘家庭认定标准按最低生活保障标准的1.5倍确定。") == []
    assert targets("工作效率提高了数倍。") == []


def test_a_level_shared_by_a_longer_list_of_groups_is_one_goal():
    # uf_10: 流动人口、青年学生、…等重点人群以及易感染艾滋病危险行为人群防治知识知晓率均达90%以上
    text = "到2020年，流动人口、青年学生、监管场所被监管人员等重点人群以及易感染艾滋病危险行为人群防治知识知晓率均达90%以上。"
    assert targets(text, issue_year=2017) == [(90.0, "%", 2020, None)]
    # two subjects alone still read one goal each (城市污水处理率和生活垃圾无害化处理率均达到60%)
    assert len(targets("到2020年，城市污水处理率和生活垃圾无害化处理率均达到60%。", issue_year=2017)) == 2


def test_a_tally_opening_a_sentence_goes_on_over_its_semicolon_clauses():
    # uf_09: 截至11月底，2019年全省…资助家庭经济困难学生247万人…；为393万农村学生免费提供营养餐
    text = "截至11月底，2019年全省共资助家庭经济困难学生247万人；为393万农村学生免费提供营养餐。"
    assert targets(text, issue_year=2019) == []
    # a goal word after the ； turns the clause forward; a sentence with no tally opening still sets its goal
    assert targets("截至11月底，全省共资助学生247万人；力争年底前为400万农村学生免费提供营养餐。", issue_year=2019) != []
    assert targets("全省共资助学生247万人；为393万农村学生免费提供营养餐。", issue_year=2019) != []


def test_a_year_s_count_after_a_sentence_told_as_done_goes_on_with_the_report():
    # uf_09: …出台了《…实施意见》，明确了救助对象…。2019年全省新生入学资助学生2.5万人 / …实现了资助政策重要突破。2019年
    # 建档立卡、农村低保等特困家庭学生享受“三免一助”10.17万余人: the year's counts report what was done
    text = ("2018年8月，省教育厅会同省扶贫办出台了《实施意见》，明确了救助对象、救助程序。"
            "2019年全省新生入学资助学生2.5万人。")
    assert targets(text, issue_year=2019) == []
    text = "将农村低保家庭学生纳入资助范围，实现了资助政策重要突破。2019年特困家庭学生享受“三免一助”10.17万余人。"
    assert targets(text, issue_year=2019) == []
    # a plan's year list follows no act told as done; a goal word turns the sentence forward after one
    assert targets("加快学校建设。2020年全市新建学校10所。", issue_year=2019) == [(10.0, "所", 2020, None)]
    assert targets("出台了实施意见。2020年力争新建学校10所。", issue_year=2019) == [(10.0, "所", 2020, None)]



def test_the_year_a_size_of_work_is_allotted_to_dates_it_as_a_period():
    # uf_07: 为减少损失，2005年开工规模按6500万千瓦安排 — the year the allotted work is done in (a period, not a goal's year)
    assert deadlines("考虑到电力供应紧张，为减少损失，2005年开工规模按6500万千瓦安排。", None, 2005) == [
        (2005, None, None, "period")]
    # a year heading a clause followed by no allotment dates nothing
    assert deadlines("为减少损失，2005年开工规模按规定执行。", None, 2005) == []
