"""Targets and deadlines: the rules written for batch ts (synthetic snippets in the batch's styles)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.year) for t in find_targets(text, 0, len(text))]


def deadlines(text: str, year: int | None = None) -> list[tuple]:
    return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), year, None)]


def test_years_listed_after_one_to_are_each_due():
    # ts_14: 到2022年和2030年，… — the 到 holds for the second year too
    assert deadlines("加强科普宣传。到2023年和2035年，全省居民健康素养水平分别不低于25%和35%。") == [
        (2023, None, "by"), (2035, None, "by")]
    assert deadlines("到2025年、2030年，覆盖率逐步提高。") == [(2025, None, "by"), (2030, None, "by")]


def test_levels_listed_with_years_pair_in_order():
    # ts_14: 分别不低于22%和30% after 到2022年和2030年: the first level by the first year
    assert targets("到2023年和2035年，全省居民健康素养水平分别不低于25%和35%。") == [
        (25, "%", "gte", 2023), (35, "%", "gte", 2035)]
    assert targets("到2023年和2035年，儿童生长迟缓率分别低于6%和4%。") == [(6, "%", "lt", 2023), (4, "%", "lt", 2035)]
    # a list whose length differs from the years' keeps the last year (no pairing can be read)
    assert [t[3] for t in targets("到2025年和2035年，覆盖率分别达到50%、60%和70%。")] == [2035, 2035, 2035]


def test_a_bound_followed_by_and_and_a_level_is_a_list_of_levels():
    # ts_14: 达到37%及以上和40%及以上 — two levels, not a class named by 37%及以上
    assert targets("到2023年和2035年，经常参加体育锻炼人数比例达到38%及以上和42%及以上。") == [
        (38, "%", "gte", 2023), (42, "%", "gte", 2035)]
    # a bound glued to a noun still names a class (2万吨及以下铅、锌冶炼)
    assert targets("淘汰2万吨及以下铅冶炼产能。") == []


def test_months_listed_before_one_month_end_are_each_due():
    # ts_01: 要在3月、6月、9月、12月底前，把…报送
    assert deadlines("各责任单位要在3月、6月、9月、12月底前报送完成情况。", 2015) == [
        (2015, 3, "by"), (2015, 6, "by"), (2015, 9, "by"), (2015, 12, "by")]
    assert deadlines("分别在6月、9月和12月底报送进展。", 2015) == [(2015, 6, "by"), (2015, 9, "by"), (2015, 12, "by")]
    # months listed with no end or 前 after them date no task
    assert deadlines("于3月、6月召开两次会议。", 2015) == []


def test_the_day_a_decision_was_taken_is_on_record():
    # ts_07: 2023年5月30日研究决定：任命…; rb_07: 经2021年10月18日县政府第18次常务会议研究决定
    assert deadlines("北京某大学：\n2022年4月12日研究决定：\n任命张三为校长。") == []
    assert deadlines("经2021年9月8日县政府常务会议研究决定，下放审批事项12项。") == []
    assert deadlines("中共某党组2022年3月1日决定，免去李四同志的职务。") == []


def test_a_size_set_for_the_time_being_is_no_goal():
    # ts_06: 学校全日制在校生规模暂定为18000人
    assert targets("四、学校全日制在校生规模暂定为12000人。") == []
    assert targets("到2025年，全日制在校生规模达到12000人。") == [(12000, "人", "eq", 2025)]


def test_a_rate_per_population_counts_in_its_base():
    # ts_15: 孕产妇死亡率…分别下降到4.0‰、4.5‰、10/10万: 10 per 100,000, not 100,000
    assert targets("到2030年，婴儿死亡率、孕产妇死亡率分别下降到4.5‰、12/10万。") == [
        (4.5, "‰", "eq", 2030), (12, "/10万", "eq", 2030)]
    assert targets("全市孕产妇死亡率控制在15/10万以下。") == [(15, "/10万", "lte", None)]
