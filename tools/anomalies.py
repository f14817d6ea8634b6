"""Flag what comes out wrong on its face when unlabelled notices are parsed (no gold needed).

    PYTHONPATH=src python tools/anomalies.py DIR|FILE.csv [--column NAME] [--today YYYY-MM-DD] [--counts]

DIR: every file under it is parsed as a document (bytes as stored). FILE.csv: every row's `--column` field
(default: the longest field of the row) is parsed as the notice's text. One line per suspicious field:

    document <TAB> kind <TAB> value

and, last, one `# kind count` line per kind and `# documents N`. `--counts` prints only those totals.
A flag is a reason to look, not a proven error (the check has no gold); the kinds:

  crash             the parse raised (the exception's type and message)
  warning           a repair warning (its PW code and message)
  title_missing     no title, though the first line (≤ 60 characters, no 。，；：, no heading marker) opens with 关于 or ends in a 文种
                    word (通知, 意见, 办法, …, 措施, 政策), or the first or second line
                    opens with a title (…关于…的通知, 意见, 决定, …) with more glued to it
  title_sentence    the title holds 。 ； ！ or ends in ，／：, or runs over 100 characters
  title_site        the title is a web site's or page's name (…网, 首页, 门户网站, 信息公开) or a breadcrumb (当前位置, 首页 > …)
  title_plan        the title is the issued plan's title, though a line above the body's first sentence is the notice's
                    title issuing it (…印发《X》的通知)
  title_number      the title holds a 文号 (〔yyyy〕n号) or a whole date (yyyy年m月d日), which stand on lines of their own
  issuer_shape      the issuer does not end as a body does (政府, 委员会, 局, 厅, 部, 办公室, …) or holds 。，：
  issuer_missing    no issuer, though a line that is a body's name stands right above a signed date
  doc_number_shape  the 文号 is not 代字〔yyyy〕n号 (nor 代字yyyy年第n号, 第n号 of a 令 or 公告)
  date_order        the issue date is after the publish date
  date_future       the issue or publish date is after --today
  date_number       the 文号's year and the issue date's year are more than one year apart
  index_shape       the 索引号 holds no digit, holds 。，； or Han other than a few code words, or is under 5 or over 60 characters
  addressee_shape   an addressee over 120 characters, or holding 。；！|, 《》, 关于, 印发, 的通知 / 的意见 or a date
  flat_body         at most one numbered node, though three or more lines open with 一、 二、 三、 in order
  heading_long      a heading node whose title runs over 60 characters
  heading_cut       a heading node whose title ends mid-phrase (in 、 ， 和 与 《 “ or a bracket left open)
  unit_shape        a unit outside the lexicon that does not end as a body does, or holds 。，；：
  unit_verb         a unit that opens with a verb or a preposition (负责, 推进, 加强, 由, 按, …): a clause, not a body
  unit_twice        a unit that is both a lead and a support unit of one note
  target_year       a target whose value is a year (1949–2100, no unit or the unit 年)
  target_number     a target read from a 文号 or a 令's number (〔yyyy〕n号, 第n号)
  target_start      a target a change verb follows at once (由30%调整为20%: the value the change starts from)
  target_text_unit  a target whose text does not hold the unit it reports (text 140元, unit 元/平方米); 万 / 亿
                    units and Chinese-numeral percentages (百分之…) are not flagged
  target_value      a target whose value is 0 (no range), a percentage over 1,000, or a number over 10^13
  deadline_early    a `by` deadline whose year is before the issue year
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex as re

from policyparse.pipeline import parse, parse_file

# how the name of a body ends (a unit, an issuer): the organisation words notices sign with
BODY_END = re.compile(r"""(?:
    政府 | 委员会 | 委 | 局 | 厅 | 部 | 办公室 | 办公厅 | 办 | 院 | 署 | 会 | 行 | 处 | 所 | 室 | 站 | 中心
  | 党委 | 党组 | 支部 | 工委 | 组 | 团 | 社 | 司 | 集团 | 公司 | 银行 | 法院 | 检察院 | 大学 | 学院 | 学校
  | 联合会 | 协会 | 总会 | 工会 | 妇联 | 科协 | 侨联 | 残联 | 街道 | 管委会 | 指挥部 | 领导小组 | 机构 | 单位
  | 部门 | 机关 | 企业 | 园区 | 医院 | 队 | 台 | 馆 | 场 | 军区 | 总队 | 支队 | 大队 | 办事处 | 开发区 | 示范区
  | 会议 | 机制
  | 海关 | 省 | 市 | 州 | 县 | 区 | 旗 | 盟 | 镇 | 乡 | 街 | 村
)(?:[（(〔][^（）()〔〕]{1,20}[）)〕])*$""", re.X)  # a body's other name in brackets after it: 县规划局（林业局）
PUNCT_INSIDE = re.compile(r"[。，；：！？]")
TITLE_SENTENCE = re.compile(r"[。；！]|[，、：:]$")
TITLE_SITE = re.compile(r"(?:网|首页|门户网站|信息公开|政务公开|网站)$|^(?:首页|当前位置|您(?:现在)?的位置)|\s[>＞›»]\s|首页\s*[>＞›»]")
# a notice's title opening the first line, glued to what stands before or after it (某政发〔2023〕3号某厅关于印发《…》的通知
# 各市…：), not a title the first sentence cites (为贯彻《关于…的通知》，…)
TITLE_GLUED = re.compile(r"^[^。，；：《》<>〈〉\n]{0,40}?关于[^。，；：\n]{2,80}?的(?:通知|意见|决定|批复|通告|公告|报告|请示|函)(?![》>〉])")
TITLE_NUMBER = re.compile(r"[〔［\[（(](?:19|20)\d\d[〕］\]）)]\s*第?\d{1,4}\s*号|(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
DOC_NUMBER_YEAR = re.compile(r"[〔［\[（(]((?:19|20)\d\d)[〕］\]）)]")
INDEX_BAD = re.compile(r"[。，；]")
# a heading's last character that leaves its phrase open: a list's comma, an opened quote or bracket, a joining
# word (之和 and 参与 close their phrase; 的 and 及 end headings often enough: 有下列情形之一的, 加强科学普及)
# what no addressee holds: a sentence's stop, a title (关于…的通知, 《…》, 印发), a date, a record's field separator
ADDRESSEE_BAD = re.compile(r"[。；！|《》]|关于|印发|的(?:通知|意见)|\d+月\d+日")
HEADING_CUT = re.compile(r"(?:[、，《“（(]|(?<!之)和|(?<![参给授])与|[^）)]*[（(][^）)]*)$")
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # 各市（含定州、辛集市，下同）政府: a note in brackets may hold a comma
UNIT_VERB = re.compile(r"^(?:负责|牵头|配合|推进|推动|加强|加快|做好|开展|组织(?!部|人事)|落实|建立|完善|实施|指导|协调|督促|由|按|按照|依据|根据|会同|联合|结合|对|将|把|在)")
TITLE_LINE = re.compile(r"^关于|(?:政策|措施|通知|意见|方案|办法|规定|决定|通告|公告|批复|函|规划|纲要|要点|细则|条例|措施|报告|请示|通报|命令|决议)$")
DOC_NUMBER = re.compile(r"""^(?:
    \S{1,20}?〔(?:19|20)\d\d〕\d{1,4}号           # 国发〔2019〕3号
  | \S{1,20}?(?:19|20)\d\d年第?\d{1,4}号         # 公告2019年第5号
  | \S{0,20}?第\d{1,5}号                          # 国务院令第432号, 公告第1号
)$""", re.X)
SIGNED_DATE = re.compile(r"^\s*(?:(?:19|20)\d\d|[一二〇○零Ｏ]{4})\s*年.{1,6}月.{1,6}日\s*$")
HEADING_START = re.compile(r"^[“\"]?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")
ORDINAL_LINE = re.compile(r"^\s*([一二三])、", re.M)
NUMBER_TARGET = re.compile(r"〔(?:19|20)\d\d〕\d+号|第\d+号")
CHANGE_AFTER = re.compile(r"[^，。；,;\d]{0,4}?(?:调整|降|提高|提升|上调|下调|下降|降低|增加|增长|上升|上浮|下浮|扩大|减少|调减|调增)(?:为|到|至)")
LONG_HEADING = 60


def flags(name: str, doc, today: str) -> Iterator[tuple[str, str, str]]:
    """Every (document, kind, value) the parsed document gives to look at."""
    meta = doc.metadata
    text = doc.text or ""
    for warning in doc.repair.warning_records:
        yield name, "warning", f"{warning.code} {warning.message[:80]}"
    yield from (( name, kind, value) for kind, value in _title_flags(meta.title, text))
    yield from ((name, kind, value) for kind, value in _issuer_flags(meta.issuer, text))
    if meta.doc_number and not DOC_NUMBER.match(meta.doc_number):
        yield name, "doc_number_shape", meta.doc_number
    yield from ((name, kind, value) for kind, value in _date_flags(meta.issue_date, meta.publish_date, today))
    yield from ((name, kind, value) for kind, value in _field_flags(meta))
    yield from ((name, kind, value) for kind, value in _tree_flags(doc, text))
    yield from ((name, kind, value) for kind, value in _extract_flags(doc, meta.issue_date, text))


def _title_flags(title: str | None, text: str) -> Iterator[tuple[str, str]]:
    if title and f"《{title}》的通知" in text[:text.find("。")] and "印发" in text[:text.find("。")]:
        yield "title_plan", title
    if title is None:
        heads = [line.strip() for line in text.splitlines() if line.strip()][:2] or [""]
        first = heads[0]
        glued = next((m for m in map(TITLE_GLUED.match, heads) if m), None)
        if len(first) <= 60 and TITLE_LINE.search(first) and not PUNCT_INSIDE.search(first) and not HEADING_START.match(first):
            yield "title_missing", first
        elif glued:
            yield "title_missing", glued.group()
        return
    if TITLE_SENTENCE.search(title) or len(title) > 100:
        yield "title_sentence", title
    elif TITLE_SITE.search(title):
        yield "title_site", title
    elif TITLE_NUMBER.search(title):
        yield "title_number", title


def _issuer_flags(issuer: str | None, text: str) -> Iterator[tuple[str, str]]:
    if issuer:
        for name in re.split(r"[、 　]+", issuer):
            if name and (PUNCT_INSIDE.search(name) or not BODY_END.search(name)):
                yield "issuer_shape", issuer
                return
        return
    lines = [line.strip() for line in text.splitlines()]
    for above, line in zip(lines, lines[1:]):
        if SIGNED_DATE.match(line) and 2 <= len(above) <= 30 and BODY_END.search(above) and not PUNCT_INSIDE.search(above):
            yield "issuer_missing", above
            return


def _date_flags(issued: str | None, published: str | None, today: str) -> Iterator[tuple[str, str]]:
    if issued and published and issued > published:
        yield "date_order", f"{issued} > {published}"
    for date in (issued, published):
        if date and date > today:
            yield "date_future", date


def _field_flags(meta) -> Iterator[tuple[str, str]]:
    year = DOC_NUMBER_YEAR.search(meta.doc_number or "")
    if year and meta.issue_date and abs(int(year.group(1)) - int(meta.issue_date[:4])) > 1:
        yield "date_number", f"{meta.doc_number} / {meta.issue_date}"
    index = meta.index_number
    if index and (not any(c.isdigit() for c in index) or INDEX_BAD.search(index) or not 5 <= len(index) <= 60
                  or len(re.findall(r"\p{Han}", index)) > 6):
        yield "index_shape", index
    for addressee in meta.addressees:
        if len(addressee) > 120 or ADDRESSEE_BAD.search(addressee):
            yield "addressee_shape", addressee


def _tree_flags(doc, text: str) -> Iterator[tuple[str, str]]:
    numbered = [node for node in doc.iter_sections() if node.marker]
    if len(numbered) <= 1:
        firsts = [m.group(1) for m in ORDINAL_LINE.finditer(text)]
        if _in_order(firsts, "一二三"):
            yield "flat_body", f"{len(numbered)} numbered node(s), {len(text)} characters"
    for node in numbered:
        if node.kind == "heading" and node.title and len(node.title) > LONG_HEADING:
            yield "heading_long", f"{node.id} {node.title}"
        if node.kind == "heading" and node.title and HEADING_CUT.search(node.title):
            yield "heading_cut", f"{node.id} {node.title}"


def _in_order(seen: list[str], wanted: str) -> bool:
    """`wanted`'s characters appear in `seen` in that order."""
    at = 0
    for item in seen:
        if at < len(wanted) and item == wanted[at]:
            at += 1
    return at == len(wanted)


