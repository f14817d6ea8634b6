"""Task tables (重点任务分工表, 任务清单): rows that say which unit leads which task by when.

A task table is recognised by its header row: a task column (重点任务, 工作任务, 具体措施 …) and a
responsibility column (牵头单位, 配合单位, 责任单位 …) among the column names of
``lexicons/task_columns.tsv`` (``grammar.is_task_header``). Each row under the header becomes one task
row: its cells kept as column name -> text.

Tables reach this stage in two forms:
  tab-joined rows   序号\\t重点任务\\t牵头单位 …  (HTML tables; DOCX and PDF tables from the readers; tables
                    copied as text with blanks between cells, which repair turns into tabs: repair.cells)
  one cell per line 序号 / 重点任务 / 牵头单位 / … each on its own line, then the rows cell by cell (a name
                    wrapped in two lines, 责任 / 单位, read whole; a unit cell printed one unit a line;
                    a second task under a merged 序号)
  bar-bordered      序号 | / 重点任务 | … or 序号 | 重点任务 | 牵头单位 |: a page stored as text with its cell
                    borders printed as bars (a text corpus's flattening of an HTML table); the bars are
                    read as cell borders (`_unbarred`), a line's inner bars as the tabs between its cells
  numbered header   序号 / 主要任务 / 全年目标任务 / … / 24: one cell per line up to the first row number, names no
                    rule knows included, pieces of a wrapped name put together (资金 / 来源); each row set on
                    its columns by its first unit cell (`_aligned`)
  run together      实事内容工作任务责任单位进展情况: a header line cut into names, then rows of a task line and a
                    line of units (a page copied with the cells of a row run together)

Merged cells: a category, a 序号 or a lead unit spanning several rows is printed once. In the tab form its
covered cells are missing (a short row that does not open with the next row number: its leading cells
are the covered ones) or empty; either way the row takes the value from the row above. A genuinely
empty 配合单位 of a new task stays empty: support is carried down only in a row that continues the task
above (its 序号 is covered too). A short line that would hold neither a task nor a unit is a cell
printed over several lines (PDF text): its pieces complete the neighbouring row that is short of cells.
Two-row headers (责任单位 over 牵头单位 | 配合单位), headers repeated on every page, 续表 lines and
category rows spanning the whole table (一、深化改革) are handled; tables that are not task tables
(statistics, name lists) are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex as re

from policyparse.grammar import GLUED_UNIT_NAMES, RESPONSIBILITY_ROLES, UNIT_NAME_END, UNIT_NAME_ENDING, column_role, is_task_header
from policyparse.grammar import ATTACHMENT_LABEL, BARE_PAGE_NUMBER, TABLE_TITLE, glued_leader_and_units
from policyparse.grammar import may_open_column_name, run_together_column_names, sub_column_name
from policyparse.grammar import BARS_ONLY, DASH_BULLET, FIELD_LABEL_START, ROW_GAP_LINES, ROW_MARK, match_marker, row_gap_lines
from policyparse.grammar import YEAR_COLUMN_NAME, YEAR_PART_CELL, YEAR_PART_LINE
from policyparse import lexicons
from policyparse.segment.roles import is_furniture

_BLANKS = re.compile(r"[ \u3000\t]++")
_SEQ = re.compile(rf"^{ROW_MARK}?(\d{{1,3}}+)[.．、]?$")  # (★6: a key task marked before its number)
_CONTINUED = re.compile(r"^[（(]?续表[）)]?\s*\d*$|^[…\.。·]{2,}+$")
_CATEGORY_ROW = 40  # a category row spanning the table (一、深化改革) is a short line
_LONG_CATEGORY_ROW = 100  # characters of a category line that names its scope and leaders, right above a row number
_CELL_LINE = 60  # a line of a cell printed over several lines; one cell per line: a cell's length
_INHERITED = frozenset({"category", "seq", "lead", "responsible", "time"})
_CARRIES_ROW = RESPONSIBILITY_ROLES | {"task"}
_HEADER_LINES = 32  # lines a one-cell-per-line header may take: 16 names each wrapped in two lines (tt_124)
_HEADER_CELL = 12  # characters of a header cell (工作任务安排, 牵头单位（部门）)
_SENTENCE_MARK = re.compile(r"[。；;，,！？!?：:]")
_UNIT_LINE = 20  # characters of a unit name printed on a line of its own
# how the name of a unit ends (县水务局, 县代建中心, 县残联, 乡村振兴办): a line after the row's cells that does
# not (a date, a note) is no unit of the row
_UNIT_END = UNIT_NAME_END
# a rule between header and rows, cell by cell (Markdown's | --- | :---: |, a text table's ----- / ═══)
_RULE_LINE = re.compile(r"^(?=[^\-－—─━=＝═]*+[\-－—─━=＝═]{3})[\s:：\-－—─━=＝═+]++$")
_OUTER_BARS = re.compile(r"^[ \u3000]*+\|[ \u3000]*+|[ \u3000]*+\|[ \u3000]*+$")
_INNER_BAR = re.compile(r"[ \u3000]*+\|[ \u3000]*+")
# a row number, (3) too, and a cell, each closed by its bar
_CUT_BAR_ROW = re.compile(r"^(?:\d{1,3}+|[（(]\d{1,3}+[）)]) \| [^|]+? \| ")


@dataclass
class TaskRow:
    first: int  # line index of the row's first line
    last: int  # line index of its last line (inclusive)
    cells: dict[str, str]  # column name -> text, merged cells filled in


@dataclass
class TaskTable:
    header: tuple[int, int]  # first and last line index of the header
    columns: list[str]
    roles: list[str | None]
    rows: list[TaskRow] = field(default_factory=list)
    tail: int = -1  # the last line of a row read and left out (1 | 无: no item), still a line of the table

    @property
    def lines(self) -> range:
        last = max([self.header[1], self.tail, *(r.last for r in self.rows)])
        return range(self.header[0], last + 1)

    def role_index(self, role: str) -> int | None:
        return next((k for k, r in enumerate(self.roles) if r == role), None)


def find_task_tables(lines, text: str = "") -> list[TaskTable]:
    """The task tables among `lines` (segment.layout.Line, of `text`), in document order."""
    # a line with no bar (most) is its own reading: _unbarred's own first test, asked here, spares it the call
    texts = [_unbarred(ln.s) if "|" in ln.s else ln.s for ln in lines]
    raw = [ln.s.strip() for ln in lines]
    _last_bar_row_cut(raw, texts)
    whole = [t is not ln.s for t, ln in zip(texts, lines)]  # closed by its cell border (_unbarred made it anew): one cell
    cells = _bar_line_cells(raw, texts) or _blank_parted_cells(lines, texts, text) or _bar_rows_over_lines(raw, texts)
    if cells is None:
        tables = _tables_in(texts, whole)
        # (asked only of a page with a table: the blank lines between its rows are read once a header is found)
        cells = _blank_parted_rows(lines, texts, whole, text, tables) if tables else None
        if cells is None:
            return tables
    first, last, texts, whole = cells
    return [_placed(t, first, last) for t in _tables_in(texts, whole)]


def _tables_in(texts: list[str], whole: list[bool]) -> list[TaskTable]:
    out: list[TaskTable] = []
    i = 0
    while i < len(texts):
        if "\t" not in texts[i] and not _may_open_header(texts, i):
            i += 1  # _table_at's own first tests, inline: most lines (prose, numbered items) open no table
            continue
        table = _table_at(texts, i, whole)
        if table is None or not table.rows:
            i += 1
            continue
        out.append(table)
        i = table.lines.stop
    return out


_BAR_CLOSED_CELLS = 6  # cells closed by a bar on the line under them it takes to read a page so
_BAR_CELL_LINES = 3  # lines of one cell printed over several before its bar (王 嵘 / 方 勇 / |)


class _LineCells:
    """What a page's lines read as, cell by cell: the first and the last line each cell stands for, its text, and
    whether it is whole (its border seen). The three readers below build it in step, one cell at a time."""

    __slots__ = ("first", "last", "out", "whole")

    def __init__(self) -> None:
        self.first: list[int] = []
        self.last: list[int] = []
        self.out: list[str] = []
        self.whole: list[bool] = []

    def add(self, first: int, last: int, text: str, whole: bool = False) -> None:
        self.first.append(first)
        self.last.append(last)
        self.out.append(text)
        self.whole.append(whole)

    def read(self) -> tuple[list[int], list[int], list[str], list[bool]]:
        return self.first, self.last, self.out, self.whole


def _bar_line_cells(raw: list[str], texts: list[str]) -> tuple[list[int], list[int], list[str], list[bool]] | None:
    """A table a page prints one cell a line, each cell's border a bar on the line under it (序号 / | / 项目 / |),
    an empty cell a bar under a bar, and the cells a merged cell above covers a run of bars (|||): the bars are
    no lines of the table. The lines read instead, each cell one line (its lines joined), with the first and the
    last line each stands for; None when the page closes fewer than _BAR_CLOSED_CELLS cells so."""
    closing = [i for i in range(1, len(raw)) if raw[i] == "|" and raw[i - 1] and not raw[i - 1].endswith("|")]
    if len(closing) < _BAR_CLOSED_CELLS:
        return None
    closes = set(closing)
    cells = _LineCells()
    first, last, out, whole = cells.read()
    run = 0  # lines of text since the last bar (none seen yet: a cell is its last line only)
    seen_bar = False
    for i, r in enumerate(raw):
        if not BARS_ONLY.match(r):
            cells.add(i, i, texts[i])
            run += 1
            continue
        if i in closes:
            k = len(out) - run if seen_bar and run <= _BAR_CELL_LINES else len(out) - 1
            out[k:] = ["".join(t.strip() for t in out[k:])]
            del first[k + 1 :], last[k:], whole[k:]
            last.append(i)
            whole.append(True)
        elif r == "|":  # a bar under a bar: an empty cell
            cells.add(i, i, "", True)
        else:
            last[-1:] = [i] if last else []  # |||: cells a merged cell above covers, printed empty
        run, seen_bar = 0, True
    return cells.read()


_BLANK_PARTED = 0.75  # share of a page's lines set apart by a blank line above, for its cells to be parted so
_CELL_RUN = 3  # lines of one cell printed with no blank line between them


def _blank_parted_cells(lines, texts: list[str], text: str = "") -> tuple[list[int], list[int], list[str], list[bool]] | None:
    """A page that sets every cell of its tables apart by blank lines (序号 / (blank) / 牵头 / 责任单位 / (blank) / …)
    prints a cell over two or three lines with no blank between them: a header name (牵头 / 责任单位, 3季度 / 目标任务)
    or a cell of numbered items (1.… / 2.…). Those lines read as one cell, with the first and the last line each
    stands for; None for a page that does not part its lines so (most lines follow a blank line). An empty cell,
    marked by a second blank line (`_empty_cells_marked`), is an empty cell standing for the line above it."""
    parted = [k == 0 or ln.after_blank for k, ln in enumerate(lines)]
    marks = _empty_cells_marked(lines, text) if "\n\n\n" in text else frozenset()
    if len(lines) < 2 * _CELL_RUN or sum(parted) < _BLANK_PARTED * len(lines) or (all(parted) and not marks):
        return None
    cells = _LineCells()
    k = 0
    n = len(texts)
    while k < n:
        if k in marks:
            cells.add(k - 1, k - 1, "")
        end = k + 1
        while end < n and not parted[end] and not _opens_own_line(texts[end]):
            end += 1
        if end == k + 1:  # most cells: one line (the next parted from it), added with no run test or join generator
            cells.add(k, k, texts[k].strip())
            k = end
            continue
        run = end - k if end - k <= _CELL_RUN and all("\t" not in texts[x] for x in range(k, end)) else 1
        cells.add(k, k + run - 1, "".join(texts[x].strip() for x in range(k, k + run)))
        k += run
    if n in marks:
        cells.add(n - 1, n - 1, "")
    return cells.read()


_EMPTY_CELL_GAP = 3  # line ends between two lines (two blank lines) where repair kept an empty cell's mark


def _blank_parted_rows(lines, texts: list[str], whole: list[bool], text: str, tables: list[TaskTable]):
    """任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点, then the rows one cell a line, a blank line between rows and none
    between the cells of a row (tt_141, tt_138): a row is a run of as many lines as the header has names. Two runs
    break the count, and the rows read after them go astray: an empty cell printed as a blank line more (许可处 /
    (blank) / 9月底: a run short of cells and the run under it make one row, an empty cell at the blank between them)
    and a cell printed as two paragraphs (线上，9月底 / (blank) / 线下，全年: a short line alone right under a whole row
    and above another is more of the row's last cell). A row's lines that reading them as sentences joined
    (…方式，提高监管效能⏎梳理监管事项…) are parted again at the page's line ends. The page's lines read so, cell by
    cell, for a table with no 序号 column whose header is printed as one run; None when no table on the page needs it."""
    empty_after: set[int] = set()  # a row's line with an empty cell after it
    joined: dict[int, int] = {}  # a row's last line -> the last line of the cell's paragraph below it
    parted: set[int] = set()  # a row's line holding two cells or more, joined as one sentence
    for table in tables:
        if "seq" not in table.roles:
            _row_runs_mended(lines, texts, table, empty_after, joined, parted)
    if not empty_after and not joined:
        return None
    cells = _LineCells()
    k = 0
    while k < len(texts):
        end = joined.get(k, k)
        if k in parted:
            for piece in texts[k].split("\n"):
                cells.add(k, k, piece.strip())
        else:
            # (a cell of two paragraphs as the page prints it, the blank line between them kept: found there as it is)
            paragraphs = text[lines[k].start : lines[end].end] if text else "\n\n".join(texts[k : end + 1])
            cells.add(k, end, paragraphs if end > k else texts[k], whole[k])
        if end in empty_after:
            cells.add(end, end, "")
        k = end + 1
    return cells.read()


def _row_runs_mended(
    lines, texts: list[str], table: TaskTable, empty_after: set[int], joined: dict[int, int], parted: set[int]
) -> None:
    """The runs of `table`'s rows (see _blank_parted_rows) that break the count of cells, noted mended."""
    n = len(table.columns)
    runs = _runs_under_one_cell_a_line_header(lines, texts, table)
    if runs is None:
        return
    sizes = [sum(texts[x].count("\n") + 1 for x in range(a, b)) for a, b in runs]  # a run's cells: its page lines
    r = 1
    while r < len(runs):
        a, b = runs[r]
        if sizes[r] == n:
            parted.update(x for x in range(a, b) if "\n" in texts[x])
            r += 1
            continue
        after = sizes[r + 2] if r + 2 < len(runs) else n
        if r + 1 < len(runs) and sizes[r] + sizes[r + 1] + 1 == n and after == n and b - a == sizes[r]:
            empty_after.add(b - 1)  # 许可处 / (blank) / 9月底: the blank between the row's runs its empty cell
            r += 2
        elif sizes[r] <= 2 and r + 1 < len(runs) and sizes[r + 1] == n and _cell_paragraph(lines, texts, a - 1, a, b):
            joined[a - 1] = b - 1  # 线上，9月底 / (blank) / 线下，全年: the last cell's second paragraph
            r += 1
        else:
            return  # the table has ended (a title, a paragraph, another table's header)


def _runs_under_one_cell_a_line_header(lines, texts: list[str], table: TaskTable) -> list[tuple[int, int]] | None:
    """The blank-parted runs of lines from `table`'s header on, when its header is one run of one cell a line (no tab)
    and rows follow it; None otherwise."""
    first, n = table.header[0], len(table.columns)
    if table.header[1] - first + 1 != n or any("\t" in texts[x] for x in range(first, table.header[1] + 1)):
        return None
    runs = _line_runs(lines, first)
    if len(runs) < 2 or runs[0][1] - runs[0][0] != n or any(lines[x].after_blank for x in range(first + 1, first + n)):
        return None
    return runs


def _line_runs(lines, first: int) -> list[tuple[int, int]]:
    """The runs of lines from line `first` on, each (its first line, the line after its last), a blank line between."""
    runs: list[tuple[int, int]] = []
    start = first
    for k in range(first + 1, len(lines)):
        if lines[k].after_blank:
            runs.append((start, k))
            start = k
    runs.append((start, len(lines)))
    return runs


def _cell_paragraph(lines, texts: list[str], last: int, a: int, b: int) -> bool:
    """Lines a..b-1, alone between two rows, more of the cell on line `last` above them: short lines like it (a time
    or a unit cell: 线上，9月底 / 线下，全年), no heading or category line, no number."""
    if len(texts[last].strip()) > _UNIT_LINE:
        return False
    return all(
        len(texts[x].strip()) <= _UNIT_LINE and lines[x].marker is None and _SEQ.match(texts[x].strip()) is None
        and not _category_marked(texts[x].strip())
        for x in range(a, b)
    )


def _empty_cells_marked(lines, text: str) -> frozenset[int]:
    """The lines (by index; len(lines) for the text's end) right above which two blank lines stand, not one: repair
    keeps them so only inside a table printed one cell a line, where the second marks an empty cell (tt_124: …
    / 市场监管局 / 市税务局 / (blank) / (blank) / 2, its 备注 empty) — see repair.cells.empty_cell_gaps."""
    marked = {k for k in range(1, len(lines)) if text.count("\n", lines[k - 1].end, lines[k].start) >= _EMPTY_CELL_GAP}
    if lines and text.count("\n", lines[-1].end) >= _EMPTY_CELL_GAP:
        marked.add(len(lines))
    return frozenset(marked)


_ROW_BARS = 2  # bars parting a line's cells (three cells at least) for it to be a row of a bar table


def _bar_rows_over_lines(raw: list[str], texts: list[str]) -> tuple[list[int], list[int], list[str], list[bool]] | None:
    """生态环境 | 1、… | 市规划局 | 市国土资源局 / 市农牧林业局 | 2010年9月20日前 |: in a table printed one row a line, its
    cells parted by bars, a row whose line stops without its closing bar goes on on the next lines (a cell printed over
    two lines, one unit a line) up to the line that closes it, itself no whole row. Those lines read as one row line,
    with the first and the last line it stands for; None when no row of the page is broken so (most pages)."""
    header_bars = 0
    broken: dict[int, int] = {}  # a broken row's first line -> the line that closes it
    for i, r in enumerate(raw):
        if "|" not in r:  # (most lines: the `in` test spares them the counts)
            continue
        bars = r.count("|")
        if r.endswith("|"):
            header_bars = header_bars or (bars if bars > _ROW_BARS else 0)
        elif header_bars and bars >= _ROW_BARS:
            k = _row_closed_below(raw, i, header_bars)
            if k is not None:
                broken[i] = k
    if not broken:
        return None
    cells = _LineCells()
    i = 0
    while i < len(raw):
        k = broken.get(i, i)
        cells.add(i, k, _unbarred("".join(raw[i : k + 1])) if k > i else texts[i])
        i = k + 1
    return cells.read()


def _row_closed_below(raw: list[str], i: int, header_bars: int) -> int | None:
    """The line closing the row line i leaves open: the first below it ending with a bar, within _BAR_CELL_LINES, with
    fewer bars than a whole row; the lines between are pieces of a cell (no bar, short)."""
    for k in range(i + 1, min(len(raw), i + 1 + _BAR_CELL_LINES)):
        r = raw[k]
        if r.endswith("|"):
            return k if r.count("|") <= header_bars - _ROW_BARS else None
        if not r or "|" in r or len(r) > _CELL_LINE:
            return None
    return None


def _opens_own_line(s: str) -> bool:
    """序号 (a table's first name), a row number, a page's field (办公时间：…): no second line of the cell above."""
    s = s.strip()
    return _SEQ.match(s) is not None or column_role(s) == "seq" or FIELD_LABEL_START.match(s) is not None


def _placed(table: TaskTable, first: list[int], last: list[int]) -> TaskTable:
    """A table read from the cells of `_bar_line_cells`, set back on the page's lines."""
    table.header = (first[table.header[0]], last[table.header[1]])
    for row in table.rows:
        row.first, row.last = first[row.first], last[row.last]
    return table


def _unbarred(s: str) -> str:
    """A line with its cell borders printed as bars (序号 | / | 序号 | 重点任务 |) read as the cells they
    border: the outer bars dropped, the inner ones the tabs between cells. Bars inside a cell are rare
    in Chinese notices; a line with no bar at its end or start is left as it is."""
    if "\t" in s or "|" not in s:  # the `in` test spares most lines the patterns
        return s
    if not _OUTER_BARS.search(s):
        # 6 | 菜市场提升改造工程 | 长街市场建设规模…: a numbered row cut off by the page before its closing bar
        return _INNER_BAR.sub("\t", s) if _CUT_BAR_ROW.match(s) else s
    t = s.rstrip(" \u3000")
    if t.endswith(" " + _MERGED_CLOSE):  # … | ||: a sub-row's merged cells, kept as one cell for the tab reading
        return _INNER_BAR.sub("\t", _OUTER_BARS.sub("", t[: -len(_MERGED_CLOSE)])) + "\t" + _MERGED_CLOSE
    return _INNER_BAR.sub("\t", _OUTER_BARS.sub("", s))


def _last_bar_row_cut(raw: list[str], texts: list[str]) -> None:
    """… | 县住建局 | / 4 | 良渚新城要坚持…加快推进 (or 打通城市断头路6条。 | 新建…6处路桥。) closing the text: right under a
    row closed by its bar, the text's last line, parted by inner bars but with no bar of its own at either end, is a
    row the page (or the corpus that kept it) cut before its closing bar, however few cells it printed. Its bars are
    read as cell borders (`_unbarred` reads a line with one inner bar only so when it opens with a number and two
    cells: elsewhere 4 | … is too common in prose to take without the cut and the bar row above it)."""
    j = len(raw) - 1
    while j > 0 and not raw[j]:
        j -= 1
    if j < 1 or " | " not in raw[j] or "\t" in texts[j]:
        return
    above = raw[j - 1]
    if not above.endswith("|") or "\t" not in texts[j - 1] or _OUTER_BARS.search(raw[j]):
        return
    cut = _INNER_BAR.sub("\t", raw[j])
    first = cut.split("\t", 1)[0]
    if _SEQ.match(first) is not None or _CIRCLED_ITEM.match(first) or _opens_as_the_row_above(cut, texts[j - 1]):
        # 4 | 良渚新城…: a numbered row; ②全面推行… | 引导…: a sub-item's (tt_185); or one opening with the cell every row repeats
        texts[j] = cut
    elif above.endswith(" " + _MERGED_CLOSE):
        # under a sub-row closed by its merged cells (… | ||), an unnumbered line is another such sub-row: its cells
        # stand where the sub-rows above print theirs, the merged ones after them (any other unnumbered line, a
        # page's 来源：… | 编辑：… under the table, is left as it is)
        texts[j] = cut + "\t" + _MERGED_CLOSE


def _opens_as_the_row_above(cut: str, above: str) -> bool:
    """4300002023 1001 | 株洲市…2023年度专项抽查工作计划 | 4300002023022 under rows each opening with that plan's number
    and name (tt_130, a 抽查 plan with no 序号 column): a cut line whose first cell is the first cell of the row above,
    and which prints no more cells than it, is a row of the table, not a line of prose under it."""
    first, _, rest = cut.partition("\t")
    first = first.strip()
    return bool(first and rest) and above.partition("\t")[0].strip() == first and cut.count("\t") <= above.count("\t")


def _table_at(texts: list[str], i: int, whole: list[bool]) -> TaskTable | None:
    s = texts[i]
    if "\t" in s:
        names = [c.strip() for c in s.split("\t")]
        if is_task_header(names):
            return _read_tab_table(texts, i, names)
        record = _record_of_label_lines(texts, i)
        if record is not None:
            return record
        wrapped = _header_over_lines(texts, i, names, whole)
        if wrapped is None:
            return None
        names, last = wrapped
        if "\t" not in texts[last + 1]:
            return _read_cell_lines(texts, i, names, last)
        # rows a line each: only under a header some of whose lines hold one name (责任 领导 |), a break no
        # header of two bar-parted lines above a row shows (序号 | 重点任务 | / 完成时间 | 责任部门 | / 1 | …)
        single = any("\t" not in texts[k] for k in range(i, last + 1))
        return _read_tab_table(texts, i, names, last) if single else None
    if not _may_open_header(texts, i):
        return None  # most lines: prose or a numbered item
    header = _cell_per_line_header(texts, i) or _numbered_header(texts, i, whole)
    if header:
        return _read_cell_lines(texts, i, *header)
    record = _record_down_the_side(texts, i)
    if record is not None:
        return record
    names = _run_together_header(texts[i])
    return _read_run_together(texts, i, names) if names else None


def _may_open_header(texts: list[str], i: int) -> bool:
    """Whether a header below can open on line i (no tab): every one opens on a column name (grammar's first-character
    test), but a one-cell-per-line header whose first name no rule knows (任务项) over a known one."""
    return may_open_column_name(texts[i]) or _unnamed_number_column(texts, i)


def _record_down_the_side(texts: list[str], i: int) -> TaskTable | None:
    """具体任务 / 全面落实… / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 / 完成时限 / 1月底前…: a table of one row the page
    prints with its column names down the side, each name on a line of its own above its cell. The names, known
    column names each once, start with the task column and name a responsibility column; each cell is one line
    that is no name. The row spans the lines from its first cell to its last."""
    if column_role(texts[i]) != "task":
        return None
    names: list[str] = []
    cells: list[str] = []
    j = i
    while j + 1 < len(texts) and column_role(texts[j]) is not None and texts[j].strip() not in names:
        value = texts[j + 1].strip()
        if not value or "\t" in value or column_role(value) is not None:
            break
        names.append(texts[j].strip())
        cells.append(value)
        j += 2
    if len(names) < _RECORD_NAMES or not is_task_header(names):
        return None
    table = _table(i, i, names)
    table.rows.append(TaskRow(i + 1, j - 1, dict(zip(table.columns, cells))))
    return table


_RECORD_NAMES = 3  # names at least of a record printed down the side (task, unit, time)
# a column name closed by a colon, its cell beside it on the line (重点工作: | 135.… |, read as 重点工作:<TAB>135.…)
_LABEL_CELL = re.compile(r"^(?P<name>[^\t:：]{2,20}+)[:：]\t(?P<cell>[^\t]*+)$")


def _record_of_label_lines(texts: list[str], i: int) -> TaskTable | None:
    """重点工作: | 135.统筹… | / 牵头单位: | 市城市管理综合执法局 | / 年度阶段性工作目标: | 第一季度… |: a table of one row the
    page prints with each column name and its cell on one line, the name closed by a colon (a page of one task
    of a 重点工作 list). The names, each once, start with the task column and name a responsibility column, most
    of them known; the record ends at the first line that is no name and cell. The row spans its lines."""
    names: list[str] = []
    cells: list[str] = []
    j = i
    while j < len(texts):
        m = _LABEL_CELL.match(texts[j].strip())
        if m is None or not m["cell"].strip() or m["name"].strip() in names:
            break
        names.append(m["name"].strip())
        cells.append(m["cell"].strip())
        j += 1
    if len(names) < _RECORD_NAMES or column_role(names[0]) != "task" or not is_task_header(names):
        return None
    table = _table(i, i, names)
    table.rows.append(TaskRow(i, j - 1, dict(zip(table.columns, cells))))
    return table


# ------------------------------------------------------------------ header


_WRAPPED_HEADER_LINES = 3  # lines a header row of bar-parted names may be broken over


def _header_over_lines(texts: list[str], i: int, names: list[str], whole: list[bool]) -> tuple[list[str], int] | None:
    """序号 | 重点任务 | / 完成时间 | 责任人 | 责任部门 | 进展情况 | over rows printed one cell a line, or 序号 | 工作 责任组 |
    / 责任 领导 | / 责任 单位 | / 月度目标要求 | 工作进展 | over rows a line each: a header row of bar-parted cells that
    the page broke over lines, a line holding one name closed by its bar among them. Each line holds known column
    names only and the lines together, not the first alone, name a task and a responsibility column. Returns the
    names and the header's last line."""
    j = i
    while not is_task_header(names):
        if j + 1 - i >= _WRAPPED_HEADER_LINES_MAX or j + 1 >= len(texts) or not _header_piece(texts, j + 1, whole):
            return None
        j += 1
        names = names + [c.strip() for c in texts[j].split("\t")]
    if not all(column_role(n) is not None for n in names):
        return None
    if j + 1 - i > _WRAPPED_HEADER_LINES and all("\t" in texts[k] for k in range(i, j + 1)):
        return None  # more lines than a header of bar-parted names is broken over
    return (names, j) if j + 1 < len(texts) else None


_WRAPPED_HEADER_LINES_MAX = 5  # lines, when some hold one name each (责任 领导 | / 责任 单位 |)


def _header_piece(texts: list[str], j: int, whole: list[bool]) -> bool:
    """A line that may continue a header broken over lines: bar-parted names, or one name closed by its bar."""
    return "\t" in texts[j] or (whole[j] and column_role(texts[j]) is not None)


def _table(first: int, last: int, names: list[str]) -> TaskTable:
    names = _unique(names)
    return TaskTable((first, last), names, [column_role(n) for n in names])


def _unique(names: list[str]) -> list[str]:
    """Column names as cell keys: blanks removed, a repeated name numbered (主要内容, 主要内容2)."""
    out: list[str] = []
    for n in names:
        key = _BLANKS.sub("", n) or f"列{len(out) + 1}"
        k, base = 2, key
        while key in out:
            key = f"{base}{k}"
            k += 1
        out.append(key)
    return out


def _sub_header(texts: list[str], j: int, top: list[str]) -> list[str] | None:
    """The second row of a two-row header (牵头单位 | 配合单位 under 责任单位): every cell a known name,
    none of them a task; a role word alone (牵头 | 配合 under 责任单位) named in full by the group above it."""
    if j >= len(texts) or "\t" not in texts[j]:
        return None
    cells = _role_words_named(top, [c.strip() for c in texts[j].split("\t") if c.strip()])
    roles = [column_role(c) for c in cells]
    if cells and all(r is not None and r != "task" for r in roles):
        return cells
    return None


def _role_words_named(top: list[str], sub: list[str]) -> list[str]:
    """A sub-header's cells with each role word alone (牵头, 配合, 参与 …) named in full by the group cell of the
    top row it stands under (the first that names units or the work's sharing: 责任单位, 责任部门, 责任分工); the
    other cells as they are."""
    if not any(len(c) <= 2 for c in sub):
        return sub  # every role word is two characters: most sub-headers hold none
    group = next((n for n in top if sub_column_name("牵头", n)), None)
    if group is None:
        return sub
    return [sub_column_name(c, group) or c for c in sub]


def _placed_sub_header(texts: list[str], j: int, top: list[str]) -> list[str] | None:
    """… | 2022年工作计划 | 项目建设阶段 | 责任单位 | 政策处理单位 | ||| over 投资 | 工程主要形象进度 | 完成投资 | % | 主要形象进度 |
    ||||||||: a two-row header whose rows print their own cells first and the cells they lack (the group cells'
    span, the cells merged from above) as empty cells at the end. The top row's k trailing empties are the
    sub-columns beyond one per group cell, so the s names under them belong to s - k group cells: the ones right
    before the first unit column (names no rule gives a role), which give way to them in order."""
    k = len(top) - len(_trailing_trimmed(top))
    if k == 0 or j >= len(texts) or "\t" not in texts[j]:
        return None
    cells = _trailing_trimmed([c.strip() for c in texts[j].split("\t")])
    g = len(cells) - k
    if g < 1 or not all(c and len(c) <= _HEADER_CELL and not _SEQ.match(c) and column_role(c) in (None, "other") for c in cells):
        return None
    names = _trailing_trimmed(top)
    u = next((x for x, n in enumerate(names) if column_role(n) in RESPONSIBILITY_ROLES), None)
    if u is None or u < g or any(column_role(n) not in (None, "other") for n in names[u - g : u]):
        return None
    return names[: u - g] + cells + names[u:]


_SUB_NAMES = 2  # sub-columns at least under one group cell
_ROW_AFTER_CATEGORY = 3  # lines from a header to its first row: a category line (一、…) or two may stand between
_TIME_NAME_END = ("时间", "时限", "日期", "节点")  # 启动时间, 完成时间: the names under a time group (时间安排)


def _sub_name_of(group_role: str | None, name: str, role: str | None) -> bool:
    """Can `name` stand under a group cell of role group_role on a two-row header's second row: a lead or support
    name under a responsibility group, a time name (启动时间 is kept in cells, 完成时间 a time) under a time group."""
    if group_role == "responsible":
        return role in ("lead", "support")
    return group_role == "time" and role in ("time", "other") and name.endswith(_TIME_NAME_END)


def _two_row_header_on_one_line(texts: list[str], j: int, names: list[str]) -> list[str] | None:
    """序号 | 重点任务 | 责任单位 | 完成时限 | 牵头单位 | 配合单位 over rows of five cells: a two-row header that the page's
    text printed on one line, its second row (the names under the group cell 责任单位) after its first, or right
    after the group cell (… | 责任单位 | 牵头单位 | 配合单位 | 完成时限). A group cell is a responsibility name over
    lead / support names (a role word alone named in full by it: 牵头 | 配合), or a time name over time names
    (时间安排 over 启动时间 | 完成时间); its sub-names follow it in a run, at least two. Read so only when the first
    row (numbered, the first tab line from line j: a category line 一、… may stand above it) prints one cell fewer
    than the names for each group: the sub-names then stand in place of their group. A header that names 责任单位
    beside 牵头 / 配合 columns of its own prints rows as long as it."""
    j = next((k for k in range(j, min(j + _ROW_AFTER_CATEGORY, len(texts))) if "\t" in texts[k]), len(texts))
    if j >= len(texts):
        return None
    cells = texts[j].split("\t")
    if not _SEQ.match(cells[0].strip()):
        return None
    names = _role_words_named(names, names)
    roles = [column_role(n) for n in names]
    under: dict[int, list[int]] = {}  # a group cell's position: its sub-names' positions
    taken: set[int] = set()
    for g, role in enumerate(roles):
        if role not in ("responsible", "time") or g in taken:
            continue
        subs = _sub_run_after(names, roles, g, taken)
        if len(subs) >= _SUB_NAMES:
            under[g] = subs
            taken |= {g, *subs}
    if not under or len(cells) != len(names) - len(under):
        return None
    flat: list[str] = []
    for k, n in enumerate(names):
        if k in under:
            flat.extend(names[x] for x in under[k])
        elif k not in taken:
            flat.append(n)
    return flat


def _sub_run_after(names: list[str], roles: list[str | None], g: int, taken: set[int]) -> list[int]:
    """The positions of the first run of names after the group cell at g that may stand under it (none taken)."""
    def fits(k: int) -> bool:
        return k not in taken and _sub_name_of(roles[g], names[k], roles[k])

    k = next((k for k in range(g + 1, len(roles)) if fits(k)), len(roles))
    run: list[int] = []
    while k < len(roles) and fits(k):
        run.append(k)
        k += 1
    return run


def _trailing_trimmed(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _merge_headers(top: list[str], sub: list[str]) -> list[str]:
    """Put the sub-header's names in place of the group cell above them (the first responsibility or
    time cell, or the first name not in the lexicon); the other top cells span both header rows."""
    sub_roles = {column_role(c) for c in sub}
    for k, name in enumerate(top):
        role = column_role(name)
        if role is None or (role in RESPONSIBILITY_ROLES and sub_roles & RESPONSIBILITY_ROLES) or (role == "time" and "time" in sub_roles):
            end = k + 1
            while end < len(top) and end - k < len(sub) and not top[end]:
                end += 1  # the empty cells the group cell spans (colspan)
            return top[:k] + sub + top[end:]
    return top + sub


# ------------------------------------------------------------------ tab-joined rows


@dataclass
class _Raw:
    """A row as read: its lines, its cells, how many of them its own line prints, its category, and whether the
    page was cut inside it (its missing cells are lost, not merged cells above)."""

    first: int
    last: int
    cells: list[str]
    own: int
    category: str | None
    cut: bool = False


@dataclass
class _Reading:
    """A tab table being read: its rows as raw cells, and the lines of wrapped cells waiting for a row."""

    table: TaskTable
    rows: list[_Raw] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    category: str | None = None
    expect: int = 1  # the next row number


def _read_tab_table(texts: list[str], i: int, names: list[str], last: int | None = None) -> TaskTable:
    """The tab table whose header starts on line i (and ends on `last`, when the page broke it over lines)."""
    last = i if last is None else last
    sub = _sub_header(texts, last + 1, names)
    placed = None if sub else _placed_sub_header(texts, last + 1, names)
    if sub:
        names = _merge_headers(names, sub)
        last += 1
    elif placed:
        names, last = placed, last + 1
    else:
        names = _two_row_header_on_one_line(texts, _first_row_line(texts, last + 1), names) or names
    first = i - 1 if i > 0 and _half_name(texts[i - 1]) else i
    names = _with_seq_column(texts, _first_row_line(texts, last + 1), names)
    reading = _Reading(_table(first, last, names))
    header_key = _BLANKS.sub("", texts[i])
    j = last + 1
    # (a row printing each of its cells on a line of its own, some over two, takes up to two lines a column)
    max_wraps = row_gap_lines(len(names))
    while j < len(texts) and len(reading.pending) <= max_wraps:
        s = texts[j]
        if _BLANKS.sub("", s) == header_key or _CONTINUED.match(s) or _RULE_LINE.match(s) or (not reading.rows and _half_name(s)):
            j += 1  # the header repeated on a new page, 续表, ……, a rule under the header, the bottom half of a name
            continue
        if _page_number_between_rows(reading, texts, j, header_key):
            j += 1
            continue
        if reading.rows and _outside_tables(s) and _header_after_text(texts, j, lambda k: _BLANKS.sub("", texts[k]) == header_key):
            break  # a heading or a title over the header printed again: a table of its own under the same header
        if not _take_line(reading, texts, j):
            break
        j += 1
    _finish(reading, texts)
    return reading.table


def _page_number_between_rows(reading: _Reading, texts: list[str], j: int, header_key: str) -> bool:
    """2\t…\t2024年12月底前 / 5 / 3\t…: a figure alone on its line between tab rows, right above the next row (the
    number it opens with the one expected) or above the header printed again, is the page's number where the table
    went on to the next page — no row and no piece of the row above or below (before: 5 ran on into row 3's task, a
    page number 3 became a row of its own). So too above the rest of the row the page broke (灌溉面积2万亩。, a line with
    no cell border or opening with an empty cell), unless the figure is the number expected next: then it is that
    row's number cell printed on a line of its own. The figure stands right under a tab row."""
    if not reading.rows or j + 1 >= len(texts) or not BARE_PAGE_NUMBER.match(texts[j]) or "\t" not in texts[j - 1]:
        return False
    nxt = texts[j + 1]
    if _BLANKS.sub("", nxt) == header_key:
        return True
    first = nxt.split("\t", 1)[0].strip()
    if "\t" not in nxt or not first:
        return int(texts[j]) != reading.expect and not BARE_PAGE_NUMBER.match(nxt)
    m = _SEQ.match(first)
    return m is not None and int(m.group(1)) == reading.expect


# a cell that is only a bar: a border printed as a bar in a table whose blanks repair made tabs as well
# (序号\t|\t项目内容\t|\t责任单位\t|): the header's bar cells stand as columns, each row's bars under them
_BAR_CELL = "|"
# a sub-row's doubled closing bar (… | ||): its merged cells (序号, the unit) printed as one empty cell
_MERGED_CLOSE = "||"
_BAR_COLUMN = re.compile(r"^\|\d*$")  # a bar cell of the header as a column key (|, |2, |3 …: _unique)


def _sub_row_between_bars(table: TaskTable, cells: list[str]) -> list[str]:
    """新增公交线路3条。 | 新增4条线路。 | || under 3 | 实施公路大修。 | 完成50公里。 | 交通运输局 |: a row with no number of
    its own, closed by a doubled bar, is a sub-row under a merged 序号 and unit. Its cells are set under the
    columns after 序号 (bars under the bar columns), the merged ones left empty for the row above to fill."""
    if not cells or cells[-1] != _MERGED_CLOSE or table.roles[0] != "seq":
        return cells
    own = [c for c in cells[:-1] if c != _BAR_CELL]
    names = [k for k, c in enumerate(table.columns) if not _BAR_COLUMN.match(c)]
    if len(own) >= len(names) - 1:
        return cells
    out = [_BAR_CELL if _BAR_COLUMN.match(c) else "" for c in table.columns]
    for k, value in zip(names[1:], own):
        out[k] = value
    return out


def _cells_between_bars(table: TaskTable, cells: list[str]) -> list[str]:
    """2 | 加快建设… | 市规划局 市建设局 | 有关部门 |, its blanks made tabs by repair as the bars' were: a row of another
    number of cells than the header of one name between each two bars is read by its bars, the pieces between two of
    them one cell (their blank kept), nothing between two bars an empty cell (2 | 加快… | | 县卫健委 |: a merged lead)."""
    names = _between_bars(table.columns, _BAR_COLUMN.match)
    pieces = _between_bars(cells, lambda c: c == _BAR_CELL)
    closed = not names[-1]  # the header's closing bar (… | 完成时限 |): no column after it
    if len(pieces) != len(names) or any(len(n) != 1 for n in names[: len(names) - closed]) or (closed and any(pieces[-1])):
        return cells
    out: list[str] = []
    for k, group in enumerate(pieces[: len(pieces) - closed]):
        out += [" ".join(p for p in group if p), _BAR_CELL] if k < len(pieces) - 1 else [" ".join(p for p in group if p)]
    return out


def _between_bars(cells: list[str], is_bar) -> list[list[str]]:
    """The runs of cells between bar cells (the run before the first bar and after the last included)."""
    runs: list[list[str]] = [[]]
    for c in cells:
        if is_bar(c):
            runs.append([])
        else:
            runs[-1].append(c)
    return runs


def _half_name(s: str) -> bool:
    """任务 over 序号: a column name printed on two lines beside a one-line header."""
    return "\t" not in s and len(s) <= 4 and column_role(s) in (None, "seq") and _SEQ.match(s) is None and len(s) >= 2


def _first_row_line(texts: list[str], j: int) -> int:
    while j < len(texts) and _half_name(texts[j]):
        j += 1
    return j


def _with_seq_column(texts: list[str], j: int, names: list[str]) -> list[str]:
    """Rows numbered under a header that prints no 序号 column on its line get one."""
    if j >= len(texts) or any(column_role(n) == "seq" for n in names):
        return names
    cells = texts[j].split("\t")
    if len(cells) == len(names) + 1 and _SEQ.match(cells[0].strip()):
        return ["序号", *names]
    return names


def _take_line(reading: _Reading, texts: list[str], j: int) -> bool:
    """Read line j into the table; False when the table has ended before it."""
    s = texts[j]
    cells, number = _line_cells(reading, s)
    if number is not None and _take_numbered_line(reading, texts, j, cells, number):
        return True
    if _take_category_line(reading, texts, j, cells):
        return True
    if _ends_table_line(s, cells):
        return False
    return _take_unnumbered_line(reading, texts, j, cells)


def _take_numbered_line(reading: _Reading, texts: list[str], j: int, cells: list[str], number: int) -> bool:
    """A line opening with a row number: a line heading the bracketed rows below it, or the next row; False when the
    number continues no numbering (the line is read as some other kind)."""
    if _heads_bracketed_rows(reading, cells):
        reading.category = cells[1]
        return True
    # numbering may start again under each category; the first row may carry any number (the rows of a
    # table split over several pages or published in parts: 80, 81 …)
    if number == reading.expect or (number == 1 and reading.rows) or not reading.rows:
        reading.expect = number + 1
        _start_row(reading, texts, j, cells)
        reading.rows[-1].cut = _cut_by_the_page(reading.table, texts, j, cells)
        return True
    return False


def _take_category_line(reading: _Reading, texts: list[str], j: int, cells: list[str]) -> bool:
    """A category over the rows below it (with the group name on the line above it), or a group name standing above
    a category; False when line j is neither."""
    s = texts[j]
    if ("\t" not in s and _is_category(s, texts, j)) or _is_category_row(cells):
        reading.category = " ".join(c for c in cells if c and c != _BAR_CELL)
        if j and _group_over_category(texts, j - 1):
            reading.category = texts[j - 1].strip() + " " + reading.category
        return True
    name = _one_named_cell(s, cells)
    if name is not None and _unmarked_category(reading, name, texts, j):
        reading.category = name
        return True
    # a group name above a category: its name goes with the category below it
    return "\t" not in s and bool(reading.rows) and _group_over_category(texts, j)


_UNMARKED_CATEGORY = 20  # characters of a category line printed with no 一、 (优化营商环境)
_CATEGORY_WORDS = re.compile(r"^\p{Han}[\p{Han}、（）()“”]*\p{Han}[）)”]?$")


def _one_named_cell(s: str, cells: list[str]) -> str | None:
    """The line's one cell: the line itself, or the first cell of a row whose other cells are empty (优化营商环境 | | |)."""
    if "\t" not in s:
        return s.strip()
    named = [c for c in cells if c and c != _BAR_CELL and not BARS_ONLY.match(c)]
    return named[0] if len(named) == 1 and named[0] == cells[0] else None


def _unmarked_category(reading: _Reading, s: str, texts: list[str], j: int) -> bool:
    """优化营商环境 / 1 | 深化放管服改革 | …: a short name printed with no 一、 on a line of its own, right above a tab row
    numbered 1 (the numbering starting again under it, or the table's first row), is a category spanning the table as
    一、优化营商环境 is. A piece of a wrapped cell stands above the next number, never above a 1 that restarts it; a unit's
    name (a merged unit cell printed between its rows) and a column name are none."""
    s = s.strip()
    if not 2 <= len(s) <= _UNMARKED_CATEGORY or j + 1 >= len(texts) or "\t" not in texts[j + 1]:
        return False
    if _CATEGORY_WORDS.match(s) is None or column_role(s) is not None or _unit_like(s):
        return False
    number = _row_number(reading.table, [c.strip() for c in texts[j + 1].split("\t")])
    return number == 1 or (number is not None and not reading.rows)


_BRACKETED_SEQ = re.compile(r"^[（(]\d{1,3}+[）)]$")


def _heads_bracketed_rows(reading: _Reading, cells: list[str]) -> bool:
    """1 | 大力提振消费。 | || among rows numbered (7), (8) …: a line numbered in another style than the rows above, naming
    nothing after its second cell (its other cells empty or bars only), heads the rows below it, as a category does."""
    seq_at = reading.table.role_index("seq")
    if seq_at != 0 or not reading.rows or len(cells) < 2 or not _BRACKETED_SEQ.match(reading.rows[-1].cells[0]):
        return False
    return bool(cells[1]) and all(not c or BARS_ONLY.match(c) for c in cells[2:])


def _line_cells(reading: _Reading, s: str) -> tuple[list[str], int | None]:
    """Line s's cells, as a row under the table's columns reads them, and the row number they open with (None)."""
    table = reading.table
    cells = [c.strip() for c in s.split("\t")] if "\t" in s else [s.strip()]
    if _BAR_CELL in table.columns:  # (rare: a bar table's rows only)
        if len(cells) != len(table.columns):
            cells = _cells_between_bars(table, cells)
        if _row_number(table, cells) is None:
            cells = _sub_row_between_bars(table, cells)
    number = _row_number(table, cells)
    if number is None and reading.rows:
        cells = _sub_row_closed_by_merged_cells(cells)
    return cells, number


def _ends_table_line(s: str, cells: list[str]) -> bool:
    """Another table's header, the body resuming (三、保障措施), the page's fields (索引号：) or its widgets after the
    table (文件下载, 打印, 关闭窗口)."""
    if _is_header_line(cells) or ("\t" not in s and _opens_section(s)) or _FIELD_LABEL.search(cells[0]):
        return True
    return "\t" not in s and len(s) <= _FURNITURE_LINE and is_furniture(s)


def _take_unnumbered_line(reading: _Reading, texts: list[str], j: int, cells: list[str]) -> bool:
    """A line that opens no row: a piece of a cell printed over several lines, the last cells of a row short of them
    on lines of their own, or a row under a merged category cell; False when it is none of them."""
    s, table = texts[j], reading.table
    if _goes_on_row_above(reading, cells):
        reading.rows[-1].last = j
        return True
    if _cut_row_repeating_the_row_above(reading, texts, j, cells):
        _start_row(reading, texts, j, cells + [""] * (len(table.columns) - len(cells)))
        reading.rows[-1].cut = True
        return True
    if reading.rows and len(cells) >= 2 and _CIRCLED_ITEM.match(cells[0]) and _last_printed_line(texts, j):
        # ②全面推行… | 引导… | 虹桥新村面向虹桥小 closing the text (tt_185): a sub-item's row cut by the page, set in its
        # columns as the sub-item rows above are (_sub_item_placed), the cells merged over it filled from above
        _start_row(reading, texts, j, cells)
        reading.rows[-1].cut = True
        return True
    if len(cells) < len(table.columns) and not _covers_row(table, len(cells)):
        if len(s) > _CELL_LINE * 2 or not reading.rows:
            return False
        reading.pending.append(j)  # a piece of a cell printed over several lines
        return True
    if "\t" not in s:
        return _take_untabbed_line(reading, texts, j)
    return _take_tabbed_line(reading, texts, j, cells)


def _take_untabbed_line(reading: _Reading, texts: list[str], j: int) -> bool:
    """A line with no tab that opens no row: a row's last cells on lines of their own, or the next task cut by the page."""
    s, table = texts[j], reading.table
    if reading.rows and reading.rows[-1].own < len(table.columns) and len(s) <= _CELL_LINE * 2:
        reading.pending.append(j)  # the last cells of a row short of them, printed on lines of their own
        return True
    if _next_task_cut_by_the_page(reading, texts, j):
        _start_row(reading, texts, j, _under_merged_category(table, [s.strip()], reading))
        reading.rows[-1].cells += [""] * (len(table.columns) - len(reading.rows[-1].cells))
        reading.rows[-1].cut = True
        return True
    return False


def _take_tabbed_line(reading: _Reading, texts: list[str], j: int, cells: list[str]) -> bool:
    """A tabbed line that opens no row: the rest of the row above, or a row under a merged category cell."""
    table = reading.table
    whole = _rest_of_row_above(reading, cells)
    if whole is not None:
        prev = reading.rows[-1]
        prev.cells, prev.own, prev.last = whole, len(whole), j
        return True
    row_cells = _under_merged_category(table, cells, reading)
    _start_row(reading, texts, j, row_cells)
    if row_cells is not cells and len(row_cells) < len(table.columns) and not any(t.strip() for t in texts[j + 1 :]):
        # 3、城市环境… | 改善… | 市环保局 closing the text: set under its merged cell, a row still short of cells was cut
        # by the page after its last printed one; the rest are lost, not merged from the row above
        reading.rows[-1].cells = row_cells + [""] * (len(table.columns) - len(row_cells))
        reading.rows[-1].cut = True
    return True


def _cut_row_repeating_the_row_above(reading: _Reading, texts: list[str], j: int, cells: list[str]) -> bool:
    """4300002023 1001 | 株洲市…2023年度专项抽查工作计划 | 4300002023022 closing the text under rows that each open with
    that plan's number and name (tt_130, no 序号 column): a line short of cells opening with the first cell of the row
    above is the next row cut by the page (or the corpus that kept it). Its cells stand from the first column on, the
    rest lost (not merged cells above, which would set its printed cells at the row's end)."""
    if not reading.rows or len(cells) < 2 or len(cells) >= len(reading.table.columns) or not cells[0]:
        return False
    above = reading.rows[-1].cells
    return bool(above) and above[0] == cells[0] and _last_printed_line(texts, j)


def _last_printed_line(texts: list[str], j: int) -> bool:
    """Is line j the text's last with anything on it? Looked for from the end, over the blank lines only (asked of
    every line, a look at all the lines after each would be quadratic)."""
    k = len(texts) - 1
    while k > j and not texts[k].strip():
        k -= 1
    return k == j


def _goes_on_row_above(reading: _Reading, cells: list[str]) -> bool:
    """1 | 深化一网通办改革，推进政务 | 市政务服务局 | 市发展改革委、 | 2024年6月底前 / 服务标准化规范化便利化。 | | 市大数据局: a
    whole row laid out in columns (a PDF's text with its layout) whose cells the page wrapped, the next line holding
    their second lines — its blanks before the task's piece dropped, so its pieces stand from the task column on. The
    line goes on the row above (each piece joined to the cell above it) when every piece continues that cell: a unit's
    name after a unit list stopping on 、 or ，, the rest of a task cell stopping mid-clause (on a clause mark, or a
    long cell with no sentence end whose rest holds a sentence mark); a unit's name alone goes to the one unit cell
    stopping so. Else False (a row under merged cells, a piece of a cell the rows above and below share)."""
    table = reading.table
    if not reading.rows or reading.pending or reading.rows[-1].own != len(table.columns):
        return False
    prev = reading.rows[-1]
    if len(prev.cells) != len(table.columns):
        return False
    placed = _wrapped_pieces_placed(table, prev.cells, cells)
    if placed is None or not all(_continues_cell_above(table, prev.cells, k, piece) for k, piece in placed.items()):
        return False
    for k, piece in placed.items():
        prev.cells[k] += piece
    return True


def _wrapped_pieces_placed(table: TaskTable, above: list[str], cells: list[str]) -> dict[int, str] | None:
    """The column each piece of a wrapped row's second line stands under: a unit's name alone under the one unit
    column whose list the width broke, else the pieces in order from the task column on (None: no such place)."""
    task_at = table.role_index("task")
    parts = _trailing_trimmed(cells)
    if task_at is None or not parts or not parts[0]:
        return None
    if len(parts) == 1 and _units_cell(parts[0]):
        open_lists = [k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES and above[k].endswith(_LIST_GOES_ON)]
        return {open_lists[0]: parts[0]} if len(open_lists) == 1 else None
    if task_at + len(parts) > len(table.columns):
        return None
    return {task_at + k: p for k, p in enumerate(parts) if p}


def _continues_cell_above(table: TaskTable, above: list[str], k: int, piece: str) -> bool:
    """Does `piece` go on with the cell above it in column k: a task cell's wrapped rest, or a unit's name after a
    unit list the width broke after its mark?"""
    role = table.roles[k]
    if role == "task":
        return _task_wrapped(above[k], piece)
    return role in RESPONSIBILITY_ROLES and above[k].endswith(_LIST_GOES_ON) and _units_cell(piece)


_LIST_GOES_ON = ("、", "，", ",")  # a unit list the cell's width broke after its mark


def _task_wrapped(head: str, tail: str) -> bool:
    """A task cell's first line that the column's width broke (深化一网通办改革，推进政务 / 服务标准化…。): it stops on a
    clause mark, or fills a line and stops with no sentence end; its rest opens with no number nor unit's name."""
    if not head or _task_number(tail) is not None or _SEQ.match(tail) or _units_cell(tail):
        return False
    if head.endswith(_CLAUSE_MARKS):
        return True
    # stopping on no mark, a long first line goes on only into a rest that holds a sentence mark: a title or a
    # table's border under the last row (…目录, ┌──) is no rest of its task. (_SENTENCE_END, a mark anywhere: a
    # second, anchored pattern of that name written here was shadowed by it and never ran; the anchored form moves a
    # table document's output, so the form in effect is kept)
    return len(head) >= _WRAPPED_TASK_LINE and _SENTENCE_CLOSE.search(head) is None and _SENTENCE_END.search(tail) is not None


_CLAUSE_MARKS = ("，", "、", "：", "；", ",", ";", ":")
_WRAPPED_TASK_LINE = 12  # characters a task cell's first line fills, at least, when the column's width wraps it


def _next_task_cut_by_the_page(reading: _Reading, texts: list[str], j: int) -> bool:
    """… | 10.密切关注… | 各科室 | / 11.提前做好…助力政策 closing the text: the rows numbered inside their task cell, a last
    line with no border that opens with the next task number was a row the page (or the corpus that kept it) cut
    before its first border."""
    if not reading.rows or any(t.strip() for t in texts[j + 1 :]):
        return False
    above = next((n for n in map(_task_number, reading.rows[-1].cells) if n is not None), None)
    return above is not None and _task_number(texts[j].strip()) == above + 1


def _rest_of_row_above(reading: _Reading, cells: list[str]) -> list[str] | None:
    """1 | 推进… | 县住建局 | 县财政局 / 县发改委 | 2024年12月底前: a row whose unit cell the page printed over two lines, the
    second line holding the rest of the row. A line that opens no row, whose first cell names units and whose cells
    complete the row above exactly (the first the rest of that row's last printed cell, a unit cell), is that rest,
    no row under merged cells: the row above, whole (its unit cell's two pieces one list); None otherwise."""
    if not reading.rows or reading.pending or len(cells) < 2:
        return None
    prev, table = reading.rows[-1], reading.table
    at = prev.own - 1
    if at < 0 or prev.own + len(cells) - 1 != len(table.columns) or not prev.cells[at]:
        return None
    if table.roles[at] == "task" and _task_goes_on(prev.cells[at], cells[0]):
        return [*prev.cells[:at], prev.cells[at] + cells[0], *cells[1:]]
    if table.roles[at] not in RESPONSIBILITY_ROLES or not _unit_list(cells[0]):
        return None
    joint = "" if prev.cells[at].endswith(("、", "，", ",")) else "、"  # 县自然资源局、 / 县城管局: the list went on
    return [*prev.cells[:at], prev.cells[at] + joint + cells[0], *cells[1:]]


def _task_goes_on(head: str, tail: str) -> bool:
    """2 | 实施老旧小区改造项目12个，惠及居民 / (— 3 —, the header again) / 2000户。 | 县住建局 | …: a task cell the page broke
    off mid-sentence, whose row goes on at the top of the next page with the rest of that cell and the row's other cells.
    The head stops mid-sentence, the tail opens with no number of its own (no row, no item of the cell)."""
    return _SENTENCE_CLOSE.search(head) is None and _task_number(tail) is None and _SEQ.match(tail) is None


_SENTENCE_CLOSE = re.compile(r"[。；;！!）)]$")


def _cut_by_the_page(table: TaskTable, texts: list[str], j: int, cells: list[str]) -> bool:
    """12 / | / 加快实施 closing the text: a numbered row short of cells on the text's last line, its task cell the last
    it prints and stopping mid-sentence, was cut where the page (or the corpus that kept it) stopped. Its missing cells are
    lost, not merged cells above, so the row above lends it none of the cells after its last printed one (those
    before it, left empty, are merged cells and are filled as in any row)."""
    printed = [k for k, c in enumerate(cells) if c]
    if len(printed) >= len(table.columns) or not printed or printed[-1] >= len(table.roles):
        return False
    last = printed[-1]
    if table.roles[last] != "task" or _SENTENCE_CLOSE.search(cells[last]):
        return False  # (a unit or a time cell closing the row is whole: the row may be short of merged cells only)
    return not any(t.strip() for t in texts[j + 1:])


_FURNITURE_LINE = 8  # characters of a line of the page's widgets (文件下载) that ends a table
_MERGED_RUN = 3  # empty cells a sub-row's line ends with when its page printed the merged cells as a run of bars


def _sub_row_closed_by_merged_cells(cells: list[str]) -> list[str]:
    """2.修改完善…计划。 | 2025年政府投资计划已经… | |||| under 3 | 项目推进 | 洪飞 | 区发改委 | 1.加快… | …: a line with
    no row number of its own whose cells end in a run of empty ones is a sub-row under the merged cells of the
    row above (序号, group, leader, unit: a rowspan the page printed as bars at the line's end). Its own cells are
    the table's last ones; the empty run is dropped so that they stand there and the row above fills the rest."""
    own = len(cells)
    while own and not cells[own - 1]:
        own -= 1
    return cells[:own] if own and len(cells) - own >= _MERGED_RUN else cells


# a cell that is a field's label (索引号：, 成文日期：): the page's fields after the table, no row of it
_FIELD_LABEL = re.compile(r"^\p{Han}{2,8}[：:]$")
# a task cell numbered in figures (15.推进学校塑胶运动场地建设), where a category cell opens with words (四、教育文化)
_NUMBERED_TASK = re.compile(r"^\d{1,3}[.．、](?!\d)")


def _under_merged_category(table: TaskTable, cells: list[str], reading: _Reading) -> list[str]:
    """四、教育文化 | 14.改扩建… on the first row, 15.推进… on the next: the category cell merged over the rows
    under it is printed once, so a row opening with a numbered task lacks it — put it back (empty, for the
    cell above to fill), dropping an empty cell the row prints after its last border (… | |). So too under a
    first column of another name whose first row printed a group there and the numbered cell after it (生态环境 |
    1、城市大环境绿化… on the first row, 2、按照… opening the next, short of a cell, or closed by an empty cell after its
    last border as a row of all the columns: 一、做好… | 1.积极… | 财务科 | on the first row, 3.及时… | 各科室 | | next)."""
    if not reading.rows or not _NUMBERED_TASK.match(cells[0]):
        return cells
    own = cells[:-1] if len(cells) >= len(table.columns) and not cells[-1] else cells
    if table.roles[0] != "category" and not (len(own) < len(table.columns) and _group_before_number(reading.rows[0].cells)):
        return cells
    return ["", *own]


def _group_before_number(cells: list[str]) -> bool:
    """生态环境 | 1、城市大环境绿化…: a row whose first cell names a group, its second opening with the row's number."""
    return len(cells) > 1 and bool(cells[0]) and not _NUMBERED_TASK.match(cells[0]) and _NUMBERED_TASK.match(cells[1]) is not None


def _row_number(table: TaskTable, cells: list[str]) -> int | None:
    """The number a row opens with in the 序号 column (1, 2, 3 …), None when it opens with none."""
    if table.role_index("seq") is None:
        return None
    m = _SEQ.match(cells[0])
    return int(m.group(1)) if m else None


_CN_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十]{1,3}[）)、.．]?$")


