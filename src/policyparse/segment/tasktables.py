"""Task tables (重点任务分工表, 任务清单): rows that say which unit leads which task by when.

A task table is recognised by its header row: a task column (重点任务, 工作任务, 具体措施 …) and a
responsibility column (牵头单位, 配合单位, 责任单位 …) among the column names of
``lexicons/task_columns.tsv`` (``grammar.column_role``). Each row under the header becomes one task row:
its cells kept as header -> text.

Tables reach this stage in three forms, all read here:
  tab-joined rows       序号\\t重点任务\\t牵头单位 …   (HTML tables; DOCX and PDF tables from the readers)
  space-separated rows  序号  重点任务  牵头单位 …   (text copied from a page or a PDF)
  one cell per line     序号 / 重点任务 / 牵头单位 / … each on its own line, then the rows cell by cell

Merged cells: a category, a 序号 or a lead unit spanning several rows is printed once. In the tab form
its covered cells are missing (a short row: the leading cells are the covered ones) or empty; either
way the row takes the value from the row above. A genuinely empty 配合单位 of a new task stays empty:
support is carried down only in a row that continues the task above (its 序号 is covered too).
Two-row headers (责任单位 over 牵头单位 | 配合单位), headers repeated on every page, 续表 lines and
category rows spanning the whole table (一、深化改革) are handled; tables that are not task tables
(statistics, name lists) are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from policyparse.grammar import RESPONSIBILITY_ROLES, column_role

_SPACED = re.compile(r"[ \u3000]{2,}+|\t")  # cells of a row copied from a page: tabs or runs of blanks
_BLANKS = re.compile(r"[ \u3000\t]++")
_SEQ = re.compile(r"^(\d{1,3}+)[.．、]?$")
_CONTINUED = re.compile(r"^[（(]?续表[）)]?\s*\d*$|^[…\.]{2,}+$")
_CATEGORY_ROW = 40  # a category row spanning the table (一、深化改革) is a short line
_CELL_LINE = 60  # one cell per line: a cell longer than this is body text
_MAX_WRAP_LINES = 4  # space form: lines of wrapped cells between two rows
_INHERITED = frozenset({"category", "seq", "lead", "responsible", "time"})


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

    @property
    def lines(self) -> range:
        last = self.rows[-1].last if self.rows else self.header[1]
        return range(self.header[0], last + 1)


def is_task_header(names: list[str]) -> bool:
    """Column names that head a task table: a task column and a responsibility column, most names known."""
    roles = [column_role(n) for n in names if n.strip()]
    known = [r for r in roles if r is not None]
    return "task" in known and any(r in RESPONSIBILITY_ROLES for r in known) and 2 * len(known) >= len(roles)


def find_task_tables(lines) -> list[TaskTable]:
    """The task tables among `lines` (segment.layout.Line), in document order."""
    texts = [ln.s for ln in lines]
    out: list[TaskTable] = []
    i = 0
    while i < len(texts):
        table = _table_at(texts, i)
        if table is None or not table.rows:
            i += 1
            continue
        out.append(table)
        i = table.lines.stop
    return out


def _table_at(texts: list[str], i: int) -> TaskTable | None:
    s = texts[i]
    if "\t" in s:
        names = [c.strip() for c in s.split("\t")]
        if is_task_header(names):
            return _read_tab_table(texts, i, names)
        return None
    names = [c for c in _SPACED.split(s.strip()) if c]
    if len(names) < 3 or not all(len(n) <= 12 for n in names):
        names = [c for c in _BLANKS.split(s.strip()) if c]
    if len(names) >= 3 and all(len(n) <= 12 for n in names) and is_task_header(names):
        return _read_spaced_table(texts, i, names)
    names = _cell_per_line_header(texts, i)
    if names:
        return _read_cell_lines(texts, i, names)
    return None


# ------------------------------------------------------------------ header


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


def _sub_header(texts: list[str], j: int) -> list[str] | None:
    """The second row of a two-row header (牵头单位 | 配合单位 under 责任单位): every cell a known name,
    none of them a task."""
    if j >= len(texts) or "\t" not in texts[j]:
        return None
    cells = [c.strip() for c in texts[j].split("\t") if c.strip()]
    roles = [column_role(c) for c in cells]
    if cells and all(r is not None and r != "task" for r in roles):
        return cells
    return None


def _merge_headers(top: list[str], sub: list[str]) -> list[str]:
    """Put the sub-header's names in place of the group cell above them (the first responsibility or
    time cell, or the first name not in the lexicon); the other top cells span both header rows."""
    sub_roles = {column_role(c) for c in sub}
    for k, name in enumerate(top):
        role = column_role(name)
        if role is None or (role in RESPONSIBILITY_ROLES and sub_roles & RESPONSIBILITY_ROLES) or (role == "time" and "time" in sub_roles):
            return top[:k] + sub + top[k + 1:]
    return top + sub


# ------------------------------------------------------------------ tab-joined rows


def _read_tab_table(texts: list[str], i: int, names: list[str]) -> TaskTable:
    last = i
    sub = _sub_header(texts, i + 1)
    if sub:
        names = _merge_headers(names, sub)
        last = i + 1
    table = _table(i, last, names)
    header_key = _BLANKS.sub("", texts[i])
    category = None
    j = last + 1
    while j < len(texts):
        s = texts[j]
        if _BLANKS.sub("", s) == header_key or _CONTINUED.match(s):
            j += 1  # the header repeated on a new page, 续表
            continue
        if "\t" not in s:
            if len(s) <= _CATEGORY_ROW and j + 1 < len(texts) and "\t" in texts[j + 1] and not is_task_header(texts[j + 1].split("\t")):
                category = s  # a row spanning the whole table: the category of the rows under it
                j += 1
                continue
            break
        cells = [c.strip() for c in s.split("\t")]
        _add_row(table, j, j, cells, category)
        j += 1
    return table


def _add_row(table: TaskTable, first: int, last: int, cells: list[str], category: str | None) -> None:
    n = len(table.columns)
    prev = table.rows[-1].cells if table.rows else None
    if len(cells) > n:
        cells = cells[: n - 1] + [" ".join(c for c in cells[n - 1:] if c)]
    if len(cells) < n:
        # merged cells printed once: the covered cells of a short row are its leading ones
        cells = ([""] * (n - len(cells)) + cells) if prev is not None else cells + [""] * (n - len(cells))
    row = dict(zip(table.columns, cells))
    if prev is not None:
        _inherit(table, row, prev)
    if category and "category" not in table.roles:
        row = {"类别": category, **row}
    if any(v for k, v in row.items() if k != "类别"):
        table.rows.append(TaskRow(first, last, row))


def _inherit(table: TaskTable, row: dict[str, str], prev: dict[str, str]) -> None:
    """Fill the cells a merged cell above covers."""
    seq_cols = [c for c, r in zip(table.columns, table.roles) if r == "seq"]
    continues = bool(seq_cols) and not row[seq_cols[0]]
    first_task = next((c for c, r in zip(table.columns, table.roles) if r == "task"), None)
    for col, role in zip(table.columns, table.roles):
        if row[col] or not prev.get(col):
            continue
        if role in _INHERITED or (continues and (role == "support" or col == first_task and _has_second_task(table))):
            row[col] = prev[col]


def _has_second_task(table: TaskTable) -> bool:
    """A task title column with the task's measures in another (工作事项 | 主要内容): the title spans rows."""
    return table.roles.count("task") >= 2


