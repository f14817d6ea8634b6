"""The Dask engine: same guarantees as the local batch, on a real two-worker LocalCluster (loopback, processes).

One cluster for the module; one test kills a worker process in the middle of a run.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

import cloudpickle  # noqa: E402  (comes with distributed)
from distributed import Client, LocalCluster  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from policyparse import batch, output  # noqa: E402
from policyparse import dask as engine  # noqa: E402
from policyparse.cli import app  # noqa: E402
from policyparse.models import Document  # noqa: E402

# Functions of this module sent to workers (client.run) travel by value: workers cannot import tests/.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
BAD = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )
    c = Client(cluster)
    c.run(engine.parse_record, str(SAMPLES[0]))  # warm both workers up (imports, jieba, lexicons) at once
    yield c
    c.close()
    cluster.close()


@pytest.fixture
def cluster(client):
    client.wait_for_workers(2, timeout=60)  # a worker killed by an earlier test is back
    return client


def make_corpus(root: Path, copies: int = 4) -> Path:
    """The samples under other names in two folders, plus a PDF and a dangling link: 4*copies + 3 files.

    Sample 000 (garbled Traditional, ~0.5 s a parse) is copied once to keep the suite fast; the dangling
    link fails to read whatever the pipeline does.
    """
    src = root / "src"
    for sub in ("a", "b"):
        (src / sub).mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        folder = src / ("a" if k % 2 == 0 else "b")
        for f in SAMPLES:
            if k == 0 or not f.name.startswith("000_"):
                shutil.copy(f, folder / f"copy{k}_{f.name}")
    (src / "b" / "zz_report.pdf.txt").write_bytes(BAD)
    (src / "b" / "zz_gone.txt").symlink_to(src / "nowhere.txt")
    return src


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def local_jsonl(corpus, tmp_path_factory):
    """The local engine's JSONL output and error records over the same corpus: the reference."""
    out = tmp_path_factory.mktemp("local") / "corpus.jsonl"
    batch.run_batch([str(corpus)], str(out), "jsonl", jobs=1)
    errors = batch.errors_file(out, "jsonl")
    return out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8") if errors.exists() else ""


def inputs_of(corpus: Path) -> list[str]:
    return [str(p) for p in batch.discover([str(corpus)])[0]]


