"""Scale out on Dask: a corpus parsed by a Dask cluster into partitioned JSONL or Parquet.

policyparse keeps no scheduler of its own: the cluster (a LocalCluster, or any running Dask scheduler) places
the work, retries it, and moves it off a worker that dies. This module only cuts the inputs into fixed
partitions and says what one partition's task does:

    read the files (as bytes, on the worker) -> parse -> write OUT/part-NNNNN.jsonl, or
    OUT/tasks/part-NNNNN.parquet + OUT/documents/part-NNNNN.parquet -> write OUT/_manifest/part-NNNNN.json

Each file is written whole or not at all (temporary file, then rename) and the manifest goes last, so a task
killed half-way leaves nothing that counts; a task run twice writes the same bytes. The manifest lists the
partition's inputs with their SHA-256 and its failures: ``resume=True`` skips a partition whose manifest and
outputs are there for the same bytes, options and policyparse version.

Inputs keep the local batch order (``batch.discover``: directories walked in sorted order, duplicates dropped)
and are cut every ``partition_size`` documents, so the same inputs give the same partitions and the same bytes;
the JSONL parts concatenated are byte-identical to ``policyparse parse SRC --format jsonl``.

This module is ``policyparse.dask``; it imports the real ``dask`` package (absolute imports).
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

try:
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "the Dask engine needs dask[distributed] and pyarrow: pip install 'policyparse[dask]'"
    ) from exc

from policyparse import __version__, batch, output, sinks, workers
from policyparse import paths as paths_
from policyparse.batch import BatchResult, Failure, Outcome
from policyparse.models import Document
from policyparse.pipeline import read_bytes

__all__ = [
    "PARTITION_SIZE",
    "discover_inputs",
    "documents",
    "failures",
    "parse_bag",
    "parse_record",
    "partition",
    "resolve_inputs",
    "run",
    "start_client",
]

PARTITION_SIZE = 64
"""Documents per partition: one task, one output file per table (see README: Scale out with Dask)."""

FORMATS = ("jsonl", "parquet")
_PART = re.compile(r"^part-(\d+)\.(jsonl|parquet|json)$")
_TEMP = re.compile(r"^\.part-\d+\.(jsonl|parquet|json)\..*\.part$")

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- inputs


def read_list(path: Path) -> list[Path]:
    """The paths a list file names (given explicitly: ``lists=`` / ``--files-from``; a file argument is
    always a document, never taken for a list). One path a line, UTF-8; blank lines are ignored;
    relative paths are relative to the list file's own directory. An unreadable list names nothing."""
    try:
        return paths_.read_list(Path(path))
    except (OSError, UnicodeDecodeError):
        return []


def resolve_inputs(
    paths: Iterable[str | os.PathLike], lists: Iterable[str | os.PathLike] = ()
) -> tuple[list[Path], list[Failure]]:
    """Files to parse, in order, and the inputs that could not be listed.

    `paths` are files and directories; the paths each list file in `lists` names come after them. Then
    `batch.discover` expands directories (recursively, sorted) and drops duplicates, exactly as the
    local engine does.
    """
    found = discover_inputs(paths, lists)
    return found.files, found.failures


def discover_inputs(paths: Iterable[str | os.PathLike], lists: Iterable[str | os.PathLike] = ()) -> batch.Discovery:
    """resolve_inputs(), plus the files under the folders that no reader takes, with the reason
    (`batch.discover_all`), so that the Dask engine, like the local one, skips nothing in silence."""
    expanded: list[Path] = [Path(p) for p in paths]
    failures: list[Failure] = []
    for listing in lists:
        try:
            expanded.extend(paths_.read_list(Path(listing)))
        except (OSError, UnicodeDecodeError) as exc:
            failures.append(Failure(str(listing), "read", type(exc).__name__, f"cannot be read as a UTF-8 list of paths ({exc})"))
    found = batch.discover_all(expanded)
    return batch.Discovery(found.files, failures + found.failures, found.skipped)


def partition(files: list, size: int = PARTITION_SIZE) -> list[list[str]]:
    """Fixed cut points: partition k holds documents k*size .. (k+1)*size-1."""
    if size < 1:
        raise ValueError("partition_size must be at least 1")
    names = [str(f) for f in files]
    return [names[i : i + size] for i in range(0, len(names), size)]


# ---------------------------------------------------------------- one document


