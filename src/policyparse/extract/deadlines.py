"""Deadlines: 到2025年, 2025年底前, 年底前, 每年6月30日前, 年内, 上半年, 第三季度, 长期坚持 …

Implicit years (6月底前 in a 2017 work plan) come from the document: the annual plan's year, else
the issue year, else the year of the 版记 line closing it (…2019年3月15日印发); recurring dates (每年6月30日前)
keep no year.
"""

from __future__ import annotations

import calendar
import itertools
from bisect import bisect_left
from types import EllipsisType

import regex as re

from policyparse import lexicons
from policyparse.extract._text import GOAL_NAMED, goal_verb_alternation
from policyparse.extract._text import (
    document_year, inside, issue_year, quoted_ranges, record_year, reported_nodes, reports_results, results_listed, report_parts,
    attachment_tail, retrospective_nodes, task_nodes, walk, year_value,
)
from policyparse.grammar import (
    BARE_DAY_AFTER_COMMA, DATE_LIST_THEN_BEFORE, month_span_anchor, month_span_matches, MONTH_SPAN_HEAD, DONE_LE, MARKER_BEFORE_YEAR, PLAN_END_YEAR, RELATIVE_YEAR, RELATIVE_YEAR_DATE, TIME_LABELS, YEAR_END_BASES, compile_led, BEFORE_WORD, DONE_BEYOND, goal_quotations_left_out, intent_words, LINE_BLANKS,
)
from policyparse.models import Deadline, Metadata, Section

# The reviews a year's middle or end names when it is a round of a routine, not a time due by (年底效能目标考核, 年末跟踪
# 指导, 年中指导、年末检查): 年底 / 年末 / 年中 followed by one of them date nothing; so does a meeting named after the
# year's middle or end (工业和信息化系统年中电视电话会议, xg_11: the meeting's name, no time due by)
_YEAR_ROUND_REVIEWS = "效能|考核|考评|述职|测评|跟踪|检查|督查|指导|电视电话会|工作会|座谈会"

# Every node's text is scanned for this pattern. As in targets._TARGET: compiled with the standard re module behind
# a lookahead on the characters a match can start with (每, a 到/至/截 prefix, a blank before the year, a digit, “十…五”,
# a month in words, 年…/上半年/下半年/第…季度, 长期坚持/持续…), it skips all other positions in C (grammar.compile_led): faster
# than the regex module, same matches. (^ or a character in the lookbehind of 持续推进 is written as an alternation:
# re wants fixed-width lookbehinds.)
# 于4月26日（周五）前: the weekday a notice adds in brackets between the day and its 前
_WEEKDAY = r"(?:[（(](?:周|星期)[一二三四五六日天][）)])"
# 3月底 / 3月末 / 3月中旬: the part of a month a date may name instead of a day (a month in figures or in words)
_MONTH_PART = "底|末|中旬|上旬|下旬"
# 5日、15日、25日前: more days of the month listed, then the 前 that closes them all
_DAY_LIST_THEN_BEFORE = r"(?=(?:、\d{1,2}[日号])+" + BEFORE_WORD + ")"
# 结束后的40个自然日内, 结束后15日内: days counted from a period's close (a month's, a quarter's)
_PERIOD_CLOSE_DAYS = r"结束后的?[ \t]?\d{1,2}[ \t]?个?(?:自然日|工作日|日|天)(?:以)?内"
# What a match opens with, checked before the pattern's alternatives: the start class's 年, 上, 下, 第, 长, 持, 明, 次
# and 当 open common words (年度, 以上, 第一, 增长, 坚持, 明确, 一次, 应当), where every alternative was tried and failed.
_DEADLINE_OPENS = r"(?=[每到至截 \t\d“十一二三四五六七八九〇○零今]|[明次翌当]年|本年度(?=[要将须]|力争)|(?<=[于在])季度末|年[底末内中终]|[上下]半年|第[一二三四1-4]季度|长期坚持|持续[推优])"
# Every match holds one of these characters at most DEADLINE_ANCHOR_REACH characters after its start, whichever
# alternative it takes (each read for it): 年 (a year in figures, words or relative, 年底 / 年内 / 上半年, a 每年
# recurrence), 月 (a month in figures or words, 每月), 日 / 号 (每月28日), 季 (第三季度, 一季度, 每季度末), 五 (“十四五”末,
# 六五期间), 持 (长期坚持, 持续推进). The farthest: 截止到 2025 年 (截止到, a blank, four digits, a blank: 年 nine characters
# on). The start class holds 一, 上, 第, 年 and the digits, and every alternative was tried at each of them (≈ 300
# instructions a character of a node); _DEADLINE_NEAR_ANCHOR, checked first, reads at most ten characters of a class.
# Exact: a lookahead every match passes at its start changes no match, only the failing attempts' cost
# (tests/test_extract_deadlines_gate.py keeps the pattern without it and compares).
DEADLINE_ANCHORS = "年月日号季五持"
DEADLINE_ANCHOR_REACH = 9
_DEADLINE_NEAR_ANCHOR = f"(?=[^{DEADLINE_ANCHORS}]{{0,{DEADLINE_ANCHOR_REACH}}}+[{DEADLINE_ANCHORS}])"
_DEADLINE_LEAD = r"(?=[每到至截 \t\d“十一二三四五六七八九年上下第长持今明次翌当本季])"
_DEADLINE = compile_led(
    _DEADLINE_LEAD + _DEADLINE_NEAR_ANCHOR + _DEADLINE_OPENS +
    r"(?:(?<![\d.])|" + MARKER_BEFORE_YEAR + r")(?P<rec>每年度?|每月)?"
    r"(?:"
    # 到2025年底前, 到2025年年底 (年 said twice), 到 2035 年 (years spaced from 年 in PDF text), 2024年6月30日前
    # 最迟在一九八六年二月底前: years, months and days also in words, as older notices write them;
    # 今年底前, 至明年底, 明年3月底前, 今年内: a year named relative to the document's (grammar.RELATIVE_YEAR)
    r"(?P<pre>到|至|截至|截止到|截止)?[ \t]?(?<![\d\-—–－~～〇○零一二三四五六七八九])"
    r"(?:(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})[ \t]?年|" + RELATIVE_YEAR_DATE + r")"
    # (2024 年 9 月 30 日前: figures spaced from 年, 月 and 日 as text drawn from a PDF prints them, vv_10)
    r"(?:[ \t]?(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])[ \t]?月份?(?:[ \t]?(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]?日|(?P<mend>底|末))?"
    rf"|[ \t]?年?(?P<yend>底|末)|(?<=[今明]年)(?P<yin>内))?(?:{_WEEKDAY}?(?P<suf>{BEFORE_WORD}))?"
    r"|(?P<plan>(?:到|至)?“?(?:十[一二三四五六七八九]|(?<![一二三四五六七八九十〇零])[六七八九])五”?(?:末期|时期末|期末|末|期间))"
    # 每月28日15点前, 每月28日（本次报送于5月29日）之前: the hour, or an aside in brackets, before the 前
    # (定期在每月23日更新改造进度, wg_05: the day of every month a report is due on, with no 前)
    rf"|(?<=每月)(?P<d3>\d{{1,2}})[日号](?:\d{{1,2}}[时点])?(?:(?P<suf3>{BEFORE_WORD})|(?=[（(][^（）()\n]{{1,16}}[）)]{BEFORE_WORD})|(?=更新|报送|上报)|{_DAY_LIST_THEN_BEFORE})"
    # 各单位于每月5日、25日前报送《燃气整治进展情况表》 (xe_05): the later days of a list one 前 closes, each a day of
    # every month a report is due by when the list opens on 每月 (_read_day_only checks; 3月5日、6日前 stays unread)
    rf"|(?<=[日号]、)(?P<d5>\d{{1,2}})[日号](?:{BEFORE_WORD}|{_DAY_LIST_THEN_BEFORE})"
    # 之后每月底报送当月本市专项整治开展情况 (wk_05): due by the end of every month (每月底前 the same; 每月末召开调度会
    # names when a meeting is held, as 每月5日召开例会 does: no date due)
    rf"|(?<=每月)(?P<mlast>底|末)(?:{BEFORE_WORD}|(?=报送|上报|报告|提交))"
    # 在每月结束后的40个自然日内，通过管理平台上传… (wo_03, wo_07): due within days of every month's (quarter's) close, a
    # monthly (quarterly) duty; the days alone (3个工作日内) are a relative limit, no date
    rf"|(?<=每月)(?P<mafter>{_PERIOD_CLOSE_DAYS})"
    rf"|(?P<qafter>每个?季度{_PERIOD_CLOSE_DAYS})"
    # 每个季度第1个月的20日前: due by a day of each quarter (每季度至少联系1次 alone says how often, no date); 每季度的第一个月
    # 10日之前 (up_07) the same
    rf"|(?P<qrec>每个?季度)的?第[1-3一二三]个月的?(?P<qd>\d{{1,2}})[日号]{BEFORE_WORD}"
    # 于每季度末向市政府报告: due by the end of each quarter (每季度末月20日前: by a day of its last month)
    # 于季度末（首次于9月底）分别报送 (xa_10): 于 / 在 the end of the quarter, after a 按季度 rhythm, is each quarter's end too
    rf"|(?P<qend>每个?季度末|(?<=[于在])季度末)(?:月的?(?P<qed>\d{{1,2}})[日号])?{BEFORE_WORD}?"
    rf"|(?<!\d)(?<!\d年)(?<!年[ \t])(?P<m2>\d{{1,2}})[ \t]?月份?(?:[ \t]?(?P<d2>\d{{1,2}})[ \t]?[日号]|(?P<mend2>{_MONTH_PART}))?(?:{_WEEKDAY}?(?P<suf2>{BEFORE_WORD}))?"
    # 每年三月底前, 一月底前: a month in words, only with its end or a 前
    rf"|(?<![一二三四五六七八九十两几个第近前后上下本当每])(?P<m3>十[一二]?|[一二三四五六七八九])月份?(?:(?P<mend3>{_MONTH_PART})(?P<suf4>{BEFORE_WORD})?|(?P<suf5>{BEFORE_WORD})"
    # 请于今年十二月十五日前送…: a day in words too
    rf"|(?P<d4>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?P<suf6>{BEFORE_WORD}))"
    # 今年，各省…要…进行一次检查: this year, when it is done (今年以来 looks back; 今年十二月… is read as a date)
    # 本年度要完成…联网, 本年度将组织… (xa_07, a year's task book): 本年度 right before 要 / 将 / 须 is 今年 (本年度林区公路
    # 项目要求…, 本年度实际发生额, 本年度应纳税所得额, 报送本年度活动安排: the year's project, sums or plan named, no time a
    # task is done in)
    r"|(?P<this>[今明]年|本年度(?=[要将须]|力争))(?!以来|的|[上下]半年|年|底|末|内|第|[一二三四]季度|(?:十[一二]?|[一二三四五六七八九])月)"
    # (将于第三季度、年终进行全面督查: 年终 after 于 / 在 (or right after a quarter: 第三季度、年终) is when a step is taken;
    # a standing rule's 年终要进行考核, 实行季度督查通报、年终考评 (each year's end), a budget table's 二、年终结转结余
    # and the nouns 年终奖, 年终述职 date nothing; nor does a tax rule's 在年终所得税汇算清缴时, each year's settlement, uf_11)
    # 年底前 after a number and a blank is the tail of a year spaced from its 年 (2016—2017 年底前), not this year's end;
    # 前三季度 (the quarters so far: a tally) and 前年底 (the year before last) are no time a task is done in;
    # 半年内 (a time limit: within half a year of an event), 中青年中医药, 青少年中, 儿童少年底数 are words holding 年, no date;
    # 上年末 / 上年底 is the end of the year before, a figure's point of comparison (较上年末下降…)
    # 纳入年底效能目标考核体系 (vg_02): 年底 naming the year-end review a result goes into, as 年终考核 is, no time due by;
    # so 年末 / 年底 naming a review held then (于10月开展年末跟踪指导, vz_10: the guidance's name, given in October), and
    # 年中 / 年末 naming the rounds of a routine (强化前期自查、年中指导、年末检查, wg_01: each year's, none due by a date;
    # 开展年中和年末跟踪指导, xe_09: the two rounds named together, given in the months the sentence names)
    rf"|(?<![\d一二三四五六七八九十两几多近每全今明去本当前半青少上])(?<!\d[ \t])(?P<rel>年底前|年底(?!{_YEAR_ROUND_REVIEWS})|年末前|年末(?!{_YEAR_ROUND_REVIEWS})|(?:(?<=[于在到至])|(?<=季度、)|(?=年终(?:上报|报送)))年终(?!奖|述职|总结|考核|决算|结转|所得税|汇算)|年内|上半年|下半年|年中(?!(?:[和、及]年[末底终])?(?:{_YEAR_ROUND_REVIEWS}))|第[一二三四1-4]季度|[一二三四]季度)"
    # 长期坚持; 持续推进 / 持续优化 only as a clause of their own (（12月取得明显成效并持续推进，…）, （持续优化，…）)
    # or a time label's value (（牵头部门：A，完成时限：持续推进）), not as the verb of a sentence (土地复垦项目持续推进);
    # after 、 only where a date is listed before it (2023年底前、持续推进): 分业施策、持续推进 (vi_11) and 接续发力、持续推进
    # (uz_09) pair a manner of working with another, no time
    r"|(?P<ongoing>长期坚持|(?:^|(?<=[\s。；;，,（(并且：:])|(?<=[年月日底前内]、))(?:持续推进|持续优化))(?=[\s。；;，,、！）)]|$)"
    r")"
)
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
# 11月取得明显成效, 6月份完成: a month a result is due in
# 11月取得明显成效, 12月份投入使用, 6月竣工: a month the work is finished in
DUE_AFTER_MONTH = re.compile(r"(?:取得\p{Han}{0,3}成效|完成|见效|建成|上线|出台|投入使用|投用|竣工|完工|通车)")
# 于5月18日向社会公告, 于6月5日发出《录取通知书》: a date something is delivered on
DELIVERED_AFTER_DATE = re.compile(r"(?:向\p{Han}{1,8})?(?:公告|公布|发出|报送|上报|提交|送达)")
_HAS_DATE = re.compile(r"[年月日季]|长期坚持|持续推进|持续优化|十[一二三四五六七八九]五|[六七八九]五")
MAX_PER_NODE = 200


def _may_hold_date(own: str) -> bool:
    """_HAS_DATE.search(own), by `in` tests first: a 年 / 月 / 日 / 季 settles it, and the other alternatives hold
    持续, 长期坚持 or 五; only a node with one of these and none of the first four runs the pattern."""
    if "年" in own or "月" in own or "日" in own or "季" in own:
        return True
    return ("五" in own or "持续" in own or "长期坚持" in own) and _HAS_DATE.search(own) is not None
# 组织实施阶段（2021年12月1日之后） (ut_06): the day a step starts after is no day it is due by, as 起 / 开始 say (作品上传网址
# （2月1日开启）, wt_11: the day a site opens)
_STARTS = re.compile(r"(?:起|开始|开启|以来|之后|以后|印发|发布|施行|实施|成立|召开的)")
# 3月上旬开始, 6月份…主体工程动工兴建, 2011年年底进行主体工程施工: the time work starts or is under way, the period
# the step is taken in (not a date it is due by: 5月底前完成并开工建设 is due by its 前)
# (the verbs: lexicons/start_verbs.tsv)
_UNDER_WAY_AFTER = re.compile(
    r"(?:(?!完成|完工|建成|竣工|投入使用)[^，,。；;：:\n]){0,16}?(?:"
    + "|".join(map(re.escape, lexicons.entries("start_verbs.tsv"))) + ")")
_FROM = re.compile(r"[自从截]")
# 每年1月初报送本年度活动安排, 年终上报活动总结 (wt_02, wt_01): a month (its start) or the year's end a report is sent in
# is the time it is due by, not the period a work is under way in
_REPORTED_AFTER = re.compile(r"初?(?:报送|上报)")
# 上传至2024年宣传作品征集平台 (wt_11): 至 after a verb of sending names where a thing goes, and the year the place's name
_SENT_TO_BEFORE = re.compile(r"(?:上传|报送|提交|发送|推送)$")
# 1994年6月4日国务院发布的《…》, 2010年5月27日市人大常委会第十九次会议通过: a date of record, not a deadline;
# （2010年12月23日删除）: a law's note of the amendment that struck an article out
# 2023年5月30日研究决定：任命…, …党组2023年7月5日决定，免去…: the day a decision was taken (研究决定, or 决定 closed
# by a colon or comma, an appointment notice's words) is on record too
_ACT_OF_RECORD = re.compile(
    r"[\p{Han}\s（）()〔〕\d、《》〈〉]{0,40}?(?:发布|公布|颁布|通过|批准|印发|施行|修订|修正|修改|废止|删除|签署|制定|同意|审议"
    r"|研究决定|决定(?=[：:，,]))")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?\n]")
# 2025年3月5日，第十四届全国人民代表大会第三次会议上，…作报告: the day of a meeting at which something was said
_AGENCY_BEFORE = re.compile(r"(?:社|网|新闻|日报|晚报|电视台)[^，。；;,\n]{0,8}$")  # 新华社北京 / 中新网浙江新闻
# 南方财经10月30日电，… / …3月5日电（记者…）: 电 closed by a comma or a bracket is a dispatch's dateline, whoever sent it
_DATELINE_AFTER = re.compile(r"电[ \t]?[，,（(]")
# the time of day a news report's date may carry (5月10日上午，…), the meetings it tells of being held, and the
# words a report says it learned its news by (记者…获悉): each written once for the news-date patterns below
_TIME_OF_DAY = "(?:上午|下午|晚上|晚间)"
_MEETINGS = "会议|大会|发布会|座谈会|论坛"  # (an alternation: one pattern adds 博览会)
_LEARNED = "(?:获悉|了解到|得知|获知)"
# 1月19日，重庆市第六届人民代表大会第三次会议开幕: a day heading a news report of a meeting that opens, closes or is
# held (the meeting named before its verb; 于9月16日召开动员大会, a meeting called, stays the day it is held)
# (5月10日上午，…第五次会议隆重开幕: the time of day may stand between the day and the comma)
_MEETING_HELD_AFTER = re.compile(
    _TIME_OF_DAY + r"?[ \t]?[，,][^。；;\n]{0,40}?(?:" + _MEETINGS + r"|博览会)[^。；;，,\n]{0,12}?"
    r"(?:开幕|闭幕|举行|召开)")
# 3月7日上午，…新闻办公室召开…新闻发布会: a news report's day and time of day, then the meeting it tells of being held
# (a plan calls one without the comma: 于3月7日上午召开动员会, the day it is to be held)
_MEETING_CALLED_AFTER = re.compile(
    _TIME_OF_DAY + r"[ \t]?[，,][^。；;\n]{0,40}?(?:召开|举行|举办)[^。；;\n]{0,40}?(?:" + _MEETINGS + ")")
# 新闻办9月27日下午2:00举行新闻发布会: a news report's day and hour, no comma, then the meeting held (tl_14; not
# 于3月7日上午9:00召开动员大会, a plan's day for it: 于 before the date, see _month_or_day)
_MEETING_AT_HOUR_AFTER = re.compile(
    _TIME_OF_DAY + r"[ \t]?(?:\d{1,2}[:：]\d{2}|\d{1,2}时(?:\d{1,2}分)?)[ \t]?(?:召开|举行|举办)"
    r"[^。；;\n]{0,40}?(?:" + _MEETINGS + ")")
