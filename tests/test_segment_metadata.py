"""Metadata readers on synthetic snippets: one test per rule (issue 10 §4)."""

from __future__ import annotations

from policyparse.segment import segment


def md(text: str):
    return segment(text, {}).metadata


def test_plan_title_from_the_issuing_sentence_of_a_body_only_notice():
    m = md("各镇人民政府：\n《某市体育设施管理暂行办法》已经市政府研究同意，现印发给你们，请认真贯彻执行。\n"
           "某市人民政府办公室\n2013年6月26日\n某市体育设施管理暂行办法\n第一章 总则\n第一条为了规范管理，制定本办法。\n")
    assert m.plan_title == "《某市体育设施管理暂行办法》"
    assert m.doc_type == "通知"
    assert m.cited_documents == []


def test_adopted_then_issued_in_the_next_sentence():
    m = md("国务院各部委：\n《国务院2008年工作要点》已经国务院常务会议通过。现印发给你们，请认真贯彻落实。\n国务院\n2008年3月29日\n")
    assert m.plan_title == "《国务院2008年工作要点》"


def test_a_cited_basis_before_the_issuing_sentence_is_not_the_plan():
    m = md("各单位：\n为贯彻《关于加强科普工作的意见》，现将《学习宣传工作方案》印发给你们。\n")
    assert m.plan_title == "《学习宣传工作方案》"


def test_title_glued_to_a_decree_header_and_the_decree_number():
    m = md("某市政务数据管理办法\n某市人民政府令\n（第16号）\n《某市政务数据管理办法》已经市人民政府常务会议审议通过，现予公布。\n"
           "市长 某某\n2020年5月15日\n某市政务数据管理办法\n第一章 总则\n第一条为了规范管理，制定本办法。\n")
    assert m.title == "某市政务数据管理办法"
    assert m.doc_type == "办法"
    assert m.doc_number == "某市人民政府令第16号"


def test_promulgation_header_before_the_real_title():
    m = md("某省人民代表大会常务委员会公告\n（第38号）\n《某省备案审查条例》已由某省人民代表大会常务委员会第十四次会议通过，现予公布。\n"
           "特此公告。\n某省人民代表大会常务委员会\n2024年10月6日\n某省备案审查条例\n第一章 总则\n第一条为了规范备案，制定本条例。\n")
    assert m.title == "某省备案审查条例"
    assert m.doc_type == "条例"
    assert m.doc_number == "某省人民代表大会常务委员会公告第38号"


def test_period_on_its_own_line_joins_the_title_and_a_draft_status_does_not():
    m = md("某市生态修复规划\n（2021 年-2035 年）\n（草案）\n某市规划和自然资源委员会\n2021 年 9 月\n为了修复生态，编制本规划。\n一、总体要求\n")
    assert m.title == "某市生态修复规划（2021年-2035年）"
    assert m.issuer == "某市规划和自然资源委员会"
    assert (m.plan_period.start, m.plan_period.end) == (2021, 2035)


def test_repeated_page_title_with_its_number_in_brackets():
    m = md("关于印发《某办法》的通知（某发〔2019〕916号）\n关于印发《某办法》的通知\n某发〔2019〕916号\n各省发展改革委：\n现将《某办法》印发给你们。\n")
    assert m.title == "关于印发《某办法》的通知"
    assert m.doc_number == "某发〔2019〕916号"


def test_attachment_label_glued_before_the_title():
    m = md("附件\n2020年城市体检工作方案\n按照要求，制定本方案。\n一、样本城市\n")
    assert m.title == "2020年城市体检工作方案"


def test_body_names_its_own_kind():
    assert md("各乡镇：\n你乡《关于调整村规模的请示》收悉。经研究，现批复如下：\n一、同意调整。\n").doc_type == "批复"
    assert md("根据有关规定，现通告如下。\n一、协商选定\n本通告发布后十日内完成。\n").doc_type == "通告"
    assert md("为了推动发展，制定本实施方案。\n一、总体目标\n到2025年完成。\n").doc_type == "实施方案"
    assert md("各单位：\n为做好考试工作，现将有关事项通知如下：\n一、组织分工\n").doc_type == "通知"
    assert md("各高校：\n为加强学风建设，提出如下实施意见。\n一、充分认识重要性。\n").doc_type == "意见"


def test_issuer_from_the_closing_imprint_and_disclosure_after_the_signature():
    m = md("为了推动发展，制定本实施方案。\n一、总体目标\n到2025年完成。\n抄送：省委各部门。\n某省人民政府办公厅2020年12月10日印发\n")
    assert m.issuer == "某省人民政府办公厅"
    m = md("各区人民政府：\n现将有关事项通知如下。\n一、标准\n提高标准。\n某市民政局\n2025年5月30日\n公开方式：主动公开\n")
    assert m.disclosure == "主动公开"


