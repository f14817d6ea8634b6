"""Deadlines: 到2025年, 2025年底前, 年底前, 每年6月30日前, 年内, 上半年, 第三季度, 长期坚持 …

Implicit years (6月底前 in a 2017 work plan) come from the document: the annual plan's year, else
the issue year; recurring dates (每年6月30日前) keep no year.
"""

from __future__ import annotations

import calendar

import regex as re

from policyparse.extract._text import document_year, inside, quoted_ranges, task_nodes
from policyparse.models import Deadline, Metadata, Section

_DEADLINE = re.compile(
    r"(?<![\d.])(?P<rec>每年度?|每月)?"
    r"(?:"
    r"(?P<pre>到|至|截至|截止到|截止)?(?<![\d\-—–－~～])(?P<y>\d{4})年"
    r"(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|(?P<mend>底|末))?|(?P<yend>底|末))?(?P<suf>前|之前|以前)?"
    r"|(?<=每月)(?P<d3>\d{1,2})[日号](?P<suf3>前|之前|以前)"
    r"|(?<!\d)(?<!\d年)(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})[日号]|(?P<mend2>底|末|中旬|上旬|下旬))?(?P<suf2>前|之前|以前)?"
    r"|(?<![\d一二三四五六七八九十两几多近每全今明去本当])(?P<rel>年底前|年底|年末前|年末|年内|上半年|下半年|年中|第[一二三四1-4]季度|[一二三四]季度)"
    r"|(?P<ongoing>长期坚持|持续推进)(?=[\s。；;，,、！]|$)"
    r")"
)
_HAS_DATE = re.compile(r"[年月日季]|长期坚持|持续推进")
MAX_PER_NODE = 200
_STARTS = re.compile(r"(?:起|开始|以来|印发|发布|施行|实施|成立|召开的)")
_FROM = re.compile(r"[自从截]")
# 1994年6月4日国务院发布的《…》, 2010年5月27日市人大常委会第十九次会议通过: a date of record, not a deadline
_ACT_OF_RECORD = re.compile(r"[\p{Han}\s（）()〔〕\d]{0,30}?(?:发布|公布|颁布|通过|批准|印发|施行|修订|修正|废止|签署|制定)")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?\n]")
_DAY_OF_TENS = {"上旬": 10, "中旬": 20}


def assign_deadlines(text: str, metadata: Metadata, sections: list[Section], nodes: list[tuple[Section, int, int]] | None = None) -> None:
    year = document_year(metadata, text)
    for node, start, end in nodes if nodes is not None else task_nodes(text, sections):
        node.deadlines.extend(find_deadlines(text, start, end, year))


def find_deadlines(text: str, start: int, end: int, doc_year: int | None = None) -> list[Deadline]:
    own = text[start:end]
    if not _HAS_DATE.search(own):
        return []
    quoted = quoted_ranges(own)
    out: list[Deadline] = []
    seen: set[tuple[int, int]] = set()
    rec_sentence_end = -1  # a 每年 recurs over the rest of its sentence (每年6月30日前…和12月30日前)
    for m in _DEADLINE.finditer(own):
        if len(out) >= MAX_PER_NODE:
            break
        if inside(quoted, m.start(), m.end()):
            continue
        rec = m.group("rec")
        if rec:
            brk = _SENTENCE_BREAK.search(own, m.end())
            rec_sentence_end = brk.start() if brk else len(own)
        recurrence = None
        if rec:
            recurrence = "monthly" if "月" in rec else "yearly"
        elif m.start() < rec_sentence_end and (m.group("m2") or m.group("rel")):
            recurrence = "yearly"
        d = _read(m, doc_year, recurrence)
        if d is None:
            continue
        s = m.start("rec") if rec else (m.start("pre") if m.group("pre") else _first_group_start(m))
        span = (start + s, start + m.end())
        if span in seen:
            continue
        seen.add(span)
        out.append(Deadline(text=own[s:m.end()], span=span, recurrence=recurrence, **d))
    return out


def _first_group_start(m) -> int:
    for g in ("y", "m2", "d3", "rel", "ongoing"):
        if m.group(g):
            return m.start(g)
    return m.start()


def _read(m, doc_year: int | None, recurrence: str | None) -> dict | None:
    if m.group("ongoing"):
        return {"kind": "period", "ongoing": True}
    if m.group("y"):
        year = int(m.group("y"))
        month = int(m.group("m")) if m.group("m") else None
        if not (m.group("pre") or m.group("suf") or m.group("yend") or m.group("mend")):
            if month is None or _STARTS.match(m.string, m.end()) or _FROM.search(m.string, max(0, m.start() - 2), m.start()):
                return None  # 2017年是…, （2021—2035年）, 自2022年10月1日起施行: not a deadline
            day = int(m.group("d")) if m.group("d") else None
            if day is not None and _ACT_OF_RECORD.match(m.string, m.end()):
                return None
            return _dated(year, month, day, "period")  # 于2023年9月开展: when it happens
        day = int(m.group("d")) if m.group("d") else None
        if month is not None and not 1 <= month <= 12:
            return None
        if m.group("yend"):
            month, day = 12, 31
        elif m.group("mend") and month:
            day = calendar.monthrange(year, month)[1]
        return _dated(year, month, day, "by")
    if m.group("m2"):
        month = int(m.group("m2"))
        if not 1 <= month <= 12:
            return None
        if not (m.group("suf2") or m.group("mend2")):
            if not m.group("d2") or _STARTS.match(m.string, m.end()) or _FROM.search(m.string, max(0, m.start() - 2), m.start()):
                return None
            return _dated(None if recurrence else doc_year, month, int(m.group("d2")), "period")  # 9月16日举办
        day = int(m.group("d2")) if m.group("d2") else None
        year = None if recurrence else doc_year
        mend = m.group("mend2")
        if mend in ("底", "末"):
            day = calendar.monthrange(year or 2001, month)[1]
        elif mend in _DAY_OF_TENS:
            day = _DAY_OF_TENS[mend]
        elif mend == "下旬":
            day = calendar.monthrange(year or 2001, month)[1]
        return _dated(year, month, day, "by")
    if m.group("d3"):
        return {"year": None, "month": None, "day": int(m.group("d3")), "date": None, "kind": "by"}
    rel = m.group("rel")
    if rel:
        year = None if recurrence else doc_year
        if rel.startswith(("年底", "年末")):
            return _dated(year, 12, 31, "by")
        return {"year": year, "kind": "period"}
    return None


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
