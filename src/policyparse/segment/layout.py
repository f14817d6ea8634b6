"""Where the parts of the repaired text lie: its lines, front matter, addressee, signatures, tables.

One pass over the lines, shared by the metadata reader and the tree builder; what each line is (prose, a date,
a label…) is asked of ``Layout.roles`` (segment.roles), which answers each question about a line once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

import regex as re

from policyparse import lexicons
from policyparse.grammar import DATE_THEN_ISSUER_LINE, HEAD_SIGNED_LINE, SEAL_NOTE, SIGNED_LINE, is_enactment_note, spaced_date
from policyparse.grammar import GLUED_ISSUERS, GLUED_ISSUERS_MAX
from policyparse.grammar import BLANK_DATE_LINE
from policyparse.grammar import SO_CLOSING_LINE, so_closing
from policyparse.grammar import PERSON_ADDRESSEE, REPLY_OPENING, ATTACHED_TABLE_LIST, BARS_ONLY, DOWNLOAD_LABEL, FILE_EXTENSION, FILE_EXTENSION_IN_LINE, HOLD_GIL, READING_LIST_LABEL, URL_LINE, Marker, bare_number_head, decimal_heads, first_decimal_part, is_bullet_entry, is_list_category, left_open, match_marker, opens_on_field_label
from policyparse.segment.roles import (
    ORG_END, Roles, is_addressee, is_cleanup_note, is_furniture, is_source_credit, is_meta_line, is_page_summary, is_table_row, zhusong_line,
)
from policyparse.segment.dates import is_date_line
from policyparse.segment.tables import find_tables
from policyparse.segment.tasktables import TaskTable, find_task_tables

_WS = " \t\r\u3000\u00a0\ufeff\u200b"

OPENING = re.compile(r"(?:如下|以下工作|以下几项工作|本(?:方案|意见|办法|细则|规划|计划|要点|纲要|规定|措施|实施方案|工作方案|规划纲要|行动计划))[。：:]?$")
CLOSING = re.compile(
    r"^(?:" + so_closing(SO_CLOSING_LINE) + r"|本(?:[\p{Han}]{0,4}?)(?:方案|意见|办法|细则|规定|通知|条例|规则|措施|政策|计划|规划|纲要|要点|指南|决定)"
    r"(?:自|从|由|所称|未尽|中|的解释|有效期|印发|发布|执行|实施|施行)|以上(?:意见|方案)|抄送|抄报"
    # 感谢你们对民政工作的关心和支持！: the thanks closing a reply to deputies' 建议 (sh_06)
    r"|感谢(?:您|你们|你)\p{Han}{0,16}?(?:关心|支持|关注)"
    # 各部门研究落实的具体意见，请于9月20日前书面反馈…: the notice asking every addressee to report back
    r"|各(?:部门|单位|地|地区|有关部门|有关单位)\p{Han}{0,20}?[，,]\s*请(?:于|在))"
)



@dataclass(slots=True)
class Line:
    start: int
    end: int
    s: str
    marker: Marker | None = None
    after_blank: bool = False  # a blank line stands between it and the line above (how a page parts cells)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with the offsets of their stripped content; a line broken inside a
    sentence (an unclosed 《 or （, a trailing ，、— ) is joined with the lines that finish it."""
    raw = _raw_lines(text)
    marker_of = _marker_reader(text, raw)
    blank_parted = _blank_parted(raw)
    out: list[Line] = []
    k = 0
    while k < len(raw):
        first = k
        k = _sentence_end(text, raw, k, blank_parted, marker_of)
        head = marker_of(first)
        if k == first + 1 and head is not None and head.style in _TITLED_PARTS and _title_goes_on_below(text, raw, k, marker_of):
            k += 1
        a, b = raw[first][0], raw[k - 1][1]
        out.append(Line(a, b, text[a:b], head, raw[first][2]))
    _mark_decimal_heads(out)
    return out


def _raw_lines(text: str) -> list[tuple[int, int, bool]]:
    """Each non-blank line's stripped content, as (start, end, a blank line stands between it and the line above)."""
    raw: list[tuple[int, int, bool]] = []
    pos = 0
    blank = False
    for line in text.split("\n"):
        content = line.strip(_WS)
        if content:
            a = pos + len(line) - len(line.lstrip(_WS))
            raw.append((a, a + len(content), blank))
            blank = False
        else:
            blank = True
        pos += len(line) + 1
    return raw


def _marker_reader(text: str, raw: list[tuple[int, int, bool]]) -> Callable[[int], Marker | None]:
    """marker_of(k): the item marker opening the line raw[k] (None for a table row), read at most once per line and
    only for the lines asked about (match_marker tries every style)."""
    markers: dict[int, Marker | None] = {}

    def marker_of(k: int) -> Marker | None:
        if k not in markers:
            line = text[raw[k][0]:raw[k][1]]
            # is_table_row's own first test inline: most lines hold no tab, and are spared the call
            markers[k] = None if "\t" in line and is_table_row(line) else match_marker(line)
        return markers[k]

    return marker_of


def _sentence_end(text: str, raw: list[tuple[int, int, bool]], k: int, blank_parted: bool,
                  marker_of: Callable[[int], Marker | None]) -> int:
    """The index past the last line the line raw[k] runs over: the lines below that finish the sentence it leaves
    open (none below a line of a page's field list, nor a numbered line)."""
    a, b, _ = raw[k]
    k += 1
    # a line closed by 。！？ (most lines) runs over no line below: _broken and _particle_below say no, so both
    # _open_to_line_below and _finished_below do (a line of 4 or less below too); and a line with no colon opens on no
    # field label (opens_on_field_label's own first test). Both asked first, in C, on the text (test_segment_gates)
    if text.endswith(_CLOSED, a, b) or ((text.find("：", a, b) >= 0 or text.find(":", a, b) >= 0)
                                        and _in_field_list(text, raw, k - 1)):
        return k
    # the cheap gate first (most lines end finished, with no blank or a short line below to weigh): _finished_below
    # is asked only past it
    while k < len(raw):
        c, d, _ = below = raw[k]
        line = text[a:b]
        if _parted_by_blank(text, below, line, blank_parted):
            break
        # may the line below go on with this one: it is short, or this one broken, or the line below opens on 的.
        # _broken is asked once here and handed on (_finished_below reads it again; a line below of 4 or less
        # leaves it to _finished_below, which asks it then): ≈ 15 K instructions a line asked twice before (speed24)
        broken = None if d - c <= 4 else _broken(line)
        if broken is not None and not broken and not _particle_below(line, text[c:d]):
            break
        if not (_finished_below(text, raw, k, a, b, blank_parted, broken) and marker_of(k) is None):
            break
        b = d
        k += 1
    return k


