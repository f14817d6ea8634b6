"""What each line of the repaired text is, asked once: the line tests, and the pass that keeps their answers.

A line's role facts (prose, date, label, 文号, addressee, 主送, attachment, table row, web furniture, metadata
line, signing body, its labelled fields) are pure functions of its text. ``Roles`` answers each one for a line
index the first time it is asked and keeps the answer, so the layout, the metadata reader and the tree builder
share one classification instead of re-testing the same lines (before it, 35,921 of 64,398 such calls on the
samples and tests/real/docs re-asked a question already answered for the same line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Protocol

import re as stdre

import regex as re

from policyparse import lexicons
from policyparse.grammar import OPENING_WORDS, ORG_END, GLUED_ISSUERS, GLUED_ISSUERS_MAX, HOLD_GIL, field_labels, field_labels_longest_first, match_marker
from policyparse.segment.dates import is_date_line, is_iso_date_line

_SPACE = re.compile(r"\s+")

# The year in 〔〕 or in any bracket a page puts for it (［］, （）, 【】, the low quotes „‟ of a lost font), or
# written without brackets after the issuer code (某政发2021年第3号, 某某部公告2019年第237号).
DOC_NUMBER = re.compile(
    r"([\p{Han}A-Za-z]{1,12})\s*(?:[〔\[［（(【„]\s*((?:19|20)\d{2})\s*[〕\]］）)】‟]\s*(?:第\s*)?"
    r"|(?<=[发字函办规令告通电])((?:19|20)\d{2})\s*年\s*第\s*)(\d{1,5})\s*[号號]"
)
_DOC_NUMBER_CORE = re.compile(
    r"(?:[〔\[［（(【„]\s*((?:19|20)\d{2})\s*[〕\]］）)】‟]\s*(?:第\s*)?"
    r"|(?<=[发字函办规令告通电])((?:19|20)\d{2})\s*年\s*第\s*)(\d{1,5})\s*[号號]"
)
_ISSUER_CODE = re.compile(r"[\p{Han}A-Za-z]")


# 40000219-5〔2014〕1号: an organisation's 组织机构代码 (eight digits, a hyphen, a check digit) standing for the
# 发文机关代字, as in the CESI 公文 sample; a bare number or a year before the bracket is no code
_ORG_CODE_END = re.compile(r"(?<![0-9A-Za-z-])\d{8}-[0-9X]$")


def find_doc_number(s: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the first 文号 (鞍政发〔2022〕1号) in s[pos:endpos]. Anchored on the
    bracketed year, then extended back over the issuer code, so the scan stays linear."""
    end_limit = len(s) if endpos is None else endpos
    if s.find("号", pos, end_limit) < 0 and s.find("號", pos, end_limit) < 0:
        return None  # every 文号 closes on 号 (號): most texts asked hold none, and the core's scan opens on a lookbehind
    for m in _DOC_NUMBER_CORE.finditer(s, pos, end_limit, False, HOLD_GIL):
        k = m.start()
        while k > pos and s[k - 1] in " \t\u3000":
            k -= 1
        start = k
        while start > pos and m.start() - start < 16 and _ISSUER_CODE.match(s[start - 1], 0, None, HOLD_GIL):
            start -= 1
        if start == k:
            code = _ORG_CODE_END.search(s[max(pos, k - 11):k])
            start = k - len(code.group(0)) if code else k
        if start < k:
            return start, m.end()
    return None


# （此件社会公开）: the wording 生态环境部 and the bodies signing with it use (wi_02, wi_09)
DISCLOSURE = re.compile(r"此件(?:公开发布|社会公开|主动公开|依申请公开|不予公开|不公开|删减后公开|有删减)|(?:本文|本件)有删减|(?<=^|[（(])(?:主动公开|依申请公开|不予公开)(?=$|[）)])")
# 联系电话： / 联系人： / 联系方式：, or 联系电话 with the number straight after it (（联系电话010-68205132）)
_CONTACT_LABEL = r"联系(?:电话|人|方式)\s*(?:[：:]|(?<=电话)(?=\d))"
CONTACT = re.compile(rf"^[（(]?\s*({_CONTACT_LABEL}\s*.*?)\s*[）)]?\s*$")  # a line of its own
CONTACT_INLINE = re.compile(rf"[（(]\s*({_CONTACT_LABEL}[^（）()\n]{{1,100}})[）)]")  # in brackets inside a paragraph
ATTACHMENT = re.compile(r"^附\s*件\s*(\d{0,3})\s*[：:．.、]?\s*(.*)$", re.S)  # re.S: a layout line holds the wraps of its paragraph
ORG_HINT = re.compile(r"政府|部门|单位|办事处|委员会|管委会|局|厅|科协|学会|协会|开发区|街道|办公室|机关|院校|高校|基地|处室|各")


