"""The cheap pre-checks segment asks before a pattern call (speed19) say no only where the pattern says no, and the
per-document title keys are the keys _key gives."""

from __future__ import annotations

from pathlib import Path

import regex as re
from hypothesis import example, given, settings
from hypothesis import strategies as st

from policyparse.grammar import FIELD_LABEL_START, field_labels, opens_on_field_label
from policyparse import grammar
from policyparse.segment import dates, headings, layout, metadata, roles

# the characters the patterns care about, a few field labels' characters, and plain text
_LABEL_CHARS = "".join(sorted({ch for label in field_labels() for ch in label}))[:80]
_ALPHABET = _LABEL_CHARS + "-•·●■▪◆【】[] \t\u3000|｜：:，。年月日号〇零O○0123456789一二三四五六七八九十各为根据现将"
_LINES = st.text(alphabet=_ALPHABET, max_size=30)
_SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))


def _sample_lines() -> list[str]:
    return [line.strip() for f in _SAMPLES for line in f.read_text(encoding="utf-8", errors="replace").splitlines()]


@settings(max_examples=3000, deadline=None)
@given(_LINES, st.sampled_from(field_labels()), st.sampled_from(["", "- ", "• ", "【", "[ ", " "]))
def test_label_line_gate_agrees(tail, label, lead):
    for s in (tail, lead + label + tail, lead + " ".join(label) + "：" + tail, label + "】：" + tail):
        assert roles.is_label_line(s) == (roles.LABEL_RE.match(s) is not None), s
        gated = roles.LABEL_RE.match(s, 0, None, False) is not None and roles._may_open_on_label(s)
        assert gated == (roles.LABEL_RE.match(s) is not None), s


def test_label_line_gate_agrees_on_samples():
    for s in _sample_lines():
        assert roles.is_label_line(s) == (roles.LABEL_RE.match(s) is not None), s[:40]
        assert roles.label_pairs(s) == _label_pairs_without_gate(s), s[:40]


def _label_pairs_without_gate(s: str) -> list[tuple[str, str]]:
    original = roles._may_open_on_label
    roles._may_open_on_label = lambda _s: True
    try:
        return roles.label_pairs(s)
    finally:
        roles._may_open_on_label = original


@settings(max_examples=3000, deadline=None)
@given(_LINES, st.sampled_from(["2022年6月9日", "二〇二二年六月九日", "2023年6月", "2018年10日11日", "2021年", "6月9日"]))
def test_date_line_gate_agrees(noise, date):
    for s in (noise, date, date + noise, noise + date, " " + date + " |"):
        ungated = bool(dates.DATE_LINE.fullmatch(s)) or dates._MISTYPED_MONTH_LINE.fullmatch(s) is not None
        if "年" not in s:
            assert not ungated and not dates.is_date_line(s), s


@settings(max_examples=3000, deadline=None)
@given(_LINES)
def test_field_label_gate_agrees(s):
    assert opens_on_field_label(s) == (FIELD_LABEL_START.match(s) is not None), s


def test_field_label_gate_agrees_on_samples():
    for s in _sample_lines():
        assert opens_on_field_label(s) == (FIELD_LABEL_START.match(s) is not None), s[:40]


@given(st.lists(st.text(alphabet="关于印发《》〈〉（）() —-–～~　２０２１年规划方案Ａ１", max_size=20), max_size=8))
def test_title_keys_are_the_keys_key_gives(titles):
    keys = metadata._TitleKeys()
    for t in titles + titles:
        assert keys[t] == metadata._key(t)
    assert len(keys) == len(set(titles))


_ROLE_PIECES = ["导读：", "核心提示:", "内容提要 ：", "导语：", "资源预览", "自动调取", "下载后查看", "根据", "依据", "规定", "决定",
                "通知》", "，", "继续有效", "已失效", "宣布失效", "予以废止", "废止", "整理", "编辑", "来源：", "文章来源:", "联系电话：",
                "联系人:", "联系方式：", "联系电话010", "此件公开发布", "主动公开", "（", "）", "(", ")", "。", "\n", " ", "某市", "2023"]
_ROLE_LINES = st.lists(st.sampled_from(_ROLE_PIECES), max_size=8).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_ROLE_LINES)
def test_role_gates_agree(s):
    assert roles.is_page_summary(s) == bool(roles._PAGE_SUMMARY.match(s) or roles._PREVIEW_NOTE.match(s)), s
    assert roles.is_cleanup_note(s) == bool(roles._CLEANUP_NOTE.match(s)), s
    assert roles.is_source_credit(s) == bool(roles._SOURCE_CREDIT.match(s)), s
    ungated = len(s) <= 120 and (bool(roles.DISCLOSURE.search(s) and len(s) <= 20) or bool(roles.CONTACT.match(s)))
    assert roles.is_meta_line(s) == ungated, s


def test_role_gates_agree_on_samples():
    for s in _sample_lines():
        assert roles.is_page_summary(s) == bool(roles._PAGE_SUMMARY.match(s) or roles._PREVIEW_NOTE.match(s)), s[:40]
        assert roles.is_cleanup_note(s) == bool(roles._CLEANUP_NOTE.match(s)), s[:40]
        assert roles.is_source_credit(s) == bool(roles._SOURCE_CREDIT.match(s)), s[:40]


@given(st.text(alphabet="专栏1２一十 ：:　\t数字化工程任务重点", max_size=12))
def test_box_heading_opens_on_its_literal(s):
    from policyparse.grammar import BOX_HEADING, opens_box_heading

    assert BOX_HEADING.match(s) is None or s.startswith("专栏") or s[2:4] == "专栏", s
    assert opens_box_heading(s) == (BOX_HEADING.match(s) is not None), s


def _first_sentence_end_walk(s: str, start: int, terminators: str) -> int:
    """first_sentence_end as it was before speed20: the depth walk over every bracket and terminator from `start`."""
    depth = 0
    for i in range(start, len(s)):
        ch = s[i]
        if ch in headings._OPEN:
            depth += 1
        elif ch in headings._CLOSE:
            if depth:
                depth -= 1
        elif depth == 0 and ch in terminators:
            return i
    return -1


_SENTENCE_CHARS = headings._OPEN + headings._CLOSE + headings._TERMINATORS + "，、 加强领导8"


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet=_SENTENCE_CHARS, max_size=30), st.integers(0, 32),
       st.sampled_from([headings._TERMINATORS, headings._HEADING_END]))
def test_first_sentence_end_search_agrees_with_walk(s, start, terminators):
    # speed20: one search for an opening bracket or a terminator, the depth walk only from the first opening bracket
    assert headings.first_sentence_end(s, start, terminators) == _first_sentence_end_walk(s, start, terminators), s


def test_first_sentence_end_agrees_on_samples():
    for s in _sample_lines():
        for terminators in (headings._TERMINATORS, headings._HEADING_END):
            assert headings.first_sentence_end(s, 0, terminators) == _first_sentence_end_walk(s, 0, terminators), s[:40]


