"""Flag what comes out wrong on its face when unlabelled notices are parsed (no gold needed).

    PYTHONPATH=src python tools/anomalies.py DIR|FILE.csv [--column NAME] [--today YYYY-MM-DD] [--counts]

DIR: every file under it is parsed as a document (bytes as stored). FILE.csv: every row's `--column` field
(default: the longest field of the row) is parsed as the notice's text. One line per suspicious field:

    document <TAB> kind <TAB> value

and, last, one `# kind count` line per kind and `# documents N`. `--counts` prints only those totals.
A flag is a reason to look, not a proven error (the check has no gold); the kinds:

  crash             the parse raised (the exception's type and message)
  warning           a repair warning (its PW code and message)
  title_missing     no title, though the first line (≤ 60 characters, no 。，；：, no heading marker) opens with 关于 or ends in a 文种
                    word (通知, 意见, 办法, …, 措施, 政策), or the first or second line
                    opens with a title (…关于…的通知, 意见, 决定, …) with more glued to it
  title_sentence    the title holds 。 ； ！ or ends in ，／：, or runs over 100 characters
  title_site        the title is a web site's or page's name (…网, 首页, 门户网站, 信息公开) or a breadcrumb (当前位置, 首页 > …)
  title_plan        the title is the issued plan's title, though a line above the body's first sentence is the notice's
                    title issuing it (…印发《X》的通知)
  title_number      the title holds a 文号 (〔yyyy〕n号) or a whole date (yyyy年m月d日), which stand on lines of their own
  issuer_shape      the issuer does not end as a body does (政府, 委员会, 局, 厅, 部, 办公室, …) or holds 。，：
  issuer_missing    no issuer, though a line that is a body's name stands right above a signed date
  doc_number_shape  the 文号 is not 代字〔yyyy〕n号 (nor 代字yyyy年第n号, 第n号 of a 令 or 公告)
  date_order        the issue date is after the publish date
  date_future       the issue or publish date is after --today
  date_number       the 文号's year and the issue date's year are more than one year apart
  index_shape       the 索引号 holds no digit, holds 。，； or Han other than a few code words, or is under 5 or over 60 characters
  addressee_shape   an addressee over 120 characters, or holding 。；！|, 《》, 关于, 印发, 的通知 / 的意见 or a date
  flat_body         at most one numbered node, though three or more lines open with 一、 二、 三、 in order
  heading_long      a heading node whose title runs over 60 characters
  heading_cut       a heading node whose title ends mid-phrase (in 、 ， 和 与 《 “ or a bracket left open)
  unit_shape        a unit outside the lexicon that does not end as a body does, or holds 。，；：
  unit_verb         a unit that opens with a verb or a preposition (负责, 推进, 加强, 由, 按, …): a clause, not a body
  unit_twice        a unit that is both a lead and a support unit of one note
  target_year       a target whose value is a year (1949–2100, no unit or the unit 年)
  target_number     a target read from a 文号 or a 令's number (〔yyyy〕n号, 第n号)
  target_start      a target a change verb follows at once (由30%调整为20%: the value the change starts from), or 达到 /
                    发展到 after 由 / 从 (由当前的20家达到35家)
  target_text_unit  a target whose text does not hold the unit it reports (text 140元, unit 元/平方米); 万 / 亿
                    units and Chinese-numeral percentages (百分之…, 千分之…) are not flagged
  target_value      a target whose value is 0 (no range), a percentage over 1,000, or a number over 10^13
  deadline_early    a `by` deadline whose year is before the issue year
  (fourteenth session)
  title_cut         the title ends in a joining word (的 和 与 及 关于) or leaves a 《 or （ open
  issuer_crumb      the issuer holds a breadcrumb's arrow (>, ›, ») or a page's 首页 / 当前位置
  issuer_glued      joint issuers with nothing between them (财政部税务总局科技部: a signature whose blanks were lost)
  node_skip         a numbered node's number jumps past the next (一、 then 三、) among siblings of one marker style
  node_restart      a numbered node's number falls back (… 三、 then 一、) among siblings of one marker style
  unit_title        a unit that is a person's title (局长, 主任, 书记, 负责人, …), not a body
  unit_heading      a unit that is a heading's words (保障措施, 工作要求, 组织领导, …)
  target_phone      a target read from a phone number (010-12345678, 13912345678, after 电话 / 热线 / 传真)
  target_page       a target that is a page number (第3页, unit 页)
  target_date_part  a target that is a month or a day of a date (unit 月 / 日 / 号, or 年 right before its number)
  target_no_metric  a target with no metric (what it measures is not read: often no target at all, a past figure or a rule)
  target_metric     a target whose metric is a verb or comparator alone (达到, 不低于, 新增)
  deadline_word     年内 / 年中 / 年底 read out of a word holding 年 (半年内: a time limit; 中青年中医药)
  deadline_far      a deadline more than 15 years after the document's year (issue date, else publish date, else 文号)
  deadline_past     a `period` deadline before the document's year (2022年完成…亿元 in a 2024 notice: a past figure)
  (fifteenth session)
  index_number      the 索引号 is a 文号 (某政发〔2023〕5号) or a date alone (2023-05-01, 2023年5月1日)
  attachment_flat   after the last 附件 line, three or more lines open with 一、 二、 三、 in order, and no numbered node
                    stands there (the attached document's body read as one block)
  heading_note      a heading node's title holds a responsibility note (牵头单位：…, 责任单位：…)
  lead_issuer       every note of a document (three or more) names the issuer as its only lead
  unit_repeat       one body named twice among the lead (or twice among the support units) of one note
  unit_place        a unit that is a place's name alone (某某市, 某某县: no body after it), outside the lexicon
  target_same_span  two targets of one node read from the same words (one span twice)
  target_metric_word a target whose metric is a heading's words (主要目标, 工作目标) or a unit of measure (万元, 个)
  deadline_number   a deadline read from a 文号's year (〔2023〕), or equal to the issue or publish date
  deadline_figure   a deadline in a sentence that reports a past figure (同比增长, 比上年, 已完成, 累计完成), unless the
                    notice asks or plans something by it (请…于…前, 将于…, 确保…前)
  (sixteenth session)
  title_heading     no title, though the document is Markdown and its first line (its # heading: ≤ 80 characters, no
                    stop, no heading marker) names it (中华人民共和国刑法修正案, …若干问题的解释)
  (eighteenth session)
  decree_unread     no 文号, though a 题注 in brackets among the first lines (a date and the act) names a 令 number
                    (…部令第11号公布, …部令2004年第2号, …部第13号令发布, …部第16号发布): the regulation's number unread
  (nineteenth session)
  target_figure     a target in a sentence that reports a past figure (同比增长, 较上年末, 已完成, 累计完成) and sets no
                    goal (no 力争, 确保, 目标, 预期, 计划, 到2025年, 将, 要): a tally read as a goal
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex as re

from policyparse.pipeline import parse, parse_file

# how the name of a body ends (a unit, an issuer): the organisation words notices sign with
BODY_END = re.compile(r"""(?:
    政府 | 委员会 | 委 | 局 | 厅 | 部 | 办公室 | 办公厅 | 办 | 院 | 署 | 会 | 行 | 处 | 所 | 室 | 站 | 中心
  | 党委 | 党组 | 支部 | 工委 | 组 | 团 | 社 | 司 | 集团 | 公司 | 银行 | 法院 | 检察院 | 大学 | 学院 | 学校
  | 联合会 | 协会 | 总会 | 工会 | 妇联 | 科协 | 侨联 | 残联 | 街道 | 管委会 | 指挥部 | 领导小组 | 机构 | 单位
  | 部门 | 机关 | 企业 | 园区 | 医院 | 队 | 台 | 馆 | 场 | 军区 | 总队 | 支队 | 大队 | 办事处 | 开发区 | 示范区
  | 会议 | 机制 | 中央
  | 海关 | 省 | 市 | 州 | 县 | 区 | 旗 | 盟 | 镇 | 乡 | 街 | 村
)(?:[（(〔][^（）()〔〕]{1,20}[）)〕])*$""", re.X)  # a body's other name in brackets after it: 县规划局（林业局）
PUNCT_INSIDE = re.compile(r"[。，；：！？]")
TITLE_SENTENCE = re.compile(r"[。；！]|[，、：:]$")
TITLE_SITE = re.compile(r"(?:网|首页|门户网站|信息公开|政务公开|网站)$|^(?:首页|当前位置|您(?:现在)?的位置)|\s[>＞›»]\s|首页\s*[>＞›»]")
# a notice's title opening the first line, glued to what stands before or after it (某政发〔2023〕3号某厅关于印发《…》的通知
# 各市…：), not a title the first sentence cites (为贯彻《关于…的通知》，…)
TITLE_GLUED = re.compile(r"^[^。，；：《》<>〈〉\n]{0,40}?关于[^。，；：\n]{2,80}?的(?:通知|意见|决定|批复|通告|公告|报告|请示|函)(?![》>〉])")
TITLE_NUMBER = re.compile(r"[〔［\[（(](?:19|20)\d\d[〕］\]）)]\s*第?\d{1,4}\s*号|(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
DOC_NUMBER_YEAR = re.compile(r"[〔［\[（(]((?:19|20)\d\d)[〕］\]）)]")
INDEX_BAD = re.compile(r"[。，；]")
# a heading's last character that leaves its phrase open: a list's comma, an opened quote or bracket, a joining
# word (之和 and 参与 close their phrase; 的 and 及 end headings often enough: 有下列情形之一的, 加强科学普及)
# what no addressee holds: a sentence's stop, a title (关于…的通知, 《…》, 印发), a date, a record's field separator
ADDRESSEE_BAD = re.compile(r"[。；！|《》]|关于|印发|的(?:通知|意见)|\d+月\d+日")
HEADING_CUT = re.compile(r"(?:[、，《“（(]|(?<!之)和|(?<![参给授])与|[^）)]*[（(][^）)]*)$")
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # 各市（含定州、辛集市，下同）政府: a note in brackets may hold a comma
UNIT_VERB = re.compile(r"^(?:负责|牵头|配合|推进|推动|加强|加快|做好|开展|组织(?!部|人事)|落实|建立|完善|实施|指导|协调|督促|由|按|按照|依据|根据|会同|联合|结合|对|将|把|在)")
TITLE_LINE = re.compile(r"^关于|(?:政策|措施|通知|意见|方案|办法|规定|决定|通告|公告|批复|函|规划|纲要|要点|细则|条例|措施|报告|请示|通报|命令|决议)$")
DOC_NUMBER = re.compile(r"""^(?:
    \S{1,20}?〔(?:19|20)\d\d〕\d{1,4}号           # 国发〔2019〕3号
  | \S{1,20}?(?:19|20)\d\d年第?\d{1,4}号         # 公告2019年第5号
  | \S{0,20}?第\d{1,5}号                          # 国务院令第432号, 公告第1号
)$""", re.X)
SIGNED_DATE = re.compile(r"^\s*(?:(?:19|20)\d\d|[一二〇○零Ｏ]{4})\s*年.{1,6}月.{1,6}日\s*$")
HEADING_START = re.compile(r"^[“\"]?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")
ORDINAL_LINE = re.compile(r"^\s*([一二三])、", re.M)
NUMBER_TARGET = re.compile(r"〔(?:19|20)\d\d〕\d+号|第\d+号")
# …常住人口49万人、首位度提高至24%: a change after 、 is the next item's, not where this target starts from (wild20)
CHANGE_AFTER = re.compile(r"[^，。；,;、\d]{0,4}?(?:调整|降|提高|提升|上调|下调|下降|降低|增加|增长|上升|上浮|下浮|扩大|减少|调减|调增)(?:为|到|至)")
LONG_HEADING = 60
# a title's last characters that leave it unfinished: a joining word, or 《 / （ opened and not closed
TITLE_CUT = re.compile(r"(?:[的和与及]|关于)$")
# 财政部税务总局科技部: a body's last word followed at once by the first words of another body (joint issuers whose
# blanks the page lost); 工业和信息化部科技司 (a body's own division) is not flagged
ISSUER_GLUED = re.compile(r"(?:部|总局|局|委员会|委|厅|办公厅|院|署|政府)(?!\p{Han}{1,6}(?:司|处|室|科)$)(?=财政|国家|中国|教育|科技|科学|人力|国务院|中共|工业|商务|自然|生态|住房|农业|交通|水利|文化|卫生|海关|市场|税务|金融|人民银行|发展|民政|公安|司法|审计|国资|应急|统计|省|市)")
CRUMB = re.compile(r"[>＞›»]|首页|当前位置")
# a person's post, which a note may name where a body stands (市长, 分管副局长, 各单位主要负责人)
PERSON_TITLE = re.compile(r"(?:[省市县区镇乡]长|局长|厅长|部长|处长|科长|主任|书记|组长|负责人|负责同志|同志|领导)$")
HEADING_WORDS = re.compile(r"^(?:保障措施|工作要求|组织领导|组织实施|主要任务|总体要求|基本原则|工作目标|主要目标|指导思想|工作措施|实施步骤|重点任务|工作任务)$")
PHONE = re.compile(r"(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9})$")
# 咨询 alone before a count is no phone label (提供援助咨询4905人次, wild20): only 咨询： labels a number
PHONE_BEFORE = re.compile(r"(?:电话|热线|传真|手机|联系方式|咨询[：:])[：:\s]*[（(]?[\d\-－—]*[）)]?[\d\-－—\s]*$")  # 电话：0311-
# a metric that names nothing measured: a verb or comparator alone
# 由当前的20家达到35家: a count 由 / 从 opens and 达到 / 发展到 follows is where a growth starts (as 由30%调整为20%)
FROM_BEFORE = re.compile(r"[从由][^，。；,;\d]{0,8}$")
REACH_AFTER = re.compile(r"(?:达到|发展(?:到|至))")
# 半年内, 中青年中: 年内 / 年中 / 年底 read out of a word that holds 年
YEAR_WORD_BEFORE = frozenset("半青少老成周")  # 青少年中, 儿童少年底数
# fifteenth session
INDEX_NUMBER_BAD = re.compile(r"^(?:\S{1,20}?〔(?:19|20)\d\d〕\d{1,4}号|(?:19|20)\d\d(?:[-./年])\d{1,2}(?:[-./月])\d{1,2}日?)$")
NOTE_IN_TITLE = re.compile(r"(?:牵头|责任|配合|协办|主办)单位[：:]")
# a place named alone: no body's word after the place's own (某某市 is a place; 某某市政府, 某某市局 are bodies)
PLACE_ALONE = re.compile(r"^(?!各)\p{Han}{1,8}?(?<!开发|经开|高新|园|新|示范|管理|保税|试验|合作|功能|片|联)(?:省|市|县|区|州|盟|旗|镇|乡)$")
# what a target's metric may not be: the heading over the goals, or a unit of measure with nothing measured
METRIC_WORD = re.compile(r"""^(?:
    (?:主要|工作|发展|总体|具体|阶段性?|年度|近期|远期|中期)?目标(?:任务)?
  | 目标任务 | 主要任务 | 重点任务 | 工作任务 | 预期目标 | 主要指标 | 发展指标 | 指标
  | 万?亿?元 | 万元 | 个 | 家 | 项 | 人 | 人次 | 户 | 座 | 处 | 所 | 公里 | 千米 | 亩 | 万亩 | 吨 | 万吨 | 平方米 | 万平方米 | 年
)[：:]?$""", re.X)
DEADLINE_IN_NUMBER = re.compile(r"[〔［\[]$")
# the words of a sentence that reports what was done, not what is to be done by a date
PAST_FIGURE = re.compile(r"同比(?:增长|下降|增加|减少)|比上年|较上年|已完成|累计完成|完成了|已经完成|实际完成")
SENTENCE_END = re.compile(r"[。；！？\n]")
# a sentence's words that set a goal: a figure in it is to be reached, whatever it is set against (达到 is no such
# word: reports tell what a figure reached)
GOAL_WORDS = re.compile(r"力争|争取|确保|目标|预期|预计|计划|到(?:19|20)\d\d年|年底前|将|要|应当?|必须")
# the words of a sentence reporting a figure, for targets (a tally against the year or the year-end before it)
TARGET_PAST = re.compile(r"同比(?:增长|下降|增加|减少|提高)|比上年|较上年|[较比]年初|已完成|累计完成|完成了|已经完成|实际完成")
# 编制单位已完成征求意见稿，…请于2018年6月15日前将书面意见反馈我部: a date the notice asks a reply by is a deadline
# whatever the sentence tells as done before it (请…，于…前反馈; 系统已完成测试，将于…上线; 确保…前建成)
REQUEST_BEFORE = re.compile(r"(?:请[^。；！？]{0,40}?|务必|须|应|将|确保|力争)(?:于|在)?[ \t]?$")
METRIC_VERB = re.compile(r"^(?:达到|达|提高到?|提升到?|增长|增加|新增|完成|实现|超过|突破|不低于|不少于|不超过|控制在|保持在?|累计|力争|确保|争取|年均|每年|约)?$")


def flags(name: str, doc, today: str) -> Iterator[tuple[str, str, str]]:
    """Every (document, kind, value) the parsed document gives to look at."""
    meta = doc.metadata
    text = doc.text or ""
    for warning in doc.repair.warning_records:
        yield name, "warning", f"{warning.code} {warning.message[:80]}"
    yield from (( name, kind, value) for kind, value in _title_flags(meta.title, text, doc.format.format == "markdown"))
    yield from ((name, kind, value) for kind, value in _issuer_flags(meta.issuer, text))
    if meta.doc_number and not DOC_NUMBER.match(meta.doc_number):
        yield name, "doc_number_shape", meta.doc_number
    yield from ((name, kind, value) for kind, value in _date_flags(meta.issue_date, meta.publish_date, today))
    yield from ((name, kind, value) for kind, value in _field_flags(meta))
    yield from ((name, kind, value) for kind, value in _decree_flags(meta, text))
    yield from ((name, kind, value) for kind, value in _tree_flags(doc, text))
    yield from ((name, kind, value) for kind, value in _extract_flags(doc, meta.issue_date, text))


def _title_flags(title: str | None, text: str, markdown: bool = False) -> Iterator[tuple[str, str]]:
    if title and f"《{title}》的通知" in text[:text.find("。")] and "印发" in text[:text.find("。")]:
        yield "title_plan", title
    if title is None:
        heads = [line.strip() for line in text.splitlines() if line.strip()][:2] or [""]
        first = heads[0]
        glued = next((m for m in map(TITLE_GLUED.match, heads) if m), None)
        if len(first) <= 60 and TITLE_LINE.search(first) and not PUNCT_INSIDE.search(first) and not HEADING_START.match(first):
            yield "title_missing", first
        elif glued:
            yield "title_missing", glued.group()
        elif markdown and len(first) <= 80 and not PUNCT_INSIDE.search(first) and not HEADING_START.match(first):
            yield "title_heading", first
        return
    if TITLE_SENTENCE.search(title) or len(title) > 100:
        yield "title_sentence", title
    elif TITLE_SITE.search(title):
        yield "title_site", title
    elif TITLE_NUMBER.search(title):
        yield "title_number", title
    elif TITLE_CUT.search(title) or title.count("《") > title.count("》") or title.count("（") > title.count("）"):
        yield "title_cut", title


def _issuer_flags(issuer: str | None, text: str) -> Iterator[tuple[str, str]]:
    if issuer and CRUMB.search(issuer):
        yield "issuer_crumb", issuer
        return
    if issuer and "、" not in issuer and ISSUER_GLUED.search(issuer):
        yield "issuer_glued", issuer
        return
    if issuer:
        for name in re.split(r"[、 　]+", issuer):
            if name and (PUNCT_INSIDE.search(name) or not BODY_END.search(name)):
                yield "issuer_shape", issuer
                return
        return
    lines = [line.strip() for line in text.splitlines()]
    for above, line in zip(lines, lines[1:]):
        if SIGNED_DATE.match(line) and 2 <= len(above) <= 30 and BODY_END.search(above) and not PUNCT_INSIDE.search(above):
            yield "issuer_missing", above
            return


def _date_flags(issued: str | None, published: str | None, today: str) -> Iterator[tuple[str, str]]:
    if issued and published and issued > published:
        yield "date_order", f"{issued} > {published}"
    for date in (issued, published):
        if date and date > today:
            yield "date_future", date


# a 令 number inside a 题注: …令第11号, …令2004年第2号, …第13号令发布, …第16号发布
DECREE_IN_NOTE = re.compile(r"令[ \t\u3000]*+(?:\d{4}[ \t\u3000]*+年)?[ \t\u3000]*+第?[ \t\u3000]*+\d{1,4}[ \t\u3000]*+号|第[ \t\u3000]*+\d{1,4}[ \t\u3000]*+号令?(?:公布|发布)")
NOTE_LINE = re.compile(r"^[（(][ \t\u3000]*+\d{4}[ \t\u3000]*+年")


def _decree_flags(meta, text: str) -> Iterator[tuple[str, str]]:
    if meta.doc_number:
        return
    for line in [line.strip() for line in text[:1500].splitlines() if line.strip()][:6]:
        found = DECREE_IN_NOTE.search(line[:120]) if NOTE_LINE.match(line) else None
        if found:
            yield "decree_unread", line[:found.end() + 4]
            return


def _field_flags(meta) -> Iterator[tuple[str, str]]:
    year = DOC_NUMBER_YEAR.search(meta.doc_number or "")
    if year and meta.issue_date and abs(int(year.group(1)) - int(meta.issue_date[:4])) > 1:
        yield "date_number", f"{meta.doc_number} / {meta.issue_date}"
    index = meta.index_number
    if index and (not any(c.isdigit() for c in index) or INDEX_BAD.search(index) or not 5 <= len(index) <= 60
                  or len(re.findall(r"\p{Han}", index)) > 6):
        yield "index_shape", index
    elif index and INDEX_NUMBER_BAD.match(index):
        yield "index_number", index
    for addressee in meta.addressees:
        if len(addressee) > 120 or ADDRESSEE_BAD.search(addressee):
            yield "addressee_shape", addressee


def _tree_flags(doc, text: str) -> Iterator[tuple[str, str]]:
    numbered = [node for node in doc.iter_sections() if node.marker]
    if len(numbered) <= 1:
        firsts = [m.group(1) for m in ORDINAL_LINE.finditer(text)]
        if _in_order(firsts, "一二三"):
            yield "flat_body", f"{len(numbered)} numbered node(s), {len(text)} characters"
    yield from _numbering_flags(doc.sections)
    yield from _attachment_flags(doc, text, numbered)
    for node in numbered:
        if node.kind == "heading" and node.title and NOTE_IN_TITLE.search(node.title):
            yield "heading_note", f"{node.id} {node.title}"
        if node.kind == "heading" and node.title and len(node.title) > LONG_HEADING:
            yield "heading_long", f"{node.id} {node.title}"
        if node.kind == "heading" and node.title and HEADING_CUT.search(node.title):
            yield "heading_cut", f"{node.id} {node.title}"


def _attachment_flags(doc, text: str, numbered) -> Iterator[tuple[str, str]]:
    """The attached document's body read as one block: 一、 二、 三、 lines after the last 附件 line, no node there."""
    attached = [node for node in doc.iter_sections() if node.kind == "attachment"]
    if not attached:
        return
    after = max(node.span[1] for node in attached)
    firsts = [m.group(1) for m in ORDINAL_LINE.finditer(text, after)]
    if _in_order(firsts, "一二三") and not any(node.span[0] >= after for node in numbered):
        yield "attachment_flat", f"{len(text) - after} characters after the last 附件 line"


