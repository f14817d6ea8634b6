"""Document metadata after GB/T 9704-2012 and what government web pages carry.

Sources, in order of trust: labelled header fields (索引号 …, several pairs to a line), the
notice's own parts (title block, 文号 line, 主送 line, signature block, （此件公开发布）),
then the label-less header block some sites print (value lines only) and html_meta.
"""

from __future__ import annotations

import datetime

import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

import regex as re

from policyparse import lexicons
from policyparse.grammar import spaced_date
from policyparse.grammar import SO_PUBLISHED
from policyparse.grammar import titled_enactment_end
from policyparse.grammar import (
    CLOCK_TIME,
    CLOCK_TIME_TEXT,
    DIGIT_DATE,
    HAN,
    READING_LIST_LABEL,
    ISSUER_ENDINGS,
    OFFICE_ENDINGS,
    ORG_END,
    ISSUING_TITLE,
    LINE_BLANKS,
    is_enactment_note,
    RECORD_HEAD,
    central_series_issuer,
    LAW_HISTORY_LINE,
    ADOPTED,
    ADOPTED_THEN_ISSUED,
    char_positions,
    ADOPTED_BY,
    ALIAS_LEAD,
    ALIAS_NOTE,
    ANNEX_ARTICLE,
    ATTACHED_TABLE,
    BRACKETED_DATE_LINE,
    CITED_DECREE,
    BARE_DIGIT_DATE,
    CITED_NUMBER_BEFORE,
    CITED_NUMBER_CLOSED_EARLY,
    CITED_NUMBER_LOST_CLOSE,
    FIELD_LIST_BULLET,
    ATTACHMENT_LABEL,
    DATE_THEN_ATTACHMENTS,
    DATED_NUMBER,
    DECREE_HEAD_PARTED,
    NUMBER_THEN_DATE,
    may_pair_date_and_number,
    HOLD_GIL,
    DOWNLOAD_LABEL,
    FILE_EXTENSION,
    FILE_EXTENSION_IN_LINE,
    DRAFTED_BY_US,
    DRAFTED_UNQUOTED,
    DRAFTS,
    DRAFTS_AFTER,
    ISSUES,
    PERIOD_LINE,
    DATE_START,
    PRINTED_BY,
    PROMULGATION,
    SELF_NAMED,
    SEAL_CAPTION,
    SEAL_NOTE,
    SENTENCE_THEN_ATTACHMENTS,
    SIGNED_LINE,
    SIGNING_HEAD,
    SUBJECTS_AFTER,
    adopting_body,
    decree_number,
    field_labels,
    is_dated_enactment_note,
    is_law_opening,
    LAW_NAME,
)
from policyparse.models import CitedDocument, Metadata, PlanPeriod, built
from policyparse.segment.dates import is_date_line, is_iso_date_line, parse_date
from policyparse.segment.layout import Layout, date_then_issuer, doc_type_ending, doc_types, download_list, in_site_menu, is_doc_type_word
from policyparse.segment.roles import (
    Roles,
    is_sharing_note,
    ATTACHMENT,
    CONTACT,
    CONTACT_INLINE,
    DISCLOSURE,
    DOC_NUMBER,
    ZHUSONG_LABEL,
    attachment_match,
    find_doc_number,
    is_addressee,
    is_furniture,
    is_label_line,
    is_prose,
)


@cache
def topics() -> frozenset[str]:
    return frozenset(lexicons.entries("topics.tsv"))


VALIDITY_WORDS = ("现行有效", "有效", "失效", "已失效", "废止", "已废止", "部分失效", "尚未生效", "已修改")
# starts only at the start of a letter-digit run (linear on a long run with no dash after it)
INDEX_NUMBER = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{5,}+(?:\s*+[-/－]\s*+[0-9A-Za-z]++)+")
_TRAILING_BRACKETS = re.compile(r"(?:[（(][^（()）]{0,30}[）)])+$")
_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "―": "-", "~": "-", "～": "-", "‐": "-"})


_SPACES = re.compile(r"\s+")
_YEAR_BRACKETS = re.compile(r"[\[［（(【〔„]((?:19|20)\d{2})[\]］）)】〕‟]")
_ORDINAL = re.compile(r"〕第(?=\d)")
_OTHER_YEAR_BRACKETS = "[［（(【„]］）)】‟"  # _YEAR_BRACKETS' brackets but 〔 〕
# Patterns the readers below use, compiled once (the regex module's cache lookup costs more than the match).
_TITLE_BRACKETS = "《》"  # two listed characters: found by str.find (grammar.char_positions)
_TITLE_REACH = 300  # an unclosed 《 is dropped this far on, or at the next line break
# 印发 / 转发 / 下发: the verbs by which a notice hands a document down (in its sentence, or in its title
# with 发布 too); one set for every pattern that reads them
_HANDS_DOWN = "印发|转发|下发"
_ISSUING_VERB_END = re.compile(rf"(?:{_HANDS_DOWN})$")
_TITLE_ISSUING_VERB_END = re.compile(rf"(?:{_HANDS_DOWN}|发布)$")
# a notice may publish the rules it carries (关于发布《…暂行规定》的通知, 信部信(2002)570号) as well as hand them down
_ISSUING_NOTICE_OPENER = re.compile(rf"关于(?:{_HANDS_DOWN}|发布|颁布)")


def _notice_object(title: str, opener) -> str | None:
    """What a title 关于<verb>…的通知 names as handed down: the words from its first `opener` on the title's last line
    to the 的通知 closing it (a final line break may follow), as opener(.+?)的通知$ searched reads them. Found by a
    literal test of the tail and one search of that line: the pattern, tried at each opener, ran to the end of the
    text from every one (100,000 关于批转 took seconds)."""
    body = title[:-1] if title.endswith("\n") else title
    if not body.endswith("的通知"):
        return None
    core = len(body) - 3
    line = body[body.rfind("\n", 0, core) + 1:core]  # (.+?) crosses no line break
    m = opener.search(line)
    return line[m.end():] or None if m else None


def _issued_by_notice(title: str) -> str | None:
    """关于印发《…》的通知 → 《…》: what a notice titled so issues (印发 / 转发 / 下发 / 发布 / 颁布)."""
    return _notice_object(title, _ISSUING_NOTICE_OPENER)
_WHITESPACE = re.compile(r"\s")
_TRAILING_BRACKETED = re.compile(r"[（(]([^（）()]{4,40})[）)]$")
_ATTACHMENT_COLON_LABEL = re.compile(r"^附\s*件\s*\d{0,3}\s*[：:]")
# An attachment entry's number, written once: 1. / 1．/ 1、 (_DOT_ENTRY), （1） (_PAREN_ENTRY), 一、
_DOT_ENTRY = r"\d{1,2}\s*[.．、]"
_PAREN_ENTRY = r"[（(]\d{1,2}[）)]"
# 1. / 1、 / （1） / 一、 before an attachment's name; （1）检查表；（2）汇总表 on one line part at the ； before （2）
_BEFORE_ENTRY_NUMBER = re.compile(rf"(?<=\S)\s+(?={_DOT_ENTRY})|(?<=[；;，,])\s*+(?={_PAREN_ENTRY})")
_ENTRY_NUMBER = re.compile(rf"^{_DOT_ENTRY}\s*")  # an entry that goes on a numbered list
_ANY_ENTRY_NUMBER = re.compile(rf"^(?:{_DOT_ENTRY}|{_PAREN_ENTRY}|[一二三四五六七八九十]{{1,3}}、)\s*")
# 附件：检查表.docx 汇总表.xls: download links on one line part after each file name
_AFTER_FILE_NAME = re.compile(r"(?<=\.(?:docx|doc|xlsx|xls|pdf|wps|zip|rar|ofd|et))[ \t\u3000]++", re.I)
# 检查表（略） / …（共3页） / …（另发）: a remark on the attachment, no part of its name
# （略） / （附后） / （见附件）: a remark on how the attachment comes, no part of its name
_ATTACHMENT_REMARK = re.compile(r"[（(](?:此件)?(?:略|另发|另行印发|附后|见附件|详见附件|不公开|共\d{1,3}页)[^（）()]{0,8}[）)]$")
# k. / k． / k、 numbering an entry on a line (not the 2 of 2021 or of 1.2; 7.2024年…复查表, wl_09: a name opening on its
# year is an entry all the same, no decimal reads 年 after it)
_ENTRY_STOP = r"[ \t\u3000]*+[.．、](?:(?!\d)|(?=(?:19|20)\d\d年))"
_FIRST_ENTRY = re.compile(rf"^(\d{{1,2}}){_ENTRY_STOP}")
_PHONE_LABEL = re.compile(r"^联系电话\s*(?:[：:]\s*|(?=\d))")
_SPACE_RUN = re.compile(r"[\s\u3000]+")
_TOPIC_SEPARATORS = re.compile(r"[、，,/\s]+")


def normalise_doc_number(s: str) -> str:
    """鞍政发[2022]1號 / （2022） / ［2022］ / 〔2022〕第1号 -> 鞍政发〔2022〕1号."""
    s = (s if s.split() == [s] else _SPACES.sub("", s)).replace("號", "号")  # no blank at all: nothing for the sub
    if _holds_mark(s, _OTHER_YEAR_BRACKETS):
        s = _YEAR_BRACKETS.sub(r"〔\1〕", s)  # a year bracketed in 〔〕 alone is rewritten as itself: not asked
    return _ORDINAL.sub("〕", s) if "〕第" in s else s


def search_doc_number(s: str, pos: int = 0, endpos: int | None = None) -> str | None:
    found = find_doc_number(s, pos, endpos)
    return normalise_doc_number(s[found[0]:found[1]]) if found else None


def doc_type_of(title: str | None) -> str | None:
    if not title:
        return None
    title = title.strip()
    if _last_char(title) in _ROUND_CLOSES:
        title = _TRAILING_BRACKETS.sub("", title)  # every bracket it takes off closes the title
    found = doc_type_ending(title.rstrip("》」”\""))
    return found[1] if found else None


def split_addressees(line: str) -> list[str]:
    """Split a 主送 line on ，；, at bracket depth 0. 、 joins units of one addressee group
    (各县、市、区人民政府; 省科协机关各部门、各直属单位) and is not split on."""
    core = ZHUSONG_LABEL.sub("", FIELD_LIST_BULLET.sub("", line.strip(), 1)).rstrip("：:").strip()
    # only the brackets and separators are walked (a pattern finds them), the words between them are sliced out
    # whole: a loop over every character built each item a character at a time
    out, depth, start = [], 0, 0
    for m in _ADDRESSEE_MARKS.finditer(core, 0, None, False, HOLD_GIL):
        ch = m.group()
        if ch in "（(【〔《":
            depth += 1
        elif ch in "）)】〕》":
            depth -= 1 if depth else 0
        elif depth == 0:  # a separator
            item = core[start:m.start()].strip()
            if item:
                out.append(item)
            start = m.end()
    item = core[start:].strip()
    if item:
        out.append(item)
    return out


_ADDRESSEE_MARKS = re.compile(r"[（(【〔《）)】〕》，；,;]")


_LIST_SEPARATORS = "、，,"


def balanced_titles(text: str):
    """Every outermost 《…》 as (title, start, end) — end is just after 》. Linear; an unclosed
    《 is dropped at the next line break or after 300 characters. A title left open before the next one of a list
    (《地质灾害防治条例、《国务院关于…的决定》《…》, uk_05) ends at the separator: an inner title opens after words
    (《关于印发《…》的通知》), never straight after a 、 of an outer title that holds none yet; end is then the
    separator's position."""
    if "《" not in text:
        return  # no title opens: nothing to walk line by line
    depth = 0
    start = -1
    # the line break that drops the open title (-1: none within its reach): looked for once per outermost 《, not
    # every line break of the text found (each str.find hit ≈ 1.7 K instructions; a text holds 8 line breaks a title)
    line_end = -1
    inner = False  # has the open outermost title held a 《 of its own yet
    for pos in char_positions(text, _TITLE_BRACKETS):
        if depth and (0 <= line_end < pos or pos - start > _TITLE_REACH):
            depth = 0
        ch = text[pos]
        if ch == "《":
            if depth == 1 and not inner and pos - start > 2 and text[pos - 1] in _LIST_SEPARATORS:
                yield text[start + 1:pos - 1], start, pos - 1
                start = pos
                line_end = text.find("\n", pos, pos + _TITLE_REACH + 1)  # its reach runs on from the new start
                continue
            if depth == 0:
                start = pos
                inner = False
                line_end = text.find("\n", pos, pos + _TITLE_REACH + 1)  # bounded: a one-line body is megabytes
            else:
                inner = True
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                yield text[start + 1:pos], start, pos + 1


def _doc_number_after(text: str, pos: int) -> str | None:
    """文号 inside the parenthetical right after 》: 《…》（国发〔2021〕9号，以下简称…）, or the 令 / 公告 number a
    rule or standard carries there: 《…》（人社部令第35号）, 《…》（住房城乡建设部公告2019年第237号）; a 》 typed twice
    before the bracket (《…指导意见》》（国卫人口发〔2022〕26号）, wp_07) is one."""
    if text.startswith("》", pos):
        pos += 1
    if pos >= len(text) or text[pos] not in "（(":
        return None
    if text.startswith("《", pos + 1):
        # 《销售服务、无形资产、不动产注释》（《财政部…通知》——财税〔2016〕36号附件） (vd_05): the bracket names the document
        # this one is attached to; its 文号 is that document's
        return None
    m = CITED_DECREE.match(text, pos, pos + 60, HOLD_GIL)
    if m:
        return _SPACES.sub("", m.group(1), 0, 0, None, HOLD_GIL)
    close = _parenthetical_close(text, pos)
    end = close if close > 0 else min(len(text), pos + 80)
    found = search_doc_number(text, pos + 1, end)
    if found is None and "„" in text[pos:end]:
        found = search_doc_number(text[pos + 1:end].translate(_LOW_QUOTE_BRACKETS))
    if found is None and close > 0 and (early := CITED_NUMBER_CLOSED_EARLY.match(text, pos, pos + 40, HOLD_GIL)):
        found = normalise_doc_number(early.group(1) + "号")  # (永村(社区)换届办〔2021〕4)号 (tz_01)
    if found is None and close > 0 and (lost := CITED_NUMBER_LOST_CLOSE.match(text, pos, close + 1, HOLD_GIL)):
        found = f"{lost.group(1)}〔{lost.group(2)}〕{lost.group(3)}号"  # （内工信发〔202054号） (uq_06)
    return found


def _parenthetical_close(text: str, pos: int) -> int:
    """The ） or ) closing the parenthetical opened at pos, within 80 characters (-1: none there); not the bracket of
    国发(2020)12号's year: the parenthetical closes later. Each closing bracket is found by str.find, where a loop
    looked at every character in between."""
    stop = min(len(text), pos + 80)
    k = pos + 1
    while True:
        wide, narrow = text.find("）", k, stop), text.find(")", k, stop)
        k = wide if narrow < 0 else narrow if wide < 0 else min(wide, narrow)
        if k < 0:
            return -1
        if not _YEAR_IN_PARENS.search(text, pos + 1, k + 1):
            return k
        k += 1


_NUMBER_BEFORE_REACH = 24  # an issuer code, the bracketed year, the number and 号: never longer than this


def _doc_number_before(text: str, start: int) -> str | None:
    """大防动指字(2024)1号《…》: the 文号 written right before a cited title's 《 (grammar.CITED_NUMBER_BEFORE); only a 号
    touching the bracket is looked at, so a title with none costs one character test."""
    k = start
    while k > 0 and text[k - 1] in " \t\u3000":
        k -= 1
    if k == 0 or text[k - 1] not in "号號":
        return None
    m = CITED_NUMBER_BEFORE.search(text, max(0, start - _NUMBER_BEFORE_REACH), start, HOLD_GIL)
    return normalise_doc_number(m.group("number")) if m else None


# 《…》（国发(2020)12号）: a 文号 whose year stands in round brackets, inside the round brackets after the title
_YEAR_IN_PARENS = re.compile(r"[（(](?:19|20)\d{2}[）)]$")
# 国办发„2009‟3号: a converter's „ ‟ standing for 〔 〕 (the font's code points for the brackets).
_LOW_QUOTE_BRACKETS = str.maketrans({"„": "〔", "‟": "〕"})


def _key(title: str) -> str:
    folded = _nfkc(title)
    if _has_dash(folded):
        folded = _plain_dashes(folded)  # only where a dash stands
    if folded.split() == [folded]:
        return folded  # no blank of any kind (str.split's blanks hold every \s of the pattern): nothing to take out
    return _SPACES.sub("", folded, 0, 0, None, HOLD_GIL)


def _layout_key(layout: Layout, s: str) -> str:
    """_key(s), kept per layout: the title readers key the same lines again and again (_issuing_body_line keys each
    front line as the neighbour of the lines above and below it, _own_copy_below and _own_title_line the same title
    lines; 56 keys cost 0.67 M instructions on the bench)."""
    keys = layout.title_keys
    key = keys.get(s)
    if key is None:
        key = keys[s] = _key(s)
    return key


# U+FF01–U+FF5E (（，：Ａ１) and U+3000 -> the one ASCII character each decomposes to under NFKD
_WIDE_FORMS = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _nfkc(title: str) -> str:
    """The title's NFKC form. A title with a full-width bracket or comma fails NFKC's quick check and was normalised in
    full (68 titles cost 1.76 M instructions on the bench's samples); its full-width forms and ideographic spaces are
    first turned into the ASCII characters they decompose to (172.73 M -> 171.78 M on the bench). The result is the same: NFKC composes the
    compatibility decomposition, and that is unchanged when a character is replaced by its own one-character
    decomposition (a starter), so what is left is normalised in full only where another such character stands."""
    if unicodedata.is_normalized("NFKC", title):
        return title
    return unicodedata.normalize("NFKC", _narrowed(title))


_WIDE_FORM = re.compile(r"[\uFF01-\uFF5E\u3000]")  # the characters _WIDE_FORMS maps


def _narrowed(title: str) -> str:
    """title.translate(_WIDE_FORMS): each wide form that stands in the title replaced by its ASCII character. A
    dict-table translate looks up every character of the title (≈ 11 K instructions a title of thirty); the few
    wide forms a title holds are found by one pattern call and replaced one by one (none is replaced by another
    wide form, so the order does not matter)."""
    for ch in set(_WIDE_FORM.findall(title, 0, None, False, HOLD_GIL)):
        title = title.replace(ch, chr(_WIDE_FORMS[ord(ch)]))
    return title


def _has_dash(text: str) -> bool:
    """Whether any character _DASHES rewrites stands in the text (plain `in` tests, written out: a generator over
    them cost more than the tests)."""
    return ("—" in text or "–" in text or "－" in text or "―" in text or "~" in text or "～" in text
            or "‐" in text)


_DASH_CHARS = tuple(chr(code) for code in _DASHES)


def _plain_dashes(text: str) -> str:
    """text.translate(_DASHES): each dash that stands in the text replaced by '-' (a dict-table translate looks up
    every character: ≈ 11 K instructions a title of thirty, where the one or two dashes of a year range cost a
    replace each)."""
    for dash in _DASH_CHARS:
        if dash in text:
            text = text.replace(dash, "-")
    return text


_PERIOD_SUFFIX = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*[—–\-－~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[）)]$")
_ISSUED_IN_ANGLES = re.compile(r"(?:印发|发布|公布)((?:〈[^〈〉]+〉(?:和|、|及|与)?)+)")
_ISSUES_OWN = re.compile(r"印发|发布|公布")  # not 转发: what a notice transmits stays another body's document


def cited_documents(
    text: str, own_title: str | None = None, attachments: list[str] | None = None, notice_title: str | None = None,
    handed_down: str | None = None,
) -> list[CitedDocument]:
    """Every document the text cites, in order of first mention, with the 文号 that follows it.

    Not cited: the document the notice issues (its own 《title》, also written without its
    （2021—2035年）) and the 《…》 in its title, the notice's own attachments (具体内容见附件:
    《…技术要点（试行）》 named in the body and listed under 附件：), short names the text defines for itself
    (（以下简称《规划》）), documents still to be written (制定《…》, 推动《…》出台), forms, lists and
    certificates (《报名表》, 《…清单》, 《…目录》, 《许可证》), standards (《…》（GB/T 26341-2010）), and
    exam subjects (考试设《…》、《…》4个科目).
    """
    keys = _TitleKeys()
    own = _own_documents(own_title, attachments, notice_title, keys)
    revised = _revised_attachments(own_title, attachments, notice_title, keys)
    if handed_down:
        own.add(keys[handed_down])  # the document handed down, named in full where the title names it shorter
    found = _with_unbracketed(list(balanced_titles(text)), text)
    # each title's marks (the characters the patterns on its surroundings close or open on), read once
    marks = [(_mark_before(text, start), _mark_after(text, end)) for _t, start, end in found]
    aliases = {keys[t] for (t, start, _end), (mark, _next) in zip(found, marks)
               if mark in _ALIAS_LEAD_LAST and ALIAS_LEAD.search(text[max(0, start - 8):start], 0, None, HOLD_GIL)}
    # each title's 文号, looked for once: in the bracket after it, else written straight before its 《
    numbers = [_doc_number_after(text, end) or _doc_number_before(text, start) for _t, start, end in found]
    own.update(_own_named_in_text(text, found, numbers, own, keys, marks))
    seen: dict[str, CitedDocument] = {}
    # the notice's own title, when it issues nothing (a notice issuing a plan passes the plan's name as own_title)
    self_key = keys[own_title.strip().strip("《》")] if own_title and notice_title is None else None
    for (title_, start, end), number, title_marks in zip(found, numbers, marks):
        name = _unescape_brackets(title_.strip())
        key = keys[name]
        if not name or key in aliases or key in own and not (
                number and (key in revised or _repealed(text, end) or key == self_key and _named_by_a_body(text, start))):
            continue
        if _is_cited(text, name, start, end, number, title_marks):
            _add_cited(seen, key, name, number)
    return list(seen.values())


# 贵州省人力资源和社会保障厅、贵州省住房和城乡建设厅《关于加快推进…的通知》（黔人社厅发〔2017〕3号） (vd_09): a body's
# name right before the 《: the document of that body, cited by its title and 文号
# (the office endings but 院, which the rule was written and measured without, and 总工会)
_BODY_BEFORE_TITLE = re.compile("(?:" + "|".join((*(w for w in OFFICE_ENDINGS if w != "院"), "总工会")) + ")$")


def _named_by_a_body(text: str, start: int) -> bool:
    """A county notice titled as the provincial notice it carries out (关于加快推进建设工程项目参加工伤保险的通知, vd_09)
    cites that notice by its very title: the title after a body's name, its 文号 in the bracket after it, is that
    body's document, not the notice itself."""
    return _BODY_BEFORE_TITLE.search(text, max(0, start - 4), start, HOLD_GIL) is not None


def _own_named_in_text(text: str, found: list[tuple[str, int, int]], numbers: list[str | None], own: set[str],
                       keys: "_TitleKeys", marks: list[tuple[str, str]]) -> set[str]:
    """The keys of the titles the text itself shows to be the notice's own: 《…说明》（附件2）, named once as an
    attachment, is one wherever else the text names it; so is a case paper, and a title handed down together
    with one of the notice's own."""
    more = {keys[t] for t, _start, end in found
            if text[end:end + 1] in _ROUND_OPENS and _OWN_ATTACHMENT_AFTER.match(text[end:end + 8], 0, None, HOLD_GIL)}
    more.update(_issued_together(text, found, own | more, keys))
    more.update(keys[t] for (t, start, end), number, title_marks in zip(found, numbers, marks)
                if _case_paper(text, start, end, number, title_marks))
    return more


def _add_cited(seen: dict[str, "CitedDocument"], key: str, name: str, number: str | None) -> None:
    """Record a cited title once: a later mention gives the 文号 an earlier one lacked; a 文号 seen already under a
    retyped title (完善企业职王… / 完善企业职工…) is the same document."""
    if key in seen:
        if number and not seen[key].doc_number:
            seen[key].doc_number = number
        return
    if number and any(c.doc_number == number for c in seen.values()):
        return
    seen[key] = built(CitedDocument, {"title": name, "doc_number": number})  # a str and a str or None: not checked again


# 按照山西省农业厅办公室关于做好…工作的通知(晋农办种植发〔2017〕341号)要求: a notice's title cited without 《》, its
# issuer named, right after the verb that cites it and right before its bracketed 文号
_UNBRACKETED_CITED = re.compile(
    r"(?:按照|根据|依据|依照|遵照|贯彻落实|贯彻|落实|执行)"
    r"(?P<title>[^，。；：:、《》（）()\n\s]{2,40}?关于[^，。；：:《》（）()\n]{2,80}?的(?:通知|意见|决定|批复|函))"
    r"(?=[（(][^（）()\n]{2,30}?号[）)])")