# 2月21日下午，在…人民代表大会第五次会议上，…: a news report's day, then the meeting at which its news was made
_MEETING_AT_AFTER = re.compile(
    _TIME_OF_DAY + r"?[ \t]?[，,][ \t]*在[^。；;，,\n]{0,40}?(?:" + _MEETINGS + r")(?:上|期间)")
# 1月17日，参加区第十七届人民代表大会的237名代表…投票: a news report's day, then who attended the meeting it tells of
_MEETING_ATTENDED_AFTER = re.compile(r"[ \t]?[，,][ \t]*(?:参加|出席)[^。；;\n]{0,40}?(?:会议|大会)")
# 1月18日区第十七届人民代表大会第五次会议闭幕会上予以宣布: the day, no comma, the meeting at which the news was made
# (a plan's 于3月18日…大会上部署 keeps its 于: see _month_or_day)
_MEETING_SESSION_AFTER = re.compile(r"[^。；;，,\n]{0,40}?(?:会议|大会)(?:开幕会|闭幕会|全体会议)?上")
_REPORTER_BEFORE = re.compile(r"记者\p{Han}{0,4}$")
_LEARNED_AFTER = re.compile(r"(?:从[^，。；;,\n]{1,20}?)?" + _LEARNED)
# 8月10日，记者从旺苍县第十二次代表大会上获悉: a news report's opening date, the day its news was gathered
_REPORTER_LEARNED_AFTER = re.compile(r"[，,]?[ \t]*(?:本报|本台|本网)?记者[^。；;\n]{0,30}?" + _LEARNED)
_MEETING_AFTER = re.compile(r"[，,][^。；;，,\n]{0,30}?(?:会议|大会)上")
_YEAR_IS = re.compile(r"是(?!否)")
_GOALS_NAMED_AFTER = re.compile(r"(?:经济社会发展|发展|经济增长)?的?(?:主要)?(?:预期)?目标")
_DAY_OF_TENS = {"上旬": 10, "中旬": 20}
_PLAN_NUMBER = re.compile(r"十[一二三四五六七八九]|[六七八九](?=五)")
_YEAR_COMMA = re.compile(r"[ \t]?[，,]")
# 2011年初，市农委将…组织开展… (ty_02): the year's start heading a sentence dates it as the bare year does (a period of
# the year, or its goal's: no month is named)
_YEAR_HEAD_COMMA = re.compile(r"[ \t]?初?[，,]")
_TALLY_BEFORE_MONTH = re.compile(r"截(?:至|止到?)[ \t]?$")
_YEAR_COMMA_IS = re.compile(r"[ \t]?[，,][ \t]?是(?!否)")
# 力争 / 确保 / 争取 / 目标 / 要: a sentence that sets a goal or charges the work (a time in it is due, not reported on);
# not 到2025年, which is a deadline of its own (2023年…全面实施，到2025年覆盖全部乡镇: 2023 is still the year reported on)
_GOAL_WORD = intent_words("strive", "goal", "must")
# 第一、第二、第三季度及全年责任事项完成情况 (tr_07): the quarters a report on how the work went covers, no time to meet
_REPORT_AFTER = re.compile(
    r"(?:年|季|月)报|(?:财务|统计)?报表"
    # (not 第四季度对各地区、各部门落实情况进行检查: the quarter an inspection of the work is made in)
    r"|(?<=季度)(?:及全年|和全年)?[^，,。；;\n对、]{0,8}?(?:完成|进展|落实|执行|工作)情况"
    # 报告官渡区2023年上半年国民经济和社会发展计划执行情况: the half-year a report on the plan's execution covers
    r"|(?<=半年)[^，,。；;\n对、]{0,14}?(?:完成|执行)情况"
)
# the verb of a step taken in a year written straight after it (2016年启动…, 2018年进一步扩大…)
# (2020年与全国全省同步实现全面小康: the step taken in step with others, in the year, as 2018年实现…)
# 2024年鹿邑将著力办好…, 2023年我市规划投资…: a year heading a clause whose subject (a place, 我市, 全县) says what it
# will do or plans to, the comma after the year left out
_INTENT_AFTER_YEAR = re.compile(
    r"""(?:我|全|本)?[\p{Han}]{1,6}?        # the subject: 鹿邑, 我市, 全县
        (?:将|规划|计划)(?!在|于|到|为|是)  # what it will do (将在…, 计划于…: a time follows, read on its own)""", re.X)
# 我市2023年拟新建…, 全县2024年将…: a clause's subject (我市, a place or its government) then the year, an intent straight
# after it (the year opens what the subject is to do, as 2024年鹿邑将… does)
_SUBJECT_BEFORE_YEAR = re.compile(r"[我全本]\p{Han}{1,2}|\p{Han}{1,8}?(?:市|县|区|省|镇|政府)")
_INTENT_RIGHT_AFTER_YEAR = re.compile(r"(?:拟|将|计划)(?!在|于|到|为|是|草案|执行)")  # 2025年计划草案: a report named
# 全市2020年城镇老旧小区改造新开工49个: after the clause's subject, the year of a work counted in its clause
_COUNTED_WORK_AFTER_YEAR = re.compile(r"[^，,。；;：:\d]{0,16}?(?:新开工|新建|开工|建成|改造|完成)[^，,。；;：:\d]{0,8}?\d")
# (2023年着力抓好40项重点工作 (wx_03): the year's work taken up, 着力 / 抓好 / 办好 as 实施 is)
_STEP_AFTER_YEAR = re.compile(r"(?:与[^，。；;\d]{1,12}?同步)?(?:继续)?(?:启动|开展|推进|实施|完成|建成|全面|进一步|基本|实现|试点|扩大|选取|组织|部署|上线|举办|募集|停止|着力|抓好|办好)")
# 2019年建成…公路: a year before the work to be built is when it is due, as 2023年建成投用 (not 2016年启动50个项目
# or 2018年实现贫困人口全部脱贫, the year a step is taken)
_FINISHED_AFTER_YEAR = re.compile(r"建成")
# 2015年完成75%以上的确权登记: a year before 完成 and an amount to finish is when the amount is due
_COMPLETED_AMOUNT_AFTER_YEAR = re.compile(r"完成\d")
# 2011年三国文化周活动期间投入使用, 2023年建成投用。: a year heading a clause that ends on a work being finished
# (not 2015年竣工的…, 2010年已通车: a thing named by when it was built, a work done)
_IN_USE_AFTER_YEAR = re.compile(r"[^，,。；;：:\n的已]{0,16}?(?:投入使用|投入运营|建成投用|竣工验收|竣工|完工|通车)(?=[。；;，,\n]|$)")
# 以一九八四年一月一日为界: the date a rule counts from or divides at
# 以每年12月31日为统计时点 (vt_03): the day a tally is taken at
_REFERENCE_DATE_AFTER = re.compile(r"为界|为准|为基准|为限|为基期|为节点|为(?:统计)?时点")
# 每年4月15日为全民国家安全教育日 (wl_03), 每年9月30日为烈士纪念日: the day each year a law names as a day to mark, not one
# to meet (a closing day, 每年6月30日为申报截止日, stays one)
_NAMED_DAY_AFTER = re.compile(r"为(?!期|止)(?:(?!截止|截至|期限|最后|时限)[^，,。；;：:\d\n]){1,16}?(?:日|节)(?=[。；;，,]|$)")
# 预计到一九九五年: the year of a forecast
_FORECAST_BEFORE = re.compile(r"(?:预计|预测|估计|预估|应该能在|应能在|有望在)$")
# 很多土建工程年内无法完成 (uf_02): a time the clause says the work cannot be done by, told in a report, due by nothing
_CANNOT_BE_DONE_AFTER = re.compile(r"[^，。；;,\n]{0,12}?(?:无法|不能|难以|未能|没能)(?:按期|如期|全部)?完成")
# 从全国改薄办截至8月底通报分析 (up_03): the date a tally or a bulletin stands at
_TALLY_NOUN_AFTER = re.compile(r"的?(?:通报|统计|数据|调度|报表)")
# 对2022年6月6日前认定的园区: a date naming which things a rule covers
# (not 于2025年2月5日前将制订的方案报…: 将 / 把 turn to the task due by the date)
_QUALIFIER_AFTER = re.compile(r"(?![将把])\p{Han}{1,4}的")
# 对…前可能恢复生产的…单位: after 对, the class a date bounds, its verb phrase up to 的 within the clause
_CLASS_NAMED_AFTER = re.compile(r"[^，,。；;：:\n\d]{1,12}?的")
# 2023年10月16日前已完成合同签订的，按原政策执行; 在8月26日前（不含8月26日），已完成…; 2022年5月31日及以前已完成…;
# 在2025年6月30日前完成了契税缴纳手续…的购房人: what was done before the date (已, a verb with 了) names the cases a
# rule divides at it, no task is due by it
_PAST_ACT_AFTER = re.compile(r"(?:及(?:以前|之前))?(?:[（(][^（）()\n]{0,12}[）)])?[，,]?[ \t]?(?:已经?|业已|\p{Han}{1,3}了)")
_BEFORE_AND_SO_ON = re.compile(r"及(?:以前|之前)")
# 2022年6月末，绿色贷款余额19.55万亿元，同比增长40.4%; 9月末广义货币（M2）同比增长8.3%: a sentence telling a figure
# against the year before, or a balance, reports the state things were in at the date (unless it turns to a goal)
# (also 2024年末，…不良贷款率为1.83%，较上年末下降0.06个百分点: a figure set against the year-end or the year's start
# before it, grammar.YEAR_END_BASES, asked with str.find: an alternation led by [较比] costs the 同比 anchor)
_TALLY_WORDS = re.compile(r"同比(?:名义)?(?:分别)?(?:增长|下降|提高|减少|增加|提升|上升|回落)|余额")
_TALLY_TURNS_TO_GOAL = GOAL_NAMED
_YEAR_END_BASE = re.compile("|".join(map(re.escape, YEAR_END_BASES)))  # for a long sentence's index (_SentenceWords)
_YEARS = range(1900, 2101)
# 11月24日（星期三）12时前完成, 11月22日（星期一）下班前反馈, 12月10日17:00前: the hour or the weekday before the 前;
# (下午3:30时前往现场: 前往 / 前来 / 前去 is going there, no 前 bounding the date)
# 截止日期（北京时间2019年12月16日16时)前: the bracket holding the date closes before the 前 (sh_15)
_HOUR_THEN_BEFORE = re.compile(
    r"(?:[（(]\s?(?:星期|周)[一二三四五六日天]\s?[）)])?\s?(?:上午|下午|中午)?\s?"
    r"(?:\d{1,2}(?:[:：]\d{2})?\s?(?:时|点)?(?:\d{1,2}分)?|下班|中午)\s?[）)]?\s?" + BEFORE_WORD +
    # 每月28日（本次报送于5月29日）之前: a date closing an aside in brackets that the 之前 after it ends
    r"|[）)]\s?" + BEFORE_WORD +
    # 9月30日（含）前: the bound's own day counts
    r"|[（(](?:含|包含|包括)[）)]\s?" + BEFORE_WORD
)
# 按中国人民银行当年度1月1日基准利率为准: a date a rate is read on
_BY_BEFORE = re.compile(r"(?:以|按|按照)[^，。；;,]{0,12}$")
# 1月1日基准利率, 2023年1月1日汇率: a day naming the rate read on it
_RATE_AFTER = re.compile(r"(?:贷款)?(?:基准利率|贷款利率|存款利率|利率|汇率|中间价|牌价)")
_REFERENCE_LATER = re.compile(r"[^，。；;,（）()]{0,8}?(?:为准|为界|为基准)")
# …至2021年10月底取得施工许可的房屋建筑: the span names which things a rule covers
_SPAN_QUALIFIER_AFTER = re.compile(r"(?:前|以前|之前)?\p{Han}{1,8}的")
# “八五”末期争取达到…, “七五”期末要…: a plan end followed by the goal it dates
# (“十一五”末的经济发展目标还包括：…: the goals set for the plan's end)
_GOAL_AFTER_PLAN_END = re.compile(r"争取|力争|要|前|以前|之前|的\p{Han}{0,10}?目标")
# 江苏提出“十三五”期末地区生产总值达到…: a plan end right after the verb naming the goals set for it; 确保“十五五”末各区
# 海绵城市建成区面积达到…80% (vz_10): after the 确保 that binds the goal to it (a work report's 力争“十四五”末经济总量达到…,
# vi_03, names a hope its gold gives no date)
_GOALS_NAMED_BEFORE_PLAN_END = re.compile(r"(?:提出|明确|确保)$")
# 今年中央预算内投资安排14亿元: a sum or a work allocated this year is a step planned for it
_TASK_WORD = re.compile(r"要|须|应|将|力争|确保|计划|争取|安排")
_DONE_WORD = re.compile(r"已|又|了(?![解结])")
_DONE_BEFORE = re.compile(r"已(?:于|在)?$")
_APPROACHING = re.compile(r"临近|将至|到来|来临")
# 有效期限：至2032年6月28日 (a licence's field); 延续实施…降低失业保险费率为1%政策至2025年底 (ut_05): a policy's term
# 政策执行期限至2025年12月底 (vb_09): a measure's term, said as its 执行 / 实施 / 适用 期限 (申请期限至… stays a limit to apply by)
# 吸纳就业和社会保险补贴政策审批期限截至2017年底 (vg_06): the span a subsidy is granted in, a policy's term
# 实施期限延长至2021年4月30日, …补贴政策延续至2023年底 (vi_06, vi_02): a term extended is a term still
# 政策执行至2025年12月31日 (xg_05), 此项政策的提取期限至2022年12月31日 (xg_03): a measure's term, said with or without 期限
_VALIDITY_BEFORE = re.compile(r"(?:有效期(?:限)?(?:为|延长|[ \t]?[：:])?|政策|(?:执行|实施|适用)期限?|(?:政策|措施)(?:执行|实施|适用)"
                              r"|审批期限|提取期限)(?:延长|延续|顺延)?[ \t]?$")
# 发证日期：2022年6月29日, 颁发日期：…: a record's dated field (a licence, a certificate printed in the notice), no deadline
# (有效期限至：2029年12月24日: the licence's term, its 至 before the colon)
_FIELD_DATE_BEFORE = re.compile(r"(?:(?:发证|颁发|签发|成文|发布|印发|批准|登记)日期|有效期限?至)[ \t]?[：:][ \t]?$")
# 自2024年1月1日起至…: the window's opening end, up to the 至 (within its clause)
_WINDOW_OPENED_BEFORE = re.compile(r"(?P<head>[^。；;\n]{0,8}?)[自从][^。；;，,\n]{1,24}?起[ \t]?$")
# (至2023年2月20日24:00止, un_05: the closing hour before the 止)
_WINDOW_CLOSED_AFTER = re.compile(r"[ \t]?(?:\d{1,2}[:：时点](?:\d{2}分?)?[ \t]?)?止")
# …，纳税人出售自有住房并…重新购买住房的，可按规定申请退还其…个人所得税: the window's next clause names who may claim a
# relief (…的，可申请 / 可享受 / 可领取), so the days bound the claims a rule covers, no work done in them
_RELIEF_CLAIMED_AFTER = re.compile(
    r"[ \t]?[，,][^。；;\n]{0,60}?的[ \t]?[，,][ \t]?(?:均)?可(?:按规定|按照规定|依规)?(?:申请|享受|领取|获得)")
# 自本通知实施之日起至2025年2月28日，…申请租房提取的，规定比例从70%提高至100% (wo_06): opened on the day the rule itself
# takes effect, the window is the rule's term (a campaign opens 即日起 or on a date: 从即日起至2024年12月31日，开展…)
_RULE_IN_FORCE_OPENED = re.compile(
    r"(?:本|该)(?:通知|办法|措施|政策|文件|规定|意见|方案|细则|公告|通告|决定)[^。；;，,\n]{0,6}?(?:实施|施行|执行|生效)之日起[ \t]?$")
# 实施期限为2020年1月1日至 (vi_06): the opening day of a window a term's label names, right before the window's 至
_TERM_WINDOW_BEFORE = re.compile(
    r"(?:执行|实施|适用|有效|政策)期限?(?:为|是|[：:])[ \t]?(?:(?:19|20)\d\d[ \t]?年[ \t]?)?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?[日号][ \t]?[至到]?[ \t]?$")
_IN_FORCE_HEAD = re.compile(r"(?:执行期|实施期|施行期|适用期|有效期|期限|时间|期间)(?:限)?(?:为|是)?[ \t]?$")
# 完成时限：2022年 / 完成时间：2023年: a note's time label (grammar.TIME_LABELS) before a bare year
_TIME_LABEL_BEFORE = re.compile("(?:" + "|".join(TIME_LABELS) + r")[ \t]?[：:][ \t]?$")
# 展望2035年，全面建成…: the far goal year of a plan, a year to be reached like 到2035年
_OUTLOOK_BEFORE = re.compile(r"展望(?:到)?$")
# 确保2020年3月初…达到1000万只, 力争2025年…: a date an intent governs is the date a goal is due by
# 力争2025年 / 力争于2023年 / 确保在2024年: the intent before a goal's year, 于 / 在 between them or not
_INTENT_BEFORE = re.compile(r"(?:确保|力争|争取|力求)[ \t]?[于在]?[ \t]?$")
_INTENT_REACH = 5  # the longest of them: two characters, two blanks at most and 于 / 在
# …20%左右；一九九五年争取达到30%以上, ，一九八五年达到二十二万台: a year heading a clause whose verb reaches a level
# (2010年超过1100亿元, 2010年突破140亿元和80亿元: a level passed)
# 2021年目标：南郑区…通过验收: the label of the part setting that year's goals
_GOAL_LABEL_AFTER_YEAR = re.compile(r"度?(?:工作|主要|发展)?目标(?:任务)?[：:]")
# 2015年学前三年幼儿教育毛入园率、…和新增劳动力人均受教育年限分别达到90%、…: subjects, then 分别 and their levels
_SEVERAL_LEVELS_AFTER_YEAR = re.compile(r"[^，,。；;：:\n实完已]{2,120}?分别(?:达到|提高到|提升到|达)\s?\d")
# 2015年，基本完成校舍安全工程 / 2020年，学校基础设施…程度达到发达国家平均水平: a state to have reached, in the
# sentence's first clause
_STATE_REACHED_AFTER_YEAR = re.compile(r"[^，,。；;：:\n]{0,40}?(?:基本(?:完成|实现|建成|形成)|达到[^，,。；;\n\d]{0,12}?水平)")
# 2017年全社会研发投入强度力争达到1.42% (uj_05), 2025年，力争可再生能源装机实现翻番 (uj_09): an intent word inside the
# clause a year heads (its subject between, or after the year's comma) makes the year the one a goal is due by; not
# 争取, which also means to obtain (2023年,争取上级专项资金增长10%以上: sf_13, a year's work), nor an intent that
# governs a date of its own (2024年任务目标力争10月底前基本完成: ue_01, the month is due, read on its own)
_INTENT_IN_CLAUSE_AFTER_YEAR = re.compile(r"[ \t]?[，,]?[^，,。；;：:\n\d]{0,24}?(?:力争|确保)(?!了|[ \t]?(?:\d|今年|明年|年[内底]))")
_REACH_AFTER_YEAR = re.compile(r"(?:争取|力争|确保)|(?:分别)?达到|超过|突破")  # 2020年分别达到98%、99%…: levels reached
# 2010年高技术产业自主知识产权拥有率达到30%左右 / 2010年万元生产总值综合能耗比2005年下降20%左右: a year heading a
# clause whose measure is to reach a level set loosely, as a goal is (左右, 以上); not 2010年实现…116.52亿元 / 已… /
# 2016年…达到3.2万亿元 (a result told, to the unit)
_LEVEL_REACHED_AFTER_YEAR = re.compile(
    r"""(?![\d，,\s])[^，,。；;：:\n实完已]{2,30}?               # the measure: 高技术产业自主知识产权拥有率
        (?:达到|提高到|提升到|增加到|下降|降低|减少|控制在|达)  # the change to the level (not 降幅超过3%: a change observed)
        [^，,。；;\n\d]{0,6}\d[\d.]*\s?(?:[%％‰]|\p{Han}{1,3}?)  # the level and its measure
        (?:左右|以上|以内|以下|之内)""", re.X)