def _marker_style(marker: str) -> str:
    """一、 （一） 1. （1） 第一条 … stripped of the number: siblings of one style count on from each other."""
    return re.sub(r"[一二三四五六七八九十百零〇两\d]+", "N", marker)


def _numbering_flags(nodes) -> Iterator[tuple[str, str]]:
    """Siblings of one marker style whose numbers jump (一、 then 三、) or fall back (三、 then 一、), at every depth."""
    last: dict[str, object] = {}
    for node in nodes:
        # 第二百八十七条之一: an inserted article carries the number of the one it follows; it counts nothing on
        inserted = bool(node.marker) and "条之" in node.marker
        if node.marker and node.number is not None and not node.inferred and not inserted:
            style = _marker_style(node.marker)
            before = last.get(style)
            if before is not None and node.number > before.number + 1:
                yield "node_skip", f"{before.id} {before.marker} → {node.id} {node.marker}"
            elif before is not None and node.number <= before.number:
                yield "node_restart", f"{before.id} {before.marker} → {node.id} {node.marker}"
            last[style] = node
        if node.children:
            yield from _numbering_flags(node.children)


def _in_order(seen: list[str], wanted: str) -> bool:
    """`wanted`'s characters appear in `seen` in that order."""
    at = 0
    for item in seen:
        if at < len(wanted) and item == wanted[at]:
            at += 1
    return at == len(wanted)