def _with_unbracketed(found: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The 《…》 titles, with the notices cited without 《》 (their issuer opening the title, a 文号 after it) in
    text order; one inside a 《…》 is that title's words, not a citation of its own."""
    if "关于" not in text:
        return found
    extra = []
    for m in _unbracketed_cited(text):
        title, start, end = m.group("title"), m.start("title"), m.end("title")
        head = title[: title.index("关于")]
        if ORG_END.search(head) and not any(a <= start < b for _t, a, b in found):
            extra.append((title, start, end))
    return sorted(found + extra, key=lambda t: t[1]) if extra else found


def _unbracketed_cited(text: str) -> Iterator[re.Match]:
    """_UNBRACKETED_CITED.finditer(text), asked only of the lines that hold 关于: no part of a match (the verb, the
    title, the bracketed 文号 after it) crosses a line break, and every title holds 关于; the scan of the whole text
    tried the verbs at every character."""
    at = text.find("关于")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield from _UNBRACKETED_CITED.finditer(text, start, end, False, HOLD_GIL)
        at = text.find("关于", end)


# 《2016年某工作总结》和《2017年某工作要点》已经…通过，现予以下发: documents named side by side, parted only by 和 / 及 /
# 与 / 、, are handed down together; one of them the notice's own, the others are too. (现将修订后的《A》《B》《C》印发你们:
# so are titles written one right after the other, nothing between them.)
_JOINED_TITLES = re.compile(r"[ \t\u3000]*+(?:[和及与、][ \t\u3000]*+)?")
_JOINERS = ("", "和", "及", "与", "、")


def _joined(text: str, end: int, start: int) -> bool:
    """_JOINED_TITLES.fullmatch(text, end, start), read without a pattern call: what stands between the two titles is
    blanks, or one joiner with blanks around it."""
    return text[end:start].strip(LINE_BLANKS) in _JOINERS


# 2024年7月18日印发的《某县…应急预案》（浮政办发〔2024〕27号）同时废止: the name the new plan keeps, with the 文号 of the
# version it repeals
_REPEALED_AFTER = re.compile(r"[（(][^（）()\n]{2,30}[）)][ \t\u3000]*+(?:同时|即行|自行)?废止")


def _repealed(text: str, end: int) -> bool:
    """The title ending at `end` is followed by its bracketed 文号 and 废止: an earlier document of that name."""
    return _REPEALED_AFTER.match(text, end, end + 40, HOLD_GIL) is not None


class _TitleKeys(dict):
    """title -> _key(title), each worked out once per document: cited_documents asks for the keys of the same titles
    again and again (the notice's own, every 《…》 found, each run of them side by side; 149 _key calls on the bench's
    samples for 30 titles). A fresh one for every document: no key is carried from one document to the next."""

    def __missing__(self, title: str) -> str:
        key = self[title] = _key(title)
        return key


def _issued_together(text: str, found: list[tuple[str, int, int]], own: set[str], title_keys: _TitleKeys) -> set[str]:
    """The keys of the titles named side by side with one of the notice's own documents (《A》和《B》)."""
    keys = [title_keys[t.strip()] for t, _start, _end in found]
    groups: list[list[int]] = []
    for i, (_t, start, _end) in enumerate(found):
        if i and _joined(text, found[i - 1][2], start):
            groups[-1].append(i)
        else:
            groups.append([i])
    return {keys[i] for g in groups if len(g) > 1 and any(keys[i] in own for i in g) for i in g}


def _revised_attachments(own_title: str | None, attachments: list[str] | None, notice_title: str | None,
                         keys: _TitleKeys) -> set[str]:
    """The keys of attachments that may also name an earlier document: 我们对…《农业生产发展资金管理办法》（财农〔2017〕41号）
    进行了修订, 现将修订后的管理办法予以印发 attaches the new rules under the old one's name; the name followed by its
    own 文号 is the earlier document, cited (the notice's own title and what it issues stay its own)."""
    if not attachments:
        return set()
    return {keys[name] for name in attachments} - _own_documents(own_title, None, notice_title, keys)


def _own_documents(own_title: str | None, attachments: list[str] | None, notice_title: str | None,
                   keys: _TitleKeys) -> set[str]:
    """The keys of the documents that are the notice's own, not cited: what it issues, its attachments, itself."""
    own: set[str] = set()
    if own_title:
        t = own_title.strip().strip("《》")
        own = {keys[t], keys[_PERIOD_SUFFIX.sub("", t) if _last_char(t) in _ROUND_CLOSES else t]}
        about = t.find("关于")
        if about > 0:
            own.add(keys[t[about:]])  # 解读《关于…的实施意见》: the document itself, named without its issuer
    own.update(keys[name] for name in attachments or ())
    if notice_title:
        own.add(keys[notice_title.strip().strip("《》")])  # 《北京市人民政府办公厅关于印发〈…〉的通知》 heading its own page
        # 关于印发《A》和《B》的通知: every document the notice's title issues is its own, not only the first; a title
        # printed inside 《…》 on its page writes the ones it issues in 〈〉 (关于印发〈A〉和〈B〉的通知; not the 〈政府工作报告〉
        # inside what it issues: 印发2022年市〈政府工作报告〉…分解方案的通知)
        own.update(keys[t] for t, _start, _end in balanced_titles(notice_title) if _ISSUES_OWN.search(notice_title))
        issued_run = _ISSUED_IN_ANGLES.search(notice_title) if "《" not in notice_title else None
        if issued_run:
            own.update(keys[t] for t in re.findall(r"〈([^〈〉]+)〉", issued_run.group(1)))
    return own


# A title written inside another with HTML-escaped brackets (印发&lt；…&gt；的通知) means 《…》.
_ESCAPED_BRACKETS = re.compile(r"&(lt|gt)[;；]")


def _unescape_brackets(name: str) -> str:
    if "&" not in name:
        return name  # every escape opens on &: most titles hold none
    return _ESCAPED_BRACKETS.sub(lambda m: "《" if m.group(1) == "lt" else "》", name, 0, 0, None, HOLD_GIL)


# forms, lists, certificates, standards; 《湖南省人民政府办公厅文件》: a red-head header (organ + 文件); 《中华人民共和国
# 国务院公报》, 《某省人民政府公报》: the gazette a document is printed in (not a 统计公报, which is one); 《人民日报》,
# 《新闻联播》, 《中国统计年鉴》: papers, programmes and yearbooks — no documents; 《工作鉴定》, 《…申报书》: the papers an
# applicant hands in; 《…学员补贴花名册》: a roster filled in, as a 名单 is; 《…项目认定书》: a certificate issued for one case
# (wb_02), a paper as a 通知书 is (not 协议书: an agreement between two governments is a document one cites)
_NOT_A_DOCUMENT = re.compile(
    r"(?:表|证|证书|通知书|承诺书|申报书|申请书|推荐书|授权书|认定书|鉴定|清单|目录|名录|名单|名册|日报|晚报|早报|时报|周刊|杂志|年鉴|新闻联播|频道"
    # 《商品房买卖合同》 / 《电梯监督检验报告》 (wj_01): a contract the parties sign and a test report handed in are papers
    # of one case, no document (《政府工作报告》 stays one: only the 检验 / 检测 report is named)
    r"|合同|检验报告|检测报告"
    # 《北京市专业技术职务聘书》 (xk_07): the letter of appointment a person is handed, a certificate as a 证书 is
    r"|聘书)$"
    r"|(?:" + "|".join(OFFICE_ENDINGS) + r")文件$"
    r"|(?:国务院|政府)公报$"
)
# 《…国家标准》 / 《…行业标准》: a standard, no document; but 《国家市场监督管理总局 工业和信息化部 公安部关于加强电动自行车
# 国家标准实施监督管理的意见》 (uk_10) is a document about standards, closing on the 文种 its 关于 leads to.
_DOCUMENT_ABOUT = re.compile(r"关于[^《》]{1,200}?的(?:意见|通知|决定|批复|复函|函|公告|通告|通报|规定|办法)$")


def _names_standard(name: str) -> bool:
    """A standard's name (《…国家标准》), not a document whose subject a standard is."""
    return ("国家标准" in name or "行业标准" in name) and not _DOCUMENT_ABOUT.search(name, 0, None, HOLD_GIL)


# 《学习强国》客户端 / 《…》栏目 / 《…》微信公众号: an app, a programme or an account, no document
_MEDIA_AFTER = re.compile(r"^[ \t\u3000]*+(?:学习平台|客户端|APP|App|app|小程序|微信公众号|公众号|栏目|专栏|节目|杂志|报纸|网站)")
# 财经杂志《福布斯》 / 报纸《…》: the kind of publication named before the title says it is no document
_MEDIA_BEFORE = re.compile(r"(?:杂志|期刊|刊物|报纸|报刊)[ \t\u3000]*+$")
# 政策解读：《关于调整…的通知》解读 (xk_02) / 《关于优化调整…的通知》的热门问答 (xk_05): a page's link, on a line of its own, to
# a reading of a notice (often the page's own, retyped), printed below the signature; the page's, not a document cited
_READING_LINK = re.compile(r"^的?(?:政策|视频|图文|图片|文字)?(?:解读|热门问答|问答)[ \t\u3000]*+(?:\n|$)")
_READING_LINK_FIRST = frozenset("的政视图文解热问")
# 【已废止，最新为：《…》】: a law site's note on a cited rule names a later one the document itself does not cite
_EDITOR_NOTE_BEFORE = re.compile(r"【[ \t\u3000]*+(?:已废止|已失效|已被修改|已修订)[^】《]{0,12}$")
# 时　　效：根据《国务院关于宣布失效一批国务院文件的决定》（国发〔2016〕38号），此文件已宣布失效。 (vw_06): a page's validity
# field names the decision that repealed the document; the page's note, not a document the document itself cites.
# The label letter-spaced or not (时效, 时效性, 有效性, 效力状态, 公文时效 …: lexicons/field_labels.tsv's validity labels).
_VALIDITY_NOTE_BEFORE = re.compile(
    r"(?:公文时效|时[ \t\u3000]*+效(?:[ \t\u3000]*+性)?|有[ \t\u3000]*+效[ \t\u3000]*+性|效力状态|有效状态)"
    r"[ \t\u3000]*+[：:][ \t\u3000]*+(?:根据|依据|按照)?[ \t\u3000]*+$")
_VALIDITY_NOTE_LAST = frozenset("：:据照")  # the label's colon, or 根据 / 依据 / 按照 after it


def _bare_doc_type(name: str) -> bool:
    """《通知》, 《规划》, 《实施方案》: a document named by its 文种 alone is one the text names more fully elsewhere
    (or itself), not a citation of its own."""
    return len(name) <= 6 and is_doc_type_word(name)
_STANDARD_NUMBER = re.compile(r"^[（(]\s*+(?:GB|DB|HJ|JGJ|CJJ|GA|YY|WS)[A-Z/]*\s*+\d")
# 出具《…核对报告》 / 提交《…授权书》 / 《…（复核）报告》显示…: a paper made out for one case (handed in, issued to an
# applicant, or read for what it shows of a person), no document
_CASE_PAPER_BEFORE = re.compile(r"(?:出具|提交|填写|填报)[ \t\u3000]*+$")
_CASE_PAPER_AFTER = re.compile(r"^[ \t\u3000]*+显示")
# 与公积金中心签订《委托逐月划转还贷协议》后 (wp_06): an agreement a party signs for its own case, as a contract is
# (《…协议书》 between two governments stays a document: ta_04)
_SIGNED_BEFORE = re.compile(r"签[订署][ \t\u3000]*+$")
_SIGNED_BEFORE_LAST = frozenset("订署")


def _case_paper(text: str, start: int, end: int, number: str | None, marks: tuple[str, str]) -> bool:
    """A title handed in, issued to an applicant or read for what it shows, with no 文号 (`number`, what
    _doc_number_after finds after it): a case paper, wherever else the text names it."""
    if number:
        return False
    mark, next_mark = marks
    if mark in _SIGNED_BEFORE_LAST and text.endswith(("协议》", "协议"), 0, end) and _SIGNED_BEFORE.search(text, max(0, start - 6), start, HOLD_GIL):
        return True
    return bool(mark in _CASE_PAPER_BEFORE_LAST and _CASE_PAPER_BEFORE.search(text, max(0, start - 8), start, HOLD_GIL)
                or next_mark == "显" and _CASE_PAPER_AFTER.match(text[end:end + 8], 0, None, HOLD_GIL))
_NEXT_IN_RUN = re.compile(r"\s*+(?:[、，,和及与]|以及)\s*+《")


def _is_cited(text: str, name: str, start: int, end: int, number: str | None, marks: tuple[str, str]) -> bool:
    """Whether the title is a document the text cites; `marks` are the title's (_mark_before, _mark_after)."""
    mark, next_mark = marks
    if _no_cited_document(text, name, start, end, mark, next_mark):
        return False
    run_start, run_mark = _start_of_run(text, start, mark)
    if run_start < start and run_mark in _DRAFTS_LAST and DRAFTS.search(text[max(0, run_start - 30):run_start], 0, None, HOLD_GIL):
        return False  # 组织编制《A》《B》: the verb before the run governs every title in it
    run_end = _end_of_run(text, end)  # a bounded slice: copying the whole rest of the text per title is quadratic
    tail = text[run_end:run_end + 12]
    tail_mark = next_mark if run_end == end else _mark_after(text, run_end)
    if tail_mark in _STANDARDS_AFTER_FIRST and _STANDARDS_AFTER.match(tail, 0, None, HOLD_GIL):
        return False
    if tail_mark in _ISSUED_AFTER_FIRST and _ISSUED_AFTER.match(tail, 0, None, HOLD_GIL) and _ISSUING_BEFORE.search(text[max(0, run_start - 6):run_start], 0, None, HOLD_GIL):
        return False  # 现将《A》和《B》印发给你们: every title of the run is issued, not only the first
    return number is not None or not (_may_name_subjects(tail) and SUBJECTS_AFTER.match(tail, 0, None, HOLD_GIL))


def _no_cited_document(text: str, name: str, start: int, end: int, mark: str, next_mark: str) -> bool:
    """What the title and the words right around it say against a cited document, each pattern asked only where the
    mark next to the title allows it: a draft being written (组织编制《…》), no document's name, a standard's number or
    a medium after it (《…》（GB…）, 《…》报道), a medium or an editor's note before it."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 40]
    if mark in _DRAFTS_LAST and DRAFTS.search(before, 0, None, HOLD_GIL) or _may_draft_after(after) and DRAFTS_AFTER.search(after, 0, None, HOLD_GIL):
        return True
    if _not_a_document(name) or _names_standard(name) or _bare_doc_type(name):
        return True
    if _no_document_after(after, next_mark):
        return True
    return bool(mark in _MEDIA_BEFORE_LAST and _MEDIA_BEFORE.search(before, 0, None, HOLD_GIL)
                or "【" in before and _EDITOR_NOTE_BEFORE.search(before, 0, None, HOLD_GIL)
                or mark in _VALIDITY_NOTE_LAST and "效" in before and _VALIDITY_NOTE_BEFORE.search(before, 0, None, HOLD_GIL))


def _no_document_after(after: str, next_mark: str) -> bool:
    """A standard's number, a medium or a page's link to a reading right after the title (《…》（GB…）, 《…》报道,
    《…》政策解读): no document cited."""
    if next_mark in _ROUND_OPENS and _STANDARD_NUMBER.match(after, 0, None, HOLD_GIL):
        return True
    if next_mark in _MEDIA_AFTER_FIRST and _MEDIA_AFTER.match(after, 0, None, HOLD_GIL):
        return True
    return next_mark in _READING_LINK_FIRST and ("解读" in after or "问答" in after) and \
        _READING_LINK.match(after, 0, None, HOLD_GIL) is not None


# What the words around a title may hold before a pattern on them is asked (speed25: ≈ 20 pattern calls a title, each a
# few thousand instructions, most of them on titles no pattern can match). A pattern on the words before a title closes
# them on its word's last character and blanks ([ \t\u3000]*+$); one on the words after opens on blanks and its word's
# first character: each is asked only where that character stands there (tests/test_segment_gates.py).
_MARK_REACH = 40  # the widest window of those patterns: the 40 characters after a title, the 30 before it
_ALIAS_LEAD_LAST = frozenset("称:：")  # 以下简称 / 简称：
_CASE_PAPER_BEFORE_LAST = frozenset("具交写报")  # 出具 提交 填写 填报
_DRAFTS_LAST = frozenset("定台写制订草施了")  # 制定 出台 编写 编制 修订 起草 制订, 和实施 / 并实施, 了
_MEDIA_BEFORE_LAST = frozenset("志刊物纸")  # 杂志 期刊 刊物 报纸 报刊
_PREVIOUS_IN_RUN_LAST = frozenset("》、，,和及与")  # 》, then a separator or none (以及)
_ROUND_OPENS = frozenset("（(")
_MEDIA_AFTER_FIRST = frozenset("学客APa小微公栏专节杂报网")
_STANDARDS_AFTER_FIRST = frozenset("等国行地团企")
_ISSUED_AFTER_FIRST = frozenset("随一印转下")
# _NOT_A_DOCUMENT closes on one of these
_NOT_A_DOCUMENT_LAST = frozenset("表证书定单录册报刊志鉴播道件同告")


def _mark_before(text: str, start: int) -> str:
    """The last character before `start` that is no blank ('' when blanks fill the reach), a line break right before
    `start` passed over first: a pattern's $ holds before a final line break."""
    k = start - 1 if start and text[start - 1] == "\n" else start
    stop = max(0, start - _MARK_REACH)
    while k > stop and text[k - 1] in LINE_BLANKS:
        k -= 1
    return text[k - 1] if k > stop else ""


def _mark_after(text: str, end: int) -> str:
    """The first character from `end` on that is no blank ('' when blanks fill the reach)."""
    k, stop = end, min(len(text), end + _MARK_REACH)
    while k < stop and text[k] in LINE_BLANKS:
        k += 1
    return text[k] if k < stop else ""


def _may_draft_after(after: str) -> bool:
    """DRAFTS_AFTER's words (出台, 发布实施, 的制定 …) open within its first five characters."""
    head = after[:5]
    return "出" in head or "发" in head or "的" in head


def _may_name_subjects(tail: str) -> bool:
    """SUBJECTS_AFTER's words (科目, 科, 门课程, 课程, 教材) each hold one of these."""
    return "科" in tail or "课" in tail or "教" in tail


def _not_a_document(name: str) -> bool:
    last = name[-2:-1] if name[-1:] == "\n" else name[-1:]
    if last == "）":
        return _bracketed_form(name.rstrip("\n"))
    return last in _NOT_A_DOCUMENT_LAST and _NOT_A_DOCUMENT.search(name, 0, None, HOLD_GIL) is not None


def _bracketed_form(name: str) -> bool:
    """《…承诺书（授权书）》: a form named twice, its other name in brackets (wf_06), is no document either; nor is a paper
    form (…表, …书) with the cases it serves in brackets (《提取住房公积金支付购房首付款授权、承诺书（现售商品住房、存量商品
    住房…）》, wj_01). 《…办法（试行）》, 《…凭证（银行内部审批单）》 and a catalogue's edition (《产业结构调整指导目录（2024年
    本）》, tw_12) stay documents."""
    cut = name.rfind("（")
    if cut <= 0 or not _not_a_document(name[:cut]):
        return False
    note = name[cut + 1 : -1]
    return _not_a_document(note) or name[cut - 1] in "表书" and _EDITION_NOTE.search(note, 0, None, HOLD_GIL) is None


# the bracket after a form's name that dates or versions it (（2023年版）, （试行）, （修订稿）): the form's edition, so a
# document of its own standing
_EDITION_NOTE = re.compile(r"\d|试行|暂行|修订|草案|版|稿")


_ISSUING_BEFORE = re.compile(r"现将[ \t\u3000]*+$")
_ISSUED_AFTER = re.compile(rf"^[ \t\u3000]*+(?:随文|一并)?(?:{_HANDS_DOWN})")
# 《…核定表》（附件1） / 《…说明》（附件2，以下简称…）: the notice's own attachment named in its text.
_OWN_ATTACHMENT_AFTER = re.compile(r"^[（(][ \t\u3000]*+附[ \t\u3000]*+件")
# 《…成熟度模型》等国家标准 / 《A》《B》等地方标准: standards, not documents.
_STANDARDS_AFTER = re.compile(r"^[ \t\u3000]*+等?[ \t\u3000]*+(?:国家|行业|地方|团体|企业)标准")
_PREVIOUS_IN_RUN = re.compile(r"》[ \t\u3000]*+(?:[、，,和及与]|以及)?[ \t\u3000]*+$")


def _start_of_run(text: str, start: int, mark: str) -> tuple[int, str]:
    """The start of a run of titles 《A》、《B》《C》 that ends with the title starting at `start` (`mark`: its
    _mark_before), and the run's own _mark_before."""
    while mark in _PREVIOUS_IN_RUN_LAST and (m := _PREVIOUS_IN_RUN.search(text, max(0, start - 6), start, HOLD_GIL)):
        open_ = text.rfind("《", max(0, m.start() - 300), m.start())
        if open_ < 0:
            break
        start = open_
        mark = _mark_before(text, start)
    return start, mark


def _end_of_run(text: str, end: int) -> int:
    """The end of a run of titles 《A》、《B》和《C》 that starts with the title ending at `end`."""
    while text.find("《", end, end + 8) >= 0 and (m := _NEXT_IN_RUN.match(text, end, end + 8, HOLD_GIL)):
        close = text.find("》", m.end(), m.end() + 300)
        if close < 0:
            break
        end = close + 1
    return end


# “十三五”, or written out: 国民经济和社会发展第十三个五年规划纲要
_FIVE_YEAR = re.compile(r"十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年")
_RANGE = re.compile(r"((?:19|20)\d{2})(?:\s*年?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2}))+\s*年")
# 行动方案（2021—2023）: a span of years in brackets needs no 年 to be the plan's period
_BRACKETED_RANGE = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*[）)]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def _in_book_title(s: str, pos: int) -> bool:
    """Does pos stand inside 《…》? (…解读《某市国民经济和社会发展第十四个五年规划…纲要》: the plan a 解读 names, not
    the document itself)"""
    return s.rfind("《", 0, pos) > s.rfind("》", 0, pos)


# A one-year plan (2020年…工作要点): samples 002/003 gold give 2020–2020, corpus c01/c07/c08 gold
# give null. Ranges only, until the annotators settle it.
SINGLE_YEAR_PERIOD = False


def plan_period(*sources: str | None, single_year: bool = True) -> PlanPeriod | None:
    for s in sources:
        if not s:
            continue
        m = _RANGE.search(s) or _BRACKETED_RANGE.search(s)
        if m:
            return PlanPeriod(start=int(m.group(1)), end=int(m.group(2)))
        m = next((f for f in _FIVE_YEAR.finditer(s) if f.group(1) or not _in_book_title(s, f.start())), None)
        if m:
            k = 10 + "一二三四五六七八九".index(m.group(1) or m.group(2)) + 1
            start = 1966 + 5 * (k - 3)
            return PlanPeriod(start=start, end=start + 4)
    if single_year:
        for s in sources:
            m = _YEAR.search(s or "")
            if m:
                y = int(m.group(1))
                return PlanPeriod(start=y, end=y)
    return None


# 关于某市公园体系规划（2022-2035年）的批复 (vr_01): a reply's title names the plan it approves, a document of others
# (a cited one), not a plan the reply issues; its years are no plan period
_REPLY_KINDS = frozenset({"批复", "复函"})


def _period(plan_title: str | None, title: str | None, doc_type: str | None) -> PlanPeriod | None:
    """The span a plan covers: （2021—2035年）, “十四五”, from the issued plan's title, else
    from the title when the document is the plan itself (not a notice about an event)."""
    sources = [plan_title.strip("《》")] if plan_title else []
    if title and (doc_type != "通知" or plan_title) and doc_type not in _REPLY_KINDS:
        sources.append(title)
    return plan_period(*sources, single_year=SINGLE_YEAR_PERIOD)


def _sentence_after(text: str, pos: int) -> str:
    end = len(text)
    for ch in "。；\n":
        k = text.find(ch, pos, pos + 200)
        if k >= 0:
            end = min(end, k)
    return text[pos:min(end, pos + 200)]


def _line_after(text: str, pos: int) -> str:
    k = text.find("\n", pos, pos + 200)
    return text[pos:k if k >= 0 else min(len(text), pos + 200)]


def _past_alias_note(text: str, pos: int) -> int:
    """Just after a 》 at pos: the position past a bracket defining its short name (（以下简称《纲要》）), so that
    《…纲要》（以下简称《纲要》）已经…批准，现印发 reads as the sentence about the full name."""
    m = ALIAS_NOTE.match(text, pos)
    return m.end() if m else pos


def _issued_in_body(layout: Layout) -> str | None:
    """The document the notice's own sentence issues or promulgates: 《…》已经市政府同意，现印发给你们;
    现将《…》印发给你们; 联合制定了《…》，现予发布; 《…》已经…常务会议审议通过，现予公布."""
    text = layout.text
    lines = layout.lines
    stop = lines[layout.first_marker].start if layout.first_marker is not None else len(text)
    begin = lines[layout.front_end].start if layout.front_end < len(lines) else len(text)
    for t, start, end in balanced_titles(text[begin:stop]):
        before = text[max(begin, begin + start - 40):begin + start]
        if ALIAS_LEAD.search(before):
            continue  # （以下简称《纲要》）: the short name of the document before it, issued by no sentence
        end = _past_alias_note(text, begin + end) - begin
        after = _sentence_after(text, begin + end)
        if ADOPTED.search(after) and ISSUES.search(_line_after(text, begin + end)):
            return t  # 《…》已经…通过。现印发给你们
        if ADOPTED_THEN_ISSUED.match(after):
            return t  # 《…》经…审议通过，现印发给你们
        issues = ISSUES.search(after)
        if issues and "《" not in after[:issues.end()] and (DRAFTED_BY_US.search(before) or after.startswith(("，现", ",现"))):
            return t
        if DRAFTED_BY_US.search(before[-8:]) or after.startswith(("印发", "转发", "予以印发", "发给")):
            return t
        if _ISSUING_VERB_END.search(before):
            return t
    return None


def _plan_title(layout: Layout, title: str | None) -> tuple[str | None, str | None]:
    """The document a notice issues: named by the notice's own sentence, else by its title
    (关于印发《…》的通知). A plan stored alone issues nothing. Second, the full name the sentence gives it where the
    title names it shorter (kept out of the cited documents), else None."""
    if _stored_alone(layout, title):
        return None, None
    said = _issued_in_body(layout)
    issued = _without_stray_about(layout, said)
    if issued != said:  # the sentence's name, with its 关于, is no cited document
        return f"《{issued}》", said
    named = _named_in_title(title)
    if _names_shorter(named, issued) or _headed_as_named(layout, named, issued):
        # 现将《交通运输部 国家铁路局…关于…的实施意见》转发给你们 under a title that names it 转发《关于…的实施意见》:
        # one document, named without its issuers as the notice's title names it
        return f"《{named}》", issued
    if issued:
        # 现将《某办公厅关于印发某办法的通知》（…〔2023〕1号）重新发布, in a notice of that same 某办公厅: its own earlier
        # notice sent out again; the document issued is what that notice issued, and the earlier notice is cited
        # (a notice another body wrote, 转发 further, stays the document issued)
        earlier = _issued_by_notice(issued)
        own_earlier = earlier and title and _title_issuer(issued) and _title_issuer(issued) == _title_issuer(title)
        return (f"《{earlier.strip('《》')}》" if own_earlier else f"《{issued}》"), None
    if named:
        return f"《{named}》", None
    if (unquoted := _drafted_unquoted(layout)) is not None:
        return f"《{unquoted}》", None
    named = _issued_by_notice(title) if title else None
    return (f"《{named}》" if named else None), None


def _drafted_unquoted(layout: Layout) -> str | None:
    """…制定了住房限购政策的实施意见。现将具体意见印发给你们 / 住房限购政策的实施意见 (un_02): the notice names the document it
    issues without 《》; read only where the document heads itself with those very words on a line of its own below."""
    text, lines = layout.text, layout.lines
    if layout.first_marker is None or layout.front_end >= len(lines):
        return None
    front = text[lines[layout.front_end].start:lines[layout.first_marker].start]
    if "制定了" not in front and "修订了" not in front and "编制了" not in front:
        return None  # (a cheap gate: DRAFTED_UNQUOTED opens on one of these verbs)
    for m in DRAFTED_UNQUOTED.finditer(front):
        want = _key(m.group(1))
        if any(_layout_key(layout, line.s) == want for line in lines[layout.front_end:layout.first_marker]):
            return m.group(1)
    return None