def test_unit_name_last_holds_every_character_a_unit_name_ending_ends_on():
    # segment/tree asks UNIT_LIST_LINE of a line only when the line above ends on one of UNIT_NAME_LAST
    from policyparse.grammar import UNIT_NAME_END, UNIT_NAME_LAST
    ends = {m.group()[-1] for ch in map(chr, range(0x4E00, 0xA000)) if (m := UNIT_NAME_END.search("某某" + ch))}
    for word in ("中心", "街道", "镇街", "公司", "集团", "指挥部", "单位", "部门", "专班", "开发区", "港区", "示范区", "保税区", "功能区", "园区"):
        ends.add(UNIT_NAME_END.search("某某" + word).group()[-1])
    assert ends == UNIT_NAME_LAST  # and no character more, or the gate spares nothing it could


# speed21: match_marker tries the decimal pattern only where a digit 1-9, at most one digit more, a stop and 1-9 open
# the line (1.1 考核, 12.3): most digit-led lines (1. / 1、 / 10、) are spared its call before the num pattern's
_DIGIT_LINES = st.text(alphabet="0123456789１２٣².．、 \u3000年月日岁周万元考核加强一（）", min_size=1, max_size=12)


@settings(max_examples=3000, deadline=None)
@given(_DIGIT_LINES)
def test_decimal_gate_agrees(s):
    from policyparse import grammar

    gated = grammar.match_marker(s)
    original = grammar._styles_starting_with
    grammar._styles_starting_with = lambda first, line: grammar._STYLES
    try:
        assert gated == grammar.match_marker(s), s
    finally:
        grammar._styles_starting_with = original


def test_decimal_gate_agrees_on_samples():
    from policyparse import grammar

    lines = [s for s in _sample_lines() if s] + ["1.1 考核", "12.3.1 总则", "1．2．3 x", "1.2025年底前", "1.80周岁", "10.1日前",
                                                  "1.2万元", "1. 1 x", "9.9", "1.", "1"]
    gated = [grammar.match_marker(s) for s in lines]
    original = grammar._styles_starting_with
    grammar._styles_starting_with = lambda first, line: grammar._STYLES
    try:
        assert gated == [grammar.match_marker(s) for s in lines]
    finally:
        grammar._styles_starting_with = original


def test_download_list_read_once_per_layout():
    """speed21: a page's download list (附件下载： and the file names under it) is found once per layout and given to
    metadata and the tree alike: the same answer as the search itself."""
    text = ("关于印发某办法的通知\n各单位：\n现将《某办法》印发给你们，请认真贯彻执行。\n某市人民政府\n2024年3月1日\n"
            "附件下载：\n附件1 某办法.docx\n附件2 某标准.pdf\n")
    found = layout.analyse(text)
    first = layout.download_list(found)
    assert first == layout._find_download_list(found) and first is not None
    assert layout.download_list(found) is first and found.downloads is first


def _text_below_by_split(text: str, start: int, end: int) -> bool:
    """speed24's reference: every line of the span split off, then asked."""
    return any(s and not (s.isdigit() and len(s) <= 4) for s in (x.strip(" \t\u3000") for x in text[start:end].split("\n")))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="\n \t\u30001234５一、。（）x", max_size=40), st.integers(-2, 45), st.integers(-2, 45))
def test_text_below_walk_agrees_with_split(text, start, end):
    # speed24: _text_below walks the span line by line and stops at the first line of text (a heading's span runs to
    # its part's end); the answer is the split's for every span, page numbers (3 / 16) alone on their lines too
    from policyparse.segment import tree

    start, end = max(start, 0), max(end, 0)
    assert tree._text_below(text, start, end) == _text_below_by_split(text, start, end), (text, start, end)


def _balanced_titles_by_line_breaks(text: str):
    """speed24's reference: balanced_titles as it was, every line break of the text found and walked."""
    if "《" not in text:
        return
    depth, start, inner = 0, -1, False
    for pos in sorted(i for i, ch in enumerate(text) if ch in "《》\n"):
        ch = text[pos]
        if ch == "\n" or (depth and pos - start > 300):
            depth = 0
            if ch == "\n":
                continue
        if ch == "《":
            if depth == 1 and not inner and pos - start > 2 and text[pos - 1] in "、，,":
                yield text[start + 1:pos - 1], start, pos - 1
                start = pos
                continue
            if depth == 0:
                start, inner = pos, False
            else:
                inner = True
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                yield text[start + 1:pos], start, pos + 1


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(["《", "》", "\n", "、", "，", "关于", "a", "x" * 40, "y" * 130, "、《" + "z" * 150]), max_size=40))
@example(["《", "y" * 200, "、《", "z" * 150, "\n", "x" * 40, "》"])  # the line break past the first 《's reach
def test_balanced_titles_agree_with_line_break_walk(pieces):
    # speed24: the line break that drops an open title is looked for once per outermost 《 (bounded by its 300
    # characters), not every line break of the text walked; the same titles for every text, long unclosed ones too
    text = "".join(pieces)
    assert list(metadata.balanced_titles(text)) == list(_balanced_titles_by_line_breaks(text)), text


def _doc_type_by_walk(t: str):
    """speed24's reference: the first of doc_types (longest first) that t ends with, by a walk."""
    return next(((word, doc_type) for word, doc_type in layout.doc_types() if t.endswith(word)), None)


_TYPE_WORDS = sorted({w for w, _t in layout.doc_types()})


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet="关于印发的实施方案意见通知办法规定细则计划要点决定函复报告》」”\" ", max_size=12),
       st.sampled_from(_TYPE_WORDS), st.sampled_from(["", "的", "》", "（试行）"]))
def test_doc_type_ending_agrees_with_walk(head, word, tail):
    # speed24: a title's 文种 read by one look-up per word length, not an endswith per word of the lexicon
    for t in (head, head + word, head + word + tail, word, word[1:], tail + word):
        assert layout.doc_type_ending(t) == _doc_type_by_walk(t), t
        assert metadata._bare_doc_type(t) == (len(t) <= 6 and any(t == w for w, _ in layout.doc_types())), t


def test_doc_type_ending_agrees_on_sample_lines():
    for s in _sample_lines():
        assert layout.doc_type_ending(s) == _doc_type_by_walk(s), s[:40]


