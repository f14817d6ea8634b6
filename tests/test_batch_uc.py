"""Batch uc (titles, issuers and 文号 as pages carry them): one test per rule, each on a real-shaped synthetic snippet."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.grammar import IMPRINT
from policyparse.repair import StepLog
from policyparse.repair.noise import remove_web_noise
from policyparse.segment import segment
from policyparse.segment.headings import heading_title


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(n.kind, n.text.split("\n")[0][:8]) for n in segment(text, {}).sections]


def test_a_sites_document_list_of_file_names_and_addresses_is_no_attachment_and_no_node():
    text = ("各省交通运输厅：\n现发布第9批某某评定表，请认真贯彻执行。\n附件：\n1、某某评定表\n2、某某简称对照表\n"
            "某某部（章）\n二○一二年一月十一日\n文档附件：\n附件1：某某评定表.doc\n"
            "http://www.example.gov.cn/zhengwu/201201/P020120118372100634044.doc\n附件2：某某厂家简称对照表.doc\n"
            "http://www.example.gov.cn/zhengwu/201201/P020120118372100670588.doc\n")
    seg = segment(text, {})
    assert seg.metadata.attachments == ["某某评定表", "某某简称对照表"]
    assert not any(".doc" in n.text or "http" in n.text for n in seg.sections)


def test_the_banji_lines_below_the_signature_of_a_notice_without_numbered_lines_are_closing_lines():
    text = ("各省交通运输厅：\n现发布第9批某某评定表，请认真贯彻执行。\n某某部（章）\n二○一二年一月十一日\n"
            "主题词：营运 客车 等级 通知\n抄送：各省道路运输局，某某学会。\n")
    assert _kinds(text)[-2:] == [("closing", "主题词：营运 客"), ("closing", "抄送：各省道路运")]


def test_an_imprint_dated_by_its_month_only_is_an_imprint():
    assert IMPRINT.search("某某部办公厅 2012年1月印发")
    assert IMPRINT.search("某某部办公厅 2012年1月10日印发")
    assert not IMPRINT.search("2012年1月印发的通知要求")


def test_a_clock_times_colon_ends_no_heading_title():
    title, _ = heading_title("参加植树的人员，于2009年2月19日上午8:30时统一乘车往植树点。请各单位派负责人1名。")
    assert title == "参加植树的人员，于2009年2月19日上午8:30时统一乘车往植树点"
    assert heading_title("会议时间：2008年10月9日上午10:00")[0] == "会议时间"


def test_a_date_before_qianwang_is_the_day_of_the_trip_not_a_bound():
    text = "由县林业局牵头组织于2009年2月18日下午3:30时前往现场熟悉场地。"
    assert [(d.day, d.kind) for d in find_deadlines(text, 0, len(text), 2009, None)] == [(18, "period")]
    text = "各单位于2009年2月18日下午3:30时前报送名单。"
    assert [(d.day, d.kind) for d in find_deadlines(text, 0, len(text), 2009, None)] == [(18, "by")]


def test_a_download_link_named_by_the_doc_number_alone_names_the_notices_doc_number():
    text = ("\n朗读\n各乡镇人民政府，县政府直属各有关单位：\n《某某县森林采伐管理改革试点方案》已经省林业厅批复同意，现印发给你们，"
            "请认真组织实施。\n二○○九年九月七日\n下载阅读版本:某政办发〔2009〕146号.pdf\n")
    assert segment(text, {}).metadata.doc_number == "某政办发〔2009〕146号"


def test_lines_of_unit_names_under_a_list_lead_in_are_paragraphs():
    text = ("各乡镇人民政府：\n经县人民政府研究，决定对2008年度工作完成得较好的单位进行通报表彰。\n2008年度民政工作先进单位：\n"
            "东村镇人民政府 西岭镇人民政府\n南坝乡人民政府 北岔河乡人民政府\n希望受表彰的单位再接再厉。\n某某县人民政府办公室\n"
            "二○○九年三月二十日\n")
    kinds = _kinds(text)
    assert ("preamble", "东村镇人民政府 ") in kinds and ("preamble", "南坝乡人民政府 ") in kinds


def test_a_law_sites_cut_page_notes_and_comment_link_are_furniture():
    text = ("三、请各单位派负责人1名前往现场。\n第 [1] 页 共[2]页\n上面法规内容为部分内容，如果要查看全文请点击此处：查看全文\n"
            "【发表评论】\n")
    out = remove_web_noise(text, StepLog("web_noise"))
    assert "查看全文" not in out and "发表评论" not in out and "三、请各单位" in out


def test_a_day_written_alone_after_a_full_date_is_a_day_of_its_month():
    # uc_03 (融水 2009): …于2009年2月18日前挖好植树坑，19日统一种植 — 19日 is 2009-02-19, the planting day
    text = "该绿化点由建设局牵头组织责任单位于2009年2月18日前挖好植树坑，19日统一种植，该绿化点的责任单位实行“三包”。"
    assert [(d.date, d.kind) for d in find_deadlines(text, 0, len(text), 2009, None)] == [
        ("2009-02-18", "by"), ("2009-02-19", "period")]
    text = "请于2023年5月10日前报名，20日前报送材料。"
    assert [(d.date, d.kind) for d in find_deadlines(text, 0, len(text), 2023, None)] == [
        ("2023-05-10", "by"), ("2023-05-20", "by")]
    # a count of days is no day of the month; a day after the sentence's end is not read so
    text = "于2023年5月10日前完成整改，15日内报送结果。20日统一验收。"
    assert [d.date for d in find_deadlines(text, 0, len(text), 2023, None)] == ["2023-05-10"]
