"""Metadata as batch xk's pages carry it (issue 10 §4): one real-shaped test per rule, each failing on main."""

from __future__ import annotations

from policyparse.pipeline import parse
from policyparse.segment import segment


def page_metadata(page: str):
    """A saved page read as the pipeline reads it."""
    return parse(page.encode("utf-8")).metadata


_BODY = ("<div class='header'><h1><p>某市规划和自然资源委员会关于临时用地审批推行全程网办的通知</p></h1></div>"
         "<div id='mainText'><div class='view TRS_UEDITOR'><p>京规自发〔2026〕187号</p><p>各有关单位：</p>"
         "<p>为进一步推进政务服务，现就有关事项通知如下：</p><p>一、适用范围</p><p>全市范围内的审批业务统一网上办理。</p>"
         "<p>特此通知。</p><p>某市规划和自然资源委员会</p><p>2026年7月9日</p></div></div>")


def _bracketed_list(topic: str) -> str:
    return ("<ol class='doc-info clearfix'><li>[主题分类] <span class='ztflx'>" + topic + "</span><span class='ztfl'></span></li>"
            "<li>[发文机构] <span>某市规划和自然资源委员会</span></li><li class='lhfw'>[联合发文单位] <span></span></li>"
            "<li>[实施日期] <span></span></li><li>[成文日期] <span>2026-07-09</span></li>"
            "<li>[发布日期] <span>2026-07-13</span></li><li>[有效性] <span>是</span></li></ol>")


def test_a_portals_bracketed_topic_is_the_topic():
    # xk_07, xk_11 (首都之窗): <li>[主题分类] <span>国土资源、能源/土地</span></li> heads the [label] list, the page's only topic
    m = page_metadata(f"<html><head><title>某市规划和自然资源委员会关于临时用地审批推行全程网办的通知_政策文件</title></head>"
                      f"<body><div class='box'><div class='container'>{_bracketed_list('国土资源、能源/土地')}{_BODY}</div></div>"
                      "</body></html>")
    assert m.topic == "国土资源、能源/土地"
    assert (m.issuer, m.issue_date) == ("某市规划和自然资源委员会", "2026-07-09")


def test_an_empty_bracketed_topic_gives_none():
    m = page_metadata(f"<html><head><title>某市规划和自然资源委员会关于临时用地审批的通知_政策文件</title></head>"
                      f"<body><div class='box'><div class='container'>{_bracketed_list('')}{_BODY}</div></div></body></html>")
    assert m.topic is None


_DISCLOSURE_LIST = ("<div class='xxgk'><p>信息名称：关于印发《关于加强住房公积金支持退役军人工作的实施意见》的通知</p>"
                    "<p>索 引 号：467286401/2024-00004</p><p>公开方式：主动公开</p><p>文件编号：常公积金〔2024〕1号</p>"
                    "<p>发布机构：市住房公积金管理中心</p><p>生成日期：2024-01-22</p><p>公开日期：{disclosed}</p></div>")
_NOTICE = ("<div id='zoom'><p>关于印发《关于加强住房公积金支持退役军人工作的实施意见》的通知</p><p>常公积金〔2024〕1号</p>"
           "<p>中心各部门，各辖市、区退役军人事务部门：</p><p>现将《关于加强住房公积金支持退役军人工作的实施意见》印发给你们，"
           "请认真贯彻执行。</p><p>某市住房公积金管理中心</p><p>2024年1月22日</p></div>")


def _disclosure_page(disclosed: str) -> str:
    return ("<html><head><meta name='ArticleTitle' content='关于印发《关于加强住房公积金支持退役军人工作的实施意见》的通知'>"
            "<meta name='PubDate' content='2024-02-20 15:49:27'></head><body>"
            + _DISCLOSURE_LIST.format(disclosed=disclosed) + _NOTICE + "</body></html>")


def test_a_printed_disclosure_date_before_a_later_date_meta_is_the_publish_date():
    # xk_03 (常州): 公开日期：2024-02-09 in the 信息公开 list, <meta name="PubDate" content="2024-02-20 15:49:27"> (re-saved);
    # no 发布 date is printed, so the 公开日期 is the date the page printed for its publication
    assert page_metadata(_disclosure_page("2024-02-09")).publish_date == "2024-02-09"