def jsonl_parts(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*.jsonl")))


def paths_out(out: Path) -> list[str]:
    """Every document path in the output and in errors.jsonl, with repeats."""
    done = [json.loads(line)["source"]["path"] for line in jsonl_parts(out).splitlines()]
    errors = out / "errors.jsonl"
    failed = [json.loads(line)["path"] for line in errors.read_text(encoding="utf-8").splitlines()] if errors.exists() else []
    return done + failed


def tree_bytes(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- JSONL


def test_jsonl_parts_are_the_local_output(cluster, corpus, local_jsonl, tmp_path):
    out = tmp_path / "out"
    result = engine.run([corpus], out, client=cluster, partition_size=4)
    n = len(inputs_of(corpus))
    assert len(list(out.glob("part-*.jsonl"))) == math.ceil(n / 4)
    assert jsonl_parts(out) == local_jsonl[0]  # byte-identical, in the same order
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == local_jsonl[1]
    assert [f.stage for f in result.failures if f.path.endswith("zz_gone.txt")] == ["read"]
    assert result.done + len(result.failures) == n and result.exit_code == 1
    failure = json.loads((out / "errors.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert set(failure) == set(batch.Failure.__dataclass_fields__)
    manifest = json.loads((out / "_manifest" / "part-00000.json").read_text(encoding="utf-8"))
    assert [i["path"] for i in manifest["inputs"]] == inputs_of(corpus)[:4]
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert not [p for p in out.rglob(".*")]  # no temporary files left


# ---------------------------------------------------------------- Parquet


def test_parquet_tables_flatten_the_task_table_deterministically(cluster, corpus, local_jsonl, tmp_path):
    result = engine.run([corpus], tmp_path / "one", fmt="parquet", client=cluster, partition_size=6)
    engine.run([corpus], tmp_path / "two", fmt="parquet", client=cluster, partition_size=6)
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "two")  # same bytes, run after run
    assert not list((tmp_path / "one").glob("part-*.jsonl"))

    docs = [Document.model_validate_json(line) for line in local_jsonl[0].splitlines()]
    tasks = pq.read_table(tmp_path / "one" / "tasks")
    assert tasks.column_names == output.CSV_COLUMNS
    assert all(str(tasks.schema.field(c).type.value_type) == "string" for c in ("lead_units", "support_units", "targets", "deadlines"))
    expected = [dict(zip(output.CSV_COLUMNS, row)) for d in docs for row in output.task_rows(d)]
    assert tasks.num_rows == len(expected)
    got = tasks.to_pylist()
    for row, want in zip(got, expected):
        assert ["#" + row["id"], row["document"], row["kind"], str(row["level"]), row["marker"] or "", row["title"] or ""] == [
            want[c] for c in ("id", "document", "kind", "level", "marker", "title")
        ]
        assert output.LIST_JOINER.join(row["lead_units"]) == want["lead_units"]
        assert output.LIST_JOINER.join(row["targets"]) == want["targets"]

    table = pq.read_table(tmp_path / "one" / "documents")
    assert table.num_rows == len(docs) == result.done
    first = table.slice(0, 1).to_pylist()[0]
    assert Document.model_validate_json(first["json"]) == docs[0]
    assert first["sha256"] == docs[0].source.sha256 and first["n_nodes"] == len(list(docs[0].iter_sections()))
    assert first["repair_steps"] == [s.name for s in docs[0].repair.steps]

    pd = pytest.importorskip("pandas")
    frame = pd.read_parquet(tmp_path / "one" / "tasks")
    assert len(frame) == len(expected) and list(frame.columns) == output.CSV_COLUMNS


# ---------------------------------------------------------------- --resume


def test_resume_redoes_only_changed_partitions(cluster, tmp_path):
    src = make_corpus(tmp_path, copies=4)  # 16 files + 3 = 19: partitions of 4
    out = tmp_path / "out"
    first = engine.run([src], out, client=cluster, partition_size=4)
    manifests = sorted((out / "_manifest").glob("*.json"))
    stamps = {p.name: p.stat().st_mtime_ns for p in manifests}

    changed = Path(inputs_of(src)[5])  # partition 1
    changed.write_bytes(changed.read_bytes() + "\n".encode())
    again = engine.run([src], out, client=cluster, partition_size=4, resume=True)
    assert again.skipped == 15 and again.done + len([f for f in again.failures if f.path in map(str, inputs_of(src)[4:8])]) == 4
    assert len(again.failures) == len(first.failures)  # a skipped partition keeps its failure records
    after = {p.name: p.stat().st_mtime_ns for p in sorted((out / "_manifest").glob("*.json"))}
    assert [k for k in stamps if after[k] != stamps[k]] == ["part-00001.json"]

    fresh = tmp_path / "fresh"
    engine.run([src], fresh, client=cluster, partition_size=4)
    assert tree_bytes(out) == tree_bytes(fresh)

    for f in inputs_of(src)[-7:]:  # the corpus shrinks: partitions 3 and 4 go, their files too
        os.unlink(f)
    engine.run([src], out, client=cluster, partition_size=4, resume=True)
    assert sorted(p.name for p in out.glob("part-*.jsonl")) == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert sorted(paths_out(out)) == sorted(inputs_of(src))
    assert not (out / "errors.jsonl").exists()  # the PDF was among the removed files


# ---------------------------------------------------------------- inputs


def test_list_files_only_through_the_explicit_option(tmp_path):
    src = make_corpus(tmp_path, copies=1)
    files = inputs_of(src)
    (tmp_path / "todo.lst").write_text("\n".join(os.path.relpath(f, tmp_path) for f in files[:3]) + "\n\nmissing.txt\n", encoding="utf-8")
    got, _ = engine.resolve_inputs([], lists=[tmp_path / "todo.lst"])
    assert got[:3] == [tmp_path / os.path.relpath(f, tmp_path) for f in files[:3]] and got[3].name == "missing.txt"
    (tmp_path / "todo.txt").write_text("\n".join(files[1:4]) + "\n", encoding="utf-8")  # every line an existing path
    assert engine.resolve_inputs([tmp_path / "todo.txt"])[0] == [tmp_path / "todo.txt"]  # a file argument is a document
    assert engine.resolve_inputs([tmp_path / "todo.lst"])[0] == [tmp_path / "todo.lst"]  # whatever its name
    assert engine.partition(list(range(10)), 4) == [["0", "1", "2", "3"], ["4", "5", "6", "7"], ["8", "9"]]


def test_files_no_reader_takes_are_listed_as_skipped_like_the_local_engine(cluster, tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES[1], src / "notice.txt")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))  # JPEG bytes: no reader takes them
    (src / "sub" / "table.xlsx").write_bytes(b"PK\x03\x04" + bytes(64))
    (src / ".notes.txt").write_text("hidden", encoding="utf-8")
    local = tmp_path / "local"
    expected = batch.run_batch([str(src)], str(local), "json", jobs=1).not_read
    assert sorted(Path(s.path).name for s in expected) == [".notes.txt", "photo.jpg", "table.xlsx"]

    out = tmp_path / "out"
    result = engine.run([src], out, client=cluster)
    assert result.done == 1 and result.failures == []
    assert [(s.path, s.reason) for s in result.not_read] == [(s.path, s.reason) for s in expected]
    assert all(s.reason for s in result.not_read)
    assert (out / "skipped.jsonl").read_bytes() == (local / "skipped.jsonl").read_bytes()

    for s in expected:
        os.remove(s.path)
    assert engine.run([src], out, client=cluster).not_read == []
    assert not (out / "skipped.jsonl").exists()  # a stale list does not outlive the files


def test_cli_with_dask_names_the_files_not_read(cluster, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLES[1], src / "notice.txt")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    out = tmp_path / "out"
    address = cluster.scheduler.address
    r = CliRunner().invoke(app, ["parse", str(src), "-o", str(out), "--engine", "dask", "--scheduler", address])
    assert r.exit_code == 0, r.output
    assert "1 not read (1 .jpg)" in r.output and str(out / "skipped.jsonl") in r.output
    record = json.loads((out / "skipped.jsonl").read_text(encoding="utf-8"))
    assert record["path"] == str(src / "photo.jpg") and record["reason"]


# ---------------------------------------------------------------- Python API


def test_parse_bag(cluster, corpus, local_jsonl):
    bag = engine.parse_bag([corpus], keep_text=True, partition_size=5)
    assert bag.npartitions == math.ceil(len(inputs_of(corpus)) / 5)
    docs = engine.documents(bag).compute()
    fails = engine.failures(bag).compute()
    assert [output.to_jsonl_line(d) for d in docs] == local_jsonl[0].splitlines(keepends=True)
    assert [f.to_json() for f in fails] == local_jsonl[1].splitlines(keepends=True)
    titles = engine.documents(bag).map(lambda d: d.metadata.title).frequencies().compute()
    assert sum(n for _, n in titles) == len(docs)


# ---------------------------------------------------------------- command line


def test_cli_on_a_running_scheduler(cluster, corpus, tmp_path):
    out = tmp_path / "out"
    args = ["parse", str(corpus), "-o", str(out), "--engine", "dask", "--scheduler", cluster.scheduler.address, "--format", "parquet"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # the dangling link fails, the rest is parsed
    failed = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert any("zz_gone.txt" in line for line in failed)
    assert pq.read_table(out / "documents").num_rows == len(inputs_of(corpus)) - len(failed)
    again = CliRunner().invoke(app, [*args, "--resume"])
    assert again.exit_code == 1 and f"{len(inputs_of(corpus))} skipped (--resume)" in again.output


def test_cli_starts_a_local_cluster(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for f in SAMPLES[1:4]:
        shutil.copy(f, src / f.name)
    listing = tmp_path / "todo.lst"
    listing.write_text("".join(f"src/{f.name}\n" for f in SAMPLES[1:4]), encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", "--files-from", str(listing), "-o", str(tmp_path / "out"), "--engine", "dask", "--jobs", "1"])
    assert "3 parsed" in result.output or result.exit_code == 1, result.output
    assert len(paths_out(tmp_path / "out")) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "parquet", "-o", "x"],  # parquet needs --engine dask
        ["--scheduler", "tcp://127.0.0.1:1"],  # so does --scheduler
        ["--engine", "dask"],  # no -o DIR
        ["--engine", "dask", "--format", "csv", "-o", "x"],
    ],
)
def test_cli_usage_errors(args, tmp_path):
    result = CliRunner().invoke(app, ["parse", str(SAMPLES[0]), *args])
    assert result.exit_code == 2


# ---------------------------------------------------------------- a worker dies


def _die_on_second_document(marker: str) -> None:
    """Runs in one worker: from now on, its second document kills the worker process outright."""
    from policyparse import batch as target  # the one per-document function of both engines

    original = target.process_one
    seen = []

    def dying(path, fmt, keep_text):
        seen.append(path)
        if len(seen) == 2:
            Path(marker).write_text(f"{os.getpid()} {path}\n", encoding="utf-8")
            os.kill(os.getpid(), signal.SIGKILL)
        return original(path, fmt, keep_text)

    target.process_one = dying


def test_worker_killed_mid_run_loses_nothing(cluster, corpus, local_jsonl, tmp_path):
    marker = tmp_path / "killed"
    victim = sorted(cluster.scheduler_info()["workers"])[0]
    pids_before = set(cluster.run(os.getpid).values())
    cluster.run(_die_on_second_document, str(marker), workers=[victim])
    out = tmp_path / "out"
    # no per-document limits: the document is parsed in the Dask worker itself, which dies
    result = engine.run([corpus], out, client=cluster, partition_size=2, timeout=None, max_memory_mb=None)
    assert marker.exists(), "the worker was never killed"
    assert int(marker.read_text().split()[0]) in pids_before
    assert sorted(paths_out(out)) == sorted(inputs_of(corpus))  # every document exactly once
    assert jsonl_parts(out) == local_jsonl[0]
    assert result.done + len(result.failures) == len(inputs_of(corpus))
    assert "".join(f.to_json() for f in result.failures) == local_jsonl[1]  # no partition was given up
    assert not [p for p in out.rglob(".*")]


# ---------------------------------------------------------------- per-document limits, as in the local engine


def _misbehave_by_name(install: bool) -> None:
    """Runs in every worker: from now on a document named hang/kill/memory does that (install=False undoes it)."""
    import time

    from policyparse import batch as target  # the one per-document function of both engines

    if not install:
        target.process_one = target.__dict__.get("_real_process_one", target.process_one)
        return
    target._real_process_one = original = target.__dict__.get("_real_process_one", target.process_one)

    def misbehaving(path, fmt, keep_text):
        name = Path(path).name
        if "hang" in name:
            time.sleep(60)
        if "kill" in name:
            os.kill(os.getpid(), signal.SIGKILL)
        if "memory" in name:
            bytearray(4 * 1024 * 1024 * 1024)  # 4 GB, over the 1500 MB ceiling
        return original(path, fmt, keep_text)

    target.process_one = misbehaving


def test_a_document_over_its_limits_costs_only_itself(cluster, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for f in SAMPLES[1:3]:
        shutil.copy(f, src / f"1_{f.name}")
    for bad in ("hang", "kill", "memory"):
        (src / f"0_{bad}.txt").write_text("一、总体要求\n", encoding="utf-8")
    pids_before = set(cluster.run(os.getpid).values())
    cluster.run(_misbehave_by_name, True)
    try:
        result = engine.run([src], tmp_path / "out", client=cluster, partition_size=3, timeout=5, max_memory_mb=1500)
    finally:
        cluster.run(_misbehave_by_name, False)
    kinds = {Path(f.path).name: (f.stage, f.error_type) for f in result.failures}
    assert kinds == {"0_hang.txt": ("timeout", "Timeout"), "0_kill.txt": ("worker", "WorkerDied"), "0_memory.txt": ("memory", "MemoryError")}
    assert result.done == 2
    assert sorted(paths_out(tmp_path / "out")) == inputs_of(src)  # every document exactly once
    records = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(r)["stage"] for r in records) == ["memory", "timeout", "worker"]
    assert set(cluster.run(os.getpid).values()) == pids_before  # no Dask worker died or was restarted


def test_parse_bag_holds_the_same_limits(cluster, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLES[1], src / f"1_{SAMPLES[1].name}")
    for bad in ("hang", "kill"):
        (src / f"0_{bad}.txt").write_text("一、总体要求\n", encoding="utf-8")
    pids_before = set(cluster.run(os.getpid).values())
    cluster.run(_misbehave_by_name, True)
    try:
        records = engine.parse_bag([src], timeout=5, max_memory_mb=1500).compute()
    finally:
        cluster.run(_misbehave_by_name, False)
    assert [(Path(r.path).name, r.stage) for r in records if isinstance(r, batch.Failure)] == [("0_hang.txt", "timeout"), ("0_kill.txt", "worker")]
    docs = [r for r in records if isinstance(r, Document)]
    assert [output.to_json(d) for d in docs] == [output.to_json(engine.parse_record(str(src / f"1_{SAMPLES[1].name}")))]
    assert set(cluster.run(os.getpid).values()) == pids_before
