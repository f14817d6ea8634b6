"""Targets and deadlines: the rules written for batch up (synthetic snippets in the batch's styles: whole Hebei plans
and reports whose counts are dated by 全年, progress reports of levels already reached, notices dated date first)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_whole_year_opening_a_clause_before_the_work_it_counts_is_the_documents_year():
    # up_07: …体系，全年新增培育“专精特新”中小企业500家以上; 深入开展职业经理人培育工作，全年培训企业经营管理者1万人以上
    text = "进一步健全梯度培育工作机制，全年新增培育“专精特新”中小企业500家以上，选拔“专精特新”示范企业200家以上。"
    found = [(t.value, t.unit, t.year) for t in find_targets(text, 0, len(text), issue_year=2021, implicit_year=2021)]
    assert found[0] == (500.0, "家", 2021)
    one = "深入开展职业经理人培育工作，全年培训企业经营管理者1万人以上。"
    assert [(t.value, t.year) for t in find_targets(one, 0, len(one), issue_year=2021, implicit_year=2021)] == [(1.0, 2021)]
    # 全年 sets the year of the count, not a deadline (the corpus's gold: tk_02's 全年新增天然氣入戶1800戶以上)
    assert deadlines(one, 2021) == []
    # inside a noun (全年龄段) it dates nothing
    noun = "提供全年龄段健康服务，新增服务机构10家。"
    assert [t.year for t in find_targets(noun, 0, len(noun), issue_year=2021, implicit_year=2021)] == [None]


def test_a_level_already_reached_is_progress_reported():
    # up_03: 衡水市、…承德市校舍建设开工率已超过90%，衡水市、邯郸市竣工率已超过80%，…值得其他地市学习
    assert targets("衡水市、承德市校舍建设开工率已超过90%，衡水市、邯郸市竣工率已超过80%，值得其他地市学习。", 2017) == []
    assert targets("目前全省覆盖率已达85%。", 2017) == []
    # the level a plan sets stays a goal
    assert targets("到2025年，覆盖率达到90%以上。", 2021) == [(90.0, "%", "gte")]
    assert targets("到2025年，开工率超过90%。", 2021) == [(90.0, "%", "gt")]


def test_a_day_of_each_quarters_first_month_with_de_between():
    # up_07: …；每季度的第一个月10日之前，将本单位上一季度执行情况形成文字材料，报省民营经济领导小组办公室
    found = find_deadlines("每季度的第一个月10日之前，将上一季度执行情况报送办公室。", 0, 30, 2021, 2021)
    assert [(d.day, d.kind, d.recurrence) for d in found] == [(10, "by", "quarterly")]


def test_a_stage_dated_in_brackets_gives_its_year_to_the_months_its_text_names():
    # up_10: （二）制定振兴计划阶段（2019年3月25日前）。…3月15日前研究提出…计划，…于3月25日前报省工业和信息化厅
    text = "（二）制定振兴计划阶段（2019年3月25日前）。各县（市）政府要结合县域产业基础，3月15日前研究提出振兴计划。经市政府审定后于3月25日前报省工业和信息化厅。"
    assert deadlines(text) == [(2019, 3, 25, "by"), (2019, 3, 15, "by")]
    # a date in brackets that names no stage carries its year over its own sentence only
    other = "（二）报送材料（2019年3月25日前）。各县3月15日前研究提出计划。"
    assert (None, 3, 15, "by") in deadlines(other)


def test_a_range_of_how_many_to_choose_is_a_count_to_reach():
    # up_10: 每个特色产业选择2－3家产业关联度高、…的龙头企业，予以重点支持
    text = "每个特色产业选择2－3家产业关联度高的龙头企业，予以重点支持。"
    found = [(t.value, t.value_max, t.unit) for t in find_targets(text, 0, len(text))]
    assert found == [(2.0, 3.0, "家")]
    assert targets("符合条件的学生可选择1所学校就读。") == []


def test_levels_set_against_last_years_end_are_progress_reported():
    # up_03: 全省综合来看，校舍建设开工率为94.72%，竣工率为77.43%，…分别比去年底增长了4.6个百分点、5.9个百分点…
    text = "全省综合来看，校舍建设开工率为94.72%，竣工率为77.43%，分别比去年底增长了4.6个百分点和5.9个百分点。"
    assert targets(text, 2017) == []
    assert targets("贷款余额较上年底增长12%。", 2017) == []
    # a goal set against last year's end stays a goal
    assert targets("力争年末贷款余额比去年底增长10%以上。", 2017) == [(10.0, "%", "gte")]


def test_a_count_already_completed_is_progress_reported():
    # up_03: 三、设备购置进展情况　已完成设备购置学校11452所，完成设备购置金额50.22亿元
    assert targets("已完成设备购置学校11452所。", 2017) == []
    assert targets("到2020年，完成设备购置学校11452所。", 2017) == [(11452.0, "所", "eq")]


def test_a_years_account_of_its_work_glued_on_one_line_reports_results():
    # up_02: 　　河北省工业和信息化厅　　2020年法治政府建设情况　　今年以来，我厅坚持…
    from policyparse.extract._text import reports_results
    from policyparse.models import Metadata
    glued = "　　河北省工业和信息化厅　　2020年法治政府建设情况　　今年以来，我厅坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真落实各项部署。"
    assert reports_results(Metadata(), glued)
    assert reports_results(Metadata(title="某县2023年安全生产工作情况"), "")
    # a bare 进展情况 may restate the goals of a year still under way
    assert not reports_results(Metadata(title="2025年民生实事项目进展情况"), "")
    assert not reports_results(Metadata(), "　　河北省工业和信息化厅　　关于印发某某实施方案的通知　　各市人民政府：为贯彻落实党中央、国务院决策部署，现将有关事项通知如下，请认真贯彻执行。")


def test_a_reports_heading_carrying_its_body_reports_the_bodys_figures():
    # up_02: 五、运用法律手段，防范化解社会矛盾⏎我厅…帮助全省1.3万家企业…
    from policyparse.extract._text import reported_nodes
    from policyparse.models import Section
    body = Section(id="5", kind="heading", level=1, marker="五、", number=5, title="运用法律手段，防范化解社会矛盾",
                   text="五、运用法律手段，防范化解社会矛盾\n我厅帮助全省1.3万家企业解决问题。", span=(0, 40))
    named = Section(id="1", kind="heading", level=1, marker="一、", number=1, title="新增义务教育公办学校学位5万个",
                    text="一、新增义务教育公办学校学位5万个\n已新增学位4.2万个。", span=(40, 70))
    bare = Section(id="2", kind="heading", level=1, marker="二、", number=2, title="完善制度体系",
                   text="二、完善制度体系", span=(70, 80))
    assert reported_nodes([body, named, bare]) == {id(body)}


def test_a_goal_met_ahead_of_time_is_a_result():
    # up_02: …惠及6000多家民营和中小企业，9月底13.8亿元无分歧账款全部清零，提前3个月完成国务院目标任务
    text = "惠及6000多家民营和中小企业，9月底13.8亿元无分歧账款全部清零，提前3个月完成国务院目标任务。"
    assert targets(text, 2020) == []
    # an intent to finish ahead sets a goal
    assert targets("力争提前完成目标任务，惠及6000家企业。", 2020) == [(6000.0, "家", "eq")]


def test_one_thing_each_place_strives_to_bring_in_is_a_count():
    # up_10: …大规模开展专业招商，每个县（市）力争引进一个世界500强或中国500强企业项目落地
    text = "大规模开展专业招商，每个县（市）力争引进一个世界500强或中国500强企业项目落地。"
    assert [(t.value, t.unit) for t in find_targets(text, 0, len(text), issue_year=2019)] == [(1.0, "个")]
    # 一个 as an article stays none
    assert targets("力争引进一个大项目。", 2019) == []
    assert targets("每个县都要建立一个平台。", 2019) == []


def test_a_goal_quoted_from_a_higher_plan_is_read():
    # up_06: 《职业教育提质培优行动计划（2020—2023年）》…提出：“…”和“到2023年，中职学校教学条件基本达标，遴选1000所左右
    # 优质中职学校和3000个左右优质专业…”
    text = ("《职业教育提质培优行动计划（2020—2023年）》提出：“到2023年，中职学校教学条件基本达标，"
            "遴选1000所左右优质中职学校和3000个左右优质专业”。")
    assert targets(text, 2020) == [(1000.0, "所", "approx"), (3000.0, "个", "approx")]
    assert [(y, k) for y, _, _, k in deadlines(text, 2020)] == [(2023, "by")]
    # a slogan or a title in quotes is still no goal
    assert targets("深入开展“百日攻坚300天”行动。", 2020) == []


def test_a_date_a_goal_was_met_ahead_of_time_is_of_record():
    # up_02: …累计清偿…162.2亿元，惠及6000多家民营和中小企业，9月底13.8亿元无分歧账款全部清零，提前3个月完成国务院目标任务
    assert deadlines("惠及6000多家民营和中小企业，9月底13.8亿元无分歧账款全部清零，提前3个月完成国务院目标任务。", 2020) == []
    # a plan striving to meet it early still sets the date
    assert deadlines("力争9月底前全部清零，提前3个月完成国务院目标任务。", 2020) == [(2020, 9, 30, "by")]
    assert deadlines("9月底全部清零。", 2020) == [(2020, 9, 30, "by")]


def test_a_sentence_opening_on_work_already_done_reports_all_its_clauses():
    # up_03: 已完成设备购置学校11452所，完成设备购置金额50.22亿元，采购完成率为92.62%
    assert targets("已完成设备购置学校11452所，完成设备购置金额50.22亿元，采购完成率为92.62%。", 2017) == []
    # a goal word turns the sentence forward
    assert targets("已完成改造200户，力争年底前完成率达到100%。", 2017) == [(100.0, "%", "eq")]


def test_a_capacity_after_dui_mei_xinzeng_is_what_a_grant_is_paid_per():
    # up_11: 对每新增年产万吨婴幼儿乳粉、年产500吨奶酪或黄油、日产50吨巴氏杀菌乳产能，省级分别支持…; 市县对每新增日处理生鲜乳
    # 100吨的…产能支持1000万元 — the sizes a grant is reckoned per, listed or not, are no amounts to reach
    text = "对每新增年产万吨婴幼儿乳粉、年产500吨奶酪或黄油、日产50吨巴氏杀菌乳产能，省级分别支持4000万元、2000万元和1000万元。"
    assert [t for t in targets(text) if t[1] == "吨"] == []
    text = "市县对每新增日处理生鲜乳100吨的其他乳制品产能支持1000万元。"
    assert [t for t in targets(text) if t[1] == "吨"] == []
    # a capacity the plan sets to reach stays a target
    assert targets("新增乳制品加工能力50万吨以上。") == [(50.0, "万吨", "gte")]
