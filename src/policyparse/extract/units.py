"""Responsible units: who leads, who supports, canonicalised through lexicons/units.tsv.

Notes are read where notices put them, with the note grammar of ``policyparse.grammar``: a bracketed
note closing the node's text, its first line, or a sentence inside it (（牵头单位：A、B，责任单位：C）,
〔…〕, 【…】, （A、B按职责分工负责）, （A牵头，B配合）, （各成员单位）, （5月底完成，牵头考核单位：A）); a
line of its own (责任单位：A（牵头），B); the sentence (由A牵头，B配合); an item headed by a unit
(1.县财政局：落实…). Several notes in one item are merged. A document that says 排在第一位的部门为牵头部门
makes the first unit of its later lists the lead. A heading's note applies to the nodes under it
that have none of their own (``inherited_from``).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import Any

import re as stdre

import regex as re

from policyparse import grammar as _g
from policyparse.grammar import HOLD_GIL
from policyparse.extract import lexicon as _lex
from policyparse.extract._text import SKIP_KINDS, task_nodes
from policyparse.models import Document, Metadata, Responsibility, Section, Unit, built, built_each, set_field, shared_fields_set

MAX_NOTE = 600  # characters: longer parentheticals are not responsibility notes

# One list item: anything but separators, a bracket group of one level (各县（市、区）, 各市、县〔市、区〕) kept
# whole; 各市、州、县人民政府 names several levels of one collective, so its 、 do not separate (各区、各相关部门 are two).
# Possessive runs: nothing follows the piece, so the longest is the match, and the engine keeps no way back into it
# (a backtracking entry for every character was most of the scan).
_PIECE = re.compile(
    r"(?:各(?:[省市州县区盟旗乡镇](?:[（(〔][^（）()〔〕]{1,12}[）)〕])?、){1,4}(?!各))?"
    r"(?:[^、，,；;。／/（）()〔〕]++|[（(〔][^（）()〔〕]{0,24}[）)〕])++"
)
# What _PIECE cuts at, and what makes its cut more than a split: a bracket (kept inside its piece) or a 各 (各县、各区
# stay one collective). A list with neither is split by str.split at 、 (or by a plain run of non-separators when it
# has others): the pattern's scanner cost more than the rest of reading most lists' pieces.
_PIECE_SEPARATORS = "、，,；;。／/"
_PIECE_RUN = stdre.compile(f"[^{_PIECE_SEPARATORS}]+")
_PIECE_OTHER_SEPARATOR = stdre.compile(f"[{_PIECE_SEPARATORS[1:]}]")
_PIECE_NOT_SPLIT = stdre.compile(r"[各（）()〔〕]")
# …市场监管总局等部门和单位按职责分工负责: 等部门和单位 closes the list as 等部门 does
_TRAIL = re.compile(r"(?:等(?:有关|相关)?(?:部门(?:和单位)?|单位|方面)?|及(?:有关|相关)(?:部门|单位))$")
# 国家卫生健康委等相关部门及各地区, 工业和信息化部、公安部等部门和各省级人民政府: the 等… closes one list and 及 / 和
# opens the next (和单位 excepted: it ends the first). 发展改革委、商务委、生态环境局等各相关部门 (tt_134): the 等 closes the
# list of units named and the collective after it is a piece of its own.
_INNER_TRAIL = re.compile(r"等(?:有关|相关)?(?:部门|单位)?(?=以及|及|和)(?!和单位)|等(?=各(?:有关|相关)?(?:部门|单位)$)")
_CONJ = re.compile(r"以及|和|及|与|同")
_BRACKETS = re.compile("[" + re.escape(_g.NOTE_OPEN + _g.NOTE_CLOSE) + "]")  # the note brackets of the grammar
_BRACKETS_BACK = re.compile("(?r)[" + re.escape(_g.NOTE_OPEN + _g.NOTE_CLOSE) + "]")  # the same, found from the right (regex's reverse search)
_TRAILING_PUNCT = re.compile(r"[\s。；;，,.、]*$")
_TRAILING_WS = re.compile(r"\s*$")
# The characters of _TRAILING_PUNCT (\s of the regex module is Unicode White_Space): where a window is short,
# str.rstrip finds where its trailing run starts without trying the pattern at every position.
_TRAILING_PUNCT_CHARS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000。；;，,.、"
_SENTENCE_END = "。；;！？!?\n"
# Everyone of a kind, no tier named: 各成员单位, 各部门, 相关部门, 各行业部门, 各地区, 省政府有关部门 (各县人民政府 is a tier: listed);
# two kinds joined under one 各 / 有关 are one collective (各有关部门和单位, 有关部门及单位: ul_06's shared duty)
_JOINED_KIND = r"(?:[和及与](?:单位|部门|机构))?"
_COLLECTIVE = re.compile(
    r"^(?:各|有关|相关)(?:有关|相关|成员|责任|行业|职能)?(?:单位|部门|地区|地方政府|学校|机构|科室|处室|股室)" + _JOINED_KIND + "$"
    r"|\p{Han}(?:各?成员单位|有关部门|相关部门|有关单位|相关单位)" + _JOINED_KIND + "$"
    r"|\p{Han}各(?:直属)?(?:部门|单位|机构)" + _JOINED_KIND + "$"  # a body's members as a whole: 国务院各部门, 省政府各直属机构 (sf_09)
)
_COLLECTIVE_ENDS = ("单位", "部门", "地区", "地方政府", "学校", "机构", "科室", "处室", "股室")  # (各科室: a body's own offices)
# 国家发展改革委（以下简称发展改革委）, （简称…）, （以下称…）, （下称…）
_ABBREVIATION = re.compile(r"(?P<full>[\p{Han}]{3,30}?)[（(]" + _g.ALIAS_WORDS + r"[“\"]?(?P<abbr>\p{Han}{2,12})[”\"]?[）)]")
# The declaration's opening words, searched first: the full pattern, started at every Han character, costs 200
# times more than this literal search, and a declaration's name stands at most 30 characters before them.
_ABBREVIATION_CUE = re.compile(r"[（(]" + _g.ALIAS_WORDS)
_ABBREVIATION_NAME_REACH = 30
_HEAD_UNIT = re.compile(r"(?P<unit>[^，,。；;：:、（）()\s]{3,30}(?:[（(][^（）()]{1,12}[）)])?)(?P<stop>[：:。])")
# _HEAD_UNIT's stop stands within a marker (12 characters, as read below) and a name (30, and a bracket of 14) of the start
_HEAD_UNIT_STOP = re.compile(r"[：:。]")
_HEAD_UNIT_REACH = 12 + 30 + 14 + 1
# The place a local document is about, from its title (《象州县农村公路“路长制”实施方案》) or its issuer at the head
# (象州县人民政府办公室关于…): the place name before its level word.
_OWN_PLACE = re.compile(r"(?:《|^|\n)[ \u3000]*+(?P<place>\p{Han}{2,3}?)(?:县|市|区)(?:人民政府|[^《》\n]{2,60}?》)")
_OWN_PLACE_REACH = 1500
# where _OWN_PLACE may start after the head: a 《 or a line end, blanks, then 县 / 市 / 区 two or three characters on
# (its place, Han, is no line end): the standard re module finds these in C, and _OWN_PLACE confirms each, where it was
# called at every line start of the head. One pattern per opener: a literal first is scanned for fast, a class of the
# two (or an alternation) is tried at every character (4x the time on the bench's heads)
_OWN_PLACE_STARTS = tuple(stdre.compile(opener + r"(?=[ \u3000]*+...?[县市区])") for opener in ("\n", "《"))
# What a unit's duty opens with in a paragraph headed by the unit (市公安局：负责…, 市财政局：做好资金保障).
# 交通部门：一是负责… (tq_02): the first of duties counted off opens after the colon as well
_DUTY_START = re.compile(r"[ \t\u3000]*+(?:一是)?(?:" + _g.DUTY_OPENERS + "|参与)")
# What an item headed by a kind of body says of that kind, not of one body's duties (ui_02: 1.国家实验室。体现国家意志、
# 实现国家使命…, 2.国家重点实验室。面向前沿科学…, 2.国家野外科学观测研究站。服务于生态学…): a duty list's entry opens
# with the work (负责…, 开展…, 配合…), never with whom the kind serves.
_DESCRIBES_A_KIND = re.compile(r"[ \t\u3000]*+(?:主要)?(?:面向|体现|服务于)")
# A task title, not a unit heading: it opens with what is to be done (加快培育和发展大型煤炭企业集团。) or says what
# someone must do (各地要进一步强化为农服务。), though it ends as a unit's name ends.
# a head opening with a task word (lexicons/task_verbs.tsv: 加强, 推进 …) or saying what must be done states a task
_NOT_A_HEAD = re.compile(
    # 各区试点阶段（2023年3月底前）。各区民宗部门… (wm_01): a stage of the work, its time in brackets, heads its entry as a
    # title does; 各区 before it makes no body of it
    "^" + _g.task_verb_group() + "|要|应当|必须|进一步|切实|阶段(?:[（(][^（）()]*[）)])?$"
)


@dataclass
class _Piece:
    name: str
    start: int  # absolute offsets
    end: int


def assign_responsibility(text: str, sections: list[Section], nodes: list[tuple[Section, int, int]] | None = None,
                          metadata: Metadata | None = None) -> None:
    """Fill node.responsibility on every node, in place; headings pass their note down.

    `nodes`: (node, own start, own end) of the nodes to read, when the caller has them already; `metadata`: the
    document's, which says whether it is a national document (whose 发展改革委 is 国家发展改革委).
    """
    if nodes is None:
        nodes = task_nodes(text, sections)
    reading = document_reading(text, metadata)
    reading.nodes = nodes
    if "分工" in text or "职责" in text:  # a str scan spares the walk of nodes most documents (no division of duties)
        reading.unit_titled = _unit_titled_runs(nodes)
        reading.colon_lines = _colon_line_runs(text, nodes)
    noted, on_closing_line = _read_own_notes(text, nodes, reading)
    central_bodies_in_full(noted, reading)
    own_note: dict[int, Responsibility] = {id(node): node.responsibility for node in noted}
    _lift_closing_notes(sections, own_note)
    _lift_closing_note_lines(sections, own_note, on_closing_line)
    _inherit_notes(sections, own_note)


def _read_own_notes(text: str, nodes: list[tuple[Section, int, int]],
                    reading: _DocumentReading) -> tuple[list[Section], set[int]]:
    """Give each node the note its own text holds (or its heading, its duty list … says): the nodes noted, in order,
    and the ids of those whose note is a line of its own closing them."""
    noted: list[Section] = []
    on_closing_line: set[int] = set()
    starts = sorted({start for _node, start, _end in nodes} | {len(text)})
    for node, start, end in nodes:
        # a note line the tree left outside every node (after the last item of the document) belongs to the node before it
        gap_end = starts[bisect.bisect_right(starts, end - 1)] if end > start else end
        # a gap of one character or none (most nodes: the next starts after a line break) holds no note line: no call
        gap = _note_gap_end(text, end, gap_end) if gap_end - end > 1 else end
        stop = gap if gap > end else end  # compared, not max(): the builtin parses its arguments as keywords
        resp = find_note(text, start, stop, reading) or _unnoted_reading(text, node, start, end, reading)
        if resp is not None:
            set_field(node, "responsibility", resp)
            noted.append(node)
            if _closes_on_own_line(text, resp, start, stop):
                on_closing_line.add(id(node))
    return noted, on_closing_line


def _unnoted_reading(text: str, node: Section, start: int, end: int,
                     reading: _DocumentReading) -> Responsibility | None:
    """A node holding no note: what its heading, duty list, entry shape or run says, the first reader that answers."""
    return (_unit_heading(text, node, start, end, reading)
            or _led_heading(text, node, start, end) or _duty_list_heading(text, node, start, end)
            or _unit_duties_heading(text, node, start) or _unit_named_heading(text, node, start, end)
            or _unit_duty_paragraph(text, node, start, end, reading) or _colon_entry_paragraph(text, node, start, end)
            or _shared_ending_entry(text, node, start, end) or _titled_item_lead(text, node, start, end)
            or (reading.colon_lines and _colon_line_entry(text, node, start, end, reading))
            or _childless_heading_duties(text, node, start, end, reading)
            or _titled_duty_entry(text, node, start, end)
            or _unit_duties_entry(text, node, start, end) or _role_duties_entry(text, node, start, end)
            or _modal_run_entry(text, node, start, end, reading) or _run_in_body_entry(text, node, start, end, reading))


def _inherit_notes(sections: list[Section], own_note: dict[int, Responsibility]) -> None:
    """Every heading, item or paragraph without a note of its own takes its nearest ancestor's own note."""
    stack: list[tuple[Section, Section | None]] = [(s, None) for s in reversed(sections)]
    inherited: dict[int, Responsibility] = {}  # one copy per holder, shared by the nodes that inherit it
    while stack:
        node, holder = stack.pop()
        # kind and children read from the node's __dict__ once: a pydantic model's attribute reads pass through
        # BaseModel.__getattr__'s slow hook, and this visits every node
        fields = node.__dict__
        if id(node) in own_note:
            holder = node
        elif holder is not None and (kind := fields["kind"]) not in SKIP_KINDS and kind in ("heading", "item", "paragraph"):
            copy = inherited.get(id(holder))
            if copy is None:
                copy = inherited[id(holder)] = holder.responsibility.model_copy(update={"inherited_from": holder.id})
            set_field(node, "responsibility", copy)
        children = fields["children"]
        if children:
            stack.extend(zip(reversed(children), repeat(holder)))  # pairs made in C, as _text.walk does


def _noteless_parents(sections: list[Section], own_note: dict[int, Responsibility]) -> Iterator[Section]:
    """Every numbered node (heading or item) over two or more children that has no note of its own, in the order
    the lifting passes visit them; own_note is read as each is reached, so a note lifted onto a node counts."""
    stack = list(sections)
    while stack:
        node = stack.pop()
        children = node.children
        if children:  # a leaf, most nodes, is neither visited further nor a parent
            stack.extend(children)
            if len(children) >= 2 and id(node) not in own_note and node.kind in ("heading", "item"):
                yield node


def _lift_closing_notes(sections: list[Section], own_note: dict[int, Responsibility]) -> None:
    """13．开展…推广。 over un-numbered paragraphs (智能化制造。… 数字化管理。…（责任单位：A）): the note closing the last
    of several paragraphs closes the numbered node they make up, and the paragraphs inherit it (a single paragraph
    keeps its note: it is the node's text)."""
    for node in _noteless_parents(sections, own_note):
        kids = node.children
        if any(k.kind != "paragraph" or k.children for k in kids):
            continue
        last = own_note.get(id(kids[-1]))
        if last is None or any(id(k) in own_note for k in kids[:-1]):
            continue
        set_field(node, "responsibility", last)
        own_note[id(node)] = last
        del own_note[id(kids[-1])]
        set_field(kids[-1], "responsibility", None)


def _closes_on_own_line(text: str, resp: Responsibility, start: int, stop: int) -> bool:
    """Does the note stand on a line of its own (（牵头单位：A）, 责任单位：A) that closes text[start:stop], below its
    first line?"""
    span = resp.span  # read once: a model's attribute read passes through pydantic's __getattr__ hook
    if span is None:
        return False
    line = text.rfind("\n", start, span[0]) + 1
    if line <= start or text[span[1]:stop].strip(_TRAILING_PUNCT_CHARS + _g.NOTE_CLOSE):
        return False
    own = text[line:stop].strip(_TRAILING_PUNCT_CHARS)
    return bool(own) and (_is_bracketed_note(own) or bool(_g.NOTE_LABEL.match(own)))


def _lift_closing_note_lines(sections: list[Section], own_note: dict[int, Responsibility], on_line: set[int]) -> None:
    """一、… over 1.… 2.… 3.… and then a line （牵头单位：A；责任单位：B）: a note line closing the last of several
    items, none of which has a note, closes the heading they make up; the items inherit it (the last keeps nothing
    of its own). An item whose note is inline, or a sibling with a note, keeps the note where it stands."""
    for node in _noteless_parents(sections, own_note):
        kids = node.children
        if (id(kids[-1]) not in on_line or kids[-1].children
                or any(k.kind not in ("item", "heading") for k in kids)
                or any(_holds_note(k, own_note) for k in kids[:-1])):
            continue
        last = own_note.pop(id(kids[-1]))
        set_field(node, "responsibility", last)
        own_note[id(node)] = last
        set_field(kids[-1], "responsibility", None)


def _holds_note(node: Section, own_note: dict[int, Responsibility]) -> bool:
    """Does the node or any node below it carry a note of its own?"""
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in own_note:
            return True
        stack.extend(n.children)
    return False


@dataclass
class _DocumentReading:
    """What the document says once about all its notes: where the first-listed-leads rule starts, abbreviations."""

    first_leads_from: int | None = None
    abbreviations: dict[str, _lex.UnitInfo] = field(default_factory=dict)  # key of the short name -> the body
    # the document's own place, named without its level word (象州 of 象州县): 象州公路养护中心 stands there
    places: tuple[str, ...] = ()
    # each note read once per document, by its text: a task list repeats its few notes (（市发展改革委牵头，
    # 市财政局配合）) hundreds of times, and a note reads the same wherever it stands (spans aside)
    notes: dict[str, tuple[int, Responsibility | None]] = field(default_factory=dict)  # text -> (where first read, note)
    # the document closes its items with bare lists of its own offices (（装备信息中心、教科院）, （职教处、高教处）):
    # such lists need no level word
    bare_lists: bool = False
    # issued by central bodies (True), by others (False), or not known from the metadata (None): see _is_national
    national: bool | None = None
    # ids of headings in a run titled by nothing but units (wa_10), found once per tree by assign_responsibility
    unit_titled: frozenset[int] = frozenset()
    # ids of top-level lines in a run each opened by units and a colon (a plan's attached duty list), found with unit_titled
    colon_lines: frozenset[int] = frozenset()
    # the nodes read (node, own start, own end), for what is found of the tree only when a node asks (subject_opened)
    nodes: list[tuple[Section, int, int]] = field(default_factory=list, repr=False)
    # ids of headings in a run whose text each opens with its units (wa_11), found on the first heading that asks
    _subject_opened: frozenset[int] | None = field(default=None, repr=False)
    # ids of headings in a run whose text each opens with its bodies and 要 / 应 (wh_02 四), and the ids of the parents
    # whose children were looked at for such runs: found per parent, when a child so opened asks
    _modal_opened: set[int] = field(default_factory=set, repr=False)
    _modal_parents: set[int] = field(default_factory=set, repr=False)
    # ids of run-in items in a run whose text each opens with its bodies (wm_01 四), and the parents looked at for them
    _run_in_opened: set[int] = field(default_factory=set, repr=False)
    _run_in_parents: set[int] = field(default_factory=set, repr=False)
    # what is found once for the document's text, by name: (the text, what was found)
    _found: dict[str, tuple[str, Any]] = field(default_factory=dict, repr=False)

    def _once(self, name: str, text: str, find: Callable[[str], Any]) -> Any:
        got = self._found.get(name)
        if got is None or got[0] is not text:
            got = self._found[name] = (text, find(text))
        return got[1]

    def subject_opened(self, text: str, node: Section) -> bool:
        """Does the node stand in a run of headings whose text each opens with its units (_subject_opened_runs)?
        Found for the whole tree on the first heading that asks."""
        if self._subject_opened is None:
            self._subject_opened = _subject_opened_runs(text, self.nodes)
        return id(node) in self._subject_opened

    def modal_opened(self, text: str, node: Section) -> bool:
        """Does the node stand in a run of headings whose text each opens with its bodies and 要 / 应 (_modal_opened_runs)?
        Found for the whole tree on the first heading that asks."""
        parent = _parent_in_run_reach(node, self.nodes)
        if parent is not None and id(parent) not in self._modal_parents:
            self._modal_parents.add(id(parent))
            runs = _modal_opened_runs(text, parent, self.nodes)
            # read only where the document divides its work by body elsewhere (a duty list): the line scan asked last
            if runs and (self.unit_titled or self.states_duties(text)):
                self._modal_opened.update(runs)
        return id(node) in self._modal_opened

    def run_in_opened(self, text: str, node: Section) -> bool:
        """Does the run-in item stand in a run of items whose text each opens with its bodies (_run_in_opened_runs)?
        Found per parent, when a child so opened asks."""
        parent = _parent_in_run_reach(node, self.nodes)
        if parent is not None and id(parent) not in self._run_in_parents:
            self._run_in_parents.add(id(parent))
            self._run_in_opened.update(_run_in_opened_runs(text, parent, self.nodes))
        return id(node) in self._run_in_opened

    def opens_duty_list(self, text: str) -> bool:
        """_opens_duty_list(text), found once for the document."""
        return self._once("duty_list", text, _opens_duty_list)

    def states_duties(self, text: str) -> bool:
        """_states_duties(text), found once for the document."""
        return self._once("duty_sentences", text, _states_duties)

    def heads_department_entries(self, text: str) -> bool:
        """_heads_department_entries(text), found once for the document."""
        return self._once("department_entries", text, _heads_department_entries)

    def text_end(self, text: str) -> int:
        """Where the text's last non-blank character ends (0 when none), found once for the document: is a node
        the last (nothing but blanks after it)? asked of every node by a comparison, not a pattern call. (Asked of every node: the found value is read here, not through _once, one call less.)"""
        got = self._found.get("text_end")
        return got[1] if got is not None and got[0] is text else self._once("text_end", text, _text_end)

    def brackets(self, text: str) -> _SentenceBrackets:
        """The brackets standing against a sentence end in `text`, found once for the document. (Asked of every node:
        the found value is read here, not through _once, one call less.)"""
        got = self._found.get("brackets")
        return got[1] if got is not None and got[0] is text else self._once("brackets", text, _SentenceBrackets.of)

    def note(self, text: str, start: int, end: int) -> Responsibility | None:
        """parse_note(text, start, end): read where the note first stands, a copy moved to `start` after that."""
        if end - start > MAX_NOTE:
            return None  # what parse_note says of it, without keeping a long text as a key
        body = text[start:end]
        # unanchored names only in a bracket after a sentence end, where the document's habit was seen (…。（A、B）)
        unanchored = self.bare_lists and _after_sentence(text, start)
        key = body + "\x00" if unanchored else body  # the same list reads differently there
        if key not in self.notes:
            read = parse_note(text, start, end, unanchored=unanchored)
            self.notes[key] = (start, read)
            return read
        first, read = self.notes[key]
        return _moved(read, start - first) if read is not None else None

    @classmethod
    def of(cls, text: str, national: bool | None = None) -> _DocumentReading:
        m = _g.FIRST_LISTED_LEADS.search(text) if _g.FIRST_LISTED_LEADS_CUE in text else None
        start = None
        if m:
            # the rule applies from the note that states it: back to that note's opening bracket, or to the start of
            # the note line that holds the bracket (责任单位：A、B（列第一位为牵头或汇总单位，下同）)
            opened = _enclosing_open(text, max(0, m.start() - MAX_NOTE), m.start())
            start = opened if opened >= 0 else m.start()
            line = text.rfind("\n", 0, start) + 1
            if start - line < MAX_NOTE and _g.NOTE_LABEL.search(text, line, start):
                start = line
        abbreviations = {}
        for a in _abbreviations(text):
            full = _full_unit_name(a.group("full"))
            if full and _lex.is_unit(a.group("abbr")):
                abbreviations.setdefault(_lex._key(a.group("abbr")), _lex.lookup(full))
        places = _own_places(text)
        reading = cls(start, abbreviations, places, national=national)
        # the brackets' one pass serves both the bare-list habit and the notes (reading.brackets)
        brackets = reading.brackets(text)
        reading.bare_lists = _closes_with_bare_lists(text, brackets.sentence_ends)
        return reading