# speed25: the patterns cited_documents asks of the words around each 《title》 are asked only where the character
# they close on (before the title) or open on (after it) stands there; the words they look for, and blanks and line
# breaks in every place (a $ holds before a final line break), in random texts around a title
_AROUND = ["以下简称", "简称：", "下称", "出具", "提交", "填写", "填报", "签订", "签署", "显示", "制定", "出台", "编写", "编制了", "修订", "起草",
           "制订并实施", "杂志", "期刊", "刊物", "报纸", "报刊", "【", "】", "已废止", "已失效，", "（", "(", "）", "GB/T 1",
           "DB", "学习平台", "客户端", "APP", "app", "小程序", "微信公众号", "栏目", "专栏", "节目", "网站", "等", "国家标准",
           "行业", "地方", "团体", "企业", "随文", "一并", "印发", "转发", "下发", "发布实施", "的制定", "的修订", "的起草",
           "科目", "科学", "3门课程", "两个科", "教材", "课程", "现将", "和", "及", "与", "以及", "、", "，", ",", "《", "》",
           "附件", "附 件", "关于", "的通知", " ", "\t", "\u3000", "\n", "x", "一"]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(_AROUND), max_size=14), st.lists(st.sampled_from(_AROUND), max_size=14),
       st.sampled_from(["某办法", "某表", "某通知书", "某杂志", "某文件", "某政府公报", "x国家标准", "关于x国家标准的意见", "某&lt；x&gt；",
                        "某频道", "某年鉴\n"]))
@example(["出具", " ", "\n"], ["\u3000", "显示"], "某办法")
def test_cited_title_gates_agree(before, after, name):
    text_before, text_after = "".join(before), "".join(after)
    text = text_before + "《" + name + "》" + text_after
    start, end = len(text_before), len(text_before) + len(name) + 2
    mark, next_mark = metadata._mark_before(text, start), metadata._mark_after(text, end)
    window = text[max(0, start - 30):start]
    checks = [
        (metadata.ALIAS_LEAD.search(text[max(0, start - 8):start]), mark in metadata._ALIAS_LEAD_LAST),
        (metadata._CASE_PAPER_BEFORE.search(text, max(0, start - 8), start), mark in metadata._CASE_PAPER_BEFORE_LAST),
        (metadata._SIGNED_BEFORE.search(text, max(0, start - 6), start), mark in metadata._SIGNED_BEFORE_LAST),
        (metadata.DRAFTS.search(window), mark in metadata._DRAFTS_LAST),
        (metadata._MEDIA_BEFORE.search(window), mark in metadata._MEDIA_BEFORE_LAST),
        (metadata._EDITOR_NOTE_BEFORE.search(window), "【" in window),
        (metadata._PREVIOUS_IN_RUN.search(text, max(0, start - 6), start), mark in metadata._PREVIOUS_IN_RUN_LAST),
        (metadata._OWN_ATTACHMENT_AFTER.match(text[end:end + 8]), text[end:end + 1] in metadata._ROUND_OPENS),
        (metadata._STANDARD_NUMBER.match(text[end:end + 40]), next_mark in metadata._ROUND_OPENS),
        (metadata._CASE_PAPER_AFTER.match(text[end:end + 8]), next_mark == "显"),
        (metadata._MEDIA_AFTER.match(text[end:end + 40]), next_mark in metadata._MEDIA_AFTER_FIRST),
        (metadata._STANDARDS_AFTER.match(text[end:end + 12]), next_mark in metadata._STANDARDS_AFTER_FIRST),
        (metadata._ISSUED_AFTER.match(text[end:end + 12]), next_mark in metadata._ISSUED_AFTER_FIRST),
        (metadata.DRAFTS_AFTER.search(text[end:end + 40]), metadata._may_draft_after(text[end:end + 40])),
        (metadata.SUBJECTS_AFTER.match(text[end:end + 12]), metadata._may_name_subjects(text[end:end + 12])),
        (metadata._NEXT_IN_RUN.match(text, end, end + 8), text.find("《", end, end + 8) >= 0),
    ]
    for i, (found, gate) in enumerate(checks):
        assert gate or found is None, (i, text)
    assert metadata._not_a_document(name) == (metadata._NOT_A_DOCUMENT.search(name) is not None), name
    assert metadata._names_standard(name) == (re.search(r"国家标准|行业标准", name) is not None
                                              and not metadata._DOCUMENT_ABOUT.search(name)), name
    assert metadata._unescape_brackets(name) == metadata._ESCAPED_BRACKETS.sub(
        lambda m: "《" if m.group(1) == "lt" else "》", name), name
    for a in range(len(text) + 1):
        assert metadata._joined(text, a, start) == (metadata._JOINED_TITLES.fullmatch(text, a, start) is not None), (a, text)


def _closing_label_by_walk(found, *wanted):
    """speed25's reference: _closing_label as it was, every line from the signature on tested."""
    start = found.signatures[0][1] + 1 if found.signatures else found.front_end
    for i in range(start, len(found.lines)):
        s = found.lines[i].s
        if not any(w[0] in s and w[-1] in s for w in wanted):
            continue
        for label, value in found.roles.fields(i):
            if label in wanted and value:
                return value
    return None


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["公开方式：主动公开", "公 开 方 式：依申请公开", "公开形式：不予公开", "公开属性：主动公开",
                                 "公司开展方式", "某市人民政府", "2024年3月1日", "公开", "方式", "关于印发某办法的通知",
                                 "各单位：", "现将《某办法》印发给你们。", "索引号 | 123 | 公开方式 | 主动公开 |", ""]),
                max_size=14))
def test_closing_label_agrees_with_walk(lines):
    # speed25: each line tested for a label's first and last character by a plain loop, not a generator per line
    found = layout.analyse("\n".join(lines) + "\n")
    wanted = metadata.field_labels("disclosure")
    assert metadata._closing_label(found, *wanted) == _closing_label_by_walk(layout.analyse("\n".join(lines) + "\n"), *wanted)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="1920２０0123456789 \t\u3000\n{年月日附件x", max_size=24))
@example("{ 2017 6 23\n")
def test_signature_date_line_gates_agree(s):
    # speed25: a spaced date (2017 6 23) holds its year's 19 / 20 and ends on a digit; a date over 附件 opens on 19 / 20
    spaced = "20" in s or "19" in s
    if grammar._SPACED_DATE.match(s):
        assert spaced and grammar._ends_on_digit(s), s
        assert grammar.spaced_date(s), s
    if metadata._DATE_THEN_ANNEX.match(s):
        assert s.startswith(("19", "20")), s


def _title_line_ungated(s: str) -> str:
    """speed25's reference: _title_line with every pattern asked."""
    m = metadata
    s = m._BULLET.sub("", s, 1) if s[:1] in m._BULLET_FIRST else s
    s = m.ATTACHMENT_LABEL.sub("", s) if m.ATTACHMENT_LABEL.match(s) and not m.attachment_match(s) else s
    s = m._TRAILING_FIELDS.sub("", s)
    found = m._TRAILING_BRACKETED.search(s)
    if found and m.find_doc_number(found.group(1)):
        s = s[:found.start()].rstrip()
    s = m._TITLE_TAG.sub("", m._DATE_AFTER_TITLE.sub("", s))
    for note in (m._VERSION_NOTE, m._ISSUE_NOTE, m._YEAR_NOTE):
        found = note.search(s)
        if found and m.doc_type_of(s[: found.start()]) in m._NOTICE_TYPES:
            s = s[: found.start()]
            break
    glued = m._title_then_number(s)
    return glued[0] if glued else m._unwrapped_title(s)


