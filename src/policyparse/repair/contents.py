"""A table of contents (目录) is page furniture: it repeats the headings and must not become nodes.

Long 规划 and 实施方案 print a 目录 before the body: a ``目 录`` line, then one line per
heading, often with dot leaders and page numbers (``第一节 规划范围……………3``). The block
runs from the 目录 line to the line before the body repeats its first entry; without a 目录
line, a run of three or more dot-leader lines is a contents block too. The block is removed
and logged with a warning, so the text says what was set aside.
"""

from __future__ import annotations

import regex as re

from policyparse.grammar import HOLD_GIL, PREFACE_TITLE, chinese_number

# 目 录, with a page number or a roman page mark left beside it by the PDF (II 目录)
_CONTENTS_LINE = re.compile(r"[ \t\u3000]*+(?:[IVXivx\d]{1,6}+[ \t\u3000]*+)?目[ \t\u3000]*+录[ \t\u3000]*+")
# 益阳市重污染天气应急预案目录: the plan's title with 目录 glued after it (group 1: the title, which stays a line)
_TITLED_CONTENTS_LINE = re.compile(
    r"[ \t\u3000]*+(\p{Han}[^\s。，；：:,;]{1,60}?(?:预案|方案|规划|纲要|办法|规定|条例|意见|计划|要点|细则|规程|指南))[ \t\u3000]*+目[ \t\u3000]*+录[ \t\u3000]*+"
)
_LEADER = re.compile(r"[.．·…。\-—_ \t\u3000]{4,}+\d{0,4}+[ \t\u3000]*+$|[ \t\u3000]\d{1,4}+[ \t\u3000]*+$")
_SPACES = re.compile(r"[\s\u3000]+")
_ENTRY_MAX = 80  # an entry is a heading, never a paragraph
_MIN_LEADER_RUN = 3
_SEARCH_LINES = 400  # the body restarts the first entry within this many lines


def _entry_key(line: str) -> str:
    """The heading an entry names, without leaders, page number and spaces."""
    return _SPACES.sub("", _LEADER.sub("", line.replace("\t", " ")))


def drop_table_of_contents(text: str, log) -> str:
    if "目" not in text and "…" not in text and "...." not in text and "··" not in text and "章" not in text and ".1" not in text:
        return text
    lines = text.split("\n")
    block = _headed_block(lines)
    if block is not None:
        titled = _TITLED_CONTENTS_LINE.fullmatch(lines[block[0]])
        if titled is not None:  # the title glued before 目录 stays; the contents go from the next line
            lines = lines[:block[0]] + [titled.group(1)] + lines[block[0] + 1:]
            block = (block[0] + 1, block[1])
        lines = _set_aside(lines, block, log)
    elif "章" in text:
        block = _chapter_list(lines)
        if block is not None:
            lines = _set_aside(lines, block, log)
    if block is None and ".1" in text:
        block = _decimal_outline(lines)
        if block is not None:
            lines = _set_aside(lines, block, log)
    # a contents block printed over several pages, or one without its 目录 line
    for _ in range(_MAX_BLOCKS):
        block = _leader_block(lines)
        if block is None:
            break
        lines = _set_aside(lines, block, log)
    return "\n".join(lines) if log.changes else text


_MAX_BLOCKS = 5


def _set_aside(lines: list[str], block: tuple[int, int], log) -> list[str]:
    start, end = block
    removed = [line for line in lines[start:end] if line.strip()]
    log.record("\n".join(removed[:3])[:60] + "…", "", len(removed))
    log.warn("contents_set_aside", lines=len(removed), line=start + 1)
    return lines[:start] + lines[end:]


def _headed_block(lines: list[str]) -> tuple[int, int] | None:
    """From a 目录 line to the line before the body repeats the first entry."""
    for i, line in enumerate(lines):
        if "录" not in line or not (_CONTENTS_LINE.fullmatch(line) or _TITLED_CONTENTS_LINE.fullmatch(line)):
            continue  # the substring test (a 目录 line holds 录) spares nearly every line the pattern
        first = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if first is None or len(_entry_key(lines[first])) > _ENTRY_MAX:
            return None
        key = _entry_key(lines[first])
        for k in range(first + 1, min(len(lines), first + _SEARCH_LINES)):
            other = _entry_key(lines[k])
            if other == key:
                return i, k
            if "言" in other and PREFACE_TITLE.fullmatch(other) and PREFACE_TITLE.fullmatch(key) is None:
                return i, k  # 前 言 / 石化行业是…: a preface the contents do not list opens the text (ur_06)
            if len(other) > _ENTRY_MAX:
                return None  # prose before the body restarts: not a contents block
        return None
    return None


# 第一章 总则 / 第二章 地震监测预报 / …: chapter titles one a line with nothing between them. No regulation has an
# empty chapter, so such a run (three or more, numbered on from 第一章) lists the chapters: a contents block
# printed without its 目录 line (a law database's outline above the text).
_CHAPTER_ENTRY = re.compile(r"[ \t\u3000]*+第([一二三四五六七八九十]{1,3})章[ \t\u3000]*+[^\s。，；：,;:]{1,30}+[ \t\u3000]*+")
_MIN_CHAPTERS = 3


