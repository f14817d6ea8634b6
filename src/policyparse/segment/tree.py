"""The heading / item tree over the body, after docs/gold-format.md.

Lines are read once, in order:
  front matter (title, header fields, 文号)            -> no nodes (metadata)
  before the first numbered heading                    -> addressee / preamble / signature / paragraph
  numbered lines                                       -> heading / item, nested by level
  un-numbered lines under a numbered node              -> that node's text (or run-in paragraph nodes)
  after the last numbered node                         -> closing / attachment nodes, or the last node's text
Then levels the document leaves out are inferred where numbering restarts (004), and every node
gets its id, span and own text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from policyparse.grammar import (
    ARTICLE_CITED,
    ATTACHMENT_ENTRY_NUMBER,
    ATTACHMENT_FILE_LINK,
    ATTACHMENT_LABEL,
    BARE_GROUP_NUMBER,
    BLANK_FORM_FIELD,
    BOX_GOAL_ENTRY,
    BOX_TITLE_LINE,
    BOX_TITLE_TAIL,
    CHARGE_TO_ALL,
    CONTACT_TITLE,
    COUNT_ENTRY,
    COUNT_LIST_MIN,
    DOUBLE_DASH_BULLET,
    DUTY_COLON_ENTRY,
    DEPARTMENT_DUTY_ENTRY,
    SHARED_ENDING_DEPARTMENTS,
    DUTY_ENTRY_OPENING,
    DUTY_LIST_ANNOUNCED,
    DUTY_LIST_HEADING,
    FORM_BLANK,
    FORM_COPIES_NOTE,
    GLUED_DUTY_ENTRY,
    HOLD_GIL,
    IMPRINT,
    IMPRINT_DATE_LINE,
    ISSUING_VERB,
    Marker,
    NAMED_PART,
    NAMED_TITLE,
    NEXT_ATTACHED_LABEL,
    NOTE_LABEL,
    NUMBERED_ATTACHMENT_LABEL,
    ORG_END,
    PERSON_LABEL_WORDS,
    REPORT_PART_LINE,
    ROSTER_LABEL,
    ROSTER_LINE,
    ROSTER_MEMBER,
    SO_NOTIFIED_LINE,
    SUBJECT_WORDS_LINE,
    SUMMARY_FIELD,
    TABLE_TITLE,
    UNDER_ARTICLE,
    UNIT_DUTY_OPENING,
    UNIT_LIST_LINE,
    UNIT_MODAL_DUTY,
    UNIT_NAME_LAST,
    UNIT_TITLE,
    YEAR_LEAD_IN,
    column_role,
    dash_bullet_title,
    ends_on_title_word,
    is_bullet_entry,
    is_list_category,
    is_list_label,
    is_note_text,
    is_titled_enactment,
    match_body_duty_sentence,
    match_marker,
    opens_box_heading,
    so_closing,
)
from policyparse.models import Section, built
from policyparse.segment.headings import (
    document_topic,
    enumerated_head,
    glued_section_title,
    glued_title_at_cited_name,
    glued_title_at_echo,
    glued_title_at_predicate,
    glued_title_at_preposition,
    glued_title_at_restart,
    glued_title_at_topic,
    glued_title_at_unit,
    glued_title_at_verb,
    heading_title,
    is_title_sentence,
    label_head,
    long_paragraph_head,
    paragraph_heads,
)
from policyparse.segment.layout import CLOSING, OPENING, Layout, attachment_label, download_list, news_dateline
from policyparse.segment.roles import Roles, find_doc_number, is_addressee, is_cut_sentence, is_furniture, is_prose, is_sharing_note

# 国务院：on a line of its own after a notice's signature: the addressee of the 请示 / 报告 it transmits
_REPORT_ADDRESSEE = re.compile(r"(?P<org>\p{Han}{2,20})[：:]")
_WHITESPACE = re.compile(r"\s")
# 上述… / 以上… taking up the items, 望你乡… / 请你市… turning to the addressee: a 批复's closing words
_SUMMING_UP = re.compile(r"^(?:(?:希望?)?(?:上述|以上)|望你|请你)(?!\p{Han}{0,6}[：:])")
# 地方各级人民政府要… / 国务院各部门和单位要… / 各地区、各部门要…: a charge to every implementer, opening its line
_CHARGES_ALL = re.compile("^" + CHARGE_TO_ALL)
# 特此通知 without its 。 before the body of a plan: a paragraph of the notice, not a title line
_SO_NOTIFIED = re.compile(so_closing(SO_NOTIFIED_LINE) + r"[。.]?")
_LINK_LABEL = re.compile(r"附\s*件\s*[（(](?:点击|请)?下载[^）)]{0,6}[）)]\s*[：:]?")
# 文件详情如下： / 现通知如下： / 这十件实事是： (ud_11) / 主要内容包括：: a sentence however short that leads into what
# follows is a paragraph, not a title
_LEADS_IN = re.compile(r"\p{Han}{2}(?:如下|是|包括)[：:]$")
# 主送：… / 抄送… below the signature, however short: the 版记's lines (GB/T 9704), each a closing line
_COPY_LINE = re.compile(r"^抄[ \t\u3000]*+[送报]")


def _banji_line(roles: Roles, i: int) -> bool:
    return _banji_lead(roles, i) or _imprint_body_line(roles, i)


_IMPRINT_BODY_MAX = 30


def _imprint_body_line(roles: Roles, i: int) -> bool:
    """主题词：… / 重庆邮电大学校长办公室 / 2009年5月21日印发: the imprint's body on a line of its own (no sentence on it)
    between another 版记 line and its 印发 date; a body's line right above the date elsewhere is left to the signature
    and the text around it."""
    s = roles.texts[i]
    return 0 < i < len(roles.texts) - 1 and len(s) <= _IMPRINT_BODY_MAX and not any(c in s for c in "。，；：:,;") \
        and IMPRINT_DATE_LINE.match(roles.texts[i + 1]) is not None and _banji_lead(roles, i - 1)


def _banji_lead(roles: Roles, i: int) -> bool:
    s = roles.texts[i]
    return roles.zhusong(i) or _COPY_LINE.match(s) is not None or SUBJECT_WORDS_LINE.match(s) is not None


_NOTE_AT_END = re.compile(r"[（(]([^（）()\n]{2,120})[）)][。．]?\s*$")


@dataclass(slots=True)
class Node:
    kind: str
    start: int
    end: int
    level: int | None = None
    marker: Marker | None = None
    title: str | None = None
    title_only: bool = False  # the marker line is just a heading (no run-on text)
    title_sentence: bool = False  # the marker line is one short title closed by 。 or ： (（一）指导思想。)
    glued: bool = False  # the title runs straight into its text, no stop between (一、组成人员组长：… on one line)
    runs_on: bool = False  # the marker line goes on past its first sentence (（一）坚持政府主导。各级政府要…)
    head_end: int = -1  # end of the marker line itself, before any body text joins the node
    inferred: bool = False
    named: bool = False  # an un-numbered part of the top level (总则 before 第一章)
    opening: bool = False  # a preamble that announces the body (…制定本方案 / …如下。)
    after_title: bool = False  # a preamble that follows a skipped title line (the plan's opening)
    cells: dict[str, str] | None = None  # a task row's cells (segment.tasktables)
    children: list[Node] = field(default_factory=list)
    rank: int | None = None  # depth for nesting when it differs from the level (一、 under 第X章 / 第X节)
    line_heads: bool = False  # a paragraph of a run headed at line starts only (_run_of_heads)
    lost_marker: bool = False  # a paragraph standing where its list's lost first marker stood (_restore_lost_first)
    duty_entry: bool = False  # a duty list's paragraph opened by its units, kept a paragraph at the top level too

    @property
    def numbered(self) -> bool:
        return self.marker is not None or self.inferred or self.named or self.lost_marker


@dataclass(slots=True)
class _Walk:
    """The one pass over the body's lines: what the layout says of them (read once, up front), the open
    nodes and the position. The front, body and tail handlers each take a line and move `i` on."""

    lines: list
    layout: Layout
    roles: Roles  # each line's role facts (layout.roles)
    n: int
    root: Node
    stack: list[Node]  # open nodes, root excluded
    sig_at: dict[int, int]  # a signature's first line -> its date line
    meta: set[int]
    tables: frozenset[int]
    cited: set[int]  # 第九条修改为：… lines of an amending 决定: no heading
    listed: frozenset[int]  # a bare 附件： label before the body and the numbered attachments listed under it
    downloads: frozenset[int]  # a page's download list (附件下载： and the file names under it): no nodes
    forms: frozenset[int]  # an attached blank form's numbered captions, its cells flattened into them: no nodes
    count_list: frozenset[int]  # before the first marker, a list of counted works one a line (新增100张…床位): paragraphs
    task_rows: dict
    first_marker: int | None
    last_marker: int | None  # the last numbered line of the notice's own body (the tail follows it)
    attach_from: int | None  # the first 附件 label after a numbered line
    resume_at: int  # where an attached document's own numbered body starts again
    last_before: int | None  # the notice's own last numbered line, before its 附件 label
    notified_at: int | None  # 特此通知 standing between the notice's items and a document numbered again after it
    restart_at: int  # the appended document's first numbered line after notified_at (n when none)
    chaptered: bool
    outlined: bool  # the top level is numbered 一、 or by articles: no un-numbered part heads its lists
    one_paragraph_items: bool
    one_paragraph_titles: bool  # every title line (一、落实责任，确保质量) heads one paragraph of text
    headings: dict[int, tuple[str | None, bool]]  # heading_title of a numbered line's text, where read up front
    i: int = 0
    prev_skipped_title: bool = False
    issued_title_seen: bool = False  # a later issued document's title closed the one before it (_issued_title)
    issued_names: frozenset[str] | None = None  # the titles the front's issuing sentence names (_issued_names), read once
    signatures_seen: int = 0
    in_box: bool = False
    box_last: Marker | None = None  # the last numbered line inside the open 专栏 box
    last_cn: int | None = None  # the body's last 一、 line (a 1. list after it may stand at the top level)
    table_after_cn: int | None = None  # the first table line after it (a list below a table is the part's)
    # root's children read by _kind_before_preambles: how many, the last of them, the last non-preamble kind among them
    children_read: tuple[int, Node | None, str | None] = (0, None, None)

    def deepest(self) -> Node | None:
        return self.stack[-1] if self.stack else None

    def extend(self, end: int) -> None:
        if self.stack:
            node = self.stack[-1]
            node.end = max(node.end, end)

    def in_tail(self, i: int) -> bool:
        """After the last numbered line, the 附件 block, and (when the attached document numbers a body of its
        own) the notice's closing lines between its last item and the 附件 label."""
        if self.last_marker is None:
            return False
        if i > self.last_marker:
            return True
        if self.notified_at is not None and self.last_before is not None and self.last_before < i <= self.notified_at:
            return True
        if self.attach_from is None:
            return False
        if self.attach_from <= i < self.resume_at:
            return True
        return self.last_before is not None and self.last_before < i < self.attach_from


def build_tree(text: str, layout: Layout, doc_title: str | None = None) -> list[Section]:
    st = _start_walk(layout)
    n = st.n
    while st.i < n:
        _step(st)
    root = st.root
    topic = document_topic(doc_title)
    if topic is not None:
        _cut_at_topic(root, topic)
    _cut_glued_siblings(root)
    _finish(root)
    _infer_levels(root, text)
    _restore_lost_first(root)
    _restore_lost_between(root, text)
    _front_paragraphs_as_preamble(root)
    _lone_paragraphs_as_title_text(root, text)
    _finish(root)
    out: list[Section] = []
    _assign(root, "", text, out)
    return out


def _start_walk(layout: Layout) -> _Walk:
    lines = layout.lines
    n = len(lines)
    meta = set(layout.meta_lines)
    cited = _cited_lines(layout)
    markers, listed, forms = _walked_markers(layout, cited)
    last_marker, attach_from, resume_at, last_before = _tail_bounds(layout, markers, meta)
    notified_at, last_before, restart_at = _notified_bounds(lines, markers, attach_from, last_before)
    tables = layout.table_lines
    last_cn = _last_cn_part(lines, markers, tables)
    headings: dict[int, tuple[str | None, bool]] = {}
    styles = {lines[k].marker.style for k in markers}  # read once: any() over the markers resumed a generator a marker
    return _Walk(
        lines=lines,
        layout=layout,
        roles=layout.roles,
        n=n,
        root=Node("root", 0, 0, level=0),
        stack=[],
        sig_at={first: date for first, date in layout.signatures},
        meta=meta,
        tables=layout.table_lines,
        cited=cited,
        listed=listed,
        downloads=_download_list(layout),
        forms=forms,
        count_list=_count_list_lines(layout, markers[0] if markers else n, meta),
        task_rows={row.first: row for table in layout.task_tables for row in table.rows},
        first_marker=markers[0] if markers else None,
        last_marker=last_marker,
        attach_from=attach_from,
        resume_at=resume_at,
        last_before=last_before,
        notified_at=notified_at,
        restart_at=restart_at,
        chaptered=not styles.isdisjoint(("chapter", "section")),
        outlined=not styles.isdisjoint(("cn", "article")),
        one_paragraph_items=_items_keep_to_one_paragraph(layout, markers, meta, last_marker),
        one_paragraph_titles=_titles_keep_to_one_paragraph(layout, markers, meta, last_marker, headings),
        headings=headings,
        i=_body_start(layout),
        last_cn=last_cn,
        table_after_cn=_first_table_after(tables, last_cn),
    )


def _walked_markers(layout: Layout, cited: set[int]) -> tuple[list[int], frozenset[int], frozenset[int]]:
    """The numbered body lines the walk opens nodes at, less those that cite, list the front attachments or caption a
    blank form; and those two sets (the walk reads them again)."""
    lines = layout.lines
    markers = [i for i in range(layout.front_end, len(lines)) if lines[i].marker is not None and i not in cited]
    listed = _front_attachment_list(layout, markers)
    forms = _blank_form_captions(layout, markers)
    return [i for i in markers if i not in listed and i not in forms], listed, forms


def _notified_bounds(lines, markers: list[int], attach_from, last_before) -> tuple[int | None, int | None, int]:
    """Where a transmitted document's numbering starts again after the notice's own (when no 附件 label marks it): the
    notice's 特此通知 line, the last marker before it and the first after it (len(lines) where there is none)."""
    notified_at = _notified_before_numbering_again(lines, markers) if attach_from is None else None
    if notified_at is None:
        return None, last_before, len(lines)
    return (notified_at, max(k for k in markers if k < notified_at), next(k for k in markers if k > notified_at))


def _cited_lines(layout: Layout) -> set[int]:
    """Body lines that cite an article or title a record: their markers number no part of this document."""
    lines = layout.lines
    # both tests hold of a numbered line only (their own first test, asked inline: most lines are spared the calls)
    return {i for i in range(layout.front_end, len(lines))
            if lines[i].marker is not None and (_cites_article(lines[i]) or _titles_record(layout.roles, lines, i))}


def _last_cn_part(lines, markers: list[int], tables) -> int | None:
    """The body's last 一、 line outside a table. Table cells lost their markers (segment.layout); the check keeps
    a group label (一、平原城市) out all the same."""
    return next((k for k in reversed(markers) if lines[k].marker.style == "cn" and k not in tables), None)


def _first_table_after(tables, last_cn: int | None) -> int | None:
    """The first table line below the last 一、 part (a list under it goes on that part: _top_list_after_last_part)."""
    if last_cn is None or not tables:
        return None
    return min((k for k in tables if k > last_cn), default=None)


def _body_start(layout: Layout) -> int:
    """Where the walk starts: the front's end, or the line above it when 总 则 right above 第一条 heads the body,
    though no sentence came before it."""
    lines, i = layout.lines, layout.front_end
    if 0 < i < len(lines) and NAMED_PART.fullmatch(lines[i - 1].s, 0, None, HOLD_GIL) \
            and _next_is_article(lines, i - 1, len(lines)):
        return i - 1
    return i


def _tail_bounds(layout: Layout, markers: list[int], meta: set[int]) -> tuple[int | None, int | None, int, int | None]:
    """(last_marker, attach_from, resume_at, last_before): the tail starts after the last numbered line, or
    from the first 附件 label after a numbered line."""
    lines = layout.lines
    last_marker = markers[-1] if markers else None
    attach_from = None
    if markers:
        for i in range(markers[0], len(lines)):
            if attachment_label(layout.roles, i) and i not in meta:
                attach_from = i
                break
    resume_at = len(lines)
    last_before = None
    if attach_from is not None:
        numbered_before = [i for i in markers if i < attach_from]
        last_before = numbered_before[-1] if numbered_before else None
        resume_at = _attached_body(lines, markers, attach_from)
        if resume_at < len(lines):
            last_marker = markers[-1] if numbered_before else None
        else:
            last_marker = numbered_before[-1] if numbered_before else None
    return last_marker, attach_from, resume_at, last_before


def _notified_before_numbering_again(lines, markers: list[int]) -> int | None:
    """四、…继续实施。 / 本通知自印发之日起实施，有效期至…。 / 特此通知 / 关于…政策的解读 / …解读如下： / 一、关于… (vb_06): a
    特此通知 line alone after the notice's items, with a document appended after it that numbers its own body from
    一、 again, no 附件 label between: the notice's text ends there, and the lines between its last item and 特此通知
    are its tail (closing lines), not the last item's text. The line, or None."""
    if len(markers) < 2:
        return None
    for i in range(markers[0] + 1, markers[-1]):
        s = lines[i].s
        if "特此" in s and lines[i].marker is None and _SO_NOTIFIED.fullmatch(s.strip(" \t\u3000"), 0, None, HOLD_GIL):
            after = next((k for k in markers if k > i), None)
            m = lines[after].marker
            first = lines[markers[0]].marker
            if m.number == 1 and m.style == first.style:
                return i
            return None
    return None


def _appended_front_line(st: _Walk, line) -> None:
    """关于…政策的解读 / …解读如下： between 特此通知 and the appended document's 一、 (vb_06): its title lines are no
    nodes, its opening paragraph a preamble of the top level."""
    st.stack.clear()
    if st.roles.prose(st.i):
        st.root.children.append(Node("preamble", line.start, line.end, level=1))
    st.i += 1


def _step(st: _Walk) -> None:
    """Read the line at st.i and move st.i past what it took."""
    i = st.i
    line = st.lines[i]
    if _absorbed(st, line):
        return
    in_tail = st.in_tail(i)
    if not in_tail and i > st.resume_at and _next_attached_label(line):
        st.stack.clear()  # 附件3 / …揭榜任务 / （一）…: the next attached document numbers from the top again (ur_10)
        st.i += 1
        return
    before_first = st.first_marker is None or i < st.first_marker
    # inside the numbered body a bare date line is text (活动时间：/2023年9月16日), not a signature
    if i in st.sig_at and (in_tail or before_first or st.sig_at[i] > i):
        _signature(st, line, in_tail)
    elif in_tail:
        _tail_line(st, line)
    elif st.notified_at is not None and st.notified_at < i < st.restart_at:
        _appended_front_line(st, line)
    elif _named_part(st, line, before_first):
        pass
    elif line.marker is not None and not before_first and i not in st.cited:
        _numbered_line(st, line)
    elif i == st.layout.addressee:
        _top_level_node(st, "addressee", line)  # closing the preamble open above, which would run on over it
        st.i += 1
    elif before_first:
        _front_line(st, line)
    else:
        _unnumbered_body_line(st, line)


def _unnumbered_body_line(st: _Walk, line) -> None:
    """A body line no marker, label or signature claimed: an attached document's opening paragraph below its bare
    label and title (a preamble), or the body's text."""
    i = st.i
    if not st.stack and i > st.resume_at and st.roles.prose(i) and _opens_attached_document(st):
        _top_level_node(st, "preamble", line)  # 附件2 / its title / its opening (vk_02): as in the tail
        st.i += 1
    else:
        _body_line(st, line)


def _absorbed(st: _Walk, line) -> bool:
    """Task rows, 专栏 boxes, skipped labels and flattened tables: taken (st.i moved on) before any other reading."""
    # the tests stay here, the takings (rare) go to helpers: most lines are absorbed by nothing and make no call
    i, s = st.i, line.s
    if i in st.task_rows:
        _take_task_row(st, line, st.task_rows[i])
        return True
    # 专栏 among the first four characters (opens_box_heading's own literal test, asked inline): most lines, no call
    box_heading = "专栏" in s[:4] and opens_box_heading(s)
    if not box_heading and s.endswith(BOX_TITLE_TAIL):
        box_heading = _untitled_box_heading(st, line)
    if st.stack and (box_heading or (st.in_box and not _ends_box(st, i))):
        _take_box_line(st, line, box_heading)
        return True
    st.in_box = False
    # _LINK_LABEL opens on 附: a line that does not (most lines) is spared the call
    if i in st.meta or (line.marker is None and s[:1] == "附" and _LINK_LABEL.fullmatch(s, 0, None, HOLD_GIL)):
        _skip_label(st, line)
        return True
    if i in st.forms:
        st.i += 1  # a blank form's caption and the cells glued to it: fields to fill in, no text of the notice
        return True
    if i in st.tables or st.roles.table_row(i):
        st.extend(line.end)  # a table is text of the node it stands under, never nodes of its own
        st.i += 1
        return True
    return False