def _without_stray_about(layout: Layout, issued: str | None) -> str | None:
    """《关于鄯善县重污染天气应急预案》已经县人民政府同意，现印发你们 / 鄯善县重污染天气应急预案: a sentence may put a 关于
    before the name of the plan it issues; the plan's own title line below, the same words without it, names it."""
    if not issued or not issued.startswith("关于"):
        return issued
    want = _key(issued[2:])
    below = layout.lines[layout.front_end:]
    return issued[2:] if len(want) >= 6 and any(_layout_key(layout, line.s) == want for line in below) else issued


def _headed_as_named(layout: Layout, named: str | None, issued: str | None) -> bool:
    """关于印发《东莞市增加…的实施意见》的通知 / 现将《东莞市人民政府关于增加…的实施意见》印发 / 东莞市增加…的实施意见: the
    sentence names the document the way a notice would, the title as the document heads itself on its own line below."""
    if not (issued and named) or _key(named) == _key(issued):
        return False
    want = _key(named)
    return any(_layout_key(layout, line.s) == want for line in layout.lines[layout.front_end:])


def _names_shorter(named: str | None, issued: str | None) -> bool:
    """The title's 《关于…》 names the document its sentence names in full, issuers before 关于."""
    return bool(issued and named and len(named) < len(issued) and _key(issued).endswith(_key(named)))


def _named_in_title(title: str | None) -> str | None:
    """The document a notice's title hands down in 《》 (关于印发《…》的通知, …转发《…》的通知)."""
    for t, start, _end in balanced_titles(title or ""):
        if _TITLE_ISSUING_VERB_END.search(title[:start]):
            return t
    return None


_NOTICE_KINDS = frozenset({"通知", "通告", "公告", "令", "命令", "决定", "批复", "函", "复函"})


def _stored_alone(layout: Layout, title: str | None) -> bool:
    """A plan with no notice around it: its own name heads the page (a 方案, 规划 …, issuing nothing itself), and
    no 主送 line or 现印发 sentence stands before its first heading. Its preface's 《…》 (2020年3月，某部印发《…》;
    我委组织编制了《本规划》) are what others issued or the plan itself, never a document it issues."""
    if not title or doc_type_of(title) in _NOTICE_KINDS | {None} or _ISSUING_TITLE.search(title):
        return False
    if layout.addressee is not None:
        return False
    lines = layout.lines
    begin = lines[layout.front_end].start if layout.front_end < len(lines) else len(layout.text)
    stop = lines[layout.first_marker].start if layout.first_marker is not None else len(layout.text)
    return not ISSUES.search(layout.text, begin, stop)


# 第十四个五年规划和2035 年: text laid out from a PDF keeps a blank between a year's digits and its 年, no gap in the words
_YEAR_BLANK = re.compile(r"(?<=\d)[ \t\u3000](?=年)")


def _title_fragment_ok(s: str) -> bool:
    return (
        len(s) <= 40
        and not is_prose(s)
        and not is_furniture(s)
        and not is_label_line(s)
        and not _WHITESPACE.search(_YEAR_BLANK.sub("", s))
        and not DOC_NUMBER.fullmatch(s)
        and not is_date_line(s)
        and not is_iso_date_line(s)
        and not _holds_mark(_without_inner_titles(s), "：:，,|>")
    )


def _record_title(layout: Layout) -> str | None:
    """…的通知 / 文章属性 / 【制定机关】…: the title of a legal-database record is the line its field block opens under;
    the lines above it are the sharing page's (the uploaded file's name, its size and page count: tu_03)."""
    for e in range(1, layout.front_end):
        if layout.lines[e].s == RECORD_HEAD:
            s = layout.roles.ask(_title_line, e - 1)
            if not doc_type_of(s):
                return None
            return _record_title_head(layout, e - 1, s) + s
    return None


def _record_title_head(layout: Layout, e: int, s: str) -> str:
    """某市人民政府关于禁止露天焚烧秸秆和产生有毒有 / 害烟尘恶臭气体物质的通告 / 文章属性 (vm_01): the record's title
    broken mid-word over two lines; the line above is its head when it opens the title (关于 in it), ends no title
    and is no sentence, and the two read as one title."""
    if e == 0:
        return ""
    prev = layout.lines[e - 1].s
    if ("关于" in prev and len(prev) <= 40 and not doc_type_of(prev) and not layout.roles.prose(e - 1)
            and _title_goes_on(prev, s)):
        return prev
    return ""


def _find_title(layout: Layout) -> str | None:
    record = _record_title(layout)
    if record:
        return record
    for e in range(layout.front_end):
        if layout.lines[e].marker is not None and in_site_menu(layout.lines, e):
            continue  # 3. 区域规划 in a site's menus (ux_02) names no title
        s = layout.roles.ask(_title_line, e)
        if _BREADCRUMB_WORD in s and _breadcrumb_over_heading(layout, e, s):
            continue  # the gate inline: a call a front line for the few lines naming the home page
        if _may_end_title(layout, e, s):
            e, s = _own_title_line(layout, e, s)
            # 某住公管委〔2022〕7号某市住房公积金管理委员会 / 关于…的批复: the 文号 glued before the issuer's line of a
            # title of two lines is no part of it, as on a title of one line
            title = _unwrapped_title(_title_block(layout, e, s))
            return (_fuller_block_below(layout, e, title) or _own_copy_below(layout, e, title)
                    or _own_title_under_place_heading(layout, e, title) or title)
    return _title_below_sharing_note(layout) or _title_over_page_fields(layout) or _heading_over_page_fields_twice(layout)


_BREADCRUMB_WORD = "首页"


def _breadcrumb_over_heading(layout: Layout, e: int, s: str) -> bool:
    """EHS中国 法规首页 太原市消防条例 / 太原市消防条例 (wy_02): a site's breadcrumb, its steps parted by blanks from
    the home page on, ending on the heading the page prints whole on the next line; the heading is the title and the
    breadcrumb's steps no part of it."""
    if e + 1 >= len(layout.lines):
        return False
    below = layout.lines[e + 1].s
    head = len(s) - len(below)
    return (head > 0 and len(below) >= 5 and s.endswith(below) and s[head - 1] in " \t\u3000"
            and _BREADCRUMB_WORD in s[:head])


# 来源：州人大 / 更新日期：2024-01-12: a page's fields printed right below the heading of the text it shows
_PAGE_FIELD_BELOW = re.compile(r"^(?:来源|信息来源|发布时间|发布日期|更新日期|更新时间)[ \t\u3000]*+[：:]")
_PAGE_HEAD_REACH = 16  # lines past the front a page's heading may stand (below its menus and slogans)


def _title_over_page_fields(layout: Layout) -> str | None:
    """宣传人大制度…！ (a site's slogan, prose) / 信息搜索： / … / …机关公文处理办法 / 来源：州人大 (tf_03): a page whose
    furniture opens on a sentence, so that no title line stands before its front's end; the line right above the
    page's 来源： / 更新日期： fields, read as a title line, is the title."""
    stop = min(len(layout.lines) - 1, layout.front_end + _PAGE_HEAD_REACH)
    for e in range(layout.front_end, stop):
        if _PAGE_FIELD_BELOW.match(layout.lines[e + 1].s):
            s = layout.roles.ask(_title_line, e)
            return s if _may_end_title(layout, e, s) else None
    return None


def _heading_over_page_fields_twice(layout: Layout) -> str | None:
    """The heading a page prints over its 来源 / 发布时间 line and again below it (_heading_printed_again), looked for
    in the front and a few lines past it once no title line was found."""
    stop = min(len(layout.lines) - 2, layout.front_end + _PAGE_HEAD_REACH)
    for e in range(stop):
        if _PAGE_FIELD_BELOW.match(layout.lines[e + 1].s):
            s = layout.roles.ask(_title_line, e)
            return s if _heading_printed_again(layout, e, s) else None
    return None


_HEADING_AGAIN_REACH = 3  # lines below a page's 来源 / 发布时间 line its heading is printed again within (分享 between)


def _heading_printed_again(layout: Layout, e: int, s: str) -> bool:
    """2025年某镇人民政府主动公开基本目录 / 来源:某镇 发布时间:… / 分享 / 2025年某镇人民政府主动公开基本目录 (vd_02): a
    page prints its heading over its 来源 / 发布时间 line and again as the text's own heading a line or two below;
    the line printed twice is the title though no 文种 ends it (a 目录, a 情况). Not a label, sentence or furniture."""
    if not 6 <= len(s) <= 60 or _not_a_title_line(layout, e, s) or _holds_mark(s, "：:|>"):
        return False
    stop = min(len(layout.lines), e + 2 + _HEADING_AGAIN_REACH)
    return any(layout.lines[j].s == s for j in range(e + 2, stop))


def _title_below_sharing_note(layout: Layout) -> str | None:
    """…方案.docx / 《…方案.docx》由会员分享，可在线阅读… / …工作方案 / 为扎实推进…: a sharing site's line on the file
    opens the body's reading; the line below it, a title of one line over the document's first sentence, is the
    title (tn_10; a notice's title block there, 关于…的通知 over its addressees, is _late_notice's)."""
    e = layout.front_end + 1
    if e + 1 >= len(layout.lines) or not is_sharing_note(layout.lines[e - 1].s) or not layout.roles.prose(e + 1):
        return None
    s = layout.roles.ask(_title_line, e)
    return s if "关于" not in s and _may_end_title(layout, e, s) else None


_BARE_PLACE = re.compile(r"\p{Han}{2,6}")


def _own_title_under_place_heading(layout: Layout, e: int, title: str) -> str | None:
    """太原关于控制二手住房短期交易转让的通知 (a policy site's heading, the city's bare name put before 关于) / 关于控制…的通知
    (wy_07): the notice's own title right below a heading that adds only a place's name, no body, is the title."""
    if e + 1 >= layout.front_end:
        return None
    below = layout.lines[e + 1].s
    return below if _bare_place_before(title, below) else None


def _bare_place_before(heading: str, own: str) -> bool:
    """The heading is the notice's own title (关于…) with a place's bare name put before it, no body named."""
    at = len(heading) - len(own)
    place = heading[:at]
    return (at >= 2 and own.startswith("关于") and heading.endswith(own) and _BARE_PLACE.fullmatch(place) is not None
            and not ORG_END.search(place))


def _own_copy_below(layout: Layout, e: int, title: str) -> str | None:
    """…行动计划(2022-2024年) (a page's heading) / 发布时间:… / 发文部门:… / …行动计划(2022—2024年): the notice's own
    title line below the page's fields, the same words written its own way (its dashes), is the title."""
    want = None  # the title's key, worked out once (a _key is an NFKC pass and a sub: ≈ 3 µs), not per line
    for k in range(e + 1, layout.front_end):
        s = layout.roles.ask(_title_line, k)
        if s == title:
            continue
        if want is None:
            want = _key(title)
        if _layout_key(layout, s) == want and _may_end_title(layout, k, s):
            return s  # the line itself: the lines above it (点赞 / 转发) are the page's, not a title's head
    return None


def _fuller_block_below(layout: Layout, e: int, title: str) -> str | None:
    """发展改革委关于印发…的通知 (a page's heading) / 2017-01-05 来源：… / 国家发展改革委关于印发 / …的通知 / 发改地区
    〔2016〕2817号: the notice's own title block below a heading that dropped the head of the issuer's name is the
    title (the same words, its issuer named in full)."""
    issuer = _title_issuer(title) or _place_heading(title)
    numbered = None if issuer else _numbered_heading(title)
    if not issuer and not title.startswith("关于") and not numbered:
        return None
    heading = numbered[1] if numbered else title
    for k in range(e + 1, layout.front_end):
        s = layout.roles.ask(_title_line, k)
        if not _may_end_title(layout, k, s):
            continue
        block = _title_block(layout, k, s)
        fuller = _title_issuer(block)
        if fuller and _same_words(block, heading, fuller, issuer) and (
                _names_more(layout, k, fuller, issuer)
                or numbered and (_under_its_number(layout, e, k, block, numbered[0]) or _issuer_opens_its_line(layout, k, fuller))):
            return block
    return None


_BLOCK_REACH = 4  # lines above a title block's last one its 关于 line stands within


def _issuer_opens_its_line(layout: Layout, k: int, fuller: str) -> bool:
    """凌政办发[2020]35号凌海市推进…的通知 (a page's heading) / 凌海市人民政府办公室关于印发凌海市推进 / 县域…督导评估 /
    规划实施细则的通知 (wu_11): below a numbered heading, the notice's own title block names its issuer on its 关于 line,
    no field line set off above it."""
    lead = fuller + "关于"
    return any(layout.lines[j].s.startswith(lead) for j in range(max(0, k - _BLOCK_REACH), k + 1))


def _numbered_heading(title: str) -> tuple[str, str] | None:
    """瑞政办(2011)129号 转发…的通知 (first seen on us_06, a page dropped as a doubtful copy): a page heading opening on the notice's 文号, a blank after it, then the
    title without its issuer -> (the 文号 in its canonical form, the title)."""
    span = find_doc_number(title) if title[:1] not in "关《" else None
    if not span or span[0] != 0 or not _parted_after_number(title, span[1]):
        return None
    rest = title[span[1]:].strip()
    return (normalise_doc_number(title[:span[1]]), rest) if doc_type_of(rest) and not is_prose(rest) else None


def _heading_number(layout: Layout, front_at: list[int], title: str | None) -> str | None:
    """凌政办发[2020]35号凌海市推进…的通知 (wu_11): the 文号 a page's heading opens on, when the notice's own title block
    below it was taken for the title (the heading itself is no title then)."""
    for i in front_at:
        s = layout.lines[i].s
        if s != title and s[:1] not in "关《" and (numbered := _numbered_heading(s)) is not None:
            return numbered[0]
    return None


def _parted_after_number(title: str, end: int) -> bool:
    """A blank after the heading's 文号, or none at all after its 号 (凌政办发[2020]35号凌海市推进…的通知, wu_11: the page
    glued the title to it)."""
    after = title[end:end + 1]
    return after in (" ", "\t", "\u3000") or (title[end - 1] == "号" and HAN.match(after) is not None)


def _under_its_number(layout: Layout, e: int, k: int, block: str, number: str) -> bool:
    """瑞政办〔2011〕129号 / 瑞安市人民政府办公室 / 转发… / …的通知: the block below a numbered heading stands right under
    the same 文号 printed on a line of its own, its issuer's line first — the notice's own title block."""
    for j in range(e + 1, k - 1):
        line = layout.lines[j].s
        span = find_doc_number(line)
        if span and span == (0, len(line)) and normalise_doc_number(line) == number:
            return block.startswith(layout.lines[j + 1].s)
    return False


def _same_words(block: str, title: str, fuller: str, issuer: str | None) -> bool:
    """The block says what the heading says, its issuer in full: the heading is the block's tail, or the heading
    names the government by its place alone (桂东县关于…的通告 over 桂东县人民政府 / 关于…的通告)."""
    block_key = _key(block)
    if block_key.endswith(_key(title)):
        return True
    return (bool(issuer) and (_government_of(issuer, fuller) or _body_of(issuer, fuller))
            and block_key == _key(fuller + title[len(issuer):]))


# 桂东县关于禁止露天焚烧秸秆的通告: a site's heading naming the issuing government by its place alone
_HEADING_PLACE = re.compile(r"\p{Han}{1,6}?[省市县区州旗]")


def _place_heading(title: str) -> str | None:
    at = title.find("关于")
    return title[:at] if at > 0 and _HEADING_PLACE.fullmatch(title, 0, at) else None


def _government_of(place: str, body: str) -> bool:
    """某县人民政府 is the government of 某县: a heading shortens it to its place."""
    return body == place + "人民政府"


def _body_of(place: str, body: str) -> bool:
    """广州市花都区科技工业商务和信息化局 is a body of 广州市花都区: a page's heading may name the 区 where the notice's own
    title names its bureau (广州市花都区关于征集… over 广州市花都区科技工业商务和信息化局关于征集…, uq_10)."""
    return len(body) > len(place) + 1 and body.startswith(place) and _HEADING_PLACE.fullmatch(place) is not None


def _names_more(layout: Layout, k: int, fuller: str, issuer: str | None) -> bool:
    """The block's issuer spells out the heading's (某市发展改革委 → 国家发展改革委), or the heading named none:
    五政办通(2018)38号关于印发…的通知 (a page's heading) / 昆明市五华区人民政府办公室 / 关于印发…的通知, the notice's
    own title printed over two lines, its issuer's line right above its 关于 line. A legal database's field line
    set off by a blank (信息产业部 / (blank) / 关于发布…的通知) names the issuer, not the title's head."""
    if issuer is not None:
        return len(fuller) > len(issuer) and (fuller.endswith(issuer) or _government_of(issuer, fuller)
                                              or _body_of(issuer, fuller))
    line = layout.lines[k]
    return line.s.startswith("关于") and not line.after_blank


# 关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知: a title quoted inside a title, its 〈〉
# typed as ASCII angle brackets, is no breadcrumb's > (首页 > 政务公开 > …)
_INNER_TITLE_ASCII = re.compile(r"<[\p{Han}\d（）()〔〕—\-]{1,40}>")


def _holds_mark(s: str, marks: str) -> bool:
    """Whether s holds one of marks (the title without its inner titles worked out once, not once per mark)."""
    for mark in marks:
        if mark in s:
            return True
    return False


def _without_inner_titles(s: str) -> str:
    return _INNER_TITLE_ASCII.sub("", s) if "<" in s else s


def _may_end_title(layout: Layout, e: int, s: str) -> bool:
    """Line e, read as a title line (s), may end the title: a 文种 ends it, and it is no label, sentence or
    page furniture."""
    if len(s) < 5 and not (_closes_broken_title(layout, e, s) or (doc_type_of(s) and _opens_law(layout, e))):
        return False
    if _not_a_title_line(layout, e, s) or _holds_mark(_without_inner_titles(s), "：:|>"):
        return False
    return (bool(doc_type_of(s)) or _law_title(layout, e, s)) and not LAW_HISTORY_LINE.match(s)


def _not_a_title_line(layout: Layout, e: int, s: str) -> bool:
    """_furniture_not_title(s) or is_label_line(s) or is_prose(s): where s is line e as it stands (most title
    readings are), the line's role facts, kept per line, answer the label and prose tests and gate the furniture one."""
    roles = layout.roles
    if s == roles.texts[e]:
        return roles.label(e) or roles.prose(e) or (roles.furniture(e) and _furniture_not_title(s))
    return _furniture_not_title(s) or is_label_line(s) or is_prose(s)


# 某某管理法: a law's name, which no 文种 of the lexicon ends (…法), with or without 中华人民共和国
_ANY_LAW_NAME = re.compile(r"[\p{Han}（）]{2,30}法")


def _law_title(layout: Layout, e: int, s: str) -> bool:
    """中华人民共和国专利法 over its 题注 (or 目录, 第一章), or any law's name over the 题注 that says when it was passed
    (中华人民共和国反垄断法 / （2007年8月30日…会议通过）): a law printed whole is titled by its name."""
    if LAW_NAME.fullmatch(s) is not None and _opens_law(layout, e):
        return True
    below = layout.lines[e + 1].s if e + 1 < len(layout.lines) else ""
    return _ANY_LAW_NAME.fullmatch(s) is not None and is_enactment_note(below)


def _opens_law(layout: Layout, e: int) -> bool:
    """Line e stands over a law's or a regulation's 题注, 目录 or first article (护士条例 / （2008年…公布）)."""
    return e + 1 < len(layout.lines) and is_law_opening(layout.lines[e + 1].s)


def _title_block(layout: Layout, e: int, s: str) -> str:
    """The title ending on line e (read as s): with the lines above that begin it, the issuers printed above a
    title opening at 关于, and the lines below that go on with it."""
    lines = layout.lines
    block = s
    if "关于" in s and not s.startswith("关于"):
        if s.startswith("《"):
            block = _issuers_issuing_above(lines, e) + block  # …集团有限公司转发 / 《关于…的实施意见》的通知
        return block + _book_title_end(layout, e, block)
    block, first = _title_lines_above(lines, e, block)
    block = _issuers_heading(lines, first, block) + block
    return block + (_title_continuation(layout, e, block) or _book_title_end(layout, e, block))


def _title_lines_above(lines, e: int, block: str) -> tuple[str, int]:
    """The title ending on line e with the (at most three) lines above that begin it, and the first line's index."""
    first = j = e
    while not block.startswith("关于") and (j := j - 1) >= 0 and e - j <= 3 and (
            _title_fragment_ok(lines[j].s) or _issuers_then_subject(lines[j].s)):
        prev = lines[j].s
        if doc_type_of(prev) or ATTACHMENT.match(prev) or "关于" in block or ("关于" not in prev and len(prev) > 25):
            break
        if _restates_issuer(prev, block):
            break
        block, first = prev + block, j
    return block, first


def _issuers_heading(lines, first: int, block: str) -> str:
    """The issuers printed above a title opening at 关于 or at its verb, or above a line opening with issuers."""
    if block.startswith("关于"):
        return _issuers_issuing_above(lines, first) or _issuers_above(lines, first)
    if block.startswith(_SUBJECTLESS_VERBS):
        return _issuers_above(lines, first)  # 兰州市人民政府办公厅 / 印发关于…的 / 实施意见的通知 (vn_11)
    if "关于" in block and _org_names(block[: block.find("关于")].rstrip()):
        return _more_issuers_above(lines, first)
    return ""


# A title opening on the verb by which its issuer hands a document down has its subject, the issuer, on the line above
# (兰州市人民政府办公厅 / 印发关于加快推进…的 / 实施意见的通知): that line opens the title as issuers above 关于 do
_SUBJECTLESS_VERBS = ("印发", "转发", "批转")


def _issuers_then_subject(s: str) -> bool:
    """医保局 药监局关于印发加强医疗机构药事管理: a title's line opening on issuers parted by blanks, then 关于."""
    at = s.find("关于")
    return at > 0 and _org_names(s[:at].rstrip()) and _title_fragment_ok(s[at:])


def _more_issuers_above(lines, first: int) -> str:
    """卫生健康委 教育部 财政部 人力资源社会保障部 / 医保局 药监局关于印发…: the title's line opens with issuers
    before its 关于, and the line above, holding only bodies, names the first of them (joint issuers over two lines)."""
    above = _issuers_above(lines, first)
    return above + " " if above else ""


def _restates_issuer(line: str, block: str) -> bool:
    """河北省沧州市人民政府办公室 / 沧州市人民政府办公室转发…的通知: a title that already opens with its issuer and
    its verb is whole; a body's name on the line above that ends with that issuer (a legal database's issuer
    field, its province prefixed) restates it and is no head of the title."""
    issuer = _title_issuer(block)
    return bool(issuer) and line.endswith(issuer)


_ISSUING_END = re.compile(r"(?:印发|转发|批转)$")


def _issuers_issuing_above(lines, first: int) -> str:
    """某市人民政府 某市中级人民法院印发 / 关于完善…的意见的通知 (or / 《关于…的实施意见》的通知): the title broken
    after its issuers' verb; the line above the 关于 line holds the issuers (parted by blanks or glued) and the verb."""
    if first == 0:
        return ""
    s = lines[first - 1].s
    m = _ISSUING_END.search(s)
    head = s[: m.start()] if m else ""
    return s if head and len(s) <= 80 and _org_names(head) else ""


def _closes_broken_title(layout: Layout, e: int, s: str) -> bool:
    """关于进一步加强 / 农村公路建设管理工作的 / 实施意见: a short last line holding only the 文种 closes a title
    broken before it (the line above ends in 的 or holds 关于)."""
    if e == 0 or not doc_type_of(s):
        return False
    prev = layout.lines[e - 1].s
    return not layout.roles.prose(e - 1) and len(prev) <= 40 and (prev.endswith("的") or "关于" in prev)


# The 文种 of rules a place issues on furniture's subject (宁波市政府信息公开规定, 某县政府信息公开目录编制规范)
_RULES_TYPES = ("规定", "规范", "规则", "办法", "细则", "条例")


def _furniture_not_title(s: str) -> bool:
    """A page's furniture, unless it is a title that names furniture's subject: a notice's (关于印发…政府信息公开
    目录编制规则的通知, 关于做好…打印…的通知: a subject after 关于 and a 文种 closing the line), a place's
    rules (宁波市政府信息公开规定: a place opening the line, a rules' 文种 closing it), or a place's yearly report
    (湖里区人民政府2018年政府信息公开工作年度报告: a place and a year before it)."""
    if not is_furniture(s):
        return False
    kind = doc_type_of(s)
    placed = _PLACE.match(s)
    return not (kind and ("关于" in s or (placed and (kind in _RULES_TYPES or (kind == "报告" and _YEAR.search(s))))))


def _issuers_above(lines, e: int) -> str:
    """某市财政局 / 某市发展和改革委员会 / 关于…的通知: the issuers printed above a title that starts at 关于
    open it, joint issuers one a line or several on a line parted by spaces. A parent body heading the
    page above its office (某市人民政府 / 某市人民政府办公室) is no co-issuer."""
    found: list[str] = []
    for j in range(e - 1, max(-1, e - 4), -1):
        s = lines[j].s
        if not (_org_names(s) and _title_fragment_ok(_WHITESPACE.sub("", s)) and not doc_type_of(s)):
            break
        if found and found[0].startswith(s):
            break
        found.insert(0, s)
    return " ".join(found)


# What a title line's patterns need before they are asked (speed25: eight pattern calls a line, most of which cannot
# match a title line): the ones anchored at its end (…（2024年9月21日）, …（2019修订）, …（鲁政发〔2021〕5号）) close on
# a round bracket; its trailing fields close on a digit or a bracket, or hold a colon or a bar; a tag opens on a
# bracket or stands before 丨 / ｜ (tests/test_segment_gates.py).
_ROUND_CLOSES = frozenset("）)")
_TAG_OPENERS = frozenset("【[（(")
_TAG_BARS_REACH = 7  # \p{Han}{2,6}[丨｜] at the start: the bar within the first seven characters


def _last_char(s: str) -> str:
    """The last character, or the one before a final line break: a pattern's $ holds there too."""
    return s[-2:-1] if s[-1:] == "\n" else s[-1:]


def _may_trail_fields(s: str) -> bool:
    last = _last_char(s)
    return last in _ROUND_CLOSES or last.isdecimal() or last > "\uffff" or "：" in s or ":" in s or "|" in s


def _may_open_on_tag(s: str) -> bool:
    head = s[:_TAG_BARS_REACH]
    return s[:1] in _TAG_OPENERS or "丨" in head or "｜" in head


