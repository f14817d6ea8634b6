"""Layout: character width, punctuation, hard wraps, duplicate copies, whitespace.

Five steps, each ``(text, log) -> text`` and each idempotent:

* ``normalise_width``: full-width digits, Latin letters and ``％`` become ASCII; ``．`` (or the small
  ``﹒``) after a digit becomes ``.`` (``１８．５％`` -> ``18.5%``, ``1．加强`` -> ``1.加强``).
* ``normalise_punctuation``: ASCII ``, : ; ? !`` next to Chinese text become full width, a
  sentence-final ``.`` after a Han character becomes ``。``; brackets are paired line by line
  and a pair becomes ``（）`` when it holds Chinese, when it is already half full-width, or when
  it holds a short ASCII token in Chinese context (``开展(H5)活动``). URLs and e-mail addresses
  are left alone, and so are brackets of phone numbers (``(0531)87883287``).
* ``join_hard_wraps``: PDF line wraps are rejoined, only inside a block whose lines show the
  signs of wrapping (several lines of about the same width ending mid-sentence); headings,
  titles and one-paragraph-a-line documents are left as they are.
* ``drop_duplicate_copy``: a second copy of the document at the end of the file (>= 90 % of
  its letters repeat the text above) is dropped, with a warning.
* ``normalise_whitespace``: line ends, indentation, NBSP / ideographic spaces, stray spaces
  between Chinese characters (``索 取 号`` -> ``索取号``), runs of blank lines.

All scans are compiled ``regex`` patterns or single passes over the text: linear time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cache

import re as stdre
import sys

import regex as re

from policyparse.grammar import (
    ADOPTED_ON_DATE_END, BOX_EDGES, CN_NUMERALS, BRACKETED_FIELD_ROW, CITED_ORDINAL_NEXT, CITED_ORDINAL_OPEN, CITED_ORDINAL_RUN, FIELD_LABEL_START, HOLD_GIL, LIST_BULLET, bmp_runs, char_positions, compile_led, ends_on_title_word, opens_on_field_label, HAN,
    left_open, page_number_line, PREFACE_TITLE, WHITE_SPACE,
)
from policyparse.repair import cells, census
from policyparse.repair.log import NullLog

_EXAMPLE_CONTEXT = 8


def _excerpt(text: str, start: int, end: int, ctx: int = _EXAMPLE_CONTEXT) -> tuple[int, int]:
    """Bounds of text[start:end] widened by `ctx` characters, kept on its line."""
    lo = max(0, start - ctx)
    nl = text.rfind("\n", lo, start)
    if nl >= 0:
        lo = nl + 1
    hi = min(len(text), end + ctx)
    nl = text.find("\n", end, hi)
    if nl >= 0:
        hi = nl
    return lo, hi


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace text[start:end] by new for each (start, end, new), edits sorted and disjoint."""
    if not edits:
        return text
    out = []
    at = 0
    for start, end, new in edits:
        out.append(text[at:start])
        out.append(new)
        at = end
    out.append(text[at:])
    return "".join(out)


def _record_edits(text: str, edits: list[tuple[int, int, str]], log, limit: int = 5) -> None:
    """Log each edit, the first few as before -> after examples with a little context. The edits are the
    first ones made to `text`, in order: each example's place in the edited text is its place in `text`,
    moved by what the edits before it added or took away."""
    if not edits:
        return
    shown = 0
    shift = 0
    for start, end, new in edits:
        if shown < limit:
            lo, hi = _excerpt(text, start, end)
            before = text[lo:hi]
            after = text[lo:start] + new + text[end:hi]
            log.record(before, after, at=lo + shift)
            shown += 1
        else:
            log.count()
        shift += len(new) - (end - start)


# ================================================================ width

_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_FULLWIDTH.update({"％": "%", "﹪": "%", "．": ".", "﹒": "."})
_WIDTH_TABLE = str.maketrans(_FULLWIDTH)
# Full-width digits, letters and percent signs; a full-width stop only right after a digit.
_WIDE_RUN = re.compile(r"(?:[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFE6A]|(?<=[0-9\uFF10-\uFF19])[\uFF0E\uFE52])+")

# Every character a _WIDE_RUN match can hold, as one class (whether any stands: the scan the repair steps share), and
# in a run (the standard module: see _BRACKET_CHARS; led by its class, grammar.compile_led: a plain compile enters the
# run's loop at every character).
_WIDE_CLASS = "[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFE6A\uFF0E\uFE52]"
_WIDE_CHAR = stdre.compile(_WIDE_CLASS)
census.watch(lambda: _WIDE_CHAR)
_WIDE_STRETCH = compile_led(_WIDE_CLASS + "+")

# A symbol-font glyph (private use area) left where Word printed the stop of a list number
# (1\ue010突破…): at a line start after a number it can only be that stop.
_PUA_STOP = re.compile(r"(?m)^([ \t\u3000]*+\d{1,3}+)[\ue000-\uf8ff]")
# …so it is right after a sentence's end and before the entry's text, where the export lost the line break too
# (（三）拓宽创业投融资渠道。1\ue010发挥…。2\ue010将…, vg_06)
_PUA_STOP_AFTER_END = re.compile(r"(?<=[。；：])(\d{1,3}+)[\ue000-\uf8ff](?=\p{Han})")
_PUA_CHAR = re.compile(r"[\ue000-\uf8ff]")
census.watch(lambda: _PUA_CHAR)


# A symbol-font glyph left where every paragraph ended (uy_09: …特制定本工作方案。\ue004一、绩效评价范围\ue004绩效评价…，
# a one-line field): one private-use character, repeated, that stands after a sentence's end or before a heading or list
# marker at nearly every place it holds is the line break the export lost. A list stop (1\ue010职业…) stands after a
# digit and before Han text, so it never passes.
_PUA_BREAK_MIN = 8  # places: a glyph met a few times says nothing of the layout
_PUA_AFTER_END = frozenset("。；：！？）)》”")
_PUA_BEFORE_MARK = stdre.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}")


def _pua_line_breaks(text: str, log) -> str:
    """The private-use character standing as each paragraph's end, made a line break (see _PUA_BREAK_MIN)."""
    glyph, places = Counter(_PUA_CHAR.findall(text)).most_common(1)[0]
    if places < _PUA_BREAK_MIN:
        return text
    at_break = 0
    for i in (m.start() for m in stdre.finditer(glyph, text)):
        at_break += (i > 0 and text[i - 1] in _PUA_AFTER_END) or _PUA_BEFORE_MARK.match(text, i + 1) is not None
    if at_break * 4 < places * 3:
        return text
    log.record(f"{glyph!a} at paragraph ends (a symbol-font line break)", "\\n", places)
    return text.replace(glyph, "\n")


def _pua_list_stops(text: str, log) -> str:
    """The list stops a symbol font left (see _PUA_STOP) made "."; the glyph they use is that stop wherever it follows
    a digit: a stop glued after the clause before it (…；2\\ue010《…》, 清单1\\ue010各地…) and a decimal point (uy_09:
    城镇登记失业率4\\ue0105％以下 is 4.5%): the font drew them all with it."""
    glyphs = "".join({m.group()[-1] for p in (_PUA_STOP, _PUA_STOP_AFTER_END) for m in p.finditer(text)})
    if not glyphs:
        return text
    text, count = _PUA_STOP.subn(r"\1.", text, 0, 0, None, HOLD_GIL)
    text, glued = _PUA_STOP_AFTER_END.subn(r"\1.", text, 0, 0, None, HOLD_GIL)
    count += glued
    log.record("1\\ue010 (a symbol-font list stop)", "1.", count)
    text, points = stdre.subn(f"(?<=[0-9])[{glyphs}]", ".", text)
    if points:
        log.record("4\\ue0105, ；2\\ue010 (the same glyph after a digit)", "4.5, ；2.", points)
    return text


def normalise_width(text: str, log) -> str:
    # whether a private-use character stands at all first (the scan the repair steps share): most texts have none,
    # and the line-start pattern costs more
    if census.holds(text, _PUA_CHAR):
        text = _pua_list_stops(_pua_line_breaks(text, log), log)
    edits = [(m.start(), m.end(), m.group().translate(_WIDTH_TABLE)) for m in _wide_runs(text)]
    if not edits:
        return text
    _record_edits(text, edits[:5], log)
    log.count(len(edits) - len(edits[:5]))
    return _apply(text, edits)


def _wide_runs(text: str) -> list[re.Match]:
    """The matches of _WIDE_RUN in text, in order, found in one pass: the pattern (its lookbehind makes the regex
    module try it at every character) runs only over the stretches of characters it can hold, which the plain class
    finds at once (most texts have none); a match can neither start nor end outside one."""
    if not census.holds(text, _WIDE_CHAR):
        return []  # most texts: none, told by the scan the repair steps share
    return [m for stretch in _WIDE_STRETCH.finditer(text)
            for m in _WIDE_RUN.finditer(text, stretch.start(), stretch.end(), False, HOLD_GIL)]


# ================================================================ punctuation

_CJK_PUNCT = "，。、；：？！（）《》〈〉“”‘’「」『』〔〕【】…—"
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
_TO_FULL_TABLE = str.maketrans(_HALF_TO_FULL)  # one C call per run instead of a join over its characters
_CTX = rf"\p{{Han}}{_CJK_PUNCT}"
_PUNCT_RUN_MARKS = ",:;?!"  # every _PUNCT_RUN match is a run of these
_PUNCT_RUN = re.compile(rf"(?<=[{_CTX}])[,:;?!]+|(?<![,:;?!])[,:;?!]+(?=[{_CTX}])")
_CTX_CHAR = re.compile(rf"[{_CTX}]")
# A lone ASCII stop closing a Chinese sentence: after Han (or a closing mark), before the line
# end, a space or more Chinese; never in "...", "1.5", "No.", nor in a heading marker 一. 二. at a line's start
# (the CESI 公文 OFD numbers its questions 一.本部门… ; grammar reads 一. as a marker, 一。 as nothing).
# The full-width ．closes a sentence the same way (GB/T 15834 lets technical texts print 。 so; a font mapped by its
# GB codes gives it for the 。 it shows). Never after 附件 / 附表, whose stop is a label's (附件．某某办法). Two
# patterns, each with its one stop as a literal, which the pattern module looks for first (a class of the two is
# tried at every character).
_STOP_BEFORE = r"(?<=[\p{Han}”’）》])(?<!^[ \t\u3000]{0,4}[一二三四五六七八九十]{1,3})(?<!附[件表图])"
_STOP = re.compile(_STOP_BEFORE + r"\.(?=$|[ \t\p{Han}“”])", re.M)
_FULL_WIDTH_STOP = re.compile(_STOP_BEFORE + r"．(?=$|[ \t\p{Han}“”])", re.M)
_PROTECTED = re.compile(
    r"(?:https?|ftp)://[^\s\p{Han}，。；：？！（）《》“”、]+"
    r"|www\.[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+[^\s\p{Han}，。；：？！（）《》“”、]*+"
    # an address starts where its run of name letters starts: linear on a long run before a bare @
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+",
    re.I,
)
# A class of listed characters (no Unicode property) searched over a whole text costs about a third less on the
# standard `re` module, which compiles it into a bitmap; a pattern that opens with an alternation costs it more.
# A handful of characters is found by str.find (grammar.char_positions) for less still.
_BRACKET_CHARS = "()（）"
_SHORT_TOKEN = re.compile(r"[A-Za-z0-9 .\-+#&_%]{1,30}")


