"""Task rows (the rows of a 重点任务分工表): responsibility, deadlines and targets read from the row's cells.

A task row carries its cells as column name -> text (``Section.cells``); what each column holds comes from
``grammar.column_role`` (lexicons/task_columns.tsv), so this stage needs nothing from segmentation:
  lead          牵头单位 / 牵头部门                      -> lead, mode lead_support
  support       配合 / 协办 / 参与单位                    -> support
  responsible   责任单位 / 责任部门 (with a 牵头 column)   -> support
  responsible   责任单位 alone                           -> the contract's rules for （责任单位：A、B）: listed;
                                                            A（牵头） leads; after 排在第一位的为牵头单位 the
                                                            first unit leads; only collectives: all
  time          完成时限 / 时间节点                        -> deadlines (2023年底前, 2020.12, 长期; 3.18-3.23 dated
                                                            by the year the document gives that month; 全年 the
                                                            table's year; 每季度 / 每月 recurring)
  task          重点任务 / 具体措施 …                      -> targets and deadlines of the task text (also
                                                            力争2025年…, 9月投入使用, which running text leaves)
A cell a merged cell filled in (the row's own line does not print it) is read where the table prints it,
in a row above.
"""

from __future__ import annotations

import functools

import regex as re

from policyparse import grammar as _g
from policyparse.extract import deadlines as _deadlines
from policyparse.extract import lexicon as _lex
from policyparse.extract import units as _units
from policyparse.extract._text import walk
from policyparse.models import Deadline, Metadata, Responsibility, Section, Unit

_NONE = re.compile(r"^[/／\\—–\-－、无暂无\s]*$")  # / , 无, — : no unit
_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[.．/\-－]\s*(\d{1,2})(?:\s*[.．/\-－]\s*(\d{1,2}))?(?!\d)")
_ONGOING = re.compile(r"长期|持续|常态|长效")  # 常态化, 常态工作 (standing work): no end
# 全年, 年内, and with the verb of the work done through it (全年推进, 年内完成: tt_134's 时间进度 cells)
_WHOLE_YEAR_CELL = re.compile(r"^\s*(全年|年内)(?:推进|完成|实施|开展|落实)?\s*$")
_A_YEAR_WHOLE_CELL = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年度?\s*(?:全年|内)\s*$")  # 2024年内, 2024年全年
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\d)")
# a time cell of month.day dates only, one (3.20: by then) or a range (3.18-3.23: the days the work is done
# in), as weekly work plans print them; the year is the document's, not the cell's
_MONTH_DAY = r"(\d{1,2})\s*[.．月]\s*(\d{1,2})\s*日?"
_MONTH_DAY_CELL = re.compile(rf"^\s*{_MONTH_DAY}(?:\s*[-－—–~～至到]+\s*{_MONTH_DAY})?\s*$")
_DATED_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[.．/\-－])\s*(\d{1,2})(?!\d)")
_LOOK_BACK = 200_000  # characters: how far above a row a merged cell's text is looked for
_BORDER = "\t\n"
_BAR_BLANKS = " \u3000"  # blanks beside a bar printed as a cell border
_GLUED_BACK = 2_000  # characters above a row where a merged cell run together with its row's other cells is looked for
_FIRST_PIECE = 2  # characters of a cell looked for when the whole cell is not printed in one piece
_WRAP_ABOVE = 80  # characters above a row where the first line of its wrapped cells may stand
_LIST_CELL = 60  # characters: a cell longer than this is no list of units
_SENTENCE = re.compile(r"[。；;！？]")
# a piece of a list of units: up to the next separator, a bracket kept whole (各县（市、区）政府 is one name)
_LIST_PIECE = re.compile(r"(?:[（(][^（()）]*[）)]|[^、，,；;／/\s（(）)])+|[（(）)]")


def assign_task_rows(text: str, sections: list[Section], metadata: Metadata | None = None) -> None:
    """Fill responsibility, deadlines and targets of every task_row node from its cells, in place."""
    reading = None  # what the document says of its lists: read at the first row with cells (most documents have none)
    table_start = 0  # where the first row of the table being read starts
    previous = None
    before = None  # id -> previous sibling: made at the first row (most documents have none)
    read_rows: list[Section] = []  # the rows given a responsibility from their cells
    for node, _parent in walk(sections):
        if node.kind != "task_row":
            continue
        if before is None:
            before = _previous_siblings(sections)
        if previous is None or before.get(id(node)) is not previous:
            table_start = node.span[0]
        previous = node
        if not node.cells:
            continue
        if reading is None:
            reading = _units.document_reading(text, metadata)
        spans = _cell_spans(text, node)
        resp = row_responsibility(text, node, spans, reading)
        if resp is not None:
            node.responsibility = resp
            read_rows.append(node)
        _keep_task_text(node, spans)
        _report_rhythms_under_a_time_cell(text, node, spans)
        _limit_dates_in_time_cells(text, node, spans)
        _months_of_the_table_year(text, node, spans, table_start)
        _year_parts_in_time_cells(text, node, spans, table_start)
        node.deadlines.extend(_building_year_deadlines(text, node, spans))
        node.deadlines.extend(_time_cell_deadlines(text, node, spans, table_start))
        node.deadlines.extend(_year_column_deadlines(text, node, spans))
        node.deadlines.extend(_year_part_column_deadlines(text, node, spans, table_start))
        node.deadlines.extend(_row_text_deadlines(text, node, spans, table_start))
    if read_rows:
        _units.central_bodies_in_full(read_rows, reading)


def _previous_siblings(sections: list[Section]) -> dict[int, Section]:
    """id(node) -> the sibling just before it: rows of one table follow each other among their siblings."""
    out = {id(b): a for a, b in zip(sections, sections[1:])}
    for node, _parent in walk(sections):
        out.update((id(b), a) for a, b in zip(node.children, node.children[1:]))
    return out


def _cell_spans(text: str, node: Section) -> dict[str, list[tuple[int, int]]]:
    """Where each cell stands in the text: in the row's own span, else (a merged cell) in a row above; a unit
    cell printed one unit a line (县水务局 / 县住建局, joined 、 in the row's cells) by each of its lines."""
    out: dict[str, list[tuple[int, int]]] = {}
    start, end = node.span
    pos = start
    for name, value in node.cells.items():
        value = value.strip()
        if not value:
            out[name] = []
            continue
        found = (
            _find_lines(text, value, pos, end) or _glued_pieces(text, value, pos, end, start)
            or [f for f in [_find(text, value, pos, end, start)] if f]
        )
        out[name] = found
        if found and found[-1][0] >= start:
            # a unit list whose rest the next line holds (市发展改革委、 / 市大数据局): the row's later cells may stand on
            # its first line, after the list's first piece
            pos = found[0][1] if len(found) > 1 and "\n" in text[found[0][1] : found[-1][0]] else found[-1][1]
    return out


def _find_lines(text: str, value: str, pos: int, end: int) -> list[tuple[int, int]]:
    """A 、-joined cell whose pieces stand as whole cells of their own lines in the row, in order; [] when it
    is printed whole (or not this way). A piece may list several units itself (县财政局、县发改委、 / 县城管局:
    a list the page broke over two lines, or over a page), its closing 、 printed on its line."""
    if "、" not in value or _whole_cell(text, value, pos, end) >= 0:
        return []
    out: list[tuple[int, int]] = []
    parts = value.split("、")
    i = 0
    while i < len(parts):
        found = _longest_piece(text, parts, i, pos, end)
        if found is None:
            return []
        k, at, length = found
        out.append((at, at + length))
        pos, i = at + length, k
    return out