def _is_category_row(cells: list[str]) -> bool:
    """一 | 深化放管服改革 (the rest empty): a row numbered in words names the category of the rows under it; so does
    one cell marked 一、 (一、经济发展 |) alone on its row. Bars printed as cells (a bar table) are no cells of it."""
    named = [c for c in cells if c and c != _BAR_CELL]
    if not 1 <= len(named) <= 2 or len("".join(named)) > _CATEGORY_ROW:
        return False
    return _CN_NUMBER.match(cells[0]) is not None or (len(named) == 1 and named[0] == cells[0] and _category_marked(cells[0]))


_GROUP_NAME = 8  # characters of a group's name merged over several categories (保障措施)
_GROUP_END = re.compile(r"[。；;，,、：:]$")


def _group_over_category(texts: list[str], j: int) -> bool:
    """保障措施 / （三）加强宣传引导 / row: a short name ending no sentence on a line of its own, right above a category
    line that heads a row, is the group the category belongs to (a cell merged over the categories of a first column;
    a PDF prints it at the middle of the rows it spans)."""
    s = texts[j].strip()
    if not s or len(s) > _GROUP_NAME or "\t" in s or _GROUP_END.search(s) or _category_marked(s) or j + 1 >= len(texts):
        return False
    return "\t" not in texts[j + 1] and _is_category(texts[j + 1].strip(), texts, j + 1)