def test_cited_documents_leave_out_drafts_forms_standards_and_exam_subjects():
    text = ("各单位：\n根据《某某条例》《关于加强某工作的意见》（某发〔2018〕27号）等文件精神，现将有关事项通知如下。\n"
            "一、工作要求\n制定《某某管理办法》，推动《某某监管办法》出台。幼儿园打印《报名表》，发出《新生录取通知书》。"
            "参考《残疾分类和分级》（GB/T26341-2010）标准。考试设《合同管理》、《投资控制》和《案例分析》3个科目。"
            "依照《中华人民共和国电子商务法》处罚。\n")
    cited = [(c.title, c.doc_number) for c in md(text).cited_documents]
    assert cited == [("某某条例", None), ("关于加强某工作的意见", "某发〔2018〕27号"), ("中华人民共和国电子商务法", None)]


def test_escaped_brackets_inside_a_cited_title():
    text = "各单位：\n根据《某办公厅印发&lt；关于深化改革的实施意见&gt；的通知》（某办发〔2019〕22号）精神，现将有关事项通知如下。\n"
    assert md(text).cited_documents[0].title == "某办公厅印发《关于深化改革的实施意见》的通知"


def test_attachment_lists_tables_glued_labels_and_download_links():
    tail = "一、工作要求\n做好工作。\n"
    m = md("各单位：\n现将有关事项通知如下。\n" + tail + "附表：1.某某计划表\n2.某某现状表\n附表1 某某计划表\n序号\n地市\n")
    assert m.attachments == ["某某计划表", "某某现状表"]
    m = md("各单位：\n现将有关事项通知如下。\n" + tail + "某县人民政府\n2021年10月19日附件：\n1.某某目录清单（第二批）\n2.某某责任清单\n")
    assert m.attachments == ["某某目录清单（第二批）", "某某责任清单"]
    m = md("各单位：\n现将有关事项通知如下。\n" + tail + "附件：1.某某名单\n2.某某选择单\n附件1、2.docx\n")
    assert m.attachments == ["某某名单", "某某选择单"]
    m = md("各单位：\n现将有关事项通知如下。\n" + tail + "附件：某某任务清单（2021—2025年）.docx\n")
    assert m.attachments == ["某某任务清单（2021—2025年）"]


def test_labels_heading_the_attached_documents_restate_the_list():
    m = md("各单位：\n现将有关事项通知如下。\n一、工作要求\n做好工作。\n附件：某市符合安置条件退役士兵名单\n"
           "某市人民政府\n2023年10月16日\n附件\n某市符合安置条件\n退役士兵名单\n")
    assert m.attachments == ["某市符合安置条件退役士兵名单"]


def test_legal_database_fields_in_brackets_and_labelled_title():
    from policyparse import parse

    m = parse(
        "【标题】某市促进就业实施办法\n【制定机关】某市人民政府\n【公布日期】2021.03.05\n【字号】某政发〔2021〕3号\n"
        "【施行日期】2021.04.01\n第一条 为促进就业，制定本办法。\n第二条 本办法适用于本市。\n"
    ).metadata
    assert (m.title, m.issuer, m.publish_date, m.doc_number) == ("某市促进就业实施办法", "某市人民政府", "2021-03-05", "某政发〔2021〕3号")
    m = parse("发文标题：某市促进就业实施办法\n发文文号：某政发〔2021〕3号\n发文机关：某市人民政府\n成文日期：2021年3月5日\n第一条 为促进就业，制定本办法。\n").metadata
    assert (m.title, m.doc_number, m.issuer, m.issue_date) == ("某市促进就业实施办法", "某政发〔2021〕3号", "某市人民政府", "2021-03-05")


def test_the_issuer_of_a_transmitting_title_is_the_office_that_transmits():
    assert md("国务院批转发展改革委、能源办关于加快关停小火电机组若干意见的通知\n各省人民政府：\n现转发给你们。\n").issuer == "国务院"
    assert md("国务院办公厅转发国家发展改革委关于某工程意见的通知\n各省人民政府：\n现转发给你们。\n").issuer == "国务院办公厅"


def test_a_seal_note_is_no_part_of_the_issuer():
    text = "各镇人民政府：\n现将有关事项通知如下。\n一、工作要求\n加强领导。\n某区人民政府办公室（某区金融工作局代章）\n2023年2月8日\n"
    assert md(text).issuer == "某区人民政府办公室"


