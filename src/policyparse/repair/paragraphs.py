"""Paragraphs restored where the stored form lost them, once, so every later step sees one a line.

Crawled corpora and database dumps often keep a notice's whole body on one line: paragraphs
separated only by full-width spaces (U+3000) or runs of spaces, headings glued to the sentence
before them (…工作。二、加强…), the title glued to its 文号, the signature and date run inline.
Two steps:

* ``normalise_line_ends``: CR-only and CRLF line ends, and U+2028 / U+2029, become ``\\n``
  (before any step that works line by line).
* ``restore_paragraphs``: only in a document whose lines are *starved* (content lines average
  hundreds of characters, which no notice written one paragraph a line does), lines are cut

  - at paragraph separators: a run of U+3000, of two or more spaces / NBSP, or a tab;
  - before a heading marker glued after a sentence end (``。二、``, ``；（三）``, ``。第五条``)
    or after a bare heading (``一、总体要求（一）…``), but only where the marker continues the
    numbering seen so far (一、 after nothing or 二、 after 一、), so 第五条 cited inside a
    sentence or a stray ``（2）`` never cuts;
  - around the head: the title's end before its 文号, the 文号 before the addressees, the
    addressees' colon before the body;
  - around the tail: before a signature + date block, before （此件公开发布）, before 附件.

Documents written one paragraph a line pass through unchanged. Every cut is logged.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

import re as stdre

import regex as re

from policyparse.grammar import glued_leader_and_units
from policyparse.grammar import SO_CLOSING_GLUED, so_closing
from policyparse.grammar import ADDRESSED_BODY, ARTICLE_CITED, CHARGE_TO_ALL, NOTE_CLOSING_DUTY, BRACKETLESS_DOC_NUMBER, DATE_WORDS, GLUED_DUTY_ENTRY, GLUED_ISSUERS, GLUED_ISSUERS_MAX, HOLD_GIL, RESPONSIBILITY_ROLES, SECTION_TITLE_WORDS, Marker, chinese_number, column_role
from policyparse.grammar import ARTICLE_OPENING, GLUED_BOOK_TAIL, GLUED_CHAPTER_TAIL, decimal_numbers
from policyparse.grammar import CHAPTER_ENTRY_OPENING, CHAPTER_MARKER_BEFORE, CONTENTS_WORD_OPENING
from policyparse.grammar import CN_NUMERALS, COMMON_NOTE_LABELS, COPIED_TO_LABEL, ITEM_FIELD_LABEL, WRAPPED_BEFORE_ITEM_FIELD, WRAPPED_TITLE_MAX
from policyparse.grammar import NOTE_LABEL_SCAN, OFFICE_ENDINGS, OPENING_WORDS, WHITE_SPACE, RECORD_BODY, RECORD_HEAD, plain_field_label, match_marker, record_field, run_together_column_names

STARVED_AVERAGE = 250  # characters per content line above which a document has lost its paragraphs
_CONTENT_LINE = 20  # shorter lines (blank, page furniture) do not count in the average
_SHORT_NOTICE = 100  # ... or a whole notice of this length on one or two lines
_PROSE_SHARE = 0.8  # ... or sentences on one or two lines that hold this share of the content characters
_HEAD_REACH = 600  # title, 文号 and addressees sit within this many characters of the start

_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029]")

# U+2002 / U+2003 (en / em space) runs stand where U+3000 does in some sites' database fields
_SEPARATOR = re.compile(
    r"\u3000+[ \u3000\xa0\t\u2002\u2003]*|[ \xa0]{2,}[ \u3000\xa0\t\u2002\u2003]*|\t[ \u3000\xa0\t\u2002\u2003]*"
    r"|[\u2002\u2003]{2,}[ \u3000\xa0\t\u2002\u2003]*"
    # …2016年12月1日 ------------ 某某条例(草案)…: a rule drawn between the notice and the text it publishes
    r"|[-—=_*～~]{6,}+[ \u3000\xa0]*+"  # opens with its own characters: the pattern keeps its literal prefilter
)
_SENTENCE_END = frozenset("。！？；：!?;:”」）)")
_FULL_STOPS = frozenset("。！？；!?;")  # a sentence is over (a colon or a bracket may still lead into a name)
_NUMERALS = CN_NUMERALS
# Where a glued marker may start: its first character (第, a bracket, a numeral, a digit, ①) followed by the
# rest of some marker style's shape (grammar._STYLES without their finer conditions, which match_marker
# checks). A dense task list holds many digits and brackets that start no marker (第12项, （市…牵头）): they
# are passed over in C instead of each being asked of match_marker. Blanks are bounded: match_marker sees
# 24 characters.
# One pattern per first character rather than one alternation: an alternation of lookahead branches
# loses the regex module's first-character prefilter and scans twice as slowly. Each branch matches one
# character and their first characters are disjoint, so the merged positions are exactly the
# alternation's finditer positions (tests/test_repair_paragraphs.py checks this).
_MARKER_FIRST = (
    re.compile(rf"第(?=\s{{0,24}}(?:[{_NUMERALS}]{{1,5}}|\d{{1,3}})\s{{0,24}}[章节条]|[{_NUMERALS}]{{1,3}}、)"),
    re.compile(rf"[（(](?=\s{{0,24}}(?:[{_NUMERALS}]{{1,4}}|\d{{1,3}})\s{{0,24}}[）)])"),
    re.compile(rf"[一二三四五六七八九十](?=[{_NUMERALS}]{{0,3}}\s{{0,24}}[、．.）)])"),  # 三、 and 三) (a lost （: grammar)
    re.compile(r"\d(?=\d{0,2}\s{0,24}[.．、])"),
    re.compile(r"[\u2460-\u2473]"),
    re.compile(r"(?<!—)—(?=、)"),  # —、: a dash typed for 一 (grammar.match_marker)
)
_ARTICLE_FIRST = re.compile(r"(?<=[。！？；：!?;:”」）) \u3000])第")  # 第X章/节/条 after a sentence end
_BARE_HEADING_MAX = 30  # a heading line with no punctuation, glued to what follows
_PUNCT = re.compile(r"[，。；：！？,;!?]")
_PUNCT_END = re.compile(r"[。；：！？;!?]")

# 第一、 (ordinal) is never cut at: 坚持质量第一、效益优先 reads as one, glued after a bare heading or not
_FAMILY = {"chapter": "A", "section": "A", "article": "A", "ordinal": "C"}

# （修订） / （试行） / （2021—2025年）: what a plan's title may close with in brackets
_TITLE_STATUS = r"[（(](?:修订|试行|暂行|征求意见稿|(?:19|20)\d\d[^（）()\n]{0,12})[）)]"
_DOC_TYPES = "通知|意见|方案|预案|办法|规定|条例|决定|通告|公告|批复|函|要点|规划|纲要|细则|计划|措施|清单|指南|报告|请示|要求|规则"
# 指导意见 / 实施方案 / 行动计划 / 管理办法: the word a title's 文种 may carry between the 的 and it
_DOC_TYPE_QUALIFIERS = "指导|实施|若干|工作|行动|管理|暂行|补充"
_DOC_NUMBER = r"(?:(?![的之])\p{Han}){1,10}\s*[〔［\[【（(]\s*(?:19|20)\d\d\s*[〕］\]】）)]\s*(?:第\s*)?\d{1,4}\s*号"
_DECREE = r"\p{Han}{2,24}?令\s*[（(]?\s*第\s*\d{1,4}\s*号\s*[）)]?"
# 滨教函202011号滨州市教育局关于印发…的通知: a bracketless 文号 opening the text, glued before the title's issuer
_BRACKETLESS_NUMBER_THEN_TITLE = re.compile(rf"^{BRACKETLESS_DOC_NUMBER}(?=\p{{Han}}{{2,30}}?关于)")
# 生态环境部…中国证券监督管理委员会文件环气候〔2020〕57号 (wi_09): the red head's bodies and its 文件, glued before the 文号
_MASTHEAD_THEN_NUMBER = re.compile(rf"^\p{{Han}}{{2,80}}?文件(?={_DOC_NUMBER})")
# 国家发展改革委生态环境部水利部发改振兴〔2022〕101号 (wi_10): the red head's bodies glued before the 文号 with no 文件
# (grammar.GLUED_ISSUERS; with 文件, _MASTHEAD_THEN_NUMBER): the bodies are a line of their own, the 文号 its code on.
# A short run is the code's own (发改办环资〔…〕, 工信厅联节〔…〕: an office's abbreviation opens many codes), so the
# names must run long
_NAMES_THEN_NUMBER = re.compile(
    rf"^{GLUED_ISSUERS.pattern}(?!文件)(?=\p{{Han}}{{2,8}}\s*[〔［\[【（(]\s*(?:19|20)\d\d\s*[〕］\]】）)]\s*(?:第\s*)?\d{{1,4}}\s*号)"
)
_NAMES_MIN = 6
_TITLE_THEN_NUMBER = re.compile(rf"(?:{_DOC_TYPES})(?=(?:{_DOC_NUMBER}|{_DECREE}))")
_NUMBER_THEN_TEXT = re.compile(
    rf"(?:{_DOC_NUMBER}|令\s*[（(]?\s*第\s*\d{{1,4}}\s*号\s*[）)]?)(?=\p{{Han}})(?!文件|精神|要求|规定|公布)"
    # 中华人民共和国国务院令第432号《电力监管条例》已经…通过，现予公布: the decree heading the text, then the sentence
    # publishing what it names (not a decree cited in brackets: …条例》（国务院令第735号）《…意见》)
    r"|^[^。，；：:,\n《》（(]{0,30}?令\s*[（(]?\s*第\s*\d{1,4}\s*号\s*[）)]?(?=《)"
    # 国办发〔2019〕24号《职业技能提升行动方案（2019—2021年）》已经国务院同意，现印发给你们 (uj_02): the 文号 closing the head
    # (opening the line, or after the title's 文种), glued to the notice's first sentence, which names what it issues
    # (a 文号 cited mid-sentence, 根据国发〔2020〕5号《…》…, has neither before it)
    rf"|(?:^|(?<=(?:{_DOC_TYPES})))(?=\p{{Han}}){_DOC_NUMBER}(?=《[^《》\n]{{2,60}}》[ \u3000]*+已经)"
    # （人社部发〔2018〕63号）职业技能培训是… (uy_10): the 文号 in brackets opening the text, glued to its first sentence
    rf"|^[（(](?=\p{{Han}}){_DOC_NUMBER}[）)](?=\p{{Han}})"
)
# …的通知各市（含定州、辛集市）科技局，雄安新区改革发展局：: a title, then addressees opening with 各 (their bracketed
# parts too)
_TITLE_THEN_ADDRESSEE = re.compile(rf"(?:{_DOC_TYPES})(?=各[\p{{Han}}（）()]{{1,30}}[、，,：:])")
# …的通知承德市人民政府，省政府有关部门： / …的通知石家庄市、廊坊市工业和信息化局，…： / …的通知中国（河北）自由贸易试验区…
# 管委会，…：: a title's 的 + 文种, then addressees opening with a body named, up to the list's colon. The 的 keeps a 文种 word
# inside a name out (各省、自治区、直辖市及计划单列市…主管部门：), the words a sentence goes on with after it out too
# (…的通知要求市发展改革委、…)
# (…的复函广东省生态环境厅：; …的通知中共中央组织部、中共中央宣传部、中央文明办、…：, a list of central bodies; …的指导意见
# 上海市、江苏省、浙江省发展改革委、…：, wi_10: the 文种 word may carry its qualifier between the 的 and it)
_TITLE_THEN_NAMED = re.compile(rf"""(?<=的(?:{_DOC_TYPE_QUALIFIERS})?)(?:复函|{_DOC_TYPES})(?=
    (?!要求|精神|文件|规定|有关|中(?!共|央|国|华)|的|和|及)
    [\p{{Han}}（）()、]{{2,40}}?(?:人民政府|管委会|委员会|办公室|办公厅|局|委|厅|单位|部门|部|办|署)(?:[，、,][^。；：:\n]{{1,600}}?)?(?P<colon>[：:])
)""", re.X)
# …的通报北京市、天津市、河北省、…、宁夏回族自治区环境保护厅（局），海南省生态环境保护厅：为贯彻… (xd_06, a 生态环境部 cell
# stored on one line): a title's 的 + 文种 (通报 too), then addressees opening on a list of provinces and cities, three or
# more parted by 、, whose bodies the list names at its end (past _TITLE_THEN_NAMED's reach), up to the list's colon
_TITLE_THEN_PLACES = re.compile(
    rf"(?<=的)(?:通报|{_DOC_TYPES})(?=(?:\p{{Han}}{{2,7}}?(?:省|市|自治区)、){{3,}}[^。；：:\n]{{1,600}}?(?P<colon>[：:]))"
)
# 财教〔2012〕429号有关省（自治区、直辖市）财政厅（局）、科技厅（委、局），国务院有关部委，有关单位：为推进… (uz_07): addressees
# opening 有关 glued after the 文号 and before the opening sentence: the colon closes them
_NUMBER_THEN_CONCERNED = re.compile(
    r"(?<=号)有关[^。；：:\n]{2,200}?[：:](?=[ \u3000]*" + OPENING_WORDS + r"\p{Han})"
)
# 关于…环境影响报告书的批复中海石油（中国）有限公司：你公司《关于…的请示》收悉: a reply's title glued to the body it
# answers — a company, a bureau, a 筹 office, several parted by 、 — whose colon the reply's 你公司 / 你局 / 你单位 follows
# (…的批复中海石油（中国）有限公司：一、该项目… / …的函江苏核电有限公司:根据…: with no 你 after the colon, the name must
# end as a company's or a body's does)
_TITLE_THEN_REPLIED = re.compile(
    rf"""(?<=的)(?:复函|{_DOC_TYPES})(?P<to>(?!关于)[\p{{Han}}（）()、，,A-Za-z0-9·]{{2,80}}?
        (?:[：:](?=[ \u3000\xa0]*你\p{{Han}})
        |(?:公司|集团|局|厅|委|院|中心|站|所)(?:[（(]筹[）)])?[：:](?=[ \u3000\xa0]*(?:一[、.．]|根据|按照|依据|经|现|我部|我局)[\p{{Han}}《“])))""",
    re.X,
)
# …的通知 市农科院、市农业发展服务中心，各涉农区农业农村委：: a title, a space, then addressees up to their colon
_TITLE_SPACE_ADDRESSEE = re.compile(rf"(?:{_DOC_TYPES})(?=[ \u3000\xa0]+\p{{Han}}[^。；：:\s]{{1,80}}[：:])")
# (各项 opens no addressee: 为全面贯彻落实国务院关于促进就业工作的各项政策措施，…，现将有关事项通知如下：, wk_03, is the
# opening sentence, whose 各项政策措施 a cut there took for the 主送 line)
_ADDRESSEE = re.compile(r"各(?!项)[^。；：:\n]{1,200}?[：:](?=[ \u3000\xa0]*\S)")

_DISCLOSURE = re.compile(r"[（(]此件[^）)\n]{1,12}[）)]")
# the date closing a signature: then （此件…）, 附件, the end, or the title of the document the notice
# issues (国务院二○○七年一月二十日关于加快关停小火电机组的若干意见…)
# 总理　温家宝二○○五年二月十五日电 力 监 管 条 例第一章　总　　则第一条…: the title of the regulation a decree publishes,
# glued after the decree's date and before its 第一章 / 第一条 (the title may be letter-spaced)
_SPACED_DOC_TYPE = "|".join("[ \u3000]*".join(word) for word in _DOC_TYPES.split("|"))
_PUBLISHED_TITLE = re.compile(
    rf"[^。，；：:,\n《》]{{2,80}}?(?:{_SPACED_DOC_TYPE})[ \u3000]*(?=第[ \u3000]*一[ \u3000]*[章条])"
)
# 2013年9月17日 湫山乡人民政府：你乡…: an addressee after the signature's date opens a copy of the notice (a field
# holding its body twice) or the next notice; 二○○五年十一月二十一日 附: 关于…的通报: the bare 附 label of a document the
# notice transmits
# …办公室 2013年12月27日 作者： 信息来源： |: the page's own fields after the date end the notice as its end would
_PAGE_FIELD_AFTER = r"(?:作者|信息来源|来源|责任编辑|发布者)[ \u3000]*[：:]"
# …办公厅2019年4月22日更多信息请关注官方微信“河北人社”: the site's plug glued after the date ends the notice too (uh_06,
# uh_11: a crawl that stored the page's closing line on the body's one line); web_noise then drops the plug's line
# …水  利  部2022年1月17日字号 (wi_10): the page's font-size widget closing the stored text is a plug too
# …保障厅2022年1月7日《关于开展…的通知》的解读更多信息请关注… (wk_01): the page's link to the notice's 解读 may stand
# before the plug
_PAGE_PLUG_AFTER = r"(?:《[^《》\n]{2,80}》的?(?:政策)?解读)?更多(?:信息|资讯|内容)[，,]?请关注|字号[ \u3000]*$"
# …水利部规划计划司 2015年4月25日 | (us_07): the bar closing the table cell a page printed its text in follows the date
_CELL_CLOSE_AFTER = r"\|[ \u3000]*$"
# 总理　温家宝二○○七年九月十八日国务院关于修改《…条例》的决定国务院决定对…做如下修改： (wl_05): the title of the decision a
# decree publishes, glued after the decree's date and before the decision's first sentence
_PUBLISHED_DECISION = re.compile(r"\p{Han}{2,16}?关于[^。，；：:\n]{2,80}?的决定(?=\p{Han})")
# …生态环境部2019年5月29日抄送：… / …2020年9月1日部内抄送：… / …2018年3月22日生态环境部办公厅2018年4月3日印发… (wv_01,
# wv_02, wv_11: a body stored on one line): the 版记 — its 抄送 line, or the imprint of the office that printed the
# document — glued after the date closes the signature as a 附件 label does (an imprint ending the body, only the page's
# 字号 after it, is left as the text stored it, like _IMPRINT)
_VERSO_AFTER = rf"{COPIED_TO_LABEL}|\p{{Han}}{{2,30}}?{DATE_WORDS}印发(?!字号[ \u3000]*$)"
_SIGNED_DATE = re.compile(
    rf"{DATE_WORDS}(?=\s*(?:[（(]此件|附件|附[ \u3000]*[：:]|关于|$|{_VERSO_AFTER}|{_CELL_CLOSE_AFTER}|{_PAGE_FIELD_AFTER}|{_PAGE_PLUG_AFTER}|{_PUBLISHED_TITLE.pattern}|{_PUBLISHED_DECISION.pattern}|{ADDRESSED_BODY}))"
)
# …请结合实际认真组织实施。河北省人民政府办公厅2023年12月13日为深入贯彻…: an issuer and its date glued between the
# notice's last sentence and the opening sentence (为… / 根据…) of the plan it issues sign the notice (cut only where an
# issuer's name stands between the sentence end and the date)
# (…执行。\xa0河北省人民政府办公厅2023年6月29日\xa0\xa0为深入贯彻…, uv_02: blanks may part them)
_DATE_BEFORE_OPENING = re.compile(rf"{DATE_WORDS}(?=[ \u3000\xa0]*(?:为|根据))")
# …现印发给你们，请结合本地本部门实际认真组织实施。二〇一一年十一月二十三日为落实…: with no issuer, a date glued
# straight after the sentence that hands the document out (印发给你们 / 请…实施) signs the notice too (uf_01)
_CHARGE_BEFORE_DATE = re.compile(r"(?:印发给你们|转发给你们|请结合|请认真|认真贯彻|遵照执行|组织实施|贯彻执行|贯彻落实)[^。！]{0,40}[。！]$")
# 请认真贯彻执行。 二○○六年四月十四日 为贯彻落实…: a date standing alone between single blanks after the notice's last
# sentence, before the opening sentence (为… / 根据…) of the document the notice transmits, is the notice's date —
# a record that kept no signer and no title of the transmitted document (a date a sentence names has no blank
# after a sentence end before it)
_SPACED_SIGNED_DATE = re.compile(
    rf"(?<=[。！][ \u3000\xa0])({DATE_WORDS})(?=[ \u3000\xa0]+{OPENING_WORDS}\p{{Han}})"
)
_ADDRESSED_AFTER = re.compile(rf"[ \u3000\xa0]*{ADDRESSED_BODY}")
_FIELD_AFTER = re.compile(rf"[ \u3000\xa0]*(?:{_PAGE_FIELD_AFTER}|{_PAGE_PLUG_AFTER})")
# 湫山乡人民政府：你乡《关于…的请示》收悉: a reply's 主送 glued to its first sentence, at the start of the body
_REPLY_ADDRESSEE = re.compile(rf"(?:^|(?<=[。；号]))({ADDRESSED_BODY})(?=[ \u3000\xa0]*你)")
# 国函〔2016〕178号国土资源部、国家发展改革委、…、商务部：你们《关于审批…的请示》收悉 (uo_02): a reply's 主送 naming
# several bodies parted by 、 (ministries ending in 部 too), glued to the 你们 its first sentence opens with
_REPLY_BODY = r"\p{Han}{2,20}?(?:部|委|局|厅|署|院|办|人民政府)"  # one body of the list, written once for both places
_REPLY_ADDRESSEE_LIST = re.compile(
    rf"(?:^|(?<=[。；号]))((?:{_REPLY_BODY}、){{1,12}}+{_REPLY_BODY}[：:])(?=[ \u3000\xa0]*你们)"
)
# 张家口市人民政府，省政府有关部门：为认真贯彻落实… (wr_01, a database field that opens with the 主送, kept no title): the
# bodies the body is addressed to, none of them 各…, glued to its opening sentence (为… / 根据… / 按照…) at the field's start
_ADDRESSED_NAME = r"\p{Han}{2,30}?(?:人民政府|办事处|委员会|管委会|办公室|办公厅|部门|单位|局|委|厅|部|署)"
_OPENING_ADDRESSEES = re.compile(
    rf"^(?:{_ADDRESSED_NAME}[，,、]){{0,12}}+{_ADDRESSED_NAME}[：:](?=[ \u3000\xa0]*{OPENING_WORDS}\p{{Han}})"
)
# 安际衡代表：您提出的“关于…的建议”… / 肖友才等2位代表：你们提出的… / 冯川建委员:您提出的“…的提案”… (ws_01, ws_02): an
# answer to deputies' suggestions or members' proposals opens on whom it answers, glued to its first sentence
_DEPUTIES_ADDRESSEE = re.compile(r"^(\p{Han}{2,4}(?:等\d{1,3}位)?(?:代表|委员)[：:])(?=[ \u3000\xa0]*(?:您|你们)提出的)")
# 义乌市人民政府办公室2013年9月2日义乌市…暂行办法为有效防范…: after a signed date, the title of the plan the notice
# issues, glued to the plan's opening sentence (为… / 根据…)
# (…2020年1月8日某市…培养方案（2019-2022年）为落实…: the title may close on the years it covers)
# (东莞市人民政府办公室二〇一一年五月三十日进一步加强政府信息公开工作的意见 at the line's end: the opening on the next
# line, tu_03)
# (珠海市人民政府 2018 年 2 月 13 日— 1 —珠海市2018年国民经济和社会发展计划一、2018 年…, ts_03: a PDF's text run onto one
# line, the page's number between the date and the plan's title, the plan's first part after it)
# (河北省人民政府办公厅2019年6月2日河北省2019年政务公开工作要点2019年，全省政务公开工作的总体要求是…, uj_06: an annual
# plan's opening sentence may open on its year and a comma)
# (…2019年11月25日　　关于支持生物医药产业高质量发展的若干政策为全面提升…, uz_11: a 若干政策 is such a plan; …2024年3月20日
# （此件主动公开）（联系单位：…处）关于开展…行动的实施方案为深入贯彻…, uz_03: the disclosure and contact notes may stand
# between the date and the title; …2022年12月30日（此件主动公开）河北省…工作方案根据《…的通知》…, vc_02: the opening may cite a
# document in 《》 first)
# (生态环境部办公厅2022年6月13日印发减污降碳协同增效实施方案为深入贯彻…, vx_03: the 版记's imprint, its date closing on
# 印发, stands before the plan's title; the 印发 stays with its date, no plan's title opens on it)
_DATED_PLAN_TITLE = re.compile(
    rf"({DATE_WORDS}(?:[ \u3000]*印发)?)(?:[ \u3000]*[—－-][ \u3000]*\d{{1,3}}[ \u3000]*[—－-])?(?:[ \u3000]*[（(](?:此件|联系)[^（）()\n]{{2,60}}[）)]){{0,2}}[ \u3000]*"
    rf"([^。，；：:,\n《》—（( \u3000][^。，；：:,\n《》—]{{3,79}}?(?:{_DOC_TYPES}|若干政策)(?:[（(][^（）()\n]{{1,16}}[）)])?)"
    rf"(?=[ \u3000]*{OPENING_WORDS}[\p{{Han}}《]|[ \u3000]*一、|$|(?:19|20)\d\d年[，,])"
)
# …确保工作顺利完成。特此批复。仙居县人民政府: the closing formula is a paragraph of its own
# The endings of a body that wrote a text (a byline's, an author list's: 河北省发展和改革委员会, 省发展改革委、省财政厅),
# written once for _DATE_THEN_BYLINE and _AUTHORS; the names longer than a character first
_AUTHOR_ENDS = "(?:委员会|办公厅|办公室|委|局|厅|部|办|署)"
# …请认真抓好落实。二〇〇六年二月七日（河北省发展和改革委员会）２００６年是… (uz_02): a transmitting notice signed by its date
# alone, glued after its last sentence, then the byline of the opinion it transmits (its author in brackets) before that
# opinion's text: the date and the byline are lines of their own
_DATE_THEN_BYLINE = re.compile(
    rf"(?<=[。！])({DATE_WORDS})([（(][\p{{Han}}、]{{2,30}}?{_AUTHOR_ENDS}[）)])(?=\S)"
)
_CLOSING_FORMULA = re.compile(r"(?<=[。！])" + so_closing(SO_CLOSING_GLUED) + "[。！]")
# …（责任单位：省税务局、省科技厅）本措施自发布之日起实施，有效期3年… (uv_02): on a body stored on one line, the clause
# putting the measures in force, glued after the last task's note, opens the closing paragraph (a note's bracket: the
# closing bracket of an item's marker, （二十八）本意见自下发之日起执行, sc_03, is the item's own text)
_IN_FORCE_AFTER_NOTE = re.compile(
    r"(?<=[）)])(?<![（(][一二三四五六七八九十百\d]{1,4}[）)])本(?:若干)?(?:措施|方案|意见|办法|细则|规定|政策|计划)自\p{Han}{0,12}?(?:之日起|起)(?:施行|实施|执行)"
)
# …推动有色金属工业绿色高质量发展。感谢您对生态环境工作的关心和支持。生态环境部 (ws_01): the thanks closing an answer to
# deputies opens a paragraph of its own
_ANSWER_THANKS = re.compile(r"(?<=[。！])感谢(?:您|你们)对\p{Han}{2,24}?的关心和支持[。！]")
# …保持不变。希你乡接文后，切实加强领导…: a reply's closing charge to the body it answers opens a paragraph of its own
_REPLY_CHARGE = re.compile(r"(?<=[。！])(?:希|望)(?=你\p{Han}{0,2}接文后|你\p{Han}{0,2}(?:认真|切实|按照))")
# (the en / em spaces of a letter-spaced name too: 水\u2003\u2003利\u2003\u2003部, wi_10)
_SIGNATURE_ORG = re.compile(r"[\p{Han}、（）() \u3000][\p{Han}、（）() \u3000\u2002\u2003]{1,59}")
# 联系电话：0311-87806198　　邮箱：hbzxqy2020@126.com　　: a contact block's value (digits, an address) and the blanks after it
_CONTACT_VALUE_END = re.compile(r"(?:电话|邮箱|传真|手机|邮编)[：:][\x21-\x7e]{3,60}[ \u3000]+")
_CONTACT_VALUE_MAX = 64  # the label and the widest value _CONTACT_VALUE_END reads
# 2021年11月15日 （联系人：…；联系电话：…）: the contact note after the signature's date is a line of its own
# 2021年10月19日附件：1.…: the 附件 label glued after the signature's date opens a line of its own
# the words a list of names is titled with (…单位名单, …名录), whose entries are numbered 1. 2. even on one line
_NAME_LIST_WORDS = ("名单", "名录")
_NAME_LIST = "|".join(_NAME_LIST_WORDS)
# 2018年12月4日附件1征求意见单位名单1.… (wz_06): the numbered label of an attached list of names needs no colon
_ATTACHMENT_AFTER_DATE = re.compile(
    rf"(?<={DATE_WORDS}[ \u3000\xa0]*)(?:附件?\s*[：:]|附件\d{{1,2}}(?=\p{{Han}}[^。，；：:\n]{{1,40}}?(?:{_NAME_LIST})1[.．]))"
)  # 附件： / the bare 附：
# 国务院2013年1月30日附件金属…联席会议制度为协调整合…: the attached document's 附件 label and title (no colon) glued after
# the signature's date and before the attached document's opening sentence (为… / 根据…) are a line of their own (sa_05)
_ANNEX_TITLE_AFTER_DATE = re.compile(
    rf"(?<={DATE_WORDS}[ \u3000\xa0]*)附件\d{{0,2}}[^。，；：:,\n《》]{{4,60}}?(?:{_DOC_TYPES}|制度)(?={OPENING_WORDS}\p{{Han}})"
)
# 第十三条本办法自公布之日起有效。附件技术先进型服务业务认定范围（试行）一、信息技术外包服务… (vt_01, a body stored on
# one line): the bare 附件 label (no colon, no number) glued after the last sentence, the attached document's title
# right after it and the attached body's 一、 / 第一章 after that, is a line of its own over the title's line, as an
# attached document prints them (left on the sentence's line, the attached parts were read under the last article);
# the title holds no sentence or list punctuation. A numbered label (附件2…) is _ATTACHMENT's, cut before it already.
_ANNEX_TITLE_BEFORE_BODY = re.compile(r"(?<=。[ \u3000\xa0]?)附件(?![\d０-９一二三四五六七八九十])(?=[^。，；：:,、\n]{4,60}?(?:一、|第一章))")
_LIST_LABEL_END = re.compile(r"附\s*[件表]\s*[：:][ \u3000\xa0]*$")
# …电话：（010）66556430，66556410附件：1.… / …地址：…育慧南路1号A栋511室附件：1.… (wo_05, wo_11, a body stored on one
# line): the 附件 label glued after a contact block's last value (a number, an address: no sentence end to cut at) opens
# a line of its own; the value runs to the label with no sentence or clause stop, no other label's colon and no blank (a
# blank before the label parts the lines there already)
_CONTACT_THEN_ATTACHMENT = re.compile(r"(?:电话|传真|手机|地址|邮箱|邮编)[：:][^。；;：:\s]{2,60}?(?=附件\s*[：:])")
# …2019年5月29日抄送：各省…。 / …2020年9月1日部内抄送：执法局… (wv_01, wv_02): the 版记's 抄送 line glued after the signature's
# date is a line of its own
_COPIED_TO_AFTER_DATE = re.compile(rf"(?<={DATE_WORDS}[ \u3000\xa0]*){COPIED_TO_LABEL}")
# 生态环境部办公厅2019年6月14日印发附件… (wv_01, wv_09, wv_11): the imprint of the office that printed the document, closing
# on 印发, with what the one-line body runs on with after it (the attached document's label or title; not the page's
# 字号 closing the text, which the noise step drops: an imprint ending the body needs no cut)
_IMPRINT = re.compile(rf"{DATE_WORDS}印发(?=[\p{{Han}}“《])(?!字号[ \u3000]*$)")
_CONTACT_AFTER_DATE = re.compile(rf"(?<={DATE_WORDS}[ \u3000\xa0]*)[（(]联系(?:人|电话|方式)")
# …贡献。 附件：…: the label may stand a blank after the sentence it follows (a body stored on one line)
_ATTACHMENT = re.compile(r"(?<=[。）)”][ \u3000\xa0]?)附(?:件\s*[：:\d一二三四五六七八九十]|[表图]?\s*[：:])")
_BOOK_TITLE = re.compile(rf"《(关于[^《》\n]{{4,80}}?(?:{_DOC_TYPES}))》")
# 国务院：opening a transmitted 请示 / 报告: the body it addresses
_REPORT_ADDRESSEE = re.compile(r"\p{Han}{2,20}[：:](?=\p{Han})")
# 以上意见如无不妥，请批转…: the closing sentence of a transmitted 请示 / 报告
_REPORT_CLOSING = re.compile(r"(?<=[。；;])以上(?:意见|报告|请示)[，,]?(?:如|若)")
_ATTACHED_TITLE = re.compile(
    rf"附\s*件\s*(?:\d{{1,2}}\s*[：:]?|[：:])[ \u3000]*+[^。；：:\n]{{2,80}}?(?:{_DOC_TYPES}|(?P<list>{_NAME_LIST})|一览表)"
)
_RESTARTS = ("cn", "chapter", "paren_cn", "article")
# 附件:山福镇…总体应急预案（修订） 温州市…人民政府 2020年10月22日: a status in brackets may close the title, a space part it
# from the signer
# (附件：…3.专家简历模板生态环境部自然生态保护司2020年…: or the last entry of the list of attachments — a form, a
# table, a template — glued before the signer; 附件：发电行业分类代码生态环境部办公厅2023年2月4日, wo_07: a list of codes)
_TITLE_END = re.compile(
    rf"(?:{_DOC_TYPES}|名单|名录|一览表|表|模板|说明|格式|回执|目录|申请书|承诺书|证|标准|设计|样章|代码)(?:{_TITLE_STATUS})?[ \u3000\xa0]*(?=\p{{Han}})"
)
# 附件：…工作部际联席会议制度国 务 院2013年1月30日 (sa_05): a 制度 a reply approves closes the title too, read only where no
# title word of _TITLE_END does (附件：关于深化…有偿使用制度改革试点的实施方案国务院: the 方案 closes it)
# 附件：2023年度河北省优秀工业节能诊断报告名单　　河北省工业和信息化厅　　2024年1月17日 (vt_11): a title word (报告) with a
# list's word right after it (名单, 名录, 一览表) does not close the title — the list's word does; no issuer opens on one
_LIST_WORD_RUNS_ON = re.compile(r"名单|名录|一览表")
_INSTITUTION_TITLE_END = re.compile(r"制度[ \u3000\xa0]*(?=\p{Han})")
# 国务院 / 财政部 国土资源部 / 财　　政　　部: issuing bodies only, as a signature names them
# 市民休闲广场工程实施方案为加快城市基础设施建设…: a plan's title opening a body stored on one line, glued to the
# opening sentence (为… / 根据… / 按照…) that says why the plan is made
# (or to its first part, 一、: …示范创建实施方案一、目标任务围绕…, a sharing site's copy of a plan run together)
# (关于发布《…技术规范》等3项国家环境保护标准的公告为贯彻落实…: the title may name what it issues in 《》, and run longer)
_TITLE_THEN_OPENING = re.compile(
    rf"^(?:[^。；：:，,\s《》]|《[^《》\n]{{1,80}}》){{4,60}}?(?:{_DOC_TYPES})(?={OPENING_WORDS}\p{{Han}}|一[、.．]\p{{Han}})"
)
# 一、指导思想以邓小平理论… / 二、目标任务4月底完成…: a part's title (lexicons/section_titles.tsv) glued to its text (not
# 指导思想和基本原则, one title of two)
# 三、组织领导及职责分工为切实加强… : two titles joined by 及 / 和 / 与 / 、 title one part; the text may open on a
# year a sharing site masked (二、目标任务xx年5月底…)
_SECTION_TITLE = re.compile(
    SECTION_TITLE_WORDS + r"(?:[和与及、]" + SECTION_TITLE_WORDS + r")*"
    r"(?=[\p{Han}\d]|[Xx×]{2})(?![和与及、的等])"
)
_ISSUERS = re.compile(
    r"(?:[\p{Han} \u3000]{0,24}?(?:国务院|国[ \u3000]+务[ \u3000]+院|人民政府|委员会|办公厅|办公室|委|局|厅|部|署|司)[ \u3000、]*+){1,4}"
)
_AUTHORS = re.compile(r"(?:\p{Han}{1,12}?" + _AUTHOR_ENDS + r"[ \u3000、]*){1,4}(?=\p{Han})")


def normalise_line_ends(text: str, log) -> str:
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text
    out, count = _LINE_ENDS.subn("\n", text)
    if count:
        log.record("\\r / U+2028 line ends", "\\n", count)
    return out


def is_starved(lines: list[str]) -> bool:
    """True when the lines average far more characters than any paragraph-a-line notice."""
    # a line shorter than _CONTENT_LINE is so stripped too: no strip asked of it (most blank and short lines)
    content = [len(line) for line in lines if len(line) >= _CONTENT_LINE and len(line.strip()) >= _CONTENT_LINE]
    if not content:
        return False
    # a short notice stored on one or two lines is starved too
    if sum(content) / len(content) >= STARVED_AVERAGE or (len(content) <= 2 and sum(content) >= _SHORT_NOTICE):
        return True
    # so is one whose sentences all stand on one or two lines holding nearly all its text: the title lines and
    # page furniture above such a body (首页 | / the title twice) make no paragraphs of it
    prose = [len(line) for line in lines if "。" in line]
    return 0 < len(prose) <= 2 and sum(prose) >= _SHORT_NOTICE and sum(prose) >= _PROSE_SHARE * sum(content)


# A document-sharing site prints a file's text in numbered chunks cut at a fixed length (1、XX…实施方案一、目标任务… /
# 2、提质。按照… / 3、扬尘治理。…): each chunk after the first opens in the middle of a sentence the line above left open.
_SHARING_CHUNK = re.compile(r"(\d{1,3})、")
# the site's line above them: 《…docx》由会员分享，可在线阅读，更多相关《…》请在…上搜索。
# (…由会员上传分享,免费在线阅读… on another such site, tq_03)
_SHARING_HEADER = re.compile(r"由会员(?:上传)?分享|(?:可|免费)在线阅读")
# The label a preview opens its first chunk with: the file's name and the page the preview starts on
# (市容环境综合整治百日行动方案—页2，提高我区…, tq_03: the site's line names it 《市容环境综合整治百日行动方案_页2》)
_PREVIEW_LABEL = re.compile(r"[^，,。；;\n]{2,60}?[—_－]{1,2}页\d{1,3}[，,][ \u3000]*+")
_CHUNK_MIN = 150  # characters of every chunk but the last
_CHUNKS_MIN = 3


def _join_sharing_chunks(text: str, log) -> str:
    """Lines numbered 1、 2、 3、 … one after another below the site's line, each but the last long and none but the
    last ending a sentence, are one text cut into a sharing site's chunks: the numbers go and the chunks are joined (a
    list of 1、…。 items ends its entries)."""
    lines = text.split("\n")
    for first, line in enumerate(lines):
        if line.startswith("1、") and any(_SHARING_HEADER.search(above) for above in lines[:first]):
            run = _chunk_run(lines, first)
            if len(run) >= _CHUNKS_MIN or (len(run) == 2 and _cut_mid_word(lines[run[0]])):
                joined = "".join(lines[i][len(str(k + 1)) + 1:] for k, i in enumerate(run))
                log.record(lines[run[1]][:12], joined[len(lines[run[0]]) - 2:len(lines[run[0]]) + 8])
                label = _PREVIEW_LABEL.match(joined)
                if label:  # 市容环境综合整治百日行动方案—页2，提高我区…: the preview's label, no text of the file
                    log.record(label.group(), "")
                    joined = joined[label.end():]
                return "\n".join(lines[:first] + [joined] + lines[run[-1] + 1:])
    return text


def _cut_mid_word(line: str) -> bool:
    """A chunk the site cut inside a word (…村主要负 / 2、责人是…): two chunks are one text then, as three are; a list
    entry ends on its punctuation or a whole title, not on a word's first half."""
    return "\u4e00" <= line.rstrip()[-1:] <= "\u9fff"


