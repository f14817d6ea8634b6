"""The task table as an Excel workbook (openpyxl, streamed: memory stays flat however many rows).

Two sheets, `tasks` and `documents` (the columns of tables_out). Every id, 文号, date and marker is a text cell,
so Excel and LibreOffice show 3.10 as 3.10 and 2024-03-05 as written; counts and levels are numbers. The header
row is frozen and has filters on; columns get readable widths. Text that Excel cannot hold is made safe: control
characters XML forbids are dropped, a file-name byte that is not UTF-8 is written as the text \\udcXX (as in
the CSV), cells are cut at Excel's 32,767 characters (ending with …), and text that starts with = stays text,
never a formula.
"""

from __future__ import annotations

from openpyxl import Workbook as _Book
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from policyparse import tables_out

MAX_CELL = 32767
_HEADER_FONT = Font(bold=True)


class Workbook:
    def __init__(self):
        self._book = _Book(write_only=True)
        self._sheets = {}
        for name, columns in (("tasks", tables_out.TASK_COLUMNS), ("documents", tables_out.DOCUMENT_COLUMNS)):
            sheet = self._book.create_sheet(name)
            for i, c in enumerate(columns, start=1):
                sheet.column_dimensions[get_column_letter(i)].width = c.width + 2
            sheet.freeze_panes = "A2"
            header = []
            for c in columns:
                cell = WriteOnlyCell(sheet, value=c.name)
                cell.font = _HEADER_FONT
                header.append(cell)
            sheet.append(header)
            self._sheets[name] = [sheet, columns, 1]

    def add_task(self, cells: list) -> None:
        self._add("tasks", cells)

    def add_document(self, cells: list) -> None:
        self._add("documents", cells)

    def _add(self, name: str, cells: list) -> None:
        entry = self._sheets[name]
        sheet = entry[0]
        entry[2] += 1
        sheet.append([_cell(sheet, v) for v in cells])

    def save(self, fh) -> None:
        for sheet, columns, rows in self._sheets.values():
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows}"
        self._book.save(fh)

    def discard(self) -> None:
        self._book = None


def _cell(sheet, value):
    if not isinstance(value, str):
        return value
    text = tables_out.surrogates_as_text(ILLEGAL_CHARACTERS_RE.sub("", value))
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # text, whatever it looks like: never a number, a date or a formula
    return cell
