"""Lexicon loader: UTF-8 text files, one entry a line, `#` comments, tab-separated columns.

Lexicons ship inside the package (``policyparse/lexicons``); in a source checkout they are read
from the repository's top-level ``lexicons/`` directory. Each file is parsed once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from policyparse.errors import LexiconError

_REPO_LEXICONS = Path(__file__).resolve().parents[2] / "lexicons"


@dataclass(frozen=True)
class Layout:
    """The columns of one lexicon file, declared here once (tests/test_lexicons.py holds every file to it).

    Every file starts with a `#` comment saying what it is for; its rows are sorted, in code-point order,
    by their first `key` columns, which are unique. A row has all `columns`, or leaves out the last `optional`.
    """

    columns: tuple[str, ...]
    optional: int = 0
    key: int = 1
    header_row: bool = False  # the first row is the column names, not an entry


LAYOUTS: dict[str, Layout] = {
    "aid_words.tsv": Layout(("word", "kind")),
    "common_han.tsv": Layout(("simplified", "traditional")),
    "doc_types.tsv": Layout(("word", "type"), optional=1),
    "field_labels.tsv": Layout(("label", "field", "rank", "page"), optional=1),
    "glyph_variants.tsv": Layout(("variant", "standard", "note")),
    "goal_verbs.tsv": Layout(("verb",)),
    "making_verbs.tsv": Layout(("verb",)),
    "measure_words.tsv": Layout(("measure",)),
    "national_short_forms.tsv": Layout(("form",)),
    "regional_terms.tsv": Layout(("term", "mainland", "not_before", "not_after", "region")),
    "section_titles.tsv": Layout(("title",)),
    "sentence_openers.tsv": Layout(("word",)),
    "start_verbs.tsv": Layout(("verb",)),
    "step_verbs.tsv": Layout(("word",)),
    "t2s_exceptions.tsv": Layout(("traditional", "mainland", "note")),
    "table_headers.tsv": Layout(("name",)),
    "task_column_words.tsv": Layout(("word", "kind")),
    "task_columns.tsv": Layout(("name", "role")),
    "task_verbs.tsv": Layout(("word",)),
    "topics.tsv": Layout(("topic",)),
    "unit_suffixes.tsv": Layout(("suffix",)),
    "units.tsv": Layout(("canonical", "aliases", "level", "kind")),
    "web_furniture.tsv": Layout(("fragment",)),
    "web_noise.tsv": Layout(("pattern", "match", "scope"), key=2, header_row=True),
}


def lexicon_dir() -> Path:
    """Directory holding the lexicon files (installed package first, then the source tree)."""
    packaged = resources.files("policyparse") / "lexicons"
    if packaged.is_dir():
        return Path(str(packaged))
    if _REPO_LEXICONS.is_dir():
        return _REPO_LEXICONS
    raise LexiconError("lexicon directory not found; reinstall policyparse (the wheel ships policyparse/lexicons)")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of lexicon `name` (e.g. "units.tsv"): comments and blank lines dropped, columns split on tabs."""
    path = lexicon_dir() / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(f"lexicon {name} is missing from {path.parent}") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"lexicon {name} is not UTF-8 ({exc}); re-save it as UTF-8") from None
    out = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(col.strip() for col in line.rstrip("\n").split("\t")))
    return tuple(out)


@cache
def entries(name: str) -> tuple[str, ...]:
    """First column of each row: for one-entry-a-line lexicons."""
    return tuple(r[0] for r in rows(name))
