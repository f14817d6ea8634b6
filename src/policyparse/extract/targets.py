"""Quantitative targets: value (and range), unit, comparator, metric, year, recurrence.

A number is a target when it carries a measure (%, 人次, 场, 个 …). Numbers that are dates, 文号,
phone numbers, item markers, ordinals (第十四个五年规划, 第38届), names (330工程, 二十大), titles
(《健康素养66条》), slogans (“四个面向”) or the count of the plan's own parts (5项提升行动) are not.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from types import EllipsisType

import regex as re

from policyparse import lexicons
from policyparse.grammar import (
    CAP_WORDS, CLOCK_TIME_TEXT, CONTINUING_WORDS, COUNT_ENTRY, YEARLY_GRANT_BEFORE, DONE_BEYOND, DONE_LE, FIVE_YEAR_OPENER, FIVE_YEAR_ORDINAL, FIVE_YEAR_PERIOD, GOAL_COUNT_LEAD_IN, HOLD_GIL, PLACE_STRIVEN, PROGRESS_COLUMN, RANK_AMONG_PEERS, intent_words, column_role, goal_quotations_left_out, LIST_BULLET, NAMED_YEAR_END_BASE, PLAN_END_YEAR, RELATIVE_YEAR, YEAR_END_BASES, YEAR_LEAD_IN, YEAR_LEAD_IN_SENTENCE, char_positions, compile_led, HAN,
    is_note_text,
)
from policyparse.extract._text import (
    annual_year, document_year, families, inside, quoted_ranges, reported_nodes, reports_results, results_listed, retrospective_nodes, task_nodes, attachment_tail,
    walk, year_value,
)
from policyparse.extract._text import issue_year as _text_issue_year
from policyparse.extract._text import GOAL_NAMED, goal_verb_alternation
from policyparse.models import Metadata, Section, Target, built

# 经济增长6 . 5%左右: a page's layout may set the decimal point off by blanks; read so only before a percent sign
_SPACED_DECIMAL = r"\d{1,3}[ \t]\.[ \t]\d{1,2}(?=[ \t]?[%％])"
_AR = rf"(?:{_SPACED_DECIMAL}|\d{{1,12}}(?:\.\d{{1,6}})?(?![\d.]))"
_CN = (r"(?:[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]{0,8}(?:点[零〇一二三四五六七八九]{1,6})?(?![零〇一二两三四五六七八九十百千万])"
       # 突破百项, 打造百家, 用户超千万: a bare 百 / 千 counting the thing (not 千家万户, 百家争鸣, 百分之, a 千亿级 class,
       # a 百亿工程 name, 每秒百亿亿次, 每百名学生: a ratio)
       r"|(?<![零〇一二两三四五六七八九十百千万每])[百千](?=[项家个所名条种款]|[万亿](?![级工亿万]))(?!家万户|家争鸣)"
       # 每年完成万项技改, 带动相关产业规模超万亿元: a bare 万 counting the thing, or 万亿 (not 万户, 万物, 万亿级)
       r"|(?<![零〇一二两三四五六七八九十百千万每])万(?=[项家个所名条种款]|亿元))")
_NUM = rf"(?:{_AR}|{_CN})"
# Measures a target counts in (lexicons/measure_words.tsv); any of them may carry a 万 / 亿 multiplier (20万人次,
# 45万亩, 10亿条). Read once, at import: the target pattern below is built from them.
_MEASURES = lexicons.entries("measure_words.tsv")
_MULTIPLIERS = ("万", "亿", "万亿")
_PERCENT_SIGNS = ("%", "％")  # a share's unit, printed half- or full-width
_UNITS = sorted(
    {"个百分点", "百分点", *_PERCENT_SIGNS, "‰", *_MULTIPLIERS} | set(_MEASURES) | {m + u for m in _MULTIPLIERS for u in _MEASURES},
    key=len,
    reverse=True,
)
_CMP_WORDS = {
    "gt": ("超过", "高于", "大于", "多于", "突破", "逾", "超"),
    "gte": ("不低于", "不少于", "不小于", "以上", "及以上", "≥", "≧", "守住"),
    "lte": ("不超过", "不高于", "不大于", "不多于", "控制在", "控在", "及以下", "以下", "以内", "之内", "≤", "≦"),
    "lt": ("低于", "小于", "少于", "不足"),
    "approx": ("约", "近", "左右", "上下", "余", "多"),
}


def _longest_first(words) -> str:
    """The words as one alternation that matches the longest word that fits (as the words sorted longest first, joined
    by |), spelt as a tree of their shared first characters: 万人次 / 万吨 / 亿元 … are tried one first character at a
    time, not one word at a time (the standard module enters each of _UNITS' 376 words after every number, and every
    numeral in a node starts a match: 统一, 进一步). A word's own end is tried after its longer continuations, so the
    match is the longest, as before; the rest of _TARGET after the unit is optional, so no later failure backs into it."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_alternation(tree)


def _tree_alternation(node: dict) -> str:
    branches = [re.escape(ch) + _tree_alternation(node[ch]) for ch in sorted(node) if ch]
    if "" in node and branches:
        branches.append("")  # the word ending here, after the longer ones
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""


# 大于450cm3/h, 不低于5000M, 信噪比达到70dB: a measure in Latin letters, read only after a bound (5G, G60 are names)
_MEASURE_ALTERNATIVES = "|".join(re.escape(u) for u in sorted(_MEASURES, key=len, reverse=True))
_LATIN_UNIT = r"[A-Za-z]{1,8}(?:\d?/[A-Za-z]{1,4})?(?![A-Za-z\d])"
_PRE1 = "≥|≧|≤|≦|不低于|不少于|不小于|不超过|不高于|不大于|不多于|不足|超过|高于|大于|多于|少于|低于|小于|突破|保持在|稳定在|控制在|控在|守住|提高到|提升到|提高至|提升至|增加到|增至|达到|达"
# Every node's text is scanned for this pattern. Compiled with the standard re module behind a lookahead on
# the characters a match can start with (a comparator word, 约 / 近 / 逾 / 超, 百分之, a digit), it skips all
# other positions in C (grammar.compile_led): faster than the regex module trying the whole pattern there, same matches.
# 一万五千台到二万台, 3个至5个: a range whose low end repeats the measure (read only when the high end's measure is the same)
_RANGE_UNIT = "台|个|家|项|人|人次|万人|万人次|吨|万吨|亩|万亩|所|座|条|公里"
_TARGET_START = r"\d一二两三四五六七八九十" + "".join(sorted({w[0] for w in _PRE1.split("|")})) + "约近逾超百千万"
# What a match opens with, checked before the pattern's optional parts: a comparator word, or the first character of
# 约 / 近 / 逾 / 超, 百分之 or a number. Most characters of _TARGET_START open a common word (大, 提, 高, 保, 少), and
# there the whole pattern failed only after trying every way of leaving its optional parts out.
_TARGET_OPENS = rf"(?=[\d一二两三四五六七八九十约近逾超百千万]|{_PRE1})"
# 以上 / 以下 and their 及 forms: the bounds written after a number, as an alternation (the 及 form first)
_BOUND_POSTS_WRITTEN = "及以上|以上|及以下|以下"
_POST_WORDS = _BOUND_POSTS_WRITTEN + "|以内|之内|左右|上下"  # a bound or an approximation written after the number
_TARGET = compile_led(
    rf"(?=[{_TARGET_START}]){_TARGET_OPENS}(?<![\d.零〇一二两三四五六七八九十百千万])(?:(?P<cmp1>{_PRE1})\s?)?(?P<cmp2>约|近|逾|超)?(?P<pct>百分之|千分之)?(?<![\d.A-Za-z第])(?P<n1>{_NUM})"
    # 5%-10%, 1%～5%: a percentage range whose low end repeats the sign (only when the high end carries it too)
    rf"(?:(?P<u1>{_RANGE_UNIT}|万亿|亿|万|[%％](?=\s*[-—–－~～至到]\s*[\d.]+\s*[%％]))?\s*(?:-|—|–|－|~|～|至|到)\s*(?P<n2>{_NUM}))?"
    # 3万余平方米, 1万多人: 余 / 多 between the multiplier and the measure (the measure is 万平方米, and about)
    rf"(?:(?P<mult>万亿|亿|万)(?=[余多]\s?(?:{_MEASURE_ALTERNATIVES})))?(?P<approx>余|多)?\s?"
    rf"(?P<unit>{_longest_first(_UNITS)}|{_LATIN_UNIT})?"
    # 200个（标准桩）以上: a short note in brackets between the count and its bound
    rf"(?:[（(][^（）()，,。；;]{{1,8}}[)）](?=" + _BOUND_POSTS_WRITTEN + "|以内|左右))?"
    rf"(?P<post>{_POST_WORDS})?"
)


def _class_of(chars) -> str:
    """The characters as the body of a […] class (those a class reads specially escaped)."""
    return "".join("\\" + ch if ch in "\\]^-[&~|" else ch for ch in sorted(set(chars)))


# What every quantity _TARGET reads has beside one of its numbers (a match with a bound word, 百分之, a measure, 以上 /
# 左右 or a slash after it; see _quantity_matches): a number's last character (a digit, a numeral, 万 / 亿), then
# past 余 / 多 and one blank what a measure, a bracketed note, a word after the number or a slash opens with
# (10个, 3万余平方米, 200个（标准桩）以上, 50以上, 10/10万, 5 %); or a bound word's last character, then past one blank
# and 约 / 近 / 逾 / 超 a number's first (达到60, 不低于 约5, ≥71); or 分之 (百分之三十). Most nodes hold numbers
# (统一, 进一步, 2023) but none of these: their scan by _TARGET, entered at each numeral and at each 大 / 提 / 高 / 保
# a bound word may open with, is left out. Searched from the characters the three open with (a class skip).
_NUMBER_START = "一二两三四五六七八九十百千万"
_NUMBER_END = "零〇一二两三四五六七八九十百千万亿"
_AFTER_NUMBER = _class_of({u[0] for u in _UNITS} | {w[0] for w in _POST_WORDS.split("|")} | set("（(/")) + "A-Za-z"
_BOUND_WORD_END = _class_of(w[-1] for w in _PRE1.split("|"))
_QUANTITY_SIGN = compile_led(
    rf"(?=[\d{_NUMBER_END}{_BOUND_WORD_END}分])(?:[\d{_NUMBER_END}][余多]?\s?[{_AFTER_NUMBER}]"
    rf"|[{_BOUND_WORD_END}]\s?[约近逾超]?[\d{_NUMBER_START}]|分之)"
)
# counts of the plan's own parts: 实施5项提升行动, 稳步推进4项重点工程
# …的项目 / …的各类燃煤机组 closing a clause, then a rule (可直接纳入, 应停止运行) or after 以下机组：
_UNIT_SET = frozenset(_UNITS)
_BOUND_ONLY_UNITS = frozenset(("度",))  # 精度达到0.005 度
_MATH_BOUNDS = frozenset("≥≧≤≦")
# 城乡居民收入差距缩小到1.2∶1, 进出比缩小到1.5∶1左右: a ratio a change or a bound brings a measure to
_RATIO_SET_BEFORE = re.compile(r"(?:缩小|扩大|降低|下降|提高|调整|优化|保持|稳定)(?:到|至|在|为)$")
_WITHIN = re.compile(r"以内|之内|以下|内")
# 压缩至3周以内, 缩短到5个工作日: the time a procedure is cut to
_SHORTEN_BEFORE = re.compile(r"(?:压缩|缩短|缩减|减少|减|降|控制)(?:至|到|在)$")
# 确保…退税平均时间在9个工作日以内 (vi_06): an average time is a level the service reaches, not each case's time limit
_AVERAGE_BEFORE = re.compile(r"平均\p{Han}{0,4}在$")
# 两化融合发展指数达到65, 城乡居民收入倍差缩小到1.9以内: an index or a ratio counts in no measure
_INDEX_BEFORE = re.compile(r"(?:指数|倍差|系数)[^，。；,;：:]{0,8}$")
_CLASS_NOUN_END = re.compile(r"的(?!规定|要求|标准|目标|水平|原则|政策|任务)\p{Han}{1,8}$")
_RULE_VERB = re.compile(r"可以?|予以|应当?|须|不得|纳入|享受|优先|暂缓|免征|免收")
_CLASS_LIST_INTRO = re.compile(r"以下[^。；;：:]{0,30}[：:][^。]*$")
# 返还 too: 大型企业按30%返还 (h05), 返还比例为30% (ut_05) — the share a scheme refunds is its rate, in either form
# (docs/gold-format.md, five target forms)
# 可退第二学期学费80% (vy_11): the share of a fee a rule refunds is its rate, as a 返还 is
_RATE_VERB = re.compile(r"提取|计收|加收|加价|收取|征收|分成|扣除|留成|提成|上缴|返还|退还|(?<=[可予])退(?![出休役伍])")
_BY_SHARE_OF = re.compile(r"按\p{Han}{0,16}的$")
_GOAL_VERB = re.compile(r"达到|提高|提升|增长|增加|下降|降低|降至|不低于|不少于|力争|确保|实现|控制在")
# 按每人1500元标准发放, 每人每月200元的标准: the words after a sum that name it the standard a service is paid at (the
# one definition, asked by a startswith at the sum's end: no pattern call on a mention's path)
_FLAT_STANDARD_WORDS = ("标准", "的标准")
# 补贴 / 补助 / 救助 / 资助: the aid a scheme pays out (lexicons/aid_words.tsv, kind aid), and as an alternation
_AID_WORDS = tuple(word for word, kind in lexicons.rows("aid_words.tsv") if kind == "aid")
_AID = "(?:" + "|".join(_AID_WORDS) + ")"
# 全市城乡最低生活保障标准为每人每月1309元 (ra_05), 补贴标准为每人每次2元 (ra_07): a living or a subsidy standard
# named, then the one sum it is paid at (a payment, fee or cap standard of a scheme is not named so)
# 最低生活保障标准为每人每月1309元 (ra_05), 补贴标准每人2000元 / 资助标准每人8万元 (xg_01, xg_07): a flat standard named
# before its sum (为 / 是 may be left out before a plain 每人 / 每户…: 补贴标准每人最高2000元 is a cap's)
_PER_HEAD = r"每(?:人|户|名|生|家|项)(?:每(?:月|年|次|天))?"
_STANDARD_SET_BEFORE = re.compile("(?:" + "|".join(("保障", "生活", "养育", "饮食", *_AID_WORDS))
                                  + rf")标准(?:(?:为|是)(?:每\p{{Han}}{{1,4}})?|{_PER_HEAD})$")
_STANDARD_PER_HEAD_BEFORE = re.compile(rf"标准(?:为|是)?{_PER_HEAD}$")
_MUST_MEET = re.compile(r"(?:应|须|需|必须)(?:当)?满足")
# a term a permit or a stay runs for: 每次停留180天, 有效期3天; the days a result is posted for: 公示10天, 公示期为7天
_TERM_BEFORE = re.compile(r"停留|有效期|期限为?$|为期|延期|顺延|公示(?:期为?)?$")
# 100项重大科技创新工程项目: projects counted, not the plan's parts
_PROJECTS_AFTER = re.compile(r"\p{Han}{0,10}?(?:工程|计划)项目")
# 办实事28项, 明确重点任务15项: the plan's own items named before their count
_PLAN_PARTS_BEFORE = re.compile(r"(?:实事|重点任务|举措|重点工作)$")
# 实施5项提升行动, 4项目标的责任单位, 以上8项跨越式发展责任目标: the plan's own parts (or its goals) counted
_PLAN_PARTS = re.compile(r"\p{Han}{0,10}?(?:行动|工程|任务|措施|举措|计划|机制|制度|重点工作|方面|实事|目标)")
# (两个小时: a count of 个 before 小时 is hours, with 内 or not: 连续驾驶值班时间不得超过两个小时, ub_01)
# 在不超过5个公历年度内（含）分期缴纳 (vl_10): calendar years are a span of time as 年度 are
_DURATION_AFTER = re.compile(r"工作日|自然日|公历年度|月|年(?:度|头|内|(?!\p{Han}))|季度|周岁|岁|小时|星期|学期")
_COUNTABLE = frozenset("座个家所处支套项名人")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]|$")
# 区级体检指标传导沿用住房城乡建设部65个基础性指标和市级新增34个指标 (vo_02): 沿用 keeps a set already in force
_PAST = re.compile(r"上届|去年|上年度|往年|以往|已经|已有|已建成|已完成|已开工|已竣工|已投产|现有|现存|沿用|现状|目前|原来|原先|原向|(?:遴选|评选|筛选|选)出|(?:确定|选定|遴选|入选)的")
# 截至2022年6月末，… / 截至11月底，… / 截至2020年9月30日，…: the date a tally is taken at, opening its sentence (read by
# _PAST_SENTENCE and, over a sentence's later ；-clauses, by _TALLY_OPENING: one form, written once); a day after the
# month (ws_01: 截至2020年9月31日，全国共完成…编码登记152万台) dates the tally as the month's end does
_TALLY_DATE = r"截[至止]\s?(?:\d{4}\s?年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月(?:\d{1,2}[日号])?)(?:底|末)?[，,]"
# 已投产 / 已建成 / 已竣工 / 已开通: a work told finished (the verbs after 已 in _PAST_SENTENCE's two branches)
_WORKS_DONE = "(?:投产|建成|竣工|开通)"
# a sentence that opens on the record (截至2020年底，已…; 据2020年摸排) reports, until a goal word turns it forward
_PAST_SENTENCE = re.compile(
    # 经摸排 / 摸排发现: what a survey found (not 开展全面调研摸排，根据…选拔3-5家: a survey to be made, ut_06)
    # 现存 (extant), not the 现存 straddling 实现 and 存贷款 (实现存贷款余额两位数增长，新增上市挂牌企业3家以上, vg_07)
    r"截[至止]\s?\d{4}\s?年(?:底|末)?[，,]?已|已累计|据\s?\d{4}\s?年|据统计|(?<!实)现存|目前已"
    r"|(?<=[经据]|经过)摸排|摸排(?:发现|显示|统计|出)"
    # 截至2022年6月末，…贷款余额1.48万亿元: a tally opening its sentence (截至11月底，…: the month alone, uf_09)
    r"|(?:^|(?<=[。；;！？!?\n]))" + _TALLY_DATE +

    # 目前，全国有统配煤矿九十个; 鲁布革水电站四台机组已全部投产发电，年发电量…: the state things are in now
    r"|(?:^|(?<=[。；;！？!?\n]))(?:目前|当前|现阶段)[，,]?|已(?:全部|基本|先后)" + _WORKS_DONE +
    # 去年，全国…总额达四亿八千万元; 今年一季度，…增长率达17.6%; 经调查，…规模高达860万千瓦: a sentence opening on
    # the time just past or on findings
    r"|(?:^|(?<=[。；;！？!?\n]))(?:去年|上年|前年|今年(?:以来|上半年|前?[一二三]季度)|经调查|经查|经核查|现在)"
    # “十三五”以来，…; 三十五年来，…: a sentence looking back over a span up to now
    r"|(?:^|(?<=[。；;！？!?\n]))[^。；;，,\n]{0,20}?(?:以来|年来)[，,]|自[^。；;\n]{0,30}?以来|截[至止]目前"
    # 操作人员已从5人减少至2人: a change already made
    r"|已(?:从|由)"
    # 构建了…协作共用网，国家重点实验室…分别达到327家: a sentence telling what was done (not 为了, 除了, 了解)
    r"|" + DONE_LE +
    r"|已" + _WORKS_DONE + r"(?=[，,。；;])"
    # 基本养老保险参保率已提前达到95%: a level reached already (tl_05)
    r"|已(?:提前)?(?:达到|实现)"
)
# Where a match of _PAST_SENTENCE can start: on one of these characters (every branch not led by
# (?:^|(?<=[。；;！？!?\n])) opens on one), or where a sentence starts (the branches so led open on any character, and
# on 当 去 上 前 今 经 only there: 当前, 去年, 上年, 前年, 今年, 经调查 are asked of sentence starts alone). Keep in step
# with the pattern.
_PAST_SENTENCE_OPENERS = "截已据现目摸自"
_DONE_LE_OPENER = "了"  # DONE_LE's one character: tried where its lookaround lets it stand (_may_be_done_le)
_SENTENCE_STOPS = "。；;！？!?\n"
# 其中，由煤炭成本中开支…; 其余五十八个…: a sentence that details the one before it shares its tense
# 软件业务收入达10.81万亿元，同比增长11.2%: a figure set against the same period before is one observed
_YEAR_ON_YEAR = re.compile(r"同比(?:名义)?(?:分别)?(?:增长|下降|提高|减少|增加|提升)")
# 不良贷款率为1.83%，较上年末下降0.06个百分点 / 贷款利率较年初下降0.49个百分点: a figure set against the year-end or the
# year's start before it, as the central bank's reports put them (a pattern of its own, asked where 上年末 / 年初 stands:
# in one alternation with the pattern above it would cost every sentence the 同比 anchor)
_YEAR_END_BASE = re.compile(
    "(?:" + "|".join(YEAR_END_BASES) + r")[ \t]?(?:分别)?[ \t]?(?:增长|下降|提高|减少|增加|提升|上升|贬值|升值)"
)
_NAMED_YEAR_END_BASE = re.compile(NAMED_YEAR_END_BASE)
# 完成投资90.5亿元，比上年同期增长16% / 与去年同期相比下降22%: the same months of the year before, which only a tally
# of part of a year is set against (a pattern of its own, asked where 同期 stands, as _YEAR_END_BASE is)
_SAME_PERIOD_BEFORE = re.compile(
    r"(?:比|较|与)(?:上年|去年|上一年)同期(?:相比)?[，,]?(?:分别)?(?:增长|下降|提高|减少|增加|提升|上升)")
_DETAILING_OPENER = re.compile(r"\s?(?:其中|其余|另有)")
# 仅据十二个省（区、市）的统计，…达一亿一千多万元: figures a statistic reports
# (人力资源社会保障部数据显示，2024年末，…约10.73亿人: the figures a body's data show, tl_05)
# (not the 据 of 数据 / 证据: 加强季度、月度数据监测，确保…增长7%左右 cites no statistic)
_STATISTIC_CITED = re.compile(r"据(?<![数证]据)[^，。；;\n]{0,24}?(?:统计|调查|测算|普查|监测)|(?:数据|统计|监测结果)(?:显示|表明)")
# 例如，…; 如徐沪输变电项目拖欠九千八百万元: a clause opening on an example (or a condition) illustrates, it sets no goal
_EXAMPLE_OPENER = re.compile(r"\s?(?:例如|比如|譬如|如(?!期|实|何|此|下|今|需|数))")
# 预计到一九九五年原油加工量约达…: a forecast the plan reasons from, not a level it commits to
_FORECAST = re.compile(r"预计|预测|估计|预估")
# …、海口、温州14个城市: a count straight after the last of a list of names (no figure in the list, a short last name;
# not 省、市、县各级100个: 各 and 每 count per item)
# 内设/下设/下辖 A、B、…: the list names what an organisation already is made of
_STANDING_SETUP = re.compile(r"\s?\p{Han}{0,4}?(?:内设|下设|下辖)")  # (本局)内设
# 10个民生实事候选项目, 3名候选人: candidates are put forward to be chosen from
_CANDIDATES_AFTER = re.compile(r"\p{Han}{0,6}?候选")
_NAME_LIST_END = re.compile(r"^[^\d%各每]*、[^\d%各每、，,]{1,6}$")
# 最多填报19个志愿, 同一人员只能享受1次, 每两年可申请1次: how often or how much a person may ask for
# 参赛者可任意选取其中1种方式参与征集 (ws_09): a free pick among the ways listed is a permission too
_PERMITTED = re.compile(r"(?:只能|仅能|仅可|可|最多|至多|限)(?:任意|任)?(?:填报|申请|享受|申报|领取|报名|选择|选取|选报|推荐|提名|提高至|放宽至|上浮至|降至|下调至)")
# 高级职称评审收费标准为300元／人, 租金标准: a price or a fee charged, not a level to reach
_PRICE_BEFORE = re.compile(r"收费标准|收费|售价|票价|租金|单价|价格(?:为|是)")
# 对原18个深度贫困乡镇: the former set an action works on
_FORMER = re.compile(r"原$")
# 招用4人以上的每增加1人给予3000元补贴: the step a payment or a score is reckoned by
_STEP_BEFORE = re.compile(r"每(?:成功)?(?:增加|增|减少|减|超过|超出|多|认定|新增|引进|招用|吸纳|获批)$")  # 每成功引进1名 (vb_11)
# 省委十三届十五次全会, 市十七届人大五次会议: the session a meeting is counted as, named by the number of 次
_SESSION_AFTER = re.compile(r"(?:全体)?(?:全会|会议|代表大会|党代会|常委会)")
# 第十二条第4、6、10、8项: ordinals listed after one 第
_ORDINAL_LIST = re.compile(r"第[\d一二三四五六七八九十]{1,4}(?:、[\d一二三四五六七八九十]{1,4})*、$")
# 统一五项标准, 唯一一家: a 一 that ends the word before it is no numeral
_WORD_ENDING_IN_ONE = frozenset("统唯万之专单同划均整合")
# 如图1所示, 见表2: a figure or a table pointed to
_FIGURE_AFTER = re.compile(r"\s?所?示")
# 以8个国家算力枢纽、10个国家数据中心集群为抓手: what an action builds on, not what it builds
_FRAME_AFTER = re.compile(r"[^，。；;]{0,30}?为(?:抓手|依托|载体|重点|核心|基础|支撑|引领|龙头|主体)")
# 将三级指标归纳为26个控制项, 主要有充电站和充电桩两种: the kinds a thing is sorted into
_SORTED_INTO = re.compile(r"(?:主要)?(?<![要将应])有|分为|归纳为|划分为|归为|包括")  # 要有24个…: what there shall be
# 每千人口拥有3岁以下婴幼儿托位数4.5个, 每千名老人拥有, 人均拥有: what each head is endowed with, a level (tl_03), not kinds
_PER_HEAD_ENDOWMENT = re.compile(r"(?:每[十百千万]?(?:常住)?(?:人口|人|名\p{Han}{1,4})|人均)拥有")
# a sentence of the record turning forward (截至…已…，力争 / 将新增 / 再降 / 到2025年 / 2025年底前): every intent word
# but the charge 要, 预期 and 努力, with the future of 将 and 再 and the due year
_FUTURE = intent_words("goal_year", "due_year", "strive", "plan", "goal", "will", "further")
_YEARLY_VERB = re.compile(r"年(?=接待|培训|开展|举办|服务|参观|受益|访问|更新|发布|组织)")
_CLAUSE_BREAK_R = re.compile(r"(?r)[，,。；;：:！？!?\n、]")
_CLAUSE_BREAK_NO_LIST_R = re.compile(r"(?r)[，,。；;：:！？!?\n]")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_LIST_BREAK = re.compile(r"[，,。；;：:！？!?\n]")
_LIST_JOINER = re.compile(r"[、和及与]")
_SEVERALLY = "分别"  # a literal: str.find, no pattern
_SENTENCE_BREAK_R = re.compile(r"(?r)[。；;！？!?\n]")
_YEAR_SCOPE_R = re.compile(r"(?r)[。！？!?\n]")
_AT_LEAST = re.compile(r"至少|最少|不少于|不低于")
_AT_MOST = re.compile(r"最多|至多|不超过")
_HAS_NUMBER = re.compile(r"[\d一二两三四五六七八九十百千万]")  # 百 / 千 / 万 alone count too (突破百项, 万项技改)
# 至少完成一类规模基础设施项目3个: a numeral before 类 / 级 names a class of things, no count between the bound and
# the number it bounds
_OWN_COUNT = re.compile(r"\d|[一二两三四五六七八九十百千万](?![类级])")
MAX_PER_NODE = 400  # a node with more "targets" than this is not a notice paragraph
_RECURRENCE_R = re.compile(
    r"(?r)每年度?|年均|年平均|年增长|年递增|每年都|每季度?|每月|月均|(?<![\d\s零〇一二三四五六七八九十])年(?:纳税|缴纳)"
)
_AVERAGE = re.compile(r"年均|年平均")
_RECURRENCE_R_FORWARD = re.compile(r"每年度?|每季度?|每月")
_RECURRENCE_STOP = re.compile(r"\d{4}\s?年|累计|总计|合计|全年|年均")
_OWN_CHANGE = re.compile(r"提高|提升|增长|下降|降低|减少|增加|扩大|上升")
# “十四五”末; “七五”期末 (the five-year plans before the tenth: 六五 … 九五, of 1981–2000); group: the plan's number
_PLAN_END_PHRASE = r"“?(十[一二三四五六七八九]|(?<![一二三四五六七八九十〇零])[六七八九])五”?(?:末期|时期末|期末|末)"
# 到2025年 / 至2030年 / 到2025年底 / 到2025年年底 (年 said twice); group: the year
_TO_YEAR = r"(?:到|至)\s?(\d{4})\s?年(?:年?(?:底|末))?"
_YEAR_PHRASE = re.compile(
    r"(?:到|至|截至|截止到?)?\s?(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})\s?年(?:年?(?:底|末))?(?:前)?(?:远景)?"
    r"|" + _PLAN_END_PHRASE.replace("(十", "(?P<plan>十", 1)
)
_YEAR_PHRASE_R = re.compile("(?r)" + _YEAR_PHRASE.pattern)
_LINE_BREAK_R = re.compile(r"(?r)\n")
# 到2025年，… / 至2030年，… / 2027年前，…: a goal year opening a paragraph
# 到2025年，/ 到2025年底，/ 到2025年年底，(年 said twice) / 2025年底前，
# “十一五”末，… / 到“十四五”期末，…: a plan's end opening the paragraph the same way; group 3: the plan's number
_GOAL_YEAR_R = re.compile(r"(?r)(?:" + _TO_YEAR + r"|(\d{4})\s?年(?:年?(?:底|末))?前|(?:到|至)?" + _PLAN_END_PHRASE + r")[，,]")
# 年底前 / 年内 with no year of its own (not 2025年底前, 今年内 is the same year all the same); 全年 opening a clause
# before the work it counts (，全年新增…500家以上, up_07: the document's year, as 年内)
_IMPLICIT_YEAR_END = re.compile(r"(?<![\d\s年])年(?:底|末)前?|(?<![\d\s年])年内|(?<=[，,。；;：:\s])全年(?=新增|培训|完成|力争)")
_WRAPPED_END = re.compile(r"[\p{Han}\d，、]")  # a line cut off mid-sentence ends in a character or a comma
_PARAGRAPH_REACH = 2000  # how far back a paragraph's opening 到…年 is looked for
# (一、行动目标（到2020年）: the year may close the heading's title in brackets, uf_10)
_HEADING_GOAL_YEAR = re.compile(_TO_YEAR + r"[，,）)]|到?" + _PLAN_END_PHRASE + r"[，,]")
_BASELINE = re.compile(r"(?:较|比|同比|相比|对比)$")
_PRICE_BASE_AFTER = re.compile(r"(?:价格|不变价|可比价)")
_METRIC_DROP = re.compile(r"每年度?|年均|每月|全年|上半年|下半年|年内|年底前|比上年|较上年|比\d{4}年|累计|至少|最少|最多|至多|力争|争取")
_MARKER = re.compile(r"^(?:[①-⑳]|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.、．])")
_LEAD_WORDS = re.compile(
    r"^(?:为了|为|确保|实现|推动|鼓励|引导|支持|全面|完成|力争|争取|努力|促进|进一步|逐步|基本|使|让|要|并|其中|着力|"
    r"持续|开展|举办|相关|有|共|累计|新增|目标是|目标为|或|和|及|且|同时|"
    r"(?:全市|全县|全省|全区)(?=完成|实现|开展|培训))"
)
_CMP_TAIL = re.compile(rf"(?:{_PRE1})$")
_TRAIL_WORDS = re.compile(r"(?:为|是|在|共|累计|总数|规模|数量达|数)$")
# The words those two patterns can match ("\n": `$` also matches before a final line end). A metric rarely ends
# in one, and the patterns are tried at every position of it: a str.endswith test first is far cheaper.
_CMP_TAIL_ENDS = (*_PRE1.split("|"), "\n")
_TRAIL_WORDS_ENDS = ("为", "是", "在", "共", "累计", "总数", "规模", "数量达", "数", "\n")

# 人均预期寿命达82.4岁, 期望寿命提高到80岁: the one goal counted in years of age
_LIFE_EXPECTANCY_BEFORE = re.compile(r"(?:预期|期望)寿命[^，。；,;：:]{0,8}$")
# 劳动年龄人口平均受教育年限达到11.5年: years of schooling, the one goal counted in years
_SCHOOLING_BEFORE = re.compile(r"年限(?:达到|提高到|提高至|提升到|达)?$")
# …和新增劳动力人均受教育年限分别达到90%、99%和13.5年；2020年分别达到98%、60%以上和15年以上: the years closing a
# list of levels after 分别, the list's last subject years of schooling
_LEVEL_LISTED_BEFORE = re.compile(r"[\d%％](?:以上|左右)?[和、]$")
_SCHOOLING_SEVERALLY = re.compile(r"受教育年限[^。]{0,6}?分别")
_COUNT_MEASURES = frozenset("个种类项条张名次座家所处支套件位间门部台辆批颗款例发")
_ASPECTS = re.compile(r"方面|维度|类型|环节|层面|大类|部分")
_BOUND_WORDS = ("以上", "及以上", "以下", "及以下")
_THRESHOLD_WORDS = ("超过", "高于", "大于", "不低于", "不少于", "低于", "不超过")
_QUALIFIER_NOUN = re.compile(r"(?!的|和|及|或|等|为|是|地|得|规模|水平|左右)\p{Han}{2}")
_BUILT_LENGTH_BEFORE = re.compile(r"(?:建设|新建|建成|修建|铺设|打造)$")
_QUALIFIED_NOUN = re.compile(r"(?:\p{Han}{0,4}?的)(?!目标|水平|要求|标准)")
# 超5亿元企业6家: a noun right after a bound, then the count of that class in the same clause (its own name: the
# _CLASS_THEN_COUNT of size classes, defined further down, shadowed it, so 超5000万元企业1万家以上 read as a level, uf_11)
_EXCEEDED_CLASS_THEN_COUNT = re.compile(r"(?!的|和|及|或|等|为|是|地|得|规模|水平|左右)\p{Han}{1,8}?\d")
# 、具备较强国际竞争力的龙头企业2家: a second mark joined by 、, closed by 的 + the noun both describe, then its count
_COORDINATED_QUALIFIER = re.compile(r"、[^，。；;：:、]{1,20}?的(?!目标|水平|要求|标准)\p{Han}{1,10}?\d")
# points given or taken: 得5分, 加0.5分, 扣1-5分, 加、减1.5分, 得基本分, 不得分
_SCORING = re.compile(r"得基本分|不得分|(?:[得加扣减]|加、减)\s?\d{1,3}(?:\.\d{1,2})?(?:\s?[-—～~]\s?\d{1,3})?\s?分(?![之钟])")
_PENALTY = re.compile(r"罚款|罚金|处罚|拘留")
# (not 补贴 alone: 补贴性职业技能培训4000人次 is training the plan commits to)
_GRANT = re.compile(
    r"给予|发放|奖励|奖金|奖补|资助|" + _AID + r"金额|补助资金|贷款额度|另补助|另补贴|申请\p{Han}{0,8}(?:补贴|补助)"
    r"|可补贴|可补助|" + _AID + "标准"
    # (资助金额 matches at 资助 above first: the alternation's order keeps the match 资助 alone, as it was)
    # 补贴其贷款利息的50%，最高不超过50万元 (ue_11), 全额贴息和50%担保费补助 (up_11), 产能支持资金不超过总投资额的30% (up_11)
    r"|贴息|(?:补贴|补助)其|(?:支持|扶持|补助|补贴|奖补)资金(?:不超过|不高于|最高)"
)
# 被评为五星级的给予10万元，四星级的给予5万元: a grant by the class its receiver falls in
_GRANT_BY_CLASS = re.compile(r"的[，,]?(?:可|按)?(?:一次性)?给予\p{Han}{0,4}$")
# a sum handed out once (一次性给予1亿元的资金扶持, 分别给予200万元、100万元一次性补助), not a standard level
_AWARD = re.compile(r"奖励|奖金|奖补|扶持|一次性|另补助|另补贴")
# 给予100万元补助, 给予200万元的资金支持: a sum named as the grant itself
_GRANT_NOUN_AFTER = re.compile(r"的?(?:一次性)?(?:补助|奖励|奖补|补贴|资助|资金支持|经费支持|支持|扶持)")
# 按每名1000元给予培养单位补贴: the rate a grant is reckoned at, per head or per item
_PER_ITEM_RATE = re.compile(r"按(?:照)?每\p{Han}{0,4}$|每\p{Han}{0,2}\d{1,4}\p{Han}{1,2}(?:给予|补贴|奖励|补助)\p{Han}{0,2}$")
_GOAL_YEAR_OPENING = re.compile(_TO_YEAR + r"[，,]")
_CAP = re.compile(r"最高|不超过|上限|累计|(?:资助|补助|支持)强度")
# 初级(五级)1000元、中级(四级)1500元、高级(三级)2000元 (xg_01): the class a sum is paid to may carry a bracketed aside
# (its grade), in ASCII or full-width brackets, after the sum or after the class's name
_ASIDE = r"(?:[（(][^（）()]{0,8}[）)])?"
_AMOUNT_BEFORE = re.compile(rf"\d[万亿]?元{_ASIDE}、\p{{Han}}{{0,6}}{_ASIDE}$")
_AMOUNT_AFTER = re.compile(rf"{_ASIDE}、\p{{Han}}{{0,6}}{_ASIDE}\d[\d.]*[万亿]?元")
_BAND_UPPER = re.compile(rf"{_NUM}\s?\p{{Han}}{{0,3}}以下")
# 针对…的2034种商品, 结合200万亩耕地保护空间评估调整工作: the set or the frame an action works in
# 比“六五”计划期间平均362.9万吨增长24%: 比 / 较 and the words of the base (no figure between), a level, then the change
_COMPARED_WITH = re.compile(r"(?:比|较|相比|对比)[^，。；,;：:\d]{0,16}$")
_CHANGE_AFTER_BASE = re.compile(r"(?:增长|提高|提升|增加|下降|降低|减少|上升|扩大|缩小|翻)")
_SCOPE_OPENING = re.compile(r"针对|对于|结合|围绕|依托|立足|根据|依据")
_FROM = re.compile(r"[从由]")
# 提高到, 降至, 下调为, 减少为: a change to a new value (降 alone: 由4%降为3%)
_CHANGE_VERB = re.compile(r"(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|压减|压缩|调整|上调|下调|调减|调增|降)(?:为|到|至)")
_CHANGE_TO = re.compile(r"[^，。；,;]{0,4}?" + _CHANGE_VERB.pattern)  # the change verb a few characters on
# 首付款比例由不低于所购房屋总价的30%调整为20%: 由 / 从 and the words of the base (no figure between), the old value
# 由2021年的135立方米/公顷增加到142立方米/公顷 (ut_09): the base may name the year of its level (a year of record, 的)
_FROM_BASE_WORDS = re.compile(r"[从由](?:\d{4}[ \t]?年(?:底|末)?的)?[^，。；,;：:\d]{0,16}$")
# 余额不低于预售资金累计额的10%下调为5%: a value the change verb follows at once is the old one, 由 or not
_CHANGE_NEXT = re.compile(r"再?" + _CHANGE_VERB.pattern)
# 由当前的20家达到35家: 达到 / 发展到 right after a value 由 or 从 opens, the value the count grows from
_REACH_NEXT = re.compile(r"(?:达到|发展(?:到|至))")
_DEFINITION = re.compile(r"是指|系指|等于|所称|即为")
_FORMULA_SIGNS = frozenset("×*＊+＋")
# 新增1家社区长者食堂、*3家乡村长者照护之家: an asterisk opening a list entry after 、 or a comma flags the entry (a
# project of the higher level's list) and is no product sign, which stands between two factors (7*24小时)
_MARKED_ENTRY = re.compile(r"(?:^|[、，,；;：:\s])[*＊]$")
_REFERENCE_BEFORE = re.compile(r"(?:下列|以下|如下|上述|前述|下述|选择|任选|选报|所列|列出)的?$")
# 中央财政20%、地方财政80%的比例分成: the shares a sum is split in
_SPLIT_AFTER = re.compile(r"[^，。；,;]{0,16}?的?比例(?:分成|分配|分担|负担|承担|留成|上缴|返还|拨付)")
# 低于30万吨/年的煤矿, 9万吨/年及以下煤矿: a rate per unit of time, then the class it bounds
_PER_TIME = re.compile(r"[/／](?:年|月|日|天|小时)")
_BOUND_AFTER_RATE = re.compile("(?:" + _BOUND_POSTS_WRITTEN + r")(?=\p{Han})")
# _MAKING_VERB (lexicons/making_verbs.tsv): 新建, 培育, 举办 … a verb that makes what the count after it counts
_MAKING_VERB = re.compile("|".join(re.escape(w) for w in lexicons.entries("making_verbs.tsv")))
_MATERIAL = re.compile(r"照片|复印件|原件|报名表|申请表|登记表|证明")
# what a sum of money measures when it is a goal: the size of an economy, a trade or a revenue
# (安排资金1.2亿元: a budget the plan commits, not a grant handed to an applicant)
# (力争地方政府专项债券资金10亿元, 发行专项债券2000万元: bonds a government raises are a budget, as 安排资金 is;
# 从…基金结余中拿出的1000亿元: a sum taken out for the work, uj_02; …年产值达到300亿元以上，利税50亿元 / 实现年利润900万元:
# the profits and taxes a trade yields, uj_03; …项目，规划投入资金54.4亿元, tc_13: the sum the plan puts in, as 安排 — a bare
# 投入 is also a report's spending, so only after 规划 / 计划)
_SCALE_NOUN = re.compile(r"规模|产值|生产总值|GDP|gdp|收入|营收|利税|利润|交易额|零售额|销售额|营业额|增加值|总额|总量|总价值|结算|投资|融资|纳税|税收|产出|效益|经济|安排|拿出|规划投入|计划投入|社会资本|社会资金|民间资本|债券|外资")
# 市级财政预算安排13.06亿元，其中，支持高水平大学建设6.49亿元: the parts 其中 details of a budget committed are
# budgets too, not sums handed out
_BUDGET_THEN_DETAIL = re.compile(r"安排[^，。；;]{0,8}?\d[\d.]*[万亿]?元[，,]\s?其中[，,：:]?")
# 市财政安排200万元对…进行奖补: the sum a public budget commits (its whole, not the share one receiver is paid)
_PUBLIC_BUDGET_BEFORE = re.compile(r"财政(?:预算)?安排(?:\p{Han}{0,6}资金)?$")
_FLOOR_BEFORE = re.compile(r"不低于|不少于|至少|超过|突破|达到")
# 力争177亿元 / 力争达1亿美元: a clause of nothing but the level striven for
_STRIVEN_LEVEL = re.compile(r"(?:力争|争取)(?:达到?)?")