def _document_year(meta) -> int | None:
    """The year the document speaks from: its issue date's, else its publish date's, else its 文号's."""
    for date in (meta.issue_date, meta.publish_date):
        if date:
            return int(date[:4])
    year = DOC_NUMBER_YEAR.search(meta.doc_number or "")
    return int(year.group(1)) if year else None


def _extract_flags(doc, issued: str | None, text: str) -> Iterator[tuple[str, str]]:
    issue_year = int(issued[:4]) if issued else None
    doc_year = _document_year(doc.metadata) if hasattr(doc, "metadata") else issue_year
    meta = getattr(doc, "metadata", None)
    yield from _lead_issuer_flags(doc, getattr(meta, "issuer", None))
    dates = {getattr(meta, "issue_date", None), getattr(meta, "publish_date", None)} - {None}
    for node in doc.iter_sections():
        note = node.responsibility
        if note and note.inherited_from is None:
            yield from _unit_flags(node.id, note)
        yield from _same_span_flags(node)
        for target in node.targets:
            if target.metric and METRIC_WORD.match(target.metric.strip()):
                yield "target_metric_word", f"{node.id} {target.metric} | {target.text}"
            yield from ((kind, f"{node.id} {value}") for kind, value in _target_shape_flags(target, text))
            if 1949 <= target.value <= 2100 and target.value == int(target.value) and target.unit in (None, "年"):
                yield "target_year", f"{node.id} {target.text}"
            elif NUMBER_TARGET.search(target.text):
                yield "target_number", f"{node.id} {target.text}"
            elif CHANGE_AFTER.match(text, target.span[1]):
                yield "target_start", f"{node.id} {text[max(0, target.span[0] - 12):target.span[1] + 8]}"
            if (target.value == 0 and target.value_max is None) or target.value > 1e13 or (target.unit == "%" and target.value > 1000):
                yield "target_value", f"{node.id} {target.text}"
            if _unit_not_written(target):
                yield "target_text_unit", f"{node.id} {target.text} ({target.unit})"
            if _reports_a_figure(text, target.span):
                yield "target_figure", f"{node.id} {_around(text, target.span, 24, 12)}"
        for deadline in node.deadlines:
            yield from ((kind, f"{node.id} {value}") for kind, value in _deadline_shape_flags(deadline, dates, text))
            if issue_year and deadline.kind == "by" and deadline.year and deadline.year < issue_year:
                yield "deadline_early", f"{node.id} {deadline.text} (issued {issued})"
            elif doc_year and deadline.year and deadline.year > doc_year + 15:
                yield "deadline_far", f"{node.id} {deadline.text} (year {doc_year})"
            elif deadline.text.startswith("年") and text[deadline.span[0] - 1:deadline.span[0]] in YEAR_WORD_BEFORE:
                yield "deadline_word", f"{node.id} {_around(text, deadline.span)}"
            elif doc_year and deadline.kind == "period" and deadline.year and deadline.year < doc_year:
                yield "deadline_past", f"{node.id} {_around(text, deadline.span)} (year {doc_year})"


