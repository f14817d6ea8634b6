"""Web-page furniture: spam lines, accessibility bars, breadcrumbs, counters, footers.

The patterns are data, in ``lexicons/web_noise.tsv`` (see its header for the columns). Removal
is conservative: a pattern has to match a whole short line (or its start, for ``prefix``
patterns), so a sentence that merely mentions 打印 or 分享 stays. On top of the patterns:

* a number-only line next to a counter label (``2094`` / ``信息发布总数``) is its value and goes;
* in the page footer (the trailing block of short lines, when it holds unambiguous furniture),
  a short line between two removed lines goes too (``单位概况`` / ``县政府办公室`` / ``2094``);
* header lines made of several ``label：value`` fields lose the furniture fields only
  (``发布时间：2020-06-01 | 作者： | 编辑：…`` -> ``发布时间：2020-06-01``);
* a single stray character left from a lost label (``发``, ``态``) inside a block of
  label-less metadata lines (one of which is an ISO date) goes; the values stay;
* a page's excerpt of its own text (a copying site's description, cut mid-line: ``四、工作保障 (一)明确责任。县把…分片``
  below the body) goes: a later line that repeats, blanks aside, the text from an earlier line's start across two
  lines at least and stops inside a line.
"""

from __future__ import annotations

from functools import cache

import regex as re

from policyparse.grammar import HAN, HOLD_GIL
from policyparse.lexicons import rows

LEXICON = "web_noise.tsv"
MAX_SHORT = 80  # longest line (after canonicalising) a line/prefix/contains pattern may remove
MAX_SPAM = 300
MAX_TAIL_LINE = 30

_SPACES = re.compile(r"[\s\u3000\xa0]+")
_SEPARATORS = re.compile(r"[\s\u3000\xa0|｜【】\[\]]+")
_NUMBER_LINE = re.compile(r"[\d,，]{1,12}")
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_MENU_BULLETS = "•·●▪◦-"
_MENU_BULLET_STARTS = tuple(_MENU_BULLETS)


def _has_sentence_end(s: str) -> bool:
    """Does s hold 。, ！ or ？ (three `in` tests: cheaper on a line than a pattern call)?"""
    return "。" in s or "！" in s or "？" in s

_FIELD_LABEL = re.compile(r"(?:(?<=^)|(?<=[\s\u3000|｜【\[]))(\p{Han}{2,6})[:：]")
_FIELD_SEP = re.compile(r"^[\s\u3000|｜【】\[\]]+|[\s\u3000|｜【】\[\]]+$")
_BRACKET_TOKEN = re.compile(r"[【\[]([^【】\[\]\n]{1,12})[】\]]")


def _canon(line: str) -> str:
    return _SPACES.sub("", line, 0, 0, None, HOLD_GIL).replace(":", "：")


class _Lexicon:
    def __init__(self, table: tuple[tuple[str, ...], ...]):
        self.prefixes: list[tuple[str, str]] = []
        self.contains: list[tuple[str, str]] = []
        self.fields: set[str] = set()
        self.spam: list[str] = []
        self.adverts: list[str] = []
        line_pats = self._take_rows(table)
        self.line_scope = line_pats
        # no line pattern holds a sentence end: a line that does is no furniture line (see _classify)
        self.sentence_free = not any(ch in p for p in line_pats for ch in "。！？")
        # a line a whole-line pattern or a prefix matches opens on that pattern's first character: filed by it, the
        # patterns are asked only of a line opening on one (one look-up spares most short lines, headings, the
        # alternation's fullmatch and the prefix list's compares); no pattern is empty (_take_rows)
        self.line_openers = frozenset(p[0] for p in line_pats)
        self.prefixes_by_opener: dict[str, list[tuple[str, str]]] = {}
        for p, scope in self.prefixes:  # in the lexicon's order within an opener: the first match gives the scope
            self.prefixes_by_opener.setdefault(p[0], []).append((p, scope))
        alts = "|".join(re.escape(p) for p in sorted(line_pats, key=len, reverse=True))
        # A line made only of furniture words; lines are short, so the alternation is cheap.
        self.line_re = re.compile(rf"(?:{alts})+") if alts else None
        self.word_re = re.compile(rf"{alts}") if alts else None
        spam_alts = "|".join(re.escape(p) for p in sorted(self.spam, key=len, reverse=True))
        self.spam_re = re.compile(spam_alts, re.I) if spam_alts else None
        self.spam_marks = _caseless_marks(self.spam)

    def _take_rows(self, table: tuple[tuple[str, ...], ...]) -> dict[str, str]:
        """Files each row's pattern (spaces dropped, ： for :) under how it matches (prefix, contains, field, spam,
        advert); gives the whole-line patterns with their scopes. The header row and short rows are skipped."""
        line_pats: dict[str, str] = {}
        for row in table:
            if row[0] == "pattern" or len(row) < 2:
                continue
            pattern, match = _canon(row[0]), row[1]
            if not pattern:
                raise ValueError(f"{LEXICON}: a row with no pattern ({row!r})")
            scope = row[2] if len(row) > 2 else "any"
            if match == "line":
                line_pats[pattern] = scope
            elif match == "prefix":
                self.prefixes.append((pattern, scope))
            elif match == "contains":
                self.contains.append((pattern.casefold(), scope))
            elif match == "field":
                self.fields.add(pattern)
            elif match == "spam":
                self.spam.append(pattern.casefold())
            elif match == "advert":
                self.adverts.append(pattern)
        return line_pats