def _title_line(s: str) -> str:
    """A title line as the notice means it: without an 附件 label glued before an attached
    document's title, without the 文号 some pages put after it in brackets, and without the 文号
    and 《》 a page heading wraps it in (成府发〔2014〕7号《成都市人民政府关于…的通知》)."""
    # um_11: • 736916953/2024-000372 / • 2024-01-10 15:30:00 / • 某市人民政府办公室关于…的通知 / • 某政办规〔2024〕1号: a
    # page listing its fields' values as bullets, their labels lost; the bullet is no part of the title
    s = _BULLET.sub("", s, 1) if s[:1] in _BULLET_FIRST else s
    s = ATTACHMENT_LABEL.sub("", s) if s[:1] == "附" and ATTACHMENT_LABEL.match(s) and not attachment_match(s) else s
    s = _TRAILING_FIELDS.sub("", s) if _may_trail_fields(s) else s
    m = _TRAILING_BRACKETED.search(s) if _last_char(s) in _ROUND_CLOSES else None
    if m and find_doc_number(m.group(1)):
        s = s[:m.start()].rstrip()
    s = _DATE_AFTER_TITLE.sub("", s) if _last_char(s) in _ROUND_CLOSES else s
    s = _TITLE_TAG.sub("", s) if _may_open_on_tag(s) else s
    s = _without_version_note(s) if _last_char(s) in _ROUND_CLOSES else s
    # 河北省科学技术进步条例（2011年3月30日…会议通过）: a law's title with its 题注 run onto the line names itself; a note
    # of the version alone (某市人民政府工作规则（2019年11月修订）) stays part of the title, as the rules print it
    enacted = titled_enactment_end(s) if _last_char(s) in _ROUND_CLOSES else None
    s = s.strip()[:enacted] if enacted and _PASSED_BY.search(s, enacted) else s
    glued = _title_then_number(s)
    return glued[0] if glued else _unwrapped_title(s)


# …（2011年3月30日河北省第十一届人民代表大会常务委员会第二十二次会议通过）: the 题注 names the sitting that passed it
_PASSED_BY = re.compile(r"会议|委员会")


# 中共中央办公厅 国务院办公厅关于…的意见（2024年9月21日）: the date the document was issued, printed under its title
# as published and run onto the title line by a page; no part of the title
_DATE_AFTER_TITLE = re.compile(r"(?<=\p{Han})[ \t\u3000]*+[（(][ \t\u3000]*+(" + DIGIT_DATE + r")[ \t\u3000]*+[）)]$")


# …关于印发《某市人民政府工作规则》的通知(2019修订): the version a legal database files a notice under, run onto
# its title (the rules it issues may be revised; a 公文 itself is not)
_VERSION_NOTE = re.compile(r"[ \t\u3000]*+[（(][ \t\u3000]*+(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?)?(?:修订|修正|修改)[ \t\u3000]*+[）)]$")
# …的通知(2002年1号): the year and number of the gazette issue a copy files a notice under, run onto its title; no 文号
# (no issuer's code) and no part of the title
_ISSUE_NOTE = re.compile(r"[ \t\u3000]*+[（(][ \t\u3000]*+(?:19|20)\d{2}[ \t\u3000]*+年[ \t\u3000]*+第?\d{1,3}[ \t\u3000]*+[号期][ \t\u3000]*+[）)]$")
# …调整若干商品进出口关税税率的通知(2000年): the year alone a legal database files a notice under, as its versions
_YEAR_NOTE = re.compile(r"[ \t\u3000]*+[（(][ \t\u3000]*+(?:19|20)\d{2}[ \t\u3000]*+年[ \t\u3000]*+[）)]$")
_NOTICE_TYPES = ("通知", "意见", "决定", "批复", "通报", "函", "复函", "公告", "通告", "报告")


def _without_version_note(s: str) -> str:
    for note in (_VERSION_NOTE, _ISSUE_NOTE, _YEAR_NOTE):
        m = note.search(s)
        if m and doc_type_of(s[: m.start()]) in _NOTICE_TYPES:
            return s[: m.start()]
    return s


def _title_date(layout: Layout, title: str | None) -> str | None:
    """The date in brackets a title line of the front matter closes with (…的意见（2024年9月21日）)."""
    for line in layout.lines[: layout.front_end + 1] if title else ():
        m = _DATE_AFTER_TITLE.search(line.s)
        if m and _key(line.s[:m.start()]).endswith(_key(title)):
            return parse_date(m.group(1))
    return None


# 【通知】某某市人民政府关于…, 政务服务丨某某市人民政府关于…: a site's tag or column name for the page, no
# part of the title; a longer tag (【市政府重点工作及责任分解】, a column name) before a title that goes on with 关于;
# a place in brackets that the title itself opens with ((界首市)界首市人民政府关于…: the site's category of the page)
_TITLE_TAG = re.compile(
    r"^(?:[【\[][\p{Han}]{1,6}[】\]]|[【\[][\p{Han}]{7,20}[】\]](?=[ \t\u3000]*+[^【】\[\]\n]{2,40}关于)|\p{Han}{2,6}[丨｜]"
    r"|[（(](?P<tag_place>\p{Han}{2,8}[省市州县区旗])[）)](?=[ \t\u3000]*+(?P=tag_place)))"
    r"[ \t\u3000]*+(?=\p{Han})"
)
# …的通知 发布时间：2021-06-02 / 来源：…: the page's fields printed on the title's line; …的通知（鲁政发〔2021〕5号）
# 2021.04.27798: a date glued after the bracketed 文号, a view counter's digits glued after the date
_TRAILING_FIELDS = re.compile(
    r"[ \t\u3000]++(?:发布时间|发布日期|来源|信息来源|浏览次数|点击数|访问次数|字号)[ \t\u3000]*+[：:].*$"
    rf"|[ \t\u3000]++(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \t\u3000]++{CLOCK_TIME_TEXT})?$"
    r"|(?<=[）)])(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\d{0,7}$"
    r"|[（(](?:来源|信息来源|发布时间)[：:][^（）()]{1,30}[）)]$"
    # …的决定 | |: the empty cells of the page's table row the title stands in
    r"|[ \t\u3000]++\|(?:[ \t\u3000]*+\|)*+[ \t\u3000]*+$"
)


def _title_then_number(s: str) -> tuple[str, str] | None:
    """某某市人民政府关于加强管理的通知某政发〔2021〕3号 -> (title, 文号): a 文号 glued after the 文种 that ends the
    title (the 文号 pattern alone would read the title's last words as the issuer's code)."""
    found = find_doc_number(s) if len(s) <= 160 and "关于" in s else None
    if not found or found[1] != len(s):
        return None
    core = min((s.find(ch, found[0]) for ch in "〔[［（(【" if s.find(ch, found[0]) >= 0), default=-1)
    # the 文种 nearest the bracket ends the title: …工作方案的通知临政办发〔2018〕84号 is titled …的通知, not …方案
    for k in range(core - 1, max(6, core - 12) - 1, -1):
        head = s[:k]
        if doc_type_of(head) and (word := _ends_with_doc_type(head)) and head.endswith(word):
            start = k + len(s[k:]) - len(s[k:].lstrip(" \t\u3000"))  # 通知 某政发〔2021〕3号: a blank between
            number = find_doc_number(s, start)
            if number and number[0] == start:
                return head, normalise_doc_number(s[start:number[1]])
    return None


def _ends_with_doc_type(s: str) -> str | None:
    found = doc_type_ending(s)
    return found[0] if found else None


def _unwrapped_title(s: str) -> str:
    """[文号]《title》 -> title, when the brackets hold the whole rest of the line and a 文种 ends it."""
    span = find_doc_number(s) if s[:1] != "《" else None
    rest = s[span[1]:].strip() if span and span[0] == 0 else s
    if rest.startswith("《") and rest.endswith("》") and rest.count("《") == 1 and doc_type_of(rest[1:-1]):
        return rest[1:-1]
    return rest if rest is not s and _glued_title(rest) else s


def _glued_title(rest: str) -> bool:
    """某政发〔2020〕1号某市人民政府关于…的通知: what follows a 文号 glued before it is the title."""
    return "关于" in rest[:40] and doc_type_of(rest) is not None and not is_prose(rest)


def _own_title_line(layout: Layout, e: int, s: str) -> tuple[int, str]:
    """A page often prints the title twice, its own heading first: the notice's own title line
    is the last of the copies (it stands above the 文号 and differs only in dashes or spacing)."""
    k = e + 1
    want = _layout_key(layout, s)  # the line's key, once: a copy found has the same key
    while k < layout.front_end and k - e <= 2:
        again = layout.roles.ask(_title_line, k)
        if _layout_key(layout, again) == want:
            e, s = k, again
        k += 1
    return e, s


# （草案） / （征求意见稿） on a line of its own says what state the text is in; it is no part of the title.
_DRAFT_STATUS = re.compile(r"[（(]\s*+(?:草案|征求意见稿|送审稿|讨论稿|修订稿)\s*+[）)]")


# （2021 版） / （2022年版） on the line under a guide's title: the edition, part of the title
_EDITION_LINE = re.compile(r"[（(]\s*+(?:19|20)\d\d\s*+年?\s*+版\s*+[）)]")


def _title_continuation(layout: Layout, e: int, block: str) -> str:
    """Lines that finish a title broken after a word that is itself a 文种: （2021年-2035年） on a
    line of its own, （2021—2035年）的通知, 的通知. A line that could start a title (a 令 header,
    a second copy of the title) does not continue it."""
    lines = layout.lines
    out = ""
    k = e + 1
    while k < layout.front_end and k - e <= 3:
        s = lines[k].s
        if PERIOD_LINE.fullmatch(s):
            out += _SPACES.sub("", s)
        elif s[0] in "（(" and _EDITION_LINE.fullmatch(s):
            out += s  # 国家智能制造标准体系建设指南 / （2021 版）: the edition the guide's title names (ur_11)
        elif (s.startswith(("（", "(", "的")) and not _DRAFT_STATUS.fullmatch(s) and not is_dated_enactment_note(s)
              and not _bracketed_number(s)
              and _title_fragment_ok(s) and doc_type_of(block + out + s)):
            out += s
        else:
            break
        k += 1
    return out


def _bracketed_number(s: str) -> bool:
    """（国卫医发〔2020〕2 号）: the 文号 printed in brackets on the line under the title, no part of it."""
    m = _TRAILING_BRACKETED.fullmatch(s)
    return m is not None and find_doc_number(m.group(1)) is not None


def _book_title_end(layout: Layout, e: int, block: str) -> str:
    """国务院关于落实《政府工作报告》 / 重点工作部门分工的意见 (sf_09): the line below that ends a title whose
    first line closed on a cited name; '' when there is none."""
    if e + 1 < layout.front_end and _book_closes_line(block) and _ends_title_in_book(layout.lines[e + 1].s):
        return layout.lines[e + 1].s
    return ""


def _book_closes_line(block: str) -> bool:
    """A notice title (关于…) whose line closes on a cited name (…《政府工作报告》) or on a bracket after a 文种
    (…关于深化省级财政科技计划（专项、基金等）, ww_01): the 文种 that seemed to end the title ends the name, so the title
    may go on below."""
    if "关于" not in block:
        return False
    if block.endswith("》"):
        return doc_type_of(block[block.rfind("《") + 1:-1]) is not None
    return block.endswith("）") and (at := block.rfind("（")) > 0 and doc_type_of(block[:at]) is not None


def _ends_title_in_book(s: str) -> bool:
    """The line that finishes such a title: short, no sentence, no 文号 and no second 关于, closing on a 文种."""
    return (len(s) <= 40 and _title_fragment_ok(s) and "关于" not in s and not is_prose(s)
            and _ends_with_doc_type(s) is not None and find_doc_number(s) is None)


def _linked_notice(layout: Layout, from_top: bool = False) -> tuple[str | None, str | None]:
    """临政发〔2013〕26号临海市人民政府关于….doc below the signature: the page's download link for the
    notice itself names its title (and 文号) when the stored body prints neither (a page whose body is
    nothing but its links holds them in its front matter: from_top)."""
    start = layout.signatures[-1][1] + 1 if layout.signatures else (0 if from_top else layout.front_end)
    number_only = None
    for i in range(start, len(layout.lines)):
        s = layout.lines[i].s
        if ("关于" not in s and "号" not in s) or not FILE_EXTENSION.search(s) or layout.roles.attachment(i):
            continue  # (the cheap gate first: a link names the notice by its title or its 文号)
        name = FILE_EXTENSION.sub("", s).strip()
        if "关于" not in s:
            number_only = number_only or _linked_number(name)
            continue

        span = find_doc_number(name)
        number = name[: span[1]] if span and span[0] == 0 else None
        name = name[len(number):].lstrip(" \t\u3000：:") if number else name  # 道人社发〔2018〕11号：关于…
        if doc_type_of(name) and "关于" in name[:40]:
            return name, search_doc_number(number) if number else None
    return None, number_only


# 下载阅读版本： / 原文下载： before the file's name
_LINK_LABEL_HEAD = re.compile(r"^[^：:\s]{1,10}[：:][ \t\u3000]*+")


def _linked_number(name: str) -> str | None:
    """下载阅读版本：永政办发〔2009〕146号.pdf: a link whose file is named by the notice's 文号 alone names that 文号."""
    rest = _LINK_LABEL_HEAD.sub("", name, count=1)
    span = find_doc_number(rest)
    return search_doc_number(rest) if span and span[0] == 0 and span[1] == len(rest) else None


_LATE_REACH = 8  # lines past the front matter a notice's title block may stand after a page's furniture


def _late_notice(layout: Layout) -> tuple[int, int, str] | None:
    """(first title line, addressee line, title) of a notice whose title block stands below a page's own
    prose (a document-sharing page: file name, upload fields, a sentence about the file, then the notice):
    a title line naming its subject (…关于…的通知), or two lines that read as one (…关于加强普通高等学校 /
    毕业生就业工作的通知), at most a 文号 line, then the addressees."""
    lines = layout.lines
    # a title below the notice's signature heads the document it transmits or issues, not the notice
    stop = min([len(lines) - 1, layout.front_end + _LATE_REACH] + [first for first, _ in layout.signatures[:1]])
    for i in range(layout.front_end, stop):
        s = lines[i].s
        if "关于" not in s or len(s) > 120 or layout.roles.prose(i):
            continue
        last, title = i, s
        if not doc_type_of(s):
            if i + 2 >= len(lines) or not _title_goes_on(s, lines[i + 1].s):
                continue
            last, title = i + 1, s + lines[i + 1].s
        for k in (last + 1, last + 2):
            if k < len(lines) and layout.roles.addressee(k):
                return i, k, title
    return None


def _title_goes_on(first: str, second: str) -> bool:
    """The title's second line: short, no sentence, and the two lines end as a title ends (…的通知)."""
    return len(second) <= 60 and not is_prose(second) and "关于" not in second and bool(doc_type_of(first + second))


def _number_above(layout: Layout, i: int) -> list[int]:
    """湘政办发〔2009〕24号 on the line above a late title (a red-head document's 文号 stands over its title)."""
    if i == 0:
        return []
    s = layout.lines[i - 1].s
    return [i - 1] if len(s) <= 30 and search_doc_number(s) else []


def _body_title(layout: Layout, plan_title: str | None) -> str | None:
    """Without a title block, the document's only title is the issued plan's title line
    (004: 省科协系统学习宣传贯彻《…》工作方案 after the 现将…印发 paragraph)."""
    if not plan_title:
        return None
    want = _key(plan_title.strip("《》")).replace("《", "").replace("》", "")
    together = [_key(t.strip("《》")).replace("《", "").replace("》", "") for t in _handed_down_with(layout, plan_title)]
    stop = layout.first_marker if layout.first_marker is not None else len(layout.lines)
    for i in range(layout.front_end, stop):
        line = layout.lines[i].s
        s = _ADOPTION_NOTE_AFTER.sub("", line, 1) if _may_hold_adoption_note(line) else line
        # the note's clauses make the line read as prose; the words before it are the title line all the same
        if s == line and layout.roles.prose(i):
            continue
        key = _key(s.replace("《", "").replace("》", ""))
        if _names_plan(key, want) or any(_stray_word(key, other) for other in together):
            return s
        if key and want.startswith(key) and (two := _plan_title_over_two_lines(layout, i, stop, s, want)) is not None:
            return two
    return None


def _plan_title_over_two_lines(layout: Layout, i: int, stop: int, s: str, want: str) -> str | None:
    """ue_05: 关于进一步吸引京津科技成果在冀转移转化的 / 若　干　措　施 below the signed notice: the issued plan's title
    printed over two lines, cut after the 的 that leads to the kind of document (no title ends on 的)."""
    if i + 1 >= stop or not s.endswith("的"):
        return None
    second = layout.lines[i + 1].s
    if len(second) > 20 or layout.roles.prose(i + 1):
        return None
    key = _key((s + second).replace("《", "").replace("》", ""))
    return s + second if _names_plan(key, want) else None


def _handed_down_with(layout: Layout, plan_title: str) -> list[str]:
    """The documents the notice hands down: the plan, and those its sentence names side by side with it (《A》和《B》
    已经…通过，现印发给你们), the first named first."""
    lines = layout.lines
    begin = lines[layout.front_end].start if layout.front_end < len(lines) else len(layout.text)
    stop = lines[layout.first_marker].start if layout.first_marker is not None else len(layout.text)
    text = layout.text[begin:stop]
    found = list(balanced_titles(text))
    keys = _TitleKeys()
    group = _issued_together(text, found, {keys[plan_title.strip("《》")]}, keys)
    names = [t for t, _start, _end in found if keys[t.strip()] in group]
    return names or [plan_title]


def _stray_word(line_key: str, want: str) -> bool:
    """The sentence names the document with a stray word or two its own title line lacks (《某县重大行政规范决策程序工作
    指引》 / 某县重大行政决策程序工作指引): the line is the name with one short run of characters left out. Asked of every
    document handed down together, where the exact name is asked of the plan alone."""
    gap = len(want) - len(line_key)
    if not 1 <= gap <= 2 or len(line_key) < 10:
        return False
    k = next((i for i, (a, b) in enumerate(zip(line_key, want)) if a != b), len(line_key))
    return want[:k] + want[k + gap:] == line_key


# 某市人民政府工作规则 (2011年5月10日市政府第1次常务会议通过,…修订通过): the rules' title line may go on with the
# history of their adoption in brackets, no part of the title
_ADOPTION_NOTE_AFTER = re.compile(
    r"[ \t\u3000]*+[（(](?:19|20)\d{2}年[^（）()]{4,200}?(?:通过|修订|修正|发布|公布|施行)[^（）()]{0,40}[）)][ \t\u3000]*+$")


def _may_hold_adoption_note(line: str) -> bool:
    """_ADOPTION_NOTE_AFTER's note opens on a round bracket and holds 年: a line with neither (most body lines) is
    spared the sub's scan."""
    return "年" in line and ("（" in line or "(" in line)


# 现将《西岗区人民政府工作规则》印发给你们 / 大连市西岗区人民政府工作规则: the title line may name the place in full
_PLACE_PREFIX = re.compile(r"\p{Han}{1,8}?[省市州盟]")


def _names_plan(line_key: str, want: str) -> bool:
    """The line is the plan's title: the same words, or those words after the name of the place above the one the
    notice names (a city before its district), or the words before the version note the sentence names it with
    (《某县防洪防台风应急预案（修订）》 over a title line 某县防洪防台风应急预案 and（2018年修订） under it)."""
    if line_key == want:
        return True
    # _VERSION_NOTE: the （修订） / （2018年修订） a legal database runs onto a title, here closing the plan's name
    if want.endswith(")") and (note := _VERSION_NOTE.search(want)) and len(line_key) >= 6:
        return line_key == want[: note.start()]
    head = line_key[: len(line_key) - len(want)]
    return line_key.endswith(want) and _PLACE_PREFIX.fullmatch(head) is not None and len(want) >= 6


def _label_values(layout: Layout) -> dict[str, str]:
    values: dict[str, str] = {}
    for i, end in _field_lines(layout):
        pairs = layout.roles.fields(i)
        if len(pairs) == 1 and not pairs[0][1] and _label_cell_alone(layout, i) and not _values_inline_above(layout, i):
            pairs = [(pairs[0][0], _value_below(layout, i, end))]
        elif len(pairs) > 1 and any(label == _UPLOADER for label, _ in pairs):
            pairs = [(label, value) for label, value in pairs if label not in field_labels("publish_date")]
        for label, value in pairs:
            if value and label not in values:
                values[label] = value
    return values


# 发布日期：2012/1/18 发布人：管理员 (va_02): the line a site stamps on the copy it posts, naming who posted it; its date
# is the upload's, no publish date of the document (which the record's own 颁布日期 field gives)
_UPLOADER = "发布人"


def _label_cell_alone(layout: Layout, i: int) -> bool:
    """法规名称 | (va_02): a label with no value on its line, bare or closed by the bar of its table cell, the value
    standing in the cell below it (吉林省…的公告 |); a row of several cells (政策解读: | … |) is no such label. A cell
    is a label of label / value pairs when the cell two lines off is a label too (发文机关 | / 吉林省地方税务局 |
    / 文件字号 |): a table's row of column heads one a line (公开时限 | / 公开主体 | / 公开方式 | / 公开渠道 |, ug_03)
    holds a label among words that are none."""
    s = layout.lines[i].s
    if "|" not in s:
        return True
    if "|" in s[:-1] or not s.endswith("|"):
        return False
    label = layout.roles.label
    return (i + 2 < len(layout.lines) and label(i + 2)) or (i >= 2 and label(i - 2))


_FIELDS_UNDER_TITLE_REACH = 16  # lines between a title and its addressees a page's field block may fill


def _field_lines(layout: Layout) -> Iterator[tuple[int, int]]:
    """(line, end of its block) of the lines a page's fields may stand on: the front matter, and a field block
    printed between the notice's title and its addressees (um_02: 标题 / 索引号 / 01527918X-2020-153077 / 发文机构 /
    … / 厅机关各处…：; um_03: the site's bar over 索 引 号 … 分 类 … rows, the title, then 各县…：), a line there
    read only when it opens on a label."""
    front_end, addressee = layout.front_end, layout.addressee
    yield from ((i, front_end) for i in range(front_end))
    if addressee is None or not 0 < addressee - front_end <= _FIELDS_UNDER_TITLE_REACH:
        return
    yield from ((i, addressee) for i in range(front_end, addressee) if layout.roles.label(i))


def _values_inline_above(layout: Layout, i: int) -> bool:
    """成文日期: 2025-08-05 失效日期 / 有效性: / (blank) / 2025年…基本目录 (vd_02): a block that writes each value on its
    label's line leaves a label it does not fill empty; the line below it is the page's next line (here its title),
    no value. Only a label whose line above holds a filled label is so: a list printing every label alone (• 发文日期： /
    2024年04月06日) keeps reading the value below."""
    return i > 0 and any(value for _label, value in layout.roles.fields(i - 1))


def _value_below(layout: Layout, i: int, end: int) -> str:
    """• 发文日期： / 2024年04月06日 16:40: a label alone on its line, its value on the next line
    (a page's field list printed one line per label and one per value); the value stands before end."""
    if i + 1 >= end:
        return ""
    s, roles = layout.lines[i + 1].s, layout.roles
    if s.endswith("|") and "|" not in s[:-1]:
        s = s[:-1].rstrip()  # 有效 |: the value's table cell, closed by its bar (va_02); a bare | is an empty cell
    return "" if roles.label(i + 1) or roles.prose(i + 1) or len(s) > 60 or "|" in s else s


def _labelled(values: dict[str, str], field: str) -> str | None:
    """A field's value under the first of its labels (lexicons/field_labels.tsv, ranked) that the page fills."""
    for label in field_labels(field):
        if values.get(label):
            return values[label]
    return None


def _attachments(layout: Layout) -> list[str]:
    """附件：1.xxx / 2.yyy (one per line or several on the label line), 附件1：xxx, 附件：xxx, 附表：…;
    a bare 附件 / 附件1 label heading an attached document names it on the next line. Once a
    list has been read (a label with its colon), later labels head the attached documents and
    restate the list. Each name once, without its 《》 or a file extension. Without any, a page's download
    list (附件下载：…) names them."""
    return _attachments_in_body(layout) or _downloads(layout)


def _downloads(layout: Layout) -> list[str]:
    """附件下载：/ 相关附件：/ 【相关附件】 and the file names under them: a page's download list names the
    attachments when the notice's own text lists none."""
    found = download_list(layout)
    if found is None:
        return []
    i, j = found
    lines = layout.lines
    after_label = DOWNLOAD_LABEL.match(lines[i].s).group(1)
    names = ([after_label] if after_label.strip() else []) + [lines[k].s for k in range(i + 1, j)]
    out: list[str] = []
    for name in names:
        for part in _attachment_names(_BULLET.sub("", name.strip())):
            if part not in out:
                out.append(part)
    return out


_BULLET_MARKS = "-•·"  # the '-' first: a class's literal dash
_BULLET = re.compile(r"^[" + _BULLET_MARKS + r"][ \t\u3000]*+")
_BULLET_FIRST = frozenset(_BULLET_MARKS)  # a line that opens on none of them is spared _BULLET.sub


def _may_list_downloads(text: str) -> bool:
    """The cheap gate before download_list's walk over the lines: a site's 文档附件 label, whose files' names may
    restate the notice's list in other words (附件下载 / 相关附件 lists are read as before)."""
    # 档 first: a one-character `in` is a memchr, a four-character one ≈ 5 instructions a character (most texts hold no 档)
    return "档" in text and "文档附件" in text


def _attachments_in_body(layout: Layout) -> list[str]:
    found_names = _BodyNames()
    roles = layout.roles
    i = layout.front_end
    found = download_list(layout) if _may_list_downloads(layout.text) else None
    stop = found[0] if found else len(layout.lines)  # 文档附件： / 附件1：….doc: the site's files, not the notice's list
    while i < stop:
        # every label holds its 附 (_attachment_label's own first test, asked inline: most lines are spared the call)
        label = _attachment_label(roles, i) if "附" in roles.texts[i] else None
        if label is None or i == layout.addressee or _signs_below(layout, i):
            _name_over_signer(layout, i, found_names)
            i += 1
            continue
        i = _read_body_label(layout, i, label, found_names)
    return found_names.out


def _signs_below(layout: Layout, i: int) -> bool:
    """附件：河北省人力资源和社会保障厅 / 2023年8月9日 (xa_01): the label on line i glued to the body signing the date below
    it names no attachment (_label_over_signer)."""
    return any(date_i == i + 1 for _, date_i in layout.signatures) and bool(_label_over_signer(layout.lines, i + 1))


def _name_over_signer(layout: Layout, i: int, found: "_BodyNames") -> None:
    """附件：…评价表人力资源社会保障部办公厅（略） right above the signed date (xa_06): the attachment's name the label
    holds before the glued signer is added to `found`."""
    if "附" in layout.lines[i].s[:2] and _signs_below(layout, i):
        named = _label_name_and_signer(layout.lines[i].s)
        if named and named[0]:
            found.add([named[0]])


