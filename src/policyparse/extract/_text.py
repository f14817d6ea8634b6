"""Shared helpers of the extraction stage: walking the tree, a node's own text, the document's year."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from itertools import repeat
from types import EllipsisType

import re as stdre

import regex as re

from policyparse import lexicons
from policyparse.grammar import (
    HOLD_GIL, IMPLEMENTED_NUMBER, IMPRINT, REPORT_ALSO_PLANS, REPORT_OF_RESULTS, REPORT_PART_LINE, char_positions,
)
from policyparse.models import Metadata, Section

# Nodes that carry no tasks: nothing is extracted from them.
SKIP_KINDS = frozenset({"addressee", "signature", "attachment"})
# 力争 / 争取 / 确保 / 计划 / 目标 / 预计 / 将 / 要: the words that turn a sentence to a goal or a plan; read as a yes / no
# (deadlines: a tally that turns to a goal states none; targets: a year's figures with no goal named before them)
GOAL_NAMED = re.compile(r"力争|争取|确保|计划|目标|预计|将|要")


@functools.cache
def goal_verb_alternation() -> str:
    """The verbs of lexicons/goal_verbs.tsv as one alternation, longest first (新（扩）建 before 新建, 建成 before 建):
    targets' goal verbs and deadlines' step after a year read the same list."""
    return "|".join(re.escape(w) for w in sorted(lexicons.entries("goal_verbs.tsv"), key=len, reverse=True))

# Text inside 《…》 (titles) and “…” (slogans, names) is never a target or a deadline. A “ closed by a
# straight " (“统一窗口出件"模式) is one quotation: read as such, the " does not open a new one.
# Listed characters only: the standard module, which scans them faster; QUOTE_OPENERS: what every match starts with.
_QUOTED = stdre.compile(r"《[^《》\n]{0,200}》|“[^“”\"\n]{0,80}[”\"]|\"[^\"\n]{0,80}\"|〔[^〔〕\n]{0,12}〕")

# a year standing alone: no figure or dash before or after it (2021—2025年, 2021至2025年 are a span, no one year)
_NO_SPAN_BEFORE = r"(?<![\d\-—–－~～至到])"
_NO_SPAN_AFTER = r"(?![\d\-—–－~～至到])"
_LONE_YEAR = _NO_SPAN_BEFORE + r"(\d{4})年" + _NO_SPAN_AFTER

_ANNUAL_TITLE = re.compile(
    _LONE_YEAR + r"[^\n。，]{0,40}?(?:工作要点|要点|工作计划|工作安排|年度计划|行动计划|工作方案|实施方案|任务清单)"
)
_STANDING_RULES = re.compile(r"办法|条例|规定|细则|规则|章程|标准")
# the kind of document a title names is its last kind word: 国家职业标准试点实施方案 (wk_02) and 条例实施方案 are plans that
# carry rules out, 《…实施细则》的通知 issues rules; the rule words, then the words of plans and notices of tasks
_TITLE_KINDS = re.compile(r"(办法|条例|规定|细则|规则|章程|标准)|方案|计划|要点|安排|意见|规划|纲要|清单")
# 现将《政府工作报告》提出的2020年重点工作任务予以分解, 现将分解落实2020年国务院《政府工作报告》确定的重点工作通知如下:
# a notice handing out one year's tasks (a report's 分解 / 落实 notice) names the year its dates fall in
_DISTRIBUTED_YEAR = re.compile(
    r"现将[^。；;\n]{0,30}?" + _LONE_YEAR + r"[^。；;\n]{0,24}?"
    r"(?:重点工作|工作任务|目标任务|重点任务|主要任务)"
)
_DISTRIBUTED_HEAD = 1500  # the notice's opening paragraph says what it hands out
# 按照我县2017年脱贫攻坚的总体部署，本年度林区公路项目要求在8月底前全部完工: the year whose work the notice's
# opening names, then 本年度 / 今年 for it
_YEAR_OF_THE_WORK = re.compile(
    _LONE_YEAR + r"[^。；;\n]{0,24}?(?:部署|安排|要求)[，,]\s?(?:本年度|今年|年内)"
)
# 2023年全区经济社会发展的主要预期目标是：…: a paragraph opening on the year whose goals it lists (a 工作要点 or 重点任务
# page that kept no title year and no date): the year its 上半年 / 力争今年 fall in
_YEAR_OF_THE_GOALS = re.compile(r"(?:^|\n)(\d{4})年" + _NO_SPAN_AFTER + r"[^。；;，,\n]{0,24}?主要(?:预期)?目标(?:是|为)")
# 现就统筹开展全省2022年公共就业服务专项活动有关事项通知如下 (wk_01), 统筹开展2019年全国公共就业服务专项活动，…，现将
# 有关事项通知如下 (wk_03, issued in December 2018), 为做好2022年全省职称申报评审工作，…现就有关事项通知如下: a notice
# opening on the one year whose work or campaign it arranges; its 3-6月 / 6月底前 fall in that year, not the issue year
_WORK_OF_A_YEAR = re.compile(
    r"(?:开展|做好|现就)(?:全省|全市|全区|全县|全国|我省|我市|我区|我县|\p{Han}{2,3}[省市])?" + _LONE_YEAR
    + r"度?[^。；;，,\n]{0,30}?(?:工作|活动|行动)[^。；;\n]{0,120}?通知如下"
)
# 《2018年温州市公共服务体系建设行动计划》（下称《行动计划》）, 将《2009年环保专项行动工作总结》报送…: the annual plan
# a page reports on, or the campaign whose summary it asks for, named with its year at the head of the title
_CITED_WORK_OF_A_YEAR = re.compile(
    r"《(\d{4})年" + _NO_SPAN_AFTER + r"[^《》\n]{0,40}?"
    r"(?:工作要点|工作计划|工作安排|年度计划|行动计划|工作方案|实施方案|任务清单|(?:专项行动|专项整治)(?:工作)?总结)》"
)
_ISO_YEAR = re.compile(r"^(\d{4})-")
# headings of a review of the present: 现状与评价, “十三五”以来取得的成效, 存在问题与成因分析, …工作的主要进展和成效 (a reply's
# account of what was done, sh_06), a plan's 执行情况 and its 可喜的成就, a report's …成效显著 and 工作成效
_RETROSPECTIVE = re.compile(
    r"现状|回顾|取得的?(?:成效|成绩|成就|进展)|主要(?:成效|成就|成绩|进展)|进展(?:和|与|及)成效|(?:发展|工作|现实)基础|基础条件"
    r"|存在的?(?:主要)?问题|面临的(?:主要)?(?:问题|挑战|形势)"
    # (一)发展环境 under a year plan's 总体思路和预期目标 (ts_03): the outlook others give (IMF调高…增速至3.7%), no goal
    r"|^(?:发展|外部|国内外)环境$"
    # 第一章 “十一五”规划执行情况 / 一、可喜的成就 (a new plan's account of the last one, tl_13)
    r"|(?:规划|计划|纲要)的?(?:执行|实施|完成)情况$|^(?:可喜|显著|巨大)的(?:成就|成绩|成效)$"
    # 一、我国数字经济发展成效显著 / 二、工作成效 (xc_01, xc_02: a report's account of the results, its figures on record)
    r"|(?:成效|成就|成绩)(?:显著|明显|突出|斐然|丰硕)$|^(?:主要)?(?:工作|发展|建设|改革)?(?:成效|成绩|成就)$"
)
# 夯实农业发展基础, 筑牢…基础: the base is what the section builds, not a review of it
_FORWARD_TITLE = re.compile(r"目标|任务|要求|举措|措施|思路|原则|夯实|筑牢|打牢|厚植")
_MAX_REVIEW_TITLE = 30
_INF = float("inf")


_DIGIT_WORDS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def year_value(s: str) -> int:
    """2025, 二〇二五 / 一九八六 (a year digit by digit in words), 十二 / 二十一 (a month or a day in words)."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return int("".join(str(_DIGIT_WORDS[c]) for c in s))
    tens, _, units = s.partition("十")
    return (_DIGIT_WORDS[tens] if tens else 1) * 10 + (_DIGIT_WORDS[units] if units else 0)


