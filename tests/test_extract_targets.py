"""Targets: each named rejection check, and the readings added with them (synthetic snippets)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import policyparse
from policyparse.extract._text import quoted_ranges, walk
from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import _NO_QUANTITY, _TARGET, _read_mention, find_targets


def targets(text: str, year: int | None = None, issue_year: int | None = None):
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), year, issue_year)]


@pytest.mark.parametrize(
    "text",
    [
        "拒不改正的，处1万元以上10万元以下的罚款。",  # penalty band
        "当事人被处罚3次以上的，从重处罚。",  # penalty / condition
        "特大城市指城区常住人口500万以上1000万以下的城市。",  # band of a class
        "年排放二氧化碳1万吨以上项目的企业纳入管理。",  # eligibility threshold
        "租赁场地面积在300平方米以内的，按规定办理。",  # conditional clause …的，
        "对园区内新认定的中心分别给予100万元、50万元奖励。",  # award
        "给予最高200万元生活补贴。",  # cap of a grant
        "给予三年100%房租补贴。",  # rate of a grant
        "覆盖率=签约人数/常住人口数*100%。",  # formula
        "保障“7×24小时”服务，实行24小时值班制度。",  # round the clock
        "具备下列四项条件的人员可免试。",  # reference to a list
        "推进大数据平台二期工程建设。",  # phase name
        "统筹利用国际国内两个市场、两种资源。",  # small count in words
        "近期免冠照片1张（贴于报名表指定位置）。",  # submitted material
        "对自然指数前100名高校的毕业生予以支持。",  # ranking
        "截止2020年底，已累计改造易涝区域1020处，新增排涝能力28万立方米。",  # the past
        "打造了24个示范县。",  # the past
        "针对首年关税为零的2034种出口商品开拓市场。",  # scope of an action
        "1吨配额等于1吨二氧化碳的排放量。",  # definition
        "每人每餐计1次。",  # counting rule
        "上述奖项分别设金奖一名、银奖二名和铜奖三名。",  # prize places
        "天然乔木林面积从现状 436 万亩提高到",  # starting point (and 现状)
        "完成目标得基本分；每增、减1个百分点，加、减1.5分。",  # a row of a scoring rubric
        "社会消费品零售总额比上年实绩增长13%。\n50\n当年新开工商务楼宇15万平方米以上得5分。",  # the item it scores
        "按照每个正式员工不超过10平方米的标准，给予三年房租补贴。",  # how a grant is sized
        "对室内场所200平方米以上的体育俱乐部，给予奖励。",  # who may have a grant
        "结合 200 万亩耕地保护空间评估调整工作，开展农田生态修复。",  # the frame of an action
        "部分城区应急排涝能力不足100立方米/小时。",  # a shortfall of the present
        "国家开发银行等9家全国性承贷银行重点向名单内的企业发放贷款。",  # the count of a list just named
        "依据国家卫生健康委等4部门制定的办法备案。",  # the count of a list just named
        "从事个人创业的，贷款额度最高不超过15万元。",  # a loan cap
        "同一家庭在1个自然年度内临时救助金额累计最高不得超过5万元。",  # a cap on relief paid (si_01)
        "入户调查人员应当不少于2人，并在调查时出示有效证件。",  # the officers a procedure's step takes (si_01)
        "省财政对符合条件的园区一次性给予1亿元的资金扶持。",  # a one-off grant
        "积极支持其办理每次停留180天的人才签证。",  # the term of a permit
        "评估结果由组织实施服务评估的单位公示10天。",  # the days a result is posted for (si_14)
        "年初，对遴选出的64个重大产业项目汇总形成名单。",  # a set already chosen
        "由督查室对64个重大产业项目建设进展情况进行通报。",  # the set an action works on
        "新发生的单户金额在100万元及以下的再担保业务免收再担保费。",  # who a rule applies to
        "消除66人以上超大班额、56人以上大班额。",  # a bound naming a class
        "今年民生实事项目正式确定，包含8个方面、33件实事项目。",  # how many works a 实事 list holds
        "全市实施47项民生实事。",  # how many works a 实事 list holds
    ],
)
def test_numbers_rejected_by_a_named_check(text):
    assert targets(text) == []


def test_table_cells_are_not_targets():
    text = "序号\n项目\n单位\n规划\n完成\n1\n综合整治城市河道\n条\n350\n396\n113%\n2\n新开城市河道\n条\n40\n"
    assert targets(text) == []


def _table_cell_ungated(x) -> bool:
    """_is_table_cell as written before its short lines were counted first (the reference for the gate)."""
    from policyparse.extract import targets as t

    if x.task_row:
        return False
    pos = x.base + x.start
    line_start = x.text.rfind("\n", 0, pos) + 1
    if t.LIST_BULLET.match(x.text, line_start):
        return False
    line_end = x.text.find("\n", pos)
    line = x.text[line_start:line_end if line_end >= 0 else len(x.text)].strip()
    if t.COUNT_ENTRY.match(line) and len(t.HAN.findall(line)) >= t._WORK_ENTRY_HAN:
        return False
    lines = t._neighbour_lines(x.text, pos)
    bare = sum(1 for line in lines if t._BARE_CELL.match(line) and not t._DATELINE_STAMP.match(line))
    cells = sum(1 for line in lines if len(line) <= t._CELL_WIDTH and not t._SENTENCE_PUNCT.search(line))
    return bare >= 1 and cells >= 4


@pytest.mark.parametrize("text", [
    "序号\n项目\n单位\n规划\n完成\n1\n综合整治城市河道\n条\n350\n396\n113%\n2\n新开城市河道\n条\n40\n",  # a cell a line
    "序号\n指标\n1\n新增公共停车位800个\n2\n完成300户居家环境适老化改造\n3\n新建绿道20公里",  # to_01: entries
    "重点项目\n▶新增公共停车位800个。\n01\n02\n03\n04",  # a list sign opens the line
    "到2025年，全市地区生产总值增长6%以上，新增就业12万人。\n全面推进乡村振兴，建成示范村50个。",  # prose
    "01/31\n23:45\n要闻\n全市新增企业500家\n责编\n来源",  # a dateline stamp
])
def test_table_cells_counted_first_read_as_before(text):
    """_is_table_cell counts the short lines around a number first (a number in prose has none): the same answer as
    the check that read the number's own line first."""
    from policyparse.extract import targets as t

    xs = [x for x in (t._read_mention(text, 0, text, m, []) for m in t._TARGET.finditer(text)) if x]
    assert xs
    assert [t._is_table_cell(x) for x in xs] == [_table_cell_ungated(x) for x in xs]


def test_a_flat_grant_standard_is_kept():
    assert targets("按照每人每月200元的标准发放居家养老服务补贴。") == [(200, "元", "eq")]


def test_shares_and_counts_before_de_stay_goals():
    assert targets("下半年覆盖全区90%以上的农村小学。") == [(90, "%", "gte")]
    assert targets("确保比例超过10%的目标。") == [(10, "%", "gt")]


def test_a_bound_before_a_list_holds_for_every_item():
    assert targets("各县要改造提升至少1家县城商贸综合体、1家物流集散配送中心和1家大型共享仓储设施。") == [
        (1, "家", "gte"), (1, "家", "gte"), (1, "家", "gte")]
    text = "每年每公里分别不低于10000元、5000元、3000元。"
    found = find_targets(text, 0, len(text))
    assert [(t.value, t.comparator, t.recurrence) for t in found] == [
        (10000, "gte", "yearly"), (5000, "gte", "yearly"), (3000, "gte", "yearly")]


def test_negated_bounds_and_time_limits():
    assert targets("到2023年底，出租车电动化率不得低于50%。") == [(50, "%", "gte")]
    assert targets("符合条件的货物48小时内放行。") == [(48, "小时", "lte")]


def test_units_read_from_context():
    assert targets("全市电子商务交易额突破1.8万亿元。") == [(1.8, "万亿元", "gt")]
    assert targets("再解决3200万农村人口的安全饮水问题，增加500万沼气用户。") == [(3200, "万人", "eq"), (500, "万户", "eq")]
    assert targets("承诺入驻后年纳税不低于600元/平方米。") == [(600, "元/平方米", "gte")]
    assert targets("食品处理区的面积不小于30㎡。") == [(30, "㎡", "gte")]


def test_years_written_with_spaces_and_paragraph_goal_years():
    text = "到 2035 年全市生态控制区比例提高到 75%。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.year) == (75, 2035)
    text = "到 2025年，土壤环境风险得到合理管控。再开发利用的污染地块安全利用率达到 92%以上。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.comparator, t.year) == (92, "gte", 2025)


def test_a_quantity_dated_before_the_document_is_a_baseline():
    assert targets("2020年全市粮食产量达到500万吨。", issue_year=2021) == []
    assert targets("到2025年全市粮食产量达到500万吨。", issue_year=2021) == [(500, "万吨", "eq")]


def test_a_year_before_the_period_the_goal_headings_cover_is_a_record_in_a_document_with_no_date():
    doc = policyparse.parse(
        "一、战略意义\n产业初步形成了完整体系。2011年行业实现工业总产值6152亿元，进口各类产品362亿美元。\n"
        "二、目标\n（一）总体目标（2013-2025年）\n到2025年，行业销售收入达到1万亿元。\n"
    )
    found = [(t.value, t.year) for node in doc.iter_sections() for t in node.targets]
    assert found == [(1, 2025)]


def test_a_condition_closed_by_a_clause_joined_with_bing_is_no_target():
    text = "企业建设热电联产项目，替代关停机组的容量达到自身容量50%，并按所替代机组计算可减少燃煤总量的，可直接纳入规划。"
    assert targets(text) == []
    assert targets("到2025年，热电联产机组容量达到50%，并逐步扩大。") == [(50, "%", "eq")]


def test_a_count_that_ba_hands_to_an_action_is_the_set_worked_on():
    text = "《规划》把国家、省规划中明确支持济南建设的66个重大载体平台和项目进行了细化安排。"
    assert targets(text) == []
    assert targets("到2025年，把重大项目增加到66个。") != []


def test_yearly_wording():
    text = "年平均培训高素质农民不少于3万人。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.unit, t.recurrence) == (3, "万人", "yearly")
    text = "政务部门应当每年对本部门政务数据目录至少全面核查一次。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.unit, t.comparator, t.recurrence) == (1, "次", "gte", "yearly")


def test_mixed_quotes_close_where_they_should():
    text = "完善“统一窗口出件\"模式，各级大厅综合一窗率达90%以上。实现“全科无差别受理\"。"
    assert targets(text) == [(90, "%", "gte")]


def years(text: str, **kw):
    return [(t.value, t.year, t.recurrence) for t in find_targets(text, 0, len(text), **kw)]


def test_a_heading_goal_year_dates_the_goals_listed_beneath_it():
    doc = policyparse.parse(
        "一、总体要求\n（一）发展目标\n到2023年，工业互联网建设量质并进。\n"
        "1.平台建设长足进步。培育3家综合型工业互联网平台。\n2.融合应用加速普及。新建800个智能工厂。\n"
    )
    found = [(t.value, t.year) for node in doc.iter_sections() for t in node.targets]
    assert found == [(3, 2023), (800, 2023)]
    assert years("建成绿色园区30个。", heading_year=2025) == [(30, 2025, None)]
    assert years("年均增长6.5%以上。", heading_year=2025) == [(6.5, 2025, "yearly")]  # an average up to 2025
    assert years("每年培训1000人。", heading_year=2025) == [(1000, None, "yearly")]  # every year: no year


def test_a_heading_naming_two_goal_years_dates_none_of_its_children():
    doc = policyparse.parse(
        "一、总体要求\n（一）发展目标\n到2025年，体系基本建立。到2035年，体系全面建成。\n"
        "1.平台建设长足进步。培育3家综合型工业互联网平台。\n"
    )
    assert [t.year for node in doc.iter_sections() for t in node.targets] == [None]


def test_a_plan_end_after_a_comparison_word_is_a_baseline():
    assert years("能耗较“十三五”末下降16%。", heading_year=2025) == [(16, 2025, None)]


def test_a_yearly_word_does_not_reach_a_later_item_with_a_verb_of_its_own():
    assert years("产值年均增长6.5%以上、占全市比重提高到86%以上。") == [(6.5, None, "yearly"), (86, None, None)]


def test_a_change_from_the_present_keeps_its_goal():
    assert targets("全市天然乔木林面积从现状 436 万亩提高到 500 万亩以上。") == [(500, "万亩", "gte")]
    assert targets("全市现有示范基地62个。") == []


def test_quarterly_wording():
    assert years("家庭医生应每季度至少主动联系1次签约居民。") == [(1, None, "quarterly")]


def test_a_count_the_clause_sets_out_to_make_stays_after_a_list():
    assert targets("加快建设浪潮等9个标识解析二级节点。") == [(9, "个", "eq")]


def test_a_year_compared_with_is_no_past_fact():
    assert targets("确保贷款综合融资成本较上年度再降0.5个百分点。") == [(0.5, "个百分点", "eq")]


def test_a_notice_number_or_an_edition_dates_no_goal():
    text = "按照《设计规范（2019年版）》（住房城乡建设部公告2019年第237号）等要求，按照每千人口不少于10个托位建设。"
    assert [(t.value, t.year) for t in find_targets(text, 0, len(text), issue_year=2020)] == [(10, None)]


def test_classes_a_rule_is_about_and_requirements_to_meet_are_no_targets():
    assert targets("企业建设单机30万千瓦、替代关停机组的容量达到自身容量80%的项目，可直接纳入规划。") == []
    assert targets("逐步关停以下机组：供电煤耗高出本省平均水平10%或全国平均水平15%的各类燃煤机组；未达标的机组。") == []
    assert targets("新上项目应满足单晶硅光伏电池转换效率不低于20%、多晶硅生产综合电耗不高于100千瓦时/千克。") == []
    assert targets("停车位应当100%建设充电基础设施或预留建设安装条件的规定，在规划条件中予以落实。") == [(100, "%", "eq")]
    assert targets("户均配变容量不低于2千伏安。") == [(2, "千伏安", "gte")]


def test_rates_of_a_levy_or_an_allocation_are_no_targets():
    assert targets("统配矿基数内煤炭执行国拨价，增产煤加价50%，超产煤加价100%。") == []
    assert targets("通过协商提取华能集团公司投资所得容量的30%，分配给重点企业。") == []
    assert targets("对用电企业一律按供电量的6%计收加价电费。") == []
    assert targets("新发生融资担保业务收取的担保费率不超过1%。") == [(1, "%", "lte")]


def test_a_year_in_words_dates_a_quantity_too():
    text = "一九八五年由国家财政给予补贴的经济煤八百万吨，一九八六年继续补贴。"
    assert [(t.value, t.year) for t in find_targets(text, 0, len(text), issue_year=1986)] == []


def test_a_threshold_naming_a_class_is_no_target():
    assert targets("培育5个以上收入过200亿元的软件产业集群。") == [(5, "个", "gte")]
    assert targets("到2025年，年营业收入超过10亿元的企业达到20家。") == [(20, "家", "eq")]



# ---------------------------------------------------------------- batch rj: reports, grants and rules of procedure


@pytest.mark.parametrize(
    "text",
    [
        "目前，全国有统配煤矿九十个，其余五十八个实行双重领导。",  # the present state
        "目前，维简费是按吨煤六元的标准解决的。其中，由煤炭成本中开支二元，用户负担二元。",  # 其中 goes on with it
        "去年，全国地方国营煤矿亏损总额达四亿八千万元。",  # the year just past
        "经调查，违规建设电站规模高达860万千瓦。",  # findings
        "“十三五”以来，全省新建排水管网3200公里。",  # a span looked back over
        "仅据十二个省的统计，挪用贷款达一亿一千多万元。",  # a statistic cited
        "如徐沪输变电项目拖欠九千八百万元人民币；山西常村煤炭项目拖欠五千一百万元人民币。",  # examples
        "预计到一九九五年原油加工量约达一亿三千五百万吨。",  # a forecast
        "矿业权价款收入，统一按中央财政20%、地方财政80%的比例分成。",  # shares of a split
        "年单笔贷款额不低于50万元（含50万元）的流动资金贷款可申请补贴。",  # an inclusive threshold
        "一、统配煤矿（29个）",  # the count of the list below
        "国家计委国家经委一九八七天三月十四日",  # a year with its 年 mistyped
        "在2024年10月1日00:00至2025年9月30日24:00期间签订合同。",  # a clock time's minutes before 期间
        "停止核准新建低于30万吨/年的煤矿，逐步淘汰9万吨/年及以下煤矿。",  # capacity classes
        "分别给予最高500万元（国家级）、100万元（省级）的支持。",  # a list of grants with notes
        "对培训合格的人才，按每名1000元给予培养单位补贴。",  # a grant rate per head
        "被评为五星级的给予10万元，四星级的给予5万元。",  # grants by class
        "新迁入企业成功上市的，另补助100万元。",  # a one-off grant
        "按实际融资额的2‰给予补助。",  # a rate per mille
        "智能制造标准体系结构如图1所示。",  # a figure
        "联系电话4\n天津搜科网拓科技有限公司",  # a number and a word on two lines
        "以8个国家算力枢纽、10个国家数据中心集群为抓手，实施“东数西算”工程。",  # the base an action works from
        "将三级指标归纳为26个控制项、43个一般项和18个优选项。",  # kinds sorted into
        "由公安部、发展改革委、国土资源部共6个部门组成。",  # the count of a list
        "将行动范围扩大至石家庄、太原、温州14个城市。",  # the count of a list of names
        "在示范期间，建立威海市、章丘市、东明县和鄄城县4个示范区。",  # a count restating the names before it (tm_11)
        "按《矿产资源法》第十三条、十四条的规定办理。",  # an article cited
        "专栏1 节能产业关键技术",  # a box's number
        "国家能源局组织产煤省区，从全国遴选了80项典型案例。",  # what was done
        "目前操作人员已从5人减少至2人。",  # a change already made
        "申请人最多填报19个志愿，同一人员只能享受1次补贴。",  # what a person may ask for
        "招用4人以上的每增加1人给予3000元补贴。",  # the step of a payment
        "创业意识培训每人最高可补贴300元。",  # a grant cap
    ],
)
def test_rj_numbers_rejected_by_a_named_check(text):
    assert targets(text) == []