def _caseless_marks(words: list[str]) -> tuple[str, ...] | None:
    """One character of each word that no case folding changes (its last such one: 区 of av区, 码 of 乱码), or None
    when a word has none. A line the case-blind spam pattern matches in holds the mark of the word it matched, so a
    line holding no mark is spared the pattern's search (one `in` a mark is a memchr; the search costs ≈ 5 K a line)."""
    marks: list[str] = []
    for word in words:
        caseless = [c for c in word if c.lower() == c == c.upper() and c.casefold() == c]
        if not caseless:
            return None
        if caseless[-1] not in marks:
            marks.append(caseless[-1])
    return tuple(marks)


def _may_hold_spam(s: str, marks: tuple[str, ...] | None) -> bool:
    """Does s hold one of the spam words' marks (True when there are no marks to ask by)?"""
    if marks is None:
        return True
    for c in marks:  # a loop, not any() over a generator: asked of every short line without 。
        if c in s:
            return True
    return False


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon(rows(LEXICON))


def _classify(line: str, lex: _Lexicon) -> str | None:
    """Scope of the furniture this line is ("any", "tail", "counter"), or None."""
    s = line.strip(" \t\r\xa0\u3000")
    if s.startswith(_MENU_BULLET_STARTS):
        s = s.lstrip(_MENU_BULLETS).lstrip(" \t\xa0\u3000")  # • 无障碍浏览, - 浏览次数：: a menu's entries
    if not s:
        return None
    if _is_spam_or_advert(s, lex):
        return "any"
    if lex.sentence_free and _has_sentence_end(s):
        # what the tests below conclude for every sentence (no line pattern matches it, and a sentence end
        # ends them), without their copies of the line: most body lines hold a 。
        return None
    if len(s) > MAX_SHORT and not _SPACES.search(s, 0, None, HOLD_GIL):
        return None  # _canon only drops blanks: a long line without any stays long (skips a copy of every body line)
    forms = _short_forms(s)
    if forms is None:
        return None
    c, bare = forms
    if bare[:1] in lex.line_openers and lex.line_re.fullmatch(bare, 0, None, HOLD_GIL):
        scopes = {lex.line_scope[m.group()] for m in lex.word_re.finditer(bare, 0, None, False, HOLD_GIL)}
        return "counter" if "counter" in scopes else ("any" if "any" in scopes else "tail")
    if not lex.sentence_free and _has_sentence_end(c):
        # (with sentence-free patterns, s was asked above: c is s without blanks, its ':' turned to '：')
        return None
    return _scope_by_words(c, lex)


