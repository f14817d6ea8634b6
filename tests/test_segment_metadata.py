"""Metadata readers on synthetic snippets: one test per rule (issue 10 §4)."""

from __future__ import annotations

from policyparse.pipeline import parse
from policyparse.segment import segment


def segment_html(page: str):
    """A saved page read as the pipeline reads it (its <title> goes to the metadata reader)."""
    return parse(page.encode("utf-8")).metadata


def md(text: str):
    return segment(text, {}).metadata


def test_plan_title_from_the_issuing_sentence_of_a_body_only_notice():
    m = md("各镇人民政府：\n《某市体育设施管理暂行办法》已经市政府研究同意，现印发给你们，请认真贯彻执行。\n"
           "某市人民政府办公室\n2013年6月26日\n某市体育设施管理暂行办法\n第一章 总则\n第一条为了规范管理，制定本办法。\n")
    assert m.plan_title == "《某市体育设施管理暂行办法》"
    assert m.doc_type == "通知"
    assert m.cited_documents == []


def test_a_decree_publishing_a_regulation_above_its_body_is_of_the_regulation_s_kind():
    m = md("中华人民共和国国务院令第432号\n《某某监管条例》已经2005年2月2日国务院第80次常务会议通过，现予公布，自2005年5月1日起施行。\n"
           "总理 某某某\n二○○五年二月十五日\n某某监管条例\n第一章 总则\n第一条为了加强监管，制定本条例。\n")
    assert (m.doc_number, m.plan_title, m.doc_type) == ("国务院令第432号", "《某某监管条例》", "条例")


def test_adopted_then_issued_in_the_next_sentence():
    m = md("国务院各部委：\n《国务院2008年工作要点》已经国务院常务会议通过。现印发给你们，请认真贯彻落实。\n国务院\n2008年3月29日\n")
    assert m.plan_title == "《国务院2008年工作要点》"


def test_a_short_name_defined_after_the_plan_is_no_plan_title_and_no_citation():
    # （以下简称《纲要》）: the alias of the document named before it; the sentence is about the full name
    for note in ("(以下简称《纲要》)", "（简称《纲要》）", "（下称《纲要》）"):
        m = md(f"某市人民政府关于印发某市发展规划纲要的通知\n各县人民政府：\n《某市发展规划纲要》{note}已经市人大会议审查批准，"
               "现印发给你们，请认真贯彻实施。\n某市人民政府\n2021年4月27日\n")
        assert m.plan_title == "《某市发展规划纲要》", note
        assert m.cited_documents == [], note


def test_a_cited_basis_before_the_issuing_sentence_is_not_the_plan():
    m = md("各单位：\n为贯彻《关于加强科普工作的意见》，现将《学习宣传工作方案》印发给你们。\n")
    assert m.plan_title == "《学习宣传工作方案》"


def test_a_plan_stored_alone_issues_nothing_its_preface_names():
    # another body's act reported (2020年3月，某部印发《…》) and the plan's own drafting (…组织编制了《本规划》)
    m = md("某市城市内涝治理规划\n\n2020年3月，住房城乡建设部印发《关于易涝点整治的通告》，提出整治要求。"
           "2020年8月，自然资源部办公厅、财政部办公厅联合印发《生态保护修复工程指南（试行）》。\n"
           "为此，某市住房和城乡建设局组织编制了《某市城市内涝治理规划（2021—2025年）》。\n"
           "规划是全市内涝治理的依据。\n一、总体要求\n（一）指导思想。坚持系统治理。\n")
    assert m.title == "某市城市内涝治理规划"
    assert m.plan_title is None


def test_the_notice_own_issuing_verb_still_names_the_plan():
    m = md("各区人民政府：\n为做好有关工作，特印发《某市防汛工作方案》，请认真执行。\n某市人民政府\n2021年5月1日\n")
    assert m.plan_title == "《某市防汛工作方案》"
    m = md("各区人民政府：\n我委编制了《某市农机化实施意见》。现印发给你们，请认真执行。\n某市农业农村委员会\n2022年5月1日\n")
    assert m.plan_title == "《某市农机化实施意见》"


def test_title_glued_to_a_decree_header_and_the_decree_number():
    m = md("某市政务数据管理办法\n某市人民政府令\n（第16号）\n《某市政务数据管理办法》已经市人民政府常务会议审议通过，现予公布。\n"
           "市长 某某\n2020年5月15日\n某市政务数据管理办法\n第一章 总则\n第一条为了规范管理，制定本办法。\n")
    assert m.title == "某市政务数据管理办法"
    assert m.doc_type == "办法"
    assert m.doc_number == "某市人民政府令第16号"


def test_a_joint_decree_heading_glued_to_its_number_and_rules_name():
    m = md("中华人民共和国甲部 中华人 民共和国乙部 中华人民共和国丙部令（第20号）某某办法\n\n"
           "中华人民共和国甲部 中华人民共和国乙部 中华人民共和国丙部令\n第 20 号\n"
           "《某某办法》已经甲部、乙部、丙部审议通过，现予公布，自2013年5月1日起施行。\n"
           "甲部部长 张某\n2013年2月4日\n某某办法\n第一章 总则\n第一条为了规范活动，制定本办法。\n")
    assert m.title == "某某办法"
    assert m.doc_number == "第20号"
    assert m.issuer == "甲部、乙部、丙部"


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


def test_an_edition_on_its_own_line_joins_a_guide_s_title():
    # ur_11 (PDF text): 国家智能制造标准体系建设指南 / （2021 版） / 2021 年 11 月 / 目 录 …
    m = md("某行业标准体系建设指南\n（2021 版）\n2021 年 11 月\n一、总体要求\n坚持标准引领。\n")
    assert m.title == "某行业标准体系建设指南（2021 版）"


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
    # uo_03: a ministry's reply letter stored from its addressee (…，现函复如下。… 专此函复。)
    assert md("某市人民政府：\n《关于申请建设某试验区的函》收悉。经研究，现函复如下。\n一、支持建设试验区。\n专此函复。\n").doc_type == "函"
    # a notice asking for replies by letter (请于…前函复) is no 函
    assert md("各单位：\n现将有关事项通知如下：\n一、报送要求\n请于5月30日前函复。\n").doc_type == "通知"
    # uq_09: a county bureau's 公示 with no title line (…目前项目已开工。特此公示。 / 某县农业农村局 / date)
    assert md("根据省农业农村厅文件精神，我县建设高标准农田6万亩。目前项目已开工。\n特此公示。\n某县农业农村局\n2021年12月8日\n").doc_type == "公示"
    assert md("关于某某试点县的公示\n经审定，拟推荐某县为试点县。现予以公示，公示期为5个工作日。\n某市农业农村局\n2025年1月9日\n").doc_type == "公示"


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


# ---------------------------------------------------------------- batch rp (rules written on its development part)


def test_attachment_label_glued_after_the_closing_sentence():
    m = md("某局关于简化手续的通知\n各区人社局：\n一、取消审批。\n本通知自2022年2月21日起执行。附件：1．办事指南\n2．核对单\n"
           "3．申报表\n2021年11月17日\n")
    assert m.attachments == ["办事指南", "核对单", "申报表"]


def test_an_article_of_an_attached_document_is_no_attachment_label():
    m = md("某市人民政府关于印发清单的通知\n各区县人民政府：\n一、严格清单管理。\n某市人民政府\n2021年8月10日\n"
           "附件2第二条、第三条、第五条4.《建设项目评价报告编制规范》（GBZ/T 181—2006）4.1申请人45医疗机构执业登记\n")
    assert m.attachments == []


def test_a_cited_rule_carries_its_decree_or_announcement_number():
    m = md("各单位：\n按照《事业单位公开招聘违纪违规行为处理规定》（人社部令第35号）和《托儿所、幼儿园建筑设计规范（2019年版）》"
           "（住房城乡建设部公告2019年第237号）执行。\n某校\n2021年11月19日\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("事业单位公开招聘违纪违规行为处理规定", "人社部令第35号"),
        ("托儿所、幼儿园建筑设计规范（2019年版）", "住房城乡建设部公告2019年第237号"),
    ]


def test_a_cited_rule_may_carry_its_decree_number_with_the_word_last():
    m = md("某盟行政公署关于印发办法的通知\n各旗县人民政府：\n根据《建筑工程质量管理条例》（国务院第279号令）、"
           "《实施工程建设强制性标准监督规定》（建设部81号令）的规定，现印发给你们。\n某盟行政公署\n2010年9月26日\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("建筑工程质量管理条例", "国务院第279号令"),
        ("实施工程建设强制性标准监督规定", "建设部81号令"),
    ]


def test_the_notices_own_attachment_named_in_its_text_is_not_cited():
    m = md("某厅关于加强外墙保温工程管理的通知\n各市住建局：\n一、严格选用。\n选用应符合《外墙保温工程技术要点（试行）》要求，具体内容见附件。\n"
           "附件：外墙保温工程技术要点（试行）\n某厅\n2021年11月19日\n")
    assert m.cited_documents == []


def test_a_title_marked_as_an_attachment_is_not_cited_anywhere_in_the_text():
    m = md("某局关于简化手续的通知\n各区人社局：\n一、出具《核对单说明》（附件2，以下简称《说明》）。\n二、可按《核对单说明》申报修改。\n"
           "某局\n2021年11月17日\n")
    assert m.cited_documents == []


def test_signed_pledges_and_red_head_headers_are_no_documents():
    m = md("各单位：\n申报人须签署《申报专业技术任职资格诚信承诺书》。简介：多篇相关的《湖南省人民政府办公厅文件》。\n某办\n2021年11月18日\n")
    assert m.cited_documents == []


def test_papers_an_applicant_hands_in_are_no_documents():
    m = md("各单位：\n推荐意见在装订材料第二部分的《工作鉴定》中注明，并附《职称评审申报书》《岗位推荐书》。"
           "按《某省职称评审管理办法》执行。\n某办\n2021年11月18日\n")
    assert [c.title for c in m.cited_documents] == ["某省职称评审管理办法"]


def test_a_roster_to_fill_in_is_no_document():
    # vw_02's attached 申请程序: 申请…补贴提交材料：1.《…补贴申请表》；2.《…学员补贴花名册》。 (forms, not documents cited)
    m = md("各单位：\n申请就业见习示范基地补贴提交材料：\n1.《某市就业见习示范基地补贴申请表》；\n"
           "2.《某市就业见习示范基地学员补贴花名册》。\n按《某市就业补助资金使用管理办法》执行。\n某局\n2019年10月9日\n")
    assert [c.title for c in m.cited_documents] == ["某市就业补助资金使用管理办法"]


def test_a_certificate_issued_for_one_case_is_no_document():
    # wb_02: 未取得《慈溪市保障性租赁住房项目认定书》的 (a paper issued to an applicant, not a document cited)
    m = md("各单位：\n未取得《某市保障性租赁住房项目认定书》的不予奖补。"
           "按《某市就业补助资金使用管理办法》执行。\n某局\n2023年4月21日\n")
    assert [c.title for c in m.cited_documents] == ["某市就业补助资金使用管理办法"]


def test_a_title_deed_and_a_form_named_twice_are_no_documents():
    # wf_05: 新办理《不动产权证书》的二手住房 (a certificate); wf_06: （七）《…业务承诺书（授权书）》 (a form with its other
    # name in brackets); a 凭证 glossed by what it is (不良贷款核销凭证（银行内部审批单）) and a 办法（试行） stay documents
    m = md("各单位：\n新办理《不动产权证书》的住房。提交《某市住房公积金个人住房贷款业务承诺书（授权书）》。"
           "按《某市住房公积金贷款管理办法（试行）》执行。\n某中心\n2026年2月28日\n")
    assert [c.title for c in m.cited_documents] == ["某市住房公积金贷款管理办法（试行）"]


def test_a_national_bodys_branch_named_after_it_is_one_signer():
    # wj_03: 上海市财政局 / 国家税务总局上海市税务局 signing a line each: the tax bureau's branch is one body, named by the
    # national body and the place; a national body's branch glued before a body of the place is still parted from it
    m = md("关于调整有关政策的通知\n各区财政局：\n现通知如下。\n上海市财政局\n国家税务总局上海市税务局\n2025年9月16日\n")
    assert m.issuer == "上海市财政局、国家税务总局上海市税务局"
    assert _M._split_signers(["上海市财政局", "国家统计局上海调查总队上海市统计局"]) == [
        "上海市财政局", "国家统计局上海调查总队", "上海市统计局"]
    # vj_02: a branch (中国人民银行石家庄中心支行) glued before a provincial bureau is no national body heading a name
    assert _M.joint_issuers("河北省财政厅、中国人民银行石家庄中心支行河北省市场监管局") == (
        "河北省财政厅、中国人民银行石家庄中心支行、河北省市场监管局")


def test_contracts_test_reports_and_forms_glossed_by_their_cases_are_no_documents():
    # wj_01: 网签《商品房买卖合同》或《存量房买卖合同》, 出具的《电梯监督检验报告》, 《…授权、承诺书（现售商品住房、存量商品住房…）》:
    # papers of one case; a catalogue's edition in brackets (tw_12) and a 政府工作报告 stay documents
    m = md("各住房公积金缴存人：\n网签《商品房买卖合同》或《存量房买卖合同》。提供《电梯监督检验报告》（复印件）和"
           "《提取住房公积金支付购房首付款授权、承诺书（现售商品住房、存量商品住房）》（原件）。"
           "按《产业结构调整指导目录（2024年本）》和《政府工作报告》执行。\n某中心\n2025年9月28日\n")
    assert [c.title for c in m.cited_documents] == ["产业结构调整指导目录（2024年本）", "政府工作报告"]


def test_standards_named_in_a_run_after_a_drafting_verb_or_before_等标准_are_not_cited():
    m = md("各单位：\n深入推进《智能制造能力成熟度模型》等国家标准的宣贯。组织编制《智能工厂建设实施指南》《智能工厂评估规范》等地方标准。\n"
           "某厅\n2022年1月5日\n")
    assert m.cited_documents == []


def test_the_notice_itself_named_without_its_issuer_is_not_cited():
    m = md("某省人民政府办公厅关于促进婴幼儿照护服务发展的实施意见\n各市人民政府：\n一、总体要求。\n某省人民政府办公厅\n2020年1月2日\n"
           "解读《关于促进婴幼儿照护服务发展的实施意见》\n")
    assert m.cited_documents == []


def test_a_page_heading_its_own_title_in_book_brackets_is_not_cited():
    m = md("某政办发〔2016〕26号《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n"
           "《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n某政办发〔2016〕26号\n各区人民政府：\n"
           "《某市2016年政务公开工作要点》已经市政府同意，现印发给你们。\n某市人民政府办公厅\n2016年5月28日\n")
    assert m.cited_documents == []


def test_low_quotes_standing_for_the_year_brackets_of_a_cited_number():
    m = md("各市州人民政府：\n根据《国务院办公厅关于加强就业工作的通知》(国办发„2009‟3号)精神，现通知如下：\n一、加强领导。\n")
    assert m.cited_documents[0].doc_number == "国办发〔2009〕3号"


def test_late_title_over_two_lines_with_its_number_above():
    m = md("某某省人民政府办公厅文件\n时间：2019-05-14 下载本文\n简介：写写帮文库小编为你整理了多篇相关的文件，但愿对你工作学习有帮助。\n"
           "某某省人民政府办公厅文件\n某政办发〔2009〕24号\n某某省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n"
           "各市州人民政府，省政府各厅委：\n现就有关问题通知如下：\n一、充分认识重要性。\n")
    assert m.title == "某某省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"
    assert m.doc_number == "某政办发〔2009〕24号"
    assert m.issuer == "某某省人民政府办公厅"
    assert m.addressees == ["各市州人民政府", "省政府各厅委"]


def test_a_title_below_the_signature_heads_the_transmitted_document():
    m = md("各乡镇人民政府：\n现将《某市人民政府办公室关于加强防汛工作的通知》（某政办发〔2021〕8号）转发给你们，请认真贯彻落实。\n"
           "某县人民政府办公室\n2021年6月1日\n某市人民政府办公室关于加强防汛工作的通知\n某政办发〔2021〕8号\n各县人民政府：\n"
           "现就有关事项通知如下。\n一、加强领导。\n某市人民政府办公室\n2021年5月20日\n")
    assert m.issuer == "某县人民政府办公室"
    assert m.doc_number is None
    assert m.issue_date == "2021-06-01"


def test_a_short_last_title_line_holding_only_the_doc_type():
    m = md("某省人民政府办公厅\n关于进一步加强\n农村公路建设管理工作的\n实施意见\n某政办发〔2019〕8号\n各市人民政府：\n现提出如下意见。\n"
           "一、总体要求。\n某省人民政府办公厅\n2019年3月1日\n")
    assert m.title == "某省人民政府办公厅关于进一步加强农村公路建设管理工作的实施意见"
    assert m.doc_number == "某政办发〔2019〕8号"


def test_an_attachment_name_wrapped_inside_a_numbered_list():
    m = md("某局关于开展检查的通知\n各单位：\n现将有关事项通知如下。\n一、检查内容。\n附件：1.某市2021年度安全生产大检查工作\n"
           "　　　　责任清单\n　　　2.汇总表\n某局\n2021年6月1日\n")
    assert m.attachments == ["某市2021年度安全生产大检查工作责任清单", "汇总表"]


def test_a_body_only_notice_naming_itself_a_通报():
    m = md("各乡镇人民政府：\n为鼓励先进，县政府决定，对县安全生产监管局等3家先进单位予以通报表彰。\n希望再接再厉。\n某县人民政府\n2013年5月20日\n")
    assert m.doc_type == "通报"


def test_a_bare_日期_field_in_the_page_furniture_is_the_publish_date():
    m = md("当前位置：首页 > 政务公开\n某市委办公室某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（某办发〔2017〕2号）\n"
           "来源：某市政府门户网 日期：2017-01-12 17:08 字号：【\n各县市区委、人民政府：\n"
           "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意，现印发给你们。\n某市委办公室\n某市人民政府办公室\n2017年1月10日\n")
    assert m.publish_date == "2017-01-12"
    assert m.issue_date == "2017-01-10"


def test_a_title_without_关于_names_its_issuer_before_the_verb():
    m = md("某某市人民政府办公室印发《某某市防汛方案》的通知\n各区人民政府：\n现将《某某市防汛方案》印发给你们。\n市政府办公室\n2021年6月1日\n")
    assert m.issuer == "某某市人民政府办公室"


def test_a_page_title_without_the_issuer_gives_way_to_the_body_title():
    m = segment_html("<html><head><title>关于加强管理的通知_通知公告_某某市人民政府</title></head><body>"
                     "<h1>某某市人民政府关于加强管理的通知</h1><p>各区人民政府：</p><p>现将有关事项通知如下：</p>"
                     "<p>一、加强领导。</p><p>某某市人民政府</p><p>2021年6月1日</p></body></html>")
    assert m.title == "某某市人民政府关于加强管理的通知"


def test_a_download_list_names_the_attachments_the_text_does_not_list():
    m = md("某某市人民政府关于加强管理的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某市人民政府\n2021年6月1日\n"
           "附件下载：\n1.检查表.docx\n2.汇总表.xlsx\n")
    assert m.attachments == ["检查表", "汇总表"]
    m = md("某市人民政府关于公布条例的通知\n各区人民政府：\n现予公布。\n某市人民政府\n2021年6月1日\n相关附件：\n标签：\n")
    assert m.attachments == []


def test_the_last_attachment_name_read_into_the_signature_block():
    m = md("某某市人民政府关于加强管理的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n附件：检查表\n　　　汇总表\n"
           "某某市人民政府\n2021年6月1日\n")
    assert m.attachments == ["检查表", "汇总表"]
    assert m.issuer == "某某市人民政府"


def test_joint_issuers_glued_in_a_title_without_a_signature():
    m = md("中共某某市委办公室某某市人民政府办公室印发《关于推进政务公开的实施意见》的通知\n各县市区委、人民政府：\n现印发给你们。\n")
    assert m.issuer == "中共某某市委办公室、某某市人民政府办公室"
    m = md("某某市财政局某某市教育局关于做好资助工作的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n")
    assert m.issuer == "某某市财政局、某某市教育局"
    m = md("某某市人民政府办公室关于做好资助工作的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n")
    assert m.issuer == "某某市人民政府办公室"


def test_attachment_numbering_in_brackets_or_chinese_numerals_and_remarks_after_a_name():
    head = "某某市人民政府关于加强管理的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n"
    sign = "某某市人民政府\n2021年6月1日\n"
    assert md(head + "附件：（1）检查表；（2）汇总表\n" + sign).attachments == ["检查表", "汇总表"]
    assert md(head + "附件：一、检查表\n二、汇总表\n" + sign).attachments == ["检查表", "汇总表"]
    assert md(head + "附件：1.检查表（共3页）\n2.汇总表（略）\n" + sign).attachments == ["检查表", "汇总表"]


def test_a_contact_line_above_the_signature_does_not_swallow_it():
    m = md("关于做好资助工作的通知\n各学校：\n现将有关事项通知如下。\n一、加强领导。\n联系人：张三，电话：1234567\n某某县教育局\n2022年3月1日\n")
    assert m.issuer == "某某县教育局"
    assert m.issue_date == "2022-03-01"


def test_a_label_naming_what_the_notice_issues_gives_way_to_the_notice_title():
    m = md("索引号：123/2021-001\n标题：某某市防汛工作方案\n发布机构：某某市人民政府办公室\n"
           "某某市人民政府办公室关于印发某某市防汛工作方案的通知\n各区人民政府：\n现将《某某市防汛工作方案》印发给你们，请认真执行。\n"
           "某某市人民政府办公室\n2021年6月1日\n某某市防汛工作方案\n一、总体要求\n加强领导。\n")
    assert m.title == "某某市人民政府办公室关于印发某某市防汛工作方案的通知"
    assert m.doc_type == "通知"


def test_a_sites_tag_and_the_pages_fields_on_the_title_line_are_no_part_of_the_title():
    body = "各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某市人民政府\n2021年6月1日\n"
    m = md("【通知】某某市人民政府关于加强管理的通知\n" + body)
    assert (m.title, m.issuer) == ("某某市人民政府关于加强管理的通知", "某某市人民政府")
    assert md("某某市人民政府关于加强管理的通知 发布时间：2021-06-02\n" + body).title == "某某市人民政府关于加强管理的通知"


def test_a_number_glued_after_the_title():
    for head in ("某某市人民政府关于加强管理的通知某政发〔2021〕3号", "某某市人民政府关于加强管理的通知　某政发[2021]3号"):
        m = md(head + "\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某市人民政府\n2021年6月1日\n")
        assert (m.title, m.doc_number) == ("某某市人民政府关于加强管理的通知", "某政发〔2021〕3号")


def test_a_number_glued_after_a_title_that_names_a_plan_is_cut_at_the_last_doc_type():
    # tj_03: 临江市人民政府办公室关于印发临江市交通安全大整治工作方案的通知临政办发〔2018〕84号 — the title issues a 方案
    # and is a 通知: the 文种 nearest the 文号 ends it (read at the first, 方案, the 文号 had taken 的通知 as its code)
    head = "某某市人民政府办公室关于印发某某市交通安全整治工作方案的通知某政办发〔2018〕84号"
    m = md(head + "\n各乡镇人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某市人民政府办公室\n2018年7月17日\n")
    assert (m.title, m.doc_number) == ("某某市人民政府办公室关于印发某某市交通安全整治工作方案的通知", "某政办发〔2018〕84号")


def test_download_links_on_one_line_are_one_attachment_each():
    m = md("某某市人民政府关于加强管理的通知\n各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n附件：检查表.docx 汇总表.xls\n"
           "某某市人民政府\n2021年6月1日\n")
    assert m.attachments == ["检查表", "汇总表"]


def test_a_signature_abbreviating_the_body_the_page_names_is_spelled_out():
    body = "关于加强管理的通知\n各区卫健局：\n现将有关事项通知如下。\n一、加强领导。\n"
    assert md("发文机关：某某市卫生健康委员会\n" + body + "市卫健委\n2021年6月1日\n").issuer == "某某市卫生健康委员会"
    assert md("发布机构：某某市卫生健康委员会\n" + body + "市卫生健康委\n2021年6月1日\n").issuer == "某某市卫生健康委员会"
    # the government signing, its office posting the page: two bodies
    assert md("发布机构：某某县人民政府办公室\n" + body + "县人民政府\n2021年6月1日\n").issuer == "县人民政府"


def test_bare_doc_type_names_papers_and_yearbooks_are_not_cited():
    m = md("某某市人民政府关于加强管理的通知\n各区人民政府：\n现将有关事项通知如下。\n"
           "一、落实《通知》要求，按照《规划》部署，在《人民日报》《新闻联播》宣传，参考《中国统计年鉴》，落实《实施方案》。\n"
           "二、贯彻《中华人民共和国安全生产法》。\n某某市人民政府\n2021年6月1日\n")
    assert [c.title for c in m.cited_documents] == ["中华人民共和国安全生产法"]


def test_apps_and_programmes_in_book_brackets_are_not_cited():
    m = md("各区人民政府：\n下载《学习强国》客户端，在《焦点访谈》栏目播出。\n某某市人民政府\n2021年6月1日\n")
    assert m.cited_documents == []


def test_a_posting_date_or_source_note_on_the_title_line_is_no_part_of_the_title():
    body = "各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某市人民政府\n2021年6月1日\n"
    for head in ("某某市人民政府关于加强管理的通知  2021-06-02 10:30", "某某市人民政府关于加强管理的通知（来源：市政府办）"):
        assert md(head + "\n" + body).title == "某某市人民政府关于加强管理的通知"


# ---------------------------------------------------------------- batch rs (meta6)

_BODY = "各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n"


def test_a_column_name_before_the_title_is_no_part_of_it():
    m = md("要闻丨某某市人民政府关于加强管理的通知\n" + _BODY + "某某市人民政府\n2021年6月1日\n")
    assert m.title == "某某市人民政府关于加强管理的通知"
    assert m.issuer == "某某市人民政府"


def test_joint_issuers_parted_by_a_blank_may_end_in_si():
    m = md("某某部办公厅 某某局综合司关于加强管理的通知\n" + _BODY + "某某部办公厅 某某局综合司\n2022年8月24日\n")
    assert m.issuer == "某某部办公厅、某某局综合司"


def test_a_posting_time_after_an_article_source_beats_the_crawl_time_above():
    m = md("2024-11-23 10:23:26\n某某市人民政府关于加强管理的通知\n文章来源：某某网 发布时间：2021-08-25 17:41 点击量：20\n"
           + _BODY + "某某市人民政府\n2021年8月20日\n")
    assert m.publish_date == "2021-08-25"


def test_titles_the_notice_drew_up_itself_are_not_cited():
    m = md("各区人民政府：\n我们组织制定了《甲校防控方案》《乙校防控方案》和《丙校防控方案》。现印发给你们，请遵照执行。\n"
           "某某部办公厅\n2022年8月24日\n")
    assert m.cited_documents == []


def test_a_bulletin_masthead_gives_the_office_and_the_date():
    m = md("关于印发重点任务落实情况的通报\n某某县政务督查\n20期\n某某县人民政府督查室 2022年8月19\n"
           "关于印发重点任务落实情况的通报\n各乡镇人民政府：\n现将有关情况通报如下。\n")
    assert m.issuer == "某某县人民政府督查室"
    assert m.issue_date == "2022-08-19"


def test_a_signature_date_that_lost_its_year_month_day_characters():
    m = md("某某县人民政府办公室关于印发某某预案的通知\n发文日期：2017年06月28日\n各乡镇人民政府：\n"
           "现将《某某预案》印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n（此件公开发布）\n{ 2017 6 23\n某某预案\n")
    assert m.issue_date == "2017-06-23"
    # th_02: the body above the date (the disclosure line between them aside) signs it
    assert m.issuer == "某某县人民政府办公室"