class WalkedSections(list):
    """A document's top-level sections (the same nodes, in a list of its own), with their walk found once: the
    (node, parent) pairs `walk` gives, depth first. Extraction walks the tree about nine times (units, the review
    nodes, targets' five passes, deadlines, the task rows): each walk read every node's children (a pydantic model's
    attribute read, ≈ 450 instructions) and resumed a generator per node. Extraction changes no node's children
    (it fills responsibility, targets and deadlines), so the order found before it holds throughout."""

    __slots__ = ("pairs", "families")

    pairs: list[tuple[Section, Section | None]]
    # (node, its children) of every node with children, in walk order: what `families` gives
    families: list[tuple[Section, list[Section]]]


def walked(sections: list[Section]) -> WalkedSections:
    """The sections with their walk, for every `walk` of them while the tree's shape stays as it is."""
    tree = WalkedSections(sections)
    pairs: list[tuple[Section, Section | None]] = []
    kin: list[tuple[Section, list[Section]]] = []
    tree.pairs, tree.families = pairs, kin
    # _walk's loop, keeping each pair and each parent's children as they are read
    stack: list[tuple[Section, Section | None]] = list(zip(reversed(sections), repeat(None)))
    pop, push, visit = stack.pop, stack.extend, pairs.append
    while stack:
        pair = pop()
        visit(pair)
        children = pair[0].children
        if children:
            kin.append((pair[0], children))
            push(zip(reversed(children), repeat(pair[0])))
    return tree