def test_a_per_thousand_endowment_with_yongyou_is_a_level_not_kinds_sorted_into():
    # tl_03: 到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个 — 拥有 is no 有 of sorting (主要有…两种)
    assert targets("到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个，孤儿实现应保尽保。") == [(4.5, "个", "eq")]
    assert targets("将三级指标归纳为26个控制项。") == []
    assert targets("医院拥有省级临床重点专科14个。") == []  # what a body has, no level per head


def test_a_count_after_a_list_of_fewer_names_than_it_counts_is_still_a_goal():
    # tm_11's rule reads the count as the list's only when the names listed are as many: here 10 is more than named
    assert targets("建立威海市、章丘市、东明县和鄄城县10个示范区。") == [(10, "个", "eq")]


def test_a_bound_on_how_many_to_choose_is_a_count_to_reach():
    assert targets("在离散和流程制造领域各选择10个以上智能工厂试点示范项目。") == [(10, "个", "gte")]
    assert targets("具备下列四项条件的人员可免试。") == []


def test_tupo_before_a_noun_is_the_verb_to_make_breakthroughs():
    assert targets("突破50项建材领域智能制造关键共性技术。") == [(50, "项", "eq")]
    assert targets("节能服务业总产值突破3000亿元。") == [(3000, "亿元", "gt")]


def test_a_change_from_a_share_keeps_the_share_it_rises_to():
    assert targets("煤炭部直属煤矿的产量占全国煤炭产量的比重将由19%上升到45%。") == [(45, "%", "eq")]


def test_a_yearly_word_heading_a_sentence_governs_its_later_counts():
    text = "每年新培育10家左右省研发中心、10家左右省技术创新示范企业，实施300项左右企业技术创新项目。"
    assert [t.recurrence for t in find_targets(text, 0, len(text))] == ["yearly"] * 3
    text = "每年支持引育数字领域紧缺型、引领型高端人才不少于30名。"
    assert [t.recurrence for t in find_targets(text, 0, len(text))] == ["yearly"]
    text = "每年培训1000人次，到2025年累计培训5000人次。"
    assert [t.recurrence for t in find_targets(text, 0, len(text))] == ["yearly", None]


def test_a_training_count_with_a_subsidised_kind_stays_a_goal():
    assert targets("全年开展补贴性职业技能培训4000人次以上。") == [(4000, "人次", "gte")]
    assert targets("已建成住宅小区无养老服务设施的，2025年底前配建达标率达到80%以上。") == [(80, "%", "gte")]


# ---------------------------------------------------------------- deadlines added with batch rj


def deadlines(text: str, year: int | None = 1991, issued: int | None = None, goals: bool = False):
    from policyparse.extract.deadlines import find_deadlines

    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued, goals)]


def test_this_year_and_dates_in_words_with_a_day():
    assert deadlines("请于今年十二月十五日前送国家计委汇总。") == [(1991, 12, 15, "by")]
    assert deadlines("今年，各省要对贷款的管理和使用情况进行一次检查。", year=1992) == [(1992, None, None, "period")]
    assert deadlines("今年以来，全国平均用电增长率达17.6%。") == []


def test_a_year_heading_a_clause_before_a_step_is_when_the_step_is_taken():
    assert deadlines("2016年启动50个以上项目，2017年试点示范同步推进。", goals=True) == [
        (2016, None, None, "period"), (2017, None, None, "period")]
    assert deadlines("2017年是全面实施的关键之年。") == []


def test_a_year_after_the_clause_subject_before_an_intent_is_its_period():
    assert deadlines("根据清单,我市2023年拟新建200个充电桩。") == [(2023, None, None, "period")]
    assert deadlines("全县2024年将新建学校3所。") == [(2024, None, None, "period")]
    assert deadlines("审议了全市发展计划执行情况与2025年计划草案。") == []  # no subject before the year, a report named
    assert deadlines("我市2023年为民办实事项目清单。") == []  # no intent: the year names the list


def test_dates_that_set_no_deadline():
    assert deadlines("这项调整工作划转时间，以一九八四年一月一日为界。") == []
    assert deadlines("预计到一九九五年原油加工量约达一亿三千五百万吨。") == []
    assert deadlines("对2022年6月6日前认定的园区，继续执行原政策。") == []
    assert deadlines("对5355年6月6日前申报的项目给予支持。") == []
    assert deadlines("一九八七年二月十六日国务院常务会议同意在全国实行包干。") == []


def test_articles_listed_after_one_di_and_a_yi_ending_a_word_are_ordinals():
    assert targets("还应按本实施细则第十二条第4、6、10、8项的要求提交材料。") == []
    assert targets("根据智慧工地各阶段目标要求，统一五项标准。") == []


def test_since_and_as_of_now_open_a_report():
    assert targets("截至目前，累计为青岛市1657家企业提供服务。") == []
    assert targets("以建筑业企业资质为例，自实现智能审批以来，无人干预模式办件量为2980件。") == []


def test_a_grant_per_item_certified_is_reckoned_not_reached():
    assert targets("其在孵企业被认定为高新技术企业的，每认定1家给予孵化器10万元扶持。") == []


def test_signing_dates_issue_dates_and_dates_naming_what_a_rule_covers():
    assert deadlines("附件：联席会议制度国务院\n2013年1月30日附件联席会议制度") == []
    assert deadlines("在全国地矿局长会议上的讲话（一九八六年四月二十五日）") == []
    assert deadlines("3月9日，科技部正式发布《关于支持济南建设试验区的函》。") == []
    assert deadlines("对2018年1月1日后完工的技改项目给予奖励。") == []
    assert deadlines("1995年7月28日财政部、税务总局修订的《暂行规定》同时废止。") == []
    assert deadlines("今年，两名地质工作者在南极填绘了地质图。") == []
    assert deadlines("各地区要在2004年12月31日之前完成清理。") == [(2004, 12, 31, "by")]


def test_a_month_end_alone_on_its_line_is_a_deadline_not_a_signing_date():
    # a task table's time cell printed one cell per line: only a whole date written out is a signature's
    assert deadlines("县民政局\n12月底前\n", year=2016) == [(2016, 12, 31, "by")]


def test_tallies_and_year_on_year_figures_are_observed_not_set():
    assert targets("截至2022年6月末，计算机制造业中长期贷款余额1.48万亿元。") == []
    assert targets("软件业务收入达10.81万亿元，同比增长11.2%。") == []
    assert targets("拟资助重点支持项目6～8项，直接费用资助强度约为300万元/项。") == [(6, "项", "eq")]



def test_figures_set_against_the_year_end_before_are_observed_not_set():
    # wild19: a central bank's report gives each year-end figure against the year-end or the year's start before it
    assert targets("2024年末，城市商业银行不良贷款率为1.83%，较上年末下降0.06个百分点。") == []
    assert targets("互联网贷款余额为2.85万亿元，较上年末下降8.2%。") == []
    assert targets("普惠型小微企业贷款利率较年初下降0.49个百分点。") == []
    # a goal set against the year-end is still one
    assert targets("力争年末各项贷款余额较上年末增长10%以上。") != []


def test_notes_prices_former_sets_and_permitted_limits_are_no_targets():
    assert targets("（市财政局、市农业农村委、市委直属机关工委、17个市级帮扶集团牵头单位和有关区县负责）") == []
    assert targets("高级职称评审收费标准为300元／人。") == []
    assert targets("对原18个深度贫困乡镇消费帮扶力度只增不减。") == []
    assert targets("演出时间：2021年10月20日-11月30日（共22场）。") == []
    assert targets("对带动能力强的新型农业经营主体，信用额度可提高至500万元。") == []
    assert targets("打造一批年寄递业务量超千万件的金牌项目、超五百万件的银牌项目。") == []


def test_a_sum_named_as_the_grant_itself_is_a_payout():
    assert targets("对新增国家级技术转移转化服务机构，给予100万元补助。") == []
    assert targets("对新认定的示范园区给予200万元的资金支持。") == []
    assert targets("按照每人每月200元的标准发放居家养老服务补贴。") == [(200, "元", "eq")]


def test_the_five_year_plans_before_the_tenth_date_goals_too():
    text = "使“七五”期末数字测井仪装备达到100%。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.year) == (100, 1990)
    assert deadlines("机电产品出口额所占的比重，“八五”末期争取达到20%左右。") == [(1995, None, None, "by")]
    assert deadlines("“十四五”期末，新建乡镇商贸中心500家以上。", year=2021) == [(2025, None, None, "by")]
    assert deadlines("在认真总结“七五”期间经验的基础上。") == []


def test_a_time_of_year_named_as_a_circumstance_or_a_report():
    assert deadlines("随着年底临近，还有少数地区采取限制措施。") == []
    assert deadlines("今年上半年又关停六十多处，能力一百多万吨。") == []
    assert deadlines("各地要在年底前完成清理。") == [(1991, 12, 31, "by")]


def test_the_start_of_a_span_and_the_end_of_a_past_change_set_no_deadline():
    # a span of months is read at both ends (gold-format.md, "Spans of dates": when the work starts, when it is done by)
    assert deadlines("（三）示范期（2024年11月—2025年8月）开展正式示范。") == [(2024, 11, None, "period"), (2025, 8, None, "by")]
    assert deadlines("全国软件业务收入从2012年2.5万亿元增长到2021年9.6万亿元。") == []
    assert (2024, 4, 15, "period") not in deadlines("申请书提交日期为2024年4月15日－4月22日16时。")


def test_a_count_per_level_after_a_list_stays_a_goal():
    assert targets("省、市、县各级100个高频事项实现“最多跑一次”。") == [(100, "个", "eq")]
    assert targets("完善财政补贴资金预拨机制，每年预拨应补贴额的50%给企业。") == [(50, "%", "eq")]


# ---------------------------------------------------------------- a target is a goal the text sets (batch rl)


@pytest.mark.parametrize(
    "text",
    [
        "芝罘岛岛屿范围为东侧以海岸线为界，面积约13.8平方公里。",  # a present size: nothing sets it
        "启动区面积7.78平方公里，共3个区块。",  # the extent of an approved zone
        "以示范创建为抓手，聚焦3万亩宜机化高标准菜田设施。",  # the scope an action works on
        "推进长征六号丙、3.8米直径新一代中大型运载火箭研制并实现首飞。",  # a size naming the kind of rocket
        "公立医疗机构应于目录更新后30天内，组织入院评估。",  # a time limit counted from an event
        "新建一批概念验证平台，支持金额最高可至3000万元。",  # a sum handed out
        "发放消费券1600万元。",  # an amount paid
        "按照每名高级工1000元、技师2000元、高级技师5000元的标准给予企业一次性补贴。",  # a scale of grants by class
    ],
)
def test_numbers_nothing_sets_as_a_goal_are_no_targets(text):
    assert targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，突破百项前沿关键核心技术，打造百家领军企业。", [(100, "项", "eq"), (100, "家", "eq")]),
        ("到2030年，发展卫星通信用户超千万。", [(1000, "万", "gt")]),
        ("到2027年，形成年产50发商业火箭、600颗商业卫星的能力。", [(50, "发", "eq"), (600, "颗", "eq")]),
        ("构建不少于1000例病例的高质量脑数据开放数据集。", [(1000, "例", "gte")]),
        ("聚焦重点方向，培育50个创新实验室、300个创新中心。", [(50, "个", "eq"), (300, "个", "eq")]),  # one verb, a list
        ("90%的市和70%的县（市、区）达到省级三星级以上。", [(90, "%", "eq"), (70, "%", "eq")]),  # the verb after
        ("选育或引进2-3个适宜机械化生产的品种。", [(2, "个", "eq")]),
        ("市本级财政安排乡村振兴衔接资金1.2亿元。", [(1.2, "亿元", "eq")]),  # a budget committed
        ("产业规模超过5500亿元。", [(5500, "亿元", "gt")]),  # a scale to reach
    ],
)
def test_goals_set_by_a_year_a_bound_or_a_verb_are_targets(text, expected):
    assert targets(text) == expected


def test_bare_hundreds_that_are_no_counts():
    assert targets("让科普走进千家万户，百家争鸣。") == []
    assert targets("打造千亿级产业集群。") == []
    assert targets("每百名学生拥有骨干教师。") == []


def test_a_paragraph_goal_year_reaches_far_and_opens_with_nian_qian():
    filler = "坚持创新驱动，推进产业协同发展，" * 20  # a long paragraph: the year is far back
    found = find_targets(f"到2025年，{filler}。建成10个以上新型组织。", 0, 10**4)
    assert [(t.value, t.year) for t in found] == [(10, 2025)]
    found = find_targets("2027年前，实现高质量脑控。推动5款以上产品完成检验。", 0, 100)
    assert [(t.value, t.unit, t.comparator, t.year) for t in found] == [(5, "款", "gte", 2027)]


def test_the_parts_of_a_whole_share_its_goal():
    found = targets("每年包干基数定为67.5亿立方米。其中：四川石油管理局47亿立方米")
    assert (47, "亿立方米", "eq") in found


def test_sizes_counts_of_a_transfer_and_scopes_are_no_goals():
    assert targets("煤炭是我国的基础能源，占一次能源生产和消费的70%左右。") == []  # 左右 alone: a size, no standard
    assert targets("将东湖区的高新、星光、北京东路11个居委会划归青云谱区管辖。") == []  # 将 here disposes, it does not intend
    assert targets("着力推动智能农机装备技术示范围绕全市10万亩水稻生产无人农场建设。") == []  # the scope worked on


def test_a_change_to_a_level_and_a_recruitment_are_goals():
    assert targets("煤炭部直属煤矿的产量比重将由19%上升到45%。") == [(45, "%", "eq")]
    assert targets("公开招聘教师120名左右。") == [(120, "名", "approx")]


def test_the_capacity_or_class_of_a_plant_names_it():
    # 30万吨矿石运输船, 550万吨/年蒸馏装置, 300万立方米储备基地, 百万吨级乙烯设备: which plant, not an amount to reach
    assert targets("开发大型海洋石油工程装备、30万吨矿石和原油运输船等高技术船舶。") == []
    assert targets("加快实施550万吨/年蒸馏装置技术改造。") == []
    assert targets("建设300万立方米国家石油储备基地。") == []
    assert targets("支持180万立方米原油商业储备库和100万立方米原油生产运行库建设。") == []
    assert targets("实现百万吨级大型乙烯成套设备国产化。") == []
    # a capacity to reach stays a goal
    assert targets("到2015年，形成资源再生利用能力2500万吨，其中再生铜200万吨。") == [(2500, "万吨", "eq"), (200, "万吨", "eq")]
    assert targets("力争到2020年炼油能力达到2000万吨以上。") == [(2000, "万吨", "gte")]


def test_the_term_of_a_scheme_the_parties_it_needs_and_a_tax_rate_are_no_goals():
    assert targets("研究实施国际邮轮入境外国旅游团15天免签政策。") == []
    assert targets("推动机场实行72小时过境免办签证政策。") == []
    assert targets("探索两家及以上金融租赁公司共同设立项目公司开展租赁业务。") == []
    assert targets("自设立之日起5年内减按15%的税率征收企业所得税。") == []
    # a count to reach with a bound stays a goal
    assert targets("培育10家以上龙头企业。") == [(10, "家", "gte")]


def test_jin_counts_grain():
    assert targets("今年支持新建64亿斤粮食标准化仓储设施。") == [(64, "亿斤", "eq")]


def test_computing_power_and_storage_are_measured():
    assert targets("力争到2026年全市算力总规模达到12EFLOPS，存储总量达10EB。") == [(12, "EFLOPS", "eq"), (10, "EB", "eq")]


def test_a_goal_verb_heading_a_noun_makes_nothing():
    # 实施范围 names the area of the zone; 实施 here makes nothing
    assert targets("自贸试验区的实施范围119.68平方公里，涵盖三个片区。") == []
    assert targets("发展规划面积100平方公里。") == []
    # the verb itself still sets what it makes
    assert targets("实施5个重点工程，建成10个示范区。") == [(5, "个", "eq"), (10, "个", "eq")]


def test_the_speed_or_axle_load_of_a_vehicle_names_its_kind():
    assert targets("推进时速500公里轮轨试验列车、时速600公里磁悬浮系统等新型列车研发。") == []
    assert targets("开发30吨轴重重载电力机车和车辆。") == []
    assert targets("掌握时速200公里以上高速列车核心技术。") == []
    assert targets("到2020年，列车运营时速达到350公里。") == [(350, "公里", "eq")]