def _glued_pieces(text: str, value: str, pos: int, end: int, start: int) -> list[tuple[int, int]]:
    """经开区、高新园（邹区镇）、各街道: a 、-joined cell whose names the page printed glued, one right after the other
    (a DOCX's cells run together on a sharing site: tt_102): each name where it stands; [] unless every one stands
    right after the one before, in the row (or, a cell merged from above, in the row above)."""
    if "、" not in value:
        return []
    parts = value.split("、")
    glued = "".join(parts)
    at = text.find(glued, pos, end)
    if at < 0:
        at = text.rfind(glued, max(0, start - _GLUED_BACK), start)  # merged from the row above, glued there too
    if at < 0:
        return []
    out: list[tuple[int, int]] = []
    for part in parts:
        out.append((at, at + len(part)))
        at += len(part)
    return out


def _longest_piece(text: str, parts: list[str], i: int, pos: int, end: int) -> tuple[int, int, int] | None:
    """The most of parts[i:] that stands as one whole cell from pos (its closing 、 with it when printed so):
    (the index after it, where it stands, its length); None when no piece does."""
    for k in range(len(parts), i, -1):
        piece = "、".join(parts[i:k])
        for cand in (piece, piece + "、") if k < len(parts) else (piece,):
            at = _whole_cell(text, cand, pos, end)
            if at >= 0:
                return k, at, len(piece)
        if k == i + 1 and "（" in piece and (over := _other_name_on_next_line(text, piece, pos, end)) is not None:
            return k, over[0], over[1] - over[0]
    return None


def _other_name_on_next_line(text: str, name: str, pos: int, end: int) -> tuple[int, int] | None:
    """市商务委（市口岸办） printed 市商务委 / （市口岸办） (tt_137: the segment stage joins such lines): the name and its
    bracket as whole cells of lines following each other, line breaks between; where they stand, or None."""
    m = re.compile(r"\s*+".join(re.escape(x) for x in name.replace("（", "\0（").split("\0"))).search(text, pos, end)
    if m is None or "\n" not in m.group() or not (_bordered_before(text, m.start()) and _bordered_after(text, m.end())):
        return None
    return m.span()


def _find(text: str, value: str, pos: int, end: int, start: int) -> tuple[int, int] | None:
    """The cell in the row (from pos), else in a row above (a merged cell), else run together with the row's
    other cells on its line; a cell printed over several
    lines (长期 / （三年）) by its first piece, on the row's lines or the wrapped line just above them."""
    at = _whole_cell(text, value, pos, end)
    if at < 0:
        at = _whole_cell(text, value, max(0, start - _LOOK_BACK), start, last=True)
    if at < 0:
        at = text.find(value, pos, end)  # cells run together on the row's line (任务。区残联，相关镇街1.完成…)
    if at >= 0:
        return at, at + len(value)
    if " " in value:  # 市规划局 市建设局: a cell read by its bars whose blank the text prints as a tab
        m = re.compile(r"\s+".join(map(re.escape, value.split()))).search(text, pos, end)
        if m is not None:
            return m.span()
    wrapped = _wrapped_cell(text, value, pos, end) or _cell_over_lines(text, value, pos, end)
    if wrapped is not None:
        return wrapped
    at = text.rfind(value, max(0, start - _GLUED_BACK), start)  # a merged cell run together in the row above (tt_102)
    if at >= 0:
        return at, at + len(value)
    piece = value[:_FIRST_PIECE]
    at = text.find(piece, max(0, start - _WRAP_ABOVE), end)
    return (at, at + len(piece)) if at >= 0 else None


_WRAPPED_CELL = 24  # characters of a short cell (a unit's name) looked for printed in pieces on several lines


def _wrapped_cell(text: str, value: str, pos: int, end: int) -> tuple[int, int] | None:
    """区园林绿化 / 服务中心: a short cell the row's cells hold joined, printed in pieces on lines of their own (blank
    lines between): its span from the first piece to the last, line breaks inside."""
    if len(value) > _WRAPPED_CELL or any(ch.isspace() for ch in value):
        return None
    m = re.compile(r"\s*".join(map(re.escape, value))).search(text, pos, end)
    return (m.start(), m.end()) if m and "\n" in m.group(0) else None


_LINE_PROBE = 8  # characters of a long cell's first line looked for to find where its lines start


def _cell_over_lines(text: str, value: str, pos: int, end: int) -> tuple[int, int] | None:
    """1. 巩固… / 2. 加快…，6月底前完成…: a long cell printed over lines of its own (numbered items one a line, tt_136),
    the row's cells holding its lines run together: its span from its first line to its last (before, only its
    first characters were found, and a date in a later line was read outside the task cell and dropped)."""
    flat = _SPACES.sub("", value)
    if len(flat) <= _WRAPPED_CELL:
        return None
    at = text.find(value[:_LINE_PROBE], pos, end)
    if at < 0:
        return None
    read, k = "", at
    while k < end:
        stop = text.find("\n", k, end)
        stop = end if stop < 0 else stop
        read += _SPACES.sub("", text[k:stop])
        if read == flat:
            return at, stop
        if not flat.startswith(read):
            return None
        k = stop + 1
    return None


_SPACES = re.compile(r"\s+")


def _whole_cell(text: str, value: str, lo: int, hi: int, last: bool = False) -> int:
    """Where `value` stands as a whole cell (between cell borders: tabs, line ends) in text[lo:hi], -1 when
    nowhere: the 3 of a merged 序号 is not the 3 of 3500 in the row's text."""
    at = text.rfind(value, lo, hi) if last else text.find(value, lo, hi)
    while at >= 0:
        if _bordered_before(text, at) and _bordered_after(text, at + len(value)):
            return at
        at = text.rfind(value, lo, at) if last else text.find(value, at + 1, hi)
    return -1


def _bordered_before(text: str, at: int) -> bool:
    """A cell border ends at `at`: a tab or a line end, or a bar printed as the border, a blank allowed
    after it (序号 | 重点任务)."""
    before = text[at - 1] if at > 0 else "\n"
    if before in _BORDER or before == "|":
        return True
    return before in _BAR_BLANKS and at > 1 and text[at - 2] == "|"


def _bordered_after(text: str, end: int) -> bool:
    """A cell border starts at `end`: a tab or a line end, or a bar printed as the border, a blank allowed
    before it (招商工作部 |)."""
    after = text[end] if end < len(text) else "\n"
    if after in _BORDER or after == "|":
        return True
    return after in _BAR_BLANKS and end + 1 < len(text) and text[end + 1] == "|"


def _role_cells(node: Section, spans, roles: set[str]) -> list[tuple[int, int]]:
    return [
        span
        for name, value in node.cells.items()
        if _g.column_role(name) in roles and not _NONE.match(value)
        for span in spans.get(name, [])
    ]


def _lead_cells(node: Section, spans) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The cells of the lead column, and of any lead column after it (第一责任单位 | 主要责任单位): one column leads,
    the first; a second column named as leading beside it names those who carry the task out with it (support)."""
    names = [name for name, value in node.cells.items() if _g.column_role(name) == "lead" and not _NONE.match(value)]
    first = list(spans.get(names[0], [])) if names else []
    later = [span for name in names[1:] for span in spans.get(name, [])]
    return first, later


def row_responsibility(text: str, node: Section, spans, reading) -> Responsibility | None:
    """The row's responsibility from its lead, support and responsible cells (None when they name no unit)."""
    noted_lead, noted_support, duty_cells = _lead_support_notes(text, _role_cells(node, spans, {"responsible"}))
    first_lead, later_lead = _lead_cells(node, spans)
    lead = _units_in(text, first_lead) + noted_lead
    support = _units_in(text, _role_cells(node, spans, {"support"}) + later_lead) + noted_support
    duty = _units_in(text, duty_cells)
    cells = _role_cells(node, spans, _g.RESPONSIBILITY_ROLES)
    if not (lead or support or duty):
        return None
    raw = "；".join(text[s:e] for s, e in cells)
    span = (min(s for s, _ in cells), max(e for _, e in cells))
    marked, duty = _units._marked_leads(duty)  # 责任单位：A（牵头）、B, as the note reads it
    lead += marked
    starred = [u for u in duty if _units._starred(text, u)]
    if starred:  # ★区发改委、统计局 / 区政府办公室*、区财政局: the starred units lead
        lead += [_units._unstar(u) for u in starred]
        duty = [u for u in duty if u not in starred]
    if not lead and duty and support:  # 责任单位 | 配合单位 with no 牵头 column: as the note 责任单位：A；配合单位：B reads
        lead, duty = duty, []
    if lead:
        lead = _units._dedupe(lead)
        return Responsibility(lead=lead, support=_units._dedupe(support + duty, lead), mode="lead_support", raw=raw, span=span)
    units = _units._dedupe(duty + support)
    mode = "all" if _every_one_a_collective(units) else "listed"
    resp = Responsibility(lead=units, support=[], mode=mode, raw=raw, span=span)
    return _units._first_listed_leads(resp, reading)