# …年实现这些主要目标后，: a clause ending in 后 tells what follows once a step is done
_WHEN_DONE_AFTER = re.compile(r"[^，。；;,]{0,16}?后[，,]")
# (至2020年—— over its goals: a double dash not followed by the span's end leads in, as a colon does)
_RANGE_DASH = re.compile(r"[ \t]?(?:——(?=[ \t]?[\d〇○零一二三四五六七八九])|[—–－\-~～](?!—))")
# 7月3日至7月15日, 10月1日至11月10日: 至 before another month and day closes a span opened by a day (2019年12月9日至
# 16日, whose end names no month, keeps its first day as the span's date)
_RANGE_TO_DATE = re.compile(r"[ \t]?至[ \t]?(?:\d{4}[ \t]?年)?\d{1,2}[ \t]?月\d{1,2}[ \t]?[日号]")
# 2024年6月至12月, 6月至8月: 至 before another month of the same year (no year, no day) closes a span opened by a month, as
# 2024年6月—12月's dash does: its first month is not read here as a date of its own; _month_spans reads the span at both
# ends (gold-format.md, "Spans of dates": the first month's period, the last month's limit)
_RANGE_TO_MONTH = re.compile(r"[ \t]?至[ \t]?\d{1,2}[ \t]?月(?![\d份])")
_FROM_A_YEAR = re.compile(r"[从由]\s?(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年")
# 对2018年1月1日后完工的技改项目: a date naming which things a rule covers
_AFTER_QUALIFIER = re.compile(r"(?:以后|之后|后)\p{Han}{1,4}的")
# a full date standing alone on its line (国务院⏎一九八〇年二月二十日) or in brackets (讲话（一九八六年四月二十五日）):
# the day a text was signed or given
_SIGNED_BEFORE = re.compile(r"(?:^|[\n（(])[ \t\u3000]*$")
_SIGNED_AFTER = re.compile(r"[ \t\u3000]*(?:$|[\n）)]|附件)")


def assign_deadlines(text: str, metadata: Metadata, sections: list[Section], nodes: list[tuple[Section, int, int]] | None = None,
                     on_record: set[int] | None = None, plan_year: int | None | EllipsisType = ...,
                     implicit_year: int | None | EllipsisType = ..., reports: bool | EllipsisType = ...) -> None:
    """`on_record`: retrospective_nodes(sections), when the caller has it already (targets read it too);
    `plan_year`: annual_year(metadata, text), likewise (None: read, and none; … : not read); `implicit_year`:
    document_year(metadata, text, plan_year), likewise; `reports`: reports_results(metadata, text), likewise (… : not
    read)."""
    year = document_year(metadata, text, plan_year) if implicit_year is ... else implicit_year
    issued = issue_year(metadata)
    of_record = record_year(metadata)
    on_record = retrospective_nodes(sections) if on_record is None else on_record
    # the closing paragraphs after the 附件： list or a task table: the attached tables' cells, no deadlines
    part_lines, goal_led = report_parts(sections)
    part_lines |= attachment_tail(sections)
    under_goals = _under_goal_titles(sections)
    reports = reports_results(metadata, text) if reports is ... else reports
    reported = reported_nodes(sections, headings=True) if reports else set()
    for node, start, end in nodes if nodes is not None else task_nodes(text, sections):
        if id(node) in on_record or id(node) in part_lines:
            continue
        # a title naming goals (its own or a heading's above it), or a 展望…目标 part line above: a substring test,
        # no pattern to call per node
        goals = "目标" in (node.title or "") or id(node) in goal_led or id(node) in under_goals
        found = find_deadlines(text, start, end, year, issued, goals, of_record)
        if found and id(node) in reported:
            found = [d for d in found if not _time_reported_on(d, text, start, end)]
        node.deadlines.extend(found)


def _time_reported_on(d: Deadline, text: str, start: int, end: int) -> bool:
    """In a report of results (…实施情况的通报), a time the work took place in (2023年基本公共卫生服务…, a period, no
    recurrence) is the time reported on, unless its sentence sets a goal (力争, 确保, 目标, 要)."""
    if d.kind != "period" or d.recurrence is not None or d.ongoing:
        return False
    # the sentence holding the time, within the node's text: from the last stop before it to the next break after it
    after_stop = max((text.rfind(c, start, d.span[0]) for c in "。；;！？!?\n"), default=-1) + 1
    sentence_start = max(after_stop, start)
    stop = _SENTENCE_BREAK.search(text, d.span[1], end)
    return _GOAL_WORD.search(text, sentence_start, stop.start() if stop else end) is None


# the character before a clause's first: a stop, a comma, a colon, a line's start (the slice of the text's start is '')
_CLAUSE_OPENERS = frozenset({"", "\n", "。", "，", "；", "：", ",", ";", ":"})


def _under_goal_titles(sections: list[Section]) -> set[int]:
    """The nodes below a heading whose title names goals (一、明确目标任务，… / 1、学前三年教育发展目标 / 2、推进…发展:
    2007年，…达到50%以上 under 2、 is a level due by 2007, as under 1、)."""
    below: set[int] = set()
    for node, parent in walk(sections):
        if parent is not None and (id(parent) in below or (parent.kind == "heading" and "目标" in (parent.title or ""))):
            below.add(id(node))
    return below


def find_deadlines(
    text: str, start: int, end: int, doc_year: int | None = None, issued: int | None = None, goals: bool = False,
    of_record: int | None = None,
) -> list[Deadline]:
    """Deadlines in text[start:end]. `issued`: the issue year (a date before it is on record, not due);
    `goals`: the node states goals (（二）发展目标), so a year opening a sentence (2025年，…) is one to reach;
    `of_record`: the 年度 the title names (2006年度…考核办法), which 次年 / 当年 opening a clause count from."""
    own = text[start:end]
    if not _may_hold_date(own):
        return []
    matches = _DEADLINE.finditer(own)
    first = next(matches, None)
    staged = _staged(own, start, doc_year, issued)
    if first is None:
        return staged  # most nodes that may hold a date hold none: their quotations and results are not read
    out, next_break = _dated_matches(own, start, itertools.chain((first,), matches), doc_year, issued, goals, of_record)
    found = _with_bare_days(own, start, out, next_break)
    return staged + (_outside_staged(found, staged) if staged else found)


def _outside_staged(found: list[Deadline], staged: list[Deadline]) -> list[Deadline]:
    """found, without the dates inside a staged span (组织实施阶段（2019年4月—11月底）: 11月底 is read there once)."""
    return [d for d in found if not any(s.span[0] <= d.span[0] and d.span[1] <= s.span[1] + 1 for s in staged)]


def _dated_matches(
    own: str, start: int, matches, doc_year: int | None, issued: int | None, goals: bool, of_record: int | None
) -> tuple[list[Deadline], "_Next"]:
    """The deadlines the date matches in own name (quotations and listed results left out), and the sentence-break
    finder they were read with (the bare days after them are read with it too)."""
    quoted = goal_quotations_left_out(own, quoted_ranges(own))  # a goal quoted from a higher plan is read
    reviewed = results_listed(own)  # a result listed after 取得的成就： is not due
    out: list[Deadline] = []
    rec_sentence_end = -1  # a 每年 recurs over the rest of its sentence (每年6月30日前…和12月30日前)
    next_break = _Next(_SENTENCE_BREAK, own)
    next_goal = _Next(_GOAL_WORD, own)
    words = _SentenceWords(own)
    said_once = _SaidOnce()
    carried: tuple[int, int] | None = None  # (year, end of its sentence): a full date's year, for the sentence's later dates
    for m in matches:
        if len(out) >= MAX_PER_NODE:
            break
        if inside(quoted, m.start(), m.end()) or inside(reviewed, m.start(), m.end()):
            continue
        rec = m.group("rec")
        if rec and "年" in rec:
            rec_sentence_end = next_break(m.end())  # (每月28日（本次报送于5月29日）之前: a 每月 makes no later date recur yearly)
        recurrence, named = _recurrence_and_named_year(m, own, rec_sentence_end, carried, of_record)
        first_round = _first_round_year(m, recurrence)
        if first_round:
            recurrence = None
        d = _read(m, doc_year, recurrence, goals, named)
        if first_round and d is not None:
            d = _in_year(d, first_round)
        if d is None:
            if own.startswith("起", m.end()) and m.group("y") and (y := _yearly_from_a_year(own, start, m, issued)):
                out.append(y)  # 从2017年起，…每年委托…: a yearly period from that year
            continue
        d, carried = _with_carried_year(m, d, carried, recurrence, next_break)
        if d is None or _is_not_due(m, d, issued, next_break, next_goal, words, goals):
            continue
        s = m.start("rec") if rec else _said_from(m)
        span = (start + s, start + m.end())
        if not said_once.first(m, d, span, (own[s:m.end()].replace(" ", ""), recurrence), recurrence):
            continue
        out.append(Deadline(text=own[s:m.end()], span=span, recurrence=recurrence, **d))
    return out, next_break


def _recurrence_and_named_year(m, own: str, rec_sentence_end: int, carried: tuple[int, int] | None,
                               of_record: int | None) -> tuple[str | None, int | None]:
    """How the date m recurs, and the year its sentence or the rules it follows name for it (None where neither
    does): a full date's year carried to the sentence's later dates, the year after the one the rules are for."""
    recurrence = _recurrence(m, rec_sentence_end)
    named = carried[0] if carried and m.start() < carried[1] else None
    if named is None and of_record and own[m.start() - 1:m.start()] in _CLAUSE_OPENERS:
        named = of_record  # 1、自查总结。次年1月15日前，…: the year after the one the rules are for
    if named is None and recurrence is None and _in_the_year_after_each(m):
        recurrence = "yearly"
    return recurrence, named


# （2023年度数据质量控制计划需在3月10日前完成）: a bracket opening on a year, the month inside it with no year
_FIRST_ROUND_BRACKET_BEFORE = re.compile(r"[（(][ \t]?(?P<y>(?:19|20)\d\d)[ \t]?年[^（）()\n]{0,30}$")


def _first_round_year(m, recurrence: str | None) -> int | None:
    """…于每年12月31日前通过管理平台完成下一年度数据质量控制计划制订工作（2023年度数据质量控制计划需在3月10日前完成）
    (wo_07): after a yearly duty, a month with no year in brackets that open on a year dates that year's first round,
    not every year; asked only of a month the sentence's 每年 would make recur."""
    if recurrence != "yearly" or m.group("rec") or not (m.group("m2") or m.group("m3")):
        return None
    opened = _FIRST_ROUND_BRACKET_BEFORE.search(m.string, max(0, m.start() - 36), m.start())
    return int(opened.group("y")) if opened else None


def _staged(own: str, start: int, doc_year: int | None, issued: int | None) -> list[Deadline]:
    """The dates of steps, spans of months, spans of years heading clauses and report rhythms in own. Each reader is
    called only when its literal is in own (most nodes hold none of them): a per-node path, spared the calls and list
    concatenations. The step, year-span and rhythm readers' gates are written here only (each pattern needs its
    literal, so a reader called without it finds nothing: tests/test_extract_goals_ut.py compares this with those three
    readers called on every node); the span-of-months gate is grammar's month_span_anchor (MONTH_SPAN_ANCHOR's
    search, asked of a node naming 月 / 份 / 初 / 旬 only), the joiner month_span_matches searches around, so the gate lets through every span the reader finds, and its first joiner says where to start."""
    # 段 first, by memchr: a two-character `in` is ≈ 5 instructions a character, and few paragraphs hold 段
    staged = _stage_months(own, start, doc_year) if "段" in own and ("阶段" in own or "时段" in own) else []
    if "月）" in own[:_STEP_TITLE_REACH] or "月)" in own[:_STEP_TITLE_REACH]:
        staged += _titled_step_months(own, start, doc_year, staged)
    if (joined := month_span_anchor(own)) is not None:  # 2015年7月至9月底, 5月中旬至8月下旬: a span of months
        staged += _month_spans(own, start, doc_year, issued, staged, max(0, joined.start() - MONTH_SPAN_HEAD))
    if "年，" in own or "年," in own:
        staged += _year_span_heads(own, start, issued)
    if "季" in own and "按季" in own:  # 季 first, by memchr (as 段 above)
        staged += _report_rhythms(own, start)
    if "按月" in own:
        staged += _report_rhythms(own, start, _MONTHLY_REPORT, "monthly")
    if "全年" in own and doc_year is not None:
        staged += _whole_year_labels(own, start, doc_year)
    return staged


def _with_bare_days(own: str, start: int, found: list[Deadline], next_break) -> list[Deadline]:
    """found, each full date followed by the days its sentence names alone (…2月18日前挖好植树坑，19日统一种植: 19日
    is 2009-02-19, grammar.BARE_DAY_AFTER_COMMA)."""
    out = found
    for d in found:
        if d.day is None or d.month is None or d.year is None or d.recurrence:
            continue
        at = d.span[1] - start
        stop = next_break(at)
        for comma in _commas(own, at, stop):
            m = _bare_day_at(own, comma, stop)
            span = (start + m.start("day"), start + m.end()) if m else None
            if m is None or any(o.span[0] < span[1] and span[0] < o.span[1] for o in out):
                continue
            dated = _dated(d.year, d.month, int(m.group("day")), "by" if m.group("before") else "period")
            if dated is not None:
                out = out + [Deadline(text=own[m.start("day"):m.end()], span=span, **dated)]
                if len(out) >= MAX_PER_NODE:
                    return out  # a node's cap, as for its dates (each day is checked against all found: square)
    return out


def _commas(own: str, at: int, stop: int):
    """The positions of ， and , in own[at:stop], in order: each kind looked for again only past the one taken (a
    find of both kinds from every comma ran to stop for a kind the sentence lacks: quadratic on a long sentence)."""
    wide, narrow = own.find("，", at, stop), own.find(",", at, stop)
    while wide >= 0 or narrow >= 0:
        if narrow < 0 or 0 <= wide < narrow:
            yield wide
            wide = own.find("，", wide + 1, stop)
        else:
            yield narrow
            narrow = own.find(",", narrow + 1, stop)


_DAY_BLANKS = " \t\u3000"
# what BARE_DAY_AFTER_COMMA reads from a bare day's first digit on: two digits, 日, 以前, and the one character its
# lookahead reads
_BARE_DAY_REACH = 6


def _bare_day_at(own: str, comma: int, stop: int):
    """BARE_DAY_AFTER_COMMA.match(own, comma, stop), asked only where a digit 1-9 follows the comma and its blanks,
    and read up to the characters the pattern reads past that digit (the regex module looks for the pattern's 日 up
    to the end position before it matches: to stop, from every comma, was quadratic on a long sentence)."""
    k = comma + 1
    while k < stop and own[k] in _DAY_BLANKS:
        k += 1
    if k >= stop or not "1" <= own[k] <= "9":
        return None
    return BARE_DAY_AFTER_COMMA.match(own, comma, min(stop, k + _BARE_DAY_REACH))


# 动员部署阶段（5月）, 摸底和集中整治阶段(5月-8月): the months of a numbered step, in brackets after its name (a span of
# days or of dated months is read by _DEADLINE: 自查摸底阶段（7月3日至7月15日）). The months may carry their years, the first
# month its 月 left to the last (uy: 第一阶段（2018年9—12月）, 组织实施阶段（2019年4月—11月底）, 宣传启动阶段（2021年12月至2022年
# 3月底）, 验收总结阶段（2019年12月）).
_STAGE_MONTHS = re.compile(
    r"(?:阶段|时段)[ \t]?[（(][ \t]?(?:(?P<year>\d{4})[ \t]?年[ \t]?)?(?P<first>\d{1,2})(?P<month>[ \t]?月份?)?"
    r"(?:[ \t]?[—–－\-~～至到][ \t]?(?:(?P<year2>\d{4})[ \t]?年[ \t]?)?(?P<last>\d{1,2})[ \t]?月份?(?:底|末)?)?[ \t]?[）)]"
)


def _stage_months(own: str, start: int, doc_year: int | None) -> list[Deadline]:
    """The months a step is taken in (阶段（5月）: a period) and, for a span (阶段（5月-8月）), the month it closes by,
    as 今年11月至明年3月前 reads (ty_07); a year written in the brackets dates the months after it. A span of a year or
    more is read so too (组织推动实施阶段（2019年4月－2022年12月）, up_10, as uy_11's 阶段（2022年3月至2025年9月）):
    gold-format.md, "Spans of dates"."""
    out: list[Deadline] = []
    for m in _STAGE_MONTHS.finditer(own):
        first, last = int(m.group("first")), int(m.group("last") or 0)
        if not m.group("month") and not last:
            continue  # 阶段（1）: a number, no month
        year = int(m.group("year")) if m.group("year") else doc_year
        year2 = int(m.group("year2")) if m.group("year2") else year
        span = (start + (m.start("year") if m.group("year") else m.start("first")), start + m.end() - 1)
        if 1 <= first <= 12:
            out.append(Deadline(text=m.group(0), span=span, **_dated(year, first, None, "period")))
        if 1 <= last <= 12 and (last, year2) != (first, year):
            out.append(Deadline(text=m.group(0), span=span, **_dated(year2, last, None, "by")))
    return out


# （三）总结提升（10月）。 / （二）集中整治（5-9月）。: a numbered step's title closing on the months it is taken in, in
# brackets, the title line ending there — as a 阶段's brackets (_STAGE_MONTHS), without the word; the forms MONTH_SPAN
# leaves (one month alone; a span whose first month left its 月 to the last, no year)
_STEP_TITLE_REACH = 40
_TITLED_STEP_MONTHS = re.compile(
    r"[ \t\u3000]*+(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])[ \t]?\p{Han}{2,16}?"
    r"[（(][ \t]?(?:(?P<year>\d{4})[ \t]?年[ \t]?)?(?P<first>\d{1,2})(?:[ \t]?月份?"
    r"|[—–－\-~～](?P<last>\d{1,2})[ \t]?月份?)[ \t]?[）)](?=[ \t]?(?:[。：:\n]|$))")