def families(sections: list[Section]) -> list[tuple[Section, list[Section]]]:
    """(node, its children) of every node that has children, in walk order (a parent before its descendants)."""
    if type(sections) is WalkedSections:
        return sections.families
    return [(node, node.children) for node, _parent in _walk(sections) if node.children]


def walk(sections: list[Section]) -> Iterator[tuple[Section, Section | None]]:
    """(node, parent) depth first, in document order; no recursion, so deep trees are safe. Sections `walked`
    already give the pairs found then."""
    if type(sections) is WalkedSections:
        return iter(sections.pairs)
    return _walk(sections)


def _walk(sections: list[Section]) -> Iterator[tuple[Section, Section | None]]:
    # the (child, parent) pairs are made by zip in C: a generator expression per node was half the walk,
    # and extraction walks the tree five times (111k nodes of a 10 MB task list: 0.15 -> 0.08 s a walk)
    stack: list[tuple[Section, Section | None]] = list(zip(reversed(sections), repeat(None)))
    pop, push = stack.pop, stack.extend
    while stack:
        pair = pop()
        yield pair
        children = pair[0].children
        if children:
            push(zip(reversed(children), repeat(pair[0])))


def own_range(text: str, node: Section) -> tuple[int, int]:
    """[start, end) of the node's own text (children excluded) in `text`."""
    return _own_range_of(text, node.__dict__)


def _own_range_of(text: str, fields: dict) -> tuple[int, int]:
    """own_range of the node whose fields (its __dict__) are given."""
    # the fields are read from the node's __dict__: every attribute read of a pydantic model passes through
    # BaseModel.__getattr__'s slow hook (≈ 480 instructions a read), and this is asked of every node
    start, end = fields["span"]
    n = len(text)
    # clamped to the text by comparisons: the builtins min / max parse their arguments as keywords, four calls
    # were most of this function, asked for every node
    start = 0 if start < 0 else n if start > n else start
    end = start if end < start else n if end > n else end
    own = fields["text"]
    if own and text.startswith(own, start):
        return start, start + len(own)
    children = fields["children"]
    if children:
        end = max(start, min(end, children[0].span[0]))
    return start, end


def task_nodes(text: str, sections: list[Section]) -> list[tuple[Section, int, int]]:
    """(node, own start, own end) of every node extraction reads, in document order."""
    found = []
    for node, _parent in walk(sections):
        fields = node.__dict__  # one model attribute read for kind, span, text and children (see _own_range_of)
        if fields["kind"] not in SKIP_KINDS:
            found.append((node, *_own_range_of(text, fields)))
    return found