_CLOSED = ("。", "！", "？")  # what _broken reads as a closed sentence, whatever a bracket left open


def _parted_by_blank(text: str, below: tuple[int, int, bool], line: str, blank_parted: bool) -> bool:
    """Does a blank line part `line` from the line below, so that the line below cannot go on with it (not where a
    page parts every line so and `line` stops mid-paragraph, nor where a page's end cut a title)?"""
    c, d, blank = below
    return blank and not (blank_parted and _cut_mid_paragraph(line)) and not _title_cut_by_page(line, text[c:d])


def _title_goes_on_below(text: str, raw: list[tuple[int, int, bool]], k: int, marker_of: Callable[[int], Marker | None]) -> bool:
    """Does the line raw[k], after a blank line, end the chapter's or section's title on the line above it?"""
    return (k < len(raw) and raw[k][2]
            and _title_goes_on(text[raw[k - 1][0]:raw[k - 1][1]], text[raw[k][0]:raw[k][1]], marker_of(k)))


def _finished_below(text: str, raw: list[tuple[int, int, bool]], k: int, a: int, b: int, blank_parted: bool = False,
                    broken: bool | None = None) -> bool:
    """Does the line raw[k] finish the sentence text[a:b] leaves open, rather than begin a line of its own: a row, a
    metadata line, a signature, the document begun again, a 附件 label, a list's entry? A blank line above it parts
    them, but in a page that parts every line so (…不断提升萧县融入长 / (blank) / 三角一体化发展的能级…。, tc_09) a
    sentence stopping on a Han character after a comma goes on in a line closing it below all the same."""
    c, d, blank = raw[k]
    line = text[a:b]
    if blank and _title_cut_by_page(line, text[c:d]):
        blank = False  # the blank line a page's end, not a paragraph's
    if blank and not blank_parted:
        return False
    # most lines are finished: the next line is read only for a broken one, or for a word's tail (a line of 4 at most)
    following = text[c:d]
    if broken is None:
        broken = _broken(line)  # not asked by the caller
    if not (broken or (d - c <= 4 and _word_tail_below(line, following)) or _particle_below(line, following)):
        return False
    if blank and not (_cut_mid_paragraph(line) and following.endswith("。")):
        return False  # (a group's name below a list's entry, 功能承载, begins a line of its own)
    return not (
        _row_pair(text, a, b, raw[k])
        or is_meta_line(following)  # …现印发给你们， / （此件主动公开）: the line the page lost
        or _signature_below(text, raw, k)
        or _restarted_below(line, following)
        or _attachment_below(line, following)
        or is_bullet_entry(following)  # …床位达到6.0张 / ●到2020年，…: the list's next entry
    )


# 的现金缴存、现金支取…: a line opening on 的 (not 的确) finishes a phrase; no sentence or title begins so
_PARTICLE_OPENING = re.compile(r"的(?!确)")
_SENTENCE_ENDS = ("。", "！", "？", "；", "：", ":", ";")


def _particle_below(line: str, following: str) -> bool:
    """（一）当日单笔…（含 1万美元） / 的现金缴存…: a PDF line wrapped before the 的 that ties its phrase to the noun below."""
    return following[:1] == "的" and _PARTICLE_OPENING.match(following) is not None and not line.endswith(_SENTENCE_ENDS)


def _title_cut_by_page(line: str, following: str) -> bool:
    """…按照《中 / (blank) / 华人民共和国反洗钱法》第三十一条…的规定予以处罚。: a cited title a page break cut, the blank
    line the page's end; the line below closes the 《 before it opens another and ends the sentence."""
    open_at = line.rfind("《")
    if open_at < 0 or "》" in line[open_at:] or not following.endswith("。"):
        return False
    close_at = following.find("》")
    return 0 < close_at <= _CUT_TITLE_REST and "《" not in following[:close_at]


_CUT_TITLE_REST = 60


def _cut_mid_paragraph(line: str) -> bool:
    """——东向发展持续加快。突破县域思维，…融入长: a paragraph past its first sentence, stopping on a Han character in a
    clause (not a 主送 line of bodies parted by commas, which has no full stop)."""
    return "\u4e00" <= line[-1:] <= "\u9fff" and "。" in line and "，" in line[line.rfind("。"):]


_BLANK_PARTED_SHARE = 0.9
_BLANK_FLAG = itemgetter(2)
_BLANK_PARTED_MIN = 5


def _blank_parted(raw: list[tuple[int, int, bool]]) -> bool:
    """Nearly every line of the page stands after a blank line: the blank parts lines, not paragraphs."""
    # counted in C (itemgetter over the tuples): split_lines runs on every document
    return len(raw) >= _BLANK_PARTED_MIN and sum(map(_BLANK_FLAG, raw)) - raw[0][2] >= _BLANK_PARTED_SHARE * (len(raw) - 1)


# 平。 / 任务。: the last characters of a sentence alone on a line, a word's tail the page wrapped below it
_WORD_TAIL = re.compile(r"\p{Han}{1,3}[。！？]")


def _word_tail_below(line: str, following: str) -> bool:
    """4、县直各单位要…，提高文明县城创建的整体水 / 平。: a sentence (a comma in it) stopping on a Han character over a line
    of one to three characters closing it is one sentence wrapped mid-word, a numbered line too (tj_01); a title line
    over a paragraph of one word (一、做好某项工作 / 推进。) is not."""
    return (len(following) <= 4 and "\u4e00" <= line[-1:] <= "\u9fff" and "，" in line
            and _WORD_TAIL.fullmatch(following) is not None)


_SIGNING_ORGS = 3  # issuer lines a signature block may stack above its date


# 第五章　设区的市的地方性法规和自治条例、 / (blank) / 单行条例的制定和批准: a chapter's or a section's title that a law
# collection wraps into a paragraph of its own stops on a list's 、, a comma or 和 (not 之和); its end is the short line
# below, no sentence of its own (no stop, no marker)
_TITLE_OPEN_END = re.compile(r"(?:[、，,]|(?<!之)和)$")
_TITLE_END_LINE = re.compile(r"[^。；;：:！？!?]{2,30}")


_TITLED_PARTS = frozenset({"chapter", "section"})


def _title_goes_on(line: str, following: str, marker_below: Marker | None) -> bool:
    """A chapter's or section's title line, cut where a blank line parts it from its end."""
    return marker_below is None and _TITLE_OPEN_END.search(line) is not None and _TITLE_END_LINE.fullmatch(following) is not None


