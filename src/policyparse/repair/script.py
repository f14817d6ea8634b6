"""Script: ruby pinyin, look-alike glyphs, Traditional -> Simplified, Taiwan/Hong Kong wording.

Four steps, each ``(text, log) -> text``:

* ``remove_ruby_pinyin``: pages that show pinyin above characters (``<ruby>``) often reach us
  flattened into the text, ``關(guān)於(yú)``. A bracket is dropped only when it holds a real
  reading of the character right before it (pypinyin heteronyms, tone marks compared, the
  Simplified form's readings accepted too), so ``(一)``, ``(H5)``, ``(a)`` stay.
* ``unify_glyph_variants``: text taken from PDFs whose fonts map characters to look-alike code points (``⼯作``
  with the Kangxi radical U+2F2F, ``⻓期`` with a radical-supplement form, a compatibility ideograph, ``ꎬ``,
  U+A3AC, for GB 2312's A3AC ，) reads as the same words but matches none: each becomes the ideograph or mark it
  shows (Unicode's own decompositions, GB 2312's symbol rows, and ``lexicons/glyph_variants.tsv`` for the forms
  neither maps). A character for character swap, so no offset moves.
* ``to_simplified``: OpenCC's phrase-level conversion, applied only to Traditional runs: lines
  (or, in mixed lines, sentences) that hold characters existing only in Traditional script.
  Simplified text never goes through OpenCC. Proper names OpenCC would break (乾安 -> 干安) are
  kept from ``lexicons/t2s_exceptions.tsv``.
* ``mainland_terms``: Taiwan/Hong Kong wording (网际网路, 软体, 最佳化 …) back to the mainland
  original, from ``lexicons/regional_terms.tsv``, with guards against words that are also
  valid mainland usage.

On clean Simplified text each step costs one compiled-regex scan and returns the text as is.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from operator import ne

import re as stdre

import opencc
import regex as re

from policyparse.grammar import compile_led
from policyparse.repair import census
from policyparse.lexicons import rows

# ---------------------------------------------------------------- ruby pinyin

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ"
_PINYIN_LETTERS = "a-zü" + _TONED + "ɑɡ" + "\u0300\u0301\u0304\u030c\u0308"  # + combining marks
# An ASCII or full-width bracket holding one pinyin-looking syllable, right after a Han
# character (the lookbehind form scans at ~800 MB/s; starting the pattern with \p{Han} is 60).
_RUBY = re.compile(rf"(?<=\p{{Han}})[(（]\s?([{_PINYIN_LETTERS}]{{1,9}})\s?[)）]")
_HAS_TONE = re.compile(rf"[{_TONED}]")
_MAX_ROUNDS = 4


@cache
def _readings(ch: str) -> frozenset[str]:
    """Tone-marked readings of `ch` and of its Simplified form (pypinyin, all heteronyms)."""
    from pypinyin.pinyin_dict import pinyin_dict  # ~0.3 s to load: only when a candidate exists

    out: set[str] = set()
    for c in {ch, _t2s_char(ch)}:
        for cp in map(ord, c):
            out.update(pinyin_dict.get(cp, "").split(","))
    out.discard("")
    return frozenset(out)


@cache
def _t2s_char(ch: str) -> str:
    return _converter("t2s").convert(ch)


def _syllable(raw: str) -> str:
    # Pinyin fonts write ɑ/ɡ; decomposed tone marks are recomposed.
    return unicodedata.normalize("NFC", raw.replace("ɑ", "a").replace("ɡ", "g"))


def remove_ruby_pinyin(text: str, log) -> str:
    for _ in range(_MAX_ROUNDS):  # 關(guān)(guān) needs a second round
        out = _remove_ruby_once(text, log)
        if out == text:
            break
        text = out
    return text


# What a tone-marked syllable holds, precomposed or as a combining mark: without any, no bracket counts (see below).
_TONE_CHARS = _TONED + "\u0300\u0301\u0304\u030c"
_TONE_CLASS = stdre.compile(f"[{_TONE_CHARS}]")  # the marks as one class, looked for by the scan the steps share
census.watch(lambda: _TONE_CLASS)


def _remove_ruby_once(text: str, log) -> str:
    if not census.holds(text, _TONE_CLASS):
        return text  # no tone mark anywhere: no toned ruby, so nothing is removed (told by the scan the steps share)
    matches = list(_RUBY.finditer(text))
    if not matches:
        return text
    real = []
    for m in matches:
        syl = _syllable(m.group(1))
        if syl in _readings(text[m.start() - 1]):
            real.append((m, bool(_HAS_TONE.search(syl))))
    # A toneless bracket (的(de)) counts only in a text that has tone-marked ruby elsewhere.
    if not any(toned for _, toned in real):
        return text
    pieces, pos = [], 0
    removed = 0
    for m, _toned in real:
        pieces.append(text[pos:m.start()])
        pos = m.end()
        ch = text[m.start() - 1]
        log.record(ch + m.group(), ch, at=m.start() - 1 - removed)
        removed += m.end() - m.start()
    pieces.append(text[pos:])
    return "".join(pieces)


# ---------------------------------------------------------------- Traditional -> Simplified


@cache
def _converter(config: str):
    return opencc.OpenCC(config)


# CJK Unified Ideographs, Extension A, compatibility ideographs.
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@cache
def _script_classes() -> tuple[stdre.Pattern, stdre.Pattern]:
    """(Traditional-only, Simplified-only) character classes, derived from OpenCC itself.

    Traditional-only: t2s changes it and it is not in GB 2312 (so 乾, 於, 後, 著 — valid in
    Simplified text too — are not evidence). Simplified-only: s2t changes it and it is not in
    Big5 (cp950). Computed once per process (~70 ms).
    """
    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi + 1)]
    joined = "\n".join(chars)
    t2s = _converter("t2s").convert(joined).split("\n")
    s2t = _converter("s2t").convert(joined).split("\n")
    trad = "".join(c for c, o in zip(chars, t2s) if o != c and not _encodable(c, "gb2312"))
    simp = "".join(c for c, o in zip(chars, s2t) if o != c and not _encodable(c, "cp950"))
    # stdlib re compiles a big class into a bitmap (~1 GB/s); `regex` scans it at ~2 MB/s.
    return stdre.compile(f"[{trad}]"), stdre.compile(f"[{simp}]")


census.watch(lambda: _script_classes()[0])  # whether any Traditional-only character stands: the scan the steps share


@cache
def _exceptions() -> tuple[dict[str, str], re.Pattern | None]:
    """Traditional spelling -> mainland form, for names OpenCC's t2s gets wrong."""
    table = {r[0]: r[1] for r in rows("t2s_exceptions.tsv")}
    if not table:
        return table, None
    keys = sorted(table, key=len, reverse=True)
    return table, re.compile("|".join(map(re.escape, keys)))