_TITLE_PIECES = ["关于印发某办法的通知", "某市人民政府", "的通知", "意见", "（2024年9月21日）", "（2019修订）", "(2002年1号)",
                 "（2000年）", "（鲁政发〔2021〕5号）", " 发布时间：2021-06-02", " 来源：某网", "（来源：某网）", " 2021-06-02",
                 " 2021-06-02 10:30", "2021.04.27798", " | |", "|", "【通知】", "[公告]", "【某某某某某某某】", "要闻丨", "新闻｜",
                 "（某市）", "某市", "附件1：", "附 件", "• ", "- ", "某政发〔2021〕3号", "《", "》", " ", "\u3000", "\n", "：", ")", "7"]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=8))
def test_title_line_gates_agree(pieces):
    # speed25: a title line's patterns asked only where the character they close or open on stands
    s = "".join(pieces)
    assert metadata._title_line(s) == _title_line_ungated(s), s


def test_title_line_gates_agree_on_samples():
    for s in _sample_lines():
        assert metadata._title_line(s) == _title_line_ungated(s), s[:40]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="—–－―~～‐-关于（）　 \t\n\x1c\x1fAＡ１", max_size=16))
def test_key_shortcuts_agree(s):
    # speed25: the dash test written out, and the blanks' sub skipped where str.split finds no blank
    assert set(metadata._DASH_CHARS) == set("—–－―~～‐")
    assert metadata._has_dash(s) == any(d in s for d in metadata._DASH_CHARS), s
    folded = metadata._nfkc(s)
    folded = folded.translate(metadata._DASHES)
    assert metadata._key(s) == metadata._SPACES.sub("", folded), s


def test_field_label_patterns_built_from_one_sorted_list():
    # speed25: the record fields, the plain labels and the label lines take the labels, the longest first, from one
    # cached helper; the patterns are the ones each built by sorting the labels itself
    from policyparse import grammar

    labels = "|".join(sorted(field_labels(), key=len, reverse=True))
    assert grammar.record_field().pattern == rf"[•·]?【(?:{labels})】"
    assert grammar.plain_field_label().pattern == rf"(?:{labels})[：:]"
    alts = "|".join(r"[ \t\u3000]*".join(re.escape(ch) for ch in label) for label in sorted(field_labels(), key=len, reverse=True))
    assert alts in roles.LABEL_RE.pattern
    assert grammar.field_labels_longest_first() is grammar.field_labels_longest_first()


def _normalise_doc_number_ungated(s: str) -> str:
    m = metadata
    s = m._SPACES.sub("", s).replace("號", "号")
    s = m._YEAR_BRACKETS.sub(r"〔\1〕", s)
    return m._ORDINAL.sub("〕", s)


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet="鞍政发[［（(【〔„]］）)】〕‟2019２0１號号第 \t\u3000\n\x1c", max_size=20))
@example("鞍政发〔2022〕第1號")
def test_doc_number_and_doc_type_gates_agree(s):
    # speed25: the year brackets' sub asked only where a bracket other than 〔〕 stands, the ordinal's where 〕第 does,
    # the blanks' where str.split finds one; a title's trailing brackets taken off only where it closes on one
    assert metadata.normalise_doc_number(s) == _normalise_doc_number_ungated(s), s
    for t in (s, "关于印发某办法的通知" + s, "某实施方案" + s, "某意见（试行）" + s):
        found = layout.doc_type_ending(metadata._TRAILING_BRACKETS.sub("", t.strip()).rstrip("》」”\""))
        assert metadata.doc_type_of(t) == (found[1] if found else None), t


def test_adopting_body_needs_the_term():
    # speed25: both patterns name the congress's term (第十四届): a text without 届 is not searched
    from policyparse import grammar

    s = "（2004年5月28日某省第十届人民代表大会常务委员会第九次会议通过）"
    assert grammar.adopting_body(s) == "某省人民代表大会常务委员会"
    assert "届" in grammar.ADOPTED_BY.pattern and "届" in grammar._NATIONAL_ADOPTED_BY.pattern
    assert grammar.adopting_body(s.replace("届", "")) is None


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="某规划（）()2021—2035年 \n", max_size=20))
def test_period_suffix_gate_agrees(t):
    # speed25: a plan's period suffix is taken off only a title closing on a round bracket; the inline contact is
    # searched only in a text holding 联系, which its label opens on
    gated = metadata._PERIOD_SUFFIX.sub("", t) if metadata._last_char(t) in metadata._ROUND_CLOSES else t
    assert gated == metadata._PERIOD_SUFFIX.sub("", t), t
    assert roles.CONTACT_INLINE.pattern.startswith(r"[（(]\s*(联系")


def test_glued_bodies_and_imprint_gates_hold_their_literals():
    # speed25: _glued_bodies tries _PROVINCE at each character only in a name holding 省 / 自治区, which it closes on;
    # _printed_by reads the 版记 only where 印发, which PRINTED_BY closes on, stands in the text's tail
    from policyparse import grammar

    assert metadata._PROVINCE.pattern.endswith("(?:省|自治区)")
    assert grammar.PRINTED_BY.pattern.rstrip("$").endswith("日印发")
    assert metadata._glued_bodies("酒泉市人民政府甘肃省酒泉市人民检察院") == ["酒泉市人民政府", "甘肃省酒泉市人民检察院"]
    assert metadata._glued_bodies("某某市财政局某某市教育局") == ["某某市财政局", "某某市教育局"]
    assert metadata._printed_by("正文。\n山东省人民政府办公厅2020年12月10日印发") == "山东省人民政府办公厅"


# ---- speed28: task-table and marker gates against their ungated forms


def _blank_parted_cells_ungated(lines, texts):
    """tasktables._blank_parted_cells as it was before speed28 (every cell through the run test and the join)."""
    from policyparse.segment import tasktables as tt

    parted = [k == 0 or ln.after_blank for k, ln in enumerate(lines)]
    if len(lines) < 2 * tt._CELL_RUN or sum(parted) < tt._BLANK_PARTED * len(lines) or all(parted):
        return None
    cells = tt._LineCells()
    k = 0
    while k < len(texts):
        end = k + 1
        while end < len(texts) and not parted[end] and not tt._opens_own_line(texts[end]):
            end += 1
        run = end - k if end - k <= tt._CELL_RUN and all("\t" not in texts[x] for x in range(k, end)) else 1
        cells.add(k, k + run - 1, "".join(texts[x].strip() for x in range(k, k + run)))
        k += run
    return cells.read()


_CELL_LINES = st.lists(
    st.tuples(st.sampled_from(["序号", "牵头", "责任单位", "1.加强领导", "2", "完成时限", " 各乡镇 ", "a\tb", "办公时间：9时", "推进工作。"]),
              st.booleans()),
    min_size=0, max_size=14,
)