def test_a_title_abbreviating_the_issuer_gives_way_to_the_full_signature():
    m = md("市农业农村委关于印发《某规范》的通知\n市农科院：\n现印发给你们，请照此执行。\n天津市农业农村委员会\n2021年11月15日\n")
    assert m.issuer == "天津市农业农村委员会"


def test_a_signature_abbreviating_the_title_issuer_keeps_the_title_name():
    m = md("武汉市蔡甸区人民政府办公室关于开展检查的通知\n各街道：\n现通知如下。\n区人民政府办公室\n2021年5月6日\n")
    assert m.issuer == "武汉市蔡甸区人民政府办公室"


def test_joint_issuers_on_lines_of_their_own_and_an_attached_list_label():
    m = md("各村党支部：\n现调整如下：\n一、领导小组\n组长：刘某。\n附：乡领导联系点明细表\n"
           "中共某县某乡委员会\n某县某乡人民政府\n2021年10月14日\n")
    assert m.issuer == "中共某县某乡委员会、某县某乡人民政府"
    assert m.issue_date == "2021-10-14"
    assert m.attachments == ["乡领导联系点明细表"]


def test_a_download_link_for_the_notice_gives_title_and_number():
    m = md("各镇人民政府：\n经研究，同意公布。\n临海市人民政府\n2013年6月4日\n"
           "临政发〔2013〕26号临海市人民政府关于调整文物保护单位的通知.doc\n")
    assert m.title == "临海市人民政府关于调整文物保护单位的通知"
    assert m.doc_number == "临政发〔2013〕26号"


def test_a_number_in_brackets_closing_the_title_and_a_label_number_without_a_year():
    m = md("某自治区人民政府办公厅关于印发若干措施的通知（桂政办发〔2021〕106号）\n各市人民政府：\n现印发给你们。\n")
    assert m.doc_number == "桂政办发〔2021〕106号"
    m = md("【制定机关】某市人民代表大会常务委员会\n【字号】某市人大常委会公告第5号\n第一条 为了规范管理，制定本条例。\n")
    assert m.doc_number == "某市人大常委会公告第5号"


def test_deletion_notes_are_disclosure():
    m = md("辽宁省人民政府：\n现函复如下。\n国务院办公厅\n二〇〇四年八月十二日\n（本文有删减）\n")
    assert m.disclosure == "本文有删减"


def test_an_attachment_name_wrapped_over_two_lines_is_rejoined_by_the_attached_title():
    m = md("各社区：\n现将方案印发给你们。\n某镇党政办公室\n2021年10月19日\n一、主办单位\n镇文化站。\n"
           "附件：某镇社区文艺巡回演出\n节目单汇总表\n附件：\n某镇社区文艺巡回演出节目单汇总表\n序号\n")
    assert m.attachments == ["某镇社区文艺巡回演出节目单汇总表"]


def test_a_page_title_that_names_only_the_site_is_no_title():
    body = "各乡镇人民政府：\n现通知如下：\n一、加强领导\n各乡镇要加强领导。\n某某县人民政府办公室\n2021年5月6日\n"
    assert segment(body, {"title": "某某县人民政府"}).metadata.title is None
    assert segment(body, {"title": "某某市政府信息公开"}).metadata.title is None
    assert segment(body, {"title": "关于做好防汛工作的通知"}).metadata.title == "关于做好防汛工作的通知"


def test_seal_notes_and_issuer_and_date_on_one_line():
    body = "关于开展安全检查的通知\n各学校：\n现就有关事项通知如下：\n一、检查内容\n校舍安全。\n"
    assert md(body + "某某市安全生产委员会办公室\n（某某市应急管理局代章）\n2021年5月6日\n").issuer == "某某市安全生产委员会办公室"
    m = md(body + "某某市教育局 2021年5月6日\n")
    assert (m.issuer, m.issue_date) == ("某某市教育局", "2021-05-06")
    m = md(body + "某某市教育局（代章）\u30002021年5月6日\n")
    assert (m.issuer, m.issue_date) == ("某某市教育局", "2021-05-06")


def test_a_signature_dropping_the_place_takes_the_page_field_full_name():
    m = md("发文机关：武汉市蔡甸区人民政府办公室\n标题：关于开展安全检查的通知\n关于开展安全检查的通知\n各街道办事处：\n"
           "现就有关事项通知如下：\n一、检查内容\n校舍安全。\n区人民政府办公室\n2021年5月6日\n")
    assert m.issuer == "武汉市蔡甸区人民政府办公室"


