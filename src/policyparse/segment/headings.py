"""Heading titles, notes stripped from titles, and run-in paragraph heads.

The markers themselves (一、 （一） 1. （1） ① 第X章 第X条) and numerals live in
``policyparse.grammar``, shared with repair; they are re-exported here for the segment stage.
"""

from __future__ import annotations

from functools import cache

import re as stdre

import regex as re

from policyparse import lexicons
from policyparse.grammar import (
    HOLD_GIL, LINE_BLANKS, NOTE_CLOSE, NOTE_OPEN, SECTION_TITLE_WORDS, SECTION_TITLES, SUBJECT_PREDICATE, TITLE_TOPIC, TOPIC_PREDICATE, is_note_text, task_opening, task_verbs,
)

# ------------------------------------------------------------------ sentences and titles

_OPEN = "（(《“‘【〔["
_CLOSE = "）)》”’】〕]"
_TERMINATORS = "。！？；：!?;:"
# a heading sentence ends at 。 (！？, a label's ：), not at ；, which parts clauses inside it (docs/gold-format.md:
# （九）鼓励…的开发；对…给予扶持。 is titled whole)
_HEADING_END = "。！？：!?:"


@cache
def _brackets_and(terminators: str) -> re.Pattern:
    """The characters first_sentence_end looks at: it jumps from one to the next instead of reading every character."""
    return re.compile("[" + re.escape(_OPEN + _CLOSE + terminators) + "]")


@cache
def _opens_and(terminators: str) -> re.Pattern:
    """An opening bracket or a terminator: before the first opening bracket the depth is 0 whatever closes."""
    return re.compile("[" + re.escape(_OPEN + terminators) + "]")


def first_sentence_end(s: str, start: int = 0, terminators: str = _TERMINATORS) -> int:
    """Index of the first terminator at bracket depth 0 at or after `start`, or -1."""
    # most heading lines end before any bracket opens: one search answers them, the depth walk starts at the bracket
    m = _opens_and(terminators).search(s, start, None, HOLD_GIL)
    if m is None:
        return -1
    if m.group() not in _OPEN:
        return m.start()
    depth = 0
    for m in _brackets_and(terminators).finditer(s, m.start(), None, False, HOLD_GIL):
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth:
                depth -= 1
        elif depth == 0 and ch in terminators:
            return i
    return -1


_NOTE_CLOSE_CHARS = tuple(NOTE_CLOSE)
_NOTE_BRACKETS_BACK = re.compile("(?r)[" + re.escape(NOTE_OPEN + NOTE_CLOSE) + "]")  # regex's reverse search


def strip_note(title: str) -> str:
    """Drop a trailing responsibility note （牵头部门：…）, 〔…〕, 【…】 from a heading title."""
    title = title.rstrip()
    if title.endswith(_NOTE_CLOSE_CHARS):
        depth = 0
        # the brackets only, found from the right in C: the text between them is not read character by character
        for m in _NOTE_BRACKETS_BACK.finditer(title, 0, None, False, HOLD_GIL):
            if m.group() in NOTE_CLOSE:
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    i = m.start()
                    if is_note_text(title[i + 1:-1]):  # the note grammar is shared with extract
                        title = title[:i].rstrip()
                    break
    return title.rstrip("。．.，,；;：: \u3000")


_SENTENCE_END = "。！？!?"


def _colon_inside_sentence(body: str, end: int) -> bool:
    """…工作的指导思想是：以… / …的准则是：实行…: a colon right after the copula 是 goes on with the sentence, where a
    label's colon (申请：…, 指导思想：…) ends the title; not one that closes the line (…分别是：) or opens a quotation
    (修改为：“…”). A colon after a clause is left to end the title: it mostly opens a list (…包括：, 有下列情形之一的，…：)."""
    rest = body[end + 1:].lstrip()
    return body[:end].endswith("是") and bool(rest) and rest[0] not in "“\"‘'「"


def _clock_colon(body: str, end: int) -> bool:
    """8:30 / 15：00 / 按2：1：0.5比例: the colon between digits (a time of day, a ratio), no label's."""
    return end + 1 < len(body) and body[end - 1].isdigit() and body[end + 1].isdigit()


def heading_title(body: str) -> tuple[str | None, bool]:
    """(title, is_sentence) for the text after a marker: the heading sentence, and whether the
    line is written as a sentence (ends in 。；… or runs on) rather than as a bare heading."""
    body = body.strip()
    if not body:
        return None, False
    end = first_sentence_end(body, 0, _HEADING_END)
    while end > 0 and body[end] in "：:" and _clock_colon(body, end):
        end = first_sentence_end(body, end + 1, _HEADING_END)  # 上午8:30时统一… / 按2：1比例: a time or a ratio, no label's colon
    if end < 0 and ("；" in body or ";" in body):
        end = first_sentence_end(body)  # 加强领导；: a line closed by ；, a sentence all the same
    if end < 0:
        return _uncaptioned(_glued_title(strip_note(body))) or None, False
    if body[end] in "：:" and _LABELLED_LINE.fullmatch(body, 0, None, HOLD_GIL):
        return body, True  # 格局构建：切实筑牢首都生态安全屏障 (the whole line): the label is not the title
    if body[end] in "：:" and body[end - 2:end - 1] in _BLANKS and (label := _SPACED_LABEL.search(body[:end])) is not None:
        end = label.start()  # …领导小组组  长：刘某: the letter-spaced label of the list glued on is no part of the title
    if body[end] in "：:" and _colon_inside_sentence(body, end):
        later = first_sentence_end(body, end + 1, _SENTENCE_END)
        end = later if later >= 0 else len(body)
    title = strip_note(body[:end])
    return _glued_title(title) or None, True


# 第一条（目的和依据） / 第十六条【施行日期】: an article's caption in brackets, the whole line after its marker; the
# brackets set the caption off as 一、 sets a title, no part of it (vo_05)
_CAPTION = re.compile(r"[（(【〔\[]([^（）()【】〔〕\[\]]{1,30}+)[）)】〕\]]")