def _deadline_shape_flags(deadline, dates: set[str], text: str) -> Iterator[tuple[str, str]]:
    """A deadline read from a 文号's year or the document's own date, or set in a sentence telling a past figure."""
    start, end = deadline.span
    if DEADLINE_IN_NUMBER.search(text[max(0, start - 1):start]) or (deadline.date and deadline.date in dates):
        yield "deadline_number", _around(text, deadline.span)
        return
    before = SENTENCE_END.split(text[max(0, start - 80):start])[-1]
    after = SENTENCE_END.split(text[end:end + 80])[0]
    if PAST_FIGURE.search(before + deadline.text + after) and not REQUEST_BEFORE.search(before):
        yield "deadline_figure", _around(text, deadline.span)


def _reports_a_figure(text: str, span) -> bool:
    """The sentence around span tells a figure against the year before (or as done) and sets no goal."""
    start, end = span
    sentence = SENTENCE_END.split(text[max(0, start - 80):start])[-1] + text[start:end] + SENTENCE_END.split(text[end:end + 80])[0]
    return TARGET_PAST.search(sentence) is not None and GOAL_WORDS.search(sentence) is None


def _same_span_flags(node) -> Iterator[tuple[str, str]]:
    """One level read twice for one subject; A和B分别达到N gives two targets of one span, each its own metric (a
    metric still ending in 分别 / 均 holds both subjects)."""
    by_span: dict[tuple[int, int], list[str]] = {}
    for target in node.targets:
        by_span.setdefault(tuple(target.span), []).append((target.metric or "").strip())
    for span, metrics in by_span.items():
        if len(metrics) > 1 and (len(set(metrics)) < len(metrics) or any(m.endswith(("分别", "均")) for m in metrics)):
            yield "target_same_span", f"{node.id} {' / '.join(metrics)} | {span}"


