"""The `policyparse` command: a thin layer over the library (see README for examples).

Results go to stdout or files; messages and progress go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Annotated, Optional

import typer

from policyparse import __version__, batch, output, sinks, usage
from policyparse.errors import EngineError, OutputError, PolicyParseError, UsageError
from policyparse.usage import Engine, Format

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Chinese government policy documents into validated, structured JSON.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _plain_type_labels() -> None:
    """Help without type labels such as <list[Path]> or <bool>: a flag shows none, a parameter its metavar."""
    from typer.core import TyperArgument, TyperOption

    argument_type, option_type = TyperArgument.display_type_rich, TyperOption.display_type_rich

    def for_argument(self, ctx):
        return None if self.metavar is not None else argument_type(self, ctx)

    def for_option(self, ctx):
        return None if self.is_flag else option_type(self, ctx)

    TyperArgument.display_type_rich = for_argument
    TyperOption.display_type_rich = for_option


_plain_type_labels()


def _say(message: str) -> None:
    typer.echo(printable(message), err=True)


# Shown escaped on stderr: control characters (a newline, ESC), lone surrogates (a name that is not UTF-8),
# line and paragraph separators, and the bidirectional overrides that reorder what a terminal shows.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` for one line of stderr: every character a name may hold that would break the line, draw on
    the terminal or hide itself is written as its escape (\\n, \\x1b, \\udcff, \\u202e), so a file
    named with a newline is one line naming it. Records (errors.jsonl, outputs) keep the faithful name."""
    if text.isprintable():
        return text
    return "".join(ch.encode("unicode_escape").decode("ascii") if _unprintable(ch) else ch for ch in text)