def _chunk_run(lines: list[str], first: int) -> list[int]:
    run = [first]
    for i in range(first + 1, len(lines)):
        m = _SHARING_CHUNK.match(lines[i])
        above = lines[run[-1]].rstrip()
        if m is None or int(m.group(1)) != len(run) + 1 or len(above) < _CHUNK_MIN or above[-1:] in _SENTENCE_END:
            break
        run.append(i)
    return run


# A database digest's record heads its text with its fields on one line, `date | source | title | body`
# (the source may be missing): the title is cut onto a line of its own, date and source stay together
_DIGEST_HEAD = re.compile(rf"""
    (?P<meta> (?:19|20)\d\d-\d\d-\d\d(?:[ ]\d\d:\d\d:\d\d)?   # the record's date
              (?:[ ]\|[ ][^|\n]{{1,40}}?)? )                      # its source, abbreviated bodies
    [ ]\|[ ]
    (?P<title> [^|\n]{{4,120}}?(?:{_DOC_TYPES})(?:（[^（）\n]{{1,12}}）|\([^()\n]{{1,12}}\))? )
    [ ]\|[ ]
""", re.X)


def restore_paragraphs(text: str, log) -> str:
    text, chunked = _cut_whole_text_forms(text, log)
    lines = text.split("\n")
    # a sharing site's chunks are cut at a fixed length from a text printed without its paragraph breaks: the joined
    # chunks have lost their paragraphs even where the site's header and footer lines pull the average down
    if not chunked and not is_starved(lines):
        return _cut_kept_lines(text, lines, log)
    return _cut_starved_lines(text, lines, log)


def _cut_whole_text_forms(text: str, log) -> tuple[str, bool]:
    """The cuts that read the text whole (a repeated body, a digest or database head, field runs, a sharing site's
    chunks, flattened tables); the flag says whether chunks were joined."""
    text = _cut_repeated_body(text, log)
    if text[:2].isdigit() and " | " in text[:200]:
        text = _cut_digest_head(text, log)
    if "【" in text and RECORD_BODY in text:
        text = _cut_database_record(text, log)
    if text.find("：", 0, _FIELD_RUN_REACH) >= 0:
        text = _cut_plain_field_run(text, log)
    if "来源" in text[:_FIELD_RUN_REACH]:
        text = _cut_body_after_source_field(text, log)
    chunked = False
    if "1、" in text and "2、" in text:
        joined = _join_sharing_chunks(text, log)
        chunked, text = joined is not text, joined
    # 序 stands in many texts (秩序, 程序): the lines are split and walked only where a flattened header stands at all
    if "序" in text and _FLAT_HEADER.search(text, 0, None, HOLD_GIL) is not None:
        text = _cut_flattened_tables(text, log)
    return text, chunked


def _cut_kept_lines(text: str, lines: list[str], log) -> str:
    """A text that kept its line breaks: only the glued pieces each form leaves are cut."""
    if "第" in text:
        text = _cut_glued_articles(lines, log)
        lines = text.split("\n")
        if "章" in text:
            lines = _cut_glued_chapters(lines, log)
    if "篇】" in text:
        lines = _cut_glued_books(lines, log)
    if _has_decimal_part_line(text):
        lines = _cut_glued_decimal_parts(lines, log)
    lines = _cut_space_joined_lines(lines, log)
    lines = _cut_title_repeated_onto_opening(lines, log)
    if _has_signer_gap(text):  # a signer run onto a sentence stands after one of them
        lines = _cut_signer_above_date(lines, log)
    if "令" in text:
        lines = _cut_decree_heading(lines, log)
    if _has_spaced_addressees(text):  # the lines are walked only where a spaced 主送 line stands
        lines = _cut_spaced_addressees(lines, log)
    if ITEM_FIELD_LABEL in text:
        lines = _rejoin_titles_wrapped_onto_their_field(lines, log)
    if "联系人：" in text:
        lines = _cut_glued_contacts(lines, log)
    return _cut_glued_items(lines, log)


# …请认真贯彻落实。联系人：生态环境监测司张皓、张璘电话：（010）66103117、66556808联系人：中国环境监测总站嵇晓燕… (ws_07,
# ws_09, wz_06): a contact block glued after the notice's last sentence, and a second one after the first's number or
# address, is a paragraph of its own (the closing lines, not the sentence's text, whose bodies would be read as its
# carriers). Only after a full stop or a contact value's end (a digit, a Latin letter of an e-mail address, 号 of a
# house number, a bracket): 发送至联系人邮箱 and 各单位联系人： name a contact inside a sentence.
_GLUED_CONTACT = re.compile(r"(?:(?<=[。！0-9０-９A-Za-z）)])|(?<=\d号))联系人：(?=\p{Han})")


def _cut_glued_contacts(lines: list[str], log) -> list[str]:
    """Contact blocks glued after a sentence or after the contact block before them go on lines of their own."""
    out = None  # a copy of the lines, made at the first cut
    for k, line in enumerate(lines):
        if line.find("联系人：", 1) < 0:
            continue
        cuts = [(m.start(), m.start()) for m in _GLUED_CONTACT.finditer(line, 1)]
        if cuts:
            if out is None:
                out = list(lines)
            out[k] = _apply_cuts(line, cuts, log)
    return lines if out is None else "\n".join(out).split("\n")


def _cut_starved_lines(text: str, lines: list[str], log) -> str:
    """A text that lost its line breaks (or a sharing site's joined chunks): every line is cut at its glued markers."""
    numbering = _Numbering()
    grid = _grid_rows(lines)
    out: list[str] = []
    offset = 0
    for i, line in enumerate(lines):
        cuts = [] if i in grid else _cuts(line, offset, numbering)
        out.append(_apply_cuts(line, cuts, log))
        offset += len(line) + 1
    lines = _cut_section_titles("\n".join(out).split("\n"), log)
    if "章" in text:
        lines = _cut_glued_chapters(lines, log)
    if "联系人：" in text:
        lines = _cut_glued_contacts(lines, log)
    return _cut_glued_items(lines, log)