def _take_task_row(st: _Walk, line, row) -> None:
    """A task table's row is a node of its own, under the node the table stands in (the top level when none is
    open: a table attached after the notice)."""
    end = st.lines[row.last].end
    parent = st.deepest() or st.root
    parent.children.append(Node("task_row", line.start, end, title=_row_title(row.cells), cells=row.cells))
    parent.end = max(parent.end, end)
    st.i = row.last + 1


def _take_box_line(st: _Walk, line, box_heading: bool) -> None:
    """A 专栏 box's heading or line: text of the node it stands in."""
    st.box_last = None if box_heading else (line.marker or st.box_last)
    st.in_box = True
    st.extend(line.end)
    st.i += 1


def _skip_label(st: _Walk, line) -> None:
    """A metadata field or a 附件（点击下载）： label whose download links the stored copy dropped: nothing to read."""
    if st.i in st.meta and _under_bare_last_title(st, line):
        st.extend(line.end)  # 三、联系方式 / 联系电话：… (sd_05): the field is the title's text
    st.i += 1


def _signature(st: _Walk, line, in_tail: bool) -> None:
    """A signature through its date line: a node of the top level (a closing one after the first in the tail)."""
    date_i = st.sig_at[st.i]
    kind = "closing" if (in_tail and st.signatures_seen) else "signature"
    st.signatures_seen += 1
    st.root.children.append(Node(kind, line.start, st.lines[date_i].end, level=1))
    st.stack.clear()
    st.i = date_i + 1
    st.prev_skipped_title = False


# -- the tail: after the last numbered line --------------------------------------------------------------


def _tail_line(st: _Walk, line) -> None:
    am = attachment_label(st.roles, st.i)
    if st.i in st.downloads:
        pass  # 附件下载： / …办法.docx: the page's download list
    elif am and st.i not in st.meta:
        _tail_attachment(st, line, am)
        return
    if st.i == st.notified_at:  # 特此通知 before an appended document (no 。, so no prose): it closes the notice
        st.root.children.append(Node("closing", line.start, line.end, level=1))
        st.stack.clear()
    elif st.stack and DOUBLE_DASH_BULLET.match(line.s, 0, None, HOLD_GIL):
        _tail_bullet(st, line)
    elif _blank_form_field(st, st.i):
        pass  # 依托单位（公章）： / 共建单位（公章）：: an attached form's cover, fields to fill in
    elif _roster_under_title(st, line.s):
        st.extend(line.end)
    elif st.roles.prose(st.i) or IMPRINT.search(line.s) or _banji_line(st.roles, st.i) or _cut_last_line(st, line.s) \
            or _duty_part_entry(st.deepest(), line.s):  # 派出所负责对不: a duty entry the stored page cut short
        _tail_prose(st, line)
    elif _undated_signature(st, line):
        st.root.children.append(Node("signature", line.start, line.end, level=1))
        st.stack.clear()
    elif _under_bare_last_title(st, line):
        st.extend(line.end)
    st.i += 1


def _under_bare_last_title(st: _Walk, line) -> bool:
    """五、受理单位 / 广华寺街道城乡建设办公室 / 地址：… / 联系电话：… (tc_15, sd_05, ua_01): lines of no prose (a body's
    name, a contact field) right below the notice's last bare title line, every line since the title taken by it, are
    that title's text (a title heads text, gold-format.md), not lines to pass over; an 附件 label or a signature ends
    them (read before this)."""
    top = st.deepest()
    s = line.s
    if not (_bare_last_heading(st, top) and st.i > 0 and top.end == st.lines[st.i - 1].end and "\u4e00" <= s[:1] <= "\u9fff"):
        return False  # （一 / 1 / - 配套讲稿： (te_05, tn_10): a cut marker, a page number, a page's furniture
    if line.marker is not None or st.i in st.sig_at or st.i in st.downloads or "http" in s or attachment_label(st.roles, st.i):
        return False  # 政策解读：https://… (si_09): the page's links, no text of the title
    return st.i in st.meta or _FIELD_LINE.match(s) is not None or (len(s) <= _BODY_NAME_MAX and ORG_END.search(s) is not None)


# 地址：… / 牵头领导：… / 主要职责：…: a field under a title; 广华寺街道城乡建设办公室: a body's name alone on its line
_FIELD_LINE = re.compile(r"\p{Han}{2,8}[：:]")
_BODY_NAME_MAX = 30


def _roster_under_title(st: _Walk, s: str) -> bool:
    """二、组成人员 / 组长： / 孙春兰 国务院副总理 / …: the roster under the last heading's bare title line is its text
    (gold-format.md: under a heading a roster is the heading's text), as it is under a heading of the body (tu_07)."""
    top = st.deepest()
    if top is None or not top.title_only or _ROSTER_TITLE.search(top.title or "") is None:
        return False  # 四、加强科技支撑 / 附图 北京市…示意图: a figure's caption, no member (rd_06)
    return any(p.match(s) is not None for p in (ROSTER_LABEL, ROSTER_LINE, ROSTER_MEMBER))


_ROSTER_TITLE = re.compile(r"组成|成员|人员|名单")


def _cut_last_line(st: _Walk, s: str) -> bool:
    """The document's last line, a sentence the stored page cut off mid-clause (…，进一步发挥湖湘特色): text like any
    other, not a fragment to pass over, nor a title line (a title heads text below it, and none follows). A long
    clause anywhere; a shorter one right after paragraphs of prose."""
    if st.i != st.n - 1 or st.i in st.meta or ends_on_title_word(s):
        return False
    if "，" not in s:
        return _cut_under_bare_title(st, s)
    children = st.root.children
    # 市建管委负责防止水源污染， (tn_01): a duty list's entry the cut left short of a cut sentence's length
    return is_cut_sentence(s) or (len(s) >= 12 and bool(children) and children[-1].kind == "preamble") or (
        UNIT_DUTY_OPENING.match(s) is not None)


_CUT_UNDER_TITLE_MIN = 8  # characters of a sentence the page cut below a bare title (联席会议每年召开一到)


def _cut_under_bare_title(st: _Walk, s: str) -> bool:
    """三、工作规则 / 联席会议每年召开一到 (ua_10): the document's last line, a first clause the stored page cut off mid-word
    right below the last heading's bare title, is that heading's text (the title heads text, as every title does)."""
    top = st.deepest()
    return (top is not None and top.title_only and not top.children and len(s) >= _CUT_UNDER_TITLE_MIN
            and s[-1] not in "。！？；：.!?;:）)" and not is_furniture(s) and st.lines[st.i - 1].start == top.start)


def _tail_bullet(st: _Walk, line) -> None:
    """一、主要目标 / 到2020年，… / ——养老服务设施覆盖…。 / ——全市机构养老床位…: dash-bulleted goals under the last
    numbered heading are its paragraphs, as under any heading of the body (not the notice's closing remarks)."""
    stack = st.stack
    while stack and stack[-1].kind == "paragraph":
        stack.pop()
    _add_paragraphs(stack[-1] if stack else st.root, stack, line, [(0, dash_bullet_title(line.s) or "")])


def _undated_signature(st: _Walk, line) -> bool:
    """民政部 closing the text after the last paragraph, no date below it (sh_06: a reply as a crawl kept it): the
    signature, when the notice was not signed before."""
    return (st.i == st.n - 1 and not st.signatures_seen and st.i not in st.meta
            and st.roles.signature_org(st.i) and ORG_END.search(line.s) is not None)


def _bare_last_heading(st: _Walk, top: Node | None) -> bool:
    """Is the open node the notice's last numbered line, a bare title line with nothing numbered below it?"""
    return top is not None and top.title_only and not top.children and st.lines[st.last_marker].start <= top.start


def _tail_attachment(st: _Walk, line, am) -> None:
    """附件：… in the tail: attachment lines (the label and the entries listed under it), or the label over
    the attached document's title, which is no node."""
    i, n, resume_at = st.i, st.n, st.resume_at
    if _links_listed_files(st, line):
        st.root.children[-1].end = line.end
        st.i = i + 1
        return
    if am.group(2).strip() and i + 1 == resume_at < n:
        st.i = i + 1  # 附件：…名单 right above the attached document's 一、: its title line, no node
        return
    if am.group(2).strip() and _attached_notice_head(st, i, am.group(2)):
        return
    if not am.group(2).strip() and _listed_above(st, line.s):
        # 附件：/ 1.…指标 / 2.…清单 then 附件1： / …指标 / 序号 …: the numbered label heads the document the list named
        st.i = _past_blank_form(st, _skip_attached_title(st, i + 1))
        st.stack.clear()
        return
    if not am.group(2).strip() and _titles_attached_table(st, i):
        st.stack.clear()
        st.i = i + 2  # 附件： / …重点任务清单 / 类别 / 项目 / …: the label and the title over the table are no nodes
        return
    if st.signatures_seen and _NUMBERED_LABEL_AND_TITLE.match(line.s) is not None:
        _attached_head_below_signature(st)
        return
    if am.group(2).strip() or _lists_entries(st, i) or _file_link_below(st, i):
        # 附件：/ 1.…情况表 / 2.…: a bare label over its entries is an attachment line of its own too
        st.root.children.append(Node("attachment", line.start, line.end, level=1))
    elif not line.s.rstrip().endswith(("：", ":")):
        # a bare 附件 / 附件1 heads the attached document: its title line is no node
        st.i = _past_blank_form(st, _skip_attached_title(st, i + 1))
        st.stack.clear()
        _lead_in_above_body(st)
        return
    _attachment_entries_below(st)


def _attached_head_below_signature(st: _Walk) -> None:
    """附件1环评…行动计划（2021-2023年） below the signature: the attached document's head, no node; the paragraphs between
    it and the attached body's first part are that document's opening, preambles of the top level."""
    lines, stop = st.lines, min(st.n, st.resume_at)
    st.stack.clear()
    j = st.i + 1
    while j < stop and st.roles.prose(j):
        st.root.children.append(Node("preamble", lines[j].start, lines[j].end, level=1))
        j += 1
    st.i = j


def _attachment_entries_below(st: _Walk) -> None:
    """The entries listed under an 附件： label, one attachment node each (an entry's name wrapped onto the next line
    joins it)."""
    lines, stop = st.lines, min(st.n, st.resume_at)
    j = st.i + 1
    while j < stop and _entry_line(st, j):
        if _wrapped_entry(st, j):
            st.root.children[-1].end = lines[j].end
        else:
            st.root.children.append(Node("attachment", lines[j].start, lines[j].end, level=1))
        j += 1
    st.stack.clear()
    st.i = j


def _titles_attached_table(st: _Walk, i: int) -> bool:
    """附件： / 杨浦区…重点任务清单 / (the table's header and rows, wm_07): a bare label whose one line below names a table
    (…表, …清单) and stands right above that table's first line heads the attached table; the name is its title, no
    attachment entry (the metadata lists it)."""
    j = i + 1
    return (j + 1 < min(st.n, st.resume_at) and j + 1 in st.tables and j not in st.tables and _entry_line(st, j)
            and TABLE_TITLE.fullmatch(st.lines[j].s.strip()) is not None)


_WRAPPED_ENTRY_MAX = 40  # characters of the rest of an entry's name a wrap carries to the next line at most


def _wrapped_entry(st: _Walk, j: int) -> bool:
    """附件：1.2019年…推进工作联席会 / 议成员单位工作任务清单 / 2.2019年…分解表 (vp_07): in a numbered attachment list, a line
    opening on no number between the entry numbered N above it and the one numbered N+1 below it is the rest of entry N's
    name, wrapped (a page's width, a Markdown line's), not one more attachment."""
    lines = st.lines
    s = lines[j].s
    if j + 1 >= st.n or len(s) > _WRAPPED_ENTRY_MAX or ATTACHMENT_ENTRY_NUMBER.match(s) is not None:
        return False
    above = st.root.children[-1] if st.root.children else None
    if above is None or above.kind != "attachment" or above.end != lines[j - 1].end:
        return False
    m, below = ATTACHMENT_ENTRY_NUMBER.match(lines[j - 1].s), ATTACHMENT_ENTRY_NUMBER.match(lines[j + 1].s)
    return m is not None and below is not None and int(below.group(1)) == int(m.group(1)) + 1


def _listed_above(st: _Walk, s: str) -> bool:
    """附件2： alone, its number among the entries an attachment list above already gave: the label now heads that
    document (its title line below is no entry). 附件1：表A / 附件2：表B, each label listing its one entry, are listings:
    at 附件2： one entry stands above, fewer than its number."""
    m = NUMBERED_ATTACHMENT_LABEL.match(s)
    if m is None:
        return False
    text = st.layout.text
    entries = sum(1 for c in st.root.children
                  if c.kind == "attachment" and ATTACHMENT_LABEL.fullmatch(text[c.start:c.end].strip()) is None)
    return 0 < int(m.group(1)) <= entries


_LEAD_IN_MAX = 20  # characters of a lead-in line (编写参考：, 具体内容如下：)


def _lead_in_above_body(st: _Walk) -> None:
    """附件3 / …联盟 / 协议书（章程） / 编写参考： / 一、标题部分 (vk_07): a short line closed by a colon, past the attached
    document's title lines and right above its first numbered line, leads into its body: its opening, a preamble."""
    i = st.i
    if i + 1 != st.resume_at or i >= st.n:
        return
    line = st.lines[i]
    if line.marker is None and len(line.s) <= _LEAD_IN_MAX and line.s.endswith(("：", ":")) and i not in st.meta:
        st.root.children.append(Node("preamble", line.start, line.end, level=1))
        st.i = i + 1


# the bracketed 文号 a 附件 label gives after the attached document's name: …实施方案（冀教办〔2019〕105号）
_LABEL_DOC_NUMBER = re.compile(r"[（(][^（）()]{0,30}[）)]$")


def _attached_notice_head(st: _Walk, i: int, named: str) -> bool:
    """附件：…实施方案（冀教办〔2019〕105号） / …实施方案 / 冀教办〔2019〕105号 / 各市…人民政府： / 随着…。 / 一、… (vj_02, a 解读 with
    the notice it reads attached): the line under the label repeats the one name it gives, so the attached notice begins
    there. Its title and 文号 lines are no nodes, its 主送 an addressee, its opening paragraphs a preamble, up to its own
    一、; not more attachment entries and closing lines of the 解读. False (nothing taken) when a line between is none
    of these."""
    stop = min(st.n, st.resume_at)
    lines = st.lines
    if not (st.resume_at < st.n and i + 2 < stop):
        return False
    name = _LABEL_DOC_NUMBER.sub("", named.strip())
    if len(name) < 6 or lines[i + 1].s.strip() != name:
        return False
    kinds: list[tuple[int, str | None]] = []
    for j in range(i + 2, stop):
        s = lines[j].s.strip()
        if j in st.sig_at or j in st.tables or lines[j].marker is not None:
            return False
        if j == i + 2 and (span := find_doc_number(s)) is not None and span == (0, len(s)):
            kinds.append((j, None))  # its 文号 line
        elif is_addressee(s):
            kinds.append((j, "addressee"))
        elif s.endswith(("。", "：", ":")) and is_prose(s):
            kinds.append((j, "preamble"))
        else:
            return False
    st.root.children.append(Node("attachment", lines[i].start, lines[i].end, level=1))
    st.root.children.extend(Node(kind, lines[j].start, lines[j].end, level=1) for j, kind in kinds if kind)
    st.stack.clear()
    st.i = stop
    return True


def _links_listed_files(st: _Walk, line) -> bool:
    """附件：1.…主要业绩 / 2.…选择单 / 附件1、2.docx (rb_10); 附件： / 附件1.docx / 附件2.docx (ra_02): a file link named by
    the attachments' numbers alone, right below the attachment lines, is the page's link to the files they list: part of
    the attachment line above it, not one more attachment."""
    children = st.root.children
    return (line.s.startswith("附件") and ATTACHMENT_FILE_LINK.match(line.s) is not None and bool(children)
            and children[-1].kind == "attachment" and children[-1].end >= st.lines[st.i - 1].end)


def _file_link_below(st: _Walk, i: int) -> bool:
    """附件： / 附件1.docx (ra_02): a bare label over the page's file links is the attachment line they belong to."""
    return i + 1 < st.n and ATTACHMENT_FILE_LINK.match(st.lines[i + 1].s) is not None


def _entry_line(st: _Walk, j: int) -> bool:
    """A line under a 附件 label that lists one more attachment (no label, signature, table or skipped line, nor
    a PDF page number standing alone: 10)."""
    roles = st.roles
    return (
        not st.lines[j].s.isdigit() and not attachment_label(roles, j) and j not in st.sig_at and j not in st.meta
        and j not in st.tables and not roles.table_row(j) and _attachment_entry(roles, j)
    )


def _tail_prose(st: _Walk, line) -> None:
    """A sentence after the last item: run-in headed paragraphs of it, a closing line, or the last node's text."""
    top = st.deepest()
    heads = _tail_entry_heads(st, top, line.s)
    if heads is not None:
        _open_paragraphs(st, line, heads, True)
    elif _continues_copy_list(st, line):
        st.root.children[-1].end = line.end
    elif (label := _tail_label_run(st, top)) is not None:
        _open_paragraphs(st, line, [(0, label)], True)
    elif top is not None and "是" in line.s[1:4] and (label := _noted_task_point_head(st)):
        _open_paragraphs(st, line, [(0, label)], True)
    elif _opens_attached_document(st):
        _top_level_node(st, "preamble", line)
    elif _closes(st, line.s, top):
        _add_closing(st, line, top)
    else:
        st.extend(line.end)


def _opens_attached_document(st: _Walk) -> bool:
    """附件1 / 智能网联汽车生产企业安全保障能力要求 / 企业应具备… / 企业安全保障能力要求包括… / 一、… (vk_02, vk_10): the prose
    right below an attached document's bare label and its title line is that document's opening, a preamble as a plan's
    opening is (gold-format.md), not the notice's closing; so is each paragraph of it that follows."""
    i = st.i
    kids = st.root.children
    if kids and kids[-1].kind == "preamble" and kids[-1].end == st.lines[i - 1].end and not st.stack:
        return True  # the opening's next paragraph
    if i < 2 or st.lines[i - 1].marker is not None:
        return False
    title, label = st.lines[i - 1].s, st.lines[i - 2].s
    return len(title) <= _ATTACHED_TITLE_MAX and not st.roles.prose(i - 1) and label.startswith("附") and \
        _BARE_NUMBERED_LABEL.fullmatch(label) is not None


_ATTACHED_TITLE_MAX = 40
# 附件1 / 附件 2： / 附件3: an attached document's label alone on its line, numbered
_BARE_NUMBERED_LABEL = re.compile(r"附[ \t\u3000]*+件[ \t\u3000]*+\d{1,2}[ \t\u3000]*+[：:]?")


def _noted_task_point_head(st: _Walk) -> str | None:
    """1.制定…清单。（牵头单位：市编办；配合单位：…） / 一是… / 二是… / 三是… after the last numbered line (tv_01): the
    points a task closed by its responsibility note counts off are that task's paragraphs, as in the body; below any
    other last line they are left to the closing reading (a run under a last bare heading may be remarks on the
    whole)."""
    label = _counted_off_run_head(st)
    if label is None:
        return None
    above = st.lines[st.i - _counted_off_point_number(st.lines[st.i].s)].s
    return label if _ends_in_note(above) else None


def _tail_entry_heads(st: _Walk, top: Node | None, s: str) -> list[tuple[int, str]] | None:
    """The head of a paragraph the line opens after the last item, as one of a run (None: it opens none): a duty
    list's entry, headed by its units (派出所负责… under a last 职责分工 part, a run of lines opened by units and 负责:
    省统计局负责…; 县交通局、公路局。负责…: the units before the stop), or a run of run-in headed lines."""
    duty_entry = st.i > 0 and _in_duty_list(s, st.lines[st.i - 1].s)
    unit = _duty_part_entry(top, s) or _colon_duty_entry(st, top, s) or (
        None if duty_entry or top is None else _unit_duty_head(st))
    if unit:
        return [(0, unit)]
    if duty_entry:
        return paragraph_heads(s)[:1] or [(0, s[:s.index("。")])]
    if _tail_run_head(st, top, s):
        return paragraph_heads(s)[:1] or [(0, long_paragraph_head(s) or enumerated_head(s))]
    return None


def _add_closing(st: _Walk, line, top: Node | None) -> None:
    """The line closes the notice's text: a closing node at the top level."""
    if _bare_last_heading(st, top):
        # 二、先进个人 / 徐荣伟（安洲街道办事处） / … / 希上述…: the list between the last title line and the closing
        # remark is that heading's text (lines of no prose, which nothing else took)
        top.end = max(top.end, st.lines[st.i - 1].end)
    _top_level_node(st, "closing", line)


_COPY_WRAP_MAX = 40


def _tail_label_run(st: _Walk, top: Node | None) -> str | None:
    """5、各部门要各司其职…。其职责分工为： / 区委宣传部：制订… / 商委：协调…: a run of labelled lines the last item leads
    into with its colon are that item's paragraphs (as in the body), not closing remarks."""
    if top is None:
        return None
    if top.kind == "paragraph" and top.line_heads:
        return _label_run_head(st, top)
    if top.marker is None or st.i == 0:
        return None
    if not st.lines[st.i - 1].s.rstrip().endswith(("：", ":")):
        # 二、工作目标 / 按照…。 / 2021年目标：…: a part the last heading names in its title, as in the body
        head = label_head(st.lines[st.i].s)
        named = head is not None and not head[1] and _label_named_by_heading(top, head[0], st.lines[st.i].s)
        return _label_run_head(st, top) if named else None
    return _label_run_head(st, top)