def _uncaptioned(title: str) -> str:
    m = _CAPTION.fullmatch(title)
    return m.group(1).strip() if m else title


# A body stored on one line that lost the 。 between a title and its text (一、主要任务电煤市场化改革是… /
# 八、加强组织领导各有关部门要… / 一、…的重要性近年来，我国…): the title ends where a part's formulaic title
# (lexicons/section_titles.tsv) does, when a sentence follows it (a comma, 要 or 是 in it, or a letter-spaced label:
# 组成人员组 长：; not 工作目标任务, one title, nor 组织实施企业技术创新项目计划, the entry as a verb; a quoted term may open
# the sentence: 一、总体要求行政执法“三项制度”聚焦…，…, vg_02; or a theme's slogan in quotes, no sentence: 二、活动主题“创”出
# 新天地、“贷”动大就业, wt_02; or a date, year and month, opening it: 三、时间安排2022年5月
# 部署考评工作；…, wc_07; a month with no year, the plan's: 三、工作安排2月至12月，从业务培训…开展, wk_02), or before words
# that only open a sentence: 近年来, 一要, 自本通知, 地方各级, 随着 (一、…工作的认识随着国民经济的快速发展，…: uf_07),
# and 各地区 / 各有关部门 … as the subject of a 要 clause (各承办单位 / 各责任单位 too: 一、严格落实责任各承办单位要…, wl_09).
_SECTION_PREFIXES = frozenset(t[:2] for t in SECTION_TITLES)
_GLUED_SECTION = re.compile(
    "(?P<title>" + SECTION_TITLE_WORDS + r")"
    r"(?=[\p{Han}“”]{6}[^，,要是]*+[，,要是]|\p{Han}[ \u3000\u2002\u2003]+\p{Han}$|(?:(?:19|20)\d\d年)?\d{1,2}月|(?<=主题)“)(?![和与及、的等])"
)
# found by search from the 5th character, its literal openings left to the regex module's prefilter; the text before it
# must then be the title (Han only, not a subject going on: 国务院有关部门和地方各级…, 市政府及其各部门要…,
# 各县区政府及市府各部门要…)
# 各省级生态环境部门要… / 各市级…要 (xd_01): a tier of bodies, as 各级 is, opening the sentence
# 党中央、国务院历来高度重视… (vj_03: 一、深刻领会…的重要意义党中央、国务院历来…): the centre as the subject of a stance
# (历来 / 高度 / 始终 / 一直 right after it) opens a sentence; 贯彻落实党中央、国务院决策部署 names its object
# 一、目标要求以习近平新时代中国特色社会主义思想为指导，… (vg_09, vc_02): the guiding-thought formula 以…为指导 opens the
# text of a 总体要求 part, which no title runs into; after 坚持 / 应当 / 要 it is a sentence's predicate (二、区政府工作坚持以…,
# 第四条开展备案审查工作应当坚持以…: sm_13, td_09, rc_02), no glued text
_GLUED_OPENING = re.compile(
    r"""近年来 | 一要 | 自本通知 | 地方各级 | (?<!伴)随着
      | 各 (?:有关)? (?:地区|部门|地|级|[省市县]级|村|单位|成员单位|(?:承办|责任|牵头|相关|参建|主办|会办)(?:单位|部门)) [^，。；,;：:]{0,16}? 要
      | 党中央、?国务院 (?=历来|高度|始终|一直)
      | (?<!坚持|应当|必须|始终|全面|[要应须均都是]) 以 (?:习近平|邓小平|马克思|毛泽东|科学发展观) [^，。；,;：:]{0,40}? 为指导""",
    re.X,
)
# 前期筹备阶段（2月）对纳入创建的道路…: a stage's name and its months in brackets close the title; the text is glued on
# (全面排查阶段（即日起一7月20日）积极联合…: from today on, the dash read as 一 by the sharing site's text layer)
# (宣传启动阶段（2021年12月至2022年3月底）省人力资源社会保障厅制定…, uy_11: a span with its years written out, to a month's 底)
_GLUED_STAGE = re.compile(r"\p{Han}{2,12}阶段[（(](?:即日起)?[0-9０-９\-－—～~至到月日年底初中旬上下一]{1,24}[月日底][）)](?=\p{Han})")
_TITLE_BEFORE_OPENING = re.compile(r"\p{Han}{4,30}(?<![和与及其府]|地方)")
# 二、集中公布服务内容6月底前，各市… / 十五、持续抓好跟踪调度从7月起，… / （二）主要目标到2025年，… (ut_03, uy_11: bodies
# stored on one line): a time opening the glued text and closed by a comma — a month or a year, its 底 / 末 / 旬, then
# 前 / 起 / 以来 — starts a sentence, which no title runs into (a title naming a year has no comma after it: 做好2024年
# 重点工作). 到 / 从 / 自 / 截至 before it belong to the sentence; the time may name its day (截至2018年3月29日，, xd_06).
# Only the first figure of the title is looked at (a title with a figure before its time, 实施3年行动计划2024年，…, is
# left whole).
_FIRST_FIGURE = re.compile(r"[0-9]")
_TIME_OPENING = re.compile(r"(?:[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?)(?:底|末|初|上旬|中旬|下旬)?(?:前|起|以前|以来)?[，,]")
# not a sentence's subject (市工业和信息化局自2024年起，每年公开发布…, ro_12: a unit's name) nor its intent (我市力争到2025年，)
_TITLE_BEFORE_TIME = re.compile(
    r"\p{Han}{4,24}(?<![的和与及并、对为在于至将要局厅委部办府院处署司])(?<!力争|确保|争取|预计|计划|中心|公司)"
)
_TIME_TITLE_FROM, _TIME_TITLE_TO = 4, 27  # the title's length, and where its time may stand at the latest (到 + 24 + 2)


