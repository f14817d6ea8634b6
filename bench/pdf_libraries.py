"""Which PDF library: pypdfium2, pdfplumber and pdfminer.six on the real PDFs of tests/real/formats/pdf.

For each file and library: time to extract every page's text (best of REPEATS, per page), and accuracy:
the share of the reference's lines (whitespace removed) found in the library's text (whitespace
removed). The last row is policyparse's PDF reader (pypdfium2 + the layout pass), against its own lines.

    python bench/pdf_libraries.py            # needs pdfplumber and pdfminer.six (pip install pdfplumber)
"""

from __future__ import annotations

import io
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
PDFS = sorted((ROOT / "tests" / "real" / "formats" / "pdf").glob("*.pdf"))
REPEATS = 2
_WS = re.compile(r"\s+")


def pypdfium2_text(raw: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(raw)
    out = []
    for page in pdf:
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return "\n".join(out)


def pdfplumber_text(raw: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdfminer_text(raw: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(raw))


def policyparse_reader(raw: bytes) -> str:
    from policyparse.readers import pdf

    return pdf.read(raw, None).text


LIBRARIES = {"pypdfium2": pypdfium2_text, "pdfplumber": pdfplumber_text, "pdfminer.six": pdfminer_text, "policyparse reader": policyparse_reader}


def pages(raw: bytes) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(raw))


def recall(text: str, ref_lines: list[str], by_line: bool) -> float:
    if by_line:
        lines = [_WS.sub("", ln) for ln in text.splitlines() if ln.strip()]
        found = sum(1 for r in ref_lines if any(_WS.sub("", r) in ln for ln in lines))
    else:
        whole = _WS.sub("", text)
        found = sum(1 for r in ref_lines if _WS.sub("", r) in whole)
    return found / len(ref_lines)


def main() -> None:
    totals = {name: [0.0, 0, 0, 0] for name in LIBRARIES}  # seconds, pages, ref lines found, ref lines
    print(f"{'file':34} {'library':20} {'ms/page':>8} {'lines found':>12}")
    for path in PDFS:
        raw = path.read_bytes()
        ref = [ln for ln in path.with_suffix(".ref.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
        n_pages = pages(raw)
        for name, fn in LIBRARIES.items():
            try:
                best = float("inf")
                for _ in range(REPEATS):
                    start = time.perf_counter()
                    text = fn(raw)
                    best = min(best, time.perf_counter() - start)
            except ImportError as exc:
                print(f"{path.stem[:34]:34} {name:20} not installed ({exc.name})")
                continue
            r = recall(text, ref, by_line=name == "policyparse reader")
            t = totals[name]
            t[0] += best
            t[1] += n_pages
            t[2] += round(r * len(ref))
            t[3] += len(ref)
            print(f"{path.stem[:34]:34} {name:20} {1000 * best / n_pages:8.1f} {r:12.3f}")
    print()
    for name, (secs, n_pages, found, total) in totals.items():
        if n_pages:
            print(f"{'all ' + str(len(PDFS)) + ' files':34} {name:20} {1000 * secs / n_pages:8.1f} {found / total:12.3f}")


if __name__ == "__main__":
    main()