def test_livestock_counts_in_head():
    assert targets("到2025年，年出栏生猪达到1800万头，肉兔3000万只。") == [(1800, "万头", "eq"), (3000, "万只", "eq")]


def test_a_bound_closing_a_list_after_fenbie_holds_for_every_item():
    # 分别提高到55%、70%以上: 以上 closes the list and bounds both shares
    assert targets("到2025年，两类企业占比分别达到55%、70%以上。") == [(55, "%", "gte"), (70, "%", "gte")]
    assert targets("到2025年，A、B、C占比分别达到40%、50%、60%以上。") == [(40, "%", "gte"), (50, "%", "gte"), (60, "%", "gte")]
    # without 分别 the bound is the last item's own
    assert targets("到2025年，建成50个示范区、70%以上的企业上云。") == [(50, "个", "eq"), (70, "%", "gte")]


def test_a_bound_among_the_marks_of_a_counted_class_is_no_goal():
    # 年产值超100亿元、具备…的龙头企业2家: the 100亿元 marks which enterprises; the goal is the 2 of them
    assert targets("到2027年，培育年产值超100亿元、具备较强国际竞争力的龙头企业2家。") == [(2, "家", "eq")]
    assert targets("到2025年，产业规模超过1000亿元、带动就业的效果明显。") == [(1000, "亿元", "gt")]


def _full(text: str, **kw):
    return [(t.value, t.unit, t.comparator, t.year, t.recurrence) for t in find_targets(text, 0, len(text), **kw)]


def test_a_goal_year_said_as_nian_niandi_dates_the_paragraph():
    text = "到2025年年底，全省产业营收突破2.2万亿元。新培育高新技术企业超过1000家。"
    assert _full(text) == [(2.2, "万亿元", "gt", 2025, None), (1000, "家", "gt", 2025, None)]


def test_a_yearless_niandiqian_goal_takes_the_implicit_year():
    text = "年底前，省级事项网上可办率不低于90%。"
    assert _full(text, implicit_year=2019) == [(90, "%", "gte", 2019, None)]
    assert _full(text) == [(90, "%", "gte", None, None)]
    # leftovers12: 今年底前 is the same year; 明年底前 the year after it
    assert _full("今年底前，省级事项网上可办率不低于90%。", implicit_year=2019) == [(90, "%", "gte", 2019, None)]
    assert _full("明年底前，省级事项网上可办率不低于95%。", implicit_year=2019) == [(95, "%", "gte", 2020, None)]


def test_a_goal_year_after_a_grant_opens_a_goal_of_its_own():
    text = "对新建5G基站给予财政奖补，到2025年，建设开通5G基站25万个以上。"
    assert _full(text) == [(25, "万个", "gte", 2025, None)]


def test_a_verb_after_a_scope_opening_makes_the_number_its_object():
    assert targets("依托省级科技计划每年实施重大项目20项以上。") == [(20, "项", "gte")]
    assert targets("针对首年关税为零的2034种出口商品开拓市场。") == []  # the scope itself stays rejected


def test_a_count_after_an_intended_dui_is_a_goal_of_the_work():
    assert targets("拟对73处道路安全隐患路段进行整治。") == [(73, "处", "eq")]
    assert targets("计划对30个小区燃气调压设施进行安全提升。") == [(30, "个", "eq")]  # 安全: a word of manner
    assert targets("并对10个微小水体进行整治。") == []  # no intent: the set an action works on
    assert targets("拟对64个重大产业项目建设进展情况进行通报。") == []  # a report, no making


def test_projects_of_a_programme_are_no_parts_of_the_plan():
    assert targets("每年组织实施100项重大科技创新工程项目。") == [(100, "项", "eq")]
    assert targets("实施5项提升行动。") == []


def test_persons_count_in_wei_but_not_a_two_digit_rate():
    assert targets("每年精准引育100位左右企业类人才。") == [(100, "位", "approx")]
    assert targets("力争保持两位数增长。") == []


def test_a_bare_wan_counts_ten_thousand():
    assert _full("每年完成万项技改。") == [(10000, "项", "eq", None, "yearly")]
    assert _full("到2027年，带动相关产业规模超万亿元。") == [(1, "万亿元", "gt", 2027, None)]


def test_a_sum_named_as_an_investment_after_it_is_a_scale():
    assert _full("每年完成4000亿元投资。") == [(4000, "亿元", "eq", None, "yearly")]


def test_a_latin_measure_is_read_only_after_a_bound():
    assert targets("到2020年，成形效率大于450cm3/h，连续工作时间大于240h。") == [(450, "cm3/h", "gt"), (240, "h", "gt")]
    assert targets("政务外网带宽可用性不低于5000M。") == [(5000, "M", "gte")]
    assert targets("到2025年，建设5G基站和G60走廊。") == []


def test_an_index_counts_in_no_measure():
    assert _full("到2025年，两化融合发展指数总体水平达到65。") == [(65, None, "eq", 2025, None)]


def test_the_time_a_procedure_is_cut_to_is_a_goal():
    assert targets("力争将伦理审查总体流程时间压缩至3周以内。") == [(3, "周", "lte")]
    assert targets("审评平均时限压缩至40个工作日以内。") == [(40, "个工作日", "lte")]
    assert targets("每两周调度一次，5个工作日内办结。") == []


def test_guo_before_a_number_is_more_than():
    assert _full("力争到2025年，全省集成电路产业规模过千亿。") == [(1000, "亿", "gt", 2025, None)]


def test_a_threshold_broken_through_marks_the_class_counted():
    text = "到2025年，新培育年销售收入首次突破100亿元的企业15家、首次突破500亿元的企业5家。"
    assert _full(text) == [(15, "家", "eq", 2025, None), (5, "家", "eq", 2025, None)]


def test_a_size_opening_its_clause_is_the_condition_a_goal_is_measured_under():
    text = "到2020年，语音识别准确率达到96%，5米远场识别率超过92%。"
    assert _full(text) == [(96, "%", "eq", 2020, None), (92, "%", "gt", 2020, None)]


def test_the_parts_of_a_framework_are_no_goal():
    assert targets("智慧化工园区标准由基础建设、专项管理等2个部分组成。") == []
    assert targets("包括设计建设、数据中心设计、安全保障设计等 5 部分。") == []


def test_a_figure_held_by_a_year_named_with_de_is_a_record():
    text = "光缆线路长度从2012年的1479万公里增加到2021年的5481万公里。"
    assert targets(text) == []


def test_the_count_of_names_just_quoted_is_no_goal():
    assert targets("组织开展“年货节”“双品网购节”“丝路云品电商节”6个全国性网络促销活动。") == []


def test_the_items_of_an_application_condition_list_set_no_goal():
    text = (
        "第十条 申请开展示范应用的，应当符合以下条件：\n"
        "（一）最近1年内无超速50%以上的违法记录；\n"
        "（二）进行过合计不少于240小时的道路测试。\n"
        "第十一条 长者饭堂的场地应当具备以下条件：\n"
        "（一）集中就餐区使用面积不小于25平方米。"
    )
    doc = policyparse.parse(text)
    found = {s.title or s.text[:6]: [(t.value, t.unit) for t in s.targets] for s in doc.iter_sections()}
    values = [v for ts in found.values() for v in ts]
    assert (25, "平方米") in values
    assert (50, "%") not in values and (240, "小时") not in values


def test_the_items_under_an_application_heading_set_no_goal():
    # sh_05: the intro closed by 。 (…应具备以下条件。); sh_15: （二）申请要求 heads what an application must do
    text = (
        "三、申请条件\n拟申请建设试验区的城市应具备以下条件。\n"
        "（一）产业基础较好。人工智能核心产业规模超过50亿元。\n"
        "四、申请要求\n1.合作研究项目的国内合作研究单位数量不得超过2个。\n"
        "五、发展目标\n（一）到2025年，建成试验区20个左右。"
    )
    doc = policyparse.parse(text)
    values = [(t.value, t.unit) for s in doc.iter_sections() for t in s.targets]
    assert (50, "亿元") not in values and (2, "个") not in values
    assert (20, "个") in values


def test_the_bound_of_a_rejection_rule_is_no_goal():
    # sh_15: 申请直接费用大于200万元将不予受理
    assert targets("申请直接费用大于200万元将不予受理。") == []
    assert targets("到2025年，直接费用投入大于200万元。") != []


def test_a_report_due_within_a_time_is_a_rule_of_procedure():
    assert targets("造成人员重伤的，测试主体应在24小时内将事故情况报告主管部门。") == []
    assert targets("实行24小时内放行。") == [(24, "小时", "lte")]


def test_the_base_a_ratio_is_counted_per_is_no_goal():
    assert (5, "所") not in [t[:2] for t in targets("强化日常监管，每5所幼儿园配备1名责任督学。")]


def test_a_forbidden_excess_is_an_upper_bound():
    assert targets("薄抹灰外墙保温系统应用高度禁止超过100米。") == [(100, "米", "lte")]


def test_a_goal_year_reaches_across_a_hard_wrap():
    text = "到2020年，智能服务机器\n人实现批量生产及应用，实现20家以上应用示范。"
    assert _full(text) == [(20, "家", "gte", 2020, None)]
    text = "到2020年，建成示范区。\n实现20家以上应用示范。"
    assert _full(text) == [(20, "家", "gte", None, None)]  # a finished line is a finished paragraph


def test_degrees_count_only_after_a_bound():
    assert targets("到2020年，云台精度达到0.005 度。") == [(0.005, "度", "eq")]
    assert targets("力争一度电成本下降。") == []


def test_the_time_between_two_steps_of_a_procedure_is_no_goal():
    assert targets("从指南发布日到预申报书受理截止日不少于50天。") == []


def test_the_qualities_a_person_must_have_are_conditions():
    text = "第八条 测试驾驶人应当符合下列条件：\n（一）最近1年内无超速50%以上的违法记录。"
    values = [(t.value, t.unit) for s in policyparse.parse(text).iter_sections() for t in s.targets]
    assert (50, "%") not in values


def test_what_has_been_done_is_no_goal():
    assert targets("开展过500余场培训。") == []
    assert targets("街道人大工委主任一行三人来到社区调研，力争实现全覆盖。") == []


# ---------------------------------------------------------------- added with batch rt


def test_a_bound_on_a_number_of_its_own_does_not_reach_a_later_number():
    assert targets("实现行政村最多换乘一次客运公交即可到达县城比例达到100%。") == [(100, "%", "eq")]
    assert targets("每个县至少建成3个示范点。") == [(3, "个", "gte")]


def test_the_size_of_a_base_or_a_project_names_it():
    assert targets("推进XX炼化150万吨乙烯等重大产业项目建设。") == []
    assert targets("完成杏山200万只蛋鸡标准化养殖基地建设，带动蛋鸡饲养规模超过1000万只。") == [(1000, "万只", "gt")]


def test_a_year_before_completing_an_amount_is_when_it_is_due():
    assert deadlines("坚持推行“多权同确”，2015年完成75%以上的确权登记。", year=2015, goals=True) == [
        (2015, None, None, "by")]
    assert deadlines("2016年启动50个以上项目，2017年试点示范同步推进。", goals=True) == [
        (2016, None, None, "period"), (2017, None, None, "period")]


def test_the_count_of_a_plans_own_tasks_is_no_goal():
    assert targets("经市政府同意，2024年我市实施47项民生实事，具体安排如下。") == []


def test_an_amount_in_dollars_is_a_goal_like_one_in_yuan():
    assert targets("实际利用外资1.8亿美元以上、市外内资200亿元以上。") == [(1.8, "亿美元", "gte"), (200, "亿元", "gte")]


def test_a_distance_inside_a_graded_designation_names_it():
    assert targets("新增城镇就业4.3万人，省级三公里充分就业社区数量达到城市社区的60%。") == [(4.3, "万人", "eq"), (60, "%", "eq")]
    assert targets("到2025年，新建农村公路300公里以上。") == [(300, "公里", "gte")]


def test_each_part_of_a_goal_list_is_a_goal():
    # batch ru: 主要预期目标是： opens a list parted by ；, a bare 5.5%左右 in it is a goal, not a size
    text = "主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。"
    assert targets(text) == [(5, "%", "approx"), (5.5, "%", "approx"), (1200, "万人", "gte"), (2, "%", "approx")]
    assert targets("城镇调查失业率5.5%左右。") == []  # no list intro: a size as before


def test_bound_signs_read_as_their_words():
    # batch ru: 信访案件化解率（≥90%）, the sign of an indicator's bound
    assert targets("信访案件化解率（≥90%）、安全生产事故下降率（≥10%）") == [(90, "%", "gte"), (10, "%", "gte")]
    assert targets("投诉办结时间≤2小时。") == [(2, "小时", "lte")]


def test_gdp_is_a_scale_and_kong_zai_a_cap():
    # batch ru: 人均GDP达2.7万美元 is a scale to reach, not a sum handed out; 控在5.5%内 is 控制在
    assert targets("到2035年人均GDP达2.7万美元。") == [(2.7, "万美元", "eq")]
    assert targets("城镇调查失业率控在5.5%内。") == [(5.5, "%", "lte")]


def test_a_paragraph_looking_back_on_the_past_year_reports():
    # batch ru: 过去一年，… opens a review paragraph; its figures are results, unless it turns forward
    assert targets("过去一年，我国发展历程不平凡。经济规模稳步扩大，国内生产总值增长5%，城镇新增就业1256万人。") == []
    assert targets("过去五年，成绩显著。今后五年，力争新增就业100万人以上。") == [(100, "万人", "gte")]


def test_a_red_line_held_is_a_floor():
    # batch ru: 守住18亿亩耕地红线, the level a quantity must not fall below
    assert targets("守住18亿亩耕地红线。") == [(18, "亿亩", "gte")]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # batch sc: each a class of numbers that set no goal, with the check that names it
        ("推进开发区百万大招工活动，积极开展线上招聘。", "is_campaign_name"),  # 百万 glued to a noun: a campaign's name
        ("切实做到周末、节假日能办事，真正实现政务服务365天“不打烊”。", "is_duration"),  # every day of the year
        ("省质检院将各类委托检验收费按原标准降低20%。", "is_fee_cut"),  # a charge cut by the notice itself
        ("其他医疗器械注册收费分别按原标准降低20%和50%。", "is_fee_cut"),
        ("用于能源、交通和重要原材料开发建设的比重还不到20%。", "is_present_state"),  # how things stand now
        ("拆迁大量房屋（拆迁房屋面积占新建道路面积50%及以上）进行的道路拓宽，一律停建。", "is_bracketed_qualifier"),
        ("2万吨及以下铅、锌冶炼", "is_size_class"),  # a size bound glued to the plant it names
        ("搞好《汇报提纲》中所列十一个重点领域的建设。", "is_reference"),  # the count of a list named elsewhere
        ("保留发展的二十九个厂子中，其余厂子产品面向本省。", "is_partitive"),  # the set members are picked from
    ],
)
def test_sc_numbers_rejected_by_their_check(text, check):
    from policyparse.extract import targets as t
    from policyparse.extract._text import quoted_ranges

    assert targets(text) == []
    q = quoted_ranges(text)
    names = {t.rejection(x) for x in (t._read_mention(text, 0, text, m, q) for m in t._TARGET.finditer(text)) if x}
    assert check in names


def test_sc_numbers_that_stay_goals():
    # 一 before 万 is a number, not the article 一; 由…调整为… sets the count after 为; 要有 sets what there shall be
    assert targets("到一九九○年，将年产一万套数控系统，一万台数控机床。") == [(1, "万套", "eq"), (1, "万台", "eq")]
    assert targets("大中型拖拉机厂由六十五个调整为三十五个。") == [(35, "个", "eq")]
    assert targets("“七五”期间，机械工业要有一千多个企业采用微型机进行局部管理。") == [(1000, "个", "approx")]
    assert targets("通过科技攻关，要有二十四个重要的机电产品建成实用的计算机辅助设计系统。") == [(24, "个", "eq")]
    # a digit range and a count glued to its measure still read as goals
    assert targets("到2025年，培育3-5家龙头企业，实现百万家企业上云。") == [(3, "家", "eq"), (100, "万家", "eq")]
    assert targets("城镇调查失业率控制在5.5%以内。") == [(5.5, "%", "lte")]


def test_shang_wan_is_ten_thousand_and_more():
    # batch sc: 上万名 (no digit before 万) is 10000 and more
    assert targets("一九九五年以前争取培养上万名机电外贸人才。") == [(10000, "名", "gte")]


def _read(text):
    return [(t.value, t.value_max, t.unit, t.comparator, t.year) for t in find_targets(text, 0, len(text))]


def test_two_subjects_severally_reaching_one_level_are_two_goals():
    text = "到2025年，全省县级以上示范家庭农场和农民合作社示范社分别达到10000家，示范性社会化服务组织达到1000个。"
    assert _read(text) == [(10000, None, "家", "eq", 2025), (10000, None, "家", "eq", 2025), (1000, None, "个", "eq", 2025)]
    # a list of levels after 分别 is one goal a level already
    assert _read("到2025年，A企业和B企业分别达到10000家、5000家。") == [(10000, None, "家", "eq", 2025), (5000, None, "家", "eq", 2025)]