def glued_title_at_time(title: str) -> str | None:
    """The title a time opening the glued text ends (see _TIME_OPENING), or None."""
    m = _FIRST_FIGURE.search(title, _TIME_TITLE_FROM, _TIME_TITLE_TO, HOLD_GIL)
    if m is None or _TIME_OPENING.match(title, m.start(), None, HOLD_GIL) is None:
        return None
    cut = m.start() - 1 if title[m.start() - 1] in "到从自" else m.start()
    if title.startswith("截至", m.start() - 2):  # （一）新建水站进展情况截至2018年3月29日，… (xd_06): a tally's date
        cut = m.start() - 2
    elif title.startswith(("每年", "每月"), m.start() - 2):  # 合作银行应在每年1月31日前，… (vl_09): a yearly limit, mid-sentence
        return None
    return title[:cut] if _TITLE_BEFORE_TIME.fullmatch(title, 0, cut, HOLD_GIL) else None


# 组  长 / 副  组  长 / 成  员 right before the colon, its characters parted by like blanks (a table of members flattened
# onto the heading's line), after a title of 4 characters or more
_BLANKS = frozenset(" \t\u3000\u2002\u2003")  # the cheap gate: the label's last character stands after a blank
_SPACED_LABEL = re.compile(r"(?<=\p{Han}{4}[ \t\u3000]*+)\p{Han}([ \t\u3000\u2002\u2003]++)\p{Han}(?:\1\p{Han}){0,2}[ \t\u3000]*+$")
# the label and its value as the whole line, a phrase with no stop, comma or quote: 典型场景:大型发电机组数字化设计
# (目标导向：从“量稳质升”到“质效优先” is a title and what it means); not a form's field and its value
# (项目名称：招标代理服务, 代理工作开始时间：按委托人要求)
_LABELLED_LINE = re.compile(
    r"\p{Han}{2,8}(?<!名称|内容|时间|情况|地点|日期|方式|对象|单位|期限|数量|金额|电话|地址|人)[：:][\p{Han}A-Za-z、]{2,20}"
)


# 一、领导小组人员及职责 组 长 副组长 成 员 主要职责贯彻落实… / （二）交通检疫组 组 长 副组长 职 责全面启动… (ua_07): the
# column labels of a roster table flattened onto the heading's line, 组长 or 主任 first, three labels in a row (组长职责
# alone may be a title's words); the title ends before them
_ROSTER_COLUMN = r"(?:副?组[ \t\u3000]*+长|副?主[ \t\u3000]*+任|成[ \t\u3000]*+员|(?:主要)?职[ \t\u3000]*+责)"
# found by search (its literal openings 组 / 主 left to the regex module's prefilter), not tried at each character;
# the blanks before it are passed back over by hand: a pattern opening on [ \t\u3000]*+ is entered at every blank
# of a run and reads the run to its end each time (quadratic: 100 s on a 100,000-blank line)
_ROSTER_HEAD = re.compile(rf"(?:组[ \t\u3000]*+长|主[ \t\u3000]*+任)(?:[ \t\u3000]*+{_ROSTER_COLUMN}){{2}}")
_ROSTER_TITLE = re.compile(r"\p{Han}{2,30}")
_ROSTER_FROM = 2  # characters of the title before the labels at least


def _glued_roster_at(title: str) -> int | None:
    """Where the roster's column labels glued after the title start (see _ROSTER_HEAD), the blanks before them
    with them, or None."""
    m = _ROSTER_HEAD.search(title, _ROSTER_FROM, None, HOLD_GIL)
    if m is None:
        return None
    start = m.start()
    while start > _ROSTER_FROM and title[start - 1] in LINE_BLANKS:
        start -= 1
    return start if _ROSTER_TITLE.fullmatch(title, 0, start, HOLD_GIL) else None


# （一）生态环境监测机构数据质量专项检查（简称监测机构检查）生态环境部每年随机抽查… (xd_01, a cell stored on one line): a
# title naming its own short form in brackets, then the text glued on with no stop. The short name closes the title: a
# phrase of no clause (4–30 characters) before it, and a sentence after it opening on a character — not a comma (…制度
# （简称联席会议），… goes on), nor a word joining the name to what follows (…（简称预置软件）的生产企业…). Only the bare
# 简称 a heading gives its own short form with: 以下简称 brings in a term for the text below, a sentence's subject or
# object (长期护理保险基金（以下简称长护基金）按照…; …预置软件（以下简称预置软件）的生产企业…, uw_07). No preposition or
# causative stands in the title (为使按本办法（简称新办法）计算的…, sb_11: a clause, 按 taking the short name as its object)
_ABBREVIATED_TITLE = re.compile(
    r"(?P<title>(?:(?![按为使把将由])[\p{Han}、“”]){4,30}[（(]简称[^（）()，,。；;]{1,16}[）)])(?![的之等和与及或、中])(?=[\p{Han}《“][^，,。；;]{5})"
)


# the words the text glued to a title may open with, for _GLUED_OPENING: one search asks them all before its own
_GLUED_OPENING_CUE = stdre.compile("各|近年来|一要|自本通知|随着|党中央|为指导")


def _glued_title(title: str) -> str:
    """The title cut from the text glued after it (see _GLUED_SECTION); a title that runs on no further, whole: first
    by the title's own form (a roster's labels after it, a section's or a stage's formula), then by what the glued
    sentence opens with. Each form's cheap test (`in`, a prefix) comes before its pattern, inline: most titles pass
    none and take one call, the sentence step's (one call a form, asked of every title, cost 0.36 M on the bench)."""
    if len(title) < 7:
        return title
    if "简称" in title:
        m = _ABBREVIATED_TITLE.match(title, 0, None, HOLD_GIL)
        if m is not None:
            return m.group("title")
    # _ROSTER_HEAD opens on 组…长 or 主…任 (blanks may part the two): both characters of one, or no search (speed9:
    # 组织 / 主要 titles, most of those holding 组 or 主, spared the regex call)
    if ("组" in title and "长" in title) or ("主" in title and "任" in title):
        roster = _glued_roster_at(title)
        if roster is not None:
            return title[:roster]
    if title[:2] in _SECTION_PREFIXES:
        m = _GLUED_SECTION.match(title, 0, None, HOLD_GIL)
        if m is not None:
            return m.group("title")
    if "阶段" in title:
        m = _GLUED_STAGE.match(title, 0, None, HOLD_GIL)
        if m is not None:
            return m.group()
    cut = _title_before_glued_sentence(title)
    return title if cut is None else cut