def _unprintable(ch: str) -> bool:
    return unicodedata.category(ch) in _ESCAPED_CATEGORIES or ch in _BIDI_CONTROLS


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policyparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Turn Chinese government policy documents into validated, structured JSON."""


@app.command()
def parse(
    paths: Annotated[Optional[list[Path]], typer.Argument(metavar="PATH", show_default=False, help="Files or directories (searched recursively for every kind a reader takes: *.txt, *.htm, *.html, *.shtml, *.xhtml, *.md, *.pdf, *.docx, *.doc, *.wps, *.ofd); '-' reads one notice from stdin.")] = None,
    out: Annotated[Optional[str], typer.Option("-o", "--out", metavar="OUT", help="Where results go: a directory for json; a file for jsonl, csv or xlsx (its extension names the format when --format is not given); '-' for stdout (the default for a single input).")] = None,
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", metavar="FORMAT", show_default=False, help="json (one file per document; the default), jsonl (one line per document), csv (one row per task, and a documents table beside it), xlsx (tasks and documents sheets), or parquet (--engine dask). Default: from -o's extension (.jsonl .csv .xlsx .parquet), else json.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Worker processes (0 = one per CPU).")] = 0,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the repaired text out of the output (spans still index it).")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Keep what an earlier (killed) run wrote for the same inputs and bytes, and parse the rest: json (-o DIR), jsonl and csv (-o FILE).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on stderr but failures: no progress bar, no closing line.")] = False,
    summary: Annotated[bool, typer.Option("--summary", help="Print one line per document (title, nodes, units, targets, deadlines, repairs) to stderr.")] = False,
    engine: Annotated[Engine, typer.Option("--engine", metavar="ENGINE", help="local (worker processes on this machine) or dask (a Dask cluster; -o DIR gets part-*.jsonl, or Parquet with --format parquet).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: a running Dask scheduler (tcp://host:8786); default: a LocalCluster of --jobs workers.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0, help=f"Time limit per document; one over it is recorded as timed out and the batch goes on (0 = none). A large file gets {batch.workers.SECONDS_PER_INPUT_MB:g} s per MB of it when that is more.")] = batch.workers.DEFAULT_TIMEOUT,
    max_memory: Annotated[int, typer.Option("--max-memory", metavar="MB", min=0, help=f"Memory ceiling per worker process; a document over it is recorded and the worker replaced (0 = none). A large file gets {batch.workers.MEMORY_PER_INPUT_BYTE} times its size when that is more.")] = batch.workers.DEFAULT_MAX_MEMORY_MB,
    files_from: Annotated[Optional[list[Path]], typer.Option("--files-from", metavar="LIST", help="Also parse the paths LIST names, one a line (UTF-8; relative to LIST's folder). Repeatable.")] = None,
    allow_outside: Annotated[bool, typer.Option("--allow-outside", help="Read symbolic links leading outside their input folder and paths like in/../x (refused by default, with a record).")] = False,
) -> None:
    """Parse documents into JSON, JSONL, a CSV task table or an Excel workbook.

    Examples:

        policyparse parse notice.txt

        policyparse parse - < notice.txt

        policyparse parse notices/ -o out/

        policyparse parse notices/ -o tasks.csv

        policyparse parse notices/ -o tasks.xlsx

        policyparse parse notices/ -o out/ --engine dask --format parquet
    """
    try:
        plan = usage.plan_parse(list(paths or []), list(files_from or []), out, fmt, engine=engine, jobs=jobs,
                                resume=resume, scheduler=scheduler)
    except UsageError as exc:
        _usage(str(exc))
    if plan.kind == "dask":
        limits = (timeout or None, max_memory or None)
        raise typer.Exit(_parse_with_dask(plan, jobs, not no_text, resume, quiet, summary, scheduler, limits))
    if plan.kind == "stdin":
        raise typer.Exit(_parse_stdin(plan.out, plan.fmt, not no_text, quiet, summary))
    if plan.kind == "one_file":
        raise typer.Exit(_parse_one_to_file(plan.paths[0], plan.out, not no_text, quiet, summary))
    limits = {"timeout": timeout or None, "max_memory_mb": max_memory or None, "allow_outside": allow_outside}
    raise typer.Exit(_parse_batch(plan, jobs or os.cpu_count() or 1, not no_text, resume, quiet, summary, limits))


class _BatchDisplay:
    """What a local batch shows on stderr as it goes: the progress bar (on a terminal), --summary lines,
    empty results and failures, each written beside the bar."""

    def __init__(self, paths: list[Path], quiet: bool, summary: bool):
        self.quiet, self.summary, self.done, self.bar, self.n_files = quiet, summary, 0, None, 0
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            files, _ = batch.discover([str(p) for p in paths])
            self.n_files = len(files)
            self.bar = tqdm(total=sum(_size(f) for f in files), unit="B", unit_scale=True, desc="parse", file=sys.stderr)

    def progress(self, outcome: batch.Outcome) -> None:
        if self.bar is not None:
            self.done += 1
            self.bar.set_postfix_str(f"{self.done}/{self.n_files} files", refresh=False)
            self.bar.update(outcome.size or _size(Path(outcome.path)))

    def document_line(self, outcome: batch.Outcome) -> None:
        if self.summary:
            _say_beside(self.bar, format_summary(outcome))
        empty = (outcome.summary or {}).get("empty")
        if empty and not self.quiet:
            _say_beside(self.bar, f"empty: {outcome.path}: {empty.removeprefix('empty result: ')}")

    def failure_line(self, failure: batch.Failure) -> None:
        _say_beside(self.bar, _failure_text(failure))

    def kept(self, files_kept: list[Path]) -> None:
        """--resume: what is already done counts as done on the bar."""
        if self.bar is not None:
            self.done += len(files_kept)
            self.bar.update(sum(_size(f) for f in files_kept))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _parse_batch(plan: usage.Plan, workers: int, keep_text: bool, resume: bool, quiet: bool, summary: bool,
                 limits: dict) -> int:
    """A local batch: run it, show it, report it; the exit status."""
    out, fmt = plan.out, plan.fmt
    display = _BatchDisplay(plan.paths, quiet, summary)
    try:
        result = batch.run_batch(
            [str(p) for p in plan.paths], out, fmt.value, workers, keep_text=keep_text, resume=resume,
            progress=display.progress, on_document=display.document_line, on_failure=display.failure_line,
            on_kept=display.kept, **limits,
        )
    except PolicyParseError as exc:  # OutputError: full disk, read-only output, a directory where a file is needed
        display.close()
        _say(f"error: {exc}")
        return 2 if isinstance(exc, UsageError) else 3 if isinstance(exc, (OutputError, EngineError)) else 1
    display.close()
    records = None if out == "-" else Path(out)
    _report(
        result,
        errors_path=None if records is None else batch.errors_file(records, fmt.value),
        skipped_path=None if records is None else sinks.skipped_file(records, fmt.value),
        closing_line=not quiet and not (plan.single and out == "-" and not result.failures and not result.empty),
        listed=True,
    )
    return result.exit_code



def _usage(message: str) -> None:
    """A usage error: one clear line, exit status 2."""
    _say(message)
    raise typer.Exit(2)


def _parse_one_to_file(path: Path, out: str, keep_text: bool, quiet: bool, summary: bool) -> int:
    """`policyparse parse notice.txt -o notice.json`: the one document's JSON in that file."""
    try:
        result = batch.run_file(str(path), out, "json", keep_text=keep_text,
                                on_document=lambda o: _say(format_summary(o)) if summary else None,
                                on_failure=lambda f: _say(_failure_text(f)))
    except PolicyParseError as exc:
        _say(f"error: {exc}")
        return 1
    if not quiet:
        _report(result, errors_path=None, skipped_path=None, closing_line=True, listed=True)
    return result.exit_code


