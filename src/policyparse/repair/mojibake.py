"""Mojibake already in the text: UTF-8 read as GBK, GBK read as Latin-1/CP1252, misaligned GBK.

Every repair here works the same way: turn the garbled run back into the bytes it was made
from (lost bytes become wildcards), decode those bytes the way they were meant to be decoded,
fill the wildcards with the characters the jieba dictionary finds most likely in context, and
accept the result only when it reads clearly more like Chinese than the garbled run did.
A wildcard the dictionary cannot pin down stays a visible U+FFFD and is warned about.

Detection is a cheap regular-expression pre-check (characters from the mojibake alphabets,
'?' or private-use characters next to Han characters); clean text never reaches the heavy
work and passes through unchanged.
"""

from __future__ import annotations

import codecs
import itertools
import math
import re
from collections import Counter
from functools import cache, lru_cache
from typing import Callable, NamedTuple

from policyparse import grammar, lexicons
from policyparse.repair import census
from policyparse.repair.log import NullLog

REPLACEMENT = "\ufffd"
_W = None  # a lost byte in a byte template

# ----------------------------------------------------------------------------- language model

# Rough corpus frequencies on jieba's scale (its dictionary has no punctuation).
_PUNCT_FREQ = {
    "，": 1_000_000, "。": 300_000, "、": 300_000, "；": 200_000, "：": 150_000, "“": 200_000, "”": 200_000,
    "（": 150_000, "）": 150_000, "《": 100_000, "》": 100_000, "！": 20_000, "？": 20_000, "—": 20_000,
    "…": 5_000, "·": 5_000, "〔": 10_000, "〕": 10_000, "‘": 5_000, "’": 5_000, "\n": 1_000_000, " ": 100_000,
    "\u3000": 100_000,
}
_MAX_WORD = 8
_SINGLE_HAN = 0.05


class _LM:
    """Word/char frequencies from jieba's dict.txt, with a char-level t2s map for scoring."""

    def __init__(self) -> None:
        import logging

        import jieba
        import opencc

        jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict…" lines are not ours to print
        jieba.dt.check_initialized()
        self.freq: dict[str, int] = jieba.dt.FREQ
        self.logtotal = math.log(jieba.dt.total)
        charsum: dict[str, int] = {}
        for word, f in self.freq.items():
            if f:
                for ch in word:
                    if "\u4e00" <= ch <= "\u9fff":
                        charsum[ch] = charsum.get(ch, 0) + f
        ranked = sorted(charsum, key=charsum.get, reverse=True)
        self.charsum = charsum
        simp = ranked[:9000]
        trad = opencc.OpenCC("s2t").convert("\n".join(simp)).split("\n")
        self.t2s = {}
        for s, t in zip(simp, trad):
            if len(t) == 1 and t != s:
                self.t2s[ord(t)] = s
        self.trans = self.t2s
        self.common = frozenset(ranked[:3500]) | frozenset(chr(o) for o, s in self.t2s.items() if s in set(ranked[:3500]))
        # Characters we may propose for a lost byte: frequent Han (both scripts) and punctuation.
        pool = list(simp) + [chr(o) for o in self.t2s] + list(_PUNCT_FREQ)
        pool += [chr(c) for c in range(0xFF01, 0xFF5F)]  # full-width ASCII
        self.pool = [ch for ch in dict.fromkeys(pool) if ch not in "\n "]
        self._char_cost: dict[str, float] = {}
        self._memo: dict[str, float] = {}

    def char_logp(self, ch: str) -> float:
        c = self._char_cost.get(ch)
        if c is None:
            f = self.freq.get(ch) or 0
            if "\u4e00" <= ch <= "\u9fff":
                # A Han char standing alone is a weaker reading than one inside a word.
                f = max(f, self.charsum.get(ch, 0) / 20, 0.5) * _SINGLE_HAN
            elif ch in _PUNCT_FREQ:
                f = _PUNCT_FREQ[ch]
            elif ch.isdigit() or ch in "-.%/:":
                f = 20_000
            elif ch.isascii() and ch.isalpha():
                f = 300
            elif ch == REPLACEMENT:
                f = 0.5
            elif "\ue000" <= ch <= "\uf8ff" or ch == "?":
                f = 0.02
            else:
                f = max(f, 50)
            c = math.log(f) - self.logtotal
            self._char_cost[ch] = c
        return c

    def logp(self, text: str) -> float:
        """Best-segmentation log probability of `text` (scored in Simplified); memoised, as the
        realignment search scores the same context strings many times over."""
        memo = self._memo
        v = memo.get(text)
        if v is None:
            if len(memo) > 200_000:
                memo.clear()
            v = memo[text] = self._logp(text)
        return v

    def logp_each(self, pre: str, mids: list[str], post: str) -> list[float]:
        """[logp(pre + m + post) for m in mids], the same floats: the best segmentation of each
        position in `post` depends on `post` alone (words run rightwards), so it is computed once and
        only the positions before it are walked for each candidate."""
        memo = self._memo
        tail = None
        out = []
        for m in mids:
            text = pre + m + post
            v = memo.get(text)
            if v is None:
                if tail is None:
                    tail = [0.0] * (len(post) + 1)
                    self._walk(post.translate(self.trans), tail, len(post))
                if len(memo) > 200_000:
                    memo.clear()
                k = len(pre) + len(m)
                best = [0.0] * k + tail
                self._walk(text.translate(self.trans), best, k)
                v = memo[text] = best[0]
            out.append(v)
        return out

    def _logp(self, text: str) -> float:
        s = text.translate(self.trans)
        best = [0.0] * (len(s) + 1)
        self._walk(s, best, len(s))
        return best[0]

    def _walk(self, s: str, best: list[float], top: int) -> None:
        """Fill best[i] for i < top (best[top:] known): the best-segmentation log probability of s[i:]."""
        # the realignment search calls this thousands of times a document: names are local, a
        # known char's cost is read straight from its dictionary (char_logp only for a new one)
        n = len(s)
        freq = self.freq
        lt = self.logtotal
        log = math.log
        char_cost = self._char_cost
        for i in range(top - 1, -1, -1):
            c = char_cost.get(s[i])
            b = (c if c is not None else self.char_logp(s[i])) + best[i + 1]
            j = i + 2
            stop = i + _MAX_WORD if i + _MAX_WORD < n else n
            while j <= stop:
                f = freq.get(s[i:j])
                if f is None:
                    break
                if f:
                    v = log(f) - lt + best[j]
                    if v > b:
                        b = v
                j += 1
            best[i] = b

    @cache  # noqa: B019 - one model per process
    def candidates(self, encoding: str) -> tuple[tuple[str, bytes], ...]:
        out = []
        for ch in self.pool:
            try:
                out.append((ch, ch.encode(encoding)))
            except UnicodeEncodeError:
                pass
        return tuple(out)


@cache
def model() -> _LM:
    return _LM()


@cache
def _byte_index(encoding: str) -> dict[tuple, list[str]]:
    """Candidate characters keyed by (length, position, byte) and (length,): a slot's lookup is one dict hit."""
    index: dict[tuple, list[str]] = {}
    for ch, bs in model().candidates(encoding):
        index.setdefault((len(bs),), []).append(ch)
        for i, b in enumerate(bs):
            index.setdefault((len(bs), i, b), []).append(ch)
    return index


@cache
def _candidates_for(encoding: str, slot: tuple) -> list[str]:
    """Characters whose bytes fit `slot` (None = a lost byte), in the model's pool order."""
    index = _byte_index(encoding)
    known = [(i, b) for i, b in enumerate(slot) if b is not None]
    if not known:
        return index.get((len(slot),), [])
    pools = [set(index.get((len(slot), i, b), ())) for i, b in known]
    fit = set.intersection(*pools)
    return [ch for ch in index.get((len(slot),), []) if ch in fit] if fit else []


@cache
def _common_han() -> frozenset[str]:
    """The ~3500 most common Han characters in both scripts, from lexicons/common_han.tsv."""
    return frozenset(ch for row in lexicons.rows("common_han.tsv") for col in row for ch in col)