def test_a_printed_disclosure_date_after_the_date_meta_leaves_the_meta():
    # a later printed date is no reason to doubt the tag (as with a 发布时间, wb_07)
    assert page_metadata(_disclosure_page("2024-03-01")).publish_date == "2024-02-20"


def md(text: str):
    return segment(text, {}).metadata


def test_a_link_to_a_reading_below_the_signature_is_no_cited_document():
    # xk_02 (海南 公积金): 政策解读：《关于调整…有关规定的通知》解读 under the signature, the notice retyped; xk_05 (杭州):
    # 《关于优化调整…的通知》的热门问答: links of the page, not documents the notice cites
    for link in ("政策解读：《关于调整住房公积金个人住房贷款有关规定的通知》解读", "《关于优化调整房地产市场调控措施的通知》的热门问答"):
        m = md("关于调整住房公积金个人住房贷款业务有关规定的通知\n各直属管理局：\n根据《住房公积金管理条例》，现就有关事项通知如下：\n"
               "一、提高住房公积金个人住房贷款最高额度。\n某省住房公积金管理局\n2020年8月18日\n" + link + "\n")
        assert [c.title for c in m.cited_documents] == ["住房公积金管理条例"]


def test_a_reading_named_in_a_sentence_is_still_cited():
    # the link's words ending the line are asked for: 《…》解读工作 in running text is another matter, and the title stays
    m = md("关于做好政策宣传的通知\n各区：\n要认真做好《某市住房公积金管理办法》解读工作。\n某市住房公积金管理中心\n2020年8月18日\n")
    assert [c.title for c in m.cited_documents] == ["某市住房公积金管理办法"]


def test_a_letter_of_appointment_is_no_cited_document():
    # xk_07 (北京 人社): 《北京市专业技术资格证书》《北京市专业技术职务任职资格证书》和《北京市专业技术职务聘书》 改版为《北京市职称证书》:
    # certificates and a letter of appointment a person is handed, no documents; the rule the notice follows is cited
    m = md("关于启用电子职称证书的通知\n各区人力资源和社会保障局：\n按照《国务院关于在线政务服务的若干规定》要求，现将有关事项通知如下：\n"
           "一、由市人力资源社会保障局制发的《北京市专业技术资格证书》《北京市专业技术职务任职资格证书》和《北京市专业技术职务聘书》"
           "统一改版为《北京市职称证书》。\n某市人力资源和社会保障局\n2021年1月20日\n")
    assert [c.title for c in m.cited_documents] == ["国务院关于在线政务服务的若干规定"]


_SIGNED_BELOW = ("关于开展工伤保险内部控制检查工作的通知\n各省、自治区、直辖市人力资源社会保障厅（局）：\n"
                 "为防控工伤保险基金风险，现就开展检查工作通知如下：\n一、检查内容\n各地对照评价表开展自查。\n{label}\n2018年4月9日\n")


def test_an_attachment_name_with_the_signer_glued_after_it_gives_both():
    # xa_06 (人社部 page): 附件：工伤保险内部控制检查评价表人力资源社会保障部办公厅（略） / 2018年4月9日 — the line end between the
    # attachment's name and the signer was lost, and the page's （略） follows the signer
    m = md(_SIGNED_BELOW.format(label="附件：工伤保险内部控制检查评价表人力资源社会保障部办公厅（略）"))
    assert (m.issuer, m.attachments) == ("人力资源社会保障部办公厅", ["工伤保险内部控制检查评价表"])


def test_several_bodies_glued_after_an_empty_attachment_label_all_sign():
    # xa_02 (河北): 附件：河北省人力资源和社会保障厅河北省科学技术厅河北省教育厅河北省财政厅 / 2023年5月23日 — four signers run
    # together after the bare label, past the one body's length the rule first allowed
    m = md(_SIGNED_BELOW.format(label="附件：河北省人力资源和社会保障厅河北省科学技术厅河北省教育厅河北省财政厅"))
    assert m.issuer == "河北省人力资源和社会保障厅、河北省科学技术厅、河北省教育厅、河北省财政厅"
    assert m.attachments == []


def test_a_body_name_holding_a_document_word_is_not_cut_inside():
    # 代表大会 holds 表: the tail after it (大会常务委员会) is no signer, and the line is read as before
    m = md(_SIGNED_BELOW.format(label="附件：某某市人民代表大会常务委员会办公厅"))
    assert m.issuer == "某某市人民代表大会常务委员会办公厅"
