"""segment.roles: each line's role facts, asked once and kept, answer as the line tests do."""

from __future__ import annotations

from pathlib import Path

from policyparse.segment import roles as R
from policyparse.segment import segment
from policyparse.segment.layout import analyse

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))

FACTS = {
    "prose": R.is_prose, "date": R.is_date_line, "iso_date": R.is_iso_date_line, "label": R.is_label_line,
    "fields": R.label_pairs, "doc_number": R.find_doc_number, "addressee": R.is_addressee, "zhusong": R.zhusong_line,
    "attachment": R.attachment_match, "table_row": R.is_table_row, "furniture": R.is_furniture, "meta": R.is_meta_line,
    "signature_org": R.is_signature_org,
}


def _same(a, b) -> bool:
    if hasattr(a, "span") and hasattr(b, "span"):  # two matches of one pattern on one line
        return a.span() == b.span() and a.groups() == b.groups()
    return a == b


def test_every_fact_answers_as_its_line_test():
    layout = analyse(SAMPLES[1].read_bytes().decode("utf-8"))
    for name, test in FACTS.items():
        ask = getattr(layout.roles, name)
        for i, line in enumerate(layout.lines):
            assert _same(ask(i), test(line.s)), (name, i, line.s)


def test_a_fact_is_computed_once_per_line():
    calls: list[str] = []

    def counted(s: str) -> bool:
        calls.append(s)
        return len(s) > 3

    roles = R.Roles([type("L", (), {"s": s})() for s in ("一二三四", "短")])
    assert roles.ask(counted, 0) and roles.ask(counted, 0) and not roles.ask(counted, 1)
    assert calls == ["一二三四", "短"]
    assert roles.prose(0) is roles.prose(0)


def test_a_sentence_the_page_cut_after_a_comma_is_prose_and_keeps_off_the_disclosure_line():
    from policyparse.segment.layout import split_lines
    from policyparse.segment.roles import is_prose

    cut = "《某市稳定经济运行实施方案》已经市人民政府同意，现印发给你们，"
    assert is_prose(cut)
    assert not is_prose("长沙市有效降低疫情影响，") and not is_prose("各区县（市）人民政府，")
    lines = split_lines(cut + "\n（此件主动公开）\n")
    assert [line.s for line in lines] == [cut, "（此件主动公开）"]


def test_a_reply_addressed_to_deputies_or_to_one_body():
    # sh_06: 刘庆峰等15位代表： over a reply to a 建议; sh_01: 北京工业大学： over a ministry's reply
    assert R.is_addressee("刘庆峰等15位代表：") and R.is_addressee("张三委员：")
    assert R.is_addressee("北京工业大学：")
    # one name that a sentence may take as its subject stays prose
    assert not R.is_addressee("召开全市工作会：") and not R.is_addressee("主要做法如下：")
    # sy_07: a body stored without title and 主送 opens on the sentence saying why it is made, naming bodies in its clauses
    assert not R.is_addressee("为贯彻落实党的十八大精神，根据省第十次党代会提出的战略部署，经省政府同意，现就开展试点工作提出以下意见：")
    assert not R.is_addressee("根据国务院有关规定，经市政府同意，现将有关事项通知如下：")
    assert R.is_addressee("各市人民政府，各县（市、区）人民政府，省政府各部门：")


def test_a_reply_addressed_to_one_company():
    # MEE replies on an application: the company that applied, alone above 你公司《关于…的请示》收悉
    assert R.is_addressee("中海石油（中国）有限公司：") and R.is_addressee("贵州省水利投资（集团）有限责任公司：")
    assert not R.is_addressee("某某公司：") and not R.is_addressee("成立项目公司：")
    m = segment("关于某某水库工程环境影响报告书的批复\n某某原水投资有限公司：\n你公司《关于审批某某水库工程环境影响报告书的请示》收悉。\n"
                "一、工程概况\n某某。\n生态环境部\n2022年3月1日\n", {}).metadata
    assert m.addressees == ["某某原水投资有限公司"]


def test_a_news_sentence_ending_in_a_colon_is_no_addressee():
    # a news report's lead names a body and the document it issued, then leads into what follows
    assert not R.is_addressee("某市人民政府办公室印发了《关于促进某某市场平稳健康发展的若干措施》（以下简称《若干措施》），现将有关政策解读如下：")
    assert not R.is_addressee("5月16日，某市某某领导小组办公室出台《关于支持住房需求的通知》，提出以下具体措施：")
    assert not R.is_addressee("2月20日，某市住房和城乡建设局出台《关于支持住房需求的通知》：")
    assert R.is_addressee("各区人民政府（以下简称区政府），市政府各部门：")


def test_an_attachment_label_wrapped_over_two_lines_is_still_a_label():
    # a layout line keeps the hard wraps of its paragraph: the label's title runs on past the wrap
    m = R.attachment_match("附件：《电子招标投标系统技术规范—第1部分》（略，详情请登录某某委网\n站）")
    assert m is not None and m.group(2).endswith("网\n站）")


def test_a_field_line_of_a_page_list_ends_where_its_value_ends():
    # batch ss (ss_03): 有效性：政策是否有效未知，请慎用 (a comma, no full stop) under 政策文号：… is no sentence the
    # title below finishes
    from policyparse.segment.layout import split_lines

    text = ("发布部门：市人民政府办公室\n政策文号：某政发〔2010〕29号\n有效性：政策是否有效未知，请慎用\n"
            "市政府关于印发某方案的通知\n某政发〔2010〕29号\n各县（市）、区人民政府：\n")
    lines = [line.s for line in split_lines(text)]
    assert "有效性：政策是否有效未知，请慎用" in lines
    assert "各县（市）、区人民政府：" in lines
    # a labelled value ending on a joiner goes on; so does a labelled line with no field line above it
    assert split_lines("发布部门：市政府\n主要任务：建设平台、\n完善机制。\n")[1].s == "主要任务：建设平台、\n完善机制。"


