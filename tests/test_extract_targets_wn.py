"""Targets: batch wn's rules (goal-bearing notices rich in numbers that are no goal: loan rules, levies, names), on
snippets shaped as the real sentences."""

from __future__ import annotations

import pytest

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # basis points a loan rate is set off a reference rate by: a spread a rule fixes (wn_07)
        "二套住房商业性个人住房贷款利率下限调整为不低于相应期限贷款市场报价利率加60个基点。",
        # the floor a rule lets lenders go down to (可降至): a permission, no level to reach (wn_06)
        "各金融机构可降低居民首套及二套改善性住房个人按揭贷款首付比例和贷款利率。首套住房首付比例最低可降至20%。",
        # 二次元 is a word, its 二次 counts no times (wn_10)
        "规范发展“谷子经济”，鼓励创作优质动漫产品，打造二次元和新生代潮玩聚集地。",
        # the share of a price a party pays as a deposit (wn_09)
        "对其中未达到净地条件的宗地，开发企业应缴纳不低于该宗地20%的土地出让价款作为保证金。",
        # a round count opening the name of a project (vs_11, 重庆市提振消费若干措施)
        "实施百万高校毕业生等青年留渝来渝就业创业行动，推进实施万名大学生基层就业项目。",
        # how many counties a named policy covers (vs_11, 重庆市提振消费若干措施)
        "推进实施大学生基层就业项目，适时扩围实施12个县大学生就业补贴政策。",
        # how many loan records a household has: a condition of the rule (wn_07)
        "住房公积金缴存职工家庭有2套及以上住房或有2次以上住房贷款记录，出售现有住房后，再次购买住房时，可按购买第二套住房的政策申请住房公积金贷款。",
    ],
)
def test_no_target(text):
    assert targets(text) == []


def test_a_duty_done_once_a_year_stays_a_target():
    # 每年举办一次…活动: a frequency the plan commits to (as ub_02 / uf_10 gold read it), not 二次元's word
    assert targets("有序发展低空消费应用场景，每年举办一次低空飞行消费周活动。") == [(1.0, "次", "eq")]


def test_a_count_of_counties_to_reach_stays_a_target():
    # the counties a plan sets out to cover, no policy named after them
    assert targets("力争2025年覆盖12个县。") == [(12.0, "个", "eq")]


def test_a_share_paid_as_a_grant_is_not_read_as_a_deposit():
    # a goal share with no 作为保证金 after it stays a target
    assert targets("全市城镇新建建筑中绿色建筑占比达到70%以上。") == [(70.0, "%", "gte")]


def test_a_count_made_after_the_grant_is_a_goal():
    # the grant is told first; the next clause sets yearly levels (vs_11, 重庆市提振消费若干措施)
    text = ("对举办首发活动和打造首店的给予最高不超过200万元奖励，每年举办首发活动100场以上、新打造品质首店300家以上。")
    assert targets(text) == [(100.0, "场", "gte"), (300.0, "家", "gte")]


def test_a_count_sizing_the_grant_after_it_stays_no_target():
    # the count names who may have the grant that follows it
    assert targets("对全年举办展会10场以上的企业给予最高50万元奖励。") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("2023年对学生集体用餐配送单位抽检不少于9000批次。", "批次"),  # wn_02
        ("支持各地市自主办展，组织1万家次企业参展。", "万家次"),  # wn_02
    ],
)
def test_batches_and_firm_visits_are_read_whole(text, unit):
    assert [t[1] for t in targets(text)] == [unit]