@cache
def _furniture_words() -> tuple[str, ...]:
    return lexicons.entries("web_furniture.tsv")


@cache
def _furniture_alternation() -> stdre.Pattern:
    """The furniture words as one alternation of literals: the standard library's engine skips to a possible start by
    the words' first characters, one search where `any(w in s ...)` ran 28 substring tests (≈ 5× the time a line)."""
    return stdre.compile("|".join(stdre.escape(w) for w in _furniture_words()))


def is_furniture(s: str) -> bool:
    """Whether the line holds one of the furniture words (any(w in s for w in _furniture_words()))."""
    return _furniture_alternation().search(s) is not None


def is_table_row(s: str) -> bool:
    """A row of a table (cells joined by tabs), unless the tab only follows a marker (一、\t总体要求)."""
    if "\t" not in s:
        return False
    first = s.split("\t", 1)[0].strip()
    marker = match_marker(first)
    return not (marker is not None and marker.end >= len(first))



# 导读：… / 核心提示：… / 内容提要：… / 导语：…: a page's summary of the notice, printed above its 文号 (sf_14) or
# a writing site's note on where the text came from (sk_03: 导语：…一文来源于网友上传); front matter
_PAGE_SUMMARY = re.compile(r"^(?:导读|核心提示|内容提要|导语)\s*[:：]")


def is_page_summary(s: str) -> bool:
    # each pattern asked only of a line that can hold its match (the labels' first characters at its start; 预览)
    return bool(s[:1] in _SUMMARY_LABEL_FIRST and _PAGE_SUMMARY.match(s, 0, None, HOLD_GIL)
                or "预览" in s and _PREVIEW_NOTE.match(s, 0, None, HOLD_GIL))


_SUMMARY_LABEL_FIRST = frozenset("导核内")  # 导读 / 导语, 核心提示, 内容提要


# 资源预览文档简介为自动调取，内容显示的完整度及准确度或有误差，请您下载后查看完整的文档内容。: a document-sharing
# site's note on its preview of the document below; front matter
_PREVIEW_NOTE = re.compile(r"^[^。\n]{0,8}?预览[^。\n]{0,40}?(?:自动调取|下载后查看)")
# 《…实施方案.docx》由会员分享，可在线阅读，更多相关《…》请在…上搜索。: a document-sharing site's line on the file it
# shows below; no preamble of the notice (the front still starts at it: the title lines below it are the notice's,
# the file names above it the site's)
_SHARING_NOTE = re.compile(r"^《[^》\n]{1,120}》由会员分享")


def is_sharing_note(s: str) -> bool:
    return s.startswith("《") and _SHARING_NOTE.match(s, 0, None, HOLD_GIL) is not None


# 税谱®提示：根据2019年5月16日 某市人民政府关于公布行政规范性文件清理结果的通知》（某政综〔2019〕38号规定，继续有效: a legal
# database's note of the clean-up that kept (or ended) the document, printed above it
_CLEANUP_NOTE = re.compile(r"^[^。\n]{0,12}?(?:根据|依据)[^。\n]{4,160}?(?:规定|决定|通知)[》〉)）\s]*+[，,]?[ \t\u3000]*+"
                           r"(?:继续有效|已失效|失效|宣布失效|废止|予以废止|已废止)[。]?$")


def is_cleanup_note(s: str) -> bool:
    # every match holds 根据 / 依据 and ends on a word holding 效 or 废止: most lines are spared the call
    return (("根据" in s or "依据" in s) and ("效" in s or "废止" in s)
            and _CLEANUP_NOTE.match(s, 0, None, HOLD_GIL) is not None)


# 中国煤炭报微信整理，来源：国家发改委网站: a news page's credit for where its copy came from (who compiled it and the
# source), printed above its lead; front matter, and a line of its own (no sentence that the next line finishes)
_SOURCE_CREDIT = re.compile(
    r"^[^。；;，,\n]{2,24}?(?:整理|编辑|转载|摘编|编发)[ \t\u3000]*+[，,、]?[ \t\u3000]*+(?:文章|信息|稿件)?来源[ \t\u3000]*+[：:][^。；;\n]{1,30}$"
)