@cache
def _taiwan_markers() -> re.Pattern:
    """Taiwan wording in Traditional script (the regional lexicon's terms, converted s2twp)."""
    s2tw = _converter("s2tw")
    terms = {s2tw.convert(r[0]) for r in rows("regional_terms.tsv") if len(r) > 4 and r[4] == "tw"}
    return re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))))


_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;]*\n?")


def _runs(text: str, trad: re.Pattern, simp: re.Pattern) -> list[tuple[int, int]]:
    """Spans of `text` written in Traditional script, as large as the script allows.

    A line with Traditional-only characters and no Simplified-only ones is one run; a mixed
    line is cut into sentences, a mixed sentence into the stretches between Simplified-only
    characters. Lines with neither kind (一、總體要求 has 總; 乾坤 has neither) join the run
    they sit in, so ambiguous characters convert in Traditional context only.
    """
    spans: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None  # neutral lines waiting for a Traditional neighbour

    def add(start: int, end: int) -> None:
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))

    for m in _LINE.finditer(text):
        start, end = m.span()
        if start == end:
            continue
        line = m.group()
        has_trad = trad.search(line) is not None
        has_simp = simp.search(line) is not None
        if not has_trad and not has_simp:
            if spans and spans[-1][1] == start:
                add(start, end)
            elif pending and pending[1] == start:
                pending = (pending[0], end)
            else:
                pending = (start, end)
            continue
        if has_trad and not has_simp:
            if pending and pending[1] == start:
                add(*pending)
            add(start, end)
        elif has_trad:
            _mixed_runs(text, start, end, trad, simp, add)
        pending = None
    return spans


def _mixed_runs(text, start, end, trad, simp, add) -> None:
    for s in _SENTENCE.finditer(text, start, end):
        sentence = s.group()
        if not sentence or not trad.search(sentence):
            continue
        if not simp.search(sentence):
            add(*s.span())
            continue
        pos = s.start()
        for cut in simp.finditer(text, s.start(), s.end()):
            if trad.search(text, pos, cut.start()):
                add(pos, cut.start())
            pos = cut.end()
        if trad.search(text, pos, s.end()):
            add(pos, s.end())