def test_each_of_two_subjects_reaching_one_level_keeps_its_own_metric():
    # the first goal's metric was the clause read whole, 示范家庭农场和农民合作社示范社分别 (wild15: 年销售额和资产总额均)
    text = "到2025年，城市污水处理率和生活垃圾无害化处理率均达到60%。"
    assert [t.metric for t in find_targets(text, 0, len(text))] == ["城市污水处理率", "生活垃圾无害化处理率"]
    # the words both share, after the second: 重点主机 (所需的品种满足率) and 配套所需的品种满足率
    text = "到2025年，重点主机和配套所需的品种满足率均达到80%。"
    assert [t.metric for t in find_targets(text, 0, len(text))] == ["重点主机所需的品种满足率", "配套所需的品种满足率"]


def test_a_margin_over_another_goal_is_no_goal():
    text = "到2025年，数字经济核心产业增加值占GDP比重达到20%，比省定目标高出10个百分点。"
    assert _read(text) == [(20, None, "%", "eq", 2025)]


def test_a_range_whose_low_end_repeats_the_measure():
    assert _read("进而增加到一万五千台到二万台；") == [(15000, 20000, "台", "eq", None)]
    assert _read("到2025年，培育3个至5个平台。") == [(3, 5, "个", "eq", 2025)]


def test_a_new_goal_verb_sets_a_bare_count():
    assert _read("——推广应用成效显著。推选6家智能制造标杆企业。") == [(6, None, "家", "eq", None)]


def test_doubling_and_horsepower_capacity():
    assert _read("到1985年，主要牧机产品比现在翻一番。") == [(1, None, "番", "eq", 1985)]
    assert _read("经过一番努力，企业面貌一新。") == []
    # a capacity counts in 万马力; a bare 马力 sizes a machine
    assert _read("内燃机生产能力达到3000万马力。") == [(3000, None, "万马力", "eq", None)]
    assert _read("要增加八十马力、一百马力和一百二十马力三种轮式拖拉机。") == []


def test_an_inclusion_aside_does_not_hide_the_class_after_a_bound():
    assert _read("辖区范围内6亩以下(不含6亩)的土地使用转让手续，区政府审查后办理土地登记。") == []


def test_levels_listed_under_a_goal_heading_are_goals():
    # sf_09: under （一）总体要求和主要预期目标 a list of levels needs no verb of its own; elsewhere 6%左右 is a size
    text = ("现提出意见如下：\n一、落实发展主要目标\n（一）总体要求和主要预期目标。\n"
            "1.优先稳就业保民生；城镇新增就业900万人以上，城镇调查失业率6%左右，居民消费价格涨幅3.5%左右。\n"
            "（二）其他工作。\n2.该区城镇调查失业率6%左右。\n")
    doc = policyparse.parse(text)
    goals, other = [n for n in doc.iter_sections() if n.marker in ("1.", "2.")]
    assert [(t.value, t.comparator) for t in goals.targets] == [(900, "gte"), (6, "approx"), (3.5, "approx")]
    assert other.targets == []
    # the goal heading's own text is not governed: it may describe whom the goals serve (rm_03)
    doc = policyparse.parse("一、总体目标\n以全市就业年龄段的7600多名持证残疾人为主要对象，健全就业促进机制。\n二、主要措施\n")
    assert all(n.targets == [] for n in doc.iter_sections())


def test_gas_and_earth_count_in_wan_and_yi_fang():
    # sf_05: 天然气供应25亿方; 方 alone (三方协议, 两方面) counts parties and aspects
    assert _read("完成土方10万方。") == [(10, None, "万方", "eq", None)]
    assert _read("力争天然气供应达到25亿方。") == [(25, None, "亿方", "eq", None)]
    assert _read("签订三方协议，达到两方面要求。") == []


def test_a_training_goal_for_officers_stays_a_target():
    assert targets("培训基层执法人员不少于500人。") == [(500, "人", "gte")]


def test_opening_filters_keep_the_matches():
    """_TARGET_OPENS and deadlines._DEADLINE_OPENS only reject starts no alternative can take: the patterns without
    them find the same matches."""
    import re

    from policyparse.extract import deadlines, targets

    text = ("到2025年底前，全市地区生产总值增长6%以上，不低于３０％，保持在5%左右；近千家企业、超万亿元、百项工程，"
            "约百分之三十。今年上半年、第三季度、年内完成；长期坚持，持续推进。每月5日前上报，十四五期末，增长较快，以上。")
    for pattern, opens in ((targets._TARGET, targets._TARGET_OPENS), (deadlines._DEADLINE, deadlines._DEADLINE_OPENS)):
        plain = re.compile(pattern.pattern.replace(opens, "", 1))
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def _target_with_units_listed():
    """_TARGET as it was written before its units became a tree: every unit, longest first, joined by |."""
    import re

    from policyparse.extract import targets

    listed = "|".join(re.escape(u) for u in targets._UNITS)
    tree = targets._longest_first(targets._UNITS)
    assert tree in targets._TARGET.pattern
    return re.compile(targets._TARGET.pattern.replace("(?P<unit>" + tree + "|", "(?P<unit>" + listed + "|", 1))


def test_the_unit_tree_reads_the_units_the_list_read():
    """_TARGET's units are spelt as a tree of their first characters (_longest_first): the same matches, the same
    groups, as the units listed longest first (sk_02: 0.9吨标煤/万元 beside 吨; 万亿元 beside 万 and 亿)."""
    from policyparse.extract import targets

    listed = _target_with_units_listed()
    text = ("单位GDP能耗保持在0.9吨标煤/万元以下，0.98吨标准煤，3万余平方米，1万多人，20万人次，45万亩，10亿条，超万亿元，"
            "提高1个等级，增长5个百分点，2.3亿—3.1亿亩，5%-10%，大于450cm3/h，不低于5000M，统一部署，进一步，二十大，"
            "新建3个到5家，百项工程，千家企业，约百分之三十，达到60%以上，200个（标准桩）以上，1万，2亿，3万亿。")
    assert [(m.span(), m.groups()) for m in targets._TARGET.finditer(text)] == [
        (m.span(), m.groups()) for m in listed.finditer(text)]
    for unit in targets._UNITS:  # each unit, alone and with a longer unit's first character after it
        for tail in ("", "。", "元", "人", "米", "以上"):
            own = "达到12" + unit + tail
            assert [(m.span(), m.groups()) for m in targets._TARGET.finditer(own)] == [
                (m.span(), m.groups()) for m in listed.finditer(own)]


_UNIT_PIECES = ("1", "5.5", "十", "百", "万", "亿", "个", "%", "以上", "达到", "余", "多", "至", "吨", "标煤", "标准煤", "/", "元",
                "万元", "人", "次", "平方", "公里", "米", "百分点", "（标准）", "PFlops", "。")


@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=14).map("".join))
def test_the_unit_tree_reads_as_the_list_on_any_pieces(own):
    listed = _target_with_units_listed()
    assert [(m.span(), m.groups()) for m in _TARGET.finditer(own)] == [(m.span(), m.groups()) for m in listed.finditer(own)]


def test_energy_per_sum_and_standard_coal_are_measures():
    # sk_02, sk_03: 0.9吨标煤/万元 is a rate of energy per sum (no money given); 0.98吨标准煤 counts standard coal
    assert _read("单位GDP能耗保持在0.9吨标煤/万元以下。") == [(0.9, None, "吨标煤/万元", "lte", None)]
    assert _read("万元生产总值综合能耗降到0.98吨标准煤。") == [(0.98, None, "吨标准煤", "eq", None)]
    assert _read("基本农田质量平均提高1个等级。") == [(1, None, "个等级", "eq", None)]


def test_a_range_whose_low_end_carries_only_the_multiplier():
    # sk_06: 2.3亿—3.1亿亩 is one range in 亿亩 (its low end says 亿 only); 3个到5家 stays no range
    assert _read("通过土地整治建成2.3亿—3.1亿亩。") == [(2.3, 3.1, "亿亩", "eq", None)]
    assert _read("新建3个到5家。") == []


def test_subjects_all_reaching_one_level_are_one_goal_each():
    # sk_01: A和B均达到60% is one goal each subject, as A和B分别达到 (年均 / 人均 name a rate, not several subjects)
    assert [t[0] for t in _read("城市污水处理率和生活垃圾无害化处理率均达到60%。")] == [60, 60]
    assert len(_read("财政总收入和地方财政收入年均增长14%。")) == 1


def test_a_list_of_levels_after_tupo_is_bounded_and_a_price_base_year_is_no_goal_year():
    # sk_03: 突破140亿元和80亿元 (突破 a bound over the list, 和 names nothing broken through); （按2005年价格计算）
    # is the year prices are counted in, the goal year stays 2010
    assert _read("2010年突破140亿元和80亿元。") == [(140, None, "亿元", "gt", 2010), (80, None, "亿元", "gt", 2010)]
    assert _read("2010年超过1100亿元（按2005年价格计算，下同），人均生产总值突破4万元。") == [
        (1100, None, "亿元", "gt", 2010), (4, None, "万元", "gt", 2010)]


def test_a_count_opening_an_aside_counts_the_list():
    # sk_11: …所列重点工作的落实（共101项，此外…） counts the entries of the list, no goal
    assert _read("为抓好所列重点工作的落实（共101项，此外所列重点项目另行调度督查），经区政府同意。") == []


def test_results_listed_after_qude_de_chengjiu_are_no_goals():
    # sk_14: a news report's speech sums up the past plan's results after 取得的巨大成就：; the goal before it stays,
    # and a turn forward (今后…力争) ends the list
    text = (
        "力争到2000年达到年产黄金150吨。部长总结了“八五”期间取得的巨大成就：五年累计生产黄金447.2吨，"
        "完成计划的108.5%；矿山由1990年的49个，增加到1995年的71个。今后力争新增矿山20个以上。"
    )
    assert targets(text) == [(150, "吨", "eq"), (20, "个", "gte")]
    assert [d.year for d in find_deadlines(text, 0, len(text))] == [2000]


def test_parts_after_qizhong_of_a_cap_are_goals():
    # sk_13: 控制在300亿吨，其中…220亿吨，…80亿吨: the shares of a cap are held to as the cap is
    text = "工业废水排放量控制在300亿吨，其中县及县以上企业220亿吨，乡镇工业80亿吨。"
    assert targets(text) == [(300, "亿吨", "lte"), (220, "亿吨", "eq"), (80, "亿吨", "eq")]
    # the parts of a count that caps nothing are no goals
    assert targets("全市人口为300万人，其中市区人口120万人。") == []


def test_a_year_lead_in_paragraph_dates_the_paragraphs_after_it():
    # sk_13: 到2000年: alone, then paragraphs of goals with no year of their own; a paragraph naming its own year
    # ends the run
    text = (
        "辐射污染防治。加强核电站辐射环境监测。\n"
        "到2000年:\n"
        "工业废水排放量控制在300亿吨，其中县及县以上企业220亿吨。\n"
        "工业废气消烟除尘率达到98%。\n"
        "到1998年，城市数量达到800个。\n"
        "城市化水平达到35%。\n"
    )
    doc = policyparse.parse(text)
    years = [[(t.value, t.year) for t in s.targets] for s in doc.sections]
    assert years == [[], [], [(300, 2000), (220, 2000)], [(98, 2000)], [(800, 1998)], [(35, None)]]


def test_year_on_year_levels_under_a_goal_title_are_goals():
    # sl_01: 二、经济社会发展预期目标 over 地区生产总值同比增长 6.5%以上，…: the heading's own title names its text's goals
    doc = policyparse.parse("一、总体要求\n做好全年工作意义重大。\n二、经济社会发展预期目标\n地区生产总值同比增长 6.5%以上，规模以上工业增加值同比增长19%以上。\n")
    goals = [[(t.value, t.comparator) for t in s.targets] for s in doc.sections]
    assert goals == [[], [(6.5, "gte"), (19, "gte")]]
    # a figure against last year with no goal anywhere near it stays a result
    assert targets("上半年，地区生产总值同比增长6.5%。") == []


def test_a_count_closing_the_text_is_no_duration():
    # sl_05: ■建设完成县城第二水源49个 (the node's text ends on the count: nothing after it to make 个 a 个月)
    assert targets("建设完成县城第二水源49个") == [(49, "个", "eq")]
    assert targets("创建国家级现代农业产业园3个、三产融合示范园9个") == [(3, "个", "eq"), (9, "个", "eq")]


def test_the_level_naming_the_class_a_share_counts_is_no_goal():
    # sl_06: 力争实现20%的村集体年收入超30万元: the goal is the share; 30万元 names the collectives it counts
    assert targets("力争实现20%的村集体年收入超30万元，新增经济强村5个。") == [(20, "%", "eq"), (5, "个", "eq")]
    # a bracketed 其中 after a share is a second share (ra_03), not a class
    assert targets("推动医疗机构预留30%的号源（其中专家号源不低于30%）给家庭医生。") == [(30, "%", "eq"), (30, "%", "gte")]


def test_a_qizhong_sentence_is_due_when_the_sentence_it_details_is():
    # sl_05: 截至“十四五”末，…将达1.7万亿元。其中，…总产值达8839亿元
    text = "到2025年，全省主导产业总产值将达1.7万亿元。其中，工业总产值达8839亿元；农业总产值达2614亿元。"
    assert [(t.value, t.year) for t in find_targets(text, 0, len(text))] == [(1.7, 2025), (8839, 2025), (2614, 2025)]
    # a 其中 sentence after one with no year stays without one
    text = "全年新增就业1万人。其中，高校毕业生就业5000人。"
    assert [t.year for t in find_targets(text, 0, len(text))] == [None, None]


def _dates(text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), 2025)]


def test_this_years_work_named_is_no_deadline():
    # sl_09 / sl_11 / sl_03: 干好今年政府工作, 做好今年经济社会发展工作, 结合今年拆违工作: the year's work, not a date
    assert _dates("干好今年政府工作，我们要在县委的坚强领导下，继续突出实干导向。") == []
    assert _dates("结合今年拆违工作，加速杏里团块改造，计划拆除34亩违章旧厂房。") == []
    # 今年 with a verb before the work is when it is done
    assert _dates("今年要完成全部拆违工作。") == [(2025, None, None, "period")]


def test_a_year_said_to_be_some_year_is_no_deadline():
    # sl_01: 2025年，是“十四五”规划收官之年 (the comma of a stored page), as 2025年是…之年
    assert _dates("2025年，是“十四五”规划收官之年，做好全年工作意义重大。") == []
    assert _dates("2025年，全面完成改造任务。") == [(2025, None, None, "period")]


def test_a_window_of_days_is_one_period_at_its_end():
    # sl_10: 自查摸底阶段（7月3日至7月15日）: a window of days read once, at its end
    assert _dates("（二）自查摸底阶段（7月3日至7月15日）。各地要于7月15日前上报。") == [
        (2025, 7, 15, "period"), (2025, 7, 15, "by")]
    # an end with no month of its own (2019年12月9日至16日16时) leaves the span dated by its first day
    assert _dates("申请报送日期为2019年12月9日至16日16时。") == [(2019, 12, 9, "period")]


def test_a_reporters_dateline_is_no_deadline():
    # sl_05: 记者8月16日获悉：省发展改革委…
    assert _dates("记者8月16日获悉：省发展改革委梳理汇总出目标任务清单。") == []
    assert _dates("本报记者3月2日从市发改委了解到，全市将新建公园10个。") == []
    assert _dates("9月16日举办成果展。") == [(2025, 9, 16, "period")]


def test_a_count_of_places_whose_measure_reaches_a_level_is_no_goal():
    # sl_05: 我省76个县（市）主导产业总产值将达1.7万亿元: the count is the subject; the level after it is the goal
    assert targets("到2025年，我省76个县（市）主导产业总产值将达1.7万亿元。") == [(1.7, "万亿元", "eq")]
    assert targets("全市30个乡镇生活垃圾无害化处理率达到100%。") == [(100, "%", "eq")]
    # a count a verb makes keeps its place (培育…10家)
    assert (10, "家", "eq") in targets("培育10家企业年产值超过1亿元。")


def _undated(text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), None)]


def test_this_year_in_a_page_with_no_year_is_no_deadline():
    # so_06 / so_13: 今年，重庆将…办好15件民生实事 on a news page that gives no year: no time is named
    assert _undated("今年，重庆将突出民呼我为，接续办好15件重点民生实事。") == []
    # with the document's year known, 今年 before a task is that year's period
    assert _dates("今年，重庆将接续办好15件重点民生实事。") == [(2025, None, None, "period")]


def test_the_day_a_reported_meeting_opens_is_no_deadline():
    # so_02 / so_13 / so_14 / so_11: 1月19日，…人民代表大会第三次会议开幕 / …会议胜利闭幕 / …发布会第六场举行
    assert _dates("1月19日，重庆市第六届人民代表大会第三次会议开幕，市长作政府工作报告。") == []
    assert _dates("2月22日，西宁市城中区第十九届人民代表大会第六次会议胜利闭幕。") == []
    assert _dates("本网汉中讯 12月9日，汉中市系列新闻发布会第六场举行。") == []
    # a meeting the text calls for is held on its day
    assert _dates("于9月16日召开动员大会。") == [(2025, 9, 16, "period")]


def test_a_news_sites_dateline_is_no_deadline():
    # so_15: 中新网浙江新闻1月12日电（钱晨菲）: a news site's dateline, as a news agency's
    assert _dates("中新网浙江新闻1月12日电（钱晨菲）12日，浙江省人民代表大会开幕。") == []