def _title_before_glued_sentence(title: str) -> str | None:
    """The title before a time closing its clause or before a sentence's opening words (各地…, 近年来…) glued on
    (None: neither)."""
    if ("，" in title or "," in title) and ("月" in title or "年" in title):  # a time's last word, then its comma
        cut = glued_title_at_time(title)
        if cut is not None:
            return cut
    if _GLUED_OPENING_CUE.search(title) is not None:
        m = _GLUED_OPENING.search(title, 4, None, HOLD_GIL)
        if m is not None and _TITLE_BEFORE_OPENING.fullmatch(title, 0, m.start(), HOLD_GIL):
            return title[:m.start()]
    return None


# 完善调控监管体系依法加强… / 实行开采和生产总量限制对耐火粘土… / 提高资源税税率为有效缩减… / 主要职能在国务院领导下…: a
# preposition opening the text glued to a title (a verb and its object, 4–24 characters, Han only); not one inside
# a word (应对, 针对, 作为, 成为, 认为, 存在, 正在, 现在, 实在, 所在; 对象, a noun: 一、考评范围本次技师考评对象为…, wc_07) nor a
# title ending in a function word (的, 和, 及);
# 依托 as 根据 (四、全面落实就业帮扶依托实名台账，…; 十、深入实施技能培训依托政府公共服务平台，…: ut_03);
# not 对 after 负责, whose subject stands before it (排污单位检查生态环境部负责对…, xd_01: the body is the subject);
# 通过 as 依托 (三、工作目标通过实施《行动计划》，到2020年，…, xd_01; not after 审议 / 表决, a vote passed);
# 对 also before its object and 要 with no comma (四、采取综合措施…违规电站建设对违规项目要综合治理、标本兼治。: uf_07)
_PREPOSITION_OPENING = re.compile(
    r"(?P<title>\p{Han}{4,24}?(?<![的和与及并、]))(?:(?<![应针面相绝])(?<!负责)对(?!象)|(?<![作成认因以更])为|(?<![存正现实所内外])在|依法|按照|根据"
    r"|依托|(?<![审议表决])通过)"
    r"(?=[\p{Han}《“][^，。；：,;:]{0,40}[，,]|(?<=对)\p{Han}{2,12}?要(?![求素点件]))"
)


# 三、工作规则联席会议原则上每年召开一次例会。: a formulaic title before a whole sentence with no comma in it, which
# _GLUED_SECTION alone leaves whole (组织实施企业技术创新项目计划 is the entry as a verb); read among glued siblings only
_SECTION_BEFORE_SENTENCE = re.compile("(?P<title>" + SECTION_TITLE_WORDS + r")(?![和与及、的等])(?=\p{Han}{6})")


# 三、做好高技能领军人才服务保障工作《意见》提出要以… / 二、…，推动《意见》贯彻落实《意见》提出… (vj_03): the short name the
# notice gave the document it implements (以下简称《意见》) opening the text with what that document says (提出 / 明确 / 指出
# / 强调, no 的 after it: 落实《意见》提出的任务 is one phrase); read among glued siblings only. Not after a preposition
# taking the name as its object (按照《意见》, 根据《意见》).
_CITED_SAYS = re.compile(
    r"(?P<title>[\p{Han}，《》]{6,40}?(?<![照据循对将把的和与及、，]))《\p{Han}{1,12}》(?=(?:提出|明确|指出|强调)(?!的))"
)


def glued_title_at_cited_name(title: str) -> str | None:
    """The title the cited short name opening the glued text ends (see _CITED_SAYS), or None."""
    if "》" not in title:
        return None
    m = _CITED_SAYS.match(title, 0, None, HOLD_GIL)
    return None if m is None else m.group("title")


# 二、全面推行行政执法公示制度，着力打造透明政府行政执法公示是… / 五、推进行政执法信息化建设，为…提供技术保障行政执法机关要…
# (vg_02): the text glued to a title opens on the title's own words (four characters or more) as its subject, a predicate
# (是, 要, 由, 应) within a few characters after them: a sentence taking up what the title named, which no title runs
# into; read where the list's other titles are seen glued, as the preposition is. The title before it (6 characters or
# more) ends on no joining word or comma.
_ECHO_MIN, _ECHO_FROM, _ECHO_TO = 4, 6, 40
_ECHO_PREDICATE = re.compile(r"\p{Han}{0,6}?(?:是|要(?![求素点件])|由|应(?![用对急]))")
_TITLE_BEFORE_ECHO = re.compile(r"[\p{Han}，“”]{6,40}(?<![的和与及并、对为在将要把，“])")


# 组织开展月度信息化存证组织重点排放单位，… / 鼓励地方开展模式和工具创新鼓励地方围绕… / 生态环境部生态环境部委托… (wo_07, wi_09,
# wo_09): the glued text opens again on the title's own first word, as the writer starts the sentence doing what the title
# names; read where the list's other titles are seen glued, as the preposition is. The title before it (4–24
# characters, Han, figures, 、 or quotes: 组织制订2023年度数据质量控制计划) holds no comma and ends on no joining word; nor
# does it hold 的, whose noun the text goes on to (三、考核方法及步骤工作人员的年度考核实行…, ut_10: 考核 is the noun taken up).
_RESTART_FROM, _RESTART_TO, _RESTART_TEXT_MIN = 4, 24, 6
_TITLE_BEFORE_RESTART = re.compile(r"(?:(?!的)[\p{Han}0-9、“”]){4,24}(?<![和与及并、对为在将要把])")