def _convert(run: str, converter) -> str:
    table, pattern = _exceptions()
    if pattern is None or not pattern.search(run):
        return converter.convert(run)
    pieces, pos = [], 0
    for m in pattern.finditer(run):
        pieces.append(converter.convert(run[pos:m.start()]))
        pieces.append(table[m.group()])
        pos = m.end()
    pieces.append(converter.convert(run[pos:]))
    return "".join(pieces)


_EXAMPLES_PER_RUN = 5


def _record_diff(log, before: str, after: str, at: int = 0) -> None:
    """Count changed characters; show a few phrase-sized windows, one per changed line (`at`: where `after`
    starts in the step's output)."""
    if len(before) != len(after):
        log.record(before[:24].strip("\n"), after[:24].strip("\n"), count=1, at=at + _leading_breaks(after[:24]))
        return
    count = sum(map(ne, before, after))
    shown = 0
    line_at = at
    for b, a in zip(before.split("\n"), after.split("\n")):
        if b == a or len(b) != len(a):
            line_at += len(a) + 1
            continue
        first = next(i for i, (x, y) in enumerate(zip(b, a)) if x != y)
        lo, hi = max(0, first - 2), min(len(a), first + 8)
        log.record(b[lo:hi], a[lo:hi], count=count, at=line_at + lo)
        count = 0
        shown += 1
        if shown == _EXAMPLES_PER_RUN:
            break
        line_at += len(a) + 1
    if count:  # no line-aligned window found
        log.record(before[:24].strip("\n"), after[:24].strip("\n"), count=count, at=at + _leading_breaks(after[:24]))


def _leading_breaks(s: str) -> int:
    return len(s) - len(s.lstrip("\n"))


def to_simplified(text: str, log) -> str:
    trad, simp = _script_classes()
    if not census.holds(text, trad):
        return text
    spans = _runs(text, trad, simp)
    if not spans:
        return text
    # Taiwan-standard text writes 著 for 着, 裡, 臺 …: tw2s knows those variants.
    taiwan = _taiwan_markers().search(text) is not None
    converter = _converter("tw2s" if taiwan else "t2s")
    pieces, pos = [], 0
    shift = 0  # how much longer the output is than the text up to here
    for start, end in spans:
        run = text[start:end]
        out = _convert(run, converter)
        if out != run:
            _record_diff(log, run, out, start + shift)
            shift += len(out) - len(run)
        pieces.append(text[pos:start])
        pieces.append(out)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# ---------------------------------------------------------------- look-alike glyphs

# Kangxi radicals, CJK radical supplement, CJK compatibility ideographs, and GB 2312's rows of punctuation, numbered
# signs and full-width ASCII (A1, A2, A3) read as code points: a font that maps its glyphs by their GB codes
# gives U+A3AC (a Yi syllable, ꎬ) for GB A3AC, the full-width comma
_GB_SYMBOL_ROWS = "\ua1a1-\ua1fe\ua2a1-\ua2fe\ua3a1-\ua3fe"
_VARIANT_CHAR = stdre.compile(f"[\u2e80-\u2fdf\uf900-\ufaff{_GB_SYMBOL_ROWS}]")
census.watch(lambda: _VARIANT_CHAR)  # most texts hold none: the scan the steps share says so
# a Yi syllable outside those rows: a Yi-language text, whose syllables they are
_OTHER_YI = stdre.compile("[\ua000-\ua1a0\ua1ff-\ua2a0\ua2ff-\ua3a0\ua3ff-\ua48f]")


@cache
def _variant_table(with_gb_codes: bool) -> dict[int, str]:
    """code point -> the character it shows: Unicode's compatibility decompositions of the Kangxi radicals and
    compatibility ideographs (each one character), the lexicon's rows, and the GB 2312 symbol rows' codes."""
    table = {}
    for lo, hi in ((0x2F00, 0x2FD5), (0xF900, 0xFAFF)):
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if folded != chr(cp) and len(folded) == 1:
                table[cp] = folded
    for variant, standard, _note in rows("glyph_variants.tsv"):
        table[ord(variant)] = standard
    if with_gb_codes:
        for row in (0xA1, 0xA2, 0xA3):
            for cell in range(0xA1, 0xFF):
                try:
                    table[row << 8 | cell] = bytes((row, cell)).decode("gbk")
                except UnicodeDecodeError:
                    pass  # a cell GBK leaves empty
    return table


