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