def _is_spam_or_advert(s: str, lex: _Lexicon) -> bool:
    """A keyword list of two spam words or more, or a short line holding a site's advert."""
    if (lex.spam_re is not None and len(s) <= MAX_SPAM and "。" not in s  # spam lines are keyword lists, not sentences
            and _may_hold_spam(s, lex.spam_marks)
            and lex.spam_re.search(s, 0, None, False, HOLD_GIL) is not None):  # most lines hold none: no set built
        hits = {m.group().casefold() for m in lex.spam_re.finditer(s, 0, None, False, HOLD_GIL)}
        if len(hits) >= 2:
            return True
    if len(s) <= MAX_SHORT:
        for p in lex.adverts:  # a loop, not any() over a generator: the list is a word or two, asked of most lines
            if p in s:
                return True  # 发送短信…即可订阅《…手机报》，每天1毛钱。: a site's advert, a sentence though it is
    return False


def _short_forms(s: str) -> tuple[str, str] | None:
    """The line without blanks (canon) and without bars and brackets too (bare), or None when canon is long."""
    # _SPACES' blanks (the White_Space property) are all str.isspace, so a line that str.split finds no blank in
    # has nothing for the two subs to take but the bars and brackets, asked by `in`: most short lines (headings).
    # A blank anywhere, at an end too (s keeps a U+2028), makes the first piece shorter than the line.
    first = s.split(None, 1)
    spaced = not first or len(first[0]) != len(s)
    c = _canon(s) if spaced else s.replace(":", "：")
    if len(c) > MAX_SHORT:
        return None
    if spaced or "|" in s or "｜" in s or "【" in s or "】" in s or "[" in s or "]" in s:
        return c, _SEPARATORS.sub("", s, 0, 0, None, HOLD_GIL).replace(":", "：")
    return c, c


def _scope_by_words(c: str, lex: _Lexicon) -> str | None:
    """The scope of the first furniture prefix the line opens with, else of a furniture word it contains."""
    for p, scope in lex.prefixes_by_opener.get(c[:1], ()):  # most lines open on no prefix's first character
        if c.startswith(p):
            return scope
    low = c.casefold()
    for p, scope in lex.contains:
        if p in low:
            return scope
    return None


def _strip_fields(line: str, lex: _Lexicon) -> str | None:
    """The line without its furniture fields, or None when it is not a multi-field header line."""
    if len(line) > 2 * MAX_SHORT or "：" not in line and ":" not in line or _has_sentence_end(line):
        return None
    if line.count("：") + line.count(":") < 2:
        # a header line holds two labels at least, each ending on its own colon (the label's Han holds none): a line
        # with one colon (an addressee line, 当前位置: …) is spared the lookbehind-led scan, tried at every character
        return None
    labels = list(_FIELD_LABEL.finditer(line))
    if len(labels) < 2 or not any(m.group(1) in lex.fields for m in labels):
        return None
    kept = []
    head = line[: labels[0].start()]
    if head.strip():
        kept.append(_FIELD_SEP.sub("", head))
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
        if m.group(1) in lex.fields:
            continue
        kept.append(_FIELD_SEP.sub("", line[m.start() : end]))
    kept = [f for f in kept if f]
    return " ".join(kept)


def _strip_tokens(line: str, lex: _Lexicon) -> str:
    """Drop bracketed furniture words (【打印】【关闭】) from a short line."""
    if lex.line_re is None or ("【" not in line and "[" not in line) or len(line) > 2 * MAX_SHORT:
        return line

    def repl(m):
        inner = _SEPARATORS.sub("", m.group(1)).replace(":", "：")
        return "" if inner and lex.line_re.fullmatch(inner) else m.group()

    out = _BRACKET_TOKEN.sub(repl, line)
    return out.rstrip(" \t\u3000|｜") if out != line else line


class _Page:
    """The page's lines, what each one's pattern said (scope), and which go (remove)."""

    def __init__(self, lines: list[str], lex: _Lexicon) -> None:
        self.lines = lines
        self.nonblank = [i for i in range(len(lines)) if lines[i].strip(" \t\r\xa0\u3000")]
        self.scope: list[str | None] = [None] * len(lines)  # _classify's answer for a blank line (its same strip)
        self.remove = [False] * len(lines)
        for i in self.nonblank:
            scope = self.scope[i] = _classify(lines[i], lex)
            self.remove[i] = scope in ("any", "counter")
        self._pos_in = {i: k for k, i in enumerate(self.nonblank)}

    def neighbours(self, i: int) -> tuple[int | None, int | None]:
        """The nonblank lines before and after line i."""
        k, nonblank = self._pos_in[i], self.nonblank
        return (nonblank[k - 1] if k > 0 else None, nonblank[k + 1] if k + 1 < len(nonblank) else None)


