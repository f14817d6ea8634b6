"""Word .docx: the body's paragraphs and tables in order, read straight from the package's XML.

Read with zipfile + the standard library's ElementTree rather than python-docx, because what a notice
needs is what python-docx leaves out: it renders no automatic numbering (一、 （一） 1. live in
numbering.xml, not in the text), does not read text boxes, repeats a merged cell's text in every cell it
covers, and refuses a package whose relationships point at missing parts. Reading the XML directly
handles each of these in a few lines and adds no dependency.

- Numbering: a paragraph's numPr (or its style's, through basedOn) names a numbering instance and level;
  the level's lvlText (%1、 / （%2） / %3.) is filled with counters kept per instance (instances of one
  abstract definition share counters unless they restart with a startOverride), a level's counter
  resetting when a shallower level advances. numFmt gives the digits: chineseCounting 一, decimal 1,
  ideographTraditional 甲, decimalEnclosedCircle ①, letters, roman numerals. Bullets render no marker.
- Tables: one row a line; a cell spanning columns (gridSpan) is read once and followed by empty cells, a
  cell continuing a vertical merge (vMerge) is empty, so the columns stay aligned and nothing repeats.
- Text boxes (w:txbxContent): read once (the DrawingML choice, not its VML fallback), after the
  paragraph that anchors them.
- Headers, footers, footnotes and comments are other parts and are never read; deleted revisions,
  field instructions and hidden text are skipped.
- Relationships: the main part's location is taken from them (a missing or broken one falls back to the
  usual part names), and the parts a body's altChunk elements import.
- Imported chunks (w:altChunk): a Word file saved by a site that pasted a web page into it (the national
  law database's downloads) holds its whole text in an imported part, an MHT (MIME, quoted-printable) or
  HTML page, and nothing in document.xml; the chunk's HTML is passed on as a paragraph of the text, and
  repair's HTML step reads it as it reads a saved page.
"""

from __future__ import annotations

import email
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from policyparse.errors import CorruptFileError
from policyparse.models import FormatMetadata
from policyparse.readers import Block, Reader, ReadResult, furniture_report, render, table_count
from policyparse.readers._xml import local, parse_xml
from policyparse.readers._zip import find_name, open_zip, read_member

KIND = "Word .docx"
_OFFICE_DOC = "/officeDocument"


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and b"word/" in head


def _attr(el: ET.Element | None, name: str) -> str | None:
    """An attribute by local name (w:val, r:id …) whatever its namespace (transitional or strict)."""
    if el is None:
        return None
    for key, value in el.attrib.items():
        if local(key) == name:
            return value
    return None


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    if el is None:
        return None
    for c in el:
        if local(c.tag) == name:
            return c
    return None


def _on(el: ET.Element | None) -> bool:
    """A toggle property (w:vanish, w:isLgl): present and not switched off."""
    return el is not None and (_attr(el, "val") or "true").lower() not in ("0", "false", "off")


# ---------------------------------------------------------------- numbering


