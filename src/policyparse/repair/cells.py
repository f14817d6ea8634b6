"""Cell borders of task tables copied as text: blanks between cells become tabs before whitespace is tidied.

Text copied from a page or extracted from a PDF prints a table's cells side by side, separated by runs of
blanks (序号  重点任务  牵头单位  完成时限) or, in tighter layouts, by single blanks. Whitespace
normalisation would close those gaps up (a blank between two Chinese characters is dropped), and the
cell borders would be lost. So a table is recognised here by its header row (``grammar.is_task_header``:
a task column and a responsibility column), and the blanks between the cells of its rows are written as
the tab every later stage reads as a cell border, the form HTML tables already have. A wide column's name
may be letter-spaced in a header parted by single blanks (序号 工 作 任 务 牵头负责部门): its run of single
characters is read as one name, and the header line written with it whole.

The rows run from the header to the last line that opens with the next row number (1, 2, 3 …); the short
lines between them are cells printed over several lines, and keep their borders too (a line of one cell
keeps a trailing tab until whitespace is tidied, so that hard-wrap joining leaves it alone).

A task table drawn with box characters (┌───┬───┐ / │工作任务│牵头单位│ / ├───┼───┤ / └───┘, a law site's copy of a
Word table, its cell text wrapped inside the boxes) is written in the same form: its header one line, then a line
for each cell of its task column, every column's cells read whole beside it (`_box_grids`).
"""

from __future__ import annotations

from functools import cache

import regex as re

from policyparse.grammar import (
    BOX_EDGES, BOX_RULES, BOX_TOP, HOLD_GIL, RESPONSIBILITY_ROLES, ROW_GAP_LINES, ROW_MARK, column_role, is_box_line, is_task_header,
    row_gap_lines, seq_column_names,
)
from policyparse.repair.log import MAX_EXAMPLES
from policyparse.repair.side_by_side import side_by_side_rows

_GAP = re.compile(r"[ \u3000\xa0]{2,}+")  # a run of blanks: a cell border in a copied table
_BLANK = re.compile(r"[ \u3000\xa0]++")
_SEQ = re.compile(rf"^[ \u3000\xa0]*+{ROW_MARK}?(\d{{1,3}}+)[.．、]?[ \u3000\xa0]")  # (★6 …: a key task marked)
_MAX_NAME = 12  # a column name is a few words
_SCAN = 80  # lines looked at below a header for its rows


def keep_cell_borders(text: str, log) -> str:
    if "牵头" not in text and "责任" not in text and "配合" not in text:
        return text  # no responsibility column can head a table here
    if "┌" in text or "┏" in text:  # (BOX_TOP: `in` tests, a memchr each, spare most texts the grid reading)
        text = _box_grids(text, log)
    lines = side_by_side_rows(text.split("\n"), log)
    i = 0
    while i < len(lines):
        line = lines[i]
        # a line with no blank is no header (_header_split's own first test, asked here: most lines are spared the call)
        split = _header_split(line) if " " in line or "\u3000" in line or "\xa0" in line else None
        if split is None:
            i += 1
            continue
        width = len(_header_with_tabs(lines[i], split).split("\t"))
        # (a bar table's header, its bars read as names too, keeps the narrow reach: its rows are found by their bars)
        last = _last_row(lines, i + 1, ROW_GAP_LINES if "|" in lines[i] else row_gap_lines(width))
        if last is None:
            i += 1
            continue
        spans = _columns_kept(lines, i, last, width) if split is _GAP else None
        for k in range(i, last + 1):
            new = _header_with_tabs(lines[k], split) if k == i else _with_tabs(lines[k], split, width, spans)
            if new != lines[k]:
                # where the row starts in the output (the rows above are final already), for the first examples only
                at = sum(map(len, lines[:k])) + k + len(new) - len(new.lstrip()) if len(log.examples) < MAX_EXAMPLES else None
                log.record(lines[k].strip()[:24], new.strip()[:24], at=at)
                lines[k] = new
        i = last + 1
    return "\n".join(lines)


def _header_split(line: str):
    """The pattern that separates the cells of a task table's header line, or None when the line is none."""
    s = line.strip(" \t\u3000\xa0\r")
    if "\t" in s or len(s) > 120:
        return None
    if " " not in s and "\u3000" not in s and "\xa0" not in s:
        return None  # no blank, one cell (most lines of a notice): neither pattern can split it into three
    for pattern in (_GAP, _BLANK):
        names = _letters_joined([n for n in pattern.split(s) if n])
        if len(names) >= 3 and all(len(n) <= _MAX_NAME for n in names) and is_task_header(names):
            return pattern
    return None