def test_any_senders_dispatch_dateline_is_no_deadline():
    # tg_03: 南方财经10月30日电，… : 电 closed by a comma or a bracket dates the dispatch, whatever the sender's name
    assert _dates("南方财经10月30日电，据市政府网站消息，市政府印发了行动计划。") == []
    assert _dates("某某财经3月5日电（记者王某）市政府印发了行动计划。") == []
    # 电 that begins a word stays a date: 于5月18日电话通知各单位 is the day the calls are made
    assert _dates("于5月18日电话通知各单位。") == [(2025, 5, 18, "period")]


def test_a_meeting_opening_on_a_day_and_its_time_of_day_is_no_deadline():
    # tg_06: 5月10日上午，…第五次会议隆重开幕: the time of day between the day and the comma
    assert _dates("5月10日上午，甘谷县第十七届人民代表大会第五次会议隆重开幕，县长作报告。") == []


def test_a_bulleted_list_entry_is_no_table_cell():
    # so_10: ▶ entries among one-word lines and group numbers (01 / 交通畅行 “顺心”实事) are list sentences
    page = "01\n交通畅行\n▶新增公共停车位800个。\n▶新增公共充电桩1000个。\n02\n幸福宜居\n▶建成保障性租赁住房352套。\n"
    start = page.index("▶新增公共停车位")
    found = find_targets(page, start, page.index("\n", start))
    assert [(t.value, t.unit) for t in found] == [(800, "个")]
    # a bare-number table row stays a cell
    table = "序号\n指标\n2020年\n2025年\n1\n森林覆盖率\n45.31\n新增造林5万亩\n属性\n"
    start = table.index("新增造林")
    assert find_targets(table, start, table.index("\n", start)) == []


def test_parts_after_qizhong_share_the_goal_of_their_sentence():
    # so_06: 将新增床位215张，其中：儿科95张，产科120张
    assert targets("将新增床位215张，其中：儿科95张，产科120张；") == [
        (215, "张", "eq"), (95, "张", "eq"), (120, "张", "eq")]
    # parts of a figure no verb sets stay unread
    assert targets("床位总数215张，其中：儿科95张。") == []


def test_a_forecast_governs_the_rest_of_its_sentence():
    # so_11: 预计2025年粮食和油料产量113万吨、20万吨，分别较2020年增长4.6%、8.1%
    assert targets("预计2025年粮食和油料产量113万吨、20万吨，分别较2020年增长4.6%、8.1%。") == []
    # an intent after it turns to a goal
    assert targets("预计全年投资增长5%，力争新增就业1万人。") == [(1, "万人", "eq")]


def test_a_paragraph_opening_on_results_achieved_looks_back():
    # so_11: “十四五”期间，…取得了新进展。五年来，…累计创建…7个
    assert targets("“十四五”期间，全市推动县域经济高质量发展取得了新进展。累计创建省级特色产业集群7个。") == []
    # a turn forward keeps the goals
    assert targets("“十四五”期间，全市发展取得了新进展。到2027年，创建省级特色产业集群10个。") == [(10, "个", "eq")]


def test_the_plans_own_items_counted_after_their_noun_are_no_goal():
    # so_06: 一共计划为龙岩百姓办实事28项 (as 实施47项民生实事)
    assert targets("一共计划为龙岩百姓办实事28项，涉及医疗卫生等方面。") == []
    assert targets("计划实施重点项目28项。") == [(28, "项", "eq")]


def test_verbs_of_building_on_set_counts():
    # so_13 / so_05: 加装…护栏4000公里, 新改扩建…管网530公里, 续建…管廊1.8公里; so_09: 64栋住宅楼…建设完成
    assert targets("加装农村公路安全护栏4000公里。") == [(4000, "公里", "eq")]
    assert targets("新改扩建各类城乡地下管网530公里，续建城市地下综合管廊1.8公里。") == [
        (530, "公里", "eq"), (1.8, "公里", "eq")]
    assert targets("64栋住宅楼将于年内建设完成。") == [(64, "栋", "eq")]


def test_a_dated_record_does_not_turn_a_look_back_forward():
    # so_11: …取得了新进展。…城镇化率由2020年的50.5%提高到2024年的55.2%: 到2024年的 holds a record, not a goal year
    assert targets("全市发展取得了新进展。城镇化率由2020年的50.5%提高到2024年的55.2%，新创建省级开发区8个。") == []


def test_positions_raised_are_a_count_made():
    # so_10: 募集见习岗位200个 (as 征集 / 筹集)
    assert targets("认定见习基地30家，募集见习岗位200个。") == [(30, "家", "eq"), (200, "个", "eq")]


def test_a_decimal_point_set_off_by_blanks_before_a_percent():
    # so_07: 主要预期目标是：经济增长6 . 5%左右 (a page's layout spacing the point)
    assert targets("主要预期目标是：经济增长6 . 5%左右，研发经费投入强度2%以上。") == [(6.5, "%", "approx"), (2, "%", "gte")]
    # digits parted by a blank and a full stop of a list stay apart
    assert targets("完成改造10 . 新增绿地5万亩。") == [(5, "万亩", "eq")]


def test_a_ratio_bound_counts_in_no_measure():
    # so_15: 到2027年…城乡居民收入倍差缩小到1.9以内 (as 两化融合发展指数达到65)
    assert targets("到2027年，城乡居民收入倍差缩小到1.9以内。") == [(1.9, None, "lte")]
    # a bare number with no ratio named stays unread
    assert targets("到2027年，差距缩小到1.9以内。") == []


def test_per_mille_in_words_and_a_plan_end_opening_the_paragraph():
    # sq_03: 年均控制在千分之七以内 counts per mille; “十一五”末，… dates the paragraph's later sentences, 年均增长 too
    assert targets("“十一五”末，人口自然增长率年均控制在千分之七以内。") == [(7, "‰", "lte")]
    text = "“十一五”末，城镇居民人均可支配收入确保16000元。农民人均收入确保5500元，年均增长11.5%。"
    found = find_targets(text, 0, len(text))
    assert [(t.value, t.year) for t in found] == [(16000, 2010), (5500, 2010), (11.5, 2010)]


def test_quoted_ranges_are_the_quotations_a_search_finds():
    """quoted_ranges tries the quotation pattern only where an opening mark stands: the spans a search of the whole
    text finds, a quotation inside another (《“十四五”规划》) or an unclosed mark included."""
    from policyparse.extract._text import _QUOTED, quoted_ranges

    for text in ("落实《“十四五”规划》和“放管服”改革，按照〔2021〕9号文件。", "“统一窗口出件\"模式", "《未闭合\n“甲”", "无引号"):
        assert quoted_ranges(text) == [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def test_doubling_with_no_numeral_is_one_fan():
    # batch sq (sq_11): 实现翻番 doubles the level as 翻一番 does
    assert _read("到2030年，全市农业产值实现翻番，达到50亿元。") == [(1, None, "番", "eq", 2030), (50, None, "亿元", "eq", 2030)]
    assert _read("力争全镇集体收入翻番。") == [(1, None, "番", "eq", None)]
    # a name in quotes and a noun after it are no level
    assert _read("实施“翻番”工程。") == []
    assert _read("制定收入翻番计划。") == []


def test_a_share_of_a_work_to_complete_is_a_goal():
    # batch sq (sq_07): 8月份完成主体工程的70% is the share of the work due by then
    assert _read("5月份完成附属工程;6月份完成办公楼主体工程的60%。") == [(60, None, "%", "eq", None)]
    assert _read("10月底前完成年度投资计划的80%。") == [(80, None, "%", "eq", None)]
    # a share already done, or a share of a sum, sets nothing
    assert _read("去年完成主体工程的70%。") == []
    assert _read("占总投资的70%。") == []


def test_a_year_lead_in_sentence_dates_the_paragraphs_after_it():
    # batch sq (sq_11): 到2020年，…实现三大目标： then goals in paragraphs of their own; a paragraph with its own
    # year keeps it
    text = (
        "某县今后五年发展目标。\n"
        "到2030年，该县将通过实施三大战略，实现三大具体目标：\n"
        "群众生活持续改善。农村居民人均可支配收入达到30000元。\n"
        "到2028年，园区建设基本完成，入驻企业达到50家。\n"
    )
    doc = policyparse.parse(text)
    found = [(t.value, t.unit, t.year) for s in doc.iter_sections() for t in s.targets]
    assert (30000, "元", 2030) in found
    assert (50, "家", 2028) in found


def test_an_item_marker_glued_to_a_year_is_no_decimal():
    # batch sq (sq_02): 4.2011年底主体施工 is item 4 due at the end of 2011, not the number 4.2011
    assert [(d.year, d.month, d.kind) for d in find_deadlines("4.2011年底主体施工，2012年4月30日前封顶。", 0, 40, 2011)] == [
        (2011, 12, "period"), (2012, 4, "by")]
    text = "（二）具体任务\n12.2013年底前完成验收。"
    assert [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), 2013)] == [(2013, 12, "by")]
    # a decimal inside a sentence stays a number
    assert find_deadlines("增长4.2011年", 0, 10, 2011) == []


def test_a_year_heading_a_clause_that_puts_a_work_in_use_is_due():
    # batch sq (sq_02): 2011年三国文化周活动期间投入使用 is due in use in 2011
    text = "4.2011年三国文化周活动期间投入使用。"
    assert [(d.year, d.kind) for d in find_deadlines(text, 0, len(text), 2011)] == [(2011, "by")]
    assert [(d.year, d.kind) for d in find_deadlines("，2023年建成投用。", 0, 11, 2022)] == [(2023, "by")]
    # a work named by when it was done, or already done, is no deadline
    assert find_deadlines("2015年竣工的项目", 0, 10, 2022) == []
    assert find_deadlines("该路2010年已通车。", 0, 11, 2022) == []


def test_last_past_sentence_is_the_last_match_the_search_finds():
    """targets._last_past_sentence tries _PAST_SENTENCE only where a match can start, and finds the last match
    finditer finds (the same span) in every window."""
    from policyparse.extract.targets import _PAST_SENTENCE, _last_match, _last_past_sentence

    texts = ("截至2020年底，已累计建成5000个。", "目前，全国有统配煤矿九十个；去年，总额达四亿元", "“十三五”以来，完成投资3亿元。",
             "自2015年以来累计建成了12座，力争到2025年达到20座", "操作人员已从5人减少至2人。今年上半年，增长率达17.6%",
             "为了解情况，经调查，规模高达860万千瓦", "据统计，现存1200家；截止目前已完成", "推进建设，确保完成任务。\n三年来，成效明显",
             "鲁布革水电站四台机组已全部投产发电，年发电量", "无过去之词的句子，到2025年达到60%", "")
    for text in texts:
        for lo in range(0, len(text), 3):
            for hi in (len(text), max(lo, len(text) - 4)):
                want = _last_match(_PAST_SENTENCE, text, lo, hi)
                got = _last_past_sentence(text, lo, hi)
                assert (got and got.span()) == (want and want.span()), (text, lo, hi)


def test_a_meetings_session_is_no_target():
    # 十三届十五次全会 counts the plenary session, in a sentence dated by the plan's year
    assert targets("2022年的部署既是省委十三届十五次全会暨省委经济工作会议精神的细化。") == []


def test_capital_leveraged_is_a_scale_to_reach():
    # 撬动社会资本1000亿元: capital drawn in is a scale, as 投资 is (not a sum handed out)
    assert targets("年度计划投资200亿元，撬动社会资本1000亿元。") == [(200, "亿元", "eq"), (1000, "亿元", "eq")]


def test_a_year_before_a_work_to_be_built_is_due():
    # 2019年建成…公路: due by the year (2016年启动…, a step taken in the year, stays a period)
    assert deadlines("加快通道建设，2019年建成典农河至沙湖旅游公路。", 2019) == [(2019, None, None, "by")]
    assert deadlines("加快建设，2016年启动50个项目。", 2016) == [(2016, None, None, "period")]


def test_a_notice_numbered_in_a_year_was_issued_in_it():
    # a page republished in 2024 of 汴禹政〔2020〕13号: its 到2022年 is a goal, not a date of record
    doc = policyparse.parse("关于推进健康行动的实施意见\n发布时间：2024-01-01\n汴禹政〔2020〕13号\n各乡人民政府：\n"
                            "一、总体要求\n（一）总体目标。到2022年，形成完备的工作机制。到2030年，政策体系更加完善。")
    assert doc.metadata.publish_date == "2024-01-01" and doc.metadata.issue_date is None
    dated = [d.year for n in doc.iter_sections() for d in n.deadlines]
    assert dated == [2022, 2030]


def test_years_of_age_count_only_as_a_life_expectancy():
    # 人均预期寿命达82.4岁 is a goal; 年满18岁 and 60岁以上老人 are conditions, as ages are
    assert targets("人均预期寿命达82.4岁，居民健康素养水平达39%以上。") == [(82.4, "岁", "eq"), (39, "%", "gte")]
    assert targets("年满18岁的居民，为60岁以上老人提供服务。") == []


def test_a_standing_rule_keeps_its_page_year():
    # a 办法 republished in 2017: the dates it sorts people by (2006年6月30日及以前退休的人员) stay records
    doc = policyparse.parse("关于印发《企业职工基本养老金计发办法》的通知\n发布时间：2017-08-11\n黔劳社厅发〔2006〕20号\n"
                            "各市人社局：\n第十三条 2006年6月30日及以前达到法定退休年龄并办理退休手续的人员，仍按原规定发给。")
    assert [d for n in doc.iter_sections() for d in n.deadlines] == []


def test_the_number_who_must_act_together_for_a_right_is_no_target():
    assert targets("常务委员会组成人员5人以上，可以向常务委员会提出议案。") == []
    assert targets("一个代表团或者代表10人以上联名，可以提出议案。") == []
    assert targets("到2025年，全市注册志愿者达到5万人以上，可以满足服务需求。") != []



def test_look_back_answers_as_its_two_openers():
    """targets._is_look_back asks its openers only of a text holding their words (过去, 取得了): the answers of the
    two patterns asked of every text."""
    from policyparse.extract.targets import _LOOK_BACK_OPENER, _LOOKS_AHEAD, _RESULTS_OPENER, _is_look_back

    for own in ("过去一年，我国经济规模稳步扩大，增长5%。", "过去五年，成绩显著。到2025年，力争增长10%。", "“十四五”期间，全县取得了新进展。增长8%。",
                "全市取得了显著成效。今后要再增长。", "到2025年，增长5%。", "回顾过去，展望未来。", "  过去的三年，增长3%。", ""):
        opens_back = _LOOK_BACK_OPENER.match(own) or _RESULTS_OPENER.match(own)
        assert _is_look_back(own) == (bool(opens_back) and not _LOOKS_AHEAD.search(own)), own


def test_results_listed_as_the_search_finds_them():
    """_text.results_listed asks its pattern only of a text holding 取得: the spans the search of every text gives."""
    from policyparse.extract._text import _RESULTS_LISTED, _TURNS_FORWARD, results_listed

    for own in ("总结了取得的巨大成就：五年累计生产黄金100吨。今后要增长。", "取得了显著成效：增长5%", "取得成绩", "增长5%", ""):
        m = _RESULTS_LISTED.search(own)
        turn = _TURNS_FORWARD.search(own, m.end()) if m else None
        assert results_listed(own) == ([(m.end(), turn.start() if turn else len(own))] if m else []), own



def test_a_budget_committed_is_a_goal_not_a_grant():
    # 市财政安排200万元对…进行奖补: the budget the grants come out of; the 20万元 each project is paid is a flat
    # standard, a target too since the session-26 gold decision (docs/gold-format.md, "Five target forms read one way")
    assert targets("市财政安排200万元对重点项目进行奖补，给予每个项目20万元一次性奖补。") == [(200, "万元", "eq"), (20, "万元", "eq")]
    # a cap per project stays no target
    assert targets("市财政安排200万元对重点项目进行奖补，每个项目最高奖补20万元。") == [(200, "万元", "eq")]
    # the parts 其中 details of a budget committed are budgets too
    assert targets("2025年，市级财政预算安排13亿元，其中，支持大学建设6.5亿元，支持人才引育2.3亿元。") == [
        (13, "亿元", "eq"), (6.5, "亿元", "eq"), (2.3, "亿元", "eq")]
    # a sum handed out, with no budget it details, stays a grant
    assert targets("对评为示范的企业给予50万元奖补。") == []


def test_bonds_raised_and_an_investment_opening_its_clause_are_scales():
    # 力争…专项债券资金10亿元, 发行专项债券2000万元: bonds raised; 投资200亿元，实施…: the sum the plan invests
    assert targets("力争地方政府专项债券资金10亿元。") == [(10, "亿元", "eq")]
    assert targets("第一季度发行专项债券2000万元，抓好产业园项目。") == [(2000, "万元", "eq")]
    assert targets("突出工业主体地位。投资200亿元，实施工业项目工程。") == [(200, "亿元", "eq")]
    # 项目总投资 / 项目投资: the size of one project, not a goal
    assert targets("建设物流园，项目总投资5亿元。") == []
    assert targets("项目投资5亿元。") == []


def test_a_year_s_end_check_and_a_step_taken_in_step_with_others_are_periods():
    # 将于第三季度、年终进行全面督查: 年终 is the year's last month, when the check is held (年终奖 is a bonus)
    assert deadlines("省政府将于第三季度、年终进行全面督查。", 2020) == [(2020, None, None, "period"), (2020, 12, None, "period")]
    assert deadlines("按规定发放年终奖。", 2020) == []
    assert deadlines("年终要进行考核，建立年终述职制度。", 1986) == []
    assert deadlines("实行季度督查通报、年终考评汇总。二、年终结转结余", 2010) == []
    # 2020年与全国全省同步实现全面小康: the year the step is taken, as 2018年实现贫困人口全部脱贫
    assert deadlines("巩固提升，2020年与全国全省同步实现全面小康。", 2016) == [(2020, None, None, "period")]


