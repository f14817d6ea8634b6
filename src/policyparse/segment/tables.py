"""Tables flattened into text: one cell per line, as Word and PDF text exports lay them out.

A flattened table reads: a caption (表2 …指标体系, 附表1 …计划表, or the attached document's title),
the header cells one per line (序号 / 指标名称 / 单位 / 目标值 …), then the rows cell by cell — a row
often starts with a bare number or carries a 一、 group label over several rows — then the table's
notes (注：1.… / 2.…). None of these lines is a node: they are text of the node the table stands in,
the way tab-joined HTML rows are (``layout.is_table_row``).

The table is found by its header row (a run of short lines, two or more of them column names from
``lexicons/table_headers.tsv``) or by its caption followed by short lines. It runs on until the body
resumes: a numbered line that continues the document's own outline and heads body text, an
attachment label, a closing formula or a signature date.
"""

from __future__ import annotations

from functools import cache

import regex as re

from policyparse import lexicons
from policyparse.grammar import TABLE_CAPTION, TABLE_LABEL_LINE, TABLE_NOTE, TABLE_TITLE
from policyparse.segment.dates import is_date_line
from policyparse.grammar import HOLD_GIL, Marker, match_marker

_HEADER_CELL = 16  # a header cell is a few words (“十三五”完成 / 指标名称（单位）)
_HEADER_RUN = 8  # lines looked at for the rest of a header row
_CELL = 40  # a body paragraph is longer than a cell; a table cell rarely is
_UNIT_AFTER = re.compile(r"[（(\[［][^（）()\[\]［］]{1,12}+[）)\]］]$")
_SENTENCE = re.compile(r"[。；;，,！？!?]")


_BLANKS = re.compile(r"\s")
_ATTACHED_TITLE = re.compile(r"附\s*+件\s*+\d{0,2}+[ \t\u3000]*+[^：:\s]")


@cache
def _column_words() -> frozenset[str]:
    return frozenset(lexicons.entries("table_headers.tsv"))


def is_column_name(s: str) -> bool:
    """A header cell: a typical column name, a unit in brackets after it allowed (投资（万元）)."""
    core = _BLANKS.sub("", s, 0, 0, None, HOLD_GIL)
    core = _UNIT_AFTER.sub("", core, 0, 0, None, HOLD_GIL) or core
    return core in _column_words()


def _header_cell(s: str) -> bool:
    return len(s) <= _HEADER_CELL and not _SENTENCE.search(s) and "\t" not in s and match_marker(s) is None


def is_header_row(cells: list[str]) -> bool:
    """Lines that start a table's header row: the first a column name, and the run of short cells it
    begins (at least three) holding at least one more."""
    if not cells or len(cells[0]) > _HEADER_CELL or not is_column_name(cells[0]):
        return False  # (a first cell too long to be a header cell would end the run below at once)
    run = 0
    names = 0
    for s in cells[:_HEADER_RUN]:
        if not _header_cell(s):
            break
        run += 1
        names += is_column_name(s)
    return run >= 3 and names >= 2


def is_caption(s: str) -> bool:
    """表2 …指标体系 / 附表1 …计划表: a table's caption line."""
    return len(s) <= 60 and "。" not in s and TABLE_CAPTION.match(s, 0, None, HOLD_GIL) is not None


def _label_over_title(texts: list[str], i: int) -> bool:
    """附表1： / “十四五”期间…推进计划表: a bare attached table's label with the table's title on the line under it (the
    caption printed over two lines). Under a bare 附件2 the title names a table (…分解表) and two header cells follow it
    (街镇、园区 / 目标任务): an attached document's body opens with a numbered heading or prose."""
    m = TABLE_LABEL_LINE.fullmatch(texts[i], 0, None, HOLD_GIL)
    if m is None or i + 2 >= len(texts) or TABLE_TITLE.fullmatch(texts[i + 1].strip()) is None:
        return False
    return m.group(1) == "表" or (i + 3 < len(texts) and _header_cell(texts[i + 2]) and _header_cell(texts[i + 3]))


def _attached_title(s: str) -> bool:
    """附件1 广州市…指标体系: an attachment's title line standing right above its table (not the
    附件：… listing, which names attachments)."""
    return len(s) <= 60 and _ATTACHED_TITLE.match(s, 0, None, HOLD_GIL) is not None and "。" not in s


def _short(s: str) -> bool:
    return len(s) <= _CELL


