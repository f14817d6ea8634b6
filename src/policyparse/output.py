"""Serialisation: JSON, JSONL, CSV task tables, the JSON Schema, and atomic file writes."""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from pydantic_core import to_json as to_json_value

from policyparse import tables_out
from policyparse.errors import OutputError
from policyparse.models import SCHEMA_VERSION, Document
from policyparse.tables_out import LIST_JOINER, csv_safe, describe_deadline, describe_target, is_task  # noqa: F401 - the CSV's API

CSV_COLUMNS = tables_out.TASK_NAMES


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """The document as JSON text. Same document, same bytes: field order is the models' order."""
    return to_json_bytes(doc, indent=indent).decode("utf-8")


def to_jsonl_line(doc: Document) -> str:
    return to_jsonl_bytes(doc).decode("utf-8")


def to_json_bytes(doc: Document, *, indent: int | None = 2) -> bytes:
    """to_json's text, UTF-8 encoded, as the serialiser makes it: no text object in between. A batch
    writes and passes between processes these bytes; for a large document the text object would be
    the largest object of the run (two bytes a character once a Han character is in it) and the
    encoding, pickling and encoding again each a copy of it."""
    return b"".join(json_parts(doc, indent=indent))


def to_jsonl_bytes(doc: Document) -> bytes:
    return b"".join(json_parts(doc, indent=None, line=True))


def json_parts(doc: Document, *, indent: int | None = 2, line: bool = False, release: bool = False) -> list[bytes]:
    """to_json_bytes (`line`: to_jsonl_bytes) in consecutive parts: joined once the Document is let go,
    the Document and the JSON are never in memory together with a copy of the JSON.

    `release`: the caller lets the Document go after this; each section is dropped from its list as soon as
    its JSON is made, so the Document shrinks as the JSON grows (the Document is left without sections)."""
    return _dump_parts(doc, indent, release) + [b"\n" if indent or line else b""]


_SURROGATE = re.compile("[\ud800-\udfff]")
_PATH_MARK = "\ue000policyparse-source-path\ue000"