def _chapter_list(lines: list[str]) -> tuple[int, int] | None:
    start = -1
    expected = 1
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _CHAPTER_ENTRY.fullmatch(line) if "章" in line else None
        if m is not None and chinese_number(m.group(1)) == expected:
            start = i if expected == 1 else start
            expected += 1
            last = i
            continue
        if expected - 1 >= _MIN_CHAPTERS:
            return start, last + 1
        expected = 1
        if m is not None and chinese_number(m.group(1)) == 1:
            start, expected, last = i, 2, i
    return (start, last + 1) if expected - 1 >= _MIN_CHAPTERS else None


# 1.1 编制目的 / 1.2 编制依据 / 组织体系及职责 / 2.1 指挥机构 / …: a 预案's sections one a line, its chapter titles between
# them, with no text under any, and then the body restarting an entry it listed (1 总则 / 1.1 编制目的 / 建立健全…): a
# contents block printed without its 目录 line, its leaders or its page numbers (th_02). An entry, however numbered, is
# a short line of no sentence; the repeat is told by the entry's words, its number left out (总则 / 1 总则).
_DECIMAL_ENTRY = re.compile(r"[ \t\u3000]*+\d{1,2}\.(\d{1,2})[ \t\u3000]*+\p{Han}")
_ENTRY_NUMBER = re.compile(r"[ \t\u3000]*+\d{1,2}(?:[.．]\d{1,2})*+[.．、]?[ \t\u3000]*+")
_OUTLINE_ENTRY_MAX = 30
_OUTLINE_STOPS = re.compile(r"[。，；：:,;、]")
_MIN_DECIMAL_ENTRIES = 5
_TITLES_BETWEEN_MAX = 2  # chapter title lines in a row between two numbered entries


def _outline_key(s: str) -> str:
    return _SPACES.sub("", _ENTRY_NUMBER.sub("", s, count=1))


def _decimal_outline(lines: list[str]) -> tuple[int, int] | None:
    """The first run of N.1 / N.2 … entry lines (a chapter title line before it and up to two between entries), none
    with text below it, that ends where the body repeats one of its entries: the block up to that line."""
    i, n = 0, len(lines)
    while i < n:
        s = lines[i]
        if not (s[:1].isdigit() or s[:1] in " \t\u3000") or (m := _DECIMAL_ENTRY.match(s)) is None or m.group(1) != "1":
            i += 1
            continue
        block = _outline_from(lines, i)
        if block is not None:
            return block
        i += 1
    return None


def _outline_line(s: str) -> bool:
    return len(s) <= _OUTLINE_ENTRY_MAX and _OUTLINE_STOPS.search(s, 0, None, HOLD_GIL) is None


def _outline_from(lines: list[str], first: int) -> tuple[int, int] | None:
    """The outline whose first entry (N.1 …) stands at `first`, or None when prose comes before the body repeats an entry."""
    above = next((k for k in range(first - 1, -1, -1) if lines[k].strip()), None)
    start = above if above is not None and _outline_line(lines[above].strip()) and not lines[above].strip()[:1].isdigit() else first
    # the body restarts on the outline's first line (1 总则 after 总则) or its first entry; other entries may share
    # their words (1.5.2 重大供热突发事件（Ⅱ级） / 1.5.3 重大供热突发事件（Ⅱ级）, a copy's lost numerals: um_11)
    keys = {_outline_key(lines[start]), _outline_key(lines[first])}
    entries = titles = 0
    for k in range(first, min(len(lines), first + _SEARCH_LINES)):  # bounded: a run of short lines costs no more
        s = lines[k].strip()
        if not s:
            continue
        if not _outline_line(s):
            return None
        if k > first and _outline_key(s) in keys:
            return (start, k) if entries >= _MIN_DECIMAL_ENTRIES else None
        if _DECIMAL_ENTRY.match(s) is not None:
            entries, titles = entries + 1, 0
        else:
            titles += 1
            if titles > _TITLES_BETWEEN_MAX:
                return None
    return None


_HAS_LEADER = re.compile(r"[.．·…]{4,}+[ \t\u3000]*+\d{0,4}+[ \t\u3000]*+$")
_LEADER_CHARS = frozenset(".．·…")


def _may_end_on_leader(last: str) -> bool:
    """Can a stripped line ending on `last` hold a _HAS_LEADER match? It ends on the leader or on the page number: \\d
    is what str.isdecimal says, and past U+FFFF the digits of Unicode versions newer than Python's (regex knows them)."""
    return last in _LEADER_CHARS or last.isdecimal() or last > "\uffff"


_BETWEEN_MAX = 3  # short lines between leader lines (a wrapped entry, a page mark) stay in the block
_SHORT_ENTRY = 40
_SENTENCE = re.compile(r"[。，；]")


def _leader_block(lines: list[str]) -> tuple[int, int] | None:
    """The first cluster of dot-leader lines (short entry lines and page marks between them
    allowed), when it holds at least three."""
    start = last = -1
    count = between = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if len(s) <= _ENTRY_MAX and _may_end_on_leader(s[-1]) and _HAS_LEADER.search(s, 0, None, HOLD_GIL):
            if start < 0:
                start = i
            count += 1
            last = i
            between = 0
            continue
        if start >= 0 and between < _BETWEEN_MAX and len(s) <= _SHORT_ENTRY and not _SENTENCE.search(s, 0, None, HOLD_GIL):
            between += 1
            continue
        if count >= _MIN_LEADER_RUN:
            return start, last + 1
        start, count, between = -1, 0, 0
    return (start, last + 1) if count >= _MIN_LEADER_RUN else None