def unify_glyph_variants(text: str, log) -> str:
    if not census.holds(text, _VARIANT_CHAR):
        return text
    table = _variant_table(_OTHER_YI.search(text) is None)  # a Yi-language text keeps its syllables
    out = text.translate(table)
    if out == text:
        return text
    _record_swaps(text, out, log)
    return out


_SWAP_CONTEXT = 3  # characters shown either side of a swapped run in the report


def _record_swaps(before: str, after: str, log, limit: int = 5) -> None:
    """Each run of swapped characters, the first few as examples with a little context (same length texts)."""
    runs = [(m.start(), m.end()) for m in _VARIANT_CHAR.finditer(before) if before[m.start()] != after[m.start()]]
    for k, (start, end) in enumerate(runs):
        if k < limit:
            lo, hi = max(0, start - _SWAP_CONTEXT), min(len(before), end + _SWAP_CONTEXT)
            log.record(before[lo:hi], after[lo:hi], at=lo)
        else:
            log.count()


# ---------------------------------------------------------------- regional wording


# First characters too common in ordinary text to lead the terms' pattern (的 of 的士): their terms are
# looked for with `in` first, and the pattern that also tries them is used only when one is there.
_COMMON_FIRST = "的"


def _led_pattern(alternatives: list[tuple[str, str, str]]) -> stdre.Pattern:
    """One alternative per first character, its terms (longest first, as listed) after that character: the
    standard module tries each alternative at a candidate start, and one that opens on a literal other than
    the text's character is passed over at once. The same matches as one alternative per term (terms with
    different first characters never match at the same place); a guard on the character before a term is
    checked after its first character ((?<![…]X) there is (?<![…])X before it)."""
    groups: dict[str, list[str]] = {}
    for term, not_before, not_after in alternatives:
        first = stdre.escape(term[0])
        alt = stdre.escape(term[1:])
        if not_before:
            alt = f"(?<![{stdre.escape(not_before)}]{first}){alt}"
        if not_after:
            alt = f"{alt}(?![{stdre.escape(not_after)}])"
        groups.setdefault(first, []).append(alt)
    body = "|".join(f"{first}(?:{'|'.join(alts)})" for first, alts in groups.items())
    return compile_led(f"(?=[{''.join(sorted(groups))}])(?:{body})")


@cache
def _regional() -> tuple[dict[str, str], stdre.Pattern | None, stdre.Pattern | None, tuple[str, ...]]:
    """term -> mainland form; one pattern for all terms with their guards; the same without the terms
    that open on a common character (None when there are none), and those terms.

    Compiled with the standard re module behind a lookahead on the terms' first characters (grammar.compile_led):
    it skips the many positions where no term can start in C, faster than trying every alternative there (the
    matches are the same: each alternative starts with its term's first character). A text holding none of the
    common-led terms gets the same matches from the pattern without them, which skips those common characters.
    """
    table: dict[str, str] = {}
    alternatives = []
    for row in sorted(rows("regional_terms.tsv"), key=lambda r: len(r[0]), reverse=True):
        term, mainland = row[0], row[1]
        not_before = row[2] if len(row) > 2 else ""
        not_after = row[3] if len(row) > 3 else ""
        alternatives.append((term, not_before, not_after))
        table[term] = mainland
    if not table:
        return table, None, None, ()
    common = tuple(alt[0] for alt in alternatives if alt[0][0] in _COMMON_FIRST)
    lean = [alt for alt in alternatives if alt[0][0] not in _COMMON_FIRST]
    return table, _led_pattern(alternatives), _led_pattern(lean) if common and lean else None, common


def mainland_terms(text: str, log) -> str:
    table, pattern, lean, common = _regional()
    if pattern is None:
        return text
    # each term's last character first (的 leads them all): a one-character `in` is a memchr, a two-character one ≈ 5
    # instructions a character (的士 ≈ 0.11 M on the bench's texts, 士 then 的士 ≈ 0.065 M)
    if lean is not None and not any(term[-1] in text and term in text for term in common):
        pattern = lean

    shift = 0  # how much longer the output is than the text before this match

    def swap(m):
        nonlocal shift
        after = table[m.group()]
        log.record(m.group(), after, at=m.start() + shift)
        shift += len(after) - len(m.group())
        return after

    return pattern.sub(swap, text)
