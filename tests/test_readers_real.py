"""Each reader on real files kept byte for byte (tests/real/formats): at least 99 % of the reference's
lines, and no page furniture left as a line of its own."""

from __future__ import annotations

import csv
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