def is_source_credit(s: str) -> bool:
    return "来源" in s and _SOURCE_CREDIT.match(s, 0, None, HOLD_GIL) is not None  # every match holds 来源


_CUT_SENTENCE_MIN = 20
_DASH_LEAD_IN_MIN = 24  # a clause leading in by a dash without a comma: a sentence at this length (headlines are shorter)


# ![]() | (us_07): an image a page converted to Markdown left, its ! no exclamation ending a sentence
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,200}+\]\([^)\n]{0,500}+\)")


def is_prose(s: str) -> bool:
    """A sentence paragraph rather than a title, label or fragment."""
    if "![" in s:
        s = _MARKDOWN_IMAGE.sub("", s)
    # the stops asked one by one, not by any() over a generator (a resume a stop, on every line asked)
    if "。" in s or "！" in s or "？" in s or "!" in s or "?" in s or s.endswith(("；", ";")) or (len(s) > 50 and "，" in s):
        return True
    if not s.endswith(_LEAD_ON_ENDS):
        return False  # a title or label: no ending a cut, lead-in or trailing sentence has (one test, no four calls)
    return _cut_after_comma(s) or _leads_in_by_dash(s) or _trails_off(s) or _leads_into_a_list(s)


# the endings the sentences below end with: a cut after a comma, a dash lead-in, a trailing ellipsis, a colon lead-in
_LEAD_ON_ENDS = ("，", "——", "……", "：", ":")


def _cut_after_comma(s: str) -> bool:
    """《…方案》已经市人民政府同意，现印发给你们，: a sentence of clauses the page cut after a comma."""
    return len(s) >= _CUT_SENTENCE_MIN and s.endswith("，") and "，" in s[:-1]


def _leads_in_by_dash(s: str) -> bool:
    """…，可概括为“183”行动——: clauses led by a dash into the paragraphs below, as a colon leads into a list; a clause
    long enough is a sentence without a comma (这份由…印发的规划明确了“十四五”…主要指标——, tl_03), a headline is not."""
    return s.endswith("——") and len(s) >= 8 and ("，" in s or len(s) >= _DASH_LEAD_IN_MIN)


def _trails_off(s: str) -> bool:
    """国内生产总值（GDP）增长5%左右、城镇新增就业1200万人以上、…、单位GDP能耗降低3%左右……: a run of clauses trailing off
    into an ellipsis is a sentence (a news story's lead, tk_10), not a title."""
    return s.endswith("……") and len(s) >= _CUT_SENTENCE_MIN and "、" in s


def _leads_into_a_list(s: str) -> bool:
    """A sentence leading into a list (现将有关事项通知如下：), not a label (发布机构：); however short, a field of work
    leading into its works (住房保障方面： / 开工建设保障性住房80万平方米…, tg_05) is no label either."""
    return (s.endswith(("：", ":")) and (len(s) >= 8 or (len(s) >= 5 and s[-3:-1] == "方面")) and not is_label_line(s)
            and not is_furniture(s) and not _closes_on_empty_field(s))


# 时间：2020-09-29 来源： (wu_11): a page's row of fields closing on a label its template left empty, a field before it;
# the empty label may be followed by a widget's (时间：2019-05-29 09:18:00 来源：字体显示：, wy_05)
_EMPTY_FIELD_END = re.compile(r"[ \t\u3000]\p{Han}{2,4}[：:](?:\p{Han}{2,4}[：:])?$")


def _closes_on_empty_field(s: str) -> bool:
    m = _EMPTY_FIELD_END.search(s)
    return m is not None and ("：" in s[:m.start()] or ":" in s[:m.start()])


def is_cut_sentence(s: str) -> bool:
    """按照…的工作要求，走: clauses of a sentence that stop mid-word, as where a stored page was cut off."""
    return len(s) >= _CUT_SENTENCE_MIN and "，" in s and not is_furniture(s)


def is_addressee(s: str) -> bool:
    if not s.endswith(("：", ":")):
        return False
    core = s[:-1].strip()
    if len(core) < 3 or len(core) > 400 or "。" in core or is_furniture(core):
        return False
    if find_doc_number(core) or is_label_line(s) or _LEADS_INTO_LIST.search(core) or _OPENS_BODY.match(core):
        return False
    if _LEADS_ON.search(core):
        return False
    return bool(ORG_HINT.search(core)) or _names_only_bodies(core)