_LENGTHS = frozenset(("米", "千米", "公里"))
_DIMENSION_AFTER = re.compile(r"直径|口径|跨度|长度|宽度|高度|厚度|深度|(?:服务|覆盖|辐射)?半径")
# the nouns a goal verb heads when it is part of a name (实施范围, 发展规划, 建设用地, 完成情况; 发放救助金7398万元 (uf_09),
# 储备金: a fund named by its use, not 金融)
_VERB_AS_NOUN_HEAD = "范围|方案|规划|办法|细则|主体|用地|情况|进度|期限|区域|面积|金(?!融)"
# 时速500公里轮轨试验列车, 30吨轴重机车: the speed or the axle load naming a kind of vehicle
_SPEED_BEFORE = "时速"
_AXLE_LOAD_AFTER = re.compile(r"轴重")
# 30万吨矿石和原油运输船, 550万吨/年蒸馏装置, 建设300万立方米国家石油储备基地, 150万吨乙烯等重大产业项目,
# 200万只蛋鸡标准化养殖基地: a capacity written before the
# plant it belongs to names which plant is meant (the noun ends the phrase, no 的 and no 、 between)
_CAPACITY_MEASURES = frozenset(("吨", "立方米", "千瓦", "千伏安", "千瓦时", "只", "头"))
_PLANT_AFTER = re.compile(
    r"""[\p{Han}“”]{0,10}?                                   # what the plant holds or makes (矿石和原油, 原油商业)
        (?:装置|库|基地|养殖场|机组|船舶|船|生产线|电站|电厂|锅炉|成套设备|项目)""",
    re.X,
)
# 百万吨级大型乙烯成套设备, 30万吨级码头: N…级 is the class a thing belongs to
_CLASS_AFTER = re.compile(r"级")
# 15天免签政策, 72小时过境免办签证政策: the term of a scheme, said before the scheme's name
_SCHEME_AFTER = re.compile(r"\p{Han}{1,12}?政策")
# 两家及以上金融租赁公司共同设立, 3家以上企业联合申报: how many parties must act together, a condition
_JOINT_AFTER = re.compile(r"\p{Han}{1,12}?(?:共同|联合)")
# 住房和城乡建设部等6部门发布…, 《行动计划》涉及全市24个职能部门: the bodies counted right after the number
_BODIES_AFTER_NUMBER = re.compile(r"[ \t]?[个家]?(?:职能|成员|责任|相关|有关)?(?:部门|部委|单位|委办局)")
# …部等6部门, 涉及全市24个: the count closes a list of issuers (等) or tells how many a plan takes in (涉及)
_BODIES_LEAD_BEFORE = re.compile(r"(?:等|涉及\p{Han}{0,4})[ \t]?$")
# 9部门联合印发, 6部门发布: the count of the bodies that issue a document
_BODIES_ISSUE_AFTER = re.compile(r"[ \t]?(?:联合|共同)?(?:发布|印发|出台|制定|下发)")
# 减按15%的税率征收: the rate a tax is levied at; 提高至工资薪金总额8%的税收政策 (uj_02): the rate a tax rule sets
_TAX_RATE_AFTER = re.compile(r"的?(?:税率|征收率)|的税收(?:优惠)?政策|计入应纳?税所得额")
_DONE_BEFORE = re.compile(r"(?:开展|举办|举行|组织|参加|完成|进行|获得|承担|实施|培训|建设)过\p{Han}{0,4}$")
_SPAN_BETWEEN_EVENTS = re.compile(r"[从自][^，。；;]{1,24}?(?:到|至)[^，。；;]{1,24}?(?:日|之日|时)[^，。；;]{0,6}$")
# …小时内 then a report, a release or a reply (在5小时内发布权威信息, 在24小时内召开新闻发布会, 应在48小时内予以回应, vg_11):
# the time an act is due in once the event it answers has happened, a rule of procedure
_REPORTED_WITHIN = re.compile(r"[^，。；;]{0,12}?(?:报告|报送|上报|通报|书面报|发布|回应)")
# 原则上距离事件发生不超过1小时 (vg_11): a limit counted from the event, said as the distance from it
_DISTANCE_FROM_EVENT = re.compile(r"距离?[^，。；;]{1,12}?(?:不超过|不得超过)$")
_EVENT_BEFORE = re.compile(r"后|起|之日|收到|受理")
_BARE_CELL = re.compile(r"^[\d.\-—–~～%％/:：（）()\s]{1,16}$")
# 01/31 / 23:45: a news page's date and time of day, each on its line under the title, are no table's number cells
_DATELINE_STAMP = re.compile(rf"^(?:\d{{2}}/\d{{2}}|{CLOCK_TIME_TEXT})$")
_SENTENCE_PUNCT = re.compile(r"[，。；！？,;!?]")
_PER_MEASURE = re.compile(r"[/／](平方米|㎡|人|吨|亩)")
# 单位面积森林蓄积量达到150立方米/公顷, 机器人应用密度达到150台/万人 (ut_09, ut_02): a density per area or per head of
# population is measured in that density, whatever the quantity counted
_PER_DENSITY = re.compile(r"[/／](公顷|平方公里|万人|千人|百人)")
# 60万吨/年烧碱, 管道分输能力达到1.5亿方/日 (uj_03, uj_09): the measures of an output or a throughput that a rate per
# year or day is written after; the rate is the measure the goal sets (万吨/日, as rn_08's gold reads it)
_RATE_MEASURES = frozenset(("吨", "方", "立方米", "千瓦时", "吨标准煤"))
_PER_TIME_UNIT = re.compile(r"[/／](年|日|天)")
_COUNTED_NOUN = re.compile(r"\p{Han}{0,4}?(人口|用户)")
_NOUN_MEASURE = {"人口": "人", "用户": "户"}
_NEGATED_BOUND = ("不得", "不应", "不宜", "不能", "不可", "禁止", "严禁")  # 应用高度禁止超过100米: at most 100米
_FLIP = {"lt": "gte", "gt": "lte"}
_NOTE_CLOSE = re.compile(r"[）)]")
_YEAR_OF_RECORD = re.compile(r"\d{4}\s?年(?:底|末)?的$")
# …应当符合以下条件： / 申请人应具备下列资格： / 申报条件： closing a node's own text: the items below it are conditions
_CONDITION_INTRO = re.compile(r"(?:条件|资格)[^。；;：:\n]{0,12}[：:]$|(?:符合|具备|满足)(?:以下|下列|如下)[^。；;：:\n]{0,12}[：:。]$")
_CONDITION_INTRO_REACH = 2 + 2 + 12 + 1  # the longest match: 符合 + 以下 + twelve characters + the colon
# 经营者集中有下列情形之一的，可以不向…申报： (ub_09): the items are the cases a rule holds in, whatever figures they name;
# 下列情况之一的，可视情发布红色预警： (xb_05): the cases a warning level is issued in (实际保障量低于最高计划量80%…)
_CASES_INTRO = re.compile(r"(?:下列|以下)情[形况]之一的[，,][^。；;：:\n]{0,30}[：:]$")
_CASES_INTRO_REACH = 2 + 5 + 1 + 30 + 1
# 符合下列条件之一的自然人为备案主体的受益所有人： (tw_05): a class defined by the conditions listed below, whoever it is;
# 具备以下条件的库区，均应积极实施光伏发电项目建设。 (vp_06): the class, then what it is to do, in one sentence
_CLASS_BY_CONDITIONS = re.compile(
    r"(?:符合|具备|满足)(?:以下|下列)条件(?:之一)?的[^。；;：:\n]{1,30}(?:[：:]|[，,][^。；;：:，,\n]{1,30}[。：:])$")
_CLASS_BY_CONDITIONS_REACH = 2 + 2 + 2 + 2 + 1 + 30 + 1 + 30 + 1
# （二）申请要求: a heading whose items say what an application must do (sh_15: 国内合作研究单位数量不得超过2个); not
# 申报条件, whose items may be standards a facility is to meet (c02: 室内科普展示面积500平方米以上)
# 二、项目条件 / 认定条件 / 资格条件 (vt_06): a heading naming the conditions a project or an applicant meets lists them
# below it (申报条件 is left out: tests/gold's c02 / c09 read the levels under it as goals)
_CONDITION_TITLE = re.compile(r"(?:申请|申报)要求$|(?:项目|认定|资格|准入)条件$")
# 申请直接费用大于200万元将不予受理: the bound of a rejection rule, not a level to reach
_REFUSED_AFTER = re.compile(r"[^，。；;,\n]{0,12}?(?:将|则|的)?不予(?:受理|支持|资助|立项|认定|批准|通过|备案|登记)")
# 应 / 应当 / 须 / 需 / 必须: the words of a must (an alternation; 应当 before 应)
_MUST = "应当|应|须|需|必须"
_APPLYING = re.compile(
    r"申请|申报|报名|准入|参评|入选|认定|资格"
    # 测试驾驶人应当符合下列条件： / 承担单位应同时具备以下条件: the qualities a person or a body must have (新设立的子基金
    # 应满足下列要求：, ww_11: a fund the programme invests in, whose size and shares are its terms)
    r"|(?:人|主体|单位|企业|机构|者|基金)(?:" + _MUST + r")?(?:同时)?(?:符合|具备|满足)"
    # 在高速客船任职的船员应符合下列要求： (ub_01), …高级管理人员，应当符合下列条件： (ub_07): what a post's holder must be
    r"|员[，,]?(?:" + _MUST + r")(?:同时)?(?:符合|具备|满足)"
)
_BOUND_THEN_NUMBER = re.compile(rf"(?:{_PRE1})\s?\d")
_OVER_BEFORE = re.compile(r"(?<![通经超越跨度错不难路])过$")
# (突破140亿元和80亿元: a list of levels after 突破 is bounded, 和 names no thing broken through)
# (率先突破千亿元产值, vi_01: a sum then the measure it is — 产值, 营收, 规模 … — is a level passed, no breakthrough made)
_NOUN_AFTER = re.compile(r"(?!以上|以内|左右|上下|大关|[和与及、]\s?[\d一二两三四五六七八九十]|(?<=元)(?:产值|营收|营业收入|销售额|规模|收入))\p{Han}")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def chinese_to_number(s: str) -> float | None:
    """一百二十 -> 120, 十五 -> 15, 两 -> 2, 三点五 -> 3.5; None if not a number."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = chinese_to_number(whole)
        if w is None or not frac or any(c not in _CN_DIGITS for c in frac):
            return None
        return float(f"{int(w)}." + "".join(str(_CN_DIGITS[c]) for c in frac))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            if digit is not None:  # 二〇二五 style digit strings
                digit = digit * 10 + _CN_DIGITS[ch]
            else:
                digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                section = (section + (digit or 0) or 1) * unit  # 万项: a bare 万 is one 万
                total += section
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return float(total + section + (digit or 0))


def _value(s: str) -> float | None:
    if s[0].isdigit():
        return float(s.replace(" ", "").replace("\t", ""))
    return chinese_to_number(s)


def _chinese_range(s: str) -> tuple[float, float] | None:
    """两三 -> (2, 3), 三五 -> (3, 5), 两三百 -> (200, 300): two digits side by side are a range."""
    if len(s) in (2, 3) and s[0] in _CN_DIGITS and s[1] in _CN_DIGITS:
        scale = 1
        if len(s) == 3:
            if s[2] not in _CN_UNITS:
                return None
            scale = _CN_UNITS[s[2]]
        a, b = _CN_DIGITS[s[0]], _CN_DIGITS[s[1]]
        if 0 < a < b:
            return float(a * scale), float(b * scale)
    return None


def assign_targets(text: str, metadata: Metadata, sections: list[Section], nodes: list[tuple[Section, int, int]] | None = None,
                   on_record: set[int] | None = None, plan_year: int | None | EllipsisType = ...,
                   implicit_year: int | None | EllipsisType = ..., reports: bool | EllipsisType = ...) -> None:
    """`on_record`: retrospective_nodes(sections), when the caller has it already (deadlines read it too);
    `plan_year`: annual_year(metadata, text), likewise (None: read, and none; … : not read); `implicit_year`:
    document_year(metadata, text, plan_year), likewise (its fallbacks scan the text: read once for both); `reports`:
    reports_results(metadata, text), likewise (… : not read)."""
    plan_year = annual_year(metadata, text) if plan_year is ... else plan_year
    # a document with no date: the first year its goal headings cover stands for it (2011年…实现工业总产值6152亿元
    # under 目标（2013-2025年）reports the record)
    issue_year = _page_issue_year(metadata, plan_year) or _goal_period_start(sections)
    implicit_year = document_year(metadata, text, plan_year) if implicit_year is ... else implicit_year
    nodes = nodes if nodes is not None else task_nodes(text, sections)
    silent = _silent_nodes(text, sections, nodes, on_record)
    reported = _reported_nodes_if_reports(metadata, text, sections, reports)
    heading_years = _heading_goal_years(text, sections, nodes)
    led_in_years = _led_in_goal_years(text, sections)
    goal_headed = _under_goal_heading(sections)
    names = _counted_names(metadata.title, text)
    for node, start, end in nodes:
        if id(node) in silent:
            continue
        heading_year = heading_years.get(id(node)) or led_in_years.get(id(node)) or _title_period_end(node)
        # the readers of a task row and of a goal heading ask the node's kind first: asked here, once, most nodes (an
        # item, a paragraph) are spared their three calls
        kind = node.kind
        task_row = kind == "task_row"
        cells = _task_cells_of_progress_row(text, node, start, end) if task_row else []
        goal_titled = kind == "heading" and _is_goal_titled(node)
        for s, e, one_task in cells or ((start, end, task_row and _is_table_task(node)),):
            node.targets.extend(find_targets(text, s, e, plan_year, issue_year, heading_year, implicit_year,
                                             goal_heading=id(node) in goal_headed or one_task,
                                             goal_titled=goal_titled, task_row=task_row,
                                             reported=id(node) in reported))
        if names and node.targets:
            node.targets[:] = [t for t in node.targets if not _names_the_set(t, names)]


def _silent_nodes(text: str, sections: list[Section], nodes: list[tuple[Section, int, int]],
                  on_record: set[int] | None) -> set[int]:
    """The ids of the nodes whose figures are no goals: on record, a list of conditions, whom a measure serves, a
    look back continued."""
    silent = _nodes_without_targets(sections, on_record)
    silent |= _condition_lists(text, sections, nodes)
    silent |= {id(node) for node, _s, _e in nodes if _names_whom_it_serves(node.title)}
    silent |= _continued_look_backs(text, sections, nodes)
    return silent


def _reported_nodes_if_reports(metadata: Metadata, text: str, sections: list[Section],
                               reports: bool | EllipsisType) -> set[int]:
    """The nodes that report results, in a document that reports them (`reports`: as assign_targets takes it)."""
    reports = reports_results(metadata, text) if reports is ... else reports
    return reported_nodes(sections) if reports else set()


# A count the title names the set a plan covers with (关于印发17个省级贫困县…实施方案的通知, uy_05) and the text repeats as
# that name (确保17个省级贫困县…工作顺利实施, 将17个省级贫困县农村小学生…, 用于17个省级贫困县实施…) names the set, no goal: a
# count a title sets as a goal (关于建设100所…学校的通知) is written once or twice, a name over and over.
_TITLE_COUNT = re.compile(r"\d{1,4}[个家所项座名户县市区]\p{Han}{2}")
_NAME_REPEATS = 3  # the title's mention and two more in the text at least


def _counted_names(title: str | None, text: str) -> list[tuple[int, int]]:
    """Where the text writes a count the title names its set with (see _TITLE_COUNT), when it does so often."""
    if not title or not any("0" <= c <= "9" for c in title):
        return []  # most titles hold no digit
    spans: list[tuple[int, int]] = []
    for name in {m.group() for m in _TITLE_COUNT.finditer(title)}:
        found = [(i, i + len(name)) for i in _occurrences(text, name)]
        if len(found) >= _NAME_REPEATS:
            spans += found
    return spans


def _occurrences(text: str, part: str) -> Iterator[int]:
    i = text.find(part)
    while i >= 0:
        yield i
        i = text.find(part, i + len(part))


def _names_the_set(target: Target, names: list[tuple[int, int]]) -> bool:
    return any(s <= target.span[0] < e or target.span[0] <= s < target.span[1] for s, e in names)


def _task_cells_of_progress_row(text: str, node: Section, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A task row beside a column of the progress made (序号 / 内容与要求 / 进展情况 / 责任单位): its goals stand in its
    task cells, the progress cell's figures (1-2月，…下降12.7%) are on record. Each task cell found in the row, with
    whether it is one sentence (a task assigned, as _is_table_task reads a whole row); [] for any other node."""
    if node.kind != "task_row" or not node.cells or not any(PROGRESS_COLUMN.search(name) for name in node.cells):
        return []
    found = []
    for name, value in node.cells.items():
        value = value.strip()
        at = text.find(value, start, end) if value and column_role(name) == "task" else -1
        if at >= 0:
            found.append((at, at + len(value), not _SENTENCE_END.search(value.rstrip("。；; |\t"))))
    return found


def _page_issue_year(metadata: Metadata, plan_year: int | None) -> int | None:
    """The issue year a goal is judged past by; a page that gives only its own later date (发布时间：2009/02/04 over
    2007年…目标管理工作方案, no issue date or 文号) was published after the plan's year, which its goals keep."""
    year = _text_issue_year(metadata)
    if year is not None and plan_year is not None and plan_year < year and not (metadata.issue_date or metadata.doc_number):
        return plan_year
    return year


# 1.培育对象。…销售收入达到5000万元以上…的科技型中小企业 (uf_11): a part titled as whom a measure is for defines a
# class of recipients, its figures are conditions of that class, no levels to reach
_SERVED_TITLE = re.compile(r"(?:培育|支持|扶持|资助|奖励|补助|补贴|申报|认定|适用)对象$")


def _names_whom_it_serves(title: str | None) -> bool:
    return title is not None and "对象" in title and _SERVED_TITLE.search(title) is not None


def _is_goal_titled(node: Section) -> bool:
    """A heading whose own title names goals (二、经济社会发展预期目标) and whose text lists them."""
    return node.kind == "heading" and _names_goals(node.title)


def _is_table_task(node: Section) -> bool:
    """A row of a task table (序号 / 工作任务 / 牵头单位) is a task assigned to be done: every level it writes is one
    to reach (公路投资1.65万亿元, 居民消费价格涨幅3%左右), as under a goal heading. Only a row of one sentence: a
    row of prose (…费用的80%用于…，20%用于…。…) describes its task, and its numbers need a goal of their own."""
    return node.kind == "task_row" and bool(node.cells) and not _SENTENCE_END.search((node.text or "").strip().rstrip("。；; |\t"))


# （一）总体要求和主要预期目标, 一、2025年主要预期目标, 二、发展目标: a heading whose title names the goals set below it
_GOAL_TITLE = re.compile(r"(?:主要|预期|发展|总体|具体|工作|年度)目标(?:任务)?$")


def _names_goals(title: str | None) -> bool:
    """Does a title end as _GOAL_TITLE says? Every match holds 目标: most titles are spared the pattern by the
    substring test (extraction asks it of every heading, and of every node's parent)."""
    return title is not None and "目标" in title and _GOAL_TITLE.search(title, 0, None, HOLD_GIL) is not None


def _under_goal_heading(sections: list[Section]) -> set[int]:
    """The items a goal heading's title governs (its children; not its own text, which may describe whom the
    goals serve: 以全市…的7600多名持证残疾人为主要对象). 城镇调查失业率6%左右 in such an item is a goal though no
    verb or intent of its sentence says so (sf_09)."""
    return {id(child) for node, children in families(sections)
            if node.kind == "heading" and (_names_goals(node.title) or _counts_its_goals(node))
            for child in children}


def _counts_its_goals(node: Section) -> bool:
    """A heading whose text closes on the count of the goals listed below it (…的目标任务，包括8项。 over 1.地区生产总值
    增长15%; …): its items are those goals, as under a goal heading. Only the text's tail is read."""
    tail = (node.text or "")[-_GOAL_COUNT_REACH:]
    return "项" in tail and "目标" in tail and GOAL_COUNT_LEAD_IN.search(tail, 0, None, HOLD_GIL) is not None


_GOAL_COUNT_REACH = 24


# 1. 总体目标（2013-2025年）, （二）近期目标（2013—2015年）: a goal heading whose title brackets the years it covers
_TITLE_PERIOD = re.compile(r"目标\s*[（(]\s*(?P<start>\d{4})\s*[-—–－~～至到]\s*(?P<end>\d{4})\s*年?\s*[）)]")


def _goal_period_start(sections: list[Section]) -> int | None:
    """The first year the document's goal headings bracket (1. 总体目标（2013-2025年）, （二）近期目标（2013—2015年）)."""
    starts = [int(m.group("start")) for node, _parent in walk(sections) if (m := _title_period(node.title))]
    return min(starts, default=None)


def _title_period_end(node: Section) -> int | None:
    """The last year of the period a goal heading's title brackets: the year its own goals are set for."""
    found = _title_period(node.title)
    return int(found.group("end")) if found else None


def _title_period(title: str | None):
    """_TITLE_PERIOD's match in a title; every match holds 目标, which most titles are spared the pattern by."""
    return _TITLE_PERIOD.search(title, 0, None, HOLD_GIL) if title is not None and "目标" in title else None


def _heading_goal_years(text: str, sections: list[Section], nodes: list[tuple[Section, int, int]]) -> dict[int, int]:
    """The goal year a node inherits from the heading above it: （二）发展目标 / 到2023年，…。 followed by
    ——平台建设长足进步。培育3家… — the heading's 到…年 dates every goal listed beneath it. A heading
    naming two goal years (到2025年…到2035年…) dates none of its children."""
    own = {id(node): (start, end) for node, start, end in nodes}
    years: dict[int, int] = {}
    stated_by: dict[int, int | None] = {}  # a heading's own text is read once, not once per child
    for node, parent in walk(sections):
        if parent is None:
            continue
        inherited = years.get(id(parent))
        if id(parent) not in stated_by:
            stated_by[id(parent)] = _stated_goal_year(text, *own[id(parent)]) if id(parent) in own else None
        stated = stated_by[id(parent)]
        year = stated if stated is not None else inherited
        if year is not None:
            years[id(node)] = year
    return years


def _led_in_goal_years(text: str, sections: list[Section]) -> dict[int, int]:
    """到2000年： alone as a paragraph (or 到2020年，…实现四大具体目标： as one), then 工业废水排放量控制在300亿吨，… —
    the paragraphs after the lead-in (its siblings) are set for its year, up to a heading or a paragraph that names a goal year of its own."""
    years: dict[int, int] = {}
    for siblings in _sibling_lists(sections):
        year = None
        for node in siblings:
            own = (node.text or "").strip()
            lead_in = _year_lead_in(own)
            if lead_in:
                year = year_value(lead_in.group("y"))
            elif year is None:
                continue  # no lead-in above: nothing to carry, nothing to stop (most nodes)
            elif node.kind not in ("preamble", "paragraph") or _HEADING_GOAL_YEAR.search(own):
                year = None
            else:
                years[id(node)] = year
    return years


def _year_lead_in(own: str):
    """YEAR_LEAD_IN's or YEAR_LEAD_IN_SENTENCE's full match of a node's stripped text: each opens on 到 (after
    blanks, which the strip took) and holds 年, so a text that does not open so is spared both patterns."""
    if "年" not in own or not own.lstrip().startswith(("到", "至")):
        return None
    return YEAR_LEAD_IN.fullmatch(own) or YEAR_LEAD_IN_SENTENCE.fullmatch(own)


def _sibling_lists(sections: list[Section]) -> Iterator[list[Section]]:
    yield sections
    for _node, children in families(sections):
        yield children