def _lead_issuer_flags(doc, issuer: str | None) -> Iterator[tuple[str, str]]:
    """Every note naming the issuer alone as its lead: the signature read into the notes, or a note's default."""
    if not issuer:
        return
    notes = [node.responsibility for node in doc.iter_sections()
             if node.responsibility and node.responsibility.inherited_from is None]
    leads = [{unit.canonical for unit in note.lead} for note in notes]
    if len(leads) >= 3 and all(lead == {issuer} for lead in leads):
        yield "lead_issuer", f"{len(leads)} notes: {issuer}"


def _around(text: str, span, before: int = 10, after: int = 16) -> str:
    return text[max(0, span[0] - before):span[1] + after]


def _target_shape_flags(target, text: str) -> Iterator[tuple[str, str]]:
    """What a target's own words and the characters around it say it is not: a phone, a page, a date's part."""
    start, end = target.span
    number = start + next((i for i, c in enumerate(target.text) if c.isdigit()), 0)  # where the number itself stands
    digits = re.sub(r"[^\d\-－—]", "", target.text)
    if PHONE.search(digits) or PHONE_BEFORE.search(text[max(0, start - 12):start]):
        yield "target_phone", _around(text, target.span)
    elif target.unit == "页" or (text[start - 1:start] == "第" and text[end:end + 1] == "页"):
        yield "target_page", _around(text, target.span)
    elif target.unit in ("月", "日", "号") or (  # 连续8年超百亿元 (wild20): a number in Han words stands after no year
            any(c.isdigit() for c in target.text) and re.search(r"\d年$", text[max(0, number - 3):number])):
        yield "target_date_part", _around(text, target.span)
    elif REACH_AFTER.match(text, end) and FROM_BEFORE.search(text[max(0, start - 10):start]):
        yield "target_start", _around(text, target.span)
    elif not (target.metric or "").strip():
        yield "target_no_metric", target.text
    elif METRIC_VERB.match(target.metric.strip()):
        yield "target_metric", f"{target.metric} | {target.text}"