def _titled_step_months(own: str, start: int, doc_year: int | None, staged: list[Deadline]) -> list[Deadline]:
    """（三）总结提升（10月）: the `period` of the month a step is taken in; （二）集中整治（5-9月）: the `period` of its
    first month and `by` its last (gold-format.md, "Spans of dates": a step's bracket), in the year written, else the
    document's."""
    m = _TITLED_STEP_MONTHS.match(own)
    if m is None:
        return []
    year = int(m.group("year")) if m.group("year") else doc_year
    first, last = int(m.group("first")), int(m.group("last") or 0)
    span = (start + (m.start("year") if m.group("year") else m.start("first")), start + m.end() - 1)  # up to the bracket
    if not 1 <= first <= 12 or (last and not first < last <= 12) or _in_a_stage(span, staged):
        return []
    out = [Deadline(text=own[span[0] - start:span[1] - start], span=span, **_dated(year, first, None, "period"))]
    if last:
        out.append(Deadline(text=out[0].text, span=span, **_dated(year, last, None, "by")))
    return out


# 2020年10月至2021年10月底取得施工许可的房屋建筑 (what a rule covers), 2024年1月-5月累计… / …同比增长 (a tally), 自2024年1月
# 起至2024年12月止 (a rule's term): spans of months that time no work
_MONTH_SPAN_NO_WORK_AFTER = re.compile(r"[ \t]?(?:止|期间|累计|以来|(?:前|以前|之前)?\p{Han}{1,8}的|\p{Han}{0,6}?(?:情况|数据))")


def _month_spans(own: str, start: int, doc_year: int | None, issued: int | None, staged: list[Deadline],
                 head: int = 0) -> list[Deadline]:
    """A span of months (2015年7月至9月底, 5月中旬至8月下旬, 2023年7月-12月, 2014年10月至2015年3月底): the `period` of its
    first month, when the work starts, and the month it must be done by (gold-format.md, "Spans of dates"). Spans in a
    step's brackets are _stage_months'; a span naming what a rule covers, a tally's months or a term ending 止 none."""
    out: list[Deadline] = []
    for m in month_span_matches(own, head):  # head: no span starts earlier than this before the first joiner
        span = (start + m.start(), start + m.end())
        if _in_a_stage(span, staged) or _month_span_times_no_work(own, m):
            continue
        years = _month_span_years(m, doc_year, issued)
        if years is not None:
            out += _month_span_ends(m, span, *years)
    return out


def _in_a_stage(span: tuple[int, int], staged: list[Deadline]) -> bool:
    """Whether span meets a date _stage_months read (摸底和集中整治阶段(5月-8月): the step's brackets are its)."""
    return any(s.span[0] <= span[1] and span[0] <= s.span[1] for s in staged)


def _month_span_times_no_work(own: str, m) -> bool:
    """Whether the span m names what a rule covers (…取得施工许可的房屋建筑), a term ending 止, or the months a tally
    counts (截至2024年1月-5月, 1月-5月全市…同比增长)."""
    end = m.end()
    return bool(_MONTH_SPAN_NO_WORK_AFTER.match(own, end) or own.endswith(("截至", "截止", "截止到"), 0, m.start())
                or _TALLY_WORDS.search(own, end, _sentence_end(own, end)))


def _month_span_years(m, doc_year: int | None, issued: int | None) -> tuple[int | None, int | None] | None:
    """The years of the span m's first and last month (a year not written: the document's; the last's not written:
    the first's), or None for a span whose years are unknown or that lies on record before the issue year."""
    year = int(m.group("y1")) if m.group("y1") else doc_year
    year2 = int(m.group("y2")) if m.group("y2") else year
    first, last = int(m.group("m1")), int(m.group("m2"))
    if not m.group("y2") and last <= first:
        return None  # 12月至3月 with no second year written: across the turn, its years unknown
    if year is not None and year2 is not None and (year2, last) <= (year, first):
        return None  # 2015年7月至2014年9月: no span
    if issued is not None and year2 is not None and year2 < issued:
        return None  # a span on record
    return year, year2


def _month_span_ends(m, span: tuple[int, int], year: int | None, year2: int | None) -> list[Deadline]:
    """The `period` of the span's first month and its last month as the limit (9月底 / 9月末: that month's last day)."""
    last = int(m.group("m2"))
    day = calendar.monthrange(year2, last)[1] if year2 and m.group("end") in ("底", "末") else None
    ends = (_dated(year, int(m.group("m1")), None, "period"), _dated(year2, last, day, "by"))
    return [Deadline(text=m.group(0), span=span, **d) for d in ends if d]


def _sentence_end(own: str, at: int) -> int:
    stop = _SENTENCE_BREAK.search(own, at)
    return stop.start() if stop else len(own)


# （五）2016年至2017年，巩固提高工作成果 (ut_07): a span of years heading a clause dates the steps that follow it, read
# at both ends as a span across the year's turn is (gold-format.md, Relative dates: `period` of its first year, `by`
# its last); after 力争 / 确保 / 争取 (2021年-2025年，争取实现…500家以上, ut_06) it is a goal's horizon, `by` its last year
# only. A span inside a clause (一九八七年至一九九〇年承包的数量) is no date.
_YEAR_SPAN_HEAD = re.compile(
    r"(?<![\d年])(?P<y0>(?:19|20)\d\d)[ \t]?年?[ \t]?(?:至|到|[—–－\-~～])[ \t]?(?P<y>(?:19|20)\d\d)[ \t]?年[，,]")
_SPAN_JOINERS = ("至", "到", "—", "–", "－", "-", "~", "～")
_GOAL_AFTER_SPAN = re.compile(r"(?:力争|确保|争取)")
# the step a span of years dates: a verb of work or a goal word right after its comma (持续开展…, 巩固提高…, 争取实现…;
# not 2017年至2019年，全市接待… told of a span)
# (the words: lexicons/step_verbs.tsv; only whether one opens the clause is asked, so their order is free)
_STEP_AFTER_SPAN = re.compile("|".join(map(re.escape, lexicons.entries("step_verbs.tsv"))))


# 2019至2022年，每年开展就业技能培训30万人次 / 雄安新区每年开展… (vl_01): the step the span dates may open on the 每年 it
# recurs on, a short subject before that; the step is read after it
_YEARLY_BEFORE_STEP = re.compile(r"[^，,。；;\d\n]{0,6}?每年度?")


def _step_at(own: str, at: int) -> int:
    """Where the step after a span's comma starts: past a 每年 (with a subject of up to six characters) opening it."""
    yearly = _YEARLY_BEFORE_STEP.match(own, at) if "每年" in own[at:at + 10] else None
    return yearly.end() if yearly else at


def _year_span_heads(own: str, start: int, issued: int | None) -> list[Deadline]:
    """The ends of each span of years that heads a clause and is not before the issue year."""
    out: list[Deadline] = []
    if not any(c in own for c in _SPAN_JOINERS):
        return out  # a literal gate: the pattern needs a joiner (its 年， / 年, is _staged's gate)
    for m in _YEAR_SPAN_HEAD.finditer(own):
        before = own[max(0, m.start() - 1):m.start()]
        if before not in _CLAUSE_OPENERS and before not in "）)":
            continue
        first, last = int(m.group("y0")), int(m.group("y"))
        if (issued is not None and first < issued) or last <= first or not _STEP_AFTER_SPAN.match(own, _step_at(own, m.end())):
            continue  # 2016年至2018年，全省累计…, read in a later report: a span of record
        text, span = m.group(0)[:-1], (start + m.start(), start + m.end() - 1)
        if not _GOAL_AFTER_SPAN.match(own, m.end()):
            out.append(Deadline(text=text, span=span, **_dated(first, None, None, "period")))
        out.append(Deadline(text=text, span=span, **_dated(last, None, None, "by")))
    return out


# 并按季度报送有关情况 (ut_05), 按季度报自治州人民政府督查室 (sx_10): a report made each quarter recurs (a
# `period`, quarterly, as a table's 每季度 time cell is)
_REPORT_RHYTHM = re.compile(r"按季度?(?:向[^，。；;,\n]{1,16}?)?(?:报送|上报|报告|报(?![销账帐批]))")


# 按月向我委报送风电、光伏发电开发建设和发电量数据 (xe_07): a report made each month, the same rhythm monthly; a claim
# settled each month (按月向医保经办机构申报结算) or a sum paid so (按月发放) is no report due
_MONTHLY_REPORT = re.compile(r"按月(?:向[^，。；;,\n]{1,16}?)?(?<!申)(?:报送|上报|报告)")


def _report_rhythms(own: str, start: int, pattern: re.Pattern = _REPORT_RHYTHM, rhythm: str = "quarterly") -> list[Deadline]:
    out: list[Deadline] = []
    for m in pattern.finditer(own):  # (its 按季 / 按月 is _staged's gate)
        out.append(Deadline(text=m.group(0), span=(start + m.start(), start + m.end()), recurrence=rhythm,
                            **_dated(None, None, None, "period")))
        break  # one rhythm per node: the same report named again is the same deadline
    return out


# （责任单位：…，完成时限：贯穿全年） (uj_10): a note's time label (grammar.TIME_LABELS) giving the whole year, as a
# table's 全年 time cell does (gold-format "Task rows"): a `period` of the document's year
_WHOLE_YEAR_LABEL = re.compile("(?:" + "|".join(TIME_LABELS) + r")[ \t]?[：:][ \t]?(?P<v>(?:贯穿)?全年)(?=[ \t]?(?:[，,。；;）)\n]|$))")


def _whole_year_labels(own: str, start: int, doc_year: int) -> list[Deadline]:
    """The first such label only: the label is the node's note, one per node (its 全年 is _staged's gate)."""
    m = _WHOLE_YEAR_LABEL.search(own)
    if m is None:
        return []
    return [Deadline(text=m.group("v"), span=(start + m.start("v"), start + m.end()), **_dated(doc_year, None, None, "period"))]


# 从2017年起，省政府办公厅每年委托第三方机构… (vg_11), 自2021年起，每年对…进行改造 (rf_09): a year a sentence opens on as
# the start of a practice, the clause after it recurring each year — a yearly `period` from that year. Only where the
# 每年 stands in that very clause (a subject of up to ten characters before it) and names no date of its own (每年1月31日前
# is read as its date); a start year before the issue year is a practice on record.
_YEARLY_FROM_A_YEAR = re.compile(
    r"(?<![^。；;，,\s])[从自][ \t]?(?P<y>\d{4})[ \t]?年起[，,][ \t]?[^，,。；;\d\n]{0,10}?每年"
    r"(?![ \t]?(?:\d|[一二三四五六七八九十]+月|度|[上下]半年|第))")


def _yearly_from_a_year(own: str, start: int, m, issued: int | None) -> Deadline | None:
    """The yearly period a bare year match followed by 起 opens (see _YEARLY_FROM_A_YEAR), or None: asked only of year
    matches followed by 起 (no scan of the node's text)."""
    p = m.start() - 1
    if p > 0 and own[p] in " \t":
        p -= 1
    if p < 0 or own[p] not in "从自" or (f := _YEARLY_FROM_A_YEAR.match(own, p)) is None:
        return None
    year = int(f.group("y"))
    if issued is not None and year < issued:
        return None
    end = m.end() + 1  # the span is 从2017年起
    return Deadline(text=own[p:end], span=(start + p, start + end), recurrence="yearly", **_dated(year, None, None, "period"))


# 制定振兴计划阶段（2019年3月25日前）: a stage's heading dated in brackets; the months its text names with no year fall
# in the heading's year (up_10: …3月15日前研究提出…计划)
_STAGE_DATE_BEFORE = re.compile(r"阶段[ \t]?[（(][ \t]?$")
# 务工就业规模不低于2020年底的部署要求 (xa_11): a date a figure is held against (its baseline), after the bound or the
# comparison, is no year the sentence's later months fall in
_BASELINE_BEFORE = re.compile(r"(?:不低于|不少于|不高于|不超过|低于|高于|少于|多于|[较比])[ \t]?$")


def _with_carried_year(m, d: dict, carried: tuple[int, int] | None, recurrence: str | None,
                       next_break) -> tuple[dict | None, tuple[int, int] | None]:
    """The date read, and the (year, end of its sentence) later dates of the sentence fall in: a date naming its year
    carries it; 2011年4月20日前…完工，4月30日前试运行: a month with no year falls in the year the sentence named."""
    if (m.group("y") or m.group("ry")) and d.get("year"):
        if _BASELINE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
            return d, carried  # 规模不低于2020年底…，务于3月10日前…: a baseline's year dates no later month
        if _STAGE_DATE_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
            return d, (d["year"], len(m.string))  # 制定计划阶段（2019年3月25日前）。…3月15日前: the stage's year
        return d, (d["year"], next_break(m.end()))
    if carried and m.start() < carried[1] and not recurrence and d.get("month") and (m.group("m2") or m.group("m3")):
        return _in_year(d, carried[0]), carried
    return d, carried


def _said_from(m) -> int:
    """Where the words of a deadline with no 每… start: its 到 / 至 / 截至 when written, else its first part."""
    return m.start("pre") if m.group("pre") else _first_group_start(m)


def _recurrence(m, rec_sentence_end: int) -> str | None:
    """每月 / 每年 / 每季度 on the match, or a later date of the sentence a 每年 opened (每年6月30日前…和12月30日前)."""
    if m.group("qrec") or m.group("qend") or m.group("qafter"):
        return "quarterly"
    rec = m.group("rec")
    if rec:
        return "monthly" if "月" in rec else "yearly"
    if m.group("d5"):
        return "monthly"  # a later day of a 每月 list (read only so: _read_day_only)
    if m.start() < rec_sentence_end and (m.group("m2") or m.group("m3") or m.group("rel") or _year_after(m)):
        return "yearly"
    if m.group("rel") and m.group("rel").startswith(("年底", "年末")) and _in_a_yearly_round(m):
        return "yearly"
    return None


# 应尽早在每年的核查经费中提前安排下一年度…经费，并在年底前完成下一年度…招投标 (wo_07): a 每年 earlier in the sentence
# (as a noun's 每年的, which dates nothing itself) makes the year-end each year's
_YEARLY_ROUND_BEFORE = re.compile(r"每年(?:度)?的[^。；;！？!?\n]{0,60}$")


def _in_a_yearly_round(m) -> bool:
    return _YEARLY_ROUND_BEFORE.search(m.string, max(0, m.start() - 72), m.start()) is not None


# what stands right before a 次年 that counts from the yearly round a rule runs on (于次年…, ，次年…), not from an event
# the text names right before it (费用发生日次年…, 获批次年…)
_ROUND_NEXT_YEAR_AFTER = frozenset("于在，,。；;：:")


def _in_the_year_after_each(m) -> bool:
    """于次年4月30日前 / 并于次年3月31日前 with no year named in the sentence (vt_03 4.4.2 / 4.4.3, ub_11 5.10: a rule's
    yearly round of tally, audit and report): the year after each round, so the date recurs every year; a 次年 glued to
    the event it counts from (费用发生日次年3月1日前) stays one date with no year."""
    return m.group("ry") in ("次", "翌") and m.start() > 0 and m.string[m.start() - 1] in _ROUND_NEXT_YEAR_AFTER


def _year_after(m) -> bool:
    """次年 / 翌年 before the date: after a 每年 in its sentence (以每年12月31日为统计时点，…于次年1月底前报送, vt_03) the year
    after each one, so the date recurs every year as the 每年 does."""
    return m.group("ry") in ("次", "翌")


def _is_not_due(m, d: dict, issued: int | None, next_break, next_goal, words, goals: bool = False) -> bool:
    """A date read that no task is due by: on record, a tally or report date, a range's ends, a reference,
    forecast or qualifier date, an impossible date, the signing day, a described time, a past change or a
    validity's end."""
    return (
        _records_or_reports(m, d, issued, next_break, next_goal)
        or _tells_what_was(m, next_break, words, goals)
        or _dates_no_act(m, d)
        or _bounds_no_task(m)
        or _dates_a_time_or_change(m)
        or _dates_an_act_done(m, next_break, next_goal)
        or _limit_met_already(m, next_break, next_goal)
    )


def _records_or_reports(m, d: dict, issued: int | None, next_break, next_goal) -> bool:
    """A date on record, of a tally or a report, or a range's end: when a thing stood or is told, not a due day."""
    return _is_on_record(d, issued) or _is_tally_date(m, next_break, next_goal) or _names_a_report(m) or _ends_a_range(m)


def _tells_what_was(m, next_break, words, goals: bool) -> bool:
    """The day past acts are divided at, and (outside a goals part, whose figures are aims) a figure's date or
    the day a goal was met ahead of time."""
    if _divides_past_acts(m):
        return True
    return not goals and (_dates_a_figure(m, next_break, words) or _dates_a_goal_met_ahead(m, next_break, words))


def _is_as_of_aside(m) -> bool:
    """从事…业务满5年以上（截至2023年8月1日）(xa_01): a bracket holding only 截至 and a date says as of when a condition
    or a figure is reckoned, no day a task is due by (截止 / 截止到 name a cut-off and stay deadlines)."""
    pre = m.group("pre")
    if pre != "截至" or not m.string.startswith(("（", "("), max(0, m.start("pre") - 1)):
        return False
    return m.string.startswith(("）", ")"), m.end())


def _dates_no_act(m, d: dict) -> bool:
    """A reference, forecast or qualifier date, an impossible one, or the signing day: no act is timed by it."""
    return (_is_as_of_aside(m) or _is_reference_date(m) or _is_forecast(m) or _is_qualifier(m) or _is_impossible(d) or _is_signing_date(m, d)
            or _cannot_be_done_by(m) or _is_bulletin_date(m) or _conditions_on_a_state(m) or _serves_a_wider_goal(m))


def _bounds_no_task(m) -> bool:
    """A window's close, a bound said again (（含…）), or a form field's date: no second deadline."""
    return _closes_a_window(m) or _restates_a_bound(m) or _is_field_date(m)


def _dates_a_time_or_change(m) -> bool:
    """A described time, a range's start, a past change's end or a validity's end."""
    return (_is_time_described(m) or _starts_a_range(m) or _ends_a_past_change(m) or _ends_a_validity(m)
            or _names_a_place(m) or _is_reckoning_cutoff(m))


# 凡涉及到聘期、论文发表、获奖情况等时间问题，统一截止到2017年6月30日 (xg_09): the day records are counted up to (统一 / 均
# before 截止 / 截至), a date of record, not a time a task is due by
_RECKONED_BEFORE = re.compile(r"(?:统一|一律|均)[ \t]?$")


def _is_reckoning_cutoff(m) -> bool:
    if m.group("pre") not in ("截至", "截止", "截止到"):
        return False  # the literal first
    return _RECKONED_BEFORE.search(m.string, max(0, m.start() - 3), m.start()) is not None


def _names_a_place(m) -> bool:
    """上传至2024年宣传作品征集平台 (wt_11): the year in the name of the place a thing is sent to."""
    return m.group("pre") == "至" and _SENT_TO_BEFORE.search(m.string, max(0, m.start("pre") - 2), m.start("pre")) is not None