def _continues_copy_list(st: _Walk, line) -> bool:
    """抄送：市委各部门，…，市检察院。 / 各民主党派市委。: the 抄送 list of the 版记 wrapped onto the next line goes on in
    the closing node of its first line (the line right above; not the imprint line 某某办公厅 2019年1月3日印发)."""
    last = st.root.children[-1] if st.root.children else None
    if last is None or last.kind != "closing" or st.i == 0 or _COPY_LINE.match(st.lines[st.i - 1].s) is None:
        return False
    return last.start == st.lines[st.i - 1].start and len(line.s) <= _COPY_WRAP_MAX and not (
        IMPRINT.search(line.s) or _banji_line(st.roles, st.i) or CLOSING.match(line.s)
    )


def _last_item_bare(st: _Walk, top: Node | None) -> bool:
    # a bare heading as the last item: the lines after it are its text, whatever 特此通知-like words they use
    # (the notice's last heading too when an attached document numbers its own body after the 附件 label: 四、考评结果应用 /
    # 考评结果全市通报… / 附件：…)
    return top is not None and top.title_only and not top.children and (
        top.end == st.lines[st.last_marker].end or top.end == top.head_end)


def _goes_on_a_list(st: _Walk, s: str, top: Node | None) -> bool:
    # 各组成单位及其职责如下： / 县环保局。负责…: a line announcing a list, and the line after it, go on with the part's
    # text (tj_06); the one-paragraph habit of the parts before says nothing of them
    return bool(s.endswith(_ANNOUNCING) or st.lines[st.i - 1].s.endswith(_ANNOUNCING) or _duty_part(top)
                or _counted_off_point(s, st.lines[st.i - 1].s))


def _closes(st: _Walk, s: str, top: Node | None) -> bool:
    bare = _last_item_bare(st, top)
    listed = _goes_on_a_list(st, s, top)
    return bool(
        (_closing_words(s, top, bare) and not _enacting_article(st, top)) or not st.stack or IMPRINT.search(s) or _banji_line(st.roles, st.i) or _sums_up_items(s, top)
        or _directs_all_after_notes(s, st.lines[st.i - 1].s, True) or (st.one_paragraph_items and not bare and not listed)
        or (not bare and _signers_speak(st, s))
        or (st.one_paragraph_titles and _has_its_paragraph(st) and not listed)
    )


_SIGNERS_REACH = 3  # lines from the paragraph to the signature: 特此通知 at most between them


def _signers_speak(st: _Walk, s: str) -> bool:
    """海关总署、国家移民局、中国民航局将发挥牵头协调作用，…各有关单位要… / 特此通知。 / 海关总署 国家移民局 民航局 (vb_01): a
    paragraph after the last item opening on the first of the notice's signers, right above the signature, is the
    notice speaking of its issuers' own part: a closing remark, no text of the last item."""
    nxt = min((k for k in st.sig_at if k > st.i), default=None)
    if nxt is None or nxt - st.i > _SIGNERS_REACH:
        return False
    names = st.lines[nxt].s.split()
    first = names[0] if len(names) > 1 else ""  # signers parted by blanks: one name alone is no list to read
    return len(first) >= 3 and s.startswith(first) and "。" in s


_ANNOUNCING = ("如下：", "如下:")


def _closing_words(s: str, top: Node | None, bare: bool) -> bool:
    """特此通知 / 本方案自印发之日起施行 … (layout.CLOSING) closing the notice: not below a bare last heading, whose text the
    lines after it are, nor as a provision of a last 附则 part."""
    return CLOSING.match(s) is not None and not bare and not _supplementary_provision(top, s)


def _enacting_article(st: _Walk, top: Node | None) -> bool:
    """第六十条 本条例自1993年7月1日起施行。 / 本条例施行前，应当登记而未登记的…： / 本条例施行前…不一致的，适用本条例。
    (wq_03): the paragraphs after the last article, the one that enacts the rules, are that article's own (its transition
    provisions), however they open on 本条例; they close nothing."""
    if top is None or top.marker is None or top.marker.style != "article" or st.last_marker is None:
        return False
    line = st.lines[st.last_marker]
    return top.start == line.start and CLOSING.match(line.s[line.marker.end:].lstrip(" \u3000")) is not None


def _supplementary_provision(top: Node | None, s: str) -> bool:
    """五、附则 / 本政策所列的奖励资金… / 本政策自印发之日起施行，有效期3年。 (uz_11): under a last 附则 part holding its
    paragraphs (no numbered child), the 本…自…施行 / 本…由…解释 sentence is a provision of that part, its text, not the
    notice's closing; below a numbered child of the 附则 (七、附则 / 14.… / 本政策自发布之日起施行, rj_13) it closes."""
    return (s[:1] == "本" and top is not None and not top.children and top.marker is not None
            and top.title is not None and NAMED_PART.fullmatch(top.title) is not None and top.title[:1] == "附")
# 一是对…企业，…给予补助。 / 二是对… (uf_06): points counted off one a paragraph
_COUNTED_OFF = re.compile(r"[ \t\u3000]*+([一二三四五六七八九十])是(?!否|指|由)")


def _counted_off_point(s: str, before: str) -> bool:
    """一是… / 二是… / … under the last heading (uf_06: 三、…主要特点 / 《若干政策》在…提出了支持性举措。 / 一是对… / 二是对…):
    the part's points counted off one a paragraph go on with its text, however the parts before kept to one paragraph
    — the first point (一是), or a later one right below the point before."""
    m = _COUNTED_OFF.match(s) if "是" in s[:6] else None
    if m is None:
        return False
    if m.group(1) == "一":
        return True
    b = _COUNTED_OFF.match(before) if "是" in before[:6] else None
    return b is not None


def _in_duty_list(s: str, before: str) -> bool:
    """县环保局。负责… after …职责如下： or after another such entry: each entry heads a paragraph of its own, even
    where the part already holds text of its own (its unit heads it as a run-in head does)."""
    if "。负责" not in s or not _opens_duty_entry(s):
        return False
    return before.endswith(_ANNOUNCING) or ("。负责" in before and _opens_duty_entry(before))


def _opens_duty_entry(s: str) -> bool:
    # the grammar's pattern looks behind for the sentence end the entry was glued to: a colon stands in for it
    return GLUED_DUTY_ENTRY.match("：" + s, 1) is not None


def _duty_part_entry(top: Node | None, s: str) -> str | None:
    """三、职责分工 / 按照…原则，各村是… / 农业办积极开展… / 企管站做好…: under the last part, a duty list, each paragraph
    opening with a unit and its duty is an entry of its own, headed by the unit (tj_07). The unit named."""
    if not (_duty_part(top) or (top is not None and top.kind == "paragraph" and top.line_heads)):
        return None
    m = DUTY_ENTRY_OPENING.match(s, 0, None, HOLD_GIL)
    return None if m is None or NOTE_LABEL.match(s, 0, None, HOLD_GIL) else m.group("unit")  # not 责任单位：…


_COLON_RUN = 3  # lines in a row headed by units and a colon it takes to read them as a duty list's entries
_COLON_HEAD_REACH = 40  # characters from a line's start its units' colon stands within


def _colon_duty_entry(st: _Walk, top: Node | None, s: str) -> str | None:
    """五、职责分工 / 按照…原则，区民防办、应急管理局牵头，… / 区民防办：负责… / 区应急管理局：参与… / 区规划资源局：指导… (wm_02):
    under the last part, a duty list, a run of paragraphs each headed by its units and a colon are its entries, each
    headed by its units, whatever verb the duty opens with. The units named; None off such a run."""
    if "：" not in s[:_COLON_HEAD_REACH] or not (_duty_part(top) or (top is not None and top.kind == "paragraph"
                                                                    and top.line_heads)):
        return None
    m = DUTY_COLON_ENTRY.match(s, 0, None, HOLD_GIL)
    if m is None:
        return None
    lo = hi = st.i
    # only whether a run of _COLON_RUN lines holds this one is asked: neither scan goes further than that
    while lo > 0 and hi - lo + 1 < _COLON_RUN and _colon_duty_line(st, lo - 1):
        lo -= 1
    while hi - lo + 1 < _COLON_RUN and hi + 1 < st.n and _colon_duty_line(st, hi + 1):
        hi += 1
    return m.group("units") if hi - lo + 1 >= _COLON_RUN else None


def _colon_duty_line(st: _Walk, j: int) -> bool:
    """Line j: prose headed by its units and a colon (区财政局：负责…)."""
    line = st.lines[j]
    return line.marker is None and j not in st.tables and st.roles.prose(j) and \
        DUTY_COLON_ENTRY.match(line.s, 0, None, HOLD_GIL) is not None


def _body_duty_entry(st: _Walk, s: str) -> str | None:
    """二、职责分工 / 发改部门：负责… / 财政部门：负责… / … / 三、工作要求 (xi_03): under a 职责分工 part that is not the last
    one, a duty list whose lines are each headed by units and a colon is read as under a last one (_tail_entry_heads):
    each line heads an entry of its own, where it was that part's text. The list opens on a run of _COLON_RUN such
    lines; once an entry is open, any line so headed is the next one (人民银行恩施州中心支行、恩施银保监分局：负责… /
    教育、卫生、医保、人社部门：负责…: the list's entries are headed many ways). Prose under such a part (区绿化市容局负责…,
    wd_03) stays its text. The units named; None off such a list."""
    stack = st.stack
    # the colon looked for first: most body lines hold none near their start and pay for no title or pattern
    if not stack or "：" not in s[:_COLON_HEAD_REACH]:
        return None
    part = stack[-2] if stack[-1].kind == "paragraph" and len(stack) > 1 else stack[-1]
    if not part.title or not _duty_part(part):
        return None
    head = _duty_colon_head(s)
    if head is None or (stack[-1] is part and not all(
            j < st.n and st.lines[j].marker is None and _duty_colon_head(st.lines[j].s)
            for j in range(st.i + 1, st.i + _COLON_RUN))):
        return None
    return head


def _duty_colon_head(s: str) -> str | None:
    """The units heading a duty-list line before its colon (区财政局：… / 发改部门：负责… / 教育、卫生、医保、人社部门：…),
    None when the line is not so headed."""
    m = DUTY_COLON_ENTRY.match(s, 0, None, HOLD_GIL) or SHARED_ENDING_DEPARTMENTS.match(s, 0, None, HOLD_GIL)
    if m is not None:
        return m.group("units")
    m = DEPARTMENT_DUTY_ENTRY.match(s, 0, None, HOLD_GIL)
    return s[:s.index("：")] if m is not None and "：" in s[:m.end()] else None


def _duty_part(top: Node | None) -> bool:
    """三、职责分工 as the last part: the paragraphs after its first are its duty list (农业办积极开展… / 派出所负责…, tj_07)."""
    return top is not None and bool(top.title) and DUTY_LIST_HEADING.fullmatch(top.title) is not None


def _has_its_paragraph(st: _Walk) -> bool:
    """The last title line already has the one paragraph each title line of the document heads."""
    return any(st.roles.prose(j) for j in range(st.last_marker + 1, st.i) if j not in st.meta)


# -- the body: numbered lines and what stands under them ----------------------------------------------------


def _named_part(st: _Walk, line, before_first: bool) -> bool:
    """总则 / 附则 (an un-numbered part of the top level): opens a node of its own."""
    i, s = st.i, line.s
    # NAMED_PART opens on 总 or 附: a line opening otherwise (most) is spared the look below and the pattern
    if s[:1] in "总附" and (st.chaptered or _next_is_article(st.lines, i, st.n)) and NAMED_PART.fullmatch(s) or (
        not st.outlined and _heads_part(st, before_first)
    ):
        st.stack.clear()
        node = Node("item", line.start, line.end, level=1, title=_WHITESPACE.sub("", s), title_only=True, named=True)
        st.root.children.append(node)
        st.stack.append(node)
        st.i += 1
        return True
    level = _lost_part_level(st, i) if st.chaptered and not before_first and line.marker is None else None
    if level is None:
        return False
    if level == 1:
        st.stack.clear()
    else:
        del st.stack[1:]  # the chapter's title right above, the one node left open
    node = Node("item", line.start, line.end, level=level, title=s, title_only=True, named=True)
    (st.stack[-1] if st.stack else st.root).children.append(node)
    st.stack.append(node)
    st.i += 1
    return True


# 大气污染防治监督管理: a chapter's or section's title alone on its line, no stop or blank in it
_LOST_PART_TITLE = re.compile(r"\p{Han}{2,20}")


def _lost_part_level(st: _Walk, i: int) -> int | None:
    """In a regulation numbered in 第X章 / 第X节 (ur_03: a stored copy that lost some of their markers), a bare title
    line right above 第X条 (or above another such line that is) is a part whose marker was lost: a chapter (1), or a
    section (2) when it stands right under a chapter's title line. None for any other line."""
    lines, n = st.lines, st.n
    s = lines[i].s
    if i + 1 >= n or not _LOST_PART_TITLE.fullmatch(s):
        return None
    nxt = lines[i + 1]
    if nxt.marker is None and _LOST_PART_TITLE.fullmatch(nxt.s) and _next_is_article(lines, i + 1, n):
        return 1  # 大气污染防治措施 / 燃煤和其他能源污染防治 / 第二十三条: a chapter's title over its first section's
    if not _next_is_article(lines, i, n):
        return None
    top = st.deepest()
    under_chapter = top is not None and top.start == lines[i - 1].start and (
        (top.named and top.level == 1) or (top.marker is not None and top.marker.style == "chapter"))
    return 2 if under_chapter else 1


def _numbered_line(st: _Walk, line) -> None:
    """A heading / item line: closes the open nodes of its rank or deeper and opens its own."""
    stack, m = st.stack, line.marker
    article = _open_article(stack)
    # only a 一、 line continues a part or restarts a led-in list (both readers' own first test, asked here: most
    # numbered lines are spared the two calls)
    cn = m.style == "cn"
    part = _part_continued(stack, article, m) if cn and article is not None else None
    level, rank = _level_and_rank(stack, m, part, article)
    if m.style == "article" and article is None:
        _article_entries_above(stack)
    nested = _led_in_list(st, m, rank) if cn else None
    if nested is not None:
        level, rank = nested
    elif part is None and article is None and _numbered_on_from_parts(st, m):
        stack.clear()  # numbered on from the 一、 parts, under none of them
    while stack and (not stack[-1].numbered or _rank(stack[-1]) >= rank):
        stack.pop()
    parent = stack[-1] if stack else st.root
    node = _item_node(line, level, rank, st.headings.get(st.i))
    parent.children.append(node)
    stack.append(node)
    st.i += 1


def _open_article(stack: list[Node]) -> Node | None:
    """The deepest open article (第三条) on the stack, or None: a plain loop, not a generator built every numbered line
    (≈ 2 K a line on the bench, where most stacks hold no article)."""
    for a in reversed(stack):
        if a.marker is not None and a.marker.style == "article":
            return a
    return None


def _numbered_on_from_parts(st: _Walk, m: Marker) -> bool:
    """A 1. line after the body's last 一、 part (no part or article continued) that opens a list of the top level."""
    return m.style == "num" and st.last_cn is not None and st.last_cn < st.i and _top_list_after_last_part(st)


def _level_and_rank(stack: list[Node], m: Marker, part: Node | None, article: Node | None) -> tuple[int, int]:
    """The line's level and rank: a part's continuation takes that part's; under an article, an entry takes its
    level as under an article (UNDER_ARTICLE) and ranks by it; otherwise the rank is read under the open part."""
    level = m.level
    if part is not None:
        level = part.level
    elif article is not None and m.style not in ("chapter", "section", "article"):
        level = UNDER_ARTICLE.get(m.style, level)
    rank = _rank(part) if part is not None else _rank_under_part(stack, m, level) if article is None else level
    return level, rank


# 第二条 产业结构调整的目标： / 推进产业结构优化升级，… (ve_01): an article opening on a noun phrase (…的目标, …的保护范围)
# closed by its colon titles the paragraphs below it; a lead-in of a rule (…应当具备下列条件：, …包括：) does not
_ARTICLE_TITLE = re.compile(r"[ \t\u3000]*+(?!\p{Han}*?(?:应|须|不得|可以|下列|以下|如下|包括))\p{Han}{2,12}的\p{Han}{2,4}[：:]")


# 二、明确开拓出口市场的战略方针，制定开拓国际机电产品市场规划。 / （三）完善师范生招生办法和培养方式，扩大公费师范生培养规模。
# (sc_05, uy_03): a title of two phrases joined by a comma, too long for is_title_sentence's 24 characters, closed by 。
# and alone on its line; each phrase opens on no subject a sentence would have (各地要…, 对…的，给予…, …工作，请总后勤部…).
# Not read under an article (level 4 and deeper): there an entry of a procedure (（四）向国土主管部门申请土地变更登记，领取
# 国有土地使用证。, rd_01) is a step of its list, the text below the article's own.
_TWO_CLAUSE_TITLE = re.compile(r"(?!各|对|凡|由|经|在|如|若|请)[\p{Han}“”\"、（）]{4,24}，(?!由|对|并|但|可|应|须|其|要|按|经|请)[\p{Han}“”\"、（）]{4,24}。")


def _two_clause_title(body: str) -> bool:
    body = body.strip()
    return 24 < len(body) <= 50 and "，" in body and _TWO_CLAUSE_TITLE.fullmatch(body, 0, None, HOLD_GIL) is not None


def _item_node(line, level: int, rank: int, heading: tuple[str | None, bool] | None = None) -> Node:
    """The node a numbered line opens: its title, and whether its text is a title sentence, runs on past its first
    sentence, or goes on right after the title with no stop (an article's text is never a title). `heading`: the
    line's heading_title, when the walk read it up front."""
    s, m = line.s, line.marker
    body = s[m.end:]
    title, is_sentence = heading if heading is not None else heading_title(body)
    return Node("item", line.start, line.end, level=level, marker=m, title=title, title_only=not is_sentence,
                head_end=line.end, rank=rank,
                title_sentence=is_sentence and (m.style != "article" or _ARTICLE_TITLE.fullmatch(body) is not None)
                and (is_title_sentence(body) or (level <= 3 and _two_clause_title(body))),
                runs_on=is_sentence and _INNER_SENTENCE_END.search(body.rstrip("。；; \t\u3000"), 0, None, HOLD_GIL) is not None,
                glued=m.style != "article" and _glued_to_text(body, title))


def _top_list_after_last_part(st: _Walk) -> bool:
    """四、… / 相关术语： / 1.传感器 (sd_11), 申报单位相关证明材料 / 1. … (sh_07), or 一、… 二、… 三、加强督导。… /
    1. … (rv_02, sz_01): a 1. list opening after the body's last 一、 part, below a bare label line of its own
    or below parts that are each one run-in paragraph with no list of their own, is a list of the top level
    (the document's terms, its materials, its tasks), numbered on from the parts, not the last part's entries.
    Not when a table stands between the part and the list: a list under a table (一、平原城市 / … / 1.已有设施…)
    goes on the part the table stands in, and a table's last cell is no label."""
    stack = st.stack  # the caller saw a 1. line after the last 一、
    if not stack:
        return False
    if st.table_after_cn is not None and st.table_after_cn < st.i:
        return False
    if any(a.marker is not None and a.marker.style == "num" for a in stack):
        return False  # the list is open: its next number follows it
    return _labelled_list(st) or _list_after_run_in_parts(st)


def _labelled_list(st: _Walk) -> bool:
    """相关术语： right above 1.: a short un-numbered label line, no lead-in (…如下：) and no sentence."""
    prev, top = st.lines[st.i - 1], st.stack[-1]
    if prev.marker is not None or prev.start <= top.start or not is_list_label(prev.s):
        return False
    if top.title_only and st.lines[st.i - 2].start <= top.start:
        return False  # （一）明确责任 / 政府职责： / 1、… (ua_09): a label right under a bare heading is its text's
    s = prev.s.strip()
    return _LEADS_IN.search(s) is None and not s.endswith(("如下：", "如下:"))


def _list_after_run_in_parts(st: _Walk) -> bool:
    """一、高度重视，认真研究政策。各县区… / 二、… / 三、… / 1. …: the parts are run-in paragraphs, none with a list,
    and the list follows the last of them (not a numbered line of another style standing between: 6.2申请…)."""
    top = st.stack[0]
    if len(st.stack) != 1 or top.marker is None or top.marker.style != "cn":
        return False
    parts = [c for c in st.root.children if c.marker is not None and c.marker.style == "cn"]
    return len(parts) >= 2 and all(c.runs_on and not c.children for c in parts)


def _glued_to_text(body: str, title: str | None) -> bool:
    """Does the text go on right after the title, with no stop between (主要任务电煤市场化改革是…; 活动主题“创”出新天地…,
    wt_02: a quoted slogan)?"""
    if not title:
        return False
    body = body.strip()
    return len(body) > len(title) and body.startswith(title) and (body[len(title)].isalnum() or body[len(title)] == "“")


_ARTICLE_TAIL_STYLES = ("paren_cn", "paren_num", "circled")  # （五）, (3), ③: the marks of an article's entries only


def _article_entries_above(stack: list[Node]) -> None:
    """（五）负责… / 第七条 …: entries open when the first article comes, with no part, chapter or article above
    them, are the tail of an article the page cut away above (a database's second page, te_03): an article's
    entries (level as under an article), closed before it, never its parents."""
    if not stack or any(a.marker is None or a.marker.style not in _ARTICLE_TAIL_STYLES for a in stack):
        return  # 一、 / 1、 before the first article head parts the articles stand in
    for node in stack:
        node.level = UNDER_ARTICLE[node.marker.style]
    stack.clear()