def retrospective_nodes(sections: list[Section]) -> set[int]:
    """ids of the nodes of a review of the present (现状与评价, 取得的成效, 存在问题) and all below them: their
    numbers and dates (截止2020年底，已累计改造…) are on record, not goals or deadlines."""
    found: set[int] = set()
    for node, parent in walk(sections):
        if (parent is not None and id(parent) in found) or _is_retrospective_heading(node):
            found.add(id(node))
    found.update(_review_part(sections))
    return found


def attachment_tail(sections: list[Section]) -> set[int]:
    """ids of the closing paragraphs (and all below them) that follow the notice's 附件： list or its task table at the
    top level: past the last numbered node and an attachment, they are the attached tables' cells and forms printed
    flat (罗店镇 / 垃圾分类绿色账户推进100%全覆盖，创建达标累计61个小区…), whose numbers and times set nothing the
    notice itself commits to."""
    found: set[int] = set()
    after_attachment = False
    for node in sections:
        kind = node.kind
        if kind in ("attachment", "task_row"):
            after_attachment = True
        elif after_attachment and kind == "closing":
            found.update(id(n) for n, _parent in walk([node]))
        elif kind in ("preamble", "closing") and is_flat_attached_table(node.text or ""):
            found.update(id(n) for n, _parent in walk([node]))  # its cells, run together after the 附件 label
        elif kind != "closing":
            after_attachment = False  # a numbered node or a signature after the list: the notice goes on
    return found


def is_flat_attached_table(text: str) -> bool:
    """附件：2023年度…报告名单序号诊断报告名称诊断机构名称所属地市1沧州… (vt_11): an attached list printed after the
    notice as one paragraph, its label and its header (序号) first: the numbers are its cells, set by nothing."""
    return text.startswith("附件") and "序号" in text[:80]


def report_parts(sections: list[Section]) -> tuple[set[int], set[int]]:
    """(the report's 回顾… / 展望… part lines, the paragraphs under a 展望…目标 line): a part line names the part and
    sets no date of its own; under 展望2024年工作目标 the paragraphs state goals (2024年，…: a year to reach)."""
    lines: set[int] = set()
    led: set[int] = set()
    goal_part = False
    for node in sections:
        part = REPORT_PART_LINE.fullmatch(node.text or "") if node.kind == "preamble" else None
        if part is not None:
            lines.add(id(node))
            goal_part = part.group("part") == "展望" and "目标" in part.group(0)
        elif node.kind != "preamble":
            goal_part = False
        elif goal_part:
            led.add(id(node))
    return lines, led


def _review_part(sections: list[Section]) -> Iterator[int]:
    """The paragraphs under a report's 回顾… part line up to its 展望… line (or the first numbered node): they tell
    the year's results (GDP增长6%, 投资10亿元), as a review heading's children do."""
    in_review = False
    for node in sections:
        part = REPORT_PART_LINE.fullmatch(node.text or "") if node.kind == "preamble" else None
        if part is not None:
            in_review = part.group("part") == "回顾"
        elif node.kind != "preamble":
            in_review = False
        elif in_review:
            yield id(node)


def _is_retrospective_heading(node: Section) -> bool:
    if node.kind != "heading":
        return False  # most nodes: their title is not read (a model's attribute read passes through pydantic's __getattr__ hook)
    title = node.title or ""
    if len(title) > _MAX_REVIEW_TITLE:
        return False  # a long run-on title is a task's text (…挖掘对话中可能存在的问题), not a review heading
    return bool(_RETROSPECTIVE.search(title, 0, None, HOLD_GIL)) and not _FORWARD_TITLE.search(title, 0, None, HOLD_GIL)


# the title lines of a page that kept no title: its first short lines (a headline, 近日, the body that issued it, the
# report's title broken over lines), up to the first line of prose
_HEAD_LINE_MAX = 40
_HEAD_LINES = 8


def reports_results(metadata: Metadata, text: str) -> bool:
    """Does the document's title say it reports what was done (关于2023年为民办实事项目实施情况的通报, …工作总结,
    …计划执行情况的报告) and not also hand out the next plan (…执行情况与2025年计划草案报告)? Its figures are then
    results unless a sentence sets a goal."""
    title = metadata.title or metadata.plan_title or _head_lines(text)
    found = REPORT_OF_RESULTS.search(title) if title else None
    return found is not None and REPORT_ALSO_PLANS.search(title) is None