class _SaidOnce:
    """One date said twice in a node is one deadline: the same span, the same words (到2025年，…。…到2025年，…),
    or the same date named twice over, also a month of no year (3月底前…；3月底完成…) or a day of every month (每月28日
    之前报送…；每月28日15点前送…; 2014年东北地区开工改造70万套…今年安排信贷规模…), and the parts of one year (上半年…，
    下半年…; 一季度…二季度…): each is a `period` of the year, and the same year twice is one deadline, a year left
    unnamed too (issue 10, session 37; docs/gold-format.md, Relative dates)."""

    def __init__(self) -> None:
        self.spans: set[tuple[int, int]] = set()
        self.texts: set[tuple[str, str | None]] = set()
        self.values: set[tuple] = set()

    def first(self, m, d: dict, span: tuple[int, int], said: tuple[str, str | None], recurrence: str | None) -> bool:
        if span in self.spans or said in self.texts:
            return False
        value = (d.get("year"), d.get("month"), d.get("day"), d.get("kind"), d.get("ongoing"), recurrence)
        dated = value[0] is not None or value[1] is not None or value[2] is not None or m.group("rel")
        if dated and value in self.values:
            return False
        self.spans.add(span)
        self.texts.add(said)
        self.values.add(value)
        return True


# 2025年6月30日前（含6月30日）: the bracket says the bound's own day counts, the date in it no second deadline
_INCLUSIVE_NOTE_BEFORE = re.compile(r"(?:前|之前|以前|底|末)[ \t]?[（(](?:含|包含|包括)[ \t]?$")


def _restates_a_bound(m) -> bool:
    """The date in a （含…） note right after a deadline's 前: the same deadline, said inclusive (a 前 twin)."""
    return bool(_INCLUSIVE_NOTE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))


def _divides_past_acts(m) -> bool:
    """2023年10月16日前已完成合同签订的: the day a rule divides the acts already done at."""
    before = bool(m.group("suf") or m.group("suf2") or _BEFORE_AND_SO_ON.match(m.string, m.end()))
    return before and bool(_PAST_ACT_AFTER.match(m.string, m.end()))


def _dates_a_figure(m, next_break, words: _SentenceWords) -> bool:
    """2022年6月末，…余额19.55万亿元，同比增长40.4%: the date of a tally, in a sentence with no goal in it."""
    if m.group("pre") or m.group("suf") or m.group("suf2"):
        return False  # 到2025年, 年底前: a time to reach, whatever the sentence reports
    opened = max(m.string.rfind(c, max(0, m.start() - 80), m.start()) for c in "。；;！？!?\n") + 1
    end = next_break(m.end())
    tally = words.found(_TALLY_WORDS, opened, end) or words.found(_YEAR_END_BASE, opened, end, YEAR_END_BASES)
    return tally and not words.found(_TALLY_TURNS_TO_GOAL, opened, end)


# 9月底13.8亿元无分歧账款全部清零，提前3个月完成国务院目标任务 (up_02): a sentence saying a goal was met ahead of
# time or beyond it tells when it was met (unless it strives for that: 力争提前完成)
_STRIVES_TO_MEET = re.compile(r"力争|争取|确保|计划|预计|将|要")
_AHEAD_WORDS = ("提前", "超额")
_AHEAD_WORD = re.compile("|".join(_AHEAD_WORDS))


def _dates_a_goal_met_ahead(m, next_break, words: _SentenceWords) -> bool:
    """9月底…全部清零，提前3个月完成国务院目标任务: the day a goal was met, reported, not one a task is due by."""
    if m.group("pre") or m.group("suf") or m.group("suf2"):
        return False  # 到2025年, 年底前: a time to reach, whatever the sentence reports
    end = next_break(m.end())
    if not words.found(_AHEAD_WORD, m.end(), end, _AHEAD_WORDS):
        return False
    # from the clause the date opens (or stands in) to the sentence's end: the words of earlier clauses tell other acts
    opened = max(m.string.rfind(c, max(0, m.start() - 40), m.start()) for c in "，,。；;！？!?\n") + 1
    return words.found(DONE_BEYOND, opened, end) and not words.found(_STRIVES_TO_MEET, opened, end)


# 于2023年10月18日有效期届满后继续实施, 至…2025年2月28日有效期届满之日止, 将于今年10月18日到期 (vb_06): the day a
# term runs out, said after it
_EXPIRES_AFTER = re.compile(r"[ \t]?(?:有效期|期限)?(?:届满|期满|到期)")


def _ends_a_validity(m) -> bool:
    """本措施自2026年1月1日起实施，有效期至2030年12月31日, 于2023年10月18日有效期届满: the day a rule stops applying
    is a date of record, not one a task is due by."""
    if m.group("pre") in ("至", "到", "截至", "截止", "截止到") and _VALIDITY_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        return True
    return (m.group("d") is not None or m.group("d2") is not None) and _EXPIRES_AFTER.match(m.string, m.end()) is not None


def _closes_a_window(m) -> bool:
    """自2024年1月1日起至2024年12月31日止, 执行期自发布之日起至2020年12月底: the span a rule applies in (an
    application window, a measure's term, a statistics period), not a date a task is due by."""
    lo = max(0, m.start() - 26)
    if m.string.find("期", lo, m.start()) != -1 and _TERM_WINDOW_BEFORE.search(m.string, lo, m.start()):
        return True  # 实施期限为2020年1月1日至12月31日 (vi_06): a measure's term, its first day after the term's label
    if m.group("pre") not in ("至", "到"):
        return False
    if _RELIEF_CLAIMED_AFTER.match(m.string, m.end()) and _closes_days_window(m):
        return True  # 自2022年10月1日至2023年12月31日，纳税人…重新购买住房的，可按规定申请退还… (wo_06): a relief's term
    opened = _WINDOW_OPENED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if opened is None:
        return False
    return bool(_WINDOW_CLOSED_AFTER.match(m.string, m.end()) or _IN_FORCE_HEAD.search(opened.group("head"))
                or _RULE_IN_FORCE_OPENED.search(opened.group(0)))


def _is_reference_date(m) -> bool:
    """以一九八四年一月一日为界, 以2023年12月31日为准, 按人民银行当年度1月1日基准利率为准: the date a rule
    divides at or reads a rate on, not one to meet."""
    if m.string[max(0, m.start() - 1):m.start()] == "以" and _REFERENCE_DATE_AFTER.match(m.string, m.end()):
        return True
    if m.group("rec") and (m.group("d") or m.group("d2")) and m.string.startswith("为", m.end()) and _NAMED_DAY_AFTER.match(m.string, m.end()):
        return True
    if (m.group("d") or m.group("d2")) and _RATE_AFTER.match(m.string, m.end()):
        return True  # （中国人民银行当年度1月1日基准利率）, 按2023年1月1日汇率折算: the day a rate is read on
    return bool(_BY_BEFORE.search(m.string, max(0, m.start() - 14), m.start()) and _REFERENCE_LATER.match(m.string, m.end()))


# 项目的执行起始时间统一填写2025年1月1日 (vb_03): the value an application form's field is filled in with
_FILLED_IN_BEFORE = re.compile(r"填(?:写|报)为?[ \t]?$")
# 各申报事项起始日期为2026年1月1日 (vz_02): the day a rule counts from (what it covers begins then), no day to meet
_COUNTED_FROM_BEFORE = re.compile(r"(?:起始|起算)(?:日期|时间|日)[ \t]?(?:为|是)[ \t]?$")


def _is_field_date(m) -> bool:
    """建造许可证 … 发证日期：2022年6月29日有效期限：…: the date a labelled field of a record gives; 执行起始时间统一
    填写2025年1月1日: the date a form is filled in with; 起始日期为2026年1月1日: the day a rule counts from."""
    if m.group("pre"):
        return False
    before = m.string[max(0, m.start() - 10):m.start()]
    return bool(_FIELD_DATE_BEFORE.search(before) or ("填" in before and _FILLED_IN_BEFORE.search(before))
                or ("起" in before and _COUNTED_FROM_BEFORE.search(before)))


def _is_forecast(m) -> bool:
    """预计到一九九五年原油加工量约达…, 采购任务应该能在年底前完成 (uf_02): the year a forecast is made for."""
    return bool(_FORECAST_BEFORE.search(m.string, max(0, m.start() - 4), m.start()))


def _cannot_be_done_by(m) -> bool:
    """很多土建工程年内无法完成 (uf_02): the clause says the work cannot be done by the time, no task is due by it."""
    return bool(_CANNOT_BE_DONE_AFTER.match(m.string, m.end()))


# 毕业当年年底未实现就业并进行失业登记的，从第二年开始…给予失业补助 (vi_09): the date, then 未 and what has not happened
# by it, closed by 的: a condition the rule names (who qualifies), not a time a task is due by
_NOT_DONE_BY_THEN_AFTER = re.compile(r"[ \t]?(?:仍|尚|还)?未[^，。；;,\n的]{1,16}的")


def _conditions_on_a_state(m) -> bool:
    return bool(_NOT_DONE_BY_THEN_AFTER.match(m.string, m.end()))


# …，为到2020年进入创新型国家行列、实现全面建成小康社会奋斗目标作出贡献 (vg_01): 为 before the goal's year, and the
# sentence closing on the contribution made (作出贡献, 奠定…基础, 打下…基础, 创造条件): the year of a wider goal the plan
# serves, not one its own work is due by
_CONTRIBUTION_AFTER = re.compile(r"[^。；;\n]{0,60}?(?:[作做]出\p{Han}{0,4}贡献|奠定\p{Han}{0,6}基础|打下\p{Han}{0,6}基础|创造\p{Han}{0,4}条件)")


# 围绕到2020年基本建成法治政府的奋斗目标，加强…培训 (wi_07): a goal the sentence steers its work by, named after 围绕 /
# 紧扣 / 瞄准 and closed by its 目标 — the year of that goal, not one the work named after it is due by
_STEERED_BY_BEFORE = ("围绕", "紧扣", "紧盯", "瞄准")
_GOAL_NAMED_AFTER = re.compile(r"[^，,。；;\n]{0,40}?目标(?:任务)?[，,]")


def _serves_a_wider_goal(m) -> bool:
    start = m.start()
    if m.group(0)[:1] != "到" or start < 1:
        return False
    if m.string[start - 1] == "为":
        return _CONTRIBUTION_AFTER.match(m.string, m.end()) is not None
    return m.string.endswith(_STEERED_BY_BEFORE, 0, start) and _GOAL_NAMED_AFTER.match(m.string, m.end()) is not None


def _is_bulletin_date(m) -> bool:
    """…截至8月底通报分析 (up_03): 截至 a date, then the bulletin or tally it stands at (as 截至…， opening a sentence)."""
    as_of = m.group("pre") in ("截至", "截止", "截止到") or m.string.endswith(("截至", "截止"), 0, m.start())
    return as_of and bool(_TALLY_NOUN_AFTER.match(m.string, m.end()))


def _is_qualifier(m) -> bool:
    """对2022年6月6日前认定的园区，继续执行…, 对2018年1月1日后完工的项目: 前 / 后 + a verb + 的 names the
    things a rule covers; after 对 the verb phrase may run longer (对2020年12月底前可能恢复生产的临时停产排污单位, wo_05)."""
    if m.group("suf") and _QUALIFIER_AFTER.match(m.string, m.end()):
        return True
    if (m.group("suf") or m.group("suf2")) and m.string[max(0, m.start() - 1):m.start()] == "对" \
            and _CLASS_NAMED_AFTER.match(m.string, m.end()):
        return True
    if not (m.group("d") or m.group("d2")):
        return False
    return bool(_AFTER_QUALIFIER.match(m.string, m.end())) or _inclusive_note_then_qualifier(m)


# １９９８年１２月１５日（含，下同）前参加工作并在册的无房职工 (vq_11), …日（含当日）前注册登记的车辆: the day a class is cut at,
# its inclusive note in brackets between the day and its 前 / 后, then the verb and 的 — who a rule covers, as without the note
_INCLUSIVE_NOTE_THEN_QUALIFIER = re.compile(r"[（(]含[^（）()\n]{0,6}[）)](?:前|以前|之前|后|以后|之后)\p{Han}{1,8}的")


def _inclusive_note_then_qualifier(m) -> bool:
    end = m.end()
    return m.string.startswith(("（含", "(含"), end) and _INCLUSIVE_NOTE_THEN_QUALIFIER.match(m.string, end) is not None


def _is_signing_date(m, d: dict) -> bool:
    """国务院⏎一九八〇年二月二十日, 讲话（一九八六年四月二十五日）: a whole date alone on its line or in brackets."""
    # only a whole date written out (year, month and day); 12月底前 alone in a table's time cell is a deadline
    if not (m.group("y") and m.group("d")) or m.group("suf") or m.group("pre"):
        return False
    before = m.string[max(0, m.start() - 4):m.start()]
    if before.endswith("。") and _signers_then_text_after(m.string, m.end()):
        return True  # …请认真贯彻执行。二〇〇三年一月六日省卫生厅省计委省财政厅为全面加强…: a signature run into the text
    if _signers_before(m.string, m.start()) and not _DUE_VERB_AFTER.match(m.string, m.end()):
        return True  # …增添林场发展活力。河北省人民政府办公厅2024年2月9日承德市人民政府，…: the issuer, then its date
    return bool(_SIGNED_BEFORE.search(before)) and bool(_SIGNED_AFTER.match(m.string, m.end())) and not _names_a_stage(m)


# 。二〇〇三年一月六日省卫生厅省计委省财政厅为全面加强我省…工作，根据… (uj_01): a notice's date, the bodies that drafted
# the plan it issues, then the plan's opening (为 / 根据 / 按照) or the line's end, all glued on one line: the date signs
# Read as a walk over the places each body name may end, not one pattern: written as
# (?:[、]?[省市县区]?\p{Han}{0,8}?(?:厅|委|…)){1,6}, its nested choices backtracked ≈ 0.25 s on a run of 40 委 that ends
# in no opening (every 委 may end a name), on each such date of a one-line body.
_SIGNER_PLACE = "省市县区"
_SIGNER_ENDS = ("厅", "委", "局", "办公厅", "办公室", "人民政府", "政府", "委员会")
_SIGNER_MAX_NAMES, _SIGNER_NAME_HEAD = 6, 8  # bodies in the run; Han characters before a name's end word
_TEXT_OPENING_AFTER = re.compile(r"[ \t\u3000]?(?:为|根据|按照|依据|$|\n)")
_HAN_CHAR = re.compile(r"\p{Han}")
_SIGNER_END_OPENS = re.compile("[" + "".join(sorted({w[0] for w in _SIGNER_ENDS})) + "]")


def _signer_name_ends(s: str, at: int, head_max: int = _SIGNER_NAME_HEAD) -> set[int]:
    """Where one body's name that may start at `at` ends: a blank or 、, a place word (省市县区), up to eight Han
    characters, then an end word (厅, 委, 局, 办公室, 人民政府, 委员会…)."""
    if at < len(s) and s[at] in LINE_BLANKS + "、":
        starts = (at, at + 1)
    else:
        starts = (at,)
    heads = set()
    for start in starts:
        heads.add(start)
        if start < len(s) and s[start] in _SIGNER_PLACE:
            heads.add(start + 1)
    ends = set()
    for head in heads:
        for k in range(head_max + 1):
            if k and not (head + k - 1 < len(s) and _HAN_CHAR.match(s[head + k - 1])):
                break
            ends.update(head + k + len(w) for w in _SIGNER_ENDS if s.startswith(w, head + k))
    return ends


def _signers_then_text_after(s: str, at: int) -> bool:
    """At `at`, one to six bodies' names, then the plan's opening (为 / 根据 / 按照 / 依据) or the line's end."""
    # the first name's end word opens within a blank, a place word and eight characters: most dates after a 。 are
    # followed by no body at all, and are told so by one search (≈ 1 µs, where the walk costs 15–80 µs)
    if _SIGNER_END_OPENS.search(s, at, at + 2 + _SIGNER_NAME_HEAD + 1) is None:
        return False
    reached = {at}
    for _ in range(_SIGNER_MAX_NAMES):
        reached = set().union(*(_signer_name_ends(s, p) for p in reached))
        if not reached:
            return False
        if any(_TEXT_OPENING_AFTER.match(s, p) for p in reached):
            return True
    return False


# characters from the sentence's end to the date, and before a name's end word: a signature names its bodies in full
# (河北省人力资源和社会保障厅河北省工业和信息化厅2024年6月18日, twelve characters before 厅)
_SIGNERS_REACH, _SIGNED_NAME_HEAD = 80, 14
# 。各县区政府2024年6月30日完成验收: bodies then a date the work is done by are the subject of a task, no signature
_DUE_VERB_AFTER = re.compile(r"[ \t]?(?:完成|办结|实现|报送|上报|提交|之前|以前|前)")


def _signers_before(s: str, at: int) -> bool:
    """Right before `at`, after a sentence's end (。), one to six bodies' names and nothing else: the issuer signing the
    notice whose date stands at `at`, the signature run into the text on a one-line body (ut_09)."""
    stop = s.rfind("。", max(0, at - _SIGNERS_REACH), at)
    if stop < 0 or at - stop < 3 or _SIGNER_END_OPENS.search(s, stop + 1, at) is None:
        return False
    reached = {stop + 1}
    for _ in range(_SIGNER_MAX_NAMES):
        reached = {p for p in set().union(*(_signer_name_ends(s, q, _SIGNED_NAME_HEAD) for q in reached)) if p <= at}
        if at in reached:
            return True
        if not reached:
            return False
    return False


# （一）动员部署（2025年1月10日）。: a numbered step's name, then the day it is taken in brackets (not a speech's or a
# report's title, which its date in brackets signs: （五）在全省会议上的讲话（一九八六年四月二十五日）)
_STAGE_HEAD = re.compile(r"(?:^|\n)[ \t\u3000]*+(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])"
                         r"\p{Han}{2,12}(?<!讲话|发言|致辞|报告|讲稿|谈话)[（(]$")


def _names_a_stage(m) -> bool:
    """A date in brackets right after a numbered step's name dates that step (when it is taken), not a signature."""
    return bool(_STAGE_HEAD.search(m.string, max(0, m.start() - 24), m.start()))


# 集中攻坚（2025年1月11日-2025年10月底）: a span from a day (or a month's end) to a month of a year written out after a
# dash. The pattern reads no year right after a dash (2021-2025年 is a span of years), so such a span is read at its
# start: the period of its end month, as 自查摸底阶段（7月3日至7月15日） is read at its end
_DATED_SPAN_END = re.compile(r"[ \t]?[—–－\-~～][ \t]?(?P<y>\d{4})[ \t]?年[ \t]?(?P<m>\d{1,2})[ \t]?月")


def _dated_span_end(m):
    """The end of a span that a day or a month's end opens and a month of a year written out closes."""
    if m.group("suf") or m.group("pre") or not (m.group("d") or m.group("mend")):
        return None
    end = _DATED_SPAN_END.match(m.string, m.end())
    if end is None or not 1 <= int(end.group("m")) <= 12 or _SPAN_OF_RECORD_AFTER.match(m.string, end.end()):
        return None
    return end


# 认真总结2011年10月1日—2013年9月30日推广情况: the span whose record a report gives, no time to act in
_SPAN_OF_RECORD_AFTER = re.compile(r"(?:\d{1,2}[日号]|底|末)?的?\p{Han}{0,6}?(?:情况|数据)")