def _parse_stdin(out: str, fmt: Format, keep_text: bool, quiet: bool, summary: bool) -> int:
    """`policyparse parse - < notice.txt`: one notice from stdin, written like a single file's result."""
    try:
        result = batch.run_stdin(sys.stdin.buffer.read(), out, fmt.value, keep_text=keep_text,
                                 on_document=lambda o: _say(format_summary(o)) if summary else None,
                                 on_failure=lambda f: _say(_failure_text(f)))
    except PolicyParseError as exc:
        _say(f"error: {exc}")
        return 1
    if not quiet and (result.failures or result.empty or out != "-"):
        _report(result, errors_path=None, skipped_path=None, closing_line=True, listed=True)
    return result.exit_code


def _parse_with_dask(plan: usage.Plan, jobs, keep_text, resume, quiet, summary, scheduler, limits=(None, None)) -> int:
    """--engine dask: the work is in policyparse.dask; this only reports."""
    from policyparse import dask as engine

    paths, out, fmt, lists = plan.paths, plan.out, plan.fmt, plan.lists

    bar = None

    def plan(n_docs: int, n_parts: int) -> None:
        nonlocal bar
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=n_docs, unit="doc", desc=f"{n_parts} partitions", file=sys.stderr)

    def document_line(outcome: batch.Outcome) -> None:
        if summary and not outcome.failure:
            _say_beside(bar, format_summary(outcome))

    result = engine.run(
        [str(p) for p in paths], out, fmt="parquet" if fmt == Format.parquet else "jsonl", keep_text=keep_text,
        resume=resume, scheduler=scheduler, n_workers=jobs or None, on_plan=plan, lists=lists,
        progress=lambda n: bar.update(n) if bar is not None else None, on_document=document_line,
        timeout=limits[0], max_memory_mb=limits[1],
    )
    if bar is not None:
        bar.close()
    _report(result, errors_path=Path(out) / "errors.jsonl", skipped_path=Path(out) / "skipped.jsonl", closing_line=not quiet)
    return result.exit_code


def _say_beside(bar, message: str) -> None:
    """A line on stderr that does not break a progress bar drawn there."""
    if bar is not None:
        bar.write(printable(message), file=sys.stderr)
    else:
        _say(message)


def _failure_text(failure) -> str:
    return f"failed: {failure.path}: [{failure.stage}] {failure.error_type}: {failure.message}"


def _report(result, *, errors_path: Path | None, closing_line: bool, skipped_path: Path | None = None,
            listed: bool = False) -> None:
    """Every failure by path and reason (unless `listed` as they happened), then one closing line: results,
    empty results, failures, files not read, documents kept by --resume, and where they are recorded."""
    if not listed:
        for failure in result.failures:
            _say(_failure_text(failure))
    if closing_line:
        empty = getattr(result, "empty", 0)
        not_read = getattr(result, "not_read", [])
        line = f"{result.done - empty} parsed"
        if empty:
            line += f", {empty} empty (nothing found; see the warnings)"
        line += f", {len(result.failures)} failed"
        if not_read:
            line += f", {len(not_read)} not read ({_reasons(not_read)})"
        if result.skipped:
            line += f", {result.skipped} skipped (--resume)"
        where = []
        if result.failures and errors_path is not None:
            where.append(f"failures recorded in {errors_path}")
        if not_read and skipped_path is not None:
            where.append(f"files not read listed in {skipped_path}")
        if where:
            line += "; " + "; ".join(where)
        kept = getattr(result, "kept_errors", 0)
        if kept and errors_path is not None:
            line += f"; {kept} earlier failure record(s) of documents not in this run kept in {errors_path}"
        _say(line)


