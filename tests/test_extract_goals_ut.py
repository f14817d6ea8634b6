"""Targets and deadlines: the rules written for batch ut (synthetic snippets in the batch's styles: Hebei plans with
到2026年 / 到2030年 / 到2035年 horizons written with their baselines, yearly indicator plans, dated 方案 steps)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def deadlines(text: str, year: int | None = None, issued: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_density_per_area_or_per_head_is_the_measure():
    # ut_09: 单位面积森林蓄积量…达到150立方米/公顷; ut_02: 机器人应用密度达到150台/万人
    assert targets("到2030年，单位面积森林蓄积量达到150立方米/公顷。", 2024) == [(150.0, "立方米/公顷", "eq")]
    assert targets("到2022年，机器人应用密度达到150台/万人，工业互联网平台达到4家。", 2020) == [
        (150.0, "台/万人", "eq"), (4.0, "家", "eq")]
    # a count with no density after it keeps its own measure
    assert targets("到2022年，新增机器人500台。", 2020) == [(500.0, "台", "eq")]


def test_a_base_naming_the_year_of_its_level_is_no_goal():
    # ut_09: 单位面积森林蓄积量由2021年的135立方米/公顷增加到142立方米/公顷
    text = "到2026年，单位面积森林蓄积量由2021年的135立方米/公顷增加到142立方米/公顷。"
    assert targets(text, 2024) == [(142.0, "立方米/公顷", "eq")]
    # uf_11's form (a year-end base, then 发展到) keeps only the level reached
    assert targets("到2020年，企业数量由2015年底的28741家发展到8万家。", 2017) == [(8.0, "万家", "eq")]


def test_a_total_value_raised_to_a_sum_is_a_scale():
    # ut_09: 森林湿地资产总价值由2021年的231亿元提高到237亿元 (a scale to reach, not a sum paid out)
    text = "到2026年，森林湿地资产总价值由2021年的231亿元提高到237亿元。"
    assert targets(text, 2024) == [(237.0, "亿元", "eq")]


def test_a_day_a_step_starts_after_is_no_deadline():
    # ut_06: （三）组织实施阶段（2021年12月1日之后）。省市县协同，…开展培育服务。
    assert deadlines("（三）组织实施阶段（2021年12月1日之后）。省市县协同，按照任务要求开展培育服务。", 2021) == []
    # the stage that closes on a date stays due by it
    assert deadlines("（一）动员部署阶段（2021年9月底前）。组织召开全省推进工作会议。", 2021) == [(2021, 9, 30, "by")]


def test_a_rate_naming_a_policy_and_the_policys_term_set_nothing():
    # ut_05: 延续实施阶段性降低失业保险费率为1%政策至2025年底。
    text = "延续实施阶段性降低失业保险费率为1%政策至2025年底。"
    assert targets(text, 2024) == []
    assert deadlines(text, 2024) == []
    # a rate set as a level stays a goal; a work due by a year's end stays a deadline
    assert targets("到2025年，失业保险参保率达到90%。", 2024) == [(90.0, "%", "eq")]
    assert deadlines("2025年底前完成政策清理。", 2024) == [(2025, 12, 31, "by")]


def test_an_issuer_then_its_date_run_into_the_text_signs_the_notice():
    # ut_09 (the body held twice): …增添林场发展活力。河北省人民政府办公厅2024年2月9日承德市人民政府，…：为深入贯彻…
    text = "增添林场发展活力。河北省人民政府办公厅2024年2月9日承德市人民政府，省政府有关部门：为深入贯彻落实。"
    assert deadlines(text, 2024) == []
    # two bodies named in full (ut_05's signature, twelve characters before 厅)
    two = "按季度报送有关情况。河北省人力资源和社会保障厅河北省工业和信息化厅2024年6月18日更多信息请关注"
    assert deadlines(two, 2024) == [(None, None, None, "period")]  # 按季度报送 only (quarterly), not the signed date
    # bodies, then a day the work is done by: the subject of a task, still dated
    assert deadlines("要按时完成。各县区政府2024年6月30日完成验收。", 2024) != []


def test_a_survey_to_be_made_does_not_turn_the_quotas_after_it_into_a_report():
    # ut_06: …高成长性创新型企业全面调研摸排，根据主营业务…等情况，每个县（市、区）原则上选拔3-5家上市潜质企业，…
    text = "重点面向中小企业全面调研摸排，根据主营业务等情况，每个县（市、区）原则上选拔3-5家上市潜质企业，省级遴选100家企业。"
    assert targets(text, 2021) == [(3.0, "家", "eq"), (100.0, "家", "eq")]
    # what a survey found stays a report
    assert targets("经摸排，全省共有上市潜质企业300家。", 2021) == []
    assert targets("摸排发现，全市有危房120户。", 2021) == []


def test_a_goal_list_goes_on_over_several_comma_parted_counts():
    # ut_11: 全省培养认定教育家型教师控制在10名以内，燕赵名师控制在100名左右，特级教师1200名左右，骨干教师5000名左右。
    text = "教育家型教师控制在10名以内，燕赵名师控制在100名左右，特级教师1200名左右，骨干教师5000名左右。"
    assert targets(text, 2018) == [(10.0, "名", "lte"), (100.0, "名", "approx"), (1200.0, "名", "approx"),
                                   (5000.0, "名", "approx")]
    # counts told as what there is set nothing, however many follow
    assert targets("全省现有燕赵名师100名，特级教师1200名，骨干教师5000名。", 2018) == []


def test_a_span_of_years_heading_a_clause_dates_its_steps():
    # ut_07: （五）2016年至2017年，巩固提高工作成果，持续加大工作力度 (a step over the span: its first year and its last)
    assert deadlines("（五）2016年至2017年，巩固提高工作成果，持续加大工作力度。", 2015, 2015) == [
        (2016, None, None, "period"), (2017, None, None, "by")]
    # ut_06: 2021年-2025年，争取实现服务上市潜质企业500家以上 (a goal's horizon: by its last year only)
    assert deadlines("发展壮大一支企业家队伍。2021年-2025年，争取实现服务上市潜质企业500家以上。", 2021, 2021) == [
        (2025, None, None, "by")]
    # a span inside a clause, a span of record before the issue year, a span told of (no step after it): no date
    assert deadlines("一九八七年至一九九〇年承包的数量。", 2021, 2021) == []
    assert deadlines("2016年至2018年，开展试点工作。", 2021, 2021) == []
    assert deadlines("2021年至2023年，全市接待游客5000万人次。", 2021, 2021) == []


def test_a_report_made_each_quarter_recurs():
    # ut_05: 相关进展和成效要单独统计，并按季度报送有关情况
    found = find_deadlines("相关进展和成效要单独统计，并按季度报送有关情况。", 0, 24, 2024, 2024)
    assert [(d.kind, d.recurrence) for d in found] == [("period", "quarterly")]
    # sx_10: 按季度报自治州人民政府督查室 (the body reported to after 报); 按季度报销 is no report
    assert [d.recurrence for d in find_deadlines("进展情况，按季度报自治州人民政府督查室。", 0, 21, 2025, 2025)] == ["quarterly"]
    assert find_deadlines("护理费用按季度报销。", 0, 10, 2025, 2025) == []


def test_a_year_heading_a_clause_before_a_collection_is_its_period():
    # ut_03: 重点开发一批青年见习岗位，2023年募集岗位不少于5.5万个
    assert deadlines("重点开发一批青年见习岗位，2023年募集岗位不少于5.5万个。", 2023, 2023) == [(2023, None, None, "period")]


def test_a_year_a_step_starts_from_is_its_period():
    # up_06: 4.进度要求：2020年起，启动实施标准化建设工程，确保2022年底前全部完成建设任务
    assert deadlines("4.进度要求：2020年起，启动实施标准化建设工程，确保2022年底前全部完成建设任务。", 2019, 2019) == [
        (2020, None, None, "period"), (2022, 12, 31, "by")]
    # 自2020年起施行 (a rule's start, inside a clause) stays no date
    assert deadlines("本办法自2020年起施行。", 2019, 2019) == []


def test_a_grading_quota_of_a_headcount_is_no_target():
    # ut_10: 其中，优秀等次人员的比例，一般掌握在单位参加年度考核的人员总数的15%以内
    assert targets("其中，优秀等次人员的比例，一般掌握在单位参加年度考核的人员总数的15%以内。", 2016) == []
    # a share of a population to reach stays a goal
    assert targets("到2025年，贫困人口占总人数的比例下降到5%以内。", 2016) == [(5.0, "%", "lte")]


def test_staged_dates_gated_by_their_literals_match_the_three_readers_ungated():
    # speed9: find_deadlines calls each staged reader only when its literal is in the node (阶段/时段, 年，/年,, 按季);
    # what it finds is what the three readers called on every node find (ut_07 spans, ut_05 rhythms, ty_07 stages)
    from policyparse.extract import deadlines as dl

    for own in ("（五）2016年至2017年，巩固提高工作成果。", "2021年-2025年，争取实现500家以上。",
                "并按季度报送有关情况。", "按季度向市政府督查室报送进展。", "动员部署阶段（5月）", "摸底和集中整治阶段(5月-8月)",
                "集中整治时段（6月至9月底），2019至2020年,持续开展检查，按季报送。", "2020年，完成建设。",
                "2015年7月至9月底，清理收费。", "定于2023年7月-12月，开展行动。", "7月份至9月份开展。", "7月 至 9月底完成。",
                "5月中旬到8月下旬开展。", "3月初到5月完成。", "无日期的一段话。", ""):
        for issued in (None, 2015, 2020):
            stages = dl._stage_months(own, 3, 2019)
            ungated = (stages + dl._month_spans(own, 3, 2019, issued, stages) + dl._year_span_heads(own, 3, issued)
                       + dl._report_rhythms(own, 3))
            assert dl._staged(own, 3, 2019, issued) == ungated, own


def test_the_grade_quota_gate_lets_through_every_figure_the_pattern_reads():
    # speed9: _is_grade_quota asks its pattern only where 的 stands in the two characters before the figure
    from policyparse.extract import targets as tg

    for own in ("人员总数的15%以内", "总人数的\\n15%", "人数的 15%", "人数15%", "人数的\\n\\n15%", "的15%", "x"):
        own = own.replace("\\n", "\n")
        for start in range(len(own) + 1):
            gate = own.find("的", max(0, start - 2), start) >= 0
            if tg._HEADCOUNT_SHARE_BEFORE.search(own, max(0, start - 5), start):
                assert gate, (own, start)


# ---------------------------------------------------------------- ut's leftovers and flat standards (goals5, session 24)


def test_a_flat_standard_named_before_its_sum_is_a_target():
    # ra_05: （一）全市城乡最低生活保障标准为每人每月1309元。 (a flat standard is a target: tests/real/README.md)
    text = "全市城乡最低生活保障标准为每人每月1309元。"
    found = find_targets(text, 0, len(text))
    assert [(t.value, t.unit, t.comparator, t.recurrence) for t in found] == [(1309.0, "元", "eq", "monthly")]
    # ra_07: 1-2级补贴标准为每人每次2元，3-5级补贴标准为每人每次4元
    assert targets("老年人照护需求等级1-2级补贴标准为每人每次2元，3-5级补贴标准为每人每次4元。") == [
        (2.0, "元", "eq"), (4.0, "元", "eq")]
    # a fee charged stays a price (收费标准为300元／人), a grant named after its sum no standard
    assert targets("高级职称评审收费标准为300元。") == []
    assert targets("对新认定的企业给予10万元奖励。") == []


def test_a_budget_share_set_aside_for_a_use_is_a_target():
    # ut_11: 中小学幼儿园和中等职业学校按照年度公用经费预算总额的5%安排教师培训经费
    assert targets("中小学幼儿园按照年度公用经费预算总额的5%安排教师培训经费。") == [(5.0, "%", "eq")]
    # a share a levy or a refund is taken at stays a rate rule
    assert targets("按供电量的6%计收加价电费。") == []


def test_a_count_straight_after_a_place_names_what_it_holds():
    # ut_02: 推动省内8个重点汽车产业集群的供应链数据流和业务流有机融合
    assert targets("推动省内8个重点汽车产业集群的供应链数据流和业务流有机融合。") == []
    assert targets("在省内建设8个重点汽车产业集群。") == [(8.0, "个", "eq")]


def test_a_round_count_opening_a_program_name_is_no_target():
    # ut_11: 配合国家开展万名专兼职教师培训者培训能力提升专项培训
    assert targets("配合国家开展万名专兼职教师培训者培训能力提升专项培训。") == []
    # the teachers a verb trains are counted
    assert targets("培训万名骨干教师。") == [(10000.0, "名", "eq")]


def test_chosen_and_set_up_counts_are_targets():
    # ut_06: 省级优选100家重点企业给予辅导服务 (优选, a verb of choosing, as 遴选)
    assert targets("省级优选100家重点企业给予辅导服务。") == [(100.0, "家", "eq")]
    # ut_03: 开发设置基层公共就业服务、公共管理和社会服务等5500个临时性公益性岗位 (开发设置 makes what it counts;
    # 设置 alone approves a list: ts_06 同意首批设置A、B…等6个职业本科专业 restates the names)
    assert targets("开发设置基层公共就业服务、公共管理和社会服务等5500个临时性公益性岗位兜底安置。") == [
        (5500.0, "个", "eq")]
    assert targets("同意首批设置机器人技术、电子商务、现代物流管理等3个职业本科专业。") == []


def test_a_year_a_step_stops_in_is_its_period():
    # ut_11: 2020年停止中等学历层次学前教育专业招生 (the year the step is taken: period)
    assert deadlines("优化布局。2020年停止中等学历层次学前教育专业招生，逐步引导高职院校转设。", 2018, 2018) == [
        (2020, None, None, "period")]


def test_quotas_each_period_are_targets():
    # up_05: 每年选择100家品牌价值高…的企业开展品牌提升 (a yearly quota; 选择1所 alone stays one choice)
    assert targets("每年选择100家品牌价值高的企业开展品牌提升。") == [(100.0, "家", "eq")]
    assert targets("从申报项目中选择1所。") == []
    # up_10: 在…产业集群中筛选100个省级重点支持 (筛选, a verb of choosing, as 遴选)
    assert targets("在产业集群中筛选100个省级重点支持。") == [(100.0, "个", "eq")]
