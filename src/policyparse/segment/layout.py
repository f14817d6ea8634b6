"""Lines of the repaired text and what each one is: front matter, addressee, prose, signature…

One pass over the lines, shared by the metadata reader and the tree builder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex as re

from policyparse import lexicons
from policyparse.grammar import SEAL_NOTE, SIGNED_LINE, is_enactment_note
from policyparse.segment.dates import is_date_line
from policyparse.grammar import Marker, decimal_heads, match_marker
from policyparse.segment.tables import find_tables
from policyparse.segment.tasktables import TaskTable, find_task_tables

_WS = " \t\r\u3000\u00a0\ufeff\u200b"
_SPACE = re.compile(r"\s+")

# The year in 〔〕 or in any bracket a page puts for it (［］, （）, 【】, the low quotes „‟ of a lost font), or
# written without brackets after the issuer code (某政发2021年第3号, 某某部公告2019年第237号).
DOC_NUMBER = re.compile(
    r"([\p{Han}A-Za-z]{1,12})\s*(?:[〔\[［（(【„]\s*((?:19|20)\d{2})\s*[〕\]］）)】‟]\s*(?:第\s*)?"
    r"|(?<=[发字函办规令告通电])((?:19|20)\d{2})\s*年\s*第\s*)(\d{1,5})\s*[号號]"
)
_DOC_NUMBER_CORE = re.compile(
    r"(?:[〔\[［（(【„]\s*((?:19|20)\d{2})\s*[〕\]］）)】‟]\s*(?:第\s*)?"
    r"|(?<=[发字函办规令告通电])((?:19|20)\d{2})\s*年\s*第\s*)(\d{1,5})\s*[号號]"
)
_ISSUER_CODE = re.compile(r"[\p{Han}A-Za-z]")


# 40000219-5〔2014〕1号: an organisation's 组织机构代码 (eight digits, a hyphen, a check digit) standing for the
# 发文机关代字, as in the CESI 公文 sample; a bare number or a year before the bracket is no code
_ORG_CODE_END = re.compile(r"(?<![0-9A-Za-z-])\d{8}-[0-9X]$")


def find_doc_number(s: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the first 文号 (鞍政发〔2022〕1号) in s[pos:endpos]. Anchored on the
    bracketed year, then extended back over the issuer code, so the scan stays linear."""
    end_limit = len(s) if endpos is None else endpos
    for m in _DOC_NUMBER_CORE.finditer(s, pos, end_limit):
        k = m.start()
        while k > pos and s[k - 1] in " \t\u3000":
            k -= 1
        start = k
        while start > pos and m.start() - start < 16 and _ISSUER_CODE.match(s[start - 1]):
            start -= 1
        if start == k:
            code = _ORG_CODE_END.search(s[max(pos, k - 11):k])
            start = k - len(code.group(0)) if code else k
        if start < k:
            return start, m.end()
    return None


DISCLOSURE = re.compile(r"此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开|有删减)|(?:本文|本件)有删减|(?<=^|[（(])(?:主动公开|依申请公开|不予公开)(?=$|[）)])")
CONTACT = re.compile(r"^[（(]?\s*(联系(?:电话|人|方式)\s*[：:]\s*.*?)\s*[）)]?\s*$")
CONTACT_INLINE = re.compile(r"[（(]\s*(联系(?:电话|人|方式)\s*[：:][^（）()\n]{1,100})[）)]")
ATTACHMENT = re.compile(r"^附\s*件\s*(\d{0,3})\s*[：:．.、]?\s*(.*)$")
ORG_HINT = re.compile(r"政府|部门|单位|办事处|委员会|管委会|局|厅|科协|学会|协会|开发区|街道|办公室|机关|院校|高校|基地|处室|各")
ORG_END = re.compile(
    r"(?:政府|办公厅|办公室|委员会|委|局|厅|部|院|会|科协|中心|小组|公司|集团|大学|学院|学校|办|处|所|站|署|党委|党组|总队|支队|法院|检察院|联社|[^上]司)$"
)
OPENING = re.compile(r"(?:如下|以下工作|以下几项工作|本(?:方案|意见|办法|细则|规划|计划|要点|纲要|规定|措施|实施方案|工作方案|规划纲要|行动计划))[。：:]?$")
CLOSING = re.compile(
    r"^(?:特此(?:通知|通告|公告|报告|函告|批复|函复|通报|函)|本(?:[\p{Han}]{0,4}?)(?:方案|意见|办法|细则|规定|通知|条例|规则|措施|政策|计划|规划|纲要|要点|指南|决定)"
    r"(?:自|从|由|所称|未尽|中|的解释|有效期|印发|发布|执行|实施|施行)|以上(?:意见|方案)|抄送|抄报)"
)