# A bracket closing a sentence that closes its line (…。（A、B）); not 徐某（安洲街道办事处）, a person and the unit they are from.
# Listed characters only, run over the whole text: the standard module, which scans such classes faster.
_CLOSING_BRACKET = stdre.compile(r"[。；;][ \t\u3000]*[（(](?P<inner>[^（）()\n]{2,120})[）)][。；;]?[ \t\u3000]*$", stdre.M)
_BARE_LIST_HABIT = 3  # closing bare lists of unanchored units it takes to call it the document's way of naming units


def _enclosing_open(text: str, lo: int, at: int) -> int:
    """The opening bracket of the note that holds `at` (-1 if none in text[lo:at]): pairs closed before `at` are
    passed over, so an aside inside a name (市教育局、各县（市、区）人民政府负责，排在第一位的为牵头单位) is not taken for the
    note's opening."""
    depth = 0
    for i in range(at - 1, lo - 1, -1):
        ch = text[i]
        if ch in _g.NOTE_CLOSE:
            depth += 1
        elif ch in _g.NOTE_OPEN:
            if depth == 0:
                return i
            depth -= 1
    return -1


def _after_sentence(text: str, start: int) -> bool:
    """Does the bracket opening just before `start` follow a sentence end (。（A、B）)?"""
    return text[max(0, start - 3):max(0, start - 1)].rstrip(" \t\u3000")[-1:] in ("。", "；", ";")


def _closes_with_bare_lists(text: str, sentence_ends: list[int] | None = None) -> bool:
    """Do three or more lines close with a bracket listing only units, some without a level word? `sentence_ends`:
    the document's _SentenceBrackets.sentence_ends, when the caller has them."""
    seen = 0
    verdicts: dict[str, bool] = {}  # a task list closes its items with the same few notes: each read once
    for m in _closing_brackets(text, sentence_ends):
        inner = m.group("inner")
        bare = verdicts.get(inner)
        if bare is None and _names_no_unit(inner):
            bare = verdicts[inner] = False  # a labelled note (责任单位：A、B), most closing brackets: no piece is a unit
        if bare is None:
            pieces = inner.split("、")
            # the anchored test first: a list of units each with its level word (（市教委、市科技局）, most such
            # lists) fails it at its end and is spared the second walk (both pure: the same answer in either order)
            bare = verdicts[inner] = not all(_lex.is_anchored_unit(p) for p in pieces) and all(_lex.is_unit(p) for p in pieces)
        if bare:
            seen += 1
            if seen >= _BARE_LIST_HABIT:
                return True
    return False


def _names_no_unit(inner: str) -> bool:
    """Does a piece of the bracket's list hold a colon (牵头单位：A、B), so that the list is no bare list of units? No
    unit name holds one (no lexicon entry does, nor _STRUCTURAL's Han, Latin or digits) outside a quote or a bracket
    (“…”, 〔…〕, read as （…） by the lexicon's key): only where neither stands is the colon test the answer, found by
    `in` tests instead of two look-ups of every piece."""
    return ("：" in inner or ":" in inner) and "“" not in inner and "〔" not in inner and "〕" not in inner


def _closing_brackets(text: str, sentence_ends: list[int] | None = None) -> Iterator[stdre.Match[str]]:
    """_CLOSING_BRACKET's matches in text, tried only at the sentence end a bracket follows (blanks between): the
    brackets are found by str.find (or taken from the document's bracket pass, `sentence_ends`), where the
    pattern's search stops at every sentence end of the text."""
    if sentence_ends is None:
        sentence_ends = _SentenceBrackets.of(text).sentence_ends
    last_end = 0
    for end in sentence_ends:
        if end < last_end:
            continue  # inside the match before (the search goes on after it)
        m = _CLOSING_BRACKET.match(text, end)
        if m is not None:
            last_end = m.end()
            yield m


def _own_places(text: str) -> tuple[str, ...]:
    """The places _OWN_PLACE names in the document's head, sorted: the pattern tried only where it can start (the
    head, or a 《 or a line end with 县 / 市 / 区 where a place ends: _OWN_PLACE_STARTS; a match holds no other of
    them), which the engine, given an alternation with an anchor first, cannot find by itself and would try at every
    character."""
    head = text[:_OWN_PLACE_REACH]
    starts = {0, *(m.start() for opener in _OWN_PLACE_STARTS for m in opener.finditer(head))}
    return tuple(sorted({m.group("place") for at in starts if (m := _OWN_PLACE.match(head, at, None, HOLD_GIL)) is not None}))


def _abbreviation_cues(text: str) -> Iterator[re.Match]:
    """_ABBREVIATION_CUE's matches in text, in order: each closes on the 称 of its 简称 / 下称 (以下简称, 以下称, 简称,
    下称), its bracket 2–4 characters before. Found from the 称s (one str.find each: a memchr, and 称 is rare) and a
    look at the character before; the pattern's search through the whole text, and the two `in` tests for 简称 and
    下称 before it, stepped through every character. A cue is matched whole up to this 称 (fullmatch: （简称简称's
    second 称 closes no cue). No two cues share a 称 (the three openings need different characters before it), and a
    cue holds no 称 but its last and opens on a bracket, so none overlaps another: these are the search's matches."""
    at = text.find("称")
    while at >= 0:
        if at >= 2 and text[at - 1] in "简下":
            for opened in (at - 4, at - 3, at - 2):
                if opened >= 0 and text[opened] in "（(" \
                        and (cue := _ABBREVIATION_CUE.fullmatch(text, opened, at + 1, HOLD_GIL)) is not None:
                    yield cue
                    break
        at = text.find("称", at + 1)


def _abbreviations(text: str) -> Iterator[re.Match]:
    """The matches of _ABBREVIATION in text, in order and not overlapping, found from their cues."""
    resume = 0
    for cue in _abbreviation_cues(text):  # most documents declare none: no cue, no search
        start = max(resume, cue.start() - _ABBREVIATION_NAME_REACH)
        a = _ABBREVIATION.search(text, start, cue.end() + 16, HOLD_GIL)
        if a is not None and a.end() > resume:
            resume = a.end()
            yield a


def document_reading(text: str, metadata: Metadata | None = None) -> _DocumentReading:
    """What the document says once about all its lists (the first-listed-leads rule, abbreviations)."""
    return _DocumentReading.of(text, national=is_national_document(metadata))


# 国发, 国办发, 国函, 国办函, 国发明电, 中发, 中办发: numbers only the State Council, the Party centre and their offices give
_NATIONAL_NUMBER = re.compile(r"^(?:国办?(?:发|函)|中办?发)")


_ISSUER_SEPARATORS = re.compile(r"[、，,\s]+")  # compiled once: re.split(pattern, …) looked the pattern up in the module's cache each call


def is_national_document(metadata: Metadata | None) -> bool | None:
    """Is the document issued by the central government or party (its 文号, or every issuer a national body)?
    None when the metadata names neither issuer nor 文号."""
    if metadata is None or not (metadata.doc_number or metadata.issuer):
        return None
    if metadata.doc_number and _NATIONAL_NUMBER.match(metadata.doc_number):
        return True
    issuers = [i for i in _ISSUER_SEPARATORS.split(metadata.issuer or "") if i]
    return bool(issuers) and all(_lex.is_national_body(i) for i in issuers)


_NATIONAL_VOTE = 3  # central bodies a document's notes must name, and no local one, to read as national without metadata
_LOCAL_LEVELS = ("省", "市", "县", "镇")


def _is_national(reading: _DocumentReading, notes: Iterable[Responsibility]) -> bool:
    """The metadata's answer, else the notes': a document whose notes name central bodies (财政部, 教育部) and no
    local one (市财政局) is a national document whose metadata the stored text lost."""
    if reading.national is not None:
        return reading.national
    national = local = 0
    for resp in notes:
        for unit in (*resp.lead, *resp.support):
            level = unit.level  # read once: a model's attribute read passes through pydantic's __getattr__ hook
            national += level == "国家"
            local += level in _LOCAL_LEVELS
    return national >= _NATIONAL_VOTE and not local


def central_bodies_in_full(nodes: Iterable[Section], reading: _DocumentReading) -> None:
    """In a national document, the central bodies its notes name without 国家 (发展改革委, 卫生健康委) are the
    national ones (国家发展改革委): each node's own responsibility rewritten, in place."""
    if reading.national is False:
        return  # most documents: the metadata says so before any node is looked at
    held = [n for n in nodes if n.responsibility is not None and n.responsibility.inherited_from is None]
    if not held or not _is_national(reading, (n.responsibility for n in held)):
        return
    shorts = _lex.national_short_names()
    for node in held:
        resp = node.responsibility
        if any(_lex._key(u.canonical) in shorts for u in (*resp.lead, *resp.support)):
            # a canonical still the short name: no 以下简称 renamed it
            node.responsibility = _each_unit(resp, lambda u: _as_body(u, shorts.get(_lex._key(u.canonical))))


def _full_unit_name(before: str) -> str | None:
    """The unit name that ends `before` (国务院同意，国家发展改革委 -> 国家发展改革委), if any."""
    for i in range(max(0, len(before) - 20), len(before) - 1):
        if not _level_word_of_a_scope(before, i) and _lex.is_anchored_unit(before[i:]):
            return before[i:]
    return None


# 全市 / 全省 / 全县 / 全区 / 全镇 / 全乡: a scope (the whole city's …), whose level word opens no body's name
_SCOPE_LEVEL_WORDS = "市省县区镇乡"


def _level_word_of_a_scope(before: str, i: int) -> bool:
    """推进全市标准化岸电设施接入上海港岸电数据平台（以下简称“市级平台”） (vo_09): the 市 of 全市 opens the scope of
    the clause, not the platform's name, so no name starts there (the short name then stays as the note writes it)."""
    return i > 0 and before[i] in _SCOPE_LEVEL_WORDS and before[i - 1] == "全"


def find_note(text: str, start: int, end: int, reading: _DocumentReading | None = None) -> Responsibility | None:
    """The responsibility of the node whose own text is text[start:end]: all its notes, merged."""
    if end - start < 4:
        return None
    reading = reading or _DocumentReading()
    notes = _bracket_notes(text, start, end, reading)
    notes.extend(_line_notes(text, start, end, reading))
    notes.extend(_run_on_label_notes(text, start, end, reading))
    reach = start + _g.TITLE_LABEL_REACH
    if not notes and (colon := text.find("：", start, reach if reach < end else end)) >= 0:
        resp = _title_label_note(text, start, colon, end, reading)  # the colon found first: most items hold none near their start
        if resp is not None:
            notes.append(resp)
    if not notes:
        resp = _sentence_note(text, start, end)
        return _with_abbreviations(resp, reading) if resp else None
    notes.sort(key=lambda r: span[0] if (span := r.span) else 0)  # the span read once (a model attribute read is slow)
    if reading.first_leads_from is not None:  # most documents declare no first-listed lead: nothing to rewrite
        notes = [_first_listed_leads(r, reading) for r in notes]
    return _with_abbreviations(_with_a_lead(_merge(notes)), reading)


def _bracket_notes(text: str, start: int, end: int, reading: _DocumentReading) -> list[Responsibility]:
    """The node's bracketed notes, in order, and a note the stored copy cut off at the text's end."""
    notes = []
    candidates = _note_candidates(text, start, end, reading.brackets(text))
    cut = _cut_note(text, start, end) if end >= reading.text_end(text) else None  # only the last node can end in a cut note
    if cut is not None:  # the brackets inside a cut note are its units' own (省数据局(省营商局)), no notes
        candidates = [c for c in candidates if c[0] < cut[0]] + [cut]
    for open_at, close_at in candidates:
        resp = reading.note(text, open_at + 1, close_at)
        if resp is None and cut is not None and open_at == cut[0]:
            resp = _cut_worded_note(text, open_at + 1, close_at)
        if resp is not None:
            notes.append(resp)
    return notes


# the fields a note read by this module is given (inherited_from is left at its default), one set shared by every note
_NOTE_FIELDS_SET = shared_fields_set(Responsibility, frozenset(("lead", "support", "mode", "raw", "span")))


def _responsibility(lead: list[Unit], support: list[Unit], mode: str, raw: str, span: tuple[int, int] | None) -> Responsibility:
    """Responsibility(lead=…, support=…, mode=…, raw=…, span=…), not validated again: the lists hold Units built here
    (fresh lists, never changed after), the mode is one of the four, the span a pair of ints. Pydantic's check of
    the lists, Unit by Unit, cost some 2.5 K instructions a unit; the same fields in the same order, the same five
    counted as set."""
    return built(Responsibility, {"lead": lead, "support": support, "mode": mode, "raw": raw, "span": span,
                                  "inherited_from": None}, _NOTE_FIELDS_SET)


def _with_a_lead(resp: Responsibility) -> Responsibility:
    """Supporters with nobody named to lead (配合部门：B, and no 牵头 note in the item) are the units listed."""
    if resp.lead:
        return resp
    return resp.model_copy(update={"lead": resp.support, "support": [], "mode": "all" if _all_collective(resp.support) else "listed"})


def _sentence_note(text: str, start: int, end: int) -> Responsibility | None:
    """由A牵头，B配合 in the running text, or 的问题，由A会同B负责 (a division-of-work notice)."""
    # the cue (。由 near the start, one C-level find) spares most nodes the call
    if text.find("。由", start, start + _OPENING_TITLE_MAX + 1) >= 0 and (resp := _opening_charge(text, start, end)) is not None:
        return resp
    # the cue (牵头 within the title's reach and the opening sentence's, one C-level find) spares most nodes the call
    reach = start + _OPENING_TITLE_MAX + _OPENING_LEAD_MAX  # compared, not min() / max(): the builtins parse keywords
    if text.find("牵头", start, end if end < reach else reach) >= 0 and (resp := _opening_lead(text, start, end)) is not None:
        return resp
    base = end - 2000 if end - 2000 > start else start
    if (resp := _carried_in_last_sentences(text, base, end)) is not None:
        return resp
    base = end - _CHARGE_REACH if end - _CHARGE_REACH > start else start
    stop = base + len(text[base:end].rstrip())
    return _closing_charge(text, base, stop) or _entry_charge(text, start, stop) or _subject_units(text, start, end)


def _carried_in_last_sentences(text: str, base: int, end: int) -> Responsibility | None:
    """此项工作由A负责, 的问题，由A会同B负责, 由A牵头, A等部门配合 in the node's last 2,000 characters (text[base:end])."""
    window = text[base:end]  # sliced once for the cue tests below
    # every match of the next three readers holds 由 (此项工作由, 的问题，由A会同, 由A牵头): one test spares a node
    # without it the two other cue tests
    if "由" in window:
        if "项工作由" in window and (resp := _assigned_work(text, base, end)) is not None:
            return resp
        # the cue spares the scan of most nodes
        if "会同" in window and (resp := _convened_in_sentence(text, base, end)) is not None:
            return resp
        # every LEAD_IN_SENTENCE match holds 由 and 牵头 or 承办: a node holding neither is spared the pattern's scan
        if ("牵头" in window or "承办" in window) and (resp := _led_in_sentence(text, base, end)) is not None:
            return resp
    if "等部门" in window or "等单位" in window:  # the cue spares the scan of most nodes
        return _assisted_in_sentence(text, base, end)
    return None


_OPENING_TITLE_MAX = 30  # characters: marker and title of a run-in item (（八）国际科技合作与交流项目调查。)


def _opening_charge(text: str, start: int, end: int) -> Responsibility | None:
    """（一）综合科技活动调查。由省统计局牵头会同省科技厅…负责实施 / （四）火炬统计调查。由省科技厅组织实施 (uz_05,
    grammar.OPENING_CHARGE): the sentence right after a run-in item's short title says who carries it — A (listed; all for
    collectives), or A leading and those convened supporting. Only there: the same words deeper in prose name who
    carries some part."""
    title_end = text.find("。", start, min(end, start + _OPENING_TITLE_MAX))
    if title_end < 0 or not text.startswith("由", title_end + 1):
        return None  # the first stop is the title's: a 。由 later in the reach is another sentence's
    m = _g.OPENING_CHARGE.match(text, title_end + 1, end)
    if m is None:
        return None
    lead = _units_of(text, m.start("lead"), m.end("lead"))
    if not lead or any(_kind_of_department(u) for u in lead):
        return None
    if m.group("led"):
        support = (_units_of(text, m.start("sup"), m.end("sup")) or []) if m.group("sup") else []
        return _responsibility(_dedupe(lead), _dedupe(support, lead), "lead_support", m.group(0), (m.start(), m.end()))
    return _responsibility(_dedupe(lead), [], "all" if _all_collective(lead) else "listed", m.group(0), (m.start(), m.end()))


_OPENING_LEAD_MAX = 44  # characters: the units and the cue opening the sentence after the title (grammar.OPENING_LEAD)


def _opening_lead(text: str, start: int, end: int) -> Responsibility | None:
    """1.推动企业调解委员会建设。工会、工商联、企联组织牵头负责在… / 2.设立…调解中心。人力资源社会保障部门负责牵头在… (uz_03,
    grammar.OPENING_LEAD): the sentence right after a run-in item's short title opens with the units that lead it. A kind
    of department (人力资源社会保障部门) counts here: a plan sent to every level names the carrier so, not a body."""
    title_end = text.find("。", start, min(end, start + _OPENING_TITLE_MAX))
    if title_end < 0:
        return None
    m = _g.OPENING_LEAD.match(text, title_end + 1, min(end, title_end + 1 + _OPENING_LEAD_MAX))
    if m is None:
        return None
    lead = _units_of(text, m.start("lead"), m.end("lead")) or _bodies_by_kind(text, m.start("lead"), m.end("lead"))
    if not lead:
        return None
    return _responsibility(_dedupe(lead), [], "lead_support", m.group(0), (m.start(), m.end()))


# 工会、工商联、企联组织 / 人力资源社会保障部门: bodies named by their kind, as a plan sent to every level names those that carry
# its work there; read only where the position says units stand (a run-in item's opening sentence before 牵头负责)
_BODY_BY_KIND = re.compile(r"\p{Han}{0,10}(?:部门|工会|组织)|\p{Han}{1,8}(?:联|会|委|局|厅|办)")


def _bodies_by_kind(text: str, start: int, end: int) -> list[Unit] | None:
    """Each piece of text[start:end] parted by 、 a unit or a body named by its kind (_BODY_BY_KIND); None if some is
    neither."""
    units: list[Unit] = []
    at = start
    for piece in text[start:end].split("、"):
        got = _units_of(text, at, at + len(piece))
        if got is None and _BODY_BY_KIND.fullmatch(piece) is None:
            return None
        info = _lex.lookup(piece)
        units.extend(got or [built(Unit, {"name": piece, "canonical": info.canonical, "span": (at, at + len(piece)),
                                          "level": info.level, "kind": info.kind, "in_lexicon": info.in_lexicon})])
        at += len(piece) + 1
    return units or None


def _convened_in_sentence(text: str, base: int, end: int) -> Responsibility | None:
    """的问题，由A会同B负责: the first convening sentence (grammar.CONVENE_IN_SENTENCE) that names its lead."""
    for m in _g.CONVENE_IN_SENTENCE.finditer(text, base, end):
        if (resp := _led_note(text, m)) is not None:
            return resp
    return None


def _led_in_sentence(text: str, base: int, end: int) -> Responsibility | None:
    """由A牵头，B配合 (grammar.LEAD_IN_SENTENCE): the first match whose lead names units, none of them a kind of
    department, and whose subject is no document to draft."""
    for m in _g.LEAD_IN_SENTENCE.finditer(text, base, end, False, HOLD_GIL):
        if _g.DRAFT_SUBJECT.search(text, max(base, m.start() - 8), m.start()):
            continue  # 具体方案由A牵头研究提出: A drafts a document, the task is not its
        lead_end, convened = _convened_in_lead(text, m.start("lead"), m.end("lead"))
        lead = _units_of(text, m.start("lead"), lead_end)
        if not lead or any(_kind_of_department(u) for u in lead):
            continue
        support = _units_of(text, m.start("sup"), m.end("sup")) if m.group("sup") else []
        return _responsibility(lead, convened + (support or []), "lead_support", m.group(0), (m.start(), m.end()))
    return None


def _convened_in_lead(text: str, start: int, end: int) -> tuple[int, list[Unit]]:
    """由A会同B牵头… (wh_03: 由轨道交通消防救援支队会同各区消防救援支队牵头组织成立…): the units after 会同 (grammar.JOINED_BY)
    join the lead named before it — where the lead's name ends, and the units convened (support); (end, []) when the
    lead holds no 会同."""
    at = text.find("会同", start, end)
    if at <= start:
        return end, []
    joined = _g.JOINED_BY.match(text, at)
    if joined is None or joined.end() != at + 2:
        return end, []
    return at, _units_of(text, joined.end(), end) or []


def _title_label_note(text: str, start: int, colon: int, end: int, reading: _DocumentReading) -> Responsibility | None:
    """二、县城园林路绿化点补充责任单位：财政局。该绿化点由建设局牵头组织责任单位… (uc_03): the item's title closes on a
    note label (grammar.title_closing_label), its list up to the sentence end is the item's note; when the prose after
    it says who leads (由A牵头组织责任单位…), the units listed support that lead."""
    if text.find("\n", start, colon) >= 0:
        return None
    at = _g.title_closing_label(text, start, colon)
    stop = text.find("。", colon, min(end, colon + _g.TITLE_LABEL_LIST_MAX))
    if at is None or stop < 0:
        return None
    resp = reading.note(text, at, stop)
    if resp is None or resp.mode not in ("listed", "all"):
        return resp
    led = _sentence_note(text, stop + 1, end)
    if led is None or led.mode != "lead_support" or not led.lead:
        return resp
    support = _dedupe(led.support + resp.lead, led.lead)
    return _responsibility(led.lead, support, "lead_support", f"{resp.raw}；{led.raw}",
                           (resp.span[0], led.span[1]) if resp.span and led.span else resp.span)


def _assigned_work(text: str, start: int, end: int) -> Responsibility | None:
    """此项工作由A负责。…此项工作由B牵头，会同C研究提出意见。 (grammar.ASSIGNED_WORK): every piece of work the paragraph
    assigns, their units together — the leads of the pieces led and the units of the others carry it, those convened
    (会同) or assisting (配合, 参加) support; lead_support when one piece is led, else listed."""
    lead: list[Unit] = []
    support: list[Unit] = []
    led = False
    first = last = None
    for m in _g.ASSIGNED_WORK.finditer(text, start, end):
        units = _units_of(text, m.start("lead"), m.end("lead"))
        if not units:
            continue
        lead.extend(units)
        led = led or bool(m.group("led"))
        if m.group("with"):
            support.extend(_units_of(text, m.start("with"), m.end("with")) or [])
        stop = m.end()
        if m.group("led"):
            while (a := _g.ASSISTING_CLAUSE.match(text, stop, end)) is not None:
                support.extend(_units_of(text, a.start("sup"), a.end("sup")) or [])
                stop = a.end()
        first = m.start() if first is None else first
        last = stop
    if not lead:
        return None
    lead = _dedupe(lead)
    mode = "lead_support" if led else ("all" if _all_collective(lead) else "listed")
    return _responsibility(lead, _dedupe(support) if led else [], mode, text[first:last], (first, last))


_SUBJECT_REACH = 400  # characters: a run-in item of a short 保障 part, not a long section's prose


