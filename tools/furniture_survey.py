"""Survey page furniture left in the repaired text (`Document.text`) of the real corpus.

    PYTHONPATH=src python tools/furniture_survey.py [--split dev|heldout|all] [--class CLASS] [--counts]

Not an evaluation (furniture has no gold): it parses the kept real documents (tests/real/docs and
tests/real/tables/docs) and lists, per document, the lines of the repaired text that look like web or page
furniture, each with the class that flagged it:

  nav_run       a run of four or more menu-like lines (two to six Han characters and nothing else)
  repeated      a short line without punctuation (≤ 20 characters) found in five or more documents of the
                survey; lines every notice has (特此通知, 附件, 总则, an issuer's name, …) are not counted
  running       a line of six or more Han characters without sentence punctuation repeated three or more
                times in one document (a PDF's running title or footer)
  page_number   — 3 —, -3-, 第3页 共12页, 第 3 页, 3/12 (a bare number is not counted: table cells are)
  footer        footer labels: 主办单位 / 承办单位 / 联系我们 / 联系电话 / 技术支持 / 网站标识码 / 地址：…
  widget        share / print / font / close widgets: 分享, 打印, 关闭, 字号, 收藏, 扫一扫, 二维码, 返回顶部
  counter       view counters: 浏览次数, 阅读次数, 点击数, 访问量
  timestamp     a crawler's or page's 更新时间 / 发布时间 line standing alone (read for metadata where it is
                the only date: check before removing)
  copyright     版权所有, Copyright, ©, ICP备, 公网安备

The split follows the gold folders (tests/real/gold/{dev,heldout}, tests/real/tables/gold/{dev,heldout}): a
document is surveyed when its gold file is in the split asked for (`dev` by default; never read the set-aside
documents' text while writing rules). `--counts` prints only the per-class totals; the last line is always the
total number of flagged lines, the figure a furniture change reports before → after.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import regex as re

from policyparse.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    (ROOT / "tests/real/docs", ROOT / "tests/real/gold"),
    (ROOT / "tests/real/tables/docs", ROOT / "tests/real/tables/gold"),
]
SPLITS = {"dev": ("dev",), "heldout": ("heldout",), "all": ("dev", "heldout")}

PUNCT = re.compile(r"[。！？；，,;：:、（）()《》“”\"]")
SENTENCE_END = re.compile(r"[。！？；]")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十百零\d]+[章节条部分编])")
# lines every notice has: not furniture however often they repeat
NOTICE_LINES = re.compile(
    r"^(?:特此通知|特此公告|附件|附表|目录|总则|附则|前言|说明|备注|序号|合计|小计|此页无正文|"
    r"（此件公开发布）|\(此件公开发布\)|（此件主动公开）|（此件不公开）|此件公开发布|"
    r"牵头单位|责任单位|配合单位|完成时限|工作任务|主要任务|具体任务|工作措施|任务分工)$"
)
PAGE_NUMBER = re.compile(
    r"^\s*(?:[—–\-－]\s*\d{1,4}\s*[—–\-－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$"
)
FOOTER = re.compile(r"^\s*(?:主办单位|承办单位|主办|承办|联系我们|联系电话|联系方式|技术支持|网站标识码|网站地图|地址|邮编|电子邮箱|传真)\s*[:：]?")
WIDGET = re.compile(r"分享|打印|关闭|字号|字体|收藏|扫一扫|二维码|返回顶部|返回首页|返回列表|无障碍|适老化|长者模式|【大】|【中】|【小】")
COUNTER = re.compile(r"浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量")
TIMESTAMP = re.compile(r"^\s*(?:更新时间|发布时间|更新日期|发布日期|时间)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
COPYRIGHT = re.compile(r"版权所有|Copyright|©|ICP备|公网安备", re.I)
# a running title: at least six Han characters (short repeated lines are table cells: 13个街道、镇, 2010年)
RUNNING_TITLE = re.compile(r"(?:\p{Han}.*){6}")
SHORT_LINE = 20
MENU_RUN = 4
MIN_DOCS = 5
MIN_REPEAT = 3


def _documents(split: str) -> list[Path]:
    docs = []
    for doc_dir, gold_dir in CORPORA:
        names = set()
        for part in SPLITS[split]:
            names |= {p.stem for p in (gold_dir / part).glob("*.json")}
        docs += sorted(p for p in doc_dir.iterdir() if p.is_file() and p.stem in names)
    return docs


HAN = re.compile(r"\p{Han}")
# an issuer signing the notice (国务院办公厅, 仙居县人民政府): repeated across documents, and text
ISSUER = re.compile(r"(?:国务院|政府|办公厅|办公室|委员会|局|厅|部|院|附件\d*|附表\d*)$")
MENU_ENTRY = re.compile(r"\p{Han}{2,6}")


def _is_short_plain(line: str, limit: int) -> bool:
    return 0 < len(line) <= limit and not PUNCT.search(line) and not HEADING.match(line)


def _is_repeatable(line: str) -> bool:
    """A short plain line that counts when found in many documents: Han words, not a signature's issuer."""
    return (_is_short_plain(line, SHORT_LINE) and not NOTICE_LINES.match(line) and not ISSUER.search(line)
            and len(HAN.findall(line)) >= 2)


