"""Regenerate lexicons/common_han.tsv from jieba's dictionary (run by hand; the output is committed).

The encoding check in repair/decode.py asks "does this decoded text read as common Chinese?".
Answering from a small shipped table avoids loading jieba's 350k-word dictionary (about 1 s) for
every GBK or Big5 file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jieba
import opencc

TOP = 3500


def main(out: Path) -> None:
    jieba.dt.check_initialized()
    charsum: dict[str, int] = {}
    for word, f in jieba.dt.FREQ.items():
        for ch in word:
            if f and "\u4e00" <= ch <= "\u9fff":
                charsum[ch] = charsum.get(ch, 0) + f
    ranked = sorted(charsum, key=lambda c: (-charsum[c], c))[:TOP]
    s2t = opencc.OpenCC("s2t")
    rows = []
    for ch in sorted(ranked):
        trad = s2t.convert(ch)
        rows.append(f"{ch}\t{trad if trad != ch else ''}")
    header = [
        "# common_han.tsv: the most frequent Han characters of Simplified Chinese, with their Traditional forms.",
        "# Columns: simplified<TAB>traditional (empty when the same). Used to tell whether decoded bytes read as Chinese.",
        f"# Source: the {TOP} characters with the highest summed word frequency in jieba's dict.txt; Traditional forms",
        "# from OpenCC s2t. Regenerate with `python tools/build_common_han.py lexicons/common_han.tsv`. Sorted, unique.",
    ]
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
