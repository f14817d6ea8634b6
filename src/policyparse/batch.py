"""Batch runs: find documents, parse them in worker processes, write results and error records.

A failure in one document becomes a record in ``errors.jsonl`` (written as it happens) and never stops the
batch; files under the folders that no reader takes are listed in ``skipped.jsonl``. Results are written in
input order whatever the number of workers, so output is byte-identical for any ``--jobs``; where they go,
and what ``--resume`` keeps, is sinks.py's and resume.py's business.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from policyparse import output, readers, sinks, tables_out, usage, workers
from policyparse import paths as paths_
from policyparse.checks import is_empty_warning
from policyparse.errors import STAGE_ATTRIBUTE, InputError, OutputError, PolicyParseError, code_of
from policyparse.pipeline import parse_bytes, parse_file, read_bytes

# text, saved pages and Markdown law collections; what a reader takes is decided by the content
# every file kind some reader takes (text, pages, Markdown, PDF, DOCX, OFD, DOC/WPS); what a file is,
# is decided by its bytes
SUFFIXES = readers.known_suffixes()
FORMATS = ("json", "jsonl", "csv", "xlsx")
# what process_raw also makes, for the Dask engine: the two Parquet tables' rows, or the Document itself
ENGINE_PAYLOADS = ("parquet", "document")


@dataclass
class Failure:
    """One document that gave no result: where it failed, the error's name and catalogue code (errors.py), why."""

    path: str
    stage: str
    error_type: str
    message: str
    code: str = ""

    def __post_init__(self) -> None:
        if not self.code:
            self.code = code_of(self.error_type)

    def to_json(self) -> str:
        # a name that is not UTF-8 stays faithful: its surrogate escapes are written as \udcXX
        return output.escape_surrogates(json.dumps(self.__dict__, ensure_ascii=False)) + "\n"


@dataclass
class Outcome:
    """One document's result as produced in a worker: serialised text, or a failure."""

    path: str
    sha256: str | None = None
    size: int = 0
    # json / jsonl: UTF-8 bytes; csv: text; xlsx: rows; parquet: (task rows, documents row); document: the Document
    payload: object = None
    summary: dict | None = None
    failure: Failure | None = None
    doc_row: object = None  # csv / xlsx: the document's row of the documents table (parsed or failed)


@dataclass
class Skipped:
    """A file under a folder that no reader takes, with the reason."""

    path: str
    reason: str


@dataclass
class Discovery:
    files: list[Path]
    failures: list[Failure]
    skipped: list[Skipped]


@dataclass
class BatchResult:
    done: int = 0
    skipped: int = 0  # already done (--resume)
    failures: list[Failure] = field(default_factory=list)
    empty: int = 0  # parsed, but nothing found (an "empty result" warning): counted within done
    not_read: list[Skipped] = field(default_factory=list)  # files under the folders that no reader takes
    kept_errors: int = 0  # records of an earlier run kept in errors.jsonl (documents not in this run)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def discover(paths: Iterable[str | os.PathLike], allow_outside: bool = False) -> tuple[list[Path], list[Failure]]:
    """Files named, plus every file under directories named that a reader takes (sorted, no duplicates).

    Paths leading outside the input roots (symbolic links, in/../x) are refused with a record unless
    `allow_outside` (policyparse.paths)."""
    found = discover_all(paths, allow_outside)
    return found.files, found.failures


def skip_reason(path: str | os.PathLike) -> str | None:
    """Why a file found under a folder is not read, or None when it is (a known suffix, or bytes some
    reader takes: a PDF saved without its suffix is read)."""
    name = Path(path).name
    if name.startswith("."):
        return "hidden file (name starts with a dot)"
    if name.lower().endswith(SUFFIXES):
        return None
    return readers.skip_reason(path, _head(Path(path)))


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(readers.HEAD_BYTES)
    except OSError:
        return b""