# ------------------------------------------------------------------ rows copied as text, cells spaced


def _row_start(s: str) -> int | None:
    """The 序号 a row copied as text starts with (1  编制…), or None."""
    first = _BLANKS.split(s.strip(), maxsplit=1)[0]
    m = _SEQ.match(first)
    return int(m.group(1)) if m else None


def _read_spaced_table(texts: list[str], i: int, names: list[str]) -> TaskTable:
    first = i
    if i > 0 and column_role(texts[i - 1].strip()) is None and len(texts[i - 1]) <= 4 and not _row_start(texts[i - 1]):
        first = i - 1  # the top half of a name printed on two lines (任务 / 序号)
    rows: list[tuple[int, list[str]]] = []
    pending: list[int] = []
    wraps: dict[int, list[int]] = {}
    j = i + 1
    expect = 1
    while j < len(texts) and len(pending) <= _MAX_WRAP_LINES:
        s = texts[j]
        n = _row_start(s)
        if _CONTINUED.match(s):
            pass
        elif n == expect:
            cells = _spaced_cells(s)
            for k in pending:
                wraps.setdefault(_wrap_owner(rows[-1], j, cells), []).append(k)
            pending = []
            rows.append((j, cells))
            expect += 1
        elif column_role(s.strip()) == "seq" and not rows:
            pass  # the bottom half of a two-line name
        elif rows and (len(s) <= _CELL_LINE and not s.endswith("。")):
            pending.append(j)
        else:
            break
        j += 1
    if rows and len(rows[0][1]) == len(names) + 1 and "seq" not in [column_role(n) for n in names]:
        names = ["序号", *names]  # rows numbered under a header that prints no 序号 on its line
    table = _table(first, i, names)
    for line_i, cells in rows:
        cells = _with_wraps(table, cells, [texts[w] for w in sorted(wraps.get(line_i, []))])
        last = max([line_i, *wraps.get(line_i, [])])
        _add_row(table, min([line_i, *wraps.get(line_i, [])]), last, cells, None)
    return table