def _outcomes(paths: list[str], fmt: str, keep_text: bool, timeout: float | None, max_memory_mb: int | None) -> Iterator[Outcome]:
    """The documents' outcomes in order, made as the local engine makes them (`batch.run_outcomes`, one
    worker: `batch.process_one` per document). With a time limit or memory ceiling each document is parsed
    in a process forked from this Dask worker (policyparse.workers), so a document over its limits, or one
    that kills its process, is a record (stage ``timeout``, ``memory`` or ``worker``) and costs the partition
    nothing else; with neither, in this process."""
    files = [Path(p) for p in paths]
    if not (timeout or max_memory_mb):
        yield from batch.run_outcomes(files, fmt, keep_text, 1, None, None)
        return
    with _children_allowed():
        yield from batch.run_outcomes(files, fmt, keep_text, 1, timeout, max_memory_mb)


def _record(outcome: Outcome) -> Document | Failure:
    return outcome.failure if outcome.failure is not None else outcome.payload


def parse_record(path: str, keep_text: bool = True) -> Document | Failure:
    """One path -> its Document, or the Failure record the local batch would write for it (parsed in this
    process, without limits)."""
    return _record(batch.process_one(str(path), "document", keep_text))


# ---------------------------------------------------------------- Python API: a Bag


def parse_bag(
    paths: Iterable[str | os.PathLike], *, keep_text: bool = True, partition_size: int = PARTITION_SIZE,
    lists: Iterable[str | os.PathLike] = (),
    timeout: float | None = workers.DEFAULT_TIMEOUT, max_memory_mb: int | None = workers.DEFAULT_MAX_MEMORY_MB,
) -> db.Bag:
    """A dask Bag with one record per input: a `Document`, or a `batch.Failure` for a document that failed.

    `paths` are files, directories and list files as for the command line. Nothing is read until the bag
    is computed (on the active distributed Client, if any). Failures are records, never exceptions, so
    nothing disappears: split them with `documents(bag)` and `failures(bag)`. Each document is parsed under
    `timeout` seconds and `max_memory_mb` as `run` parses it (a document over them is a Failure record);
    None for both parses in the Dask worker itself.
    """
    files, listing_failures = resolve_inputs(paths, lists)
    bag = db.from_sequence([str(f) for f in files], partition_size=partition_size).map_partitions(
        _parse_partition, keep_text=keep_text, timeout=timeout, max_memory_mb=max_memory_mb)
    if listing_failures:
        bag = db.concat([db.from_sequence(listing_failures, npartitions=1), bag])
    return bag


def _parse_partition(paths, keep_text: bool, timeout: float | None, max_memory_mb: int | None) -> list[Document | Failure]:
    """A bag partition's records, each document made as `run` makes it (`_outcomes`)."""
    return [_record(o) for o in _outcomes(list(paths), "document", keep_text, timeout, max_memory_mb)]


def documents(bag: db.Bag) -> db.Bag:
    """The Documents of a `parse_bag` bag."""
    return bag.filter(_is_document)


def failures(bag: db.Bag) -> db.Bag:
    """The Failure records of a `parse_bag` bag."""
    return bag.filter(_is_failure)


def _is_document(r) -> bool:
    return isinstance(r, Document)


def _is_failure(r) -> bool:
    return isinstance(r, Failure)


# ---------------------------------------------------------------- one partition (runs on a worker)


@dataclass
class PartitionResult:
    index: int
    parsed: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)  # newly parsed documents, payload dropped


def part_name(index: int) -> str:
    return f"part-{index:05d}"


def partition_outputs(out: Path, index: int, fmt: str) -> list[Path]:
    name = part_name(index)
    if fmt == "parquet":
        return [out / "tasks" / f"{name}.parquet", out / "documents" / f"{name}.parquet"]
    return [out / f"{name}.jsonl"]


def manifest_path(out: Path, index: int) -> Path:
    return out / "_manifest" / f"{part_name(index)}.json"


def _sha(path: str) -> str | None:
    try:
        return hashlib.sha256(read_bytes(path)).hexdigest()
    except Exception:  # noqa: BLE001 - an unreadable input simply does not match
        return None


def _settings(fmt: str, keep_text: bool) -> dict:
    return {"format": fmt, "keep_text": keep_text, "policyparse": __version__}