class _BodyNames:
    """The attachment names the body's labels list so far, with what reading the next label asks of them."""
    __slots__ = ("out", "index", "ends", "listed", "attached")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.index: list[str] = []  # out sorted, for _add_names
        self.ends: set[tuple[str, str]] = set()  # _name_ends(out), for _restates_as_file
        self.listed = False  # a list has been read (a label with its colon): later labels head the attached documents
        self.attached = False  # a bare label after the list has headed an attached document: what follows is its text

    def rejoin(self, title: str) -> None:
        """An attached document's title read after the list: the names it shows the list wrapped made one."""
        self.out = _rejoin_wrapped_names(self.out, title)
        self.index, self.ends = sorted(self.out), _name_ends(self.out)

    def add(self, names: list[str]) -> None:
        added = len(self.out)
        if any("年" in n for n in names):
            names = [n for n in names if not _BLANK_DATE.fullmatch(n)]
        _add_names(self.out, names, self.index)
        self.ends.update(_name_ends(self.out[added:]))


# 附件：…租房提取委托书 / 年   月   日 (wu_05): the attached form's blank date line, read on with the name, names nothing
_BLANK_DATE = re.compile(r"[ \t\u3000_＿]*+年[ \t\u3000_＿]*+月[ \t\u3000_＿]*+日[ \t\u3000]*+")


def _read_body_label(layout: Layout, i: int, label: tuple[str, bool], found: _BodyNames) -> int:
    """The attachment label on line i: its names added to `found` (or not, as the list read so far says); the line
    to read next."""
    rest, has_colon = label
    if found.listed and _restates_as_file(rest, found.ends):
        return i + 1  # 附件：…申请表.docx after the signature (vh_05): the site's download link restates the list read
    if not rest.strip() and _labelled_entry(layout, i + 1):
        return i + 1  # 附  图 / 附图 1  …资源图 / 附图 2  …分区图: a bare label over labelled entries, each read as its own label
    lines = layout.lines
    if not rest.strip() and not (has_colon and i + 1 < len(lines) and _numbered_entry(lines[i + 1].s)):
        names, i = _attached_title(layout, i, rest)
        if found.listed:
            found.attached = True
            found.rejoin(names[-1])
            return i
    else:
        names, i = _listed_names(layout, i, rest)
        if found.listed and (not has_colon or (found.attached and _opens_numbered_list(rest))):
            return i  # 附表：1.…申请表 / 2.… inside an attached 申请程序 (vw_02): the attached document's own forms
    found.listed = found.listed or has_colon
    found.add(names)
    return i


def _opens_numbered_list(rest: str) -> bool:
    """附表：1. …申请表 / 附件：(then 1.… below): a label's rest that opens a numbered list, not one attached title."""
    return not rest.strip() or _numbered_entry(rest)


def _restates_as_file(rest: str, listed_ends: set[tuple[str, str]]) -> bool:
    """附件：道真自治县就业见习单位（企业）申请表 … 附件：道真自治县就业见习企事业单位申请表.docx 道真自治县…申请表: a
    label naming one file (the attached form's own title may follow the link on its line) whose name opens and closes as
    a name already listed does restates it in the site's words. A numbered file list (附件：1、…申报书.doc) adds files.
    `listed_ends`: _name_ends of the names listed, so each label asks one set look-up, not a pass over every name
    (quadratic in thousands of labels naming files)."""
    m = FILE_EXTENSION_IN_LINE.search(rest) if "." in rest else None
    if m is None:
        return False
    name = rest[:m.start()].strip()
    return len(name) >= 8 and not _numbered_entry(name) and _ends_of(name) in listed_ends


def _ends_of(name: str) -> tuple[str, str]:
    """How a name opens and closes (its first six and last three characters): two long names alike in both name one
    file (_restates_as_file)."""
    return name[:6], name[-3:]


def _name_ends(names: list[str]) -> set[tuple[str, str]]:
    """_ends_of each name of 8 characters or more (a shorter one opens and closes too little to tell)."""
    return {_ends_of(n) for n in names if len(n) >= 8}


def _labelled_entry(layout: Layout, j: int) -> bool:
    """附图 1  …资源图: line j is an attachment label with a name after it."""
    label = _attachment_label(layout.roles, j) if j < len(layout.lines) else None
    return label is not None and bool(label[0].strip())


def _attached_title(layout: Layout, i: int, rest: str) -> tuple[list[str], int]:
    """(names, next line) for a bare label on line i: it heads the attached document itself, whose title is
    the name."""
    names, j = [rest], i + 1
    if j < len(layout.lines) and _attachment_line(layout.lines, j, layout):
        names.append(layout.lines[j].s)
    return names, j + 1


# 8.“十四五”期间公园城市绿化建设项目资金测算表附件1 (vp_03): the list's last entry with the label of the first attached
# document glued after it (附件1 / 郊野公园建设项目表 / 序号…): the label opens what follows, no part of the name
_NEXT_LABEL_GLUED = re.compile(r"(?<=\p{Han})附件\s*\d{1,2}$")


def _listed_names(layout: Layout, i: int, rest: str) -> tuple[list[str], int]:
    """(names, next line) for the list a label on line i opens: a numbered list goes on with numbered entries
    only (table cells may follow it), and with the wrapped end of an entry's name."""
    lines = layout.lines
    names, j = [rest], i + 1
    numbered = _opens_numbered_list(rest)
    while j < len(lines) and _attachment_line(lines, j, layout):
        if _NEXT_LABEL_GLUED.search(names[-1]) is not None:
            break  # the first attached document's label closes the list (cut off below): its title is on the next line
        if numbered and not _numbered_entry(lines[j].s):
            if not (names[-1].strip() and _wrapped_entry_end(lines, j, layout, names[-1])):
                break
            names[-1] += lines[j].s.strip()
        else:
            names.append(lines[j].s)
        j += 1
    names[-1] = _NEXT_LABEL_GLUED.sub("", names[-1])
    return names, j


def _add_names(out: list[str], names: list[str], index: list[str]) -> None:
    """The attachment names on these lines, each once, a name another starts with dropped. `index` is `out` sorted,
    kept so here: the names starting with a part stand together in it from where the part would go, so one
    bisection asks what a pass over every name listed asked (quadratic in a list of thousands of names: 5,000
    labels took 40 s)."""
    for name in names:
        for part in _attachment_names(name):
            if _NO_LETTER.fullmatch(part):
                continue  # 2 9: a page number printed after the list, no name
            at = bisect_left(index, part)
            if at < len(index) and index[at].startswith(part):
                continue  # listed already, or the start of a name listed
            out.append(part)
            index.insert(at, part)


def _wrapped_entry_end(lines, j: int, layout: Layout, entry: str) -> bool:
    """附件：1.某某市2021年度安全生产大检查工作 / 责任清单 / 2.汇总表: a short un-numbered line inside a numbered
    list is the end of the entry above it when the next entry follows it, or when it ends as a name ends
    (…清单, …表) and the entry above does not."""
    s = lines[j].s.strip()
    if len(s) > 30 or _FIRST_ENTRY.match(s):
        return False
    if j + 1 < len(lines) and _numbered_entry(lines[j + 1].s) and _attachment_line(lines, j + 1, layout):
        return True
    return bool(_ENDS_AS_A_NAME.search(s)) and not _ENDS_AS_A_NAME.search(entry.strip())


_ENDS_AS_A_NAME = re.compile(r"(?:表|单|方案|办法|规则|目录|指南|意见|细则|规定|标准|要点|计划|名单|名录|说明|模板|流程|图)$")


_NO_LETTER = re.compile(r"[^\p{L}]*+")


def _rejoin_wrapped_names(names: list[str], title: str) -> list[str]:
    """附件：…文艺巡回演出 / 节目单汇总表, then the attached table titled …演出节目单汇总表: a name the list
    wrapped over two lines is one name when the attached document's title reads them as one."""
    title = title.strip()
    for i in range(len(names) - 1):
        if names[i] + names[i + 1] == title:
            return names[:i] + [title] + names[i + 2:]
    return names


def _attachment_label(roles: Roles, i: int) -> tuple[str, bool] | None:
    """(what follows the label, whether the label has its colon) for 附件… / 附表… / …日附件： on line i, and
    a label glued after the last paragraph's closing sentence (…以本通知为准。附件：1．…);
    a label line wrapped in its paragraph (…发展改革委网\n站）) is read as one line."""
    s = roles.texts[i]
    if "附" not in s:
        return None  # every label holds its 附 (_label_on's own gate, asked before a wrapped paragraph is rejoined)
    if "\n" in s:
        s = s.replace("\n", "")
        return _label_on(s, attachment_match(s))
    return _label_on(s, roles.attachment(i))  # the layout's 附件 match of the line, asked once


def _label_on(s: str, m) -> tuple[str, bool] | None:
    """_attachment_label of the line s, given its 附件 match m (or None)."""
    if m:
        if ANNEX_ARTICLE.match(m.group(2), 0, None, HOLD_GIL):
            return None  # 附件2第二条、第三条…: an article of an attached document, in a table cell
        return m.group(2), bool(_ATTACHMENT_COLON_LABEL.match(s, 0, None, HOLD_GIL))
    if "附" not in s:
        return None  # every label below holds its 附 (most lines: no pattern tried)
    m = ATTACHED_TABLE.match(s, 0, None, HOLD_GIL)
    if m and (m.group(1) or m.group(2) in "：:"):
        return m.group(3), m.group(2) in ("：", ":")
    m = _LABELLED_MAP.match(s, 0, None, HOLD_GIL)
    if m:
        return m.group(1), False
    m = DATE_THEN_ATTACHMENTS.match(s, 0, None, HOLD_GIL)
    if m:
        return m.group(1), True
    if "附" in s and ("：" in s[-90:] or ":" in s[-90:]):
        m = SENTENCE_THEN_ATTACHMENTS.search(s, max(0, len(s) - 100), None, HOLD_GIL)
        if m and (_numbered_entry(m.group(1)) or not is_prose(m.group(1))):
            return m.group(1), True
    return None


# 附图 北京市…示意图 / 附 图 …: a map or table label with its word spelled out needs no number or colon before the name.
_LABELLED_MAP = re.compile(r"^附[ \t\u3000]*+[表图][ \t\u3000]++(\p{Han}.*)$")


@cache
def _next_entry_number(k: int):
    """k. / k． / k、 standing alone (not the 2 of 2021 or of 1.2)."""
    return re.compile(rf"(?<![\d.．]){k}{_ENTRY_STOP}")


def _numbered_run(line: str) -> list[str]:
    """1.某某方案；2.某某清单 / 1.某某方案2.某某清单 / 2.…3.…: entries numbered on in sequence on one line,
    with or without a separator between them, one part each."""
    first = _FIRST_ENTRY.match(line)
    if not first:
        return [line]
    parts, start, k = [], 0, int(first.group(1)) + 1
    while (m := _next_entry_number(k).search(line, start + 2)) is not None:
        parts.append(line[start:m.start()])
        start, k = m.start(), k + 1
    return parts + [line[start:]]


def _attachment_names(line: str) -> list[str]:
    parts = []
    chunks = [c for piece in _AFTER_FILE_NAME.split(line.strip()) for c in _BEFORE_ENTRY_NUMBER.split(piece)]
    entries = [run for chunk in chunks for run in _numbered_run(chunk.strip())]
    for part in entries:
        part = _ANY_ENTRY_NUMBER.sub("", part.strip()).strip().rstrip("。；;，,")
        if FILE_EXTENSION.search(part):
            part = FILE_EXTENSION.sub("", part)
            if ATTACHMENT.match(part):
                continue  # 附件1、2.docx: a download link, no name
        part = _unbook(_ATTACHMENT_REMARK.sub("", part).strip())
        if "序号" in part:
            part = _without_glued_table_header(part)
        if part and part[-1].isdigit():
            part = _without_glued_page_run(part)
        if part:
            parts.append(part)
    return parts




# 附件 3 / 智能制造基础共性标准和关键技术标准总序号分序号标准名称 标准号/计划号 对应国际标准号 (ur_11, PDF text): the attached
# table's header row (序号 / 总序号 and the columns after it) glued after its title on one line
_GLUED_TABLE_HEADER = re.compile(r"(?<=\p{Han})(?:总)?序号(?:[\p{Han}/ ]|$)")


def _without_glued_table_header(name: str) -> str:
    """The name without a table's header row glued after it, when what stands before 序号 ends as a name does."""
    m = _GLUED_TABLE_HEADER.search(name)
    if m is None or _ENDS_AS_A_NAME.search(name, 0, m.start()) is None:
        return name
    return name[:m.start()]


# …标准建设重点 / 31 / 32 (ur_06, PDF text): the folios of the list's page and of a blank page after it, each alone on
# its line at the page gap, joined by the wrap repair onto the last entry as 重点3132
_TRAILING_DIGITS = re.compile(r"(?<=\p{Han})\d{3,8}$")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _without_glued_page_run(name: str) -> str:
    """The name without a run of page numbers glued after it: the digits after its last Han character read as two
    or more numbers in a row, each one more than the last (31 32, 9 10 11). Two digits alone (…标准12) and a run that
    reads as no such sequence (…2023) stay, as part of the name, and so does a year (…计划2021, though 20 21 runs)."""
    m = _TRAILING_DIGITS.search(name)
    if m is None or _YEAR_DIGITS.fullmatch(m.group()) or not _page_number_run(m.group()):
        return name
    return name[:m.start()]


def _page_number_run(digits: str) -> bool:
    """Does digits split into two or more numbers (no leading zero, up to three digits) each one more than the last?"""
    for width in (1, 2, 3):
        first = digits[:width]
        if first[0] == "0":
            return False
        n, rest, count = int(first), digits[width:], 1
        while rest and rest[0] != "0" and rest.startswith(str(n + 1)):
            n += 1
            rest = rest[len(str(n)):]
            count += 1
        if not rest and count >= 2:
            return True
    return False


# the words an attachment's name holds (…申报表, …实施方案, …工作指南): a line holding one names a document
_DOCUMENT_WORDS = "表|单|方案|办法|规则|目录|指南|意见|细则|规定|标准|要点|计划|指标|体系|流程|模板|格式|说明"
_NAMES_A_DOCUMENT = re.compile(_DOCUMENT_WORDS)


def _attachment_line(lines, j: int, layout: Layout) -> bool:
    """A line that goes on listing attachments: short, no sentence, no table row, no date,
    no signature or issuing body."""
    s, roles = lines[j].s, layout.roles
    if _attachment_label(roles, j) is not None or roles.table_row(j) or CONTACT.match(s):
        return False  # a label, a table row, or the contact line (（联系电话…）) under the list
    if "附件" in s[:8] and DOWNLOAD_LABEL.match(s):
        return False  # 附件： / 相关附件 (xf_09): the page's download box under an empty label, no attachment's name
    if any(j == first for first, _ in layout.signatures) and not _name_above_signature(lines, j, layout):
        return False
    if ORG_END.search(s) and not _NAMES_A_DOCUMENT.search(s):
        return False  # the signature after the list (国家发展改革委), not an attachment
    if _is_imprint(s):
        return False
    if _numbered_entry(s):
        return True
    if s.startswith(("（", "(")) and is_enactment_note(s):
        return False  # 附：国旗制法说明 / （1949年9月28日…主席团公布） (wl_11): the attached text's 题注, no attachment's name
    return len(s) <= 80 and not any(ch in s for ch in "。；：:") and not roles.date(j) and lines[j].marker is None


def _is_imprint(s: str) -> bool:
    """附件：…目标任务分解表 / 道真县人力资源网办公室2018年3月9日印发 (vh_02): the 版记's imprint, printed right under
    the attachment list of a page that dropped the 版记's rules, is no attachment (the literal 印发 gates the pattern)."""
    return s.endswith("印发") and PRINTED_BY.match(s) is not None


def _name_above_signature(lines, j: int, layout: Layout) -> bool:
    """附件：检查表 / 汇总表 / 某某市人民政府 / 2021年6月1日: a signature block read from the list's last name down;
    the name is no signing body (it ends as a name ends and no body's name ends it) and a body signs below it."""
    s = lines[j].s.strip()
    dates = {date for first, date in layout.signatures if first == j}
    return (
        len(s) <= 40 and bool(_ENDS_AS_A_NAME.search(s)) and not ORG_END.search(s) and not _org_names(s)
        and all(date > j + 1 for date in dates)
    )


def _unbook(name: str) -> str:
    """《油气管网设施公平开放监管办法》 -> the name inside, when the brackets hold all of it or
    only a bracketed remark follows them (《…技术规范》（略，详见…）)."""
    m = _BOOK_THEN_REMARK.match(name)
    if m and name.count("《") == 1:
        return m.group(1)
    return name


_BOOK_THEN_REMARK = re.compile(r"^《([^《》]++)》(?:$|[（(])")


def _numbered_entry(s: str) -> bool:
    return bool(_ENTRY_NUMBER.match(s)) and len(s) <= 80 and not any(ch in s for ch in "。；")


def _contact(layout: Layout) -> str | None:
    """（联系电话：县科协，87883287） -> 县科协，87883287; （联系人：张伟，联系电话：…） kept whole."""
    found = None
    for i in layout.meta_lines:
        m = CONTACT.match(layout.lines[i].s)
        if m:
            found = m.group(1)
            break
    if found is None and "联系" in layout.text:  # the label every match opens on: a text without it is not scanned
        m = CONTACT_INLINE.search(layout.text)
        if m:
            found = m.group(1)
    if not found:
        return None
    found = _PHONE_LABEL.sub("", found.strip())
    return found.strip() or None


_HEAD_CHARS = 800  # a regulation's 令 number and adoption note stand before its first article


def _decree(text: str) -> tuple[str, str, str | None] | None:
    """(令 number, issuer, date) from the head of a regulation: 2017年11月22日 国务院令第692号,
    （2011年12月15日广州市人民政府令第61号公布…）."""
    head = text[:_HEAD_CHARS]
    if "令" in head and "\n" in head:  # (令 \n: DECREE_HEAD_PARTED lets blanks close the 令 line)
        head = DECREE_HEAD_PARTED.sub("\n", head, 1)
    found, pos = decree_number(head), 0
    # 《…办法》（省政府令第225号）: the decree a cited title carries is that document's number
    while found and _cites_decree(head, pos + found[2]):
        pos += found[3]
        found = decree_number(head[pos:])
    if not found:
        return None
    number, issuer, start, end = found
    start, end = start + pos, end + pos
    # （…2006年2月13日经第3次部务会议通过 • 交通部令2006年第4号 • 2006年2月24日发布…）: a date of 发布 right after
    # the number is the decree's own; the date before it then tells of the meeting that passed it
    published = _PUBLISHED_AFTER.match(head, end, None, HOLD_GIL)
    date = parse_date(published.group(1) if published else _before_decree(head, start))
    if date is None and head[max(0, start - 3):start].rstrip(" \u3000").endswith(("：", ":")):
        # 文号：工业和信息化部令第66 号 … （2023 年12 月18 日工业和信息化部令第66 号公布…）: a field gave the number; the
        # 题注 under the title names it again with its date
        again = decree_number(head[end:])
        if again and again[0] == number:
            date = parse_date(_before_decree(head, end + again[2]))
    return number, issuer, date


def _before_decree(head: str, start: int) -> str:
    """What may date a decree before its number: the 24 characters before it, but none before a label's colon
    (生效日期：2024.01.01 / 时效性：现行有效 / 文号：工业和信息化部令第66 号: a legal database's header, where the date
    before the 文号 field is another field's, the 施行 date)."""
    window = head[max(0, start - 24):start]
    colon = max(window.rfind("："), window.rfind(":"))
    return window[colon + 1:] if colon >= 0 else window


_PUBLISHED_AFTER = re.compile(r"[ \t\u3000•·，,]*+(\d{4}年\d{1,2}月\d{1,2}日)(?:发布|公布)")


def _adoption_date(head: str) -> str | None:
    """（1996年9月26日上海市第十届人民代表大会常务委员会第三十次会议通过 …）: a 人大 act unsigned is dated by the
    session that adopted it (the date its note opens with, not the 施行 date after)."""
    m = ADOPTED_BY.search(head)
    return parse_date(head[max(0, m.start() - 14):m.start()]) if m else None


def _cites_decree(head: str, start: int) -> bool:
    before = head[max(0, start - 2):start]
    return before.endswith(("》（", "》(")) or before.endswith("》")


_FILE_LINK = re.compile(r"附件|\.(?:docx?|xlsx?|pdf|wps|zip|rar|ofd)\b", re.I)


def _issuer_and_date(title, layout: Layout, labels, html_meta, decree, text: str) -> tuple[str | None, str | None]:
    """发文机关 and 成文日期: the title names the issuer in full (GB/T 9704), the signature often
    abbreviates it; then the page's fields, a 令's issuer, the adopting 人大 body."""
    issuer, issue_date = _signed_issuer_and_date(title, layout, decree)
    issuer = _spelled_out_issuer(issuer, title, layout, labels, html_meta)
    masthead = _masthead(layout)
    if not issuer:
        issuer = (_unsigned_issuer(title, layout, masthead, decree, text) or _bare_digit_signer(layout)
                  or _posting_body(title, labels))
    issuer = _unabbreviated(issuer, adopting_body(text[:_HEAD_CHARS]))
    issuer = _placed_by_source(issuer, layout)
    if not issue_date:
        issue_date = (_spaced_signature_date(layout) or (masthead[1] if masthead else None)
                      or (decree[2] if decree else None) or _adoption_date(text[:_HEAD_CHARS]))
    issue_date = (issue_date or _entry_date(layout) or _date_over_annex(layout) or _date_under_title(title, layout)
                  or _printed_date(text) or _bare_digit_signature_date(layout) or _date_then_issuer(layout))
    return (joint_issuers(issuer) if issuer else None), issue_date


def _date_under_title(title: str | None, layout: Layout) -> str | None:
    """（2020年3月13日） on the line right under the title, when nothing else dates the document: the date a 意见
    printed without a signature (in a paper, a yearbook) is given there."""
    if not title:
        return None
    key = _WHITESPACE.sub("", title)
    for i in range(min(len(layout.lines) - 1, 6)):
        if _WHITESPACE.sub("", layout.lines[i].s) == key:
            m = BRACKETED_DATE_LINE.match(layout.lines[i + 1].s, 0, None, HOLD_GIL)
            return parse_date(m.group("date")) if m else None
    return None


def _posting_body(title: str | None, labels) -> str | None:
    """关于印发…的通知 with no signature, issuer field or other sign (a page re-posting a notice whose issuer its
    title and signature lost), or a page's own item under its label block (科学布局巩固提升殡葬改革工作, 某某领域基层
    政务公开标准目录: no 文种, no signer): the page's 发布机构 is the only body it names as answering for the text. A
    title naming what the text is of (某某州人民政府工作规则) names its body first (read before this); a site's name
    (科技部门户网站) is no body, and a government's short form (博州政府, 县政府) no name to give for it."""
    if not title:
        return None
    publisher = _labelled(labels, "publisher")
    short = publisher and publisher.endswith("政府") and not publisher.endswith("人民政府")
    if publisher and (ORG_END.search(publisher) or _TOWNSHIP.match(publisher)) and not _SITE_FIELD.match(publisher) and not short:
        return publisher
    return None


# 发布机构： | 花厅镇 (uk_01): a township's page names the township, whose government answers for what it posts
_TOWNSHIP = re.compile(r"^\p{Han}{1,8}?(?:镇|乡|街道)$")


def _title_issuer(title: str | None) -> str | None:
    """某某县人民政府办公室 关于…, 某某市人民政府办公室印发《…》的通知: the title names its issuer before its first
    关于 / 印发; 国务院批转发展改革委、能源办关于…, 国务院办公厅转发…关于…: the notice's issuer is the office
    that transmits, not the authors of what it transmits."""
    m = _TITLE_VERB.search(title) if title else None
    if m and ORG_END.search(title[:m.start()].strip()):
        return title[:m.start()].strip()
    return None


def _signed_issuer_and_date(title, layout: Layout, decree) -> tuple[str | None, str | None]:
    """The title's issuer, or the signature's bodies when the title names none or they spell it out in full;
    the signature's date."""
    issuer = _title_issuer(title)
    if not layout.signatures:
        return issuer, None
    lines = layout.lines
    first, date_i = layout.signatures[0]
    issuer = _issuer_by_signers(issuer, _signing_bodies(lines, first, date_i, decree))
    return issuer, parse_date(lines[date_i].s)


def _signing_bodies(lines, first: int, date_i: int, decree) -> list[str]:
    """The bodies the signature's lines name, one each: no head signing a 令, no disclosure line, glued ministries
    parted."""
    orgs = [o for o in _signing_orgs(lines, first, date_i) if (ORG_END.search(o) or not decree) and not SIGNING_HEAD.match(o)]
    if date_i - first > 1:  # 牟定县人民政府办公室 / （此件公开发布） / { 2017 6 23 (th_02): the disclosure line signs nothing
        orgs = [o for o in orgs if not DISCLOSURE.search(o)]
    # 科技部农业农村部教育部 / 财政部人力资源社会保障部银保监会: several ministries a line, glued (no place to part them at);
    # 生态环境部 国家发展和改革委员会工业和信息化部 (vx_03): glued runs a blank parts, each run parted so too
    return [q for o in _split_signers(orgs) for run in _bodies_on_line(o) for p in _lexicon_bodies(run)
            for q in _general_offices(p)]


def _issuer_by_signers(issuer: str | None, orgs: list[str]) -> str | None:
    """The signers stand for the title's issuer when the title names none, abbreviates the one signer or lost its
    head, names the signers without the state's name, or names only the leading body of a joint document."""
    if not issuer or (len(orgs) == 1 and (_abbreviates(issuer, orgs[0]) or _lost_head(issuer, orgs[0])
                                          or _cut_short(issuer, orgs[0]) or _placed_short_form(issuer, orgs[0]))):
        return "、".join(orgs) or None
    signers = [p for o in orgs for p in _bodies_on_line(o)]
    if _state_names(issuer.split("、"), signers):
        return "、".join(signers)
    if len(signers) > 1 and signers[0] == issuer:
        # 云南省财政厅关于印发…的通知 signed 云南省财政厅   云南省人力资源和社会保障厅: the title names the leading body of
        # a joint document, the signature every body that issues it
        return "、".join(signers)
    return issuer


# 中国人民银行   行长   潘功胜 / 国家市场监督管理总局   局长   罗文: a joint 令 signed a body a line, each with its head's post
# and name after it; the body is the signer
_SIGNER_AFTER_BODY = re.compile(
    r"(?<=\p{Han})[ \t\u3000]++代?(?:省长|市长|县长|区长|州长|主席|总理|局长|部长|署长|行长|主任|会长|院长|书记)[ \t\u3000]*+\p{Han}{2,4}$"
)


def _state_names(named: list[str], signers: list[str]) -> bool:
    """中央机构编制委员会办公室、监察部关于… signed 中央机构编制委员会办公室 中华人民共和国监察部: the signers are the
    title's bodies, one for one, a ministry signing with the state's name before its own."""
    return (len(named) == len(signers) and named != signers
            and all(s == n or s == f"中华人民共和国{n}" for n, s in zip(named, signers)))