class _Outline:
    """The numbered lines read so far outside tables, nested by level: what a line must continue
    for the body to resume."""

    def __init__(self) -> None:
        self.open: list[Marker] = []

    def add(self, m: Marker) -> None:
        while self.open and self.open[-1].level >= m.level:
            self.open.pop()
        self.open.append(m)

    def continues(self, m: Marker) -> bool:
        """The next number of an open marker's style, or the first child of the deepest open one."""
        if any(o.style == m.style and m.number == o.number + 1 for o in self.open):
            return True
        return m.number == 1 and (not self.open or m.level > self.open[-1].level)


def find_tables(lines, start: int, ends_table) -> set[int]:
    """Indices of the lines (from `start`) that belong to a flattened table. `ends_table(j)` says
    whether line j (an attachment label, a closing formula) ends any table."""
    texts = [ln.s for ln in lines]
    out: set[int] = set()
    outline = _Outline()
    i = start
    n = len(lines)
    while i < n:
        first = _table_start(texts, i)
        if first is None:
            m = lines[i].marker
            if m is not None:
                outline.add(m)
            i += 1
            continue
        end = _table_end(texts, [ln.marker for ln in lines], i + 1, outline, ends_table)
        out.update(range(max(first, start), end))
        i = end
    return out


# what a caption (TABLE_CAPTION: 表2 …, 附表1 …) or an attached title (_ATTACHED_TITLE: 附件1 …) opens on
_CAPTION_FIRST = frozenset("附表 \t\u3000")


def _table_start(texts: list[str], i: int) -> int | None:
    """Where a table starting at line i begins (its caption line included), or None."""
    s = texts[i]
    if "\t" in s:
        # an HTML table (tab-joined rows) is read by its rows; only its caption is claimed here
        return None
    if len(s) > _HEADER_CELL and s[:1] not in _CAPTION_FIRST:
        return None  # no header cell, caption or attached title (most lines): none of the three calls below
    nxt = texts[i + 1:i + 3]
    # asked once: the first and the last test both need it (a bare 附表1： over the title: a caption over two lines)
    caption = is_caption(s) or (s[:1] == "附" and _label_over_title(texts, i))
    if caption and len(nxt) == 2 and all(_short(t) for t in nxt):
        return i
    if is_header_row(texts[i:i + _HEADER_RUN]):
        above = texts[i - 1] if i > 0 else ""
        return i - 1 if is_caption(above) or _attached_title(above) else i
    if (caption or _attached_title(s)) and i + 1 < len(texts) and _html_row(texts[i + 1]):
        return i  # the caption of an HTML table: the rows themselves are read as table rows
    return None


def _html_row(s: str) -> bool:
    return "\t" in s and s.count("\t") >= 2


def _table_end(texts, markers, j: int, outline: _Outline, ends_table) -> int:
    """The first line after the table: where the body resumes."""
    n = len(texts)
    if j < n and _html_row(texts[j]) and "\t" not in texts[j - 1]:
        return j  # a caption above an HTML table: the rows are handled as HTML rows
    note_next = 0  # the number the next numbered table note carries (0: not in the notes)
    while j < n:
        s = texts[j]
        note = TABLE_NOTE.match(s)
        if note:
            note_next = int(note.group(1)) + 1 if note.group(1) else 1
            j += 1
            continue
        m = markers[j]
        if note_next and m is not None and m.number == note_next:
            note_next += 1
            j += 1
            continue
        note_next = 0
        if _body_resumes(texts, markers, j, outline) or ends_table(j) or _signature_date(s):
            return j
        j += 1
    return n


def _body_resumes(texts, markers, j: int, outline: _Outline) -> bool:
    """A numbered line that continues the outline and heads body text, not a cell: it is long
    itself, or the line after it is a paragraph (（二）存在问题 / 浙江省地处…。) or its first child.
    Cells that run on as a list (1.居民住宅…； / 2.道路…。) head nothing."""
    m = markers[j]
    if m is None or not outline.continues(m):
        return False
    if not _short(texts[j]) or j + 1 >= len(texts):
        return True
    nxt, s = markers[j + 1], texts[j + 1]
    if nxt is not None:
        return nxt.number == 1 and nxt.level > m.level
    return not _short(s) or s.endswith("。") or _heads_next_table(texts, j + 1)


def _heads_next_table(texts, j: int) -> bool:
    """Does a table of its own start on line j, right under a heading (二、2024年工作 / 2024年重点任务分工表 / 序号 /
    重点任务 …)? The heading then stands between two tables (one a year, one under each heading of a 工作要点), even
    when both print the same header: the body resumed there."""
    if TABLE_TITLE.fullmatch(texts[j]) is not None:
        j += 1
    return is_header_row(texts[j:j + _HEADER_RUN])


def _signature_date(s: str) -> bool:
    """A full date on its own line (2021年11月16日) signs the notice; a table's date cells are
    mostly year and month (2013年10月)."""
    return "日" in s and is_date_line(s)