def _is_menu_like(line: str) -> bool:
    """A site-menu entry: two to six Han characters, nothing else (a table cell holds figures or longer text)."""
    return bool(MENU_ENTRY.fullmatch(line)) and not NOTICE_LINES.match(line)


def _line_classes(line: str) -> list[str]:
    """Classes a line belongs to by its own shape (the cross-line classes are added by the caller)."""
    if not line or len(line) > 80 or SENTENCE_END.search(line):
        return []
    found = []
    if PAGE_NUMBER.match(line):
        found.append("page_number")
    if FOOTER.match(line):
        found.append("footer")
    if len(line) <= 30 and WIDGET.search(line):
        found.append("widget")
    if COUNTER.search(line):
        found.append("counter")
    if TIMESTAMP.match(line):
        found.append("timestamp")
    if COPYRIGHT.search(line):
        found.append("copyright")
    return found


def _nav_runs(lines: list[str]) -> set[int]:
    """Indexes of lines in runs of MENU_RUN or more short menu-like lines (blank lines do not break a run)."""
    flagged: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if not line and i < len(lines):
            continue
        if i < len(lines) and _is_menu_like(line):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            flagged.update(run)
        run = []
    return flagged


def survey(paths: list[Path]) -> dict[str, list[tuple[int, str, list[str]]]]:
    """Per document name, its flagged lines: (line number, line, classes)."""
    texts = {p.name: [ln.strip(" \t\r\u3000\xa0") for ln in parse_file(p).text.split("\n")] for p in paths}
    seen_in = collections.Counter()
    for lines in texts.values():
        seen_in.update({ln for ln in lines if _is_repeatable(ln)})
    result = {}
    for name, lines in texts.items():
        counts = collections.Counter(ln for ln in lines if ln and not SENTENCE_END.search(ln) and not NOTICE_LINES.match(ln))
        nav = _nav_runs(lines)
        flagged = []
        for i, line in enumerate(lines):
            classes = _line_classes(line)
            if i in nav:
                classes.append("nav_run")
            if line in seen_in and seen_in[line] >= MIN_DOCS:
                classes.append("repeated")
            if counts.get(line, 0) >= MIN_REPEAT and RUNNING_TITLE.search(line) and not HEADING.match(line):
                classes.append("running")
            if classes:
                flagged.append((i + 1, line, classes))
        result[name] = flagged
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev")
    ap.add_argument("--class", dest="cls", help="list only lines of this class")
    ap.add_argument("--counts", action="store_true", help="per-class totals only")
    args = ap.parse_args(argv)
    result = survey(_documents(args.split))
    totals = collections.Counter()
    total = 0
    for name, flagged in result.items():
        shown = [f for f in flagged if args.cls is None or args.cls in f[2]]
        total += len(shown)
        for _n, _line, classes in shown:
            totals.update(classes)
        if shown and not args.counts:
            print(f"== {name} ({len(shown)})")
            for n, line, classes in shown:
                print(f"  {n:5d}  {','.join(classes):24s} {line[:70]}")
    for cls, n in sorted(totals.items()):
        print(f"{cls}\t{n}")
    print(f"flagged lines\t{total}\t({len(result)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