# 为贯彻落实…，根据…，经省政府同意，现就开展…提出以下意见：: the body's opening sentence (why the document is made, then
# 现就 / 现将 … 如下 / 以下), which names bodies in its clauses as an addressee does, heading a body stored without its
# title and 主送 (sy_07); …，2023年着力抓好40项重点工作： (wx_03): the count of tasks it announces leads into them as 如下 does
_OPENS_BODY = re.compile(OPENING_WORDS + r"[^：:]*?[，,][^：:]*?(?:现就|现将|如下|以下|\d{1,3}项)")


_ADDRESSEE_PARTS = re.compile(r"[、，,；;]")
# the names a reply is addressed to alone: deputies and members whose 建议 / 提案 it answers, and bodies whose
# names no sentence's subject takes
_DEPUTIES = re.compile(r"^\p{Han}{2,10}?(?:等\s?\d{1,3}\s?[位名])?(?:代表|委员)$")
# 海关总署： (a notice to one central body); 中海石油（中国）有限公司： (a ministry's reply to the company that applied)
_LONE_BODY_END = re.compile(r"(?:大学|学院|研究院|研究所|科学院|总署|审计署|有限公司|有限责任公司|股份公司|集团公司)$")
# 市发展改革委： / 县卫生健康委： (a 函 or 批复 answering the one commission that asked, 你委…收悉): a local commission's short
# name, its level first, closes on 委, which ORG_HINT (…委员会) does not know; so does a central one's, 国家 first
# (国家经贸委： over 你委《关于报请批准…的请示》…收悉, wr_03, wr_07)
_LONE_COMMISSION = re.compile(r"^(?:[省市县区州盟旗]|国家)\p{Han}{1,10}委$")
_BODY_NAME = re.compile(r"^[\p{Han}（）()]{2,20}$")
_LONE_BODY_NAME = re.compile(r"^[\p{Han}（）()]{2,30}$")


def _names_only_bodies(core: str) -> bool:
    """认证中心、软件工程与评估中心：: bodies whose names ORG_HINT does not know, each a short name that ends as a
    body's name does (…中心, …院, …公司); a sentence ending in a colon has a part that does not."""
    parts = _ADDRESSEE_PARTS.split(core)
    if len(parts) < 2 and (_DEPUTIES.match(core) or _LONE_BODY_NAME.match(core) and _LONE_BODY_END.search(core)
                           or _LONE_COMMISSION.match(core)):
        return True  # 刘庆峰等15位代表： (a reply to deputies), 北京工业大学： (a reply to one body) (sh_06, sh_01), 海关总署： (tb_01)
    if len(parts) < 2 and not core.endswith("中心"):
        return False  # one name alone (召开全市工作会：) is too often a sentence's subject
    return all(_BODY_NAME.match(p) and "的" not in p and ORG_END.search(p) for p in parts)


# 主送：各区人民政府，市政府各部门 (GB/T 9704 prints the 主送机关 unlabelled above the body; a 公文 laid out by an
# e-government system may label it, and one with many 主送机关 moves them, labelled, to the 版记)
ZHUSONG_LABEL = re.compile(r"^主[ \t\u3000]*+送[ \t\u3000]*+(?:机关|单位)?[ \t\u3000]*+[：:][ \t\u3000]*+")


def zhusong_line(s: str) -> bool:
    return s.startswith("主") and ZHUSONG_LABEL.match(s) is not None and len(s) > ZHUSONG_LABEL.match(s).end()


# …常务委员会第十七次会议决定，修改下列地方性法规： / …决定对《…》作如下修改：: the sentence of an amending
# 决定 leading into its amendments (its subject names a body, as an addressee does), not the bodies addressed
_LEADS_INTO_LIST = re.compile(r"(?:决定|规定)[，,]|作如下|修改下列|修改如下")
# …印发了《…若干措施》，现将有关政策解读如下： / 5月16日，…出台《…的通知》，提出以下具体措施： / 2月20日，某局出台《…》：:
# a news report's sentence telling of a document issued, leading into what follows it; no list of bodies issues one
_LEADS_ON = re.compile(r"(?:出台|印发了|发布了|出炉)《")


def is_meta_line(s: str) -> bool:
    """（此件公开发布） / （联系电话：…）: metadata, never a node."""
    if len(s) > 120:
        return False
    # the length first, and CONTACT only where 联系 stands (its every match holds it): most lines are spared both calls
    return (len(s) <= 20 and DISCLOSURE.search(s, 0, None, HOLD_GIL) is not None
            or "联系" in s and CONTACT.match(s, 0, None, HOLD_GIL) is not None)