def _reasons(not_read) -> str:
    """'3 .pdf, 1 hidden': the kinds of files not read, most frequent first."""
    from collections import Counter

    kinds = Counter("hidden" if s.reason.startswith("hidden") else (Path(s.path).suffix.lower() or "no suffix") for s in not_read)
    return ", ".join(f"{n} {k}" for k, n in kinds.most_common())


def format_summary(outcome: batch.Outcome) -> str:
    s = outcome.summary or {}
    title = s.get("title") or "(no title)"
    if len(title) > 40:
        title = title[:39] + "…"
    structure = ", ".join(_counted(s.get(key, 0), key) for key in ("sections", "nodes"))
    found = ", ".join(_counted(s.get(key, 0), key) for key in ("units", "targets", "deadlines"))
    return f"{Path(outcome.path).name}: {title} | {structure} | {found} | repairs: {', '.join(s.get('repairs', [])) or 'none'}"


def _counted(n: int, plural: str) -> str:
    """1 target, 2 targets, 0 targets."""
    return f"{n} {plural[:-1] if n == 1 else plural}"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@app.command()
def repair(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False, help="A notice (.txt or .html) in any encoding.")],
    explain: Annotated[bool, typer.Option("--explain", help="Print what was changed, and where, to stderr.")] = False,
    skip: Annotated[Optional[list[str]], typer.Option("--skip", metavar="STEP", help="Leave out this repair step (repeatable), e.g. t2s; the steps are named in --explain.")] = None,
) -> None:
    """Print the repaired, Simplified text of FILE to stdout as UTF-8 (and nothing else).

    Example: policyparse repair notice.txt --explain > clean.txt
    """
    from policyparse.pipeline import read_bytes
    from policyparse.repair import repair as run_repair

    try:
        repaired = run_repair(read_bytes(file), filename=str(file), skip=frozenset(skip or ()))
    except ValueError as exc:  # a step name that is none
        _say(f"error: {exc}")
        raise typer.Exit(2) from None
    except PolicyParseError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(1) from None
    sys.stdout.buffer.write(repaired.text.encode("utf-8"))
    sys.stdout.flush()
    if explain:
        _say(f"encoding: {repaired.encoding} (confidence {repaired.encoding_confidence:.2f})")
        for step in repaired.report.steps:
            _say(f"{step.name}: {step.changes} change(s)")
            for ex in step.examples:
                where = f" at {list(ex.span)}" if ex.span else ""
                _say(f"    {ex.before!r} -> {ex.after!r}{where}")
        for warning in repaired.report.warnings:
            _say(f"warning: {warning}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output, generated from the models.

    Example: policyparse schema > document.schema.json
    """
    sys.stdout.write(output.schema_text())


@app.command(name="eval")
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="Directory of gold files (tests/gold).")] = Path("tests/gold"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also list every strict mismatch, document by document.")] = False,
    root: Annotated[Optional[Path], typer.Option("--root", metavar="DIR", help="Directory the gold files' 'document' paths are relative to (default: the nearest folder above GOLD_DIR that holds them).")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json-out", metavar="FILE", help="Also write the report as JSON to FILE.")] = None,
) -> None:
    """Precision / recall / F1 per field against hand-checked gold files.

    Example: policyparse eval tests/gold

    Example: policyparse eval tests/real/gold/heldout --details --json-out heldout.json
    """
    from policyparse.evaluate import evaluate, format_report
    from policyparse.pipeline import parse_file

    if not gold_dir.is_dir():
        _say(f"{gold_dir} is not a directory of gold files.")
        raise typer.Exit(2)
    report = evaluate(gold_dir, parse_file, root=root)
    report_json = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if json_out is not None:
        output.write_text_atomic(json_out, report_json)
    typer.echo(report_json if as_json else format_report(report, details=details))


@app.command()
def units(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", show_default=False, help="Files or directories.")],
    unknown_only: Annotated[bool, typer.Option("--unknown", help="Only units missing from the lexicon.")] = False,
) -> None:
    """List every responsible unit across a batch: count, canonical form, in lexicon or not.

    Example: policyparse units samples/ --unknown
    """
    stats, failures = batch.count_units([str(p) for p in paths], on_failure=lambda f: _say(_failure_text(f)))
    typer.echo("count\tcanonical\tin_lexicon\tnames")
    for stat in stats:
        if unknown_only and stat.in_lexicon:
            continue
        typer.echo(f"{stat.count}\t{stat.canonical}\t{'yes' if stat.in_lexicon else 'no'}\t{'、'.join(stat.names)}")
    if failures:
        _say(f"{len(failures)} file(s) failed and are not counted.")
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