def _every_one_a_collective(units: list[Unit]) -> bool:
    """A unit cell naming only collectives of departments or offices (各相关单位, 各科室, 市政府各直属单位): the task is
    everyone's (`all`). A tier of governments or zones beside them (各相关部门、各街镇; 各部门、各街道、镇、各功能区) names the
    bodies that carry the row, and the row lists its units (gold of tt_134, tt_135, tt_139), where a note in running text
    reads such a pair as one more group (units._all_collective: （县直有关部门、各乡镇场负责）)."""
    if not _units._all_collective(units):
        return False
    keys = (_lex._key(u.name) for u in units)
    return all(_units._is_collective(k.partition("、")[0] if "、" in k else k) for k in keys)


# a 责任单位 cell written as a note that names its lead (区发改局牵头，区财政局配合; 主办：A 协办：B) or its support
# beside the unit answering (区发改局负责，区财政局配合): lead and support, not a list
# (the lead role words and the role words that are labels alone, grammar.LEAD_ROLES and BARE_ROLE_LABELS)
_LEAD_WORD = re.compile("|".join(dict.fromkeys((*_g.LEAD_ROLES, *_g.BARE_ROLE_LABELS))))
# 区发改局、区财政局（区发改局牵头）: a list of units closed by a bracket naming which of them leads
_LEAD_NAMED_AFTER = re.compile(r"[（(](?P<u>[^（）()\s]{2,20}?)牵头(?:单位|部门)?[）)][\s。；;，,.]*$")
_CELL_STOP = re.compile(r"[\s。；;，,.]*$")


def _lead_support_notes(text: str, cells: list[tuple[int, int]]) -> tuple[list[Unit], list[Unit], list[tuple[int, int]]]:
    """Lead and support of the responsible cells written as notes (A牵头，B配合 / A牵头，B参与), and the cells
    left to read as lists of units. The cell says which unit leads, so the row is lead_support."""
    lead: list[Unit] = []
    support: list[Unit] = []
    rest: list[tuple[int, int]] = []
    for s, e in cells:
        stop = _CELL_STOP.search(text, s, e).start()  # 区发改局牵头，区财政局配合。: the cell's closing stop is no part of the note
        named = (_lead_named_after(text, s, e) or _lead_said_apart(text, s, e)) if "牵头" in text[s:e] else None
        note = _units.parse_note(text, s, stop) if named is None and _LEAD_WORD.search(text, s, e) else None
        joined = None if note is not None or named is not None else _joined_by(text, s, e)
        if named is not None:
            lead += named[0]
            support += named[1]
        elif note is not None and note.mode == "lead_support" and note.lead:
            lead += note.lead
            support += note.support
        elif joined is not None:
            lead += joined[0]
            support += joined[1]
        else:
            rest.append((s, e))
    return lead, support, rest


def _lead_named_after(text: str, s: int, e: int) -> tuple[list[Unit], list[Unit]] | None:
    """区发改局、区财政局（区发改局牵头）: the units listed before the bracket, the one it names leading and the rest
    supporting; None unless the bracket names one of them (its canonical name or as written)."""
    m = _LEAD_NAMED_AFTER.search(text, s, e)
    if m is None or m.start() == s:
        return None
    units = _units_in(text, [(s, m.start())])
    named = _units_in(text, [(m.start("u"), m.end("u"))])
    if len(units) < 2 or len(named) != 1:
        return None
    lead = [u for u in units if u.canonical == named[0].canonical or u.name == named[0].name]
    if len(lead) != 1:
        return None
    return lead, [u for u in units if u is not lead[0]]


# 牵头：区发改局；责任：区财政局 — a 责任单位 cell whose second label, after 牵头：, names the units sharing the work (a bare
# 责任： is no note label in running text, where 主体责任：… opens a sentence); 区发改局为牵头单位，区财政局、区住建局参与 — the
# lead named by 为牵头单位, the units after it supporting
_LEAD_SAID_APART = re.compile(
    r"\s*+(?:牵头(?:单位|部门)?[：:](?P<l1>[^：:；;]{2,40}?)[；;，,\s]\s*+(?:责任|配合|协办|参与)(?:单位|部门)?[：:](?P<s1>[^：:]{2,80}?)"
    r"|(?P<l2>[^：:；;，,]{2,20}?)为牵头(?:单位|部门)[；;，,]\s*+(?P<s2>[^：:]{2,80}?)(?:等?(?:" + "|".join(_g.ASSIST_VERBS) + "))?)[\\s。；;，,.]*$"
)


def _lead_said_apart(text: str, s: int, e: int) -> tuple[list[Unit], list[Unit]] | None:
    """Lead and support of a cell that names its lead by a label or by 为牵头单位 (_LEAD_SAID_APART); None otherwise or
    when a side names no unit."""
    m = _LEAD_SAID_APART.match(text, s, e)
    if m is None:
        return None
    lg, sg = ("l1", "s1") if m.group("l1") else ("l2", "s2")
    lead, support = _units_in(text, [m.span(lg)]), _units_in(text, [m.span(sg)])
    return (lead, support) if lead and support else None


def _joined_by(text: str, s: int, e: int) -> tuple[list[Unit], list[Unit]] | None:
    """宣传处会办公室: a cell naming units on both sides of one 会 / 会同 (grammar.JOINED_BY) — those before it carry
    the task, those after it join them. None unless both sides read as units and nothing else is said."""
    found = list(_g.JOINED_BY.finditer(text, s, e))
    if len(found) != 1 or _SENTENCE.search(text, s, e) or e - s > _LIST_CELL:
        return None
    m = found[0]
    before, after = _units_in(text, [(s, m.start())]), _units_in(text, [(m.end(), e)])
    if not before or not after or not all(_g.UNIT_NAME_END.search(u.name) for u in before + after):
        return None
    return before, after


_LINE_BREAKS = re.compile(r"\s+")


def _name_in_pieces(text: str, s: int, e: int) -> Unit | None:
    """区住房城乡 / 建设局: a unit cell of one name a narrow cell printed in pieces on lines of its own: one unit, named
    as printed (line breaks inside, as a name wrapped inside a note is) and looked up whole."""
    cell = text[s:e]
    if "\n" not in cell or _LIST_SEP_IN_CELL.search(cell):
        return None
    joined = _LINE_BREAKS.sub("", cell)
    if len(joined) > _WRAPPED_CELL or not _g.UNIT_NAME_END.search(joined):
        return None
    return _units._unit(text, _units._Piece(cell, s, e), full=joined)


_LIST_SEP_IN_CELL = re.compile(r"[、，,；;／/。]")
_CELL_LINE = re.compile(r"[^\n]+")
_LEVEL_OPENING = re.compile(r"^[省市区县旗镇乡各]")  # how a unit's whole name opens (市农牧林业局), not a piece (建设局)