def _subject_units(text: str, start: int, end: int) -> Responsibility | None:
    """（二）落实经费。县财政局要切实…，县财政局、县教育局加强…，县审计局要加大… (tq_07): a run-in item whose first sentence
    after the title opens with a unit and 要 / 应 / 须 is that unit's, with the units opening its other clauses so
    (listed); None unless the first sentence opens so (most prose names units in passing)."""
    line = text.find("\n", start, end)
    stop = line if line >= 0 else end
    if stop - start > _SUBJECT_REACH:
        return None
    title_end = text.find("。", start, stop)
    first = _g.SUBJECT_UNITS_CLAUSE.match(text, title_end + 1, stop) if 0 <= title_end - start <= 16 else None
    if first is None or not first.group("must"):
        return None
    units: list[Unit] = []
    for m in _g.SUBJECT_UNITS_CLAUSE.finditer(text, title_end + 1, stop):
        found = _units_of(text, m.start("units"), m.end("units"), anchored=True)
        if not found:
            return None
        units.extend(found)
    first_at, last_at = first.start(), m.end("units")
    return _responsibility(_dedupe(units), [], "listed", text[first_at:last_at], (first_at, last_at))


_ENTRY_CHARGE_REACH = 120  # characters: a one-sentence entry naming its carrier is short


def _entry_charge(text: str, start: int, end: int) -> Responsibility | None:
    """--青年安全文明岗…宣传教育由团市委负责； / --各行业主管部门及政府有关部门对其二级单位的…工作负责。 (tn_03): an entry that
    is one clause, a task and 由A负责 or A对…负责, is A's (listed; all for collectives). No stop or comma before the
    charge: …，由A负责 closing a longer paragraph may name one of several."""
    if end - start > _ENTRY_CHARGE_REACH or not text.endswith(("负责", "负责。", "负责；", "负责;"), start, end):
        return None
    m = _g.CHARGE_OF_ENTRY.search(text, start, end) or _g.ANSWERS_FOR_ENTRY.match(text, start, end)
    if m is None or any(ch in text[start:m.start()] for ch in "。；;！？，,\n") or _g.DRAFT_SUBJECT.search(
        text, max(start, m.start() - 8), m.start()
    ):
        return None
    lead = _units_of(text, m.start("lead"), m.end("lead"))  # 工会部门 too: the entry is the whole task
    if not lead:
        return None
    return _responsibility(lead, [], "all" if _all_collective(lead) else "listed", m.group(0), (m.start(), m.end()))


def _assisted_in_sentence(text: str, start: int, end: int) -> Responsibility | None:
    """县教育局负责…，县编办、县财政局等部门要积极配合 (tq_07): the unit opening the clause with 负责 leads, those listed
    before 等部门 and 配合 support; every name must say where it stands (a level word, or the lexicon)."""
    for m in _g.LEAD_THEN_ASSIST_IN_SENTENCE.finditer(text, start, end):
        lead = _units_of(text, m.start("lead"), m.end("lead"), anchored=True)
        support = _units_of(text, m.start("sup"), m.end("sup"), anchored=True)
        if lead and support and len(lead) == 1:
            return _responsibility(lead, support, "lead_support", m.group(0), (m.start(), m.end()))
    return None


_CHARGE_REACH = 90  # characters: the closing clause 此项工作由A、B负责。 stands in the node's last words


def _closing_charge(text: str, base: int, end: int) -> Responsibility | None:
    """…。此项工作由市教育局负责。 as the node's last words: the units named carry the task (listed; all for collectives)."""
    if not text.endswith(("负责", "负责。", "负责；", "负责;", "实施。", "落实。"), base, end):
        return None  # the cue spares the pattern most nodes
    m = _g.CHARGE_AT_END.search(text, base, end)
    if m is None or _g.DRAFT_SUBJECT.search(text, max(base, m.start() - 8), m.start()):
        return None
    lead = _units_of(text, m.start("lead"), m.end("lead"))
    if not lead or any(_kind_of_department(u) for u in lead):
        return None
    return _responsibility(lead, [], "all" if _all_collective(lead) else "listed", m.group(0), (m.start(), m.end()))


def _kind_of_department(u: Unit) -> bool:
    """水利部门, 省卫生健康部门: a kind of department, no body. A bracketed note may name the task's carrier so
    (（交通运输部门负责）, sj_03); in running text (由水利部门牵头 in a footnote, rd_05) it is a rule's wording."""
    return u.name.endswith("部门") and not _lex.lookup(u.name).in_lexicon and not _COLLECTIVE.search(u.name)


def _merge(notes: list[Responsibility]) -> Responsibility:
    """Several notes in one item: lead and support are the unions; lead_support when any unit supports."""
    if len(notes) == 1:
        return notes[0]
    lead = _dedupe([u for r in notes for u in r.lead])
    support = _dedupe([u for r in notes for u in r.support])
    if all(r.mode == notes[0].mode for r in notes):  # two （A、B分工负责，C配合） stay joint
        mode = notes[0].mode
    else:
        mode = "lead_support" if support else notes[0].mode
    if mode in ("listed", "joint") and any(r.mode != mode for r in notes):
        mode = "lead_support" if any(r.mode == "lead_support" for r in notes) else "listed"
    span = (notes[0].span[0], notes[-1].span[1]) if notes[0].span and notes[-1].span else None
    return _responsibility(lead, support, mode, "；".join(r.raw for r in notes), span)


def _first_listed_leads(resp: Responsibility, reading: _DocumentReading) -> Responsibility:
    """After 排在第一位的部门为牵头部门（下同）, a plain list leads with its first unit and the rest support.

    A list sharing the duty (（A、B，各省级人民政府按职责分工负责）) does too: the declaration says who of every list leads,
    and 按职责分工 only says each does its part (ul_06: 列第一位者为牵头单位，下同 above such notes). Units each marked
    as leading (A、B分别牵头 / 共同牵头) lead all, as the note says; so do those sharing the duty in a note naming its own
    supporters (_shares_with_supporters)."""
    if reading.first_leads_from is None or not resp.span:
        return resp
    if resp.mode != "listed" and (resp.mode != "joint" or "牵头" in resp.raw or resp.lead[0].kind == "collective"
                                  or _shares_with_supporters(resp)):
        return resp  # (各有关部门和单位，各省级人民政府按职责分工负责): everyone's share, no first to lead
    if resp.span[0] < reading.first_leads_from:
        return resp
    return resp.model_copy(update={"lead": resp.lead[:1], "support": resp.lead[1:], "mode": "lead_support"})


def _shares_with_supporters(resp: Responsibility) -> bool:
    """（A、B按职责分工负责，C、D配合） (wl_06): a joint note that names who supports says itself who leads — the units
    sharing the duty — so a first-listed-leads declaration, said of plain lists, does not rewrite it (read so, A led and
    B supported while C and D, the supporters the note named, were lost)."""
    return resp.mode == "joint" and bool(resp.support)


def _with_abbreviations(resp: Responsibility, reading: _DocumentReading) -> Responsibility:
    """发展改革委 is 国家发展改革委 when the document says 国家发展改革委（以下简称发展改革委）."""
    if not reading.abbreviations:
        return resp
    return _each_unit(resp, lambda u: _as_body(u, reading.abbreviations.get(_lex._key(u.name))))


def _each_unit(resp: Responsibility, rewrite: Callable[[Unit], Unit]) -> Responsibility:
    return resp.model_copy(update={"lead": [rewrite(u) for u in resp.lead], "support": [rewrite(u) for u in resp.support]})


def _as_body(unit: Unit, body: _lex.UnitInfo | None) -> Unit:
    """The unit as written, read as the body a short name stands for (unchanged where it stands for none)."""
    if body is None:
        return unit
    return unit.model_copy(update={"canonical": body.canonical, "level": body.level or unit.level,
                                   "kind": body.kind or unit.kind})


_CLOSE_BEFORE_SENTENCE_END = "）)〕】"
_CLAUSE_END = "，,"
_SENTENCE_END_AFTER_NOTE = "。；;"


def _sentence_end_before(text: str, at: int, ch: str) -> int:
    """Where the sentence end (。；;) stands that text[at] (= ch) is or that blanks (space, tab, U+3000) lead back to
    from it; -1 when none does."""
    while ch in " \t\u3000":
        at -= 1
        if at < 0:
            return -1
        ch = text[at]
    return at if ch in "。；;" else -1


@dataclass
class _SentenceBrackets:
    """The note brackets of a text, found once for the whole document: those standing against a sentence end, and
    every pair.

    A scan of every node's text by a pattern (the regex module: some 40 instructions a character, twice) was a
    tenth of reading the notes; str.find over the few bracket characters passes the text in C at once, and a node
    takes its share by bisection. A pair of characters cannot overlap another, so the positions in a node are
    those a scan of the node alone would find. The pairs, from one stack pass, stand for the depth counts each
    node once ran from its brackets (_open_of, _matching_close: the same partner, kept where it lies in the window).
    """

    opens: list[int]  # a note opening right after a sentence end: 。（A负责）
    closes: list[int]  # a note closing right before one: …（A牵头，B配合）。
    closing: dict[int, int] = field(default_factory=dict)  # open -> its close
    opening: dict[int, int] = field(default_factory=dict)  # close -> its open
    # the sentence end (。；;) before each round open bracket that follows one, blanks between (。（A、B）): where
    # _CLOSING_BRACKET may match, in the order of the brackets
    sentence_ends: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> _SentenceBrackets:
        """One pass over the document's note brackets (found by str.find): the pairs (a stack: each
        close pairs with the innermost open left), the opens after a sentence end or a duty clause's comma, the closes
        before a sentence end, and the round opens after 。 / ； (blanks between) that _closing_brackets tries. Four
        passes over the positions, each indexing the text again (a new one-character str a time), cost more than
        the bracket finds themselves."""
        positions = _g.char_positions(text, _g.NOTE_OPEN + _g.NOTE_CLOSE)
        closing: dict[int, int] = {}
        opening: dict[int, int] = {}
        stack: list[int] = []
        opens: list[int] = []
        clause_opens: list[int] = []
        closes: list[int] = []
        ends: list[int] = []
        last = len(text) - 1
        note_open, duty = _g.NOTE_OPEN, _g.NOTE_CLOSING_DUTY  # names looked up once, not at every bracket
        for p in positions:
            ch = text[p]
            if ch in note_open:
                stack.append(p)
                if p:
                    before = text[p - 1]
                    if before in _SENTENCE_END:
                        opens.append(p)
                    if ch in "（(" and (before in "。；;" or before in " \t\u3000"):
                        end = _sentence_end_before(text, p - 1, before)
                        if end >= 0:
                            ends.append(end)
                continue
            if stack:
                o = stack.pop()
                closing[o] = p
                opening[p] = o
                # …切实保障工作进度，（各市政府、省政府有关部门负责）经汇总后…: a bracket after a clause's comma that closes
                # on a duty word is the note of that clause (uh_01); other brackets after a comma explain a name
                # (，（含定州、辛集市）)
                if o and text[o - 1] in _CLAUSE_END and text.endswith(duty, o, p):
                    clause_opens.append(o)
            if p < last and ch in _CLOSE_BEFORE_SENTENCE_END and text[p + 1] in _SENTENCE_END_AFTER_NOTE:
                closes.append(p)
        if clause_opens:
            opens = sorted(opens + clause_opens)
        return cls(opens, closes, closing, opening, ends)

    def opens_in(self, start: int, end: int) -> list[int]:
        """The opening brackets whose sentence end and bracket both stand in text[start:end]."""
        return self.opens[bisect.bisect_left(self.opens, start + 1):bisect.bisect_left(self.opens, end)]

    def closes_in(self, start: int, end: int) -> list[int]:
        """The closing brackets in text[start:end] followed by a sentence end that stands there too."""
        return self.closes[bisect.bisect_left(self.closes, start):bisect.bisect_left(self.closes, end - 1)]

    def close_of(self, open_at: int, limit: int) -> int | None:
        """_matching_close(text, open_at, limit): the bracket closing the one at open_at, if before limit."""
        close = self.closing.get(open_at)
        return close if close is not None and close < limit else None

    def open_of(self, start: int, stop: int) -> tuple[int, int] | None:
        """_open_of(text, start, stop): (open, close) of the bracket closing at stop - 1, its open at or after start
        and within a note's reach."""
        opened = self.opening.get(stop - 1)
        if opened is None or opened < start or opened < stop - MAX_NOTE:
            return None
        return opened, stop - 1


def _note_candidates(text: str, start: int, end: int, brackets: _SentenceBrackets) -> list[tuple[int, int]]:
    """(open, close) bracket positions of the notes of a node, in order.

    The parenthetical closing the node or its first line, and any that stands after a sentence end inside it
    (。（A负责）B…。（C牵头，D配合）): notes follow the sentence they are about. The document's lists and pairs are read
    here in place (no opens_in / closes_in / close_of / open_of / _last_close calls): a call each was most of a node's
    cost. A close's open is looked up in `opening`, which holds closing brackets only (so no test of the character),
    and an open at or after `start` stands after it (so no test that the close does)."""
    found: list[tuple[int, int]] = []
    opening = brackets.opening
    # _last_close(text, start, end, brackets) of the node and of its first line: the bracket before the trailing
    # punctuation (within the last 8 characters)
    for stop in (end, text.find("\n", start, end)):
        if stop <= start:
            continue
        lo = stop - 8 if stop - 8 > start else start
        close = lo + len(text[lo:stop].rstrip(_TRAILING_PUNCT_CHARS)) - 1
        opened = opening.get(close)
        if opened is not None and opened >= start and opened > close - MAX_NOTE:
            found.append((opened, close))
    opens = brackets.opens
    i, j = bisect.bisect_left(opens, start + 1), bisect.bisect_left(opens, end)
    if i < j:
        closing = brackets.closing
        for pos in opens[i:j]:
            close = closing.get(pos)
            if close is not None and close < (end if end < pos + MAX_NOTE else pos + MAX_NOTE):
                found.append((pos, close))
    # …提升能力（A牵头，B配合）。完善功能（C牵头）。: a note also closes the sentence it is about; the bracket (one of
    # _CLOSE_BEFORE_SENTENCE_END, all note closes) has no trailing punctuation to pass, so its pair is looked up at once
    closes = brackets.closes
    i, j = bisect.bisect_left(closes, start), bisect.bisect_left(closes, end - 1)
    if i < j:
        for close in closes[i:j]:
            opened = opening.get(close)
            if opened is not None and opened >= start and opened > close - MAX_NOTE:
                found.append((opened, close))
    # a set: a long node may hold thousands of notes, some found twice
    return found if len(found) < 2 else sorted(set(found))


_NOT_SPACE = re.compile(r"\S")
_LAST_NOT_SPACE = re.compile(r"(?r)\S")  # the same, found from the text's end (regex's reverse search)


def _text_end(text: str) -> int:
    """The end of text's last _NOT_SPACE character (0 when none): _NOT_SPACE.search(text, at) finds one exactly
    when at < _text_end(text)."""
    m = _LAST_NOT_SPACE.search(text, 0, None, HOLD_GIL)
    return 0 if m is None else m.end()