def _cut_short(issuer: str, signer: str) -> bool:
    """湖州市卫生健康委关于印发… signed 湖州市卫生健康委员会 (wu_10): the title cut the body's name short at 委 (or 办),
    the signature spells it out."""
    return signer.startswith(issuer) and signer[len(issuer):] == _SPELLED_OUT.get(issuer[-1:])


# the rest of a body's name a title's short form drops: 委 for 委员会, 办 for 办公室
_SPELLED_OUT = {"委": "员会", "办": "公室"}

# the place a body's name opens with: 嘉兴市 of 嘉兴市城乡规划建设管理委员会
_PLACE_ENDS = frozenset("省市县区州旗盟")


def _placed_short_form(issuer: str, signer: str) -> bool:
    """嘉兴市建委关于… signed 嘉兴市城乡规划建设管理委员会 (wy_06): after the place both open with, the title's name keeps
    some of the signer's characters in order and ends as the signer does (委 for 委员会, 局 for 局): the common short
    form of the one body signing."""
    n = 0
    for a, b in zip(issuer, signer):
        if a != b:
            break
        n += 1
    while n > 0 and issuer[n - 1] not in _PLACE_ENDS:
        n -= 1
    short, full = issuer[n:], signer[n:]
    if n < 2 or len(short) < 2 or len(full) < len(short) + 2:
        return False
    last = short[-1]
    if not full.endswith(last + _SPELLED_OUT.get(last, "")) and full[-1] != last:
        return False
    return _keeps_in_order(short, full)


def _lost_head(issuer: str, signer: str) -> bool:
    """海市人民政府办公厅 in a stored title that lost its first character, 上海市人民政府办公厅 signing: the signer is
    the same body in full."""
    return len(signer) > len(issuer) >= 4 and signer.endswith(issuer)


def _spelled_out_issuer(issuer: str | None, title, layout: Layout, labels, html_meta) -> str | None:
    """The page's 发文机关 field, its 发布机构 and the red head spell out an issuer the signature shortens."""
    field = _full_government(_site_owner(_labelled(labels, "issuer"), title)) or html_meta.get("issuer") or None
    if not issuer or (field and _shortened(issuer, field)):
        issuer = field or issuer
    # 发布机构 names the body that posted the page, not always the signer: it only spells out a signature that
    # abbreviates it (市卫生健康委 under 发布机构：某某市卫生健康委员会)
    publisher = _labelled(labels, "publisher")
    if issuer and publisher and _shortened(issuer, publisher):
        issuer = publisher
    # 省人民政府关于印发…的通知 / 湖北省人民政府 / 省人民政府关于印发…的通知: a legal database's body line spells out
    # the place a title that starts at its level leaves out
    body = _issuing_body_line(layout, title) if issuer and issuer[0] in _PLACE_DROPPED else None
    if body and _shortened(issuer, body):
        issuer = body
    head = _red_head(layout) or _title_place(title, issuer)
    if issuer and head and _shortened(issuer, head):
        issuer = head
    return issuer


# 发文机关：盘锦市政府: a field shortening a government's name to its place and 政府 names the 人民政府 (not the
# 自治区政府 a field may write, nor a short place: 博州政府)
_SHORT_GOVERNMENT = re.compile(r"(?P<place>\p{Han}{2,10}?(?:[省市县]|(?<!自治)区))政府")


def _full_government(field: str | None) -> str | None:
    m = _SHORT_GOVERNMENT.fullmatch(field) if field else None
    return m.group("place") + "人民政府" if m else field


_SITE_FIELD = re.compile(r"^(?P<owner>\p{Han}{2,20}?)(?:门户网站|政务网站|网站|门户)$")


def _site_owner(field: str | None, title: str | None) -> str | None:
    """发文机构：县政府网站: a field naming the site that posts the page stands for the site's owner, named in full
    by the title it opens (镇巴县人民政府工作规则 → 镇巴县人民政府); a site alone names no issuer."""
    m = _SITE_FIELD.match(field) if field else None
    if not m:
        return field
    owner = m.group("owner")
    for k in range(len(owner) + 1, min(len(title or ""), 30) + 1):
        body = title[:k]
        if ORG_END.search(body) and (_abbreviates(owner, body) or body.endswith(owner)):
            return body
    return None


def _unsigned_issuer(title, layout: Layout, masthead, decree, text: str) -> str | None:
    """An issuer when neither title, signature nor fields name one, in order of trust: an issuing-body line,
    a joint 文头 over the 文号, a bulletin's masthead, a 令's issuer, the adopting 人大 body, the front matter,
    a 印发 line."""
    return (_without_province(_issuing_body_line(layout, title), title) or _bodies_over_number(layout)
            or (masthead[0] if masthead else None) or (_placed(decree[1], title) if decree else None)
            or adopting_body(text[:_HEAD_CHARS]) or _front_issuer(layout) or _printed_by(text) or _own_rules_issuer(title)
            or _yearly_issuer(title) or _source_office(layout))


def _without_province(body: str | None, title: str | None) -> str | None:
    """安徽省淮南市人民政府 on a legal database's body line over 淮南市公园管理办法 (or over 关于印发吉安市…细则的通知):
    the database adds the province to the body of a place the title names; the issuer is the body as it names itself."""
    m = _PROVINCE.match(body) if body and title else None
    place = _PLACE.match(body[m.end():]) if m else None
    return body[m.end():] if place and place.group(1) in title else body


# 盐池县人民政府工作规则, 某市人民代表大会常务委员会议事规则: the rules a body gives its own working
_OWN_RULES = re.compile(r"^(?P<org>\p{Han}{3,30}?)(?:工作|议事)(?:规则|制度)$")


def _own_rules_issuer(title: str | None) -> str | None:
    """A body's rules of its own working, unsigned, are issued by the body the title opens on."""
    m = _OWN_RULES.match(title) if title else None
    return m.group("org") if m and ORG_END.search(m.group("org")) else None


# 湖里区人民政府2018年政府信息公开工作年度报告, 某县人民政府2021年工作要点: a body's account or plan of its own year
_YEARLY_OWN = re.compile(r"^(?P<org>\p{Han}{3,30}?)(?:19|20)\d{2}年(?:度)?")


def _yearly_issuer(title: str | None) -> str | None:
    """A body's yearly report or plan, unsigned, is issued by the body its title opens on, before the year, when
    the title names its place (区人民政府2024年工作计划 names no body that could be told from another). A place's
    yearly report on information disclosure is its government's, the place alone before the year
    (福州市晋安区2016年政府信息公开工作年度报告: 福州市晋安区人民政府)."""
    m = _YEARLY_OWN.match(title) if title and "关于" not in title else None
    if m and ORG_END.search(m.group("org")) and _PLACE.match(m.group("org")):
        return m.group("org")
    if m and _DISCLOSURE_REPORT.search(title, m.end()) and _WHOLE_PLACE.fullmatch(m.group("org")):
        return m.group("org") + "人民政府"
    return None


_DISCLOSURE_REPORT = re.compile(r"政府信息公开工作年度报告$")
_WHOLE_PLACE = re.compile(r"(?:\p{Han}{1,8}?[省市州盟])?\p{Han}{1,8}?[省市县区旗]")


def _unabbreviated(body: str | None, adopted: str | None) -> str | None:
    """河北省人大常委会 on a database's body line or in its 颁布单位 field, the adoption note naming
    河北省…人民代表大会常务委员会: the note's full name, when the line is its usual abbreviation."""
    if body and adopted and body.replace("人大常委会", "人民代表大会常务委员会") == adopted:
        return adopted
    return body


def _placed(issuer: str, title: str | None) -> str:
    """市人民政府令第124号 under 宁波市政府信息公开规定: a 令 printed without its place takes the place the
    title opens on, when that place ends at the level the issuer starts with."""
    m = _PLACE.match(title) if title and issuer[0] in _PLACE_DROPPED else None
    if m and m.group(1)[-1] == issuer[0] and len(m.group(1)) > 1:
        return m.group(1) + issuer[1:]
    return issuer


# …关于 / …印发《…》 / …转发 / …批转, and 某省人民政府贯彻国务院关于…的实施意见: the issuer stands before the first
_TITLE_VERB = re.compile(r"关于|(?:印发|转发|批转|贯彻)(?=[《〈“\p{Han}])")

# 寿县人民政府督查室           2022年8月19: a bulletin's masthead (政务督查 / 20期) prints the issuing office and
# the date on one line above the title, the date's 日 sometimes dropped at the line's end.
_ORG_THEN_DATE = re.compile(r"^(?P<org>\p{Han}{3,30})[ \t\u3000]++(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2})日?$")


# { 2017 6 23: a signature's date whose 年 / 月 / 日 were set in a font the page lost, the numbers left apart.


def _spaced_signature_date(layout: Layout) -> str | None:
    """The date under an issuing body's name (牟定县人民政府办公室 / （此件公开发布） / { 2017 6 23) when no
    signature was found: a line of year, month and day parted by blanks, one or two lines below the name."""
    lines = layout.lines
    for i in range(layout.front_end, min(len(lines), layout.front_end + 40)):
        s = lines[i].s
        m = spaced_date(s)
        if not m:
            continue
        above = [lines[k].s for k in range(max(0, i - 2), i) if not DISCLOSURE.search(lines[k].s)]
        if above and len(above[-1]) <= 40 and ORG_END.search(above[-1]):
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# 某某县人民政府办公室文件: the red head of a 下行文 names the issuing office in full
_RED_HEAD = re.compile(r"(?P<org>\p{Han}{4,40}?)[ \t\u3000]*+文件")


def _red_head(layout: Layout) -> str | None:
    """The office a 文头 line names; it spells out a signature that drops the place (县政府办公室)."""
    for i in range(min(layout.front_end, 6)):
        m = _RED_HEAD.fullmatch(layout.lines[i].s.strip())
        if m and ORG_END.search(m.group("org")):
            return m.group("org")
    return None


def _bodies_over_number(layout: Layout) -> str | None:
    """贵州省劳动和社会保障厅 / 贵州省财政厅 / 黔劳社厅发[2006]20号: a joint 文头 printed without 文件, one body a
    line right above the 文号 line, names the issuers of a notice that has no signature."""
    lines = layout.lines
    for i in range(1, min(layout.front_end, 8)):
        found = layout.roles.doc_number(i)
        if not found or found[0] != 0 or found[1] != len(lines[i].s):
            continue
        orgs = []
        for k in range(i - 1, -1, -1):
            if not _org_names(lines[k].s) or doc_type_of(lines[k].s):
                break
            orgs.insert(0, lines[k].s)
        return "、".join(orgs) or None
    return None


# 关于印发蔡甸区…的通知 signed 区人民政府办公室: the district the title opens on is the signer's; a two-character name
# before 区 / 县 right after 关于 (印发 / 转发) or 《, not a kind of zone (开发区, 示范区, 保护区 …)
_TITLE_PLACE = re.compile(r"(?:关于(?:印发|转发)?|《)(?P<place>(?:\p{Han}{2,3}[省市])?\p{Han}{2}[区县])")
_ZONE_KINDS = ("发区", "范区", "验区", "护区", "贸区", "园区", "景区", "片区", "城区", "社区", "辖区", "山区", "校区",
               "库区", "街区", "市区", "新区", "矿区", "牧区", "湾区", "港区", "综区", "核区", "管区", "商区", "农区", "灾区")


def _title_place(title: str | None, issuer: str | None) -> str | None:
    """The full name of a signer that starts at its level (区人民政府办公室), from the place the title opens on."""
    if not title or not issuer or issuer[0] not in "区县":
        return None
    m = _TITLE_PLACE.search(title)
    place = m.group("place") if m else ""
    if not place or place[-1] != issuer[0] or place.endswith(_ZONE_KINDS):
        return None
    return place + issuer[1:]


def _masthead(layout: Layout) -> tuple[str, str] | None:
    for i in range(layout.front_end):
        m = _ORG_THEN_DATE.match(layout.lines[i].s)
        org = m.group("org") if m else ""
        if m and (ORG_END.search(org) or org.endswith("室")) and not doc_type_of(org):
            date = parse_date(m.group("date") + "日")
            if date:
                return org, date
    return None


def _entry_date(layout: Layout) -> str | None:
    """1990年3月10日，铁道部 in the head of a legal database entry: the date it was issued."""
    for i in range(layout.front_end):
        m = _DATE_THEN_ORG.match(layout.lines[i].s)
        if m and _org_names(m.group("org")):
            return parse_date(m.group("date"))
    return None


# 2013年1月30日附件金属…制度为协调…: a page run together puts the signature's date before the attached document's
# 附件 label (its issuer glued on the line above); a date of record in a sentence never opens a line so.
_DATE_THEN_ANNEX = re.compile(r"^(" + DIGIT_DATE + r")[ \t\u3000]*+附[ \t\u3000]*+件")


def _date_over_annex(layout: Layout) -> str | None:
    """The signature's date glued before the attached document's 附件 label, when no signature block was found."""
    for i in range(layout.front_end, len(layout.lines)):
        s = layout.lines[i].s
        m = _DATE_THEN_ANNEX.match(s, 0, None, HOLD_GIL) if s.startswith(("19", "20")) else None
        if m:
            return parse_date(m.group(1))
    return None


_PLACE_DROPPED = "市省区县州镇乡"


def _abbreviates(short: str, full: str) -> bool:
    """市农业农村委 in the title, 天津市农业农村委员会 signing: a title naming the issuer without its place
    (starting at 市 / 省 / 区 …) abbreviates the name the signature gives in full."""
    if short[0] not in _PLACE_DROPPED or full.startswith(short[0]) or len(full) < len(short) + 2:
        return False
    return _keeps_in_order(short, full)


def _keeps_in_order(short: str, full: str) -> bool:
    """Does the short name keep only characters of the full one, in its order (建委 in 城乡规划建设管理委员会)?"""
    rest = iter(full)
    return all(ch in rest for ch in short)


def _shortened(issuer: str, full: str) -> bool:
    """区人民政府办公室 signing, 发文机关：武汉市蔡甸区人民政府办公室 on the page: the signature dropped the
    place the page's field names, and may shorten the rest (市卫健委 for 某某市卫生健康委员会)."""
    if issuer[0] not in _PLACE_DROPPED or len(full) <= len(issuer):
        return False
    if full.endswith(issuer):
        return True
    # 县人民政府 signing and 某某县人民政府办公室 posting are two bodies (the government and its office)
    return _abbreviates(issuer, full) and full.endswith(("办公室", "办公厅")) == issuer.endswith(("办公室", "办公厅", "办"))


def _signing_orgs(lines, first: int, date_i: int) -> list[str]:
    """The issuer lines above a signature's date, or the issuer before the date on its own line; a
    download link (附件1.docx), a signing official (市长 某某 is dropped later) and a seal note
    (（某某局代章）) are no part of them."""
    if first == date_i:
        m = SIGNED_LINE.fullmatch(lines[date_i].s)
        found = [m.group("org")] if m else _label_over_signer(lines, date_i)
    else:
        found = [lines[k].s for k in range(first, date_i) if not _FILE_LINK.search(lines[k].s)]
        m = SIGNED_LINE.fullmatch(lines[date_i].s)
        if m:
            found.append(m.group("org"))  # 济南市工业和信息化局 / 济南市公安局 … 2022年3月10日: the last bodies sign with the date
    orgs = [_SIGNER_AFTER_BODY.sub("", SEAL_NOTE.sub("", o)).strip() for o in found]
    return [o for o in orgs if o and not SEAL_CAPTION.match(o)]


# 附件：河北省人力资源和社会保障厅 / 2023年8月9日 (xa_01): a page that dropped the attachment list's names (its links) glued
# the bare label onto the signer's line; a body's name and nothing else after the label, right above the signed date,
# is who signs, no attachment
# (bodies glued one after the other may follow the label: 附件：河北省人力资源和社会保障厅河北省科学技术厅…, xa_02; the
# run is parted later as any glued signers are). 附件：工伤保险内部控制检查评价表人力资源社会保障部办公厅（略） / 2018年4月9日
# (xa_06): the label keeps the attachment's name, the signer glued after its last document word, then the page's （略）
_LABEL_THEN_BODY = re.compile(
    r"附[ \t\u3000]*+件[ \t\u3000]*+[：:][ \t\u3000]*+(?P<org>\p{Han}{4,80})(?:[（(]略[）)])?")
# the words an attachment's name closes on (_DOCUMENT_WORDS), not inside a body's name (代表大会, 标准化研究院)
_NAME_CLOSES = re.compile(_DOCUMENT_WORDS.replace("表", "(?<!代)表", 1).replace("标准", "标准(?!化)", 1))
_GLUED_SIGNER_MIN = 6  # 河北省财政厅: a shorter tail is a word's end, not a body


def _label_over_signer(lines, date_i: int) -> list[str]:
    """[the body] when the line above the date is an attachment label glued to a body's name, else []."""
    named = _label_name_and_signer(lines[date_i - 1].s) if date_i > 0 and "附" in lines[date_i - 1].s[:2] else None
    return [named[1]] if named else []


def _label_name_and_signer(s: str) -> tuple[str, str] | None:
    """附件：<body> -> ('', body); 附件：<name><body> -> (name, body), the body after the name's last document word;
    None when the line is no such label or no body closes it."""
    m = _LABEL_THEN_BODY.fullmatch(s)
    if m is None or not ORG_END.search(m.group("org")):
        return None
    org = m.group("org")
    last = None
    for last in _NAME_CLOSES.finditer(org):
        pass
    if last is None:
        return "", org
    body = org[last.end():]
    if len(body) < _GLUED_SIGNER_MIN or not ORG_END.search(body):
        return None
    return org[:last.end()], body


def _issuing_body_line(layout: Layout, title: str | None) -> str | None:
    """A legal database prints the issuing body on a line of its own between two copies of the
    title (…的通知 / 财政部 国家发展和改革委员会 工业和信息化部 / …的通知), or after the date
    (1990年3月10日，铁道部)."""
    lines = layout.lines
    want = _key(title) if title else None
    for i in range(1, layout.front_end):
        s = lines[i].s
        near_title = want is not None and want in (_layout_key(layout, lines[i - 1].s),
                                                   _layout_key(layout, lines[i + 1].s if i + 1 < len(lines) else ""))
        if near_title and _org_names(s):
            return s
        m = _DATE_THEN_ORG.match(s)
        if m and _org_names(m.group("org")):
            return m.group("org")
    return None


# 1990年3月10日，铁道部: the date of a legal database entry, then the body that issued it.
_DATE_THEN_ORG = re.compile(r"^(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[，,、\s]++(?P<org>\p{Han}[\p{Han} \u3000]{1,80})$")


def _org_names(s: str) -> bool:
    """财政部 / 财政部 国家发展和改革委员会: one or several issuing bodies and nothing else."""
    parts = [p for p in _SPACE_RUN.split(s) if p]
    return bool(parts) and len(s) <= 80 and all(len(p) <= 30 and ORG_END.search(p) for p in parts)


_PLACE = re.compile(r"^(?:中共)?(\p{Han}{1,8}?[省市县区州盟旗])")


# the longest run of glued bodies parted: nine provincial bodies signing together (河北省科学技术厅中共河北省委组织部…河北省
# 工商行政管理局, vt_10, 88 characters) run past 80; a dozen such names stay within it
_GLUED_BODIES_MAX = 200
# past 80 characters a run is parted only where every piece is one body's length: a run mixing bodies of the place with
# bodies of none (…乡村振兴局中国人民银行石家庄中心支行中国农业银行股份有限公司河北省分行, vc_02) would be parted inside a
# name (…有限公司 / 河北省分行), and is left whole as before
_GLUED_BODIES_CHECKED = 80
_ONE_BODY_MAX = 24


def _glued_bodies(s: str, place: str | None = None) -> list[str]:
    """某某市财政局某某市教育局 -> [某某市财政局, 某某市教育局]: a body's name ends where the place that opens the
    first name (某某市, after 中共) opens the next one (a signature block gives the place its first body opens on)."""
    m = _PLACE.match(s)
    if not (m or place) or len(s) > _GLUED_BODIES_MAX:
        return [s]
    place, parts, start = place or m.group(1), [], 0
    provinces = "省" in s or "自治区" in s  # _PROVINCE closes on one: a name holding neither is not tried at each k
    national = "国家" in s or "中国" in s  # the same for a national body's branch glued after the place's bodies
    for k in range(len(place), len(s)):
        opens = (s.startswith(place, k) or s.startswith(("中共" + place, "共青团" + place), k)
                 or provinces and _provincial(s, k, place)
                 or national and _national_branch_opens(s, k, place))
        if opens and ORG_END.search(s[start:k]) and not _branch_of_national_body(s, start, k):
            parts.append(s[start:k])
            start = k
    parts.append(s[start:])
    if len(s) > _GLUED_BODIES_CHECKED and any(len(p) > _ONE_BODY_MAX for p in parts):
        return [s]  # a long run with a piece still holding bodies of no place (…有限公司 / 河北省分行): left whole, unparted
    return parts


# 国家税务总局上海市税务局, 国家金融监督管理总局上海监管局, 中国人民银行上海市分行 (wj_03's second signature line): a
# nationally run body's branch is named by the national body, then the place, then the branch's own word
# (the national body's own last word, not a branch's: 中国人民银行石家庄中心支行 before 河北省市场监管局 is two bodies, vj_02)
_NATIONAL_HEAD = re.compile(r"(?<![^\s、，,])(?:国家|中国)\p{Han}{1,10}?(?:总局|总署|银行|管理局|统计局|委员会)$")
_BRANCH_AFTER = re.compile(
    r"\p{Han}{2,8}?(?:税务局|(?<!市场)监管局|监管分局|分局|分行|支行|调查总队|调查队)(?!\p{Han}{0,3}(?:局|厅|委|办))")


def _branch_of_national_body(s: str, start: int, k: int) -> bool:
    """Whether s[start:k] closes on a national body (with no place in its name) that heads the name of its branch at k
    — the national body opening the line or, parted from the bodies before it, the piece (国家税务总局 in
    河北省财政厅国家税务总局河北省税务局)."""
    if _BRANCH_AFTER.match(s, k, None, HOLD_GIL) is None:
        return False
    return _NATIONAL_HEAD.search(s, start, k, HOLD_GIL) is not None or _NATIONAL_NAME.fullmatch(s, start, k) is not None


# 河北省人力资源和社会保障厅河北省财政厅国家税务总局河北省税务局 (ww_06's joint signature, glued on one line): the branch of a
# nationally run body signing beside the place's own bodies opens at its national head when the place follows the head
_NATIONAL_NAME = re.compile(r"(?:国家|中国)\p{Han}{1,10}?(?:总局|总署|银行|管理局|统计局)")


def _national_branch_opens(s: str, k: int, place: str) -> bool:
    """Whether a national body's name opens at k and the place (河北省) follows it: the branch 国家税务总局河北省税务局 starts
    there."""
    if not s.startswith(("国家", "中国"), k):
        return False
    m = _NATIONAL_NAME.match(s, k)
    return m is not None and s.startswith(place, m.end()) and _BRANCH_AFTER.match(s, m.end(), None, HOLD_GIL) is not None


# 酒泉市人民政府甘肃省酒泉市人民检察院: the next body may name the province above the place the first opens on
_PROVINCE = re.compile(r"\p{Han}{2,3}?(?:省|自治区)")


def _provincial(s: str, k: int, place: str) -> bool:
    m = _PROVINCE.match(s, k)
    return m is not None and s.startswith(place, m.end())


def _split_signers(orgs: list[str]) -> list[str]:
    """某县人社局某县财政局 / 某县信用联社某县妇联 / 共青团某县委员会邮政储蓄银行某县支行: a joint signature printing two
    bodies a line, glued. Each line is parted where the place that opens the first body opens the next one; a
    line with no such repeat, where the place (or its short form, 某某县 for 某某自治县) stands within the first
    few characters of the rest: the rest is a body of that place too."""
    m = _PLACE.match(orgs[0]) if len(orgs) > 1 else None
    if not m:
        return orgs
    place = m.group(1)
    out: list[str] = []
    for o in (p for line in orgs for p in _bodies_on_line(line)):
        parts = _glued_bodies(o, place)
        out.extend(parts if len(parts) > 1 else _place_inside(o, place))
    return out


def _bodies_on_line(line: str) -> list[str]:
    """某市卫生健康委员会 某市财政局: bodies a signature line parts by blanks (a line with a signing official's
    name, 市长 某某, stays whole)."""
    parts = [p for p in _SPACE_RUN.split(line) if p]
    return parts if all(ORG_END.search(p) for p in parts) else [line]


def _place_inside(s: str, place: str) -> list[str]:
    short = place.replace("自治", "")
    for k in range(4, len(s) - 4):
        rest = s[k:]
        at = min((i for i in (rest.find(place), rest.find(short)) if i >= 0), default=-1)
        if 0 < at <= 6 and ORG_END.search(s[:k]) and not ORG_END.search(rest[:at]) and place in s[:k]:
            return [s[:k], rest]
    return [s]


def _front_issuer(layout: Layout) -> str | None:
    """A plan's cover: title, （草案）, the issuing body on a line of its own, then the date
    (北京市规划和自然资源委员会 / 2021 年 9 月)."""
    lines = layout.lines
    for i in range(1, min(layout.front_end, 8)):
        s = lines[i].s
        nxt = lines[i + 1].s if i + 1 < len(lines) else ""
        if len(s) <= 30 and ORG_END.search(s) and _title_fragment_ok(s) and DATE_START.match(nxt):
            return s
    return None


# 伊犁哈萨克自治州人民政府办公厅, 丽水市政府, 某县人民政府办公室: a place's government or its general office
_PLACE_GOVERNMENT = re.compile(r"^\p{Han}{1,12}?[省市县区州旗盟](?:人民)?政府(?:办公厅|办公室)?$")


def _source_office(layout: Layout) -> str | None:
    """发布日期：2025-06-19 来源：伊犁哈萨克自治州人民政府办公厅: a government page's 来源 field naming a place's government
    or its general office (not a site, 来源：某某网, nor a bare 办公室) names the body that put the notice out; the last
    resort when nothing else names an issuer, and only for a notice addressed to someone (a news story or a table the
    office posted is not its document)."""
    if layout.addressee is None:
        return None
    for i in range(layout.front_end):
        m = _SOURCE_BODY.search(layout.lines[i].s)
        if m and _PLACE_GOVERNMENT.match(m.group(1)):
            return m.group(1)
    return None


# 市人民政府关于…的实施方案 / 来自：襄阳市政府门户网站: a copy whose title names its issuer by level only (市人民政府), the
# place it is of given by the page's source line: the government, or the government's portal, of that place
_BARE_GOVERNMENT = re.compile(r"^([省市县区州])人民政府(?:办公厅|办公室)?$")
_SOURCE_PLACE = re.compile(r"(?:来源|来自)[ \t\u3000]*+[：:][ \t\u3000]*+(\p{Han}{1,10}?)([省市县区州])(?:人民)?政府")


