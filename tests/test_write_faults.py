"""Faults while writing: one clear line, no traceback, exit status 3, no .part left; --resume cleans
.part files and respects --no-text; errors.jsonl of an earlier run is merged, not silently lost."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import policyparse
from policyparse import batch, output, sinks
from policyparse.cli import app
from policyparse.errors import InputError

NOTICE = "一、总体要求\n（一）加强领导。到2025年，比例达到18.5%。\n"


def _src(tmp_path: Path, n: int = 3) -> Path:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for i in range(n):
        (src / f"n{i}.txt").write_text(NOTICE, encoding="utf-8")
    return src


def _parts(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part")]


def _full_disk(monkeypatch, after: int = 0):
    """Every file write after the first `after` fails with ENOSPC, as on a full disk."""
    real = os.fdopen
    calls = [0]

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, s):
            calls[0] += 1
            if calls[0] > after:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(s)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(output.os, "fdopen", lambda *a, **k: Full(real(*a, **k)))
    # JSONL and CSV are streamed a document at a time into their files (resumable), not via fdopen
    real_open_fresh = sinks._open_fresh
    monkeypatch.setattr(sinks, "_open_fresh", lambda *a, **k: Full(real_open_fresh(*a, **k)))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_full_disk_gives_one_line_and_no_part_file(tmp_path, monkeypatch, fmt):
    src = _src(tmp_path)
    out = tmp_path / ("out" if fmt == "json" else f"out.{fmt}")
    _full_disk(monkeypatch, after=1)
    result = CliRunner().invoke(app, ["parse", str(src), "-o", str(out), "-f", fmt, "-j", "1"])
    assert result.exit_code == 3, result.output
    assert "no space left on the device" in result.output and "Traceback" not in result.output
    assert result.output.count("\n") == 1
    assert not _parts(tmp_path)


def test_an_existing_directory_where_a_file_is_needed(tmp_path):
    src = _src(tmp_path)
    (tmp_path / "out.jsonl").mkdir()
    result = CliRunner().invoke(app, ["parse", str(src), "-o", str(tmp_path / "out.jsonl"), "-f", "jsonl"])
    assert result.exit_code == 2 and "is a directory" in result.output
    assert not _parts(tmp_path)
    # the same, found only when the file is put in place (a result named like a folder in -o)
    out = tmp_path / "out"
    (out / "n0.json").mkdir(parents=True)
    result = CliRunner().invoke(app, ["parse", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 3 and "it is a directory" in result.output and "Traceback" not in result.output
    assert not _parts(tmp_path)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_file_where_the_output_folder_should_be_is_named(tmp_path, fmt):
    src = _src(tmp_path)
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    out = tmp_path / "notes.txt" / "sub" / ("out.csv" if fmt == "csv" else "out")
    result = CliRunner().invoke(app, ["parse", str(src), "-o", str(out), "-f", fmt, "-j", "1"])
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in result.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "kept" and not _parts(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output(tmp_path):
    src = _src(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = CliRunner().invoke(app, ["parse", str(src), "-o", str(out)])
    finally:
        out.chmod(0o700)
    assert result.exit_code == 3 and "permission denied" in result.output and "Traceback" not in result.output


def test_resume_removes_part_files_and_respects_no_text(tmp_path):
    src = _src(tmp_path)
    out = tmp_path / "out"
    assert batch.run_batch([str(src)], str(out), "json").done == 3
    stale = out / ".n0.json.abcd1234.part"
    stale.write_text("half", encoding="utf-8")
    again = batch.run_batch([str(src)], str(out), "json", resume=True)
    assert again.skipped == 3 and not stale.exists()
    no_text = batch.run_batch([str(src)], str(out), "json", resume=True, keep_text=False)
    assert no_text.done == 3 and no_text.skipped == 0  # written with the text: redone without it
    assert json.loads((out / "n0.json").read_text(encoding="utf-8"))["text"] is None
    assert batch.run_batch([str(src)], str(out), "json", resume=True, keep_text=False).skipped == 3


def test_resume_of_a_jsonl_file_respects_no_text(tmp_path):
    src = _src(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch.run_batch([str(src)], str(out), "jsonl").done == 3
    no_text = batch.run_batch([str(src)], str(out), "jsonl", resume=True, keep_text=False)
    assert no_text.done == 3 and no_text.skipped == 0  # written with the text: redone without it
    assert [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()] == [None] * 3
    assert batch.run_batch([str(src)], str(out), "jsonl", resume=True, keep_text=False).skipped == 3


def test_a_later_run_on_part_of_a_folder_keeps_the_earlier_records(tmp_path):
    src = _src(tmp_path, 2)
    (src / "bad.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (src / "sub").mkdir()
    (src / "sub" / "worse.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    out = tmp_path / "out"
    first = batch.run_batch([str(src)], str(out), "json")
    assert len(first.failures) == 2
    result = CliRunner().invoke(app, ["parse", str(src / "sub"), "-o", str(out)])
    records = [json.loads(line)["path"] for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(p).name for p in records) == ["bad.txt", "worse.txt"]  # kept, and the new one once
    assert "1 earlier failure record(s)" in result.output
    (src / "bad.txt").write_text(NOTICE, encoding="utf-8")  # fixed, parsed again: its record goes
    batch.run_batch([str(src / "bad.txt")], str(out), "json")
    records = [json.loads(line)["path"] for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [Path(p).name for p in records] == ["worse.txt"]


def test_parse_of_text_with_a_lone_surrogate_is_a_clear_error():
    with pytest.raises(InputError, match="lone surrogate"):
        policyparse.parse("一、总体要求\udcff")