def test_the_level_a_change_is_measured_against_is_no_goal():
    # 比“六五”计划期间平均362.9万吨增长24%: the base between 比 and the change verb; the change is the goal
    assert targets("粮食总产量达到450万吨，比“六五”计划期间平均362.9万吨增长24%。") == [(450, "万吨", "eq"), (24, "%", "eq")]
    assert targets("单位能耗比2020年下降13.5%。") == [(13.5, "%", "eq")]


def test_a_count_after_a_comma_goes_on_with_a_list_of_counts_made():
    # 创建A2个、B20个以上，C8个: the comma stands for a 、 in a list of counts the verb makes
    assert targets("我省将创建国家级经开区2个、省级经开区20个以上，省级高新区8个。") == [
        (2, "个", "eq"), (20, "个", "gte"), (8, "个", "eq")]
    # a single count before the comma is no list; a clause with a verb of its own is its own clause
    assert targets("继续实施扩容建设项目6个，在校学生14000人。") == [(6, "个", "eq")]
    # (总建设面积14000平方米 after it is now read as the area of that work: so_06's gold, goals8's rule)
    assert targets("创建经开区2个、高新区3个，其余8个已投运。") == [(2, "个", "eq"), (3, "个", "eq")]


def test_a_bound_glued_to_a_noun_counted_after_it_names_a_class():
    # 50只以上规模养殖户47个, 10—50只分散养殖户150户: the bound (or range) names the class the count after it counts
    assert targets("倡导群众发展10—50只分散养殖户150户。") == [(150, "户", "eq")]
    assert (50, "只", "gte") not in targets("新建50只以上规模养殖户47个。")
    # 培育5个以上收入过200亿元的软件产业集群: the count is the goal, the threshold after it qualifies the noun
    assert targets("到2023年，培育5个以上收入过200亿元的软件产业集群。") == [(5, "个", "gte")]


def test_the_bracketed_parts_of_a_goal_are_goals():
    # 新增奶羊2.5万只（新引进0.85万只，自繁1.65万只）: each part details the count the sentence sets
    assert targets("年内新增奶羊2.5万只（新引进0.85万只，自繁1.65万只），通过投放种公羊。") == [
        (2.5, "万只", "eq"), (0.85, "万只", "eq"), (1.65, "万只", "eq")]
    # the parts of a present count stay facts
    assert targets("全市现有企业120家（其中规上企业30家）。") == []
    # the whole restated per month is no part of it
    assert targets("全年需处理工单7.36万条（每个月6133条）。") == []


def test_yu_or_duo_between_the_multiplier_and_the_measure_is_about_that_many():
    # leftovers12: 1万余人 / 2万多人次 / 5亿余元 count in 万人 / 万人次 / 亿元, about (余 / 多 = approx)
    assert _full("全年新增就业1万余人。") == [(1, "万人", "approx", None, None)]
    assert _full("培训农民工2万多人次。") == [(2, "万人次", "approx", None, None)]
    assert _full("力争营收达到5亿余元。") == [(5, "亿元", "approx", None, None)]
    assert _full("新增就业1万人。") == [(1, "万人", "eq", None, None)]


def test_an_area_naming_a_building_or_site_is_no_target():
    # leftovers12 (so_09): 建筑面积达3万余平方米的影剧院 says which theatre, as a plant's capacity does; an area to
    # reach (…面积达到100万平方米的目标, 新建厂房面积10万平方米) stays a target
    assert _full("建筑面积达3万余平方米的武清区影剧院将于年内完工。") == []
    assert _full("占地面积约200亩的产业园开工建设。") == []
    assert _full("新增绿地面积达到100万平方米的目标。") == [(100, "万平方米", "eq", None, None)]
    assert _full("新建标准厂房面积10万平方米。") == [(10, "万平方米", "eq", None, None)]


def test_counts_after_the_verbs_of_a_list_of_public_works():
    # sw_01: 实事项目 lists name what is installed, opened or added (安装200台空调, 开设40个托班, 增配125台除颤器),
    # and flag some entries with an asterisk after 、 (新增1家A、*3家B): the asterisk is no product sign
    assert targets("为义务教育学校普通教室安装200台空调。") == [(200, "台", "eq")]
    assert targets("开设40个小学生爱心暑托班、12个小学生爱心寒托班。") == [(40, "个", "eq"), (12, "个", "eq")]
    assert targets("在居民小区增配125台自动式体外除颤器。") == [(125, "台", "eq")]
    assert targets("*新增1家社区长者食堂、*3家乡村长者照护之家。") == [(1, "家", "eq"), (3, "家", "eq")]
    assert targets("保障“7*24小时”服务。") == []  # between two factors the asterisk still multiplies


def test_a_class_numeral_between_a_floor_and_its_count_keeps_the_floor():
    # sw_13: 至少完成一类规模基础设施项目3个 — 一类 names the class of the projects, the floor bounds the 3
    assert targets("市重点中心镇至少完成一类规模基础设施项目3个。") == [(3, "个", "gte")]
    assert targets("行政村最多换乘一次客运公交比例达到100%。") == [(100, "%", "eq")]  # 一次 is a count of its own


def test_network_densities_count_in_kilometres_per_area():
    # sw_02: 铁路网密度达到507公里/万平方公里, 高速公路密度达到5公里/百平方公里
    assert targets("到2025年，铁路网密度达到507公里/万平方公里，高速公路密度达到5公里/百平方公里。") == [
        (507, "公里/万平方公里", "eq"), (5, "公里/百平方公里", "eq")]


def test_the_year_of_the_work_a_notice_without_a_date_opens_on_dates_its_months():
    # sw_07: 按照我县2017年脱贫攻坚的总体部署，本年度…要求在8月底前全部完工 (no title, signature or fields)
    doc = policyparse.parse("按照我县2017年脱贫攻坚的总体部署，本年度林区公路项目要求在8月底前全部完工。\n特此通知。\n")
    assert [(d.year, d.month) for n in doc.iter_sections() for d in n.deadlines] == [(2017, 8)]


def test_a_ratio_to_one_is_a_target_only_as_a_level_set():
    # sw_02: 收入差距控制在2.2∶1以内, 差距缩小到1.2∶1; rl_06: 按照1∶1比例共同出资 is a split, no goal
    assert targets("到2025年，城乡居民收入差距控制在2.2∶1以内，人均GDP差距缩小到1.2∶1。") == [(2.2, "∶1", "lte"), (1.2, "∶1", "eq")]
    assert targets("政府、企业按照1∶1比例共同出资。") == []


def test_a_paragraph_opening_on_recent_years_or_the_present_state_tells_results():
    # sw_11: 近年来，…全省已累计改造农村户厕408万余户…治理率达31.8% / 近日，…获悉，截至目前，…共12941个 — records;
    # a paragraph that turns forward (下一步, 到2027年) keeps its goals
    assert targets("近年来，全省深入推进人居环境整治。农村生活垃圾收运市场化率达100%。污水治理率达31.8%。") == []
    assert targets("近日，笔者从省农业农村厅获悉，截至目前，全省已建中心村共12941个。全省建设美丽宜居自然村19725个。") == []
    assert targets("近年来，全省深入推进人居环境整治。下一步，全省力争新建中心村1000个。") == [(1000, "个", "eq")]


def test_years_of_schooling_are_the_one_goal_counted_in_years():
    # sw_02: 劳动年龄人口平均受教育年限达到11.5年; a year, a span of years or a term is no measure
    assert targets("到2025年，劳动年龄人口平均受教育年限达到11.5年。") == [(11.5, "年", "eq")]
    assert targets("2021年至2025年，完成3年行动，建设期限为5年。") == []


def test_goal_titles_are_asked_of_the_patterns_only_when_they_hold_目标():
    # speed11: the goal-title tests of targets and deadlines take the pattern only for a title holding 目标 (every
    # match holds it): the same answers as the patterns alone, for titles with and without it, and for none
    from policyparse.extract.targets import _GOAL_TITLE, _TITLE_PERIOD, _names_goals, _title_period, _under_goal_heading
    from policyparse.models import Section

    titles = ["二、发展目标", "（一）总体要求和主要预期目标", "主要目标任务", "目标任务", "工作目标和主要任务", "一、总体要求",
              "1. 总体目标（2013-2025年）", "（二）近期目标（2013—2015年）", "近期（2013-2015年）", "", None]
    for t in titles:
        assert _names_goals(t) == bool(_GOAL_TITLE.search(t or ""))
        got, want = _title_period(t), _TITLE_PERIOD.search(t or "")
        assert (got and got.group(0)) == (want and want.group(0))
    kids = [Section(id="1.1", kind="item", level=2, span=(10, 20), title="培育30家", text=""), Section(id="1.2", kind="item", level=2, span=(20, 30), text="")]
    heading = Section(id="1", kind="heading", level=1, span=(0, 30), title="一、主要目标", text="", children=kids)
    other = Section(id="2", kind="heading", level=1, span=(30, 40), title="二、主要任务", text="",
                    children=[Section(id="2.1", kind="item", level=2, span=(35, 40), text="")])
    assert _under_goal_heading([heading, other]) == {id(k) for k in kids}
    # deadlines: a title holding 目标 makes a year opening a sentence one to reach (kind by), any other a period
    text = "2025年，全市科普设施基本完善。"
    kinds = []
    for title in ("二、发展目标", "二、发展任务", None):
        node = Section(id="1", kind="heading", level=1, span=(0, len(text)), title=title, text=text)
        policyparse.extract.deadlines.assign_deadlines(text, policyparse.models.Metadata(), [node])
        kinds.append([d.kind for d in node.deadlines])
    assert kinds == [["by"], ["period"], ["period"]]


def test_year_lead_ins_are_asked_of_the_patterns_only_when_the_text_opens_on_到():
    # speed11: _led_in_goal_years reads a lead-in only from a text opening on 到 and holding 年 (every full match of
    # either pattern does): the same answers as the patterns, and a node after no lead-in carries no year
    from policyparse.extract.targets import _led_in_goal_years, _year_lead_in
    from policyparse.grammar import YEAR_LEAD_IN, YEAR_LEAD_IN_SENTENCE
    from policyparse.models import Section

    texts = ["到2000年：", " 到 2020 年底：", "到2020年，该县将通过实施…，实现四大具体目标：", "到二〇二五年末：", "到2025年，全市…达到60%。",
             "2025年：", "力争到2025年：", "工业废水排放量控制在300亿吨。", "到期后：", ""]
    for t in texts:
        own = t.strip()
        want = YEAR_LEAD_IN.fullmatch(own) or YEAR_LEAD_IN_SENTENCE.fullmatch(own)
        got = _year_lead_in(own)
        assert (got and got.group("y")) == (want and want.group("y"))
    paragraphs = [Section(id=f"p{i}", kind="paragraph", level=1, span=(i, i + 1), text=t)
                  for i, t in enumerate(["工业废水排放量控制在300亿吨。", "到2000年：", "工业废水排放量控制在300亿吨。", "到2010年，增长一倍。"])]
    assert list(_led_in_goal_years("", paragraphs).values()) == [2000]


def test_a_reports_review_part_tells_results_and_its_look_ahead_part_sets_goals():
    # a retelling of a work report parts its paragraphs by short 回顾… / 展望… lines: the lines are paragraphs of the
    # body; what stands under 回顾 is the year's record, under 展望…目标 a year opening a sentence is one to reach
    from policyparse.pipeline import parse_bytes

    text = (
        "各位代表：\n"
        "现在，我向大家汇报今年的工作。\n"
        "回顾2023年工作成果\n"
        "经济发展稳中向好，全县生产总值增长6%，投资10亿元。\n"
        "展望2024年工作目标\n"
        "2024年，我们将努力实现以下目标：\n"
        "经济高质量发展，确保生产总值增长7%。\n"
    )
    doc = parse_bytes(text.encode())
    nodes = {n.text.rstrip("。：\n"): n for n in doc.sections}
    assert "回顾2023年工作成果" in nodes and "展望2024年工作目标" in nodes
    assert nodes["经济发展稳中向好，全县生产总值增长6%，投资10亿元"].targets == []
    assert nodes["展望2024年工作目标"].deadlines == []
    assert [(d.year, d.kind) for d in nodes["2024年，我们将努力实现以下目标"].deadlines] == [(2024, "by")]
    assert [(t.value, t.unit) for t in nodes["经济高质量发展，确保生产总值增长7%"].targets] == [(7, "%")]


def test_parts_a_count_holds_and_a_lower_case_gdp_are_goals():
    # （含幼儿园4所） names a part of the count before it, not the bound again (as 不低于50万元（含50万元） does)
    assert targets("新建学校25所，其中城区学校10所（含幼儿园4所）、乡镇学校15所。") == [
        (25, "所", "eq"), (10, "所", "eq"), (4, "所", "eq"), (15, "所", "eq")]
    assert targets("贷款额度不低于50万元（含50万元）。") == []
    # a lower-case gdp is a scale, as GDP is
    assert targets("gdp力争800亿元，财政收入力争60亿元。") == [(800, "亿元", "eq"), (60, "亿元", "eq")]


def test_a_count_whose_items_an_attachment_lists_is_no_goal():
    # tb_01: （二）适当调整税则税目，其中新增56个税则税目，删除7个税目（见附件二）。
    assert targets("适当调整税则税目，其中新增56个税则税目，删除7个税目（见附件二）。") == []
    # a goal that sends to an attachment for its list stays one
    assert len(targets("到2025年，新增10个示范基地（名单见附件）。")) == 1


# Found by tools/anomalies.py over unlabelled notices: the value a change starts from was read as a target when the
# base's words stood between 由 and it, when the verb was 降为 / 下调至 / 减少为, or when 由 was left out.
@pytest.mark.parametrize("text,expected", [
    ("首付款比例由不低于所购房屋总价的30%调整为不低于20%。", [(20, "%", "gte")]),
    ("住房公积金贷款的，首付款比例由不低于所购房屋总价的30%调整为20%。", [(20, "%", "eq")]),
    ("监管账户内的余额不低于预售资金累计额的10%下调为5%。", [(5, "%", "eq")]),
    ("指令性计划分配的由171种减少为42种。", [(42, "种", "eq")]),
    # a chain of changes: the first change's goal is no starting point of the second
    ("年产量由五千四百台增加到一万台、进而增加到二万台。", [(1, "万台", "eq"), (2, "万台", "eq")]),
])
def test_change_starting_value_is_no_target(text, expected):
    assert targets(text) == expected


# Found by tools/anomalies.py (target_text_unit): a unit read past the number's match (元/平方米, 个工作日) was reported
# while the target's text and span stopped before it (text 140元, unit 元/平方米).
@pytest.mark.parametrize("text,written,unit", [
    ("对购买新建商品住房的给予140元/平方米购房补贴。", "140元/平方米", "元/平方米"),
    ("审批时限压缩到1个工作日。", "1个工作日", "个工作日"),
    ("人均收入达到28万元/人。", "达到28万元/人", "万元/人"),
])
def test_target_text_holds_its_unit(text, written, unit):
    (t,) = find_targets(text, 0, len(text), None, None)
    assert (t.text, t.unit, text[t.span[0]:t.span[1]]) == (written, unit, written)


def test_a_year_naming_the_years_programme_yields_to_the_date_set():
    text = "力争在2025年5月底前完成2024年度某某农田建设项目10.5万亩的主体工程。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.unit, t.year, t.metric) == (10.5, "万亩", 2025, "某某农田建设项目")


def test_a_programme_year_alone_still_dates_the_figure():
    text = "完成2024年度某某农田建设项目10.5万亩。"
    [t] = find_targets(text, 0, len(text))
    assert (t.value, t.year) == (10.5, 2024)


def test_a_paragraph_telling_of_a_year_before_the_documents_sets_no_goal():
    text = "2022年，我市新建学校100所，新增学位7.9万个。新建教师周转宿舍200套。"
    assert find_targets(text, 0, len(text), None, 2023) == []
    told_on = "2022年，我市新建学校100所。今年将新建宿舍200套。"  # a time of its own: the year to come
    assert [(t.value, t.year) for t in find_targets(told_on, 0, len(told_on), None, 2023)] == [(200, None)]


# ---------------------------------------------------------------- batch tg (goals and deadlines of city and county plans)


def test_a_count_with_a_multiplier_before_its_bound_and_noun_is_still_a_count():
    # tg_01: 安装80万个以上智能电表 (as 建成10个以上的示范园区): 万个 counts, no threshold naming a class
    assert targets("安装80万个以上智能电表。") == [(80, "万个", "gte")]
    assert targets("年排放二氧化碳1万吨以上项目的企业纳入管理。") == []


def test_a_you_inside_quotes_is_no_verb_of_sorting():
    # tg_02: 解决…“有路无灯、有灯不亮”问题2500个: the 有 belongs to the quoted name
    assert targets("解决城市道路照明“有路无灯、有灯不亮”问题2500个。") == [(2500, "个", "eq")]
    assert targets("将三级指标归纳为26个控制项。") == []
    assert targets("医院拥有省级临床重点专科14个。") == []  # what a body has, no level per head