def _rejoin_titles_wrapped_onto_their_field(lines: list[str], log) -> list[str]:
    """3.1 民用飞机典型航电设备适航安全性设计及测试验证 / 关键技术研究（共性关键技术）研究内容：研究… (ur_09): a numbered
    item's title that the stored text wrapped onto the line of its 研究内容： label goes back up to its line, the
    label opening the line below as it does under every other item."""
    out = list(lines)
    for k in range(1, len(out)):
        line = out[k]
        at = line.find(ITEM_FIELD_LABEL, 2, WRAPPED_TITLE_MAX + len(ITEM_FIELD_LABEL))
        colon = at + len(ITEM_FIELD_LABEL)
        if at < 0 or line[colon:colon + 1] not in ("：", ":"):
            continue
        above = out[k - 1].rstrip()
        marker = match_marker(above.lstrip()) if above and "\u4e00" <= above[-1] <= "\u9fff" else None
        if marker is None or marker.style not in ("decimal", "num"):
            continue
        rest = WRAPPED_BEFORE_ITEM_FIELD.match(line, 0, None, HOLD_GIL)
        if rest is None or rest.end() != at:
            continue
        log.record(line[:colon + 1], (above + line[:at])[-20:])
        out[k - 1], out[k] = above + line[:at], line[at:]
    return out


_COPY_HEAD = 24  # characters of the text's opening that mark a second copy of the body where they recur