def _body_named(unit) -> str:
    """石家庄 in 石家庄、张家口市政府 is read as 石家庄市政府 (its canonical): the body said once for the list is its end."""
    return unit.canonical if unit.canonical.startswith(unit.name) else unit.name


def _unit_flags(node_id: str, note) -> Iterator[tuple[str, str]]:
    for unit in (*note.lead, *note.support):
        if UNIT_VERB.match(unit.name):
            yield "unit_verb", f"{node_id} {unit.name}"
        elif PERSON_TITLE.search(unit.name):
            yield "unit_title", f"{node_id} {unit.name}"
        elif HEADING_WORDS.match(unit.name):
            yield "unit_heading", f"{node_id} {unit.name}"
        elif not unit.in_lexicon and PLACE_ALONE.match(_body_named(unit)):
            yield "unit_place", f"{node_id} {unit.name}"
        elif not unit.in_lexicon and (PUNCT_INSIDE.search(BRACKETED.sub("", unit.name)) or not BODY_END.search(_body_named(unit))):
            yield "unit_shape", f"{node_id} {unit.name}"
    for role in (note.lead, note.support):
        names = [unit.canonical for unit in role]
        for name in sorted({name for name in names if names.count(name) > 1}):
            yield "unit_repeat", f"{node_id} {name}"
    both = {unit.canonical for unit in note.lead} & {unit.canonical for unit in note.support}
    for name in sorted(both):
        yield "unit_twice", f"{node_id} {name}"


