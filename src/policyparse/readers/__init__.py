"""Stage 0, readers: the one seam for input formats.

Each format is recognised here, by its bytes first (magic numbers, the parts a ZIP holds) and its file
name second, and read by one reader that returns the same thing: ordered blocks (paragraphs; tables as
rows of cells), page furniture set aside, and typed format metadata (``models.FormatMetadata``).

Binary formats (PDF, DOCX, OFD, DOC/WPS) render their blocks to text — one paragraph a line, a table
row a line with its cells joined by a tab, the form HTML tables already take — and that text goes through
repair like any other, so every span indexes the one repaired text. Text, HTML and Markdown are read by
today's decode + HTML path inside repair: their reader passes the bytes on (``ReadResult.text is None``).

A new format is one new module with a ``READER`` and one entry in ``_readers()``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from policyparse.errors import UnsupportedFormatError
from policyparse.models import FormatMetadata, Furniture

BlockKind = Literal["paragraph", "table", "furniture"]
HEAD_BYTES = 4096  # what reader_for looks at: enough for every magic number and a ZIP's first part name
MAX_FURNITURE_EXAMPLES = 5


@dataclass
class Block:
    """One unit of a document in reading order: a paragraph's text, or a table's rows of cells.
    Furniture blocks (running headers, page numbers) are kept, set aside, never rendered."""

    kind: BlockKind
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    page: int | None = None


@dataclass
class ReadResult:
    """What a reader gives: blocks and format metadata; `text` is the blocks rendered (None when the
    bytes go on to repair's decoder, as text and HTML do)."""

    format: FormatMetadata
    blocks: list[Block] = field(default_factory=list)
    text: str | None = None


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]  # does this head of a file look like the format?
    read: Callable[[bytes, str | None], ReadResult]
    binary: bool = True


def _readers() -> list[Reader]:
    # imported here: each reader module pulls in its own library only when the registry is first used
    from policyparse.readers import docx, ole, ofd, pdf, text

    return [pdf.READER, docx.READER, ofd.READER, ole.READER, text.READER]


_CACHE: list[Reader] = []


def readers() -> list[Reader]:
    """Every reader, binary formats first; the text reader comes last and takes whatever is left."""
    if not _CACHE:
        _CACHE.extend(_readers())
    return _CACHE


def known_suffixes() -> tuple[str, ...]:
    """File name endings some reader takes (lower case, with the dot): the batch's list of file kinds."""
    return tuple(s for r in readers() for s in r.suffixes)


def _suffix(path: str | os.PathLike | None) -> str:
    return os.path.splitext(str(path or ""))[1].lower()


def reader_for(path: str | os.PathLike | None, head_bytes: bytes) -> Reader | None:
    """The reader for a file: by its bytes first (a binary format's magic), then by its name.
    None when neither says anything a reader takes (e.g. `notes.xlsx` with ZIP bytes of a spreadsheet)."""
    for r in readers():
        if r.binary and r.sniff(head_bytes):
            return r
    suffix = _suffix(path)
    by_name = next((r for r in readers() if suffix in r.suffixes), None)
    if _looks_binary_container(head_bytes) and (by_name is None or not by_name.binary):
        return None  # a ZIP or OLE file no reader claims: a text name cannot make it readable
    if by_name is not None and by_name.binary and not _looks_binary_container(head_bytes) and _textual(head_bytes):
        # text under a binary name (a crawler saved the site's HTML error page as notice.pdf): the bytes win
        return next(r for r in readers() if not r.binary)
    return by_name


def _textual(head: bytes) -> bool:
    return bool(head.strip()) and b"\x00" not in head[:1024] and not head.startswith(b"%PDF")


def _looks_binary_container(head: bytes) -> bool:
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))


def skip_reason(path: str | os.PathLike, head_bytes: bytes) -> str | None:
    """Why a file found in a folder is not read (None when some reader takes it)."""
    if reader_for(path, head_bytes) is not None:
        return None
    if head_bytes.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "a ZIP archive that is neither a Word .docx nor an OFD document (no reader takes it)"
    suffix = _suffix(path) or "(no suffix)"
    return f"no reader for '{suffix}' files (readers take {', '.join(known_suffixes())})"


def read(raw: bytes, path: str | None = None) -> ReadResult:
    """Recognise the format of `raw` and read it."""
    head = raw[:HEAD_BYTES]
    reader = _zip_reader(raw) if head.startswith(b"PK\x03\x04") else None
    reader = reader or reader_for(path, head)
    if reader is None:
        if _looks_binary_container(head):
            raise UnsupportedFormatError(skip_reason(path or "", head) or "no reader takes this file", path=path)
        from policyparse.readers import text

        reader = text.READER  # an unknown name with text bytes: the decoder decides what it is
    result = reader.read(raw, path)
    if result.text is None and result.blocks:
        result.text = render(result.blocks)
    return result


def _zip_reader(raw: bytes) -> Reader | None:
    """A ZIP's kind from its central directory (the whole file is at hand): DOCX or OFD."""
    import io
    import zipfile

    try:
        names = {n.lstrip("/").lower() for n in zipfile.ZipFile(io.BytesIO(raw)).namelist()}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None  # damaged: the name decides, and that reader reports the damage
    by_name = {r.name: r for r in readers()}
    if "word/document.xml" in names:
        return by_name["docx"]
    if "ofd.xml" in names:
        return by_name["ofd"]
    return None


# ---------------------------------------------------------------- rendering


def render(blocks: list[Block]) -> str:
    """Blocks as text: one paragraph a line; a table row a line, its cells joined by a tab (empty cells
    kept in place, trailing empty cells dropped), a blank line around each table. Furniture is left out."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "paragraph":
            line = b.text.strip()
            if line:
                out.append(line)
        elif b.kind == "table":
            rows = [row for row in (_row_line(r) for r in b.rows) if row]
            if rows:
                if out and out[-1]:
                    out.append("")
                out.extend(rows)
                out.append("")
    text = "\n".join(out).strip("\n")
    return text + "\n" if text else ""


def _row_line(cells: list[str]) -> str:
    cells = [" ".join(c.split()) for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells) if any(cells) else ""


def furniture_report(blocks: list[Block]) -> Furniture:
    lines = [b.text for b in blocks if b.kind == "furniture" and b.text.strip()]
    examples: list[str] = []
    for line in lines:
        if line not in examples and len(examples) < MAX_FURNITURE_EXAMPLES:
            examples.append(line)
    return Furniture(removed=len(lines), examples=examples)


def table_count(blocks: list[Block]) -> int:
    return sum(1 for b in blocks if b.kind == "table" and any(any(c.strip() for c in r) for r in b.rows))
