"""Heading and item markers (一、 （一） 1. 1、 1． （1） ① 第一章 第一节 第一条), numerals, titles.

Every pattern here is anchored at a line start and bounded ({1,4} repetitions), so matching
is linear in the line length whatever the input.
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


# ------------------------------------------------------------------ sentences and titles

_OPEN = "（(《“‘【〔["
_CLOSE = "）)》”’】〕]"
_TERMINATORS = "。！？；：!?;:"
_NOTE_WORDS = re.compile(r"牵头|责任|负责|配合|参与|协办|主办|单位|部门")
_NOTE_VERB = re.compile(r"负责|牵头|配合$")  # （A牵头，B配合）, （A负责）: a note without a label


def first_sentence_end(s: str, start: int = 0, terminators: str = _TERMINATORS) -> int:
    """Index of the first terminator at bracket depth 0 at or after `start`, or -1."""
    depth = 0
    for i in range(start, len(s)):
        ch = s[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth:
                depth -= 1
        elif depth == 0 and ch in terminators:
            return i
    return -1


def strip_note(title: str) -> str:
    """Drop a trailing responsibility note （牵头部门：…） from a heading title."""
    title = title.rstrip()
    if title.endswith(("）", ")")):
        depth = 0
        for i in range(len(title) - 1, -1, -1):
            ch = title[i]
            if ch in "）)":
                depth += 1
            elif ch in "（(":
                depth -= 1
                if depth == 0:
                    inner = title[i + 1:-1]
                    if _NOTE_WORDS.search(inner) and ("：" in inner or ":" in inner or _NOTE_VERB.search(inner)):
                        title = title[:i].rstrip()
                    break
    return title.rstrip("。．.，,；;：: \u3000")


def heading_title(body: str) -> tuple[str | None, bool]:
    """(title, is_sentence) for the text after a marker: the heading sentence, and whether the
    line is written as a sentence (ends in 。；… or runs on) rather than as a bare heading."""
    body = body.strip()
    if not body:
        return None, False
    end = first_sentence_end(body)
    if end < 0:
        return strip_note(body) or None, False
    title = strip_note(body[:end])
    return title or None, True


# ------------------------------------------------------------------ run-in paragraph headings

_HEAD_SENTENCE = re.compile(r"[\p{Han}A-Za-z0-9“”\"]{4,16}")
_ENUM_LEADS = ("一是", "二是", "三是", "四是", "五是", "六是", "首先", "其次", "同时", "此外", "另外", "最后")


def _is_head_sentence(sentence: str) -> bool:
    return bool(_HEAD_SENTENCE.fullmatch(sentence)) and not sentence.startswith(_ENUM_LEADS) and not sentence[0].isdigit()


def paragraph_heads(line: str) -> list[tuple[int, str]]:
    """Run-in paragraph headings in an un-numbered line: [(offset, title), …].

    A line counts when it *starts* with a short heading sentence (4–16 characters, no inner
    punctuation, ending in 。) followed by more text — the way bold run-in heads
    (组织专家全面解读。邀请…) read once the bold is lost. Later heading sentences in the same
    line start further paragraphs. Empty when the line does not start with one.
    """
    end = line.find("。")
    if end < 0 or end > 17 or end + 1 >= len(line):
        return []
    if not _is_head_sentence(line[:end]):
        return []
    heads = [(0, line[:end])]
    pos = end + 1
    n = len(line)
    while pos < n:
        nxt = line.find("。", pos)
        if nxt < 0:
            break
        sentence = line[pos:nxt]
        if nxt + 1 < n and _is_head_sentence(sentence):
            heads.append((pos, sentence))
        pos = nxt + 1
    return heads
