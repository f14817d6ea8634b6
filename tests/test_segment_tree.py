"""The tree builder (segment/tree.py) on synthetic snippets of shapes real documents show (batch rr)."""

from __future__ import annotations

from policyparse.segment import segment


def flat(sections):
    for s in sections:
        yield s
        yield from flat(s.children)


def by_id(seg):
    return {n.id: n for n in flat(seg.sections)}


def test_article_cited_at_a_line_start_heads_nothing():
    # an amending 决定: lines opening with the article they change are text of the item above
    text = (
        "一、对下列法规进行修改\n"
        "1.在《某某条例》第七条中增加一项。\n"
        "第九条修改为：“各级人民政府应当发挥本地优势。”\n"
        "第十三条后增加一条作为第十四条，即：“鼓励采用新技术。”\n"
        "第十条第四项修改为：“距离大于25m。”\n"
        "2.将《某某规定》第七条修改为：“服务网络。”\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.1", "1.2"]
    assert nodes["1.1"].marker == "1." and "第九条修改为" in nodes["1.1"].text
    assert nodes["1.2"].level == 3


def test_article_text_opening_with_zhong_is_still_an_article():
    text = "第一条为了规范管理，制定本办法。\n第二条中华人民共和国境内的活动，适用本办法。\n"
    nodes = by_id(segment(text, {}))
    assert [nodes[i].marker for i in ("1", "2")] == ["第一条", "第二条"]


def test_general_part_above_the_first_article_without_chapters():
    text = "某某市某某条例（草案）\n\n总 则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例适用于本市。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1"].title == "总则" and nodes["1"].marker is None
    assert nodes["1.1"].marker == "第一条" and nodes["1.2"].marker == "第二条"


def test_unnumbered_part_heads_a_list_that_starts_at_paren_one():
    text = (
        "各有关单位：\n现将责任分解印发给你们，请认真组织实施。\n某某办公厅\n2017年4月13日\n"
        "某某规划责任分解\n为提高应急能力，现将任务进行责任分解。\n"
        "“十三五”应急体系9个具体建设任务\n（一）“一案三制”建设\n1.完善应急预案体系\n（1）加强应急预案管理。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["1"].title == "“十三五”应急体系9个具体建设任务" and nodes["1"].level == 1
    assert nodes["1.1"].marker == "（一）" and nodes["1.1.1.1"].marker == "（1）"


def test_plan_title_above_paren_one_stays_a_title():
    # no opening paragraph between the plan's title and its （一）: the title line is no heading
    text = "某某工作方案\n（一）总体要求。做好工作。\n（二）主要任务。抓好落实。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1"].marker == "（一）"


def test_wrapped_rest_above_a_list_heads_nothing():
    text = "第十七条属于以下情形的，可以协议出让地下建设用\n地使用权：\n（一）原土地使用权人开发的。\n（二）同步建设的。\n"
    nodes = by_id(segment(text, {}))
    assert [nodes[i].marker for i in ("1", "1.1", "1.2")] == ["第十七条", "（一）", "（二）"]


def test_so_notified_without_its_stop_is_a_paragraph_of_the_notice():
    text = "各街道办事处：\n现将任务分解印发给你们。\n特此通知\n2008年政府工作目标任务分解\n根据精神，分解为80项。\n一、促进经济发展。\n"
    nodes = by_id(segment(text, {}))
    assert [n.kind for k, n in nodes.items() if k.startswith("p")] == ["addressee", "preamble", "preamble", "preamble"]
    assert nodes["p3"].text == "特此通知"


def test_each_member_line_of_a_roster_led_into_is_a_preamble_paragraph():
    # tm_07: 组 长：… / 汤志平 副市长 under 组成人员如下： were dropped as title lines of the issued plan
    text = ("各区人民政府：\n决定成立某某领导小组。领导小组组成人员如下：\n组 长：张 三 市长\n副组长：李四 副市长\n"
            "王五 副市长\n成 员：赵六 市财政局局长\n领导小组办公室设在市财政局。\n某某市人民政府\n2020年9月22日\n")
    nodes = by_id(segment(text, {}))
    assert [n.text for k, n in nodes.items() if n.kind == "preamble"][1:5] == [
        "组 长：张 三 市长", "副组长：李四 副市长", "王五 副市长", "成 员：赵六 市财政局局长"]
    assert nodes["p7"].text == "领导小组办公室设在市财政局。"


def test_a_name_and_post_line_without_a_lead_in_is_no_roster_entry():
    # the same shape right below the title, with no 如下： above it, is a title line as before
    text = "某某市人民政府\n张三 副市长\n各区人民政府：\n现将方案印发给你们。\n"
    assert "张三 副市长" not in [n.text for n in segment(text, {}).sections]


def test_the_issued_rules_title_with_its_enactment_note_glued_on_is_no_preamble():
    # tm_14: 金华市人民政府工作规则（2011年…通过，…修订通过） under the signature was read as a preamble paragraph
    text = ("各县人民政府：\n《某某市人民政府工作规则》已经市政府常务会议通过，现予印发。\n某某市人民政府\n2015年10月28日\n"
            "某某市人民政府工作规则（2011年5月10日市政府第1次常务会议通过，2015年10月26日市政府第112次常务会议修订通过）\n"
            "第一章 总则\n第一条 为了规范工作，制定本规则。\n第二条 本规则适用于市政府。\n")
    texts = [n.text for n in segment(text, {}).sections]
    assert not any(t.startswith("某某市人民政府工作规则") for t in texts)
    assert [n.kind for n in segment(text, {}).sections if n.level == 1][:3] == ["addressee", "preamble", "signature"]


def test_two_labelled_paragraphs_the_heading_names_are_paragraph_nodes():
    # tm_03: 一、…的指导思想和总体要求 / 指导思想：… / 总体要求：… were its text (a run of labels needed three)
    text = ("一、创建工作的指导思想和总体要求\n指导思想：坚持以科学发展观为指导，以促进就业为目标，完善支持自主创业、自谋职业"
            "的政策，加强就业观念教育，使更多劳动者成为创业者。\n"
            "总体要求：进一步解放思想，立足创新，激活创业主体，优化创业环境，健全服务体系，形成政府促进、社会支持、"
            "劳动者自主创业的新格局。\n二、主要任务\n（一）建立创业服务体系。\n")
    nodes = by_id(segment(text, {}))
    assert [nodes[k].title for k in ("1.p1", "1.p2")] == ["指导思想", "总体要求"]


def test_a_years_goals_the_last_heading_names_are_its_paragraph_even_cut_short():
    # to_07: 二、工作目标 / 按照…。 / 2021年目标：南郑区、宁强县…通过验收，汉台区、勉 (the page cut there): the year's
    # part of the goals the heading names is a paragraph node, though its text is short
    text = ("一、总体要求\n深入贯彻新发展理念，推动全域旅游高质量发展。\n二、工作目标\n"
            "按照《国家全域旅游示范区验收标准》，紧扣系统化创建思维，补齐问题短板。\n"
            "2021年目标：甲某区、乙某县、丙某县、丁某县通过全省全域旅游示范区验收，戊某区、勉")
    nodes = by_id(segment(text, {}))
    assert nodes["2.p1"].title == "2021年目标"
    # a short value with no clauses under a heading naming it stays the heading's text
    assert "2.p1" not in by_id(segment(text.replace("甲某区、乙某县、丙某县、丁某县通过全省全域旅游示范区验收，戊某区、勉", "甲某区、乙某县、丙某县、丁某县均通过全省全域旅游示范区验收。"), {}))


def test_short_field_lines_the_heading_names_stay_its_text():
    # rk_15: 三、演出场地及时间 / 演出场地：茂林镇大舞台。: a field's value, no part of its own
    text = "三、演出场地及时间\n演出场地：茂林镇22个社区乡村大舞台。\n演出时间：2021年10月20日至11月30日。\n四、工作要求\n"
    assert "3.p1" not in by_id(segment(text, {})) and "1.p1" not in by_id(segment(text, {}))


def test_labelled_paragraphs_the_heading_does_not_name_stay_its_text():
    text = "一、工作任务\n指导思想：坚持以科学发展观为指导，促进就业。\n总体要求：进一步解放思想，激活创业主体。\n二、保障措施\n"
    assert "1.p1" not in by_id(segment(text, {}))


def test_a_sentence_leading_into_the_amendments_is_no_addressee():
    text = "某某省人民代表大会常务委员会第十七次会议决定，修改下列地方性法规：\n一、将第九条修改为：“…。”\n"
    seg = segment(text, {})
    nodes = by_id(seg)
    assert nodes["p1"].kind == "preamble"
    assert not seg.metadata.addressees


def test_closing_before_the_attachment_label_when_the_attachment_numbers_its_own_body():
    text = (
        "各省人民政府：\n现转发给你们，请照此执行。\n国务院\n一九八四年九月二十日\n"
        "一、关于体制问题。目前情况如此。\n二、关于折旧问题。目前情况如此。\n以上意见，如无不妥，请批转执行。\n"
        "附件：重点企事业单位名单\n国家经济委员会\n一九八四年八月二十八日\n"
        "附件：重点企事业单位名单\n一、统配煤矿（29个）河北省：开滦矿务局\n二、基建施工企业（4个）某某公司\n"
    )
    nodes = by_id(segment(text, {}))
    top = [(k, n.kind, n.text[:4]) for k, n in nodes.items() if "." not in k]
    assert top == [
        ("p1", "addressee", "各省人民"), ("p2", "preamble", "现转发给"), ("p3", "signature", "国务院\n"),
        ("1", "item", "一、关于"), ("2", "item", "二、关于"), ("p4", "closing", "以上意见"),
        ("p5", "attachment", "附件：重"), ("p6", "closing", "国家经济"),
        # the attached document's own 附件 + title line right above its 一、 is no node
        ("3", "item", "一、统配"), ("4", "item", "二、基建"),
    ]


def test_an_attached_blank_form_closed_by_its_copy_note_holds_no_node():
    # ub_03: 附件1 / …举报奖励审批表 / 审批表编号：审批单位： / 注：该表一式3份，… / 附件2 / …通知书 / 举报奖字〔〕号： / 根据…，决定
    # 给予你举报奖励。 / 注：此文书一式3份，… — the forms' fields and printed sentences are to be filled in, no closing
    # paragraphs; an attached text with no copy note keeps its paragraphs (below its 附件3 label and title, the attached
    # document's opening: a preamble, as the gold of rj_03, rl_05, ut_07 and vk_02 reads such openings)
    text = (
        "各区县粮食局：\n现印发给你们，请遵照执行。\n一、总体要求。做好工作。\n二、奖励标准。按规定执行。\n"
        "附件：1.举报奖励审批表\n2.举报奖励通知书\n"
        "附件1\n举报奖励审批表\n审批表编号：审批单位：\n注：该表一式3份，由粮食行政管理部门填写，财务、存档各1份。\n"
        "附件2\n举报奖励通知书\n举报奖字〔〕号：\n根据《某某细则》，决定给予你举报奖励。\n"
        "注：此文书一式3份，举报人、财务、存档各1份。\n"
        "附件3\n有关说明\n本细则由市粮食局负责解释，请各地认真执行。\n"
    )
    nodes = by_id(segment(text, {}))
    tail = [(n.kind, n.text[:6]) for k, n in nodes.items() if k.startswith("p") and n.kind != "addressee"][1:]
    assert tail == [("attachment", "附件：1.举"), ("attachment", "2.举报奖励"), ("preamble", "本细则由市粮")]


def test_a_short_lead_in_ending_in_是_before_the_first_item_is_a_paragraph():
    # ud_11: 会上确定2016年县委县政府为民兴办10件实事。 / 这十件实事是： / 1.新修高标准基本农田10万亩。 — the lead-in is a
    # sentence of the notice (as …如下：), no title line of the list
    text = "会上确定2016年县委县政府为民兴办10件实事。\n这十件实事是：\n1.新修高标准基本农田10万亩。\n2.建成1所县城九年制学校。\n"
    nodes = by_id(segment(text, {}))
    assert [(k, n.kind) for k, n in nodes.items()] == [("p1", "preamble"), ("p2", "preamble"), ("1", "item"), ("2", "item")]


def test_attachment_label_on_the_last_line_is_a_node():
    text = "各区：\n现印发给你们。\n一、总体要求。做好工作。\n二、主要任务。抓好落实。\n附件：重点任务清单.docx\n"
    nodes = by_id(segment(text, {}))
    assert any(n.kind == "attachment" for n in nodes.values())


def test_file_links_named_by_attachment_numbers_belong_to_the_attachment_lines_above():
    # ra_02: 附件： / 附件1.docx / 附件2.docx / 附件1-5下载：《…》.doc; rb_10: 附件：1.… / 2.… / 附件1、2.docx — the page's links
    # to the files listed above, named by their numbers alone, are part of the attachment line above them
    body = "各幼儿园：\n现印发给你们。\n一、总体要求。做好工作。\n二、主要任务。抓好落实。\n"
    nodes = by_id(segment(body + "附件：\n附件1.docx\n附件2.docx\n附件1-2下载：《某区招生计划申报审批表》.doc\n", {}))
    tail = [(n.kind, n.text) for k, n in nodes.items() if k.startswith("p") and n.kind == "attachment"]
    assert tail == [("attachment", "附件：\n附件1.docx\n附件2.docx\n附件1-2下载：《某区招生计划申报审批表》.doc")]
    nodes = by_id(segment(body + "附件：1.候选评估机构名单\n2.评估机构选择单\n附件1、2.docx\n", {}))
    tail = [n.text for k, n in nodes.items() if k.startswith("p") and n.kind == "attachment"]
    assert tail == ["附件：1.候选评估机构名单", "2.评估机构选择单\n附件1、2.docx"]
    # vk_01: 附件：1.…事项清单（中央层面设定，2019年版） / 2.… / 附件.pdf — the page's one file, named by no number
    nodes = by_id(segment(body + "附件：1.试点事项清单（中央层面设定）\n2.试点事项清单（河北层面设定）\n附件.pdf\n", {}))
    tail = [n.text for k, n in nodes.items() if k.startswith("p") and n.kind == "attachment"]
    assert tail == ["附件：1.试点事项清单（中央层面设定）", "2.试点事项清单（河北层面设定）\n附件.pdf"]
    # a file named by its title is an attachment of its own
    nodes = by_id(segment(body + "附件：1.候选评估机构名单.docx\n附件2：评估机构选择单.docx\n", {}))
    assert len([n for n in nodes.values() if n.kind == "attachment"]) == 2


def test_prose_after_the_last_item_closes_a_document_whose_items_are_one_paragraph_each():
    text = (
        "各区人民政府：\n现将方案印发给你们。\n一、主要任务\n1.加快创新。推动研发。\n2.优化布局。建设园区。\n"
        "3.深化合作。扩大开放。\n市科委、杨浦区牵头建立市区联动工作机制，细化年度任务，确保落到实处。\n"
    )
    nodes = by_id(segment(text, {}))
    closing = [n for n in nodes.values() if n.kind == "closing"]
    assert len(closing) == 1 and closing[0].text.startswith("市科委")


def test_an_item_with_a_second_paragraph_keeps_the_prose_after_the_last_item():
    text = (
        "各区人民政府：\n现将方案印发给你们。\n一、主要任务\n1.加快创新。推动研发。\n各区要结合实际推进。\n"
        "2.优化布局。建设园区。\n3.深化合作。扩大开放。\n各区要加强协调，确保落到实处。\n"
    )
    nodes = by_id(segment(text, {}))
    assert not any(n.kind == "closing" for n in nodes.values())
    assert nodes["1.3"].text.endswith("确保落到实处。")


def test_paragraphs_after_the_last_article_stay_its_paragraphs():
    text = "第一条 为了规范管理，制定本规则。\n第二条 本规则适用于本市。\n第三条 会议由市长主持。\n必要时，可邀请有关单位列席。\n"
    nodes = by_id(segment(text, {}))
    assert not any(n.kind == "closing" for n in nodes.values())


def test_the_enactment_sentence_under_a_last_supplementary_part_is_its_text():
    # uz_11: 五、附则 / 本政策所列的奖励资金… / 各市…要制定…方案 / 本政策自印发之日起施行，有效期3年。 — a provision of the 附则
    text = (
        "一、总体要求\n（一）加强领导。做好工作。\n五、附则\n本政策所列的奖励资金按照“就高不就低”原则执行。\n"
        "各市政府要结合实际情况，制定具体方案。\n本政策自印发之日起施行，有效期3年。\n"
    )
    nodes = by_id(segment(text, {}))
    assert not any(n.kind == "closing" for n in nodes.values())
    assert nodes["2"].text.endswith("有效期3年。")
    # rj_13: 七、附则 / 14.… / 本政策自发布之日起施行 — below a numbered child of the 附则 it closes the notice
    text = "一、总体要求\n（一）加强领导。做好工作。\n七、附则\n14.符合本意见奖补条件的企业，按规定执行。\n本政策自发布之日起施行，有效期3年。\n"
    nodes = by_id(segment(text, {}))
    assert [n.kind for n in nodes.values()][-1] == "closing"


def test_an_attachment_label_over_the_attached_body_below_the_signature_is_its_title():
    # uz_07: …请遵照执行。 / 附件：…管理办法 / 财政部 / 科技部 / 2012年11月30日 / 附件：…管理办法 / 第一章 总则 / 第一条…
    text = (
        "有关单位：\n财政部、科技部制定了《科技惠民计划专项经费管理办法》。现印发给你们，请遵照执行。\n"
        "附件：科技惠民计划专项经费管理办法\n财政部\n科技部\n2012年11月30日\n附件：科技惠民计划专项经费管理办法\n"
        "第一章 总则\n第一条 为规范专项经费管理，制定本办法。\n第二条 专项经费由中央财政安排。\n"
    )
    kinds = [(n.id, n.kind) for n in flat(segment(text, {}).sections)]
    assert kinds[:4] == [("p1", "addressee"), ("p2", "preamble"), ("p3", "attachment"), ("p4", "signature")]
    assert kinds[4] == ("1", "heading")
    # before the signature the label lists an attachment (p3 above), a node as ever


def test_a_date_with_its_signing_body_after_it_is_the_signature():
    # up_09: …现转发给你们，请认真贯彻落实。 / 二〇〇四年六月一日省安委办 / 为加强基层安全生产工作，…现制定本方案。
    text = (
        "各设区市人民政府，省直有关部门：\n省安委办《全省“安全生产示范乡镇”活动方案》已经省政府同意，现转发给你们，请认真贯彻落实。\n"
        "二〇〇四年六月一日省安委办\n为加强基层安全生产工作，决定在全省开展活动，现制定本方案。\n一、指导思想\n（一）加强领导。做好工作。\n"
    )
    kinds = [(n.id, n.kind, n.text[:4]) for n in flat(segment(text, {}).sections)]
    assert kinds[2] == ("p3", "signature", "二〇〇四") and kinds[3][:2] == ("p4", "preamble")
    # a date opening a sentence (2004年6月1日省政府召开会议。) is no signature
    text = text.replace("二〇〇四年六月一日省安委办", "2004年6月1日省政府召开专题会议进行部署。")
    assert not any(n.kind == "signature" for n in flat(segment(text, {}).sections))


def test_paired_run_in_heads_of_unequal_four_to_eight_characters():
    from policyparse.segment.headings import paragraph_heads

    assert paragraph_heads("坚持创新驱动，激发转型新动能。积极推进。") == [(0, "坚持创新驱动，激发转型新动能")]
    assert paragraph_heads("生态优先，绿色发展。坚持尊重自然。") == [(0, "生态优先，绿色发展")]
    # a clause and its complement, or halves of unlike length, head nothing
    assert paragraph_heads("设立村级路长，由村委会主任担任。设置专管员。") == []
    assert paragraph_heads("加强领导，切实落实各项工作责任。推进。") == []


def test_a_header_field_row_holding_a_sentence_is_still_front_matter():
    text = (
        "索引 号：\t000014349/2006-00100\t主题分类：\t商贸\n"
        "主题 词：\t外贸 出口\t时 效：\t根据《国务院关于宣布失效一批国务院文件的决定》（国发〔2015〕68号），此文件已宣布失效\n"
        "国务院办公厅转发某某意见的通知\n国办发〔2006〕42号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n某某部门意见已经国务院同意，现转发给你们。\n"
    )
    seg = segment(text, {})
    nodes = by_id(seg)
    assert nodes["p1"].kind == "addressee" and nodes["p2"].kind == "preamble"
    assert seg.metadata.addressees


# ---------------------------------------------------------------- struct6: structure misses of batches rd–ro


