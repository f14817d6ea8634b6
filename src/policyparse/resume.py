"""--resume for JSONL and CSV: find the valid prefix a killed run left, and which documents it holds.

A run writes its documents in input order, each one whole and flushed before the next, so a killed run leaves
complete documents followed by at most one incomplete line or record. Only complete ones count: a JSONL line
ends with a newline; a CSV document is committed by its row in the documents table, written after its task
rows. A document is kept when its path is still an input and its file has the same SHA-256; the first one that
is not (changed, gone, garbled) ends the prefix, and everything from there on is done again. Documents that
failed are not in the prefix and are tried again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

# a JSONL line opens with the schema version and the source (models' field order): read those, not the whole line
_JSONL_HEAD = regex.compile(rb'^\{"schema_version":"[^"]*","source":\{"path":("(?:[^"\\]|\\.)*"|null),"sha256":"([0-9a-f]{64})"')


@dataclass
class Prefix:
    kept: list[str] = field(default_factory=list)  # paths of the documents kept, in file order
    offset: int = 0  # bytes of the (task) file that are kept
    rows: list[bytes] = field(default_factory=list)  # CSV: the documents table's rows of the kept documents


def file_sha(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


class _Inputs:
    """The current inputs, and whether a written document still matches one of them (path and SHA-256)."""

    def __init__(self, files: list[Path]):
        self.index = {str(f): i for i, f in enumerate(files)}

    def matches(self, path: str | None, sha: str | None) -> bool:
        return path is not None and path in self.index and sha is not None and file_sha(path) == sha


def jsonl_prefix(path: Path, files: list[Path], keep_text: bool | None = None) -> Prefix:
    """The complete lines at the start of a JSONL file whose documents are current inputs, unchanged.

    With `keep_text` given, a line written with the other --no-text setting ends the prefix too.
    """
    inputs = _Inputs(files)
    prefix = Prefix()
    seen: set[str] = set()
    try:
        fh = open(path, "rb")
    except OSError:
        return prefix
    with fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break  # the line a killed run was writing
            m = _JSONL_HEAD.match(line)
            if not m:
                break
            if keep_text is not None and line.endswith(b',"text":null}\n') == keep_text:
                break  # written with the other --no-text setting
            doc_path = json.loads(m.group(1))
            if doc_path in seen or not inputs.matches(doc_path, m.group(2).decode("ascii")):
                break
            seen.add(doc_path)
            prefix.kept.append(doc_path)
            prefix.offset += len(line)
    return prefix


def csv_records(path: Path) -> Iterator[tuple[bytes, list[str]]]:
    """Complete records of a CSV file written by policyparse (every field quoted, CRLF ends), raw and parsed.

    A record is complete when it ends with CRLF outside quotes; the first incomplete one ends the file.
    """
    try:
        fh = open(path, "rb")
    except OSError:
        return
    with fh:
        pending = b""
        for line in fh:
            pending += line
            if pending.endswith(b"\r\n") and pending.count(b'"') % 2 == 0:
                try:
                    cells = next(csv.reader(io.StringIO(pending.decode("utf-8-sig"), newline="")))
                except (UnicodeDecodeError, StopIteration, csv.Error):
                    return
                yield pending, cells
                pending = b""


def csv_prefix(tasks_path: Path, documents_path: Path, files: list[Path], task_header: list[str],
               document_header: list[str]) -> Prefix:
    """The documents of a CSV run that can be kept, the bytes of the task table they fill, and their rows."""
    inputs = _Inputs(files)
    prefix = Prefix()
    documents = csv_records(documents_path)
    head = next(documents, None)
    if head is None or head[1] != document_header:
        return prefix
    col = {name: i for i, name in enumerate(document_header)}
    wanted: list[tuple[str, int, bytes]] = []  # parsed documents, in file order, until the first that changed
    for raw, cells in documents:
        if len(cells) != len(document_header):
            break
        status, doc_path = cells[col["status"]], cells[col["path"]]
        if status == "failed":
            continue  # tried again
        if any(w[0] == doc_path for w in wanted) or not inputs.matches(doc_path, cells[col["sha256"]]):
            break
        wanted.append((doc_path, int(cells[col["n_tasks"]] or 0), raw))
    tasks = csv_records(tasks_path)
    head = next(tasks, None)
    if head is None or head[1] != task_header:
        return prefix
    prefix.offset = len(head[0])
    doc_col = task_header.index("document")
    for doc_path, n_tasks, raw in wanted:
        taken = []
        for _ in range(n_tasks):
            record = next(tasks, None)
            if record is None or record[1][doc_col] != doc_path:
                return prefix  # the task table ends (or goes astray) inside this document: keep what came before
            taken.append(len(record[0]))
        prefix.offset += sum(taken)
        prefix.kept.append(doc_path)
        prefix.rows.append(raw)
    return prefix