def glued_title_at_restart(title: str) -> str | None:
    """The title the glued text opening again on the title's first word ends (see _TITLE_BEFORE_RESTART), or None."""
    first = title[:2]
    p = title.find(first, _RESTART_FROM, _RESTART_TO + 2)
    if p < 0 or len(title) - p < _RESTART_TEXT_MIN or not first.isalpha():
        return None
    return title[:p] if _TITLE_BEFORE_RESTART.fullmatch(title, 0, p, HOLD_GIL) else None


def glued_title_at_echo(title: str) -> str | None:
    """The title a sentence opening on the title's own words ends (see _ECHO_PREDICATE), or None."""
    for p in range(_ECHO_FROM, min(_ECHO_TO, len(title) - _ECHO_MIN - 1) + 1):
        k = _ECHO_MIN
        if title[p:p + k] not in title[:p] or not title[p:p + k].isalpha():
            continue
        while p + k < len(title) and title[p:p + k + 1] in title[:p]:
            k += 1  # the whole of the words taken up, so the predicate is looked for after them
        if _ECHO_PREDICATE.match(title, p + k, None, HOLD_GIL) and _TITLE_BEFORE_ECHO.fullmatch(title, 0, p, HOLD_GIL):
            return title[:p]
    return None


def glued_section_title(title: str) -> str | None:
    """The formulaic title a sibling's sentence is glued to (see _SECTION_BEFORE_SENTENCE), or None."""
    m = _SECTION_BEFORE_SENTENCE.match(title, 0, None, HOLD_GIL)
    return None if m is None else m.group("title")


def glued_title_at_preposition(title: str) -> str | None:
    """The title a preposition opening the glued text ends (see _PREPOSITION_OPENING): read only where the
    document's other titles of the list are seen glued to their text, never alone."""
    m = _PREPOSITION_OPENING.match(title, 0, None, HOLD_GIL)
    return None if m is None else m.group("title")


# 七、加强信息引导工业和信息化部、国土资源部会同行业协会等单位，要… (sy_11): a unit of units.tsv opening the text glued to a
# title, the subject of its first clause (another unit after 、, or 会同 / 负责 / 要 / 应 after it; 单独或会同 / 单独 for a body
# acting alone or with others: （一）监测机构检查生态环境部单独或会同市场监管总局对…, xd_01); read where the list's
# other titles are seen glued, as the preposition is. The title before it is Han only and ends on no joining word.
_UNIT_SUBJECT_AFTER = re.compile(r"、|会同|负责|单独(?:或|和)?(?:会同|联合)?|要(?![求素点件])|应(?!当前|用|对)")
_TITLE_BEFORE_UNIT = re.compile(r"\p{Han}{4,24}(?<![的和与及并、对为在])")
_UNIT_NAME_LONGEST = 12


@cache
def _unit_names() -> frozenset[str]:
    """The names and aliases of lexicons/units.tsv of three characters or more (工业和信息化部, 工信部 …)."""
    return frozenset(n for row in lexicons.rows("units.tsv") for n in (row[0], *row[1].split("|")) if len(n) >= 3)


def glued_title_at_unit(title: str) -> str | None:
    """The title a unit opening the glued text ends (see _UNIT_SUBJECT_AFTER), or None."""
    names = _unit_names()
    for p in range(4, min(len(title) - 4, 25)):
        for k in range(min(_UNIT_NAME_LONGEST, len(title) - p - 1), 2, -1):
            if title[p:p + k] in names and _UNIT_SUBJECT_AFTER.match(title, p + k, None, HOLD_GIL):
                return title[:p] if _TITLE_BEFORE_UNIT.fullmatch(title, 0, p, HOLD_GIL) else None
    return None


# 二、加强职业技能培训规范化、标准化开展家政服务… / 四、优化职业技能评价进一步完善… / 八、扩大从业人员规模延续实施… (vc_07):
# a title that is a task's verb and its object (lexicons/task_verbs.tsv opens it), glued to a sentence opening on another
# task verb or on an adverb / subject that only opens a sentence; read where the list's other titles are seen glued.
# The cut stands 6–16 characters in; not before 化 (规范化, 标准化: a noun), nor at 发展, which as often ends the
# title's object (促进行业规范发展鼓励…, 推动高质量发展).
# (lexicons/sentence_openers.tsv: no word of it is the start of another, so the order it is tried in does not matter)
_SENTENCE_OPENERS = lexicons.entries("sentence_openers.tsv")
_TITLE_BEFORE_VERB = re.compile(r"[\p{Han}、]{6,16}(?<![的和与及并、对为在])")
_VERB_CUT_FROM, _VERB_CUT_TO = 6, 16
_NOUN_TOO = "发展"


def _opens_on(title: str, p: int, words: tuple[str, ...]) -> int:
    """The length of the word of `words` title[p:] opens on, or 0."""
    for w in words:
        if title.startswith(w, p):
            return len(w)
    return 0


def glued_title_at_verb(title: str) -> str | None:
    """The verb-and-object title a second task verb or a sentence opener ends (see _SENTENCE_OPENERS), or None."""
    verbs = task_verbs()
    if not _opens_on(title, 0, verbs):
        return None
    for p in range(_VERB_CUT_FROM, min(_VERB_CUT_TO, len(title) - 4) + 1):
        if title[p - 1] in "，,；;":
            return None  # the first clause ended: no title glued
        k = _opens_on(title, p, _SENTENCE_OPENERS)
        if not k:
            k = _opens_on(title, p, verbs)
            if not k or title[p + k:p + k + 1] == "化" or title.startswith(_NOUN_TOO, p):
                continue
        return title[:p] if _TITLE_BEFORE_VERB.fullmatch(title, 0, p, HOLD_GIL) else None
    return _glued_title_at_subject(title, verbs)


