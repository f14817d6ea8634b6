"""Targets and deadlines: the rules written for batch vg (synthetic snippets in the batch's styles: Hebei 实施方案 and
实施意见 stored on one line, a city 政府工作报告 whose year's goals follow its review, a 管理办法 of certification
conditions, a 政务公开 细则 of response limits)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_the_xian_cun_straddling_shixian_and_cundaikuan_is_no_record():
    # vg_07: 实现存贷款余额两位数增长，新增上市挂牌企业3家以上 (实现 + 存贷款: no 现存 'extant')
    assert targets("强化协同发展，实现存贷款余额两位数增长，新增上市挂牌企业3家以上，积极争创示范区。") == [(3.0, "家", "gte")]
    # 现存 opening a tally stays a record of the present
    assert targets("截至2023年底，现存企业500家。") == []


def test_xiangci_counts_events_held():
    # vg_07: 举办各类赛事活动3000项次以上
    assert targets("深化打造体育公园城市，举办各类赛事活动3000项次以上。") == [(3000.0, "项次", "gte")]


def test_a_time_to_publish_or_answer_in_after_an_event_is_a_rule_of_procedure():
    # vg_11: 原则上距离事件发生不超过1小时。…最迟要在5小时内发布权威信息，在24小时内召开新闻发布会。…应在48小时内予以回应
    assert targets("回应主体要及时向社会发布，原则上距离事件发生不超过1小时。") == []
    assert targets("对特别重大的政务舆情，最迟要在5小时内发布权威信息，在24小时内召开新闻发布会。") == []
    assert targets("对其他政务舆情应在48小时内予以回应。") == []
    # a service level stays a goal (48小时内放行, as before)
    assert targets("确保重点货物48小时内放行。") == [(48.0, "小时", "lte")]


def test_a_social_insurance_levy_rate_is_a_rate_rule():
    # vg_06: 将失业保险费率暂降至2%，用人单位按本单位工资总额的15%缴纳失业保险费
    assert targets("将失业保险费率暂降至2%，用人单位按本单位工资总额的15%缴纳失业保险费。") == []
    # a cap on a guarantee's fee stays a level the plan commits to
    assert targets("担保费率不超过1%。") == [(1.0, "%", "lte")]


def test_a_policys_approval_term_is_no_deadline():
    # vg_06: 吸纳就业和社会保险补贴政策审批期限截至2017年底
    assert deadlines("吸纳就业和社会保险补贴政策审批期限截至2017年底。", 2015) == []
    # 申请期限至… stays a limit to apply by, a date due by stays one
    assert deadlines("申请期限至2025年12月底。", 2025) == [(2025, 12, 31, "by")]
    assert deadlines("2015年6月底前全面推开改革。", 2015) == [(2015, 6, 30, "by")]


def test_a_package_of_measures_carried_out_is_named_by_its_count():
    # vg_07: 高质量落实省支持滨州30条措施，…实施延链补链强链项目335个、重点工业技改项目400个以上
    assert targets("高质量落实省支持滨州30条措施，实施延链补链强链项目335个、重点工业技改项目400个以上。") == [
        (335.0, "个", "eq"), (400.0, "个", "gte")]


def test_a_fund_named_in_quotes_with_its_size_is_no_sum_to_reach():
    # vg_05: 推动首期规模10亿元的“国投京津冀科技成果转化创业投资基金（有限合伙）”正式运营
    assert targets("推动首期规模10亿元的“国投京津冀科技成果转化创业投资基金（有限合伙）”正式运营。") == []
    # a fund to set up at a size stays a goal
    assert targets("设立规模10亿元的产业基金。") == [(10.0, "亿元", "eq")]


def test_the_conditions_a_standard_label_lists_are_definitions():
    # vg_10: …可参照本指标设定标准条件，原则上：设计团队人员数量应达到10人以上；累计服务制造企业不少于20家；…
    assert targets("市级中心可参照本指标设定标准条件，原则上：设计团队人员数量应达到10人以上；累计服务制造企业不少于20家；"
                   "工业设计服务年均营业收入应不低于200万元。到2025年，工业设计中心达到50家以上。") == [(50.0, "家", "gte")]


def test_the_year_end_review_a_result_goes_into_is_no_deadline():
    # vg_02: 纳入年底效能目标考核体系加强考核评价 (年底 names the review, as 年终考核 does)
    assert deadlines("把推进情况纳入年底效能目标考核体系加强考核评价。", 2019) == []
    assert deadlines("纳入年底考核。", 2019) == []
    # 年底 as a time stays one
    assert deadlines("年底完成清理。", 2019) == [(2019, 12, 31, "by")]


def test_conditions_in_a_weighted_indicator_table_are_table_cells():
    # vg_10: 表2…主要评价指标序号指标名称指标内容权重1设计费用投入…团队人员数量应达到20人以上，…比例不低于70%。20%…
    assert targets("表2主要评价指标序号指标名称指标内容权重1设计费用投入近两年，有稳定持续的设计投入。10%2设计团队人员数量"
                   "设计团队结构合理，团队人员数量应达到20人以上，具有本科学历的人员比例不低于70%。20%3服务企业情况"
                   "累计服务制造企业不少于50家。25%") == []
    # a goal in prose that names 指标内容 with no table head stays one
    assert targets("到2025年，省级工业设计中心达到100家，指标内容更加丰富。") == [(100.0, "家", "eq")]


def test_capacities_in_a_list_of_projects_closed_by_its_count_name_the_projects():
    # vg_07: 推进宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目，年内新增装机容量320万千瓦以上
    assert targets("推进宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目，年内新增装机容量320万千瓦以上。") == [
        (320.0, "万千瓦", "gte")]
    # capacities to add, each in its clause, stay goals
    assert targets("新增风电装机100万千瓦、光伏50万千瓦。") == [(100.0, "万千瓦", "eq"), (50.0, "万千瓦", "eq")]


def test_the_plans_own_routine_of_checks_is_no_per_period_quota():
    # vg_02: 省每年开展一次行政执法群众满意度第三方评估。…每半年开展一次案卷抽查 (as 每年评估一次, ut_07)
    assert targets("省每年开展一次行政执法群众满意度第三方评估。") == []
    assert targets("每半年开展一次案卷抽查，检查执法全过程记录的落实情况。") == []
    # an activity held for the public stays a quota (uy_06, up_11)
    assert targets("每年开展一次全面监测。") == [(1.0, "次", "eq")]
    assert targets("每学期要举行一次校园足球联赛。") == [(1.0, "次", "eq")]


def test_the_least_each_one_is_given_each_period_is_a_flat_standard():
    # vg_02: 对行政执法人员每年进行不少于40学时的线上线下岗位培训
    assert targets("对行政执法人员每年进行不少于40学时的线上线下岗位培训，经考试合格的方能通过年检。") == [(40.0, "学时", "gte")]
    # a threshold naming the class a grant goes to stays a condition
    assert targets("对年培训不少于40学时的企业给予奖励。") == []


def test_a_start_year_heading_a_clause_that_recurs_each_year_is_a_yearly_period():
    # vg_11: 从2017年起，省政府办公厅每年委托第三方机构对全省政务公开工作进行评估; rf_09: 自2021年起，每年对…进行改造
    text = "从2017年起，省政府办公厅每年委托第三方机构对全省政务公开工作进行评估。"
    [d] = find_deadlines(text, 0, len(text), 2017, 2017)
    assert (d.text, d.year, d.month, d.kind, d.recurrence) == ("从2017年起", 2017, None, "period", "yearly")
    assert deadlines("自2021年起，每年对具备改造条件的公交班线进行改造。", 2021, 2021) == [(2021, None, None, "period")]
    # 每年 with its own date is read at that date (ul_01: 从2017年起，各有关部门于每年1月31日前…)
    assert deadlines("从2017年起，各有关部门于每年1月31日前提出拟予激励的地方名单。", 2016, 2016) == [(None, 1, 31, "by")]
    # 每年 in a later clause (uj_07), a start year not heading its clause, a start year on record: none
    assert deadlines("自2019年起，省级财政将根据各地政策落实情况，每年按照标准30%的比例对各县进行奖补。", 2019, 2019) == []
    assert deadlines("从2014年起扩大中央预算内投资相关专项规模，每年安排20亿元。", 2014, 2014) == []
    assert deadlines("从2015年起，每年开展评估。", 2017, 2017) == []


def test_a_count_of_hours_written_with_ge_is_a_duration():
    # ub_01 第十四条: 高速客船驾驶人员连续驾驶值班时间不得超过两个小时，… — hours counted with 个 are a time limit, not a
    # count of 个 to reach (with 内 after them they were already: 1个小时内进行解答)
    assert targets("第十四条高速客船驾驶人员连续驾驶值班时间不得超过两个小时，两次驾驶值班之间应有足够的间隔休息时间。") == []
    assert targets("在1个小时内进行解答。") == []
    assert targets("新建村级服务站两个，覆盖全部行政村。") == [(2.0, "个", "eq")]


def test_an_average_time_in_working_days_is_a_level_to_reach():
    # vi_06: 确保审核办理正常退税平均时间在9个工作日以内 — an average a service keeps to is a target (as 压缩至40个工作日以内
    # is); one case's time limit (办理时间在9个工作日以内) stays none
    assert targets("确保审核办理正常退税平均时间在9个工作日以内。") == [(9.0, "个工作日", "lte")]
    assert targets("审核办理时间在9个工作日以内。") == []