# 行长：周小川 above the date of a 令 (tw_02): the head who signs it, named after a colon
_SIGNING_HEAD_NAMED = re.compile(r"代?(?:省长|市长|县长|区长|州长|主席|总理|局长|部长|署长|行长|主任|院长|会长)[：:][ \t\u3000]*+\p{Han}{2,4}")


_SIGNER_RUN_GAP = re.compile(r"(?<=\p{Han})[ \u3000]++(?=\p{Han})")  # a blank parting two runs of names


def _glued_issuers(s: str) -> bool:
    """人力资源社会保障部国家发展改革委…国务院扶贫办 (ui_07): a joint signature's names run together on one long line.
    生态环境部 国家发展和改革委员会工业和信息化部 住房和城乡建设部交通运输部 (vx_03): a page that parted the printed
    signature's rows by blanks and glued the names within a row; each run is such a run, so the line is read whole."""
    if len(s) > GLUED_ISSUERS_MAX:
        return False
    if GLUED_ISSUERS.fullmatch(s) is not None:
        return True
    # (a cheap gate: only a line holding a blank is tried again without its gaps)
    return (" " in s or "\u3000" in s) and GLUED_ISSUERS.fullmatch(_SIGNER_RUN_GAP.sub("", s)) is not None


def is_signature_org(s: str) -> bool:
    # 149⇥35⇥王丽⇥道真县平模幼儿园⇥女…: a row of a table whose cells a page parted by tabs, right above the
    # signature, signs nothing (its cells name a school, not the issuer)
    if _SIGNING_HEAD_NAMED.fullmatch(s):
        return True
    return (
        (len(s) <= 40 or _glued_issuers(s))
        and s.count("\t") < 2
        and not is_prose(s)
        and not any(ch in s for ch in "：:，,《》")
        and not is_meta_line(s)
        and match_marker(s) is None
        and not is_furniture(s)
    )

# 附件 / 附件： alone, without a number: a label only when a colon, a stop or the line end follows
_BARE_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*(?:[：:．.、]|$)")


def attachment_match(s: str):
    if not s.startswith("附"):
        return None  # what ATTACHMENT's ^附 says, without a pattern call for every line
    m = ATTACHMENT.match(s)
    if not m:
        return None
    # 附件 must be a label, not the start of a sentence (附件所列…)
    rest = m.group(2)
    if m.group(1) == "" and not _BARE_ATTACHMENT_LABEL.match(s):
        return None
    if is_prose(rest) and len(rest) > 60:
        return None
    return m


# ------------------------------------------------------------------ header labels (lexicons/field_labels.tsv)


def _label_regex() -> re.Pattern:
    alts = []
    for label in field_labels_longest_first():
        alts.append(r"[ \t\u3000]*".join(re.escape(ch) for ch in label))
    names = "|".join(alts)
    # a label may stand in 【】, as legal databases print it, or in spaced square brackets, as county pages of 重庆
    # print their field table ([ 索引号 ] | … | [ 发文字号 ] | …), or open a list item (- 索引号：… / • 发文字号：);
    # with its colon it may follow the value before it unspaced (来源：某市人民政府发布时间：2019-08-13), and so may a label
    # in 【】 (【发布文号】某政府令2016年第116号【发布日期】2016-12-06: ux_09)
    glued = r"(?<=\S)(?=(?:" + names + r")[ \t\u3000]*+[：:]|【)"
    return re.compile(r"(?:^[-•·●■▪◆][ \t\u3000]*+|^|(?<=[\s|｜])|" + glued + r")(?:【|\[[ \t\u3000]*+)?(" + names
                      + r")(?:】|[ \t\u3000]*+\])?[ \t\u3000]*[：:]?")


LABEL_RE = _label_regex()
# What a line LABEL_RE matches at its start may open on: a list item's bullet, 【 or [ before the label, or a label's
# first character (the two lookbehind openings cannot hold at the start of the line). A line opening on anything else
# (most lines) is spared the pattern, whose call costs a few thousand instructions.
_LABEL_LINE_FIRST = frozenset("-•·●■▪◆【[" + "".join(label[0] for label in field_labels()))


def _may_open_on_label(s: str) -> bool:
    return s[:1] in _LABEL_LINE_FIRST


def is_label_line(s: str) -> bool:
    return _may_open_on_label(s) and LABEL_RE.match(s) is not None


_CELLS_REACH = 40  # how far into a row of bar-separated cells its first field label may stand