def _names_one_a_line(text: str, s: int, e: int) -> list[Unit] | None:
    """市国土资源局 / 市农牧林业局: a unit cell printed over lines each of which opens and ends as a unit's whole name does
    lists its units one a line (where 区住房城乡 / 建设局 is one name in pieces): each line one unit. None for any other
    cell."""
    cell = text[s:e]
    if "\n" not in cell or _LIST_SEP_IN_CELL.search(cell):
        return None
    lines = [(m.start() + s, m.end() + s) for m in _CELL_LINE.finditer(cell) if m.group().strip()]
    names = [text[a:b].strip() for a, b in lines]
    if len(names) < 2 or not all(_LEVEL_OPENING.match(n) and _g.UNIT_NAME_END.search(n) for n in names):
        return None
    return [u for a, b in lines for u in _units_in(text, [(a, b)])]


def _names_with_other_name_lines(text: str, s: int, e: int) -> list[Unit] | None:
    """上港集团 / 市商务委 / （市口岸办） / 亿通国际 (tt_137): a unit cell printed one name a line where a line wholly in
    brackets is the other name of the body on the line before it: that name and its bracket one unit (as
    建设管理委（交通委） written on one line is), each other line read on its own. None for a cell with no such line."""
    cell = text[s:e]
    if "\n（" not in cell and "\n(" not in cell:
        return None  # most cells: no line opens on a bracket
    spans: list[tuple[int, int]] = []
    for m in _CELL_LINE.finditer(cell):
        line = m.group().strip()
        if not line:
            continue
        if spans and line[:1] in "（(" and line[-1:] in "）)":
            spans[-1] = (spans[-1][0], m.end() + s)
        else:
            spans.append((m.start() + s, m.end() + s))
    joined = [(a, b) for a, b in spans if "\n" in text[a:b]]
    if not joined:
        return None
    out: list[Unit] = []
    for a, b in spans:
        if (a, b) in joined:
            out.append(_units._unit(text, _units._Piece("".join(text[a:b].split()), a, b)))
        else:
            out.extend(_units_in(text, [(a, b)]))
    return out


def _units_in(text: str, cells: list[tuple[int, int]]) -> list[Unit]:
    """The units a cell lists (市卫生健康委、市医保局); a cell written as a note (A牵头，B配合) gives its lead
    and support in that order. The column says the cell names units: a short list the unit grammar does
    not know (XX区政府, a body named once) is taken as written, piece by piece."""
    out: list[Unit] = []
    for s, e in cells:
        tiers = _g.TIER_LIST_GOVERNMENTS.search(text, s, e) if "各" in text[s:e] else None
        if tiers is not None:  # 市商务局,各区、县(市)政府(管委会): the collective read whole, the pieces around it as cells
            whole = _units._unit(text, _units._Piece(tiers.group(0), tiers.start(), tiers.end()))
            before = _units_in(text, [(s, tiers.start())]) if tiers.start() > s else []
            after = _units_in(text, [(tiers.end(), e)]) if tiers.end() < e else []
            out.extend([*before, whole, *after])
            continue
        lined = _names_one_a_line(text, s, e) or _names_with_other_name_lines(text, s, e)
        if lined is not None:
            out.extend(lined)
            continue
        wrapped = _name_in_pieces(text, s, e)
        if wrapped is not None:
            out.append(wrapped)
            continue
        units = _units._units_of(text, s, e, lenient=True)
        if units is None:
            note = _units.parse_note(text, s, e)
            units = (note.lead + note.support) if note else (_as_written(text, s, e) or _piece_by_piece(text, s, e))
        units = [_with_other_name(text, u, e) for u in units]
        out.extend(piece for u in units for p in _enterprises_apart(text, u) for piece in _unglued(text, _without_duty(text, p)))
    return out


_OTHER_NAME_REACH = 18  # characters: a bracket of up to 16 (grammar.OTHER_NAME_TAIL's limit) and its two ends


def _with_other_name(text: str, unit: Unit, end: int) -> Unit:
    """市委农办(市农业局) in a unit cell, one body printed with its other name: the unit grammar reads the name up to the
    bracket (units._before_other_name, the running-text reading of 省数据局(省营商局), tr_02), and the cell keeps the
    bracket with it, as a table gives such a body (tt_96's 区环卫所(垃圾分类管理办), tt_137's 市商务委（市口岸办）; tt_191)."""
    s, e = unit.span
    if e >= end or text[e] not in "（(":  # most units: no bracket after the name
        return unit
    close = next((i for i in range(e + 1, min(end, e + _OTHER_NAME_REACH)) if text[i] in "）)"), None)
    bracket = text[e : close + 1] if close is not None else ""
    if not bracket or "称" in bracket or not _other_name(bracket):  # （以下简称区住建局） declares a short name: no body
        return unit
    return _units._renamed(text[s : close + 1], s)


# 及公交企业 / 及一区一骨干公交企业 closing a name the lexicon does not know: the enterprises of a kind, named after a body
_AND_ENTERPRISES = re.compile(r"及(?=\p{Han}{2,12}?(?:企业|公司)$)")


def _enterprises_apart(text: str, unit: Unit) -> list[Unit]:
    """相关各区（含临港）交通主管部门及公交企业 in a unit cell (tt_142): a body and a kind of enterprise joined by 及, two units
    (as 区城管大队法制办及街道城管中队 is, tt_17); the unit grammar, which knows no 企业 by its name's end, read them as one."""
    s, e = unit.span
    if unit.in_lexicon or "及" not in unit.name:
        return [unit]
    m = _AND_ENTERPRISES.search(text, s, e)
    if m is None or not _lex.is_unit(text[s : m.start()]):
        return [unit]
    return [_units._unit(text, _units._Piece(text[s : m.start()], s, m.start())),
            _units._unit(text, _units._Piece(text[m.end() : e], m.end(), e))]


def _unglued(text: str, unit: Unit) -> list[Unit]:
    """市发展改革委市经贸委, a name the lexicon does not know made of names glued together (the cell printed them one a
    line): each name read on its own."""
    s, e = unit.span
    if unit.in_lexicon or e - s > 2 * _UNIT_PIECE:
        return [unit]
    cuts = [s] + [m.start() for m in _g.GLUED_UNIT_NAMES.finditer(text, s, e) if m.start() > s] + [e]  # (the name before s is another's)
    if len(cuts) == 2:
        return [unit]
    return [_units._unit(text, _units._Piece(text[a:b], a, b)) for a, b in zip(cuts, cuts[1:])]


def _without_duty(text: str, unit: Unit) -> Unit:
    """区财政局（按职责分工负责） / 区财政局配合 read as a name the lexicon does not know: the name is what stands before
    its duty or note."""
    s, e = unit.span
    end = _name_end(text, s, e)
    if end == e or end == s or unit.in_lexicon:
        return unit
    return _units._unit(text, _units._Piece(text[s:end], s, end))


def _other_name(tail: str) -> bool:
    """（爱卫办） after 规划信息处: the body's other name (grammar.OTHER_NAME_TAIL), which stays part of its name."""
    m = _g.OTHER_NAME_TAIL.match(tail)
    return m is not None and _g.UNIT_NAME_END.search(m.group("other")) is not None


_UNIT_PIECE = 20  # characters: a piece of a unit cell longer than this that the unit grammar does not read is no name


def _piece_by_piece(text: str, s: int, e: int) -> list[Unit]:
    """A unit cell listing units in a sentence's punctuation (区政府各部门，各乡镇人民政府、街道办事处，魏武国控集团。),
    one of which the unit grammar does not read: each piece read on its own, a short one ending as a unit's name
    does (…部门, …集团) taken as written, any other dropped (谯城经开, a name cut by the page)."""
    out: list[Unit] = []
    for m in _LIST_PIECE.finditer(text, s, e):
        ps, pe = m.start(), m.end()
        while pe > ps and text[pe - 1] in "。.":
            pe -= 1
        ps, pe = _without_star(text, ps, pe)
        if pe <= ps:
            continue
        units = _units._units_of(text, ps, pe, lenient=True)
        if units is None and pe - ps <= _UNIT_PIECE and _g.UNIT_NAME_END.search(text, ps, pe):
            units = [_units._unit(text, _units._Piece(text[ps:pe], ps, pe))]
        out.extend(units or [])
    return out