def _cut_repeated_body(text: str, log) -> str:
    """…营造全社会广泛关注、支持和参与的良好社会环境。各市（含定州、辛集市）人民政府，…: a database field holding the body
    twice, the second copy glued after the first one's last sentence — the copy opens a line of its own (as the notice's
    own opening does), so that it is not read as more of the last item."""
    head = text.lstrip()[:_COPY_HEAD]
    if len(head) < _COPY_HEAD or "\n" in head:
        return text
    at = text.find(head, len(text) // 3)
    if at <= 0 or (text[at - 1] not in "。；！？）" and not _copies_the_body(text, at)):
        return text
    log.record(text[max(0, at - 10):at + 10], f"{text[max(0, at - 10):at]}\n{text[at:at + 10]}")
    return text[:at] + "\n" + text[at:]


_COPY_BODY = 200  # characters a second copy repeats of the opening: no title or addressee repeated alone runs so long


def _copies_the_body(text: str, at: int) -> bool:
    """…公开程序：本单位审核后公开 责任部门：省政府办公厅秘书一处各设区市人民政府，… (vq_06): the second copy glued after a
    page field of the first, no sentence end before it; it repeats the opening for a long stretch, where a title printed
    again above the plan (…2023年12月9日河北省化工园区认定管理办法) repeats only itself."""
    start = len(text) - len(text.lstrip())
    return len(text) - at >= _COPY_BODY and text.startswith(text[at:at + _COPY_BODY], start)


_RECORD_FIELDS_MIN = 3  # a record prints at least its issuer, date and 字号; fewer bracketed labels are a sentence's
_RECORD_VALUE_MAX = 40  # the last field's value (行政法, 基础教育) between its label and 正文


def _cut_database_record(text: str, log) -> str:
    """A legal-database record run onto one line (title文章属性•【制定机关】…•【字号】…正文body): its title, each
    【label】value field and the body each go on a line of their own, so the metadata reads the fields as it reads a
    page's field lines; the body, which such a record stores without its paragraph breaks, is cut as a starved text
    is, from the line it opens on to the end (tg_13, tu_03)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        fields = list(record_field().finditer(line)) if "【" in line else []
        if len(fields) < _RECORD_FIELDS_MIN:
            continue
        body = line.find(RECORD_BODY, fields[-1].end(), fields[-1].end() + _RECORD_VALUE_MAX)
        if body == -1:
            continue
        rest = body + len(RECORD_BODY)
        cuts = [(m.start(), m.start() + (m.group()[0] in "•·")) for m in fields] + [(body, body), (rest, rest)]
        head = fields[0].start() - len(RECORD_HEAD)
        if head > 0 and line.startswith(RECORD_HEAD, head):
            cuts.insert(0, (head, head))
        numbering = _Numbering()
        cuts += [(rest + a, rest + b) for a, b in _cuts(line[rest:], 0, numbering)]
        lines[i] = _apply_cuts(line, cuts, log)
        offset = len(line) - rest + 1
        for j in range(i + 1, len(lines)):
            lines[j], offset = _apply_cuts(lines[j], _cuts(lines[j], offset, numbering), log), offset + len(lines[j]) + 1
        return "\n".join(lines)
    return text


_FIELD_RUN_REACH = 1000  # a header's fields stand among the first characters
_FIELD_RUN_MIN = 3  # a header prints at least three fields (发文机关, 发布日期, 文号); fewer labels are a sentence's


def _cut_plain_field_run(text: str, log) -> str:
    """…的意见（2024.07.29）发文机关：国务院发布日期：2024.07.29 生效日期：… 文号：国发〔2024〕18 号: a legal
    database's header fields run onto one line without their brackets (an HTML paragraph holding a compilation's
    hard-wrapped PDF text): each field but the first goes on a line of its own, as _cut_database_record puts a
    bracketed record's, so the metadata reads them as a page's field lines. Only the lines starting among the first
    characters are asked, and only their first characters (the header; the body may run on after it), and only a line
    naming three different labels, one of them glued to the value before it. The text is split only to cut."""
    at = 0
    while at < _FIELD_RUN_REACH:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        reach = min(end, at + _FIELD_RUN_REACH)
        if text.count("：", at, reach) + text.count(":", at, reach) >= _FIELD_RUN_MIN:
            fields = list(plain_field_label().finditer(text, at, reach))
            if len({m.group() for m in fields}) >= _FIELD_RUN_MIN and any(
                    m.start() > at and not text[m.start() - 1].isspace() for m in fields):
                # the first field stays on the line it is glued to: a compilation opens the record on its entry line
                # (3、某市人民政府关于…的意见（2023.01.06）发文机关：…), which is no title, and the title printed under
                # the fields is read as before
                cut = _apply_cuts(text[at:end], [(m.start() - at, m.start() - at) for m in fields[1:]], log)
                return text[:at] + cut + text[end:]
        if end == len(text):
            break
        at = end + 1
    return text


# 发布日期:2023-02-07 16:05 文章来源:武汉市江夏区人民政府办公室2023年是全面贯彻…的开局之年。 (tk_13): a page's 来源 field
# whose value, a body's name closed by an office ending, runs straight into the notice's first sentence: a year, or a
# word opening a notice's sentence (为 / 根据 / 按照 / 近日 / 经), can continue no body's name
_SOURCE_FIELD_THEN_BODY = re.compile(
    r"(?:文章|信息)?来源[ \t\u3000]*+[：:][ \t\u3000]*+\p{Han}{1,30}?(?:" + "|".join(OFFICE_ENDINGS) + r")"
    r"(?=(?:19|20)\d\d年|为|根据|按照|近日|经)"
)
_SOURCE_BODY_MIN = 20  # what runs on after the name is a sentence of the body, not a second field's short value


def _cut_body_after_source_field(text: str, log) -> str:
    """Cut a page's 来源 field, among the header's first characters, from the body sentence glued after its value."""
    m = _SOURCE_FIELD_THEN_BODY.search(text, 0, _FIELD_RUN_REACH)
    if m is None:
        return text
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    rest = text[m.end():end]
    if len(rest) < _SOURCE_BODY_MIN or not any(c in rest for c in "。，,；"):
        return text
    start = text.rfind("\n", 0, m.start()) + 1
    return text[:start] + _apply_cuts(text[start:end], [(m.end() - start, m.end() - start)], log) + text[end:]


# 中华人民共和国国务院令  第737号 《防范和处置非法集资条例》已经…通过，现予公布: in a text that keeps its lines, the
# decree heading glued before the sentence publishing what it names (a starved text is cut so by _NUMBER_THEN_TEXT)
_DECREE_HEADING_THEN_PUBLISHED = re.compile(
    r"^[ \u3000]*+[^。，；：:,\n《》（(]{2,30}?令[ \u3000]*+[（(]?[ \u3000]*+第[ \u3000]*+\d{1,4}[ \u3000]*+号[ \u3000]*+[）)]?[ \u3000]*+"
    r"(?=《[^》\n]{2,60}》[ \u3000]*+已经)"
)
_DECREE_HEAD_LINES = 15  # a decree heading stands among the first lines


def _cut_decree_heading(lines: list[str], log) -> list[str]:
    out = list(lines)
    for i, line in enumerate(lines[:_DECREE_HEAD_LINES]):
        m = _DECREE_HEADING_THEN_PUBLISHED.match(line)
        if m is not None:
            out[i:i + 1] = _apply_cuts(line, [(m.end(), m.end())], log).split("\n")
            break
    return out


# 各县、区人民政府，市政府各部门： 全市第十七届…: a 主送 list opening a line, a blank after its colon, then the body
# (which may open on the name of what it issues: …各工作部门: 《某市…工作意见》已经市人民政府同意)
_SPACED_ADDRESSEES = re.compile(r"各[^。；：:\n]{1,200}?[：:](?=[ \u3000\xa0]+[\p{Han}《“])")


def _has_spaced_addressees(text: str) -> bool:
    at = 0
    while True:
        if text.startswith("各", at) and _SPACED_ADDRESSEES.match(text, at):
            return True
        at = text.find("\n各", at) + 1
        if at == 0:
            return False


def _cut_spaced_addressees(lines: list[str], log) -> list[str]:
    """In a document that keeps its lines, a line opening with the 主送 whose colon a blank parts from the body's
    first sentence is two paragraphs (a page that ran them together on one line); so is every later sentence end
    that the same blank follows (…1万元。 市政府希望…, ti_14): the page parted its paragraphs so."""
    out = []
    for line in lines:
        m = _SPACED_ADDRESSEES.match(line) if line.startswith("各") else None
        if m is None:
            out.append(line)
            continue
        ends = _after_sentence_ends(line, [(e.start(), e.end()) for e in _SPACE_AFTER_END.finditer(line, m.end() + 1)])
        cuts = [(m.end(), m.end()), *ends]
        out.extend(_apply_cuts(line, cuts, log).split("\n"))
    return out


def _cut_section_titles(lines: list[str], log) -> list[str]:
    """一、指导思想以邓小平理论… -> 一、指导思想 / 以邓小平理论…: in a body that lost its lines, the parts' titles glued to
    their text after 一、 / （一） markers are parted from it again, where every part of that level opens on such a
    title (the document's way of titling its parts; 四、工作要求各成员单位要… among 一、主要职能在… is a run-in line)."""
    found: dict[str, list[tuple[int, re.Match | None]]] = {}
    spaced: list[tuple[int, re.Match]] = []
    for i, line in enumerate(lines):
        head = match_marker(line) if line[:1] in _NUMERALS or line[:1] in "（(" else None
        if head is not None and head.style in ("cn", "paren_cn"):
            if (blanked := _SPACED_SECTION_TITLE.match(line, head.end)) is not None:
                spaced.append((i, blanked))  # 一、基础 “十五”期间，…: the blank the writer left ends the title
                continue
            titled = _SECTION_TITLE.match(line, head.end) or _BARE_TITLE.match(line, head.end)
            found.setdefault(head.style, []).append((i, titled))
    out = list(lines)
    for i, m in spaced:
        out[i] = _apply_cuts(lines[i], [(m.end(), m.end())], log)
    for heads in found.values():
        if len(heads) < 2 or any(m is None for _i, m in heads):
            continue
        for i, m in heads:
            if m.end() < len(lines[i]):
                out[i] = _apply_cuts(lines[i], [(m.end(), m.end())], log)
    return out


def _grid_rows(lines: list[str]) -> set[int]:
    """Lines that are rows of a table rendered one row a line, cells joined by tabs (an HTML table
    inside a database field whose other lines are starved): two or more neighbouring lines with the same
    number of tabs. Their tabs are cell borders, not paragraph separators, so the rows stay whole."""
    tabs = [line.count("\t") for line in lines]
    rows: set[int] = set()
    for i in range(len(lines) - 1):
        if tabs[i] and tabs[i] == tabs[i + 1]:
            rows.update((i, i + 1))
    return rows


def _cut_glued_articles(lines: list[str], log) -> str:
    """In a document that keeps its lines, only a 第X章 / 第X节 / 第X条 glued to the sentence or
    chapter title before it (a PDF page join) is cut, and only where the numbering continues."""
    numbering = _Numbering(families=("A",))
    out = []
    for line in lines:
        if "第" not in line:  # neither a 第X条 to number nor one to cut at
            out.append(line)
            continue
        cuts = _marker_cuts(line, [], numbering)
        out.append(_apply_cuts(line, cuts, log))
    return "\n".join(out)


_TITLE_REPEAT_REACH = 6  # the first lines of text: the title, a blank or two, then the body
_OPENING = re.compile(OPENING_WORDS + r"\p{Han}")


def _cut_title_repeated_onto_opening(lines: list[str], log) -> list[str]:
    """新一代人工智能伦理规范 / 新一代人工智能伦理规范为深入贯彻… (vq_02, a law database's copy): the title line printed again
    at the head of the opening sentence (为… / 根据… / 按照…) it was glued to; the sentence starts a line of its own.
    Only the title itself, whole, repeated within the first lines counts."""
    head = [i for i, line in enumerate(lines[:_TITLE_REPEAT_REACH * 2]) if line.strip()][:_TITLE_REPEAT_REACH]
    if len(head) < 2:
        return lines
    title = lines[head[0]].strip()
    if not 4 <= len(title) <= 60 or "。" in title:
        return lines
    for i in head[1:]:
        line = lines[i].lstrip(" \u3000\xa0")
        if line.startswith(title) and _OPENING.match(line, len(title)) is not None:
            lines = lines[:i] + [_apply_cuts(lines[i], [(len(lines[i]) - len(line) + len(title),) * 2], log)] + lines[i + 1:]
            break
    return lines


def _cut_glued_chapters(lines: list[str], log) -> list[str]:
    """A 第X章 and its title glued to the end of the line before them (…省财政厅第一章 总则, …工作。第二章购房补贴发放
    对象: a body stored on one line, vq_11) start a line of their own where the next line opens an article. The
    numbering test of _cut_glued_articles cannot see them: the first chapter stands after a byline with no stop, and
    every chapter after it then breaks the count."""
    out = []
    for i, line in enumerate(lines):
        m = GLUED_CHAPTER_TAIL.search(line) if "章" in line else None
        if m is not None and i + 1 < len(lines) and ARTICLE_OPENING.match(lines[i + 1]):
            line = _apply_cuts(line, [(m.start(1), m.start(1))], log)
        out.append(line)
    return out


def _cut_glued_books(lines: list[str], log) -> list[str]:
    """【第一篇】 and its title glued to the end of the paragraph before them (…的新阶段。【第一篇】数字中国建设基础加快夯实,
    xh_01) start a line of their own where the next line opens a numbered heading (一、 / 第一章): the part's first."""
    out = []
    for i, line in enumerate(lines):
        m = GLUED_BOOK_TAIL.search(line) if "篇】" in line else None
        if m is not None and i + 1 < len(lines) and match_marker(lines[i + 1].lstrip(" \u3000")) is not None:
            line = _apply_cuts(line, [(m.start(1), m.start(1))], log)
        out.append(line)
    return out


# …资源的开发与访问。3.2.3.3  数据交换 (xh_02, PDF text that lost some line breaks): a decimal part's number and its
# title glued after the sentence ending the part before it, at the end of the line (the title ends the line: no stop)
# (a looser number than grammar's decimal style: any digits, since only a number continuing the outline is cut)
_DECIMAL_NUMBER = r"\d{1,2}(?:[.．]\d{1,2}){1,3}"
_GLUED_DECIMAL_TAIL = re.compile(rf"(?<=[。；！？][ \u3000]?)({_DECIMAL_NUMBER})[ \u3000]++\p{{Han}}[^。；，,：:！？!?\n]{{0,24}}$")
# a line opening on a decimal part's number (3.2.1  平台简介 / 1.1 alone): the outline the glued ones must go on from
_DECIMAL_PART_LINE = re.compile(rf"(?m)^[ \u3000]*+({_DECIMAL_NUMBER})(?=[ \u3000]|$)")


# the same number after a line break: a search that opens on the break's literal skips to each line start at once,
# where a (?m)^ search of the whole text tries every position (4 M instructions a bench pass, for nothing on most texts)
_DECIMAL_PART_AFTER_BREAK = re.compile(rf"\n[ \u3000]*+{_DECIMAL_NUMBER}(?=[ \u3000\n]|\Z)")


def _has_decimal_part_line(text: str) -> bool:
    """Some line of the text opens on a decimal part's number (the first line, or one after a break)."""
    return _DECIMAL_PART_LINE.match(text) is not None or _DECIMAL_PART_AFTER_BREAK.search(text) is not None


def _goes_on_from(last: tuple[int, ...] | None, new: tuple[int, ...]) -> bool:
    """3.2.3.3 after 3.2.3.2 (the next sibling), 3.2.1 after 3.2 (the first child), 5.1.2 after 5.1.1.4 (the next
    part above): a number that continues the outline, where a figure in prose (达到3.5 亿) would not."""
    if last is None:
        return False
    if new == last + (1,):
        return True
    return any(new == last[:k] + (last[k] + 1,) for k in range(len(last)))


def _cut_glued_decimal_parts(lines: list[str], log) -> list[str]:
    """A decimal part and its title glued to the end of the line before (…的开发与访问。3.2.3.3  数据交换, xh_02) start a
    line of their own where the number goes on from the last part number opening a line."""
    out, last = [], None
    for line in lines:
        m = _DECIMAL_PART_LINE.match(line)
        if m is not None:
            last = decimal_numbers(m.group(1))
        g = _GLUED_DECIMAL_TAIL.search(line) if "。" in line[-40:] else None
        if g is not None and _goes_on_from(last, decimal_numbers(g.group(1))):
            line = _apply_cuts(line, [(g.start(1), g.start(1))], log)
            last = decimal_numbers(g.group(1))
        out.append(line)
    return out


# A numbered item glued into a line of a document that otherwise keeps its lines (PDF text whose
# sentence end was lost at a line join): …集聚发展7.狠抓招才引智。 / …建设格局，17.提升…能力。 / …作用）10.大力….
# The marker must follow the digits numbering of the lines, and its title be a short head sentence.
_GLUED_ITEM = re.compile(r"(?<=[\p{Han}。；，）)”])(\d{1,2})[.．、](?=\p{Han})")
_ITEM_HEAD = re.compile(r"[^，,；;：:。\n]{2,30}。")
# what every _GLUED_ITEM match holds, its digit at most one character after the match starts (\d{1,2}): a line
# without it (most lines) is spared the pattern, whose lookbehind it would try at every character
_DIGIT_STOP = re.compile(r"\d[.．、]")
# …数字机关品牌五、加速数字社会建设，推动数字经济全面发展 (line end): the next top heading glued to the
# end of the paragraph before it, its title the rest of the line
# (sh_11: …能力评估服务。 五、拓展…: a space may stand between; sh_14: …分析决策。二、设备: after a sentence end the
# title may be two characters)
_CN_MARK = rf"([{_NUMERALS}]{{1,3}})、"  # 五、: its numerals (group 1 or 2 of _GLUED_HEADING)
# after a character of the text or a stop (a blank between or none): a title of 4–40 characters, no stop, to the end
_CN_MARK_AFTER_TEXT = rf"(?<=[\p{{Han}}。；，][ \u3000]?){_CN_MARK}(?=[^。；;！？\n]{{4,40}}$)"
# after a stop only: a title of two or three characters, no comma either, to the end
_CN_MARK_AFTER_STOP = rf"(?<=[。；][ \u3000]?){_CN_MARK}(?=[^。；;！？，,、\n]{{2,3}}$)"
_GLUED_HEADING = re.compile(_CN_MARK_AFTER_TEXT + "|" + _CN_MARK_AFTER_STOP)
# …现将方案说明如下：一、工作目标按照…要求，… (tn_05): the list the sentence announces, its first 一、 glued after 如下：
# in a document whose lines go on to 二、; its title may run on into a sentence, as a line's own 一、 may
_ANNOUNCED_FIRST = re.compile(r"(?<=如下[：:])[ \u3000]?(?=一、\p{Han})")
# 三、工作保障1、加强领导，明确责任。 (tn_05): a part's formulaic title right after the line's own 一、 marker, its first
# item glued on; the item's head may run over clauses, as a line's own 1、 may
_SECTION_THEN_ITEM = re.compile(r"[ \u3000]*+[一二三四五六七八九十]{1,3}、" + SECTION_TITLE_WORDS + r"(?=1[.．、]\p{Han})")
_GLUED_HEADING_REACH = 3 + 1 + 40  # numerals, 、, title: how far before the line end a _GLUED_HEADING match starts
# where a glued heading's 、 stands: 3 to 41 characters before the line end (the lookaheads' 2–40); most lines have
# none there, so the check gates the search (one window for both callers)
_GLUED_CN_COMMA = slice(-41, -2)
_HEADING_STYLES = frozenset(("cn", "paren_cn", "chapter", "section", "article"))
# PDF text that keeps its lines but lost the break before a title line (sy_06): …兼容性。（二）装备与系统标准（CIB） /
# …促进周转。6.智能运维标准（CICF） (line end): the next （X） or X. heading glued after the sentence that closes the
# paragraph before it, its title the rest of the line, with no stop or comma in it
_TITLE_REST = r"(?=[^。；;！？，,\d\n][^。；;！？，,\n]{1,39}$)"
# …培训考评等内容:(二)赋能支撑标准 (uw_10, line end): after the colon closing a paragraph's last clause as well
_GLUED_PAREN_HEADING = re.compile(rf"(?<=[。；：:])[（(]([{_NUMERALS}]{{1,3}})[）)]{_TITLE_REST}")
_GLUED_DIGIT_HEADING = re.compile(rf"(?<=[。；])(\d{{1,2}})[.．]{_TITLE_REST}")
# …生产制造绿色化。(1)资产数据及模型标准 / 资产数据及模型标准包括… (uw_10, line end): the first entry of a list, glued
# after the sentence that ends the paragraph above it, has no number before it to continue; the paragraph below
# opening on its title shows it a title line all the same
_GLUED_FIRST_PAREN = re.compile(r"(?<=。)[（(][1一][）)]([^。；;！？，,\d\n（(][^。；;！？，,\n]{3,39})$")
_FIRST_PAREN_REACH = 45  # characters from the line end: 。, the (1), a title of at most 40
# PDF text that keeps its lines but joined the entries of a list on one line, with blanks (…财产。    （二）以资金… /
# …种类：    （一）怀疑客户… / a wrapped entry's tail and the next entry: 论。 （四）中国人民银行…) or with none (a
# gazette's text: …性质恶劣。（二）伪造系统数据…。（三）情节恶劣… / 包括：（一）…): the next （X） entry after a
# sentence end or the colon announcing the list, where it continues the numbering (包括但不限于： （一）《中华人民共和国政府信息
# 公开条例》规定的…: the entry may open on the title it names). With no blank between, only after
# a full stop: an entry that ends its sentence and the next one glued on lost a break, where entries parted by ；
# (包括：（一）…；（二）…) are a list written inline, text of the paragraph that announces it
_GLUED_ENTRY_AFTER = r"(?<=[。：:]|[。；：;:][ \u3000]+)"
_GLUED_ENTRY_REST = rf"([{_NUMERALS}]{{1,3}})[）)](?=[ \u3000]?[\p{{Han}}《“])"
_GLUED_ENTRY = re.compile(rf"{_GLUED_ENTRY_AFTER}[（(]{_GLUED_ENTRY_REST}")
# …内容：（一）支付业务设施机房部署情况。（二）…: the first entry glued to the colon is cut where it is a sentence of its
# own, closed by a full stop with no ； before it (一 list written inline parts its entries by ；)
_SENTENCE_ENTRY = re.compile(r"[^；;。\n]*。")
# the same for digit entries: …备付金安全承诺。5.公司合规经营… (numbered on from the entry the line starts with), and
# the first glued after the colon that announces a list whose next entry starts the next line (包括：1.营业执照… / 2.…)
_GLUED_DIGIT_ENTRY = re.compile(r"(?<=。|[。；;][ \u3000]+)(\d{1,2})[.．](?=\p{Han})")
# The same two asked of a whole text, each led by a literal character the engine finds fast, where a pattern led by a
# lookbehind and a class is tried at every character (two patterns for the two brackets; the stops before the digits)
_GLUED_ENTRY_WIDE = re.compile(rf"{_GLUED_ENTRY_AFTER}（{_GLUED_ENTRY_REST}")
_GLUED_ENTRY_NARROW = re.compile(rf"{_GLUED_ENTRY_AFTER}\({_GLUED_ENTRY_REST}")
_DIGIT_ENTRY_AFTER_STOP = re.compile(r"。[ \u3000]*+\d{1,2}[.．]\p{Han}")
_DIGIT_ENTRY_AFTER_SEMICOLON = re.compile(r"[；;][ \u3000]++\d{1,2}[.．]\p{Han}")
# …的其他情形。第二十四条 支付机构… (PDF text whose hard wraps were joined over the break before an article): the next
# 第X条 glued after a full stop, numbered on from the article the lines last opened
_GLUED_ARTICLE = re.compile(rf"(?<=。[ \u3000]*)第([{_NUMERALS}]{{1,4}})条(?=[ \u3000\p{{Han}}])")
_ANNOUNCED_DIGIT_ENTRY = re.compile(r"(?<=[：:])1[.．](?=\p{Han}[^\n]*(?:\n[ \u3000]*|。)2[.．]\p{Han})")


def _cut_glued_items(lines: list[str], log) -> str:
    """Cut before an item or heading glued into a line, where it continues the numbering the document's own line
    starts set: the next digit item (or 1. after a heading), the next 一、 (or the first, in a document that goes on
    to 二、), the next （X） heading (or （一） after a 一、)."""
    text = "\n".join(lines)
    if not _may_cut_glued(text):
        return text  # the walk below would give the lines back as they are
    count = _Count(second_cn=any(line.lstrip().startswith("二、") for line in lines))
    count.first_own_cn = _first_own_cn(lines)
    out = []
    for k, line in enumerate(lines):
        count.see(match_marker(line.lstrip()))
        if line.endswith(_BAR_ROW_END) and _bar_row(line):
            out.append(line)  # items numbered inside a cell of a bar row are the cell's text
            continue
        if count.last_num is None and count.last_cn is None and not count.headed and not (count.second_cn and "一、" in line):
            stop = _DIGIT_STOP.search(line, 1, None, HOLD_GIL)
            cuts = _glued_item_run(line, stop.start() - 1) if stop else []
            if count.first_own_cn is not None and "、" in line[_GLUED_CN_COMMA]:
                cuts = sorted(cuts + _glued_cn_heading_cut(line, count, max(0, len(line) - _GLUED_HEADING_REACH)))
            out.append(_apply_cuts(line, cuts, log) if cuts else line)
            continue
        cuts = _glued_item_cuts(line, count)
        cuts += _glued_title_cuts(line, count, cuts[-1][0] + 1 if cuts else 0) or _first_entry_named_below(
            line, lines[k + 1] if k + 1 < len(lines) else "")
        if "。“" in line:
            cuts = sorted(cuts + _stray_quote_item_cuts(line, count))
        out.append(_apply_cuts(line, cuts, log))
    return "\n".join(out)


# A table row printed on one line with its cells closed by bars (1 | 2025年融资担保行业抽查 | 定向 | 1.《…条例》…执行情况。
# 2.是否按规定…。3.… | 持有…的融资担保公司 | … | 市政府办公室 |, tt_127): items numbered inside a cell (1.… 2.… 6.…, run together
# as the page printed them) are that cell's text. Cut apart as glued entries, the row fell in two and its second half
# (6.配合监管情况。… | … | 市政府办公室 |) was read as a row of its own, with the first row's unit and time.
_BAR_ROW_END = ("|", "| ")
_BAR_ROW_BORDERS = 3  # inner borders ( | ) of a row of four cells at least


def _bar_row(line: str) -> bool:
    """Is the line a table row whose cells are closed by bars (ending on one, three inner borders at least)?"""
    return line.count(" | ") >= _BAR_ROW_BORDERS


def cut_glued_entries(text: str, log) -> str:
    """List entries joined on one line, by blanks or none (PDF text whose entries lost their line breaks: …财产。
    （二）以资金… / …性质恶劣。（二）伪造…), cut apart where each continues the （X） numbering the line starts set. A step of its own after the hard wraps are
    joined: cut before, the short entry lines would thin out the wrapped lines the join reads the page width from."""
    if not _may_hold_glued_entries(text):
        return text
    lines = text.split("\n")
    if is_starved(lines):
        return text  # a starved text's markers were cut with its paragraphs
    count = _Count(second_cn=False)
    out = []
    for k, line in enumerate(lines):
        own = match_marker(line.lstrip())
        count.see(own)
        cuts = _glued_entry_cuts(line, count) if count.last_paren is not None else []
        if own is not None and own.style in ("num", "paren_cn"):  # an entry's line: a paragraph's 1. 2. are inline
            cuts += _glued_digit_entry_cuts(line, lines[k + 1] if k + 1 < len(lines) else "", own.style, count)
        if own is not None and own.style == "paren_cn" and not cuts:
            cuts += _gap_entry_cut(line, own, lines[k + 1] if k + 1 < len(lines) else "", count)
        cuts += _glued_article_cuts(line, count)
        out.append(_apply_cuts(line, sorted(cuts), log))
    return "\n".join(out)


def _gap_entry_cut(line: str, own: Marker, following: str, count: _Count) -> list[tuple[int, int]]:
    """（四）伪造商品的产地，…的；（五）销售的商品应当检验…的； / （六）… (wq_02, a law's PDF text: the hard-wrap join took the
    next entry onto a full-width entry's line): an entry glued after the ； that closes the entry the line opens on, the
    one number missing between this line's entry and the next line's, is cut onto a line of its own. Entries parted by ；
    inside one paragraph (包括：（一）…；（二）…) never stand between two entry lines so numbered."""
    after = match_marker(following.lstrip()) if following[:1] in "（( \u3000" else None
    if after is None or after.style != "paren_cn" or after.number != own.number + 2:
        return []
    m = _GAP_ENTRY.search(line, own.end)
    if m is None or chinese_number(m.group(1)) != own.number + 1:
        return []
    count.last_paren = own.number + 1
    return [(m.start(), m.start())]


_GAP_ENTRY = re.compile(rf"(?<=[；;])[（(]([{_NUMERALS}]{{1,3}})[）)](?=\p{{Han}})")


def _may_hold_glued_entries(text: str) -> bool:
    """Does any of the glued-entry patterns match somewhere in the text (_GLUED_ENTRY, _GLUED_DIGIT_ENTRY,
    _ANNOUNCED_DIGIT_ENTRY, _GLUED_ARTICLE, _GAP_ENTRY)? Asked with the literal-led forms above."""
    return bool(
        _GLUED_ENTRY_WIDE.search(text) or "(" in text and _GLUED_ENTRY_NARROW.search(text)
        or _DIGIT_ENTRY_AFTER_STOP.search(text)
        or ("；" in text or ";" in text) and _DIGIT_ENTRY_AFTER_SEMICOLON.search(text)
        or _ANNOUNCED_DIGIT_ENTRY.search(text) or "条" in text and _GLUED_ARTICLE.search(text)
        or ("；" in text or ";" in text) and _GAP_ENTRY.search(text)
    )


def _glued_article_cuts(line: str, count: _Count) -> list[tuple[int, int]]:
    """…情形。第二十四条 …: an article glued after a full stop (see _GLUED_ARTICLE), numbered on from the last."""
    if count.last_article is None or "条" not in line:
        return []
    cuts = []
    for m in _GLUED_ARTICLE.finditer(line, 1):
        if chinese_number(m.group(1)) == count.last_article + 1:
            cuts.append((m.start(), m.start()))
            count.last_article += 1
            count.last_paren = 0
    return cuts


def _glued_digit_entry_cuts(line: str, following: str, style: str, count: _Count) -> list[tuple[int, int]]:
    """…承诺。5.公司合规… / （二）…包括：1.营业执照…: digit entries joined on the line of a digit entry (see
    _GLUED_DIGIT_ENTRY), each numbered on from the entry before it, or the first of a list a （X） entry announces."""
    if "." not in line and "．" not in line:
        return []
    first = _ANNOUNCED_DIGIT_ENTRY.search(line + "\n" + following) if style == "paren_cn" else None
    cuts = [(first.start(), first.start())] if first and first.start() < len(line) else []
    last = 1 if cuts else count.last_num
    for m in _GLUED_DIGIT_ENTRY.finditer(line, cuts[0][0] if cuts else 1):
        if last is None or int(m.group(1)) != last + 1:
            continue
        cuts.append((m.start(), m.start()))
        last = last + 1
    count.last_num = last if cuts else count.last_num
    return cuts


def _glued_entry_cuts(line: str, count: _Count) -> list[tuple[int, int]]:
    """…财产。    （二）以资金… / …恶劣。（二）伪造…: list entries joined on a line after a sentence end (see _GLUED_ENTRY),
    each numbered on from the entry before it (a 第X条 starts a list of its own: （一） may follow its colon)."""
    cuts: list[tuple[int, int]] = []
    for m in _GLUED_ENTRY.finditer(line, 1, None, False, HOLD_GIL):
        if chinese_number(m.group(1)) != count.last_paren + 1:
            continue
        if line[m.start() - 1] in "：:" and not _SENTENCE_ENTRY.match(line, m.end()):
            continue
        cuts.append((m.start(), m.start()))
        count.last_paren = count.last_paren + 1
    return cuts


# _ANNOUNCED_FIRST without its lookbehind (the rest of the shapes _cut_glued_items cuts at are looked for by str.find)
_ANNOUNCED_LIST = re.compile(r"如下[：:][ \u3000]?一、")
# 。（二） / ：(三) / 。(1): a bracket that may open _GLUED_PAREN_HEADING or _GLUED_FIRST_PAREN, after its stop, before a
# numeral (a 1 after a full stop only). One pattern a bracket, each opening on the bracket itself: the standard
# module skips to a literal in a tight loop in C (a few instructions a character), and the characters around it are
# asked there only, where str.find and a Python test per bracket cost ≈ 2.9 K each
_PAREN_AFTER_STOP = tuple(
    stdre.compile(rf"{b}(?<=[。；：:]{b})(?:[{_NUMERALS}]|(?<=。{b})1)") for b in (stdre.escape("（"), stdre.escape("("))
)
# A stop (. ． 、) right after a digit (_is_digit's: \d, or any character from U+10000 on) or a numeral, where a glued
# number may end: one pattern a stop, opening on it (as above), the character before it asked by a lookbehind. Most
# 、 stand between listed words, not after a number (some 900 stops on the bench's texts, 99 after one)
_STOP_AFTER_NUMBER = tuple(
    stdre.compile(rf"{s}(?<=[\d{_NUMERALS}\U00010000-\U0010ffff]{s})") for s in map(stdre.escape, ".．、")
)
_LINE_STOPS = "。；;！？"  # what the title a glued heading closes its line with holds none of
_LINE_STOP = stdre.compile(f"[{_LINE_STOPS}]")  # one search in C, not any() over a generator of five `in` tests


def _may_cut_glued(text: str) -> bool:
    """False when no line of text (lines joined by \n) holds a match of the patterns _cut_glued_items cuts at, so it
    would cut nothing: most documents that keep their lines glue nothing, and the walk asks every line for its marker
    and tries lookbehinds at every character (8.6 M instructions on the bench's samples, where this check costs 7.4 M:
    1.7 M the finds of . ． 、, the rest Python per stop; bench 171.78 M -> 170.83 M. Regex scans of the text for the
    same shapes, lookbehinds left out, measured 169.97 M: 80 instructions a character, 6.6 M). Every match holds a bracket (（X） after 。；), a stop
    (. ． 、 after its digits or numerals) or 如下：; those characters are found by patterns that open on them (or by
    str.find) and each is asked the pattern's conditions, loosened where that is cheaper (any character from U+2E80 on may be Han, see _may_glue_after):
    a True may be wrong, a False never."""
    if _ANNOUNCED_LIST.search(text):  # (no `"如下" in text` first: sre's scan for the literal 如下 costs what `in` does)
        return True
    if any(p.search(text) for p in _PAREN_AFTER_STOP):  # _GLUED_PAREN_HEADING: 。（二）; _GLUED_FIRST_PAREN: 。(1)
        return True
    at = text.find("。“")
    while at >= 0:  # _stray_quote_item_cuts: 。“七、
        if text[at + 2:at + 3] in _NUMERALS and "、" in text[at + 3:at + 6]:
            return True
        at = text.find("。“", at + 2)
    for pattern in _STOP_AFTER_NUMBER:
        # the character before the stop is a digit or a numeral, as every start _glued_number_before tries needs: most
        # 、 follow a Han word (A、B), passed over in C (speed18 asked them in Python, speed28 in the pattern); a stop
        # from position 2 on (_glued_number_before's first start needs a character before the number)
        for m in pattern.finditer(text, 2):
            if _glued_number_before(text, m.start()):
                return True
    return False


def _glued_number_before(text: str, stop: int) -> bool:
    """May a match of _GLUED_ITEM, _GLUED_DIGIT_HEADING or _GLUED_HEADING end its number at text[stop] (. ． 、)?
    Each start of one to three numerals (two digits) before the stop is tried, its lookbehind asked of the character
    before it (of the one before a blank, for _GLUED_HEADING); the lookaheads as the patterns have them, loosened."""
    rest = text[stop + 1:stop + 2]
    digits = True  # text[start:stop] all digits: carried on from the start tried before, one character to the right
    for k in (1, 2, 3):
        start = stop - k
        if start < 1:
            return False
        digit = _is_digit(text[start])
        if not digit and text[start] not in _NUMERALS:
            return False
        digits, before = digits and digit, text[start - 1]
        if digits and k <= 2 and _may_glue_after(before) and (rest >= "\u2e80" or before in "。；" and text[stop] != "、"):
            return True  # _GLUED_ITEM (a Han character after the stop) or _GLUED_DIGIT_HEADING (after 。；)
        if not digits and text[stop] == "、" and _titles_line_end(text, stop) and (
                _may_glue_after(before) or before in " \u3000" and start > 1 and _may_glue_after(text[start - 2])):
            return True  # _GLUED_HEADING
    return False


def _is_digit(ch: str) -> bool:
    """\\d of the regex module, or more: its Unicode is newer than Python's and holds digits from U+10000 on."""
    return ch.isdecimal() or ch >= "\U00010000"


def _may_glue_after(ch: str) -> bool:
    """[\\p{Han}。；，）)”] or more (every Han character stands from U+2E80 on)."""
    return ch >= "\u2e80" or ch in ")”"


def _titles_line_end(text: str, stop: int) -> bool:
    """_GLUED_HEADING's lookaheads, both forms: 2 to 40 characters to the line end, none a sentence stop."""
    end = text.find("\n", stop)
    rest = text[stop + 1:end if end >= 0 else len(text)]
    return 2 <= len(rest) <= 40 and _LINE_STOP.search(rest) is None


class _Count:
    """The numbering the line starts (and the cuts made) have set so far."""

    def __init__(self, second_cn: bool) -> None:
        self.last_num: int | None = None
        self.last_cn: int | None = None
        self.last_paren: int | None = None
        self.last_article: int | None = None
        self.headed = False  # a heading since the last digit item: digit items may restart at 1
        self.second_cn = second_cn  # the document has a line opening 二、: a first 一、 may be glued
        self.first_own_cn: int | None = None  # the first 一、 a line opens with, when 三、 or later (_first_own_cn)

    def see(self, head: Marker | None) -> None:
        if head is None:
            return
        if head.style == "num":
            self.last_num, self.headed = head.number, False
        elif head.style in _HEADING_STYLES:
            self.headed = True
            if head.style in ("cn", "article"):  # a part or an article starts a list of （X） entries of its own
                if head.style == "cn":
                    self.last_cn = head.number
                else:
                    self.last_article = head.number
                self.last_paren = 0
            elif head.style == "paren_cn":
                self.last_paren = head.number


_STRAY_QUOTE_REACH = 200  # characters looked through for the close of a quote before an item's marker


def _stray_quote_item_cuts(line: str, count: _Count) -> list[tuple[int, int]]:
    """…查验网址。“七、本通知自 2013年11月1日起执行。 (uo_01): the next 一、 item glued after a sentence end and an opening
    quote a Word conversion left there (its stray marks “ ← ↔ at line ends), closed nowhere after it; cut before the
    marker, the quote left on the line before. A quote closed further on (。“七、…”) is a quotation and stays."""
    at = line.find("。“")
    while at >= 0:
        marker = match_marker(line[at + 2:at + 26])
        if (marker is not None and marker.style == "cn" and count.last_cn is not None and marker.number == count.last_cn + 1
                and line.find("”", at + 2, at + 2 + _STRAY_QUOTE_REACH) < 0):
            count.last_cn, count.last_paren, count.headed = marker.number, 0, True
            return [(at + 2, at + 2)]
        at = line.find("。“", at + 2)
    return []


def _glued_item_cuts(line: str, count: _Count) -> list[tuple[int, int]]:
    """…集聚发展7.狠抓招才引智。: digit items with a head sentence glued into the line."""
    cuts: list[tuple[int, int]] = []
    # an item glued into the line stands after a character of it: the line's own marker (1.) is none, and the scan,
    # whose lookbehind is tried at every character, starts at the digits of the first other digit and stop
    stop = _DIGIT_STOP.search(line, 1, None, HOLD_GIL)
    for m in _GLUED_ITEM.finditer(line, stop.start() - 1, None, False, HOLD_GIL) if stop else ():
        n = int(m.group(1))
        if not ((count.last_num is not None and n == count.last_num + 1) or (n == 1 and count.headed)):
            continue
        if _ITEM_HEAD.match(line, m.end(), None, HOLD_GIL) is None and not _after_section_title(line, m.start()):
            continue
        cuts.append((m.start(), m.start()))
        count.last_num, count.headed = n, False
    return cuts


_GLUED_RUN_MIN = 3  # items numbered on from each other it takes to show a page's excerpt cut into its list


def _glued_item_run(line: str, at: int) -> list[tuple[int, int]]:
    """…责任单位：区城管局。13、施工工地整治。…14、治理乱贴乱画。 (tq_03): a page that starts inside a list shows no
    numbering of its own to continue; three items or more glued after sentence ends, each numbered on from the one
    before and opening with its head sentence, show it."""
    run: list[tuple[int, int]] = []
    for m in _GLUED_ITEM.finditer(line, at, None, False, HOLD_GIL):
        if line[m.start() - 1] != "。" or _ITEM_HEAD.match(line, m.end(), None, HOLD_GIL) is None:
            continue
        n = int(m.group(1))
        if run and n != run[-1][1] + 1:
            if len(run) >= _GLUED_RUN_MIN:
                break
            run = []
        run.append((m.start(), n))
    return [(p, p) for p, _n in run] if len(run) >= _GLUED_RUN_MIN else []


def _after_section_title(line: str, at: int) -> bool:
    """Does the item at `at` follow the line's own 一、 and a formulaic title, nothing between (see _SECTION_THEN_ITEM)?"""
    m = _SECTION_THEN_ITEM.match(line, 0, None, HOLD_GIL) if line[at - 1:at] != "、" else None
    return m is not None and m.end() == at


def _glued_title_cuts(line: str, count: _Count, after: int) -> list[tuple[int, int]]:
    """A heading glued at the line end, its title the rest of the line: 一、 (_GLUED_HEADING), （X）, X. ; the first
    一、 of a list glued after the 如下： announcing it (_ANNOUNCED_FIRST). At most one cut; each kind sets the count."""
    cut = _announced_first_cut(line, count, after)
    if cut:
        return cut
    tail = max(after, len(line) - _GLUED_HEADING_REACH)
    cut = _glued_cn_heading_cut(line, count, tail)
    if cut or ("。" not in line and "；" not in line):
        return cut  # （X） and X. are glued after a stop only
    # each search below runs only where its match could be taken: a count to continue, and its opening bracket or
    # its digit's stop in the reach (the lookbehind is tried at every character of it)
    reach = line[tail:]
    return _glued_paren_heading_cut(line, count, tail, reach) or _glued_digit_heading_cut(line, count, tail, reach)


def _first_entry_named_below(line: str, following: str) -> list[tuple[int, int]]:
    """…。(1)资产数据及模型标准 (line end) over 资产数据及模型标准包括… (uw_10): the first （1） / （一） entry glued after
    the sentence closing the line, where the next line opens on its title."""
    reach = line[-_FIRST_PAREN_REACH:]
    if "1" not in reach and "一" not in reach:
        return []  # the literal the pattern needs near the end (most lines have no bracket there)
    m = _GLUED_FIRST_PAREN.search(line, max(0, len(line) - _FIRST_PAREN_REACH), None, HOLD_GIL)
    if m is None or not following.lstrip(" \u3000\t").startswith(m.group(1)):
        return []
    return [(m.start(), m.start())]


def _announced_first_cut(line: str, count: _Count, after: int) -> list[tuple[int, int]]:
    """…具体如下：一、…: the first 一、 of a list glued after the 如下： announcing it, in a document that numbers 二、 on
    a line of its own and has seen no 一、 yet."""
    if count.last_cn is None and count.second_cn and "如下" in line:
        m = _ANNOUNCED_FIRST.search(line, after, None, HOLD_GIL)
        if m is not None:
            count.last_cn, count.last_paren, count.headed = 1, 0, True
            return [(m.start(), m.end())]
    return []


def _glued_cn_heading_cut(line: str, count: _Count, tail: int) -> list[tuple[int, int]]:
    """…。三、保障措施 (line end): the next 一、 heading glued at the line end, or the first one after a stop."""
    # a match starts at most 44 characters before the end (three numerals), where the scan starts
    m = _GLUED_HEADING.search(line, tail, None, HOLD_GIL) if "、" in line[_GLUED_CN_COMMA] else None
    if m is None or m.start() == 0:
        return []
    n = chinese_number(m.group(1) or m.group(2))
    if not _numbers_cn_on(count, n, line[m.start() - 1]):
        return []
    count.last_cn, count.last_paren, count.headed = n, 0, True
    return [(m.start(), m.start())]


def _numbers_cn_on(count: _Count, n: int, before: str) -> bool:
    """Does a glued 一、 numbered n continue the count: the next number, or a first 一、 after a stop in a document
    that numbers 二、 on a line of its own, or (sh_02: …合理使用。二、加强“两库”建设和应用 / （一）… / … / 四、… on a
    line of its own, its 一、 garbled) a first heading after a stop numbered below the first one a line opens with,
    the document's lines opening on 三、 or later?"""
    if count.last_cn is None:
        if before not in "。；":
            return False
        return (n == 1 and count.second_cn) or (count.first_own_cn is not None and n < count.first_own_cn)
    return n == count.last_cn + 1


_FIRST_OWN_CN_MIN = 3  # lines numbering on from 二、 have the first 一、 read as before (second_cn)


def _first_own_cn(lines: list[str]) -> int | None:
    """The number of the first 一、 heading a line opens with, when it is 三、 or later (the ones before it glued to
    text: sh_02), else None."""
    for line in lines:
        head = line.lstrip()[:4]
        if "、" in head:
            m = match_marker(line.lstrip())
            if m is not None and m.style == "cn":
                return m.number if m.number >= _FIRST_OWN_CN_MIN else None
    return None


def _glued_paren_heading_cut(line: str, count: _Count, tail: int, reach: str) -> list[tuple[int, int]]:
    """…。（二）装备与系统标准 / …内容:(二)赋能支撑标准 (line end): the next （X） heading glued after a stop or a colon at
    the line end."""
    m = (_GLUED_PAREN_HEADING.search(line, tail, None, HOLD_GIL)
         if count.last_paren is not None and ("（" in reach or "(" in reach) else None)
    if m is None or chinese_number(m.group(1)) != count.last_paren + 1:
        return []
    count.last_paren, count.headed = count.last_paren + 1, True
    return [(m.start(), m.start())]


def _glued_digit_heading_cut(line: str, count: _Count, tail: int, reach: str) -> list[tuple[int, int]]:
    """…。6.智能运维标准 (line end): the next X. heading glued after a stop at the line end."""
    m = (_GLUED_DIGIT_HEADING.search(line, tail, None, HOLD_GIL)
         if count.last_num is not None and ("." in reach or "．" in reach) else None)
    if m is None or int(m.group(1)) != count.last_num + 1:
        return []
    count.last_num, count.headed = count.last_num + 1, False
    return [(m.start(), m.start())]


# ---------------------------------------------------------------- task tables flattened into lines

# 序号工作内容目标任务责任单位备注1将…: the header's names run together from 序号 up to the first row's number 1
# (序 alone where a narrow number column printed its name so: 序重点任务具体举措责任单位1开展…)
# …责任单位一、主要发展指标1地区…: a category row (一、…) may stand between the header and row 1
_FLAT_CATEGORY = r"[一二三四五六七八九十]{1,3}、[^\d\s。；;，,：:、（）()]{2,30}?"
_FLAT_HEADER = re.compile(
    r"序(?:[ \u3000]*+号)?+(?P<names>[^\d\s。；;，,：:、（）()]{4,60}?)(?P<category>" + _FLAT_CATEGORY + r")?(?=1(?!\d)[.．、]?\p{Han})"
)
# …嘉兴港区—2—二、产业优化升级10积极…: before a later row, a printed page number and a category row
_FLAT_BREAK = re.compile(r"(?:[—－\-–]\d{1,3}[—－\-–])?(?:" + _FLAT_CATEGORY + r")?$")
# a row's number: the next one (_cut_rows checks), not inside a figure, before the row's first Han character
_ROW_NUMBER = re.compile(r"(?<![\d.．%％第约共近超达逾每])(\d{1,3})(?![\d.．])[.．、]?(?=\p{Han})")
# a number that counts or dates something (2个, 6所, 2月, 3倍) opens no row
_MEASURE = frozenset("个所年月日时万亿千百元家项条次人名批期座处栋间台辆公里米倍层届级类号种户套岁部支件只周天份")
_FLAT_ROW = 8  # characters a row takes at least before the next row number
# 1、…分工表序号…: a sharing site prints a document in numbered parts, each a line, that break inside cells (市 ⏎ 2、住建局)
_SITE_PART = re.compile(r"^(\d{1,3})、")
_PART_GAP = 2  # blank lines a sharing site may set between two of its numbered parts


def _cut_flattened_tables(text: str, log) -> str:
    """Cut a task table printed with its header and rows run together on one line (…分工表序号工作内容目标任务
    责任单位备注1将…（管委会）2完善…): before the header, and before every row number that continues 1, 2, 3 … on
    that line and on the lines after it, so every later step sees one row a line. The header must name a task
    column and a responsibility or time column; a sharing site's numbered parts that break the table are joined."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _flat_header(lines[i]) if "序" in lines[i] else None
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        line, i = _joined_parts(lines, i, log)
        expect, cuts = _cut_rows(line, header.end(), 2)
        heads = [(header.start(), header.start()), (header.start("category"), header.start("category"))] if header.group("category") else [(header.start(), header.start())]
        first = len(out)
        out.append(_apply_cuts(line, [*heads, (header.end(), header.end()), *cuts], log))
        while i < len(lines) and expect > 2:
            expect, cuts = _cut_rows(lines[i], 0, expect)
            if not cuts and not _ROW_NUMBER.match(lines[i]):
                break
            out.append(_apply_cuts(lines[i], cuts, log))
            i += 1
        if "person" in _flat_header_roles(header):
            out[first:] = [_cut_leader_sub_rows(x, line[header.start() : header.end()], log) for x in out[first:]]
    return "\n".join(out)


def _flat_header_roles(header) -> set[str | None]:
    return {column_role(n) for n in run_together_column_names(header.group("names")) or ()}


def _cut_leader_sub_rows(block: str, head: str, log) -> str:
    """…展陈。何海平文体旅局晋陵公司轨道公司推进大庙弄…整治。芮春祥住建局…: in a flattened table whose header names a leader
    column, a row's leader and units glued after a sentence and followed by more of the row: a further measure of the
    item (with a leader of its own, or none, its other cells merged from above) starts there — a line of its own; so
    does the header printed again where the table goes on (…服务。序号项目名称…配合单位)."""
    out = []
    for line in block.split("\n"):
        cuts = []
        for m in _SENTENCE_STOP.finditer(line):
            run = glued_leader_and_units(line, m.end())
            if run is not None and m.end() + run[2] < len(line):
                cuts.append((m.end() + run[2], m.end() + run[2]))
        at = line.find(head, 1) if len(head) >= _FLAT_ROW else -1
        if at > 0 and line[at - 1] in "。；;":
            cuts.append((at, at))
        out.append(_apply_cuts(line, sorted(cuts), log))
    return "\n".join(out)


_SENTENCE_STOP = re.compile(r"。")


def _flat_header(line: str):
    """The header of a task table flattened into `line`: 序号 and names that head a task table, then row 1."""
    for m in _FLAT_HEADER.finditer(line):
        names = run_together_column_names(m.group("names"))
        roles = {column_role(n) for n in names or ()}
        if "task" in roles and (roles & RESPONSIBILITY_ROLES or "time" in roles):
            return m
    return None


def _joined_parts(lines: list[str], i: int, log) -> tuple[str, int]:
    """The line at `i` with the parts a sharing site printed it in after it (1、…序号… ⏎ 2、… ⏎ 3、…) joined back,
    their part numbers dropped; the index of the line after them."""
    part = _SITE_PART.match(lines[i])
    line = lines[i]
    i += 1
    while part is not None and i < len(lines):
        k = i
        while k < len(lines) and not lines[k].strip() and k - i < _PART_GAP:
            k += 1  # (施用强度( ⏎ (blank) ⏎ 2、折百量): a blank line the site set between its parts
        nxt = _SITE_PART.match(lines[k]) if k < len(lines) else None
        if nxt is None or int(nxt.group(1)) != int(part.group(1)) + 1:
            break
        log.record(f"{line[-10:]}\n{lines[k][:12]}", f"{line[-10:]}{lines[k][nxt.end():12]}")
        line, part = line + lines[k][nxt.end():], nxt
        i = k + 1
    return line, i


def _cut_rows(line: str, start: int, expect: int) -> tuple[int, list[tuple[int, int]]]:
    """Cuts before the row numbers expect, expect + 1 … in `line` from `start` on, each at least a short row after
    the one before; the number expected next."""
    cuts: list[tuple[int, int]] = []
    last = start
    for m in _ROW_NUMBER.finditer(line, start):
        if int(m.group(1)) != expect or line[m.end()] in _MEASURE or (m.start() and m.start() - last < _FLAT_ROW):
            continue
        if m.start():
            cuts.extend(_breaks_before(line, last, m.start()))
            cuts.append((m.start(), m.start()))
        last, expect = m.start(), expect + 1
    return expect, cuts


def _breaks_before(line: str, last: int, at: int) -> list[tuple[int, int]]:
    """Cuts before a page number and a category row standing between a row's cells and the next row's number
    (…嘉兴港区—2—二、产业优化升级10…): each a line of its own, no part of the row's last cell."""
    m = _FLAT_BREAK.search(line, last + _FLAT_ROW, at)
    if m is None or m.start() == m.end():
        return []
    cat = re.search(_FLAT_CATEGORY + "$", line[m.start():at])
    cuts = [(m.start(), m.start())]
    if cat is not None and cat.start() > 0:
        cuts.append((m.start() + cat.start(), m.start() + cat.start()))
    return cuts


# ---------------------------------------------------------------- numbering


class _Numbering:
    """The last number seen for each marker style, so that a glued marker is believed only
    when it continues the document's numbering."""

    def __init__(self, families: tuple[str, ...] = ("A", "B")) -> None:
        self.last: dict[str, int] = {}
        self.ran: dict[str, int] = {}  # a style's last number before a heading above it restarted it
        self.families = families  # the marker families that may be cut at

    def allows(self, marker: Marker) -> bool:
        return _FAMILY.get(marker.style, "B") in self.families

    def continues(self, marker: Marker) -> bool:
        last = self.last.get(marker.style)
        return self._opens(marker) if last is None else marker.number in (last + 1, 1)

    def strictly_continues(self, marker: Marker) -> bool:
        last = self.last.get(marker.style)
        return self._opens(marker) if last is None else marker.number == last + 1

    def _opens(self, marker: Marker) -> bool:
        """The first marker of its style under a new heading: 1, or the next number when the document numbers that
        style on through its headings (二、…环境（二）统筹… after 一、…（一）…: （一）…（二十九） under 一、…七、)."""
        return marker.number == 1 or marker.number == self.ran.get(marker.style, -1) + 1

    def see(self, marker: Marker) -> None:
        family = _FAMILY.get(marker.style, "B")
        self.last[marker.style] = marker.number
        self.ran.pop(marker.style, None)
        for style in list(self.last):
            other = _FAMILY.get(style, "B")
            deeper = _level(style) > marker.level
            # 第X条 run on through the chapters of a regulation; 第X节 restart in each 第X章
            restarts = style != "article" if family == "A" else True
            if (other == family and deeper and restarts) or (family == "A" and other == "B"):
                self.ran[style] = self.last.pop(style)


_LEVELS = {"chapter": 1, "section": 2, "article": 3, "cn": 1, "paren_cn": 2, "num": 3, "paren_num": 4, "circled": 5}


def _level(style: str) -> int:
    return _LEVELS.get(style, 9)


# ---------------------------------------------------------------- cuts


def _cuts(line: str, offset: int, numbering: _Numbering) -> list[tuple[int, int]]:
    """(start, end) spans of `line` to replace by a line break, sorted and disjoint."""
    spans: set[tuple[int, int]] = set()
    for m in _SEPARATOR.finditer(line):
        if 0 < m.start() and m.end() < len(line) and _glued_spaced_label(line, m.start(), m.end()):
            spans.add((m.start() - 1, m.start() - 1))  # …领导小组组  长：: the paragraph ends before the label
        elif 0 < m.start() and m.end() < len(line) and _parts_chapter_from_title(line, m.start(), m.end()):
            continue
        elif 0 < m.start() and _is_han(line[m.start() - 1]) and _SPACED_NAME_BEFORE_DATE.match(line, m.start()):
            continue
        elif 0 < m.start() and m.end() < len(line) and (
                _opens_chapter_or_contents(line, m.start(), m.end()) or not _letter_spaced(line, m.start(), m.end())):
            if not _after_bare_marker(line, m.start()):
                spans.add((m.start(), m.end()))
    # a run of blanks or two (around the signature: 二OO八年五月二十三日 + 22 spaces) in a body whose paragraphs are
    # otherwise joined by single spaces leaves those spaces to part them
    if len(spans) <= _FEW_SEPARATORS:
        spans.update(_single_space_breaks(line))
    if offset < _HEAD_REACH:
        spans.update(_head_cuts(line, _HEAD_REACH - offset))
    spans.update(_tail_cuts(line))
    spans.update(_entry_and_closing_cuts(line))
    if "本决定" in line:  # the cue spares most lines the scan
        spans.update(_amending_decision_cuts(line))
    cuts = sorted(spans)
    return _marker_cuts(line, cuts, numbering)


# 国务院决定对《…条例》做如下修改：将第三十条修改为：“…。”本决定自公布之日起施行。《…条例》根据本决定做相应的修改，重新
# 公布。中华人民共和国…条例（1993年…发布 (wl_05, a decree stored on one line): an amending decision's paragraphs — its
# amendment after the colon, its 本决定自…施行, the regulation republished after it and that regulation's title
_DECISION_PARTS = re.compile(
    r"(?<=[作做]如下修改[：:])(?=将第)"
    r"|(?<=[。”])本决定自[^。；\n]{2,30}?施行。"
    r"|(?<=[。”])《[^《》\n]{2,60}》根据本决定[^。\n]{0,20}?重新公布。(?=\p{Han})"
)


def _amending_decision_cuts(line: str) -> list[tuple[int, int]]:
    """Cuts before and after each part of an amending decision run on one line (see _DECISION_PARTS)."""
    cuts = []
    for m in _DECISION_PARTS.finditer(line):
        cuts += [(m.start(), m.start()), (m.end(), m.end())]
    return [(a, b) for a, b in cuts if 0 < a < len(line)]


# …推广可复制经验。国家发展改革委生 态 环 境 部水\u2003\u2003利\u2003\u2003部2022年1月17日 (wi_10): a name letter-spaced
# (here with em spaces) that runs right up to the signing date is the signature's last name, its blanks no paragraph's end
_SPACED_NAME_BEFORE_DATE = re.compile(rf"(?:[ \u3000\xa0\u2002\u2003]++\p{{Han}}){{2,4}}(?={DATE_WORDS})")
_CHAPTER_TITLE_MAX = 24  # a chapter's title on a one-line body: a name, never a sentence
# …审批程序规定第一章　总\xa0 则第一条… (wz_02, wz_04): the chapter marker glued after the title of the regulation a
# decree publishes stands where that title's own cut will part it, as after blanks
_CHAPTER_AFTER_TITLE = re.compile(rf"(?:{_DOC_TYPES})第[{CN_NUMERALS}]{{1,5}}[章节]$")
_PARAGRAPH_RUN = re.compile(r"[ \u3000\xa0]{2,}")  # \xa0: a page's &nbsp; is a blank too (总\xa0 则, wz_02)


def _parts_chapter_from_title(line: str, start: int, end: int) -> bool:
    """第一章　总　　则　　第一条… / 目录　　第一章　总则　　第二章… (vs_02, vs_07): in a law stored on one line, the one
    blank after a chapter marker standing after blanks parts the marker from its short title, not two paragraphs —
    runs of two or more part the paragraphs, so the title runs to the next such run."""
    if end - start != 1 or line[start - 1] not in "章节":
        return False
    if (CHAPTER_MARKER_BEFORE.search(line, max(0, start - 8), start) is None
            and _CHAPTER_AFTER_TITLE.search(line, max(0, start - 12), start) is None):
        return False
    run = _PARAGRAPH_RUN.search(line, end)
    title = line[end:run.start() if run else len(line)]
    return len(title) <= _CHAPTER_TITLE_MAX and _PUNCT.search(title) is None


def _opens_chapter_or_contents(line: str, start: int, end: int) -> bool:
    """…总　　则　　第二章　核心密码… / …通过）　　　　目　　录　　第一章… (vs_02): a run of two or more blanks before a
    chapter marker (and its one blank) or before the 目录 word opens a paragraph even where a letter-spaced title or
    word (总　　则, 目　　录) stands beside it, which the signer's letter-spacing test would read as one name."""
    if end - start < 2 or line[end] not in "第目":
        return False
    opening = CHAPTER_ENTRY_OPENING if line[end] == "第" else CONTENTS_WORD_OPENING
    return opening.match(line, end) is not None


def _entry_and_closing_cuts(line: str) -> list[tuple[int, int]]:
    """Cuts before what a body stored on one line glues after its entries: a duty list's next entry, a charge to all
    after a note, the closing paragraph after the last note, a signer after an e-mail address (each gated by its
    literal)."""
    cuts = []
    if "。负责" in line:  # 。县交通局、公路局。负责…: each glued entry of a duty list on a line of its own
        cuts += [(m.start(), m.start()) for m in GLUED_DUTY_ENTRY.finditer(line)]
    if "）各" in line or ")各" in line or "）地方各级" in line or "）国务院各" in line:  # a note, then a charge to all
        cuts += [(m.start(), m.start()) for m in _CHARGE_AFTER_NOTE.finditer(line)]
        if "单位：" in line or "部门：" in line or "单位:" in line or "部门:" in line:  # a labelled note's label
            cuts += _charges_after_labelled_notes(line)
    cuts += _closing_after_last_note(line)
    if "——" in line:  # goals or principles bulleted by dashes, glued one after another
        cuts += _dash_bullet_cuts(line)
    if "@" in line:  # …电子邮箱：jyysyc@126.com河北省人力资源和社会保障厅2023年4月23日: the signer after the address
        cuts += [(m.start(), m.start()) for m in _HAN_AFTER_EMAIL.finditer(line)]
    if "地址" in line or "电话" in line:  # …地址：…大街118号河北省人力资源和社会保障厅2017年2月16日: the signer after a contact
        cuts += [(m.start(), m.start()) for m in _SIGNER_AFTER_CONTACT.finditer(line)]
    return cuts


# （二）基本原则。——生态优先、绿色发展。牢固树立…。——权责统一、共建共享。… / 具体指标包括：——开展…；——开展…；
# (wi_10, wv_11: bodies stored on one line): a run of dash-bulleted paragraphs (goals, principles) glued each after the
# sentence before it. Two or more dashes right after a stop make the run, and each opens a paragraph; so does the run's
# first dash when a heading's bare title stands before it (二、基本原则——坚持以治标促进治本，…。——坚持…, xd_01). A dash
# inside a sentence (…平台——河北•京南国家…示范区) follows no stop and is left alone.
_GLUED_DASH_BULLET = stdre.compile(r"(?<=[。；;：:])——(?=[\u4e00-\u9fff“《])")
_DASH_RUN_MIN = 2
_STOPS_BEFORE_DASH = "。；;：:！？!?"
_TITLE_BEFORE_DASH_MAX = 20  # characters of a heading's bare title (its marker too) before the run's first dash


def _dash_bullet_cuts(line: str) -> list[tuple[int, int]]:
    """Cuts before each dash of a glued run of dash-bulleted paragraphs (see _GLUED_DASH_BULLET)."""
    at = [m.start() for m in _GLUED_DASH_BULLET.finditer(line)]
    if len(at) < _DASH_RUN_MIN:
        return []
    cuts = [(k, k) for k in at]
    # the run's first bullet after a bare title: the sentence ending right before the first glued dash opens on a
    # dash, and only a short phrase with no clause break stands between the stop before it and that dash
    first = at[0] - 1  # the stop that ends the first bullet's sentence
    opened = max(line.rfind(c, 0, first) for c in _STOPS_BEFORE_DASH) + 1
    dash = line.find("——", opened, first)
    if 2 <= dash - opened <= _TITLE_BEFORE_DASH_MAX and not any(c in "，," for c in line[opened:dash]):
        cuts.insert(0, (dash, dash))
    return cuts


# …维护安全放心的消费环境。（全国打击侵权假冒工作领导小组办公室牵头负责）各地区、各部门要充分认识…: on a body stored on
# one line, a charge to every implementer glued after the last task's note opens the notice's closing paragraph (uh_03)
_CHARGE_AFTER_NOTE = re.compile(r"(?<=(?:" + "|".join(NOTE_CLOSING_DUTY) + r")[）)])(?=" + CHARGE_TO_ALL + ")")
# …（责任单位：…省财政厅社保处，各市人社局、财政局…改革发展局）各地人社部门和财政部门要提高思想认识… (vf_05): the same
# charge glued after a labelled note, which closes on a unit's name, not on a duty word
_CHARGE_TO_ALL = re.compile(CHARGE_TO_ALL)
_NOTE_LABEL_OPENING = re.compile(r"[（(](?:" + "|".join(COMMON_NOTE_LABELS) + r")[：:]")
_LABELLED_NOTE_REACH = 240  # characters back from the closing bracket to the note's opening one


def _charges_after_labelled_notes(line: str) -> list[tuple[int, int]]:
    """Cuts before each charge to all (grammar.CHARGE_TO_ALL) glued after a labelled note's closing bracket: found
    from the bracket (one str.find walk), the note's opening read back at most _LABELLED_NOTE_REACH characters."""
    cuts = []
    for close in ("）", ")"):
        at = line.find(close)
        while at >= 0:
            start = at + 1
            if line.startswith("各", start) or line.startswith("地方各级", start) or line.startswith("国务院各", start):
                opened = max(line.rfind("（", max(0, at - _LABELLED_NOTE_REACH), at),
                             line.rfind("(", max(0, at - _LABELLED_NOTE_REACH), at))
                if (opened >= 0 and _NOTE_LABEL_OPENING.match(line, opened) is not None
                        and "\n" not in line[opened:at] and _CHARGE_TO_ALL.match(line, start) is not None):
                    cuts.append((start, start))
            at = line.find(close, start)
    return cuts
# …（国务院办公厅负责）对真抓实干…是…重要举措。…国务院办公厅2016年11月12日 (ul_01, ul_06): on a body stored on one line
# whose tasks each close on a note glued straight to the next task's marker (…。（A负责）二、…), the text glued after the
# last such note is no task's: it opens the closing paragraph (or the signature), as a charge to all does above.
_NOTE_CLOSING_ON_DUTY = re.compile(r"(?:" + "|".join(NOTE_CLOSING_DUTY) + r")[）)]")
_NOTE_CLOSING_CUES = tuple(w + b for w in NOTE_CLOSING_DUTY for b in "）)")
_NOTES_BEFORE_MARKERS_MIN = 3  # so many notes glued to the next marker show the form
_LOOK_FOR_MARKER = 24  # characters after a note read for the marker opening the next task


# 联系人：某某联系电话：0311-…电子邮箱：jyysyc@126.com河北省人力资源和社会保障厅2023年4月23日 (ul_11): Han text glued right after
# an e-mail address's domain opens a paragraph (the signer, or the next sentence); an address never runs into Han text.
_HAN_AFTER_EMAIL = re.compile(r"(?<=@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,6})(?=\p{Han})")
# 联系电话：88616775…地址：石家庄市新华区维明北大街118号河北省人力资源和社会保障厅2017年2月16日 (wc_11): a contact field's value
# (a telephone number, a street address's house number) runs into no name: a body's name and the signing date glued
# after it are the signature
_SIGNER_AFTER_CONTACT = re.compile(
    r"(?<=(?:地址|电话)[：:][^。；\n]{0,40}?\d号?)(?!号)(?=\p{Han}{2,30}?(?:厅|局|委员会|政府|办公室|委|部)"
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
)


def _closing_after_last_note(line: str) -> list[tuple[int, int]]:
    """The cut after the last note of a one-line body whose notes close its tasks, where text with no marker follows."""
    if not any(cue in line for cue in _NOTE_CLOSING_CUES):
        return []
    ends = [m.end() for m in _NOTE_CLOSING_ON_DUTY.finditer(line)]
    if len(ends) <= _NOTES_BEFORE_MARKERS_MIN:
        return []
    before_marker = sum(1 for end in ends[:-1] if match_marker(line[end:end + _LOOK_FOR_MARKER]) is not None)
    if before_marker < _NOTES_BEFORE_MARKERS_MIN or 4 * before_marker < 3 * (len(ends) - 1):
        return []  # notes inside tasks' text, not closing them: the text after the last may be its task's
    last = ends[-1]
    rest = line[last:last + _LOOK_FOR_MARKER]
    if not rest.strip() or rest[0] in "。；;，,、：:）)" or match_marker(rest) is not None:
        return []
    return [(last, last)]


# 梅政办明电〔2019〕15号 市政府有关办局: 按照…通知如下: 一、工作目标 深入贯彻…。 (二)打造生态旅游…发展。 创建…: a body
# whose paragraphs a crawler joined by single spaces. A space after a sentence end, a colon or a 文号 ends a paragraph.
# 山福镇…专项应急预案。 附件:… / …制定本预案。 1.2现状特点 …: a part numbered 1.2 / 1. may open the next paragraph too
# (one or two digits and its dots before a Han character: a year, 2020年, does not)
_DECIMAL_OPENING = r"\d{1,2}(?:\.\d{1,2})*[.．、]?(?=\p{Han})"
# (二)发展定位。 ——成为…。 ——成为…: a dash-led paragraph (its bullet ——) opens after such a space as well
# [接上页] 五、责任分工 …: a paged site's mark that the page goes on from the one before (noise drops it) parts so too
_SPACE_AFTER_END = re.compile(
    rf"(?<=[。；：:！？]|[〕\]］)]\s*\d{{1,4}}\s*号|[接续]上页[\]】])[ \xa0](?=[\p{{Han}}（(《“]|——|{_DECIMAL_OPENING})"
)
# 1.3工作原则 (1)以人为本…; 二、重点禁烧时段 2014年10月至…: the text after a bare title may open on a year
_SPACE_IN_HAN = re.compile(r"(?<=\p{Han})[ \xa0](?=[\p{Han}（(]|\d)")
# 秋冬季禁止秸秆焚烧烧荒工作实施方案 为切实做好…: the plan's title opening the line, a space, then its opening sentence
# (区府重点任务实施方案 2023年全区…主要预期目标是: or the year its goals are set for)
_SPACED_TITLE_OPENING = re.compile(
    r"^[^\s。；;，,：:]{6,60}?(?:方案|办法|规定|意见|要点|计划|细则|规划|措施)[ \xa0](?=为|根据|按照|(?:19|20)\d\d年)"
)
# …另行下达。 2022年2月9日 关于…的报告 省发改委 2022年是…之年: in such a body a signing date standing alone after a
# sentence, and a year's opening sentence (2022年是…) after a transmitted report's title and author, open paragraphs
_SPACE_AROUND_REPORT_FRONT = re.compile(
    r"(?<=[。：:][ \xa0](?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \xa0](?=\p{Han})|[ \xa0](?=(?:19|20)\d\d年是)"
)
# 一、坚持把稳增长放在更加突出位置，着力巩固经济回升向好势头 (一)积极扩大有效投资。: a heading's title (no sentence end, no
# blank) and the space before its first （一） part them, one space of its kind being enough
_SPACE_BEFORE_FIRST_PART = re.compile(
    r"(?<=(?:^|[ \xa0])[一二三四五六七八九十]{1,3}、[^。；;！？!?\s]{2,60})[ \xa0](?=[（(]一[）)]\p{Han})"
)
_SPACE_JOINED_MIN = 3  # so many such spaces before a line is read as paragraphs joined by single spaces
# 一、某县长牵头重点工作 1.全县…。 责任单位：县发改局… 2.落实…: in such a body a space before a numbered part's marker
# (一、 1. （一） opening a Han text) parts paragraphs too, even after a unit list that ends with no punctuation
_SPACE_BEFORE_MARKER = re.compile(
    rf"(?<=[\p{{Han}}）)])[ \xa0](?=[{_NUMERALS}]{{1,3}}、\p{{Han}}|\d{{1,2}}[.．、]\p{{Han}}|[（(][{_NUMERALS}\d]{{1,3}}[）)]\p{{Han}})"
)
_MARKED_SPACES_MIN = 2  # so many spaces before a marker show the form where no sentence end's space opens a part
_FEW_SEPARATORS = 2  # wider separators on a line that may still part its other paragraphs by single spaces


def _single_space_breaks(line: str) -> list[tuple[int, int]]:
    """The single spaces parting the paragraphs of a notice's line that holds no wider separator: after a sentence
    end, a colon or a 文号, and after a heading's bare title (一、工作目标 深入贯彻…); none when too few stand to show
    the form (a space inside a sentence parts nothing) or none opens a numbered part."""
    if " " not in line and "\xa0" not in line:
        return []
    spans = [(m.start(), m.end()) for m in _SPACE_AFTER_END.finditer(line)]
    marked = [(m.start(), m.end()) for m in _SPACE_BEFORE_MARKER.finditer(line)]
    opens_part = len(marked) >= _MARKED_SPACES_MIN or any(match_marker(line[end:end + 24]) for _start, end in spans)
    # 各县（市、区）人民政府，…： 今年5月，…。 希望受表彰的…: a line opening with the 主送 parted from the body by the
    # same blank shows the form too (ti_13), numbered parts or none
    if len(spans) < _SPACE_JOINED_MIN or not opens_part:
        if not (line.startswith("各") and _SPACED_ADDRESSEES.match(line)):
            return []  # a news story's paragraphs joined so, with no numbered part, stay as its source keeps them
        return _after_sentence_ends(line, spans)  # (a page's fields, 作者： 信息来源：, stay for the tail's cuts)
    if (title := _SPACED_TITLE_OPENING.match(line)) is not None:
        spans.append((title.end() - 1, title.end()))
    spans.extend((m.start(), m.end()) for p in (_SPACE_AROUND_REPORT_FRONT, _SPACE_BEFORE_FIRST_PART) for m in p.finditer(line))
    for m in _SPACE_IN_HAN.finditer(line):
        # …认真加以解决。二、2024年政府工作安排 2024年政府工作总的要求是：… (潍坊): the marker may be glued to the
        # paragraph before it, its title starting after that paragraph's sentence end rather than after a space
        head = max(line.rfind(" ", 0, m.start()), line.rfind("。", 0, m.start()), line.rfind("！", 0, m.start())) + 1
        marker = match_marker(line[head:m.start()])
        title = line[head + marker.end:m.start()] if marker is not None else ""
        if 2 <= len(title) <= _BARE_HEADING_MAX and not _PUNCT.search(title):
            spans.append((m.start(), m.end()))
    if len(marked) >= _MARKED_SPACES_MIN:
        spans.extend(marked)
    return spans


# …同时废止。 乐山市人民政府办公室 / 2020年10月9日 乐山市政府信息主动公开办法: the signer a page ran onto the notice's
# last sentence after a blank, the date opening the next line; a plan's title may follow the date after a blank
def _signer_at_end(line: str) -> int | None:
    """Where the signer run onto the line's last sentence after a blank starts, or None. A signer holds no 。 or ！
    (_ISSUERS: Han, blanks, 、), so it can only start right after the last one and its blank: one match there, not a
    search over the line."""
    k = max(line.rfind("。"), line.rfind("！"))
    if k < 0 or line[k + 1:k + 2] not in (" ", "\u3000", "\xa0"):
        return None
    return k + 2 if _ISSUERS.fullmatch(line, k + 2) else None
_DATE_THEN_TITLE = re.compile(
    rf"^({DATE_WORDS})[ \u3000\xa0]+(?=[^。，；：:,\n《》 \u3000\xa0]{{4,60}}?(?:{_DOC_TYPES})$)"
)


# a sentence's end and a blank: the cuts made before the signer's (articles, space-joined lines) only part text, so no
# such pair stands in their lines that did not stand in the text
_SIGNER_GAPS = ("。 ", "。\u3000", "。\xa0", "！ ", "！\u3000", "！\xa0")
_SIGNER_GAP_BLANKS = " \u3000\xa0"


def _has_signer_gap(text: str) -> bool:
    """any(gap in text for gap in _SIGNER_GAPS), read from the blanks: each found by str.find and the character before
    it asked. The six two-character `in` scans cost ≈ 0.72 M instructions on the bench's texts, which hold none of the
    pairs (≈ 5 a character each); this ≈ 0.35 M (a blank is far rarer than a character, but each costs ≈ 2 K of Python,
    and U+3000's find gets no memchr: its low byte is 0). Read from the stops instead it cost 1 M (a 。 every ~60
    characters)."""
    for blank in _SIGNER_GAP_BLANKS:
        at = text.find(blank, 1)
        while at > 0:
            if text[at - 1] in "。！":
                return True
            at = text.find(blank, at + 1)
    return False


def _cut_signer_above_date(lines: list[str], log) -> list[str]:
    """The signer at the end of a paragraph line, after its last sentence and a blank, with the signing date opening
    the next line, goes on a line of its own (so does the title of the plan issued after that date)."""
    out = list(lines)
    for i in range(len(lines) - 1, 0, -1):
        date_line = lines[i]
        if not date_line[:1].isdigit() and not date_line[:1] in "〇○零二":
            continue
        signer = _signer_at_end(lines[i - 1])
        if signer is None or re.match(DATE_WORDS, date_line) is None:
            continue
        titled = _DATE_THEN_TITLE.match(date_line)
        out[i] = _apply_cuts(date_line, [(titled.end(1), titled.end())], log) if titled else date_line
        out[i - 1] = _apply_cuts(lines[i - 1], [(signer, signer)], log)
    return "\n".join(out).split("\n") if out != lines else lines


def _cut_space_joined_lines(lines: list[str], log) -> list[str]:
    """A body a crawler joined by single spaces on one long line, below page fields that keep the document from
    reading as starved (tr_01: 索引号 | … rows over 各镇人民政府…： 《…》已经… 一、… 1.…): its single spaces part it as
    they part a starved document's line."""
    out = None  # a copy of the lines, made at the first cut: most documents hold no such line (no join and split)
    for k, line in enumerate(lines):
        # most lines are short and passed over at once (a few steps a line, not a list built of all of them); a table
        # row (cells parted by tabs) keeps its cells' text whole: its lists belong to the cell
        if len(line) < STARVED_AVERAGE or "\t" in line:
            continue
        cuts = sorted(set(_single_space_breaks(line)))
        if cuts:
            if out is None:
                out = list(lines)
            out[k] = _apply_cuts(line, cuts, log)
    return lines if out is None else "\n".join(out).split("\n")


def _after_sentence_ends(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(start, end) for start, end in spans if line[start - 1] in "。！？"]


def _after_bare_marker(line: str, start: int) -> bool:
    """一、\u2002\u2002五良太乡…: spaces after a heading marker that opens a paragraph part the marker
    from its title, not two paragraphs."""
    for k in range(max(0, start - 6), start):
        opens = _opens_paragraph(line, k)
        if opens or _CHAPTER_TITLE_BEFORE.search(line, max(0, k - 40), k):
            marker = match_marker(line[k:start] + "题")
            if marker is not None and k + marker.end >= start and (opens or marker.style == "article"):
                return True
    return False


_BLANKS = frozenset(" \u3000\xa0\t\u2002\u2003")
_BLANK_REACH = 8  # blanks read back over before a marker


def _opens_paragraph(line: str, k: int) -> bool:
    """Whether position k opens a paragraph: the line's start, or a sentence end before it — also across the
    separator that parts the two (…制定本办法。\u3000\u3000第二条\u3000科技…, uz_07: a regulation stored on one line
    whose articles are parted by U+3000 runs, each article's marker parted from its text by one more)."""
    j = k - 1
    stop = max(-1, k - 1 - _BLANK_REACH)
    while j > stop and line[j] in _BLANKS:
        j -= 1
    return j < 0 or line[j] in _SENTENCE_END


# 第二章　申请与受理第六条　建设单位…: a regulation stored on one line prints a chapter's first article glued after the
# chapter's title; the blank after that article's marker parts the marker from its text, as after a marker opening
# a paragraph (so the article is seen, and the ones glued after sentences below it number on from it)
_CHAPTER_TITLE_BEFORE = re.compile(r"第[" + CN_NUMERALS + r"]{1,5}[章节][ \u3000]*[^。；;，,：:！？\n]{1,20}$")


def _letter_spaced(line: str, start: int, end: int) -> bool:
    """国　务　院, 财　　政　　部: spaces between the single characters of a signer's name part no paragraphs."""
    def single(i: int) -> bool:
        return 0 <= i < len(line) and _is_han(line[i]) and not (
            (i > 0 and _is_han(line[i - 1])) and (i + 1 < len(line) and _is_han(line[i + 1]))
        )
    # …2021年10月14日\u2002\u2002附…: a Han character after a digit ends a date, it is not letter-spaced
    left_single = start >= 1 and _is_han(line[start - 1]) and (start < 2 or not (_is_han(line[start - 2]) or line[start - 2].isdigit()))
    right_single = end < len(line) and _is_han(line[end]) and end + 1 < len(line) and line[end + 1] in " \u3000"
    # …工作职责　　组 长：: a word of several characters before the run ends a paragraph, even when
    # a letter-spaced label opens the next one
    left_word = start >= 2 and _is_han(line[start - 1]) and _is_han(line[start - 2])
    # …国家计划委员会财　　政　　部一九八四年…: the same run again after the next character spaces out one name,
    # glued to the text before it (the run between two paragraphs is not repeated one character later)
    spaced_on = right_single and line.startswith(line[start:end], end + 1)
    if start >= 1 and line[start - 1] in _FULL_STOPS and not spaced_on:
        return False  # …请遵照实施。　　科　技　部: a finished sentence ends its paragraph before a spaced signer
    if left_single and not right_single and _wider_than_spacing(line, start, end):
        left_single = False  # 若　干　措　施　　　　为吸引…: a run wider than the word's own spacing ends the word
    return left_single or (right_single and not left_word) or spaced_on


_SPACED_WORD_MIN = 4


def _wider_than_spacing(line: str, start: int, end: int) -> bool:
    """The run line[start:end] after a spaced word's last character is wider than the runs between its characters,
    the word spaced over four characters or more (若　干　措　施; 总　理　　某某某 is a post and the name signing, 年 月 日
    the blank date of a form)."""
    width, letters, k = None, 1, start - 1
    while k > 0 and line[k - 1] in " \u3000":
        j = k
        while j > 0 and line[j - 1] in " \u3000":
            j -= 1
        if width is not None and k - j != width or j == 0 or not _is_han(line[j - 1]):
            break
        width, letters, k = k - j, letters + 1, j - 1
    return width is not None and letters >= _SPACED_WORD_MIN and width < end - start


# 组  长： / 成  员： / 主  任：: the labels of a list of members, letter-spaced
_SPACED_LABELS = frozenset(("组长", "成员", "主任", "委员", "顾问"))


def _glued_spaced_label(line: str, start: int, end: int) -> bool:
    """一、…领导小组组  长：刘某: a letter-spaced label whose first character is glued to the title before it (a table
    of members flattened onto the heading's line): the run inside the label parts no paragraphs, the title ends
    before the label."""
    return (
        start >= 3 and end + 1 < len(line) and line[end + 1] in "：:" and _is_han(line[start - 2])
        and line[start - 1] + line[end] in _SPACED_LABELS
    )


# 二、进度要求 (a head whose line holds its short title only, already parted from its text): titled as the others
_BARE_TITLE = re.compile(r"[^。；;，,：:\n]{2,15}$")
# 一、基础 “十五”期间，在省委…: a part's short title parted from its text by one blank, in a body stored on one line
_SPACED_SECTION_TITLE = re.compile(r"\p{Han}{2,15}(?=[ \u3000\xa0][^ \u3000\xa0\n][^。；;\n]{0,40}[，,。；;])")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# 某省人民政府…的实施意见 某政发[2009]69号 2009-11-03 为贯彻…: a one-line copy opening with the title, its 文号 and the
# page's date, each parted from the next by a blank, then the body
_TITLE_NUMBER_DATE = re.compile(
    rf"""^[^。，；：:,\s]{{8,80}}?(?:{_DOC_TYPES})(?:{_TITLE_STATUS})?  # the title, ending in its 文种
        [ \u3000]++(?P<number>{_DOC_NUMBER})                          # its 文号
        (?:[ \u3000]++(?P<date>(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}))?      # the date the page gives it
        (?=[ \u3000]++\S)""", re.X)


# The glued heads a line's head is cut at, in order. The first five hold a 文号 or a 令 number, each closing on (or after) 号:
# a head whose reach holds no 号 is spared them (their issuer code, \p{Han}{1,10} before a bracket, is tried at every
# character of a long head line otherwise).
_HEAD_PATTERNS = (_MASTHEAD_THEN_NUMBER, _BRACKETLESS_NUMBER_THEN_TITLE, _TITLE_THEN_NUMBER, _NUMBER_THEN_TEXT, _NUMBER_THEN_CONCERNED, _TITLE_THEN_ADDRESSEE,
                  _TITLE_THEN_NAMED, _TITLE_THEN_PLACES, _TITLE_SPACE_ADDRESSEE, _TITLE_THEN_OPENING)
_UNNUMBERED_HEAD_PATTERNS = _HEAD_PATTERNS[5:]


def _head_cuts(line: str, reach: int) -> list[tuple[int, int]]:
    cuts = _title_head_cuts(line, min(len(line), reach + 40))
    cuts += _reply_head_cuts(line, reach)
    m = _ADDRESSEE.search(line, 0, min(len(line), reach + 200))
    if m and m.start() < reach and m.end() < len(line):
        if m.start() > 0 and not _continues_addressees(line, cuts, m.start()) and not _addressee_head(line, m.start()):
            cuts.append((m.start(), m.start()))
        cuts.append((m.end(), m.end()))
    return cuts


def _title_head_cuts(line: str, limit: int) -> list[tuple[int, int]]:
    """Cuts around a title, its 文号 and date and the head forms (红头 文件, …的通知 before named addressees)."""
    cuts = []
    m = _TITLE_NUMBER_DATE.match(line, 0, limit)
    if m is not None:
        cuts += [(m.start("number"), m.start("number")), (m.end(), m.end())]
        if m.group("date"):
            cuts.append((m.start("date"), m.start("date")))
    numbered = line.find("号", 0, limit) >= 0
    if numbered and (m := _NAMES_THEN_NUMBER.match(line, 0, limit)) is not None and _only_names(line, m.end()):
        cuts.append((m.end(), m.end()))
    if (k := _title_before_its_decree(line, limit)) > 0:
        cuts.append((k, k))
    for pattern in _HEAD_PATTERNS if numbered else _UNNUMBERED_HEAD_PATTERNS:
        m = pattern.search(line, 0, limit)
        if m and 0 < m.end() < len(line):
            cuts.append((m.end(), m.end()))
            if (pattern is _TITLE_THEN_NAMED or pattern is _TITLE_THEN_PLACES) and _glued_after(line, m.end("colon")):
                cuts.append((m.end("colon"), m.end("colon")))  # …厅（局）：太湖地区是… (wi_10): the opening glued on
    return cuts


def _title_before_its_decree(line: str, limit: int) -> int:
    """某某审批程序规定《某某审批程序规定》已于…通过，现予公布 (wz_02, wz_04): a decree's page opens on the title of the
    rules it publishes and the decree names them right after it in 《》; where the decree starts (0: no such head)."""
    k = line.find("《", 4, min(limit, _DECREED_TITLE_MAX))
    if k < 0 or not line.startswith(line[:k], k + 1) or not line.startswith("》", 2 * k + 1):
        return 0
    return k


_DECREED_TITLE_MAX = 80


def _reply_head_cuts(line: str, reach: int) -> list[tuple[int, int]]:
    """Cuts around a reply's head: the title and whom it answers, and the reply's addressee (…你们…)."""
    cuts = []
    m = _TITLE_THEN_REPLIED.search(line, 0, min(len(line), reach + 120))
    if m is not None and m.end() < len(line):
        cuts += [(m.start("to"), m.start("to")), (m.end(), m.end())]
    m = _REPLY_ADDRESSEE.search(line, 0, min(len(line), reach))
    if m is None and "你们" in line[:reach + 4]:
        m = _REPLY_ADDRESSEE_LIST.search(line, 0, min(len(line), reach))
    if m is None and line.find("提出的", 0, 24) > 0 and (m := _DEPUTIES_ADDRESSEE.match(line)) is not None:
        cuts += _answer_opening_cut(line, m.end())
    if m is None and line[:1] != "各" and (m := _OPENING_ADDRESSEES.match(line, 0, min(len(line), reach))) is None:
        return cuts
    if m is not None and m.end() < len(line):
        cuts += [(m.start(), m.start()), (m.end(), m.end())] if m.start() > 0 else [(m.end(), m.end())]
    return cuts


# …由我部会同公安部办理。经认真研究，答复如下：诚如您所言，… (ws_01): the formula closing an answer's first paragraph,
# the answer itself opening after it
_ANSWER_FOLLOWS = re.compile(r"(?:现|特)?答复如下[：:]")
_ANSWER_OPENING_REACH = 300


def _answer_opening_cut(line: str, start: int) -> list[tuple[int, int]]:
    """The cut after 答复如下： in the first paragraph of an answer to deputies (from `start`, the addressee's end)."""
    m = _ANSWER_FOLLOWS.search(line, start, min(len(line), start + _ANSWER_OPENING_REACH))
    return [(m.end(), m.end())] if m is not None and m.end() < len(line) else []


def _only_names(line: str, end: int) -> bool:
    """line[:end], read as glued bodies' names, is long enough for two and holds no title's words (关于, a 文种)."""
    return end >= _NAMES_MIN and line.find("关于", 0, end) < 0 and _DOC_TYPE_ANY.search(line, 0, end) is None


def _glued_after(line: str, at: int) -> bool:
    """Text follows at `at` with no blank between (a blank parts the line there already)."""
    return at < len(line) and not line[at].isspace()


# 机关各部门、各企事业单位及各居民区：: a few characters opening the line before its first 各 head the first addressee
_ADDRESSEE_HEAD = re.compile(r"\p{Han}{1,6}")
_ENDS_DOC_TYPE = re.compile(rf"(?:{_DOC_TYPES})$")


def _addressee_head(line: str, at: int) -> bool:
    """The line opens with a short run of characters glued to the 各 of its addressees (机关各部门…, 市直各单位…):
    they belong to the first addressee, unless they end with a 文种 (紧急通知各县…: a title, cut as before)."""
    head = line[:at]
    return _ADDRESSEE_HEAD.fullmatch(head) is not None and _ENDS_DOC_TYPE.search(head) is None


def _continues_addressees(line: str, cuts: list[tuple[int, int]], at: int) -> bool:
    """市农科院、市农业发展服务中心，各涉农区农业农村委：: 各… continues addressees opened at the cut
    after the title (no sentence end between), so no cut before it. A ； parts their groups, ending none
    (…发展改革委；中国人民银行上海总部，…；各证监局；各政策性银行…：, wi_09: a joint notice's 主送 by system)."""
    opened = [end for _start, end in cuts if end < at]
    return bool(opened) and _ADDRESSEES_END.search(line, max(opened), at) is None


_ADDRESSEES_END = re.compile(r"[。：！？!?:]")


_GAP_MAX = 8  # blanks between a plan's title and its first part, at most


# the closing forms the line is cut around wherever they match: before each (False), or before and after (True)
_TAIL_FORMS = (
    (_SPACED_SIGNED_DATE, True),
    (_REPLY_CHARGE, False),
    (_CLOSING_FORMULA, False),
    (_IN_FORCE_AFTER_NOTE, False),
    (_ATTACHMENT, False),
    (_ATTACHMENT_AFTER_DATE, False),
    (_ANNEX_TITLE_AFTER_DATE, True),
    (_CONTACT_AFTER_DATE, False),
    (_REPORT_CLOSING, False),
    (_COPIED_TO_AFTER_DATE, False),
)


def _tail_cuts(line: str) -> list[tuple[int, int]]:
    """Cuts around what closes a notice, run together on the line: the 此件 note, the signature and its date,
    a plan's dated title, 特此通知, an attachment label, a contact, the 印发 head of an issued copy."""
    cuts = _disclosure_cuts(line) + _signed_date_cuts(line) + _issuer_before_opening_cuts(line)
    cuts += _dated_plan_title_cuts(line)
    for pattern, after in _TAIL_FORMS:
        for m in pattern.finditer(line):
            cuts.append((m.start(), m.start()))
            if after:
                cuts.append((m.end(), m.end()))
    cuts.extend(_issued_head_cuts(line))
    if "感谢" in line:  # the cue spares most lines the scan (the pattern opens on a look-behind)
        cuts += [(m.start(), m.start()) for m in _ANSWER_THANKS.finditer(line)]
    if "日印发" in line:  # the cue spares most lines the scan
        cuts.extend(_imprint_cuts(line))
    if "附件" in line:  # the cue spares most lines the scan (the pattern opens on a look-behind)
        for m in _ANNEX_TITLE_BEFORE_BODY.finditer(line):
            cuts += [(m.start(), m.start()), (m.end(), m.end())]
        cuts += [(m.end(), m.end()) for m in _CONTACT_THEN_ATTACHMENT.finditer(line)]
    if "日（" in line or "日(" in line:  # the cue spares most lines the date pattern's scan
        cuts.extend(_date_then_byline_cuts(line))
    if "日附件" in line or "印发附件" in line:  # the cue spares most lines the scan
        cuts.extend(_announced_annex_title_cuts(line))
    return cuts


def _imprint_cuts(line: str) -> list[tuple[int, int]]:
    """The 版记's imprint (see _IMPRINT) glued inside a one-line body: cut before the office that printed it and
    after its 印发."""
    cuts = []
    for m in _IMPRINT.finditer(line):
        cuts.append((m.end(), m.end()))
        org = _signature_start(line, m.start()) or _office_after_date(line, m.start())
        if org:
            cuts.append((org, org))
    return cuts


_DATE_THEN_OFFICE_REACH = 40  # characters before the imprint's date: the office's name


def _office_after_date(line: str, date_at: int) -> int | None:
    """…水利部2018年3月22日生态环境部办公厅2018年4月3日印发 (wv_11): where the printing office starts right after the
    signature's date, or None."""
    date = _DATE_BEFORE_OFFICE.search(line, max(0, date_at - _DATE_THEN_OFFICE_REACH - 20), date_at)
    if date is None or not _ISSUERS.fullmatch(line, date.end(), date_at):
        return None
    return date.end()


_DATE_BEFORE_OFFICE = re.compile(rf"(?r){DATE_WORDS}")


# 附件：技术市场“十二五”发展规划科技部2013年2月5日附件技术市场“十二五”发展规划技术市场是… (we_03, a body stored on one
# line): after the signed date, the bare 附件 label and the attached document's title — the very title the 附件： line
# above announced — glued before that document's opening, whatever its first words (_ANNEX_TITLE_AFTER_DATE reads only an
# opening on 为… / 根据…): the label and title are a line of their own
# (生态环境部办公厅2018年4月3日印发附件重点流域…保护方案我国…, wv_11: or after the imprint's 印发; 附件大型活动碳中和实施指南（试行）
# 第一章…, wv_01: the title may close on its status)
_LABEL_AFTER_DATE = re.compile(rf"(?<={DATE_WORDS}(?:印发)?)附件(?![\d０-９一二三四五六七八九十：:])")
_ANNOUNCED_TITLE_MAX = 60


def _announced_annex_title_cuts(line: str) -> list[tuple[int, int]]:
    """Cuts before a bare 附件 label glued after a date and after the title it carries, where a 附件： line earlier on
    the line announced that title (the longest such title ending on a document type)."""
    for m in _LABEL_AFTER_DATE.finditer(line):
        before = line[:m.start()]
        for end in range(min(len(line), m.end() + _ANNOUNCED_TITLE_MAX), m.end() + 3, -1):
            title = line[m.end():end]
            if _ANNOUNCED_TITLE_END.search(title) and ("附件：" + title in before or "附件:" + title in before):
                return [(m.start(), m.start()), (end, end)]
    return []


_DOC_TYPE_END = re.compile(rf"(?:{_DOC_TYPES})$")
_ANNOUNCED_TITLE_END = re.compile(rf"(?:{_DOC_TYPES})(?:{_TITLE_STATUS})?$")


def _date_then_byline_cuts(line: str) -> list[tuple[int, int]]:
    """…。二〇〇六年二月七日（河北省发展和改革委员会）２００６年是… (see _DATE_THEN_BYLINE): cut before the date, after it, and
    after the byline."""
    cuts = []
    for m in _DATE_THEN_BYLINE.finditer(line):
        cuts += [(m.start(), m.start()), (m.end(1), m.end(1)), (m.end(), m.end())]
    return cuts


def _disclosure_cuts(line: str) -> list[tuple[int, int]]:
    """（此件公开发布）: a line of its own, cut before and after (not at the line's ends)."""
    cuts = []
    for m in _DISCLOSURE.finditer(line):
        if m.start() > 0:
            cuts.append((m.start(), m.start()))
        if m.end() < len(line):
            cuts.append((m.end(), m.end()))
    return cuts


def _signed_date_cuts(line: str) -> list[tuple[int, int]]:
    """…。国务院二○○七年一月二十日关于…: the date closing a signature (see _SIGNED_DATE) opens a line, its issuer too;
    a published regulation's title after it, an addressee or the page's own fields (作者：) open the next."""
    cuts = []
    for m in _SIGNED_DATE.finditer(line):
        if m.start() > 0:
            cuts.append((m.start(), m.start()))
            org = _signature_start(line, m.start())
            if org:  # an issuer opening the line needs no cut before it
                cuts.append((org, org))
        title = _PUBLISHED_TITLE.match(line, m.end()) or _PUBLISHED_DECISION.match(line, m.end())
        if title is not None or _ADDRESSED_AFTER.match(line, m.end()) or _FIELD_AFTER.match(line, m.end()):
            cuts.append((m.end(), m.end()))
        if title is not None:
            cuts.append((title.end(), title.end()))
    return cuts


def _issuer_before_opening_cuts(line: str) -> list[tuple[int, int]]:
    """…实施。河北省人民政府办公厅2023年12月13日为深入贯彻…: an issuer and its date glued before the opening of the
    plan the notice issues are a line of their own (see _DATE_BEFORE_OPENING); so is a date alone glued after the
    sentence handing the plan out (…组织实施。二〇一一年十一月二十三日为落实…)."""
    cuts = []
    for m in _DATE_BEFORE_OPENING.finditer(line):
        org = _signature_start(line, m.start())
        if org and _ISSUERS.fullmatch(line, org, m.start()):
            cuts += [(org, org), (m.end(), m.end())]
        elif _CHARGE_BEFORE_DATE.search(line, max(0, m.start() - 60), m.start()):
            cuts += [(m.start(), m.start()), (m.end(), m.end())]
    return cuts


def _dated_plan_title_cuts(line: str) -> list[tuple[int, int]]:
    """A signature's date with a plan's title after it (see _DATED_PLAN_TITLE): cut before the issuer, the date,
    around the title's parts, and after the blanks that stand before the plan's 一、."""
    cuts = []
    for m in _DATED_PLAN_TITLE.finditer(line):
        org = _signature_start(line, m.start())
        if org is not None:  # a signature's date, not one a sentence names
            cuts += [(org, org)] if org else []
            gap_text = line[m.end():m.end() + _GAP_MAX]
            gap = m.end() + len(gap_text) - len(gap_text.lstrip(" \u3000"))
            # the blanks before the plan's 一、 go with the cut, so that the part's first line opens on its marker
            cuts += [(m.start(), m.start()), (m.end(1), m.end(1)), (m.start(2), m.start(2)), (m.end(), gap)]
    return cuts


def _issued_head_cuts(line: str) -> list[tuple[int, int]]:
    """…（此件公开发布）关于…的意见国家发展改革委农村电网是…: the document a notice issues, run on
    after the signature, opens with the title the notice named in 《》 and its authors; cut after
    the title and after the authors (names ending like an office: 委, 办, 局 …)."""
    cuts = []
    for title in {m.group(1) for m in _BOOK_TITLE.finditer(line)}:
        at = line.find(title, line.find("》") + 1)
        while at > 0 and line[at - 1] in "》《":
            at = line.find(title, at + 1)
        if at <= 0:
            continue
        end = at + len(title)
        if line[at - 1] not in "）)日":
            # …营造良好的社会氛围。关于改革完善…的实施方案为改革完善… (wl_06): a notice issuing several documents runs the
            # next one's title and opening on after the last sentence of the one before
            if line[at - 1] == "。" and _OPENING.match(line, end):
                cuts += [(at, at), (end, end)]
            continue
        cuts += [(at, at), (end, end)]
        org = _AUTHORS.match(line, end) or _REPORT_ADDRESSEE.match(line, end)
        if org and org.end() < len(line):
            cuts.append((org.start(), org.start()))
            cuts.append((org.end(), org.end()))
    cuts.extend(_dated_issued_title_cuts(line))
    if "印发《" in line[:_ISSUING_TITLE_REACH]:  # the cue spares most lines the scan
        cuts.extend(_titled_issue_cuts(line))
    return [(a, b) for a, b in cuts if 0 < a < len(line)]


# 关于印发《环评与排污许可监管行动计划（2021-2023年）》《生态环境部2021年度环评与排污许可监管工作方案》的通知… (wv_02, a
# notice stored on one line): the documents the notice's own title issues, each named in 《》 whether or not it opens on 关于
_ISSUING_TITLE = re.compile(r"关于(?:印发|发布|转发)((?:《[^《》\n]{2,80}》[和及、]?){1,6})的(?:通知|公告)")
_ISSUING_TITLE_REACH = 120  # characters: the title opens the one-line body
_NAMED = re.compile(rf"《([^《》\n]{{4,80}}?(?:{_DOC_TYPES})(?:{_TITLE_STATUS}|[（(](?:19|20)\d\d[^（）()\n]{{0,12}}[）)])?)》")


def _titled_issue_cuts(line: str) -> list[tuple[int, int]]:
    """Cuts around the title of a document the notice's own title issues (see _ISSUING_TITLE) where the body runs it on:
    after its numbered 附件 label (附件1环评…行动计划（2021-2023年）加强环评…, whatever the opening's first words; the label is
    _ATTACHMENT's), or after the last sentence of the document before and before the next one's first part
    (…依规实施监管。生态环境部2021年度…工作方案一、主要任务…)."""
    head = _ISSUING_TITLE.search(line, 0, _ISSUING_TITLE_REACH)
    if head is None:
        return []
    cuts = []
    for m in _NAMED.finditer(head.group(1)):
        title = m.group(1)
        at = line.find(title, head.end())
        while at > 0:
            end = at + len(title)
            if _NUMBERED_LABEL_BEFORE.search(line, max(0, at - 4), at):
                cuts.append((end, end))
            elif line[at - 1] == "。" and _FIRST_PART.match(line, end):
                cuts += [(at, at), (end, end)]
            at = line.find(title, end)
    return cuts


_FIRST_PART = re.compile(r"一、\p{Han}|第一章")
_NUMBERED_LABEL_BEFORE = re.compile(r"附件\d{1,2}$")


# 现将《天津市全民健身实施计划（2021—2025年）》印发给你们: the name of what a notice issues
# 制定《山福镇突发公共事件总体应急预案（修订）》，现印发给你们 too
_ISSUED_NAME = re.compile(
    rf"《([^《》\n]{{4,80}}?(?:{_DOC_TYPES})(?:{_TITLE_STATUS})?)》[，,]?(?:已经[^。，《》\n]{{2,12}}同意[，,])?(?:现予?以?|特)?(?:印发|发布|公布|转发)"
)
_DATE_BEFORE = re.compile(rf"(?r){DATE_WORDS}[ \u3000\xa0]*$")
_DATE_REACH = 40  # characters before the title a date and its blanks may take


def _dated_issued_title_cuts(line: str) -> list[tuple[int, int]]:
    """…望遵照执行。2021年12月28日天津市全民健身实施计划（2021—2025年）“十三五”时期，…: the notice's date glued
    straight onto the title of the plan it issues (named in 《》 above, with no 关于) is a line of its own, and so is
    the title (the 附件 line naming it may stand between: the title's first copy after the date is the plan's)."""
    cuts = []
    for m in _ISSUED_NAME.finditer(line):
        title = m.group(1)
        at = line.find(title, m.end())
        # the date may stand apart from the title by a run of blanks (二OO八年五月二十三日 + 22 spaces + the title)
        while at > 0 and (date := _DATE_BEFORE.search(line, max(0, at - _DATE_REACH), at)) is None:
            at = line.find(title, at + len(title))
        if at <= 0:
            continue
        found = [(date.start(), date.start()), (at, at), (at + len(title), at + len(title))]
        org = _signature_start(line, date.start())
        if org is not None:  # …（修订） 温州市鹿城区山福镇人民政府 2020年10月22日 山福镇…: the signer before the date
            found.append((org, org))
        if _NAMED_AFTER_ASSENT in m.group(0) or "转发" in m.group(0):
            # (已经…同意，现印发 / 现转发, vf_01): only where the line does not already break there, so that a copy
            # whose blanks part date and title (uh_08) logs no cut that changes nothing
            # (read as slices: the line's start and end are breaks already, and the empty slice there is `in` any
            # string; indexed, a title copy ending the line raised IndexError, line[-1] read its last character)
            found = [c for c in found if line[c[0] - 1:c[0]] not in _BREAKING and line[c[0]:c[0] + 1] not in _BREAKING]
        cuts += found
    return cuts


_NAMED_AFTER_ASSENT = "同意"
_BREAKING = " \u3000\xa0\n"


def _past_bracketed_note(line: str, start: int, date_at: int) -> int:
    """…进行督导。（省科技厅、省金融办等部门按职责分工负责）　　河北省人民政府　　2015年8月10日: a signature never opens
    with a bracket — the bracketed note closing the last item stays on its line, the issuer starts after it."""
    if start < date_at and line[start] in "（(":
        close = _NOTE_CLOSE.search(line, start, date_at)
        if close:
            return close.end()
    return start


_NOTE_CLOSE = re.compile(r"[）)]")


# …（各有关部门、单位和地方各级人民政府按职责分工负责）人力资源社会保障部…国务院扶贫办2020年8月6日: a joint signature
# glued after the last item's closing note (grammar.GLUED_ISSUERS) starts right after the note's bracket
def _signers_after_note(line: str, date_at: int) -> int | None:
    """Where a run of issuers glued between a closing note's bracket and the signing date starts, or None."""
    lo = max(0, date_at - GLUED_ISSUERS_MAX)
    k = max(line.rfind("）", lo, date_at), line.rfind(")", lo, date_at))
    if k < 0 or k + 1 >= date_at:
        return None
    return k + 1 if GLUED_ISSUERS.fullmatch(line, k + 1, date_at) else None


def _past_blanks(line: str, at: int, end: int) -> int:
    """`at` moved past the blanks standing there (…执行。\xa0河北省人民政府办公厅…: the issuer starts after them)."""
    while at < end and line[at] in " \u3000\xa0":
        at += 1
    return at


def _issuers_after_sentence(line: str, date_at: int) -> int | None:
    """…认真抓好贯彻落实。河北省人力资源社会保障厅河北省公安厅…中国铁路北京局集团有限公司2022年12月30日 (uv_09): a joint
    signature longer than a sentence end's reach, glued after the notice's last sentence (grammar.GLUED_ISSUERS)."""
    lo = max(0, date_at - GLUED_ISSUERS_MAX)
    k = max(line.rfind("。", lo, date_at), line.rfind("！", lo, date_at), _attached_title_close(line, lo, date_at))
    if k < 0:
        return None
    start = _past_blanks(line, k + 1, date_at)
    return start if start < date_at and GLUED_ISSUERS.fullmatch(line, start, date_at) else None


def _attached_title_close(line: str, lo: int, date_at: int) -> int:
    """附件:《关于支持鼓励科技人员创办科技型企业的实施办法》河北省科学技术厅中共河北省委组织部…2013年12月4日 (vt_10): the 》
    closing an attachment label's title in book brackets ends the notice's text before a joint signature glued after it;
    -1 when there is none (a 》 inside a sentence is followed by its 。, which stands nearer the date)."""
    k = line.rfind("》", lo, date_at)
    if k < 0:
        return -1
    label = line.rfind("附", max(lo, k - 90), k)
    return k if label >= 0 and _ATTACHED_BOOK_TITLE.match(line, label, k + 1) else -1


# 附件:《…实施办法》 / 附件：《…》: an attachment label naming its one document in book brackets
_ATTACHED_BOOK_TITLE = re.compile(r"附\s*件\s*\d{0,2}\s*[：:][ \u3000]*《[^《》\n]{2,88}》")


def _signature_start(line: str, date_at: int) -> int | None:
    """Where the issuer's name before a closing date starts: just after the last sentence end, or
    (附件：关于…的实施方案国务院二○○六年九月三十日) just after an attachment's title glued before it."""
    lo = max(0, date_at - 62)
    for i in range(date_at - 1, lo - 1, -1):
        if line[i] in "。！；":
            start = _past_bracketed_note(line, _past_blanks(line, i + 1, date_at), date_at)
            if start < date_at and _SIGNATURE_ORG.fullmatch(line, start, date_at):
                return start
            break
    else:
        glued = _issuers_after_sentence(line, date_at)
        if glued is not None:
            return glued
    # the contact block's last value closes the text before the issuer: asked before a 文种 word is, which may stand
    # inside a signer's name (水利部规划计划司: 规划)
    contact = _issuer_after_contact(line, lo, date_at)
    if contact is None:
        contact = _issuers_after_contact_number(line, date_at)
    if contact is not None:
        return contact
    if lo == 0 and _only_glued_issuers(line, date_at):
        return 0
    for title_end in (_TITLE_END, _INSTITUTION_TITLE_END):
        for m in title_end.finditer(line, lo, date_at):
            if m.end() < date_at and not _LIST_WORD_RUNS_ON.match(line, m.end()) and _ISSUERS.fullmatch(line, m.end(), date_at):
                return m.end()
    joint = _signers_after_note(line, date_at)
    if joint is not None:
        return joint
    # 东莞市人民政府办公室二〇一一年五月三十日…: the issuer opening the line (the notice's text ended on the line above)
    if lo == 0 and _ISSUERS.fullmatch(line, 0, date_at):
        return 0
    return None


# 生态环境部国家发展和改革委员会中国人民银行中国银行保险监督管理委员会中国证券监督管理委员会2020年10月20日 (wi_09): a line
# opening on a joint signature glued with no separator is the signature whole; a title word inside a name (中国证|券) or
# a body's name (…委员会) is no title's end. A title opening the line (实施方案国务院…) names its 文种, which no body does.
_DOC_TYPE_ANY = re.compile(_DOC_TYPES)


def _only_glued_issuers(line: str, date_at: int) -> bool:
    """line[:date_at] is bodies' names glued one after another (grammar.GLUED_ISSUERS), no 文种 word among them."""
    return GLUED_ISSUERS.fullmatch(line, 0, date_at) is not None and _DOC_TYPE_ANY.search(line, 0, date_at) is None


def _issuer_after_contact(line: str, lo: int, date_at: int) -> int | None:
    """…联系电话：0311-87806198　　邮箱：hbzxqy2020@126.com　　河北省民营经济领导小组办公室　　2021年3月11日 (up_07): the
    issuer stands after the notice's contact block, its last value (a number or an address) closed by blanks."""
    last = None
    # the block's label may stand a value's width before the issuer's window (传真：010-…,010-…,010-… 财政部…司)
    for m in _CONTACT_VALUE_END.finditer(line, max(0, lo - _CONTACT_VALUE_MAX), date_at):
        last = m
    if last is not None and lo <= last.end() < date_at and _SIGNATURE_ORG.fullmatch(line, last.end(), date_at):
        return last.end()
    return None


# 联系方式：0311-66908801 / 联系电话：0311-87806198: a contact number, which may close the notice's text right before
# its signature with no blank between (vc_02)
# 联系人：闫文豪66908523卜一峰66908731 (vf_06): contacts each a name and a bare number, glued, before the signature
_CONTACT_NUMBER = re.compile(
    r"(?:电话|方式|手机|传真)[：:][0-9０-９\-－—（）() ]{6,24}|联系人[：:](?:\p{Han}{2,4}[0-9０-９\-－]{7,13})++"
)


def _issuers_after_contact_number(line: str, date_at: int) -> int | None:
    """…联系人：…张建华联系方式：0311-66908801河北省人力资源和社会保障厅河北省发展和改革委员会…河北省分行2022年12月30日
    (vc_02): a joint signature (grammar.GLUED_ISSUERS) glued after the contact number that closes the notice's text."""
    lo = max(0, date_at - GLUED_ISSUERS_MAX - _CONTACT_VALUE_MAX)
    if line.find("：", lo, date_at) < 0 and line.find(":", lo, date_at) < 0:
        return None  # every _CONTACT_NUMBER match holds its label's colon, full-width or ASCII (电话:0311-…)
    last = None
    for m in _CONTACT_NUMBER.finditer(line, lo, date_at):
        last = m
    if last is None or last.end() >= date_at or not _is_han(line[last.end()]):
        return None
    return last.end() if GLUED_ISSUERS.fullmatch(line, last.end(), date_at) else None


def _marker_cuts(line: str, cuts: list[tuple[int, int]], numbering: _Numbering) -> list[tuple[int, int]]:
    """Add cuts before glued heading markers, walking the line's paragraphs in order."""
    out: list[tuple[int, int]] = []
    boundaries = cuts + [(len(line), len(line))]
    start = 0
    for cut in boundaries:
        out.extend(_glued_markers(line, start, cut[0], numbering))
        if cut[0] < len(line):
            out.append(cut)
        start = cut[1]
    return sorted(set(out))


def _glued_markers(line: str, start: int, end: int, numbering: _Numbering) -> list[tuple[int, int]]:
    """Cuts inside line[start:end] (one paragraph so far) before markers glued to it."""
    cuts = []
    head = match_marker(line[start:min(end, start + 24)])
    if head is not None:
        numbering.see(head)
    para_start, para_marker = start, head
    scan = _ParagraphScan(line)
    firsts = _MARKER_FIRST if "B" in numbering.families else (_ARTICLE_FIRST,)
    for i in _starts(firsts, line, start + 1, end):
        if _inside_decimal(line, i):
            continue
        if _after_list_label(line, i):
            # 附件：1.…清单2.…: the first entry stays on its label's line, and the entries after it
            # number on from it (unseen, the 2. after it was taken for no list at all)
            para_start, para_marker = _see_first_entry(line, i, end, numbering, para_start, para_marker)
            continue
        marker = _attached_body_first(line, i, end, para_start, para_marker)
        if marker is not None:
            numbering.last.clear()  # the attached document numbers from 一 again
        else:
            marker = _glued_marker(line, i, end, numbering, para_start, para_marker, scan)
            if marker is None:
                continue
        numbering.see(marker)
        cuts.append((i, i))
        para_start, para_marker = i, marker
    return cuts


def _inside_decimal(line: str, i: int) -> bool:
    """1.2.1在… (vk_07): a digit right after a digit and its stop is the tail of a decimal number, never a marker glued
    there (2.1 read out of 1.2.1 cut the entry in two)."""
    return i >= 2 and line[i - 1] in ".．" and line[i - 2].isdecimal() and line[i].isdecimal()


def _after_list_label(line: str, i: int) -> bool:
    """Does a label listing entries (附件：) end right before position i?"""
    # every _LIST_LABEL_END holds 附: a find in place, not a slice and a pattern, at most of the starts
    return line.find("附", max(0, i - 8), i) >= 0 and _LIST_LABEL_END.search(line[max(0, i - 8):i]) is not None


def _attached_body_first(line: str, i: int, end: int, para_start: int, para_marker: Marker | None) -> Marker | None:
    """附件：…企事业单位名单一、统配煤矿…: the first marker (一、, 1.) of the attached document's body, opening right
    after its title (a paragraph with no marker of its own); None where no such body opens at i."""
    if para_marker is not None or not _ATTACHED_TITLE.fullmatch(line, para_start, i):
        return None
    marker = match_marker(line[i:min(end, i + 24)])
    if marker is None or marker.number != 1 or marker.end >= end - i:
        return None
    # 附件1征求意见单位名单1.发展改革委办公厅2.… (wz_06): a list of names numbers its entries 1. 2.
    names = marker.style == "num" and _ATTACHED_TITLE.fullmatch(line, para_start, i).group("list") is not None
    return marker if marker.style in _RESTARTS or names else None


def _glued_marker(line: str, i: int, end: int, numbering: _Numbering, para_start: int,
                  para_marker: Marker | None, scan: _ParagraphScan) -> Marker | None:
    """The marker glued into the paragraph at i that opens a paragraph of its own: after a sentence end, or after
    text that runs on into it (a bare heading, a name list, a note's units, a chapter's title), numbered on from
    what was seen. None where the marker found there is text."""
    after_sentence = _before(line, i) in _SENTENCE_END
    titled = not after_sentence and _titled_part_at(line, i)
    if not after_sentence and not titled and not _runs_on_into(line, para_start, para_marker, i, scan):
        return None
    marker = match_marker(line[i:min(end, i + 24)])
    if marker is None or marker.end >= end - i or not numbering.allows(marker):
        return None
    if not after_sentence and not titled and not (
            _may_head(para_marker, marker) or _next_entry(para_marker, marker, i - para_start)
            or _opens_glued_chapter(line, para_start, i, marker)):
        return None  # 三、热电联产机组供电标准煤耗高出第一条中…: 第一条 cited, not a child of 三、
    if marker.style == "paren_num" and _inline_entry_list(line, i, end, marker, para_marker):
        return None
    return marker if _numbered_on(line, i, end, marker, numbering, after_sentence) else None


# …一、活动主题就业帮扶真情相助二、活动时间2022年1月三、服务对象（一）… (wk_11, one line): a part's 二、 glued to the
# text before it with no stop between, opening on a formulaic part title (lexicons/section_titles.tsv): the part
# begins there, where it numbers strictly on (a 二、 inside a sentence names no such title after it)
_TITLED_PART = re.compile(r"[一二三四五六七八九十]{1,3}、" + SECTION_TITLE_WORDS + r"(?![和与及、的等])")


def _titled_part_at(line: str, i: int) -> bool:
    """Does a 一、 marker opening a formulaic part title (see _TITLED_PART) stand at i?"""
    return line[i] in CN_NUMERALS and _TITLED_PART.match(line, i, None, HOLD_GIL) is not None


# the second entry of a （1） list, its bracket either width
_SECOND_PAREN_NUM = re.compile(r"[（(]2[）)]")


def _inline_entry_list(line: str, i: int, end: int, marker: Marker, para_marker: Marker | None) -> bool:
    """（一）公开时限。（1）…之内公开；（2）…向社会公示；（3）… (wc_02): in a body whose paragraphs the writer parted by
    separator runs, the （1） entries glued inside a （一） part's run-in paragraph and parted by ； are the writer's list
    written inline, text of that paragraph (a list set out one entry a paragraph shows the separators between)."""
    if marker.number != 1:
        return False
    second = _SECOND_PAREN_NUM.search(line, i + marker.end, min(end, i + _COMMA_ENTRY_MAX))
    if second is not None and line[second.start() - 1:second.start()] in ("，", ","):
        return True  # 控制点为：（1）首次装料，（2）首次临界前，… (wz_09): entries a comma parts are a sentence's list
    if para_marker is None or para_marker.style != "paren_cn":
        return False
    second = second or _SECOND_PAREN_NUM.search(line, i + marker.end, end)
    return (second is not None and line[second.start() - 1:second.start()] in ("；", ";")
            and _SEPARATOR.search(line) is not None)


_COMMA_ENTRY_MAX = 40  # a short entry: a comma after a longer one may close a clause of an entry set out on its own


def _opens_glued_chapter(line: str, para_start: int, i: int, marker: Marker) -> bool:
    """…（四）…其他措施。第六章监督管理第十六条… (wc_09, one line): the article opens the chapter glued before it, whose
    title runs into it; the （四） entry the paragraph started with is no parent it must fit (the chapter is)."""
    return marker.style == "article" and _CHAPTER_TITLE_BEFORE.search(line, max(para_start, i - 40), i) is not None


def _runs_on_into(line: str, para_start: int, para_marker: Marker | None, i: int, scan: _ParagraphScan) -> bool:
    """Does the paragraph's text, with no sentence end, run on into the marker at i?"""
    return (_bare_heading_runs_on(line, para_start, para_marker, i)
            or _name_list_runs_on(line, para_start, para_marker, i, scan)
            or _note_runs_on(line, para_start, para_marker, i, scan) or _chapter_title_runs_on(line, para_start, i)
            or _cut_note_runs_on(line, para_start, para_marker, i))


def _numbered_on(line: str, i: int, end: int, marker: Marker, numbering: _Numbering, after_sentence: bool) -> bool:
    """Does the marker number on from what was seen (strictly, where no sentence end stands before it), or open the
    run of articles an excerpt starts with?"""
    if numbering.continues(marker) if after_sentence else numbering.strictly_continues(marker):
        return True
    return _before(line, i) in "。！？；" and _article_run_opens(line, i, end, marker, numbering)


def _article_run_opens(line: str, i: int, end: int, marker: Marker, numbering: _Numbering) -> bool:
    """An excerpt that starts inside a regulation (a page cut from its 第15条 on, the 条 run together): the first
    article it shows numbers from where the excerpt begins, not from 第一条. Believed only as the first article of
    the document, after a full stop (not a bracket: a table's cells run together close a citation with ）第十条),
    only where it and the next article (glued after a sentence end in the same line, numbered on) both open an
    article's text: a single 第五条 after a sentence end may be cited (第五条规定，…), and a list of cited ones
    (第十条、第十一条第三款) opens no text."""
    if marker.style != "article" or "article" in numbering.last or "article" in numbering.ran:
        return False
    if not _opens_article_text(line, i + marker.end, end):
        return False
    for m in _ARTICLE_FIRST.finditer(line, i + marker.end, end, False, HOLD_GIL):
        following = match_marker(line[m.start():min(end, m.start() + 24)])
        if following is not None and following.style == "article":
            return following.number == marker.number + 1 and _opens_article_text(line, m.start() + following.end, end)
    return False


def _opens_article_text(line: str, at: int, end: int) -> bool:
    """The text right after a 第X条 marker is an article's own (a title or a sentence), not a citation's rest."""
    while at < end and line[at] in " \u3000":
        at += 1
    return at < end and line[at] != "第" and "\u4e00" <= line[at] <= "\u9fff" and ARTICLE_CITED.match(line, at) is None


def _starts(patterns: tuple[re.Pattern, ...], line: str, start: int, end: int) -> Iterator[int]:
    """Where any of the one-character patterns matches in line[start:end], in order."""
    if len(patterns) == 1:
        return (m.start() for m in patterns[0].finditer(line, start, end, False, HOLD_GIL))
    return heapq.merge(*[[m.start() for m in p.finditer(line, start, end, False, HOLD_GIL)] for p in patterns])


def _may_head(parent: Marker | None, child: Marker) -> bool:
    """一、总体要求（一）指导思想, 3.收回…清单 4.取消…: a bare heading or entry runs into a marker of
    its own family, its first child or its next sibling (not into a 第一条 it cites)."""
    if parent is None:
        return True
    same_family = _FAMILY.get(parent.style, "B") == _FAMILY.get(child.style, "B")
    return same_family and _level(child.style) >= _level(parent.style)


_ENTRY_RUN = 16  # characters an entry runs before the next one may be glued to it
_STOPS = re.compile(r"[。；;！？]")


# 1.发展改革委办公厅2.工业和信息化部办公厅3.… / 附件：1.…成员名单2.…技术方案 (wz_06, wz_11, bodies stored on one line):
# a list of names or titles numbered 1. 2. runs into its next entry too; a unit's name is shorter than a part's title
_NAME_ENTRY_RUN = {"cn": _ENTRY_RUN, "num": 4}


def _next_entry(current: Marker | None, marker: Marker, run: int) -> bool:
    """二、基建施工企业（4个）山西省…公司三、地质勘探单位…: a list whose entries end in no stop (a name list) runs
    into its next entry of the same style, one number on."""
    least = _NAME_ENTRY_RUN.get(current.style) if current is not None else None
    return least is not None and marker.style == current.style and marker.number == current.number + 1 and run >= least


def _name_list_runs_on(line: str, para_start: int, para_marker: Marker | None, i: int, scan: _ParagraphScan) -> bool:
    """…陕西省铜川煤炭基建公司三、地质勘探单位: an entry of names, no sentence in it, glued to the next entry."""
    if para_marker is None or i - para_start < _NAME_ENTRY_RUN.get(para_marker.style, len(line)) or scan.has_stop(para_start, i):
        return False
    if para_marker.style == "num" and not _listed_entries(line, para_start, para_marker, scan):
        return False
    marker = match_marker(line[i:i + 24])
    return marker is not None and _next_entry(para_marker, marker, i - para_start)


def _listed_entries(line: str, para_start: int, para_marker: Marker, scan: _ParagraphScan) -> bool:
    """Is the 1. 2. list the paragraph stands in one of attached titles or names: its 1. right after an attachment
    label (附件：1.…) or a name list's title (…单位名单1.…)? Other runs of 1. 2. in a one-line body (a page's 解读：1.…
    links) are left as they are."""
    if para_marker.number == 1:
        scan.listed = (_LIST_LABEL_END.search(line, max(0, para_start - 8), para_start) is not None
                       or line.startswith(_NAME_LIST_WORDS, max(0, para_start - 2)))
    return scan.listed



def _note_runs_on(line: str, para_start: int, para_marker: Marker | None, i: int, scan: _ParagraphScan) -> bool:
    """（一）全面排查阶段…台账责任单位：A、B、C（二）分类处置阶段: an entry closed by its note's unit list, no stop after
    the label, runs into its next sibling (the list ends the entry as a full stop would)."""
    if para_marker is None or para_marker.style not in _NOTE_CLOSED_STYLES or i - para_start < _ENTRY_RUN:
        return False
    label = scan.last_label(para_start, i)
    if label is None or label.group("time") or i - label.end() < 2:
        return False
    return _next_sibling_at(line, i, para_marker)


_NOTE_CLOSED_STYLES = frozenset(("cn", "paren_cn", "num", "paren_num"))


# Characters a NOTE_LABEL match holds before its blanks and colon, at most: 【 主要 数据提供 考核 单位 （部门） (15), one
# to spare. An attempt at a label further back than this from a blank run reads nothing after the run's end.
_LABEL_PART = 16


class _ParagraphScan:
    """What a paragraph holds before a marker glued into it: a stop (_name_list_runs_on), its last note label
    (_note_runs_on). Both were searched from the paragraph's start at every marker glued in it, quadratic on a long
    line with no stop (195 K characters of entries with cut notes, …可提高10%（省人力资源社（一）…: 8.3 s CPU; a name
    list's entries so: 17 s); this scan goes on from where it got to at the paragraph's last marker, with the answers
    the search from the paragraph's start gives (a hypothesis test holds it to that)."""

    __slots__ = ("line", "stop_start", "stop_to", "stop_found", "label_start", "label_to", "label_from", "label_last",
                 "listed")

    def __init__(self, line: str):
        self.line = line
        self.stop_start = self.label_start = -1
        self.stop_to = self.label_to = self.label_from = 0
        self.stop_found = False
        self.label_last = None
        self.listed = False  # a list of attached titles or names numbered 1. has opened (_listed_entries)

    def has_stop(self, para_start: int, i: int) -> bool:
        """Does line[para_start:i] hold a stop (_STOPS)?"""
        if para_start != self.stop_start or i < self.stop_to:
            self.stop_start, self.stop_to, self.stop_found = para_start, para_start, False
        if not self.stop_found and i > self.stop_to:
            self.stop_found = _STOPS.search(self.line, self.stop_to, i) is not None
        self.stop_to = max(self.stop_to, i)
        return self.stop_found

    def last_label(self, para_start: int, i: int):
        """The last of NOTE_LABEL_SCAN.finditer(line, para_start, i), None where there is none. A label is found
        again from the end of the last one found before (finditer goes on from there), taken as settled only where it
        ends before the window does: every label ends on its colon or 】, and a pattern that reads no further than one
        character after that (】 peeks for a colon) reads the same with a later end. A label that ends on the window's
        end is searched again at the next marker (a 】 there may yet take a colon). Past the last label found, the
        search goes on from the first place an attempt could have read the window's end from: _LABEL_PART characters
        before the blank run ending there (the attempts before it failed for good)."""
        if para_start != self.label_start or i < self.label_to:
            self.label_start, self.label_from, self.label_last = para_start, para_start, None
        self.label_to = i
        last = self.label_last
        for label in NOTE_LABEL_SCAN.finditer(self.line, self.label_from, i):
            last = label
            if label.end() < i:
                self.label_from, self.label_last = label.end(), label
        resume = self._blank_run_start(i) - _LABEL_PART
        if last is not self.label_last:
            resume = min(resume, last.start())  # a label ending on the window's end is found again
        self.label_from = max(self.label_from, resume)
        return last

    def _blank_run_start(self, i: int) -> int:
        """Where the run of blanks ending at i starts (no further back than where the label search goes on from): a
        run after the last marker's characters, so the walks over all markers are linear."""
        j = i
        while j > self.label_from and self.line[j - 1] in WHITE_SPACE:
            j -= 1
        return j


def _next_sibling_at(line: str, i: int, para_marker: Marker) -> bool:
    """Is the marker at i the next sibling of the paragraph's own (its style, one number on): where an entry closed by
    a note (_note_runs_on, _cut_note_runs_on) runs into the next?"""
    marker = match_marker(line[i:i + 24])
    return marker is not None and marker.style == para_marker.style and marker.number == para_marker.number + 1


_CUT_NOTE_REACH = 24  # characters a note cut before its closing bracket may hold before the next entry


def _cut_note_runs_on(line: str, para_start: int, para_marker: Marker | None, i: int) -> bool:
    """（一）促进高校毕业生就业。…见习补贴可提高10%。（省人力资源社（二）积极稳妥安置… (vc_03): an entry whose closing note
    the source cut off before its bracket closed — an opening bracket after the entry's last stop, a few Han characters
    and nothing else — runs into its next sibling, numbered on (the cut note ends the entry as its bracket would)."""
    if para_marker is None or para_marker.style not in _NOTE_CLOSED_STYLES or i - para_start < _ENTRY_RUN:
        return False
    reach = max(para_start, i - _CUT_NOTE_REACH)
    opened = max(line.rfind("（", reach, i), line.rfind("(", reach, i))
    if opened <= para_start or line[opened - 1] not in "。；;" or i - opened < 3:
        return False
    if not all(_is_han(ch) for ch in line[opened + 1:i]):
        return False  # a bracket closed, or a clause: no cut note
    return _next_sibling_at(line, i, para_marker)


def _before(line: str, i: int) -> str:
    """The character before position i, spaces skipped (…空间。 第四条)."""
    j = i - 1
    while j > 0 and line[j] in " \u3000\xa0\t":
        j -= 1
    return line[j]


def _see_first_entry(line: str, i: int, end: int, numbering: _Numbering, para_start: int,
                     para_marker: Marker | None) -> tuple[int, Marker | None]:
    """The (start, marker) of the paragraph going on after a list label's first entry, left uncut."""
    marker = match_marker(line[i:min(end, i + 24)])
    if marker is None or not numbering.allows(marker):
        return para_start, para_marker
    numbering.see(marker)
    return i, marker


_GENERAL_PART = re.compile(r"总[ \u3000]*则[ \u3000]*")


def _chapter_title_runs_on(line: str, para_start: int, i: int) -> bool:
    """第二章　申请与受理第六条　… / 总  则第一条　…: a chapter's title (its marker with it, or 总则 parted from it) runs
    into the chapter's first article; the article marker itself must follow (checked by the caller)."""
    return line.startswith("第", i) and (
        _CHAPTER_TITLE_BEFORE.search(line, max(para_start, i - 40), i) is not None
        or _GENERAL_PART.fullmatch(line, para_start, i) is not None
    )


def _bare_heading_runs_on(line: str, para_start: int, para_marker: Marker | None, i: int) -> bool:
    """A marker not after a sentence end may still start a paragraph there: 一、总体要求（一）指导思想, a bare heading
    (no punctuation yet) runs into its first child."""
    if para_marker is None or i - para_start > _BARE_HEADING_MAX:
        return False
    if _PUNCT.search(line, para_start + para_marker.end, i) is None:
        return True
    # 三、继续做好电站项目清理工作，妥善处理违规项目(一)对已按…: a 一、 heading's title of two phrases parted by a comma,
    # closing on a word, runs into its first （一） child too (uf_07); no stop, colon or semicolon in it. Or into the
    # （X） that numbers on from the last heading's items (uj_02: 三、激发培训主体积极性，有效增加培训供给（六）… after
    # （五）): the caller believes a （X） here only where it strictly continues the document's numbering. Chinese
    # numerals only: a （1） after such a title is not the form this was seen in
    return (para_marker.style == "cn" and line[i - 1:i].isalpha() and line.startswith(("（", "("), i)
            and line[i + 1:i + 2] in _CN_DIGITS
            and _HEADING_PUNCT.search(line, para_start + para_marker.end, i) is None)


_HEADING_PUNCT = re.compile(r"[。；：！？;!?:]")
_CN_DIGITS = frozenset("一二三四五六七八九十")  # what a （X） item's numeral opens with


def _apply_cuts(line: str, cuts: list[tuple[int, int]], log) -> str:
    if not cuts:
        return line
    parts = []
    at = 0
    for start, end in cuts:
        if start < at:
            continue
        parts.append(line[at:start])
        at = end
        log.record(line[max(0, start - 10):end + 10], f"{line[max(0, start - 10):start]}\n{line[end:end + 10]}")
    parts.append(line[at:])
    blank = " \u3000\xa0\t"
    # spaces that stood at a cut go with it; the line's own indentation and end stay
    parts = [p.rstrip(blank) for p in parts[:-1]] + parts[-1:]
    parts = parts[:1] + [p.lstrip(blank) for p in parts[1:]]
    return "\n".join(p for p in parts if p)


def _cut_digest_head(text: str, log) -> str:
    head = _DIGEST_HEAD.match(text)
    if head is None:
        return text
    return _apply_cuts(text, [(head.end("meta"), head.start("title")), (head.end("title"), head.end())], log)