@cache
def _furniture_words() -> tuple[str, ...]:
    return lexicons.entries("web_furniture.tsv")


def is_furniture(s: str) -> bool:
    return any(w in s for w in _furniture_words())


def is_table_row(s: str) -> bool:
    """A row of a table (cells joined by tabs), unless the tab only follows a marker (一、\t总体要求)."""
    if "\t" not in s:
        return False
    first = s.split("\t", 1)[0].strip()
    marker = match_marker(first)
    return not (marker is not None and marker.end >= len(first))


@dataclass
class Line:
    start: int
    end: int
    s: str
    marker: Marker | None = None


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with the offsets of their stripped content; a line broken inside a
    sentence (an unclosed 《 or （, a trailing ，、— ) is joined with the lines that finish it."""
    raw: list[tuple[int, int, bool]] = []
    pos = 0
    n = len(text)
    blank = False
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        a, b = pos, nl
        while a < b and text[a] in _WS:
            a += 1
        while b > a and text[b - 1] in _WS:
            b -= 1
        if b > a:
            raw.append((a, b, blank))
            blank = False
        else:
            blank = True
        pos = nl + 1
    markers: dict[int, Marker | None] = {}

    def marker_of(k: int) -> Marker | None:
        if k not in markers:
            line = text[raw[k][0]:raw[k][1]]
            markers[k] = None if is_table_row(line) else match_marker(line)
        return markers[k]

    out: list[Line] = []
    k = 0
    while k < len(raw):
        first = k
        a, b, _ = raw[k]
        k += 1
        while k < len(raw) and not raw[k][2] and _broken(text[a:b]) and marker_of(k) is None and not _row_pair(text, a, b, raw[k]):
            b = raw[k][1]
            k += 1
        out.append(Line(a, b, text[a:b], marker_of(first)))
    _mark_decimal_heads(out)
    return out


def _mark_decimal_heads(lines: list[Line]) -> None:
    """1.总则 over 1.1编制目的: in a document numbered 1.1 / 1.2.1, its N. lines head the outline (level 1), not items."""
    if any(line.marker is not None and line.marker.style == "decimal" for line in lines):
        for k, head in decimal_heads([line.marker for line in lines]).items():
            lines[k].marker = head


def _row_pair(text: str, a: int, b: int, nxt: tuple[int, int, bool]) -> bool:
    """Either line a table row (cells joined by tabs): rows are never joined, whatever they end with."""
    return "\t" in text[a:b] or "\t" in text[nxt[0]:nxt[1]]


def _broken(s: str) -> bool:
    """A line that stops mid-sentence: open brackets, or a trailing joiner."""
    if len(s) > 2000:
        return False
    if s.endswith(("，", "、", "—", "（", "《", "“", "：“")) and not s.endswith("——"):
        return True
    if s.endswith(("。", "！", "？")):
        return False  # …现将《某某办法〉印发给你们，请认真贯彻执行。: a closed sentence, whatever bracket a typo left open
    if s.count("《") > s.count("》") or s.count("（") + s.count("(") > s.count("）") + s.count(")"):
        return True
    if "，" in s and s[-1] not in "。！？；：”）)》」" and len(s) >= 15 and not is_addressee(s) and match_marker(s) is None:
        if zhusong_line(s):
            return False  # 主送：A，B: the 主送机关 end where the line ends (the 抄送 line below is no part of them)
        # 联系人：张三，电话：1234567: a list of fields ends where its last value ends; the signature below is
        # no part of it
        return _has_open_sentence(s) and not _NUMBER_FIELD_END.search(s)
    return False


_NUMBER_FIELD_END = re.compile(r"[：:][ \t\u3000]*+[\d\-－—()（）、，,/ \t\u3000]{5,}+$")


def _has_open_sentence(s: str) -> bool:
    """Prose that has begun a sentence it has not finished (…请认真组 | 织实施。)."""
    last = max(s.rfind("。"), s.rfind("；"), s.rfind("！"), s.rfind("？"))
    tail = s[last + 1:]
    return "，" in tail and len(tail) >= 8


def is_prose(s: str) -> bool:
    """A sentence paragraph rather than a title, label or fragment."""
    if any(ch in s for ch in "。！？!?") or s.endswith(("；", ";")) or (len(s) > 50 and "，" in s):
        return True
    # a sentence leading into a list (现将有关事项通知如下：), not a label (发布机构：)
    return s.endswith(("：", ":")) and len(s) >= 8 and not is_label_line(s) and not is_furniture(s)


def is_addressee(s: str) -> bool:
    if not s.endswith(("：", ":")):
        return False
    core = s[:-1].strip()
    if len(core) < 3 or len(core) > 400 or "。" in core or is_furniture(core):
        return False
    if find_doc_number(core) or is_label_line(s) or _LEADS_INTO_LIST.search(core):
        return False
    return bool(ORG_HINT.search(core)) or _names_only_bodies(core)


_ADDRESSEE_PARTS = re.compile(r"[、，,；;]")
_BODY_NAME = re.compile(r"^[\p{Han}（）()]{2,20}$")


def _names_only_bodies(core: str) -> bool:
    """认证中心、软件工程与评估中心：: bodies whose names ORG_HINT does not know, each a short name that ends as a
    body's name does (…中心, …院, …公司); a sentence ending in a colon has a part that does not."""
    parts = _ADDRESSEE_PARTS.split(core)
    if len(parts) < 2 and not core.endswith("中心"):
        return False  # one name alone (召开全市工作会：) is too often a sentence's subject
    return all(_BODY_NAME.match(p) and "的" not in p and ORG_END.search(p) for p in parts)