# 9 月 16 日— 23 日 (vv_10), 2019年12月9日—16日: a dash before a day that names no month closes a window of days in the
# first day's month, as 至 does (2019年12月9日至16日, sh_15): the first day is the window's one date, read at its month
_DASH_TO_BARE_DAY = re.compile(r"[ \t]?[—–－\-~～][ \t]?\d{1,2}[ \t]?[日号]")


def _dash_to_bare_day(m) -> bool:
    return bool(m.group("d") or m.group("d2")) and _DASH_TO_BARE_DAY.match(m.string, m.end()) is not None


def _starts_a_range(m) -> bool:
    """示范期（2024年11月—2025年8月）, 提交日期为2024年4月15日－4月22日, 自查摸底阶段（7月3日至7月15日）, 2024年6月至12月:
    the first day or month of a span (before a dash, or 至 and another date of its kind): a window of days is read once, at
    its end; a span of months at both ends by _month_spans."""
    if m.group("suf") or (m.group("y") and _dated_span_end(m) is not None):
        return False
    if _RANGE_DASH.match(m.string, m.end()):
        return not _dash_to_bare_day(m)
    if m.group("d") or m.group("d2"):
        return bool(_RANGE_TO_DATE.match(m.string, m.end()))
    return bool(m.group("m") or m.group("m2")) and bool(_RANGE_TO_MONTH.match(m.string, m.end()))


def _ends_a_past_change(m) -> bool:
    """软件业务收入从2012年2.5万亿元增长到2021年9.6万亿元: the year a change already made was measured at."""
    if m.group("pre") not in ("到", "至") or not m.group("y"):
        return False
    clause_start = max(m.string.rfind(c, max(0, m.start() - 60), m.start()) for c in "，。；,;\n") + 1
    return bool(_FROM_A_YEAR.search(m.string, clause_start, m.start()))


def _is_time_described(m) -> bool:
    """随着年底临近，…; 今年上半年又关停六十多处: a time of year named as a circumstance or as when
    something was done, not a date to meet."""
    if not m.group("rel"):
        return False
    if _APPROACHING.match(m.string, m.end()):
        return True
    brk = _SENTENCE_BREAK.search(m.string, m.end())
    rest = m.string[m.end():brk.start() if brk else len(m.string)]
    return m.string[max(0, m.start() - 2):m.start()] == "今年" and bool(_DONE_WORD.search(rest))


def _is_impossible(d: dict) -> bool:
    """5355年6月6日 (digits scrambled by a font): no year a notice sets a date in."""
    return d.get("year") is not None and d["year"] not in _YEARS


def _ends_a_range(m) -> bool:
    """一九八七年至一九九〇年承包的数量, 2021年至2025年: the end of a span of years, not a date to meet; nor the end
    of a span naming what a rule covers (2020年10月至2021年10月底取得施工许可的房屋建筑; a window of days the same:
    2025年1月1日至8月1日举办完成的项目，请于2025年8月10日前申报, wo_02 — its end written with no year, 至 before it)."""
    joiner = m.start()
    if m.group("pre") not in ("至", "到"):
        if not (m.group("m2") and joiner > 1 and m.string[joiner - 1] in "至到"):
            return False
        joiner -= 1
    if joiner == 0:
        return False
    before = m.string[joiner - 1]
    if before == "年":
        return joiner == m.start()
    return before in "月日" and bool(_SPAN_QUALIFIER_AFTER.match(m.string, m.end()))


def _names_a_report(m) -> bool:
    """2020年第一季度季报, 2019年年报, 第三季度及全年责任事项完成情况: the period a report covers names the report, it
    sets no date."""
    return bool(_REPORT_AFTER.match(m.string, m.end()))


class _Next:
    """Where `pattern` next matches at or after a position, for positions that only grow (matches in
    order): one scan in all, not one to the end of the text per match (每年…，每年…, with no 。)."""

    def __init__(self, pattern, text: str):
        self.pattern = pattern
        self.text = text
        self.pos = -1  # the position last asked about
        self.found = -1  # the first break at or after it (len(text) for none)

    def __call__(self, pos: int) -> int:
        if pos < self.pos or pos > self.found:
            brk = self.pattern.search(self.text, pos)
            self.found = brk.start() if brk else len(self.text)
        self.pos = pos
        return self.found


class _SentenceWords:
    """Whether a pattern matches in text[a:b], the rest of a sentence a date stands in (patterns with no anchor or
    lookaround: searched with pos and endpos as in the slice; `literals`, the words a pattern of plain words
    alternates, are asked with str.find, cheaper). A span up to _LONG_SPAN long is searched; a longer one
    is read from the starts of every match in the text (overlapped: each start a search could find), listed in one
    pass on first use and bisected, each checked to fit before b. Searching each date's sentence to its end was
    quadratic on a long break-free text (16,000 characters of 9月底， took 10 s)."""

    def __init__(self, text: str):
        self.text = text
        self.starts: dict = {}  # pattern -> the start of each match in text

    def found(self, pattern, a: int, b: int, literals: tuple[str, ...] = ()) -> bool:
        if b - a <= _LONG_SPAN:
            if literals:
                return any(self.text.find(w, a, b) >= 0 for w in literals)
            return pattern.search(self.text, a, b) is not None
        starts = self.starts.get(pattern)
        if starts is None:
            starts = self.starts[pattern] = [m.start() for m in pattern.finditer(self.text, overlapped=True)]
        i = bisect_left(starts, a)
        while i < len(starts) and starts[i] < b:  # a match that runs past b fails; only the last few can
            if pattern.match(self.text, starts[i], b):
                return True
            i += 1
        return False


_LONG_SPAN = 1000
_DONE = re.compile(DONE_LE)
_CLAUSE_HEAD = frozenset(("", *"。；;！？!?\n：:，,"))  # what may stand before a clause's first character


def _dates_an_act_done(m, next_break: _Next, next_goal: _Next) -> bool:
    """2019年6月，省教育厅等六部门联合印发了《…》; 2018年8月，为解决…，…出台了《…》; 7月18日，我省召开…，…介绍了…:
    a date heading its clause (a comma after it), in a sentence told in the perfective (…了) before any goal word,
    dates an act done, not a time a task is due by (uf_09). A date bounded by 前, led by 到 / 至 or recurring is left."""
    s = m.string
    if m.group("pre") or m.group("rec") or m.group("suf") or m.group("suf2"):
        return False
    if not _YEAR_COMMA.match(s, m.end()) or s[max(0, m.start() - 1):m.start()] not in _CLAUSE_HEAD:
        return False
    end = next_break(m.end())
    # the 了 looked for within the sentence only: a test over the whole text, made for every date, grows with the
    # square of a long one-line text's length
    if s.find("了", m.end(), end) < 0:
        return False
    done = _DONE.search(s, m.end(), end)
    return done is not None and next_goal(m.end()) > done.start()


# 5月底前2个问题已整改到位 (xc_02): a limit whose own clause tells the work done by it, 已 before its verb of completion
_MET_ALREADY = re.compile(r"已(?:经)?(?:全部|基本)?(?:整改到位|整改完成|完成|建成|办结|落实|实现)")


def _limit_met_already(m, next_break: _Next, next_goal: _Next) -> bool:
    """今年5月底前2个问题已整改到位，3个问题正在积极整改中: a limit (…前) in a report, its clause (up to the comma)
    telling the step already done by it, dates a result, not a time still due — unless a goal word comes first
    (确保6月底前已完成 is rare, 要求6月底前完成，目前已完成80% keeps the limit: the 已 is in the next clause)."""
    if not m.group("suf"):
        return False
    s = m.string
    end = next_break(m.end())
    comma = s.find("，", m.end(), end)
    if comma >= 0:
        end = comma
    done = _MET_ALREADY.search(s, m.end(), end)
    return done is not None and next_goal(m.end()) > done.start()


def _is_tally_date(m, next_break: _Next, next_goal: _Next) -> bool:
    """截止2020年底，已累计改造…; 据统计，截止2020年底，全省…约有20%未达标: “as of” a date, opening a
    sentence with a comma, is the date a tally is taken at — unless the sentence turns to a goal (力争, 确保)."""
    if m.group("m2") and not m.group("suf2"):
        # 截至11月底，2019年全省共安排…: a month alone after 截至 (uf_09), the tally's date as a year's is; 截至9月底已完成
        # 19项 (wx_07): the tally's 已 right after the date, no comma between
        if not _TALLY_BEFORE_MONTH.search(m.string, max(0, m.start() - 4), m.start()):
            return False
        if not _YEAR_COMMA.match(m.string, m.end()):
            return m.string.startswith(("已", "累计"), m.end()) and next_goal(m.end()) >= next_break(m.end())
        return next_goal(m.end()) >= next_break(m.end())
    if m.group("pre") not in ("截至", "截止", "截止到") or m.group("suf") or not _YEAR_COMMA.match(m.string, m.end()):
        return False
    return next_goal(m.end()) >= next_break(m.end())


def _is_on_record(d: dict, issued: int | None) -> bool:
    """截止2020年底，已累计…, 于一九八五年六月拟定了…, read in a later notice: a date before the document is
    the date of a record."""
    return issued is not None and d.get("year") is not None and d["year"] < issued


def _first_group_start(m) -> int:
    for g in ("y", "ry", "plan", "m2", "m3", "d3", "d5", "mlast", "qrec", "qend", "rel", "this", "ongoing"):
        if m.group(g):
            return m.start(g)
    return m.start()


def _read(m, doc_year: int | None, recurrence: str | None, goals: bool = False, named: int | None = None) -> dict | None:
    """Read one date match: the first alternative that matched says which reader applies. `named`: the year the
    sentence named before the match (for 次年 / 当年)."""
    if m.group("ongoing"):
        return {"kind": "period", "ongoing": True}
    if m.group("plan"):
        return _read_plan_span(m) if goals else _read_plan_end(m)
    if m.group("m3"):
        return _read_cn_month(m, doc_year, recurrence)
    if m.group("this"):
        return _read_this_year(m, _relative_year(m.group("this")[0], doc_year, named))
    if m.group("y"):
        return _read_year(m, goals, year_value(m.group("y")), doc_year)
    if m.group("ry"):
        return _read_relative_year(m, goals, doc_year, named, recurrence)
    if m.group("m2"):
        return _read_month(m, doc_year, recurrence)
    if m.group("rel"):
        return _read_part_of_year(m, doc_year, named, recurrence)
    return _read_day_only(m)


# 每月5日、 before a listed day: the list opened on 每月, so every day in it recurs monthly
_EVERY_MONTHS_DAYS_BEFORE = re.compile(r"每月\d{1,2}[日号](?:、\d{1,2}[日号])*、$")


def _read_day_only(m) -> dict | None:
    """每月10日前, 月底前, 每季度末: a 'by' date with at most a day (the month or quarter recurs)."""
    if m.group("d3"):
        return {"year": None, "month": None, "day": int(m.group("d3")), "date": None, "kind": "by"}
    if m.group("d5"):
        if _EVERY_MONTHS_DAYS_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None:
            return None  # 3月5日、6日前: a list of one month's days, not read here
        return {"year": None, "month": None, "day": int(m.group("d5")), "date": None, "kind": "by"}
    if m.group("mlast") or m.group("mafter") or m.group("qafter"):
        return {"year": None, "month": None, "day": None, "date": None, "kind": "by"}
    if m.group("qrec"):
        return {"year": None, "month": None, "day": int(m.group("qd")), "date": None, "kind": "by"}
    if m.group("qend"):
        day = int(m.group("qed")) if m.group("qed") else None
        return {"year": None, "month": None, "day": day, "date": None, "kind": "by"}
    return None


def _read_part_of_year(m, doc_year: int | None, named: int | None, recurrence: str | None) -> dict | None:
    """上半年, 年内, 第二季度 …: the part of a year a task is done in; None where the words name a start, a ban's
    length or a tally's span instead."""
    if _STARTS.match(m.string, m.end()):
        return None  # 自2025年第二季度起，…: the time a practice starts from
    if m.group("rel") == "年内" and _BAN_AFTER.match(m.string, m.end()):
        return None  # 年内不再审批: a ban lasting the year, not a time a task is done in
    if m.string.startswith("累计", m.end()) and not _aims_in_clause(m):
        return None  # 且2026年上半年累计客流量和销售额保持增长 (wo_10): the time a tally covers, a condition's
    if m.group("rel") == "年终" and _REPORTED_AFTER.match(m.string, m.end()):
        return _dated(None if recurrence else _year_of_part(m, doc_year, named), 12, None, "by")  # 年终上报活动总结
    return _read_relative(m.group("rel"), _year_of_part(m, doc_year, named), recurrence)



def _aims_in_clause(m) -> bool:
    """力争 / 确保 / 目标 … in the clause before the match (力争上半年累计完成投资50亿元: a goal's time, not a tally's)."""
    head = max(m.string.rfind(c, max(0, m.start() - 40), m.start()) for c in "，,。；;\n") + 1
    return _GOAL_WORD.search(m.string, head, m.start()) is not None


def _relative_year(word: str, doc_year: int | None, named: int | None) -> int | None:
    """The year 今年 / 明年 (from the document's year) or 次年 / 当年 (from the year the sentence named) stands for."""
    base, after = RELATIVE_YEAR[word]
    year = doc_year if base == "document" else named
    return None if year is None else year + after


# 2025年一季度: a year in digits right before the part of the year (上半年, 第一季度 …) the text names
_YEAR_BEFORE_PART = re.compile(r"((?:19|20)\d\d)[ \t]?年$")


def _year_of_part(m, doc_year: int | None, named: int | None) -> int | None:
    """明年上半年, 次年第一季度: the year a part of the year (上半年, 年内 …) is in, by the relative year written
    before it; 年内 / 上半年 alone are in the document's year."""
    before = m.string[max(0, m.start("rel") - 2):m.start("rel")]
    if len(before) == 2 and before[1] == "年" and before[0] in RELATIVE_YEAR:
        return _relative_year(before[0], doc_year, named)
    if before[-1:] == "年" and (written := _YEAR_BEFORE_PART.search(m.string, max(0, m.start("rel") - 7), m.start("rel"))):
        return int(written.group(1))  # 2025年一季度, 2025年第一季度: the year written before the part
    if doc_year is None:
        # 2021年我镇计划于下半年继续举办…: on a page that gives no year, the year the sentence named before the part
        head = max(0, m.string.rfind("\n", 0, m.start("rel")), *(m.string.rfind(c, 0, m.start("rel")) for c in "。；;！？"))
        if written := _YEAR_IN_SENTENCE_R.search(m.string, head, m.start("rel")):
            return int(written.group(1))
    return doc_year


_YEAR_IN_SENTENCE_R = re.compile(r"(?r)((?:19|20)\d\d)[ \t]?年")
# 到2022年和2030年, 到2025年、2030年和2035年: a year listed after a 到-year (the list so far ends right before it)
_TO_YEAR_LISTED_BEFORE = re.compile(
    r"(?:到|至)[ \t]?\d{4}[ \t]?年(?:底|末)?(?:[ \t]?[和、及与][ \t]?\d{4}[ \t]?年(?:底|末)?)*[ \t]?[和、及与][ \t]?$")
# 在3月、6月、9月、12月底前报送: the months of a list share the 底前 written once after the last
_MONTH_LIST_DUE_AFTER = re.compile(
    r"(?:[ \t]?[、和及][ \t]?\d{1,2}[ \t]?月)*[ \t]?[、和及][ \t]?\d{1,2}[ \t]?月(?P<end>底|末)?(?P<suf>" + BEFORE_WORD + ")?")



def _read_relative_year(m, goals: bool, doc_year: int | None, named: int | None, recurrence: str | None) -> dict | None:
    """今年底前, 至明年底, 明年3月底前, 今年内, 次年3月1日前: read as the date with its year written out, in the
    year the relative word stands for. With no year to count from, 今年底前 / 今年6月底前 keep their month as 6月底前
    does on a page that gives no year, and 次年 / 当年 after an event (费用发生日次年3月1日前) keep month and day;
    明年… and 今年内 then give nothing (a date kept without its year reads as the document's own year, which 明年's
    is not, and 今年内 would say no more than 今年, which names no deadline on such a page)."""
    word = m.group("ry")
    if doc_year is None and word == "明":
        return None
    year = _relative_year(word, None if recurrence else doc_year, named)
    if m.group("yin"):
        if year is None:
            return None
        if _BAN_AFTER.match(m.string, m.end()):
            return None  # 今年内不再审批: what is not done all year, a ban, no time a task is done in
        return {"year": year, "kind": "period"}  # 今年内: as 年内, the year the work is done in
    if year is not None:
        return _read_year(m, goals, year)
    if m.group("yend"):
        return _dated(None, 12, 31, "by")
    month = year_value(m.group("m"))
    if not 1 <= month <= 12 or not (m.group("suf") or m.group("mend") or m.group("pre")):
        return None  # 今年11月 with no year to count from: a month named, no date due (as 11月开展 on such a page)
    day = year_value(m.group("d")) if m.group("d") else None
    if m.group("mend"):
        day = calendar.monthrange(2001, month)[1]
    return _dated(None, month, day, "by")


def _read_plan_span(m) -> dict | None:
    """（二）主要目标。“十二五”期间，全国农村电网普遍得到改造… (uo_06): under a title naming goals, the plan's span opening
    a sentence and its clause sets what is reached by the plan's end; 期间 elsewhere opens reviews of the past (“十一五”
    期间，全省完成…), which only the goals' title tells apart."""
    if not m.group("plan").endswith("期间"):
        return _read_plan_end(m)
    opens = m.start() == 0 or m.string[m.start() - 1] in _SENTENCE_OPENED
    if not (opens and _YEAR_COMMA.match(m.string, m.end())):
        return None
    year = PLAN_END_YEAR.get(_PLAN_NUMBER.search(m.group("plan")).group())
    return _dated(year, None, None, "by") if year else None


_SENTENCE_OPENED = frozenset("。；;：:\n ")


def _read_plan_end(m) -> dict | None:
    # 到“十四五”期末，… / “十四五”期末，…: a plan end heading its clause (not 实现“十三五”末公民科学素质水平达到…的目标)
    if m.group("plan").endswith("期间"):
        return None  # “十一五”期间，全省完成…: outside a list of goals, the span a review looks back on
    if not (m.group("plan")[0] in "到至" or _YEAR_COMMA.match(m.string, m.end()) or _GOAL_AFTER_PLAN_END.match(m.string, m.end())
            or _GOALS_NAMED_BEFORE_PLAN_END.search(m.string, max(0, m.start() - 4), m.start())):
        return None
    year = PLAN_END_YEAR.get(_PLAN_NUMBER.search(m.group("plan")).group())
    return _dated(year, None, None, "by") if year else None


def _read_cn_month(m, doc_year: int | None, recurrence: str | None) -> dict | None:
    """三月底前, 十月十日前: a month written in Chinese numerals."""
    if m.group("d4"):
        return _dated(None if recurrence else doc_year, _CN_MONTH[m.group("m3")], year_value(m.group("d4")), "by")
    return _month_end(doc_year, _CN_MONTH[m.group("m3")], m.group("mend3"), recurrence)