def test_a_chapter_title_a_blank_line_cuts_after_a_list_comma_goes_on_below():
    # wild15: law collections print 第五章　设区的市的地方性法规和自治条例、 / (blank) / 单行条例的制定和批准
    from policyparse.segment.layout import split_lines
    text = "第五章　设区的市的地方性法规和自治条例、\n\n单行条例的制定和批准\n\n第三十条　设区的市可以制定地方性法规。\n"
    assert [line.s.replace("\n", "") for line in split_lines(text)] == [
        "第五章　设区的市的地方性法规和自治条例、单行条例的制定和批准", "第三十条　设区的市可以制定地方性法规。"]
    # a closed title, or a sentence below, stays apart
    text = "第五章　附则\n\n单行条例的制定和批准\n"
    assert len(split_lines(text)) == 2
    text = "第五章　地方性法规和\n\n第三十条　设区的市可以制定地方性法规。\n"
    assert len(split_lines(text)) == 2


def test_a_cited_title_a_page_break_cut_goes_on_across_the_blank_line():
    # tw_11 (a PDF's text): 第二十四条…按照《中 / (blank: the page's end) / 华人民共和国反洗钱法》第三十一条…处罚。
    from policyparse.segment.layout import split_lines
    text = ("第二十四条金融机构违反本办法的，按照《中\n\n华人民共和国反洗钱法》第三十一条的规定予以处罚。\n\n"
            "第二十五条本办法由中国人民银行负责解释。\n")
    assert [line.s.replace("\n", "") for line in split_lines(text)] == [
        "第二十四条金融机构违反本办法的，按照《中华人民共和国反洗钱法》第三十一条的规定予以处罚。", "第二十五条本办法由中国人民银行负责解释。"]
    # a paragraph of its own below a closed title is no continuation
    assert len(split_lines("一、学习《条例》\n\n《条例》规定了义务。\n")) == 2


def test_a_line_below_opening_on_de_finishes_the_phrase_above():
    # tw_11: （一）当日单笔…（含 1万美元） / 的现金缴存、现金支取…的现金收支。 is one entry, not a title over its text
    from policyparse.segment.layout import split_lines
    text = "（一）当日单笔交易人民币5万元以上（含5万元）\n的现金缴存、现金支取及其他形式的现金收支。\n（二）其他交易。\n"
    assert [line.s.replace("\n", "") for line in split_lines(text)] == [
        "（一）当日单笔交易人民币5万元以上（含5万元）的现金缴存、现金支取及其他形式的现金收支。", "（二）其他交易。"]
    assert len(split_lines("一、工作目标\n的确取得成效。\n")) == 2  # 的确 opens a sentence


def test_a_long_clause_leading_in_by_a_dash_is_prose_without_a_comma():
    # tl_03: 这份由国家发展改革委等21个部门印发的规划明确了“十四五”社会发展与公共服务主要指标—— / 在幼有所育方面，…
    assert R.is_prose("这份由某某委等21个部门印发的规划明确了“十四五”社会发展与公共服务主要指标——")
    assert not R.is_prose("从2021年开始——") and not R.is_prose("城市更新取得重大进展——")
    lines = ["新华社北京1月10日电（记者某某）10日发布的《某某规划》明确，到2025年，公共服务制度体系更加完善。",
             "这份由某某委等21个部门印发的规划明确了“十四五”社会发展与公共服务主要指标——",
             "在幼有所育方面，到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个。"]
    assert [s.kind for s in segment("\n\n".join(lines)).sections] == ["preamble"] * 3


def test_a_field_of_work_leading_into_its_works_is_prose_however_short():
    # tg_05: 文化体育方面： / 引进举办高端文化展览、讲座和演出500场… / 住房保障方面： / 开工建设保障性住房80万平方米…
    assert R.is_prose("教育方面：") and R.is_prose("住房保障方面:")
    assert not R.is_prose("发布机构：") and not R.is_prose("方面：")
    text = "文化体育方面：\n引进举办高端文化展览500场。\n住房保障方面：\n开工建设保障性住房80万平方米。\n"
    assert [s.text for s in segment(text).sections] == ["文化体育方面：", "引进举办高端文化展览500场。", "住房保障方面：",
                                                         "开工建设保障性住房80万平方米。"]


# is_furniture searches one alternation of the furniture words: it answers as the plain test over the words does
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FURNITURE_WORDS = R._furniture_words()
_FURNITURE_PIECES = st.one_of(st.sampled_from(_FURNITURE_WORDS), st.sampled_from([w[:1] for w in _FURNITURE_WORDS]),
                              st.sampled_from([w[1:] for w in _FURNITURE_WORDS]), st.text(max_size=6))


@settings(max_examples=300, deadline=None)
@given(st.lists(_FURNITURE_PIECES, max_size=6).map("".join))
def test_is_furniture_answers_as_any_word_in_the_line(s):
    assert R.is_furniture(s) == any(w in s for w in _FURNITURE_WORDS)


def test_is_furniture_on_page_lines():
    # ux_02-shaped page furniture, and title lines that hold none of the words
    assert R.is_furniture("【打印本页】【关闭窗口】")
    assert R.is_furniture("您现在的位置：首页 > 政务公开")
    assert not R.is_furniture("国务院办公厅关于印发全国深化放管服改革优化营商环境电视电话会议重点任务分工方案的通知")
    assert not R.is_furniture("")
