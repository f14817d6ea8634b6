"""Quotes: a straight ``"`` that pairs with a curly quote, or a straight pair around Chinese, becomes curly.

Web pages mix the two shapes: an editor types “ and the closing mark comes out straight
(坚持“政府引导、市场运作"。, 深化“最多跑一次"（2分）), or a whole pair is straight (政务服务"一网通办").
The gold writes Chinese quotations “…” (no gold title holds a straight quote), and a title cut at the
unclosed “ would run on past it. Pairs are taken within one line only, and only when the quoted text
holds Chinese and the marks do not stand against ASCII code (``name="x"``, ``{"a":"b"}``): markup and
data copied into a notice keep their quotes. The step is idempotent: once curly, a pair has no
straight mark left to pair.
"""

from __future__ import annotations

import regex as re

from policyparse.grammar import HAN
from policyparse.repair.log import StepLog

_QUOTE_MARKS = re.compile(r'["“”]')
# next to an opening straight mark (before it) or a closing one (after it), these say "code, not prose"
_CODE_NEIGHBOURS = frozenset("=:{}[],\\/<>")
_MAX_QUOTED = 80  # characters: a longer run between two marks is no quotation but two unrelated marks
_EXAMPLES = 3


def fix_mixed_quotes(text: str, log: StepLog) -> str:
    """Turn each straight mark that closes “, opens a pair closed by ”, or pairs with another around Chinese, curly."""
    if '"' not in text:  # the gate: most texts hold no straight double quote at all
        return text
    edits: list[tuple[int, str]] = []
    at = text.find('"')
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        edits.extend(_line_edits(text, start, end))
        at = text.find('"', end)
    if not edits:
        return text
    chars = list(text)
    for pos, new in edits:
        chars[pos] = new
    fixed = "".join(chars)
    for pos, _ in edits[:_EXAMPLES]:  # a mark keeps its length: a place in `text` is the same place in `fixed`
        lo, hi = max(0, pos - 8), min(len(text), pos + 9)
        log.record(text[lo:hi], fixed[lo:hi], at=lo)
    log.count(len(edits) - len(edits[:_EXAMPLES]))
    return fixed


def _line_edits(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The straight marks of one line to make curly, as (position, new mark)."""
    edits = []
    opened = -1  # position of the unclosed opening mark, straight or curly
    for m in _QUOTE_MARKS.finditer(text, start, end):
        pos, mark = m.start(), m.group()
        if opened < 0:
            opened = pos if mark != "”" else -1
            continue
        first = text[opened]
        if mark == "“":  # a second opening: the first stays unpaired
            opened = pos
            continue
        if (first == '"' or mark == '"') and _quoted_prose(text, opened, pos):
            if first == '"':
                edits.append((opened, "“"))
            if mark == '"':
                edits.append((pos, "”"))
        opened = -1
    return edits


def _quoted_prose(text: str, opened: int, closed: int) -> bool:
    """No longer than a quotation, no ASCII code on either side, and Chinese between two straight marks
    (a curly one is prose already: 全面提升“12345"政务热线)."""
    inner = text[opened + 1:closed]
    if not inner or len(inner) > _MAX_QUOTED:
        return False
    if text[opened] == '"' and text[closed] == '"' and (not HAN.search(inner) or _code_like(inner[0]) and _code_like(inner[-1])):
        return False
    before = text[opened - 1] if opened > 0 else ""
    after = text[closed + 1] if closed + 1 < len(text) else ""
    return not (_code_like(before) or _code_like(after))


def _code_like(ch: str) -> bool:
    return ch in _CODE_NEIGHBOURS or (ch.isascii() and ch.isalnum())