def _part_continued(stack: list[Node], article: Node | None, m: Marker) -> Node | None:
    """一、土地出让 / 第一条… / 第三条… / 二、优化服务 / 第四条…: articles numbered on through parts headed 一、 二、;
    a 一、 line that continues the open part's number (no 一、 list open inside the article) is the next part, not
    an entry of the article above it. Returns the open part it follows."""
    if article is None or m.style != "cn":
        return None
    at = stack.index(article)
    if any(a.marker is not None and a.marker.style == "cn" for a in stack[at + 1:]):
        return None  # 第六条 … / 一、… / 二、…: the article's own list goes on
    part = next((a for a in reversed(stack[:at]) if a.marker is not None and a.marker.style == "cn"), None)
    return part if part is not None and m.number == part.marker.number + 1 else None


def _led_in_list(st: _Walk, m: Marker, rank: int) -> tuple[int, int] | None:
    """二、认真进行…调整工作 / 调整改组的要点是： / 一、改组拖拉机… / 二、配件…: a 一、 list that restarts at 1 on the
    line after a lead-in ending in a colon, inside an open 一、 heading (no 附件 label or signature between), is that
    heading's list: (level, rank) one below it. Its later numbers follow it there while they continue it."""
    if m.style != "cn":
        return None  # lists of entries (（1） / 1.) that restart after a colon stay beside their entries
    same = [a for a in st.stack if a.marker is not None and a.marker.style == "cn"]  # built for 一、 lines only
    if not same:
        return None
    last = same[-1]
    if _rank(last) > rank:  # the restarted list is open: a number continuing it stays in it
        return (last.level, _rank(last)) if m.number == last.marker.number + 1 else None
    # the open node a bare title line (a heading with text of its own), not an entry of a list going on below it
    if m.number != 1 or _rank(last) != rank or not last.title_only or not st.lines[st.i - 1].s.endswith(("：", ":")):
        return None
    if st.lines[st.i - 1].start <= last.start or (st.attach_from is not None and st.attach_from < st.i):
        return None
    if any(last.start < st.lines[first].start < st.lines[st.i].start for first in st.sig_at):
        return None  # a signature between: a transmitted report's own 一、, not a list inside the heading
    return (last.level or 0) + 1, rank + 1


def _body_line(st: _Walk, line) -> None:
    """An un-numbered line inside the numbered body: run-in headed paragraphs, or the open node's text."""
    if st.stack and line.s[-1:] not in _SENTENCE_ENDS and _issued_title(st, line.s):
        st.stack.clear()  # …营造良好的社会氛围。 / 关于改革完善…的实施方案 / 为改革完善… (wl_06): the next issued document
        st.issued_title_seen = st.prev_skipped_title = True
        st.i += 1
        return
    if not st.stack and (st.issued_title_seen or _under_body_signature(st)):
        _front_text_or_title(st, line)
        st.i += 1
        return
    if _labels_a_restarted_list(st, line):
        st.stack.pop()  # 惩戒措施包括： / （一）… (vo_05): the label of the list that starts over, a sibling of its items
        (st.stack[-1] if st.stack else st.root).children.append(
            Node("paragraph", line.start, line.end, title=line.s.rstrip("：: \t\u3000")))
        st.i += 1
        return
    unit = _body_duty_entry(st, line.s)
    if unit:
        _open_paragraphs(st, line, [(0, unit)], True)
        st.i += 1
        return
    heads, label, top = _body_heads(st, line, st.deepest())
    headed = bool(heads) and _heads_open_paragraphs(line.s, top)
    line_heads = bool(heads) and (not headed or _opens_run_under_heading(top)) and _heads_a_run_of_lines(st, line.s, heads)
    if headed or line_heads:
        # a run of lines seen to open with heading sentences: only each line's start heads a paragraph,
        # not a later short sentence in it
        one_a_line = line_heads or (top is not None and top.line_heads)
        _open_paragraphs(st, line, _line_start_heads(heads, top) if one_a_line else heads, one_a_line or bool(label))
    else:
        st.extend(line.end)
    st.i += 1


# 惩戒措施包括： / 主要任务如下：: what the list holds named, then 包括 / 如下 / 主要有 and the colon; a clause leading in
# (有下列情形之一者不得应聘：, 有以下情形的，…处罚：, re_05) is text of the entry above
_LIST_LABEL = re.compile(r"\p{Han}{2,10}(?:包括|如下|主要有)[：:]")


def _labels_a_restarted_list(st: _Walk, line) -> bool:
    """激励措施包括： / （一）… （五）… / 惩戒措施包括： / （一）… (vo_05): between two lists of one node, a short label of
    no clause closed by its colon, right above the second list's first entry, heads that list as a paragraph beside the
    first list's entries; it is no text of the first list's last entry. Only right under an entry's own line, inside a
    node the lists stand in: a heading's lead-in below its text (二、… / 目前，… / 调整改组的要点是： / 一、…) heads a list
    nested under it. A lead-in sentence (除前款规定外，还应当…登记下列事项：, ra_09) stays the entry's text."""
    s, top = line.s, st.deepest()
    if not s.endswith(("：", ":")) or top is None or top.marker is None or top.children or _LIST_LABEL.fullmatch(s) is None:
        return False
    if len(st.stack) < 2 or st.lines[st.i - 1].marker is None or st.i + 1 >= st.n:
        return False
    below = st.lines[st.i + 1].marker
    return below is not None and below.number == 1 and below.style == top.marker.style and top.marker.number > 1


def _issued_title(st: _Walk, s: str) -> bool:
    """Is the line the title of a document the notice's front names in 《》 as what it issues (《关于…的意见》《关于…的实施
    方案》已经…同意，现印发给你们; 现将《中国（山东）…总体方案》、《中国（江苏）…总体方案》…印发给你们, wq_11; 《信息技术发展政策
    要点》和《生物技术发展政策要点》…现印发给你们, wq_09)? A notice issuing several documents prints each one's title above its
    opening: the document before it ends there, and the next one's opening paragraph is a preamble at the top level, as
    the first one's is. A title cited in the front (根据《…》) is not what the notice issues and closes nothing."""
    if st.first_marker is None or len(s) > _ISSUED_TITLE_MAX:
        return False
    if st.issued_names is None:
        st.issued_names = _issued_names(st)
    return s in st.issued_names


def _issued_names(st: _Walk) -> frozenset[str]:
    """The titles the notice's front names in 《》 in its issuing sentence (印发 / 转发 / 批转), read once."""
    names: set[str] = set()
    for k in range(min(st.first_marker or 0, _FRONT_LINES_READ)):
        front = st.lines[k].s
        if ISSUING_VERB.search(front):
            names.update(NAMED_TITLE.findall(front))
    return frozenset(names)


_ISSUED_TITLE_MAX = 80  # a title line, never a paragraph
_FRONT_LINES_READ = 12  # the notice's front lines that may name what it issues
_SENTENCE_ENDS = frozenset("。；;，,：:！？")


def _under_body_signature(st: _Walk) -> bool:
    """Does the line stand under a signature that closed the notice's own numbered items, no node open (三、加强组织实施。…
    / 河北省人民政府办公厅 / 2022年2月26日 / …若干措施 / 省工业和信息化厅 / 为深入贯彻…制定如下措施。 / 一、…, vf_01: a 转发
    notice with items of its own, then the plan it transmits)? Then the plan's title and byline are title lines and its
    opening a preamble, as before a first heading; left to _body_line they extended no node and were lost."""
    return bool(st.signatures_seen) and _kind_before_preambles(st) == "signature"


def _kind_before_preambles(st: _Walk) -> str | None:
    """The kind of root's last child that is no preamble (past the opening's paragraphs already read), None if none.
    Read on from the children read at the last call, which the walk only appends to here: read back over them all
    at every line, a plan of N preamble lines under the signature cost N² / 2 node reads (16,000 lines: 10 s)."""
    kids = st.root.children
    count, last, kind = st.children_read
    if count == 0 or count > len(kids) or kids[count - 1] is not last:
        count, kind = 0, None  # the children changed otherwise than by appending: read them all again
    for k in range(len(kids) - 1, count - 1, -1):
        if kids[k].kind != "preamble":
            kind = kids[k].kind
            break
    st.children_read = (len(kids), kids[-1] if kids else None, kind)
    return kind


def _line_start_heads(heads: list[tuple[int, str]], top: Node | None) -> list[tuple[int, str]]:
    """The heads of a line in a run of lines headed at their start: the line's first, and a later one only when it
    goes on the run's series (坚持共享开放。… 坚持安全可控。…, uw_11: the same two characters open the line's head, the
    glued one and the paragraph above), a line break the stored text lost; any other later short sentence is text."""
    first = heads[0][1][:2]
    if len(heads) == 1 or (top is not None and top.kind == "paragraph" and not (top.title or "").startswith(first)):
        return heads[:1]
    return heads[:1] + [h for h in heads[1:] if h[1].startswith(first)]


def _opens_run_under_heading(top: Node | None) -> bool:
    """第一节 煤炭工业 / 推动煤矿绿色开采。… / 推进煤系共伴生资源综合开发利用。… (ve_09): the first headed line right under
    a numbered heading, when the lines below open with heading sentences too, opens a run of lines each headed at its
    start; a later short sentence in it (强化节能降耗。加快淘汰落后高炉、转炉等。推广连铸坯…技术。…) is its text, as it
    is in every later line of the run. Under an open paragraph the run is the paragraph's to mark (top.line_heads)."""
    return top is not None and top.kind != "paragraph" and top.marker is not None


def _heads_open_paragraphs(s: str, top: Node | None) -> bool:
    """Do a line's run-in heads open paragraphs where they stand: at the top, under a paragraph, under a node
    whose text is headed paragraphs, or as a dash bullet?"""
    return top is None or top.kind == "paragraph" or _heads_paragraphs(top) or _is_dash_bullet(s)


def _heads_a_run_of_lines(st: _Walk, s: str, heads: list[tuple[int, str]]) -> bool:
    """Is the line's head one of a run of lines that open so (a longer head _long_run_head found, or a run of
    short heads line after line)?"""
    return heads[0][1] == long_paragraph_head(s) or _run_of_heads(st, longer=True)


def _open_paragraphs(st: _Walk, line, heads: list[tuple[int, str]], line_heads: bool) -> None:
    """Close the open paragraphs and open the line's under the node left open; line_heads: the last one opens a
    run of lines each headed at its start."""
    stack = st.stack
    while stack and stack[-1].kind == "paragraph":
        stack.pop()
    _add_paragraphs(stack[-1] if stack else st.root, stack, line, heads)
    if line_heads:
        stack[-1].line_heads = True


def _body_heads(st: _Walk, line, top: Node | None) -> tuple[list[tuple[int, str]], str | None, Node | None]:
    """(heads, label, top): the run-in heads an un-numbered body line opens with, the label of a run of
    labelled lines it belongs to, and the node its paragraphs go under (None: wherever the run stands)."""
    heads = _own_heads(st, line.s, top)
    if heads or top is None:
        return heads, None, top
    label = _run_entry_head(st, line.s, top)
    if not label:
        return heads, label, top
    # the run starts its paragraphs wherever it stands
    return [(0, label)], label, (top if top.kind == "paragraph" else None)


def _own_heads(st: _Walk, s: str, top: Node | None) -> list[tuple[int, str]]:
    """The heads a line opens with by its own words: run-in heading sentences of a prose line, the long head a
    run of such lines shares, or a dash bullet's title."""
    prose = st.roles.prose(st.i)
    heads = paragraph_heads(s) if prose else []
    if heads and (s.startswith(_LOOKS_BACK) or _lone_statement_under_heading(st, top, s, heads)
                  or _in_unheaded_parallel_run(st, s)):
        heads = []
    if not heads and prose and (long_head := _long_run_head(st, top)):
        heads = [(0, long_head)]
    if not heads and prose and "、" in s[:24] and (listed := _enumerated_run_head(st, s, top)):
        heads = [(0, listed)]
    # ——数字产业化发展水平快速跃升。…: dash-bulleted goals are paragraphs even under a heading that runs on
    bullet = dash_bullet_title(s) if not heads else None
    return [(0, bullet)] if bullet else heads


# （十四）其他处理。 / 上述处理措施可合并使用。给予前款…处理的，… (we_07): a sentence opening on words that point back at
# what stands above it remarks on that list or clause — the text of the article it goes on, never the head of a paragraph
_LOOKS_BACK = ("上述", "前述", "前款", "前项", "以上各项", "以上措施", "以上处理")


# 今年是党的二十大召开之年。 / 刚刚过去的2021年极不平凡。 / 过去一年极不平凡。: a report's remark on the year it speaks of, a
# statement (the year as subject, 是 or a judgment after it), never a heading's topic; 今年我市经济社会发展的主要目标。
# (ts_01, a noun phrase titling its goals) opens on no 是 and stays a head
_YEAR_REMARK = re.compile(r"(?:今年|明年|去年|这一年)是|(?:刚刚)?过去的?(?:一|五|十)?年|刚刚过去的")
_YEAR_REMARK_OPENINGS = ("今年", "明年", "去年", "这一年", "过去", "刚刚过去")  # the literal test before the regex


_PARALLEL_REACH = 4  # lines either side of the line that a run of parallel paragraphs is looked for in
_PARALLEL_UNHEADED = 2  # unheaded paragraphs of the run opening on the same word that make it a run of sentences


def _in_unheaded_parallel_run(st: _Walk, s: str) -> bool:
    """（六）…的经费管理 / 明确…的来源，如… / 明确…用途，如… / … / 明确…的使用规则。创新联盟若设立… (vk_07): paragraphs in a row
    that open on the same word (明确) are sentences of one parallel run; where two or more of them open on no run-in head,
    the short first sentence of another (明确创新联盟经费的使用规则。) is its run's sentence too, not a heading. Only
    unbroken prose lines next to the line count (no numbered line, no blank line of another kind between)."""
    word = s[:2]
    unheaded = 0
    for step in (-1, 1):
        j = st.i + step
        while 0 <= j < st.n and abs(j - st.i) <= _PARALLEL_REACH:
            line = st.lines[j]
            if line.marker is not None or not line.s.startswith(word) or not st.roles.prose(j):
                break
            if not paragraph_heads(line.s):
                unheaded += 1
                if unheaded >= _PARALLEL_UNHEADED:
                    return True
            j += step
    return False


def _lone_statement_under_heading(st: _Walk, top: Node | None, s: str, heads: list[tuple[int, str]]) -> bool:
    """二、2022年工作总体要求和主要目标 / 今年是党的二十大召开之年。政府工作要以… / 主要预期目标是：… (vi_03; 一、2021年工作
    回顾 / 刚刚过去的2021年极不平凡。这一年，…): a short first sentence right below a numbered heading that remarks on the
    year (_YEAR_REMARK), with no headed line after it, is the section's text, not a run-in head. A lone short sentence
    of other words stays a head (sc_06 全国总人口控制在136000万人。, uw_11 建设药品监管云。, ve_05 夯实基础，补齐短板。)."""
    if top is None or top.marker is None or top.children or len(heads) != 1:
        return False
    if not s.startswith(_YEAR_REMARK_OPENINGS) or _YEAR_REMARK.match(s) is None:
        return False
    if st.i == 0 or st.lines[st.i - 1].start != top.start:
        return False
    return not _run_of_heads(st)


def _run_entry_head(st: _Walk, s: str, top: Node) -> str | None:
    """The label of a run of lines the line is an entry of, by the first run that takes it: labelled lines,
    noted lines, units' duties, points counted off (一是 / 二是 / 三是)."""
    return (
        _label_run_head(st, top)
        or _noted_run_head(st)
        or _unit_duty_head(st)
        or ("是" in s[1:4] and _counted_off_run_head(st))
        or None
    )


_COUNTED_OFF_RUN_MIN = 3  # 一是 / 二是 alone are as often two points of the heading's own text
_COUNTED_OFF_RUN_MAX = 10  # 十是: the last point a line may count off
_POINT_TITLE_END = re.compile(r"[。；，,;]")


def _counted_off_point_number(s: str) -> int | None:
    """一是坚持系统谋划，… -> 1; 一是要坚持… -> 1 too (rb_01): the 要 of duty changes nothing in how the points are
    counted off (docs/gold-format.md, counted points)."""
    m = _COUNTED_OFF.match(s) if "是" in s[1:4] else None
    if m is None:
        return None
    return "一二三四五六七八九十".index(m.group(1)) + 1


def _counted_off_run_head(st: _Walk) -> str | None:
    """二、基本原则 / 一是坚持系统谋划，顶层设计。… / 二是… / 三是… (un_07; sd_03, tv_01 under a run-in line): points counted
    off one a line, the first right below the numbered line they stand under, three or more in a row, are its
    paragraphs, each a node (a run that follows a paragraph of the heading's own text goes on with that text: uf_06).
    The point's first phrase titles it."""
    lines, i = st.lines, st.i
    n = _counted_off_point_number(lines[i].s)
    if n is None:
        return None
    first = i - (n - 1)
    if first < 1 or lines[first - 1].marker is None:
        return None
    if any(_counted_off_point_number(lines[j].s) != j - first + 1 for j in range(first, i)):
        return None
    end = i + 1
    while end < st.n and end - first < _COUNTED_OFF_RUN_MAX and _counted_off_point_number(lines[end].s) == end - first + 1:
        end += 1
    if end - first < _COUNTED_OFF_RUN_MIN:
        return None
    s = lines[i].s
    stop = _POINT_TITLE_END.search(s)
    return s[:stop.start()] if stop else s


def _unit_duty_head(st: _Walk) -> str | None:
    """省统计局负责… / 省公安厅负责… (tn_07), 市卫生局负责… / 市建管委负责… (tn_01): prose lines in a row, each opened by
    its units and 负责, are a duty list's paragraphs, each headed by its units (their title). Two lines at least: one such
    sentence is a paragraph's text. Beside such lines, one opened by its units and 要 (区环保局要加强…) or by a body
    without level word (规划分局负责…) is an entry of the run too (ua_03)."""
    i = st.i
    # the line's own loose opening first: the run's walk up and down (_run_has_strict_line, a few µs) only for a line
    # that may be an entry (both tests pure; most front lines are no duty line at all)
    m = _unit_duty_line(st, i) or _loose_duty_entry(st, i)
    if m is None or not _duty_run_announced(st, i):
        return None
    if _run_line(st, i - 1) or _run_line(st, i + 1) or _names_more_units(st.lines[i].s, m.end()):
        return m.group("units")
    return None


def _loose_duty_entry(st: _Walk, i: int):
    """The loose opening of line i (区委农办要… / 规划分局负责…) where its run holds a line opened by units and 负责."""
    m = _loose_duty_line(st, i)
    return m if m is not None and _run_has_strict_line(st, i) else None


def _run_line(st: _Walk, j: int):
    """A line of a duty run: opened by its units and 负责, or by the looser openings the run admits beside them."""
    return _unit_duty_line(st, j) or _loose_duty_line(st, j)


def _loose_duty_line(st: _Walk, j: int):
    """区委农办要结合… / 规划分局负责…: a line that is a duty run's entry only beside lines opened by units and 负责."""
    return _unit_duty_line(st, j, UNIT_MODAL_DUTY.match) or _unit_duty_line(st, j, match_body_duty_sentence)


def _run_has_strict_line(st: _Walk, i: int) -> bool:
    """Does the run of duty lines around line i hold a line opened by units with their level word and 负责?"""
    lo = hi = i
    while lo > 0 and _run_line(st, lo - 1):
        lo -= 1
    while hi < st.n - 1 and _run_line(st, hi + 1):
        hi += 1
    return any(_unit_duty_line(st, k) for k in range(lo, hi + 1))


def _names_more_units(s: str, at: int) -> bool:
    """市卫生局负责…。市药监局负责…: a later sentence of the line opened by its units and 负责 makes the one line a duty
    list's paragraph as a second line would (tn_01's （三）)."""
    stop = s.find("。", at)
    while 0 <= stop < len(s) - 1:
        if UNIT_DUTY_OPENING.match(s, stop + 1) is not None:
            return True
        stop = s.find("。", stop + 1)
    return False


def _duty_run_announced(st: _Walk, i: int) -> bool:
    """The run stands under a part named for the sharing of duties (一、职责分工) or after a line announcing it
    (…具体分工如下：): sentences opened by units elsewhere are a paragraph's text."""
    j = i
    while j > 0 and _run_line(st, j - 1):
        j -= 1
    if j > 0 and DUTY_LIST_ANNOUNCED.search(st.lines[j - 1].s) is not None:
        return True
    if j > 0 and ROSTER_MEMBER.match(st.lines[j - 1].s) is not None:
        return True  # （三）防控救治组 / 组 长：… / 袁 琳（市卫生局副调研员） / 市卫生局负责…: the group's duties below its roster
    part = next((a for a in reversed(st.stack) if a.kind != "paragraph"), None)
    return _duty_part(part)


def _unit_duty_line(st: _Walk, j: int, opening=UNIT_DUTY_OPENING.match):
    """The match of a line opened by its units and 负责 (or the opening given): prose, or the document's last line the
    page cut mid-clause."""
    if not 0 <= j < st.n or st.lines[j].marker is not None or j in st.tables:
        return None
    if not (st.roles.prose(j) or (j == st.n - 1 and not st.lines[j].s.rstrip().endswith(_SENTENCE_CLOSE))):
        return None
    return opening(st.lines[j].s)