def test_doc_number_lines_without_proper_brackets():
    tail = "\n各乡镇人民政府：\n现将有关事项通知如下。\n"
    head = "某某县人民政府关于加强管理的通知\n"
    assert md(head + "某政办发〔201746" + tail).doc_number == "某政办发〔2017〕46号"
    assert md(head + "某政发„2009‟24号" + tail).doc_number == "某政发〔2009〕24号"
    assert md(head + "某政发2021年第3号" + tail).doc_number == "某政发2021年第3号"
    # a year and an issue number in running text is no 文号
    assert md(head + "受2021年第3号台风影响" + tail).doc_number is None


def test_a_signature_block_starts_at_the_body_name_not_at_a_short_line_above_it():
    from policyparse.segment.layout import analyse

    lay = analyse("各区人民政府：\n现将有关事项通知如下。\n附件：检查表\n汇总表\n某某市人民政府\n2021年6月1日\n")
    first, date_i = lay.signatures[0]
    assert lay.lines[first].s == "某某市人民政府"
    # joint bodies one a line and a seal note still sign together
    lay = analyse("各区人民政府：\n现将有关事项通知如下。\n某某市财政局\n某某市教育局（代章）\n2021年6月1日\n")
    assert lay.lines[lay.signatures[0][0]].s == "某某市财政局"


def test_a_page_headed_by_what_the_notice_issues_takes_the_notice_title_above_the_addressees():
    m = md("某某市公文处理规定、格式细则\n某政办发〔2013〕11号\n某某市人民政府办公室关于\n印发《某某市公文处理规定》和《某某市公文格式细则》的通知\n"
           "各镇人民政府，市直各部门：\n经市政府同意，现将《某某市公文处理规定》和《某某市公文格式细则》印发给你们，请认真执行。\n2013年2月27日\n")
    assert m.title == "某某市人民政府办公室关于印发《某某市公文处理规定》和《某某市公文格式细则》的通知"
    assert m.issuer == "某某市人民政府办公室"
    assert m.cited_documents == []  # both titles are the notice's own


def test_every_title_of_the_issuing_sentence_is_issued():
    m = md("各区人民政府：\n为落实《某某条例》，现将《甲办法》和《乙细则》印发给你们，请认真执行。\n某某市人民政府\n2021年6月1日\n")
    assert [c.title for c in m.cited_documents] == ["某某条例"]
def test_maps_listed_under_a_bare_label_with_blanks_after_their_numbers():
    # 附  图 / 附图 1  …图 / 附图 2  …图 / 2 9 (a page number): each map named once, without its label
    text = "关于某某规划的通知\n一、总体要求\n加强保护。\n二、保障措施\n加强领导。\n附  图\n附图 1  北京市自然资源图\n附图 2  北京市生态修复分区图\n2 9\n"
    assert md(text).attachments == ["北京市自然资源图", "北京市生态修复分区图"]


def test_a_single_map_labelled_with_its_word_spelled_out_and_no_number():
    # 附 图 …示意图 (a page number below): a 附图 / 附表 label needs no number or colon before the name
    for label in ("附 图 ", "附图 ", "附表\u3000"):
        text = f"某市生态安全格局规划\n一、总体要求\n加强保护。\n二、保障措施\n加强领导。\n{label}某市综合生态安全格局示意图\n  20\n"
        assert md(text).attachments == ["某市综合生态安全格局示意图"], label
    assert md("某市规划\n一、总体要求\n附近的村庄要加强保护。\n").attachments == []


def test_summary_line_glueing_title_number_and_addressees_gives_the_number_and_addressees():
    # a reposting page: title, tags, then one line glueing the title, its 文号 in brackets, the 主送 and the body
    m = md("某某省人民政府关于加强某某工作的意见\n2025-06-07 16:43\n学校\n"
           "某某省人民政府关于加强某某工作的意见（某政[2001]85号）各市、县人民政府，省政府各部门：为认真贯彻落实有关精神\n"
           "一、统一思想，提高认识\n加强领导。\n")
    assert m.title == "某某省人民政府关于加强某某工作的意见"
    assert m.doc_number == "某政〔2001〕85号"
    assert m.addressees == ["各市、县人民政府", "省政府各部门"]


def test_a_title_followed_by_a_bracketed_remark_is_no_glued_number():
    m = md("某某省人民政府关于加强某某工作的意见（征求意见稿）各市人民政府：\n加强领导。\n")
    assert m.doc_number is None


def test_a_red_head_spells_out_a_signature_that_drops_the_place():
    m = md("某某县人民政府办公室文件\n某政办发〔2021〕3号\n关于印发某某方案的通知\n各乡镇人民政府，县直各单位：\n"
           "现将《某某方案》印发给你们，请认真执行。\n县政府办公室\n2021年6月1日\n")
    assert m.issuer == "某某县人民政府办公室"
    # a red head naming another body (the government, not its office) does not replace the signer
    m = md("某某县人民政府文件\n某政发〔2021〕3号\n关于印发某某方案的通知\n各乡镇人民政府，县直各单位：\n"
           "现将《某某方案》印发给你们，请认真执行。\n县政府办公室\n2021年6月1日\n")
    assert m.issuer == "县政府办公室"


def test_a_title_opening_on_a_district_spells_out_a_signature_that_starts_at_区():
    body = "各街道办事处，区政府各部门：\n现将《方案》印发给你们，请认真执行。\n区人民政府办公室\n2021年6月1日\n"
    assert md("关于印发蔡甸区某某工作方案的通知\n" + body).issuer == "蔡甸区人民政府办公室"
    assert md("关于印发武汉市蔡甸区某某工作方案的通知\n" + body).issuer == "武汉市蔡甸区人民政府办公室"
    # a kind of zone is no district's name, and a title without a place leaves the signature as it is
    assert md("关于印发开发区某某工作方案的通知\n" + body).issuer == "区人民政府办公室"
    assert md("关于加强社区某某工作的通知\n" + body).issuer == "区人民政府办公室"


# batch sb (issue 10): forms met on saved pages of a county bureau's site, written as synthetic snippets


def test_a_page_title_closed_by_the_notices_own_number_loses_it():
    page = ("<html><head><title>某部办公厅 某部办公厅关于做好就业工作的通知（某厅发〔2017〕32号）</title></head><body>"
            "<p>某部办公厅 某部办公厅关于做好就业工作的通知</p><p>（某厅发〔2017〕32号）</p><p>各省人力资源社会保障厅：</p>"
            "<p>现就有关工作通知如下。</p><p>一、完善政策</p><p>各地要落实政策。</p><p>某部办公厅</p><p>2017年3月21日</p></body></html>")
    m = segment_html(page)
    assert m.title == "某部办公厅 某部办公厅关于做好就业工作的通知"
    assert m.doc_number == "某厅发〔2017〕32号"


def test_see_attachment_after_an_attachments_name_is_a_remark():
    m = md("各单位：\n请于4月19日前报送情况。\n附件：2017年招聘周活动情况统计表（见附件）\n某部\n2017年4月11日\n")
    assert m.attachments == ["2017年招聘周活动情况统计表"]


def test_a_number_after_the_closing_book_bracket_of_a_page_heading():
    m = md("转发《关于加强机构编制管理工作的意见》县发[2007]11号\n中共某某县委 某某县人民政府\n关于加强机构编制管理工作的意见\n"
           "为认真贯彻执行有关规定，提出如下意见。\n")
    assert m.doc_number == "县发〔2007〕11号"


def test_a_download_link_names_the_notice_a_page_title_only_names_what_it_issues():
    m = md("某某县2018年胡遵劳务协作项目补贴实施方案\n\n"
           "某人社发〔2018〕11号：关于印发《某某县2018年沪遵劳务协作项目补贴实施方案》的通知.pdf\n"
           "某某县2018年沪遵劳务协作就业补贴申请表.pdf\n")
    assert m.title == "关于印发《某某县2018年沪遵劳务协作项目补贴实施方案》的通知"
    assert m.doc_number == "某人社发〔2018〕11号"
    assert m.plan_title == "《某某县2018年沪遵劳务协作项目补贴实施方案》"
    assert m.doc_type == "通知"


def test_a_page_title_naming_another_document_keeps_its_title():
    # one character off is read as a retyping (胡遵 / 沪遵); two are another document
    m = md("某某县2018年就业补贴实施方案\n\n关于印发《某某县2018年创业扶持实施方案》的通知.pdf\n")
    assert m.title == "某某县2018年就业补贴实施方案"


def test_bodies_printed_one_a_line_over_the_number_line_are_the_issuers():
    m = md("某省劳动和社会保障厅\n某省财政厅\n某劳社厅发[2006]20号\n关于印发《某省企业职工基本养老金计发办法》的通知\n"
           "各市劳动和社会保障局、财政局：\n现将《某省企业职工基本养老金计发办法》印发给你们，请认真贯彻执行。\n")
    assert m.issuer == "某省劳动和社会保障厅、某省财政厅"


def test_a_closed_sentence_with_a_mistyped_bracket_does_not_swallow_the_attachment_line():
    m = md("某省劳动和社会保障厅文件\n某劳社厅发[2006]20号\n关于印发《某省养老金计发办法》的通知\n各市劳动和社会保障局：\n"
           "现将《某省养老金计发办法〉印发给你们，请认真贯彻执行。\n附件：《某省养老金计发办法》\n某省养老金计发办法\n"
           "第一条 为了规范计发，制定本办法。\n")
    assert m.attachments == ["某省养老金计发办法"]