def _without_star(text: str, s: int, e: int) -> tuple[int, int]:
    """A piece's bounds without the star marking its unit as lead (*新区科技和人才局（区科技局）, 区政府办公室*): the unit
    grammar reads the name, and row_responsibility finds the star beside it (units._starred)."""
    if e > s and text[s] in _g.LEAD_STARS:
        s += 1
    if e > s and text[e - 1] in _g.LEAD_STARS:
        e -= 1
    return s, e


def _as_written(text: str, s: int, e: int) -> list[Unit]:
    """The cell's units as written, piece by piece (parted by 、，/); a counted collective (13个街道、镇) and a government's
    委、办、局 one piece each."""
    if e - s > _LIST_CELL or _SENTENCE.search(text, s, e):
        return []
    counted = [(m.start(), m.end()) for m in _g.COUNTED_TIERS.finditer(text, s, e)] if "个" in text[s:e] else []
    if "办、局" in text[s:e]:  # 相关委、办、局: one collective, read whole as a counted one is
        counted += [(m.start(), m.end()) for m in _g.DEPARTMENT_GROUP.finditer(text, s, e)]
    out: list[Unit] = []
    for m in _LIST_PIECE.finditer(text, s, e):
        whole = next(((a, b) for a, b in counted if a <= m.start() < b), None)
        if whole is not None:
            if m.start() == whole[0]:
                out.append(_units._unit(text, _units._Piece(text[whole[0]:whole[1]], whole[0], whole[1])))
            continue
        end = _name_end(text, m.start(), m.end())
        if end > m.start():
            out.append(_units._unit(text, _units._Piece(text[m.start():end], m.start(), end)))
    return out


def _name_end(text: str, s: int, e: int) -> int:
    """Where a unit's name ends in its piece of a cell: before its duty or note (区财政局配合), or before the 等 that
    closes the list (人口计生委等相关部门)."""
    m = _g.UNIT_DUTY_TAIL.search(text, s, e)
    end = m.start() if m and not _other_name(text[m.start():e]) else e
    t = _g.LIST_TRAIL.search(text, s, end) if "等" in text[s:end] else None
    return t.start() if t and t.start() > s else end


def _keep_task_text(node: Section, spans) -> None:
    """Targets come from the task text only (a unit or a date cell holds no goal); deadlines from the task
    text and the time cell."""
    task = _role_cells(node, spans, {"task"})
    time = _role_cells(node, spans, {"time"})
    node.targets = [t for t in node.targets if _within(t.span, task)]
    node.deadlines = [d for d in node.deadlines if _within(d.span, task + time)]


def _report_rhythms_under_a_time_cell(text: str, node: Section, spans) -> None:
    """A report rhythm in the task text (…，按季度报送光伏进展情况, tt_134 row 10, tt_139 row 14) says how often a report
    goes, not when the row's work is done: where the row's time cell says that (全年推进, 持续推进, 6月底前), the rhythm is
    no deadline of the row. Read in running text (…并按季度报送有关情况), with no time column, it stays one
    (extract/deadlines._report_rhythms)."""
    if not any(d.recurrence is not None and d.text[:1] == "按" for d in node.deadlines):
        return  # most rows: no rhythm read at all
    if not any(text[s:e].strip() for s, e in _role_cells(node, spans, {"time"})):
        return
    task = _role_cells(node, spans, {"task"})
    node.deadlines = [d for d in node.deadlines
                      if not (d.recurrence is not None and d.text[:1] == "按" and _within(d.span, task))]


def _within(span: tuple[int, int], cells: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in cells)


# a time cell that is one date and nothing else (2025年12月, 2025年12月31日): the limit the task is done by
_DATE_ALONE_CELL = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")


def _limit_dates_in_time_cells(text: str, node: Section, spans) -> None:
    """A 完成时限 cell of one date alone (2025年12月) is the limit, as 2020.12 is: `by`, where the deadline
    grammar, reading it as running text, takes a bare month for the time the work takes place in. So is a month
    the cell says the work is finished or delivered in (2021年2月公布预算信息，2021年8月公布…, 2024年6月建成)."""
    for s, e in _role_cells(node, spans, {"time"}):
        alone = _DATE_ALONE_CELL.match(text[s:e]) is not None
        for d in node.deadlines:
            if not (s <= d.span[0] < e and d.kind == "period" and not d.ongoing and d.recurrence is None):
                continue
            if alone or (d.month is not None and _done_after(text, d.span[1], e)):
                d.kind = "by"


def _done_after(text: str, at: int, end: int) -> bool:
    """Does the date ending at `at` go on to the work finished or delivered (建成, 出台, 公布, 报送 — not 公布的)?"""
    rest = text[at:end]
    done = _deadlines.DUE_AFTER_MONTH.match(rest) or _deadlines.DELIVERED_AFTER_DATE.match(rest)
    return done is not None and _RECORD_AFTER.match(rest) is None


_RECORD_AFTER = re.compile(r"\p{Han}{1,6}的")  # 2021年2月公布的《…》: a date of record


def _months_of_the_table_year(text: str, node: Section, spans, table_start: int) -> None:
    """11月底前具备通车条件；…12月底前建设完成 in a time cell: months the deadline grammar read with no year (no year is
    written in the cell, and the document gives it none) are months of the year the table is for, written above
    it (2022年第二季度重点任务…), as a month alone (9月份) is; and so is a year's period read with no year
    (_years_of_the_table)."""
    undated = [d for d in node.deadlines if d.year is None and d.recurrence is None]
    if not undated:
        return
    times = _role_cells(node, spans, {"time"})
    months = [d for d in undated if d.month is not None and _within(d.span, times)]
    years = _years_of_the_table(node, spans, undated)
    year = _table_year(text, table_start, node) if months or years else None
    for d in months if year is not None else ():
        # 次年3月底前 / 翌年底前: the year after the table's (the deadline grammar counts 次年 only from a year the
        # sentence names, and a cell names none)
        d.year = year + 1 if d.text[:2] in _NEXT_YEAR else year
    for d in years if year is not None else ():
        d.year = year


def _years_of_the_table(node: Section, spans, undated: list[Deadline]) -> list[Deadline]:
    """厨余垃圾处置中心年内运营 in a task cell, 年内 in a time cell: the year the work is done in, read with no year where
    the page gives none (tt_185, a 推进情况 page with no date), is the year the table is for (format: 年内 in a table of
    one year's work)."""
    periods = [d for d in undated if d.month is None and d.kind == "period" and not d.ongoing]  # 持续推进: no year
    if not periods:
        return []
    cells = _role_cells(node, spans, {"task", "time"})
    return [d for d in periods if _within(d.span, cells)]


_NEXT_YEAR = ("次年", "翌年")


def _year_parts_in_time_cells(text: str, node: Section, spans, table_start: int) -> None:
    """A time cell naming a part of the year (grammar.YEAR_PART_CELL: 三季度末, 第四季度, 2024年二季度前, 上半年, 年中) is
    the limit, as a month alone is: `by` the part's last month (三季度 → 9, 上半年 → 6), of the year the cell names, else
    the year after the table's (次年一季度), else the table's; a step started then (一季度启动) is a `period` of that year.
    Replaces what the deadline grammar read there (a `period` with no month, and no year where the cell names none)."""
    for s, e in _role_cells(node, spans, {"time"}):
        cell = text[s:e]
        if "季度" not in cell and "半年" not in cell and "年中" not in cell:
            continue
        read = _year_part_deadline(text, cell, s, table_start, node)
        reads = [read] if read is not None else _year_part_lines(text, cell, s, table_start, node)
        if not reads:
            continue
        node.deadlines = [d for d in node.deadlines if not s <= d.span[0] < e]
        node.deadlines.extend(reads)