def escape_surrogates(json_text: str) -> str:
    """JSON text with every lone surrogate (a file-name byte that is not UTF-8, as os.fsdecode keeps
    it) written as a \\udcXX escape: valid UTF-8, and json.loads gives back the same string."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def _dump_parts(doc: Document, indent: int | None, release: bool = False) -> list[bytes]:
    """The document's JSON in consecutive parts, each as the serialiser makes it (model_dump_json is their
    join, decoded). Serialised in one call, a document's JSON grows in one buffer that is copied as it
    doubles and once more into the result: up to three times the JSON at once, over a Document already
    in memory (200 MB of text: about 2 GB). In parts, at most the parts and their join."""
    path = doc.source.path
    if not path or not _SURROGATE.search(path):
        return _document_parts(doc, indent, release)
    # the JSON encoder refuses lone surrogates: dump with a mark, then put the escaped name in its place
    dump = doc.__pydantic_serializer__.to_json
    marked = doc.model_copy(update={"source": doc.source.model_copy(update={"path": _PATH_MARK})})
    return [dump(marked, indent=indent).replace(
        json.dumps(_PATH_MARK, ensure_ascii=False).encode("utf-8"),
        escape_surrogates(json.dumps(path, ensure_ascii=False)).encode("utf-8"), 1)]


# how the serialiser writes the document's last two fields emptied, and a section's emptied children
_DOC_TAIL = {None: b'"sections":[],"text":null}', 2: b'"sections": [],\n  "text": null\n}'}
_CHILDREN = {None: b'"children":[]', 2: b'"children": []'}
_MAX_SPLIT_DEPTH = 64  # deeper subtrees are serialised whole


def _document_parts(doc: Document, indent: int | None, release: bool) -> list[bytes]:
    dump = doc.__pydantic_serializer__.to_json
    if indent not in _DOC_TAIL or not doc.sections:
        return [dump(doc, indent=indent)]
    shell = dump(doc.model_copy(update={"sections": [], "text": None}), indent=indent)
    tail = _DOC_TAIL[indent]
    if not shell.endswith(tail):
        return [dump(doc, indent=indent)]
    parts = [shell[: -len(tail)], tail[: tail.index(b"[") + 1]]
    _list_parts(doc.sections, indent, b"  ", parts, 0, release)
    text = b"null" if doc.text is None else to_json_value(doc.text)
    parts += [b'],"text":' if indent is None else b'],\n  "text": ', text, b"}" if indent is None else b"\n}"]
    return parts


def _list_parts(sections: list, indent: int | None, field_pad: bytes, parts: list[bytes], depth: int, release: bool) -> None:
    """A list of sections as the serialiser writes it between its brackets; `field_pad`: the indentation
    of the field holding it; `release`: each section is dropped from the list once written."""
    item_pad = field_pad + b"  " if indent is not None else b""
    for k in range(len(sections)):
        if indent is None:
            if k:
                parts.append(b",")
        else:
            parts.append((b",\n" if k else b"\n") + item_pad)
        _section_parts(sections[k], indent, item_pad, parts, depth, release)
        if release:
            sections[k] = None
    if indent is not None:
        parts.append(b"\n" + field_pad)


def _section_parts(section, indent: int | None, pad: bytes, parts: list[bytes], depth: int, release: bool) -> None:
    """A section as the serialiser writes it inside a list indented by `pad`: its fields, then its
    children one by one."""
    dump = section.__pydantic_serializer__.to_json
    if not section.children or depth >= _MAX_SPLIT_DEPTH:
        parts.append(_indented(dump(section, indent=indent), pad))
        return
    shell = _indented(dump(section.model_copy(update={"children": []}), indent=indent), pad)
    key = _CHILDREN[indent]
    at = shell.find(key)
    if at < 0 or shell.find(key, at + 1) >= 0:
        parts.append(_indented(dump(section, indent=indent), pad))
        return
    bracket = at + len(key) - 1  # the ] of the emptied list
    parts.append(shell[:bracket])
    _list_parts(section.children, indent, pad + b"  ", parts, depth + 1, release)
    parts.append(shell[bracket:])


def _indented(part: bytes, pad: bytes) -> bytes:
    # a line break in the serialiser's output is always layout: one inside a string is written \n
    return part.replace(b"\n", b"\n" + pad) if pad else part


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
        yield tables_out.csv_cells(record)


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

    def __init__(self, path: Path, binary: bool = False):
        self.path = Path(path)
        self.binary = binary

    def __enter__(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {_reason(exc)}") from None
        follow_umask(fd)
        self._file = os.fdopen(fd, "wb") if self.binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._file

    def __exit__(self, exc_type, exc, tb):
        failed = None
        try:
            self._file.close()  # the last bytes are written here: a full disk can show only now
        except OSError as err:
            failed = err
        if exc_type is None and failed is None:
            try:
                os.replace(self._tmp, self.path)
                return False
            except OSError as err:  # the target is a directory, or the folder went read-only
                failed = err
        try:
            os.unlink(self._tmp)  # never leave a .part behind
        except OSError:
            pass
        if exc_type is None:
            raise OutputError(f"cannot write {self.path}: {_reason(failed)}") from None
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


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "no space left on the device"
        if exc.errno in (errno.EEXIST, errno.ENOTDIR) and (blocker := _file_in_the_way(exc.filename)):
            return f"{blocker} is a file, not a folder"  # -o notes.txt/out.csv
        if exc.errno in (errno.EISDIR, errno.ENOTEMPTY, errno.EEXIST):
            return "it is a directory; name a file"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "permission denied (read-only?)"
        return exc.strerror or str(exc)
    return str(exc)


def _file_in_the_way(path) -> str | None:
    """The nearest of `path` and its parents that exists and is not a folder: what stopped making the folder."""
    if not path:
        return None
    for candidate in (Path(os.fsdecode(path)), *Path(os.fsdecode(path)).parents):
        if os.path.lexists(candidate):
            return None if candidate.is_dir() else str(candidate)
    return None


_PART_FILE = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")


def remove_stale_parts(folder: Path, name: str | None = None, recursive: bool = False) -> int:
    """Remove the temporary files a killed run left in `folder` (only those AtomicWriter makes:
    .NAME.XXXXXXXX.part; only for NAME when given). Returns how many."""
    removed = 0
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    entries = folder.rglob(".*.part") if recursive else folder.glob(".*.part")
    for entry in entries:
        if _PART_FILE.match(entry.name) and (name is None or entry.name.startswith(f".{name}.")) and entry.is_file():
            try:
                entry.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def write_text_atomic(path: Path, text: str) -> None:
    with AtomicWriter(path) as fh:
        fh.write(text)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with AtomicWriter(path, binary=True) as fh:
        fh.write(data)
