"""Batch runs: find documents, parse them in worker processes, write results and error records.

A failure in one document becomes a record in ``errors.jsonl`` and never stops the batch.
Results are written in input order whatever the number of workers, so output is byte-identical
for any ``--jobs``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from policyparse import output, workers
from policyparse import paths as paths_
from policyparse.errors import InputError, OutputError, PolicyParseError
from policyparse.pipeline import parse_bytes, read_bytes

# text, saved pages and Markdown law collections; what a reader takes is decided by the content
SUFFIXES = (".txt", ".htm", ".html", ".shtml", ".xhtml", ".md")
FORMATS = ("json", "jsonl", "csv")
CHUNK_MAX = 8  # documents a worker task


@dataclass
class Failure:
    path: str
    stage: str
    error_type: str
    message: str

    def to_json(self) -> str:
        # a name that is not UTF-8 stays faithful: its surrogate escapes are written as \udcXX
        return output.escape_surrogates(json.dumps(self.__dict__, ensure_ascii=False)) + "\n"


@dataclass
class Outcome:
    """One document's result as produced in a worker: serialised text, or a failure."""

    path: str
    sha256: str | None = None
    size: int = 0
    payload: str | None = None
    summary: dict | None = None
    failure: Failure | None = None


@dataclass
class BatchResult:
    done: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    kept_errors: int = 0  # records of an earlier run kept in errors.jsonl (documents not in this run)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def discover(paths: Iterable[str | os.PathLike], allow_outside: bool = False) -> tuple[list[Path], list[Failure]]:
    """Files named, plus every file with one of SUFFIXES under directories named (sorted, no duplicates).

    Paths leading outside the input roots (symbolic links, in/../x) are refused with a record unless
    `allow_outside` (policyparse.paths)."""
    found: list[Path] = []
    failures: list[Failure] = []
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
                        if not f.lower().endswith(SUFFIXES) or f.startswith("."):
                            continue
                        full = Path(root) / f
                        if not allow_outside and full.is_symlink() and paths_.link_leaves(full, p):
                            failures.append(Failure(str(full), "read", "OutsideInput", paths_.outside_message("link")))
                            continue
                        found.append(full)
            else:
                found.append(p)  # a file named explicitly is parsed whatever its suffix
        except OSError as exc:
            failures.append(_failure(str(p), InputError(f"cannot be listed ({exc.strerror or exc})", path=str(p))))
    unique = list(dict.fromkeys(found))
    return unique, failures


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
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        for stage in ("repair", "segment", "extract"):
            if f"{os.sep}{stage}{os.sep}" in frame.filename:
                return stage
    return "pipeline"


def process_one(path: str, fmt: str, keep_text: bool) -> Outcome:
    """Worker: parse one file and serialise it; every exception becomes a Failure."""
    try:
        raw = read_bytes(path)
    except Exception as exc:  # noqa: BLE001 - a batch records every failure and goes on
        return Outcome(path, failure=_failure(path, exc))
    sha = hashlib.sha256(raw).hexdigest()
    try:
        doc = parse_bytes(raw, path=path, keep_text=keep_text)
        if fmt == "json":
            payload = output.to_json(doc)
        elif fmt == "jsonl":
            payload = output.to_jsonl_line(doc)
        else:
            payload = output.csv_rows(doc)
        return Outcome(path, sha, len(raw), payload, summarise(doc))
    except Exception as exc:  # noqa: BLE001
        return Outcome(path, sha, len(raw), failure=_failure(path, exc))


def summarise(doc) -> dict:
    nodes = list(doc.iter_sections())
    units = sum(len(n.responsibility.lead) + len(n.responsibility.support) for n in nodes if n.responsibility)
    return {
        "title": doc.metadata.title or "",
        "sections": len(doc.sections),
        "nodes": len(nodes),
        "units": units,
        "targets": sum(len(n.targets) for n in nodes),
        "deadlines": sum(len(n.deadlines) for n in nodes),
        "repairs": [s.name for s in doc.repair.steps],
    }


def _run_one(args: tuple[str, str, bool]) -> Outcome:
    return process_one(*args)


