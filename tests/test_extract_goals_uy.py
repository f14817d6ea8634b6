"""Targets and deadlines: the rules written for batch uy (synthetic snippets in the batch's styles: Hebei 民生工程 year
plans, 百日 campaigns, 考核 notices of quotas, 行动 / 活动 方案 with dated stages, an 八五 规划)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.recurrence) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_stage_dated_with_its_year_opens_and_closes_in_the_months_named():
    # uy_10: 第一阶段（2018年9—12月），…第二阶段（2019年1—12月）: the first month's 月 left to the last
    assert deadlines("第一阶段（2018年9—12月），各地区抓紧部署。第二阶段（2019年1—12月），深入开展工作。", 2018) == [
        (2018, 9, None, "period"), (2018, 12, None, "by"), (2019, 1, None, "period"), (2019, 12, None, "by")]
    # uy_01: （二）组织实施阶段（2019年4月—11月底）: the closing month read once, in the brackets
    assert deadlines("（二）组织实施阶段（2019年4月—11月底）。各市组织实施。", 2019) == [
        (2019, 4, None, "period"), (2019, 11, None, "by")]
    # uy_11: a stage across the year's turn, each end with its year
    assert deadlines("（一）宣传启动阶段（2021年12月至2022年3月底）省人社厅制定规划。", 2022) == [
        (2021, 12, None, "period"), (2022, 3, None, "by")]
    # uy_01: one month, the step taken in it
    assert deadlines("（三）验收总结阶段（2019年12月）。对各市进行验收。", 2019) == [(2019, 12, None, "period")]


def test_a_stage_bracket_without_a_month_or_with_a_limit_keeps_its_reading():
    assert deadlines("第一阶段（1），开展摸底。", 2019) == []
    # 全面排查阶段（8月底前）: a limit, read as before
    assert deadlines("（一）全面排查阶段（8月底前）。各地开展排查。", 2023) == [(2023, 8, 31, "by")]
    # up_10: a bracket spanning a year or more is read at both ends too (gold-format.md, "Spans of dates"; it had been
    # left undated, against uy_11's 阶段（2022年3月至2025年9月）)
    assert deadlines("（三）组织推动实施阶段（2019年4月－2022年12月）。各县组织实施。", 2019) == [
        (2019, 4, None, "period"), (2022, 12, None, "by")]
    # the months alone take the document's year, as before
    assert deadlines("摸底和集中整治阶段(5月-8月)", 2019) == [(2019, 5, None, "period"), (2019, 8, None, "by")]


def test_a_session_of_a_course_is_counted_in_jieci():
    # uy_02: 每月至少报送1节次课程 (a course session, not 节 and a stray 次)
    assert targets("按照云课堂归集任务清单，每月至少报送1节次课程。") == [(1.0, "节次", "gte", "monthly")]


def test_a_goal_heading_may_name_the_work_or_the_year():
    # uy_09: 三、项目实施总体工作目标 over a list of the year's levels, one a line with no goal verb of its own
    from policyparse.extract.targets import _names_goals

    assert _names_goals("项目实施总体工作目标") and _names_goals("年度目标") and _names_goals("工作目标")
    assert not _names_goals("目标") and not _names_goals("考核目标管理")


def test_a_count_the_title_names_its_set_with_is_no_goal():
    # uy_05: 关于印发17个省级贫困县…实施方案的通知, the text naming the set again and again
    from policyparse.pipeline import parse

    text = ("关于印发17个省级贫困县农村学生营养改善计划实施方案的通知\n各市教育局：\n"
            "为确保17个省级贫困县农村学生营养改善计划顺利实施，制定本方案。\n"
            "一、实施范围\n将17个省级贫困县农村小学生营养膳食补助标准由每生每天2.5元提高到4元。\n"
            "二、资金\n省级统筹资金用于17个省级贫困县实施营养改善计划，新建食堂100个。\n")
    found = [(t.value, t.unit) for n in parse(text).iter_sections() for t in n.targets]
    assert (17.0, "个") not in found and (100.0, "个") in found


# ---------------------------------------------------------------- session 24, goals6: the batch's leftovers


def test_a_per_period_activity_written_in_words_is_a_quota():
    # uy_06: 每学期要举行一次校内班级足球联赛, 每年要组织一次…, 每周一次以上课外足球活动, 每周用一节体育课
    assert targets("每学期要举行一次校内班级足球联赛。") == [(1.0, "次", "eq", None)]
    assert targets("每周一次以上课外足球活动。") == [(1.0, "次", "gte", None)]
    assert targets("每周用一节体育课进行足球教学。") == [(1.0, "节", "eq", None)]
    # up_11: 每年开展一次全面监测
    assert targets("加强奶牛布病防控，每年开展一次全面监测，依法扑杀淘汰阳性奶牛。") == [(1.0, "次", "eq", "yearly")]


def test_the_plan_s_routine_of_oversight_and_meetings_in_words_is_no_quota():
    # ri_07: 每季度开展一次集中调度和专项督查; meetings and reviews held on a schedule (rd_11, ut_07)
    assert targets("由省政府督查室每季度开展一次集中调度和专项督查。") == []
    assert targets("各地每半年召开一次联席会议。") == []
    assert targets("每年开展一次评估，及时通报。") == []


def test_a_ration_per_head_and_day_is_a_standard_each_item():
    # uy_05: 确保每生每天一盒牛奶、一个鸡蛋
    assert targets("确保每生每天一盒牛奶、一个鸡蛋。") == [(1.0, "盒", "eq", None), (1.0, "个", "eq", None)]


def test_a_bound_governs_each_thing_a_list_makes_and_each_head_s_quota():
    # uy_10: 每所技工院校至少建设一个特色优势主体专业、建立一个资料室，每名教师至少参加一次培训
    assert targets("每所技工院校至少建设一个特色优势主体专业、建立一个资料室，每名教师至少参加一次培训。") == [
        (1.0, "个", "gte", None), (1.0, "个", "gte", None), (1.0, "次", "gte", None)]


def test_a_standard_raised_to_a_sum_is_a_flat_standard_but_an_average_is_not():
    # uy_05: 补助标准由每生每天2.5元提高到4元，将农村初中生按每生每天4元的标准纳入
    assert targets("将农村小学生营养膳食补助标准由每生每天2.5元提高到4元，将农村初中生按每生每天4元的标准纳入实施范围。") == [
        (4.0, "元", "eq", None), (4.0, "元", "eq", None)]
    # uf_09: 平均补助标准从每生每年3000元提高到3300元 (an average, no sum each one is paid)
    assert targets("高职学生国家助学金平均补助标准从每生每年3000元提高到3300元。") == []


def test_existing_schools_a_measure_supports_are_no_goal():
    # uy_03: 支持石家庄幼儿师范高等专科学校等3所独立设置的幼儿师专…; ut_11: 重点支持3所幼儿师范高等专科学校开展…
    assert targets("支持石家庄幼儿师范高等专科学校等3所独立设置的幼儿师专重点培养专科层次的幼儿园教师。") == []
    assert targets("重点支持3所幼儿师范高等专科学校开展学前教育专业专科层次的培养。") == []
    # ut_11: 遴选建设15个…基地，其中重点支持5所…: a part of the goal the clause before sets
    assert targets("遴选建设15个省级师范教育基地，其中重点支持5所培养院校组建教师教育学院。") == [
        (15.0, "个", "eq", None), (5.0, "所", "eq", None)]
    assert targets("支持建设3所幼儿师范高等专科学校。") == [(3.0, "所", "eq", None)]


def test_a_sum_spent_told_with_its_parts_is_a_record():
    # uy_09: 2013年我省投入的就业再就业资金总额为283203.00万元，其中：…
    assert targets("2013年我省投入的就业再就业资金总额为283203.00万元，其中：中央财政专项转移支付的补助资金为152390.00万元。") == []


def test_the_time_a_step_of_the_plan_s_own_procedure_takes_is_a_time_limit():
    # uy_09: 每个市实地调查的时间控制在6—15天，其中每个调查县(市)实地调查的时间控制在3天之内
    assert targets("每个市实地调查的时间控制在6—15天，其中每个调查县(市)实地调查的时间控制在3天之内。") == []
    # rs_02 / tt_02 (development): the routine named as the clause's subject (学习会, 年度体检)
    assert targets("市政府学习会原则上每季度安排一次。") == []
    assert targets("年度体检应当每年开展一次。") == []


def test_a_count_each_leader_takes_charge_of_is_a_quota():
    # up_10: 省政府领导每人包联3个县（市） (包联 a verb of assignment in goal_verbs.tsv)
    assert targets("省政府领导每人包联3个县（市），市政府领导包联县域全覆盖。") == [(3.0, "个", "eq", None)]
