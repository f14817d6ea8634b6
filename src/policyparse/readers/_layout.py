"""Fixed-layout pages (PDF, OFD) -> blocks: lines from positioned characters, page furniture set aside,
hard wraps joined, letter-spaced titles closed up, rows of separated cells kept as table rows.

Coordinates are page units with y growing downwards (top < bottom). The rules are geometric, so they
hold whatever the wording:

- A line is the characters whose vertical centres fall together; a character drawn twice at the same
  place (the fake bold of many red-headed notices) is read once.
- Within a line a gap wider than CELL_GAP character heights (MIXED_CELL_GAP where a number meets a Han
  label) separates cells: such lines are table rows. A table's cells are aligned to its columns (taken
  from its fullest rows), an empty cell where a row has nothing; the lines of one row (a two-line cell
  centred beside one-line cells, wrapped cells) are joined into it. Wide spaces in a lone line or after
  a 第X章 heading are spacing, not cells.
- A ruled table (the page draws its cell borders: `_grid`) is read by its borders instead: each row one
  line of its own whose cells are the grid's, a cell's wrapped lines joined, a merged cell's text in the
  first cell it covers. Such rows are never joined to a neighbouring line.
- A line made only of single characters spread apart (关  于  印  发) is a letter-spaced title: closed up.
- Page furniture: a page number (— 6 —, -6-, 第3页 共12页, 3/12, a bare number) among the first or last
  lines of a page inside the top or bottom band, and a running header or footer (the same line, numbers
  aside, in the band of several pages; or, a little further up the foot — 重庆市人民政府办公厅发布 above
  the page number — at the same height on several pages and nowhere else, a table row never). Set aside before lines are joined, so a sentence or a note cut by
  a page break joins up again.
- Hard wraps: a line that reaches the body's right edge continues on the next line unless that one is
  indented (a new paragraph) or is a table row; this also joins across a page break.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

import regex as re

from policyparse import grammar
from policyparse.readers import Block, _grid

CELL_GAP = 1.5  # character heights: a wider gap separates table cells (numbers beside labels in budget tables sit 1.6-2 apart)
MIXED_CELL_GAP = 0.8  # a narrower gap still separates cells where a number meets a Han label (91,955.00  一、支出)
BAND = 0.11  # share of the page height at the top and at the bottom where furniture lives
EDGE_LINES = 3  # furniture is among the first / last lines of a page
WIDE_BAND = 0.2  # a line repeated at the same height at the foot of many pages is furniture this far up
SAME_SPOT = 0.01  # share of the page height: "the same height"
RUNNING_MIN_PAGES = 3
RUNNING_SHARE = 0.4
RIGHT_SLACK = 1.6  # character heights short of the right edge still count as reaching it
INDENT = 0.8  # character heights right of the left edge make a line indented

_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－~·•_]*+(?:第\s*+)?(?:\d{1,4}|[IVXLCivxlc]{1,6})(?:\s*+页)?(?:[\s/／|,，]*+(?:共\s*+)?\d{1,4}\s*+页?)?[\s\-—–－~·•_]*+$"
)
# — 6 —, --6--, ~ 6 ~ among a page's first / last lines, in the band or not: the widest dashed form
_DASHED_NUMBER = grammar.page_number_line(3, tilde=True)
_DIGITS = re.compile(r"\d+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9.,%]")


@dataclass
class Glyph:
    ch: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def h(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    h: float
    page: int
    cells: int = 1  # segments separated by a cell gap
    spans: list[tuple[float, float]] | None = None  # each segment's x extent
    ruled: bool = False  # a row of a ruled grid: its cells are the grid's, never joined to another line

    @property
    def is_row(self) -> bool:
        return "\t" in self.text


# ---------------------------------------------------------------- characters -> lines


def page_lines(glyphs: list[Glyph], page: int, rules: list[_grid.Rule] | None = None) -> list[Line]:
    """The page's lines, top to bottom; the rows of the ruled tables the `rules` draw are lines of their own."""
    glyphs = [g for g in glyphs if g.ch.strip() and g.x1 >= g.x0]
    if not glyphs:
        return []
    if rules:
        grid_rows, glyphs = _ruled_rows(glyphs, page, rules)
        lines = _glyph_lines(glyphs, page) + grid_rows
        lines.sort(key=lambda ln: (ln.top, ln.x0))
        return lines
    return _glyph_lines(glyphs, page)


