"""Serialisation: JSON, JSONL, CSV task tables, the JSON Schema, and atomic file writes."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from policyparse import tables_out
from policyparse.errors import OutputError
from policyparse.models import SCHEMA_VERSION, Document
from policyparse.tables_out import LIST_JOINER, describe_deadline, describe_target, is_task  # noqa: F401 - the CSV's API

CSV_COLUMNS = tables_out.TASK_NAMES


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """The document as JSON text. Same document, same bytes: field order is the models' order."""
    return doc.model_dump_json(indent=indent) + ("\n" if indent else "")


def to_jsonl_line(doc: Document) -> str:
    return doc.model_dump_json() + "\n"


def json_schema() -> dict:
    """The JSON Schema of the output, generated from the models."""
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://policyparse.invalid/schema/document-{SCHEMA_VERSION}.json"
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# ---------------------------------------------------------------- CSV task table (built in tables_out)


def task_rows(doc: Document) -> Iterable[list[str]]:
    """The CSV cells of each task row (columns CSV_COLUMNS)."""
    for record in tables_out.task_records(doc):
        yield tables_out.csv_cells(record, tables_out.TASK_COLUMNS)


def csv_header() -> str:
    """The task table's header line, with the UTF-8 BOM that makes Excel read the file as UTF-8."""
    return tables_out.csv_header(tables_out.TASK_COLUMNS)


def csv_rows(doc: Document) -> str:
    return tables_out.tasks_csv(doc)


# ---------------------------------------------------------------- atomic writes


class AtomicWriter:
    """Write to a temporary file beside `path`; rename it into place only on success.

    A killed run leaves either the old file or the complete new one, never half of one.
    """

    def __init__(self, path: Path):
        self.path = Path(path)

    def __enter__(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        follow_umask(fd)
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._file

    def __exit__(self, exc_type, exc, tb):
        self._file.close()
        if exc_type is not None:
            os.unlink(self._tmp)
            return False
        os.replace(self._tmp, self.path)
        return False


def follow_umask(fd: int) -> None:
    """Give a file made by mkstemp (always 0600) the mode a plain open() would: 0666 less the umask.

    Output in a shared folder is then readable by colleagues as the user's other files are (0644 usually).
    """
    mask = os.umask(0o022)
    os.umask(mask)
    try:
        os.fchmod(fd, 0o666 & ~mask)
    except OSError:
        pass  # a filesystem without modes (FAT, some network shares): the file stays as created


def write_text_atomic(path: Path, text: str) -> None:
    with AtomicWriter(path) as fh:
        fh.write(text)