def _is_category(s: str, texts: list[str], j: int) -> bool:
    """一、深化改革 on a line of its own, right above a row: a row spanning the table names the category of
    the rows under it."""
    if len(s) > _CATEGORY_ROW or j + 1 >= len(texts) or "\t" not in texts[j + 1]:
        return False
    return _category_marked(s)


# 一、2025年经济社会发展的主要预期目标: inside a table a category may open with a year, which the heading
# grammar does not take for a heading (一、2 reads as a list of figures in running text)
_CATEGORY_MARK = re.compile(r"^[（(]?[一二三四五六七八九十]{1,3}(?:[）)]|、)")


def _category_marked(s: str) -> bool:
    m = match_marker(s)
    return (m is not None and m.style in ("cn", "paren_cn", "chapter", "section")) or _CATEGORY_MARK.match(s) is not None


def _is_header_line(cells: list[str]) -> bool:
    named = [c for c in cells if c]
    return len(named) >= 2 and all(column_role(c) is not None for c in named)


def _opens_section(s: str) -> bool:
    """一、… / （二）… / 第三章 …: a heading of the body, not a piece of a cell."""
    m = match_marker(s)
    return m is not None and m.style in ("cn", "paren_cn", "chapter", "section", "article")


def _covers_row(table: TaskTable, n: int) -> bool:
    """Would a short row of n cells, its leading cells covered by merged cells above, hold a task or a unit?"""
    return any(r in _CARRIES_ROW for r in table.roles[len(table.roles) - n:])