# -- the front: before the first numbered heading ----------------------------------------------------------


def _front_line(st: _Walk, line) -> None:
    """Before the first numbered heading: attachment, a 请示's addressee, preamble paragraphs, or a title line."""
    if st.i in st.downloads:
        pass  # 附件下载： / …办法.docx: the page's download list
    elif not _front_node_line(st, line):
        _front_text_or_title(st, line)
    st.i += 1


def _front_node_line(st: _Walk, line) -> bool:
    """A front line that opens a node of its own at the top level (an attachment, a 请示's addressee, a duty list's
    entry, a 版记 line) or that is no part of the body (a record field's value). False: preamble text or a title."""
    s = line.s
    if st.signatures_seen and st.first_marker == st.i + 1 and _attached_title_label(st):  # (its first tests inline)
        st.prev_skipped_title = True  # 附件：…办法 / 第一章 总则: the attached document's title line, no node
    elif st.signatures_seen and s[:2] == "附件" and _NUMBERED_LABEL_AND_TITLE.match(s) is not None:
        st.prev_skipped_title = True  # 附件1环评…行动计划（2021-2023年） below the signature: the attached document's head
    elif _front_attachment(st):
        _top_level_node(st, "attachment", line)
    elif _report_addressee_below(st, s):
        _top_level_node(st, "addressee", line)
    elif _not_the_body(st, s):
        pass
    elif (label := _unit_duty_head(st)) is not None:
        st.stack.clear()  # 区住建局负责… after …任务作如下明确：: the duty list's paragraphs stand at the top level (ua_03)
        st.root.children.append(Node("paragraph", line.start, line.end, level=1, title=label, duty_entry=True))
        st.prev_skipped_title = False
    elif _unnumbered_banji_line(st) or _front_imprint_line(st, s) or _front_copy_line(st, s):
        _top_level_node(st, "closing", line)
    else:
        return False
    return True


def _attached_title_label(st: _Walk) -> bool:
    """附件：…管理办法 / …2012年11月30日 / 附件：…管理办法 / 第一章 总则 (uz_07): below the signature, a label naming its
    attachment right above the first numbered line heads the attached document, whose headings those are: its title
    line, no node (as in the tail: _tail_attachment)."""
    if not st.signatures_seen or st.first_marker != st.i + 1 or st.layout.lines[st.i].s[:1] != "附":
        return False
    am = attachment_label(st.roles, st.i)
    return bool(am and am.group(2).strip())


def _front_attachment(st: _Walk) -> bool:
    """附件：… in a notice without numbered headings (a label with its attachment on the line), or a line of the
    attachments it lists."""
    am = attachment_label(st.roles, st.i)
    return bool(am and am.group(2).strip()) or st.i in st.listed


def _report_addressee_below(st: _Walk, s: str) -> bool:
    """A transmitted 请示's own addressee, or the 主送 of a transmitted notice, below the notice's."""
    addressee = st.layout.addressee
    return addressee is not None and st.i > addressee and (_is_report_addressee(s) or _transmitted_addressee(st, s))


def _not_the_body(st: _Walk, s: str) -> bool:
    """摘要: / 本文记述了…, 摘要：其中… above the article: a record field's value, not the body; 《….docx》由会员分享…: a
    sharing site's note."""
    # (a cheap gate: SUMMARY_FIELD opens on 摘 or 内容摘)
    return bool(_bare_label(st.roles, st.i - 1) or ("摘" in s[:3] and SUMMARY_FIELD.match(s)) or is_sharing_note(s))


def _unnumbered_banji_line(st: _Walk) -> bool:
    """主题词：… / 抄送：… below the signature of a notice with no numbered line at all: the 版记's 主题词 / 抄送 / 主送
    lines, each a closing line as after a last item; and the imprint closing a 版记 that opens on 主题词 (GB/T 9704-1999:
    主题词：… / 抄送：… / 交通运输部办公厅 2012年1月印发, uc_01)."""
    return st.signatures_seen > 0 and st.last_marker is None and (_banji_lead(st.roles, st.i) or _imprint_under_banji(st))


_BANJI_LINES = 3  # 主题词, 抄送 and 主送 lines above the imprint


def _imprint_under_banji(st: _Walk) -> bool:
    # (a cheap gate: IMPRINT closes on 印发; the lines above must be 版记 lines already closing the notice, from 主题词 on)
    s, children, i = st.lines[st.i].s, st.root.children, st.i
    if not ("印发" in s and i > 0 and children and children[-1].kind == "closing" and children[-1].end == st.lines[i - 1].end
            and IMPRINT.search(s, 0, None, HOLD_GIL) is not None):
        return False
    for j in range(i - 1, max(-1, i - 1 - _BANJI_LINES), -1):
        if not _banji_lead(st.roles, j):
            return False
        if SUBJECT_WORDS_LINE.match(st.lines[j].s) is not None:
            return True
    return False


def _front_imprint_line(st: _Walk, s: str) -> bool:
    """南京市住房保障和房产局办公室 2017年5月3日印发 (un_02): the notice's 版记 imprint printed under its signature, above
    the 实施意见 it issues (a PDF of the whole file keeps the notice's page before the attachment's): a closing line, as
    the imprint is after a last item; left unread it was skipped as a title line of the issued plan."""
    # (a cheap gate: IMPRINT closes on 印发, which few front lines hold). Only right under the signature's date: the 版记
    # follows the signed notice at once; an imprint further down belongs to what the front goes on to carry
    if not (st.signatures_seen > 0 and "印发" in s and st.root.children and st.i > 0):
        return False
    last = st.root.children[-1]
    above = st.i - 1
    if above > 0 and _DISCLOSURE_LINE.match(st.lines[above].s):
        above -= 1  # （此件社会公开） between the date and the imprint (wv_09): the note is the signature's, no node
    return (last.kind == "signature" or _copy_line_node(st, last)) and last.end == st.lines[above].end \
        and IMPRINT.search(s, 0, None, HOLD_GIL) is not None


_DISCLOSURE_LINE = re.compile(r"^[（(]此件[^）)\n]{1,12}[）)]$")


# 附件1环评与排污许可监管行动计划（2021-2023年） (wv_02, a one-line body cut apart): below the signature, a numbered 附件 label
# with no colon glued to a title (no sentence on the line) heads the document attached after it — its label and title,
# no node, as the bare 附件 label and the title under it are (GB/T 9704 prints the list of attachments, with its colon,
# above the signature)
_NUMBERED_LABEL_AND_TITLE = re.compile(r"^附件\d{1,2}(?=[\p{Han}“《])[^。；，,：:\n]{4,60}$")


def _front_copy_line(st: _Walk, s: str) -> bool:
    """生态环境部 / 2019年5月29日 / 抄送：各省…。 / 生态环境部办公厅2019年6月14日印发 / 附件… (wv_01, the 版记 under a notice's
    signature above the document it issues): the 抄送 line right under the signature's date is a closing line, as after a
    last item, and the imprint under it one too (_front_imprint_line); left unread it was a preamble that ran on over
    the imprint."""
    # (a cheap gate: the line opens on 抄 of 抄送 / 抄报)
    if not (st.signatures_seen > 0 and s[:1] == "抄" and st.root.children and st.i > 0):
        return False
    last = st.root.children[-1]
    return last.kind == "signature" and last.end == st.lines[st.i - 1].end and _COPY_LINE.match(s) is not None


def _copy_line_node(st: _Walk, node: Node) -> bool:
    """Is the node the closing line of a 抄送 list (the 版记's)?"""
    return node.kind == "closing" and _COPY_LINE.match(st.layout.text[node.start:node.start + 4]) is not None


def _top_level_node(st: _Walk, kind: str, line) -> None:
    """The line is a node of the given kind at the top level, closing every open node."""
    st.stack.clear()
    st.root.children.append(Node(kind, line.start, line.end, level=1))


def _front_text_or_title(st: _Walk, line) -> None:
    """A preamble paragraph, or a title line (of the plan issued, or a stray fragment) that opens no node."""
    s = line.s
    if s.endswith(("）", ")")) and is_titled_enactment(s):
        st.prev_skipped_title = True  # 金华市人民政府工作规则（2011年…通过，…修订通过）: the issued rules' title (tm_14)
    elif _front_sentence(st, s) or _front_list_or_part(st, s):
        _front_paragraph(st, line)
        st.prev_skipped_title = False
    else:
        st.prev_skipped_title = True  # a title line of the issued plan, or a stray fragment


def _front_sentence(st: _Walk, s: str) -> bool:
    """Prose of the preamble: a sentence, 特此通知, a lead-in, a bulleted line, or the page's last line cut short."""
    # (cheap gates: each pattern holds its literal, 特此 / a closing colon / 年, which most title lines do not)
    return bool(st.roles.prose(st.i) or (s.startswith("特此") and _SO_NOTIFIED.fullmatch(s))
                or (s.endswith(("：", ":")) and _LEADS_IN.search(s)) or ("年" in s and YEAR_LEAD_IN.fullmatch(s))
                or _bulleted(st, s) or _cut_last_line(st, s) or news_dateline(s) or _ISSUING_SENTENCE_CUT.match(s))


# 《关于加快推进全市第三产业跨越发展的实施意见》已经 (vn_11, the stored page cut the line there): a line opening on the
# name of the document the notice issues, then 已经 / 经, starts the notice's 现印发 sentence — prose of the preamble
# however short; a title line never goes on past its 》 into a verb (经验, 经济, 经费, 经营, 经典 are nouns)
_ISSUING_SENTENCE_CUT = re.compile(r"《[^《》\n]{2,80}》[ \t\u3000]*+(?:已经?|经(?![验济费营典]))")


def _front_list_or_part(st: _Walk, s: str) -> bool:
    """A line of no sentence that is still body text: a report's or news story's part, a roster's member, a unit
    list's line, an entry of a counted list (not a title line)."""
    return bool(_report_part_line(st, s) or _story_part_head(st, s) or _cut_story_part(st) or _roster_entry(st, s)
                or _unit_list_entry(st, s) or st.i in st.count_list)


def _count_list_lines(layout: Layout, end: int, meta: set[int]) -> frozenset[int]:
    """The lines of runs, before the first numbered line, of works counted one a line with no bullet and no stop
    (新增100张困难重残养护床位 / 完成300户…改造), with the bare group numbers (1, 2 …) and the short uncounted works
    (改建虹桥河滨公园篮球场) between them: a 实事 list's entries, each a paragraph, not title lines (to_01). A run
    needs COUNT_LIST_MIN counted entries; short lines before its first entry or number (the list's title) stay out."""
    lines, roles = layout.lines, layout.roles
    out: set[int] = set()
    run: list[int] = []
    counted, last = 0, -1  # the run's counted entries, and where the last of them stands
    for i in range(layout.front_end, end):
        s = lines[i].s
        plain = i not in meta and not roles.prose(i)
        if plain and COUNT_ENTRY.match(s):
            run.append(i)
            counted, last = counted + 1, i
            continue
        if plain and (BARE_GROUP_NUMBER.fullmatch(s) or (run and len(s) <= _UNCOUNTED_WORK)):
            run.append(i)
            continue
        out.update(_counted_run(run, counted, last))
        run, counted = [], 0
    out.update(_counted_run(run, counted, last))
    return frozenset(out)


_UNCOUNTED_WORK = 40


def _counted_run(run: list[int], counted: int, last: int) -> list[int]:
    """The run's lines up to its last counted entry (at `last`), when it holds enough of them."""
    return [i for i in run if i <= last] if counted >= COUNT_LIST_MIN else []


def _roster_entry(st: _Walk, s: str) -> bool:
    """组 长：龚 正 市长 / 汤志平 副市长 below 领导小组组成人员如下：: a member of the roster the notice leads into is
    a paragraph of the body, not a title line (tm_07); without the lead-in such a line may be anything."""
    if ROSTER_LINE.match(s) is None:
        return False
    lines, j = st.lines, st.i - 1
    while j >= 0 and ROSTER_LINE.match(lines[j].s) is not None:
        j -= 1
    return j >= 0 and _LEADS_IN.search(lines[j].s) is not None


# 2008年度民政工作先进单位： / 获奖单位名单： / …如下：: a line leading into a list of units
_UNIT_LIST_LEAD = re.compile(r"(?:单位|名单|如下)[：:]$")


def _unit_list_entry(st: _Walk, s: str) -> bool:
    """东皇镇人民政府 醒民镇人民政府 below 2008年度民政工作先进单位：: a line of the units the notice leads into is a
    paragraph of the body (as a roster's member, tm_07), not a title line."""
    lines, j = st.lines, st.i - 1
    if len(s) > 80 or j < 0 or not (lines[j].s.endswith(("：", ":")) or lines[j].s[-1:] in UNIT_NAME_LAST):
        return False  # (cheap gates: the line above leads in or ends a unit's name)
    if UNIT_LIST_LINE.fullmatch(s) is None:
        return False
    while j >= 0 and UNIT_LIST_LINE.fullmatch(lines[j].s) is not None:
        j -= 1
    return j >= 0 and len(lines[j].s) <= 40 and _UNIT_LIST_LEAD.search(lines[j].s) is not None


def _report_part_line(st: _Walk, s: str) -> bool:
    """回顾2023年工作成果 between two paragraphs of a report's retelling: a part of the body (after a paragraph, so
    never the title line above it)."""
    return (bool(st.root.children) and (s[:2] in ("回顾", "展望") or s.endswith("回顾"))
            and REPORT_PART_LINE.fullmatch(s) is not None)


_PART_HEAD_LINE = 30
# 【两大目标】 / 【实现人均体育场地面积3.6平方米】: a news story's part named in square brackets
_BRACKETED_HEAD = re.compile(r"【[^【】]{2,20}】")
# 民生 / 人口 / 交通: a part named in one word, over its headline and a bulleted list
_SHORT_PART_HEAD = re.compile(r"\p{Han}{2,4}")
# 2020年GDP达2.6万亿元: the headline below it, a phrase with no stop, comma or colon
_HEADLINE = re.compile(r"[\p{Han}A-Za-z0-9%.．]{4,30}")
# ——5%左右的经济增速目标 / ——CPI涨幅预期2%左右: a news story's part headed by a dash-led headline, a phrase with no stop
# or colon (tk_10, over the paragraph that explains the figure)
_DASH_HEADLINE = re.compile(r"——[^。！？；;：:]{4,28}")


def _story_part_head(st: _Walk, s: str) -> bool:
    """今后五年，… / 【两大目标】 / 2020年GDP达2.6万亿元 / 今后五年，我省要…: after a paragraph of the body, a part of a news
    story named in square brackets, and the headline right below it, are paragraphs of their own (tk_11), when prose
    or a list's entry follows within two lines (or the page's last line, which the cut left short). A headline
    right after a paragraph and right before the next (…保持同步。 / 2022年GDP超过3万亿元 / 从2021年开始——, tk_11; 增强
    自主创新能力构建城市创新体系 between two paragraphs, tl_11) names a part too — not the title of a plan issued
    (…印发给你们。 / 某某实施方案 / 为了…: a document type closes it, or 特此通知 / 印发 stands above it)."""
    children, i = st.root.children, st.i
    if s.startswith("——") and children and _DASH_HEADLINE.fullmatch(s):
        return _dash_headline(st)
    if not children or children[-1].kind != "preamble" or len(s) > _PART_HEAD_LINE:
        return False
    if _BRACKETED_HEAD.fullmatch(s):
        return any(_story_text(st, j) or j == st.n - 1 for j in range(i + 1, min(st.n, i + 3)))
    if _named_in_a_word(st, s):
        return True
    if not _HEADLINE.fullmatch(s) or children[-1].start != st.lines[i - 1].start:
        return False
    return _headline_below_head(st, s)


def _dash_headline(st: _Walk) -> bool:
    """——5%左右的经济增速目标 right after a paragraph and right above a sentence of the story (tk_10): the headline of
    the part that sentence opens, not a title line (a dash-led title handed on stands under 特此通知 / 印发)."""
    i, above = st.i, st.root.children[-1]
    # above: a front paragraph, a run-in headed one too (这一增速目标与去年持平。政府工作报告表示，…), one a line
    if above.kind not in ("preamble", "paragraph") or above.end != st.lines[i - 1].end or i + 1 >= st.n:
        return False
    if _HANDS_ON.search(st.lines[i - 1].s):
        return False  # 特此通知 / ——某某工作要点: the title of what the notice hands on
    # the sentence below, or the page's last line, which the cut may have left short of its stop
    return _CLAUSE_STOP.search(st.lines[i + 1].s) is not None and (_story_text(st, i + 1) or i + 1 == st.n - 1)


def _named_in_a_word(st: _Walk, s: str) -> bool:
    """民生 / 贫困户全部脱贫销号 / ●到2020年，… (tk_03): a part named in a word, its headline, its entries."""
    i = st.i
    return (_SHORT_PART_HEAD.fullmatch(s) is not None and not _HANDS_ON.search(s) and i + 2 < st.n
            and _HEADLINE.fullmatch(st.lines[i + 1].s) is not None and st.lines[i + 1].marker is None
            and is_bullet_entry(st.lines[i + 2].s))


def _headline_below_head(st: _Walk, s: str) -> bool:
    """A headline-shaped line `s` right after a paragraph: below a bracketed or one-word part head, or between two
    sentences of the story (not a plan's title handed on)."""
    i = st.i
    above = st.lines[i - 1].s
    if _BRACKETED_HEAD.fullmatch(above):
        return any(_story_text(st, j) for j in range(i + 1, min(st.n, i + 3)))
    if _SHORT_PART_HEAD.fullmatch(above) and not _HANDS_ON.search(above):
        return i + 1 < st.n and is_bullet_entry(st.lines[i + 1].s)
    if ends_on_title_word(s) or _HANDS_ON.search(above):
        return False
    if i + 1 >= st.n:
        return False  # the page's last line: nothing follows it to be a part's text
    # the next line a sentence (not a date: 中华人民共和国国务院 / 二○一○年六月四日 signs), or a year's lead-in (从2021年开始——)
    follower = st.lines[i + 1].s
    return (_story_text(st, i + 1) and _CLAUSE_STOP.search(follower) is not None) or follower.endswith("——")


_CLAUSE_STOP = re.compile(r"[，。；,;]")


# 特此通知 / 现将…印发给你们… / …如下： right above a headline: the notice hands on a document, whose title it is (rr_09:
# 特此通知 / 2008年政府工作目标任务分解 / 根据…)
_HANDS_ON = re.compile(r"^特此|印发|转发|如下[：:]")


def _cut_story_part(st: _Walk) -> bool:
    """【五个聚焦】 / 聚焦发展不平衡不充: the page's last line right below a story's bracketed part head is that part's
    text the stored page cut short (tk_11), not a title line."""
    i, children = st.i, st.root.children
    return (i == st.n - 1 and i > 0 and bool(children) and children[-1].start == st.lines[i - 1].start
            and _BRACKETED_HEAD.fullmatch(st.lines[i - 1].s) is not None)


def _story_text(st: _Walk, j: int) -> bool:
    """A paragraph of a news story's body: prose or a list's entry, no numbered line, no metadata."""
    return st.lines[j].marker is None and j not in st.meta and (st.roles.prose(j) or is_bullet_entry(st.lines[j].s))


def _bulleted(st: _Walk, s: str) -> bool:
    """■建设完成县城第二水源49个, and 功能承载 right above such entries: a bulleted list's entries and the names of its
    groups are paragraphs of the body, not title lines."""
    lines = st.layout.lines
    return is_bullet_entry(s) or (st.i + 1 < len(lines) and is_list_category(s, lines[st.i + 1].s))


def _front_paragraph(st: _Walk, line) -> None:
    s, stack = line.s, st.stack
    heads = paragraph_heads(s)
    if heads:
        stack[:] = [n_ for n_ in stack if n_.kind != "paragraph"]
        _add_paragraphs(st.root, stack, line, heads)
    else:
        # before any numbered heading every paragraph is a node of its own, also after
        # run-in headed ones (坚持正确方向。… / 坚持改革创新。… / 到2022年，…)
        stack.clear()
        node = Node("preamble", line.start, line.end, level=1)
        node.opening = bool(OPENING.search(s))
        node.after_title = st.prev_skipped_title
        st.root.children.append(node)


def _row_title(cells: dict[str, str]) -> str | None:
    """A task row's title: its first task cell (工作事项 / 重点任务), without a final 。."""
    for name, value in cells.items():
        if column_role(name) == "task" and value:
            return value.rstrip("。")
    return None


_MIN_ITEMS = 3


def _items_keep_to_one_paragraph(layout: Layout, markers: list[int], meta: set[int], last_marker: int | None) -> bool:
    """Every numbered line before the last is followed by another numbered line, never by a paragraph of its
    own: the document writes each item as one paragraph, so the prose after its last item (本方案各项任务纳入… /
    市科委、杨浦区牵头建立…) closes the document rather than continuing that item."""
    lines = layout.lines
    if last_marker is None or lines[last_marker].marker.style == "article":
        return False  # an article (第X条) runs over several paragraphs as often as not
    style = lines[last_marker].marker.style
    # the last item's own style, run-on items only: a heading line (一、总体要求 / （三）基本原则。) heads
    # paragraphs of its own whatever its items do
    items = [k for k in markers if lines[k].marker.style == style and _runs_on(lines[k])]
    if len(items) < _MIN_ITEMS:
        return False  # two items say too little about how the document writes them
    numbered = set(markers)
    for k in items:
        if k >= last_marker:
            break
        j = k + 1
        while j < last_marker and j in meta:
            j += 1
        if j not in numbered and layout.roles.prose(j):
            return False
    return True