_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_number(n: int, digits: str = _CN_DIGITS, ten: str = "十") -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (as Word's chineseCounting writes them)."""
    if n <= 0:
        return digits[0]
    if n < 10:
        return digits[n]
    if n < 20:
        return ten + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + ten + (digits[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else (digits[0] + digits[rest] if rest < 10 else (digits[1] + chinese_number(rest, digits, ten) if rest < 20 else chinese_number(rest, digits, ten)))
        return digits[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb …
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _digits_in(alphabet: str, n: int) -> str:
    return "".join(alphabet[int(d)] for d in str(n))


def _enclosed(first: int, n: int, fallback: str) -> str:
    # Unicode has the enclosed forms for 1–20 only; past them Word's own text form
    return chr(first + n - 1) if 0 < n <= 20 else fallback


def _circled(n: int) -> str:
    return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)


# Word's number formats (numFmt) by name, each turning a counter into its visible form
_NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    **dict.fromkeys(
        ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting"),
        chinese_number,
    ),
    **dict.fromkeys(
        ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"),
        lambda n: _digits_in("〇一二三四五六七八九", n),
    ),
    "chineseLegalSimplified": lambda n: chinese_number(n, _CN_LEGAL, "拾"),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10],
    "ideographZodiac": lambda n: _DIZHI[(n - 1) % 12],
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: _enclosed(0x2474, n, f"({n})"),
    "decimalEnclosedFullstop": lambda n: _enclosed(0x2488, n, f"{n}."),
    "decimalFullWidth": lambda n: _digits_in("０１２３４５６７８９", n),
    "decimalFullWidth2": lambda n: _digits_in("０１２３４５６７８９", n),
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
    "bullet": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (numFmt); decimal for decimal and anything unknown."""
    formatter = _NUMBER_FORMATS.get(fmt)
    return formatter(n) if formatter else str(n)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    restart: int | None = None  # lvlRestart: the level (1-based) whose advance resets this one
    legal: bool = False


@dataclass
class Numbering:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, start overrides)
    counters: dict[object, dict[int, int]] = field(default_factory=dict)

    def marker(self, num_id: str, ilvl: int) -> str:
        """The visible marker of the next paragraph numbered (num_id, ilvl); advances the counters."""
        if num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet":
            return ""
        key: object = num_id if overrides else ("abstract", abstract_id)
        counts = self.counters.setdefault(key, {})
        start = overrides.get(ilvl, level.start)
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            lvl = levels.get(deeper)
            if lvl is None or lvl.restart is None or lvl.restart > 0:
                del counts[deeper]

        def fill(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lvl = levels.get(k, Level())
            n = counts.get(k, overrides.get(k, lvl.start))
            return format_number(n, "decimal" if level.legal and lvl.fmt != "decimal" else lvl.fmt)

        marker = re.sub(r"%([1-9])", fill, level.text)
        if not marker.strip():
            return ""
        if level.suffix != "nothing" and re.search(r"[\w\u4e00-\u9fff]$", marker):
            marker += " "  # 第一条 正文: a tab or space after a marker that ends in a word
        return marker


def _read_levels(abstract: ET.Element) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for lvl in abstract:
        if local(lvl.tag) != "lvl":
            continue
        try:
            ilvl = int(_attr(lvl, "ilvl") or 0)
        except ValueError:
            continue
        level = Level()
        start = _attr(_child(lvl, "start"), "val")
        level.start = int(start) if start and start.lstrip("-").isdigit() else 1
        level.fmt = _attr(_child(lvl, "numFmt"), "val") or "decimal"
        text = _child(lvl, "lvlText")
        level.text = _attr(text, "val") if text is not None and _attr(text, "val") is not None else ""
        level.suffix = _attr(_child(lvl, "suff"), "val") or "tab"
        restart = _attr(_child(lvl, "lvlRestart"), "val")
        level.restart = int(restart) if restart and restart.isdigit() else None
        level.legal = _on(_child(lvl, "isLgl"))
        levels[ilvl] = level
    return levels


def read_numbering(root: ET.Element | None) -> Numbering:
    numbering = Numbering()
    if root is None:
        return numbering
    for el in root:
        name = local(el.tag)
        if name == "abstractNum":
            numbering.abstract[_attr(el, "abstractNumId") or ""] = _read_levels(el)
        elif name == "num":
            overrides: dict[int, int] = {}
            for o in el:
                if local(o.tag) == "lvlOverride":
                    start = _attr(_child(o, "startOverride"), "val")
                    if start and start.isdigit():
                        overrides[int(_attr(o, "ilvl") or 0)] = int(start)
            numbering.nums[_attr(el, "numId") or ""] = (_attr(_child(el, "abstractNumId"), "val") or "", overrides)
    return numbering


def read_style_numbering(root: ET.Element | None) -> dict[str, tuple[str, int]]:
    """styleId -> (numId, ilvl) for paragraph styles that number their paragraphs (through basedOn)."""
    if root is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in root:
        if local(st.tag) != "style":
            continue
        sid = _attr(st, "styleId") or ""
        num_pr = _child(_child(st, "pPr"), "numPr")
        if num_pr is not None:
            ilvl = _attr(_child(num_pr, "ilvl"), "val")
            own[sid] = (_attr(_child(num_pr, "numId"), "val"), int(ilvl) if ilvl and ilvl.isdigit() else None)
        parent = _attr(_child(st, "basedOn"), "val")
        if parent:
            based[sid] = parent
    out: dict[str, tuple[str, int]] = {}
    for sid in set(own) | set(based):
        num_id, ilvl, seen, cur = None, None, set(), sid
        while cur and cur not in seen:
            seen.add(cur)
            n, i = own.get(cur, (None, None))
            num_id = num_id if num_id is not None else n
            ilvl = ilvl if ilvl is not None else i
            cur = based.get(cur)
        if num_id and num_id != "0":
            out[sid] = (num_id, ilvl or 0)
    return out


# ---------------------------------------------------------------- the body


_SKIP = frozenset({"pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "del", "moveFrom", "delText", "instrText",
                   "delInstrText", "footnoteReference", "endnoteReference", "commentReference", "annotationRef",
                   "Fallback", "rt", "fldData", "sym", "object"})


_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class _Body:
    def __init__(self, numbering: Numbering, style_num: dict[str, tuple[str, int]],
                 chunk: Callable[[str], str | None] = lambda rid: None):
        self.numbering = numbering
        self.style_num = style_num
        self.chunk = chunk  # relationship id -> the HTML of the part an altChunk imports

    def blocks(self, container: ET.Element) -> list[Block]:
        """Paragraphs and tables of a body, a cell or a text box, in order."""
        out: list[Block] = []
        for el in container:
            name = local(el.tag)
            if name == "p":
                out.extend(self.paragraph(el))
            elif name == "tbl":
                out.append(Block("table", rows=self.table(el)))
            elif name == "altChunk":
                html = self.chunk(el.get(_REL_ID) or "")
                if html and html.strip():
                    out.append(Block("paragraph", html))
            elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"):
                out.extend(self.blocks(el))
        return out

    def paragraph(self, p: ET.Element) -> list[Block]:
        boxes: list[Block] = []
        parts: list[str] = []
        self._runs(p, parts, boxes)
        text = "".join(parts)
        marker = self._marker(p) if text.strip() else ""
        lines = [ln.strip() for ln in text.split("\n")]
        lines = [ln for ln in lines if ln]
        blocks = [Block("paragraph", (marker if i == 0 else "") + ln) for i, ln in enumerate(lines)]
        return blocks + boxes

    def _marker(self, p: ET.Element) -> str:
        ppr = _child(p, "pPr")
        num_pr = _child(ppr, "numPr")
        num_id = _attr(_child(num_pr, "numId"), "val")
        ilvl_s = _attr(_child(num_pr, "ilvl"), "val")
        if num_id is None:
            style = _attr(_child(ppr, "pStyle"), "val")
            if style in self.style_num:
                num_id, style_ilvl = self.style_num[style]
                ilvl_s = ilvl_s or str(style_ilvl)
        if not num_id or num_id == "0":
            return ""
        return self.numbering.marker(num_id, int(ilvl_s) if ilvl_s and ilvl_s.isdigit() else 0)

    def _runs(self, el: ET.Element, parts: list[str], boxes: list[Block]) -> None:
        for c in el:
            name = local(c.tag)
            if name in _SKIP:
                continue
            if name == "t":
                parts.append(c.text or "")
            elif name in ("tab", "ptab"):
                parts.append(" ")
            elif name in ("br", "cr"):
                parts.append("\n")
            elif name == "noBreakHyphen":
                parts.append("-")
            elif name == "r":
                if not _on(_child(_child(c, "rPr"), "vanish")):
                    self._runs(c, parts, boxes)
            elif name == "txbxContent":
                boxes.extend(self.blocks(c))
            elif name == "AlternateContent":
                choice = _child(c, "Choice")
                self._runs(choice if choice is not None else c, parts, boxes)
            else:
                self._runs(c, parts, boxes)

    def table(self, tbl: ET.Element) -> list[list[str]]:
        rows: list[list[str]] = []
        for tr in _each(tbl, "tr", stop="tbl"):
            row: list[str] = []
            trpr = _child(tr, "trPr")
            before = _attr(_child(trpr, "gridBefore"), "val")
            row.extend([""] * (int(before) if before and before.isdigit() else 0))
            for tc in _each(tr, "tc", stop="tbl"):
                tcpr = _child(tc, "tcPr")
                span_s = _attr(_child(tcpr, "gridSpan"), "val")
                span = int(span_s) if span_s and span_s.isdigit() and int(span_s) > 0 else 1
                vmerge = _child(tcpr, "vMerge")
                hmerge = _child(tcpr, "hMerge")
                continues = (vmerge is not None and (_attr(vmerge, "val") or "continue") != "restart") or (
                    hmerge is not None and (_attr(hmerge, "val") or "continue") != "restart")
                text = "" if continues else self.cell_text(tc)
                row.append(text)
                row.extend([""] * (span - 1))
            rows.append(row)
        return rows

    def cell_text(self, tc: ET.Element) -> str:
        pieces: list[str] = []
        for b in self.blocks(tc):
            if b.kind == "paragraph":
                pieces.append(b.text)
            else:
                pieces.extend(" ".join(c for c in r if c) for r in b.rows)
        return " ".join(" ".join(p.split()) for p in pieces if p.strip())


def _each(el: ET.Element, name: str, stop: str):
    """Descendants named `name` (rows of a table, cells of a row) through sdt/customXml wrappers,
    never inside a nested `stop` element."""
    for c in el:
        tag = local(c.tag)
        if tag == name:
            yield c
        elif tag != stop and tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            yield from _each(c, name, stop)


# ---------------------------------------------------------------- the package


def _rels_targets(zf, rels_name: str, base_dir: str, kind: str, path: str | None) -> dict[str, str]:
    """Relationship type suffix -> part name, from a .rels part; {} when it is missing or broken."""
    data = read_member(zf, rels_name, kind, path) if rels_name in zf.namelist() else None
    if not data:
        return {}
    try:
        root = parse_xml(data, kind, rels_name, path)
    except CorruptFileError:
        return {}  # a broken relationship part: fall back to the usual part names
    out: dict[str, str] = {}
    for rel in root:
        rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base_dir, target))
        out.setdefault(rtype, name)
    return out


def _rel_ids(zf, rels_name: str, base_dir: str, path: str | None) -> dict[str, str]:
    """Relationship id -> part name, from a .rels part; {} when it is missing or broken."""
    data = read_member(zf, rels_name, KIND, path) if rels_name in zf.namelist() else None
    try:
        root = parse_xml(data, KIND, rels_name, path) if data else None
    except CorruptFileError:
        return {}
    return {rel.get("Id") or "": posixpath.normpath(posixpath.join(base_dir, rel.get("Target") or ""))
            for rel in (root if root is not None else []) if rel.get("TargetMode") != "External"}


def chunk_html(data: bytes) -> str | None:
    """The HTML an altChunk part holds: the text/html part of an MHT (MIME) file, decoded from its transfer
    encoding and charset, or the part itself when it is an HTML page. None for any other kind of chunk."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"mime-version") or b"content-type: multipart" in head:
        for part in email.message_from_bytes(data).walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                return payload.decode(part.get_content_charset() or "utf-8", "replace")
        return None
    if b"<html" in head or b"<body" in head or b"<p" in head:
        return data.decode("utf-8", "replace")
    return None


def _part(zf, name: str | None, kind: str, path: str | None, fallback: str) -> tuple[str, ET.Element] | None:
    for candidate in (name, fallback):
        if not candidate:
            continue
        found = find_name(zf, candidate)
        if found:
            data = read_member(zf, found, kind, path)
            if data:
                return found, parse_xml(data, kind, found, path)
    return None


def _core_properties(zf, path: str | None) -> dict[str, str]:
    props: dict[str, str] = {}
    for part in ("docProps/core.xml", "docProps/app.xml"):
        found = find_name(zf, part)
        data = read_member(zf, found, KIND, path) if found else None
        if not data:
            continue
        try:
            root = parse_xml(data, KIND, part, path)
        except CorruptFileError:
            continue
        for el in root:
            if el.text and el.text.strip():
                props.setdefault(local(el.tag), el.text.strip())
    return props


def read(raw: bytes, path: str | None = None) -> ReadResult:
    zf = open_zip(raw, KIND, path)
    rels = _rels_targets(zf, "_rels/.rels", "", KIND, path)
    main = _part(zf, rels.get("officeDocument"), KIND, path, "word/document.xml")
    if main is None:
        raise CorruptFileError("this Word .docx file has no document part (word/document.xml); it is damaged or not a Word document", path=path)
    main_name, document = main
    doc_rels = _rels_targets(zf, posixpath.join(posixpath.dirname(main_name), "_rels", posixpath.basename(main_name) + ".rels"),
                             posixpath.dirname(main_name), KIND, path)
    numbering_part = _part(zf, doc_rels.get("numbering"), KIND, path, "word/numbering.xml")
    styles_part = _part(zf, doc_rels.get("styles"), KIND, path, "word/styles.xml")
    chunk_parts = _rel_ids(zf, posixpath.join(posixpath.dirname(main_name), "_rels", posixpath.basename(main_name) + ".rels"),
                           posixpath.dirname(main_name), path)

    def chunk(rid: str) -> str | None:
        found = find_name(zf, chunk_parts.get(rid, "")) if rid in chunk_parts else None
        data = read_member(zf, found, KIND, path) if found else None
        return chunk_html(data) if data else None

    body_reader = _Body(read_numbering(numbering_part[1] if numbering_part else None),
                        read_style_numbering(styles_part[1] if styles_part else None), chunk)
    body = _child(document, "body")
    blocks = body_reader.blocks(body if body is not None else document)
    props = _core_properties(zf, path)
    pages = props.get("Pages")
    meta = FormatMetadata(
        format="docx",
        reader="zipfile + xml.etree (policyparse.readers.docx)",
        page_count=int(pages) if pages and pages.isdigit() else None,
        producer=" ".join(x for x in (props.get("Application"), props.get("AppVersion")) if x) or None,
        creator=props.get("creator"),
        title=props.get("title"),
        created=props.get("created"),
        modified=props.get("modified"),
        tables=table_count(blocks),
        furniture=furniture_report(blocks),
    )
    return ReadResult(format=meta, blocks=blocks, text=render(blocks))


READER = Reader("docx", (".docx", ".docm", ".dotx"), sniff=sniff, read=read)
