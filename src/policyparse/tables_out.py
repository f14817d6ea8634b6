"""The task table and the documents table: one row builder shared by CSV, xlsx and Parquet.

* tasks: one row per task (heading, item or paragraph node) with its notice's title, 文号, issuer, issue date
  and type beside it, the task's whole text, lead and support units (canonical names), mode, targets (as
  described, and as value / unit / year lists) and deadlines (as written, and as ISO dates);
* documents: one row per input, parsed or not: provenance, metadata, counts, warnings, and the error of a
  document that failed.

Rows are typed records, TaskRow and DocumentRow, whose fields are the columns (declared nowhere else): they keep
Python types (lists as lists, None for nothing), and each writer only formats them. Parquet takes them as dicts
(`as_dict`); `flat` joins lists with `；` for spreadsheets; `csv_cells` also makes ids safe in a CSV opened in a
spreadsheet (see ID_PREFIX).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, fields

from policyparse.checks import is_empty_warning
from policyparse.models import Deadline, Document, Section, Target

LIST_JOINER = "；"
# A spreadsheet reads the id 3.10 as the number 3.1 (colliding with 3.1) and 2.1 as a date in some locales.
# In the CSV every id is written with this prefix ("#3.10"), which Excel, LibreOffice and pandas keep as text;
# `id.str[1:]` gives the bare id. The xlsx and Parquet tables hold the bare id as text.
ID_PREFIX = "#"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text | int | list | float_list | int_list
    width: int  # characters, for spreadsheets
    description: str


def _column(width: int, description: str, *, listed: bool = False):
    """A field of a row, declared once: its name, type and place make the column, these its width and
    description. Every field has a default so that a failed document's row names only what is known."""
    default = {"default_factory": list} if listed else {"default": None}
    return field(**default, metadata={"width": width, "description": description})


@dataclass
class TaskRow:
    """One row of the task table. Field order is column order."""

    document: str = _column(30, "Path of the notice the task comes from.")
    doc_title: str | None = _column(40, "The notice's title.")
    doc_number: str | None = _column(18, "The notice's 发文字号 (文号).")
    issuer: str | None = _column(18, "The issuing body.")
    issue_date: str | None = _column(11, "成文日期, ISO YYYY-MM-DD.")
    doc_type: str | None = _column(8, "文种: 通知, 意见, 方案, 实施方案, 办法, …")
    id: str | None = _column(8, 'The node\'s position in the tree, e.g. "2.1.3" (text, never a number).')
    kind: str | None = _column(9, "heading, item, paragraph or task_row.")
    level: int | None = _column(6, "1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.")
    marker: str | None = _column(7, "The heading or item marker as written.")
    title: str | None = _column(30, "The node's title (its first clause).")
    text: str | None = _column(60, "The task's whole text (its own text, children excluded).")
    lead_units: list[str] = _column(24, "Lead units (牵头单位), canonical names.", listed=True)
    support_units: list[str] = _column(24, "Supporting units (责任单位 / 配合单位), canonical names.", listed=True)
    mode: str | None = _column(12, "How the note assigns the units: lead_support, joint, all or listed.")
    targets: list[str] = _column(30, "Each target as read: metric, comparator, value, unit, (year).", listed=True)
    target_values: list[float] = _column(12, "Each target's value, in the order of `targets`.", listed=True)
    target_units: list[str | None] = _column(10, "Each target's unit (%, 个, 人次, …), in the order of `targets`.", listed=True)
    target_years: list[int | None] = _column(10, "Each target's year, in the order of `targets`.", listed=True)
    deadlines: list[str] = _column(24, "Each deadline as written, with its date.", listed=True)
    deadline_dates: list[str] = _column(
        12, "Each deadline as an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when less is known).", listed=True)


@dataclass
class DocumentRow:
    """One row of the documents table, parsed or failed. Field order is column order."""

    path: str = _column(30, "Path of the input, as given.")
    status: str | None = _column(8, "ok; empty (nothing found: see warnings); failed (see error).")
    sha256: str | None = _column(16, "SHA-256 of the input bytes.")
    size_bytes: int | None = _column(10, "Size of the input in bytes.")
    encoding: str | None = _column(10, "Encoding the bytes were decoded with.")
    title: str | None = _column(40, "Title.")
    doc_number: str | None = _column(18, "发文字号 (文号).")
    issuer: str | None = _column(18, "Issuing body.")
    issue_date: str | None = _column(11, "成文日期, ISO YYYY-MM-DD.")
    publish_date: str | None = _column(11, "发布日期, ISO YYYY-MM-DD.")
    doc_type: str | None = _column(8, "文种.")
    n_nodes: int | None = _column(8, "Nodes in the tree.")
    n_tasks: int | None = _column(8, "Rows of this document in the task table.")
    n_units: int | None = _column(8, "Lead and supporting unit mentions.")
    n_targets: int | None = _column(9, "Targets.")
    n_deadlines: int | None = _column(11, "Deadlines.")
    repair_steps: list[str] = _column(20, "Repair steps that changed something.", listed=True)
    warnings: list[str] = _column(40, "Repair warnings and empty-result warnings.", listed=True)
    error: str | None = _column(40, "Why the document failed: [stage] error type: message.")


