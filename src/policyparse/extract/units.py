"""Responsible units: who leads, who supports, canonicalised through lexicons/units.tsv.

Notes are read where notices put them: a parenthetical at the end of the node's own text
(（牵头单位：A、B，责任单位：C）, （A、B按职责分工负责）, （A牵头，B配合）, （各成员单位）, （A、B等）),
at the end of a heading line, or in the sentence (由A牵头，B配合). A heading's note applies to the
nodes under it that have none of their own (``inherited_from``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import regex as re

from policyparse.extract import lexicon as _lex
from policyparse.extract._text import SKIP_KINDS, task_nodes
from policyparse.models import Document, Responsibility, Section, Unit

MAX_NOTE = 600  # characters: longer parentheticals are not responsibility notes

_LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "主责部门", "牵头")
_SUPPORT_LABELS = ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "协作单位", "支持单位", "参与部门", "协办部门")
_DUTY_LABELS = ("责任单位", "责任部门", "实施单位", "承办单位", "负责单位")
_TIME_LABELS = ("完成时限", "完成时间", "时间节点", "时限要求", "时限")
_LABEL = re.compile(
    r"(" + "|".join(sorted((*_LEAD_LABELS, *_SUPPORT_LABELS, *_DUTY_LABELS, *_TIME_LABELS), key=len, reverse=True)) + r")\s*[:：]"
)
_JOINT_TAIL = re.compile(r"(?:按照?职责分工负责|按职能分工负责|按职责分工落实|按职责负责|分工负责|共同负责|按职责分工抓好落实|按职责落实)$")
_LEAD_SUPPORT = re.compile(
    r"^(?P<lead>.+?)(?:牵头负责|牵头)(?:\s*[，,；;]\s*(?P<sup>.+?)(?:配合落实|共同推进|参与配合|配合|参与|协助|协同|协办))?$", re.S
)
_LEAD_ONLY_RESP = re.compile(r"^(?P<lead>.+?)负责(?:\s*[，,；;]\s*(?P<sup>.+?)(?:配合落实|配合|参与|协助|协同|协办))?$", re.S)
_ALL = re.compile(r"^各(?:有关|相关)?(?:成员|责任)?单位$|^\p{Han}{0,16}?各(?:成员|责任)单位$")
_IN_SENTENCE = re.compile(
    r"由(?P<lead>[^，。；：！？（）()\n]{2,80}?)牵头(?:负责)?(?:[，,、]?\s*(?P<sup>[^，。；：！？（）()\n]{2,160}?)(?:配合|参与|协助|协同)(?:落实|实施)?)?"
)
# One list item: anything but separators, a bracket group of one level (各县（市、区）) kept whole.
_PIECE = re.compile(r"(?:[^、，,；;／/（）()]|[（(][^（）()]{0,24}[）)])+")
_TRAIL = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?|及(?:有关|相关)(?:部门|单位)|(?:有关|相关)(?:部门|单位))$")
_CONJ = re.compile(r"以及|和|及|与|同")
_BRACKETS = re.compile(r"[（）()]")
_TRAILING_PUNCT = re.compile(r"[\s。；;，,.、]*$")


@dataclass
class _Piece:
    name: str
    start: int  # absolute offsets
    end: int


def assign_responsibility(text: str, sections: list[Section], nodes: list[tuple[Section, int, int]] | None = None) -> None:
    """Fill node.responsibility on every node, in place; headings pass their note down.

    `nodes`: (node, own start, own end) of the nodes to read, when the caller has them already.
    """
    if nodes is None:
        nodes = task_nodes(text, sections)
    own_note: dict[int, Responsibility] = {}
    for node, start, end in nodes:
        resp = find_note(text, start, end)
        if resp is not None:
            node.responsibility = resp
            own_note[id(node)] = resp
    # inheritance: the nearest ancestor's own note, for nodes without one
    stack: list[tuple[Section, Section | None]] = [(s, None) for s in reversed(sections)]
    while stack:
        node, holder = stack.pop()
        if id(node) in own_note:
            holder = node
        elif holder is not None and node.kind not in SKIP_KINDS and node.kind in ("heading", "item", "paragraph"):
            node.responsibility = holder.responsibility.model_copy(update={"inherited_from": holder.id})
        stack.extend((c, holder) for c in reversed(node.children))


def find_note(text: str, start: int, end: int) -> Responsibility | None:
    """The responsibility note of the node whose own text is text[start:end], if any."""
    if end - start < 4:
        return None
    for open_at, close_at in _note_candidates(text, start, end):
        resp = parse_note(text, open_at + 1, close_at)
        if resp is not None:
            return resp
    own = text[start:end]
    for m in _IN_SENTENCE.finditer(own[-2000:] if len(own) > 2000 else own):
        base = start + (len(own) - 2000 if len(own) > 2000 else 0)
        lead = _units_of(text, base + m.start("lead"), base + m.end("lead"))
        if not lead:
            continue
        support = _units_of(text, base + m.start("sup"), base + m.end("sup")) if m.group("sup") else []
        if support is None:
            support = []
        return Responsibility(lead=lead, support=support, mode="lead_support", raw=m.group(0),
                              span=(base + m.start(), base + m.end()))
    return None


def _note_candidates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) bracket positions of the parenthetical closing the node, then the one closing its first line."""
    out = []
    stop = _last_close(text, start, end)
    if stop is not None:
        out.append(stop)
    first_nl = text.find("\n", start, end)
    if first_nl > 0:
        first = _last_close(text, start, first_nl)
        if first is not None and first not in out:
            out.append(first)
    return out