@settings(max_examples=1500, deadline=None)
@given(_CELL_LINES)
def test_blank_parted_cells_one_line_path_agrees(rows):
    # tc_09-shaped pages: every cell parted by a blank line, a header name or a cell of items over two or three lines
    from policyparse.segment import tasktables as tt

    lines = [layout.Line(0, len(s), s, None, blank) for s, blank in rows]
    texts = [ln.s for ln in lines]
    assert tt._blank_parted_cells(lines, texts) == _blank_parted_cells_ungated(lines, texts)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="任务项序号重点工作内容 \t\u3000\u2002ab1", max_size=8))
def test_unnamed_number_column_length_gate_agrees(s):
    from policyparse.segment import tasktables as tt

    texts = [s, "牵头责任单位"]
    t = s.strip()
    ungated = tt._NUMBER_COLUMN_NAME.match(t) is not None and tt.column_role(t) is None and tt._whole_name(texts[1])
    assert tt._unnamed_number_column(texts, 0) == ungated


def test_task_tables_skip_agrees_on_samples():
    # _tables_in skips a line _table_at would answer None for at once (no tab, no header can open on it)
    from policyparse.segment import tasktables as tt

    for f in _SAMPLES:
        texts = [ln.s for ln in layout.split_lines(f.read_text(encoding="utf-8", errors="replace"))]
        for i, s in enumerate(texts):
            if "\t" not in s and not tt._may_open_header(texts, i):
                assert tt._table_at(texts, i, [False] * len(texts)) is None, s[:40]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="一二（）(1.、第章\t 　|序号工作", max_size=12))
def test_marker_reader_tab_gate_agrees(s):
    # split_lines' marker_of asks is_table_row only of a line holding a tab (its own first test)
    text = s.replace("\n", " ")
    raw = [(0, len(text), False)]
    ungated = None if roles.is_table_row(text) else layout.match_marker(text)
    assert layout._marker_reader(text, raw)(0) == ungated


def _unit_duty_head_ungated(st):
    """tree._unit_duty_head as it was before speed28 (the run walked for every line not opened by units and 负责)."""
    from policyparse.segment import tree

    i = st.i
    m = tree._unit_duty_line(st, i) or (tree._loose_duty_line(st, i) if tree._run_has_strict_line(st, i) else None)
    if m is None or not tree._duty_run_announced(st, i):
        return None
    if tree._run_line(st, i - 1) or tree._run_line(st, i + 1) or tree._names_more_units(st.lines[i].s, m.end()):
        return m.group("units")
    return None


# ua_03 / tn_07-shaped duty lists: units and 负责, units and 要, a body with no level word, and plain prose around them
_DUTY_TEXTS = [
    "关于做好某项工作的通知\n\n为做好某项工作，现将任务分工明确如下：\n区住建局负责做好房屋安全排查工作。\n区委农办要结合实际，负责农村工作。\n"
    "规划分局负责规划审批工作。\n区环保局要加强环境监管。\n\n某某区人民政府\n2021年3月1日\n",
    "某某通知\n\n各有关单位：\n省统计局负责统计工作。\n省公安厅负责治安工作。\n请认真贯彻执行。\n",
    "某某通知\n\n具体分工如下：\n市政府要加强领导。\n市卫生局负责医疗救治。市药监局负责药品监管。\n",
]


def test_unit_duty_head_gate_agrees():
    from policyparse.segment import segment, tree

    texts = _DUTY_TEXTS + [f.read_text(encoding="utf-8", errors="replace") for f in _SAMPLES]
    gated = [segment(t).sections for t in texts]
    original = tree._unit_duty_head
    tree._unit_duty_head = _unit_duty_head_ungated
    try:
        ungated = [segment(t).sections for t in texts]
    finally:
        tree._unit_duty_head = original
    assert gated == ungated
    assert any(s.title == "区住建局" for s in gated[0]), [s.title for s in gated[0]]


def _open_to_line_below(text, below, line, blank_parted):
    """layout's test before _finished_below as it was before speed24 (which asks _broken once for both)."""
    c, d, blank = below
    if blank and not (blank_parted and layout._cut_mid_paragraph(line)) and not layout._title_cut_by_page(line, text[c:d]):
        return False
    return d - c <= 4 or layout._broken(line) or layout._particle_below(line, text[c:d])


def _sentence_end_ungated(text, raw, k, blank_parted, marker_of):
    """layout._sentence_end as it was before speed29 (no 。！？ or colon test before the field list and the loop) and
    speed24 (_broken asked by both tests of the loop)."""
    a, b, _ = raw[k]
    k += 1
    if layout._in_field_list(text, raw, k - 1):
        return k
    while (k < len(raw) and _open_to_line_below(text, raw[k], text[a:b], blank_parted)
           and layout._finished_below(text, raw, k, a, b, blank_parted) and marker_of(k) is None):
        b = raw[k][1]
        k += 1
    return k


def _sentence_ends_agree(text: str) -> None:
    raw = layout._raw_lines(text)
    marker_of = layout._marker_reader(text, raw)
    for blank_parted in (False, True, layout._blank_parted(raw)):
        for k in range(len(raw)):
            assert layout._sentence_end(text, raw, k, blank_parted, marker_of) == \
                _sentence_end_ungated(text, raw, k, blank_parted, marker_of), (text[raw[k][0]:raw[k][1]][:40], blank_parted)


# the ends a line may stop on (closed, broken, a joiner, a colon, a field label), short lines, 的 and blank lines
_WRAP_PIECES = st.lists(st.sampled_from([
    "为做好工作，", "现将有关事项通知如下：", "各单位要认真组", "织实施。", "平。", "的现金缴存", "发布部门：某局", "联系人：张三，", "《某某",
    "办法》第三条", "（一）加强领导。", "1.某某", "附件：清单", "某某市人民政府", "2021年3月1日", "！", "？", "？）", "。”", "——",
    "\n", "\n\n", " ", "\t", "来源：某网", "整理，",
]), max_size=14)


@settings(max_examples=3000, deadline=None)
@given(_WRAP_PIECES)
def test_sentence_end_gate_agrees(pieces):
    _sentence_ends_agree("".join(pieces))


def test_sentence_end_gate_agrees_on_samples():
    for f in _SAMPLES:
        _sentence_ends_agree(f.read_text(encoding="utf-8", errors="replace"))


def test_walk_keeps_the_heading_titles_it_read():
    # _titles_keep_to_one_paragraph keeps each title line's heading_title; _item_node takes it from there (speed29)
    from policyparse.segment import tree

    kept = 0
    for text in [f.read_text(encoding="utf-8", errors="replace") for f in _SAMPLES] + _DUTY_TEXTS:
        lines = layout.analyse(text).lines
        walk = tree._start_walk(layout.analyse(text))
        for k, found in walk.headings.items():
            assert found == headings.heading_title(lines[k].s[lines[k].marker.end:]), lines[k].s[:40]
            kept += 1
    assert kept