# one character of a column name printed letter-spaced (序号 工 作 任 务 牵头负责部门: the wide task column's name
# spread over its cell), a blank after each like the blanks between the names
_LETTER = re.compile(r"^\p{Han}$")


def _letters_joined(names: list[str]) -> list[str]:
    """A header's pieces with a run of single characters (工 作 任 务) read as the one name they spell."""
    out: list[str] = []
    run: list[str] = []
    for n in [*names, ""]:
        if _LETTER.match(n, 0, None, HOLD_GIL):
            run.append(n)
            continue
        if run:
            out += ["".join(run)] if len(run) >= 2 else run
            run = []
        if n:
            out.append(n)
    return out


def _header_with_tabs(line: str, split) -> str:
    """The header line's names joined by tabs (a letter-spaced name written whole)."""
    end = "\r" if line.endswith("\r") else ""
    return "\t".join(_letters_joined([c for c in split.split(line.strip(" \t\u3000\xa0\r")) if c])) + end


def _last_row(lines: list[str], j: int, max_gap: int) -> int | None:
    """The last line of the rows under a header: the last one opening with the next row number. Up to `max_gap`
    lines may stand between two rows: a row whose merged cells made the page print each of its cells on a line of
    its own, some over two (5 / task / 路 军 / 屈 磊 / 发展改革委 / 生态环境分局 / …), takes up to two lines a column."""
    expect, last, gap = 1, None, 0
    for k in range(j, min(len(lines), j + _SCAN)):
        s = lines[k].strip(" \t\u3000\xa0\r")
        if not s:
            break
        m = _SEQ.match(lines[k] + " ")
        if m and (int(m.group(1)) == expect or (int(m.group(1)) == 1 and _restarts_under_group(lines, k, last))):
            last, expect, gap = k, int(m.group(1)) + 1, 0
            continue
        gap += 1
        if gap > max_gap:
            break
    return last


_GROUP_LINE = 30  # characters of a category line over a group of rows (二、扩大有效投资, 扩大有效投资)


def _restarts_under_group(lines: list[str], k: int, last: int | None) -> bool:
    """二、扩大有效投资 / 1 推进重大项目建设 …: row 1 again after rows, right under a short line of one cell (a category
    spanning the table, marked or not), numbers the rows of a new group."""
    if last is None or k - 1 <= last:
        return False
    above = lines[k - 1].strip(" \t\u3000\xa0\r")
    return 0 < len(above) <= _GROUP_LINE and _GAP.search(above) is None and _SEQ.match(above + " ") is None


def _with_tabs(line: str, split, width: int, spans: list[tuple[int, int]] | None = None) -> str:
    """The line's cells joined by tabs. A line holding one cell (a piece of a cell printed over several
    lines) keeps a trailing tab: hard-wrap joining leaves table lines alone, and whitespace tidying
    drops the tab afterwards. A row parted by single blanks into more pieces than the header has names
    letter-spaced a cell as the header may (a leader's name 路 军 beside 屈 磊 in a 牵头县领导 column): a run of
    single characters is that one cell, as is a line of single characters only."""
    end = "\r" if line.endswith("\r") else ""
    cells = [c for c in split.split(line.strip(" \t\u3000\xa0\r")) if c]
    if split is _BLANK and len(cells) == width - 1:
        cells = _empty_cell_kept(line.strip(" \t\u3000\xa0\r"), cells)
    if spans is not None and 1 < len(cells) < width and len(spans) == width:
        cells = _cells_under_names(line, spans) or cells
    if split is _BLANK and len(cells) > width:
        cells = _sentence_pieces_joined(_list_pieces_joined(cells), width)
    if split is _BLANK and (len(cells) > width or all(_LETTER.match(c, 0, None, HOLD_GIL) for c in cells)):
        cells = _letters_joined(cells)  # (路 军 alone on its line: one cell too)
    if len(cells) == 1:
        return cells[0] + "\t" + end
    return "\t".join(cells) + end