def _head_lines(text: str) -> str:
    head = []
    for line in text[:_HEAD_LINE_MAX * _HEAD_LINES * 2].split("\n")[:_HEAD_LINES]:
        line = line.strip()
        if len(line) > _HEAD_LINE_MAX:
            head.extend(_short_parts_opening(line))
            break
        head.append(line)
    return "".join(head)


# 河北省工业和信息化厅　　2020年法治政府建设情况　　今年以来，我厅… (up_02): a field glued on one line, its body, title
# and prose parted by runs of U+3000
_IDEOGRAPHIC_BLANKS = re.compile("\u3000{2,}")


def _short_parts_opening(line: str) -> list[str]:
    """The short parts a long line opens with, before its first part of prose (none when no U+3000 run parts it)."""
    if "\u3000\u3000" not in line[:_HEAD_LINE_MAX * 2]:
        return []
    parts = []
    for part in _IDEOGRAPHIC_BLANKS.split(line[:_HEAD_LINE_MAX * 3], _HEAD_LINES)[:-1]:
        part = part.strip()
        if len(part) > _HEAD_LINE_MAX:
            break
        parts.append(part)
    return parts


# 下一步工作打算, 2024年工作思路, 目标任务: a part of a report that looks ahead
_FORWARD_PART = re.compile(r"下一步|打算|计划|思路|安排|目标|展望|建议|意见")


def reported_nodes(sections: list[Section], headings: bool = False) -> set[int]:
    """The nodes of a report of results whose figures are read as done: its prose and items, not its headings (a
    completion report's heading names the task it reports on: 一、新增义务教育公办学校学位5万个), not the rows of its
    tables (their task cells set the goals), and nothing under a part that looks ahead (下一步工作打算). `headings`:
    with the headings too (the dates a heading's text tells of, 2023年基本公共卫生服务…, are of record as well)."""
    found: set[int] = set()
    ahead: set[int] = set()
    for node, parent in walk(sections):
        if (parent is not None and id(parent) in ahead) or _heads_a_forward_part(node):
            ahead.add(id(node))
        elif (node.kind in ("preamble", "paragraph", "item") or (headings and node.kind == "heading")
              or _heads_a_body_of_its_own(node)):
            found.add(id(node))
    return found


def _heads_a_body_of_its_own(node: Section) -> bool:
    """五、运用法律手段，防范化解社会矛盾⏎我厅…帮助全省1.3万家企业… (up_02): a report's heading that carries its body
    text and names no figure in its title; the figures are the body's, done as a paragraph's are (a heading naming
    one, 一、新增学位5万个, names the task reported on)."""
    if node.kind != "heading" or node.children or not node.title or _DIGIT.search(node.title):
        return False
    return "\n" in node.text.strip()


_DIGIT = re.compile(r"\d")


def _heads_a_forward_part(node: Section) -> bool:
    """下一步工作打算: a heading over the part of a report that looks ahead (its figures are plans, not results)."""
    return node.kind == "heading" and _FORWARD_PART.search(node.title or "", 0, None, HOLD_GIL) is not None


_QUOTE_OPENERS = "《“\"〔"


def quoted_ranges(own: str) -> list[tuple[int, int]]:
    """The quotations of own (what _QUOTED.finditer finds), tried only where an opening mark stands: str.find
    passes the text for the four marks in C, where the pattern's search looks at every character."""
    out: list[tuple[int, int]] = []
    for at in char_positions(own, _QUOTE_OPENERS):  # most nodes quote nothing: four finds, no match tried
        if out and at < out[-1][1]:
            continue  # inside the quotation before: the search goes on after a match
        m = _QUOTED.match(own, at)
        if m is not None:
            out.append((at, m.end()))
    return out