# 主送：各区人民政府，市政府各部门 (GB/T 9704 prints the 主送机关 unlabelled above the body; a 公文 laid out by an
# e-government system may label it, and one with many 主送机关 moves them, labelled, to the 版记)
ZHUSONG_LABEL = re.compile(r"^主[ \t\u3000]*+送[ \t\u3000]*+(?:机关|单位)?[ \t\u3000]*+[：:][ \t\u3000]*+")


def zhusong_line(s: str) -> bool:
    return s.startswith("主") and ZHUSONG_LABEL.match(s) is not None and len(s) > ZHUSONG_LABEL.match(s).end()


# …常务委员会第十七次会议决定，修改下列地方性法规： / …决定对《…》作如下修改：: the sentence of an amending
# 决定 leading into its amendments (its subject names a body, as an addressee does), not the bodies addressed
_LEADS_INTO_LIST = re.compile(r"(?:决定|规定)[，,]|作如下|修改下列|修改如下")


def is_meta_line(s: str) -> bool:
    """（此件公开发布） / （联系电话：…）: metadata, never a node."""
    if len(s) > 120:
        return False
    return bool(DISCLOSURE.search(s) and len(s) <= 20) or bool(CONTACT.match(s))


def is_signature_org(s: str) -> bool:
    return (
        len(s) <= 40
        and not is_prose(s)
        and not any(ch in s for ch in "：:，,《》")
        and not is_meta_line(s)
        and match_marker(s) is None
        and not is_furniture(s)
    )

# 附件 / 附件： alone, without a number: a label only when a colon, a stop or the line end follows
_BARE_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*(?:[：:．.、]|$)")


def attachment_match(s: str):
    if not s.startswith("附"):
        return None  # what ATTACHMENT's ^附 says, without a pattern call for every line
    m = ATTACHMENT.match(s)
    if not m:
        return None
    # 附件 must be a label, not the start of a sentence (附件所列…)
    rest = m.group(2)
    if m.group(1) == "" and not _BARE_ATTACHMENT_LABEL.match(s):
        return None
    if is_prose(rest) and len(rest) > 60:
        return None
    return m


# ------------------------------------------------------------------ header labels

