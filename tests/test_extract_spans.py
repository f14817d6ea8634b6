"""Spans of dates (issue 10, session 24; docs/gold-format.md "Spans of dates"): a span of months gives the period of its
first month and the month it must be done by; a window of days is read once, at its end; a span of years heading a
clause its first year's period and its last year as the limit."""

from policyparse.extract.deadlines import find_deadlines


def deadlines(text: str, year: int | None = 2022, issued: int | None = None):
    return [(d.year, d.month, d.day, d.kind) for d in find_deadlines(text, 0, len(text), year, issued)]


def test_a_span_of_months_in_a_sentence_gives_its_start_and_its_limit():
    # ut_07: （三）2015年7月至9月底，对清单之外的乱收费项目…
    assert deadlines("（三）2015年7月至9月底，对清单之外的乱收费项目进行清理。", 2015, 2015) == [
        (2015, 7, None, "period"), (2015, 9, 30, "by")]
    # uy_02: 定于5月中旬至8月下旬在全省开展… (the months' parts: the months)
    assert deadlines("定于5月中旬至8月下旬在全省开展专项行动。") == [(2022, 5, None, "period"), (2022, 8, None, "by")]
    # ut_03: 定于2023年7月-12月，面向…开展… (a dash, the year written once)
    assert deadlines("定于2023年7月-12月，面向离校未就业高校毕业生开展服务攻坚行动。", 2023, 2023) == [
        (2023, 7, None, "period"), (2023, 12, None, "by")]
    # sq_07: 4月至5月完成附属工程护岸建设 (a month with no year: the document's)
    assert deadlines("4月至5月完成附属工程护岸建设。", 2019) == [(2019, 4, None, "period"), (2019, 5, None, "by")]


def test_a_span_of_months_across_the_years_turn_gives_both_ends():
    # tj_07: 重点禁烧时段 2014年10月至2015年3月底; uv_09: 2022年12月至2023年2月底
    assert deadlines("二、重点禁烧时段 2014年10月至2015年3月底。", 2014, 2014) == [(2014, 10, None, "period"), (2015, 3, 31, "by")]
    assert deadlines("（三）示范期（2024年11月—2025年8月）开展正式示范。", 2024) == [(2024, 11, None, "period"), (2025, 8, None, "by")]
    # 12月至3月 with no year written: which years it spans is not said
    assert deadlines("12月至3月开展冬季攻势。") == []


def test_a_span_of_months_that_times_no_work_sets_none():
    # rp_02: 2020年10月至2021年10月底取得施工许可的房屋建筑 (what the rule covers), a tally's months, a term ending 止
    assert (2021, 10, 31, "by") not in deadlines("（一）全省2020年10月至2021年10月底取得施工许可的房屋建筑和市政工程。", 2022, 2022)
    assert deadlines("2022年1月-5月，全市规模以上工业增加值同比增长5%。") == []
    assert deadlines("数据均为1-11月份累计数。") == []
    assert (2024, 1, None, "period") not in deadlines("自2024年1月至2024年12月止执行。", 2024)
    # a span of record, before the issue year
    assert deadlines("2018年3月至6月，开展了专项检查。", 2020, 2020) == []


def test_every_joiner_month_span_matches_reads_passes_the_gate():
    # issue 10: one definition of what joins a span of months (grammar.MONTH_SPAN_ANCHOR), the gate in _staged and the
    # reader's anchor alike; 月份至, 月 至, 旬到, 初到 and 旬～ had read one end or none
    # ut_07's 7月至9月底 written 7月份至9月份 (the months' 份)
    assert deadlines("7月份至9月份开展专项整治。") == [(2022, 7, None, "period"), (2022, 9, None, "by")]
    assert deadlines("2023年7月份-12月份，开展行动。", 2023, 2023) == [(2023, 7, None, "period"), (2023, 12, None, "by")]
    # a blank between the month and its joiner (7月 至 9月底, a spaced copy)
    assert deadlines("7月 至 9月底完成排查。") == [(2022, 7, None, "period"), (2022, 9, 30, "by")]
    # uy_02's 5月中旬至8月下旬 joined by 到, a month's start by 到, a part of a month by a wave dash
    assert deadlines("5月中旬到8月下旬在全省开展专项行动。") == [(2022, 5, None, "period"), (2022, 8, None, "by")]
    assert deadlines("3月初到5月完成清理。") == [(2022, 3, None, "period"), (2022, 5, None, "by")]
    assert deadlines("5月上旬～6月开展。") == [(2022, 5, None, "period"), (2022, 6, None, "by")]


