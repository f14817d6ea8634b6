"""OFD (GB/T 33190-2016), China's fixed-layout format for e-government documents: a ZIP of XML.

OFD.xml names the document root (DocBody/DocRoot, usually Doc_0/Document.xml) and carries DocInfo
(title, author, creator program, dates). Document.xml lists the pages in order (Pages/Page/@BaseLoc);
each page's Content.xml holds TextObjects (a Boundary box, a font Size) whose TextCodes hold the text
with its X / Y position (Y the baseline, in millimetres, growing downwards) and DeltaX / DeltaY advances
(a TextCode may run onto a second line by a DeltaY step). An OFD whose pages hold no text at all (text
drawn as outlines or images) is refused with NoTextLayerError, never read as an empty document.
Characters are placed from those positions and read by the same layout rules as PDF (`_layout`):
lines by position, page furniture set aside, hard wraps joined. Template pages (page furniture by
design), annotations and signatures are not read.
Document.xml may name CustomTags (GB/T 33190 §18): a file listing tag files, such as the 电子公文 tags
(namespace http://www.nits.org.cn/eGovDoc/2013, the 公文 parts of GB/T 33482: 份号, 发文机关标志, 发文字号,
签发人, 标题, 主送机关, 成文日期 …), each element marking page objects by ID (ObjectRef); their text is
handed on as ``FormatMetadata.official_tags``.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET

from policyparse.errors import CorruptFileError, NoTextLayerError, TooManyPagesError
from policyparse.models import FormatMetadata, OfficialTags
from policyparse.readers import Reader, ReadResult, furniture_report, render, table_count
from policyparse.readers._layout import Glyph, lines_to_blocks, page_lines
from policyparse.readers._xml import local, parse_xml
from policyparse.readers._zip import find_name, open_zip, read_member

KIND = "OFD"
MAX_PAGES = 2000
DEFAULT_PAGE_HEIGHT = 297.0  # A4, millimetres


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and (b"OFD.xml" in head or b"Doc_0/" in head)


def _children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name] if el is not None else []


def _first(el: ET.Element | None, name: str) -> ET.Element | None:
    if el is None:
        return None
    for c in el.iter():
        if local(c.tag) == name:
            return c
    return None


def _floats(value: str | None) -> list[float]:
    out = []
    for tok in (value or "").split():
        try:
            out.append(float(tok))
        except ValueError:
            # DeltaX may use "g 3 4.2": the next 3 advances are 4.2 each
            out.append(float("nan"))
    return out


def _deltas(value: str | None) -> list[float]:
    """DeltaX / DeltaY advances, "g N d" standing for N advances of d."""
    toks = (value or "").split()
    out: list[float] = []
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            try:
                out.extend([float(toks[i + 2])] * int(toks[i + 1]))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(toks[i]))
        except ValueError:
            pass
        i += 1
    return out


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.replace("\\", "/")
    if loc.startswith("/"):
        return loc.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, loc))


def _text_glyphs(obj: ET.Element) -> list[Glyph]:
    """Characters of one TextObject placed on the page: TextCode X/Y (baseline) and DeltaX advances
    are in the object's space, mapped by its CTM (a b c d e f), then offset by its Boundary origin."""
    box = _floats(obj.get("Boundary"))
    bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    ctm = _floats(obj.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 and all(v == v for v in ctm) else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    size = _floats(obj.get("Size"))
    size = size[0] if size and size[0] == size[0] and size[0] > 0 else 3.5
    h = size * (abs(d) or 1.0)  # the character height on the page

    def place(x: float, y: float) -> tuple[float, float]:
        return bx + a * x + c * y + e, by + b * x + d * y + f

    glyphs: list[Glyph] = []
    x = y = None
    for code in _children(obj, "TextCode"):
        text = code.text or ""
        if code.get("X") is not None:
            x = _number(code.get("X"))
        if code.get("Y") is not None:
            y = _number(code.get("Y"))
        if x is None or y is None:
            continue
        deltas, downs = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
        cx, cy = x, y
        for i, ch in enumerate(text):
            step = deltas[i] if i < len(deltas) else size
            px, py = place(cx, cy)
            width = min(abs(a * step) if step else h, h)
            glyphs.append(Glyph(ch, px, px + 0.95 * width, py - 0.85 * h, py + 0.15 * h))
            cx += step
            cy += downs[i] if i < len(downs) else 0.0
        x, y = cx, cy
    return glyphs


def _number(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _page_glyphs(root: ET.Element) -> list[Glyph]:
    glyphs: list[Glyph] = []
    for obj in root.iter():
        if local(obj.tag) == "TextObject":
            glyphs.extend(_text_glyphs(obj))
    return glyphs


def _page_height(document: ET.Element, page_root: ET.Element | None) -> float:
    for root in (page_root, document):
        area = _first(_first(root, "Area"), "PhysicalBox") if root is not None else None
        box = _floats(area.text if area is not None else None)
        if len(box) == 4 and box[3] > 0:
            return box[3]
    return DEFAULT_PAGE_HEIGHT


def _doc_info(ofd_root: ET.Element) -> dict[str, str]:
    info = _first(ofd_root, "DocInfo")
    out: dict[str, str] = {}
    if info is not None:
        for el in info.iter():
            if el is not info and el.text and el.text.strip():
                out.setdefault(local(el.tag), el.text.strip())
    return out


def _object_texts(root: ET.Element, into: dict[str, str]) -> None:
    """Each TextObject's text by its ID, for the custom tags that mark objects by ID."""
    for obj in root.iter():
        if local(obj.tag) == "TextObject" and obj.get("ID"):
            into[obj.get("ID")] = "".join(c.text or "" for c in _children(obj, "TextCode"))


# 电子公文 tag element -> OfficialTags field; a list field gathers every element of that name
_TAG_FIELDS = {
    "份号": "copy_number", "密级": "classification", "保密期限": "secrecy_term", "紧急程度": "urgency",
    "发文机关标志": "issuer", "签发人": "signers", "标题": "title", "主送机关": "addressees",
    "附件说明": "attachment_notes", "成文日期": "issue_date", "抄送机关": "copied_to",
    "印发机关": "printed_by", "印发日期": "print_date",
}
_LIST_TAGS = {"signers", "addressees", "attachment_notes", "copied_to"}


def _tagged_text(el: ET.Element, texts: dict[str, str]) -> str:
    refs = [r for r in el.iter() if local(r.tag) == "ObjectRef" and r.text]
    return "".join(texts.get(r.text.strip(), "") for r in refs).strip()


def _tagged_doc_number(el: ET.Element, texts: dict[str, str]) -> str | None:
    """发文字号 tagged in its parts (发文机关代字, 年份, 发文顺序号): the brackets and 号 are not tagged,
    so the 文号 is put together as GB/T 9704 prints it (代字〔年份〕顺序号号)."""
    parts = {local(c.tag): _tagged_text(c, texts) for c in el}
    code, year, seq = parts.get("发文机关代字"), parts.get("年份"), parts.get("发文顺序号")
    if code and year and seq:
        return f"{code}〔{year.strip('〔〕[]')}〕{seq.rstrip('号')}号"
    return _tagged_text(el, texts) or None


def _read_tags(root: ET.Element, texts: dict[str, str]) -> OfficialTags | None:
    found: dict[str, object] = {}
    for el in root.iter():
        name = local(el.tag)
        field = _TAG_FIELDS.get(name) or ("issuer" if name == "发文机关名称" else None)
        value = _tagged_doc_number(el, texts) if name == "发文字号" else (_tagged_text(el, texts) if field else None)
        field = field or ("doc_number" if name == "发文字号" else None)
        if not field or not value:
            continue
        if field in _LIST_TAGS:
            found.setdefault(field, []).append(value)
        else:
            found.setdefault(field, value)
    return OfficialTags(**found) if found else None


def _custom_tags(zf, document: ET.Element, base: str, texts: dict[str, str], path: str | None) -> OfficialTags | None:
    """Document.xml -> CustomTags -> each CustomTag's FileLoc; the first tag file that marks 公文 parts.
    The tags only add to what the pages say: a missing or broken tag file is passed over."""
    loc = _first(document, "CustomTags")
    list_name = find_name(zf, _resolve(base, loc.text.strip())) if loc is not None and loc.text else None
    if list_name is None:
        return None
    try:
        listing = parse_xml(read_member(zf, list_name, KIND, path) or b"", KIND, list_name, path)
        for file_loc in (el for el in listing.iter() if local(el.tag) == "FileLoc" and el.text):
            name = find_name(zf, _resolve(posixpath.dirname(list_name), file_loc.text.strip()))
            tags = _read_tags(parse_xml(read_member(zf, name, KIND, path) or b"", KIND, name, path), texts) if name else None
            if tags is not None:
                return tags
    except CorruptFileError:
        return None
    return None


def _document_part(zf, path: str | None) -> tuple:
    """(OFD.xml's root, the document part's root, the document part's name): the entry part names the document."""
    ofd_name = find_name(zf, "OFD.xml")
    if ofd_name is None:
        raise CorruptFileError("this OFD file has no OFD.xml entry part; it is damaged or not an OFD document", path=path)
    ofd_root = parse_xml(read_member(zf, ofd_name, KIND, path) or b"", KIND, ofd_name, path)
    doc_root_el = _first(ofd_root, "DocRoot")
    doc_name = find_name(zf, _resolve("", doc_root_el.text.strip())) if doc_root_el is not None and doc_root_el.text else None
    doc_name = doc_name or find_name(zf, "Doc_0/Document.xml")
    if doc_name is None:
        raise CorruptFileError("this OFD file names no document (DocBody/DocRoot); it is damaged", path=path)
    return ofd_root, parse_xml(read_member(zf, doc_name, KIND, path) or b"", KIND, doc_name, path), doc_name


def _read_pages(zf, document, base: str, path: str | None) -> tuple[list, list, dict]:
    """Each page's lines, each page's height and the text of every object id (custom tags point at them), in page order."""
    page_els = [p for p in document.iter() if local(p.tag) == "Page" and p.get("BaseLoc")]
    if len(page_els) > MAX_PAGES:
        raise TooManyPagesError(f"this OFD has {len(page_els)} pages, over the limit of {MAX_PAGES} for one notice", path=path)
    pages, heights, texts = [], [], {}
    for number, page_el in enumerate(page_els, 1):
        name = find_name(zf, _resolve(base, page_el.get("BaseLoc")))
        data = read_member(zf, name, KIND, path) if name else None
        page_root = parse_xml(data, KIND, name, path) if data else None
        heights.append(_page_height(document, page_root))
        if page_root is not None:
            _object_texts(page_root, texts)
        pages.append(page_lines(_page_glyphs(page_root) if page_root is not None else [], number))
    if not any(pages):
        raise NoTextLayerError(f"this OFD's {len(page_els)} pages hold no text (no TextObject with a TextCode): its text is drawn as outlines or images; convert it to PDF and run OCR, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`", path=path)
    return pages, heights, texts


def read(raw: bytes, path: str | None = None) -> ReadResult:
    zf = open_zip(raw, KIND, path)
    ofd_root, document, doc_name = _document_part(zf, path)
    base = posixpath.dirname(doc_name)
    pages, heights, texts = _read_pages(zf, document, base, path)
    blocks = lines_to_blocks(pages, heights)
    info = _doc_info(ofd_root)
    meta = FormatMetadata(
        format="ofd",
        reader="zipfile + xml.etree (policyparse.readers.ofd)",
        page_count=len(pages),
        producer=" ".join(x for x in (info.get("Creator"), info.get("CreatorVersion")) if x) or None,
        creator=info.get("Author"),
        title=info.get("Title"),
        created=info.get("CreationDate"),
        modified=info.get("ModDate"),
        tables=table_count(blocks),
        furniture=furniture_report(blocks),
        official_tags=_custom_tags(zf, document, base, texts, path),
    )
    return ReadResult(format=meta, blocks=blocks, text=render(blocks))


READER = Reader("ofd", (".ofd",), sniff=sniff, read=read)
