"""The shared grammar of Chinese government documents, in one place.

Heading and item markers (一、 （一） 1. 1、 1． （1） ① 第一章 第一节 第一条), Chinese numerals, and
the patterns two stages need: repair restores paragraphs at glued markers, segment builds the
tree from them. A new marker style is added here, once.

Every pattern is anchored or bounded ({1,4} repetitions), so matching is linear in the input.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

CN_DIGITS = {"〇": 0, "零": 0, "O": 0, "○": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十百零〇"

# (style, level, pattern). Order matters: bracketed styles before bare ones.
_STYLES = [
    ("chapter", 1, re.compile(rf"第\s*([{_CN}]{{1,4}}|\d{{1,3}})\s*章")),
    ("section", 2, re.compile(rf"第\s*([{_CN}]{{1,4}}|\d{{1,3}})\s*节")),
    ("article", 3, re.compile(rf"第\s*([{_CN}]{{1,4}}|\d{{1,3}})\s*条(?![例款件目])")),
    ("paren_cn", 2, re.compile(rf"[（(]\s*([{_CN}]{{1,4}})\s*[）)]")),
    ("paren_num", 4, re.compile(r"[（(]\s*(\d{1,3})\s*[）)]")),
    ("cn", 1, re.compile(rf"([{_CN}]{{1,4}})\s*[、．.](?![{_CN}\d])")),
    ("num", 3, re.compile(r"(\d{1,3})\s*(?:[.．](?!\d)|、(?!\d)|[.．](?=(?:19|20)\d\d年))")),
    ("circled", 5, re.compile(r"([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])")),
]

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


def _normalise_marker(raw: str) -> str:
    return raw.replace("(", "（").replace(")", "）").replace(" ", "").replace("\u3000", "")


def match_marker(line: str) -> Marker | None:
    """The numbering marker a (left-stripped) line starts with, if any."""
    if not line:
        return None
    first = line[0]
    if first not in "第（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" and not first.isdigit() and first not in _CN:
        if not ("\u3251" <= first <= "\u325f" or "\u32b1" <= first <= "\u32bf"):
            return None
    for style, level, pattern in _STYLES:
        m = pattern.match(line)
        if not m:
            continue
        g = m.group(1)
        number = circled_number(g) if style == "circled" else chinese_number(g)
        if number is None or number <= 0:
            continue
        if style in ("chapter", "section") and m.end() < len(line) and line[m.end()] not in " \u3000\t":
            # 第一章总则 is fine, but 第一节课 in prose is not: accept only a short remainder
            rest = line[m.end():]
            if any(p in rest for p in "，。；") and len(rest) > 30:
                continue
        end = m.end()
        while end < len(line) and line[end] in " \u3000\t":
            end += 1
        return Marker(style, level, number, _normalise_marker(m.group(0)), end)
    return None


# ------------------------------------------------------------------ decrees and adoption notes

# 政府令 / 部令 numbers stand where a 文号 stands in regulations: 广州市人民政府令第61号,
# 中华人民共和国国务院令第692号, 中山市人民政府令（第16号）, 粤府令第197号.
DECREE_NUMBER = re.compile(
    r"(?:(?<=[日\s（(以于经由：:])|^)(?P<issuer>(?![日以于经由])\p{Han}{2,30}?)令\s*+[（(]?\s*+第\s*+(?P<number>\d{1,4})\s*+号\s*+[）)]?",
    re.M,
)
_STATE = "中华人民共和国"
_ISSUER_END = re.compile(r"(?:政府|院|部|局|委员会|委|会|厅|府|署|办公室|办|行|中心)$")
_TITLE_END = re.compile(r".*(?:办法|规定|条例|细则|决定|通知|规则)")  # a title glued before the issuer


def decree_number(s: str) -> tuple[str, str, int, int] | None:
    """(normalised number, issuer, start, end) of the first 令 number in `s`."""
    m = DECREE_NUMBER.search(s)
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
    return f"{issuer}令第{m.group('number')}号", issuer, m.start(), m.end()


# （2010年5月27日济南市第十四届人民代表大会常务委员会第十九次会议通过 …）: the body that adopted it.
ADOPTED_BY = re.compile(
    r"(?:(?<=[日\s（(])|^)(?P<place>\p{Han}{2,20}?)第[一二三四五六七八九十]{1,4}届(?P<body>人民代表大会(?:常务委员会)?)"
    r"第[一二三四五六七八九十百]{1,5}次(?:全体)?会议(?:通过|修订|审议通过)",
    re.M,
)


def adopting_body(s: str) -> str | None:
    m = ADOPTED_BY.search(s)
    return m.group("place") + m.group("body") if m else None


# ------------------------------------------------------------------ boxes

# 专栏1  易涝区域整治工程: a box beside the body (long plans). Its lines, numbered or not, are
# text of the node it stands in, never nodes: it ends where the body's numbering continues.
BOX_HEADING = re.compile(r"专栏\s*+[\d一二三四五六七八九十]{1,3}+(?=[\s：:　]|$)")


# ------------------------------------------------------------------ bulleted paragraphs

# ——新型基础设施更加完善。… / --平台建设长足进步。…: a dash-bulleted paragraph (the goals of a
# plan) is a paragraph node of its own, titled by its first clause.
DASH_BULLET = re.compile(r"(?:——|--|――|－－|—-|-—)[ \t\u3000]*+(?=\S)")
_BULLET_TITLE_END = re.compile(r"[。：:；;，,！？]")


def dash_bullet_title(line: str) -> str | None:
    """The first clause of a dash-bulleted paragraph, or None when the line is not one."""
    m = DASH_BULLET.match(line)
    if not m:
        return None
    end = _BULLET_TITLE_END.search(line, m.end())
    title = line[m.end():end.start() if end else len(line)].strip()
    return title or None