def _empty_cell_kept(s: str, cells: list[str]) -> list[str]:
    """2 实施高效节水灌溉项目。  县水利局 2024年12月底前 under a header parted by single blanks: the row one cell short,
    a doubled blank the one place two of its cells are parted so, stands for the empty cell between them (a lead
    unit merged from the row above, printed blank): that cell is kept, empty, so the cells after it keep their
    columns. Rows with no doubled blank, or with more than one, are left as read."""
    gaps = [m for m in _GAP.finditer(s)]
    if len(gaps) != 1:
        return cells
    before = [c for c in _BLANK.split(s[: gaps[0].start()]) if c]
    return [*before, "", *cells[len(before) :]]


_GAP_PARTED = re.compile(r"[^ \u3000\xa0\t\r]++(?:[ \u3000\xa0][^ \u3000\xa0\t\r]++)*+")  # a piece between runs of blanks


def _name_spans(line: str) -> list[tuple[int, int]]:
    """Where each piece of a line parted by runs of blanks stands in it: (start, end) in characters."""
    return [m.span() for m in _GAP_PARTED.finditer(line)]


_ALIGNED_ROWS = 2  # whole rows whose cells all stand under their names, for a page's blanks to be read as its columns


def _columns_kept(lines: list[str], i: int, last: int, width: int) -> list[tuple[int, int]] | None:
    """The header's name spans when the page lays its rows out in the header's columns (a PDF's text with its layout:
    every whole row of the table, and at least _ALIGNED_ROWS of them, has each cell under its own name); None when
    the blanks are mere borders (two blanks between cells whatever their width: tt_02)."""
    names = _name_spans(lines[i])
    if len(names) != width:
        return None
    whole = [k for k in range(i + 1, last + 1) if len(_name_spans(lines[k])) == width]
    if len(whole) < _ALIGNED_ROWS:
        return None
    for k in whole:
        if _cells_under_names(lines[k], names) != [lines[k][a:b] for a, b in _name_spans(lines[k])]:
            return None
    return names


def _cells_under_names(line: str, names: list[tuple[int, int]]) -> list[str] | None:
    """2  推进审批制度改革。            市住房城乡建设局      长期坚持 under a header parted by runs of blanks (a PDF's
    text laid out in columns): a row short of cells printed an empty one (a lead merged from the row above, a support
    column left blank) as more blanks, so each cell is set under the name it stands beneath — the one its span
    overlaps most, else the nearest — and the columns it skips are kept, empty. None when two cells would fall under
    one name or their order would change (a page whose blanks do not keep to the header's columns: left as read)."""
    out = [""] * len(names)
    last = -1
    for start, end in _name_spans(line):
        col = max(range(len(names)), key=lambda c: (_overlap((start, end), names[c]), -_distance((start, end), names[c])))
        if col <= last:
            return None
        out[col], last = line[start:end], col
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return abs((a[0] + a[1]) - (b[0] + b[1]))  # (twice the distance between the centres)


_LIST_GOES_ON = ("、", "，", ",")  # a piece ending so continues: the blank after it is inside a cell (各区教育局、 市局直属单位)
_SENTENCE_END = re.compile(r"[。；;！!？?）)]$")
_SENTENCE_PIECE = 8  # characters of a piece of a task's text that a blank inside the cell cut off


def _list_pieces_joined(cells: list[str]) -> list[str]:
    """A row's pieces with a piece ending in 、 or ， joined to the next: a list goes on after them, no border does."""
    out: list[str] = []
    for c in cells:
        if out and out[-1].endswith(_LIST_GOES_ON):
            out[-1] += c
        else:
            out.append(c)
    return out


def _sentence_pieces_joined(cells: list[str], width: int) -> list[str]:
    """…完成吉祥坊体育 应对…各项工作任务。: a row still parted into more pieces than its header has names, a task's text
    cut by a blank inside it (a word the page inserted) — a long piece that stops mid-sentence joins the next one,
    which ends the sentence, as one cell, until the pieces number the names."""
    out = list(cells)
    k = 1
    while len(out) > width and k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if len(a) >= _SENTENCE_PIECE and not _SENTENCE_END.search(a) and _SENTENCE_END.search(b):
            out[k : k + 2] = [a + " " + b]
        else:
            k += 1
    return out


# ================================================================ box-drawn grids

