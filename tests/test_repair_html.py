"""HTML reduction: article container, line breaks, entities, title and publish date."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.repair import StepLog
from policyparse.repair.html import extract_article, looks_like_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def run(name: str) -> tuple[str, dict[str, str], StepLog]:
    log = StepLog("html")
    text, meta = extract_article((FIXTURES / name).read_text(encoding="utf-8"), log)
    return text, meta, log


def lines(text: str) -> list[str]:
    return [line.strip(" \u3000\xa0") for line in text.split("\n") if line.strip(" \u3000\xa0")]


def test_govcn_article_text():
    text, _meta, _log = run("govcn_notice.html")
    assert lines(text) == [
        "国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知",
        "国发〔2021〕9号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "现将《全民科学素质行动规划纲要（2021—2035年）》印发给你们，请认真贯彻执行。",
        "国务院",
        "2021年6月3日",
        "（此件公开发布）",
        "全民科学素质行动规划纲要（2021—2035年）",
        "公民具备科学素质是指崇尚科学精神，树立科学思想，掌握基本科学方法，了解必要科技知识，并具有应用其分析判断事物和解决实际问题的能力。",
        "一、面临形势",
        "党的十八大以来，在以习近平同志为核心的党中央坚强领导下，我国科学素质建设取得显著成绩。",
    ]


def test_govcn_meta():
    _text, meta, log = run("govcn_notice.html")
    assert meta["title"] == "国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知"
    assert meta["publish_date"] == "2021-06-25"
    assert meta["doc_number"] == "国发〔2021〕9号"
    assert meta["issue_date"] == "2021-06-03"
    assert meta["issuer"] == "国务院"
    assert meta["index_number"] == "000014349/2021-00051"
    assert meta["topic"] == "科技、教育\\科技"
    assert log.changes >= 1


@pytest.mark.parametrize("furniture", ["首页", "English", "总理", "政策", "分享到", "微信", "相关稿件", "版权所有", "ICP备", "统计代码", "share.init", "字体", "责任编辑"])
def test_govcn_drops_page_furniture(furniture):
    text, _meta, _log = run("govcn_notice.html")
    assert furniture not in text


def test_province_article_text():
    text, _meta, _log = run("province_trs.html")
    assert lines(text) == [
        "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知",
        "平政字〔2022〕21号",
        "各镇人民政府，各街道办事处，平阴经济开发区，县政府各部门：",
        "现将《平阴县“十四五”全民科学素质行动规划纲要实施方案》印发给你们，请认真组织实施。",
        "平阴县人民政府",
        "2022年11月7日",
        "（此件公开发布）",
        "一、总体要求",
        "（一）指导思想。以提高全民科学素质服务高质量发展为目标，聚焦“四个面向”，弘扬科学精神。",
        "序号\t重点任务\t责任单位",  # a table row keeps its cell borders as tabs
        "1\t青少年科学素质提升行动\t县教体局、县科协",
        "附件：平阴县“十四五”全民科学素质行动重点任务分工",
    ]


def test_province_meta_and_entities():
    text, meta, log = run("province_trs.html")
    assert meta == {
        "title": "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知",
        "publish_date": "2022-11-08",
    }
    assert "&" not in text
    assert ("&ldquo;", "“") in log.examples


@pytest.mark.parametrize("furniture", ["当前位置", "政务公开", "机构职能", "字号", "打印本页", "关闭窗口", "主办", "网站标识码", "搜索", "jquery", "$(function"])
def test_province_drops_page_furniture(furniture):
    text, _meta, _log = run("province_trs.html")
    assert furniture not in text


def test_page_without_known_container():
    text, meta, _log = run("city_plain.html")
    assert meta == {"title": "关于开展2023年全国科普日活动的通知", "publish_date": "2023-08-05"}
    assert text.split("\n") == [
        "关于开展2023年全国科普日活动的通知",
        "",
        "各区县科协，市级学会，各有关单位：",
        "为深入贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，现就开展2023年全国科普日活动有关事项通知如下。",
        "一、活动主题",
        "提升全民科学素质，助力科技自立自强。",
        "二、活动时间",
        "2023年9月16日至22日。",
        "",
        "某某市科学技术协会",
        "2023年8月4日",
        "",
    ]


def test_source_line_breaks_inside_a_paragraph_are_not_paragraph_breaks():
    page = "<html><body><div id='zoom'><p>现将实施方案印发给你们，\n      请认真贯彻执行。</p><p>Plan for\n STEAM education 科普教育基地建设方案</p></div></body></html>"
    text, _ = extract_article(page, StepLog("html"))
    assert text == "现将实施方案印发给你们，请认真贯彻执行。\nPlan for STEAM education 科普教育基地建设方案\n"


def test_br_and_blocks_become_line_breaks():
    page = "<html><body><div class='TRS_Editor'><div>第一段科学素质工作要点</div><div><span>第二段</span>科普工作<br>第三段全民科学素质</div></div></body></html>"
    text, _ = extract_article(page, StepLog("html"))
    assert text == "第一段科学素质工作要点\n第二段科普工作\n第三段全民科学素质\n"


@pytest.mark.parametrize(
    ("meta_tag", "expected"),
    [
        ('<meta name="PubDate" content="2022-11-08 09:30">', "2022-11-08"),
        ('<meta name="publishdate" content="2022/3/5">', "2022-03-05"),
        ('<meta name="firstpublishedtime" content="2021-06-25-16:57:39">', "2021-06-25"),
        ('<meta name="ArticleDate" content="2020年6月1日">', "2020-06-01"),
        ('<meta name="pubdate" content="20190930">', "2019-09-30"),
    ],
)
def test_publish_date_meta_names(meta_tag, expected):
    page = f"<html><head>{meta_tag}</head><body><div id='zoom'>关于开展全民科学素质行动的通知，请各单位认真贯彻落实。</div></body></html>"
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["publish_date"] == expected


def test_publish_date_from_page_text():
    page = "<html><body><div class='info'>發布時間：2020-06-01 | 作者：</div><div id='zoom'>关于开展全民科学素质行动的通知，请各单位认真贯彻落实。</div></body></html>"
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["publish_date"] == "2020-06-01"


def test_looks_like_html():
    assert looks_like_html("<!DOCTYPE html><html><body></body></html>")
    assert looks_like_html("\ufeff<!-- saved from url=(0040)http://www.gov.cn/ -->\n<html>")
    assert looks_like_html("anything", "page.shtml")
    assert not looks_like_html("各镇人民政府，各街道办事处：\n<div>不是网页</div>")


@pytest.mark.parametrize(
    "stored",
    [
        '<p style="text-indent:2em;">各区人民政府：</p>',  # a body field that starts with a tag
        "<td>各区人民政府：",
        "<tbody><tr><td>各区人民政府：",
        '<span style="font-size:16px">各区人民政府：</span>',
        "\ufeff  <div>各区人民政府：",
        "&lt;p&gt;各区人民政府：&lt;/p&gt;",  # entity-escaped in a database export
        "各区人民政府：<br>现将方案印发给你们。<br>一、总体要求<br>",  # tags inside text
    ],
)
def test_html_recognised_by_content_whatever_the_file_name(stored):
    assert looks_like_html(stored, "notice.txt")


def test_comment_runs_are_sniffed_in_linear_time():
    # `<!---->` forty times then x once made the old sniffing pattern backtrack exponentially
    assert not looks_like_html("<!---->" * 40 + "x")
    assert not looks_like_html("<!---->" * 20_000 + "x")


def test_stored_fragment_keeps_every_paragraph_and_no_markup():
    body = (
        '<p style="text-indent:2em"><span style="font-family:仿宋">各区人民政府：</span></p>'
        '<p style="text-indent:2em">现将《方案》印发给你们。</p><p>一、总体要求</p>'
        "<p>（一）工作目标。到2025年，覆盖率达到90%。</p>"
    )
    text, _ = extract_article(body, StepLog("html"))
    assert lines(text) == ["各区人民政府：", "现将《方案》印发给你们。", "一、总体要求", "（一）工作目标。到2025年，覆盖率达到90%。"]


def test_entity_escaped_fragment_is_unescaped_once():
    body = "&lt;p&gt;一、总体要求&lt;/p&gt;&lt;p&gt;（一）目标：达到&amp;quot;十个&amp;quot;。&lt;/p&gt;"
    log = StepLog("html")
    text, _ = extract_article(body, log)
    assert lines(text) == ["一、总体要求", "（一）目标：达到\"十个\"。"]
    assert log.changes >= 2


def test_text_with_a_few_tags_keeps_its_own_line_breaks():
    stored = "各区人民政府：\n现将方案印发给你们。\n一、总体要求<br>\n（一）<b>工作目标</b>。到2025年完成。\n"
    text, _ = extract_article(stored, StepLog("html"))
    assert lines(text) == ["各区人民政府：", "现将方案印发给你们。", "一、总体要求", "（一）工作目标。到2025年完成。"]


def test_table_cells_stay_one_row_a_line_with_tab_borders():
    page = (
        "<div><p>一、总体要求</p><table><tr><td><p>序号</p></td><td><p>指标</p><p>名称</p></td><td></td><td>目标值</td></tr>"
        "<tr><td>1</td><td>覆盖率<br>（%）</td><td></td><td>90</td></tr></table></div>"
    )
    text, _ = extract_article(page, StepLog("html"))
    assert lines(text) == ["一、总体要求", "序号\t指标 名称\t\t目标值", "1\t覆盖率 （%）\t\t90"]


def test_layout_table_around_the_article_is_not_a_row():
    body = "".join(f"<p>（{n}）第{n}项工作要求，内容较长，" + "说明文字" * 40 + "。</p>" for n in "一二三")
    page = f"<html><body><table><tr><td><div id='zoom'>{body}</div></td></tr></table></body></html>"
    text, _ = extract_article(page, StepLog("html"))
    assert [line[:3] for line in lines(text)] == ["（一）", "（二）", "（三）"]


def test_a_date_printed_without_a_label_is_read_from_the_element_classed_as_a_date():
    page = ('<div class="wrapper_deatil"><div class="wrapper_deatil_title">关于印发《某办法》的通知</div>'
            '<div class="wrapper_deatil_date fl">\n<span>2020-12-09 20:18</span><span>来源：</span></div>'
            '<div class="wrapper_detail_text"><p>各省发展改革委：</p><p>现将《某办法》印发给你们。</p></div></div>')
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["publish_date"] == "2020-12-09"


def test_an_update_date_is_no_publish_date():
    page = ('<div class="article"><div class="update-time">2021-03-04</div><p>各区人民政府：</p>'
            '<p>现将《某办法》印发给你们，请认真贯彻执行。</p></div>')
    _text, meta = extract_article(page, StepLog("html"))
    assert "publish_date" not in meta


_NOTICE = ("各区人民政府，市政府各部门：经市人民政府同意，现公布我市城乡最低生活保障标准，"
           "为保障困难群众基本生活权益，现就有关事项通知如下：一、全市城乡最低生活保障标准为每人每月一千元。")
_MENU = "".join(f"<li><a href='/{i}'>{name}</a></li>" for i, name in enumerate(
    ["政务公开", "政务服务", "互动交流", "政策发布", "魅力广州", "我要查", "我要办"]))


def _page_with_hidden(hidden: str) -> str:
    return (f"<html><body><div class='head'><ul class='mainnav'>{_MENU}</ul><p>用户登录 市民网页 您好 退出</p></div>"
            f"<div class='warp'><div class='info'><p>{_NOTICE}</p></div></div>"
            f"<div class='copy' style='display: none;'>{hidden}</div></body></html>")


def test_a_hidden_copy_of_the_article_does_not_pull_the_page_menus_in():
    # a page's hidden print copy of the notice halves the text between two blocks: without it the shown article
    # is the densest block, and the menus above it stay out
    text, _log = extract_article(_page_with_hidden(_NOTICE), StepLog("html"))
    assert "一、全市城乡最低生活保障标准" in text
    assert "政务公开" not in text and "用户登录" not in text
    assert text.count("现公布我市城乡最低生活保障标准") == 1


def test_hidden_text_found_nowhere_else_is_kept():
    only_copy = "本通知自印发之日起施行，有效期五年，由市民政局负责解释，各区要结合实际认真组织实施到位并及时报告。"
    text, _log = extract_article(_page_with_hidden(only_copy), StepLog("html"))
    assert "本通知自印发之日起施行" in text


def test_entities_left_in_a_body_stored_as_text_are_decoded_before_the_text_is_read():
    from policyparse.repair import repair
    from policyparse.repair.html import decode_stray_entities
    log = StepLog("entities")
    assert decode_stray_entities("第一条 &nbsp;本办法所称R&amp;D，印发&lt;关于…&gt;的通知", log) == "第一条 \xa0本办法所称R&D，印发<关于…>的通知"
    assert log.changes == 4
    assert decode_stray_entities("A&B 与 &unknown 不变", StepLog("entities")) == "A&B 与 &unknown 不变"
    # the ; of &nbsp; is no punctuation once decoded, and &nbsp; runs part paragraphs as the spaces they stand for
    text = "为规范管理，制定本办法。" * 20 + "第一条 &nbsp;本办法适用于本市。第二条 &nbsp;本办法自发布之日起施行。"
    repaired = repair(text).text
    assert "&nbsp" not in repaired and "；" not in repaired
    assert repaired.splitlines()[-2:] == ["第一条本办法适用于本市。", "第二条本办法自发布之日起施行。"]


def test_a_compilation_entry_as_the_page_title_loses_its_number_and_dated_bracket():
    # wjh707/low-altitude-economy dashboard/pages/2、国务院办公厅关于促进通用航空业发展的指导意见（2016_05_13）.html:
    # a page built from a policy compilation keeps the compilation's list entry as its <title>
    from policyparse.repair.html import clean_page_title

    assert clean_page_title("2、国务院办公厅关于促进通用航空业发展的指导意见（2016.05.13）") == "国务院办公厅关于促进通用航空业发展的指导意见"
    assert clean_page_title("6、特定类无人机试运行管理规程（暂行）（2019.02.01）") == "特定类无人机试运行管理规程（暂行）"
    assert clean_page_title("4、A 类通用机场使用许可及运行安全管理办法（2024.02.18）") == "A 类通用机场使用许可及运行安全管理办法"
    # a law's entry: its revision bracket is the law's name, only the list's number goes
    assert clean_page_title("1、中华人民共和国民用航空法（2021 修正）") == "中华人民共和国民用航空法（2021 修正）"
    # a title with a number but no dated bracket, or a dated bracket but no number, is kept whole
    assert clean_page_title("2、某市关于做好防汛工作的通知") == "2、某市关于做好防汛工作的通知"
    assert clean_page_title("某市统计公报（2024.05.01）") == "某市统计公报（2024.05.01）"


def test_a_field_word_heading_a_column_of_a_data_table_is_no_field_label():
    # vw_01 (gz.gov.cn): the attached table's column heads 分类 | 病种名称 — 分类 is a topic label of the lexicon, but in a
    # table that labels no other field it heads a column; 病种名称 is no topic
    rows = ("<tr><td>序号</td><td>分类</td><td>病种名称</td><td>职工医保</td></tr>"
            "<tr><td>1</td><td>一类</td><td>高血压病</td><td>200元/月</td></tr>")
    page = ("<html><body><div class='article'><p>某市医疗保障局关于印发门诊特定病种费用范围及标准的通知</p>"
            f"<p>各有关单位：现将有关事项通知如下。</p><table>{rows}</table></div></body></html>")
    _text, meta = extract_article(page, StepLog("html"))
    assert "topic" not in meta
    # a 信息公开 table pairs several fields: there the same bare word labels the topic
    label_table = ("<table><tr><td>索引号</td><td>007/2019-00012</td><td>分类</td><td>医疗保障</td></tr>"
                   "<tr><td>发布机构</td><td>某市医疗保障局</td><td>文号</td><td>某医保规字〔2019〕4号</td></tr></table>")
    _text, meta = extract_article(page.replace("<div class='article'>", label_table + "<div class='article'>"), StepLog("html"))
    assert (meta["topic"], meta["index_number"], meta["doc_number"]) == ("医疗保障", "007/2019-00012", "某医保规字〔2019〕4号")
    # a label with its colon is a label wherever it stands
    _text, meta = extract_article(page.replace("<table>", "<table><tr><td>分类：</td><td>医疗保障</td></tr>"), StepLog("html"))
    assert meta["topic"] == "医疗保障"


def test_the_page_disclosure_field_left_outside_the_kept_article_follows_it():
    # vw_02 (gz.gov.cn): <p><strong>公开方式：</strong><span>主动公开</span></p> stands after the Word-exported section the
    # reader keeps as the article; the field line goes after the article, where the metadata reader reads it
    body = "".join(f"<p>第{n}条 某市就业见习基地管理的有关规定，按本办法执行。</p>" for n in range(1, 9))
    page = ("<html><body><div class='info'><div class='section'><p>某市人力资源和社会保障局关于印发某某办法的通知</p>"
            f"{body}<p>某市人力资源和社会保障局</p><p>2019年10月9日</p></div>"
            "<p><strong>公开方式：</strong><span>主动公开</span></p></div></body></html>")
    text, _meta = extract_article(page, StepLog("html"))
    assert lines(text)[-1] == "公开方式：主动公开" and text.count("公开方式") == 1
    # kept once where the article holds it already
    inside = page.replace("2019年10月9日</p></div>", "2019年10月9日</p><p>公开方式：主动公开</p></div><p>公开方式：主动公开</p>")
    text, _meta = extract_article(inside, StepLog("html"))
    assert text.count("公开方式") == 1
    # a 公开方式 with no disclosure value (a column head, a site's guide) adds nothing
    text, _meta = extract_article(page.replace("主动公开", "网站"), StepLog("html"))
    assert "公开方式" not in text


def test_index_number_and_doc_number_read_from_a_label_block_laid_out_without_a_table():
    # wb_02 (慈溪): <div class="flex"><h1>索引号：</h1><p>…</p></div>, one flex row a field; wb_11 (沙县区): <li>备注/文号：
    # 沙政规〔2022〕3号</li>, one list entry a field, the value on the entry's next line
    body = "<div id='zoom'><p>各镇人民政府、街道办事处：</p><p>现将某某细则印发给你们，请遵照执行。</p></div>"
    flex = ("<div class='article-top'><div class='flex'><h1>索引号：</h1>\n<p>11330282002976461L/2023-175371</p></div>"
            "<div class='flex'><h1>发布机构：</h1><p>市住建局</p></div>"
            "<div class='flex'><h1>文件编号：</h1><p>某住建〔2023〕36号</p></div></div>")
    _text, meta = extract_article(f"<html><body>{flex}{body}</body></html>", StepLog("html"))
    assert (meta["index_number"], meta["doc_number"]) == ("11330282002976461L/2023-175371", "某住建〔2023〕36号")
    assert "issuer" not in meta  # a block's 发布机构 names the office that posted the page, not always the signer
    entries = ("<ul class='trt-row'><li>索 引 号：\n      SM10100-0200-2022-00141\n    </li>"
               "<li>备注/文号：\n      某政规〔2022〕3号\n    </li><li>发布机构：\n      区政府\n    </li></ul>")
    _text, meta = extract_article(f"<html><body>{entries}{body}</body></html>", StepLog("html"))
    assert (meta["index_number"], meta["doc_number"]) == ("SM10100-0200-2022-00141", "某政规〔2022〕3号")
    # a paragraph that opens with a label-like phrase and runs on is no field
    prose = "<p>文号：本办法所称文号是指发文机关在公文上编排的顺序号，由发文机关代字、年份和发文顺序号组成，不得重复使用。</p>"
    _text, meta = extract_article(f"<html><body>{prose}{body}</body></html>", StepLog("html"))
    assert "doc_number" not in meta


def test_index_number_and_doc_number_read_from_a_row_of_fields_parted_by_bars():
    # wj_03 (上海市财政局): <span>印发日期：… | 文号：沪财发〔2025〕5号 | 发文机关：…</span> opening on another field, and a bare
    # <div>是否有效：有效 | 索取号： AB1110000-2025-365</div>
    body = "<div id='ivs_content'><p>各区财政局：</p><p>现就有关事项通知如下。</p><p>某市财政局</p><p>2025年9月16日</p></div>"
    row = ("<div class='sx'><span>印发日期：2025-09-16&nbsp;&nbsp;|&nbsp;&nbsp;文号：某财发〔2025〕5号&nbsp;&nbsp;|&nbsp;&nbsp;"
           "发文机关：某市财政局&nbsp;&nbsp;|&nbsp;&nbsp;</span><a href='#'>查看更多属性</a></div>"
           "<div class='attribute'><div>是否有效：有效&nbsp;&nbsp;|&nbsp;&nbsp;索取号： AB1110000-2025-365</div></div>")
    _text, meta = extract_article(f"<html><body>{row}{body}</body></html>", StepLog("html"))
    assert (meta["index_number"], meta["doc_number"]) == ("AB1110000-2025-365", "某财发〔2025〕5号")
    # a 文号 named in a sentence, no bar beside it, is no field
    prose = "<div>文号：某财发〔2025〕6号 的文件已废止</div><div>网站 | 首页</div>"
    _text, meta = extract_article(f"<html><body>{prose}{body}</body></html>", StepLog("html"))
    assert "doc_number" not in meta


def test_a_doc_number_in_its_own_element_under_the_title_heading_is_the_pages_doc_number():
    # wb_03 (长春 政报): <h2>…关于</br>保持…的通知</h2><h3>长府办发〔2017〕65号</h3>, both outside the body kept
    page = ("<html><head><meta name='ArticleTitle' content='某市人民政府办公厅关于保持房地产市场平稳健康发展的通知'></head><body>"
            "<div class='xyh'><h2>某市人民政府办公厅关于</br>保持房地产市场平稳健康发展的通知</h2>\n<h3>某府办发〔2017〕65号</h3>"
            "<div id='Zoom'><div class='TRS_Editor'><p>各县（市）、区人民政府：</p><p>现就有关事项通知如下。</p>"
            "<p>某市人民政府办公厅</p><p>2017年12月29日</p></div></div></div>"
            "<ul class='related'><li><p>某府办发〔2017〕22号</p></li></ul></body></html>")
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["doc_number"] == "某府办发〔2017〕65号"
    # a 文号 under no title (a related document's, a list entry's) is none of the page's
    _text, meta = extract_article(page.replace("<h3>某府办发〔2017〕65号</h3>", ""), StepLog("html"))
    assert "doc_number" not in meta


def test_a_ministry_notice_number_within_its_year_under_the_title_is_the_pages_doc_number():
    # wf_09 (国家税务总局政策法规库): <h3>财政部 税务总局关于…的公告</h3><div class="arctips"><h5>财政部 税务总局公告2025年第17号</h5>
    page = ("<html><head><title>某部政策法规库</title><meta name='ArticleTitle' content='甲部 乙总局关于个人销售住房增值税政策的公告'></head><body><div class='detials'><h3>甲部 乙总局关于个人销售住房增值税政策的公告</h3>"
            "<div class='arctips'><h5 class='actfwzh'>甲部 乙总局公告2025年第17号</h5><h5>（）</h5></div>"
            "<div class='arc_cont'><p>现将个人销售住房增值税政策公告如下：</p><p>本公告自2026年1月1日起施行。</p><p>特此公告。</p>"
            "<p>甲部 乙总局</p><p>2025年12月29日</p></div></div></body></html>")
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["doc_number"] == "甲部乙总局公告2025年第17号"


def test_a_disclosure_tables_generated_date_is_the_publish_date_when_no_publish_date_is_printed():
    # wf_01 (自然资源部): <td class="hui"><p>生成日期</p></td><td>2023年03月03日</td>, the table's only date
    table = ("<table><tr><td class='hui'><p>索引号</p></td><td>000019174/2023-00003</td></tr>"
             "<tr><td class='hui'><p>生成日期</p></td><td><!--生成日期开始-->2023年03月03日<!--生成日期结束--></td></tr></table>")
    body = ("<div class='content'><p>某部关于做好某项服务的通知</p><p>各省、自治区、直辖市自然资源主管部门：</p>"
            "<p>现通知如下。</p><p>某部</p><p>2023年3月3日</p></div>")
    _text, meta = extract_article(f"<html><body>{table}{body}</body></html>", StepLog("html"))
    assert meta["publish_date"] == "2023-03-03"
    # a printed 发布日期 comes first
    printed = table.replace("</table>", "<tr><td>发布日期</td><td>2023年03月30日</td></tr></table>")
    _text, meta = extract_article(f"<html><body>{printed}{body}</body></html>", StepLog("html"))
    assert meta["publish_date"] == "2023-03-30"


def test_attachment_links_listed_below_the_article_are_the_pages_attachments():
    # wf_03 (beijing.gov.cn): the notice and its 规定 in div.view, the attachments in <ul class="fujian"> after it; the
    # article's text is left as the container holds it
    body = ("<div class='view'><p>各相关单位：</p><p>现将《某市科技行政处罚裁量权适用规定》印发给你们，请遵照执行。</p>"
            "<p>某市科学技术委员会</p><p>2026年6月30日</p><p>某市科技行政处罚裁量权适用规定</p>"
            "<p>第一条 为规范本市科技行政处罚裁量权的行使，制定本规定。</p><p>第二条 适用《基准表》（详见附件1）。</p></div>")
    links = ("<ul class='fujian'><li><a href='./W1.docx'>附件1：某市科技行政处罚裁量基准表</a></li>"
             "<li><a href='./W2.docx'>附件2：某市科技行政处罚初次违法不予处罚清单</a></li></ul>")
    text, meta = extract_article(f"<html><body><div class='leftbox'>{body}{links}</div></body></html>", StepLog("html"))
    assert meta["attachments"] == ["某市科技行政处罚裁量基准表", "某市科技行政处罚初次违法不予处罚清单"]
    assert "附件2" not in text
    # an article already naming its attachments on lines of their own keeps its own
    named = body.replace("</div>", "<p>附件：1.某市科技行政处罚裁量基准表</p></div>")
    _text, meta = extract_article(f"<html><body><div class='leftbox'>{named}{links}</div></body></html>", StepLog("html"))
    assert "attachments" not in meta



def test_an_attachment_link_naming_its_file_gives_the_name_without_the_extension():
    # wn_11 (沈阳市房产局): <a …>附件1：…工作方案.doc</a> below the article, the link's text the file's name
    body = ("<div class='view'><p>各区、县（市）人民政府、各有关部门：</p><p>现将《某市房屋安全管理三项制度工作方案》印发你们。</p>"
            "<p>某市房产局</p><p>2024年9月20日</p></div>")
    links = ("<p><a href='./P1.doc'>附件1：某市城镇房屋定期体检制度工作方案.doc</a></p>"
             "<p><a href='./P2.doc'>附件2：某市城镇房屋养老金制度工作方案.doc</a></p>")
    _text, meta = extract_article(f"<html><body><div class='leftbox'>{body}{links}</div></body></html>", StepLog("html"))
    assert meta["attachments"] == ["某市城镇房屋定期体检制度工作方案", "某市城镇房屋养老金制度工作方案"]

def test_a_site_name_the_cms_puts_before_the_article_title_is_dropped():
    # wb_06 (高阳县): <META content="高阳县人民政府网站——高阳县人民政府关于…的意见" name="ArticleTitle">
    from policyparse.repair.html import clean_page_title

    page = ("<html><head><META content='某县人民政府网站——某县人民政府关于加强房地产市场管控的意见' name='ArticleTitle'></head>"
            "<body><div id='zoom'><p>各乡（镇）政府，县政府有关部门：</p><p>现提出如下意见。</p></div></body></html>")
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["title"] == "某县人民政府关于加强房地产市场管控的意见"
    assert clean_page_title("某市门户网站_某市人民政府关于印发某某方案的通知") == "某市人民政府关于印发某某方案的通知"
    # a title that names a website as its subject keeps it
    assert clean_page_title("某市人民政府关于加强政府网站管理的通知") == "某市人民政府关于加强政府网站管理的通知"


def test_the_printed_publish_date_wins_over_a_later_date_meta():
    # wb_07 (白银): 发布时间：2022-10-20 16:09 on the page, <meta name="PubDate" content="2023-06-30 17:00"> (re-saved)
    page = ("<html><head><meta name='PubDate' content='2023-06-30 17:00'></head><body>"
            "<div class='info'>信息来源：某市人民政府办公室 发布时间：2022-10-20 16:09</div>"
            "<div id='zoom'>关于印发某某工作方案的通知，请各单位认真贯彻落实。</div></body></html>")
    _text, meta = extract_article(page, StepLog("html"))
    assert meta["publish_date"] == "2022-10-20"
    # a printed date later than the tag's is no reason to doubt the tag
    _text, meta = extract_article(page.replace("2022-10-20", "2023-07-02"), StepLog("html"))
    assert meta["publish_date"] == "2023-06-30"


def test_a_footer_sharing_a_container_class_is_no_article():
    # wp_02 (ghzyj.gz.gov.cn): the notice sits in <div class="content_article" id="zoomcon">, which no selector names,
    # while the footer's <div class="con"> holds a line of the site's address: a match with a sliver of the page's text
    # is furniture sharing the class name, and the article is found as the page's densest block
    article = ("<div class='content_article' id='zoomcon'><p>机关各处室、局属各单位、各区分局：</p>"
               "<p>为持续优化规划资源审批服务机制，惠企利民，促进经济社会发展，我局继续推出第三批改革措施。现就有关工作措施通知如下：</p>"
               "<p>一、进一步优化规划审批</p><p>（一）简化存量工业用地其他规划指标调整的审批手续，提高工业项目筹建速度。</p>"
               "<p>二、进一步优化土地供应管理</p><p>（二）分用途核算土地出让金，方便企业核算开发成本和报税。新公开出让项目，"
               "对首次公开出让地块地下空间的非计容建筑面积单独评估地价，并纳入地块起始价设定；首次公开出让包含住宅、商服多种"
               "用途用地的，在合同中分用途明确各用途地价。已出让的住宅、商服等多种用途历史用地，规划和自然资源部门对用地单位"
               "申请明确不同用途地价的，以复函形式予以答复。</p><p>（三）加快竞拍摇珠和退还保证金节奏，减少企业资金成本。保证金"
               "缴交截止时间由竞价日前3个工作日调整为竞价日前1个工作日；摇号时间原则上安排在竞价结束后的第二天，如遇特殊情况，"
               "可根据地块实际安排当天摇号，完成竞拍流程次日退回参与企业竞拍保证金，缩短保证金占用时间。</p>"
               "<p>某市规划和自然资源局</p><p>2023年7月27日</p></div>")
    footer = ("<div class='con clearfix'><p>主办单位：某市规划和自然资源局 承办单位：某市规划和自然资源局信息中心 "
              "地址：某市某区某路某号</p></div>")
    text, _meta = extract_article(f"<html><body><div class='contentmain'>{article}</div>{footer}</body></html>",
                                  StepLog("html"))
    assert "机关各处室、局属各单位、各区分局：" in text
    assert "2023年7月27日" in text
    assert "主办单位" not in text
    # a container holding most of the page is still found by its class
    text, _meta = extract_article(f"<html><body><div class='con'>{article}</div><p>主办单位：某局</p></body></html>",
                                  StepLog("html"))
    assert "机关各处室" in text


def test_a_site_name_title_gives_way_to_the_heading_which_takes_the_site_as_the_short_issuer_in_full():
    # wp_03 (ghhzrzy.tj.gov.cn): <title> and SiteName meta are the bureau's name; the heading above the article names
    # the bureau short (市规划资源局关于印发《…》的通知) and the article is the rules alone
    head = ("<head><meta name='SiteName' content='天津市规划和自然资源局'><title>\n\t天津市规划和自然资源局\n</title></head>")
    body = ("<body><div class='gab-datail-box'><div class='gab-detail-title'>\n 市规划资源局关于印发《天津市建设用地使用权转让实施细则》的通知\n</div>"
            "<div class='detail-pubtime'>发布时间：2024-07-01 17:32</div><div class='detail-article'><div class='TRS_UEDITOR'>"
            "<p>天津市建设用地使用权转让实施细则</p><p>第一条 为加强建设用地使用权转让管理，规范建设用地使用权转让行为，制定本细则。</p>"
            "<p>第二条 本细则自印发之日起执行，有效期5年。</p></div></div></div></body>")
    text, meta = extract_article(f"<html>{head}{body}</html>", StepLog("html"))
    assert meta["title"] == "市规划资源局关于印发《天津市建设用地使用权转让实施细则》的通知"
    assert meta["issuer"] == "天津市规划和自然资源局"
    assert text.startswith("市规划资源局关于印发")
    # a heading naming its body in full takes no issuer field from the site; a title that is no site name stays
    full = body.replace("市规划资源局关于", "天津市规划和自然资源局关于")
    _text, meta = extract_article(f"<html>{head}{full}</html>", StepLog("html"))
    assert meta["title"].startswith("天津市规划和自然资源局关于") and "issuer" not in meta
    own = head.replace("\t天津市规划和自然资源局\n</title>", "关于某事的通知</title>")
    _text, meta = extract_article(f"<html>{own}{body}</html>", StepLog("html"))
    assert meta["title"] == "关于某事的通知"


def test_a_date_printed_before_the_view_counter_is_the_publish_date():
    # wp_06 (ddzfgjj.com): <div class="zjynav c">2023-01-09&nbsp;&nbsp;&nbsp;&nbsp;浏览次数:<span id="views"></span></div>
    # under the title, no label, no date class
    body = ("<div class='zjynav c'>2023-01-09&nbsp;&nbsp;&nbsp;&nbsp;浏览次数:<span id='views'></span></div>"
            "<div class='content'><p>丹金发〔2022〕36号</p><p>中心各部门：</p><p>经中心党组研究，制定《某市住房公积金提取管理实施细则》，"
            "现印发给你们，请遵照执行。</p><p>某市住房公积金管理中心</p><p>2022年12月31日</p></div>")
    _text, meta = extract_article(f"<html><body>{body}</body></html>", StepLog("html"))
    assert meta["publish_date"] == "2023-01-09"
    # a date with no counter after it is none
    _text, meta = extract_article(f"<html><body>{body.replace('浏览次数:', '')}</body></html>", StepLog("html"))
    assert "publish_date" not in meta


def test_a_bare_time_label_stamped_with_a_clock_time_is_the_publish_date():
    # wb_03 (changchun.gov.cn): <div class="font">时间：2018-01-25 12:46&nbsp;&nbsp;来源：<script>…</script></div>
    body = ("<div class='font'>时间：2018-01-25 12:46&nbsp;&nbsp; 来源：</div><div class='content'><p>各县（市）、区人民政府：</p>"
            "<p>为保持房地产市场平稳健康发展，经市政府同意，现就有关事项通知如下。</p><p>某市人民政府办公厅</p><p>2017年12月29日</p></div>")
    _text, meta = extract_article(f"<html><body>{body}</body></html>", StepLog("html"))
    assert meta["publish_date"] == "2018-01-25"
    # a time a sentence names (报名时间：…) or one with no clock is none
    for other in ("报名时间：2018-01-25 12:46", "时间：2018-01-25"):
        _text, meta = extract_article(f"<html><body>{body.replace('时间：2018-01-25 12:46', other)}</body></html>",
                                      StepLog("html"))
        assert "publish_date" not in meta, other


def test_a_column_and_site_title_gives_way_to_the_heading():
    # wu_07 (dlzfgjj.com): <title>通知公告 - 大理白族自治州住房公积金管理中心</title> names the column and the site, no
    # document; the notice's title is the <h3> over the article, which names its body in full (no issuer field taken)
    head = "<head><title>通知公告 - 某某州住房公积金管理中心</title></head>"
    body = ("<body><div class='zjycon'><div class='zjycon-title'><h3>某某州住房公积金管理中心关于调整部分住房公积金管理使用政策的通知</h3></div>"
            "<div class='grey-bg'>&nbsp;&nbsp;2022-12-02 14:14:43&nbsp;&nbsp;浏览次数:<span id='views'></span></div>"
            "<div class='w890'><p>住房公积金各缴存单位和缴存职工：</p><p>为进一步改进住房公积金使用政策，现将调整事项通知如下：</p>"
            "<p>一、调整“按月冲还贷”业务的申请条件</p><p>某某州住房公积金管理中心</p><p>2022年12月2日</p></div></div></body>")
    _text, meta = extract_article(f"<html>{head}{body}</html>", StepLog("html"))
    assert meta["title"] == "某某州住房公积金管理中心关于调整部分住房公积金管理使用政策的通知"
    assert "issuer" not in meta
    # a <title> that is the document's own title stays
    own = head.replace("通知公告 - 某某州住房公积金管理中心", "关于调整首付比例的通知 - 某某市住房公积金管理中心")
    _text, meta = extract_article(f"<html>{own}{body}</html>", StepLog("html"))
    assert meta["title"].startswith("关于调整首付比例的通知")


def test_a_title_naming_the_site_without_the_level_gives_way_to_the_heading_and_its_date():
    # wu_06 (gjj.nanjing.gov.cn): <title>南京住房公积金管理中心</title> while the SiteName meta adds the level's 市; the
    # heading <h3> has the date alone in the element after it
    head = ("<head><title>某京住房公积金管理中心</title><meta name='SiteName' content='某京市住房公积金管理中心'></head>")
    body = ("<body><div class='all_content_con'><div class='all_content_con_tit'><h3>\n 关于优化本市住房公积金使用政策的通知\n</h3>"
            "<p>\n 2026-04-16\n</p></div><div class='all_content_con_con'><div class='view TRS_UEDITOR'>"
            "<p>住房公积金缴存人，各有关单位：</p><p>为进一步发挥住房公积金制度民生保障作用，现对部分住房公积金使用政策进行调整。</p>"
            "<p>本通知自发布之日起施行。</p><p>某京住房公积金管理中心</p><p>2026年4月16日</p></div></div></div></body>")
    _text, meta = extract_article(f"<html>{head}{body}</html>", StepLog("html"))
    assert meta["title"] == "关于优化本市住房公积金使用政策的通知"
    assert meta["publish_date"] == "2026-04-16"
    # a <title> naming another body than the site stays
    other = head.replace("<title>某京住房公积金管理中心", "<title>某京市人民政府")
    _text, meta = extract_article(f"<html>{other}{body}</html>", StepLog("html"))
    assert meta["title"] == "某京市人民政府"


def test_a_clock_stamped_date_first_under_the_heading_is_the_posting_date():
    # wy_06 (www.fangchan.com): <h1>…的通知</h1> then a block whose first text is the posting stamp, the share widget
    # after it in the same block; the notice signs 2017年5月20日 (no time of day)
    head = "<head><title>某兴市建委关于进一步加强房地产市场调控的通知_某房网</title></head>"
    body = ("<body><div class='section top'><h1>某兴市建委关于进一步加强房地产市场调控的通知</h1><div class='top-info'>"
            "<p class='top-info-p'><span></span><span>2017-05-23 16:31:23</span></p><div class='top-icon'>"
            "<span class='share'>分享到：</span></div></div></div><div class='section'><div class='summary-text'>"
            "<p>为贯彻落实国家因城施策、分类调控的要求，经市政府同意，现就进一步加强房地产市场调控通知如下：</p>"
            "<p>一、非本市户籍居民家庭取得住房不动产权证未满2年的，不得上市交易。</p>"
            "<p>某兴市城乡规划建设管理委员会</p><p>2017年5月20日</p></div></div></body>")
    _text, meta = extract_article(f"<html>{head}{body}</html>", StepLog("html"))
    assert meta["publish_date"] == "2017-05-23"
    # a date without its clock time there may be the notice's own: not taken as the stamp
    _text, meta = extract_article(f"<html>{head}{body.replace(' 16:31:23', '')}</html>", StepLog("html"))
    assert "publish_date" not in meta


def test_a_paired_field_value_ends_at_the_next_fields_label_in_its_element():
    # xf_11 (海南省住房公积金管理局): <li><span>索引号：…</span><span>主题分类：</span></li>, two fields to an entry, the
    # second empty; <li><span>文号：…</span><span>发布日期：2023-11-10 18:14</span></li> likewise
    body = "<div id='zoom'><p>各住房公积金缴存人：</p><p>现就有关事项通知如下。</p><p>某省住房公积金管理局</p></div>"
    fields = ("<div class='zwgk_comr1'><ul><li>\n <span><strong>索&nbsp;&nbsp;引&nbsp;号：</strong>42820293-0/2023-98682</span>\n"
              " <span><strong>主题分类：</strong></span></li>\n<li><span><strong>文&nbsp;&nbsp;号：</strong>某公积金贷〔2023〕14号"
              "</span><span><strong>发布日期：</strong>\n 2023-11-10  18:14 </span></li></ul></div>")
    _text, meta = extract_article(f"<html><body>{fields}{body}</body></html>", StepLog("html"))
    assert (meta["index_number"], meta["doc_number"]) == ("42820293-0/2023-98682", "某公积金贷〔2023〕14号")


def test_a_portals_bracketed_field_list_gives_the_joint_issuers_and_the_issue_date():
    # xf_06 (首都之窗): <li>[发文机构] <span>…</span></li> / <li>[联合发文单位] <span>A;B</span></li> / <li>[成文日期] …; the page
    # prints no signature, so the list alone names who issued the notice and when
    body = ("<div class='view'><p>京医保发〔2026〕5号</p><p>各区医疗保障局，各有关医疗机构：</p>"
            "<p>现就新增部分医疗服务价格项目通知如下：</p><p>一、新增某某等110项医疗服务价格项目。</p></div>")
    fields = ("<ol class='doc-info'><li>[主题分类] <span>卫生、体育/医药管理</span></li>"
              "<li>[发文机构] <span>某市医疗保障局</span></li>\n<li class='lhfw'>[联合发文单位] <span>某市人力资源和社会保障局;"
              "某市财政局</span></li>\n<li>[实施日期] <span>2026-08-08</span></li><li>[成文日期] <span>2026-06-22</span></li>"
              "<li>[发布日期] <span>2026-07-20</span></li></ol>")
    _text, meta = extract_article(f"<html><body>{fields}{body}</body></html>", StepLog("html"))
    assert meta["issuer"] == "某市医疗保障局、某市人力资源和社会保障局、某市财政局"
    assert meta["issue_date"] == "2026-06-22"