def _is_han(ch: str) -> bool:
    return bool(ch) and HAN.match(ch) is not None


def _protected_spans(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    # w and / first: a one-character `in` is a memchr, a longer one a scan of every character (www.: ≈ 70 K instructions
    # on the bench's texts for www. and ://), and most texts hold neither
    if "@" in text or ("w" in text and "www." in text) or ("/" in text and "://" in text):
        for m in _PROTECTED.finditer(text, 0, None, False, HOLD_GIL):
            starts.append(m.start())
            ends.append(m.end())
    return starts, ends


def _inside(pos: int, spans: tuple[list[int], list[int]]) -> bool:
    starts, ends = spans
    if not starts:
        return False
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _pair_converts(text: str, o: int, i: int, han_at: int) -> bool:
    """Does the bracket pair at o and i turn full width: it holds Han (its first Han, han_at, is inside),
    it is half full width already, or it holds a short token (a number, an abbreviation) between Han?"""
    if han_at < i or text[o] == "（" or text[i] == "）":
        return True  # a pair already half full width, or one around Han
    return i - o <= 31 and _SHORT_TOKEN.fullmatch(text, o + 1, i) is not None and _context_ok(text, o, i)


def _context_ok(text: str, i: int, j: int) -> bool:
    """Han just outside the pair at i and j, and no digit there: (0531)87883287 and 2(3) keep theirs."""
    before = text[i - 1] if i > 0 else ""
    after = text[j + 1] if j + 1 < len(text) else ""
    if after.isdigit() or (before and before.isdigit()):
        return False  # (0531)87883287, 2(3)
    return _is_han(before) or _is_han(after)


# A half-width pair with no bracket and no line end between its two brackets, holding a character of U+4E00–U+9FFF
# (all of it Han): led by the literal (, which the standard module skips to in C. The class runs admit no ), so a
# failed try ends at the next bracket or line end: linear.
_SIMPLE_PAIR = stdre.compile(r"\([^()（）\n\u4e00-\u9fff]*[\u4e00-\u9fff][^()（）\n]*\)")


def _bracket_edits(text: str, spans) -> list[tuple[int, int, str, int, int]]:
    """(pos, pos+1, new, pair_start, pair_end) for every bracket to turn full width."""
    if "(" not in text and ")" not in text:
        return []
    if spans[0]:  # a text holding an address: every bracket walked, each asked whether it stands in the address
        return _walked_bracket_edits(text, spans, _bracket_positions(text))
    out = _simple_pair_edits(text)
    if len(out) < text.count("(") + text.count(")"):  # half-width brackets left out of the simple pairs (an edit each)
        taken = {pos for pos, *_ in out}
        half = [i for i in char_positions(text, "()") if i not in taken]
        out += _walked_bracket_edits(text, spans, _bracket_positions(text, half))
        out.sort()
    return out


def _simple_pair_edits(text: str) -> list[tuple[int, int, str, int, int]]:
    """The edits of the simple pairs (_SIMPLE_PAIR), in order, found without the walk. Exact where the text holds
    no protected span: a ( with no bracket before the ) after it on its line is always paired with that ) by the
    walk (adjacent brackets on one line pair whatever the stack holds), the pair holds Han so it converts (its
    first Han stands inside), and taking an adjacent pair out of the walk changes no other pairing, no line's
    end and no other opener's first Han (searched in the whole text)."""
    out = []
    for m in _SIMPLE_PAIR.finditer(text):
        o, e = m.span()
        out.append((o, o + 1, "（", o, e))
        out.append((e - 1, e, "）", o, e))
    return out


def _walked_bracket_edits(text: str, spans, positions: list[int]) -> list[tuple[int, int, str, int, int]]:
    """The edits of the brackets at `positions` (every bracket on the lines they stand on), found by a stack walk
    of each line: pairs, then the openers and closers left alone."""
    n = len(text)
    out: list[tuple[int, int, str, int, int]] = []
    stack: list[tuple[int, int]] = []  # (position of the opener, first Han at or after it)
    next_han = -1
    line_end = -1  # the end of the line the stack's openers stand on: a pair never spans a line
    protected = bool(spans[0])  # most texts hold no address: no _inside call a bracket
    for i in positions:
        if i > line_end and stack:
            _add_unclosed_edits(text, stack, spans, out)
        ch = text[i]
        if ch in "(（":
            if not stack:
                line_end = text.find("\n", i)
                line_end = n if line_end < 0 else line_end
            if next_han <= i:
                # most openers have Han right after them ((一), (试行)): all of U+4E00–U+9FFF is Han, no search
                next_han = i + 1 if i + 1 < n and "\u4e00" <= text[i + 1] <= "\u9fff" else _first_han_after(text, i)
            stack.append((i, next_han))
        elif stack:
            o, han_at = stack.pop()
            _add_pair_edits(text, o, i, han_at, spans if protected else None, out)
        elif ch == ")":
            _add_unpaired_edit(text, i, ch, spans, out)
    _add_unclosed_edits(text, stack, spans, out)
    out.sort()
    return out


def _first_han_after(text: str, i: int) -> int:
    """The first Han after position i (past the text's end where none follows)."""
    h = HAN.search(text, i + 1, None, HOLD_GIL)
    return h.start() if h else len(text) + 1


def _add_pair_edits(text: str, o: int, i: int, han_at: int, spans, out: list) -> None:
    """The edits for the pair opened at o and closed at i: its half-width brackets turn full width where the pair
    holds Han or its context is Chinese; a pair already full width, or one in a protected span (spans None: the text
    holds none), stays."""
    oc, ch = text[o], text[i]
    if oc == "（" and ch == "）":
        return
    if spans is not None and (_inside(o, spans) or _inside(i, spans)):
        return
    if han_at < i or _pair_converts(text, o, i, han_at):  # han_at < i: a pair around Han, the first test there
        if oc == "(":
            out.append((o, o + 1, "（", o, i + 1))
        if ch == ")":
            out.append((i, i + 1, "）", o, i + 1))


def _add_unclosed_edits(text: str, stack: list[tuple[int, int]], spans, out: list) -> None:
    """The openers left on the stack when their line ends, each a bracket alone; the stack is emptied."""
    for i, _ in stack:
        _add_unpaired_edit(text, i, text[i], spans, out)
    stack.clear()


def _add_unpaired_edit(text: str, pos: int, ch: str, spans, out: list) -> None:
    """A half-width bracket with no partner turns full width where Han stands on its inner side: (一 / 试行)."""
    if _inside(pos, spans):
        return
    if ch == "(" and pos + 1 < len(text) and _is_han(text[pos + 1]):
        out.append((pos, pos + 1, "（", pos, pos + 1))
    elif ch == ")" and pos > 0 and _is_han(text[pos - 1]):
        out.append((pos, pos + 1, "）", pos, pos + 1))


def _bracket_positions(text: str, half: list[int] | None = None) -> list[int]:
    """The positions of the brackets, half or full width, on the lines that hold a half-width one of `half` (by
    default every half-width one), in order.

    A pair never spans a line, and a line of full-width brackets only turns nothing (only ( and ) are ever
    edited): most brackets of a Chinese text are full width, and their lines are left out of the walk. The first
    Han after an opener is searched in the whole text either way, so skipping lines changes no edit."""
    half = char_positions(text, "()") if half is None else half
    if not half or ("（" not in text and "）" not in text):
        return half
    kept = []  # the full-width brackets on the lines holding a half-width one, looked for there only
    end = -1
    for i in half:
        if i > end:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            kept += [start + at for at in char_positions(text[start:end], "（）")]
    return sorted(half + kept)


def _stops_in(text: str) -> list:
    """The stop patterns that may match in text: _STOP where an ASCII stop stands, _FULL_WIDTH_STOP where a ．stands
    right after a character that may be Han or a closing mark (most texts' ．follow a digit, 1．: their few places
    are looked at, not the whole text)."""
    stops = [_STOP] if "." in text else []
    i = text.find("．")
    while i > 0:
        if text[i - 1] >= "\u3400" or text[i - 1] in "”’":
            return [*stops, _FULL_WIDTH_STOP]
        i = text.find("．", i + 1)
    return stops


def _in_context(ch: str) -> bool:
    """Is ch Han or CJK punctuation (_CTX)? Decided by comparisons where the answer is sure (no Han below U+2E80,
    all of U+4E00–U+9FFF Han), the pattern asked only of the other characters."""
    if ch < "\u2e80":
        return ch in _CJK_PUNCT  # “ ” ‘ ’ … — stand below U+2E80
    return "\u4e00" <= ch <= "\u9fff" or _CTX_CHAR.match(ch) is not None


def _run_in_context(text: str, start: int, end: int) -> bool:
    """Does the run of marks text[start:end] stand next to Han or CJK punctuation (_PUNCT_RUN's two branches)?"""
    # most marks stand after Han (U+4E00–U+9FFF, all Han): told by comparisons, _in_context asked of the rest
    return (start > 0 and ("\u4e00" <= text[start - 1] <= "\u9fff" or _in_context(text[start - 1]))) or (
        end < len(text) and _in_context(text[end]))


def _punct_runs(text: str) -> list[tuple[int, int, str]]:
    """The matches of _PUNCT_RUN as edits (start, end, the run in full width), without the pattern: its
    lookbehinds have the pattern module try it at every character (about 140 instructions a character), where the
    marks are few. A match is a whole run of marks with Han or CJK punctuation just before or just after it (a
    run's inner marks follow a mark, which neither branch admits; the run's end is no mark, so the greedy run never
    gives back): the runs are found by str.find and their two neighbours looked at."""
    edits = []
    marks = char_positions(text, _PUNCT_RUN_MARKS)
    k, last = 0, len(marks)
    while k < last:
        start = end = marks[k]
        k += 1
        end += 1
        while k < last and marks[k] == end:
            k += 1
            end += 1
        if _run_in_context(text, start, end):
            edits.append((start, end, _HALF_TO_FULL[text[start]] if end - start == 1 else text[start:end].translate(_TO_FULL_TABLE)))
    return edits


# Each mark where the character after it is no sure context (U+4E00–U+9FFF, all Han; the CJK marks), another mark
# included: led by the mark itself, a literal the standard module skips to in C (a class of the five marks is tried
# at every character, some twenty times the cost). In a Chinese text nearly every mark has Han after it.
_SURE_CONTEXT = "\u4e00-\u9fff" + _CJK_PUNCT
_MARK_BEFORE_ODD = {mark: stdre.compile(stdre.escape(mark) + f"(?![{_SURE_CONTEXT}])") for mark in _PUNCT_RUN_MARKS}
_MARK_RUN = stdre.compile(r"[,:;?!]+")


def _runs_left_and_joints(text: str, present: list[str]) -> tuple[list[tuple[int, int, str]], int]:
    """The runs out of context (what _punct_runs leaves), as (start, end, the run as written), and the number of
    marks that follow a mark in their run. Both are among the marks _MARK_BEFORE_ODD finds: a run out of context
    has no context after its last mark, and a mark inside a run has another mark after it."""
    n = len(text)
    left = []
    joints = 0
    for mark in present:
        for m in _MARK_BEFORE_ODD[mark].finditer(text):
            end = m.end()
            if end < n and text[end] in _PUNCT_RUN_MARKS:
                joints += 1
                continue
            start = m.start()
            while start and text[start - 1] in _PUNCT_RUN_MARKS:
                start -= 1
            if not _run_in_context(text, start, end):
                left.append((start, end, text[start:end]))
    left.sort()
    return left, joints


def _first_runs_turned(text: str, first_mark: int, limit: int) -> list[tuple[int, int, str]]:
    """The first `limit` edits _punct_runs makes, found without the others (from the first mark on)."""
    out = []
    for m in _MARK_RUN.finditer(text, first_mark):
        if _run_in_context(text, m.start(), m.end()):
            out.append((m.start(), m.end(), m.group().translate(_TO_FULL_TABLE)))
            if len(out) == limit:
                break
    return out


def _turn_mark_runs(text: str, log) -> str:
    """The mark runs in context turned full width, logged, in a text with nothing to protect. A text written with
    ASCII punctuation has hundreds of runs and nearly all turn: the runs are counted (the marks, less those inside a
    run) and the few left found without a Python step a mark."""
    present = [mark for mark in _PUNCT_RUN_MARKS if mark in text]
    if not present:
        return text
    left, joints = _runs_left_and_joints(text, present)
    turned = sum(map(text.count, present)) - joints - len(left)
    if not turned:
        return text
    first = _first_runs_turned(text, min(map(text.find, present)), 3)
    _record_edits(text, first, log, limit=3)
    log.count(turned - len(first))
    if len(left) >= turned:
        return _apply(text, _punct_runs(text))
    # every mark turned by str.replace (a pass in C each) and the few runs left written back: a run keeps its
    # length either way, so the places of the runs left stand
    for mark in present:
        text = text.replace(mark, _HALF_TO_FULL[mark])
    return _apply(text, left)


def _punct_edits(text: str, spans) -> list[tuple[int, int, str]]:
    edits = [edit for edit in _punct_runs(text) if not _inside(edit[0], spans)]
    for stop in _stops_in(text):
        for m in stop.finditer(text):
            if not _inside(m.start(), spans):
                edits.append((m.start(), m.end(), "。"))
    return edits


# 各市<含定州、辛集市>人力资源社会保障局 / 各县<市、区>人民政府 (uv_09): a site that wrote an aside inside a name with
# angle brackets, the full-width ones kept for the note around it. Han on both sides and inside (no markup), and an
# aside's shape inside: 含… or places parted by 、 (a title in angle brackets, 根据<安全生产法>规定, is no aside)
ANGLE_ASIDE = re.compile(r"(?<=\p{Han})[<＜](含[\p{Han}、，]{1,14}|\p{Han}{1,6}(?:、\p{Han}{1,6})+)[>＞](?=\p{Han})")


def _angle_asides(text: str, log) -> str:
    """The angle brackets of ANGLE_ASIDE as the full-width round ones a name's aside is written in (lengths kept)."""
    if "<" not in text and "＜" not in text:  # most texts hold none: one scan each, no pattern
        return text
    return _sub_logged(ANGLE_ASIDE, text, lambda aside: "（" + aside[1:-1] + "）", log, limit=2)


def _normalise_punct(text: str, log) -> str:
    text = _angle_asides(text, log)
    spans = _protected_spans(text)
    brackets = _bracket_edits(text, spans)
    if brackets:
        pairs = list(dict.fromkeys([(ps, pe) for _, _, _, ps, pe in brackets]))  # each pair once, in order
        shown = k = 0
        while shown < 3 and k < len(pairs):
            ps, pe = pairs[k]
            k += 1
            if pe - ps <= 40:
                before = text[ps:pe]
                # its two ends turned (a lone bracket is both), what stands between as it is: no generator over it
                after = before[0].translate(_TO_FULL_TABLE) + (
                    before[1:-1] + before[-1].translate(_TO_FULL_TABLE) if len(before) > 1 else "")
                log.record(before, after, at=ps)  # a bracket's edits keep every length
                shown += 1
            else:
                log.count()
        log.count(len(pairs) - k)  # the pairs past the examples, counted at once
        text = _turn_brackets(text, brackets)
        log.settle(text)
        spans = _protected_spans(text)
    if not spans[0]:
        # the common case, nothing to protect: the mark runs (counted by a class scan) and each stop pattern's
        # matches both logged and applied
        text = _turn_mark_runs(text, log)
        for stop in _stops_in(text):
            text = _sub_logged(stop, text, lambda _stop: "。", log, limit=2)
        return text
    edits = sorted(_punct_edits(text, spans))
    _record_edits(text, edits, log, limit=3)
    return _apply(text, edits)


def _turn_brackets(text: str, brackets: list[tuple[int, int, str, int, int]]) -> str:
    """The bracket edits applied. Each edit turns one ( or ) into its full-width form, at most one edit a
    position: as many edits as half-width brackets means every one is turned, which two replaces do in C."""
    if len(brackets) == text.count("(") + text.count(")"):
        return text.replace("(", "（").replace(")", "）")
    return _apply(text, [(a, b, c) for a, b, c, _, _ in brackets])


def _sub_logged(pattern, text: str, new, log, limit: int) -> str:
    """pattern.sub(new) over text in one scan: the first `limit` edits logged as examples, the rest counted."""
    edits = [(m.start(), m.end(), new(m.group())) for m in pattern.finditer(text, 0, None, False, HOLD_GIL)]
    _record_edits(text, edits[:limit], log, limit=limit)
    log.count(len(edits) - len(edits[:limit]))
    return _apply(text, edits)


def normalise_punctuation(text: str, log) -> str:
    return _normalise_punct(text, log)


# ================================================================ hard wraps

_NUM = f"[{CN_NUMERALS}]+"
# （十二）项规定…: a line a wrap opened inside a citation of a list's item (grammar's paren_cn), no marker (ur_05)
_MARKER = re.compile(
    rf"(?:{_NUM}[、.．]|[（(]{_NUM}[）)](?!项(?!目))|\d{{1,3}}[、.．](?!\d)|[（(]\d{{1,3}}[）)]|[①-⑳]"
    rf"|第[{CN_NUMERALS}\d]+[章节条部分篇]|附件|附：)"
)
# …等标准。 （三）行业应用标准 / …标准体系。 三、建设思路: PDF text that printed a heading line after the last sentence of
# the paragraph above it, parted by a blank; the title (no stop in it) runs to the line's end
_GLUED_TITLE_AT_END = re.compile(
    r"[。！？；][ \t\u3000]++(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。，；：！？,;:、\s]{2,20}$"
)
_GLUED_TITLE_TAIL = 30  # the stop, the blank, the marker and a title of up to 20 characters


def _ends_on_glued_title(s: str) -> bool:
    """Does the line end on a heading's title glued after a finished sentence (a blank between)? Looked for in the
    line's last characters only (the caller asks only lines holding a blank)."""
    return _GLUED_TITLE_AT_END.search(s[-_GLUED_TITLE_TAIL:]) is not None


# 前 言 with blanks around: a short line (the length asked before the call). grammar.PREFACE_TITLE takes at most four
# blanks between the two characters: the title never holds more than _PREFACE_MAX characters, so the callers' length
# test before the call leaves out no line the pattern would take
_PREFACE_MAX = 6


def _is_preface_title(s: str) -> bool:
    """前言 / 前 言 / 引言 / 序言 alone on a line: the title of the preface a guide or plan opens with."""
    return "言" in s and PREFACE_TITLE.fullmatch(s.strip()) is not None


# 济南市工业和信息化局 / 济南市公安局 / 济工信装备字〔2022〕1号 / 文件 / 关于印发…: the 文件 of a joint red head, printed
# large beside the bodies' names, comes out of the PDF as a line of its own; it is no wrapped rest of the 文号 above it
# nor the head of the title below it
_RED_HEAD_WORDS = frozenset({"文件", "文 件", "文\u3000件"})


def _is_red_head_word(s: str) -> bool:
    return len(s) <= 3 and s in _RED_HEAD_WORDS


_HEADING_MARKER = re.compile(rf"(?:{_NUM}、|[（(]{_NUM}[）)]|第[{CN_NUMERALS}\d]+[章节部分篇])")
# the characters a _MARKER match can open on but its digits (\d: what str.isdecimal says, and past U+FFFF the digits of
# Unicode versions newer than Python's): numerals, brackets, ①–⑳, 第 and 附
# （十二）项规定… / （六）（八）项…: a line opening on the item numbers a citation names (项, not 项目)
_CITED_ITEM = re.compile(rf"(?:[（(]{_NUM}[）)])+项(?!目)")
_MARKER_FIRST = frozenset(CN_NUMERALS + "（(第附" + "".join(map(chr, range(0x2460, 0x2474))))
# 1.1 / 3.2.3.4: a decimal part's number alone (xh_02, its title on the next line) is a bare marker too
_MARKER_ONLY = re.compile(rf"(?:{_NUM}[、.．]|[（(]{_NUM}[）)]|\d{{1,3}}[、.．]|\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}|[（(]\d{{1,3}}[）)]|[①-⑳])")
# the markers a numbered title line opens with (not 第X条, whose text runs on, nor 附件 / 附：)
_TITLE_MARKER = re.compile(
    rf"(?:{_NUM}[、.．]|[（(]{_NUM}[）)]|\d{{1,3}}[、.．](?!\d)|[（(]\d{{1,3}}[）)]|[①-⑳]"
    rf"|第[{CN_NUMERALS}\d]+[章节部分篇])"
)
_TITLE_MAX = 80  # display width (40 Han characters): the longest numbered title kept apart from a wider line below
_TITLE_OUTRUN = 1.25  # how much wider than a title line the line below must be (a ragged wrap stays within 0.85)
_SENTENCE_STOP = re.compile(r"[。；！？!?;]")
_OVER_WRAP = 2  # how much wider than the window's wrap width a line is that was never wrapped at that width
# …工作报告。🌟 / 回顾2023年工作成果🏆: emoji a blog or chat copy puts after a line's end; the line ends before them
_TRAILING_PICTOGRAPHS = re.compile(r"[\p{Extended_Pictographic}\uFE0F\u200D]++$")
# what most lines end on past U+2190 that is no pictograph: they are spared the search, which runs over the whole line
_PLAIN_ENDS = frozenset("。，、；：？！）》」』】〕〉…—．％～")
_TERMINAL = frozenset("。！？；：!?;:…")
_CLOSERS = "”’」』\"'"
# 济南市工业和 / 信息化局 (ur_05's signature): no paragraph, title or name ends on a conjunction; in wrapped text a line
# that does was cut inside a phrase by the wrap, short as it is. A word ending on the same character (总和, 饱和,
# 参与, 普及, 涉及) may end a cell or title: the character before it says which.
_CUT_CONJUNCTIONS = frozenset("和与及")
_WORDS_ENDING_ON_THEM = {"和": "总饱缓温平调共柔中融祥", "与": "参给赋授", "及": "普涉危顾波惠殃来论企触"}


def _ends_on_conjunction(s: str) -> bool:
    return s[-1] in _CUT_CONJUNCTIONS and len(s) > 1 and s[-2] not in _WORDS_ENDING_ON_THEM[s[-1]]
_CONT_START = frozenset("，。、；：？！）》」』”’%,;:?!)")
_OPEN_END = frozenset("（《「『“‘(〔【[、，")
_PROSE = re.compile(r"[，、。；]")
_PROSE_ANY_WIDTH = re.compile(r"[，、。；,;]")
# indentation: two spaces, or one ideographic / em / en space (U+2000–U+200A print as wide blanks too)
_INDENT = re.compile(r"^(?:[ \t\xa0]{2,}|[\u3000\u2000-\u200a])")
_INDENT_FIRST = frozenset(" \t\xa0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a")  # what _INDENT can start with
# every character str.strip() removes but the line end: a line of them is blank, so that _Line (which strips with
# str.strip) never sees an empty line: a PDF text's form feed alone on a line between pages (\x0c) was read as text
_BLANKISH = WHITE_SPACE.replace("\n", "") + "\x1c\x1d\x1e\x1f"  # str.isspace takes \x1c-\x1f too
_WINDOW = 12
# PDF page numbers on a line of their own: — 1 —, - 2 -, 第 3 页, 第3页 共10页
_PAGE_NUMBER = page_number_line(2, page_of=True)
_BARE_NUMBER = re.compile(r"\d(?: ?\d){0,2}")  # 12, or letter-spaced as a PDF text layer prints it (1 2)
_PAGE_RUN = 3  # bare numbers in a row it takes to call them page numbers
_PAGE_GAP = 12  # lines at least between two of them (a page of text)
_PAGE_BREAK = -2
_WRAP_SHARE = 0.45  # share of the longer lines within a character of the commonest length, in text wrapped at one width
_WRAP_MIN_LINES = 30
_WRAP_MIN_WIDTH = 15  # characters: a page is wider than a table cell
_CHAPTER_LINE = re.compile(rf"第[{CN_NUMERALS}\d]{{1,4}}[章节][ \t\u3000]*+\S[^。；]{{0,40}}$")


class _Line:
    __slots__ = ("idx", "raw", "s", "width", "gap", "terminal", "_marker", "wrapish", "indent")

    def __init__(self, idx: int, raw: str):
        self.idx = idx
        self.raw = raw
        self.s = s = raw.strip()  # every Unicode blank, the em spaces of Word exports included
        self.width = 2 * len(s) - len(s.encode("ascii", "ignore"))  # display width: ASCII 1, everything else 2
        self.gap = 0  # blank lines between this line and the next content line
        self.indent = raw[0] in _INDENT_FIRST and _INDENT.match(raw, 0, None, HOLD_GIL) is not None  # most lines start unindented: no call
        core = s.rstrip(_CLOSERS)
        last = core[-1:]
        # most lines end on Han or punctuation, no pictograph: the search is left to the others
        if last > "\u2190" and last not in _PLAIN_ENDS and not "\u4e00" <= last <= "\u9fff" and not _is_han(last):
            last = _TRAILING_PICTOGRAPHS.sub("", core)[-1:]
        self.terminal = last in _TERMINAL or (self.width > 12 and last in "）)")
        self._marker = None  # asked on demand (see marker)
        self.wrapish = False

    # Asked of about a third of the lines (the next line of a pair not settled by the line above): computed on
    # demand and kept, not matched for every line that opens on a numeral (two thirds of the bench's lines)
    @property
    def marker(self) -> bool:
        marker = self._marker
        if marker is None:
            first = self.s[0]
            # most lines open on a character no marker opens on: no call (a match costs more than the rest of a line)
            marker = self._marker = (first in _MARKER_FIRST or first.isdecimal() or first > "\uffff") and (
                _MARKER.match(self.s, 0, None, HOLD_GIL) is not None
            )
        return marker

    # Read only when deciding a join, i.e. in documents that show wrapping: computed on demand, not for every line.
    @property
    def marker_only(self) -> bool:
        return _MARKER_ONLY.fullmatch(self.s, 0, None, HOLD_GIL) is not None

    @property
    def fragment(self) -> bool:
        return self.width <= 6 or (self.width <= 12 and HAN.search(self.s) is None)


_ROW_START = re.compile(r"(\d{1,3})(?=\p{Han})")


def _numbered_rows(a: str, b: str) -> bool:
    """Do a and b open with row numbers in sequence (7进出口总额… / 8单位生产总值…), a table's rows each a line?"""
    ma = _ROW_START.match(a) if a[:1].isdigit() else None
    mb = _ROW_START.match(b) if ma is not None and b[:1].isdigit() else None
    return mb is not None and int(mb.group(1)) == int(ma.group(1)) + 1


def _cites_on(lines: list[_Line], par_start: int, k: int) -> bool:
    """Does the paragraph up to lines[k] end inside a citation of articles (…《实施办法》第 / 三、 / 五、), so that the
    numeral opening the next line goes on it? The lines holding only the citation's numbers are passed over."""
    j = k
    while j > par_start and CITED_ORDINAL_RUN.fullmatch(lines[j].s):
        j -= 1
    return CITED_ORDINAL_OPEN.search(lines[j].s) is not None


def _prose_like(line: _Line) -> bool:
    """Sentence material (not a title or heading): inner punctuation, or a line cut mid-phrase."""
    if line.s[-1] in _OPEN_END or line.s[-1] in "—-":
        return True
    body = line.s
    m = _MARKER.match(body, 0, None, HOLD_GIL) if line.marker else None  # line.marker: this match, asked already
    if m:
        body = body[m.end():]
    return _PROSE.search(body, 0, None, HOLD_GIL) is not None


def _shared_width(widths: list[int]) -> int:
    """The widest of `widths` (sorted widest first) that at least two more come within 15 % of, or 0."""
    # sorted, so the lines within 15 % of widths[k] run on from k: three of them exist when widths[k + 2] does
    for k in range(len(widths) - 2):
        if widths[k + 2] >= 0.85 * widths[k]:
            return _width_of_halves(widths, k) or widths[k]
    return 0


_HALF_LOW, _HALF_HIGH = 0.45, 0.55  # a half of the widest width found, within a wrapped line's ragged end


def _width_of_halves(widths: list[int], k: int) -> int:
    """ub_10: 第三十五条 支付机构应建立…监测分析 (51) / 体系，… where a few lines around are 113 wide: the source lost the
    break between two wrapped lines here and there, so the widest width three lines share is two lines' width. When
    more wrapped lines share a width about half of widths[k] (sorted widest first) than share widths[k], that half
    is the page's width (0 when none is)."""
    top = widths[k]
    if widths[-1] > _HALF_HIGH * top:
        return 0  # most windows: no wrapped line as narrow as half the width (sorted: the last is the narrowest)
    wide = k + sum(1 for w in widths[k:] if w >= 0.85 * top)  # lines sharing the widest width, those above it too
    for j in range(wide, len(widths) - 2):
        w = widths[j]
        if w < _HALF_LOW * top:
            return 0
        if w <= _HALF_HIGH * top and widths[j + 2] >= 0.85 * w:
            shared = sum(1 for v in widths[j:] if v >= 0.85 * w)
            return w if shared > wide else 0
    return 0


class _WindowRows:
    """The wrapped lines' widths and gaps, one entry a line, read once per document so that each window around a
    line is a slice (C), not a walk over its 25 lines in Python. Only a wrapped line has a width here (0: none; a
    wrapped line is 24 wide at least), and its gap is 0 or 1 (2: no wrapped line, or a page break between)."""

    __slots__ = ("widths", "wrap_gaps", "gaps")

    def __init__(self, lines: list[_Line]) -> None:
        self.widths = [ln.width if ln.wrapish else 0 for ln in lines]
        self.wrap_gaps = [ln.gap if ln.wrapish and ln.gap >= 0 else 2 for ln in lines]
        self.gaps = [ln.gap for ln in lines]

    def width(self, lo: int, hi: int) -> int:
        """The width wrapped lines share around lines[lo:hi], or 0 when they show no wrapping."""
        widths = sorted(self.widths[lo:hi], reverse=True)
        del widths[len(widths) - widths.count(0):]
        return _shared_width(widths)

    def commonest_gap(self, lo: int, hi: int) -> int:
        """The gap most wrapped lines in lines[lo:hi] leave (the first seen on a tie, as Counter.most_common gives
        it), 0 when none: a wrapped line's gap is 0 or 1."""
        seg = self.wrap_gaps[lo:hi]
        zeros, ones = seg.count(0), seg.count(1)
        if zeros != ones:
            return 0 if zeros > ones else 1
        return 0 if not zeros or seg.index(0) < seg.index(1) else 1

    def widest_gap(self, lo: int, hi: int) -> int:
        return max(self.gaps[lo:hi])


def _ends_title(lines: list[_Line], par_start: int, k: int) -> bool:
    """…巩固群众 / 安全感和满意度文艺巡回演出工作方案: a paragraph with no sentence punctuation and no open
    《 or （ whose line ends in a 文种 is a title; the paragraph after it is the body, not its wrapped rest."""
    if not ends_on_title_word(lines[k].s):
        return False
    group = "".join(ln.s for ln in lines[par_start : k + 1])
    return not left_open(group) and _PROSE.search(group) is None


_BLANK_END = " \u3000"
_ARTICLE_LINE = re.compile(rf"第[{CN_NUMERALS}]{{1,5}}条[ \t\u3000]*+\p{{Han}}")
_INDENT_WIDTH = 4  # display width of a paragraph's first-line indent: two full-width characters
_FLUSH_SHORT_WRAP = 0.75  # share of the wrap width a flush-ended line reaches, in text whose paragraphs end blank
_BLANK_END_MIN = 5  # lines ending in a blank, and finished sentences among them, before the mark is believed


def _blank_ends_paragraphs(lines: list[_Line]) -> bool:
    """PDF text that leaves one blank after the last line of each paragraph (…基础支撑。␠) and none after a
    wrapped line: finished sentences end blank-ended lines, (almost) never flush-ended ones. Then a
    blank-ended line that stops mid-phrase is a heading or title, never the first part of a wrap."""
    blank = [ln for ln in lines if ln.raw[-1] in _BLANK_END]
    if len(blank) < _BLANK_END_MIN or len(blank) == len(lines):
        return False
    flush_done = sum(ln.terminal for ln in lines if ln.raw[-1] not in _BLANK_END)
    blank_done = sum(ln.terminal for ln in blank)
    return blank_done >= max(_BLANK_END_MIN, 0.3 * len(blank)) and flush_done <= 0.05 * (len(lines) - len(blank))


_BULLET_SIGNS = frozenset("■◆●▲★▶")  # the signs grammar.LIST_BULLET opens on
_WIDEST_WRAP = 300  # display width (150 Han characters) beyond any page or screen a text was wrapped at


def _cut_short(a: _Line, b: _Line) -> bool:
    """…建设100个省级班主任工作室，充分发挥 / 健全社会教育资源…: in a text that shows no wrapping, a line far
    wider than any wrap that stops mid-phrase (no stop, no joiner such as ，) was cut short by the crawler
    that stored it; the next paragraph is no rest of it, even when it opens with the lost sentence's stop (。推进…)."""
    return (
        a.width > _WIDEST_WRAP and not a.terminal and a.s[-1] not in _OPEN_END and a.s[-1] not in "—-"
        and not a.s[-1].isascii() and not b.marker and _PROSE.search(b.s) is not None
    )


def _ascii_field(s: str) -> bool:
    """来源： /Volumes/…/x.pdf: a labelled field whose value holds no Han (a path, a URL, a code), which no wrap
    carries on into the next line (示例：…发放了10995 / 份调查问卷 is a sentence after its label)."""
    m = FIELD_LABEL_START.match(s, 0, None, HOLD_GIL)
    return m is not None and HAN.search(s, m.end()) is None


def _numbered_title(a: _Line, b: _Line) -> bool:
    """（一）聚焦减损提质，推动粮食生产机械化高质高效发展 / 继续推进主要粮食作物…。: a short line opening on a
    heading marker, with no sentence stop in it, over a line far wider than itself. Wrapping fills a line before it
    breaks, so a line that the next one outruns was ended by its writer: a title over its paragraph, not a wrap
    (the tree reads such a title line as a heading only while it stands on its own line)."""
    return _numbered_title_line(a) and b.width >= _TITLE_OUTRUN * a.width + 8


def _numbered_title_line(a: _Line) -> bool:
    """（一）聚焦减损提质，推动…发展: a line opening on a heading marker, short enough for a title, with no
    sentence stop in it and no open end."""
    m = _TITLE_MARKER.match(a.s)
    if m is None or a.width > _TITLE_MAX or len(a.s) - m.end() < 2 or a.s[-1] in _OPEN_END:
        return False
    return _SENTENCE_STOP.search(a.s) is None


def _line_stands_alone(a: _Line, b: _Line) -> bool:
    """Whether one of the two lines is a line of its own by its form, wherever it stands in its paragraph: a title
    glued after a line's last sentence, a preface's title, a red head's 文件, a field whose value is a path or code, a
    field row."""
    if (" " in a.s or "\u3000" in a.s or "\t" in a.s) and _ends_on_glued_title(a.s):
        return True  # …SDN 等标准。 （三）行业应用标准 / 主要包括…: the title glued after the last sentence ends the line
    if (len(a.s) <= _PREFACE_MAX and _is_preface_title(a.s)) or (len(b.s) <= _PREFACE_MAX and _is_preface_title(b.s)):
        return True  # 2022 年11月 / 前 言 / 石化行业是…: a preface's title is a line of its own (ur_06)
    if _is_red_head_word(a.s) or _is_red_head_word(b.s):
        return True  # 济工信装备字〔2022〕1号 / 文件 / 关于印发…: a red head's 文件 is a line of its own (ur_05)
    if a.s[-1].isascii() and a.s[-1].isalnum() and _ascii_field(a.s):
        return True  # 来源： /Volumes/…/x.pdf / 《…办法》已经…: a field whose value is a path or code ends its line
    # [ 成文日期 ] 2024-03-04 [ 发布日期 ] 2024-03-05 / 重庆市…的通知: a field row stands alone
    return a.s[0] == "[" and BRACKETED_FIELD_ROW.match(a.s) is not None \
        or b.s[0] == "[" and BRACKETED_FIELD_ROW.match(b.s) is not None


def _title_line_opens(a: _Line, b: _Line) -> bool:
    """Whether line a, the first of its paragraph, is a title line of its own: a chapter's, or a numbered one."""
    if _CHAPTER_LINE.match(a.s, 0, None, HOLD_GIL) and a.s[-1] not in _OPEN_END:
        return True  # 第三章  强化…，促进…融合: a chapter's title line is a line of its own, commas and all
    return _numbered_title(a, b)


def _head_over_headline(a: _Line, b: _Line, opens: bool) -> bool:
    """民生 / 贫困户全部脱贫销号 / ●到2020年，… (tk_03): a fragment of Han opening its paragraph over a line with no sentence
    material is a head line of its own, not a wrap's first line (a wrap fills its line before it breaks); a fragment
    over prose (…的比例 / 为中心缓冲2公里…) may be the rest of a cell or sentence the line above began."""
    return opens and not a.marker_only and HAN.search(a.s) is not None and not _prose_like(b)


def _join(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


# 实行“示范先行、突出重点、公平公1 / 开、确保实效…”的原则。: a PDF page's number glued to the last word of the page, the
# sentence going on on the next page's first line; read only where a quote or bracket the line opens is closed in the next
# line's first sentence, so a figure ending a line (…达到1 / 万元) is never taken for one
_GLUED_PAGE_NUMBER = re.compile(r"(?<=\p{Han})\d{1,3}\n(?=\p{Han})")
# A line break after a digit, which every _GLUED_PAGE_NUMBER match holds: led by the break, the standard module finds
# it by a fast literal search (a tenth of the pattern's scan, which tries its lookbehind at every character), and
# most texts hold none. The standard module's \d agrees with the regex module's on every BMP character; past U+FFFF
# the regex module knows digits of newer Unicode versions, so any character there before a break passes too.
_DIGIT_BEFORE_BREAK = stdre.compile(r"\n(?<=[\d\U00010000-\U0010ffff]\n)")
_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("‘", "’"))


def _split_across_page(line: str, following: str) -> bool:
    """Does `following`'s first sentence close a quote or bracket `line` left open?"""
    first = following.split("。", 1)[0]
    return any(line.count(o) > line.count(c) and c in first and first.count(c) > first.count(o) for o, c in _PAIRS)


def _join_page_number_splits(text: str, log) -> str:
    """Drops a page number glued inside a word split across a page (see _GLUED_PAGE_NUMBER) and joins the halves."""
    if "\n" not in text or _DIGIT_BEFORE_BREAK.search(text) is None:
        return text
    edits = []
    for m in _GLUED_PAGE_NUMBER.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        nl = text.find("\n", m.end())
        if _split_across_page(line, text[m.end():nl if nl >= 0 else len(text)]):
            edits.append((m.start(), m.end()))
    for a, b in reversed(edits):
        log.record(text[a - 4:b + 2], text[a - 4:a] + text[b:b + 2], at=a - 4 - sum(e[1] - e[0] for e in edits if e[0] < a))
        text = text[:a] + text[b:]
    return text


# — 5 —第十一条 本细则… / — 10 —2.无重大… / — 2 —·ÇÒø… (a gazette's PDF text): a decorated page number glued before
# the first line of the next page, its text or running header; set on a line of its own, it is a page-number line
# like the others (a figure after it is the page's text only when it is an item's 2.)
_GLUED_PAGE_MARK = re.compile(r"(?m)^([^\S\n]*[—－–]{1,2}[^\S\n]*\d{1,4}[^\S\n]*[—－–]{1,2})(?=[^\s\d—－–\-]|\d{1,2}[.．、]\p{Han})")


def _split_glued_page_marks(text: str, log) -> str:
    """Sets a page number glued before a page's first line (see _GLUED_PAGE_MARK) on a line of its own."""
    marks = _glued_page_marks(text)
    if not marks:
        return text
    for m in marks[:2]:
        log.record(text[m.start():m.end() + 6], m.group(1) + "\n" + text[m.end():m.end() + 6])
    pieces, last = [], 0
    for m in marks:
        pieces += [text[last:m.end()], "\n"]
        last = m.end()
    return "".join(pieces) + text[last:]


def _glued_page_marks(text: str) -> list:
    """The matches of _GLUED_PAGE_MARK, asked only at the start of a line holding a dash (every match holds one): a
    pattern led by ^ is otherwise tried at every character of the text, and most documents hold a few dashes."""
    starts = set()
    for dash in "—－–":
        i = text.find(dash)
        while i >= 0:
            starts.add(text.rfind("\n", 0, i) + 1)
            end = text.find("\n", i)
            i = text.find(dash, end) if end >= 0 else -1
    return [m for m in (_GLUED_PAGE_MARK.match(text, start) for start in sorted(starts)) if m is not None]


# 第1页共4页政府秸秆禁烧工作实施方案… / …县农作第2页共4页物秸秆禁烧… (tj_06), 第 1 页 共 14 页 国务院 关于印发…的通知 (sr_06):
# a document-sharing site's page count (第N页 with its 共M页) glued into the text it was printed over, at a line's start
# or inside a word split across its pages; a line that holds only it is a page-number line as before (_PAGE_NUMBER)
_GLUED_PAGE_OF = re.compile(r"第[ \t\u3000]*\d{1,4}[ \t\u3000]*页[ \t\u3000]*[/／，,]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页[ \t\u3000]*")


def _drop_glued_page_counts(text: str, log) -> str:
    """Drops a page count glued into a line of text (see _GLUED_PAGE_OF), joining the halves of a word it split."""
    if "共" not in text or "页" not in text:
        return text  # the literals gate first: most texts count no pages
    edits = []
    for m in _GLUED_PAGE_OF.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        rest = text[line_start:m.start()] + text[m.end():line_end if line_end >= 0 else len(text)]
        if rest.strip():
            edits.append((m.start(), m.end()))
    for a, b in reversed(edits):
        log.record(text[max(0, a - 4):b + 4], text[max(0, a - 4):a] + text[b:b + 4])
        text = text[:a] + text[b:]
    return text


def join_hard_wraps(text: str, log) -> str:
    text = _drop_glued_page_counts(text, log)
    text = _split_glued_page_marks(text, log)
    text = _join_page_number_splits(text, log)
    raw_lines = text.split("\n")
    lines, pages = _content_lines(raw_lines)
    if len(lines) < 2 and not pages:
        return text
    page_set = set(pages)
    _mark_gaps(lines, page_set)
    wraps = _Wraps(lines, boxed="│" in text or "┃" in text)  # a grid's lines have its edges: most texts have none
    groups, examples, joins = _join_groups(lines, wraps, log)
    # a crawler's line cut mid-sentence, then the next paragraph: a blank line keeps later steps from joining them
    cut = set() if wraps.any_wrap else {
        a.idx for a, b in zip(lines, lines[1:])
        if a.gap == 0 and a.width > _WIDEST_WRAP and a.idx not in groups and _cut_short(a, b)  # the width: _cut_short's first test
    }
    if not joins and not pages and not cut:
        return text
    out, starts = _assemble(raw_lines, groups, page_set, cut, {idx for _, _, idx, _ in examples})
    for before, after, idx, offset in examples:
        log.record(before, after, at=starts[idx] + offset)
    for i in pages:
        log.record(raw_lines[i].strip(), "")
    for i in sorted(cut)[:2]:
        log.record(raw_lines[i].strip()[-12:], raw_lines[i].strip()[-12:] + "\n")
    return "\n".join(out)


# what a _PAGE_NUMBER line opens on once stripped (\s is Unicode White_Space, all of which str.strip removes): a
# dash or 第; most short lines open on neither and are spared the pattern call
_PAGE_NUMBER_FIRST = frozenset("-—–－第")


def _content_lines(raw_lines: list[str]) -> tuple[list[_Line], list[int]]:
    """The lines with text, and the indexes of PDF page-number lines (left out of the lines)."""
    lines: list[_Line] = []
    pages: list[int] = []
    bare = _bare_page_numbers(raw_lines)
    for i, raw in enumerate(raw_lines):
        if raw.strip(_BLANKISH):  # not blank: one C call, not a generator over the line
            if i in bare or len(raw) <= 24 and raw.lstrip()[:1] in _PAGE_NUMBER_FIRST and _PAGE_NUMBER.fullmatch(
                    raw.strip(), 0, None, HOLD_GIL):
                pages.append(i)
                continue
            lines.append(_Line(i, raw))
    return lines, pages


def _bare_page_numbers(raw_lines: list[str]) -> set[int]:
    """Lines holding a bare number that count pages, in text wrapped at one width: a run of at least _PAGE_RUN of
    them, each one more than the last and at least _PAGE_GAP lines after it, or right below it (sh_11: 2 … 11 between
    wrapped lines). A table printed one cell a line numbers its rows apart too, but its lines are of every length."""
    # most short lines are blank or open on no digit: the first character rules them out before the pattern call
    # (\d is what str.isdecimal says but, past U+FFFF, the digits of Unicode versions newer than Python's)
    found = [(i, int(t.replace(" ", ""))) for i, raw in enumerate(raw_lines)
             if len(raw) <= 8 and (t := raw.strip(_BLANKISH)) and (t[0].isdecimal() or t[0] > "\uffff")
             and _BARE_NUMBER.fullmatch(t, 0, None, HOLD_GIL)]
    if len(found) < _PAGE_RUN or not _wrapped_at_one_width(raw_lines):
        return set()
    runs: list[list[tuple[int, int]]] = [[found[0]]]
    for prev, cur in zip(found, found[1:]):
        # the next page's number right below (ro_13: 2 / 3): a page holding a box or a figure and no text
        if cur[1] == prev[1] + 1 and (cur[0] - prev[0] >= _PAGE_GAP or cur[0] - prev[0] == 1):
            runs[-1].append(cur)
        else:
            runs.append([cur])
    return {i for run in runs if len(run) >= _PAGE_RUN for i, _n in run}


def _wrapped_at_one_width(raw_lines: list[str]) -> bool:
    """PDF text wrapped at a page width: most of its longer lines are one length, or that length less a paragraph's
    first-line indent of two characters that the text layer dropped (vk_02: 26-character lines, each paragraph's first
    line 24); a table printed one cell a line, whose row numbers also stand alone, is not."""
    lengths = [len(t) for raw in raw_lines if len(t := raw.strip(_BLANKISH)) >= 8]
    if len(lengths) < _WRAP_MIN_LINES:
        return False
    counts = Counter(lengths)
    common = counts.most_common(1)[0][0]
    if common < _WRAP_MIN_WIDTH:
        return False
    at_width = sum(abs(n - common) <= 1 for n in lengths)
    if at_width >= _WRAP_SHARE * len(lengths):
        return True
    # the two commonest lengths two apart: the full lines and the indented first lines (either may be the commoner)
    pair = [n for n, _ in counts.most_common(2)]
    if len(pair) < 2 or abs(pair[0] - pair[1]) != 2:
        return False
    full = max(pair)
    return sum(-1 <= full - n <= 3 for n in lengths) >= _WRAP_SHARE * len(lengths)


def _mark_gaps(lines: list[_Line], page_set: set[int]) -> None:
    """Each line's gap to the next (blank lines, _PAGE_BREAK over a page number, -1 after the last), then
    whether it looks like a wrapped line."""
    for k in range(len(lines) - 1):
        lo, hi = lines[k].idx, lines[k + 1].idx
        lines[k].gap = hi - lo - 1
        if page_set and not page_set.isdisjoint(range(lo + 1, hi)):  # in C, no generator over the lines between
            lines[k].gap = _PAGE_BREAK
    if lines:
        lines[-1].gap = -1
    for k in range(len(lines) - 1):
        ln, nxt = lines[k], lines[k + 1]
        ln.wrapish = (
            not ln.terminal
            and ln.width >= 24
            and (0 <= ln.gap <= 1 or ln.gap == _PAGE_BREAK)
            and not nxt.marker
            and not nxt.indent
            and _prose_like(ln)
        )


_ROW_RUN = 3  # row numbers in sequence, each alone on its line, that show a table printed one cell a line
_ROW_LINES = 16  # lines at most from one row number to the next (a row of many cells, a header printed again)
_ROW_STEP = 10  # lines from one row number to the next, as most rows take them (a row's cells)


def _cell_table_lines(lines: list[_Line]) -> frozenset[int]:
    """The lines of tables printed one cell a line: row numbers standing alone on their lines in sequence (108 / … /
    109 / … / 110), a few lines apart. A cell there is no piece of a wrapped sentence, however short (教育局) or
    however like prose (机管局、房地局等相关部门，13个街道、镇): from the first number to as far past the last as the
    rows run, no line joins another."""
    numbers = [(k, int(ln.s)) for k, ln in enumerate(lines) if len(ln.s) <= 3 and ln.s.isdigit()]
    inside: set[int] = set()
    run: list[tuple[int, int]] = []
    for k, n in [*numbers, (len(lines) + _ROW_LINES + 1, -1)]:
        if run and n == run[-1][1] + 1 and k - run[-1][0] <= _ROW_LINES:
            run.append((k, n))
            continue
        steps = sorted(b[0] - a[0] for a, b in zip(run, run[1:]))
        if len(run) >= _ROW_RUN and steps[len(steps) // 2] <= _ROW_STEP:  # page numbers stand a page apart
            inside.update(range(run[0][0], min(len(lines), run[-1][0] + steps[-1])))
        run = [(k, n)]
    return frozenset(inside)


class _Wraps:
    """What the whole text shows of its wrapping, read once; `joins` asks it of one pair of lines."""

    def __init__(self, lines: list[_Line], boxed: bool = False) -> None:
        self.lines = lines
        self.boxed = boxed
        self.cell_tables = _cell_table_lines(lines)
        self.rows: _WindowRows | None = None
        # lists summed, not generators (sum() resumes a generator once a line); wrapish and indent are bools
        self.any_wrap = any_wrap = sum([ln.wrapish for ln in lines]) >= 3
        self.blank_ends = any_wrap and _blank_ends_paragraphs(lines)
        # a typeset copy that marks paragraph starts by indenting them: wrapped rest lines start flush
        self.indented_starts = (
            any_wrap and sum([ln.indent for ln in lines]) >= 3 and sum([ln.wrapish and not ln.indent for ln in lines]) >= 3
        )

    def joins(self, k: int, par_start: int) -> bool:
        """Does lines[k + 1] go on the paragraph that began at lines[par_start] and runs to lines[k]?"""
        a, b = self.lines[k], self.lines[k + 1]
        if k in self.cell_tables or k + 1 in self.cell_tables:
            return False  # a table printed one cell a line: each line a cell of its own
        if a.s[-1] in "第、" and CITED_ORDINAL_NEXT.match(b.s) and _cites_on(self.lines, par_start, k):
            return True  # 《消防法》第 / 二、 / 十四条…: a citation of articles broken after 第, its 二、 no heading (ua_02)
        if b.s[0] in "（(" and "项" in b.s and _CITED_ITEM.match(b.s, 0, None, HOLD_GIL):
            return True  # …按附件2中第（五） / （十二）项规定提供…: a citation of a list's items broken by the wrap (ur_05)
        said = self._by_the_pair(a, b)
        if said is not None:
            return said
        if not self.any_wrap or self._line_ends_here(a, b, k, par_start):
            return False
        return self._by_the_window(k, par_start)

    def _line_ends_here(self, a: _Line, b: _Line, k: int, par_start: int) -> bool:
        """Whether line a ends its paragraph by what it is (a title's last line, a field, a chapter or numbered
        title opening its paragraph) or b opens a field of its own, whatever the wrap width says."""
        if _ends_title(self.lines, par_start, k) or opens_on_field_label(b.s):
            return True
        if _line_stands_alone(a, b):
            return True
        return k == par_start and _title_line_opens(a, b)

    def _by_the_pair(self, a: _Line, b: _Line) -> bool | None:
        """What the two lines alone settle (None: nothing)."""
        if a.gap == -1 or a.gap > 1:
            return False
        if (a.terminal and not (self.blank_ends and a.raw[-1] in "）)") or b.marker or b.indent) \
                and b.s[0] not in _CONT_START:
            # a finished sentence, or a next line that opens a paragraph: nothing below can join them (where a
            # blank ends each paragraph, a flush line closing a bracket, …（…令〔2010〕第2号发布） / 等有关法律…, is
            # not finished). Asked first, as it settles most pairs; a pair it passes over for its _CONT_START
            # opening is settled by the _CONT_START test below, so it is asked once
            return False
        if self._rows_of_a_table(a, b):
            return False
        if not self.any_wrap and _cut_short(a, b):
            return False
        if self.blank_ends and a.raw[-1] in _BLANK_END and not a.marker_only:
            # （一）构建…格局，保障…服务␠: a blank after the last character ends the paragraph; not after a bare
            # marker (1.1␠␠ / 适用范围, xh_02), whose title the next line holds
            return False
        if b.s[0] in _CONT_START:
            # …财政支持。 / 。完善金融服务…: a 。 opening a line after a finished sentence closes a heading
            # the source dropped (<strong>（二）…</strong>。完善…); the line is a paragraph of its own
            return not (a.terminal and b.s[0] == "。")
        if b.s[0] in _BULLET_SIGNS and LIST_BULLET.match(b.s, 0, None, HOLD_GIL):  # the sign first: most lines open on none
            return False  # …床位达到6.0张 / ●到2020年，…: a bullet opens the next entry of a list, never a wrapped rest
        return None

    def _rows_of_a_table(self, a: _Line, b: _Line) -> bool:
        """Whether the two lines are rows of a table, each a line of its own, never a wrapped one."""
        if "\t" in a.raw or "\t" in b.raw:
            return True  # a table row (cells joined by tabs)
        if a.s[-1] == "|" or b.s[-1] == "|":
            return True  # a cell closed by its border printed as a bar (…完成60%。 | / 是 |): a text corpus's table
        if self.boxed and (a.s[-1] in BOX_EDGES or b.s[0] in BOX_EDGES):
            return True  # │…│ / ├───┤ │…│: lines of a box-drawn grid, each a row of its cells
        return _numbered_rows(a.s, b.s)  # 3全社会固定资产投资… / 4城镇居民…: cells run together, numbered on

    def _by_the_window(self, k: int, par_start: int) -> bool:
        """What the wrapped lines around k say: their width, and the gap they leave between lines."""
        lines = self.lines
        a, b = lines[k], lines[k + 1]
        if self.rows is None:
            self.rows = _WindowRows(lines)  # first asked: most documents never reach the window
        rows = self.rows
        lo, hi = k - _WINDOW if k > _WINDOW else 0, k + _WINDOW + 1  # a slice stops at the end by itself
        w = rows.width(lo, hi)
        if not w:
            return False
        g = rows.commonest_gap(lo, hi)
        if a.gap != g and a.gap != _PAGE_BREAK:
            return False
        if k == par_start and _numbered_title_line(a) and self._titles_alone_look_wrapped(lo, hi, w):
            return False
        if self._wrapped_at_width(a, b, k == par_start, w):
            return True
        if g == 0:
            return self._indented_first_goes_on(a, b, w)
        # Lines a blank line apart, paragraphs further apart: the gap already says where
        # paragraphs end, so the rest of a paragraph joins too, unless it is a heading.
        if rows.widest_gap(lo, hi) <= g:
            return False
        return _HEADING_MARKER.match(lines[par_start].s) is None

    def _titles_alone_look_wrapped(self, lo: int, hi: int, w: float) -> bool:
        """（五）加力推进都市区一体化，在…上实现新突破 / 坚持一体化发展方向，…能级。 (a 政府工作报告, one paragraph a
        line): lines around far wider than the wrap width show a text never wrapped at that width, and the only
        "wrapped" lines sharing it are numbered titles, whose own lengths made the width: no title there is cut by
        a wrap (a PDF whose wide lines sit among wrapped ones has wrapped body lines sharing the width too)."""
        window = self.lines[lo:hi]  # asked only of a numbered title line: no list of every width kept per document
        if max(ln.width for ln in window) <= _OVER_WRAP * w:
            return False
        return all(_numbered_title_line(ln) for ln in window if ln.wrapish)

    def _wrapped_at_width(self, a: _Line, b: _Line, a_opens: bool, w: float) -> bool:
        """Whether line a, against the window's wrap width w, is cut short by the wrap: a fragment, a bare marker, an
        open end, a line as wide as the wrap, or a sentence broken after the date its decree was adopted on."""
        if (a.fragment and not _head_over_headline(a, b, a_opens)) or b.fragment \
                or a.marker_only or a.s[-1] in _OPEN_END or _ends_on_conjunction(a.s) or a.width >= 0.85 * w \
                or a.s[-1] == "日" and ADOPTED_ON_DATE_END.search(a.s, 0, None, HOLD_GIL):
            return True
        # 第六条  支付机构…指定内设机构负 / 责反洗钱…: where a blank ends each paragraph, a flush line a little
        # short of the wrap width (an article's first line, its indent lost) is wrapped all the same
        if self.blank_ends and a.raw[-1] not in _BLANK_END and a.width >= _FLUSH_SHORT_WRAP * w:
            return True
        # 第五条 智能网联汽车产品应明确…及其 / 设计运行条件。… (vk_02): an article's first line, whose two-character
        # indent the text layer dropped (and the blank after 第五条 narrowed), is as wide as the wrap less that indent:
        # an article runs on in prose, no title line of its own
        return a_opens and a.s[0] == "第" and _ARTICLE_LINE.match(a.s) is not None and a.width >= 0.85 * (w - _INDENT_WIDTH)

    def _indented_first_goes_on(self, a: _Line, b: _Line, w: float) -> bool:
        """《…条例》已经1997年12月12日 / 国务院第六十四次常务会议通过，…: where lines leave no gap, an indented first line
        shorter than the wrap width (its digits are narrow) goes on in the flush line below when indents mark
        paragraph starts."""
        return bool(
            self.indented_starts and a.indent and not b.indent and a.width >= 0.6 * w
            and _PROSE_ANY_WIDTH.search(b.s) is not None and _HEADING_MARKER.match(a.s) is None
        )


def _join_groups(lines: list[_Line], wraps: _Wraps, log) -> tuple[dict[int, tuple[int, str]], list, int]:
    """The paragraphs made of several lines: first raw index -> (last raw index, joined line); the first
    joins as examples (before, after, first raw index, where `after` starts in the joined line), to be
    logged once the output is laid out; the number of joins (those past the examples counted here)."""
    groups: dict[int, tuple[int, str]] = {}
    examples: list[tuple[str, str, int, int]] = []
    joins = 0
    k = 0
    while k < len(lines):
        start = k
        while k + 1 < len(lines) and wraps.joins(k, start):
            k += 1
        if k > start:
            group = lines[start : k + 1]
            parts = [group[0].s]
            for prev, ln in zip(group, group[1:]):
                if len(examples) < 4:
                    sofar = "".join(parts)
                    head = sofar[-12:]
                    examples.append((f"{head}\n{ln.s[:12]}", _join(head, ln.s[:12]), group[0].idx, len(sofar) - len(head)))
                else:
                    log.count()
                if _join(prev.s[-1:], ln.s[:1]) != prev.s[-1:] + ln.s[:1]:
                    parts.append(" ")
                parts.append(ln.s)
                joins += 1
            groups[group[0].idx] = (group[-1].idx, _normalise_punct("".join(parts), NullLog()))
        k += 1
    return groups, examples, joins


def _assemble(raw_lines: list[str], groups: dict[int, tuple[int, str]], page_set: set[int], cut: set[int],
              wanted: set[int]) -> tuple[list[str], dict[int, int]]:
    """The output lines: groups joined, page numbers dropped, a blank line after each cut line; and where
    the groups named in `wanted` start in the output text."""
    out: list[str] = []
    starts: dict[int, int] = {}
    i = 0
    while i < len(raw_lines):
        if i in groups:
            if i in wanted:
                starts[i] = sum(map(len, out)) + len(out)
            last, joined = groups[i]
            out.append(joined)
            i = last + 1
            continue
        if i not in page_set:
            out.append(raw_lines[i])
            if i in cut:
                out.append("")
        i += 1
    return out, starts


# ================================================================ duplicate copy

_NORM_DROP_LINES = re.compile(r"[^\p{Han}\p{L}\p{N}\n]+")
_SEARCH_BUDGET = 200_000_000  # characters scanned by substring searches before giving up
_MIN_COPY = 100  # normalised characters
_COPY_SHARE = 0.9


@cache
def _norm_drop_bmp() -> stdre.Pattern:
    """_NORM_DROP_LINES in the standard module (its sub is the largest single scan of the parse in the regex
    module), built on first use, not at import: the kept class written out from the regex module's own for every
    BMP character, characters above U+FFFF listed as kept (a text holding any takes the regex-module pattern: their
    letters are only known there). `[^…][^…]*`, not `[^…]+`: the standard module skips to a match start only when
    the pattern opens on a plain class."""
    kept = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in bmp_runs(re.compile(r"[\p{Han}\p{L}\p{N}\n]+")))
    drop = f"[^{kept}\\U00010000-\\U0010ffff]"
    return stdre.compile(drop + drop + "*")


# CPython keeps a str in 1, 2 or 4 bytes a character (PEP 393), 4 only when it must: a str whose size in memory is at
# most the header and 2 bytes a character (and the terminator) is stored narrower and holds nothing above U+FFFF. A
# larger size (4 bytes a character, or a UTF-8 copy cached beside the text) leaves the question to the encoding.
_HEADER_OF_A_TWO_BYTE_STR = sys.getsizeof("\u0100") - 2 * 2


def _above_bmp(text: str) -> bool:
    """Does text hold a character above U+FFFF? Most texts are told by their size, read without a pass over
    them; for the rest, each such character takes two UTF-16 units, every other one: the encoding, a copy in C,
    costs a quarter of a pattern's search for such a character."""
    if sys.getsizeof(text) <= _HEADER_OF_A_TWO_BYTE_STR + 2 * (len(text) + 1):
        return False
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


# The commonest characters a normal form drops: str.replace takes each out in one C pass, leaving the pattern's sub
# only the rare rest (a sub pays some two thousand instructions a match, a replace about five a character).
_COMMON_DROPPED = "、，。（）“”"


def _line_norms(text: str) -> list[str]:
    """Each line's normal form (blank lines: ""): letters, digits and Han only, case folded."""
    kept = text
    for ch in _COMMON_DROPPED:
        kept = kept.replace(ch, "")
    kept = _norm_drop_bmp().sub("", kept)
    if _above_bmp(kept):
        kept = _NORM_DROP_LINES.sub("", text, 0, 0, None, HOLD_GIL)
    return kept.casefold().split("\n")


class _SeenBefore:
    """Whether a line's normal form occurs in the text before a point, counting the characters searched against
    one budget for the whole step (a long text with no copy must not cost a search per line over all of it)."""

    __slots__ = ("stream", "budget")

    def __init__(self, stream: str) -> None:
        self.stream = stream
        self.budget = _SEARCH_BUDGET

    def __call__(self, s: str, end: int) -> bool:
        self.budget -= end
        return self.stream.find(s, 0, end) >= 0


def drop_duplicate_copy(text: str, log) -> str:
    # No NFKC here (it costs more than the rest of the step): the width and punctuation steps
    # before this one have already given both copies the same forms.
    # one substitution over the whole text, line ends kept, gives each line's normal form (blank lines: "")
    norms = _line_norms(text)
    stream = "".join(norms)
    n = len(stream)
    if n < 2 * _MIN_COPY:
        return text
    starts = []
    pos = 0
    for s in norms:
        starts.append(pos)
        pos += len(s)
    seen_before = _SeenBefore(stream)
    for li in _copy_openings(norms, sorted(_copy_candidates(norms, starts, n, seen_before)))[:5]:
        # exact check: the tail against the text before it only
        p0 = starts[li]
        tail = sum(len(s) for s in norms[li:])
        got = sum(len(s) for s in norms[li:] if s and seen_before(s, p0))
        if seen_before.budget < 0:
            break
        if got >= _COPY_SHARE * tail:
            return _without_copy(text, li, 100 * got // tail, log)
    return text


_OPENING_COMPARED = 8  # characters of the first line a copy's opening line is compared on


def _copy_openings(norms: list[str], candidates: list[int]) -> list[int]:
    """The candidates in the order they are tried: first the one opening as the text's first line when the lines
    before it, from the earliest candidate on, were each seen above only inside a longer line (…5.参阅件…登记表 /
    6.走访代表委员专用卡 / 7.…复查表 / 各市…人民政府，…：, wl_09: the last attachment names, named above in sentences,
    would be dropped with the copy); a line seen above whole (the 版记's issuer, rb_02) may open the copy as it is."""
    first = next((s for s in norms if s), "")
    opening = next((li for li in candidates if _opens_as(norms[li], first)), None)
    if opening is None or opening == candidates[0]:
        return candidates
    above = set(norms[:candidates[0]])
    if any(s in above for s in norms[candidates[0]:opening] if s):
        return candidates
    return [opening] + [li for li in candidates if li != opening]


def _opens_as(line: str, first: str) -> bool:
    """Does the line open as the text's first line does (either may hold more: the first copy's head is cut into its
    addressee and opening sentence before this step, the copy's is not)?"""
    return len(first) >= _OPENING_COMPARED and len(line) >= _OPENING_COMPARED and (
        line.startswith(first) or first.startswith(line))


def _copy_candidates(norms: list[str], starts: list[int], n: int, seen_before: _SeenBefore) -> list[int]:
    """The lines that may open a copy of the text above them, walking up from the end: a tail is a candidate
    copy when >= 90 % of its letters are lines already seen above (each line compared whole: a copy's
    paragraphs are the original's)."""
    candidates: list[int] = []
    total = covered = 0
    for li in range(len(norms) - 1, 0, -1):
        s = norms[li]
        if not s:
            continue
        total += len(s)
        hit = seen_before(s, starts[li])
        if hit:
            covered += len(s)
        if total - covered > (1 - _COPY_SHARE) * n or seen_before.budget < 0:
            break
        if hit and total >= _MIN_COPY and starts[li] >= _MIN_COPY and covered >= _COPY_SHARE * total:
            candidates.append(li)
    return candidates


def _without_copy(text: str, li: int, share: int, log) -> str:
    """The text without the copy opening on line li (nor the blank lines before it), the drop logged."""
    raw_lines = text.split("\n")
    cut = li
    while cut > 0 and not raw_lines[cut - 1].strip():
        cut -= 1
    dropped = "\n".join(line for line in raw_lines[li:] if line.strip())
    kept = "\n".join(raw_lines[:cut])
    log.record(dropped[:40] + ("…" if len(dropped) > 40 else ""), "")
    log.warn("duplicate_copy_dropped", chars=len(dropped), line=li + 1, offset=len(kept), share=share,
             start=dropped[:24])
    return kept + ("\n" if text.endswith("\n") else "")


# ================================================================ whitespace

# A few listed characters, each replaced where it stands (_without_odd_blanks)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACE = "\x0b\x0c\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# A tab between two cells of a table row is kept: it is the cell border. Two tabs in a row hold an empty
# cell between them (a 配合单位 left blank), so every tab is kept and the columns stay aligned.
_CELL_TAB = re.compile(r"[ ]*+\t[ ]*+")
_SPACE_RUN = re.compile(r"(?<=\S) {1,}(?=\S)")
_CJK_CHAR = re.compile(rf"[\p{{Han}}{_CJK_PUNCT}]")
_PROSE_LINE = re.compile(r"[，。]")
_BLANK_RUNS = re.compile(r"\n{3,}")
# A page saved through a code page that has no NBSP writes every blank it lost as "?" (甘肅省人民政府????????
# above 2023年1月19日????????, a title line opening ?教育部辦公廳…, a line of one ? between the parts of a page):
# question marks opening a line before Han text, three or more closing one after Han text or a digit, or a line of
# nothing else ask nothing. They are the padding or indent the page had, and they hide the signature, the date
# and the title from the metadata reader, so they go as the blanks they were. One or two ending a line stay. The
# mojibake step, which reads "??" as a GBK character lost on the way, has by then made a closing run of them U+FFFD.
_LOST_BLANKS = re.compile(r"^[?？]++(?=\p{Han})|(?<=[\p{Han}\d])[?？\ufffd]{3,}+$|^[?？]++$")


# A page that lost every blank at the end of a cell or a line to "?" (序号? | 重 点 工 作 任 务? | 牵头领导? |, 附件?,
# 2018年3月18日?, a blank between two names 祝振伟? 陈夏林 or inside one 沈 ?昱): a ? closing a table cell asks nothing,
# and where three or more cells of a page end so, the lone ? closing its lines and the ? beside a blank inside one are
# the same lost blanks. They go, so that the header's names and the rows' numbers read as they were printed.
_CELL_END_LOST_BLANK = re.compile(r"(?<=[\p{Han}\d）)。，,：:])[?？](?=[ ]*+\|)")
_LINE_END_LOST_BLANK = re.compile(r"(?<=[\p{Han}\d，,：:。）)])[?？]$")
_INNER_LOST_BLANK = re.compile(r"(?<= )[?？](?=\p{Han})|(?<=\p{Han})[?？](?= )")
_LOST_CELL_ENDS = 3


def _without_lost_cell_blanks(lines: list[str]) -> list[str]:
    """The lines with the ? of a page that lost its cell-end blanks dropped (the lines unchanged on other pages)."""
    if sum(len(_CELL_END_LOST_BLANK.findall(line)) for line in lines if "?" in line or "？" in line) < _LOST_CELL_ENDS:
        return lines
    return [
        _INNER_LOST_BLANK.sub("", _LINE_END_LOST_BLANK.sub("", _CELL_END_LOST_BLANK.sub("", line)))
        if "?" in line or "？" in line else line
        for line in lines
    ]


# A page whose indents were lost to "??" before the mojibake step read each pair as one lost GBK character (牡丹江's
# ??經市政府同意… / ??2018年5月14日 / ??牡丹江市…規劃, uq_07) opens its lines with U+FFFD. One such line may be a real
# lost character; where three or more lines open so, the mark is the page's lost indent and goes, so that the date and
# the plan's title line read as printed.
_LOST_INDENT = re.compile(r"^[ ]*+\ufffd++(?=[\p{Han}\d（(“])")
_LOST_INDENT_LINES = 3


def _without_lost_indents(lines: list[str]) -> list[str]:
    """The lines with the U+FFFD that opens them dropped, on a page where three or more lines open with it."""
    marked = [i for i, line in enumerate(lines) if line.lstrip(" ")[:1] == "\ufffd"]
    if len(marked) < _LOST_INDENT_LINES or sum(1 for i in marked if _LOST_INDENT.match(lines[i])) < _LOST_INDENT_LINES:
        return lines
    out = list(lines)
    for i in marked:
        out[i] = _LOST_INDENT.sub("", out[i], 1)
    return out


def _is_cjk(ch: str) -> bool:
    return _CJK_CHAR.match(ch, 0, None, HOLD_GIL) is not None


_CJK_GAP = re.compile(rf"(?<=[\p{{Han}}{_CJK_PUNCT}]) +(?=[\p{{Han}}{_CJK_PUNCT}])")
_MULTI_SPACE = re.compile(r"  +")


def _fix_spaces(line: str) -> str:
    prose = _PROSE_LINE.search(line) is not None
    if prose:
        return _MULTI_SPACE.sub(" ", _CJK_GAP.sub("", line))

    def repl(m) -> str:
        s, e = m.start(), m.end()
        x, y = line[s - 1], line[e]
        if not (_is_cjk(x) and _is_cjk(y)):
            return " "
        if prose or x in _CJK_PUNCT or y in _CJK_PUNCT:
            return ""
        left = s - line.rfind(" ", 0, s) - 1
        nxt = line.find(" ", e)
        right = (len(line) if nxt < 0 else nxt) - e
        if left == 1 and right == 1:
            return ""  # letter-spaced labels: 索 取 号, 文  号
        return " "

    return _SPACE_RUN.sub(repl, line)


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix of a and b.

    Halving with slice comparisons (done in C): a paragraph line can be thousands of characters, and
    a loop over its characters in Python was most of normalise_whitespace.
    """
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _diff_excerpt(before: str, after: str, ctx: int = 10) -> tuple[str, str]:
    """The part of two lines around where they differ."""
    i = _common_prefix(before, after)
    j = _common_prefix(before[i:][::-1], after[i:][::-1])  # the common suffix of what is left
    lo = max(0, i - ctx)
    return before[lo : len(before) - j + ctx], after[lo : len(after) - j + ctx]


def _clean_line(line: str) -> str:
    new = line.strip(" \t")
    if "?" in new or "？" in new or "\ufffd" in new:
        new = _LOST_BLANKS.sub("", new, 0, 0, None, HOLD_GIL).strip(" \t")
    if "\t" in new:
        # a cell at the line's edge that was only lost blanks (?) is gone, as the line's own edge blanks are: the
        # line is stripped again, or a second pass would strip the tab it leaves
        return "\t".join(_clean_line(cell) for cell in _CELL_TAB.split(new)).strip(" \t")
    return _fix_spaces(new) if " " in new else new


def _without_odd_blanks(text: str, lines: list[str]) -> str:
    """text (split at its line ends into `lines`) without its zero-width characters and with each odd space a plain
    one (the same text object when it holds none). An `in` test a character and a replace where one stands: one scan
    of a standard-module class of the 24 took half the time but 0.23 M instructions more on the bench (speed27).

    The tests read only the lines that do not print: every one of the 24 is a separator or a format or control
    character, which str.isprintable refuses, so a line holding one is among them. A test of the whole text was no
    memchr pass for U+2000 and U+3000 (a low byte of 0) and stopped at every full-width mark for U+FEFF, U+200C (，
    is U+FF0C) and the others whose low byte CJK punctuation shares: 24 tests cost twice the one isprintable pass."""
    odd = "".join([line for line in lines if not line.isprintable()])  # most texts: none, or a few lines (tabs, NBSP)
    if not odd:
        return text
    for ch in _ZERO_WIDTH:
        if ch in odd:
            text = text.replace(ch, "")
    for ch in _ODD_SPACE:
        if ch in odd:
            text = text.replace(ch, " ")
    return text


def _blank_runs_collapsed(lines: list[str]) -> str:
    """The tidied lines as text, each run of blank lines one blank line (none at either end, one line end closing
    the text) — but the two blank lines that mark an empty cell of a table printed one cell a line
    (`cells.empty_cell_gaps`), kept as two, after the table's last cell too (then closing the text so)."""
    joined = "\n".join(lines)
    # every run holds three line ends in a row: a text with none (half the bench's) is spared the pattern's scan, an
    # `in` test costing a tenth of it. (The count says, at no cost, whether any run was there.)
    out, runs = _BLANK_RUNS.subn("\n\n", joined) if "\n\n\n" in joined else (joined, 0)
    if not runs or not cells.may_hold_empty_cells(lines, joined) or not (kept := cells.empty_cell_gaps(lines)):
        out = out.strip("\n")
        return out + "\n" if out else ""
    out_lines: list[str] = []
    blanks = 0  # blank lines still allowed before the next content line
    last = -1
    for i, line in enumerate(lines):
        if line:
            out_lines.append(line)
            blanks, last = (2 if i in kept else 1), i
        elif blanks:
            out_lines.append("")
            blanks -= 1
    out = "\n".join(out_lines).strip("\n")
    return out + ("\n\n\n" if last in kept else "\n")


def normalise_whitespace(text: str, log) -> str:
    original = text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        log.record("\\r\\n", "\\n")
    before_lines = text.split("\n")
    # zero-width and odd spaces are no line ends: replaced over the whole text at once, the lines stay aligned
    unodd = _without_odd_blanks(text, before_lines)
    spaced = before_lines if unodd is text else unodd.split("\n")  # not changed below: most texts' lines, split once
    if "?" in text or "？" in text:
        spaced = _without_lost_cell_blanks(spaced)
    if "\ufffd" in text:
        spaced = _without_lost_indents(spaced)
    lines = [_clean_line(line) for line in spaced]
    shown = 0
    for b, a in zip(before_lines, lines):
        if a != b:
            if shown < 4:
                log.record(*_diff_excerpt(b, a))
                shown += 1
            else:
                log.count()
    out = _blank_runs_collapsed(lines)
    if out != original and not log.changes:
        # only zero-width characters, runs of blank lines or the final line end changed
        log.record("\\n\\n\\n (blank lines, line ends)", "\\n\\n")
    return out