def _titles_keep_to_one_paragraph(layout: Layout, markers: list[int], meta: set[int], last_marker: int | None,
                                  headings: dict[int, tuple[str | None, bool]]) -> bool:
    """一、落实责任，确保质量 / 各责任单位要… / 二、密切配合，各负其责 / 牵头责任单位要… / 三、…: every title line of the
    last line's style heads exactly one paragraph, so a second paragraph after the last one (以下附件中…) is the
    notice's closing remark, not more of that part. The heading_title read of each title line is kept in `headings`
    (line -> answer): the walk's _item_node reads the same line's title, and is spared it."""
    lines = layout.lines
    if last_marker is None or lines[last_marker].marker.style == "article":
        return False
    style = lines[last_marker].marker.style
    titles = [k for k in markers if lines[k].marker.style == style]
    if len(titles) < _MIN_ITEMS or any(_heading_of(lines, k, headings)[1] for k in titles):
        return False  # a run-in head (一、落实责任。各单位要…) is no title line
    numbered = set(markers)
    for k, nxt in zip(titles, titles[1:]):
        paragraphs = [j for j in range(k + 1, nxt) if j not in meta]
        if len(paragraphs) != 1 or paragraphs[0] in numbered or not layout.roles.prose(paragraphs[0]):
            return False
    return True


def _heading_of(lines, k: int, headings: dict[int, tuple[str | None, bool]]) -> tuple[str | None, bool]:
    """heading_title of numbered line k's text, kept in `headings` by line."""
    found = headings[k] = heading_title(lines[k].s[lines[k].marker.end:])
    return found


_INNER_STOP = re.compile(r"[，。；：,;:]")
# a sentence ending inside a line: its paragraph runs on past the first sentence (（一）坚持政府主导。各级政府要…)
_INNER_SENTENCE_END = re.compile(r"[。！？!?]")


def _runs_on(line) -> bool:
    """A numbered line with text after its heading: 19.促进进出口通关便利。落实…, not （七）推动产业国际化发展."""
    return _INNER_STOP.search(line.s[line.marker.end:].rstrip("。"), 0, None, HOLD_GIL) is not None


def _cites_article(line) -> bool:
    m = line.marker
    return m is not None and m.style == "article" and ARTICLE_CITED.match(line.s, m.end) is not None


def _titles_record(roles: Roles, lines, i: int) -> bool:
    """三、“七五”计划任务与指标 / 知识类型: — a library record page prints the excerpt's numbered title above
    the record's field labels, each alone on its line (its value on the next): that number is the record's
    name, not a heading over the page (a heading is followed by text, never by a bare label)."""
    # (the label fact, a look-up, asked first: _bare_label's own first test; most lines below are no label, no call)
    return lines[i].marker is not None and i + 1 < len(lines) and roles.label(i + 1) and _bare_label(roles, i + 1)


def _bare_label(roles: Roles, i: int) -> bool:
    """摘要: alone on its line: a record field whose value is the next line."""
    if i < 0 or not roles.label(i):
        return False
    pairs = roles.fields(i)
    return len(pairs) == 1 and not pairs[0][1]


def _next_is_article(lines, i: int, n: int) -> bool:
    """总 则 right above 第一条: the 总则 of a regulation printed without its 第一章."""
    return i + 1 < n and lines[i + 1].marker is not None and lines[i + 1].marker.style == "article"


_PART_HEAD_MAX = 40
_SENTENCE_ENDS = "。！？；）)”"


def _heads_part(st: _Walk, before_first: bool) -> bool:
    """“十三五”应急体系9个具体建设任务 / （一）…: in a document whose top level has no 一、 numbers, a short
    line with no sentence in it, right above a list that starts again at （一）, heads that list as an
    un-numbered part of the top level. Before the first number it must follow the body's opening
    paragraph (a preamble), so the issued plan's own title line above （一） stays a title."""
    lines, i, n, root = st.lines, st.i, st.n, st.root
    s = lines[i].s
    if lines[i].marker is not None or len(s) > _PART_HEAD_MAX or st.roles.prose(i) or st.roles.date(i) or i + 1 >= n:
        return False
    if s.endswith(("：", ":")) or i == 0 or lines[i - 1].s[-1] not in _SENTENCE_ENDS:
        return False  # 地使用权： / the rest of a line wrapped above: no heading stands after an unfinished sentence
    m = lines[i + 1].marker
    if m is None or m.style != "paren_cn" or m.number != 1:
        return False
    return not before_first or (bool(root.children) and root.children[-1].kind == "preamble")


def _rank(node: Node) -> int:
    return node.rank if node.rank is not None else (node.level or 0)


def _rank_under_part(stack: list[Node], m: Marker, level: int) -> int:
    """第四节 规划范围与期限 / 一、规划范围: an outline marker (一、 （一） 1.) under an open 第X章 or 第X节
    (or the 总则 before 第一章) nests inside it, keeping its own level; 第X章 / 第X节 rank by their level."""
    if m.style == "book":
        return 0  # 【第一篇】 over its 第X章 or 一、 parts (xh_01): the top of the ladder, above any level 1
    if m.style in ("chapter", "section", "article"):
        return level
    # a plain loop, not a generator built every numbered line (as _open_article)
    for a in reversed(stack):
        if a.named or (a.marker is not None and a.marker.style in ("chapter", "section")):
            return _rank(a) + level
    return level


def _sums_up_items(s: str, top: Node | None) -> bool:
    """上述行政区划调整涉及的… / 望你乡接文后… after the last of a 批复's top-level items 一、二、: a paragraph
    taking up the items above, or turning to the addressee, closes the notice; it is no second paragraph of
    the last item (also when they stand as a list led in under a heading: 要点是：/ 一、… / 四、…)."""
    top_style = top is not None and (top.level == 1 or top.marker is not None and top.marker.level == 1)
    return top_style and not top.children and _SUMMING_UP.match(s) is not None


def _directs_all_after_notes(s: str, previous: str, in_tail: bool) -> bool:
    """地方各级人民政府要… / 国务院各部门和单位要根据本要点… after the last item, whose line ends in a
    responsibility note: a charge to every implementer closes the work plan; it is no second
    paragraph of the last task (that task's own text ended with its note)."""
    if not in_tail or _CHARGES_ALL.match(s) is None:
        return False
    note = _NOTE_AT_END.search(previous)
    return note is not None and is_note_text(note.group(1))


_NOTED_TASK_MAX = 40  # a short one-sentence task line; longer noted paragraphs are the text of the heading above them


def _ends_in_note(s: str) -> bool:
    """One short sentence closed by a responsibility note: 森林覆盖率达到20%。（林业局牵头）."""
    note = _NOTE_AT_END.search(s)
    if note is None or not is_note_text(note.group(1)):
        return False
    task = s[:note.start()].rstrip("。．")
    return len(task) <= _NOTED_TASK_MAX and "。" not in task


_NOTED_RUN_MIN = 3


def _noted_run_length(lines, i: int, n: int, tables) -> int:
    """How many lines in a row around line i (looking at most two each way) are short noted task lines."""
    def noted(j: int) -> bool:
        return 0 <= j < n and j not in tables and lines[j].marker is None and _ends_in_note(lines[j].s)
    before = next((k for k in (1, 2) if not noted(i - k)), 3) - 1
    after = next((k for k in (1, 2) if not noted(i + k)), 3) - 1
    return 1 + before + after


def _noted_run_head(st: _Walk) -> str | None:
    """全国总人口控制在136000万人。（人口计生委牵头）/ 单位国内生产总值能源消耗降低20%。（发展改革委牵头）: lines in a
    row each closing with a responsibility note are tasks of their own, one paragraph a line (titled by the
    sentence before the note), however they open."""
    s = st.lines[st.i].s
    if not st.roles.prose(st.i) or not _ends_in_note(s):
        return None
    if _noted_run_length(st.lines, st.i, st.n, st.tables) < _NOTED_RUN_MIN:
        return None  # two noted lines are as often two paragraphs of one heading's own text
    title = s[:_NOTE_AT_END.search(s).start()].rstrip("。．")
    return title.split("。")[0] or None


def _is_dash_bullet(s: str) -> bool:
    return dash_bullet_title(s) is not None


def _transmitted_addressee(st: _Walk, s: str) -> bool:
    """各市（含定州、辛集市）人民政府，雄安新区管委会，省政府有关部门： after the front's signature: the 主送 of the notice
    the signed one transmits, printed with its own 文号, issuer and title (uh_05), not a preamble paragraph. It opens on
    各 as a 主送 list does: an opening sentence naming bodies before its colon (为构建平安茂林，经镇党委、政府研究，…
    特制定方案：, rk_15) is no addressee."""
    return s.startswith("各") and is_addressee(s) and any(n.kind == "signature" for n in st.root.children)


def _is_report_addressee(s: str) -> bool:
    m = _REPORT_ADDRESSEE.fullmatch(s.strip())
    return m is not None and ORG_END.search(m.group("org")) is not None


def _attached_body(lines, markers: list[int], attach_from: int) -> int:
    """The line where a document attached after the notice (附件 + title + body) starts its own
    numbering again (一、 or 第一章): its headings are nodes as usual. len(lines) when none."""
    for i in markers:
        m = lines[i].marker
        if i > attach_from and m.number == 1 and (m.style in ("cn", "chapter") or _under_bare_label(lines, i, attach_from)):
            return i
    return len(lines)



def _next_attached_label(line) -> bool:
    """附件3 alone on a line inside the attached body (after the first attached document's own numbering started):
    a further attached document begins, so the open headings close and its numbering (（一） or 1. without 一、 above
    it) stands at the top level, numbered on, not under the last heading of the document before it."""
    s = line.s
    return line.marker is None and s.startswith("附") and NEXT_ATTACHED_LABEL.fullmatch(s) is not None


# 附件1 / 附件 2： alone, or with the attached title glued on (附件1典型场景清单), no sentence after it
_BARE_LABEL = re.compile(r"附[ \t\u3000]*+件[ \t\u3000]*+\d{0,2}[ \t\u3000]*+[：:]?[^。；，,：:]{0,40}")


def _under_bare_label(lines, i: int, attach_from: int) -> bool:
    """附件1 / 典型场景清单 / 1.典型场景：研发设计: a list opening at 1. right under a bare 附件N label (and the
    attached title, on its line or the next) is the attached document's own body, numbered as nodes like one opening on 一、.
    附件 / 典型场景 / 研发设计 / 1.…: the name of the body's first part (its 一、 left out) may stand between."""
    if any(_BARE_LABEL.fullmatch(lines[j].s) for j in (i - 1, i - 2) if j > attach_from):
        return True
    j = i - 3
    return j > attach_from and _BARE_LABEL.fullmatch(lines[j].s) is not None and all(
        _SHORT_NAME.fullmatch(lines[k].s) for k in (i - 2, i - 1))


# 典型场景 / 研发设计: a title or part name on a line of its own, no sentence in it
_SHORT_NAME = re.compile(r"[\p{Han}A-Za-z0-9“”《》（）()、 \u3000]{2,30}")


_SHORT_HEAD_LINE = 24  # （二）基本原则。: a heading written as a short sentence


def _run_of_heads(st: _Walk, longer: bool = False) -> bool:
    """（十二）建设…集聚区。创新…。/ 创新发展跨境电子商务。鼓励… / 创新汽车平行进口试点。取消…: under a heading that
    runs on, two or more lines in a row opening with a short heading sentence are run-in headed paragraphs; `longer`:
    for a line's own short head, the next may open with a longer one (大力发展智能制造系统。… / 推动智能制造关键技术装备
    迈上新台阶。…, wz_03: the plan's heads run short and long alike)."""
    j = st.i + 1
    if j == st.n:
        return _cut_at_the_end(st.lines[st.i].s)
    if st.lines[j].marker is not None or j in st.tables or not st.roles.prose(j):
        return False
    s = st.lines[j].s
    return bool(paragraph_heads(s) or enumerated_head(s) or (longer and long_paragraph_head(s)))


_SENTENCE_CLOSE = ("。", "！", "？", "；", "!", "?", ";", "”", "）", ")")


def _cut_at_the_end(s: str) -> bool:
    """一、加快转型升级… / 坚持调优调强…。 / 突出工业主体地位。投资200亿元，…推进金澳: a headed line that the stored
    page cuts off mid-clause as its last line stands where the run of headed paragraphs goes on past the cut; the
    next line that would show the run is lost, so the head is read as the run's (a complete last line is not). The
    cut may fall in the head's first clause, mid-word (综合实力跨上新台阶。“十三五”期间全县经济保持较快发, tm_06)."""
    s = s.rstrip()
    if s.endswith(_SENTENCE_CLOSE):
        return False
    return is_cut_sentence(s) or (len(s) >= _CUT_MID_WORD_MIN and "\u4e00" <= s[-1] <= "\u9fff")


_CUT_MID_WORD_MIN = 20  # as roles' cut sentence: a heading sentence and a clause of text at least


def _long_run_head(st: _Walk, top: Node | None) -> str | None:
    """旅游业作为…支柱产业的地位更为巩固。… / 旅游成为…的刚性需求。… / 旅游成为…的重要载体。…: lines opening with a
    longer heading sentence (17–24 characters) are run-in headed paragraphs when three stand in a row (this line and
    the next two), or the run has begun (the node above is a paragraph so headed)."""
    head = long_paragraph_head(st.lines[st.i].s)
    if head is None:
        return None
    if top is not None and top.kind == "paragraph" and (top.line_heads or _headed_right_above(st, top)):
        return head
    run = range(st.i + 1, st.i + _LONG_RUN)
    if all(_long_headed_line(st, j) for j in run):
        return head
    return head if _headed_line(st, st.i + 1) and _sibling_above_headed(st, top) else None


def _headed_line(st: _Walk, j: int) -> bool:
    """A prose line opening with a heading sentence, short or long."""
    return (j < st.n and st.lines[j].marker is None and j not in st.tables and st.roles.prose(j)
            and _opens_with_head(st.lines[j].s))


def _sibling_above_headed(st: _Walk, top: Node | None) -> bool:
    """（三）加强产业支撑。 / 加大…力度。… / 构建…体系。… / （四）促进融合应用。 / 提升大型企业工业互联网创新和应用水平。… /
    加快中小企业工业互联网应用普及。… / 专栏5 … (sc_02): right under a numbered heading whose sibling above holds
    run-in headed paragraphs, a line opening with a longer heading sentence and a headed line after it go on the series
    the plan set (a box after them cuts the run of three short)."""
    if top is None or top.marker is None or top.children:
        return False
    parent = st.stack[-2] if len(st.stack) > 1 else st.root
    kids = parent.children
    if len(kids) < 2 or kids[-1] is not top:
        return False
    above = kids[-2]
    return (above.marker is not None and above.marker.style == top.marker.style and bool(above.children)
            and all(c.kind == "paragraph" and c.title for c in above.children))


def _enumerated_run_head(st: _Walk, s: str, top: Node | None) -> str | None:
    """第二节 电力工业 / 加强节能降耗。… / 推进粉煤灰、脱硫石膏综合利用。… / 支持…建设。… (ve_09): a heading sentence
    naming a 、 list heads a paragraph inside a run of headed lines — the next line opens with a head too (short or
    long: 支持可再生能源发电和资源综合利用电厂建设。…), and the run
    has begun above (the paragraph open is so headed) or this line opens it right under a numbered heading; alone, or
    closing a run, it is a sentence of prose."""
    head = enumerated_head(s)
    if head is None or top is None or not (_run_of_heads(st) or _long_headed_line(st, st.i + 1)):
        return None
    if top.kind == "paragraph":
        return head if top.line_heads or _headed_right_above(st, top) else None
    return head if _opens_run_under_heading(top) else None


_LONG_RUN = 3  # lines in a row opening with a longer heading sentence (two are as often two sentences of prose)


def _headed_right_above(st: _Walk, top: Node) -> bool:
    """落实师德建设新要求，增强师德教育实效性。… / 提升培养规格层次，满足…的需要。… (ut_11): the paragraph open above was
    headed at the start of the line right above this one, by a heading sentence short or long: the run has begun
    (the run of three that opened it was read there, where the node above it was no paragraph)."""
    above = st.lines[st.i - 1]
    if top.start != above.start or not top.title or not above.s.startswith(top.title):
        return False
    return (long_paragraph_head(above.s) == top.title or paragraph_heads(above.s)[:1] == [(0, top.title)]
            or enumerated_head(above.s) == top.title)


def _long_headed_line(st: _Walk, j: int) -> bool:
    return (j < st.n and st.lines[j].marker is None and j not in st.tables and st.roles.prose(j)
            and long_paragraph_head(st.lines[j].s) is not None)


def _tail_run_head(st: _Walk, top: Node | None, s: str) -> bool:
    """三、开展三大行动… / 开展粮食安全保障行动。… / 开展乡村产业振兴行动。…: under the last numbered heading, lines
    opening with a short heading sentence, two or more in a row, are its run-in headed paragraphs, not closing
    remarks (a closing remark of the notice, 特此通知, stands after them and opens with no heading sentence)."""
    if top is None or CLOSING.match(s):
        return False
    if not paragraph_heads(s):
        if top.marker is not None and not top.children and "、" in s[:24] and enumerated_head(s) and _run_of_heads(st):
            return True  # 十一、… / 发挥自由贸易试验区、自由贸易港制度创新作用。… / 不断提升…。 (ve_07): a 、 head opens the run
        return (top.kind == "paragraph" or top.marker is not None) and _long_run_head(st, top) is not None
    if top.kind == "paragraph":
        return top.line_heads
    return top.marker is not None and not top.children and _run_of_heads(st)


_LABEL_RUN_REACH = 12  # lines within which the next labelled heading line of a run stands
_LABEL_RUN_MIN = 3  # labelled paragraphs in a row (two are as often a pair of goals or a lead-in)


def _label_run_head(st: _Walk, top: Node) -> str | None:
    """The title of a paragraph a labelled line heads, when it is one of a run: 日常监测：… / 实地调研：… on
    consecutive lines (or after a paragraph of the run), 一屏：山区生态屏障 / 三环：… heading lines each over
    a paragraph, the next one within a few lines and no numbered line between."""
    lines, i = st.lines, st.i
    head = label_head(lines[i].s)
    if head is None and top.kind == "paragraph" and top.line_heads:
        head = _unit_duty_label(lines[i].s)
    if head is None or lines[i].marker is not None or i in st.tables or st.roles.label(i):
        return None
    title, whole = head
    if is_note_text(title + "："):
        return None  # 牵头责任单位：…: a responsibility note, not a paragraph's name
    if top.kind == "paragraph" and top.line_heads:
        return title
    if not whole:
        return title if _labelled_lines_in_a_row(st, i) or _label_named_by_heading(top, title, lines[i].s) else None
    return title if _heading_labels_go_on(st, i) else None


# 市司法局：负责… / 沈阳住房公积金管理中心：负责建立… (vb_02): inside a run of labelled paragraphs, a unit's name longer than
# label_head's 2–6 characters, ending as a body's name does, before its colon and 负责, is the next entry's label
_UNIT_DUTY_LABEL = re.compile(r"(\p{Han}{7,16})[：:](?=负责)")


def _unit_duty_label(s: str) -> tuple[str, bool] | None:
    m = _UNIT_DUTY_LABEL.match(s, 0, None, HOLD_GIL) if "负责" in s[8:20] else None
    if m is None or ORG_END.search(m.group(1)) is None:
        return None
    return m.group(1), False


_NAMED_LABEL_MIN = 2  # 思想 alone would be found in too many titles
_LABEL_YEAR = re.compile(r"^(?:19|20)\d\d年(?:度)?")
_NAMED_PART_CLAUSES_MIN = 20
_NAMED_PART_TEXT_MIN = 40  # a part's paragraph of prose; 演出场地：茂林镇大舞台。 under 三、演出场地及时间 is a field's value


def _label_named_by_heading(top: Node, title: str, s: str) -> bool:
    """一、…的指导思想和总体要求 / 指导思想：… / 总体要求：…: a labelled paragraph of prose whose label the numbered
    heading right above names in its title is one of the parts that heading announces, however few (tm_03)."""
    heading = top.title
    named = _LABEL_YEAR.sub("", title)  # 二、工作目标 / 2021年目标：…: the year's part of the goals the heading names
    return (top.marker is not None and not top.children and heading is not None
            and len(named) >= _NAMED_LABEL_MIN and named in heading and title != heading
            and _is_part_prose(s[len(title) + 1:]))


def _is_part_prose(text: str) -> bool:
    """A part's paragraph of prose, not a field's value: long, or clauses parted by a comma (南郑区…通过验收，汉台区、勉,
    a page cut short)."""
    return len(text) >= _NAMED_PART_TEXT_MIN or (len(text) >= _NAMED_PART_CLAUSES_MIN and "，" in text)