def _last_close(text: str, start: int, end: int) -> tuple[int, int] | None:
    tail = _TRAILING_PUNCT.search(text, max(start, end - 8), end)
    stop = tail.start() if tail else end
    if stop <= start or text[stop - 1] not in "）)":
        return None
    lo = max(start, stop - MAX_NOTE)
    depth = 0
    brackets = [(m.start(), m.group()) for m in _BRACKETS.finditer(text, lo, stop)]
    for pos, ch in reversed(brackets):
        if ch in "）)":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return pos, stop - 1
    return None


def parse_note(text: str, start: int, end: int) -> Responsibility | None:
    """Read text[start:end] (inside the brackets) as a responsibility note; None when it is not one."""
    body = text[start:end]
    if not body.strip() or len(body) > MAX_NOTE:
        return None
    raw, span = body, (start, end)
    labels = list(_LABEL.finditer(body))
    if labels and not body[: labels[0].start()].strip():
        lead: list[Unit] = []
        support: list[Unit] = []
        duty: list[Unit] = []
        has_lead_label = any(m.group(1) in _LEAD_LABELS for m in labels)
        for i, m in enumerate(labels):
            seg_end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
            label = m.group(1)
            if label in _TIME_LABELS:
                continue  # 完成时限：2023年底前 — read by the deadline pass
            units = _units_of(text, start + m.end(), start + seg_end, lenient=True)
            if units is None:
                return None
            if label in _LEAD_LABELS:
                lead.extend(units)
            elif label in _SUPPORT_LABELS:
                support.extend(units)
            else:
                duty.extend(units)
        if has_lead_label:
            support = _dedupe(support + duty, lead)
            return Responsibility(lead=_dedupe(lead), support=support, mode="lead_support", raw=raw, span=span)
        units = _dedupe(duty + support)
        if not units:
            return None
        mode = "all" if len(units) == 1 and _ALL.match(_lex._key(units[0].name)) else "listed"
        return Responsibility(lead=units, support=[], mode=mode, raw=raw, span=span)

    stripped = body.rstrip()
    m = _JOINT_TAIL.search(stripped)
    if m:
        units = _units_of(text, start, start + m.start())
        if units:
            return Responsibility(lead=_dedupe(units), support=[], mode="joint", raw=raw, span=span)
        return None
    for pattern, mode in ((_LEAD_SUPPORT, "lead_support"), (_LEAD_ONLY_RESP, None)):
        m = pattern.match(stripped)
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
        if mode is None:
            mode = "lead_support" if support else "listed"
        return Responsibility(lead=_dedupe(lead), support=_dedupe(support, lead), mode=mode, raw=raw, span=span)

    units = _units_of(text, start, end, anchored=True)
    if not units:
        return None
    if len(units) == 1 and _ALL.match(_lex._key(units[0].name)):
        return Responsibility(lead=units, support=[], mode="all", raw=raw, span=span)
    return Responsibility(lead=_dedupe(units), support=[], mode="listed", raw=raw, span=span)


def _units_of(text: str, start: int, end: int, *, anchored: bool = False, lenient: bool = False) -> list[Unit] | None:
    """The units listed in text[start:end]; None when some piece is not a unit.

    `anchored`: every piece must be a lexicon unit or carry a level word (bare lists in brackets).
    `lenient`: after a label (责任单位：), structural units need no anchor.
    """
    pieces: list[_Piece] = []
    for m in _PIECE.finditer(text, start, end):
        p = _trim(text, m.start(), m.end())
        if p is None:
            continue
        pieces.append(p)
    if not pieces:
        return None
    # a trailing 等 / 等部门 on the last piece
    last = pieces[-1]
    t = _TRAIL.search(text, last.start, last.end)
    if t and t.start() > last.start:
        trimmed = _trim(text, last.start, t.start())
        if trimmed is None:
            pieces.pop()
        else:
            pieces[-1] = trimmed
    elif t:
        pieces.pop()
    if not pieces:
        return None
    units: list[Unit] = []
    for p in pieces:
        split = _split_conj(text, p)
        if split is None:
            return None
        for q in split:
            if anchored and not _lex.is_anchored_unit(q.name):
                return None
            units.append(_unit(text, q))
    return units


def _trim(text: str, start: int, end: int) -> _Piece | None:
    seg = text[start:end]
    left = len(seg) - len(seg.lstrip())
    right = len(seg.rstrip())
    if right <= left:
        return None
    s, e = start + left, start + right
    # leading 由 / trailing 等 inside a piece
    if text.startswith("由", s) and e - s > 3:
        s += 1
    return _Piece(text[s:e], s, e)


def _split_conj(text: str, p: _Piece) -> list[_Piece] | None:
    """A piece as one unit, or split at 和 / 及 / 与 when both sides are units (县文化和旅游局 stays whole)."""
    if _lex.lookup(p.name).in_lexicon:
        return [p]
    for m in _CONJ.finditer(p.name):
        left = _trim(text, p.start, p.start + m.start())
        right = _trim(text, p.start + m.end(), p.end)
        if left is None or right is None:
            continue
        if _lex.is_unit(left.name):
            rest = _split_conj(text, right)
            if rest is not None:
                return [left, *rest]
    return [p] if _lex.is_unit(p.name) else None


def _unit(text: str, p: _Piece) -> Unit:
    info = _lex.lookup(p.name)
    return Unit(name=p.name, canonical=info.canonical, span=(p.start, p.end), level=info.level, kind=info.kind,
                in_lexicon=info.in_lexicon)


def _dedupe(units: list[Unit], exclude: list[Unit] | None = None) -> list[Unit]:
    seen = {u.canonical for u in exclude or []}
    out = []
    for u in units:
        if u.canonical in seen:
            continue
        seen.add(u.canonical)
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