def test_a_window_of_days_stays_one_period_at_its_end():
    # sl_10: 自查摸底阶段（7月3日至7月15日）
    assert deadlines("（二）自查摸底阶段（7月3日至7月15日）。", 2005) == [(2005, 7, 15, "period")]


# --- month_span_matches: MONTH_SPAN searched only around each joiner (speed; the same matches as the plain search) ---
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from policyparse.grammar import MONTH_SPAN, MONTH_SPAN_READS, month_span_matches  # noqa: E402

_SPAN_ALPHABET = "0123456789年月份初上中下旬底末至到—–－-~～日号 \t，。开展工作截至"


def _plain(own: str, head: int = 0):
    return [(m.start(), m.end(), m.group(0)) for m in MONTH_SPAN.finditer(own, head)]


def _windowed(own: str, head: int = 0):
    return [(m.start(), m.end(), m.group(0)) for m in month_span_matches(own, head)]


def test_windowed_month_spans_are_the_plain_search_s():
    # ut_07: 2015年7月至9月底; uy_02: 5月中旬至8月下旬; ut_03: 2023年7月-12月; tj_07: 2014年10月至2015年3月底
    for own in ("（三）2015年7月至9月底，对清单之外的乱收费项目进行清理。", "定于5月中旬至8月下旬在全省开展专项行动。",
                "定于2023年7月-12月，面向离校未就业高校毕业生开展服务攻坚行动。", "2014年10月至2015年3月底完成。",
                "2015 年 12 月份上旬 至 2016 年 11 月份下旬开展", "7月份至9月开展，7月3日至7月15日报名，9月至10月底验收",
                "5月至6月" + "开展工作" * 400 + "2023年7月-12月开展"):
        assert _windowed(own) == _plain(own)
        assert _windowed(own, 5) == _plain(own, 5)


def test_a_month_span_attempt_reads_no_further_than_month_span_reads():
    # the longest span there is, and the lookahead's character after it: the window's bound holds it
    longest = "2015 年 12 月份上旬 至 2016 年 11 月份下旬"
    m = MONTH_SPAN.match(longest + "开")
    assert m is not None and m.end() == len(longest) and len(longest) + 1 <= MONTH_SPAN_READS


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_SPAN_ALPHABET, max_size=120), st.integers(min_value=0, max_value=20))
def test_windowed_month_spans_match_the_plain_search_on_any_text(own, head):
    assert _windowed(own, head) == _plain(own, head)


# --- month_span_anchor: MONTH_SPAN_ANCHOR asked only of a text naming 月 / 份 / 初 / 旬 (speed34; the same match) ---
from policyparse.grammar import MONTH_SPAN_ANCHOR, month_span_anchor  # noqa: E402


def _anchor(m):
    return None if m is None else (m.start(), m.end())


def test_the_gated_anchor_is_the_plain_search_s():
    # ut_07's 7月至9月底, uy_02's 5月中旬至8月下旬, 3月初到5月, 7月份-12月份, a spaced 7月 至 9月; none in a text naming no month
    for own in ("（三）2015年7月至9月底，对清单之外的乱收费项目进行清理。", "定于5月中旬至8月下旬在全省开展专项行动。",
                "3月初到5月完成清理。", "2023年7月份-12月份，开展行动。", "7月 至 9月底完成排查。",
                "到2025年，全市建成5个示范区。", "2022年底前完成。", ""):
        assert _anchor(month_span_anchor(own)) == _anchor(MONTH_SPAN_ANCHOR.search(own))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_SPAN_ALPHABET + "月份初旬", max_size=60))
def test_the_gated_anchor_matches_the_plain_search_on_any_text(own):
    assert _anchor(month_span_anchor(own)) == _anchor(MONTH_SPAN_ANCHOR.search(own))