def _labelled_lines_in_a_row(st: _Walk, i: int) -> bool:
    """日常监测：… / 实地调研：… / …: three or more labelled lines in a row from line i, none a responsibility note
    (牵头责任单位：…), each a different name."""
    lines, n, roles = st.lines, st.n, st.roles
    run = [lines[j].s for j in range(i, min(n, i + _LABEL_RUN_MIN))]
    heads = [label_head(t) if lines[i + k].marker is None and not roles.label(i + k) else None for k, t in enumerate(run)]
    heads = [h if h is not None and not is_note_text(h[0] + "：") else None for h in heads]
    ok = len(run) == _LABEL_RUN_MIN and all(h is not None and not h[1] for h in heads)
    return ok and len({h[0] for h in heads}) == len(heads)


def _heading_labels_go_on(st: _Walk, i: int) -> bool:
    """一屏：山区生态屏障 / a paragraph / 三环：…: a labelled heading line over a paragraph, the next labelled heading
    line within a few lines and no numbered line between."""
    lines, n = st.lines, st.n
    if i + 1 >= n or not st.roles.prose(i + 1):
        return False
    for j in range(i + 2, min(n, i + _LABEL_RUN_REACH)):
        if lines[j].marker is not None:
            return False
        nxt = label_head(lines[j].s)
        if nxt is not None and nxt[1] and not is_note_text(lines[j].s):
            return True  # 责任单位：办公室、政法委 below 协助领导：钟伟华 / 主要职责：… (ua_01): a group's fields, no part heading
    return False


def _heads_paragraphs(node: Node) -> bool:
    """A numbered heading whose paragraphs may be run-in headed: a bare heading line, or a short
    heading sentence with no body text of its own yet."""
    if node.marker is None:
        return False
    if node.title_only:
        return True
    return node.head_end >= 0 and node.end == node.head_end and node.head_end - node.start <= _SHORT_HEAD_LINE


def _past_blank_form(st: _Walk, j: int) -> int:
    """附件1 / …举报奖励审批表 / 审批表编号：审批单位： / (the form's rows) / 注：该表一式3份，…: an attached blank form, closed
    by its copy note before the next attachment label, holds no node (its fields and printed sentences are to be filled
    in); the line after its copy note, or j when no such note closes what follows."""
    for k in range(j, min(st.n, st.resume_at)):
        if attachment_label(st.roles, k) or st.lines[k].marker is not None:
            return j
        if FORM_COPIES_NOTE.match(st.lines[k].s) is not None:
            return k + 1
    return j


def _blank_form_field(st: _Walk, i: int) -> bool:
    """研究院名称： / 依托单位（公章）： / 拟任院长：: a blank form's field with another right above or below it (vk_09's
    attached 申请书): a field to fill in, no closing line; a label over its value (发文机关： / 国务院) is not one."""
    lines, n = st.lines, st.n
    if BLANK_FORM_FIELD.fullmatch(lines[i].s) is None:
        return False
    return any(0 <= j < n and BLANK_FORM_FIELD.fullmatch(lines[j].s) is not None for j in (i - 1, i + 1))


_FORM_COVER_MIN = 2  # fields of a form's cover between its title and its first caption (牵头单位： / 申报日期：)
_FORM_COVER_REACH = 16  # lines from the first caption back to the 附件 label: its title lines and its cover's fields


def _blank_form_captions(layout: Layout, markers: list[int]) -> frozenset[int]:
    """附件2 / …联盟 / 备案申请书 / 牵头单位：（盖章） / 申报日期：年月日 / 一、创新联盟简况创新联盟名称（全称）…生效时间年月日… /
    二、… (vk_07): an attached blank form — its cover's fields right above its first 一、, that line holding a blank of
    the form (年月日 with no date, （盖章）, 请在此填写) — numbers the captions of its table, whose cells the stored text
    glued to them: they are no headings, up to the next 附件 label (an outline to write to, 编写提纲 over 一、建设目的, holds
    no blank in its 一、 and keeps its headings)."""
    lines, roles = layout.lines, layout.roles
    found: set[int] = set()
    for k in markers:
        m = lines[k].marker
        if m.number != 1 or m.style != "cn" or k in found or FORM_BLANK.search(lines[k].s) is None:
            continue
        j = k - 1
        while j > k - _FORM_COVER_REACH and j > 0 and BLANK_FORM_FIELD.fullmatch(lines[j].s) is not None:
            j -= 1
        if k - 1 - j < _FORM_COVER_MIN or not _titled_under_label(layout, j, k - _FORM_COVER_REACH):
            continue
        end = k
        while end < len(lines) and not attachment_label(roles, end) and end not in layout.meta_lines:
            end += 1
        found.update(range(k, end))
    return frozenset(found)


def _titled_under_label(layout: Layout, j: int, stop: int) -> bool:
    """Are lines stop < … ≤ j an attached document's title lines (short, no sentence) right under its 附件 label?"""
    roles = layout.roles
    while j > max(stop, 0) and not attachment_label(roles, j):
        if not _attachment_entry(roles, j):
            return False
        j -= 1
    return j > max(stop, 0) and attachment_label(roles, j) is not None


def _skip_attached_title(st: _Walk, j: int) -> int:
    """Past the title lines of an attached document (short, no sentence), up to its body: a task table's header
    and rows (序号 | 事项名称 | 承办单位 |, short lines with no sentence) are its body, not more title."""
    tables = [t.lines for t in st.layout.task_tables]
    while j < min(st.n, st.resume_at) and _attachment_entry(st.roles, j) and st.lines[j].marker is None:
        if any(j in lines for lines in tables):
            break
        j += 1
    return j


def _untitled_box_heading(st: _Walk, line) -> bool:
    """智能装备标准建设重点 alone on a line inside the body (not an attachment's title): a box with no 专栏 number."""
    return (line.marker is None and not st.roles.attachment(st.i)
            and BOX_TITLE_LINE.fullmatch(line.s, 0, None, HOLD_GIL) is not None)


def _ends_box(st: _Walk, i: int) -> bool:
    """A 专栏 box ends at the next line that continues the body: the next number of an open
    node's marker style, a signature, or an attachment; not the next entry of the box's own list
    (专栏1 / 1.家用电器行业：… / 2.… / 3.五金制品行业：… under the body's item 2.)."""
    if st.roles.attachment(i) or st.roles.date(i):
        return True
    m, stack, box_last = st.lines[i].marker, st.stack, st.box_last
    if m is None:
        return _resumes_headed_paragraphs(st, i)
    if box_last is not None and box_last.style == m.style and m.number == box_last.number + 1:
        return False
    return any(
        node.marker is not None and node.marker.style == m.style and m.number == node.marker.number + 1
        for node in stack
    ) or m.level == 1



def _resumes_headed_paragraphs(st: _Walk, i: int) -> bool:
    """构建工业互联网标准体系。… / 专栏3 … / 面向…开展… / 到2020年，… / 到2025年，… / 提升产品与解决方案供给能力。… (sc_02): a
    box standing after a run-in headed paragraph, its entries prose that opens with no heading sentence and closes on
    the goals of a year (grammar.BOX_GOAL_ENTRY), ends at the next line opening with a heading sentence: the body's
    next paragraph, which the page sets apart by an indent the text lost. A box whose entries open so (专栏2 /
    开展系列专项行动。… / 推进…执法协作。…, ve_03), or go on after a prose entry with no goal (推进…接入工作，… /
    建设国家局电子政务内网。…, uw_11), keeps them — unless the box stands inside a run of two or more headed paragraphs
    and holds one entry (加快构建下一代广播电视网。… / 专栏1 … / 开展电信普遍服务试点工作，… / 统筹发展应用基础设施。…, wz_03):
    the run goes on past the box, as the plan's next head shows."""
    top = st.deepest()
    if top is None or top.kind != "paragraph" or not top.title:
        return False
    if BOX_GOAL_ENTRY.match(st.lines[i - 1].s) is None and not _one_entry_box_in_run(st, top, i):
        return False
    if not _opens_with_head(st.lines[i].s):
        return False
    j = i - 1
    while j >= 0 and not opens_box_heading(st.lines[j].s):
        if _opens_with_head(st.lines[j].s):
            return False
        j -= 1
    return 0 <= j < i - 1  # past the box heading and at least one entry


def _one_entry_box_in_run(st: _Walk, top: Node, i: int) -> bool:
    """Does a box of one entry (its heading two lines above line i) stand after the second or a later paragraph of a
    run of headed paragraphs under one node?"""
    if i < 2 or not opens_box_heading(st.lines[i - 2].s):
        return False
    parent = st.stack[-2] if len(st.stack) > 1 else st.root
    kids = parent.children
    return len(kids) >= 2 and kids[-1] is top and kids[-2].kind == "paragraph" and bool(kids[-2].title)


def _opens_with_head(s: str) -> bool:
    heads = paragraph_heads(s)
    return (bool(heads) and heads[0][0] == 0) or long_paragraph_head(s) is not None


def _lists_entries(st: _Walk, i: int) -> bool:
    """A bare 附件： label (colon, nothing after it) over a numbered list of attachments (1.…表 / 2.…): the
    label is a line of its own. (Over one unnumbered title it names that one attachment with it.)"""
    lines = st.lines
    if not lines[i].s.rstrip().endswith(("：", ":")) or i + 2 >= min(st.n, st.resume_at):
        return False
    return all(
        _attachment_entry(st.roles, j) and lines[j].marker is not None and lines[j].marker.number == k + 1
        for k, j in enumerate((i + 1, i + 2))
    )


def _download_list(layout: Layout) -> frozenset[int]:
    """附件下载： / 附件1 …办法.docx / 附件2 …标准.docx: a page's download list after the notice names the files the
    site offers, not the notice's own 附件 lines; the label and the file names under it (the last one possibly cut
    by the stored page before its extension) are no nodes."""
    # 1.….docx / 2.….docx closing the text with no label, or 解读： and the readings under it (layout._unmark_trailing_links)
    trailing = frozenset() if layout.trailing_files is None else frozenset(range(layout.trailing_files, len(layout.lines)))
    found = download_list(layout)
    if found is None:
        return trailing
    i, j = found
    lines = layout.lines
    if j == len(lines) - 1 and len(lines[j].s) <= 80 and lines[j].s.startswith("附件"):
        j += 1  # the last file name, cut before its extension
    return (frozenset(range(i, j)) if j > i + 1 else frozenset()) | trailing


def _front_attachment_list(layout: Layout, markers: list[int]) -> frozenset[int]:
    """附件：/ 1.…方案 / 2.…方案 above the signature of a notice whose body comes after it (the attached plans'
    一、): the bare label and its numbered entries are attachment lines, not the body's first items. Only a
    label that no numbered line of the body precedes, over two or more entries numbered from 1. The label may
    hold the first entry itself (附件：1. …办法 / 2. …标准: layout has unmarked the entries numbered on from it),
    where GB/T 9704 puts the 附件说明: after the body, above the signature."""
    lines, roles = layout.lines, layout.roles
    for i in range(layout.front_end, markers[0] if markers else len(lines)):
        am = attachment_label(roles, i)
        if not am:
            continue
        if am.group(2).strip():
            if _signed_before(layout, i):
                continue  # after the signature: the attached document's own heading, not the 附件说明
            j = _entries_numbered_on(layout, i)
            if j > i + 1:
                return frozenset(range(i, j))
            continue
        if not lines[i].s.rstrip().endswith(("：", ":")):
            continue
        j = i + 1
        while (j < len(lines) and lines[j].marker is not None and lines[j].marker.number == j - i
               and _attachment_entry(roles, j)):
            j += 1
        return frozenset(range(i, j)) if j - i > 2 else frozenset()
    return frozenset()


def _signed_before(layout: Layout, i: int) -> bool:
    return any(first < i for first, _ in layout.signatures)


def _entries_numbered_on(layout: Layout, i: int) -> int:
    """The end of the entries 2.… 3.… layout found numbered on from the label line i's first entry (1.…),
    cut at the first that reads as body text rather than an attachment's name."""
    end = layout.attachment_runs.get(i, i + 1)
    j = i + 1
    while j < end and _attachment_entry(layout.roles, j):
        j += 1
    return j


def _attachment_entry(roles: Roles, j: int) -> bool:
    """A line listing an attachment under 附件：(2.xxx统计表) rather than body text."""
    s = roles.texts[j]
    return len(s) <= 80 and not any(ch in s for ch in "。；：:") and not roles.date(j)


def _add_paragraphs(parent: Node, stack: list[Node], line, heads: list[tuple[int, str]]) -> None:
    for k, (off, title) in enumerate(heads):
        start = line.start + off
        end = line.start + heads[k + 1][0] if k + 1 < len(heads) else line.end
        node = Node("paragraph", start, end, title=title)
        parent.children.append(node)
    stack.append(parent.children[-1])


def _finish(node: Node) -> int:
    """Span ends: a node reaches to the end of its last descendant."""
    end = node.end
    for child in node.children:
        # a leaf's span is its own: read, not visited (100k calls on a long list); compared, not max(): the builtin
        # parses its arguments as keywords, most of the loop's cost
        child_end = _finish(child) if child.children else child.end
        if child_end > end:
            end = child_end
    node.end = end
    return end


def _infer_levels(parent: Node, text: str) -> None:
    """A list whose numbers start over below a level the document leaves out: each run from a restart is put under
    an inferred heading one level below the parent."""
    for child in parent.children:
        if child.children:  # a leaf has no list below it to level
            _infer_levels(child, text)
    numbered = [c for c in parent.children if c.marker is not None]
    if len(numbered) < 2:
        return
    level = min([c.level for c in numbered])  # a list: min() over a generator resumes it once a child
    if level <= (parent.level or 0) + 1:
        return
    restarts = _list_restarts(numbered, text)
    if restarts:
        _group_under_inferred_headings(parent, numbered, restarts, (parent.level or 0) + 1)


def _list_restarts(numbered: list[Node], text: str) -> list[int]:
    """Where the list's numbers start over (a number no greater than the one before), unless the later item is led
    in by the one before, is an inserted article, or a mistyped number."""
    return [
        k for k in range(1, len(numbered))
        if numbered[k].marker.number <= numbered[k - 1].marker.number and not _led_in(text, numbered[k - 1], numbered[k])
        and "条之" not in numbered[k].marker.text  # 第二条之一: an inserted article keeps the number it follows
        and not _mistyped_number(numbered, k)
    ]


def _group_under_inferred_headings(parent: Node, numbered: list[Node], restarts: list[int], new_level: int) -> None:
    """Open an inferred heading at the list's first item and at each restart, and put the children that follow
    under it; closings, attachments and signatures stay the parent's own, the children before the first item go to
    _sections_before."""
    group_starts = {id(numbered[0])} | {id(numbered[k]) for k in restarts}
    children: list[Node] = []
    current: Node | None = None
    before_first: list[Node] = []
    for c in parent.children:
        if id(c) in group_starts:
            current = Node("heading", c.start, c.end, level=new_level, inferred=True)
            children.append(current)
        if current is None:
            before_first.append(c)
        elif c.kind in ("closing", "attachment", "signature"):
            children.append(c)
        else:
            current.children.append(c)
    parent.children = _sections_before(before_first, new_level) + children


def _mistyped_number(numbered: list[Node], k: int) -> bool:
    """(c) (a) (e): the list goes on after numbered[k] from the number before it, so k's own number is a slip of the
    writer's ((a) typed for (d), uw_02), no restart of the list under a level the document leaves out."""
    if k + 1 >= len(numbered):
        return False
    before, after = numbered[k - 1].marker, numbered[k + 1].marker
    return after.style == before.style == numbered[k].marker.style and after.number == before.number + 2


def _cut_at_topic(parent: Node, topic: str) -> None:
    """一、建立和完善煤炭行业管理工作协调机制煤炭行业管理涉及面广，…: a 一、 title run on into its text with no stop, cut
    where the document's topic meets the text (headings.glued_title_at_topic; sy_01, sy_05, ri_13)."""
    for c in parent.children:
        _cut_at_topic(c, topic)
        if c.glued or c.title_only or not c.title or c.marker is None or c.marker.style != "cn":
            continue
        title = glued_title_at_topic(c.title, topic)
        if title is not None:
            c.title, c.glued, c.title_sentence = title, True, False


# the lists whose titles _cut_glued_siblings reads as glued: 一、 and （一） (uv_05's （一）指导思想以… /
# （二）基本原则坚持党的全面领导。…: a part's formulaic title glued to a first sentence with no comma)
_GLUED_SIBLING_STYLES = ("cn", "paren_cn")


def _cut_glued_siblings(parent: Node) -> None:
    """一、主要任务电煤市场化改革是… among 三、完善调控监管体系依法加强…: where a list's titles are seen glued to their text
    (one of them cut at a formulaic title or an opening word), a sibling's text opening on a preposition or a unit as
    its subject, or a whole sentence after a formulaic title, is glued to its title too (ri_13, sy_11, sa_05); alone,
    a preposition after a verb's object is as often the sentence going on, and 组织实施企业技术创新项目计划 an entry
    opening on its verb."""
    glued = False
    for c in parent.children:
        if c.children:  # one pass over each list: the nodes below, and whether a title of it is seen glued
            _cut_glued_siblings(c)
        glued = glued or c.glued
    if not glued:
        cuts = _glued_list_cuts(parent)
        if cuts is None:
            return
        for c, title in cuts:
            c.title, c.glued, c.title_sentence = title, True, False
        return
    for c in parent.children:
        if c.glued or c.title_only or not c.title or c.marker is None or c.marker.style not in _GLUED_SIBLING_STYLES:
            continue
        title = _sibling_glued_title(c.title)
        if title is not None:
            c.title, c.glued, c.title_sentence = title, True, False


def _sibling_glued_title(title: str) -> str | None:
    """The title a sibling of a glued list is cut to (the cues headings reads only among glued siblings), or None."""
    # the predicate's opener before the verb cut: 完善…制度认真落实… ends at 认真, not at the verb after it (uy_11)
    return (glued_title_at_preposition(title) or glued_section_title(title) or glued_title_at_unit(title)
            or glued_title_at_predicate(title) or glued_title_at_verb(title) or glued_title_at_cited_name(title)
            or glued_title_at_echo(title) or glued_title_at_restart(title))


# 一、加快构建气候投融资政策体系 / （一）强化环境经济政策引导推动形成… / （二）强化金融政策支持完善金融监管政策，… /
# （三）强化各类政策协同明确主管部门责权，… (wi_09, wo_03, wo_07, wv_09: 生态环境部 notices stored one line a cell): no
# title of the list is cut by a cue of its own, yet three or more of its entries, and three in four at least, each
# running on past a title with no stop, read as a title glued to a sentence by the cues read among glued siblings. One
# entry so read may be a sentence going on (a verb's object then a preposition); most entries of a list so read are the
# list's form. Each cut leaves a sentence of six characters or more (…优势企业|培育工程。, wi_03: a title's own tail, its
# 。 read), and an entry opening on a preposition is no title (（一）以推动…平台应用|为契机，…, vf_02: a sentence from its
# start). A bare title line in the list is a list that keeps its lines, and an article's entries are its clauses, no
# titled parts (第二十四条…按照下列规定确定 / （一）申请人当面提交…申请的，以…, wv_03: a subject, then a preposition).
# Nor is a body before a preposition a title (（一）建设单位对外墙保温工程质量承担首要责任，…, rp_01: the sentence's subject).
_AGENT_ENDS = ("单位", "机构", "部门", "企业", "人员", "人")
_GLUED_LIST_MIN = 3
_GLUED_LIST_SHARE = (3, 4)
_GLUED_LIST_TEXT_MIN = 6
_PREPOSITION_FIRST = ("以", "按照", "根据", "通过", "围绕", "针对", "依托", "依据", "在", "对")