def _glyph_lines(glyphs: list[Glyph], page: int) -> list[Line]:
    if not glyphs:
        return []
    glyphs.sort(key=lambda g: (g.cy, g.x0))
    groups: list[list[Glyph]] = []
    for g in glyphs:
        if groups:
            cur = groups[-1]
            ref = cur[-1]
            if abs(g.cy - _mean_cy(cur)) <= 0.45 * max(ref.h, g.h):
                cur.append(g)
                continue
        groups.append([g])
    lines = [_line(sorted(grp, key=lambda g: g.x0), page) for grp in groups]
    lines = [ln for ln in lines if ln.text.strip()]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


FRAME_COLUMNS = 2  # a grid of this many columns or fewer may be a frame around prose


def _is_table(grid: _grid.Grid, rows: list[Line]) -> bool:
    """A grid of three columns or more is a table (a page of it may hold one row a page break cut, one cell
    filled); one of two columns is a table when a row fills both, else a frame around prose."""
    if not rows:
        return False
    if len(grid.xs) - 1 > FRAME_COLUMNS:
        return True
    return any(len([c for c in r.text.split("\t") if c]) >= 2 for r in rows)


def _ruled_rows(glyphs: list[Glyph], page: int, rules: list[_grid.Rule]) -> tuple[list[Line], list[Glyph]]:
    """The rows of the page's ruled grids as lines (cells joined by tabs), and the glyphs outside them."""
    rows: list[Line] = []
    for grid in _grid.find_grids(rules):
        inside = [g for g in glyphs if grid.contains((g.x0 + g.x1) / 2, g.cy)]
        grid_rows = _grid_rows(grid, inside, page) if inside else []
        if not _is_table(grid, grid_rows):
            continue  # a frame drawn around prose: its lines are read as lines
        glyphs = [g for g in glyphs if not grid.contains((g.x0 + g.x1) / 2, g.cy)]
        rows.extend(grid_rows)
    return rows, glyphs


def _grid_rows(grid: _grid.Grid, glyphs: list[Glyph], page: int) -> list[Line]:
    cells: dict[tuple[int, int], list[Glyph]] = {}
    for g in glyphs:
        cells.setdefault(grid.cell_of((g.x0 + g.x1) / 2, g.cy), []).append(g)
    h = statistics.median(g.h for g in glyphs)
    spans = list(zip(grid.xs, grid.xs[1:]))
    out = []
    for row in range(len(grid.ys) - 1):
        texts = [_cell_text(cells.get((row, col), [])) for col in range(len(spans))]
        if any(texts):
            out.append(Line("\t".join(texts), grid.xs[0], grid.xs[-1], grid.ys[row], grid.ys[row + 1], h, page,
                            len(texts), spans, ruled=True))
    return out


def _cell_text(glyphs: list[Glyph]) -> str:
    """A cell's lines joined into one text (a cell wrapped over lines is one cell). The cell's borders have
    told its text apart already, so its lines are simply its glyphs taken by height, then left to right."""
    if not glyphs:
        return ""
    h = statistics.median(g.h for g in glyphs)
    text = ""
    for line in _rows_by_height(sorted(glyphs, key=lambda g: g.cy), h):
        line.sort(key=lambda g: g.x0)
        kept = [g for k, g in enumerate(line) if not (k and _drawn_again(line[k - 1], g, h))]
        text = _glue(text, _join(kept, h))
    return text


def _rows_by_height(glyphs: list[Glyph], h: float) -> list[list[Glyph]]:
    rows: list[list[Glyph]] = []
    for g in glyphs:
        if rows and abs(g.cy - rows[-1][-1].cy) <= 0.45 * h:
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


def _drawn_again(a: Glyph, b: Glyph, h: float) -> bool:
    """The same character at (almost) the same place: fake bold or a shadow."""
    return a.ch == b.ch and abs(a.x0 - b.x0) < 0.3 * h and abs(a.cy - b.cy) < 0.3 * h


