"""Targets and deadlines: the rules written for batch vb (synthetic snippets in the batch's styles: 工作方案 with dated
stages, application notices, district 若干措施 of grants and thresholds, a 国办 notice of policy terms beside
application limits, a 住房公积金 notice of ratios raised for a term)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_measures_term_said_as_its_execution_period_sets_no_deadline():
    # vb_09: …发放一次性扩岗补助，政策执行期限至2025年12月底 (the measure's term, as 有效期至…)
    assert deadlines("按照每人不超过1500元的标准发放一次性扩岗补助，政策执行期限至2025年12月底。", 2025) == []
    assert deadlines("实施期限至2025年底。", 2025) == []
    # vb_09: 补贴由企业申请，申请期限至2025年12月底 — the day to apply by stays a limit
    assert deadlines("补贴由企业申请，申请期限至2025年12月底。", 2025) == [(2025, 12, 31, "by")]


def test_the_day_a_term_runs_out_is_no_deadline():
    # vb_06: …两项政策在《…通知》于2023年10月18日有效期届满后继续实施; …有效期三年，将于今年10月18日到期
    assert deadlines("两项政策在《通知》（东公积金委〔2020〕2号）于2023年10月18日有效期届满后继续实施。", 2023) == []
    assert deadlines("该通知有效期三年，将于今年10月18日到期。", 2023) == []
    assert deadlines("至《办法》2025年2月28日有效期届满之日止。", 2023) == []
    # a day due by stays one
    assert deadlines("2024年6月30日前完成排查。", 2024) == [(2024, 6, 30, "by")]


def test_a_date_an_application_form_is_filled_in_with_is_no_deadline():
    # vb_03: 项目的执行起始时间统一填写2025年1月1日 (the project's start written into the form)
    assert deadlines("项目的执行起始时间统一填写2025年1月1日，终止时间按照各类型项目资助期限要求填写。", 2024) == []
    # a day to file by stays one
    assert deadlines("请于2025年1月10日前填报。", 2024) == [(2025, 1, 10, "by")]


def test_a_window_of_days_closed_with_its_year_is_read_once_at_its_end():
    # vb_02: （一）启动阶段（2024年4月1日至2024年12月31日） — as 自查摸底阶段（7月3日至7月15日） (sl_10) and a dash window
    assert deadlines("（一）启动阶段（2024年4月1日至2024年12月31日）。制定工作方案。", 2024) == [(2024, 12, None, "period")]
    assert deadlines("2023年10月16日至2024年1月15日，开展集中整治。", 2023) == [(2024, 1, None, "period")]
    # a limit after the window (…31日前) and a bare 到… keep their reading; 自…起至…止 is a term
    assert deadlines("2024年4月1日至2024年12月31日前完成摸底。", 2024) == [(2024, 12, 31, "by")]
    assert deadlines("到2025年12月31日，全面完成。", 2024) == [(2025, 12, 31, "by")]
    assert deadlines("自2024年1月1日起至2024年12月31日止执行。", 2024) == []


def test_the_thresholds_a_label_lists_are_definitions():
    # vb_05: （三）本措施涉及行业“首达标”对应门槛如下：住宿和餐饮业年度营业额200万元以上，…
    assert targets("本措施涉及行业“首达标”对应门槛如下：住宿和餐饮业年度营业额200万元以上，零售业年度销售额500万元以上，"
                   "工业年度产值2000万以上。") == []
    # a goal in a sentence naming no threshold list stays one
    assert targets("到2025年，营业额达到200万元以上的企业新增50家，门槛企业数量增长10%以上。") == [
        (50.0, "家", "eq"), (10.0, "%", "gte")]


def test_the_step_a_grant_is_reckoned_by_may_say_each_success():
    # vb_11: 每成功引进1名…产业人才，分别最高给予…5万元、10万元的引才奖励 (as 每引进1名, the step a grant is counted in)
    assert targets("对于提供引才服务的人力资源服务机构，每成功引进1名在海珠区年收入不少于50万元的产业人才，"
                   "分别最高给予5万元的引才奖励。") == []
    # a quota per place stays one
    assert targets("每个社区至少配备1名专职人员。") == [(1.0, "名", "gte")]


def test_a_flat_standard_per_head_may_be_bounded_by_buchaoguo():
    # vb_09: 按照每人不超过1500元的标准发放一次性扩岗补助 (the standard the grant is paid at, as 按每人1500元标准发放)
    assert targets("对吸纳16—24岁登记失业青年就业的企业，按照每人不超过1500元的标准发放一次性扩岗补助。") == [(1500.0, "元", "lte")]
    # a grant's cap, a standard of floor space and a scale by class stay no goals
    assert targets("对符合条件的，给予每家最高不超过50万元的奖励。") == []
    assert targets("按照每个正式员工不超过10平方米的标准给予补贴。") == []
    assert targets("按高级工不超过1000元、技师不超过2000元的标准给予补贴。") == []


def test_a_funds_payout_share_raised_by_a_rule_is_no_goal():
    # vb_06: 按规定比例及规定上限方式申请租房提取的，规定比例从70%提高至100%，1800元规定上限不变
    assert targets("按规定比例及规定上限方式申请租房提取的，规定比例从70%提高至100%，1800元规定上限不变。") == []
    # shares a plan sets out to reach stay goals
    assert targets("到2025年，住院费用报销比例提高到75%，公积金缴存覆盖率达到90%以上。") == [(75.0, "%", "eq"), (90.0, "%", "gte")]


def test_a_stage_bracket_opening_on_its_start_day_dates_the_stage():
    # vb_02: （三）提升阶段（2026年1月1日以后持续开展此项工作） — the day the stage starts, the work going on after it
    assert deadlines("（三）提升阶段（2026年1月1日以后持续开展此项工作）。持续筹集房屋养老金。", 2024) == [(2026, 1, 1, "period")]
    # outside a numbered stage's bracket a start stays none (自…起施行, a rule in force from a day)
    assert deadlines("本办法2026年1月1日以后持续有效。", 2024) == []
    assert deadlines("自2022年10月1日起施行。", 2022) == []


def test_a_refund_share_is_a_rate_in_either_form():
    # h05: 中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还 (the verb form); ut_05: 大型企业返还比例为30%
    # (the noun form) — the share a scheme refunds is its rate, no goal (docs/gold-format.md, five target forms)
    assert targets("对不裁员或少裁员的参保企业，中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还。") == []
    assert targets("给予失业保险稳岗返还，大型企业返还比例为30%，中小微企业返还比例为60%。") == []
    # the share of a cost insurance covers stays a standard
    assert targets("门诊费用按70%报销。") == [(70.0, "%", "eq")]