# A forum's anti-copy jammer (Discuz): runs of one- or two-character ASCII tokens glued to a paragraph's end, opening
# a line or filling one (…停车难题。& w$ a& I! d3 \ / ) z: I( K( ]2 D2 P( x' @# H. Z, tl_10)
_JAMMER_RUN = re.compile(
    r"""(?:(?<=[\p{Han}。，；！？”）])[ \t]*|^)        # after a paragraph's text, or opening a line
        (?P<run>(?:[!-~]{1,2}[ \t]){4,}[!-~]{1,2})    # five or more short tokens parted by single blanks
        [ \t]*(?=$|\p{Han})""", re.M | re.X)
_JAMMER_MIN_MARKS = 3  # ASCII marks in a run: a code, not a list of initials or numbers (A B C D E)
_FORUM_PAGE = ("本帖", "发表于")  # (the step runs after t2s: no Traditional form needed)


def _on_forum_page(text: str) -> bool:
    """any(w in text for w in _FORUM_PAGE), 帖 looked for first: a one-character `in` is a memchr, a two-character one
    ≈ 5 instructions a character (本帖: ≈ 0.11 M on the bench's texts, which hold no 帖). 发表于 is asked as it is:
    a three-character `in` skips ahead, and 表 first cost more (a common character, found and then the scan)."""
    return ("帖" in text and "本帖" in text) or "发表于" in text


def _without_jammer(text: str, log) -> str:
    """The text without a forum's jammer runs; only on a forum page (its 本帖最后由… / 发表于 line), the one place
    they are printed."""
    if not _on_forum_page(text):
        return text
    out, last = [], 0
    for m in _JAMMER_RUN.finditer(text):
        run = m.group("run")
        if sum(1 for c in run if not c.isalnum() and not c.isspace()) < _JAMMER_MIN_MARKS:
            continue
        out.append(text[last:m.start()])
        log.record(m.group(0).strip(), "")
        last = m.end()
    return text if last == 0 else "".join(out) + text[last:]


# [接上页] 五、责任分工 交通部门：… (tq_02): a paged law site opens each later page's text with a mark that the page
# goes on from the one before; it is the site's, not the document's, whatever length the line it opens has.
_CONTINUED_MARK = re.compile(r"^[ \t\u3000]*+[\[【]\s*(?:接上页|续上页)\s*[\]】][ \t\u3000]*+\n?", re.M)  # its line too, if all of it

# 浮山县人民政府办公室 ??????? / 2025年7月8日 ????????? / ? (a line of its own): the '?' a copy left for each blank it
# could not write (a page's non-breaking spaces): a line of nothing else, or a run of two or more after a blank at a
# line's end, is no text. A single '?' after text (…为什么 ?) stays.
_LOST_BLANKS = re.compile(r"(?:(?<=\S)[ \t\u3000\xa0]+\?{2,}|^[ \t\u3000\xa0]*\?+)[ \t\u3000\xa0]*$", re.M)


def _without_matches(text: str, pattern, log) -> str:
    """The text without every match of `pattern`, each logged as removed."""
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        log.record(m.group(0).strip(), "")
        last = m.end()
    return text if last == 0 else "".join(out) + text[last:]


def _without_continued_mark(text: str, log) -> str:
    # 页 first: a one-character `in` is a memchr, a two-character one ≈ 5
    # instructions a character (≈ 0.11 M on the bench's texts); most texts hold no 页 and are spared the second
    return _without_matches(text, _CONTINUED_MARK, log) if "页" in text and "上页" in text else text


def _without_lost_blanks(text: str, log) -> str:
    """The text without the '?' runs standing for blanks a copy lost; each run logged."""
    return _without_matches(text, _LOST_BLANKS, log) if "?" in text else text