_BOX_TOP = tuple(BOX_TOP)
_BOX_EDGE = re.compile(f"[{re.escape(BOX_EDGES)}]")
_BOX_RULE = re.compile(f"^[{re.escape(BOX_RULES)}]++$")
_NAME_BLANKS = re.compile(r"[ \u3000\xa0\t]++")


def _box_grids(text: str, log) -> str:
    """Every box-drawn grid whose header is a task table's, written as tab-parted lines (the others left as drawn)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i + 1
        if lines[i].strip().startswith(_BOX_TOP):  # (not [:1] in BOX_TOP: a blank line's '' is in every str)
            while end < len(lines) and is_box_line(lines[end].strip()) and not lines[end].strip().startswith(_BOX_TOP):
                end += 1
            rows = _grid_rows([ln.strip() for ln in lines[i + 1 : end]])
            if rows is not None:
                log.record(lines[i + 1].strip()[:24], rows[0][:24])
                out.extend(rows)
                i = end
                continue
        out.extend(lines[i:end])
        i = end
    return "\n".join(out)


def _box_segments(s: str) -> list[tuple[bool, str]]:
    """A grid line's cells, left to right: (a rule that closes the cell above, the text the line holds in it). A line
    the page cut short (no edge at its end) keeps its last piece."""
    parts = _BOX_EDGE.split(s)
    parts = parts[1:-1] if s[-1] in BOX_EDGES else parts[1:]
    return [(_BOX_RULE.match(p) is not None, p.strip(" \u3000\xa0")) for p in parts]


def _grid_rows(lines: list[str]) -> list[str] | None:
    """The grid under a ┌ line as tab-parted lines: its header (the lines above the first rule across every column,
    a name wrapped over them joined), then one line for each cell of the task column (its own rules bound it), each
    other column giving the cells that stand beside it: a cell merged over several rows is written in each of them
    (a row with its last cells covered would otherwise lose their borders, and read as a wrapped line of the row
    above). None when no rule closes a header or the header is no task table's."""
    grid = [_box_segments(s) for s in lines if s]
    h = next((k for k, segs in enumerate(grid) if segs and all(rule for rule, _ in segs)), 0)
    if h == 0:
        return None
    n = len(grid[h])
    names = [_NAME_BLANKS.sub("", "".join(segs[c][1] for segs in grid[:h] if c < len(segs))) for c in range(n)]
    if not is_task_header(names):
        return None
    columns = [_grid_column(grid, c, h + 1) for c in range(n)]
    roles = [column_role(x) for x in names]
    task = roles.index("task") if "task" in roles else 0
    out = ["\t".join(names)]
    for first, last, text in columns[task]:
        cells = [text if c == task else "；".join(_beside(columns[c], first, last)) for c in range(n)]
        out.append("\t".join(cells))
    return out


def _beside(cells: list[tuple[int, int, str]], first: int, last: int) -> list[str]:
    """The texts of a column's cells that stand on any of lines first … last."""
    return [t for f, l, t in cells if f <= last and l >= first and t]


def _grid_column(grid: list[list[tuple[bool, str]]], c: int, start: int) -> list[tuple[int, int, str]]:
    """Column c's cells below the header: (first line, last line, text: its pieces joined, a name or a sentence
    wrapped inside its box read whole)."""
    out: list[tuple[int, int, str]] = []
    first, last, parts = -1, -1, []
    for k in range(start, len(grid)):
        if c >= len(grid[k]):
            continue  # a line the page cut before this column
        rule, piece = grid[k][c]
        if rule:
            if first >= 0:
                out.append((first, last, "".join(parts)))
            first, parts = -1, []
            continue
        first = k if first < 0 else first
        last = k
        parts.append(piece)
    if first >= 0:
        out.append((first, last, "".join(parts)))
    return out


# ================================================================ empty cells of one-cell-a-line tables

# A page that prints a table one cell a line with a blank line between cells (序号 / (blank) / 任务名称 / (blank) / …)
# marks a cell left empty only by one blank line more (tt_124: … / 市场监管局 / 市税务局 / (blank) / (blank) / 2, the empty
# 备注 after a 参与部门 cell printed one unit a line). Whitespace tidying brings every run of blank lines down to one,
# and the rows' cells would shift; so inside such a table (its header found by its names: a 序号 line, then names one
# a line with a task and a responsibility column among them, up to the first row's number) a run of two blank lines
# is kept, and so is a run of two or more after the table's last cell. Nowhere else: a page that parts its cells by
# two blank lines as a rule (most gaps two, not one) marks nothing so, and keeps nothing.
_EMPTY_CELL_GAP = 2  # blank lines: one parting the cells, one for the empty cell
_HEADER_LINES = 40  # lines of a header printed one name a line (sixteen names, most wrapped in two)
_CELL_LINE = 300  # characters of a line that can still be one cell (a task's text)
_ROW_NUMBER = re.compile(r"^\d{1,3}$")