def _mean_cy(group: list[Glyph]) -> float:
    tail = group[-8:]
    return sum(g.cy for g in tail) / len(tail)


def _without_redraws(glyphs: list[Glyph], h: float) -> list[Glyph]:
    """The glyphs less each one drawn again over one of the few before it."""
    kept: list[Glyph] = []
    for g in glyphs:
        if not any(_drawn_again(k, g, h) for k in kept[-4:]):
            kept.append(g)
    return kept


def _cell_segments(kept: list[Glyph], h: float) -> list[list[Glyph]]:
    """The line's glyphs cut where a gap wide enough for a cell border (narrower where the script changes) falls."""
    segments: list[list[Glyph]] = [[kept[0]]]
    for prev, g in zip(kept, kept[1:]):
        gap = g.x0 - prev.x1
        if gap > CELL_GAP * h or (gap > MIXED_CELL_GAP * h and _script_changes(prev.ch, g.ch)):
            segments.append([g])
        else:
            segments[-1].append(g)
    return segments


def _line(glyphs: list[Glyph], page: int) -> Line:
    h = statistics.median(g.h for g in glyphs)
    kept = _without_redraws(glyphs, h)
    segments = _cell_segments(kept, h)
    texts = [_join(seg, h) for seg in segments]
    spans = [(seg[0].x0, max(g.x1 for g in seg)) for seg in segments]
    if len(texts) >= 2 and all(len(t) == 1 for t in texts) and sum(bool(grammar.HAN.match(t)) for t in texts) >= 2:
        texts = ["".join(texts)]  # a letter-spaced title: 通  知
        spans = [(spans[0][0], spans[-1][1])]
    text = "\t".join(texts)
    return Line(text, kept[0].x0, max(g.x1 for g in kept), min(g.top for g in kept), max(g.bottom for g in kept), h, page,
                len(texts), spans)


def _script_changes(a: str, b: str) -> bool:
    return bool(_ASCII_WORD.match(a)) != bool(_ASCII_WORD.match(b)) and bool(grammar.HAN.match(a) or grammar.HAN.match(b))


def _join(seg: list[Glyph], h: float) -> str:
    out = [seg[0].ch]
    for prev, g in zip(seg, seg[1:]):
        gap = g.x0 - prev.x1
        if gap > 0.25 * h and _ASCII_WORD.match(prev.ch) and _ASCII_WORD.match(g.ch):
            out.append(" ")
        out.append(g.ch)
    # a soft hyphen the font draws as a hyphen (2014\xad2020): what the reader sees is a hyphen
    return _SOFT_HYPHEN.sub("-", "".join(out))


_SOFT_HYPHEN = re.compile(r"(?<=\d)\xad(?=\d)")


# ---------------------------------------------------------------- furniture


def _norm(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text)) and len(text.strip()) <= 24


