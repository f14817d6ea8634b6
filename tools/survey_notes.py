"""Survey responsibility notes on unlabelled notices: which note-like spans the extractor misses or half-reads.

    PYTHONPATH=src python tools/survey_notes.py DIR [--show CLASS] [--shapes N]

Not an evaluation (no gold): it lists spans that look like notes — a bracket or a line holding 牵头 / 负责 / 配合 /
责任单位 / 参与 / 协同 / 按职责 — and sorts them into classes:
  no_unit       the node holding the span has no responsibility of its own
  fewer_units   the node has fewer units than the span has 、/，-separated unit-like names
  split_at_and  two units parted only by 和 / 及 / 与, the second without level word or lexicon entry (各市工业 | 信息化局)
  suspect_unit  a unit read from a note whose name holds a verb or 的, or runs past 24 characters (prose read as units)
  bare_list_unread  a sentence-closing bracket listing only unit-like names (no cue word) that gives the node no note
  read_without_cue  a note read from text with no cue word or label (unit headings, bare lists): review for prose
  rejected_name a unit-like name (ending 局/委/办/厅/部/中心/公司/政府/法院…) in a note that the lexicon refuses
A note's *shape* replaces every accepted unit by U, so the most frequent unread shapes show what to teach next.
"""
from __future__ import annotations

import collections
import pathlib
import sys

import regex as re

from policyparse import grammar
from policyparse.extract import lexicon as lex
from policyparse.pipeline import parse_file

CUE = re.compile(r"牵头|负责|配合|责任单位|责任部门|参与|协同|按职责|主办|协办|实施单位")
BRACKET = re.compile(r"[（(〔【]([^（）()〔〕【】\n]{2,200})[）)〕】]")
LINE = re.compile(r"(?m)^[ \u3000]*(?:责任|牵头|配合|实施|主办|协办|参与)(?:单位|部门)[：:][^\n]{2,300}$")
# a bracket closing a sentence that closes the node: （A、B） with no cue word, a bare list of units
CLOSING_LIST = re.compile(r"[。；;]\s*[（(]([^（）()\n]{2,120})[）)][。；;]?\s*$")
SEP = re.compile(r"[、，,；;：:]")
# what a unit does, closing its piece: 省教育厅负责 -> 省教育厅
VERB_TAIL = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位))?(?:按照?职责分工|按职责|分工|共同|分别|具体)?"
                       r"(?:牵头负责|负责落实|配合落实|牵头|负责|配合|参与|参加|协同|协助|落实|实施)$")
# a name read as a unit that holds what units do or what a sentence says: likely prose read as a list
SUSPECT = re.compile(r"牵头|负责|配合|落实|做好|推进|加强|开展|建立|完善|实施|组织(?!部)|支持|鼓励|按照|根据|的")
NAMEISH = re.compile(r"\p{Han}{2,30}(?:局|委|办|厅|部|中心|公司|政府|法院|检察院|院|会|馆|站|所|社|行|队|处|署|组|室)$")


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)


def _count_units(resp) -> int:
    return 0 if resp is None else len(resp.lead) + len(resp.support)


def _shape(inner: str) -> str:
    out = []
    for piece in re.split(r"([、，,；;：:])", inner):
        p = piece.strip()
        if p and lex.is_unit(p):
            out.append("U")
        else:
            out.append(re.sub(r"\d+", "9", p))
    s = "".join(out)
    return re.sub(r"U(?:、U)+", "U…", s)


def survey(paths):
    counts = collections.Counter()
    shapes = collections.defaultdict(collections.Counter)
    names = collections.Counter()
    examples = collections.defaultdict(list)
    for path in paths:
        try:
            doc = parse_file(path)
        except Exception:  # a survey goes on past a document that fails
            counts["parse_error"] += 1
            continue
        for node in _walk(doc.sections):
            text = node.text or ""
            resp = node.responsibility
            own = resp if resp is not None and resp.inherited_from is None else None
            if own is not None and not CUE.search(own.raw or "") and not re.search(r"[：:]", own.raw or ""):
                # read with no cue word (a unit heading, a bare list): the place where prose is taken for a note
                counts["read_without_cue"] += 1
                examples["read_without_cue"].append((pathlib.Path(path).name, node.id, (own.raw or "")[:60]))
            units = sorted((own.lead + own.support) if own is not None else (), key=lambda u: u.span[0])
            for a, b in zip(units, units[1:]):
                # 各市工业和信息化局 read as 各市工业 + 信息化局: a compound department name cut at its 和
                if doc.text[a.span[1]:b.span[0]] in ("和", "及", "与") and not lex.is_anchored_unit(b.canonical) and b.canonical == b.name:
                    counts["split_at_and"] += 1
                    names["~" + a.name + "|" + b.name] += 1
            for u in (own.lead + own.support) if own is not None else ():
                if SUSPECT.search(u.name) or len(u.name) > 24:
                    counts["suspect_unit"] += 1
                    names["?" + u.name] += 1
            closing = CLOSING_LIST.search(text)
            if closing:
                pieces = closing.group(1).split("、")
                if all(lex.is_unit(p) for p in pieces):
                    counts["bare_list_spans"] += 1
                    if own is None:
                        counts["bare_list_unread"] += 1
                        shapes["bare_list_unread"][_shape(closing.group(1))] += 1
                        examples["bare_list_unread"].append((pathlib.Path(path).name, node.id, closing.group(1)))
            spans = [m.group(1) for m in BRACKET.finditer(text)] + [m.group(0).strip() for m in LINE.finditer(text)]
            for inner in spans:
                if not CUE.search(inner):
                    continue
                listed = grammar.NOTE_LABEL.sub("、", inner)  # 牵头单位：A，参加单位：B — labels are no units
                pieces = [VERB_TAIL.sub("", p.strip()) for p in SEP.split(listed)]
                pieces = [p for p in pieces if p]
                unitish = [p for p in pieces if lex.is_unit(p) or NAMEISH.search(p)]
                if not unitish:
                    continue
                counts["note_spans"] += 1
                for p in pieces:
                    core = re.sub(r"^(?:由|及|和|以及)|(?:等|及)(?:有关|相关)?(?:部门|单位)?$", "", p)
                    if core and not lex.is_unit(core) and len(core) <= 30:
                        counts["rejected_name"] += 1
                        names[core] += 1
                cls = None
                if own is None:
                    cls = "no_unit"
                elif _count_units(own) < len(unitish):
                    cls = "fewer_units"
                if cls:
                    counts[cls] += 1
                    shapes[cls][_shape(inner)] += 1
                    if len(examples[cls]) < 400:
                        examples[cls].append((pathlib.Path(path).name, node.id, inner))
    return counts, shapes, names, examples


def main(argv):
    paths = sorted(str(p) for p in pathlib.Path(argv[0]).iterdir() if p.is_file())
    counts, shapes, names, examples = survey(paths)
    print("counts", dict(counts))
    n = int(argv[argv.index("--shapes") + 1]) if "--shapes" in argv else 25
    for cls, c in shapes.items():
        print(f"== {cls}: {sum(c.values())} spans, top shapes")
        for s, k in c.most_common(n):
            print(f"  {k:4d}  {s[:140]}")
    print("== rejected names")
    for s, k in names.most_common(n):
        print(f"  {k:4d}  {s}")
    if "--show" in argv:
        for f, nid, inner in examples[argv[argv.index("--show") + 1]]:
            print(f, nid, inner[:200])


if __name__ == "__main__":
    main(sys.argv[1:])