LABELS = [
    "索引号", "索取号", "信息索引号", "发布机构", "发文机关", "发文单位", "成文机关", "信息名称", "名称", "标题", "文件名称",
    "产生日期", "生成日期", "成文日期", "发文日期", "印发日期", "发布日期", "发布时间", "公开日期", "公开时间", "施行日期",
    "发文字号", "文号", "关键词", "主题词", "内容概述", "主题分类", "分类", "体裁分类", "组配分类", "服务对象分类",
    "有效性", "时效性", "效力状态", "是否有效", "有效状态", "公开方式", "公开范围", "公开属性", "来源", "作者", "编辑",
    "浏览次数", "点击数", "点击量", "所属机构", "信息来源", "文章来源",
    # legal-database exports: 【制定机关】…【公布日期】…【字号】…, 发文标题：… / 发文文号：…
    "制定机关", "颁布机关", "公布日期", "颁布日期", "字号", "发文文号", "发文标题", "法规标题", "效力级别", "时效性",
]


def _label_regex() -> re.Pattern:
    alts = []
    for label in sorted(LABELS, key=len, reverse=True):
        alts.append(r"[ \t\u3000]*".join(re.escape(ch) for ch in label))
    names = "|".join(alts)
    # a label may stand in 【】, as legal databases print it, or open a list item (- 索引号：… / • 发文字号：);
    # with its colon it may follow the value before it unspaced (来源：某市人民政府发布时间：2019-08-13)
    glued = r"(?<=\S)(?=(?:" + names + r")[ \t\u3000]*+[：:])"
    return re.compile(r"(?:^[-•·●■▪◆][ \t\u3000]*+|^|(?<=[\s|｜])|" + glued + r")【?(" + names + r")】?[ \t\u3000]*[：:]?")


LABEL_RE = _label_regex()


def is_label_line(s: str) -> bool:
    m = LABEL_RE.match(s)
    return bool(m)


_CELLS_REACH = 40  # how far into a row of bar-separated cells its first field label may stand


def _fields_start(s: str) -> int | None:
    """Where a line's fields start: at its opening label, or in a row of cells at the first cell that
    is a label (公开目录 | 人事信息 | 发布日期 | 2022-03-07 |). A line that opens with neither is no field
    line, and a long one is not scanned."""
    if LABEL_RE.match(s):
        return 0
    bar = s.find("|", 0, _CELLS_REACH)
    if bar < 0:
        return None
    m = LABEL_RE.search(s, bar, bar + _CELLS_REACH)
    return m.start() if m and "|" in s[bar:m.start() + 1] else None


def label_pairs(s: str) -> list[tuple[str, str]]:
    """'产生日期 2022-06-12 文  号 鞍政发〔2022〕1号' -> [('产生日期', '2022-06-12'), ('文号', '鞍政发〔2022〕1号')]."""
    start = _fields_start(s)
    if start is None:
        return []
    hits = list(LABEL_RE.finditer(s, start))
    out = []
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(s)
        label = _SPACE.sub("", m.group(1))
        value = s[m.end():end].strip(" \t\u3000|｜")
        out.append((label, value))
    return out


# ------------------------------------------------------------------ the layout


@dataclass
class Layout:
    text: str
    lines: list[Line]
    front_end: int  # index of the first body line (lines before it are front matter)
    addressee: int | None = None  # line index
    first_marker: int | None = None  # line index of the first numbered heading
    signatures: list[tuple[int, int]] = field(default_factory=list)  # (first line, date line), all of them
    meta_lines: list[int] = field(default_factory=list)
    table_lines: frozenset[int] = frozenset()  # lines of tables flattened into text (segment.tables)
    task_tables: list[TaskTable] = field(default_factory=list)  # tables whose rows are task rows (segment.tasktables)


