"""What analysts and researchers meet first (issue 13): tables, resumable runs, nothing skipped in silence."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from policyparse import batch, tables_out

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_output_files_follow_the_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        batch.run_batch([str(SAMPLES / "001_c9a87959f9653342.txt")], str(tmp_path / "out"), "json")
        batch.run_batch([str(SAMPLES)], str(tmp_path / "all.jsonl"), "jsonl")
    finally:
        os.umask(old)
    for f in [tmp_path / "out" / "001_c9a87959f9653342.json", tmp_path / "all.jsonl"]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~mask, f


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _wait_for(check, seconds: float = 60.0, step: float = 0.1):
    """Poll until check() is true (a bound against hanging, not a timing assertion)."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(step)
    return check()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_parent_leaves_no_worker_behind(tmp_path):
    import signal
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    for i in range(60):
        (src / f"{i:03d}.txt").write_bytes((SAMPLES / "001_c9a87959f9653342.txt").read_bytes())
    script = (
        "import sys; from policyparse import batch; "
        f"batch.run_batch([{str(src)!r}], {str(tmp_path / 'all.jsonl')!r}, 'jsonl', jobs=2)"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    try:
        workers = _wait_for(lambda: len(_children(parent.pid)) >= 2 and _children(parent.pid))
        assert len(workers) >= 2
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()

    def all_gone() -> bool:
        return not any(Path(f"/proc/{w}").exists() and "Z" not in _state(w) for w in workers)

    assert _wait_for(all_gone, 30.0), "workers outlived their parent"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


# ---------------------------------------------------------------- item 1: resumable JSONL and CSV


def _corpus(tmp_path: Path, copies: int = 2) -> Path:
    """samples/ copied, a PDF-in-disguise that fails, an empty file, in sorted order among them."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(copies):
        for f in sorted(SAMPLES.glob("*.txt")):
            (src / f"{k}_{f.name}").write_bytes(f.read_bytes())
    (src / "0_002a_fake.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4)
    (src / "1_000_empty.txt").write_bytes(b"")
    return src


def _cuts(data: bytes, n: int = 6) -> list[int]:
    """Byte positions a killed run can leave: inside lines, at line ends, none, all."""
    ends = [i + 1 for i, b in enumerate(data) if b == 0x0A]
    picks = {0, len(data), ends[0], ends[len(ends) // 2], ends[len(ends) // 2] - 7, ends[-2] + 3}
    return sorted(p for p in picks if 0 <= p <= len(data))[:n + 2]


def test_jsonl_resume_from_any_prefix_equals_an_uninterrupted_run(tmp_path):
    src = _corpus(tmp_path)
    ref = tmp_path / "ref.jsonl"
    first = batch.run_batch([str(src)], str(ref), "jsonl")
    assert first.done == 11 and len(first.failures) == 1
    want = ref.read_bytes()
    want_errors = batch.errors_file(ref, "jsonl").read_bytes()
    for cut in _cuts(want):
        out = tmp_path / f"cut{cut}.jsonl"
        out.write_bytes(want[:cut])
        again = batch.run_batch([str(src)], str(out), "jsonl", resume=True)
        assert out.read_bytes() == want, cut
        assert batch.errors_file(out, "jsonl").read_bytes() == want_errors
        assert again.skipped == want[:cut].count(b"\n")  # every complete line is kept, and only those
        assert again.skipped + again.done == 11


def test_jsonl_resume_redoes_a_changed_file_and_what_follows(tmp_path):
    src = _corpus(tmp_path, copies=1)
    out = tmp_path / "all.jsonl"
    batch.run_batch([str(src)], str(out), "jsonl")
    changed = sorted(src.glob("*.txt"))[2]
    changed.write_bytes(changed.read_bytes() + "\n附件：无\n".encode("utf-8"))
    again = batch.run_batch([str(src)], str(out), "jsonl", resume=True)
    fresh = tmp_path / "fresh.jsonl"
    batch.run_batch([str(src)], str(fresh), "jsonl")
    assert out.read_bytes() == fresh.read_bytes()
    assert again.skipped == 2  # the two documents before the changed one; the changed one and all after are redone


def test_csv_resume_from_any_prefix_equals_an_uninterrupted_run(tmp_path):
    from policyparse import sinks

    src = _corpus(tmp_path)
    ref = tmp_path / "ref.csv"
    assert batch.run_batch([str(src)], str(ref), "csv").done == 11
    tasks, documents = ref.read_bytes(), sinks.documents_file(ref).read_bytes()
    doc_ends = [i + 2 for i in range(len(documents)) if documents[i:i + 2] == b"\r\n"]
    for k in (0, 1, 3, 4, 8, len(doc_ends) - 1):
        # a killed run: documents committed up to row k, the task table somewhere past their rows
        committed = documents[: doc_ends[k]]
        kept = list(csv.reader(io.StringIO(committed.decode("utf-8-sig"), newline="")))[1:]
        rows_kept = sum(int(row[tables_out.DOCUMENT_NAMES.index("n_tasks")] or 0) for row in kept)
        task_ends = [i + 2 for i in range(len(tasks)) if tasks[i:i + 2] == b"\r\n" and tasks[:i].count(b'"') % 2 == 0]
        cut = task_ends[rows_kept] + 11 if rows_kept + 1 < len(task_ends) else len(tasks)
        out = tmp_path / f"cut{k}.csv"
        out.write_bytes(tasks[:cut])
        sinks.documents_file(out).write_bytes(committed + documents[doc_ends[k]: doc_ends[k] + 5])
        again = batch.run_batch([str(src)], str(out), "csv", resume=True)
        assert out.read_bytes() == tasks, k
        assert sinks.documents_file(out).read_bytes() == documents, k
        assert again.skipped == sum(1 for row in kept if row[1] != "failed")


def test_a_killed_cli_run_leaves_a_valid_prefix_and_resume_completes_it(tmp_path):
    """SIGKILL mid-run: the JSONL on disk is whole lines (and at most one partial); --resume finishes it."""
    import signal
    import subprocess
    import sys

    from policyparse.models import Document

    src = _corpus(tmp_path, copies=3)
    exe = [sys.executable, "-m", "policyparse.cli", "parse", str(src), "-j", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    ref = tmp_path / "ref.jsonl"
    subprocess.run([*exe, "-o", str(ref)], env=env, check=False)
    out = tmp_path / "corpus.jsonl"
    run = subprocess.Popen([*exe, "-o", str(out)], env=env)
    try:
        assert _wait_for(lambda: out.exists() and out.read_bytes().count(b"\n") >= 3, 120)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    left = out.read_bytes()
    complete = left[: left.rfind(b"\n") + 1]
    assert all(Document.model_validate_json(line) for line in complete.splitlines())
    assert ref.read_bytes().startswith(left)
    done = subprocess.run([*exe, "-o", str(out), "--resume"], env=env, capture_output=True, text=True)
    assert done.returncode == 1  # the disguised PDF fails, as in the uninterrupted run
    assert out.read_bytes() == ref.read_bytes()


# ---------------------------------------------------------------- item 11: the schema explains itself


def test_every_schema_field_has_a_description_and_enums_are_explained():
    from policyparse import output

    schema = output.json_schema()
    missing = [f"{name}.{field}" for name, model in [("Document", schema), *schema["$defs"].items()]
               for field, spec in model.get("properties", {}).items() if not spec.get("description")]
    assert missing == []
    props = {name: model["properties"] for name, model in schema["$defs"].items()}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for model, field, values in [("Responsibility", "mode", ["lead_support", "joint", "all", "listed"]),
                                  ("Section", "kind", ["preamble", "addressee", "heading", "item", "paragraph", "signature", "closing", "attachment"]),
                                  ("Deadline", "kind", ["by", "period"])]:
        described = props[model][field]["description"]
        for value in values:
            assert f"{value}:" in described, (model, field, value)
            assert f"`{value}`" in readme, value