def discover_all(paths: Iterable[str | os.PathLike], allow_outside: bool = False) -> Discovery:
    """discover(), plus every file under the folders that is not read, with the reason (nothing skipped in silence)."""
    found: list[Path] = []
    failures: list[Failure] = []
    skipped: list[Skipped] = []
    for raw in paths:
        p = Path(raw)
        if not allow_outside and paths_.goes_back_out(p):
            failures.append(Failure(str(p), "read", "OutsideInput", paths_.outside_message("dotdot")))
            continue
        try:
            if p.is_dir():
                # followlinks=False: a symlinked directory loop cannot recurse forever.
                for root, dirs, files in os.walk(p, onerror=lambda e: failures.append(_failure(e.filename, e))):
                    dirs.sort()
                    for d in dirs:
                        full = Path(root) / d
                        if full.is_symlink() and paths_.link_leaves(full, p):
                            failures.append(Failure(str(full), "read", "OutsideInput", paths_.outside_message("dirlink")))
                    for f in sorted(files):
                        full = Path(root) / f
                        reason = skip_reason(full)
                        if reason is not None:
                            skipped.append(Skipped(str(full), reason))
                        elif not allow_outside and full.is_symlink() and paths_.link_leaves(full, p):
                            failures.append(Failure(str(full), "read", "OutsideInput", paths_.outside_message("link")))
                        else:
                            found.append(full)
            else:
                found.append(p)  # a file named explicitly is parsed whatever its suffix
        except OSError as exc:
            failures.append(_failure(str(p), InputError(f"cannot be listed ({exc.strerror or exc})", path=str(p))))
    unique = list(dict.fromkeys(found))
    return Discovery(unique, failures, list({s.path: s for s in skipped}.values()))


def _failure(path: str, exc: BaseException) -> Failure:
    if isinstance(exc, PolicyParseError):
        message = str(exc).removeprefix(f"{path}: ")
        return Failure(str(path), exc.stage, type(exc).__name__, message)
    if isinstance(exc, OSError):
        return Failure(str(path), "read", type(exc).__name__, exc.strerror or str(exc))
    if isinstance(exc, MemoryError) or (type(exc).__name__ == "PydanticSerializationError" and "MemoryError" in str(exc)):
        return Failure(str(path), "memory", "MemoryError", "over the worker's memory ceiling (--max-memory); the batch went on")
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (at {Path(last.filename).name}:{last.lineno})" if last else ""
    return Failure(str(path), _stage_of(exc), type(exc).__name__, f"{exc}{where}; this is a policyparse bug: please report it with the file")


def _stage_of(exc: BaseException) -> str:
    """The stage pipeline.py labelled the exception with; "pipeline" for one raised between stages."""
    return getattr(exc, STAGE_ATTRIBUTE, "pipeline")


def process_one(path: str, fmt: str, keep_text: bool) -> Outcome:
    """Worker: parse one file and serialise it; every exception becomes a Failure. The one per-document
    function of both engines (the Dask engine's partitions and bags run it too)."""
    try:
        raw = read_bytes(path)
    except Exception as exc:  # noqa: BLE001 - a batch records every failure and goes on
        return _failed(Outcome(path, failure=_failure(path, exc)), fmt)
    return process_raw(raw, path, fmt, keep_text)


def process_raw(raw: bytes, path: str, fmt: str, keep_text: bool) -> Outcome:
    """Parse one document's bytes and serialise it for `fmt` (FORMATS, or ENGINE_PAYLOADS); '-' (stdin) has
    no source path."""
    sha = hashlib.sha256(raw).hexdigest()
    try:
        doc = parse_bytes(raw, path=None if path == "-" else path, keep_text=keep_text)
        summary, doc_row = summarise(doc), None
        if fmt in ("json", "jsonl"):
            # each section goes as its JSON is made, and the rest of the Document before the JSON is joined
            parts = output.json_parts(doc, indent=2 if fmt == "json" else None, line=True, release=True)
            del doc
            payload = b"".join(parts)
        elif fmt == "parquet":
            from policyparse import parquet  # pyarrow: only the Dask engine asks for it

            payload = parquet.record_parts(doc)
        elif fmt == "document":
            payload = doc
        else:
            payload, doc_row = sinks.table_parts(doc, fmt, path)
        return Outcome(path, sha, len(raw), payload, summary, doc_row=doc_row)
    except Exception as exc:  # noqa: BLE001
        return _failed(Outcome(path, sha, len(raw), failure=_failure(path, exc)), fmt)


def _failed(outcome: Outcome, fmt: str) -> Outcome:
    if fmt in ("csv", "xlsx"):
        outcome.doc_row = sinks.failure_row(fmt, outcome.path, outcome.sha256, outcome.size, outcome.failure)
    return outcome