def test_the_same_cited_number_under_a_retyped_title_is_one_document():
    m = md("各市：\n根据《省人民政府关于完善养老保险制度的通知》（某府发[2006]21号）精神，制定本办法。\n"
           "根据《省人民政府关于完善养老保验制度的通知》（某府发[2006]21号）的规定，结合实际。\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [("省人民政府关于完善养老保险制度的通知", "某府发〔2006〕21号")]


def test_a_joint_signature_with_two_bodies_glued_on_each_line():
    m = md("关于做好创业贷款贴息工作的通知\n各乡（镇）人民政府：\n现将有关事项通知如下。\n一、贷款任务\n任务为3000万元。\n"
           "某某自治县人力资源和社会保障局某某自治县财政局\n某某自治县农村信用合作联社某某自治县妇女联合会\n"
           "共青团某某自治县委员会邮政储蓄银行某某县支行\n2017年5月10日\n")
    assert m.issuer == ("某某自治县人力资源和社会保障局、某某自治县财政局、某某自治县农村信用合作联社、某某自治县妇女联合会、"
                        "共青团某某自治县委员会、邮政储蓄银行某某县支行")


def test_a_tab_switch_line_is_furniture_not_part_of_the_title():
    m = md("国内政策【切换】 国际政策\n\n您现在的位置: 首页 > 政策前沿\n\n加快某市流通业发展实施意见\n\n"
           "为进一步深化流通业改革，根据有关规定，提出如下实施意见。\n")
    assert m.title == "加快某市流通业发展实施意见"


def test_a_bare_time_field_under_the_title_is_the_posting_date():
    m = md(">> 专题专栏 >> 归档专题\n某市政府工作报告重点工作责任分解（2023年）\n时间：2023-07-11 17:01 信息来源：某市政府\n\n"
           "一、全市经济社会发展主要预期目标\n1.生产总值增长6%以上。\n")
    assert m.publish_date == "2023-07-11"


def test_a_joint_signature_with_two_bodies_a_line_parted_by_blanks():
    m = md("关于做好家庭医生签约服务的通知\n各区卫生健康局：\n现将有关事项通知如下。\n一、工作目标\n签约率达到40%。\n"
           "某某市卫生健康委员会 某某市财政局\n某某市人力资源和社会保障局 某某市医疗保障局\n2019年6月20日\n")
    assert m.issuer == "某某市卫生健康委员会、某某市财政局、某某市人力资源和社会保障局、某某市医疗保障局"


def test_a_legal_databases_copy_time_is_no_posting_date():
    m = md("某某管理条例\n时间：2024-07-23 23:10:09 浏览：9241 来源：法律资料网\n某某管理条例\n"
           "第一条 为了加强管理，制定本条例。\n")
    assert m.publish_date is None


# ---- a 公文 in full GB/T 9704 format (issue 11: the CESI OFD sample's front matter and signature)

_GONGWEN_HEAD = "000001\n秘密★1年\n特急\n某某市人民政府\n"


def test_a_signature_seal_caption_is_never_the_issuer():
    body = "各区人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n"
    for seal in ("王经理签名章", "王经理 签名章", "（签名章）", "某某市人民政府（印章）", "（印章）"):
        m = md("关于做好某项工作的通知\n" + body + seal + "\n2014年8月1日\n")
        assert m.issuer is None or "章" not in m.issuer, seal
    m = md("关于做好某项工作的通知\n" + body + "某某市人民政府\n（签名章）\n2014年8月1日\n")
    assert m.issuer == "某某市人民政府"


def test_copy_number_classification_and_signer_lines_are_not_title_or_addressee():
    m = md(_GONGWEN_HEAD + "某政发〔2020〕3号 签发人：张三\n关于做好某项工作的通知\n各区人民政府：\n现将有关事项通知如下。\n")
    assert m.title == "关于做好某项工作的通知"
    assert m.addressees == ["各区人民政府"]
    m = md("份号：000001\n密级：秘密\n签发人：张三 李四\n关于做好某项工作的通知\n各区人民政府：\n现将有关事项通知如下。\n")
    assert m.title == "关于做好某项工作的通知"
    assert m.addressees == ["各区人民政府"]


def test_a_labelled_zhusong_line_before_the_body_gives_the_addressees():
    m = md(_GONGWEN_HEAD + "某政发〔2020〕3号\n关于做好某项工作的通知\n主送：各区人民政府，市政府各部门\n现将有关事项通知如下，请认真贯彻执行。\n")
    assert m.title == "关于做好某项工作的通知"
    assert m.addressees == ["各区人民政府", "市政府各部门"]
    seg = segment(_GONGWEN_HEAD + "某政发〔2020〕3号\n关于做好某项工作的通知\n主送：各区人民政府，市政府各部门\n现将有关事项通知如下。\n", {})
    assert [(n.kind, n.text) for n in seg.sections[:1]] == [("addressee", "主送：各区人民政府，市政府各部门")]


def test_a_zhusong_in_the_last_bullet_of_a_field_list_keeps_no_bullet():
    # uq_05: • 索引号 … / • 有效性 有效 / • 规范性文件登记号 / • 各区、市人民政府，…，市直各单位：
    m = md("某市人民政府办公厅关于印发某规划的通知\n• 索引号 00511755800020020210090\n• 发文字号 某政办字〔2021〕67号\n"
           "• 规范性文件登记号\n• 各区、市人民政府，某新区管委，市政府各部门：\n《某规划》已经市政府研究同意，现印发给你们。\n"
           "某市人民政府办公厅\n2021年9月18日\n")
    assert m.addressees == ["各区、市人民政府", "某新区管委", "市政府各部门"]


def test_a_reply_to_a_deputy_addresses_the_person_on_a_line_without_colon():
    # uq_06: 准建提复字〔202261 / 赵春益委员 / 你提出的《关于…的建议》（…）收悉。经研究，现答复如下：
    m = md("某旗人民政府关于第89号建议答复的函\n某建提复字〔2022〕61号\n赵某某委员\n你提出的《关于某某的建议》收悉。经研究，现答复如下：\n"
           "为推动工业园区优化布局，合并两个园区。\n某旗人民政府\n2022年7月14日\n")
    assert m.addressees == ["赵某某委员"]
    # a name line above prose that is no reply is no addressee
    m = md("某旗人民政府关于某事的通知\n张某某同志\n为推动工业园区优化布局，合并两个园区。\n某旗人民政府\n2022年7月14日\n")
    assert m.addressees == []


def test_addressees_named_only_by_centre_names():
    m = md("关于食堂开设早餐征求意见\n认证中心、软件工程与评估中心：\n现就以下问题征求意见。\n")
    assert m.addressees == ["认证中心、软件工程与评估中心"]


def test_a_doc_number_with_an_organisation_code_prefix():
    m = md(_GONGWEN_HEAD + "40000219-5〔2014〕1号 签发人：张某 李某某\n关于做好某项工作的通知\n各区人民政府：\n现将有关事项通知如下。\n")
    assert m.doc_number == "40000219-5〔2014〕1号"
    assert m.title == "关于做好某项工作的通知"
    # a date or a bare number before a bracketed year is no organisation code
    assert md("2014〔2014〕1号\n关于做好某项工作的通知\n各区人民政府：\n现将有关事项通知如下。\n").doc_number is None


def test_official_tags_fill_what_the_text_leaves_out():
    hints = {"tag_doc_number": "某发〔2014〕1号", "tag_issuer": "某某研究院", "tag_addressees": "认证中心；评估中心",
             "tag_issue_date": "2014年8月1日", "tag_title": "关于食堂开设早餐征求意见"}
    m = segment("现就以下问题征求意见，望能积极配合。\n", hints).metadata
    assert (m.doc_number, m.issuer, m.issue_date) == ("某发〔2014〕1号", "某某研究院", "2014-08-01")
    assert m.addressees == ["认证中心", "评估中心"]
    assert m.title == "关于食堂开设早餐征求意见"
    # the text comes first
    m = segment("关于做好某项工作的通知\n各区人民政府：\n现将有关事项通知如下。\n某某市人民政府\n2020年1月2日\n", hints).metadata
    assert (m.title, m.issuer, m.addressees) == ("关于做好某项工作的通知", "某某市人民政府", ["各区人民政府"])


def test_a_body_issuing_three_plans_by_name_is_a_notice():
    m = md("各县（市、区）教体局，市直各学校：\n现将某市第三期名校长培养工程人选培养方案（2019-2022年）某市第三期名教师培养工程人选"
           "培养方案（2019-2022年）某市第三期名班主任培养工程人选培养方案（2019-2022年）印发给你们，请遵照执行。\n"
           "某市教育局\n2020年1月8日\n为落实有关意见精神，制定本方案。\n")
    assert m.doc_type == "通知"


def test_a_date_and_a_counter_glued_after_the_bracketed_number_on_the_title_line():
    body = "各市人民政府：\n现将有关事项通知如下。\n一、加强领导。\n某某省人民政府\n2021年4月6日\n"
    m = md("某某省人民政府 关于印发某某规划 纲要的通知（某政发〔2021〕5号）2021.04.27798\n" + body)
    assert (m.title.replace(" ", ""), m.doc_number) == ("某某省人民政府关于印发某某规划纲要的通知", "某政发〔2021〕5号")


def test_a_page_headed_by_the_rules_a_notice_below_issues():
    m = md("某某市规范性文件管理规定\n第十一条 第二十一条 第三十一条\n某某市人民政府通知\n"
           "某某市人民政府关于印发某某市规范性文件管理规定的通知\n某政〔2011〕53号\n各县（市、区）人民政府，市人民政府各部门：\n"
           "现将《某某市规范性文件管理规定》印发给你们，请认真遵照执行。\n某某市人民政府\n2011年7月28日\n"
           "某某市规范性文件管理规定\n第一章 总则\n第一条 为了规范管理，制定本规定。\n")
    assert m.title == "某某市人民政府关于印发某某市规范性文件管理规定的通知"
    assert (m.doc_number, m.doc_type) == ("某政〔2011〕53号", "通知")
    assert m.addressees == ["各县（市、区）人民政府", "市人民政府各部门"]


def test_a_news_heading_over_the_notice_that_issues_the_plan():
    m = md("头版\n看荐\n打开\n发改委发布促进某某地区崛起规划\n某某网站 | 2016-12-26 19:49\n某某委员会关于印发促进\n某某地区崛起规划的通知\n"
           "某发〔2016〕2664号\n各省人民政府，国务院各部委：\n经国务院同意，现将《促进某某地区崛起规划》印发你们，请认真贯彻执行。\n")
    assert (m.title, m.doc_type) == ("某某委员会关于印发促进某某地区崛起规划的通知", "通知")
    assert m.issuer == "某某委员会"


def test_a_title_that_lost_the_issuers_first_character_takes_the_signer():
    m = md("海市人民政府办公厅关于印发《某某行动计划》的通知\n沪府办发〔2023〕19号\n各区人民政府：\n"
           "现将《某某行动计划》印发给你们，请认真按照执行。\n上海市人民政府办公厅\n2023年10月24日\n")
    assert m.issuer == "上海市人民政府办公厅"


def test_reply_addressees_on_the_first_sentence_line():
    m = md("国务院关于同意某某试点实施方案的批复\n国函〔2006〕102号\n财政部、国土资源部：你们《关于某某试点的实施方案》收悉。现批复如下：\n"
           "一、原则同意《关于某某试点的实施方案》。\n")
    assert m.addressees == ["财政部、国土资源部"]
    # a first sentence that is no reply keeps its colon to itself
    m = md("某市人民政府关于某某工作的通知\n某政发〔2020〕1号\n为做好某某工作，市政府办公室现就有关事项通知如下：一、总体要求。\n")
    assert m.addressees == []


def test_an_unsigned_peoples_congress_act_is_dated_by_its_adoption_note():
    m = md("某市人民代表大会常务委员会关于某某事项的规定\n\n（1996年9月26日某市第十届人民代表大会常务委员会第三十次会议通过 "
           "1996年10月1日起施行）\n\n一、对违反管理秩序的行为设定罚款，不得超过一千元。\n二、本规定自1996年10月1日起施行。\n")
    assert m.issue_date == "1996-09-26"


def test_an_issuer_field_naming_the_site_stands_for_its_owner_in_full():
    page = ("某某县人民政府工作规则\n索引号：\n6107280000/2024-001005\n发文机构：\n{}\n发文字号：\n某政发〔2024〕7号\n"
            "发文日期：\n2024年04月06日\n某某县人民政府工作规则\n第一章总则\n一、为规范县政府工作，制定本规则。\n")
    assert md(page.format("县政府网站")).issuer == "某某县人民政府"
    assert md(page.format("某某县教育局")).issuer == "某某县教育局"  # 发文机构 is an issuer label
    # a site whose owner the title does not name gives no issuer
    assert md(page.replace("某某县人民政府工作规则", "某某工作规则").format("县政府网站")).issuer is None


def test_a_document_sharing_page_run_together_on_numbered_chunks():
    m = md("1、某教函202011号某市教育局关于印发某市名校长培养方案（2019-2022年）的通知各县（市、区）教体局，市直各学校："
           "现将某市名校长培养方案（2019-2022年）印发给你们，请遵照执行。 某市教育局 2020年1月8日某市名校长培养方案"
           "（2019-2022年）为落实有关精神，制定本方案。一、培养目标提高水平。\n"
           "2、二、培养形式采用集中研修。\n")
    assert m.title == "某市教育局关于印发某市名校长培养方案（2019-2022年）的通知"
    assert m.doc_number == "某教函〔2020〕11号"
    assert m.issuer == "某市教育局"
    assert m.issue_date == "2020-01-08"
    assert m.addressees == ["各县（市、区）教体局", "市直各学校"]
    assert (m.plan_period.start, m.plan_period.end) == (2019, 2022)
    # a numbered list line that opens a page is no such chunk
    assert md("1、加强组织领导。各单位要高度重视：明确责任。\n2、强化督导。\n").title is None


def test_a_signature_date_glued_before_the_attached_documents_label():
    m = md("国务院关于同意建立某某联席会议制度的批复\n国函〔2013〕19号\n安全监管总局：你局《关于建立某某联席会议制度的请示》收悉。现批复如下：同意建立。\n"
           "附件：某某联席会议制度国 务院\n2013年1月30日附件某某联席会议制度为协调各方力量，建立联席会议制度。\n一、主要职能研究有关重大事项。\n")
    assert m.issue_date == "2013-01-30"


def test_a_span_of_years_in_brackets_without_年_is_the_plans_period():
    m = md("某省服务业数字化转型行动方案（2021—2023）\n为加快转型，制定本方案。\n一、总体要求\n加快转型。\n")
    assert (m.plan_period.start, m.plan_period.end) == (2021, 2023)
    m = md("某省服务业数字化转型行动方案\n为加快转型，制定本方案。\n一、总体要求\n加快转型。\n")
    assert m.plan_period is None


def test_a_date_in_brackets_closing_the_title_line_is_the_issue_date():
    m = md("中共某某办公厅 某某办公厅关于加快公共数据资源开发利用的意见（2024年9月21日）\n\n各级机关产生的公共数据是重要资源。\n"
           "一、总体要求\n坚持统筹。\n")
    assert m.title == "中共某某办公厅 某某办公厅关于加快公共数据资源开发利用的意见"
    assert m.issue_date == "2024-09-21"


def test_a_long_column_tag_before_a_title_that_goes_on_with_关于():
    m = md("【市政府重点工作及责任分解】某某市人民政府关于2020年市政府重点工作及责任分解的通知\n各县人民政府：\n现将重点工作分解如下。\n"
           "某某市人民政府\n2020年2月1日\n")
    assert m.title == "某某市人民政府关于2020年市政府重点工作及责任分解的通知"
    assert m.issuer == "某某市人民政府"
    m = md("名称：【保基本民生】某某市民生工作领导小组办公室关于实施民生实事的通知\n各县：\n现将民生实事印发给你们。\n")
    assert m.title == "某某市民生工作领导小组办公室关于实施民生实事的通知"


def test_a_title_broken_after_a_cited_name_ending_in_a_doc_type_goes_on():
    # sf_09: 报告 ends the cited 《政府工作报告》, not the title; the line below finishes it
    m = md("国务院关于落实《政府工作报告》\n重点工作部门分工的意见\n国发〔2020〕6号\n各省、自治区、直辖市人民政府：\n现提出意见如下：\n一、总体要求\n")
    assert m.title == "国务院关于落实《政府工作报告》重点工作部门分工的意见" and m.doc_type == "意见"
    # a whole title is not lengthened by the 文号 or disclosure line below it
    m = md("某市人民政府办公厅关于印发《某市管理办法》的通知\n（某政办发〔2007〕153号）\n各区人民政府：\n现印发给你们。\n")
    assert m.title == "某市人民政府办公厅关于印发《某市管理办法》的通知"


def test_validity_date_labels_are_field_lines_above_the_title():
    # sf_11: 生效日期： / 废止日期： / 所属主题： lines of a county bureau's page are labels, not the body's opening
    m = md("索引号： 3070211020000053000000/2025030300000063 发布机构：\n生效日期： 2025-03-03 废止日期：\n"
           "文 号：所属主题：部门文件\n合水县2025年优势特色产业发展实施方案\n按照要求，特制定本实施方案。\n一、奶羊产业\n")
    assert m.title == "合水县2025年优势特色产业发展实施方案"


def test_a_labelled_promulgating_body_beats_a_database_abbreviated_body_line():
    # 颁布单位: (a legal database's label) names the body in full; the abbreviated line above it is the database's.
    m = md("某市制定地方性法规条例\n\n内蒙古自治区某市人大常委会\n\n某市制定地方性法规条例\n\n颁布日期:2001-6-3\n"
           "颁布单位:某市人民代表大会常务委员会\n\n第一条 为了规范立法活动，制定本条例。\n")
    assert m.issuer == "某市人民代表大会常务委员会"


def test_a_place_s_rules_naming_information_disclosure_are_a_title_not_furniture():
    m = md("某某市政府信息公开规定\n(2004年10月8日市人民政府令第124号发布,根据修改的决定重新公布。)\n第一章 总则\n第一条 为了保障知情权，制定本规定。\n")
    assert m.title == "某某市政府信息公开规定"
    assert m.issuer == "某某市人民政府"


def test_a_decree_issuer_keeps_its_place_only_when_the_title_opens_on_that_level():
    m = md("某某县政府信息公开规定\n(2004年10月8日市人民政府令第124号发布,根据修改的决定重新公布。)\n第一章 总则\n第一条 为了保障知情权，制定本规定。\n")
    assert m.issuer == "市人民政府"


def test_a_database_s_abbreviated_npc_body_line_gives_way_to_the_adoption_note_s_full_name():
    m = md("某某保护管理条例\n\n某某省人大常委会\n\n某某保护管理条例\n\n"
           "(2003年7月18日某某省第十届人民代表大会常务委员会第四次会议通过)\n第一条 为了加强保护，制定本条例。\n")
    assert m.issuer == "某某省人民代表大会常务委员会"


def test_a_body_s_own_working_rules_are_issued_by_the_body_the_title_opens_on():
    m = md("某某县人民政府工作规则\n某政发〔2017〕40号\n第一章 总则\n第一条 为了规范工作，制定本规则。\n")
    assert m.issuer == "某某县人民政府"
    m = md("某某县政府信息公开目录编制规范\n第一条 为了规范编制，制定本规范。\n")
    assert m.issuer is None


def test_a_promulgation_number_a_blank_line_below_in_chinese_numerals():
    m = md("某某市人民代表大会常务委员会听证条例\n\n某某省某某市人大常委会\n\n某某市人民代表大会常务委员会听证条例\n\n"
           "某某市人民代表大会常务委员会公告\n\n第三十七号\n\n  某某市第三届人民代表大会常务委员会第十二次会议于2001年12月26日通过，现予公布。\n")
    assert m.doc_number == "某某市人民代表大会常务委员会公告第三十七号"


def test_an_abbreviated_labelled_npc_body_gives_way_to_the_adoption_note_s_full_name():
    m = md("(1999年12月10日某某省第九届人民代表大会常务委员会第十二次会议通过)\n颁布日期:1999-12-10\n"
           "颁布单位:某某省人大常委会\n  某某省第九届人民代表大会常务委员会第十二次会议决定。\n")
    assert m.issuer == "某某省人民代表大会常务委员会"


def test_a_bracketed_place_the_title_opens_with_is_the_page_category():
    # si_15: (界首市)界首市人民政府关于…: the mirror's category of the page glued before the title
    m = md("（界首市）界首市人民政府关于印发界首市生态环境保护规划的通知（界政办秘〔2022〕55号）\n为做好工作，制定本规划。\n")
    assert m.title == "界首市人民政府关于印发界首市生态环境保护规划的通知"
    assert m.issuer == "界首市人民政府"
    # a bracketed place the title does not repeat stays (no such title is known; the rule needs the repeat)
    m = md("（某县）某市人民政府关于印发某规划的通知\n为做好工作，制定本规划。\n")
    assert m.title == "（某县）某市人民政府关于印发某规划的通知"


def test_业经_adopts_like_已经_and_a_body_only_notice_takes_the_issued_title():
    # si_07: a 规范性文件 registration number and the 文号 over the addressees, no title line; 《…》业经…会议通过，现印发
    m = md("HFGS—2017—9\n惠府〔2017〕46号\n各县、区人民政府，市政府各部门：\n《某市行政机关规范性文件制定程序规定》业经十二届10次"
           "市政府常务会议通过，现印发给你们，请遵照执行。\n某市人民政府\n2017年4月5日\n某市行政机关规范性文件制定程序规定\n"
           "第一条为维护法制统一，制定本规定。\n")
    assert m.plan_title == "《某市行政机关规范性文件制定程序规定》"
    assert m.title == "某市行政机关规范性文件制定程序规定"
    assert m.cited_documents == []
    assert m.doc_type == "通知"


def test_an_earlier_notice_sent_out_again_issues_what_it_issued_and_is_cited():
    # si_06: 现将《…关于印发某办法的通知》（文号）重新发布: the plan is the 办法; the earlier notice is a cited document
    m = md("某市人民政府办公厅关于重新发布某市积分制入户管理办法的通知\n各区人民政府：\n根据《某省行政规范性文件管理规定》，"
           "现将《某市人民政府办公厅关于印发某市积分制入户管理办法的通知》（某府办规〔2023〕1号）重新发布。\n"
           "某市人民政府办公厅\n2025年6月30日\n某市积分制入户管理办法\n第一条为加强服务管理，制定本办法。\n")
    assert m.plan_title == "《某市积分制入户管理办法》"
    assert {"title": "某市人民政府办公厅关于印发某市积分制入户管理办法的通知", "doc_number": "某府办规〔2023〕1号"} in [
        {"title": c.title, "doc_number": c.doc_number} for c in m.cited_documents]


def test_a_sharing_site_summary_repeating_the_opening_is_no_body_and_the_title_below_it_is_read():
    # si_13: the page's first line runs the title, 第一章 and 第一条 together before the site's own prose
    m = md("某资金暂行管理办法第一章总则第一条 为了加强资金管理，提高效益，根下面是小编整理的某县某资金暂行管理办法，供大家参考。\n"
           "某资金暂行管理办法\n第一章 总 则\n第一条 为了加强资金管理，提高效益，制定本办法。\n")
    assert m.title == "某资金暂行管理办法"
    assert m.doc_type == "办法"


def test_papers_made_out_for_one_case_are_no_cited_documents():
    # si_09: an applicant hands in 《…授权书》, is issued 《…核对报告》, whose 《…（复核）报告》显示 his income
    m = md("各区民政局：\n在领对象的《某市居民家庭经济状况核对（复核）报告》，有效期为1年。申请人应提交《某市居民家庭经济状况核对授权书》和《某市居民家庭经济状况核对申报表》，受理时间从出具"
           "《某市居民家庭经济状况核对报告》之日起算；《某市居民家庭经济状况核对（复核）报告》显示收入高于标准的停止发放。"
           "根据《某省社会救助条例》办理。\n")
    assert [c.title for c in m.cited_documents] == ["某省社会救助条例"]


def test_a_notice_of_another_body_sent_further_stays_the_document_issued():
    m = md("某县人民政府办公室关于转发某市人民政府办公室关于印发某方案的通知的通知\n各乡镇：\n"
           "现将《某市人民政府办公室关于印发某方案的通知》转发给你们，请认真贯彻执行。\n某县人民政府办公室\n2020年1月1日\n")
    assert m.plan_title == "《某市人民政府办公室关于印发某方案的通知》"


def test_a_signature_glued_to_its_date_signs():
    # the line break between the issuer and the date lost (某市人民政府办公室2022年3月1日), digits or Chinese numerals
    for line, date in (("某市人民政府办公室2022年3月1日", "2022-03-01"), ("某市人民政府办公室二〇二二年三月一日", "2022-03-01")):
        m = md(f"各县人民政府：\n现将《某方案》印发给你们。\n{line}\n")
        assert (m.issuer, m.issue_date) == ("某市人民政府办公室", date), line
    # a line that closes on a date but names no body before it signs nothing
    m = md("各县人民政府：\n现将《某方案》印发给你们。\n本方案自2022年3月1日\n")
    assert m.issue_date is None


def test_a_cited_文号_with_its_year_in_round_brackets():
    m = md("各县人民政府：\n根据《国务院关于某事项的意见》（国发(2020)12号）和《某省关于某事项的通知》(某政办发（2021）3号)精神，"
           "现将《某方案》印发给你们。\n某市人民政府\n2021年8月3日\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("国务院关于某事项的意见", "国发〔2020〕12号"), ("某省关于某事项的通知", "某政办发〔2021〕3号")]


def test_a_主送_line_the_page_printed_without_its_colon():
    # sm_06: 各街道办事处，区级各部门，官盛新区管委会 right above the body's first sentence, its colon dropped
    m = md("某市某区人民政府办公室关于印发某细则的通知\n\n各街道办事处，区级各部门，某新区管委会\n\n"
           "《某细则》已经区政府常务会审议通过，现印发你们，请认真遵照执行。\n\n某市某区人民政府办公室\n\n2020年10月28日\n")
    assert m.addressees == ["各街道办事处", "区级各部门", "某新区管委会"]
    # joint issuers or a title above the body name no 各… group: no 主送
    m = md("某市财政局，某市教育局\n\n关于下达某资金的通知\n\n现将有关事项通知如下。\n")
    assert m.addressees == []


def test_a_colonless_主送_line_opening_on_a_scoped_group_with_short_names_after_it():
    # um_11: 市直各部门、市域内农垦、森工、监狱所、龙镇镇政府、供热企业 right above 《…预案》经…通过，现印发给你们…
    m = md("某市人民政府办公室关于印发《某市供热应急预案》的通知\n\n市直各部门、市域内农垦、森工、监狱所、某镇政府、供热企业\n\n"
           "《某市供热应急预案》经市人民政府常务会议讨论通过，现印发给你们，请认真贯彻执行。\n\n某市人民政府办公室\n\n2024年1月10日\n")
    assert m.addressees == ["市直各部门、市域内农垦、森工、监狱所、某镇政府、供热企业"]
    # a line of names with no 各… group above the body is no 主送
    m = md("某市财政局、某市教育局、供热企业\n\n关于下达某资金的通知\n\n现将有关事项通知如下。\n")
    assert m.addressees == []


def test_a_bulleted_posting_date_and_a_navigation_label_above_the_title():
    # sm_06: 您当前所在位置： above the page's heading, then • 2020-11-13 14:42 / • 来源：某区人民政府
    m = md("您当前所在位置：\n某区人民政府办公室关于印发某细则的通知\n  • 2020-11-13 14:42\n  • 来源：某区人民政府\n"
           "各街道办事处：\n现将《某细则》印发你们，请认真遵照执行。\n某区人民政府办公室\n2020年10月28日\n")
    assert (m.title, m.publish_date, m.issue_date) == ("某区人民政府办公室关于印发某细则的通知", "2020-11-13", "2020-10-28")


def test_a_legal_database_version_note_after_a_notice_title():
    # sm_01: 页面宽度（px）： is the database's furniture; (2019修订) is the version it files the notice under
    m = md("页面宽度（px）：\n页面宽度范围为200至2000\n某市人民政府关于印发《某市人民政府工作规则》的通知(2019修订)\n"
           "某市人民政府关于印发《某市人民政府工作规则》的通知\n各县（市、区）人民政府：\n现印发给你们，请认真贯彻执行。\n某市人民政府\n2019年11月29日\n")
    assert m.title == "某市人民政府关于印发《某市人民政府工作规则》的通知"
    # the rules' own title keeps its revision
    assert md("某市人民政府工作规则（2019年11月修订）\n一、根据有关规定，制定本规则。\n").title == "某市人民政府工作规则（2019年11月修订）"


def test_a_database_body_line_spells_out_the_place_a_title_leaves_out():
    # sm_02: 省人民政府关于印发… / 湖北省人民政府 / 省人民政府关于印发…, no signer
    t = "省人民政府关于印发某省某办法的通知"
    m = md(f"{t}\n某某省人民政府\n\n{t}\n各市、州、县人民政府，省政府各部门：\n现将《某省某办法》印发给你们。\n2011年10月9日\n")
    assert (m.title, m.issuer) == (t, "某某省人民政府")


def test_the_notice_title_block_below_a_heading_that_dropped_the_issuer_head():
    # sm_11: 发展改革委关于印发…的通知 (the page's heading) over 国家发展改革委关于印发 / …的通知 and the 文号
    m = md("发展改革委关于印发某某城市群发展规划的通知\n2017-01-05 14:59 来源：发展改革委网站\n国家发展改革委关于印发\n"
           "某某城市群发展规划的通知\n发改地区[2016]2817号\n某省人民政府，国务院有关部委：\n现将《某某城市群发展规划》印发你们。\n")
    assert (m.title, m.issuer) == ("国家发展改革委关于印发某某城市群发展规划的通知", "国家发展改革委")


def test_the_notice_title_naming_a_bureau_below_a_heading_that_names_its_district():
    # uq_10: 广州市花都区关于征集…的通知 (the page's heading) / 发表于:… / 广州市花都区科技工业商务和信息化局关于征集…的通知
    m = md("当前位置: 通知公告\n某市某某区关于征集2021年试点项目的通知\n发表于：2021-08-17\n"
           "某市某某区科技工业商务和信息化局关于征集2021年试点项目的通知\n各镇（街）：\n现将有关要求通知如下。\n特此通知。\n"
           "某市某某区科技工业商务和信息化局\n2021年8月13日\n")
    assert m.title == "某市某某区科技工业商务和信息化局关于征集2021年试点项目的通知"
    # a line below naming another district's bureau is no fuller title of this heading
    m = md("某市某某区关于征集试点项目的通知\n发表于：2021-08-17\n某市某乙区科技局关于征集试点项目的通知\n各镇（街）：\n"
           "现将有关要求通知如下。\n")
    assert m.title == "某市某某区关于征集试点项目的通知"


def test_a_database_body_line_without_the_province_it_adds():
    # sm_14: 安徽省淮南市人民政府 on a legal database's body line over 淮南市公园管理办法 (a 令 signed by the mayor)
    m = md("某某市公园管理办法\n\n时间：2024-05-18 02:00:56 来源： 法律资料网\n下载地址： 点击此处下载\n\n某某市公园管理办法\n\n"
           "某某省某某市人民政府\n\n\n某某市公园管理办法\n\n市人民政府令第129号\n\n"
           "《某某市公园管理办法》已经市人民政府常务会议通过，现予公布。\n\n市长 某某\n二O一一年八月十日\n")
    assert (m.issuer, m.doc_number, m.issue_date) == ("某某市人民政府", "市人民政府令第129号", "2011-08-10")


def test_issuers_and_their_verb_on_the_line_above_a_title_opening_at_关于():
    # sm_15: 鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于完善…机制的意见的通知
    m = md("某政发〔2025〕4号\n某某市人民政府 某某市中级人民法院印发\n关于完善某机制的意见的通知\n各县（区）人民政府、法院：\n"
           "《某意见》已经市政府常务会议审议通过，现印发给你们。\n某某市人民政府 某某市中级人民法院\n2025年4月30日\n")
    assert m.title == "某某市人民政府 某某市中级人民法院印发关于完善某机制的意见的通知"
    assert m.issuer == "某某市人民政府、某某市中级人民法院"


def test_glued_joint_issuers_the_second_naming_its_province():
    # sm_17: 酒泉市人民政府甘肃省酒泉市人民检察院关于…的实施意见, cut before the signature
    m = md("某某市人民政府某某省某某市人民检察院关于建立某机制的实施意见\n某政发〔2025〕17号\n各县（市、区）人民政府：\n为加强协作，提出如下意见。\n")
    assert m.issuer == "某某市人民政府、某某省某某市人民检察院"


def test_a_field_row_printed_with_bars_is_front_matter_though_a_value_reads_like_a_sentence():
    # sr_07: 索引号 | … | 公开目录： | 县政府办文件，惠农惠民政策和资金 | (a comma in a value), then 文号 | … | 成文日期： | …
    m = md("某县人民政府办公室关于印发《某县资金管理办法》的通知\n"
           "索引号 | abcdefg/2021-3740 | 公开目录： | 县政府办文件，惠农惠民政策和资金 |\n"
           "公开责任部门 | 某县人民政府办公室 | 公开形式： | 主动公开 |\n"
           "文号 | 某政办发〔2021〕88号 | 成文日期： | 2021年09月28日 |\n"
           "有效性 | 有效 | 公开日期： | 2021-09-30 01:40 |\n"
           "为加强资金管理，现将《某县资金管理办法》印发给你们，请遵照执行。\n某县人民政府办公室\n2021年9月28日\n")
    assert (m.index_number, m.doc_number, m.publish_date) == ("abcdefg/2021-3740", "某政办发〔2021〕88号", "2021-09-30")


def test_a_policy_site_field_names_the_department_that_issued():
    # sr_03: 发文部门：盐城市工业和信息化局 on a page of a plan with no signature
    m = md("某市数字经济发展三年行动计划（2022-2024年）\n发布时间:2022-08-12\n发文部门:某市工业和信息化局\n"
           "某市数字经济发展三年行动计划（2022—2024年）\n为加快数字化转型，制定本行动计划。\n一、总体要求\n")
    assert m.issuer == "某市工业和信息化局"


def test_joint_issuers_and_their_verb_above_a_title_line_opening_on_the_document_it_transmits():
    # sr_09: …集团有限公司转发 / 《关于…的实施意见》的通知; the body names the document in full, with its issuers
    m = md("某交运〔2022〕282号\n某省交通运输厅 某省邮政管理局转发\n《关于加快推进冷链物流运输高质量发展的实施意见》的通知\n"
           "各市交通运输局：\n现将《交通运输部 国家邮政局关于加快推进冷链物流运输高质量发展的实施意见》（交运发〔2022〕49号）"
           "转发给你们，请认真贯彻落实。\n某省交通运输厅\n某省邮政管理局\n2022年7月7日\n")
    assert m.title == "某省交通运输厅 某省邮政管理局转发《关于加快推进冷链物流运输高质量发展的实施意见》的通知"
    assert m.plan_title == "《关于加快推进冷链物流运输高质量发展的实施意见》"
    assert m.cited_documents == []


def test_a_title_ending_on_the_document_it_speaks_about_takes_no_type_from_it():
    # sr_14: 【主要负责人解读】…局长某某解读《某市…远景目标纲要》 is a reading, no 纲要
    m = md("标 题:【主要负责人解读】某市发改局局长某某解读《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》\n"
           "【主要负责人解读】某市发改局局长某某解读《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》\n"
           "一、政策背景\n“十四五”时期是关键五年。\n")
    assert m.doc_type is None


def test_a_date_under_the_doc_number_of_the_head_dates_the_document():
    # sr_05: 國函〔2022〕72號 / 2022年7月10日 / 發布機關:… over an unsigned 批复 (a library's copy)
    m = md("国务院关于同意某州建设示范区的批复\n国函〔2022〕72号\n2022年7月10日\n发布机关:中华人民共和国国务院\n"
           "某省人民政府、科技部：\n你们《关于某州创建示范区的请示》（某政〔2022〕22号）收悉。现批复如下：\n一、同意某州建设示范区。\n")
    assert (m.issue_date, m.publish_date) == ("2022-07-10", None)


def test_a_database_body_line_without_the_province_when_the_title_names_the_place_after_its_verb():
    # sr_11: 江西省吉安市人民政府办公室 over 关于印发吉安市…实施细则的通知 (the title names no issuer)
    m = md("某某市市本级政务公开工作实施细则\n\n某某省某某市人民政府办公室\n\n\n关于印发某某市市本级政务公开工作实施细则的通知\n"
           "( 某府发〔2003〕37号 )\n\n市政府各部门，市直各单位：\n\n现将《某某市市本级政务公开工作实施细则》印发给你们，请遵照执行。\n\n"
           "二OO三年十二月四日\n")
    assert (m.issuer, m.doc_number) == ("某某市人民政府办公室", "某府发〔2003〕37号")


def test_a_body_without_title_names_itself_an_opinion_it_draws_up():
    # sr_13: 经市政府同意，制定如下实施意见 (and 根本措施 later is no 本措施)
    m = md("各县（市、区）人民政府，市人民政府各部门：\n为统筹发展，经市政府同意，制定如下实施意见。\n一、总体要求\n"
           "（一）指导思想。把调整资源配置作为根本措施。\n")
    assert m.doc_type == "意见"
    assert md("各县人民政府：\n一、总体要求\n（一）指导思想。把调整资源配置作为根本措施，以提高质量为核心。\n").doc_type != "措施"


def test_a_legal_database_clean_up_note_above_the_document_is_no_part_of_it():
    # sr_02: 税谱®提示：根据…清理结果的通知》 ( 某政综〔2019〕38号规定，继续有效 above the 主送 line
    m = md("某市人民政府关于加快发展养老服务业的实施意见\n某政综〔2014〕76号\n\n"
           "数据库提示：根据2019年5月16日 某市人民政府关于公布行政规范性文件清理结果的通知》 ( 某政综〔2019〕38号规定，继续有效\n\n"
           "各县（区）人民政府，市直各单位：\n\n为加快发展养老服务业，提出如下实施意见。\n\n一、主要目标\n")
    assert m.addressees == ["各县（区）人民政府", "市直各单位"]


def test_the_notices_own_title_line_below_the_page_fields_is_the_title():
    # batch sr (sr_03): the page heading writes the period with a hyphen, the notice's own line below the page's
    # fields with a dash; the notice's own writing is the title
    text = (
        "某市制造业发展三年行动计划(2025-2027年)\n发布时间:2025-03-02\n发文部门:某市工业和信息化局\n点赞\n转发\n"
        "某市制造业发展三年行动计划(2025—2027年)\n为加快推动全市制造业发展，制定本行动计划。\n一、总体要求\n"
    )
    assert parse(text.encode("utf-8")).metadata.title == "某市制造业发展三年行动计划（2025—2027年）"


def test_a_gazette_issue_number_after_the_title_is_no_part_of_it():
    # …的通知(2002年1号): the year and number of the gazette issue a copy files the notice under; not its 文号
    m = md("某省人民政府办公厅关于报送某某材料有关事项的通知(2003年2号)\n为做好某某工作，现将有关事项通知如下：\n"
           "一、请各市于2003年3月1日前报送材料。\n")
    assert m.title == "某省人民政府办公厅关于报送某某材料有关事项的通知"
    assert m.doc_number is None


def test_the_gazette_a_text_is_printed_in_is_no_cited_document():
    m = md("某省人民政府办公厅关于做好公报发行工作的通知\n各市人民政府：\n在《某省人民政府公报》上刊登的规章文本为标准文本，"
           "依照《中华人民共和国立法法》执行；《2020年某省国民经济和社会发展统计公报》另行发布。\n某省人民政府办公厅\n2021年1月5日\n")
    titles = [c.title for c in m.cited_documents]
    assert "某省人民政府公报" not in titles
    assert titles == ["中华人民共和国立法法", "2020年某省国民经济和社会发展统计公报"]


def test_an_attachment_named_like_the_earlier_rules_it_revises_cites_them_by_their_own_doc_number():
    m = md("关于修订印发某某资金管理办法的通知\n各市财政局：\n我们对2017年发布的《某某资金管理办法》（某财农〔2017〕4号）进行了修订。"
           "现将修订后的管理办法予以印发，请遵照执行。\n附件：某某资金管理办法\n某省财政厅\n2020年3月2日\n")
    assert m.attachments == ["某某资金管理办法"]
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [("某某资金管理办法", "某财农〔2017〕4号")]
    # named without a 文号 it is the attachment itself
    m = md("关于印发某某资金管理办法的通知\n各市财政局：\n现将《某某资金管理办法》印发给你们，请遵照执行。\n"
           "附件：某某资金管理办法\n某省财政厅\n2020年3月2日\n")
    assert m.cited_documents == []


def test_a_record_line_with_doc_number_date_and_issuing_bodies_gives_the_doc_number():
    m = md("关于修订印发某某资金管理办法的通知\n关于修订印发某某资金管理办法的通知 某财农〔2020〕10号 2020年3月24日 "
           "发布机关:某省财政厅 某省农业农村厅 |\n各市财政局：\n现将修订后的办法印发给你们，请遵照执行。\n")
    assert m.title == "关于修订印发某某资金管理办法的通知"
    assert m.doc_number == "某财农〔2020〕10号"



def test_attachment_labels_are_read_only_on_lines_that_hold_附():
    # speed10j: _label_on tries its label patterns only on a line holding 附 (every one of them needs it): a line
    # without one gives what the patterns give, nothing; the labels themselves are read as before
    from policyparse.grammar import ATTACHED_TABLE, DATE_THEN_ATTACHMENTS, SENTENCE_THEN_ATTACHMENTS
    from policyparse.segment.metadata import _LABELLED_MAP, _label_on

    for s in ("一、总体要求", "本办法自发布之日起施行。", "发布日期：2021年6月1日", "2021年10月19日", "各县（市）区人民政府："):
        assert not any(p.search(s) for p in (ATTACHED_TABLE, _LABELLED_MAP, DATE_THEN_ATTACHMENTS, SENTENCE_THEN_ATTACHMENTS))
        assert _label_on(s, None) is None
    assert _label_on("2021年10月19日附件：救助名单", None) == ("救助名单", True)
    assert _label_on("附表1 计划表", None) == ("计划表", False)
    assert _label_on("附图 北京市示意图", None) == ("北京市示意图", False)
    assert _label_on("请遵照执行。附件：救助名单", None) == ("救助名单", True)


def test_title_key_fast_path_gives_the_full_normalisation() -> None:
    """_key skips the dash translate on titles without a dash: the same key as NFKC + translate + no spaces."""
    import unicodedata

    from policyparse.segment.metadata import _DASHES, _SPACES, _key

    def full(title: str) -> str:
        return _SPACES.sub("", unicodedata.normalize("NFKC", title).translate(_DASHES))

    for title in (
        "关于印发《某市促进就业实施方案》的通知", "某省国土空间规划（2021—2035年）", "某区规划（2021-2035年）",
        "某县规划（2021－2035年）", "规划 （2021～2035年）", "办法\u3000（试行）", "ＡＢＣ１２３", "某规划（2021–2025）",
        "某规划（2021―2025）", "某规划（2021‐2025）", "某规划（2021~2025）", "", "e\u0301",
    ):
        assert _key(title) == full(title), title


def test_cited_documents_look_for_each_titles_number_once() -> None:
    """The 文号 after each title is looked for once and serves both the case-paper test and the citation: a paper
    handed in with no 文号 is no citation (nor wherever else the text names it); one followed by its 文号 is."""
    from policyparse.segment.metadata import cited_documents

    text = (
        "申请人应提交《某某核对报告》。根据《某省就业促进办法》（某政发〔2020〕3号）和《某某核对报告》，"
        "出具《某市安全评估报告》（某政办发〔2019〕12号）。"
    )
    found = [(c.title, c.doc_number) for c in cited_documents(text)]
    assert found == [("某省就业促进办法", "某政发〔2020〕3号"), ("某市安全评估报告", "某政办发〔2019〕12号")]


def test_plan_title_from_a_sentence_adopting_and_issuing_at_once():
    # batch sx: 《…》经…审议通过，现印发 (no 已经; a copy may even have struck out the adopting body)
    for adopted in ("经县政府第5次常务会议审议通过", "（略）政府第5次常务会议审议通过"):
        m = md(f"某政办〔2023〕28号\n各市人民政府：\n《某某示范区创建工作方案》{adopted}，现印发给你们，请认真组织实施。\n"
               "某某人民政府办公厅\n2023年3月24日\n某某示范区创建工作方案\n一、总体要求\n（一）指导思想。\n")
        assert m.plan_title == "《某某示范区创建工作方案》"
        assert m.cited_documents == []


def test_a_page_source_office_is_the_issuer_only_when_nothing_else_names_one():
    page = ("关于印发《某州2025年民生实事工作方案》的通知\n发布日期: 2025-06-19 22:33:38 来源:某某自治州人民政府办公厅 浏览次数:\n"
            "各县市人民政府：\n某州2025年民生实事已经州人民政府同意，现将方案印发你们，请认真贯彻执行。\n一、加强组织领导。各部门要抓好落实。\n")
    assert md(page).issuer == "某某自治州人民政府办公厅"
    assert md(page.replace("来源:某某自治州人民政府办公厅", "来源:某某网")).issuer is None
    signed = page + "某某州人民政府\n2025年6月18日\n"
    assert md(signed).issuer == "某某州人民政府"


def test_field_labels_in_spaced_square_brackets():
    # sw_06: a county page of 重庆 prints its fields as [ 索引号 ] | value | [ 发文字号 ] | value |
    m = md("[ 索引号 ] | 11500229759293419E/2025-00009 | [ 发文字号 ] | 城发改委发〔2025〕4号 |\n"
           "[ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |\n"
           "某县发展和改革委员会关于印发《某某报告》的通知\n各单位：\n现将报告印发给你们。\n")
    assert (m.index_number, m.doc_number, m.issue_date, m.publish_date) == (
        "11500229759293419E/2025-00009", "城发改委发〔2025〕4号", "2025-02-17", "2025-02-21")


def test_a_five_year_plan_written_out_gives_its_period():
    # sw_15: 国民经济和社会发展第十三个五年规划纲要 — 2016–2020, as “十三五” does
    m = md("武汉市某区国民经济和社会发展第十三个五年规划纲要\n第一章 发展基础\n“十二五”时期以来，全区发展取得新成就。\n")
    assert (m.plan_period.start, m.plan_period.end) == (2016, 2020)
    # sr_14: a 解读 whose title names the plan in 《》 is not the plan: no period of its own
    m = md("标 题：【解读】某市发改局局长解读《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》\n"
           "近日，《纲要》正式印发。\n")
    assert m.plan_period is None


def test_a_date_and_its_number_recorded_together_date_and_number_the_document():
    # tb_01 / tb_09: a legal database records a document by its date, a blank and its 文号, on a line under the
    # title or in brackets closing the title line; with no signature, that date is the issue date
    m = md("某某委员会关于调整若干事项的通知\n某某委员会\n2000年12月28日 某委会[2000]17号\n某某总署：\n现将有关问题通知如下。\n")
    assert (m.doc_number, m.issue_date) == ("某委会〔2000〕17号", "2000-12-28")
    m = md("某部、某局关于某某政策问题的公告（2019年4月13日 某部公告2019年第60号）\n为支持某某发展，现将有关问题公告如下：\n"
           "一、对符合条件的企业减按15%的税率征收。\n")
    assert (m.doc_number, m.issue_date) == ("某部公告2019年第60号", "2019-04-13")
    # a date and a sentence after it on the line are no record
    m = md("某某局关于某事的通知\n2000年12月28日 各单位召开会议\n各单位：\n现通知如下。\n")
    assert m.doc_number is None
    # tv_07: the 文号 first, then the Chinese-numeral date, in brackets under the title
    m = md("某市人民政府办公室转发市发改委关于2009年工作要点的通知\n（某政办发〔2009〕58号 二○○九年五月五日）\n"
           "2009年我市工作要着重做好以下八项工作。\n一、积极开展服务工作\n")
    assert (m.doc_number, m.issue_date) == ("某政办发〔2009〕58号", "2009-05-05")


def test_a_contact_line_without_its_colon_is_no_attachment():
    # tb_05: （联系电话010-68205132） under the 附件 line, the number written straight after 联系电话
    m = md("各单位：\n现将有关事项通知如下。\n特此通知。\n附件：某某工作方案\n（联系电话010-68205132）\n某某部办公厅\n2017年1月3日\n")
    assert m.attachments == ["某某工作方案"]
    assert m.contact == "010-68205132"


def test_a_body_without_title_publishing_rules_and_closing_as_a_gonggao_is_a_gonggao():
    # tb_13: …组织制定了《…管理办法》，现予发布，自发布之日起实施。特此公告。 — a 公告, not an issuing notice
    body = "为加强管理，我部组织制定了《某某评估管理办法》，现予发布，自发布之日起实施。\n特此公告。\n某某部\n2019年12月17日\n"
    m = md(body)
    assert (m.plan_title, m.doc_type) == ("《某某评估管理办法》", "公告")
    assert md(body.replace("特此公告。", "特此通知。")).doc_type == "通知"


def test_a_site_label_glued_before_a_gonggao_number_is_no_part_of_it():
    # tb_07: a tax site's list entry 法规国家税务总局公告2018年第58号 国家税务总局关于…的公告
    m = md("法规某某总局公告2018年第58号 某某总局关于简化某某申报有关措施的公告\n为减轻负担，现将有关事项公告如下：\n一、某某表为必填表单。\n")
    assert m.doc_number == "某某总局公告2018年第58号"


def test_the_year_a_legal_database_files_a_notice_under_is_no_part_of_its_title():
    # tb_01: 法律资料网 heads the page 某某委员会关于调整若干事项的通知(2000年)
    m = md("某某委员会关于调整若干事项的通知(2000年)\n某某委员会\n某某总署：\n现将有关问题通知如下。\n")
    assert m.title == "某某委员会关于调整若干事项的通知"
    # a plan's own period stays: 规划（2021—2025年）, and a 要点 of one year is no notice
    assert md("某市某某发展规划（2021—2025年）\n一、发展基础\n").title == "某市某某发展规划（2021—2025年）"


def test_a_notice_to_one_central_body_named_alone():
    # tb_01: 海关总署： above the body — one body's name alone, as 北京工业大学： is
    m = md("某某委员会关于调整若干事项的通知\n海关总署：\n经国务院批准，现将有关问题通知如下：\n一、调整情况\n")
    assert m.addressees == ["海关总署"]
    assert md("某某委员会关于调整若干事项的通知\n工作部署：\n现将有关问题通知如下：\n").addressees == []


def test_a_ministry_signing_with_the_state_s_name_spells_out_the_title_s_issuer():
    # tb_06: 中央机构编制委员会办公室、监察部关于印发…的通知, signed 中央机构编制委员会办公室 中华人民共和国监察部
    head = "某某委员会办公室、某某部关于印发《某某暂行规定》的通知\n各省编办：\n现将《某某暂行规定》印发给你们，请遵照执行。\n"
    m = md(head + "某某委员会办公室 中华人民共和国某某部\n2007年2月13日\n")
    assert m.issuer == "某某委员会办公室、中华人民共和国某某部"
    assert md(head + "某某委员会办公室 某某部\n2007年2月13日\n").issuer == "某某委员会办公室、某某部"


def test_a_news_pages_byline_dates_the_page():
    # the posting date opens the byline, unlabelled, before the source it names
    m = md("今年某市将新增学位1万个\n\n2023-03-08 08:34 来源：某某网\n\n某某网讯 3月7日上午，某市召开新闻发布会。\n"
           "2022年，我市新建中小学校10所。\n")
    assert m.publish_date == "2023-03-08"
    m = md("某地规划出台\n2017年02月17日 10:26:23  来源：某某日报\n记者从某部获悉，规划已印发。\n")
    assert m.publish_date == "2017-02-17"


def test_a_legal_databases_labelled_copy_time_is_not_the_byline():
    m = md("某某用具管理办法\n时间：2024-07-01 13:16:35 来源：某资料网\n某某用具管理办法\n"
           "第1条 为了加强管理，特制定本办法。\n")
    assert m.publish_date is None


def test_a_forum_posts_date_closed_by_its_cells_bar_signs_the_notice():
    # batch td: a county notice copied into a forum post, its date followed by the bar closing the post's table cell
    m = md("县政办发〔2010〕219号\n某县人民政府办公室\n关于撤销某社区的通知\n各乡镇人民政府，县人民政府各工作部门：\n"
           "经研究，县政府决定撤销某社区。\n二○一○年十二月二日 |\n|\n")
    assert (m.title, m.doc_number, m.issuer, m.issue_date) == (
        "某县人民政府办公室关于撤销某社区的通知", "县政办发〔2010〕219号", "某县人民政府办公室", "2010-12-02")


def test_an_emergency_plan_title_closed_by_its_status_is_a_title():
    # batch td (龙驹镇): a 应急预案 page with no notice; 预案 is a 文种, the bracketed status closes the title
    m = md("某区某镇2023年突发事件总体应急预案（暂行）\n1总则\n1.1制定目的\n为规范应对突发事件行为，制定本预案。\n")
    assert (m.title, m.doc_type) == ("某区某镇2023年突发事件总体应急预案（暂行）", "预案")


def test_the_issued_plans_title_line_may_name_the_place_in_full():
    # batch td (西岗区): no title block; the notice issues 《某区人民政府工作规则》 and the line below names the city too
    m = md("各街道办事处：\n经区政府同意，现将《某区人民政府工作规则》印发给你们，请认真贯彻执行。\n某市某区人民政府\n2023年8月21日\n"
           "某市某区人民政府工作规则\n第一章 总则\n一、根据有关法律，结合实际，制定本规则。\n")
    assert m.title == "某市某区人民政府工作规则"
    assert md("各街道办事处：\n现将《某区人民政府工作规则》印发给你们。\n某区人民政府\n2023年8月21日\n"
              "关于某区人民政府工作规则\n一、总则。\n").title is None


# ---------------------------------------------------------------- batch tf (corpus13f)


def test_a_title_named_after_the_kind_of_publication_is_not_cited():
    m = md("各区人民政府：\n我市被财经杂志《福布斯》评为最宜开设工厂城市，贯彻《中华人民共和国安全生产法》。\n某某市人民政府\n2021年6月1日\n")
    assert [c.title for c in m.cited_documents] == ["中华人民共和国安全生产法"]


def test_a_law_site_note_on_a_repealed_rule_cites_nothing():
    m = md("各区人民政府：\n根据《某省预算监督条例》【已废止，最新为：《某省预算审查监督条例》】，制定本办法。\n"
           "某某市人民政府\n2021年6月1日\n")
    assert [c.title for c in m.cited_documents] == ["某省预算监督条例"]


def test_a_page_validity_field_naming_the_repealing_decision_cites_nothing():
    # a gov.cn 信息公开 page copy (vw_06): the 时效 field notes the decision that repealed the document; the document's
    # own text cites only what its body names
    head = ("索 引 号：\t000014349/2011-00134\t主题分类：\t工业、交通\\其他\n发文机关：\t国务院\t成文日期：\t2011年12月30日\n"
            "标 题：\t国务院关于印发某某规划的通知\n发文字号：\t国发〔2011〕47号\t发布日期：\t2012年01月19日\n")
    body = ("\n国务院关于印发某某规划的通知\n\n国发〔2011〕47号\n\n各省、自治区、直辖市人民政府：\n"
            "现将《某某规划》印发给你们，请认真贯彻执行。编制《规划》是落实《某某发展纲要》的具体部署。\n国务院\n2011年12月30日\n")
    for field in ("主 题 词：\t经济管理\t时 效：\t根据", "时效性：", "有效性： 依据"):
        m = md(head + f"{field}《国务院关于宣布失效一批国务院文件的决定》（国发〔2016〕38号），此文件已宣布失效。\n" + body)
        assert [c.title for c in m.cited_documents] == ["某某发展纲要"]
    # the same decision named by the text itself stays cited
    m = md(head + body.replace("编制《规划》", "根据《国务院关于宣布失效一批国务院文件的决定》（国发〔2016〕38号），编制《规划》"))
    assert [c.doc_number for c in m.cited_documents] == ["国发〔2016〕38号", None]


def test_documents_a_title_issues_in_angle_brackets_are_its_own():
    m = md("某省人民政府办公厅关于印发〈某省专项资金管理办法〉和〈某省资金审批管理办法（暂行）〉的通知\n各市人民政府：\n"
           "《某省专项资金管理办法》和《某省资金审批管理办法（暂行）》已经省人民政府同意，现印发给你们，请遵照执行。\n"
           "某省人民政府办公厅\n2012年7月21日\n")
    assert m.cited_documents == []


def test_a_head_signing_a_decree_copy_is_no_issuer():
    # a legal database's copy: the title, the body line, the title again, the 令's number, the head signing unnamed
    m = md("您的位置: 首页 » 法律资料网 » 法律法规 »\n\n山东省气象灾害防御规定\n\n作者:法律资料网 时间:2024-07-06 04:34:58\n"
           "下载地址: 点击此处下载\n\n山东省气象灾害防御规定\n\n山东省人民政府\n\n\n山东省气象灾害防御规定\n\n政府令〔2010〕第9号\n\n\n"
           "《山东省气象灾害防御规定》已经2010年12月14日省政府常务会议通过，现予公布，自2011年2月1日起施行。\n\n\n省长\n\n\n"
           "二○一○年十二月二十五日\n\n\n山东省气象灾害防御规定\n\n第一章总则\n\n第一条为加强管理，制定本规定。\n")
    assert (m.title, m.issuer) == ("山东省气象灾害防御规定", "山东省人民政府")


def test_an_acting_head_or_a_ministrys_head_signing_a_decree_is_no_issuer():
    # a provincial database's copy, its lines run together with full-width blanks: the 令's text, the head, the date
    for head in ("代省长王某某", "局长"):
        text = ("\u3000\u3000《某省科学技术奖励办法》已经2021年11月17日省政府第135次常务会议通过，现予公布，自2022年4月1日起施行。"
                f"\u3000\u3000{head}\u3000\u30002021年11月28日\u3000\u3000某省科学技术奖励办法\u3000\u3000第一章\u3000总\u3000\u3000则"
                "\u3000\u3000第一条\u3000为了奖励在本省科学技术进步活动中做出突出贡献的个人、组织，调动科学技术工作者的积极性，制定本办法。")
        assert parse(text).metadata.issuer is None


def test_a_joint_signature_under_a_title_naming_its_leading_body():
    m = md("某省财政厅关于印发《某省就业专项资金管理办法》的通知\n各州（市）财政局、人力资源和社会保障局：\n"
           "现将《某省就业专项资金管理办法》印发给你们，请认真贯彻执行。\n某省财政厅   某省人力资源和社会保障厅\n2013年9月4日\n")
    assert m.issuer == "某省财政厅、某省人力资源和社会保障厅"


_REPORT_PAGE = ("• 索引号：XM00000-0101-2019-00001\n• 发布机构：某某区人民政府办公室\n• 公文生成日期：2019-01-04\n"
                "某某区人民政府2018年政府信息公开工作年度报告\n时间：2019-01-04 10:25\n"
                "某某区人民政府2018年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，公布本年度报告。\n"
                "一、概述\n2018年，共制作政府信息3021条。\n")


def test_a_places_yearly_report_on_information_disclosure_is_a_title_not_a_menu_item():
    assert md(_REPORT_PAGE).title == "某某区人民政府2018年政府信息公开工作年度报告"


def test_the_document_generation_date_field_is_its_issue_date():
    assert md(_REPORT_PAGE).issue_date == "2019-01-04"


def test_an_unsigned_yearly_report_is_issued_by_the_body_before_its_year():
    assert md(_REPORT_PAGE).issuer == "某某区人民政府"


def test_a_site_summary_cut_mid_sentence_is_not_joined_with_the_document_it_summarises():
    t = ("某市人民政府关于推进义务教育一体化改革发展的实施意见\n询律网小编整理\n2024-11-21 12:56\n"
         "某市人民政府关于推进义务教育一体化改革发展的实施意见某政发[2017]52号各县、区人民政府，市政府有关部门、单位：为贯彻落实《某省人民政府关于推进\n"
         "某市人民政府关于推进义务教育一体化改革发展的实施意见某政发[2017]52号\n各县、区人民政府，市政府有关部门、单位：\n"
         "为贯彻落实《某省人民政府关于推进义务教育改革的实施意见》精神，结合实际，现提出如下实施意见。\n一、指导思想\n")
    doc = segment(t, {})
    assert (doc.metadata.doc_number, doc.metadata.addressees) == ("某政发〔2017〕52号", ["各县、区人民政府", "市政府有关部门、单位"])
    assert doc.sections[0].text.startswith("各县、区人民政府")


def test_the_title_names_the_plan_as_it_heads_itself_where_the_sentence_names_it_the_notice_s_way():
    m = md("某市人民政府关于印发《某市增加中小学学位供给的实施意见》的通知\n各镇人民政府（街道办事处），市府直属各单位：\n"
           "现将《某市人民政府关于增加中小学学位供给的实施意见》印发给你们，请认真贯彻执行。\n某市人民政府\n2018年5月31日\n"
           "某市增加中小学学位供给的实施意见\n为全面贯彻党的十九大精神，提出如下实施意见。\n一、总体目标\n")
    assert m.plan_title == "《某市增加中小学学位供给的实施意见》"
    assert m.cited_documents == []


def test_a_report_named_in_angle_brackets_inside_what_a_title_issues_is_still_cited():
    m = md("某市人民政府办公厅关于印发2022年市〈政府工作报告〉目标任务责任分解方案的通知\n各区人民政府：\n"
           "为全面完成市十五届人大一次会议审议通过的《政府工作报告》确定的目标任务，现将分解方案印发给你们。\n"
           "某市人民政府办公厅\n2022年2月1日\n")
    assert [c.title for c in m.cited_documents] == ["政府工作报告"]


def test_a_yearly_plan_whose_title_names_no_place_names_no_issuer():
    assert md("区人民政府2024年工作计划\n2024年是关键之年，全区上下要加压奋进。\n一、总体要求\n").issuer is None


def test_a_bracketed_number_below_a_title_of_several_lines_is_no_part_of_it():
    text = ("某省人民政府办公厅关于印发某某省加快完善\n某某支持政策体系推动建设某某社会\n若干措施的通知\n(某政办发〔2025〕2号)\n"
            "各设区市人民政府,省各委办厅局:\n\n《某某若干措施》已经省人民政府同意,现印发给你们,请认真组织实施。\n\n"
            " 某省人民政府办公厅\n\n 2025年1月11日\n")
    meta = parse(text).metadata
    assert meta.title == "某省人民政府办公厅关于印发某某省加快完善某某支持政策体系推动建设某某社会若干措施的通知"
    assert meta.doc_number == "某政办发〔2025〕2号"


def test_a_number_glued_before_the_issuer_line_of_a_two_line_title_is_no_part_of_it():
    text = ("某住公管委〔2022〕7号某市住房公积金管理委员会\n关于调整住房公积金使用政策的批复\n\n市住房公积金管理中心:\n"
            "你中心呈报的《关于调整住房公积金使用政策的请示》收悉。现批复如下:\n一、同意。\n某市住房公积金管理委员会\n2022年5月20日\n")
    meta = parse(text).metadata
    assert meta.title == "某市住房公积金管理委员会关于调整住房公积金使用政策的批复"
    assert meta.issuer == "某市住房公积金管理委员会"


def test_a_file_number_label_gives_the_doc_number():
    # te_07: label lines two to a line (索引号: … 成文日期: …), the 文号 under 文件编号 beside an empty 统一编号
    m = parse(
        "索引号: 0001/2021-01 成文日期: 2021-03-24\n发布机构: 市政府办公室 公开方式: 主动公开\n有效性: 有效 组配分类: 市府办文件\n"
        "文件编号: 某政办发〔2021〕3号 统一编号:\n\n关于印发2021年重点工作责任分解的通知\n\n"
        "发布日期:2021-03-26 14:35 浏览次数: 信息来源:市政府办公室\n\n"
        "各县（市、区）人民政府，市政府各部门：\n现印发给你们，请认真贯彻执行。\n"
    ).metadata
    assert (m.doc_number, m.title, m.publish_date) == ("某政办发〔2021〕3号", "关于印发2021年重点工作责任分解的通知", "2021-03-26")


def test_a_date_under_a_bare_label_is_that_labels_value_not_a_header_date():
    # 成文日期 and 发文日期 each alone on a line above its date: both date the document; no 发布日期 is printed
    m = md("标题\n某某县人民政府关于印发某某办法的通知发文机关\n某某县人民政府办公室\n发文字号\n某政发〔2021〕1号\n"
           "成文日期\n2021-03-26\n发文日期\n2021-03-26\n某某县人民政府关于印发某某办法的通知\n各镇人民政府：\n"
           "《某某办法》已经县政府同意，现印发给你们，请遵照执行。\n某某县人民政府\n2021年3月26日\n")
    assert (m.issue_date, m.publish_date) == ("2021-03-26", None)


def test_an_unsigned_untitled_notice_takes_the_pages_publisher_as_issuer():
    page = ("索 引 号 0031/201510-00216 信息分类 信息公开制度\n发布机构 市交通运输局 发布日期 2015-10-15 10:06:36\n"
            "信息名称 关于印发某某工作制度的通知\n关于印发某某工作制度的通知\n各县（市）、区人民政府，市政府各部门：\n"
            "经市政府同意，现将《某某工作制度》印发给你们，请结合实际，认真贯彻执行。\n{}")
    assert md(page.format("")).issuer == "市交通运输局"
    # a signature names the issuer, whatever body posted the page
    assert md(page.format("某某市人民政府办公室\n2015年8月28日\n")).issuer == "某某市人民政府办公室"
    # a government's short form names no body in full, and a site is no body
    assert md(page.replace("市交通运输局", "某州政府").format("")).issuer is None
    assert md(page.replace("市交通运输局", "某某部门户网站").format("")).issuer is None


def test_a_national_bodys_branch_glued_after_the_places_bodies_is_one_signer():
    # ww_06: three signers of a provincial joint notice glued on one line, the last the national tax bureau's provincial
    # branch — parted before 国家税务总局 (the place follows the national head), never inside the branch's name
    m = md("各市人力资源和社会保障局：\n现将《某某办法》印发给你们，请认真贯彻落实。\n"
           "河北省人力资源和社会保障厅河北省财政厅国家税务总局河北省税务局\n2022年3月31日\n")
    assert m.issuer == "河北省人力资源和社会保障厅、河北省财政厅、国家税务总局河北省税务局"


def test_a_title_line_closing_on_a_bracket_after_a_doc_type_goes_on_below():
    # ww_01: the title printed over three lines, the second closing on 计划（专项、基金等） — a 文种 inside the subject's
    # name, its bracket after it — and the third finishing the title (管理改革的意见)
    m = md("河北省人民政府\n关于深化省级财政科技计划（专项、基金等）\n管理改革的意见\n冀政发〔2015〕24号\n"
           "各设区市人民政府，省政府各部门：\n为深化改革，提出如下意见：\n一、总体要求\n")
    assert m.title == "河北省人民政府关于深化省级财政科技计划（专项、基金等）管理改革的意见"
    assert m.doc_type == "意见"


def test_joint_national_issuers_glued_without_blanks_are_parted_by_the_units_lexicon():
    # wild14 (Hebei 科技厅 lists stored with every blank removed): 财政部 税务总局 科技部 signed on one line lost the
    # blanks that parted them; no place repeats to part them at, the units lexicon names each department
    from policyparse.segment.metadata import joint_issuers
    assert joint_issuers("财政部税务总局科技部") == "财政部、税务总局、科技部"
    assert joint_issuers("省财政厅省科技厅") == "省财政厅、省科技厅"
    # one body whose name holds a department's name stays whole; so does a string the lexicon does not cover
    assert joint_issuers("国务院办公厅") == "国务院办公厅"
    assert joint_issuers("工业和信息化部科技司") == "工业和信息化部科技司"
    assert joint_issuers("财政部某某研究院") == "财政部某某研究院"


def test_an_index_number_heading_a_list_of_bulleted_field_values_is_read():
    # tj_09: • 755156513/2018-00300 / • 通知 / • 2018-06-11 / • 新政〔2018〕14号 — the page's field values as bullets, the
    # labels lost: the first, shaped as an index number, is the 索引号
    m = md("• 755156513/2018-00300\n• 通知\n• 2018-06-11\n• 某政〔2018〕14号\n某某市人民政府关于加强管理的通知\n"
           "各区人民政府：\n现将有关事项通知如下。\n一、加强领导。\n2018年6月11日\n")
    assert m.index_number == "755156513/2018-00300"


def test_a_topic_among_bulleted_field_values_is_read():
    # ug_11: • 11500224736577603C/2023-00030 / • 土桥府〔2023〕47号 / • 水利、水务 / • 其他公文 — the 主题分类 value as a bullet,
    # its label lost (水务: a term of the Chongqing pages' topic list)
    m = md("• 11500224736577603C/2023-00030\n• 某府〔2023〕47号\n• 水利、水务\n• 其他公文\n"
           "某某镇人民政府关于印发抗旱应急预案的通知\n各村（居）民委员会：\n现将预案印发给你们。\n某某镇人民政府\n2023年4月12日\n")
    assert m.topic == "水利、水务"
    assert m.index_number == "11500224736577603C/2023-00030"


def test_a_title_line_closed_by_empty_table_cells_is_read_without_them():
    m = md("某某市人民政府办公室关于表彰某某工作先进集体和先进个人的决定 | |\n各县（市、区）人民政府，市政府各部门：\n"
           "为总结经验，表彰先进，决定对先进集体进行表彰。\n某某市人民政府办公室\n2013年12月27日\n")
    assert m.title == "某某市人民政府办公室关于表彰某某工作先进集体和先进个人的决定"


def test_a_title_field_opening_with_the_doc_number_gives_both_apart():
    m = md("标 题： | 某政发〔2005〕30号 关于表彰某某竞赛优胜单位的决定 | ||\n发布日期： | 2008-09-12 | |\n"
           "某政发〔2005〕30号 关于表彰某某竞赛优胜单位的决定\n各县、区人民政府，市政府各部门：\n"
           "为表彰先进，市政府决定对优胜单位给予奖励。\n")
    assert (m.title, m.doc_number) == ("关于表彰某某竞赛优胜单位的决定", "某政发〔2005〕30号")


def test_an_issuer_field_shortening_a_government_to_its_place_names_the_people_s_government():
    page = "发文机关： | {} | 成文日期： | |\n关于表彰某某竞赛优胜单位的决定\n各县、区人民政府：\n为表彰先进，市政府决定给予奖励。\n"
    assert md(page.format("某某市政府")).issuer == "某某市人民政府"
    # an autonomous region's 政府 is written so; a short place (某州) is left as the field gives it
    assert md(page.format("某某自治区政府")).issuer == "某某自治区政府"
    assert md(page.format("某州政府")).issuer != "某州人民政府"


def test_a_places_unsigned_yearly_report_on_information_disclosure_is_its_government_s():
    m = md("政府信息公开\n某某市某某区2016年政府信息公开工作年度报告\n来源：区人民政府办公室 时间：2017-01-12 10:01\n\n"
           "本报告根据《中华人民共和国政府信息公开条例》要求编制。\n\n一、概述\n\n2016年，我区认真贯彻落实条例。\n")
    assert (m.title, m.issuer) == ("某某市某某区2016年政府信息公开工作年度报告", "某某市某某区人民政府")
    # another yearly report of a place names no body
    assert md("某某市某某区2016年工作总结报告\n一、概述\n2016年，我区认真贯彻落实。\n").issuer is None


def test_a_plan_named_with_a_stray_about_is_named_by_its_own_title_line_which_titles_an_untitled_notice():
    # ti_15: 《关于鄯善县重污染天气应急预案》已经…同意，现印发你们 above the plan's own line 鄯善县重污染天气应急预案
    m = md("- 发文字号:某政办发〔2018〕109号\n各乡镇人民政府,县直有关单位:\n《关于某某县重污染天气应急预案》已经县人民政府同意,"
           "现印发你们,请认真贯彻落实。\n某某县人民政府办公室\n2018年12月6日\n某某县重污染天气应急预案\n1 总 则\n1.1 编制目的\n"
           "为建立健全应急工作机制,制订本预案。\n")
    assert (m.plan_title, m.title) == ("《某某县重污染天气应急预案》", "某某县重污染天气应急预案")
    assert m.cited_documents == []


def test_a_bare_日期_field_with_a_blank_after_each_hyphen_is_the_publish_date():
    m = md("当前位置 :首页\n某省人民政府办公厅关于印发某某方案的通知\n  • 日期: 2014- 07- 25 11: 20\n  • 来源: 省政府办公厅\n\n"
           "各市人民政府：\n现将《某某方案》印发给你们。\n\n某省人民政府办公厅\n  2014年7月16日\n")
    assert m.publish_date == "2014-07-25"
    assert m.issue_date == "2014-07-16"


def test_a_备注_文号_label_in_a_dash_list_gives_the_doc_number():
    m = md("\n- 索 引 号:SM04100-1100-2016-00100\n- 备注/文号:某政办〔2016〕82号\n- 发布机构:县政府办\n- 公文生成日期:2016-06-23\n"
           "各乡(镇)人民政府,县有关部门:\n新修订的《某县应急预案》已经县政府常务会议研究通过,现印发给你们。\n某县人民政府办公室\n2016年6月23日\n")
    assert m.doc_number == "某政办〔2016〕82号"
    assert m.index_number == "SM04100-1100-2016-00100"


def test_documents_handed_down_side_by_side_are_none_of_them_cited():
    m = md("某市卫生计生委关于印发2016年某市卫生计生工作总结和2017年某市卫生计生工作要点的通知\n各区卫生计生局:\n"
           "《2016年某市卫生计生工作总结》和《2017年某市卫生计生工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。\n"
           "某市卫生计生委\n2017年2月22日\n")
    assert m.cited_documents == []


def test_a_one_line_copy_opening_with_title_doc_number_and_date():
    m = parse("某某省人民政府贯彻国务院关于进一步推进某某地区改革开放的指导意见的实施意见 某政发[2009]69号 2009-11-03 "
              "为贯彻《国务院关于进一步推进某某地区改革开放的指导意见》(国发[2008]30号)精神,现结合我省实际,提出以下实施意见。"
              " 一、总体要求 (一)基本原则。坚持科学发展,推进转型升级。".encode("utf-8")).metadata
    assert m.title == "某某省人民政府贯彻国务院关于进一步推进某某地区改革开放的指导意见的实施意见"
    assert m.doc_number == "某政发〔2009〕69号"
    assert m.issuer == "某某省人民政府"


def test_a_rules_title_line_going_on_with_its_adoption_history_titles_a_body_only_notice():
    m = parse("各县(市、区)人民政府,市政府各部门: 《某某市人民政府工作规则》已经市政府第112次常务会议修订通过,现予印发。\n"
              "某某市人民政府 2015年10月28日\n某某市人民政府工作规则 (2011年5月10日市政府第1次常务会议通过,2013年5月17日市政府第51次常务会议"
              "修订通过,2015年10月26日市政府第112次常务会议修订通过)\n第一章 总则 第一条 为了规范工作,制定本规则。\n".encode("utf-8")).metadata
    assert m.title == "某某市人民政府工作规则"


def test_a_sharing_sites_updated_label_is_no_title_and_a_year_parted_from_its_年_joins_the_title():
    m = md("（安徽省）某某市某某县国民经济和社会发展十四五规划（2022年更新）\n某某县国民经济和社会发展\n第十四个五年规划和2035 年\n"
           "远景目标纲要\n某某县人民政府\n2021 年 5 月\n根据《中共某某县委关于制定某某县国民经济和社会发展第十四个五年规划和2035 年远景目标的建议》，"
           "编制《某某县国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》。\n第一章 乘势而上迈向新征程\n")
    assert m.title == "某某县国民经济和社会发展第十四个五年规划和2035 年远景目标纲要"
    assert (m.plan_period.start, m.plan_period.end) == (2021, 2025)


def test_a_title_naming_its_issuer_by_level_only_takes_the_place_of_the_pages_source_line():
    m = md("市人民政府关于进一步优化营商环境的实施方案\n\n来自:某某市政府门户网站 时间:2018-11-22\n\n各县(市、区)人民政府,市直各单位:\n\n"
           "为深入贯彻落实《某省人民政府关于进一步优化营商环境的若干意见》,特制定本实施方案。\n\n一、总体要求\n\n以新思想为指引。\n")
    assert m.issuer == "某某市人民政府"


def test_a_body_only_notice_handing_down_two_documents_is_titled_by_the_first_ones_line_despite_a_stray_word():
    m = md("各乡镇人民政府,区政府各部门:\n《某某县重大行政规范决策程序工作指引》和《某某县行政规范性文件制定和管理工作指引》已经区政府常务会议研究通过,"
           "现印发给你们,请遵照执行。\n2022年5月10日\n(此件主动公开)\n某某县重大行政决策程序工作指引\n为进一步规范我区重大行政决策程序,制定本指引。\n"
           "一、决策事项范围\n")
    assert m.title == "某某县重大行政决策程序工作指引"


def test_central_bodies_glued_in_a_title_are_parted_by_the_units_lexicon():
    m = md("国家发展改革委国资委关于加快推进某某工作的通知\n各省、自治区、直辖市发展改革委：\n现将有关事项通知如下：\n一、总体要求\n加快推进。\n")
    assert m.issuer == "国家发展改革委、国资委"
    m = md("中共中央办公厅国务院办公厅关于加快推进某某工作的意见\n各省、自治区、直辖市党委和人民政府：\n现提出如下意见：\n一、总体要求\n加快推进。\n")
    assert m.issuer == "中共中央办公厅、国务院办公厅"


def test_a_judicial_interpretation_and_an_amendment_are_titled():
    # wild16: 解释 and 修正案 were no 文种, so a Markdown law database's 司法解释 and 刑法修正案 had no title
    assert parse("# 最高人民法院关于审理某类纠纷案件适用法律若干问题的解释\n\n为正确审理某类纠纷案件，制定本解释。\n\n第一条 本解释所称…。\n").metadata.title \
        == "最高人民法院关于审理某类纠纷案件适用法律若干问题的解释"
    assert parse("# 中华人民共和国刑法修正案（十二）\n\n一、在刑法第一百六十五条中增加一款。\n").metadata.title == "中华人民共和国刑法修正案（十二）"


def test_a_line_of_a_laws_history_is_no_title():
    # wild16: under a law's title, 1998年12月29日 …会议通过的《…的决定》 (its history, without brackets) was taken as the title
    text = ("# 中华人民共和国刑法\n\n1979年7月1日 第五届全国人民代表大会第二次会议通过\n\n"
            "1998年12月29日 第九届全国人民代表大会常务委员会第六次会议通过的《全国人民代表大会常务委员会关于惩治骗购外汇、逃汇和非法买卖外汇犯罪的决定》\n\n"
            "第一条 为了惩罚犯罪，保护人民，制定本法。\n")
    meta = parse(text).metadata
    # (wild18: the law's own name over its history is its title, the congress that first adopted it its issuer)
    assert meta.title == "中华人民共和国刑法" and meta.issuer == "全国人民代表大会"


def test_an_arrangement_and_an_answer_are_titled():
    # wild16: 安排 (最高人民法院关于内地与香港…的安排, a hospital's 周重点工作安排) and 解答 were no 文种
    assert parse("# 最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排\n\n根据《中华人民共和国香港特别行政区基本法》第九十五条的规定，经协商，作出如下安排：\n\n一、在内地或者香港作出的仲裁裁决，…。\n").metadata.title \
        == "最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排"

def test_the_notice_title_block_below_a_heading_that_names_no_issuer():
    # tp_05, tp_07: 某政办通(2018)38号关于印发…的通知 (the page's heading) over the 文头, the issuer's line and the 关于 line
    m = md("某政办通(2018)38号关于印发某区防汛抗旱应急预案的通知\n某市某区人民政府办公室文件\n某政办通〔2018〕38号\n"
           "某市某区人民政府办公室\n关于印发某区防汛抗旱应急预案的通知\n各街道办事处、区属各局办：\n"
           "《某区防汛抗旱应急预案》已经区政府研究同意，现印发给你们，请认真贯彻落实。\n某市某区人民政府办公室\n2018年5月23日\n")
    assert m.title == "某市某区人民政府办公室关于印发某区防汛抗旱应急预案的通知"


def test_a_database_issuer_line_set_off_by_a_blank_is_no_head_of_the_title():
    # rm_05's layout: 关于开展…的通知 (heading) / 财政部 … (the 制定机关 line) / (blank) / 关于开展…的通知: title as printed
    m = md("热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n\n关于开展某某推广工作的通知\n\n"
           "作者：法律资料网 时间：2024-07-22 05:16:06 浏览：9726 来源：法律资料网\n下载地址：点击此处下载\n\n"
           "关于开展某某推广工作的通知\n\n某某部 某某委员会\n\n\n关于开展某某推广工作的通知\n\n某建〔2013〕644号\n\n"
           "为推进某某工作，现将有关事项通知如下：\n")
    assert m.title == "关于开展某某推广工作的通知"


def test_a_heading_naming_the_rules_a_notice_below_publishes():
    # tp_01: 某某暂行规定 (a legal database's heading) / 某某部 / 关于发布《某某暂行规定》的通知 / 某部信(2002)570号
    m = md("某某工程监理暂行规定\n\n作者：法律资料网 时间：2024-07-09 10:10:29\n\n某某工程监理暂行规定\n\n某某部\n\n\n"
           "关于发布《某某工程监理暂行规定》的通知\n\n某部信(2002)570号\n\n各省、自治区、直辖市某某主管部门：\n"
           "某某部特制定《某某工程监理暂行规定》，现予发布。\n")
    assert (m.title, m.doc_type) == ("关于发布《某某工程监理暂行规定》的通知", "通知")


def test_a_bar_parted_field_table_with_公开形式_and_an_empty_责任部门():
    # tp_13: 公开形式 | 主动公开 | 责任部门 | | in a township's 信息公开 table above the rules' 第一章
    m = md("某区村级干部管理办法(试行)\n索引号 | 620702069/2023-00096 | 发文字号 | 号 |\n关键词 | 发布机构 | 某某镇 | |\n"
           "公开形式 | 主动公开 | 责任部门 | |\n生成日期 | 2023-07-28 11:50:28 | 是否有效 | 是 |\n第一章总则\n"
           "第一条为规范村级干部管理，结合我区实际，制定本办法。\n")
    assert (m.disclosure, m.index_number) == ("主动公开", "620702069/2023-00096")


def test_a_notice_cited_without_book_brackets_before_its_bracketed_文号():
    # tp_11: 按照某省农业厅办公室关于做好…工作的通知(某农办种植发〔2017〕341号)要求，请各市尽快报送…
    text = ("3.按照某省农业厅办公室关于做好农业生产“冬季行动”信息报送工作的通知(某农办种植发〔2017〕341号)要求，"
            "请各市尽快报送12月信息。\n")
    docs = md(text).cited_documents
    assert [(d.title, d.doc_number) for d in docs] == [
        ("某省农业厅办公室关于做好农业生产“冬季行动”信息报送工作的通知", "某农办种植发〔2017〕341号")]
    # no issuer before 关于, or a title inside 《》: nothing more than before
    assert md("按照关于做好某工作的通知(某发〔2017〕3号)要求，请报送。\n").cited_documents == []
    assert [d.title for d in md("根据《某市人民政府关于某工作的通知》(某政发〔2017〕3号)，现通知如下。\n").cited_documents] == [
        "某市人民政府关于某工作的通知"]


def test_the_repealed_version_of_the_plan_a_notice_issues_is_cited():
    # tp_10: 新修订的《某县…应急预案》…现印发给你们…2024年7月18日印发的《某县…应急预案》（某政办发〔2024〕27号）同时废止。
    m = md("各乡（镇）人民政府，县直有关部门：\n新修订的《某县森林草原防灭火应急预案》已经县人民政府同意，现印发给你们，请认真贯彻执行。"
           "2024年7月18日印发的《某县森林草原防灭火应急预案》（某政办发〔2024〕27号）同时废止。\n某县人民政府办公室\n2025年7月8日\n"
           "某县森林草原防灭火应急预案\n1 总则\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [("某县森林草原防灭火应急预案", "某政办发〔2024〕27号")]
    assert m.plan_title == "《某县森林草原防灭火应急预案》"


def test_a_title_issuing_a_plan_without_its_own_type_is_a_notice():
    # tq_05: 山西省人民政府办公厅关于印发山西省贯彻落实《…规划》工作方案 — the page's title dropped 的通知: the document is
    # the notice that issues the 方案; a title closing on 的 and its own 文种 keeps it (…关于转发…方案的意见)
    m = md("山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n晋政办发〔2017〕55号\n"
           "各市、县人民政府：\n现将《工作方案》印发给你们，请认真贯彻执行。\n")
    assert m.doc_type == "通知"
    m = md("某市人民政府关于转发市教育局工作方案的意见\n各县、区人民政府：\n现提出如下意见。\n")
    assert m.doc_type == "意见"


def test_a_legal_database_records_title_is_the_line_its_fields_open_under():
    # tu_03: the sharing page's own heading (the uploaded file's name) above the record is no title
    m = md("某区府办信息公开报告\n- 格式：doc\n某市人民政府办公室关于印发《某市政务公开工作意见》的通知\n文章属性\n"
           "【制定机关】某市人民政府办公室\n【公布日期】2011.05.30\n【字号】某府办〔2011〕65号\n【主题分类】行政法\n正文\n"
           "各镇人民政府，市府直属各单位：\n《某市政务公开工作意见》业经市人民政府同意，现印发给你们。\n")
    assert m.title == "某市人民政府办公室关于印发《某市政务公开工作意见》的通知"
    assert m.doc_number == "某府办〔2011〕65号"
    assert m.issuer == "某市人民政府办公室"
    assert m.publish_date == "2011-05-30"


def test_an_encyclopedia_entrys_title_field():
    # tu_01: 词条 | …规划 | / 释义 | 甘发改规划〔2006〕1065号 …: the entry's title row names the document
    m = parse("词条 | 某省“十一五”教育事业发展规划 |\n释义 | 某发改规划〔2006〕1065号 未来5年,是某省加快发展的关键时期,"
              "教育担负着服务经济的重大使命。 一、基础 “十五”期间,全省完成了目标任务。\n").metadata
    assert m.title == "某省“十一五”教育事业发展规划"


def test_a_decree_numbered_within_its_year_names_its_issuer():
    # PDF text of a 令 (tw_02 / tw_11 shapes): the 令 prints its year in brackets, a bank issues it
    m = md("金融机构报告可疑交易管理办法\n中国人民银行令\n（〔2007〕第 1 号）\n"
           "根据《中华人民共和国反洗钱法》等法律规定，中国人民银行制定了《金融机构报告可疑交易管理办法》，现予发布，自发布之日起施行。\n"
           "行长：某某某\n二○○七年六月十一日\n金融机构报告可疑交易管理办法\n第一条 为监测可疑交易，制定本办法。\n")
    assert m.issuer == "中国人民银行"
    assert m.doc_number == "中国人民银行令〔2007〕1号"


def test_a_joint_decree_signed_with_each_body_s_head_names_the_bodies():
    # tw_05 shape: two bodies over one 令 number in brackets, each signing on a line with its head's post and name
    m = md("某某信息管理办法\n（中国人民银行  国家市场监督管理总局令〔 2024〕第3号）\n"
           "《某某信息管理办法》已经中国人民银行行务会议审议通过和国家市场监督管理总局审签，现予发布。\n"
           "中国人民银行   行长   某某某\n国家市场监督管理总局   局长   某某\n2024年4月29日\n"
           "第一条 为提高市场透明度，制定本办法。\n")
    assert m.issuer == "中国人民银行、国家市场监督管理总局"
    assert m.doc_number == "〔2024〕3号"


def test_joint_issuers_in_a_title_may_open_with_a_bank():
    m = md("中国人民银行 金融监管总局 民政部关于金融支持某某事业的指导意见\n为深入贯彻落实有关部署，现提出如下意见。\n"
           "一、总体要求\n以某某为指导，推进工作。\n中国人民银行\n金融监管总局\n民政部\n2024年12月8日\n")
    assert m.issuer == "中国人民银行、金融监管总局、民政部"


def test_a_regulation_s_heading_closing_with_its_decree_number_in_brackets():
    # tw_09 shape: a gov.cn copy headed 某某条例（国务院令第737号）, the decree line glued before the publishing sentence
    m = md("防范和处置某某条例（国务院令第737号）\n"
           "中华人民共和国国务院令  第737号 《防范和处置某某条例》已经2020年12月21日国务院第119次常务会议通过，现予公布，自2021年5月1日起施行。\n"
           "总　理　　某某某\n2021年1月26日\n防范和处置某某条例\n第一章　总　　则\n第一条　为了防范和处置某某，制定本条例。\n")
    assert m.title == "防范和处置某某条例"
    assert m.doc_number == "国务院令第737号"


def test_a_bracketed_date_right_under_the_title_dates_an_unsigned_document():
    # tr_05: 中共湖南省委 湖南省人民政府关于…的意见 / (2020年3月13日) / 2020年是… — a 意见 printed with no signature is
    # dated on the line under its title; a bracketed date further down dates nothing
    m = md("中共某某省委 某某省人民政府关于抓好“三农”领域重点工作的意见\n(2020年3月13日)\n"
           "2020年是全面建成小康社会目标实现之年。\n一、凝心聚力打赢脱贫攻坚战\n")
    assert m.issue_date == "2020-03-13"
    m = md("中共某某省委 某某省人民政府关于抓好“三农”领域重点工作的意见\n2020年是全面建成小康社会目标实现之年。\n"
           "(2020年3月13日)\n一、凝心聚力打赢脱贫攻坚战\n")
    assert m.issue_date is None


def test_a_plan_handed_down_after_its_adoption_is_the_plan_title_under_a_news_story():
    # tr_10: four paragraphs of a news story, 原文如下：, then the notice: 《…计划》已经…审议通过，现予下达 hands the plan down
    m = md("3月12日，某盟行政公署下达2024年全盟国民经济和社会发展计划。\n计划提出，继续把招商引资作为头号工程。\n原文如下：\n"
           "某盟行政公署关于下达2024年全盟国民经济和社会发展计划的通知\n各旗县市（区）人民政府，盟各委、办、局：\n"
           "《2024年某盟国民经济和社会发展计划》已经盟人大工作委员会十四届五次会议审议通过，现予下达，请认真贯彻实施。\n"
           "某盟行政公署\n2024年3月12日\n2024年全盟国民经济和社会发展计划\n一、主要预期目标\n")
    assert m.plan_title == "《2024年某盟国民经济和社会发展计划》"


def test_title_keys_fold_full_width_forms_as_nfkc_does():
    """metadata._nfkc turns full-width forms and ideographic spaces into ASCII before normalising (a speed path):
    the key is NFKC's own, also where another compatibility character stands beside them."""
    import unicodedata

    from policyparse.segment import metadata as meta

    titles = [
        "关于印发《某市全民科学素质行动规划纲要（2021—2035年）》的通知",
        "某省人民政府办公厅关于印发某省“十四五”数字经济发展规划的通知（某政办发〔2022〕１号）",
        "关于做好２０２３年秋冬季禁烧工作的通知\u3000附件：Ｗｏｒｄ版",
        "⼯作方案（试行）：第①批ﬁ",  # a Kangxi radical, a circled number and a ligature beside （）：
        "某县人民政府关于印发某县实施方案的通知",
    ]
    for title in titles:
        assert meta._nfkc(title) == unicodedata.normalize("NFKC", title), title
    for code in [*range(0xFF01, 0xFF5F), 0x3000]:
        assert unicodedata.normalize("NFKD", chr(code)) == chr(meta._WIDE_FORMS[code])


def test_a_legal_database_issuer_line_with_its_province_is_no_head_of_a_transmitting_title():
    """河北省某市人民政府办公室 / (blank) / 某市人民政府办公室转发市发改委等部门《…》的通知: the title already opens with its issuer
    and verb; the database's issuer line above it, the province prefixed, restates the issuer and joins no title."""
    m = md("某市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知\n\n河北省某市人民政府办公室\n\n"
           "某市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知\n\n某政办字〔2009〕120号\n\n"
           "各县（市、区）人民政府，市政府各部门：\n市发展改革委《支持农村邮政物流发展实施办法》已经市政府同意，现转发，请认真贯彻执行。\n"
           "二〇〇九年八月三十日\n支持农村邮政物流发展实施办法\n第一条 为服务新农村建设，特制定本办法。\n")
    assert m.title == "某市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知"
    assert m.issuer == "某市人民政府办公室"


def test_titles_named_one_right_after_the_other_are_handed_down_together_not_cited():
    """现将修订后的《A办法》《B办法》《C办法》印发你们: every title of the run is the notice's own, none cited; a title
    cited elsewhere in the text stays cited."""
    m = md("某市人民政府办公室关于印发《某市政府信息主动公开办法》等3个办法的通知\n各县（区）人民政府：\n"
           "根据《中华人民共和国政府信息公开条例》，现将修订后的《某市政府信息主动公开办法》《某市政府信息公开审查办法》"
           "《某市政府信息公开工作考核办法》印发你们，请认真贯彻执行。\n某市人民政府办公室\n2020年10月9日\n")
    assert [c.title for c in m.cited_documents] == ["中华人民共和国政府信息公开条例"]


def test_a_laws_name_over_its_bracketed_enactment_note_is_the_title():
    # ub_09 (a law database's Word download): the law's name ends with no 文种 of the lexicon, its 题注 under it
    text = ("中华人民共和国某某法\n（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过）\n"
            "第一章 总  则\n第一条 为了规范某某活动，制定本法。\n第二条 本法自2008年8月1日起施行。\n")
    assert parse(text).metadata.title == "中华人民共和国某某法"
    # a line ending in 法 over prose is no title
    assert parse("工作方法\n一是加强领导，明确责任。二是细化措施。\n").metadata.title is None


def test_a_title_quoting_a_title_in_ascii_angle_brackets_is_still_a_title():
    # ty_11: 关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知（鄂州政办发〔2010〕10号）
    text = "某市人民政府办公室关于印发《2020年<政府工作报告>重点任务分解方案》的通知\n各区人民政府：\n现将方案印发给你们。\n"
    assert parse(text).metadata.title == "某市人民政府办公室关于印发《2020年<政府工作报告>重点任务分解方案》的通知"
    # a breadcrumb's > still keeps its line out of the title
    crumbs = "首页 > 政务公开 > 关于开展检查的通知\n关于开展检查的通知\n各区人民政府：\n现将有关事项通知如下。\n"
    assert ">" not in (parse(crumbs).metadata.title or "")


def test_a_sharing_site_s_line_on_its_file_is_front_matter_and_the_title_below_it_is_read():
    # tn_10: the file's name, the site's 《….docx》由会员分享… line, then the plan's own title over its opening sentence
    m = md("某区城管专项整治行动工作方案.docx\n《某区城管专项整治行动工作方案.docx》由会员分享，可在线阅读，更多相关《某区城管专项整治行动工作方案"
           ".docx（5页珍藏版）》请在某某网上搜索。\n某区城管专项整治行动工作方案\n为扎实推进专项整治行动，特制定以下工作方案。\n一、工作目标\n"
           "营造干净、整洁的城市环境。\n")
    assert m.title == "某区城管专项整治行动工作方案"


def test_a_page_heading_right_above_its_source_fields_is_the_title_when_a_slogan_opens_the_page():
    # tf_03: the site's slogan (a sentence) opens the page, so no title line stands before the body's front; the
    # heading right above 来源： / 更新日期： is the title
    m = md("宣传人大制度交流人大经验；推进民主法制建设构建和谐文明。\n信息搜索：\n主任之窗\n"
           "某州人民代表大会常务委员会机关公文处理办法\n来源：州人大\n更新日期：2024-01-12\n"
           "某州人民代表大会\n常务委员会机关公文处理办法\n第一章\n总则\n第一条为规范公文处理工作，制定本办法。\n")
    assert m.title == "某州人民代表大会常务委员会机关公文处理办法"


def test_a_dated_enactment_note_below_a_title_is_no_part_of_it():
    # wild18: a law database prints the day a regulation was issued in brackets under its title; the title took it in
    text = "# 某某产地安全管理办法\n\n（2006年10月17日农业部令第71号公布）\n\n第一章 总则\n\n第一条 为了加强某某管理，制定本办法。\n"
    assert parse(text).metadata.title == "某某产地安全管理办法"
    text = "某某管理条例\n\n(1987年10月26日国务院发布)\n\n第一条 为了加强某某管理，制定本条例。\n"
    assert parse(text).metadata.title == "某某管理条例"
    # a bracket without the day of an act goes on with the title
    text = "某某总体应急预案\n（2024年修订）\n\n一、总则\n为了做好某某工作，制定本预案。\n"
    assert parse(text).metadata.title == "某某总体应急预案（2024年修订）"


def test_a_national_law_printed_whole_is_titled_by_its_name():
    # wild18: a law's name (…法, …法典) ends in no 文种, so a law database's national laws had no title
    text = ("中华人民共和国某某保护法\n\n（2000年8月25日第九届全国人民代表大会常务委员会第十七次会议通过）\n\n"
            "目　　录\n第一章　总　　则\n第二章　附　　则\n\n第一章　总　　则\n\n第一条　为了保护某某，制定本法。\n")
    assert parse(text).metadata.title == "中华人民共和国某某保护法"
    assert parse("# 中华人民共和国某某法典\n\n第一编　总　　则\n\n第一条　为了保护某某，制定本法。\n").metadata.title == "中华人民共和国某某法典"
    # a notice's line citing a law is no title
    text = "中华人民共和国某某法\n各区人民政府：\n现将有关事项通知如下：\n一、加强宣传\n"
    assert parse(text).metadata.title is None


def test_a_short_regulation_title_and_an_unbracketed_law_history_open_a_law():
    # wild18: 护士条例 (four characters) was too short to be a title line; 中华人民共和国公路法 over its history printed
    # without brackets (1997年7月3日第八届…会议通过) was not read as a law's name
    text = "# 某士条例\n\n(2008年1月31日中华人民共和国国务院令第517号公布)\n\n第一章　总则\n\n第一条　为了维护某士的合法权益，制定本条例。\n"
    assert parse(text).metadata.title == "某士条例"
    text = "# 中华人民共和国某路法\n\n1997年7月3日第八届全国人民代表大会常务委员会第二十六次会议通过\n\n第一章　总则\n\n第一条　为了加强某路的建设和管理，制定本法。\n"
    assert parse(text).metadata.title == "中华人民共和国某路法"


def test_a_decree_numbered_within_its_year_after_the_year_and_nian():
    # wild18: （2019年4月12日交通运输部令2019年第9号公布 …）: a 令 number written with 年第 was not read, so a
    # ministry's regulation had no 文号, issuer or date
    text = "# 某某执法程序规定\n\n(2019年4月12日交通运输部令2019年第9号公布)\n\n第一章 总则\n\n第一条 为了规范某某执法，制定本规定。\n"
    m = parse(text).metadata
    # (written as a 文号 within its year is, 〔2019〕9号, as the gold of the corpus writes 令 numbers of a year)
    assert (m.doc_number, m.issuer, m.issue_date) == ("交通运输部令〔2019〕9号", "交通运输部", "2019-04-12")


def test_a_national_law_is_issued_by_the_congress_that_adopted_it():
    # wild18: （1984年3月12日第六届全国人民代表大会常务委员会…通过）: the session precedes the body in a national law's
    # note, so the adopting body (read for local regulations) was not read
    text = ("中华人民共和国某某法\n\n（1984年3月12日第六届全国人民代表大会常务委员会第四次会议通过）\n\n"
            "第一章　总　　则\n\n第一条　为了保护某某，制定本法。\n")
    assert parse(text).metadata.issuer == "全国人民代表大会常务委员会"
    text = "# 中华人民共和国某某法\n\n1982年12月4日 第五届全国人民代表大会第五次会议通过\n\n第一条　为了保护某某，制定本法。\n"
    assert parse(text).metadata.issuer == "全国人民代表大会"
    # a sentence telling of a session names no issuer
    text = "某某规划纲要\n\n为落实2021年3月11日第十三届全国人民代表大会第四次会议通过的《纲要》，制定本纲要。\n\n一、总体要求\n"
    assert parse(text).metadata.issuer is None


def test_a_joint_decree_listing_its_bodies_with_commas():
    # wild18: （2008年8月20日交通运输部、国家发展改革委、财政部令第11号公布）: the bodies before the last were listed with
    # 、, which no 令 number could follow, so the regulation had no 文号, issuer or date
    text = "# 某某权益转让办法\n\n(2008年8月20日交通运输部、国家发展改革委、财政部令第11号公布 自2008年10月1日起施行)\n\n第一章 总则\n\n第一条 为了规范某某，制定本办法。\n"
    m = parse(text).metadata
    assert (m.doc_number, m.issuer, m.issue_date) == ("第11号", "交通运输部、国家发展改革委、财政部", "2008-08-20")


def test_a_dated_decree_note_below_a_title_is_no_part_of_it():
    # wild18: （1996年10月14日中华人民共和国林业部令第10号） names no act word, only the 令 number
    text = "# 某某权属争议处理办法\n\n（1996年10月14日中华人民共和国林业部令第10号）\n\n第一章　总　则\n\n第一条　为了公正处理某某争议，制定本办法。\n"
    m = parse(text).metadata
    assert (m.title, m.doc_number) == ("某某权属争议处理办法", "林业部令第10号")


def test_a_decree_dated_by_its_publication_after_its_number():
    # ub_01 (a law database's page): （交通部 • 2006年2月13日经第3次部务会议通过 • 交通部令2006年第4号 • 2006年2月24日发布 …）:
    # the date before the number is the meeting's; the 发布 date after it is the decree's own
    text = ("某某安全管理规则\n（某某部 • 2006年2月13日经第3次部务会议通过 • 交通部令2006年第4号 • 2006年2月24日发布 • "
            "2006年6月1日起施行）\n第一章 总则\n第一条 为加强某某管理，制定本规则。\n")
    m = parse(text).metadata
    assert (m.doc_number, m.issue_date) == ("交通部令〔2006〕4号", "2006-02-24")
    # a date before the number with no 发布 date after it still dates the decree
    text = "某某管理规定\n（2019年4月12日交通运输部令2019年第9号公布）\n第一章 总则\n第一条 为规范某某，制定本规定。\n"
    assert parse(text).metadata.issue_date == "2019-04-12"


def test_ministries_printed_several_a_line_glued_in_a_joint_signature_are_parted():
    # ue_02: 科技部农业农村部教育部 / 财政部人力资源社会保障部银保监会 / 中华全国供销合作总社 / 2020年7月8日
    m = md("国科发农〔2020〕192号\n《关于加强某某体系建设的若干意见》已经审议通过，现印发给你们，请认真贯彻执行。\n"
           "科技部农业农村部教育部\n财政部人力资源社会保障部银保监会\n中华全国供销合作总社\n2020年7月8日\n"
           "关于加强某某体系建设的若干意见\n一、总体要求\n（一）指导思想。以创新为动力。\n")
    assert m.issuer == "科技部、农业农村部、教育部、财政部、人力资源社会保障部、银保监会、中华全国供销合作总社"


def test_the_meeting_a_work_report_was_delivered_at_is_no_part_of_its_title():
    # wild19: a city's 政府工作报告 prints the day and the meeting it was delivered at in brackets under its title
    # (在…会议上), which no act word names: the title took it in
    text = ("# 2024年政府工作报告\n\n（2024年1月31日在某某市第十五届人民代表大会第四次会议上）\n\n"
            "**一、2023年工作回顾**\n\n2023年是全面贯彻党的二十大精神的开局之年。\n")
    assert parse(text).metadata.title == "2024年政府工作报告"
    text = "2025年某某省政府工作报告\n\n（2025年1月19日在某某省第十四届人民代表大会第三次会议上）\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作。\n"
    assert parse(text).metadata.title == "2025年某某省政府工作报告"
    # a bracket telling of a meeting without its day goes on with the title
    text = "某某工作要点\n（在某某会议上）\n\n一、总体要求\n为了做好某某工作，制定本要点。\n"
    assert parse(text).metadata.title == "某某工作要点（在某某会议上）"


def test_a_local_decree_numbered_before_its_ling_and_a_note_parted_by_a_comma():
    # wild19: （1996年9月23日北京市人民政府第14号令发布，…）: older local 令 put 令 after the number; and
    # （2010年1月21日，中华人民共和国工业和信息化部令第12号公布，…）: a comma parts the date from the body. Neither
    # number was read, so the regulations had no 文号, issuer or date
    text = ("# 某市行政处罚听证程序实施办法\n\n(1996年9月23日某市人民政府第14号令发布，根据2018年2月12日某市人民政府第277号令第一次修改)\n\n"
            "第一条 为了规范行政处罚听证程序，制定本办法。\n")
    m = parse(text).metadata
    assert (m.doc_number, m.issuer, m.issue_date) == ("某市人民政府令第14号", "某市人民政府", "1996-09-23")
    text = ("# 某某专卖行政处罚程序规定\n\n（2010年1月21日，中华人民共和国工业和信息化部令第12号公布，2010年5月1日起施行。）\n\n"
            "第一章 总 则\n\n第一条 为了规范某某专卖行政处罚的实施，制定本规定。\n")
    m = parse(text).metadata
    assert (m.doc_number, m.issuer, m.issue_date) == ("工业和信息化部令第12号", "工业和信息化部", "2010-01-21")
    # a 令 a notice's sentence cites after a comma is still no number of its own when a title in 《》 carries it
    text = "某市人民政府关于某事的通知\n\n各区：\n\n根据《某某条例》（国务院第279号令），现将有关事项通知如下。\n"
    assert parse(text).metadata.doc_number is None


def test_joint_issuers_over_two_lines_above_a_title_broken_after_its_subject():
    # ub_06 (PDF text): six bodies parted by blanks over two lines, the second going on with 关于…; the bracketed
    # 文号 on the line under the title is no part of it
    text = (
        "卫生健康委 教育部 财政部 人力资源社会保障部\n医保局 药监局关于印发加强医疗机构药事管理\n促进合理用药的意见的通知\n"
        "（国卫医发〔2020〕2 号）\n各省、自治区、直辖市人民政府：\n"
        "经国务院同意，现将《关于加强医疗机构药事管理促进合理用药的意见》印发给你们，请认真贯彻执行。\n"
    )
    m = parse(text).metadata
    assert m.title == ("卫生健康委 教育部 财政部 人力资源社会保障部 医保局 药监局关于印发加强医疗机构药事管理"
                       "促进合理用药的意见的通知")
    assert m.issuer == "卫生健康委、教育部、财政部、人力资源社会保障部、医保局、药监局"
    assert m.doc_number == "国卫医发〔2020〕2号"


def test_a_cited_number_whose_bracket_closes_before_its_hao():
    # tz_01: 按照《…工作方案》(永村(社区)换届办〔2021〕4)号文件精神: the page closed the bracket before 号, and the
    # issuer code holds a bracketed word
    text = (
        "某镇第十一届村民委员会换届选举工作实施方案\n"
        "根据《永川区第十一届村民委员会换届选举工作方案》(永村(社区)换届办〔2021〕4)号文件精神,结合实际,特制定本方案。\n"
    )
    cited = parse(text).metadata.cited_documents
    assert [(c.title, c.doc_number) for c in cited] == [
        ("永川区第十一届村民委员会换届选举工作方案", "永村（社区）换届办〔2021〕4号")]


def test_a_cited_number_whose_closing_bracket_the_page_lost():
    # uq_06: 《…建议》（〔202289号）收悉 / 按照《…通知》（内工信发〔202054号）精神: the year's four digits run into the number
    text = (
        "某旗人民政府关于某号建议答复的函\n某委员\n你提出的《关于某某的建议》（〔202289号）收悉。经研究，现答复如下：\n"
        "按照《某厅关于印发某方案的通知》（内工信发〔202054号）精神，合并两个园区。\n"
    )
    cited = parse(text).metadata.cited_documents
    assert [(c.title, c.doc_number) for c in cited] == [
        ("关于某某的建议", "〔2022〕89号"), ("某厅关于印发某方案的通知", "内工信发〔2020〕54号")]
    # a closed number is read as before
    cited = parse("按照《某厅关于印发某方案的通知》（内工信发〔2020〕54号）精神，合并两个园区。\n").metadata.cited_documents
    assert [(c.title, c.doc_number) for c in cited] == [("某厅关于印发某方案的通知", "内工信发〔2020〕54号")]


def test_a_body_only_notice_takes_the_issued_plan_s_title_printed_over_two_lines():
    # ue_05: 关于进一步吸引京津科技成果在冀转移转化的　　若　干　措　施 below the signature, no title block above
    m = md("各市人民政府，省政府有关部门：\n《关于进一步吸引京津科技成果在冀转移转化的若干措施》已经省政府同意，现印发给你们，"
           "请认真贯彻执行。\n河北省人民政府办公厅\n2022年10月21日\n关于进一步吸引京津科技成果在冀转移转化的\n若干措施\n"
           "为吸引更多京津人才向河北集聚，实施如下措施。\n一、鼓励高层次人才到河北创新创业。对全职到我省工作的人才给予补贴。\n"
           "二、柔性引进高层次人才。鼓励我省企业引进京津高校院所科研人员。\n")
    assert m.title == "关于进一步吸引京津科技成果在冀转移转化的若干措施"
    assert m.plan_title == "《关于进一步吸引京津科技成果在冀转移转化的若干措施》"


# speed22: the (date, 文号) front-line patterns are asked only of lines holding 日 and a blank (their searches try a
# lazy 文号 at every character)
from hypothesis import given as _given, settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from policyparse.grammar import DATED_NUMBER, NUMBER_THEN_DATE, may_pair_date_and_number  # noqa: E402


def test_dated_number_gate_passes_both_orders():
    # tv_07: （湖政办发〔2009〕58号 二○○九年五月五日）; a database's 2000年12月28日 税委会[2000]17号
    assert may_pair_date_and_number("（湖政办发〔2009〕58号 二○○九年五月五日）")
    assert may_pair_date_and_number("2000年12月28日\u3000税委会[2000]17号")
    assert not may_pair_date_and_number("关于印发《2020年重庆市全民科学素质行动工作要点》的通知")


@_settings(max_examples=3000, deadline=None)
@_given(_st.lists(_st.sampled_from(["（", "）", "(", " ", "\u3000", "\t", "2019年4月13日", "二○○九年五月五日", "日", "年",
                                     "湖政办发〔2009〕58号", "财政部公告2019年第60号", "税委会[2000]17号", "A"]),
                  max_size=8).map("".join))
def test_dated_number_gate_never_hides_a_match(s):
    if DATED_NUMBER.search(s) or NUMBER_THEN_DATE.search(s):
        assert may_pair_date_and_number(s)


from policyparse.segment.roles import _DOC_NUMBER_CORE, find_doc_number  # noqa: E402


def test_doc_number_found_past_the_gate():
    # 鞍政发〔2022〕1号 (a front line's 文号); 某政发2021年第3号 written without brackets
    assert find_doc_number("文号 鞍政发〔2022〕1号") == (3, 14)
    assert find_doc_number("某市政发2021年第3号") == (0, 12)
    assert find_doc_number("鞍山市人民政府关于印发规划纲要的通知") is None


@_settings(max_examples=3000, deadline=None)
@_given(_st.lists(_st.sampled_from(["鞍政发", "〔2022〕", "2021年第", "1", "号", "號", " ", "（", "）", "A"]),
                  max_size=8).map("".join), _st.integers(0, 4))
def test_doc_number_gate_needs_its_close(s, pos):
    if _DOC_NUMBER_CORE.search(s, pos):
        assert "号" in s[pos:] or "號" in s[pos:]


def test_a_decree_number_in_a_header_field_is_dated_by_its_note_not_by_the_field_above():
    # wjh707/low-altitude-economy dashboard/pages/10、民用无人驾驶航空器生产管理若干规定（2024_01_01）.html: a 北大法宝
    # header (生效日期 / 时效性 / 文号 fields) over the regulation's 题注; the 生效日期 above the 文号 is no 令 date
    m = md("民用无人驾驶航空器生产管理若干规定\n发文机关：某某部\n发布日期：2023.12.18\n生效日期：2024.01.01\n时效性：现行有效\n"
           "文号：某某部令第66 号\n民用无人驾驶航空器生产管理若干规定\n"
           "（2023 年12 月18 日某某部令第66 号公布，自2024 年1 月1 日起施行）\n"
           "第一条 为了规范生产活动，制定本规定。\n第二条 生产者应当遵守本规定。\n")
    assert m.doc_number == "某某部令第66号"
    assert m.issue_date == "2023-12-18"


# ---- batch uk (信息公开 pages, issue 10 §4)


def test_a_document_about_a_national_standard_is_cited():
    # uk_10: 《国家市场监督管理总局 工业和信息化部 公安部关于加强电动自行车国家标准实施监督管理的意见》(国市监标创〔2019〕53号):
    # a 关于…的意见 whose subject is a standard is a document; 《…国家标准》 itself stays out
    m = md("某市人民政府关于规范电动自行车管理的通告\n某政通〔2021〕7号\n根据《某局 某部关于加强电动自行车国家标准实施监督管理的意见》"
           "(国市监标创〔2019〕53号)和《某省文明行为促进条例》等规定，现就有关事项通告如下：\n一、禁止销售不合格车辆。\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("某局 某部关于加强电动自行车国家标准实施监督管理的意见", "国市监标创〔2019〕53号"), ("某省文明行为促进条例", None)]
    m = md("某县人民政府关于某事的通知\n各乡镇：\n各企业要执行《电动自行车安全技术规范国家标准》，现通知如下：\n一、加强检查。\n")
    assert m.cited_documents == []


def test_a_government_passing_on_a_department_s_plan_issues_it():
    # uk_05: 市国土房产局制定的《…防治方案》已经市政府研究同意,现批转给你们: the plan 批转 is what the notice issues
    m = md("某市人民政府批转市国土房产局关于2015年地质灾害防治方案的通知\n某府〔2015〕76号\n各区人民政府：\n"
           "市国土房产局制定的《某市2015年地质灾害防治方案》已经市政府研究同意，现批转给你们，请遵照执行。\n某市人民政府\n2015年3月28日\n")
    assert m.plan_title == "《某市2015年地质灾害防治方案》"
    assert m.cited_documents == []


def test_a_title_left_open_in_a_list_ends_at_the_separator():
    # uk_05: 根据《地质灾害防治条例、《国务院关于…的决定》《…办法》、《…意见》等: the first title's 》 was never printed
    m = md("某市地质灾害防治方案\n为做好防治工作，根据《地质灾害防治条例、《国务院关于加强地质灾害防治工作的决定》《某省地质灾害防治管理办法》、"
           "《某省人民政府关于加强防汛能力建设的实施意见》等，结合实际，制定本方案。\n一、分布情况\n")
    assert [c.title for c in m.cited_documents] == [
        "地质灾害防治条例", "国务院关于加强地质灾害防治工作的决定", "某省地质灾害防治管理办法", "某省人民政府关于加强防汛能力建设的实施意见"]
    # a title that holds titles of its own keeps them: 《关于印发《A》、《B》的通知》
    m = md("某县方案\n根据《某省关于印发《甲办法》、《乙办法》的通知》要求，制定本方案。\n一、目标\n")
    assert [c.title for c in m.cited_documents] == ["某省关于印发《甲办法》、《乙办法》的通知"]


def test_a_cited_number_written_before_the_title():
    # uk_09: 根据…指挥部文件大防动指字(2024)1号《大安市…实施方案》的通知要求
    m = md("某乡非洲猪瘟疫情防控应急实施方案\n根据某市防治动物重大疫病指挥部文件大防动指字(2024)1号《某市非洲猪瘟疫情防控应急实施方案》"
           "的通知要求，我乡制定本方案。\n1 总则\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [("某市非洲猪瘟疫情防控应急实施方案", "大防动指字〔2024〕1号")]
    # a number glued after an office's name is not parted from it by guess: the title is cited without one
    m = md("某县方案\n落实某市人民政府办公室某政办发〔2019〕3号《某市工作方案》要求，制定本方案。\n一、目标\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [("某市工作方案", None)]


def test_an_imprint_date_on_a_line_of_its_own_dates_an_unsigned_notice():
    # uk_03: 嵩县人民政府办公室 / (blank) / 2017年10月30日印发: the 版记's cells kept as paragraphs
    m = md("某县人民政府办公室关于实施封山戒严的通知\n某政办〔2017〕84号\n各乡人民政府：\n决定对全县重点火险区实施封山戒严。\n"
           "某县人民政府办公室\n\n2017年10月30日印发\n")
    assert (m.issuer, m.issue_date) == ("某县人民政府办公室", "2017-10-30")


def test_a_township_named_as_publisher_answers_for_its_unsigned_notice():
    # uk_01: 索引号: | 114-2018-00003 | 发布机构: | 花厅镇 | over 关于做好…的通知, no signature in the page
    m = md("索引号: | 114-2018-00003 | 发布机构: | 某厅镇 |\n发文日期: | 2018-05-11 | 主题分类: | 部门文件 |\n"
           "关于做好清明期间森林防火工作的通知\n各村、镇直各单位:\n为切实做好森林防火工作，现将有关事宜通知如下：\n一、加强宣传教育\n")
    assert m.issuer == "某厅镇"


def test_a_signature_date_that_lost_its_year_month_and_day_marks():
    # uk_02: 垫江县人民政府 / 2024830 / (此件公开发布): read where the digits split one way only
    m = md("某县人民政府关于继续执行森林防火封山令的通告\n为保护森林资源，决定继续执行封山令。\n特此通告。\n某县人民政府\n2024830\n（此件公开发布）\n")
    assert m.issue_date == "2024-08-30"
    m = md("某县人民政府关于某事的通告\n决定继续执行。\n特此通告。\n某县人民政府\n2024111\n")
    assert m.issue_date is None  # 1月11日 or 11月1日
    # uq_01: a body-only page (主送, 现将《…方案》印发给你们) signed 某区人民政府办公室 / 2016520: the body above the digits
    # signs it
    m = md("各镇人民政府、街道办事处，区府直属各单位：\n经区人民政府同意，现将《某区2016年度地质灾害防治方案》印发给你们。\n"
           "某某区人民政府办公室\n2016520\n某区2016年度地质灾害防治方案\n为切实做好我区工作，特编制本方案。\n一、概况\n")
    assert (m.issuer, m.issue_date) == ("某某区人民政府办公室", "2016-05-20")


def test_a_field_block_between_the_title_and_the_addressees():
    # um_02: title / 索引号 / 01527918X-2020-153077 / 发文机构 / … / 主题分类 / … / 文号 / 发文日期 / … over 厅机关各处…：
    m = md("某省民政厅办公室关于印发《某省索引号编制规则》的通知\n索引号\nAB527918X-2020-153077\n发文机构\n某州民政局\n"
           "主题分类\n民政、救灾\n文号\n发文日期\n2020-10-10 19:48:26\n厅机关各处（室、局），各直属事业单位：\n"
           "现将《某省索引号编制规则》印发给你们，请遵照执行。\n2020年10月10日\n")
    assert (m.index_number, m.topic) == ("AB527918X-2020-153077", "民政、救灾")
    # um_03: a site's bar, then 索 引 号 … 分 类 … rows printed two fields a line, 上 载 日 期 the date the page went up
    m = md("首页 政务公开 网上办事\n索   引   号 20191202-189769 分        类 其他；市政府文件；\n"
           "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n文        号 某政办发〔2019〕29号   上 载 日 期 2019-12-02\n"
           "某市人民政府办公室关于印发《某市政务云平台管理实施细则》的通知\n各县（市）、区人民政府，市政府各委、办、局：\n"
           "经市政府同意，现将《某市政务云平台管理实施细则》印发给你们。\n某市人民政府办公室\n2019年11月29日\n")
    assert (m.index_number, m.doc_number, m.publish_date) == ("20191202-189769", "某政办发〔2019〕29号", "2019-12-02")


def test_bulleted_field_values_without_labels_give_title_and_validity():
    # um_11: • 736916953/2024-000372 / • 2024-01-10 15:30:00 / • title / • 文号 / • 现行有效, the labels lost
    m = md("• 736916953/2024-000372\n• 2024-01-10 15:30:00\n• 某市人民政府办公室关于印发《某市城市供热应急预案》的通知\n"
           "• 某政办规〔2024〕1号\n• 现行有效\n某市人民政府办公室关于印发《某市城市供热应急预案》的通知\n"
           "市直各部门：\n《某市城市供热应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年1月10日\n")
    assert m.title == "某市人民政府办公室关于印发《某市城市供热应急预案》的通知"
    assert (m.issuer, m.validity, m.index_number) == ("某市人民政府办公室", "现行有效", "736916953/2024-000372")


def test_a_page_kept_from_inside_its_field_table_with_labels_cut_to_their_last_character():
    # um_05: 号： 003043524/202203-00218 … (索 引 号 cut) and 发文字号：…15号 性：有效 (有 效 性 cut)
    m = md("号： 003043524/202203-00218 信息分类：规范性文件发布\n成文日期： 2022-03-26 发布日期： 2022-03-26 09:32\n"
           "发文字号：某政办〔2022〕15号 性：有效\n标 题：某县人民政府办公室关于印发某县防汛抗旱应急预案的通知\n"
           "某县人民政府办公室\n关于印发某县防汛抗旱应急预案的通知\n各乡、镇人民政府，县政府各部门：\n"
           "《某县防汛抗旱应急预案》已经县政府研究同意，现印发给你们。\n某县人民政府办公室\n2022年3月26日\n")
    assert (m.index_number, m.validity, m.doc_number) == ("003043524/202203-00218", "有效", "某政办〔2022〕15号")
    # a 文号 after a cut label is no 索引号
    m = md("号：某政办〔2022〕15号\n某县人民政府办公室关于某事的通知\n各乡镇：\n现将有关事项通知如下。\n某县人民政府办公室\n2022年3月26日\n")
    assert m.index_number is None


def test_plan_title_named_without_brackets_by_the_drafting_sentence_and_heading_itself_below():
    # un_02: …我局会同相关部门制定了住房限购政策的实施意见。现将具体意见印发给你们 … / 住房限购政策的实施意见 / 一、…
    text = ("某市住房保障和房产局文件\n某房市字〔2017〕108号\n关于明确住房限购政策有关事项的通知\n市国土局，某区政府：\n"
            "为进一步促进房地产市场健康发展，经市政府同意，我局会同相关部门制定了住房限购政策的实施意见。\n现将具体意见印发给你们，请认真执行。\n"
            "某市住房保障和房产局\n2017年5月3日\n住房限购政策的实施意见\n一、关于执行对象的认定\n1、因赠与取得不动产的，按住房限购政策执行。\n")
    assert segment(text, {}).metadata.plan_title == "《住房限购政策的实施意见》"
    # the same sentence with no line heading the document so: nothing is read as issued
    assert segment(text.replace("住房限购政策的实施意见\n一、", "一、"), {}).metadata.plan_title is None


def test_a_date_then_its_drafting_body_on_the_line_after_the_notice_dates_it():
    # up_09: …现转发给你们，请认真贯彻落实。　　二〇〇四年六月一日省安委办　　为加强基层安全生产工作，…
    m = md("各设区市人民政府：\n省安委办《某活动方案》已经省政府同意，现转发给你们，请认真贯彻落实。\n二〇〇四年六月一日省安委办\n"
           "为加强基层安全生产工作，现制定本方案。\n一、总体目标\n争取今年底有50家左右的乡镇达到要求。\n")
    assert m.issue_date == "2004-06-01"
    # a date a sentence names, or a date with words that are no body after it, dates nothing
    m = md("各设区市人民政府：\n现转发给你们，请认真贯彻落实。\n二〇〇四年六月一日开始实施\n一、总体目标\n争取达到要求。\n")
    assert m.issue_date is None


def test_a_joint_signature_with_its_first_body_above_the_line_signing_with_the_date_names_every_body():
    # ur_05: 济南市工业和信息化局 / 济南市公安局 济南市城乡交通运输局2022 年3月10日: the first body on a line of its own
    m = md("关于印发《某市道路测试管理办法（试行）》的通知\n各相关单位：\n"
           "我们联合制定了《某市道路测试管理办法（试行）》。现印发给你们，请遵照执行。\n"
           "济南市工业和信息化局\n济南市公安局 济南市城乡交通运输局2022 年3月10日\n")
    assert m.issuer == "济南市工业和信息化局、济南市公安局、济南市城乡交通运输局"


def test_a_source_byline_naming_a_body_then_a_date_dates_the_page():
    # us_09 (dropped as a doubtful copy): 来源:市财政局 2019-06-24 16:15 阅读人数:1 — the body the page comes from, then its posting date unlabelled
    m = md("某市财政局关于印发某资金管理暂行规定的通知\n来源:市财政局 2019-06-24 16:15 阅读人数:1\n\n各县(市、区)财政局:\n"
           "现将《某资金管理暂行规定》印发给你们,请遵照执行。\n某市财政局\n2019年6月10日\n")
    assert (m.issue_date, m.publish_date) == ("2019-06-10", "2019-06-24")
    # a legal database's copy time after its own name dates nothing
    m = md("某市财政局关于印发某资金管理暂行规定的通知\n来源:法律资料网 2024-07-22 08:54:31\n\n各县(市、区)财政局:\n"
           "现将《某资金管理暂行规定》印发给你们,请遵照执行。\n某市财政局\n2019年6月10日\n")
    assert m.publish_date is None


def test_a_heading_opening_on_the_number_gives_way_to_the_block_below_that_number():
    # us_06 (dropped as a doubtful copy): 瑞政办(2011)129号 转发…的通知 (the page's heading) / … / 瑞政办〔2011〕129号 / 瑞安市人民政府办公室 / 转发… / …的通知
    text = ("某政办(2011)12号 转发某市推行某文书指导意见的通知\n发布日期: 2011-09-01\n\n某政办〔2011〕12号\n\n"
            "某市人民政府办公室\n\n转发某市推行某文书\n\n指导意见的通知\n\n市政府直属各单位:\n"
            "现将《关于印发某文书指导意见的通知》转发给你们,请认真贯彻执行。\n\n二○一一年八月九日\n")
    m = md(text)
    assert (m.title, m.issuer) == ("某市人民政府办公室转发某市推行某文书指导意见的通知", "某市人民政府办公室")
    # a block that is not under the heading's number keeps the heading's title (a legal database's issuer line)
    m = md(text.replace("某政办〔2011〕12号\n\n", "某政办〔2011〕13号\n\n"))
    assert not m.title.startswith("某市人民政府办公室")


def test_a_legal_database_heading_with_the_version_year_gives_way_to_the_transmitting_notice():
    # us_02: 武汉市…管理规定(2005年) (the database's heading, twice) / 湖北省武汉市人民政府 / 关于批转…管理规定的通知 / 武政〔2005〕32 号
    m = md("某市招生考试管理规定(2005年)\n\n时间:2024-07-22 08:54:31 浏览:9249 来源:法律资料网\n\n某市招生考试管理规定(2005年)\n\n"
           "某省某市人民政府\n\n关于批转某市招生考试管理规定的通知\n\n某政〔2005〕32 号\n\n各区人民政府,市人民政府各部门:\n\n"
           "市人民政府同意市教育局修订的《某市招生考试管理规定》,现转发给你们,请遵照执行。\n\n某市人民政府\n\n二00五年六月十七日\n")
    assert (m.title, m.doc_type) == ("关于批转某市招生考试管理规定的通知", "通知")


def test_a_decree_header_parted_from_its_number_by_a_provenance_line():
    # us_03: 潍坊市人民政府令 / Original URL: http://… / 第77号 — a mirrored page's URL line between the 令 and its number
    m = md("某市人民政府令\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=d70&rec=202\n\n第77号\n"
           "《某市应急办法》已经二三年九月二十九日市政府常务会议研究通过,现予发布施行。\n\n市长某某某\n\n二三年十月十五日\n"
           "某市应急办法\n\n第一章总则\n第一条为了有效预防,制定本办法。\n")
    assert (m.doc_number, m.issuer, m.issue_date) == ("某市人民政府令第77号", "某市人民政府", "2003-10-15")


def test_a_markdown_image_left_in_the_page_furniture_is_no_sentence():
    # us_07: | / ||||| / ![]() | / … / 2016年…名单公示 / 根据…: the image's ! ended no sentence, so the body began above the title
    m = md("|\n|||||\n![]() |\n|\n| ·园林绿化 ·规划设计 | |||\n|\n2016年某试点城市名单公示\n"
           "根据财政部《关于开展某试点工作的通知》(财建〔2014〕838号),组织了评审工作。\n现予以公示,公示期为2016年4月25日至5月1日。\n")
    assert (m.title, m.doc_type) == ("2016年某试点城市名单公示", "公示")


def test_offices_of_several_ministries_glued_in_a_signature_are_joint_issuers():
    # us_07: 财政部经济建设司住房城乡建设部城市建设司水利部规划计划司 — each 司 after its ministry
    from policyparse.segment.metadata import joint_issuers
    assert joint_issuers("财政部经济建设司住房城乡建设部城市建设司水利部规划计划司") == (
        "财政部经济建设司、住房城乡建设部城市建设司、水利部规划计划司")
    assert joint_issuers("教育部职业教育与成人教育司") == "教育部职业教育与成人教育司"  # one office


def test_a_target_responsibility_letter_is_a_document_type_its_title_ends_with():
    # ud_02: 镇2010年度安全生产目标责任书 / 为了认真贯彻…，特制定2010年度安全生产目标责任书：一、目标1、…
    m = md("镇2010年度安全生产目标责任书\n为了切实做好2010年度的安全生产工作，经镇党委、政府研究决定，"
           "特制定2010年度安全生产目标责任书：\n一、目标\n1、按时完成县政府下达的各项安全生产任务；\n")
    assert m.title == "镇2010年度安全生产目标责任书"
    assert m.doc_type == "责任书"


def test_a_site_s_numbered_menus_above_the_notice_are_no_title_and_no_body():
    # ux_02: 1. 现行有效行政规范性文件库 / 1. 目录 / 2. 旗人民政府 / … / 1. 国民经济和社会发展规划 / 2. 专项规划 / 3. 区域规划 / …
    # — a banner's site menus, each list counting from 1 again — above a 厅's notice
    menu = "\n".join(["政府信息公开", "    1. 现行有效行政规范性文件库", "    1. 目录", "    2. 旗人民政府", "    1. 国民经济和社会发展规划",
                      "    2. 专项规划", "    3. 区域规划", "    1. 政策问答库", "    2. 政策解读"])
    m = md(menu + "\n\n某自治区农牧厅关于印发《某建设项目实施细则》的通知\n发布日期:2025-10-27 09:45 字体: 访问量:207\n"
           "各盟市农牧局,相关单位:\n  为加强项目管理,现将《某建设项目实施细则》印发给你们,请遵照执行。\n  某自治区农牧厅\n  2025年7月24日\n")
    assert (m.title, m.publish_date, m.addressees) == ("某自治区农牧厅关于印发《某建设项目实施细则》的通知", "2025-10-27",
                                                       ["各盟市农牧局", "相关单位"])


def test_a_body_s_first_items_are_no_menu():
    # items counting on (1. / 2. / 3.) and an outline's decimal heads restarting per level (1总则 / 1.1制定目的, td_03)
    from policyparse.segment.layout import analyse, in_site_menu
    for text in ("某镇突发事件总体应急预案\n1总则\n1.1制定目的\n规范应对突发事件行为。\n",
                 "某县关于做好防汛工作的通知\n1. 加强领导\n2. 落实责任\n3. 强化值守\n"):
        lay = analyse(text)
        assert not any(in_site_menu(lay.lines, i) for i in range(len(lay.lines)))


def test_addressees_run_into_the_first_sentence_are_read():
    # ux_05: 各省、…财政厅(局),新疆生产建设兵团财务局:为加快服务业发展,… / ux_07: 摘要各区县(自治县)人民政府,…有关单位:文物是…
    m = md("关于印发《某专项资金管理办法》的通知\n财建[2009]227号\n各省、自治区、直辖市财政厅(局),新疆生产建设兵团财务局:为加快"
           "服务业发展,设立专项资金。现印发给你们,请遵照执行。\n附件:某专项资金管理办法\n财政部\n二○○九年五月二十六日\n")
    assert m.addressees == ["各省、自治区、直辖市财政厅(局)", "新疆生产建设兵团财务局"]
    m = md("某市人民政府办公厅关于切实加强文物安全工作的实施意见某府办发[2018]3号\n\n在线阅读 下载PDF 导出详情\n"
           "摘要 各区县(自治县)人民政府,市政府有关部门,有关单位:文物是中华文明的精神标识。为严格落实文物安全保护责任,"
           "现提出如下实施意见。\n作者\n")
    assert m.addressees == ["各区县(自治县)人民政府", "市政府有关部门", "有关单位"]


def test_a_legal_database_record_s_bracketed_fields_glued_on_one_line():
    # ux_09: 【发布文号】某自治区人民政府令2016年第116号 【发布日期】2016-12-06 【生效日期】… (repair glues the first pair) under a
    # 范文 site's own date; the 令's own line prints the number without the year; its head signs with the date on one line
    m = md("某省人民政府令116号\n\n2024-08-15\n\n某省人民政府令116号 篇1\n\n【发布文号】某自治区人民政府令2016年第116号 "
           "【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 【所属类别】地方法规\n\n【文件来源】某自治区人民政府\n\n"
           "某自治区土地整治办法 某自治区人民政府令 第116号\n\n《某自治区土地整治办法》已经2016年11月18日自治区人民政府常务会议审议通过,"
           "现予发布,自2017年3月1日起施行。\n\n自治区主席 陈 武 2016年12月6日\n\n某自治区土地整治办法\n\n第一章 总 则\n\n"
           "第一条 为了规范土地整治活动,制定本办法。\n")
    assert (m.doc_number, m.issue_date, m.publish_date) == ("某自治区人民政府令第116号", "2016-12-06", "2016-12-06")


def test_an_index_label_with_a_blank_before_its_colon():
    # ux_11: 信息来源 :党工委办 / 发文机关 :某市教育局 / 信息索引 :-01-2022-00102 / 发文字号 :某教组〔2022〕4号
    m = md("中共某市委教育工作领导小组关于进一步加强我市教育工作的意见\n信息来源 :党工委办\n发文机关 :某市教育局\n"
           "信息索引 :-01-2022-00102\n发文字号 :某教组〔2022〕4号\n发布日期 :2022-06-22\n\n各县(市、区)党委教育工作领导小组,"
           "市直各有关单位:\n\n  为加快推进教育现代化,制定如下意见。\n")
    assert (m.index_number, m.doc_number) == ("-01-2022-00102", "某教组〔2022〕4号")


def test_notice_object_reads_as_the_title_pattern_did_and_stays_linear():
    # us_02: 关于批转…管理规定的通知; the literal reader returns what 关于批转(.+?)的通知$ (and 关于印发…) searched
    # returned, on short strings of the characters that matter, and finishes on 100,000 openers with no 的通知 tail
    import random

    import regex

    from policyparse.segment import metadata as md

    olds = ((regex.compile(r"关于批转(.+?)的通知$"), md._TRANSMITTING_NOTICE_OPENER),
            (regex.compile(r"关于(?:印发|转发|下发|发布|颁布)(.+?)的通知$"), md._ISSUING_NOTICE_OPENER))
    pieces = ["关于", "批转", "印发", "发布", "的通知", "的", "通知", "\n", "《", "》", "规定", "x"]
    rng = random.Random(7)
    for _ in range(4000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for old, opener in olds:
            m = old.search(s)
            assert md._notice_object(s, opener) == (m.group(1) if m else None), s
    assert md._notice_object("关于批转《某管理规定》的通知", md._TRANSMITTING_NOTICE_OPENER) == "《某管理规定》"
    assert md._notice_object("关于批转" * 100_000, md._TRANSMITTING_NOTICE_OPENER) is None
    assert md._notice_object("关于批转" * 100_000 + "的通知", md._TRANSMITTING_NOTICE_OPENER) == "关于批转" * 99_999
    assert md._issued_by_notice("关于印发" * 100_000 + "x的通知") == "关于印发" * 99_999 + "x"


def test_label_cells_one_a_line_each_closed_by_its_bar():
    # va_02: 法規名稱 | / 吉林省…的公告 | / 發文機關 | / … / 時 效 性 | / 有效 | — a record's table, each cell on a line of
    # its own closed by its bar, the value in the cell under its label; 发布日期：2012/1/18 发布人：管理员 is the site's
    # upload stamp, no publish date (the record's 颁布日期 is); a 公告 titled 关于发布…办法的公告 is no promulgation header
    m = md("|\n|\n法规名称 |\n某省地方税务局关于发布某征收管理办法的公告 |\n发文机关 |\n某省地方税务局 |\n文件字号 |\n"
           "省地税公告2011年第3号 |\n颁布日期 |\n2011-03-04 |\n法规分类 |\n|\n时效性 |\n有效 |\n失效日期 |\n|\n正文 |\n|\n"
           "发布日期：2012/1/18 发布人：管理员\n|\n某省地方税务局关于发布某征收管理办法的公告为进一步规范征收管理，"
           "某省地方税务局制定了《某征收管理办法》，现予以公布。特此公告。\n二〇一一年三月四日\n某征收管理办法\n"
           "第一条为规范征收管理，制定本办法。\n")
    assert m.title == "某省地方税务局关于发布某征收管理办法的公告"
    assert (m.issuer, m.doc_number, m.doc_type) == ("某省地方税务局", "省地税公告2011年第3号", "公告")
    assert (m.publish_date, m.validity) == ("2011-03-04", "有效")
    assert m.plan_title.strip("《》") == "某征收管理办法"


def test_a_row_of_column_heads_one_a_line_is_no_label_value_table():
    # ug_03: 公开时限 | / 公开主体 | / 公开方式 | / 公开渠道 | / 公开对象 | |||||: a table's heads, 公开方式 a label among them,
    # the cell under it another head, no value of it
    m = md("- 文 号：无\n- 标 题：某领域基层政务公开标准目录\n某领域基层政务公开标准目录\n序号 |\n事项名称 |\n公开内容 |\n"
           "公开依据 |\n公开时限 |\n公开主体 |\n公开方式 |\n公开渠道 |\n公开对象 | |||||\n1 |\n政策文件 |\n")
    assert m.disclosure is None


# The title readers' memos (_layout_key, _not_a_title_line) answer as the plain tests they stand for
from policyparse.segment import metadata as _M  # noqa: E402
from policyparse.segment.layout import analyse as _analyse  # noqa: E402
from policyparse.segment.roles import is_label_line as _is_label_line, is_prose as _is_prose  # noqa: E402

_TWICE_TITLED = ("某市人民政府办公室关于印发某市行动计划(2022-2024年)的通知\n发布时间：2022-03-01\n"
                 "某市人民政府办公室关于印发某市行动计划（2022—2024年）的通知\n某政办发〔2022〕3号\n各区人民政府：\n"
                 "现将《某市行动计划（2022—2024年）》印发给你们，请认真贯彻执行。\n打印本页 关闭窗口\n")


def test_layout_key_is_the_plain_key_kept():
    # tl_03-shaped: a page's heading, its fields, then the notice's own title line written with other dashes
    layout = _analyse(_TWICE_TITLED)
    for line in layout.lines:
        assert _M._layout_key(layout, line.s) == _M._key(line.s)
        assert _M._layout_key(layout, line.s) == _M._key(line.s)  # asked again: the kept answer
    assert _M._layout_key(layout, "（２０２２ — ２０２４ 年）") == _M._key("（２０２２ — ２０２４ 年）")


def test_not_a_title_line_answers_as_the_line_tests():
    layout = _analyse(_TWICE_TITLED)
    for e, line in enumerate(layout.lines):
        for s in (line.s, line.s + "的通知", "打印本页"):
            plain = _M._furniture_not_title(s) or _is_label_line(s) or _is_prose(s)
            assert bool(_M._not_a_title_line(layout, e, s)) == bool(plain)


def test_a_page_number_run_glued_after_the_last_attachment_entry_is_no_part_of_its_name():
    # ur_06 (PDF text): 附件：1.…标准清单 / 2.…标准建设重点 / 31 / 32 — the folios of the list's page and a blank page,
    # joined by the wrap repair onto the last entry as 重点3132
    head = "各单位：\n现将有关事项通知如下。\n一、组织实施\n加强统筹协调。\n"
    m = md(head + "附件：1.石化行业智能制造现行和在研标准清单\n2.石化行业智能制造标准建设重点3132\n附件1\n石化行业智能制造现行和在研标准清单\n")
    assert m.attachments == ["石化行业智能制造现行和在研标准清单", "石化行业智能制造标准建设重点"]
    # digits that read as no run of pages, or as a year, stay part of the name
    m = md(head + "附件：1.某某工作要点2023\n2.某某行动计划2021\n")
    assert m.attachments == ["某某工作要点2023", "某某行动计划2021"]


def test_an_empty_label_under_a_block_of_inline_values_takes_no_value_from_below():
    # vd_02: 索引号: … 公开方式: 主动公开 / 发布机构: 某镇 组配分类: … / 成文日期: … 失效日期 / 有效性: / (the page's heading):
    # the block writes each value on its label's line; the empty 有效性 leaves the heading below for the title
    m = md("索引号: 1137082600432933XT/2025-04318 公开方式: 主动公开\n发布机构: 某县某某镇 组配分类: 乡镇主动公开基本目录\n"
           "成文日期: 2025-08-05 失效日期\n有效性:\n\n2025年某县某某镇人民政府主动公开基本目录\n\n"
           "来源:某县某某镇 发布时间:2025-08-05 16:56 浏览次数:\n分享\n\n2025年某县某某镇人民政府主动公开基本目录\n\n目录类别\n\n目录名称\n")
    assert m.validity is None
    assert m.title == "2025年某县某某镇人民政府主动公开基本目录"
    assert m.issuer == "某县某某镇"  # the page's 发布机构, a township, answers for its own item
    # a list printing every label alone keeps its values on the lines below (zb-shaped: • 发文日期： / 2024年04月06日)
    m = md("• 索引号:\n6107280000/2024-001005\n• 有效性:\n现行有效\n• 发布日期:\n2024年04月06日 16:34\n某县人民政府工作规则\n第一章总则\n")
    assert m.validity == "现行有效"


def test_a_heading_printed_twice_around_the_page_fields_is_the_title_without_a_doc_type():
    # vd_02: the heading over 来源 / 发布时间, then again as the text's own heading; 目录 is no 文种
    m = md("索引号: 1137082600432933XT/2025-04318\n\n2025年某县某某镇人民政府主动公开基本目录\n\n"
           "来源:某县某某镇 发布时间:2025-08-05 16:56\n\n2025年某县某某镇人民政府主动公开基本目录\n\n目录类别\n")
    assert m.title == "2025年某县某某镇人民政府主动公开基本目录"
    # printed once, a line with no 文种 over the fields is no title
    m = md("索引号: 1137082600432933XT/2025-04318\n\n2025年某县某某镇人民政府主动公开基本目录\n\n"
           "来源:某县某某镇 发布时间:2025-08-05 16:56\n\n目录类别\n")
    assert m.title is None


def test_a_title_cited_with_the_number_of_the_document_it_is_attached_to_has_no_number_of_its_own():
    # vd_05: 《…注释》（《财政部国家税务总局关于…的通知》——财税〔2016〕36号附件）: the 文号 is the notice's
    m = md("各省财政厅：\n本条所称服务型企业，是指从事《销售服务、无形资产、不动产注释》（《财政部国家税务总局关于全面推开营业税改征"
           "增值税试点的通知》——财税〔2016〕36号附件）中“生活服务”范围内业务活动的企业。对《财政部国家税务总局关于全面推开营业税改征"
           "增值税试点的通知》（财税〔2016〕36号）文件附件3第三条政策，继续执行。\n财政部\n2017年6月12日\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("销售服务、无形资产、不动产注释", None), ("财政部国家税务总局关于全面推开营业税改征增值税试点的通知", "财税〔2016〕36号")]


def test_a_notice_titled_as_the_provincial_notice_it_carries_out_cites_that_notice():
    # vd_09: a county notice 关于加快推进建设工程项目参加工伤保险的通知 carrying out the provincial bodies' notice of that
    # very title: named after the bodies, with its 文号, it is cited
    body = ("各乡镇人民政府：\n根据贵州省人力资源和社会保障厅、贵州省住房和城乡建设厅《关于加快推进建设工程项目参加工伤保险的通知》"
            "（黔人社厅发〔2017〕3号）文件精神，现将有关事项通知如下：\n一、参保范围\n全部纳入。\n某县人力资源和社会保障局\n2017年6月21日\n")
    m = md("关于加快推进建设工程项目参加工伤保险的通知\n" + body)
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("关于加快推进建设工程项目参加工伤保险的通知", "黔人社厅发〔2017〕3号")]
    # the notice naming itself (no body before the 《, or no 文号 after it) is not cited
    m = md("关于加快推进建设工程项目参加工伤保险的通知\n各乡镇人民政府：\n现就《关于加快推进建设工程项目参加工伤保险的通知》"
           "的执行说明如下：\n一、参保范围\n全部纳入。\n某县人力资源和社会保障局\n2017年6月21日\n")
    assert m.cited_documents == []


def test_office_endings_are_written_once_and_the_reordered_tests_accept_the_same_names():
    """grammar.OFFICE_ENDINGS (…政府, …办公厅, …委, …局, …厅, 国务院) is the one list of a government body's endings:
    grammar.ORG_END and the red-head header (…办公厅文件) read it as it stands; the issuer tests (grammar._ISSUER_END,
    metadata._ISSUER_WORD) and the body before a cited title (metadata._BODY_BEFORE_TITLE, vd_09) draw from it in
    another order (and 办公厅, which 厅 covers): an end-anchored alternation says yes to the same names in any order,
    checked here against the patterns as they were written before on every string of up to three of their characters
    and on every ending after a name."""
    from itertools import product

    import regex

    from policyparse import grammar
    from policyparse.segment import metadata, roles

    assert grammar.ORG_END.pattern.startswith("(?:政府|办公厅|办公室|委员会|委|局|厅|部|院|会|科协|中心|")
    assert roles.ORG_END is grammar.ORG_END  # one definition, imported where it is read
    before = {
        grammar._ISSUER_END: r"(?:政府|院|部|局|委员会|委|会|厅|府|署|办公室|办|行|中心)$",
        # 主席 joined in vh (中华人民共和国主席令, vh_11), after the lists were written once
        metadata._ISSUER_WORD: r"(?:政府|院|部|局|委员会|委|厅|署|办公室|办|行|中心|主席)$",
        metadata._BODY_BEFORE_TITLE: r"(?:厅|局|部|委|委员会|政府|办公室|总工会)$",
    }
    for now, then in before.items():
        then = regex.compile(then)
        words = regex.findall(r"\p{Han}+", then.pattern + now.pattern)
        chars = sorted(set("".join(words)) | {"某", "司"})
        names = ["".join(p) for n in range(1, 4) for p in product(chars, repeat=n)]
        names += ["某省" + w for w in words] + ["某省" + w[1:] for w in words] + [w + "文件" for w in words]
        for name in names:
            assert (now.search(name) is None) == (then.search(name) is None), (now.pattern, name)


def test_a_bar_table_labels_validity_as_gongwen_shixiao():
    # vh_01: | 成文日期 | 2025-07-11 | 公文时效 | 有效 |: a 信息公开 table's 公文时效 is the validity
    m = md("| 索 引 号 | 11150000MB1604391C/2025-03582 | 主题分类 | 综合政务 \\ 政务公开 |\n"
           "| 发布机构 | 自治区某局办公室 | 文 号 | 内政数发〔2025〕21号 |\n| 成文日期 | 2025-07-11 | 公文时效 | 有效 |\n"
           "关于印发《某某办法(试行)》的通知\n各盟市有关部门:\n现将《某某办法(试行)》印发给你们，请遵照执行。\n"
           "内蒙古自治区某局\n2025年7月11日\n")
    assert m.validity == "有效"
    assert m.topic == "综合政务 \\ 政务公开"


def test_the_imprint_under_an_attachment_line_is_no_attachment():
    # vh_02: 附件：…目标任务分解表 / 道真县人力资源网办公室2018年3月9日印发 — the 版记's imprint, its rules dropped by the page
    m = md("各乡（镇）服务中心：\n现将《某县2018年工作要点》印发给你们，请认真抓好落实。\n某县人社局\n2018年3月9日\n"
           "某县2018年工作要点\n一、就业\n完成就业任务。\n附件：某县2018年就业（再就业）目标任务分解表\n"
           "某县人社局办公室2018年3月9日印发\n")
    assert m.attachments == ["某县2018年就业（再就业）目标任务分解表"]


def test_a_download_link_after_the_signature_restates_the_attachment_list():
    # vh_05: 附件:…见习单位（企业）申请表 / signature / 附件：…见习企事业单位申请表.docx …申请表: the site's link names the same form
    head = ("某县2019年就业见习岗位征集有关事项公告如下：\n一、见习对象\n离校未就业高校毕业生。\n"
            "附件:某某自治县就业见习单位（企业）申请表\n\n某某自治县人力资源和社会保障局\n2019年6月25日\n\n")
    m = md(head + "附件：某某自治县就业见习企事业单位申请表.docx 某某自治县就业见习企事业单位申请表\n企业名称\t法人\n")
    assert m.attachments == ["某某自治县就业见习单位（企业）申请表"]
    # a numbered list of files after the list adds files (sd_05: 附件：1、行业领军企业申报书.doc …)
    m = md(head + "附件：1、行业领军企业申报书.doc\n2、优秀解决方案申报书.doc\n")
    assert "行业领军企业申报书" in m.attachments


def test_a_law_under_a_presidents_order_is_numbered_by_it_and_issues_no_notice():
    # vh_11: 中华人民共和国主席令 / 第　八十　号 / 《…法》已由…通过，现予公布: the order's number, in Chinese numerals between
    # U+3000 blanks, is the document's; the law (…法, no 文种 of the lexicon) is no 通知
    m = md("中华人民共和国劳动争议调解仲裁法\n中华人民共和国主席令\n第　八十　号\n"
           "　　《中华人民共和国劳动争议调解仲裁法》已由中华人民共和国第十届全国人民代表大会常务委员会第三十一次会议于2007年12月29日"
           "通过，现予公布，自2008年5月1日起施行。\n中华人民共和国主席　胡锦涛\n2007年12月29日\n"
           "中华人民共和国劳动争议调解仲裁法\n第一章　总　　则\n第一条 为了公正及时解决劳动争议，制定本法。\n")
    assert m.doc_number == "中华人民共和国主席令第八十号"
    assert m.doc_type is None


def test_a_reply_to_one_local_commission_addresses_it_by_its_short_name():
    # the 函 / 批复 form issue 10 §4 names (文号 on the first line): 某政办函〔2024〕8号 / title / 市发展改革委： / 你委《…》收悉
    # — a local commission's short name closing on 委 is the addressee, as …局： is
    body = ("某政办函〔2024〕8号\n某某市人民政府办公室关于同意建立某某联席会议制度的函\n{}：\n"
            "你委《关于建立某某联席会议制度的请示》收悉。经市政府同意，现函复如下。\n一、同意建立。\n某某市人民政府办公室\n2024年1月5日\n")
    assert md(body.format("市发展改革委")).addressees == ["市发展改革委"]
    assert md(body.format("市教委")).addressees == ["市教委"]
    assert md(body.format("市发展改革委")).doc_number == "某政办函〔2024〕8号"


def test_a_reply_to_one_central_commission_addresses_it_by_its_short_name():
    # wr_03 / wr_07 (国函 批复 of 2003): 国函〔2003〕9号 / 国家经贸委： / 你委《关于报请批准…的请示》…收悉 — a central commission's
    # short name, 国家 first and closing on 委, is the addressee, as a local one's is
    body = ("国务院关于改组某某集团公司有关问题的批复\n国函〔2003〕9号\n{}：\n"
            "你委《关于报请批准某某集团公司改组方案的请示》收悉。现批复如下：\n一、原则同意改组方案。\n国务院\n二○○三年一月二十日\n")
    assert md(body.format("国家经贸委")).addressees == ["国家经贸委"]
    assert md(body.format("国家发展改革委")).addressees == ["国家发展改革委"]


def test_a_legal_database_record_s_title_broken_mid_word_above_its_fields():
    # vm_01: a sharing page's headline, the title once whole, then broken mid-word (…有毒有 / 害烟尘…的通告) right over
    # 文章属性 / •【制定机关】…; the two lines are the title, not the second alone
    m = md("关于禁止露天焚烧秸秆的通告(2020)\n某市人民政府关于禁止露天焚烧秸秆和产生有毒有害烟尘恶臭气体物质的通告\n\n"
           "某市人民政府关于禁止露天焚烧秸秆和产生有毒有\n害烟尘恶臭气体物质的通告\n文章属性\n•【制定机关】某市人民政府\n"
           "•【公布日期】2020.06.03\n•【字号】某政通〔2020〕3号\n正文\n为推进生态文明建设，现将有关事项通告如下：\n"
           "一、禁止露天焚烧秸秆。\n某市人民政府\n2020年6月3日。\n")
    assert m.title == "某市人民政府关于禁止露天焚烧秸秆和产生有毒有害烟尘恶臭气体物质的通告"
    # a title whole on the line above the fields keeps that line alone (the line over it is the page's headline)
    m = md("关于禁止露天焚烧秸秆的通告(2020)\n某市人民政府关于禁止露天焚烧秸秆的通告\n文章属性\n•【制定机关】某市人民政府\n"
           "正文\n为推进生态文明建设，现将有关事项通告如下：\n一、禁止露天焚烧秸秆。\n")
    assert m.title == "某市人民政府关于禁止露天焚烧秸秆的通告"


def test_a_signature_date_closed_by_a_full_stop_still_dates_the_document():
    # vm_01: 某市人民政府 / 2020年6月3日。 — the copy closes the signature's date with a stop; a sentence ending on a date
    # (…于2020年6月3日。) is no date line
    text = "各乡镇人民政府：\n现将有关事项通知如下。\n一、做好防护。\n某县人民政府\n2020年6月3日。\n"
    assert md(text).issue_date == "2020-06-03"
    from policyparse.segment.dates import is_date_line
    assert is_date_line("2020年6月3日。") and is_date_line("二〇二〇年六月三日。")
    assert not is_date_line("2020年6月。") and not is_date_line("于2020年6月3日。")


def test_a_news_headline_on_what_was_approved_gives_no_doc_type_and_the_series_names_the_issuer():
    # vm_10: 国务院同意《…规划》 printed twice over the 批复's 文号 and body, the document's own title not printed: the 文种
    # is the body's (现批复如下), not the named plan's, and 国函 is the State Council's series
    m = md("国务院同意《长江三角洲城市群发展规划》\n国务院同意《长江三角洲城市群发展规划》\n国函〔2016〕87号\n"
           "上海市、江苏省人民政府，国家发展改革委：\n国家发展改革委《关于报送〈长江三角洲城市群发展规划（修改稿）〉的请示》"
           "（发改规划〔2016〕1060号）收悉。现批复如下：\n一、原则同意《长江三角洲城市群发展规划》，请认真组织实施。\n")
    assert m.doc_type == "批复"
    assert m.doc_number == "国函〔2016〕87号" and m.issuer == "国务院"


def test_the_state_council_series_names_its_issuer_and_other_series_do_not():
    from policyparse.grammar import central_series_issuer
    assert central_series_issuer("国办函〔2024〕83号") == "国务院办公厅"
    assert central_series_issuer("国办发明电〔2010〕36号") == "国务院办公厅"
    assert central_series_issuer("国发〔2023〕16号") == "国务院"
    assert central_series_issuer("国函〔2016〕87号") == "国务院"
    # a ministry's or a joint series names no one body; 国科发 is the 科技部's, not the 国务院's
    assert central_series_issuer("中发〔2016〕8号") is None
    assert central_series_issuer("国科发专〔2017〕145号") is None
    assert central_series_issuer(None) is None


def test_a_bare_time_field_dates_a_page_that_prints_its_disclosure_fields():
    # tf_10: • 索 引 号:… / • 发布机构:某区人民政府办公室 / title / 时间:2019-01-04 10:25 — a government page's own field table
    # makes its bare 时间 the posting time; without the table a bare 时间 may be a legal database's copy stamp
    page = ("  • 索 引 号:XM02100-0101-2019-00001\n  • 备注/文号:某府〔2019〕1号\n  • 发布机构:某区人民政府办公室\n"
            "  • 公文生成日期:2019-01-04\n某区人民政府2018年政府信息公开工作年度报告\n时间:2019-01-04 10:25\n\n"
            "  某区人民政府2018年政府信息公开工作年度报告\n\n  根据《中华人民共和国政府信息公开条例》规定，编制本报告。\n")
    assert md(page).publish_date == "2019-01-04"
    copied = ("某区人民政府2018年政府信息公开工作年度报告\n时间:2024-07-22 04:02:42\n\n"
              "某区人民政府2018年政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》规定，编制本报告。\n")
    assert md(copied).publish_date is None


def test_a_reply_approving_a_plan_takes_no_period_from_the_plan_it_names():
    # vr_01: 某市人民政府 / 关于某市公园体系规划（2022-2035年）的 / 批复 — the years are the approved plan's (a document of
    # others, cited), not a plan the reply issues; the plan's own title still gives its period
    reply = ("某市人民政府\n关于某市公园体系规划（2022-2035年）的\n批复\n某政函〔2022〕60号\n市城市管理局：\n"
             "你局《关于<某市公园体系规划（2022—2035年）>批复的请示》收悉，经研究，现批复如下：\n"
             "原则同意《某市公园体系规划（2022—2035年）》。\n某市人民政府\n2022年9月5日\n")
    m = md(reply)
    assert m.doc_type == "批复"
    assert m.plan_period is None
    plan = md("某市公园体系建设行动方案（2022—2025年）\n为加快建设，制定本方案。\n一、总体要求\n加快建设。\n")
    assert (plan.plan_period.start, plan.plan_period.end) == (2022, 2025)


def test_a_bracketed_disclosure_glued_to_the_date_line_of_a_copy_is_read():
    # vr_01: a proxy copy lost its blanks and line ends around the signature (？？ where ideographic spaces stood), so the
    # note stands inside the date line; still bracketed, it is the disclosure field
    glued = ("某市人民政府\n关于某市公园体系规划的批复\n市城市管理局：\n你局《关于某市公园体系规划批复的请示》已收悉，现批复如下：\n"
             "原则同意《某市公园体系规划》。\n某市人民政府��\n"
             "2022年9月5日��？？？，�（此件公开发布）？？？？�咨询电话：市城市管理局？园林科 ?3398054\n")
    assert md(glued).disclosure == "此件公开发布"
    # in running text the words are no field: no bracket, no disclosure (the copy lost its signature here too)
    prose = "各县人民政府：\n请各县按要求做好信息公开，此件公开发布后请及时转载。2022年9月5日咨询电话：0358-1234567\n"
    assert md(prose).disclosure is None


def test_the_first_attached_document_s_label_glued_after_the_last_entry_closes_the_list():
    # vp_03's shape: 8.…测算表附件1 / 郊野公园建设项目表 / 序号 …: the label belongs to the attached table below
    m = md("各镇人民政府：\n现将意见印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2021年9月6日\n一、总体要求\n加快建设。\n"
           "附件：1.郊野公园建设项目表\n2.公园绿地重点建设计划表\n3.绿化建设项目资金测算表附件1\n郊野公园建设项目表\n序号\n"
           "项目名称\n位置\n")
    assert m.attachments == ["郊野公园建设项目表", "公园绿地重点建设计划表", "绿化建设项目资金测算表"]


def test_nine_provincial_bodies_glued_in_one_signature_line_are_parted():
    # vt_10's shape: a joint signature of nine bodies of one province, glued, longer than 80 characters
    bodies = ["河北省科学技术厅", "中共河北省委组织部", "河北省教育厅", "河北省财政厅", "河北省人力资源和社会保障厅",
              "河北省人民政府国有资产监督管理委员会", "河北省国家税务局", "河北省地方税务局", "河北省工商行政管理局"]
    m = md("各设区市科技局：\n现将《某某实施办法》印发你们，请认真贯彻实施。\n" + "".join(bodies) + "\n2013年12月4日\n")
    assert m.issuer == "、".join(bodies)


def test_an_attached_table_s_header_row_glued_after_its_title_is_no_part_of_the_name():
    # ur_11's shape (PDF text): 附件 3 / <title>总序号分序号标准名称 标准号/计划号 … / the table's rows
    m = md("各有关单位：\n现将指南印发给你们。\n某某部\n2021年11月17日\n一、总体要求\n加快标准建设。\n"
           "附件 1\n智能制造相关名词术语和缩略语\nAR: 增强现实\n"
           "附件 3\n智能制造基础共性标准和关键技术标准总序号分序号标准名称 标准号/计划号 对应国际标准号\n所属的国际标\n")
    assert m.attachments == ["智能制造相关名词术语和缩略语", "智能制造基础共性标准和关键技术标准"]


def test_a_long_glued_signature_mixing_bodies_of_no_place_is_not_parted_inside_a_name():
    # vc_02's shape: bodies of the province, then a bank's branches glued after them; parting at each 河北省 would cut
    # 中国农业银行股份有限公司河北省分行 in two, so the run is left whole
    run = ("河北省人力资源和社会保障厅河北省发展和改革委员会河北省教育厅河北省工业和信息化厅河北省财政厅河北省农业农村厅"
           "河北省市场监督管理局河北省乡村振兴局中国人民银行石家庄中心支行中国农业银行股份有限公司河北省分行")
    m = md("各市人力资源社会保障局：\n现将方案印发给你们，请认真贯彻落实。\n" + run + "\n2022年12月30日\n")
    assert "有限公司、河北省分行" not in (m.issuer or "")


def test_a_numbered_list_inside_an_attached_document_is_that_documents_own():
    # vw_02: the notice attaches 申请程序, whose text lists its own six forms under 附表：; the forms follow, each
    # under 附表1 / 附表2. Only the notice's own list names the notice's attachments.
    m = md("各区人力资源和社会保障局：\n现将《某市就业见习基地管理办法》印发给你们，请遵照执行。\n"
           "第二十三条本办法自印发之日起施行，有效期5年。\n附件：某市就业见习基地申请程序\n"
           "某市人力资源和社会保障局\n2019年10月9日\n附件\n某市就业见习基地申请程序\n一、经办机构\n"
           "（一）初核机构：某市高校毕业生就业指导中心；\n二、申请程序\n申请单位提交以下材料：\n"
           "1.《某市就业见习基地申请表》。\n附表：1. 某市就业见习基地申请表\n2. 某市就业见习基地评估表\n"
           "附表1\n某市就业见习基地申请表\n单位名称\n附表2\n某市就业见习基地评估表\n评估项目\n")
    assert m.attachments == ["某市就业见习基地申请程序"]
    # the notice's own list read after the attached document's label restates its forms: still the notice's
    m = md("各区人民政府：\n现将有关事项通知如下。\n一、工作要求\n做好工作。\n附件：1. 某市就业见习基地申请表\n"
           "2. 某市就业见习基地评估表\n某市人民政府\n2019年10月9日\n")
    assert m.attachments == ["某市就业见习基地申请表", "某市就业见习基地评估表"]


def test_a_signature_line_of_glued_runs_a_blank_parts_names_each_body():
    from policyparse import parse

    # vx_03: the printed signature's rows parted by blanks, the bodies within a row glued; the title names no issuer
    signers = "生态环境部 国家发展和改革委员会工业和信息化部 农业农村部国家能源局"
    doc = parse("关于印发《某某实施方案》的通知\n各有关部门：\n《某某实施方案》已经领导小组同意，现印发给你们，请结合实际认真贯彻落实。\n"
                + signers + "\n2022年6月10日\n一、总体要求\n（一）加强宣传引导。营造良好氛围。\n")
    assert doc.metadata.issuer == "生态环境部、国家发展和改革委员会、工业和信息化部、农业农村部、国家能源局"


def test_a_regulations_title_with_its_enactment_note_run_onto_its_line():
    # we_01 (河北 科学技术厅 CSV field): the body opens on the regulation's title and its 题注 on one line, then 第一章
    m = md("河北省某某促进条例（2011年3月30日河北省第十一届人民代表大会常务委员会第二十二次会议通过）\n第一章 总则\n"
           "第一条为促进某某工作，根据有关法律、法规的规定，结合本省实际，制定本条例。\n第二条本省行政区域内的活动，适用本条例。\n")
    assert m.title == "河北省某某促进条例"
    assert m.doc_type == "条例"
def test_metadata_built_without_validation_is_the_metadata_pydantic_validates():
    """extract_metadata builds its Metadata without pydantic's check (models.built): validating the same fields
    gives the same model, the same types (lists of str, not tuples) and the same dump, on the samples and on
    notices with addressees, attachments, cited documents and a plan period."""
    from pathlib import Path

    from policyparse.models import Metadata

    root = Path(__file__).resolve().parents[1]
    texts = [f.read_text(encoding="utf-8") for f in sorted((root / "samples").glob("*.txt"))]
    texts.append("某市人民政府关于印发某市科技创新行动方案（2021—2025年）的通知\n某政发〔2021〕3号\n各县（区）人民政府，市直各部门：\n"
                 "现将《某市科技创新行动方案（2021—2025年）》印发给你们，请认真贯彻落实。\n附件：1.任务分工表\n"
                 "某市人民政府\n2021年3月5日\n")
    for text in texts:
        meta = parse(text).metadata
        fields = {name: getattr(meta, name) for name in Metadata.model_fields}
        checked = Metadata(**fields)
        assert meta == checked and meta.model_dump_json() == checked.model_dump_json()
        for name, value in fields.items():
            assert type(value) is type(getattr(checked, name))
            if isinstance(value, list):
                assert [type(v) for v in value] == [type(v) for v in getattr(checked, name)]
    assert meta.addressees and meta.attachments and meta.plan_period is not None


def test_an_attachment_name_opening_on_its_year_is_an_entry_of_the_list():
    # wl_09: …5.参阅件联系沟通情况登记表 / 6.走访代表委员专用卡7.2024年…复查表 — 7.2024年 numbers the entry (no decimal reads
    # 年 after it)
    tail = "一、工作要求\n做好工作。\n"
    m = md("各单位：\n现将有关事项通知如下。\n" + tail + "附件：1.某责任分解表\n2.某登记表\n3.某专用卡4.2024年某办理情况复查表\n")
    assert m.attachments == ["某责任分解表", "某登记表", "某专用卡", "2024年某办理情况复查表"]


def test_the_enactment_note_under_an_attached_texts_label_is_no_attachment():
    # wl_11 (国旗法): 附：国旗制法说明 / （1949年9月28日中国人民政治协商会议第一届全体会议主席团公布） / 国旗的形状…
    text = ("第一条 为了维护国旗的尊严，制定本法。\n第二条 本法自1990年10月1日起施行。\n附：国旗制法说明\n"
            "（1949年9月28日中国人民政治协商会议第一届全体会议主席团公布）\n国旗的形状、颜色两面相同，旗上五星两面相对。\n")
    assert md(text).attachments == ["国旗制法说明"]


def test_an_agreement_a_party_signs_for_its_case_is_no_document():
    # wp_06: 共同借款人…与公积金中心签订《委托逐月划转还贷协议》后: an agreement signed for one case, as a contract is;
    # an agreement between governments cited for its rules (ta_04's 《…补充协议书》) stays a document
    m = md("中心各部门：\n共同借款人持本人身份证与公积金中心签订《委托逐月划转还贷协议》后，按月划转。"
           "按照《某市人民政府与某县人民政府行政区域界线补充协议书》的各项规定执行。\n某市住房公积金管理中心\n2022年12月31日\n")
    assert [c.title for c in m.cited_documents] == ["某市人民政府与某县人民政府行政区域界线补充协议书"]


def test_a_closing_book_bracket_typed_twice_keeps_the_cited_number():
    # wp_07: …发布《关于进一步完善和落实积极生育支持措施的指导意见》》（国卫人口发〔2022〕26号），现就…
    m = md("机关各科室：\n根据国家卫生健康委等十七部门发布《关于进一步完善和落实积极生育支持措施的指导意见》》（国卫人口发〔2022〕26号），"
           "现就有关事项通知如下：\n一、提高贷款额度。\n2022年12月28日\n")
    assert [(c.title, c.doc_number) for c in m.cited_documents] == [
        ("关于进一步完善和落实积极生育支持措施的指导意见", "国卫人口发〔2022〕26号")]


def test_a_reading_printed_below_the_signature_cites_nothing_for_the_notice():
    # wp_11: the page's 政策解读 under the notice's date names the rules the reading rests on (《住房公积金管理条例》
    # （国务院令第350号）): the page's, not documents the notice cites
    text = ("关于调整住房公积金有关业务政策的通知\n为加大住房公积金支持力度，按照某市住房公积金管理委员会《关于调整住房公积金有关业务政策的通知》"
            "（某房公委发〔2023〕3号）文件要求，现就有关政策调整通知如下：\n一、调整贷款额度的计算倍数。\n"
            "二、本通知自2023年11月1日起执行。\n某市住房公积金管理中心\n2023年10月20日\n政策解读\n一、政策调整的起草背景？\n"
            "满足职工住房刚需和改善住房的诉求。\n二、政策调整的决策依据？\n1、《住房公积金管理条例》（国务院令第350号）\n")
    assert [c.doc_number for c in md(text).cited_documents] == ["某房公委发〔2023〕3号"]
    # the same rules cited in the notice's own text are still cited
    own = text.replace("文件要求，", "文件要求和《住房公积金管理条例》（国务院令第350号），")
    assert [c.doc_number for c in md(own).cited_documents] == ["某房公委发〔2023〕3号", "国务院令第350号"]


def test_a_page_field_naming_the_site_spells_out_the_bureau_the_title_names_short():
    # wp_03: 市规划资源局关于印发《…》的通知 heading a bureau's page, the bureau's site name its issuer field
    text = "市规划资源局关于印发《天津市建设用地使用权转让实施细则》的通知\n天津市建设用地使用权转让实施细则\n第一条 为加强管理，制定本细则。\n"
    m = segment(text, {"title": "市规划资源局关于印发《天津市建设用地使用权转让实施细则》的通知", "issuer": "天津市规划和自然资源局"}).metadata
    assert m.issuer == "天津市规划和自然资源局"


def test_a_bare_时间_bullet_over_a_publisher_bullet_is_the_publish_date():
    # wu_10 (wjw.huzhou.gov.cn): • 时间:… / • 发布:湖州卫生健康委 — the page's next field names the body posting it,
    # as 信息来源 beside the 时间 does; a database's stamp names itself (来源：法律资料网) and dates no page
    text = ("当前位置: 首页 >政务公开 >本局文件\n某市卫生健康委关于印发2023年工作要点的通知\n• 时间：2023-05-04 08:58:16\n"
            "• 发布：某市卫生健康委\n某卫健发〔2023〕1号\n某市卫生健康委关于印发2023年工作要点的通知\n各区县卫生健康局：\n"
            "现将《2023年工作要点》下发给你们，请认真贯彻执行。\n某市卫生健康委员会\n2023年4月26日\n")
    assert md(text).publish_date == "2023-05-04"
    assert md(text.replace("• 发布：某市卫生健康委", "• 发布：法律资料网")).publish_date is None


def test_a_title_cutting_the_issuer_short_at_委_takes_the_signatures_full_name():
    # wu_10 (wjw.huzhou.gov.cn): 湖州市卫生健康委关于印发… signed 湖州市卫生健康委员会
    text = ("某州市卫生健康委关于印发2023年全市卫生健康工作要点的通知\n各区县卫生健康局，委属各单位：\n"
            "现将《2023年全市卫生健康工作要点》下发给你们，请认真贯彻执行。\n某州市卫生健康委员会\n2023年4月26日\n")
    assert md(text).issuer == "某州市卫生健康委员会"
    # a signer that is another body (the 委's office) is no spelling out of it
    assert md(text.replace("某州市卫生健康委员会\n", "某州市卫生健康委员会办公室\n")).issuer == "某州市卫生健康委"


def test_a_heading_opening_on_its_doc_number_gives_way_to_the_title_block_naming_the_issuer():
    # wu_11 (lnlh.gov.cn): the page's heading glues the 文号 before a title without issuer; the notice's own title block
    # below names the issuer on its 关于 line; the bare 时间 beside an empty 来源 field dates the page
    text = ("某政办发[2020]35号某海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知\n时间：2020-09-29 来源：\n\n"
            "某海市人民政府办公室关于印发某海市推进\n\n县域义务教育优质均衡发展督导评估\n\n规划实施细则的通知\n\n"
            "大有经济开发区管委会，各乡镇人民政府（街道办事处），市政府有关部门市直有关单位\n\n"
            "经市政府同意，现将《某海市推进县域义务教育优质均衡发展督导评估规划实施细则》印发给你们，请认真贯彻实施。\n\n"
            "某海市人民政府办公室\n\n2020年9月28日\n")
    m = md(text)
    assert m.title == "某海市人民政府办公室关于印发某海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知"
    assert m.doc_number == "某政办发〔2020〕35号"
    assert m.publish_date == "2020-09-29"
    # a 时间 beside a 来源 naming a legal database is the database's stamp
    assert md(text.replace("来源：\n", "来源：法律资料网\n")).publish_date is None


def test_a_forms_blank_date_after_the_attachment_label_names_no_attachment():
    # wu_05 (gjj.gzlps.gov.cn): 附件：…委托书 / 年   月   日 (the attached form's blank date) / 附件：
    text = ("某市住房公积金管理中心关于公开征求意见的通知\n为支持青年职工解决住房问题，现就有关问题通知如下。\n"
            "一、支持无房职工按月提取住房公积金支付房租。\n附件：某市住房公积金租房提取委托书\n年   月   日\n附件：\n")
    assert md(text).attachments == ["某市住房公积金租房提取委托书"]


def test_a_breadcrumb_ending_on_the_heading_below_it_gives_way_to_the_heading():
    # wy_02 (ehs.gold): EHS中国 法规首页 太原市消防条例 / 太原市消防条例 — the breadcrumb's last step is the heading the
    # page prints on the next line; 颁布日期 glued to 生效日期 on one line is the page's publish date
    text = ("某某中国 法规首页 某原市消防条例\n某原市消防条例\n下载法规\n发文字号：——\n颁布部门：某原市人民代表大会常务委员会\n"
            "颁布日期：2024-01-18生效日期：2024-03-01\n某原市消防条例\n"
            "（2023年12月28日某原市第十五届人民代表大会常务委员会第十四次会议通过）\n第一章 总则\n"
            "第一条为了预防火灾和减少火灾危害，结合本市实际，制定本条例。\n")
    m = md(text)
    assert m.title == "某原市消防条例"
    assert m.publish_date == "2024-01-18"
    # a line that is no breadcrumb (no home page step) and names the same title keeps its reading
    assert md(text.replace("某某中国 法规首页 某原市消防条例\n", "")).title == "某原市消防条例"


def test_a_title_naming_its_body_short_after_the_place_takes_the_one_signers_name():
    # wy_06 (www.fangchan.com): 嘉兴市建委关于… signed 嘉兴市城乡规划建设管理委员会, the 建委 its common short form
    text = ("某兴市建委关于进一步加强市本级房地产市场调控的通知\n为贯彻落实国家因城施策、分类调控的要求，现就有关事项通知如下：\n"
            "一、非本市户籍居民家庭取得住房不动产权证未满2年的，不得上市交易。\n某兴市城乡规划建设管理委员会\n2017年5月20日\n")
    assert md(text).issuer == "某兴市城乡规划建设管理委员会"
    # a signer whose name holds not the short form's characters (another body) is no spelling out of it
    assert md(text.replace("某兴市城乡规划建设管理委员会\n", "某兴市住房保障局\n")).issuer == "某兴市建委"


def test_a_heading_putting_a_bare_place_before_the_notices_own_title_gives_way_to_it():
    # wy_07 (www.fangchan.com): 太原关于控制…的通知 (the site's heading) over 关于控制…的通知 (the notice's own title line)
    text = ("某原关于控制二手住房短期交易转让的通知\n关于控制二手住房短期交易转让的通知\n各房地产经纪机构，局属各有关单位：\n"
            "为规范房地产市场秩序，现将有关事项通知如下：\n一、新购住房取得不动产权证满2年方可交易转让。\n特此通知。\n"
            "某原市房产管理局\n2017年9月13日\n")
    assert md(text).title == "关于控制二手住房短期交易转让的通知"
    # a heading naming a body before 关于 keeps it
    named = text.replace("某原关于", "某原市房产管理局关于", 1)
    assert md(named).title == "某原市房产管理局关于控制二手住房短期交易转让的通知"


def test_a_date_field_stamped_with_its_clock_time_is_the_pages_posting_date():
    # wy_01 (www.hnhs.gov.cn): a county page reposting a ministry's 函: 发文日期： 2021-09-03 15:17 beside the page's
    # 索引号 and 发布机构, the 函 signed 2021年8月6日
    text = ("某某部办公厅关于进一步规范存量住宅用地信息公开工作的函\n信息来源：区自然资源局 浏览量：\n"
            "索引号： 4309030009/2021-1445583 发布机构：某山区国土分局 发文日期： 2021-09-03 15:17\n"
            "各省、自治区、直辖市自然资源主管部门：\n为进一步规范存量住宅用地信息公开工作，现提出如下工作要求。\n"
            "一、完善公开内容。\n某某部办公厅\n2021年8月6日\n")
    m = md(text)
    assert (m.issue_date, m.publish_date) == ("2021-08-06", "2021-09-03")
    # without its time of day the field is a date of the document's, no posting stamp; stamped on the day signed
    # (um_02: 发文日期 2020-10-10 19:48:26 over a notice signed 2020年10月10日) it may record the issue itself
    assert md(text.replace(" 15:17", "")).publish_date is None
    assert md(text.replace("2021年8月6日", "2021年9月3日")).publish_date is None


def test_a_time_field_beside_a_source_label_followed_only_by_a_widget_dates_the_page():
    # wy_05 (slt.jl.gov.cn): 时间：2019-05-29 09:18:00 来源：字体显示： — the 来源 left empty, the font widget's label after
    # it; the line is a row of page fields, no sentence leading into a list
    text = ("公文公告\n某林省水利厅关于做好2019年大中型水库绿化工作的通知\n时间：2019-05-29 09:18:00 来源：字体显示：\n"
            "各市（州）水利（水务）局，厅直属有关单位：\n为进一步提升全省大中型水库绿化水平，现就有关事宜通知如下：\n"
            "一、进一步完善绿化美化实施方案\n")
    assert md(text).publish_date == "2019-05-29"


def test_a_page_title_putting_a_bare_place_before_the_notices_own_title_gives_way_to_it():
    # wy_07 (www.fangchan.com): the page's <title> 太原关于控制…的通知 (the reader's title field), the article opening on
    # the notice's own title
    text = ("关于控制二手住房短期交易转让的通知\n各房地产经纪机构，局属各有关单位：\n为规范房地产市场秩序，现将有关事项通知如下：\n"
            "一、新购住房取得不动产权证满2年方可交易转让。\n特此通知。\n某原市房产管理局\n2017年9月13日\n")
    title = "关于控制二手住房短期交易转让的通知"
    assert segment(text, {"title": "某原" + title}).metadata.title == title
    # a page title naming a body before 关于 stays the title
    assert segment(text, {"title": "某原市房产管理局" + title}).metadata.title == "某原市房产管理局" + title


def test_a_download_box_under_an_empty_attachment_label_names_no_attachment():
    # xf_09 (东莞市人民政府办公室): 附件： left empty under the signature, the page's 相关附件 box and its tabs below it
    text = ("某某市人民政府办公室关于进一步规范我市房地产市场发展的通知\n东府办〔2017〕39号\n各镇人民政府，市府直属各单位:\n"
            "为进一步完善我市房地产市场政策，就有关事项通知如下:\n一、调整土地供应结构。\n强化土地供应与房地产市场调控联动机制。\n"
            "本《通知》自印发之日起实施。\n\n某某市人民政府办公室\n2017年3月21日\n\n附件：\n相关附件\n媒体报道\n音频视频\n文件\n")
    assert md(text).attachments == []


def test_the_general_offices_of_several_ministries_glued_on_the_signature_line_are_parted():
    # wt_05 (人社部 / 财政部): 人力资源社会保障部办公厅财政部办公厅 / 2018年4月12日, two offices on one line with no place
    # to part them at; each name ends on 办公厅
    text = ("关于做好2018年高校毕业生“三支一扶”计划实施工作的通知\n各省、自治区、直辖市人力资源社会保障厅（局）、财政厅（局）：\n"
            "为做好2018年“三支一扶”计划实施工作，现就有关事项通知如下：\n一、认真做好招募工作。\n各地要按照公开招募的要求，做好招募工作。\n"
            "人力资源社会保障部办公厅财政部办公厅\n2018年4月12日\n")
    assert md(text).issuer == "人力资源社会保障部办公厅、财政部办公厅"
    # one office alone stays whole
    assert md(text.replace("人力资源社会保障部办公厅财政部", "人力资源社会保障部")).issuer == "人力资源社会保障部办公厅"


def test_a_youth_league_committee_glued_among_a_places_bodies_is_parted_at_its_name():
    # wt_07 (河北省人社厅等8部门): …河北省总工会共青团河北省委河北省妇女联合会 on the signature line; 共青团 opens a body of the
    # place as 中共 does
    text = ("关于开展2022年春风行动的通知\n各市（含定州、辛集市）人力资源社会保障局：\n决定于春节前后在全省范围内开展春风行动。现将有关事项通知如下：\n"
            "一、活动主题\n春风送温暖就业送真情\n"
            "河北省人力资源和社会保障厅河北省民政厅河北省总工会共青团河北省委河北省妇女联合会\n2022年1月20日\n")
    assert md(text).issuer == "河北省人力资源和社会保障厅、河北省民政厅、河北省总工会、共青团河北省委、河北省妇女联合会"


def test_an_empty_attachment_label_glued_to_the_signers_line_leaves_the_body_signing():
    # xa_01 (河北省人社厅): …电话：0311-66908110 / 附件：河北省人力资源和社会保障厅 / 2023年8月9日 — the page dropped the list's
    # names and glued the bare label onto the signer's line: the body signs, no attachment is named
    text = ("关于开展省级人力资源诚信服务示范机构评选活动的通知\n各市（含定州、辛集市）人力资源社会保障局：\n"
            "决定在全省范围内开展评选活动。现就有关事项通知如下：\n一、参评原则\n坚持公开、公平、公正的原则。\n二、加强宣传引导\n"
            "要以此次评选活动为契机，大力宣传报道。电话：0311-66908110、66908501\n附件：河北省人力资源和社会保障厅\n2023年8月9日\n"
            "（此件主动公开）\n")
    m = md(text)
    assert (m.issuer, m.attachments) == ("河北省人力资源和社会保障厅", [])
    # a label naming a form above the signature names it as before
    m = md(text.replace("附件：河北省人力资源和社会保障厅\n", "附件：示范机构申报表\n河北省人力资源和社会保障厅\n"))
    assert (m.issuer, m.attachments) == ("河北省人力资源和社会保障厅", ["示范机构申报表"])
    # ut_07 (附件：河北省小微企业降费工作方案河北省减轻企业负担领导小组2015年4月8日): a 方案's name with the signer glued
    # after it names the attachment, and the body after it signs (batch xk's reading of a signer glued to the label)
    m = md(text.replace("附件：河北省人力资源和社会保障厅\n", "附件：河北省示范机构评选工作方案河北省人力资源和社会保障厅\n"))
    assert (m.issuer, m.attachments) == ("河北省人力资源和社会保障厅", ["河北省示范机构评选工作方案"])
