"""Task tables whose columns a PDF text layer printed side by side on shared lines, written as tab rows.

A PDF's text read line by line (a flipbook site's page of a PDF attachment, text extracted without its layout)
draws a table's columns beside each other: each line holds a line of the task cell and, after a blank, the line
of the unit cell that stands at the same height; a line holds one of them alone where the other cell has no
line there, and the short cells of narrow columns (an item's name （二）明确 / 部门职责, a group 保障措施 merged
over rows) fall on lines of their own at the middle of their rows:

    重 点 任 务 责 任 部 门
    充分发挥自治区城镇老旧小区改造厅际联席会议
    制度的作用，各相关部门、单位要加强协同配合、形成 自治区住房城乡建设厅牵头，
    （二）明确
    格局。自治区住房城乡建设厅要加强督促指导和工作调 责；各盟行政公署、市人民政府，
    …
    相关工作。

The header is a line of letter-spaced characters spelling two column names, a task column and a responsibility
column (重点任务 / 责任部门). Each line's pieces go to their column: of a line of two pieces, the first is the task
column's (or, short, an item's name before it) and the second the unit column's; a line of one piece is the task
column's when it is wider than the unit column's lines, the unit column's when it is as wide as they are, a short
name when it is short and ends no sentence; else (a cell's last words, 实。) it goes to the column still open, or,
both being open, to the column the line before did not feed (the two columns' lines alternate). A row ends where
both its cells have ended a sentence. Each row is written on one line, its task cell and its unit cell parted by
a tab, the item's name on the line above it, a group name on a line of its own; segment reads them as tab rows.
"""

from __future__ import annotations

import regex as re

from policyparse.grammar import UNIT_NAME_END, is_task_header, page_number_line, run_together_column_names
from policyparse.repair.log import MAX_EXAMPLES

_LETTER_SPACED = re.compile(r"^\p{Han}(?: \p{Han}){5,}$")  # 重 点 任 务 责 任 部 门
_PIECE_BLANK = re.compile(r"[ \u3000]++")
# - 3 - (a folio as the flipbook's PDF text prints it, one dash each side) ends the table's lines
_PAGE_NUMBER = page_number_line(1)
_CLOSED = ("。", "；", ";")  # a cell's text that ends so has ended (the row may end there)
_NAME_MAX = 6  # characters of an item's or a group's name on a line of its own
_SENTENCE_MARK = re.compile(r"[。；;，,、：:]$")
_BODY_MAX = 80  # lines read below the header
_PAIRS_MIN = 2  # lines holding both columns that show the layout


def side_by_side_rows(lines: list[str], log) -> list[str]:
    """`lines` with each side-by-side table (header and rows) written as tab rows."""
    i = 0
    while i < len(lines):
        # (a letter-spaced header holds a Han character and a blank in turn: its second character, past any indent, is
        # a blank; the `in` test spares the other lines the pattern)
        names = _spaced_header(lines[i]) if " " in lines[i] else None
        if names is None:
            i += 1
            continue
        end = _body_end(lines, i + 1)
        rows = _rows(lines[i + 1 : end])
        if rows is None:
            i += 1
            continue
        new = ["\t".join(names), *rows]
        if len(log.examples) < MAX_EXAMPLES:
            log.record(lines[i].strip()[:24], new[0][:24])
        lines[i:end] = new
        i += len(new)
    return lines


def _spaced_header(line: str) -> list[str] | None:
    """The column names a letter-spaced header line spells (重 点 任 务 责 任 部 门 -> 重点任务, 责任部门), a task
    column and a responsibility column among them; None for any other line."""
    s = line.strip()
    if not _LETTER_SPACED.match(s):
        return None
    names = run_together_column_names(s.replace(" ", ""))
    return names if names and len(names) >= 2 and is_task_header(names) else None


def _body_end(lines: list[str], j: int) -> int:
    """Where the table's lines stop: a page number, a blank line, a line of three pieces or more, a tab or a bar."""
    k = j
    while k < min(len(lines), j + _BODY_MAX):
        s = lines[k].strip()
        if not s or _PAGE_NUMBER.match(s) or "\t" in s or "|" in s or len(_PIECE_BLANK.split(s)) > 2:
            break
        k += 1
    return k


def _rows(body: list[str]) -> list[str] | None:
    """The body's rows written one a line (item name above), or None when its lines do not show two columns side
    by side (fewer than two lines holding a wide task piece and a unit piece)."""
    pieces = [_PIECE_BLANK.split(s.strip()) for s in body]
    pairs = [p for p in pieces if len(p) == 2 and len(p[0]) > _NAME_MAX]
    if len(pairs) < _PAIRS_MIN:
        return None
    unit_width = max(len(p[1]) for p in pairs)
    columns = _Columns(unit_width)
    for p in pieces:
        columns.take(p)
    return columns.lines()


class _Columns:
    """The two columns' text gathered row by row from the lines that print them side by side."""

    def __init__(self, unit_width: int) -> None:
        self.unit_width = unit_width
        self.rows: list[dict[str, list[str]]] = [_new_row()]
        self.previous = ""  # the column the line before fed: task, unit or both

    def take(self, pieces: list[str]) -> None:
        if len(pieces) == 2:
            first, second = pieces
            if _is_name(first):
                self._add("name", first)
                self._add("task", second)
                self.previous = "task"
            else:
                self._add("task", first)
                self._add("unit", second)
                self.previous = "both"
        else:
            self._add_alone(pieces[0])
        row = self.rows[-1]
        if row["task"] and row["unit"] and _closed(row["task"]) and _closed(row["unit"]):
            self.rows.append(_new_row())

    def _add_alone(self, piece: str) -> None:
        """A line of one piece, put in the column it belongs to (see the module's note)."""
        if len(piece) > self.unit_width + 1:
            column = "task"
        elif _is_name(piece) and not (self._open("unit") and UNIT_NAME_END.search(piece)):
            self._add("name", piece)  # (各区人民政府 goes on an open unit cell: a unit's name, not an item's)
            return
        elif len(piece) >= self.unit_width - 2:
            column = "unit"
        else:
            task_open, unit_open = self._open("task"), self._open("unit")
            if task_open != unit_open:
                column = "task" if task_open else "unit"
            else:
                column = "unit" if self.previous == "task" else "task"
        self._add(column, piece)
        self.previous = column

    def _open(self, column: str) -> bool:
        return not _closed(self.rows[-1][column])

    def _add(self, column: str, piece: str) -> None:
        row = self.rows[-1]
        if column == "name" and not row["task"] and not row["unit"]:
            column = "group"  # a name standing before the row's text: a group merged over rows
        row[column].append(piece)

    def lines(self) -> list[str]:
        out: list[str] = []
        for row in self.rows:
            if row["group"]:
                out.append("".join(row["group"]))
            if row["name"]:
                out.append("".join(row["name"]))
            if row["task"] or row["unit"]:
                out.append("".join(row["task"]) + "\t" + "".join(row["unit"]))
        return out


def _new_row() -> dict[str, list[str]]:
    return {"group": [], "name": [], "task": [], "unit": []}


def _is_name(piece: str) -> bool:
    """An item's or a group's name: short, ending no sentence or list (（二）明确, 部门职责, 保障措施)."""
    return len(piece) <= _NAME_MAX and not _SENTENCE_MARK.search(piece)


def _closed(cell: list[str]) -> bool:
    return bool(cell) and cell[-1].endswith(_CLOSED)