def test_cited_lines_marker_gate_agrees_on_samples():
    # _cited_lines asks _cites_article and _titles_record of numbered lines only: both say no to any other (speed29)
    from policyparse.segment import tree

    for f in _SAMPLES:
        lay = layout.analyse(f.read_text(encoding="utf-8", errors="replace"))
        ungated = {i for i in range(lay.front_end, len(lay.lines))
                   if tree._cites_article(lay.lines[i]) or tree._titles_record(lay.roles, lay.lines, i)}
        assert tree._cited_lines(lay) == ungated
        assert all(lay.lines[i].marker is not None for i in ungated)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="附件（）()点击请下载：: \t\u3000表1", max_size=16))
@example("附件（点击下载）：")
@example(" 附件（下载）")
def test_link_label_opens_on_its_literal(s):
    # tree._absorbed asks _LINK_LABEL only of a line opening on 附 (speed29)
    from policyparse.segment import tree

    if tree._LINK_LABEL.fullmatch(s) is not None:
        assert s[:1] == "附", s


# ---- review4: this session's blank-led patterns read without re-entering a run of blanks, and their gates

# the leading-blank forms the rules were first written in (searched, each re-read a run of blanks from every blank)
_ROSTER_AS_WRITTEN = re.compile(rf"[ \t\u3000]*+(?:组[ \t\u3000]*+长|主[ \t\u3000]*+任)(?:[ \t\u3000]*+{headings._ROSTER_COLUMN}){{2}}")
_VERSION_AS_WRITTEN = re.compile(r"[ \t\u3000]*+[（(](?:19|20)\d{2}年?[）)]$")
_ROSTER_TEXT = st.text(alphabet="组长主任副成员职责要 \t\u3000甲乙（）()2005年19\n", max_size=24)


@settings(max_examples=3000, deadline=None)
@given(_ROSTER_TEXT)
@example("一、领导小组人员及职责 组 长 副组长 成 员 主要职责贯彻落实")  # ua_07
@example("领导小组 主 任 副主任 成 员")
def test_roster_head_as_written(title):
    m = _ROSTER_AS_WRITTEN.search(title, 2)
    expected = m.start() if m and headings._ROSTER_TITLE.fullmatch(title, 0, m.start()) else None
    assert headings._glued_roster_at(title) == expected
    if expected is not None:  # _glued_title's gate lets the title through
        assert ("组" in title and "长" in title) or ("主" in title and "任" in title)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="各近年来一要自本通知随着党中央为指导地", max_size=12))
def test_glued_opening_cue_is_the_words_asked_one_by_one(title):
    """speed38: _glued_title's sentence step asks _GLUED_OPENING's cue words by one search, not seven `in` tests."""
    one_by_one = any(w in title for w in ("各", "近年来", "一要", "自本通知", "随着", "党中央", "为指导"))
    assert (headings._GLUED_OPENING_CUE.search(title) is not None) == one_by_one


@settings(max_examples=3000, deadline=None)
@given(_ROSTER_TEXT)
@example("…管理规定 \u3000(2005年)")  # us_02
def test_version_year_as_written(heading):
    assert metadata._without_version_year(heading) == _VERSION_AS_WRITTEN.sub("", heading)


def test_blank_runs_read_once():
    blanks = " " * 100_000  # 100 s for the roster and 48 s for the version year as first written
    assert headings._glued_roster_at(blanks + "组长") is None
    assert metadata._without_version_year(blanks + "x") == blanks + "x"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="何海平教育局经开区高新园邹镇各街道市国有公司推进民政住建（）(。1", max_size=30), st.integers(0, 30))
@example("何海平教育局经开区高新园（邹区镇）各街道市国有公司推进", 0)  # tt_102
def test_glued_leader_and_units_read_in_place(s, at):
    from policyparse.grammar import glued_leader_and_units
    at = min(at, len(s))
    assert glued_leader_and_units(s, at) == glued_leader_and_units(s[at:])


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="令政府第号 \t\u3000\nab.:/12", max_size=40))
@example("潍坊市人民政府令 \nOriginal URL: http://x\n第77号")  # us_03, blanks after 令
def test_decree_head_gate_agrees(head):
    from policyparse.grammar import DECREE_HEAD_PARTED
    if DECREE_HEAD_PARTED.search(head):
        assert "令" in head and "\n" in head


# cx_03-shaped bodies: （一）指导思想。 / 1.典型场景：研发设计 / a heading sentence with text after it
_TITLE_BODIES = st.text(alphabet="指导思想加强组织领导“”\"、，。：:；（）ab 1", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_TITLE_BODIES)
@example("指导思想。")
@example("典型场景：研发设计")
@example("加强组织领导。各地要切实加强组织领导")
@example("一二三四五六七八九十一二三四五六七八九十一二三四。")
@example("一二三四五六七八九十一二三四五六七八九十一二三四五。")
def test_title_sentence_gate_agrees(body):
    """_may_be_title_sentence's literal pre-check says no only where _TITLE_PREFIX finds no match (speed30)."""
    if headings._TITLE_PREFIX.match(body) is not None:
        assert headings._closes_in_reach(body), body


def test_title_sentence_gate_agrees_on_samples():
    for s in _sample_lines():
        if headings._TITLE_PREFIX.match(s) is not None:
            assert headings._closes_in_reach(s), s


_STYLES = st.sampled_from([None, "cn", "num", "paren_cn", "paren_num", "article", "chapter"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_STYLES, max_size=6))
def test_open_article_is_the_generator_it_replaced(styles):
    """tree._open_article finds what next((a for a in reversed(stack) if … "article"), None) found (speed30)."""
    from policyparse.grammar import Marker
    from policyparse.segment import tree

    stack = [tree.Node("item", i, i + 1, marker=None if s is None else Marker(s, 1, 1, "", 0))
             for i, s in enumerate(styles)]
    old = next((a for a in reversed(stack) if a.marker is not None and a.marker.style == "article"), None)
    assert tree._open_article(stack) is old


def _split_addressees_char_by_char(line: str) -> list[str]:
    """split_addressees as it was written before speed10: a walk over every character of the line."""
    core = metadata.ZHUSONG_LABEL.sub("", metadata.FIELD_LIST_BULLET.sub("", line.strip(), 1)).rstrip("：:").strip()
    out, depth, cur = [], 0, []
    for ch in core:
        if ch in "（(【〔《":
            depth += 1
        elif ch in "）)】〕》" and depth:
            depth -= 1
        if depth == 0 and ch in "，；,;":
            item = "".join(cur).strip()
            if item:
                out.append(item)
            cur = []
            continue
        cur.append(ch)
    item = "".join(cur).strip()
    if item:
        out.append(item)
    return out


_ADDRESSEE_LINES = st.text(alphabet="各县市区人民政府（(【〔《）)】〕》，；,;、：: \t\u3000主送-•", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_ADDRESSEE_LINES)
@example("各县（市）区人民政府，各开发区管委会，市政府各部门，各有关单位：")
@example("主送：省科协机关各部门、各直属单位；各市（州）科协）,，")
@example("）各县，（市，区）；各乡镇（街道")
def test_split_addressees_is_the_walk_it_replaced(line):
    """split_addressees, walking only the brackets and separators, parts every line as the character walk did (speed10)."""
    assert metadata.split_addressees(line) == _split_addressees_char_by_char(line), line