def test_attachment_entries_numbered_on_within_one_line_are_one_name_each():
    m = md("各区人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n附件：1.某某工作方案；2.某某任务清单（2021—2025年）3.某某申报表\n"
           "某某市人民政府\n2021年10月19日\n")
    assert m.attachments == ["某某工作方案", "某某任务清单（2021—2025年）", "某某申报表"]


def test_a_decimal_inside_an_attachment_name_numbers_no_entry():
    m = md("各区人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n附件：1.关于1.5亿元专项资金的分配表\n某某市人民政府\n2021年10月19日\n")
    assert m.attachments == ["关于1.5亿元专项资金的分配表"]


def test_labels_opening_list_items_and_values_on_the_line_below():
    m = md("某某县人民政府工作规则\n• 索引号：\n1234/2024-001\n• 发文字号：\n某政发〔2024〕7号\n• 发文日期：\n2024年04月06日 16:40\n"
           "• 有效性：\n• 发布日期：\n2024年04月08日 16:34\n某某县人民政府工作规则\n第一章总则\n一、为规范工作，制定本规则。\n")
    assert (m.doc_number, m.issue_date, m.publish_date, m.index_number) == ("某政发〔2024〕7号", "2024-04-06", "2024-04-08", "1234/2024-001")


def test_dash_list_labels_and_a_letter_spaced_name_label():
    m = md("- 索引号：abc/2021-00016\n- 发文字号：某行发〔2021〕42号\n- 名 称：某某行政公署关于印发《某某工作规则》的通知\n"
           "各县人民政府：\n《某某工作规则》已经研究通过，现印发给你们，请认真贯彻执行。\n某某行政公署\n2021年11月9日\n")
    assert m.doc_number == "某行发〔2021〕42号"
    assert m.index_number == "abc/2021-00016"
    assert m.title == "某某行政公署关于印发《某某工作规则》的通知"


def test_a_page_heading_wrapping_the_title_in_its_number_and_book_brackets():
    m = md("某府发〔2014〕7号《某市人民政府关于印发〈某市专项资金管理办法〉的通知》\n浏览量：时间：2018-11-14 08:56:07\n"
           "《某市人民政府关于印发〈某市专项资金管理办法〉的通知》\n某府发〔2014〕7号\n各区县政府：\n"
           "《某市专项资金管理办法》已经市政府同意，现印发你们，请认真贯彻执行。\n某市人民政府\n2014年2月10日\n")
    assert m.title == "某市人民政府关于印发〈某市专项资金管理办法〉的通知"
    assert m.issuer == "某市人民政府"


def test_a_space_between_the_issuer_and_its_title_s_subject():
    m = md("某某县人民政府办公室 关于推进政务信息资源共享工作的 通知\n某政办〔2019〕26号\n各乡（镇）人民政府，县政府各部门：\n"
           "为加快推进信息共享，现就有关工作要求通知如下：\n一、基本原则\n")
    assert m.issuer == "某某县人民政府办公室"


def test_a_legal_database_prints_the_issuers_between_two_copies_of_the_title():
    m = md("关于开展某某产品推广工作的通知\n时间：2024-07-22 05:16:06 来源：某资料网\n关于开展某某产品推广工作的通知\n"
           "财政部 国家发展和改革委员会 工业和信息化部\n关于开展某某产品推广工作的通知\n财建〔2013〕644号\n"
           "为推进节能减排，现将有关事项通知如下：\n一、现行政策执行到2013年9月30日。\n")
    assert m.issuer == "财政部、国家发展和改革委员会、工业和信息化部"


def test_a_legal_database_entry_dated_then_signed_on_one_line():
    m = md("某某用具管理办法\n时间：2024-07-01 13:16:35 来源：某资料网\n某某用具管理办法\n铁道部\n某某用具管理办法\n1990年3月10日，铁道部\n"
           "第1条 为了加强管理，特制定本办法。\n第2条 本办法自发布之日起施行。\n")
    assert (m.issuer, m.issue_date) == ("铁道部", "1990-03-10")


def test_a_decree_number_a_cited_title_carries_is_not_the_notice_s_number():
    m = md("某市人民政府办公室关于印发某市信息发布规定的通知\n各镇人民政府：\n根据《某省信息公开办法》（省政府令第225号）和有关规定，"
           "现将《某市信息发布规定》印发给你们，请认真贯彻执行。\n二O一一年5月16日\n")
    assert m.doc_number is None