def _unit_not_written(target) -> bool:
    unit = target.unit
    if not unit or unit[0] in "万亿" or (unit == "%" and "百分之" in target.text) or (unit == "‰" and "千分之" in target.text):
        return False
    return unit not in target.text.replace(" ", "").replace("％", "%")


def documents(source: Path, column: str | None) -> Iterator[tuple[str, object]]:
    """(name, what to parse) for every document of a folder or every row of a CSV file."""
    if source.is_dir():
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            yield str(path.relative_to(source)), path
        return
    csv.field_size_limit(sys.maxsize)
    with source.open(encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            value = row.get(column) if column else max(row.values(), key=lambda v: len(v or ""), default="")
            if value and value.strip():
                yield f"{source.name}:{number}", value


def survey(items: Iterable[tuple[str, object]], today: str) -> Iterator[tuple[str, str, str]]:
    for name, item in items:
        try:
            doc = parse_file(item) if isinstance(item, Path) else parse(item)
        except Exception as exc:  # a crash is one of the things surveyed
            yield name, "crash", f"{type(exc).__name__}: {str(exc)[:100]}"
            continue
        yield from flags(name, doc, today)


def _one_line(value: str) -> str:
    return value.replace("\t", " ").replace("\r", "⏎").replace("\n", "⏎")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--column")
    ap.add_argument("--today", default=datetime.date.today().isoformat())
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args(argv)
    items = list(documents(args.source, args.column))
    tally = collections.Counter()
    for name, kind, value in survey(items, args.today):
        tally[kind] += 1
        if not args.counts:
            print(f"{name}\t{kind}\t{_one_line(value)}")
    for kind, count in sorted(tally.items()):
        print(f"# {kind} {count}")
    print(f"# documents {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
