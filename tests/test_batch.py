"""Batch runs never die: bad input gets a clear per-file error or a valid document, and nothing hangs."""

from __future__ import annotations

import json
import os
import signal
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

import policyparse
from policyparse import batch
from policyparse.errors import FormatError, PolicyParseError
from policyparse.models import Document

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@contextmanager
def must_finish_within(seconds: int):
    """Fail (instead of hanging the suite) if the block runs away; not a timing assertion."""

    def bail(signum, frame):
        raise AssertionError(f"did not finish within {seconds} s: catastrophic backtracking or a loop?")

    old = signal.signal(signal.SIGALRM, bail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def zip_bytes(tmp_path: Path) -> bytes:
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return z.read_bytes()


BINARIES = {
    "report.pdf.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8,
    "image.png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "photo.jpg.txt": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8,
    "old.doc.txt": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048,
}


# formats a reader takes (issue 11): broken copies of them get the reader's named error
READ_FORMATS = {"report.pdf.txt", "old.doc.txt"}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_files_get_a_clear_error(name):
    with pytest.raises(PolicyParseError) as info:
        policyparse.parse(BINARIES[name])
    if name in READ_FORMATS:
        assert info.value.stage == "read"
        assert isinstance(info.value, FormatError)
    else:
        assert info.value.stage == "decode"
        assert "not a text" in str(info.value)


def test_a_damaged_docx_gets_the_readers_error(tmp_path):
    # a ZIP holding word/document.xml is a Word document; this one's XML is broken (issue 11)
    with pytest.raises(FormatError, match="damaged"):
        policyparse.parse(zip_bytes(tmp_path))


@pytest.mark.parametrize("content", [b"", b"   \n\n  \r\n", "\ufeff".encode("utf-8")])
def test_empty_files_give_valid_empty_documents(content):
    doc = policyparse.parse(content)
    assert doc.sections == []
    Document.model_validate_json(doc.model_dump_json())


def test_pathological_inputs_complete():
    inputs = {
        "one 5 MB line": ("科普工作要点，到2025年达到18.5%，" * 180_000).encode("utf-8"),
        "ten thousand nested brackets": ("（" * 10_000 + "市科协" + "）" * 10_000).encode("utf-8"),
        "ascii nested brackets": ("(" * 10_000 + "a" + ")" * 10_000).encode("utf-8"),
        "only markers": ("一、" * 100_000).encode("utf-8"),
        "only marker lines": ("一、\n（一）\n1.\n（1）\n" * 20_000).encode("utf-8"),
        "responsibility notes without end": ("（牵头单位：" + "市教育局、" * 50_000).encode("utf-8"),
        "question marks between han": ("科?" * 500_000).encode("utf-8"),
        # 32,000 lines opening alike: repair/noise's excerpt step asked each earlier line of an opening in turn (main
        # before the fix: 144 s; after: 4 s)
        "many similar note lines": "".join(
            "（牵头单位：市教育局，配合单位：市财政局、市人力资源和社会保障局）推进第%d项重点工作任务落实到位。\n" % i
            for i in range(32_000)).encode("utf-8"),
        # one line of entries each closed by a note its source cut off (vc_03: …。（省人力资源社（一）…): repair's
        # _note_runs_on scanned for labels from the paragraph's start at every glued marker (main before the fix, 200 K
        # characters: 14 s; after: 0.7 s)
        "entries with cut notes": ("（一）促进高校毕业生就业见习补贴可提高10%。（省人力资源社" * 6_000).encode("utf-8"),
        # the same with no stop at all, and a name list's entries so (robust7): _note_runs_on and _name_list_runs_on
        # searched the paragraph from its start at every glued marker (main before the fix, 195 K / 189 K characters:
        # 8.3 s / 17.0 s CPU; after: 0.4 s / 0.2 s)
        "entries with cut notes, no stop": ("（一）促进高校毕业生就业见习补贴可提高10%（省人力资源社" * 6_700).encode("utf-8"),
        "name list entries, no stop": ("一、陕西省铜川煤炭基建公司山西省某某公司（省人力资源社" * 7_000).encode("utf-8"),
        # the forms session 25's rules read, repeated on one line with no line break (each check bounded: under 2 s)
        "session 25 forms": ("联系方式：0311-66908801河北省人力资源和社会保障厅河北省发展和改革委员会2022年12月30日"
                             "补贴标准为每人每月300元、400元、资助对象每人每月400元，很多土建工程2025年底前无法完成，"
                             "截至8月底通报分析，启动阶段2024年4月1日至2024年12月31日，于2023年10月18日有效期届满后继续实施，"
                             "省属高等学校和科研院所主管部门负责，可在投产后每年从营业利润中提取不低于5%的比例，"
                             "规定比例从70%提高至100%，" * 1_000).encode("utf-8"),
        # the forms session 26's rules read (vg, vd, vf, goals9: a criteria table's head read back 1,500 characters, a
        # flat grant per firm, a told rise, a limit from the event, a projects list, a year between commas, a whole-year
        # label, a charge after a labelled note), on one line: linear (review7: 1.2 / 2.3 / 4.7 MB took 1.5 / 3.0 / 5.8 s CPU;
        # the plain form of the 5 MB line above, 0.9 / 1.8 / 3.6 MB: 0.6 / 1.2 / 2.4 s)
        "session 26 forms": ("表2主要评价指标序号指标名称指标内容权重1设计费用投入团队人员数量应达到20人以上，"
                             "对新认定的企业每家给予10万元后补助，内需对增长贡献率升至82.9%，原则上距离事件发生不超过1小时，"
                             "推进宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目，实施打通工程，2018年，打通一批断头路，"
                             "（责任单位：市发改委，完成时限：贯穿全年）各地要抓好落实，（责任单位：市财政局）各地区、各部门要提高认识，"
                             "每年开展一次行政执法群众满意度第三方评估，力争每个设区市建立一个科技创业投资机构，"
                             "高质量落实省支持滨州30条措施，政策审批期限截至2017年底，纳入年底效能目标考核体系，"
                             * 1_000).encode("utf-8"),
        # a 转发 notice's own items, its signature, then 32,000 lines of the plan it transmits before that plan's first
        # heading (vf_01's form): tree's _under_body_signature read back over every preamble already made at each line
        # (review7: main before the fix 8.9 s CPU; after 1.2 s)
        "a transmitted plan's long opening under the signature": (
            "各市人民政府：\n省工业和信息化厅《某省若干措施》已经省政府同意，现转发给你们，请认真贯彻执行。\n"
            "一、提高政治站位。各级各有关部门要加强领导。\n二、强化政策支持。各级各有关部门要抓好落实。\n"
            "某省人民政府办公厅\n2022年2月26日\n某省若干措施\n省工业和信息化厅\n"
            + "为深入贯彻落实党中央决策部署，促进产业高质量发展，制定如下措施。\n" * 32_000
            + "一、提升研发创新能力\n（一）增强行业创新能力。鼓励企业加大研发投入。\n").encode("utf-8"),
        # 30,000 附件 labels under the signature, each repeating its name on the line below (vj_02's form of an
        # attached notice, over and over): metadata's _add_names compared every name with every one listed before it
        # (review8: main before the fix, 5,000 / 10,000 labels: 2.9 / 10.0 s CPU, quadratic; after 10,000: 1.7 s)
        "thousands of attachment labels": ("某县人民政府\n2020年1月1日\n" + "".join(
            f"附件：某某县工作实施方案第{k}（某办〔2019〕{k}号）\n某某县工作实施方案第{k}\n各乡镇人民政府：\n为推进工作，现提出如下意见。\n"
            for k in range(1, 30_001))).encode("utf-8"),
        # 30,000 附件 labels under the signature, each naming a file of its own (….docx) after a list was read (vh_05's
        # form of a site's download link, over and over): metadata's _restates_as_file compared each file's name with
        # every name listed before it (review9: main before the fix, 10,000 labels: 8.5 s CPU, quadratic; after 1.4 s)
        "thousands of labels naming files": ("某县人民政府\n2020年1月1日\n附件：某某县就业见习单位申请表汇总\n" + "".join(
            f"附件：第{k}号某某县就业见习单位申请表.docx\n各乡镇人民政府：\n为推进工作，现提出如下意见。\n"
            for k in range(1, 30_001))).encode("utf-8"),
    }
    for name, raw in inputs.items():
        with must_finish_within(60):
            doc = policyparse.parse(raw)
        Document.model_validate_json(doc.model_dump_json()), name


def test_batch_survives_every_kind_of_bad_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes((SAMPLES / "002_d1be8f63f2575b76.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    for name, raw in BINARIES.items():
        (src / name).write_bytes(raw)
    (src / "loop").symlink_to(src)  # a directory symlink loop: must not recurse forever
    (src / "self.txt").symlink_to(src / "self.txt")  # a symlink that points at itself
    (src / "dangling.txt").symlink_to(src / "gone.txt")
    out = tmp_path / "out"
    with must_finish_within(120):
        result = batch.run_batch([str(src)], str(out), "json", jobs=2)
    failed = {Path(f.path).name: f for f in result.failures}
    assert set(failed) == set(BINARIES) | {"self.txt", "dangling.txt"}
    assert all(f.message for f in failed.values())
    assert result.done == 2
    assert (out / "good.json").exists() and (out / "empty.json").exists()
    records = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {Path(r["path"]).name for r in records} == set(failed)
    assert all(set(r) == {"path", "stage", "error_type", "message", "code"} for r in records)
    assert all(r["code"].startswith("PP") and r["code"] != "PP999" for r in records)


def test_output_is_byte_identical_whatever_the_jobs(tmp_path):
    outs = {}
    for jobs in (1, 2):
        out = tmp_path / f"all{jobs}.jsonl"
        result = batch.run_batch([str(SAMPLES)], str(out), "jsonl", jobs=jobs)
        assert result.exit_code == 0
        outs[jobs] = out.read_bytes()
    assert outs[1] == outs[2]
    assert outs[1].count(b"\n") == 5


def test_resume_skips_documents_already_done(tmp_path):
    out = tmp_path / "out"
    first = batch.run_batch([str(SAMPLES)], str(out), "json", jobs=1)
    assert first.done == 5
    stale = out / "003_14cb61e292b896cd.json"
    stale.write_text(stale.read_text(encoding="utf-8").replace('"sha256": "', '"sha256": "0', 1), encoding="utf-8")
    again = batch.run_batch([str(SAMPLES)], str(out), "json", jobs=1, resume=True)
    assert (again.skipped, again.done) == (4, 1)
    assert json.loads(stale.read_text(encoding="utf-8"))["source"]["sha256"] != "0"


def test_no_temporary_files_are_left_behind(tmp_path):
    out = tmp_path / "out"
    batch.run_batch([str(SAMPLES)], str(out), "json", jobs=2)
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]


def test_unreadable_paths_are_named_with_their_reason(tmp_path):
    result = batch.run_batch([str(tmp_path / "missing.txt")], str(tmp_path / "out"), "json")
    assert result.failures[0].stage == "read"
    assert "no such file" in result.failures[0].message


def test_twenty_megabyte_single_line_file(tmp_path):
    src = tmp_path / "huge.txt"
    line = "各地要加强科普工作，到2025年全市公民具备科学素质的比例达到18.5%（牵头单位：市科协，责任单位：市教育局）。"
    src.write_bytes((line * (20_000_000 // len(line.encode("utf-8")) + 1)).encode("utf-8"))
    assert src.stat().st_size >= 20_000_000
    out = tmp_path / "out.jsonl"
    with must_finish_within(180):
        result = batch.run_batch([str(src)], str(out), "jsonl", jobs=1, keep_text=False)
    assert result.exit_code == 0
    doc = Document.model_validate_json(out.read_text(encoding="utf-8"))
    assert doc.source.size_bytes == src.stat().st_size


def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    os.mkfifo(src / "pipe.txt")
    (src / "good.txt").write_text("一、总体要求\n", encoding="utf-8")
    with must_finish_within(30):
        result = batch.run_batch([str(src)], str(tmp_path / "out"), "json")
    assert [Path(f.path).name for f in result.failures] == ["pipe.txt"]
    assert "not a regular file" in result.failures[0].message
    assert result.done == 1


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    """Set and dict order must not leak into the output: two processes with different PYTHONHASHSEED agree."""
    import subprocess
    import sys

    exe = str(Path(sys.executable).with_name("policyparse"))
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([exe, "parse", str(SAMPLES), str(ROOT / "tests" / "corpus"), "-f", "jsonl", "-o", str(out), "-q"], check=True, env=env)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