def _extract_flags(doc, issued: str | None, text: str) -> Iterator[tuple[str, str]]:
    issue_year = int(issued[:4]) if issued else None
    for node in doc.iter_sections():
        note = node.responsibility
        if note and note.inherited_from is None:
            yield from _unit_flags(node.id, note)
        for target in node.targets:
            if 1949 <= target.value <= 2100 and target.value == int(target.value) and target.unit in (None, "年"):
                yield "target_year", f"{node.id} {target.text}"
            elif NUMBER_TARGET.search(target.text):
                yield "target_number", f"{node.id} {target.text}"
            elif CHANGE_AFTER.match(text, target.span[1]):
                yield "target_start", f"{node.id} {text[max(0, target.span[0] - 12):target.span[1] + 8]}"
            if (target.value == 0 and target.value_max is None) or target.value > 1e13 or (target.unit == "%" and target.value > 1000):
                yield "target_value", f"{node.id} {target.text}"
            if _unit_not_written(target):
                yield "target_text_unit", f"{node.id} {target.text} ({target.unit})"
        for deadline in node.deadlines:
            if issue_year and deadline.kind == "by" and deadline.year and deadline.year < issue_year:
                yield "deadline_early", f"{node.id} {deadline.text} (issued {issued})"


def _body_named(unit) -> str:
    """石家庄 in 石家庄、张家口市政府 is read as 石家庄市政府 (its canonical): the body said once for the list is its end."""
    return unit.canonical if unit.canonical.startswith(unit.name) else unit.name


