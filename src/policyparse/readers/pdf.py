"""PDF with a text layer, read with pypdfium2 (PDFium, the engine of Chrome's PDF viewer).

Chosen by measurement against pdfplumber and pdfminer.six on the real PDFs in tests/real/formats/pdf
(bench/pdf_libraries.py; figures in the README): the three give the same characters on these files,
PDFium reads them many times faster and opens damaged files the others refuse. PDFium gives every
character with its box; `_layout` makes lines, sets page furniture aside, joins hard wraps and keeps
rows of separated cells as table rows.

Refused with a named error: an encrypted PDF (EncryptedFileError), more than MAX_PAGES pages
(TooManyPagesError), no usable text layer — a scan (ScannedPdfError, with how to OCR it) — and a file
PDFium cannot open (CorruptFileError).
"""

from __future__ import annotations

import datetime as _dt

import regex as re

from policyparse.errors import CorruptFileError, EncryptedFileError, ScannedPdfError, TooManyPagesError
from policyparse.grammar import HAN
from policyparse.models import FormatMetadata
from policyparse.readers import Reader, ReadResult, furniture_report, render, table_count
from policyparse.readers._grid import Rule
from policyparse.readers._layout import Glyph, lines_to_blocks, page_lines

MAX_PAGES = 2000  # a notice with its attachments runs to a few hundred pages at most
MAX_PATHS = 3000  # drawn paths on a page beyond which its strokes are not read as table borders (a map, a chart)
MIN_CHARS_PER_PAGE = 20  # fewer visible characters a page on average: no text layer worth reading
_ASCII_SYMBOLS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
OCR_HINT = "run OCR first, e.g. `ocrmypdf -l chi_sim input.pdf output.pdf` (apt-get install ocrmypdf tesseract-ocr-chi-sim), then read output.pdf"
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_PRIVATE = re.compile(r"[\p{Co}\ufffd\x00-\x08]")


def sniff(head: bytes) -> bool:
    # the header may follow a few bytes of junk (PDF readers look in the first 1024 bytes)
    return b"%PDF-" in head[:1024]


def _open(raw: bytes, path: str | None):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise EncryptedFileError("this PDF is encrypted (password-protected); open it with its password and save or print an unprotected copy, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`", path=path) from None
        raise CorruptFileError(f"this PDF cannot be opened ({message}); it is damaged or not a PDF. Try `qpdf in.pdf repaired.pdf` or ask the publisher for a new copy", path=path) from None


def _iso(value: str | None) -> str | None:
    m = _PDF_DATE.match((value or "").strip())
    if not m:
        return None
    y, mo, d, hh, mm, ss = (int(g) if g else None for g in m.groups())
    try:
        return _dt.datetime(y, mo or 1, d or 1, hh or 0, mm or 0, ss or 0).isoformat() if mo else str(y)
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = (value or "").replace("\x00", "").strip()
    return value or None


def _display(rotation: int, width: float, height: float):
    """User space (x, y up) -> the page as displayed (X right, Y down), for a page's /Rotate.
    width and height are the displayed size."""
    if rotation == 90:
        return lambda x, y: (y, x)
    if rotation == 180:
        return lambda x, y: (width - x, y)
    if rotation == 270:
        return lambda x, y: (width - y, height - x)
    return lambda x, y: (x, height - y)