def remove_web_noise(text: str, log) -> str:
    text = _without_jammer(text, log)
    text = _without_continued_mark(text, log)
    text = _without_lost_blanks(text, log)
    lex = _lexicon()
    lines = text.split("\n")
    page = _Page(lines, lex)
    _remove_counter_values(page)
    _remove_footer(page)
    _remove_leading_footer(page)
    _remove_stray_characters(page)
    _remove_repeated_excerpt(page)
    _remove_column_heading(page)
    out = _kept_lines(page, lex, log)
    if out is lines:
        return text
    # removed lines leave no run of blank lines behind
    result = "\n".join(out)
    return result


# 政府文件 / 您的位置:首页>>政务公开>>政府文件 (wu_11): the column's name a page prints as a banner over its breadcrumb,
# which ends on it; a crumb is parted from the next by > / >> / ＞ / ». Only the line above: below a breadcrumb ending on
# the document's own title that title is printed again, and stays.
_CRUMB_SEPARATOR = re.compile(r"[ \t\u3000]*+(?:>>?|＞＞?|»|›)[ \t\u3000]*+")
_COLUMN_MAX = 8  # characters of a column's name


def _remove_column_heading(page: _Page) -> None:
    """A short line that is only the last crumb of the breadcrumb right below it goes with the breadcrumb."""
    lines = page.lines
    for i in page.nonblank:
        if not page.remove[i] or "位置" not in lines[i]:
            continue
        crumbs = _CRUMB_SEPARATOR.split(lines[i].strip())
        column = crumbs[-1] if len(crumbs) > 2 else ""
        if not column or len(column) > _COLUMN_MAX:
            continue
        above = page.neighbours(i)[0]
        if above is not None and lines[above].strip(" \t\r\xa0\u3000") == column:
            page.remove[above] = True


def _remove_counter_values(page: _Page) -> None:
    """A number-only line next to a counter label is its value."""
    lines, scope = page.lines, page.scope
    for i in page.nonblank:
        if scope[i] == "counter":
            for j in page.neighbours(i):
                if j is not None and scope[j] is None and _NUMBER_LINE.fullmatch(lines[j].strip()):
                    page.remove[j] = True


def _remove_footer(page: _Page) -> None:
    """The page footer: trailing short lines, with at least one unambiguous furniture line."""
    lines, scope, remove = page.lines, page.scope, page.remove
    tail: list[int] = []
    for i in reversed(page.nonblank):
        s = lines[i].strip()
        if scope[i] is not None or remove[i] or (len(s) <= MAX_TAIL_LINE and not _has_sentence_end(s)):
            tail.append(i)
        else:
            break
    if not any(scope[i] in ("any", "counter") for i in tail):
        return
    for i in tail:
        if scope[i] == "tail":
            remove[i] = True
    for i in tail:
        if not remove[i]:
            a, b = page.neighbours(i)
            if a is not None and b is not None and remove[a] and remove[b] and len(lines[i].strip()) <= 20:
                remove[i] = True


def _remove_leading_footer(page: _Page) -> None:
    """A page copy stored from its footer (主办：… 版权所有 / 承办：… / …ICP备… / 涉密文件严禁上网 above the addressees):
    the leading block of short lines holds the footer's lines, tail-only ones too, when one of them is unambiguous."""
    lines, scope, remove = page.lines, page.scope, page.remove
    head: list[int] = []
    for i in page.nonblank:
        s = lines[i].strip()
        if scope[i] is not None or remove[i] or (len(s) <= MAX_TAIL_LINE and not _has_sentence_end(s)):
            head.append(i)
        else:
            break
    if any(scope[i] in ("any", "counter") for i in head):
        for i in head:
            if scope[i] == "tail":
                remove[i] = True


def _remove_stray_characters(page: _Page) -> None:
    """Stray single characters in a block of label-less metadata lines (one of them an ISO date)."""
    lines, remove = page.lines, page.remove
    # The date lines are found first, by a '-' (every ISO date holds one: most lines hold none, and are spared the
    # pattern), and the blocks are read only when there is one. The same lines as asking each block in turn: this
    # step removes only lines of the block it reads, so a later block's lines keep the `remove` they had on entry.
    dated = {j for j in page.nonblank
             if "-" in lines[j] and not remove[j] and _ISO_DATE.fullmatch(lines[j].strip(), 0, None, HOLD_GIL)}
    if not dated:
        return
    for block in _blocks(page.nonblank):  # removed lines count too: a later run sees the same blocks or smaller
        if len(block) >= 4 and not dated.isdisjoint(block):
            for j in block:
                if HAN.fullmatch(lines[j].strip()):
                    remove[j] = True