def test_a_notice_title_block_below_a_document_sharing_page_s_own_lines():
    m = md("某盟办公室公文处理细则.docx\n- 文档编号：5043956\n- 上传时间：2022-12-12\n"
           "《某盟办公室公文处理细则.docx》由会员分享，可在线阅读，更多相关内容请在本站搜索。\n某盟办公室公文处理细则\n"
           "某盟行政公署办公室关于印发某盟办公室公文处理细则的通知\n（某署办发〔2007〕22号）\n各旗人民政府，行署各委、办、局：\n"
           "现将修改完善后的细则印发给你们，望认真贯彻执行。\n二○○七年六月五日\n")
    assert m.title == "某盟行政公署办公室关于印发某盟办公室公文处理细则的通知"
    assert m.doc_number == "某署办发〔2007〕22号"
    assert m.issuer == "某盟行政公署办公室"
    assert m.addressees == ["各旗人民政府", "行署各委、办、局"]


def test_an_attachment_named_in_book_brackets_with_a_remark_after_them():
    m = md("第一条 为了规范活动，制定本办法。\n第二条 本办法自2013年5月1日起施行。\n附件：《某某系统技术规范—第1部分》（略，详情请登录某某网\n站）\n")
    assert m.attachments == ["某某系统技术规范—第1部分"]


def test_a_field_label_glued_after_the_value_before_it():
    m = md("某市人民政府关于印发某某管理办法的通知\n来源：某市人民政府发布时间：2019-08-13 16:00\n各区、县人民政府：\n"
           "《某某管理办法》已经市政府同意，现印发你们，请认真贯彻执行。\n某市人民政府\n2019年7月12日\n")
    assert m.publish_date == "2019-08-13"


def test_a_title_naming_what_page_furniture_names_is_still_the_title():
    m = md("某某在线\n关于印发某市政府信息公开目录编制规则的通知\n来源：某网 · 2020-11-11\n各旗、县、区人民政府：\n"
           "经市人民政府同意，现将《某市政府信息公开目录编制规则》印发给你们，请认真组织实施。\n")
    assert m.title == "关于印发某市政府信息公开目录编制规则的通知"


def test_field_cells_in_a_row_whose_first_cell_is_no_label():
    m = md("索引号 | 0152/2022-0307001 | 发布机构 | 某县教育体育局 |\n公开目录 | 人事信息 | 发布日期 | 2022-03-07 |\n文号 | 浏览量 |\n"
           "各乡镇中心学校、各中学：\n为加强教师队伍建设，结合实际，通知如下。\n一、加强编制管理\n")
    assert m.publish_date == "2022-03-07"


def test_a_doc_number_glued_before_the_title_line():
    m = md("某政发〔2020〕1号某市人民政府关于加强某某工作的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n"
           "某市人民政府\n2020年1月2日\n")
    assert (m.title, m.doc_number, m.issuer) == ("某市人民政府关于加强某某工作的通知", "某政发〔2020〕1号", "某市人民政府")


def test_joint_issuers_stacked_above_a_title_that_starts_at_guanyu():
    m = md("某市财政局\n某市发展和改革委员会\n关于加强某某工作的通知\n某财发〔2020〕1号\n各区财政局：\n现将有关事项通知如下。\n"
           "一、加强领导。\n某市财政局\n某市发展和改革委员会\n2020年1月2日\n")
    assert m.issuer == "某市财政局、某市发展和改革委员会"
    assert m.title.replace(" ", "") == "某市财政局某市发展和改革委员会关于加强某某工作的通知"


def test_a_parent_body_heading_the_page_above_its_office_is_no_co_issuer():
    m = md("某市人民政府\n某市人民政府办公室\n关于加强某某工作的通知\n各区财政局：\n现将有关事项通知如下。\n一、加强领导。\n"
           "某市人民政府办公室\n2020年1月2日\n")
    assert m.issuer == "某市人民政府办公室"


def test_an_issuer_line_above_a_title_wrapped_over_two_lines():
    m = md("某某市人民政府办公室\n关于印发某某市促进中小企业\n发展若干措施的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n"
           "某某市人民政府办公室\n2021年3月1日\n")
    assert m.title == "某某市人民政府办公室关于印发某某市促进中小企业发展若干措施的通知"


def test_the_mark_where_the_seal_goes_is_no_part_of_the_issuer():
    m = md("关于印发某某方案的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某县人民政府办公室（印）\n2021年3月1日\n")
    assert m.issuer == "某某县人民政府办公室"


def test_maps_listed_under_a_bare_label_with_blanks_after_their_numbers():
    # 附  图 / 附图 1  …图 / 附图 2  …图 / 2 9 (a page number): each map named once, without its label
    text = "关于某某规划的通知\n一、总体要求\n加强保护。\n二、保障措施\n加强领导。\n附  图\n附图 1  北京市自然资源图\n附图 2  北京市生态修复分区图\n2 9\n"
    assert md(text).attachments == ["北京市自然资源图", "北京市生态修复分区图"]