def _already_done(out: Path, index: int, paths: list[str], fmt: str, keep_text: bool) -> dict | None:
    """The manifest, when this partition's outputs exist for the same inputs, bytes and settings."""
    try:
        manifest = json.loads(manifest_path(out, index).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("settings") != _settings(fmt, keep_text):
        return None
    inputs = manifest.get("inputs") or []
    if [i.get("path") for i in inputs] != paths:
        return None
    if not all(p.exists() for p in partition_outputs(out, index, fmt)):
        return None
    if [i.get("sha256") for i in inputs] != [_sha(p) for p in paths]:
        return None
    return manifest


def run_partition(
    index: int, paths: list[str], out: str, fmt: str, keep_text: bool, resume: bool,
    timeout: float | None = None, max_memory_mb: int | None = None,
) -> PartitionResult:
    """Worker: parse one partition and write its outputs, then its manifest; or skip it (resume). Each
    document is parsed under `timeout` and `max_memory_mb` as in the local engine (`_outcomes`)."""
    out_dir = Path(out)
    if resume:
        manifest = _already_done(out_dir, index, paths, fmt, keep_text)
        if manifest is not None:
            return PartitionResult(index, skipped=len(paths), failures=[Failure(**f) for f in manifest.get("failures", [])])

    result = PartitionResult(index)
    rows: list = []  # jsonl: each document's line; parquet: (its task rows, its documents row)
    inputs = []
    for outcome in _outcomes(paths, fmt, keep_text, timeout, max_memory_mb):
        inputs.append({"path": outcome.path, "sha256": outcome.sha256})
        if outcome.failure is not None:
            result.failures.append(outcome.failure)
        else:
            rows.append(outcome.payload)
            result.parsed += 1
        result.outcomes.append(Outcome(outcome.path, outcome.sha256, outcome.size, None, outcome.summary, outcome.failure))
    _write_partition(out_dir, index, fmt, rows)

    manifest = {
        "partition": index,
        "settings": _settings(fmt, keep_text),
        "inputs": inputs,
        "parsed": result.parsed,
        "failures": [f.__dict__ for f in result.failures],
    }
    output.write_text_atomic(manifest_path(out_dir, index), json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return result


def _write_partition(out_dir: Path, index: int, fmt: str, rows: list) -> None:
    if fmt == "parquet":
        import pyarrow as pa

        from policyparse import parquet

        tasks_path, docs_path = partition_outputs(out_dir, index, fmt)
        tasks = pa.Table.from_pylist([r for task_rows, _ in rows for r in task_rows], schema=parquet.TASKS_SCHEMA)
        table = pa.Table.from_pylist([record for _, record in rows], schema=parquet.DOCUMENTS_SCHEMA)
        parquet.write_table_atomic(tasks, tasks_path)
        parquet.write_table_atomic(table, docs_path)
        return
    with output.AtomicWriter(partition_outputs(out_dir, index, fmt)[0], binary=True) as fh:
        for line in rows:
            fh.write(line)


_CHILDREN = threading.Lock()
_children = {"wanted": 0, "daemon": False}  # threads of this process needing children; the flag to restore


@contextmanager
def _children_allowed() -> Iterator[None]:
    """Dask starts its workers as daemonic processes, and multiprocessing refuses a daemonic process any
    child, lest it outlive its parent. The per-document workers cannot: they die with it (PR_SET_PDEATHSIG,
    and the end of their pipe), so the flag is lifted while partitions are parsed, and restored when the
    last thread of a Dask worker running several is done."""
    me = multiprocessing.current_process()
    with _CHILDREN:
        if _children["wanted"] == 0:
            _children["daemon"] = me.daemon
            me.daemon = False
        _children["wanted"] += 1
    try:
        yield
    finally:
        with _CHILDREN:
            _children["wanted"] -= 1
            if _children["wanted"] == 0:
                me.daemon = _children["daemon"]


def finalize(out: str, n_parts: int, fmt: str, errors_text: str, skipped: list | None = None) -> None:
    """Worker: write OUT/errors.jsonl (or remove a stale one), list the files not read in OUT/skipped.jsonl as
    the local batch does (sinks.record_skipped), and remove partition files this run does not own.

    Stale files are part files of a higher index (the corpus shrank), of the other format, and temporary
    files left by killed tasks. Files that do not look like ours are never touched.
    """
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    errors = out_dir / "errors.jsonl"
    if errors_text:
        output.write_text_atomic(errors, errors_text)
    elif errors.exists():
        errors.unlink()
    sinks.record_skipped(sinks.skipped_file(out_dir, "json"), skipped or [])
    wanted = {"": "jsonl" if fmt == "jsonl" else None, "tasks": "parquet" if fmt == "parquet" else None,
              "documents": "parquet" if fmt == "parquet" else None, "_manifest": "json"}
    for sub, suffix in wanted.items():
        folder = out_dir / sub if sub else out_dir
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            m = _PART.match(entry.name)
            if _TEMP.match(entry.name) or (m and (m.group(2) != suffix or int(m.group(1)) >= n_parts)):
                if sub == "" and m and m.group(2) != "jsonl":
                    continue  # only part-*.jsonl belong to us at the top level
                try:
                    entry.unlink()
                except OSError:
                    pass


# ---------------------------------------------------------------- the run (client side)


@contextmanager
def start_client(scheduler: str | None = None, n_workers: int | None = None) -> Iterator[Client]:
    """A Client on the cluster at `scheduler`, or on a new LocalCluster (processes, one thread each, no dashboard)."""
    if scheduler:
        client = Client(scheduler, timeout="30s")
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(
        n_workers=n_workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # health/metrics HTTP: loopback, any free port
        silence_logs=logging.ERROR,
    )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def run(
    paths: Iterable[str | os.PathLike],
    out: str | os.PathLike,
    *,
    fmt: str = "jsonl",
    keep_text: bool = True,
    resume: bool = False,
    client: Client | None = None,
    scheduler: str | None = None,
    n_workers: int | None = None,
    partition_size: int = PARTITION_SIZE,
    retries: int = 2,
    on_plan: Callable[[int, int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    on_document: Callable[[Outcome], None] | None = None,
    lists: Iterable[str | os.PathLike] = (),
    timeout: float | None = workers.DEFAULT_TIMEOUT,
    max_memory_mb: int | None = workers.DEFAULT_MAX_MEMORY_MB,
) -> BatchResult:
    """Parse every document under `paths` (and the paths the list files in `lists` name) on a Dask
    cluster into the directory `out`.

    Uses `client` if given, else connects to `scheduler`, else starts a LocalCluster of `n_workers`.
    `on_plan(documents, partitions)` is called once; `progress(n)` as each partition finishes with its
    number of documents; `on_document(outcome)` for each newly parsed document (failures included).
    Returns the same BatchResult as the local batch; every failure is also in OUT/errors.jsonl.
    Each document is parsed under `timeout` seconds and `max_memory_mb` as in the local engine (None: no
    limit, and no process of its own).
    """
    if fmt not in FORMATS:
        raise ValueError(f"the Dask engine writes {' or '.join(FORMATS)}, not {fmt}")
    found = discover_inputs(paths, lists)
    parts = partition(found.files, partition_size)
    if on_plan:
        on_plan(len(found.files), len(parts))
    limits = (timeout, max_memory_mb)
    if client is None:
        with start_client(scheduler, n_workers) as own:
            return _run_on(own, parts, found, str(out), fmt, keep_text, resume, retries, progress, on_document, limits)
    return _run_on(client, parts, found, str(out), fmt, keep_text, resume, retries, progress, on_document, limits)


def _run_on(client, parts, found: batch.Discovery, out, fmt, keep_text, resume, retries, progress, on_document, limits) -> BatchResult:
    run_id = uuid.uuid4().hex[:8]
    futures = {
        client.submit(run_partition, i, chunk, out, fmt, keep_text, resume, *limits, key=f"policyparse-{part_name(i)}-{run_id}", retries=retries): i
        for i, chunk in enumerate(parts)
    }
    per_part: dict[int, list[Failure]] = {}
    result = BatchResult(not_read=found.skipped)
    for fut in as_completed(list(futures)):
        i = futures.pop(fut)
        if fut.status == "finished":
            res: PartitionResult = fut.result()
            result.done += res.parsed
            result.skipped += res.skipped
            per_part[i] = res.failures
            if on_document:
                for outcome in res.outcomes:
                    on_document(outcome)
        else:  # retries used up, or the task killed worker after worker: every document is accounted for
            exc = fut.exception()
            reason = f"partition {part_name(i)} failed on the cluster ({type(exc).__name__}: {exc}); rerun with --resume"
            per_part[i] = [Failure(p, "engine", type(exc).__name__, reason) for p in parts[i]]
        fut.release()
        if progress:
            progress(len(parts[i]))
    result.failures = list(found.failures) + [f for i in range(len(parts)) for f in per_part[i]]
    errors_text = "".join(f.to_json() for f in result.failures)
    client.submit(finalize, out, len(parts), fmt, errors_text, found.skipped, key=f"policyparse-finalize-{run_id}", retries=retries).result()
    return result