def _glued_list_cuts(parent: Node) -> list[tuple[Node, str]] | None:
    """[(entry, its title)] for a list none of whose titles is seen glued but most entries of which read as glued
    (see _GLUED_LIST_MIN), or None. The entries are counted first and the reading stops at the miss that leaves too
    few: most lists hold a bare title line or too few entries, and are never read (the cues cost a dozen patterns a title)."""
    if parent.marker is not None and parent.marker.style == "article":
        return None
    entries: list[Node] = []
    for c in parent.children:
        if c.marker is None or c.marker.style not in _GLUED_SIBLING_STYLES:
            continue
        if c.title_only or not c.title:
            return None  # a bare title line or a line with no title: the list keeps its lines
        entries.append(c)
    if len(entries) < _GLUED_LIST_MIN:
        return None
    part, whole = _GLUED_LIST_SHARE
    misses = len(entries) - max(_GLUED_LIST_MIN, -(-part * len(entries) // whole))  # three in four, rounded up
    cuts: list[tuple[Node, str]] = []
    for c in entries:
        title = _glued_list_title(c.title)
        if title is not None:
            cuts.append((c, title))
            continue
        misses -= 1
        if misses < 0:
            return None
    return cuts


def _glued_list_title(title: str) -> str | None:
    """The entry's title as _glued_list_cuts reads it, or None: a cut leaving a sentence after it, the title no
    preposition's phrase and no body (see _GLUED_LIST_TEXT_MIN)."""
    if len(title) < _GLUED_LIST_TEXT_MIN + 2:
        return None  # no title and sentence of six characters in it
    cut = _sibling_glued_title(title)
    if cut is None or len(title) - len(cut) < _GLUED_LIST_TEXT_MIN:
        return None
    if cut.startswith(_PREPOSITION_FIRST) or cut.endswith(_AGENT_ENDS):
        return None
    return cut


def _restore_lost_first(parent: Node) -> None:
    """A list whose first marker the stored text lost (三、重点任务 / 实施重点企业链式培育工程。 / 1.… / （二）…: the
    （一） is gone): the paragraph standing before the list's （二）, with only deeper numbered lines between them, is the
    list's first entry, numbered by its position, and those deeper lines are its children."""
    for c in parent.children:
        _restore_lost_first(c)
    kids = parent.children
    second = _second_entry(kids) if kids else None  # (a leaf holds no list: no call for it)
    if second is None:
        return
    j = _lost_first_at(kids, second)
    if j is None:
        return
    lost = kids[j]
    lost.lost_marker, lost.level, lost.rank = True, kids[second].level, kids[second].rank
    lost.children = kids[j + 1:second]
    parent.children = kids[:j + 1] + kids[second:]


def _restore_lost_between(parent: Node, text: str) -> None:
    """一、总体要求 / 坚持… / 加强组合驾驶辅助准入与召回管理 / (一)… / 三、… (vk_10): a list numbered 一、 then 三、 whose 二、 the
    copy lost, its title left as a bare line right above the first child of 一、: that line is the lost entry, numbered by
    its position, and the children below it are its own (as a lost first entry is, _restore_lost_first)."""
    for c in parent.children:
        if c.children:
            _restore_lost_between(c, text)
    kids = parent.children
    k = 0
    while k < len(kids) - 1:
        a, b = kids[k], kids[k + 1]
        if a.children and _numbered_on_after_gap(a, b):
            lost = _bare_title_above_children(a, text)
            if lost is not None:
                lost.level, lost.rank, lost.end = a.level, a.rank, a.end
                lost.children, a.children, a.end = a.children, [], lost.start
                kids.insert(k + 1, lost)
                k += 1
        k += 1


def _numbered_on_after_gap(a: Node, b: Node) -> bool:
    """Two numbered siblings of one style and level whose numbers skip exactly one (一、 then 三、)."""
    return a.marker is not None and b.marker is not None and a.marker.style == b.marker.style and \
        a.level == b.level and b.marker.number == a.marker.number + 2


def _bare_title_above_children(a: Node, text: str) -> Node | None:
    """The last line of a node's own text when it is a bare title (a phrase: no stop, comma or colon, no marker) right
    above the node's first child, with text of the node's own above it; a new node at that line."""
    first = a.children[0]
    if first.marker is None or a.head_end < 0:
        return None
    own = text[a.head_end:first.start].rstrip()
    cut = own.rfind("\n")
    if cut < 0 or not own[:cut].strip():
        return None
    line = own[cut + 1:]
    title = line.strip(" \t\u3000")
    if _LOST_TITLE.fullmatch(title) is None:
        return None
    start = a.head_end + cut + 1 + (len(line) - len(line.lstrip(" \t\u3000")))
    return Node("heading", start, start + len(title), title=title, title_only=True, head_end=start + len(title),
                lost_marker=True)


# a heading's title on a line of its own: Han words (quotes, brackets, 、 inside), no stop, comma or colon
_LOST_TITLE = re.compile(r"[\p{Han}“”‘’、（）()]{4,30}")


def _second_entry(kids: list[Node]) -> int | None:
    """Where the entry numbered 2 of the top-level list among `kids` stands."""
    levels = [c.level for c in kids if c.marker is not None]
    top = min(levels) if levels else None
    return next((k for k, c in enumerate(kids) if c.marker is not None and c.level == top and c.marker.number == 2), None)


def _lost_first_at(kids: list[Node], second: int) -> int | None:
    """Where the paragraph standing for the list's lost first entry is: before its second entry with only deeper
    numbered lines between them, childless, no numbered node as high above it and no marker of the list's style
    before it (else the list's first entry is there, or the 2 starts no list)."""
    level, style = kids[second].level, kids[second].marker.style
    j = second - 1
    while j >= 0 and kids[j].marker is not None and kids[j].level > level:
        j -= 1
    if j < 0 or kids[j].kind != "paragraph" or kids[j].children:
        return None
    if any(c.numbered and (c.level or 0) <= level for c in kids[:j]):
        return None
    if any(c.marker is not None and c.marker.style == style for c in kids[:second]):
        return None
    return j


def _front_paragraphs_as_preamble(root: Node) -> None:
    """Run-in headed paragraphs (坚持正确方向。围绕…) left at the top level before the first numbered node, which no
    inferred heading took under it: a crawler dropped the heading lines they stood under, and before any heading
    every paragraph is a preamble node of its own — one a line, as the front's plain paragraphs are."""
    kids = root.children
    first = next((k for k, c in enumerate(kids) if c.numbered), len(kids))
    front: list[Node] = []
    made: set[int] = set()
    for c in kids[:first]:
        if c.kind != "paragraph" or c.children or c.duty_entry:
            front.append(c)
        elif front and id(front[-1]) in made and front[-1].end == c.start:
            front[-1].end = c.end  # a second head in the same line: the line is one paragraph
        else:
            front.append(Node("preamble", c.start, c.end, level=1))
            made.add(id(front[-1]))
    root.children = front + kids[first:]


def _lone_paragraphs_as_title_text(node: Node, text: str) -> None:
    """一、充分发挥出口信用保险作用 / 进一步降低短期出口信用保险费率。对…应保尽保，… among 二、大力支持外贸企业融资 /
    通过…。 (vk_11): where the title lines of a list head plain text and none heads paragraphs, a title line over a
    single headed paragraph and nothing else heads that paragraph as its text as its siblings do (a single
    lead-sentence paragraph under a title line is its text, tests/real/README.md vk). A list where some title heads
    paragraphs (rd_03's 四、 / 推动集成电路产业“强链补链延链”。… among 一、 / 培育…。 / 推动…。) keeps them."""
    kids = node.children
    lone = [c for c in kids if len(c.children) == 1 and c.title_only and c.marker is not None
            and _lead_sentence_right_under(c.children[0], c, text)]
    if lone and not any(k.kind == "paragraph" for c in kids if c not in lone for k in c.children):
        plain = sum(1 for c in kids if c.title_only and not c.children and c.end > c.head_end + 1)
        if plain >= 2 and len(lone) < plain:
            for c in lone:
                c.end = max(c.end, c.children[0].end)
                c.children = []
    for c in kids:
        if c.children:
            _lone_paragraphs_as_title_text(c, text)


def _lead_sentence_right_under(k: Node, heading: Node, text: str) -> bool:
    """A childless paragraph opening on the line right under its heading's line, headed by a sentence (its title
    closed by 。), not by a label (2021年目标：…, a part the heading names) nor a duty list's units."""
    if k.kind != "paragraph" or k.children or k.duty_entry or not k.title or heading.head_end < 0:
        return False
    if text[heading.head_end:k.start].strip():
        return False  # the heading's own text comes first (二、工作目标 / 按照…。 / 2021年目标：…, to_07)
    at = text.find(k.title, k.start, k.start + len(k.title) + 4)  # (bounded: the title opens the paragraph)
    return at >= 0 and text[at + len(k.title):at + len(k.title) + 1] == "。"


def _led_in(text: str, before: Node, restart: Node) -> bool:
    """…5、其他情形；/ 有以下情形的，…处罚：/ 1、造成…: a list restarted after a lead-in sentence of its own
    (the 所列 line ends in a colon) is a second list of the same node, not a section whose heading is lost."""
    lead = text[before.start:restart.start].rstrip()
    return lead.endswith(("：", ":")) and "\n" in lead


def _sections_before(nodes: list[Node], level: int) -> list[Node]:
    """Body paragraphs between the plan's opening and the first inferred group: each plain
    paragraph stands for a section whose heading the document leaves out; consecutive run-in
    paragraph headings share one."""
    boundary = None
    for k, c in enumerate(nodes):
        if c.kind == "preamble" and c.opening:
            boundary = k
    if boundary is None:
        for k, c in enumerate(nodes):
            if c.kind == "preamble" and c.after_title:
                boundary = k
    if boundary is None:
        return nodes
    out = nodes[: boundary + 1]
    group: Node | None = None
    for c in nodes[boundary + 1:]:
        if c.kind == "preamble":
            out.append(Node("heading", c.start, c.end, level=level, inferred=True))
            group = None
        elif c.kind == "paragraph":
            if group is None:
                group = Node("heading", c.start, c.end, level=level, inferred=True)
                out.append(group)
            group.children.append(c)
            group.end = max(group.end, c.end)
        else:
            out.append(c)
            group = None
    return out


def _assign(node: Node, prefix: str, text: str, out: list[Section]) -> None:
    numbered_levels = [c.level for c in node.children if c.numbered]
    slot_level = min(numbered_levels) if numbered_levels else (node.level or 0) + 1
    k_num = k_other = k_row = 0
    run = _ListRun()
    for c in node.children:
        if c.kind == "task_row":
            k_row += 1
            out.append(_task_row_section(c, f"{prefix}t{k_row}", (node.level or 0) + 1, text))
            continue
        if c.numbered:
            k_num += 1
            cid = f"{prefix}{k_num}"
        else:
            k_other += 1
            cid = f"{prefix}p{k_other}"
            if c.level is None or c.kind == "paragraph":
                c.level = slot_level
        kids: list[Section] = []
        if c.children:  # a leaf (most nodes of a long list) has nothing to number: no call, no _ListRun
            _assign(c, cid + ".", text, kids)
        own_end = kids[0].span[0] if kids else c.end
        own = text[c.start:own_end].rstrip()
        if c.marker is not None or c.named or c.lost_marker:
            kind = _numbered_kind(c, run.follows_bare_entries(c), text)
        elif c.inferred:
            kind = "heading"
        else:
            kind = c.kind
        # every value is built here with its schema type, so skip re-validation (linear on
        # documents with tens of thousands of nodes); all fields are passed explicitly, in the model's order
        out.append(
            built(Section, dict(
                id=cid,
                kind=kind,
                level=c.level,
                marker=c.marker.text if c.marker else None,
                number=c.marker.number if c.marker else None,
                inferred=c.inferred,
                title=c.title,
                text=own,
                span=(c.start, c.end),
                responsibility=None,
                targets=[],
                deadlines=[],
                children=kids,
                cells=None,
            ))
        )


@dataclass
class _ListRun:
    """The run of numbered siblings (（一）…（六）) that one list makes: whether every entry so far is a bare line (one
    sentence, nothing below it: an entry of a list, not a run-in paragraph)."""

    length: int = 0
    bare: bool = True

    def follows_bare_entries(self, c: Node) -> bool:
        """Does c come after bare entries of its list only (（六）…的其他情形。 or （七）…证书。 after （一）…（五）)? Then the
        text below it is its parent's going on or a remark on the list, not c's own. Feed every numbered sibling in order."""
        if c.marker is not None and c.marker.number == 1:
            self.length, self.bare = 0, True  # a list starts (again)
        after_bare = self.length > 0 and self.bare
        self.length += 1
        self.bare = self.bare and not c.children and c.end <= c.head_end and not c.runs_on and not c.glued
        return after_bare


# 牵头负责领导：金力。 — a person named for a task, on a line of its own like the unit labels under it
_PERSON_LABEL = re.compile(r"\p{Han}{0,6}" + PERSON_LABEL_WORDS + "[：:∶]")


def _prose_below(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with a paragraph of prose, not a note line (牵头单位：…, 牵头负责领导：…, （A牵头）), a
    title line of the next part, a 注： or a stray line break as a page stored it (\\r\\n)?"""
    line = next((s for s in (x.strip(" \t\u3000") for x in text[start:end].split("\n", 3)) if s), "")
    if not (is_prose(line) or _prose_cut_at_the_end(text, end, line)) or line.startswith("注") or NOTE_LABEL.match(line, 0, None, HOLD_GIL) or _PERSON_LABEL.match(line, 0, None, HOLD_GIL):
        return False
    return not (line[0] in "（(" and line[-1] in "）)" and is_note_text(line[1:-1]))


def _is_note_line(line: str) -> bool:
    """牵头单位：… / 主要协作单位：… / 牵头负责领导：… / （A牵头） standing as a line of its own: a task's note, no text.
    A bracket opening the line must close at its end: （一）加强…（A牵头） is a paragraph under its marker, no note."""
    if NOTE_LABEL.match(line, 0, None, HOLD_GIL) or _PERSON_LABEL.match(line, 0, None, HOLD_GIL):
        return True
    return line[0] in "（(" and _closes_at_the_end(line) and is_note_text(line[1:-1])


def _closes_at_the_end(line: str) -> bool:
    """Does the bracket opening the line close at its last character (（A牵头，B配合）, （省数据局(省营商局)负责）)?"""
    depth = 0
    for i, ch in enumerate(line):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return i == len(line) - 1
    return False


_NOTE_LABEL_REACH = 20  # characters: the longest label and its colon (【主要牵头考核单位（部门）】：, 分管县领导：)


def _only_note_lines_below(text: str, start: int, end: int) -> bool:
    """Is every line of text[start:end] a note line (2.加强…生命安全 / 牵头责任单位：县卫健委 / 主要协作单位：…, vn_01)?
    Then the title line above is a list entry carrying its note, not a title over text of its own. Stops at the
    first line that is no note: the text below most titles opens with prose, which no colon near its start lets
    through to the patterns (a slice of the line only then)."""
    pos, seen = start, False
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s = pos
        while s < stop and text[s] in " \t\u3000\r":
            s += 1
        if s < stop:
            reach = s + _NOTE_LABEL_REACH
            head_end = stop if stop < reach else reach
            if text[s] not in "（(" and all(text.find(ch, s, head_end) < 0 for ch in "：:∶】"):
                return False
            if not _is_note_line(text[s:stop].rstrip(" \t\u3000\r")):
                return False
            seen = True
        pos = stop + 1
    return seen


def _prose_cut_at_the_end(text: str, end: int, line: str) -> bool:
    """区行政审批局要加强领导，作好统筹协调和指导，与各街道形成合 closing the document: a paragraph of prose the stored page
    cut off mid-word (tn_05), the last text there is; not an entry of a list opened by its bullet (▲增加值…，其中，第三产业)."""
    return (not text[end:].strip() and "\u4e00" <= line[:1] <= "\u9fff" and is_cut_sentence(line)
            and text[:end].rstrip().endswith(line))


def _text_below(text: str, start: int, end: int) -> bool:
    """Is there text in text[start:end] other than PDF page numbers standing alone (15、《…规划》（2018 年） / 3 / 16、…)?"""
    # line by line from the top, stopping at the first line of text: a heading's span runs to its part's end, and
    # splitting all of it (every level over again) cost more than the answer, which the first line below mostly gives
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        s = text[pos:end if nl < 0 else nl].strip(" \t\u3000")
        if s and not (s.isdigit() and len(s) <= 4):
            return True
        if nl < 0:
            return False
        pos = nl + 1


# a PDF text wrapped at its page width: a numbered line this long that stops on a Han character inside a clause is a
# sentence the page wrapped, not a title (titles with a comma are shorter: 二、压实责任，推动工作落实)
_WRAPPED_TITLE_MIN = 32


def _title_line_wrapped(c: Node, text: str) -> bool:
    """（六）个人承诺书，含对本人（及配偶）是否有大额负债进行说明，并就本人诚信 / 和公正履职…进行承诺。 (ub_07, ub_11): the
    marker line is the first line of a paragraph the page wrapped mid-word, its sentence going on below; the node runs
    on past its title (an item), it heads no text of its own. Read only on the node's own line and the line below."""
    if not ("\u4e00" <= text[c.head_end - 1] <= "\u9fff") or text.find("，", c.start, c.head_end) < 0:
        return False
    # the sentence goes on right below (a wrap leaves no blank line) on a Han character, no bracket, digit or note, and
    # ends on that line (sc_10: 一、…，部门和地方擅自开工建设的项目 / (blank) / 彩色显像管… is a title over its list)
    at = c.head_end + 1
    if text[c.head_end:at] != "\n" or at >= c.end or not ("\u4e00" <= text[at] <= "\u9fff"):
        return False
    stop = text.find("\n", at, c.end)
    return text[at:c.end if stop < 0 else stop].rstrip(" \t\u3000").endswith(("。", "；"))


def _heads_entries(c: Node, text: str) -> bool:
    """Does c have a child other than a task row or a counted-off paragraph? A plain loop: any() over a generator
    resumes it once a child."""
    for k in c.children:
        if k.kind != "task_row" and not _counted_off_paragraph(k, text):
            return True
    return False


def _numbered_kind(c: Node, after_bare: bool, text: str) -> str:
    """heading or item for a numbered node (docs/gold-format.md, "Heading or item"). A bare heading line heads
    something: children, or body text of its own; so does a title written as a sentence (（一）指导思想。) unless it
    follows bare entries of its list (（六）…的其他情形。), where the text after it is not its own. A bare
    numbered line with nothing under it (1、《…法》) is an item of a list (its task table's rows do not make it a
    heading); a run-in line (（一）指导思想。以…) is an item."""
    # the children first: a node over entries of its own heads them whatever text it has (most headings with a title
    # line only), and the text below it need not be read
    if _heads_entries(c, text):
        return "heading"
    if c.title_only and not (c.glued and _slogan_glued(c, text)):
        # a title line over nothing but its note lines is a list entry (1.地区生产总值增长8%以上 / 牵头单位：…), unless
        # the title names the units its lines give (一、主承办单位 / 主办单位：… / 承办单位：…, rk_15: a title over its fields)
        heads_text = (c.head_end < 0 or (_text_below(text, c.head_end, c.end) and not (
            _only_note_lines_below(text, c.head_end, c.end) and UNIT_TITLE.search(text, c.start, c.head_end) is None))) and not (
            c.head_end - c.start >= _WRAPPED_TITLE_MIN and _title_line_wrapped(c, text))  # gated by length: most titles are short
    elif c.glued:  # a title glued to its text on one line is a title paragraph all the same (gold-format.md)
        heads_text = not after_bare
    else:  # a title sentence over prose of its own: not after bare entries of its list, nor over note lines
        # (articles are no list's entries: the one before a titled article is never a bare entry of its list)
        heads_text = c.title_sentence and (not after_bare or c.marker.style == "article") and c.end > c.head_end and (
            _prose_below(text, c.head_end, c.end) or _field_below_label(c, text))
    return "heading" if heads_text or _heads_contact_lines(c, text) else "item"


def _slogan_glued(c: Node, text: str) -> bool:
    """二、活动主题“创”出新天地、“贷”动大就业 (wt_02, a body stored on one line): a theme's slogan in quotes glued to its
    title is the title's text, which the title heads as a title paragraph (a stage's name glued to its text in a
    document that keeps its lines, tn_10's （一）全面排查阶段（…）积极联合…, stays a run-in item)."""
    at = text.find(c.title, c.start, c.head_end)
    return at >= 0 and text.startswith("“", at + len(c.title))


def _heads_contact_lines(c: Node, text: str) -> bool:
    """三、联系方式 / 省工业和信息化厅科技处，联系电话：… (sd_05): a leaf titled for contacts with a line right below it that
    no node starts (the contact fields, set aside from its span) heads those lines; with nothing below (（四）咨询方式。 where
    the page ends, uw_01) it stays an item. Gated on the title's words: most leaves end on none."""
    tail = c.title[-6:] if c.title else ""
    if c.children or ("联系" not in tail and "咨询" not in tail) or CONTACT_TITLE.search(tail) is None or c.end > c.head_end + 1:
        return False
    if not text[c.start:c.head_end].rstrip(" \t\u3000。：:").endswith(c.title):
        return False  # （一）…联系人：耿丹 电话：… (uy_02): the values run on on its own line, an item
    at = c.head_end + 1 if text[c.head_end:c.head_end + 1] == "\n" else c.head_end
    stop = text.find("\n", at)
    below = text[at:stop if stop >= 0 else len(text)].strip(" \t\u3000")
    return bool(below) and match_marker(below) is None and ATTACHMENT_LABEL.match(below) is None


def _field_below_label(c: Node, text: str) -> bool:
    """（二）东莞市科技局联系电话： / 基础研究与社会发展科技科：黄培锟，0769-22831340 (vb_03): a title closed by a colon over
    a field line (a name or office, its colon and its value) heads that field, as 三、联系方式 / 联系电话：… does (sd_05)."""
    if not text[c.start:c.head_end].rstrip(" \t\u3000").endswith(("：", ":")):
        return False
    nl = text.find("\n", c.head_end + 1, c.end)
    below = text[c.head_end:c.end if nl < 0 else nl].strip(" \t\u3000\n")
    return _LABELLED_FIELD.match(below, 0, None, HOLD_GIL) is not None


_LABELLED_FIELD = re.compile(r"\p{Han}{2,16}[：:]")


def _counted_off_paragraph(k: Node, text: str) -> bool:
    """（二）主要任务。《规划》明确了… / 一是… / 二是… / 三是… (sd_03): the points counted off below a line that runs on past
    its title are more paragraphs of its text, no numbered children: the line stays an item (gold-format.md)."""
    return k.kind == "paragraph" and not k.children and text[k.start + 1:k.start + 2] == "是" and \
        _COUNTED_OFF.match(text, k.start, k.start + 3) is not None


def _task_row_section(c: Node, cid: str, level: int, text: str) -> Section:
    return built(Section, dict(
        id=cid,
        kind="task_row",
        level=level,
        marker=None,
        number=None,
        inferred=False,
        title=c.title,
        text=text[c.start:c.end].rstrip(),
        span=(c.start, c.end),
        responsibility=None,
        targets=[],
        deadlines=[],
        children=[],
        cells=c.cells,
    ))