def _start_row(reading: _Reading, texts: list[str], j: int, cells: list[str]) -> None:
    """A row starts on line j. The wrapped lines seen since the last row complete that row or this one:
    the one whose own line is short of cells (this one on a tie)."""
    carry: list[int] = []
    if reading.pending:
        prev = reading.rows[-1] if reading.rows else None
        if prev is not None and prev.own < len(cells):
            prev.cells = _with_wraps(reading.table, prev.cells, prev.own, [texts[k] for k in reading.pending])
            prev.last = reading.pending[-1]
        else:
            carry = reading.pending
        reading.pending = []
    # the row node starts on its own line; the wrapped lines above it stay lines of the table
    row = _Raw(j, j, cells, len(cells), reading.category)
    if carry:
        row.cells = _with_wraps(reading.table, cells, len(cells), [texts[k] for k in carry])
    reading.rows.append(row)


def _finish(reading: _Reading, texts: list[str]) -> None:
    table = reading.table
    last = reading.rows[-1] if reading.rows else None
    if reading.pending and last is not None and last.own < len(table.columns):
        last.cells = _with_wraps(table, last.cells, last.own, [texts[k] for k in reading.pending])
        last.last = reading.pending[-1]
    for row in reading.rows:
        _add_row(table, row.first, row.last, row.cells, row.category, cut=row.cut)


def _with_wraps(table: TaskTable, cells: list[str], own: int, wraps: list[str]) -> list[str]:
    """A row's cells completed by the lines of its wrapped cells: their pieces go to the columns the row's
    own line leaves empty (the last ones), in order; else they continue the task cell."""
    n = len(table.columns)
    cells = list(cells)
    missing = n - own
    task_at = table.role_index("task") or 0
    cells, wraps = _units_one_a_line(table, cells, own, wraps)
    by_kind = _cells_by_kind(wraps, missing)
    if by_kind is not None:
        return cells[:own] + by_kind
    for w in wraps:
        parts = [p.strip() for p in w.split("\t") if p.strip()]
        if 0 < missing and len(parts) <= missing:
            cells += [""] * (n - len(cells))
            for k, p in enumerate(parts):
                cells[n - missing + k] += p
        elif task_at < len(cells):
            cells[task_at] += "".join(parts)
    return cells


# a person's name printed alone on a line of a cell (路军, 屈磊 in a 牵头县领导 cell): two to four characters, no unit's
_PERSON_LINE = re.compile(r"^\p{Han}{2,4}$")


def _line_kind(s: str) -> str:
    s = s.strip()
    return "unit" if _unit_like(s) else "person" if _PERSON_LINE.match(s) else "words"


def _cells_by_kind(wraps: list[str], missing: int) -> list[str] | None:
    """5 / 单位生产总值能耗… / 路军 / 屈磊 / 发展改革委 / 生态环境分局 / 发展改革委：… / 生态环境分局：…: a row whose merged cells
    (two leaders, two lead units, a progress note for each) made the page print every cell on a line of its own,
    more lines than the cells its number's line lacks. Lines of one kind in a run (persons' names, unit names,
    words) are one cell when the runs number exactly the missing cells: the cells, names joined by 、; None else."""
    if missing < 2 or len(wraps) <= missing or any("\t" in w for w in wraps):
        return None
    runs: list[tuple[str, list[str]]] = []
    for w in (x.strip() for x in wraps):
        kind = _line_kind(w)
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(w)
        else:
            runs.append((kind, [w]))
    if len(runs) != missing:
        return None
    return [("" if kind == "words" else "、").join(lines) for kind, lines in runs]


def _units_one_a_line(table: TaskTable, cells: list[str], own: int, wraps: list[str]) -> tuple[list[str], list[str]]:
    """区财政局 / 区税务局 / 区政府有关部门，…: more wrapped lines than cells the row's own line lacks, the first
    of them unit names — a unit cell (the last on the row's line) printed one unit a line, the missing
    cells after it. Those names join that cell (、); the rest fill the missing cells."""
    extra = len(wraps) - (len(table.columns) - own)
    at = own - 1
    if extra <= 0 or at < 0 or table.roles[at] not in RESPONSIBILITY_ROLES or any("\t" in w for w in wraps):
        return cells, wraps
    names = [w.strip() for w in wraps[:extra]]
    if any(len(x) > _UNIT_LINE or _SENTENCE_MARK.search(x) or not _UNIT_END.search(x) for x in names):
        return cells, wraps
    cells[at] = "、".join([cells[at], *names])
    return cells, wraps[extra:]


def _add_row(table: TaskTable, first: int, last: int, cells: list[str], category: str | None, cut: bool = False) -> None:
    prev = table.rows[-1].cells if table.rows else None
    cells = _cells_in_columns(table, cells, prev)
    lost_from = max((k for k, c in enumerate(cells) if c), default=-1) + 1 if cut else None
    row = dict(zip(table.columns, cells))
    if _names_no_task(table, row):
        table.tail = max(table.tail, last)  # (before the merged cells above fill its empty ones)
        return
    if prev is not None:
        _inherit(table, row, prev, lost_from)
    if category and "category" not in table.roles:
        row = {"类别": category, **row}
    if any(v for k, v in row.items() if k != "类别"):
        table.rows.append(TaskRow(first, last, row))


def _cells_in_columns(table: TaskTable, cells: list[str], prev: dict[str, str] | None) -> list[str]:
    """The row's cells one a column: cells past the last column joined into it, a row under a category merged over it
    from above given its covered cells, cells shifted or dropped inside the row put back where they stand."""
    n = len(table.columns)
    if len(cells) > n:
        cells = cells[: n - 1] + [" ".join(c for c in cells[n - 1:] if c)]
    seq_at = table.role_index("seq")
    opens = seq_at is not None and seq_at < len(cells) and _SEQ.match(cells[seq_at]) is not None
    if not opens and seq_at and len(cells) + seq_at <= n and _SEQ.match(cells[0]) is not None:
        # 2 | 建设口袋公园 | 县城管局 under 类别 | 序号 | …, the row's category merged over it from above (an HTML rowspan
        # whose padding the line lost at its edge): the cells before 序号 are the covered ones
        cells, opens = [""] * seq_at + cells, True
    shifted = _unit_and_time_aligned(table, cells) if opens else None
    if shifted is not None:
        cells = shifted + [""] * (n - len(shifted))
    if len(cells) < n:
        cells = _short_row_filled(table, cells, prev, opens, seq_at)
    return cells


def _short_row_filled(table: TaskTable, cells: list[str], prev: dict[str, str] | None, opens: bool,
                      seq_at: int | None) -> list[str]:
    """A row short of cells, filled to the table's width. Merged cells are printed once: the covered cells of a
    short row that is no new numbered row are its leading ones; a numbered row short of cells lacks its last ones."""
    n = len(table.columns)
    left = prev is not None and not opens
    if left and (placed := _task_and_unit_placed(table, cells)) is not None:
        cells, left = placed, False
    elif left and (placed := _sub_item_placed(table, cells, prev)) is not None:
        cells, left = placed, False
    cat_at = table.role_index("category")
    under_category = opens and prev is not None and cat_at == (seq_at or 0) + 1 and len(cells) == n - 1
    if under_category and _ends_aligned(table, cells):
        cells = [*cells[:cat_at], "", *cells[cat_at:]]  # 2 | 优化审批流程 | …: the category merged over it
    elif opens:
        cells = _unit_aligned(table, cells)
    return [""] * (n - len(cells)) + cells if left else cells + [""] * (n - len(cells))


_CIRCLED_ITEM = re.compile(r"^[\u2460-\u2473]")  # ① … ⑳ opening a cell: a sub-item of the task above


def _sub_item_placed(table: TaskTable, cells: list[str], prev: dict[str, str]) -> list[str] | None:
    """②新建…小区193个 | 开工建设… | 经前期招投标… | 是 under 57.… | ①建成… | 完成建设… | 徐国江 | 城管局 | … (tt_185): a
    row short of cells that opens with the next circled sub-item of a cell of the row above (① → ②). The cells
    merged over the sub-items — the work they belong to before that column, the leader and the units who answer for
    it — were printed once, in the first row: the row's cells stand from the sub-item's column on, in the columns
    that are no person's and no unit's (those are filled from above)."""
    if not _CIRCLED_ITEM.match(cells[0]):
        return None
    above = chr(ord(cells[0][0]) - 1)
    at = next((k for k, c in enumerate(table.columns) if prev.get(c, "").startswith(above)), None)
    if at is None:
        return None
    free = [k for k in range(at, len(table.columns)) if table.roles[k] not in RESPONSIBILITY_ROLES | {"person"}]
    if len(free) < len(cells):
        return None
    out = [""] * len(table.columns)
    for k, c in zip(free, cells):
        out[k] = c
    return out


_NO_TASK = re.compile(r"^(?:无|暂无)$")


def _names_no_task(table: TaskTable, row: dict[str, str]) -> bool:
    """1 | 无 | ||||: a row whose task cell says there is none (无, 暂无), and that names no unit, holds no task."""
    task_at = table.role_index("task")
    if task_at is None or not _NO_TASK.match(row[table.columns[task_at]].strip()):
        return False
    return not any(row[c].strip() for c, r in zip(table.columns, table.roles) if r in RESPONSIBILITY_ROLES)




def _unit_aligned(table: TaskTable, cells: list[str]) -> list[str]:
    """1 | 护眼灯光工程 | … | 2022 | 1800 | 建成 | … | 县教育局 | ||: a numbered row short of cells whose last cell with
    text is a unit name standing left of the table's first unit column. Empty cells were dropped inside the row:
    put back after its time cell (the cells up to it read in place) or, with none before, right before the unit,
    so that the unit stands in its column."""
    u = next((k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES), None)
    text = [("" if BARS_ONLY.match(c) else c) for c in cells]
    last = max((k for k, c in enumerate(text) if c), default=None)
    if u is None or last is None or last >= u or not _unit_like(text[last]):
        return cells
    time_at = table.role_index("time")
    at = time_at + 1 if time_at is not None and time_at < last else last
    return text[:at] + [""] * (u - last) + text[at:]


def _task_and_unit_placed(table: TaskTable, cells: list[str]) -> list[str] | None:
    """完成市创建办下达的…目标任务。 | 各科室 under 序号 | 工作任务 | 责任部门 | 备注, its 序号 and 备注 cells merged from the
    row above: a short row with no number, a task's text then a unit, stands with the unit in the first unit column
    and the text left of it (not pushed to the row's end, where a column of remarks would take the unit). None
    for other rows (the covered cells are then its leading ones)."""
    u = _first_unit_column(table)
    if u is None or len(cells) != 2 or u < 1 or u == len(table.columns) - 1:
        return None
    task, unit = cells
    if not task or _unit_like(task) or not _unit_like(unit) or table.roles[-1] in RESPONSIBILITY_ROLES:
        return None
    return [*[""] * (u - 1), task, unit, *[""] * (len(table.columns) - u - 1)]


def _unit_and_time_aligned(table: TaskTable, cells: list[str]) -> list[str] | None:
    """2 | 扎实做好疫苗接种… | 疾控处 | 长期推进 | under 序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注, the
    工作任务 cell merged over it printed on the first row only: a numbered row short of cells whose last two cells
    with text are a unit and a time (长期推进, 2021年8月前) standing left of the unit and time columns lacks
    cells right after its number, not at its end. Those are put back empty there (for the cells above to
    fill), so that the unit and the time stand in their columns. None when the row is not so."""
    seq_at, u, t = table.role_index("seq"), _first_unit_column(table), table.role_index("time")
    text = [("" if BARS_ONLY.match(c) else c) for c in cells]
    last = max((k for k, c in enumerate(text) if c), default=None)
    if seq_at is None or u is None or t != u + 1 or last is None or last - 1 <= seq_at or last >= t:
        return None
    if not _time_like(text[last]) or not _unit_like(_BRACKETED_TAIL.sub("", text[last - 1])):
        return None
    return [*text[: seq_at + 1], *[""] * (t - last), *text[seq_at + 1 : last + 1]]


def _first_unit_column(table: TaskTable) -> int | None:
    return next((k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES), None)


# a unit's other name in brackets after it (规划信息处（爱卫办）), set aside to see how the name ends
_BRACKETED_TAIL = re.compile(r"[（(][^（）()]{1,12}[）)]$")
# a time cell longer than _TIME_CELL allows that names months of a year (2021年2月公布预算信息，2021年8月公布…)
_YEAR_MONTH = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def _time_like(s: str) -> bool:
    return _TIME_CELL.search(s) is not None or _YEAR_MONTH.search(s) is not None


def _ends_aligned(table: TaskTable, cells: list[str]) -> bool:
    """Does a short row's last cell belong in the table's last column (a time cell under 完成时限, units under
    a unit column)? Then its missing cells are inside the row, not at its end."""
    role, last = table.roles[-1], cells[-1]
    if role == "time":
        return _TIME_CELL.search(last) is not None
    return role in RESPONSIBILITY_ROLES and _unit_like(last)


def _inherit(table: TaskTable, row: dict[str, str], prev: dict[str, str], lost_from: int | None = None) -> None:
    """Fill the cells a merged cell above covers (none from `lost_from` on: the cells a row cut by the page lost)."""
    seq_at = table.role_index("seq")
    continues = seq_at is not None and not row[table.columns[seq_at]]
    task_at = table.role_index("task")
    title = table.columns[task_at] if task_at is not None and table.roles.count("task") >= 2 else None
    for k, (col, role) in enumerate(zip(table.columns, table.roles)):
        if row[col] or not prev.get(col) or (lost_from is not None and k >= lost_from):
            continue
        if role in _INHERITED or (continues and (role == "support" or col == title)):
            row[col] = prev[col]


# ------------------------------------------------------------------ one cell per line


def _cell_per_line_header(texts: list[str], i: int) -> tuple[list[str], int] | None:
    """The header of a one-cell-per-line table starting at line i: its names and its last line. A name
    printed over two lines (责任 / 单位: a narrow header cell wrapped) is read whole. Under a 序号 column the
    header runs on to the first row's number, over names the lexicon does not know (攻坚目标 / 第二季度)."""
    names, j = _names_one_a_line(texts, i)
    if len(names) < 3 or not is_task_header(names):
        return None
    if any(column_role(n) == "seq" for n in names):
        pieces, j = _pieces_to_first_row(texts, names, i, j)
        names += pieces
    return names, j - 1


def _names_one_a_line(texts: list[str], i: int) -> tuple[list[str], int]:
    """The column names printed one a line from line i (within _HEADER_LINES), and the line after the last."""
    names: list[str] = []
    j = i
    while j < len(texts) and j - i < _HEADER_LINES:
        name, j_next = _header_name(texts, j)
        if name is None and names and column_role(names[-1]) in _BESIDE_NAMES and _between_names(texts, j):
            # 项目名称 / 内容 / 牵头单位: the task's content beside its name; 类别 / 项目 / 主要任务: the item a category
            # holds, its cell printed once over the rows under it
            name, j_next = texts[j].strip(), j + 1
        if name is None:
            break
        if j_next < len(texts) and _NOTE_PIECE.match(texts[j_next].strip()):
            name, j_next = name + texts[j_next].strip(), j_next + 1  # 进展情况 / （7月）: the note under its name
        names.append(name)
        j = j_next
    return names, j


_BESIDE_NAMES = ("task", "seq", "category")  # names a column no rule knows may stand right after (项目, 内容)


def _pieces_to_first_row(texts: list[str], names: list[str], i: int, j: int) -> tuple[list[str], int]:
    """Under a 序号 column, the pieces of names from line j on to the first row's number, and that number's line
    (none, and j, when no row number follows within the header's reach)."""
    rest = _names_up_to_first_row(texts, j, i + _HEADER_LINES)
    if rest is None:
        return [], j
    pieces, j = rest
    if pieces and _category_before_seq(names) and column_role(pieces[-1]) is None and pieces[-1] == texts[j - 1].strip():
        pieces, j = pieces[:-1], j - 1  # 分类 | 序号 | … / 发展目标 / 1: the first row's merged category cell
    elif pieces and column_role(pieces[-1]) is None and pieces[-1] == texts[j - 1].strip() and _category_line(texts, j - 1):
        pieces, j = pieces[:-1], j - 1  # … / 完成时限 / 一、稳增长 / 1: the first category row, no name
    return pieces, j


def _category_before_seq(names: list[str]) -> bool:
    """分类 | 序号 | 事项 | …: a category column left of the 序号 column, whose cell, merged over the rows of its
    category, a one-cell-per-line page prints once, on the line right above the number of the first of them."""
    roles = [column_role(n) for n in names]
    return "category" in roles and "seq" in roles and roles.index("category") < roles.index("seq")


def _numbered_header(texts: list[str], i: int, whole: list[bool]) -> tuple[list[str], int] | None:
    """序号 / 主要任务 / 全年目标任务 / 分管 领导 / 牵头 单位 / … / 24: a one-cell-per-line header that opens with
    the 序号 column and runs to the first row's number, over names the lexicon does not know (全年目标任务,
    资金来源). Its pieces are put together into names (`_names_of_pieces`). The shape (a 序号 column, then the
    rows by number) stands for most of the names being known: a task and a responsibility column suffice."""
    if len(texts[i]) > _HEADER_CELL or (column_role(texts[i]) != "seq" and not _unnamed_number_column(texts, i)):
        return None
    j = i + 1
    while j < min(len(texts), i + _HEADER_LINES) and _SEQ.match(texts[j].strip()) is None:
        s = texts[j].strip()
        if "\t" in s or len(s) > _HEADER_CELL or _SENTENCE_MARK.search(s):
            return None
        j += 1
    if j >= len(texts) or _SEQ.match(texts[j].strip()) is None:
        return None
    if column_role(texts[i]) != "seq" and texts[j].strip() != "1":
        return None  # a first column no rule names holds the row numbers only when the rows start at 1
    names = [texts[i].strip(), *_names_of_pieces(texts[i + 1 : j], whole[i + 1 : j])]
    roles = {column_role(n) for n in names}
    if len(names) < 3 or "task" not in roles or not roles & RESPONSIBILITY_ROLES:
        return None
    return names, j - 1


_NUMBER_COLUMN_NAME = re.compile(r"^\p{Han}{2,4}$")


def _unnamed_number_column(texts: list[str], i: int) -> bool:
    """任务项 / 重点工作内容 / 牵头责任单位 / … / 1: a short first name no rule knows, a whole name the rules know right
    under it: the first column of a one-cell-per-line header, which holds the row numbers if the rows start at 1
    under the names (checked by _numbered_header; the column read as 序号 by _number_column_by_cells)."""
    s = texts[i].strip()
    # the pattern takes 2-4 characters whole: the length test spares most lines (prose) the call
    return (
        2 <= len(s) <= 4 and _NUMBER_COLUMN_NAME.match(s) is not None and column_role(s) is None
        and i + 1 < len(texts) and _whole_name(texts[i + 1])
    )


def _number_column_by_cells(table: TaskTable, texts: list[str]) -> None:
    """The first column of a one-cell-per-line table, named by no rule (任务项), over the first row's number 1: the
    table's 序号 column under another name, so that its rows run from number to number."""
    after = table.header[1] + 1
    if table.roles and table.roles[0] is None and "seq" not in table.roles and after < len(texts) and texts[after].strip() == "1":
        table.roles[0] = "seq"


_NOTE_PIECE = re.compile(r"^[（(][^（()）]{1,8}[）)]$")  # （万元）: a unit note printed under its column name
_PIECES_JOINED = 8  # characters of a column name a narrow header cell printed in two pieces (资金 / 来源)