def summarise(doc) -> dict:
    """The --summary line's figures, counted as the documents table counts them (tables_out.counts)."""
    n = tables_out.counts(doc)
    return {
        "title": doc.metadata.title or "",
        "sections": len(doc.sections),
        "nodes": n.nodes,
        "units": n.units,
        "targets": n.targets,
        "deadlines": n.deadlines,
        "repairs": [s.name for s in doc.repair.steps],
        "empty": next((w for w in doc.repair.warnings if is_empty_warning(w)), None),
    }


def warm_up() -> None:
    """Load what every document needs (lexicons, patterns, OpenCC) once, before workers fork."""
    try:
        parse_bytes("关于印发方案的通知\n一、总体要求\n（一）加强领导。到2025年，比例达到18.5%（市发展改革委牵头）。".encode("utf-8"))
    except Exception:  # noqa: BLE001 - a failure here shows again, recorded, on the first document
        pass


def _lost(task: tuple[str, str, bool], why: workers.Lost) -> Outcome:
    """A document whose worker was stopped (time limit) or died: a record, never a silent gap."""
    path = task[0]
    error_type = {"timeout": "Timeout", "memory": "MemoryError"}.get(why.kind, "WorkerDied")
    return Outcome(path, size=_size(path), failure=Failure(path, why.kind, error_type, why.message))


def task_size(task: tuple) -> int:
    """The size of a task's file (its first item), which raises its limits with it (workers.document_ceiling)."""
    return _size(task[0])


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def run_outcomes(
    files: list[Path], fmt: str, keep_text: bool, jobs: int,
    timeout: float | None = workers.DEFAULT_TIMEOUT, max_memory_mb: int | None = workers.DEFAULT_MAX_MEMORY_MB,
) -> Iterator[Outcome]:
    """Outcomes in input order. Every document is parsed in a worker process (policyparse.workers), so one
    document can cost only itself: its time limit and memory ceiling (the defaults; a large file's grow with
    its size: workers.document_ceiling, workers.document_time_limit), and a worker that dies is a record
    and is replaced, with or without limits. Only with no limit at all and one job is it parsed in this
    process (nothing to bound, nothing forked)."""
    tasks = [(str(f), fmt, keep_text) for f in files]
    if not (timeout or max_memory_mb) and (jobs <= 1 or len(tasks) <= 1):
        for t in tasks:
            yield process_one(*t)
        return
    yield from workers.run_ordered(
        process_one, tasks, _lost, jobs=jobs, timeout=timeout, max_memory_mb=max_memory_mb, warm=warm_up,
        size_of=task_size)


def json_target(path: Path, roots: list[Path], out_dir: Path, names: dict[Path, Path] | None = None) -> Path:
    """OUT/<path relative to the input directory>/<stem>.json (names: policyparse.paths.output_names,
    which keeps same-stem inputs apart); never outside OUT (paths.Outside)."""
    name = names[path] if names and path in names else paths_.output_names([path], roots)[path]
    return paths_.target_in(out_dir, name)


def existing_sha(json_path: Path) -> str | None:
    return existing_state(json_path)[0]


def existing_state(json_path: Path) -> tuple[str | None, bool]:
    """(source SHA-256, whether the text is in it) of a JSON result written earlier: --resume redoes a
    document whose bytes changed or that was written with a different --no-text."""
    try:
        with open(json_path, encoding="utf-8") as fh:
            doc = json.load(fh)
        return doc["source"]["sha256"], doc.get("text") is not None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None, False