# 五、加强对专业性劳动争议调解工作的组织领导各地人力资源社会保障行政部门…要 (vf_10): a title longer than the verb cut
# reads (17–20 characters) is cut only where a sentence's subject of all the parties opens (各地, 各级, 各部门: the
# openers of lexicons/sentence_openers.tsv on 各), and not after a verb whose object that subject is (指导各地, 督促各级)
_SUBJECT_OPENERS = tuple(w for w in _SENTENCE_OPENERS if w.startswith("各"))
_TITLE_BEFORE_SUBJECT = re.compile(r"[\p{Han}、]{17,20}(?<![的和与及并、对为在])")
_SUBJECT_CUT_TO = 20
_DIRECTS_PARTIES = ("指导", "督促", "要求", "帮助", "动员")  # verbs outside task_verbs.tsv whose object 各地 is


def _glued_title_at_subject(title: str, verbs: tuple[str, ...]) -> str | None:
    """The verb-and-object title of 17–20 characters a subject opener (各地…) ends, or None."""
    for p in range(_VERB_CUT_TO + 1, min(_SUBJECT_CUT_TO, len(title) - 4) + 1):
        if title[p - 1] in "，,；;":
            return None
        if _opens_on(title, p, _SUBJECT_OPENERS):
            if any(title.endswith(v, 0, p) for v in (*verbs, *_DIRECTS_PARTIES)):
                return None  # 指导各地…: the subject is the verb's object
            return title[:p] if _TITLE_BEFORE_SUBJECT.fullmatch(title, 0, p, HOLD_GIL) else None
    return None


# 一、准确把握总体要求认真学习贯彻… / 十三、加强就业宣传引领充分利用… (ut_03) / 一、有保有限，强化电力需求侧管理切实做好有序供电
# (vg_03) / 八、做好…的衔接要把努力解决… / 五、聚焦重点结对帮扶将脱贫家庭…作为重点帮扶对象，…: an adverb of manner that only
# opens a predicate (认真, 切实, 充分, 广泛, 千方百计, 积极 but not 积极性), 要把 / 坚持把, or 将 taking its object before a comma
# (将X作为Y, up to 60 characters), opening the text glued to a title whatever word the title opens on; read where the
# list's other titles are seen glued, as the preposition is. The title before it (4–30 characters, Han, a comma or quotes) ends on no joining word, and no
# comma stands right before the opener (…，切实… is a clause of the sentence going on).
_PREDICATE_OPENING = re.compile(
    r"(?P<title>[\p{Han}，“”]{4,30}?(?<![的和与及并、对为在将要把，]))"
    r"(?:认真|切实|充分|广泛|千方百计|积极(?!性)|(?:要|坚持)把|(?<![即必终])将(?![来军领士])(?=\p{Han}[^，。；：,;:]{0,60}[，,]))"
    r"(?=\p{Han})"
)
_PREDICATE_TEXT_MIN = 8  # characters from the opener to the title sentence's end: a sentence, not a title's tail


def glued_title_at_predicate(title: str) -> str | None:
    """The title an adverb, 要把 or 将 opening the glued text ends (see _PREDICATE_OPENING), or None."""
    m = _PREDICATE_OPENING.match(title, 0, None, HOLD_GIL)
    if m is None or len(title) - m.end("title") < _PREDICATE_TEXT_MIN:
        return None  # 推动政策切实落地见效: a short tail is the title's own predicate, no sentence glued on
    return m.group("title")


# 煤层气（煤矿瓦斯）: an aside in brackets naming the topic's thing a second way, which the text glued to a title never
# repeats (一、加快煤层气抽采利用是… under 关于加快煤层气（煤矿瓦斯）抽采利用的若干意见, wr_09)
_TOPIC_ASIDE = re.compile(r"[（(][^（）()]{1,12}[）)]")


def document_topic(doc_title: str | None) -> str | None:
    """加强煤炭行业管理有关问题 for 国务院办公厅关于加强煤炭行业管理有关问题的意见: what the notice is about, its bracketed
    asides left out (the text names the topic without them)."""
    m = TITLE_TOPIC.search(doc_title or "")
    if m is None:
        return None
    topic = m.group("topic")
    return _TOPIC_ASIDE.sub("", topic) if "（" in topic or "(" in topic else topic


_CLAUSE_END = re.compile(r"[，,；;]")
_TITLE_JOINS = "和与及、的等"
_TOPIC_SUBJECT_TITLE_MIN = 6  # characters of a title cut before the topic's words opening the glued text


def glued_title_at_topic(title: str, topic: str) -> str | None:
    """The title cut where the document's topic meets the text glued after it (see grammar.TITLE_TOPIC): the title
    ends on the topic's last words (…电力设施保护工作|保护电力设施安全是…), or the text opens on the topic as its
    subject (…部门职能|加强煤炭行业管理，既要…); a predicate must follow. None when neither is seen."""
    cut = _CLAUSE_END.search(title)
    clause = title if cut is None else title[:cut.start()]
    if len(clause) < 12:
        return None
    for k in range(len(topic), 5, -1):  # the longest tail of the topic the clause holds
        at = clause.find(topic[-k:])
        if at >= 0:
            end = at + k
            if 4 <= end <= len(clause) - 2 and clause[end] not in _TITLE_JOINS and SUBJECT_PREDICATE.match(title, end):
                return title[:end]
            break
    # the text opening on the topic's words: a title of 6 characters or more before them (国营重点|矿业企业要… under
    # 保护国营矿业企业正常生产, wr_05: 4 characters are the subject's own modifier, no title)
    for p in range(_TOPIC_SUBJECT_TITLE_MIN, len(clause) - 3):
        if clause[p - 1] in _TITLE_JOINS or clause[p - 1:p + 1] in topic:
            continue  # the topic's words must open the text, not go on from the title's
        k = 4
        while p + k < len(clause) and clause[p:p + k + 1] in topic:
            k += 1
        if clause[p:p + k] in topic and TOPIC_PREDICATE.match(title, p + k):
            return title[:p]
    return None