# 总结了黄金工业在“八五”期间取得的巨大成就：五年累计生产黄金…: the list after a paragraph's 取得的成就： reports
# results (a review inside a news report or a speech), up to a turn forward (今后, 力争, 下一步)
_RESULTS_LISTED = re.compile(r"取得(?:了)?的?(?:巨大|显著|重大|长足|可喜)?(?:成就|成绩|成效)[：:]")
_TURNS_FORWARD = re.compile(r"今后|未来|力争|争取|确保|下一步")
# 其中超额完成任务的已有10项：实体零工驿站建设完成2个，完成率200%；… (wx_07): a progress report's list of the items
# done, led in by their count, reports results as 取得的成就： does
_DONE_ITEMS_LISTED = re.compile(r"(?:完成|建成|竣工|办结)[^，,。；;：:\n]{0,8}?的(?:已)?有[\d一二三四五六七八九十]{1,3}[项件个][：:]")
_DONE_ITEMS_GATES = ("项：", "项:", "件：", "件:", "个：", "个:")


def results_listed(own: str) -> list[tuple[int, int]]:
    """The span of own listing results after its 取得的成就： or its count of items done (…的已有10项：), none when it
    has no such list, for `inside`."""
    # every match opens with 取得: a paragraph without the word (most) is spared the search, asked twice a node
    # (取 looked for first, by memchr: a two-character `in` is ≈ 5 instructions a character)
    m = _RESULTS_LISTED.search(own, 0, None, HOLD_GIL) if "取" in own and "取得" in own else None
    if m is None and "有" in own and any(gate in own for gate in _DONE_ITEMS_GATES):
        m = _DONE_ITEMS_LISTED.search(own, 0, None, HOLD_GIL)
    if m is None:
        return []
    turn = _TURNS_FORWARD.search(own, m.end(), None, HOLD_GIL)
    return [(m.end(), turn.start() if turn else len(own))]


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) within one of `ranges` (sorted, disjoint)?"""
    i = bisect.bisect_right(ranges, (start, _INF)) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def annual_year(metadata: Metadata, text: str) -> int | None:
    """The year of an annual plan (2017年…工作要点): the year its targets and dates belong to."""
    for title in (metadata.title, metadata.plan_title):
        if title:
            m = _ANNUAL_TITLE.search(title, 0, None, HOLD_GIL)
            if m:
                return int(m.group(1))
    head = text[:4000]
    for line in head.split("\n"):
        line = line.strip()
        if 6 <= len(line) <= 80:
            m = _ANNUAL_TITLE.search(line, 0, None, HOLD_GIL)
            if m and m.end() >= len(line) - 6:
                return int(m.group(1))
    return None


# 2006年度政府工作目标考核办法: rules made for one year, its 年度 named in the title (not 2006—2010年度)
_RECORD_YEAR = re.compile(_NO_SPAN_BEFORE + r"((?:19|20)\d\d)[ \t]?年度")


def record_year(metadata: Metadata) -> int | None:
    """The one year (年度) the title or the plan title names the document's work for, if it names one."""
    for title in (metadata.title, metadata.plan_title):
        if title and "年度" in title and (m := _RECORD_YEAR.search(title)):
            return int(m.group(1))
    return None


def issue_year(metadata: Metadata) -> int | None:
    """The year the document was issued: its issue date's, else its 文号's (甘政发〔2022〕9号: a page that kept the
    number and not the date, or republished the notice years later — 时间：2024-01-01 over 汴禹政〔2020〕13号), else
    the year it was published. A standing rule (办法, 条例) keeps its page's year: it sets no goal a later page date
    would wrongly date as past, and the dates it names classes by (对2006年7月1日至…期间退休的人员) are records."""
    if metadata.issue_date and (m := _ISO_YEAR.match(metadata.issue_date)):
        return int(m.group(1))
    if metadata.doc_number and (m := _NUMBER_YEAR.search(metadata.doc_number)) and int(m.group(1)) in _YEARS \
            and not (metadata.publish_date and _is_standing_rule(metadata)):
        return int(m.group(1))
    if metadata.publish_date and (m := _ISO_YEAR.match(metadata.publish_date)):
        return int(m.group(1))
    return None


_NUMBER_YEAR = re.compile(r"〔(\d{4})〕")  # the year of a normalised 文号
_YEARS = range(1949, 2101)


