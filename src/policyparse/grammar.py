"""The shared grammar of Chinese government documents, in one place.

Heading and item markers (一、 （一） 1. 1、 1． （1） ① 第一章 第一节 第一条), Chinese numerals, and
the patterns two stages need: repair restores paragraphs at glued markers, segment builds the
tree from them. A new marker style is added here, once.

Every pattern is anchored or bounded ({1,4} repetitions), so matching is linear in the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
import re as stdre

import regex as re

from policyparse import lexicons

# The `concurrent` argument of regex's pattern methods, for the calls made per line or per node: by default regex
# lets go of the GIL around every match, and takes it back around every allocation inside it; a parse runs in one
# thread, and for a short string that hand-over costs about a third of the call (a sub or finditer pays it per
# match). Passed positionally (p.match(s, pos, endpos, HOLD_GIL)): a keyword argument costs more than it saves.
HOLD_GIL = False

# one Han character, as the Unicode property has it (every block): the class the stages test a character or
# count a text's characters by
HAN = re.compile(r"\p{Han}")
# The blanks that part the words of a line: space, tab and the ideographic space (a pattern spells them [ \t\u3000]).
LINE_BLANKS = " \t\u3000"
# Unicode White_Space: what \s of the regex module takes (the standard module's \s and str.isspace also take
# \x1c-\x1f), for str.strip and for a class that must read as \s in both modules
WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def compile_led(pattern: str) -> stdre.Pattern:
    """The standard module's compile of a pattern that opens on a lookahead for one character class ((?=[…])…)
    or on a run of one class ([…]+), its search told that a match can start only at a character of that class.

    The standard module skips to the characters a pattern starts with when the pattern opens on a class or a
    literal, but not when it opens on a lookahead or a repeat: then it enters the whole pattern at every character
    (about three to four times the cost of the skip). The pattern itself is unchanged, so the matches are the same;
    only the positions tried change (those where no match can start). Where the compiler's internals differ
    (another Python), a plain compile: same matches, slower."""
    compiler = getattr(stdre, "_compiler", None)
    charset_prefix = getattr(compiler, "_get_charset_prefix", None)
    if charset_prefix is None:
        return stdre.compile(pattern)

    def led(parsed, flags):
        op, av = parsed.data[0] if parsed.data else (None, None)
        if op is _ASSERT and av[0] == 1 and len(av[1].data) == 1 and av[1].data[0][0] is _IN:
            # (?=[…]): its class is where every match starts; its \d as the digits it stands for
            return [item for each in av[1].data[0][1] for item in _digits_listed(each)]
        if op in _REPEATS and av[0] >= 1 and len(av[2].data) == 1 and av[2].data[0][0] is _IN:
            return av[2].data[0][1]  # […]+ (also {1,n}, possessive or lazy): every match starts on its class
        return charset_prefix(parsed, flags)

    compiler._get_charset_prefix = led
    try:
        return compiler.compile(pattern)
    finally:
        compiler._get_charset_prefix = charset_prefix


_SRE = getattr(stdre, "_constants", stdre).__dict__  # the compiler's opcodes (absent elsewhere: compile_led falls back)
_ASSERT, _IN, _RANGE = _SRE.get("ASSERT"), _SRE.get("IN"), _SRE.get("RANGE")
_REPEATS = tuple(op for op in map(_SRE.get, ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)
_CATEGORY_DIGIT = (_SRE.get("CATEGORY"), _SRE.get("CATEGORY_DIGIT"))


def _digits_listed(item: tuple) -> list[tuple]:
    """A \\d of a start class as ranges of characters: the module looks a character up in a listed class at once, but
    asks the Unicode database for a category at every character it skips. The BMP's decimal digits exactly (as the
    module's own \\d finds them), and every character above the BMP (a superset: the lookahead still decides)."""
    if item != _CATEGORY_DIGIT:
        return [item]
    return [(_RANGE, run) for run in _bmp_digit_runs()] + [(_RANGE, (0x10000, 0x10FFFF))]


@cache
def _bmp_digit_runs() -> list[tuple[int, int]]:
    return bmp_runs(stdre.compile(r"\d+"))


def bmp_runs(run_pattern) -> list[tuple[int, int]]:
    """The BMP characters a pattern of runs (`[…]+`, of either module) matches, as (first, last) code points: a
    class of one module written out for the other, so that both agree on every BMP character."""
    bmp = "".join(map(chr, range(0x10000)))
    return [(m.start(), m.end() - 1) for m in run_pattern.finditer(bmp)]

def round_brackets_open(s: str) -> bool:
    """Does s open more round brackets （ ( than it closes?"""
    # most lines open none: two `in` tests (a memchr each) spare the four counts (a loop over every character each)
    if "（" not in s and "(" not in s:
        return False
    return s.count("（") + s.count("(") > s.count("）") + s.count(")")


def left_open(s: str) -> bool:
    """Does s leave a 《 or a round bracket open (a title or a clause that goes on past it)?"""
    return ("《" in s and s.count("《") > s.count("》")) or round_brackets_open(s)  # no 《: none left open, no counts


def char_positions(text: str, chars: str) -> list[int]:
    """Every position of any of a few `chars` in text, in order. str.find passes the text in C (a memchr), where a
    pattern of their class looks at every character: for a handful of characters, found a few hundred times, the
    finds cost a tenth of the scan."""
    out = []
    for ch in chars:
        at = text.find(ch)
        while at >= 0:
            out.append(at)
            at = text.find(ch, at + 1)
    out.sort()
    return out


