"""The rules that refuse a combination of `parse` arguments live in the library (policyparse.usage): the CLI
maps them to exit status 2, and a program calling `plan_parse` or `run_batch` gets the same UsageError."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import batch
from policyparse.errors import UsageError
from policyparse.usage import Engine, Format, plan_parse


def _plan(paths, out=None, fmt=None, *, lists=(), engine=Engine.local, jobs=0, resume=False, scheduler=None):
    return plan_parse([Path(p) for p in paths], [Path(p) for p in lists], out, fmt, engine=engine, jobs=jobs,
                      resume=resume, scheduler=scheduler)


@pytest.mark.parametrize(("kwargs", "says"), [
    ({"paths": []}, "Name the documents"),
    ({"paths": ["a.txt"], "jobs": -1}, "--jobs"),
    ({"paths": ["a.txt"], "out": "t.csv", "fmt": Format.jsonl}, "names a csv file but --format is jsonl"),
    ({"paths": ["-", "a.txt"]}, "cannot be mixed"),
    ({"paths": ["-"], "fmt": Format.xlsx}, "binary workbook"),
    ({"paths": ["a.txt"], "fmt": Format.parquet}, "need --engine dask"),
    ({"paths": ["a.txt"], "scheduler": "tcp://h:1"}, "need --engine dask"),
    ({"paths": ["a.txt"], "out": "-", "fmt": Format.xlsx}, "binary workbook"),
    ({"paths": ["a.txt"], "out": "-", "fmt": Format.jsonl, "resume": True}, "--resume works with"),
    ({"paths": ["a.txt"], "engine": Engine.dask}, "--engine dask writes a directory"),
    ({"paths": ["a.txt"], "out": "t.csv", "engine": Engine.dask}, "--engine dask writes a directory"),
])
def test_contradicting_arguments_are_a_usage_error(kwargs, says):
    with pytest.raises(UsageError, match=says.replace("-", r"\-")):
        _plan(**kwargs)


def test_a_folder_to_one_json_file_or_to_stdout_as_json_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(UsageError, match="names one JSON file"):
        _plan([tmp_path / "in"], out=str(tmp_path / "x.json"))
    with pytest.raises(UsageError, match="Several documents"):
        _plan([tmp_path / "in"])


def test_the_plan_names_the_run(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text("通知", encoding="utf-8")
    assert _plan(["-"]).kind == "stdin"
    one = _plan([notice], out=str(tmp_path / "n.json"))
    assert (one.kind, one.fmt, one.single) == ("one_file", Format.json, True)
    to_stdout = _plan([notice])
    assert (to_stdout.kind, to_stdout.out) == ("batch", "-")
    table = _plan([tmp_path], out=str(tmp_path / "t.csv"))
    assert (table.kind, table.fmt) == ("batch", Format.csv)
    assert _plan([tmp_path], out=str(tmp_path / "o"), engine=Engine.dask).kind == "dask"


def test_a_list_file_that_cannot_be_read_is_a_usage_error(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(UsageError, match="--files-from"):
        _plan([], lists=[listing])
    listed = tmp_path / "n.txt"
    listed.write_text("通知", encoding="utf-8")
    listing.write_text("n.txt\n", encoding="utf-8")
    assert _plan([], lists=[listing], out="-", fmt=Format.jsonl).paths == [listed]


def test_run_batch_itself_refuses_what_cannot_be_written(tmp_path):
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match="is a file"):
        batch.run_batch([str(tmp_path)], str(tmp_path / "a.json"), "json")
    with pytest.raises(UsageError, match="is a directory"):
        batch.run_batch([str(tmp_path)], str(tmp_path), "csv")
    with pytest.raises(UsageError, match="binary workbook"):
        batch.run_batch([str(tmp_path)], "-", "xlsx")


def test_units_is_a_library_function_and_names_what_it_could_not_count(tmp_path):
    (tmp_path / "a.txt").write_text("一、加强领导（市发展改革委牵头，市财政局配合）\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    heard = []
    stats, failures = batch.count_units([str(tmp_path)], on_failure=heard.append)
    assert {s.canonical for s in stats} >= {"市发展改革委", "市财政局"}
    assert [f.path for f in failures] == [str(tmp_path / "b.txt")] and heard == failures
