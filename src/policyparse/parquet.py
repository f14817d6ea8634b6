"""Columnar output: Documents as Arrow tables, written as Parquet (needs pyarrow: ``pip install 'policyparse[dask]'``).

Two tables, with fixed schemas so every partition file has the same columns whatever it holds (even none):

* tasks: the CSV task table (``tables_out.TASK_COLUMNS``), one row per task (a task table's rows included), lists as lists;
* documents: one row per document, its provenance and headline metadata, and the whole JSON as a string.

Parquet files are written whole or not at all (a temporary ``.name`` file beside the target, then rename;
readers such as pyarrow datasets, pandas and DuckDB skip dot-files).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from policyparse import output, tables_out
from policyparse.models import Document

_str = pa.string()
_list = pa.list_(pa.string())

_ARROW = {"text": _str, "int": pa.int32(), "list": _list, "float_list": pa.list_(pa.float64()), "int_list": pa.list_(pa.int32())}
_OWN_TYPE = {"level": pa.int16(), "size_bytes": pa.int64()}  # a level is small; a file can pass 2 GB


def _fields(columns: list[tables_out.Column], names=None) -> list[tuple]:
    """Arrow fields of the columns of tables_out (those named in `names`, when given)."""
    return [(c.name, _OWN_TYPE.get(c.name, _ARROW[c.kind])) for c in columns if names is None or c.name in names]


# the task table of tables_out, as CSV and xlsx have it
TASKS_SCHEMA = pa.schema(_fields(tables_out.TASK_COLUMNS))

# the documents table: provenance and headline metadata, and the whole JSON
_DOCUMENT_FIELDS = ("path", "sha256", "size_bytes", "encoding", "title", "doc_number", "issuer", "issue_date",
                    "publish_date", "doc_type", "n_nodes", "n_tasks", "repair_steps")
DOCUMENTS_SCHEMA = pa.schema(_fields(tables_out.DOCUMENT_COLUMNS, _DOCUMENT_FIELDS) + [("json", _str)])


def document_record(doc: Document, json_line: str | None = None) -> dict:
    """One row of the documents table (the CSV's documents row, its columns this schema keeps), and the
    whole JSON; `json_line` saves serialising the document a second time."""
    row = tables_out.as_dict(tables_out.document_record(doc, path=doc.source.path))
    record = {name: row[name] for name in _DOCUMENT_FIELDS}
    record["json"] = (json_line if json_line is not None else output.to_jsonl_line(doc)).rstrip("\n")
    return record


def record_parts(doc: Document) -> tuple[list[dict], dict]:
    """One document's rows of the two tables: its task rows and its documents row. The JSON is made in parts
    (output.json_parts) and each section let go once written: the Document is spent afterwards."""
    tasks = [tables_out.as_dict(r) for r in tables_out.task_records(doc)]
    record = document_record(doc, "")
    record["json"] = b"".join(output.json_parts(doc, indent=None, release=True)).decode("utf-8")
    return tasks, record


def write_table_atomic(table: pa.Table, path: Path) -> None:
    """Write `table` to `path` as Parquet (zstd), whole or not at all."""
    with output.AtomicWriter(Path(path), binary=True) as fh:
        pq.write_table(table, fh, compression="zstd")