def set_aside_furniture(pages: list[list[Line]], heights: list[float]) -> tuple[list[list[Line]], list[Line]]:
    """Body lines of each page, and the furniture lines set aside."""
    running, fixed = _running_texts(pages, heights)
    body_pages: list[list[Line]] = []
    furniture: list[Line] = []
    for lines, height in zip(pages, heights):
        band = {id(ln) for ln in _band_lines(lines, height)}
        wide = {id(ln) for ln in _foot_lines(lines, height)}
        edge = {id(ln) for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        body = []
        for ln in lines:
            text = _norm(ln.text)
            if ((id(ln) in band and (is_page_number(ln.text) or text in running))
                    or (id(ln) in wide and text in fixed and not ln.is_row)
                    or (id(ln) in edge and _DASHED_NUMBER.match(ln.text))):
                furniture.append(ln)
            else:
                body.append(ln)
        body_pages.append(body)
    return body_pages, furniture


def _running_texts(pages: list[list[Line]], heights: list[float]) -> tuple[set[str], set[str]]:
    """Lines (numbers aside) in the band of several pages; and lines in the wider band at the same height
    on several pages and nowhere else."""
    band_counts: Counter[str] = Counter()
    spots: dict[str, list[float]] = {}
    elsewhere: set[str] = set()  # also in the body of some page: a heading or a party's name, not furniture
    for lines, height in zip(pages, heights):
        band_counts.update({_norm(ln.text) for ln in _band_lines(lines, height)})
        wide = _foot_lines(lines, height)
        first_spot: dict[str, float] = {}
        for ln in wide:
            first_spot.setdefault(_norm(ln.text), ln.top / height)
        for text, spot in first_spot.items():
            spots.setdefault(text, []).append(spot)
        in_wide = {id(ln) for ln in wide}
        elsewhere.update(_norm(ln.text) for ln in lines if id(ln) not in in_wide)

    def often(count: int) -> bool:
        return count >= RUNNING_MIN_PAGES and count >= RUNNING_SHARE * len(pages)

    running = {t for t, c in band_counts.items() if t and often(c)}
    fixed = {t for t, ys in spots.items() if t and t not in elsewhere and often(len(ys)) and max(ys) - min(ys) <= SAME_SPOT}
    return running, fixed


def _band_lines(lines: list[Line], height: float) -> list[Line]:
    edge = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    return [ln for ln in edge if ln.bottom <= BAND * height or ln.top >= (1 - BAND) * height]


def _foot_lines(lines: list[Line], height: float) -> list[Line]:
    """The last lines of a page in the wider band at its foot (a footer above the page number). Only the
    foot: at the head, lines repeated at one height are as often a continuation page's heading (the buyer
    and seller atop each page of an invoice's list) as furniture."""
    return [ln for ln in lines[-EDGE_LINES:] if ln.top >= (1 - WIDE_BAND) * height]


# ---------------------------------------------------------------- lines -> blocks


def _margins(lines: list[Line]) -> tuple[float, float]:
    prose = [ln for ln in lines if not ln.is_row and len(ln.text) >= 8] or lines
    lefts = sorted(ln.x0 for ln in prose)
    rights = sorted(ln.x1 for ln in prose)
    left = lefts[len(lefts) // 10]
    right = rights[(len(rights) * 9) // 10]
    return left, right


def _continues(prev: Line, cur: Line, left: float, right: float) -> bool:
    """`cur` goes on the paragraph `prev` ends: prev reaches the right edge, cur is not indented."""
    if prev.is_row or cur.is_row:
        return False
    if cur.text.startswith("附") and grammar.ATTACHMENT_LABEL_LINE.match(cur.text) is not None:
        return False  # 日期：____年__月__日 / 附件1-1 (vs_09): a form's blank date reaches the edge; the next page's label is no wrap
    h = max(prev.h, cur.h)
    return prev.x1 >= right - RIGHT_SLACK * h and cur.x0 <= left + INDENT * h and abs(prev.h - cur.h) <= 0.15 * h


def _glue(a: str, b: str) -> str:
    if a and b and _ASCII_WORD.match(a[-1]) and _ASCII_WORD.match(b[0]) and not a[-1].isdigit():
        return a + " " + b
    return a + b


def lines_to_blocks(pages: list[list[Line]], heights: list[float]) -> list[Block]:
    body_pages, furniture = set_aside_furniture(pages, heights)
    lines = [ln for page in body_pages for ln in page]
    blocks: list[Block] = [Block("furniture", ln.text, page=ln.page) for ln in furniture]
    if not lines:
        return blocks
    left, right = _margins(lines)
    _demote_lone_rows(lines)
    prev: Line | None = None
    para_start: int | None = None  # the line the last paragraph block was made of, when it is one line
    table: tuple[int | None, int] = (None, -1)  # the lines (start, end) the last table block was made of
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.is_row:
            table = _add_table(blocks, lines, i, right, para_start, table)
            prev, i, para_start = lines[table[1] - 1], table[1], None
            continue
        if prev is not None and blocks and blocks[-1].kind == "paragraph" and _continues(prev, ln, left, right):
            blocks[-1].text = _glue(blocks[-1].text, ln.text)
            para_start = None
        else:
            blocks.append(Block("paragraph", ln.text, page=ln.page))
            para_start = i
        prev = ln
        i += 1
    return blocks


def _add_table(blocks: list[Block], lines: list[Line], i: int, right: float, para_start: int | None,
               last_table: tuple[int | None, int]) -> tuple[int, int]:
    """Adds the table block whose first row is line i, and gives the lines (start, end) it is made of: it takes the
    one-line paragraph just above when that is the first line of a cell of this row, and the table block before it
    when that ended where this one starts (one table, cut where a cell's first line stood above its row)."""
    ln = lines[i]
    start = i
    if (para_start is not None and para_start == i - 1 and not ln.ruled and _cell_line(lines[i - 1], right, ln)
            and _close_below(lines[i - 1], ln)):
        blocks.pop()  # the line just above is the first line of a cell of this row
        start = i - 1
    j = _table_end(lines, i, right)
    table_start, table_end = last_table
    if blocks and blocks[-1].kind == "table" and table_start is not None and table_end == start:
        start = table_start
        blocks.pop()
    blocks.append(Block("table", rows=table_rows(lines[start:j]), page=ln.page))
    return start, j


# ---------------------------------------------------------------- tables

_SPACED_HEADING = re.compile(rf"^第[{grammar.CN_NUMERALS}\d]{{1,4}}(?:章|节|部分|编|篇)$")
LONE_ROW_CELLS = 3  # a line of this many wide-spaced parts or fewer, with no row near it, is no table


def _demote_lone_rows(lines: list[Line]) -> None:
    """第一章　　总则, 第二部分　2020年度决算表, two issuers side by side: wide spaces in a line with no
    other row near it are spacing, not cells; the parts are joined by a space."""
    for k, ln in enumerate(lines):
        if not ln.is_row or ln.ruled or ln.cells > LONE_ROW_CELLS:
            continue
        near = [o for o in lines[max(k - 3, 0):k] + lines[k + 1:k + 4]
                if o.is_row and o.page == ln.page and abs(o.top - ln.top) <= 4 * max(o.h, ln.h)]
        heading = ln.cells == 2 and _SPACED_HEADING.match(ln.text.split("\t", 1)[0])
        if not near or heading:
            ln.text = " ".join(ln.text.split("\t"))
            ln.cells, ln.spans = 1, [(ln.x0, ln.x1)]

CONTINUATION_GAP = 0.5  # character heights between a row and a line of the same cells (row padding is more)


def _table_end(lines: list[Line], i: int, right: float) -> int:
    """The first line after the table starting at row i: rows, and the lines of wrapped cells between
    them (close below a row, short of the body's right edge)."""
    j = i + 1
    while j < len(lines):
        ln, above = lines[j], lines[j - 1]
        if not ln.is_row and (above.ruled or not (_close_below(above, ln) and _cell_line(ln, right, above))):
            break  # the line below a grid's last border is outside the grid
        j += 1
    return j


ROW_CELLS_FOR_COLUMNS = 3  # a row of this many cells or more shows where its columns are


def _cell_line(ln: Line, right: float, row: Line) -> bool:
    """A line that can be part of a cell of `row` (a line next to it): short of the right edge (body prose
    runs to it), or standing in one column of a row of several cells. The second holds where the edge
    cannot be told: on a page that is mostly table, the wrapped lines of a wide cell set the edge themselves."""
    return ln.x1 < right - 2 * ln.h or _in_one_column(ln, row)


def _in_one_column(ln: Line, row: Line) -> bool:
    """`ln` overlaps at most one of the cells of `row` (a row of several cells): it fits in one column."""
    if not row.is_row or not row.spans or len(row.spans) < ROW_CELLS_FOR_COLUMNS:
        return False
    return sum(1 for a, b in row.spans if min(b, ln.x1) - max(a, ln.x0) > 0) <= 1


def _close_below(above: Line, ln: Line) -> bool:
    return ln.page == above.page and -max(ln.h, above.h) <= ln.top - above.bottom <= CONTINUATION_GAP * max(ln.h, above.h) + 0.5


def _columns(lines: list[Line]) -> list[tuple[float, float]]:
    """Column extents from the rows with the most cells (the table's full rows)."""
    most = max(len(ln.spans or [()]) for ln in lines)
    cols: list[list[float]] = []
    for ln in lines:
        if ln.spans and len(ln.spans) == most:
            if not cols:
                cols = [[a, b] for a, b in ln.spans]
            else:
                for col, (a, b) in zip(cols, ln.spans):
                    col[0], col[1] = min(col[0], a), max(col[1], b)
    return [(a, b) for a, b in cols]


def _column_of(span: tuple[float, float], cols: list[tuple[float, float]]) -> int:
    a, b = span
    overlaps = [min(b, cb) - max(a, ca) for ca, cb in cols]
    best = max(range(len(cols)), key=lambda k: overlaps[k])
    if overlaps[best] > 0:
        return best
    centre = (a + b) / 2
    return min(range(len(cols)), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - centre))


def table_rows(lines: list[Line]) -> list[list[str]]:
    """Rows of cells aligned to the table's columns (an empty cell where a row has nothing). A line close
    to the row above joins it when it is part of that row's cells: it fills only columns the row leaves
    empty (a single line beside a vertically centred two-line cell), it carries on the row's cells with
    the first column empty (a wrapped cell), or it ends a two-line first cell the line above left empty."""
    cols = _columns(lines)
    rows: list[list[str]] = []
    prev: Line | None = None
    prev_cells: list[str] = []
    body: tuple[int, Line] | None = None  # the last row that is no repeated header, and its line
    for ln in lines:
        cells = _cells(ln, cols)
        joins = rows and prev is not None and not ln.ruled and not prev.ruled and _close_below(prev, ln)
        if joins and _same_row(rows[-1], prev_cells, cells):
            rows[-1] = _joined(rows[-1], cells)
        elif body is not None and _row_goes_on_after_page_break(rows[body[0]], body[1], cells, ln):
            rows[body[0]] = _joined(rows[body[0]], cells)
            body = (body[0], ln)  # only the first row of a page carries on the row the page break cut
        else:
            rows.append(cells)
            if cells != rows[0] or len(rows) == 1:
                body = (len(rows) - 1, ln)
        prev, prev_cells = ln, cells
    return rows


def _joined(row: list[str], cells: list[str]) -> list[str]:
    return [_glue(a, b) if a and b else a or b for a, b in zip(row, cells)]


_SENTENCE_END = ("。", "；", ";", "！", "？", "：", ":")


def _row_goes_on_after_page_break(row: list[str], row_line: Line, cells: list[str], ln: Line) -> bool:
    """A ruled row cut by a page break: on the next page, the first row (after the repeated header) has no
    first cell and carries on only cells the row above filled, each of which broke off mid-sentence there
    and goes on without a marker of its own. A new row under a merged 序号 fills cells anew, follows cells
    that ended their sentence, or opens with its own number ((十六)商业服务业等支出 under (十五)…)."""
    if not (ln.ruled and row_line.ruled and ln.page == row_line.page + 1) or cells[0]:
        return False
    filled = [k for k, c in enumerate(cells) if c]
    return bool(filled) and all(
        row[k] and not row[k].endswith(_SENTENCE_END) and grammar.match_marker(cells[k]) is None for k in filled
    )


def _cells(ln: Line, cols: list[tuple[float, float]]) -> list[str]:
    cells = [""] * max(len(cols), 1)
    for text, span in zip(ln.text.split("\t"), ln.spans or [(ln.x0, ln.x1)]):
        k = _column_of(span, cols) if cols else 0
        cells[k] = _glue(cells[k], text) if cells[k] else text
    return cells


def _same_row(row: list[str], prev_cells: list[str], cells: list[str]) -> bool:
    filled = {k for k, c in enumerate(cells) if c}
    in_row = {k for k, c in enumerate(row) if c}
    if not filled:
        return False
    if not filled & in_row:
        return True  # beside a vertically centred cell
    if not cells[0] and filled <= in_row and len(filled) < len(cells):
        return True  # the next line of wrapped cells
    return bool(cells[0]) and not prev_cells[0] and bool(row[0]) and filled == {0}