def common_share(text: str) -> tuple[float, int]:
    """Share of Han characters in `text` that are among the ~3500 most common (either script), and the Han count."""
    han = [ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"]
    if not han:
        return 0.0, 0
    common = _common_han()
    return sum(ch in common for ch in han) / len(han), len(han)


# ----------------------------------------------------------------------------- byte templates


def _gbk_slots(tokens: list) -> list | None:
    """Decode a GBK byte template. Slots are chars or (lead, trail) patterns with None for lost bytes."""
    out, dangling = _gbk_decode(tokens)
    return None if dangling else out


def _gbk_slots_lost_tail(tokens: list) -> tuple[list, list | None]:
    """(tokens, slots) of a template, or of the template with a lost byte after it when it ends on a lead
    byte: _gbk_slots(tokens + [_W]) without decoding the template twice (the two decode alike up to
    that lead byte, which the lost byte completes)."""
    out, dangling = _gbk_decode(tokens)
    if dangling:
        out.append((tokens[-1], None))
        return tokens + [_W], out
    return tokens, out


def _gbk_decode(tokens: list) -> tuple[list | None, bool]:
    """_gbk_slots, and whether it failed only on a dangling lead byte at the end (the slots so far then)."""
    # the realignment search decodes ~3000 templates a document: the common case (a lead and trail
    # byte) is tested first and its character read straight from _GB_PAIRS (_gb_pair only for a new pair)
    out: list = []
    append = out.append
    pairs = _GB_PAIRS
    i, n = 0, len(tokens)
    while i < n:
        b = tokens[i]
        if b is not _W and b > 0x80 and b != 0xFF:
            if i + 1 >= n:
                return out, True  # dangling lead byte: this alignment does not close
            nb = tokens[i + 1]
            if nb is _W:
                append((b, None))
            elif 0x40 <= nb <= 0xFE and nb != 0x7F:
                ch = pairs.get(b << 8 | nb)
                append(ch if ch is not None else _gb_pair(b, nb))
            else:
                return None, False
            i += 2
        elif b is _W:
            nb = tokens[i + 1] if i + 1 < n else -1
            if nb is not _W and nb is not None and 0x40 <= nb <= 0xFE and nb != 0x7F:
                append((None, nb))
                i += 2
            else:
                append(REPLACEMENT)  # nothing pins this byte down
                i += 2 if nb is _W else 1
        elif b < 0x80:
            append(chr(b))
            i += 1
        else:
            return None, False  # 0x80, 0xFF
    return out, False


_GB_PAIRS: dict[int, str] = {}  # lead << 8 | trail -> the GB18030 character (U+FFFD when none): the codec's table, filled as read


def _gb_pair(lead: int, trail: int) -> str:
    """The character of a two-byte GB18030 sequence: the realignment search decodes the same few pairs
    tens of thousands of times a document, so each is decoded once."""
    key = lead << 8 | trail
    ch = _GB_PAIRS.get(key)
    if ch is None:
        try:
            ch = bytes((lead, trail)).decode("gb18030")
        except UnicodeDecodeError:
            ch = REPLACEMENT
        _GB_PAIRS[key] = ch
    return ch


def _utf8_slots(tokens: list) -> list | None:
    """Decode a UTF-8 byte template (3-byte sequences may hold lost bytes)."""
    out: list = []
    i, n = 0, len(tokens)

    def cont(x):
        return x is _W or 0x80 <= x <= 0xBF

    while i < n:
        b = tokens[i]
        if b is not _W and b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        if b is not _W and 0xE0 <= b <= 0xEF:
            seq = tokens[i:i + 3]
            if len(seq) < 3 or not all(cont(x) for x in seq[1:]):
                return None
        elif b is _W:
            seq = tokens[i:i + 3]
            if len(seq) < 3 or not all(cont(x) for x in seq[1:]):
                out.append(REPLACEMENT)
                i += 1
                continue
        elif 0xC2 <= b <= 0xDF:
            seq = tokens[i:i + 2]
            if len(seq) < 2 or not cont(seq[1]):
                return None
            if seq[1] is _W:
                out.append(REPLACEMENT)
            else:
                out.append(bytes(seq).decode("utf-8", "replace"))
            i += 2
            continue
        else:
            return None
        if _W in seq:
            out.append(tuple(seq))
        else:
            try:
                out.append(bytes(seq).decode("utf-8"))
            except UnicodeDecodeError:
                return None
        i += 3
    return out


def _placeholder(slots: list) -> str:
    return "".join(s if isinstance(s, str) else REPLACEMENT for s in slots)


_RUBY = re.compile("\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)")


def _clean_ctx(s: str) -> str:
    """Context for scoring: ruby pinyin annotations dropped (they sit between words)."""
    return _RUBY.sub("", s) if "(" in s else s


_MARGIN = 1.5  # nats the best filler must beat the runner-up by


def _doc_bonus(doc: str, pre: str, ch: str, post: str) -> float:
    """Evidence from the document itself: how often the candidate's bigrams occur elsewhere in it."""
    if not doc:
        return 0.0
    trans = model().trans
    pre, ch, post = pre.translate(trans), ch.translate(trans), post.translate(trans)
    pairs = _pair_counts(doc)
    n = 0
    if pre:
        n += _occurrences(doc, pairs, pre[-1] + ch)
    if post:
        n += _occurrences(doc, pairs, ch + post[0])
    return _DOC_WEIGHT * math.log1p(n)


_counted: tuple[str | None, Counter] = (None, Counter())  # the document context last counted, and its pair counts


def _pair_counts(doc: str) -> Counter:
    """How often each pair of adjacent characters occurs in `doc`, counted once per document: the filler
    asks of thousands of candidate pairs, and a doc.count each read the whole document every time."""
    global _counted
    counted_doc, pairs = _counted  # one read of one tuple: a thread never pairs a document with another's counts
    if counted_doc is not doc:
        pairs = Counter(map(str.__add__, doc, doc[1:]))
        _counted = (doc, pairs)
    return pairs


def _occurrences(doc: str, pairs: Counter, pair: str) -> int:
    """doc.count(pair), from the pair counts: two different characters cannot overlap themselves, so the
    counts are the same (a doubled character, 哈哈, is counted by str.count, which does not overlap)."""
    if len(pair) == 2 and pair[0] != pair[1]:
        return pairs[pair]
    return doc.count(pair)


_DOC_WEIGHT = 1.0


def _fill(slots: list, left: str, right: str, encoding: str, doc: str = "") -> tuple[str, list[str]]:
    """Choose characters for the lost-byte slots by dictionary score in context.

    Two passes: the first guesses every slot with its neighbours unknown, the second re-scores
    each slot with the others at their first guesses. A slot is filled only when its best
    character beats the runner-up (and U+FFFD) by a clear margin; otherwise it stays U+FFFD.
    """
    lm = model()
    left, right = _clean_ctx(left)[-6:], _clean_ctx(right)[:6]
    chars = [s if isinstance(s, str) else REPLACEMENT for s in slots]
    todo, notes = _slot_candidates(slots, encoding)
    # Pass 1: each slot alone (neighbours unknown) -> its top candidates.
    top = {}
    for k, (cands, _shown) in todo.items():
        pre, post = _slot_context(chars, k, left, right)
        top[k] = [ch for _, ch in _ranked(lm, doc, pre, cands, post)[:6]]
    # Pass 2: slots close together are chosen jointly among their top candidates.
    guess = list(chars)
    for group in _nearby_groups(sorted(todo)):
        for k, ch in zip(group, _best_combination(lm, doc, group, top, guess, left, right)):
            guess[k] = ch
    # Verdict: each slot's choice must beat its runner-up (others fixed) and U+FFFD by a margin.
    for k, (cands, shown) in todo.items():
        chosen = _verdict(lm, doc, cands, guess, k, left, right)
        if isinstance(chosen, str):
            chars[k] = chosen
        else:
            notes.append(f"bytes {shown} ({encoding}) could be {'/'.join(c for _, c in chosen[:3])}; kept U+FFFD")
    return "".join(chars), notes


def _slot_candidates(slots: list, encoding: str) -> tuple[dict[int, tuple[list[str], str]], list[str]]:
    """Each lost-byte slot's candidate characters and its bytes as shown; a note for a slot with none."""
    todo = {}
    notes = []
    for k, slot in enumerate(slots):
        if isinstance(slot, str):
            continue
        cands = _candidates_for(encoding, tuple(slot))
        shown = " ".join("??" if p is None else f"{p:02X}" for p in slot)
        if cands:
            todo[k] = (cands, shown)
        else:
            notes.append(f"bytes {shown} match no known character; kept U+FFFD")
    return todo, notes


def _slot_context(chars: list[str], k: int, left: str, right: str) -> tuple[str, str]:
    """Six characters of context on each side of slot k."""
    return (left + "".join(chars[:k]))[-6:], ("".join(chars[k + 1:]) + right)[:6]


def _ranked(lm: _LM, doc: str, pre: str, cands: list[str], post: str) -> list[tuple[float, str]]:
    """The candidates scored between pre and post (the document's own pairs counting too), best first."""
    scores = lm.logp_each(pre, cands, post)
    return sorted(((sc + _doc_bonus(doc, pre, ch, post), ch) for sc, ch in zip(scores, cands)), reverse=True)


def _nearby_groups(keys: list[int]) -> list[list[int]]:
    """Slots at most two apart, up to three of them, chosen together."""
    groups: list[list[int]] = []
    for k in keys:
        if groups and k - groups[-1][-1] <= 2 and len(groups[-1]) < 3:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _best_combination(lm: _LM, doc: str, group: list[int], top: dict, guess: list[str], left: str, right: str) -> tuple:
    """The best-scoring combination of the group's top candidates, the other slots at their guesses."""
    lo_k, hi_k = group[0], group[-1]
    best_combo, best_score = None, -1e18
    for combo in itertools.product(*(top[k] for k in group)):
        trial = list(guess)
        for k, ch in zip(group, combo):
            trial[k] = ch
        pre = (left + "".join(trial[:lo_k]))[-6:]
        post = ("".join(trial[hi_k + 1:]) + right)[:6]
        mid = "".join(trial[lo_k:hi_k + 1])
        sc = lm.logp(pre + mid + post) + sum(_doc_bonus(doc, pre + "".join(trial[lo_k:k]), trial[k], "".join(trial[k + 1:hi_k + 1]) + post) for k in group)
        if sc > best_score:
            best_combo, best_score = combo, sc
    return best_combo


def _verdict(lm: _LM, doc: str, cands: list[str], guess: list[str], k: int, left: str, right: str) -> str | list[tuple[float, str]]:
    """The character for slot k when it beats its runner-up and U+FFFD by the margin; else the ranking."""
    pre, post = _slot_context(guess, k, left, right)
    scored = _ranked(lm, doc, pre, cands, post)
    best = scored[0]
    # 带 and 帶 are one character in two scripts, not rival readings: the runner-up is the best
    # candidate that means something else, and the script is the one the context is written in.
    meaning = lm.trans.get(ord(best[1]), best[1])
    second = next((sc for sc, ch in scored[1:] if lm.trans.get(ord(ch), ch) != meaning), -1e9)
    unknown = lm.logp(pre + REPLACEMENT + post)
    if lm.trans.get(ord(guess[k]), guess[k]) == meaning and best[0] - second >= _MARGIN and best[0] - unknown >= _MARGIN:
        return _in_script_of(lm, meaning, [ch for _, ch in scored], left + right)
    return scored


def _in_script_of(lm: _LM, meaning: str, candidates: list[str], context: str) -> str:
    """The form of `meaning` among `candidates` that matches the script of `context`."""
    forms = [ch for ch in candidates if lm.trans.get(ord(ch), ch) == meaning]
    traditional = any(ord(c) in lm.trans for c in context)
    for ch in forms:
        if (ch != meaning) == traditional:
            return ch
    return forms[0]


def _gain(lm: _LM, left: str, before: str, after: str, right: str) -> float:
    left, right = _clean_ctx(left), _clean_ctx(right)
    return lm.logp(left + after + right) - lm.logp(left + before + right)


def _clearly_better(lm: _LM, left: str, before: str, after: str, right: str) -> bool:
    """Accept a repair only when it reads clearly more like Chinese than the garbled run."""
    if after == before:
        return False
    gain = _gain(lm, left, before, after, right)
    n = max(len(before), len(after))
    return gain >= max(6.0, 1.5 * n)


# ----------------------------------------------------------------------------- UTF-8 read as GBK / Latin-1


def _gbk_bytes(ch: str) -> bytes | None:
    try:
        return ch.encode("gb18030")
    except UnicodeEncodeError:
        return None


@cache
def _utf8_gbk_alphabet() -> str:
    """Characters whose GBK bytes start a UTF-8 Han sequence: the first char of any such mojibake."""
    out = []
    for lead in range(0xE4, 0xEA):
        for trail in range(0x80, 0xC0):
            try:
                out.append(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                pass
    out.append("锟")  # EF BF: the start of U+FFFD
    return "".join(sorted(set(out)))


@cache
def _utf8_gbk_re() -> re.Pattern:
    return re.compile("[" + re.escape(_utf8_gbk_alphabet()) + "]")


@census.watch
@cache
def _garbled_sign() -> re.Pattern:
    """_utf8_gbk_re's and _LATIN_SIG's characters in one class: whether either garbling left a trace, in one scan."""
    return re.compile("[" + re.escape(_utf8_gbk_alphabet()) + _LATIN_SIG_CLASS + "]")


# Runs of characters that can belong to GBK-decoded UTF-8: anything GBK-encodable that is not ASCII, plus lost-byte marks.
_CJKISH = "\u00a4-\u00ff\u0100-\u02ff\u0391-\u0451\u2010-\u2642\u3000-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ue000-\uf8ff\uf900-\ufaff\ufe30-\ufe6f\uff01-\uffe5\ufffd"
_CJK_RUN = grammar.compile_led(f"[{_CJKISH}?]+")  # led by its class: a plain compile enters the run at every character

_LATIN_SIG_CLASS = "\u00c0-\u00ff\u0080-\u009f"
_LATIN_SIG = re.compile(f"[{_LATIN_SIG_CLASS}]")
_CP1252_EXTRA = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_LATIN_CLASS = "\u0080-\u00ff" + _CP1252_EXTRA + "\ufffd"
# ×÷Ϊȫ¹ú (作为全国), Ä꣬ (年，): GBK bytes read by a decoder that took each sequence forming a UTF-8 character as
# that character (Ϊ = CE AA, 为; ê£¬ = EA A3 AC, U+A8EC) and every other byte as CP1252. Inside a run such a character
# stands for its UTF-8 bytes: any character of U+0100–U+07FF, and of the three-byte ones those no Chinese text holds
# (ideographs, kana, punctuation and full-width forms excepted)
_TWO_BYTE_CLASS = "\u0100-\u07ff\u0800-\u1fff\u2c00-\u2dff\ua000-\uabff\uac00-\ud7ff\ue000-\uf8ff\ufb00-\ufdff\ufe70-\ufeff"
_LATIN_RUN = re.compile(
    f"[{_LATIN_CLASS}](?:[{_LATIN_CLASS}{_TWO_BYTE_CLASS}]|[\\x21-\\x7e](?=[{_LATIN_CLASS}]))*[\\x40-\\x7e]?"
)


_MASK = "×"  # the multiplication sign a copy types, in a run, for a name it leaves out (×××街, ×××[2019]4号)
_ASCII_PRINTABLE = "".join(chr(c) for c in range(0x21, 0x7f))


def _latin_byte(ch: str) -> int | None:
    o = ord(ch)
    if o < 0x100:
        return o
    if ch == REPLACEMENT:
        return _W
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


_TWO_BYTE_CHAR = re.compile(f"[{_TWO_BYTE_CLASS}]")


def _run_bytes(run: str) -> list[int | None] | None:
    """The bytes a run stands for: one per Latin-1/CP1252 character, the UTF-8 bytes of a character of
    _TWO_BYTE_CLASS (a sequence a mixed decoder took for UTF-8); None when a character stands for none."""
    tokens: list[int | None] = []
    for ch in run:
        t = _latin_byte(ch)
        if t is not None or ch == REPLACEMENT:
            tokens.append(t)
        elif _TWO_BYTE_CHAR.match(ch):
            tokens.extend(ch.encode("utf-8"))
        else:
            return None
    return tokens


def _try_latin(run: str, depth: int = 0):
    """A Latin-1/CP1252-decoded run -> (text, notes) decoded as GBK or UTF-8, or None."""
    tokens = _run_bytes(run)
    if tokens is None:
        return None
    results = []
    for encoding, slots in (("utf-8", _utf8_slots(tokens)), ("gb18030", _gbk_slots(tokens))):
        if slots is not None:
            results.append((encoding, slots))
    return results


def _repair_latin(text: str, log) -> str:
    if not _LATIN_SIG.search(text):
        return text
    lm = model()
    out, pos = [], 0
    shift = 0  # how much longer the output is than the text before this run
    ruby = [mm.span() for mm in _RUBY.finditer(text)] if "(" in text else []
    for m in _LATIN_RUN.finditer(text):
        run = m.group()
        if len(_LATIN_SIG.findall(run)) < 2 or len(run) < 3:
            continue  # a lone accented letter (pinyin, a name) is not mojibake
        if not run.rstrip(_ASCII_PRINTABLE).strip(_MASK):
            continue  # ×××[2019]4号, ×××街: a run of × masks a name or a 文号's agency (tn_05), it is no GBK
        if any(a < m.end() and m.start() < b for a, b in ruby):
            continue
        best = None
        for cut in (run, run[:-1]) if run[-1].isascii() else (run,):
            fixed = _latin_chain(cut, lm)
            if fixed is not None:
                best = (cut, fixed)
                break
        if best is None:
            continue
        cut, (repl, notes) = best
        left, right = text[max(0, m.start() - 6):m.start()], text[m.start() + len(cut):m.start() + len(cut) + 6]
        if not _clearly_better(lm, left, cut, repl, right):
            continue
        out.append(text[pos:m.start()])
        at = m.start() + shift
        log.record(cut, repl, at=at)
        out.append(repl)
        pos = m.start() + len(cut)
        shift += len(repl) - len(cut)
        for note in notes:
            log.warn("mojibake_lost_bytes", run=cut, note=note, about=repl, at=at)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _latin_chain(run: str, lm: _LM, depth: int = 0):
    """Undo Latin-1/CP1252 mojibake, possibly applied twice over."""
    options = _try_latin(run)
    if not options:
        return None
    best = None
    for encoding, slots in options:
        text = _placeholder(slots)
        if depth < 2 and _LATIN_SIG.search(text) and encoding == "utf-8" and REPLACEMENT not in text:
            deeper = _latin_chain(text, lm, depth + 1)
            if deeper is not None:
                return deeper
        if not any("\u4e00" <= c <= "\u9fff" for c in text):
            continue
        filled, notes = _fill(slots, "", "", encoding)
        score = lm.logp(filled) / max(1, len(filled))
        if best is None or score > best[0]:
            best = (score, filled, notes)
    return None if best is None else (best[1], best[2])


def _repair_utf8_as_gbk(text: str, log, depth: int = 0) -> str:
    if not _utf8_gbk_re().search(text):
        return text
    alphabet = _utf8_gbk_re()
    out, pos = [], 0
    shift = 0  # how much longer the output is than the text before this run
    for run_m in _CJK_RUN.finditer(text):
        run = run_m.group()
        if not alphabet.search(run):
            continue
        i = 0
        while i < len(run):
            m = alphabet.search(run, i)
            if not m:
                break
            start = m.start()
            found = _utf8_span(run, start)
            if found is None:
                i = start + 1
                continue
            end, repl, notes = found
            a, b = run_m.start() + start, run_m.start() + end
            before = text[a:b]
            left, right = text[max(0, a - 6):a], text[b:b + 6]
            if _clearly_better(model(), left, before, repl, right):
                # A run may have been garbled twice (UTF-8 -> GBK -> UTF-8 -> GBK).
                if depth < 2 and _utf8_gbk_re().search(repl):
                    again = _repair_utf8_as_gbk(repl, NullLog(), depth + 1)
                    if again != repl:
                        repl = again
                out.append(text[pos:a])
                out.append(repl)
                pos = b
                log.record(before, repl)
                for note in notes:
                    log.warn("mojibake_lost_bytes", run=before, note=note, about=repl, at=a + shift)
                shift += len(repl) - (b - a)
                i = end
            else:
                i = start + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _gbk_tokens(run: str, start: int) -> tuple[list, list[int]]:
    """The GBK bytes of `run` from `start` (a lost byte, ? or U+FFFD, as _W), up to 400 characters or the
    first character GBK cannot encode; and the byte offset after each character."""
    tokens: list = []
    ends: list[int] = []  # byte offset after each char
    for ch in run[start:start + 400]:
        if ch in "?" + REPLACEMENT:
            tokens.append(_W)
        else:
            bs = _gbk_bytes(ch)
            if bs is None:
                break
            tokens.extend(bs)
        ends.append(len(tokens))
    return tokens, ends


def _last_utf8_boundary(tokens: list, ends: list[int]) -> tuple[int, int] | None:
    """Walk UTF-8 sequences and remember the last char boundary where a sequence also ends: (the char's
    index, the bytes read), once two sequences are read; None before."""
    best = None
    i, n = 0, len(tokens)
    good = 0
    while i < n:
        b = tokens[i]
        if b is not _W and 0xE0 <= b <= 0xEF:
            L = 3
        elif b is _W and i + 2 < n and all(x is _W or (0x80 <= x <= 0xBF) for x in tokens[i + 1:i + 3]) and good:
            L = 3
        else:
            break
        seq = tokens[i:i + L]
        if len(seq) < L:
            # Run ends inside a sequence: the rest of its bytes were lost.
            seq = seq + [_W] * (L - len(seq))
        if not all(x is _W or 0x80 <= x <= 0xBF for x in seq[1:]):
            break
        i += L
        good += 1
        k = next((k for k, e in enumerate(ends) if e >= i), None)
        if k is None:
            k = len(ends) - 1
        if good >= 2:
            best = (k, i)
    return best


def _utf8_span(run: str, start: int):
    """Longest stretch of `run` from `start` whose GBK bytes are UTF-8 Han text -> (end, text, notes)."""
    tokens, ends = _gbk_tokens(run, start)
    best = _last_utf8_boundary(tokens, ends)
    if best is None:
        return None
    k, nbytes = best
    # the chars [start, start+k] cover bytes up to ends[k]; ends[k] may exceed nbytes when the
    # last char straddles (its second byte belongs to what follows): that byte is then lost.
    toks = tokens[:ends[k]]
    if len(toks) > nbytes:
        toks = toks[:nbytes]  # a straddling final char: its second byte belonged to what follows
    elif len(toks) < nbytes:
        toks = toks + [_W] * (nbytes - len(toks))
    slots = _utf8_slots(toks)
    if slots is None:
        return None
    text, notes = _fill(slots, run[max(0, start - 6):start], run[start + k + 1:start + k + 7], "utf-8")
    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        return None
    return start + k + 1, text, notes


# 锟斤拷 is EF BF BD EF BF BD, two U+FFFD in UTF-8, read as GBK: bytes already lost before the
# text reached us. Nothing can bring them back; they become visible U+FFFD again, and are reported.
_JINKELA = "锟斤拷"


def _line_round_trips(line: str) -> str | None:
    """A whole line garbled one way, undone the other way (ftfy's move, for the CJK codecs).

    Tried before the run-by-run repair because a line garbled end to end also holds short
    stretches between ASCII (年 in 2035年) that are too short to recognise on their own.
    Accepted only when the bytes decode (almost) cleanly and the result reads as common Chinese.
    """
    candidates = []
    if _utf8_gbk_re().search(line):
        raw = line.encode("gbk", errors="replace")  # U+FFFD (a byte lost to the first decode) -> '?'
        candidates.append(raw.decode("utf-8", errors="replace"))
    if _LATIN_SIG.search(line):
        for codec in ("cp1252", "latin-1"):
            try:
                candidates.append(line.encode(codec).decode("gb18030", errors="replace"))
            except UnicodeEncodeError:
                continue
    before_share, _ = common_share(line)
    for cand in candidates:
        if cand == line or cand.count(REPLACEMENT) * 20 > len(cand):
            continue
        share, han = common_share(cand)
        if han >= 4 and share >= 0.9 and share > before_share + 0.15:
            return cand
    return None


def _repair_lines(text: str, log) -> str:
    if not _garbled_sign().search(text):
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if len(line) < 8:
            continue
        fixed = _line_round_trips(line)
        if fixed is not None:
            # the lines above are final: the line starts after them (a sum paid only at a garbled line)
            log.record(line[:24], fixed[:24], at=sum(map(len, lines[:i])) + i if len(log.examples) < 5 else None)
            lines[i] = fixed
            changed = True
    return "\n".join(lines) if changed else text


def fix_mojibake(text: str, log) -> str:
    if not census.holds(text, _garbled_sign()):
        # no character either garbling leaves (锟 of 锟斤拷 included): each repair below would scan the
        # text again only to find nothing (most documents)
        return text
    text = _repair_lines(text, log)
    log.settle(text)  # the examples so far stand in this text (the phases below move them)
    if _JINKELA in text:
        count, first = text.count(_JINKELA), text.find(_JINKELA)
        text = text.replace(_JINKELA, REPLACEMENT * 2)
        log.record(_JINKELA, REPLACEMENT * 2, count=count)
        log.warn("lost_before_file", count=count, about=REPLACEMENT * 2, at=first)  # the first of them
        log.settle(text)
    text = _repair_utf8_as_gbk(text, log)
    log.settle(text)
    text = _repair_latin(text, log)
    return text


# ----------------------------------------------------------------------------- misaligned GBK

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_PUA = "\ue000-\uf8ff"
_PRECHECK = re.compile(f"[{_HAN}{_PUA}][?\ufffd]|[?\ufffd][{_HAN}{_PUA}]|[{_PUA}]")
_ANCHOR = re.compile(f"[?\ufffd{_PUA}]")
census.watch(lambda: _ANCHOR)
# Characters that may sit inside a misaligned run: GBK two-byte chars and the ASCII the site
# may have written for full-width forms (or that are trail bytes).
_RUNCHAR = re.compile(f"[{_HAN}{_PUA}\u3000-\u303f\u3040-\u30ff\u3220-\u3229\uff01-\uff5e\uffe0-\uffe5\ufe30-\ufe4f\u2010-\u2027\u2030-\u203b\u2103-\u2199\u2208-\u2312\u2460-\u249b\u2500-\u25ff\u2605-\u2642\u0391-\u03c9\u0401-\u0451?\ufffd!-~]")
_RUBY_TAIL = re.compile("[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-zü]*\\)")
_TIE = 2.0  # nats: alignments this close with placeholders are compared with their bytes filled
_MAX_TIES = 10
_WINDOW = 32  # real misaligned runs are a phrase long; a bound keeps the search linear in the text
_MAX_ANCHORS = 64  # damage marks per document; real damage is a handful of runs, more is not damage-shaped


def _char_options(ch: str, allow_ascii: bool = True) -> list[list]:
    """Byte readings of one char of a misaligned run."""
    if ch in "?\ufffd":
        return [[_W], [0xA3, 0xBF], [_W, _W]] if ch == "?" else [[_W], [_W, _W]]
    o = ord(ch)
    if 0x21 <= o <= 0x7E:
        full = [0xA3, o + 0x80]
        return [[o], full] if allow_ascii else [full]
    bs = _gbk_bytes(ch)
    return [list(bs)] if bs else []


def _readings(chars: str, limit: int = 16) -> list[list]:
    """Byte templates for a run, enumerating the ambiguous chars (capped)."""
    out: list[list] = [[]]
    for ch in chars:
        out = _read_on(out, ch, limit)
    return out


def _read_on(out: list[list], ch: str, limit: int) -> list[list]:
    """_readings of a run one char longer, from the run's own: each char's options depend only on the
    templates so far, so a run grown char by char is read in one pass, not once per length."""
    if not out:
        return []
    opts = _char_options(ch)
    if not opts:
        return []
    if len(out) * len(opts) > limit:
        opts = opts[:1] if not (ch.isascii() and ch not in "?") else opts[-1:]
    return [t + o for t in out for o in opts]


class _Alignments:
    """The realignments of one garbled run tried so far, each scored against the text it would replace, and the best."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lm = model()
        self.best: tuple | None = None  # (gain, s, e, toks)
        self.scored: list[tuple[float, int, int, list]] = []  # every alignment, to compare near-ties by their filled reading

    def consider(self, s: int, e: int, templates: list[list], pre_bytes=(), post_w: bool = False) -> None:
        """Score text[s:e] read as each byte template (after `pre_bytes`; `post_w`: its last trail byte may be lost)."""
        text = self.text
        left, right = _clean_ctx(text[max(0, s - 12):s])[-6:], _clean_ctx(text[e:e + 12])[:6]
        before = text[s:e]
        kept, cands = [], [before]
        for t in templates:
            toks = list(pre_bytes) + t
            if post_w:  # the run's last trail byte may be lost
                toks, slots = _gbk_slots_lost_tail(toks)
            else:
                slots = _gbk_slots(toks)
            if slots is None or not _closes(toks, slots, text[e - 1]):
                continue
            kept.append(toks)
            cands.append(_placeholder(slots))
        if not kept:
            return
        base, *scores = self.lm.logp_each(left, cands, right)  # one context, scored once for all templates
        for toks, sc in zip(kept, scores):
            g = sc - base
            self.scored.append((g, s, e, toks))
            if self.best is None or g > self.best[0]:
                self.best = (g, s, e, toks)


def _best_realignment(text: str, a: int, lo: int, hi: int):
    """Best realignment of a garbled run around the anchor at `a`, within text[lo:hi]: the anchor read as a lost first
    byte, then as a lost last byte (a lost-byte mark), or a window around a private-use character."""
    found = _Alignments(text)
    ch = text[a]
    if ch in "?\ufffd":
        _lost_first_byte(found, a, hi)
        _lost_last_byte(found, a, lo)
    if "\ue000" <= ch <= "\uf8ff":
        _private_use_window(found, a, lo, hi)
    if found.best is None:
        return None
    return _best_of_ties(text, found.lm, found.best, found.scored)


def _lost_first_byte(found: _Alignments, a: int, hi: int) -> None:
    """H1: the anchor is a lost first byte; the run extends right of it."""
    text = found.text
    rest_start = a + 1
    m = _RUBY_TAIL.match(text, rest_start)
    skip = m.end() if m else rest_start
    temps: list[list] = [[]]
    for e in range(skip + 1, hi + 1):
        temps = _read_on(temps, text[e - 1], 16)  # = _readings(text[skip:e])
        found.consider(a, e, temps, pre_bytes=[_W], post_w=True)


def _lost_last_byte(found: _Alignments, a: int, lo: int) -> None:
    """H2: the anchor is a lost last byte; the run extends left of it."""
    text = found.text
    for s in range(max(lo, a - _WINDOW), a):
        body = text[s:a]
        if any(c in "?\ufffd" for c in body[1:]):
            continue
        for t in _readings(body, 8):
            if not t:
                continue
            found.consider(s, a + 1, [[_W] + t + [_W], t[:1] + [_W] + t[1:] + [_W]])


def _private_use_window(found: _Alignments, a: int, lo: int, hi: int) -> None:
    """H3: a private-use char inside a run with no lost-byte marks: realign a window around it."""
    text = found.text
    for s in range(max(lo, a - 12), a + 1):
        for e in range(a + 1, min(hi, a + 13) + 1):
            body = text[s:e]
            for t in _readings(body, 4):
                found.consider(s, e, [[_W] + t, t[:1] + [_W] + t[1:], t[1:]], post_w=True)


def _best_of_ties(text: str, lm: _LM, best: tuple, scored: list[tuple]) -> tuple:
    """Alignments that read alike with their lost bytes unknown (国?院 vs ?国院) differ once the
    bytes are filled (国务院): among the near-ties, keep the one whose filled reading scores best."""
    ties = sorted((c for c in scored if c[0] >= best[0] - _TIE), key=lambda c: (-c[0], c[1], c[2]))[:_MAX_TIES]
    if len(ties) <= 1:
        return best

    def filled_score(c):
        g, s_, e_, toks = c
        slots = _gbk_slots(toks)
        left, right = _clean_ctx(text[max(0, s_ - 12):s_])[-6:], _clean_ctx(text[e_:e_ + 12])[:6]
        filled, _ = _fill(slots, left, right, "gb18030")
        return lm.logp(left + filled + right) - lm.logp(left + text[s_:e_] + right)

    return max(ties, key=filled_score)


def _runchar(ch: str) -> bool:
    """Can `ch` sit inside a misaligned GBK run? Han, PUA, GBK symbols, printable ASCII, lost-byte marks (not pinyin)."""
    return _RUNCHAR.match(ch) is not None


def _closes(toks: list, slots: list, last_char: str) -> bool:
    """A realigned run must end out of step: on a lost byte, or on an ASCII char used as a trail byte."""
    last = toks[-1]
    if last is _W:
        return True
    return last_char.isascii() and last < 0x80 and isinstance(slots[-1], str) and not slots[-1].isascii()


def _gbk_char(pair: bytes) -> str | None:
    try:
        return pair.decode("gbk")
    except UnicodeDecodeError:
        return None


_PAREN_NUMERALS = "一二三四五六七八九十"


@cache
def _garbled_paren_marker() -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """A paren marker （N） whose GBK bytes were read one byte late (a lost lead byte before it): 　（二） = A1A1 A3A8
    B6FE A3A9 reads ?。ǘ┩ — the lost byte (?), 。 (A1A3), then A8 + the numeral's lead byte, its trail byte + A3, and
    A9 + the first byte of the title. A pair GBK has no character for is dropped by the decoder (二's FE A3; both of
    六's, so ?。﹩ is （六）). The ten numerals' lead bytes differ, so the first pair names the numeral surely."""
    by_lead, by_trail = {}, {}
    for numeral in _PAREN_NUMERALS:
        lead, trail = numeral.encode("gbk")
        if (c := _gbk_char(bytes([0xA8, lead]))) is not None:
            by_lead[c] = numeral
        if (c := _gbk_char(bytes([trail, 0xA3]))) is not None:
            by_trail[c] = numeral
    closers = "".join(c for b in range(0x40, 0xFF) if (c := _gbk_char(bytes([0xA9, b]))) is not None and c.isprintable())
    pattern = re.compile(
        f"^([ \t\u3000]*)[?？]。([{''.join(by_lead)}]?)([{''.join(by_trail)}]?)[{re.escape(closers)}]", re.M)
    return pattern, by_lead, by_trail


def _paren_numeral(first: str, second: str, by_lead: dict[str, str], by_trail: dict[str, str]) -> str | None:
    """The numeral both surviving pairs agree on, each present exactly where GBK has a character for it."""
    numeral = by_lead.get(first) if first else "六"  # 六: the one numeral neither of whose pairs decodes
    if numeral is None:
        return None
    trail_char = _gbk_char(bytes([numeral.encode("gbk")[1], 0xA3]))
    return numeral if (trail_char or "") == second else None


def restore_garbled_paren_markers(text: str, log) -> str:
    """?。ǘ┩七M东部… -> （二）七M东部… (sj_05, ud_03): a line opened by a paren marker the source decoded one byte late
    gets its marker back where the bytes name the numeral surely; the title's first character, split across the
    garbled run, stays as stored."""
    # the lost byte is an ASCII ? before the width step: the shared census scan for _ANCHOR (which holds ?) answers
    # first, so a clean text pays no scan of its own
    if not census.holds(text, _ANCHOR) or "?。" not in text:
        return text
    pattern, by_lead, by_trail = _garbled_paren_marker()
    shift = 0  # how much shorter the output is than the text before this match

    def restore(m: re.Match) -> str:
        nonlocal shift
        numeral = _paren_numeral(m.group(2), m.group(3), by_lead, by_trail)
        if numeral is None:
            return m.group(0)
        fixed = f"{m.group(1)}（{numeral}）"
        log.record(m.group(0), fixed, at=m.start() - shift)
        shift += len(m.group(0)) - len(fixed)
        return fixed

    return pattern.sub(restore, text)


def fix_misaligned_gbk(text: str, log) -> str:
    text = restore_garbled_paren_markers(text, log)
    # every _PRECHECK match holds an _ANCHOR character: a scan for that one set (fast) spares clean
    # documents the alternation tried at every Han character (ten times slower)
    if not census.holds(text, _ANCHOR) or not _PRECHECK.search(text):
        return text
    marks = sum(1 for m in _ANCHOR.finditer(text) if _near_han(text, m.start()))
    if marks > _MAX_ANCHORS:
        # Each mark costs a dictionary search over its neighbourhood; hundreds of them mean the
        # '?' are the text's own (or the whole file is damaged, which decoding must handle).
        log.warn("gbk_too_many_marks", marks=marks)
        return text
    lm = model()
    lm._memo.clear()  # per document: a benchmark of repeated documents must not hit earlier results
    out, pos = [], 0
    done = 0
    shift = 0  # how much longer the output is than the text before this run
    doc = None
    for m in _ANCHOR.finditer(text):
        a = m.start()
        if a < done:
            continue
        if not (_near_han(text, a)):
            continue
        found = _best_realignment(text, a, *_run_around(text, a, done))
        if found is None or found[0] < 6.0:
            continue
        _, s, e, toks = found
        slots = _gbk_slots(toks)
        left, right = text[max(0, s - 12):s], text[e:e + 12]
        if doc is None:
            doc = _doc_context(text)
        filled, notes = _fill(slots, left, right, "gb18030", doc)
        before = text[s:e]
        if not filled.strip(REPLACEMENT) and not before.strip(REPLACEMENT):
            continue  # U+FFFD in, U+FFFD out: leave them as they are (two lost characters stay two)
        if not _clearly_better(lm, left, before, filled, right):
            continue
        out.append(text[pos:s])
        log.record(before, filled, at=s + shift)
        at = s + shift
        shift += len(filled) - (e - s)
        out.append(filled)
        pos = done = e
        _warn_realigned(log, before, filled, notes, at)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _run_around(text: str, a: int, done: int) -> tuple[int, int]:
    """The run of garbled-looking characters around the anchor at a, not reaching back before done."""
    lo = a
    while lo > max(done, a - _WINDOW) and _runchar(text[lo - 1]):
        lo -= 1
    tail = _RUBY_TAIL.match(text, a + 1)
    hi = tail.end() if tail else a + 1
    while hi < min(len(text), a + _WINDOW) and _runchar(text[hi]):
        hi += 1
    return lo, hi


def _warn_realigned(log, before: str, filled: str, notes: list, at: int) -> None:
    for note in notes:
        log.warn("gbk_lost_bytes", run=before, note=note, about=filled, at=at)
    if not notes and not filled.strip(REPLACEMENT):
        log.warn("gbk_unrecoverable", run=before, about=filled, at=at)
    elif not notes:
        # A realignment is a dictionary's best guess: say so, so it is never silently wrong.
        log.warn("gbk_guessed", run=before, filled=filled, about=filled, at=at)


def _doc_context(text: str) -> str:
    """The document as scoring evidence: ruby pinyin dropped, Simplified, damage excluded (capped)."""
    return _clean_ctx(text[:400_000]).translate(model().trans)


def _near_han(text: str, a: int) -> bool:
    for k in (a - 1, a + 1, a - 2, a + 2):
        if 0 <= k < len(text):
            c = text[k]
            if "\u3400" <= c <= "\u9fff" or "\ue000" <= c <= "\uf8ff" or "\uf900" <= c <= "\ufaff":
                return True
    return False


# ----------------------------------------------------------------------------- whole-document mojibake

# Codecs a UTF-8 file is misread through when it is garbled end to end: Western, Cyrillic, DOS, Mac,
# Central European and Greek single-byte code pages, and the Chinese double-byte ones.
_DOCUMENT_CODECS = (
    "latin-1", "cp1252", "cp1251", "mac_cyrillic", "koi8_r", "koi8_u", "cp866", "iso8859_5",
    "mac_roman", "cp437", "cp850", "cp852", "iso8859_2", "iso8859_7", "iso8859_15", "cp1250",
    "cp1253", "cp1254", "cp1257", "mac_greek", "mac_latin2", "gb18030", "big5", "cp950",
)
_SINGLE_BYTE_GB_CARRIERS = frozenset({"latin-1", "cp1252"})
_GB_TARGET = ">gb18030"  # marks a layer whose bytes were GB18030, not UTF-8
_LOST = 0xFF  # never a byte of UTF-8, so it can stand for a byte lost to the wrong decode
_PROBE_CHARS = 4_000  # the decision is taken on a prefix: detection stays bounded
_PROBE_WIDE = 400  # ...long enough to hold this many non-ASCII characters (a page's prefix can be all script)
_VERIFY_CHARS = 20_000
_MAX_LAYERS = 3  # UTF-8 garbled up to three times over


def _sloppy_byte(err: UnicodeEncodeError) -> tuple[bytes, int]:
    """A C1 control stands for the byte of the same value: what Windows and browsers give for bytes a
    code page leaves undefined (0x98 in CP1251, 0x81 in CP1252), so those bytes come back too."""
    part = err.object[err.start:err.end]
    if all("\x80" <= ch <= "\x9f" for ch in part):
        return part.encode("latin-1"), err.end
    raise err


codecs.register_error("policyparse-sloppy", _sloppy_byte)


def _encode_back(text: str, codec: str) -> bytes | None:
    """The bytes a wrong decode through `codec` was made from; U+FFFD (a byte it lost) becomes 0xFF."""
    try:
        return bytes([_LOST]).join(part.encode(codec, "policyparse-sloppy") for part in text.split(REPLACEMENT))
    except UnicodeEncodeError:
        return None


# What a single-byte code page makes of UTF-8 or GBK bytes: accented Latin letters (every lead
# byte E4–E9 / 81–FE becomes one), Greek, Cyrillic (CP437, KOI8-R, Mac-Roman…), box drawing. Clean
# Chinese text has next to none (its ·, ×, ° are not letters).
# UTF-8 read as GBK shows its own signature instead: 銆 锛 鈥 are the GBK readings of the lead
# pairs of Chinese punctuation (E3 80, EF BC, E2 80), and clean text never uses them.
_CODE_PAGE_CHARS = re.compile(r"[\u00c0-\u024f\u0370-\u04ff\u2500-\u259f銆锛鈥]")
census.watch(lambda: _CODE_PAGE_CHARS)
_MIN_CODE_PAGE_CHARS = 8


def _has_code_page_chars(text: str) -> bool:
    """At least _MIN_CODE_PAGE_CHARS characters a code page makes of UTF-8 or GBK bytes."""
    if not census.holds(text, _CODE_PAGE_CHARS):
        return False  # most texts: none at all, told by the scan the repair steps share
    return any(k + 1 >= _MIN_CODE_PAGE_CHARS for k, _ in enumerate(_CODE_PAGE_CHARS.finditer(text)))


def _looks_garbled(sample: str) -> bool:
    """Cheap gate: plenty of non-ASCII text that is not common Chinese (clean notices stop here)."""
    if not _has_code_page_chars(sample):
        return False
    wide = sum(1 for ch in sample if ch > "\x7f" and not ch.isspace())
    if wide < 8:
        return False
    share, han = common_share(sample)
    return han < 0.3 * wide or share < 0.75


def _utf8_reading(raw: bytes) -> tuple[str, int]:
    """UTF-8 decode with lost bytes as U+FFFD, and how many invalid sequences the lost bytes do not explain."""
    text = raw.decode("utf-8", errors="replace")
    return text, max(0, text.count(REPLACEMENT) - 3 * raw.count(_LOST))


def _reads_as_chinese(before: str, after: str) -> bool:
    share, han = common_share(after)
    old_share, old_han = common_share(before)
    return han >= 4 and share >= 0.85 and (share > old_share + 0.15 or han > 2 * old_han)


def _undo(sample: str, codec: str, wide: int, depth: int) -> tuple[str, int, str] | None:
    """(the text under one layer of `codec`, its unexplained bad sequences, the codecs undone), or None where the undo
    is no clean decode."""
    raw = _encode_back(sample, codec)
    if raw is None:
        return None
    text, bad = _utf8_reading(raw)
    if bad > 2 + wide // 200 and depth == 0 and codec in _SINGLE_BYTE_GB_CARRIERS:
        # GBK bytes read as a Western code page: the same undo, ending in GB18030.
        text = raw.decode("gb18030", errors="replace")
        return None if text.count(REPLACEMENT) > 2 + wide // 200 else (text, 0, codec + _GB_TARGET)
    if bad > 2 + wide // 200 or raw.count(_LOST) > wide // _LOST_SHARE_LIMIT.get(codec, 5):
        return None  # not UTF-8, or too much of it lost to say
    return text, bad, codec


def _find_layers(sample: str, depth: int = 0) -> list[str] | None:
    """The codecs, outermost first, whose undoing turns `sample` into Chinese (each undo a clean UTF-8 decode)."""
    wide = sum(1 for ch in sample if ch > "\x7f")
    best = None  # (bad, -share, codecs)
    for codec in _DOCUMENT_CODECS:
        undone = _undo(sample, codec, wide, depth)
        if undone is None:
            continue
        text, bad, codec = undone
        if _reads_as_chinese(sample, text):
            key = (bad, -common_share(text)[0])
            if best is None or key < best[0]:
                best = (key, [codec])
        elif depth + 1 < _MAX_LAYERS and bad <= 2 and best is None and _looks_garbled(text) and text != sample:
            deeper = _find_layers(text, depth + 1)
            if deeper:
                best = ((bad + 1, 0.0), [codec] + deeper)
    return None if best is None else best[1]


# A double-byte codec loses a byte wherever UTF-8's alignment puts 0x80 or an ASCII byte after a lead
# (text indented with U+3000 loses one in every few characters); a single-byte one far fewer.
_LOST_SHARE_LIMIT = {"gb18030": 2, "big5": 2, "cp950": 2}


@cache
def _undefined_bytes(codec: str) -> frozenset[int]:
    """Bytes a single-byte codec cannot decode: all a U+FFFD from it can stand for (any high byte for the others)."""
    single = len(bytes([0xB0]).decode(codec, errors="ignore")) == 1
    undefined = frozenset(b for b in range(0x80, 0x100) if not bytes([b]).decode(codec, errors="ignore"))
    return undefined if single and undefined else frozenset(range(0x80, 0xFF))


# A double-byte decoder (Python's gbk, big5) gives U+FFFD for one byte at a time: a byte that
# cannot lead (0x80), or a lead whose follower cannot trail it. So the byte after a lost one pins it
# down: before a byte that trails anything (most UTF-8 bytes), only 0x80 was lost; the full stops of
# UTF-8 (E3 80 80 is the ideographic space) come back instead of staying U+FFFD. The most permissive
# member of each family is asked, so that whichever decoder garbled the text, no reading is ruled out.
_PERMISSIVE_DOUBLE_BYTE = {"gb18030": "gbk", "big5": "big5", "cp950": "big5"}
_ANY_HIGH = frozenset(range(0x80, 0xFF))

LostByteRule = Callable[[bytes, int], frozenset[int]]
_RULE_REACH = 3  # a rule reads at most this many bytes after a lost byte (values_at: the follower, twice more if lost)


@cache
def _leads_lost_before(codec: str) -> tuple[frozenset[int], ...]:
    """For each following byte n, the high bytes b the decoder fails on when b comes before n."""
    table = []
    for n in range(256):
        failed = set()
        for b in range(0x80, 0xFF):
            try:
                bytes((b, n)).decode(codec)
            except UnicodeDecodeError as exc:
                if exc.start == 0:
                    failed.add(b)
        table.append(frozenset(failed))
    table[_LOST] = _ANY_HIGH  # the follower is lost too: it pins nothing
    return tuple(table)


def _lost_byte_rule(codec: str) -> LostByteRule:
    """What the lost byte at position p of the encoded-back bytes can have been."""
    family = _PERMISSIVE_DOUBLE_BYTE.get(codec)
    if family is None:
        undefined = _undefined_bytes(codec)
        return lambda raw, p: undefined
    table = _leads_lost_before(family)

    def values_at(raw: bytes, p: int, depth: int = 0) -> frozenset[int]:
        if p + 1 >= len(raw) or depth >= _RULE_REACH:
            return _ANY_HIGH
        if raw[p + 1] != _LOST:
            return table[raw[p + 1]]
        # The follower was lost too: this byte failed before one of the bytes it can have been.
        return frozenset().union(*(table[b] for b in values_at(raw, p + 1, depth + 1)))

    return values_at


# A paragraph ends at a line break, or in a page at the tag closing it.
_LINE_END = re.compile("([^\\s<>])(?:\r?\n|</?(?:p|br|div|li|td)\\b)")
_ENDS_PARAGRAPH = ("\n", "</p", "<br", "</div", "<div", "</li", "</td", "<p>", "<p ")
_SEQ_LEN = [1] * 0x80 + [0] * 0x40 + [2] * 0x20 + [3] * 0x10 + [4] * 0x08 + [0] * 0x08  # by lead byte


_CONTINUATION_OR_LOST = bytes(range(0x80, 0xC0)) + bytes([_LOST])


def _lost_window(raw: bytes, p: int) -> tuple[int, int] | None:
    """The UTF-8 sequence [s, e) that the lost byte at p belongs to, read from the bytes around it."""
    for j in (0, 1, 2, 3):
        s = p - j
        if s < 0:
            break
        n = 3 if raw[s] == _LOST else _SEQ_LEN[raw[s]]
        if n <= j or s + n > len(raw):
            continue
        if not raw[s + 1:s + n].translate(None, _CONTINUATION_OR_LOST):
            return s, s + n
    return None


@lru_cache(maxsize=65_536)
def _sequence_options(window: bytes, choices: tuple[frozenset[int], ...]) -> tuple[str, ...]:
    """The characters a sequence with lost bytes can have been, the k-th lost byte one of `choices[k]`.

    Cached: a garbled document loses the same few characters over and over (up to 256 trial decodes
    each), so a 4 MB one is read in seconds, not minutes."""
    lost = [k for k, b in enumerate(window) if b == _LOST]
    if math.prod(len(c) for c in choices) > 256:
        return tuple(_likely_fits(window, dict(zip(lost, choices))))
    out = []
    for fill in itertools.product(*(sorted(c) for c in choices)):
        trial = bytearray(window)
        for k, b in zip(lost, fill):
            trial[k] = b
        try:
            ch = bytes(trial).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and _plausible_char(ch):
            out.append(ch)
    return tuple(out)


@cache
def _likely_by_lead() -> dict[int, list[bytes]]:
    """The UTF-8 bytes of likely characters (common Han, Chinese punctuation), by lead byte."""
    pool = set(_common_han()) | set(_PUNCT_FREQ) | {chr(c) for c in range(0x3000, 0x3012)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    index: dict[int, list[bytes]] = {}
    for ch in sorted(pool):
        bs = ch.encode("utf-8")
        index.setdefault(bs[0], []).append(bs)
    return index


def _likely_fits(window: bytes, choices: dict[int, frozenset[int]]) -> list[str]:
    """Two bytes lost to a double-byte codec are too open to enumerate: the likely characters that fit instead."""
    if window[0] == _LOST:
        return []
    fits = []
    for bs in _likely_by_lead().get(window[0], ()):
        if len(bs) == len(window) and all(b == w or (w == _LOST and b in choices[k]) for k, (b, w) in enumerate(zip(bs, window))):
            fits.append(bs.decode("utf-8"))
    return fits


_CONTINUATION = frozenset(range(0x80, 0xC0))
_LEADS = frozenset(range(0xC2, 0xF5))


def _lost_choices(raw: bytes, s: int, e: int, lost_values: LostByteRule) -> tuple[frozenset[int], ...]:
    """For each lost byte of the UTF-8 sequence raw[s:e], the values it can have had there."""
    return tuple(lost_values(raw, k) & (_LEADS if k == s else _CONTINUATION) for k in range(s, e) if raw[k] == _LOST)


def _plausible_char(ch: str) -> bool:
    return (
        ch in _PUNCT_FREQ
        or "\u4e00" <= ch <= "\u9fff"
        or "\uff01" <= ch <= "\uff5e"
        or "\u3000" <= ch <= "\u3011"
        or "\u2002" <= ch <= "\u200b"  # en, em and thin spaces: notices pad dates and signatures with them
    )


def _fill_utf8_lost_bytes(raw: bytes, lost_values: LostByteRule) -> tuple[str, list[str]]:
    """UTF-8 bytes holding lost bytes (0xFF) -> text, each lost character chosen or kept U+FFFD.

    Linear: each lost byte has a handful of candidates. A character the document writes elsewhere
    with its bytes intact is preferred; among several, the dictionary decides in context by a clear
    margin. Two passes, as neighbouring characters may have lost bytes too: the clear cases first,
    then the rest with their context restored; what stays open is U+FFFD (and noted).
    """
    if _LOST not in raw:
        return raw.decode("utf-8", errors="replace"), []
    readable = raw.decode("utf-8", errors="ignore")
    seen = Counter(readable)
    # How the document's intact lines end (mostly 。): a lost character before a line break is read by them.
    seen_at_end = Counter(m.group(1) for m in _LINE_END.finditer(readable))
    chooser = _Chooser((seen, seen_at_end))
    notes: list[str] = []
    raw = _resolve_lost(raw, lost_values, chooser, None)
    raw = _resolve_lost(raw, lost_values, chooser, notes)
    return raw.replace(bytes([_LOST]), b"\xef\xbf\xbd").decode("utf-8", errors="replace"), notes


def _resolve_lost(raw: bytes, lost_values: LostByteRule, chooser: _Chooser, notes: list[str] | None) -> bytes:
    """One pass over the lost bytes; with `notes`, the final pass: undecided characters become U+FFFD."""
    parts: list[bytes] = []
    pos = 0
    p = raw.find(_LOST)
    while p >= 0:
        window = _lost_window(raw, p)
        if window is None or window[0] < pos:
            p = raw.find(_LOST, p + 1)
            continue
        s, e = window
        options = chooser.options(raw, s, e, lost_values)
        ch = chooser.choose(options, raw, s, e)
        if ch != REPLACEMENT:
            parts += [raw[pos:s], ch.encode("utf-8")]
            pos = e
        elif notes is not None:
            shown = " ".join("??" if b == _LOST else f"{b:02X}" for b in raw[s:e])
            notes.append(f"bytes {shown} could be {'/'.join(options.chars[:3]) or 'no known character'}; kept U+FFFD")
            parts += [raw[pos:s], REPLACEMENT.encode("utf-8")]
            pos = e
        p = raw.find(_LOST, e)
    parts.append(raw[pos:])
    return b"".join(parts)


class _Chooser:
    """`_choose` for the lost characters of one document, each decision remembered.

    A garbled document loses the same characters in the same words over and over; a decision depends
    only on the options, four characters either side and (for a numeral, bracket or other character a
    form can hold) the rest of the line, so it is taken once per such context. The line is decoded only
    when it can matter.
    """

    _MAX_MEMO = 500_000  # bounds the memory of a huge document; the decisions stay the same
    _MAX_BYTE_MEMO = 50_000  # keys of up to 400 bytes: 20 MB at most

    def __init__(self, seen: tuple[Counter, Counter]) -> None:
        self.seen = seen
        self.lm = model()
        self.memo: dict[tuple, str] = {}
        self.options_memo: dict[tuple, _Options] = {}
        self.by_bytes: dict[tuple, str] = {}  # the decisions again, by the bytes around (read before decoding them)

    def options(self, raw: bytes, s: int, e: int, lost_values: LostByteRule) -> _Options:
        """The characters the sequence raw[s:e] can have been: they depend on its bytes and the few after it
        that the lost-byte rule reads (one rule per document)."""
        key = raw[s:e + _RULE_REACH]
        found = self.options_memo.get(key)
        if found is None:
            if len(self.options_memo) > self._MAX_MEMO:
                self.options_memo.clear()
            found = _sequence_options(raw[s:e], _lost_choices(raw, s, e, lost_values))
            found = self.options_memo[key] = _Options.of(found, self.seen[0])
        return found

    def choose(self, options: _Options, raw: bytes, s: int, e: int) -> str:
        if options.numeral or len(options.chars) < 2:
            return self._choose_decoded(options, raw, s, e)  # a numeral reads the numbering before it too
        # the same bytes around it decide the same way (all that _choose_decoded reads of them): no decoding
        back, ahead = (_LINE_BACK, _LINE_AHEAD) if options.read_line else (_NEAR_BYTES, _NEAR_BYTES)
        key = (options.chars, options.read_line, raw[max(0, s - back):s], raw[e:e + ahead])
        ch = self.by_bytes.get(key)
        if ch is None:
            if len(self.by_bytes) > self._MAX_BYTE_MEMO:
                self.by_bytes.clear()
            ch = self.by_bytes[key] = self._choose_decoded(options, raw, s, e)
        return ch

    def _choose_decoded(self, options: _Options, raw: bytes, s: int, e: int) -> str:
        chars, line = options.chars, ("", "")
        if options.read_line:
            line = _line_around(raw, s, e)
            if options.numeral:
                chars = _numeral_in_sequence_first(chars, raw, s, *line)
        if len(chars) < 2:
            return chars[0] if chars else REPLACEMENT
        left = raw[max(0, s - _NEAR_BYTES):s].decode("utf-8", errors="ignore")[-4:]
        right = raw[e:e + _NEAR_BYTES].decode("utf-8", errors="ignore")[:4]
        key = (chars, left, right, line)
        ch = self.memo.get(key)
        if ch is None:
            if len(self.memo) > self._MAX_MEMO:
                self.memo.clear()
            ch = self.memo[key] = _choose(self.lm, chars, left, right, self.seen, line)
        return ch


class _Options(NamedTuple):
    chars: tuple[str, ...]
    numeral: bool  # a heading numeral among them: the numbering so far may pick it
    read_line: bool  # one can earn a form bonus (`_form_bonus`), which reads the rest of the line

    @classmethod
    def of(cls, options: tuple[str, ...], seen: Counter) -> _Options:
        # The document's own characters first, and the common ones: a character lost the same way
        # wherever it occurs (术 in 技术 read as GBK) is never seen intact, but it is common.
        common = _common_han()
        chars = tuple(ch for ch in options if ch in seen or ch in common or ch in _PUNCT_FREQ) or options
        return cls(chars, any(ch in _NUMERALS for ch in chars), any(_form_sensitive(ch) for ch in chars))


_LINE_BACK = 300  # bytes: a bracket closing a line opened up to a hundred characters before it (a long note)
_LINE_AHEAD = 90  # bytes of the line read after it
_NEAR_BYTES = 18  # bytes either side that hold the four characters of near context


def _line_around(raw: bytes, s: int, e: int) -> tuple[str, str]:
    """The rest of the line (up to _LINE_BACK bytes before, 90 after) either side of the sequence raw[s:e]."""
    line_left = raw[max(0, s - _LINE_BACK):s].decode("utf-8", errors="replace").rpartition("\n")[2]
    line_right = raw[e:e + _LINE_AHEAD].decode("utf-8", errors="replace").partition("\n")[0]
    return line_left, line_right


def _form_sensitive(ch: str) -> bool:
    """Can `ch` earn a form bonus (`_form_bonus`), which reads the line around it?"""
    return ch in _FORM_CHARS or ch.isdecimal() or ch in _OPENER_OF or ch in _CLOSER_OF


def fill_lost_utf8(raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 with lost bytes marked 0xFF, the code page unknown -> text and notes.

    A code page that cannot hold a byte loses every copy of it, so the lost bytes are among the
    high bytes the file never shows intact (for CP1251 that is 0x98 alone)."""
    absent = (_ANY_HIGH - frozenset(raw)) or _ANY_HIGH
    return _fill_utf8_lost_bytes(raw, lambda raw, p: absent)


# Forms the dictionary cannot see, since it has no digits, line starts or paragraph breaks:
# 11月5日 (not 11有5日), 第4次, 43号, 第一章 and 第六条, a heading's 一、 or （二） at the start of a paragraph (not 中、
# or （人）; also after a colon or sentence end where a body lost its line breaks), 。 closing a paragraph (not
# 、 or 《, its neighbours in UTF-8; also before an item number run into the text, 。2.加强…; never right after a space, tag or other punctuation: there the
# ideographic space is meant), the brackets of a 文号 (〔2022〕43号, whose brackets are often both lost:
# U+FFFD stands in), the colon of 附件：, a bracketed number （60%）, and the ideographic spaces that
# indent a paragraph (at a line start, after a tag, tab or space: HTML bodies and tables indent so), and
# a 目录 heading alone on its line (not 目当: the table of contents is found by it).
_FORMS = (
    re.compile(r"\d[年月]\d|\d日|\d号|第\d"),
    re.compile(rf"[第\ufffd][{grammar.CN_NUMERALS}\d\ufffd]{{1,4}}[编章节条款]|第[{grammar.CN_NUMERALS}\d\ufffd]{{1,4}}[编章节条款\ufffd]"),
    re.compile(r"(?:^|[\n\u3000\ufffd。；：>])[（(]?[一二三四五六七八九十][、）)]"),
    re.compile(r"(?<![\s>\u3000。，；：、\ufffd])。(?:[\r\n\u3000<]|$|(?=\d{1,2}[.．、][^\d]))"),
    re.compile(r"[〔\ufffd]+\d{4}[〕\ufffd]+\d{1,4}[号\ufffd]"),
    re.compile(r"(?:^|\n)[ \u3000\ufffd]*附件\d{0,2}[：:]"),
    re.compile(r"[（(\ufffd]+\d+(?:\.\d+)?[%％]?[）)\ufffd]+"),
    re.compile(r"(?:^|[\n>\t ])[ \u3000\ufffd]*\u3000"),
    re.compile(r"(?:^|[\n>])[ \u3000]*(?:目[ \u3000]*(?:录|\ufffd{1,3})|\ufffd{1,3}[ \u3000]*录)(?=[\s<]|$)"),
)
_FORM_BONUS = 12.0
_FORM_REACH = 12
# Every character a match of _FORMS can hold, besides the decimal digits of \d: a form's match must
# hold the candidate, so a candidate outside them (most Han characters) needs no form tried at all.
# tests/test_repair_mojibake.py checks this against the patterns.
_FORM_CHARS = frozenset("目录年月日号第" + grammar.CN_NUMERALS + "编章节条款附件\ufffd\n\r\t\u3000 。，；（(、）)<>〔〕：:.%％")


def _form_bonus(left: str, ch: str, right: str) -> float:
    """`left` and `right` are the rest of the line around the candidate (lost characters as U+FFFD)."""
    if (ch in _FORM_CHARS or ch.isdecimal()) and _in_a_form(left, ch, right):
        return _FORM_BONUS
    return _FORM_BONUS if _pairs_up(left, ch, right) else 0.0


def _in_a_form(left: str, ch: str, right: str) -> bool:
    near_left = ("\n" + left)[-_FORM_REACH:] if len(left) < _FORM_REACH else left[-_FORM_REACH:]
    local = near_left + ch + right[:_FORM_REACH]
    at = len(near_left)
    return any(m.start() <= at < m.end() for form in _FORMS for m in form.finditer(local))


# A lost heading numeral is told from its neighbours in the same form ((二) from (五), 一、 from 中、,
# 第六条 from 第八条 and 第公条) by the numbering so far: it continues the last marker of the same style.
# A marker opens a line, or follows the end of a sentence or a tag where a body lost its line breaks
# (…以下意见：一、…).
_NUMERALS = "一二三四五六七八九十"
_MARKER_AFTER = "。：；！？>"
_MARKER_BEFORE = re.compile(r"(?:^|\n|[。：；！？>])[ \u3000]*([（(]?)([一二三四五六七八九十]{1,3})([、）)])")
_ARTICLE_NUMERALS = grammar.CN_NUMERALS
# The numerals of a heading marker around the lost one: （十 · ） or 十 · 、 at a line start or after a sentence.
_MARKER_LEFT = re.compile(f"(?:^|[{_MARKER_AFTER}])[ \u3000\ufffd]*([（(]?)([{_NUMERALS}\ufffd]{{0,2}})$")
_MARKER_RIGHT = re.compile(f"^([{_NUMERALS}\ufffd]{{0,2}})([、）)])")
_ARTICLE_LEFT = re.compile(f"第([{_ARTICLE_NUMERALS}\ufffd]{{0,5}})$")
_ARTICLE_RIGHT = re.compile(f"^([{_ARTICLE_NUMERALS}\ufffd]{{0,5}})([编章节条])")
_ARTICLE_BACK = 12_000  # bytes read back for the previous article: a 条 runs to a few hundred characters


def _numeral_in_sequence_first(options: list[str], raw: bytes, s: int, left: str, right: str) -> list[str]:
    """`options` with the numeral that continues the numbering alone, where the line is a heading marker
    or an article number (the numbering so far is read from the text before raw[s], only then)."""
    article = _ARTICLE_LEFT.search(left), _ARTICLE_RIGHT.match(right)
    if article[0] and article[1]:
        return _article_numeral(options, raw, s, article[0].group(1), *article[1].group(1, 2))
    marker = _MARKER_LEFT.search(left), _MARKER_RIGHT.match(right)
    if not (marker[0] and marker[1]):
        return options
    opener, before = marker[0].group(1, 2)
    after, closer = marker[1].group(1, 2)
    previous = raw[max(0, s - 4000):s].decode("utf-8", errors="replace")
    last = 0
    for m in _MARKER_BEFORE.finditer(previous):
        if bool(m.group(1)) == bool(opener) and (m.group(3) == "、") == (closer == "、"):
            last = grammar.chinese_number(m.group(2)) or 0
    return _fitting_numeral(options, last + 1, before, after)


def _article_numeral(options: list[str], raw: bytes, s: int, before: str, after: str, unit: str) -> list[str]:
    """The numeral of 第…条 (章, 节, 编) at the lost position, when the number following the last article
    of the same unit (at a line start or after a space, not one cited in a sentence) fits it."""
    previous = raw[max(0, s - _ARTICLE_BACK):s].decode("utf-8", errors="replace")
    numbers = [m.group(1) for m in _article_heads(unit).finditer(previous)]
    if numbers and "\ufffd" in numbers[-1]:
        return options  # the previous number is lost too: decided on the second pass, once it is back
    last = (grammar.chinese_number(numbers[-1]) or 0) if numbers else 0
    return _fitting_numeral(options, last + 1, before, after)


def _fitting_numeral(options: list[str], number: int, before: str, after: str) -> list[str]:
    """The option that, between the numerals `before` and `after` (lost ones U+FFFD), writes `number`."""
    expected = _chinese_numeral(number)
    if len(expected) != len(before) + 1 + len(after):
        return options
    known = before + "\ufffd" + after
    if any(k not in ("\ufffd", e) for k, e in zip(known, expected)):
        return options
    ch = expected[len(before)]
    return [ch] if ch in options else options


@cache
def _article_heads(unit: str) -> re.Pattern:
    """第…条 (of one unit) opening a line or following a space or tag: a heading, not a citation."""
    return re.compile(f"(?:^|[\\s>])第([{_ARTICLE_NUMERALS}\ufffd]{{1,5}}){unit}")


def _chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五, 110 -> 一百一十 (as articles are numbered)."""
    if n < 10:
        return _NUMERALS[n - 1] if n > 0 else "〇"
    if n < 100:
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else _NUMERALS[tens - 1]) + "十" + (_NUMERALS[units - 1] if units else "")
    hundreds, rest = divmod(n, 100)
    head = _NUMERALS[hundreds - 1] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _NUMERALS[rest - 1]
    tail = _chinese_numeral(rest)
    return head + (tail if rest >= 20 else "一" + tail)


# A lost bracket or quote is told from its neighbours (（ ） ，, 〔 〕 、) by its partner on the line.
_OPENER_OF = {"）": "（", ")": "(", "〕": "〔", "】": "【", "》": "《", "”": "“", "」": "「", "］": "［"}
_CLOSER_OF = {v: k for k, v in _OPENER_OF.items()}


def _pairs_up(left: str, ch: str, right: str) -> bool:
    if ch in _OPENER_OF:
        return _unmatched(reversed(left), _OPENER_OF[ch], ch)
    if ch in _CLOSER_OF:
        return _unmatched(right, _CLOSER_OF[ch], ch)
    return False


def _unmatched(chars, partner: str, same: str) -> bool:
    """Is there a `partner` in `chars` (read outwards from the candidate) that no `same` claims first?"""
    depth = 0
    for c in chars:
        if c == same:
            depth += 1
        elif c == partner:
            if depth == 0:
                return True
            depth -= 1
    return False


def _around(left: str, right: str, line: tuple[str, str]) -> tuple[str, str]:
    """The line around a lost character where it is known; else the near context."""
    return (line[0] or left, line[1] or right)


def _choose(lm: _LM, options: list[str], left: str, right: str, seen: tuple[Counter, Counter], line: tuple[str, str] = ("", "")) -> str:
    """The one option, or the clear favourite of the dictionary in context and of the document's own usage, else U+FFFD."""
    if len(options) == 1:
        return options[0]
    if not options:
        return REPLACEMENT
    usage = seen[1] if right.lstrip("\r").startswith(_ENDS_PARAGRAPH) else seen[0]
    line_left, line_right = _around(left, right, line)
    scored = sorted(
        ((lm.logp(left + ch + right) + _DOC_WEIGHT * math.log1p(usage[ch]) + _form_bonus(line_left, ch, line_right), ch) for ch in options),
        reverse=True,
    )
    return scored[0][1] if scored[0][0] - scored[1][0] >= _MARGIN else REPLACEMENT


def _undo_layers(text: str, layers: list[str]) -> tuple[str, list[str]] | None:
    """Apply the undo found on the prefix to the whole text; None when some of it does not fit."""
    if layers[-1].endswith(_GB_TARGET):
        raw = _encode_back(text, layers[-1].removesuffix(_GB_TARGET))
        return None if raw is None else (raw.decode("gb18030", errors="replace"), [])
    for k, codec in enumerate(layers):
        raw = _encode_back(text, codec)
        if raw is None:
            return None
        if k < len(layers) - 1:
            text = raw.replace(bytes([_LOST]), b"\xef\xbf\xbd").decode("utf-8", errors="replace")
    return _fill_utf8_lost_bytes(raw, _lost_byte_rule(layers[-1]))


def _too_lost_to_undo(sample: str) -> str | None:
    """The double-byte codec a text is UTF-8 read through, when it lost too much to be undone (UTF-8
    read as Big5 loses every continuation byte from 0x80 to 0xA0): what it kept reads as common Chinese."""
    wide = sum(1 for ch in sample if ch > "\x7f")
    best = None
    for codec in _PERMISSIVE_DOUBLE_BYTE:
        raw = _encode_back(sample, codec)
        if raw is None or raw.count(_LOST) <= wide // _LOST_SHARE_LIMIT[codec]:
            continue
        share, han = common_share(raw.decode("utf-8", errors="ignore"))
        if han >= 20 and share >= 0.9 and (best is None or share > best[0]):
            best = (share, codec)
    return best[1] if best else None


# A page's first few thousand characters are often all markup and script: the decision is taken on
# its text, with tags dropped (bounded, so a stray "<" cannot make the scan quadratic).
_TAG = re.compile(r"<[^<>]{0,2000}>")
_VISIBLE_SCAN = 400_000
_SPACE_RUN = grammar.compile_led(r"[ \t\r\n]+")  # led by its class (grammar.compile_led); ASCII only: a code page may have read a byte as U+00A0


def _visible_prefix(text: str) -> str:
    head = text[:_VISIBLE_SCAN]
    return _SPACE_RUN.sub(" ", _TAG.sub(" ", head)) if "<" in head[:2000] else head


def _probe(visible: str) -> str:
    """The prefix the decision is taken on: _PROBE_CHARS, or longer (up to _VERIFY_CHARS) where script and
    markup leave it fewer than _PROBE_WIDE non-ASCII characters (a saved page whose title is its only text)."""
    end = _PROBE_CHARS
    while end < min(len(visible), _VERIFY_CHARS) and sum(1 for ch in visible[:end] if ch > "\x7f") < _PROBE_WIDE:
        end *= 2
    return visible[:end]


def undo_document_mojibake(text: str, log) -> str:
    """A whole document of UTF-8 read through a wrong codec (once or several times over), undone.

    The decision is taken on a prefix: it must encode back through the codec and decode as UTF-8
    with no more invalid sequences than its lost bytes explain, and then read as common Chinese.
    Text that already reads as Chinese never gets past the first check.
    """
    head = text[:_VISIBLE_SCAN]
    if REPLACEMENT not in head and not _has_code_page_chars(head):
        return text  # clean text: neither gate below can open, so no page is stripped of its tags for nothing
    visible = _visible_prefix(text)
    sample = _probe(visible)
    layers = _find_layers(sample) if _looks_garbled(sample) else None
    if not layers:
        lost_to = _too_lost_to_undo(sample) if sample.count(REPLACEMENT) > len(sample) // 8 else None
        if lost_to:
            log.warn("document_mojibake_too_lost", codec=lost_to)
        return text
    verify = _undo_layers(visible[:_VERIFY_CHARS], layers)
    if verify is None or not _reads_as_chinese(visible[:_VERIFY_CHARS], verify[0]):
        return text
    undone = _undo_layers(text, layers)
    if undone is None:
        log.warn("document_mojibake_partial", layers=" + ".join(layers))
        return text
    fixed, notes = undone
    origin = "GB18030" if layers[-1].endswith(_GB_TARGET) else "UTF-8"
    chain = " then ".join(f"read as {codec.removesuffix(_GB_TARGET)}" for codec in reversed(layers))
    log.record(f"<whole text: {origin} {chain}>", fixed[:24])
    for note in notes[:20]:
        log.warn("document_mojibake_lost_byte", note=note)
    if len(notes) > 20:
        log.warn("document_mojibake_more_lost", count=len(notes) - 20)
    return fixed