# a field's type (as written above) names how its cells are written: text, a number, or a list of either
_KIND = {
    "str": "text", "str | None": "text", "int | None": "int",
    "list[str]": "list", "list[str | None]": "list", "list[float]": "float_list", "list[int | None]": "int_list",
}


def columns_of(row_type: type) -> list[Column]:
    return [Column(f.name, _KIND[f.type], f.metadata["width"], f.metadata["description"]) for f in fields(row_type)]


TASK_COLUMNS = columns_of(TaskRow)
DOCUMENT_COLUMNS = columns_of(DocumentRow)
TASK_NAMES = [c.name for c in TASK_COLUMNS]
DOCUMENT_NAMES = [c.name for c in DOCUMENT_COLUMNS]
_COLUMNS = {TaskRow: TASK_COLUMNS, DocumentRow: DOCUMENT_COLUMNS}


def as_dict(row: TaskRow | DocumentRow) -> dict:
    """The row as a dict in column order (lists as lists, None for nothing), as Arrow takes it."""
    return {name: getattr(row, name) for name in (TASK_NAMES if isinstance(row, TaskRow) else DOCUMENT_NAMES)}


def is_task(node: Section) -> bool:
    """A row of the task table: every numbered or inferred node, every paragraph heading, and every row of
    the document's own task tables (kind task_row)."""
    return node.kind in {"heading", "item", "paragraph", "task_row"}


def describe_target(t: Target) -> str:
    symbol = {"eq": "", "gte": "≥", "gt": ">", "lte": "≤", "lt": "<", "approx": "≈"}[t.comparator]
    value = _number(t.value) + (f"-{_number(t.value_max)}" if t.value_max is not None else "")
    parts = [t.metric or "", f"{symbol}{value}{t.unit or ''}"]
    if t.year:
        parts.append(f"({t.year})")
    if t.recurrence:
        parts.append(f"[{t.recurrence}]")
    return " ".join(p for p in parts if p)


def deadline_date(d: Deadline) -> str:
    """ISO date of a deadline: YYYY-MM-DD when whole, YYYY-MM or YYYY when less is known, '' for none."""
    if d.date:
        return d.date
    if d.year:
        return f"{d.year:04d}" + (f"-{d.month:02d}" if d.month else "")
    return ""


def describe_deadline(d: Deadline) -> str:
    if d.date:
        when = d.date
    elif d.year or d.month:
        when = "-".join(f"{v:02d}" if i else str(v) for i, v in enumerate(x for x in (d.year, d.month, d.day) if x))
    else:
        when = ""
    label = f"{d.text}" + (f" [{when}]" if when else "")
    if d.recurrence:
        label += f" [{d.recurrence}]"
    return label


