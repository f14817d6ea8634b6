"""Names and paths: any file name kept, nothing written outside -o, links and '..' leading outside the
input refused with a record, same-stem inputs kept apart, list files only when asked for."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse import batch, output, paths
from policyparse.cli import app

NOTICE = "一、总体要求\n（一）加强领导。到2025年，比例达到18.5%（市发展改革委牵头）。\n"


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (src / "notice.html").write_text(f"<p>{NOTICE}</p>", encoding="utf-8")
    (src / "notice.htm").write_text(f"<p>{NOTICE}</p>", encoding="utf-8")
    (src / "single.txt").write_text(NOTICE, encoding="utf-8")
    (src / "-dash.txt").write_text(NOTICE, encoding="utf-8")
    (src / "new\nline.txt").write_text(NOTICE, encoding="utf-8")
    (src / os.fsdecode(b"\xff\xfe\xe9t\xe9.txt")).write_text(NOTICE, encoding="utf-8")
    (src / os.fsdecode(b"bad\xff.txt")).write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    return src


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "xlsx"])
def test_every_name_is_kept_and_no_writer_crashes(tmp_path, fmt):
    src = _folder(tmp_path)
    out = tmp_path / ("out" if fmt == "json" else f"out.{fmt}")
    result = batch.run_batch([str(src)], str(out), fmt)
    assert result.done == 7 and [Path(f.path).name for f in result.failures] == [os.fsdecode(b"bad\xff.txt")]
    errors = batch.errors_file(out, fmt)
    record = json.loads(errors.read_bytes().decode("utf-8"))  # valid UTF-8 JSON
    assert os.fsencode(record["path"]).endswith(b"bad\xff.txt")  # the bytes, faithfully
    if fmt == "jsonl":
        names = [os.fsencode(json.loads(line)["source"]["path"]) for line in out.read_bytes().decode("utf-8").splitlines()]
        assert str(src).encode() + b"/\xff\xfe\xe9t\xe9.txt" in names and str(src).encode() + b"/new\nline.txt" in names
    if fmt == "csv":
        rows = list(csv.reader(out.read_bytes().decode("utf-8-sig").splitlines(keepends=True)))
        assert any(r[0].endswith("\\udcff\\udcfe\\udce9t\\udce9.txt") for r in rows[1:])
    if fmt == "xlsx":  # the workbook once failed to save at all (lxml refuses lone surrogates)
        openpyxl = pytest.importorskip("openpyxl")
        paths_in = [row[0] for row in openpyxl.load_workbook(out)["documents"].iter_rows(min_row=2, values_only=True)]
        assert len(paths_in) == 8 and any(p.endswith("\\udcff\\udcfe\\udce9t\\udce9.txt") for p in paths_in)
    if fmt == "json":
        names = sorted(os.fsencode(p.name) for p in out.iterdir())
        assert b"\xff\xfe\xe9t\xe9.json" in names and b"-dash.json" in names and b"new\nline.json" in names


def test_same_stem_inputs_never_overwrite_each_other(tmp_path):
    src = _folder(tmp_path)
    out = tmp_path / "out"
    batch.run_batch([str(src)], str(out), "json")
    assert {"notice.txt.json", "notice.html.json", "notice.htm.json", "single.json"} <= {p.name for p in out.iterdir()}
    kinds = {json.loads((out / n).read_text(encoding="utf-8"))["source"]["path"] for n in ("notice.txt.json", "notice.html.json", "notice.htm.json")}
    assert len(kinds) == 3


def test_nothing_is_written_outside_the_output(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE, encoding="utf-8")
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "x.txt").write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out"
    result = batch.run_batch([str(src), f"{src}/../victim/x.txt"], str(out), "json")
    assert result.done == 1
    assert [(f.stage, f.error_type) for f in result.failures] == [("read", "OutsideInput")]
    assert not (victim / "x.json").exists() and not (tmp_path / "victim.json").exists()
    # with --allow-outside it is read, and written inside -o under its own name
    result = batch.run_batch([str(src), f"{src}/../victim/x.txt"], str(out), "json", allow_outside=True)
    assert result.done == 2 and (out / "x.json").exists() and not (victim / "x.json").exists()
    with pytest.raises(paths.Outside):
        paths.target_in(out, Path("../escape.json"))


def test_a_symlink_leading_outside_is_refused_with_a_record(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("一、秘密内容", encoding="utf-8")
    (src / "leak.txt").symlink_to(secret)
    (src / "inside.txt").symlink_to(src / "a.txt")  # inside the folder: read
    out = tmp_path / "out"
    result = batch.run_batch([str(src)], str(out), "json")
    assert result.done == 2
    assert [(Path(f.path).name, f.error_type) for f in result.failures] == [("leak.txt", "OutsideInput")]
    assert "秘密" not in "".join(p.read_text(encoding="utf-8") for p in out.glob("*.json"))
    assert batch.run_batch([str(src)], str(tmp_path / "out2"), "json", allow_outside=True).done == 3


def test_a_symlink_inside_the_output_never_leads_a_write_outside(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere)
    result = batch.run_batch([str(src)], str(out), "json")
    assert [f.error_type for f in result.failures] == ["OutsideOutput"] and not list(elsewhere.iterdir())


def test_list_files_only_with_files_from(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "todo.txt").write_text("in/a.txt\n", encoding="utf-8")  # a notice that looks like a list
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "todo.txt"), "-f", "jsonl", "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["path"].endswith("todo.txt"), result.output
    result = CliRunner().invoke(app, ["parse", "--files-from", str(tmp_path / "todo.txt"), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["path"].endswith("a.txt")


def test_csv_cells_cannot_become_formulas():
    assert output.csv_safe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert [output.csv_safe(c) for c in ("+1", "-1", "@SUM(A1)", "市发展改革委")] == ["'+1", "'-1", "'@SUM(A1)", "市发展改革委"]