def _unit_flags(node_id: str, note) -> Iterator[tuple[str, str]]:
    for unit in (*note.lead, *note.support):
        if UNIT_VERB.match(unit.name):
            yield "unit_verb", f"{node_id} {unit.name}"
        elif not unit.in_lexicon and (PUNCT_INSIDE.search(BRACKETED.sub("", unit.name)) or not BODY_END.search(_body_named(unit))):
            yield "unit_shape", f"{node_id} {unit.name}"
    both = {unit.canonical for unit in note.lead} & {unit.canonical for unit in note.support}
    for name in sorted(both):
        yield "unit_twice", f"{node_id} {name}"


def _unit_not_written(target) -> bool:
    unit = target.unit
    if not unit or unit[0] in "万亿" or (unit == "%" and "百分之" in target.text):
        return False
    return unit not in target.text.replace(" ", "").replace("％", "%")


def documents(source: Path, column: str | None) -> Iterator[tuple[str, object]]:
    """(name, what to parse) for every document of a folder or every row of a CSV file."""
    if source.is_dir():
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            yield str(path.relative_to(source)), path
        return
    csv.field_size_limit(sys.maxsize)
    with source.open(encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            value = row.get(column) if column else max(row.values(), key=lambda v: len(v or ""), default="")
            if value and value.strip():
                yield f"{source.name}:{number}", value


def survey(items: Iterable[tuple[str, object]], today: str) -> Iterator[tuple[str, str, str]]:
    for name, item in items:
        try:
            doc = parse_file(item) if isinstance(item, Path) else parse(item)
        except Exception as exc:  # a crash is one of the things surveyed
            yield name, "crash", f"{type(exc).__name__}: {str(exc)[:100]}"
            continue
        yield from flags(name, doc, today)


def _one_line(value: str) -> str:
    return value.replace("\t", " ").replace("\r", "⏎").replace("\n", "⏎")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--column")
    ap.add_argument("--today", default=datetime.date.today().isoformat())
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args(argv)
    items = list(documents(args.source, args.column))
    tally = collections.Counter()
    for name, kind, value in survey(items, args.today):
        tally[kind] += 1
        if not args.counts:
            print(f"{name}\t{kind}\t{_one_line(value)}")
    for kind, count in sorted(tally.items()):
        print(f"# {kind} {count}")
    print(f"# documents {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
