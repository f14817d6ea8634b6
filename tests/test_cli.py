"""The command line: a thin layer over the library, every command documented in the README."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from policyparse import __version__
from policyparse.cli import app
from policyparse.models import Document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "001_c9a87959f9653342.txt"
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert set(commands) >= {"parse", "repair", "schema", "eval", "units"}
    for name in commands:
        assert re.search(rf"`policyparse {name}\b", readme), f"README does not document `policyparse {name}`"


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"policyparse {__version__}"


def test_parse_one_file_to_stdout_is_a_valid_document():
    result = invoke("parse", str(SAMPLE))
    assert result.exit_code == 0
    doc = Document.model_validate_json(result.stdout)
    assert doc.source.path == str(SAMPLE)
    assert "鞍山市" in doc.metadata.title


def test_parse_no_text_leaves_text_out():
    result = invoke("parse", str(SAMPLE), "--no-text")
    assert json.loads(result.stdout)["text"] is None


def test_parse_directory_writes_one_json_per_document(tmp_path):
    result = invoke("parse", str(ROOT / "samples"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(p.stem + ".json" for p in (ROOT / "samples").glob("*.txt"))


def test_several_documents_without_out_is_a_usage_error():
    result = invoke("parse", str(ROOT / "samples"))
    assert result.exit_code == 2
    assert "-o" in result.stderr


def test_failures_are_recorded_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("一、总体要求\n（一）加强宣传。\n", encoding="utf-8")
    (src / "fake.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 4)
    out = tmp_path / "out"
    result = invoke("parse", str(src), "-o", str(out))
    assert result.exit_code == 1
    assert (out / "good.json").exists()
    assert not (out / "fake.json").exists()
    records = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [str(src / "fake.txt")]
    assert records[0]["stage"] == "read"  # a PDF by its bytes, whatever its name: the PDF reader's error
    assert records[0]["error_type"] == "CorruptFileError"
    assert "fake.txt" in result.stderr


def test_jsonl_and_csv_outputs(tmp_path):
    jsonl = tmp_path / "all.jsonl"
    assert invoke("parse", str(ROOT / "samples"), "-f", "jsonl", "-o", str(jsonl)).exit_code == 0
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert all(Document.model_validate_json(line) for line in lines)
    table = tmp_path / "tasks.csv"
    assert invoke("parse", str(ROOT / "samples"), "-f", "csv", "-o", str(table)).exit_code == 0
    assert table.read_bytes().startswith(b"\xef\xbb\xbf\"document\"")


def test_repair_prints_only_the_text_on_stdout():
    result = invoke("repair", str(SAMPLE), "--explain")
    assert result.exit_code == 0
    assert result.stdout.startswith("鞍山市人民政府关于印发")
    assert "encoding:" not in result.stdout
    assert "encoding: utf-8" in result.stderr


def test_schema_is_json_schema():
    schema = json.loads(invoke("schema").stdout)
    assert schema["title"] == "Document"
    assert "sections" in schema["properties"]


def test_readme_python_examples_run(tmp_path, monkeypatch):
    """The README's API examples are executed as written (pandas-dependent ones are skipped without pandas)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        if "pandas" in block:
            continue
        exec(compile(block, "README.md", "exec"), {})


def test_units_lists_every_unit_with_counts():
    result = invoke("units", str(ROOT / "samples"))
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    by_canonical = {r[1]: r for r in rows}
    # 001 names 市科协 as a lead or supporting unit in most of its items
    assert int(by_canonical["市科协"][0]) >= 20
    assert by_canonical["市科协"][2] == "yes"
    # 001 writes 市人力资源社会保障局; 002 writes 市人力社保局: one canonical row for both
    assert "市人力社保局" in by_canonical["市人力资源社会保障局"][3]
    unknown = invoke("units", str(ROOT / "samples"), "--unknown")
    assert all(line.split("\t")[2] == "no" for line in unknown.stdout.splitlines()[1:])


def test_summary_prints_one_line_per_document(tmp_path):
    result = invoke("parse", str(ROOT / "samples"), "-o", str(tmp_path / "out"), "--summary", "--quiet")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 5
    first = next(line for line in lines if line.startswith("001_"))
    assert "鞍山市人民政府关于印发" in first and "targets" in first and "repairs:" in first


def test_progress_bar_on_a_terminal_and_silence_otherwise(tmp_path):
    """On a terminal: a bar with bytes, rate, ETA and files done; piped: nothing but the summary line."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    exe = str(Path(sys.executable).with_name("policyparse"))
    args = [exe, "parse", str(ROOT / "samples"), "-o", str(tmp_path / "a"), "--jobs", "1"]
    pid, fd = pty.fork()
    if pid == 0:  # child: stdout/stderr are the terminal
        fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execv(exe, args)
    out = b""
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
    os.waitpid(pid, 0)
    shown = out.decode("utf-8", "replace")
    assert "5/5 files" in shown and "100%" in shown and "/s" in shown
    piped = subprocess.run([*args[:4], str(tmp_path / "b"), "--jobs", "1"], capture_output=True, text=True)
    assert piped.stderr.strip() == "5 parsed, 0 failed"
    quiet = subprocess.run([*args[:4], str(tmp_path / "c"), "--quiet"], capture_output=True, text=True)
    assert quiet.stderr == ""


def test_summary_line_counts_in_the_singular_for_one():
    from policyparse.batch import Outcome
    from policyparse.cli import format_summary

    summary = {"title": "关于开展科普活动的通知", "sections": 1, "nodes": 3, "units": 1, "targets": 0, "deadlines": 2,
               "repairs": ["punctuation"]}
    line = format_summary(Outcome(path="samples/a.txt", summary=summary))
    assert line == "a.txt: 关于开展科普活动的通知 | 1 section, 3 nodes | 1 unit, 0 targets, 2 deadlines | repairs: punctuation"