def _blocks(nonblank: list[int]) -> list[list[int]]:
    """The runs of consecutive nonblank lines (the lines between two blank ones), from their places in order."""
    blocks: list[list[int]] = []
    for i in nonblank:
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


_EXCERPT_LEAST = 40  # characters (blanks aside) a line must repeat to be taken for the page's excerpt of its text
_EXCERPT_KEY = 4  # characters of a line's opening by which earlier line starts are looked up


def _remove_repeated_excerpt(page: _Page) -> None:
    """A later line that repeats the text read from an earlier line's start (blanks aside) and stops inside a line
    is the page's excerpt of its own text (tq_07: the copying site's description below the body), not the body.
    Lines are filed by their opening (its first _EXCERPT_KEY characters, blanks aside), and a line's whole text
    without blanks is made only where a long line opens as an earlier one does: most lines open as no other."""
    lines, remove = page.lines, page.remove
    earlier = _Flats(lines)  # the earlier lines, this step's removals left out
    starts: dict[str, list[int]] = {}  # the opening of an earlier line -> its places in `order`
    filed: dict[str, _Opening] = {}  # made for an opening when a long line asks it: most openings never are
    order = earlier.order
    for i in page.nonblank:
        line = lines[i]
        key = line[:_EXCERPT_KEY]
        if key.split() != [key]:  # a blank in the head (each of _SPACES' is str.isspace): read past it
            key = _opening(earlier, i)
        places = starts.get(key)
        if places is None:
            starts[key] = [len(order)]
            order.append(i)
            continue
        if len(line) >= _EXCERPT_LEAST and not remove[i]:
            flat = earlier.flat_of(i)
            if len(flat) >= _EXCERPT_LEAST:
                group = filed.get(key)
                if group is None:
                    group = filed[key] = _Opening(places)
                if any(_repeats_from(earlier, k, flat) for k in group.heads_of(earlier, flat)):
                    remove[i] = True
                    continue
        places.append(len(order))
        order.append(i)


class _Opening:
    """The earlier lines that open alike (their places in `order`), filed by their whole text without blanks when a
    line asks, for the ones a repeat can start from: a repeat reads an earlier line whole before the next, so that
    line's text is a shorter head of the repeat's. Asking each place in turn was quadratic on a body of many lines
    opening alike (4,000 （牵头单位：…）推进第N项… lines: 8 M calls of _repeats_from, 26 s)."""

    __slots__ = ("places", "_filed", "_by_text", "_lengths")

    def __init__(self, places: list[int]) -> None:
        self.places = places  # the opening's list in `starts`, which goes on growing
        self._filed = 0  # places[:_filed] are in _by_text
        self._by_text: dict[str, list[int]] = {}
        self._lengths: set[int] = set()

    def heads_of(self, earlier: _Flats, flat: str) -> list[int]:
        """The places whose line's text (blanks aside) is a shorter head of flat, in the order they came."""
        places, by_text = self.places, self._by_text
        for k in places[self._filed:]:
            text = earlier.flat(k)
            same = by_text.get(text)
            if same is None:
                by_text[text] = [k]
                self._lengths.add(len(text))
            else:
                same.append(k)
        self._filed = len(places)
        heads: list[int] = []
        for n in self._lengths:
            if n < len(flat):
                same = by_text.get(flat[:n])
                if same is not None:
                    heads.extend(same)
        heads.sort()
        return heads


def _opening(earlier: _Flats, i: int) -> str:
    """Line i's first _EXCERPT_KEY characters without blanks, for a line whose head as written holds a blank (an
    indented paragraph): read from a piece of the line long enough to hold them, not from its whole blank-free text
    (a sub over the line, made only when a long line's repeat is asked). _SPACES' blanks go one by one, so a piece's
    blank-free text opens as the whole line's does."""
    line, end = earlier.lines[i], 4 * _EXCERPT_KEY
    while True:
        head = _SPACES.sub("", line[:end])
        if len(head) >= _EXCERPT_KEY or end >= len(line):
            return head[:_EXCERPT_KEY]
        end *= 4


