"""Every lexicon the OpenCC way: one test loops over lexicons/*.tsv and holds each file to the layout
declared for it in policyparse.lexicons.LAYOUTS (header, column count, sort order, uniqueness)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.lexicons import LAYOUTS, rows

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
FILES = sorted(p.name for p in LEXICONS.glob("*.tsv"))


def test_every_lexicon_file_has_a_declared_layout_and_every_layout_a_file():
    assert FILES and set(FILES) == set(LAYOUTS)


def _data(name: str) -> list[list[str]]:
    """The rows as written: comment and blank lines aside, columns split on tabs and not stripped."""
    lines = (LEXICONS / name).read_text(encoding="utf-8").split("\n")
    return [line.split("\t") for line in lines if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("name", FILES)
def test_lexicon_is_utf8_lines_under_a_comment_header(name):
    raw = (LEXICONS / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw and raw.endswith(b"\n"), name
    assert raw.decode("utf-8").startswith("# "), f"{name}: no `# ` comment line saying what the file is for"


@pytest.mark.parametrize("name", FILES)
def test_lexicon_rows_have_the_declared_columns(name):
    layout, data = LAYOUTS[name], _data(name)
    width, least = len(layout.columns), len(layout.columns) - layout.optional
    if layout.header_row:
        assert data[0] == list(layout.columns), f"{name}: the header row is not {layout.columns}"
        data = data[1:]
    # a comment that lists the columns (`# term<TAB>mainland…`) lists the declared ones
    comments = [ln[1:].strip() for ln in (LEXICONS / name).read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    for named in (c.split("\t") for c in comments if "\t" in c):
        assert named == list(layout.columns), f"{name}: its header names {named}, LAYOUTS {layout.columns}"
    for row in data:
        assert least <= len(row) <= width, f"{name}: {len(row)} columns, not {least}..{width}: {row}"
        assert all(cell == cell.strip() for cell in row), f"{name}: blanks around a cell: {row}"
        assert all(row[: layout.key]), f"{name}: an empty key: {row}"
    assert len(rows(name)) == len(data) + layout.header_row  # the loader reads what this test reads


@pytest.mark.parametrize("name", FILES)
def test_lexicon_is_sorted_and_unique(name):
    layout = LAYOUTS[name]
    keys = [tuple(row[: layout.key]) for row in _data(name)[layout.header_row:]]
    disorder = [(a, b) for a, b in zip(keys, keys[1:]) if a >= b]
    assert not disorder, f"{name}: not sorted (code-point order) or not unique, first at {disorder[0]}"
