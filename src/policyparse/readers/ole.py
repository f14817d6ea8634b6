"""Legacy Word .doc and Kingsoft WPS .wps (OLE2 compound files): read by an external program.

The binary Word format is not worth re-implementing: antiword (Debian package `antiword`) reads .doc
and most .wps files into UTF-8 text in milliseconds; LibreOffice (`soffice --headless --convert-to txt`)
reads everything, more slowly, and takes over when antiword refuses a file (some WPS ones); its text
export keeps automatic numbering and puts table cells one a line. The first one installed is used; with neither, the error names the
install step. antiword drops the markers of Word's automatic list numbering (1、 2、 … typed by no one) and
garbles wide tables (columns lost, Tibetan text dropped): when its DocBook view of the file holds an ordered
list or a table and LibreOffice is installed, LibreOffice converts the file to .docx and the DOCX reader reads
that, markers, merged cells and all (a few seconds a file, against antiword's milliseconds). Paragraphs come one a line; tables come as antiword prints them (cells between `|`),
which are turned into tab-joined rows.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import urllib.request

from policyparse.errors import CorruptFileError, EncryptedFileError, ReaderMissingError
from policyparse.models import FormatMetadata
from policyparse.readers import Block, Reader, ReadResult, render, table_count

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TIMEOUT_S = 120
INSTALL_HINT = "install antiword (`apt-get install antiword`) or LibreOffice (`apt-get install libreoffice-writer`), or save the file as .docx"
_ANTIWORD_ROW = re.compile(r"^\|(.*)\|\s*$")
# antiword's own rule between the body and the notes it prints after it (footnotes, endnotes, the text of a
# footer's page field: vy_06's “－ 2 －”): 23 hyphens on a line of their own, no part of the document
_ANTIWORD_NOTES_RULE = re.compile(r"^-{23}\n", re.M)
# an encrypted .docx/.xlsx is an OLE2 file holding this stream
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def sniff(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _format_name(path: str | None) -> str:
    return "wps" if (path or "").lower().endswith(".wps") else "doc"


def available_tool() -> str | None:
    """The program that will read .doc/.wps here: antiword, else LibreOffice, else None."""
    return "antiword" if shutil.which("antiword") else _office()


def _with_file(raw: bytes, suffix: str, fn):
    with tempfile.TemporaryDirectory(prefix="policyparse-") as tmp:
        src = os.path.join(tmp, "input" + suffix)
        with open(src, "wb") as fh:
            fh.write(raw)
        return fn(src, tmp)


def _antiword(src: str, tmp: str, path: str | None) -> str:
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    proc = subprocess.run(["antiword", "-m", "UTF-8.txt", "-w", "0", src], capture_output=True, timeout=TIMEOUT_S, env=env)
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        if "encrypt" in err.lower() or "password" in err.lower():
            raise EncryptedFileError("this Word .doc file is password-protected; save an unprotected copy and read that", path=path)
        raise CorruptFileError(f"antiword cannot read this file ({err.strip()[:200] or 'exit ' + str(proc.returncode)}); open it in Word or LibreOffice and save it as .docx", path=path)
    return proc.stdout.decode("utf-8", "replace")


def _needs_office(src: str) -> bool:
    """antiword's DocBook view marks automatically numbered paragraphs (<orderedlist>), which its text view
    prints without their numbers, and tables (<informaltable>), which its text view may garble."""
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    proc = subprocess.run(["antiword", "-x", "db", src], capture_output=True, timeout=TIMEOUT_S, env=env)
    return proc.returncode == 0 and (b"<orderedlist" in proc.stdout or b"<informaltable" in proc.stdout)


def _soffice_convert(tool: str, src: str, tmp: str, path: str | None, target: str, extension: str) -> str:
    """Convert src with LibreOffice into tmp and return the output's path. The conversion has a profile of its
    own under tmp: processes sharing the user's profile (parallel --jobs workers) lock or corrupt each other; a
    profile kept per process would outlive a worker (workers leave without running atexit), and a fresh one
    measured no slower (LibreOffice's start-up is the cost)."""
    profile = "file://" + urllib.request.pathname2url(os.path.join(tmp, "lo-profile"))
    proc = subprocess.run([tool, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                           "--outdir", tmp, src], capture_output=True, timeout=TIMEOUT_S)
    out = os.path.join(tmp, "input." + extension)
    if proc.returncode != 0 or not os.path.exists(out):
        raise CorruptFileError(f"LibreOffice cannot convert this file ({proc.stderr.decode('utf-8', 'replace').strip()[:200]}); it may be damaged or protected", path=path)
    return out


def _soffice_docx(tool: str, src: str, tmp: str, path: str | None) -> list[Block]:
    from policyparse.readers import docx

    with open(_soffice_convert(tool, src, tmp, path, "docx:MS Word 2007 XML", "docx"), "rb") as fh:
        return docx.read(fh.read(), path).blocks


def _office() -> str | None:
    return next((n for n in ("soffice", "libreoffice") if shutil.which(n)), None)


def _soffice(tool: str, src: str, tmp: str, path: str | None) -> str:
    with open(_soffice_convert(tool, src, tmp, path, "txt:Text (encoded):UTF8", "txt"), encoding="utf-8-sig", errors="replace") as fh:
        return fh.read()


def text_blocks(text: str) -> list[Block]:
    """Lines as paragraphs; runs of antiword's |cell|cell| lines as one table, a cell wrapped onto the
    next line (antiword pads cells to a fixed width) joined back."""
    blocks: list[Block] = []
    widths: list[list[bool]] = []  # per row of the current table: which cells were filled to the width
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        m = _ANTIWORD_ROW.match(line.strip())
        if not m:
            if line.strip():
                blocks.append(Block("paragraph", line.strip()))
            continue
        raw_cells = m.group(1).split("|")
        cells = [c.strip() for c in raw_cells]
        full = [_display_width(c.rstrip()) >= _display_width(c) - 1 and bool(c.strip()) for c in raw_cells]
        if blocks and blocks[-1].kind == "table":
            table = blocks[-1]
            prev = table.rows[-1]
            if _continues_row(prev, widths[-1], cells):
                table.rows[-1] = [p + c for p, c in zip(prev, cells)]
                widths[-1] = full
                continue
            table.rows.append(cells)
            widths.append(full)
        else:
            blocks.append(Block("table", rows=[cells]))
            widths = [full]
    return blocks


def without_notes_rule(text: str) -> str:
    """antiword's text without the rule it draws above the notes (the notes themselves stay: a footnote is text)."""
    return _ANTIWORD_NOTES_RULE.sub("", text) if "-" * 23 in text else text


def _display_width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _continues_row(prev: list[str], prev_full: list[bool], cells: list[str]) -> bool:
    """The line only carries on cells the line above filled to their width: a wrapped cell."""
    if len(cells) != len(prev) or not any(cells):
        return False
    return all(not c or full for c, full in zip(cells, prev_full))


def _read_with_antiword(src: str, tmp: str, path: str | None) -> tuple[list[Block], str]:
    """antiword's text, unless the file has automatic numbering or tables (LibreOffice → DOCX keeps the
    markers and the cells) or antiword refuses it (LibreOffice's text export); both only where LibreOffice is
    installed."""
    office = _office()
    if office and _needs_office(src):
        return _soffice_docx(office, src, tmp, path), office + " → docx"
    try:
        return text_blocks(without_notes_rule(_antiword(src, tmp, path))), "antiword"
    except CorruptFileError:
        if office is None:
            raise
        return text_blocks(_soffice(office, src, tmp, path)), office  # an OLE file antiword does not know (one WPS wrote)


def read(raw: bytes, path: str | None = None) -> ReadResult:
    tool = available_tool()
    fmt = _format_name(path)
    if _ENCRYPTED_PACKAGE in raw:
        raise EncryptedFileError("this Word document is password-protected (an encrypted Office package); open it with its password and save an unprotected copy", path=path)
    if tool is None:
        raise ReaderMissingError(f"reading a .{fmt} file (the old binary Word/WPS format) needs an external program: {INSTALL_HINT}", path=path)
    suffix = "." + fmt
    if tool == "antiword":
        blocks, tool = _with_file(raw, suffix, lambda src, tmp: _read_with_antiword(src, tmp, path))
    else:
        blocks = text_blocks(_with_file(raw, suffix, lambda src, tmp: _soffice(tool, src, tmp, path)))
    meta = FormatMetadata(format=fmt, reader=tool, tables=table_count(blocks))
    return ReadResult(format=meta, blocks=blocks, text=render(blocks))


READER = Reader("doc", (".doc", ".wps", ".dot"), sniff=sniff, read=read)
