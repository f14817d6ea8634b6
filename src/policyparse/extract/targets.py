"""Quantitative targets: value (and range), unit, comparator, metric, year, recurrence.

A number is a target when it carries a measure (%, 人次, 场, 个 …). Numbers that are dates, 文号,
phone numbers, item markers, ordinals (第十四个五年规划, 第38届), names (330工程, 二十大), titles
(《健康素养66条》), slogans (“四个面向”) or the count of the plan's own parts (5项提升行动) are not.
"""

from __future__ import annotations

import regex as re

from policyparse.extract._text import annual_year, inside, quoted_ranges, task_nodes
from policyparse.models import Metadata, Section, Target

_AR = r"\d{1,12}(?:\.\d{1,6})?(?![\d.])"
_CN = r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]{0,8}(?:点[零〇一二三四五六七八九]{1,6})?(?![零〇一二两三四五六七八九十百千万])"
_NUM = rf"(?:{_AR}|{_CN})"
# Measures a target counts in; any of them may carry a 万 / 亿 multiplier (20万人次, 45万亩, 10亿条).
_MEASURES = """人次 人 名 户 个 家 所 项 期 支 座 处 册 篇 套 天 小时 学时 课时 元 亩 批 件次 人天 件 场次 场 次
    吨 辆 列 节 条 台 部 株 棵 间 张 门 种 处 床 千瓦 千瓦时 平方米 平方公里 立方米 公里 千米 米 公顷
    微克/立方米 毫克/立方米""".split()