def _names_of_pieces(pieces: list[str], whole: list[bool]) -> list[str]:
    """Column names from a header's lines. A line closed by its border (分管 领导 |) is one name as printed.
    Otherwise a narrow cell may print its name in pieces: a unit note joins the name above it (总投资 /
    （万元）), two pieces join when together they make a name the rules know (责任 / 单位), and two short pieces
    neither of which is a known name, nor would make one with the piece after, join into one (建设起 / 止年限,
    资金 / 来源)."""
    out: list[str] = []
    k = 0
    while k < len(pieces):
        p = pieces[k].strip()
        nxt = pieces[k + 1].strip() if k + 1 < len(pieces) else ""
        if whole[k] or not nxt or (k + 1 < len(whole) and whole[k + 1]):
            out.append(p)
            k += 1
        elif _NOTE_PIECE.match(nxt) or _known_when_joined(p, nxt) or _halves(pieces, k):
            out.append(p + nxt)
            k += 2
        else:
            out.append(p)
            k += 1
    return out


def _known_when_joined(p: str, nxt: str) -> bool:
    return column_role(p) is None and column_role(p + nxt) is not None


def _halves(pieces: list[str], k: int) -> bool:
    p, nxt = pieces[k].strip(), pieces[k + 1].strip()
    after = pieces[k + 2].strip() if k + 2 < len(pieces) else ""
    return (
        len(p) + len(nxt) <= _PIECES_JOINED and column_role(p) is None and column_role(nxt) is None
        and not _NOTE_PIECE.match(p) and (not after or column_role(nxt + after) is None)
    )


def _between_names(texts: list[str], j: int) -> bool:
    """A short line the rules do not know as a name, after the task column's name in a one-cell-per-line header:
    the next line is a whole name the rules know (内容 / 牵头单位), so this one is no half of a wrapped name but a
    column of its own (the task's content beside its name)."""
    s = texts[j].strip()
    if "\t" in s or len(s) > _HEADER_CELL or _SENTENCE_MARK.search(s) or _SEQ.match(s) or j + 1 >= len(texts):
        return False
    return _whole_name(texts[j + 1])


_WHOLE_NAME = 4  # characters of a known name that stands whole on its line (牵头单位), not a wrapped half (时限)


def _whole_name(s: str) -> bool:
    s = s.strip()
    return len(s) >= _WHOLE_NAME and column_role(s) is not None


def _header_name(texts: list[str], j: int) -> tuple[str | None, int]:
    """The column name on line j (or on lines j and j + 1, a name wrapped in two) and the line after it. A line
    that is a whole name the rules know (牵头单位, four characters or more) is no second half of the name above it (内容)."""
    s = texts[j]
    if "\t" in s:
        return None, j
    if column_role(s) is not None:
        return s, j + 1
    if j + 1 < len(texts) and "\t" not in texts[j + 1] and not _whole_name(texts[j + 1]):
        joined = s.strip() + texts[j + 1].strip()
        if len(joined) <= _HEADER_CELL and column_role(joined) is not None:
            return joined, j + 2
    if j + 1 < len(texts) and "\t" not in texts[j + 1] and _qualified_task_name(s.strip(), texts[j + 1].strip()):
        return s.strip() + texts[j + 1].strip(), j + 2  # 重大行政决策 / 事项名称: the first line qualifies the name
    return None, j


def _qualified_task_name(piece: str, name: str) -> bool:
    """重大行政决策 / 事项名称: a piece no rule knows over a task column's name, the two a task column's name read by
    its words: a wide name the page wrapped, not a column of its own beside the task's."""
    return (
        len(piece) >= _WHOLE_NAME  # 项目 / 重点工作目标任务, 项目名称 / 内容: a short name is a column of its own
        and column_role(piece) is None and column_role(name) == "task" and column_role(piece + name) == "task"
    )


def _names_up_to_first_row(texts: list[str], j: int, stop: int) -> tuple[list[str], int] | None:
    """Short header cells from line j up to a line that is a row number (the first row's), and that line;
    None when no row number follows within the header's reach."""
    out: list[str] = []
    while j < min(stop, len(texts)):
        s = texts[j].strip()
        if _SEQ.match(s) or ((out or not _category_marked(s)) and _category_line(texts, j)):
            return out, j  # the first row's number (any: a table published in parts opens with 80, 24 …), or a
            # category row above it (… | 是否需履行…程序 | / 一、全市自然资源管理方面的重要规划… | / ||||| / 1 |)
        if "\t" in s or (len(s) > _HEADER_CELL and column_role(s) is None) or _SENTENCE_MARK.search(s):
            return None  # (a long name the rules know: 是否需履行公众参与、风险评估等决策程序)
        name, after = _header_name(texts, j)
        out.append(name or s)
        j = after if name else j + 1
    return None


class _CellLineCursor:
    """What reading a one-cell-a-line table has seen so far, carried from row to row."""

    __slots__ = ("expect", "category", "task_next", "restart")

    def __init__(self) -> None:
        self.expect: int | None = None  # the first row may carry any number (a table published in parts: 80, 81 …)
        self.category: str | None = None
        # the number of the next task numbered inside the task cell (1.… / 2.…), under a merged 序号
        self.task_next: int | None = None
        self.restart = False  # a category row just read: its rows may be numbered from 1 again


def _read_cell_lines(texts: list[str], i: int, names: list[str], last: int) -> TaskTable:
    """Rows cell by cell: with a 序号 column a row runs from its number to the next; without one, a row is
    as many lines as there are columns."""
    table = _table(i, last, _years_under_their_group(_two_header_rows(names)))
    _number_column_by_cells(table, texts)
    j = table.header[1] + 1
    head = [texts[x].strip() for x in range(table.header[0], j)]
    cursor = _CellLineCursor()
    if "seq" not in table.roles and _read_task_and_unit_runs(table, texts, j):
        return table
    next_row = _next_numbered_cell_row if "seq" in table.roles else _next_unnumbered_cell_row
    while j < len(texts):
        step = next_row(table, texts, j, head, cursor)
        if step is None:
            break
        j, k, lead_in = step
        if k is not None:  # (k None: the lines before j were no row of cells, or a row already added)
            j = _add_cell_line_row(table, texts, j, k, lead_in, cursor.category)
    return table


_RUN_ROWS = 2  # rows of task and unit runs it takes to read a table so


def _read_task_and_unit_runs(table: TaskTable, texts: list[str], j: int) -> bool:
    """领域 | 主要目标 | 主要责任单位 | 责任单位 over 1.提高出生人口质量。 / ——降低… / 省卫生厅 / 省人口计生委 / 省残联 / ——低出生体重儿… /
    ——新生儿… / 省卫生厅 / 2.…: a table with no 序号 whose columns after the task are unit columns only, printed one
    line a paragraph — a task cell of a goal and its —— sub-goals over several lines, then the row's units one a line.
    Rows are runs of task lines each closed by a run of unit names: the first unit the first unit column's, the rest
    the next one's (joined by 、). Each row prints every cell it has (a row of one unit supports nothing: no cell is
    merged from above). Read so only where lines as many as the columns cannot be the rows (a task over several lines,
    or more units than unit columns); the task lines left at the text's end with no unit are a row the page cut.
    Under a category column (类别 | 项目 | 主要任务 | 牵头单位 | 配合单位, wm_07) a run opens with the category row spanning
    the table (一、做好政策保障) where one stands, and with the item the column between holds (1.做好规划配套), printed once
    over the rows under it (_RunCells). True when the rows were read."""
    runs = _task_and_unit_runs(table, texts, j)
    if runs is None:
        return False
    t = table.role_index("task")
    units_at = [k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES]
    opening = _RunCells(table, t)
    merged = sum(last < mid for _, mid, last in runs) > 1  # rows closing the text under the units above (_runs_from)
    for first, mid, last in runs:
        cells = [""] * len(table.columns)
        first, task_from = opening.read(texts, first, mid, cells)
        cells[t] = "".join(texts[x].strip() for x in range(task_from, mid))
        names = [texts[x].strip() for x in range(mid, last + 1)]
        if names:
            cells[units_at[0]] = names[0]
            rest = "、".join(names[1:])
            if len(units_at) > 1:
                cells[units_at[1]] = rest
            elif rest:
                cells[units_at[0]] += "、" + rest
        elif merged and table.rows:
            above = table.rows[-1].cells
            for u in units_at:
                cells[u] = above[table.columns[u]]
        table.rows.append(TaskRow(first, last, dict(zip(table.columns, cells))))
    return True


class _RunCells:
    """The cells left of the task a run of task lines may open with (_read_task_and_unit_runs): a category row spanning
    the table (一、做好政策保障, kept for the rows below it) and, where a column no rule knows stands between the
    category's and the task's (项目), the item it holds (1.做好规划配套: a short line, no sentence), printed once over
    the rows under it."""

    __slots__ = ("category_at", "item_at", "category")

    def __init__(self, table: TaskTable, t: int) -> None:
        self.category_at = table.role_index("category")
        self.item_at = t - 1 if self.category_at is not None and t - 1 > self.category_at and table.roles[t - 1] is None else None
        self.category = ""

    def read(self, texts: list[str], first: int, mid: int, cells: list[str]) -> tuple[int, int]:
        """Fill the category and item cells of the run on texts[first:mid]: the row's first line (past a category row)
        and its task's."""
        if self.category_at is None:
            return first, first
        if mid - first > 1 and _category_marked(texts[first]) and _short_phrase(texts[first]):
            self.category = texts[first].strip()
            first += 1
        cells[self.category_at] = self.category
        if self.item_at is not None and mid - first > 1 and _short_phrase(texts[first]):
            cells[self.item_at] = texts[first].strip()
            return first, first + 1
        return first, first


def _short_phrase(s: str) -> bool:
    """一、做好政策保障, 1.做好规划配套: a category's or an item's cell, short and no sentence."""
    s = s.strip()
    return len(s) <= _CATEGORY_ROW and _SENTENCE_MARK.search(s) is None


def _rows_under_merged_units(texts: list[str], first: int, mid: int) -> bool:
    """健全完善…评估。 / 指导街道…等工作。 closing the text after a row's units: two task lines or more with no unit, each a
    whole sentence and no —— sub-goal, are rows under the unit cells merged over them from the row above (a
    one-cell-a-line page prints a merged cell once, in its first row), not one row the page cut inside its task."""
    return mid - first >= 2 and all(
        texts[x].strip().endswith("。") and DASH_BULLET.match(texts[x].strip()) is None for x in range(first, mid)
    )


def _task_and_unit_runs(table: TaskTable, texts: list[str], j: int) -> list[tuple[int, int, int]] | None:
    """The rows of _read_task_and_unit_runs from line j, each (its first line, its first unit line, its last line),
    or None where the table is not printed so."""
    t = table.role_index("task")
    roles = table.roles
    if t is None or not _unit_columns_after_task(roles, t):
        return None
    runs = _runs_from(texts, j)
    whole = [r for r in runs if r[2] >= r[1]]
    width = len(roles) - t
    if len(whole) < _RUN_ROWS or all(mid - first == 1 and last - mid + 2 == width for first, mid, last in whole):
        return None  # (one task line and a unit a column: lines as many as the cells read it as it is)
    return runs


def _unit_columns_after_task(roles: list[str | None], t: int) -> bool:
    """Only category columns before the task column at t (and an item column no rule knows between: 类别 | 项目 |
    主要任务), and one unit column or more after it, nothing else."""
    before = roles[:t]
    item = len(before) >= 2 and before[-1] is None  # 类别 | 项目 | 主要任务: the item column between
    if any(r != "category" for r in (before[:-1] if item else before)) or not roles[t + 1:]:
        return False
    # (a time or other column after the units: a run of names does not end the row)
    return all(r in RESPONSIBILITY_ROLES for r in roles[t + 1:])


def _runs_from(texts: list[str], j: int) -> list[tuple[int, int, int]]:
    """The runs of task lines, each closed by a run of unit lines, from line j: (first, first unit line, last)."""
    runs: list[tuple[int, int, int]] = []
    k = j
    while k < len(texts):
        first = k
        while k < len(texts) and _task_run_line(texts[k]):
            k += 1
        mid = k
        while k < len(texts) and _unit_cell_line(texts[k].strip()):
            k += 1
        if first == mid:
            break  # a unit with no task above it, or no line of the table
        if mid == k:
            if k == len(texts) and runs and _rows_under_merged_units(texts, first, mid):
                runs.extend((x, x + 1, x) for x in range(first, mid))  # rows under the merged units of the row above
            elif k == len(texts):
                runs.append((first, mid, mid - 1))  # the page cut the row inside its task cell
            break
        runs.append((first, mid, k - 1))
    return runs


def _unit_cell_line(s: str) -> bool:
    """区国投集团, 区应急局、区公安分局、各街道, 区委编办、⏎各街道: a unit's name alone, or a cell listing units (wrapped
    after a 、), not an item numbered like a task (5.实化运行消防⏎安全委员会 ends as a body's name does)."""
    return (_one_unit(s) or "、" in s and _unit_like(s.replace("\n", ""))) and _NUMBERED_TASK.match(s) is None


def _task_run_line(s: str) -> bool:
    """A line of a task cell in a run: no unit's name alone or list of units, no tab-parted row, no page field (分享：)."""
    s = s.strip()
    return bool(s) and "\t" not in s and not _unit_cell_line(s) and _FIELD_LABEL.match(s) is None and len(s) <= 4 * _CELL_LINE


def _next_numbered_cell_row(
    table: TaskTable, texts: list[str], j: int, head: list[str], cursor: _CellLineCursor
) -> tuple[int, int | None, int] | None:
    """The next row of a table with a 序号 column, from texts[j]: (its first line, the line after its last, the
    lines of its category cell before its number), or (where to go on, None, 0) past lines that are no row or a
    row added here; None where the table ends."""
    if table.rows and _header_again_after_text(texts, j, head):
        return None  # a heading or a title over the header printed again: a table of its own under the same header
    past = _past_numbered_row_furniture(table, texts, j, head, cursor)
    if past is not None:
        return past, None, 0
    sub = _numbered_sub_row(table, texts, j, cursor.task_next)
    if sub is not None:
        _add_row(table, j, sub[0] - 1, sub[1], cursor.category)
        cursor.task_next = cursor.task_next + 1
        return sub[0], None, 0
    lead_in = _category_cell(table, texts, j)  # 发展目标 / 1: the row opens with its category cell
    at = j + lead_in
    m = _SEQ.match(texts[at].strip()) if at < len(texts) else None
    # the rows a department answers for, taken out of a larger table, skip numbers (3, 68, 69, 73); under a
    # category row the numbering may start again (一、… / 1 / … / 二、… / 1)
    expect = cursor.expect
    if m is None or (expect is not None and int(m.group(1)) < expect and not (cursor.restart and m.group(1) == "1")):
        return None
    expect = int(m.group(1)) + 1
    cursor.expect, cursor.restart = expect, False
    n = len(table.columns)
    k = _row_end(texts, at, n, expect, head)
    if k - 1 - at >= n - 1 and k < len(texts) and texts[k].strip() == str(expect) and _category_cell(table, texts, k - 1):
        k -= 1  # … / 区生态环境分局 / 激发市场活力 / 14: past the row's own cells, the next row's category cell
    k, cursor.task_next = _before_next_task(texts, at, k)
    return j, k, lead_in


def _past_numbered_row_furniture(
    table: TaskTable, texts: list[str], j: int, head: list[str], cursor: _CellLineCursor
) -> int | None:
    """Where to go on past texts[j] when it opens no row of a table with a 序号 column (None: it may)."""
    if _repeats(texts, j, head):
        return j + len(head)  # the header printed again on a new page
    if _category_line(texts, j):
        cursor.category = texts[j].strip()  # 一、… over the rows under it (or over none: 二、三、 in a row)
        cursor.restart = True
        return j + 1
    if _empty_cells(texts[j]):
        return j + 1  # the cells a category row spans, printed as a run of bars
    if not texts[j].strip() and j + 1 < len(texts) and texts[j + 1].strip() == "1" and table.rows:
        cursor.expect = None  # a category row printed with no text (an empty cell): numbering starts again
        return j + 1
    if _page_number_above_cell_row(table, texts, j, head, cursor):
        return j + 1
    return None


def _page_number_above_cell_row(table: TaskTable, texts: list[str], j: int, head: list[str], cursor: _CellLineCursor) -> bool:
    """… / 2024年12月底前 / 5 / 3 / 新增城镇就业… : a figure alone on its line that is not the number expected next, right
    above that number (or above the header printed again), is the page's number where the table went on: no row's
    number (before: 5 became row 3's number and 3 a piece of its task)."""
    if not table.rows or cursor.expect is None or j + 1 >= len(texts) or not BARE_PAGE_NUMBER.match(texts[j]):
        return False
    if int(texts[j]) == cursor.expect:
        return False
    return texts[j + 1].strip() == str(cursor.expect) or _repeats(texts, j + 1, head)


def _next_unnumbered_cell_row(
    table: TaskTable, texts: list[str], j: int, head: list[str], cursor: _CellLineCursor
) -> tuple[int, int | None, int] | None:
    """The next row of a table with no 序号 column, from texts[j], as _next_numbered_cell_row gives it."""
    if table.rows and _header_again_after_text(texts, j, head):
        return None  # a heading or a title over the header printed again: a table of its own under the same header
    if _category_line(texts, j) or _empty_cells(texts[j]):
        # 一、加强… | / |||| / （一）… : a row spanning the table, its covered cells a run of bars
        if "\t" not in texts[j]:
            cursor.category = texts[j].strip()
        return j + 1, None, 0
    k = min(len(texts), j + len(table.columns))
    # a page's field (分享：, 索引号：) among the lines: the table has ended before them; so has it before a 序号 (a
    # table of no 序号 column prints none in a row: the header of the next table, its title above it, tt_141)
    if any(len(texts[x]) > 4 * _CELL_LINE or "\t" in texts[x] or _FIELD_LABEL.match(texts[x].strip()) for x in range(j, k)):
        return None
    if table.rows and any(column_role(texts[x].strip()) == "seq" for x in range(j + 1, k)):
        return None
    return j, k, 0


def _add_cell_line_row(table: TaskTable, texts: list[str], j: int, k: int, lead_in: int, category: str | None) -> int:
    """Add the row (or rows) printed one cell a line on texts[j:k]; return where the next row starts. A numbered row
    runs to the next number; an unnumbered one is as many lines as there are columns."""
    has_seq = "seq" in table.roles
    stop = k if has_seq else min(k, j + len(table.columns))
    printed = [texts[x].strip() for x in range(j, stop)]
    if not has_seq:
        printed = _under_group_cell(table, printed)
    else:
        printed = _numbered_items_joined(_joined_cells_parted(printed, len(table.columns)))
    lines = _units_in_pieces(printed)
    whole_lines = len(lines) == len(printed)  # no unit printed in pieces: each line one cell
    if has_seq and not lead_in and _category_before_seq(table.columns):
        lines = [""] * table.role_index("seq") + lines  # a row under its category's merged cell: none printed
    elif has_seq and not lead_in and whole_lines and (group := _sub_item_rows(table, lines)) is not None:
        for offset, size, cells in group:
            _add_row(table, j + offset, j + offset + size - 1, cells, category)
        return k
    _add_aligned_row(table, texts, j, stop, _aligned(table, lines), category)
    return stop


def _joined_cells_parted(printed: list[str], n: int) -> list[str]:
    """1 / 编制…建设方案，适时启动建设⏎通过…应用等。 / 上海市交通委员会、… (tt_138): a numbered row printed one cell a
    line with no blank line between its cells, fewer lines than the table has columns, where reading lines as
    sentences (segment.layout.split_lines) joined a cell stopping on a clause (…方案，适时启动建设) with the cell
    below it. Parted again at the page's line ends when that gives the row exactly its n cells; otherwise (a cell
    wrapped over two lines, a row whose merged cells were printed once) the lines stay as read."""
    if len(printed) >= n or not any("\n" in x for x in printed):
        return printed
    pieces = [p.strip() for x in printed for p in x.split("\n") if p.strip()]
    return pieces if len(pieces) == n else printed


def _add_aligned_row(table: TaskTable, texts: list[str], j: int, stop: int, lines: list[str], category: str | None) -> None:
    """Add the row on texts[j:stop] whose lines are set on its columns, with the rows under its merged cells
    printed after its last column, if any."""
    n = len(table.columns)
    cells = _cells_of_lines(table, lines)
    one_a_line = cells == lines[:n]
    measures = _measure_rows_under_task_group(table, lines[n:]) if one_a_line else None
    under = _row_under_merged_cells(table, lines) if one_a_line and not measures else None
    numbered = "seq" in table.roles
    subs = _rows_under_merged_cells_by_kind(table, cells, lines[n:]) if numbered and not under and not measures and one_a_line else None
    if subs:
        _add_rows_under_merged_cells(table, texts, j, stop, cells, subs, category)
        return
    if measures and len(lines) == stop - j:  # each line one of the table's (none joined): rows by their lines
        _add_row(table, j, j + n - 1, cells, category)
        width = len(lines[n:]) // len(measures)
        for x, row in enumerate(measures):
            _add_row(table, j + n + x * width, j + n + (x + 1) * width - 1, row, category)
        return
    last = j + (n if under else stop - j) - 1
    cut = not under and _cut_by_the_page(table, texts, last, cells)
    _add_row(table, j, last, cells + [""] * (n - len(cells)), category, cut=cut)
    if under:
        _add_row(table, last + 1, j + len(lines) - 1, under, category)


