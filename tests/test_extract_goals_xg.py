"""Targets and deadlines: the rules written for batch xg (synthetic snippets in the styles of notices that mix goals
with eligibility conditions, caps, graded schedules and terms: employment measures, subsidy calls, quota rules)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def _targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def _deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), doc_year=year)]


def test_a_standard_named_per_head_before_its_sum_is_a_flat_standard():
    # xg_01: 可发放一次性吸纳就业补贴，补贴标准为每人1000元; 补贴标准每人2000元 (为 left out); xg_07: 资助标准每人8万元
    assert _targets("对招用登记失业人员的企业，可发放一次性吸纳就业补贴，补贴标准为每人1000元。", 2023) == [(1000, "元", "eq")]
    assert _targets("对符合条件的困难毕业生发放一次性求职补贴，补贴标准每人1500元。", 2023) == [(1500, "元", "eq")]
    assert _targets("重点资助部分工作站用于招收研究人员的日常经费，资助标准每人6万元。", 2023) == [(6, "万元", "eq")]
    # a sum granted to a class with no 每 stays a payout rule, and so does a cap
    assert _targets("对新认定的企业给予30万元一次性奖励。", 2023) == []
    assert _targets("补贴标准每人最高2000元。", 2023) == []


def test_the_last_sum_of_a_schedule_graded_by_class_with_bracketed_grades_is_no_goal():
    # xg_01, xg_03: 按照初级(五级)1000元、中级(四级)1500元、高级(三级)2000元的标准申领技能提升补贴
    text = "可按照初级(五级)1000元、中级(四级)1500元、高级(三级)2000元的标准申领技能提升补贴。"
    assert _targets(text, 2023) == []
    assert _targets("可按照初级（五级）800元、高级（三级）1800元的标准申领补贴。", 2023) == []
    # a single flat standard 的标准 stays a target
    assert _targets("按每招用1人1500元的标准发放一次性扩岗补助。", 2024) == [(1500, "元", "eq")]


def test_how_many_times_one_may_draw_a_benefit_is_a_cap():
    # xg_01, xg_03: 同一职业（工种）同一等级只能申请并享受一次，每人每年享受补贴次数最多不超过三次
    assert _targets("每人每年享受补贴次数最多不超过三次。", 2023) == []
    assert _targets("每人每年申领补贴次数不超过2次。", 2023) == []
    # a count of events a body holds every year stays a goal
    assert _targets("每年举办招聘活动不少于3次。", 2023) == [(3, "次", "gte")]


def test_the_most_of_a_quota_one_group_may_take_is_a_cap():
    # xg_09: 学校领导和教研人员一般不超过各市推荐指标的10％; 教师一般不超过各市推荐指标的30%、30%、30%、10%
    assert _targets("学校领导和教研人员一般不超过各市推荐指标的10％。", 2017) == []
    assert _targets("高中、初中、小学和幼儿园教师一般不超过各市推荐指标的30%、30%、30%、10%。", 2017) == []
    assert _targets("青年教师不超过推荐名额的20%。", 2017) == []
    # a share of the quota bound to a group (a floor) stays a goal
    assert _targets("乡镇及以下教师占相应学段推荐名额的比例不低于10％。", 2017) == [(10, "%", "gte")]


def test_how_many_must_vouch_for_an_applicant_is_a_condition():
    # xg_05: 对不具备规定学历但业绩显著的人员，可由2名以上具备正高级职称的同行专家推荐，破格申报
    assert _targets("对业绩显著、贡献突出的人员，可由2名以上具备正高级职称的同行专家推荐，破格申报高级职称评审。", 2024) == []
    assert _targets("须由3名以上专家联名推荐。", 2024) == []
    # experts a plan brings in stay a goal
    assert _targets("到2025年，引进高层次专家2名以上。", 2024) == [(2, "名", "gte")]


def test_how_many_took_part_in_an_event_told_is_a_record():
    # xg_11: 部分行业协会负责同志，共100多人参加了主会场会议
    assert _targets("部分行业协会负责同志，共100多人参加了主会场会议。", 2013) == []
    assert _targets("全市共300名干部出席了会议。", 2013) == []
    # a count of people a plan trains stays a goal
    assert _targets("到2015年，培训企业管理人员300人以上。", 2013) == [(300, "人", "gte")]


def test_a_measure_s_term_said_without_its_period_word_is_no_deadline():
    # xg_05: 核增部分据实计入工资总额。政策执行至2025年12月31日。 xg_03: 此项政策的提取期限至2022年12月31日
    assert _deadlines("核增部分据实计入工资总额。政策执行至2025年12月31日。", 2024) == []
    assert _deadlines("此项政策的提取期限至2022年12月31日。", 2022) == []
    # a step due by a date stays a deadline
    assert _deadlines("各地要于2025年12月31日前完成清理。", 2024) == [(2025, 12, 31, "by")]


def test_a_day_records_are_counted_up_to_is_no_deadline():
    # xg_09: 凡涉及到聘期、论文发表、获奖情况等时间问题，统一截止到2017年6月30日
    assert _deadlines("凡涉及到聘期、论文发表、获奖情况等时间问题，统一截止到2017年6月30日。", 2017) == []
    assert _deadlines("业绩一律截至2017年5月31日。", 2017) == []
    # an application window's close stays a deadline
    assert _deadlines("申报截止到2017年6月30日。", 2017) == [(2017, 6, 30, "by")]


def test_a_meeting_named_after_the_year_s_middle_is_no_time_due():
    # xg_11: 苗圩是在工业和信息化系统年中电视电话会议上作出上述表示的
    assert _deadlines("苗圩是在工业和信息化系统年中电视电话会议上作出上述表示的。", 2013) == []
    assert _deadlines("在年中工作会上部署。", 2013) == []
    # the year's middle as a time stays a period
    assert [d[3] for d in _deadlines("年中完成中期评估。", 2013)] == ["period"]


def test_a_clause_opened_by_zhi_after_a_response_grade_defines_the_grade():
    # xb_03 (development, read while writing xg's rules): Ⅰ级（特大规模）转移安置行动，指全区需转移安置的人员在2万人以上
    assert _targets("（1）Ⅰ级（特大规模）转移安置行动，指全区需转移安置的人员在2万人以上。", 2024) == []
    assert _targets("（2）Ⅱ级（重大规模）转移安置行动，指全区需转移安置的人员在4000人以上、2万人以下。", 2024) == []
    assert _targets("较大突发事件，指造成3人以上10人以下死亡的事件。", 2024) == []
    # 指导 / 指标 open other clauses: a goal beside them stays
    assert _targets("到2025年，建成一级站点10个，指导全区完成改造200户。", 2024) == [(10, "个", "eq"), (200, "户", "eq")]