def _placed_by_source(issuer: str | None, layout: Layout) -> str | None:
    """A bare 市人民政府 completed with the place the page's 来源 / 来自 line names at the same level."""
    m = _BARE_GOVERNMENT.match(issuer or "")
    if m is None:
        return issuer
    for i in range(min(layout.front_end + 2, len(layout.lines))):
        source = _SOURCE_PLACE.search(layout.lines[i].s)
        if source and source.group(2) == m.group(1):
            return source.group(1) + issuer
    return issuer


def _printed_by(text: str) -> str | None:
    """The 版记 line at the end (山东省人民政府办公厅2020年12月10日印发) names the issuing office."""
    found = None
    tail = max(0, len(text) - _IMPRINT_REACH)
    if text.find("印发", tail) < 0:
        return None  # every PRINTED_BY match closes on 印发 (as in _printed_date)
    for m in PRINTED_BY.finditer(text, tail):
        found = m.group("org").strip()
    return found if found and ORG_END.search(found) else None


_IMPRINT_REACH = 600  # the 版记 stands in the text's last characters


def _printed_date(text: str) -> str | None:
    """A notice that prints no date under its signature (a 通告 reposted without it) is dated by its 版记
    (某某县人民政府办公室2017年5月27日印发), when the 版记 is there to read and gives the day."""
    found = None
    tail = max(0, len(text) - _IMPRINT_REACH)
    if text.find("印发", tail) >= 0:  # every PRINTED_BY match closes on 印发: the tail is tested, not the whole text
        for m in PRINTED_BY.finditer(text, tail):
            found = m.group(0)[m.end("org") - m.start():]
    return parse_date(found) if found else None


def _bare_digit_signature(layout: Layout) -> tuple[str, str | None] | None:
    """(signing body, date) of 垫江县人民政府 / 2024830 (uk_02): the signature's date with its 年月日 lost on the line
    under the body; the date only when the digits split one way only into a month and a day."""
    lines = layout.lines
    for i in range(max(1, layout.front_end), len(lines)):
        s = lines[i].s
        if len(s) > 16 or not s.rstrip()[-1:].isdigit():
            continue  # the digits alone on a short line: most lines are rejected by these two tests, no regex run
        m = BARE_DIGIT_DATE.match(s, 0, None, HOLD_GIL)
        if m and ORG_END.search(body := lines[i - 1].s.strip()):
            return body, _one_month_and_day(int(m.group(1)), m.group(2))
    return None


def _bare_digit_signature_date(layout: Layout) -> str | None:
    """The date of a bare-digit signature, when nothing else dates the notice."""
    signed = _bare_digit_signature(layout)
    return signed[1] if signed else None


# 源城区人民政府办公室 / 2016520 (uq_01): a body-only page whose signature's date lost its 年月日 is signed by the body
# above the digits, when that line is a name alone (no sentence mark, no longer than a joint signature)
_SIGNER_ALONE = re.compile(r"^\p{Han}[\p{Han}（）() \t\u3000]{2,39}$")


def _bare_digit_signer(layout: Layout) -> str | None:
    signed = _bare_digit_signature(layout)
    if signed and signed[1] and _SIGNER_ALONE.match(signed[0]):
        return signed[0]
    return None


def _date_then_issuer(layout: Layout) -> str | None:
    """二〇〇四年六月一日省安委办 on the line after the notice's last sentence (up_09): the date a transmitted 方案 was
    signed, its drafting body written after it, when nothing else dates the notice."""
    lines = layout.lines
    for i in range(max(1, layout.front_end), len(lines)):
        if "日" not in lines[i].s:
            continue  # (asked inline: no call for most lines)
        m = date_then_issuer(lines, i)  # (layout's reading, which signs the notice there too)
        if m is not None:
            return parse_date(m.group("date"))
    return None


def _one_month_and_day(year: int, digits: str) -> str | None:
    """830 -> 08-30; 111 (1-11 or 11-1) -> None: the date only when one split of the digits is a real day."""
    days = set()
    for k in (1, 2):
        month, day = digits[:k], digits[k:]
        if not day or len(day) > 2 or (k == 1 and month == "0") or (len(day) == 1 and day == "0"):
            continue
        try:
            days.add(datetime.date(year, int(month), int(day)).isoformat())
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


_DEPARTMENT_GOES_ON = re.compile(r"[部局厅委](?=\p{Han})")  # 财政部税务总局: a department's last word with more after it


@cache
def _standalone_bodies() -> frozenset[str]:
    """The names (canonical and aliases) of units.tsv's national and provincial departments: 财政部, 科学技术部,
    省财政厅. Such a name is a body of its own wherever it stands, with no place before it to tell where it opens."""
    names: set[str] = set()
    for row in lexicons.rows("units.tsv"):
        if len(row) > 3 and row[2] in ("国家", "省") and row[3] in ("government", "party"):
            names.update(name for name in (row[0], *row[1].split("|")) if len(name) >= 3)
    return frozenset(names)


def _lexicon_bodies(s: str) -> list[str]:
    """财政部税务总局科技部, 省财政厅省科技厅: joint issuers stored without the blanks that parted them, each a department
    the units lexicon names (no place repeats to part them at). Parted only when such names cover the whole string."""
    if len(s) > 80 or not _DEPARTMENT_GOES_ON.search(s):
        return [s]  # most issuers are one body, its department word last: the lexicon is not loaded for them
    names = _standalone_bodies()
    cover: dict[int, list[str]] = {len(s): []}  # cover[i]: the names that make up s[i:], longest first
    for i in range(len(s) - 3, -1, -1):
        j = next((j for j in range(len(s), i + 2, -1) if j in cover and s[i:j] in names), None)
        if j is not None:
            cover[i] = [s[i:j], *cover[j]]
    parts = cover.get(0, [s])
    return parts if len(parts) > 1 else [s]


# 人力资源社会保障部办公厅财政部办公厅 (wt_05), 中共中央办公厅国务院办公厅: the general offices of several bodies signing
# together, glued with no place to part them at; each name ends on 办公厅, so two or more such names cover the whole run
_GENERAL_OFFICE = re.compile(r"\p{Han}{2,12}?办公厅")
_GENERAL_OFFICES = re.compile(r"(?:\p{Han}{2,12}?办公厅){2,8}")


def _general_offices(s: str) -> list[str]:
    """某某部办公厅某某部办公厅 -> [某某部办公厅, 某某部办公厅]; any other name whole."""
    if s.count("办公厅") < 2 or not _GENERAL_OFFICES.fullmatch(s):
        return [s]
    return _GENERAL_OFFICE.findall(s)


def joint_issuers(issuer: str) -> str:
    """广州市民政局  广州市财政局 -> 广州市民政局、广州市财政局: joint issuers set apart by spaces, or glued
    in a title (中共岳阳市委办公室岳阳市人民政府办公室印发…)."""
    parts = [p for p in _SPACE_RUN.split(issuer) if p]
    if len(parts) == 1:
        parts = _glued_bodies(issuer)
    if len(parts) == 1:
        parts = _lexicon_bodies(issuer)
    if len(parts) == 1 and "司" in issuer and _MINISTRY_OFFICES.fullmatch(issuer):
        parts = _MINISTRY_OFFICE.findall(issuer)
    if len(parts) == 1:
        parts = _general_offices(issuer)
    if len(parts) > 1 and all(ORG_END.search(p) for p in parts):
        parts = _without_own_divisions(parts)
        return "、".join(parts)
    return issuer


# 河北省人力资源和社会保障厅工伤保险处 / 河北省人力资源和社会保障厅 (wt_11): the division (…处, …科) that drafted the notice
# signing above its own body: the body issues it, the division is no second issuer
_OWN_DIVISION = re.compile(r"\p{Han}{2,10}?[处科]")


def _without_own_divisions(parts: list[str]) -> list[str]:
    kept = [p for p in parts if not any(q != p and p.startswith(q) and _OWN_DIVISION.fullmatch(p, len(q)) for q in parts)]
    return kept or parts


# 财政部经济建设司住房城乡建设部城市建设司水利部规划计划司 (us_07): the 司 of several ministries signing together, glued;
# each office is its ministry (…部) and the office's name (…司), so two or more such pairs cover the whole run
_MINISTRY_OFFICE = re.compile(r"\p{Han}{2,10}?部\p{Han}{2,8}?司")
_MINISTRY_OFFICES = re.compile(r"(?:\p{Han}{2,10}?部\p{Han}{2,8}?司){2,4}")


def _read_title(layout: Layout, labels: dict[str, str], html_meta: dict[str, str]) -> str | None:
    title = _labelled(labels, "title") or html_meta.get("title") or None
    title = _TITLE_TAG.sub("", _without_own_number(title)) if title else None  # 名称：【保基本民生】某某…的通知
    if title and not doc_type_of(title):
        title = _find_title(layout) or (None if _site_name(title) else title)
    if title:
        body = _find_title(layout)
        if body and body != title and (_fuller_title(title, body) or _bare_place_before(title, body)):
            return body
    # …若干措施的通知 / （苏政办发〔2025〕2号）: the 文号 on a line of its own below the title's lines, in brackets, is
    # read as the 文号, as it is when it closes a page's title field
    title = title or _find_title(layout)
    title = _without_own_number(title) if title else None
    if title and "关于" not in title:
        return _title_above_addressee(layout) or _notice_issuing(layout, title) or title
    return title


def _notice_issuing(layout: Layout, title: str) -> str | None:
    """周口市规范性档案管理规定 / 第十一条 第二十一条 / 周口市人民政府通知 / 周口市人民政府关于印发周口市规范性档案管理规定的
    通知: a page headed by the name of the rules a notice issues (or by news of them); the notice's own title
    block, one line or two, stands a few lines below (before any signature) and issues that name."""
    lines = layout.lines
    stop = min([len(lines) - 1, layout.front_end + _LATE_REACH] + [first for first, _ in layout.signatures[:1]])
    for i in range(stop):
        s = lines[i].s
        if "关于" not in s or len(s) > 120 or layout.roles.prose(i):
            continue
        if not doc_type_of(s) and _title_goes_on(s, lines[i + 1].s):
            s += lines[i + 1].s  # 国家发展改革委关于印发促进 / 中部地区崛起“十三五”规划的通知
        if _names_issued(s, title):
            return s
    return None


def _names_issued(notice: str, heading: str) -> bool:
    """The heading names what the notice issues: the name itself, or a news heading ending with it
    (发改委发布促进中部地区崛起“十三五”规划 over 国家发展改革委关于印发促进中部地区崛起“十三五”规划的通知). A legal
    database closes the name with the year of the version it holds (…管理规定(2005年) over 关于批转…管理规定的通知:
    us_02), which the notice's title does not print."""
    named = _issued_by_notice(notice) or _notice_object(notice, _TRANSMITTING_NOTICE_OPENER)
    issued = _key(named.strip("《》")) if named else ""
    if len(issued) < 6:
        return False
    name = _key(heading.strip("《》"))
    return name.endswith(issued) or _key(_without_version_year(heading).strip("《》")).endswith(issued)


# 关于批转《…规定》的通知: a government transmitting rules its department drew up (not a verb that hands down a plan of
# the issuer's own, so kept out of _HANDS_DOWN and the plan-title readers)
_TRANSMITTING_NOTICE_OPENER = re.compile(r"关于批转")
# …管理规定(2005年): the version year a legal database closes a document's name with
_VERSION_YEAR = re.compile(r"[（(](?:19|20)\d{2}年?[）)]$")


def _without_version_year(heading: str) -> str:
    """The heading less the version year closing it (_VERSION_YEAR) and the blanks before that. The blanks are
    passed back over by hand: a pattern opening on [ \t\u3000]*+ is entered at every blank of a run and reads the
    run to its end each time (quadratic: 48 s on a 100,000-blank heading)."""
    m = _VERSION_YEAR.search(heading)
    if m is None:
        return heading
    start = m.start()
    while start > 0 and heading[start - 1] in LINE_BLANKS:
        start -= 1
    return heading[:start] + heading[m.end():]


def _without_own_number(title: str) -> str:
    """<title>…就业重点工作的通知（人社厅发〔2017〕32号）</title>: a page's field or heading may close the title with
    the notice's own 文号 in brackets; the 文号 is read as such, it is no part of the title. A field opening with the
    文号 before the title (标题：盘政发〔2005〕30号 关于表彰…的决定) is read the same way."""
    title = _unwrapped_title(title)
    m = _TRAILING_BRACKETED.search(title)
    if m and (_number_after_title(title) or _whole_decree_number(m.group(1))) and doc_type_of(title[: m.start()]):
        return title[: m.start()].rstrip()
    return title


def _whole_decree_number(s: str) -> bool:
    """防范和处置非法集资条例（国务院令第737号）: the 令 number a regulation's heading closes with in brackets."""
    found = decree_number(s.strip())
    return found is not None and found[2] == 0 and found[3] == len(s.strip())


def _title_above_addressee(layout: Layout) -> str | None:
    """乌兰浩特市公文…规定、格式细则 / 乌政办发〔2013〕11号 / 某某办公室关于 / 印发《…》和《…》的通知 / 各镇人民政府…：
    a page headed by the name of what the notice issues: the notice's own title is the block of one to three lines
    right above its 主送 line (or above the 文号 line over it), read as one when it opens a subject with 关于."""
    at = layout.addressee
    if at is None or at > layout.front_end + 1:
        return None
    lines = layout.lines
    block, j = "", at - 1
    while j >= 0 and at - j <= 3:
        s = lines[j].s
        if DOC_NUMBER.fullmatch(s) or layout.roles.date(j) or layout.roles.label(j) or layout.roles.prose(j) or len(s) > 150 or any(ch in s for ch in "：:|"):
            break
        block, j = s + block, j - 1
        if "关于" in s:
            break
    return block if "关于" in block and doc_type_of(block) and not block.startswith("关于") else None


def _fuller_title(title: str, body: str) -> bool:
    """The notice's own title in the text names more than the page's: <title>关于加强管理的通知_…</title> over
    某某市人民政府关于加强管理的通知 (the page dropped the issuer), 标题：某某市防汛工作方案 over 某某市人民政府
    办公室关于印发某某市防汛工作方案的通知 (the page named what the notice issues, not the notice)."""
    if title.startswith("关于"):
        return _key(body).endswith(_key(title)) and ORG_END.search(body[:len(body) - len(title)]) is not None
    return doc_type_of(body) == "通知" and _ISSUING_TITLE.search(body) is not None and _key(title) in _key(body)


_ISSUING_TITLE = re.compile(r"印发|转发|批转|发布|公布")


def _issues(notice: str, name: str) -> bool:
    """关于印发《某县2018年沪遵劳务协作项目补贴实施方案》的通知 issues 某县2018年胡遵劳务协作项目补贴实施方案: the
    name a page gives (retyped, one character off at most) is the one the notice prints in 《》."""
    named = _issued_by_notice(notice)
    issued, want = (_key(named.strip("《》")), _key(name)) if named else ("", "")
    if doc_type_of(notice) != "通知" or len(issued) != len(want) or len(want) < 6:
        return False
    return sum(a != b for a, b in zip(issued, want)) <= 1


_SITE_WORDS = ("网", "网站", "门户", "信息公开", "首页", "政务公开")


def _site_name(title: str) -> bool:
    """某某县人民政府 / 某某市政府信息公开 as a page's <title>: the site's name, never the notice's title."""
    if "关于" in title:
        return False
    return title.endswith(_SITE_WORDS) or ORG_END.search(title) is not None and len(title) <= 30


def _promulgated(title: str | None, plan_title: str | None) -> str | None:
    """A promulgation header (…常务委员会公告（第38号）, …令) stands before the real title: the
    document it promulgates is the one its sentence names (《…条例》已由…通过，现予公布). A 公告 whose title names its
    subject (吉林省地方税务局关于发布…办法的公告, va_02) is a notice with a title of its own, no such header."""
    if (title and plan_title and "关于" not in title and PROMULGATION.match(title + "（第1号）")
            and doc_type_of(title) in ("公告", "令")):
        return plan_title.strip("《》")
    # …商务部令（第20号）电子招标投标办法: a page's heading glueing the header, its number and the rules' name
    m = PROMULGATION.match(title) if title and plan_title else None
    if m and _key(title[m.end():]) == _key(plan_title.strip("《》")):
        return plan_title.strip("《》")
    return title


# 关于…的通知 财农〔2020〕10号 2020年3月24日 发布机关:财政部 农业农村部 |: a library's record line, the title followed
# by the 文号, the date and the issuing bodies; without the date and what follows it, the title and its 文号 remain
_RECORD_TAIL = re.compile(
    r"(?<=号)[ \t\u3000]++" + DIGIT_DATE + r"(?:[ \t\u3000]++(?:发布机关|发文机关|发布部门)[：:][^\n]*)?$"
)
# 牟政办发〔201746: a 文号 line whose closing bracket and 号 the page lost (the year's four digits run into the number).
_UNCLOSED_NUMBER = re.compile(r"^([\p{Han}]{1,12})[ \t\u3000]*+[〔\[［【]((?:19|20)\d{2})(\d{1,4})$")


def _front_doc_number(layout: Layout, front_at: list[int]) -> str | None:
    """The 文号 of the front matter (its lines `front_at`): a line that is one, or follows the title on its line."""
    front = [layout.lines[i].s for i in front_at]
    for i, s in zip(front_at, front):
        number = _front_line_number(layout, i, s)
        if number:
            return number
    return next((n for n in map(_number_after_title, front) if n), None) or next(
        (n for n in map(_number_after_book, front) if n), None
    )


def _front_line_number(layout: Layout, i: int, s: str) -> str | None:
    """The 文号 front line i (text s) is, or names after the title on it."""
    m = _UNCLOSED_NUMBER.match(s)
    if m and _ISSUER_CODE_END.search(m.group(1)):
        return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    # the record's tail follows a 号: a line without one is the line itself, already asked
    glued = _title_then_number(s) or ("号" in s and _title_then_number(_RECORD_TAIL.sub("", s, 1)))
    if glued:
        return glued[1]
    found = layout.roles.doc_number(i) if len(s) <= 60 else None
    if found and found[0] <= 6 and _number_ends_line(s, found[1]) and not layout.roles.label(i):
        return normalise_doc_number(s[found[0]:found[1]])
    return None


def _number_ends_line(s: str, end: int) -> bool:
    """The 文号 ending at `end` ends its line, or is followed by 签发人：… (GB/T 9704 上行文) or a glued title."""
    return len(s) <= end + 6 or "签发人" in s[end:] or _glued_title(s[end:])


def _number_after_book(s: str) -> str | None:
    """转发《关于进一步加强…的意见》县发[2007]11号: a page heading naming the document in 《》 with its 文号 after the
    closing 》 and nothing else."""
    close = s.rfind("》")
    opening = s.rfind("《", 0, close)
    rest = s[close + 1:].strip(" \t\u3000") if close > 0 else ""
    found = find_doc_number(rest) if rest and opening >= 0 else None
    if not found or found[0] != 0 or found[1] != len(rest) or not doc_type_of(s[opening + 1 : close]):
        return None
    return normalise_doc_number(rest)


_ISSUER_CODE_END = re.compile(r"[发字函办规令告通电]$")
_PARENTHESISED_END = re.compile(r"[（(]\s*([^（）()]{4,30})\s*[）)]\s*$")


def _number_after_title(s: str) -> str | None:
    """…若干措施的通知（桂政办发〔2021〕106号）: the 文号 in brackets closing the title line."""
    m = _PARENTHESISED_END.search(s)
    if not m or not doc_type_of(s[: m.start()]):
        return None
    found = find_doc_number(m.group(1))
    whole = found is not None and found[0] == 0 and found[1] >= len(m.group(1).rstrip())
    return normalise_doc_number(m.group(1)[: found[1]]) if whole else None


# 某省人民政府关于…的意见（皖政〔2001〕85号）各市、县人民政府，省政府各部门：为认真贯彻…: a page's summary line
# glues the title, its 文号 in brackets, the 主送 and the body's first words; where the notice's own 文号 and
# 主送 lines are not kept apart, this line is what names them
_BRACKETED_HEAD = re.compile(r"[ \t\u3000]*+[（(][ \t\u3000]*+([^（）()]{4,30}?)[ \t\u3000]*+[）)]")


def _glued_head(layout: Layout, title: str | None) -> tuple[str, list[str]] | None:
    """(文号, 主送) from a line that opens with the title followed by its 文号 in brackets."""
    if not title:
        return None
    for line in layout.lines[: layout.front_end + 2]:
        s = line.s
        if not s.startswith(title) or len(s) <= len(title):
            continue
        m = _BRACKETED_HEAD.match(s, len(title))
        found = find_doc_number(m.group(1)) if m else None
        if not found or found[0] != 0 or found[1] < len(m.group(1)):
            continue
        rest = s[m.end():]
        colon = min((k for k in (rest.find("："), rest.find(":")) if k >= 0), default=-1)
        head = rest[: colon + 1] if 0 < colon <= 150 else ""
        return normalise_doc_number(m.group(1)), split_addressees(head) if is_addressee(head) else []
    return None


_NUMBERED_NOTICE = re.compile(r"\p{Han}{2,30}第\s*\d{1,5}\s*号")


def _label_number(value: str) -> str | None:
    """【字号】某某市人大常委会公告第5号: a label's number written without 〔year〕 is kept as printed."""
    found = search_doc_number(value)
    if found:
        return found
    m = _NUMBERED_NOTICE.fullmatch(_SPACES.sub("", value))
    return m.group(0) if m else None


def _promulgation_number(text: str) -> str | None:
    """中华人民共和国国务院令第746号 / …常务委员会公告第38号, as the header writes it."""
    head = text[:_HEAD_CHARS]
    if "第" not in head or ("令" not in head and "公告" not in head):
        return None  # the pattern's words (第, 令 or 公告): a head without them is spared its scan of every line
    m = PROMULGATION.search(head)
    if not m or "\n" in m.group("issuer") or not _ISSUER_WORD.search(m.group("issuer")):
        return None
    return f"{_SPACES.sub('', m.group('issuer'))}{m.group('kind')}第{m.group('number')}号"


# 中华人民共和国主席令 / 第　八十　号 (vh_11): a law is promulgated by the President's order, numbered as the 令 of a body
_ISSUER_WORD = re.compile("(?:" + "|".join(ISSUER_ENDINGS) + "|主席)$")


def _read_doc_number(layout: Layout, labels: dict[str, str], html_meta: dict[str, str], decree, front_at: list[int]) -> str | None:
    doc_number = _labelled(labels, "doc_number")
    if doc_number:
        doc_number = _as_decree_prints_it(_label_number(doc_number), decree)
    if not doc_number and html_meta.get("doc_number"):
        doc_number = search_doc_number(html_meta["doc_number"])
    if not doc_number:
        doc_number = _front_doc_number(layout, front_at)
    if not doc_number and decree:
        doc_number = decree[0]
    if not doc_number:
        doc_number = _promulgation_number(layout.text)
    return doc_number


# 第116号 closing a 令's number
_DECREE_ORDINAL = re.compile(r"第\d{1,4}号$")


def _as_decree_prints_it(labelled: str | None, decree) -> str | None:
    """【发布文号】某自治区人民政府令2016年第116号 over the 令's own line 某自治区人民政府令 第116号 (ux_09): a legal
    database files the 令 under its year; the number is as the 令 prints it, when both end on the same 第…号."""
    if not (labelled and decree and decree[0]) or "令" not in labelled or labelled == decree[0]:
        return labelled
    mine, printed = _DECREE_ORDINAL.search(labelled), _DECREE_ORDINAL.search(decree[0])
    return decree[0] if mine and printed and mine.group() == printed.group() else labelled


def _from_title_issuer(doc_number: str | None, title: str | None) -> str | None:
    """法规国家税务总局公告2018年第58号 above 国家税务总局关于…的公告: a site's label glued before a 公告 number (…公告
    2018年第58号, which names its issuer in full) is no part of it; the number starts at the issuer the title names."""
    issuer = _title_issuer(title) if doc_number and "公告" in doc_number else None
    at = doc_number.find(issuer) if issuer else -1
    return doc_number[at:] if at > 0 and doc_number.startswith(issuer, at) and "公告" in doc_number[at:] else doc_number


def _dated_number(layout: Layout, front_at: list[int]) -> tuple[str | None, str] | None:
    """(date, 文号) a legal database records together: a front line holding only the two, or the bracket closing the
    title line (…的公告（2019年4月13日 财政部公告2019年第60号）), either first (（湖政办发〔2009〕58号 二○○九年五月五日）)."""
    for i in front_at:
        s = layout.lines[i].s
        if not may_pair_date_and_number(s):
            continue
        m = DATED_NUMBER.search(s) or NUMBER_THEN_DATE.search(s)
        if not m or (s[: m.start()].strip() and not (m.group(0)[0] in "（(" and doc_type_of(s[: m.start()]))):
            continue
        number = m.group("number")
        if find_doc_number(number) == (0, len(number)):
            return parse_date(m.group("date")), normalise_doc_number(number)
    return None


def _header_dates(layout: Layout, front_at: list[int]) -> list[str]:
    """The dates the front matter prints on lines of their own (two: issued, then published)."""
    roles = layout.roles
    dated = [i for i in front_at if (roles.iso_date(i) or roles.date(i)) and not _under_bare_label(layout, i)]
    return [d for d in (parse_date(roles.texts[i]) for i in dated) if d]


def _under_bare_label(layout: Layout, i: int) -> bool:
    """成文日期 / 2021-03-26: a date under a label alone on its line is that label's value (a page printing one line
    per label and one per value), read with the labels, not a date the header prints of its own."""
    if i == 0:
        return False
    pairs = layout.roles.fields(i - 1)
    return len(pairs) == 1 and not pairs[0][1]


def _date_under_number(layout: Layout, front_at: list[int]) -> str | None:
    """國函〔2022〕72號 / 2022年7月10日: a written date alone on the line under a 文号 line of the front matter
    dates the document (a library's or gazette's copy heads it so), as the signature would."""
    roles, front = layout.roles, set(front_at)
    for i in front_at:
        found = roles.doc_number(i)
        if found and i + 1 in front and roles.date(i + 1) and not roles.texts[i][:found[0]].strip() and not roles.texts[i][found[1]:].strip():
            return parse_date(roles.texts[i + 1])
    return None


def _read_issue_date(labels, html_meta, header_dates: list[str], signed: str | None) -> str | None:
    """成文日期: the signature's, else the page's field, else the first of two header dates, else the page's tags."""
    if signed:
        return signed
    v = _labelled(labels, "issue_date")
    date = parse_date(v) if v else (header_dates[0] if len(header_dates) >= 2 else None)
    if not date and html_meta.get("issue_date"):
        date = parse_date(html_meta["issue_date"])
    return date