def test_a_list_restarted_after_its_own_lead_in_is_no_lost_level():
    text = (
        "第五条 从重处罚。有以下情形之一的，从重处罚：\n"
        "1、在案件查处中拒不配合的；\n"
        "2、造成跨区域环境污染的；\n"
        "3、法律规定的其他情形。\n"
        "有以下情形的，实施最高限度处罚：\n"
        "1、造成较大突发环境事件的；\n"
        "2、引起群体性事件的。\n"
        "第六条 从轻处罚。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k.startswith("1.")] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert not any(n.inferred for n in nodes.values())


def test_a_bare_attachment_label_over_a_numbered_list_is_a_node_of_its_own():
    text = (
        "各省粮食局：\n"
        "一、紧抓项目建设进度。请认真组织实施。\n"
        "二、强化分类推进。请按时报送。\n"
        "附件：\n"
        "1.项目月度建设进展情况表\n"
        "2.项目基本情况摸底表\n"
        "国家粮食局办公室\n"
        "2018年5月2日\n"
    )
    kinds = [(n.id, n.kind) for n in segment(text, {}).sections]
    assert ("p2", "attachment") in kinds and ("p3", "attachment") in kinds and ("p4", "attachment") in kinds


def test_a_run_of_lines_opening_with_heading_sentences_heads_paragraphs_under_a_run_on_heading():
    text = (
        "一、主要任务\n"
        "（一）建设新型贸易产业集聚区。创新跨境服务贸易管理模式，推动服务贸易发展。\n"
        "创新发展跨境电子商务。鼓励企业建设出口产品海外仓。\n"
        "创新汽车平行进口试点。取消保税仓储时间限制。支持举办汽车展会。在区内开展试点。\n"
        "（二）落实税收政策。按照规定执行。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["1.1.p1"].title == "创新发展跨境电子商务"
    assert nodes["1.1.p2"].title == "创新汽车平行进口试点"
    assert "1.1.p3" not in nodes  # 支持举办汽车展会。 is a sentence of that paragraph, not a head


def test_principles_headed_jianchi_x_y_pair_even_when_the_first_phrase_is_longer():
    text = (
        "一、总体要求\n"
        "（一）基本原则。\n"
        "坚持企业主导、政府推动。以企业为主体、市场为导向。\n"
        "坚持突出重点、有序推进。国际合作要选择重点国家。\n"
        "（二）主要目标。力争到2020年取得进展。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["1.1.p1"].title == "坚持企业主导、政府推动"
    assert nodes["1.1.p2"].title == "坚持突出重点、有序推进"


def test_a_short_lead_in_before_the_notice_is_a_paragraph():
    text = (
        "日前，某区人民政府印发关于推动经济高质量发展的通知。\n"
        "文件详情如下：\n"
        "某区人民政府关于印发若干政策举措的通知\n"
    )
    starts = [n.text[:6] for n in segment(text, {}).sections]
    assert "文件详情如下" in starts


def test_runs_of_labelled_paragraphs_are_paragraph_nodes():
    text = (
        "一、考评方式\n"
        "（一）考评以日常监测、实地调研、民意调查和第三方评估相结合的方式进行。\n"
        "日常监测：根据全市重点任务，监测考评对象工作推进情况。\n"
        "实地调研：对照各部门报送的重点任务，进行实地调研。\n"
        "民意调查：根据民意调查机构的数据，了解满意度。\n"
        "（二）实行百分制。\n"
        "二、结构\n"
        "一屏：山区生态屏障\n"
        "充分发挥山区整体生态屏障作用，加强生态保育。\n"
        "三环：一道绿隔城市公园环\n"
        "推进第一道绿化隔离地区公园建设，提高质量。\n"
        "三、管控\n"
        "（一）落实分级管控。严格执行。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[f"1.1.p{k}"].title for k in (1, 2, 3)] == ["日常监测", "实地调研", "民意调查"]
    assert nodes["2.p1"].title == "一屏：山区生态屏障" and nodes["2.p2"].title == "三环：一道绿隔城市公园环"


def test_a_groups_field_lines_closed_by_a_responsibility_note_are_its_text_not_a_run_of_labels():
    # ua_01: 一、总指挥部 / 牵头领导：… / 协助领导：钟伟华 / 主要职责：负责… / 责任单位：办公室、政法委 — the group's fields; the note
    # line below 协助领导：… is no labelled heading going on, so no paragraph node is made
    text = ("一、总指挥部\n牵头领导：陈利众、盛付祥\n协助领导：钟伟华\n主要职责：负责综合协调各工作组督促落实各项工作任务；负责会务。\n"
            "责任单位：办公室、政法委、社会发展局\n二、宣传舆情组\n牵头领导：张志华\n主要职责：负责疫情防控工作的宣传报道。\n"
            "责任单位：组织部、宣传部\n")
    assert [n.id for n in segment(text, {}).sections] == ["1", "2"]


def test_responsibility_labels_in_a_row_are_no_paragraphs():
    text = (
        "一、重点工作\n"
        "（一）扩大有效投资。全年完成投资100亿元。\n"
        "牵头负责领导：金力。\n"
        "牵头责任单位：市发展改革委。\n"
        "协同责任单位：市经信局、市商务局。\n"
        "（二）促进消费。\n"
    )
    nodes = by_id(segment(text, {}))
    assert not any(k.startswith("1.1.p") for k in nodes)


def test_prose_after_items_written_one_paragraph_each_closes_even_after_heading_lines_with_paragraphs():
    text = (
        "一、总体要求\n"
        "以习近平新时代中国特色社会主义思想为指导，推动高质量发展。\n"
        "二、主要任务\n"
        "1.促进通关便利。落实进口便利措施。\n"
        "2.深化交流合作。依托服务平台提供服务。\n"
        "3.加强人才引进。完善人才政策。\n"
        "本方案各项任务纳入年度重点工作清单，定期督促检查。\n"
    )
    sections = segment(text, {}).sections
    assert sections[-1].kind == "closing"


def test_an_attachment_label_whose_download_links_were_dropped_is_no_node():
    text = (
        "为了在立法工作中充分发扬民主，现将草案公布，征求意见。\n"
        "附件（点击下载）：\n"
        "迪庆州人民政府法制办公室 2016年12月1日\n"
    )
    starts = [n.text[:4] for n in segment(text, {}).sections]
    assert "附件（点" not in starts


def test_a_box_titled_right_after_its_number_keeps_its_own_list_though_it_runs_past_the_open_item():
    text = (
        "一、主要任务\n"
        "（一）培育典型场景\n"
        "1.培育数字化转型典型场景。支持行业开展工作。\n"
        "2.加强解决方案研发。面向中小企业研发推广一批方案。\n"
        "专栏1数字化解决方案研发推广工程\n"
        "1.家用电器行业：个性化定制平台。\n"
        "2.家具行业：家具数字化设计平台。\n"
        "3.五金制品行业：研发推广工业机器人。\n"
        "4.造纸行业：生产运维管理云平台。\n"
        "（二）深入开展改造\n"
        "3.梯次推进企业智改数转。开展评估诊断。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(k for k in nodes if k.startswith("1.1.")) == ["1.1.1", "1.1.2"]
    assert "3.五金制品行业" in nodes["1.1.2"].text
    assert nodes["1.2.1"].marker == "3."


def test_a_box_titled_by_its_areas_priorities_without_a_number_is_text_of_the_item_it_stands_in():
    # ur_11: （10）其他标准。… / 智能装备标准建设重点 / 传感器与仪器仪表标准。… / 2. 智能工厂标准
    text = (
        "1. 智能装备标准\n"
        "（1）传感器与仪器仪表标准。主要包括数据格式等通用技术标准。\n"
        "（2）自动识别装备标准。主要包括数据编码等通用技术标准。\n"
        "智能装备标准建设重点\n"
        "传感器与仪器仪表标准。可靠性设计、性能评估等通用技术标准。\n"
        "自动识别装备标准。数据编码、性能评估等通用技术标准。\n"
        "人机协作系统标准。视觉图像获取与识别等文字图形图像标准。\n"
        "2. 智能工厂标准\n"
        "（1）智能工厂设计标准。主要包括设计要求等总体规划标准。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.1", "1.2", "2", "2.1"]
    assert "人机协作系统标准。" in nodes["1.2"].text and nodes["1.2"].kind == "item"


def test_run_in_headed_paragraphs_under_the_last_heading_are_its_paragraphs():
    text = (
        "三、开展三大行动，打造示范县\n"
        "始终坚持农业农村优先发展，接续全面推进乡村振兴。\n"
        "开展粮食安全保障行动。实施高标准农田16.5万亩。\n"
        "开展乡村产业振兴行动。力争村均收入增长9%以上。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.p1", "1.p2"]
    assert nodes["1.p2"].kind == "paragraph" and nodes["1.p2"].text.startswith("开展乡村产业振兴行动。")


def test_closing_remarks_after_the_last_item_stay_closing():
    text = "一、工作任务\n1.加强组织领导。\n2.强化督查考核。\n特此通知。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["p1"].kind == "closing"


def test_a_title_closed_by_a_full_stop_over_paragraphs_of_its_own_is_a_heading():
    # docs/gold-format.md "Heading or item": （一）指导思想。 alone on its line heads the paragraphs below it, as
    # （一）指导思想 does; a run-in line and a statement with figures stay items
    text = (
        "各区人民政府：\n现将方案印发给你们。\n一、总体要求\n（一）指导思想。\n以新发展理念为指导，推动高质量发展。\n"
        "（二）工作目标：\n到2025年，建成一批示范园区。\n（三）基本原则。坚持统筹推进，分类实施。\n"
        "二、主要指标\n1.地区生产总值增长8%以上。\n牵头单位：市发展改革委。\n2.一般公共预算收入与经济增长基本同步。\n"
        "牵头负责领导：张三。\n责任单位：市财政局\n3.财政收入增长8%左右。\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["1.1"] == "heading" and kinds["1.2"] == "heading"
    assert kinds["1.3"] == "item"  # run-in: the line goes on past its title
    # a statement with figures, a task over nothing but its note lines, a bare entry: items
    assert [kinds["2.1"], kinds["2.2"], kinds["2.3"]] == ["item", "item", "item"]


def test_an_article_whose_sentence_ends_in_a_colon_is_no_title():
    text = "第一条 为了规范管理，制定本办法。\n第二条 本办法所称登记机关是指：\n市和区市场监管部门。\n第三条 本办法自公布之日起施行。\n"
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["2"] == "item"


def test_the_last_of_a_list_of_bare_entries_stays_an_item_though_the_article_goes_on_after_it():
    text = (
        "第一条 为了规范管理，制定本办法。\n第二条 登记机关履行下列职责：\n（一）审核登记材料。\n（二）公示登记信息。\n"
        "（三）法律法规规定的其他职责。\n登记机关行使前款职权的，应当经登记机关负责人批准。\n第三条 本办法自公布之日起施行。\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert [kinds[f"2.{k}"] for k in (1, 2, 3)] == ["item", "item", "item"]


def test_an_entry_closing_a_list_that_a_second_list_follows_stays_an_item():
    # 第八条 lists 一般登记事项, goes on (除前款规定外…) and lists again: the first list's last entry heads nothing
    text = (
        "第一条 为了规范登记，制定本条例。\n第二条 市场主体的一般登记事项包括：\n（一）名称；\n（二）主体类型；\n"
        "（三）法定代表人姓名。\n除前款规定外，还应当登记下列事项：\n（一）股东姓名；\n（二）合伙人姓名。\n第三条 本条例自公布之日起施行。\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["2.3"] == "item"


def test_a_numbered_line_a_pdf_page_wrapped_mid_sentence_is_an_item_not_a_title():
    # ub_07: （六）个人承诺书，…并就本人诚信 / 和公正履职…进行承诺。 — one sentence wrapped at the page width, no title over text
    text = (
        "第十二条申请人应当提交下列材料：\n（五）拟设立机构的组织机构设置方案。\n"
        "（六）个人承诺书，含对本人（及配偶）是否有大额负债进行说明，并就本人诚信\n"
        "和公正履职、履行反洗钱和反恐怖融资义务等进行承诺。\n第十三条本细则自公布之日起施行。\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["1.2"] == "item"


def test_a_long_title_line_over_a_list_parted_by_a_blank_line_still_heads_it():
    # sc_10: 一、在国家已批准的行业规划和定点之外，部门和地方擅自开工建设的项目 / (blank) / 彩色显像管… — a title, not a wrap
    text = (
        "一、在国家已批准的行业规划和定点之外，部门和地方擅自开工建设的项目\n\n彩色显像管、显示管、投影管及配套零部件\n\n"
        "录像机及配件\n\n二、现有企业重复建设的项目\n\n程控交换机\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["1"] == "heading"


def test_fields_below_the_last_bare_title_are_its_text():
    # tc_15: 五、受理单位 / 广华寺街道城乡建设办公室 / 地址：五七大道九号 — the title heads the lines below it
    text = (
        "一、制定背景\n为深入贯彻落实全市工作部署，制定本方案。\n二、整治时间\n2024年3月10日至5月31日\n"
        "三、受理单位\n某某街道城乡建设办公室\n地址：五七大道九号\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["3"] == "heading"


def test_a_cut_marker_below_the_last_bare_title_is_no_text_of_it():
    # te_05: 二、主要工作任务 / （一 — the page cut the next entry off: the title line heads nothing
    text = "一、主要目标\n（一）全社会研发投入增长12%。\n二、主要工作任务\n（一\n"
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["2"] == "item"


def test_an_entry_after_bare_entries_keeps_a_remark_below_it_as_no_body_of_its_own():
    text = (
        "一、招聘条件\n（一）遵守宪法和法律；\n（二）具有良好的品行；\n（三）具有岗位所需的学历、学位证书。\n"
        "本次招聘中涉及年龄要求的，时间计算到报名截止日。\n（四）有下列情形之一者不得应聘：\n1.曾受过刑事处罚的；\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["1.3"] == "item"


def test_a_title_sentence_over_prose_the_stored_page_cuts_off_heads_it():
    # tn_05: 三、工作保障 / 1、加强领导，明确责任。 / 区行政审批局要加强领导，作好统筹协调和指导，与各街道形成合 (the page ends): the
    # paragraph under the title sentence is prose all the same; a bulleted entry cut so (▲增加值…) is a list's, no prose
    head = "三、工作保障\n1、做好宣传。\n各街道要加强宣传和推广应用，引导群众办理相关事项。\n2、加强领导，明确责任。\n"
    kinds = {n.id: n.kind for n in flat(segment(head + "区行政审批局要加强领导，作好统筹协调和指导，与各街道形成合", {}).sections)}
    assert kinds["1.2"] == "heading"
    kinds = {n.id: n.kind for n in flat(segment(head + "▲增加值可比增长14%左右，其中，第三产业", {}).sections)}
    assert kinds["1.2"] == "item"


def test_a_title_sentence_over_a_title_line_or_a_note_heads_nothing():
    # the last duty of a list over the next list's un-numbered title; an entry over a 注： line
    text = (
        "处长岗位职责（一）\n1、全面负责本处工作，组织制定年度工作计划并督促落实到位，定期检查总结，"
        "对本处人员进行考核，并协调与其他部门的工作关系，确保各项工作顺利完成。\n"
        "2、接受和完成学院领导交办的其他工作。\n副处长岗位职责（二）\n1、协助处长做好本处的全面工作。\n"
        "2、负责统计报表的审核与报送，按时向上级部门报送各类数据，并对数据质量负责，发现问题及时纠正。\n"
        "3、报送纸质材料。\n注：科目编码和科目名称均为必填项\n"
    )
    kinds = {n.id: n.kind for n in flat(segment(text, {}).sections)}
    assert kinds["1.2"] == "item" and kinds["2.3"] == "item"

def test_lines_each_closing_with_a_note_are_paragraphs_of_their_own():
    # batch sc: under 1.…, a run of lines each ending in a responsibility note are tasks one a line, whatever they
    # open with (a number in the first sentence keeps it from being a heading sentence)
    text = (
        "一、责任主体\n"
        "1.约束性指标的责任部门。\n"
        "全国总人口控制在136000万人。（人口计生委牵头）\n"
        "单位国内生产总值能源消耗降低20%。（发展改革委牵头）\n"
        "森林覆盖率达到20%。（林业局牵头）\n"
        "2.约束性指标的地区分解。\n"
        "各省、自治区、直辖市要确保完成国家下达的指标，具体指标任务另行下达。（发展改革委负责）\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in sorted(nodes) if k.startswith("1.1.")] == ["1.1.p1", "1.1.p2", "1.1.p3"]
    assert nodes["1.1.p2"].text.startswith("单位国内生产总值能源消耗降低20%")
    assert "1.2.p1" not in nodes  # a single noted line stays the item's own text


def test_the_banji_lines_below_the_signature_are_closing_nodes():
    """王经理签名章 / date, then the 版记 (GB/T 9704): 主送：A，B (not joined to the 抄送 line below, though it holds a
    comma and no stop), 抄送…, the 印发 line; each a closing node, none of them text of the last item."""
    seg = segment("关于某事征求意见\n认证中心、评估中心：\n现就以下问题征求意见：\n一.本部门多少人用早餐。\n二.是否建议班车提前。\n"
                  "王经理签名章\n2014年8月1日\n主送：信息技术研究中心，信息安全研究中心\n抄送基础软件研究室\n"
                  "某某研究院 2014年8月1日印发\n")
    kinds = [(n.kind, n.marker, n.text.split("\n")[0]) for n in seg.sections]
    assert kinds[-3:] == [("closing", None, "主送：信息技术研究中心，信息安全研究中心"), ("closing", None, "抄送基础软件研究室"),
                          ("closing", None, "某某研究院 2014年8月1日印发")]
    assert [n.marker for n in seg.sections if n.kind == "item"] == ["一.", "二."]
    assert seg.sections[-4].kind == "signature"
    assert seg.metadata.addressees == ["认证中心、评估中心", "信息技术研究中心", "信息安全研究中心"]


def test_the_subject_words_and_an_imprint_body_on_its_own_line_are_closing_nodes():
    """A notice of 2009 (GB/T 9704-1999): 主题词：… and the imprint's body above its 印发 date on a line of its own are
    版记 lines, each a closing node (not lines dropped between the signature and the 印发 line)."""
    seg = segment("某某大学关于做好岗位聘用工作的通知\n各学院：\n一、总体要求\n按时完成首次岗位设置与聘用。\n"
                  "二○○九年五月二十日\n-----------------------\n主题词：人事改革  岗位设置  聘用  工作  通知\n"
                  "某某大学校长办公室\n2009年5月21日印发\n")
    kinds = [(n.kind, n.text.split("\n")[0]) for n in seg.sections]
    assert kinds[-3:] == [("closing", "主题词：人事改革  岗位设置  聘用  工作  通知"), ("closing", "某某大学校长办公室"),
                          ("closing", "2009年5月21日印发")]


def test_the_imprint_under_the_copy_line_of_a_notice_without_numbered_lines_is_a_closing_node():
    # uc_01: 交通运输部（章） / 二○一二年一月十一日 / 主题词：… / 抄送：… / 交通运输部办公厅 2012年1月印发
    seg = segment("各省交通运输厅：\n根据有关规定，现发布第41批评定表，请遵照执行。\n附件：评定表\n某某部（章）\n二○一二年一月十一日\n"
                  "主题词：营运 客车 等级 通知\n抄送：各省道路运输局（处），各有关客车生产厂家。\n某某部办公厅 2012年1月印发\n")
    kinds = [(n.kind, n.text.split("\n")[0]) for n in seg.sections]
    assert kinds[-3:] == [("closing", "主题词：营运 客车 等级 通知"), ("closing", "抄送：各省道路运输局（处），各有关客车生产厂家。"),
                          ("closing", "某某部办公厅 2012年1月印发")]


def test_points_counted_off_one_a_paragraph_under_the_last_heading_are_its_text():
    # uf_06: 三、《若干政策》主要特点 / 《若干政策》在…提出了支持性举措。 / 一是对…给予补助。 / 二是对…: every heading
    # kept to one paragraph before, yet the counted-off points go on with the last heading's text (no closing nodes)
    text = ("为落实试验区建设工作，市政府印发《若干政策》。\n一、《若干政策》出台背景\n根据有关要求，特制定本政策。\n"
            "二、《若干政策》主要内容\n《若干政策》共七部分14条。\n三、《若干政策》主要特点\n《若干政策》在多个方面提出了支持性举措。\n"
            "一是对租用超算中心服务器的企业给予补助，单个企业年度最高补助50万元。\n"
            "二是对开展重点应用场景建设的牵头企业提供财政补助。\n三是对培养合格人才的单位给予补贴。\n")
    seg = segment(text, {})
    assert [(n.kind, n.marker) for n in seg.sections] == [("preamble", None), ("heading", "一、"), ("heading", "二、"),
                                                        ("heading", "三、")]
    assert seg.sections[-1].text.rstrip().endswith("三是对培养合格人才的单位给予补贴。")


def test_a_list_restarted_at_one_after_a_heading_s_lead_in_nests_under_that_heading():
    # a transmitted 报告: heading 二、 over its own text, then 要点是： and a list that restarts 一、二、三、 inside it;
    # the report's closing remark after the list (以上…) closes the document
    text = (
        "一、关于发展方针问题\n会议认为，要发展农业机械化。\n"
        "二、认真进行农机工业的调整工作\n目前，农机工业已经有了一个不小的基础。\n调整改组的要点是：\n"
        "一、改组拖拉机厂。大中型拖拉机厂由六十五个调整为三十五个。\n二、配件生产企业的调整。配件厂要专业化生产。\n"
        "三、提高牧业机械的比重。\n此外，还要发展渔业机械。\n"
        "以上报告如无不妥，请批转各地执行。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k[0].isdigit()] == ["1", "2", "2.1", "2.2", "2.3"]
    assert [nodes[k].level for k in ("2.1", "2.2", "2.3")] == [2, 2, 2]
    assert "此外，还要发展渔业机械" in nodes["2.3"].text
    assert nodes["p1"].kind == "closing"


def test_a_restart_after_a_colon_under_a_list_entry_stays_in_its_list():
    # the open node is an entry of the list (a sentence), not a heading: the second list goes on beside it
    text = "一、基本要求\n（一）遵守法律；\n（二）品行良好。\n有下列情形之一者不得应聘：\n（一）受过处罚的；\n（二）被开除的。\n"
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k.startswith("1.")] == ["1.1", "1.2", "1.3", "1.4"]


def test_an_attached_list_opening_at_one_under_a_bare_numbered_label_is_the_attached_body():
    # PDF text: the 附件 list, a page number, then 附件1 with its title glued on and the attached list 1. 2. …;
    # the second attachment's list goes on numbering the top level, and the page number is no attachment line
    text = (
        "一、总体要求\n（一）加强统筹协调。建立工作机制。\n（二）加强宣传推广。编制案例集。\n"
        "附件：1.典型场景清单\n2.标准应用清单\n10\n附件1典型场景清单\n"
        "1.典型场景：研发设计\n痛点：产品设计环节复杂。\n2.典型场景：生产制造\n痛点：产线存在信息孤岛。\n"
        "附件2标准应用清单\n1.数字化车间：推广应用国家标准。\n2.系统互联互通：推广应用系列标准。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k[0].isdigit()] == ["1", "1.1", "1.2", "2", "3", "4", "5"]
    assert nodes["4"].marker == "1." and nodes["4"].text.startswith("1.数字化车间")
    assert [nodes[k].kind for k in nodes if k.startswith("p")] == ["attachment", "attachment"]


def test_an_attached_list_under_the_label_its_title_and_its_first_part_s_name_is_the_attached_body():
    # the last paragraph left without its 。 does not swallow the 附件 label below it, and 附件 / title / the first
    # part's name (its 一、 left out) / 1. opens the attached body: its entries number on at the top level
    text = (
        "一、总体要求\n（一）加强统筹协调。建立工作机制。\n（二）提升服务支撑水平\n依托行业协会等机构，为企业提供诊断服务，营造良好氛围\n"
        "附件：典型场景\n附件\n典型场景\n研发设计\n"
        "1.典型场景：大型发电机组数字化设计\n痛点：设计效率较低。\n2.典型场景：开关数字化设计\n痛点：参数不全。\n"
        "二、生产制造\n3.典型场景：特高压装备智能化制造\n痛点：零部件繁多。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k[0].isdigit()] == ["1", "1.1", "1.2", "2", "3", "4", "4.1"]
    assert nodes["p1"].kind == "attachment" and nodes["2"].marker == "1."
    assert not nodes["1.2"].text.rstrip().endswith("研发设计")


def test_a_title_glued_to_its_text_on_one_line_heads_it():
    # docs/gold-format.md, Heading or item: a title glued to its text (no stop between) is a title paragraph, a
    # heading; so is the next entry of its list (a glued entry is no bare entry of a list)
    text = (
        "一、高度重视保护工作保护设施安全是保证供应的基础。各地要加强领导。\n二、建立健全长效机制地方各级人民政府要切实负起责任。\n"
        "三、进度要求\n（一）前期筹备阶段（2月）对道路问题进行全面排查。\n（二）全面实施阶段（3月-7月）召开协调会。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["2"].title == "建立健全长效机制" and nodes["2"].kind == "heading"
    assert [(nodes[k].title, nodes[k].kind) for k in ("3.1", "3.2")] == [
        ("前期筹备阶段（2月）", "heading"), ("全面实施阶段（3月-7月）", "heading")]
    # the first entry's title is not found without an opener: it stays a run-in item
    assert nodes["1"].kind == "item"


def test_the_last_bare_heading_before_an_attached_body_takes_the_text_below_it():
    # the attached document numbers its own body (its items one paragraph each), so the notice's last heading is not
    # the last numbered line; the sentence under its bare title line is its text all the same, not a closing remark
    text = (
        "一、考评对象\n各旗县区人民政府。\n二、考评内容\n政务服务建设情况。\n三、考评结果应用\n"
        "考评结果全市通报并上报市委、市政府，同时纳入领导班子实绩考核内容。\n附件：\n某市建设考评指标\n附件\n某市建设考评指标\n"
        "一、政务服务（25分）\n（一）平台建设（3分）\n1.除涉密事项外，各级政务服务事项全部开通全程网办。\n"
        "2.完成适老化改造，适应特殊群体需求。\n3.推进数据共享，提升审批效率。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["3"].kind == "heading" and "实绩考核" in nodes["3"].text
    assert not any(n.kind == "closing" for n in nodes.values())


def test_a_labelled_run_the_last_item_leads_into_is_its_paragraphs_not_closing_remarks():
    text = (
        "1、各乡镇要结合实际制定本辖区的整体方案，落实责任。\n2、各街道要组织人力在禁放区设立明显标志，加强巡查。\n"
        "3、各部门要各司其职、恪尽职守，组织好各项工作。其职责分工为：\n"
        "区委宣传部：制订宣传工作方案，组织新闻单位宣传。\n商委：协调有关单位做好销售管理。\n教委：负责在中小学校贯彻规定。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [(k, nodes[k].title) for k in nodes if k.startswith("3.p")] == [("3.p1", "区委宣传部"), ("3.p2", "商委"), ("3.p3", "教委")]
    assert not any(n.kind == "closing" for n in nodes.values())


def test_chapters_cited_as_a_list_or_a_range_head_nothing():
    nodes = by_id(segment("纲要要点如下。\n第三章、第八章至九章\n经济持续增长。\n第四十三至四十五章\n改善教育体系。\n", {}))
    assert not any(n.marker for n in nodes.values())


def test_a_transmitted_report_s_own_list_after_a_signature_is_not_nested():
    text = (
        "各省人民政府：\n一、同意报告。\n二、认真执行\n请各地抓紧落实。\n国务院\n一九八〇年四月十七日\n"
        "国务院：\n现将会议情况报告如下：\n一、会议认为，要加快发展。\n二、会议要求，要抓紧调整。\n"
    )
    nodes = by_id(segment(text, {}))
    assert all(n.level == 1 for k, n in nodes.items() if n.marker)


def test_decimal_outline_nests_by_parts():
    # ru_05 / 应急预案: 1. heads the outline (level 1), 1.1 under it (2), 1.2.1 under 1.2 (3); 2. without
    # subsections after 1.2.2 is a head too; a 1. 2. list under a subsection stays items of it
    text = (
        "1.总则\n"
        "1.1编制目的\n"
        "为做好应急工作，制定本预案。\n"
        "1.2工作原则\n"
        "1.2.1 统一领导\n"
        "由指挥部统一领导。\n"
        "1.2.2 分级负责\n"
        "各级分级负责。\n"
        "2.总结评估\n"
        "应急结束后进行总结。\n"
        "3.应急保障\n"
        "3.1人力资源保障\n"
        "1.组建专业队伍。\n"
        "2.开展培训演练。\n"
        "3.2物资保障\n"
        "储备应急物资。\n"
    )
    nodes = by_id(segment(text, {}))
    numbered = {k: (n.level, n.marker) for k, n in nodes.items() if n.marker}
    assert numbered == {
        "1": (1, "1."), "1.1": (2, "1.1"), "1.2": (2, "1.2"), "1.2.1": (3, "1.2.1"), "1.2.2": (3, "1.2.2"),
        "2": (1, "2."), "3": (1, "3."), "3.1": (2, "3.1"), "3.1.1": (3, "1."), "3.1.2": (3, "2."), "3.2": (2, "3.2"),
    }


def test_bracketed_latin_letters_are_entries_under_a_decimal_part():
    # uw_02 (人工智能安全治理框架): 3.1.1 模型算法安全风险 / (a)可解释性差的风险。… / (b)…: lower-case letters in brackets
    # number the entries of the outline's deepest part; (a) + formula or code is no entry
    text = (
        "1.安全风险分类\n"
        "人工智能系统各环节都面临安全风险。\n"
        "1.1 内生安全风险\n"
        "1.1.1 模型算法安全风险\n"
        "(a)可解释性差的风险。推理过程难以理解。\n"
        "(b)偏见、歧视风险。训练数据可能带有偏见。\n"
        "1.1.2 数据安全风险\n"
        "（a）违规收集使用数据风险。数据获取存在风险。\n"
    )
    nodes = by_id(segment(text, {}))
    numbered = {k: (n.level, n.marker, n.number) for k, n in nodes.items() if n.marker}
    assert numbered == {
        "1": (1, "1.", 1), "1.1": (2, "1.1", 1), "1.1.1": (3, "1.1.1", 1), "1.1.1.1": (4, "（a）", 1),
        "1.1.1.2": (4, "（b）", 2), "1.1.2": (3, "1.1.2", 2), "1.1.2.1": (4, "（a）", 1),
    }


def test_a_mistyped_entry_number_restarts_no_list():
    # uw_02 6.1: (a) (b) (c) (a) (e) (f) — the second (a) stands for (d): the list goes on from (c) after it, so it is
    # no restart under a level the document leaves out (no inferred group is made)
    text = (
        "1.安全开发应用指引\n"
        "1.1 研发者安全开发指引\n"
        "(a)研发者应切实践行以人为本。\n"
        "(b)研发者应重视数据安全。\n"
        "(c)研发者应确保训练环境的安全性。\n"
        "(a)研发者应评估模型算法潜在偏见。\n"
        "(e)研发者应评估产品和服务能力。\n"
        "(f)研发者应做好版本管理。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [(k, n.marker) for k, n in nodes.items() if k.startswith("1.1.")] == [
        ("1.1.1", "（a）"), ("1.1.2", "（b）"), ("1.1.3", "（c）"), ("1.1.4", "（a）"), ("1.1.5", "（e）"), ("1.1.6", "（f）"),
    ]
    assert not any(n.inferred for n in nodes.values())


def test_a_decimal_head_written_without_its_stop_heads_the_outline():
    # batch td (梁山县, 龙驹镇 应急预案): 1 总则 / 1总则 over 1.1 is the outline's head, as 1.总则 is; a short line
    # opening with a number that no N.1 follows (10个社区) stays text
    text = (
        "1 总则\n"
        "1.1 编制依据\n"
        "依据有关法律法规，制定本预案。\n"
        "1.2 适用范围\n"
        "10个社区\n"
        "2组织体系\n"
        "2.1领导机构\n"
        "成立应急指挥部。\n"
    )
    nodes = by_id(segment(text, {}))
    numbered = {k: (n.level, n.marker) for k, n in nodes.items() if n.marker}
    assert numbered == {"1": (1, "1"), "1.1": (2, "1.1"), "1.2": (2, "1.2"), "2": (1, "2"), "2.1": (2, "2.1")}
    assert nodes["1"].title == "总则" and nodes["2"].title == "组织体系" and "10个社区" in nodes["1.2"].text


def test_decimal_figures_head_nothing():
    # a figure opening a line (1.2万元 / 1.5%) or a date is text of the node above, never a marker
    text = (
        "一、资金安排\n"
        "2023.1.1起执行新标准。\n"
        "1.2万元用于培训。\n"
        "1.5%的经费用于宣传。\n"
        "二、组织保障\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(k for k, n in nodes.items() if n.marker) == ["1", "2"]
    assert "1.2万元" in nodes["1"].text and "1.5%" in nodes["1"].text


def test_ordinal_points_under_a_heading():
    # sc_11: 第一、…第五、 list the points under 一、, at the level of （一）
    text = (
        "一、“六五”期间计算机应用情况\n"
        "“六五”期间，计算机应用取得了进展：\n"
        "第一、各行各业应用计算机为传统产业改造服务。\n"
        "第二、邮电通信系统开始应用计算机。\n"
        "二、“七五”期间的发展目标\n"
        "（一）应用计算机改造传统产业\n"
    )
    nodes = by_id(segment(text, {}))
    assert [(k, nodes[k].level, nodes[k].marker) for k in ("1.1", "1.2", "2.1")] == [
        ("1.1", 2, "第一、"), ("1.2", 2, "第二、"), ("2.1", 2, "（一）")]
    assert "2" in nodes and nodes["2"].marker == "二、"


def test_decimal_parts_hang_from_their_item_under_an_outline():
    # a 磋商文件 under （一）: 2.…情形之一的： / 2.1 / 2.2 are parts of item 2., and （二） closes them
    text = (
        "一、评审程序\n"
        "（一）磋商文件审查\n"
        "1.磋商小组审查磋商文件。\n"
        "2.磋商文件有下列情形之一的，应当停止评审：\n"
        "2.1磋商文件的规定存在歧义的；\n"
        "2.2磋商文件明显以不合理条件对供应商实行差别待遇的。\n"
        "（二）供应商资格审查\n"
    )
    nodes = by_id(segment(text, {}))
    numbered = {k: (n.level, n.marker) for k, n in nodes.items() if n.marker}
    assert numbered == {
        "1": (1, "一、"), "1.1": (2, "（一）"), "1.1.1": (3, "1."), "1.1.2": (3, "2."),
        "1.1.2.1": (4, "2.1"), "1.1.2.2": (4, "2.2"), "1.2": (2, "（二）"),
    }


def test_a_paragraph_where_its_list_lost_the_first_marker_is_the_first_entry():
    # the stored text lost （一）: the paragraph before （二） is entry 1 and the 1.–2. items below it are its children
    text = (
        "三、重点任务\n"
        "实施重点企业培育工程。围绕基础层和应用层，建设创新平台。\n"
        "1.培育领军企业。支持企业建设创新中心。\n"
        "2.孵化创新型企业。积极引进研究机构。\n"
        "（二）实施场景赋能工程。以赋能制造业为重点。\n"
        "3.加快重点产品研发。以市场需求为牵引。\n"
        "四、保障措施\n"
        "加强组织协调。在专班的指导下，建立协调机制。\n"
        "（二）加大政策支持。引导企业加大研发。\n"
        "（三）搭建赋能平台。开展对接活动。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2", "2.1", "2.2", "2.3"]
    assert (nodes["1.1"].kind, nodes["1.1"].level, nodes["1.1"].marker) == ("heading", 2, None)
    assert nodes["1.1"].text.startswith("实施重点企业培育工程")
    assert (nodes["2.1"].kind, nodes["2.1"].level) == ("item", 2)
    assert nodes["2.2"].marker == "（二）"


def test_a_bare_title_line_where_the_list_skips_a_number_is_the_lost_entry():
    # vk_10: 一、总体要求 / its text / 加强组合驾驶辅助准入与召回管理 / (一)… / 三、…: the copy lost 二、, its title left as a
    # bare line above (一); that line is entry 2 and the (一)… below it are its children
    text = (
        "一、总体要求\n"
        "坚持以新时代中国特色社会主义思想为指导，统筹发展和安全。\n"
        "加强组合驾驶辅助准入与召回管理\n"
        "(一)完善新技术产品技术管理要求。汽车生产企业根据指南开展工作。\n"
        "(二)加强组合驾驶辅助准入管理。企业生产搭载系统的汽车的，应当申请。\n"
        "三、强化汽车软件在线升级协同管理\n"
        "(三)加强OTA升级活动监督管理。企业实施升级活动前，应当确保安全。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "2", "2.1", "2.2", "3", "3.1"]
    assert (nodes["2"].kind, nodes["2"].level, nodes["2"].marker) == ("heading", 1, None)
    assert nodes["2"].title == "加强组合驾驶辅助准入与召回管理"
    assert nodes["1"].kind == "heading" and "召回" not in nodes["1"].text
    assert nodes["3"].marker == "三、"


def test_a_bare_line_above_the_children_stays_text_when_the_numbers_run_on():
    # 一、 then 二、: nothing is lost, so a short line above (一) is the heading's text, not an entry
    text = (
        "一、总体要求\n"
        "坚持以新时代中国特色社会主义思想为指导，统筹发展和安全。\n"
        "加强组合驾驶辅助准入与召回管理\n"
        "(一)完善新技术产品技术管理要求。汽车生产企业根据指南开展工作。\n"
        "二、强化汽车软件在线升级协同管理\n"
        "(二)加强OTA升级活动监督管理。企业实施升级活动前，应当确保安全。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.1", "2", "2.1"]
    assert "召回" in nodes["1"].text


def test_an_attached_document_s_opening_below_its_label_and_title_is_a_preamble():
    # vk_02, vk_10: a notice numbered by its own articles, then 附件1 / its title / its opening paragraph / 一、…: the
    # opening is the attached document's preamble, not the notice's closing remark
    text = (
        "第一条 为加强道路机动车辆生产企业及产品准入管理，制定本指南。\n"
        "第二条 智能网联汽车生产企业应满足企业安全保障能力要求。\n"
        "附件：1.智能网联汽车生产企业安全保障能力要求\n"
        "附件1\n"
        "智能网联汽车生产企业安全保障能力要求\n"
        "企业应具备专职的功能安全和网络安全保障团队，负责产品全生命周期的安全保障工作。\n"
        "企业安全保障能力要求包括功能安全保障要求和软件升级管理要求。\n"
        "一、企业功能安全保障要求至少包括：\n"
        "（一）企业应满足汽车安全生命周期相关阶段的功能安全活动流程要求。\n"
        "附件2\n"
        "智能网联汽车产品准入测试要求\n"
        "产品准入测试要求是指申请准入的智能网联汽车产品应至少满足模拟仿真测试要求。\n"
        "一、驾驶自动化系统模拟仿真测试的要求至少包括：\n"
        "（一）模拟仿真测试应能验证驾驶自动化系统在典型场景下的安全性。\n"
    )
    nodes = by_id(segment(text, {}))
    openings = [n for n in nodes.values() if n.kind == "preamble"]
    assert [n.text[:6] for n in openings] == ["企业应具备专", "企业安全保障", "产品准入测试"]
    assert not any(n.kind == "closing" for n in nodes.values())


def test_a_paragraph_before_a_list_that_starts_at_one_stays_a_paragraph():
    text = (
        "三、重点任务\n"
        "实施重点企业培育工程。围绕基础层和应用层，建设创新平台。\n"
        "（一）培育领军企业。支持企业建设创新中心。\n"
        "（二）孵化创新型企业。积极引进研究机构。\n"
    )
    nodes = by_id(segment(text, {}))
    assert "1.1" in nodes and nodes["1.1"].marker == "（一）"
    assert all(n.marker is not None or n.kind != "heading" for n in nodes.values())


def test_a_commendation_closes_with_a_remark_after_the_list_of_names_under_its_last_title_line():
    # 二、先进个人 / names (no prose) / 希上述…: the names are the last heading's text, 希上述… a closing remark
    text = (
        "各乡镇人民政府：\n"
        "2012年，我县民政工作取得了可喜的成绩。经研究，决定对下列单位和个人予以表彰。\n"
        "一、先进集体\n"
        "白塔镇人民政府、皤滩乡人民政府\n"
        "二、先进个人\n"
        "徐荣伟（安洲街道办事处）\n"
        "应先弟（安洲街道办事处）\n"
        "希上述受表彰的先进集体和先进个人再接再厉，再创佳绩。\n"
        "仙居县人民政府\n"
        "2013年4月26日\n"
    )
    nodes = by_id(segment(text, {}))
    assert (nodes["2"].kind, nodes["p3"].kind, nodes["p4"].kind) == ("heading", "closing", "signature")
    assert "应先弟" in nodes["2"].text and nodes["p3"].text.startswith("希上述")


def test_a_page_number_after_a_list_entry_is_no_text_of_it():
    # PDF text: 2、《…》 / 3 (the page's number) / 3、《…》: the entry is an item of the list, not a heading over text
    text = "三、规划依据\n1、《城乡规划法》（2019年修正）\n2、《土壤污染治理修复规划》（2018年）\n3\n3、《气象灾害防御条例》（2019年）\n"
    nodes = by_id(segment(text, {}))
    assert [nodes[k].kind for k in ("1.1", "1.2", "1.3")] == ["item", "item", "item"]


def test_a_labelled_title_line_over_paragraphs_of_its_own_is_a_heading():
    # 1.典型场景：研发设计 (a label and its value, no sentence) over its own paragraphs; a run-in label line stays an item
    text = (
        "三、典型场景\n"
        "1.典型场景：研发设计\n痛点：产品设计环节复杂，数字化工具应用不足。\n改造目标：数字化研发设计。\n"
        "2.典型场景：生产制造\n痛点：产线存在信息孤岛。\n"
        "3.牵头单位：市发展改革委负责推进，各区配合落实。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[k].kind for k in ("1.1", "1.2", "1.3")] == ["heading", "heading", "item"]


def test_a_copy_list_wrapped_onto_the_next_line_is_one_closing_node():
    text = (
        "各区人民政府：\n现将政策印发给你们。\n一、支持研发。给予奖励。\n二、支持应用。给予补助。\n"
        "本政策自印发之日起施行。\n"
        "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市法院，市检察院。\n"
        "各民主党派市委。\n"
        "济南市人民政府办公厅 2019年1月3日印发\n"
    )
    nodes = by_id(segment(text, {}))
    closing = [n for k, n in nodes.items() if n.kind == "closing"]
    assert [n.text[:4] for n in closing] == ["本政策自", "抄送：市", "济南市人"]
    assert closing[1].text.endswith("各民主党派市委。")


# sh_06: a reply to deputies, closed by thanks after the last heading's text
REPLY_TO_DEPUTIES = (
        "刘庆峰等15位代表：\n"
        "你们提出的建议收悉。现答复如下：\n"
        "一、主要进展\n"
        "民政部印发通知，部署相关工作。\n"
        "二、下步工作安排\n"
        "下一步，民政部将会同有关部门加强关爱工作。\n"
        "感谢你们对民政工作的关心和支持！\n"
)


def test_the_thanks_closing_a_reply_to_deputies_is_a_closing_node():
    text = REPLY_TO_DEPUTIES
    sections = segment(text, {}).sections
    assert sections[0].kind == "addressee"
    assert sections[-1].kind == "closing" and sections[-1].text.startswith("感谢你们")
    assert not any(s.kind == "closing" for s in segment(text.replace("感谢你们对民政工作的关心和支持！", "感谢各方积极参与。"), {}).sections)


def test_an_undated_issuer_closing_the_text_is_the_signature():
    # sh_06: 民政部 as the last line, after the reply's thanks, no date below it
    text = REPLY_TO_DEPUTIES + "民政部\n"
    sections = segment(text, {}).sections
    assert [s.kind for s in sections[-2:]] == ["closing", "signature"]
    # a last short line that names no body is no signature
    other = segment(text.replace("民政部\n", "附表略\n"), {}).sections
    assert other[-1].kind != "signature"


def test_numbered_title_above_a_record_s_bare_field_labels_heads_nothing():
    # sk_15: a library record page prints the excerpt's numbered title above its field labels, each alone on a
    # line with its value below; the title is the record's name, and the 摘要 value is not the body
    text = (
        "首页\n"
        "三、计划任务与指标\n"
        "知识类型:\n"
        "析出资源\n"
        "摘要:\n"
        "本文记述了1986年~1990年某市计划任务与指标发展情况。\n"
        "关键词:\n"
        "经济计划\n"
        "计划期间，全市的总目标是：1990年工业总产值达到100亿元。\n"
        "全市人口1990年控制在633.1万人。\n"
    )
    sections = segment(text, {}).sections
    assert [s.kind for s in sections] == ["preamble", "preamble"]
    assert sections[0].text.startswith("计划期间")
    # a numbered line over text (not over a bare label) still heads it
    headed = segment("三、计划任务与指标\n计划期间，全市的总目标是：1990年工业总产值达到100亿元。\n", {}).sections
    assert any(s.marker == "三、" for s in flat(headed))


def test_a_year_lead_in_line_is_a_paragraph_of_its_own():
    # sk_13: 到2000年: alone on its line over the paragraphs of goals it dates
    text = "辐射污染防治。加强核电站辐射环境监测。\n到2000年:\n工业废水排放量控制在300亿吨。\n"
    sections = segment(text, {}).sections
    assert [s.text.strip() for s in sections][1:] == ["到2000年:", "工业废水排放量控制在300亿吨。"]


def test_run_in_headed_paragraphs_before_any_heading_are_preamble_nodes():
    # a crawler kept the paragraphs and dropped the heading lines: nothing numbered stands above them
    text = (
        "各市、县（区）人民政府，省政府各部门：\n"
        "普通高中教育是国民教育体系的重要组成部分。现提出如下意见。\n"
        "坚持正确方向。围绕培养什么人，落实立德树人根本任务。\n"
        "坚持改革创新。针对突出问题，深化改革。坚持统筹协调。统筹推进各项改革。\n"
        "到2022年，全面培养体系进一步完善。\n"
    )
    sections = segment(text, {}).sections
    assert [(s.id, s.kind, s.level) for s in sections] == [
        ("p1", "addressee", 1), ("p2", "preamble", 1), ("p3", "preamble", 1), ("p4", "preamble", 1), ("p5", "preamble", 1),
    ]
    # two run-in heads in one line stay one paragraph
    assert sections[3].text.startswith("坚持改革创新。") and "坚持统筹协调。统筹推进各项改革。" in sections[3].text
    assert sections[2].title is None



def test_a_last_line_cut_off_by_the_page_is_the_last_node_s_text():
    # a page stored up to a fixed length: its last paragraph stops mid-word; the text is kept, and the title above it
    # is a heading with text of its own, not a bare title line
    text = "某某方案\n为进一步完善城市功能，制定本方案。\n一、工作目标\n按照“一年打基础、起势头，两年重攻坚”的工作要求，走\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1"].kind == "heading" and nodes["1"].text.endswith("的工作要求，走")
    # after an item that runs on, the cut sentence is that item's text as well
    nodes = by_id(segment(text.replace("一、工作目标\n", "一、工作目标。到2025年建成示范城市。\n"), {}))
    assert nodes["1"].text.endswith("的工作要求，走")


def test_a_bare_attachment_label_before_the_body_lists_attachments_not_items():
    # batch ss (汉阴): 附件： over numbered plan titles above the signature; the attached plan's 一、 is the body
    text = (
        "各镇人民政府：\n五个方案已经县政府同意，现印发给你们。\n附件：\n1.国土空间规划专项行动方案\n"
        "2.城市建设专项行动方案\n3.城乡融合发展专项行动方案\n县人民政府办公室\n2022年10月28日\n"
        "附件1\n国土空间规划专项行动方案\n为贯彻落实工作要求，特制定本方案。\n一、总体要求\n编制规划，要坚持新发展理念。\n"
    )
    nodes = by_id(segment(text, {}))
    top = [(k, n.kind, n.text[:4]) for k, n in nodes.items() if "." not in k]
    assert top == [
        ("p1", "addressee", "各镇人民"), ("p2", "preamble", "五个方案"), ("p3", "attachment", "附件："),
        ("p4", "attachment", "1.国土"), ("p5", "attachment", "2.城市"), ("p6", "attachment", "3.城乡"),
        ("p7", "signature", "县人民政"), ("p8", "preamble", "为贯彻落"), ("1", "heading", "一、总体"),
    ]


def test_a_clause_the_stored_copy_was_cut_in_ends_the_text_as_a_paragraph():
    # sq_06: …特色产业基地。\n《方案》强调，围绕工程机械、轨道交通等优势产业，进一步发挥湖湘特色 (cut) — a sentence, not
    # a title line (nothing follows for it to head)
    text = ("到2027年，全省食品加工业营业收入超过8000亿元，建成全国知名的食品产业基地。\n"
            "《方案》强调，围绕工程机械、轨道交通等优势产业，进一步发挥湖湘特色\n")
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["p1", "p2"] and nodes["p2"].kind == "preamble"
    # a title closing the text stays none (…实施方案 with nothing below it)
    assert sorted(by_id(segment(text.replace("进一步发挥湖湘特色", "湖南省现代化产业体系建设实施方案"), {}))) == ["p1"]


def test_a_run_of_lines_opening_with_longer_heading_sentences_are_headed_paragraphs():
    # batch sr (sr_15): under （一）发展成就, three lines in a row each open with a 17–24 character heading sentence
    text = (
        "一、发展环境\n（一）发展成就。\n“十三五”时期，全市文化和旅游行业坚持稳中求进，推动高质量发展。\n"
        "文化产业作为全市经济战略性支柱产业的地位更为巩固。产业规模持续扩大。\n"
        "文化消费成为城乡居民美好生活的重要组成部分。人均消费稳步提高。\n"
        "公共文化服务成为传承弘扬优秀文化的重要载体。服务体系更加完善。\n"
    )
    titles = {n.id: n.title for n in flat(segment(text, {}).sections)}
    assert titles.get("1.1.p1") == "文化产业作为全市经济战略性支柱产业的地位更为巩固"
    assert titles.get("1.1.p3") == "公共文化服务成为传承弘扬优秀文化的重要载体"
    # two such lines, or rules (应当 / 不得), stay the heading's text
    text = (
        "第十六条 市场主体歇业的办理。\n市场主体应当在歇业前向登记机关办理备案手续。登记机关予以公示。\n"
        "市场主体歇业的期限最长不得超过三年的时间。期满前恢复营业。\n"
        "市场主体歇业期间应当以法律文书送达地址代替住所。依法办理。\n"
    )
    assert not any(n.kind == "paragraph" for n in flat(segment(text, {}).sections))


def test_a_news_credit_line_above_the_lead_is_no_node_and_no_part_of_it():
    # 某报整理，来源：某网站: who compiled the copy and where from; the lead below is the first preamble on its own
    text = ("某某报微信整理，来源：某某委员会网站\n3月2日，某某委员会网站发布通知，支持企业发行债券。\n"
            "某某委员会关于支持企业发行债券的通知\n各省发展改革委：\n为支持企业融资，现就有关事项通知如下。\n"
            "一、支持优质企业发行债券。\n")
    nodes = by_id(segment(text, {}))
    assert nodes["p1"].kind == "preamble" and nodes["p1"].text.startswith("3月2日")
    assert not any("整理" in n.text for n in nodes.values())


def test_a_pages_download_list_after_the_signature_is_no_node():
    text = ("各市财政局：\n现将修订后的办法印发给你们，请遵照执行。\n附件：某某资金管理办法\n某省财政厅\n2020年3月24日\n"
            "附件下载：\n附件1 某某资金管理办法.docx\n附件2 某某资金分配测算方法.pdf\n附件3 某某补助经")
    seg = segment(text, {})
    nodes = by_id(seg)
    assert [n.kind for n in seg.sections] == ["addressee", "preamble", "attachment", "signature"]
    assert not any(".docx" in n.text for n in nodes.values())
    assert seg.metadata.attachments == ["某某资金管理办法"]



def test_a_headed_line_the_page_cuts_off_at_its_end_is_a_run_in_paragraph():
    # su_07: 一、… / its own text / 突出工业主体地位。投资200亿元，…推进金澳 (cut): the run of headed paragraphs goes on
    # past the cut, so the last line heads a paragraph of its own
    text = ("为确保完成重点工作，现提出如下分工：\n一、加快转型升级，提升产业竞争力\n坚持调优调强，加快构筑现代产业高地。\n"
            "突出工业主体地位。投资200亿元，实施工业项目工程。安排财政引导资金，推进金澳\n")
    nodes = by_id(segment(text, {}))
    assert nodes["1.p1"].kind == "paragraph" and nodes["1.p1"].text.startswith("突出工业主体地位。")
    assert nodes["1"].text.endswith("现代产业高地。")
    # a complete last line (closed by 。) is the heading's text, as a lone headed line always was
    nodes = by_id(segment(text.replace("推进金澳", "推进技改。"), {}))
    assert "1.p1" not in nodes and nodes["1"].text.endswith("推进技改。")
    # tm_06: 第一节 … / its own text / 综合实力跨上新台阶。“十三五”期间全县经济保持较快发 — cut mid-word in its first clause
    cut = ("第一章 乘势而上迈向新征程\n第一节 如期全面建成小康社会\n“十三五”时期，全县上下奋发有为推进各项事业发展。\n"
           "综合实力跨上新台阶。“十三五”期间全县经济保持较快发\n")
    nodes = by_id(segment(cut, {}))
    assert nodes["1.1.p1"].title == "综合实力跨上新台阶"



def test_attached_table_lists_are_looked_for_only_on_lines_opening_with_附():
    # speed10j: attachment_label (moved from tree to segment.layout) tries ATTACHED_TABLE_LIST (^附…) only on a line
    # whose first character is 附
    from types import SimpleNamespace

    from policyparse.grammar import ATTACHED_TABLE_LIST
    from policyparse.segment.layout import attachment_label as _attachment_label
    from policyparse.segment.roles import Roles

    texts = ["附表：1．建设计划表", "附图: 1 布局图", "一、总体要求", "本表附：说明", "2.附表：清单"]
    roles = Roles([SimpleNamespace(s=s) for s in texts])
    got = [_attachment_label(roles, i) for i in range(len(texts))]
    assert [m.group(2) if m else None for m in got] == ["1．建设计划表", "1 布局图", None, None, None]
    assert [ATTACHED_TABLE_LIST.match(s) is not None for s in texts] == [True, True, False, False, False]


def test_a_second_paragraph_after_the_last_of_one_paragraph_title_lines_closes_the_notice():
    # batch sx: 一、 / 二、 / 三、 title lines each over one paragraph; the remark after the last one's paragraph
    # (above the 附件 list) is the notice's closing, not more of 三、
    text = (
        "各乡镇人民政府：\n现就有关事宜通知如下：\n"
        "一、落实责任，确保质量\n各责任单位要制定计划，明确责任。\n"
        "二、密切配合，各负其责\n牵头单位要牵头抓总，积极组织实施。\n"
        "三、加强督查，有效监督\n区政府办公室将加强跟踪督查。\n"
        "以下附件中责任人发生变动后，由继任领导担任。\n"
        "附件：任务分解表\n某区人民政府办公室\n2018年8月16日\n"
    )
    top = segment(text, {}).sections
    kinds = [(n.id, n.kind) for n in top]
    assert ("3", "heading") in kinds and ("p3", "closing") in kinds
    assert "以下附件" not in by_id(segment(text, {}))["3"].text


def test_title_lines_over_several_paragraphs_keep_a_later_paragraph():
    text = (
        "各乡镇人民政府：\n现就有关事宜通知如下：\n"
        "一、落实责任\n各责任单位要制定计划。\n各单位要明确责任人。\n"
        "二、密切配合\n牵头单位要牵头抓总。\n"
        "三、加强督查\n区政府办公室将加强跟踪督查。\n督查结果纳入年度考核。\n"
        "某区人民政府办公室\n2018年8月16日\n"
    )
    assert "督查结果纳入年度考核" in by_id(segment(text, {}))["3"].text


def test_a_sentence_led_by_a_dash_into_the_lines_below_is_a_paragraph_of_its_own():
    # sw_14: …可概括为“183”行动—— / “1”就是… / “8”就是…: the dash leads in as a colon does; no line joins it
    text = "据介绍，方案提出了12项重点任务，可概括为“183”行动——\n“1”就是制定一个规划，确保一张蓝图绘到底。\n“8”就是实施八大工程。\n"
    nodes = [n for n in flat(segment(text, {}).sections)]
    assert [n.text[:6] for n in nodes] == ["据介绍，方案", "“1”就是制", "“8”就是实"]


def test_a_sharing_site_s_note_on_its_preview_is_front_matter():
    # sw_13: 资源预览文档简介为自动调取，…请您下载后查看完整的文档内容。 above the document: no paragraph of it
    text = ("资源预览文档简介为自动调取，内容显示的完整度及准确度或有误差，请您下载后查看完整的文档内容。\n"
            "某某意见\n为加快推进小城镇建设，制定本意见。\n一、工作目标\n打造区域中心。\n")
    nodes = [n for n in flat(segment(text, {}).sections)]
    assert [n.text[:6] for n in nodes] == ["为加快推进小", "一、工作目标"]


def test_a_sharing_site_s_line_on_the_file_it_shows_is_front_matter():
    # tj_07, sz_02, te_02: 《….docx》由会员分享，可在线阅读，… above the document: no preamble of the notice
    text = ("《某乡禁烧工作实施方案.doc》由会员分享，可在线阅读，更多相关《某乡禁烧工作实施方案.doc》请在某网站上搜索。\n"
            "某乡禁烧工作实施方案\n为切实做好全乡禁烧工作，制定本方案。\n一、工作目标\n全面禁烧。\n")
    nodes = [n for n in flat(segment(text, {}).sections)]
    assert [n.text[:6] for n in nodes] == ["为切实做好全", "一、工作目标"]


def test_parts_named_by_a_word_and_a_numeral_head_their_items():
    # tj_01: 活动一、… / 1、… / 活动二、… / 1、…: 活动二、 is a heading of the 一、 family, the items below it its children
    text = ("活动一、开展创建文明县城活动。\n1、县建设局要整治县城市容市貌。\n2、县爱卫办要开展卫生活动。\n"
            "活动二、深入开展创建文明社区系列活动。\n1、各社区要建立社区基础设施。\n2、社区居委会要开展便民服务。\n")
    seg = by_id(segment(text, {}))
    assert (seg["2"].marker, seg["2"].level, seg["2"].title) == ("活动二、", 1, "深入开展创建文明社区系列活动")
    assert seg["2.2"].text.startswith("2、社区居委会")


def test_a_word_s_tail_wrapped_onto_the_next_line_finishes_the_numbered_sentence():
    # tj_01: 4、县直各单位要…，提高文明县城创建的整体水 / 平。 / 落实单位：…: one sentence, the 4、 line an item with its note
    text = ("一、主要活动\n1、县建设局要整治县城市容市貌。\n"
            "2、县直各单位要开展活动，各单位在做好本单位创建工作的基础上，大力支持文明县城的创建，提高创建的整体水\n平。\n"
            "落实单位：县委宣传部、县建设局\n")
    seg = by_id(segment(text, {}))
    assert seg["1.2"].kind == "item"
    assert "1.2.p1" not in seg and seg["1.2"].text.startswith("2、县直各单位") and seg["1.2"].text.endswith("水\n平。")


def test_a_last_duty_part_s_paragraphs_opening_with_a_unit_are_entries_of_their_own():
    # tj_07: 三、职责分工 / 按照…原则，各村是… / 农业办积极开展… / 企管站做好… / 派出所负责对不 (cut by the page)
    text = ("一、工作目标\n全面禁烧。\n二、职责分工\n按照属地管理的原则，各村是禁烧工作责任主体。\n"
            "农业办积极开展秸秆综合利用推广工作。\n企管站做好禁烧的现场检查工作。\n派出所负责对不\n")
    seg = by_id(segment(text, {}))
    assert seg["2"].text.endswith("各村是禁烧工作责任主体。")
    assert [seg[k].text[:3] for k in ("2.p1", "2.p2", "2.p3")] == ["农业办", "企管站", "派出所"]
    # a responsibility label below the last part is no entry
    noted = "一、工作目标\n全面禁烧。\n二、职责分工\n各村是禁烧工作责任主体。\n责任单位：农业办\n"
    assert "2.p1" not in by_id(segment(noted, {}))


def test_a_news_story_s_bracketed_part_and_its_headline_are_paragraphs_of_their_own():
    # tk_11: …今后五年，我省提出…。 / 【两大目标】 / 2020年GDP达2.6万亿元 / 今后五年，我省要…。 / ●夺取…
    text = ("1月23日，省人大会议开幕，省长代表省政府向大会报告工作。\n今后五年，我省提出努力实现两个重要阶段性目标。\n"
            "【两大目标】\n2020年GDP达2.6万亿元\n今后五年，我省要努力实现两个重要阶段性目标。\n●力争全省生产总值达到2.6万亿元左右；\n")
    nodes = [n.text for n in flat(segment(text, {}).sections)]
    assert nodes[2:5] == ["【两大目标】", "2020年GDP达2.6万亿元", "今后五年，我省要努力实现两个重要阶段性目标。"]


def test_a_news_story_s_headlines_between_its_paragraphs_and_its_longer_bracketed_parts_are_paragraphs():
    # tk_11: …●实现贫困县全部摘帽。 / 2022年GDP超过3万亿元 / 从2021年开始—— ; tl_11: a part's headline between two
    # paragraphs; tl_15: 【实现人均体育场地面积3.6平方米】 (16 characters); tk_11: 【五个聚焦】 / 聚焦发展不平衡不充 (the page's end)
    text = ("1月23日，省人大会议开幕，省长代表省政府向大会报告工作。\n●实现贫困县全部摘帽，农村贫困人口全部脱贫。\n"
            "2022年GDP超过3万亿元\n从2021年开始——\n●全面实施规划，向现代化的宏伟目标迈进。\n"
            "增强自主创新能力构建城市创新体系\n增强自主创新能力，是提升城市国际竞争力的关键。\n"
            "【实现人均体育场地面积3.6平方米】\n《规划》提出，江苏要实现人均体育场地面积达到3.6平方米。\n"
            "【五个聚焦】\n聚焦发展不平衡不充\n")
    nodes = [n.text for n in flat(segment(text, {}).sections)]
    for line in ("2022年GDP超过3万亿元", "增强自主创新能力构建城市创新体系", "【实现人均体育场地面积3.6平方米】", "【五个聚焦】",
                 "聚焦发展不平衡不充"):
        assert line in nodes
    # tk_03: …居民收入增加。 / 民生 / 贫困户全部脱贫销号 / ●到2020年，…: a part named in a word over its headline and entries
    worded = ("南都讯 记者 提前实现全面小康，居民收入增加。\n民生\n贫困户全部脱贫销号\n●到2020年，每千人口医疗机构床位达到6.0张\n"
              "●到2020年，每万人全科医生数达到3人\n")
    assert [n.text for n in flat(segment(worded, {}).sections)][1:3] == ["民生", "贫困户全部脱贫销号"]
    # the title of a plan a notice issues, between its paragraphs, stays a title line
    issued = "现将《某市节能实施方案》印发给你们，请认真贯彻执行。\n某市节能实施方案\n为了推进节能工作，制定本方案。\n"
    assert "某市节能实施方案" not in [n.text for n in flat(segment(issued, {}).sections)]
    handed = "请认真贯彻执行。\n特此通知\n2008年政府工作目标任务分解\n根据区委全会精神，现将目标任务分解如下。\n"
    assert "2008年政府工作目标任务分解" not in [n.text for n in flat(segment(handed, {}).sections)]
    # ta_05: …贯彻执行。 / 中华人民共和国国务院 / 二○一○年六月四日: the issuer signing above its date
    signed = "请认真贯彻执行。\n中华人民共和国国务院\n二○一○年六月四日\n"
    assert "中华人民共和国国务院" not in [n.text for n in flat(segment(signed, {}).sections)]


def test_a_news_story_s_dash_led_headlines_between_its_paragraphs_are_paragraphs():
    # tk_10: …兼顾了需要与可能。 / ——5%左右的经济增速目标 / 这一增速目标与去年持平。… / ——单位GDP能耗降低3%左右 / 2024年…成效
    # (the page's last line, cut short)
    text = ("政府工作报告指出，提出上述预期目标，综合考虑了国内外形势和各方面因素，兼顾了需要与可能。\n——5%左右的经济增速目标\n"
            "这一增速目标与去年持平。政府工作报告表示，这一目标既是稳就业的需要，也有经济增长潜力支撑。\n——单位GDP能耗降低3%左右\n"
            "2024年中国单位GDP能耗降幅超过3%，超额完成上一年工作目标，绿色发展成效")
    nodes = [n.text for n in flat(segment(text, {}).sections)]
    assert "——5%左右的经济增速目标" in nodes and "——单位GDP能耗降低3%左右" in nodes
    # a dash-led line handed on by 特此通知, with no paragraph right above it, stays a title line
    handed = "请认真贯彻执行。\n特此通知\n——某市节能工作要点\n根据区委全会精神，现将工作要点印发如下。\n"
    assert "——某市节能工作要点" not in [n.text for n in flat(segment(handed, {}).sections)]


def test_a_news_agency_s_dateline_and_a_lead_trailing_off_into_an_ellipsis_open_the_story():
    # tk_10: 中新社北京3月5日电 题：“数”看… / 中新社记者 某某 / 国内生产总值（GDP）增长5%左右、…左右…… / 十四届…开幕，…。
    text = ("中新社北京3月5日电 题：“数”看2025年政府工作报告\n中新社记者 某某\n"
            "国内生产总值（GDP）增长5%左右、城镇新增就业1200万人以上、粮食产量1.4万亿斤左右……\n"
            "十四届全国人大三次会议5日开幕，国务院总理作政府工作报告，其中提到这一组关键数字。\n")
    nodes = [n.text for n in flat(segment(text, {}).sections)]
    assert nodes[0].startswith("中新社北京3月5日电") and nodes[1].startswith("国内生产总值") and len(nodes) == 3


def test_a_title_glued_to_text_opening_on_a_preposition_is_cut_where_its_list_s_titles_are_glued():
    # sy_11: 一、实行开采和生产总量限制对耐火粘土、萤石实行… among 二、严格控制新增开采产能自本通知印发之日起，… (cut at 自本通知)
    text = ("一、实行开采和生产总量限制对耐火粘土、萤石实行开采和生产双重总量控制，使开采量逐年有所减少。\n"
            "二、严格控制新增开采产能自本通知印发之日起，国土资源管理部门原则上不再受理新的申请。\n"
            "三、提高资源税税率为有效缩减耐火粘土和萤石的开采量，提高资源税税率。\n")
    seg = by_id(segment(text, {}))
    assert [seg[k].title for k in ("1", "2", "3")] == ["实行开采和生产总量限制", "严格控制新增开采产能", "提高资源税税率"]
    assert [seg[k].kind for k in ("1", "2", "3")] == ["heading"] * 3
    # no sibling seen glued: a preposition after a verb's object goes on with the sentence
    alone = ("一、加强组织领导对各项工作进行统筹部署，确保落实。\n二、强化督促检查。各地要定期检查。\n")
    assert by_id(segment(alone, {}))["1"].title.startswith("加强组织领导对各项工作进行统筹部署")
    # sy_11: 七、加强信息引导工业和信息化部、国土资源部会同行业协会… — a unit opening the glued text as its subject
    units = text + "四、加强信息引导工业和信息化部、国土资源部会同行业协会等单位，要加强对市场变化的研究。\n"
    assert by_id(segment(units, {}))["4"].title == "加强信息引导"
    # alone, a unit named after a verb is its object: 加强督促检查。… stays whole
    alone = ("一、支持国土资源部开展试点，确保落实。\n二、强化督促检查。各地要定期检查。\n")
    assert by_id(segment(alone, {}))["1"].title.startswith("支持国土资源部开展试点")


def test_a_title_glued_to_its_text_is_cut_where_the_document_s_topic_meets_a_predicate():
    # sy_01 / sy_05 / ri_13 (one-line 国办 bodies): the title ends on the topic's last words before a sentence of its
    # own (…保护工作|保护电力设施安全是…), or the text opens on the topic as its subject (…职能|加强煤炭行业管理，既要…)
    text = ("国务院办公厅关于加强水利设施保护工作的通知\n各省、自治区、直辖市人民政府：\n近年来，水利设施总体安全。\n"
            "一、高度重视水利设施保护工作保护水利设施安全是保障防洪安全的基础，事关大局。\n"
            "二、调整相关部门职能加强水利设施保护工作，既要加强宏观管理，也要落实责任。\n"
            "三、建立水利设施保护协调机制水利设施保护涉及面广，工作复杂。\n")
    seg = by_id(segment(text, {}))
    assert [seg[k].title for k in ("1", "2", "3")] == ["高度重视水利设施保护工作", "调整相关部门职能", "建立水利设施保护协调机制"]
    assert [seg[k].kind for k in ("1", "2", "3")] == ["heading"] * 3
    # a title that names the topic and goes on with no predicate after it stays whole; so does one with no topic
    whole = ("国务院办公厅关于加强水利设施保护工作的通知\n各省、自治区、直辖市人民政府：\n近年来，水利设施总体安全。\n"
             "一、加强水利设施保护工作责任落实和考核，确保各项措施到位。\n二、强化督促检查。各地要定期检查。\n")
    assert by_id(segment(whole, {}))["1"].title.startswith("加强水利设施保护工作责任落实和考核，")


def test_a_topic_s_bracketed_aside_and_a_short_modifier_cut_no_title_from_a_whole_sentence():
    # wr_09: 一、加快煤层气抽采利用是… under 关于加快煤层气（煤矿瓦斯）抽采利用的若干意见 — the text names the topic without its
    # aside, so the entry is one sentence, not 加快煤层气 glued to 抽采利用是…; wr_05: 五、国营重点矿业企业要… under 保护国营矿业
    # 企业正常生产 — 国营重点 is the subject's own modifier, no title of 4 characters glued to 矿业企业要…
    aside = ("国务院办公厅关于加快煤层气（煤矿瓦斯）抽采利用的若干意见\n各省、自治区、直辖市人民政府：\n现提出以下意见：\n"
             "一、加快煤层气抽采利用是贯彻以人为本，落实科学发展观的重要体现。\n二、煤层气抽采利用项目经认定后，可享受扶持政策。\n")
    seg = by_id(segment(aside, {}))
    assert seg["1"].title == "加快煤层气抽采利用是贯彻以人为本，落实科学发展观的重要体现"
    assert seg["1"].kind == "item"
    modifier = ("国务院关于保护国营矿业企业正常生产的决定\n各省、市、自治区人民政府：\n作好以下几件工作。\n"
                "一、国营矿业企业，要严格按照国家批准的设计组织生产。\n二、国营重点矿业企业要建立健全保卫组织，充实保卫干部。\n")
    assert by_id(segment(modifier, {}))["2"].title == "国营重点矿业企业要建立健全保卫组织，充实保卫干部"


def test_a_sibling_s_formulaic_title_before_a_whole_sentence_is_cut_where_its_list_s_titles_are_glued():
    # sa_05: 三、工作规则联席会议原则上每年召开一次例会。 among 一、主要职能在国务院领导下… / 四、工作要求各成员单位要…
    text = ("一、主要职能在国务院领导下，研究、指导整顿工作。\n二、成员单位联席会议由安全监管总局、公安部等部门组成。\n"
            "三、工作规则联席会议原则上每年召开一次例会。\n四、工作要求各成员单位要按照职责分工，积极参加会议。\n")
    seg = by_id(segment(text, {}))
    assert [seg[k].title for k in ("1", "2", "3", "4")] == ["主要职能", "成员单位", "工作规则", "工作要求"]
    # alone (no sibling seen glued) an entry opening on a formulaic title and its verb stays whole
    alone = "一、组织实施企业技术创新项目计划。\n二、加强督促检查。\n"
    assert by_id(segment(alone, {}))["1"].title == "组织实施企业技术创新项目计划"


def test_a_spaced_date_under_a_body_and_a_disclosure_line_closes_a_signature():
    # th_02: 牟定县人民政府办公室 / （此件公开发布） / { 2017 6 23 — the date's 年 / 月 / 日 lost by the page
    text = ("各乡镇人民政府，县级有关部门：\n现将《某某县突发环境事件应急预案》印发给你们，请认真贯彻执行。\n"
            "某某县人民政府办公室\n（此件公开发布）\n{ 2017 6 23\n某某县突发环境事件应急预案\n1 总则\n1.1 编制目的\n为了做好应急工作。\n")
    signed = [n for n in flat(segment(text, {}).sections) if n.kind == "signature"]
    assert [n.text.split("\n")[0] for n in signed] == ["某某县人民政府办公室"]
    # a spaced line of numbers under no body's name signs nothing
    bare = "各单位：\n现将有关事项通知如下。\n（此件公开发布）\n{ 2017 6 23\n一、总体要求\n加强领导。\n"
    assert not [n for n in flat(segment(bare, {}).sections) if n.kind == "signature" and "2017 6" in n.text]


def test_a_date_with_blank_month_and_day_under_the_issuers_closes_a_signature_after_the_attachment_list():
    # vk_10: 附件：1.… / 2.… / 3.… / 工业和信息化部市场监管总局 / 2024年月日 — a draft's date, month and day left blank
    text = ("各有关单位：\n现将有关事项通知如下。\n一、加强管理\n（一）健全机制。做好工作。\n"
            "附件：1.管理与技术指南\n2.技术参数参照表\n工业和信息化部市场监管总局\n2024年月日\n")
    kinds = [(n.kind, n.text.split("\n")[0]) for n in flat(segment(text, {}).sections) if n.level == 1 and n.marker is None]
    assert kinds[-3:] == [("attachment", "附件：1.管理与技术指南"), ("attachment", "2.技术参数参照表"),
                          ("signature", "工业和信息化部市场监管总局")]
    # a blank date under no body's name (a form's 年 月 日 field) signs nothing
    form = "各单位：\n现将有关事项通知如下。\n一、总体要求\n加强领导。\n审核意见：\n2024年 月 日\n"
    assert not [n for n in flat(segment(form, {}).sections) if n.kind == "signature"]


def test_a_paren_sibling_s_formulaic_title_before_a_whole_sentence_is_cut_where_its_list_s_titles_are_glued():
    # uv_05: （二）基本原则坚持党的全面领导。把… among （一）指导思想以习近平… / （三）总体目标按照…: the （一） list's
    # titles glued to their text as the 一、 list's are; the line is a heading, not a run-in item
    text = ("一、总体要求\n（一）指导思想以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。\n"
            "（二）基本原则坚持党的全面领导。把坚持和加强党的全面领导贯穿数字人社建设各方面各环节。\n"
            "（三）总体目标按照人力资源社会保障部要求，建成全省一体化公共服务平台。\n"
            "二、主要任务\n（四）健全政策标准。深入宣传贯彻政务服务管理办法。\n")
    seg = by_id(segment(text, {}))
    assert [(seg[k].kind, seg[k].title) for k in ("1.1", "1.2", "1.3")] == [
        ("heading", "指导思想"), ("heading", "基本原则"), ("heading", "总体目标")]
    # a list none of whose titles is seen glued keeps its run-in items whole
    alone = "一、主要任务\n（一）基本原则坚持党的全面领导。把党的领导贯穿各环节。\n（二）强化信息安全。全面梳理数据。\n"
    assert by_id(segment(alone, {}))["1.1"].kind == "item"


def test_a_sentence_cut_mid_word_across_a_blank_line_goes_on_where_blanks_part_every_line():
    # tc_09: every line of the page after a blank one; …不断提升萧县融入长 / (blank) / 三角一体化发展的能级和核心竞争力。
    text = ("到2025年，全县经济实力显著增强。\n\n——工业发展持续加快。工业增加值年均增长10%。\n\n"
            "——东向发展持续加快。突破县域思维，不断提升萧县融入长\n\n三角一体化发展的能级和核心竞争力。\n\n"
            "——深化改革持续推进。改革取得新突破。\n\n——民生福祉持续增进。群众满意度提升。\n")
    nodes = [n.text for n in flat(segment(text, {}).sections)]
    assert not any(t.startswith("三角一体化") for t in nodes)
    assert any(t.startswith("——东向发展") and t.endswith("核心竞争力。") for t in nodes)
    # where blank lines stand between some lines only, a blank still ends the line above it
    from policyparse.segment.layout import split_lines

    parted = "一、总体要求\n到2025年，全县经济实力显著增强，群众生活\n\n改善。\n二、主要任务\n加快发展。\n三、保障措施\n加强领导。\n"
    assert "改善。" in [line.s for line in split_lines(parted)]
    assert "三角一体化发展的能级和核心竞争力。" not in [line.s for line in split_lines(text)]
    # sm_06: a 主送 line without its colon, then the body's first sentence: no paragraph cut mid-sentence
    sent = ("某某县人民政府办公室\n\n关于印发某某细则的通知\n\n各街道办事处，区级各部门，官盛新区管委会\n\n"
            "《某某细则》已经区政府常务会审议通过，现印发你们，请认真遵照执行。\n\n某某县人民政府办公室\n\n2020年10月28日\n")
    assert "各街道办事处，区级各部门，官盛新区管委会" in [line.s for line in split_lines(sent)]


def test_a_summary_cut_mid_sentence_is_not_joined_to_the_opening_it_repeats_without_a_bracket():
    # tk_07: 新华社成都3月23日电记者陈地）…基本建成方便快捷 / 新华社成都3月23日电（记者陈地）…: the text begins again below
    text = ("新华社成都3月23日电记者陈地）成都市体育局23日公布了实施计划，计划到2025年，基本建成方便快捷\n"
            "新华社成都3月23日电（记者陈地）成都市体育局23日公布了《实施计划》，计划到2025年，基本建成健身圈。\n"
            "据了解，成都将建立健全全民健身公共服务体系。\n")
    from policyparse.segment.layout import split_lines

    assert [line.s[:13] for line in split_lines(text)] == ["新华社成都3月23日电记者", "新华社成都3月23日电（记", "据了解，成都将建立健全全民"]


def test_split_lines_gives_each_line_stripped_with_the_blank_above_it_and_joins_a_broken_sentence():
    # tc_09-shaped: a BOM, U+3000, NBSP and CR around lines; a line ending on ， goes on in the line below it
    from policyparse.segment.layout import split_lines

    text = "\ufeff 标题\u3000\r\n\n\u00a0 一、总则\n\t\n正文，\n继续。\n\n"
    lines = split_lines(text)
    assert [(line.s, line.after_blank, line.marker and line.marker.style) for line in lines] == [
        ("标题", False, None), ("一、总则", True, "cn"), ("正文，\n继续。", True, None)]
    assert all(text[line.start:line.end] == line.s for line in lines)
    assert split_lines("") == [] and split_lines("\n \u3000\n") == []


def test_a_nodes_span_reaches_to_the_end_of_its_last_descendant():
    # speed11: tree._finish compares ends instead of calling max(): a node ends where the furthest of its own end
    # and its descendants' ends is, leaves keep their own
    from policyparse.segment.tree import Node, _finish

    leaf = Node("item", 30, 45)
    deep = Node("item", 50, 52, children=[Node("paragraph", 52, 80)])
    head = Node("heading", 0, 10, children=[Node("item", 10, 20), leaf, deep])
    short = Node("heading", 90, 120, children=[Node("item", 95, 100)])
    root = Node("root", 0, 0, children=[head, short])
    assert _finish(root) == 120
    assert (head.end, deep.end, leaf.end, short.end, root.end) == (80, 80, 45, 120, 120)


def test_entries_before_the_first_article_are_the_tail_of_an_article_cut_away():
    # te_03: a database's second page opens with （五） of an article above the cut, then 第七条 …: the entry stands at
    # an article entry's level beside the articles, never their parent
    text = "（五）负责组织实施校舍安全工程的监督检查。\n第七条 区科委工作职责：\n（一）推动安全生产科技进步。\n第八条 区公安分局工作职责：\n（一）负责道路交通安全。\n"
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "2", "2.1", "3", "3.1"]
    assert nodes["1"].level == 4 and nodes["2"].level == 3 and nodes["2"].marker == "第七条"


def test_a_numbered_part_before_the_first_article_still_heads_it():
    # 1、市域人口和城镇发展战略 / 第15条 …: a part heading above the articles (not an article's entry cut away) keeps its level
    text = "1、市域人口和城镇发展战略\n第15条 市域总人口规划。\n第16条 城镇化水平规划。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1"].level == 3 and nodes["1"].marker == "1、"


def test_a_line_announcing_a_list_and_the_list_after_it_stay_in_the_last_part():
    # tj_06: 一、指导思想 / …。 二、目标任务 / …。 三、组织领导及职责分工 / 为切实加强…。 / 各组成单位及其职责如下： /
    # 县环保局。负责… — every part heads one paragraph, yet what a line ending 如下： announces is no closing remark
    text = ("一、指导思想\n以科学发展观为指导，保护大气环境质量。\n二、目标任务\n全年全县秸秆禁烧。\n"
            "三、组织领导及职责分工\n为切实加强领导，县政府成立领导小组。\n各组成单位及其职责如下：\n"
            "县环保局。负责对全县禁烧工作实施统一监督。\n")
    nodes = by_id(segment(text, {}))
    assert not any(n.kind == "closing" for n in nodes.values())
    assert "各组成单位及其职责如下" in nodes["3"].text or any(
        n.text.startswith("县环保局") for n in nodes.values() if n.id.startswith("3."))


def test_paragraphs_after_the_first_under_a_last_duty_part_are_its_duty_list():
    # tj_07: 一、… / 二、… / 三、职责分工 / 按照…各村是责任主体。 / 农业办积极开展… / 企管站做好… — each part heads one
    # paragraph, but under 职责分工 the paragraphs after the first are the units' duties, no closing remarks
    text = ("一、工作目标和任务\n在乡域范围内全面禁烧。\n二、重点禁烧时段\n2014年10月至2015年3月底。\n三、职责分工\n"
            "按照属地管理的原则，各村是责任主体。\n农业办积极开展秸秆综合利用推广工作。\n企管站做好现场检查工作。\n")
    nodes = by_id(segment(text, {}))
    assert not any(n.kind == "closing" for n in nodes.values())
    assert nodes["3.p2"].text.startswith("企管站做好现场检查工作")  # an entry under the part (tj_07's gold: 3.p1 … 3.p3)


def test_each_entry_of_a_duty_list_after_the_announcing_line_is_a_paragraph():
    # tj_06: 各组成单位及其职责如下： / 县环保局。负责… / 县交通局、公路局。负责… / 县农委。负责…: after the line announcing
    # the list, each line opening with units, a full stop and 负责 is an entry of its own (a paragraph headed by its
    # units), none a closing remark nor text of the part
    text = ("一、指导思想\n以科学发展观为指导，保护大气环境质量。\n二、目标任务\n全年全县秸秆禁烧。\n"
            "三、组织领导及职责分工\n为切实加强领导，县政府成立领导小组。\n各组成单位及其职责如下：\n"
            "县环保局。负责对全县禁烧工作实施统一监督。\n县交通局、公路局。负责对公路两侧的巡查。\n县农委。负责综合利用的督导。\n")
    nodes = by_id(segment(text, {}))
    paragraphs = [n.text for n in nodes.values() if n.id.startswith("3.") and n.kind == "paragraph"]
    assert [p[:4] for p in paragraphs] == ["县环保局", "县交通局", "县农委。"]
    assert not any(n.kind == "closing" for n in nodes.values())


def test_an_article_opening_on_the_verb_modify_with_its_object_is_a_heading():
    # wild15: 第十三条　修改海岛保护规划，… (a law on plans) was read as an amending 决定's cited article, no node
    text = "第十二条　编制规划。\n第十三条　修改海岛保护规划，应当依照本法规定的审批程序报经批准。\n第十四条　实施规划。\n"
    assert [n.number for n in segment(text, {}).sections] == [12, 13, 14]
    text = "第十二条　编制规划。\n第十三条修改为：“修改规划，应当报经批准。”\n第十四条　实施规划。\n"
    assert [n.number for n in segment(text, {}).sections] == [12, 14]


def test_a_run_of_lines_opened_by_units_and_duty_under_a_duty_part_are_paragraphs():
    # tn_07: 一、职责分工 / 人口普查是…具体分工如下： / 省统计局负责… / 省公安厅负责… — each line opened by its units and 负责
    # is a paragraph of its own under the part; the same sentences under a part of another name, with no line announcing
    # them, stay the part's text
    text = ("一、职责分工\n人口普查是一项重大的国情国力调查，具体分工如下：\n省统计局负责人口普查的日常工作。\n"
            "省公安厅负责户口整顿工作。\n省委宣传部、省广电局负责宣传工作。\n二、工作要求\n加强领导。\n"
            "市财政局负责经费保障。\n市审计局负责资金审计。\n")
    nodes = by_id(segment(text, {}))
    assert [n.text[:4] for n in nodes.values() if n.id.startswith("1.p")] == ["省统计局", "省公安厅", "省委宣传"]
    assert not any(n.id.startswith("2.p") for n in nodes.values())
    assert "市审计局负责资金审计" in nodes["2"].text


def test_a_duty_run_after_a_line_announcing_it_at_the_top_is_paragraphs_modal_and_short_named_lines_too():
    # ua_03: …任务作如下明确： / 区住建局负责… / 区委农办要结合…，负责… / 规划分局负责… / 区城管局负责… — before any numbered
    # heading the run's lines are paragraphs (not preamble), also a line opened by units and 要 or by a body without level
    # word beside lines opened by units and 负责; such lines alone stay preamble
    text = ("为确保我区按时完成整治任务，现将各单位的任务作如下明确：\n区住建局负责全区整治总协调工作。\n"
            "区委农办要结合全区建设任务，负责指导督查新社区建设。\n规划分局负责规划布点村庄的确定。\n"
            "区城管局负责村庄生活垃圾的收集。\n")
    kinds = [(n.kind, n.title) for n in segment(text, {}).sections]
    assert kinds == [("preamble", None), ("paragraph", "区住建局"), ("paragraph", "区委农办"), ("paragraph", "规划分局"),
                     ("paragraph", "区城管局")]
    text = "为做好整治工作，现通知如下：\n区委农办要结合全区建设任务。\n规划分局负责规划布点村庄的确定。\n"
    assert [n.kind for n in segment(text, {}).sections] == ["preamble", "preamble", "preamble"]


def test_a_working_groups_duty_lines_below_its_roster_are_paragraphs_one_line_naming_two_units_too():
    # tn_01: （三）防控救治组 / 组 长：李文学（兼） / 副组长：… / 袁 琳（市卫生局副调研员） / 市卫生局负责…。市药监局负责…。
    # — the group's duties stand below its roster; one line whose second sentence opens on units too is such a paragraph
    text = ("领导组下设办公室和4个工作组。\n（一）综合协调组\n组 长：安龙柱（市政府办公厅副调研员）\n"
            "负责组织实施防控工作，协调各职能组开展防治工作。\n（二）防控救治组\n组 长：李文学（兼）\n副组长：刘振保（市卫生局副局长）\n"
            "袁 琳（市卫生局副调研员）\n市卫生局负责落实应急防控物资储备，开展日常监测。市药监局负责对应急防控药品的质量监督。\n")
    nodes = by_id(segment(text, {}))
    assert nodes["2.p1"].text.startswith("市卫生局负责") and nodes["2.p1"].text.endswith("质量监督。")
    assert "1.p1" not in nodes  # 负责组织实施…: no unit opens it
    # one such sentence alone, with no roster above, stays the heading's text
    lone = "（一）防控救治组\n做好救治准备。\n市卫生局负责落实应急防控物资储备，开展日常监测。\n"
    assert "1.p1" not in by_id(segment(lone, {}))


def test_a_last_line_cut_short_in_a_duty_list_is_the_lists_last_entry():
    # tn_01-like: …职责如下： / 市卫生局负责… / 市建管委负责防止水源污染， (the stored page ends mid-clause, too short for a cut
    # sentence): the line is the list's entry, not a fragment passed over
    text = ("一、组织领导\n成立工作组。\n二、职责分工\n各单位职责如下：\n市卫生局负责对各级医疗机构进行监督检查。\n"
            "市建管委负责防止水源污染，")
    nodes = by_id(segment(text, {}))
    assert [n.text[:4] for n in nodes.values() if n.id.startswith("2.p")] == ["市卫生局", "市建管委"]


def test_a_list_of_counted_works_one_a_line_gives_each_entry_a_paragraph():
    # to_01: a 实事 list printed one work a line, no bullet and no stop, group numbers on lines of their own
    text = ("某区公布2025年为民办实事项目。\n\n2025年某区政府为民办实事项目\n\n1\n\n新增80张护理型床位\n\n"
            "完成200户居家适老化改造\n\n2\n\n新增300个公共充电桩\n\n改建社区篮球场\n\n新建改建8个市民健身苑点\n")
    texts = [n.text for n in segment(text, {}).sections]
    assert texts[-7:] == ["1", "新增80张护理型床位", "完成200户居家适老化改造", "2", "新增300个公共充电桩", "改建社区篮球场",
                          "新建改建8个市民健身苑点"]
    assert "2025年某区政府为民办实事项目" not in texts  # the list's title stays a title line
    # two counted lines are no list: title lines as before
    assert "新增80张护理型床位" not in [n.text for n in segment("某区实事\n新增80张护理型床位\n完成200户改造\n", {}).sections]


def test_a_headline_on_the_pages_last_line_ends_the_story_without_a_follower():
    """A stored page cut right after a headline-shaped line (to_01 crashed here when the story-part rule looked for the
    line after the last): the line stays text of the body, and nothing is lost."""
    for text in (
        "长宁区今年为民办实事项目日前公布，涵盖养老、医疗、教育等领域。\n区政府将加强督办，确保项目按期完成。\n新增养老床位一百张",
        "【民生实事】\n今年为民办实事项目日前公布，涵盖养老、医疗等领域。\n增强自主创新能力构建城市创新体系",
    ):
        seg = segment(text, {})
        assert seg.sections and all(n.kind == "preamble" for n in seg.sections)
        assert text.rsplit("\n", 1)[1] not in [n.title for n in flat(seg.sections)]


def test_a_roster_under_the_last_bare_heading_is_its_text():
    # tu_07: 二、组成人员 / 组长： / 孙春兰 国务院副总理 / …: the members (posts with digits: 第19届…主席) are the heading's text
    seg = segment("某办公厅关于成立某工作领导小组的通知\n各省人民政府：\n现将有关事项通知如下：\n一、主要职责\n统筹协调筹办中的重大问题。\n"
                  "二、组成人员\n组长：\n张三 国务院副总理\n副组长：\n李四 体育总局局长、第19届亚运会组委会主席\n成员：\n王五 外交部副部长\n", {})
    nodes = by_id(seg)
    assert nodes["2"].kind == "heading"
    assert "王五 外交部副部长" in nodes["2"].text


def test_a_request_to_every_addressee_to_report_back_after_the_last_item_closes_the_notice():
    # ue_03: 九、关于…的建议。…研究提出意见。 / 各部门研究落实的具体意见，请于２００４年９月２０日前书面反馈… / date
    text = (
        "省直有关部门：\n现将有关问题通知如下：\n一、关于培育龙头企业的建议。此项工作由省农业厅负责。\n"
        "二、关于基地建设的建议。此项工作由省林业局负责。\n各部门研究落实的具体意见，请于2004年9月20日前书面反馈省农业厅。\n"
        "二〇〇四年八月二十日\n"
    )
    nodes = by_id(segment(text, {}))
    closing = [n for n in nodes.values() if n.kind == "closing"]
    assert len(closing) == 1 and closing[0].text.startswith("各部门研究落实")


def test_a_first_clause_the_page_cut_below_the_last_bare_title_is_its_text():
    # ua_10: 三、工作规则 / 联席会议每年召开一到 (cut): the title heads text, so the last part is a heading, as the others
    text = (
        "为进一步加强网络市场监管，建立网络市场监管厅际联席会议制度。\n"
        "一、主要职能\n研究提出网络市场监管工作思路；加强网络市场监管法治建设。\n"
        "二、成员单位\n联席会议由省工商局、省发展改革委、公安厅、商务厅组成。\n"
        "三、工作规则\n联席会议每年召开一到\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[k].kind for k in ("1", "2", "3")] == ["heading", "heading", "heading"]
    assert "联席会议每年召开一到" in nodes["3"].text


def test_the_addressee_of_a_transmitted_notice_after_the_signature_is_an_addressee():
    # uh_05: a 转发 notice signed, then the transmitted notice's 文号, issuer, title and its own 主送 line
    text = ("各市教育局，各高等学校：\n现将《某某省人民政府办公厅关于印发某某方案的通知》转发给你们，请遵照执行。\n某某省教育厅\n"
            "2018年8月3日\n某政办字〔2018〕108号\n某某省人民政府办公厅\n关于印发某某方案的通知\n"
            "各市（含定州、辛集市）人民政府，雄安新区管委会，省政府有关部门：\n《某某方案》已经省政府同意，现印发给你们。\n"
            "某某省人民政府办公厅\n2018年7月6日\n某某方案\n为加强人才培养，制定本方案。\n一、总体目标\n经过5年左右努力，提高质量。\n"
            "二、主要任务\n（一）优化布局。建立新机制。")
    kinds = [(n.kind, n.text[:6]) for n in flat(segment(text, {}).sections) if n.kind == "addressee"]
    assert [k for k, _ in kinds] == ["addressee", "addressee"]
    # an opening sentence naming bodies before its colon stays a preamble paragraph (rk_15)
    text2 = text.replace("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府有关部门：", "为构建平安某某，经镇党委、政府研究，特制定方案：")
    assert sum(n.kind == "addressee" for n in flat(segment(text2, {}).sections)) == 1



# speed22: BODY_DUTY_SENTENCE asked only where a duty verb stands within a match's reach of its start
from hypothesis import given as _given, settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from policyparse.grammar import BODY_DUTY_SENTENCE, match_body_duty_sentence  # noqa: E402


def test_body_duty_gate_keeps_a_named_body():
    # tq_09: 杭州铁路办事处负责… / 浙江海事局承担…
    assert match_body_duty_sentence("杭州铁路办事处负责铁路沿线的安全工作。").group("units") == "杭州铁路办事处"
    assert match_body_duty_sentence("5.浙江海事局承担水上安全监管。", 2).group("units") == "浙江海事局"
    assert match_body_duty_sentence("加快推进全市重点项目建设，各有关单位要按照职责分工负责落实。") is None


@_settings(max_examples=3000, deadline=None)
@_given(_st.text(alphabet="杭州铁路办事处海局中心站所负责承担参加与牵头省市，。、 ", max_size=40),
        _st.integers(0, 5), _st.one_of(_st.none(), _st.integers(0, 40)))
def test_body_duty_gate_matches_the_pattern(s, at, end):
    expected = BODY_DUTY_SENTENCE.match(s, at, end)
    got = match_body_duty_sentence(s, at, end)
    assert (got and got.span()) == (expected and expected.span())


def test_the_imprint_under_the_signature_above_the_issued_opinion_is_a_closing_node():
    # un_02: 南京市住房保障和房产局 / 2017年5月3日 / 南京市住房保障和房产局办公室 2017年5月3日印发 / 住房限购政策的实施意见 / 一、…
    seg = segment("某市住房保障和房产局文件\n某房市字〔2017〕108号\n关于明确住房限购政策有关事项的通知\n市国土局，某区政府：\n"
                  "为进一步促进房地产市场健康发展，经市政府同意，我局制定了住房限购政策的实施意见。\n现将具体意见印发给你们，请认真执行。\n"
                  "某市住房保障和房产局\n2017年5月3日\n某市住房保障和房产局办公室 2017年5月3日印发\n住房限购政策的实施意见\n"
                  "一、关于执行对象的认定\n1、因赠与取得不动产的，按住房限购政策执行。\n2、因司法判决取得不动产的，不执行住房限购政策。\n")
    kinds = [(n.kind, n.text.split("\n")[0]) for n in seg.sections]
    assert kinds[:5] == [("addressee", "市国土局，某区政府："),
                         ("preamble", "为进一步促进房地产市场健康发展，经市政府同意，我局制定了住房限购政策的实施意见。"),
                         ("preamble", "现将具体意见印发给你们，请认真执行。"), ("signature", "某市住房保障和房产局"),
                         ("closing", "某市住房保障和房产局办公室 2017年5月3日印发")]
    assert [n.marker for n in seg.sections if n.marker] == ["一、"]


def test_a_labelled_list_after_the_last_part_is_numbered_on_at_the_top_level():
    # sd_11: （七）… / 相关术语： / 1.传感器 / …: the document's terms, not entries of the last part's last item
    seg = segment("关于印发某某行动计划的通知\n各有关单位：\n现将行动计划印发给你们，请认真贯彻执行。\n"
                  "一、总体目标\n到2025年，产业规模显著提升。\n二、保障措施\n"
                  "（一）坚持顶层设计与产业规划相结合，成立跨部门的协调机制。\n（二）通过国家科技专项支持关键技术研发。\n"
                  "相关术语：\n1.传感器\n能感受规定的被测量并转换成可用信号的器件。\n2.仪器仪表\n用以检出、测量被研究对象各种参数的器具。\n")
    ids = {n.marker: n.id for n in flat(seg.sections) if n.marker in ("1.", "2.")}
    assert ids == {"1.": "3", "2.": "4"}


def test_a_label_right_under_a_bare_heading_keeps_its_list():
    # ua_09: （一）明确责任，分级负责 / 政府职责： / 1、…: the heading's own list under a field label
    seg = segment("一、建立组织机构\n成立领导小组，负责组织实施。\n二、建立责任网\n（一）明确责任，分级负责\n政府职责：\n"
                  "1、县、区人民政府统一领导和指挥本辖区突发事件应急处理工作。\n2、建立政府应急处理储备金制度。\n")
    ids = {n.marker: n.id for n in flat(seg.sections) if n.marker in ("1、", "2、")}
    assert ids == {"1、": "2.1.1", "2、": "2.1.2"}


def test_a_list_after_run_in_parts_without_lists_is_numbered_on_at_the_top_level():
    # rv_02: 一、高度重视,认真研究政策。各县区… / 二、… / 三、加强督导,健全推进机制。… / 1. 菏泽市…实现重大突破…
    seg = segment("各县区人民政府，市政府各部门：\n现将分工方案印发给你们，请认真贯彻落实。\n"
                  "一、高度重视,认真研究政策。各县区、各部门要认真研究政策，抓好贯彻落实。\n"
                  "二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项，制定工作推进计划。\n"
                  "三、加强督导,健全推进机制。市发展改革委负责工作任务的统一督导。\n"
                  "1. 全市新旧动能转换实现重大突破，形成一批标志性成果。(牵头单位:市发展改革委)\n")
    ids = {n.marker: n.id for n in flat(seg.sections) if n.marker}
    assert ids["1."] == "4"


def test_a_list_below_a_table_in_the_last_part_stays_the_parts():
    # the flattened table of test_segment_tables (一、平原城市 / 1 / 嘉兴市 / … / 持续强降雨 / 1.已有设施…) in the last run-in part, then a
    # list: the list is the part's, and the table's last cell (持续强降雨) is no label line
    seg = segment("各县区人民政府：\n现将方案印发给你们，请认真贯彻落实。\n"
                  "一、高度重视,认真研究政策。各县区、各部门要认真研究政策，抓好贯彻落实。\n"
                  "二、查找短板,分析内涝成因。近年来部分城市内涝频发，成因见下表。\n"
                  "序号\n城市名称\n发生时间\n成因\n一、平原城市\n1\n嘉兴市\n2018年8月\n持续强降雨\n"
                  "二、山区城市\n2\n丽水市\n2014年8月\n持续强降雨\n"
                  "1.已有设施标准偏低。对照国家规范，部分城市排水管网设计标准偏低，难以应对极端降雨。\n")
    ids = {n.marker: n.id for n in flat(seg.sections) if n.marker}
    assert ids == {"一、": "1", "二、": "2", "1.": "2.1"}


def test_a_list_after_another_numbered_line_below_run_in_parts_stays_under_it():
    # rp_09: 一、… 二、… 三、加强服务监管… / 某市人民政府 / 2021年8月10日 / 5.1申请人… / 6.2申请…许可无市公安局… / 1.《建设工程质量管理条例》…: the
    # list follows the 6.2 line (a flattened row), not the run-in parts
    seg = segment("各区县人民政府，市政府各部门：\n现将服务清单印发给你们，请认真贯彻执行。\n"
                  "一、规范服务行为。各单位要严格按照清单规范服务行为，不得擅自增加服务事项。\n"
                  "二、动态调整清单。清单实行动态调整，市审改办负责清单的调整和公布工作。\n"
                  "三、加强服务监管。各区县政府、市政府各部门要加强对服务机构的监督管理。\n"
                  "某市人民政府\n2021年8月10日\n"
                  "5.1申请人12枪弹库室安全检测报告营业性射击场的设立审批无市公安局社会专业安防检测机构\n"
                  "6.2申请民用枪支、弹药配售许可无市公安局申请民用枪支持枪许可无市公安局\n"
                  "1.《建设工程质量管理条例》（中华人民共和国国务院令第279号）\n")
    ids = {n.marker: n.id for n in flat(seg.sections) if n.marker}
    assert ids["1."] != "5" and ids["1."].startswith(ids["6.2"] + ".")


def test_a_joint_signatures_glued_names_wrapped_inside_a_name_sign_from_the_first_line():
    # ul_05: …（中央宣传部…按职责分工负责） / 国家发展改革委教育部科技部…中国银保监会中国证 / 监会国家知识产权局国家乡村振兴局 / 2021年8月24日
    names = "国家发展改革委教育部科技部工业和信息化部民政部财政部人力资源社会保障部自然资源部住房城乡建设部农业农村部中国银保监会中国证"
    seg = segment("一、总体要求\n（一）营造良好氛围。各地要开展全方位宣传报道。（某某部负责）\n" + names
                  + "\n监会国家知识产权局国家乡村振兴局\n2021年8月24日\n")
    sig = seg.sections[-1]
    assert sig.kind == "signature" and sig.text.startswith(names)


def test_a_further_attached_document_numbers_from_the_top_level():
    # ur_10: 附件2's 一、…十六、 with 1.–45. under them, then 附件3 / its title / its opening / （一）…（四） with no 一、
    # above them, then 附件5 / its title / 1. …: each further attached document's numbering stands at the top level
    # (numbered on), not under the last heading of the document before it
    text = (
        "一、试点内容\n遴选一批优秀场景。\n附件：1．实施方案\n2．揭榜任务\n3．汇总表\n"
        "附件1\n实施方案\n一、背景\n智能制造取得积极成效。\n二、工厂建设\n1.工厂数字化设计。实现基于模型的设计。\n"
        "附件2\n揭榜任务\n揭榜任务分为四大类行业。\n（一）原材料行业\n聚焦石化化工、钢铁等领域。\n（二）装备制造业\n聚焦通用装备等领域。\n"
        "附件 3-1\n推荐汇总表\n1. 智能制造优秀场景\n序号\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k[0].isdigit()] == ["1", "2", "3", "3.1", "4", "5", "6"]
    assert nodes["4"].marker == "（一）" and nodes["6"].marker == "1."


def test_a_regulation_s_part_titles_that_lost_their_markers_are_its_chapters_and_sections():
    # ur_03 (Markdown law file): 第二章 / 第三章 / 第一节 lost their markers, their titles stand alone above 第X条;
    # a title right under a chapter's title is its first section, and the later 第二节 / 第四章 number on
    text = (
        "第一条 为防治大气污染，制定本条例。\n第二条 本条例适用于本市。\n"
        "大气污染防治监督管理\n第三条 实行总量控制。\n"
        "大气污染防治措施\n燃煤和其他能源污染防治\n第四条 划定禁燃区。\n"
        "第二节 工业及相关污染防治\n第五条 推进循环经济。\n"
        "第四章 法律责任\n第六条 违反本条例的，依法处罚。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["1", "2", "3", "3.1", "4", "4.1", "4.1.1", "4.2", "4.2.1", "5", "5.1"]
    assert nodes["3"].title == "大气污染防治监督管理" and nodes["3"].level == 1 and nodes["3"].marker is None
    assert nodes["4.1"].title == "燃煤和其他能源污染防治" and nodes["4.1"].level == 2
    # a short line above an article in a regulation without chapters is left as it was
    plain = by_id(segment("第一条 为防治大气污染，制定本条例。\n大气污染防治监督管理\n第二条 实行总量控制。\n", {}))
    assert [k for k in plain] == ["1", "2"]


def test_numbered_file_names_closing_the_text_with_no_label_are_no_items():
    # ul_02 (a page's body on one line): the last item of （三） is followed by the page's links to the attached files,
    # numbered 1. / 2. with no 附件 label, the site's furniture glued after the last one; they are no items of （三）
    text = (
        "五、保障措施\n（一）加强组织领导。省人社厅牵头成立工作专班。\n"
        "（二）密切部门沟通。各成员单位明确联络人，负责沟通联络。\n"
        "1.河北省高效办成退休“一件事”业务流程和办理规范.docx\n"
        "2.河北省高效办成退休“一件事”办理流程图.docx更多信息请关注官方微信“河北人社”\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["1", "1.1", "1.2"]
    # one such line alone, or numbered items that are no file names, stay items
    one = "一、附件材料\n（一）报送材料。\n1.申报书.docx\n"
    assert "1.1.1" in by_id(segment(one, {}))
    items = "一、工作要求\n（一）报送材料。\n1.申报书；\n2.汇总表。\n"
    assert [k for k in by_id(segment(items, {}))] == ["1", "1.1", "1.1.1", "1.1.2"]


def test_readings_listed_under_their_label_closing_the_text_are_no_nodes():
    # vx_01 (a ministry page's body on one line): after the last task the page lists its links to readings of the
    # notice under 解读：, numbered 1. 2. run together, the page's 字号 glued after them; no item, no closing node
    text = (
        "五、强化支撑保障\n（二十一）鼓励公众参与。生态环境部门要依法主动公开排污许可核发和执法监管信息。（生态环境部负责）\n"
        "（二十二）加强普法宣传。建立排污许可普法长效机制。（生态环境部负责）\n解读：\n"
        "1.生态环境部执法局负责同志就出台《关于加强排污许可执法监管的指导意见》答记者问2.一图读懂《关于加强排污许可执法监管的指导意见》字号\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["1", "1.1", "1.2"]
    # a numbered line of the notice's own (a sentence, with its 。) under such a label stays a node
    own = (
        "一、工作要求\n（一）加强解读。各部门做好政策解读。\n解读：\n1.各部门要及时发布解读材料。\n"
    )
    assert [n.marker for n in by_id(segment(own, {})).values()][-1] == "1."


def test_points_counted_off_one_a_line_below_a_numbered_line_are_its_paragraphs():
    # un_07 (Word text): 二、基本原则 / 一是坚持系统谋划，顶层设计。… / 二是… / 三是… / 四是…: each point a paragraph node
    text = (
        "一、工作目标\n到2025年，全面建立房屋安全保险制度。\n二、基本原则\n"
        "一是坚持系统谋划，顶层设计。针对不同类型城镇房屋，系统设计房屋安全保险制度。\n"
        "二是坚持预防为主，保障安全。加强房屋全生命周期的质量风险管控。\n"
        "三是坚持创新驱动，制度保障。借鉴先进城市经验，创新设计保险范围。\n"
        "三、组织机构\n成立工作专班。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["1", "2", "2.p1", "2.p2", "2.p3", "3"]
    # sd_03: under a line that runs on past its title the points are more paragraphs of its text: it stays an item
    text = (
        "一、主要内容\n（一）发展目标。到2025年，数字经济核心产业增加值占比达到20%。\n"
        "（二）主要任务。《规划》明确了3方面11项重点任务。\n"
        "一是强化数字产业化引领，共4项任务。\n二是加快产业数字化转型升级，共4项任务。\n三是提升城市数字化水平，共3项任务。\n"
        "（三）保障措施。强化组织保障。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["1", "1.1", "1.2", "1.2.p1", "1.2.p2", "1.2.p3", "1.3"]
    assert nodes["1.2"].kind == "item"
    # two points, or points after a paragraph of the heading's own text (uf_06), go on with its text
    two = "一、基本原则\n一是坚持系统谋划。\n二是坚持预防为主。\n二、组织机构\n成立专班。\n"
    assert [k for k in by_id(segment(two, {}))] == ["1", "2"]
    after = "一、主要特点\n《若干政策》提出了支持性举措。\n一是对企业给予补助。\n二是对项目给予奖励。\n三是对人才给予支持。\n二、其他\n成立专班。\n"
    assert [k for k in by_id(segment(after, {}))] == ["1", "2"]
    # rb_01: （二）基本原则 / 一是要坚持… / 二是要… / 三是要…: points written as clauses of duty are counted off alike
    duty = "一、基本原则\n一是要坚持县域统筹，分层分类实施。\n二是要坚持数字赋能，不断丰富业态。\n三是要坚持市场导向，提升服务能力。\n二、其他\n成立专班。\n"
    assert [k for k in by_id(segment(duty, {}))] == ["1", "1.p1", "1.p2", "1.p3", "2"]


def test_points_counted_off_below_the_last_numbered_line_are_its_paragraphs():
    # tv_01: 1.制定…清单。（牵头单位：市编办；配合单位：…） / 一是… / 二是… / 三是… after the document's last numbered line:
    # its paragraphs, as in the body, not closing remarks
    text = (
        "科学配置，形成较为健全完善的事权和支出责任相适应制度。\n"
        "1.制定市以下政府事权划分清单。（牵头单位：市编办；配合单位：市直各相关部门）\n"
        "一是建立政府事权清单。全面梳理市以下政府事权事项，实现清单式管理。\n"
        "二是制定市、区两级政府事权清单。科学划分市、区两级政府事权。\n"
        "三是制定政府部门事权清单。合理确定政府部门的权责范围和职能重点。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["p1", "1", "1.p1", "1.p2", "1.p3"]
    assert nodes["1.p2"].title == "二是制定市、区两级政府事权清单"
    # two points after the last line stay its text
    two = "1.制定事权划分清单。（牵头单位：市编办）\n一是建立政府事权清单。\n二是制定部门事权清单。\n"
    assert [k for k in by_id(segment(two, {}))] == ["1"]
    # below a last bare heading (no task closed by its note) the points are left to the closing reading
    bare = ("一、主要任务\n推进改革，加强管理。\n二、保障措施\n一是加强组织领导，落实责任。\n"
            "二是强化资金保障，加大投入。\n三是注重宣传引导，营造氛围。\n")
    assert [k for k in by_id(segment(bare, {}))] == ["1", "2"]


def test_a_box_named_for_its_tasks_is_text_of_the_node_it_stands_in():
    # uw_11: （二）畅通网络互联 / 强化…建设。… / 任务专栏2　国家局电子政务内外网建设 / 推进… / 建设国家局电子政务内网。依托…:
    # the box's lines, run-in headed or not, are no nodes
    text = (
        "一、重点任务\n"
        "（一）整合基础平台\n"
        "建设药品监管云。建设国家局药品监管云，提供必要支撑。\n"
        "任务专栏1\u3000药品监管云建设\n"
        "加快对国家局机房基础设施进行升级改造，形成自建云平台。\n"
        "建设国家局电子政务内网。依托国家电子政务内网，建设国家局机密级网络。\n"
        "（二）畅通网络互联\n"
        "强化电子政务内外网建设。国家局进一步完善电子政务外网接入。\n"
        "二、组织实施\n"
        "各级药品监管部门要加强组织领导。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes] == ["1", "1.1", "1.1.p1", "1.2", "1.2.p1", "2"]
    assert "任务专栏1" in nodes["1.1.p1"].text and "机密级网络" in nodes["1.1.p1"].text


def test_a_box_closing_on_its_goal_years_ends_at_the_next_headed_paragraph():
    # sc_02: 构建工业互联网标准体系。… / 专栏3 … / 面向…开展… / 到2020年，… / 到2025年，… / 提升产品与解决方案供给能力。…:
    # the box's entries open with no heading sentence and close on a year's goals; the headed line after them is the
    # body's next paragraph (its indent lost), and under the next heading two headed lines before a box go on the
    # series its sibling above set (创新和应用水平: the 应 of 应用 is no rule word)
    text = (
        "三、主要任务\n"
        "（三）加强产业支撑。\n"
        "加大关键共性技术攻关力度。开展时间敏感网络等新型网络互联技术研究。\n"
        "构建工业互联网标准体系。成立国家工业互联网标准协调推进组，统筹推进标准体系建设。\n"
        "专栏3\u3000标准研制及试验验证工程\n"
        "面向工业互联网标准化需求和标准体系建设，开展工业互联网标准研制。\n"
        "到2020年，初步建立工业互联网标准体系，制定20项以上重点行业标准。\n"
        "到2025年，基本建成涵盖工业互联网关键技术的标准体系。\n"
        "提升产品与解决方案供给能力。加快信息通信、数据集成分析等领域技术研发和产业化。\n"
        "（四）促进融合应用。\n"
        "提升大型企业工业互联网创新和应用水平。加快工业互联网在工业现场的应用。\n"
        "加快中小企业工业互联网应用普及。推动低成本工业互联网设备在中小企业中的部署应用。\n"
        "专栏5\u3000工业互联网集成创新应用工程\n"
        "到2020年，初步形成影响力强的工业互联网先导应用模式，建立150个左右应用试点。\n"
        "（五）完善生态体系。\n"
        "构建创新体系。建设工业互联网创新中心。\n"
        "构建应用生态。支持平台企业开放平台功能与数据。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k.startswith(("1.1", "1.2"))] == [
        "1.1", "1.1.p1", "1.1.p2", "1.1.p3", "1.2", "1.2.p1", "1.2.p2"]
    assert "专栏3" in nodes["1.1.p2"].text and "到2025年" in nodes["1.1.p2"].text
    assert nodes["1.1.p3"].title == "提升产品与解决方案供给能力"
    assert "专栏5" in nodes["1.2.p2"].text


def test_a_transmitted_plan_after_the_notice_s_own_items_and_signature_opens_with_a_preamble():
    # vf_01: 一、提高政治站位。… 三、加强组织实施。… / 河北省人民政府办公厅 / 2022年2月26日 / …若干措施 / 省工业和信息化厅 /
    # 省发展改革委 / 为深入贯彻…制定如下措施。 / 一、提升研发创新能力…: the 转发 notice numbers items of its own before it
    # signs; the plan's title and byline are no nodes, its opening a preamble (it extended no node and was lost)
    text = (
        "各市人民政府：\n省工业和信息化厅《某省若干措施》已经省政府同意，现转发给你们，请认真贯彻执行。\n"
        "一、提高政治站位。各级各有关部门要加强领导。\n二、强化政策支持。各级各有关部门要抓好落实。\n"
        "某省人民政府办公厅\n2022年2月26日\n某省若干措施\n省工业和信息化厅\n省发展改革委\n"
        "为深入贯彻落实党中央决策部署，促进产业高质量发展，制定如下措施。\n一、提升研发创新能力\n（一）增强行业创新能力。鼓励企业加大研发投入。\n"
    )
    kinds = [(n.id, n.kind, n.text[:4]) for n in flat(segment(text, {}).sections)]
    assert kinds[4][:2] == ("p3", "signature") and kinds[5] == ("p4", "preamble", "为深入贯")
    assert kinds[6][:2] == ("3", "heading")
    # under a numbered item still open (no signature above), an un-numbered line stays that item's text
    text = "各市：\n现通知如下。\n一、提高政治站位。各级要加强领导。\n为深入贯彻落实党中央决策部署，制定如下措施。\n二、强化政策支持。抓好落实。\n"
    assert not any(n.kind == "preamble" and n.text.startswith("为深入") for n in flat(segment(text, {}).sections))


def test_a_run_of_headed_lines_under_a_bare_heading_takes_only_each_lines_first_head():
    # ve_09: 第三节 钢铁工业 / 推进铁矿石资源综合开发利用。… / 强化节能降耗。加快淘汰…。推广连铸坯…技术。…
    text = (
        "第一章 构建循环型工业体系\n"
        "第一节 钢铁工业\n"
        "推进铁矿石资源综合开发利用。加强低品位矿产综合利用。推广尾矿再选技术。鼓励利用尾矿砂生产建材。\n"
        "强化节能降耗。加快淘汰落后高炉、转炉等。推广连铸坯热送热装和直接轧制技术。优化高炉炉料结构。推广干熄焦技术。\n"
        "构建钢铁行业循环经济产业链。构建焦化、冶炼—副产煤气—发电产业链。\n"
        "第二节 造纸工业\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[f"1.1.p{k}"].title for k in (1, 2, 3)] == [
        "推进铁矿石资源综合开发利用", "强化节能降耗", "构建钢铁行业循环经济产业链"]
    assert "1.1.p4" not in nodes  # 推广尾矿再选技术。/ 推广连铸坯…技术。 are sentences of their paragraphs


def test_a_glued_head_of_the_runs_own_series_still_opens_a_paragraph():
    # uw_11: （二）基本原则 / 坚持以人为本。… / 坚持共享开放。…。坚持安全可控。… (a line break the stored text lost)
    text = (
        "一、总体要求\n"
        "（二）基本原则\n"
        "坚持以人为本。树立以人民为中心的发展理念。\n"
        "坚持创新发展。遵循信息化建设规律。\n"
        "坚持共享开放。汇聚、管理、共享监管大数据资源。坚持安全可控。牢固树立底线思维。\n"
        "（三）发展目标\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[f"1.1.p{k}"].title for k in (1, 2, 3, 4)] == ["坚持以人为本", "坚持创新发展", "坚持共享开放", "坚持安全可控"]


def test_a_heading_sentence_naming_a_list_heads_a_paragraph_inside_a_run_of_headed_lines():
    # ve_09: 第二节 电力工业 / 加强节能降耗。… / 推进粉煤灰、脱硫石膏综合利用。… / 构建发电与相关产业的循环经济链。…
    text = (
        "第一章 构建循环型工业体系\n"
        "第一节 电力工业\n"
        "加强节能降耗。调整优化电源结构，淘汰落后小火电机组。\n"
        "推进粉煤灰、脱硫石膏综合利用。鼓励利用粉煤灰生产建材产品。\n"
        "构建发电与相关产业的循环经济链。构建发电—粉煤灰—建材产业链。\n"
        "第二节 钢铁工业\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[f"1.1.p{k}"].title for k in (1, 2, 3)] == ["加强节能降耗", "推进粉煤灰、脱硫石膏综合利用", "构建发电与相关产业的循环经济链"]


def test_a_sentence_opening_on_a_list_of_actors_heads_nothing():
    from policyparse.segment.headings import enumerated_head

    assert enumerated_head("推动磷、硫、钾等矿产资源综合开发利用。加大中低品位磷矿利用。") == "推动磷、硫、钾等矿产资源综合开发利用"
    assert enumerated_head("各地区、各部门要高度重视。加强组织领导。") is None
    assert enumerated_head("推进粉煤灰、脱硫石膏，加强利用。更多。") is None


def test_a_list_head_goes_on_a_run_when_a_longer_heading_sentence_follows_it():
    # ve_09 第二节 电力工业: …综合利用。… followed by 支持可再生能源发电和资源综合利用电厂建设。… (a 20-character head)
    text = (
        "第一章 构建循环型工业体系\n"
        "第一节 电力工业\n"
        "加强节能降耗。调整优化电源结构，淘汰落后小火电机组，提高火电机组效率，降低供电煤耗和厂用电率。\n"
        "推进粉煤灰、脱硫石膏综合利用。鼓励利用粉煤灰生产建材产品，推广粉煤灰在市政建设、筑路等工程中的应用。\n"
        "支持可再生能源发电和资源综合利用电厂建设。加强准入管理，支持利用煤矸石、煤泥等发电，推动可再生能源发电。\n"
        "构建发电与相关产业的循环经济链。构建发电—粉煤灰—建材、筑路等产业链，推动发电与相关产业共生发展。\n"
        "第二节 钢铁工业\n"
    )
    nodes = by_id(segment(text, {}))
    assert [nodes[f"1.1.p{k}"].title for k in (1, 2, 3, 4)] == [
        "加强节能降耗", "推进粉煤灰、脱硫石膏综合利用", "支持可再生能源发电和资源综合利用电厂建设", "构建发电与相关产业的循环经济链"]


def test_a_notice_attached_under_a_label_naming_it_opens_with_its_addressee_and_preamble():
    # vj_02: a 解读 (一、…三、) with the notice it reads attached — 附件：…实施方案（冀教办〔2019〕105号） / the same name on a
    # line of its own / its 文号 / 各市…： / 随着…。 / 一、… — the attached notice's title and 文号 lines are no nodes, its
    # 主送 an addressee and its opening a preamble, not more attachment entries and closing lines of the 解读
    text = (
        "一、起草背景\n某省教育厅联合十个厅局出台了《实施方案》。\n二、主要内容\n《实施方案》包括15条工作举措。\n"
        "附件：河北省教育厅等十一部门关于促进在线教育健康发展的实施方案（冀教办〔2019〕105号）\n"
        "河北省教育厅等十一部门关于促进在线教育健康发展的实施方案\n冀教办〔2019〕105号\n"
        "各市（含定州、辛集市）人民政府、雄安新区管委会：\n为促进我省在线教育健康发展，现提出以下实施方案。\n"
        "一、总体要求\n坚持立德树人。\n二、完善资源服务体系\n（一）深化基础教育在线资源开发。大力开发资源。（责任单位：省教育厅）\n"
    )
    nodes = by_id(segment(text, {}))
    top = [(k, n.kind, n.text[:4]) for k, n in nodes.items() if "." not in k]
    assert top == [
        ("1", "heading", "一、起草"), ("2", "heading", "二、主要"), ("p1", "attachment", "附件：河"),
        ("p2", "addressee", "各市（含"), ("p3", "preamble", "为促进我"), ("3", "heading", "一、总体"),
        ("4", "heading", "二、完善"),
    ]


def test_a_label_whose_name_the_next_line_does_not_repeat_keeps_its_entries():
    # the attached title differs from the label's name (a list of two): the entries stay attachment lines
    text = (
        "一、总体要求\n做好工作。\n二、工作措施\n抓好落实。\n"
        "附件：1.重点任务清单\n2.责任分工表\n"
    )
    nodes = by_id(segment(text, {}))
    assert [(n.kind, n.text[:5]) for k, n in nodes.items() if k.startswith("p")] == [
        ("attachment", "附件：1."), ("attachment", "2.责任分")]


def test_a_title_line_over_its_note_lines_only_is_a_list_entry():
    # vn_01: 2.加强重大公共卫生安全风险源头防控，切实保障人民群众生命安全 / 牵头责任单位：县卫健委 / 主要协作单位：… — a title
    # line with no 。 over nothing but its note lines is an entry of the list carrying its note (gold-format.md,
    # "Heading or item"), not a title over text of its own; a title line over a paragraph of prose stays a heading
    text = ("1.加强风险源头防控，切实保障群众生命安全\n\n牵头责任单位：县卫健委\n\n主要协作单位：各乡镇人民政府\n\n"
            "2.创建国家卫生县城\n\n（县卫健委牵头）\n\n3.加强组织领导\n\n各乡镇要明确专人负责，确保工作落实。\n")
    nodes = by_id(segment(text, {}))
    assert [(k, nodes[k].kind) for k in ("1", "2", "3")] == [("1", "item"), ("2", "item"), ("3", "heading")]


def test_a_title_naming_the_units_its_label_lines_give_stays_a_heading():
    # rk_15: 一、主承办单位 / 主办单位：中共茂林镇委员会、茂林镇人民政府 / 承办单位：镇公共文化服务站 — the title names the
    # fields below it: they are its text, as a short field's value the heading names is (gold-format.md)
    text = "一、主承办单位\n主办单位：中共某镇委员会、某镇人民政府\n承办单位：镇公共文化服务站\n二、活动时间\n2024年5月至10月。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1"].kind == "heading"


def _flat(sections):
    for s in sections:
        yield s
        yield from _flat(s.children)


def test_an_article_caption_in_brackets_is_its_title_without_them():
    """第一条（目的和依据） / 为规范…，制定本办法。 (vo_05): the brackets set the caption off, as a marker does."""
    doc = segment("某某管理办法\n\n第一条（目的和依据）\n\n为规范管理，制定本办法。\n\n第二条【定义】\n\n本办法所称信息，是指各类信息。\n")
    assert [(s.marker, s.title) for s in doc.sections] == [("第一条", "目的和依据"), ("第二条", "定义")]


def test_a_numbered_attachment_label_after_the_list_heads_its_document_not_an_entry():
    """附件：/ 1.…指标 / 2.…清单 listed, then 附件1： / …指标 / its table (vo_07): the title under the numbered label is
    the attached document's, no attachment line; 附件1：表A / 附件2：表B each listing its one entry stay listings."""
    body = ("各单位：\n\n现将规划印发给你们。\n\n一、总体要求\n\n坚持规划引领。\n\n二、主要任务\n\n推进更新改造。\n\n"
            "附件：\n1.某区规划指标\n\n2.某区重点项目清单\n\n附件1：\n\n某区规划指标\n\n序号\n\n指标名称\n\n目标值\n\n1\n\n修缮面积\n\n30\n\n"
            "附件2：\n\n某区重点项目清单\n\n序号\n\n项目名称\n\n1\n\n某街坊更新\n")
    kinds = [(s.kind, s.text.strip()[:8]) for s in segment(body).sections if s.kind == "attachment"]
    assert kinds == [("attachment", "附件："), ("attachment", "1.某区规划指标"), ("attachment", "2.某区重点项目")]
    listing = "各单位：\n\n现将名单印发给你们。\n\n一、总体要求\n\n坚持规划引领。\n\n附件1：\n某区名单\n\n附件2：\n某区清单\n"
    entries = [s.text.strip() for s in segment(listing).sections if s.kind == "attachment"]
    assert "某区清单" in "".join(entries)


def test_an_attached_blank_form_numbers_captions_not_headings():
    # vk_07: 附件2 / …联盟 / 备案申请书 / 牵头单位：（盖章） / 申报日期：年月日 / 一、创新联盟简况创新联盟名称（全称）…生效时间
    # 年月日… / 二、… — the form's captions with its cells glued on are no headings; the next attached document numbers on
    # from the notice's own parts
    text = (
        "各设区市科技局：\n现印发你们，请认真贯彻实施。\n一、总则\n第一条本办法所称联盟是合作组织。\n二、附则\n"
        "第二条本办法自2016年1月1日起实施。\n附件2\n河北省×××产业技术创新战略联盟\n备案申请书\n牵头单位：（盖章）\n"
        "归口部门：（盖章）\n申报日期：年月日\n一、创新联盟简况创新联盟名称（全称）创新联盟协议（章程）生效时间年月日技术领域\n"
        "二、联盟简介及创新内容、目标（限500字）\n三、审验意见表归口管理部门审验意见审验单位盖章：年月日\n附件3\n"
        "河北省×××产业技术创新战略联盟\n协议书（章程）\n一、标题部分\n名称不应包含“中国”等字样。\n二、序文部分\n"
        "列明各方的名称、住所地。\n"
    )
    tops = [(k, n.title) for k, n in by_id(segment(text, {})).items() if "." not in k and not k.startswith("p")]
    assert tops == [("1", "总则"), ("2", "附则"), ("3", "标题部分"), ("4", "序文部分")]
    # an outline to write to (编写提纲 over 一、建设研究院的目的), its captions holding no blank, keeps its headings
    outline = text.replace("一、创新联盟简况创新联盟名称（全称）创新联盟协议（章程）生效时间年月日技术领域", "一、建设研究院的目的、意义")
    outline = outline.replace("三、审验意见表归口管理部门审验意见审验单位盖章：年月日", "三、有关单位意见")
    titles = [n.title for k, n in by_id(segment(outline, {})).items() if "." not in k and not k.startswith("p")]
    assert titles[2:5] == ["建设研究院的目的、意义", "联盟简介及创新内容、目标（限500字）", "有关单位意见"]


def test_a_blank_form_s_cover_fields_after_the_last_article_are_no_closings():
    # vk_09: 附件1 / …建设申请书 / 编写提纲 / 研究院名称： / 依托单位（公章）： / 共建单位（公章）： / 拟任院长： / 填报日期： /
    # 一、… — fields to fill in, not closing lines of the notice (a label over its value, 发文机关： / 国务院, is no such run)
    text = (
        "各市科技局：\n现将《河北省省级产业技术研究院建设与管理办法（试行）》印发你们，请遵照执行。\n河北省科学技术厅\n"
        "2017年12月18日\n第一章总则\n第一条为加强管理，制定本办法。\n第二条本办法自发布之日起试行。\n"
        "附件：1.《河北省省级产业技术研究院建设申请书》编写提纲\n附件1\n河北省省级产业技术研究院建设申请书\n编写提纲\n"
        "研究院名称：\n依托单位（公章）：\n共建单位（公章）：\n拟任院长：\n归口管理部门（公章）：\n依托单位联系人：\n手机：\n"
        "电子信箱：\n填报日期：\n河北省科学技术厅制\n一、建设研究院的目的、意义\n二、研究院服务产业的现状\n"
    )
    nodes = [(k, n.kind, n.text[:4]) for k, n in by_id(segment(text, {})).items() if "." not in k]
    assert nodes == [("p1", "addressee", "各市科技"), ("p2", "preamble", "现将《河"), ("p3", "signature", "河北省科"),
                     ("1", "heading", "第一章总"), ("p4", "attachment", "附件：1"), ("2", "item", "一、建设"),
                     ("3", "item", "二、研究")]


def test_a_single_headed_paragraph_under_a_title_line_among_plain_siblings_is_the_title_s_text():
    # vk_11: 一、充分发挥出口信用保险作用 / 进一步降低短期出口信用保险费率。对…应保尽保，… among title lines over plain
    # text (二、大力支持外贸企业融资 / 通过…。): the heading's one paragraph is its text, as its siblings'
    text = ("各省、自治区、直辖市人民政府：\n为此，提出以下意见：\n一、充分发挥出口信用保险作用\n"
            "进一步降低短期出口信用保险费率。对大型成套设备出口融资应保尽保，抓紧评估和支持一批中长期险项目。\n"
            "二、大力支持外贸企业融资\n通过差别准备金、利率、再贷款等政策，引导金融机构加大对小微企业的支持力度。\n"
            "三、进一步提高贸易便利化水平\n积极改善通关便利化的技术条件，提高机检比例，降低海关出口平均查验率。\n")
    seg = by_id(segment(text, {}))
    assert "1.p1" not in seg and "进一步降低短期出口信用保险费率。" in seg["1"].text
    # a run of two headed paragraphs keeps its paragraph nodes
    run = text.replace("中长期险项目。\n", "中长期险项目。\n扩大出口信用保险覆盖面。支持小微企业投保，降低投保门槛。\n")
    assert "1.p2" in by_id(segment(run, {}))
    # rd_03: where a sibling title heads paragraphs of its own, the lone headed paragraph stays a node
    headed = text.replace("通过差别准备金", "加大融资支持。通过差别准备金").replace(
        "支持力度。\n", "支持力度。\n拓宽融资渠道。鼓励金融机构创新产品，扩大信贷投放规模。\n")
    assert "1.p1" in by_id(segment(headed, {}))


def test_a_listing_head_opens_the_run_of_headed_paragraphs_under_the_last_heading():
    # ve_07: 十一、优化发展环境，完善保障体系 / 发挥自由贸易试验区、自由贸易港制度创新作用。扩大… / 不断提升贸易便利化水平。… —
    # the last heading's run opens on a head naming a 、 list (a task's verb first, lexicons/task_verbs.tsv: 发挥), as in
    # the body (八、… / 办好进博会、广交会等一批综合展会。对标… / 培育…。)
    text = ("各省人民政府：\n现提出以下意见。\n\n八、推进贸易促进平台建设\n\n"
            "办好进博会、广交会等一批综合展会。对标国际一流展会，着力提升国际化、专业化水平。\n\n"
            "培育进口贸易促进创新示范区。充分发挥示范区的示范引领作用。\n\n十一、优化发展环境，完善保障体系\n\n"
            "发挥自由贸易试验区、自由贸易港制度创新作用。扩大开放领域，推动外向型经济主体在自由贸易试验区汇聚。\n\n"
            "不断提升贸易便利化水平。进一步简化通关作业流程，精简单证及证明材料。\n\n"
            "优化进出口管理和服务。完善大宗商品进出口管理。\n")
    seg = by_id(segment(text, {}))
    assert [seg[k].title for k in ("1.p1", "1.p2")] == ["办好进博会、广交会等一批综合展会", "培育进口贸易促进创新示范区"]
    assert [seg[k].title for k in ("2.p1", "2.p2", "2.p3")] == [
        "发挥自由贸易试验区、自由贸易港制度创新作用", "不断提升贸易便利化水平", "优化进出口管理和服务"]
    # alone under the last heading, with no headed line after it, the sentence is the heading's text
    alone = text.replace("不断提升贸易便利化水平。进一步", "进一步").replace("优化进出口管理和服务。完善", "完善")
    assert "2.p1" not in by_id(segment(alone, {}))


def test_list_entries_whose_symbol_font_stops_were_glued_after_the_title_are_items():
    # vg_06: （三）拓宽创业投融资渠道。1\ue010发挥多层次资本市场作用，…。2\ue010将小额担保贷款…。3\ue010省级设立… on one line:
    # once repair reads the glyph as the stop, the entries are the heading's items
    from policyparse.repair import repair
    text = ("为做好就业创业工作，提出如下实施意见：\n一、深入实施就业优先战略\n将城镇新增就业作为宏观调控重要指标。\n"
            "二、积极推进创业带动就业\n（一）营造市场准入环境。深化商事制度改革。\n（二）拓宽创业投融资渠道。1\ue010发挥多层次资本市场作用，"
            "推动企业到创业板挂牌。2\ue010将小额担保贷款调整为创业担保贷款，建立担保基金持续补充机制。"
            "3\ue010省级设立高校毕业生创业就业基金，从创业扶持资金中安排。\n")
    seg = by_id(segment(repair(text).text, {}))
    assert (seg["2.2"].kind, seg["2.2"].title) == ("heading", "拓宽创业投融资渠道")
    assert [(seg[k].marker, seg[k].kind) for k in ("2.2.1", "2.2.2", "2.2.3")] == [("1.", "item"), ("2.", "item"), ("3.", "item")]


def test_a_lead_in_line_between_an_attached_title_and_its_first_part_is_its_opening():
    # vk_07: 附件3 / 河北省xxx产业技术创新战略联盟 / 协议书（章程） / 编写参考： / 一、标题部分 — the colon line leads into the
    # attached document's body: a preamble, its title lines no nodes
    text = ("各设区市科技局：\n现印发你们，请认真贯彻实施。\n一、总则\n第一条本办法所称联盟是合作组织。\n二、附则\n"
            "第二条本办法自2016年1月1日起实施。\n附件3\n河北省xxx产业技术创新战略联盟\n协议书（章程）\n编写参考：\n"
            "一、标题部分\n名称不应包含“中国”等字样。\n二、序文部分\n列明各方的名称、住所地。\n")
    tops = [(k, n.kind, n.text[:4]) for k, n in by_id(segment(text, {})).items() if "." not in k]
    assert tops[-3:] == [("p3", "preamble", "编写参考"), ("3", "heading", "一、标题"), ("4", "heading", "二、序文")]
    # a line that is no lead-in (a title line, no colon) stays a title line
    plain = text.replace("编写参考：\n", "")
    assert [k for k in by_id(segment(plain, {})) if k.startswith("p")] == ["p1", "p2"]


def test_an_article_opening_on_a_noun_phrase_closed_by_a_colon_heads_its_paragraph():
    # ve_01: 第一条为…制定本规定。 / 第二条 产业结构调整的目标： / 推进产业结构优化升级，… — the article's phrase titles the
    # paragraph below it (a heading, as 一、考评对象： over its text is); a rule's lead-in (…应当具备下列条件：) stays an item
    text = ("第一章 总则\n第一条为全面落实科学发展观，加强宏观调控，制定本规定。\n第二条 产业结构调整的目标：\n"
            "推进产业结构优化升级，促进一、二、三产业健康协调发展。\n第三条 申请单位应当具备下列条件：\n"
            "具有独立法人资格，近三年无违法记录。\n")
    seg = by_id(segment(text, {}))
    assert [(k, seg[k].kind) for k in ("1.1", "1.2", "1.3")] == [("1.1", "item"), ("1.2", "heading"), ("1.3", "item")]


def test_a_cut_issuing_sentence_above_the_issued_plan_s_title_is_a_preamble():
    # vn_11: the stored page cut the 现印发 sentence after 已经; the plan's title lines follow, then its opening
    text = ("兰州市人民政府办公厅\n印发关于加快推进全市第三产业跨越发展的\n实施意见的通知\n兰政办发〔2015〕7号\n"
            "各县、区人民政府,市政府各部门:\n"
            "《关于加快推进全市第三产业跨越发展的实施意见》已经\n"
            "关于加快推进全市第三产业\n跨越发展的实施意见\n"
            "为进一步加快推进我市第三产业发展,扩大产业规模,现提出以下实施意见。\n"
            "一、指导思想\n以党的十八大精神为指导,推动传统产业大提升。\n"
            "二、基本原则\n坚持市场主导,政府引导。\n")
    seg = segment(text, {})
    nodes = by_id(seg)
    assert [nodes[i].kind for i in ("p1", "p2", "p3")] == ["addressee", "preamble", "preamble"]
    assert nodes["p2"].text.startswith("《关于加快推进")
    # the issuer printed over a title opening on 印发 is the title's subject
    assert seg.metadata.title == "兰州市人民政府办公厅印发关于加快推进全市第三产业跨越发展的实施意见的通知"
    assert "p4" not in nodes  # the plan's two title lines open no node
    # a title line that goes on past its 》 into a noun (经验) is no sentence
    from policyparse.segment.tree import _ISSUING_SENTENCE_CUT
    assert _ISSUING_SENTENCE_CUT.match("《某县农村公路建设》经验交流材料") is None
    assert _ISSUING_SENTENCE_CUT.match("《某县农村公路建设管理办法》经县人民政府同意") is not None


def test_a_short_label_between_two_lists_of_an_article_is_a_paragraph_beside_their_entries():
    # vo_05: 激励措施包括： opens the article's first list (the article's text); 惩戒措施包括： heads the second
    text = ("第一条（总则）\n为规范管理，制定本办法。\n"
            "第二条（信用信息应用）\n鼓励管理部门在经济活动中参考使用信用评价结果。\n激励措施包括：\n"
            "（一）在行政管理过程中给予支持和便利；\n（二）在政府采购活动中，列为优先选择对象；\n（三）国家和本市规定的其他激励措施。\n"
            "惩戒措施包括：\n"
            "（一）在实施行政许可等工作中，列为重点审查对象；\n（二）国家和本市规定的其他惩戒措施。\n"
            "第三条（法律责任）\n违反本办法的，依法予以处理。\n")
    nodes = by_id(segment(text, {}))
    assert [i for i in nodes if i.startswith("2.")] == ["2.1", "2.2", "2.3", "2.p1", "2.4", "2.5"]
    assert nodes["2.p1"].kind == "paragraph" and nodes["2.p1"].title == "惩戒措施包括"
    assert nodes["2.3"].text.endswith("其他激励措施。")
    # a lead-in sentence (ra_09's shape) stays the last entry's text
    long = text.replace("惩戒措施包括：", "除前款规定外，还应当根据市场主体类型登记下列事项：")
    nodes = by_id(segment(long, {}))
    assert "2.p1" not in nodes and "下列事项" in nodes["2.3"].text


def test_a_short_first_sentence_in_a_parallel_run_of_unheaded_paragraphs_heads_nothing():
    # vk_07: six paragraphs open on 明确; four are one sentence, so the two whose first sentence is short are no heads
    text = ("（六）创新联盟的经费管理\n"
            "明确创新联盟经费的来源，如创新联盟成员投入、政府财政资助、银行贷款及其他渠道等。\n"
            "明确创新联盟经费用途，如用于公用办公、项目研发等。\n"
            "明确约定创新联盟成员对创新联盟技术创新活动投入以及方式和比例等。\n"
            "明确创新联盟经费的使用规则。创新联盟若设立研发基金的，应约定其来源和使用规则。\n"
            "明确创新联盟经费管理和使用的内部监督机制。经费来源属于政府财政资助的，应明确执行国家有关经费管理监督规定。\n"
            "（七）创新联盟收益分配原则和知识产权管理\n界定创新联盟收益的范围。\n")
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "2"]
    # a run whose paragraphs all open on run-in heads keeps them
    headed = ("（一）加强组织保障\n加强组织领导。各地要建立工作机制，明确分工。\n加强督促检查。各地要定期开展检查，通报进展。\n"
              "加强宣传引导。各地要总结推广经验，营造氛围。\n（二）强化考核\n纳入年度考核。\n")
    assert [i for i in by_id(segment(headed, {})) if i.startswith("1.")] == ["1.p1", "1.p2", "1.p3"]


def test_a_sentence_pointing_back_at_an_articles_list_is_the_articles_text():
    # we_07 (科研失信行为调查处理规则): （十四）其他处理。 / 上述处理措施可合并使用。给予前款…处理的，… — the remark on the list
    # goes on the article; its short first sentence heads no paragraph under the last entry
    text = (
        "第一章总则\n"
        "第一条为了规范调查处理工作，制定本规则。\n"
        "第二条对科研失信行为的处理措施包括：\n"
        "（一）科研诚信诫勉谈话；\n"
        "（二）一定范围内或公开通报批评；\n"
        "（三）其他处理。\n"
        "上述处理措施可合并使用。给予前款第二项处理的，应同时记入数据库。\n"
        "第三条本规则自发布之日起实施。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "1.2.3", "1.3"]
    assert nodes["1.2.3"].kind == "item"


def test_the_next_issued_documents_title_closes_the_one_before_and_its_opening_is_a_preamble():
    # wl_06: a notice issuing several documents (named in 《》 in its front) prints each one's title above its opening
    # paragraph; the title ends the document before it, and the opening is a top-level preamble, numbered on after it
    text = (
        "《关于深化某改革的意见》《关于完善某监管制度的实施方案》已经省政府同意，现印发给你们，请认真贯彻落实。\n"
        "某省人民政府办公厅\n2019年11月4日\n"
        "关于深化某改革的意见\n"
        "为深入贯彻有关部署，提出如下意见。\n"
        "一、总体要求\n（一）强化责任落实。各级政府要明确职责。\n（二）强化宣传引导。营造良好氛围。\n"
        "关于完善某监管制度的实施方案\n"
        "为完善全省某监督管理，结合我省实际，制定本实施方案。\n"
        "一、重点任务\n（一）构建综合监管体系。坚持和加强党的全面领导。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["1.2"].text.endswith("营造良好氛围。")
    assert nodes["p4"].kind == "preamble" and nodes["p4"].text.startswith("为完善全省某监督管理")
    assert nodes["2"].marker == "一、" and nodes["2.1"].marker == "（一）"


def test_issued_titles_not_opening_on_guanyu_close_the_one_before():
    # wq_11: 现将《中国（山东）…总体方案》、《中国（江苏）…总体方案》…印发给你们 — each plan's title (no 关于) stands above its
    # opening; it ends the plan before it, whose last heading took the next opening as text on main
    text = (
        "各省、自治区、直辖市人民政府：\n"
        "现将《中国（山东）自由贸易试验区总体方案》、《中国（江苏）自由贸易试验区总体方案》印发给你们，请认真贯彻执行。\n"
        "国务院\n2019年8月2日\n"
        "中国（山东）自由贸易试验区总体方案\n"
        "建立中国（山东）自由贸易试验区，是党中央作出的重大决策。\n"
        "一、总体要求\n（一）指导思想。以新发展理念为指导。\n四、保障机制\n坚持和加强党的领导。\n"
        "中国（江苏）自由贸易试验区总体方案\n"
        "建立中国（江苏）自由贸易试验区，是党中央作出的重大决策。\n"
        "一、总体要求\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["2"].text.endswith("坚持和加强党的领导。")
    assert nodes["p5"].kind == "preamble" and nodes["p5"].text.startswith("建立中国（江苏）")
    assert nodes["3"].marker == "一、"


def test_a_title_cited_in_the_front_closes_nothing():
    # 根据《…》 names a document the notice does not issue: a line reading as that title stays the open node's text
    text = (
        "各区人民政府：\n根据《数据安全管理办法》，现将有关事项通知如下。\n"
        "一、总体要求\n各区要落实责任。\n数据安全管理办法\n二、工作措施\n"
    )
    nodes = by_id(segment(text, {}))
    assert "数据安全管理办法" in nodes["1"].text and sorted(k for k in nodes if not k.startswith("p")) == ["1", "2"]


def test_the_paragraphs_after_the_enacting_article_are_its_own():
    # wq_03 (深圳经济特区房地产登记条例): 第六十条 本条例自1993年7月1日起施行。 / 本条例施行前，… — the transition provisions
    # after the last article, the one that enacts the rules, are its paragraphs, not closing nodes of the document
    text = (
        "第七章 附则\n"
        "第五十九条 市人民政府可以依据本条例制定实施细则。\n"
        "第六十条 本条例自1993年7月1日起施行。\n"
        "本条例施行前，应当登记而未登记的房地产，当事人应当在本条例施行之日起一年内申请登记。\n"
        "本条例施行前在特区内实施的有关规定与本条例不一致的，适用本条例。\n"
    )
    nodes = by_id(segment(text, {}))
    assert sorted(nodes) == ["1", "1.1", "1.2"] and nodes["1.2"].text.endswith("适用本条例。")


def test_an_enactment_line_after_a_last_article_of_other_words_still_closes():
    # below an article that enacts nothing, 本办法自…施行 on a line of its own closes the document as before
    text = (
        "第一条 为规范管理，制定本办法。\n第二条 本办法适用于全市。\n"
        "第三条 市财政局负责解释。\n本办法自2020年1月1日起施行。\n"
    )
    nodes = by_id(segment(text, {}))
    assert nodes["p1"].kind == "closing"


def test_a_decimal_between_two_entries_of_a_list_is_the_entry_its_text_opening_on_a_figure():
    """4.人才须为… / 5.4型（双一流…除外）、5型、6型保障对象须为… / 6.人才以家庭… (wv_05, PDF text): 5.4 stands between the
    list's 4. and 6., so it is the list's entry 5 whose text opens on 4型, not a part of a decimal outline."""
    text = ("二、申请条件\n1.人才须在本区落户；\n2.人才所在企业须在本区登记；\n3.人才须签订劳动合同；\n4.人才须为经认定的人才；\n"
            "5.4型（硕士研究生除外）、5型、6型保障对象须为2023年后引进的人才；\n6.人才以家庭为单位进行申报；\n7.人才家庭无自有住房。\n")
    nodes = by_id(segment(text, {}))
    assert [nodes["1.%d" % k].marker for k in range(1, 8)] == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    assert nodes["1.5"].level == 3 and "1.5.1" not in nodes


def test_an_attachment_list_whose_entries_wrap_onto_lines_of_their_own_heads_nothing():
    """附表：1.…申请表 / 2.…承诺和授权书 / 3.企业…申报公示 / 模板 / 4.…花名册 (wv_05, PDF text): the wrapped rest of an
    entry's name between two entries keeps the list one list, so its 4. heads nothing either (a 4. left numbered after
    the section's 1.–6. restarts its list under an inferred level)."""
    from policyparse.segment.layout import analyse
    text = ("五、其他事项\n1.申请人应提交真实有效的申请材料。\n2.本细则由区人社局负责解释。\n"
            "附表：1.人才租赁补贴申请表\n2.人才租赁补贴承诺和授权书\n3.企业人才租赁补贴申报公示\n模板\n4.人才租赁补贴申报人员花名册\n")
    lines = analyse(text).lines
    assert [line.marker for line in lines if line.s[:2] in ("2.", "3.", "4.") and "人才" in line.s] == [None, None, None]


def test_the_numbered_notes_under_a_form_s_notes_label_are_no_items():
    """注意事项：1.本表中日期统一写法为… / 2.人才类别仅填写一种… (wv_05, a form's notes after the 承诺书's 五、): the notes
    numbered on from the label's line head nothing; the notes may wrap onto lines of their own."""
    text = ("一、我们愿意遵守以上承诺。\n二、我们愿意承担相应的法律责任。\n注意事项：1.本表中日期统一写法为20XX.XX.XX。\n"
            "2.首次申请人员须在备注一栏填写“首次申请”，再次申请人员须在备注一栏写明已享受的\n月份及累计享受月份。\n"
            "3.人才类别仅填写一种。\n")
    nodes = by_id(segment(text, {}))
    assert not any(k.startswith("2.") for k in nodes)
    assert [k for k in nodes if not k.startswith("p")] == ["1", "2"]


def test_the_verso_under_the_signature_above_the_issued_document_closes_the_notice():
    """生态环境部 / 2019年5月29日 / 抄送：… / 生态环境部办公厅2019年6月14日印发 / 附件… (wv_01): the 抄送 line right under the
    signature's date and the imprint under it are closing lines (the 版记), not a preamble running on over the imprint."""
    text = ("关于发布《某某实施指南（试行）》的公告\n为推动某项工作，现发布《某某实施指南（试行）》（见附件）。\n特此公告。\n"
            "附件：某某实施指南（试行）\n某某部\n2019年5月29日\n抄送：各省、自治区、直辖市某某厅（局）。\n"
            "某某部办公厅2019年6月14日印发\n附件某某实施指南（试行）\n第一章 总则\n第一条 为推动某项工作，制定本指南。\n"
            "第二条 本指南所称活动，是指较大规模聚集行动。\n")
    nodes = by_id(segment(text, {}))
    kinds = [(k, n.kind) for k, n in nodes.items() if k.startswith("p")]
    assert ("p5", "closing") in kinds and ("p6", "closing") in kinds
    assert nodes["p6"].kind == "closing"


def test_the_imprint_under_the_disclosure_note_is_a_closing_line():
    """某某部 / 2022年4月1日 / （此件社会公开） / 某某部办公厅2022年4月2日印发 / …实施方案 / 为贯彻… (wv_09, vx_01): the note
    between the signature's date and the imprint is the signature's; the imprint is a closing line of its own."""
    text = ("关于印发《某某工作实施方案》的通知\n各省某某厅（局）：\n为贯彻落实目标，现印发给你们，请认真贯彻实施。\n某某部\n2022年4月1日\n"
            "（此件社会公开）\n某某部办公厅2022年4月2日印发\n某某工作实施方案\n为贯彻落实某某目标，制定本方案。\n一、形势与挑战\n"
            "回顾过去，取得积极进展。\n二、总体思路\n坚持问题导向。\n")
    nodes = by_id(segment(text, {}))
    assert [(k, n.kind) for k, n in nodes.items() if k.startswith("p")][-2:] == [("p4", "closing"), ("p5", "preamble")]


def test_a_numbered_label_glued_to_its_title_below_the_signature_heads_the_attached_document():
    """…二、工作中如有重要事项，请及时反馈我部。 / 某某部办公厅 / 2020年9月1日 / 部内抄送：执法局。 / 附件1某监管行动计划（2021-2023年）
    / 加强某监管是深化改革的必然要求… / 一、工作目标 (wv_02): the label and the title on one line are the attached
    document's head, no node; its opening paragraph is a preamble, not a closing."""
    text = ("关于印发《某监管行动计划（2021-2023年）》的通知\n各省某某厅（局）：\n为贯彻精神，现印发给你们，通知如下：\n"
            "一、高度重视，进一步强化监管工作。请于11月15日前报送我部。\n二、工作中如有重要事项，请及时反馈我部。\n某某部办公厅\n2020年9月1日\n"
            "部内抄送：执法局。\n附件1某监管行动计划（2021-2023年）\n加强某监管是深化改革的必然要求，制定本行动计划。\n一、工作目标\n"
            "通过实施本行动计划，切实提高质量。\n二、重点任务\n开展抽查。\n")
    nodes = by_id(segment(text, {}))
    ps = [(k, n.kind) for k, n in nodes.items() if k.startswith("p")]
    assert ps[-1][1] == "preamble" and not any(kind == "attachment" for _, kind in ps)
    assert nodes["3"].marker == "一、"


def test_a_run_of_heads_goes_on_from_a_short_head_to_a_longer_one():
    # wz_03 3.1 / 4.3: a plan's run-in heads run short and long alike; a short head with a longer one (17–24
    # characters) on the next line opens the run as two short ones do
    text = (
        "三、促进高端装备与新材料产业突破发展\n"
        "（一）打造智能制造高端品牌。着力提高智能制造核心装备与部件的性能和质量。\n"
        "大力发展智能制造系统。加快推动新一代信息技术与制造技术的深度融合。\n"
        "推动智能制造关键技术装备迈上新台阶。构建工业机器人产业体系。\n"
        "（二）实现航空产业新突破。加强自主创新，推进民用航空产品产业化。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k.startswith("1.1")] == ["1.1", "1.1.p1", "1.1.p2"]
    assert nodes["1.1.p2"].title == "推动智能制造关键技术装备迈上新台阶"


def test_a_run_of_heads_goes_on_past_a_box_of_one_entry():
    # wz_03 2.1: 加快构建新一代无线宽带网。… / 专栏1 … / 开展电信普遍服务试点工作，… / 统筹发展应用基础设施。…: inside a run of
    # headed paragraphs, a box of one prose entry ends at the next headed line, which goes on the run; after a lone
    # headed paragraph (uw_11: 强化电子政务内外网建设。… / 任务专栏2 … / 推进…接入工作，… / 建设国家局电子政务内网。…) the box keeps it
    text = (
        "二、推动信息技术产业跨越发展\n"
        "（一）构建网络强国基础设施。深入推进“宽带中国”战略。\n"
        "大力推进高速光纤网络建设。开展智能网络新技术规模应用试点。\n"
        "加快构建新一代无线宽带网。加快第四代移动通信网络建设。\n"
        "专栏1\u3000宽带乡村示范工程\n"
        "开展电信普遍服务试点工作，促进三网融合，加快光缆、卫星通信进行政村建设。\n"
        "统筹发展应用基础设施。充分利用现有设施，统筹规划大型数据中心。\n"
        "加强国际合作。加强信息网络基础设施国际互联互通合作。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k.startswith("1.1")] == ["1.1", "1.1.p1", "1.1.p2", "1.1.p3", "1.1.p4"]
    assert nodes["1.1.p3"].title == "统筹发展应用基础设施"
    text = (
        "二、重点任务\n"
        "（一）整合基础平台\n"
        "建设药品监管云。建设国家局药品监管云，为国家局机关提供云服务。\n"
        "任务专栏1\u3000药品监管云建设\n"
        "加快对国家局机房基础设施进行升级改造，形成自建云平台。\n"
        "（二）畅通网络互联\n"
        "强化电子政务内外网建设。国家局进一步完善电子政务外网。\n"
        "任务专栏2\u3000国家局电子政务内外网建设\n"
        "推进电子政务外网的接入工作，实现国家局外网与国家电子政务外网的连接。\n"
        "建设国家局电子政务内网。依托国家电子政务内网，建设国家局内网。\n"
    )
    nodes = by_id(segment(text, {}))
    # the lone head's box keeps its headed entry (in uw_11 itself, under 2.2.p1: the digests hold it)
    assert not [k for k in nodes if k.startswith("1.2.") and nodes[k].title == "建设国家局电子政务内网"]


def test_the_plus_of_internet_plus_is_part_of_a_run_in_head():
    # wz_03 2.2: 促进“互联网+”新业态创新。…: the + of a policy's name (+ or ＋) is a character of the head
    from policyparse.segment.headings import long_paragraph_head, paragraph_heads

    assert paragraph_heads("促进“互联网+”新业态创新。鼓励运用信息网络技术推动生产变革。") == [(0, "促进“互联网+”新业态创新")]
    assert paragraph_heads("促进“互联网＋”新业态创新。鼓励运用信息网络技术推动生产变革。") == [(0, "促进“互联网＋”新业态创新")]
    assert long_paragraph_head("拓展生活及公共服务领域的“互联网+”应用。加快行业管理体制创新。") == "拓展生活及公共服务领域的“互联网+”应用"
    text = (
        "二、推动信息技术产业跨越发展\n"
        "（二）推进“互联网+”行动。促进新一代信息技术与经济社会各领域融合发展。\n"
        "深化互联网在生产领域的融合应用。深化制造业与互联网融合发展。\n"
        "促进“互联网+”新业态创新。鼓励运用信息网络技术推动生产、管理和营销模式变革。\n"
    )
    nodes = by_id(segment(text, {}))
    assert [k for k in nodes if k.startswith("1.1")] == ["1.1", "1.1.p1", "1.1.p2"]
def test_a_title_naming_its_short_form_in_brackets_ends_at_the_short_name_when_text_is_glued_on():
    # xd_01 (a 生态环境部 cell stored on one line): （一）…专项检查（简称监测机构检查）生态环境部每年随机抽查…
    text = ("五、检查内容\n"
            "（一）生态环境监测机构数据质量专项检查（简称监测机构检查）生态环境部每年随机抽查生态环境监测机构约200家。\n"
            "（二）排污单位自行监测质量专项检查（简称排污单位检查）生态环境部以京津冀及周边地区为重点，检查数据质量。\n")
    seg = by_id(segment(text, {}))
    assert seg["1.1"].title == "生态环境监测机构数据质量专项检查（简称监测机构检查）"
    assert seg["1.2"].title == "排污单位自行监测质量专项检查（简称排污单位检查）"
    # a sentence naming its short form goes on after a comma: no title glued
    going_on = "一、建立联席会议制度（简称联席会议），统筹推进各项工作。\n二、强化督促检查。各地要定期检查。\n"
    assert by_id(segment(going_on, {}))["1"].title.startswith("建立联席会议制度（简称联席会议），统筹")
    # 以下简称 brings in a term the sentence goes on with: its subject, then the predicate
    subject = "一、长期护理保险基金（以下简称长护基金）按照以收定支的原则筹集。\n二、强化督促检查。各地要定期检查。\n"
    assert by_id(segment(subject, {}))["1"].title.startswith("长期护理保险基金（以下简称长护基金）按照")
    # sb_11: a clause whose preposition takes the short name as its object (为使按本办法（简称新办法）计算的…) is no title
    clause = "一、为使按本办法（简称新办法）计算的基本养老金与原办法衔接，设立过渡性调节金。\n二、强化督促检查。各地要定期检查。\n"
    assert by_id(segment(clause, {}))["1"].title.startswith("为使按本办法（简称新办法）计算的")


def test_a_time_with_its_day_or_after_jiezhi_opens_text_glued_to_a_title_but_a_yearly_limit_goes_on():
    # xd_06 / wo_09 (cells stored on one line): 截至2018年3月29日， / 2019年12月31日前， open the glued text
    text = ("一、总体进展情况\n"
            "（一）新建水站进展情况截至2018年3月29日，959个需地方新建的水站中，958个已落实经费。\n"
            "（二）已建水站进展情况截至2018年3月29日，530个已建水站中，395个已落实经费。\n"
            "三、对象范围2019年12月31日前，已取得排污许可证的排污单位。\n")
    seg = by_id(segment(text, {}))
    assert [seg[k].title for k in ("1.1", "1.2", "2")] == ["新建水站进展情况", "已建水站进展情况", "对象范围"]
    # vl_09: 每年1月31日前， is a limit inside the sentence (合作银行应在每年…)
    yearly = "一、合作银行应在每年1月31日前，根据要求报送上一年度贷款情况。\n二、强化督促检查。各地要定期检查。\n"
    assert by_id(segment(yearly, {}))["1"].title.startswith("合作银行应在每年1月31日前")
    # uw_07: the short name modifying what follows (…（以下简称预置软件）的生产企业…) is the sentence's subject going on
    modifier = ("第五条生产企业应依法提供软件，采取有效措施，保护用户合法权益：\n"
                "（一）提供移动智能终端预置软件（以下简称预置软件）的生产企业应自觉维护行业公平竞争，依法维护用户权益。\n"
                "（二）生产企业不得调用与所提供服务无关的功能。\n")
    assert "的生产企业" in by_id(segment(modifier, {}))["1.1"].title


def test_glued_siblings_cut_at_a_body_acting_alone_or_with_others_a_tier_of_bodies_and_a_preposition_of_means():
    # xd_01: 六、组织方式… / （一）监测机构检查生态环境部单独或会同…对… / （二）排污单位检查生态环境部负责对… (the 对 after
    # 负责 is the sentence's, not the title's end) / （三）运维质量检查生态环境部负责组织…
    text = ("一、组织方式\n"
            "（一）监测机构检查生态环境部单独或会同市场监管总局对各级各类生态环境监测机构开展专项检查。\n"
            "（二）排污单位检查生态环境部负责对重点行业排污单位自行监测质量进行检查，开展随机检查。\n"
            "（三）运维质量检查生态环境部负责组织对自动监测运维机构监督检查。\n")
    seg = by_id(segment(text, {}))
    assert [seg[k].title for k in ("1.1", "1.2", "1.3")] == ["监测机构检查", "排污单位检查", "运维质量检查"]
    # 各省级…要 opens a sentence as 各级…要 does; 通过 opens the text of a glued list's entry
    text = ("八、保障措施\n"
            "（一）加强组织领导地方各级生态环境部门要进一步提高认识，形成合力。\n"
            "（二）严格组织实施各省级生态环境部门要依据本计划，制定三年行动计划。\n"
            "（三）加强宣传教育各级生态环境部门要及时通报，加大警示教育力度。\n")
    assert by_id(segment(text, {}))["1.2"].title == "严格组织实施"
    parts = ("一、指导思想以习近平新时代中国特色社会主义思想为指导，切实保障数据质量。\n"
             "二、工作目标通过实施《行动计划》，到2020年，确保监测数据真实、准确、客观。\n"
             "三、重点任务针对各类生态环境监测活动开展监督检查，重点检查弄虚作假情况。\n")
    assert by_id(segment(parts, {}))["2"].title == "工作目标"