def _restarted_below(line: str, following: str) -> bool:
    """某某…实施意见某政发[2017]52号各县、区人民政府，…：为贯彻落实《某省… / 某某…实施意见某政发[2017]52号: a site's
    summary runs the document's opening together and stops mid-sentence; the line below begins the document again
    (its title first), it does not finish the summary."""
    if len(following) < 6:
        return False
    if len(line) > len(following) and line.startswith(following[:12]):
        return True
    # 新华社成都3月23日电记者陈地）… / 新华社成都3月23日电（记者陈地）…: a summary that lost a bracket of the opening it
    # repeats (tk_07), longer or not than the line that begins the text again
    return _BRACKETS.sub("", line[:16])[:12] == _BRACKETS.sub("", following[:16])[:12]


_BRACKETS = re.compile(r"[（）()《》〈〉【】]")


# 附件：典型场景 / 附件 / 附件2: the 附件 label on a line of its own, a short title at most after it (no sentence)
_ATTACHMENT_LABEL_LINE = re.compile(r"附[ \t\u3000]*+件[ \t\u3000]*+\d{0,2}+[ \t\u3000]*+(?:[：:][^。；，,]{0,40}+)?")


def _attachment_below(line: str, following: str) -> bool:
    """…为电力装备制造业数字化转型营造良好氛围 / 附件：典型场景: a body's last paragraph left without its 。 is not
    continued by the 附件 label below it (a line ending on a joiner, …，详见 / 附件1, still goes on)."""
    return following[:1] == "附" and not line.endswith(_JOINERS) and _ATTACHMENT_LABEL_LINE.fullmatch(following) is not None


_JOINERS = ("，", "、", "—", "（", "《", "“", "：“", "见", "按", "照", "及", "和", "与")


def _signature_below(text: str, raw: list[tuple[int, int, bool]], k: int) -> bool:
    """本通知自发布之日起施行，有效期至2028年12月31日 / 某市住房公积金管理中心 / 2026年4月16日: a body's last sentence
    left without its 。 is not continued by the signature below it (one to three lines naming a body, then a date
    line alone)."""
    for j in range(k, min(k + _SIGNING_ORGS, len(raw) - 1)):
        line = text[raw[j][0]:raw[j][1]]
        if len(line) > 40 or not ORG_END.search(line, 0, None, HOLD_GIL) or "，" in line or "。" in line:
            return False
        if is_date_line(text[raw[j + 1][0]:raw[j + 1][1]]):
            return True
    return False


def _mark_decimal_heads(lines: list[Line]) -> None:
    """1.总则 over 1.1编制目的: in a document numbered 1.1 / 1.2.1, its N. lines head the outline (level 1), not items.
    A head written without its stop (1 总则, 1总则) heads it too where decimal_heads takes it; elsewhere it is text."""
    if _has_decimal_marker(lines):
        _reread_entries_opening_on_a_figure(lines)
    if _has_decimal_marker(lines):
        bare = {k: m for k, line in enumerate(lines) if line.marker is None and (m := bare_number_head(line.s)) is not None}
        bare = {k: m for k, m in bare.items() if _opens_its_parts(lines, k, m.number) or _stands_between_heads(lines, bare, k, m.number)}
        for k, head in decimal_heads([bare.get(k, line.marker) for k, line in enumerate(lines)]).items():
            lines[k].marker = head


def _reread_entries_opening_on_a_figure(lines: list[Line]) -> None:
    """4.人才须为… / 5.4型（双一流…除外）、5型、6型保障对象须为… / 6.人才以家庭… (wv_05, PDF text that lost the blank after the
    stop): a two-part decimal standing between the N-1. and the N+1. of a 1. 2. 3. list is that list's entry N, its text
    opening on a figure (4型), not a part of an outline."""
    numbered = [k for k, line in enumerate(lines) if line.marker is not None]
    for i in range(1, len(numbered) - 1):
        k = numbered[i]
        m = lines[k].marker
        if m.style != "decimal" or m.level != 2:
            continue
        first = first_decimal_part(m)
        before, after = lines[numbered[i - 1]].marker, lines[numbered[i + 1]].marker
        if before.style == after.style == "num" and before.number == first - 1 and after.number == first + 1:
            stop = len(str(first))  # the line opens on its marker: the stop stands right after the number
            lines[k].marker = Marker("num", 3, first, lines[k].s[:stop + 1], stop + 1)


def _has_decimal_marker(lines: list[Line]) -> bool:
    """Does a line open on a decimal marker (1.1)? A plain loop: any() over a generator resumes it once a line."""
    for line in lines:
        if line.marker is not None and line.marker.style == "decimal":
            return True
    return False


def _opens_its_parts(lines: list[Line], k: int, number: int) -> bool:
    """The next numbered line after line k is the part N.1 of the head N that line k would be."""
    nxt = next((line.marker for line in lines[k + 1:] if line.marker is not None), None)
    return nxt is not None and nxt.style == "decimal" and nxt.level == 2 and nxt.text.startswith(f"{number}.") and nxt.number == 1


def _stands_between_heads(lines: list[Line], bare: dict[int, Marker], k: int, number: int) -> bool:
    """1.5工作原则 / … / 2 风险评估 / 截至2025年8月，… / 3 组织体系 / 3.1 领导机构 (xb_01, xb_02): a head with no parts of
    its own, after the last part of head N-1 (a decimal N-1.x) and before head N+1 (bare or decimal N+1.x)."""
    prev = next((line.marker for line in reversed(lines[:k]) if line.marker is not None), None)
    if prev is None or prev.style != "decimal" or first_decimal_part(prev) != number - 1:
        return False
    for j in range(k + 1, len(lines)):
        if j in bare:
            return bare[j].number == number + 1
        m = lines[j].marker
        if m is not None:
            return m.style == "decimal" and first_decimal_part(m) == number + 1
    return False


def _in_field_list(text: str, raw: list[tuple[int, int, bool]], k: int) -> bool:
    """发布部门：… / 政策文号：… / 有效性：政策是否有效未知，请慎用: a line of a page's field list (a short label and its
    colon, the line above one too) ends where its value ends, though the value has a comma and no full stop; the
    notice's title below is no part of it. Not a value ending on a joiner (，、), which goes on."""
    line = text[raw[k][0]:raw[k][1]]
    if k == 0 or line.endswith(("，", "、", "—")) or not opens_on_field_label(line):
        return False
    return opens_on_field_label(text[raw[k - 1][0]:raw[k - 1][1]])


