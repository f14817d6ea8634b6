"""Targets: figures a progress report tells, and goals it leaves alone (session 31, left25, issue 10). Each test a
short snippet in the form real progress reports write (up_03 and the reports of project investment on the search
tool's pages); expectations read from docs/gold-format.md (baselines and past figures are no targets; 今年1-5月 looks
back, a tally)."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def test_a_sentence_opening_on_the_year_s_months_so_far_is_a_tally():
    text = "1—3月，全社会固定资产投资完成3.21亿元，占计划16.1亿元的19.9%，与去年同期相比下降22%。"
    assert targets(text) == []
    assert targets("1-10月项目累计完成投资629.0亿元，占年度投资计划的97.2%。") == []
    assert targets("前三季度，累计完成投资151.88亿元，超额完成年度投资任务。") == []


def test_a_step_dated_by_months_or_a_goal_stays_read():
    # a plan's step in months has none of a tally's words; a goal word turns the sentence forward
    assert targets("1-3月，完成100家企业摸底排查。") == [(100.0, "家", "eq")]
    assert targets("1-6月，力争累计完成投资50亿元。") == [(50.0, "亿元", "eq")]


def test_a_figure_set_against_the_same_months_of_last_year_is_observed():
    assert targets("完成投资90.5亿元，比上年同期增长16%。") == []


def test_a_share_of_the_plan_done_is_progress_not_a_goal():
    # up_03: 全省校舍建设资金支出106.9亿元，占规划校舍建设资金的70.59%
    assert targets("全省校舍建设资金支出106.9亿元，占规划校舍建设资金的70.59%。") == []
    assert targets("项目累计完成投资32661万元，占总投资的54.1%。") == []
    assert targets("目前实际已开工206项，完成年度计划开工的80.8%，超过时间进度13.8个百分点。") == []


def test_a_share_of_the_plan_to_reach_stays_a_goal():
    # no figure done before it, or a goal word in the sentence: the level to reach
    assert targets("全年完成造林计划的100%。") == [(100.0, "%", "eq")]
    assert targets("力争完成投资60亿元，占年度计划的110%。") == [(60.0, "亿元", "eq"), (110.0, "%", "eq")]


def test_a_tally_s_later_clauses_set_against_last_year_stay_observed_beside_the_plan_s_share():
    # the 计划 of 占年计划的45% is the plan the tally is a share of, no intent turning the clause forward
    text = "公共财政预算收入1606.5万元，同比增长8%，占年计划的45%；税收收入2780万元，同比增长21%，占年计划的45.6%。"
    assert targets(text) == []
    assert targets("计划同比增长10%。") == [(10.0, "%", "eq")]


def test_works_started_are_a_count_done():
    assert targets("92个计划新开工项目已开工51个。") == []
    found = targets("41个市级重点项目1-5月完成投资30亿元，占年度投资计划43.2%，超时序进度1.5个百分点。")
    assert (43.2, "%", "eq") not in found and (1.5, "个百分点", "eq") not in found


def test_a_year_to_date_total_is_a_tally():
    assert targets("今年1―6月份，全区建设项目共72个，项目总投资20.48亿元。") == []


def test_an_award_per_step_of_growth_is_a_rate_not_a_sum():
    # the forms of a 若干措施's growth awards: the sum paid per step of a value is the rate the award is reckoned at
    assert targets("对企业按照产值每新增1000万元奖励2万元的标准给予增量奖励。") == []
    assert targets("项目内企业年度新增工业产值合计超过1亿元以上，按照每新增1亿元工业产值奖励10万元的标准。") == []


def test_a_flat_sum_per_head_stays_a_standard():
    # vg_06: 可按每招用1名高校毕业生1000元的标准给予一次性吸纳就业补贴
    assert targets("可按每招用1名高校毕业生1000元的标准给予一次性吸纳就业补贴。") == [(1000.0, "元", "eq")]


def _with_years(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.year, t.recurrence) for t in find_targets(text, 0, len(text))]


def test_a_yearly_level_under_a_span_of_years_recurs_with_no_year():
    # vl_01: 2019至2022年，雄安新区每年开展…岗位技能提升培训和创业培训不低于5万人次 (the 提升 of the training's name is
    # no change of the number's own, so the sentence's 每年 reaches it)
    text = "2019至2022年，雄安新区每年开展素质引导培训、就业技能培训、岗位技能提升培训和创业培训不低于5万人次。"
    assert _with_years(text) == [(5.0, "万人次", "gte", None, "yearly")]
    # a goal year (到2022年) stays the year of a yearly level
    assert _with_years("到2022年，全市每年新增就业5万人。") == [(5.0, "万人", "eq", 2022, "yearly")]


def test_a_completion_rate_after_the_amount_done_is_progress():
    # 项目完成投资22.37亿元，投资完成率19% / 资本金累计到位86.83亿元，到位率75.11%
    assert (19.0, "%", "eq") not in targets("总投资914.9亿元，项目完成投资22.37亿元，投资完成率19%。")
    assert (75.11, "%", "eq") not in targets("省方资本金累计到位86.83亿元，到位率75.11%。")
    # a rate to reach, with no amount told done before it, stays
    assert targets("确保项目投资完成率达到100%。") == [(100.0, "%", "eq")]


def test_listed_shares_of_the_plan_are_progress_each():
    found = targets("26个社会发展项目完成投资170亿元，分别占计划的102.4%、80.8%、99%、102.8%。")
    assert [t for t in found if t[1] in ("%", "亿元")] == []
    assert targets("今年1—11月，全省在建重点项目完成投资1434.9亿元，为年计划的95.6%。") == []


def test_the_parts_a_year_to_date_tally_details_are_tallied_too():
    text = "今年1―6月份，全区建设项目共72个，项目总投资20.48亿元。其中，竣工项目3个，总投资1490万元。"
    assert targets(text) == []
