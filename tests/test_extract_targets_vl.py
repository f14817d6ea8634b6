"""Targets: batch vl's rule (issue 10, targets precision), on synthetic snippets shaped as the real sentences."""

from __future__ import annotations

import pytest

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the base a grant is reckoned on runs past 16 characters (vl_02)
        "省财政按照企业上一年度享受优惠的实际研发投入新增部分的10%予以补助，单个企业年度最高补助1000万元。",
        "市财政按照企业当年新购置研发仪器设备实际支出金额的20%予以补助。",
        "县财政按照企业上一年度实际研发投入新增部分的10%补助。",
    ],
)
def test_share_a_grant_is_paid_at_is_no_target(text):
    assert targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a budget's share set aside for a use stays a target (ut_11's form)
        ("按照年度公用经费预算总额的5%安排教师培训经费。", [(5.0, "%", "eq")]),
        # a share with no grant word after it is a level to reach
        ("到2025年，规模以上工业企业研发投入占营业收入的比重达到2%。", [(2.0, "%", "eq")]),
    ],
)
def test_shares_that_stay_targets(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the most a rule allows per item, class or time (vl_05, vl_07)
        "一等奖，每个项目授奖人数不得超过10人；二等奖，每个项目授奖人数不超过8人。",
        "个人突出贡献奖不分等级，终身只授予一次，每年每类不超过3人。",
        "技术发明奖每项授奖人数不超过6人。",
        # a sum, a count or a stake a rule caps at a share of a base it names (vl_06)
        "大型企业的股权激励总额不超过企业总股本的5%。",
        "原则上每次激励人数不超过企业在岗职工总数的30％。",
        "单个激励对象获得的激励股权不得超过企业总股本的3%。",
        # the share a payout is drawn at, with no 可 before it (vl_06, vl_11)
        "将该项职务科技成果转让给他人实施的，从转让净收入中提取不低于50%的比例；",
        "应当在实施转化成功投产后连续三至五年，每年从实施该专利的营业利润中提取不低于百分之五的比例；",
        "每年从实施该项科技成果的营业利润中提取不低于5%的比例。",
        # the criteria of an award's grade (vl_05)
        "推广转化项目在引进消化吸收中有很大创新，推广面积占全省山区适宜推广区域的80%以上，并取得显著效益的。可以评为一等奖。",
    ],
)
def test_caps_drawn_shares_and_grade_criteria_are_no_targets(text):
    assert targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate per head of population stays a measure to reach
        ("到2025年，每千人口医疗机构床位数不超过6张。", [(6.0, "张", "lte")]),
        # a goal's share bounded at the number, and one set against a level with no sum, count or stake capped
        ("到2025年，煤炭消费比重不超过55%。", [(55.0, "%", "lte")]),
        ("单位地区生产总值能耗不超过全国平均水平的80%。", [(80.0, "%", "lte")]),
        # a share reached, with no grade awarded after its sentence
        ("到2025年，全省山区适宜推广区域的推广面积占比达到80%以上。", [(80.0, "%", "gte")]),
    ],
)
def test_goals_beside_the_rules_stay_targets(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bound on a record of the past years a rule looks back on: a condition to meet (vl_06)
        "对于本办法第二条中的（一）、（二）类企业，近３年研发费用占当年企业营业收入均在3％以上，激励方案制定的上一年度企业研发人员占职工总数10％以上。",
        "对于本办法第二条中的（三）类企业，近3年科技服务性收入不低于当年企业营业收入的60%。",
        "企业实施岗位分红，近3年税后利润累计形成的净资产增值额应当占企业近3年年初净资产总额的10%以上。",
    ],
)
def test_bounds_on_past_records_are_conditions(text):
    assert targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change set against last year, or over the past years, stays a goal
        ("规模以上工业增加值比上年度增长8%以上。", [(8.0, "%", "gte")]),
        ("近三年主营业务收入年均增长15%以上。", [(15.0, "%", "gte")]),
    ],
)
def test_changes_against_past_years_stay_targets(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound closed by 的 inside a noun phrase an earlier quantity counts: the counted quantity is the goal (vo_01)
        ("15.完成3万平方米节能率不低于15%的既有公共建筑节能改造。", [(3.0, "万平方米", "eq")]),
        # a figure inside the name of a measure listed between 、 (vo_02)
        ("在区级指标中增加森林覆盖率、自然湿地保有率、占全球种群数量1%以上的水鸟物种数、可再生能源装机量。", []),
        # the bounds a definition opened by 是指 sets for its class, clauses after it (vl_10)
        ("中小高新技术企业，是指注册在我省境内，经认定取得高新技术企业资格，且年销售额和资产总额均不超过2亿元、"
         "从业人数不超过500人的企业。", []),
        # what one person may nominate (vl_07)
        ("提名专家应在本人所熟悉专业领域内进行提名，每人每年可提名1项。", []),
        # a bracket that tallies the tasks a part lists (vn_09)
        ("1.在“聚焦深化对外开放,着力打造国家向北开放重要桥头堡”方面(分解任务15项)。", []),
    ],
)
def test_figures_defining_a_class_or_tallying_a_list_are_no_goals(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 的 conventions of the gold format hold: a share reached as a goal, a share of a fund set aside
        ("到2025年，可再生能源消费比重达到30%的目标。", [(30.0, "%", "eq")]),
        ("财政年度收入中列支不低于1%的资金，用于农村公路养护。", [(1.0, "%", "gte")]),
        # a share of the proceeds a body is bound to set aside for rewards (vl_10), though its sentence speaks of 奖励
        ("职务科技成果转化后，高校、院所应将不低于70%的收益用于对做出重要贡献的科技人员的奖励和报酬。", [(70.0, "%", "gte")]),
        # a task count kept out of brackets is the task's goal
        ("到2025年，完成重点改革任务20项。", [(20.0, "项", "eq")]),
    ],
)
def test_goals_beside_definitions_stay_targets(text, expected):
    assert targets(text) == expected