def _fields_start(s: str) -> int | None:
    """Where a line's fields start: at its opening label, or in a row of cells at the first cell that
    is a label (公开目录 | 人事信息 | 发布日期 | 2022-03-07 |). A line that opens with neither is no field
    line, and a long one is not scanned."""
    if _may_open_on_label(s) and LABEL_RE.match(s, 0, None, HOLD_GIL):
        return 0
    bar = s.find("|", 0, _CELLS_REACH)
    if bar < 0:
        return None
    m = LABEL_RE.search(s, bar, bar + _CELLS_REACH, HOLD_GIL)
    return m.start() if m and "|" in s[bar:m.start() + 1] else None


def label_pairs(s: str) -> list[tuple[str, str]]:
    """'产生日期 2022-06-12 文  号 鞍政发〔2022〕1号' -> [('产生日期', '2022-06-12'), ('文号', '鞍政发〔2022〕1号')]."""
    start = _fields_start(s)
    if start is None:
        return []
    hits = list(LABEL_RE.finditer(s, start))
    out = []
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(s)
        label = _SPACE.sub("", m.group(1))
        value = s[m.end():end].strip(" \t\u3000|｜")
        out.append((label, value))
    return out



# ------------------------------------------------------------------ the pass


_UNASKED = object()  # a fact not yet computed for a line


class _Text(Protocol):
    s: str


class _Fact:
    """A role fact of Roles: `test` applied to line i's text, computed the first time line i is asked."""

    def __init__(self, test: Callable[[str], Any]) -> None:
        self.test = test

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, roles: Roles | None, owner: type) -> Any:
        if roles is None:
            return self
        texts = roles.texts
        known: list[Any] = [_UNASKED] * len(texts)  # by line index: a list, and no exception on a first ask
        test = self.test

        def ask(i: int) -> Any:
            answer = known[i]
            if answer is _UNASKED:
                answer = known[i] = test(texts[i])
            return answer

        ask.__doc__ = self.test.__doc__
        roles.__dict__[self.name] = ask  # the instance's own ask shadows this (non-data) descriptor from now on
        return ask


class Roles:
    """Every line's role facts by line index, each computed once: the cheap ones for all lines at once, the
    others lazily, when first asked (most lines are asked few of them)."""

    def __init__(self, lines: Sequence[_Text]) -> None:
        texts = self.texts = [line.s for line in lines]
        self._asked: dict[Callable[[str], Any], list[Any]] = {}
        # Facts a line's first character or a tab decides for most lines: all lines at once, the test run only
        # where the fact may hold, and read back by index with no call of ours (as cheap to ask as to test).
        self.table_row = [("\t" in s and is_table_row(s)) for s in texts].__getitem__  # cells joined by tabs
        self.attachment = [attachment_match(s) if s[:1] == "附" else None for s in texts].__getitem__  # 附件：… (match)
        self.zhusong = [(s[:1] == "主" and zhusong_line(s)) for s in texts].__getitem__  # 主送：各区人民政府
        # Facts asked of nearly every line, so also all at once, each test's own first gate inline (no call where it
        # fails): layout's signature walk asks meta and date of every body line, the tree asks label of the line
        # below every numbered one. Asked lazily, each was two Python calls a line (the ask, the test).
        self.meta = [((len(s) <= 20 or "联系" in s) and is_meta_line(s)) for s in texts].__getitem__  # （此件公开发布）
        self.date = [("年" in s and is_date_line(s)) for s in texts].__getitem__  # a written date alone (2021年6月1日)
        self.label = [(s[:1] in _LABEL_LINE_FIRST and is_label_line(s)) for s in texts].__getitem__  # 发文字号：…

    def ask(self, test: Callable[[str], Any], i: int) -> Any:
        """test(line i's text) for a line test of a reader's own (metadata's reading of a title line), kept as
        the facts below are."""
        known = self._asked.get(test)
        if known is None:
            known = self._asked[test] = [_UNASKED] * len(self.texts)
        answer = known[i]
        if answer is _UNASKED:
            answer = known[i] = test(self.texts[i])
        return answer

    prose = _Fact(is_prose)  # a sentence paragraph
    iso_date = _Fact(is_iso_date_line)  # 2021-06-01 alone
    fields = _Fact(label_pairs)  # its (label, value) pairs
    doc_number = _Fact(find_doc_number)  # span of the first 文号 in it, or None
    addressee = _Fact(is_addressee)  # 各区人民政府：
    furniture = _Fact(is_furniture)  # a web page's furniture (打印本页)
    signature_org = _Fact(is_signature_org)  # may name a signing body