def _row_pair(text: str, a: int, b: int, nxt: tuple[int, int, bool]) -> bool:
    """Either line a table row (cells joined by tabs, or closed by a bar printed as its border: … | 县民政局 | ||,
    a cell a line: 城市低保：300.1元/月，农村低保：… |), or the next line a cell's border alone (a page printing one
    cell a line with its bars on the lines between: 市住建局，各县（区）政府 / |): rows and cells are never joined,
    whatever they end with. So are two rows numbered in turn with their cells run together (2完善…。市商务局，市住建局 /
    3统筹…: a table repair cut one row a line), though the first ends in the comma between its units."""
    line = text[a:b]
    following = text[nxt[0]:nxt[1]]
    return "\t" in line or "\t" in following or line.endswith("|") or BARS_ONLY.match(following) is not None or _rows_in_turn(line, following)


_RUN_ROW_NUMBER = re.compile(r"^(\d{1,3}+)(?=\p{Han})")


def _rows_in_turn(line: str, following: str) -> bool:
    this, nxt = _RUN_ROW_NUMBER.match(line), _RUN_ROW_NUMBER.match(following)
    return this is not None and nxt is not None and int(nxt.group(1)) == int(this.group(1)) + 1


def _broken(s: str) -> bool:
    """A line that stops mid-sentence: open brackets, or a trailing joiner."""
    if len(s) > 2000 or is_source_credit(s):
        return False  # 某报整理，来源：某网站: a credit line stands alone; the lead below is no part of it
    if s.endswith(("，", "、", "—", "（", "《", "“", "：“")) and not s.endswith("——"):
        return True
    if s.endswith(("。", "！", "？")):
        return False  # …现将《某某办法〉印发给你们，请认真贯彻执行。: a closed sentence, whatever bracket a typo left open
    if s.endswith("——"):
        return False  # …，可概括为“183”行动—— / “1”就是…: a dash that leads into the paragraphs below, as a colon would
    if left_open(s):
        return True
    if "，" in s and s[-1] not in "。！？；：”）)》」" and len(s) >= 15 and not is_addressee(s) and match_marker(s) is None:
        if zhusong_line(s):
            return False  # 主送：A，B: the 主送机关 end where the line ends (the 抄送 line below is no part of them)
        # 联系人：张三，电话：1234567: a list of fields ends where its last value ends; the signature below is
        # no part of it
        return _has_open_sentence(s) and not _NUMBER_FIELD_END.search(s, 0, None, HOLD_GIL)
    return False


_NUMBER_FIELD_END = re.compile(r"[：:][ \t\u3000]*+[\d\-－—()（）、，,/ \t\u3000]{5,}+$")


def _has_open_sentence(s: str) -> bool:
    """Prose that has begun a sentence it has not finished (…请认真组 | 织实施。)."""
    last = max(s.rfind("。"), s.rfind("；"), s.rfind("！"), s.rfind("？"))
    tail = s[last + 1:]
    return "，" in tail and len(tail) >= 8



# ------------------------------------------------------------------ the layout


@dataclass
class Layout:
    text: str
    lines: list[Line]
    front_end: int  # index of the first body line (lines before it are front matter)
    roles: Roles  # what each line is (prose, a date, a label…), each asked once
    addressee: int | None = None  # line index
    first_marker: int | None = None  # line index of the first numbered heading
    signatures: list[tuple[int, int]] = field(default_factory=list)  # (first line, date line), all of them
    meta_lines: list[int] = field(default_factory=list)
    table_lines: frozenset[int] = frozenset()  # lines of tables flattened into text (segment.tables)
    task_tables: list[TaskTable] = field(default_factory=list)  # tables whose rows are task rows (segment.tasktables)
    # 附件：1.… label line -> the end (exclusive) of the entries 2.… 3.… numbered on from it, unmarked here
    attachment_runs: dict[int, int] = field(default_factory=dict)
    # the first line of the page's links closing the text: numbered file names with no label or a reading list
    # under its label (_unmark_trailing_links; None: none)
    trailing_files: int | None = None
    # download_list's answer, found once: metadata asks it twice and the tree once (… : not read yet)
    downloads: object = field(default=..., init=False, repr=False, compare=False)
    # metadata's title keys (_key: NFKC, dashes, blanks) by the string keyed: its readers key the same lines again
    title_keys: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)


def analyse(text: str) -> Layout:
    lines = split_lines(text)
    roles = Roles(lines)
    front_end = _front_end(lines, roles)
    colonless = _colonless_addressee(lines, roles, front_end)
    front_end = front_end - 1 if colonless else front_end
    task_tables = find_task_tables(lines, text)
    if task_tables:
        front_end = min(front_end, task_tables[0].header[0])  # a task table is body, never front matter
    runs = _unmark_attachment_entries(lines, roles)
    layout = Layout(text, lines, front_end, roles, attachment_runs=runs, trailing_files=_unmark_trailing_links(lines))
    _mark_tables(layout)
    _mark_task_tables(layout, task_tables)
    if front_end < len(lines) and (colonless or roles.addressee(front_end) or roles.zhusong(front_end)):
        layout.addressee = front_end  # 各区人民政府： or, labelled, 主送：各区人民政府，市政府各部门
    for i in range(front_end, len(lines)):
        if lines[i].marker is not None:
            layout.first_marker = i
            break
    if layout.addressee is None:
        layout.addressee = _addressee_below_prose(lines, roles, front_end, layout.first_marker)
    _find_signatures(layout)
    return layout


def download_list(layout: Layout) -> tuple[int, int] | None:
    """附件下载：/ 相关附件：/ 【相关附件】 and the file names under it: (the label's line, the line after its last file
    name) of the first such list after the front matter, or None. A page's download list: the metadata reads the
    attachments' names from it, the tree makes no nodes of it. Read once per layout (its lines and front end are
    settled when analyse returns)."""
    if layout.downloads is ...:
        layout.downloads = _find_download_list(layout)
    return layout.downloads


def _find_download_list(layout: Layout) -> tuple[int, int] | None:
    lines = layout.lines
    for i in range(layout.front_end, len(lines)):
        s = lines[i].s
        if "附件" in s[:8] and DOWNLOAD_LABEL.match(s, 0, None, HOLD_GIL):
            j = i + 1
            while j < len(lines) and _download_entry(lines[j].s.strip()):
                j += 1
            return i, j
    return None