def document_year(metadata: Metadata, text: str, annual: int | None | EllipsisType = ...) -> int | None:
    """The year an implicit date (6月底前, 年底前) falls in: the annual plan's year, else the issue year.
    `annual`: annual_year(metadata, text) when the caller has read it already, None included (… : not read; its
    scan of the head is the cost here).

    Standing rules (办法, 条例 …) have no such year: their 6月30日前 means every application year.
    """
    year = annual_year(metadata, text) if annual is ... else annual
    if year:
        return year
    if _is_standing_rule(metadata):
        return None
    return (work_year(text) or issue_year(metadata) or imprint_year(text) or distributed_year(text) or implemented_year(text)
            or cited_work_year(text))


def _is_standing_rule(metadata: Metadata) -> bool:
    """Does the title name rules in force (办法, 条例 …) rather than a plan or a notice of tasks?"""
    return any(_names_rules(t) for t in (metadata.title, metadata.plan_title) if t)


def _names_rules(title: str) -> bool:
    """Whether a title's last kind word is a rule's (…管理办法》的通知), not a plan's (…标准试点实施方案)."""
    if not _STANDING_RULES.search(title):
        return False  # the common case: one scan
    last = None
    for last in _TITLE_KINDS.finditer(title):
        pass
    return last is not None and last.group(1) is not None


def distributed_year(text: str) -> int | None:
    """The year of the tasks a notice hands out (现将…2020年重点工作任务予以分解), or of the work its opening names
    (按照我县2017年…的总体部署，本年度…): the year a notice with no date of its own (a page that kept no signature
    or fields) sets its 年底前 / 7月10日前 in; or of the goals its opening paragraph lists (2023年…主要预期目标是：)."""
    m = (_DISTRIBUTED_YEAR.search(text, 0, _DISTRIBUTED_HEAD, HOLD_GIL) or _YEAR_OF_THE_WORK.search(text, 0, _DISTRIBUTED_HEAD, HOLD_GIL)
         or _YEAR_OF_THE_GOALS.search(text, 0, _DISTRIBUTED_HEAD, HOLD_GIL))
    return int(m.group(1)) if m else None


def work_year(text: str) -> int | None:
    """The year whose work a notice's opening says it arranges (现就…开展2022年…专项活动有关事项通知如下): the year its
    dates without one fall in, also where the notice went out the December before."""
    m = _WORK_OF_A_YEAR.search(text, 0, _DISTRIBUTED_HEAD, HOLD_GIL)
    return int(m.group(1)) if m and int(m.group(1)) in _YEARS else None


def implemented_year(text: str) -> int | None:
    """The year of the 文号 a page with no date of its own says it carries out in its opening (根据…《…方案》（某〔2019〕4号）
    工作要求, tn_05): the year its 5月底前 / 5月6日前 fall in, where nothing else dates the page."""
    m = IMPLEMENTED_NUMBER.search(text, 0, _DISTRIBUTED_HEAD, HOLD_GIL)
    return int(m.group("year")) if m and int(m.group("year")) in _YEARS else None


def cited_work_year(text: str) -> int | None:
    """The year of the annual plan a page with no date of its own reports on (记者从市发改委了解到，《2018年…行动计划》
    近日已完成编制印发, ty_10), or of the campaign whose summary it asks for (将《2009年环保专项行动工作总结》报送, ty_07):
    the year its 年内 / 6月底 / 10月30日前 fall in, where nothing else dates the page."""
    m = _CITED_WORK_OF_A_YEAR.search(text, 0, _DISTRIBUTED_HEAD, HOLD_GIL)
    return int(m.group(1)) if m and int(m.group(1)) in _YEARS else None


_IMPRINT_TAIL = 600  # the 版记 closes the text: its last lines are enough


def imprint_year(text: str) -> int | None:
    """The year of the 版记 line closing a printed notice (山东省人民政府办公厅2019年3月15日印发): the year a
    notice with no other date (no signature, no page fields) was issued, so its 年底前 falls in it."""
    for line in reversed(text[-_IMPRINT_TAIL:].split("\n")):
        m = IMPRINT.search(line.strip())
        if m:
            year = _IMPRINT_YEAR.match(m.group(0))
            return year_value(year.group(1)) if year else None
    return None


_IMPRINT_YEAR = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年")