CN_DIGITS = {"〇": 0, "零": 0, "O": 0, "○": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# The Chinese numerals of a heading marker's or an article's number (三、 （十二） 第一百零五条 第二〇二〇号), written once: the
# stages build their numeral classes from it ([{CN_NUMERALS}\d] where a number may be written in digits too)
CN_NUMERALS = "一二三四五六七八九十百零〇"
_CN = CN_NUMERALS
# what follows a numeral that is listed, not a word: 一、二、三, 一、二级, 三、四线, 二、三年
_LISTED = "、，,．.级类年月日季期批个项号等次届档线产轮代种名位"

# Decimal outline numbering (1.1 / 1.2.1 / 2.3.1, standards and 应急预案): the parts carry no 0 and no leading zero
# (0.35, 1.05 are figures), at most two digits (2023.1.1 is a date), two to four parts (possessive: no re-split).
_DECIMAL_PARTS = r"(?P<parts>[1-9]\d?+(?:[.．][1-9]\d?+){1,3}+)(?![.．]?\d)"
# What a number's measure opens with (1.2万元, 1.5倍, 3.5亿, 1.5个百分点, 2.1版, 10.1日前): after it the figure is no
# marker. Titles that open with the same character are let through (3.1日常监测, 1.2年度目标, 6.1人力资源保障).
_DECIMAL_MEASURE = (
    r"(?:[万亿倍元吨亩岁秒℃]|周岁|个百分点|百分点|个月|个工作日|千[米克瓦]|公[里顷斤]|平方|立方|米|小时|天|版|级|年(?!度)|日(?![常程])|月(?!度))"
)
# A title follows: blanks, then a Han character that opens no measure.
_DECIMAL_TITLE = rf"(?:[.．、](?![.．]))?+[ \t\u3000]*+(?!{_DECIMAL_MEASURE})(?=\p{{Han}})"
# 第一、…第十、 (older State Council texts: 第一、各行各业应用计算机…): an ordinal listing the points under a heading,
# not 第十五、十六、十七条 (ordinals cited as a list) nor 第一、二批 (a numeral listed after the mark).
_ORDINAL = rf"第([{_CN}]{{1,3}})、(?![{_CN}]|\d)(?=\p{{Han}}|[“《（(])"

# 20XX年, 20**年, 20*年: a year a template or an essay site's copy masks (一、20*年我市经济和社会发展的主要目标, ts_01)
_MASKED_YEAR_DIGITS = r"[Xx×*＊]{1,2}"

# 一 and a measure (一个, 一批, 一年): the title's first word, never a numeral listed after the mark
_ONE_MEASURED = "一(?=[级类年月日季期批个项号等次届档线产轮代种名位])"

# the words that name a plan's parts before their numeral (活动一、 任务二、): one heading family, read as 一、 二、
_NAMED_PART_WORDS = "活动|任务|专题|措施|行动|工程|板块"
_NAMED_PART_FIRST = frozenset(w[0] for w in _NAMED_PART_WORDS.split("|"))
_NAMED_PART_MARKER = re.compile(
    rf"(?:{_NAMED_PART_WORDS})([{_CN}]{{1,3}})、(?!(?:\d|[{_CN}]+(?:[{_LISTED}]|$)))(?=\p{{Han}}|[“《（(])"
)

# 三)… / 一）…: a Chinese numeral closed by a round bracket never opened, then the title (a Han character, a quote or 《)
_HALF_PAREN_CN = re.compile(rf"([{_CN}]{{1,4}})[）)](?!项(?!目))(?=[ \t\u3000]*+[\p{{Han}}“《])")
# 1）优化基础设施布局。… / 2）支撑平台 (xh_02, a PDF guide's text): a digit closed by a round bracket never opened, the
# list a decimal outline numbers below its deepest part; ranked as （1）, its marker given as written (1）)
_HALF_PAREN_NUM = re.compile(r"(\d{1,2})[）)](?=[ \t\u3000]*+[\p{Han}“《])")
_HALF_CLOSE = frozenset("）)")

# 【第一篇】数字中国建设基础加快夯实 / 第一篇　迈进创新型国家行列 (xh_01, vw_10): a report's or plan's part above its
# 第X章 or 一、 parts, in black brackets or followed by a blank, then its title; not 第一篇:… (a sharing site's list of
# pages, rp_23) nor 第一篇文章… in prose
_BOOK = re.compile(rf"【?第([{_CN}]{{1,3}})篇(?:】|(?=[ \u3000]))(?=[ \u3000]*+\p{{Han}})")

# (style, level, pattern). Order matters: bracketed styles before bare ones.
_STYLES = [
    ("book", 1, _BOOK),
    # not 第三章、第八章至九章 / 第八章至九章: chapters cited as a list or a range head nothing
    ("chapter", 1, re.compile(rf"第\s*([{_CN}]{{1,4}}|\d{{1,3}})\s*章(?![、，,]\s*第|至)")),
    ("section", 2, re.compile(rf"第\s*([{_CN}]{{1,4}}|\d{{1,3}})\s*节(?![、，,]\s*第|至)")),
    # (five numerals: 第一百一十一条; a law's 111th to 119th, 211th… articles; 第二百八十七条之一: an article an
    # amendment inserted after the 287th, its own article, numbered as the one it follows)
    ("article", 3, re.compile(rf"第\s*([{_CN}]{{1,5}}|\d{{1,3}})\s*条(?:之[一二三四五六七八九十]{{1,2}})?(?![例款件目])")),
    # the level the point takes under its 一、 heading (sc_11): the rank of （一）, in a style of its own
    ("ordinal", 2, re.compile(_ORDINAL)),
    # not （十二）项规定提供…: a line a hard wrap opened inside a citation of a list's item (按附件2 / （十二）项规定…,
    # ur_05); （一）项目建设 is a heading
    ("paren_cn", 2, re.compile(rf"[（(]\s*([{_CN}]{{1,4}})\s*[）)](?!项(?!目))")),
    ("paren_num", 4, re.compile(r"[（(]\s*(\d{1,3})\s*[）)]")),
    # (a) / （b）: a lower-case Latin letter in brackets, the entries an outline numbers below its deepest part
    # (人工智能安全治理框架: 3.1.1 模型算法安全风险 / (a)可解释性差的风险。…, uw_02); ranked as （1）
    ("paren_latin", 4, re.compile(r"[（(]([a-z])[）)](?=\s*+[\p{Han}“《])")),
    # not 一、二、三, 一、二级 or 一、2 (a numeral listed after the mark), but 一、一九八六年改进的意见 and 一、2024 年工作回顾
    # (a year, in words or digits — or masked, 20*年 — or a day, 一、2月20日（正月十六）…禁止…: tu_05, opening the title:
    # ru_03, sf_01, ts_01; a report's 回顾 / 总体要求 parts) and 一、五良太乡…领导小组, 三、三农工作
    # (a title whose first word starts with a numeral), and 三、一个代表团… (一 and a measure opening the title: listed numerals
    # count up from the first, 一、二级 / 二、三年, so a lone 一 after the mark lists nothing)
    ("cn", 1, re.compile(
        rf"([{_CN}]{{1,4}})\s*[、．.](?!(?![〇○零一二三四五六七八九]{{4}}年|(?:19|20)(?:\d\d|{_MASKED_YEAR_DIGITS})[ \u3000]?年|\d{{1,2}}月\d{{1,2}}[日号]|{_ONE_MEASURED})"
        rf"(?:\d|[{_CN}]+(?:[{_LISTED}]|$)))"
    )),
    # 活动二、深入开展… / 任务一、… / 专题三、…: a part named by a word and its numeral, the 一、 family with a word
    # before the numeral (tj_01); the same numeral conditions, and the 、 alone as its stop
    ("cn", 1, _NAMED_PART_MARKER),
    # 三)夯实数据基础。… between (二) and (四) (sh_02), 一)加强师资建设。… over (二) (vv_03): a paren marker whose opening
    # bracket the source lost (a PDF's text layer, a retyped copy), ranked as （三）; its marker is given as written (三）)
    ("paren_cn", 2, _HALF_PAREN_CN),
    ("paren_num", 4, _HALF_PAREN_NUM),
    # 1.2025年底前… and a year its source scrambled (4.0402年启动…): a 4-digit year after the stop is no decimal part
    # before num, which takes no 1.1 (a digit after its stop); level = parts (see decimal_level). 1.80周岁及以上的
    # (si_14), 2.18岁以下的: an age of two or three digits is a whole number, so the figure after the stop is the
    # entry's text (1.5岁, an infant's age, stays a figure)
    ("decimal", 2, re.compile(_DECIMAL_PARTS + _DECIMAL_TITLE)),
    # 2.2019-2022年，指导…: a span of years after the stop opens the entry's text as a year does (uh_05). 1、2年内无自有住房
    # …, 2、前1年内… (un_03): a span of time counted after 、 (2年内, 6个月, 10个工作日, 40周岁) opens the entry's text too,
    # where a bare digit after 、 is the next number of a list (1、2、3)
    ("num", 3, re.compile(r"(\d{1,3})\s*(?:[.．](?!\d)|、(?!\d)|[.．](?=\d{4}(?:[-－—–~～至到]\d{4})?年|\d{2,3}周?岁)"
                          r"|、(?=\d{1,3}(?:年内|年以上|个月|个工作日|日内|天内|周岁)))")),
    ("circled", 5, re.compile(r"([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])")),
]

# Each style's marker starts with one kind of character: 第, a bracket, a Chinese numeral, a digit or a
# circled number. match_marker tries only the styles the line's first character can start (same order).
_STYLES_BY_START = {
    "第": [st for st in _STYLES if st[0] in ("chapter", "section", "article", "ordinal")],
    "book": [st for st in _STYLES if st[0] == "book"],
    "bracket": [st for st in _STYLES if st[0] in ("paren_cn", "paren_num") and st[2] not in (_HALF_PAREN_CN, _HALF_PAREN_NUM)],
    "latin": [st for st in _STYLES if st[0] == "paren_latin"],
    "cn": [st for st in _STYLES if (st[0] == "cn" and st[2] is not _NAMED_PART_MARKER) or st[2] is _HALF_PAREN_CN],
    "digit": [st for st in _STYLES if st[0] in ("decimal", "num")],
    "num": [st for st in _STYLES if st[0] == "num"],
    "half_num": [st for st in _STYLES if st[2] is _HALF_PAREN_NUM],
    "circled": [st for st in _STYLES if st[0] == "circled"],
    "named": [st for st in _STYLES if st[2] is _NAMED_PART_MARKER],
}


def _decimal_may_open(line: str) -> bool:
    """Can _DECIMAL_PARTS match at the line's start: 1-9, at most one digit more, a stop, then 1-9 (1.1, 12.3)? Most
    digit-led lines (1. / 1、 / 10、) cannot, and are spared the decimal pattern's call before the num pattern's."""
    n = len(line)
    return line[0] in "123456789" and (
        (n > 2 and line[1] in ".．" and line[2] in "123456789") or (n > 3 and line[2] in ".．" and line[3] in "123456789")
    )


# The styles a line's first character can start, found by one dict look-up (the line's first test in match_marker):
# 第, a bracket (its own entry: the letter after it chooses), each Chinese numeral, each named part's first
# character, each circled number; earlier entries win, in the order the tests ran before (a CN numeral is no named
# part's first). A digit is no key (str.isdigit is asked after); every other character starts no style. Exact against
# the chain of tests (tests/test_segment_gates.py, every code point).
_BRACKET_OPENS = "bracket"
_STYLES_BY_FIRST: dict[str, list | str] = {"第": _STYLES_BY_START["第"], "（": _BRACKET_OPENS, "(": _BRACKET_OPENS,
                                            "【": _STYLES_BY_START["book"]}
for _first in _CN:
    _STYLES_BY_FIRST.setdefault(_first, _STYLES_BY_START["cn"])
for _first in sorted(_NAMED_PART_FIRST):
    _STYLES_BY_FIRST.setdefault(_first, _STYLES_BY_START["named"])
for _lo, _hi in (("\u2460", "\u2473"), ("\u3251", "\u325f"), ("\u32b1", "\u32bf")):  # ①-⑳, ㉑-㉟, ㊱-㊿
    for _code in range(ord(_lo), ord(_hi) + 1):
        _STYLES_BY_FIRST.setdefault(chr(_code), _STYLES_BY_START["circled"])  # before isdigit, which ① passes
del _first, _lo, _hi, _code


def _styles_starting_with(first: str, line: str) -> list | None:
    """The styles match_marker tries on a line opening on `first` (same order as _STYLES), None when no style
    starts with that character."""
    styles = _STYLES_BY_FIRST.get(first)
    if first == "第" and "篇" in line[2:5]:
        return _STYLES_BY_START["book"]  # 第一篇　… (vw_10): a part, asked only where 篇 follows the numeral
    if styles is None:
        if not first.isdigit():
            return None
        # 1）/ 12）: the bracket right after one or two digits chooses the half-bracket style alone (no num or decimal
        # marker has it there), so the other digit-led lines are spared its pattern
        if line[1:2] in _HALF_CLOSE or (line[2:3] in _HALF_CLOSE and line[1].isdigit()):
            return _STYLES_BY_START["half_num"]
        return _STYLES_BY_START["digit"] if _decimal_may_open(line) else _STYLES_BY_START["num"]
    if styles is _BRACKET_OPENS:
        # (a): a letter right after the bracket is tried by its own style only, so the other bracketed lines (（一）,
        # （注：…）) are spared a third pattern
        return _STYLES_BY_START["latin"] if "a" <= line[1:2] <= "z" else _STYLES_BY_START["bracket"]
    return styles


# Under a 第X条 article the ordinary styles are sub-items of the article.
UNDER_ARTICLE = {"paren_cn": 4, "cn": 4, "num": 5, "paren_num": 6, "circled": 7}


@dataclass(frozen=True)
class Marker:
    style: str
    level: int
    number: int
    text: str  # as written, brackets normalised to full width
    end: int  # offset just after the marker (and any spaces after it) within the line


def chinese_number(s: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十一 -> 21, 九十九 -> 99, 一百零一 -> 101; digits pass through."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        else:
            return None
    return total + current


def circled_number(ch: str) -> int:
    o = ord(ch)
    if 0x2460 <= o <= 0x2473:
        return o - 0x2460 + 1
    if 0x3251 <= o <= 0x325F:
        return o - 0x3251 + 21
    return o - 0x32B1 + 36


def latin_number(ch: str) -> int:
    """a -> 1, b -> 2: the place of a bracketed Latin letter in its list."""
    return ord(ch) - 96


_DECIMAL_STOP = re.compile(r"[.．]")


def decimal_level(parts: str) -> int:
    """1.1 -> 2, 1.2.1 -> 3: a decimal marker stands as deep as it has parts (its head N. is level 1)."""
    return len(_DECIMAL_STOP.split(parts))


def decimal_numbers(number: str) -> tuple[int, ...]:
    """3.2.1 -> (3, 2, 1): the parts of a decimal number, each as a whole number (repair's glued-outline cut compares
    them)."""
    return tuple(int(p) for p in _DECIMAL_STOP.split(number))


def first_decimal_part(m: Marker) -> int:
    """5.4 -> 5: the first part of a decimal marker."""
    return int(_DECIMAL_STOP.split(m.text)[0])


_first_part = first_decimal_part


# styles that number an outline above 1. items: under them a decimal outline hangs from its N. item (level 3)
_OUTLINE_ABOVE_ITEMS = frozenset(("chapter", "section", "article", "cn", "paren_cn", "ordinal"))


# 1 总则 / 1总则 over 1.1 编制依据 (梁山县, 龙驹镇 应急预案): a head of a decimal outline written without its stop, a short
# title alone on its line; only a head when the outline's N.1 follows (layout keeps it only where decimal_heads takes it)
_BARE_NUMBER_HEAD = re.compile(r"([1-9]\d?)[ \t\u3000]*+(?=\p{Han})[^\s，。；：,.;:！？、（）()]{2,15}$")


def bare_number_head(line: str) -> Marker | None:
    """1 总则 -> a num marker (number 1) for decimal_heads to weigh; None for any other line."""
    m = _BARE_NUMBER_HEAD.match(line.strip(" \t\u3000"))
    if m is None:
        return None
    end = m.end(1)
    while end < len(line) and line[end] in " \t\u3000":
        end += 1
    return Marker("num", 3, int(m.group(1)), m.group(1), end)


def decimal_heads(markers: list[Marker | None]) -> dict[int, Marker]:
    """The markers of a decimal outline that change level, by their index in `markers` (a document's line markers in
    order, None where a line has none). An N. heads the outline when the next marker is N.1, or when it follows the
    outline's last part N-1 (a head without subsections: 5.总结评估 after 4.6) and is not the next entry of a 1. 2. 3.
    list (the previous marker is no N-1.). In a document numbered by decimals alone (ru_05, 应急预案) the heads are
    level 1 and N.1 / N.1.1 keep their parts' level; under 一、 / （一） / 第X条 (a 磋商文件's 2.…情形之一的： / 2.1…)
    the head stays an item of level 3 and its parts hang below it (2.1 -> 4)."""
    changed: dict[int, Marker] = {}
    numbered = [k for k, m in enumerate(markers) if m is not None]
    base = 3 if any(markers[k].style in _OUTLINE_ABOVE_ITEMS for k in numbered) else 1
    top = None  # the first part of the outline's last marker
    head_at = None  # the first part the current head N. carries
    prev: Marker | None = None
    for at, k in enumerate(numbered):
        m = markers[k]
        if m.style == "decimal":
            top = _first_part(m)
            if base != 1 and head_at == top:
                m = changed[k] = Marker("decimal", base + m.level - 1, m.number, m.text, m.end)
        elif m.style == "num":
            nxt = markers[numbered[at + 1]] if at + 1 < len(numbered) else None
            head_at = m.number if _heads_outline(m, nxt, prev, top) else None
            if head_at is not None and base == 1:
                m = changed[k] = Marker("decimal", 1, m.number, m.text, m.end)
            top = head_at if head_at is not None else top
        prev = m
    return changed


def _heads_outline(m: Marker, nxt: Marker | None, prev: Marker | None, top: int | None) -> bool:
    """Does the N. marker m head a decimal outline: its first subsection N.1 comes next, or it follows the outline's
    last part N-1 (5.总结评估 after 4.6) and is not the next entry of a 1. 2. 3. list (prev no N-1.)?"""
    if nxt is not None and nxt.style == "decimal" and nxt.level == 2 and nxt.number == 1 and _first_part(nxt) == m.number:
        return True
    return top is not None and m.number == top + 1 and not (prev.style == "num" and prev.number == m.number - 1)


@lru_cache(maxsize=4096)
def _marker_text(raw: str) -> str:
    """A marker as written, brackets made full width and spaces dropped: one shared str per form, so a
    document's few forms are held once, not once per node (（1） on 10k items).

    A bounded cache, not sys.intern: interning inserts into the interpreter's one table of interned names,
    which only grows (on 3.12 an interned str is immortal: a batch's endless 1. … 9999. would leak), and
    whose resize then lands in whichever parse comes next (a 2 MB table: tests/test_reliability.py)."""
    return raw.replace("(", "（").replace(")", "）").replace(" ", "").replace("\u3000", "")


def match_marker(line: str) -> Marker | None:
    """The numbering marker a (left-stripped) line starts with, if any."""
    if not line:
        return None
    first = line[0]
    if first == "—":
        return _dash_for_one(line)
    if first in "（(" and line[1:2] in _HYPHENS:  # the bracket first: most lines open on none, spared the slice
        return _hyphen_for_one(line)
    styles = _styles_starting_with(first, line)  # the first character's gate and the styles it opens, one look-up
    if styles is None:
        return None
    for style, level, pattern in styles:
        m = pattern.match(line, 0, None, HOLD_GIL)
        if not m:
            continue
        end = m.end()
        # _prose_after_chapter's own first test, asked here: only a chapter or section can be prose, and most
        # markers are neither (no call for them)
        if style in _PROSE_STYLES and _prose_after_chapter(style, line, end):
            continue
        while end < len(line) and line[end] in " \u3000\t":
            end += 1
        if end < len(line) and line[end] == "|" and not line[end:].strip("| \t\u3000"):
            return None  # (9) |: a table's cell closed by its border bar (tl_09), a value, no heading
        written, numeral = m.group(0, 1)
        marker = _marker(style, level, written, numeral, end)
        if marker is not None:
            return marker
    return _counted_down_after_mark(line) if first in _CN else None


# 七、二年建设期…: a numeral after the mark no greater than the marker's opens the title (listed numerals count up:
# 一、二级 / 二、三年), so the line is numbered all the same; not 三、二、一 (a list counting down) nor 三、二
_LISTED_WORDS = _LISTED.translate(str.maketrans("", "", "、，,．."))  # 级 / 年 / 批 …: a measure, no list's stop
_COUNTED_DOWN = re.compile(rf"([{_CN}]{{1,4}})[ \t\u3000]*+、([{_CN}]{{1,4}})(?=[{_LISTED_WORDS}])")


def _counted_down_after_mark(line: str) -> Marker | None:
    """The 一、 marker of a line the cn pattern passed over for a numeral listed after the mark, when that numeral
    does not count up from the marker's (七、二年…), else None."""
    m = _COUNTED_DOWN.match(line)
    if m is None:
        return None
    mark, after = chinese_number(m.group(1)), chinese_number(m.group(2))
    if mark is None or after is None or after > mark:
        return None
    return _marker("cn", 1, line[:m.start(2)], m.group(1), m.start(2))


_PROSE_STYLES = frozenset(("chapter", "section"))  # the styles whose marker may open a line of prose (第一节课)


def _prose_after_chapter(style: str, line: str, end: int) -> bool:
    """第一章总则 is a chapter, but 第一节课 in prose is not: only a short remainder, or one without stops, is a title."""
    if style not in _PROSE_STYLES or end >= len(line) or line[end] in " \u3000\t":
        return False
    rest = line[end:]
    return any(p in rest for p in "，。；") and len(rest) > 30


# —、总体目标要求: a dash typed for the numeral 一 (they look alike) before 、 and a title; not a —— dash run
_DASH_FOR_ONE = re.compile(r"—、[ \u3000]*+(?=[\p{Han}“《（(])")


# (-)标准体系框架 / (-)加强统筹协调,… (xh_05, a text layer read from print): a hyphen read for the numeral 一 (they
# look alike) between brackets, then a title; ranked as （一）, its marker given as written (（-）)
_HYPHENS = frozenset("-－")
_HYPHEN_FOR_ONE = re.compile(r"[（(][-－][）)](?=[ \t\u3000]*+[\p{Han}“《])")


def _hyphen_for_one(line: str) -> Marker | None:
    m = _HYPHEN_FOR_ONE.match(line)
    return None if m is None else _marker("paren_cn", 2, m.group(0), "一", m.end())


def _dash_for_one(line: str) -> Marker | None:
    m = _DASH_FOR_ONE.match(line)
    return None if m is None else _marker("cn", 1, "—、", "一", m.end())


@lru_cache(maxsize=4096)
def _marker(style: str, level: int, written: str, numeral: str, end: int) -> Marker | None:
    """The Marker of one written form (None when its numeral is no number above 0): built once and shared,
    as a document numbers thousands of lines with a few forms (a frozen dataclass is slow to build)."""
    if style == "decimal":
        level, number = decimal_level(numeral), int(_DECIMAL_STOP.split(numeral)[-1])
    else:
        number = latin_number(numeral) if style == "paren_latin" else circled_number(numeral) if style == "circled" else chinese_number(numeral)
    if number is None or number <= 0:
        return None
    return Marker(style, level, number, _marker_text(written), end)


# ------------------------------------------------------------------ page numbers (PDF text)

_PAGE_DASH = r"\-—–－"  # the dashes a folio is printed between: — 6 —, - 2 -, －3－
# 第3页, 第 3 页 共12页, 第3页，共12页: a page counted in words
_PAGE_OF = r"第\s*+\d{1,4}\s*+页(?:\s*+[，,/]?\s*+共\s*+\d{1,4}\s*+页)?"


def page_number_line(most_dashes: int, *, tilde: bool = False, page_of: bool = False) -> re.Pattern:
    """A page number standing as a line of its own (blanks around it): a number of up to four digits between dashes,
    1 to `most_dashes` on each side; `tilde`: ~ is printed for the dash too (~ 6 ~); `page_of`: also 第N页 (共M页).

    Each caller states how far it reaches: a reader of positioned lines, which asks only at a page's edge, takes
    the most; a step that cuts text at such a line (a side-by-side table's end) takes the narrowest form."""
    dash = "[" + _PAGE_DASH + ("~" if tilde else "") + "]{1," + str(most_dashes) + "}"
    forms = dash + r"\s*+\d{1,4}\s*+" + dash + ("|" + _PAGE_OF if page_of else "")
    return re.compile(r"^\s*+(?:" + forms + r")\s*+$")


# 5: a page's number printed bare, no dashes — a figure alone on its line. Only a reader that knows where a page
# breaks (a task table's rows going on past it) may take it so: elsewhere such a line is a row's or an item's number.
BARE_PAGE_NUMBER = re.compile(r"^[ \u3000]*+\d{1,3}+[ \u3000]*+$")

# ------------------------------------------------------------------ decrees and adoption notes

# 政府令 / 部令 numbers stand where a 文号 stands in regulations: 广州市人民政府令第61号,
# 中华人民共和国国务院令第692号, 中山市人民政府令（第16号）, 粤府令第197号.
# A 令 numbered within its year prints the year in brackets: 中国人民银行令〔2016〕第3号, 中国人民银行令（〔2007〕第 1 号）,
# or before 第: 交通运输部令2019年第9号.
# （2010年1月21日，…工业和信息化部令第12号公布…）: a note may part the date from the body with a comma
DECREE_NUMBER = re.compile(
    r"(?:(?<=[日\s（(以于经由：:、，,])|^)(?P<issuer>(?![日以于经由])\p{Han}{2,30}?)令\s*+[（(]?\s*+"
    r"(?:[〔［\[]\s*+(?P<year>(?:19|20)\d\d)\s*+[〕］\]]\s*+|(?P<year_of>(?:19|20)\d\d)\s*+年\s*+)?第\s*+(?P<number>\d{1,4})\s*+号\s*+[）)]?",
    re.M,
)
# （1996年9月23日北京市人民政府第14号令发布…）: older local 令 put 令 after the number. A pattern of its own, asked only
# where 号令 stands: one alternation with the pattern above takes away the 令 its search is anchored on (460 times slower)
_DECREE_NUMBER_BEFORE_LING = re.compile(
    r"(?:(?<=[日\s（(以于经由：:、，,])|^)(?P<issuer>(?![日以于经由])\p{Han}{2,30}?)第\s*+(?P<number>\d{1,4})\s*+号\s*+令", re.M
)
# 《…》（人社部令第35号） / 《…》（住房城乡建设部公告2019年第237号，…）: the 令 or 公告 number a cited rule or standard
# carries in the bracket after its title, where a notice carries its 文号 (group 1, as written). Older texts put 令 last,
# with or without 第: 《建筑工程质量管理条例》（国务院第279号令）, 《…监督规定》（建设部81号令）.
_DECREE_BLANK = r"[ \t\u3000]*+"
# 潍坊市人民政府令 / Original URL: http://… / 第77号 (us_03): a mirrored page's provenance line, no Chinese in it, parts a
# 令 header from its number on the line below; the part between them is cut before DECREE_NUMBER reads the head
DECREE_HEAD_PARTED = re.compile(r"(?<=\p{Han}令)[ \t\u3000]*+\n[\s]*+[^\p{Han}\n]{1,200}+\n(?=\s*+第[ \t\u3000]*+\d{1,4}[ \t\u3000]*+号)")
# 《…工作方案》(永村(社区)换届办〔2021〕4)号文件: a cited 文号 whose bracket the page closed before its 号, its issuer code
# holding a bracketed word; group 1 is the number without its 号
CITED_NUMBER_CLOSED_EARLY = re.compile(
    r"[（(]((?:\p{Han}|[（(]\p{Han}{1,4}[）)]){2,16}[〔\[［]\s*+(?:19|20)\d{2}\s*+[〕\]］]\s*+\d{1,5})[）)]号"
)
# 赵春益委员 / 你提出的《关于…的建议》收悉 (uq_06): a reply to a deputy's suggestion or a member's proposal addresses the
# person on a line of their own, with no colon; the body's first sentence then opens on 你 / 您
PERSON_ADDRESSEE = re.compile(r"^\p{Han}{2,8}?(?:委员|代表|同志)$")
REPLY_OPENING = re.compile(r"^[你您](?:提出|领衔|所提|们提出|的)")
# • 各区、市人民政府，…: a page printing its label fields as a bullet list puts the 主送 in the last bullet (uq_05); the
# bullet is no part of the first addressee
FIELD_LIST_BULLET = re.compile(r"^[•·●▪◆■][ \t\u3000]*+")
# 《…建议》（〔202289号） / 《…通知》（内工信发〔202054号） (uq_06): a cited 文号 whose closing bracket the page lost, the
# year's four digits run into the number; the whole parenthetical is the number (group 1 the issuer code, may be empty)
CITED_NUMBER_LOST_CLOSE = re.compile(r"[（(](\p{Han}{0,12})[〔\[［]((?:19|20)\d{2})(\d{1,4})[号號][）)]")
# 根据…指挥部文件大防动指字(2024)1号《…实施方案》的通知要求 / 按照国办发〔2019〕3号《…》要求: a cited 文号 written
# straight before its title (uk_09). The issuer code opens after the word that leads to it (文件, a citing verb, 的)
# or after a mark that is no letter, so the words before it are no part of the number; searched on the few
# characters before the 《 with endpos there (the $ holds the number against the bracket).
CITED_NUMBER_BEFORE = re.compile(
    r"(?<=文件|按照|根据|依据|依照|遵照|落实|贯彻|执行|的|[^\p{Han}A-Za-z])"
    r"(?P<number>[\p{Han}A-Za-z]{2,10}?[ \t\u3000]*+[〔\[［（(【][ \t\u3000]*+(?:19|20)\d{2}[ \t\u3000]*+[〕\]］）)】]"
    r"[ \t\u3000]*+(?:第[ \t\u3000]*+)?\d{1,5}[ \t\u3000]*+[号號])[ \t\u3000]*+$"
)
CITED_DECREE = re.compile(
    rf"[（(]{_DECREE_BLANK}(\p{{Han}}[\p{{Han}}、]{{1,30}}?"
    rf"(?:(?:令|公告){_DECREE_BLANK}(?:(?:19|20)\d{{2}}{_DECREE_BLANK}年)?{_DECREE_BLANK}第{_DECREE_BLANK}\d{{1,4}}{_DECREE_BLANK}号"
    rf"|第?{_DECREE_BLANK}\d{{1,4}}{_DECREE_BLANK}号{_DECREE_BLANK}令))"
    rf"(?={_DECREE_BLANK}[）)，,；;])"
)
_STATE = "中华人民共和国"
# The words a government body's name ends on (…人民政府, …办公厅, …办公室, …委员会, …发展改革委, …教育局, …财政厅,
# …商务部, 国务院), written once: ORG_END below (any organisation: these and 会, 中心, 公司, 学校, …) and
# metadata's red-head header (…办公厅文件) read them all; the sites below and metadata's body before a cited title take
# them with what their place adds or leaves out, each saying why.
OFFICE_ENDINGS = ("政府", "办公厅", "办公室", "委员会", "委", "局", "厅", "部", "院")
# A 令's or a promulgation's issuer (国务院令, 交通运输部令, 中国人民银行令, 海关总署令, 国家市场监督管理总局令, 某中心公告): a
# body of the state, a bank (…行) or a 中心 among them (metadata._promulgation_number reads these)
ISSUER_ENDINGS = (*OFFICE_ENDINGS, "署", "办", "行", "中心")
# …常务委员会 (会), 某某人民政府 cut after 府 by a break: a decree's issuer read from the words before 令
_ISSUER_END = re.compile("(?:" + "|".join((*ISSUER_ENDINGS, "会", "府")) + ")$")
_TITLE_END = re.compile(r".*(?:办法|规定|条例|细则|决定|通知|规则)")  # a title glued before the issuer


def decree_number(s: str) -> tuple[str, str, int, int] | None:
    """(normalised number, issuer, start, end) of the first 令 number in `s`."""
    m = DECREE_NUMBER.search(s)
    if "号令" in s:
        before_ling = _DECREE_NUMBER_BEFORE_LING.search(s)
        if before_ling is not None and (m is None or before_ling.start() < m.start()):
            m = before_ling
    if not m:
        return None
    issuer = m.group("issuer")
    glued = _TITLE_END.match(issuer)
    if glued and glued.end() < len(issuer) - 1:
        issuer = issuer[glued.end():]
    if issuer.startswith(_STATE) and len(issuer) > len(_STATE):
        issuer = issuer[len(_STATE):]
    if not _ISSUER_END.search(issuer):
        return None
    before = s[s.rfind("\n", 0, m.start()) + 1:m.start()]
    joint = _listed_decree_bodies(before) if before.endswith("、") else _joint_decree_bodies(before)
    if before.endswith("、") and not joint:
        return None
    # a number within its year is written as a 文号 is (〔2016〕3号; 交通运输部令2019年第9号 too, as the corpus's gold
    # writes it), a running number with 第 (第692号)
    groups = m.groupdict()
    year = groups.get("year") or groups.get("year_of")
    number = f"〔{year}〕{m.group('number')}号" if year else f"第{m.group('number')}号"
    if joint:
        # 中华人民共和国国家发展和改革委员会 中华人民共和国工业和信息化部 … 中华人民共和国商务部令 第20号: a joint 令's
        # number belongs to all its bodies, so none prefixes it
        # (the listed bodies open the 令's words: its date stands before them)
        first = m.start() - len(before) + before.rfind(joint[0]) if before.endswith("、") else m.start()
        return number, "、".join(joint + [issuer]), first, m.end()
    return f"{issuer}令{number}", issuer, m.start(), m.end()


# （2008年8月20日交通运输部、国家发展改革委、财政部令第11号公布）: the bodies of a joint 令 listed with 、 before the last
_LISTED_BODIES = re.compile(r"(?:^|(?<=[日\s（(]))((?:\p{Han}{2,30}?、)+)$")


def _listed_decree_bodies(before: str) -> list[str]:
    """The other bodies of a joint 令 listed before the last one with 、 (each a body's name); [] when they are not."""
    m = _LISTED_BODIES.search(before)
    names = m.group(1).rstrip("、").split("、") if m else []
    names = [name[len(_STATE):] if name.startswith(_STATE) and len(name) > len(_STATE) else name for name in names]
    return names if names and all(_ISSUER_END.search(name) for name in names) else []


def _joint_decree_bodies(before: str) -> list[str]:
    """The other bodies of a joint 令 heading printed before the last one on its line, parted by blanks (a name the
    page broke with a blank, 中华人 民共和国监察部, joined again); [] when the text before is not bodies alone."""
    bodies: list[str] = []
    part = ""
    for word in before.lstrip("（( \t\u3000").split():  # （中国人民银行  国家市场监督管理总局令〔2024〕第3号）
        part += word
        if _ISSUER_END.search(part):
            bodies.append(part[len(_STATE):] if part.startswith(_STATE) and len(part) > len(_STATE) else part)
            part = ""
    return bodies if bodies and not part else []


# （2010年5月27日济南市第十四届人民代表大会常务委员会第十九次会议通过 …）: the body that adopted it.
ADOPTED_BY = re.compile(
    r"(?:(?<=[日\s（(])|^)(?P<place>\p{Han}{2,20}?)第[一二三四五六七八九十]{1,4}届(?P<body>人民代表大会(?:常务委员会)?)"
    r"第[一二三四五六七八九十百]{1,5}次(?:全体)?会议(?:通过|修订|审议通过)",
    re.M,
)


# （1984年3月12日第六届全国人民代表大会常务委员会第四次会议通过 …）: a national law's note names the session before
# the body, so the body is read after the 届 (only from a note or history line opening on that date; a sentence
# telling of a session, 2021年3月11日第十三届…会议通过的《…纲要》, names no issuer)
_NATIONAL_ADOPTED_BY = re.compile(
    r"(?<=^[（(]?[ \t\u3000]*+\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*+)第[一二三四五六七八九十]{1,4}届(?P<body>全国人民代表大会(?:常务委员会)?)"
    r"第[一二三四五六七八九十百]{1,5}次(?:全体)?会议(?:通过|修订|审议通过)",
    re.M,
)


def adopting_body(s: str) -> str | None:
    if "届" not in s:
        return None  # both patterns name the congress's term (第十四届): a text without 届 is not scanned by them
    m = ADOPTED_BY.search(s)
    if m:
        return m.group("place") + m.group("body")
    m = _NATIONAL_ADOPTED_BY.search(s)
    return m.group("body") if m else None


# ------------------------------------------------------------------ boxes

# 专栏1  易涝区域整治工程: a box beside the body (long plans). Its lines, numbered or not, are
# text of the node it stands in, never nodes: it ends where the body's numbering continues.
# (专栏1数字化…工程: after a digit number the box's title may follow at once). An action plan may name what its
# boxes hold before the word (任务专栏1　药品监管云建设, uw_11).
BOX_HEADING = re.compile(r"(?:任务|工程|重点)?专栏\s*+[\d一二三四五六七八九十]{1,3}+(?=[\s：:　]|$|(?<=\d)\p{Han})")


def opens_box_heading(s: str) -> bool:
    """Does the line open a 专栏 box (专栏1 …, 任务专栏1 …)? Tested on the literal first: most lines hold no 专栏."""
    return (s.startswith("专栏") or s[2:4] == "专栏") and BOX_HEADING.match(s, 0, None, HOLD_GIL) is not None
# 到2020年，初步建立…标准体系 / 到2025年，基本建成…: a plan's 专栏 box closing on the goals its work reaches by each
# year (sc_02); the box's last entries, after which the body's paragraphs go on
BOX_GOAL_ENTRY = re.compile(r"[到至][ \t]?(?:19|20)\d\d[ \t]?年(?:底|末)?[，,]")
# 智能装备标准建设重点 / 工业网络标准建设重点: a standard-system guide prints its box with no 专栏 number, titled by a line
# of its own naming the area's priorities (ur_11); the labelled paragraphs under it (传感器与仪器仪表标准。…) are the box's
# text, as a 专栏's are. Only a bare title of Han characters: a numbered entry (2.…建设重点) is an attachment list's.
BOX_TITLE_TAIL = "建设重点"  # the literal gate before the pattern
BOX_TITLE_LINE = re.compile(r"\p{Han}{2,20}" + BOX_TITLE_TAIL)


# ------------------------------------------------------------------ a guide's item fields

# 3.1 民用飞机…测试验证 / 关键技术研究（共性关键技术）研究内容：… (ur_09): the label a 申报指南 opens each item's text
# with, on the line below its title; a title the stored text wrapped goes on before it on that line
ITEM_FIELD_LABEL = "研究内容"
WRAPPED_TITLE_MAX = 30  # characters of the title's rest before the label
# the title's rest before the label: a phrase, no stop or comma
WRAPPED_BEFORE_ITEM_FIELD = re.compile(rf"[^。；;，,：:\s]{{2,{WRAPPED_TITLE_MAX}}}?(?={ITEM_FIELD_LABEL}[：:])")


# ------------------------------------------------------------------ bulleted paragraphs

# ——新型基础设施更加完善。… / --平台建设长足进步。…: a dash-bulleted paragraph (the goals of a
# plan) is a paragraph node of its own, titled by its first sentence. A single hyphen and a space
# (- 经济发展类：… / - 4个核心维度：…, a list as a markdown page writes it) bullets a paragraph too; a minus
# sign (-5%) has no space after it, and a page folio (- 1 -) or a markdown link (- [关于印发…](…)) is no bullet.
# ───── (box-drawing rules a page prints for the dash) bullets the same way
_DOUBLE_DASH = r"(?:——|--|――|－－|—-|-—|─{2,}+)[ \t\u3000]*+(?=\S)"
_HYPHEN_BULLET = r"-[ \t\u3000]++(?![\d \t\u3000]*+-|\[)(?=\S)"
DASH_BULLET = re.compile(rf"{_DOUBLE_DASH}|{_HYPHEN_BULLET}")
# the double dash alone: a goal's bullet (——…), never a Markdown list item or download link (- 关于印发….pdf)
DOUBLE_DASH_BULLET = re.compile(_DOUBLE_DASH)
# A line, or a cell, that is only a table's border printed as bars (|, ||||): a page printing one cell a line with its
# bars between (市住建局 / |), or a closing bar printed as a cell (… | 县教育局 | ||). No text of the table.
BARS_ONLY = re.compile(r"^\|++$")
# ┌───┬───┐ / │工作任务│牵头单位│ / ├───┼───┤ / └───┴───┘: a table drawn with box characters (a law site's copy of a
# Word table). Its edges and joints part the cells of a line (an edge opens and closes every line of the grid), its
# rules (───) close a cell in their column; a line of the grid is never a wrapped line of prose.
BOX_EDGES = "│┃├┤┼┌┐└┘┬┴┣┫╋┏┓┗┛┳┻"
BOX_RULES = "─━"
BOX_TOP = "┌┏"  # the corner a grid opens with


def is_box_line(s: str) -> bool:
    """A line of a box-drawn grid: an edge or joint at either end (│…│, ├───┤ │…│, ┌───┐)."""
    return bool(s) and (s[0] in BOX_EDGES or s[-1] in BOX_EDGES)
# the title is the bullet's first sentence (docs/gold-format.md): ，and ； part clauses inside it, a label's ： ends it
_BULLET_TITLE_END = re.compile(r"[。：:！？!?]")


# ■全省…总产值将达1.7万亿元 / ▲增加值可比增长14%左右: a sign (not a number) opening each entry of a list a news page or
# a plan prints as bullets; the entry is a sentence of the body even without its 。 (sl_05)
LIST_BULLET = re.compile(r"[■◆●▲★▶][ \t\u3000]*+(?=\S)")
# an entry this long is a list sentence, shorter ones (■ 要闻) stay fragments
LIST_ENTRY_MIN = 8


def is_bullet_entry(line: str) -> bool:
    m = LIST_BULLET.match(line)
    return m is not None and len(line) - m.end() >= LIST_ENTRY_MIN


# 新增100张困难重残养护床位 / 交付既有多层住宅加装电梯200台以上: an entry of a list of works printed one a line with no
# bullet and no stop (a 实事 list), its count a number and a measure word (not a date: 2024年, 1月17日)
COUNT_ENTRY = re.compile(r"(?=[^。！？!?：:]{4,90}$)\p{Han}[^。！？!?：:]*?\d[\d.]*[万亿]?(?![\d.年月日号时])\p{Han}")
# 1 / 2 / 10: the number of a group of such entries, on a line of its own
BARE_GROUP_NUMBER = re.compile(r"\d{1,2}")
# entries a run needs before its lines are read as a list, not as title lines
COUNT_LIST_MIN = 3


# 主导产业 / 功能承载 right above ■ entries: the name of the group of entries below it
_LIST_CATEGORY = re.compile(r"\p{Han}{2,12}")


# 至2020年—— / 从2021年开始—— right above ●… entries: the time the group of entries below it is set for
_TIME_CATEGORY = re.compile(r"从\s*(?:19|20)\d\d\s*年(?:开始|起)(?:——|[：:])")


def is_list_category(line: str, next_line: str) -> bool:
    """A short bare name (or the time the entries are set for) on the line right above a bulleted entry heads that
    group of entries."""
    s = line.strip()
    named = _LIST_CATEGORY.fullmatch(s) or (len(s) <= 16 and (YEAR_LEAD_IN.fullmatch(s) or _TIME_CATEGORY.fullmatch(s)))
    return bool(named) and is_bullet_entry(next_line)


def dash_bullet_title(line: str) -> str | None:
    """The first sentence of a dash-bulleted paragraph, or None when the line is not one."""
    m = DASH_BULLET.match(line)
    if not m:
        return None
    end = _BULLET_TITLE_END.search(line, m.end())
    title = line[m.end():end.start() if end else len(line)].strip()
    return title or None


# ---- responsibility notes
#
# Who carries a task is said in a note: a bracketed aside closing the item （A牵头，B配合）,
# 〔牵头单位：A；配合单位：B〕, 【责任单位：A】, or a line of its own (责任单位：A（牵头），B). Extract reads
# the notes; segment drops a note from a heading title. Both read them with the words below.

# [牵头单位：A；责任单位：B] in square brackets (sj_01), ASCII or full width, closes an item as （…） does.
NOTE_OPEN = "（(〔【[［"
NOTE_CLOSE = "）)〕】]］"

# **镇各社区, XX县教育局, ××乡: a place name a published copy masked (asterisks, X or × repeated, ○○) before its level
# word; the rest of the name (group `rest`, may be empty: the place itself) is read as any unit. The mask is the
# place's stand-in, so a labelled list keeps the unit instead of failing on a name no suffix vouches for.
MASKED_PLACE = re.compile(r"^(?:[*＊]{2,}|[xX]{2,}|[×Ｘ]{2,}|○{2,})(?P<level>[省市州县区乡镇]|街道)(?P<rest>\p{Han}{0,12})$")

# Label roles: 牵头单位 / 主办 lead; 配合单位 / 协办 / 参加单位 / 支撑单位 (vo_01: 牵头单位：A，支撑单位：B) support;
# 责任单位 / 实施单位 carry the task.
# 数据提供单位 (te_05: 牵头单位：市发改委，数据提供单位：市统计局) supplies the figures a target is checked by: it
# supports the lead, as 配合 does.
LEAD_ROLES = ("牵头", "主责", "主办")
SUPPORT_ROLES = ("配合", "协办", "参与", "参加", "协同", "协作", "支持", "支撑", "数据提供")
DUTY_ROLES = ("责任", "实施", "承办", "负责", "落实")
# （一）牵头部门职责省人社厅主要职责为：牵头制定… / （二）配合部门职责省数政局主要职责为：…。省住建厅主要职责为：… (ul_02):
# an entry titled with a role's duties (牵头部门职责, 配合单位职责) whose text lists units each with its 主要职责为：; the units
# named carry that role. An entry opens right after the title (glued to it on a one-line body) or after a sentence end.
ROLE_DUTIES_TITLE = re.compile(
    r"(?P<role>" + "|".join(LEAD_ROLES + SUPPORT_ROLES) + r")(?:部门|单位)(?:的)?(?:主要)?(?:工作)?职责[。：:]?"
)
ROLE_DUTY_ENTRY = re.compile(
    r"(?:(?<=职责)|(?<=[。；;：:]))[ \t\u3000]*+(?P<unit>[^\s，,。；;：:、（）()“”]{2,20}?)(?:的)?主要职责(?:为|是)[：:]"
)
# 成员单位 lists the bodies joined in a task beside its lead (牵头单位：A；成员单位：B、C): they support A. Alone (a group's
# member list under 组织领导) it names who sits in the group, not who carries a task: extract reads it only beside a lead.
MEMBER_ROLES = ("成员",)
TIME_LABELS = ("完成时限", "完成时间", "时间节点", "时限要求", "时限")
# The nouns a role label closes on (牵头单位, 责任部门, 责任主体; 牵头处室 in a bureau's plan for its own divisions, wd_09),
# and the role words that are labels alone (主办：A 协办：B)
LABEL_NOUNS = ("单位", "部门", "主体", "处室")
# the word a role label may hold between its role and its noun: 牵头考核单位, 牵头责任单位, 牵头指导处室 (wd_09)
_LABEL_MIDDLE = r"(?:考核|责任|指导)?"
BARE_ROLE_LABELS = ("牵头", "主办", "协办", "配合")
# 部门分工： 责任分工： 任务分工：: a duty label whose note says who leads (sf_02), opened by one of these
SPLIT_LABEL_HEADS = ("部门", "责任", "任务")
# （责任单位：A） （牵头部门：A）: the labels most notes open with, the first duty and lead role words and the first two
# nouns, spelt out (built from the role tuples' first items, a reordering of those tuples would change repair's cut
# unseen). Repair, cutting a charge to all glued after a labelled note on a one-line body (vf_05), reads only these: the
# forms it was written on, not every label NOTE_LABEL reads (配合单位, 时限, a rank word), which that cut was not
# measured on.
COMMON_NOTE_LABELS = ("责任单位", "牵头单位", "责任部门", "牵头部门")
# 牵头单位： 牵头考核单位： 牵头责任单位： 牵头指导处室： 责任部门： 牵头单位（部门）： 责任单位/部门： 主办： 协办： 市级责任单位： — a role word, an
# optional 考核 / 责任, 单位 / 部门 (and its other name); bare 牵头 / 主办 / 协办 / 配合 only as labels of their own.
NOTE_LABEL = re.compile(
    r"【?(?:(?:(?P<main>主要)|其他|[省市县区乡镇]级)?(?P<role>" + "|".join((*LEAD_ROLES, *SUPPORT_ROLES, *DUTY_ROLES, *MEMBER_ROLES)) + r")" + _LABEL_MIDDLE + r"(?:" + "|".join(LABEL_NOUNS) + ")"
    r"(?:[（(](?:单位|部门)[）)]|[/／](?:单位|部门))?"
    r"|(?P<bare>" + "|".join(BARE_ROLE_LABELS) + ")"
    r"|(?P<split>(?:" + "|".join(SPLIT_LABEL_HEADS) + r")分工)"  # 部门分工：A牵头，B配合。 (sf_02): a duty label whose note says who leads
    r"|(?P<time>" + "|".join(TIME_LABELS) + r"))\s*+(?:[:：∶]|】[:：∶]?)"  # ∶ (U+2236) stands for the colon on some pages;
)  # 【责任单位】A: the label set in black brackets instead of a colon
# （责任单位;住建局、畜牧局、各乡镇场） (vu_03): a label a note opens with, its colon typed as a semicolon. Read only at the
# note's very start (a label word then ；), where prose (明确牵头单位；…) has words before it: the same groups as NOTE_LABEL.
NOTE_LABEL_SEMICOLON = re.compile(
    r"\s*+(?:(?P<main>主要)?(?P<role>" + "|".join((*LEAD_ROLES, *SUPPORT_ROLES, *DUTY_ROLES)) + r")" + _LABEL_MIDDLE + r"(?:"
    + "|".join(LABEL_NOUNS) + r"))(?P<bare>)(?P<split>)(?P<time>)[；;]"
)
# The characters a NOTE_LABEL_SEMICOLON match opens with (after blanks): 主 or a role word's first.
SEMICOLON_LABEL_OPENERS = frozenset("主" + "".join(w[0] for w in (*LEAD_ROLES, *SUPPORT_ROLES, *DUTY_ROLES)))
# Every NOTE_LABEL match ends on one of these: the pattern opens with optional pieces and is tried at every
# character, so a text holding none of them is spared the scan.


# 二、县城园林路绿化点补充责任单位：财政局。该绿化点由建设局牵头… (uc_03): an item's title that is its topic closed by a
# note label (a supplementary notice naming the units added to a task); the label's list, up to the sentence end, is
# the item's note. The colon stands within TITLE_LABEL_REACH characters of the item's start, the list is short.
TITLE_LABEL_REACH = 40
TITLE_LABEL_LIST_MAX = 30
_LABEL_LONGEST = 10  # characters of the longest NOTE_LABEL before its colon: 牵头考核单位（部门）


def title_closing_label(text: str, lo: int, colon: int) -> int | None:
    """Where a NOTE_LABEL opens that ends on the colon at `colon` (…绿化点补充责任单位：), no nearer than two characters
    after lo (a topic stands before it); None when no label closes there."""
    if text[colon - 2:colon] not in LABEL_NOUNS:
        return None  # every label a title may close on ends so: most colons are spared the pattern
    for at in range(max(lo + 2, colon - _LABEL_LONGEST), colon - 1):
        if text[at] in NOTE_LABEL_OPENERS and (m := NOTE_LABEL.match(text, at, colon + 1)) is not None and m.end() == colon + 1:
            return at
    return None


# …建立废弃汽车底数台账（附件1）责任单位：… / （附件DO责任单位：… (tn_10, 附件1 as a page's OCR read it, its bracket
# lost): the reference to an attachment closing the item's sentence, a note label run on after it
ATTACHMENT_REFERENCE = re.compile(r"[（(](?:详?见)?附件[\dA-Za-z一二三四五六七八九十]{0,3}+[）)]?")


def has_note_label_stop(s: str) -> bool:
    return ":" in s or "：" in s or "∶" in s or "】" in s


# The characters a NOTE_LABEL match can open with: 【, a rank word's (主要, 其他, 市级) or a label word's first character.
NOTE_LABEL_OPENERS = "".join(sorted(
    {"【", "主", "其", *"省市县区乡镇"}
    | {w[0] for w in (*LEAD_ROLES, *SUPPORT_ROLES, *DUTY_ROLES, *MEMBER_ROLES, *TIME_LABELS, *BARE_ROLE_LABELS, *SPLIT_LABEL_HEADS)}
))
# \s of the regex module (Unicode White_Space; the standard module's \s also takes \x1c-\x1f), as a class of both
_WHITE_SPACE_CLASS = f"[{WHITE_SPACE}]"
# NOTE_LABEL to search a note's body for its labels (finditer): the standard module's compile led by the characters a
# label opens with, so its search skips in C to them; NOTE_LABEL (the regex module, no start class behind the optional
# 【 and rank word) entered the whole pattern at every character of the body, some 1 K instructions each. Same
# pattern, \s written as the regex module reads it: the same matches (unit test).
NOTE_LABEL_SCAN = compile_led(f"(?=[{NOTE_LABEL_OPENERS}])" + NOTE_LABEL.pattern.replace(r"\s", _WHITE_SPACE_CLASS))
# A label opening on 省 / 市 / 县 / 区 / 乡 / 镇 opens on its rank word (市级责任单位：): no role, time or duty word opens
# on one of them. In a body without 级 the search skips to the other openers only: NOTE_LABEL_SCAN entered the whole
# pattern at every 市 of a list (牵头单位：市教育局、市科协，责任单位：市科技局、…), about a dozen times a note.
_RANK_OPENERS = "省市县区乡镇"
_NOTE_LABEL_SCAN_UNRANKED = compile_led(
    "(?=[" + "".join(c for c in NOTE_LABEL_OPENERS if c not in _RANK_OPENERS) + "])"
    + NOTE_LABEL.pattern.replace(r"\s", _WHITE_SPACE_CLASS))


def note_labels(body: str) -> list:
    """NOTE_LABEL_SCAN's matches in body, in order: the same matches, searched from the openers other than the rank
    words' where body holds no 级."""
    return list((NOTE_LABEL_SCAN if "级" in body else _NOTE_LABEL_SCAN_UNRANKED).finditer(body))

# （A、B按职责分工负责）: the units named share the task; （A、B等部门按职能分别负责） too (vf_03).
JOINT_TAIL = re.compile(
    r"(?:按照?职责分工(?:分别)?负责|按职能(?:分工)?(?:分别)?负责|按职责分工(?:抓好)?落实|按职责(?:分别)?负责|分工负责|共同负责|按职责落实"
    r"|分别负责|按[^，,；;。（）()]{1,20}?的职责分工负责)$"  # 科技部等有关方面按国务院文件确定的职责分工负责
)
# 牵头抓总 / 牵头统筹 / 总牵头 (一、…（省发改委总牵头）) / 统筹 (（A统筹，B配合）), 主责 (（A主责，B协同）) and 主办 (（A主办，B协办）, sl_02) say the same as 牵头
_LEAD_VERB = r"(?:共同牵头负责|共同牵头|负责牵头|牵头负责|牵头落实|牵头实施|牵头推进|牵头组织|牵头抓总|牵头统筹|统筹牵头|总牵头|牵头|主责|主办|统筹)"
# what the units after the lead do: 配合, 参与, 按职责分工负责, and 落实 / 实施 (the 各市政府落实 of （A牵头，B配合，各市政府落实）)
_SUPPORT_VERB = (
    r"(?:按照?职责分工(?:分别)?(?:配合|负责|参与|落实)|按职责(?:分别)?(?:配合|负责|落实)|按职能(?:分工)?(?:分别)?(?:配合|负责|落实)|"
    r"配合落实|负责落实|抓好落实|组织落实|"
    r"组织实施|共同推进|参与配合|分工负责|分头落实|具体实施|具体落实|具体负责|配合|参与|参加|协助|协同|协办|负责|落实|实施)"
)
# The words saying the units named after a lead assist it (由A牵头，B配合 / A牵头，B、C参与 / …协助 / …协同), written once
# for the notes read in running text (LEAD_LINE, and extract/tasks' 为牵头单位 cell); LEAD_IN_SENTENCE and
# ASSISTING_CLAUSE take 参加 too (由A牵头，B配合，C参加: those who take part), as the forms they were written on do.
ASSIST_VERBS = ("配合", "参与", "协助", "协同")
_ASSIST_OR_TAKE_PART = "(?:" + "|".join((*ASSIST_VERBS, "参加")) + ")"
# （A牵头，B配合）, （A、B共同牵头）, （A牵头，有关部门按职责分工负责）, （A牵头、B、C配合）
LEAD_SUPPORT = re.compile(
    r"^(?P<lead>.+?)" + _LEAD_VERB + r"(?:\s*+[，,；;、]\s*+(?P<sup>.+?)" + _SUPPORT_VERB + r")?$", re.S
)
# Every _LEAD_VERB alternative holds one of these words, so a note holding none is spared LEAD_SUPPORT (a lazy
# lead tried before every character); every JOINT_TAIL match ends on one of JOINT_TAIL_ENDS (its `$` closes each
# alternative), and every LEAD_RESPONSIBLE match holds 负责.
JOINT_TAIL_ENDS = ("负责", "落实")


def has_lead_verb(s: str) -> bool:
    """Does s hold a word every _LEAD_VERB alternative holds (牵头, 主责, 主办, 统筹)? LEAD_SUPPORT needs one."""
    return "牵头" in s or "主责" in s or "主办" in s or "统筹" in s


# Under a duty label, a lead clause and a bare list: 责任单位：A、B牵头，C、D (the units after the lead clause support
# it, no verb said; the Zhejiang 责任分解 habit). Only the units of a labelled list are read so.
LEAD_THEN_LIST = re.compile(r"^(?P<lead>.+?)" + _LEAD_VERB + r"\s*+[，,；;]\s*+(?P<sup>[^，,；;]+)$", re.S)
# A note in several clauses, one role each: （A牵头，B配合，C落实）, （A、B牵头，C等有关部门配合，各市政府落实）.
# Unanchored at the start: they are matched (not searched) from a clause's start.
LEAD_CLAUSE = re.compile(r"(?P<units>.+?)" + _LEAD_VERB + r"$", re.S)
SUPPORT_CLAUSE = re.compile(r"(?P<units>.+?)" + _SUPPORT_VERB + r"$", re.S)
NOTE_CLAUSE_BREAK = re.compile(r"[，,；;]")
# （A负责）, （A负责，B配合）, （A、B分工负责，C配合）: group `shared` is set when the units named first share the
# task by their duties (分工负责, 共同负责): the note is joint even when others support. A 国办 note may close on the
# duty to see the task done or to guide it (（A、B负责落实）, （A、B负责指导）, vc_06): the same reading.
LEAD_RESPONSIBLE = re.compile(
    r"^(?P<lead>.+?)(?:(?P<shared>按照?职责分工|按职责|分工|共同)|分别|具体)?负责(?:落实|指导)?"
    r"(?:\s*+[，,；;]\s*+(?P<sup>.+?)(?:配合落实|配合|参与|参加|协助|协同|协办|具体实施|具体落实|组织实施|抓好落实|负责落实|落实))?$", re.S
)
# （A会同B负责）, （A会同B等部门落实）: A leads, B supports.
CONVENE = re.compile(r"^(?P<lead>[^，,；;]+?)会同(?P<sup>[^，,；;]+?)(?:按照?职责分工|共同|分别)?(?:负责(?:落实)?|落实|实施|推进|办理)$", re.S)
# The same under a duty label, no verb closing it (（责任单位：A、B会同C、D，各市政府、雄安新区管委会）, uz_10): A and B lead;
# C, D and the units after the comma support.
CONVENE_LIST = re.compile(r"^(?P<lead>[^，,；;：:]+?)会同(?P<sup>[^；;：:。]+?)[。；;]?$", re.S)
# （A配合B落实）, （A等部门按职责分工配合B落实）: A assists the units B, who carry the task.
ASSIST = re.compile(r"^(?P<sup>[^，,；;]+?)(?:按照?职责分工)?配合(?P<lead>[^，,；;]+?)(?:落实|实施|负责|推进)$", re.S)
# the roles a clause gives its units with 为…单位 / 为…部门 (ROLE_CLAUSE, SEGMENT_ROLE_TAIL)
_CLAUSE_ROLES = "牵头|主办|配合|协办|参与|参加|协同|责任|实施"
# （A为牵头单位，B为配合单位）: each clause names its units' role; 为责任单位 / 为实施单位 (wd_09) say who carries the task.
ROLE_CLAUSE = re.compile(r"^(?P<units>.+?)为(?P<role>" + _CLAUSE_ROLES + r")(?:单位|部门)$", re.S)
CARRY_ROLES = ("责任", "实施")
# 牵头指导处室：A，B、C为实施单位，下同 (wd_09): a labelled segment's last clause naming its units' role, the remark 下同
# after it; group `head` ends where the clause opens. The units 下同 / 以下均需…落实 declare for later tasks are read for
# the note that declares them only: the gold of every such document (rq_13, un_06, uz_09, vc_05, vj_01) so reads them.
SEGMENT_ROLE_TAIL = re.compile(
    r"(?P<head>.+)[，,；;]\s*+(?P<units>[^，,；;：:]+?)为(?P<role>" + _CLAUSE_ROLES + r")(?:单位|部门)"
    r"(?:[，,]\s*+下同)?[。]?$", re.S
)
# （A、B分别牵头）, 责任单位：A、B分别牵头: each unit leads its own part of the task, none leads the others (joint).
EACH_LEADS = re.compile(r"^(?P<units>.+?)分别牵头(?:负责)?$", re.S)
# What may follow a unit's name in a task table's unit cell and is no part of it: its duty (区财政局配合, 区发改局牵头)
# or a note on it (区财政局（按职责分工负责）). Kept with the note grammar so a new duty word is added here.
# A bracketed alternative of a tier inside a collective's name: 各有关乡镇（街道）, 各镇（街道）, 各县（市、区） name one
# collective, the bracket part of the name (tt_39), not a note on it.
_TIER = r"(?:乡镇|街道|镇街|社区|[乡镇村县市区旗])"
# 各区（市）县政府（管委会）: the governments and, where a zone stands for one, its 管委会 — one collective too (tt_51).
TIER_ALTERNATIVE = (
    r"(?:(?<=[乡镇村县市区旗道])[（(]" + _TIER + r"(?:[、，,]" + _TIER + r")*[）)]|(?<=政府)[（(](?:管委会|管理委员会)[）)])"
)
# 各区、县（市）政府（管委会）, 各县、市、区人民政府: the governments of a list of tiers, one collective — the 、 inside it
# parts tiers, not units.
# 各盟行政公署、市人民政府 (the addressees of an Inner Mongolia notice): each tier named with its own government, one
# collective too; parted by 、 only, and never before a body's own departments (各县政府、市政府各部门).
_TIER_GOVERNMENT = r"(?:盟行政公署|" + _TIER + r"(?:人民)?政府)(?![各有直])"
TIER_LIST_GOVERNMENTS = re.compile(
    r"各" + _TIER + r"(?:" + TIER_ALTERNATIVE + r")?(?:[、，,]" + _TIER + r"(?:" + TIER_ALTERNATIVE + r")?)+"
    r"(?:人民)?政府(?:" + TIER_ALTERNATIVE + r")?"
    r"|各" + _TIER_GOVERNMENT + r"(?:、" + _TIER_GOVERNMENT + r")+"
)
UNIT_DUTY_WORDS = ("牵头", "主办", "配合", "参与", "协办", "协助", "负责")
UNIT_DUTY_TAIL = re.compile(r"(?:(?!" + TIER_ALTERNATIVE + r")[（(][^（）()]{0,16}[）)]|" + "|".join(UNIT_DUTY_WORDS) + ")+$")
# A body's other name in brackets after its name (规划信息处（爱卫办）, 未来科技城（海创园）, 余杭经济技术开发区（钱江经济开发区）:
# one body under two names): the bracket ends as a unit's name does and holds no role word, so it is no duty or note.
OTHER_NAME_TAIL = re.compile(
    r"[（(](?P<other>(?:(?!" + "|".join((*UNIT_DUTY_WORDS, "责任")) + r")[^（）()]){2,16})[）)]$"
)
# A collective written straight after a known unit's name, no separator (县民政局各相关乡镇街道, tt_32; 县民政局各有关单位):
# 各有关 / 各相关 anything, or 各 and a tier below the county (各乡镇（街道）). 区政府各部门 / 国务院各部门 (a body's
# own departments) and X各有关部门 stay one collective: neither form is read here.
COLLECTIVE_AFTER_UNIT = re.compile(
    r"各(?:有关|相关|(?=乡镇|街道|镇街|社区|[乡镇村]))\p{Han}{1,8}(?:" + TIER_ALTERNATIVE + r")?(?<!部门)$"
)
# 13个街道、镇 (the district's thirteen subdistricts and towns): a count of bodies of the tiers below the county,
# listed with 、, names one collective, not a unit and a bare 镇.
COUNTED_TIERS = re.compile(r"\d{1,3}个" + _TIER + r"(?:、" + _TIER + r")+(?![\p{Han}])")
# 相关委、办、局 / 各委、办、局 (a government's commissions, offices and bureaus): one collective written with its three
# words parted by 、, as 各委办局 is, not a 相关委, a 办 and a 局 (the 、 the 、 after a name leaves before it, 各街道、相关委…)
DEPARTMENT_GROUP = re.compile(r"(?:各|相关|有关|\p{Han}{1,4}?各)?委、办、局(?![\p{Han}])")
# 人口计生委等相关部门: a unit cell's list closed by 等 / 等相关部门 names the units before it, not a unit 等….
LIST_TRAIL = re.compile(r"等(?:有关|相关)?(?:部门|单位|方面)?$")
# In running text: 由A牵头，B配合.
# 由A承办，B配合 (te_02, a 乡's plan under each heading) reads as 由A牵头，B配合 — 承办 only so, with those who
# assist named after it (由A承办 alone says who runs an event).
# 联席会议由A牵头，有关部门参加 (tw_09, a 条例): a standing body's make-up, no task's lead — not read after the body's name;
# nor 建立由A牵头，B和C组成的推进机制 (wa_06) or 成立工作专班，由A牵头，B、C（交管）及各街镇为成员单位 (wa_10): the clause
# after the lead closes on 组成 / 为成员单位, naming the body's members.
LEAD_IN_SENTENCE = re.compile(
    r"(?<!联席会议|领导小组|工作小组|工作组|委员会|专班)由(?P<lead>[^，。；：！？（）()\n]{2,80}?)"
    r"(?:牵头(?:负责)?|承办(?=[，,、]\s*[^，。；：！？（）()\n]{2,160}?" + _ASSIST_OR_TAKE_PART + "))"
    r"(?![，,、]\s*[^，。；：！？\n]{2,120}?(?:组成|为成员单位))"
    r"(?:[，,、]?\s*(?P<sup>[^，。；：！？（）()\n]{2,160}?)" + _ASSIST_OR_TAKE_PART + "(?:落实|实施)?)?"
)
# In running text without 由: A负责…，B、C等部门要按照职责分工积极配合 (tq_07) — the unit opening a clause with 负责 leads, the
# units listed before 等部门 / 等单位 and a word of assisting (配合, 协助, 参与) support it. 等部门 makes the list a list of
# bodies; the lead is checked as a unit by extract.
LEAD_THEN_ASSIST_IN_SENTENCE = re.compile(
    r"(?:^|(?<=[。；;，,：:\n]))[ \t\u3000]*+(?P<lead>[^，,。；;：:！？（）()\n、]{2,30}?)负责[^。；;！？\n]{2,120}?[，,]"
    r"(?P<sup>[^，,。；;：:！？（）()\n]{2,160}?)等(?:有关|相关)?(?:部门|单位)(?:要|应|须)?(?:按照?职责(?:分工)?|各司其职)?[，,]?"
    r"(?:积极|主动|密切|共同|全力)?(?:配合|协助|参与)"
)
# A run-in item whose first sentence after its title opens with the unit that carries it (（二）落实经费。县财政局要切实加大
# 财政投入…，县财政局、县教育局加强经费监管，县审计局要加大…审计力度, tq_07): the units opening its clauses with 要 / 应 /
# 加强 / 负责 carry the task. A unit here is a place-level body (县 / 市 / 区 / 省 … 局, 委, 办, 厅, 机构, 中心, 大队).
_SUBJECT_UNIT = r"[省市县区][^\s，,。；;：:！？（）()、“”]{1,14}?(?:局|委|办|厅|机构|中心|大队)"
SUBJECT_UNITS_CLAUSE = re.compile(
    rf"(?:^|(?<=[。；;，,]))(?P<units>{_SUBJECT_UNIT}(?:、{_SUBJECT_UNIT})*+)(?P<must>要|应|须)?(?=要|应|须|加强|负责|切实|定期)"
)
# A run-in item whose text opens, right after its title, with who carries it (（一）综合科技活动调查。由省统计局牵头会同省科技厅、
# 省教育厅负责实施，… / （四）火炬统计调查。由省科技厅组织实施，调查对象… , uz_05): A carries the task (listed), or leads it
# when 牵头 (those convened by 会同 support). Matched only at the first sentence after a short title (extract checks), so a
# 由…负责实施 later in prose (由项目承担单位负责实施) is not read.
OPENING_CHARGE = re.compile(
    r"由(?P<lead>[^，,。；;：:！？（）()\n由]{2,60}?)(?:(?P<led>牵头)(?:[，,]?会同(?P<sup>[^，,。；;：:！？（）()\n]{2,160}?))?)?"
    r"(?:共同|具体|统一)?(?:负责|组织)(?:实施|落实)"
)
# A run-in item whose first sentence after its title opens with the units that lead it, no 由 before them (1.推动企业调解
# 委员会建设。工会、工商联、企联组织牵头负责在规模以上企业…, 2.设立…调解中心。人力资源社会保障部门负责牵头在…, uz_03): they lead.
# Matched only at the first sentence after a short title (extract checks), the units running to the cue with no comma.
OPENING_LEAD = re.compile(r"(?P<lead>[^，,。；;：:！？（）()\n由在要应须将]{2,40}?)(?:牵头负责|负责牵头)")
# A division-of-work notice assigns each task in prose: 关于“…”的问题，由A会同B、C等部门负责落实 / 研究提出落实意见
# (sj_06, 国办函〔2014〕31号): A leads, B and C support. Read only after 的问题，由: elsewhere 由A会同B制定… says who drafts.
CONVENE_IN_SENTENCE = re.compile(
    r"的问题[，,]\s*+由(?P<lead>[^，。；：！？（）()\n]{2,40}?)会同(?P<sup>[^，。；：！？（）()\n]{2,160}?)"
    r"(?:等(?:有关|相关)?(?:部门|单位))?(?:负责|研究|共同|提出|落实|按照?职责)"
)
# A notice answering proposals point by point assigns each piece of work after it (河北 2004, ue_03): 此项工作由A负责 /
# 此三项工作由A负责 / 此项工作由A、B提出意见 (the units carry it: listed), 此项工作由A牵头，会同B、C研究提出意见 or
# 由A牵头，B配合，C参加 (A leads, B and C support). Read only after 此…项工作由: elsewhere 由A牵头 is LEAD_IN_SENTENCE's.
ASSIGNED_WORK = re.compile(
    r"此[一二三四五六七八九十两\d]?项工作由(?P<lead>[^，,。；;：:！？（）()\n]{2,60}?)"
    r"(?:(?P<led>牵头)(?:[，,]?会同(?P<with>[^，,。；;：:！？（）()\n]{2,120}?)(?=研究|负责|统筹|提出|共同|制定))?"
    r"|负责|(?:研究)?提出(?:落实)?意见)"
)
# 由A牵头，B配合，C参加: each clause after the lead's naming units and a word of assisting
ASSISTING_CLAUSE = re.compile(r"[，,](?P<sup>[^，,。；;：:！？（）()\n]{2,60}?)" + _ASSIST_OR_TAKE_PART + "(?=[，,。；;]|$)")
# A title naming the contacts the lines below it give (三、联系方式 / （二）加方联系人： / （六）联系方式。): those lines are
# set aside as contact fields, no node's text, yet the title heads them (sd_05, sh_15, vl_03; tx_01, vt_06 so read).
CONTACT_TITLE = re.compile(r"(?:联系|咨询)(?:方式|人|电话)[。：:]?$")


# A paragraph that is a note and nothing else, without brackets or label: 交通运输部运输服务司牵头，科技司、人事教育司配合。
# (sh_01), read only under a title line naming units (UNIT_TITLE: （二）试点指导单位。); matched whole, so
# 国家能源局牵头建立…机制 (a task sentence) is not one.
UNIT_TITLE = re.compile(r"(?:单位|部门)[。：:]?\s*$")
LEAD_LINE = re.compile(
    r"(?P<lead>[^，,。；;：:！？（）()\n]{2,80}?)牵头(?:负责)?(?:[，,]\s*(?P<sup>[^，,。；;：:！？（）()\n]{2,160}?)(?:" + "|".join(ASSIST_VERBS) + "))?[。；;]?"
)
# A heading that names who leads the tasks below it: 一、县示范区管委会牵头工作（8项） (sf_06), 市发展改革委牵头事项.
# A heading whose text is a duty list headed by units (三、职责分工 / 城市建设服务中心：负责牵头抓总… XX执法中队：负责…):
# its title names the sharing of duties (职责分工, 部门分工, 责任分工, 任务分工, 工作职责, 部门职责, 职责任务, 明确职责), and
# each entry is a unit, a colon and a duty, on its own line or after the last entry's sentence or closing bracket
# (…（责任人：XXX）环卫所：负责…). The unit whose duty opens with 牵头 (负责牵头抓总) leads.
DUTY_LIST_HEADING = re.compile(
    r"(?:明确|落实|压实)?(?:(?:职责|部门|责任|任务|工作)分工|(?:部门|工作|单位)职责|职责任务|职责)[。：:]?"
)
DUTY_OPENERS = "负责|牵头|承担|配合|协助|做好|抓好|落实|组织|指导|督促|统筹"
# A body named by its line of work, no level word, heading its duty in a duty list (工商行政管理部门：负责…, 综治办：负责…,
# 公安分局：负责…): it ends as a department does; a role label (责任单位, 牵头部门) names who is listed after it, no body.
DEPARTMENT_HEAD = re.compile(
    r"(?!(?:" + "|".join(LEAD_ROLES + SUPPORT_ROLES + DUTY_ROLES) + r")(?:单位|部门)$)\p{Han}{1,14}(?:部门|局|委|厅|办)"
)
# 2.工商行政管理部门：负责… (tn_11): a duty-list entry opened by a department, a colon and a duty word; extract counts such
# lines to know a document whose entries are so headed.
DEPARTMENT_DUTY_ENTRY = re.compile(r"(?:" + DEPARTMENT_HEAD.pattern + r")[：:][ \t\u3000]*+(?:" + DUTY_OPENERS + r")")
DUTY_LIST_ENTRY = re.compile(
    r"(?:^|(?<=[。；;）)：:]))[ \t\u3000]*+"
    # 环卫所： / 县交通局、公路局。负责…: a unit (or units parted by 、) and a colon, or a full stop before 负责 (tj_06:
    # 各组成单位及其职责如下:县环保局。负责… 县农委。负责…)
    r"(?P<unit>[^\s，,。；;：:、（）()“”]{2,30}?(?:、[^\s，,。；;：:、（）()“”]{2,30}?){0,4})"
    r"(?:[：:][ \t\u3000]*+(?:(?P<lead>(?:负责)?牵头)|(?=" + DUTY_OPENERS + r"))|。(?=负责))",  # 负责牵头抓总工作 … or 负责道路沿线…
    re.M,
)
# A part's formulaic title (lexicons/section_titles.tsv: 指导思想, 工作目标, 保障措施 …), longest first so that an
# alternation takes the whole title: repair parts such a title from text glued to it, segment cuts a heading's title there
SECTION_TITLES = tuple(sorted(lexicons.entries("section_titles.tsv"), key=len, reverse=True))
SECTION_TITLE_WORDS = "(?:" + "|".join(re.escape(t) for t in SECTION_TITLES) + ")"

# A body stored on one line that lost the stop between a heading's title and its text, neither a formulaic title nor
# an opening word between them (sy_01 一、建立和完善煤炭行业管理工作协调机制煤炭行业管理涉及面广，… / sy_05 一、高度重视电力设施
# 保护工作保护电力设施安全是…): the document's topic (its title's 关于…的 part) is where the two meet — the heading's
# title ends on the topic's last words, or the text opens on the topic as its subject. Either way a predicate must
# follow: right after the topic when the topic is the text's subject (…改革涉及…, …管理，既要…), after a subject of the
# text's own when the title ends on the topic (…改革|煤炭是…); not 但是, 重要, 要求. A title that merely names the topic
# and goes on (加强电力设施保护工作责任落实，…) is left whole.
# A title that issues or forwards a document (…办公厅关于印发山西省…工作方案, tq_05: a page title that dropped 的通知): the
# notice is a 通知 whatever the issued document's kind, unless the title closes on 的 and a 文种 of its own.
ISSUING_TITLE = re.compile(r"关于(?:印发|转发|颁发|下发)")
TITLE_TOPIC = re.compile(r"关于(?:印发|转发)?[《“]?(?P<topic>[^《》“”]{4,60}?)[》”]?的\p{Han}{1,6}$")
_PREDICATE = r"(?:涉及|(?<![但特别尤于就还也总凡只])是(?!否)|(?<![重主需必纲概简只])要(?![求素点件]))"
TOPIC_PREDICATE = re.compile(r"[，,]?[既就也还则]?" + _PREDICATE)
SUBJECT_PREDICATE = re.compile(r"\p{Han}[^，。；,;]{0,7}?" + _PREDICATE)

# 。县交通局、公路局。负责… in a run-on body (tj_06: 各组成单位及其职责如下:县环保局。负责… 县农委。负责…): a duty-list
# entry glued after the last one's sentence end — its units (parted by 、, each ending as a unit does:
# unit_suffixes.tsv), a full stop, then 负责. Repair starts each such entry on a line of its own.
_UNIT_SUFFIX_WORDS = "|".join(re.escape(w) for w in sorted(lexicons.entries("unit_suffixes.tsv"), key=len, reverse=True))
_DUTY_ENTRY_NAME = r"[^\s，,。；;：:、（）()“”]{1,28}?(?:" + _UNIT_SUFFIX_WORDS + r")"
GLUED_DUTY_ENTRY = re.compile(r"(?<=[。；;：:])" + _DUTY_ENTRY_NAME + r"(?:、" + _DUTY_ENTRY_NAME + r"){0,4}。(?=负责)")
# 农业办积极开展… / 企管站做好… / 派出所负责…: a paragraph of a duty list opening with its unit and the duty, no stop
# between them (tj_07, under 三、职责分工)
# 交通部门：一是负责… / 公安部门：一是参与… (tq_02): or a department named by its line of work, a colon, then its
# duties, the first of them counted off (a unit and a colon, 城市建设服务中心：负责…, sz_02, is read by the heading)
_DUTY_DEPARTMENT = r"\p{Han}{1,12}?部门"
DUTY_ENTRY_OPENING = re.compile(
    r"(?P<unit>" + _DUTY_ENTRY_NAME + r"(?:、" + _DUTY_ENTRY_NAME + r"){0,4})(?:要|应|积极|认真|主要)?(?:" + DUTY_OPENERS + r"|开展|配合)"
    r"|(?P<unit>" + _DUTY_DEPARTMENT + r"(?:、" + _DUTY_DEPARTMENT + r"){0,4})[：:][ \t\u3000]*+(?:一是)?(?:" + DUTY_OPENERS
    + r"|开展|配合|参与)"
)
# 区民防办：负责… / 区应急管理局：参与… / 区经委（商务委）：负责… / 各镇政府、街道（开发区）办事处、头桥集团：按照… (wm_02, under
# 五、职责分工): a duty list's paragraph headed by its units and a colon, whatever the duty's verb; a name may hold an aside
_COLON_ENTRY_NAME = r"(?:[^\s，,。；;：:、（）()“”]|（[^（）]{1,8}）){1,28}?(?:" + _UNIT_SUFFIX_WORDS + r")(?:（[^（）]{1,8}）)?"
DUTY_COLON_ENTRY = re.compile(r"(?P<units>" + _COLON_ENTRY_NAME + r"(?:、" + _COLON_ENTRY_NAME + r"){0,4})[：:](?=\p{Han})")
# 教育、卫生、医保、人社部门：负责… (xi_03, under 二、职责分工): departments named by their lines of work that share one
# ending, written once after the last; each name stands for itself with that ending (教育部门, 卫生部门, …)
SHARED_ENDING_DEPARTMENTS = re.compile(r"(?P<units>\p{Han}{2,6}(?:、\p{Han}{2,6}){1,5}部门)[：:](?=\p{Han})")
# The same entry opening its paragraph, two units or more: 县交通局、公路局。负责… (tj_06), the later names without a level word.
DUTY_ENTRY_UNITS = re.compile(r"(?P<units>" + _DUTY_ENTRY_NAME + r"(?:、" + _DUTY_ENTRY_NAME + r"){1,4})。(?=负责)")

# 省统计局负责人口普查的日常工作。 / 省委宣传部、省广电局负责… (tn_07): a paragraph of a duty list opened by its units, each
# carrying its level word (or 团X委) and ending as a unit does, then 负责 with no colon between. Segment reads a run of
# such lines as paragraphs, extract their units.
_ANCHORED_DUTY_NAME = (
    r"(?:团[省市县区]委|[省市县区乡镇](?:(?![，,。；;：:、（）()“”\s]|负责)\p{Han}){0,24}?(?:" + _UNIT_SUFFIX_WORDS + r"))"
)
# 市商务委、市国资委、市民防办分别负责… (wh_03): the units each carrying their share open the line as 负责 alone does
UNIT_DUTY_OPENING = re.compile(r"(?P<units>" + _ANCHORED_DUTY_NAME + r"(?:、" + _ANCHORED_DUTY_NAME + r"){0,4})(?=(?:分别)?负责)")
# The same opening as extract reads it, the unit's duty worded by any verb a duty list gives a unit of its own (省监察厅
# 参加事故的调查处理, tq_10; 浙江海事局承担…, tq_09): the entry is the unit's, whatever share of the work the verb names,
# so each unit so named carries it (listed). Segment keeps UNIT_DUTY_OPENING's 负责 for cutting lines.
UNIT_DUTY_VERBS = "负责|承担|参加|参与|牵头|分别负责"
UNIT_DUTY_SENTENCE = re.compile(
    r"(?P<units>" + _ANCHORED_DUTY_NAME + r"(?:、" + _ANCHORED_DUTY_NAME + r"){0,4})(?=" + UNIT_DUTY_VERBS + r")"
)
# 市交通委组织人事处牵头，委职业资格中心具体负责，在全行业开展… (wh_01): after a unit's 牵头 opening a duty sentence, the
# clause naming who does the work under it (具体负责, 配合, 协助) — those units support the lead. Matched at the 牵头.
LED_THEN_CARRIED = re.compile(
    r"牵头[，,]\s*+(?P<units>[^，,。；;：:！？（）()\n]{2,40}?)(?:具体负责|具体承担|负责具体|配合|协助)"
)
# 杭州铁路办事处负责… / 民航浙江安全监管办负责… / 浙江海事局承担… (tq_09): in a document whose duty list is opened by units
# with their level word, an entry opened by a body named without one — a place or a line of work, then what ends a
# unit's name (局, 办事处, 办, 中心) — and a duty verb. Extract checks the name against the lexicon's unit shape.
BODY_DUTY_SENTENCE = re.compile(
    r"(?P<units>(?![省市县区乡镇])[^\s，,。；;：:、（）()“”\d]{1,14}?(?:" + _UNIT_SUFFIX_WORDS + r"))(?=" + UNIT_DUTY_VERBS + r")"
)
_BODY_DUTY_VERBS = tuple(UNIT_DUTY_VERBS.split("|"))
# how far past its start a match's duty verb can end: the name's 14 characters, the longest suffix, the verb
_BODY_DUTY_REACH = 14 + max(map(len, lexicons.entries("unit_suffixes.tsv"))) + max(map(len, _BODY_DUTY_VERBS))


def match_body_duty_sentence(s: str, at: int = 0, end: int | None = None):
    """BODY_DUTY_SENTENCE's match at `at`, asked only where a duty verb stands within a match's reach: the pattern
    tries its lazy name against every unit suffix at each length up to 14, about 5 µs a prose line, and most lines
    it is asked of hold no duty verb that near their start."""
    reach = at + _BODY_DUTY_REACH
    for verb in _BODY_DUTY_VERBS:
        if s.find(verb, at, reach) >= 0:
            return BODY_DUTY_SENTENCE.match(s, at, end)
    return None


# 区委农办要结合…，负责… / 区环保局要加强… (ua_03): inside a run of lines opened by units and 负责, a line opened by its
# units and 要 / 应 is the run's entry too, the duty worded after the modal. Alone (市政府要加强领导。) it is a task
# sentence, so segment and extract read it only beside such lines.
UNIT_MODAL_DUTY = re.compile(r"(?P<units>" + _ANCHORED_DUTY_NAME + r"(?:、" + _ANCHORED_DUTY_NAME + r"){0,4})(?=要|应)")
# （一）加强组织领导 / 各相关部门要… , （二）实行销号管理 / 区燃气管理部门和燃气经营企业要… (wh_02 四), （一）明确职责。各单位要…。
# 领导小组要… (wh_03 五): a sentence opened by the bodies that must do the work and 要 / 应 (…间要: among them; 同时，
# before it). Extract reads it only in a run of sibling headings each so opened (units.py: a run divides the work by body).
MODAL_SUBJECTS = re.compile(
    r"(?:(?:同时|此外|另外)[，,])?(?P<units>[^\s，,。；;：:！？（）()“”《》]{2,30}?)(?:之?间)?(?=要(?!求)|应(?!急|对|用))"
)
# （一）动员部署阶段（2022年12月底前）。市民族宗教局和市消防救援总队组织召开… / （三）试点验收阶段。各区民宗、消防部门指导…
# (wm_01 四) / （一）自查自改。道路运输、民航、铁路等各行业相关管理机构督促… (wh_01 三): the bodies opening a run-in item's text
# right after its title, whatever verb follows — names parted by 、 (a list cut at 等: what follows it), up to a body's ending
# word, one more joined by 和. Extract reads it only in a run of sibling items each so opened (units.py).
_RUN_IN_NAME = r"[^\s，,。；;：:！？（）()“”《》、和等]"
RUN_IN_BODY_ENDS = ("部门", "机构", "局", "委", "办", "厅", "总队", "支队", "大队", "中心", "政府")
# The words any organisation's name ends on: a government body's (OFFICE_ENDINGS) and 会, 中心, 公司, 学校, 站, 党组, 人民银行 …
# (a 上司 is no body); segment.roles (a signature's or an addressee's names), segment.tree and segment.metadata read it
ORG_END = re.compile(
    "(?:" + "|".join(OFFICE_ENDINGS) + r"|会|科协|中心|小组|公司|集团|大学|学院|学校|办|处|所|站|署|党委|党组|总队|支队|法院|检察院|联社|[^上]司|人民银行|分行|支行)$"
)
_RUN_IN_BODY_END = "(?:" + "|".join(RUN_IN_BODY_ENDS) + ")"
RUN_IN_BODIES = re.compile(
    r"(?P<units>(?:" + _RUN_IN_NAME + r"{1,16}[、等])*?" + _RUN_IN_NAME + r"{1,20}?" + _RUN_IN_BODY_END
    + r"(?:和" + _RUN_IN_NAME + r"{1,20}?" + _RUN_IN_BODY_END + r")?)"
)
# （二）市公安局、消防局：履行… (ua_02): an entry of a duty list headed by its units and a colon, the later ones named short
HEAD_UNITS_COLON = re.compile(r"(?P<units>[^，,。；;：:、（）()\s]{2,30}(?:、[^，,。；;：:、（）()\s]{2,30}){1,4})[：:]")
# 市监察 / 市协 (ua_11, te_07): the start of a unit's name a page cut at the end of a note line — its level word and a few
# characters; a longer piece (**镇做好工作的社区) is a whole one naming no unit
CUT_UNIT_NAME = re.compile(r"[省市县区乡镇]\p{Han}{1,6}")
# 《消防法》第 / 二、 / 十四条、《… (ua_02): a PDF copy broke a citation of articles after 第 or after one of its numbers and
# 、 — a line never ends so, and the numeral opening the next line goes on the citation, no heading marker.
CITED_ORDINAL_OPEN = re.compile(r"第(?:[零〇一二三四五六七八九十百千\d]{1,4}、)*$")
CITED_ORDINAL_NEXT = re.compile(r"[零〇一二三四五六七八九十百千\d]")
CITED_ORDINAL_RUN = re.compile(r"(?:[零〇一二三四五六七八九十百千\d]{1,4}、)+")  # 三、 / 五、 (a line of the broken citation)
# …任务作如下明确： / …职责分工如下： (ua_03, tn_07): the line announcing a duty list below it.
DUTY_LIST_ANNOUNCED = re.compile(r"如下\p{Han}{0,4}[：:]\s*$")

# 4.市建委、交委、经贸委、科技局、环保局…负责协助… / 1.市科技局、交委、规划局、金融办、参与会议… (tv_05): a subject list longer
# than UNIT_DUTY_SENTENCE reads, its later departments named short, then a duty verb (a stray 、 before it kept out);
# extract checks every piece
SHORT_NAMED_SUBJECTS = re.compile(r"(?P<units>[^，,。；;：:（）()\s]{2,160}?)、?(?=" + UNIT_DUTY_VERBS + r")")
# 2.市发改委、经贸委、…、各区、县级市，以及广州海关、黄埔海关、…负责政策咨询活动 (tv_05): the subject list running on after
# ，以及 to the bodies named by their place (customs, inspection); extract reads the part before it as SHORT_NAMED_SUBJECTS
SUBJECTS_THEN_ALSO = re.compile(r"(?P<units>[^，,。；;：:（）()\s]{2,160}?)[，,]以及(?P<also>[^，,。；;：:（）()\s]{2,160}?)、?(?="
                                + UNIT_DUTY_VERBS + r")")
# 南浔区、市旅游局配合 (tv_07): a district or county named by its place alone, standing for its government in a note;
# so is a town (牵头单位：区经委、佘山镇、车墩镇, vo_01), as a 街道 is by its office word
COUNTY_BY_PLACE = re.compile(r"\p{Han}{2,3}[区县镇]")

LED_WORK_HEADING = re.compile(r"(?P<unit>\p{Han}{2,30}?)牵头(?:的)?(?:工作|事项|任务)(?:[（(]\s*\d{1,3}\s*项\s*[）)])?")
# 第八条 区公安分局工作职责： / （二）市财政局职责: a heading naming the unit whose duties the items below it list
# (te_03); the unit is checked against the lexicon by extract (a bare 工作职责 names none).
# One body only: 各级路长职责和县乡专管员职责 (rf_01) names roles, not a unit.
UNIT_DUTIES_HEADING = re.compile(r"(?P<unit>(?!各)(?:(?!职责|[和及与])\p{Han}){2,20}?)(?:的)?(?:主要)?(?:工作)?职责[。：:]?")
# （二）区建管委、区交通委、区水务局、区房管局等建设主管部门 / （三）区公安分局（交管） (wa_10): a heading titled by nothing
# but units — pieces parted by 、, one an aside in brackets after its name, the list closed by 等…部门 naming their kind;
# extract checks each piece against the lexicon. `units` is the list, the aside and the kind left out of its pieces.
UNIT_LIST_TITLE = re.compile(r"(?P<units>[^，,。；;：:\s]{2,60}?)(?:等[^，,。；;：:、\s]{0,10}?(?:部门|单位))?")
UNIT_NAME_ASIDE = re.compile(r"（[^（）]{1,6}）$")
# 三、组织领导与责任分工 / 四、职责分工 (wa_10, vo_11): a heading whose title names a division of duties, so the units titling
# the headings below it are the ones the duties go to (tu_09's 一、保留的非常设机构市领导任职情况 lists bodies, no duties)
DUTY_DIVISION_TITLE = re.compile(r"(?:责任|任务|工作)分工|职责")  # 职责分工 is found by 职责
# （九）工商部门职责：依法确认… / （十三）广电局、资阳日报社职责：负责… (tq_01): an entry of a duty list whose label names
# the units (parted by 、) whose duty its text states; extract checks each name against the lexicon.
# 3.3.1 嘉定工业区地空联办主要职责为：协调… (xb_01): the label may say 为 / 是 before its colon
UNIT_DUTIES_LABEL = re.compile(r"(?P<units>(?!各)(?:(?!职责)[^，,。；;：:（）()\s]){2,40}?)(?:的)?(?:主要)?(?:工作)?职责(?:为|是)?[：:]")
# A unit marked as lead inside a list: 责任单位：市教育局（牵头）、市科协; also by the first-listed-leads declaration
# in a bracket after the first unit, the list going on after it (县发改局（首位单位为牵头单位，下同）、县财政局, tr_01).
LEAD_MARK = re.compile(
    r"[（(]\s*(?:牵头|牵头单位|牵头部门"
    r"|(?:(?:排在|排名|排|列在|列)(?:第一(?:位|个|名)?|首位)|首位)的?(?:部门|单位|者)?为牵头(?:或汇总)?(?:部门|单位)(?:[，,]\s*下同)?)"
    r"\s*[）)]$"
)
# A unit marked as lead by a star in a table's unit cell, before its name (★区发改委、统计局: the first listed, starred;
# *区发改局、*新区财政局(区财政局), tt_190) or after it (区政府办公室*、区财政局, tt_189): the starred units lead, the rest
# support. LEAD_STARS are the marks, for a test on a name's first and last character before the pattern runs.
LEAD_STARS = "★☆*＊"
LEAD_STAR = re.compile(rf"^[{LEAD_STARS}]\s*|\s*[{LEAD_STARS}]$")
# A key task marked by a star before its row number in a task table (★6 更深层次… / ★7 under 序号: the page's 重点任务),
# the number the row's all the same: a pattern piece, optional before the digits of a row number.
ROW_MARK = "[★☆]"
# Lines that may stand between two rows of a table of n columns, a row's cells wrapped or printed one a line: six at
# least, and up to two lines a column where merged cells made the page print each cell on a line of its own, some over
# two (5 / task / 路 军 / 屈 磊 / 发展改革委 / 生态环境分局 / …, tt_106). Repair and the table reader read rows alike.
ROW_GAP_LINES = 6


def row_gap_lines(columns: int) -> int:
    return max(ROW_GAP_LINES, 2 * columns)
# A document's declaration that the first unit of every list leads: （…负责，排在第一位的部门为牵头部门，下同）,
# 列第一位者为牵头部门, 排名第1为牵头单位.
# 列第一位为牵头或汇总单位, 列在首位的为牵头部门 say the same; so does 首位单位为牵头单位 in a bracket after the first unit
# of the first list (责任单位：县发改局（首位单位为牵头单位，下同）、县财政局, tr_01).
FIRST_LISTED_LEADS = re.compile(
    # (第一个为牵头单位 / 第一位为牵头部门: the place without 排 / 列 before it, its 个 / 位 kept)
    # (排名第1为牵头单位: the ordinal in a digit, uv_03)
    r"[，,；;。]?\s*(?:(?:排在|排名|排|列在|列)(?:第[一1](?:位|个|名)?|首位)|第[一1](?:位|个|名)|首位)的?(?:部门|单位|者)?为牵头(?:或汇总)?(?:部门|单位)"
    r"(?:或(?:部门|单位))?"
    r"(?:[，,]\s*下同)?"
)
# Every FIRST_LISTED_LEADS match holds these words: the pattern opens with optional pieces, so the engine has no
# literal to look for and tries it at every character; `in` first spares the scan where they are absent.
FIRST_LISTED_LEADS_CUE = "为牵头"
# （全国打击侵权假冒工作领导小组办公室牵头负责） / （各市政府、省政府有关部门负责）: the duty words a task's note closes on
# (repair cuts a charge to all glued after one; extract reads one after a clause's comma as that clause's note)
NOTE_CLOSING_DUTY = ("负责", "牵头", "配合")
# 地方各级人民政府要… / 国务院各部门和单位要… / 各地区、各部门要…: a charge to every implementer, which closes a work plan
# after its last task (segment.tree reads it on a line of its own, repair where it is glued after the last note)
CHARGE_TO_ALL = r"(?:地方各级|各级|各地区|各地|各省|国务院各|各有关|各部门|各单位)[\p{Han}、，,]{0,24}?要"
# 特此通知 / 特此公告 / 特此批复 / 特此函 …: 特此 and the 文种 of the document it closes, the closing formula. Every 文种
# the closing-line rules read after 特此, once; a stage reads the subset below that its rule has been shown on (a wider
# one is a new rule, with its own test and measure), joined as an alternation (so_closing). (SELF_NAMED, further down,
# names a body's own kind by its words, 特此公示 and 专此函复 among them, each kind's cues in one pattern: not drawn from here.)
SO_CLOSING_TYPES = ("通知", "通告", "公告", "报告", "函告", "批复", "函复", "通报", "函", "请示")
# segment.layout.CLOSING: a line opening on the formula closes the body (特此函 ends a 函; not 特此请示, which repair
# parts from a glued request but no closing-line rule has yet been shown on)
SO_CLOSING_LINE = tuple(t for t in SO_CLOSING_TYPES if t != "请示")
# segment.tree: the formula alone on a line, its 。 missing, is a paragraph of the notice, not a title line (a
# notice's, an announcement's and a reply's closings, where a plan's body or a notice's items come after; vb_06)
SO_NOTIFIED_LINE = tuple(t for t in SO_CLOSING_TYPES if t not in ("报告", "函复", "函", "请示"))
# repair.paragraphs: the formula with its 。 / ！ glued after a sentence is a paragraph of its own (特此请示。 closes a
# request too; 特此函 with its 。 has not been seen glued)
SO_CLOSING_GLUED = tuple(t for t in SO_CLOSING_TYPES if t != "函")
# segment.metadata: the kinds that publish a text to the public (…现予发布。特此公告。, tb_13): a body closing so is of
# that kind; closing on any other formula leaves an issuing body a 通知
SO_PUBLISHED = ("公告", "通告")


def so_closing(types: tuple[str, ...]) -> str:
    """特此 and one of `types` (a subset of SO_CLOSING_TYPES), as a pattern's alternation (no group)."""
    return "特此(?:" + "|".join(types) + ")"


# The remark a note may end with after its list (〔责任单位：A、B按职责分工负责。具体任务均涉及各市政府，不再做分工，下同。〕,
# （责任单位：A、B。以下政策措施均需各县区落实，不再单独列出）): from its 。 on, the note names no unit of this task.
NOTE_REMARK = re.compile(r"。(?=[^。]*(?:下同|不再|均需|均涉及|均由|以下))")
# The same remark after a comma (（A牵头，B按职责分工负责，以下各项工作均需要B负责，不再单独列出）, wd_01): 以下 (not 以下简称)
# then 均 or 不再 before the next comma or stop.
NOTE_COMMA_REMARK = re.compile(r"[，,](?=以下(?!简称)[^。，,；;]*?(?:均|不再))")
# A last clause defining the note's duty word for the notes below (（A、B按职责分工负责，C配合，分工负责为各部门按职责分别牵头，
# 下同）, wl_06): from its comma on, the note names no unit of this task. Searched only in a note ending 下同.
NOTE_DEFINING_REMARK = re.compile(r"[，,](?=[^，,。；;（）()]{0,8}(?:负责|牵头|配合|参与)为[^，,。；;（）()]{2,30}[，,]\s*下同\s*$)")
# The short name a labelled note gives its last units after a comma, closing the note (（牵头单位：A；责任单位：…各县（市）
# 政府，以下简称“各市县政府”）, ui_01): the list ends at the comma. Only after a label (NOTE_LABEL): a bracket of a
# sentence that names a body and its short name (（X中心，以下简称“…”）) is no note.
NOTE_SHORT_NAME = re.compile(r"[，,](?=以下简称[“\"]?[^，,；;。、“”\"]{1,12}[”\"]?$)")
# （各市、县政府，省政府各部门负责，省政府办公厅会同省工业和信息化厅、省发展改革委督查落实）: a last clause naming who
# oversees the work (督查 / 督办 / 督促 / 督导, then 落实 / 检查 or nothing) names no carrier of the task; the note's list
# ends before it (uh_01). Searched only in a note holding 督.
NOTE_OVERSIGHT_CUE = "督"
NOTE_OVERSIGHT = re.compile(r"[，,；;](?=[^，,；;。]*(?:督查|督办|督促|督导)(?:落实|检查|指导)?\s*$)")
# （即中投海外直接投资公司）, （包括…）, （以下简称…）: a bracket explaining a name, not a note (含 / 如 open place names: 含山县, 如皋市).
_APPOSITIVE_WORDS = ("即", "包括", "例如", "指", "以下简称", "简称", "以下称", "下称")  # （以下简称新星石油公司）: a short name
APPOSITIVE = re.compile(r"^\s*(?:" + "|".join(_APPOSITIVE_WORDS) + ")")
# The first characters of APPOSITIVE's words (derived, so that a word added there is never missed here): a note whose
# stripped text opens otherwise (most notes) is spared the pattern (str.strip removes every character \s matches, so
# the character it leaves first is the one after \s*).
APPOSITIVE_OPENERS = "".join(dict.fromkeys(w[0] for w in _APPOSITIVE_WORDS))
# 具体方案由A牵头研究提出, 相关监管政策制度由A牵头另行制定: who drafts a document, not who carries the task.
# A task's closing sentence naming who carries it: …开展应急演练。此项工作由市教育局负责。 (tn_02). Read only as the node's
# last words and after 此项工作 / 上述工作: a bare …由A负责 closing a paragraph often names one of several (a part's last
# duty, who pays a fee), not the carrier of the node.
CHARGE_AT_END = re.compile(
    r"(?:此项|该项|这项|本项|以上|上述)工作(?:均|统一)?由(?P<lead>[^，,。；;：:！？（）()\n由]{2,60}?)(?:具体|统一|共同)?负责"
    r"(?:实施|落实|组织实施)?[。；;]?$"
)
# A one-sentence entry that is a task and who carries it: --青年安全文明岗及共青团员、青工安全生产宣传教育由团市委负责； (tn_03,
# a dash list of duties). Read only when the entry holds no other sentence or clause (extract checks), so a paragraph's
# last clause …由A负责。 after other duties is left as CHARGE_AT_END leaves it.
CHARGE_OF_ENTRY = re.compile(r"由(?P<lead>[^，,。；;：:！？（）()\n由]{2,40}?)(?:具体|统一|共同)?负责[。；;]?$")
# The same entry with its carrier as subject: --各行业主管部门及政府有关部门对其二级单位的安全生产工作负责。 (tn_03).
ANSWERS_FOR_ENTRY = re.compile(
    r"[-—－─·•\s]*+(?P<lead>[^，,。；;：:！？（）()\n]{2,40}?)对[^，,。；;！？\n]{2,60}?负责[。；;]?$"
)
DRAFT_SUBJECT = re.compile(r"(?:方案|办法|细则|制度|政策|标准|意见|规划|规定|目录|清单)(?:等)?$")
# The words a label naming a person closes on (责任领导：, 分管省领导：, 责任人：, 联系人：), written once for the patterns below
# and segment/tree's person line
PERSON_LABEL_WORDS = "(?:领导|责任人|联系人)"
# （分管副省长、协管副秘书长负责，省发改委牵头，省经信委…等按职责分工负责） (vu_01, 湖南 分工意见): the officials answering for the
# task, by post and without names, before the units that carry it: a clause of posts ending 负责 and a comma. Posts
# are people, no unit: the note is read from the units after it.
OFFICIALS_CHARGE = re.compile(
    r"\s*+(?:(?:分管|协管|主管)?(?:常务)?副?(?:省长|市长|州长|县长|区长|旗长|秘书长|主席)[、和]?)+负责[，,]"
)
# The duty words a worded note closes on after 等 (…B、C等按职责分工负责): a stored copy cut inside them leaves a start of
# one of these (等按职责分, vu_01).
CLOSING_DUTY_WORDS = ("按职责分工负责", "按职能分工负责", "按职责负责", "分工负责", "共同负责", "负责", "配合", "参与")


def starts_closing_duty_words(tail: str) -> bool:
    """Is tail the start of a note's closing duty words, cut before their end (按职责分, 负)?"""
    return bool(tail) and any(w.startswith(tail) and w != tail for w in CLOSING_DUTY_WORDS)


# A line naming the person answering for a task, right above its note (分管省领导：林克庆 / 部门分工：省财政厅牵头, sf_02).
PERSON_LINE = re.compile(r"\p{Han}{0,4}" + PERSON_LABEL_WORDS + r"[：:∶][^：:∶；;，,。]{1,20}")
# A time clause before the label: （5月底完成，牵头考核单位：A）, （持续推进，责任单位：A）.
TIME_BEFORE_LABEL = re.compile(r"^[^：:（）()]{1,40}?[，,；;]\s*$")
# The person answering for the task before the label: （责任领导：张三；责任单位：A）, 牵头领导：张三 牵头单位：A. The last
# person may run straight into the label: （分管领导：李四  责任单位：A） parted by blanks only, which repair drops between
# Han characters (李四责任单位：A).
PERSON_BEFORE_LABEL = re.compile(r"^(?:\s*\p{Han}{0,4}" + PERSON_LABEL_WORDS + r"[：:∶][^：:∶；;，,]{1,20}?(?:[；;，,]|\s|$)\s*)+$")
# The words of a person's label glued to the units before it, spelt out (no free Han run, which would start inside the
# last unit's name): 分管领导, 责任领导, 县级责任领导, 分管县领导, 牵头市领导, 包抓领导, 责任人, 联系人.
_PERSON_LABEL_WORD = r"(?:[省市县区乡镇]级?)?(?:分管|责任|牵头|包抓|包联|联系)?(?:[省市县区乡镇]级?)?" + PERSON_LABEL_WORDS
# The same person named after a label's units, parted from them by a comma or a ；: （牵头单位：市发改委，责任领导：副市长张三；
# 配合单位：市财政局）, （责任单位：县农业农村局；分管领导：李四）; or by blanks only, which repair drops between Han
# characters: （责任单位：县农业农村局  分管领导：李四） → 县农业农村局分管领导：李四, the label then right after a unit's
# last character. The units end before it; the person is no unit.
# the last characters of the unit names a glued person label follows, one character each: 中 and 心 are two entries
# (心 closes …中心; 中 alone closes a school's short name, 一中), not the word 中心 it reads as inside a class
_UNIT_LAST_CHARS = "局委办厅部院所站府室会队中心司行处组"
PERSON_AFTER_UNITS = re.compile(
    r"[，,；;]\s*\p{Han}{0,4}" + PERSON_LABEL_WORDS + "[：:∶]"
    r"|(?<=[" + _UNIT_LAST_CHARS + "])" + _PERSON_LABEL_WORD + r"[：:∶]"
)

_NOTE_WORDS = re.compile(r"牵头|责任|负责|主责|配合|参与|协办|主办|单位|部门")
_NOTE_VERB = re.compile(r"负责|牵头|主责|配合$")


def is_note_text(inner: str) -> bool:
    """Does the text inside a bracket read as a responsibility note (a label, or 牵头 / 负责 / 配合)?"""
    return bool(_NOTE_WORDS.search(inner, 0, None, HOLD_GIL)) and (
        "：" in inner or ":" in inner or "∶" in inner or bool(_NOTE_VERB.search(inner, 0, None, HOLD_GIL)))


# ------------------------------------------------------------------ un-numbered parts

# 总    则 / 附则 standing alone in a document divided into 第X章 / 第X节: a part of the top
# level without a number (the 总则 of a plan before its 第一章).
NAMED_PART = re.compile(r"[总附][ \t\u3000]*+则")

# What follows 第X条 when the article is cited, not headed: an amending 决定's lines open with the article they
# change (第九条修改为：… / 第十三条后增加一条… / 第十条第四项修改为…); an article's own text never opens so.
# Read right after the marker (第X条中华人民共和国… is an article's text: 中 alone is no cue).
# (修改 with its object, 第十三条　修改海岛保护规划，应当…, is an article's text: a law on plans opens articles so)
ARTICLE_CITED = re.compile(
    rf"(?:第[{CN_NUMERALS}\d]{{1,4}}[款项目])*+[后前]?(?:增加|增设|修改为|修改(?=如下|后|成|[：:“\"，,。；;])|删去|删除|改为|调整为)"
    rf"|中(?:增加|增设|的|第|“)|[、和与至及]第[{CN_NUMERALS}\d]{{1,5}}条"
)


# ------------------------------------------------------------------ signature and 版记

# 根据…《关于全面开展…的工作方案》（某〔2019〕4号）工作要求: the 文号 a notice's opening says it carries out (its year: group
# year), which dates a page that kept no date of its own (tn_05)
IMPLEMENTED_NUMBER = re.compile(
    r"(?:根据|按照|依据)[^。；;\n]{0,120}?(?<!\d)(?P<year>\d{4})\s?[〕\]］】）)]\s?第?\d{1,5}\s?号[^。；;\n]{0,12}?"
    r"(?:要求|精神|部署|规定|安排)"
)


# 于2009年2月18日前挖好植树坑，19日统一种植 (uc_03): a day written alone after a comma, in the sentence of a full date,
# is a day of that date's month (a count of days, 15日内 / 3日起 / 5日后, is none); matched where the comma stands
BARE_DAY_AFTER_COMMA = re.compile(r"[，,][ \t\u3000]*+(?P<day>[1-9]|[12]\d|3[01])日(?P<before>以?前)?(?![内起后])")


# A span of months (gold-format.md, "Spans of dates"): a month, its year written or not, to another month after 至 / 到
# or a dash, the second's year written when the span crosses the year's turn (2015年7月至9月底 ut_07, 5月中旬至8月下旬
# uy_02, 2023年7月-12月 ut_03, 2014年10月至2015年3月底 tj_07). Both ends are months: a day on either end makes a window
# of days (7月3日至7月15日), read apart. A first month without its 月 (1-11月份, a tally's months) is no such span, but
# where its year is written and the span heads a clause (（二）春风行动。2022年1-3月，以…为服务对象, wk_01 / wk_03), as a
# step's bracket writes it (第一阶段（2018年9—12月）, _stage_months): the months an activity runs in. With no year
# written, such a span heading a clause whose first month is no January (（二）集中行动。3-4月，各地…, wo batch: the
# document's year) is read so too: a tally's months run from January (1-5月，全市…)
MONTH_SPAN = re.compile(
    r"(?<![\d年])(?:(?P<y1>(?:19|20)\d\d)[ \t]?年[ \t]?)?(?<![\d])(?P<m1>1[0-2]|0?[1-9])"
    r"(?:[ \t]?月份?(?:初|上旬|中旬|下旬)?[ \t]?(?:至|到|[—–－\-~～])[ \t]?(?:(?P<y2>(?:19|20)\d\d)[ \t]?年[ \t]?)?"
    r"|(?(y1)|(?<=(?:^|[。：:；;\n])[ \t\u3000]*+(?:1[0-2]|[2-9])))[—–－\-~～](?=(?:1[0-2]|0?[1-9])月[，,、]))"
    r"(?P<m2>1[0-2]|0?[1-9])[ \t]?月份?(?P<end>初|上旬|中旬|下旬|底|末)?(?![\d日号])")
# how far before its joiner a span of months may start (2015 年 12 月份上旬至: a year, a month and its part)
MONTH_SPAN_HEAD = 14
# what joins a span of months, the one definition: the joiner with the character before it (月至, 份至 of 7月份至9月,
# 初到, 旬到 / 旬— of 5月中旬到8月, a blank allowed between: 7月 至 9月), one in every MONTH_SPAN match. Found by the
# standard re module in C, it is the per-node gate before any span is read (extract/deadlines._staged: a node without
# it holds no span), where the search may begin, and the anchor MONTH_SPAN is searched around (month_span_matches),
# not from the first joiner to the end of the node; the dash between two figures of a clause-heading span whose first
# month left its 月 out (2022年1-3月，) is the other form of it
MONTH_SPAN_ANCHOR = stdre.compile(r"[月份初旬][ \t]?[至到—–－\-~～]|\d[—–－\-~～]\d\d?月[，,、]")


def month_span_anchor(own: str) -> stdre.Match | None:
    """MONTH_SPAN_ANCHOR.search(own), asked only of a text holding 月, 份, 初 or 旬: every match opens on one of them.
    Four one-character `in` tests (memchr: these characters' low bytes are rare in Chinese text) spare the class scan
    (≈ 70 instructions a character) of the nodes that may hold a date but name no month (43 of the bench's 44)."""
    if "月" in own or "份" in own or "初" in own or "旬" in own:
        return MONTH_SPAN_ANCHOR.search(own)
    return None
# the most characters a MONTH_SPAN attempt reads from where it starts, its lookahead included (2015 年 12 月份上旬 至
# 2016 年 12 月份上旬 + one): 32; a window reaching this far past its last start reads every attempt as the whole text does
MONTH_SPAN_READS = 32


def month_span_matches(own: str, head: int = 0):
    """MONTH_SPAN.finditer(own, head), searched only around each MONTH_SPAN_ANCHOR: a match starts at most
    MONTH_SPAN_HEAD before its anchor and at its anchor at the latest, and the window's end lies past all that an
    attempt starting there reads (MONTH_SPAN_READS), so a match found within the window's starts is the text's own."""
    pos = head
    for anchor in MONTH_SPAN_ANCHOR.finditer(own, head):
        at = anchor.start()
        if at < pos:
            continue  # inside the span before
        m = MONTH_SPAN.search(own, max(pos, at - MONTH_SPAN_HEAD), at + MONTH_SPAN_READS + 1)
        if m is not None and m.start() <= at:
            pos = m.end()
            yield m


# a full written date, digits or Chinese numerals (2021年4月16日 / 二〇二一年四月十六日); typed copies write the
# year's zero as a Latin O or a digit (二OO八年五月二十三日, 二00五年六月十七日), as segment/dates.py reads them
# 滨教函202011号滨州市教育局关于…: a 文号 whose brackets a copy lost (a sharing site's text), year and number run together
BRACKETLESS_DOC_NUMBER = r"\p{Han}{1,8}?[发字函办规令告通电](?:19|20)\d{2}\d{1,4}号"
# 长府办发〔2017〕65号 as the whole text of a page element (repair/html: the line a portal prints under its title heading);
# so is a ministry's 公告 or 令 numbered within its year, one or more bodies before it (财政部 税务总局公告2025年第17号, wf_09)
DOC_NUMBER_ALONE = re.compile(
    r"[ \t\u3000\xa0]*+(?:[\p{Han}A-Za-z]{1,12}[ \t\u3000]*+[〔［\[【（(][ \t\u3000]*+(?:19|20)\d\d[ \t\u3000]*+[〕］\]】）)]"
    r"[ \t\u3000]*+(?:第[ \t\u3000]*+)?"
    r"|\p{Han}{2,12}(?:[ \t\u3000]++\p{Han}{2,12}){0,4}(?:公告|令)[ \t\u3000]*+(?:19|20)\d\d[ \t\u3000]*+年[ \t\u3000]*+第[ \t\u3000]*+)"
    r"\d{1,4}[ \t\u3000]*+号[ \t\u3000\xa0]*+")

# 印发了 / 出台了 / 构建了: the perfective 了 telling of an act done (not 为了 / 除了, 了解 / 了结 / 了如): a sentence
# holding it reports (extract/targets: its figures are on record; extract/deadlines: the date opening it, uf_09)
DONE_LE = r"(?<![为除])了(?![解结如])"
# 二三年十月十五日 for 二〇〇三年… / 二一三年 for 二〇一三年 (us_03): a year in Chinese numerals whose 〇 the source lost (a
# font or a database dropping the character). Read only where the reading is single: 二 and one digit of 三–九 lost
# two 〇 (20X0 would lie past 2030); 二一X / 二二X lost one. 二一 and 二二 alone (2001 or 2010?) are not read.
LOST_ZERO_YEAR = r"(?<![〇○零O0一二三四五六七八九十百])二(?:[三四五六七八九]|[一二][〇○零O0一二三四五六七八九])(?=\s*+年)"
# 为贯彻… / 根据… / 按照… / 依据…: the words a body's opening sentence (why the document is made) starts with, written
# once for repair's cuts before it and segment/roles' opening sentence
OPENING_WORDS = "(?:为了?|根据|按照|依据)"
DATE_WORDS = r"(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零O0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
# 抄送： / 部内抄送： (wv_01, wv_02): the label of the 版记's 抄送 line, written once for repair's two readings of it
# glued after a date (the date closing a signature; the cut before the label)
COPIED_TO_LABEL = r"(?:部内)?抄送[：:]"
# 2017-05-23 16:31:23 / 发文日期： 2021-09-03 15:17: the clock time a page stamps a date with (a posting record, not the
# date a notice is signed with), read by repair (a stamp under a page's heading) and segment (a stamped 发文日期 field)
# written out (with its optional seconds) for the patterns that read a stamped date whole
CLOCK_TIME_TEXT = r"\d{1,2}:\d{2}(?::\d{2})?"
CLOCK_TIME = re.compile(CLOCK_TIME_TEXT)
# 二〇〇四年六月一日省安委办 (up_09): a notice's date with the drafting body after it, alone on a line after the
# notice's last sentence (a transmitted 方案 dated and signed date first)
DATE_THEN_ISSUER_LINE = re.compile(rf"^[ \t\u3000]*+(?P<date>{DATE_WORDS})[ \t\u3000]*+(?P<org>\p{{Han}}{{2,16}})[ \t\u3000]*+$")
# （2020年3月13日）: a line holding only a bracketed date, as a 中共 / 人民政府 意见 printed in a paper or a yearbook is
# dated under its title (tr_05)
BRACKETED_DATE_LINE = re.compile(rf"^[ \t\u3000]*+[（(][ \t\u3000]*+(?P<date>{DATE_WORDS})[ \t\u3000]*+[）)][ \t\u3000]*+$")
# 分别于2022年4月10日、7月10日、10月10日和2023年1月10日前报送: further dates, parted by 、 / 和 / 及 / 或, that one 前
# closes; read after a date, it says that date shares the 前 (each date of the list is one the thing is due by). A comma
# parts them too where the list runs on into the next year (分别于2022年4月15日、7月15日、10月21日，2023年1月13日前向我部
# 报告, wo_03: a quarter's four reports): only dates stand between, so the comma opens no clause of its own
_LISTED_DAY = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日"
# 较上年末下降0.06个百分点 / 比年初增长3%: the bases a figure is set against when it reports the state at a date (the
# year-end or the year's start before it), as financial reports put them: a past figure, no goal and no deadline
# (分别比去年底增长了4.6个百分点, up_03: the last year's end said as 去年底 / 上年底, a progress report's base)
YEAR_END_BASES = ("较上年末", "比上年末", "较年初", "比年初", "较去年底", "比去年底", "较去年末", "比去年末", "较上年底", "比上年底")
# 降至10.45%，比2017年底下降了6.11个百分点 (uj_07): a level set against the end of a year named, as a report of progress
# since then puts it (a sentence with a goal year or an intent is read as a goal: 到2025年…比2020年底提高3个百分点)
NAMED_YEAR_END_BASE = r"(?:较|比)[ \t]?(?:19|20)\d\d[ \t]?年(?:底|末)[ \t]?(?:分别)?[ \t]?(?:增长|下降|提高|减少|增加|提升|上升)"
# 前 / 之前 / 以前 bounding a date (6月30日前), not the 前 of 前往 / 前来 / 前去 (下午3:30时前往现场: going there) nor of
# 前后 (就业帮扶行动周。2022年10月17日前后，…, wk_01: the days around the date, when the week is held)
BEFORE_WORD = r"(?:前(?![往来去后])|之前|以前)"
DATE_LIST_THEN_BEFORE = re.compile(rf"(?:(?:、|和|及|或|以及|[，,])\s*+{_LISTED_DAY})++\s*+{BEFORE_WORD}")
# A body addressed by name, then its colon (湫山乡人民政府：, 南峰街道办事处：): the 主送 of a reply (…：你乡《…》收悉) or of a
# notice's copy that follows a signed date
# 人力资源社会保障部国家发展改革委…国家林业和草原局国务院扶贫办: the joint signature of many bodies (ui_07: fifteen
# ministries) printed as one run with no blank, stop or 、 between the names: each name closes on a body's word and none
# runs longer than a body's name. Possessive: a run that is no list of names fails at once, never re-parted. Repair cuts
# such a run from the closing note it is glued to; layout reads its line as signing however long it is.
# (uv_09: eleven issuers, the last a railway 集团有限公司 signing beside the departments; vc_07: seven, the last the
# province's 妇联 — a mass organisation named by its short form, 联 closing no other body's name)
GLUED_ISSUERS = re.compile(r"(?:\p{Han}{1,15}?(?:部|委|局|厅|署|办|院|行|会|室|府|公司|妇联|残联|侨联|文联|工商联))++")
GLUED_ISSUERS_MAX = 400  # two dozen bodies' names
ADDRESSED_BODY = r"\p{Han}{2,30}?(?:人民政府|办事处|委员会|管委会|办公室|办公厅|局|委|厅|部门|单位)[：:]"
# The year a five-year plan ends, by its ordinal (“十四五”末 is 2025): the targets and deadlines stages date a plan's end by it
PLAN_END_YEAR = {"六": 1985, "七": 1990, "八": 1995, "九": 2000, "十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030, "十六": 2035}
# A year named relative to another: 今年 (the year the document is written in) and 明年 (the year after it) against the
# document's year; 次年 / 翌年 (the year after) and 当年 (the same year) against a year the sentence named before them
# (2012年启动，次年3月底前完成), else against an event the text names (费用发生日次年3月1日前), which gives no year.
# Values: (what the year is counted from, how many years after it)
RELATIVE_YEAR = {"今": ("document", 0), "明": ("document", 1), "次": ("named", 1), "翌": ("named", 1), "当": ("named", 0),
                 "本": ("document", 0)}  # 本年度 (a year's task book) is 今年
# 今年底前 / 明年年底 / 今年内 / 明年3月底前 / 次年三月一日前: a relative year is read as a date only with what follows
# it (a month, its end, 内 for 今年 / 明年); 当年 alone names a rule's year (当年新招用的人员), no date
RELATIVE_YEAR_DATE = (
    r"(?P<ry>[今明次翌当])年(?=[ \t]?(?:十[一二]?|[一二三四五六七八九]|\d{1,2})[ \t]?月"  # (次年 1月31日前, spaced)
    r"|(?<=[今明次翌]年)年?[底末]|(?<=[今明]年)内)"
)
# 4.2011年底主体施工: an item marker (1. to 99., at a line's start) glued to a year: what follows the point is a year,
# not the decimals of 4.2011 (a lookbehind, for a pattern's year to start after it; standard-re fixed widths)
MARKER_BEFORE_YEAR = r"(?:(?<=^\d[.．])|(?<=^\d\d[.．])|(?<=\n\d[.．])|(?<=\n\d\d[.．]))(?=\d{4}[ \t]?年)"
# 摘要：其中新建…: a news page's summary field above the article (its value on the same line), which the body repeats
SUMMARY_FIELD = re.compile(r"(?:内容)?摘[ \t\u3000]*要[ \t\u3000]*[：:][ \t\u3000]*\S")
# 回顾2023年工作成果 / 展望2024年工作目标: a short line parting a report's review from its look ahead (a news or blog
# retelling prints them between the paragraphs, un-numbered); a part of the body, not a title line. 过去五年工作回顾 /
# 2022年工作回顾: the same part line with 回顾 last (a numbered 一、2022年工作回顾 is a heading, not this)
REPORT_PART_LINE = re.compile(
    r"(?P<part>回顾|展望)[^。，,；;：:！!？?（(]{2,20}|[^。，,；;：:！!？?（(、]{0,10}?工作(?P<part>回顾)")
# 到2000年： alone on its line: the goal year the paragraphs below it are set for (a plan's goals led in by
# their year, the goals themselves in paragraphs of their own)
# (至2020年—— over ●… entries: a dash leads in as the colon does)
YEAR_LEAD_IN = re.compile(r"\s*[到至]\s*(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年(?:底|末)?\s*(?:[：:]|——)\s*")
# 到2020年，该县将通过实施…，实现四大具体目标： a one-sentence paragraph opening on its year and closing on a colon
# leads in the same way (the goals it announces follow in paragraphs of their own)
YEAR_LEAD_IN_SENTENCE = re.compile(
    r"\s*到\s*(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年(?:底|末)?\s*[，,][^。；;！？!?\n：:]{0,120}[：:]\s*"
)
# 2000年12月28日 税委会[2000]17号 / …的公告（2019年4月13日 财政部公告2019年第60号）: a legal database records a
# document by its date, a blank and its 文号, on a line of its own under the title or in brackets closing the title line
DATED_NUMBER = re.compile(
    rf"[（(]?[ \t\u3000]*+(?P<date>{DATE_WORDS})[ \t\u3000]++(?P<number>[^（）()\s]{{6,30}}?)[ \t\u3000]*+[）)]?$"
)
# （湖政办发〔2009〕58号 二○○九年五月五日） (tv_07): or the other way round, the 文号 first
NUMBER_THEN_DATE = re.compile(
    rf"[（(]?[ \t\u3000]*+(?P<number>[^（）()\s]{{6,30}}?)[ \t\u3000]++(?P<date>{DATE_WORDS})[ \t\u3000]*+[）)]?$"
)


def may_pair_date_and_number(s: str) -> bool:
    """Can DATED_NUMBER or NUMBER_THEN_DATE match in s? Both need a blank between the date and the 文号, and every
    DATE_WORDS form closes on 日; a line lacking either is spared the two searches, which try their lazy 文号 at
    every character (about 40 µs a front line, the 文号-first form most of it)."""
    return "日" in s and (" " in s or "\u3000" in s or "\t" in s)


# 义乌市人民政府办公室 2013年8月9日印发: the 版记 line that closes a printed notice
# 交通运输部办公厅 2012年1月印发: the imprint's date may stop at the month
_IMPRINT_DATE = rf"(?:{DATE_WORDS}|(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月)"
IMPRINT = re.compile(rf"{_IMPRINT_DATE}\s*+印发\s*+$")
# 重庆邮电大学校长办公室 / 2009年5月21日印发: the 版记's imprint with its body and its date on lines of their own; the date
# line alone, the body's line the one above it
IMPRINT_DATE_LINE = re.compile(rf"^[ \t\u3000]*+{_IMPRINT_DATE}\s*+印发\s*+$")
# 主题词：人事改革  岗位设置  聘用  工作  通知: the 版记's subject-word line of a notice printed before 2012 (GB/T 9704-1999)
SUBJECT_WORDS_LINE = re.compile(r"^[ \t\u3000]*+主[ \t\u3000]*+题[ \t\u3000]*+词[ \t\u3000]*+[：:]")
# …工作方案 / …的通知 ending a line with no sentence punctuation: the last line of a title
_TITLE_WORDS = "通知|意见|方案|办法|规定|条例|决定|通告|公告|批复|要点|规划|纲要|细则|计划|措施|清单|指南|报告|请示"
TITLE_TAIL = re.compile(rf"(?:{_TITLE_WORDS})[》）)]?$")
# the characters a TITLE_TAIL match ends on: a 文种 word's last, or the bracket closing after it
_TITLE_TAIL_LAST = frozenset({word[-1] for word in _TITLE_WORDS.split("|")} | set("》）)"))


def ends_on_title_word(s: str) -> bool:
    """TITLE_TAIL.search(s) is not None. The search tries the pattern at every character of s (≈ 6 µs on a long line),
    and a match ends the string (or stands before a final line break, where $ matches too): a string whose last
    character, that line break aside, ends no 文种 word and closes no bracket after one is spared the call."""
    last = s[-2:-1] if s.endswith("\n") else s[-1:]
    return last in _TITLE_TAIL_LAST and TITLE_TAIL.search(s, 0, None, HOLD_GIL) is not None
# 主办单位： / 组 长： / 联系人：: a line opening with a short field label is a line of its own
FIELD_LABEL_START = re.compile(r"^\p{Han}(?:[ \u3000]*+\p{Han}){0,5}[ \u3000]*+[：:]")


def opens_on_field_label(s: str) -> bool:
    """FIELD_LABEL_START at s's start. Without a blank (space, U+3000) in s a match is one to six Han characters and
    its colon, so the colon stands among s's first seven characters: the common line, with a colon further on or none,
    is spared the pattern call (asked of every line in segment's and repair's line passes; speed21)."""
    head = s[:7]
    if "：" not in head and ":" not in head and (("：" not in s and ":" not in s) or (" " not in s and "\u3000" not in s)):
        return False
    return FIELD_LABEL_START.match(s, 0, None, HOLD_GIL) is not None
# [ 索引号 ] 115002320086900349/2024-00029 [ 发文字号 ] 武隆府办发〔2024〕6号: a row of a county page's field table, its
# labels in spaced square brackets; each row is a line of its own, and so is the line after the last one
BRACKETED_FIELD_ROW = re.compile(r"^\[[ \t\u3000]*+\p{Han}{2,8}[ \t\u3000]*+\]")
# 组 长：龚 正 市长 / 汤志平 副市长: one member of a body's roster, a person's name (2-4 characters, a blank may stand
# between them), a blank, then the post; the first line of a group carries its label (组长 / 副组长 / 成员 / 主任 …)
# 袁 琳（市卫生局副调研员） / 组 长：李文学（兼）: a member of a working group's roster, the post in brackets after the name
ROSTER_MEMBER = re.compile(
    r"^(?:(?:副|常务副)?(?:组|主)[ \u3000]*+(?:长|任)[ \u3000]*+[：:][ \u3000]*+)?"
    r"\p{Han}(?:[ \u3000]?\p{Han}){1,3}[ \u3000]*+[（(][^（）()\n]{1,20}[）)]$"
)
ROSTER_LINE = re.compile(
    r"""^(?:(?:(?:副|常务副)?(?:组|主|秘[ \u3000]*+书)[ \u3000]*+(?:长|任)|成[ \u3000]*+员|委[ \u3000]*+员)
         [ \u3000]*+[：:][ \u3000]*+)?            # the group's label, on the group's first line only
       \p{Han}(?:[ \u3000]?\p{Han}){1,3}?           # the name
       [ \u3000]++
       \p{Han}[\p{Han}\d、（）()]{1,60}$           # the post (体育总局局长、第19届亚运会组委会主席)
    """,
    re.VERBOSE,
)
# 组长： / 第一副组长： / 成员：: a group's label on a line of its own, its members one a line below it (tu_07)
ROSTER_LABEL = re.compile(r"^(?:第一|常务)?副?(?:组[ \u3000]*+长|主[ \u3000]*+任)[：:]$|^成[ \u3000]*+员[：:]$")
# 开化县住房和城乡建设局 2021年11月16日: the issuer and the date on one line; a page that lost the line break may
# glue them (某市人民政府办公室2022年3月1日: the caller checks that the part before the date names a body)
SIGNED_LINE = re.compile(rf"(?P<org>[\p{{Han}}（）()、 \u3000]{{2,60}}?)[ \u3000]*+(?P<date>{DATE_WORDS})\s*+")
# 自治区主席 陈武 / 代省长 某某: the head who signs a 令 — the place's level may stand before the post, an acting head's 代
# before it — and the head's name, two characters spaced apart (陈 武) or two to four together. Shared by the signed line
# below and metadata's signer reading (SIGNING_HEAD), which spell the same post.
_HEAD_POST = r"(?:自治区|省|市|县|区|州)?代?"
_HEAD_POSTS = "省长|市长|县长|区长|州长|盟长|旗长|主席|总理|局长|部长|署长|行长"
_HEAD_NAME = r"(?:\p{Han}[ \t\u3000]{1,2}\p{Han}|\p{Han}{2,4})"
# 自治区主席 陈武 2016年12月6日 / 市长 某某 2019年1月1日: the head who signs a 令, named, with the date on one line
# (ux_09); the post and name are no issuing body
HEAD_SIGNED_LINE = re.compile(
    rf"{_HEAD_POST}(?:{_HEAD_POSTS})[ \t\u3000]*+{_HEAD_NAME}[ \t\u3000]*+(?P<date>{DATE_WORDS})\s*+"
)
# 省长 / 市长 某某 over the date of a 令 a legal database copies: the head who signs, no body (the issuer is found
# elsewhere: the database's body line, the 令's own name); an acting head (代省长) and a ministry's head signing its own
# 令 (国家知识产权局局长令 … 局长) sign so too, and a head whose post names the place's level (自治区主席 陈武, ux_09);
# on a line of its own the post may be a township's (乡长, 镇长) and the name may follow a colon
SIGNING_HEAD = re.compile(rf"^{_HEAD_POST}(?:{_HEAD_POSTS}|乡长|镇长)(?:[ \t\u3000]*+[：:]?[ \t\u3000]*+{_HEAD_NAME})?$")


# ------------------------------------------------------------------ enactment notes (题注)

# （2011年12月15日广州市人民政府令第61号公布，根据…第一次修订）under a regulation's title: when
# and by whom it was enacted and amended. Metadata, never a node.
_ENACTMENT_YEAR = re.compile(r"(?:19|20)\d\d\s*+年")
_ENACTMENT_ACT = re.compile(r"公布|通过|修订|修正|批准|发布")


# 1998年12月29日 第九届全国人民代表大会常务委员会第六次会议通过的《…的决定》: a line of a law's history, printed
# without brackets under its title (a date, a blank, the session that passed, revised or published it); it names
# the act that changed the law, not the document
LAW_HISTORY_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[ \u3000]++[^。；]{0,60}?(?:通过|修订|修正|公布)")


def is_enactment_note(s: str) -> bool:
    """A whole line that is a 题注 in brackets (three linear searches, no backtracking)."""
    s = s.strip()
    if not (8 <= len(s) <= 1200 and s[0] in "（(" and s[-1] in "）)"):
        return False
    inner = s[1:-1]
    if any(ch in inner for ch in "（）()") and not _ENACTMENT_ACT.search(inner):
        return False
    return _ENACTMENT_YEAR.search(inner, 0, 40) is not None and _ENACTMENT_ACT.search(inner) is not None


# （1987年10月26日国务院发布） / （2000年6月13日农业部令第34号公布）: a 题注 naming the day the act was passed or
# published; a title line printed above it ends where the 题注 begins (a bare （2024年修订） may still be the title's)
_WHOLE_DATE = re.compile(r"\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日")


# 《…实施办法》已经 2020年9月1日 / 中国人民银行…会议审议通过: a decree's sentence naming the day its act was adopted,
# broken by the PDF after that date; the body that adopted it is on the next line, so the line goes on
ADOPTED_ON_DATE_END = re.compile(r"[已业]?经[ \u3000]*+\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日$")


# 中华人民共和国专利法 / 中华人民共和国民法典: a national law's name, which ends in no 文种; it is the document's title
# where the law itself follows (its 题注, 目录, 第一章 or 第一条 on the next line), not where a notice cites it
LAW_NAME = re.compile(r"中华人民共和国\p{Han}{1,30}?(?:法|法典)")
# (its history may stand without brackets: 1997年7月3日第八届全国人民代表大会常务委员会第二十六次会议通过 …)
_LAW_OPENING = re.compile(r"目[ \t\u3000]*+录$|第[一1][ \t\u3000]*+[章编条]|\d{4}年\d{1,2}月\d{1,2}日[^。；]{0,60}?(?:通过|公布)")


def is_law_opening(s: str) -> bool:
    """The line under a law's name: its 题注 (in brackets or not), its 目录, or its first part, chapter or article."""
    return is_enactment_note(s) or _LAW_OPENING.match(s.strip()) is not None


# （2024年1月31日在贵阳市第十五届人民代表大会第四次会议上）: the day and the meeting a 政府工作报告 or a speech was
# delivered at, printed under its title as a 题注 is
_DELIVERY_NOTE = re.compile(r"[（(][ \u3000]*+(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \u3000]*+在[^。；，（）()]{2,60}?上[）)]")


def is_dated_enactment_note(s: str) -> bool:
    """A whole line that is a 题注 in brackets telling the day of an act (通过 / 公布 / 发布 / 修订 …) or of the
    meeting a report was delivered at."""
    s = s.strip()
    if not (s[:1] in "（(" and s[-1:] in "）)" and _WHOLE_DATE.search(s, 0, 40)):
        return False
    # （1996年10月14日中华人民共和国林业部令第10号）: the 令 number alone says the act
    return (
        is_enactment_note(s)
        or (len(s) <= 80 and decree_number(s[1:-1]) is not None)
        or _DELIVERY_NOTE.fullmatch(s) is not None
    )


# 相关术语： / 申报单位相关证明材料 (sd_11, sh_07): a short line of its own naming the list below it, no sentence
_LIST_LABEL_MAX = 20
_LIST_LABEL_STOP = re.compile(r"[，。；,;！？!?]")


def is_list_label(s: str) -> bool:
    """A short label line (相关术语：) that names a list, with no sentence stop in it."""
    s = s.strip()
    return 2 <= len(s) <= _LIST_LABEL_MAX and _LIST_LABEL_STOP.search(s, 0, None, HOLD_GIL) is None


# 金华市人民政府工作规则（2011年5月10日…通过，…修订通过）: the issued rules' title line with its 题注 glued on
_RULES_TITLE = re.compile(r"[^。，；：,;:\s]{4,60}?(?:规则|章程|制度|守则)$")
_TITLE_STOPS = re.compile(r"[。，；：,;:]")


def is_titled_enactment(s: str) -> bool:
    """A title line that closes on its 题注 in brackets: the title of a 规则 / 办法 the notice issues, no paragraph."""
    return titled_enactment_end(s) is not None


def titled_enactment_end(s: str) -> int | None:
    """Where the title ends on a title line closing on its 题注 in brackets (河北省科学技术进步条例（2011年3月30日…会议
    通过）, we_01: the title, then when and by whom it was passed), counted in s stripped; None for any other line."""
    s = s.strip()
    if not s.endswith(("）", ")")):
        return None
    for k, ch in enumerate(s[:61]):
        if ch in "（(" and k >= 4 and is_enactment_note(s[k:]):
            title = s[:k]
            ok = (ends_on_title_word(title) and not _TITLE_STOPS.search(title)) or _RULES_TITLE.fullmatch(title) is not None
            return k if ok else None
    return None


# ---- metadata
#
# How a notice names itself and the documents it handles: the sentence that issues a plan
# (《…》已经市政府同意，现印发给你们), a promulgation header (…人民政府令（第16号）, …常务委员会公告（第38号）),
# a title's period wrapped onto a line of its own (（2021年-2035年）), and the verbs that announce a
# document still to be written (制定《…》), which the text does not cite.

# 现印发给你们 / 现随文印发给你们 / 现予印发 / 现予公布 / 现予发布 / 现转发给你们: the notice issues a document; a
# plan adopted by a congress is handed down (《2024年…计划》已经…审议通过，现予下达, tr_10); a government passes on a
# department's plan it approved (市国土房产局制定的《…防治方案》已经市政府研究同意，现批转给你们, uk_05).
ISSUES = re.compile(r"现(?:将[^。；\n]{0,80}?)?(?:随文|予以|予)?(?:印发|转发|批转|公布|发布|下发|下达)")
# the verbs of a front sentence that issues the documents it names in 《》, however many it lists (现将《…》、《…》、…《…》
# 印发给你们, wq_11), and a title so named
ISSUING_VERB = re.compile(r"印发|转发|批转")
NAMED_TITLE = re.compile(r"《([^《》\n]{2,80})》")
# 区人民政府办公室（区金融工作局代章）: the office whose seal stands in for the issuer's is no part of it, nor is
# the mark where the seal goes (某某局（印） / （盖章） / （公章）).
SEAL_NOTE = re.compile(r"\s*[（(](?:[^（）()\n]{0,24}代章|印|盖章|公章|章|签名章|签字章|签章|印章)[）)]\s*")
# 王经理签名章 / 王经理 签名章 / 某某局印章: the caption of a seal drawn on the page (an OFD 公文's 签名章 stands where
# the signing official's seal goes) names a seal, never the issuing body.
SEAL_CAPTION = re.compile(r"^[\p{Han}]{0,12}?[ \t\u3000]*+(?:签名章|签字章|签章|印章)$")
# 《…》已经市政府同意 / 已由…会议通过 / 已经…审议通过 / 业经…会议通过: the document the sentence is about has been adopted.
ADOPTED = re.compile(r"^[^。；\n]{0,6}?(?:已(?:经|由)?|业经)[^。；\n]{0,80}?(?:同意|通过|批准)")
# 《…》经县政府常务会议审议通过，现印发给你们 / 《…》（略）政府第5次常务会议审议通过，现印发…: the sentence adopts the
# document and issues it in one breath, whatever stands before the adopting body (经, or a copy's redaction).
ADOPTED_THEN_ISSUED = re.compile(
    r"^[^。；\n《》]{0,80}?(?:同意|通过|批准)[，,][ \t\u3000]*+现(?:予以|予)?(?:印发|发布|公布|转发|下达)"
)
# 《…纲要》（以下简称《纲要》）: a short name the text defines for the document named just before it. The alias is
# never a title of its own (plan title, cited document), and the bracket is no part of the sentence about the named
# document. ALIAS_LEAD ends the text before an alias's 《; ALIAS_NOTE is used with .match(text, pos) just after a 》.
# the words that declare a short name (以下简称, 简称 …), as an alternation; extract.units reads a unit's short name by them
ALIAS_WORDS = r"(?:以下简称|以下称|简称|下称)"
_ALIAS_WORD = ALIAS_WORDS + r"[ \t\u3000]*+[:：]?[ \t\u3000]*+"
ALIAS_LEAD = re.compile(rf"{_ALIAS_WORD}$")
ALIAS_NOTE = re.compile(rf"[ \t\u3000]*+[（(][ \t\u3000]*+{_ALIAS_WORD}《[^《》\n]{{1,30}}》[ \t\u3000]*+[）)]")
# 制定了《…》，现印发: the notice wrote the document it issues.
DRAFTED_BY_US = re.compile(r"(?:现将|制定了|联合制定|研究制定了|修订了|编制了)[^《》。；\n]{0,6}$")
# 我局会同相关部门制定了住房限购政策的实施意见。现将具体意见印发给你们 (un_02): a notice naming what it issues without 《》,
# the drafting verb, then the name up to the sentence's end (closing on a 文种 of a document issued)
DRAFTED_UNQUOTED = re.compile(r"(?:制定了|研究制定了|修订了|编制了)([^《》，。；、\n]{4,40}?(?:实施意见|意见|办法|方案|细则|规定|规则|措施))。")

# 中山市人民政府令（第16号）, 中华人民共和国国务院令第746号, …常务委员会公告（第38号）: a promulgation header;
# the number as written, brackets and spaces dropped. The number may stand a blank line below and in Chinese
# numerals (…常务委员会公告 / (blank) / 第三十七号).
PROMULGATION = re.compile(
    r"^(?P<issuer>\p{Han}[\p{Han} \t\u3000]{1,200}?)(?P<kind>令|公告)(?:[ \t\u3000]*+\n){0,2}+[ \t\u3000]*+[（(]?[ \t\u3000]*+"
    rf"第[ \t\u3000]*+(?P<number>\d{{1,4}}|[{_CN}]{{1,6}})[ \t\u3000]*+号[ \t\u3000]*+[）)]?",
    re.M,
)

# （2021年-2035年） / （2021—2035年）: a line that holds only the period of the title above it.
PERIOD_LINE = re.compile(r"[（(]\s*+(?:19|20)\d{2}\s*+年?\s*+[—–\-－~～至到]{1,2}+\s*+(?:19|20)\d{2}\s*+年?\s*+[）)]")

# Verbs that announce a document still to be written: 制定《…》, 出台《…》, 推动《…》出台, 编写《…》.
# 组织制定了《A》《B》和《C》。现印发给你们: what the notice itself drew up (and issues), not documents it cites.
DRAFTS = re.compile(r"(?:制定|出台|编写|编制|修订|起草|制订)(?:和实施|并实施)?了?$")
DRAFTS_AFTER = re.compile(r"^[^，。；《》\n]{0,4}?(?:出台|发布实施|的制定|的修订|的起草)")

# How a body-only notice names its own kind: 现将…印发给你们 / 通知如下 (通知), 现批复如下 (批复), 本通告 (通告),
# 提出如下实施意见 (意见), 予以通报表彰 / 特此通报 (通报). 本方案 / 本办法 … are read against the 文种 lexicon by the
# metadata reader.
SELF_NAMED = (
    ("通知", re.compile(r"现(?:将[^。；\n]{0,160}?)?(?:随文)?(?:印发|转发|批转)给你们|通知如下|特此通知")),
    ("批复", re.compile(r"批复如下|特此批复")),
    # 现函复如下 / 专此函复 (uo_03: a ministry's reply letter stored from its addressee, no title): a 函 answering one
    ("函", re.compile(r"现函复如下|(?:专此|特此)函复")),
    ("通告", re.compile(r"特此通告|本通告")),
    ("公告", re.compile(r"特此公告|本公告")),
    # 特此公示 / 现予以公示 (uq_09: a county bureau's 公示 stored with no title line, its text printed twice)
    ("公示", re.compile(r"特此公示|现予(?:以)?公示")),
    ("通报", re.compile(r"特此通报|予以通报(?:表彰|表扬|批评)")),
    ("意见", re.compile(r"(?:提出|现提出|制定)(?:以下|如下)[\p{Han}]{0,4}?意见")),  # 经市政府同意，制定如下实施意见
)

# 垫江县人民政府 / 2024830 (uk_02): a page whose template stripped 年, 月 and 日 leaves the signature's date as bare
# digits, the year then the month and the day unpadded; read only where one split gives a real month and day.
BARE_DIGIT_DATE = re.compile(r"^[ \t\u3000]*+((?:19|20)\d{2})(\d{2,4})[ \t\u3000]*+$")

# 2024年9月21日: a date in digits with no blanks, a year of 19xx or 20xx (segment/metadata reads it so around titles,
# annexes and records)
DIGIT_DATE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
# A year as a date's opening prints it: four digits, or four Chinese numerals (二〇二一)
_DATE_YEAR = r"(?:\d{4}|[〇零O○一二三四五六七八九]{4})"
# 山东省人民政府办公厅2020年12月10日印发: the 版记 names the office that issued the document; a page keeping the
# 版记's cells as paragraphs puts the date on a line of its own (嵩县人民政府办公室 / (blank) / 2017年10月30日印发, uk_03).
PRINTED_BY = re.compile(
    r"^(?P<org>\p{Han}[\p{Han}、 \u3000]{1,60}?)[ \t\u3000]*+(?:\n[ \t\u3000]*+){0,2}+"
    + _DATE_YEAR + r"年[^年\n]{2,10}?日印发$",
    re.M,
)

# 附件 / 附件2 glued before an attached document's title (附件2020年城市体检工作方案 when the label lost its line).
ATTACHMENT_LABEL = re.compile(r"^附\s*+件(?:\s*+\d{1,2}(?!\d))?\s*+[：:]?\s*+")
# 附件：1.… / 2.… / 3、…: the number an attachment list's entry opens with, after the list's label on its first line
# (segment: a line between entries N and N+1 that opens on no number is the rest of entry N, wrapped)
# (not 1.2, a part's number: a year may follow the stop, 2.2019年街镇…分解表)
ATTACHMENT_ENTRY_NUMBER = re.compile(r"(?:附\s*+件\s*+[：:]\s*+)?(\d{1,2})[ \t\u3000]*+[.．、](?!\d{1,2}(?!\d))")
# 附件2： — the label's number (segment: a numbered label over the document an attachment list above named)
NUMBERED_ATTACHMENT_LABEL = re.compile(r"附\s*+件\s*+(\d{1,2})(?!\d)")
# 附件1：北京市科技行政处罚裁量基准表 as the whole text of a page's link (fullmatch; repair/html: the attachment list a portal
# prints below the article, outside it, wf_03): the label with its number and colon, then the attachment's name
ATTACHMENT_LINK_TEXT = re.compile(r"附[ \t\u3000]*+件[ \t\u3000]*+\d{0,2}+[ \t\u3000]*+[：:][ \t\u3000]*+[^\s：:]\S{1,79}+")
# 附件3 / 附件 4-1： alone on its line (fullmatch): the label of one more document attached after the first one's body
NEXT_ATTACHED_LABEL = re.compile(r"附[ \t\u3000]*+件[ \t\u3000]*+\d{1,2}(?:[-－—]\d{1,2})?[ \t\u3000]*+[：:]?")
# 前言 / 前 言 / 引言 / 序言 (fullmatch): the title of the preface a guide or plan opens with, printed between its
# contents and its body; at most four blanks between the two characters (repair.layout asks it of a line of at most
# six characters, the possessive quantifier gives nothing back)
PREFACE_TITLE = re.compile(r"[前引序][ \t\u3000]{0,4}+言")


# A line that starts with a date (2021 年 9 月前言: a cover's date with the next heading glued on).
DATE_START = re.compile(_DATE_YEAR + r"\s*+年\s*+\d{1,2}\s*+月")

# 《建设工程合同管理》、《…》4个科目 / 免试《…》两科: names of exam subjects, courses and textbooks.
SUBJECTS_AFTER = re.compile(r"^\s*+(?:[\d一二两三四五六七八九十]{1,2}+\s*+个?)?(?:科目|科(?![学技研普室])|门课程|课程|教材)")

# 附表：1.… / 附图 1 … / 附：…: tables, maps and lists attached to a plan are listed like 附件.
# (the blanks after the number are not possessive: 附图 1  …图 keeps one of them for the separator)
ATTACHED_TABLE = re.compile(r"^附\s*+[表图]?\s*+(\d{0,3})\s*([：:．.、]|\s|$)\s*+(.*)$")
# …以本通知为准。附件：1．…: the 附件 label glued after the closing sentence of the last paragraph (group 1: the first
# entry, a short name or the start of a numbered list).
SENTENCE_THEN_ATTACHMENTS = re.compile(r"[。；！][ \t\u3000]*+附[ \t\u3000]*+件[ \t\u3000]*+[：:][ \t\u3000]*+([^。；：:\n]{1,80}+)$")
# 附件 1 / 附件1-1 / 附件： on a line of their own (vs_09): the label heading an attached document or form, which opens
# its line on every page that prints one (not 附件 1）。 of a sentence wrapped before it).
ATTACHMENT_LABEL_LINE = re.compile(r"^[ \u3000]*+附[ \u3000]*+件[ \u3000]*+(?:\d{1,2}+(?:[ \u3000]*+[-－—][ \u3000]*+\d{1,2}+)?)?[ \u3000]*+(?:[：:]|$)")
# 附件2第三条 / 附件第五条: an article of an attached document cited in a sentence or a table cell, not a label.
ANNEX_ARTICLE = re.compile(r"^第[\d一二三四五六七八九十百]{1,5}+[条款项章节]")
# …省财政厅第一章 总则 / …发放工作。第二章购房补贴发放对象 (vq_11): a chapter and its title glued to the end of the line
# before it (a byline, an article's last sentence) in a body stored on one line; group 1 opens the chapter. It is
# one only where the next line opens an article (ARTICLE_OPENING): a chapter cited in prose has no title tail.
GLUED_CHAPTER_TAIL = re.compile(
    rf"(?<=[\p{{Han}}。；！？”）)])(第[{_CN}]{{1,3}}章)[ \u3000]*+(?!的)\p{{Han}}[^。；，,：:！？!?\n]{{0,23}}$"
)
ARTICLE_OPENING = re.compile(rf"^[ \u3000]*+第[{_CN}]{{1,5}}条")
# …进入整体布局、全面推进的新阶段。【第一篇】数字中国建设基础加快夯实 (xh_01, PDF text): a part in black brackets and
# its title glued to the end of the paragraph before it; group 1 opens the part (a numbered heading opens the next line)
GLUED_BOOK_TAIL = re.compile(rf"(?<=[。；！？”）)])(【第[{_CN}]{{1,3}}篇】)[ \u3000]*+\p{{Han}}[^。；，,：:！？!?\n]{{0,30}}$")
# 　　目　　录　　第一章　总　　则　　第二章　核心密码… (vs_02, vs_07): a law stored on one line with U+3000 runs prints its
# 目录 as the body does, each entry a chapter marker, one blank, its title. CHAPTER_ENTRY_OPENING opens an entry or a
# body chapter at a position (the marker, then the one blank before its title); CHAPTER_MARKER_BEFORE ends a slice on
# such a marker standing after blanks or at the start (not 本法第三章 in a sentence); CONTENTS_WORD_OPENING is the
# 目录 word, letter-spaced or not, that heads the entries.
CHAPTER_ENTRY_OPENING = re.compile(rf"第[{_CN}]{{1,5}}[章节][ \u3000]")
CHAPTER_MARKER_BEFORE = re.compile(rf"(?<![^ \u3000])第[{_CN}]{{1,5}}[章节]$")
CONTENTS_WORD_OPENING = re.compile(r"目[ \u3000]{0,6}录(?:[ \u3000]|$)")
# 2021年10月19日附件：: the 附件 label glued after the signature's date.
DATE_THEN_ATTACHMENTS = re.compile(r"^" + _DATE_YEAR + r"年[^年\n]{2,10}?日\s*+附\s*+件\s*+[：:]\s*+(.*)$")
# 附件1.docx / 附件1、2.docx / ….pdf: a download link; its extension is no part of a name.
_FILE_EXTENSIONS = "(?:docx?|xlsx?|pdf|wps|zip|rar|ofd|et)"
FILE_EXTENSION = re.compile(r"\." + _FILE_EXTENSIONS + "$", re.I)
# 2.…办理流程图.docx更多信息请关注官方微信“河北人社” (ul_02): a file's extension inside a line, the page's furniture
# glued after the last file name of its links
FILE_EXTENSION_IN_LINE = re.compile(r"\." + _FILE_EXTENSIONS + "(?![A-Za-z0-9])", re.I)
# 附件1.docx / 附件1、2.docx / 附件1-5下载：《…》.doc (ra_02, rb_10): a page's link to files the 附件 lines above it list,
# named by the attachments' numbers alone (no title of its own), not one more attachment; 附件.pdf (vk_01), the page's
# one file for the whole list, named by no number at all
ATTACHMENT_FILE_LINK = re.compile(
    r"^附件(?:[0-9]{1,2}+(?:[、,，\-－~～][0-9]{1,2}+)*+(?:\." + _FILE_EXTENSIONS + r"$|下载[：:])|\." + _FILE_EXTENSIONS
    + r"$)", re.I)
# 工业和信息化部市场监管总局 / 2024年月日 (vk_10): a draft's 成文日期 with its month and day left blank, the year alone
# filled in — the signature's date line all the same
BLANK_DATE_LINE = re.compile(r"[ \t\u3000]*+(?:19|20)[0-9]{2}[ \t\u3000]*+年[ \t\u3000]*+月[ \t\u3000]*+日[ \t\u3000]*+")
# http://www.moc.gov.cn/…/P020120118372100634044.doc: a file's address on a line of its own in a page's download list
URL_LINE = re.compile(r"^https?://\S+$")
# 附件下载：/ 相关附件：/ 【相关附件】 / 文档附件：: the label of a page's download list (the file names under it, group 1 what
# follows it on its line)
DOWNLOAD_LABEL = re.compile(r"^[【\[]?(?:附件下载|相关附件|附件列表|文档附件)[】\]]?[ \t\u3000]*+[：:]?[ \t\u3000]*+(.*)$")
# 解读： / 相关解读： / 【政策解读】: the label of a page's list of links to readings of the notice (…答记者问, 一图读懂《…》)
# standing alone on its line; 访谈解读：根据…。 (a reading's own text after its label) is no such label
READING_LIST_LABEL = re.compile(r"^[【\[]?(?:相关|政策|部门|热点)?解读[】\]]?[ \t\u3000]*+[：:]?[ \t\u3000]*+$")

# 注：该表一式3份，由…填写 / 注：此文书一式4份，委托人、受托人…各1份: the copy note closing a blank form attached to a notice
# (an 审批表, a 通知书, a 声明书 to fill in), the last line of the form
FORM_COPIES_NOTE = re.compile(r"^[ \t\u3000]*+注[ \t\u3000]*+[：:][^。]{0,12}?一式[0-9一二三四五六七八九十两]{1,2}份")
# 研究院名称： / 依托单位（公章）： / 牵头单位：（盖章） / 申报日期：年月日 / 填写日期：____年__月__日: a blank form's field
# (a short name, its colon, nothing filled in after it but a stamp's place or a date's blanks), as the cover of an
# attached 申请书 lists them
_FORM_STAMP = r"[（(][盖公]章[）)]"
_FORM_DATE_BLANKS = r"(?<![0-9〇一二三四五六七八九十])年[ \t\u3000_]*+月[ \t\u3000_]*+日"
BLANK_FORM_FIELD = re.compile(
    rf"[ \t\u3000]*+\p{{Han}}{{2,12}}(?:{_FORM_STAMP})?[：:][ \t\u3000_]*+(?:{_FORM_STAMP}|_*+{_FORM_DATE_BLANKS})?[ \t\u3000]*+"
)
# …协议（章程）生效时间年月日… / …审验单位盖章：年月日… / （请在此填写单位名称）: a blank inside a line, the mark of a form's
# cells flattened into the line of its caption
FORM_BLANK = re.compile(rf"{_FORM_DATE_BLANKS}|{_FORM_STAMP}|盖章[：:]|请在此填写")

# ------------------------------------------------------------------ tables flattened into text (segment.tables)

# 表2 近10年…情况 / 附表1 浙江省…计划表 / 表3-1 …: a table's caption (not 附表：1.…, which lists attached tables).
TABLE_CAPTION = re.compile(r"^附?+[ \t\u3000]*+表[ \t\u3000]*+\d{1,3}+(?:[-－.．]\d{1,2}+)?+(?![\d年%])[ \t\u3000]*+[^\s：:，,。；]")
# the title line over a table (2024年重点任务分工表, 重点工作任务清单（第一批）, 附表1 …一览表): words with no sentence mark
# ending in the name of a table, an optional bracketed note after it; asked of a line as a whole (fullmatch)
# 2023年 / 2024年度 as a header cell's whole name (group 1 the year): under a target or plan cell a two-row header spans
# (任务目标 over 2023年 | 2024年 | 2025年, tt_142) segment names the column 2023年（任务目标）, a year's share of the work
# (YEAR_SHARE_COLUMN); a year column of its own (an indicator's value that year, tt_116) keeps its name. A plan split by
# year in one header row names its columns so too: 2024年工作任务 | 2025年工作计划 (tt_187), a year's share as well.
YEAR_COLUMN_NAME = re.compile(r"^((?:19|20)\d{2})年度?$")
YEAR_SHARE_COLUMN = re.compile(r"^((?:19|20)\d{2})年度?(?:（[^（）]{1,8}）|工作任务|工作计划|重点任务)$")
TABLE_TITLE = re.compile(r"[^。；;，,：:\t]{0,40}?(?:表|清单|台账)(?:[（(][^（）()]{1,12}+[）)])?+")
# 附表1： / 附件 2 alone on its line (fullmatch): the label of an attachment whose title stands on the line below
# (group 1: 表, an attached table, or 件, an attachment that may be a table)
TABLE_LABEL_LINE = re.compile(r"附[ \t\u3000]*+([表件])[ \t\u3000]*+\d{1,3}+[ \t\u3000]*+[：:]?+[ \t\u3000]*+")

# 注：1.… / 注: / 备注： / 说明：: the notes under a table; group 1 is the number of a note that starts on the line.
TABLE_NOTE = re.compile(r"^(?:注|备注|说明)[ \t\u3000]*+[：:][ \t\u3000]*+(?:(\d{1,2}+)[ \t\u3000]*+[.．、])?+")
# 附表：1．…计划表 / 附图: 1 …: attached tables and maps listed the way 附件：… lists attachments (group 2: the first entry).
ATTACHED_TABLE_LIST = re.compile(r"^附[ \t\u3000]*+[表图]?[ \t\u3000]*+(\d{0,3}+)[ \t\u3000]*+[：:][ \t\u3000]*+(.*)$")

# ------------------------------------------------------------------ task tables (segment.tasktables, extract.tasks)

_COLUMN_BLANKS = re.compile(r"[\s\u3000]+")
# a bracketed note after a column name: 完成时限（年月）, 牵头单位(部门)
_COLUMN_NOTE = re.compile(r"[（(][^（）()]{0,12}+[）)]$")
_COLUMN_NOTE_MAX = 14  # characters _COLUMN_NOTE takes off at most
# the roles a task table's columns take (lexicons/task_columns.tsv)
RESPONSIBILITY_ROLES = frozenset({"lead", "support", "responsible"})
# how the name of a unit in a task table's unit cell ends (县水务局, 县代建中心, 县残联, 区政府各部门, 魏武国控集团):
# a unit printed one a line, or a name the unit grammar does not know but the column says is a unit
# the word a zone's body is named by in a note or cell (监利经济开发区, 荒湖管理区, 市高新区): the zone's 管委会
ZONE_BODY = r"(?:开发|管理|高新)区"
_UNIT_NAME_WORDS = (
    "局", "委", "办", "厅", "部", "署", "院", "会", "联", "中心", "室", "组", "所", "队", "站", "府", "镇", "乡", "街道", "镇街",
    "公司", "集团", "园", "馆", "科", "处", "社", "团", "行", "指挥部", "单位", "部门",
    "专班",  # 区更新专班 (tt_132): the working group a district sets up for a task answers for its rows
)
UNIT_NAME_ENDING = (
    "(?:" + "|".join(_UNIT_NAME_WORDS)
    + r"|(?:开发|高新|港|新|示范|保税|功能|功能片|园)区)"  # 嘉兴经济开发区, 嘉兴港区: a zone named for its 管委会; 苏河湾功能区, 市北园区 (tt_134); 各功能片区 (tt_139)
)
# the characters a match of UNIT_NAME_ENDING can end on: a cheap test before the pattern is asked
UNIT_NAME_LAST = frozenset(word[-1] for word in _UNIT_NAME_WORDS) | {"区"}
UNIT_NAME_END = re.compile(UNIT_NAME_ENDING + "$")
# 东皇镇人民政府 醒民镇人民政府: a line of unit names only, parted by blanks (the units a notice honours or lists)
UNIT_LIST_LINE = re.compile(
    r"\p{Han}{2,20}?" + UNIT_NAME_ENDING + r"(?:[ \t\u3000]++\p{Han}{2,20}?" + UNIT_NAME_ENDING + r"){0,5}"
)
# A会B / A会同B in a unit cell (宣传处会办公室, 省发展改革委会同省财政厅): A carries the task and B joins it (会办, 会同办理,
# the Guangdong usage). The 会 stands after a name's own ending, never one that makes it part of the name (委员会, 工会,
# 协会: the ending before it would be 员 / 工 / 协), and before a name. After 委 only 会同 joins (省发展改革委会同…): a bare
# 会 there ends the name as 委员会 shortened (管委会, 专委会, 村委会: 市级各专委会办公室 is one office).
JOINED_BY = re.compile(
    r"(?:(?<=(?:局|办|厅|署|院|中心|室|组|所|队|站|府|公司|集团|馆|科|处|社|团|指挥部|单位|部门))会(?:同)?|(?<=委)会同)(?=\p{Han}{2})"
)
# 市发展改革委市经贸委: unit names glued with nothing between them (a cell printed one name a line), each opening on
# 市 / 县 / 省 (not 区: 市直园区管委会, 开发区 go on one name), or the governments of a tier on 各 (市财政局各县市区政府: the
# blank between them dropped; 市政府各直属单位, 领导小组各成员单位 are the body's own, one collective): the place between
GLUED_UNIT_NAMES = re.compile(
    r"(?<=" + UNIT_NAME_ENDING + r")(?=(?:[市县省]|各(?=[县市区乡镇旗]|街道))\p{Han}{1,12}?" + UNIT_NAME_ENDING + r")"
)


# 责任单位 over 牵头 | 配合: a two-row header whose group cell names the units and whose cells under it name only the
# role (牵头, 配合, 参与 …). Alone such a word names no column (a line 牵头 is no header cell); under a group of units it is
# that group's column of the role, named in full by the group's own unit word (责任部门 over 牵头 -> 牵头部门).
# every lead role; of the support roles those a header prints alone (参加, 协作, 支持, 数据提供 never seen so), and 协助
_SUB_COLUMN_ROLE_WORDS = frozenset(LEAD_ROLES) | {"配合", "参与", "协办", "协同", "协助"}
_GROUP_UNIT_WORDS = ("单位", "部门", "处室", "科室")


def sub_column_name(name: str, group: str) -> str | None:
    """The full name of a sub-header cell that prints a role word alone under a group cell of units (牵头 under
    责任单位 -> 牵头单位, 配合 under 责任部门 -> 配合部门, 牵头 under 责任分工 -> 牵头单位), or None: not a bare role
    word, or the group names no units."""
    word = _COLUMN_BLANKS.sub("", name)
    if word not in _SUB_COLUMN_ROLE_WORDS or column_role(group) != "responsible":
        return None
    core = _COLUMN_BLANKS.sub("", group)
    unit = next((w for w in _GROUP_UNIT_WORDS if core.endswith(w)), "单位")
    full = word + unit
    return full if column_role(full) in ("lead", "support") else None


@cache
def _column_roles() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicons.rows("task_columns.tsv")}


@cache
def seq_column_names() -> tuple[str, ...]:
    """The names lexicons/task_columns.tsv gives a 序号 column (序号, 编号, 任务序号 …)."""
    return tuple(sorted(name for name, role in _column_roles().items() if role == "seq"))


def column_listed(name: str) -> bool:
    """Is `name` (blanks removed) a column name lexicons/task_columns.tsv lists whole (not one read by its words)?"""
    return _COLUMN_BLANKS.sub("", name) in _column_roles()


@cache
def _longest_column_name() -> int:
    return max(map(len, _column_roles()), default=0)


@cache
def _column_name_starts() -> frozenset[str]:
    """The characters a column name can start with: a listed name's, or a word's a name may be read by."""
    return frozenset(name[0] for name in (*_column_roles(), *_column_words()) if name)


def may_open_column_name(line: str) -> bool:
    """Can a column name begin this line: alone (column_role(line)), run together with others, or wrapped onto the
    next line (column_role(line.strip() + next))? Not when its first character that is no blank (str.isspace, which
    every blank column_role drops is) opens no column name and no column word, as column_role's own first test asks:
    a line of prose or a numbered item (（一）…, 1.…) is no table's first header line, asked at one `in` test."""
    first = line.lstrip()[:1]
    return not first or first in _column_name_starts() or first == _FLAG_START


def column_role(name: str) -> str | None:
    """What a task table's column holds, from its header cell (序号 -> seq, 牵头单位 -> lead, 完成时限 -> time):
    the name whole from lexicons/task_columns.tsv, else read by its words (_role_by_words), else None."""
    # asked of every line of a document (is it a header cell?): a line whose first character opens no column
    # name and no column word is none (blanks and a closing note are all the name may lose), without a copy of it
    first = name.lstrip(WHITE_SPACE)[:1]  # WHITE_SPACE: the characters of _COLUMN_BLANKS
    if first not in _column_name_starts() and first != _FLAG_START:
        return None
    core = _COLUMN_BLANKS.sub("", name)
    roles = _column_roles()
    if core in roles:
        return roles[core]
    if len(core) > _longest_column_name() + _COLUMN_NOTE_MAX:
        return None  # a line of prose: no name even without a note
    core = _COLUMN_NOTE.sub("", core)
    if core in roles:
        return roles[core]
    return (
        _role_by_words(core) or _role_of_qualified_name(core) or _role_of_joined_names(core)
        or ("other" if _FLAG_COLUMN.match(core) else None)
    )


# 重点工作及责任分解内容: two column names joined by 及 in one header cell (the work, and its breakdown by whom);
# 责任单位或牵头单位: two names of one column joined by 或 (the unit answering for the row, or leading it)
_JOINED_NAMES = re.compile(r"^(?P<head>\p{Han}{2,8}?)(?P<joint>[及或])(?P<rest>\p{Han}{2,8})$")


def _role_of_joined_names(core: str) -> str | None:
    """A header cell naming two columns' contents joined by 及, each a name the rules know (重点工作 及 责任分解内容):
    the column holds what its first name says. Both halves must be names, so that a line of prose (重点工作及时推进)
    is none. Two names joined by 或 are one column's two names: when one of them leads (责任单位或牵头单位), the
    units it names lead, as under a 牵头 column; else it holds what its first name says."""
    m = _JOINED_NAMES.match(core)
    if m is None:
        return None
    head, rest = m.group("head"), m.group("rest")
    roles = _column_roles()
    head_role = roles.get(head) or _role_by_words(head)
    rest_role = roles.get(rest) or _role_by_words(rest)
    if not (head_role and rest_role):
        return None
    return "lead" if m.group("joint") == "或" and "lead" in (head_role, rest_role) else head_role


# 是否达序, 是否需履行公众参与、风险评估等决策程序: a column of yes / no flags beside the task (no cell of it a task or a unit)
_FLAG_START = "是"
_FLAG_COLUMN = re.compile(r"^是否\p{Han}[\p{Han}、]{1,20}$")


# a column name read by its words is this long: shorter ones (工作, 责任) are halves of a name printed on two lines
_WORDS_NAME = range(3, 11)
_QUALIFIERS = ("lead", "support", "responsible")  # in this order: 牵头责任单位 is lead, 协同责任单位 support


@cache
def _column_words() -> dict[str, str]:
    return {word: kind for word, kind in lexicons.rows("task_column_words.tsv")}


@lru_cache(maxsize=8192)
def _words_of(core: str) -> tuple[str, ...] | None:
    """The name cut wholly into words of lexicons/task_column_words.tsv (the fewest words), or None."""
    words = _column_words()
    longest = max(map(len, words))
    best: list[tuple[str, ...] | None] = [()] + [None] * len(core)  # best[i]: the cut of core[:i]
    for i in range(1, len(core) + 1):
        cuts = (best[j] + (core[j:i],) for j in range(max(0, i - longest), i) if best[j] is not None and core[j:i] in words)
        best[i] = min(cuts, key=len, default=None)
    return best[-1]


def _role_by_words(core: str) -> str | None:
    """A name no lexicon lists whole, read by its words (lexicons/task_column_words.tsv) when it is made of them
    alone: a unit or person column says whose it is (协同责任单位 -> support, 牵头县领导 -> person), a time column
    ends in 时限 / 节点 / 时间, and a name with a word for work, tasks or measures holds the task (任务项目, 整改措施)."""
    cut = _words_of(core) if len(core) in _WORDS_NAME else None
    if not cut:
        return None
    kinds = [_column_words()[w] for w in cut]
    if kinds[-1] in ("unit", "person"):
        qualifier = next((q for q in _QUALIFIERS if q in kinds), None)
        return None if qualifier is None else ("person" if kinds[-1] == "person" else qualifier)
    if kinds[-1] == "time":
        return "time"
    return "task" if "task" in kinds else None


def _role_of_qualified_name(core: str) -> str | None:
    """A name lexicons/task_columns.tsv lists whole, after words that only qualify it (省重点民生实事 + 项目名称,
    县 + 牵头单位): the listed name's role. The qualifying words are those of lexicons/task_column_words.tsv that
    say nothing of their own (重点, 民生, 实事, 省 …)."""
    roles, words = _column_roles(), _column_words()
    for k in range(1, len(core) - 1):
        if core[k:] in roles:
            cut = _words_of(core[:k])
            return roles[core[k:]] if cut and all(words[w] == "word" for w in cut) else None
    return None


_LONGEST_RUN_NAME = 10  # characters of one name in a header whose names run together


def run_together_column_names(core: str) -> list[str] | None:
    """`core` (blanks removed) cut wholly into column names, for a header row whose names run together (实事内容工作任务责任单位进展情况,
    序号工作内容目标任务责任单位备注: a page that printed a table's text with no border): as few names read by their words as
    can be (names the lexicon lists whole are surer), then as few names; None when it cannot be cut so. Repair cuts a
    table flattened into one line at such a header, segment reads a header line so. One pass over the positions, each
    trying the lengths a name may have."""
    best: list[tuple[tuple[int, int], list[str]] | None] = [None] * (len(core) + 1)
    best[0] = ((0, 0), [])
    for p in range(len(core)):
        if best[p] is None:
            continue
        (by_words, count), names = best[p]
        for k in range(1, min(_LONGEST_RUN_NAME, len(core) - p) + 1):
            name = core[p : p + k]
            if column_role(name) is None or (k == 1 and not column_listed(name)):
                continue  # (one character is a name only as the lexicon lists it: 序, a narrow 序号 column's)
            cost = (by_words + (not column_listed(name)), count + 1)
            if best[p + k] is None or cost < best[p + k][0]:
                best[p + k] = (cost, [*names, name])
    return best[len(core)][1] if best[len(core)] else None


def is_task_header(names) -> bool:
    """Column names that head a task table: a task column and a responsibility column among them, and most
    of the names known (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限)."""
    roles = [column_role(n) for n in names if n.strip()]
    known = [r for r in roles if r is not None]
    return "task" in known and any(r in RESPONSIBILITY_ROLES for r in known) and 2 * len(known) >= len(roles)



# ---- time cells of task tables (extract.tasks)

# A time cell naming a part of the year (issue 11): a quarter (三季度, 第四季度, 4季度, 一、二季度, 1-3季度), a half (上半年,
# 下半年) or 年中, alone or after its year (2024年二季度, 次年一季度), with its end or 前 (三季度末, 2024年二季度前, 上半年底前)
# and a verb saying what is done then (一季度完成, 一季度启动). The whole cell is matched (a cell saying more is running text).
YEAR_PART_CELL = re.compile(
    r"^[ \t\u3000]*+(?:(?P<y>(?:19|20)\d{2})[ \t]?年度?|(?P<next>[次翌])年)?[ \t]?"
    r"(?:第?(?P<q>[一二三四1-4])(?:[、，,和及至到\-—–－~～][ \t]?第?(?P<q2>[一二三四1-4]))?[ \t]?季度"
    r"|(?P<h>[上下])半年|(?P<mid>年中))"
    r"[ \t]?(?P<end>末|底)?[ \t]?(?P<before>前|之前|以前)?[ \t]?"
    r"(?:(?P<start>启动|开工|开展|实施|推进|部署)|完成|建成|见效|上线|出台|投入使用|投用|竣工|完工|通车|落实|到位)?"
    r"[ \t\u3000。.；;]*+$"
)
# A line of a time cell opening with a part of the year and going on to the step done by then (a 进度计划 cell of
# milestones, tt_137: 三季度：实现海港陆内支线集装箱动态查询 / 四季度：完成…; 四季度完成数据对接; 四季度进一步扩大…): the part
# as YEAR_PART_CELL names it, then a colon or the step's first word; a step started then (三季度启动…) is marked `start`.
YEAR_PART_LINE = re.compile(
    r"^[ \t\u3000]*+(?:(?P<y>(?:19|20)\d{2})[ \t]?年度?|(?P<next>[次翌])年)?[ \t]?"
    r"(?:第?(?P<q>[一二三四1-4])(?:[、，,和及至到\-—–－~～][ \t]?第?(?P<q2>[一二三四1-4]))?[ \t]?季度"
    r"|(?P<h>[上下])半年|(?P<mid>年中))"
    r"[ \t]?(?P<end>末|底)?[ \t]?(?P<before>前|之前|以前)?[ \t]?[：:]?[ \t]?"
    r"(?:(?P<start>启动|开工|开展|部署)|(?=\p{Han}))"
)
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# A time cell of a year and month printed as six figures, their 年 and 月 lost (tt_124: 抽查完成时限 202211, a page whose
# dates all lost them: 20229, 202210): the year's four figures then a month 01-12, nothing else in the cell.
YEAR_MONTH_FIGURES_CELL = re.compile(r"^[ \t\u3000]*+(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])[ \t\u3000]*+$")


# 三季度目标 / 2024年上半年目标 as a header cell's whole name: the step the row's work reaches by that part of the year
# (a quarter's milestone column beside the year's task, tt_185); groups as YEAR_PART_CELL's (year_part_last_month).
YEAR_PART_COLUMN = re.compile(
    r"^(?:(?P<y>(?:19|20)\d{2})年度?)?(?:第?(?P<q>[一二三四1-4])(?P<q2>)季度|(?P<h>[上下])半年|(?P<mid>年中))(?:末|底)?"
    r"(?:工作)?(?:目标|任务|计划)$"
)


def year_part_last_month(m) -> int:
    """The last month of the part of the year a YEAR_PART_CELL match names: a quarter's third (三季度 9; 一、二季度
    the later one's, 6), the half's sixth (上半年 6, 下半年 12), June for 年中."""
    if m.group("q"):
        return 3 * _QUARTER[m.group("q2") or m.group("q")]
    return 12 if m.group("h") == "下" else 6

# ------------------------------------------------------------------ 信息公开 / header field labels
# One table (lexicons/field_labels.tsv) for the labels a page or a header prints its fields under: the layout's
# label lines, the metadata readers and the HTML reader's 信息公开 tables all read it.


@cache
def field_labels(field: str | None = None) -> tuple[str, ...]:
    """The labels of one metadata field (doc_number: 文号, 发文字号, …), the one taken first first; every label
    recognised when field is None."""
    rows = lexicons.rows("field_labels.tsv")
    if field is None:
        return tuple(row[0] for row in rows)
    return tuple(row[0] for row in sorted((r for r in rows if r[1] == field), key=lambda r: int(r[2])))


@cache
def field_labels_longest_first() -> tuple[str, ...]:
    """Every field label, the longest first (a stable sort: labels of one length keep the lexicon's order), so that an
    alternation of them tries a label before a shorter one it opens with: the one order the record fields, the plain
    labels and segment's label lines (segment/roles) build their patterns in, sorted once."""
    return tuple(sorted(field_labels(), key=len, reverse=True))


@cache
def field_label_alternation() -> str:
    """The field labels as one alternation, the longest first (the labels are plain Han: nothing to escape)."""
    return "|".join(field_labels_longest_first())


@cache
def page_field_labels() -> dict[str, str]:
    """label -> field, for the labels the HTML reader takes from a 信息公开 table's label cells."""
    return {row[0]: row[3] for row in lexicons.rows("field_labels.tsv") if len(row) > 3 and row[3]}


# 东莞…的通知文章属性•【制定机关】东莞市人民政府办公室•【公布日期】2011.05.30•【字号】东府办〔2011〕65号…•【主题分类】行政法
# 正文东莞…: a legal-database record run onto one line (a document-sharing site's copy). A field is one of the labels
# above set in black brackets, with the bullet a record may part its fields by; 文章属性 heads the fields, 正文 opens the
# body after the last one.
@cache
def record_field() -> re.Pattern:
    return re.compile(rf"[•·]?【(?:{field_label_alternation()})】")


# 发文机关：国务院发布日期：2024.07.29 生效日期：2024.07.29 时效性：现行有效文号：国发〔2024〕18 号: the same record's
# fields without the brackets (a 北大法宝 header as a policy compilation prints it, each label and value on lines of
# their own, read out of an HTML paragraph that ran them together): a label of the table above and its colon
@cache
def plain_field_label() -> re.Pattern:
    return re.compile(rf"(?:{field_label_alternation()})[：:]")


RECORD_HEAD = "文章属性"
RECORD_BODY = "正文"

# 国函〔2016〕87号, 国办发明电〔2010〕36号: the 发文机关代字 of the State Council's own series names the body that
# issues under it (国发 / 国函 / 国发明电 the 国务院, 国办发 / 国办函 / 国办发明电 its 办公厅), whatever page carries
# the document; longest code first. Other series (中发, a ministry's) are shared by joint issuers or need a lexicon.
CENTRAL_SERIES_ISSUERS = (
    ("国办发明电", "国务院办公厅"), ("国办发", "国务院办公厅"), ("国办函", "国务院办公厅"),
    ("国发明电", "国务院"), ("国发", "国务院"), ("国函", "国务院"),
)


def central_series_issuer(doc_number: str | None) -> str | None:
    """The body a 文号 of the State Council's series names (国函〔2016〕87号 -> 国务院), or None."""
    if not doc_number or not doc_number.startswith("国"):
        return None
    for code, body in CENTRAL_SERIES_ISSUERS:
        if doc_number.startswith(code + "〔"):
            return body
    return None

# 12、国务院关于促进服务消费高质量发展的意见（2024.07.29): an entry of a policy compilation's list (its number, the
# title, the date in brackets), which a page built from the compilation keeps as its <title>; the number and the
# dated bracket are the list's, the words between them the document's title. A law's entry ends in its revision
# (1、中华人民共和国民用航空法（2021 修正）), which is the law's own name: only the number is the list's
COMPILATION_ENTRY = re.compile(
    r"^\d{1,3}、(?=[\p{Han}A-Za-z])(?:(.{4,}?)（(?:19|20)\d{2}[.．]\d{1,2}[.．]\d{1,2}）"
    r"|(.{4,}?（(?:19|20)\d{2}[ \u3000]?(?:修正|修订)）))$"
)


# 纲要显示，“十三五”期间中国生态状况明显改善。 / “十三五”时期，…: a paragraph opening on a five-year period, which looks
# back when the document also names a later one (一 … 六: the 十一五 to 十六五 periods; quotes and 规划 optional)
FIVE_YEAR_PERIOD = re.compile(r"十([一二三四五六])五")
FIVE_YEAR_OPENER = re.compile(r"\s*(?:[^。！？!?\n，,]{1,8}[，,])?[^。！？!?\n，,]{0,8}?[“\"]?十([一二三四五六])五[”\"]?(?:规划)?(?:期间|时期)")
FIVE_YEAR_ORDINAL = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}

# 进展情况 / 完成情况 / 工作成效: a task table's column that reports the progress made, its figures on record
PROGRESS_COLUMN = re.compile(r"进展|进度|完成情况|落实情况|推进情况|执行情况|成效")

# 主要针对“31245”的目标任务，包括8项。 / …目标共12项： closing a heading's text: the list below it counts those goals
GOAL_COUNT_LEAD_IN = re.compile(r"目标(?:任务)?[，,]?(?:共|包括|计|共计)[^。！？!?\n，,]{0,4}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})项[。：:]?\s*$")

# The tense of a report of results (session 20). 居全国第6位, 位居全省第2位, 领先全国7个百分点, 超全国15个百分点: a place
# among peers, or a lead over a wider average, is a standing measured, so the figures of its sentence are on record
# (not a group of places, 居全市第一方阵 / 第一梯队, which a plan sets out to reach)
RANK_AMONG_PEERS = re.compile(
    r"(?:位?居|位列|排名?|列)(?:全国|全省|全市|全区|全州|全县)(?:同类\p{Han}{0,4})?"
    r"(?:第[一二三四五六七八九十\d]{1,3}(?!方阵|梯队|阵营|档|等|类|批|名次)位?|首位)"
    # (领先 / 超 only: 增速高于全省平均水平1个百分点 is how a plan sets a growth rate)
    r"|(?:领先|超)全(?:国|省|市)(?:平均(?:水平)?)?[\d一二三四五六七八九十]{1,4}(?:\.\d{1,2})?个百分点"
)
# 2024年中国粮食产量首次跃上1.4万亿斤新台阶 / 降幅超过3%，超额完成上一年工作目标 / 创历史新高: a level told as reached
# beyond what was set or ever before, a result (an intent in its sentence, 确保超额完成, still sets a goal)
# (…全部清零，提前3个月完成国务院目标任务, up_02: a goal met ahead of its time)
DONE_BEYOND = re.compile(r"超额完成|首次跃上|跃上[^，,。；;]{0,12}?新台阶|创历史新高|创历史最好|提前[^，,。；;\d]{0,4}\d{0,2}[^，,。；;\d]{0,4}?完成")
# 此外，… / 另外，… / 与此同时，…: the words a paragraph opens on when it goes on with the account of the one before it
# (it shares that one's tense)
CONTINUING_WORDS = ("此外", "另外", "与此同时", "同时")
# 保持全省第1位, 稳居全国第一, 争创 / 进入 / 跻身…: a place the sentence sets out to keep or reach, not one measured
PLACE_STRIVEN = re.compile(r"保持|稳居|巩固|争创|创建|进入|冲刺|跻身|迈入|力保")
# 关于2023年为民办实事项目实施情况的通报, …工作总结, …计划执行情况的报告: a title saying the document reports what was done
# (its figures are results, unless a sentence sets a goal); not a title that also hands out the next plan (…执行情况与
# 2025年计划草案报告, 2016年…工作总结和2017年…工作要点), read by REPORT_ALSO_PLANS
# (河北省工业和信息化厅2020年法治政府建设情况, up_02: a title ending on the 建设情况 / 工作情况 of a year it names
# accounts for that year's work, with no 报告 after it; a bare …进展情况 / 落实情况 may restate the goals of a year
# still under way, and is not read so)
REPORT_OF_RESULTS = re.compile(
    r"工作总结|(?:执行|实施|完成|进展|落实)情况的?(?:通报|报告)|\d{4}年[^，,。；;\d]{0,20}(?:建设|工作)情况$")
REPORT_ALSO_PLANS = re.compile(r"计划草案|工作要点|工作计划|工作打算|工作思路|工作安排|目标任务|行动计划|实施方案")

# The words that say a sentence sets a goal or turns to the work ahead (力争…, 确保…, 到2025年…), kept once by what
# each says. A reader in extract takes the kinds its question needs (intent_words): whether a report's sentence turns
# forward counts 将 (将新增床位215张); whether an intent governs a number does not (将…11个居委会划归…, a disposal);
# 要 is a charge (要确保, 要在年底前…), read by the readers that weigh a sentence, not a number.
INTENT_WORDS = {
    "strive": "力争|争取|确保",  # every reader's
    "goal": "目标",  # (not where 超额完成…工作目标 names the goal beaten: _told_as_done_beyond leaves it out)
    "plan": "计划",
    # 预期 / 努力 govern a number (预期目标, 努力实现) but tell the past as well (超出预期, 经过不懈努力，已建成…): the readers
    # asking whether a record's sentence or a look-back paragraph turns forward leave them out (taken in, they read
    # those figures as goals: no output of the kept documents changed, but such sentences did)
    "expect": "预期",
    "effort": "努力",
    "will": "将",
    "must": "要",
    "ahead": "今后|未来|下一步",  # a paragraph turning from its account to the work ahead
    # 到2025年, 到2025年的覆盖率 (not 提高到2024年的55.2%: a year held by 的 before the figure dates a record)
    "goal_year": r"到\s?\d{4}\s?年(?!的\d)",
    "due_year": r"\d{4}\s?年(?:底|末)?前",  # 2025年底前
    "further": r"再(?!生产|就业|教育|次)",  # 再降0.5个百分点 (再生产, 再就业, 再次: words of their own, not “further”)
}


def intent_words(*kinds: str) -> re.Pattern:
    """One pattern of the INTENT_WORDS of `kinds`, in that order."""
    return re.compile("|".join(INTENT_WORDS[k] for k in kinds))


# 《…行动计划》提出：“到2023年，…遴选1000所左右优质中职学校…” (up_06): a quotation opening on a goal year is a goal
# sentence a document cites from a higher plan, read as the text's own; a title or a slogan in quotes never opens so
QUOTED_GOAL_OPENING = re.compile(r"(?:到|至)\d{4}年(?:底|末)?[，,]")


_GOAL_OPENING_FIRST = ("到", "至")  # what every QUOTED_GOAL_OPENING match opens with


def goal_quotations_left_out(own: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations of own (start of the opening mark, end) less those that open on a goal year. The pattern is
    asked only of a quotation opening on 到 / 至 (most quote a title or a slogan: one startswith, no pattern call)."""
    return [q for q in quoted if not (own.startswith(_GOAL_OPENING_FIRST, q[0] + 1)
                                      and QUOTED_GOAL_OPENING.match(own, q[0] + 1))] if quoted else quoted


# ---- a leader's name and unit names glued after a task's sentence (a DOCX's cells run together on a sharing site)

_PERSON_NAME = (3, 2)  # characters of a leader's name, the common length first
_GLUED_UNIT = range(3, 13)  # characters of a unit's name glued to the next (各街道, 高新园（邹区镇）: its note aside)
_GLUED_ZONE = re.compile(r"\p{Han}区$")  # 经开区: a zone's short name ends on 区 alone
_LEVELS = ("", "区", "县", "市")  # the level word a lexicon name carries (教育局 is looked up as 区教育局 …)
_UNIT_NOTE = r"[（(][^（）()]{1,10}[）)]"  # 高新园（邹区镇）: the note a unit's name may carry
_NOTE_AFTER = re.compile(_UNIT_NOTE + "$")
_BRACKET_CLOSE = re.compile(_UNIT_NOTE)
_ALL_HAN = re.compile(r"\p{Han}+")


@cache
def task_verbs() -> tuple[str, ...]:
    """The words a task's sentence opens with (lexicons/task_verbs.tsv: 推进, 提升 …): the one reader of the file, for
    every stage (segment.headings cuts a glued title at one, extract.units reads a head opening on one as a task)."""
    return lexicons.entries("task_verbs.tsv")


@cache
def task_verb_group() -> str:
    """task_verbs() as a pattern's alternation, (?:加强|推进|…)."""
    return "(?:" + "|".join(map(re.escape, task_verbs())) + ")"


# 市经济信息化委支持推广… / 市住房城乡建设管理委制定并实施… / 市经济信息化委和市生态环境局联合推进… (wa_11): a sentence opened
# by units with their level word (joined by 、 or 和) and the work they do — a duty verb, a task word (task_verbs: 支持,
# 统筹, 推动 …), or 会同 / 联合 / 制定 / 组织 / 指导. Extract reads it only in a run of headings each so opened (units.py).
_SUBJECT_WORK_VERBS = "会同|联合|制定|组织|指导"


@cache
def unit_subject_sentence() -> re.Pattern:
    """UNIT_DUTY_SENTENCE's opening, the units joined by 、 or 和, followed by any verb of work (_SUBJECT_WORK_VERBS)."""
    return re.compile(
        r"(?P<units>" + _ANCHORED_DUTY_NAME + r"(?:[、和]" + _ANCHORED_DUTY_NAME + r"){0,4})(?="
        + UNIT_DUTY_VERBS + "|" + _SUBJECT_WORK_VERBS + "|" + task_verb_group() + ")"
    )


@cache
def task_opening() -> re.Pattern:
    """A text opening on a task's word (task_verbs): no unit's name opens so."""
    return re.compile("^" + task_verb_group())


@cache
def _known_unit_names() -> frozenset[str]:
    """The names and aliases of lexicons/units.tsv (区住房城乡建设局, 区住建局 …)."""
    return frozenset(n for row in lexicons.rows("units.tsv") for n in (row[0], *row[1].split("|")) if n)


def glued_leader_and_units(s: str, at: int = 0) -> tuple[str, list[str], int] | None:
    """何海平教育局经开区…市国有公司推进…: a leader's name, then unit names glued, from s[at]: (the name, the units, how
    many characters from `at` they stop), or None. Two units at least; the name three characters, or two where the
    unit after it is one the lexicon knows with a level word and the unit after three characters is not (张菁民政局).
    Read in place (`at`, no copy of the rest of s): callers ask it after every sentence end of a line."""
    options = []
    for size in _PERSON_NAME:
        units, stop = _glued_units(s, at + size)
        if len(units) >= 2 and _ALL_HAN.fullmatch(s, at, at + size):
            known = any(level + _NOTE_AFTER.sub("", units[0]) in _known_unit_names() for level in _LEVELS)
            options.append((known, size == _PERSON_NAME[0], size, units, stop - at))
    if not options:
        return None
    _, _, size, units, stop = max(options, key=lambda o: (o[0], o[1]))
    return s[at : at + size], units, stop


def _glued_units(s: str, at: int) -> tuple[list[str], int]:
    """Unit names glued from s[at]: each the shortest run of 3 to 12 characters ending as a unit's name (its note in
    brackets after it kept: 高新园（邹区镇）), no figure, mark or task's opening in it; where the units stop."""
    units: list[str] = []
    while at < len(s):
        end = next((at + n for n in _GLUED_UNIT if at + n <= len(s) and _glued_unit(s[at : at + n])), None)
        if end is None:
            break
        if end < len(s) and s[end] in "（(" and (close := _BRACKET_CLOSE.match(s, end)) is not None:
            end = close.end()  # (a copy not yet set in full-width brackets: repair reads it before they are)
        units.append(s[at:end])
        at = end
    return units, at


def _glued_unit(piece: str) -> bool:
    return (
        (UNIT_NAME_END.search(piece) is not None or _GLUED_ZONE.search(piece) is not None)
        and _ALL_HAN.fullmatch(piece) is not None and task_opening().match(piece) is None
    )


# { 2017 6 23 (th_02): a signature's date whose 年 / 月 / 日 the page's text layer lost, year, month and day parted by
# blanks (a stray mark or two before them); segment reads it as the date under an issuing body's name
_SPACED_DATE = re.compile(r"^[^\p{Han}\d]{0,2}[ \t\u3000]*+((?:19|20)\d{2})[ \t\u3000]++(\d{1,2})[ \t\u3000]++(\d{1,2})$")


def _ends_on_digit(s: str) -> bool:
    """Whether the line's last character (before a final line break: $ holds there) may be a \\d of the regex module:
    str.isdecimal in the BMP; every astral character passes (the module knows digits there Python does not)."""
    last = s[-2:-1] if s[-1:] == "\n" else s[-1:]
    return last.isdecimal() or last > "\uffff"


def spaced_date(s: str):
    """The match of a spaced date line (see _SPACED_DATE: groups year, month, day), or None; a line without 20 / 19 or
    not ending on a digit (most lines) is spared the pattern."""
    if _ends_on_digit(s) and ("20" in s or "19" in s):
        return _SPACED_DATE.match(s, 0, None, HOLD_GIL)
    return None

# The words a rule's cap is said with (不得超过 / 不超过 / 不多于 / 不得多于 N: at most N), an alternation written once for
# extract/targets' patterns of caps and quotas (per item, in principle, going on, a call's quota), each adding its own
# (最高, 最多, 至多). No word is a prefix of another: at any place one at most matches, whatever their order.
CAP_WORDS = "不得超过|不超过|不多于|不得多于"

# 每年度给予1000万元补贴 (vv_06): a grant paid every year at one sum, 给予 right before it — the flat standard a yearly
# grant is paid at (docs/gold-format.md, five target forms). Read from the sum backwards (a `$` pattern on the text
# before it); a recipient named between (每年给予某平台…) is not read, nor 按每年… (the rate a grant is reckoned at).
YEARLY_GRANT_BEFORE = r"(?<!按)(?<!按照)每年度?给予$"
