"""Dates as notices write them -> ISO YYYY-MM-DD.

2022年6月9日, 2022 年 6 月 9 日, 二〇二二年六月九日, 二O二二年十一月七日, 2022-06-09, 2022.6.9, 2022/6/9.
"""

from __future__ import annotations

import regex as re

from policyparse.grammar import CLOCK_TIME_TEXT, CN_DIGITS, HOLD_GIL, LOST_ZERO_YEAR, chinese_number

_YEAR_CN = "〇零O○0一二三四五六七八九"
_NUM_CN = "一二三四五六七八九十"
# the year (2022, 二〇二二 or 二O二二, 二二 with its zeros lost) and the month's or day's figure (6, 09, 十一) of a date
_YEAR_WRITTEN = rf"\d{{4}}|[{_YEAR_CN}]{{4}}|{LOST_ZERO_YEAR}"
_FIGURE_WRITTEN = rf"\d{{1,2}}|[{_NUM_CN}]{{1,3}}"

_CN_DATE = re.compile(
    rf"({_YEAR_WRITTEN})\s*年\s*({_FIGURE_WRITTEN})\s*月\s*({_FIGURE_WRITTEN})\s*[日号]"
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})(?!\d)")

# 二○一○年十二月二日 |: the bar closing the table cell a forum printed the post in may follow the date;
# 2020年6月3日。 (vm_01): a copy may close the signature's date with a full stop, which makes no sentence of it
DATE_LINE = re.compile(
    rf"\s*(?:{_YEAR_WRITTEN})\s*年\s*(?:{_FIGURE_WRITTEN})\s*月\s*(?:(?:{_FIGURE_WRITTEN})\s*日)?\s*(?:\|\s*|(?<=日)。\s*)?"
)
_YEAR_MONTH = re.compile(rf"({_YEAR_WRITTEN})\s*年\s*({_FIGURE_WRITTEN})\s*月")
# 湛江市农业局 / 2018年10日11日: a signature's date whose 月 was typed as 日 (the line holds nothing else, so it is no
# span of days: 10日至11日 names its 至)
_MISTYPED_MONTH_LINE = re.compile(r"\s*(\d{4})\s*年\s*(\d{1,2})\s*日\s*(\d{1,2})\s*日\s*")
# • 2020-11-13 14:42: a page's field list may print the posting date as a bullet item of its own
ISO_DATE_LINE = re.compile(
    rf"\s*(?:[•·●▪][ \t\u3000]*+)?\d{{4}}\s*[-./／]\s*\d{{1,2}}\s*[-./／]\s*\d{{1,2}}(?:\s+{CLOCK_TIME_TEXT})?\s*"
)


def _year(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if len(s) < 4:
        s = s[0] + "〇" * (4 - len(s)) + s[1:]  # 二三 -> 二〇〇三, 二一三 -> 二〇一三 (LOST_ZERO_YEAR)
    digits = [CN_DIGITS.get(ch) for ch in s]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None or m is None or d is None:
        return None
    if not (1900 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date(s: str) -> str | None:
    """The first date in `s`, as ISO YYYY-MM-DD, or None."""
    m = _CN_DATE.search(s)
    if m:
        iso = _iso(_year(m.group(1)), chinese_number(m.group(2)), chinese_number(m.group(3)))
        if iso:
            return iso
    m = _ISO_DATE.search(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _mistyped_month(s)


def _mistyped_month(s: str) -> str | None:
    """A date line 2018年10日11日 read as 2018-10-11, or None."""
    m = _MISTYPED_MONTH_LINE.fullmatch(s, 0, None, HOLD_GIL)
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def is_date_line(s: str) -> bool:
    """A line that is only a 成文日期 (2022年6月9日 / 二〇二二年六月九日 / 2023年6月)."""
    if "年" not in s:
        return False  # both patterns hold 年: most lines are spared two pattern calls
    if not DATE_LINE.fullmatch(s, 0, None, HOLD_GIL):
        return _mistyped_month(s) is not None
    m = _YEAR_MONTH.search(s, 0, None, HOLD_GIL)
    y, mo = _year(m.group(1)), chinese_number(m.group(2))
    return y is not None and 1900 <= y <= 2100 and mo is not None and 1 <= mo <= 12


def is_iso_date_line(s: str) -> bool:
    """A line that is only a header date (2022-11-07, 2022-11-07 10:30, • 2022-11-07 10:30)."""
    return bool(ISO_DATE_LINE.fullmatch(s)) and parse_date(s) is not None