def _without_blanks(s: str) -> str:
    """s without _SPACES' blanks: s itself when str.split finds no blank in it (each of _SPACES' is str.isspace,
    checked on every code point), which spares most lines the sub's scan, a pattern step a character."""
    first = s.split(None, 1)
    if len(first) == 1 and len(first[0]) == len(s):
        return s
    return _SPACES.sub("", s)


class _Flats:
    """Lines by their place in `order`, each one's text without blanks made once, when first asked."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.order, self._made = lines, [], {}

    def flat_of(self, i: int) -> str:
        flat = self._made.get(i)
        if flat is None:
            flat = self._made[i] = _without_blanks(self.lines[i])
        return flat

    def flat(self, k: int) -> str:
        return self.flat_of(self.order[k])


def _repeats_from(earlier: _Flats, k: int, flat: str) -> bool:
    """Is flat the text of earlier line k, k + 1… read on across two lines at least, stopping inside one of them? (A
    line repeating part of one earlier line is left: tf_13's excerpt stands above the body, whose title line it holds.)"""
    at, n = 0, len(earlier.order)
    while k < n:
        piece, rest = earlier.flat(k), len(flat) - at
        if rest <= len(piece):
            return at > 0 and rest < len(piece) and piece.startswith(flat[at:])
        if not flat.startswith(piece, at):
            return False
        at, k = at + len(piece), k + 1
    return False


def _kept_lines(page: _Page, lex: _Lexicon, log) -> list[str]:
    """The lines that stay, a header line's furniture fields and tokens taken out; each edit logged. The page's own
    list when nothing goes or changes (most pages)."""
    edits = _edits(page, lex)
    if not edits:
        return page.lines
    lines, out = page.lines, []
    shown, last = 0, 0
    offset = 0  # where the next kept line starts in the output: kept running, as a sum at each edit is quadratic
    for i, new in edits.items():  # in line order
        out += lines[last:i]
        offset += sum(map(len, lines[last:i])) + i - last
        last = i + 1
        if new is None:
            if shown < 5:
                log.record(lines[i].strip(), "")
                shown += 1
            else:
                log.count()
            continue
        log.record(lines[i].strip(), new.strip(), at=offset + len(new) - len(new.lstrip()))
        out.append(new)
        offset += len(new) + 1
    out += lines[last:]
    return out


def _edits(page: _Page, lex: _Lexicon) -> dict[int, str | None]:
    """The lines that go (None) or change (their new text), in line order. Only nonblank lines are asked: no step
    removes a blank one, and a line the page's strip leaves empty `str.strip` leaves empty too (it takes every blank
    that strip does), so it is never handed to _without_furniture."""
    edits: dict[int, str | None] = {}
    lines, remove, scope = page.lines, page.remove, page.scope
    for i in page.nonblank:
        if remove[i]:
            edits[i] = None
        elif scope[i] is None and _may_hold_furniture(lines[i]) and lines[i].strip():
            new = _without_furniture(lines[i], lex)
            if new != lines[i]:
                edits[i] = new
    return edits


def _may_hold_furniture(line: str) -> bool:
    """Can _without_furniture change this line? Only by a bracketed token (_strip_tokens asks for 【 or [) or by the
    fields of a header line, which holds a colon and no sentence end (_strip_fields' own first tests): a few `in`
    tests spare most body lines, headings and sentences with a colon, the two calls and their copies."""
    if "【" in line or "[" in line:
        return True
    return ("：" in line or ":" in line) and not _has_sentence_end(line)


def _without_furniture(line: str, lex: _Lexicon) -> str:
    """A kept line without its furniture fields (a multi-field header) or bracketed furniture words."""
    new = _strip_fields(line.strip(), lex)
    if new is None:
        return _strip_tokens(line, lex)
    if new != line.strip():
        lead = line[: len(line) - len(line.lstrip())]
        return lead + new
    return new