def _read_this_year(m, doc_year: int | None) -> dict | None:
    # 今年，各省…要…进行一次检查 (but 今年，两名地质工作者填绘了…, 今年发行的债券: a report, a qualifier); 明年 the same, a
    # year on (`doc_year` is the year the word stands for)
    if doc_year is None:
        return None  # 今年，重庆将…, on a page that gives no year: this year names no year the reader can know
    if _intent_just_before(m):
        return _dated(doc_year, None, None, "by")  # 力争明年实现全覆盖: a goal year, as 力争2025年…
    if _YEAR_IS.match(m.string, m.end()):
        return None  # 今年是“十四五”规划收官之年: what the year is, not when a task is due
    if _GOALS_NAMED_AFTER.match(m.string, m.end()):
        return None  # 今年发展主要预期目标是：…, 实现今年预期目标: the year the goals are named for (as 2025年…主要预期目标)
    if _names_the_years_work(m):
        return None  # 干好今年政府工作, 结合今年拆违工作: the year's work named, not when a task is done
    return {"year": doc_year, "kind": "period"} if _sets_a_task(m) else None


# 今年政府工作, 今年经济社会发展工作, 今年拆违工作: 今年 before a noun phrase that closes on 工作 / 任务 names the year's
# work (as 今年预期目标 names its goals); a verb between them (今年完成…工作, 今年要…) makes it the time the work is done
_YEARS_WORK_AFTER = re.compile(r"(?P<words>\p{Han}{0,10}?)(?:工作|任务)(?:的|[，,。；;]|$)")
# 今年内不再审批, 年内一律不得开工: what may not be done within the year
_BAN_AFTER = re.compile(r"(?:原则上|一律|均|都)?(?:不再|不得|不予|暂停|停止|不)")
_WORK_VERB = re.compile(r"要|须|应|将|力争|确保|争取|完成|开展|启动|实施|推进|做好|抓好|建成|实现|新增|举办|组织")


def _names_the_years_work(m) -> bool:
    found = _YEARS_WORK_AFTER.match(m.string, m.end())
    return found is not None and not _WORK_VERB.search(found.group("words"))


def _read_year(m, goals: bool, year: int, doc_year: int | None = None) -> dict | None:
    """A date with its year written out: marked as a deadline (前, 底, 到…) or bare (read by its context)."""
    month = year_value(m.group("m")) if m.group("m") else None
    span_end = _dated_span_end(m)
    if span_end is not None:
        return _dated(year_value(span_end.group("y")), int(span_end.group("m")), None, "period")
    if m.group("yend") and not (m.group("pre") or m.group("suf")) and _UNDER_WAY_AFTER.match(m.string, m.end()):
        return _dated(year, 12, None, "period")  # 2011年年底进行主体工程施工: when the work is under way
    if not (m.group("pre") or m.group("suf") or m.group("yend") or m.group("mend")):
        if month is None:
            return _read_bare_year(m, year, goals, doc_year)
        return _read_bare_month_of_year(m, year, month)
    return _read_marked_date(m, year, month)


def _read_marked_date(m, year: int, month: int | None) -> dict | None:
    """A date with its year written out and marked (到2025年6月, 2024年底前, 2023年6月底): the day it is due by, 年底 /
    月底 read as that year's or month's last day; a window of days' closing day read as its month's period."""
    day = year_value(m.group("d")) if m.group("d") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if m.group("yend"):
        month, day = 12, 31
    elif m.group("mend") and month:
        day = calendar.monthrange(year, month)[1]
    if day is not None and m.group("pre") in ("至", "到") and not m.group("suf") and _closes_days_window(m):
        if _closes_whole_years(m, month, day):
            return None  # 2011年1月1日至2011年12月31日，对…企业…减按50%…: a rule's term of whole years, no work timed
        return _dated(year, month, None, "period")  # a window of days, read once: the period of its last day's month
    return _dated(year, month, day, "by")


# 启动阶段（2024年4月1日至2024年12月31日） (vb_02): a day, then 至 and a day with its year written out — a window of days;
# 提交材料时间为即日起至2026年6月30日 (vz_02): an application window opened today, the same window of days
_DAY_BEFORE_JOINER = re.compile(r"(?:\d{1,2}[ \t]?[日号]|即日起?)[ \t]?$")
# 决定自本通知发布之日起至2023年5月31日，集中开展…核查工作 (xe_01, xe_03): a window opened on the day the notice itself
# is issued (its first day, as 即日起 is), closed on a day — the same window of days (a month's end after it, 自本通知发布之日起
# 至2010年5月底，…要组织开展…检查 (ww_02), stays the limit it is due by; 实施 / 施行之日起 opens a rule's term, _closes_a_window)
_ISSUE_DAY_BEFORE_JOINER = re.compile(r"(?:本|该)(?:通知|方案|意见|文件)(?:发布|印发|下发)之日起[ \t]?$")


# 1月1日至 / 1月1日起至 / 1月1日— right before the window's last day: the window opens on a year's first day
# (not in a bracket: 实施阶段（2025年1月1日至2025年12月31日） dates a stage's work, vb_02)
_NEW_YEAR_BEFORE_JOINER = re.compile(
    r"(?<![（(][ \t]?(?:\d{4}[ \t]?年[ \t]?)?)(?<!\d)1[ \t]?月[ \t]?1[ \t]?[日号][ \t]?起?[ \t]?(?:至|到|—|–|－|-|~|～)?[ \t]?$")


def _closes_whole_years(m, month: int | None, day: int | None) -> bool:
    """The window runs from a year's 1月1日 to a year's 12月31日 (2019年1月1日至12月31日, 2011年1月1日至2011年12月31日):
    whole calendar years, the term a rule or a scheme applies in (a tax relief, a subsidy's 实施期限), as 自…起至…止 is;
    no window of days in which work is done or handed in runs so (gold-format "Spans of dates": a rule's term)."""
    if month != 12 or day != 31:
        return False
    return _NEW_YEAR_BEFORE_JOINER.search(m.string, max(0, m.start() - 20), m.start() + (m.group(0)[:1] in "至到")) is not None


def _closes_days_window(m) -> bool:
    """The date closes a window of days (a day before its 至 / 到): read once at its end, as 自查摸底阶段（7月3日至7月15日）
    and 报名时间为2012年1月4日—2012年2月20日 are (gold-format "Spans of dates"), not a day due by."""
    if _DAY_BEFORE_JOINER.search(m.string, max(0, m.start() - 5), m.start()):
        return True
    return bool(m.group("d")) and _ISSUE_DAY_BEFORE_JOINER.search(m.string, max(0, m.start() - 14), m.start()) is not None


def _read_bare_year(m, year: int, goals: bool, doc_year: int | None = None) -> dict | None:
    """A bare year with no month: 到 2025 年 (intent), 2024年，… (a sentence's date), 2016年启动… (a step)."""
    kind = _bare_year_kind(m, goals)
    if kind is None and (doc_year is None or year > doc_year) and _later_level_after_year(m, doc_year is None):
        kind = "by"
    return None if kind is None else _dated(year, None, None, kind)


def _bare_year_kind(m, goals: bool) -> str | None:
    """How a bare year dates what follows it: "by" (a goal's year), "period" (a step's), None (no deadline).
    The readers run in this order: the first that knows the year decides."""
    s, end = m.string, m.end()
    if _YEAR_COMMA_IS.match(s, end):
        return None  # 2025年，是“十四五”规划收官之年: what the year is (as 2025年是…), not a date
    if _TIME_LABEL_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return "by"  # （牵头部门：农业农村部，完成时限：2022年）: the year a note's time label gives is the year due
    if _intent_before_year(m) or _done_by_year_after_yu(m):
        return "by"
    if _planned_step_after_year(m):
        return "by" if goals else "period"
    clause = _opens_clause(m)  # read once: most readers below hold only for a year heading a clause
    if clause and s.startswith(("和", "及", "、"), end) and (listed := _YEARS_LISTED_AFTER.match(s, end)) is not None:
        return _listed_years_kind(s, listed.end())
    if clause and _level_or_goal_after_year(s, end):
        return "by"
    kind = _year_heading_sentence_kind(m, clause, goals)
    if kind is not None:
        return kind
    return _work_or_goal_year_kind(m, clause)


# 于2022年和2023年分别建成河北…中心和雄安…中心 (vl_02), 于2023年建成…: 于 before a year (or before the first of years
# listed, each read so), then 建成 / 完成 / 实现 (分别 sharing them out, 基本 / 全面 grading the state): the year the thing
# is to be done by. Not 已于 / 曾于 (done), nor 建成的 / 完成了 / 建成后 (a result named, work told, a time after it);
# nor 于 closing another word (关于2021年完成…情况的通报: a title's topic; 对于, 由于, 基于, 属于, 用于, 至于, 位于).
# 在 reads as 于 (在2020年建成…; not 已在 / 曾在 done, nor 在 closing 存在, 现在, 正在, 所在, 实在, 还在).
_YU_YEARS_BEFORE = re.compile(
    r"(?:(?<![已曾关对由基属用至位鉴终等])于|(?<![已曾存现正所实还])在)[ \t]?(?:\d{4}[ \t]?年[ \t]?[和、及与][ \t]?)*$")
_DONE_BY_YEAR_AFTER = re.compile(
    r"(?:[ \t]?[和、及与][ \t]?\d{4}[ \t]?年)*[ \t]?(?:分别)?(?:基本|全面)?(?:建成|完成|实现)(?![了的后])")


# 决定在2023年继续实施… (wx_01), 省教育厅决定在2019年开展…活动: a decision or intent, 在 / 于, then the year: the year the
# step is set for (not 并在2019年组织完成评审, a reply telling work done, nor 但要在一九八〇年基本上实现…, a goal weighed)
_DECIDED_FOR_YEAR_BEFORE = re.compile(r"(?:决定|将|拟|计划|准备)[在于]$")


def _decided_for_year(s: str, start: int) -> bool:
    return start >= 3 and s[start - 1] in "于在" and _DECIDED_FOR_YEAR_BEFORE.search(s, start - 3, start) is not None


def _done_by_year_after_yu(m) -> bool:
    """于2023年建成… / 于2022年和2023年分别建成…: a year (or month) to finish by. The verb after is checked first (cheap,
    rarely there); only then the 于 before."""
    s, start = m.string, m.start()
    if not _DONE_BY_YEAR_AFTER.match(s, m.end()) or _WHEN_DONE_AFTER.match(s, m.end()):
        return False
    return _YU_YEARS_BEFORE.search(s, max(0, start - 40), start) is not None


# 计划2019年新建、改扩建200所幼儿园 (uj_07): a plan's 计划 / 拟 right before the year, a step or counted work right
# after it: the year the planned work is done in (as 2019年计划新建…, the intent after the year, reads)
_PLAN_BEFORE_YEAR = re.compile(r"(?:计划|拟)[ \t]?$")


def _planned_step_after_year(m) -> bool:
    s, start, end = m.string, m.start(), m.end()
    if start < 1 or s[start - 1] not in "划拟 \t" or not _PLAN_BEFORE_YEAR.search(s, max(0, start - 3), start):
        return False
    return bool(_STEP_AFTER_YEAR.match(s, end) or _COUNTED_WORK_AFTER_YEAR.match(s, end))


def _work_or_goal_year_kind(m, clause: bool) -> str | None:
    """The last of _bare_year_kind's readers, on what follows the year: work due then ("by"), a step taken, works
    counted or a size of work allotted in it ("period"), a goal set for it ("by"). `clause`: the year heads a clause."""
    s, end = m.string, m.end()
    if clause and s.startswith("起", end) and _STEP_AFTER_YEAR.match(s, end + 2 if s[end + 1:end + 2] in "，," else end + 1):
        return "period"  # 进度要求：2020年起，启动实施标准化建设工程 (up_06): the year a step starts in
    if clause and _work_due_after_year(s, end):
        return "by"
    if clause and _STEP_AFTER_YEAR.match(s, end):
        if _WHEN_DONE_AFTER.match(s, end):
            return None  # 一九九○年实现这些主要目标后，…: the time after which something follows, not a due date
        return "period"  # 2016年启动50个项目，2017年…同步推进: the year a step is taken
    if _GOAL_OF_YEAR_BEFORE.search(s, max(0, m.start() - 2), m.start()) and _GOAL_OF_YEAR_AFTER.match(s, end):
        return "by"  # 按照2020年…控制在5%以内的目标推进: the year a goal is set for
    if _STEP_AFTER_YEAR.match(s, end) and _decided_for_year(s, m.start()) and not _WHEN_DONE_AFTER.match(s, end):
        return "period"  # 县委、县政府决定在2023年继续实施一批民生实事项目 (wx_01): the year a step is set for
    if _WORKS_FOR_PEOPLE_AFTER_YEAR.match(s, end):
        return "period"  # 会上确定2016年县委县政府为民兴办10件实事 (ud_11): the year the counted 实事 are done in
    if clause and _ALLOTTED_AFTER_YEAR.match(s, end):
        return "period"  # 为减少损失，2005年开工规模按6500万千瓦安排 (uf_07): the year a size of work is allotted to
    return None  # 2017年是…, （2021—2035年）: not a deadline


def _listed_years_kind(s: str, end: int) -> str | None:
    """2005年和2010年组织中期和终期评估 (uj_01): the first of years listed at a clause's head dates what follows the
    list as the last of them does: a level or goal due by them, or a step taken in each."""
    if _level_or_goal_after_year(s, end):
        return "by"
    if _STEP_AFTER_YEAR.match(s, end) and not _WHEN_DONE_AFTER.match(s, end):
        return "period"
    return None


# 达到90% / 提高到3.5: a level reached, its rate sign named (one form for both patterns below)
_LEVEL_REACHED = r"(?:达到|提高到|提升到)[ \t]?\d[\d.]*(?P<rate>[ \t]?[%％])?"
# 转诊率2005年达到90% (uj_01): a year between a measure and the level it reaches
# (not 人口1990年控制在633.1万人: a ceiling kept, sk_15, no date due)
_LEVEL_RIGHT_AFTER_YEAR = re.compile(_LEVEL_REACHED)
# ，2025年常住人口100万以上城市绿色出行比例达到60% / 2025年电商快件基本不再二次包装 / 2025年生活垃圾焚烧处理全覆盖
# (uj_09): in the clause a year heads, with no comma after it, a level to reach or a state to be in (not 2020年度财政拨款
# 基本支出: the year of an account, 基本 a noun's part)
_LEVEL_IN_CLAUSE_AFTER_YEAR = re.compile(
    r"(?!度)[^，,。；;：:\n已了]{0,40}?(?:" + _LEVEL_REACHED + r"|基本(?:建成|实现|形成|完成|消除|覆盖|不再|全)|全覆盖)")


def _later_level_after_year(m, year_unknown: bool) -> bool:
    """A year later than the document's, right before a level reached (转诊率2005年达到90% in a 2003 plan) or heading
    a clause that reaches a level or a state (，2025年…比例达到60% in a 2021 one): the year the goal is due by. (A
    year not later than the document's may be a result told: 2016年…达到3.2万亿元.) In a document of no known year,
    only a rate or a state (a result is told to the unit: 2016年旅游总收入达到3.2万亿元). Bounded to the clause."""
    s, end = m.string, m.end()
    found = _LEVEL_RIGHT_AFTER_YEAR.match(s, end)
    if found is None and _opens_clause(m):
        found = _LEVEL_IN_CLAUSE_AFTER_YEAR.match(s, end)
    if found is None:
        return False
    return not year_unknown or found.group("rate") is not None or not found.group(0).endswith(tuple("0123456789."))


def _intent_just_before(m) -> bool:
    """力争2025年 / 确保在2024年: the intent right before the match."""
    start = m.start()
    return _INTENT_BEFORE.search(m.string, max(0, start - _INTENT_REACH), start) is not None


def _intent_before_year(m) -> bool:
    """到2022年和2030年 (the 到 holds for every year of the list), 展望2035年, 力争2025年: a goal's year."""
    s, start = m.string, m.start()
    return bool(_TO_YEAR_LISTED_BEFORE.search(s, max(0, start - 40), start)
                or _OUTLOOK_BEFORE.search(s, max(0, start - 3), start)
                or _intent_just_before(m))


def _level_or_goal_after_year(s: str, end: int) -> bool:
    """After a year heading a clause: a level reached, the year's goals (2021年目标：…通过验收), the levels of
    that year (2015年学前三年幼儿教育毛入园率、…分别达到90%、…) or a level striven for (2017年全社会研发投入强度力争
    达到1.42%, 2025年，力争可再生能源装机实现翻番)."""
    return bool(_REACH_AFTER_YEAR.match(s, end) or _LEVEL_REACHED_AFTER_YEAR.match(s, end)
                or _GOAL_LABEL_AFTER_YEAR.match(s, end) or _SEVERAL_LEVELS_AFTER_YEAR.match(s, end)
                or _INTENT_IN_CLAUSE_AFTER_YEAR.match(s, end))


def _year_heading_sentence_kind(m, clause: bool, goals: bool) -> str | None:
    """A year heading a sentence, or a clause saying what will be done: "by" in a list of goals, else "period"."""
    s, end = m.string, m.end()
    sentence = _opens_sentence(m)
    if sentence and _reached_after_comma(m):
        return "by"  # 2020年，省定优秀标准学校达80%以上: a loose level to reach, a goal's year
    if sentence or (clause and _INTENT_AFTER_YEAR.match(s, end)):
        # 2024年，选取…试点 / 2025年，…基本形成; 2024年鹿邑将… / 2023年我市规划投资… with no comma, the same
        return "by" if goals else "period"
    if clause and _step_after_year_between_commas(m):
        return "by" if goals else "period"
    if _INTENT_RIGHT_AFTER_YEAR.match(s, end) and (clause or _follows_clause_subject(m)):
        # 我市2023年拟新建…, 。2021年计划申报并打造…, 一是2021年计划投资…: the year of what it will do
        return "by" if goals else "period"
    if _COUNTED_WORK_AFTER_YEAR.match(s, end) and _follows_clause_subject(m):
        return "by" if goals else "period"  # 全市2020年…改造新开工49个 (ty_05): the year the counted work is done in
    return None


# …打通工程，2018年，打通一批断头路 (tg_10): a year between two commas inside a sentence, a verb of making or reaching
# (lexicons/goal_verbs.tsv) right after the second, heads the step as a year opening the sentence does (a year then a
# subject and 将, 获悉，2024年，潼关县将…, read so in session 21, cost a set-aside document a right deadline and was
# withdrawn: here the verb opens the clause, and a clause telling of work done, 了 / 已, is left out)
_MAKING_AFTER_YEAR = re.compile(goal_verb_alternation())
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n]")


def _step_after_year_between_commas(m) -> bool:
    s, start = m.string, m.start()
    if start < 1 or s[start - 1] not in "，,":
        return False
    after = _YEAR_COMMA.match(s, m.end())
    if after is None or _MAKING_AFTER_YEAR.match(s, after.end()) is None:
        return False
    stop = _CLAUSE_STOP.search(s, after.end())
    return _DONE_WORD.search(s, after.end(), stop.start() if stop else len(s)) is None


def _work_due_after_year(s: str, end: int) -> bool:
    """2011年三国文化周活动期间投入使用 (due in use), an amount completed, 2019年建成典农河至沙湖旅游公路 (the year
    a work is to be finished by — not 建成后, the time after it)."""
    if _IN_USE_AFTER_YEAR.match(s, end) or _COMPLETED_AMOUNT_AFTER_YEAR.match(s, end):
        return True
    return _FINISHED_AFTER_YEAR.match(s, end) is not None and not _WHEN_DONE_AFTER.match(s, end)