def _year_part_lines(text: str, cell: str, at: int, table_start: int, row: Section) -> list[Deadline]:
    """A time cell of milestones, each line opening with a part of the year and the step done by then (三季度：完成试点方案
    / 四季度：实现业务试点; 四季度完成数据对接, tt_137): each line the part's limit, `by` its last month of the year the line
    names, else the table's (a step started then, 三季度启动…, a `period` of that year), as a cell of the part alone is."""
    out: list[Deadline] = []
    for line in _CELL_LINE.finditer(cell):
        m = _g.YEAR_PART_LINE.match(line.group())
        if m is None:
            continue
        year = int(m.group("y")) if m.group("y") else _table_year(text, table_start, row)
        year = year + 1 if year is not None and m.group("next") and not m.group("y") else year
        span = (at + line.start() + m.start("q" if m.group("q") else "h" if m.group("h") else "mid"), at + line.start() + m.end())
        if m.group("start"):
            out.append(Deadline(text=m.group().strip(), year=year, kind="period", span=span))
        elif year is not None:
            out.append(Deadline(text=m.group().strip(), year=year, month=_g.year_part_last_month(m), kind="by", span=span))
    return out


def _year_part_deadline(text: str, cell: str, at: int, table_start: int, row: Section | None = None) -> Deadline | None:
    """What the time cell at `at` sets when it names a part of the year (see _year_parts_in_time_cells); None where
    it names none, or leaves both the year and the month unknown."""
    m = _g.YEAR_PART_CELL.match(cell)
    if m is None:
        return None
    if m.group("y"):
        year = int(m.group("y"))
    else:
        year = _table_year(text, table_start, row)
        year = year + 1 if year is not None and m.group("next") else year
    started = m.group("start") and not (m.group("end") or m.group("before"))
    span = (at + len(cell) - len(cell.lstrip()), at + len(cell.rstrip()))
    if started:
        read = Deadline(text=cell.strip(), year=year, kind="period", span=span)
    else:
        read = Deadline(text=cell.strip(), year=year, month=_g.year_part_last_month(m), kind="by", span=span)
    if read.year is None and read.month is None:
        return None
    return read


def _time_cell_deadlines(text: str, node: Section, spans, table_start: int) -> list[Deadline]:
    """What the deadline grammar leaves in a time cell: 2020.12 / 2023-06, and 长期 / 持续推进 / 常态化 alone."""
    out: list[Deadline] = []
    for s, e in _role_cells(node, spans, {"time"}):
        cell = text[s:e]
        if _MONTH_SPAN_CELL.match(cell) or _YEARLESS_MONTH_SPAN_CELL.match(cell):
            # a time cell that is a span of months (2024年6月—12月) keeps the task-row reading, as 2023.01-2023.12 does,
            # over the sentences' reading of such a span at both ends (gold-format.md, "Spans of dates")
            node.deadlines[:] = [d for d in node.deadlines if not s <= d.span[0] < e]  # in place: the caller extends it
        if "\n" in cell.strip():
            out.extend(_time_lines_deadlines(text, node, cell, s, table_start))
            continue
        if any(s <= d.span[0] < e for d in node.deadlines):
            continue
        read = _time_cell_deadline(text, node, cell, s, table_start)
        if read is not None and not any(_same_time(read, d) for d in node.deadlines):
            out.append(read)  # (年内新增200根… | 年内完成, tt_134: the task text read the same time already)
    return out


# 线上， / 线下： opening a line of a time cell: the channel or stage the line's time is for
_TIME_LINE_LABEL = re.compile(r"^\s*\p{Han}{1,4}[，,：:]\s*")


def _time_lines_deadlines(text: str, node: Section, cell: str, s: int, table_start: int) -> list[Deadline]:
    """线上，9月底 / 线下，全年 (tt_141): a time cell of lines, each the time for one channel or stage of the row's work,
    a label before it: each line read as a time cell of its own where the deadline grammar read nothing in it."""
    out: list[Deadline] = []
    for line in _CELL_LINE.finditer(cell):
        a, b = s + line.start(), s + line.end()
        if any(a <= d.span[0] < b for d in node.deadlines):
            continue
        label = _TIME_LINE_LABEL.match(line.group())
        at = a + (label.end() if label else 0)
        read = _time_cell_deadline(text, node, text[at:b], at, table_start)
        if read is not None and not any(_same_time(read, d) for d in [*node.deadlines, *out]):
            out.append(read)
    return out


_NO_STEP = frozenset({"/", "／", "\\", "—", "——", "-", "－", "无"})  # a year cell naming no step


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_TWO_HAN = re.compile(r"\p{Han}.*?\p{Han}")


def _names_a_step(value: str) -> bool:
    """Does a year cell name a step of work in words (完成立项, 基本全覆盖), not a value (78.2（2021年）, ≥79.2: an
    indicator's figure for that year, tt_116, is no limit)? Two Han characters at least outside brackets."""
    return _TWO_HAN.search(_BRACKETED.sub("", value)) is not None if "(" in value or "（" in value else _TWO_HAN.search(value) is not None


def _year_column_deadlines(text: str, node: Section, spans) -> list[Deadline]:
    """任务目标 split into 2023年 | 2024年 | 2025年 (tt_142): each year's cell names the step the row's work reaches that
    year (完成立项, 完成标准送审稿, 基本全覆盖): `by` that year, as a quarter's milestone is by the quarter's end; / names
    none. A date the cell writes itself is read as it stands (the deadline grammar's, left alone)."""
    out: list[Deadline] = []
    for name, value in node.cells.items():
        m = _g.YEAR_SHARE_COLUMN.match(name) if name[:1].isdigit() else None
        if m is None or value.strip() in _NO_STEP or not spans.get(name) or not _names_a_step(value):
            continue
        s, e = spans[name][0][0], spans[name][-1][1]
        if not any(s <= d.span[0] < e for d in node.deadlines):
            # 2024年计划完成… / …，2024年年内创建30个… in the 2024 column (tt_187): the cell writes the year the work is
            # done in, a `period` of it, as a year opening a step is (a cell naming the step alone is by the year)
            year = m.group(1) + "年"
            kind = "period" if value.lstrip().startswith(year) or year + "年内" in value else "by"
            out.append(Deadline(text=text[s:e], year=int(m.group(1)), kind=kind, span=(s, e)))
    return out


def _year_part_column_deadlines(text: str, node: Section, spans, table_start: int) -> list[Deadline]:
    """三季度目标 beside the year's task (grammar.YEAR_PART_COLUMN, tt_185): each cell naming a step (完成招标，进场施工)
    is the milestone of that part of the year, `by` its last month (三季度 → 9) of the year the name writes, else the
    table's, as a time cell naming the part is; / names none, and a date the cell writes itself is read as it stands."""
    out: list[Deadline] = []
    for name, value in node.cells.items():
        m = _g.YEAR_PART_COLUMN.match(name) if "季度" in name or "半年" in name or "年中" in name else None
        if m is None or value.strip() in _NO_STEP or not spans.get(name) or not _names_a_step(value):
            continue
        s, e = spans[name][0][0], spans[name][-1][1]
        year = int(m.group("y")) if m.group("y") else _table_year(text, table_start, node)
        if year is not None and not any(s <= d.span[0] < e for d in node.deadlines):
            out.append(Deadline(text=text[s:e], year=year, month=_g.year_part_last_month(m), kind="by", span=(s, e)))
    return out