@pytest.mark.parametrize("text, expected", [
    ("打通中心城区“断头路”20条。", [(20, "条", "eq")]),  # tg_02
    ("新辟公交线路10条。", [(10, "条", "eq")]),  # tg_05
    ("“一事一议”硬化村内巷道37.5万平方米。", [(37.5, "万平方米", "eq")]),  # tg_06
])
def test_verbs_of_opening_and_paving_set_their_counts(text, expected):
    assert targets(text) == expected


def test_a_note_in_brackets_between_a_count_and_its_bound():
    # tg_01: 拟新建200个（标准桩）以上电动汽车公共充电桩: 以上 after the note still bounds the count
    assert targets("拟新建200个（标准桩）以上电动汽车公共充电桩。") == [(200, "个", "gte")]


def test_the_total_investment_a_project_is_named_by_is_its_size():
    # tg_06: 加快建设总投资7.58亿元的县医院迁建项目 (not a sum the plan sets to invest)
    assert targets("加快建设总投资7.58亿元的县医院迁建项目。") == []
    assert targets("全年完成投资145亿元。") == [(145, "亿元", "eq")]


def test_a_count_after_a_comma_goes_on_with_the_count_its_verb_set():
    # tg_06: 建成农村生活垃圾处理站5个，农村生活污水处理站5个 (the comma stands for a 、)
    assert targets("建成农村生活垃圾处理站5个，农村生活污水处理站5个。") == [(5, "个", "eq"), (5, "个", "eq")]
    # a count in another measure, or after a clause with no verb of making, sets nothing
    assert targets("该区有学校5所，教师300人。") == []


def test_lamps_are_counted_in_zhan():
    # tg_02: 实施市管路灯绿色智能照明提升2万盏
    assert targets("实施市管路灯绿色智能照明提升2万盏。") == [(2, "万盏", "eq")]


def test_a_year_opening_a_sentence_under_a_heading_naming_goals_is_due_by_it():
    # tg_13: 2、推进学前教育低龄化发展 under 一、明确目标任务，…: 2007年，…达到50%以上 is due by 2007
    text = ("一、明确目标任务，促进学前教育快速发展\n1、学前三年教育发展目标。\n2007年，全市入园率达到96%以上。\n"
            "2、推进学前教育低龄化发展。\n2007年，市区学前第四年幼儿入园率达到50%以上。\n二、主要措施\n（一）加强管理。\n"
            "2008年，开展培训。\n")
    nodes = {s.title: [(d.year, d.kind) for d in s.deadlines] for s in policyparse.parse(text).iter_sections()}
    assert nodes["推进学前教育低龄化发展"] == [(2007, "by")]
    assert nodes["加强管理"] == [(2008, "period")]


def test_a_report_part_line_ending_in_huigu_heads_the_review():
    # tg_11: 过去五年工作回顾 between a report's paragraphs (回顾 last, as 2022年工作回顾): a part line, and the
    # paragraphs under it tell results (引进4家…, 2016年实现…132.76亿元), no goal and no date to meet
    text = ("各位代表：\n现在，我代表县人民政府，向大会报告工作。\n过去五年工作回顾\n"
            "珙县第十六届人大第一次会议以来，县政府引进4家世界500强企业落户。\n"
            "过去五年，我们奋力推进经济发展。2016年实现地区生产总值132.76亿元，年均增长10.6%。\n")
    nodes = list(policyparse.parse(text).iter_sections())
    assert [n.text.split("\n")[0] for n in nodes][2] == "过去五年工作回顾"
    assert [(n.targets, n.deadlines) for n in nodes[3:]] == [([], []), ([], [])]


def test_the_number_served_after_wei_is_a_goal_of_the_work_done_for_them():
    # tg_06: 为62户贫困残疾人家庭实施家居无障碍改造工程，为5000名适龄农村妇女免费进行“两癌”检查; tg_05: 为1000条渔船新装
    assert targets("为62户贫困残疾人家庭实施家居无障碍改造工程，为5000名适龄农村妇女免费进行“两癌”检查。") == [
        (62, "户", "eq"), (5000, "名", "eq")]
    assert targets("为1000条渔船新装广播电视。") == [(1000, "条", "eq")]
    # no work done for them: a number after 为 that only says what a thing is
    assert targets("该村农户数为62户。") == []


def test_a_percentage_range_with_the_sign_on_both_ends_is_one_range():
    # wild14 (hb13_6, re_1590): 电炉炼钢占比达到5%-10% gave 5% alone; the sign written after both ends is one range
    def ranges(text):
        return [(t.value, t.value_max, t.unit) for t in find_targets(text, 0, len(text), None, None)]
    assert ranges("电炉炼钢占比达到5%-10%。") == [(5, 10, "%")]
    assert ranges("力争达到1%～5%。") == [(1, 5, "%")]
    # the sign after the low end only: no range read across to a number that is no percentage
    assert ranges("占比达到5%-10家企业。")[0] == (5, None, "%")


def test_a_count_that_reach_follows_after_you_or_cong_is_the_start():
    # wild14 (hb13_17, hb09_55): 由当前的20家达到35家, 从11家发展到13家: the first count is where the growth starts
    assert targets("高新技术企业由当前的20家达到35家。") == [(35, "家", "eq")]
    assert targets("国家质检中心从11家发展到13家。") == [(13, "家", "eq")]
    # without 由 / 从, a count that 达到 follows stays (新建建筑15%以上达到绿色建筑标准)
    assert targets("城镇新建建筑15%以上达到绿色建筑标准要求。") == [(15, "%", "gte")]


def test_half_a_year_and_youth_are_no_time_of_the_year():
    # wild14: 本意见出台半年内完成 (43 notices): 半年内 is a time limit, not 年内; 中青年中医药 holds no 年中
    assert deadlines("各地要在本意见出台半年内完成制度修订。", 2020) == []
    assert deadlines("鼓励优秀中青年中医药人员总结经验。", 2020) == []
    assert deadlines("全面摸清适龄儿童少年底数，在青少年中开展科技活动。", 2020) == []
    assert deadlines("各地要在年内完成制度修订。", 2020) == [(2020, None, None, "period")]
    # 上半年 keeps its own reading: the 半 before 年 there is the part of the year
    assert [d[3] for d in deadlines("该系统定于上半年启动，年底完成。", 2020)] == ["period", "by"]


def test_a_law_s_note_of_an_article_struck_out_is_a_date_of_record():
    # wild14 (Beijing regulations): （2010年12月23日删除） notes the amendment that struck the article out
    assert deadlines("第五条 集体经济组织管理。（2010年12月23日删除）", 1993) == []


def test_a_bound_sign_makes_a_bare_number_a_level():
    # tk_05: 至2025年上海人均健康期望寿命≥71, …比例≥3: a sign as an indicator table prints it, no measure written
    text = "至2025年上海人均健康期望寿命≥71，家庭病床总建床数占常住人口比例≥3。"
    assert [(t.value, t.unit, t.comparator, t.year) for t in find_targets(text, 0, len(text))] == [
        (71, None, "gte", 2025), (3, None, "gte", 2025)]
    # a bare number with no sign is still no level
    assert targets("至2025年上海人均健康期望寿命71。") == []


def test_a_bound_before_a_list_item_stops_at_an_item_naming_its_own_metric():
    # tk_06: 每万人拥有社会组织数大于15个、农村和谐社区建设达标率95%: 大于 bounds 15个 only
    assert targets("每万人拥有社会组织数大于15个、农村和谐社区建设达标率95%。") == [(15, "个", "gt"), (95, "%", "eq")]
    assert targets("城镇登记失业率低于4%、农村贫困人口脱贫年均在300万人。") == [(4, "%", "lt"), (300, "万人", "eq")]
    # items that open on their number share the bound written once before the list
    assert targets("分别不低于10000元、5000元。") == [(10000, "元", "gte"), (5000, "元", "gte")]


def test_buying_stocking_and_the_people_served_set_the_count_after_them():
    # tk_15: 新购置公交车200辆, 储备活体生猪10.8万头, 受益人口2.45万人 (lexicons/goal_verbs.tsv)
    assert targets("新购置公交车200辆。") == [(200, "辆", "eq")]
    assert targets("储备活体生猪10.8万头。") == [(10.8, "万头", "eq")]
    assert targets("实施农村饮水安全巩固提升工程，受益人口2.45万人。") == [(2.45, "万人", "eq")]
    # a count with no such verb before it sets nothing
    assert targets("全市现有公交车200辆。") == []


def test_a_pages_date_and_time_lines_make_no_table_of_the_paragraph_below():
    # tk_11: 2018 / 01/31 / 23:45 under a news title: the paragraph's goals stay goals, not cells of a table
    text = ("江西绘就今后五年发展蓝图\n2018\n01/31\n23:45\n\n1月23日，省十三届人大一次会议开幕。\n\n"
            "我省提出：力争到2020年，全省生产总值达到2.6万亿元左右。\n\n【两大目标】\n\n2020年GDP达2.6万亿元\n")
    doc = policyparse.parse(text)
    found = [(t.value, t.unit, t.comparator, t.year) for s in doc.iter_sections() for t in s.targets]
    assert (2.6, "万亿元", "approx", 2020) in found


def test_the_day_of_the_meeting_a_report_was_made_at_is_no_deadline():
    # tk_09: 2月21日下午，在仁化县第十六届人民代表大会第五次会议上，…进行票决
    assert _dates("2月21日下午，在仁化县第十六届人民代表大会第五次会议上，代表对候选项目进行票决。") == []
    # a day something is to be done at a meeting stays a date
    assert _dates("3月10日前，在全市大会上通报结果。") == [(2025, 3, 10, "by")]


def test_a_plan_end_after_the_verb_naming_its_goals_is_due():
    # tk_06: 江苏提出“十三五”期末地区生产总值达到10万亿元左右
    assert _dates("江苏提出“十三五”期末地区生产总值达到10万亿元左右。") == [(2020, None, None, "by")]
    # a plan end inside what is to be reached dates nothing (实现“十三五”末…的目标)
    assert _dates("实现“十三五”末公民科学素质水平达到10%的目标。") == []


def test_a_bound_sign_before_a_bare_number_inside_a_bracket_or_a_table_row_sets_nothing():
    # tt_02: 达到优良(AQI≤100） defines a class; rs_01: 合格率％≧80≧80约束性, an indicator table's cells run together
    assert targets("空气质量优良天指全年空气质量达到优良(AQI≤100）的天数。") == []
    assert targets("畜禽粪污综合利用率≧80≧80约束性") == []


def test_a_year_led_in_by_a_dash_over_bulleted_goals_dates_them():
    # tk_11: 至2020年—— / ●力争全省生产总值达到2.6万亿元左右… / 从2021年开始—— / 至2022年—— / ●…超过3万亿元
    text = ("今后五年，我省要努力实现两个重要阶段性目标。\n\n至2020年——\n\n●力争全省生产总值达到2.6万亿元左右，经济实力显著增强；\n\n"
            "●科技进步贡献率达到60%，进入创新型省份行列；\n\n从2021年开始——\n\n●全面实施“十四五”规划。\n\n至2022年——\n\n"
            "●力争地区生产总值超过3万亿元，主要经济指标在全国的位次进一步前移；\n")
    nodes = [((s.text or "").split("\n")[0], [(t.value, t.year) for t in s.targets], [(d.year, d.kind) for d in s.deadlines])
             for s in policyparse.parse(text).iter_sections()]
    assert [n[0] for n in nodes][1:4] == ["至2020年——", "●力争全省生产总值达到2.6万亿元左右，经济实力显著增强；",
                                          "●科技进步贡献率达到60%，进入创新型省份行列；"]
    assert nodes[1][2] == [(2020, "by")]
    assert [n[1] for n in nodes][2:4] == [[(2.6, 2020)], [(60, 2020)]]
    assert nodes[-1][1] == [(3, 2022)]


def test_a_double_dash_after_a_year_leads_in_and_starts_no_span():
    assert _dates("至2020年——") == [(2020, None, None, "by")]
    # a double dash between two years is a span
    assert _dates("规划期为2021——2025年") == []


def test_a_years_figures_listed_after_wei_and_an_expectancy_stated_with_wei_are_on_record():
    # tk_05: 2021年三大健康指标分别为：市民平均预期寿命84.11岁、婴幼儿死亡率2.30‰; 我国人群健康预期寿命为69.4岁
    assert targets("2021年三大健康指标分别为：市民平均预期寿命84.11岁、婴幼儿死亡率2.30‰。") == []
    assert targets("我国人群健康预期寿命为69.4岁，相比全国人均期望寿命差距为8岁。") == []
    # goals a year's sentence names before its 为： stay goals
    assert targets("2025年主要目标分别为：人均预期寿命达到80岁、婴儿死亡率控制在5‰以内。") == [(80, "岁", "eq"), (5, "‰", "lte")]


def test_a_year_heading_a_clause_then_a_step_carried_on_is_the_period_of_the_work():
    # tk_15: 研究决定，2019年继续开展为民办实事工作 (继续 before the step, as 2016年启动…)
    assert _dates("市委、市政府研究决定，2019年继续开展为民办实事工作。") == [(2019, None, None, "period")]
    # 继续 alone before no step dates nothing
    assert _dates("市委、市政府研究决定，2019年继续。") == []


def test_xin_gai_kuo_jian_sets_the_count_after_it():
    # tg_05: 按省定标准新(改、扩)建幼儿园80所 (the verb 新建 with 改、扩 in brackets: lexicons/goal_verbs.tsv)
    assert targets("按省定标准新（改、扩）建幼儿园80所。") == [(80, "所", "eq")]
    assert targets("按省定标准有幼儿园80所。") == []


def test_the_count_closing_an_organisations_standing_list_is_its_size():
    # ti_06: 内设办公室、…、城市建设股、…、信息中心21个股室 (建设 is part of a name, not a making verb)
    assert targets("本局内设办公室、城市建设股、村镇建设股、信息中心21个股室。") == []
    # without 内设 the making verb in the list still sets a count out to make
    assert targets("本局建设办公室、城市服务站、村镇驿站、信息中心21个站点。") == [(21, "个", "eq")]


def test_a_pool_of_candidates_is_not_a_count_to_reach():
    # tk_09: 最终形成10个民生实事候选项目，票决产生八个民生实事项目
    assert targets("到2025年，最终形成10个民生实事候选项目。") == []
    assert targets("到2025年，最终形成10个民生实事项目。") == [(10, "个", "eq")]


def test_shi_shi_before_a_list_sets_out_the_count_closing_it():
    # tg_10: 高标准实施新港四号路等8条道路街景立面整修 (lexicons/making_verbs.tsv: 实施)
    assert targets("2018年，高标准实施新港四号路等8条道路街景立面整修。") == [(8, "条", "eq")]
    # with no verb before the list, 等8条 only counts what it named
    assert targets("2018年，新港四号路等8条道路的街景立面。") == []


def test_song_x_xia_xiang_sets_the_count_after_it():
    # tg_05: 送电影下乡25000场,送戏下乡2500场 (lexicons/goal_verbs.tsv: 下乡 closes 送…下乡)
    assert targets("送电影下乡25000场，送戏下乡2500场。") == [(25000, "场", "eq"), (2500, "场", "eq")]
    assert targets("送电影到村25000场，送戏到村2500场。") == []


_QUANTITY_PIECES = ("2023", "年", "1", "5.5", "一", "十", "三五", "百", "万", "个", "项", "%", "％", "以上", "左右", "约", "超",
                    "达到", "不低于", "≥", "百分之", "指数", "，", "。", "“", "”", "《", "》", "翻番", "统", "大", "提高", "余",
                    "平方米", "岁", "至", "-", " ")


@given(st.lists(st.sampled_from(_QUANTITY_PIECES), max_size=14).map("".join))
def test_a_match_skipped_as_a_bare_number_is_no_mention(own):
    """find_targets skips a _TARGET match with no bound, no 百分之, no measure and no 以上 / 左右 (_NO_QUANTITY) before
    reading it: _read_mention reads no mention of such a match, so the skip changes no target."""
    quoted = quoted_ranges(own)
    for m in _TARGET.finditer(own):
        if m.group("cmp1", "pct", "unit", "post") == _NO_QUANTITY:
            assert _read_mention(own, 0, own, m, quoted) is None


def test_bare_numbers_are_skipped_and_quantities_read():
    # the skip takes 二十大 / 2023 and leaves 10个 / 达到5 (an index after a bound) to be read
    own = "学习二十大精神，2023要求建成10个站点，指数达到5。"
    skipped = [m.group() for m in _TARGET.finditer(own) if m.group("cmp1", "pct", "unit", "post") == _NO_QUANTITY]
    assert "二十" in skipped and "2023" in skipped and "10个" not in skipped
    assert targets("到2025年，建成10个站点，发展指数达到5。") == [(10, "个", "eq"), (5, None, "eq")]  # an index counts in no measure


def test_a_node_with_no_quantity_is_left_before_its_paragraph_is_read(monkeypatch):
    """find_targets reads a node's quotations and asks whether it is a rubric or a look back only when a match may be a
    quantity (or 翻番 stands): a node of bare numbers has no target whatever it is."""
    import policyparse.extract.targets as t

    def unread(own):
        raise AssertionError("paragraph read for a node with no quantity")

    for name in ("_is_look_back", "_is_scoring_rule", "quoted_ranges"):
        monkeypatch.setattr(t, name, unread)
    assert targets("学习贯彻二十大精神，统一思想。") == []
    monkeypatch.undo()
    assert targets("过去五年，建成10个站点。") == []  # a look back: its quantity is a result
    assert targets("过去五年，全市收入实现翻番。") == []  # so is its doubling
    assert targets("到2025年，实现收入翻番。") == [(1.0, "番", "eq")]