def run_batch(
    paths: list[str],
    out: str,
    fmt: str = "json",
    jobs: int = 1,
    keep_text: bool = True,
    resume: bool = False,
    progress: Callable[[Outcome], None] | None = None,
    on_document: Callable[[Outcome], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_kept: Callable[[list[Path]], None] | None = None,
    timeout: float | None = workers.DEFAULT_TIMEOUT,
    max_memory_mb: int | None = workers.DEFAULT_MAX_MEMORY_MB,
    allow_outside: bool = False,
) -> BatchResult:
    """Parse every document under `paths` into `out`; see the module docstring.

    `on_failure` hears of each failure as it happens, `on_kept` of the documents --resume keeps; `--resume` (json, jsonl, csv) parses only the
    documents the output does not already hold for the same bytes (sinks.py, resume.py). Each document is
    parsed under `timeout` seconds and `max_memory_mb` (policyparse.workers); paths leading outside the
    inputs are refused unless `allow_outside` (policyparse.paths).
    """
    usage.check_batch_output(out, fmt, resume)
    found = discover_all(paths, allow_outside)
    files = found.files
    result = BatchResult(not_read=found.skipped)
    roots = [Path(p) for p in paths if Path(p).is_dir()]
    out_path = Path(out)
    to_stdout = out == "-"
    json_folder = fmt == "json" and not to_stdout  # one JSON file a document, in a folder of them
    names = paths_.output_names(files, roots) if json_folder else {}
    target_of = functools.partial(json_target, names=names)
    errors = _error_log(files, out_path, fmt, to_stdout)
    result.kept_errors = errors.kept_count
    if resume and json_folder:
        output.remove_stale_parts(out_path, recursive=True)  # left by a killed run
    failed = functools.partial(_report_failure, result, errors, on_failure)
    for failure in found.failures:
        failed(failure)
    if not to_stdout:
        sinks.record_skipped(sinks.skipped_file(out_path, fmt), found.skipped)
    sink = _open_sink(fmt, out, files, roots, resume, target_of, keep_text, errors, out_path)
    todo = _still_to_parse(files, sink, result, on_kept)
    refuse = (functools.partial(_refuse_outside_target, target_of=target_of, roots=roots, out_dir=out_path)
              if json_folder else None)
    try:
        # closed here, not whenever the collector reaches it: a write that fails (a full disk) must stop the
        # workers now, while their pipes are still this run's
        with contextlib.closing(run_outcomes(todo, fmt, keep_text, jobs, timeout, max_memory_mb)) as outcomes:
            _write_outcomes(outcomes, sink, refuse, functools.partial(_tally, result, failed, on_document), progress)
    except BaseException as exc:
        _abort(sink, errors)
        if isinstance(exc, OSError):  # a full disk, a closed pipe: one clear line, no traceback
            raise _cannot_write(exc, to_stdout, out_path) from None
        raise
    _close(sink, errors, to_stdout, out_path)
    return result


def _still_to_parse(files: list[Path], sink, result: BatchResult,
                    on_kept: Callable[[list[Path]], None] | None) -> list[Path]:
    """The documents the sink does not hold already (--resume); those it holds are counted as skipped and told to
    `on_kept`."""
    todo = [f for f in files if str(f) not in sink.kept]
    result.skipped = len(files) - len(todo)
    if on_kept and result.skipped:
        on_kept([f for f in files if str(f) in sink.kept])
    return todo


def _error_log(files: list[Path], out_path: Path, fmt: str, to_stdout: bool) -> sinks.ErrorLog:
    # a folder of JSON files keeps the earlier run's records of documents this run does not touch
    return sinks.ErrorLog(None if to_stdout else errors_file(out_path, fmt),
                          this_run={str(f) for f in files} if fmt == "json" else None)


def _report_failure(result: BatchResult, errors: sinks.ErrorLog, on_failure: Callable[[Failure], None] | None,
                    failure: Failure) -> None:
    """A failure goes to the result, the error log and the caller, as it happens."""
    result.failures.append(failure)
    errors.add(failure)
    if on_failure:
        on_failure(failure)


def _open_sink(fmt: str, out: str, files: list[Path], roots: list[Path], resume: bool, target_of, keep_text: bool,
               errors: sinks.ErrorLog, out_path: Path):
    """The sink the batch writes to; a sink that cannot be opened closes the error log and is an OutputError."""
    def written_alike(json_path: Path) -> str | None:
        """The sha256 a JSON output was made from, when it was written with the same --no-text."""
        sha, has_text = existing_state(json_path)
        return sha if has_text == keep_text else None

    try:
        return sinks.open_sink(fmt, out, files, roots, resume, target_of, written_alike, keep_text)
    except OSError as exc:
        errors.close()
        raise OutputError(f"cannot write {out_path}: {output._reason(exc)}") from None


def _write_outcomes(outcomes: Iterable[Outcome], sink, refuse: Callable[[Outcome], Outcome] | None,
                    tally: Callable[[Outcome], None], progress: Callable[[Outcome], None] | None) -> None:
    """Each document's outcome written as it comes (a JSON file landing outside -o refused first), then counted."""
    for outcome in outcomes:
        if refuse and not outcome.failure:
            outcome = refuse(outcome)
        sink.write(outcome)
        tally(outcome)
        if progress:
            progress(outcome)


def _tally(result: BatchResult, failed: Callable[[Failure], None], on_document: Callable[[Outcome], None] | None,
           outcome: Outcome) -> None:
    if outcome.failure:
        failed(outcome.failure)
        return
    result.done += 1
    if (outcome.summary or {}).get("empty"):
        result.empty += 1
    if on_document:
        on_document(outcome)


def _abort(sink, errors: sinks.ErrorLog) -> None:
    """Close what a failed batch opened, keeping the first error the one to tell."""
    for cleanup in (sink.abort, errors.close):
        try:
            cleanup()
        except OSError:
            pass  # the disk that failed the write fails the clean-up too: the first error is the one to tell


def _close(sink, errors: sinks.ErrorLog, to_stdout: bool, out_path: Path) -> None:
    try:
        sink.close()
        errors.close()
    except OSError as exc:
        raise _cannot_write(exc, to_stdout, out_path) from None


def _cannot_write(exc: OSError, to_stdout: bool, out_path: Path) -> OutputError:
    return OutputError(f"cannot write {'standard output' if to_stdout else out_path}: {output._reason(exc)}")


def _refuse_outside_target(outcome: Outcome, target_of, roots: list[Path], out_dir: Path) -> Outcome:
    """A document whose JSON file would land outside -o is a failure, not a file written elsewhere."""
    try:
        target_of(Path(outcome.path), roots, out_dir)
    except paths_.Outside as exc:
        failure = Failure(outcome.path, "output", "OutsideOutput", f"{exc}; refused")
        return dataclasses.replace(outcome, payload=None, failure=failure)
    return outcome


def run_stdin(
    raw: bytes,
    out: str,
    fmt: str = "json",
    keep_text: bool = True,
    on_document: Callable[[Outcome], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> BatchResult:
    """One notice given as bytes (`policyparse parse -`): its source.path is null, its rows name it '-'.

    out '-' is stdout; a file name gets the one result (json: that JSON file; jsonl, csv, xlsx: as a batch writes
    them), with a failure recorded beside it as a batch records it.
    """
    return _run_single(process_raw(raw, "-", fmt, keep_text), out, fmt, on_document, on_failure)


def run_file(
    path: str,
    out: str,
    fmt: str = "json",
    keep_text: bool = True,
    on_document: Callable[[Outcome], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> BatchResult:
    """One file to one result file (`policyparse parse notice.txt -o notice.json`), as run_stdin writes it."""
    return _run_single(process_one(path, fmt, keep_text), out, fmt, on_document, on_failure)


def _run_single(outcome: Outcome, out: str, fmt: str, on_document, on_failure) -> BatchResult:
    result = BatchResult()
    if out != "-" and fmt == "json":
        if outcome.failure is None:
            output.write_bytes_atomic(Path(out), outcome.payload)
    else:
        sink = sinks.open_sink(fmt, out, [], [], False, json_target, existing_sha)
        sink.write(outcome)
        sink.close()
    errors = sinks.ErrorLog(None if out == "-" else errors_file(Path(out), "jsonl"))  # OUT.errors.jsonl, beside
    if outcome.failure:
        errors.add(outcome.failure)
    errors.close()
    if outcome.failure:
        result.failures.append(outcome.failure)
        if on_failure:
            on_failure(outcome.failure)
    else:
        result.done = 1
        result.empty = 1 if (outcome.summary or {}).get("empty") else 0
        if on_document:
            on_document(outcome)
    return result


def errors_file(out_path: Path, fmt: str) -> Path:
    """OUT/errors.jsonl for a directory of JSON files; OUT.errors.jsonl beside a JSONL/CSV file."""
    return out_path / "errors.jsonl" if fmt == "json" else out_path.with_name(out_path.name + ".errors.jsonl")


def count_units(paths: list[str], on_failure: Callable[[Failure], None] | None = None) -> tuple[list, list[Failure]]:
    """Every responsible unit named across the documents under `paths` (`policyparse units`): the unit
    statistics, most frequent first (extract.units.UnitStat), and the files that could not be read or parsed,
    which are not counted."""
    from policyparse.extract.units import collect_units

    files, failures = discover(paths)
    docs = []
    for f in files:
        try:
            docs.append(parse_file(f, keep_text=False))
        except PolicyParseError as exc:
            failures.append(_failure(str(f), exc))
    if on_failure:
        for failure in failures:
            on_failure(failure)
    return collect_units(docs), failures