def _same_time(a: Deadline, b: Deadline) -> bool:
    """Do the two deadlines set the same time (wherever they were read)?"""
    return (a.year, a.month, a.day, a.kind, a.recurrence, a.ongoing) == (b.year, b.month, b.day, b.kind, b.recurrence, b.ongoing)


def _time_cell_deadline(text: str, node: Section, cell: str, s: int, table_start: int) -> Deadline | None:
    """The first reading of a time cell the deadline grammar left (tried from the most specific form on): a span of
    months, a bare date, a year and month, a month and day, a whole year, a recurrence, or an ongoing word."""
    read = (_month_span_deadline(cell, s) or _yearless_month_span_deadline(text, cell, s, table_start, node)
            or _bare_date_deadline(text, cell, s, table_start, node)
            or _month_word_dropped_deadline(cell, s) or _year_month_figures_deadline(cell, s)
            or _year_month_deadline(cell, s)
            or _month_day_deadline(text, cell, s, node.span[0])
            or _whole_year_deadline(text, cell, s, table_start, node)
            or _recurring_deadline(cell, s))
    if read is not None:
        return read
    m = _ONGOING.search(cell)
    return Deadline(text=cell.strip(), kind="period", ongoing=True, span=(s, s + len(cell))) if m else None


def _year_month_deadline(cell: str, s: int) -> Deadline | None:
    """2020年12月 / 2020.12 / 2023-06 in a time cell (its day if written): the limit; None when the month is no month."""
    m = _YEAR_MONTH.search(cell)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    day = int(m.group(3)) if m.group(3) else None
    date = f"{year:04d}-{month:02d}-{day:02d}" if day else None
    return Deadline(text=m.group(0), year=year, month=month, day=day, date=date, kind="by",
                    span=(s + m.start(), s + m.end()))


# a time cell whose month lost its 月 in print, 2016 年 6 底前 (a figure between 年 and 底 can only be the month)
_MONTH_WORD_DROPPED_CELL = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*[底末]\s*" + _g.BEFORE_WORD + r"?\s*$")


def _month_word_dropped_deadline(cell: str, at: int) -> Deadline | None:
    """2016 年 6 底前 (tt_50): a year, then the month's figure with its 月 dropped before 底前, is the limit: by the end of
    that month; None for any other cell or a figure that is no month."""
    m = _MONTH_WORD_DROPPED_CELL.match(cell)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return Deadline(text=cell.strip(), year=int(m.group(1)), month=int(m.group(2)), kind="by",
                    span=(at + m.start(1), at + m.end()))


def _year_month_figures_deadline(cell: str, at: int) -> Deadline | None:
    """202211 (tt_124): a year and month printed as six figures, 年 and 月 lost, in a time cell: the limit, by that
    month (grammar.YEAR_MONTH_FIGURES_CELL); None for any other cell."""
    m = _g.YEAR_MONTH_FIGURES_CELL.match(cell)
    if m is None:
        return None
    return Deadline(text=m.group(0).strip(), year=int(m.group("y")), month=int(m.group("m")), kind="by",
                    span=(at + m.start("y"), at + m.end("m")))


# a time cell of a span of months, 2023.01-2023.12 (a 建设起止年限): the months the work is done in
_MONTH_SPAN_CELL = re.compile(
    r"^\s*(?P<y1>(?:19|20)\d{2})\s*[.．/年]\s*(?P<m1>\d{1,2})\s*月?\s*[-－—–~～至到]+\s*"
    # the second year may be left out where the months follow on in the same year (2024年6月—12月)
    r"(?:(?P<y2>(?:19|20)\d{2})\s*[.．/年]\s*)?(?P<m2>\d{1,2})\s*月?\s*$"
)


def _month_span_deadline(cell: str, at: int) -> Deadline | None:
    """2023.01-2023.12: within one year the work takes place in that year (`period`, as a week's 3.18-3.23 is
    of its month); across years it is due by the last month (2023.06-2024.06: by 2024-06)."""
    m = _MONTH_SPAN_CELL.match(cell)
    if not m or not all(1 <= int(m.group(g)) <= 12 for g in ("m1", "m2")):
        return None
    y1, m2 = int(m.group("y1")), int(m.group("m2"))
    y2 = int(m.group("y2")) if m.group("y2") else y1
    span = (at + m.start("y1"), at + m.end("m2"))
    if y1 == y2:
        return Deadline(text=m.group(0).strip(), year=y1, kind="period", span=span)
    return Deadline(text=m.group(0).strip(), year=y2, month=m2, kind="by", span=span)


# a time cell of a span of months with no year written (7月至 12月, 7至11月, 2月至11月: a 抽查 plan's 检查时间, tt_130)
_YEARLESS_MONTH_SPAN_CELL = re.compile(r"^\s*(?P<m1>\d{1,2})\s*月?\s*[-－—–~～至到]+\s*(?P<m2>\d{1,2})\s*月份?\s*$")


def _yearless_month_span_deadline(text: str, cell: str, at: int, table_start: int,
                                  row: Section | None = None) -> Deadline | None:
    """7月至12月 in a time cell: the months the work is done in, within the year the table is for (written above it),
    `period` of that year as 2023.01-2023.12 is; None when no year is written above the table or the months go across
    the year's turn (12月至3月 with no year sets none), so that no month is given without its year."""
    m = _YEARLESS_MONTH_SPAN_CELL.match(cell)
    if not m or not 1 <= int(m.group("m1")) <= int(m.group("m2")) <= 12:
        return None
    year = _table_year(text, table_start, row)
    if year is None:
        return None
    return Deadline(text=m.group(0).strip(), year=year, kind="period", span=(at + m.start("m1"), at + len(cell.rstrip())))


# a construction-time cell (建设时间, 建设起止年限) of one year printed bare, 2024: the year the work is built in, as a
# span of months within one year (2023.01-2023.12) is; 2024年 under 完成时限 stays the limit (_bare_date_deadline)
_BARE_YEAR_CELL = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*$")
_BUILDING = "建设"  # the word that makes a time column the time the work is built in


def _building_year_deadlines(text: str, node: Section, spans) -> list[Deadline]:
    """A bare year in a 建设时间 / 建设起止年限 cell: the work is done in that year (`period`)."""
    out: list[Deadline] = []
    for name, value in node.cells.items():
        if _BUILDING not in name or _g.column_role(name) != "time" or not _BARE_YEAR_CELL.match(value):
            continue
        for s, e in spans.get(name, [])[:1]:
            m = _BARE_YEAR_CELL.match(text[s:e])
            if m:
                span = (s + m.start("y"), s + m.end("y"))
                out.append(Deadline(text=m.group("y"), year=int(m.group("y")), kind="period", span=span))
    return out


# a time cell of a year or a month alone (2024年, 2024年度, 9月份) or a span of years (2024—2025年, to the end of
# its last year: 2016—2017 年底前; 2023-2025 with no 年, two years joined by a dash being no other figure): the limit
_YEAR_CELL = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年度?\s*$")
_MONTH_CELL = re.compile(r"^\s*(?P<m>\d{1,2})\s*月份?\s*$")
_YEAR_SPAN_CELL = re.compile(
    r"^\s*(?:19|20)\d{2}\s*年?\s*[-－—–~～至到]+\s*(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?:(?P<end>[底末])\s*" + _g.BEFORE_WORD + r"?)?)?\s*$"
)


