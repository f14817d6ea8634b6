"""Targets and deadlines: the rules of goals7 (session 25, issue 10), written on the development part's remaining
mismatches; each test a short snippet in the form a development document writes (its id in a comment)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets
from policyparse.pipeline import parse


def targets(text: str, issue_year: int | None = None) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.recurrence) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def node_targets(text: str) -> dict[str, list[tuple]]:
    doc = parse(text)
    return {n.id: [(t.value, t.unit, t.comparator) for t in n.targets] for n in doc.iter_sections() if n.targets}


def test_a_threshold_inside_the_class_dui_opens_names_who_a_rule_treats():
    # uj_09: 对“双超双有高耗能”和产废量超100吨企业实施强制性清洁生产审核
    assert targets("全面推行清洁生产，对“双超双有高耗能”和产废量超100吨企业实施强制性清洁生产审核。") == []
    # tw_11: 对同时符合两项以上大额交易标准的交易，金融机构应当分别提交大额交易报告
    assert targets("第六条对同时符合两项以上大额交易标准的交易，金融机构应当分别提交大额交易报告。") == []
    # up_11: 省级对存栏300头、500头及1000头以上的奶牛场…分别给予: the levels listed before the bounded one too
    assert targets("省级对存栏300头、500头及1000头以上的奶牛场购置信息化设备分别给予补助。") == []
    assert targets("对年销售收入5000万元以上的企业给予奖励。") == []


def test_a_count_or_a_share_the_work_under_dui_reaches_stays_a_goal():
    assert targets("到2025年，对50家以上企业开展诊断服务。") == [(50.0, "家", "gte", None)]
    assert targets("到2025年，对全市100个以上的村开展整治。") == [(100.0, "个", "gte", None)]
    assert targets("到2025年，对80%以上的规上企业开展数字化诊断。") == [(80.0, "%", "gte", None)]
    assert targets("拟对100家以上企业实施技术改造。") == [(100.0, "家", "gte", None)]


def test_the_items_under_what_a_posts_holder_must_be_are_conditions():
    # ub_01: 在高速客船任职的船员应符合下列要求： / （三）…见习航行时间不少于10小时和20个单航次。
    found = node_targets("第十一条 在高速客船任职的船员应符合下列要求：\n（一）经主管机关认可的基本安全培训。\n"
                         "（二）取得高速客船船员职务适任证书者，在正式任职前见习航行时间不少于10小时和20个单航次。\n"
                         "第十二条 到2025年，建成示范企业10家以上。")
    assert list(found.values()) == [[(10.0, "家", "gte")]]


def test_the_items_under_a_list_of_cases_are_conditions():
    # ub_09: 经营者集中有下列情形之一的，可以不向国务院反垄断执法机构申报：
    found = node_targets("第二十二条 经营者集中有下列情形之一的，可以不向国务院反垄断执法机构申报：\n"
                         "（一）参与集中的一个经营者拥有其他每个经营者百分之五十以上有表决权的股份或者资产的；\n"
                         "（二）参与集中的每个经营者百分之五十以上有表决权的股份或者资产被同一个未参与集中的经营者拥有的。\n"
                         "第二十三条 到2025年，建成示范企业10家以上。")
    assert list(found.values()) == [[(10.0, "家", "gte")]]


def test_a_conditions_intro_wrapped_over_two_lines_is_read_whole():
    # ub_07: 第四条…高级管理人员，应当符合下 / 列条件： (a hard wrap inside the sentence)
    found = node_targets("第四条 非银行支付机构的董事、监事和高级管理人员，应当符合下\n列条件：\n（一）熟悉与支付业务相关的制度文件。\n"
                         "（二）不存在不得担任高级管理人员的情形。非银行支付机构应当具有5名以上高级管理人员。\n"
                         "第五条 到2025年，建成示范企业10家以上。")
    assert list(found.values()) == [[(10.0, "家", "gte")]]


def test_the_ends_of_a_bracket_a_rate_is_charged_on_are_no_goal():
    # ub_07: （二）备付金日均余额超过500亿元人民币至2000亿元人民币的部分，按照4%计算。
    assert targets("（二）备付金日均余额超过500亿元人民币至2000亿元人民币的部分，按照4%计算。") == []
    assert targets("（一）备付金日均余额不超过500亿元人民币的部分，按照5%计算。") == []


def test_a_schedules_allowance_for_each_class_is_no_goal():
    # ub_02: 原粮：储存6个月以内的，不超过0.1%；储存6个月以上12个月以内的，不超过0.15%；…
    assert targets("第二十八条市级储备粮保管自然损耗定额为：原粮：储存6个月以内的，不超过0.1%；储存6个月以上12个月以内的，"
                   "不超过0.15%；储存12个月以上的，累计不超过0.2%（不得按年叠加）。") == []
    # one class and its level alone is no schedule
    assert targets("人口10万以上的，建成不少于2个文化站。") == [(2.0, "个", "gte", None)]


def test_a_grants_share_and_cap_are_payout_rules():
    # ue_11: 补贴其贷款利息的50%，最高不超过50万元
    assert targets("对通过知识产权质押融资的企业，补贴其贷款利息的50%，最高不超过50万元。") == []
    # up_11: 对省外购买奶牛按照基准利率进行全额贴息和50%担保费补助; 产能支持资金不超过总投资额的30%
    assert targets("利用国家资金，对省外购买奶牛按照基准利率进行全额贴息和50%担保费补助。") == []
    assert targets("省级分别支持4000万元、2000万元和1000万元，其中奶酪产能支持资金不超过总投资额的30%。") == []
    assert targets("到2025年，担保费率不超过1%。") == [(1.0, "%", "lte", None)]


def test_the_least_share_a_rule_lets_a_party_take_is_no_goal():
    # ue_05: 可在投产后连续3-5年每年从营业利润中提取不低于5%的比例
    assert targets("科研人员与企业合作实施职务科技成果转化的，可在投产后连续3-5年每年从营业利润中提取不低于5%的比例。") == []


def test_a_sum_paid_to_each_one_every_month_or_time_is_a_flat_standard():
    # si_14: 第一类资助对象每人每月400元，…每人每月增加护理资助200元
    assert targets("第一类资助对象每人每月400元，第二类资助对象每人每月200元。经评估为重度失能的，每人每月增加护理资助200元。") == [
        (400.0, "元", "eq", "monthly"), (200.0, "元", "eq", "monthly"), (200.0, "元", "eq", "monthly")]
    # ra_07: 补贴标准为…长者饭堂每人每次3元，其他服务模式运营的每人每次1.5元
    assert targets("补贴标准为采取自主供给服务模式运营的长者饭堂每人每次3元，其他服务模式运营的每人每次1.5元。") == [
        (3.0, "元", "eq", None), (1.5, "元", "eq", None)]
    # ra_05: 为每人每月1963.5元; 每人每月分别为2413元、2512元、2121元
    assert [t[0] for t in targets("其农村特困人员基本生活标准每人每月分别为2413元、2512元、2121元。")] == [2413.0, 2512.0, 2121.0]
    # a grant handed out once stays a payout
    assert targets("对符合条件的，一次性给予每人2000元补贴。") == []


def test_a_time_the_work_cannot_be_done_by_or_is_forecast_to_be_is_no_deadline():
    # uf_02 (a 工作汇报): 很多土建工程年内无法完成；…采购任务应该能在年底前完成
    assert deadlines("很多土建工程年内无法完成；部分仪器设备现正在招投标过程中，采购任务应该能在年底前完成。", 2014) == []
    assert deadlines("确保年内完成全部土建工程。", 2014) == [(2014, None, None, "period")]
    assert deadlines("力争年底前完成采购。", 2014) == [(2014, 12, 31, "by")]


def test_the_date_a_bulletin_stands_at_is_no_deadline():
    # up_03: 从全国改薄办截至8月底通报分析，我省开工率在全国排位第15
    assert deadlines("从全国改薄办截至8月底通报分析，我省开工率在全国排位第15。", 2017) == []
    assert deadlines("各地要于8月底前完成排查。", 2017) == [(2017, 8, 31, "by")]


def test_the_places_each_of_which_makes_a_count_are_its_subject():
    # up_11: 到2022年，11个设区的市分别建设1个巴氏杀菌乳加工企业
    assert targets("到2022年，11个设区的市分别建设1个巴氏杀菌乳加工企业。") == [(1.0, "个", "eq", None)]
    assert targets("到2025年，建成10个示范区，分别建设1个中心。") == [(10.0, "个", "eq", None), (1.0, "个", "eq", None)]


def test_a_development_environment_section_tells_the_outlook_not_goals():
    # ts_03: （一）发展环境 / …国际货币基金组织（IMF）调高全球经济2018年增速至3.7%…
    found = node_targets("一、2018年经济社会发展的总体思路和预期目标\n（一）发展环境\n"
                         "国际货币基金组织（IMF）调高全球经济2018年增速至3.7%，表明世界经济复苏的动力仍然强劲。\n"
                         "（二）预期目标\n全市地区生产总值增长7%左右。")
    assert found == {"1.2": [(7.0, "%", "approx")]}


def test_the_time_a_report_is_due_within_is_a_rule_of_procedure():
    # ub_11: 应当及时告知金融消费者，并在 72小时以内报告…中国人民银行分支机构 (以内 read with the number)
    assert targets("应当及时告知金融消费者，并在 72小时以内报告银行、支付机构住所地的中国人民银行分支机构。") == []
    assert targets("实现群众诉求48小时以内办结。") == [(48.0, "小时", "lte", None)]