def _download_entry(s: str) -> bool:
    """附件1：…评定表.doc / http://…/P0201201….doc: a file name, or the file's address on a line of its own."""
    return (len(s) <= 80 and FILE_EXTENSION.search(s) is not None) or URL_LINE.match(s) is not None


def _addressee_below_prose(lines: list[Line], roles: Roles, front_end: int, first_marker: int | None) -> int | None:
    """A news page's lead paragraphs (日前，某市人民政府印发…。文件详情如下：) or a page's summary above the notice
    end the front matter early: the notice's 主送 line then stands below them, under its title or a field line
    (sf_05, sf_02), before any numbered line."""
    stop = first_marker if first_marker is not None else len(lines)
    for i in range(front_end + 1, stop):
        if roles.addressee(i) and not roles.prose(i - 1) and i + 1 < len(lines) and roles.prose(i + 1):
            return i
    return None


_ADDRESSEE_SPLIT = re.compile(r"[，,、；;]")


def _colonless_addressee(lines: list[Line], roles: Roles, front_end: int) -> bool:
    """各街道办事处，区级各部门，官盛新区管委会 / 《…细则》已经…审议通过，现印发你们…。: a page that dropped the 主送
    line's colon; the line right above the body's first sentence is still its 主送 when it lists bodies only,
    the first of them a 各… group (an issuer or a title line above the body names no 各… group), also one under its
    scope (市直各部门、市域内农垦、森工、监狱所、龙镇镇政府、供热企业, um_11), the others bodies or short names of bodies."""
    if front_end < 1 or front_end >= len(lines) or not roles.prose(front_end) or roles.addressee(front_end):
        return False
    s = lines[front_end - 1].s
    if len(s) <= 12 and PERSON_ADDRESSEE.match(s) and REPLY_OPENING.match(lines[front_end].s):
        return True  # 某某委员 / 你提出的《…建议》收悉: a reply addressing the person who asked (uq_06)
    parts = _ADDRESSEE_SPLIT.split(s)
    if len(parts) < 2 or len(s) > 200 or any(ch in s for ch in "：:。《》（）()") or _ALL_GROUP.match(parts[0]) is None:
        return False
    return is_addressee(s + "：") and all(is_addressee(p + "：") or _SHORT_BODY.fullmatch(p) for p in parts if p)


# 各街道办事处 / 市直各部门 / 县级各单位: a group of all the bodies of a kind, under its scope
_ALL_GROUP = re.compile(r"(?:[省市区县州]直|[省市区县州]级)?各\p{Han}")
# 森工 / 监狱所 / 供热企业: a body named short beside the group
_SHORT_BODY = re.compile(r"\p{Han}{2,6}")


def _repeats_below(lines: list[Line], roles: Roles, i: int) -> bool:
    """某办法第一章总则第一条为了…，根下面是小编为大家整理的…: a sharing site's summary line that runs the document's
    opening together, its title first; the title line below it begins the document."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1].s
    return 6 <= len(below) <= 60 and len(lines[i].s) > len(below) + 10 and lines[i].s.startswith(below) and not roles.prose(i + 1)


def _field_row(s: str, roles: Roles, i: int) -> bool:
    """A row of header fields with its cells parted by tabs or printed bars (索引号 | xzf…/2021-3740 | 公开目录： |
    县政府办文件，惠农惠民政策和资金 |): front matter, though a value's comma reads like a sentence."""
    return ("\t" in s or "|" in s) and roles.label(i)


def _front_matter(lines: list[Line], roles: Roles, i: int) -> bool:
    """Is line i, above the body, no first body line whatever it reads like: a header field, a site's note or menu?"""
    line = lines[i]
    if roles.meta(i) or _field_row(line.s, roles, i) or is_page_summary(line.s) or _repeats_below(lines, roles, i):
        return True  # 主题 词：\t…\t时 效：\t根据…，此文…: a row of header fields, prose or not, is front matter; so is 导读：…
    if is_cleanup_note(line.s) or is_source_credit(line.s):
        # 提示：根据…清理结果的通知…规定，继续有效: a legal database's note on the document, or a news page's credit
        # above its lead (某报整理，来源：某网站): not the document's first sentence
        return True
    if line.marker is None:
        return False
    # 1、下载文档前请自行甄别…: a sharing site's numbered notice above the document is its furniture (sk_02);
    # 1. 目录 / 2. 旗人民政府 / 1. 旗政府工作部门 / …: a site's menus above the notice (ux_02)
    return is_furniture(line.s) or in_site_menu(lines, i)


def _front_end(lines: list[Line], roles: Roles) -> int:
    """The first body line: an addressee, a sentence or a plausible first heading."""
    for i, line in enumerate(lines):
        if _front_matter(lines, roles, i):
            continue
        if roles.addressee(i) or roles.zhusong(i) or roles.prose(i) or (line.marker is not None and _plausible_first_marker(line)):
            return i
        if is_bullet_entry(line.s) or (i + 1 < len(lines) and is_list_category(line.s, lines[i + 1].s)):
            return i  # (主导产业 ⏎) ■全省…总产值将达1.7万亿元: a news page's list of goals opens the body (sl_05)
        if news_dateline(line.s):
            return i
    return len(lines)


# 1. 目录 / 2. 旗人民政府 / 3. 旗人民政府办公室 / 1. 旗政府工作部门 / 2. 苏木镇人民政府 / 1. 国民经济…: a site's
# menus, printed as lists of short entries whose numbering starts again at 1 from list to list (ux_02); a body's items
# go on counting, and each holds a sentence or a heading of more words
_MENU_ENTRY_MAX = 16  # characters of an entry after its number
_MENU_REACH = 48  # lines of a menu run read ahead
_SENTENCE_MARKS = frozenset("，。；：,;:！？")  # an entry holding one is a sentence, no menu entry


def _menu_entry(line: Line, style: str) -> bool:
    m = line.marker
    if m is None or m.style != style or style == "decimal":
        return False  # 1总则 / 1.1制定目的 / 1.4.1…: an outline's decimal heads start each level at 1 (td_03)
    rest = line.s[m.end:]
    return 0 < len(rest) <= _MENU_ENTRY_MAX and not any(c in _SENTENCE_MARKS for c in rest)



def in_site_menu(lines: list[Line], i: int) -> bool:
    """Line i is a short numbered entry, no sentence, in a run of such entries whose numbering restarts at 1 (a
    menu's lists one after another): the run is read from its first entry, at most _MENU_REACH lines back and ahead."""
    m = lines[i].marker
    if m is None or not _menu_entry(lines[i], m.style):
        return False
    first = i
    while first > 0 and i - first < _MENU_REACH and _menu_entry(lines[first - 1], m.style):
        first -= 1
    for k in range(first + 1, min(len(lines), first + 1 + 2 * _MENU_REACH)):
        if not _menu_entry(lines[k], m.style):
            return False
        if lines[k].marker.number == 1:
            return True
    return False