def _under_group_cell(table: TaskTable, printed: list[str]) -> list[str]:
    """（一）制定工作任务清单。 / 1.制定… / 市安委办 / 1月20日前 / (empty) on the first row, 2.制定… / … / (empty) / (empty)
    next: in a one-cell-a-line table with no 序号 column whose first row printed a group and a numbered task after it,
    a row opening with the next numbered task lacks the group cell merged over it, and its page printed that cell as
    an empty one after its last: the cell goes back in front (empty, for the cell above to fill)."""
    if not table.rows or not printed or printed[-1] or _NUMBERED_TASK.match(printed[0]) is None:
        return printed
    if not _group_before_number([table.rows[0].cells.get(c, "") for c in table.columns]):
        return printed
    return ["", *printed[:-1]]


def _add_rows_under_merged_cells(
    table: TaskTable, texts: list[str], j: int, stop: int, cells: list[str], subs: list[tuple[int, list[str]]], category: str | None
) -> None:
    """Add a numbered row (lines j to stop) and the rows under its merged cells, each (its lines, its cells). The
    rows under it stand on the row's last lines (the numbered row's own lines may have been joined), the empty
    cells that close the last one printed as lines too."""
    body = stop
    while body > j and not texts[body - 1].strip():
        body -= 1
    at = body - sum(size for size, _ in subs)
    _add_row(table, j, at - 1, cells, category)
    for size, sub in subs:
        _add_row(table, at, at + size - 1 if at + size < body else stop - 1, sub, category)
        at += size


def _sub_item_rows(table: TaskTable, lines: list[str]) -> list[tuple[int, int, list[str]]] | None:
    """9 / 深化…改革和提高…标准 / 完成在职参保人数6300人 / 区人社局 / … / 完成征缴基金10000万元 / 区人社局 / …: a numbered
    row whose 序号 and task cells are merged over sub-items (a page's rowspan). Its first row prints one cell more
    than the header, a sub-item between the task and the unit cell that follows the task's column; the next ones
    print their sub-item and the cells after it only. Each sub-item is a row of its own under the merged cells (the
    first keeps the task's text before its sub-item). The rows as (first line, lines, cells); None for other rows."""
    n = len(table.columns)
    task_at = table.role_index("task")
    u = next((k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES), None)
    if task_at is None or u != task_at + 1 or len(lines) < n + 1:
        return None
    sub = lines[task_at + 1]
    if not sub or _unit_like(sub) or _unit_list(sub) or not _unit_like(lines[task_at + 2]):
        return None
    own = n - task_at  # a sub-row's cells: its sub-item, then the cells right of the task's column
    rest = lines[n + 1 :]
    if len(rest) % own or any(not _unit_like(rest[x + 1]) for x in range(0, len(rest), own)):
        return None
    first = [*lines[:task_at], lines[task_at] + " " + sub, *lines[task_at + 2 : n + 1]]
    return [(0, n + 1, first), *((n + 1 + x, own, rest[x : x + own]) for x in range(0, len(rest), own))]


def _unit_list(s: str) -> bool:
    """市住建局，各县（区）政府、市直园区管委会: unit names parted by commas as well as 、."""
    parts = [x for x in re.split(r"[、，,]", s) if x]
    return bool(parts) and _short_names(parts, ended=parts)


def _task_number(s: str) -> int | None:
    m = _NUMBERED_TASK.match(s)
    return int(s[: m.end() - 1]) if m else None


def _before_next_task(texts: list[str], j: int, k: int) -> tuple[int, int | None]:
    """A numbered row whose task cell is numbered too (1 / 主要预期目标 / 1.地区生产总值… ): the tasks after it,
    numbered on (2.一般公共预算收入…), are rows of their own under the same merged 序号 cell. The row ends before
    the next task, whose number comes back. Items numbered on one right after another, no cell printed between them
    (1、测绘资质条件的真实性 / 2、测绘管理制度执行情况 / … then the row's other cells: tt_126), are one cell's list."""
    first = next((x for x in range(j + 1, k) if _task_number(texts[x].strip()) is not None), None)
    if first is None:
        return k, None
    t = _task_number(texts[first].strip())
    nxt = next((x for x in range(first + 1, k) if _task_number(texts[x].strip()) == t + 1), k)
    if nxt < k and not any(texts[x].strip() for x in range(first + 1, nxt)):
        return k, None  # 1、… / 2、… / 3、… one right after another: the items of one cell, its other cells after them
    return nxt, t + 1


def _numbered_sub_row(table: TaskTable, texts: list[str], j: int, number: int | None) -> tuple[int, list[str]] | None:
    """2.一般公共预算收入… / ★区财政局、税务局: a task numbered on under the merged 序号 (and other merged) cells of
    the row above, printing its own cells only: the task, then the cells of the columns after the task's (a cell
    each line, an empty cell an empty line), the last in the last column. The line after it and its cells."""
    task_at = table.role_index("task")
    if number is None or task_at is None or _task_number(texts[j].strip()) != number:
        return None
    n = len(table.columns)
    end = j + 1
    while end < min(len(texts), j + n) and not (
        _task_number(texts[end].strip()) == number + 1 or _SEQ.match(texts[end].strip()) or _category_line(texts, end)
        or (not texts[end].strip() and end + 1 < len(texts) and _SEQ.match(texts[end + 1].strip()))
    ):
        end += 1
    own = [texts[x].strip() for x in range(j + 1, end)][-(n - 1 - task_at) or len(texts):]
    cells = [""] * n
    cells[task_at] = texts[j].strip()
    for k, value in enumerate(own):
        cells[n - len(own) + k] = value
    return end, cells


def _two_header_rows(names: list[str]) -> list[str]:
    """序号 / 重点任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位: a two-row header printed one cell a line, its first
    row (责任单位 over two columns) then its second (牵头单位 | 配合单位). The group name gives way to the names
    under it, which follow it — at once, or closing the header; every other name spans both rows."""
    roles = [column_role(n) for n in names]
    group = next((k for k, r in enumerate(roles) if r == "responsible"), None)
    if group is None:
        return names
    named = names[: group + 1] + _role_words_named([names[group]], names[group + 1 :])
    if named != names:  # 责任单位 / … / 牵头 / 配合: the role words under it named in full
        names, roles = named, [column_role(n) for n in named]
    tail = len(names)
    while tail > group + 1 and roles[tail - 1] in ("lead", "support"):
        tail -= 1
    after = group + 1
    while after < len(names) and roles[after] in ("lead", "support"):
        after += 1
    for start, end in ((group + 1, after), (tail, len(names))):
        if end - start >= 2:
            return names[:group] + names[start:end] + [n for k, n in enumerate(names) if group < k and not start <= k < end]
    return names


_YEAR_GROUP_ENDS = ("目标", "计划", "进度", "安排", "节点")  # 任务目标, 项目目标, 进度安排: a group cell over years


def _years_under_their_group(names: list[str]) -> list[str]:
    """序号 / 任务名称 / 任务内容 / 任务目标 / 实施单位 / 2023年 / 2024年 / 2025年 (tt_142): a two-row header printed one cell a
    line, its second row the years (in sequence) that one cell of the first spans — a target or plan cell (任务目标,
    项目目标, 进度安排). The years stand in that cell's place, as its rows print their cells, named 2023年（任务目标）: a year's
    share of the target (before: read as columns after 实施单位, a row's units read in the 2024年 column). Other headers are
    left as they are."""
    k = len(names)
    while k > 0 and YEAR_COLUMN_NAME.match(names[k - 1]):
        k -= 1
    years = [int(YEAR_COLUMN_NAME.match(n).group(1)) for n in names[k:]]
    if len(years) < 2 or years != list(range(years[0], years[0] + len(years))):
        return names
    groups = [g for g in range(k) if names[g].endswith(_YEAR_GROUP_ENDS) and column_role(names[g]) not in _NO_YEAR_GROUP]
    if len(groups) != 1:
        return names
    g = groups[0]
    return names[:g] + [f"{y}（{names[g]}）" for y in names[k:]] + names[g + 1 : k]


_NO_YEAR_GROUP = RESPONSIBILITY_ROLES | {"seq", "time"}  # (a 完成时间节点 column holds times, not the years' shares)


def _aligned(table: TaskTable, lines: list[str]) -> list[str]:
    """A numbered row's lines set on its columns by its first unit cell (the first responsibility column).
    Found before that column: the task cell spans the nameless or task columns after it (主要任务 | 全年目标任务,
    merged on the page), which get empty cells. Found after it: a short cell after the task's was printed in
    pieces (城市用气 / 提升工程), joined. Empty lines past the last column are no cells."""
    task_at = table.role_index("task")
    u = next((k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES), None)
    lines = _with_unprinted_category(table, lines)
    lines = _with_merged_task(table, lines, task_at, u)
    lines = _with_merged_unit(table, lines, task_at, u)
    lines = _units_one_a_line_after_unit_columns(table, lines, u)
    lines = _task_cell_of_sentences(lines, task_at, u)
    at = _first_unit_line(table, lines, task_at, u)
    if at is not None and at < u and all(r in (None, "task") for r in table.roles[task_at + 1 : task_at + 1 + u - at]):
        lines = lines[: task_at + 1] + [""] * (u - at) + lines[task_at + 1 :]
    elif at is not None and at > u:
        lines = _pieces_before_unit_joined(lines, task_at, u, at)
    return _ended_at_last_column(table, _units_one_a_line_before_time(table, _units_before_empty_last_cell(table, lines)))


def _units_one_a_line_before_time(table: TaskTable, lines: list[str]) -> list[str]:
    """… / 市交通委 / 上港集团 / 市道路运输局 / 上海海关 / … / 三季度：实现… / 四季度：完成… under … | 牵头部门 | 配合部门 |
    进度计划 (tt_137): a row longer than the table whose unit columns stand right before its last, a time column, and
    whose lines from the first unit column on are short names one a line, then the time cell's lines (each a time:
    三季度：…, 四季度完成…, 2024年6月底前). The unit cells were printed one unit a line: each unit column before the last
    takes one name, the last the names left, joined (、; a line in brackets, （市口岸办）, the other name of the one
    before it), and the time lines are the time cell (so that no unit falls into the time column, nor a row ends early)."""
    n = len(table.columns)
    r = next((k for k, role in enumerate(table.roles) if role in RESPONSIBILITY_ROLES), None)
    if len(lines) <= n or r is None or table.roles[-1] != "time" or r >= n - 1 or not _unit_like(lines[r]):
        return lines
    if any(role not in RESPONSIBILITY_ROLES for role in table.roles[r : n - 1]):
        return lines
    t = len(lines)
    while t > r + 1 and _time_line(lines[t - 1]):
        t -= 1
    names = _bracketed_names_joined(lines[r:t])
    # the lines past the table's are unit names (more names than unit columns), half of them at least ending as a
    # unit's does
    if t == len(lines) or len(names) <= n - 1 - r or not all(_short_name_line(x) for x in names):
        return lines
    if 2 * sum(map(_unit_like, names)) < len(names):
        return lines  # (half of them at least: 上海海关, 亿通国际 end as no body's name, 市交通委, 上港集团 do)
    last_unit = n - 2
    rest = "、".join(x.rstrip("、") for x in names[last_unit - r :])  # 区绿化市容局、 / 区农业农村委: its own 、 once
    return [*lines[:r], *names[: last_unit - r], rest, "".join(lines[t:])]


def _time_line(s: str) -> bool:
    """三季度：实现…, 四季度完成数据对接, 2024年6月底前, 持续推进: a line of a time cell."""
    return bool(YEAR_PART_LINE.match(s) or YEAR_PART_CELL.match(s) or _TIME_CELL.search(s))


def _bracketed_names_joined(lines: list[str]) -> list[str]:
    """市商务委 / （市口岸办）: a line wholly in brackets is the other name of the unit on the line before it, joined."""
    out: list[str] = []
    for x in lines:
        if out and x[:1] in "（(" and x[-1:] in "）)":
            out[-1] += x
        else:
            out.append(x)
    return out


def _short_name_line(s: str) -> bool:
    """上港集团, 中远海运, 上海海关: a line short enough to be one unit's name, with no sentence in it."""
    return 0 < len(s) <= _UNIT_LINE and not _SENTENCE_MARK.search(s)


def _first_unit_line(table: TaskTable, lines: list[str], task_at: int | None, u: int | None) -> int | None:
    """Which of a row's lines after its task's holds its first unit name, looked for up to two past the unit
    column (None: none, or every cell already in place)."""
    if task_at is None or u is None or task_at >= u:
        return None
    # every cell printed with text, the unit in its column: nothing to set right (建设番禺区 儿童专科医院 before it is a
    # cell of content whose last word ends like a unit's name)
    if len(lines) == len(table.columns) and all(lines) and _unit_like(lines[u]):
        return None
    return next((k for k in range(task_at + 1, min(len(lines), u + 3)) if _unit_like(lines[k])), None)


def _pieces_before_unit_joined(lines: list[str], task_at: int, u: int, at: int) -> list[str]:
    """A row whose first unit name stands on line `at`, past the unit column u: the short cell printed in pieces
    before it joined, the task's or the one right before the unit's."""
    pieces = lines[task_at : task_at + at - u + 1]
    if all(_short_piece(x) for x in pieces):
        return lines[:task_at] + ["".join(pieces)] + lines[task_at + at - u + 1 :]
    if u - 1 > task_at and all(x and _short_piece(x) for x in lines[u - 1 : at]):
        # 加强…标准 / 最低生活保障 / 农村标准（元/月） / 县民政局: the cell right before the unit's is split in two
        # (a heading and its measure, side by side on the page), not the task's
        return lines[: u - 1] + ["".join(lines[u - 1 : at])] + lines[at:]
    return _wrapped_task_and_sentence_cell_joined(lines, task_at, u, at)


def _wrapped_task_and_sentence_cell_joined(lines: list[str], task_at: int, u: int, at: int) -> list[str]:
    """6 / 报关通关 / 数据协同 / “出口预配舱单…的对接。 / 研究…监管方案。 / 市交通委 (tt_137): both cells before the unit's
    printed over lines — the task's in short pieces (a narrow column wrapping it), the next one sentence a line.
    The task's leading short pieces are joined, then the lines left before the unit's column, when each closes a
    sentence; the row as it was unless the first unit then stands in its column."""
    short = 0
    while short < at - u + 1 and task_at + short < at and _short_piece(lines[task_at + short]):
        short += 1
    if short < 2:
        return lines
    joined = lines[:task_at] + ["".join(lines[task_at : task_at + short])] + lines[task_at + short :]
    at -= short - 1
    sentences = joined[u - 1 : at]
    if at <= u or not all(_ROW_END.search(x[-1:]) for x in sentences):
        return lines
    return joined[: u - 1] + ["".join(sentences)] + joined[at:]


def _units_before_empty_last_cell(table: TaskTable, lines: list[str]) -> list[str]:
    """… / 商务局 / 市场监管局 / 市税务局 / (empty) under … | 牵头部门 | 参与部门 | 备注 (tt_124): a row e lines longer than
    the table, closed by an empty cell (the page's second blank line), whose last unit column holds a unit name
    followed by e more: that unit cell was printed one unit a line before the empty cells after it. Its names are
    joined (、), so that the empty cell stays the last column's and no unit falls into the 备注."""
    n = len(table.columns)
    extra = len(lines) - n
    if extra < 1 or lines[-1]:
        return lines
    r = max((k for k, role in enumerate(table.roles) if role in RESPONSIBILITY_ROLES), default=None)
    if r is None or r == n - 1:
        return lines
    names = lines[r : r + extra + 1]
    if not all(_unit_like(x) for x in names):
        return lines
    return [*lines[:r], "、".join(names), *lines[r + extra + 1 :]]


def _ended_at_last_column(table: TaskTable, lines: list[str]) -> list[str]:
    """A row's lines without the empty ones past its last column; a time cell printed with the cells before it
    missing (empty cells printed as no line at all) set in the last column."""
    n = len(table.columns)
    while len(lines) > n and not lines[-1]:
        lines = lines[:-1]
    if 2 <= len(lines) < n and table.roles[-1] == "time" and _TIME_CELL.search(lines[-1]):
        lines = lines[:-1] + [""] * (n - len(lines)) + lines[-1:]  # an empty cell printed as no line at all
    return lines


def _short_piece(s: str) -> bool:
    """城市用气, 最低生活保障: a piece of a short cell printed over two lines (no sentence in it)."""
    return len(s) <= _HEADER_CELL and not _SENTENCE_MARK.search(s)


def _with_unprinted_category(table: TaskTable, lines: list[str]) -> list[str]:
    """108 / 继续全面推进素质教育 / 教育局 / …: a row one cell short under 序号 | 项目类别 | 具体内容 | 牵头部门 | …, whose
    task stands where the category's cell would and a unit where the task's would. The category cell, empty (or
    merged with the row above), was printed as no line at all: an empty cell is put back in its place."""
    cat_at, task_at = table.role_index("category"), table.role_index("task")
    if cat_at is None or task_at is None or not cat_at < task_at < len(lines) or len(lines) >= len(table.columns):
        return lines
    if _unit_like(lines[cat_at]) or not _unit_like(lines[task_at]):
        return lines
    return lines[:cat_at] + [""] + lines[cat_at:]


def _with_merged_unit(table: TaskTable, lines: list[str], task_at: int | None, u: int | None) -> list[str]:
    """2 / 《…管理办法》 / 已于2023年1月6日制定下发… under 1 / 《…》 / 城市建设处 / 已于…: a numbered row one cell short
    whose line in the unit column is no unit name (the next column's text) while the row above has a unit there.
    The unit cell, merged over the rows below it, was printed once: an empty cell is put back in its place, to
    be filled from the row above."""
    if task_at is None or u is None or not task_at < u < len(lines) or len(lines) != len(table.columns) - 1:
        return lines
    if not table.rows or not table.rows[-1].cells.get(table.columns[u]):
        return lines
    if _unit_like(lines[u]) or _unit_list(lines[u]) or _units_line(lines[u]):
        return lines  # 市发改委、市财政局，各县（区）政府: the row's own units, its missing cell is another
    cat_at = table.role_index("category")
    if cat_at is not None and cat_at < task_at and _unit_like(lines[u - 1]):
        # 5 / 农村敬老院… / 督促… / 县民政局 / 4 under 序号 | 类别 | 项目名称 | 目标任务 | 牵头单位: its unit printed a column
        # left, it lacks the category's cell (merged, printed with the first row of the category), not the unit's
        return lines
    return lines[:u] + [""] + lines[u:]


def _with_merged_task(table: TaskTable, lines: list[str], task_at: int | None, u: int | None) -> list[str]:
    """3 / 交通建设处 / 设施养护处 / 有序推进… under 2 / 有序推进城市快速干线交通系统建设 / 综合规划处 / — / … (tt_187): a
    numbered row short of cells whose line in the task column is a unit's name, the unit column right after the task's,
    in a table whose rows above have a task, and the next line another unit cell (a name, or — for none). The task cell,
    merged over the rows of the several bodies that carry it out, was printed once: an empty cell is put back in its
    place (the row's own units then stand in their columns)."""
    if task_at is None or u != task_at + 1 or not task_at < len(lines) < len(table.columns):
        return lines
    if not any(r.cells.get(table.columns[task_at]) for r in table.rows) or not _one_unit(lines[task_at]):
        return lines
    after = lines[task_at + 1] if task_at + 1 < len(lines) else ""
    if not (_one_unit(after) or after in _NO_UNIT_CELL):
        return lines  # (2 / 兴隆公园 / 建设项目 / …: a task named by a place, then its work; the unit cell comes later)
    return lines[:task_at] + [""] + lines[task_at:]


_NO_UNIT_CELL = frozenset({"—", "——", "-", "－", "/", "／", "无"})  # a unit cell naming none


_DIGIT = re.compile(r"\d")


def _units_one_a_line_after_unit_columns(table: TaskTable, lines: list[str], u: int | None) -> list[str]:
    """7 / 加快… / 设施运行处 / 综合规划处 / 设施养护处 / 全力推进… under 序号 | 内容 | 牵头部门 | 配合部门 | 2024年工作任务 | …
    (tt_187): the unit cells were printed one unit a line, so that unit names run on past the last unit column into
    a column of work (the row's empty 备注 printed as no line, so the row is not longer than the table). The names
    after the last unit column, up to the row's next line that is no unit, belong to that column's cell (joined, 、)."""
    if u is None:
        return lines
    last = u
    while last + 1 < len(table.roles) and table.roles[last + 1] in RESPONSIBILITY_ROLES:
        last += 1
    nxt = last + 1
    if nxt >= len(table.roles) or table.roles[nxt] not in (None, "task", "other") or nxt >= len(lines):
        return lines
    run = nxt
    while run < len(lines) and _one_unit(lines[run]) and not _DIGIT.search(lines[run]):
        run += 1  # (2所, 15家: a target's figure and measure word, no body's name)
    if run == nxt or run == len(lines) or not _one_unit(lines[last]):
        return lines  # (the row must go on after the names with a line of another kind: its work)
    return lines[:last] + ["、".join(lines[last:run])] + lines[run:]