_UNITS = sorted(
    {"个百分点", "百分点", "%", "％", "‰", "万", "亿"} | set(_MEASURES) | {m + u for m in ("万", "亿") for u in _MEASURES},
    key=len,
    reverse=True,
)
_CMP_WORDS = {
    "gt": ("超过", "高于", "大于", "多于", "突破", "逾", "超"),
    "gte": ("不低于", "不少于", "不小于", "以上", "及以上"),
    "lte": ("不超过", "不高于", "不大于", "不多于", "控制在", "以下", "以内", "之内"),
    "lt": ("低于", "小于", "少于", "不足"),
    "approx": ("约", "近", "左右", "上下", "余", "多"),
}
_PRE1 = "不低于|不少于|不小于|不超过|不高于|不大于|不多于|不足|超过|高于|大于|多于|少于|低于|小于|突破|保持在|稳定在|控制在|提高到|提升到|提高至|提升至|增加到|增至|达到|达"
_TARGET = re.compile(
    rf"(?<![\d.零〇一二两三四五六七八九十百千万])(?P<cmp1>{_PRE1})?(?P<cmp2>约|近|逾|超)?(?P<pct>百分之)?(?<![\d.A-Za-z第])(?P<n1>{_NUM})"
    rf"(?:\s*(?:-|—|–|－|~|～|至|到)\s*(?P<n2>{_NUM}))?(?P<approx>余|多)?"
    rf"(?P<unit>{'|'.join(re.escape(u) for u in _UNITS)})?(?P<post>及以上|以上|以下|以内|之内|左右|上下)?"
)
# counts of the plan's own parts: 实施5项提升行动, 稳步推进4项重点工程
_PLAN_PARTS = re.compile(r"\p{Han}{0,10}?(?:行动|工程|任务|措施|举措|计划|机制|制度|重点工作|方面)")
_DURATION_AFTER = re.compile(r"工作日|自然日|月|年|季度|周岁|岁|小时内")
_COUNTABLE = frozenset("座个家所处支套项名人")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]|$")
_PAST = re.compile(r"上届|去年|上年度|往年|以往|已经|已有|已建成|现有|目前")
_YEARLY_VERB = re.compile(r"年(?=接待|培训|开展|举办|服务|参观|受益|访问|更新|发布|组织)")
_CLAUSE_BREAK_R = re.compile(r"(?r)[，,。；;：:！？!?\n、]")
_SENTENCE_BREAK_R = re.compile(r"(?r)[。；;！？!?\n]")
_YEAR_SCOPE_R = re.compile(r"(?r)[。！？!?\n]")
_AT_LEAST = re.compile(r"至少|最少|不少于|不低于")
_AT_MOST = re.compile(r"最多|至多|不超过")
_HAS_NUMBER = re.compile(r"[\d一二两三四五六七八九十]")
MAX_PER_NODE = 400  # a node with more "targets" than this is not a notice paragraph
_RECURRENCE_R = re.compile(r"(?r)每年度?|年均|每年都|每月|月均")
_YEAR_PHRASE = re.compile(
    r"(?:到|至|截至|截止到?)?(?P<y>\d{4})年(?:底|末)?(?:前)?(?:远景)?"
    r"|“?(?P<plan>十[一二三四五六七八九])五”?(?:末|期末|时期末)"
)
_YEAR_PHRASE_R = re.compile("(?r)" + _YEAR_PHRASE.pattern)
_BASELINE = re.compile(r"(?:较|比|同比|相比|对比)$")
_PLAN_END = {"十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030, "十六": 2035}
_METRIC_DROP = re.compile(r"每年度?|年均|每月|全年|上半年|下半年|年内|年底前|比上年|较上年|比\d{4}年|累计|至少|最少|最多|至多|力争|争取")
_MARKER = re.compile(r"^(?:[①-⑳]|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.、．])")
_LEAD_WORDS = re.compile(
    r"^(?:为了|为|确保|实现|推动|鼓励|引导|支持|全面|完成|力争|争取|努力|促进|进一步|逐步|基本|使|让|要|并|其中|着力|"
    r"持续|开展|举办|相关|有|共|累计|新增|目标是|目标为|或|和|及|且|同时|"
    r"(?:全市|全县|全省|全区)(?=完成|实现|开展|培训))"
)
_CMP_TAIL = re.compile(rf"(?:{_PRE1})$")
_TRAIL_WORDS = re.compile(r"(?:为|是|在|共|累计|总数|规模|数量达|数)$")

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
                section = (section + (digit or 0)) * unit
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
        return float(s)
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


def assign_targets(text: str, metadata: Metadata, sections: list[Section], nodes: list[tuple[Section, int, int]] | None = None) -> None:
    plan_year = annual_year(metadata, text)
    for node, start, end in nodes if nodes is not None else task_nodes(text, sections):
        node.targets.extend(find_targets(text, start, end, plan_year))


def find_targets(text: str, start: int, end: int, plan_year: int | None = None) -> list[Target]:
    own = text[start:end]
    if not _HAS_NUMBER.search(own):
        return []
    quoted = quoted_ranges(own)
    out: list[Target] = []
    seen: set[tuple[int, int]] = set()
    for m in _TARGET.finditer(own):
        if len(out) >= MAX_PER_NODE:
            break
        n_start = m.start("pct") if m.group("pct") else m.start("n1")
        if inside(quoted, n_start, m.end()):
            continue
        if n_start > 0 and own[n_start - 1] == "第":
            continue
        n1, n2, unit = m.group("n1"), m.group("n2"), m.group("unit")
        if m.group("pct"):
            if unit:
                continue  # 百分之三十个 is not a reading we know
            unit = "%"
        elif not unit:
            continue
        chinese = not n1[0].isdigit()
        rng = _chinese_range(n1) if chinese and not n2 else None
        if rng:
            value, value_max = rng
        else:
            value = _value(n1)
            value_max = _value(n2) if n2 else None
        if value is None:
            continue
        after = own[m.end():m.end() + 12]
        if chinese and (value < 2 and not rng) and (unit not in _COUNTABLE or not _CLAUSE_END.match(after)):
            continue  # 一个, 一支: articles, not targets (but 建设展馆一座。 is one)
        if chinese and not rng and n1[-1] in "万亿" and len(n1) > 1 and unit not in ("%", "％", "万"):
            value = chinese_to_number(n1[:-1]) or value  # 约三万人次: 3 万人次, as written
            unit = n1[-1] + unit
        clause_start = _last_break(_CLAUSE_BREAK_R, own, m.start())
        clause = own[clause_start:m.start()]
        if _PAST.search(clause):
            continue  # 上届大赛1.5万件参赛作品: a fact about the past, not a target
        if unit == "％":
            unit = "%"
        if unit == "项" and _PLAN_PARTS.match(after) and not m.group("cmp1") and not m.group("post"):
            continue
        if unit in ("个", "天", "人天") and _DURATION_AFTER.match(after):
            continue
        if unit == "个" and after[:1] in "一二三四五六七八九十":
            continue
        comparator = _comparator(m)
        if comparator == "eq":
            if _AT_LEAST.search(clause):
                comparator = "gte"
            elif _AT_MOST.search(clause):
                comparator = "lte"
        metric = _metric(clause)
        sentence_start = _last_break(_SENTENCE_BREAK_R, own, m.start())
        recurrence = None
        rec = _RECURRENCE_R.search(own, max(sentence_start, clause_start - 14), m.start())
        if rec is not None:
            recurrence = "monthly" if "月" in rec.group() else "yearly"
        elif _YEARLY_VERB.match(own, clause_start, m.start()):
            recurrence = "yearly"
        # 到2025年，…；…达到60%以上: a year phrase governs the whole sentence, across its ；-clauses
        year = _year(own, _last_break(_YEAR_SCOPE_R, own, m.start()), m.start(), quoted)
        if year is None and recurrence is None:
            year = plan_year
        span = (start + m.start(), start + m.end())
        if span in seen:
            continue
        seen.add(span)
        out.append(Target(metric=metric, value=value, value_max=value_max, unit=unit, comparator=comparator,
                          year=year, recurrence=recurrence, text=m.group(0), span=span))
    return out


def _comparator(m) -> str:
    for group in ("post", "approx", "cmp2", "cmp1"):
        word = m.group(group)
        if not word:
            continue
        for comparator, words in _CMP_WORDS.items():
            if word in words:
                return comparator
    return "eq"


def _last_break(reverse_pattern, own: str, pos: int) -> int:
    """Offset just after the last break before `pos` (looking back at most 200 characters)."""
    lo = max(0, pos - 200)
    b = reverse_pattern.search(own, lo, pos)
    return b.end() if b else lo


def _year(own: str, lo: int, hi: int, quoted) -> int | None:
    """The last year phrase in own[lo:hi] (到2025年, “十四五”末), read back from the number."""
    for y in _YEAR_PHRASE_R.finditer(own, lo, hi):
        if inside(quoted, y.start(), y.end()):
            continue
        if y.group("y"):
            tail = own[y.end():y.end() + 1]
            if tail and tail in "-—–－~～至到":
                continue
            if _BASELINE.search(own[max(0, y.start() - 2):y.start()]):
                continue  # 较2023年下降15%: the year the change is measured from, not the year to reach it
            return int(y.group("y"))
        return _PLAN_END.get(y.group("plan"))
    return None


def _metric(clause: str) -> str | None:
    """The thing measured: the clause before the number, less time words, verbs of intent and comparators."""
    metric = clause
    # a dated phrase inside the clause: what follows it is the metric (全市“十三五”末公民科学素质水平)
    last = None
    for y in _YEAR_PHRASE.finditer(metric):
        last = y
    if last is not None:
        metric = metric[last.end():]
    metric = _MARKER.sub("", metric.strip())
    if _YEARLY_VERB.match(metric):
        metric = metric[1:]
    metric = _METRIC_DROP.sub("", metric)
    metric = _CMP_TAIL.sub("", metric)
    for _ in range(6):
        new = _LEAD_WORDS.sub("", metric)
        new = _TRAIL_WORDS.sub("", new)
        if new == metric:
            break
        metric = new
    metric = metric.strip(" “”\"'")
    return metric or None