# 中新社北京3月5日电 / 新华社成都3月23日电: a news agency's dateline, opening the story's lead
_NEWS_DATELINE = re.compile(r"\p{Han}{1,8}?(?:社|网|报|台)\p{Han}{0,8}?\d{1,2}月\d{1,2}日电")


def news_dateline(s: str) -> bool:
    """中新社北京3月5日电 题：“数”看2025年政府工作报告 (tk_10): a line opening on an agency's dateline opens the story's
    lead, a paragraph of the body, though the page printed the story's headline after it and no sentence."""
    return "日电" in s[:24] and _NEWS_DATELINE.match(s) is not None


def _find_signatures(layout: Layout) -> None:
    """The metadata lines of the body, and every signature (issuer lines above a date, or both on one line)."""
    lines, roles = layout.lines, layout.roles
    for i in range(layout.front_end, len(lines)):
        if i in layout.table_lines:
            continue  # a table's date cell (2013年10月) signs nothing
        if roles.meta(i) or (layout.first_marker is not None and i < layout.first_marker and is_enactment_note(lines[i].s)):
            layout.meta_lines.append(i)
        elif roles.date(i):
            _sign_with_date_line(layout, i)
        # a blank between issuer and date, or a line closing on 日 (_signed_line's own first test, asked inline: most
        # lines are spared the call)
        elif (" " in (s := lines[i].s) or "\u3000" in s or s[-1:] == "日") and _signed_line(s):
            layout.signatures.append((_bodies_above_signed_line(layout, i), i))
        elif len(lines[i].s) <= _DATE_THEN_ISSUER_MAX and "日" in lines[i].s and date_then_issuer(lines, i) is not None:
            # (its length and 日 asked inline: no call for most lines)
            layout.signatures.append((i, i))  # 二〇〇四年六月一日省安委办: the date, then who signs (up_09)
        elif _may_end_a_date(lines[i].s) and (first := _spaced_date_signature(layout, i)) is not None:
            layout.signatures.append((first, i))
        elif lines[i].s[-1:] == "日" and (first := _blank_date_signature(layout, i)) is not None:
            layout.signatures.append((first, i))


def _sign_with_date_line(layout: Layout, i: int) -> None:
    """A date line: the signature its issuer lines above make, unless it dates a plan's cover or answers a heading."""
    first = _signature_start(layout, i)
    if not (_plan_byline(layout, first, i) or _heading_content(layout.lines, first, i)):
        layout.signatures.append((first, i))


def _heading_content(lines: list[Line], first: int, date_i: int) -> bool:
    """二、活动时间 / 2022年1月 (wk_11): a date alone right under a numbered heading is what the heading asks for,
    the part's content; no body signs it, and the notice's own signed date comes later. Only under a heading that is a
    short title: below an item's sentence (三、目录实行…公示。 / 2023年8月2日) or a listed file's name, it signs."""
    if first != date_i or date_i == 0 or lines[date_i - 1].marker is None:
        return False
    above = lines[date_i - 1].s
    return len(above) <= _CONTENT_HEADING_MAX and "。" not in above


_CONTENT_HEADING_MAX = 12  # 二、活动时间 / （三）实施期限: a part's name, not an item's sentence


def _blank_date_signature(layout: Layout, i: int) -> int | None:
    """工业和信息化部市场监管总局 / 2024年月日 (vk_10): the issuing bodies' lines above a date whose month and day a draft
    left blank (grammar.BLANK_DATE_LINE) sign it; without a body named above, a blank date is a form's field. The first
    line of the signature, or None."""
    s = layout.lines[i].s
    if len(s) > 24 or not BLANK_DATE_LINE.fullmatch(s, 0, None, HOLD_GIL):
        return None
    first = _signature_start(layout, i)
    return first if first < i else None


_DATE_THEN_ISSUER_MAX = 32


def date_then_issuer(lines: list[Line], i: int):
    """二〇〇四年六月一日省安委办 on the line after a sentence's end (up_09): a notice's date with the body that signs it
    written after it, a signature read date first (grammar.DATE_THEN_ISSUER_LINE; its org ends as a body's name does).
    The match, or None. Short lines holding 日 after a 。 only: most lines are rejected before any regex runs."""
    s = lines[i].s
    if i < 1 or len(s) > _DATE_THEN_ISSUER_MAX or "日" not in s or not lines[i - 1].s.rstrip().endswith("。"):
        return None
    m = DATE_THEN_ISSUER_LINE.match(s, 0, None, HOLD_GIL)
    return m if m is not None and ORG_END.search(m.group("org")) is not None else None


def _may_end_a_date(s: str) -> bool:
    """The cheap gate of _spaced_date_signature, inline of the per-line walk: the line ends on a digit (or a line
    break, or an astral character grammar.spaced_date's regex may read as one)."""
    last = s[-1:]
    return last.isdecimal() or last == "\n" or last > "\uffff"


_SPACED_SIGNER_MAX = 40  # the issuing body's line above a spaced date: a name, not a paragraph


def _spaced_date_signature(layout: Layout, i: int) -> int | None:
    """牟定县人民政府办公室 / （此件公开发布） / { 2017 6 23 (th_02): the issuing body's line above a date that lost its
    年 / 月 / 日 (grammar.spaced_date), a disclosure line between them allowed: where that body's line stands, or None."""
    m = spaced_date(layout.lines[i].s)
    if m is None or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        return None
    j = i - 1
    if j > layout.front_end and layout.roles.meta(j):
        j -= 1  # （此件公开发布） printed between the name and the date
    if j < layout.front_end or j == layout.addressee or j in layout.table_lines:
        return None
    s = layout.lines[j].s
    if len(s) > _SPACED_SIGNER_MAX or not layout.roles.signature_org(j) or ORG_END.search(s) is None:
        return None
    return j


# 2023年4月: a month with no day, as a plan's cover dates it
_MONTH_ONLY = re.compile(r"[ \t\u3000]*+(?:(?:19|20)\d{2}|[〇○零O一二三四五六七八九]{4})[ \t]*年[ \t]*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])[ \t]*月[ \t\u3000]*+")