def _number(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(v)


def task_records(doc: Document) -> list[TaskRow]:
    """The task rows of one document."""
    m = doc.metadata
    head = {
        "document": doc.source.path or m.title or "",
        "doc_title": m.title,
        "doc_number": m.doc_number,
        "issuer": m.issuer,
        "issue_date": m.issue_date,
        "doc_type": m.doc_type,
    }
    return [_task_row(head, node) for node in doc.iter_sections() if is_task(node)]


def _task_row(head: dict, node: Section) -> TaskRow:
    r = node.responsibility
    return TaskRow(
        **head,
        id=node.id,
        kind=node.kind,
        level=node.level,
        marker=node.marker,
        title=node.title,
        text=node.text,
        lead_units=[u.canonical for u in r.lead] if r else [],
        support_units=[u.canonical for u in r.support] if r else [],
        mode=r.mode if r else None,
        targets=[describe_target(t) for t in node.targets],
        target_values=[t.value for t in node.targets],
        target_units=[t.unit for t in node.targets],
        target_years=[t.year for t in node.targets],
        deadlines=[describe_deadline(d) for d in node.deadlines],
        deadline_dates=[deadline_date(d) for d in node.deadlines],
    )


@dataclass(frozen=True)
class Counts:
    """What a parsed document holds, counted once for the documents table and the batch's --summary lines."""

    nodes: int
    tasks: int
    units: int  # lead and supporting unit mentions
    targets: int
    deadlines: int


def counts(doc: Document) -> Counts:
    # one pass over the nodes, not five (every document's summary counts them: 100k nodes of a long list)
    nodes = tasks = units = targets = deadlines = 0
    for n in doc.iter_sections():
        nodes += 1
        tasks += is_task(n)
        if n.responsibility:
            units += len(n.responsibility.lead) + len(n.responsibility.support)
        targets += len(n.targets)
        deadlines += len(n.deadlines)
    return Counts(nodes=nodes, tasks=tasks, units=units, targets=targets, deadlines=deadlines)


def document_record(doc: Document | None, *, path: str, sha256: str | None = None, size: int = 0,
                    warnings: list[str] | None = None, error: str | None = None) -> DocumentRow:
    """One row of the documents table: a parsed document, or (doc None) one that failed with `error`."""
    if doc is None:
        return DocumentRow(path=path, status="failed", sha256=sha256, size_bytes=size,
                           warnings=list(warnings or []), error=error)
    m, n = doc.metadata, counts(doc)
    found = [*doc.repair.warnings, *(warnings or [])]
    return DocumentRow(
        path=path,
        status="empty" if any(is_empty_warning(w) for w in found) else "ok",
        sha256=doc.source.sha256,
        size_bytes=doc.source.size_bytes,
        encoding=doc.source.encoding,
        title=m.title,
        doc_number=m.doc_number,
        issuer=m.issuer,
        issue_date=m.issue_date,
        publish_date=m.publish_date,
        doc_type=m.doc_type,
        n_nodes=n.nodes,
        n_tasks=n.tasks,
        n_units=n.units,
        n_targets=n.targets,
        n_deadlines=n.deadlines,
        repair_steps=[s.name for s in doc.repair.steps],
        warnings=list(dict.fromkeys(found)),
    )


# ---------------------------------------------------------------- flat cells (CSV, spreadsheets)


def flat(row: TaskRow | DocumentRow) -> list:
    """The row as cells: lists joined with `；`, None as ''; ints stay ints, everything else is text."""
    cells = []
    for c in _COLUMNS[type(row)]:
        v = getattr(row, c.name)
        if c.kind in ("list", "float_list", "int_list"):
            cells.append(LIST_JOINER.join("" if x is None else _number(x) if isinstance(x, float) else str(x) for x in v or []))
        elif v is None:
            cells.append("")
        elif c.kind == "int":
            cells.append(int(v))
        else:
            cells.append(str(v))
    return cells


_ID = TASK_NAMES.index("id")


def csv_cells(row: TaskRow | DocumentRow) -> list[str]:
    cells = [csv_safe(str(v)) for v in flat(row)]
    if isinstance(row, TaskRow):
        cells[_ID] = ID_PREFIX + cells[_ID]
    return cells


def cells_for(fmt: str, row: TaskRow | DocumentRow):
    """One row as the writer of `fmt` takes it: a CSV line (csv), or its flat cells (xlsx)."""
    return csv_line(csv_cells(row)) if fmt == "csv" else flat(row)


def rows_for(fmt: str, rows: list[TaskRow]):
    """Rows as the writer of `fmt` takes them: CSV text (csv), or a list of flat cells (xlsx)."""
    cells = [cells_for(fmt, r) for r in rows]
    return "".join(cells) if fmt == "csv" else cells


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SURROGATE = re.compile("[\ud800-\udfff]")


def csv_safe(cell: str) -> str:
    """A cell a spreadsheet will not run: one starting with = + - @ (or a tab / CR) gets a leading
    apostrophe (OWASP's advice against CSV formula injection); a file-name byte that is not UTF-8
    is written as the text \\udcXX."""
    if cell.startswith(_FORMULA_START):
        cell = "'" + cell
    return surrogates_as_text(cell)


def surrogates_as_text(cell: str) -> str:
    """A file-name byte that is not UTF-8 (a lone surrogate, as os.fsdecode keeps it) as the text \\udcXX,
    which a UTF-8 file or a workbook can hold (as output.escape_surrogates writes it in JSON)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", cell) if _SURROGATE.search(cell) else cell


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(cells)
    return buf.getvalue()


def csv_header(columns: list[Column]) -> str:
    """The header line, with the UTF-8 BOM that makes Excel read the file as UTF-8."""
    return "\ufeff" + csv_line([c.name for c in columns])


def tasks_csv(doc: Document) -> str:
    return rows_for("csv", task_records(doc))