_UNIT_OPENING = re.compile(r"^[区县市镇乡]")  # how a body's name of a district, county or city opens (区园林绿化…)


@cache
def _lexicon_units() -> frozenset[str]:
    """The names and aliases of lexicons/units.tsv (区住房城乡建设局, 区住建局 …)."""
    return frozenset(n for row in lexicons.rows("units.tsv") for n in (row[0], *row[1].split("|")) if n)


def _numbered_items_joined(lines: list[str]) -> list[str]:
    """2 / 测绘资质巡查 / 1、测绘资质条件的真实性 / 2、测绘管理制度执行情况 / 3、… / 4、… / 全市乙级测绘资质单位 / …: a cell
    listing items numbered from 1, printed one a line right after one another (tt_126), is one cell: joined, so that
    the row's later cells stand in their columns. Items with cells printed between them are rows of their own
    (_before_next_task)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k + 1
        if lines[k][:1] == "1" and _task_number(lines[k]) == 1:
            while end < len(lines) and _task_number(lines[end]) == end - k + 1:
                end += 1
        out.append("".join(lines[k:end]) if end - k >= 2 else lines[k])
        k = end
    return out


def _units_in_pieces(lines: list[str]) -> list[str]:
    """区园林绿化 / 服务中心, 区住房城乡 / 建设局: a narrow unit cell printed in two pieces, the first opening like a body's
    name (区, 县, 市 …) but not ending like one, the second no name's opening; together one unit's name: joined."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        p = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if nxt and _UNIT_OPENING.match(p) and not _UNIT_OPENING.match(nxt) and _one_unit(p + nxt) and (
            not _unit_like(p) or p + nxt in _lexicon_units()  # 区住房城乡 ends like a township's name, yet is half
        ):
            out.append(p + nxt)
            k += 2
            continue
        out.append(p)
        k += 1
    return out


def _task_cell_of_sentences(lines: list[str], task_at: int | None, u: int | None) -> list[str]:
    """①完成… / ②完成… / ③… / 区教体局: the cell before the first unit cell printed one sentence a line (a task of
    several items). Every line from that cell's place up to the first unit name ends a sentence: they are one
    cell, joined, and the row's later cells stand in their places again."""
    if task_at is None or u is None or task_at >= u:
        return lines
    at = next((k for k in range(u, len(lines)) if _unit_like(lines[k])), None)
    if at is None or at - (u - 1) < 2:
        return lines
    pieces = lines[u - 1 : at]
    if not all(_ROW_END.search(x[-1:]) for x in pieces):
        return lines
    return lines[: u - 1] + ["".join(pieces)] + lines[at:]


# a time cell (2024年6月底前, 12月底前, 长期坚持, 全年, 2023.12): how a row short of cells is seen to end in its time column
_TIME_WORDS = "长期|持续|常态|全年|年内|每[年季月]"  # a time cell's words that name no date
_TIME_CELL = re.compile(
    r"^(?=.{1,24}$)[^。；;]*(?:(?:19|20)\d{2}\s*(?:年|[.．/\-])|\d{1,2}\s*月|底前|" + _TIME_WORDS + ")"
)


def _unit_like(s: str) -> bool:
    """城管局, 市政局、相关街道: a cell of unit names, each ending like a unit's. A list closed by 等 (发展改革委、商务委等)
    and a name followed by the other name the body goes by (建设管理委（交通委）) are unit names too; so are names parted
    by / (住房集团/马陆镇: the builder and the town) and a name the unit lexicon holds (区委党校)."""
    parts = [_BRACKETED_TAIL.sub("", x) for x in _UNIT_PARTS.split(s)]
    if len(parts[-1]) > 1 and parts[-1].endswith("等"):
        parts[-1] = parts[-1][:-1]
    if not s or _SENTENCE_MARK.search(s):
        return False
    return _short_names(parts, ended=[x for x in parts if x not in _lexicon_units()])


_UNIT_PARTS = re.compile(r"[、/]")


def _short_names(parts: list[str], ended: list[str]) -> bool:
    """Are these parts short names, and do the ones in `ended` end like a unit's name?"""
    return all(0 < len(x) <= _UNIT_LINE for x in parts) and all(_UNIT_END.search(x) for x in ended)


_LINES_BETWEEN_TABLES = 6  # lines of text (a heading, a table's title, a sentence or two) before the next table


def _header_after_text(texts: list[str], j: int, is_header) -> bool:
    """Line j the document's own text (_outside_tables, asked first by the caller: most lines in a table are cells),
    does the header stand printed again after it? Then that header opens a table of its own (one 分工表 a year, a
    table under each heading of a 工作要点), not the table going on over a new page: there the header stands right
    under a row, with only the page's furniture (a page number, 续表, a blank line) between."""
    for k in range(j + 1, min(len(texts), j + _LINES_BETWEEN_TABLES + 1)):
        if is_header(k):
            return True
        s = texts[k].strip()
        if s and not _outside_tables(s) and not _CONTINUED.match(s) and not BARE_PAGE_NUMBER.match(s):
            return False  # a cell: the lines are the table's
    return False


def _outside_tables(s: str) -> bool:
    """A line of the document's own text, not a cell: a paragraph, a heading (二、2024年工作), the title over a table
    (2024年重点任务分工表) or an attachment's label (附件2)."""
    s = s.strip()
    if not s or "\t" in s or _CONTINUED.match(s):
        return False  # (续表 is the same table going on)
    if len(s) > 2 * _CELL_LINE or (len(s) > _CELL_LINE and s[-1] == "。"):
        return True  # a paragraph: a sentence or more on one line (a wrapped cell's pieces are short lines)
    return _opens_section(s) or TABLE_TITLE.fullmatch(s) is not None or ATTACHMENT_LABEL.match(s) is not None


def _header_again_after_text(texts: list[str], j: int, head: list[str]) -> bool:
    """Line j the document's own text, with a one-cell-a-line table's header `head` printed again after it: a table
    of its own starts there (_header_after_text)."""
    return _outside_tables(texts[j]) and _header_after_text(texts, j, lambda k: _repeats(texts, k, head))


def _repeats(texts: list[str], j: int, head: list[str]) -> bool:
    """Does the header stand again at line j (序号 / 重点任务 / … over the rows of a new page)?"""
    return len(head) >= 2 and [t.strip() for t in texts[j : j + len(head)]] == head


_LONG_ROW = 3  # a numbered row's lines, at most, as a multiple of its cells


def _row_end(texts: list[str], j: int, n: int, expect: int, head: list[str]) -> int:
    """The line after the numbered row starting at line j: the next number in sequence or the header printed
    again, else (numbers skipped) a category line or a larger number once the row has all its n cells. A row
    whose cells are printed over more lines than n + 2 (a task of four sentences, units one a line) runs to the
    next number in sequence when it stands within _LONG_ROW times n lines, no category or header before it (or
    within _LONG_GROUP times, rows under its merged cells printed in short cells)."""
    far = _long_row_end(texts, j, n, expect, head)
    if far is not None:
        return far
    return _to_the_text_end(texts, j, n, _short_row_end(texts, j, n, expect, head))


def _to_the_text_end(texts: list[str], j: int, n: int, k: int) -> int:
    """… / 市大数据中心 / 市数据交易所 / 四季度完成 (tt_137): the table's last row, its unit cell printed one unit a line,
    runs past n + 2 lines to the text's end. The lines left after k, within _LONG_ROW times n lines of the row's
    number and each a unit's name or a time cell, are the row's own (before: the time cell lost, the last unit read
    in the time column); anything else after it (a paragraph, a signature's date after a name) keeps its end at k."""
    end = len(texts)
    if k >= end or end - j > _LONG_ROW * n or k - j < n + 2:
        return k
    rest = [texts[x].strip() for x in range(k, end)]
    if not _time_line(rest[-1]) or not all(_one_unit(x) for x in rest[:-1]):
        return k
    return end


def _long_row_end(texts: list[str], j: int, n: int, expect: int, head: list[str]) -> int | None:
    """The next number in sequence beyond n + 2 lines below row j (within _LONG_ROW times n lines, with no category,
    header or long line before it), or the end of rows under its merged cells; None when neither."""
    for k in range(j + n + 2, min(len(texts), j + _LONG_ROW * n)):
        if _number_line(texts, k, expect):
            if not any(_category_line(texts, x) or _repeats(texts, x, head) or len(texts[x]) > 4 * _CELL_LINE for x in range(j + 1, k)):
                return k
            return None  # a category, the header again or a long line before it: the row is read short
    return _after_rows_under_merged_cells(texts, j, n, expect, head)


def _short_row_end(texts: list[str], j: int, n: int, expect: int, head: list[str]) -> int:
    """The line after row j read within n + 2 lines: the next number in sequence, a long line, the header again,
    or, once the row has its n cells, a category line or a larger number. Items of one cell numbered one a line
    (1、… / 2、… / 3、…: _numbered_items_joined) count as one line."""
    k = j + 1
    listed = 0  # lines of item lists past each list's first item
    joined = 0  # page lines that reading lines as sentences joined into the lines read so far (tt_142: 完成… / 公交… / / / …)
    run = _numbered_run_to(texts, j)
    while (
        k < len(texts) and k - j - listed < n + 2 and not _number_line(texts, k, expect) and len(texts[k]) <= 4 * _CELL_LINE
        and not _repeats(texts, k, head)
    ):
        if k - j - listed + joined >= n and (
            _category_line(texts, k) or _later_number(texts[k], expect)
            or _header_again_after_text(texts, k, head)
        ):
            break
        joined += texts[k].count("\n")
        if _empty_cells(texts[k - 1]) and _category_line(texts, k):
            break  # 1 | 无 | |||| / 二、…: a row short of cells closed by the bars of its empty ones
        if texts[k].lstrip()[:1].isdigit():  # (_item_number's gate, inline: most lines open on no figure)
            run = _numbered_run_on(run, _task_number(texts[k].strip()))
            listed += _goes_on_from_one(run)
        else:
            run = _NO_RUN
        k += 1
    return k


# A run of item lines numbered on one a line (…, 2、…, 3、…): the last line's number and the run's length in lines
# (None, 0 past a line with no number). Carried from line to line, so that whether a line goes on a list from 1 is
# known without reading the list back from every line of it (read back so, a 999-item list cost half a million
# pattern calls a row).
_Run = tuple[int | None, int]
_NO_RUN: _Run = (None, 0)


def _item_number(line: str) -> int | None:
    """The number a line opens on as an item (1、…, 2.…), None for any other line."""
    if not line.lstrip()[:1].isdigit():
        return None  # the common case, without a pattern
    return _task_number(line.strip())


def _numbered_run_on(run: _Run, number: int | None) -> _Run:
    """The run once a line numbered `number` (None: no number) follows it."""
    if number is None:
        return _NO_RUN
    last, length = run
    return number, (length + 1 if last is not None and number == last + 1 else 1)


def _numbered_run_to(texts: list[str], j: int) -> _Run:
    """The run ending on line j, read back once (at most the 1,000 numbers _NUMBERED_TASK reads)."""
    if j < 0 or j >= len(texts):
        return None, 0
    number = _item_number(texts[j])
    if number is None:
        return None, 0
    x = j
    while x > 0 and _item_number(texts[x - 1]) == number - (j - x) - 1:
        x -= 1
    return number, j - x + 1


def _goes_on_from_one(run: _Run) -> bool:
    """Does the run's last line go on a list of items numbered from 1 (2、… right under 1、…, 3、… under 2、…)?"""
    number, length = run
    return number is not None and number >= 2 and length >= number


def _number_line(texts: list[str], k: int, expect: int) -> bool:
    """Does the row numbered `expect` open at line k? Not when a figure follows the number (7 / 7 / 100%: the figure
    cells of a row whose counts happen to equal the next row's number)."""
    if texts[k].strip() != str(expect):
        return False
    return k + 1 >= len(texts) or _cell_kind(texts[k + 1].strip()) != "figure"


_LONG_GROUP = 8  # lines, at most, as a multiple of its cells, of a numbered row with rows under its merged cells


def _after_rows_under_merged_cells(texts: list[str], j: int, n: int, expect: int, head: list[str]) -> int | None:
    """4 / 二、社会保障 / … / 县民政局 / … then 农村保障人数 / - / 35611 / 持续推进 / … (eight rows under its merged 序号 and
    unit cells) / 5: a numbered row whose rows under its merged cells run past _LONG_ROW times its cells. The next
    number in sequence within _LONG_GROUP times them, when every line past the row's own cells is short (a figure, a
    short name: the cells such rows print) and no category or header stands between; else None."""
    for k in range(j + n, min(len(texts), j + _LONG_GROUP * n)):
        s = texts[k].strip()
        if _number_line(texts, k, expect):
            return k if k >= j + _LONG_ROW * n else None  # (nearer: the row ends there, read as before)
        if len(s) > _UNIT_LINE or _category_line(texts, k) or _repeats(texts, k, head):
            return None
    return None


def _category_cell(table: TaskTable, texts: list[str], j: int) -> int:
    """1 when line j is the category cell of a table with a category column left of its 序号 column, printed
    once with the first row of its category: a short phrase (激发市场活力, no sentence mark, no number) right
    above a row number; else 0."""
    cat_at, seq_at = table.role_index("category"), table.role_index("seq")
    if cat_at is None or seq_at is None or cat_at > seq_at or j + 1 >= len(texts):
        return 0
    s = texts[j].strip()
    if not s or len(s) > _CATEGORY_ROW or "\t" in s or _SENTENCE_MARK.search(s) or _SEQ.match(s) or _unit_like(s):
        return 0
    return 1 if _SEQ.match(texts[j + 1].strip()) else 0


def _category_line(texts: list[str], j: int) -> bool:
    """一、扩投资 on a line of its own, a row number (or another category) on the line after. Right above a row
    number a category may be long, a phrase with no sentence end (一、主要经济社会发展指标、发改、财政…工作目标
    （牵头领导：…）): a paragraph of the body ends its sentences. A category row printed one cell a line (一 /
    市政设施类（5个）, either line) and a group counted over categories (正式项目（67个）) are category lines too."""
    s = texts[j].strip()
    if "\t" in s or j + 1 >= len(texts):
        return False
    if not _category_marked(s):
        return _category_in_cells(texts, j) or _counted_group(texts, j)
    k = j + 1
    while k + 1 < len(texts) and _empty_cells(texts[k]):
        k += 1  # 一、… | / ||||| / 1 |: the cells the category row spans, printed as a run of bars
    nxt = texts[k].strip()
    if len(s) <= _CATEGORY_ROW:
        return _SEQ.match(nxt) is not None or _category_marked(nxt)
    return len(s) <= _LONG_CATEGORY_ROW and not _ROW_END.search(s) and _SEQ.match(nxt) is not None


_BARE_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")
# 正式项目（67个）, 重点项目（12项）: a group of rows named with the count of its rows (a project plan's parts)
_COUNTED_GROUP = re.compile(r"^\p{Han}[^。；;，,：:]*[（(]\d{1,3}[个项][）)]$")


def _category_in_cells(texts: list[str], j: int) -> bool:
    """一 / 市政设施类（5个） / 1: a category row a one-cell-a-line page prints as its two cells, the numeral and the
    name, over the rows under it (line j the numeral or the name)."""
    s = texts[j].strip()
    if _BARE_NUMERAL.match(s):
        return _category_name_at(texts, j + 1)
    return j > 0 and _BARE_NUMERAL.match(texts[j - 1].strip()) is not None and _category_name_at(texts, j)


def _category_name_at(texts: list[str], j: int) -> bool:
    """A category's name on line j, one cell of its own (short, no sentence mark, no number), a row number or
    another category on the line after."""
    if j + 1 >= len(texts):
        return False
    s = texts[j].strip()
    if not s or "\t" in s or len(s) > _CATEGORY_ROW or _SENTENCE_MARK.search(s) or _SEQ.match(s):
        return False
    nxt = texts[j + 1].strip()
    return _SEQ.match(nxt) is not None or _category_marked(nxt) or _BARE_NUMERAL.match(nxt) is not None


def _counted_group(texts: list[str], j: int) -> bool:
    """正式项目（67个） on a line of its own over a category or a row number: the group its rows belong to, their
    count in brackets (预备项目（9个） / 1: the numbering starts again under it)."""
    s = texts[j].strip()
    if len(s) > _CATEGORY_ROW or not _COUNTED_GROUP.match(s) or j + 1 >= len(texts):
        return False
    nxt = texts[j + 1].strip()
    return _SEQ.match(nxt) is not None or _category_marked(nxt) or _category_in_cells(texts, j + 1)


def _empty_cells(s: str) -> bool:
    """A line of empty cells only (||||| read as tabs): the covered cells of a row spanning the table."""
    return "\t" in s and not s.strip()


def _later_number(s: str, expect: int) -> bool:
    m = _SEQ.match(s.strip())
    return m is not None and int(m.group(1)) > expect


def _row_under_merged_cells(table: TaskTable, lines: list[str]) -> list[str] | None:
    """The lines past a numbered row's last column, when they fill exactly its own cells (the task and the
    time: 开工建设老年大学。/ 12月底前): a second row under the same 序号 and unit cells, printed once for
    both (merged). Its covered cells are left empty, for the cells above to fill."""
    n = len(table.columns)
    rest = lines[n:]
    own = [k for k, r in enumerate(table.roles) if r not in RESPONSIBILITY_ROLES and r not in ("seq", "category")]
    if not rest or len(rest) != len(own) or table.roles[own[0]] != "task":
        return None
    cells = [""] * n
    for k, value in zip(own, rest):
        cells[k] = value
    return cells


def _measure_rows_under_task_group(table: TaskTable, rest: list[str]) -> list[list[str]] | None:
    """1 / 优化营商环境 / 深化一网通办改革。 / 市政务服务局 / 2024年6月底前 / 推进审批制度改革。 / 市住房城乡建设局 /
    2024年12月底前 under 序号 | 主要任务 | 具体措施 | 牵头单位 | 完成时限: the lines past a numbered row's last column are
    further measures under the same 序号 and task group (merged over them, printed once), each printing its own cells
    from the measure column (a task column after another) to the last. Read so only where every line fits the column
    it falls under: a measure no unit's name nor a time, a unit column's line a unit's name, a time column's a time.
    Their covered cells are left empty, for the cells above to fill."""
    n = len(table.columns)
    start = next((k for k in range(1, n) if table.roles[k] == "task" and "task" in table.roles[:k]), None)
    if not rest or start is None or len(rest) % (n - start):
        return None
    rows = []
    for at in range(0, len(rest), n - start):
        own = rest[at : at + n - start]
        if not own[0] or _unit_like(own[0]) or _TIME_CELL.match(own[0]):
            return None
        for value, role in zip(own[1:], table.roles[start + 1 :]):
            if value and role in RESPONSIBILITY_ROLES and not _units_cell(value):
                return None
            if value and role == "time" and not _TIME_CELL.match(value):
                return None
        rows.append([""] * start + own)
    return rows


def _units_cell(s: str) -> bool:
    """A cell under a unit column: unit names (市政务服务局, 各县（市、区）人民政府), no sentence, no time."""
    return _unit_like(s) or (not _SENTENCE_MARK.search(s) and not _TIME_CELL.match(s) and _UNIT_END.search(s) is not None)


# a cell of a figure only (1100, 96.64%, -): how the cells of a target's rows differ from its words
_FIGURE_CELL = re.compile(r"^(?:[-－—–]|[\d.,，]+[%％]?)$")
_SUB_ROW_LINES = 8  # lines a numbered row's rows under its merged cells may take, at most, as a multiple of its cells


def _cell_kind(s: str) -> str:
    return "" if not s else "figure" if _FIGURE_CELL.match(s) else "words"


def _rows_under_merged_cells_by_kind(table: TaskTable, above: list[str], rest: list[str]) -> list[tuple[int, list[str]]] | None:
    """1 / … / 城镇新增就业1100人 / 县人社局 / 1100 / 1063 / 96.64% / (empty) then “三公里”充分就业社区4个 / 4 / 4 / 100%:
    the lines past a numbered row's last column, read as rows under its merged cells (序号, 类别, 项目名称 and the unit
    printed once for them all). Each prints the row's own cells from one of its task columns to the last column, its
    first cell words, each cell of the same kind (a figure or words) as the cell above it where both have text; the
    last may lack its empty closing cells, if it shows a figure. Each prints two lines at least; every line must fall
    in such a row: the rows as (lines, cells), else None."""
    n = len(table.columns)
    if not rest or len(above) != n or len(rest) > _SUB_ROW_LINES * n:
        return None
    own = [k for k, r in enumerate(table.roles) if r not in RESPONSIBILITY_ROLES and r not in ("seq", "category")]
    starts = [x for x, k in enumerate(own) if table.roles[k] == "task"]
    merged_unit = any(above[k] for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES)
    if not starts or not merged_unit:
        return None

    def rows_from(p: int, ref: list[str]) -> list[tuple[int, list[str]]] | None:
        if p == len(rest):
            return []
        for x in starts:
            cols = own[x:]
            printed = rest[p : p + len(cols)]
            first = printed[0]
            if len(printed) < 2 or _cell_kind(first) != "words" or _SEQ.match(first) or _unit_like(first):
                continue  # (a line alone after the last row, 附件1：, is no row under it)
            chunk = printed + [""] * (len(cols) - len(printed))
            if len(printed) < len(cols) and not any(_cell_kind(c) == "figure" for c in printed):
                continue  # short of its closing cells, it must show a figure: no 附件2： or title after the table
            if any(_cell_kind(c) and _cell_kind(ref[k]) and _cell_kind(c) != _cell_kind(ref[k]) for k, c in zip(cols, chunk)):
                continue
            cells = [""] * n
            for k, c in zip(cols, chunk):
                cells[k] = c
            after = rows_from(p + len(printed), [c or r for c, r in zip(cells, ref)])
            if after is not None:
                return [(len(printed), cells), *after]
        return None

    return rows_from(0, above)


