"""Which run a set of `parse` arguments asks for, and every rule that refuses a combination.

The rules live here, in the library, so that the CLI only maps a `UsageError` to exit status 2 and a program
calling the library gets the same answer: `plan_parse` turns the arguments into a `Plan` (one notice from stdin,
one document into a named JSON file, a batch, or the Dask engine), and `check_batch_output` is what `run_batch`
itself refuses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from policyparse.errors import UsageError
from policyparse.paths import read_list


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


# -o's extension names the format when --format is not given (a name without one of these is a directory)
SUFFIX_FORMATS = {".jsonl": Format.jsonl, ".csv": Format.csv, ".xlsx": Format.xlsx, ".parquet": Format.parquet}


@dataclass
class Plan:
    """`kind` is stdin, one_file, batch or dask; `out` is "-" for stdout."""

    kind: str
    paths: list[Path]
    out: str
    fmt: Format
    single: bool = False
    lists: list[Path] = field(default_factory=list)


def plan_parse(paths: list[Path], lists: list[Path], out: str | None, fmt: Format | None, *, engine: Engine,
               jobs: int, resume: bool, scheduler: str | None) -> Plan:
    """The run the arguments ask for; `UsageError` (one line saying what to give instead) when they contradict."""
    if jobs < 0:
        raise UsageError("--jobs is a number of worker processes: 0 (one per CPU) or more.")
    paths, lists = list(paths), list(lists)
    if not paths and not lists:
        raise UsageError("Name the documents: files or directories, or --files-from LIST.")
    fmt = choose_format(fmt, out)
    if engine == Engine.dask:
        return _dask_plan(paths, lists, out, fmt)
    for listing in lists:
        paths.extend(_listed(listing))
    if scheduler or fmt == Format.parquet:
        raise UsageError("--scheduler and --format parquet need --engine dask (-o DIR gets tasks/ and documents/ tables); for one table file use -o tasks.csv or -o tasks.xlsx.")
    if any(str(p) == "-" for p in paths):
        return _stdin_plan(paths, out, fmt)
    single = len(paths) == 1 and not paths[0].is_dir()
    if fmt == Format.json and out and out.lower().endswith(".json") and not Path(out).is_dir():
        if not single:
            raise UsageError(f"-o {out} names one JSON file, but a folder gives one per document: give -o DIR, or -o {out[:-5]}.jsonl.")
        return Plan("one_file", paths, out, fmt, single=True)
    if out is None:
        if not single and fmt == Format.json:
            raise UsageError("Several documents: give -o DIR for one JSON file each, or --format jsonl to stream to stdout.")
        out = "-"
    check_batch_output(out, fmt.value, resume)
    return Plan("batch", paths, out, fmt, single=single)


def choose_format(fmt: Format | None, out: str | None) -> Format:
    """--format, or the format -o's extension names; the two disagreeing is a usage error."""
    named = SUFFIX_FORMATS.get(Path(out).suffix.lower()) if out and out != "-" else None
    if fmt is None:
        return named or Format.json
    if named is not None and named != fmt:
        raise UsageError(f"-o {out} names a {named.value} file but --format is {fmt.value}: drop --format, or make the two agree.")
    return fmt


def check_batch_output(out: str, fmt: str, resume: bool) -> None:
    """What a batch refuses to write: an xlsx workbook to stdout, --resume where nothing can be kept, a file where
    JSON needs a folder and a folder where one file is written."""
    _refuse_workbook_to_stdout(out, fmt)
    if resume and (out == "-" or fmt == Format.xlsx):
        raise UsageError("--resume works with json (-o DIR), jsonl and csv (-o FILE); an xlsx workbook is written whole at the end.")
    if out != "-" and fmt == Format.json and Path(out).exists() and not Path(out).is_dir():
        raise UsageError(f"{out} is a file; for --format json, -o names a directory.")
    if out != "-" and fmt != Format.json and Path(out).is_dir():
        raise UsageError(f"{out} is a directory; --format {fmt} writes one file: give -o FILE.{fmt}.")


def _dask_plan(paths: list[Path], lists: list[Path], out: str | None, fmt: Format) -> Plan:
    if fmt in (Format.csv, Format.xlsx) or not out or out == "-" or (Path(out).exists() and not Path(out).is_dir()):
        raise UsageError("--engine dask writes a directory: give -o DIR, with --format jsonl (the default) or parquet.")
    return Plan("dask", paths, out, fmt, lists=lists)


def _stdin_plan(paths: list[Path], out: str | None, fmt: Format) -> Plan:
    if len(paths) > 1:
        raise UsageError("'-' (a notice on stdin) cannot be mixed with other inputs.")
    out = out or "-"
    _refuse_workbook_to_stdout(out, fmt)
    return Plan("stdin", paths, out, fmt, single=True)


def _refuse_workbook_to_stdout(out: str, fmt: str) -> None:
    if out == "-" and fmt == Format.xlsx:
        raise UsageError("xlsx is a binary workbook: give -o FILE.xlsx.")


def _listed(listing: Path) -> list[Path]:
    try:
        return read_list(listing)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--files-from {listing}: cannot be read as a UTF-8 list of paths ({getattr(exc, 'strerror', None) or exc}).") from None
