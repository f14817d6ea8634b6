"""Where a batch's results go, one class per kind of output, all written document by document.

* a directory of JSON files: each file whole or not at all (temporary file, then rename);
* a JSONL file, or a CSV task table with its documents table beside it: appended one document at a time, each
  flushed, so a killed run leaves a valid prefix that ``--resume`` completes (see resume.py);
* an xlsx workbook (tasks and documents sheets): written whole at the end, or not at all;
* stdout: JSON, JSONL or the CSV task table, as it comes.

A sink says which inputs it already holds (`kept`, for --resume); the batch parses the rest in input order
and hands every outcome to `write`, failures included (the documents table lists them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from policyparse import output, resume, tables_out
from policyparse.errors import OutputError


def documents_file(out_path: Path) -> Path:
    """The documents table beside a CSV task table: tasks.csv -> tasks.documents.csv."""
    return out_path.with_name(out_path.stem + ".documents.csv")


# ---------------------------------------------------------------- worker side


def table_parts(doc, fmt: str, path: str):
    """What a worker sends for a table format: (task rows, documents row), as CSV text or as cells."""
    record = tables_out.document_record(doc, path=path)
    return tables_out.rows_for(fmt, tables_out.task_records(doc)), tables_out.cells_for(fmt, record)


def failure_row(fmt: str, path: str, sha256: str | None, size: int, failure) -> object:
    """The documents-table row of a document that failed."""
    error = f"[{failure.stage}] {failure.error_type}: {failure.message}"
    return tables_out.cells_for(fmt, tables_out.document_record(None, path=path, sha256=sha256, size=size, error=error))


# ---------------------------------------------------------------- errors record


class ErrorLog:
    """errors.jsonl, one record a failure, written and flushed as each failure happens.

    The file is started afresh by the first failure of a run; a run without failures removes an old one.
    With `this_run` (a folder of JSON files, whose other outputs stay), the earlier run's records of
    documents not in this run are kept at its head and counted in `kept_count`.
    """

    def __init__(self, path: Path | None, this_run: set[str] | None = None):
        self.path = path
        self._fh = None
        self._kept = _earlier_records(path, this_run) if path is not None and this_run is not None else []
        self.kept_count = len(self._kept)

    def add(self, failure) -> None:
        if self.path is None:
            return
        self._start()
        self._fh.write(failure.to_json())
        self._fh.flush()

    def _start(self) -> None:
        if self._fh is None:
            self._fh = _open_fresh(self.path, "w")
            self._fh.writelines(self._kept)

    def close(self) -> None:
        if self._fh is None and self._kept:
            self._start()
        if self._fh is not None:
            self._fh.close()
        elif self.path is not None and self.path.is_file():
            self.path.unlink()  # a stale record from an earlier run would mislead


def _earlier_records(path: Path, this_run: set[str]) -> list[str]:
    try:
        earlier = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return []
    kept = []
    for line in earlier:
        try:
            record_path = json.loads(line)["path"]
        except (ValueError, KeyError, TypeError):
            continue
        if record_path not in this_run:
            kept.append(line if line.endswith("\n") else line + "\n")
    return kept


def _open_fresh(path: Path, mode: str):
    """open() a result file (its mode follows the umask), its folder made; OutputError says why not."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if "b" in mode:
            return open(path, mode)
        return open(path, mode, encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {output._reason(exc)}") from None


def _open_kept(path: Path, offset: int):
    """A result file --resume goes on writing: cut after the first `offset` bytes (the documents kept), written from there."""
    fh = _open_fresh(path, "r+b")
    fh.truncate(offset)
    fh.seek(offset)
    return fh


def _write(fh, data: bytes, path: Path) -> None:
    try:
        fh.write(data)
        fh.flush()
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {output._reason(exc)}") from None


# ---------------------------------------------------------------- sinks


class Sink:
    kept: frozenset = frozenset()

    def write(self, outcome) -> None:  # pragma: no cover - every sink has one
        raise NotImplementedError

    def close(self) -> None:
        pass

    def abort(self) -> None:
        self.close()


class Stdout(Sink):
    def __init__(self, fmt: str):
        self.fmt = fmt
        if fmt == "csv":
            sys.stdout.write(output.csv_header())

    def write(self, outcome) -> None:
        if outcome.failure is None:
            payload = outcome.payload
            sys.stdout.write(payload.decode("utf-8") if isinstance(payload, bytes) else payload)
            sys.stdout.flush()


class JsonDir(Sink):
    """OUT/<relative path>/<stem>.json, each written whole; --resume keeps files made from the same bytes."""

    def __init__(self, out: Path, files: list[Path], roots: list[Path], resume_run: bool, target, existing_sha):
        self.out, self.roots, self.target = out, roots, target
        if resume_run:
            self.kept = frozenset(
                str(f) for f in files
                if (t := target(f, roots, out)).exists() and existing_sha(t) == resume.file_sha(str(f))
            )

    def write(self, outcome) -> None:
        if outcome.failure is None:
            output.write_bytes_atomic(self.target(Path(outcome.path), self.roots, self.out), outcome.payload)


class Jsonl(Sink):
    """One line per document, appended and flushed; --resume keeps the valid prefix and appends the rest."""

    def __init__(self, out: Path, files: list[Path], resume_run: bool, keep_text: bool | None = None):
        self.path = out
        prefix = resume.jsonl_prefix(out, files, keep_text) if resume_run else resume.Prefix()
        self.kept = frozenset(prefix.kept)
        if prefix.kept:
            self._fh = _open_kept(out, prefix.offset)
        else:
            self._fh = _open_fresh(out, "wb")

    def write(self, outcome) -> None:
        if outcome.failure is None:
            _write(self._fh, outcome.payload, self.path)

    def close(self) -> None:
        self._fh.close()


class Csv(Sink):
    """The task table (tasks.csv) and the documents table (tasks.documents.csv), appended a document at a time.

    A document's task rows are written and flushed first, then its row in the documents table: that row is
    what makes the document count as done for --resume.
    """

    def __init__(self, out: Path, files: list[Path], resume_run: bool):
        self.path, self.docs_path = out, documents_file(out)
        self.order = {str(f): i for i, f in enumerate(files)}
        prefix = resume.Prefix()
        if resume_run:
            prefix = resume.csv_prefix(out, self.docs_path, files, tables_out.TASK_NAMES, tables_out.DOCUMENT_NAMES)
        self.kept = frozenset(prefix.kept)
        self._last_kept = max((self.order[p] for p in prefix.kept), default=-1)
        self._out_of_order = False
        if prefix.offset:
            self._tasks = _open_kept(out, prefix.offset)
        else:
            self._tasks = _open_fresh(out, "wb")
            _write(self._tasks, output.csv_header().encode("utf-8"), out)
        head = tables_out.csv_header(tables_out.DOCUMENT_COLUMNS).encode("utf-8")
        output.write_text_atomic(self.docs_path, (head + b"".join(prefix.rows)).decode("utf-8"))
        self._docs = _open_fresh(self.docs_path, "ab")

    def write(self, outcome) -> None:
        if outcome.failure is None:
            _write(self._tasks, outcome.payload.encode("utf-8"), self.path)
        if self.order.get(outcome.path, 1 << 62) < self._last_kept:
            self._out_of_order = True  # a document that failed before, among those kept
        _write(self._docs, outcome.doc_row.encode("utf-8"), self.docs_path)

    def close(self) -> None:
        self._tasks.close()
        self._docs.close()
        if self._out_of_order:
            self._sort_documents()

    def abort(self) -> None:
        self._tasks.close()
        self._docs.close()

    def _sort_documents(self) -> None:
        """After a resumed run: the documents table in input order, as an uninterrupted run writes it."""
        records = list(resume.csv_records(self.docs_path))
        if not records:
            return
        col = tables_out.DOCUMENT_NAMES.index("path")
        body = sorted(records[1:], key=lambda r: self.order.get(r[1][col], 1 << 62))
        head = tables_out.csv_header(tables_out.DOCUMENT_COLUMNS).encode("utf-8")
        output.write_text_atomic(self.docs_path, (head + b"".join(raw for raw, _ in body)).decode("utf-8"))


class Xlsx(Sink):
    """A workbook with a tasks sheet and a documents sheet, written whole at the end (needs openpyxl)."""

    def __init__(self, out: Path):
        from policyparse import xlsx

        self.path = out
        self.book = xlsx.Workbook()

    def write(self, outcome) -> None:
        if outcome.failure is None:
            for row in outcome.payload:
                self.book.add_task(row)
        self.book.add_document(outcome.doc_row)

    def close(self) -> None:
        with output.AtomicWriter(self.path, binary=True) as fh:
            self.book.save(fh)

    def abort(self) -> None:
        self.book.discard()


def open_sink(fmt: str, out: str, files: list[Path], roots: list[Path], resume_run: bool, target, existing_sha,
              keep_text: bool | None = None) -> Sink:
    if out == "-":
        if fmt == "xlsx":
            raise OutputError("an xlsx workbook is binary: give a file name, not stdout")
        return Stdout(fmt)
    out_path = Path(out)
    if fmt == "json":
        return JsonDir(out_path, files, roots, resume_run, target, existing_sha)
    if fmt == "jsonl":
        return Jsonl(out_path, files, resume_run, keep_text)
    if fmt == "csv":
        return Csv(out_path, files, resume_run)
    if fmt == "xlsx":
        return Xlsx(out_path)
    raise ValueError(f"unknown format {fmt!r}")


def skipped_file(out_path: Path, fmt: str) -> Path:
    """OUT/skipped.jsonl for a directory of JSON files; OUT.skipped.jsonl beside a file."""
    return out_path / "skipped.jsonl" if fmt == "json" else out_path.with_name(out_path.name + ".skipped.jsonl")


def record_skipped(path: Path, skipped: list) -> None:
    """The files a run did not read, with the reason, one JSON record a line; no file when there are none."""
    if skipped:
        output.write_text_atomic(path, "".join(json.dumps(s.__dict__, ensure_ascii=False) + "\n" for s in skipped))
    elif path.is_file():
        path.unlink()