def _reached_after_comma(m) -> bool:
    """2020年，省定优秀标准学校达80%以上 / 2015年，基本完成校舍安全工程 / 2020年，…程度达到发达国家平均水平: the
    sentence the year opens names a level or a state to have reached by then (基本 marks the state, not a step)."""
    after = _YEAR_HEAD_COMMA.match(m.string, m.end()).end()
    return bool(_LEVEL_REACHED_AFTER_YEAR.match(m.string, after) or _STATE_REACHED_AFTER_YEAR.match(m.string, after))


# 按照2020年普通高中学校…比例控制在5%以内的目标推进: a year heading the goal a task is carried out toward
_GOAL_OF_YEAR_BEFORE = re.compile(r"按照?$")
_GOAL_OF_YEAR_AFTER = re.compile(r"[^。；;]{0,80}?的(?:目标|要求)")
# 2016年县委县政府为民兴办10件实事 (ud_11): after the year, who does them, then the count of works done for the people
# 根据票决结果，2022年群众最关注、最急需办的10项民生实事 (wx_06): the counted 实事 the year is to do, 办的 before the count
_WORKS_FOR_PEOPLE_AFTER_YEAR = re.compile(
    r"[^，,。；;\d]{0,10}?为民(?:兴办|办好|办)[\d一二三四五六七八九十]{1,3}件|[^，,。；;\d]{0,16}?办的[\d一二三四五六七八九十]{1,3}[件项](?:民生)?实事")
# 2005年开工规模按6500万千瓦安排 (uf_07): after the year heading a clause, a size of work or money, then the figure it
# is allotted by (按…安排 / 按…下达): the year the allotted work is done in
_ALLOTTED_AFTER_YEAR = re.compile(r"\p{Han}{0,8}?(?:规模|资金|投资|任务|计划)按[^，,。；;]{1,30}?(?:安排|下达)")


# 申报截止时间为2011年3月30日, 报名截止日期：3月30日: the date named as the closing time is one the thing is due by
# 首次报送时间为5月18日 (uy_02): a time labelled as when something is delivered is one it is due by as well
_CLOSING_TIME_BEFORE = re.compile(r"(?:截止|报送|上报|提交)(?:时间|日期)[ \t]*(?:为|是|定为|[：:])?[ \t]*$")


# 申请报送日期为2019年12月9日至16日 (sh_15): the labelled time opens a window of days, read once at its end
_WINDOW_JOINER_AFTER = re.compile(r"[ \t]?(?:至|到|—|–|－|-|~|～)")


def _closing_time(m) -> bool:
    if not _CLOSING_TIME_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return False
    return not _WINDOW_JOINER_AFTER.match(m.string, m.end())


def _time_labelled(m) -> bool:
    """（责任部门：市交通委、市公安局。时间节点：2025年3月） (wd_05): a month a note's time label (grammar.TIME_LABELS)
    gives is the limit the step is due by, as the label's bare year is (完成时限：2022年) and a 完成时限 cell's month is
    (docs/gold-format.md: a step's limit is `by`); a window it opens (时间节点：2025年3月至5月) is read as a span."""
    return (_TIME_LABEL_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None
            and not _WINDOW_JOINER_AFTER.match(m.string, m.end()))


# （三）提升阶段（2026年1月1日以后持续开展此项工作） (vb_02): a numbered stage's bracket opening on the day it starts
_GOES_ON_AFTER = re.compile(r"(?:以后|之后|起)[ \t]?持续")
# 自2019年11月起至2020年底 (wl_06): a month a span of months opens on, its other end a month or a year's end with no 止
# after it (起至2024年12月止, 自2024年1月1日起至…止: a rule's term, no work timed)
_SPAN_OF_MONTHS_ON = re.compile(r"起[ \t]?至[^。；;，,\n止]{2,14}?(?:年底|年末|月底|月末|月)(?![ \t]?止)")


# 2025年6月，相关区政府完成…方案制定 / 2025年12月，完成移交接管工作 (wd_02): a month heading a clause, then its doer
# (a clause's words at most, no 已) and a verb of completion (or 形成: a plan or team formed), not told as done
# (2020年3月,市政府制定出台了…, sr_14, a review): the month the step is to be finished by, as 6月竣工 is
_DONE_IN_CLAUSE_AFTER_MONTH = re.compile(
    r"[，,][ \t]?[^，,。；;：:\n已了]{0,40}?(?:" + DUE_AFTER_MONTH.pattern[3:-1] + r"|形成)(?![^，,。；;\n]{0,30}?了)")


def _done_in_clause_after_month(m) -> bool:
    s, end = m.string, m.end()
    if s[end:end + 1] not in "，,":  # the literal gate: most months run on into their clause
        return False
    return _DONE_IN_CLAUSE_AFTER_MONTH.match(s, end) is not None and _opens_clause(m)


# 2020年9月，交通运输部、生态环境部等五部门印发《关于…的通知》 (ws_01): a month heading its clause, then the bodies that issued a
# named document, no intent between (将 / 拟 / 计划 印发): the month of a record, as 2024年3月28日，…印发了《…》 is
_ISSUED_TITLE_AFTER_MONTH = re.compile(
    r"[，,][ \t]?(?:(?!将|拟|要|计划|力争|争取)[\p{Han}、（）()]){0,40}?(?:发布|公布|颁布|印发|出台|下发)了?《")


def _dates_an_issue_of_record(m) -> bool:
    s, end = m.string, m.end()
    return s[end:end + 1] in "，," and _ISSUED_TITLE_AFTER_MONTH.match(s, end) is not None and _opens_clause(m)


def _read_bare_month_of_year(m, year: int, month: int) -> dict | None:
    """A bare year and month (and day): 于2023年9月开展 (when it happens), 2021年11月24日12时前完成 (due)."""
    day = year_value(m.group("d")) if m.group("d") else None
    if _intent_just_before(m) or _closing_time(m) or _time_labelled(m):
        return _dated(year, month, day, "by")  # 力争2021年7月1日正式开馆: due by the day itself
    if _done_by_year_after_yu(m) or (day is None and _done_in_clause_after_month(m)):
        return _dated(year, month, day, "by")  # 于2022年10月建成…: the month the work is to be finished by
    if _STARTS.match(m.string, m.end()) or _FROM.search(m.string, max(0, m.start() - 2), m.start()):
        return _bare_month_starting(m, year, month, day)
    if day is not None:
        return _bare_day_of_year(m, year, month, day)
    if _dates_an_issue_of_record(m):
        return None
    return _dated(year, month, day, "period")  # 于2023年9月开展: when it happens


def _bare_month_starting(m, year: int, month: int, day: int | None) -> dict | None:
    """A date something starts from (…起, 自…): only a stage's start or a span of months dates anything."""
    if _GOES_ON_AFTER.match(m.string, m.end()) and _names_a_stage(m):
        return _dated(year, month, day, "period")  # 提升阶段（2026年1月1日以后持续开展…） (vb_02): when the stage starts
    if day is None and _SPAN_OF_MONTHS_ON.match(m.string, m.end()):
        return _dated(year, month, None, "period")  # 自2019年11月起至2020年底，各市…试点 (wl_06): a span of months
    return None  # 自2022年10月1日起施行: not a deadline


def _bare_day_of_year(m, year: int, month: int, day: int) -> dict | None:
    """A full date with no due word of its own: a record of what was done, a limit, or when it happens."""
    after = m.end() + int(m.string[m.end():m.end() + 1] in "，,")  # 2024年3月28日，…人民政府印发了《…》
    if _ACT_OF_RECORD.match(m.string, after) or _MEETING_AFTER.match(m.string, m.end()):
        return None
    if _HOUR_THEN_BEFORE.match(m.string, m.end()) or DATE_LIST_THEN_BEFORE.match(m.string, m.end()):
        return _dated(year, month, day, "by")  # 2021年11月24日（星期三）12时前完成; 于2022年4月10日、…和2023年1月10日前
    if _day_is_a_limit(m):
        return _dated(year, month, day, "by")  # 在2018年8月9日面试前必须取得…; 2018年7月6日以市为单位按要求上报…
    return _dated(year, month, day, "period")  # 2023年9月18日开展: when it happens


def _read_month(m, doc_year: int | None, recurrence: str | None) -> dict | None:
    """A month in digits, with no year: 6月底前, 9月16日举办."""
    month = int(m.group("m2"))
    if not 1 <= month <= 12:
        return None
    if not (m.group("suf2") or m.group("mend2") or m.group("d2")):
        listed = _MONTH_LIST_DUE_AFTER.match(m.string, m.end())
        if listed is not None and (listed.group("end") or listed.group("suf")):
            return _month_end(doc_year, month, listed.group("end"), recurrence)  # 3月、6月、9月、12月底前: 3月 is due too
    if not (m.group("suf2") or m.group("mend2")):
        return _month_or_day(m, doc_year, month, recurrence)
    if m.group("d2"):
        return _dated(None if recurrence else doc_year, month, int(m.group("d2")), "by")
    if not m.group("suf2") and _UNDER_WAY_AFTER.match(m.string, m.end()):
        return _dated(None if recurrence else doc_year, month, None, "period")  # 3月上旬开始: when the work starts
    return _month_end(doc_year, month, m.group("mend2"), recurrence)


def _read_relative(rel: str, doc_year: int | None, recurrence: str | None) -> dict | None:
    """年底前, 年内: a time relative to the document's year."""
    year = None if recurrence else doc_year
    if rel.startswith(("年底", "年末")):
        return _dated(year, 12, 31, "by")
    if rel == "年终":
        return _dated(year, 12, None, "period")  # 于年终进行督查: the month a year's-end step is taken in
    return {"year": year, "kind": "period"}


def _month_or_day(m, doc_year: int | None, month: int, recurrence: str | None) -> dict | None:
    """A month or a day written without 前 / 底: 9月16日举办 (when it happens), 于5月18日向社会公告 and
    11月取得明显成效 (when it is due), 每年8月按规定… (when it recurs)."""
    year = None if recurrence else doc_year
    if _STARTS.match(m.string, m.end()) or _FROM.search(m.string, max(0, m.start() - 2), m.start()):
        return None
    if not m.group("d2"):
        return _month_alone(m, year, month, recurrence)
    if _dates_a_report(m):
        return None
    if _closes_whole_years(m, month, int(m.group("d2"))):
        return None  # 2019年1月1日至12月31日，对…参保企业，可返还…: a scheme's term of a whole year
    due = _closing_time(m) or any(p.match(m.string, m.end()) for p in _DUE_AFTER_DAY) or _day_is_a_limit(m)
    return _dated(year, month, int(m.group("d2")), "by" if due else "period")


# A single day is when a thing happens (9月16日举办), unless what follows makes it a limit: an event named in a word or
# two and 前 (在2018年8月9日面试前必须取得…证书, 5月1日开学前: the day the event comes, before which the work is due),
# or a delivery the day is set for, after a short adverbial (2018年7月6日以市为单位按要求上报…, vl_03; 了 and 已 tell of
# one done). A day with 前 right after it is read as due before this is asked.
_EVENT_THEN_BEFORE = re.compile(r"\p{Han}{1,4}?" + BEFORE_WORD)
_DELIVERED_AFTER_DAY = re.compile(r"[^，,。；;：:\d\n已了的]{0,10}?(?:报送|上报|提交|送达)(?!了)")


def _day_is_a_limit(m) -> bool:
    s, end = m.string, m.end()
    return bool(_EVENT_THEN_BEFORE.match(s, end) or _DELIVERED_AFTER_DAY.match(s, end))


# …、7月10日、10月10日和…前: the list's 前; 报送 / 提交 after a day; 12时前
_DUE_AFTER_DAY = (DELIVERED_AFTER_DATE, _HOUR_THEN_BEFORE, DATE_LIST_THEN_BEFORE)


# 今年我委将于5月、10月组织第三方专家团队…开展…跟踪指导 (xe_09), 并于10月开展年末跟踪指导 (vz_10): a month (or a list of
# months) after 于 / 在 and a verb of carrying out a step is the month the step is set for, a `period`, as 于2023年9月开展
# is; without the 于 (5月组织 in a tally), with 了 (于3月开展了…, done) or for a meeting (于3月、6月召开两次会议, ts_01) no date
_SET_FOR_MONTH_BEFORE = re.compile(r"[于在](?:\d{1,2}月[、和])*$")
_STEP_SET_AFTER_MONTH = re.compile(r"(?:[、和][ \t]?\d{1,2}[ \t]?月)*[ \t]?(?:组织|开展|进行)(?!了)")


def _month_alone(m, year: int | None, month: int, recurrence: str | None) -> dict | None:
    """A month with no day: due by it (11月取得明显成效), the month a work starts or recurs in, or none (already done)."""
    if _DONE_BEFORE.search(m.string, max(0, m.start() - 3), m.start()):
        return None  # 已于3月投入使用: a month something was finished in, not one it is due by
    if DUE_AFTER_MONTH.match(m.string, m.end()) or _REPORTED_AFTER.match(m.string, m.end()):
        return _dated(year, month, None, "by")  # 每年1月初报送本年度活动安排: a report is due by the month it is sent in
    if recurrence or _UNDER_WAY_AFTER.match(m.string, m.end()):
        return _dated(year, month, None, "period")  # 6月份…主体工程动工兴建: the month the work starts in
    if _STEP_SET_AFTER_MONTH.match(m.string, m.end()) and _SET_FOR_MONTH_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return _dated(year, month, None, "period")  # 将于5月、10月组织…跟踪指导: the month a step is set for
    return None


_MEETING_DAY_AFTER = (_MEETING_HELD_AFTER, _MEETING_CALLED_AFTER, _MEETING_AT_AFTER, _MEETING_ATTENDED_AFTER)
_MEETING_TIME_AFTER = (_MEETING_AT_HOUR_AFTER, _MEETING_SESSION_AFTER)


def _dates_a_report(m) -> bool:
    """Is the day one a report tells of, not one a task is due by: an act of record, a dateline, the day news was
    gathered, a meeting held?"""
    s, start, end = m.string, m.start(), m.end()
    if _ACT_OF_RECORD.match(s, end + int(s[end:end + 1] in "，,")):
        return True  # 3月9日，科技部正式发布《…》: the day something was issued
    if s.startswith("电", end) and (_AGENCY_BEFORE.search(s, max(0, start - 10), start) or _DATELINE_AFTER.match(s, end)):
        return True  # 新华社北京3月5日电: a news agency's dateline
    if _REPORTER_BEFORE.search(s, max(0, start - 8), start) and _LEARNED_AFTER.match(s, end):
        return True  # 记者8月16日获悉：…, 本报记者3月2日从市发改委了解到: the day a report was gathered
    if _REPORTER_LEARNED_AFTER.match(s, end):
        return True  # 8月10日，记者从…获悉: the same, the date first
    if any(p.match(s, end) for p in _MEETING_DAY_AFTER):
        return True  # 1月13日，…人民代表大会第四次会议开幕: the day a meeting the report tells of was held
    # a meeting's hour or session after the day: told of, unless a 于 before the day sets the notice's own meeting
    return any(p.match(s, end) for p in _MEETING_TIME_AFTER) and "于" not in s[max(0, start - 2):start]


def _month_end(doc_year: int | None, month: int, mend: str | None, recurrence: str | None) -> dict | None:
    """6月底前, 每年三月底前, 5月中旬: due by a month's end (or its 10th / 20th)."""
    year = None if recurrence else doc_year
    day = None
    if mend in ("底", "末", "下旬"):
        day = calendar.monthrange(year or 2001, month)[1]
    elif mend in _DAY_OF_TENS:
        day = _DAY_OF_TENS[mend]
    return _dated(year, month, day, "by")


def _sets_a_task(m) -> bool:
    """Does the sentence after the date say what is to be done (要, 应, 力争 …) rather than what was done?"""
    brk = _SENTENCE_BREAK.search(m.string, m.end())
    rest = m.string[m.end():brk.start() if brk else len(m.string)]
    return bool(_TASK_WORD.search(rest)) and not _DONE_WORD.search(rest)


def _opens_clause(m) -> bool:
    """…，2017年试点示范…: a year standing at the head of a clause (or of an item: 4.2011年底主体施工)."""
    before = m.string[max(0, m.start() - 2):m.start()].rstrip(" \t")
    return (not before or before[-1] in "。；;！？\n：:，," or _AFTER_ITEM_MARKER.match(m.string, m.start()) is not None
            or _ENUMERATOR_BEFORE.search(m.string, max(0, m.start() - 3), m.start()) is not None
            or (before[-1] in _YEAR_LIST_JOINERS and _YEARS_LISTED_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None))


_AFTER_ITEM_MARKER = re.compile(MARKER_BEFORE_YEAR)
# …检查，2005年和2010年组织中期和终期评估 (uj_01): years listed at the head of a clause, each heading it as the first does
_YEAR_LIST_JOINERS = frozenset("和及、")
_YEARS_LISTED_BEFORE = re.compile(r"(?:^|[。；;！？\n：:，,])(?:\d{4}年[和及、])++$")
_YEARS_LISTED_AFTER = re.compile(r"(?:[和及、]\d{4}年)++")
# 一是2021年计划投资…, 二是…: an enumerated clause opens with its year as a clause after a comma does
_ENUMERATOR_BEFORE = re.compile(r"(?:^|[。；;：:，,\n])[一二三四五六七八九十]是$")


def _follows_clause_subject(m) -> bool:
    """根据清单,我市2023年…: only the clause's subject (lexicon-free: 我市, 全县, a place or its government) stands
    between the clause's head and the year."""
    head = max(0, m.start() - 10)
    cut = max(m.string.rfind(c, head, m.start()) for c in "。；;！？\n：:，,")
    if cut < 0 and head > 0:
        return False  # no clause head within reach: a long phrase, not a subject
    return _SUBJECT_BEFORE_YEAR.fullmatch(m.string, cut + 1, m.start()) is not None


def _opens_sentence(m) -> bool:
    """2024年，…: a year standing alone at the head of a sentence dates what the sentence says; so does one opening
    the sentence a story reports (记者…了解到，2015年，秦安县…将集中力量办好十件民生实事)."""
    before = m.string[max(0, m.start() - 2):m.start()].rstrip(" \t")
    if not before or before[-1] in "。；;！？\n：:":
        return bool(_YEAR_HEAD_COMMA.match(m.string, m.end()))
    return (before[-1] in "，," and _REPORTED_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) is not None
            and bool(_YEAR_COMMA.match(m.string, m.end())))


# 记者从…了解到，/ 获悉，/ 据悉，: the words a story opens what it reports with
_REPORTED_BEFORE = re.compile(r"(?:了解到|获悉|得知|据悉)[，,]\s?$")


def _in_year(d: dict, year: int) -> dict | None:
    """Date d (read with no year, or the document's) moved into `year`."""
    return _dated(year, d.get("month"), d.get("day"), d["kind"])


def _dated(year: int | None, month: int | None, day: int | None, kind: str) -> dict | None:
    date = None
    if year and month and day:
        try:
            date = f"{year:04d}-{month:02d}-{day:02d}"
            calendar.monthrange(year, month)
            if day > calendar.monthrange(year, month)[1]:
                return None
        except (ValueError, calendar.IllegalMonthError):
            return None
    return {"year": year, "month": month, "day": day, "date": date, "kind": kind}
