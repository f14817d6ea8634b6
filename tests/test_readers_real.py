"""Each reader on real files kept byte for byte (tests/real/formats): at least 99 % of the reference's
lines, and no page furniture left as a line of its own."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import regex as re

from policyparse import readers
from policyparse.readers import ole

ROOT = Path(__file__).resolve().parent / "real" / "formats"
AIM = 0.99
ROWS = list(csv.DictReader(open(ROOT / "sources.tsv", encoding="utf-8"), delimiter="\t"))
_WS = re.compile(r"\s+")


def _file(row: dict) -> Path:
    return next(p for p in (ROOT / row["format"]).glob(row["id"] + ".*") if not p.name.endswith(".txt"))


def _norm(s: str) -> str:
    return _WS.sub("", s)


def _read(row: dict):
    if row["format"] in ("doc", "wps") and ole.available_tool() is None:
        pytest.skip("no antiword or LibreOffice here: apt-get install antiword")
    path = _file(row)
    return readers.read(path.read_bytes(), str(path))


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_reader_holds_the_reference_lines(row):
    result = _read(row)
    assert result.format.format == row["format"]  # by the bytes, whatever the name says
    out = [_norm(line) for line in result.text.splitlines() if line.strip()]
    ref = [line for line in (ROOT / row["format"] / f"{row['id']}.ref.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = [line for line in ref if not any(_norm(line) in o for o in out)]
    assert 1 - len(missing) / len(ref) >= AIM, missing[:10]


@pytest.mark.parametrize("row", [r for r in ROWS if (ROOT / r["format"] / f"{r['id']}.furniture.txt").exists()], ids=lambda r: r["id"])
def test_no_page_furniture_is_left(row):
    result = _read(row)
    furniture = {_norm(line) for line in (ROOT / row["format"] / f"{row['id']}.furniture.txt").read_text(encoding="utf-8").splitlines() if line.strip()}
    left = [line for line in result.text.splitlines() if _norm(line) in furniture]
    assert not left
    assert result.format.furniture.removed >= len(furniture) or row["format"] != "pdf"


def test_word_automatic_numbering_in_a_real_file_is_rendered():
    """gm_caigou_hetong_numbering: the 二、 of 二、质量标准及要求 is nowhere in the text, only in numbering.xml
    (chineseCounting, %1、, start 2); the headings typed around it stay as typed, each once."""
    path = ROOT / "docx" / "gm_caigou_hetong_numbering.docx"
    body = zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("word/document.xml").decode("utf-8")
    assert "质量标准及要求" in body and "二、" not in body
    lines = readers.read(path.read_bytes(), str(path)).text.splitlines()
    assert "二、质量标准及要求" in lines
    headings = [line for line in lines if re.match(r"^[一二三四五六七]、", line)]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、", "六、", "七、"]  # 四、五、 are missing in the contract itself


def _python_docx_texts(path: Path) -> list[str]:
    """Every paragraph and table cell python-docx finds (it renders no numbering: markers are not in them)."""
    docx = pytest.importorskip("docx")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [t for t in (_norm(t) for t in texts) if t]


@pytest.mark.parametrize("row", [r for r in ROWS if r["format"] == "docx"], ids=lambda r: r["id"])
def test_docx_reader_finds_what_python_docx_finds(row):
    """A second, independent extractor: each paragraph and cell python-docx reads is in the reader's text."""
    path = _file(row)
    expected = _python_docx_texts(path)
    out = _norm(_read(row).text)
    missing = [t for t in expected if t not in out]
    assert 1 - len(missing) / len(expected) >= AIM, missing[:5]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("row", [r for r in ROWS if r["format"] == "pdf"], ids=lambda r: r["id"])
def test_pdf_reader_finds_what_pdftotext_finds(row):
    """pdftotext's lines, page furniture aside, are in the reader's text (a line may be part of a joined paragraph)."""
    path = _file(row)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    furniture_file = ROOT / "pdf" / f"{row['id']}.furniture.txt"
    furniture = {_norm(x) for x in furniture_file.read_text(encoding="utf-8").splitlines()} if furniture_file.exists() else set()
    expected = [n for n in (_norm(x) for x in text.splitlines()) if n and n not in furniture]
    out = _norm(_read(row).text)
    missing = [t for t in expected if t not in out]
    assert 1 - len(missing) / len(expected) >= AIM, missing[:5]


def test_every_format_has_real_files():
    formats = [r["format"] for r in ROWS]
    assert all(formats.count(f) >= 5 for f in ("pdf", "docx", "doc"))
    assert formats.count("ofd") >= 2
    assert all(_file(r).exists() for r in ROWS)


def test_no_file_comes_from_a_reserved_source():
    reserved = ROOT.parents[3] / "shared" / "reserved-sources.txt"
    if not reserved.exists():
        reserved = Path("/work/shared/reserved-sources.txt")
    if not reserved.exists():
        pytest.skip("reserved-sources.txt not found")
    names = {line.strip() for line in reserved.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    assert not [r["id"] for r in ROWS if r["repository"] in names]