def _plan_byline(layout: Layout, first: int, date_i: int) -> bool:
    """…（此件公开发布） / 某县地质灾害应急预案 / 某县…指挥部办公室 / 2023年4月: below the title of the plan a signed notice
    issues, the body that drew it up and the month — the plan's cover, dated without a day — sign nothing."""
    lines = layout.lines
    if not layout.signatures or first == date_i or first - 1 < layout.front_end:
        return False
    title = lines[first - 1].s.strip()
    return bool(_MONTH_ONLY.fullmatch(lines[date_i].s)) and not layout.roles.prose(first - 1) and _ends_with_doc_type(title)


@cache
def doc_types() -> tuple[tuple[str, str], ...]:
    """(word as it ends a title, type reported), longest word first (lexicons/doc_types.tsv; metadata reads titles'
    文种 with it too)."""
    pairs = ((row[0], row[1] if len(row) > 1 and row[1] else row[0]) for row in lexicons.rows("doc_types.tsv"))
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@cache
def _doc_type_words() -> tuple[str, ...]:
    return tuple(word for word, _type in doc_types())


@cache
def _doc_type_word_set() -> frozenset[str]:
    return frozenset(_doc_type_words())


def is_doc_type_word(s: str) -> bool:
    """通知, 实施方案: s is a 文种 word of doc_types as it stands (a set look-up, not a walk of the 71 words: asked of
    every title a text cites). Kept here with doc_type_ending, the one home of the derived views of doc_types."""
    return s in _doc_type_word_set()


@cache
def _doc_types_by_length() -> tuple[tuple[int, dict[str, tuple[str, str]]], ...]:
    """(length, word -> (word, type)) for each length of the words, longest first; the first row of a word kept, as
    a walk of doc_types in order finds it."""
    by_length: dict[int, dict[str, tuple[str, str]]] = {}
    for word, doc_type in doc_types():
        by_length.setdefault(len(word), {}).setdefault(word, (word, doc_type))
    return tuple(sorted(by_length.items(), reverse=True))


def doc_type_ending(t: str) -> tuple[str, str] | None:
    """(word, type) of the first of doc_types (longest first) that t ends with, or None. One dict look-up per word
    length (six or so) instead of an endswith per word (71): of two words of one length only one can end t, so the
    longest that does is the walk's first (asked of every title line and title candidate of the metadata)."""
    n = len(t)
    for length, words in _doc_types_by_length():
        if length <= n:
            found = words.get(t[n - length:])
            if found is not None:
                return found
    return None


def _ends_with_doc_type(s: str) -> bool:
    return s.rstrip("》」”\"").endswith(_doc_type_words())


def attachment_label(roles: Roles, i: int):
    """附件：… or 附表：1．…: a label listing attachments (group 2: what follows it on the line)."""
    s = roles.texts[i]
    # the pattern opens with ^附: a line that does not (most lines) is spared the call
    return roles.attachment(i) or (ATTACHED_TABLE_LIST.match(s, 0, None, HOLD_GIL) if s[:1] == "附" else None)


def _unmark_attachment_entries(lines: list[Line], roles: Roles) -> dict[int, int]:
    """附件：1.乡镇…清单 / 2.赋权…清单 / 3.…: the entries numbered on from a list opened on the 附件 line
    name attachments; they head nothing. Returns each such label's run {label line: end of its entries}."""
    runs: dict[int, int] = {}
    for i, line in enumerate(lines):
        notes = _NOTES_LABEL.match(line.s) if line.s.startswith("注意事项") else None
        m = notes or (attachment_label(roles, i) if line.s.startswith("附") else None)
        first = match_marker(m.group(2)) if m else None
        if first is None or first.number != 1:
            continue
        j, number = i + 1, 2
        while j < len(lines):
            if _next_entry(lines[j], first.style, number):
                lines[j].marker = None
                number += 1
            else:
                rest = _note_rest(lines, j, first.style, number) if notes else _wrapped_entry_rest(lines, j, first.style, number)
                if not rest:
                    break
                j += rest - 1
            j += 1
        if notes is None:  # a notes label heads no run of attachments
            runs[i] = j
    return runs


# 注意事项：1.本表中日期统一写法为… / 2.人才类别仅填写一种… (wv_05): the notes a form closes with, numbered on from the label's
# line, are notes, no list of the document's (group 2: what follows the label). 注：/ 备注：/ 说明： under a table are the
# table's (segment.tables reads them with its rows)
_NOTES_LABEL = re.compile(r"^(注意事项)[ \t\u3000]*+[：:][ \t\u3000]*+(.*)$")


def _next_entry(line: Line, style: str, number: int) -> bool:
    return line.marker is not None and line.marker.style == style and line.marker.number == number


_WRAPPED_ENTRY_REST = 30  # characters of an entry's name a PDF wrapped onto a line of its own


def _wrapped_entry_rest(lines: list[Line], j: int, style: str, number: int) -> int:
    """3.企业申报…补贴资 / 格花名册 / 4.… (wv_05, PDF text): the rest of an entry's name wrapped onto a line of its own
    between two entries of an attachment list — short, unnumbered, no sentence; 1 (the lines it takes) or 0."""
    line = lines[j]
    if line.marker is None and len(line.s) <= _WRAPPED_ENTRY_REST and "。" not in line.s \
            and j + 1 < len(lines) and _next_entry(lines[j + 1], style, number):
        return 1
    return 0


_NOTE_WRAPS = 3  # lines a form's note may wrap onto (a PDF's table area keeps its line breaks)


def _note_rest(lines: list[Line], j: int, style: str, number: int) -> int:
    """注意事项：1.… / 2.首次申请人员须在备注一栏… / 补助，已累计… / 份及累计享受月份。 / 3.… (wv_05): the unnumbered lines a
    note wrapped onto before the next note; how many (0: the notes are over)."""
    k = j
    while k < len(lines) and k - j < _NOTE_WRAPS and lines[k].marker is None:
        k += 1
    return k - j if k > j and k < len(lines) and _next_entry(lines[k], style, number) else 0


def _unmark_trailing_links(lines: list[Line]) -> int | None:
    """The first line of the page's links closing the text (file names or readings), None when there are none."""
    files = _unmark_trailing_files(lines)
    readings = _unmark_trailing_readings(lines)
    return files if readings is None else readings if files is None else min(files, readings)


_READING_LIST_TAIL = 8  # lines from the end a reading list's label may stand: a page lists a few readings
_READING_ENTRY_MAX = 200  # characters of one entry line (two titles of readings run together, vx_01)