# 指导思想。 / 县级层面。 / 振兴目标： — a short phrase closed by 。 or ： as the whole text after the marker (a note after
# it aside): a title written as a sentence. No digits or brackets: 地区生产总值增长8%以上。 and 计票地点：…（高岭）大会议室。
# state something.
# (× stands for a name a template leaves to fill: 4、秘书处依托××单位设立。, vk_07, as XX does)
_TITLE_PHRASE = re.compile(r"[\p{Han}A-Za-z“”\"、，×]{2,24}")
_TITLE_CLOSE = ("。", "：", ":")


# 典型场景：研发设计: a title written as a label and its value, two short phrases and no sentence
_LABELLED_TITLE = re.compile(r"\p{Han}{2,8}[：:][\p{Han}A-Za-z“”\"、]{2,16}")


# The title either form reads is a prefix of the body of _TITLE_PHRASE's characters (2–24 of them) ended by 。 or ：
# (a phrase), or by the colon of a label (2–8 characters before it): so the body's first character outside that class
# must stand at 2..24 and be 。, ： or :. After a phrase's close only what strip_note drops may follow (closing
# punctuation, blanks, one note to the end); a labelled title is the whole body (26 characters at most). A heading
# sentence with text after it (加强组织领导。各地要…) fails these tests and is spared strip_note and its note grammar.
_TITLE_PREFIX = re.compile(r"[\p{Han}A-Za-z“”\"、，×]{2,24}[。：:]")
_TITLE_TAIL = "。．.，,；;：:\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_LABELLED_TITLE_MAX = 26


def _closes_in_reach(body: str) -> bool:
    """Does 。, ： or : stand among the body's characters 2–24, where _TITLE_PREFIX's closer must stand (none of the
    three is in its class, so the first one the match reaches is its close)?"""
    head = body[2:25]
    return "。" in head or "：" in head or ":" in head


def _may_be_title_sentence(body: str) -> bool:
    """What is_title_sentence needs, tested without strip_note (body stripped)."""
    if not _closes_in_reach(body):
        return False  # _TITLE_PREFIX cannot match: spared the regex call (≈ 2–3 K of set-up a call)
    m = _TITLE_PREFIX.match(body, 0, None, HOLD_GIL)
    if m is None:
        return False
    rest = body[m.end():].lstrip(_TITLE_TAIL)
    return not rest or rest[0] in NOTE_OPEN or len(body) <= _LABELLED_TITLE_MAX


# AI for Science: a term of Latin words parted by blanks, which a title names as one word (8.AI for Science 的基础设施
# 建设与示范应用。, uw_01); with the blank after it, it stands for one character of the title
_LATIN_TERM = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)+ ?")


def is_title_sentence(body: str) -> bool:
    """Is the text after a marker one short title phrase closed by 。 or ：, and nothing more (（一）指导思想。), or a
    labelled title (1.典型场景：研发设计)?"""
    body = body.strip()
    if " " in body[:40] and _LATIN_TERM.search(body, 0, 40, HOLD_GIL):
        body = _LATIN_TERM.sub("A", body)  # (a blank opens the gate: most titles hold none)
    if not _may_be_title_sentence(body):
        return False
    title = strip_note(body)  # drops a closing note and the closing 。 / ：
    if _LABELLED_TITLE.fullmatch(title, 0, None, HOLD_GIL) and body[len(title):] in ("", "。"):
        return True
    return body[len(title):len(title) + 1] in _TITLE_CLOSE and bool(_TITLE_PHRASE.fullmatch(title, 0, None, HOLD_GIL))


# ------------------------------------------------------------------ run-in paragraph headings

# (促进“互联网+”新业态创新。, wz_03; 全面实施光伏+工程。, xe_07): the plus (+ or ＋) of a “互联网+” / 光伏+ programme's name is
# a character of the head, as quotes are
_HEAD_SENTENCE = re.compile(r"[\p{Han}A-Za-z0-9“”\"+＋]{4,16}")
# 生态优先，绿色发展。 / 问题导向、科学修复。: two short phrases, the way principles are headed
_PAIRED_HEAD = re.compile(
    r"(?!为了|根据|按照|通过|对于|由于|依据|依照|关于|经过|鉴于|随着)(\p{Han}{4,8})[，、](?![由对在将把以为按经从向根依])(\p{Han}{4,8})"
)
_ENUM_LEADS = ("一是", "二是", "三是", "四是", "五是", "六是", "首先", "其次", "同时", "此外", "另外", "最后")


def _is_head_sentence(sentence: str, *, paired: bool = False) -> bool:
    """A short heading sentence; `paired` also admits two phrases (生态优先，绿色发展), which
    only a line's first sentence may be (inside a paragraph they are ordinary sentences)."""
    if not sentence or sentence.startswith(_ENUM_LEADS) or sentence[0].isdigit():
        return False
    return bool(_HEAD_SENTENCE.fullmatch(sentence) or (paired and _is_paired(sentence)))


def _is_paired(sentence: str) -> bool:
    """生态优先，绿色发展 / 坚持创新驱动，激发转型新动能: two parallel phrases of like length; not a clause and
    its complement (设立村级路长，由村委会主任担任)."""
    m = _PAIRED_HEAD.fullmatch(sentence)
    if m is None:
        return False
    # 坚持企业主导、政府推动: the leading 坚持 governs both phrases, so it does not count in the first one's length
    a, b = len(m.group(1)), len(m.group(2))
    return abs(a - b) <= 1 or (m.group(1).startswith("坚持") and abs(a - 2 - b) <= 1)


# 旅游成为小康社会人民美好生活的刚性需求。…: a longer heading sentence (17–24 characters, no inner punctuation)
# heads a paragraph only in a run of lines that open so (an achievement or a goal stated as each line's head)
_LONG_HEAD_SENTENCE = re.compile(r"[\p{Han}A-Za-z0-9“”\"+＋]{17,24}")