def _run_chunk(chunk: list[tuple[str, str, bool]]) -> list[Outcome]:
    return [process_one(*args) for args in chunk]


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


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def run_outcomes(
    files: list[Path], fmt: str, keep_text: bool, jobs: int,
    timeout: float | None = workers.DEFAULT_TIMEOUT, max_memory_mb: int | None = workers.DEFAULT_MAX_MEMORY_MB,
) -> Iterator[Outcome]:
    """Outcomes in input order. With a time limit or a memory ceiling (the default) every document is
    parsed in a worker process (policyparse.workers), so one document can cost only itself."""
    tasks = [(str(f), fmt, keep_text) for f in files]
    if timeout or max_memory_mb:
        yield from workers.run_ordered(
            process_one, tasks, _lost, jobs=jobs, timeout=timeout, max_memory_mb=max_memory_mb, warm=warm_up)
        return
    if jobs <= 1 or len(tasks) <= 1:
        for t in tasks:
            yield _run_one(t)
        return
    # Small chunks of documents a task (fewer round trips), consumed in input order, with at most
    # `window` chunks in flight so memory stays bounded however large the batch.
    size = max(1, min(CHUNK_MAX, len(tasks) // (jobs * 16)))
    chunks = [tasks[i:i + size] for i in range(0, len(tasks), size)]
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


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


def file_sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def run_batch(
    paths: list[str],
    out: str,
    fmt: str = "json",
    jobs: int = 1,
    keep_text: bool = True,
    resume: bool = False,
    progress: Callable[[Outcome], None] | None = None,
    on_document: Callable[[Outcome], None] | None = None,
    timeout: float | None = workers.DEFAULT_TIMEOUT,
    max_memory_mb: int | None = workers.DEFAULT_MAX_MEMORY_MB,
    allow_outside: bool = False,
) -> BatchResult:
    """Parse every document under `paths` into `out`; see the module docstring."""
    files, failures = discover(paths, allow_outside)
    result = BatchResult(failures=failures)
    roots = [Path(p) for p in paths if Path(p).is_dir()]
    out_path = Path(out)
    to_stdout = out == "-"
    names = paths_.output_names(files, roots) if fmt == "json" and not to_stdout else {}

    todo = files
    if resume and fmt == "json" and not to_stdout:
        output.remove_stale_parts(out_path, recursive=True)  # left by a killed run
        todo = []
        for f in files:
            try:
                target = json_target(f, roots, out_path, names)
            except paths_.Outside:
                todo.append(f)  # refused, with its record, when its turn comes
                continue
            if target.exists() and existing_state(target) == (file_sha(f), keep_text):
                result.skipped += 1
            else:
                todo.append(f)

    stream = None
    writer = None
    if not to_stdout and fmt in ("jsonl", "csv"):
        writer = output.AtomicWriter(out_path)
        stream = writer.__enter__()
    elif to_stdout:
        stream = sys.stdout
    try:
        if fmt == "csv" and stream is not None:
            stream.write(output.csv_header())
        for outcome in run_outcomes(todo, fmt, keep_text, jobs, timeout, max_memory_mb):
            if outcome.failure:
                result.failures.append(outcome.failure)
            else:
                result.done += 1
                if fmt == "json" and not to_stdout:
                    try:
                        target = json_target(Path(outcome.path), roots, out_path, names)
                    except paths_.Outside as exc:
                        result.done -= 1
                        result.failures.append(Failure(outcome.path, "output", "OutsideOutput", f"{exc}; refused"))
                        target = None
                    if target is not None:
                        output.write_text_atomic(target, outcome.payload)
                else:
                    stream.write(outcome.payload)
                if on_document:
                    on_document(outcome)
            if progress:
                progress(outcome)
    except BaseException as exc:
        if writer:
            writer.__exit__(type(exc), exc, exc.__traceback__)  # removes its .part
        if isinstance(exc, OSError):  # a full disk, a closed pipe: one clear line, no traceback
            where = "standard output" if to_stdout else str(out_path)
            raise OutputError(f"cannot write {where}: {output._reason(exc)}") from None
        raise
    if writer:
        writer.__exit__(None, None, None)
    if not to_stdout:
        _write_errors(result, errors_file(out_path, fmt), files if fmt == "json" else None)
    return result


def _write_errors(result: BatchResult, errors_path: Path, this_run: list[Path] | None) -> None:
    """Write errors.jsonl. For a folder of JSON files (`this_run` given), the earlier run's records of
    documents this run did not touch stay (their outputs stay too) and are counted in
    result.kept_errors; a JSONL / CSV file is written whole, so its records are this run's alone."""
    kept: list[str] = []
    if this_run is not None:
        ours = {str(f) for f in this_run} | {f.path for f in result.failures}
        try:
            earlier = errors_path.read_text(encoding="utf-8").splitlines(keepends=True)
        except (OSError, UnicodeDecodeError):
            earlier = []
        for line in earlier:
            try:
                path = json.loads(line)["path"]
            except (ValueError, KeyError, TypeError):
                continue
            if path not in ours:
                kept.append(line if line.endswith("\n") else line + "\n")
    result.kept_errors = len(kept)
    if result.failures or kept:
        output.write_text_atomic(errors_path, "".join(kept) + "".join(f.to_json() for f in result.failures))
    elif errors_path.exists():
        try:
            errors_path.unlink()  # every earlier record is of a document parsed again now
        except OSError as exc:
            raise OutputError(f"cannot remove {errors_path}: {output._reason(exc)}") from None


def errors_file(out_path: Path, fmt: str) -> Path:
    """OUT/errors.jsonl for a directory of JSON files; OUT.errors.jsonl beside a JSONL/CSV file."""
    return out_path / "errors.jsonl" if fmt == "json" else out_path.with_name(out_path.name + ".errors.jsonl")