def may_hold_empty_cells(lines: list[str], joined: str) -> bool:
    """Can the tidied `lines` (the caller has seen a run of blank lines among them; `joined` is them joined by line
    ends) hold a one-cell-a-line table marking empty cells so: a line that is a 序号 column's name (序号, 编号 …). The
    text is asked first for the shortest names (序, 编号: every name holds one), a substring search in C, so only a text
    holding one pays for the list membership tests (each compares every line)."""
    return any(name in joined for name in _seq_name_cores()) and any(name in lines for name in seq_column_names())


@cache
def _seq_name_cores() -> tuple[str, ...]:
    """The 序号 column names no shorter listed name stands inside (序, 编号): a text holds a listed name only if it
    holds one of these."""
    names = seq_column_names()
    return tuple(n for n in names if not any(m != n and m in n for m in names))


def empty_cell_gaps(lines: list[str]) -> set[int]:
    """The indices of the content lines of `lines` (blank lines: "") whose gap below (the blank lines after them) marks
    an empty cell of a one-cell-a-line table: two blank lines inside the table, two or more after its last line."""
    content = [i for i, line in enumerate(lines) if line]
    seq_names = frozenset(seq_column_names())
    kept: set[int] = set()
    p = 0
    while p < len(content):
        if lines[content[p]] not in seq_names:
            p += 1
            continue
        first_row = _first_row_after_header(lines, content, p)
        if first_row is None:
            p += 1
            continue
        end = _cell_run_end(lines, content, first_row)
        kept |= _gaps_kept(content, first_row, end, len(lines))
        p = end + 1
    return kept


def _gap(content: list[int], p: int, n: int) -> int:
    """Blank lines between the p-th content line and the next; after the last, those up to the text's end (its
    final line end no blank line: n lines, the last "" after it)."""
    return (content[p + 1] if p + 1 < len(content) else n - 1) - content[p] - 1


def _first_row_after_header(lines: list[str], content: list[int], h: int) -> int | None:
    """The position (in `content`) of the first row's number below a header opening with 序号 on content[h] and
    printed one name a line parted by at most one blank line, or None when the lines below are no such header (no
    task or no responsibility column among the names, each piece read alone and joined to the next)."""
    names: list[str] = []
    for p in range(h + 1, min(len(content), h + 1 + _HEADER_LINES)):
        if _gap(content, p - 1, len(lines)) > 1:
            return None
        line = lines[content[p]]
        if _ROW_NUMBER.match(line):
            roles = {column_role(n) for n in names} | {column_role(a + b) for a, b in zip(names, names[1:])}
            return p if "task" in roles and roles & RESPONSIBILITY_ROLES else None
        if len(line) > _MAX_NAME:
            return None
        names.append(line)
    return None


def _cell_run_end(lines: list[str], content: list[int], p: int) -> int:
    """The position of the last line of the rows from content[p] on: lines that can be cells, at most two blank
    lines apart."""
    while p + 1 < len(content) and _gap(content, p, len(lines)) <= _EMPTY_CELL_GAP and len(lines[content[p + 1]]) <= _CELL_LINE:
        p += 1
    return p


def _gaps_kept(content: list[int], first: int, end: int, n: int) -> set[int]:
    """The lines among the rows content[first..end] whose two blank lines below mark an empty cell (and the last
    line's, when two or more follow it), where one blank line parts the rows' cells as a rule."""
    gaps = [_gap(content, p, n) for p in range(first, end)]
    if not gaps or 2 * gaps.count(1) <= len(gaps):
        return set()
    kept = {content[p] for p, g in zip(range(first, end), gaps) if g == _EMPTY_CELL_GAP}
    if not kept:
        return kept
    if _gap(content, end, n) >= _EMPTY_CELL_GAP:
        kept.add(content[end])  # the last row's empty last cell, then the table's end (or the page's)
    return kept