# 落实师德建设新要求，增强师德教育实效性。… / 提升培养规格层次，满足…的需要。… (ut_11): a goal's two clauses, the first
# opening on a task's verb (lexicons/task_verbs.tsv), 19–28 characters in all; read in the same runs of three
_LONG_PAIRED_HEAD = re.compile(r"\p{Han}{6,13}，\p{Han}{6,18}")
_LONG_PAIRED_MAX = 28


def long_paragraph_head(line: str) -> str | None:
    """The 17–24 character heading sentence a line opens with (or a goal's two clauses, see _LONG_PAIRED_HEAD),
    followed by more text; None when it opens with none."""
    end = line.find("。", 17)
    if end < 0 or end > _LONG_PAIRED_MAX or end + 1 >= len(line) or line[0].isdigit() or line.startswith(_ENUM_LEADS):
        return None
    if _RULE_WORDS.search(line, 0, end):
        return None
    if end <= 24 and _LONG_HEAD_SENTENCE.fullmatch(line, 0, end):
        return line[:end]
    return line[:end] if "，" in line[:end] and _long_paired_head(line, end) else None


def _long_paired_head(line: str, end: int) -> bool:
    m = _LONG_PAIRED_HEAD.fullmatch(line, 0, end, HOLD_GIL)
    return m is not None and task_opening().match(line) is not None


# 推进粉煤灰、脱硫石膏综合利用。… / 发挥自由贸易试验区、自由贸易港制度创新作用。…: a heading sentence naming the things
# it is about in a 、 list (6–24 characters, no other inner stop); read as a head only inside a run of headed lines
_ENUMERATED_HEAD = re.compile(r"[\p{Han}“”]{2,16}(?:、[\p{Han}“”]{1,16})+[\p{Han}“”]{0,16}")
_ENUMERATED_MAX = 24


def enumerated_head(line: str) -> str | None:
    """The heading sentence with a 、 list a line opens with, followed by more text; None when it opens with none."""
    end = line.find("。", 0, _ENUMERATED_MAX + 1)
    if end < 6 or end + 1 >= len(line) or "、" not in line[:end] or line.startswith(_ENUM_LEADS):
        return None
    # 推进粉煤灰、…: the list is what a task is done to, so the head opens on a task's verb (lexicons/task_verbs.tsv); a
    # sentence opening on the things themselves (各地区、各部门要…。) is prose
    if task_opening().match(line) is None:
        return None
    if _RULE_WORDS.search(line, 0, end) or not _ENUMERATED_HEAD.fullmatch(line, 0, end):
        return None
    return line[:end]


# 市场主体应当在歇业前向登记机关办理备案。: a rule is a sentence of the text, never its heading; not the 应 of a word
# (提升大型企业工业互联网创新和应用水平。, sc_02: 应用, 供应, 适应, 响应, 相应, 对应, 效应)
_RULE_WORDS = re.compile(r"应当|(?<![供适响相对效])应(?!用)|须|不得|可以|禁止|严禁")
# 应当明确联盟对外承担责任的主体。对外承担…: a sentence opening on what must or may be done is a rule, never a run-in head
_RULE_OPENINGS = ("应当", "不得", "可以", "必须")


def paragraph_heads(line: str) -> list[tuple[int, str]]:
    """Run-in paragraph headings in an un-numbered line: [(offset, title), …].

    A line counts when it *starts* with a short heading sentence (4–16 characters, no inner
    punctuation, ending in 。) followed by more text — the way bold run-in heads
    (组织专家全面解读。邀请…) read once the bold is lost. Later heading sentences in the same
    line start further paragraphs. Empty when the line does not start with one.
    """
    end = line.find("。")
    if end < 0 or end > 17 or end + 1 >= len(line):
        return []
    if not _is_head_sentence(line[:end], paired=True) or line.startswith(_RULE_OPENINGS):
        return []
    heads = [(0, line[:end])]
    shape = _pair_shape(line[:end]) if _is_paired(line[:end]) else None
    pos = end + 1
    n = len(line)
    while pos < n:
        nxt = line.find("。", pos)
        if nxt < 0:
            break
        sentence = line[pos:nxt]
        if nxt + 1 < n and (_is_head_sentence(sentence) or (shape is not None and _pair_shape(sentence) == shape)):
            heads.append((pos, sentence))
        pos = nxt + 1
    return heads


# 重点突破，以点带面: two phrases of Han characters parted by a comma, whatever word opens the second
_TWO_PHRASES = re.compile(r"(\p{Han}{4,8})[，、](\p{Han}{4,8})")


def _pair_shape(sentence: str) -> tuple[int, int] | None:
    """夯实基础，补齐短板 -> (4, 4): the lengths of two phrases parted by a comma, None for a sentence of other form. A
    line opening on a paired head goes on to the next principle where a sentence of the very same shape stands
    (夯实基础，补齐短板。… 重点突破，以点带面。…, ve_05's four principles glued on one line); a pair of other lengths
    inside the paragraph stays its text."""
    m = _TWO_PHRASES.fullmatch(sentence) if len(sentence) <= 17 else None
    return None if m is None else (len(m.group(1)), len(m.group(2)))


# 日常监测：根据…。/ 实地调研：对照…。: a short name and a colon opening the line, the way list-like paragraphs
# are headed; 一屏：山区生态屏障 (no sentence after it) heads the paragraph below it
# (2021年目标：南郑区…通过验收: a year may open the name, the year's part of a plan's goals)
_LABEL_HEAD = re.compile(r"((?:(?:19|20)\d\d年度?)?\p{Han}{2,6})[：:](?=\p{Han})")
_LABEL_LINE_MAX = 40
_SENTENCE_STOP = re.compile(r"[。；！？;!?]")


def label_head(line: str) -> tuple[str, bool] | None:
    """(title, whole line) when the line opens with a short label and its colon: the label is the title of a
    paragraph running on after it; a line with no sentence stop, short, is a heading line titled whole."""
    m = _LABEL_HEAD.match(line)
    if m is None:
        return None
    if len(line) <= _LABEL_LINE_MAX and _SENTENCE_STOP.search(line) is None:
        return line, True
    return m.group(1), False