def _rules(page) -> list[Rule]:
    """The thin strokes drawn on the page (table borders among them), as displayed; none on a page with more
    drawing than a table has (a map, a chart): its strokes are no cell borders worth the time."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    to_display = _display(page.get_rotation() % 360, width, height)
    rules: list[Rule] = []
    # top-level paths only: a path inside a Form XObject has its bounds in the form's own space
    for n, obj in enumerate(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=0)):
        if n >= MAX_PATHS:
            return []
        left, bottom, right, top = obj.get_bounds()
        (x0, y0), (x1, y1) = to_display(left, bottom), to_display(right, top)
        rule = Rule(min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1))
        if rule.horizontal or rule.vertical:
            rules.append(rule)
    return rules


def _glyphs(page) -> tuple[list[Glyph], float]:
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    to_display = _display(page.get_rotation() % 360, width, height)
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        raw_tp = tp.raw
        glyphs: list[Glyph] = []
        for i in range(n):
            code = pdfium_c.FPDFText_GetUnicode(raw_tp, i)
            if code in (0, 0xFFFE, 0xFFFF) or code < 32 or code in (0x20, 0xA0, 0x3000):
                continue
            left, bottom, right, top = tp.get_charbox(i, loose=True)
            if right <= left and top <= bottom:
                continue
            (x0, y0), (x1, y1) = to_display(left, bottom), to_display(right, top)
            glyphs.append(Glyph(chr(code), min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)))
        return glyphs, height
    finally:
        tp.close()


def _check_text_layer(glyphs_per_page: list[list[Glyph]], path: str | None) -> None:
    pages = len(glyphs_per_page)
    chars = [g.ch for page in glyphs_per_page for g in page]
    if len(chars) < MIN_CHARS_PER_PAGE * max(pages, 1):
        raise ScannedPdfError(f"this PDF has no text layer ({len(chars)} characters on {pages} pages): it is a scan; {OCR_HINT}", path=path)
    text = "".join(chars)
    han = len(HAN.findall(text))
    junk = len(_PRIVATE.findall(text))
    if junk > 0.3 * len(text) or (han < 0.05 * len(text) and junk > 0.1 * len(text)):
        raise ScannedPdfError(f"this PDF's text layer is unusable ({junk} of {len(text)} characters map to nothing readable: fonts without a Unicode map); {OCR_HINT}", path=path)
    symbols = sum(ch in _ASCII_SYMBOLS for ch in text)
    if han < 0.2 * len(text) and symbols > 0.2 * len(text):
        # Founder PDFGenerator gazettes: glyph codes mapped onto !"#$%&'()*+… — readable text has few such signs
        raise ScannedPdfError(f"this PDF's text layer is unusable ({symbols} of {len(text)} characters are ASCII signs and only {han} are Chinese: fonts map the glyphs to the wrong characters); {OCR_HINT}", path=path)


def read(raw: bytes, path: str | None = None) -> ReadResult:
    pdf = _open(raw, path)
    try:
        n_pages = len(pdf)
        if n_pages > MAX_PAGES:
            raise TooManyPagesError(f"this PDF has {n_pages} pages, over the limit of {MAX_PAGES} for one notice (policyparse.readers.pdf.MAX_PAGES); split it, e.g. `qpdf in.pdf --pages . 1-200 -- part1.pdf`", path=path)
        meta_dict = pdf.get_metadata_dict(skip_empty=True)
        glyph_pages: list[list[Glyph]] = []
        rule_pages: list[list[Rule]] = []
        heights: list[float] = []
        for i in range(n_pages):
            page = pdf[i]
            try:
                glyphs, height = _glyphs(page)
                rule_pages.append(_rules(page))
            finally:
                page.close()
            glyph_pages.append(glyphs)
            heights.append(height)
    finally:
        pdf.close()
    _check_text_layer(glyph_pages, path)
    pages = [page_lines(g, i + 1, rules) for i, (g, rules) in enumerate(zip(glyph_pages, rule_pages))]
    blocks = lines_to_blocks(pages, heights)
    meta = FormatMetadata(
        format="pdf",
        reader="pypdfium2",
        page_count=n_pages,
        producer=_clean(meta_dict.get("Producer")),
        creator=_clean(meta_dict.get("Creator")) or _clean(meta_dict.get("Author")),
        title=_clean(meta_dict.get("Title")),
        created=_iso(meta_dict.get("CreationDate")),
        modified=_iso(meta_dict.get("ModDate")),
        tables=table_count(blocks),
        furniture=furniture_report(blocks),
    )
    return ReadResult(format=meta, blocks=blocks, text=render(blocks))


READER = Reader("pdf", (".pdf",), sniff=sniff, read=read)