def test_a_share_a_rule_only_permits_setting_aside_is_no_target():
    assert targets("单位可将不低于70%的收益用于对做出重要贡献的科技人员的奖励。") == []


def test_figures_opening_listed_entries_stay_goals():
    # each entry of the list opens with its own goal share (vg_05), no figure inside a measure's name
    text = "实现90%的研发投入出自企业、80%的研发机构建在企业、80%的发明专利源自企业。"
    assert targets(text) == [(90.0, "%", "eq"), (80.0, "%", "eq"), (80.0, "%", "eq")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare cap after a comma going on from a per-item cap (vl_07)
        ("科学技术进步奖每个项目的授奖人数不超过10人，单位不超过5个。", []),
        # a count right after 为 names the places an action is for; the figure the action sets stays (vl_03)
        ("2018年，我省计划为53个国贫县、省贫县、连片区县招聘特岗教师7000名。", [(7000.0, "名", "eq")]),
        # 为 as a copula ends its clause with the count, a goal
        ("到2025年，示范县数量为53个，覆盖率达到90%。", [(53.0, "个", "eq"), (90.0, "%", "eq")]),
        # a bound clause going on from a goal with no 每 stays a goal
        ("到2025年，培育龙头企业不少于10家，产值不低于50亿元。", [(10.0, "家", "gte"), (50.0, "亿元", "gte")]),
    ],
)
def test_caps_going_on_and_counts_of_beneficiaries(text, expected):
    assert targets(text) == expected


def test_a_span_of_calendar_years_is_a_time_limit():
    # the years a tax may be paid over (vl_10): a time limit, no goal
    assert targets("个人股东一次缴纳个人所得税确有困难的，可在不超过5个公历年度内（含）分期缴纳。") == []


def test_values_listed_after_wei_stay_standards():
    # sums after 为 are the values a standard is set at (ra_05), no count of whom an action is for
    text = "其农村特困人员基本生活标准每人每月分别为2413元、2512元、2121元。"
    assert [v for v, _, _ in targets(text)] == [2413.0, 2512.0, 2121.0]


def test_a_set_kept_in_force_is_no_goal():
    # 沿用 keeps indicators already set by others (vo_02): facts about the present, no level to reach
    text = "区级体检指标传导沿用住房城乡建设部65个基础性指标和市级新增34个指标。"
    assert targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal year after a definition opens the goals the sentence sets (uf_12's form)
        ("领跑者企业是指具有引领、示范作用的优质中小企业，到2023年，培育上市企业8至10家。", [(8.0, "家", "eq")]),
        # a heading's count after 为 with no figure later on its line counts those served (sn_04's form)
        ("二、为5000名义务教育阶段家庭经济困难学生提供生活费补助\n计划安排资金360万元。", [(5000.0, "名", "eq"), (360.0, "万元", "eq")]),
    ],
)
def test_goals_after_a_definition_or_for_those_served_stay(text, expected):
    assert targets(text) == expected