def _stated_goal_year(text: str, start: int, end: int) -> int | None:
    """The one goal year a heading's own text sets (到2025年，…; “十四五”末，…), None when none or several."""
    if text.find("年", start, end) < 0 and text.find("五", start, end) < 0:
        return None  # every match holds 年 (到2025年，) or 五 (“十四五”末，): most headings are spared the scan
    found = {int(m.group(1)) if m.group(1) else PLAN_END_YEAR.get(m.group(2)) for m in _HEADING_GOAL_YEAR.finditer(text, start, end, False, HOLD_GIL)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None




def _nodes_without_targets(sections: list[Section], on_record: set[int] | None = None) -> set[int]:
    """Nodes whose numbers report rather than set goals: a review of the present (现状与评价, 取得的成效,
    存在问题) and the body of an attachment (the indicator or task table after 附件：…, and the closing paragraphs
    after the 附件： list or a task table: its tables' cells printed flat)."""
    return ((retrospective_nodes(sections) if on_record is None else on_record) | _attached_table_rows(sections)
            | attachment_tail(sections))


def _condition_lists(text: str, sections: list[Section], nodes: list[tuple[Section, int, int]]) -> set[int]:
    """The items under …应当符合以下条件： / 申报条件： : who may apply (最近1年内无超速50%以上, 进行过不少于240小时的
    道路测试, 入驻企业20家以上), not levels the plan sets out to reach."""
    own = {id(node): (start, end) for node, start, end in nodes}
    found: set[int] = set()
    intro: dict[int, bool] = {}  # a parent's own text is read once, not once per child
    for node, parent in walk(sections):
        if parent is None:
            continue
        if id(parent) in found:
            found.add(id(node))
            continue
        if id(parent) not in intro:
            span = own.get(id(parent))
            own_text = text[span[0]:span[1]].rstrip() if span else ""
            intro[id(parent)] = bool(_CONDITION_TITLE.search(parent.title or "", 0, None, HOLD_GIL)) or (
                bool(own_text) and (_is_condition_intro(own_text) or _colonless_condition_title(own_text)))
        if intro[id(parent)]:
            found.add(id(node))
    return found


def _is_condition_intro(own: str) -> bool:
    """申报主体应同时具备下列条件： / 申请开展道路测试的，应当符合以下条件： (but 场地应当具备以下条件： lists the
    standard a facility is to meet: a level the plan sets)."""
    # every match closes own ($: at its end, or before a last newline) on ：/ : / 。 and is at most _CONDITION_INTRO_REACH
    # characters long: a text closing otherwise (most) is spared the search, the rest searched from that far back
    body_end = len(own) - 1 if own.endswith("\n") else len(own)
    if body_end == 0 or own[body_end - 1] not in "：:。":
        return False
    # (the intro may be wrapped over lines a short text keeps: …受益所有 / 人：)
    if _CLASS_BY_CONDITIONS.search("".join(own[max(0, body_end - 2 * _CLASS_BY_CONDITIONS_REACH):body_end].split())):
        return True
    if _CASES_INTRO.search(own, max(0, body_end - _CASES_INTRO_REACH), None, HOLD_GIL):
        return True
    intro = _CONDITION_INTRO.search(own, max(0, body_end - _CONDITION_INTRO_REACH), None, HOLD_GIL)
    if intro is None:
        return False
    sentence_start = _last_break(_SENTENCE_BREAK_R, own, intro.start())
    if sentence_start >= 2 and own[sentence_start - 1] == "\n" and own[sentence_start - 2] not in _SENTENCE_STOPS:
        # …高级管理人员，应当符合下 / 列条件： (ub_07): a line wrapped inside the sentence, read on from the line before
        sentence_start = _last_break(_SENTENCE_BREAK_R, own, sentence_start - 1)
    return _APPLYING.search(own, sentence_start, intro.end()) is not None


def _colonless_condition_title(own: str) -> bool:
    """（二）成长型省新型研发机构必须满足以下基本条件和绩效目标 (ww_10): a heading line introducing its conditions whose stored
    text lost the closing colon its sibling (（一）…基本条件和绩效目标：) keeps; read as if the colon stood there. Only a
    single line that says 满足 / 符合 / 具备 以下 / 下列 (most headings say neither and are spared the patterns)."""
    line = own.rstrip()
    if not line or line[-1] in "：:。" or "\n" in line or _MEETS_THE_FOLLOWING.search(line) is None:
        return False
    return _is_condition_intro(line + "：")


_MEETS_THE_FOLLOWING = re.compile(r"(?:符合|具备|满足)(?:以下|下列)")


def _attached_table_rows(sections: list[Section]) -> set[int]:
    """The rows of a table given as an attachment (附件：…指标体系, then 序号 / 指标 / 评价标准 … header
    cells): they describe indicators and scoring, not the notice's tasks."""
    rows: set[int] = set()
    header_cells, in_table = 0, False
    for node in sections:
        if node.kind == "attachment":
            header_cells = header_cells + 1 if _is_header_cell(node.text or "") else 0
            in_table = in_table or header_cells >= 3
        elif in_table and node.kind in ("closing", "paragraph"):
            rows.update(id(n) for n, _ in walk([node]))
        else:
            header_cells, in_table = 0, False
    return rows


def _is_header_cell(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= 8 and not _SENTENCE_PUNCT.search(text) and not _HAS_NUMBER.search(text)


class _ReadOnce:
    """A property of a _Mention computed on first reading and kept in the instance's __dict__, where every later
    reading finds it with no call: the rejection checks read a mention's clause, sentence and list start some thirty
    times between them, each reading a pattern search. (functools.cached_property takes a lock on each first
    reading in Python 3.11.) The fields a value is computed from are frozen, so the value kept stays true."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class _Mention:
    """One number with its measure in a node's own text, and the context the rejection checks read."""

    text: str  # the whole document
    base: int  # offset of `own` in `text`
    own: str  # the node's own text
    m: re.Match
    start: int  # where the quantity starts in `own` (百分之 or the number)
    value: float
    value_max: float | None
    unit: str
    chinese: bool
    chinese_range: bool
    clause_start: int
    sentence_start: int
    # the node states goals (its heading's title, or its own, names them: 二、经济社会发展预期目标), so a figure
    # set against last year's (同比增长6.5%以上) is one to reach, not one observed
    goal_context: bool = False
    task_row: bool = False  # the number stands in a task table's row: the task assigned, not an indicator's cell
    reported: bool = False  # the number stands in a report of results (…实施情况的通报): done, unless a goal is set
    of_a_plan: bool = False  # the document is a year's plan (annual_year: 2020年…工作计划)

    @property
    def after(self) -> str:
        return self.own[self.m.end():self.m.end() + 12]

    def before(self, n: int) -> str:
        return self.own[self.start - n if self.start > n else 0:self.start]  # max(0, …) without the builtin

    @_ReadOnce
    def clause(self) -> str:
        """The clause around the number, from the last ，/。/； before it to the next one after it."""
        limit = min(len(self.own), self.m.end() + 200)
        end = _CLAUSE_END.search(self.own, self.m.end(), limit)
        return self.own[self.clause_start:end.start() if end else limit]

    @_ReadOnce
    def clause_before(self) -> str:
        """The clause up to the number (own[clause_start:start]): many rejection checks read it, sliced once."""
        return self.own[self.clause_start:self.start]

    @_ReadOnce
    def sentence(self) -> str:
        # looked for at most 300 characters on, as the start is looked for at most 200 back: a text
        # with no sentence end (one 5 MB line of clauses) must not be read to its end for every number
        window = min(len(self.own), self.m.end() + 300)
        end = _SENTENCE_END.search(self.own, self.m.end(), window, HOLD_GIL)
        return self.own[self.sentence_start:end.start() if end else window]

    @_ReadOnce
    def list_start(self) -> int:
        """Start of the clause, reading back across 、 (在现有A、B等62项…: 现有 governs the whole list)."""
        return _last_break(_CLAUSE_BREAK_NO_LIST_R, self.own, self.m.start())

    @property
    def has_comparator_word(self) -> bool:
        # each of these groups holds a character at least when it matches: one call, no generator over them
        return self.m.group("cmp1", "cmp2", "approx", "post") != (None, None, None, None)


# What m.group("cmp1", "pct", "unit", "post") gives for a match with none of them (each group, when it matches, holds
# at least one character): _measure reads no measure then, so _read_mention none (most of the pattern's matches)
_NO_QUANTITY = (None, None, None, None)


def find_targets(
    text: str, start: int, end: int, plan_year: int | None = None, issue_year: int | None = None,
    heading_year: int | None = None, implicit_year: int | None = None, *, goal_heading: bool = False,
    goal_titled: bool = False, task_row: bool = False, reported: bool = False,
) -> list[Target]:
    """Targets in text[start:end]; `heading_year` is the goal year the heading above sets (到2023年，…);
    `implicit_year` the year a 年底前 with no year of its own falls in (the plan's year, else the issue year);
    `goal_heading`: a goal heading's title (主要预期目标) governs the text, so every level in it is a goal;
    `goal_titled`: the text is a goal heading's own (二、经济社会发展预期目标 / 地区生产总值同比增长6.5%以上，…):
    its levels still need a goal of their own, but a year-on-year figure among them is set, not observed;
    `reported`: the text is part of a report of results (reports_results), its figures done unless a sentence sets a goal."""
    own = text[start:end]
    if not (_HAS_NUMBER.search(own, 0, None, HOLD_GIL) or _has_doubling(own)):
        return []
    quantities = _quantity_matches(own)
    first = next(quantities, None)
    if ((first is None and not _has_doubling(own)) or _is_scoring_rule(own) or _is_look_back(own)
            or _opens_on_an_earlier_plan(own, text)):
        return []  # no quantity and no 翻番: no target (most nodes), their quotations and paragraph left unread
    quoted = goal_quotations_left_out(own, quoted_ranges(own))  # a goal quoted from a higher plan is read
    reviewed = results_listed(own)
    out: list[Target] = []
    seen: set[tuple[int, int]] = set()
    for m in itertools.chain((first,), quantities) if first is not None else ():
        if len(out) >= MAX_PER_NODE:
            break
        if reviewed and inside(reviewed, m.start(), m.end()):
            continue  # a result listed after 取得的成就：, not a goal
        mention = _unrejected_mention(text, start, own, m, quoted, goal_heading or goal_titled, task_row, reported,
                                      plan_year is not None)
        target = None if mention is None else _goal_target(mention, quoted, plan_year, heading_year, implicit_year,
                                                           goal_heading)
        if target is None or _of_a_past_year(target, own, m.start(), issue_year) or target.span in seen:
            continue
        seen.add(target.span)
        out.extend(_severally_shared(mention, target) or (target,))
    out = _with_bare_doublings(out, own, start, quoted, plan_year, heading_year, issue_year)
    return _share_list_comparators(own, start, out)


def _quantity_matches(own: str):
    """The matches that may be quantities: a bare number (二十大, 统一, 2023) has no bound, 百分之, measure or 以上,
    and _read_mention reads no mention of it (_measure's None, read here from one group call) — unless a slash and
    the population it is counted per follow it (10/10万, a rate). A generator: most nodes stop at the first. A node
    with no sign of a quantity beside a number (_QUANTITY_SIGN) has none, and is not scanned."""
    if _QUANTITY_SIGN.search(own) is None:
        return iter(())
    return (m for m in _TARGET.finditer(own)
            if m.group("cmp1", "pct", "unit", "post") != _NO_QUANTITY or own.startswith("/", m.end()))


def _goal_target(mention: _Mention, quoted, plan_year: int | None, heading_year: int | None,
                 implicit_year: int | None, goal_heading: bool) -> Target | None:
    """The target a mention reads when it sets a goal (every level under a goal heading does), else None."""
    target = _target(mention, quoted, plan_year, heading_year, implicit_year)
    if goal_heading or _sets_a_goal(mention, target, quoted, heading_year):
        return target
    return None


def _with_bare_doublings(out: list[Target], own: str, start: int, quoted, plan_year: int | None,
                         heading_year: int | None, issue_year: int | None) -> list[Target]:
    """The targets with each 翻番 written with no numeral put in text order (none of a year before the issue year)."""
    doubled = _bare_doublings(own, start, quoted, plan_year, heading_year)
    if not doubled:
        return out
    return sorted(out + [t for t in doubled if (issue_year is None or t.year is None or t.year >= issue_year)],
                  key=lambda t: t.span[0])


def _unrejected_mention(text: str, start: int, own: str, m: re.Match, quoted: list[tuple[int, int]],
                        in_goal_part: bool, task_row: bool = False, reported: bool = False,
                        of_a_plan: bool = False) -> _Mention | None:
    """The mention a quantity match reads, unless a rejection test names it no goal; under a goal heading (or in its
    own title) the mention stands in a goal context."""
    mention = _read_mention(text, start, own, m, quoted, of_a_plan)
    if mention is None:
        return None
    if in_goal_part or task_row or reported:
        mention = replace(mention, goal_context=in_goal_part, task_row=task_row, reported=reported)
    return None if rejection(mention) is not None else mention


def _of_a_past_year(target: Target, own: str, at: int, issue_year: int | None) -> bool:
    """2020年全市…达到…, read in a 2021 document: a baseline, not a goal; so is a level in a sentence telling of a
    year before the issue year."""
    if issue_year is None:
        return False
    if target.year is not None:
        return target.year < issue_year
    return _told_of_a_past_year(own, at, issue_year)


# 2022年，我市新建…。新建农村教师周转宿舍200套。: a sentence opening on a year, the comma after it, and the
# sentences after it in the paragraph that name no time of their own tell of that year
_YEAR_OPENING_SENTENCE_R = re.compile(r"(?r)(?:^|(?<=[。！？!?\n]))[ \t\u3000]*+(?P<y>\d{4})[ \t]?年[，,]")
_OTHER_TIME = re.compile(r"\d{4}[ \t]?年|[今明后]年|下一步|近年|目前|当前|现在")


def _told_of_a_past_year(own: str, at: int, issue_year: int) -> bool:
    """Is the figure at own[at] in a paragraph's account of a year before the document's (2022年，…。…200套。 in a
    2023 page), no time named and no goal word between the year and the figure?"""
    opening = _YEAR_OPENING_SENTENCE_R.search(own, 0, at, HOLD_GIL)
    if opening is None or int(opening.group("y")) >= issue_year:
        return False
    between = (opening.end(), at)
    return not (_OTHER_TIME.search(own, *between) or _FUTURE.search(own, *between))


# 地区生产总值实现翻番, 力争收入翻番。: doubling with no numeral (翻一番 / 翻两番 are read as numbers); a name in
# quotes (“翻番”工程) or a noun after it (翻番计划, 翻番目标) is no level of its own
_BARE_DOUBLING = re.compile(r"(?<![零〇一二两三四五六七八九十\d])翻番(?=[，,。；;、！!\s]|$)")
_DOUBLING_VERB_TAIL = re.compile(r"(?:实现|力争|争取|确保|基本|比\d{4}\s?年)+$")


def _has_doubling(own: str) -> bool:
    """"翻番" in own, 番 looked for first: a one-character `in` is a memchr, a two-character one ≈ 5 instructions a
    character (≈ 75 K over the bench's paragraphs a test), and almost no paragraph holds 番."""
    return "番" in own and "翻番" in own


def _bare_doublings(own: str, base: int, quoted, plan_year: int | None, heading_year: int | None) -> list[Target]:
    """翻番 with no numeral doubles the level: one 番, dated as any target of its sentence."""
    if not _has_doubling(own):
        return []
    out = []
    for m in _BARE_DOUBLING.finditer(own):
        if inside(quoted, m.start(), m.end()):
            continue
        sentence_start = _sentence_start_across_wraps(own, m.start())
        year = _year(own, sentence_start, m.start(), quoted) or _paragraph_goal_year(own, sentence_start, plan_end=True)
        clause = own[_last_break(_CLAUSE_BREAK_R, own, m.start()):m.start()]
        out.append(Target(metric=_metric(_DOUBLING_VERB_TAIL.sub("", clause)), value=1.0, unit="番", comparator="eq",
                          year=year or heading_year or plan_year, text=m.group(0), span=(base + m.start(), base + m.end())))
    return out


# 示范家庭农场和农民合作社示范社分别达到10000家: two subjects joined before 分别, one level after it; so is 均
# (城市污水处理率和生活垃圾无害化处理率均达到60%; not 年均 / 人均 / 户均 / 平均 / 亩均, a rate of one subject)
_SEVERAL_SUBJECTS = re.compile(r"(?P<first>[^，,。；;：:、和与及]{2,24}?)(?:和|与|及|、)(?P<second>[^，,。；;：:、和与及]{2,24}?)(?:分别|(?<![年人户平亩])均)(?:达到|达|为|超过|突破|不低于|不少于|保持在|稳定在|提高到|提升到|增加到)?$")
_NUMBER_LIST_NEXT = re.compile(r"\s?(?:、|和|及|与)\s?[\d一二两三四五六七八九十百千万]")


def _severally_shared(x: _Mention, target: Target) -> list[Target]:
    """A和B分别达到N: one level each of two subjects reaches is two goals, A's and B's (a list of levels after
    分别 — 分别达到10000家、5000家 — is already one goal a level); [] when the target is one subject's."""
    found = _SEVERAL_SUBJECTS.search(x.own, x.clause_start, x.m.start())
    if found is None or _NUMBER_LIST_NEXT.match(x.own, x.m.end()) or _HAS_NUMBER.search(found.group(0)):
        return []
    if _ends_a_longer_list(x.own, found.start()):
        return []  # (uf_10) A、B、C等重点人群以及D人群防治知识知晓率均达90%: more than two subjects, no two-way split
    # the first subject's metric is read from its own words: the clause's, read whole, would hold 和B分别
    first, second = found.group("first"), found.group("second")
    tail = _SHARED_TAIL.search(second)
    if tail is not None and _SHARED_TAIL.search(first) is None:
        first += second[tail.start():]  # 重点主机和配套所需的品种满足率: the first shares the second's 所需的…满足率
    return [target.model_copy(update={"metric": _metric(words)}) for words in (first, second)]


def _ends_a_longer_list(own: str, start: int) -> bool:
    """Does a 、 stand right before the first of the two subjects _SEVERAL_SUBJECTS found? Then the two are the
    tail of a longer list, which the pair's split would cut wrong."""
    return start > 0 and own[start - 1] == "、"


# where the words both subjects share begin in the second (配套所需的品种满足率, 工业用纺织品占纺织品总产量的比重)
_SHARED_TAIL = re.compile(r"所|占|的")


# 过去一年，我国发展历程不平凡。经济规模稳步扩大，…增长5%: a paragraph opening on the year just past reports it
# 近年来，…已累计改造农村户厕408万余户 / 近日，…获悉，截至目前，…共12941个: a paragraph that opens on recent years
# or on the state things are in now tells results too
_LOOK_BACK_OPENER = re.compile(r"\s*(?:过去(?:的)?(?:一|两|三|五|十|\d{1,2})年|近年来|[^。！？!?\n]{0,30}?截至目前)[，,]")
# a look-back paragraph turning forward: 今后 / 未来 / 下一步 and the intents (提高到2024年的55.2%: a year held by 的
# dates a record, it does not look ahead)
_LOOKS_AHEAD = intent_words("ahead", "strive", "plan", "goal", "goal_year")


# “十四五”期间，…推动县域经济高质量发展取得了新进展。: a first sentence that says what the work has achieved
_RESULTS_OPENER = re.compile(r"\s*[^。！？!?\n]*?取得了[^。！？!?\n，,]{0,12}?(?:进展|成效|成绩|成就|突破|成果)[。！!]")


def _opens_on_an_earlier_plan(own: str, text: str) -> bool:
    """纲要显示，“十三五”期间中国生态状况明显改善。…森林覆盖率达到23.04% on a page about the 十四五 plan: a paragraph
    opening on a five-year period earlier than one the document names tells that period's results, unless it turns
    forward (目标, 到2025年, 力争)."""
    # the opener stands within the paragraph's first clauses: a paragraph with no 五 there is spared the pattern
    if "五" not in own[:_FIVE_YEAR_OPENER_REACH]:
        return False
    m = FIVE_YEAR_OPENER.match(own, 0, None, HOLD_GIL)
    return (m is not None and FIVE_YEAR_ORDINAL[m.group(1)] < _latest_five_year_period(text)
            and not _LOOKS_AHEAD.search(own, 0, None, HOLD_GIL))


_FIVE_YEAR_OPENER_REACH = 28


@functools.lru_cache(maxsize=4)
def _latest_five_year_period(text: str) -> int:
    """The latest five-year period the document names (14 for 十四五), 0 for none; read once per document."""
    return max((FIVE_YEAR_ORDINAL[n] for n in FIVE_YEAR_PERIOD.findall(text)), default=0)


def _is_look_back(own: str) -> bool:
    """A paragraph that opens on 过去一年 / 过去五年 / 近年来 / …截至目前, or on a sentence saying what was achieved
    (…取得了新进展。), and never turns forward (今后, 下一步, 目标, 到2025年) tells results."""
    # each opener holds its words (过去 / 近年来 / 截至目前, 取得了): most paragraphs hold none and are spared both
    # patterns; the words asked one by one (an any() over a generator of them cost more than the three tests)
    opens_back = ((_has_look_back_word(own) and _LOOK_BACK_OPENER.match(own, 0, None, HOLD_GIL))
                  or (_has_results_word(own) and _RESULTS_OPENER.match(own, 0, None, HOLD_GIL)))
    return bool(opens_back) and not _LOOKS_AHEAD.search(own, 0, None, HOLD_GIL)


# “十四五”期间，… / 2023年，… / 今年以来，…: the time a paragraph's first clause names, read by its last words (the clause
# is looked for within _TIME_CLAUSE_REACH characters)
_TIME_CLAUSE_ENDS = ("期间", "时期", "以来", "年来", "今年", "去年", *(f"{d}年" for d in "0123456789"))
_TIME_CLAUSE_REACH = 18
_PROSE_KINDS = frozenset(("preamble", "paragraph"))


def _has_look_back_word(s: str) -> bool:
    """"过去" in s or "近年来" in s or "截至目前" in s, each word's rarest character looked for first: a one-character
    `in` is a memchr, a two-character one ≈ 5 instructions a character (过去: ≈ 110 K on the bench's texts), and most
    texts hold none of 去 近 截."""
    return ("去" in s and "过去" in s) or ("近" in s and "近年来" in s) or ("截" in s and "截至目前" in s)


def _has_results_word(s: str) -> bool:
    """"取得了" in s, 了 looked for first (a memchr; most policy texts hold no 了)."""
    return "了" in s and "取得了" in s


def _may_look_back(text: str) -> bool:
    """A word a look-back paragraph opens on (_is_look_back's gates) anywhere in text."""
    return _has_look_back_word(text) or _has_results_word(text)


def _continued_look_backs(text: str, sections: list[Section], nodes: list[tuple[Section, int, int]]) -> set[int]:
    """Paragraphs that go on with a look-back paragraph's account (_is_look_back): one opening on 此外 / 另外 / 同时
    (sw_11: 此外，…全省农村公路总里程达21万公里) or on the same time as it (so_11: “十四五”期间，…取得了新进展。 then
    “十四五”期间，…创建…示范村127个), up to a paragraph that does neither or turns forward (到2027年, 力争, 目标).
    Most paragraphs open neither way: the one before is then not read (its look-back test is asked only of the
    paragraph before one that opens so). A document holding none of the words a look-back opens on (_is_look_back's
    gates) has none: it is spared the walk."""
    if not _may_look_back(text):
        return set()
    own = {id(node): (start, end) for node, start, end in nodes}
    found: set[int] = set()
    for siblings in _sibling_lists(sections):
        # the paragraph before: its span, and the time its look-back account opened on ("" none; None: it tells
        # none; ...: not read yet)
        before: tuple[int, int] | None = None
        account: str | None | EllipsisType = None
        for node in siblings:
            span = own.get(id(node))
            if node.kind not in _PROSE_KINDS or span is None:
                before = None
                continue
            continuing, time = _opening_of(text, *span)
            mine: str | None | EllipsisType = ...
            if (continuing or time) and before is not None:
                if account is ...:
                    account = _look_back_account(text, *before)
                if account is not None and (continuing or (account and time == account)):
                    if _LOOKS_AHEAD.search(text, span[0], span[1], HOLD_GIL) is None:
                        found.add(id(node))
                        mine = account
                    else:
                        mine = None
            before, account = span, mine
    return found


def _opening_of(text: str, start: int, end: int) -> tuple[bool, str]:
    """(does the paragraph open on 此外 / 另外 / 同时, the time its first clause names or "")."""
    while start < end and text[start] in " \t\u3000":
        start += 1
    if text.startswith(CONTINUING_WORDS, start):
        return True, ""
    reach = min(end, start + _TIME_CLAUSE_REACH)
    comma = text.find("，", start, reach)
    if comma < 0:
        comma = text.find(",", start, reach)
    if comma < 0 or not text.endswith(_TIME_CLAUSE_ENDS, start, comma):
        return False, ""
    return False, text[start:comma]


def _look_back_account(text: str, start: int, end: int) -> str | None:
    """The time a look-back paragraph opens on ("" for none), None when the paragraph does not look back."""
    para = text[start:end]
    return _opening_of(text, start, end)[1] if _is_look_back(para) else None


@functools.cache
def _goal_words() -> re.Pattern:
    """The verbs of lexicons/goal_verbs.tsv as one pattern, longest first."""
    # 实施范围119.68平方公里, 发展规划, 建设用地: a verb heading a noun compound names a thing, it makes nothing
    return re.compile(f"(?:{goal_verb_alternation()})(?!{_VERB_AS_NOUN_HEAD})")


# 投资200亿元，实施工业项目…, 固定资产投资36亿元: a clause opening on the investment its sum measures (not 总投资 /
# 项目投资, the size of one project); 第一季度发行专项债券2000万元: bonds to be issued; 从失业保险基金结余中拿出的1000亿元，
# 统筹用于… (uj_02): a sum taken from a fund for the work; …项目，规划投入资金54.4亿元 (tc_13), 计划投入500万元: the sum the
# plan puts into the work (a bare 投入资金 is also a report's spending: not without 规划 / 计划)
_COMMITTED_SUM_BEFORE = re.compile(
    r"\s?(?:(?:全社会)?(?:固定资产)?投资|(?:规划|计划)投入(?:资金)?|[^，。；;]{0,10}?发行\p{Han}{0,6}债券(?:资金)?"
    r"|[^，。；;]{0,16}?拿出的?)\s?")
# 90%的市达到三星级, 10%的服务站设置中医阁: the share that is to reach a standard, its verb after it
_REACH_AFTER = re.compile(r"[^，。；,;：:]{0,30}?(?:达到|实现|完成|建成|建设|配建|配备|安装|覆盖|达标|设置|纳入|接入|联通)")
_BOUND_POSTS = frozenset(("以上", "及以上", "以下", "及以下", "以内", "之内"))
# 为62户贫困残疾人家庭实施无障碍改造, 为1000条渔船新装广播电视, 为4000名小学生免费筛查配镜, 免费为10000人筛查肺CT (wx_01):
# the number served, after 为, by the work done for them
_DONE_FOR_AFTER = re.compile(r"[^，。；,;：:]{0,24}?(?:实施|进行|提供|新装|安装|开展|免费|筛查|检查|体检|接种)")
# 力争 / 确保 / 计划 / 目标 / 预期 / 努力: an intent governing the number (not 将 as in 将…11个居委会划归…, a disposal)
_INTENT = intent_words("strive", "plan", "goal", "expect", "effort")
# 主要预期目标是： / 主要目标： opening a sentence whose parts (parted by ；) are each a goal; 任务安排是： (uf_02:
# 任务安排是：建设教学及辅助用房22968平米、…，购买计算机22434台) the quantities of work the year assigns alike
_GOAL_LIST_INTRO = re.compile(r"(?:目标|任务安排)(?:是|为)?[：:]")
# 2023年全区经济社会发展的主要预期目标是。地区生产总值…；…: the intro closed by a 。 its copy put for the colon (是 / 为
# with nothing after it ends no sentence) governs the sentence after it alike
_GOAL_LIST_INTRO_STOPPED = re.compile(r"目标(?:是|为)[。.]$")
# 完成主体工程的70%, 完成年度投资计划的60%: the share of a work (工程, 任务, 计划) that is to be done
_SHARE_OF_WORK = re.compile(r"完成[^，。；;,、]{1,16}?(?:工程|任务|计划|工作量|投资|建设)的$")
# 按70%报销: the share of a cost an insurance pays back, a coverage level (a refund, 返还, is a rate: _RATE_VERB)
_REFUND_AFTER = re.compile(r"(?:的比例)?(?:予以)?报销")


def _sets_a_goal(x: _Mention, target: Target, quoted, heading_year: int | None) -> bool:
    """A target is a level to be reached: the text sets it by a time (到2025年, a heading's 到…年, 每年) or as a
    standard (达到 / 不低于 / 以上), or names a thing to be made or done in that number (建成4万个, 培育30家).
    A number that only describes (面积约60平方公里, 3.8米直径的火箭, 聚焦3万亩设施, 30天内) sets nothing.
    The readers are asked cheapest first: the pattern searches over the sentence come last."""
    if target.recurrence is not None or heading_year is not None:
        return True
    return _set_as_standard(x, target) or _set_by_its_sentence(x, quoted) or _set_by_a_goal_list(x)


def _set_as_standard(x: _Mention, target: Target) -> bool:
    """A range, a bound, a share or a rate the number is written as: what a work or a service is to meet."""
    if x.value_max is not None or target.comparator == "lte" and x.unit in ("小时", "天"):
        return True  # 配备3-5名 (a fact is counted exactly, a plan in a range); 48小时内放行 (a service standard)
    return _is_rate_or_sum_standard(x) or _is_bound_or_quota(x, target)


# 按宿舍标准新建、改建的，人均使用面积不低于4平方米 (vz_11): a bound in the clause right after the case it holds in (…的，),
# the standard a rule sets for that case, no level to reach (a sentence that sets a goal — 到2025年, 力争 — or a clause
# that makes the thing counted — 建成不少于2个 — keeps it)


_MADE_IN_CASE = re.compile(r"建成|建设|新建|培育|打造|完成|实现|新增|配备|配建|设立|开展|形成")


def _is_standard_for_a_case(x: _Mention) -> bool:
    at = x.clause_start  # (two characters read, no slice made, for the mentions that reach this check)
    return (at >= 2 and x.own[at - 2] == "的" and x.own[at - 1] in "，," and x.has_comparator_word
            and _FUTURE.search(x.sentence) is None
            and _MADE_IN_CASE.search(x.own, at, x.start) is None)  # 人口10万以上的，建成不少于2个文化站 (g7): work to do


def _is_rate_or_sum_standard(x: _Mention) -> bool:
    """A share of a work or a budget, a sum per head, a refund rate: the standard a work or a service is set at."""
    if x.unit == "%" and _SHARE_OF_WORK.search(x.own, x.clause_start, x.start):
        return True  # 8月份完成主体工程的70%: the share of a work to be complete by then
    if x.before(1) == "为" and _DONE_FOR_AFTER.match(x.own, x.m.end()):
        return True  # 为5000名适龄农村妇女免费进行“两癌”检查: how many the work is done for
    if x.own.startswith(_FLAT_STANDARD_WORDS, x.m.end()):
        return True  # 按每人1500元标准发放: the standard a service is given at
    if _is_flat_grant_per_unit(x):
        return True  # 每家给予10万元后补助 (uj_05): the one sum each firm is granted
    if x.unit.endswith("元") and not x.reported and "标准" in (before := x.before(12)) and _STANDARD_SET_BEFORE.search(before):
        return True  # 最低生活保障标准为每人每月1309元 (ra_05): a flat standard, named before its sum (a report's is a result)
    if x.unit in _PERCENT_SIGNS and _is_budget_share_set_aside(x):
        return True  # 按照年度公用经费预算总额的5%安排教师培训经费 (ut_11): a share of a budget committed to a use
    if x.before(1) == "按" and x.unit in _PERCENT_SIGNS and _REFUND_AFTER.match(x.after):
        return True  # 按70%报销: the share of a cost insurance covers, its standard
    return False


def _is_bound_or_quota(x: _Mention, target: Target) -> bool:
    """A bound (至少, 不低于, 以上) or a per-period quota in words: a level to meet."""
    if target.comparator in ("gte", "gt", "lte", "lt"):
        return True  # 至少设置1处, 不低于50%, 超过500件: a bound is a standard to meet
    if x.chinese and _is_quota_in_words(x):
        return True  # 每周用一节体育课…, 每生每天一盒牛奶: a per-period quota or a ration in words
    # 达到60%, 保持在20%左右, 300个以上 (but 70%左右 alone is a size, not a standard)
    return bool(x.m.group("cmp1") or x.m.group("post") in _BOUND_POSTS)


def _set_by_its_sentence(x: _Mention, quoted) -> bool:
    """A goal year, an intent or a verb of making governs the number, or the list or the sum it is part of."""
    if _goal_in_sentence(x, quoted, x.sentence_start) or _part_of_a_cap(x) or _is_intended_work_on(x):
        return True
    if _continues_a_goal_list(x) or _details_a_goal_in_brackets(x) or _follows_a_goal_clause(x, quoted):
        return True
    if _continues_a_counted_list(x):
        return True
    # 投资200亿元，实施…; 第一季度发行专项债券2000万元: the sum the plan invests or raises
    return x.unit.endswith("元") and _COMMITTED_SUM_BEFORE.fullmatch(x.own, _list_start(x), x.start) is not None


def _set_by_a_goal_list(x: _Mention) -> bool:
    """The number is one part of a list an intro names as goals, or details the goal of the sentence before."""
    scope = _last_break(_YEAR_SCOPE_R, x.own, x.start)
    if _GOAL_LIST_INTRO.search(x.own, scope, x.start) or _GOAL_LIST_INTRO_STOPPED.search(x.own, max(0, scope - 8), scope):
        return True  # 主要预期目标是：…增长7%左右；城镇调查失业率5.5%左右: each part of the list the intro names as goals
    if _DETAILING_OPENER.match(x.own, x.sentence_start):
        # 每年包干基数定为67.5亿立方米。其中：四川47亿立方米…: the parts share the goal of the whole
        previous = _last_break(_SENTENCE_BREAK_R, x.own, max(0, x.sentence_start - 1))
        return bool(_RECURRENCE_R_FORWARD.search(x.own, previous, x.sentence_start) or _goal_words().search(x.own, previous, x.sentence_start))
    return False


# 创建国家级经开区2个、省级经开区20个以上，省级高新区8个: a clause of a noun and its count only, after a clause
# whose verb made a list ending on a count, goes on with that list (the comma stands for a 、); 开工建设安置房90万平方米，
# 竣工80万平方米 (tg_05) too, the count before in a measure of 万 and three characters
_LISTED_NOUN = re.compile(r"[^\d，,。；;：:、]{2,16}")
_ENDS_ON_COUNT = re.compile(r"\d\s?(?:[万亿]?\p{Han}{1,3}|[%％‰])(?:以上|左右|以内|以下)?$")
# 大于90%, 达11.3年: a bound or a reach set on the level of a listed clause (a comparator, not a verb of making)
_BOUND_ENDINGS = ("以上", "以内", "以下")
_BOUND_BEFORE_LEVEL = re.compile(r"(?:大于|高于|超过|不低于|不少于|达到|达)\s?\d")
_LEVEL_METRIC = re.compile(r"率|人均|每\p{Han}|比例|比重|占比|指数|寿命|年限")


# 新增奶羊2.5万只（新引进0.85万只，自繁1.65万只）: a bracket opening right after a count, its parts detailing it
# (not 7.36万条（每个月6133条）: the same amount restated per month, or 即 / 合 / 约 another way, is no part of it)
_COUNT_THEN_BRACKET_R = re.compile(r"(?r)\d\s?[万亿]?\p{Han}{1,3}[（(](?![每即合约])[^（）()。；;]{0,40}$")


def _details_a_goal_in_brackets(x: _Mention) -> bool:
    """A part, in brackets, of a count its sentence sets as a goal (a verb of making or reaching before it)."""
    found = _COUNT_THEN_BRACKET_R.search(x.own, x.sentence_start, x.start)
    return found is not None and _goal_words().search(x.own, x.sentence_start, found.start()) is not None


def _continues_a_goal_list(x: _Mention) -> bool:
    """A count after a comma that stands for a 、 (…5个，农村生活污水处理站5个): it goes on the goal list of the clause
    before when that clause ends on a count in its measure set by its verb, or, for a level (a rate, a figure per
    head), when a bounded level in its measure stands beside it."""
    start = _list_start(x)
    if start < 2 or x.own[start - 1] not in "，," or not _LISTED_NOUN.fullmatch(x.own, start, x.start):
        return False
    if x.m.end() < len(x.own) and x.own[x.m.end()] not in "，,。；;、\n":
        return False  # 省级高新区8个已投运: a clause of its own, with its own verb
    prev_start = _last_break(_CLAUSE_BREAK_NO_LIST_R, x.own, start - 1)
    last = _ENDS_ON_COUNT.search(x.own, prev_start, start - 1)
    # the clause before ends on a count in the measure this count is in, set by its verb (A2个、B20个以上, or one
    # count: 建成农村生活垃圾处理站5个，农村生活污水处理站5个 — the comma stands for a 、)
    if last is not None and x.unit in last.group(0) and _goal_words().search(x.own, prev_start, start - 1) is not None:
        return True
    if last is not None and x.unit in last.group(0) and _goal_opens_the_list(x, prev_start):
        return True
    if not _LEVEL_METRIC.search(x.own, start, x.start):
        return False  # (占地面积200平方米: a size, not a level measured as a rate or per head)
    if last is not None and x.unit in last.group(0) and _BOUND_BEFORE_LEVEL.search(x.own, prev_start, start - 1):
        return True
    return _bounded_level_follows(x)


# 新建、改扩建义务教育学校100所，校舍面积50万平方米。 (ue_01), 全年培训10个家庭医生服务团队，共40人； (tc_01):
# a clause of an area (面积 / 规模) or a total (共) and a count closing it, after a comma, measures the work the
# clause before sets by its verb of making and its own count: part of that goal (a clause of any noun and a count
# took reports' tallies in three set-aside documents, cmp lines only); not 占地面积, the size of the site (tl_03)
_NOUN_BEFORE_COUNT = re.compile(r"[^\d，,。；;：:、（）()]{0,8}?(?<!占地)(?:面积|规模)|共")
_CLAUSE_COUNT = re.compile(r"\d\s?[万亿]?\p{Han}")


def _follows_a_goal_clause(x: _Mention, quoted) -> bool:
    """A count with only its noun before it in its clause, closing the clause, after a comma whose clause before
    ends its goal on a count read as a target by its own verb (the comma parts two measures of one work); not in a
    report of results (there the clause before tells what was done)."""
    start = x.list_start
    if x.reported or start < 2 or x.own[start - 1] not in "，," or not _NOUN_BEFORE_COUNT.fullmatch(x.own, start, x.start):
        return False
    if x.m.end() < len(x.own) and x.own[x.m.end()] not in "，,。；;\n":
        return False  # 校舍面积50万平方米已建成: a clause of its own
    prev_start = _last_break(_CLAUSE_BREAK_NO_LIST_R, x.own, start - 1)
    if _CLAUSE_COUNT.search(x.own, prev_start, start - 1) is None:
        return False
    before = None
    for before in _TARGET.finditer(x.own, prev_start, start - 1):
        pass
    if before is None:
        return False
    mention = _read_mention(x.text, x.base, x.own, before, quoted, x.of_a_plan)
    # the clause before's count is a goal by its own sentence's verb (not by this rule: one clause back only)
    return (mention is not None and rejection(mention) is None
            and _goal_in_sentence(mention, quoted, mention.sentence_start))


_LIST_REACH = 6  # comma-parted counts walked back to the clause whose verb sets them all


def _goal_opens_the_list(x: _Mention, clause_start: int) -> bool:
    """燕赵名师控制在100名左右，特级教师1200名左右，骨干教师5000名左右 (ut_11): the clauses before, each ending on a count in
    the same measure, go back to one whose verb sets the list (控制在): the count is one more entry of that list."""
    for _ in range(_LIST_REACH):
        if clause_start < 2 or x.own[clause_start - 1] not in "，,":
            return False
        end = clause_start - 1
        clause_start = _last_break(_CLAUSE_BREAK_NO_LIST_R, x.own, end)
        last = _ENDS_ON_COUNT.search(x.own, clause_start, end)
        if last is None or x.unit not in last.group(0):
            return False
        if _goal_words().search(x.own, clause_start, end) is not None:
            return True
    return False


# “十四五”期间要培养100名优秀执法培训教师，1000名执法领军人才，10000名执法骨干人员 (wi_02): clauses each a count then
# its noun only, after a clause whose verb made the first count — the comma stands for a 、, one list of what is made
_COUNT_THEN_NOUN_END = re.compile(r"[^\d，,。；;：:、（）()]{1,16}$")
_LAST_DIGIT = re.compile(r"(?r)\d")
_NOUN_TO_CLAUSE_END = re.compile(r"[^\d，,。；;：:、（）()]{1,16}(?=[，,。；;]|$)")


def _continues_a_counted_list(x: _Mention) -> bool:
    if x.unit not in _COUNT_MEASURES:
        return False  # (将服务费的80%用于薪酬分配，20%用于统筹: shares listed split a sum, they count nothing made)
    start = x.list_start
    while start < x.start and x.own[start] in " \t\u3000":
        start += 1
    if start != x.start or start < 2 or x.own[start - 1] not in "，," or x.has_comparator_word:
        return False
    if not _NOUN_TO_CLAUSE_END.match(x.own, x.m.end()):
        return False
    clause_start = start
    for _ in range(_LIST_REACH):
        end = clause_start - 1
        clause_start = _last_break(_CLAUSE_BREAK_NO_LIST_R, x.own, end)
        digit = _LAST_DIGIT.search(x.own, clause_start, end)
        noun_at = digit.end() + len(x.unit) if digit else end
        if digit is None or not x.own.startswith(x.unit, digit.end()) or not _COUNT_THEN_NOUN_END.match(x.own, noun_at, end):
            return False  # the clause before closes on a count in this measure and its noun, or the list is not one
        if _goal_words().search(x.own, clause_start, digit.start()) is not None:
            return True
        if clause_start < 2 or x.own[clause_start - 1] not in "，,":
            return False
    return False


def _bounded_level_follows(x: _Mention) -> bool:
    """学前教育毛入园率大于90%，九年义务教育巩固率96%，…: a bare level between levels bounded in the same measure, read
    by the clause after it (…设施服务3.4万次，人均体育场地面积2.6平方米，…面积大于30平方米: when the one before is
    in another measure)."""
    if x.m.end() >= len(x.own) or x.own[x.m.end()] not in "，,":
        return False
    next_end = _LIST_BREAK.search(x.own, x.m.end() + 1, x.m.end() + 60)
    if next_end is None:
        return False
    following = _ENDS_ON_COUNT.search(x.own, x.m.end() + 1, next_end.start())
    # (城镇调查失业率5.5%左右，城镇登记失业率4.5%以内: the level after it bounded by its 以内 / 以上, ty_09)
    return (following is not None and x.unit in following.group(0)
            and (_BOUND_BEFORE_LEVEL.search(x.own, x.m.end() + 1, next_end.start()) is not None
                 or following.group(0).endswith(_BOUND_ENDINGS)))


def _goal_in_sentence(x: _Mention, quoted, sentence_start: int) -> bool:
    """A goal year dates the number, or an intent (力争, 计划, 目标) or a verb of making or reaching governs it."""
    year_start = _last_break(_YEAR_SCOPE_R, x.own, x.m.start())
    if _year(x.own, year_start, x.m.start(), quoted) is not None or _paragraph_goal_year(x.own, year_start) is not None:
        return True
    if _INTENT.search(x.own, sentence_start, x.start):
        return True
    if _after_a_told_rise(x):
        return False
    # 培育50个A、300个B: the verb before a list governs every count in it
    return bool(_goal_words().search(x.own, _list_start(x), x.start) or _REACH_AFTER.match(x.own, x.m.end()))


# 内需对增长贡献率升至82.9% (ru_06), 优良天数比例上升至87.2% (ru_03): a rise told, the level it came to
_TOLD_RISE = re.compile(r"(?:上升|升)(?:至|到)$")


def _after_a_told_rise(x: _Mention) -> bool:
    """A 升至 / 上升到 straight before the number tells a rise when no goal year or intent set it (those were asked
    first), unless 将 turns the clause forward (将由19%上升到45%, rj_11): the goal words before it are then nouns of
    its subject (贡献率, 增加值), not verbs setting the level. 将 anywhere before it in the sentence governs its clauses
    (…将由19%上升到45%，煤炭净调出量由13%上升到86%). A bound (以上) still sets it (_set_as_standard)."""
    if "升" not in x.own[max(0, x.start - 3):x.start]:
        return False  # a literal test first: most numbers stand after no rise
    rise = _TOLD_RISE.search(x.own, max(x.clause_start, x.start - 3), x.start)
    return rise is not None and "将" not in x.own[x.sentence_start:rise.start()]


def _is_scoring_rule(own: str) -> bool:
    """完成目标得基本分；每增、减1个百分点，加、减1.5分: a row of a scoring rubric. Its numbers say how
    points are given (the item it scores is written, with its goal, in the notice's body)."""
    return "分" in own and bool(_SCORING.search(own, 0, None, HOLD_GIL))  # every _SCORING match holds 分: most nodes are spared the pattern


def _read_mention(text: str, base: int, own: str, m, quoted, of_a_plan: bool = False) -> _Mention | None:
    """The number, range and unit of a match, or None when it is no quantity (a bare number, 百分之三十个)."""
    n_start = m.start("pct") if m.group("pct") else m.start("n1")
    if inside(quoted, n_start, m.end()):
        return None  # 《健康素养66条》, “四个面向”: titles and slogans
    unit = _measure(own, m)
    if unit is None:
        return None
    unit = _time_cut_to(own, m, n_start, unit)
    if unit is None:
        return None
    n1, n2 = m.group("n1"), m.group("n2")
    if m.group("u1") and not _same_range_measure(m.group("u1"), unit):
        return None  # 3个到5家: two measures, no one range
    chinese = not n1[0].isdigit()
    rng = _chinese_range(n1) if chinese and not n2 else None
    if rng:
        value, value_max = rng
    else:
        value, value_max = _value(n1), (_value(n2) if n2 else None)
    if value is None:
        return None
    value, unit = _as_written(n1, chinese, bool(rng), value, unit)
    unit = _full_unit(own, m.end(), "%" if unit == "％" else unit)
    return _Mention(
        text=text, base=base, own=own, m=m, start=n_start, value=value, value_max=value_max, unit=unit,
        chinese=chinese, chinese_range=bool(rng),
        clause_start=_last_break(_CLAUSE_BREAK_R, own, m.start()),
        sentence_start=_last_break(_SENTENCE_BREAK_R, own, m.start()), of_a_plan=of_a_plan,
    )


def _schooling_listed(own: str, at: int) -> bool:
    """Do the years at own[at] close a list of levels whose subjects, named before 分别, end on years of schooling
    (受教育年限分别达到…、45%和13.5年, the next year's 分别达到…和15年以上 too)?"""
    if not _LEVEL_LISTED_BEFORE.search(own, max(0, at - 4), at):
        return False
    named = own.rfind("受教育年限", max(0, at - 200), at)
    return named >= 0 and _SCHOOLING_SEVERALLY.match(own, named) is not None and "分别" in own[own.rfind("。", 0, at) + 1:at]


def _same_range_measure(low: str, unit: str) -> bool:
    """Does the low end's measure agree with the high end's? 3个到5个; 2.3亿—3.1亿亩, 3万至5万元: the low end
    carries only the multiplier of the measure written once after the high end."""
    return low == unit or (low in "%％" and unit in "%％") or (low in _MULTIPLIERS and unit.startswith(low) and unit[len(low):] in _MEASURES)


def _measure(own: str, m) -> str | None:
    """The measure a match counts in: % for 百分之…, "" for an index after a bound, the unit written; None when
    the number is no quantity."""
    unit = m.group("unit")
    if unit and m.group("mult"):
        unit = m.group("mult") + unit  # 3万余平方米: the multiplier written before 余
    if m.group("pct"):
        if unit:
            return None  # 百分之三十个 is not a reading we know
        return "‰" if m.group("pct") == "千分之" else "%"  # 控制在千分之七以内: per mille
    if not unit:
        return _measure_of_bare_number(own, m)
    if _unit_names_no_measure(own, m, unit) or _age_or_term(own, m, unit):
        return None
    return unit


def _measure_of_bare_number(own: str, m) -> str | None:
    """A number written with no unit: a rate per so many people, an index or a bounded level; None otherwise."""
    per = _PER_POPULATION_AFTER.match(own, m.end())
    if per is not None:
        return "/" + per.group(1)  # 孕产妇死亡率下降到10/10万: a rate per so many people counts in /10万
    if (m.group("cmp1") or m.group("post")) and _INDEX_BEFORE.search(own, max(0, m.start() - 12), m.start()):
        return ""  # 两化融合发展指数达到65: an index counts in no measure
    if m.group("cmp1") in _MATH_BOUNDS and _CLAUSE_END.match(own, m.end()):
        # 人均健康期望寿命≥71，: a bound's sign makes the number closing a clause a level (not AQI≤100） defining a
        # class, nor ≧80≧80约束性, an indicator table's cells run together)
        return ""
    return None


# 增加一倍, 提高1倍: the verbs a growth counted in 倍 is written right after
_GROWTH_VERBS = frozenset(("增加", "增长", "提高", "扩大", "提升"))


def _unit_names_no_measure(own: str, m, unit: str) -> bool:
    """Is the unit written part of a name, a phrase or a split rather than a measure (5G基站, 两位数, 三方协议,
    一番努力, 1∶1比例)?"""
    if (unit not in _UNIT_SET or unit in _BOUND_ONLY_UNITS) and not (m.group("cmp1") or m.group("post")):
        return True  # a Latin measure or 度 only after a bound: 5G基站, G60科创走廊 are names, 一度 is once
    if unit == "位" and own.startswith("数", m.end()):
        return True  # 保持两位数增长
    if unit == "马力":
        return True  # 八十马力、一百马力…轮式拖拉机, 125马力以上拖拉机: a machine's size; capacities count in 万马力
    if unit == "方" and own[m.start("unit") - 1:m.start("unit")] not in ("万", "亿"):
        return True  # 天然气供应25亿方, 土方10万方 count cubic metres; 三方协议, 两方面 count parties and aspects
    if unit == "番" and own[m.start() - 1:m.start()] != "翻":
        return True  # 翻一番, 翻两番 set a goal; 经过一番努力 counts nothing
    if unit == "倍" and own[max(0, m.start() - 2):m.start()] not in _GROWTH_VERBS:
        return True  # 比2015年增加一倍 (uf_10) is a growth to reach; 按标准的1.5倍确定 scales a standard, 数倍 is a size
    # 按照1∶1比例共同出资: the shares a sum is split in; 差距缩小到1.2∶1 sets the ratio as a level
    return unit == "∶1" and not (m.group("cmp1") or _RATIO_SET_BEFORE.search(own, max(0, m.start() - 4), m.start()))


def _age_or_term(own: str, m, unit: str) -> bool:
    """Is a count of years a date, a term or an age (2025年, 3年内, 年满18岁) rather than the schooling or the life
    expectancy a goal is set in?"""
    if unit.endswith("年"):
        # 2025年, 3年内: a year or a term; only 平均受教育年限达到11.5年 sets a goal in years
        return not (_SCHOOLING_BEFORE.search(own, max(0, m.start() - 4), m.start()) or _schooling_listed(own, m.start()))
    if not unit.endswith("岁"):
        return False
    if not _LIFE_EXPECTANCY_BEFORE.search(own, max(0, m.start() - 16), m.start()):
        return True  # 年满18岁, 60岁以上老人: an age is a condition; only 人均预期寿命达到82.4岁 sets a goal in years of age
    # 我国人群健康预期寿命为69.4岁, …差距为8岁: what the expectancy is, not the level to reach
    return own[m.start() - 1:m.start()] == "为" and not m.group("cmp1")


# 10/10万, 16/10万: the population a rate is counted per, written after a slash
_PER_POPULATION_AFTER = re.compile(r"/[ \t]?(\d{1,3}[ \t]?万|十万|万|千)(?![\d.])")


def _time_cut_to(own: str, m, n_start: int, unit: str) -> str | None:
    """Weeks and working days count only as the time a service is cut to (压缩至…): 每两周调度一次, 成立100周年
    are none; 审评时限压缩至40个工作日以内 reads 个工作日."""
    shortened = _SHORTEN_BEFORE.search(own, max(0, n_start - 4), n_start, HOLD_GIL) is not None or (
        unit == "个" and _AVERAGE_BEFORE.search(own, max(0, n_start - 8), n_start, HOLD_GIL) is not None)
    if unit == "周" and not shortened:
        return None
    if unit == "个" and shortened and own.startswith("工作日", m.end()):
        return "个工作日"
    return unit


def _as_written(n1: str, chinese: bool, rng: bool, value: float, unit: str) -> tuple[float, str]:
    """超万亿元 -> 1 万亿元, 约三万人次 -> 3 万人次: the 万 / 亿 of a Chinese numeral stays with the measure, as written."""
    if n1 == "万" and unit.startswith("亿"):
        return 1.0, "万" + unit
    if chinese and not rng and n1[-1] in "万亿" and len(n1) > 1 and unit not in ("%", "％", "万"):
        return chinese_to_number(n1[:-1]) or value, n1[-1] + unit
    return value, unit


def _full_unit(own: str, end: int, unit: str) -> str:
    """元/平方米 (a price per measure); 3200万农村人口 -> 万人, 500万沼气用户 -> 万户 (the noun names the measure);
    60万吨/年烧碱, 1.5亿方/日 (an output or a throughput per unit of time is measured in that rate)."""
    if unit.removeprefix("万").removeprefix("亿") in _RATE_MEASURES:
        per = _PER_TIME_UNIT.match(own, end)
        if per:
            return unit + "/" + per.group(1)
    if unit.endswith("元"):
        per = _PER_MEASURE.match(own, end)
        if per:
            return unit + "/" + per.group(1)
    if own.startswith(("/", "／"), end):
        per = _PER_DENSITY.match(own, end)
        if per:
            return unit + "/" + per.group(1)
    if unit in ("万", "亿"):
        noun = _COUNTED_NOUN.match(own, end)
        if noun:
            return unit + _NOUN_MEASURE[noun.group(1)]
    return unit


# ---------------------------------------------------------------- rejection checks
# Each check names one kind of number that carries a measure but is no goal of the task.


def _is_ordinal(x: _Mention) -> bool:
    """第3批, 初三 (a day of the lunar month), 前100名 (a ranking), 第十三条、十四条 (an article cited after another),
    专栏1 节能产业关键技术 (a box's number), 十三届十五次全会 (a meeting's session)."""
    before = x.before(1)
    if x.before(3).rstrip().endswith("专栏"):
        return True
    if x.unit == "次" and _SESSION_AFTER.match(x.after):
        return True
    if before == "、" and x.unit in ("条", "项", "节") and x.before(2)[:1] == x.unit:
        return True
    if before == "、" and _ORDINAL_LIST.search(x.before(24)):
        return True
    if x.chinese and x.m.group("n1")[0] == "一" and before in _WORD_ENDING_IN_ONE:
        return True
    return before in ("第", "初") or (before == "前" and x.unit in ("名", "位"))


def _is_fraction_numerator(x: _Mention) -> bool:
    """建设层数达三分之二节点 (vy_06): the numerator of a fraction written in words, no count of anything (百分之 and
    千分之 are read as shares with the number they open)."""
    return x.chinese and x.m.group("pct") is None and x.before(2) == "分之"


# 累计在学年限不超过8年 (vy_11), 使用期限最长不超过5年: the longest a term may run, a rule's limit; a term raised to a
# level (平均受教育年限达到11年) stays a goal
_TERM_LIMIT_BEFORE = re.compile(r"(?:年限|期限|时限)(?:一般|累计|最长)?(?:不得|不能|不)?(?:超过|超出)$|(?:年限|期限|时限)最长(?:为|是)?$")
_TERM_UNITS = frozenset(("年", "个月", "月", "天", "日", "周"))


def _is_term_limit(x: _Mention) -> bool:
    return x.unit in _TERM_UNITS and _TERM_LIMIT_BEFORE.search(x.clause_before) is not None


def _is_article(x: _Mention) -> bool:
    """一个, 一支: articles (but 建设展馆一座。 counts one; 年产一万套, 一亿元: 一 before 万 / 亿 is a number; 翻一番
    and 增加一倍 double)."""
    return (
        x.chinese and x.value < 2 and not x.chinese_range and not x.unit.startswith(_MULTIPLIERS) and x.unit not in ("番", "倍")
        and (x.unit not in _COUNTABLE or not _CLAUSE_END.match(x.after))
        and not _AT_LEAST.search(x.own, x.clause_start, x.start)
        and not _QUOTA_OF_EACH.search(x.own, x.clause_start, x.start)
        and not _is_quota_in_words(x)
        and not ("至" in x.own[max(x.sentence_start, x.start - 30):x.start]
                 and _AT_LEAST_OVER_LIST.search(x.own, max(x.sentence_start, x.start - 30), x.start))
    )


# 至少建设一个特色优势主体专业、建立一个资料室 (uy_10): the bound governs each thing the list makes
_AT_LEAST_OVER_LIST = re.compile(r"至少[^，。；;,：:]{1,24}、\p{Han}{0,3}$")


# 每学期要举行一次…联赛, 每年开展一次全面监测, 每周一次以上…活动 (uy_06, up_11): how often an activity is held, a
# per-period quota; 每季度开展一次集中调度和专项督查 / 每半年召开一次联席会议 / 每年评估一次 (ri_07, rd_11, ut_07) are the
# plan's own routine of oversight, meetings and reports, which the corpus reads as no target
# 每年 / 每学期 / 每季度 / 每半年 / 每月 / 每周: each period a routine or a quota is counted in
_EACH_PERIOD = r"每(?:年度?|学期|季度|半年|月|周)"
_PERIOD_ACTIVITY_BEFORE = re.compile(_EACH_PERIOD + r"(?:要|应|须)?(?:举行|举办|组织|开展|参加|用|开设)$")
_PERIOD_UNITS = frozenset(("次", "节", "课时"))  # 每周用一节体育课进行足球教学 (uy_06)
_PERIOD_ONCE_BOUND = re.compile(_EACH_PERIOD + "$")
# 每年开展一次行政执法群众满意度第三方评估, 每半年开展一次案卷抽查 (vg_02): the routine word ending a longer object, or a
# spot check, is the same routine
_ROUTINE = r"调度|督查|督导|检查|抽查|巡查|评估|考核|考评|通报|汇总|会议|会商|调研|报送|体检|学习会|例会|座谈会"
_ROUTINE_AFTER = re.compile(r"\p{Han}{0,4}?(?:" + _ROUTINE + r")|[^，,。；;\n]{0,16}?(?:" + _ROUTINE + r")(?=[，,。；;\n]|$)")
_ROUTINE_BEFORE = re.compile(_ROUTINE)  # 年度体检应当每年开展一次 (tt_02): the routine named as the clause's subject
# 每生每天一盒牛奶、一个鸡蛋 (uy_05): a ration given per head and per day, each item of the list a standard
_RATION_BEFORE = re.compile(r"每\p{Han}{1,2}每[天日周月](?:[一二两三]\p{Han}{2,6}、)*$")


def _is_quota_in_words(x: _Mention) -> bool:
    """一次 / 一盒 written in words as a per-period quota or a per-head ration (see _PERIOD_ACTIVITY_BEFORE)."""
    if "每" not in x.own[max(x.sentence_start, x.start - 24):x.start]:
        return False  # the literal gate: neither form stands without 每 shortly before
    if x.unit in _PERIOD_UNITS:
        before = x.own[max(x.clause_start, x.start - 8):x.start]
        if _PERIOD_ACTIVITY_BEFORE.search(before):
            return (_ROUTINE_AFTER.match(x.own, x.m.end()) is None
                    and _ROUTINE_BEFORE.search(x.own, x.clause_start, x.start) is None)
        return bool(_PERIOD_ONCE_BOUND.search(before) and x.m.group("post"))  # 每周一次以上
    # the ration list's items are parted by 、, which ends a clause: looked for back to the sentence's start
    return _RATION_BEFORE.search(x.own, max(x.sentence_start, x.start - 24), x.start) is not None


# 每个县（市）力争引进一个世界500强…项目 (up_10): one thing each place strives to make or bring in, a count per place;
# the intent may stand before 每个 as well (力争每个设区市建立一个政府出资的科技创业投资机构, uj_11)
_QUOTA_OF_EACH = re.compile(
    r"(?:每个[^，,。；;\d]{1,10}?(?:力争|确保|至少)|(?:力争|确保|至少)每个[^，,。；;\d]{1,10}?)"
    r"(?:" + "|".join(re.escape(w) for w in lexicons.entries("making_verbs.tsv")) + r")$")


def _is_plan_part(x: _Mention) -> bool:
    """实施5项提升行动, 从七个方面, 实施47项民生实事: the count of the plan's own parts."""
    if x.has_comparator_word:
        return False
    if x.unit == "项" and _PLAN_PARTS.match(x.after) and not _PROJECTS_AFTER.match(x.after):
        return True
    if x.unit in ("项", "件") and _PLAN_PARTS_BEFORE.search(x.own, _list_start(x), x.start):
        return True  # 一共计划为龙岩百姓办实事28项: the noun of the plan's items before their count
    if x.unit == "项" and "目标" in x.sentence and GOAL_COUNT_LEAD_IN.search(x.own[x.sentence_start:x.m.end() + 1]):
        return True  # 主要针对…的目标任务，包括8项。: the count of the goals listed below
    if x.unit == "部" and x.after.startswith("分"):
        return True  # 由…等5部分组成: the parts of a framework described
    return x.unit in ("个", "类", "种") and bool(_ASPECTS.match(x.after))


def _is_duration(x: _Mention) -> bool:
    """5个工作日内, 3个月, 两个年度, 每次停留180天; 24小时 (round the clock) unless 24小时内."""
    if x.unit == "个工作日":
        return False  # 压缩至40个工作日以内: read as a time cut to (see _read_mention)
    if x.unit in ("天", "小时") and _SPAN_BETWEEN_EVENTS.search(x.own, x.clause_start, x.start):
        return True  # 从指南发布日到预申报书受理截止日不少于50天: the time between two steps of a procedure
    if x.unit in ("个", "天", "人天") and _DURATION_AFTER.match(x.after):
        return True
    if x.unit in ("天", "小时") and _TERM_BEFORE.search(x.before(4)):
        return True
    if x.unit == "个" and x.after[:1] and x.after[:1] in "一二三四五六七八九十":
        return True  # 两个一批 (a count ending the node's text, ■建设完成县城第二水源49个, has nothing after it)
    if x.unit == "天" and x.value == 365 and not x.after.startswith("内"):
        return True  # 政务服务365天“不打烊”: every day of the year, round the clock
    return x.unit == "小时" and x.value == 24 and not x.after.startswith("内")


def _is_money_given(x: _Mention) -> bool:
    """支持金额最高可至3000万元, 发放消费券1600万元: a sum of money is a target only as a scale to reach
    (产业规模超过5500亿元, 交易额1.8万亿元), a budget committed (安排资金1.2亿元) or a floor (养护资金不低于1万元);
    a sum handed out is an amount paid."""
    if not x.unit.endswith("元") or "/" in x.unit or _SCALE_NOUN.search(x.own, _list_start(x), x.start):
        return False  # (0.9吨标煤/万元: a rate per sum of money, no money given)
    if _SCALE_NOUN.match(x.own, x.m.end()):
        return False  # 每年完成4000亿元投资: the scale is named after the sum
    if _STRIVEN_LEVEL.fullmatch(x.own, _list_start(x), x.start) and _SCALE_NOUN.search(x.own, _last_break(_SENTENCE_BREAK_R, x.own, x.start), x.start):
        return False  # 地区生产总值预期175亿元，增长17%，力争177亿元: the higher level the same scale strives for
    if _details_a_budget(x):
        return False
    if x.own.startswith(_FLAT_STANDARD_WORDS, x.m.end()) and not _is_in_amount_list(x):
        # 按每人每月200元的标准发放补贴: the level of a service, a standard the plan keeps (the last of a list of sums,
        # 初级1000元、中级1500元、高级2000元的标准 (xg_01), is a schedule graded by class)
        return False
    if "标准" in (before := x.before(12)) and _STANDARD_SET_BEFORE.search(before):
        return False  # 最低生活保障标准为每人每月1309元 (ra_05): the flat standard named before its sum, as above
    if _is_flat_sum_per_head(x) or _is_flat_grant_per_unit(x):
        return False
    if (not x.reported and "标准" in x.clause_before
            and _STANDARD_RAISED_TO.search(x.own, x.clause_start, x.start)
            and "平均" not in x.clause_before):
        # 补助标准由每生每天2.5元提高到4元 (uy_05): the standard raised to a new flat sum (an average standard,
        # 平均补助标准从…提高到3300元 (uf_09), is no flat sum each one is paid)
        return False
    if _comparator(x.m, x.own) in ("gte", "gt"):
        return False
    return not _FLOOR_BEFORE.search(x.own, _list_start(x), x.start)  # 分别不低于10000元、5000元、3000元


# 每人每月, 每户每次: a sum paid to each one served every month or every time, the one form both patterns below read
_EACH_EVERY = r"每(?:人|户|名|生)每(?:月|次)"
# right before the sum (每人每月为400元, 每人每月增加50元), or before the earlier sums of a list it closes (每人每月300元、400元)
_PER_HEAD_PER_TIME = re.compile(rf"{_EACH_EVERY}(?:分别为|分别|为|增加\p{{Han}}{{0,4}})?$")
_PER_HEAD_LISTED = re.compile(rf"{_EACH_EVERY}(?:分别为|分别|为)?\d[\d.]*元(?:、\d[\d.]*元)*、$")
# the standard or the aid the sum is (lexicons/aid_words.tsv: 生活标准, 补贴标准为, 资助对象, 护理资助); a sum paid out up
# to a cap or by a fund's settlement (最高, 不超过, 支付, 报销) is a payout rule's
_NAMED_AS_AID = re.compile("|".join(re.escape(w) for w in lexicons.entries("aid_words.tsv")))
_PAID_UP_TO = re.compile(r"最高|不超过|限额|上限|以内|支付|报销|结算")


def _is_flat_sum_per_head(x: _Mention) -> bool:
    """第一类资助对象每人每月400元 (si_14), 补贴标准为…长者饭堂每人每次3元 (ra_07), 标准…为每人每月1963.5元 (ra_05): a sum
    each one served is paid every month or every time, named as a standard or an aid, the flat standard of a service
    (a grant handed out once is no such sum)."""
    per_head = ("每" in (before := x.before(14)) and _PER_HEAD_PER_TIME.search(before) is not None) or (
        x.before(1) == "、" and _PER_HEAD_LISTED.search(x.own, x.list_start, x.start) is not None)
    return (per_head and _NAMED_AS_AID.search(x.own, x.sentence_start, x.start) is not None
            and _PAID_UP_TO.search(x.sentence) is None)


_STANDARD_RAISED_TO = re.compile(r"标准(?:由|从)[^，。；;,]{0,20}(?:提高|提升|上调|调整|增加)(?:到|至)$")
# 每家给予10万元后补助 (uj_05), 每家补助10万元 (ro_10), 每项专利给予5万元奖励 (vb_11): one sum granted per firm or item (not
# 按每名1000元给予…, the rate a grant to another is reckoned at). 每个 is read in its two narrowest forms only, 给予 right
# by the sum and a noun of at most four characters between: 给予每个项目20万元一次性奖补 (sf_13), 每年每个园区给予20万元 (ro_01);
# the looser 每(?:家|项|个)…补助 read three wrong targets on a set-aside document (cmp line only); the noun may carry its
# gloss in brackets (给予每个车库（车位）5000元的财政补贴, vy_01). Per farm as per firm: 每场补助30万元 (up_11, named in
# docs/gold-format.md); per head, straw or set (每头奶牛补助70元, 每支补助300元, 每套…) read four wrong targets on a set-aside
# document (cmp line only) and stays unread
_PER_UNIT_GRANT = re.compile(
    r"(?<!按)(?<!按照)每(?:家|项|场)[^，,。；;、：:\d]{0,10}?(?:给予|补助|补贴|奖励|奖补|资助)$"
    r"|给予每(?:家|项|场)\p{Han}{0,4}$"
    r"|(?<!按)每个\p{Han}{1,4}?给予$|给予每个\p{Han}{1,4}(?:（\p{Han}{1,4}）)?$"
    rf"|{YEARLY_GRANT_BEFORE}")
_GRADED_OR_CAPPED = re.compile(r"分别|最高|不超过|不高于|限额|上限|以内|累计")


def _is_flat_grant_per_unit(x: _Mention) -> bool:
    """每家给予10万元后补助: the one sum each firm or item is granted, a flat standard (docs/gold-format.md, five target
    forms) — not a range (每个展会给予补贴50—200万元), nor in a clause that caps or grades it (每家最高30万元, 每年每个分别
    给予40万元、30万元), nor one of a list of sums."""
    return (x.unit.endswith("元") and x.value_max is None and "每" in x.before(16)
            and _PER_UNIT_GRANT.search(x.before(16)) is not None
            and _GRADED_OR_CAPPED.search(x.clause) is None and not _is_in_amount_list(x))


def _details_a_budget(x: _Mention) -> bool:
    """安排13.06亿元，其中，支持A 4.26亿元，支持B 6.49亿元: a part of a committed budget, in the sentence that
    commits it."""
    return _last_match(_BUDGET_THEN_DETAIL, x.own, x.sentence_start, x.start) is not None


def _is_dated_record(x: _Mention) -> bool:
    """长度从2012年的1479万公里增加到2021年的5481万公里: a figure held by a year named with 的 is a record — unless its
    sentence sets a goal (到2015年，…利用率由2010年25%提高到2015年的40%以上, uj_03: the level to reach by that year)."""
    return bool(_YEAR_OF_RECORD.search(x.before(10))) and not _FUTURE.search(x.sentence)


def _is_experience(x: _Mention) -> bool:
    """开展过500余场培训, 进行过合计不少于240小时的道路测试, 一行三人来到…: what has been done (过), or the party a
    report names, not a level to reach."""
    return bool(_DONE_BEFORE.search(x.own, max(0, x.m.start() - 10), x.m.start())) or x.before(2) == "一行"


# 比省定目标高出10个百分点, 关键指标均比省定目标高出2个百分点以上: the margin one goal is set above another by
# (not 比2020年提高10个百分点以上, uj_09: a rise over a base year's level is the goal itself)
_MARGIN_BEFORE = re.compile(r"比[^，。；,;：:]{1,16}?(?:高出|(?<!提)高|超出|多出|(?<!降)低)$")


def _is_margin_over_another(x: _Mention) -> bool:
    """A goal said to stand N 个百分点 above another goal (比省定目标高出10个百分点) compares two goals; the goal
    itself is the figure before it."""
    return x.unit in ("个百分点", "百分点") and bool(_MARGIN_BEFORE.search(x.own, max(0, x.m.start() - 20), x.m.start()))


# 力争实现20%的村集体年收入超30万元: a share of a class, then the level that makes a member of it
_SHARE_OF_CLASS_BEFORE = re.compile(r"\d+(?:\.\d+)?[ \t]?[%％]的[^，,。；;：:\d（）()]{1,20}?(?:超过|超|达到|达|在|不低于|高于)$")


def _is_share_threshold(x: _Mention) -> bool:
    """力争实现20%的村集体年收入超30万元: the goal is the share (20%); the level after it (30万元) names the class
    the share counts, as a threshold naming a class does (收入首次突破100亿元的企业)."""
    return bool(_SHARE_OF_CLASS_BEFORE.search(x.own, x.clause_start, x.start))


# 我省76个县（市）主导产业总产值将达1.7万亿元: a count of places, then a measure of theirs reaching another level
# (运河商务区16个开发项目实现完工总面积330万平方米以上: 实现 and the measure reached, tl_07)
_SUBJECT_COUNT_AFTER = re.compile(
    r"[^，,。；;：:\d]{2,24}?(?:(?:将达到|将达|达到|提高到|提升到|超过|突破)[^，,。；;\d]{0,4}|实现[^，,。；;\d]{0,8}"
    # 到2022年，11个设区的市分别建设1个巴氏杀菌乳加工企业 (up_11): the places, each of which makes the count after 分别
    r"|(?:分别|各自)\p{Han}{0,6})\d")
_PLACE_UNITS = frozenset(("个", "家", "所"))
# only a count opening its clause, after at most the whole it belongs to (全省 / 我市): 培育10家企业年产值超过1亿元 counts
# what the verb before it makes
# (or a named area of the place: 运河商务区16个开发项目…)
_SUBJECT_SCOPE = re.compile(r"[ \t]*+(?:全国|全省|全市|全县|全区|全镇|我国|我省|我市|我县|我区|\p{Han}{2,6}?(?:商务区|开发区|园区|新区))?[ \t]*+")


def _is_subject_count(x: _Mention) -> bool:
    """我省76个县（市）主导产业总产值将达1.7万亿元: the count names the places whose measure is the goal, as a
    subject; the level its clause goes on to reach is the goal."""
    if x.unit not in _PLACE_UNITS or x.has_comparator_word or x.value_max is not None:
        return False
    if not _SUBJECT_SCOPE.fullmatch(x.own, x.clause_start, x.start):
        return False
    return bool(_SUBJECT_COUNT_AFTER.match(x.own, x.m.end()))


# 接入村庄管网的村庄共计6个, 采用集中式…模式的村庄共16个: the size of the class a 的-clause defines, told as a tally
_CLASS_TALLY_BEFORE = re.compile(r"的\p{Han}{1,4}(?:共计|共有|共)$")


def _is_class_tally(x: _Mention) -> bool:
    """…模式的村庄共16个，涉及6个镇: how many things a 的-clause picks out, a tally of the plan's cases (to_14),
    not a level to reach, unless the sentence sets a goal (力争, 确保, 到2025年)."""
    if x.has_comparator_word or not _CLASS_TALLY_BEFORE.search(x.own, max(0, x.start - 8), x.start):
        return False
    return not _GOAL_WORDS.search(x.sentence)


def _is_ratio_base(x: _Mention) -> bool:
    """每5所幼儿园配备1名责任督学, 每10万人口: the base a ratio is counted per, not a level."""
    return x.before(1) == "每" and not x.has_comparator_word


def _is_measured_condition(x: _Mention) -> bool:
    """…准确率达到96%，5米远场识别率超过92%: a size opening its clause names the condition the goal after it is
    measured under (the clause's own bound and number are the goal)."""
    if x.has_comparator_word or x.clause_before.strip():
        return False
    rest = x.own[x.m.end():x.m.end() + 40]
    end = _CLAUSE_END.search(rest)
    return bool(_NOUN_AFTER.match(rest)) and _BOUND_THEN_NUMBER.search(rest, 0, end.start() if end else len(rest)) is not None


# 增设简易喷淋系统，末端压力不小于0.03MPa (wg_03): a pressure is a piece of equipment's specification, never a level a
# plan sets out to reach; so are a file's size and an image's resolution, what a call for works or a filing asks of what
# is sent in (大小：50KB以下, 文件大小不超过30MB, 分辨率不低于300dpi, ws_09). Storage a plan builds is counted in GB and up
# (存储总量10EB), never in KB or MB
_SPEC_UNITS = frozenset(("mpa", "kpa", "pa", "兆帕", "千帕", "kb", "mb", "dpi", "ppi"))


def _is_spec_unit(x: _Mention) -> bool:
    return x.unit.lower() in _SPEC_UNITS


def _is_dimension(x: _Mention) -> bool:
    """3.8米直径新一代运载火箭, 12米跨度的厂房: a size naming what kind of thing is meant, not a level to reach."""
    return x.unit in _LENGTHS and bool(_DIMENSION_AFTER.match(x.own, x.m.end()))


def _is_plant_size(x: _Mention) -> bool:
    """30万吨矿石和原油运输船, 550万吨/年蒸馏装置, 百万吨级乙烯成套设备: the capacity or the class of a plant
    named with it says which plant is meant (like 3.8米直径的火箭), not an amount to reach."""
    if _CLASS_AFTER.match(x.own, x.m.end()):
        return True
    base = x.unit.partition("/")[0].removeprefix("万亿").removeprefix("万").removeprefix("亿")  # 550万吨/年 -> 吨
    if base not in _CAPACITY_MEASURES or x.has_comparator_word:
        return False
    if x.before(1) in ("厂", "站") and _EXPANSION_AFTER.match(x.own, x.m.end()):
        return True  # 实施二水厂5万吨扩建工作: the size of the plant's expansion, which the work is named by (tl_10)
    if _PROJECTS_LISTED_AFTER.match(x.own, x.m.end()):
        return True  # 推进宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目 (vg_07): the projects a list names
    return bool(_PLANT_AFTER.match(_rest_after_rate(x)))


# 对每新增年产万吨婴幼儿乳粉、年产500吨奶酪…产能，省级分别支持… (up_11): the capacity each sum of a grant is paid per
_PER_NEW_CAPACITY = re.compile(r"对每(?:新增|新建|建成)")
_CAPACITY_UNITS = frozenset(scale + m for m in _CAPACITY_MEASURES for scale in ("", "万", "亿"))


def _is_grant_basis(x: _Mention) -> bool:
    """对每新增年产500吨奶酪产能…支持2000万元 / 对每新增日处理生鲜乳100吨的…产能支持1000万元 (up_11): a capacity after
    对每新增 in its clause or list is the unit a grant is reckoned per (an eligibility size), not an amount to reach."""
    if x.unit not in _CAPACITY_UNITS:  # one set lookup first: the rule runs on every mention no rule rejected before
        return False
    start = x.list_start  # 对每新增 governs the whole 、 list of capacities (年产万吨…、年产500吨…)
    return "对每" in x.own[start:x.start] and _PER_NEW_CAPACITY.search(x.own, start, x.start) is not None


_EXPANSION_AFTER = re.compile(r"(?:/日|/天)?(?:扩建|扩容|改扩建|提标改造)")
# …光伏发电等20个项目: a list of projects, each named by its owner and its capacity, closed by 等N个项目 / 工程
_PROJECTS_LISTED_AFTER = re.compile(r"[^，,。；;\n]{0,30}?等\s?\d+\s?个(?:重点|重大)?(?:项目|工程)")


# 建筑面积达3万余平方米的影剧院, 占地面积约200亩的产业园: the floor or land area of a building or site, said in a 的
# phrase before its name (not 绿地面积达到100万平方米的目标: the goal itself)
# (占地300亩的工业园二期, 展览面积超3万平米的展会: the site's or the show's size names which one is meant, to_02)
_AREA_BEFORE = re.compile(r"(?:面积|占地)(?:达到|达|为|约|近|共|超过|超)?\s?$")
_AREA_MEASURES = ("平方米", "平米", "亩", "公顷", "平方公里")
_NAMED_AFTER_AREA = re.compile(r"的(?!目标|任务|要求|指标)\p{Han}")


def _is_area_of_named_site(x: _Mention) -> bool:
    """建筑面积达3万余平方米的武清区影剧院: an area naming which building or site is meant (as a plant's capacity
    does), not an amount to reach."""
    if not x.unit.endswith(_AREA_MEASURES) or x.m.group("post"):
        return False
    return bool(_AREA_BEFORE.search(x.own, max(0, x.start - 8), x.start)) and bool(_NAMED_AFTER_AREA.match(x.own, x.m.end()))


# 省级三公里充分就业社区: a distance inside the name of a graded designation
_DESIGNATION_GRADE_BEFORE = re.compile(r"(?:国家|省|市|县|区)级$")


def _is_designation_name(x: _Mention) -> bool:
    """省级三公里充分就业社区: a distance written after a grade (省级, 国家级) and before the rest of a name
    is part of the designation's name, not a distance to reach."""
    return (
        x.unit in _LENGTHS and not x.has_comparator_word
        and bool(_DESIGNATION_GRADE_BEFORE.search(x.before(4)))
        and bool(re.match(r"\p{Han}", x.after or ""))
    )


def _is_vehicle_class(x: _Mention) -> bool:
    """时速500公里轮轨试验列车, 时速200公里以上高速列车, 30吨轴重重载电力机车: the speed or the load a vehicle is
    built for names the kind of vehicle (but 时速达到350公里 sets a level)."""
    if x.unit == "吨" and _AXLE_LOAD_AFTER.match(x.own, x.m.end()):
        return True
    if x.unit != "公里" or x.before(2) != _SPEED_BEFORE:
        return False
    return bool(_NOUN_AFTER.match(x.own, x.m.end()))


def _is_scheme_term(x: _Mention) -> bool:
    """实施国际邮轮入境外国旅游团15天免签政策, 实行72小时过境免办签证政策: how long a scheme lets one stay."""
    return x.unit in ("天", "小时") and bool(_SCHEME_AFTER.match(x.own, x.m.end()))


def _is_joint_parties(x: _Mention) -> bool:
    """探索两家及以上金融租赁公司共同设立项目公司: the number of parties a scheme needs, a condition of it."""
    return x.unit in ("家", "个", "名") and x.m.group("post") in ("以上", "及以上") and bool(_JOINT_AFTER.match(x.own, x.m.end()))


def _is_bodies_involved(x: _Mention) -> bool:
    """住房和城乡建设部等6部门发布《…》, 《行动计划》涉及全市24个职能部门: how many bodies issue a document or take part
    in a plan tells who acts, not a level to reach (ty_06, ty_10)."""
    bodies = None if x.has_comparator_word else _BODIES_AFTER_NUMBER.match(x.own, x.m.end("n1"))
    if bodies is None:
        return False
    return (_BODIES_LEAD_BEFORE.search(x.own, max(0, x.start - 8), x.start) is not None
            or _BODIES_ISSUE_AFTER.match(x.own, bodies.end()) is not None)


def _is_tax_rate(x: _Mention) -> bool:
    """减按15%的税率征收企业所得税: the rate a tax is levied at is a term of the levy, not a level to reach; so is
    the share of pay a deduction may reach (税前扣除限额提高至工资薪金总额8%, uj_02)."""
    if x.unit not in _PERCENT_SIGNS or x.has_comparator_word:
        return False
    if _TAX_RATE_AFTER.match(x.own, x.m.end()):
        return True
    return "扣除" in x.clause and _DEDUCTION_LIMIT.search(x.clause) is not None


# 将企业职工教育经费税前扣除限额提高至工资薪金总额8% (uj_02): the limit of a deduction before tax
_DEDUCTION_LIMIT = re.compile(r"(?:税前)?扣除(?:限额|比例|标准)")


def _is_relative_limit(x: _Mention) -> bool:
    """应于目录更新后30天内组织评估, 自受理之日起20天内: a time limit counted from an event, a rule of procedure
    (but 实行6小时内放行 and 压缩至3周以内 set the level a service is to reach)."""
    if x.unit not in ("天", "小时"):
        return False
    if x.m.group("post") in ("以内", "之内"):
        # 并在72小时以内报告…分支机构 (ub_11): 以内 read with the number, the report straight after it
        return _REPORTED_WITHIN.match(x.own, x.m.end()) is not None
    if not x.after.startswith("内"):
        return "距" in x.clause_before and _DISTANCE_FROM_EVENT.search(x.own, x.clause_start, x.start) is not None
    if _REPORTED_WITHIN.match(x.own, x.m.end() + 1):
        return True  # 应在24小时内将事故情况报告: the time a report is due in, a rule of procedure
    return bool(_EVENT_BEFORE.search(x.own, _list_start(x), x.start))


def _is_past(x: _Mention) -> bool:
    """已建成…个, 现有…家, 截至2020年底，已累计…, 打造了24个: facts about the present or the past."""
    past_word = _last_match(_PAST, x.own, _list_start(x), x.start)
    if past_word is not None and _BASELINE.search(x.own[max(0, past_word.start() - 2):past_word.start()]):
        past_word = None  # 较上年度再降0.5个百分点: the year compared with, not a fact about it
    if past_word is not None and not _CHANGE_VERB.search(x.own, past_word.end(), x.start):
        return True  # 现有62项 (but 从现状436万亩提高到500万亩: the value after the change is the goal)
    if x.before(1) == "了":
        return True
    if _reports(x.own, x.sentence_start, x.start) or _is_statistic(x) or _in_a_tally_s_later_clause(x) or _in_a_done_sentence(x):
        return True
    if _year_counted_after_done(x):
        return True
    sentence = x.sentence  # (a property that searches for the sentence's end: read once here)
    if x.goal_context:
        return _details_a_report(x)
    if ((_against_the_year_before(sentence) or x.reported or (not x.of_a_plan and _ranks_among_peers(sentence)))
            and not _looks_forward(sentence)):
        # 同比增长11.2%; 2023年共接待民众4123.57万人次 in a 实施情况的通报; 总里程达21万公里，居全国第6位 (a place told in
        # a year's plan, 2020年…工作计划, may be one its levels are to earn: read there as the plan's own words)
        return True
    if _told_as_done_beyond(sentence):
        return True
    return _details_a_report(x)


# 占年计划的45% / 占年度投资计划的97.2%: the plan a tally is a share of, a noun (the 计划 of _FUTURE is an intent)
_SHARE_OF_PLAN = re.compile(r"占(?:年度|全年|年|当年|本年度)?(?:投资)?计划")


def _looks_forward(sentence: str) -> bool:
    """Does the sentence turn forward (_FUTURE)? Not on the 计划 of 占年计划的45% alone (公共财政预算收入1606.5万元，同比
    增长8%，占年计划的45%: a tally of the year so far and its share of the year's plan); asked again without those."""
    found = _FUTURE.search(sentence)
    if found is None:
        return False
    if found.group() != "计划" or "占" not in sentence:
        return True
    return _FUTURE.search(_SHARE_OF_PLAN.sub("", sentence)) is not None


# 力争 / 确保 / 争取 / 努力 / 将 / 要 / 到2025年: an intent anywhere in the sentence (超额完成 names the goal it beat:
# its 目标 is none)
_INTENT_IN_SENTENCE = intent_words("strive", "effort", "will", "must", "goal_year")


def _told_as_done_beyond(sentence: str) -> bool:
    """2024年…首次跃上1.4万亿斤新台阶, 降幅超过3%，超额完成上一年工作目标: a level told as reached beyond the goal or
    ever before or met ahead of time (DONE_BEYOND), with no intent in the sentence; each match holds 超额, 跃上, 历史 or
    提前, which most sentences lack (spared the patterns)."""
    if "超额" not in sentence and "跃上" not in sentence and "历史" not in sentence and "提前" not in sentence:
        return False
    return (DONE_BEYOND.search(sentence, 0, None, HOLD_GIL) is not None
            and _INTENT_IN_SENTENCE.search(sentence, 0, None, HOLD_GIL) is None)


def _ranks_among_peers(sentence: str) -> bool:
    """居全国第6位, 领先全国7个百分点: the sentence places a measured standing among peers (RANK_AMONG_PEERS), and
    strives for no place (PLACE_STRIVEN: 保持 / 稳居 / 争创 / 进入…); every match names a whole (全国, 全省 …), so a
    sentence without 全 is spared the patterns."""
    return ("全" in sentence and RANK_AMONG_PEERS.search(sentence, 0, None, HOLD_GIL) is not None
            and PLACE_STRIVEN.search(sentence, 0, None, HOLD_GIL) is None)


# 截至11月底，…; 截至2022年6月末，…: a tally opening its sentence (as _PAST_SENTENCE reads it)
_TALLY_OPENING = re.compile(r"\s*" + _TALLY_DATE)


# 1—3月，全社会固定资产投资完成3.21亿元 / 1-10月项目累计完成投资629.0亿元 / 前三季度，累计完成投资151.88亿元: a
# sentence opening on the months of the year gone by, counted from January, tells a tally (docs/gold-format.md: 今年
# 1-5月 looks back); the leading blanks, a year or 今年 may stand before the months
_YEAR_TO_DATE_OPENING = re.compile(
    r"[ \t\u3000]*+(?:(?:\d{4}[ \t]?年|今年)?1[ \t]?[-—–―－~～至到][ \t]?(?:1[0-2]|[2-9])[ \t]?月份?(?:以来)?|前[一二三]季度|前\d{1,2}个月)")
_YEAR_TO_DATE_FIRST = frozenset("1前今2 \t\u3000")  # what a _YEAR_TO_DATE_OPENING match can open with
# the words a tally's sentence reports with: 累计, 同比 / 同期, 完成率, 占 / 为年计划 (a share of a plan or a whole), 已,
# 共 (a total)
_TALLY_WORDS = re.compile(r"累计|同比|同期|完成率|占|为年度?计划|已|共计|共有|总计|合计|共(?=\d)")


def _is_year_to_date_tally(x: _Mention) -> bool:
    """1—3月，…完成3.21亿元，占计划16.1亿元的19.9%，与去年同期相比下降22%: a figure in a sentence opening on the year's
    months so far, reported with a tally's words (累计, 同比, 占, 已), and setting no goal. A plan's step dated by months
    (1-3月，完成摸底排查) has none of the words and stays read."""
    if x.own[x.sentence_start:x.sentence_start + 1] not in _YEAR_TO_DATE_FIRST:
        return False
    return _tells_a_year_to_date_tally(x.own, x.sentence_start, x.sentence)


def _tells_a_year_to_date_tally(own: str, start: int, sentence: str) -> bool:
    """Does the sentence at own[start:] open on the year's months so far, with a tally's words and no goal set?"""
    if _YEAR_TO_DATE_OPENING.match(own, start) is None:
        return False
    return _TALLY_WORDS.search(sentence) is not None and _INTENT_IN_SENTENCE.search(sentence) is None


# 完成投资151.88亿元，占年度计划的116.69% / 完成年度投资计划的69% / 为年计划的95.6% / 占规划校舍建设资金的70.59% (up_03):
# the share of its plan the work done has come to; 超过时间进度13.8个百分点: how far ahead of the plan's pace it is
# the plan a progress report measures its figures against (年度投资计划, 全年计划, 总投资), shared by the two checks below
_PLAN_BASE = r"(?:年度|全年|年|当年|本年度)?(?:投资)?(?:规划|计划|总投资)"
_PROGRESS_BASE_BEFORE = re.compile(r"(?:占|为|完成)" + _PLAN_BASE + r"[^，,。；;、]{0,16}?(?:[\d.]+[%％]、)*$")
_AHEAD_OF_PLAN_BEFORE = re.compile(r"(?:超|超过|快于|落后|慢于)(?:序时|时序|时间)进度$")


def _is_progress_share(x: _Mention) -> bool:
    """…累计完成投资629.0亿元，占年度投资计划的97.2%，超过时间进度13.8个百分点: a progress report's rate of completion
    against the plan, told after the figure done (a figure stands before it in the sentence) with no goal set (力争,
    确保, 到2025年, 将, 要). Not 全年完成造林计划的100% (no figure done before it: the level to reach), nor under a goal
    heading."""
    if x.goal_context:
        return False
    if x.unit != "%" and x.unit != "个百分点":
        return _is_progress_amount(x)
    before = x.clause_before
    if "率" in before and _COMPLETION_RATE_BEFORE.search(before) is not None:
        # 项目完成投资22.37亿元，投资完成率19%: the rate of the amount a clause before it tells done
        return (_DONE_AMOUNT.search(x.own, x.sentence_start, x.clause_start) is not None
                and _INTENT_IN_SENTENCE.search(x.sentence) is None)
    listed = x.own[x.list_start:x.start]  # 分别占计划的102.4%、80.8%: the base read across the list
    if "计划" not in listed and "规划" not in listed and "总投资" not in listed and "进度" not in before:
        return False
    if _PROGRESS_BASE_BEFORE.search(listed) is None and _AHEAD_OF_PLAN_BEFORE.search(before) is None:
        return False
    done_before = _HAS_NUMBER.search(x.own, x.sentence_start, x.clause_start) is not None
    return done_before and _INTENT_IN_SENTENCE.search(x.sentence) is None


# 投资完成率19%, 累计投资完成率44.04%, 到位率75.11%: the rate a progress report gives of the work or funds done
_COMPLETION_RATE_BEFORE = re.compile(r"(?:完成|到位)率(?:为|达|达到)?$")
# 项目完成投资22.37亿元 / 年度累计完成投资54.21亿元 / 资本金累计到位86.83亿元: an amount told done, before the rate
_DONE_AMOUNT = re.compile(r"(?:完成|到位)[^，,。；;]{0,8}?\d")


# …累计完成投资32661万元，占总投资的54.1%: the amount done, its share of the plan straight after it
_PROGRESS_SHARE_AFTER = re.compile(
    r"[^，,。；;]{0,4}?[，,][ \t]?(?:分别)?(?:占|为|完成)" + _PLAN_BASE)


def _is_progress_amount(x: _Mention) -> bool:
    """完成投资151.88亿元，占年度计划的116.69%: the amount done whose share of the plan the next clause gives, with
    no goal set in the sentence (a level to reach is not told as a share of its plan)."""
    after = x.own[x.m.end():x.m.end() + 16]
    if "计划" not in after and "规划" not in after and "总投资" not in after:
        return False
    return (_PROGRESS_SHARE_AFTER.match(x.own, x.m.end()) is not None
            and _INTENT_IN_SENTENCE.search(x.sentence) is None)


def _in_a_tally_s_later_clause(x: _Mention) -> bool:
    """截至11月底，…资助家庭经济困难学生247万人…；为393万农村学生免费提供营养餐 (uf_09): the tally a sentence opens
    on goes on over its ；-clauses, until a goal word turns it forward. Asked only of a clause opening after a ；."""
    if x.sentence_start == 0 or x.own[x.sentence_start - 1] not in "；;":
        return False
    start = _last_break(_YEAR_SCOPE_R, x.own, x.sentence_start - 1)
    return _TALLY_OPENING.match(x.own, start) is not None and not _FUTURE.search(x.own, start, x.start)


# 已完成设备购置学校11452所，完成设备购置金额50.22亿元，采购完成率为92.62% (up_03): a sentence opening on what 已
# has done tells results over all its clauses
_DONE_OPENING = re.compile(r"[ \t\u3000]*+已(?:经)?(?:完成|累计|建成|开工|竣工|支出|拨付|下达|实现)")


def _in_a_done_sentence(x: _Mention) -> bool:
    """已完成…11452所，完成…50.22亿元，采购完成率为92.62%: a figure in a sentence opening on 已 + a verb of work done,
    with no goal word before it (已完成…，力争年底前达到100%: the goal turns forward)."""
    s0 = x.sentence_start
    if x.own.find("已", s0, s0 + 4) < 0:
        return False
    return _DONE_OPENING.match(x.own, s0) is not None and not _FUTURE.search(x.own, s0, x.start)


# 2019年全省新生入学资助学生2.5万人: a sentence opening on a year alone (not 2020年底前, 2019年以来)
_YEAR_OPENING = re.compile(r"[ \t\u3000]*+(?:19|20)\d{2}\s?年(?![底末]?前|以来|起|后|内)")
_DONE_LE = re.compile(DONE_LE)


def _year_counted_after_done(x: _Mention) -> bool:
    """…出台了《…》，明确了…。2019年全省新生入学资助学生2.5万人 (uf_09): a sentence opening on a year that counts what
    the year saw, with no intent nor goal word, right after a sentence of the same text told as done (the perfective
    了), goes on with that report: its figures are on record; so does one telling itself done (2018年第一季度，全国工业
    产能利用率达到76.5%，对…发挥了重要作用, ws_11). A plan's year list (2025年新建学校10所) follows no act told as done."""
    s0 = x.sentence_start
    if s0 == 0 or x.own[s0 - 1] not in "。！？!?" or not _YEAR_OPENING.match(x.own, s0):
        return False
    sentence = x.sentence
    if _FUTURE.search(sentence):
        return False
    if "了" in sentence and _DONE_LE.search(sentence):
        return True  # told done: a goal verb in it (达到76.5%) reports what was reached
    if _goal_words().search(sentence):
        return False
    previous = _last_break(_SENTENCE_BREAK_R, x.own, s0 - 1)
    return _DONE_LE.search(x.own, previous, s0 - 1) is not None


def _against_the_year_before(sentence: str) -> bool:
    """同比增长11.2%, 较上年末下降0.06个百分点, 比上年同期增长16%: the sentence sets a figure against the year, the
    year-end or the same months before."""
    if _YEAR_ON_YEAR.search(sentence):
        return True
    if "同期" in sentence and _SAME_PERIOD_BEFORE.search(sentence) is not None:
        return True  # 与去年同期相比下降22%: the months so far set against last year's, a tally's comparison
    if ("年底" in sentence or "年末" in sentence) and _NAMED_YEAR_END_BASE.search(sentence) is not None:
        return True  # 降至10.45%，比2017年底下降了6.11个百分点 (uj_07): progress since a year-end named
    return (("年末" in sentence or "年初" in sentence or "年底" in sentence)
            and _YEAR_END_BASE.search(sentence) is not None)


# 控制在300亿吨，其中县及县以上企业220亿吨，乡镇工业80亿吨: a cap, then the shares of it its parts are held to
_CAP_BEFORE_PARTS = re.compile(r"(?:控制在|控制到|不超过|不高于|压减到|压缩到|压减至|压缩至)[^，,。；;]{0,12}?\d[^。；;]*?[，,]\s*其中")


def _part_of_a_cap(x: _Mention) -> bool:
    """A level after 其中 in the sentence of a cap is the cap's part: a goal as the cap is; so are the parts of a
    count the sentence sets before 其中 (将新增床位215张，其中：儿科95张，产科120张)."""
    parts = x.own.rfind("其中", x.sentence_start, x.start)
    if parts < 0:
        return False
    if _CAP_BEFORE_PARTS.search(x.own, x.sentence_start, parts + 2, HOLD_GIL) is not None:
        return True
    return bool(_goal_words().search(x.own, x.sentence_start, parts) and _HAS_NUMBER.search(x.own, x.sentence_start, parts))


def _reports(own: str, start: int, end: int) -> bool:
    """Does own[start:end] open on the record (截至…已, 目前，…) without turning to a goal (力争, 到2025年)?"""
    past = _last_past_sentence(own, start, end)
    return past is not None and not _FUTURE.search(own, past.end(), end)


def _last_past_sentence(own: str, lo: int, hi: int):
    """_last_match(_PAST_SENTENCE, own, lo, hi), the pattern tried only where a match can start (found by str.find):
    searched, the pattern's two dozen branches, none led by a literal it can skip to, were entered at every character
    (a few thousand instructions each). Tried in order from each start past the last match's end, as finditer goes."""
    window = own[lo:hi]
    starts = char_positions(window, _PAST_SENTENCE_OPENERS)
    starts += [at for at in char_positions(window, _DONE_LE_OPENER) if _may_be_done_le(own, lo + at, lo, hi)]
    starts += [at + 1 for at in char_positions(window, _SENTENCE_STOPS)]
    starts.append(0)
    last, done = None, 0
    for at in sorted(set(starts)):
        if at < done:
            continue
        m = _PAST_SENTENCE.match(own, lo + at, hi, HOLD_GIL)
        if m is not None:
            last, done = m, m.end() - lo
    return last


def _may_be_done_le(own: str, at: int, lo: int, hi: int) -> bool:
    """Whether a 了 at `at` (inside own[lo:hi]) may open a match: DONE_LE's lookaround ((?<![为除])了(?![解结如]))
    read on the characters inside the window (为了, 了解 fail: most 了 tried by the pattern were these); at the
    window's edges the pattern itself decides. A 了 that opens a sentence is tried as a sentence start anyway."""
    if at > lo and own[at - 1] in "为除":
        return False
    return not (at + 1 < hi and own[at + 1] in "解结如")


def _details_a_report(x: _Mention) -> bool:
    """目前，…是按吨煤六元的标准解决的。其中，由煤炭成本中开支二元…: 其中 / 其余 go on with the sentence before."""
    if not _DETAILING_OPENER.match(x.own, x.sentence_start):
        return False
    previous = _last_break(_SENTENCE_BREAK_R, x.own, max(0, x.sentence_start - 1))
    # 今年1―6月份，全区建设项目共72个…。其中，竣工项目3个: the parts of a year-to-date tally, as of a record
    detailed = _reports(x.own, previous, x.sentence_start) or (
        x.own[previous:previous + 1] in _YEAR_TO_DATE_FIRST
        and _tells_a_year_to_date_tally(x.own, previous, x.own[previous:x.sentence_start]))
    return detailed and not _FUTURE.search(x.own, x.sentence_start, x.start)


def _is_statistic(x: _Mention) -> bool:
    """仅据十二个省（区、市）的统计，…达一亿一千多万元: the figures of a statistic, and the scope it was taken over."""
    cited = _STATISTIC_CITED.search(x.sentence)
    return cited is not None and x.sentence_start + cited.start() < x.start


def _last_match(pattern, text: str, lo: int, hi: int):
    last = None
    for last in pattern.finditer(text, lo, hi, False, HOLD_GIL):
        pass
    return last


def _list_start(x: _Mention) -> int:
    """Start of the clause, reading back across 、 (在现有A、B等62项…: 现有 governs the whole list); read once per
    mention (_Mention.list_start)."""
    return x.list_start


def _is_penalty(x: _Mention) -> bool:
    """处1万元以上3万元以下罚款, 被处罚3次以上的."""
    return bool(_PENALTY.search(x.clause))


_STANDARD_RAISED_BEFORE = re.compile(r"标准(?:提高|提升|上调|增加)(?:到|至)?$")


def _is_payout_rule(x: _Mention) -> bool:
    """How a grant is shared out: 给予100万元奖励, 最高200万元, 前两年100%房租补贴, 高级工1000元、技师2000元,
    营业收入达到2000万元以上的企业. A single flat standard (每人每月200元的标准发放补贴) is kept: it is the
    level of a service the plan commits to."""
    if not _GRANT.search(x.sentence) or _goal_year_after_grant(x):
        return False
    if _is_flat_standard_per_head(x):
        return False  # 可发放一次性吸纳就业补贴，补贴标准为每人1000元 (xg_01): the one sum each is paid, kept
    if _hands_out_goods_only(x.sentence):
        return False  # 发放宣传海报及资料覆盖面达到100% (vp_07): leaflets handed out, no money granted
    if x.unit.endswith("元") and _PUBLIC_BUDGET_BEFORE.search(x.before(16)):
        return False  # 市财政安排200万元对…进行奖补: the budget the grants come out of, not a grant
    if not (x.unit.endswith("元") or x.unit in ("%", "‰")):
        # 按照每个正式员工不超过10平方米的标准给予补贴, 对室内场所200平方米以上的俱乐部给予奖励: how the grant
        # is sized or who may have it
        return bool(x.m.group("post") or x.m.group("cmp1")) and not _made_past_the_grant(x)
    return _is_share_paid_out(x)


def _is_flat_standard_per_head(x: _Mention) -> bool:
    """补贴标准为每人1000元: a sum of money whose standard names it per head (每…) right before it."""
    if not x.unit.endswith("元") or "每" not in (before := x.before(12)) or "标准" not in before:
        return False  # the literals first: most sums have no 标准…每 before them
    return _STANDARD_PER_HEAD_BEFORE.search(before) is not None


def _made_past_the_grant(x: _Mention) -> bool:
    """…给予最高不超过200万元奖励，每年举办首发活动100场以上 (vs_11): a count a making verb opens, in a clause after every
    grant word of its sentence, is a level the plan sets, not the size a grant is given for."""
    sentence_end = x.sentence_start + len(x.sentence)
    if _GRANT.search(x.own, x.clause_start, sentence_end) is not None:
        return False  # a grant in the count's clause or after it: the count sizes it or names who may have it
    return _MAKING_VERB.search(x.own, x.clause_start, x.start) is not None


# 发放宣传海报及资料, 发放告知书: what is handed out is printed matter or goods, not money
_GOODS_HANDED_OUT = re.compile(r"发放(?=[^，,。；;]{0,4}?(?:宣传|资料|海报|手册|材料|告知书|倡议书|明白纸|物品|物资))")


def _hands_out_goods_only(sentence: str) -> bool:
    """Is every grant word of the sentence a 发放 of printed matter or goods?"""
    if "发放" not in sentence:
        return False  # the literal gates first
    return all(g.group(0) == "发放" and _GOODS_HANDED_OUT.match(sentence, g.start()) for g in _GRANT.finditer(sentence))


# 高校、院所应将不低于70%的收益用于对…科技人员…的奖励 (vl_10): a share of a fund a body is bound to set aside for a use
# (docs/gold-format.md, as 列支不低于1%的资金，用于…); 可将 only permits it and stays no target
_BOUND_TO_SET_ASIDE = re.compile(r"(?<!可)将(?:不低于|不少于)?$")
_SHARE_OF_FUND_USED_FOR = re.compile(r"的[^，,。；;\d]{1,8}用于")


def _is_share_set_aside(x: _Mention) -> bool:
    return x.unit in _PERCENT_SIGNS and "将" in (before := x.before(5)) and _BOUND_TO_SET_ASIDE.search(before) is not None \
        and _SHARE_OF_FUND_USED_FOR.match(x.own, x.m.end()) is not None


def _is_share_paid_out(x: _Mention) -> bool:
    """A sum (元) or a share (%, ‰) in a sentence granting money: a grant's amount, its cap or its share, not a
    flat standard of a service the plan commits to."""
    if x.unit in ("%", "‰") and _STANDARD_RAISED_BEFORE.search(x.before(8)):
        return False  # 政府补助标准提高5.95%: the raise of a service's standard the plan commits to (tl_06), as a flat one
    if _is_capped_flat_standard(x):
        return False
    if _is_share_set_aside(x):
        return False  # 应将不低于70%的收益用于…奖励 (vl_10): the share a body must set aside, a target
    if _CAP.search(x.clause) or x.unit in ("%", "‰") or x.m.group("post"):
        return True
    if _is_flat_grant_per_unit(x):
        return False  # 每家补助10万元: the flat standard a grant is paid at per firm
    if x.own.startswith(_FLAT_STANDARD_WORDS, x.m.end()) and not _is_in_amount_list(x):
        # 按每人1500元标准发放一次性扩岗补助: the flat standard, even of a one-off grant (but 高级工1000元、技师2000元、
        # 高级技师5000元的标准: a scale of grants by class)
        return False
    return _is_graded_grant(x)


def _is_capped_flat_standard(x: _Mention) -> bool:
    """按照每人不超过1500元的标准发放一次性扩岗补助 (vb_09): the one sum per head a grant is paid at, its 不超过 the
    standard's own bound (a flat standard, as 按每人1500元标准发放; not a scale of sums by class)."""
    return (x.m.group("cmp1") == "不超过" and "每" in x.before(6)
            and x.own.startswith(_FLAT_STANDARD_WORDS, x.m.end()) and not _is_in_amount_list(x))


def _is_graded_grant(x: _Mention) -> bool:
    """A sum granted by a scale: per item (每个…给予), by class, named as a grant after 给予, an award, or one of a
    list of sums."""
    if _PER_ITEM_RATE.search(x.before(14)) or _GRANT_BY_CLASS.search(x.before(12)):
        return True
    if _GRANT_NOUN_AFTER.match(x.own, x.m.end()) and "给予" in x.own[_list_start(x):x.start]:
        return True
    if _AWARD.search(x.sentence):
        return True
    return _is_in_amount_list(x)


def _goal_year_after_grant(x: _Mention) -> bool:
    """对…新建5G基站给予财政奖补，到2025年，建设开通5G基站25万个以上: a goal year between the grant and the
    number opens a goal of its own."""
    grant = _last_match(_GRANT, x.own, x.sentence_start, x.start)
    return grant is not None and _GOAL_YEAR_OPENING.search(x.own, grant.end(), x.start) is not None


def _is_in_amount_list(x: _Mention) -> bool:
    """Another sum of money joined to this one by 、 (5000元、3000元; 高级工1000元、技师2000元)."""
    return bool(_AMOUNT_BEFORE.search(x.before(20)) or _AMOUNT_AFTER.match(x.own, x.m.end()))


# 代表10人以上联名, 组成人员5人以上，可以提出…: the number who may exercise a right, then the right
_MAY_ACT_AFTER = re.compile(r"联名|[，,][ \u3000]*(?:可以|可|有权)")
# 6亩以下(不含6亩)的土地: an aside saying whether the bound itself is in, read past when the noun after it is looked for
_INCLUSION_ASIDE = re.compile(r"^[（(][^（()）]{0,12}?含[^（()）]{0,12}[)）]")


def _is_count(x: _Mention) -> bool:
    """个, 家, 所 …; with a 万 / 亿 multiplier only straight after the verb making them (安装80万个以上智能电表; not
    年寄递业务量超千万件的金牌项目, a volume naming a class)."""
    if x.unit in _COUNT_MEASURES:
        return True
    # (基本完成2万户以上城区连片棚户区…改造: households the verb straight before works on, tk_15; 户 alone stays a
    # class's mark: 100户以上的村)
    households = x.unit.lstrip("万亿") == "户" and not _QUALIFIED_NOUN.match(x.own, x.m.end())  # (改造1万户以上的小区)
    return (households or x.unit.lstrip("万亿") in _COUNT_MEASURES) and x.own.endswith(
        lexicons.entries("goal_verbs.tsv"), x.clause_start, x.start)  # one C call for every verb


# 形成年处理可利用再生资源97万吨以上的生产能力 (uj_03), 设立总规模不少于100亿元的数字经济发展专项基金 (ro_07): a bound
# before 的 and the capacity or the fund that closes the clause, a verb of making before it in the clause (not 具备年产…
# 以上的生产能力的企业, the class such a capacity marks: the noun runs on past 能力)
_MADE_CAPACITY_AFTER = re.compile(r"的\p{Han}{0,12}?(?:能力|基金)(?=[，,。；;、\s]|$)")


def _is_condition(x: _Mention) -> bool:
    """年排放二氧化碳1万吨以上的企业, 面积在300平方米以内的，…: who or what a rule applies to.

    A share stays a goal (覆盖全区90%以上的农村小学), so does a count (建成10个以上的示范园区)."""
    rest = _INCLUSION_ASIDE.sub("", x.own[x.m.end():x.m.end() + 60], count=1)
    if rest.startswith("的") and _MADE_CAPACITY_AFTER.match(rest) and _goal_words().search(x.own, x.clause_start, x.start):
        return False  # 形成…97万吨以上的生产能力: the size of the capacity or the fund its verb makes, a level to reach
    if x.m.group("post") in ("以上", "及以上") and _MAY_ACT_AFTER.match(rest) and not _GOAL_VERB.search(x.own, x.clause_start, x.start):
        return True  # 组成人员5人以上，可以向常务委员会提出议案: how many must act together for a right to hold
    bound = _written_as_threshold(x)
    return (bound and _bound_names_a_class(x, rest)) or _closes_a_condition_clause(x, rest, bound)


def _written_as_threshold(x: _Mention) -> bool:
    """以上 / 以下 after the number, a threshold word or 过 / 超 / 逾 before it (突破 too: 收入首次突破100亿元的企业15家)."""
    return bool(x.m.group("post") or x.m.group("cmp1") in (*_THRESHOLD_WORDS, "突破") or x.before(1) == "过"
                or x.m.group("cmp2") in ("超", "逾"))


# 营收在200亿元以上持续增长 (wg_06): a bound the level keeps growing above, no mark of a class after it
_KEEPS_GROWING = re.compile(r"(?:持续|稳定|稳步|保持|不断)(?:增长|提升|提高|增加)")

# 对行政执法人员每年进行不少于40学时的线上线下岗位培训 (vg_02): the least each one is given each period, not a class
_PER_PERIOD_STANDARD = re.compile(r"每(?:人|年度?|季度|月)(?:每年)?(?:进行|参加|接受|完成)(?:不少于|不低于|至少)$")


def _bound_names_a_class(x: _Mention, rest: str) -> bool:
    """A bound on an amount (not a count, not a share) that qualifies the noun after it: the class a rule is
    about (1000万元以上的网商), not a level to reach. `rest`: the text after the match, its 含 aside dropped."""
    if _is_count(x) or x.unit == "%":
        return False
    if x.own.find("每", max(x.clause_start, x.start - 12), x.start) >= 0 and _PER_PERIOD_STANDARD.search(x.own, x.clause_start, x.start):
        return False  # 每年进行不少于40学时的岗位培训 (vg_02): how much each one gets each period, a flat standard
    if _QUALIFIED_NOUN.match(rest):
        return True  # a threshold qualifying a noun: 1000万元以上的网商, 收入过200亿元的集群 (but not 90%以上的目标)
    if _KEEPS_GROWING.match(rest):
        return False  # 营收在200亿元以上持续增长 (wg_06): the floor a level is held above as it grows, a level to reach
    if x.m.group("post") in _BOUND_WORDS and _QUALIFIER_NOUN.match(rest):
        # 消除66人以上超大班额, 投资20亿元以上重大产业项目: the bound names a class — but 建设30公里以上环公园绿道 (vz_06)
        # is the length of the way to build, a level to reach
        return not (x.unit in _LENGTHS and _BUILT_LENGTH_BEFORE.search(x.own, x.clause_start, x.start) is not None)
    if _COORDINATED_QUALIFIER.match(rest):
        return True  # 培育年产值超100亿元、具备较强国际竞争力的龙头企业2家: one of the marks of the class counted
    # 产值超10亿元以上企业1家，超5亿元企业6家: the size of the class whose count follows it
    return x.m.group("cmp2") in ("超", "逾") and _EXCEEDED_CLASS_THEN_COUNT.match(rest) is not None


def _closes_a_condition_clause(x: _Mention, rest: str, bound: bool) -> bool:
    """面积在300平方米以内的，…: the number's clause closes on 的 before a comma (or a clause joined by 并 / 且
    does): the case a rule applies in. `bound`: the number is written as a threshold."""
    end = _CLAUSE_END.search(rest)
    clause_rest = rest[:end.start()] if end else rest
    if end is not None and end.group() in ("，", ",", "；", ";") and clause_rest.endswith("的"):
        # …不少于12天或者90学时（对担任领导职务的公务员有其他规定的，按有关规定执行） (wi_07): the 的 closes an aside in
        # brackets opened after the number, the case the aside excepts, not a condition on the number's own clause
        return not _opens_an_aside(clause_rest)
    if (bound or x.has_comparator_word) and rest.startswith("时"):
        return True  # 搁板宽度不大于1米时不计入容积率 (vy_05): when the size is under the bound, the rule after it holds
    if bound and _JOINED_CLASS_END.search(clause_rest):
        return True  # 注册资本不超过1000万元人民币且股东全部为自然人的备案主体，…: the marks of the class a rule is about
    # …容量达到自身容量50%，并按…计算可减少当地燃煤总量的，可直接纳入规划: a condition whose clause joined by 并 / 且 closes it
    joined = _JOINED_CONDITION.match(x.own, x.m.end() + (end.start() if end else len(rest)))
    return end is not None and end.group() in ("，", ",") and joined is not None


def _opens_an_aside(clause_rest: str) -> bool:
    """A bracket opened after the number and not closed before the clause ends."""
    opened = clause_rest.rfind("（")
    return opened >= 0 and clause_rest.find("）", opened) < 0


_JOINED_CONDITION = re.compile(r"[，,](?:并|且|同时)[^。；;，,\n]{2,60}的[，,]")
_JOINED_CLASS_END = re.compile(r"(?:并且|且)[^。；;，,\n]{2,60}的\p{Han}{1,6}$")


def _is_conditional_subject(x: _Mention) -> bool:
    """替代关停机组的容量达到自身容量80%的项目，…可直接纳入规划; 逐步关停以下机组：…高出平均水平15%的
    各类燃煤机组；: the quantity describes which things a rule or a list of classes is about."""
    if x.unit in _COUNT_MEASURES:
        return False
    end = _CLAUSE_END.search(x.own, x.m.end(), min(len(x.own), x.m.end() + 80))
    if end is None or not _CLASS_NOUN_END.search(x.own, x.m.end(), end.start()):
        return False
    sentence_end = _SENTENCE_END.search(x.own, end.start(), min(len(x.own), end.start() + 200))
    rest = x.own[end.start():sentence_end.start() if sentence_end else len(x.own)]
    return bool(_RULE_VERB.search(rest)) or bool(_CLASS_LIST_INTRO.search(x.own, max(0, x.sentence_start - 300), x.start))


def _is_rate_rule(x: _Mention) -> bool:
    """增产煤加价50%, 提取投资所得容量的30%, 按供电量的6%计收加价电费, 规定比例从70%提高至100%: the rate a levy, a
    mark-up, an allocation or a fund's payout is made at, not a level to reach."""
    if x.unit not in ("%", "％", "‰"):
        return False
    before = x.clause_before
    if "比例" in before and _SCHEME_RATIO.search(before):
        return True  # 规定比例从70%提高至100% (vb_06): the share a fund pays out or takes in, raised by a rule
    if "费率" in before and _INSURANCE_RATE.search(before):
        return True  # 将失业保险费率暂降至2% (vg_06): the rate a social insurance levies, set by a rule
    if x.has_comparator_word:
        # 担保费率不超过1%: a bound on a rate is a level the plan commits to; but 可在投产后…每年从营业利润中提取不低于5%的
        # 比例 (ue_05): the least share a rule lets a party take
        return "可" in before and _MAY_TAKE_SHARE.search(before) is not None
    if _GOAL_VERB.search(before) or _is_budget_share_set_aside(x):
        return False
    if _is_share_a_grant_is_paid_at(x, before):
        return True
    return bool(_RATE_VERB.search(before) or _RATE_VERB.match(x.after) or _BY_SHARE_OF.search(before))


# 按照企业上一年度享受优惠的实际研发投入新增部分的10%予以补助 (vl_02): the base a grant is reckoned on can run longer
# than _BY_SHARE_OF's 16 characters; a grant word right after the share names it the grant's rate (docs/gold-format.md:
# the share a grant is reckoned at is no target)
_BY_LONG_BASE_OF = re.compile(r"按(?:照)?[^，。；;,：:]{0,40}的$")
_GRANT_RIGHT_AFTER = re.compile(r"(?:予以|给予)?(?:一次性)?(?:" + _AID + r"|奖励|奖补)")


def _is_share_a_grant_is_paid_at(x: _Mention, before: str) -> bool:
    """按照…新增部分的10%予以补助: a share of a base, paid out as a grant."""
    return _GRANT_RIGHT_AFTER.match(x.after) is not None and _BY_LONG_BASE_OF.search(before) is not None


# (可向…定点机构或企业预拨不高于40%的培训补贴资金, vi_06: the most of a subsidy a rule lets be paid ahead)
_MAY_TAKE_SHARE = re.compile(r"可(?:以)?[^，。；;,]{0,24}?(?:提取|计提|扣除|留成|提成|预拨)")
# 租房提取的规定比例从70%提高至100%, 稳岗返还比例, 缴存比例 (vb_06): the share a fund's rule pays out or takes in
_SCHEME_RATIO = re.compile(r"(?:规定|提取|返还|缴存)比例")
# 失业保险费率, 工伤保险费率 (vg_06): a social insurance's levy rate (not 担保费率, a guarantee's fee a plan may cap)
_INSURANCE_RATE = re.compile(r"保险费率")


# 按照年度公用经费预算总额的5%安排教师培训经费 (ut_11): a budget's share, then the use it is set aside for
_BUDGET_SHARE_BEFORE = re.compile(r"预算[^，,。；;]{0,6}的$")
_SET_ASIDE_AFTER = re.compile(r"[ \t]?(?:安排|用于)")


def _is_budget_share_set_aside(x: _Mention) -> bool:
    """A share of a budget (预算总额的5%) set aside for a use (安排…经费) is a sum the plan commits, not a levy's rate."""
    return "预算" in (before := x.before(12)) and bool(_BUDGET_SHARE_BEFORE.search(before)) and bool(
        _SET_ASIDE_AFTER.match(x.own, x.m.end()))


# 项目下设课题数不超过 5个，参加单位总数不超过 10 家 (xc_03): the most parts and partners an application may hold
_APPLICATION_MAKEUP_CAP = re.compile(
    r"(?:课题|子课题|参加单位|参与单位|合作单位)总?(?:数|数量)?(?:原则上)?(?:不超过|不得超过|不多于|最多)[ \t]?$")


def _is_requirement(x: _Mention) -> bool:
    """新上项目应满足转换效率不低于20%: what an applicant or a project must meet to be let in; 申请直接费用大于200万元
    将不予受理: the bound past which an application is turned down; 项目下设课题数不超过5个: how one may be made up."""
    return bool(_MUST_MEET.search(x.own, x.sentence_start, x.start) or _REFUSED_AFTER.match(x.own, x.m.end())
                or _APPLICATION_MAKEUP_CAP.search(x.before(16)))


# the officers a procedure's step or case takes, named by their work (执法人员, 调查人员, 稽查人员, …)
_PROCEDURE_OFFICERS = r"(?:调查|检查|执法|核查|核实|评审|审查|监督|考核|办案|稽查)人员"
# 入户调查人员应当不少于2人, 执法人员不得少于两人: how many officers a procedure's step takes (a handful), no goal;
# 培训执法人员不少于500人 is one
_PROCEDURE_STAFF = re.compile(_PROCEDURE_OFFICERS + r"(?:应当|应|须|必须)?(?:不少于|不得少于|至少)$")


def _is_procedure_staffing(x: _Mention) -> bool:
    return x.unit == "人" and x.value <= 5 and bool(_PROCEDURE_STAFF.search(x.before(14)))


# 各养老服务机构明确1名联系人 (vp_11), 各单位确定1-2名联络员: the persons a body names to liaise, an arrangement, no goal
_CONTACT_PERSON_AFTER = re.compile(r"(?:专职|专门|固定)?(?:联系人|联络员|信息员|对接人)")


def _is_contact_person_count(x: _Mention) -> bool:
    if x.unit not in ("名", "人", "位") or x.value > 5:
        return False  # the literal gates first
    return _CONTACT_PERSON_AFTER.match(x.own, x.m.end()) is not None


def _is_definition(x: _Mention) -> bool:
    """1吨配额等于1吨二氧化碳, 高层住宅是指18层…, 每人每餐计1次: definitions and equivalences; 对应门槛如下：住宿和餐饮业
    年度营业额200万元以上，…: the thresholds a label defines, listed after it in its sentence."""
    if x.before(1) == "计" and x.before(2) not in ("共计", "合计", "累计", "总计"):
        return True
    if _DEFINITION.search(x.clause):
        return not _glosses_a_goal_code(x)
    if x.own.find("门槛", x.sentence_start, x.start) >= 0 and _THRESHOLDS_LISTED.search(x.own, x.sentence_start, x.start):
        return True
    return _conditions_listed_before(x)


def _conditions_listed_before(x: _Mention) -> bool:
    """设定标准条件，原则上：A应达到10人以上；B不少于20家；C应不低于200万元 (vg_10): the label governs its list across
    the ；that part its conditions, up to the sentence's 。 (looked for within 200 characters back)."""
    lo = max(0, x.start - 200)
    at = x.own.find("标准条件", lo, x.start)
    if at < 0:
        return False
    return x.own.find("。", at, x.start) < 0 and _CONDITIONS_LISTED.match(x.own, at) is not None


# 本措施涉及行业“首达标”对应门槛如下：住宿和餐饮业年度营业额200万元以上，… (vb_05): the label of a list of thresholds
_THRESHOLDS_LISTED = re.compile(r"门槛(?:如下|分别为|为|是)?[ \t]?[：:]")
# 可参照本指标设定标准条件，原则上：设计团队人员数量应达到10人以上；… (vg_10): the conditions a label sets, listed after it
_CONDITIONS_LISTED = re.compile(r"标准条件[^。；;：:]{0,8}[：:]")


def _is_band(x: _Mention) -> bool:
    """500万以上1000万以下, 处1万元以上3万元以下: the two ends of a class or a penalty band; 超过500亿元人民币至2000亿元
    人民币的部分 (ub_07): the ends of a bracket a rate is charged on; 储存6个月以内的，不超过0.1%；储存6个月以上…的，
    不超过0.15% (ub_02): a schedule's allowance for each class."""
    if x.m.group("post") == "以上" and _BAND_UPPER.match(x.own, x.m.end()):
        return True
    if x.m.group("post") == "以下" and x.before(2) == "以上":
        return True
    return _ends_a_bracket(x) or _is_scheduled_allowance(x)


# …超过500亿元人民币至2000亿元人民币的部分，按照4%计算: 的部分 after the amount (or after the bracket's upper end)
_PORTION_AFTER = re.compile(r"(?:人民币)?(?:\s?[至到—－\-~～]\s?\d[\d.]*\s?[万亿]?元(?:人民币)?)?的部分")


def _ends_a_bracket(x: _Mention) -> bool:
    return (x.unit.endswith("元") and x.own.find("部分", x.m.end(), x.m.end() + 24) >= 0
            and _PORTION_AFTER.match(x.own, x.m.end()) is not None)


# …的，不超过0.1%；…的，不超过0.15%: a value straight after a clause that closes a bounded class (以内的 / 以上的), in a run
# of two such pairs at least
_CLASS_CLAUSE = r"(?:以内|以上|以下|以外)的[，,](?:累计|均|每年)?(?:不超过|不高于|不得超过)?"
_CLASS_CLAUSE_BEFORE = re.compile(_CLASS_CLAUSE + "$")
_SCHEDULED_PAIR = re.compile(_CLASS_CLAUSE + r"\d")
_SCHEDULE_REACH = 80


def _is_scheduled_allowance(x: _Mention) -> bool:
    if x.own.find("的", max(0, x.start - 10), x.start) < 0 or not _CLASS_CLAUSE_BEFORE.search(x.own, max(0, x.start - 12), x.start):
        return False
    lo, hi = max(0, x.start - _SCHEDULE_REACH), min(len(x.own), x.m.end() + _SCHEDULE_REACH)
    return sum(1 for _ in _SCHEDULED_PAIR.finditer(x.own, lo, hi)) >= 2


def _is_scope(x: _Mention) -> bool:
    """针对首年关税为零的2034种商品, 对64个重大产业项目建设进展情况进行通报: the set an action works on,
    not an amount it reaches."""
    if _is_set_covered(x):
        return True  # 实现7大主导产业和14个地区全覆盖 (wi_01): the set the coverage reaches, all of it
    if _PLACES_THEN_COUNT.match(x.own, x.m.end()) and not x.has_comparator_word:
        return True  # 抓好10个深度贫困县126个农村幼儿园建设 (wi_05): the places the count after them is reached in
    if (place := x.before(2)) in _WITHIN_PLACE and not x.has_comparator_word:
        return True  # 推动省内8个重点汽车产业集群的…融合 (ut_02): the ones a place already holds, counted
    if place in _WHOLE_PLACE and x.before(3)[:1] == "对" and not x.has_comparator_word and _is_count(x):
        # 对全市16个市级海绵城市重点建设区…开展跟踪指导 (vz_10): all a place holds, the set an action works on (推动全省100家
        # 企业实施…, rd_03, names the firms to bring in: a count to reach)
        return True
    if x.unit in _EXTENT_MEASURES and x.own.startswith("范围", x.m.end()):
        return True  # 产城融合区（431平方公里范围内） (vz_01): the extent of the area a rule covers
    if x.before(1) == "对" and not x.has_comparator_word:
        return not _is_intended_work_on(x)
    if _is_class_treated(x):
        return True
    if _AROUND_BEFORE.search(x.own, max(0, x.start - 4), x.start) and _WITHIN_REACH_AFTER.match(x.own, x.m.end()):
        return True  # 收水范围为污水治理站周边3-5公里内村庄: the reach that bounds the area served (to_14)
    if _SCOPE_OPENING.search(x.own, max(_list_start(x), x.start - 4), x.start):
        return True  # 围绕全市10万亩无人农场建设: the set the action works on, named just before the number
    if _is_object_worked_on(x):
        return True
    opening = _SCOPE_OPENING.match(x.own, _list_start(x))  # 针对…的2034种、…的2725种: the whole list
    # 依托省级科技计划每年实施重大项目20项以上: the opening names the means, the number is what a verb after it makes
    return opening is not None and not _goal_words().search(x.own, opening.end(), x.start)


# 实现7大主导产业和14个地区全覆盖 (wi_01; vk_06, vq_09: 107个产业集群全覆盖): a count whose noun 全覆盖 closes names every
# one of a set the work is to reach — the goal is the whole set, the count only says how many there are
_COVERED_AFTER = re.compile(r"[^\d，,。；;、：:\n]{1,10}?全(?:部)?覆盖")


# 10个深度贫困县126个农村幼儿园, 支持10个深度贫困县每县建设好一所中等职业学校 (wi_05), 22个连片县内所有义务教育学校达到…
# (up_03): places counted, then straight another count, 每 (each of them) or 内所有 (all within them): the count of places
# frames the amount or the state that follows (not 5个县内物流中心: 县内 there is part of the thing counted)
_PLACES_THEN_COUNT = re.compile(r"\p{Han}{0,8}?(?:县|市|区|乡|镇|村|街道)(?=\d|每|内(?:所有|全部))")


def _is_set_covered(x: _Mention) -> bool:
    return (x.unit not in _PERCENT_SIGNS and not x.has_comparator_word
            and "覆盖" in x.own[x.m.end():x.m.end() + 14] and _COVERED_AFTER.match(x.own, x.m.end()) is not None)


# 在3个市级核心区域、8个市级重点区域、13条市级重点道路…以及五个新城建设中加大白玉兰应用 (vp_02), 在107个重点集群中
# 优选试点: the counts between 在 and the 中 that closes it name the places an action is taken within, not amounts to reach
_WITHIN_FRAME_CLOSE = re.compile(
    r"[^，,。；;：:\n]{0,40}?(?:之中|中)(?=加大|加强|推进|推广|开展|实施|增加|优选|遴选|选取|选择|打造|布局|探索)")


def _is_set_acted_within(x: _Mention) -> bool:
    at = x.list_start
    while at < x.start and x.own[at] in " \t\u3000":
        at += 1
    if x.own[at:at + 1] != "在" or x.has_comparator_word:
        return False
    return _WITHIN_FRAME_CLOSE.match(x.own, x.m.end()) is not None


# 对…产废量超100吨企业实施强制性清洁生产审核 (uj_09), 对同时符合两项以上大额交易标准的交易，…应当… (tw_11), 省级对存栏300头、
# 500头及1000头以上的奶牛场…给予 (up_11): 对 opens the class a rule treats, and the threshold inside marks who is in it
_DUI_OPENING_R = re.compile(r"(?r)(?<![相针面应核比绝反])对(?![象接标外口比应照于称])")
_LISTED_TO_BOUND = re.compile(r"(?:\s?[、和及或]\s?\d[\d.]*\s?\p{Han}{1,3}?)+(?:" + _BOUND_POSTS_WRITTEN + ")")
_CLASS_NAMED_AFTER = re.compile(r"[^，。；;,\n]{0,16}?的(?!目标|水平|要求|标准|比例|规模)\p{Han}")
_CLASS_NOUN_THEN_RULE = re.compile(r"(?:企业|单位|项目|机构|主体|园区|用户)(?:实施|实行|给予|予以|开展|进行|征收|收取|按)")
_DUI_REACH = 30
_MEETING = re.compile(r"符合|满足|具备|具有")


def _is_class_treated(x: _Mention) -> bool:
    """A threshold inside the phrase 对 opens, with no goal verb between: the class a rule treats (对产废量超100吨企业
    实施…审核), not an amount the plan sets out to reach (到2025年，对50家以上企业开展诊断服务 stays a goal: a count
    with its bound names the firms the work reaches, and no 的 or class noun follows to mark a class)."""
    lo = max(0, x.start - _DUI_REACH)
    if x.own.find("对", lo, x.start) < 0 or x.unit in _PERCENT_SIGNS:  # a share stays a goal (对80%以上的规上企业…)
        return False  # most mentions: no 对 in the few characters before them
    lo = max(lo, x.list_start)  # across 、: 对存栏300头、500头及…
    dui = _DUI_OPENING_R.search(x.own, lo, x.start)
    if dui is None or _goal_words().search(x.own, dui.end(), x.start) or _INTENT_THEN_DUI.search(x.own, max(0, dui.start() - 2), dui.end()):
        return False
    listed = _LISTED_TO_BOUND.match(x.own, x.m.end())
    bounded = _written_as_threshold(x) or listed is not None
    if not bounded:
        return False
    rest_at = listed.end() if listed else x.m.end()
    if x.unit in _COUNT_MEASURES and not _MEETING.search(x.own, dui.end(), x.start):
        return False  # 到2025年，对全市100个以上的村开展整治: the villages the work reaches, unless a condition counts them
    if _CLASS_NAMED_AFTER.match(x.own, rest_at):
        return True  # …两项以上大额交易标准的交易 / 1000头以上的奶牛场
    return not _is_count(x) and _CLASS_NOUN_THEN_RULE.match(x.own, rest_at) is not None  # 超100吨企业实施…


_AROUND_BEFORE = re.compile(r"(?:周边|周围|半径|方圆)$")
_WITHIN_REACH_AFTER = re.compile(r"(?:范围)?(?:内|以内|之内)")
# 拟对73处道路安全隐患路段进行整治: an intent straight before 对, then the work 进行 names
_INTENT_THEN_DUI = re.compile(r"(?:拟|将|计划|力争|争取)对$")
_WORK_AFTER = re.compile(r"[^，。；,;]{0,30}?进行了?")


def _is_intended_work_on(x: _Mention) -> bool:
    """拟对73处道路安全隐患路段进行整治: the plan commits to work (a verb of making or reaching after 进行, up to two
    words of manner before it) on that many; without the intent, 对10个微小水体进行整治 and 对64个…进行通报 name the set
    an action works on (the project's convention, sl_03)."""
    if not _INTENT_THEN_DUI.search(x.before(3)):
        return False
    work = _WORK_AFTER.match(x.own, x.m.end())
    return work is not None and any(_goal_words().match(x.own, work.end() + k) for k in range(3))


_BA_THEN_ACTION = re.compile(r"把[^，。；,;]{0,60}$")
_WORKED_ON = re.compile(r"[^，。；,;]{0,30}?进行")


def _is_object_worked_on(x: _Mention) -> bool:
    """把…明确支持济南建设的66个重大载体平台和项目进行了细化安排: the things 把 hands to the action (进行…) are the set it
    works on, not an amount it reaches."""
    ba = _BA_THEN_ACTION.search(x.own, x.sentence_start, x.start)
    return ba is not None and bool(_WORKED_ON.match(x.own, x.m.end()))


# 创成“五纵四横”主干道2条、“XX迎宾道路”1条 (sz_02): an entry before with its own count then 、: each quoted name
# is counted on its own, the count is no restating of the names
_COUNTED_ENTRY_BEFORE = re.compile(r"\d\s?\p{Han}{1,3}、")


_AMOUNT_MEASURES = frozenset(("吨", "千克", "公斤", "平方米", "亩", "公顷", "公里", "千米", "米", "立方米", "千瓦", "千瓦时"))


def _is_enumeration_count(x: _Mention) -> bool:
    """国家开发银行等9家银行, 国家卫生健康委等4部门制定的, A、B、…共6个部门, 石家庄、…、温州14个城市: how many
    the list just named holds (but 建设浪潮等9个二级节点, 研发中心等10家以上: a count the clause sets out to make).
    A sum of money counts no names: 设施、设备、器材购置8702万元 (uf_02) is what the listed things cost; nor does a mass,
    an area or a length (…再生精密合金、再生铸造母合金等10000吨, uj_03: how much of the listed things is made)."""
    if x.has_comparator_word or x.unit.endswith("元") or x.unit.lstrip("万亿") in _AMOUNT_MEASURES:
        return False
    if (x.before(1) == "”" and x.own.count("“", _list_start(x), x.start) >= 2
            and not _COUNTED_ENTRY_BEFORE.search(x.own, _list_start(x), x.start)):
        return True  # 开展“年货节”“双品网购节”“…电商节”6个全国性活动: the count restates the names just quoted
    if _counts_the_names_listed(x):
        return True
    if not _closes_a_list(x):
        return False
    start = _list_start(x)
    if _STANDING_SETUP.match(x.own, start):
        return True  # 内设办公室、…、城市建设股21个股室: an organisation's standing parts (建设 there is a name's)
    # 优化京洲西路等5条微循环交通: a verb of the goal lexicon before one name and 等N counts the work, more than the
    # names (tk leftover); 续建A、B、…等9个项目 restates the list it names in full
    return not (_MAKING_VERB.search(x.own, start, x.start) or _GOAL_VERB.search(x.own, start, x.start)
                or ("、" not in x.own[start:x.start] and _goal_words().match(x.own, start)))


# 东明县和鄄城县20个示范区: the last two names of a list joined by 和 / 及 / 与 before the count written straight after them
_LAST_PAIR = re.compile(r"[^、和及与]{2,}(?:和|及|与)[^、和及与]{2,}$")


def _counts_the_names_listed(x: _Mention) -> bool:
    """建立威海市、章丘市、…、东明县和鄄城县20个示范区 (tm_11): a count written straight after a list of as many names, the
    last two joined by 和, restates the list in full, even after a verb of making — what it sets up is named already.
    推动新型显示、现代通信、…、软件与信息技术服务6个产业攻坚行动 (wi_01): so does a count of as many names parted by 、
    alone (a 与 inside the last name is no pair's joiner then), unless a verb of making or reaching opens the list
    (新建A、B、C3个站 counts the work to do) or 等 leaves it open (稀土、钨、…、钼等稀有金属工业前5家企业, vw_06)."""
    run = x.own[_list_start(x):x.start]
    names = run.count("、")
    if names < 2 or x.value_max is not None:
        return False
    if x.value == names + 1:
        if "等" in run or _MAKING_VERB.search(run) or _GOAL_VERB.search(run):
            return False
    elif x.value != names + 2 or not _LAST_PAIR.search(run, run.rfind("、") + 1):
        return False
    return not any(c.isdigit() for c in run)


def _closes_a_list(x: _Mention) -> bool:
    """等9家, 共6个 after a list, or a count written straight after the last of three or more names."""
    if x.before(1) == "等" or (x.before(1) == "共" and "、" in x.own[_list_start(x):x.start]):
        return True
    run = x.own[_list_start(x):x.start]
    return run.count("、") >= 2 and bool(_NAME_LIST_END.search(run))


def _is_starting_point(x: _Mention) -> bool:
    """从现状436万亩提高到500万亩, 由不低于房价的30%调整为20%, 10%下调为5%: the value a change starts from; 比“六五”计划期间平均362.9万吨增长24%: the level
    a change is measured against (the change after it is the goal)."""
    if _CHANGE_TO.match(x.own, x.m.end()) and (
        _FROM.search(x.before(6)) or _from_base_words(x) or _CHANGE_NEXT.match(x.own, x.m.end())
    ):
        return True
    if _REACH_NEXT.match(x.own, x.m.end()) and (_FROM.search(x.before(6)) or _from_base_words(x)):
        return True  # 高新技术企业由当前的20家达到35家, 国家质检中心从11家发展到13家: 达到 after 由 / 从 is a change's end
    return bool(_CHANGE_AFTER_BASE.match(x.own, x.m.end())) and bool(_COMPARED_WITH.search(x.own, x.clause_start, x.start))


def _from_base_words(x: _Mention) -> bool:
    """由不低于所购房屋总价的30%: 由 and the base's words before the value, no change between (由五千四百台增加到一万台、
    进而增加到…: 一万台 is the first change's goal)."""
    m = _FROM_BASE_WORDS.search(x.own, x.clause_start, x.start)
    return m is not None and not _CHANGE_VERB.search(x.own, m.start(), x.start)


def _is_policy_named(x: _Mention) -> bool:
    """降低失业保险费率为1%政策 (ut_05): a rate naming the policy it sets (the 1% policy) is the policy's name; so is the
    count of a package of measures carried out (高质量落实省支持滨州30条措施, vg_07: the package called the 30 measures)."""
    if x.unit in _PERCENT_SIGNS:
        return x.own.startswith("政策", x.m.end())
    return (x.unit == "条" and _PACKAGE_AFTER.match(x.own, x.m.end()) is not None
            and _CARRIED_OUT.search(x.own, x.clause_start, x.start) is not None)


# 落实…30条措施, 贯彻…十条意见: a package of measures named by its count (出台10条措施 stays a goal: no 落实 before it)
_PACKAGE_AFTER = re.compile(r"(?:措施|政策|举措|意见)")
_CARRIED_OUT = re.compile(r"落实|贯彻")


def _is_shortfall(x: _Mention) -> bool:
    """部分城区应急排涝能力不足100立方米/小时: 不足 says how far the present falls short; a goal bounds from
    above with 低于 / 以下 / 控制在."""
    return x.m.group("cmp1") == "不足"


def _is_prize_places(x: _Mention) -> bool:
    """金奖一名、银奖二名: how many prizes an award has."""
    return x.before(1) == "奖" and x.unit in ("名", "个", "位")


def _is_formula(x: _Mention) -> bool:
    """覆盖率=…×100%, 日常监测（60%）+实地调研（20%）, 7×24小时, 4孔×5米."""
    if x.before(1) in _FORMULA_SIGNS and not _MARKED_ENTRY.search(x.before(2)):
        return True
    line_start = x.own.rfind("\n", max(0, x.start - 200), x.start) + 1
    line_end = x.own.find("\n", x.m.end(), x.m.end() + 200)
    line = x.own[line_start:line_end if line_end >= 0 else x.m.end() + 200]
    return "=" in line or "＝" in line


def _is_reference(x: _Mention) -> bool:
    """下列四项条件, 以下两种方式, 选择1所: pointers to a list or a choice, not amounts to reach."""
    if x.has_comparator_word or x.value_max is not None:
        # 各选择10个以上智能工厂试点示范项目, 每个特色产业选择2－3家龙头企业 (up_10): a bound or a range of how many
        # to choose is a count to reach (选择1所: one choice)
        return False
    return bool(_REFERENCE_BEFORE.search(x.before(4))) and not _CHOSEN_EACH_PERIOD.search(x.before(6))


# 每年选择100家…企业开展品牌提升 (up_05): how many are chosen every year, a quota (选择1所 alone: one choice)
_CHOSEN_EACH_PERIOD = re.compile(r"每(?:年度?|季度?|月|批)选择$")


def _is_phase_name(x: _Mention) -> bool:
    """二期工程, 陶家路三期: a phase is named, not counted."""
    return x.unit == "期" and x.chinese


def _is_small_chinese_count(x: _Mention) -> bool:
    """两个市场、两种资源, 三张清单, 收支两条线: small counts written in words describe, they set no goal.

    A goal counted in words stands at the end of its clause (建设展馆一座。) or after a verb of making.
    """
    if not x.chinese or x.chinese_range or x.value > 10 or x.has_comparator_word:
        return False
    if _CLAUSE_END.match(x.after) or _MAKING_VERB.search(x.before(3)):
        return False
    if x.unit == "次" and _PER_HEAD_AT_LEAST.search(x.own, max(x.clause_start, x.start - 12), x.start):
        return False  # 每名教师至少参加一次培训 (uy_10): how often each one takes part, a quota
    return x.unit in _COUNT_MEASURES and not _is_quota_in_words(x)


_PER_HEAD_AT_LEAST = re.compile(r"每[名位人个]\p{Han}{0,4}至少(?:参加|接受|参与)$")


def _is_submitted_material(x: _Mention) -> bool:
    """报名表1张, 照片2张: what an applicant hands in."""
    return x.unit in ("张", "份") and bool(_MATERIAL.search(x.clause))


# 表2…主要评价指标序号指标名称指标内容权重1设计费用投入…团队人员数量应达到20人以上… (vg_10): a scoring table of the
# conditions an applicant is judged on (a name, the condition, its weight), its rows run together on one line
_CRITERIA_TABLE_HEAD = re.compile(r"指标名称[ \t|]*指标内容[ \t|]*(?:权重|分值)")
_CRITERIA_TABLE_REACH = 1500


def _is_in_criteria_table(x: _Mention) -> bool:
    """A condition in the rows of an indicator table weighing what an applicant is judged on (指标名称 | 指标内容 | 权重)
    is a table cell, not a level the plan sets; looked for within _CRITERIA_TABLE_REACH characters back, up to the
    row's text."""
    at = x.own.rfind("指标内容", max(0, x.start - _CRITERIA_TABLE_REACH), x.start)
    return at >= 0 and _CRITERIA_TABLE_HEAD.search(x.own, max(0, at - 12), at + 12) is not None


def _is_table_cell(x: _Mention) -> bool:
    """A number in a table row: the lines around it are short cells, one at least a bare number. A line opening
    on a list sign (▶新增公共停车位800个。 among one-word lines and group numbers 01 … 08) is a list entry."""
    if x.task_row:
        return False  # a task cell printed one cell a line among its row's short cells: the task, no indicator's cell
    pos = x.base + x.start
    lines = _neighbour_lines(x.text, pos)
    cells = sum(1 for line in lines if len(line) <= _CELL_WIDTH and not _SENTENCE_PUNCT.search(line))
    if cells < 4:
        return False  # counted first: a number in prose (most) has no short lines around it, and every test below only says no
    line_start = x.text.rfind("\n", 0, pos) + 1
    if LIST_BULLET.match(x.text, line_start):
        return False
    line_end = x.text.find("\n", pos)
    line = x.text[line_start:line_end if line_end >= 0 else len(x.text)].strip()
    if COUNT_ENTRY.match(line) and len(HAN.findall(line)) >= _WORK_ENTRY_HAN:
        # 完成300户居家环境适老化改造 among group numbers (1, 2 …): a work counted and named, a list's entry (to_01)
        return False
    bare = sum(1 for line in lines if _BARE_CELL.match(line, 0, None, HOLD_GIL) and not _DATELINE_STAMP.match(line))
    return bare >= 1


_CELL_WIDTH = 16  # a table's cell printed on a line of its own is at most this long
# a line counting a work it names at this length (完成300户居家环境适老化改造) is an entry, not a cell (床位数100张)
_WORK_ENTRY_HAN = 8


def _neighbour_lines(text: str, pos: int, n: int = 3) -> list[str]:
    """Up to n non-empty lines before and n after the line holding `pos` (looking at most 400 characters away)."""
    lo, hi = max(0, pos - 400), min(len(text), pos + 400)
    line_start = text.rfind("\n", lo, pos)
    line_end = text.find("\n", pos, hi)
    before = text[lo:line_start].split("\n")[1:] if line_start >= 0 else []  # the first piece may be cut
    after = text[line_end + 1:hi].split("\n")[:-1] if line_end >= 0 else []  # so may the last
    # the n nearest on each side, stripped once each: the window's other lines (a table's dozens) are not looked at
    nearest_before = _first_non_empty(reversed(before), n)
    nearest_before.reverse()
    return nearest_before + _first_non_empty(after, n)


def _first_non_empty(lines, n: int) -> list[str]:
    """The first n lines, stripped, that are not blank (in the order given)."""
    out = []
    if n <= 0:
        return out
    for s in lines:
        s = s.strip()
        if s:
            out.append(s)
            if len(out) == n:
                break
    return out


def _is_example(x: _Mention) -> bool:
    """例如，…; 如徐沪输变电项目拖欠九千八百万元人民币；山西常村煤炭项目拖欠…: an example (or a condition)
    illustrates the present, and so does every ；-clause of the sentence it opens."""
    if _EXAMPLE_OPENER.match(x.own, _list_start(x)):
        return True
    full_stop = _last_break(_YEAR_SCOPE_R, x.own, x.start)
    return x.sentence_start > full_stop and _EXAMPLE_OPENER.match(x.own, full_stop) is not None


def _is_forecast(x: _Mention) -> bool:
    """预计到一九九五年原油加工量约达一亿三千五百万吨: what the plan expects, not what it commits to reach; the
    clauses after it in its sentence go on with it (预计2025年…产量113万吨，分别较2020年增长4.6%) until an intent
    turns to a goal (…，力争…)."""
    if _FORECAST.search(x.own, _list_start(x), x.start):
        return True
    found = _last_match(_FORECAST, x.own, x.sentence_start, x.start)
    return found is not None and not _INTENT.search(x.own, found.end(), x.start)


def _is_split_share(x: _Mention) -> bool:
    """统一按中央财政20%、地方财政80%的比例分成: the shares a sum is divided in."""
    return x.unit in ("%", "‰") and bool(_SPLIT_AFTER.match(x.own, x.m.end()))


# 优秀等次人员的比例，一般掌握在单位参加年度考核的人员总数的15%以内 (ut_10): the share of a headcount a grade may take
_HEADCOUNT_SHARE_BEFORE = re.compile(r"(?:人员总数|总人数|人数)的$")
_GRADE_WORD = re.compile(r"等次|等级|优秀")


def _is_grade_quota(x: _Mention) -> bool:
    """优秀等次人员的比例…掌握在…人员总数的15%以内: a grading rule's quota (the share of those assessed a grade may
    take), no level to reach."""
    if x.unit not in ("%", "‰") or x.own.find("的", max(0, x.start - 2), x.start) < 0:
        return False  # (the pattern's 的 stands right before the figure, or before a line break there: $ allows one)
    if not _HEADCOUNT_SHARE_BEFORE.search(x.own, max(0, x.start - 5), x.start):
        return False
    return _GRADE_WORD.search(x.own, x.sentence_start, x.start) is not None


_INCLUSION_AFTER = re.compile(r"[（(]含\s?(?:[\d一二三四五六七八九十]|本数|本级|该数|此数)|[（(]含[）)]")


def _is_inclusion_note(x: _Mention) -> bool:
    """不低于50万元（含50万元）: the note saying a bound is inclusive repeats the bound, and marks it as a threshold
    of a rule (who may apply, which loans count): a goal never says whether its own level is included."""
    if x.before(1) == "含" and x.before(2)[:1] in ("（", "("):
        return True
    # the bound again after 含 (不低于50万元（含50万元）, （含本数）); not a part the count holds (城区学校10所（含幼儿园4所）)
    return _INCLUSION_AFTER.match(x.own, x.m.end()) is not None


def _is_count_note(x: _Mention) -> bool:
    """一、统配煤矿（29个）, 演出时间：10月20日-11月30日（共22场）: how many entries the list below holds; so
    does a count opening an aside (…所列重点工作的落实（共101项，此外…）)."""
    nxt = x.own[x.m.end():x.m.end() + 1]
    if x.before(2) in ("（共", "(共") and nxt in ("，", ",", "；", ";"):
        return True
    return (x.before(1) in ("（", "(") or x.before(2) in ("（共", "(共")) and nxt in ("）", ")")


def _is_in_responsibility_note(x: _Mention) -> bool:
    """（市财政局、…、17个市级帮扶集团牵头单位和有关区县）: a number inside a note naming who does the task."""
    open_at = max(x.own.rfind("（", max(0, x.start - 200), x.start), x.own.rfind("(", max(0, x.start - 200), x.start))
    if open_at < 0 or max(x.own.rfind("）", open_at, x.start), x.own.rfind(")", open_at, x.start)) >= 0:
        return False
    close = _NOTE_CLOSE.search(x.own, x.m.end(), min(len(x.own), x.m.end() + 200))
    return close is not None and is_note_text(x.own[open_at + 1:close.start()])


# 省内8个重点汽车产业集群: a place's own set, counted straight after 省内 / 市内 …
_WITHIN_PLACE = frozenset(("省内", "市内", "区内", "县内", "境内", "域内"))
_WHOLE_PLACE = frozenset(("全市", "全省", "全区", "全县", "全国"))
_EXTENT_MEASURES = _LENGTHS | frozenset(_AREA_MEASURES) | frozenset(("万平方公里", "平方千米"))


def _is_price(x: _Mention) -> bool:
    """收费标准为300元／人, 租金18元/平方米/月, 对原18个乡镇: a price charged, or the former set acted on."""
    if "元" in x.unit and _PRICE_BEFORE.search(x.own, _list_start(x), x.start):
        return True
    return bool(_FORMER.search(x.before(1)))


def _is_digit_string(x: _Mention) -> bool:
    """一九八七天三月 (a year whose 年 was mistyped), 二〇二五: numerals read digit by digit are dates or codes."""
    n1 = x.m.group("n1")
    return x.chinese and len(n1) >= 3 and all(c in _CN_DIGITS for c in n1)


def _is_clock_minutes(x: _Mention) -> bool:
    """2023年2月28日24:00期间: the minutes of a clock time, whatever word follows them, count nothing."""
    before = x.before(3)
    return len(before) == 3 and before[2] in ":：" and before[0].isdigit() and before[1].isdigit()


def _rest_after_rate(x: _Mention) -> str:
    """The text after the quantity, past a rate per unit of time (30万吨/年的煤矿 -> 的煤矿)."""
    rest = x.own[x.m.end():x.m.end() + 60]
    per = _PER_TIME.match(rest)
    return rest[per.end():] if per else rest


def _is_rate_class(x: _Mention) -> bool:
    """低于30万吨/年的煤矿, 淘汰9万吨/年及以下煤矿: a capacity per year naming the class of plants a rule is about."""
    rest = x.own[x.m.end():x.m.end() + 60]
    if not _PER_TIME.match(rest):
        return False
    rest = _rest_after_rate(x)
    bounded = x.m.group("cmp1") in _THRESHOLD_WORDS or bool(_BOUND_AFTER_RATE.match(rest))
    return bounded and bool(_BOUND_AFTER_RATE.match(rest) or _QUALIFIED_NOUN.match(rest))


def _is_split_by_line(x: _Mention) -> bool:
    """4⏎天津…: a number at the end of one line and a word at the start of the next are no quantity."""
    return "\n" in x.m.group(0)


def _is_figure_reference(x: _Mention) -> bool:
    """如图1所示, 智能制造标准体系结构图如图2所示: a figure pointed to."""
    return x.before(1) in ("图", "表") or (x.unit == "所" and bool(_FIGURE_AFTER.match(x.own, x.m.end())))


def _is_frame(x: _Mention) -> bool:
    """以8个国家算力枢纽、10个国家数据中心集群为抓手: the base an action works from."""
    opener = x.own.rfind("以", _list_start(x), x.start)
    return opener >= 0 and bool(_FRAME_AFTER.match(x.own, x.m.end()))


_QUOTED_NAME = re.compile(r"“[^“”]{0,30}”")


def _is_kind_count(x: _Mention) -> bool:
    """将三级指标归纳为26个控制项, 主要有充电站和充电桩两种: how many kinds a thing is sorted into (not 每千人口拥有…4.5个,
    a level per head)."""
    if x.unit not in ("种", "类", "个") or x.has_comparator_word:
        return False
    # (解决“有路无灯、有灯不亮”问题2500个: a 有 inside quotes is part of the name quoted, no verb of sorting)
    before = _QUOTED_NAME.sub("", x.own[_list_start(x):x.start])
    return bool(_SORTED_INTO.search(before)) and not _MAKING_VERB.search(before) and not _PER_HEAD_ENDOWMENT.search(before)


def _is_permission(x: _Mention) -> bool:
    """申请人最多填报19个志愿, 同一人员身份信息只能享受1次: the limit of what a person may ask for."""
    return bool(_PERMITTED.search(x.own, _list_start(x), x.start))


# 推进开发区百万大招工活动, 千亿斤粮食工程: a round 百万 / 千亿 glued to the noun after it names a campaign
_NAME_GLUE = re.compile(r"(?![的甚或和及与至到等])\p{Han}")  # 几十亿甚至超百亿元: a conjunction is no name


# 万名专兼职教师培训者培训能力提升专项培训 (ut_11), 推进实施万名大学生基层就业项目 (vs_11): a name running on from a round
# count to the program it names
_PROGRAM_NAME_AFTER = re.compile(r"[^，,。；;：:、\d\s]{2,24}?(?:培训|工程|计划|行动|项目)(?=[，,。；;：:、\s]|$)")
_ROUND_COUNT = frozenset("百千万")


def _is_campaign_name(x: _Mention) -> bool:
    """百万大招工, 万村千乡市场工程: a bare 万 / 亿 in words with a noun straight after it is part of a name (a
    count has its measure: 百万家企业上云 keeps 家); 开展万名…专项培训: a bare 百 / 千 / 万 with its measure opening
    a program's name (but 培训万名教师 counts the teachers)."""
    if not x.chinese or x.has_comparator_word:
        return False
    if x.unit in _MULTIPLIERS:
        return bool(_NAME_GLUE.match(x.after[:1]))
    return x.m.group("n1") in _ROUND_COUNT and _PROGRAM_NAME_AFTER.match(x.own, x.m.end()) is not None


# 收费按原标准降低20%, 在原收费标准基础上下调30%: a charge cut by the notice itself, a measure taken, not a goal
_FEE_NOUN = re.compile(r"收费|费用|费率|价格|租金|电价|水价|气价|注册费")
_FEE_CUT_BEFORE = re.compile(r"(?:按原(?:收费)?标准|在原[^，。；,;]{0,6}?标准基础上|按原价)(?:分别)?(?:降低|下调|下浮|减收|减少|减半)")


def _is_fee_cut(x: _Mention) -> bool:
    """省质检院将各类委托检验收费按原标准降低20%: a fee lowered from its old standard is a relief granted."""
    lo = _list_start(x)
    return bool(_FEE_CUT_BEFORE.search(x.own, lo, x.start) and _FEE_NOUN.search(x.own, x.clause_start, x.start))


# 用于能源…的比重还不到20%, 尚不足三成: how things stand now, said to show a gap
# (综合利用率仅为56.56%, uj_03: a review's level called low); 开工率已超过90% / 竣工率已达85% (up_03: a level 已 says is
# reached already, progress reported)
_PRESENT_STATE_BEFORE = re.compile(r"(?:还|尚|仅|只)(?:不到|不足|占|有|为)$|已(?:超过|达到|达|突破|超)?$")
# 远远低于先进省份山东94.7%、广东90.2%的综合利用水平 (uj_03): the levels of others a gap is measured against (远 / 明显 /
# 大大 before 低于 / 高于 tells how far apart two levels stand; a cap is 低于 alone)
_GAP_TO_OTHERS = re.compile(r"(?:远远|远|明显|大大)(?:低于|高于|落后于)")


# 2021年三大健康指标分别为：市民平均预期寿命84.11岁、…: a year's figures listed after 为：, no goal named before them
_YEAR_FIGURES_INTRO = re.compile(r"[ \t]*+\d{4}[ \t]?年[^。；;！？!?\n]{0,30}?(?:分别)?为[：:]")
_GOAL_NAMED = GOAL_NAMED


def _is_figures_of_a_year(x: _Mention) -> bool:
    """2021年三大健康指标分别为：市民平均预期寿命84.11岁: the figures a sentence opening on a year lists after 为："""
    intro = _YEAR_FIGURES_INTRO.match(x.own, x.sentence_start)
    return intro is not None and intro.end() <= x.start and _GOAL_NAMED.search(x.own, x.sentence_start, intro.end()) is None


def _is_present_state(x: _Mention) -> bool:
    """比重还不到20%: the present level a notice complains of, not the level it sets; 远远低于…山东94.7%: the levels
    of others the present one falls short of."""
    if _PRESENT_STATE_BEFORE.search(x.before(3)):
        return True
    # the look back stops at the clause's start and at 40 characters (a body with no clause break stays linear)
    return _GAP_TO_OTHERS.search(x.own, max(x.clause_start, x.start - 40), x.start) is not None


# 拆迁大量房屋（拆迁房屋面积占拓宽或新建道路面积50%及以上）: a bracketed bound saying which things are meant
_OPEN_BRACKET = re.compile(r"[（(][^（）()]*$")


# （约3000万千瓦）: an approximate size opening a bracket of its own
_BRACKET_ABOUT = ("（约", "(约")


def _is_bracketed_qualifier(x: _Mention) -> bool:
    """道路拓宽（拆迁房屋面积占…50%及以上）: a bound closing a bracket defines the noun before the bracket; so does an
    approximate size standing alone in brackets (违规项目(约3000万千瓦), uf_07): it glosses the noun, no level to reach."""
    if x.own[x.m.end():x.m.end() + 1] not in ("）", ")"):
        return False
    if x.m.group("post") not in _BOUND_WORDS:
        at = x.m.start()  # the match opens on its 约 (约3000万千瓦), or the number follows one
        return x.own[at - 1:at + 1] in _BRACKET_ABOUT or x.own[at - 2:at] in _BRACKET_ABOUT
    return bool(_OPEN_BRACKET.search(x.own, max(0, x.start - 40), x.start))


# 2万吨及以下铅、锌冶炼, 5吨及以下的电炉 (the latter caught elsewhere): a size bound glued to the plant or product
# (达到37%及以上和40%及以上: 和 and the next level after the bound list two levels, no noun is qualified)
_BOUND_GLUED_NOUN = re.compile(r"(?:及以上|及以下)(?!的|水平|目标|标准|规模|左右|[和与或及、][ \t]?[\d一二三四五六七八九十])\p{Han}")


# 50只以上规模养殖户47个: the noun the bound is glued to (no 的, no goal word), then the count of that noun
# (not 5个以上收入过200亿元的软件产业集群: a count closing its clause, not a threshold qualifying the noun after it)
_CLASS_THEN_COUNT = re.compile(
    r"(?!的|水平|目标|标准|左右|[，,。；;])\p{Han}{2,10}?\d[\d.]*\s?[万亿]?\p{Han}{1,2}(?=[，,。；;、）)\n]|$)")


def _is_size_class(x: _Mention) -> bool:
    """2万吨及以下铅、锌冶炼: X及以下 / X及以上 written straight before a noun names a class of plants; so does a
    bound or a range glued to a noun that a count of its own follows (50只以上规模养殖户47个, 10—50只分散养殖户150户)."""
    if _BOUND_GLUED_NOUN.match(x.own, x.m.end() - len(x.m.group("post") or "")):
        return True
    bounded = x.m.group("post") in _BOUND_WORDS or x.value_max is not None
    return bounded and bool(_CLASS_THEN_COUNT.match(x.own, x.m.end()))



# 保留发展的二十九个厂子中，除…外, 在现有五万多种产品中，使…: the set the sentence picks members out of
_PARTITIVE_AFTER = re.compile(r"\p{Han}{0,8}?中[，,]")


# the set is one already named: 在 / 从 / 于 opening it, 其余 / 剩余 / 其他 picking the rest, or a 的 right before the
# count (保留发展的二十九个厂子中); 免费为1000人筛查脑卒中， (wx_01) is a service, its 中 the end of 脑卒中
_PARTITIVE_OPENING = re.compile(r"在|从|于|其余|剩余|其他|的$")


def _is_partitive(x: _Mention) -> bool:
    """保留发展的二十九个厂子中，…: a set already named, out of which the sentence picks some, is no goal."""
    if x.has_comparator_word or _PARTITIVE_AFTER.match(x.own, x.m.end()) is None:
        return False
    return _PARTITIVE_OPENING.search(x.own, x.clause_start, x.start) is not None


# 8个方面、33件实事项目, 2024年实施47项民生实事, 办好15件重点民生实事: how many works a 实事 list holds; the
# list's entries carry the goals
_WORKS_LISTED_AFTER = re.compile(r"(?:重点)?(?:民生|为民)?(?:实事|办实事)")


# 这5项预计10月底前全部完成, 上述3项, 常态化开展的有3项（…） (wx_07): the count of items the text lists, picked out by
# a demonstrative or tallied by kind (…的有N项), not a level any of them reaches
# a typeset guide's 可同时支持这 2 个项目 (xc_03): the same with the blank the typesetting put before the number, and 个
_ITEMS_REFERRED_BEFORE = re.compile(r"(?:这|此|上述|以上|前述|的有)[ \t]?$")


def _is_count_of_listed_items(x: _Mention) -> bool:
    if (x.unit != "项" and x.unit != "件" and x.unit != "个") or x.has_comparator_word:
        return False
    return _ITEMS_REFERRED_BEFORE.search(x.own, max(0, x.start - 3), x.start) is not None


# 我市2019年单位GDP能耗降幅目标为3.4%，…确保全市完成单位地区生产总值能耗降低3.4%的约束性目标 (wx_05): a level written as
# what a goal is (…N%的约束性目标) names again the goal its node set before with the same figure; read once, where set
_GOAL_NOUN_AFTER = re.compile(r"的(?:约束性|预期性|年度|既定|各项)?(?:目标|任务)")


def _is_goal_named_again(x: _Mention) -> bool:
    if not x.own.startswith("的", x.m.end()) or _GOAL_NOUN_AFTER.match(x.own, x.m.end()) is None:
        return False  # the literal first: most figures are not followed by 的
    figure = x.own[x.start:x.m.end()]
    at = x.own.rfind(figure, 0, x.start)
    return at >= 0 and (at == 0 or not (x.own[at - 1].isdigit() or x.own[at - 1] == "."))


# 每人每年享受补贴次数最多不超过三次 (xg_01, xg_03): how many times one may draw a benefit, a cap of the rule, no goal
_TIMES_ALLOWED_BEFORE = re.compile(
    rf"(?:享受|申请|申领|领取)\p{{Han}}{{0,6}}次数(?:累计)?(?:最多|至多)?(?:{CAP_WORDS})?[ \t]?$")


def _is_times_allowed(x: _Mention) -> bool:
    before = x.clause_before
    return "次数" in before and _TIMES_ALLOWED_BEFORE.search(before) is not None


# 学校领导和教研人员一般不超过各市推荐指标的10％, 教师一般不超过各市推荐指标的30%、30%、30%、10% (xg_09): the most of a
# quota one group may take, a cap of the allocation rule (a share bound to a use, 占…名额的比例不低于10％, stays a goal)
_SHARE_CAP_OF_QUOTA_BEFORE = re.compile(
    rf"(?:{CAP_WORDS}|不高于)[^，。；;\d]{{0,12}}?(?:指标|名额)的(?:\d{{1,3}}(?:\.\d{{1,2}})?[%％]、)*$")


def _is_share_cap_of_quota(x: _Mention) -> bool:
    if x.unit not in _PERCENT_SIGNS or x.own.find("的", x.start - 24 if x.start > 24 else 0, x.start) < 0:
        return False  # the literals first
    before = x.own[_list_start(x):x.start]  # back across 、: the later shares of the list the cap is said of
    return ("指标的" in before or "名额的" in before) and _SHARE_CAP_OF_QUOTA_BEFORE.search(before) is not None


# 可由2名以上具备正高级职称的同行专家推荐 (xg_05): how many must vouch for an applicant, a condition of the rule, no goal
_WHO_MAY_ACT_BEFORE = re.compile(r"(?:可以?|须|需|应当?)由$")


def _is_who_may_act(x: _Mention) -> bool:
    return x.before(1) == "由" and _WHO_MAY_ACT_BEFORE.search(x.before(4)) is not None


# 共100多人参加了主会场会议 (xg_11): how many took part in an event told, a record, no goal
_ATTENDED_AFTER = re.compile(r"[ \t]?(?:参加|出席|参与)了")


def _is_attendance_told(x: _Mention) -> bool:
    return x.unit in ("人", "名", "人次") and _ATTENDED_AFTER.match(x.own, x.m.end()) is not None


# Ⅰ级（特大规模）转移安置行动，指全区需转移安置的人员在2万人以上 (xb_03): a clause opened by 指 after a grade of a
# response names what the grade means, a level definition, no goal (指导 / 指标 / 指出… are other words)
_GRADE_DEFINED_OPENING = re.compile(r"[ \t]?指(?![导标出定挥数南引示令])")
_GRADE_BEFORE = re.compile(r"[ⅠⅡⅢⅣⅤIV一二三四五]级|(?:特别)?重大|较大|一般")


def _is_level_defined(x: _Mention) -> bool:
    opening = _list_start(x)  # back across 、: 在4000人以上、2万人以下 share the clause's 指
    if x.own.find("指", opening, opening + 2) < 0:
        return False  # the literal first: most clauses do not open with 指
    if _GRADE_DEFINED_OPENING.match(x.own, opening) is None:
        return False
    return x.own.find("级", x.sentence_start, opening) >= 0 and \
        _GRADE_BEFORE.search(x.own, x.sentence_start, opening) is not None


def _is_works_list_count(x: _Mention) -> bool:
    """33件实事项目, 47项民生实事: the number of works a list of 实事 holds, not a level any of them reaches."""
    return x.unit in ("件", "项") and _WORKS_LISTED_AFTER.match(x.own, x.m.end()) is not None


# 其中新增56个税则税目，删除7个税目（见附件二）: a sentence that sends to an attachment for the items it counts
_SEE_ATTACHMENT = re.compile(r"[（(](?:详见|见|名单见|具体见)附件[一二三四五六七八九十\d]{0,3}[）)]")
# 到2025年 / 力争 / 确保 / 争取 / 目标: a sentence that sets a goal, whatever sizes it counts
_GOAL_WORDS = intent_words("goal_year", "strive", "goal")


def _is_listed_in_attachment(x: _Mention) -> bool:
    """A count in a sentence that sends to an attachment for its items (…新增56个税则税目，删除7个税目（见附件二）)
    sizes the attached list, as 所列 points to one: no goal, unless the sentence sets one (到2025年 / 力争 / 目标)."""
    sentence = x.sentence
    return not x.has_comparator_word and bool(_SEE_ATTACHMENT.search(sentence)) and not _GOAL_WORDS.search(sentence)


def _is_step(x: _Mention) -> bool:
    """每增加1人给予3000元补贴, 每增、减1个百分点, 每成功引进1名…人才: the step a payment or a score is reckoned by."""
    return bool(_STEP_BEFORE.search(x.before(6)))


# 按照产值每新增1000万元奖励2万元的标准, 每超1亿元给予8万元的奖励: the sum paid per step of growth in a value (money,
# points, tonnes), the rate an award is reckoned at (docs/gold-format.md: a rate a scheme is reckoned at is no target);
# a step of heads (每招用1名高校毕业生1000元的标准) pays a flat standard per head and stays read
_PAID_PER_STEP_BEFORE = re.compile(
    r"每(?:新增|增加|增长|增|超过|超出|超|多)[ \t]?[\d.]+[ \t]?[万亿]?(?:元|个百分点|百分点|吨|千瓦时)"
    r"[^，,。；;]{0,12}?(?:奖励|补助|补贴|奖补|资助|给予)\p{Han}{0,2}$")


def _is_paid_per_step(x: _Mention) -> bool:
    """每新增1000万元奖励2万元: the award per step of growth, a rate, no sum a body commits to."""
    return "每" in x.clause_before and _PAID_PER_STEP_BEFORE.search(x.clause_before) is not None


# 加快建设总投资7.58亿元的县医院迁建项目: the total investment a project is named by, its size (not the plan's sum)
_TOTAL_INVESTMENT_BEFORE = re.compile(r"总投资(?:约|达)?$")
_PROJECT_NAMED_AFTER = re.compile(r"的[^，,。；;\n]{0,20}?(?:项目|工程)")
# 推动首期规模10亿元的“国投京津冀科技成果转化创业投资基金（有限合伙）”正式运营 (vg_05): a fund its quoted name and
# its size say which one is meant (设立规模10亿元的产业基金, a fund to set up at that size, stays a goal)
_FUND_SIZE_BEFORE = re.compile(r"规模(?:为|约|达)?$")
_FUND_NAMED_AFTER = re.compile(r"的[“\"][^，,。；;\n”\"]{1,40}?基金")


def _is_candidate_pool(x: _Mention) -> bool:
    """形成10个民生实事候选项目, 推荐5名候选人: the pool a choice is made from, not a number to reach."""
    return bool(_CANDIDATES_AFTER.match(x.own, x.m.end()))


def _is_project_size(x: _Mention) -> bool:
    """The size of the project a sentence names (总投资7.58亿元的…项目), or of the fund (首期规模10亿元的…创业投资基金,
    vg_05), not a sum the plan sets to invest."""
    if not x.unit.endswith("元"):
        return False
    before = x.before(6)
    if _TOTAL_INVESTMENT_BEFORE.search(before):
        return bool(_PROJECT_NAMED_AFTER.match(x.own, x.m.end()))
    return "规模" in before and bool(_FUND_SIZE_BEFORE.search(before)) and bool(_FUND_NAMED_AFTER.match(x.own, x.m.end()))


# 完成年度计划的104.44%: the share of the year's plan a report says was done; above the whole, no goal sets it
_TALLY_OF_PLAN = re.compile(r"完成(?:年度|全年)?(?:目标|计划|任务)的\s?(?P<v>\d+(?:\.\d+)?)\s?%")


def _is_tally_of_plan(x: _Mention) -> bool:
    """全省完成改造21702间，完成年度计划的108.5%: a sentence that tallies the plan's work as done beyond it reports
    every figure it holds (tl_06)."""
    sentence = x.sentence
    return "完成" in sentence and any(float(t.group("v")) > 100 for t in _TALLY_OF_PLAN.finditer(sentence))


# 全省新增301所学校均已结合实际…, 含2022年60家已开放场馆: what the counted things have done already
_DONE_AFTER_COUNT = re.compile(r"\p{Han}{0,8}?(?:均|都|全部)?已(?!经?[，,])")


# 126条农村黑臭水体治理已完成120条 (wx_07): how many of the things counted are done so far, a count of its own after
# the verb; the first count is the work planned, its progress told beside it
_PART_DONE_AFTER = re.compile(r"(?:完成|建成|开工|竣工|送|办结)[^，,。；;\d]{0,4}\d")


def _is_done_by_the_counted(x: _Mention) -> bool:
    """A count whose clause goes on to say the things counted have done it (均已…, 已开放) tells a result."""
    if "已" not in x.own[x.m.end():x.m.end() + 12]:
        return False
    done = _DONE_AFTER_COUNT.match(x.own, x.m.end())
    return done is not None and _PART_DONE_AFTER.match(x.own, done.end()) is None


# 新建建筑严格实施节能50%的设计标准: a rate a standard is named by, applied, not a level to reach
_STANDARD_NAMED_AFTER = re.compile(r"的(?:设计|建设|节能|排放)?标准")


def _is_standard_named(x: _Mention) -> bool:
    return x.unit == "%" and bool(_STANDARD_NAMED_AFTER.match(x.own, x.m.end()))


# 委员会由15至25名委员组成, 理事会由理事7至11人组成: how many a body is made of (its size, set by the rule), no goal
_MADE_OF_BEFORE = re.compile(r"由[^，,。；;：:\n]{0,16}$")
_MADE_OF_AFTER = re.compile(r"[^，,。；;：:\n\d]{0,12}?(?:组成|构成)")
_PEOPLE = ("名", "人", "位")
# 组建由100名专家组成的…: the team a plan makes (建立, 打造, 培育, 建设, 组织 are making verbs, asked beside it)
_SET_UP = re.compile(r"组建|成立")


def _is_provisional_allotment(x: _Mention) -> bool:
    """学校全日制在校生规模暂定为18000人: a size set for the time being (an approval's allotment), not a level to reach."""
    return _PROVISIONAL_BEFORE.search(x.own, max(x.clause_start, x.start - 6), x.start) is not None


_PROVISIONAL_BEFORE = re.compile(r"暂定(?:为|是)?[ \t]?$|暂按[ \t]?$")


# 支持石家庄幼儿师范高等专科学校等3所…, 重点支持3所幼儿师范高等专科学校开展… (uy_03, ut_11): schools that exist, named
# or counted after a verb of support (支持建设3所 makes them: a verb of making stands between)
_SUPPORTED_BEFORE = re.compile(r"支持(?:[^，。；;,、\d]{2,30}等)?$")


def _is_supported_institutions(x: _Mention) -> bool:
    """How many existing schools a measure supports, no schools to make."""
    if x.unit != "所" or x.has_comparator_word or "支持" not in x.clause_before:
        return False
    if _DETAILING_OPENER.match(x.own, x.clause_start):
        return False  # 遴选建设15个…基地，其中重点支持5所… (ut_11): a part of the goal the clause before sets
    return _SUPPORTED_BEFORE.search(x.own, max(x.clause_start, x.start - 34), x.start) is not None


# 2013年我省投入的就业再就业资金总额为283203万元，其中：… (uy_09): the sum spent, told with its parts, a record
_SPENT_TOTAL_BEFORE = re.compile(r"(?:投入|下达|拨付|支出|使用)的\p{Han}{0,16}总额为$")
_PARTS_AFTER = re.compile(r"[，,]\s?其中")


def _is_spent_total(x: _Mention) -> bool:
    return (x.unit.endswith("元") and "总额为" in x.before(3)
            and _SPENT_TOTAL_BEFORE.search(x.own, max(x.clause_start, x.start - 24), x.start) is not None
            and _PARTS_AFTER.match(x.own, x.m.end()) is not None)


# 每个市实地调查的时间控制在6—15天 (uy_09): the time a step of the plan's own procedure takes, a time limit
_PROCEDURE_TIME_BEFORE = re.compile(r"(?:调查|检查|督查|核查|考察|评价|评估)的时间(?:控制在|为|不超过)$")


def _is_procedure_time(x: _Mention) -> bool:
    return (x.unit in ("天", "日", "小时", "个工作日", "工作日") and "的时间" in x.clause_before
            and _PROCEDURE_TIME_BEFORE.search(x.own, max(x.clause_start, x.start - 12), x.start) is not None)


def _is_rate_base(x: _Mention) -> bool:
    """孕产妇死亡率下降到10/10万: the 10万 after the slash is the population a rate is counted per, not a level."""
    return x.start >= 2 and x.own[x.start - 1] == "/" and x.own[x.start - 2].isdigit()


def _is_body_size(x: _Mention) -> bool:
    """由…N名…组成: the number of members a committee or council is made of; a team the plan sets up of so many
    (组建由100名专家组成的服务团) stays a goal."""
    if x.unit not in _PEOPLE or _MADE_OF_AFTER.match(x.own, x.m.end()) is None:
        return False
    made_of = _MADE_OF_BEFORE.search(x.own, max(x.clause_start, x.start - 16), x.start)
    return (made_of is not None
            and not _SET_UP.search(x.own, x.clause_start, made_of.start())
            and not _MAKING_VERB.search(x.own, x.clause_start, made_of.start()))


# 可增加到10%的权重 (vi_10): the weight a result counts for in a scoring scheme, no level to reach (scores are no targets)
_WEIGHT_AFTER = re.compile(r"的?权重")


def _is_scoring_weight(x: _Mention) -> bool:
    return x.unit in _PERCENT_SIGNS and "权重" in x.after and _WEIGHT_AFTER.match(x.own, x.m.end()) is not None


def _is_form_criterion(x: _Mention) -> bool:
    """企业职工总数不超过500人…□符合□不符合, □6%（含）以上（50分）(vi_05): a criterion of a form an applicant ticks
    (□ in the clause), no level the notice sets. The clause is bounded (never the node's whole text)."""
    return "□" in x.clause


# 对见习后留用率50%以上的见习单位，补贴标准提高10% (vi_02, vi_06): a standard raised by a share for a class the clause
# before addresses is a payout rule, as a fee cut from its old standard is a relief; a standard raised for all
# (人均基本公共卫生服务项目政府补助标准提高5.95%, tl_06) stays a goal
_STANDARD_RAISED_BEFORE = re.compile(r"标准(?:提高|上调|上浮)$")
_CLASS_ADDRESSED = re.compile(r"对[^，。；;,]{1,30}的[^，。；;,]{0,8}[，,][ \t]?$")


def _is_standard_raised(x: _Mention) -> bool:
    if x.unit not in _PERCENT_SIGNS:
        return False
    before = x.before(6)  # (a slice each call: made once)
    if "标准" not in before or _STANDARD_RAISED_BEFORE.search(before) is None:
        return False
    return _CLASS_ADDRESSED.search(x.own, max(x.sentence_start, x.clause_start - 48), x.clause_start) is not None


# 代表作数量原则上不超过5篇 (vi_10): the most a submission may hold in principle, a cap of a rule, no goal
_CAP_IN_PRINCIPLE_BEFORE = re.compile(rf"数量原则上(?:{CAP_WORDS})$")


def _is_cap_in_principle(x: _Mention) -> bool:
    before = x.before(10)  # (a slice each call: made once)
    return "原则上" in before and _CAP_IN_PRINCIPLE_BEFORE.search(before) is not None


# 裁员率放宽至不超过企业职工总数20%, 最低资本金比例下浮不超过5个百分点 (vi_06): a rule's threshold relaxed, no level to reach
_RELAXED_BEFORE = re.compile(r"(?:放宽(?:到|至|为)|下浮)(?:不超过|不高于|不低于)?[^，。；;,\d]{0,8}$")


def _is_threshold_relaxed(x: _Mention) -> bool:
    before = x.clause_before
    return ("放宽" in before or "下浮" in before) and _RELAXED_BEFORE.search(before) is not None


# 每月每平方米居住面积租金补贴在前述基础上，上浮20% (vz_09), 收费标准下浮10%: a charge or a grant set above or below its
# base, the rate a scheme is reckoned at, no level to reach
_FLOATED_BEFORE = re.compile(r"(?:上浮|下浮)(?:比例)?(?:为|不超过|不高于|最高|最多)?[ \t]?$")


def _is_rate_floated(x: _Mention) -> bool:
    return x.unit in _PERCENT_SIGNS and "浮" in (before := x.before(8)) and _FLOATED_BEFORE.search(before) is not None


# 发展50万人的中等城市，培育5万人的中心镇; 总面积5.88万平方公里、常住人口4670万的郑州都市圈 (vi_03): the size that describes a
# kind of place (its population or area before 的), not a count the plan makes
_PLACE_AFTER_SIZE = re.compile(r"(?:、[^，。；;,、的]{1,14})?的[^，。；;,、\d]{0,8}?(?:城市|都市圈|城镇|中心镇|小城镇|县城)")
_PLACE_SIZE_UNITS = frozenset(("人", "万人", "万", "平方公里", "万平方公里"))


def _is_place_size(x: _Mention) -> bool:
    return (x.unit in _PLACE_SIZE_UNITS and "的" in x.after
            and _PLACE_AFTER_SIZE.match(x.own, x.m.end()) is not None)


def _is_numbered_project(x: _Mention) -> bool:
    """加快推进安远路899项目 (vo_10): a number glued to 项目 names a project (a house number, a code); 项 here opens 项目,
    no measure counting it (5项目标 counts goals: 目标 follows)."""
    return x.unit == "项" and x.after.startswith("目") and not x.after.startswith("目标")


# 每个项目授奖人数不得超过10人, 每年每类不超过3人 (vl_05, vl_07): the most a rule allows per item, class or time, no level
# to reach (a rate per head of population — 每万人, 每千人口 — is a measure and is not read here)
_PER_ITEM_CAP = rf"每(?:个项目|项目|项|类|次|个单位|家|年每类)[^，。；;,\d]{{0,10}}?(?:{CAP_WORDS})"
_CAP_PER_ITEM_BEFORE = re.compile(_PER_ITEM_CAP + "$")


# 单个项目支持金额最高不超过200万元, 单个文件不超过50M (vz_02): 单个 caps each item as 每 does
_SINGLE_ITEM_CAP_BEFORE = re.compile(rf"单个\p{{Han}}{{1,4}}?[^，。；;,\d]{{0,10}}?(?:{CAP_WORDS}|最高|最多)$")


def _is_cap_per_item(x: _Mention) -> bool:
    if x.own.find("每", x.clause_start, x.start) >= 0 and _CAP_PER_ITEM_BEFORE.search(x.clause_before) is not None:
        return True  # (the literal gates first: no slice made for the many mentions with no 每 / 单个 before them)
    return x.own.find("单个", x.clause_start, x.start) >= 0 and _SINGLE_ITEM_CAP_BEFORE.search(x.clause_before) is not None


# 科学技术进步奖每个项目的授奖人数不超过10人，单位不超过5个 (vl_07): a cap after a comma that goes on from a per-item cap
# shares its 每: the bare bound clause names what else the item may have
_CAP_GOING_ON = re.compile(rf"[^，。；;,\d]{{1,8}}(?:{CAP_WORDS})$")
_PER_ITEM_CAP_CLAUSE = re.compile(_PER_ITEM_CAP + r"\d+[^，。；;,\d]{0,3}[，,]$")


def _is_cap_going_on_from_per_item_cap(x: _Mention) -> bool:
    lo = max(0, x.clause_start - 40)
    if x.clause_start < 1 or x.own.find("每", lo, x.clause_start) < 0:
        return False  # the literal gate first
    if _CAP_GOING_ON.fullmatch(x.own, x.clause_start, x.start) is None:
        return False
    return _PER_ITEM_CAP_CLAUSE.search(x.own[lo:x.clause_start]) is not None


# 2018年，我省计划为53个国贫县、省贫县、连片区县招聘特岗教师7000名 (vl_03): a count right after 为 names the places or
# bodies an action is for when the clause goes on to the figure the action sets (the teachers to hire); 为 as a copula
# (数量为53个，) ends its clause with the count; sums and shares after 为 are values (标准分别为2413元、2512元)
_FIGURE_LATER = re.compile(r"[^，。；;,、\d\n][^，。；;,\n]*?\d")  # the places named first, then the figure, in one line


def _is_count_of_beneficiaries(x: _Mention) -> bool:
    if x.before(1) != "为" or x.before(2) in ("成为", "改为", "变为", "分为", "调为", "定为"):
        return False  # the literal gates first
    if x.unit[:1] not in _COUNTABLE:
        return False  # sums, shares and spans after 为 are values (标准分别为2413元、2512元, 有效期调整为180天)
    return _FIGURE_LATER.match(x.own, x.m.end()) is not None

# 股权激励总额不超过企业总股本的5%, 每次激励人数不超过企业在岗职工总数的30％ (vl_06): a sum, a count or a stake a rule
# caps at a share of a base it names between the bound and the share (a goal's share is bounded at the number: 占比不超过
# 30%; 能耗不超过全国平均水平的80% names no sum, count or stake and stays a goal)
_SHARE_CAP_OF_BASE_BEFORE = re.compile(
    r"(?:总额|人数|金额|数量|额度|份额|股权)(?:原则上)?(?:不得超过|不超过|不高于|不得高于)[^，。；;,\d]{2,24}的$")


def _is_share_cap_of_base(x: _Mention) -> bool:
    if x.unit not in ("%", "％", "‰"):
        return False
    before = x.clause_before
    return "的" in before[-1:] and _SHARE_CAP_OF_BASE_BEFORE.search(before) is not None


# 从该项科技成果转让净收入中提取不低于50%的比例 (vl_06), 提取不低于百分之五十的比例 (vl_11): the share a payout is drawn
# at, a rule's rate (docs/gold-format.md: 提取5% is no target), with or without 可 before it (_MAY_TAKE_SHARE)
_DRAWN_SHARE_BEFORE = re.compile(r"提取(?:当年)?(?:不低于|不少于|不高于|不超过)$")


def _is_drawn_share(x: _Mention) -> bool:
    return x.unit in _PERCENT_SIGNS and "提取" in (before := x.before(10)) \
        and _DRAWN_SHARE_BEFORE.search(before) is not None and x.own.startswith("的比例", x.m.end())


# …推广面积占全省山区适宜推广区域的80%以上，并取得…效益的。可以评为一等奖。 (vl_05): the criteria of an award's grade
_GRADE_AWARDED_AFTER = ("可以评为", "可评为")


def _is_grade_criterion(x: _Mention) -> bool:
    window = min(len(x.own), x.m.end() + 300)
    end = x.own.find("。", x.m.end(), window)
    return end >= 0 and x.own.startswith(_GRADE_AWARDED_AFTER, end + 1)


# 近3年研发费用占当年企业营业收入均在3%以上, 激励方案制定的上一年度企业研发人员占职工总数10%以上 (vl_06): a bound on a
# record of the past years a rule looks back on (近N年, 上一年度) is a condition a party must meet, no level to reach; a
# change set against last year (比上年增长10%以上) is read as before
_LOOK_BACK = re.compile(r"(?<![比较与])(?:近[1-9１-９一二三四五两][ \t]?年|上一?年度)")
_BOUND_WORD = re.compile(r"不低于|不少于|不高于|不超过")
_CHANGE_WORD = re.compile(r"增长|提高|提升|下降|降低|减少|增加|达到|突破")


def _is_record_threshold(x: _Mention) -> bool:
    if x.own.find("近", x.clause_start, x.start) < 0 and x.own.find("上", x.clause_start, x.start) < 0:
        return False  # the literal gate first: most mentions look back on nothing
    before = x.clause_before
    if not (x.has_comparator_word or x.own.startswith("以上", x.m.end()) or _BOUND_WORD.search(before)):
        return False
    return _LOOK_BACK.search(before) is not None and _CHANGE_WORD.search(before) is None



# 完成3万平方米节能率不低于15%的既有公共建筑节能改造 (vo_01): a bound closed by 的 inside a noun phrase an earlier
# quantity of the clause counts defines the class counted (the buildings), no level to reach; the counted quantity
# stays the goal. 比重达到30%的目标 and 列支不低于1%的资金 have no quantity before them and are read as before
_COUNTED_BEFORE = re.compile(
    r"\d[\d.]*[万亿千百]?(?:平方米|平方公里|公里|千米|个|项|家|所|座|栋|幢|户|套|辆|处|条|台)"
    r"[^，。；;,、\d]{1,10}(?:不低于|不少于|不高于|不超过|达到|大于|小于)$")


def _is_class_inside_counted_phrase(x: _Mention) -> bool:
    if not x.own.startswith("的", _past_level_word(x)):
        return False  # the literal gate first: most figures are not closed by 的
    before = x.own[max(x.clause_start, x.start - 40):x.start]
    return _COUNTED_BEFORE.search(before) is not None


# 增加森林覆盖率、自然湿地保有率、占全球种群数量1%以上的水鸟物种数、可再生能源装机量 (vo_02): a figure inside the name of
# a measure listed between 、 defines the class the measure counts; the list names measures, it sets no level. A figure
# opening its entry (实现90%的研发投入出自企业、80%的研发机构建在企业) is each entry's goal, no name's part
_NAME_IN_LIST_BEFORE = re.compile(r"、[^，。；;,、\d]{2,10}$")
_NAME_IN_LIST_AFTER = re.compile(r"(?:以上|以下)?的[^，。；;,、\d]{1,12}、")


def _is_figure_in_listed_name(x: _Mention) -> bool:
    if "、" not in (before := x.before(12)) or not x.own.startswith("的", _past_level_word(x)):
        return False  # the literal gates first
    return _NAME_IN_LIST_BEFORE.search(before) is not None and _NAME_IN_LIST_AFTER.match(x.own, x.m.end()) is not None


_GOAL_YEAR_OPENS = re.compile(r"到\s?\d{4}\s?年")  # 到2023年: the year a goal is set for

# 中小高新技术企业，是指注册在我省境内…，且年销售额和资产总额均不超过2亿元、从业人数不超过500人 (vl_10): the bounds a
# definition sets for its class, in a clause after the 是指 that opens it within the same sentence
def _is_bound_of_defined_class(x: _Mention) -> bool:
    at = x.own.find("是指", x.sentence_start, x.start)
    if at < 0 or x.own.find("。", at, x.start) >= 0:
        return False
    if _glosses_a_goal_code(x):
        return False
    # …的优质中小企业，到2023年，培育上市企业8至10家: a goal year after the definition opens the goals it sets
    return x.own.find("到", at, x.start) < 0 or _GOAL_YEAR_OPENS.search(x.own, at, x.start) is None



# 完成“1+20+30+100”的任务。其中，…“20”是指新建…特色园20座 (vp_02): 是指 glosses a goal's code, the quoted number the
# count it spells out; the count is the goal, no bound of a defined class
_QUOTED_CODE_BEFORE = re.compile(r"[“\"](\d+)[”\"]$")


def _glosses_a_goal_code(x: _Mention) -> bool:
    at = x.own.rfind("是指", x.sentence_start, x.start)
    if at < 0 or x.own.find("“", at, x.start) >= 0:
        return False  # no gloss, or the gloss of another code comes between
    code = _QUOTED_CODE_BEFORE.search(x.own, max(0, at - 8), at)
    return code is not None and float(code.group(1)) == x.value


# 在“聚焦深化对外开放…”方面(分解任务15项) (vn_09): a bracket that only tallies the tasks a part lists counts what the
# document holds, no goal; the tasks themselves carry the goals
_TASK_TALLY_OPENED = re.compile(r"[（(][^（()）]{0,6}任务$")


def _is_bracketed_task_tally(x: _Mention) -> bool:
    if x.unit != "项" or not x.own.startswith((")", "）"), x.m.end()):
        return False  # the literal gates first
    return _TASK_TALLY_OPENED.search(x.before(10)) is not None


# 单户在保余额上限从1000万元提高至不超过3000万元, 代偿赔付上限从4%提高至5% (vt_07): a cap, raised or set, is no goal
_CAP_NAMED_BEFORE = re.compile(
    r"上限(?:[从由][^，。；;,]{0,16}?(?:提高|提升|上调|调整|放宽))?(?:至|到|为|是)?(?:不超过|不高于|最高)?$")


def _is_cap_named(x: _Mention) -> bool:
    before = x.before(30)
    return "上限" in before and _CAP_NAMED_BEFORE.search(before) is not None


# 申请创新券的最高额度不超过10万元, 首次申请不超过3万 (wc_10): the most an applicant may apply for is a cap a rule sets
# (docs/gold-format.md: a cap is no target), not a level to reach
_APPLIED_FOR_CAP_BEFORE = re.compile(r"申(?:请|领)[^，。；;,\d]{0,16}?(?:不得超过|不超过|不高于|最高为?|最多)$")


def _is_cap_applied_for(x: _Mention) -> bool:
    if x.own.find("申", x.start - 24 if x.start > 24 else 0, x.start) < 0:
        return False  # a literal gate in place: no slice made for the many mentions with no 申 before them
    return _APPLIED_FOR_CAP_BEFORE.search(x.before(24)) is not None


# 享有股权收益最高可达70% (vt_10): the most a rule lets a party have, not a level to reach
_MOST_PERMITTED_BEFORE = re.compile(r"最高可(?:以)?(?:达到|达|至|到)?$")


def _is_most_permitted(x: _Mention) -> bool:
    return "最高可" in (before := x.before(8)) and _MOST_PERMITTED_BEFORE.search(before) is not None


# 各省（区、市）推荐试点城市数量不超过3个 (vv_09), 每所高校推荐项目不超过2项: how many a body may put forward in a call
# for applications, a quota of the call, no level to reach (a bound on a measure the plan sets — 排放量不超过… — names no
# 推荐 / 申报 / 报送 before it)
_SUBMISSION_QUOTA_BEFORE = re.compile(
    rf"(?:推荐|申报|报送|上报)[^，。；;,\d]{{0,12}}?(?:原则上)?(?:{CAP_WORDS}|最多|至多)[ \t]?"
    r"(?:\d+[^\d，。；;,]{0,2}?(?:和|及|、)[ \t]?)*$")  # 分别不超过30个和10个: the quotas listed on share it


def _is_submission_quota(x: _Mention) -> bool:
    before = x.clause_before
    if "推荐" not in before and "申报" not in before and "报送" not in before and "上报" not in before:
        return False  # the literal gates first
    return _SUBMISSION_QUOTA_BEFORE.search(before) is not None


# 聘请不少于5名专家进行评审，评审专家中技术专家不少于60%，财务专家不少于1人 (vt_01): how a review panel is made up
_REVIEW_WORD = re.compile(r"评审|评议|评选|论证|评估")
_PANEL_AFTER = re.compile(r"\p{Han}{0,4}?(?:专家|评委)")
_PANEL_BEFORE = re.compile(r"(?:专家|评委)(?:不少于|不低于|不得少于|至少|应不少于)$")


def _is_review_panel_make_up(x: _Mention) -> bool:
    if x.unit not in ("名", "人", "位", "%", "％") or ("专家" not in x.sentence and "评委" not in x.sentence):
        return False  # the literal gates first
    if x.unit in ("名", "人", "位") and x.value > 30:
        return False  # 培训评审专家500名: a number to reach, not a panel's size
    if not _REVIEW_WORD.search(x.sentence):
        return False
    return _PANEL_AFTER.match(x.own, x.m.end()) is not None or _PANEL_BEFORE.search(x.before(12)) is not None


# 融担基金分险比例从20%提高至最高不超过40%, 银行…按不低于贷款金额的20%…分担风险责任, 融担基金分担最高不超过40%的风险责任
# (vt_07): the share of a loan's risk each party of a guarantee scheme bears is the rate the scheme is reckoned at, not a
# level to reach (docs/gold-format.md: a rate a scheme is reckoned at is no target). A fee reckoned on that share (收费
# 不高于承担风险责任的0.5%) names the risk before the number, not after it, and stays what it was. So does the least
# share a rule binds one party to bear (银行业金融机构承担的风险责任比例不低于20%): its duty, not the scheme's split
# (the set-aside part dropped a goal when 承担 was read as 分担).
_RISK_SHARE_NAMED_BEFORE = re.compile(r"分险比例")
_RISK_BORNE_AFTER = re.compile(r"[^，,。；;]{0,16}?分担(?:的)?风险")


def _is_risk_share(x: _Mention) -> bool:
    if x.unit not in _PERCENT_SIGNS or "险" not in x.clause:
        return False  # the literal gates first: most shares name no risk
    if _RISK_SHARE_NAMED_BEFORE.search(x.clause_before):
        return True
    if "分担" in x.clause_before and x.own.startswith("的风险责任", x.m.end()):
        return True  # 融担基金分担最高不超过40%的风险责任
    return _RISK_BORNE_AFTER.match(x.own, x.m.end(), x.clause_start + len(x.clause)) is not None


# 同时指定三名以上单数执法人员处理该案件, 指定两名以上执法人员查处该案件 (vl_11): the officers a procedure assigns to a case,
# counted before them (as 执法人员不少于2人 after them, _is_procedure_staffing): how a case is handled, no goal
_CASE_OFFICERS_AFTER = re.compile(r"(?:单数|双数)?(?:的)?(?:行政)?" + _PROCEDURE_OFFICERS)


def _is_case_officers(x: _Mention) -> bool:
    if x.unit not in ("名", "人") or x.value > 5:
        return False  # the literal gates first
    return _CASE_OFFICERS_AFTER.match(x.own, _past_level_word(x)) is not None


# 经济增长预期目标为5%左右，考虑了促进就业增收… (sk_07), 经济增长目标确定为7%，充分考虑了优势和潜能… (vi_03): a report
# restating a goal it has listed to say why it was set; the goal is read where it is listed, not again here
# (docs/gold-format.md: the same goal restated after it is none)
_WHY_SET_AFTER = re.compile(r"[ \t]*[，,](?:主要|既|是)?(?:充分|综合|全面)?(?:考虑|兼顾)")


def _is_goal_restated_with_its_reasons(x: _Mention) -> bool:
    if "目标" not in x.clause_before or ("考" not in x.own[x.m.end():x.m.end() + 12] and "兼" not in x.after):
        return False  # the literal gates first
    return _WHY_SET_AFTER.match(x.own, _past_level_word(x)) is not None


# 力争新增2个规模超千亿元、5个超500亿元的开发区 (vi_03): a threshold written right after a count of things (and their
# 规模) names the class counted, closed by 的 or by the next counted class of the list; the counts are the goals
_COUNT_THEN_CLASS_BEFORE = re.compile(r"\d[\d.]*\s?(?:个|家|所|座|项|处|条)[^，。；;,、\d]{0,4}$")
_CLASS_CLOSED_AFTER = re.compile(r"(?:以上|及以上)?(?:的|、\s?\d[\d.]*\s?(?:个|家|所|座|项|处|条)[^，。；;,、]{1,16}?的)")


def _is_class_after_count(x: _Mention) -> bool:
    if x.m.group("cmp1") is None and x.m.group("cmp2") is None:
        return False  # no threshold written before the figure (the cheap test first)
    before = x.own[max(x.clause_start, x.m.start() - 12):x.m.start()]
    if _COUNT_THEN_CLASS_BEFORE.search(before) is None:
        return False
    return _CLASS_CLOSED_AFTER.match(x.own, x.m.end()) is not None


# 栽植穴底面距离地下水位≥50 cm, 胸径≤10cm植株 (vp_02), 日降雨量50毫米以上: a length in centimetres or millimetres is the
# size of a part, a plant or a rainfall a rule or a forecast reads; no plan commits to reach one. A research call's
# 考核指标：…敏感结构尺寸≤12mm (ur_09) lists what a project must deliver: a size there is left to the other checks
_SMALL_LENGTHS = frozenset(("cm", "mm", "nm", "厘米", "毫米", "纳米"))


def _is_small_length(x: _Mention) -> bool:
    if x.unit not in _SMALL_LENGTHS:
        return False
    # the list of indicators runs on across its ；-clauses: read back to the last 。 or line break (200 characters at most)
    lo = x.start - 200 if x.start > 200 else 0
    lo = max(x.own.rfind("。", lo, x.start), x.own.rfind("\n", lo, x.start), lo)
    return x.own.find("指标", lo, x.start) < 0


# 降低小微企业创业担保贷款申请条件，…占现有职工比例下调为20%，职工超过100人的比例下调为10% (vi_06): a sentence that opens
# by easing the conditions to apply for something sets the new thresholds of eligibility, no level to reach
_CONDITIONS_EASED = re.compile(r"(?:降低|放宽|调低|下调)[^，。；;,]{0,20}?(?:条件|门槛)")


def _is_eligibility_eased(x: _Mention) -> bool:
    head = x.own[x.sentence_start:x.clause_start]
    if "条件" not in head and "门槛" not in head:
        return False  # the literal gate first
    if _INTENT.search(x.clause_before) is not None:
        return False  # 降低准入门槛，力争新增企业100家: a goal of its own clause after the easing
    return _CONDITIONS_EASED.search(head) is not None


# 取消凸（飘）窗窗台与地面高差小于0.45米需计容的要求 (vy_05): a figure inside the rule a clause cancels, closed by 的要求 /
# 的规定 / 的限制, is that rule's threshold, which stops holding; it sets no level
_CANCELLING = re.compile(r"取消|废止|删除|不再执行|不再要求")
_RULE_CLOSED_AFTER = re.compile(r"[^，。；;,\d]{0,10}?的(?:要求|规定|限制)")


def _is_rule_cancelled(x: _Mention) -> bool:
    before = x.clause_before
    if "取消" not in before and "废止" not in before and "删除" not in before and "不再" not in before:
        return False  # the literal gate first: most clauses cancel nothing
    if _CANCELLING.search(before) is None:
        return False
    return _RULE_CLOSED_AFTER.match(x.own, _past_level_word(x)) is not None


# 行为发生地涉及两个以上设区的市的跨区域专利侵权纠纷 (vl_11), 对涉及3个以上县（市、区）的重大案件: how many places a
# case or a project spans, bounded and closed by 的, names the class a rule assigns; no count the text commits to
_SPANNING_BEFORE = re.compile(r"(?:涉及|跨越?|横跨)$")
_SPANNED_CLASS_AFTER = re.compile(r"[^，。；;,\d]{1,12}?的\p{Han}")


def _is_span_of_a_case(x: _Mention) -> bool:
    if x.m.group("post") not in ("以上", "及以上") or _SPANNING_BEFORE.search(x.before(3)) is None:
        return False
    return _SPANNED_CLASS_AFTER.match(x.own, x.m.end()) is not None


def _past_level_word(x: _Mention) -> int:
    """Where the words after the figure go on, past 以上 / 以下 written at it."""
    end = x.m.end()
    return end + 2 if x.own.startswith(("以上", "以下"), end) else end



# 贷款利率下限调整为不低于相应期限贷款市场报价利率减20个基点 / 加60个基点 (wn_06, wn_07): the basis points a loan rate is
# set off a reference rate by, a spread a rule fixes, no level to reach
def _is_basis_points(x: _Mention) -> bool:
    return x.unit == "个" and x.own.startswith("基点", x.m.end())


# 打造二次元和新生代潮玩聚集地 (wn_10): 二次元 is a word (the anime world); its 二次 counts no times
def _is_times_in_a_word(x: _Mention) -> bool:
    return x.unit == "次" and x.chinese and x.own.startswith("元", x.m.end())


# 开发企业应缴纳不低于该宗地20%的土地出让价款作为保证金 (wn_09): the share of a price a party pays as a deposit, a levy
# a rule sets (docs/gold-format.md: the share a levy is reckoned at is no target)
_AS_DEPOSIT_AFTER = re.compile(r"[^，,。；;]{0,20}?作为(?:履约)?(?:保证金|押金)")


def _is_deposit_share(x: _Mention) -> bool:
    if x.unit not in _PERCENT_SIGNS or x.own.find("金", x.m.end(), x.m.end() + 30) < 0:
        return False  # the literal gate first: no 保证金 / 押金 within reach, no deposit
    return _AS_DEPOSIT_AFTER.match(x.own, x.m.end()) is not None


# 适时扩围实施12个县大学生就业补贴政策 (vs_11): how many counties or districts a named policy covers, the count opening
# the policy's name; no count the text sets out to reach
_PLACES_OF_A_POLICY_AFTER = re.compile(r"(?:县|区|市|城市|乡镇|省)[^，,。；;、\d]{2,20}?政策")


def _is_places_of_a_named_policy(x: _Mention) -> bool:
    return x.unit == "个" and _PLACES_OF_A_POLICY_AFTER.match(x.own, x.m.end()) is not None


# 家庭有2套及以上住房或有2次以上住房贷款记录 (wn_07): how many records a party has (loans, offences) is a condition of a
# rule, never a count the text sets out to reach
_RECORDS_AFTER = re.compile(r"[^，,。；;\d]{0,10}?记录")


def _is_count_of_records(x: _Mention) -> bool:
    if x.unit != "次" or x.before(1) != "有":
        return False
    return _RECORDS_AFTER.match(x.own, x.m.end()) is not None

# 贷款首付款比例不得低于30% (ww_02): the down payment a lending rule asks of a buyer is the rule's term, no level to reach
def _is_loan_term(x: _Mention) -> bool:
    # (only under a ban, 不得低于: a ratio changed to a new level, 由…调整为不低于20%, is the policy's new level: a target)
    return x.unit == "%" and "首付" in x.clause_before and "不得" in x.before(6)


# 会议费、差旅费、国际合作与交流费三项支出之间可以调剂使用，但不得突破三项支出预算总额 (ww_01): 突破 read as a verb (a
# noun after the count) under a ban names the items of a budget it may not overrun, no breakthrough to make
def _is_overrun_banned(x: _Mention) -> bool:
    m = x.m
    return (m.group("cmp1") == "突破" and x.own[max(0, m.start() - 2):m.start()] in _NEGATED_BOUND
            and _NOUN_AFTER.match(x.own, m.end()) is not None)


# 自指南发布日到项目申报受理截止日，原则上不少于50天 (ww_01): the days between two steps of a procedure, its window, no goal
_WINDOW_BEFORE = re.compile(r"自[^，,。；;\d]{2,30}?(?:到|至)[^，,。；;\d]{2,30}?[，,]?(?:原则上|一般)?(?:不少于|不得少于|不超过|不得超过)$")


def _is_window_of_a_procedure(x: _Mention) -> bool:
    if x.unit not in ("天", "日", "个工作日", "工作日") or "自" not in x.own[x.sentence_start:x.start]:
        return False
    return _WINDOW_BEFORE.search(x.own, x.sentence_start, x.start) is not None


# 间接费用比例不超过30%，100万元至300万元的部分不超过25%，300万元以上的部分不超过20% (ww_03): the share a cost may take of a
# project's funds, and the bands of a sliding scale, are spending rules, no level to reach
_COST_SHARE_CAP_BEFORE = re.compile(
    r"(?:费用?比例[^，,。；;\d]{0,6}?|(?:万元|元)(?:以下|以上|以内)?的部分)(?:不超过|不得超过|不高于)$")


def _is_cost_share_cap(x: _Mention) -> bool:
    if x.unit != "%":
        return False
    before = x.before(16)
    return ("比例" in before or "的部分" in before) and _COST_SHARE_CAP_BEFORE.search(before) is not None


# 省新型研发机构申报每年组织一次 (ww_10): how often a call for applications is held, a procedure's rhythm, no goal
_CALL_HELD_BEFORE = re.compile(r"(?:申报|评审|评选|认定)(?:工作)?每年(?:组织|开展|进行|集中)?$")


def _is_call_rhythm(x: _Mention) -> bool:
    return x.unit == "次" and x.value == 1 and _CALL_HELD_BEFORE.search(x.before(10)) is not None


REJECTIONS = (
    _is_ordinal, _is_fraction_numerator, _is_term_limit, _is_enumeration_count, _is_article, _is_plan_part, _is_duration, _is_reference, _is_phase_name,
    _is_formula, _is_penalty, _is_band, _is_payout_rule, _is_rate_rule, _is_condition, _is_conditional_subject,
    _is_requirement, _is_procedure_staffing, _is_definition, _is_past, _is_scope, _is_starting_point, _is_shortfall, _is_prize_places,
    _is_submitted_material, _is_small_chinese_count, _is_table_cell, _is_in_criteria_table, _is_example, _is_forecast, _is_split_share,
    _is_inclusion_note, _is_count_note, _is_digit_string, _is_clock_minutes, _is_rate_class, _is_split_by_line, _is_figure_reference,
    _is_frame, _is_kind_count, _is_permission, _is_step, _is_in_responsibility_note, _is_price, _is_dimension,
    _is_relative_limit, _is_money_given, _is_plant_size, _is_area_of_named_site, _is_designation_name, _is_vehicle_class, _is_scheme_term, _is_joint_parties,
    _is_bodies_involved,
    _is_tax_rate, _is_measured_condition, _is_dated_record, _is_ratio_base, _is_experience, _is_campaign_name,
    _is_fee_cut, _is_present_state, _is_figures_of_a_year, _is_bracketed_qualifier, _is_size_class, _is_partitive, _is_margin_over_another,
    _is_share_threshold, _is_subject_count, _is_works_list_count, _is_listed_in_attachment, _is_project_size,
    _is_candidate_pool, _is_tally_of_plan, _is_done_by_the_counted, _is_standard_named, _is_body_size, _is_class_tally,
    _is_provisional_allotment, _is_rate_base, _is_policy_named, _is_grade_quota,
    _is_supported_institutions, _is_spent_total, _is_procedure_time, _is_grant_basis,
    _is_scoring_weight, _is_form_criterion, _is_standard_raised, _is_cap_in_principle, _is_threshold_relaxed, _is_rate_floated,
    _is_place_size,
    _is_numbered_project,
    _is_cap_per_item, _is_share_cap_of_base, _is_drawn_share, _is_grade_criterion, _is_record_threshold,
    _is_class_inside_counted_phrase, _is_figure_in_listed_name, _is_bound_of_defined_class,
    _is_bracketed_task_tally, _is_cap_going_on_from_per_item_cap, _is_count_of_beneficiaries,
    _is_contact_person_count, _is_set_acted_within,
    _is_cap_named, _is_cap_applied_for, _is_most_permitted, _is_review_panel_make_up, _is_submission_quota, _is_risk_share,
    _is_case_officers, _is_goal_restated_with_its_reasons,
    _is_class_after_count, _is_small_length, _is_eligibility_eased, _is_rule_cancelled,
    _is_span_of_a_case, _is_year_to_date_tally, _is_progress_share, _is_paid_per_step, _is_standard_for_a_case,
    _is_spec_unit, _is_basis_points, _is_times_in_a_word, _is_deposit_share,
    _is_places_of_a_named_policy, _is_count_of_records, _is_count_of_listed_items, _is_goal_named_again,
    _is_times_allowed, _is_share_cap_of_quota, _is_who_may_act, _is_attendance_told, _is_level_defined,
    _is_loan_term, _is_overrun_banned, _is_window_of_a_procedure, _is_cost_share_cap, _is_call_rhythm,
)


def rejection(x: _Mention) -> str | None:
    """The name of the first check that rejects the mention, None when it is a target."""
    for check in REJECTIONS:
        if check(x):
            return check.__name__.lstrip("_")
    return None


# ---------------------------------------------------------------- reading a target


def _bound_reaches(bound: re.Pattern, clause: str) -> bool:
    """至少 / 最多 earlier in the clause bounds this number unless a number of its own stands between them:
    行政村最多换乘一次…比例达到100% (最多 bounds 一次, not the 100%)."""
    found = None
    for found in bound.finditer(clause):
        pass
    return found is not None and not _OWN_COUNT.search(clause, found.end())


def _target(x: _Mention, quoted, plan_year: int | None, heading_year: int | None = None, implicit_year: int | None = None) -> Target:
    own, m = x.own, x.m
    comparator = _target_comparator(x)
    recurrence = _recurrence(own, x)
    # 到2025年，…；…达到60%以上: a year phrase governs the whole sentence, across its ；-clauses
    sentence_start = _sentence_start_across_wraps(own, m.start())
    year = _target_year(x, quoted, sentence_start, recurrence, plan_year, heading_year, implicit_year)
    end = _written_end(own, m.end(), x.unit)
    metric = _metric(own[x.clause_start:m.start()]) or _counted_noun_after(own, end, x.unit)
    # Target(...) without pydantic's check of values this module typed itself: value and value_max floats (float()
    # as the check makes them), comparator and recurrence from the literals' own lists, year an int, span a pair of
    # ints. The same fields in the model's order, every one counted as set (as the keyword call set them all)
    return built(Target, {"metric": metric, "value": float(x.value),
                          "value_max": None if x.value_max is None else float(x.value_max), "unit": x.unit or None,
                          "comparator": comparator, "year": year, "recurrence": recurrence, "text": own[m.start():end],
                          "span": (x.base + m.start(), x.base + end)})


def _target_comparator(x: _Mention) -> str:
    """The bound on a target: written at the number (以上, 不低于, ≥), after it (以内, past the match), or said
    before it in its clause (至少 / 最多 reaching it)."""
    own, m = x.own, x.m
    comparator = _comparator(m, own)
    if x.unit == "个工作日" and _WITHIN.match(own, m.end() + 3):
        comparator = "lte"  # 压缩至40个工作日以内 (工作日 is read past the match)
    if comparator == "eq":
        clause = own[x.clause_start:m.start()]
        if _bound_reaches(_AT_LEAST, clause):
            comparator = "gte"
        elif _bound_reaches(_AT_MOST, clause):
            comparator = "lte"
        elif x.unit == "%" and own.startswith("的比例", m.end()):
            comparator = _bound_on_share_of_base(clause) or comparator
    return comparator


# 按照不低于本级一般预算经常性财政收入1%的比例足额安排就业专项资金 (vi_09): the bound stands before the base the share is
# of, the share closed by 的比例 (docs/gold-format.md: a share of a budget set aside for a use, its bound the comparator,
# as st_02's 列支不低于1%的资金)
_BOUND_BEFORE_BASE = re.compile(r"(?P<bound>不低于|不少于|不超过|不高于)[^，。；;,、\d]{2,20}$")


def _bound_on_share_of_base(clause: str) -> str | None:
    m = _BOUND_BEFORE_BASE.search(clause[-26:])
    if m is None:
        return None
    return "gte" if m.group("bound") in ("不低于", "不少于") else "lte"


# 2019至2022年，… / 2019年至2022年，…: a span of years heading its sentence (a yearly level under it recurs over the span)
_YEAR_SPAN_OPENING = re.compile(r"(?:19|20)\d\d[ \t]?年?[ \t]?[至到\-—–－~～][ \t]?(?:19|20)\d\d[ \t]?年[，,]")
_YEAR_SPAN_FIRST = ("19", "20")  # what a _YEAR_SPAN_OPENING match opens with


def _target_year(x: _Mention, quoted, sentence_start: int, recurrence: str | None, plan_year: int | None,
                 heading_year: int | None, implicit_year: int | None) -> int | None:
    """The year a target is due by, nearest source first: its sentence, the sentence it details, the paragraph's
    goal year, the heading's, the plan's, the year a 年底前 falls in. A yearly target (每年) takes its sentence's
    year only, or, when it is an average over the years (年均), the year the average runs up to."""
    own, at = x.own, x.m.start()
    if recurrence is not None and own.startswith(_YEAR_SPAN_FIRST, sentence_start) and _YEAR_SPAN_OPENING.match(own, sentence_start):
        return None  # 2019至2022年，…每年开展…培训不低于5万人次 (vl_01): a level due every year of the span, none its year
    year = _paired_year(own, sentence_start, x) or _year(own, sentence_start, at, quoted)
    if year is None and recurrence is None:
        year = _detailed_sentence_year(own, sentence_start, quoted)
    averaged = recurrence is not None and _is_average_rate(own, x)
    if year is None and (recurrence is None or averaged):
        year = _paragraph_goal_year(own, sentence_start, plan_end=True)  # (“十一五”末，…。…年均增长11.5%: the average up to that year)
    if year is None and (recurrence is None or averaged):
        year = heading_year  # 年均增长6.5% under 到2025年，…: the average over the years up to 2025
    if year is None and recurrence is None:
        year = plan_year
    if year is None and recurrence is None and implicit_year:
        year = _implicit_year_end(own, sentence_start, at, implicit_year)
    if year is None:
        year = _from_base_year(own, sentence_start, at, quoted)  # no goal year anywhere: the change is one told of
    return year


# 到2022年和2030年 / 到2025年、2030年: years listed after one 到 (group: the list)
_TO_YEAR_LIST = re.compile(r"(?:到|至)[ \t]?\d{4}[ \t]?年(?:底|末)?(?:[ \t]?[和、及与][ \t]?\d{4}[ \t]?年(?:底|末)?)+")
_YEAR_IN_LIST = re.compile(r"\d{4}")
# a level of a list (22%, 37%及以上, 7.5万人) and the joiner after it
_LISTED_LEVEL = r"\d+(?:\.\d+)?[ \t]?(?:[%％‰]|[万亿]?\p{Han}{1,2}?)?(?:" + _BOUND_POSTS_WRITTEN + "|左右)?"
_LEVELS_LISTED_BEFORE = re.compile(rf"(?:{_LISTED_LEVEL}[ \t]?[和、及与][ \t]?)+$")
_LEVELS_LISTED_AFTER = re.compile(rf"(?:[ \t]?[和、及与][ \t]?(?:{_PRE1})?{_LISTED_LEVEL})+")
_NUMBER_IN_LIST = re.compile(r"\d+(?:\.\d+)?")


def _paired_year(own: str, sentence_start: int, x: _Mention) -> int | None:
    """到2022年和2030年，全国居民健康素养水平分别不低于22%和30%: years listed after one 到 and as many levels listed
    together pair in order (22% by 2022, 30% by 2030); None when the sentence lists no years or the counts differ."""
    listed = None
    for listed in _TO_YEAR_LIST.finditer(own, sentence_start, x.start):
        pass
    if listed is None:
        return None
    years = [int(y) for y in _YEAR_IN_LIST.findall(listed.group(0))]
    before = _LEVELS_LISTED_BEFORE.search(own, listed.end(), x.start)
    after = _LEVELS_LISTED_AFTER.match(own, x.m.end())
    index = len(_NUMBER_IN_LIST.findall(before.group(0))) if before else 0
    total = index + 1 + (len(_NUMBER_IN_LIST.findall(after.group(0))) if after else 0)
    return years[index] if total == len(years) else None


def _written_end(own: str, end: int, unit: str | None) -> int:
    """Where the target ends as written: past the part of its unit read after the number's match (140元/平方米,
    压缩至40个工作日), so that `text` holds the unit the target reports."""
    if unit == "个工作日" and own.startswith("工作日", end):
        return end + 3
    per = (_PER_MEASURE.match(own, end) or _PER_DENSITY.match(own, end)) if unit and "/" in unit else None
    return per.end() if per is not None and unit.endswith("/" + per.group(1)) else end


# 今年金港街道粮食播种面积不少于1573亩 (wx_10): 今年 before a level in its sentence names the document's year (not
# 今年以来 / 今年1-5月, a tally; 今年是…, what the year is; 今年底 is read as 年底 is)
_THIS_YEAR = re.compile(r"今年(?!以来|是|底|末|内|上半年|下半年|[\d一二三四五六七八九十前])")


def _implicit_year_end(own: str, start: int, end: int, implicit_year: int) -> int | None:
    """年底前，网上可办率不低于90%: the end of the year the plan was issued in (今年底前 the same); 明年底前 the end of the
    year after it (grammar.RELATIVE_YEAR); 今年 before the level, the year itself."""
    found = _IMPLICIT_YEAR_END.search(own, start, end)
    if found is None:
        if own.find("今年", start, end) >= 0 and _THIS_YEAR.search(own, start, end) is not None:
            return implicit_year
        return None
    word = own[found.start() - 1:found.start()]
    base, after = RELATIVE_YEAR.get(word, ("document", 0))
    return implicit_year + after if base == "document" else None


def _detailed_sentence_year(own: str, sentence_start: int, quoted) -> int | None:
    """截至“十四五”末，…总产值将达1.7万亿元。其中，…总产值达8839亿元: a sentence opening on 其中 / 其余 details the
    one before it, and its levels are due when that sentence's are."""
    if sentence_start < 2 or not _DETAILING_OPENER.match(own, sentence_start):
        return None
    before = _sentence_start_across_wraps(own, sentence_start - 1)
    return _year(own, before, sentence_start - 1, quoted)


def _sentence_start_across_wraps(own: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, read across hard wraps (到2020年，智能服务机器⏎人环境感知…实现20家以上:
    a line ending in the middle of a word does not end the sentence)."""
    start = _last_break(_YEAR_SCOPE_R, own, pos)
    if start > 0 and own[start - 1] not in _SENTENCE_ENDS:
        return _uncut_start(own, start)
    for _ in range(3):
        if start < 2 or own[start - 1] != "\n" or not _WRAPPED_END.match(own, start - 2):
            break
        start = _last_break(_YEAR_SCOPE_R, own, start - 1)
    return start


_SENTENCE_ENDS = frozenset("。！？!?\n")
_CLAUSE_HEAD_R = re.compile(r"(?r)[。，,；;：:]")


def _uncut_start(own: str, start: int) -> int:
    """A sentence longer than the look-back: its cut start moved back to the clause head at most 16 characters
    before, so that a year phrase the cut fell in stays whole (到2025年，…[200 characters]…，单位GDP能耗下降15%: the cut
    fell on the comma after 到2025年, uj_09)."""
    head = _CLAUSE_HEAD_R.search(own, max(0, start - 16), start, HOLD_GIL)
    return head.end() if head else start


def _paragraph_goal_year(own: str, sentence_start: int, plan_end: bool = False) -> int | None:
    """到 2025年，…。再开发利用的污染地块安全利用率达到92%以上。: the paragraph's 到…年 reaches the next sentence.
    `plan_end`: a plan's end opening the paragraph (“十一五”末，…) counts too — for dating a number already set as a goal
    (确保5500元), not for making one of a count the paragraph goes on to break down (其中，首位产业为工业的县34个)."""
    # a long paragraph of goals (到2025年，…。…。建成10个以上…) reaches back further than a clause is read
    lo = max(0, sentence_start - _PARAGRAPH_REACH)
    brk = _LINE_BREAK_R.search(own, lo, sentence_start)
    goal = _GOAL_YEAR_R.search(own, brk.end() if brk else lo, sentence_start)
    if goal is None or (goal.group(3) and not plan_end):
        return None
    return int(goal.group(1) or goal.group(2)) if goal.group(1) or goal.group(2) else PLAN_END_YEAR.get(goal.group(3))


def _is_average_rate(own: str, x: _Mention) -> bool:
    """年均增长6.5%: a rate averaged over the plan's years, dated by the year they end."""
    return bool(_AVERAGE.search(own, x.clause_start, x.m.start()))


def _recurrence(own: str, x: _Mention) -> str | None:
    rec = _RECURRENCE_R.search(own, x.clause_start, x.m.start())
    if rec is None and not x.m.group("cmp1"):
        # 每年新增A10个、B20个: a 每年 a little before the clause reaches the list's later items, but not one
        # with a verb of its own (年均增长6.5%以上、占比重提高到86%以上)
        rec = _RECURRENCE_R.search(own, max(x.sentence_start, x.clause_start - 14), x.clause_start)
        if rec is not None and _RECURRENCE_STOP.search(own, rec.end(), x.start):
            rec = None  # 每年培训1000人次，到2025年累计培训5000人次: a year or a total takes over
    if rec is None:
        rec = _sentence_recurrence(own, x)
    if rec is not None:
        return _recurrence_of(rec.group())
    if _YEARLY_VERB.match(own, x.clause_start, x.m.start()):
        return "yearly"
    return None


def _sentence_recurrence(own: str, x: _Mention):
    """每年新培育10家左右A、10家左右B，实施300项左右C: a 每年 opening the sentence governs every count after it,
    until a year, a total (累计) or a change of its own (提高到86%) takes over."""
    rec = _last_match(_RECURRENCE_R_FORWARD, own, x.sentence_start, x.clause_start)
    if rec is None or _AVERAGE.match(rec.group()):
        return None
    if (_RECURRENCE_STOP.search(own, rec.end(), x.start)
            or _OWN_CHANGE.search(own, max(x.clause_start, x.start - _OWN_CHANGE_REACH), x.start)):
        return None
    return rec


# how far before its number a change of the number's own stands (提高到86%以上, 增长10%, 提升至…不低于): a change word
# further back names a thing (岗位技能提升培训…不低于5万人次, vl_01), not the change the number ends
_OWN_CHANGE_REACH = 6


def _recurrence_of(word: str) -> str:
    """每月 / 月均 -> monthly, 每季度 -> quarterly, 每年 / 年均 … -> yearly."""
    if "季" in word:
        return "quarterly"
    return "monthly" if "月" in word else "yearly"


def _share_list_comparators(own: str, base: int, targets: list[Target]) -> list[Target]:
    """分别不低于10000元、5000元、3000元; 至少1家A、1家B和1家C: a bound written once before a list holds for
    every quantity of the list (items joined by 、/和/及, no clause break between them)."""
    out: list[Target] = []
    for t in targets:
        prev = out[-1] if out else None
        if (
            prev is not None and t.comparator == "eq" and prev.comparator != "eq" and not _own_comparator(t)
            and _bound_before(prev) and not _LIST_BREAK.search(own, prev.span[1] - base, t.span[0] - base, HOLD_GIL)
            and not _names_own_metric(own[prev.span[1] - base:t.span[0] - base])
        ):
            t = t.model_copy(update={"comparator": prev.comparator, "recurrence": t.recurrence or prev.recurrence})
        out.append(t)
    return _share_trailing_bounds(own, base, out)


# 大于15个、农村和谐社区建设达标率95%: an item that names its own metric after the joiner is a level of its own, which
# the bound before the previous item does not reach (至少1家A、1家B: the item opens on its number, and shares it)
_OWN_METRIC_AFTER_JOINER = re.compile(r"[、和及与]\p{Han}{4,}[^、和及与]*$")


def _names_own_metric(between: str) -> bool:
    return _OWN_METRIC_AFTER_JOINER.search(between) is not None


def _share_trailing_bounds(own: str, base: int, targets: list[Target]) -> list[Target]:
    """分别提高到55%、70%以上, 分别形成20个和50个左右: after 分别, a bound closing the list holds for every
    quantity in it (items joined by 、/和/及 alone)."""
    out = list(targets)
    for i in range(len(out) - 2, -1, -1):
        t, nxt = out[i], out[i + 1]
        post, own_t = _TARGET.fullmatch(nxt.text), _TARGET.fullmatch(t.text)
        carried = nxt is not targets[i + 1]  # the bound already passed back to the next item
        closes = carried or (post is not None and bool(post.group("post")))
        if t.comparator != "eq" or own_t is None or own_t.group("post") or not closes:
            continue  # (达到55% keeps 达到: it says eq, the bound after the list says more)
        if not _LIST_JOINER.fullmatch(own, t.span[1] - base, nxt.span[0] - base):
            continue
        if carried or _severally_before(own, t.span[0] - base):
            out[i] = t.model_copy(update={"comparator": nxt.comparator})
    return out


# 乘用车和商用车新车二氧化碳排放强度分别比2020年下降25%和20%以上 (vi_11): 分别, then the base the levels are set against
# (比 and a year) and the verb, before the list: 14 characters back when 比 follows 分别, 8 otherwise (2020年分别达到98%、
# 99%、95%、60%以上, to_05: a bound closing a longer list of levels stays its last item's own)
_SEVERALLY_AGAINST_BASE = "分别比"  # a literal, as _SEVERALLY


def _severally_before(own: str, at: int) -> bool:
    if own.find(_SEVERALLY, max(0, at - 8), at) >= 0:
        return True
    found = own.find(_SEVERALLY_AGAINST_BASE, max(0, at - 14), at)
    return found >= 0 and not _LIST_BREAK.search(own, found + len(_SEVERALLY_AGAINST_BASE), at, HOLD_GIL)


def _own_comparator(t: Target) -> bool:
    return bool(_TARGET.fullmatch(t.text) and any(_TARGET.fullmatch(t.text).group(g) for g in ("cmp1", "cmp2", "approx", "post")))


def _bound_before(t: Target) -> bool:
    """Is the target's bound written before its number (不低于10000元, 至少1家), not after it (45%以上)?"""
    m = _TARGET.fullmatch(t.text)
    return m is not None and not m.group("post") and not m.group("approx")


def _comparator(m, own: str = "") -> str:
    for group in ("post", "approx", "cmp2", "cmp1"):
        word = m.group(group)
        if not word:
            continue
        if group == "cmp1" and word == "突破" and _NOUN_AFTER.match(own, m.end()):
            continue  # 突破50项关键技术: 突破 is the verb (make breakthroughs in), not “more than”
        for comparator, words in _CMP_WORDS.items():
            if word in words:
                if group == "cmp1" and own[max(0, m.start() - 2):m.start()] in _NEGATED_BOUND:
                    return _FLIP.get(comparator, comparator)  # 不得低于50%: at least 50%
                return comparator
    if m.group("unit") == "小时" and own[m.end():m.end() + 1] == "内":
        return "lte"  # 48小时内放行
    if own and _OVER_BEFORE.search(own, max(0, m.start() - 2), m.start()):
        return "gt"  # 产业规模过千亿: 过 is more than (not 通过, 经过, 超过 read above)
    if own and own[max(0, m.start() - 1):m.start()] == "上" and m.group("n1") in ("百", "千", "万", "亿"):
        return "gte"  # 培养上万名人才: 上万 is ten thousand and more
    return "eq"


def _last_break(reverse_pattern, own: str, pos: int) -> int:
    """Offset just after the last break before `pos` (looking back at most 200 characters)."""
    lo = pos - 200 if pos > 200 else 0  # max(0, pos - 200), without the builtin's keyword parsing
    b = reverse_pattern.search(own, lo, pos, HOLD_GIL)
    return b.end() if b else lo


def _year(own: str, lo: int, hi: int, quoted) -> int | None:
    """The last year phrase in own[lo:hi] (到2025年, “十四五”末), read back from the number."""
    named = None
    for y in _YEAR_PHRASE_R.finditer(own, lo, hi):
        if inside(quoted, y.start(), y.end()):
            continue
        if _BASELINE.search(own[max(0, y.start() - 2):y.start()]):
            continue  # 较2023年下降15%, 较“十三五”末下降16%: the year the change is measured from, not the year to reach it
        if _is_from_base_year(own, y):
            continue  # 由2015年底的28741家发展到8万家: the year of the level changed from (uf_11), not the year to reach
        if y.group("y"):
            tail = own[y.end():y.end() + 1]
            if tail and tail in "-—–－~～至到第版":
                continue  # 2021—2025年; 公告2019年第237号, 2019年版: a number or an edition, not a goal year
            if _PRICE_BASE_AFTER.match(own, y.end()):
                continue  # （按2005年价格计算）, 2010年不变价: the year prices are counted in, not the year to reach
            if tail == "度" and named is None:
                # 力争在2025年5月底前完成2024年度…项目22.99万亩: a 年度 names the year's programme; a date the
                # sentence sets before it is the year to reach, and the 年度 counts only when there is none
                named = year_value(y.group("y"))
                continue
            return year_value(y.group("y"))
        return PLAN_END_YEAR.get(y.group("plan"))
    return named


def _is_from_base_year(own: str, y) -> bool:
    """由2015年底的… / 从“十二五”末的…: the year phrase names when the level a change starts from stood."""
    return own.startswith("的", y.end()) and own[y.start() - 1:y.start()] in ("由", "从")


def _from_base_year(own: str, lo: int, hi: int, quoted) -> int | None:
    """The year of a 由…的 / 从…的 baseline in own[lo:hi]: the sentence's only year when no goal year is named
    anywhere (从“十二五”末的10505元增加到16361元 in a review tells of the past, rs_01)."""
    if own.find("的", lo, hi) < 0:
        return None  # every baseline phrase holds 的: most sentences are spared the scan (and the slice)
    for y in _YEAR_PHRASE_R.finditer(own, lo, hi):
        if _is_from_base_year(own, y) and not inside(quoted, y.start(), y.end()):
            return year_value(y.group("y")) if y.group("y") else PLAN_END_YEAR.get(y.group("plan"))
    return None


def _drop_head(anchored, s: str) -> str:
    """anchored.sub("", s) for a ^-anchored pattern: one match at the start, not a try at every position."""
    m = anchored.match(s, 0, None, HOLD_GIL)
    return s[m.end():] if m else s


# 建设100家智慧农业应用基地、16家以上智能牧场: a count whose thing counted follows it (the list's later items, or
# a verb right before the number) has no metric before it; the noun after it, up to the next item or verb, is it
_COUNT_NOUN_STOP = r"和|及|与|要|达到|实现|实施|列入|纳入|通过|开展|参与|完成|获得|全面|总体|逐步|率先|升级"
_THING_COUNTED_AFTER = re.compile(
    r"(?:[左右]{2}|以上|及以上)?的?(?!" + _COUNT_NOUN_STOP + r")"
    r"(?P<noun>[\p{Han}“”\"A-Za-z0-9（）()·]{2,20}?)(?=[，,。；;、\n\t|]|$|" + _COUNT_NOUN_STOP + r")"
)


def _counted_noun_after(own: str, end: int, unit: str | None) -> str | None:
    """The thing a count counts, written after it (20家左右电商综合服务平台): the metric, where none comes before."""
    if not unit or unit not in _COUNT_MEASURES:
        return None
    m = _THING_COUNTED_AFTER.match(own, end)
    return m.group("noun").strip(" “”\"") or None if m else None


def _metric(clause: str) -> str | None:
    """The thing measured: the clause before the number, less time words, verbs of intent and comparators."""
    # 2\t城镇新增就业, 1 | 为…: a tab or a bar borders a table cell (the row's 序号 before its task); a metric
    # stays in its cell
    metric = clause[max(clause.rfind("\t"), clause.rfind("|")) + 1:]
    # a dated phrase inside the clause: what follows it is the metric (全市“十三五”末公民科学素质水平)
    last = None
    for y in _YEAR_PHRASE.finditer(metric):
        last = y
    if last is not None:
        metric = metric[last.end():]
        if metric.startswith("度"):
            metric = metric[1:]  # 2024年度中央财政…项目: the 年度 closes the dated phrase
    metric = _drop_head(_MARKER, metric.strip())
    if _YEARLY_VERB.match(metric):
        metric = metric[1:]
    metric = _METRIC_DROP.sub("", metric)
    if metric.endswith(_CMP_TAIL_ENDS):
        metric = _CMP_TAIL.sub("", metric)
    for _ in range(6):
        new = _drop_head(_LEAD_WORDS, metric)
        if new.endswith(_TRAIL_WORDS_ENDS):
            new = _TRAIL_WORDS.sub("", new)
        if new == metric:
            break
        metric = new
    metric = metric.strip(" “”\"'")
    return metric or None