def _unmark_trailing_readings(lines: list[Line]) -> int | None:
    """…（生态环境部负责） / 解读： / 1.…负责同志就…答记者问2.一图读懂《…》 (vx_01, vx_03): a page's links to readings of
    the notice under their 解读 label, closing the text, are the page's furniture, no list of the notice's (their
    numbers head nothing). Every line below the label is a title (no 。); returns the label's line."""
    for k in range(len(lines) - 2, max(len(lines) - 1 - _READING_LIST_TAIL, -1), -1):
        s = lines[k].s
        if "解读" in s and READING_LIST_LABEL.match(s) is not None:
            entries = lines[k + 1:]
            if any("。" in ln.s or len(ln.s) > _READING_ENTRY_MAX for ln in entries):
                return None
            for ln in entries:
                ln.marker = None
            return k
    return None


_TRAILING_FILES_MIN = 2  # one numbered file name alone at the end may be a list's last item citing a file


def _unmark_trailing_files(lines: list[Line]) -> int | None:
    """…及时有效解决问题。 / 1.…业务流程和办理规范.docx / 2.…办理流程图.docx (ul_02): file names numbered 1, 2, … closing
    the text with no 附件 label above them are the page's links to the attached files; they head nothing (the notice's
    last list does not go on in them). Returns the first such line (None: none). Only the text's last lines are
    read, from the end up."""
    k = len(lines)
    while k > 0 and lines[k - 1].marker is not None and FILE_EXTENSION_IN_LINE.search(lines[k - 1].s) is not None:
        k -= 1
    run = lines[k:]
    if len(run) < _TRAILING_FILES_MIN or any(ln.marker.number != n for n, ln in enumerate(run, 1)) \
            or len({ln.marker.style for ln in run}) != 1:
        return None
    for ln in run:
        ln.marker = None
    return k


def _mark_tables(layout: Layout) -> None:
    """Find the tables flattened into text; a cell that begins with a number (1.居民住宅…) heads nothing."""
    roles = layout.roles
    tables = find_tables(layout.lines, layout.front_end, lambda j: _ends_table(roles, j))
    for i in tables:
        layout.lines[i].marker = None
    layout.table_lines = frozenset(tables)


def _mark_task_tables(layout: Layout, tables: list[TaskTable]) -> None:
    """The task tables' lines are table lines too (a row's 1 编制… or date cell heads and signs nothing)."""
    layout.task_tables = tables
    claimed = set(layout.table_lines)
    for t in layout.task_tables:
        for i in t.lines:
            layout.lines[i].marker = None
            claimed.add(i)
    layout.table_lines = frozenset(claimed)


def _ends_table(roles: Roles, j: int) -> bool:
    """A line no table runs over: an attachment label or a closing formula (特此通知 / 本方案自…)."""
    return roles.attachment(j) is not None or CLOSING.match(roles.texts[j]) is not None


_SIGNATURE_LINES = 3  # lines above a date that sign it
_JOINT_SIGNATURE_LINES = 24  # ... or more, when every one of them names an issuing body (nine to twenty ministries or
# provincial 厅 sign a joint notice one a line: ui_03 has thirteen, national 意见 of 二十部门 are common)


def _signature_start(layout: Layout, date_i: int) -> int:
    """The first line of the issuer block above the date on line `date_i`."""
    lines = layout.lines
    first = date_i
    j = date_i - 1
    named = False  # an issuing body's name seen below: a short line above it that names no body is not signing
    while j >= layout.front_end and j != layout.addressee and j not in layout.table_lines:
        signs = layout.roles.signature_org(j)
        wrapped = not signs and _issuers_wrapped_below(lines, j, first, date_i)
        if not (signs or wrapped):
            break
        if date_i - j > _SIGNATURE_LINES and not (date_i - j <= _JOINT_SIGNATURE_LINES and ORG_END.search(lines[j].s)):
            break
        org = wrapped or ORG_END.search(SEAL_NOTE.sub("", lines[j].s).strip()) is not None
        if named and not org:
            break  # 附件：检查表 / 汇总表 / 某某市人民政府 / 2021年6月1日: 汇总表 ends the list, not begins the signature
        named = named or org
        first = j
        j -= 1
    return first


_BODIES_ABOVE_MAX = 3  # bodies a line above the one signing with the date (a joint notice's signers)


def _bodies_above_signed_line(layout: Layout, i: int) -> int:
    """济南市工业和信息化局 / 济南市公安局 济南市城乡交通运输局 2022年3月10日 (ur_05): a joint signature's first bodies on
    lines of their own above the line the last ones sign with the date; each is a body's name and nothing else."""
    lines, roles = layout.lines, layout.roles
    j = i - 1
    while (i - j <= _BODIES_ABOVE_MAX and j >= layout.front_end and j != layout.addressee and j not in layout.table_lines
           and roles.signature_org(j) and ORG_END.search(lines[j].s) is not None):
        j -= 1
    return j + 1


_WRAPPED_RUN_MIN = 40  # a run of glued names long enough to wrap (a name on its own is short and signs by itself)


def _issuers_wrapped_below(lines: list[Line], j: int, first: int, date_i: int) -> bool:
    """国家发展改革委教育部…中国银保监会中国证 / 监会国家知识产权局国家乡村振兴局 / 2021年8月24日 (ul_05): a joint
    signature's run of glued names that a wrap cut inside a name, right above the signing line below it: one run."""
    s = lines[j].s
    return (first == j + 1 < date_i and len(s) > _WRAPPED_RUN_MIN and len(s) + len(lines[first].s) <= GLUED_ISSUERS_MAX
            and GLUED_ISSUERS.fullmatch(s + lines[first].s) is not None)


def _signed_line(s: str) -> bool:
    """The issuer and the date on one line (开化县住房和城乡建设局 2021年11月16日)."""
    if " " not in s and "\u3000" not in s and not (s.endswith("日") and "年" in s and len(s) <= 70):
        return False  # a blank between issuer and date, or a short line closing on a date: most lines are spared it
    m = SIGNED_LINE.fullmatch(s)
    if m is None:
        return False
    # 某某市教育局（代章） 2021年5月6日: the seal note is no part of the issuer's name; 自治区主席 陈武 2016年12月6日: a
    # head who signs a 令 signs so too, named by the post (ux_09)
    return ORG_END.search(SEAL_NOTE.sub("", m.group("org")).strip()) is not None or HEAD_SIGNED_LINE.fullmatch(s) is not None


def _plausible_first_marker(line: Line) -> bool:
    m = line.marker
    return m is not None and (m.number == 1 or m.style in ("cn", "paren_cn", "chapter", "article"))


