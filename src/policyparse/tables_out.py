"""The task table and the documents table: one row builder shared by CSV, xlsx and Parquet.

* tasks: one row per task (heading, item or paragraph node) with its notice's title, 文号, issuer, issue date
  and type beside it, the task's whole text, lead and support units (canonical names), mode, targets (as
  described, and as value / unit / year lists) and deadlines (as written, and as ISO dates);
* documents: one row per input, parsed or not: provenance, metadata, counts, warnings, and the error of a
  document that failed.

Records keep Python types (lists as lists, None for nothing); `flat` joins lists with `；` for CSV and
spreadsheets; `csv_cells` also makes ids safe in spreadsheets (see ID_PREFIX).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

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


TASK_COLUMNS = [
    Column("document", "text", 30, "Path of the notice the task comes from."),
    Column("doc_title", "text", 40, "The notice's title."),
    Column("doc_number", "text", 18, "The notice's 发文字号 (文号)."),
    Column("issuer", "text", 18, "The issuing body."),
    Column("issue_date", "text", 11, "成文日期, ISO YYYY-MM-DD."),
    Column("doc_type", "text", 8, "文种: 通知, 意见, 方案, 实施方案, 办法, …"),
    Column("id", "text", 8, 'The node\'s position in the tree, e.g. "2.1.3" (text, never a number).'),
    Column("kind", "text", 9, "heading, item, paragraph or task_row."),
    Column("level", "int", 6, "1 for 一、, 2 for （一）, 3 for 1., 4 for （1）."),
    Column("marker", "text", 7, "The heading or item marker as written."),
    Column("title", "text", 30, "The node's title (its first clause)."),
    Column("text", "text", 60, "The task's whole text (its own text, children excluded)."),
    Column("lead_units", "list", 24, "Lead units (牵头单位), canonical names."),
    Column("support_units", "list", 24, "Supporting units (责任单位 / 配合单位), canonical names."),
    Column("mode", "text", 12, "How the note assigns the units: lead_support, joint, all or listed."),
    Column("targets", "list", 30, "Each target as read: metric, comparator, value, unit, (year)."),
    Column("target_values", "float_list", 12, "Each target's value, in the order of `targets`."),
    Column("target_units", "list", 10, "Each target's unit (%, 个, 人次, …), in the order of `targets`."),
    Column("target_years", "int_list", 10, "Each target's year, in the order of `targets`."),
    Column("deadlines", "list", 24, "Each deadline as written, with its date."),
    Column("deadline_dates", "list", 12, "Each deadline as an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when less is known)."),
]

DOCUMENT_COLUMNS = [
    Column("path", "text", 30, "Path of the input, as given."),
    Column("status", "text", 8, "ok; empty (nothing found: see warnings); failed (see error)."),
    Column("sha256", "text", 16, "SHA-256 of the input bytes."),
    Column("size_bytes", "int", 10, "Size of the input in bytes."),
    Column("encoding", "text", 10, "Encoding the bytes were decoded with."),
    Column("title", "text", 40, "Title."),
    Column("doc_number", "text", 18, "发文字号 (文号)."),
    Column("issuer", "text", 18, "Issuing body."),
    Column("issue_date", "text", 11, "成文日期, ISO YYYY-MM-DD."),
    Column("publish_date", "text", 11, "发布日期, ISO YYYY-MM-DD."),
    Column("doc_type", "text", 8, "文种."),
    Column("n_nodes", "int", 8, "Nodes in the tree."),
    Column("n_tasks", "int", 8, "Rows of this document in the task table."),
    Column("n_units", "int", 8, "Lead and supporting unit mentions."),
    Column("n_targets", "int", 9, "Targets."),
    Column("n_deadlines", "int", 11, "Deadlines."),
    Column("repair_steps", "list", 20, "Repair steps that changed something."),
    Column("warnings", "list", 40, "Repair warnings and empty-result warnings."),
    Column("error", "text", 40, "Why the document failed: [stage] error type: message."),
]

TASK_NAMES = [c.name for c in TASK_COLUMNS]
DOCUMENT_NAMES = [c.name for c in DOCUMENT_COLUMNS]


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


def task_records(doc: Document) -> list[dict]:
    """The task rows of one document as dicts, in TASK_COLUMNS order, lists as lists, None for nothing."""
    m = doc.metadata
    head = {
        "document": doc.source.path or m.title or "",
        "doc_title": m.title,
        "doc_number": m.doc_number,
        "issuer": m.issuer,
        "issue_date": m.issue_date,
        "doc_type": m.doc_type,
    }
    rows = []
    for node in doc.iter_sections():
        if not is_task(node):
            continue
        r = node.responsibility
        rows.append(
            {
                **head,
                "id": node.id,
                "kind": node.kind,
                "level": node.level,
                "marker": node.marker,
                "title": node.title,
                "text": node.text,
                "lead_units": [u.canonical for u in r.lead] if r else [],
                "support_units": [u.canonical for u in r.support] if r else [],
                "mode": r.mode if r else None,
                "targets": [describe_target(t) for t in node.targets],
                "target_values": [t.value for t in node.targets],
                "target_units": [t.unit for t in node.targets],
                "target_years": [t.year for t in node.targets],
                "deadlines": [describe_deadline(d) for d in node.deadlines],
                "deadline_dates": [deadline_date(d) for d in node.deadlines],
            }
        )
    return rows


def document_record(doc: Document | None, *, path: str, sha256: str | None = None, size: int = 0,
                    warnings: list[str] | None = None, error: str | None = None) -> dict:
    """One row of the documents table: a parsed document, or (doc None) one that failed with `error`."""
    if doc is None:
        return {c: None for c in DOCUMENT_NAMES} | {
            "path": path, "status": "failed", "sha256": sha256, "size_bytes": size,
            "repair_steps": [], "warnings": list(warnings or []), "error": error,
        }
    nodes = list(doc.iter_sections())
    m = doc.metadata
    found = list(warnings or [])
    empty = any(is_empty_warning(w) for w in [*doc.repair.warnings, *found])
    return {
        "path": path,
        "status": "empty" if empty else "ok",
        "sha256": doc.source.sha256,
        "size_bytes": doc.source.size_bytes,
        "encoding": doc.source.encoding,
        "title": m.title,
        "doc_number": m.doc_number,
        "issuer": m.issuer,
        "issue_date": m.issue_date,
        "publish_date": m.publish_date,
        "doc_type": m.doc_type,
        "n_nodes": len(nodes),
        "n_tasks": sum(1 for n in nodes if is_task(n)),
        "n_units": sum(len(n.responsibility.lead) + len(n.responsibility.support) for n in nodes if n.responsibility),
        "n_targets": sum(len(n.targets) for n in nodes),
        "n_deadlines": sum(len(n.deadlines) for n in nodes),
        "repair_steps": [s.name for s in doc.repair.steps],
        "warnings": list(dict.fromkeys([*doc.repair.warnings, *found])),
        "error": None,
    }


# ---------------------------------------------------------------- flat cells (CSV, spreadsheets)


def flat(record: dict, columns: list[Column]) -> list:
    """The record as cells: lists joined with `；`, None as ''; ints stay ints, everything else is text."""
    cells = []
    for c in columns:
        v = record.get(c.name)
        if c.kind in ("list", "float_list", "int_list"):
            cells.append(LIST_JOINER.join("" if x is None else _number(x) if isinstance(x, float) else str(x) for x in v or []))
        elif v is None:
            cells.append("")
        elif c.kind == "int":
            cells.append(int(v))
        else:
            cells.append(str(v))
    return cells


def csv_cells(record: dict, columns: list[Column]) -> list[str]:
    cells = [csv_safe(str(v)) for v in flat(record, columns)]
    if columns is TASK_COLUMNS:
        i = TASK_NAMES.index("id")
        cells[i] = ID_PREFIX + cells[i]
    return cells


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
    return "".join(csv_line(csv_cells(r, TASK_COLUMNS)) for r in task_records(doc))


def document_csv(record: dict) -> str:
    return csv_line(csv_cells(record, DOCUMENT_COLUMNS))