def _read_publish_date(labels, html_meta, header_dates: list[str], front: list[str], signed: str | None = None) -> str | None:
    """发布日期: the page's field or tags, else the last header date, else a bare 日期 / 时间 field dating the page."""
    v = _labelled(labels, "publish_date")
    date = parse_date(v) if v else None
    if not date and html_meta.get("publish_date"):
        date = parse_date(html_meta["publish_date"]) or None
    if not date and signed:
        date = _stamped_issue_field(labels, signed)
    if not date and header_dates:
        date = header_dates[-1]
    return date or _front_line_publish_date(labels, front)


def _stamped_issue_field(labels, signed: str) -> str | None:
    """发文日期： 2021-09-03 15:17 (wy_01, a county page reposting a ministry's 函 signed 2021年8月6日): a date field
    stamped with its clock time, later than the date the text is signed with, is when the page posted it (on the day
    signed, as um_02's 发文日期 2020-10-10 19:48:26, it may be the record of the issue itself)."""
    v = _labelled(labels, "issue_date")
    if not v or not CLOCK_TIME.search(v):
        return None
    stamped = parse_date(v)
    return stamped if stamped and stamped > signed else None


def _front_line_publish_date(labels, front: list[str]) -> str | None:
    """A page's posting date printed in its front lines: a bare 日期 / 时间 field, a dated source line, a source then
    its date."""
    # a page that prints a 信息公开 field table (索引号…) is the issuing government's own: its bare 时间 is its
    # posting time (tf_10: • 索 引 号:… / … / 湖里区人民政府…年度报告 / 时间:2019-01-04 10:25), no copy's stamp
    indexed = _labelled(labels, "index_number") is not None
    date = next((parse_date(_WHITESPACE.sub("", m.group(1))) for i, s in enumerate(front)
                 if (m := _DATE_FIELD.search(s)) and (indexed or _dates_page(m, s, front[i + 1:i + 2]))), None)
    if not date:
        date = next((parse_date(m.group("date")) for s in front if (m := _DATED_SOURCE_LINE.match(s))), None)
    if not date:
        date = next((parse_date(m.group("date")) for s in front
                     if "来源" in s and (m := _SOURCE_THEN_DATE.match(s)) and ORG_END.search(m.group("body"))), None)
    return date




# 来源：岳阳市政府门户网 日期：2017-01-12 17:08 字号：【 / 时间：2023-07-11 17:01 信息来源：丽水市政府: a page's
# posting date printed as a bare 日期 / 时间 field; a page template may print a blank after each hyphen
# (• 日期: 2014- 07- 25 11: 20), which the date keeps out of its value.
_DATE_FIELD = re.compile(
    r"""(?:^|[ \t\u3000|｜])(?:日期|时间)[ \t\u3000]*+[：:][ \t\u3000]*+
        ((?:19|20)\d{2}(?:[-/.][ \t]?|年)\d{1,2}(?:[-/.][ \t]?|月)\d{1,2}日?)""", re.X)


# 2023-03-08 08:34 来源：驻马店网: a news page's byline, its posting date unlabelled before the source it names (a
# legal database labels the time it copied the text in, 时间：… 来源：…, which _DATE_FIELD weighs)
_DATED_SOURCE_LINE = re.compile(
    rf"""(?P<date>(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日))  # the posting date opening the line
        (?:[ \t\u3000]++{CLOCK_TIME_TEXT})?  # its time of day
        [ \t\u3000]++(?:信息)?来源[ \t\u3000]*+[：:]""", re.X)


# 来源:市财政局 2019-06-24 16:15 阅读人数:1 (first seen on us_09, a page dropped as a doubtful copy): a page's byline naming the body it comes from, then its posting
# date unlabelled (the body must be one: a legal database's 来源：法律资料网 is no dating body)
_SOURCE_THEN_DATE = re.compile(
    rf"""(?:信息)?来源[ \t\u3000]*+[：:][ \t\u3000]*+(?P<body>\p{{Han}}{{2,30}}+)
        [ \t\u3000]++(?P<date>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})  # the posting date after the body
        (?:[ \t\u3000]++{CLOCK_TIME_TEXT})?(?:[ \t\u3000]|$)""", re.X)


# 信息来源：丽水市政府 beside a bare 时间: the body the page comes from
_SOURCE_BODY = re.compile(r"来源[ \t\u3000]*+[：:][ \t\u3000]*+(\p{Han}{2,30})")
# 时间：2020-09-29 来源： (wu_11): the 来源 field left empty, closing the line, or followed only by a widget's label
# (时间：2019-05-29 09:18:00 来源：字体显示：, wy_05)
_EMPTY_SOURCE = re.compile(r"[ \t\u3000](?:信息)?来源[ \t\u3000]*+[：:](?:[ \t\u3000]*+\p{Han}{2,6}[：:])?$")
# • 发布：湖州卫生健康委 (wu_10): the page's publisher field on the line after its bare 时间
_PUBLISHER_FIELD = re.compile(r"[•·]?[ \t\u3000]*+(?:来源|发布)[ \t\u3000]*+[：:][ \t\u3000]*+(\p{Han}{2,30})")


def _dates_page(m: re.Match, line: str, after: list[str]) -> bool:
    """A bare 时间 dates the page only beside the body the page comes from (信息来源：某市政府), on its line or as the
    page's next field (• 时间：… / • 发布：湖州卫生健康委, wu_10), or beside the 来源 label its own template left empty
    (时间：2020-09-29 来源：, wu_11); a legal database or a document-sharing site prints the time it copied the text in
    and names itself (时间：… 来源：法律资料网, 时间：…作者：会员上传)."""
    if "日期" in m.group(0) or _EMPTY_SOURCE.search(line, m.end()):
        return True
    source = _SOURCE_BODY.search(line) or (_PUBLISHER_FIELD.match(after[0]) if after else None)
    return source is not None and ORG_END.search(source.group(1)) is not None



# um_05: 号： 003043524/202203-00218 信息分类：… opening the stored text: a page kept from inside its field table, its
# letter-spaced 索 引 号 cut to its last character; the value's shape (digits, a slash or dash, digits) tells the 索引号
# from a 文号 (某政办〔2022〕15号)
_CUT_INDEX_LABEL = re.compile(r"^号[ \t\u3000]*+[：:][ \t\u3000]*+(\S++)")
# …15号 性：有效: the same page's letter-spaced 有 效 性 cut to its last character, after the value before it
_CUT_VALIDITY_LABEL = re.compile(r"(?:^|[ \t\u3000])性[ \t\u3000]*+[：:][ \t\u3000]*+(\S++)")


def _read_index_number(labels, html_meta, layout: Layout, front_at: list[int]) -> str | None:
    index_number = _labelled(labels, "index_number")
    if index_number:
        m = INDEX_NUMBER.search(index_number)
        return _WHITESPACE.sub("", m.group(0)) if m else index_number.split()[0]
    if layout.lines and (m := _CUT_INDEX_LABEL.match(layout.lines[0].s)) and INDEX_NUMBER.fullmatch(m.group(1)):
        return m.group(1)
    for i in front_at:
        # • 755156513/2018-00300: a page listing its fields' values as bullets, their labels lost, heads it with the 索引号
        s = _BULLET.sub("", layout.lines[i].s, 1)
        if INDEX_NUMBER.fullmatch(s) and not layout.roles.iso_date(i):
            return s
    return html_meta.get("index_number", "").strip() or None


def _read_topic(labels, html_meta, front: list[str]) -> str | None:
    topic = _labelled(labels, "topic") or html_meta.get("topic") or None
    if topic:
        return topic
    for s in front:
        # • 水利、水务 (ug_11): a page listing its fields' values as bullets, their labels lost, as the 索引号 above
        s = _BULLET.sub("", s, 1) if s[:1] in "-•·" else s
        parts = [p for p in _TOPIC_SEPARATORS.split(s) if p]
        if parts and all(p in topics() for p in parts):
            return s
    return None


def _read_validity(labels, html_meta, front: list[str]) -> str | None:
    validity = _labelled(labels, "validity") or html_meta.get("validity") or None
    if validity:
        return validity
    # • 现行有效: the validity among a page's label-less field values listed as bullets (um_11)
    bare = next((v for s in front if (v := _BULLET.sub("", s, 1)) in VALIDITY_WORDS), None)
    return bare or next((m.group(1) for s in front if "性" in s and (m := _CUT_VALIDITY_LABEL.search(s))
                         and m.group(1) in VALIDITY_WORDS), None)


def _read_disclosure(layout: Layout, labels) -> str | None:
    for i in layout.meta_lines:
        d = DISCLOSURE.search(layout.lines[i].s)
        if d:
            return d.group(0)
    return (_labelled(labels, "disclosure") or _closing_label(layout, *field_labels("disclosure"))
            or _bracketed_disclosure_in_body(layout))


def _bracketed_disclosure_in_body(layout: Layout) -> str | None:
    """…2022年9月5日？？，（此件公开发布）？？咨询电话：… (vr_01): a copy that lost the line ends (and the blanks) around
    the signature glues the note to the date, where neither a meta line nor a signature is found; the note is still
    in its brackets. A note in running text (此件公开发布后…) is no field, so the bracket is asked for."""
    # where a signature was found, its note has a line of its own (a meta line); the glued note comes with a signature
    # lost in the same line (vr_01, tr_01), so only then is the text scanned (the notes sought all open with 此件)
    if layout.signatures or "此件" not in layout.text:
        return None
    for line in layout.lines[layout.front_end:]:
        s = line.s
        if "此件" not in s:
            continue
        d = DISCLOSURE.search(s)
        if d and d.start() and s[d.start() - 1] in "（(":
            return d.group(0)
    return None


def _closing_label(layout: Layout, *wanted: str) -> str | None:
    """A page field printed after the signature (公开方式：主动公开 below the date)."""
    start = layout.signatures[0][1] + 1 if layout.signatures else layout.front_end
    # a label, even letter-spaced (公 开 方 式), holds its first and last character: each line is tested for them by a
    # plain loop over the pairs (a generator per line cost ≈ 1.5 K instructions, and the walk runs to the text's end)
    ends = tuple((w[0], w[-1]) for w in wanted)
    texts = layout.roles.texts
    for i in range(start, len(texts)):
        s = texts[i]
        for first, last in ends:
            if first in s and last in s:
                break
        else:
            continue
        for label, value in layout.roles.fields(i):
            if label in wanted and value:
                return value
    return None


@cache
def _self_reference() -> re.Pattern:
    """本实施方案 / 本办法 / 本意见…: a text that names itself by its 文种 (not the 本 ending a word: 根本措施, 基本规定,
    成本, 文本)."""
    words = sorted({w for w, _t in doc_types() if len(w) >= 2 or w in ("法",)}, key=len, reverse=True)
    return re.compile(r"(?:制定|印发|实施|执行|施行)?(?<![根基成资文样版副底账课剧])本(" + "|".join(map(re.escape, words))
                      + r")(?![\p{Han}]{0,1}[室厅局部])")


def _type_word(word: str) -> str:
    return dict(doc_types()).get(word, word)


def _named_in_body(text: str) -> str | None:
    """The 文种 a document without a title line gives itself: 现将…印发给你们 / 通知如下 (通知), 现批复如下
    (批复), 本通告, 提出如下实施意见, 制定本实施方案 — the earliest cue wins."""
    best: tuple[int, str] | None = None
    for doc_type, pattern in SELF_NAMED:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), doc_type)
    m = _self_reference().search(text)
    if m and (best is None or m.start() < best[0]):
        best = (m.start(), _type_word(m.group(1)))
    return best[1] if best else None


# …局长李华锋解读《…远景目标纲要》, 一图读懂《…办法》: a reading of a document, its title closing on the document's name;
# 国务院同意《长江三角洲城市群发展规划》 (vm_10): a news headline on what was approved, closing on the name approved
_ENDS_ON_NAMED = re.compile(r"(?<=解读|图解|读懂|解析|同意)[ \t\u3000]*+《[^《》]{2,}》$")


def _read_doc_type(title: str | None, plan_title: str | None, layout: Layout, decreed: bool = False) -> str | None:
    # the 文种 is the title's own word: a reading closing on the name of what it reads (…解读《…纲要》) is not of its kind
    doc_type = doc_type_of(_ENDS_ON_NAMED.sub("", title.strip())) if title else None
    if doc_type and _issues_without_own_type(title):
        return "通知"  # …关于印发…工作方案: the page's title dropped the notice's 的通知
    if doc_type:
        return doc_type
    if plan_title and decreed:
        # 国务院令第432号《电力监管条例》已经…通过，现予公布: a decree publishes the regulation, which is the document;
        # a 主席令 publishing a law (…法, a name no 文种 of the lexicon ends) issues no notice either (vh_11)
        return doc_type_of(plan_title)
    body = layout.text[layout.lines[layout.front_end].start:] if layout.front_end < len(layout.lines) else ""
    if plan_title and body:
        # a 现将《…》印发给你们 body without its title line is an issuing notice, unless it closes as a 公告 / 通告 does
        # (…制定了《…办法》，现予发布。特此公告。)
        closing = _CLOSES_AS.search(body)
        return closing.group(1) if closing else "通知"
    return _named_in_body(body)


def _is_order_number(doc_number: str | None) -> bool:
    """中华人民共和国主席令第八十号 / 国务院令第711号: the document's number is a 令's, so a decree publishes it."""
    return doc_number is not None and "令第" in doc_number


def _issues_without_own_type(title: str) -> bool:
    """Does the title issue a document (关于印发…) and close on that document's 文种 rather than 的 and one of its own?"""
    t = _TRAILING_BRACKETS.sub("", title.strip()).rstrip("》」”\"")
    return ISSUING_TITLE.search(t) is not None and not t.endswith(_own_type_endings())


@cache
def _own_type_endings() -> tuple[str, ...]:
    """的 + each 文种 word: one str.endswith of the tuple, where a generator built the 71 strings and asked each (≈ 20 K
    instructions a title)."""
    return tuple("的" + word for word, _ in doc_types())


_CLOSES_AS = re.compile("特此(" + "|".join(SO_PUBLISHED) + ")")  # the 文种 as group 1


def _addressees(layout: Layout, late: tuple[int, int] | None) -> list[str]:
    at = layout.addressee if layout.addressee is not None else (late[1] if late else None)
    s = layout.lines[at].s if at is not None else _reply_head(layout) or _head_run_into_body(layout)
    found = split_addressees(s.partition("\n")[0] if at is not None and layout.roles.zhusong(at) else s)
    return found + [a for a in _closing_addressees(layout) if a not in found]


# 财政部、国土资源部：你们《…》收悉 / 某省人民政府：你省《关于…的请示》收悉: a reply (批复, 复函) addresses the bodies
# that asked, and a page that runs the 主送 into the body's first sentence keeps them on that sentence's line.
_REPLY_OPENING = re.compile(r"^(?P<head>[^：:。\n]{2,150}[：:])[ \t\u3000]*+你")


def _reply_head(layout: Layout) -> str:
    """The 主送 that opens the first body line when the reply's first sentence follows it on that line."""
    if layout.front_end >= len(layout.lines):
        return ""
    m = _REPLY_OPENING.match(layout.lines[layout.front_end].s)
    return m.group("head") if m and is_addressee(m.group("head")) else ""


# 各省、自治区…财政厅（局），新疆生产建设兵团财务局：为加快服务业发展，… (ux_05) / 摘要各区县（自治县）人民政府，市政府
# 有关部门，有关单位：文物是… (ux_07): a page that runs the 主送 (bodies parted by commas) into the body's first sentence,
# a periodical database printing it after its 摘要 label; the bodies are the addressees, as on a line of their own
# names only (Han, 、 and brackets), no title glued before them (…的通知各县教体局，…：, se_13) and no list of choices
# (▄政府网站；口政府公报；…：, ug_03)
_ABSTRACT_LABEL = r"(?:摘要[：:]?[ \t\u3000]*+)?"  # a periodical database's label before the text
_FIRST_BODY = r"[\p{Han}、（）() \t\u3000]{2,150}?"  # names only: Han, 、, brackets, blanks
_MORE_BODIES = r"[\p{Han}、，,（）() \t\u3000]{2,150}"  # the same parted by commas, up to the colon
_HEAD_INTO_BODY = re.compile(
    rf"^{_ABSTRACT_LABEL}(?P<head>{_FIRST_BODY}[，,]{_MORE_BODIES}[：:])(?=[ \t\u3000]*+\p{{Han}})"
)
_HEAD_INTO_BODY_REACH = 320  # characters of the line the head and its colon stand in


def _head_run_into_body(layout: Layout) -> str:
    """The 主送 that opens the first body line when the body's first sentence follows it on that line."""
    if layout.front_end >= len(layout.lines):
        return ""
    s = layout.lines[layout.front_end].s[:_HEAD_INTO_BODY_REACH]
    m = _HEAD_INTO_BODY.match(s) if "，" in s or "," in s else None
    return m.group("head") if m and "关于" not in m.group("head") and is_addressee(m.group("head")) else ""


def _closing_addressees(layout: Layout) -> list[str]:
    """主送：… in the 版记, below the signature: the 主送机关 GB/T 9704 (7.3.2) moves there when the first page
    cannot hold them all; they are addressees as the line above the body is."""
    if not layout.signatures:
        return []
    for i in range(layout.signatures[0][1] + 1, len(layout.lines)):
        if layout.roles.zhusong(i):
            return split_addressees(layout.lines[i].s.partition("\n")[0])  # the 抄送 line may be joined below it
    return []


def _before_reading(text: str, layout: Layout) -> str:
    """…滨州市住房公积金管理中心 / 2023年10月20日 / 政策解读 / 二、政策调整的决策依据？ / 1、《住房公积金管理条例》（国务院令
    第350号） (wp_11): a page's reading of the notice printed below its signature under a 解读 label alone on its line
    is the page's, and the rules it names are no documents the notice cites; the text up to the label."""
    if not layout.signatures or "解读" not in text:
        return text
    lines = layout.lines
    for i in range(layout.signatures[0][1] + 1, len(lines)):
        if "解读" in lines[i].s and READING_LIST_LABEL.match(lines[i].s) is not None:
            return text[:lines[i].start]
    return text


def extract_metadata(text: str, layout: Layout, html_meta: dict[str, str]) -> Metadata:
    labels = _label_values(layout)
    title, late, linked_number, shared = _notice_or_shared_title(layout, labels, html_meta)
    front_at = _front_lines(layout, late)
    front = [layout.lines[i].s for i in front_at]
    plan_title, handed_down = _plan_title(layout, title)
    title = _promulgated(title, plan_title)
    decree = _decree(text)
    glued = _glued_head(layout, title) or (shared[1:3] if shared else None)
    doc_number, issuer, signed_date = _number_issuer_and_date(
        text, layout, labels, html_meta, decree, front_at, title, linked_number, glued, shared)
    header_dates, signed_date = _page_and_signed_dates(layout, front_at, signed_date)
    doc_type = _read_doc_type(title, plan_title, layout, decreed=decree is not None or _is_order_number(doc_number))
    if not title:
        title = _body_title(layout, plan_title)
    attachments = _attachments(layout) or list(html_meta.get("attachments") or ())
    # Metadata(...) without pydantic's check (≈ 37 K instructions a document, most of it the lists copied item by
    # item): every reader here gives a str or None, the lists are fresh lists of str (attachments and the
    # addressees, copied below as validation would copy them), the cited documents CitedDocuments, the period a
    # PlanPeriod or None; the fields in the model's order, every one counted as set (as the keyword call set them all)
    meta = built(Metadata, {
        "title": title,
        "plan_title": plan_title,
        "doc_number": doc_number,
        "issuer": issuer,
        "issue_date": _read_issue_date(labels, html_meta, header_dates, signed_date),
        "publish_date": _read_publish_date(labels, html_meta, header_dates, front, signed_date),
        "addressees": list(_addressees(layout, late) or (glued[1] if glued else [])),
        "index_number": _read_index_number(labels, html_meta, layout, front_at),
        "topic": _read_topic(labels, html_meta, front),
        "validity": _read_validity(labels, html_meta, front),
        "contact": _contact(layout) or html_meta.get("contact") or None,
        "disclosure": _read_disclosure(layout, labels),
        "attachments": list(attachments),
        "cited_documents": cited_documents(_before_reading(text, layout), plan_title or title, attachments,
                                           title if plan_title else None, handed_down),
        "plan_period": _period(plan_title, title, doc_type),
        "doc_type": doc_type,
    })
    return _fill_from_tags(meta, html_meta)


def _notice_or_shared_title(layout: Layout, labels: dict[str, str], html_meta: dict[str, str]):
    """(title, late title block, the 文号 a download link names, a sharing page's head): the notice's title, or the
    one a document-sharing page runs into its first chunk when nothing else names it."""
    title, late, linked_number = _notice_title(layout, labels, html_meta)
    shared = None if title or late else _shared_page_head(layout)
    return (shared[0] if shared else title), late, linked_number, shared


def _front_lines(layout: Layout, late: tuple[int, int, str] | None) -> list[int]:
    """The front matter's lines, and a late title's 文号 lines (the 文号 over or under the late title)."""
    front_at = list(range(layout.front_end))
    if late:
        front_at = front_at + _number_above(layout, late[0]) + list(range(late[0] + 1, late[1]))
    return front_at


def _number_issuer_and_date(text, layout: Layout, labels, html_meta, decree, front_at: list[int], title: str | None,
                            linked_number, glued, shared) -> tuple[str | None, str | None, str | None]:
    """(文号, issuer, signed date): the front's and the fields' first; then the download link's, a glued head's, a
    sharing page's, the title's date, and a 文号 written with its date."""
    doc_number = (_read_doc_number(layout, labels, html_meta, decree, front_at) or linked_number or (glued[0] if glued else None)
                  or _heading_number(layout, front_at, title))
    issuer, signed_date = _issuer_and_date(title, layout, labels, html_meta, decree, text)
    doc_number = _from_title_issuer(doc_number, title)
    # a copy that prints no title and no signature (a news page headlined 国务院同意《…》 over 国函〔2016〕87号):
    # the State Council's own series still names its issuer
    issuer = issuer or central_series_issuer(doc_number)
    dated = _dated_number(layout, front_at)
    doc_number = doc_number or (dated[1] if dated else None)
    signed_date = signed_date or (shared[3] if shared else None) or _title_date(layout, title) or (dated[0] if dated else None)
    return doc_number, issuer, signed_date


def _page_and_signed_dates(layout: Layout, front_at: list[int], signed_date: str | None) -> tuple[list[str], str | None]:
    """(the page's header dates, the signed date or the date under the 文号): a date under the 文号 is the
    document's date, not the page's."""
    header_dates = _header_dates(layout, front_at)
    headed = _date_under_number(layout, front_at)
    if headed in header_dates:
        header_dates.remove(headed)  # the document's date, not the page's
    return header_dates, signed_date or headed


# A document-sharing page stores a notice as numbered chunks of run-together text, brackets gone: 1、滨教函202011号
# 某市教育局关于印发…的通知各县（市、区）教体局，…，市直各学校：现将…印发给你们…。 某市教育局 2020年1月8日某某方案…
_SHARED_CHUNK = re.compile(r"^\d{1,3}、")
_BRACKETLESS_NUMBER = re.compile(r"(\p{Han}{1,8}?[发字函办规令告通电])((?:19|20)\d{2})(\d{1,4})号")
_TITLE_CLOSE = re.compile(r"的(?:通知|意见|批复|决定|通报|函|报告|复函)")


def _shared_page_head(layout: Layout) -> tuple[str, str | None, list[str], str | None] | None:
    """(title, 文号, 主送, date) from the first chunk of such a page: the title ends where what follows it up to the
    first colon is a 主送 line; the date is the one after the title's issuer signs again."""
    if not layout.lines or not _SHARED_CHUNK.match(layout.lines[0].s):
        return None
    s = _SHARED_CHUNK.sub("", layout.lines[0].s, count=1)
    number = None
    m = _BRACKETLESS_NUMBER.match(s)
    if m:
        number, s = f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", s[m.end():]
    colon = s.find("：", 0, 400)
    ends = [c.end() for c in _TITLE_CLOSE.finditer(s, 0, colon)] if colon > 0 else []
    for end in reversed(ends):
        title, head = s[:end], s[end:colon + 1]
        if "关于" in title and is_addressee(head):
            issuer = _title_issuer(title)
            signed = re.search(rf"{re.escape(issuer)}[ \t\u3000]*+((?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)", s) if issuer else None
            return title, number, split_addressees(head), parse_date(signed.group(1)) if signed else None
    return None


def _notice_title(layout: Layout, labels: dict[str, str], html_meta: dict[str, str]) -> tuple[str | None, tuple[int, int, str] | None, str | None]:
    """(title, late title block, the 文号 a download link names): the title block or the page's fields, else a
    title below the page's own prose, else the page's link to the notice; a link also names the notice when the
    title found names only what it issues."""
    title = _read_title(layout, labels, html_meta)
    late = _title_below_front(layout, title) if title else _late_notice(layout)
    linked_title, linked_number = (None, None) if title or late else _linked_notice(layout)
    if title and not _ISSUING_TITLE.search(title, 0, None, HOLD_GIL):
        linked_title, linked_number = _linked_notice(layout, from_top=True)
        if linked_title and _issues(linked_title, title):
            title = linked_title  # the page names what the notice issues; its link names the notice
        else:
            linked_title, linked_number = None, None
    return title or (late[2] if late else linked_title), late, linked_number


def _title_below_front(layout: Layout, title: str) -> tuple[int, int, str] | None:
    """The title block found below the front matter (a page headed by what the notice issues, 周口市…规定 /
    第十一条 … / …关于印发…规定的通知 / 周政〔2011〕53号 / 各县…：): read as a late title, its 文号 and addressees
    stand under it."""
    stop = min([len(layout.lines) - 1, layout.front_end + _LATE_REACH] + [first for first, _ in layout.signatures[:1]])
    for i in range(layout.front_end, stop):
        if layout.lines[i].s == title:
            for k in (i + 1, i + 2):
                if k < len(layout.lines) and layout.roles.addressee(k):
                    return i, k, title
            return None
    return None


def _fill_from_tags(meta: Metadata, hints: dict[str, str]) -> Metadata:
    """An OFD's 电子公文 tags (tag_* hints) fill in the fields the text gives none for: the file marks its
    标题, 发文字号, 发文机关, 成文日期 and 主送机关, but the text, read in its context, comes first."""
    if not any(k.startswith("tag_") for k in hints):
        return meta
    fills = {
        "title": hints.get("tag_title"),
        "doc_number": normalise_doc_number(hints["tag_doc_number"]) if hints.get("tag_doc_number") else None,
        "issuer": hints.get("tag_issuer"),
        "issue_date": parse_date(hints["tag_issue_date"]) if hints.get("tag_issue_date") else None,
        "addressees": split_addressees(hints.get("tag_addressees", "")),
    }
    update = {k: v for k, v in fills.items() if v and not getattr(meta, k)}
    return meta.model_copy(update=update) if update else meta