def _cells_of_lines(table: TaskTable, lines: list[str]) -> list[str]:
    """A numbered row's lines as its cells. More lines than columns: a unit cell printed one unit a line
    (县水务局 / 县住建局), when the table has one unit column and the extra lines are short names; they are
    joined (、) into that column. Otherwise the lines past the last column are no cells of the row."""
    n = len(table.columns)
    lines = _cell_printed_over_lines(table, lines)
    extra = len(lines) - n
    units = [k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES]
    if extra > 0 and len(units) > 1 and units[-1] == units[0] + len(units) - 1:
        return _last_unit_cell_one_a_line(lines, units[-1], extra, n)
    if extra <= 0 or len(units) != 1:
        return lines[:n]
    at = units[0]
    names = lines[at:at + extra + 1]
    if any(len(x) > _UNIT_LINE or _SENTENCE_MARK.search(x) or not _UNIT_END.search(x) for x in names):
        return lines[:n]
    return lines[:at] + ["、".join(names)] + lines[at + extra + 1:]


_CLAUSE_END = re.compile(r"[；;，,、：:]$")  # a line that ends so goes on: its cell is printed over more lines


def _cell_printed_over_lines(table: TaskTable, lines: list[str]) -> list[str]:
    """…同期向企业专家征求意见； / 6月至8月完成合法性审查…。 / 2021年12月: a numbered row printing more lines than the
    table has columns, its last a time cell under the time column: a long cell of the row (a procedure, a basis) was
    printed over lines. A line ending in a clause mark goes on to the next (no unit's name), joined."""
    n = len(table.columns)
    if len(lines) <= n or table.roles[-1] != "time" or not _TIME_CELL.search(lines[-1]):
        return lines
    out = list(lines)
    k = 0
    while len(out) > n and k < len(out) - 2:
        nxt = out[k + 1]
        if _CLAUSE_END.search(out[k]) and nxt and not _unit_like(nxt):  # (the last line, the time cell, stays)
            out[k : k + 2] = [out[k] + nxt]
        else:
            k += 1
    return out


def _last_unit_cell_one_a_line(lines: list[str], at: int, extra: int, n: int) -> list[str]:
    """牵头单位 | 责任单位 side by side, the last printed one unit a line (区国投集团 / 各有关乡镇（街道）) before the
    cells after it: the run of unit names from that column's place (at most one per extra line) is its cell."""
    run = 0
    while run <= extra and at + run < len(lines) and _one_unit(lines[at + run]):
        run += 1
    if run < 2:
        return lines[:n]
    return (lines[:at] + ["、".join(lines[at : at + run])] + lines[at + run :])[:n]


_TRAILING_NOTE = re.compile(r"[（(][^（()）]{1,8}[）)]$")


def _one_unit(s: str) -> bool:
    """区国投集团, 各有关乡镇（街道）: one short unit name (a note in brackets after it)."""
    return not _SENTENCE_MARK.search(s) and _short_names([s], ended=[_TRAILING_NOTE.sub("", s)])


# ------------------------------------------------------------------ cells run together


_RUN_HEADER = range(6, 41)  # characters of a header line whose names are run together
_UNIT_COLUMN_ENDS = ("单位", "部门", "处室", "科室", "主体")  # how a unit column's name ends (责任单位, 牵头部门)
_ROW_END = re.compile(r"[。；;！？!?]")


def _run_together_header(s: str) -> list[str] | None:
    """实事内容工作任务责任单位进展情况: a page copied with the cells of its header row run together on one line.
    The line cut wholly into names the rules know (the longest first) heads a task table."""
    if len(s) > 2 * _RUN_HEADER.stop or "\t" in s or not any(w in s for w in _UNIT_COLUMN_ENDS):
        return None  # most lines: no unit column's name in them (tried first: the cut below is the costly part)
    core = _BLANKS.sub("", s)
    if len(core) not in _RUN_HEADER or _SENTENCE_MARK.search(core) or column_role(core) is not None:
        return None
    names = run_together_column_names(core)
    return names if names and len(names) >= 3 and is_task_header(names) else None


def _read_run_together(texts: list[str], i: int, names: list[str]) -> TaskTable:
    """Rows of a table whose cells run together where the page set them side by side: a task line (the cells
    before the unit cell run together with it), then a line of units, then the rest of the row's cells, up to
    the next task line (the line before the next line of units)."""
    last = _run_together_header_end(texts, i)
    table = _table(i, last, names)
    task_at = table.role_index("task")
    unit_at = next((k for k, r in enumerate(table.roles) if r in RESPONSIBILITY_ROLES), None)
    if task_at is None or unit_at is None or unit_at < task_at:
        return table
    j = last + 1
    if j < len(texts) and _read_numbered_rows(table, texts, j, task_at, unit_at):
        return table
    if j < len(texts) and _task_and_units(texts[j]) is not None:
        _read_units_on_task_lines(table, texts, j, task_at, unit_at)
        return table
    _read_task_and_unit_lines(table, texts, j, task_at, unit_at)
    return table


def _run_together_header_end(texts: list[str], i: int) -> int:
    """The header's last line: a second header row (一季度二季度…, no task line: no line of units follows it) is
    part of the header; 一、… there is a category row, no header."""
    second = i + 2 < len(texts) and _header_like(texts[i + 1]) and not _units_line(texts[i + 2])
    return i + 1 if second and not _category_marked(texts[i + 1].strip()) else i


def _read_task_and_unit_lines(table: TaskTable, texts: list[str], j: int, task_at: int, unit_at: int) -> None:
    """Each row a task line, then a line of units, then the rest of its cells one a line, up to the line before
    the next line of units (the next task line) or a section opening."""
    n = len(table.columns)
    while j + 1 < len(texts) and not _units_line(texts[j]) and _units_line(texts[j + 1]):
        k = j + 2
        while k < len(texts) and k - j < n and not (k + 1 < len(texts) and _units_line(texts[k + 1])) and not _opens_section(texts[k]):
            k += 1
        cells = [""] * n
        cells[task_at], cells[unit_at] = texts[j].strip(), texts[j + 1].strip()
        rest = [texts[x].strip() for x in range(j + 2, k) if _ROW_END.search(texts[x]) or len(texts[x].strip()) > 2]
        for col, value in zip(range(unit_at + 1, n), rest):
            cells[col] = value
        _add_row(table, j, max(j + 1, k - 1), cells, None)
        j = k


def _read_units_on_task_lines(table: TaskTable, texts: list[str], j: int, task_at: int, unit_at: int) -> None:
    """养老助残创建20个无障碍社区。区残联，相关镇街1.完成第一批申报…: each row on a line of its own, the task's sentence,
    its units and the rest of the row run together; the lines up to the next such line continue the row."""
    n = len(table.columns)
    while j < len(texts):
        split = _task_and_units(texts[j])
        if split is None:
            return
        k = j + 1
        while k < len(texts) and k - j <= ROW_GAP_LINES and _task_and_units(texts[k]) is None and _ROW_END.search(texts[k][-1:]):
            k += 1  # 在全区20个镇街新增…。: the rest of the row's last cell
        cells = [""] * n
        cells[task_at], cells[unit_at] = split[0], split[1]
        if unit_at + 1 < n:
            cells[unit_at + 1] = "".join([split[2], *(texts[x].strip() for x in range(j + 1, k))])
        _add_row(table, j, k - 1, cells, None)
        j = k


_RUN_ROW_NUMBER = re.compile(r"^(\d{1,3}+)[.．、]?(?=\p{Han})")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def _read_numbered_rows(table: TaskTable, texts: list[str], j: int, task_at: int, unit_at: int) -> bool:
    """1将…。2021年2月底前，…。市委宣传部（市文明办）、…（管委会）: each row a line opening with its number, 1, 2, 3 …
    (repair.paragraphs cuts a table flattened into one line so), its cells run together: the task's sentence, the
    sentences of the cells up to the unit cell, the units run on after the last sentence, then the rest. The first
    row must end its sentences in units; a later one cut off by the page before its units is a row all the same."""
    expect = 1
    category = None
    while j < len(texts):
        s = texts[j].strip()
        if len(s) <= _CATEGORY_ROW and _category_marked(s) and j + 1 < len(texts) and _RUN_ROW_NUMBER.match(texts[j + 1].strip()):
            category, j = s, j + 1  # 一、主要发展指标 over the rows under it (repair cut it off the row before)
            continue
        m = _RUN_ROW_NUMBER.match(s)
        if m is None and expect > 1 and _measure_under_item(table, texts, j, s, task_at, unit_at, category):
            j += 1
            continue
        if m is None or int(m.group(1)) != expect or "\t" in s:
            break
        cells = _numbered_row_cells(table, s, m.group(1), s[m.end():], task_at, unit_at)
        if cells is None and expect == 1:
            return False
        if cells is None:  # no unit cell to carry down from the row above: the page cut the row before it
            cells = [""] * len(table.columns)
            cells[task_at] = s[m.end():]
            seq_at = table.role_index("seq")
            if seq_at is not None:
                cells[seq_at] = m.group(1)
            table.rows.append(TaskRow(j, j, dict(zip(table.columns, cells))))
        else:
            _add_row(table, j, j, cells, category)
        expect, j = expect + 1, j + 1
    return expect > 1


def _measure_under_item(table: TaskTable, texts: list[str], j: int, s: str, task_at: int, unit_at: int,
                        category: str | None) -> bool:
    """推进大庙弄…整治。芮春祥住建局五星街道… / 提升改造8家…。对300户…。 under a numbered row of a table with a leader column
    (repair cut them off the item's line): a further measure of the item, a row of its own under its merged 序号 and
    项目名称 — with its own leader and units glued after its sentence, or none (its units merged from the item); the
    header printed again where the table goes on is passed over. True when line j was taken so."""
    if table.role_index("person") is None or not table.rows or "\t" in s:
        return False
    if s == texts[table.header[0]].strip():
        table.tail = max(table.tail, j)  # the header again, on the next page
        return True
    if _SENTENCE_END.search(s) is None or _category_marked(s):
        return False
    cells = _glued_leader_row_cells(table, "", s, [m.end() for m in _SENTENCE_END.finditer(s)], task_at, unit_at)
    if cells is None:
        cells = [""] * len(table.columns)
        cells[task_at] = s
    _add_row(table, j, j, cells, category)
    return True


def _numbered_row_cells(table: TaskTable, s: str, number: str, body: str, task_at: int, unit_at: int) -> list[str] | None:
    """The cells of a numbered row whose cells run together (`body` after its number); None when no units follow
    its sentences."""
    ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    glued = _glued_leader_row_cells(table, number, body, ends, task_at, unit_at)
    if glued is not None:
        return glued
    if not ends and (unit_start := _units_after_unclosed_task(body)):
        ends = [unit_start]  # …等先进生产技术市科技局市发展改革委、…: a task cell with no 。 ends where its units start
    if not ends or ends[-1] >= len(body):
        return None
    rest = body[ends[-1]:]
    split = _task_and_units("句。" + rest) or (("", rest, "") if _unit_tail(rest) else None)
    glued = None if split else _glued_units_then_time(table, unit_at, rest)
    if split is None and glued is None:
        return None
    cells = _sentence_cells(table, number, body[: ends[-1]], ends[0], task_at, unit_at)
    if glued is not None:
        _place_glued_units_and_time(table, cells, unit_at, *glued)
    else:
        _place_split_units(table, cells, unit_at, split)
    return cells


def _sentence_cells(table: TaskTable, number: str, sentences: str, first_end: int, task_at: int,
                    unit_at: int) -> list[str]:
    """A run-together row's cells before its units: the number under 序号, the task's sentence under the task column
    and the sentences after it under the column between task and units (具体措施), when the header has one."""
    cells = [""] * len(table.columns)
    seq_at = table.role_index("seq")
    if seq_at is not None:
        cells[seq_at] = number
    middle = [k for k in range(task_at + 1, unit_at) if k != seq_at]
    task_end = sentences.find("。") + 1 or first_end  # the task's sentence may hold a ；
    first = task_end if middle else len(sentences)
    cells[task_at] = sentences[:first]
    if middle:
        cells[middle[0]] = sentences[first:]
    return cells


def _place_split_units(table: TaskTable, cells: list[str], unit_at: int, split: tuple[str, str, str]) -> None:
    """The units _task_and_units cut off the row's end under the unit column and what follows them under the next
    column — two unit cells run together parted where the second's list opens, when that column names units too."""
    cells[unit_at] = split[1]
    if unit_at + 1 < len(cells):
        cells[unit_at + 1] = split[2]
    if unit_at + 1 < len(cells) and table.roles[unit_at + 1] in RESPONSIBILITY_ROLES:
        cells[unit_at], cells[unit_at + 1] = _two_unit_cells(split[1], split[2])


def _place_glued_units_and_time(table: TaskTable, cells: list[str], unit_at: int, units: list[str], time: str) -> None:
    """The glued units under the unit columns — the first the first column's, the rest the next one's (as tt_102's
    glued units: the first leading), all of them the one column's when there is one — and the time under the time
    column."""
    unit_columns = [k for k in range(unit_at, len(cells)) if table.roles[k] in RESPONSIBILITY_ROLES]
    if len(unit_columns) > 1 and len(units) > 1:
        cells[unit_columns[0]], cells[unit_columns[1]] = units[0], "、".join(units[1:])
    else:
        cells[unit_at] = "、".join(units)
    cells[table.roles.index("time", unit_at)] = time


def _glued_leader_row_cells(table: TaskTable, number: str, body: str, ends: list[int], task_at: int,
                            unit_at: int) -> list[str] | None:
    """1增加教育资源供给实施…4580个。何海平教育局经开区高新园（邹区镇）各街道市国有公司: a row run together under a header
    naming a leader column before the unit columns (区政府分管领导 | 牵头单位 | 配合单位), the leader's name and the unit
    names glued after the task's sentence with no border between them (tt_102, a DOCX's text on a sharing site). After
    the first sentence that such a run follows: the name (three characters, or two where the next name is then one the
    lexicon knows), the lead unit, the supporting ones, each cut where it ends as a unit's name; what follows them (a
    further measure of the item with its own leader, a repeated header) stays in the row's text, in no cell (the cells
    stand in the order the text prints them). None where no sentence is followed so."""
    person_at = table.role_index("person")
    if person_at is None or not task_at < person_at < unit_at or table.roles[unit_at] != "lead":
        return None
    for end in ends:
        run = glued_leader_and_units(body, end)
        if run is None:
            continue
        person, units, stop = run
        cells = [""] * len(table.columns)
        seq_at = table.role_index("seq")
        if seq_at is not None:
            cells[seq_at] = number
        middle = [k for k in range(task_at + 1, person_at) if k != seq_at]
        first = body.find("。", 0, end) + 1 if middle else 0
        cells[task_at] = body[:first] if first else body[:end]
        if middle and first:
            cells[middle[0]] = body[first:end]
        cells[person_at], cells[unit_at] = person, units[0]
        if unit_at + 1 < len(cells) and table.roles[unit_at + 1] == "support":
            cells[unit_at + 1] = "、".join(units[1:])
        else:
            cells[unit_at] = "、".join(units)
        return cells
    return None


_GLUED_COLLECTIVE = re.compile(r"(?<=" + UNIT_NAME_ENDING + r")(?=各\p{Han})")  # 市发展改革委|各县（市、区）政府


# where a time cell run on after unit names opens: a year or month's figure, or a word of the time cells (_TIME_WORDS)
_TIME_OPENING = re.compile(r"^(?:\d|" + _TIME_WORDS + r"|年底|年中|[上下]半年|第?[一二三四]季度|[本今次明]年)")


def _glued_units_then_time(table: TaskTable, unit_at: int, rest: str) -> tuple[list[str], str] | None:
    """县农业农村局县财政局2024年10月底前 after a run-together row's last sentence, under unit columns and a time column
    after them (序号重点任务牵头单位配合单位完成时限): the unit names glued with no mark between them, each opening on its
    level (县 / 市 / 省 / 各…: grammar.GLUED_UNIT_NAMES), then the time cell. The cut is the last place where a
    time cell opens (a figure, 长期, 持续, 年底 …) right after a whole unit name: (the unit names, the time); None when
    the rest is no such run."""
    if unit_at + 1 >= len(table.roles) or "time" not in table.roles[unit_at + 1 :] or len(rest) > _GLUED_RUN:
        return None
    for p in range(len(rest) - 1, 1, -1):
        head, tail = rest[:p], rest[p:]
        if _UNIT_END.search(head) and _TIME_OPENING.match(tail) and _TIME_CELL.match(tail):
            names = GLUED_UNIT_NAMES.split(head)
            if all(_one_unit(n) for n in names):
                return names, tail
    return None


_GLUED_RUN = 80  # characters of the units and time a run-together row ends in


def _two_unit_cells(units: str, rest: str) -> tuple[str, str]:
    """市发展改革委各县（市、区）政府、嘉兴港区: two unit cells run together (第一责任单位 | 主要责任单位), the first a
    name, the second a list opening with a collective (各县…) glued to it: cut before the collective."""
    first = _LIST_SEP.split(units)[0]
    m = _GLUED_COLLECTIVE.search(first)
    if m is None:
        m = _last_glued_name(first)
    if m is None:
        return units, rest
    return units[: m.start()], units[m.start() :] + rest


def _last_glued_name(first: str):
    """市发展改革委市经贸委市规划建设局、市统计局…: the second cell's list, its names parted by 、, opens on the last name
    glued to those before it (the first cell printed one name a line, nothing between them and the list): the cut
    before that name, None when the list's first entry is one name."""
    last = None
    for last in GLUED_UNIT_NAMES.finditer(first):
        pass
    return last


_NAME_START = re.compile(r"(?<=\p{Han})(?=[市县区省各])")


def _units_after_unclosed_task(body: str) -> int | None:
    """Where the units start in a row whose task cell closes with no 。 (积极推进技术创新，…等先进生产技术市科技局
    市发展改革委、市经贸委，各县（市、区）政府…): the first place from which the rest of the row is a list of unit names
    only."""
    for m in _NAME_START.finditer(body, 4):
        if _unit_tail(body[m.start():]) and _LIST_SEP.search(body, m.start()):
            return m.start()
    return None


def _unit_tail(s: str) -> bool:
    """市委宣传部（市文明办）、市城管委，…等部门，各区（市）县政府（管委会）: names of units, each ending like one
    (a note in brackets after it)."""
    return all(_one_unit(p) for p in _LIST_SEP.split(s))


def _task_and_units(s: str) -> tuple[str, str, str] | None:
    """The task's sentence (to its first 。), the unit names run on after it (区残联，相关镇街: the first a whole
    name, the last cut where a unit's name ends) and the rest of the line; None when the line is no such row."""
    s = s.strip()
    end = s.find("。")
    if "\t" in s or end < 4 or end + 1 >= len(s):
        return None
    rest = s[end + 1 :]
    parts = _LIST_SEP.split(rest)
    if len(parts) < 2 or not _one_unit(parts[0]):
        return None
    units = [parts[0]]
    for p, part in enumerate(parts[1:], 1):
        if _one_unit(part) and p + 1 < len(parts):
            units.append(part)
            continue
        cut = max((x for x in range(2, min(len(part), _UNIT_LINE) + 1) if _UNIT_END.search(part[:x])), default=0)
        if cut:
            units.append(part[:cut])
        at = sum(len(x) + 1 for x in parts[:p]) + cut  # each separator one character: the cells as printed
        return s[: end + 1], rest[:at].rstrip("，,、"), rest[at:]
    return None


def _header_like(s: str) -> bool:
    return "\t" not in s and len(s.strip()) <= _RUN_HEADER.stop and not _SENTENCE_MARK.search(s)


_LIST_SEP = re.compile(r"[，,、](?![^（(）)]*[）)])")  # not inside a bracket: 各县（市、区）政府 is one name


def _units_line(s: str) -> bool:
    """区教育局，各平台、镇街: a line of units, the first a unit's name, the others short names, no sentence."""
    parts = [x.strip() for x in _LIST_SEP.split(s)]
    return "\t" not in s and not _ROW_END.search(s) and _short_names(parts, ended=parts[:1])