def _spaced_cells(s: str) -> list[str]:
    cells = [c for c in _SPACED.split(s.strip()) if c]
    if len(cells) <= 2:
        cells = [c for c in _BLANKS.split(s.strip()) if c]
    return cells


def _wrap_owner(prev: tuple[int, list[str]], next_line: int, next_cells: list[str]) -> int:
    """The row a wrapped line between two rows belongs to: the one with fewer cells on its own line (a
    cell printed over several lines leaves its row short), the next one on a tie."""
    return prev[0] if len(prev[1]) < len(next_cells) else next_line


def _with_wraps(table: TaskTable, cells: list[str], wraps: list[str]) -> list[str]:
    """A row's cells with the lines of its wrapped cells: their pieces go to the columns the row's own
    line leaves empty (the last ones), in order; else to the task column."""
    n = len(table.columns)
    cells = list(cells)
    missing = n - len(cells)
    task_at = next((k for k, r in enumerate(table.roles) if r == "task"), 0)
    for w in wraps:
        parts = _spaced_cells(w)
        if 0 < missing and len(parts) == missing:
            while len(cells) < n:
                cells.append("")
            for k, p in enumerate(parts):
                cells[n - missing + k] += p
        elif task_at < len(cells):
            cells[task_at] += w.strip()
    return cells


# ------------------------------------------------------------------ one cell per line


def _cell_per_line_header(texts: list[str], i: int) -> list[str] | None:
    names: list[str] = []
    for s in texts[i:i + 12]:
        if "\t" in s or column_role(s) is None:
            break
        names.append(s)
    return names if len(names) >= 3 and is_task_header(names) else None


def _read_cell_lines(texts: list[str], i: int, names: list[str]) -> TaskTable:
    table = _table(i, i + len(names) - 1, names)
    n = len(names)
    has_seq = "seq" in table.roles
    j = table.header[1] + 1
    expect = 1
    while j < len(texts):
        if has_seq:
            m = _SEQ.match(texts[j].strip())
            if m is None or int(m.group(1)) != expect:
                break
            k = j + 1
            while k < len(texts) and k - j < n + 2 and texts[k].strip() != str(expect + 1) and len(texts[k]) <= 4 * _CELL_LINE:
                k += 1
            cells = [texts[x].strip() for x in range(j, k)]
        else:
            k = min(len(texts), j + n)
            cells = [texts[x].strip() for x in range(j, k)]
            if any(len(c) > 4 * _CELL_LINE for c in cells):
                break
        if len(cells) > n:
            cells = cells[:n]
            k = j + n
        _add_row(table, j, k - 1, cells + [""] * (n - len(cells)), None)
        j = k
        expect += 1
    return table