def test_split_addressees_is_the_walk_it_replaced_on_samples():
    for s in _sample_lines():
        assert metadata.split_addressees(s) == _split_addressees_char_by_char(s), s[:40]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="关于印发转发的通知意见方案办法规定实施函》」”\"（）2021年", max_size=30),
       st.sampled_from([word for word, _type in layout.doc_types()]))
def test_own_type_endings_are_the_generator_they_replaced(head, word):
    """_issues_without_own_type's one endswith of a tuple says what the generator over doc_types said (speed10)."""
    for title in (head, head + word, head + "的" + word, "关于印发" + head + "的" + word, "关于印发" + head + word):
        t = metadata._TRAILING_BRACKETS.sub("", title.strip()).rstrip("》」”\"")
        old = metadata.ISSUING_TITLE.search(t) is not None and not any(t.endswith("的" + w) for w, _ in layout.doc_types())
        assert metadata._issues_without_own_type(title) == old, title


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="某市人民政府工作规则（()）2011年5月10日常务会议通过修订发布 \t\u3000\n", max_size=60))
@example("某市人民政府工作规则（2011年5月10日市政府第1次常务会议通过）")
@example("某市人民政府工作规则 (2011年5月10日通过)\n")
def test_adoption_note_gate_agrees(line):
    """_may_hold_adoption_note says no only where _ADOPTION_NOTE_AFTER finds no note (speed10)."""
    if metadata._ADOPTION_NOTE_AFTER.search(line) is not None:
        assert metadata._may_hold_adoption_note(line), line


def _parenthetical_close_by_walk(text: str, pos: int) -> int:
    """_doc_number_after's close as it was found before speed10: a walk over every character."""
    for k in range(pos + 1, min(len(text), pos + 80)):
        if text[k] in "）)" and not metadata._YEAR_IN_PARENS.search(text, pos + 1, k + 1):
            return k
    return -1


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="国发（()）〔〕2021号以下简称年 ab", max_size=100), st.integers(0, 5))
@example("（国发(2020)12号，以下简称《纲要》）", 0)
@example("（(2020)(2021）", 0)
def test_parenthetical_close_is_the_walk_it_replaced(text, pos):
    """_parenthetical_close finds what the character walk found (speed10)."""
    text = "（" + text
    assert metadata._parenthetical_close(text, pos) == _parenthetical_close_by_walk(text, pos), (text, pos)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="规划纲要（）()，：；！？ＡＢａ１２\u3000 \uff01\uff5e\uff5f\uff00—－2021年", max_size=40))
@example("鞍山市全民科学素质行动规划纲要（２０２１—２０３５年）")
def test_narrowed_is_the_translate_it_replaced(title):
    """_narrowed replaces the wide forms as title.translate(_WIDE_FORMS) did, and _nfkc is NFKC (speed10)."""
    import unicodedata

    assert metadata._narrowed(title) == title.translate(metadata._WIDE_FORMS), title
    assert metadata._nfkc(title) == unicodedata.normalize("NFKC", title), title


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="—–－―~～‐-纲要（）2021年 ", max_size=30))
def test_plain_dashes_is_the_translate_it_replaced(s):
    """_plain_dashes rewrites the dashes as s.translate(_DASHES) did (speed10)."""
    assert metadata._plain_dashes(s) == s.translate(metadata._DASHES), s


_CITING_TEXTS = st.lists(st.sampled_from(["按照", "根据", "贯彻落实", "某省人民政府", "某局", "关于", "做好", "工作", "的通知",
                                          "的意见", "（", "）", "(", ")", "某政发〔2017〕341号", "号", "要求", "，", "。", "\n",
                                          " ", "《", "》", "、"]), max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_CITING_TEXTS)
@example("按照山西省农业厅办公室关于做好种植工作的通知(晋农办种植发〔2017〕341号)要求，\n根据某局关于做好工作的意见（某发〔2020〕1号）")
def test_unbracketed_cited_lines_are_the_whole_scan(text):
    """_unbracketed_cited, asked of the lines holding 关于 only, finds the matches the scan of the whole text found (speed10)."""
    whole = [(m.group("title"), m.span()) for m in metadata._UNBRACKETED_CITED.finditer(text)]
    assert [(m.group("title"), m.span()) for m in metadata._unbracketed_cited(text)] == whole, text


def _attachment_label_ungated(roles_, i):
    s = roles_.texts[i]
    if "\n" in s:
        s = s.replace("\n", "")
        return metadata._label_on(s, roles.attachment_match(s))
    return metadata._label_on(s, roles_.attachment(i))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(alphabet="附件表图1２：:．.、\n 某某方案清单。，2024年3月1日", max_size=30), min_size=1, max_size=6))
@example(["附件：1.某某方案", "附\n件：某某清单", "现印发给你们。附件：1．某某表", "2024年3月1日附件：某某表"])
def test_attachment_label_gate_agrees(texts):
    """_attachment_label's 附 test says no only where the label readers find none (speed10)."""
    r = roles.Roles([type("L", (), {"s": t})() for t in texts])
    for i in range(len(texts)):
        assert metadata._attachment_label(r, i) == _attachment_label_ungated(r, i), texts[i]


_HEADS = st.lists(st.sampled_from(["中华人民共和国国务院", "令", "公告", "第", "746", "号", "（", "）", "\n", " ", "某市人民政府",
                                   "常务委员会", "三十八", "2018年"]), max_size=20).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_HEADS)
@example("中华人民共和国国务院令\n第746号")
@example("某省人民代表大会常务委员会公告\n（第三十八号）")
def test_promulgation_gate_agrees(head):
    """_promulgation_number's word test says no only where PROMULGATION finds no match (speed10)."""
    if metadata.PROMULGATION.search(head) is not None:
        assert "第" in head and ("令" in head or "公告" in head), head


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="某政发〔2021〕3号关于通知 2021年5月6日发布机关：某局", max_size=50))
def test_record_tail_gate_agrees(s):
    """_RECORD_TAIL follows a 号: a line without one is left as it stands (speed10)."""
    if "号" not in s:
        assert metadata._RECORD_TAIL.sub("", s, 1) == s, s


# the 文种 words' characters, the brackets a title closes with, line breaks (where $ matches before a final one)
_TITLE_TAIL_CHARS = "通知意见方案办法规定条例决通公告批复要点规划纲细则计措施清单指南报请示》）)（\n\r 。的关于"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_TITLE_TAIL_CHARS, max_size=14))
@example("关于印发工作方案的通知\n")
@example("实施方案》\n")
def test_title_word_gate_agrees(s):
    assert grammar.ends_on_title_word(s) == (grammar.TITLE_TAIL.search(s) is not None), s


def test_title_word_gate_agrees_on_samples():
    for s in _sample_lines():
        assert grammar.ends_on_title_word(s) == (grammar.TITLE_TAIL.search(s) is not None), s[:40]