def analyse(text: str) -> Layout:
    lines = split_lines(text)
    front_end = len(lines)
    for i, line in enumerate(lines):
        s = line.s
        if is_meta_line(s) or ("\t" in s and is_label_line(s)):
            continue  # 主题 词：\t…\t时 效：\t根据…，此文…: a row of header fields, prose or not, is front matter
        if is_addressee(s) or zhusong_line(s) or is_prose(s) or (line.marker is not None and _plausible_first_marker(line)):
            front_end = i
            break
    task_tables = find_task_tables(lines)
    if task_tables:
        front_end = min(front_end, task_tables[0].header[0])  # a task table is body, never front matter
    _unmark_attachment_entries(lines)
    layout = Layout(text, lines, front_end)
    _mark_tables(layout)
    _mark_task_tables(layout, task_tables)
    if front_end < len(lines) and (is_addressee(lines[front_end].s) or zhusong_line(lines[front_end].s)):
        layout.addressee = front_end  # 各区人民政府： or, labelled, 主送：各区人民政府，市政府各部门
    for i in range(front_end, len(lines)):
        if lines[i].marker is not None:
            layout.first_marker = i
            break
    for i in range(front_end, len(lines)):
        s = lines[i].s
        if i in layout.table_lines:
            continue  # a table's date cell (2013年10月) signs nothing
        if is_meta_line(s) or (layout.first_marker is not None and i < layout.first_marker and is_enactment_note(s)):
            layout.meta_lines.append(i)
        elif is_date_line(s):
            layout.signatures.append((_signature_start(layout, i), i))
        elif _signed_line(s):
            layout.signatures.append((i, i))
    return layout


def _unmark_attachment_entries(lines: list[Line]) -> None:
    """附件：1.乡镇…清单 / 2.赋权…清单 / 3.…: the entries numbered on from a list opened on the 附件 line
    name attachments; they head nothing."""
    for i, line in enumerate(lines):
        m = attachment_match(line.s) if line.s.startswith("附") else None
        first = match_marker(m.group(2)) if m else None
        if first is None or first.number != 1:
            continue
        expected = 2
        for nxt in lines[i + 1:]:
            if nxt.marker is None or nxt.marker.style != first.style or nxt.marker.number != expected:
                break
            nxt.marker = None
            expected += 1


def _mark_tables(layout: Layout) -> None:
    """Find the tables flattened into text; a cell that begins with a number (1.居民住宅…) heads nothing."""
    tables = find_tables(layout.lines, layout.front_end, _ends_table)
    for i in tables:
        layout.lines[i].marker = None
    layout.table_lines = frozenset(tables)


def _mark_task_tables(layout: Layout, tables: list[TaskTable]) -> None:
    """The task tables' lines are table lines too (a row's 1 编制… or date cell heads and signs nothing)."""
    layout.task_tables = tables
    claimed = set(layout.table_lines)
    for t in layout.task_tables:
        for i in t.lines:
            layout.lines[i].marker = None
            claimed.add(i)
    layout.table_lines = frozenset(claimed)


def _ends_table(s: str) -> bool:
    """A line no table runs over: an attachment label or a closing formula (特此通知 / 本方案自…)."""
    return attachment_match(s) is not None or CLOSING.match(s) is not None


_SIGNATURE_LINES = 3  # lines above a date that sign it
_JOINT_SIGNATURE_LINES = 8  # ... or more, when every one of them names an issuing body


def _signature_start(layout: Layout, date_i: int) -> int:
    """The first line of the issuer block above the date on line `date_i`."""
    lines = layout.lines
    first = date_i
    j = date_i - 1
    named = False  # an issuing body's name seen below: a short line above it that names no body is not signing
    while j >= layout.front_end and j != layout.addressee and j not in layout.table_lines and is_signature_org(lines[j].s):
        if date_i - j > _SIGNATURE_LINES and not (date_i - j <= _JOINT_SIGNATURE_LINES and ORG_END.search(lines[j].s)):
            break
        org = ORG_END.search(SEAL_NOTE.sub("", lines[j].s).strip()) is not None
        if named and not org:
            break  # 附件：检查表 / 汇总表 / 某某市人民政府 / 2021年6月1日: 汇总表 ends the list, not begins the signature
        named = named or org
        first = j
        j -= 1
    return first


def _signed_line(s: str) -> bool:
    """The issuer and the date on one line (开化县住房和城乡建设局 2021年11月16日)."""
    if " " not in s and "\u3000" not in s:
        return False  # the pattern needs a blank between issuer and date: most lines have none, and are spared it
    m = SIGNED_LINE.fullmatch(s)
    # 某某市教育局（代章） 2021年5月6日: the seal note is no part of the issuer's name
    return m is not None and ORG_END.search(SEAL_NOTE.sub("", m.group("org")).strip()) is not None


def _plausible_first_marker(line: Line) -> bool:
    m = line.marker
    return m is not None and (m.number == 1 or m.style in ("cn", "paren_cn", "chapter", "article"))