def _bare_date_deadline(text: str, cell: str, at: int, table_start: int, row: Section | None = None) -> Deadline | None:
    """A time cell of one date alone is the limit: 2024年 (by 2024), 2024—2025年 (by the last year), 9月份 (by that
    month of the year the table is for, when one is written above it)."""
    m = _YEAR_CELL.match(cell)
    if m:
        return Deadline(text=cell.strip(), year=int(m.group("y")), kind="by", span=(at + m.start("y"), at + m.end("y")))
    m = _YEAR_SPAN_CELL.match(cell)
    if m:
        month = 12 if m.group("end") else None
        return Deadline(text=cell.strip(), year=int(m.group("y")), month=month, kind="by", span=(at + m.start("y"), at + m.end("y")))
    m = _MONTH_CELL.match(cell)
    year = _table_year(text, table_start, row) if m and 1 <= int(m.group("m")) <= 12 else None
    if year is None:
        return None
    span = (at + m.start("m"), at + len(cell.rstrip()))
    return Deadline(text=cell.strip(), year=year, month=int(m.group("m")), kind="by", span=span)


# a time cell that says how often the work recurs (每季度, 每月, 每年 / 每季度末报送): no date, a rhythm
_RECURRING_CELL = re.compile(r"^\s*(?P<w>每(?:(?P<y>年度?)|(?P<q>季度?)|(?P<m>月)))")


def _recurring_deadline(cell: str, at: int) -> Deadline | None:
    """A time cell opening with 每季度 / 每月 / 每年 (what the deadline grammar leaves: a date after it, 每月10日前,
    it reads itself): the work recurs at that rhythm, `period` with its recurrence."""
    m = _RECURRING_CELL.match(cell)
    if not m:
        return None
    recurrence = "yearly" if m.group("y") else "quarterly" if m.group("q") else "monthly"
    return Deadline(text=m.group("w"), kind="period", recurrence=recurrence, span=(at + m.start("w"), at + m.end("w")))


# in the row's task or time text, what the deadline grammar (reading running text) leaves:
# a goal year after 力争 / 确保 / 争取 (力争2025年每千常住人口基层卫生人员数不低于3.5人): the year the goal is due by;
# a month the work is finished in (9月投入使用, 6月竣工): due by that month of the year the table is for
_GOAL_YEAR = re.compile(r"(?:力争|确保|争取)(?:在|于)?\s*(?P<y>(?:19|20)\d{2})\s*年(?!度|以来|[底末内前])")
_DONE_IN_MONTH = re.compile(
    r"(?<![\d年.．])(?P<m>\d{1,2})\s*月份?(?=投入使用|投入运行|投用|交付|竣工|完工|开通|开业|通车)"
)
_ALREADY = re.compile(r"已")  # 已于3月投入使用: a month something was finished in, not one it is due by


def _row_text_deadlines(text: str, node: Section, spans, table_start: int) -> list[Deadline]:
    """Goal years and months of completion in the row's task and time cells that no deadline covers yet."""
    out: list[Deadline] = []
    taken = [d.span for d in node.deadlines]
    for s, e in _role_cells(node, spans, {"task", "time"}):
        for m in _GOAL_YEAR.finditer(text, s, e):
            span = (m.start("y"), m.end())
            if not _overlaps(span, taken):
                out.append(Deadline(text=text[span[0]:span[1]], year=int(m.group("y")), kind="by", span=span))
        for m in _DONE_IN_MONTH.finditer(text, s, e):
            month = int(m.group("m"))
            span = (m.start(), m.end())
            if _ALREADY.search(text, max(s, m.start() - 3), m.start()):
                continue  # 已于3月投入使用: done, not due
            if not 1 <= month <= 12:
                continue
            read = [d for d in node.deadlines if _overlaps(span, [d.span])]
            if not read:
                out.append(Deadline(text=m.group(0), year=_table_year(text, table_start, node), month=month, kind="by", span=span))
            for d in read:
                if d.year is None and d.month == month and d.recurrence is None:
                    d.year = _table_year(text, table_start, node)  # read with no year (the grammar knows no table's year)
    return out


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _table_year(text: str, table_start: int, row: Section | None = None) -> int | None:
    """The year the table is for: the last year written above its first row (2016年民生实事目标任务分解表),
    not a year a row above names (力争2025年…); where none is written above, the year of the plan the row's own
    cells name (_plan_year_in_cells)."""
    year = _year_above_table(text, table_start)
    if year is not None:
        return year
    return _plan_year_in_cells(row) if row is not None and row.cells else None


@functools.lru_cache(maxsize=4)  # every row of a table asks (some several times a row): its look-back scanned once a table
def _year_above_table(text: str, table_start: int) -> int | None:
    """The last year written in the _LOOK_BACK characters above the table's first row; None where none is."""
    years = [int(y.group(1)) for y in _YEAR.finditer(text, max(0, table_start - _LOOK_BACK), table_start)]
    return years[-1] if years else None


# a cell naming the plan the table is (株洲市芦淞区市场监督管理局2023年度专项抽查工作计划, repeated in every row of a 抽查
# plan printed with no title above it, tt_130): a name ending in a plan word, holding one year
_PLAN_WORDS = ("计划", "方案", "清单", "目录", "要点")
_PLAN_NAME_MAX = 60  # characters: a longer cell is a sentence, not a plan's name
_PLAN_COLUMN_ROLES = (None, "other")  # a task, time or unit column says what is done, when, by whom: no plan's name


def _plan_year_in_cells(row: Section) -> int | None:
    """The year of the plan a row names in a cell of its own that is no task, time or unit cell (a 抽查计划名称 column:
    …2023年度专项抽查工作计划): the year the table is for when none is written above it; None where no cell names
    one plan year (a task 制定2024年工作计划 is work to do, not the table's plan)."""
    for name, value in row.cells.items():
        value = value.strip()
        if len(value) > _PLAN_NAME_MAX or not value.endswith(_PLAN_WORDS) or "年" not in value:
            continue
        if _g.column_role(name) not in _PLAN_COLUMN_ROLES:
            continue
        years = {int(y.group(1)) for y in _YEAR.finditer(value)}
        if len(years) == 1:
            return years.pop()
    return None


def _whole_year_deadline(text: str, cell: str, at: int, table_start: int, row: Section | None = None) -> Deadline | None:
    """A time cell of 全年 / 年内 alone: the work runs through the year the table is for, the last year
    written above the table (a list titled 2025年开发区重点工作及责任清单); None when no year is written.
    2024年内 / 2024年全年: through the year the cell names."""
    m = _A_YEAR_WHOLE_CELL.match(cell)
    if m:  # the cell names its year: the work runs through it
        return Deadline(text=cell.strip(), year=int(m.group("y")), kind="period", span=(at + m.start("y"), at + m.end()))
    m = _WHOLE_YEAR_CELL.match(cell)
    if not m:
        return None
    year = _table_year(text, table_start, row)
    if year is None:
        return None
    return Deadline(text=m.group(1), year=year, kind="period", span=(at + m.start(1), at + m.end(1)))


def _month_day_deadline(text: str, cell: str, at: int, row_start: int) -> Deadline | None:
    """A cell of month.day dates (3.18-3.23, 3.20) dated by the year the document gives that month before the
    table (a plan headed （2024.3.18—2024.3.23）); None when the cell is something else or no year is given."""
    m = _MONTH_DAY_CELL.match(cell)
    if not m or not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
        return None
    month, day = int(m.group(1)), int(m.group(2))
    year = _year_of_month(text, month, row_start)
    if year is None:
        return None
    span = (at + m.start(1), at + m.end())
    if m.group(3):  # a range: the work takes place in those days
        return Deadline(text=m.group(0).strip(), year=year, month=month, kind="period", span=span)
    return Deadline(text=m.group(0).strip(), year=year, month=month, day=day, date=f"{year:04d}-{month:02d}-{day:02d}",
                    kind="by", span=span)


def _year_of_month(text: str, month: int, before: int) -> int | None:
    """The year of the last full date of `month` written before `before` (2024.3.18, 2024年3月)."""
    years = [int(m.group(1)) for m in _DATED_MONTH.finditer(text, 0, before) if int(m.group(2)) == month]
    return years[-1] if years else None