def _ungated_quantity_spans(own: str) -> list[tuple[int, int]]:
    """_quantity_matches as it was before _QUANTITY_SIGN gated it: every _TARGET match that may be a quantity."""
    from policyparse.extract import targets as t

    return [m.span() for m in t._TARGET.finditer(own)
            if m.group("cmp1", "pct", "unit", "post") != _NO_QUANTITY or own.startswith("/", m.end())]


_SIGN_PIECES = _QUANTITY_PIECES + ("（", "）", "(", ")", "/", "\t", "\u3000", "\n", "点", "零", "〇", "亿", "及以上", "以内", "之内",
                                   "上下", "千分之", "近", "逾", "保持在", "≤", "G", "cm", "PB", "6 . 5", "０", "１", "第", "标准桩",
                                   "多", "公里", "吨", "米", "分", "之")


@given(st.lists(st.sampled_from(_SIGN_PIECES), max_size=16).map("".join))
def test_the_quantity_sign_gate_keeps_every_quantity(own):
    """_quantity_matches scans only a node with a sign of a quantity beside a number (_QUANTITY_SIGN): the same
    matches as the scan of every node."""
    from policyparse.extract import targets as t

    assert [m.span() for m in t._quantity_matches(own)] == _ungated_quantity_spans(own)


def test_the_quantity_sign_gate_knows_every_measure_and_bound_word():
    # each measure of the lexicon, each bound word and each word after a number, at a digit and at a numeral
    from policyparse.extract import targets as t

    for word in (*t._UNITS, *t._POST_WORDS.split("|")):
        for own in ("达12" + word, "共12" + word, "三" + word + "。", "5万余" + word, "12 " + word, "200个（标准桩）" + word):
            assert [m.span() for m in t._quantity_matches(own)] == _ungated_quantity_spans(own), own
    for word in t._PRE1.split("|"):
        for own in (word + "60，", word + " 约5", word + "百分之三十", "指数" + word + "65", word + "三"):
            assert [m.span() for m in t._quantity_matches(own)] == _ungated_quantity_spans(own), own


def test_a_node_with_numbers_but_no_quantity_sign_is_not_scanned():
    # ra_01-like headings and prose: numerals in words (统一, 进一步, 二十大) and a year with no measure
    from policyparse.extract import targets as t

    for own in ("学习贯彻二十大精神，统一思想，进一步提高认识。", "（三）加强组织领导", "2023-2025", "第一章　总则"):
        assert t._QUANTITY_SIGN.search(own) is None and list(t._quantity_matches(own)) == []
    for own in ("建成10个站点", "孕产妇死亡率下降到10/10万", "指数达到65", "约百分之三十", "3万余平方米", "增长6 . 5 %"):
        assert t._QUANTITY_SIGN.search(own) is not None and list(t._quantity_matches(own))


@given(st.lists(st.sampled_from(_QUANTITY_PIECES), max_size=14).map("".join))
def test_has_comparator_word_is_any_of_the_four_groups(own):
    """_Mention.has_comparator_word compares the four groups with None in one call: as any() of them said."""
    quoted = quoted_ranges(own)
    for m in _TARGET.finditer(own):
        x = _read_mention(own, 0, own, m, quoted)
        if x is not None:
            assert x.has_comparator_word == any(m.group(g) for g in ("cmp1", "cmp2", "approx", "post"))


@given(st.lists(st.sampled_from(_QUANTITY_PIECES + ("、", "等", "；", "\n")), max_size=16).map("".join))
def test_a_mentions_clause_sentence_and_list_start_kept_read_as_computed_each_time(own):
    """_Mention keeps its clause, sentence and list start once read (_ReadOnce): every later reading, and a reading
    after dataclasses.replace (which makes a fresh mention), gives what the search from the mention's fields gives."""
    from dataclasses import replace

    from policyparse.extract import targets as t

    quoted = quoted_ranges(own)
    for m in _TARGET.finditer(own):
        x = _read_mention(own, 0, own, m, quoted)
        if x is None:
            continue
        end = t._CLAUSE_END.search(own, m.end(), min(len(own), m.end() + 200))
        clause = own[x.clause_start:end.start() if end else min(len(own), m.end() + 200)]
        stop = t._SENTENCE_END.search(own, m.end(), min(len(own), m.end() + 300))
        sentence = own[x.sentence_start:stop.start() if stop else min(len(own), m.end() + 300)]
        list_start = t._last_break(t._CLAUSE_BREAK_NO_LIST_R, own, m.start())
        for mention in (x, x, replace(x, goal_context=True)):
            assert (mention.clause, mention.sentence, t._list_start(mention)) == (clause, sentence, list_start)


def test_targets_built_without_validation_are_those_pydantic_validates():
    """_target builds each Target from values it typed itself (models.built, no validation): validating the same
    fields gives the same model, the same types (value a float, span a tuple of ints) and the same fields set."""
    from pathlib import Path

    from policyparse.models import Target

    root = Path(__file__).resolve().parents[1]
    texts = [f.read_text(encoding="utf-8") for f in sorted((root / "samples").glob("*.txt"))]
    texts += ["到2025年，全市地区生产总值增长6.5%左右，新建5G基站3000个以上，森林覆盖率达到百分之三十。",
              "每年培训农民2万人次；建成三五个示范区，研发投入1.5亿至2亿元。"]
    found = 0
    for text in texts:
        for node in policyparse.parse(text).iter_sections():
            for t in node.targets:
                checked = Target(**{name: getattr(t, name) for name in Target.model_fields})
                assert t == checked and t.model_fields_set == checked.model_fields_set
                assert [type(v) for v in t.__dict__.values()] == [type(v) for v in checked.__dict__.values()]
                assert t.model_dump_json() == checked.model_dump_json()
                found += 1
    assert found >= 5


_INTRO_PIECES = ("条件", "资格", "符合", "具备", "以下", "下列", "申请", "申报", "人应", "单位", "的", "，", "：", ":", "。", "；",
                 "\n", "场地", "到2025年", "“十四五”末", "，")


@given(st.lists(st.sampled_from(_INTRO_PIECES), max_size=16).map("".join))
@example("资格\n条件：")  # an intro wrapped over two lines: read on from the line before, as the gate does
def test_the_condition_and_goal_year_gates_read_as_the_full_searches(own):
    """_is_condition_intro asks the pattern only of a text closing on ：/ : / 。 and only over its last
    _CONDITION_INTRO_REACH characters; _stated_goal_year scans only a text holding 年 or 五: as the searches over
    the whole text said."""
    from policyparse.extract import targets as t

    intro = t._CONDITION_INTRO.search(own)
    old = False
    if intro is not None:
        start = t._last_break(t._SENTENCE_BREAK_R, own, intro.start())
        if start >= 2 and own[start - 1] == "\n" and own[start - 2] not in t._SENTENCE_STOPS:
            start = t._last_break(t._SENTENCE_BREAK_R, own, start - 1)  # a sentence wrapped over lines (ub_07)
        old = t._APPLYING.search(own, start, intro.end()) is not None
    assert t._is_condition_intro(own) == old
    found = {int(m.group(1)) if m.group(1) else t.PLAN_END_YEAR.get(m.group(2)) for m in t._HEADING_GOAL_YEAR.finditer(own)}
    found.discard(None)
    assert t._stated_goal_year(own, 0, len(own)) == (found.pop() if len(found) == 1 else None)


def test_a_condition_intro_far_into_a_long_text_is_still_found():
    # the gate reads only the text's close: a long paragraph closing on the intro is still one
    from policyparse.extract.targets import _is_condition_intro

    assert _is_condition_intro("开展道路测试的安全要求很多，" * 5 + "测试驾驶人应当符合下列条件：")
    assert not _is_condition_intro("测试驾驶人应当符合下列条件：" + "开展道路测试。")


def test_the_size_a_body_is_made_of_is_no_target():
    """委员会由15至25名委员组成: how many members a rule gives a body, no goal; a team the plan sets up of so many
    (组建由100名专家组成的服务团队) is one."""
    assert targets("委员会由15至25名委员组成。") == []
    assert targets("理事会由理事7至11人组成，设理事长1人。") == []
    assert [(v, u) for v, u, _ in targets("组建由100名专家组成的服务团队。")] == [(100, "名")]


def test_a_count_whose_thing_counted_follows_it_takes_that_noun_as_metric():
    """建设100家智慧农业应用基地、16家以上智能牧场: the list's later item (and a count right after its verb) names
    what it counts after the number, up to the next item or verb."""
    text = "建设100家智慧农业应用基地、16家以上智能牧场。"
    found = find_targets(text, 0, len(text), 2024, 2024)
    assert [(t.value, t.metric) for t in found][-1] == (16, "智能牧场")
    text = "力争每年新增200家企业通过国家数字化转型评估。"
    assert [t.metric for t in find_targets(text, 0, len(text), 2024, 2024)] == ["企业"]


def test_the_items_defining_a_class_by_conditions_set_no_goal():
    # tw_05 shape (PDF text of a 令): who the rule calls a 受益所有人, its intro wrapped over two lines
    text = (
        "第六条 符合下列条件之一的自然人为备案主体的受益所有\n人：\n"
        "（一）通过直接方式或者间接方式最终拥有备案主体25%以上股权、股份或者合伙权益；\n"
        "（二）虽未满足第一项标准，但最终享有备案主体25%以上收益权、表决权。\n"
        "第七条 到2025年，备案主体备案率达到95%以上。"
    )
    doc = policyparse.parse(text)
    values = [(t.value, t.unit) for s in doc.iter_sections() for t in s.targets]
    assert (25, "%") not in values
    assert (95, "%") in values


def test_a_bound_joined_with_qie_to_the_marks_of_a_class_is_no_target():
    text = "注册资本不超过1000万元人民币且股东、合伙人全部为自然人的备案主体，承诺后免于备案受益所有人信息。"
    assert targets(text) == []


def test_implicit_year_read_once_per_document(monkeypatch):
    """speed21: the year an implicit date (年底前) falls in is read once by extract and handed to targets and deadlines,
    which read the same year themselves when called alone."""
    import policyparse.extract as extract_stage
    from policyparse.extract import _text, deadlines as deadlines_stage, targets as targets_stage

    calls = []
    original = _text.document_year

    def counted(*args):
        calls.append(args)
        return original(*args)

    # every module that could read the year counts its calls: one read in all, by extract, handed to the other two
    for module in (extract_stage, targets_stage, deadlines_stage):
        monkeypatch.setattr(module, "document_year", counted)
    text = "某县2020年重点工作任务\n一、年底前完成道路改造，硬化率达到90%。\n某县人民政府\n2020年3月1日\n"
    doc = policyparse.parse(text)
    assert len(calls) == 1
    # the year handed down still dates the task's 年底前
    assert [(d.year, d.month) for n, _parent in walk(doc.sections) for d in n.deadlines] == [(2020, 12)]


_QUOTATION_PIECES = ("“", "”", "《", "》", "到", "至", "2025", "2023年", "年底", "年末", "，", ",", "标准", "的", "目标", "\"", "〔", "〕")


@given(st.lists(st.sampled_from(_QUOTATION_PIECES), max_size=14).map("".join))
def test_goal_quotations_gate_reads_as_the_pattern(own):
    """grammar.goal_quotations_left_out asks QUOTED_GOAL_OPENING only of a quotation opening on 到 / 至 (up_06:
    “到2023年，…”): the same quotations left as the pattern asked of every one."""
    from policyparse.grammar import QUOTED_GOAL_OPENING, goal_quotations_left_out

    quoted = quoted_ranges(own)
    assert goal_quotations_left_out(own, quoted) == [q for q in quoted if not QUOTED_GOAL_OPENING.match(own, q[0] + 1)]


@given(st.lists(st.sampled_from(("标准", "的", "标", "准", "的标准", "元", "1500", "发放", "，")), max_size=8).map("".join))
def test_flat_standard_words_read_as_the_pattern(after):
    # 按每人1500元标准发放: _FLAT_STANDARD_WORDS, asked by a startswith at the sum's end, reads what the pattern 的?标准
    # matched in the 12 characters after it (the pattern it replaced in every rule, session 25)
    import regex

    from policyparse.extract import targets as t

    own = "按每人1500元" + after
    assert own.startswith(t._FLAT_STANDARD_WORDS, 9) == bool(regex.match(r"的?标准", own[9:21]))


from hypothesis import settings as _settings  # noqa: E402

# pieces of the sentences _PAST_SENTENCE reads: its openers (当前, 去年, 经调查 only at a sentence's start), 了 with and
# without its lookaround's neighbours (为了, 了解, 除了), the stops, and other words
_PAST_PIECES = st.sampled_from(["截至2020年底，已", "截至11月底，", "已累计", "据统计", "现存", "目前已", "目前，", "当前，",
                                 "去年", "上年", "前年", "今年上半年", "经调查", "经摸排", "摸排发现", "自2015年以来", "三年来，",
                                 "了", "为了", "了解", "除了", "建成了", "已从", "已全部投产", "已提前达到", "上", "前", "今",
                                 "经", "当", "去", "。", "；", "\n", "，", "完成", "力争", "12座", "以来，", "截止目前"])


@_settings(max_examples=300, deadline=None)
@given(st.lists(_PAST_PIECES, max_size=10).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_last_past_sentence_finds_the_search_s_last_match(text, lo, width):
    """_last_past_sentence (its starts pruned: 当 去 上 前 今 经 at sentence starts only, 了 where DONE_LE's lookaround
    lets it stand) finds the span finditer's last match has, in any window."""
    from policyparse.extract.targets import _PAST_SENTENCE, _last_match, _last_past_sentence

    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    want = _last_match(_PAST_SENTENCE, text, lo, hi)
    got = _last_past_sentence(text, lo, hi)
    assert (got and got.span()) == (want and want.span())


def _neighbour_lines_plain(text: str, pos: int, n: int = 3) -> list[str]:
    lo, hi = max(0, pos - 400), min(len(text), pos + 400)
    line_start = text.rfind("\n", lo, pos)
    line_end = text.find("\n", pos, hi)
    before = text[lo:line_start].split("\n")[1:] if line_start >= 0 else []
    after = text[line_end + 1:hi].split("\n")[:-1] if line_end >= 0 else []
    before, after = [s.strip() for s in before if s.strip()], [s.strip() for s in after if s.strip()]
    return before[-n:] + after[:n]


@_settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["床位数", "100", "张", "\n", " \n", "\n\n", "　", "完成改造300户。", "x" * 150]), max_size=30)
       .map("".join), st.integers(0, 2000), st.integers(1, 4))
def test_neighbour_lines_strip_only_the_nearest(text, pos, n):
    """_neighbour_lines strips only the n nearest lines each side: the lines the plain form (strip every line of the
    window, keep n each side) keeps (a table's cells one a line, to_01-shaped)."""
    from policyparse.extract.targets import _neighbour_lines

    pos = min(pos, len(text))
    assert _neighbour_lines(text, pos, n) == _neighbour_lines_plain(text, pos, n)


def test_look_back_gate_answers_as_the_plain_words():
    # _may_look_back looks for a rare character of each word first (a memchr): the same answer as the four `in` tests
    from policyparse.extract.targets import _may_look_back

    words = ("过去", "近年来", "截至目前", "取得了")
    for text in ("过去五年，全省累计改造…", "近年来，我市…", "截至目前，已建成…", "取得了显著成效", "去年以来", "近期", "截至2023年底",
                 "取得成效", "到2025年，建成…", ""):
        assert _may_look_back(text) == any(w in text for w in words), text


def test_a_number_glued_to_xiangmu_names_a_project_and_counts_nothing():
    """稳步推进巨富国潮文化馆建设，加快推进安远路899项目 (vo_10): 899项目 is a project's name (a house number), the 项 opening
    项目, no measure; counted projects and goals keep their count (实施5个项目, 完成5项目标任务)."""
    assert targets("加快推进安远路899项目。") == []
    assert [(v, u) for v, u, _ in targets("到2025年，实施5个项目。")] == [(5, "个")]


# ---------------------------------------------------------------- added with batch ww
def test_a_condition_heading_that_lost_its_colon_still_lists_conditions():
    # ww_10: （一）…必须满足以下基本条件和绩效目标： and its sibling （二） stored without the colon — both head the
    # conditions an applicant meets (grouped under 1.基本条件 / 2.绩效目标), no levels a plan sets out to reach
    text = (
        "第十条 省新型研发机构分为初创型和成长型。\n"
        "（一）初创型省新型研发机构必须满足以下基本条件和绩效目标：\n"
        "1.绩效目标\n"
        "（1）具有研发基础条件。科研用房面积不低于1000平方米。\n"
        "（二）成长型省新型研发机构必须满足以下基本条件和绩效目标\n"
        "1.绩效目标\n"
        "（1）具有良好的研发基础条件。科研用房面积不低于2000平方米。\n"
    )
    values = [(t.value, t.unit) for s in policyparse.parse(text).iter_sections() for t in s.targets]
    assert (1000, "平方米") not in values and (2000, "平方米") not in values
    from policyparse.extract.targets import _colonless_condition_title

    assert not _colonless_condition_title("二、下列工作由各区负责")  # no condition named: a heading, not an intro