def _styles_by_the_chain(first: str, line: str):
    """speed29's reference: match_marker's first-character gate and _styles_starting_with as they were, a chain of
    tests (None where the gate returned no marker)."""
    from policyparse import grammar

    by_start = grammar._STYLES_BY_START
    if first not in "第（(【①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" and not first.isdigit() and first not in grammar._CN \
            and first not in grammar._NAMED_PART_FIRST:
        if not ("\u3251" <= first <= "\u325f" or "\u32b1" <= first <= "\u32bf"):
            return None
    if first == "【" or first == "第" and "篇" in line[2:5]:
        return by_start["book"]  # batch xh: 【第一篇】 / 第一篇␠ parts
    if first == "第":
        return by_start["第"]
    if first in "（(":
        return by_start["latin"] if "a" <= line[1:2] <= "z" else by_start["bracket"]
    if first in grammar._CN:
        return by_start["cn"]
    if first in grammar._NAMED_PART_FIRST:
        return by_start["named"]
    if "\u2460" <= first <= "\u2473" or "\u3251" <= first <= "\u325f" or "\u32b1" <= first <= "\u32bf":
        return by_start["circled"]
    if first.isdigit() and (line[1:2] in "）)" and line[1:2] or line[2:3] in "）)" and line[2:3] and line[1].isdigit()):
        return by_start["half_num"]  # batch xh: 1） / 12）, a digit closed by a bracket never opened
    return by_start["digit"] if grammar._decimal_may_open(line) else by_start["num"]


def test_styles_by_first_character_agree_with_the_chain_on_every_code_point():
    """speed29: the one dict look-up on a line's first character gives the styles (or None) the chain of tests gave,
    for every code point, each followed by what decides between styles (a letter after a bracket, 1.1 / 1.)."""
    from policyparse import grammar

    for code in range(0x110000):
        first = chr(code)
        for rest in ("", "a", ".1", "、加强", "）加强", "2）", "一篇 "):
            line = first + rest
            assert grammar._styles_starting_with(first, line) is _styles_by_the_chain(first, line), (hex(code), rest)


def test_prose_gate_agrees_with_the_plain_call():
    """speed29: match_marker asks _prose_after_chapter only for a chapter or section marker; for every other style the
    call (the plain form) says no on any line and any end, so the gate changes nothing. A long remainder with stops
    after the marker, the one case the call says yes to, is among the lines."""
    from policyparse import grammar

    prose = "第一节课后，同学们分组讨论了本学期的学习安排，并就下一步工作提出了具体意见和建议，老师逐一作了回答。"
    lines = [s for s in _sample_lines() if s][:400] + [prose, "（一）" + prose[3:], "1." + prose[3:], "一、" + prose[3:]]
    assert grammar._prose_after_chapter("section", prose, 3)  # the yes the gate must keep
    others = {style for style, _, _ in grammar._STYLES} - grammar._PROSE_STYLES
    for line in lines:
        for end in range(min(len(line), 8) + 1):
            assert not any(grammar._prose_after_chapter(style, line, end) for style in others), (line, end)


# ---- speed39: facts read for every line at once, and first tests asked at the call site

_ROLE_LINES = st.text(alphabet=_ALPHABET + "此件公开发布联系电话人（）()总则附表专栏", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ROLE_LINES, max_size=6))
@example(["（此件公开发布）", "联系人：张三，电话：12345678", "2022年6月9日", "发文字号：某政发〔2022〕1号", "摘要："])
def test_eager_role_facts_are_the_tests(texts):
    # Roles reads meta, date and label for all lines at once behind each test's own first gate: the same answers
    lines = [layout.Line(0, len(s), s) for s in texts]
    facts = roles.Roles(lines)
    for i, s in enumerate(texts):
        assert facts.meta(i) == roles.is_meta_line(s), s
        assert facts.date(i) == dates.is_date_line(s), s
        assert facts.label(i) == roles.is_label_line(s), s


def test_eager_role_facts_are_the_tests_on_samples():
    lines = [layout.Line(0, len(s), s) for s in _sample_lines()]
    facts = roles.Roles(lines)
    for i, line in enumerate(lines):
        assert (facts.meta(i), facts.date(i), facts.label(i)) == (
            roles.is_meta_line(line.s), dates.is_date_line(line.s), roles.is_label_line(line.s)), line.s[:40]


_TABLE_LINES = st.text(alphabet="附件表1２0 \t\u3000：:，。序号名称指标单位牵头责任（万元）2025年一、", max_size=24)


@settings(max_examples=3000, deadline=None)
@given(_TABLE_LINES, st.lists(st.text(alphabet="序号名称指标单位牵头责任（万元）2025年 ", max_size=8), max_size=8))
@example("附表1 重点任务分工表", [])
@example("序号", ["工作任务", "牵头单位", "责任单位"])
def test_table_start_gate_holds_for_every_reader(s, below):
    # _table_start passes over a line longer than a header cell that opens on no caption's character: no caption,
    # attached title or header row starts there
    from policyparse.segment import tables

    if len(s) > tables._HEADER_CELL and s[:1] not in tables._CAPTION_FIRST:
        assert not tables.is_caption(s) and not tables._attached_title(s), s
        assert not tables.is_header_row([s, *below]), s


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="总附则 \t\u3000第一章", max_size=8))
@example("总 则")
def test_named_part_opens_on_its_literal(s):
    # tree._named_part asks NAMED_PART (and whether an article follows) only of a line opening on 总 or 附
    if grammar.NAMED_PART.fullmatch(s) is not None:
        assert s[:1] in "总附", s


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="某县人民政府局 \u3000年月日2021一〇（代章）", max_size=30))
@example("开化县住房和城乡建设局 2021年11月16日")
def test_signed_line_gate_agrees(s):
    # _find_signatures asks _signed_line only of a line holding a blank or closing on 日: it says no to any other
    if " " not in s and "\u3000" not in s and s[-1:] != "日":
        assert not layout._signed_line(s), s


def test_attachment_label_needs_its_character_on_samples():
    # _attachments_in_body asks _attachment_label only of a line holding 附: it says None to any other
    for f in _SAMPLES:
        lay = layout.analyse(f.read_text(encoding="utf-8", errors="replace"))
        for i, s in enumerate(lay.roles.texts):
            if "附" not in s:
                assert metadata._attachment_label(lay.roles, i) is None, s[:40]


def test_part_and_led_in_list_readers_read_cn_lines_only():
    # tree._numbered_line asks _part_continued and _led_in_list only of a 一、 line: both say None to any other
    from policyparse.segment import tree

    for f in _SAMPLES:
        lay = layout.analyse(f.read_text(encoding="utf-8", errors="replace"))
        st_ = tree._start_walk(lay)
        for line in lay.lines:
            m = line.marker
            if m is None or m.style == "cn":
                continue
            assert tree._led_in_list(st_, m, 1) is None
            assert tree._part_continued([tree.Node("item", 0, 1, marker=m)], tree.Node("item", 0, 1, marker=m), m) is None