def _cut_note(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, end) of a labelled note the stored copy cuts short, ending the document unclosed
    (…参加投标。（牵头单位：省发展改革委；责任单位：省编办、省住建厅、); None otherwise."""
    if _NOT_SPACE.search(text, end, None, HOLD_GIL) is not None:
        return None  # only the document's last node can end inside a note (found at once: text follows most nodes)
    opened = _unclosed_open(text, max(start, end - MAX_NOTE), end)
    if opened is None:
        return None
    if not (_g.NOTE_LABEL.match(text, opened + 1, end, HOLD_GIL) or _after_sentence(text, opened + 1)
            or text.find("牵头", opened + 1, end) >= 0):  # a worded note naming its lead (_cut_worded_note)
        return None  # an unclosed bracket of prose (（一）加强… cut mid-word) is no note
    return opened, _TRAILING_PUNCT.search(text, opened, end, HOLD_GIL).start()


def _cut_worded_note(text: str, a: int, b: int) -> Responsibility | None:
    """（分管副省长负责，A牵头，B、C等按职责分 (vu_01): a worded note the stored copy cuts inside its closing duty words:
    A leads, the units listed before 等 support (the words cut would have given them their part)."""
    at = text.rfind("等", a, b)
    if at < 0 or not _g.starts_closing_duty_words(text[at + 1:b].rstrip()):
        return None
    a = _after_officials(text, a, at)
    lead_end = text.find("牵头", a, at)
    brk = _g.NOTE_CLAUSE_BREAK.search(text, lead_end, at) if lead_end > a else None
    if brk is None or brk.start() != lead_end + 2:
        return None  # A牵头 then a comma: the form read here
    lead, support = _units_of(text, a, lead_end), _units_of(text, brk.end(), at)
    if not lead or not support:
        return None
    return _responsibility(_dedupe(lead), _dedupe(support), "lead_support", text[a:b], (a, b))


def _unclosed_open(text: str, lo: int, end: int) -> int | None:
    """The last bracket opened in text[lo:end] that no bracket closes there; the brackets it holds may close
    (〔…、省数据局(省营商局), tr_02: a list cut after a unit's other name)."""
    depth = 0
    for m in _BRACKETS_BACK.finditer(text, lo, end, False, HOLD_GIL):
        if m.group() in _g.NOTE_CLOSE:
            depth += 1
        elif depth == 0:
            return m.start()
        else:
            depth -= 1
    return None


def _matching_close(text: str, open_at: int, limit: int) -> int | None:
    depth = 0
    for m in _BRACKETS.finditer(text, open_at, limit, False, HOLD_GIL):
        if m.group() in _g.NOTE_OPEN:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return None


def _last_close(text: str, start: int, end: int, brackets: _SentenceBrackets | None = None) -> tuple[int, int] | None:
    """(open, close) of the bracket closing text[start:end] before its trailing punctuation; `brackets`: the
    document's pairs, when the caller has them (else the brackets are counted back from the close)."""
    lo = end - 8 if end - 8 > start else start  # max(start, end - 8), without the builtin's keyword parsing
    stop = lo + len(text[lo:end].rstrip(_TRAILING_PUNCT_CHARS))  # = _TRAILING_PUNCT.search(text, lo, end).start()
    if stop <= start or text[stop - 1] not in _g.NOTE_CLOSE:
        return None
    return _open_of(text, start, stop) if brackets is None else brackets.open_of(start, stop)


def _open_of(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """(open, close) of the bracket that closes at stop - 1, its open at or after start."""
    lo = stop - MAX_NOTE if stop - MAX_NOTE > start else start
    depth = 0
    # read back from the close: its open is a bracket or two away, so the window is rarely scanned whole
    for m in _BRACKETS_BACK.finditer(text, lo, stop, False, HOLD_GIL):
        if m.group() in _g.NOTE_CLOSE:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start(), stop - 1
    return None


def _line_notes(text: str, start: int, end: int, reading: _DocumentReading) -> list[Responsibility]:
    """Notes written as a line of their own after the item's text: 责任单位：A（牵头），B. Label lines that follow
    one another with no blank line between are one note (牵头单位：A / 责任单位：B, one label a line: A leads, B
    supports, as in （牵头单位：A，责任单位：B））; each line alone when the run does not read as one."""
    out = []
    pos = text.find("\n", start, end)
    # a bare note line (A牵头，B配合。) only under a title line naming units: （二）试点指导单位。
    unit_title = pos >= 0 and _g.UNIT_TITLE.search(text, start, pos) is not None
    while 0 <= pos < end:
        s, line_end = _line_bounds(text, pos, end)
        if _g.NOTE_LABEL.match(text, s, line_end):
            run = _label_line_run(text, s, line_end, end)
            if len(run) > 1 and (resp := reading.note(text, run[0][0], run[-1][1])) is not None:
                out.append(resp)
            else:
                out.extend(r for a, b, _end in run if (r := reading.note(text, a, b) or _cut_line_note(text, a, b, reading)))
            line_end = run[-1][2]
        elif unit_title and (resp := _lead_line(text, s, line_end)) is not None:
            out.append(resp)
        pos = line_end if line_end < end else -1
    return out


def _cut_line_note(text: str, a: int, b: int, reading: _DocumentReading) -> Responsibility | None:
    """责任部门:市安监局牵头,市发改委、市监察 (ua_11): a note line ending the document, which the stored copy cut inside a
    unit's name: the units before the cut piece are read (the piece is left out)."""
    if _NOT_SPACE.search(text, b, None, HOLD_GIL) is not None or text[b - 1:b] in "。；;）)":
        return None  # only the document's last line, left unclosed, can be cut so
    cut = max(text.rfind(sep, a, b) for sep in "、，,")
    if cut <= a or _g.CUT_UNIT_NAME.fullmatch(text, cut + 1, b) is None:
        return None  # 落实单位：民政局、**镇做好工作的社区: a whole piece that names no unit, not a name the page cut
    return reading.note(text, a, cut)



def _line_bounds(text: str, newline: int, end: int) -> tuple[int, int]:
    """The line after the newline at `newline`: (its first non-blank character, its end)."""
    nxt = text.find("\n", newline + 1, end)
    line_end = nxt if nxt >= 0 else end
    s = newline + 1
    while s < line_end and text[s] in " \u3000\t":
        s += 1
    return s, line_end


def _label_line_run(text: str, s: int, line_end: int, end: int) -> list[tuple[int, int, int]]:
    """The note label line at `s` and the label lines right below it (no blank line between): (start, stop before
    the trailing punctuation, line end) of each."""
    run = [(s, _TRAILING_PUNCT.search(text, s, line_end).start(), line_end)]
    while line_end < end:
        s, line_end = _line_bounds(text, line_end, end)
        if s >= line_end or not _g.NOTE_LABEL.match(text, s, line_end):
            break
        run.append((s, _TRAILING_PUNCT.search(text, s, line_end).start(), line_end))
    return run


def _run_on_label_notes(text: str, start: int, end: int, reading: _DocumentReading) -> list[Responsibility]:
    """A note label run on after the item's sentence, closing its paragraph: 2.财政一般预算收入增长18%。主办单位：
    市财政局。 The note reaches to the paragraph's end and holds no further sentence (a 责任单位： said in the
    course of a longer paragraph is not its note)."""
    own = text[start:end]
    attached = "附" in own and "附件" in own  # 附 first, by memchr: a two-character `in` is ≈ 5 instructions a character
    if ("。" not in own and not attached) or not _g.has_note_label_stop(own):
        return []  # the common node: no sentence end, or no label colon at all
    if not attached and _LABEL_AFTER_FULL_STOP.search(text, start - 1 if start else 0, end) is None:
        return []  # a node with a 。 and a colon (most task items with a note) holds no run-on label most often: one
        # search tells, not the two generators chained
    out = []
    for s in itertools.chain(_labels_after_sentence_ends(text, start, end), _labels_after_attachment_reference(text, start, end)):
        line_end = text.find("\n", s, end)
        line_end = end if line_end < 0 else line_end
        stop = _TRAILING_PUNCT.search(text, s, line_end).start()
        if _open_brackets(text, start, s) and not _g.ATTACHMENT_REFERENCE.search(text, s - _REFERENCE_REACH, s):
            continue
        if "。" in text[s:stop] and not _label_run(text, s, stop):
            continue
        resp = reading.note(text, s, stop)  # a run of labels is one note: 牵头单位：A。责任单位：B。 as A leads, B supports
        if resp is not None:
            out.append(resp)
        if "。" in text[s:stop]:
            break  # the later labels of the run were read with the first
    return out


def _label_run(text: str, s: int, stop: int) -> bool:
    """…。牵头单位：区房产局。责任单位：区城管局。 (tq_03): the note's sentences from s to stop all open with a label; a
    sentence that does not (the paragraph going on past a 责任单位： said in its course) leaves none to read."""
    at = text.find("。", s, stop)
    while at >= 0 and at + 1 < stop:
        if _g.NOTE_LABEL.match(text, at + 1, stop, HOLD_GIL) is None:
            return False
        at = text.find("。", at + 1, stop)
    return True


def _labels_after_sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Where a note label opens after a sentence end in text[start:end] (。, blanks, then the label): one search of
    the standard module led by the 。 (a literal it skips to in C) with the label after it, NOTE_LABEL_SCAN's pattern
    (NOTE_LABEL's matches). The walk over every 。 by str.find, asking NOTE_LABEL where a label's opener stood, cost a
    Python round per sentence (市… opens many)."""
    for m in _LABEL_AFTER_FULL_STOP.finditer(text, max(0, start - 1), end):
        yield m.start("label")


# 。, blanks (space, U+3000), then a note label (group `label` empty, where it opens): no 。 stands inside a label, so the
# search's matches are those of a walk from each 。 in turn
_LABEL_AFTER_FULL_STOP = stdre.compile("。[ \u3000]*+(?P<label>)" + _g.NOTE_LABEL_SCAN.pattern)


_REFERENCE_REACH = 8  # characters: （详见附件12） at most


def _labels_after_attachment_reference(text: str, start: int, end: int) -> Iterator[int]:
    """Where a note label opens right after a reference to an attachment that closes the sentence (…台账（附件1）责任
    单位：…), its closing bracket lost too (（附件DO责任单位：…, tn_10)."""
    at = text.find("附件", start, end)
    while at >= 0:
        m = _g.ATTACHMENT_REFERENCE.match(text, at - 1, end) if at > start else None
        if m is not None and m.end() < end and text[m.end()] in _g.NOTE_LABEL_OPENERS \
                and _g.NOTE_LABEL.match(text, m.end(), end, HOLD_GIL) is not None:
            yield m.end()
        at = text.find("附件", at + 2, end)


def _open_brackets(text: str, start: int, at: int) -> bool:
    """Does a bracket opened in text[start:at] stay open at `at` (the label stands inside a bracketed note)?"""
    return _g.round_brackets_open(text[start:at])


def _lead_line(text: str, start: int, end: int) -> Responsibility | None:
    """A line that is a bare note as a whole: A牵头，B、C配合。 (every piece a unit)."""
    if "牵头" not in text[start:end]:
        return None
    m = _g.LEAD_LINE.fullmatch(text, start, _TRAILING_WS.search(text, start, end).start())
    return _led_note(text, m) if m else None


def _led_note(text: str, m) -> Responsibility | None:
    """The note a match of a lead / support pattern (groups `lead`, `sup`) names, when every piece is a unit."""
    lead = _units_of(text, m.start("lead"), m.end("lead"))
    support = _units_of(text, m.start("sup"), m.end("sup")) if m.group("sup") else []
    if not lead or support is None:
        return None
    return _responsibility(lead, support, "lead_support", m.group(0), (m.start(), m.end()))


def _note_gap_end(text: str, end: int, gap_end: int) -> int:
    """End of the note lines (责任单位：…, （A牵头）) right after a node's own text and before the next node; `end` when none."""
    gap = text[end:gap_end]
    if not gap or gap.isspace():
        return end  # most nodes: the next starts right after, or after a line break (no line to read)
    # the note lines right below the node, up to the first line that is none: a page's own lines may follow the
    # last item's note (监督方式：0557-…, 扫一扫…; vn_01), and they are no reason to drop the note above them
    reach, any_note, pos = 0, False, 0
    for line in gap.split("\n"):
        pos += len(line) + 1
        s = line.strip()
        if not s:
            continue
        note = _g.NOTE_LABEL.match(s) is not None or _is_bracketed_note(s)
        # 分管省领导：林克庆 above 部门分工：… (sf_02): the person answering for the task stands with its note
        if not (note or _g.PERSON_LINE.fullmatch(s)):
            break
        any_note = any_note or note
        reach = pos - 1 - (len(line) - len(line.rstrip()))
    return end + reach if any_note else end


def _is_bracketed_note(line: str) -> bool:
    """（市商务委负责） standing as a line of its own: one bracket around a note."""
    return (len(line) > 2 and line[0] in _g.NOTE_OPEN and line[-1] in _g.NOTE_CLOSE
            and _matching_close(line, 0, len(line)) == len(line) - 1 and _g.is_note_text(line[1:-1]))


def _unit_heading(text: str, node: Section, start: int, end: int, reading: _DocumentReading | None = None) -> Responsibility | None:
    """A duty list headed by a unit: 1.县财政局：落实…, （一）清华大学中国城市研究院。负责… — the unit carries the item;
    an un-numbered paragraph of such a list (市公安局：负责打击…) only when a duty word opens what follows the colon."""
    if node.kind not in ("item", "heading", "paragraph") or node.children:
        return None
    reach = start + _HEAD_UNIT_REACH
    reach = end if end < reach else reach
    # no 县财政局： or …研究院。 can end in reach: most nodes are spared the marker and the pattern (_HEAD_UNIT_STOP's
    # characters found by str.find, not by a pattern call: its set-up alone cost more than the three finds)
    if text.find("。", start, reach) < 0 and text.find("：", start, reach) < 0 and text.find(":", start, reach) < 0:
        return None
    s = _after_marker(text, start, end)
    m = _HEAD_UNIT.match(text, s, end)
    if not m:
        return _headed_by_units(text, node.kind, s, end)
    name = m.group("unit")
    if _NOT_A_HEAD.search(name) or not _head_unit_carries(text, node.kind, m, end, reading):
        return None
    # 区经委（商务委）：负责… (wm_02): the aside after the name is no part of it, as in a unit-titled heading's title
    name = _without_aside(name)
    stop = m.start("unit") + len(name)
    unit = _unit(text, _Piece(name, m.start("unit"), stop))
    return _responsibility([unit], [], "listed", name, (m.start("unit"), stop))


def _headed_by_units(text: str, kind: str, s: int, end: int) -> Responsibility | None:
    """A node no single unit heads, read for several: a paragraph's 县交通局、公路局。负责… (tj_06) or 市公安局、消防局：…,
    an item's （二）市公安局、消防局：… (ua_02); a heading is not read so."""
    if kind == "paragraph":
        return _units_entry(text, s, end) or _units_head(text, s, end)
    if kind == "item":
        return _units_head(text, s, end)
    return None


def _head_unit_carries(text: str, kind: str, m, end: int, reading: _DocumentReading | None) -> bool:
    """Does the unit of match m (县财政局：, …研究院。) head the node's duties: a duty follows it, and it says where it
    stands (or, in a paragraph, a duty word opens what follows its colon or full stop)."""
    name = m.group("unit")
    if _DESCRIBES_A_KIND.match(text, m.end(), end):
        return False  # 1.国家实验室。体现国家意志… (ui_02): what a kind of base is for, no body's duties
    # 组织专家全面解读。…, 主要任务：… head a paragraph without naming who does it; 县环保局。负责… (tj_06) names it
    if kind == "paragraph" and not (m.group("stop") in "：:。" and _DUTY_START.match(text, m.end(), end)):
        return False
    # the unit must say where it stands (金融机构：提供… is a list of documents to bring), and a duty must follow; a
    # department named by its line of work (工商行政管理部门：负责…, tn_11) stands so by the duty word after its colon
    return bool(text[m.end():end].strip()) and bool(
        _lex.is_anchored_unit(name) or _scoped_anchored(name) or _at_own_place(name, reading.places if reading else ())
        or _department_on_duty(text, m, name, end, kind == "item" and reading is not None and reading.heads_department_entries(text))
    )


_SCOPE_WORDS = ("相关", "有关")


def _scoped_anchored(name: str) -> bool:
    """相关区政府 / 有关区政府 (wd_02: （二）相关区政府。负责…): the bodies of an anchored kind a scope word picks out, as
    anchored as the kind is."""
    return name.startswith(_SCOPE_WORDS) and _lex.is_anchored_unit(name[2:])


def _units_entry(text: str, s: int, end: int) -> Responsibility | None:
    """县交通局、公路局。负责… (tj_06): a duty list's paragraph headed by its units, the first with its level word, the
    later ones (公路局) named as the first's level leaves them; each carries the entry (listed)."""
    m = _g.DUTY_ENTRY_UNITS.match(text, s, end)
    if m is None:
        return None
    names = m.group("units").split("、")
    if not _lex.is_anchored_unit(names[0]) or not all(_lex.is_unit(n) and not _NOT_A_HEAD.search(n) for n in names):
        return None
    return _listed_names(text, m, names)


def _units_head(text: str, s: int, end: int) -> Responsibility | None:
    """（二）市公安局、消防局：履行… (ua_02): a duty list's entry headed by its units and a colon, the first with its level
    word, the later ones named short; each carries the entry (listed) when a duty follows the colon."""
    m = _g.HEAD_UNITS_COLON.match(text, s, end)
    if m is None or not text[m.end():end].strip():
        return None
    names = m.group("units").split("、")
    if not _lex.is_anchored_unit(names[0]) or not all(_lex.is_unit(n) and not _NOT_A_HEAD.search(n) for n in names):
        return None
    return _listed_names(text, m, names)


def _listed_names(text: str, m, names: list[str]) -> Responsibility:
    """The units of match m's `units` group, parted by 、 into `names`, each carrying the entry (listed)."""
    units, pos = [], m.start("units")
    for name in names:
        units.append(_unit(text, _Piece(name, pos, pos + len(name))))
        pos += len(name) + 1
    return _responsibility(units, [], "listed", m.group("units"), (m.start("units"), m.end("units")))


def _remit_article(text: str, node: Section, reading: _DocumentReading | None) -> bool:
    """第四条 市房产局负责市城区廉租住房保障工作… (uc_10): an article of rules stating a body's remit assigns no task;
    only in a document whose lines are a duty list (articles each opened by a unit and its duty verb, 负责 / 参加 / 承担:
    te_03 / tq_10) is it an entry of that list."""
    marker = node.marker or ""
    if not (marker.startswith("第") and marker.endswith("条")):
        return False
    return reading is None or not reading.states_duties(text)


# characters: a numbering marker _after_marker passes stands within the line's first 12 (（十二）, 第十二条 )
_MARKER_REACH = 12
# characters: the units (2–40), 的, 主要 and 工作 before 职责, and 职责 itself, of a grammar.UNIT_DUTIES_LABEL match
_UNIT_DUTIES_REACH = 40 + 1 + 2 + 2 + 2  # (为 / 是 after 职责 stands past it: the reach ends at 职责)


def _after_marker(text: str, start: int, end: int) -> int:
    """Where the text of the line at `start` begins, past its numbering marker if it opens with one."""
    global _last_marker
    head = text[start:end if end < start + _MARKER_REACH else start + _MARKER_REACH]
    last = _last_marker
    if last[0] == head:
        return start + last[1]
    marker = _g.match_marker(head)
    offset = marker.end if marker is not None else 0
    _last_marker = (head, offset)
    return start + offset


# The last head _after_marker read and its marker's length (a pure function of the head, so any text's node may
# take it): up to four readers of a noteless node (_unit_heading, _unit_duty_paragraph, _unit_duties_entry,
# _role_duties_entry) ask it of the same head in turn. One entry, replaced whole (a thread reads a consistent pair).
_last_marker: tuple[str | None, int] = (None, 0)


def _past_blanks(text: str, start: int, end: int) -> int:
    """Where text[start:end] begins past its leading blanks (spaces, tabs, U+3000 indents)."""
    return start + len(text[start:end]) - len(text[start:end].lstrip(" \t\u3000"))


# the level words a unit opening a duty sentence starts with (省财政厅, 市发展改革委, 团市委): the cheap cue before the pattern
_LEVEL_WORD_OPENINGS = ("省", "市", "县", "区", "乡", "镇", "团")


def _without_aside(name: str) -> str:
    """区经委（商务委） -> 区经委: a short bracketed aside closing a unit's name (its other name) is no part of it
    (grammar.UNIT_NAME_ASIDE, which only a name ending in ） can hold)."""
    if not name.endswith("）"):
        return name
    aside = _g.UNIT_NAME_ASIDE.search(name)
    return name[:aside.start()] if aside else name


def _colon_entry_paragraph(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """各镇政府、街道（开发区）办事处、头桥集团：按照区规划要求，… (wm_02): a paragraph segment made an entry of a duty list
    headed by units and a colon (grammar.DUTY_COLON_ENTRY), titling it with those units, whatever follows the colon:
    each name so built carries it (an aside after a name left out; all for collectives)."""
    fields = node.__dict__  # kind and title read once, past pydantic's attribute hook (this runs for most nodes)
    title = fields["title"]
    if fields["kind"] != "paragraph" or not title or not text.startswith(title, start) or \
            not text.startswith(("：", ":"), start + len(title)):
        return None
    m = _g.DUTY_COLON_ENTRY.match(text, start, end)
    if m is None or m.end() != start + len(title) + 1:
        return None
    units = _colon_title_units(text, start, title)
    return _responsibility(units, [], "all" if _all_collective(units) else "listed", title, (start, start + len(title)))


def _shared_ending_entry(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """教育、卫生、医保、人社部门：负责… (xi_03): a duty entry headed by departments named by their lines of work, the ending
    they share written once after the last (grammar.SHARED_ENDING_DEPARTMENTS): each name, that ending written out,
    carries it (listed: 教育部门, 卫生部门, 医保部门, 人社部门)."""
    fields = node.__dict__  # kind and title read once, past pydantic's attribute hook (this runs for most nodes)
    title = fields["title"]
    if fields["kind"] != "paragraph" or not title or not title.endswith("部门") or "、" not in title:
        return None
    m = _g.SHARED_ENDING_DEPARTMENTS.match(text, start, end)
    if m is None or m.group("units") != title:
        return None
    units: list[Unit] = []
    at = start
    for piece in title.split("、"):
        units.append(_unit(text, _Piece(piece, at, at + len(piece)), piece if piece.endswith("部门") else piece + "部门"))
        at += len(piece) + 1
    return _responsibility(_dedupe(units), [], "listed", title, (start, start + len(title)))


# 省科技厅、省委组织部、省委宣传部、省人力资源和社会保障厅等部门负责“三评”改革的牵头组织 (xi_07 六（一）) / 省人社厅牵头
# 成立… : bodies with their level words, parted by 、 (等部门 after the last), then 牵头, or 负责 and 牵头 in one clause
_LEVEL_BODY = r"[省市区县州][^，,。；;、\s（）()“”]{1,14}?(?:厅|局|委|办|部)"
_TITLED_ITEM_LEAD = re.compile(r"(?P<units>" + _LEVEL_BODY + r"(?:、" + _LEVEL_BODY + r"){0,5})(?:等(?:有关)?部门)?"
                               r"(?:要)?(?:负责[^，,。；;]{0,20}?牵头|牵头)")
_TITLED_ITEM_REACH = 80  # characters after the run-in title: six bodies, 等部门 and the clause up to 牵头


def _titled_item_lead(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """（一）加强组织领导。省科技厅、省委组织部…等部门负责“三评”改革的牵头组织，根据职责分工… (xi_07): an item whose
    run-in title is followed by bodies named with their level words and 牵头 (or 负责…牵头 in one clause) is led by
    them (lead_support, nobody named to support). Bodies that only 负责 after a title are left (wi_01 reads none)."""
    fields = node.__dict__  # kind and title read once, past pydantic's attribute hook (this runs for most nodes)
    title = fields["title"]
    if fields["kind"] != "item" or not title:
        return None
    at = _after_marker(text, start, end)
    if not text.startswith(title, at) or not text.startswith("。", at + len(title)):
        return None
    at += len(title) + 1
    stop = min(end, at + _TITLED_ITEM_REACH)
    # 牵头 looked for first: most titled items name no lead and pay for no pattern
    if text.find("牵头", at, stop) < 0:
        return None
    m = _TITLED_ITEM_LEAD.match(text, at, stop)
    if m is None:
        return None
    units = _colon_title_units(text, at, m.group("units"))
    return _responsibility(units, [], "lead_support", m.group(0), (at, m.end()))


def _colon_title_units(text: str, start: int, title: str) -> list[Unit]:
    """The units of a duty entry's colon title standing at `start` (A、B（aside）：…): each name, its aside left out."""
    units: list[Unit] = []
    at = start
    for piece in title.split("、"):
        name = _without_aside(piece)
        units.append(_unit(text, _Piece(name, at, at + len(name))))
        at += len(piece) + 1
    return _dedupe(units)


_COLON_LINE_RUN = 3  # top-level lines opened by units and a colon it takes to read them as a duty list
_COLON_LINE_KINDS = ("closing", "preamble")
_COLON_LINE_HEAD = 160  # characters: five names of grammar.DUTY_COLON_ENTRY with their asides, and the colon


def _colon_line_runs(text: str, nodes: list[tuple[Section, int, int]]) -> frozenset[int]:
    """Ids of the top-level lines (closing or preamble paragraphs, no children) standing in a run of _COLON_LINE_RUN or
    more each opened by units and a colon (grammar.DUTY_COLON_ENTRY: 区公安分局：参加… / 派出所：负责… / 区经委（商务委）：
    组织…): a plan's attached duty list (附件 相关部门、单位的职责, 职责分工) printed after its last numbered
    part, with no heading over it (xb_01–xb_03). One such line is a label or a contact; the run shows the list."""
    marks: list[int | None] = []
    for node, start, end in nodes:
        fields = node.__dict__  # kind and children read once, past pydantic's attribute hook
        head = min(end, start + _COLON_LINE_HEAD)
        # the colon looked for first (str.find): the pattern is tried only on a line holding one near its start
        opened = fields["kind"] in _COLON_LINE_KINDS and not fields["children"] and \
            (text.find("：", start, head) >= 0 or text.find(":", start, head) >= 0) and \
            _g.DUTY_COLON_ENTRY.match(text, start, end) is not None
        marks.append(id(node) if opened else None)
    return frozenset(_ids_in_runs(marks, _COLON_LINE_RUN))


def _colon_line_entry(text: str, node: Section, start: int, end: int,
                      reading: _DocumentReading) -> Responsibility | None:
    """A line of a top-level duty list opened by its units and a colon (_colon_line_runs): those units carry it
    (listed; all for collectives; joint when the duty opens with 共同: 区建设管理委、区住房保障房屋管理局：共同指导…)."""
    m = _g.DUTY_COLON_ENTRY.match(text, start, end) if id(node) in reading.colon_lines else None
    if m is None:
        return None
    title = m.group("units")
    units = _colon_title_units(text, start, title)
    mode = "all" if _all_collective(units) else \
        "joint" if len(units) > 1 and text.startswith("共同", m.end()) else "listed"
    return _responsibility(units, [], mode, title, (start, start + len(title)))


def _unit_duty_paragraph(text: str, node: Section, start: int, end: int,
                         reading: _DocumentReading | None = None) -> Responsibility | None:
    """省统计局负责… / 市卫生局负责…。市工商局负责配合… (tn_07, tn_01): a duty list's paragraph, or a numbered entry
    (（一）市公安局负责…), opened by its units and a duty verb (负责, 参加, 承担…); each sentence so opened names more
    (listed; lead_support when 牵头 is every such sentence's verb: （一）省财政厅牵头，认真研究…, uz_02). In a document whose duty list is so opened, an entry opened by a body without level word (杭州铁路办事处
    负责…, tq_09) is read too."""
    if node.kind not in ("paragraph", "item") or node.children:
        return None
    if _remit_article(text, node, reading):
        return None
    # （一）市公安局负责…: an entry of a numbered duty list
    opening = at = _after_marker(text, start, end) if node.kind == "item" else start
    if not text.startswith(_LEVEL_WORD_OPENINGS, at):
        return _body_duty_entry(text, at, end, reading)  # the cue spares the pattern most nodes not opened by a level word
    units, led = _sentence_units(text, at, end, _g.UNIT_DUTY_SENTENCE, every_sentence=False)
    if units and led:  # opened by 牵头 alone: the units lead the entry (lead_support, as （A牵头） reads)
        support = _carried_under_lead(text, units[-1].span[1], end)
        return _responsibility(_dedupe(units), support, "lead_support", text[start:units[-1].span[1]],
                               (start, units[-1].span[1]))
    if not units:
        units = _short_named_subjects(text, opening, end) or _modal_duty_subjects(text, node, opening, end)
    if not units:
        return None
    return _responsibility(_dedupe(units), [], "listed", text[start:units[-1].span[1]], (start, units[-1].span[1]))


_LINE_BLANKS = " \t\u3000\r\n"


def _childless_heading_duties(text: str, node: Section, start: int, end: int,
                              reading: _DocumentReading) -> Responsibility | None:
    """A childless titled heading's carriers: the units of a run of unit titles (_unit_titled_heading), or those
    opening its own text with their duty (_heading_duty_body). One call per node, the kind tested once for both."""
    fields = node.__dict__  # one model attribute read for kind, children and title (as task_nodes reads them)
    if reading.unit_titled and id(node) in reading.unit_titled:  # over its duties or over 1.… entries stating them
        return _unit_titled_heading(text, node, start, end)
    if fields["kind"] != "heading" or fields["children"] or not fields["title"]:
        return None
    return _heading_duty_body(text, node, start, end, reading)


def _body_start(text: str, start: int, end: int) -> int:
    """Where a heading's own text starts on the lines below its title (its blank lines and indent passed over); -1 for
    a run-in heading, whose text is on its title's line."""
    at = text.find("\n", start, end)
    if at < 0:
        return -1
    while at < end and text[at] in _LINE_BLANKS:  # the blank lines and indent before the text (no slice of it)
        at += 1
    return at


def _heading_duty_body(text: str, node: Section, start: int, end: int,
                       reading: _DocumentReading) -> Responsibility | None:
    """（一）开展统筹推进与顶层设计 / 市发展改革委负责零碳园区申报… (wa_11): a titled heading with no children whose own
    text, on the lines below its title, is opened by units and their duty verb reads as a duty entry does — the title
    says what the work is, the text who carries it (listed; lead_support when 牵头 opens every such sentence)."""
    at = _body_start(text, start, end)
    if at < 0:
        return None  # a run-in heading: its text is read as the heading's (_unit_heading, notes)
    if not text.startswith(_LEVEL_WORD_OPENINGS, at):
        return None  # the cue spares the pattern every heading whose text opens otherwise
    units, led = _sentence_units(text, at, end, _g.UNIT_DUTY_SENTENCE, every_sentence=False)
    if not units and reading.subject_opened(text, node):
        units, led = _sentence_units(text, at, end, _g.unit_subject_sentence(), every_sentence=True)
    if not units:
        return None
    mode = "lead_support" if led else "listed"
    support = _carried_under_lead(text, units[-1].span[1], end) if led else []
    return _responsibility(_dedupe(units), support, mode, text[at:units[-1].span[1]], (at, units[-1].span[1]))


def _carried_under_lead(text: str, at: int, end: int) -> list[Unit]:
    """The units a lead's opening sentence names as doing the work under it (grammar.LED_THEN_CARRIED: A牵头，B具体负责,
    wh_01): they support the lead; [] when none so named, or a name is no unit."""
    m = _g.LED_THEN_CARRIED.match(text, at, end)
    if m is None:
        return []
    names = m.group("units").split("、")
    if not all(_lex.is_unit(n) for n in names):
        return []
    return _listed_names(text, m, names).lead


_SUBJECT_RUN = 3  # sibling headings whose text each opens with its units it takes to read the section as a duty list


def _subject_opened_runs(text: str, nodes: list[tuple[Section, int, int]]) -> frozenset[int]:
    """Ids of the childless titled headings standing in a run of _SUBJECT_RUN or more siblings whose own text, below
    the title, each opens with units and the work they do (wa_11: 三、组织保障 / （一）开展统筹推进与顶层设计 / 市发展改革委
    负责… / （二）培育绿色低碳产业集群 / 市经济信息化委支持推广… / …: seven headings, each body opened by the bodies that
    carry it): the run shows the section a division of the work by unit, whatever verb each entry uses. One heading
    so opened, or a run broken by headings opened otherwise, reads only the duty verbs (grammar.UNIT_DUTY_SENTENCE)."""
    own = {id(node): (start, end) for node, start, end in nodes}
    pattern = _g.unit_subject_sentence()
    found: list[int] = []
    for parent, _start, _end in nodes:
        kids = parent.__dict__["children"]
        if len(kids) < _SUBJECT_RUN:
            continue
        marks: list[int | None] = []
        for node in kids:
            fields = node.__dict__
            span = own.get(id(node))
            at = -1 if fields["kind"] != "heading" or fields["children"] or not fields["title"] or span is None \
                else _body_start(text, *span)
            opened = at >= 0 and text.startswith(_LEVEL_WORD_OPENINGS, at) and pattern.match(text, at, span[1])
            marks.append(id(node) if opened else None)
        found.extend(_ids_in_runs(marks, _SUBJECT_RUN))
    return frozenset(found)


def _ids_in_runs(marks: list[int | None], least: int) -> list[int]:
    """The ids standing in runs of `least` or more consecutive marks; a None (a sibling of another kind) breaks a run."""
    return [mark for run in _runs_of(marks, least) for mark in run]


def _runs_of(marks: list[int | None], least: int) -> list[list[int]]:
    """The runs of `least` or more consecutive marks, each in order; a None breaks a run."""
    runs: list[list[int]] = []
    run: list[int] = []
    for mark in marks:
        if mark is not None:
            run.append(mark)
            continue
        if len(run) >= least:
            runs.append(run)
        run = []
    if len(run) >= least:
        runs.append(run)
    return runs


def _sentence_units(text: str, at: int, end: int, pattern: re.Pattern, *, every_sentence: bool) -> tuple[list[Unit], bool]:
    """The units `pattern` finds opening the sentences of text[at:end] (its group `units`), and whether 牵头 was every
    such sentence's verb (False when none is so opened: （一）省财政厅牵头，认真研究…, uz_02, every unit so opening leads).
    Duty sentences (grammar.UNIT_DUTY_SENTENCE, every_sentence False) are read from `at` itself while each sentence is so
    opened; a heading's text in a run of headings so opened (grammar.unit_subject_sentence: 市经济信息化委支持…。
    市经济信息化委和市生态环境局联合推进…。, every_sentence True) is read to its end, past the blanks opening each
    sentence, its subjects split at 和 too (_subject_pieces)."""
    units: list[Unit] = []
    led = True
    while at < end:
        if every_sentence:
            while at < end and text[at] in _LINE_BLANKS:
                at += 1
        m = pattern.match(text, at, end)
        if m is not None:
            led = led and text.startswith("牵头", m.end())
            units.extend(_subject_pieces(text, m.start("units"), m.group("units"), joined_by_he=every_sentence))
        elif not every_sentence:
            break
        stop = text.find("。", at, end)  # (a unit's name holds no 。: found from the match's end as well)
        at = stop + 1 if stop >= 0 else end
    return units, led and bool(units)


def _subject_pieces(text: str, pos: int, group: str, *, joined_by_he: bool) -> list[Unit]:
    """The units of a subject list (市经济信息化委和市生态环境局): split at 、, and (`joined_by_he`) at 和 where every part is a
    unit with its level word (市人力资源和社会保障局 is one unit: 社会保障局 names no level); pieces with no level word
    left out."""
    units: list[Unit] = []
    for piece in group.split("、"):
        names = [piece]
        if joined_by_he and "和" in piece and all(map(_lex.is_anchored_unit, parts := piece.split("和"))):
            names = parts
        at = pos
        for name in names:
            if _lex.is_anchored_unit(name):
                units.append(_unit(text, _Piece(name, at, at + len(name))))
            at += len(name) + 1
        pos += len(piece) + 1
    return units


_MODAL_REACH = 32  # characters from a heading's text start its 要 / 应 stands within when bodies open the sentence


def _modal_run_entry(text: str, node: Section, start: int, end: int, reading: _DocumentReading) -> Responsibility | None:
    """（一）加强组织领导 / 各相关部门要… / （二）实行销号管理 / 区燃气管理部门和燃气经营企业要… (wh_02 四; wh_03 五: 各单位要…。
    领导小组要…): in a run of sibling headings whose text each opens with the bodies doing the work and 要 / 应, the
    bodies opening each sentence so carry the heading (listed; all for collectives). One heading so opened is a task
    sentence (市政府要加强领导。) and names no carrier."""
    fields = node.__dict__
    if fields["kind"] not in ("heading", "item") or fields["children"] or not fields["title"]:
        return None
    if not _modal_near(text, start, end, _MODAL_REACH + _OPENING_TITLE_MAX):  # before the title's end is looked for
        return None
    at = _heading_text_start(text, node, start, end)
    if at < 0 or not _opens_with_modal_bodies(text, at, end) or not reading.modal_opened(text, node):
        return None
    units = _modal_sentence_units(text, at, end)
    if not units:
        return None
    units = _dedupe(units)
    return _responsibility(units, [], "all" if _all_collective(units) else "listed", text[at:units[-1].span[1]],
                           (at, units[-1].span[1]))


def _modal_near(text: str, at: int, end: int, reach: int = _MODAL_REACH) -> bool:
    """A 要 or 应 within `reach` of `at` (two C-level finds): the cue spares the pattern most headings."""
    reach = at + reach if at + reach < end else end
    return text.find("要", at, reach) >= 0 or text.find("应", at, reach) >= 0


def _heading_text_start(text: str, node: Section, start: int, end: int) -> int:
    """Where a titled heading's own text starts: on the lines below its title, or after a run-in title's stop
    (（一）明确职责，稳步推进。各单位要…); -1 when neither."""
    at = _body_start(text, start, end)
    if at >= 0:
        return at
    title = node.__dict__["title"]
    at = _after_marker(text, start, end)
    if not text.startswith(title, at) or not text.startswith(("。", "．"), at + len(title)):
        return -1
    return at + len(title) + 1


def _modal_sentence_units(text: str, at: int, end: int) -> list[Unit]:
    """The bodies opening each sentence from `at` with 要 / 应 (grammar.MODAL_SUBJECTS); a sentence opened otherwise
    names none."""
    units: list[Unit] = []
    while at < end:
        while at < end and text[at] in _LINE_BLANKS:
            at += 1
        m = _g.MODAL_SUBJECTS.match(text, at, end)
        if m is not None:
            units.extend(_modal_subject_pieces(text, m.start("units"), m.group("units")) or ())
        stop = text.find("。", at, end)
        at = stop + 1 if stop >= 0 else end
    return units


_SHARED_HEAD_LEVELS = ("市", "区", "县", "省")


def _name_pieces(group: str, pos: int, parts_named: Callable[[list[str]], bool]) -> list[tuple[str, int]]:
    """The names of a list parted by 、 starting at `pos`, each with its offset; a piece joining names by 和 is split
    where parts_named says its parts are names (a body's own 和 stays: 市人力资源和社会保障局)."""
    pieces: list[tuple[str, int]] = []
    for piece in group.split("、"):
        names = parts if "和" in piece and parts_named(parts := piece.split("和")) else (piece,)
        at = pos
        for name in names:
            pieces.append((name, at))
            at += len(name) + 1
        pos += len(piece) + 1
    return pieces


def _first_is_unit(parts: list[str]) -> bool:
    return _lex.is_unit(parts[0])


def _all_anchored_units(parts: list[str]) -> bool:
    return all(map(_lex.is_anchored_unit, parts))


def _modal_subject_pieces(text: str, pos: int, group: str) -> list[Unit] | None:
    """The bodies of a subject list (市、区燃气管理部门和燃气经营企业): split at 、 and 和, a bare level word sharing the
    next piece's name (市、区燃气管理部门: 市燃气管理部门 too); None unless every piece is a body (a unit, or a kind of
    企业 named as one: 燃气经营企业)."""
    pieces = _name_pieces(group, pos, _first_is_unit)
    units: list[Unit] = []
    for i, (name, at) in enumerate(pieces):
        full = None
        if name in _SHARED_HEAD_LEVELS and i + 1 < len(pieces) and pieces[i + 1][0].startswith(_SHARED_HEAD_LEVELS):
            full = name + pieces[i + 1][0][1:]
        if not (_lex.is_unit(full or name) or (len(name) >= 4 and name.endswith("企业"))):
            return None
        units.append(_unit(text, _Piece(name, at, at + len(name)), full))
    return units


def _parent_in_run_reach(node: Section, nodes: list[tuple[Section, int, int]]) -> Section | None:
    """The node's parent among the nodes read, when it has _SUBJECT_RUN children or more (a run can stand there)."""
    for parent, _start, _end in nodes:
        kids = parent.__dict__["children"]
        if len(kids) >= _SUBJECT_RUN and any(kid is node for kid in kids):
            return parent
    return None


def _modal_opened_runs(text: str, parent: Section, nodes: list[tuple[Section, int, int]]) -> list[int]:
    """Ids of the parent's childless titled headings standing in a run of _SUBJECT_RUN or more siblings whose text each
    opens with its bodies and 要 / 应 (wh_02 四: 各相关部门要… / 区燃气管理部门和燃气经营企业要… / 市、区燃气管理部门和燃气经营
    企业要… / 燃气经营企业要…): the run shows the section dividing the work by body."""
    kids = parent.__dict__["children"]
    wanted = {id(kid) for kid in kids}
    own = {id(node): (start, end) for node, start, end in nodes if id(node) in wanted}
    marks = [id(node) if _modal_headed(text, node, own.get(id(node))) else None for node in kids]
    return _ids_in_runs(marks, _SUBJECT_RUN)


def _modal_headed(text: str, node: Section, span: tuple[int, int] | None) -> bool:
    """Is the node a childless titled heading whose text opens with its bodies and 要 / 应?"""
    fields = node.__dict__
    if span is None or fields["kind"] not in ("heading", "item") or fields["children"] or not fields["title"]:
        return False
    at = _heading_text_start(text, node, *span)
    return at >= 0 and _opens_with_modal_bodies(text, at, span[1])


def _opens_with_modal_bodies(text: str, at: int, end: int) -> bool:
    """Does the text at `at` open with bodies and 要 / 应 (各相关部门要…)?"""
    if not _modal_near(text, at, end):
        return False
    m = _g.MODAL_SUBJECTS.match(text, at, end)
    return m is not None and bool(_modal_subject_pieces(text, m.start("units"), m.group("units")))


def _run_in_body_entry(text: str, node: Section, start: int, end: int, reading: _DocumentReading) -> Responsibility | None:
    """（一）动员部署阶段（2022年12月底前）。市民族宗教局和市消防救援总队组织召开… / （二）各区试点阶段…。各区民宗部门动员组织…
    / （三）试点验收阶段…。各区民宗、消防部门指导… (wm_01 四; wh_01 三: 各行业相关管理机构督促… / 市交通委对…进行监督检查 / …):
    in a run of run-in items whose text each opens, after the title, with the bodies doing the step, whatever the verb, those
    bodies carry the item (listed; all for collectives). The run shows the section dividing its steps among bodies. One
    item so opened, or a run naming only collectives (各级政府要… / 各地要…, uf_10; 各地区、各部门要…, sc_06: the charge to
    every implementer closing a plan), names none."""
    at = _run_in_text_start(text, node, start, end)
    if at < 0:
        return None
    units = _run_in_bodies(text, at, end)
    if not units or not reading.run_in_opened(text, node):
        return None
    units = _dedupe(units)
    return _responsibility(units, [], "all" if _all_collective(units) else "listed", text[at:units[-1].span[1]],
                           (at, units[-1].span[1]))


def _run_in_text_start(text: str, node: Section, start: int, end: int) -> int:
    """Where a childless item's text starts after its run-in title's stop (（一）自查自改。道路运输…); -1 for any other node."""
    fields = node.__dict__
    title = fields["title"]
    if fields["kind"] != "item" or fields["children"] or not title or len(title) > _OPENING_TITLE_MAX:
        return -1
    at = _after_marker(text, start, end)
    if not text.startswith(title, at) or not text.startswith(("。", "．"), at + len(title)):
        return -1
    return at + len(title) + 1


def _run_in_bodies(text: str, at: int, end: int) -> list[Unit] | None:
    """The bodies opening text[at:end] (grammar.RUN_IN_BODIES): a list cut at 等 keeps what follows it (道路运输、民航、
    铁路等各行业相关管理机构: 各行业相关管理机构); names sharing the last one's ending and the first one's level (各区民宗、
    消防部门: 各区民宗部门, 各区消防部门) read in full; None unless every name is a body opened by its level or scope word,
    told doing the step (not 要 / 应 / 将 … after it)."""
    m = _g.RUN_IN_BODIES.match(text, at, end)
    if m is None or text.startswith(_RUN_IN_NOT_DOING, m.end()):
        return None
    group, pos = m.group("units"), m.start("units")
    cut = group.rfind("等")
    if cut >= 0:
        group, pos = group[cut + 1:], pos + cut + 1
    # 市民族宗教局和市消防救援总队: two bodies (市人力资源和社会保障局 is one: 社会保障局 names no level)
    pieces = _name_pieces(group, pos, _all_anchored_units)
    units: list[Unit] = []
    for i, (name, name_at) in enumerate(pieces):
        full = _run_in_full_name(pieces, i)
        if not full.startswith(_RUN_IN_NAME_OPENINGS) or not _lex.is_anchored_unit(full):
            return None
        units.append(_unit(text, _Piece(name, name_at, name_at + len(name)), full if full != name else None))
    return units


_RUN_IN_SHARED_HEADS = ("各区", "各市", "各县", "各级", "市", "区", "县", "省")
# what follows bodies charged (要 / 应 / 须 / 将 …: a modal run's, read only where the document divides its work by body,
# _modal_run_entry; sh_02, ub_05, ue_01 保障措施 runs name none) or described (是), not told doing the step
_RUN_IN_NOT_DOING = ("要", "应", "须", "将", "是", "可", "必", "会", "能", "均", "也", "都")
# a body's name opens with its level or scope word (公示省科技厅… opens with a verb, wc_02)
_RUN_IN_NAME_OPENINGS = _LEVEL_WORD_OPENINGS + ("各",)


def _run_in_full_name(pieces: list[tuple[str, int]], i: int) -> str:
    """The name pieces[i] stands for: a name short of a body's ending takes the last piece's (各区民宗 → 各区民宗部门); a
    later name short of the first's level or scope word takes it (消防部门 → 各区消防部门)."""
    name = pieces[i][0]
    last = pieces[-1][0]
    head = next((h for h in _RUN_IN_SHARED_HEADS if pieces[0][0].startswith(h)), "")
    if i < len(pieces) - 1 and not name.endswith(_g.RUN_IN_BODY_ENDS):
        if len(name) - (len(head) if name.startswith(head) else 0) < 2:
            return name  # 各市、州、县住建局: tiers sharing a body's name, not its ending word — left unread
        ending = next((e for e in _g.RUN_IN_BODY_ENDS if last.endswith(e)), "")
        name += ending
    if i > 0 and head and not name.startswith(_RUN_IN_SHARED_HEADS) and not _lex.is_anchored_unit(name):
        name = head + name
    return name


def _run_in_opened_runs(text: str, parent: Section, nodes: list[tuple[Section, int, int]]) -> list[int]:
    """Ids of the parent's run-in items standing in a run of _SUBJECT_RUN or more siblings whose text each opens with its
    bodies (_run_in_bodies), one of the run's bodies at least no collective (a named body: 市民族宗教局)."""
    kids = parent.__dict__["children"]
    wanted = {id(kid) for kid in kids}
    own = {id(node): (start, end) for node, start, end in nodes if id(node) in wanted}
    marks: list[int | None] = []
    named: set[int] = set()  # the items naming a body that is no collective
    for kid in kids:
        span = own.get(id(kid))
        at = _run_in_text_start(text, kid, *span) if span is not None else -1
        units = _run_in_bodies(text, at, span[1]) if at >= 0 else None
        marks.append(id(kid) if units else None)
        if units and any(u.kind != "collective" for u in units):
            named.add(id(kid))
    return [mark for run in _runs_of(marks, _SUBJECT_RUN) if not named.isdisjoint(run) for mark in run]


_UNIT_TITLE_RUN = 3  # sibling headings titled by units alone it takes to read the section as a duty list
_UNIT_TITLE_REACH = 60  # characters: a title longer than this is a task's, not a list of units


def _title_units(title: str) -> list[tuple[str, int]] | None:
    """The units a heading's title is made of (grammar.UNIT_LIST_TITLE: 区建管委、区交通委等建设主管部门, 区公安分局（交管）),
    each with its offset in the title; None unless every piece is a unit."""
    if len(title) > _UNIT_TITLE_REACH:
        return None
    m = _g.UNIT_LIST_TITLE.fullmatch(title)
    if m is None:
        return None
    names: list[tuple[str, int]] = []
    pos = 0
    for piece in m.group("units").split("、"):
        name = _without_aside(piece)
        if not (_lex.is_unit(name) or name.endswith(_DUTY_PARTY_ENDINGS)) or _NOT_A_HEAD.search(name):
            return None
        names.append((name, pos))
        pos += len(piece) + 1
    return names


# 三、责任分工 / （二）燃气经营企业 / （八）物业服务企业 (wh_02, wh_10): a division of duties gives firms of a trade duties of
# their own beside the bodies; a title naming such a party (…企业) heads its duties as a body's does
_DUTY_PARTY_ENDINGS = ("企业",)


def _unit_titled_runs(nodes: list[tuple[Section, int, int]]) -> frozenset[int]:
    """Ids of the headings standing in a run of _UNIT_TITLE_RUN or more siblings each titled by units alone
    (wa_10: （一）区绿化市容局 / （二）区建管委、…等建设主管部门 / （三）区公安分局（交管） / （四）城管执法部门, each over
    its duties; wh_10: （一）虹口区绿化和市容管理局 over 1.… duty entries, which inherit the units) under a heading whose
    title names a division of duties (三、组织领导与责任分工, 三、分工与职责, grammar.DUTY_DIVISION_TITLE): the run shows
    the section a duty list by unit. One heading so titled stands for a task or topic; a run under another title lists
    bodies for what they are (tu_09: 一、保留的非常设机构市领导任职情况 / 1、市城市规划委员会 / 主任：…)."""
    found: list[int] = []
    for heading in _duty_division_headings(nodes):
        marks = [id(node) if node.kind == "heading" and node.title and _title_units(node.title.strip()) else None
                 for node in heading.children]
        found.extend(_ids_in_runs(marks, _UNIT_TITLE_RUN))
    return frozenset(found)


def _duty_division_headings(nodes: list[tuple[Section, int, int]]) -> list[Section]:
    """The nodes with children whose title names a division of duties (grammar.DUTY_DIVISION_TITLE)."""
    found: list[Section] = []
    for node, _start, _end in nodes:
        fields = node.__dict__  # one model attribute read for title and children (as task_nodes reads them)
        title = fields["title"]
        # every DUTY_DIVISION_TITLE match holds 分工 or 职责: the `in` tests spare most titles the pattern
        if title and ("分工" in title or "职责" in title) and fields["children"] and _g.DUTY_DIVISION_TITLE.search(title):
            found.append(node)
    return found


def _unit_titled_heading(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """A heading of a run titled by units alone (_unit_titled_runs): the units carry the duties its text states
    (listed; all when only collectives are named)."""
    title = node.title.strip()
    at = text.find(title, start, end)
    names = _title_units(title)
    if at < 0 or not names:
        return None
    units = _dedupe([_unit(text, _Piece(name, at + pos, at + pos + len(name))) for name, pos in names])
    mode = "all" if _all_collective(units) else "listed"
    return _responsibility(units, [], mode, title, (at, at + len(title)))


def _modal_duty_subjects(text: str, node: Section, at: int, end: int) -> list[Unit] | None:
    """区环保局要加强… (ua_03): a duty list's paragraph opened by its units and 要 / 应 — segment made it one of the run,
    titling it with those units; a paragraph or item so worded elsewhere (市政府要加强领导。) names no carrier."""
    m = _g.UNIT_MODAL_DUTY.match(text, at, end)
    if node.kind != "paragraph" or m is None or node.title != m.group("units"):
        return None
    return _units_of(text, m.start("units"), m.end("units"), anchored=True)


def _short_named_subjects(text: str, at: int, end: int) -> list[Unit] | None:
    """The units of an entry opened by a list of them and a duty verb, the first with its level word, the later ones
    named short (_named_short); None unless every piece is such a unit."""
    m = _g.SHORT_NAMED_SUBJECTS.match(text, at, end)
    if m is None and text.find("以及", at, end) >= 0:
        return _subjects_then_also(text, at, end)
    if m is None or "、" not in m.group("units"):
        return None
    return _units_of(text, m.start("units"), m.end("units"), anchored=True, short=True)


def _subjects_then_also(text: str, at: int, end: int) -> list[Unit] | None:
    """…亚组委、各区、县级市，以及广州海关、黄埔海关、广州边检总站负责… (tv_05): the list before ，以及 read as a subject list
    is (every piece anchored or named short) shows the entry opened by its units; the bodies after it, named by their
    place (广州海关), need only be built like units."""
    m = _g.SUBJECTS_THEN_ALSO.match(text, at, end)
    if m is None or "、" not in m.group("units"):
        return None
    units = _units_of(text, m.start("units"), m.end("units"), anchored=True, short=True)
    also = _units_of(text, m.start("also"), m.end("also"), short=True) if units else None
    return units + also if also else None


def _body_duty_entry(text: str, at: int, end: int, reading: _DocumentReading | None) -> Responsibility | None:
    """5.杭州铁路办事处负责… / 7.浙江海事局承担… (tq_09): a body named without its level word opening an entry with its
    duty, read only where the document's duty list is opened by units with their level word (so 工作组负责… in a
    plan's prose is left alone); the name must be built like a unit."""
    m = _g.match_body_duty_sentence(text, at, end)
    if m is None or _NOT_A_HEAD.search(m.group("units")) or not _lex.is_unit(m.group("units")):
        return None
    if reading is None or not reading.opens_duty_list(text):
        return None
    unit = _unit(text, _Piece(m.group("units"), m.start("units"), m.end("units")))
    return _responsibility([unit], [], "listed", m.group("units"), (m.start("units"), m.end("units")))


_DUTY_LIST_HABIT = 3  # entry lines so opened it takes to call the document a duty list


def _opens_duty_list(text: str) -> bool:
    """Are at least _DUTY_LIST_HABIT lines opened (after their marker) by a unit with its level word and 负责?"""
    return _lines_opened_by(text, lambda at, stop: _g.UNIT_DUTY_OPENING.match(text, at, stop) is not None)


def _states_duties(text: str) -> bool:
    """Are at least _DUTY_LIST_HABIT lines opened (after their marker) by a unit with its level word and a duty verb
    (负责, 参加, 承担 …)?"""
    return _lines_opened_by(text, lambda at, stop: _g.UNIT_DUTY_SENTENCE.match(text, at, stop) is not None)


def _heads_department_entries(text: str) -> bool:
    """Are at least _DUTY_LIST_HABIT lines opened (after their marker) by a department, a colon and a duty word
    (2.工商行政管理部门：负责…, tn_11)?"""
    return _lines_opened_by(text, lambda at, stop: _g.DEPARTMENT_DUTY_ENTRY.match(text, at, stop) is not None)


def _lines_opened_by(text: str, opens: Callable[[int, int], bool]) -> bool:
    """Are at least _DUTY_LIST_HABIT lines so opened (opens(where the line's text starts after its marker, line end))?"""
    found, line = 0, 0
    while line < len(text):
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        at = _after_marker(text, _past_blanks(text, line, stop), stop)
        if opens(at, stop):
            found += 1
            if found >= _DUTY_LIST_HABIT:
                return True
        line = stop + 1
    return False


def _titled_duty_entry(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """三、职责分工 / 农业办积极开展… / 派出所负责… (tj_07), 区委宣传部：制订… / 商委：协调… (te_01): a paragraph segment made an
    entry of a duty list, headed by the unit that opens it with its duty or a colon (its title); the unit carries it
    (listed). Named with a colon, a body ending as a department does (商委, 教委) is one."""
    if node.kind != "paragraph" or node.children or not node.title:
        return None
    at = _past_blanks(text, start, end)
    name = node.title.strip()
    if not text.startswith(name, at) or "、" in name or _NOT_A_HEAD.search(name):
        return None
    colon = text.startswith(("：", ":"), at + len(name))
    m = None if colon else _g.DUTY_ENTRY_OPENING.match(text, at, end)
    if not (colon or (m is not None and m.group("unit") == name)):
        return None
    if not (_lex.is_unit(name) or (colon and _g.DEPARTMENT_HEAD.fullmatch(name))):
        return None
    unit = _unit(text, _Piece(name, at, at + len(name)))
    return _responsibility([unit], [], "listed", name, (at, at + len(name)))


_ROLE_ENDINGS = ("单位", "部门")


def _department_on_duty(text: str, m, name: str, end: int, in_habit: bool = False) -> bool:
    """文化部门：负责… / 综治办：负责…: a body without a level word heads its duty when it ends as a department does
    (部门, 局, 委, 厅, 办 — not 办公室, 领导小组, a role label) and a duty word opens what follows its colon — any words,
    and any such name, for an item of a document whose numbered entries are so headed (4.食品药品监督管理部门：在政府
    机构改革过渡期间…, tn_11); there a body ending otherwise (城运中心：负责…, wh_09) heads its entry before a duty word."""
    if m.group("stop") not in "：:":
        return False
    if _g.DEPARTMENT_HEAD.fullmatch(name) is None:
        # 城运中心：负责… / 城管执法中队：负责… (wh_09, among 规建办：负责… / 房管办：负责…): in a document whose entries are
        # so headed, a body built like a unit that ends otherwise (中心, 中队, 所) heads its entry when a duty word follows
        # (a name ending on 单位 / 部门 that DEPARTMENT_HEAD refused is a role label: 责任单位：负责…)
        return (in_habit and not name.endswith(_ROLE_ENDINGS) and _lex.is_unit(name)
                and _DUTY_START.match(text, m.end(), end) is not None)
    return in_habit or (_lex.is_unit(name) and _DUTY_START.match(text, m.end(), end) is not None)


def _led_heading(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """一、县示范区管委会牵头工作（8项）: a heading line naming the unit that leads the tasks below it (they
    inherit it)."""
    if node.kind != "heading" or "牵头" not in text[start:min(end, start + 48)]:
        return None
    s = _after_marker(text, start, end)
    line_end = text.find("\n", s, end)
    m = _g.LED_WORK_HEADING.fullmatch(text, s, line_end if line_end >= 0 else end)
    if not m or not _lex.is_anchored_unit(m.group("unit")):
        return None
    unit = _unit(text, _Piece(m.group("unit"), m.start("unit"), m.end("unit")))
    return _responsibility([unit], [], "lead_support", m.group(0), (m.start(), m.end()))


def _unit_duties_heading(text: str, node: Section, start: int) -> Responsibility | None:
    """第八条 区公安分局工作职责： over （一）…（六）: the heading names the unit whose duties its items list; the unit
    carries them (listed), the items inheriting it. Only a unit that says where it stands (区公安分局, not 部门)."""
    if node.kind != "heading" or not node.children or not node.title or "职责" not in node.title:
        return None
    title = node.title.strip()
    m = _g.UNIT_DUTIES_HEADING.fullmatch(title)
    if not m or _g.DUTY_LIST_HEADING.fullmatch(title) or not _lex.is_anchored_unit(m.group("unit")):
        return None
    at = text.find(m.group("unit"), start)
    if at < 0:
        return None
    unit = _unit(text, _Piece(m.group("unit"), at, at + len(m.group("unit"))))
    return _responsibility([unit], [], "listed", title, (at, at + len(m.group("unit"))))


def _unit_named_heading(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """（三）市外事办 over 1.负责邀请… 2.负责落实…, （五）市府研究室 over 负责…审核。 (tv_05): a heading line that is
    nothing but a unit's name, its own text or its first entry opening with a duty word — the unit carries the duties
    listed under it (listed), the entries inheriting it. The unit must say where it stands (市外事办, not 其他部门)."""
    if node.kind != "heading" or not node.title:
        return None
    name = node.title.strip()
    if not _lex.is_anchored_unit(name) or _NOT_A_HEAD.search(name) or "、" in name:
        return None
    at = text.find(name, start, end)
    if at < 0:
        return None
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if text[at + len(name):line_end].strip():
        return None  # the line holds more than the name: a task title, read elsewhere
    # (start, end) is the heading's own text; its duties open the next line, its own or its first entry's
    body, stop = line_end + 1, node.span[1]
    if node.children and not text[body:node.children[0].span[0]].strip():
        body = _after_marker(text, node.children[0].span[0], node.children[0].span[1])
    if not _DUTY_START.match(text, body, stop):
        return None
    unit = _unit(text, _Piece(name, at, at + len(name)))
    return _responsibility([unit], [], "listed", name, (at, at + len(name)))


def _unit_duties_entry(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """（九）工商部门职责：依法确认… / （十三）广电局、资阳日报社职责：负责… (tq_01): an entry of a duty list labelled
    with the units whose duties its text states; they carry it (listed). Each name must be a unit, one at least
    saying where it stands or ending as a department does (工商部门, 广电局) — 各级路长职责 names roles."""
    if node.kind != "item" or node.children:
        return None
    # a match's 职责 ends within _UNIT_DUTIES_REACH of the text past the marker (≤ 12 characters): a node without it
    # there is spared the marker and the pattern
    reach = start + _MARKER_REACH + _UNIT_DUTIES_REACH
    if text.find("职责", start, end if end < reach else reach) < 0:
        return None
    s = _after_marker(text, start, end)
    m = _g.UNIT_DUTIES_LABEL.match(text, s, end)
    if m is None or not text[m.end():end].strip():
        return None
    names = m.group("units").split("、")
    if not all(_lex.is_unit(n) and not _NOT_A_HEAD.search(n) for n in names) or not any(
        _lex.is_anchored_unit(n) or _g.DEPARTMENT_HEAD.fullmatch(n) for n in names
    ):
        return None
    return _listed_names(text, m, names)


def _role_duties_entry(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """（一）牵头部门职责省人社厅主要职责为：… / （二）配合部门职责省数政局主要职责为：…。省住建厅主要职责为：… (ul_02): an
    entry titled with a role's duties lists units each with its duties; they carry the role the title names (牵头: lead,
    配合 / 协办 …: support, lead_support either way, as a 牵头单位： / 配合单位： label reads)."""
    if node.kind != "item" or node.children:
        return None
    if text.find("职责", start, end) < 0:
        return None  # every title holds it (ROLE_DUTIES_TITLE): asked before the marker is read, past it after
    s = _after_marker(text, start, end)
    if text.find("职责", s, end) < 0:
        return None
    title = _g.ROLE_DUTIES_TITLE.match(text, s, end)
    if title is None:
        return None
    units = []
    for m in _g.ROLE_DUTY_ENTRY.finditer(text, title.end(), end):
        name = m.group("unit")
        if _lex.is_unit(name) and not _NOT_A_HEAD.search(name):
            units.append(_unit(text, _Piece(name, m.start("unit"), m.end("unit"))))
    if not units:
        return None
    units = _dedupe(units)
    span = (units[0].span[0], units[-1].span[1])
    if title.group("role") in _g.LEAD_ROLES:
        return _responsibility(units, [], "lead_support", text[span[0]:span[1]], span)
    return _responsibility([], units, "lead_support", text[span[0]:span[1]], span)


_DUTY_LIST_LEAST = 2  # entries it takes to call a heading's text a duty list


def _duty_list_heading(text: str, node: Section, start: int, end: int) -> Responsibility | None:
    """三、职责分工 whose text lists units each with its duty (城市建设服务中心：负责牵头抓总… XX执法中队：负责…): the
    heading carries them, the unit whose duty opens with 牵头 leading and the others supporting; with no such unit
    the units share the work by their duties (joint)."""
    if node.kind != "heading" or node.children or not node.title:
        return None
    if not _g.DUTY_LIST_HEADING.fullmatch(node.title.strip()):
        return None
    lead: list[Unit] = []
    others: list[Unit] = []
    for m in _g.DUTY_LIST_ENTRY.finditer(text, start, end):
        at = m.start("unit")
        names = m.group("unit").split("、")
        if not all(_lex.is_unit(name) and not _NOT_A_HEAD.search(name) for name in names):
            continue
        for name in names:  # 县交通局、公路局。负责…: each unit named before the duty
            unit = _unit(text, _Piece(name, at, at + len(name)))
            (lead if m.group("lead") else others).append(unit)
            at += len(name) + 1
    if len(lead) + len(others) < _DUTY_LIST_LEAST:
        return None
    first = min(u.span[0] for u in (*lead, *others))
    last = max(u.span[1] for u in (*lead, *others))
    if lead:
        return _responsibility(lead, others, "lead_support", text[first:last], (first, last))
    return _responsibility(others, [], "joint", text[first:last], (first, last))


def _at_own_place(name: str, places: tuple[str, ...]) -> bool:
    """象州公路养护中心 in a document about 象州县: a unit of the document's own place, its level word left out."""
    return name.startswith(places) and _lex.is_unit(name) if places else False


def parse_note(text: str, start: int, end: int, *, unanchored: bool = False) -> Responsibility | None:
    """Read text[start:end] (inside the brackets) as a responsibility note; None when it is not one.

    `unanchored`: a bare list (（A、B）) may name units without a level word (the document closes items so)."""
    body = text[start:end]
    first = body.strip()[:1]
    if not first or len(body) > MAX_NOTE or (first in _g.APPOSITIVE_OPENERS and _g.APPOSITIVE.match(body, 0, None, HOLD_GIL)):
        return None
    end = _note_end(text, start, body)
    body = raw = text[start:end]
    span = (start, end)
    labels = _g.note_labels(body) if _g.has_note_label_stop(body) else []
    if not labels and first in _g.SEMICOLON_LABEL_OPENERS and ("；" in body or ";" in body):
        labels = _semicolon_label(body)  # a label word first and a ； in the note: most notes are spared the match
    if labels and _labels_open(body, labels):
        return _labelled_note(text, start, labels, len(body), raw, span)
    start, end = _without_time_clauses(text, start, end)
    if "长负责" in body:  # every OFFICIALS_CHARGE ends on a post's 长 and 负责: most notes are spared the match
        start = _after_officials(text, start, end)
    stripped = text[start:end].rstrip()
    m = _g.JOINT_TAIL.search(stripped, 0, None, HOLD_GIL) if stripped.endswith(_g.JOINT_TAIL_ENDS) else None
    if m and not (_g.has_lead_verb(stripped) and _g.LEAD_SUPPORT.match(stripped, 0, None, HOLD_GIL)):
        read = _joint_note(text, start, start + m.start())
    else:
        read = _worded_note(text, start, stripped) or _listed_note(text, start, end, unanchored)
    return _responsibility(read[0], read[1], read[2], raw, span) if read else None


_Read = tuple[list[Unit], list[Unit], str]  # a note read: (lead, support, mode)


def _after_officials(text: str, start: int, end: int) -> int:
    """Where the units of a note open that names the officials answering for it first (分管副省长负责，A牵头…)."""
    m = _g.OFFICIALS_CHARGE.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start


def _semicolon_label(body: str) -> list:
    """[the label] of a note opened by a label whose colon is typed as a semicolon (责任单位;A、B), when its segment
    names a unit; [] otherwise (a bracket of prose or a list split at ；)."""
    m = _g.NOTE_LABEL_SEMICOLON.match(body)
    return [m] if m is not None and m.end() < len(body.rstrip()) else []


def _note_end(text: str, start: int, body: str) -> int:
    """Where the note's list ends: before a first-listed-leads declaration or a remark."""
    end = start + len(body)
    declared = _g.FIRST_LISTED_LEADS.search(body, 0, None, HOLD_GIL) if _g.FIRST_LISTED_LEADS_CUE in body else None
    if declared and not _list_goes_on(body, declared.end()):
        # （A、B负责，排在第一位的部门为牵头部门，下同）: the rule is read once per document
        end = _TRAILING_PUNCT.search(text, start, start + _declaration_start(body, declared.start()), HOLD_GIL).start()
        body = text[start:end]
    # every NOTE_REMARK match opens on the 。 ending the list: most notes hold none and are spared the search
    remark = _g.NOTE_REMARK.search(body, 0, None, HOLD_GIL) if "。" in body else None
    if remark is None and "以下" in body:  # （A牵头，B负责，以下各项工作均需要B负责，不再单独列出）: the comma's remark
        remark = _g.NOTE_COMMA_REMARK.search(body, 0, None, HOLD_GIL)
    if remark is None and body.endswith("下同"):  # （A、B按职责分工负责，C配合，分工负责为各部门按职责分别牵头，下同）
        remark = _g.NOTE_DEFINING_REMARK.search(body, 0, None, HOLD_GIL)
    if remark is None and "以下简称" in body and _g.NOTE_LABEL.search(body, 0, None, HOLD_GIL):
        remark = _g.NOTE_SHORT_NAME.search(body, 0, None, HOLD_GIL)
    if remark:  # 〔责任单位：A、B按职责分工负责。具体任务均涉及…，下同。〕: the list ends at its 。
        end = start + remark.start()
        body = text[start:end]
    oversight = _g.NOTE_OVERSIGHT.search(body, 0, None, HOLD_GIL) if _g.NOTE_OVERSIGHT_CUE in body else None
    if oversight:  # （A、B负责，C会同D督查落实）: who oversees the work is no carrier of it
        end = start + oversight.start()
    return end


def _labels_open(body: str, labels: list) -> bool:
    """Labels read the note when nothing but a time or a person stands before the first (2024年底前，牵头单位：…)."""
    before = body[: labels[0].start()]
    return not before.strip() or bool(_g.TIME_BEFORE_LABEL.match(before)) or bool(_g.PERSON_BEFORE_LABEL.match(before))


def _joint_note(text: str, start: int, stop: int) -> _Read | None:
    """（A、B按职责分工负责）: the units before the shared-duty words, all leading."""
    units = _units_of(text, start, stop)
    if not units:
        return None
    units = _dedupe(units)
    return units, [], "all" if _all_collective(units) else "joint"


def _worded_note(text: str, start: int, stripped: str) -> _Read | None:
    """A note whose words say who leads: 分别牵头, 为牵头单位, 会同, 配合, 牵头 / 负责."""
    stop = start + len(stripped)
    each = _each_leads(text, start, stop)
    if each is not None:
        return each, [], "joint"
    roles = _role_clauses(text, start, stop)
    if roles is not None:
        return roles
    paired = _convened(text, start, stop) or _assisted(text, start, stop)
    if paired is not None:
        return paired[0], paired[1], "lead_support"
    return _lead_pattern_note(text, start, stripped)


def _lead_pattern_note(text: str, start: int, stripped: str) -> _Read | None:
    """（A牵头，B配合）, （A负责）, （A、B分工负责，C配合）."""
    for pattern, mode, cued in ((_g.LEAD_SUPPORT, "lead_support", _g.has_lead_verb(stripped)), (_g.LEAD_RESPONSIBLE, None, "负责" in stripped)):
        m = pattern.match(stripped, 0, None, HOLD_GIL) if cued else None  # no cue word: no match to look for
        if not m:
            continue
        lead = _units_of(text, start + m.start("lead"), start + m.end("lead"))
        if not lead:
            continue
        support = []
        if m.group("sup"):
            support = _units_of(text, start + m.start("sup"), start + m.end("sup")) or []
            if not support:
                continue
        if mode is None and "shared" in pattern.groupindex and m.group("shared") and len(lead) > 1:
            mode = "joint"  # （A、B分工负责，C配合）: A and B share the task, C supports
        if mode is None:
            mode = "lead_support" if support else ("all" if _all_collective(lead) else "listed")
        return _dedupe(lead), _dedupe(support, lead), mode
    return None


def _listed_note(text: str, start: int, end: int, unanchored: bool) -> _Read | None:
    """A note of clauses (A牵头，B配合，C落实) or a bare list of units (A（牵头）、B、C / A、B)."""
    clauses = _clause_note(text, start, end)
    if clauses is not None:
        return clauses[0], clauses[1], "lead_support"
    if start >= 2 and text[start - 2] in _ASCII_WORD:
        return None  # hzsclbgs@sina.com（贺州市残联）: whose mailbox, not who carries the task
    units = _units_of(text, start, end, anchored=not unanchored)
    if not units:
        return None
    marked, rest = _marked_leads(units)
    if marked:  # （A（牵头）、B、C）
        return _dedupe(marked), _dedupe(rest, marked), "lead_support"
    return _dedupe(units), [], "all" if _all_collective(units) else "listed"


# what stands before a bracket that names whose address or code it is (…@sina.com（贺州市残联）)
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@._-/")


def _verb_note(text: str, start: int, end: int) -> tuple[list[Unit], list[Unit]] | None:
    """（A牵头，B配合） read as (lead, support), or A牵头，B under a duty label (责任单位：A牵头，B); None unless a 牵头
    unit is named."""
    stop = _TRAILING_PUNCT.search(text, start, end).start()
    m = _g.LEAD_SUPPORT.match(text[start:stop]) or _g.LEAD_THEN_LIST.match(text[start:stop])  # anchored with ^: matched on the slice
    lead = _units_of(text, start + m.start("lead"), start + m.end("lead")) if m else None
    if not lead:
        return None
    support = _units_of(text, start + m.start("sup"), start + m.end("sup")) if m.group("sup") else []
    return (lead, support) if support is not None else None


def _list_goes_on(body: str, at: int) -> bool:
    """Does the list go on after the bracket a declaration ending at `at` stands in (A（首位单位为牵头单位，下同）、B)?
    Then the bracket marks A as lead (grammar.LEAD_MARK) and the note is read whole."""
    close = _CLOSE_AFTER_DECLARATION.match(body, at)
    return close is not None and close.end() < len(body)


_CLOSE_AFTER_DECLARATION = re.compile(r"\s*[）)]\s*[、，,]\s*(?=\p{Han})")


def _declaration_start(body: str, at: int) -> int:
    """Where the note stops before a first-listed-leads declaration at `at`: at the bracket the declaration opens
    (责任单位：A、B（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）), else at the declaration."""
    opened = max(body.rfind(ch, 0, at) for ch in _g.NOTE_OPEN)
    if opened >= 0 and not any(ch in body[opened:at] for ch in _g.NOTE_CLOSE):
        return opened
    return at


def _each_leads(text: str, start: int, end: int) -> list[Unit] | None:
    """（A、B分别牵头）: the units, each leading its own part; None unless the note says so."""
    if text.find("分别牵头", start, end) < 0:  # most notes: no pattern to run
        return None
    stop = _TRAILING_PUNCT.search(text, start, end).start()
    m = _g.EACH_LEADS.match(text[start:stop])  # anchored with ^: matched on the slice
    units = _units_of(text, start + m.start("units"), start + m.end("units"), lenient=True) if m else None
    return _dedupe(units) if units else None


def _role_clauses(text: str, start: int, end: int) -> tuple[list[Unit], list[Unit], str] | None:
    """（A为牵头单位，B为配合单位）: (lead, support, "lead_support") when every clause names its units' role and one
    leads; （A为责任单位）, whose clauses only name who carries the task: (those units, [], "listed")."""
    if text.find("为", start, end) < 0:
        return None
    lead: list[Unit] = []
    support: list[Unit] = []
    carry: list[Unit] = []  # 为责任单位: they carry the task; beside a lead they support it
    pos = start
    for stop in [m.start() for m in _g.NOTE_CLAUSE_BREAK.finditer(text, start, end)] + [end]:
        m = _g.ROLE_CLAUSE.match(text[pos:stop])  # anchored with ^: matched on the slice
        units = _units_of(text, pos + m.start("units"), pos + m.end("units")) if m else None
        if not units:
            return None
        role = m.group("role")
        (lead if role in _g.LEAD_ROLES else carry if role in _g.CARRY_ROLES else support).extend(units)
        pos = stop + 1
    if lead:
        return _dedupe(lead), _dedupe(support + carry, lead), "lead_support"
    return (_dedupe(carry), [], "listed") if carry and not support else None


def _convened(text: str, start: int, end: int) -> tuple[list[Unit], list[Unit]] | None:
    """（A会同B等部门负责）: (lead, support)."""
    if text.find("会同", start, end) < 0:
        return None
    m = _g.CONVENE.match(text[start:end])  # anchored with ^: matched on the slice
    lead = _units_of(text, start + m.start("lead"), start + m.end("lead")) if m else None
    support = _units_of(text, start + m.start("sup"), start + m.end("sup")) if lead else None
    return (_dedupe(lead), _dedupe(support, lead)) if lead and support else None


def _convened_list(text: str, start: int, end: int) -> tuple[list[Unit], list[Unit]] | None:
    """责任单位：A、B会同C、D，E (grammar.CONVENE_LIST): (lead, support); None unless 会同 stands there and both sides name
    units (a unit cell's 会同 is the unit reader's, and 会 alone is no convening)."""
    if text.find("会同", start, end) < 0:
        return None  # the cue spares the pattern most labelled lists
    m = _g.CONVENE_LIST.match(text[start:end])  # anchored with ^: matched on the slice
    lead = _units_of(text, start + m.start("lead"), start + m.end("lead")) if m else None
    support = _units_of(text, start + m.start("sup"), start + m.end("sup")) if lead else None
    return (_dedupe(lead), _dedupe(support, lead)) if lead and support else None


def _assisted(text: str, start: int, end: int) -> tuple[list[Unit], list[Unit]] | None:
    """（A等部门配合B落实）: (lead B, support A); None unless both sides list units and no one is said to lead."""
    if text.find("配合", start, end) < 0 or text.find("牵头", start, end) >= 0:
        return None
    m = _g.ASSIST.match(text[start:end])  # anchored with ^: matched on the slice
    lead = _units_of(text, start + m.start("lead"), start + m.end("lead")) if m else None
    support = _units_of(text, start + m.start("sup"), start + m.end("sup")) if lead else None
    return (_dedupe(lead), _dedupe(support, lead)) if lead and support else None


def _shared_duty(text: str, start: int, end: int) -> list[Unit] | None:
    """责任单位：A、B按职责分工负责: the units named before the shared-duty words; None when they are not there."""
    stop = _TRAILING_PUNCT.search(text, start, end).start()
    m = _g.JOINT_TAIL.search(text, start, stop)
    return _units_of(text, start, m.start(), lenient=True) if m and m.start() > start else None


def _without_time_clauses(text: str, start: int, end: int) -> tuple[int, int]:
    """（A牵头，B配合，2024年底前完成）, （2024年底前完成，A牵头）: the note without the time clause at either end (the
    deadline pass reads it)."""
    first = _g.NOTE_CLAUSE_BREAK.search(text, start, end)
    if first and _is_time_clause(text[start:first.start()]):
        start = first.end()
    last = _LAST_CLAUSE_BREAK.search(text, start, end)
    if last and _is_time_clause(text[last.end():end]):
        end = last.start()
    return start, end


_LAST_CLAUSE_BREAK = re.compile("(?r)" + _g.NOTE_CLAUSE_BREAK.pattern)  # found from the right


def _is_time_clause(clause: str) -> bool:
    return bool(_TIME_CLAUSE.search(clause)) and not _g.is_note_text(clause) and "牵头" not in clause


def _clause_note(text: str, start: int, end: int) -> tuple[list[Unit], list[Unit]] | None:
    """（A牵头，B配合，C落实）: a lead clause, then clauses each naming units and a support verb; (lead, support)."""
    bounds, pos = [], start
    for m in _g.NOTE_CLAUSE_BREAK.finditer(text, start, end):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, end))
    if len(bounds) < 3:
        return None  # two clauses are LEAD_SUPPORT's
    first = _g.LEAD_CLAUSE.match(text, *bounds[0])
    lead = _units_of(text, first.start("units"), first.end("units")) if first else None
    if not lead:
        return None
    support: list[Unit] = []
    listed: list[Unit] = []  # a clause of units with no verb: the list goes on into the next clause's
    last = len(bounds) - 1
    for k, (s, e) in enumerate(bounds[1:], 1):
        if k == last:
            e = _TRAILING_PUNCT.search(text, s, e).start()  # …负责落实。: the note's closing stop
        m = _g.SUPPORT_CLAUSE.match(text, s, e)
        units = _clause_units(text, m.start("units"), m.end("units")) if m else None
        if m is None and k < last and (bare := _clause_units(text, s, e)):
            listed.extend(bare)  # 各盟行政公署、市人民政府，各旗县（市、区）人民政府负责落实
            continue
        if not units:
            return None
        support.extend(listed + units)
        listed = []
    return _dedupe(lead), _dedupe(support, lead)


def _clause_units(text: str, start: int, end: int) -> list[Unit] | None:
    """The units a clause of a note names, the governments of a list of tiers (各盟行政公署、市人民政府, 各县、市、区人民
    政府: grammar.TIER_LIST_GOVERNMENTS) read as one collective; None when some piece is not a unit."""
    tiers = _g.TIER_LIST_GOVERNMENTS.search(text, start, end) if text.find("各", start, end) >= 0 else None
    if tiers is None:
        return _units_of(text, start, end)
    before = _units_of(text, start, tiers.start()) if tiers.start() > start else []
    after = _units_of(text, tiers.end(), end) if _TRAILING_PUNCT.search(text, tiers.end(), end).start() > tiers.end() else []
    if before is None or after is None:
        return None
    return [*before, _unit(text, _Piece(tiers.group(0), tiers.start(), tiers.end())), *after]


def _moved(resp: Responsibility, offset: int) -> Responsibility:
    """A copy of a note read elsewhere in the document, its spans moved by `offset`: units and lists are new.
    (dict.copy and item assignment keep the fields' order, as {**d, k: v} does, and cost a third less: a list of
    100k items copies its note 100k times.)"""
    fields = resp.__dict__.copy()
    fields["lead"] = _units_moved(resp.lead, offset)
    fields["support"] = _units_moved(resp.support, offset)
    span = resp.span
    fields["span"] = (span[0] + offset, span[1] + offset)
    return built(Responsibility, fields, shared_fields_set(Responsibility, frozenset(resp.__pydantic_fields_set__)))


def _units_moved(units: list[Unit], offset: int) -> list[Unit]:
    """Copies of the units, their spans moved by `offset`, built in one loop (models.built_each)."""
    # every field of a Unit is set when it is made (_unit, _unmark): built_each keeps them all, as model_copy would
    rows = []
    for u in units:
        fields = u.__dict__.copy()
        span = fields["span"]
        fields["span"] = (span[0] + offset, span[1] + offset)
        rows.append(fields)
    return built_each(Unit, rows)


class _LabelledUnits:
    """What each label of a note names, gathered by role before they are weighed against each other. A plain slotted
    class: the dataclass's generated __init__ (five default factories) cost about 6 K instructions a labelled note."""
    __slots__ = ("lead", "support", "duty", "shared", "members")

    def __init__(self) -> None:
        self.lead: list[Unit] = []
        self.support: list[Unit] = []
        self.duty: list[Unit] = []
        self.shared: list[Unit] = []  # 责任单位：A、B按职责分工负责 / A、B分别牵头: sharing, none leading
        self.members: list[Unit] = []  # 成员单位：B、C beside 牵头单位：A


def _labelled_note(text: str, start: int, labels: list, body_len: int, raw: str, span: tuple[int, int]) -> Responsibility | None:
    """牵头单位：A；配合单位：B / 责任单位：A（牵头），B / 牵头考核单位：A."""
    named = _units_by_label(text, start, labels, body_len)
    return None if named is None else _weighed_roles(named, raw, span)


def _units_by_label(text: str, start: int, labels: list, body_len: int) -> _LabelledUnits | None:
    """The units each label's segment names, filed by the label's role; None when a segment names none."""
    named = _LabelledUnits()
    body = text[start:start + body_len]
    persons = "领导" in body or "责任人" in body or "联系人" in body  # (the cues of PERSON_AFTER_UNITS, once a note)
    for i, m in enumerate(labels):
        timed, role, bare, main = m.group("time", "role", "bare", "main")  # one call for the four groups
        if timed:
            continue  # 完成时限：2023年底前 — read by the deadline pass
        seg_end = labels[i + 1].start() if i + 1 < len(labels) else body_len
        if persons:
            seg_end = _before_person(text, start + m.end(), start + seg_end) - start
        role = role or bare or _g.DUTY_ROLES[0]  # 部门分工： reads as 责任单位：
        if not _file_segment(named, text, start + m.end(), start + seg_end, role, main):
            return None
    return named


def _before_person(text: str, a: int, b: int) -> int:
    """Where a label's segment text[a:b] ends when a person answering for the task follows its units (…市发改委，责任领导：
    副市长张三；…): before the comma that parts them; `b` otherwise. Asked only of notes holding a cue of the form."""
    m = _g.PERSON_AFTER_UNITS.search(text, a, b)
    return m.start() if m is not None and m.start() > a else b


def _file_segment(named: _LabelledUnits, text: str, a: int, b: int, role: str, main: str | None) -> bool:
    """Files the units text[a:b] (one label's segment) names in named by the label's role; False when it names none."""
    if role in _g.DUTY_ROLES and text.find("会同", a, b) >= 0 \
            and (convened := _convened_list(text, a, b)) is not None:  # cue before the call
        named.lead.extend(convened[0])  # 责任单位：A、B会同C，D — A and B lead, the rest support (uz_10)
        named.support.extend(convened[1])
        return True
    if text.find("为", a, b) >= 0 and _file_role_tail(named, text, a, b, role):
        return True  # 牵头指导处室：A，B、C为实施单位 — the clause names its units' role
    units = _units_of(text, a, b, lenient=True)
    if main and role in _g.DUTY_ROLES:
        role = _g.LEAD_ROLES[0]  # 主要责任单位：A；协同单位：B — the main unit leads
    if units is None:
        return _file_unlisted(named, text, a, b, role)
    _file_by_role(named, role, units)
    return True


def _file_role_tail(named: _LabelledUnits, text: str, a: int, b: int, role: str) -> bool:
    """牵头指导处室：A，B、C为实施单位，下同 (wd_09): a segment whose last clause says its units' role — the units before
    it filed by the label's role, the clause's by its own (carrying beside a lead: they support it); False unless both
    parts list units."""
    m = _g.SEGMENT_ROLE_TAIL.match(text, a, b)
    if m is None:
        return False
    head = _units_of(text, m.start("head"), m.end("head"), lenient=True)
    units = _units_of(text, m.start("units"), m.end("units"), lenient=True) if head else None
    if not units:
        return False
    _file_by_role(named, role, head)
    clause = m.group("role")
    if clause in _g.LEAD_ROLES:
        named.lead.extend(units)
    elif clause in _g.CARRY_ROLES and role not in _g.LEAD_ROLES:
        named.duty.extend(units)
    else:
        named.support.extend(units)
    return True


def _file_unlisted(named: _LabelledUnits, text: str, a: int, b: int, role: str) -> bool:
    """A segment that is no plain list of units: a verb note, each unit leading, or units sharing a duty by their
    duties, filed in named; False when it is none of these."""
    if role in _g.DUTY_ROLES:  # 责任单位：A牵头，B配合 — a verb note under a duty label
        verb = _verb_note(text, a, b)
        if verb is not None:
            named.lead.extend(verb[0])
            named.support.extend(verb[1])
            return True
        each = _each_leads(text, a, b) or _shared_duty(text, a, b)
        if each:
            named.shared.extend(each)
            return True
    if role in _g.LEAD_ROLES:  # 牵头部门：A、B按职责分工负责: the leads share it by their duties
        shared = _shared_duty(text, a, b)
        if shared:
            named.shared.extend(shared)
            return True
    return False


def _file_by_role(named: _LabelledUnits, role: str, units: list[Unit]) -> None:
    """units filed in named under the role their label gives."""
    if role in _g.LEAD_ROLES:
        named.lead.extend(units)
    elif role in _g.SUPPORT_ROLES:
        named.support.extend(units)
    elif role in _g.MEMBER_ROLES:
        named.members.extend(units)
    else:
        named.duty.extend(units)


def _weighed_roles(named: _LabelledUnits, raw: str, span: tuple[int, int]) -> Responsibility | None:
    """Who leads, who supports: the roles the labels gave, weighed against each other."""
    lead, support, shared = named.lead, named.support, named.shared
    if named.members and not (lead or named.duty or shared):
        return None if not support else _responsibility([], _dedupe(support), "lead_support", raw, span)
    support = support + named.members  # 牵头单位：A；成员单位：B、C — the members support the lead
    # every unit's name stands in the note's text (raw): no 牵头 there, no unit marked as lead (most notes, spared the
    # walk over the names)
    marked, duty = _marked_leads(named.duty) if "牵头" in raw else ([], named.duty)
    lead = lead + marked  # 责任单位：A（牵头），B
    if shared and not lead and not duty:
        units = _dedupe(shared)
        return _responsibility(units, _dedupe(support, units), "joint", raw, span)
    duty = shared + duty
    if not lead and duty and support:  # 责任单位：A；配合单位：B — the responsible units lead those who support them
        lead, duty = duty, []
    if lead or (support and not duty):  # 配合部门：B alone (a line under 牵头部门：A) supports: merged with A's note
        return _responsibility(_dedupe(lead), _dedupe(support + duty, lead), "lead_support", raw, span)
    units = _dedupe(duty + support)
    if not units:
        return None
    return _responsibility(units, [], "all" if _all_collective(units) else "listed", raw, span)


def _marked_leads(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """A（牵头）、B: the units marked as lead (their mark taken off), and the others."""
    marked = [u for u in units if "牵头" in u.name and _g.LEAD_MARK.search(u.name)]  # the substring test spares most names the pattern
    if not marked:
        return [], list(units)  # most lists: the others are all of them (no walk comparing each with none)
    return [_unmark(u) for u in marked], [u for u in units if u not in marked]


def _unmark(u: Unit) -> Unit:
    """市教育局（牵头） -> 市教育局."""
    name = u.name[: _g.LEAD_MARK.search(u.name).start()].rstrip()
    return _renamed(name, u.span[0])


def _starred(text: str, u: Unit) -> bool:
    """★区发改委, *区发改局, 区政府办公室*: a unit a star marks as lead (grammar.LEAD_STAR), the star in its name or
    just outside it (a piece read without its star, tasks._piece_by_piece). The ends are tested first, as almost no
    name carries a star."""
    name, (s, e) = u.name, u.span
    if name and (name[0] in _g.LEAD_STARS or name[-1] in _g.LEAD_STARS):
        return bool(_g.LEAD_STAR.search(name))
    return (s > 0 and text[s - 1] in _g.LEAD_STARS) or (e < len(text) and text[e] in _g.LEAD_STARS)


def _unstar(u: Unit) -> Unit:
    """★区发改委 -> 区发改委 (canonical 区发展改革局); 区政府办公室* -> 区政府办公室; a unit read without its star
    stays as it is."""
    mark = _g.LEAD_STAR.search(u.name)
    if mark is None:
        return u
    if mark.start() == 0:
        return _renamed(u.name[mark.end():], u.span[0] + mark.end())
    return _renamed(u.name[: mark.start()], u.span[0])


def _renamed(name: str, start: int) -> Unit:
    """The unit `name`, a part of a unit's text standing at `start`, looked up afresh."""
    info = _lex.lookup(name)
    return Unit(name=name, canonical=info.canonical, span=(start, start + len(name)), level=info.level,
                kind=info.kind, in_lexicon=info.in_lexicon)


def _all_collective(units: list[Unit]) -> bool:
    """（各成员单位）, （相关部门及各地区）: every unit named is a collective, so the task is everyone's.

    Beside a collective of departments, a tier of governments the lexicon reads as a collective (各乡镇, 各区, 各县 …)
    is one more group: （县直有关部门、各乡镇场负责） names the county's departments and every township, farm included.
    A tier named alone (（各县（市、区）人民政府）) stays a list of the governments that carry the task, and so does a tier
    beside the members of one named body (rd_03: 省推进工业互联网创新发展专项工作组成员单位、各市人民政府).
    """
    groups = []  # (is a collective, key) of each unit
    for u in units:
        # 各有关部门、单位 (a group widened by _group_extended) is the collective its first name is
        key = _lex._key(u.name)
        group = _is_collective(key.partition("、")[0] if "、" in key else key)
        if not group and u.kind != "collective":
            return False  # a unit that is neither: not every unit is a collective, nor each a collective or a tier
        groups.append((group, key))
    if all(group for group, _key in groups):
        return True
    # a tier (read as a collective by the lexicon) beside a collective of departments, not only a body's members
    return any(group and not key.endswith("成员单位") for group, key in groups)


def _is_collective(key: str) -> bool:
    # every _COLLECTIVE match ends in one of these words: the suffix test spares most names the pattern; 各地 (every
    # place) is the one collective without them
    return key == "各地" or (key.endswith(_COLLECTIVE_ENDS) and _COLLECTIVE.search(key) is not None)


def _units_of(text: str, start: int, end: int, *, anchored: bool = False, lenient: bool = False,
              short: bool = False) -> list[Unit] | None:
    """The units listed in text[start:end]; None when some piece is not a unit.

    `anchored`: every piece must be a lexicon unit or carry a level word (bare lists in brackets).
    `lenient`: after a label (责任单位：), structural units need no anchor.
    `short`: after a first unit with its level word, departments named short (_named_short) count as units.
    """
    span = text[start:end]
    if _PLAIN_LIST_BREAK.search(span) is None:
        units = _plain_known_units(start, span)
        if units is not None:
            return units or None  # no piece at all: None, as below
        pieces = _plain_pieces(start, span)
    else:
        pieces = _broken_pieces(text, start, end, span)
    if not pieces:
        return None
    return _units_of_pieces(text, pieces, anchored, lenient, short)


def _units_of_pieces(text: str, pieces: list[_Piece], anchored: bool, lenient: bool, short: bool) -> list[Unit] | None:
    """The units the pieces of a list name (the flags as in _units_of); None when some piece is not a unit."""
    units: list[Unit] = []
    by_place = False  # a county named by its place alone (南浔区) stands only beside a unit that says what it is
    for i, p in enumerate(pieces):
        if (known := _known_unit_fields(p.name)) is not None:  # most pieces (市科协): the lexicon's unit, whatever the flags
            fields = known.copy()
            fields["span"] = (p.start, p.end)
            units.append(built(Unit, fields))
            continue
        if i and units and units[-1].span[1] == pieces[i - 1].end:
            p = _rest_after_group(text, units, pieces[i - 1], p)
            if p is None:
                continue
        read, alone_by_place = _unknown_piece_read(text, pieces, i, p, units, lenient, short)
        by_place = by_place or alone_by_place
        if isinstance(read, Unit):
            units.append(read)
            continue
        if read is None or not _add_split_units(text, units, read, anchored, short):
            return None
    # after a label (牵头单位：九亭镇) the place stands for its government alone; a bare list needs a unit that says so
    if by_place and not lenient and not any(
            u.in_lexicon or _lex.is_anchored_unit(u.name) for u in units if not _county_by_place(u.name)):
        return None
    return units


def _unknown_piece_read(text: str, pieces: list[_Piece], i: int, p: _Piece, units: list[Unit], lenient: bool,
                        short: bool) -> tuple[Unit | list[_Piece] | None, bool]:
    """A piece the lexicon does not name: the unit it shares a body with a later piece as, or the pieces it splits
    into (None: no unit), and whether it is a county named by its place alone (it needs a unit beside it that says
    what it is)."""
    # a place with its level word that a later piece names with its body (浦东新区、…、嘉定区政府, wa_06) is that body's,
    # read before a label lets the place stand for its government alone (牵头单位：九亭镇); a bare word (团委) is
    # read as a label reads it first
    place_named = p.name[-1] in "区县市"
    shared = _shared_suffix(pieces, i) if place_named else None
    if shared is not None:
        return shared, False
    split = _split_piece(text, p, lenient, last=i == len(pieces) - 1)
    # (a place-named piece was asked above already: no second walk of the pieces after it)
    if split is None and not place_named and (shared := _shared_suffix(pieces, i)) is not None:
        return shared, False
    if split is None:
        return _standing_alone(units, p, short)
    return split, False


def _rest_after_group(text: str, units: list[Unit], before: _Piece, p: _Piece) -> _Piece | None:
    """The piece `p` right after the piece `before` that gave the last unit: a bare body word that goes on naming
    that group widens it (市直有关部门、单位: one group, not 单位 alone; None, nothing left to read); so does one that
    runs on into a conjunction and the next unit (各有关部门、单位和地方各级人民政府), whose rest is returned to be read
    as a piece of its own; any other piece is returned as it is."""
    if _continues_group(text, before, p):
        units[-1] = _group_extended(text, units[-1], p)
        return None
    if parts := _group_then_next(text, before, p):
        units[-1] = _group_extended(text, units[-1], parts[0])
        return parts[1]
    return p


def _group_extended(text: str, group: Unit, p: _Piece) -> Unit:
    """市直有关部门、单位: the group unit read before, widened over the piece that goes on naming it."""
    whole = _Piece(text[group.span[0]:p.end], group.span[0], p.end)
    return _unit(text, whole, group.canonical + "、" + p.name)


def _standing_alone(units: list[Unit], p: _Piece, short: bool) -> tuple[list[_Piece] | None, bool]:
    """A piece that is a unit of its own though it says not what it is: a department named short (after a first
    unit with its level word), or a county named by its place (the bool: it needs a unit beside it that does)."""
    if (short and _named_short(units, p.name)) or _level_word_shared(units, p.name):
        return [p], False
    if _county_by_place(p.name):
        return [p], True
    return None, False


def _split_piece(text: str, p: _Piece, lenient: bool, last: bool) -> list[_Piece] | None:
    """A piece no lexicon names, read as units: a spaced list (after a label), units joined by 和 / 及, or a
    labelled piece; None when it reads as none of them."""
    split = _spaced_units(text, p) if lenient and _has_space(p.name) else None
    split = split or _split_conj(text, p)
    if split is None and lenient:
        split = _labelled_piece(p, last=last)
    return split


def _add_split_units(text: str, units: list[Unit], split: list[_Piece], anchored: bool, short: bool) -> bool:
    """Add the units a piece splits into to `units`; False when one must carry an anchor and does not."""
    for q in split:
        if q.name.startswith("其") and units:  # 领导小组及其办公室: the office of the unit before
            units.append(_unit(text, q, units[-1].name + q.name[1:]))
            continue
        if anchored and not _lex.is_anchored_unit(q.name) and not (short and _named_short(units, q.name)):
            return False
        units.append(_unit(text, q))
    return True


# words that end as a county named by its place does (grammar COUNTY_BY_PLACE) but name a kind of area, no government
_AREA_WORDS = frozenset(("城区", "市区", "辖区", "社区", "景区", "山区", "园区", "新区", "老区", "片区", "街区", "矿区", "林区",
                         "牧区", "郊区", "灾区", "库区", "湖区", "营区", "校区", "厂区", "院区", "城郊区", "主城区", "开发区",
                         "保护区", "示范区", "试验区", "实验区", "功能区", "风景区", "高新区", "工业区", "经济区", "各区",
                         "全区", "本区", "该区", "各县", "全县", "本县", "该县", "郡县", "市县", "区县", "省县", "州县",
                         "城镇", "乡镇", "集镇", "小城镇", "重点镇", "特色镇", "中心镇", "各镇", "全镇", "本镇", "该镇", "各乡镇"))


def _county_by_place(name: str) -> bool:
    return _g.COUNTY_BY_PLACE.fullmatch(name) is not None and name not in _AREA_WORDS and not name.endswith(
        ("城区", "市区", "社区", "园区", "新区", "景区", "片区", "开发区", "保护区", "示范区", "试验区", "功能区"))


def _named_short(units: list[Unit], name: str) -> bool:
    """市建委、交委、经贸委、科技局…负责… (tv_05): in an entry's subject list, after a first unit that carries its level
    word, a department named without one (交委, 科技局) is of the same level, named short as the list goes on. (Bracketed
    notes keep their anchored reading: widened to them, the rule moved a set-aside document's units.)"""
    if not units or not _lex.is_anchored_unit(units[0].name):
        return False
    return _g.DEPARTMENT_HEAD.fullmatch(name) is not None and not _NOT_A_HEAD.search(name)


@lru_cache(maxsize=65536)  # keyed by names read from documents; pure in the name
def _known_unit_fields(name: str) -> dict[str, Any] | None:
    """The fields of the Unit the piece `name` is when _units_of reads it as that one unit whatever its flags and
    neighbours, its span left None: a lexicon name (whole, anchored) that holds no blank (a spaced list, split when
    lenient), is no bare 单位 (which may extend the group before it) and does not open with 其 (the office of the unit
    before); None otherwise.

    Shared by every call: a caller takes a copy and never changes this one. A copy of the six slots is
    made in C at once, where a dict display inserted the six keys one by one (some 1.2 K instructions a unit)."""
    info = _lex.lookup(name)
    if not info.in_lexicon or name in _BARE_BODY or _has_space(name) or name.startswith("其"):
        return None
    return {"name": name, "canonical": info.canonical, "span": None, "level": info.level, "kind": info.kind,
            "in_lexicon": True}


# After a label (责任单位：) the list is known to name units, so names no suffix vouches for are read too: a collective
# of places or bodies (各区, 相关区, 有关区县, 相关企业) and a district named alone (浦东新区, 闵行区).
_LABELLED_NAME = re.compile(r"^(?:(?:各|有关|相关)\p{Han}{1,4}|\p{Han}{2,4}?(?:新区|区|县|旗))$")
# A time clause closing a labelled list (牵头部门：A、B，2025年底前完成): not a unit, read by the deadline pass.
_TIME_CLAUSE = re.compile(r"\d|[年月]底|年内|前完成|底前|持续推进|长期坚持|持续实施")


def _has_space(name: str) -> bool:
    return " " in name or "\t" in name or "\u3000" in name  # [ \t\u3000] by three `in` tests: cheaper on a short name
_NOT_SPACES = re.compile(r"[^ \t\u3000]+")


def _masked_place_unit(name: str) -> bool:
    """**镇各社区, XX县教育局, **镇: a masked place and level word before nothing or a name read as a unit."""
    m = _g.MASKED_PLACE.match(_lex._key(name))
    if m is None:
        return False
    rest = m.group("rest")
    return not rest or _lex.is_unit(rest) or _LABELLED_NAME.match(rest) is not None


def _labelled_piece(p: _Piece, *, last: bool) -> list[_Piece] | None:
    """A piece of a labelled list that is no unit by suffix: a labelled-only name, a lexicon unit named without its
    level word, or a closing time clause (dropped)."""
    if _LABELLED_NAME.match(_lex._key(p.name)) or _masked_place_unit(p.name) or _level_word_dropped(p.name):
        return [p]
    if last and _TIME_CLAUSE.search(p.name):
        return []
    return None


@lru_cache(maxsize=4096)  # keyed by short pieces of labelled lists; pure in the name
def _level_word_dropped(name: str) -> bool:
    """残联 / 妇联 / 团委 after 各市、县人社局、民政局 (uv_06: 责任单位：…；各市、县人社局、民政局、残联): a body the lexicon
    knows with its level word (县残联, 团市委), named without it as a labelled list goes on. Names of two to four
    characters only: a longer piece is a unit by its suffix or none."""
    if not 2 <= len(name) <= 4 or not name.isalpha() or name.endswith("政府"):
        return False  # (a bare 政府 says not whose: 市政府 is the lexicon's, 政府 alone no body)
    if name.startswith("团") and name.endswith("委"):  # 团委: the level word stands inside (团省委, 团市委, 团县委)
        return any(_lex.lookup("团" + level + name[1:]).in_lexicon for level in "省市县")
    return any(_lex.lookup(level + name).in_lexicon for level in "省市县区")


def _level_word_shared(units: list[Unit], name: str) -> bool:
    """农委 in （国家统计局镇江调查队，市统计局、物价局、农委、商务局负责） (vx_02): a body of two to four characters the
    lexicon knows only with its level word (市农委), named without it after a unit of the same list that carries that
    word (市统计局): the list names it short as it goes on. Narrower than _named_short: the lexicon must know the body at
    the level a unit before it in the list states. A bare list (（市公安局、残联）) keeps its anchored reading: the piece
    is read here, but _add_split_units still asks an anchor of it there."""
    if not units or not _level_word_dropped(name):  # most pieces: no lexicon body with any level word
        return False
    return any(u.name[:1] in _LEVEL_WORDS and _lex.lookup(u.name[0] + name).in_lexicon for u in units)


_LEVEL_WORDS = frozenset("省市县区")


# 济南、青岛、烟台市政府: places listed bare before the one that carries the level word and the body (济南市政府, …);
# 银川市、石嘴山市、吴忠市人民政府: the places with their level word, the body said once at the end.
_BARE_PLACE = re.compile(r"^(?:\p{Han}{2,3}|\p{Han}{2,4}[市县区])$")
_PLACE_THEN_BODY = re.compile(r"^\p{Han}{2,3}?(?=[省市县区])")
# 人民大垸、荒湖管理区: zones listed bare before the one that carries the zone word (grammar.ZONE_BODY) once
_BARE_ZONE_NAME = re.compile(r"^\p{Han}{2,4}$")
_ZONE_THEN_BODY = re.compile(r"^\p{Han}{2,4}?(?=" + _g.ZONE_BODY + r"$)")


def _shared_suffix(pieces: list[_Piece], i: int) -> Unit | None:
    """pieces[i], a bare place name, as the unit named by the first later piece that is a place + body (None if none)."""
    if (zone := _shared_zone(pieces, i)) is not None:
        return zone
    if not _BARE_PLACE.match(pieces[i].name) or _lex.is_unit(pieces[i].name):
        return None
    for q in pieces[i + 1:]:
        if _BARE_PLACE.match(q.name) and not _lex.is_unit(q.name):
            continue  # 济南、青岛、烟台市政府: 青岛 waits for the same body
        m = _PLACE_THEN_BODY.match(q.name)
        body = q.name[m.end():] if m else ""
        if not m or len(body) < 2 or not _lex.is_unit(body):
            return None
        p = pieces[i]
        place = p.name[:-1] if p.name[-1] == body[0] else p.name  # 银川市 + 市人民政府: the level word said once
        info = _lex.lookup(place + body)
        return built(Unit, dict(name=p.name, canonical=info.canonical, span=(p.start, p.end), level=info.level, kind=info.kind,
                                in_lexicon=info.in_lexicon))
    return None


def _shared_zone(pieces: list[_Piece], i: int) -> Unit | None:
    """人民大垸、荒湖管理区: pieces[i], a bare name, as the zone the next piece names with its zone word (None if not)."""
    if i + 1 >= len(pieces) or not _BARE_ZONE_NAME.match(pieces[i].name) or _lex.is_unit(pieces[i].name):
        return None
    m = _ZONE_THEN_BODY.match(pieces[i + 1].name)
    if m is None:
        return None
    p = pieces[i]
    info = _lex.lookup(p.name + pieces[i + 1].name[m.end():])
    return built(Unit, dict(name=p.name, canonical=info.canonical, span=(p.start, p.end), level=info.level, kind=info.kind,
                            in_lexicon=info.in_lexicon))


def _spaced_units(text: str, p: _Piece) -> list[_Piece] | None:
    """市发展改革委 市经济信息化委: a labelled list whose 、 were lost to spaces, when every part is a unit."""
    parts = [_Piece(m.group(), m.start(), m.end()) for m in _NOT_SPACES.finditer(text, p.start, p.end)]
    if len(parts) > 1 and all(_lex.is_unit(q.name) or _LABELLED_NAME.match(q.name) for q in parts):
        return parts
    return None


# What a list holds when one of its pieces has a trail to cut (等, 等…及) or declares a short name (简称, 下称).
_PIECE_CUES = ("等", "及", "简称", "下称")


def _piece_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each match of _PIECE in text[start:end]: by str.split where no bracket or 各 stands (the same
    runs between separators, empty ones left out), by the pattern elsewhere."""
    span = text[start:end]
    if _PIECE_NOT_SPLIT.search(span):
        return [m.span() for m in _PIECE.finditer(text, start, end, False, HOLD_GIL)]
    if _PIECE_OTHER_SEPARATOR.search(span):
        return [m.span() for m in _PIECE_RUN.finditer(text, start, end)]
    out, pos = [], start
    for part in span.split("、"):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


# What sends a list past its plain reading: a bracket or 各 (the pattern's cut, see _piece_bounds), a cue character of
# _PIECE_CUES (等, 及, the 称 of 简称 / 下称), or what _trim strips (blanks, a leading 由 / 以及). One class test of the
# whole list instead of four substring tests, two searches and a _trim call per piece.
_PLAIN_LIST_BREAK = stdre.compile(r"[各（）()〔〕等及称由以\s]")
_PLAIN_LIST_SPLIT = stdre.compile(f"[{_PIECE_SEPARATORS}]")


def _plain_parts(span: str) -> list[str]:
    """_PLAIN_LIST_SPLIT.split(span): by str.split where 、 is the only separator the list holds (most lists), which
    seven `in` tests tell for less than the pattern's split costs."""
    if "，" in span or "," in span or "；" in span or ";" in span or "。" in span or "／" in span or "/" in span:
        return _PLAIN_LIST_SPLIT.split(span)
    return span.split("、")


def _plain_pieces(start: int, span: str) -> list[_Piece]:
    """The pieces of `span` (standing at `start`), a list holding no _PLAIN_LIST_BREAK character: each run between
    separators (most lists: 市科协、市教育局), empty ones left out, is a name as it stands."""
    out, pos = [], start
    for part in _plain_parts(span):
        if part:
            out.append(_Piece(part, pos, pos + len(part)))
        pos += len(part) + 1  # every separator is one character
    return out


def _plain_known_units(start: int, span: str) -> list[Unit] | None:
    """The units of a plain list (see _plain_pieces) when every piece is a name _known_unit_fields reads whatever its flags
    and neighbours, built as _units_of builds them; None when some piece is not. The common labelled list
    (市科协、市教育局) so skips a _Piece per name and the general loop's tests; the Units are built once every piece
    is known (none for a list that falls to the general loop), in one loop (models.built_each)."""
    rows, pos = [], start
    for part in _plain_parts(span):
        if part:
            known = _known_unit_fields(part)
            if known is None:
                return None
            end = pos + len(part)
            fields = known.copy()  # the shared fields, never changed: a copy holding this piece's span
            fields["span"] = (pos, end)
            rows.append(fields)
            pos = end + 1  # every separator is one character
        else:
            pos += 1
    return built_each(Unit, rows)


def _listed_pieces(text: str, start: int, end: int) -> list[_Piece]:
    """The pieces of a list, each without a closing 等 / 等相关部门 (市财政局等相关部门，各区政府)."""
    span = text[start:end]
    if _PLAIN_LIST_BREAK.search(span) is None:
        return _plain_pieces(start, span)
    return _broken_pieces(text, start, end, span)


def _broken_pieces(text: str, start: int, end: int, span: str) -> list[_Piece]:
    """_listed_pieces of a list `span` = text[start:end] that _PLAIN_LIST_BREAK breaks (a bracket, 各, 等, a blank …)."""
    if not any(cue in span for cue in _PIECE_CUES):
        # most lists (市科协、市教育局、…): the pieces trimmed, nothing to cut; a test of the whole list, not three
        # calls per piece that each find nothing
        return [p for s, e in _piece_bounds(text, start, end)
                if (p := _trim(text, s, _before_other_name(text, s, e))) is not None]
    pieces: list[_Piece] = []
    for ms, me in _piece_bounds(text, start, end):
        for s, e in _without_inner_trails(text, ms, me):
            p = _trim(text, s, _before_other_name(text, s, _before_declaration(text, s, e)))
            if p is not None:
                pieces.append(p)
    out = []
    for i, p in enumerate(pieces):
        # every _TRAIL match holds 等 or 及: the substring tests spare most pieces the end-anchored pattern
        t = _TRAIL.search(text, p.start, p.end, HOLD_GIL) if "等" in p.name or "及" in p.name else None
        if t and t.start() > p.start:
            p = _trim(text, p.start, t.start())
        elif t and p.name.startswith("等") and i == len(pieces) - 1:
            p = None  # a last piece that is only 等 / 等部门; one that is only 有关部门 stays (相关部门及各地区)
        if p is not None and ("有关" in p.name or "相关" in p.name):
            p = _without_own_offices(p)
        if p is not None:
            out.append(p)
    return out


# 社保中心、人事考试中心有关部等单位 (vf_02): the offices of a body the list names (its 有关部门 / 有关处室, 有关部 with its 门
# lost) are that body's part of the task — the unit is the body. Only after a body's own name (…中心 / 局 / 厅 / 院 / 所 /
# 站, three characters at least): 省政府有关部门, 市直有关部门 and 各有关部门 stay collectives.
_OWN_OFFICES = re.compile(r"^(?P<body>\p{Han}{3,}?(?:中心|局|厅|院|所|站))(?:有关|相关)(?:部门?|处室|科室)$")


def _without_own_offices(p: _Piece) -> _Piece:
    """The piece without the 有关部门 of the body it names (人事考试中心有关部 -> 人事考试中心); `p` otherwise."""
    m = _OWN_OFFICES.match(p.name)
    if m is None or p.name.startswith(("各", "有关", "相关")):
        return p
    return _Piece(m.group("body"), p.start, p.start + m.end("body"))


def _before_declaration(text: str, start: int, end: int) -> int:
    """Where a piece's name ends when it declares its short name (区住房和城乡建设局（以下简称区住建局）牵头): before the
    bracket, which names no unit of its own; `end` when it declares none."""
    cue = _ABBREVIATION_CUE.search(text, start, end) if "简称" in text[start:end] or "下称" in text[start:end] else None
    return cue.start() if cue and cue.start() > start and text[end - 1] in "）)" else end


def _before_other_name(text: str, start: int, end: int) -> int:
    """Where a piece's name ends when a bracket closing it gives the same body's other name (省数据局(省营商局), tr_02:
    two names of one office, the first the one the list goes by): before the bracket; `end` otherwise."""
    if end - start < 6 or text[end - 1] not in "）)":
        return end
    opened = max(text.rfind("（", start, end), text.rfind("(", start, end))
    if opened <= start or not _lex.is_anchored_unit(text[opened + 1:end - 1]):
        return end
    return opened if _lex.is_anchored_unit(text[start:opened]) else end


# 市直有关部门、单位: a bare 单位 / 机构 after a collective of departments names more bodies of the same group, not a unit.
_BARE_BODY = frozenset({"单位", "机构", "企业", "部门"})
_GROUP_END = re.compile(r"(?:有关|相关|各)(?:部门|单位)$")


def _continues_group(text: str, before: _Piece, p: _Piece) -> bool:
    """Does `p` (单位) only extend the collective group `before` (市直有关部门) it follows after a 、?"""
    return p.name in _BARE_BODY and text[before.end:p.start] == "、" and bool(_GROUP_END.search(before.name))


# 各有关部门、单位和地方各级人民政府 (ui_07): a bare body word after the group, then a conjunction opening the next unit
_BARE_BODY_THEN = re.compile(r"^(?P<body>单位|机构|企业|部门)(?:以及|和|及)(?=\p{Han}{2})")


def _group_then_next(text: str, before: _Piece, p: _Piece) -> tuple[_Piece, _Piece] | None:
    """各有关部门、单位和地方各级人民政府: the piece `p` (单位和地方各级人民政府) opens with a bare body word that goes on
    naming the group `before` (as _continues_group reads 市直有关部门、单位), then a conjunction and the next unit: the
    bare word and the unit after the conjunction (None when the piece is not so written)."""
    if p.name[:2] not in _BARE_BODY or text[before.end:p.start] != "、" or not _GROUP_END.search(before.name):
        return None
    m = _BARE_BODY_THEN.match(p.name)
    if m is None:
        return None
    body_end = p.start + m.end("body")
    return _Piece(m.group("body"), p.start, body_end), _Piece(p.name[m.end():], p.start + m.end(), p.end)


def _without_inner_trails(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """国家卫生健康委等相关部门及各地区 -> 国家卫生健康委 | 及各地区 (the 及 is dropped by the conjunction split)."""
    if text.find("等", start, end) < 0:  # most pieces: no 等 to cut at, no pattern to run
        return [(start, end)]
    out, pos = [], start
    for m in _INNER_TRAIL.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end() + (text.startswith("和", m.end()))  # 和 opening the next list is no part of its first name
    out.append((pos, end))
    return out


_LEAD_CONJ = re.compile(r"以及|及")


def _trim(text: str, start: int, end: int) -> _Piece | None:
    seg = text[start:end]
    if seg and not seg[0].isspace() and not seg[-1].isspace() and seg[0] not in "由以及":
        return _Piece(seg, start, end)  # most pieces (市科协): nothing to strip or cut, the slice is the name
    left = len(seg) - len(seg.lstrip())
    right = len(seg.rstrip())
    if right <= left:
        return None
    s, e = start + left, start + right
    # a leading 由, or the 及 / 以及 left by an inner 等…及
    if text.startswith("由", s) and e - s > 3:
        s += 1
    lead_conj = _LEAD_CONJ.match(text, s, e, HOLD_GIL) if text[s] in "以及" else None  # a unit seldom starts so: skip the call
    if lead_conj and e - lead_conj.end() >= 2 and _lex.is_unit(text[lead_conj.end():e]):
        s = lead_conj.end()
    return _Piece(text[s:e], s, e)


# 参与单位：相关部门与地方 / 相关部门和地方 (ui_02): 地方, the local governments, as the last of a list after 和 / 与 — a
# collective only there (alone, 地方 is a word of the sentence)
_LOCAL_GOVERNMENTS = frozenset({"地方"})


# 各地各部门, 各地区各有关单位: two collectives written without a separator
_TWO_COLLECTIVES = re.compile(r"^(?P<a>各地区?|各级政府)(?=各)")


# 省属高等学校和科研院所主管部门 (vc_11): the departments in charge of both kinds of institution — a 主管部门 after a list of
# institutions (schools, institutes, firms) that name no body of their own is shared by them, one unit
_SHARED_HEADS = ("主管部门", "主管单位")
_INSTITUTIONS_BEFORE = re.compile(r"(?:学校|高校|院校|院所|企业|医院|机构)$")


def _shared_head(p: _Piece) -> bool:
    """Is the piece institutions joined by a conjunction before one 主管部门 they share?"""
    if not p.name.endswith(_SHARED_HEADS):
        return False
    m = _CONJ.search(p.name)
    return m is not None and _INSTITUTIONS_BEFORE.search(p.name, 0, m.start()) is not None


def _split_conj(text: str, p: _Piece) -> list[_Piece] | None:
    """A piece as one unit, or split at 和 / 及 / 与 when both sides are units (县文化和旅游局 stays whole)."""
    if _lex.lookup(p.name).in_lexicon:
        return [p]
    if _shared_head(p):
        return [p]
    two = _TWO_COLLECTIVES.match(p.name) if p.name.startswith("各") else None
    if two and _is_collective(_lex._key(p.name[two.end():])):
        return [_Piece(p.name[:two.end()], p.start, p.start + two.end()), _Piece(p.name[two.end():], p.start + two.end(), p.end)]
    if (pair := _unit_then_collective(p)) is not None:
        return pair
    for m in _CONJ.finditer(p.name):
        left = _trim(text, p.start, p.start + m.start())
        right = _trim(text, p.start + m.end(), p.end)
        if left is None or right is None:
            continue
        if _lex.is_unit(left.name) and _whole_before_conj(left.name):
            if right.name in _LOCAL_GOVERNMENTS:
                return [left, right]
            rest = _split_conj(text, right)
            if rest is not None:
                return [left, *rest]
    if not _lex.is_unit(p.name):
        return None
    return _glued_listed_names(text, p) or [p]


def _glued_listed_names(text: str, p: _Piece) -> list[_Piece] | None:
    """ua_01: 责任单位:…、宣传部、政法委社会发展局、公安局 where other notes list 政法委、社会发展局: two names the page
    glued (the 、 between them lost) are two units when the document lists the same two side by side elsewhere
    (交通运输部运输服务司, a body and its department, is never so listed). Names the lexicon does not know only (a
    known name returned before); both sides three characters at least, the first ending as a unit's name ends."""
    name = p.name
    for k in range(3, len(name) - 2):
        if name[k - 1] not in _g.UNIT_NAME_LAST:
            continue
        left, right = name[:k], name[k:]
        # the lexicon's tests first (cached, on the name alone): the listed-elsewhere test scans the whole text, once
        # per note and cut, which on a one-line body of many notes is quadratic unless few cuts get that far
        if _lex.is_unit(left) and _lex.is_unit(right) and _listed_side_by_side(text, left, right):
            return [_Piece(left, p.start, p.start + k), _Piece(right, p.start + k, p.end)]
    return None


# the answers of _listed_side_by_side for the last text asked: (text, {(left, right): answer}). Each note of a
# document may hold the same glued name (（责任单位：县政法委社会发展局…） on every task), and each answer scans the whole
# text: without the memo a one-line body of many such notes costs the square of its length. Swapped whole (a new
# tuple per text), so a thread reading another text's memo never reads answers of the wrong text.
_SIDE_BY_SIDE: tuple[str | None, dict[tuple[str, str], bool]] = (None, {})


def _listed_side_by_side(text: str, left: str, right: str) -> bool:
    """Does the text list `left` and `right` next to each other (政法委、社会发展局 / 政法委，社会发展局)?"""
    global _SIDE_BY_SIDE
    memo = _SIDE_BY_SIDE
    if memo[0] is not text:
        memo = _SIDE_BY_SIDE = (text, {})
    found = memo[1].get((left, right))
    if found is None:
        found = memo[1][(left, right)] = (left + "、" + right) in text or (left + "，" + right) in text
    return found


def _unit_then_collective(p: _Piece) -> list[_Piece] | None:
    """县民政局各相关乡镇街道: a lexicon unit and a collective printed with no separator are two units, the collective
    its own unit (None when the piece is not so written)."""
    at = p.name.find("各", 2)  # a known name before it: two characters at least
    if at < 0 or not _lex.lookup(p.name[:at]).in_lexicon:
        return None
    rest = p.name[at:]
    if not _g.COLLECTIVE_AFTER_UNIT.match(rest) or _lex.lookup(rest).kind != "collective":
        return None
    return [_Piece(p.name[:at], p.start, p.start + at), _Piece(rest, p.start + at, p.end)]


# The side before 和 / 及 is a name of its own when it ends as institutions end, or is a short collective (各区, 各地):
# 各市工业和信息化局 is one department of every city, not 各市工业 and 信息化局.
_ENDS_AS_UNIT = re.compile(_lex.UNIT_SUFFIX + r"(?:（[^（）]{1,12}）)?$|^(?:各|有关|相关)\p{Han}{1,2}$|(?:部门|单位|地区|机构)$")


def _whole_before_conj(name: str) -> bool:
    key = _lex._key(name)
    return _lex.lookup(key).in_lexicon or _ENDS_AS_UNIT.search(key) is not None


def _unit(text: str, p: _Piece, full: str | None = None) -> Unit:
    """The unit named by piece p (`full`: the name it stands for, when the text shortens it)."""
    info = _lex.lookup(full or p.name)
    # typed already (the lexicon's levels and kinds are checked when it loads): not validated again
    return built(Unit, {"name": p.name, "canonical": info.canonical, "span": (p.start, p.end), "level": info.level,
                        "kind": info.kind, "in_lexicon": info.in_lexicon})


def _dedupe(units: list[Unit], exclude: list[Unit] | None = None) -> list[Unit]:
    """A new list of the units, each canonical unit once (its first mention) and none that `exclude` names."""
    if not units:
        return []
    canonicals = [u.canonical for u in units]  # read once: a model's attribute is a look-up through its class first
    seen = {u.canonical for u in exclude} if exclude else set()
    if len(set(canonicals)) == len(canonicals) and (not seen or seen.isdisjoint(canonicals)):
        return list(units)  # most lists: nothing to drop, and no walk adding each to `seen` by a Python round
    out = []
    for u, canonical in zip(units, canonicals):
        if canonical not in seen:
            seen.add(canonical)
            out.append(u)
    return out


# ---------------------------------------------------------------- units across a batch


@dataclass
class UnitStat:
    """One canonical unit across a batch of documents, for growing lexicons/units.tsv."""

    canonical: str
    count: int = 0
    in_lexicon: bool = False
    level: str | None = None
    kind: str | None = None
    names: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.canonical


def collect_units(documents: Iterable[Document]) -> list[UnitStat]:
    """Every responsible unit named in `documents` (own notes, not inherited copies), most frequent first."""
    stats: dict[str, UnitStat] = {}
    for i, doc in enumerate(documents):
        label = (doc.source.path if doc.source and doc.source.path else None) or f"#{i + 1}"
        for node in doc.iter_sections():
            resp = node.responsibility
            if resp is None or resp.inherited_from:
                continue
            for unit in (*resp.lead, *resp.support):
                name = _lex._key(unit.name)
                stat = stats.get(unit.canonical)
                if stat is None:
                    stat = stats[unit.canonical] = UnitStat(unit.canonical, in_lexicon=unit.in_lexicon, level=unit.level, kind=unit.kind)
                stat.count += 1
                if name not in stat.names:
                    stat.names.append(name)
                if label not in stat.documents:
                    stat.documents.append(label)
    return sorted(stats.values(), key=lambda s: (-s.count, s.canonical))
