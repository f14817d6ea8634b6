"""Titles glued to their text in a body stored on one line (issue 10 §2, session 30): where the title ends."""
from policyparse.segment.headings import glued_title_at_preposition, glued_title_at_time, heading_title


def test_a_glued_title_ends_before_a_time_opening_the_text():
    # ut_03 / uy_11 (Hebei pages stored on one line): 二、集中公布服务内容6月底前，各市… / 十五、持续抓好跟踪调度从7月起，…
    # / （二）主要目标到2025年，…: a time closed by a comma opens a sentence; 到 / 从 go with it
    assert glued_title_at_time("集中公布服务内容6月底前，各市人力资源社会保障部门要充分运用各种渠道") == "集中公布服务内容"
    assert glued_title_at_time("持续抓好跟踪调度从7月起，省人社厅对各地进行周调度") == "持续抓好跟踪调度"
    assert glued_title_at_time("主要目标到2025年，普法责任制有效落实") == "主要目标"
    assert glued_title_at_time("全面总结提升2023年以来，各地积极探索") == "全面总结提升"
    # a year the title names, with no comma after it, is the title's own; a time at the start leaves no title before it
    assert glued_title_at_time("做好2024年重点民生实事，推动各项任务落地") is None
    assert glued_title_at_time("2024年底前，完成全部改造任务") is None
    # a figure before the time (实施3年行动计划): only the title's first figure is read, and it opens no time
    assert glued_title_at_time("实施3年行动计划2024年，全市新建") is None
    # the title before the time must be Han and end on no joining word (…的 / …在 goes on into the time)
    assert glued_title_at_time("加强2024年，推动") is None
    assert glued_title_at_time("完善工作机制的2024年，推动") is None
    # ro_12: a unit as the sentence's subject, or an intent, before the time: a sentence from its start, no title
    assert glued_title_at_time("市工业和信息化局自2024年起，每年公开发布项目申报指南") is None
    assert glued_title_at_time("全市上下力争到2025年，建成一批示范园区") is None


def test_heading_title_cuts_a_title_glued_to_a_dated_sentence():
    assert heading_title("迅速建立实名台账6月底前，对登记失业青年信息进行全面摸排。7月底前，对接。") == ("迅速建立实名台账", True)
    # a title sentence closed by 。 before the time is read as before
    assert heading_title("工作目标。到2025年，全市建成。") == ("工作目标", True)


def test_a_stage_title_ends_after_its_span_with_years_written_out():
    # uy_11: 宣传启动阶段（2021年12月至2022年3月底）省人力资源社会保障厅制定…: the span to a month's 底, years written out
    assert heading_title("宣传启动阶段（2021年12月至2022年3月底）省人力资源社会保障厅制定规划，对普法工作进行动员部署。")[0] == (
        "宣传启动阶段（2021年12月至2022年3月底）")


def test_a_glued_title_ends_before_yituo_opening_the_text():
    # ut_03: 四、全面落实就业帮扶依托实名台账，… / 十、深入实施技能培训依托政府公共服务平台，…
    assert glued_title_at_preposition("全面落实就业帮扶依托实名台账，对未就业毕业生等青年集中开展帮扶") == "全面落实就业帮扶"
    assert glued_title_at_preposition("深入实施技能培训依托政府公共服务平台，及时公开职业培训机构目录") == "深入实施技能培训"
    # 依托 opening the title itself leaves no title of four characters before it
    assert glued_title_at_preposition("依托龙头企业，带动产业发展") is None


def test_a_one_line_body_reads_its_dated_glued_titles_as_headings():
    from policyparse.pipeline import parse

    text = ("关于开展就业服务攻坚行动的通知各市人力资源社会保障局：现就有关事宜通知如下：一、集中公布服务内容6月底前，各市要"
            "充分运用各种渠道，普遍发出公开信。二、迅速建立实名台账6月底前，对登记失业青年信息进行全面摸排。7月底前，建立台账。"
            "三、全面落实就业帮扶依托实名台账，对未就业毕业生集中开展帮扶。\n")
    heads = [n for n in parse(text).sections if n.marker]
    assert [(n.kind, n.title) for n in heads] == [
        ("heading", "集中公布服务内容"), ("heading", "迅速建立实名台账"), ("heading", "全面落实就业帮扶")]


def test_a_glued_title_ends_before_an_adverb_or_a_ba_clause_opening_the_predicate():
    from policyparse.segment.headings import glued_title_at_predicate

    # ut_03, vg_03 (lists whose titles are seen glued): the title opens on any word; the text on 认真 / 切实 / 千方百计 /
    # 要把 / 将…，
    assert glued_title_at_predicate("准确把握总体要求认真学习贯彻习近平总书记重要讲话精神，深入落实") == "准确把握总体要求"
    assert glued_title_at_predicate("有保有限，强化电力需求侧管理切实做好有序供电、限电") == "有保有限，强化电力需求侧管理"
    assert glued_title_at_predicate("切实做好电力迎峰度夏保障工作千方百计增加电煤库存") == "切实做好电力迎峰度夏保障工作"
    assert glued_title_at_predicate("做好当前运行调节与长远建设的衔接要把努力解决当前突出问题与搞好长远建设结合起来") == (
        "做好当前运行调节与长远建设的衔接")
    assert glued_title_at_predicate("聚焦重点结对帮扶将脱贫家庭、低保家庭、零就业家庭以及有残疾的未就业毕业生作为重点帮扶对象，实施") == (
        "聚焦重点结对帮扶")
    # a short tail is the title's own predicate; 积极性 is a noun; after a comma the opener goes on the sentence
    assert glued_title_at_predicate("推动惠企政策切实落地见效") is None
    assert glued_title_at_predicate("充分调动各类市场主体积极性") is None
    assert glued_title_at_predicate("加强组织领导，切实做好各项保障工作") is None
    # 将 with no comma within reach takes no object before one: no sentence glued on
    assert glued_title_at_predicate("推动产业园区将来发展壮大") is None


def test_glued_siblings_cut_at_the_adverb_before_a_verb_after_it():
    from policyparse.pipeline import parse

    # uy_11's （三）完善干部职工学法用法制度认真落实…: the verb cut alone ended the title at 落实 (…制度认真); 认真 opens the text
    text = ("一、组织实施\n（一）加强组织领导各级人力资源社会保障部门要进一步提高系统观念，把普法工作摆上重要议事日程。\n"
            "（二）完善干部职工学法用法制度认真落实领导干部学法制度，坚持党组中心组集体学法，列入学习计划。\n")
    part = parse(text).sections[0]
    assert [(c.kind, c.title) for c in part.children] == [
        ("heading", "加强组织领导"), ("heading", "完善干部职工学法用法制度")]


def test_a_glued_title_ends_where_the_text_takes_up_the_title_s_words_as_its_subject():
    from policyparse.segment.headings import glued_title_at_echo

    # vg_02 (a body stored on one line): 二、全面推行行政执法公示制度，着力打造透明政府行政执法公示是… / 五、…提供技术保障行政执法机关要…
    assert glued_title_at_echo("全面推行行政执法公示制度，着力打造透明政府行政执法公示是保障行政相对人知情权的重要措施") == (
        "全面推行行政执法公示制度，着力打造透明政府")
    assert glued_title_at_echo("全面推行执法全过程记录制度，着力规范行政执法程序行政执法全过程记录是行政执法活动合法有效的重要保证") == (
        "全面推行执法全过程记录制度，着力规范行政执法程序")
    assert glued_title_at_echo("推进行政执法信息化建设，为全面推行“三项制度”提供技术保障行政执法机关要加强执法信息管理") == (
        "推进行政执法信息化建设，为全面推行“三项制度”提供技术保障")
    # the words taken up with no predicate after them go on the title (规范行政执法行为), and so does a short one
    assert glued_title_at_echo("加强行政执法队伍建设，提高行政执法水平，规范行政执法行为") is None
    assert glued_title_at_echo("加强电力设施日常管理和维护电力企业要加大投入") is None


def test_glued_siblings_cut_where_the_text_takes_up_the_title_s_words():
    from policyparse.pipeline import parse

    text = ("各市人民政府：\n现提出如下实施方案：\n一、总体要求行政执法“三项制度”聚焦行政执法的源头、过程、结果等关键环节，全面推行。\n"
            "二、全面推行行政执法公示制度，着力打造透明政府行政执法公示是保障行政相对人知情权的重要措施。行政机关要依法公示。\n"
            "三、推进行政执法信息化建设，为全面推行“三项制度”提供技术保障行政执法机关要加强执法信息管理，及时准确公示执法信息。\n")
    heads = [n for n in parse(text).sections if n.marker]
    assert [n.title for n in heads] == ["总体要求", "全面推行行政执法公示制度，着力打造透明政府",
                                        "推进行政执法信息化建设，为全面推行“三项制度”提供技术保障"]


def test_a_formulaic_title_ends_before_a_date_opening_its_glued_text():
    # wc_07 (a body stored on one line): 三、时间安排2022年5月部署考评工作；5月下旬组织报名；… / 四、申报条件单位有空缺岗位…，
    assert heading_title("时间安排2022年5月部署考评工作；5月下旬组织报名；6-7月考试并公布成绩。")[0] == "时间安排"
    assert heading_title("申报条件单位有空缺岗位且近5年年度考核为合格及以上的工人，符合下列条件之一的，可以申报。")[0] == "申报条件"
    # a year the title names with no month after it is no date opening the text
    assert heading_title("时间安排2022年度工作计划")[0] == "时间安排2022年度工作计划"


def test_duixiang_is_a_noun_not_the_preposition_dui():
    # wc_07: 一、考评范围本次技师考评对象为机关事业单位在职在岗人员，… among glued siblings: 对象 opens no text
    assert glued_title_at_preposition("考评范围本次技师考评对象为机关事业单位在职在岗人员，考评范围涉及16个行业") != "考评范围本次技师考评"
    assert glued_title_at_preposition("完善监管体系对违规项目要综合治理") == "完善监管体系"


def test_a_list_every_entry_of_which_reads_as_glued_is_cut_though_none_is_cut_alone():
    from policyparse.pipeline import parse

    # wi_09 / wo_07 (生态环境部 notices stored one line a cell): no title of the list is cut by a cue of its own, but
    # each of its three entries reads as a title glued to a sentence, so the list is read as glued
    text = ("关于做好温室气体排放报告管理相关重点工作的通知各省、自治区、直辖市生态环境厅（局）：现将有关事项通知如下。"
            "一、保障措施（一）加强组织领导各地应高度重视温室气体排放报告管理相关工作，加强组织领导，建立常态化监管工作机制。"
            "（二）落实工作经费保障各地应落实温室气体排放核查、数据质量日常监管以及相关能力建设培训等工作所需经费。"
            "（三）加强能力建设各地应尽快组建一支高水平、专业化的碳市场监管队伍，充实碳排放监督执法人员。\n")
    heads = [n for n in parse(text).sections[-1].children if n.marker]
    assert [(n.kind, n.title) for n in heads] == [
        ("heading", "加强组织领导"), ("heading", "落实工作经费保障"), ("heading", "加强能力建设")]
    # a title's own tail after the cut (…优势企业|培育工程。, wi_03) or an entry opening on 以 (vf_02) keeps the list whole
    text = ("关于加强知识产权工作的意见各市人民政府：现提出以下意见。一、实施三优工程"
            "（一）深入实施知识产权优势企业培育工程。以贯彻推广国家标准为抓手，培育一批优势企业。"
            "（二）开展百项优质专利品牌产品培育工程。进一步丰富知识产权密集型产品线。"
            "（三）实施优秀知识产权人才培养工程。加快知识产权培训基地建设。\n")
    heads = [n for n in parse(text).sections[-1].children if n.marker]
    assert [n.title for n in heads] == [
        "深入实施知识产权优势企业培育工程", "开展百项优质专利品牌产品培育工程", "实施优秀知识产权人才培养工程"]


def test_a_glued_title_ends_where_the_text_opens_again_on_the_title_s_first_word():
    from policyparse.segment.headings import glued_title_at_restart

    # wo_07, wi_09, wo_09: 组织开展月度信息化存证|组织重点排放单位，… / 鼓励地方开展模式和工具创新|鼓励地方围绕… /
    # 生态环境部|生态环境部委托…; figures may stand in the title (组织制订2023年度数据质量控制计划)
    assert glued_title_at_restart("组织开展月度信息化存证组织重点排放单位，按照要求上传") == "组织开展月度信息化存证"
    assert glued_title_at_restart("鼓励地方开展模式和工具创新鼓励地方围绕应对气候变化工作目标") == "鼓励地方开展模式和工具创新"
    assert glued_title_at_restart("组织制订2023年度数据质量控制计划组织重点排放单位，按照指南") == "组织制订2023年度数据质量控制计划"
    assert glued_title_at_restart("生态环境部生态环境部委托中国环境监测总站组建专家组") == "生态环境部"
    # too short a text after the word (a title repeating its word), a comma before it, or a joining word before it
    assert glued_title_at_restart("加强组织领导加强组织") is None
    assert glued_title_at_restart("组织专家，组织企业开展培训工作") is None
    assert glued_title_at_restart("推进改革和推进产业转型升级工作") is None
    # ut_10: 考核方法及步骤工作人员的年度|考核实行…: 的 before it, the noun taken up is the sentence's own
    assert glued_title_at_restart("考核方法及步骤工作人员的年度考核实行领导与群众相结合的方法") is None


def test_a_glued_title_ends_before_a_preposition_taking_a_cited_title():
    # wo_07: 强化数据质量日常监管按照《核算报告指南》等要求，… / 开展对核查技术服务机构的评估根据《…》要求，…
    assert glued_title_at_preposition("强化数据质量日常监管按照《核算报告指南》等要求，组织有关技术支撑单位") == "强化数据质量日常监管"


def test_three_in_four_entries_read_as_glued_make_the_list_glued():
    from policyparse.pipeline import parse

    # wo_07 (工作任务): six of seven entries read as glued (the first opens its text on a noun), none cut alone
    text = ("关于做好发电行业温室气体排放报告管理工作的通知各省、自治区、直辖市生态环境厅（局）：现将有关事项通知如下。"
            "一、工作任务（一）确定并公开年度名录发电行业纳入全国碳排放权交易市场的年度重点排放单位名录，由省级生态环境部门确定。名录实行动态管理。"
            "（二）组织开展月度信息化存证组织重点排放单位，按照要求在每月结束后的40个自然日内上传燃料的消耗量。"
            "（三）组织报送年度温室气体排放报告组织重点排放单位于每年3月31日前通过管理平台报送上一年度温室气体排放报告。"
            "（四）强化数据质量日常监管按照《核算报告指南》等要求，组织有关技术支撑单位对重点排放单位开展日常监管。\n")
    heads = [n for n in parse(text).sections[-1].children if n.marker]
    assert [(n.kind, n.title) for n in heads][1:] == [
        ("heading", "组织开展月度信息化存证"), ("heading", "组织报送年度温室气体排放报告"), ("heading", "强化数据质量日常监管")]


def test_an_article_s_entries_are_no_glued_list():
    from policyparse.pipeline import parse

    # wv_03 (a 办法 stored on one line): 第二十四条 / （一）申请人当面提交…申请的，以… — a subject, then a preposition: the
    # article's clauses, no titles glued to text
    text = ("生态环境部政府信息公开实施办法第一条为了规范政府信息公开工作，制定本办法。第二条本办法适用于本部。"
            "第三条我部收到政府信息公开申请的时间，按照下列规定确定："
            "（一）申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；"
            "（二）申请人以邮寄方式提交政府信息公开申请的，以签收之日为收到申请之日；"
            "（三）申请人通过在线申请或者传真提交政府信息公开申请的，以双方确认之日为收到申请之日。\n")
    article = [n for n in parse(text).sections if n.marker == "第三条"][0]
    assert [n.kind for n in article.children] == ["item"] * 3
    assert all("的，以" in n.title for n in article.children)  # each clause whole, not cut before its preposition


def test_a_body_before_a_preposition_is_the_subject_of_a_sentence_not_a_glued_title():
    from policyparse.pipeline import parse

    # rp_01: （一）建设单位对外墙保温工程质量承担首要责任，… — each entry a body then 对: sentences with their subjects
    text = ("关于加强外墙保温工程质量管理的通知各市住房城乡建设局：现将有关事项通知如下。一、落实各方主体责任"
            "（一）建设单位对外墙保温工程质量承担首要责任，严格督促设计、施工、监理单位履行职责。"
            "（二）设计单位对外墙保温工程承担设计质量责任，应按相关设计标准规范进行设计。"
            "（三）监理单位对外墙保温工程质量承担监理责任，严格执行材料见证取样送检制度。\n")
    heads = [n for n in parse(text).sections[-1].children if n.marker]
    assert all(n.title.startswith(("建设单位对", "设计单位对", "监理单位对")) for n in heads)


def test_a_check_or_selection_notices_part_titles_end_before_their_glued_text():
    # xa_06 / xa_03 (专项检查 / 验收 notices), xa_01 (a 评选 notice), wz_11 (a 大比武 notice), bodies stored on one line:
    # 一、检查对象重点检查…，… / 三、检查验收办法设区市政府…要… / 一、参评原则坚持公开、…，… / 二、组织机构本届大比武活动由…，…:
    # the parts' formulaic titles (lexicons/section_titles.tsv) end before the sentence glued on
    assert heading_title("检查对象重点检查工伤保险经办机构、工伤认定机构和劳动能力鉴定机构，根据实际可延伸检查")[0] == "检查对象"
    assert heading_title("检查方式检查按照“双随机、一公开”原则，由社会保险基金监督部门联合组织开展")[0] == "检查方式"
    assert heading_title("检查验收办法设区市政府对所辖县（市、区）要逐一检查验收")[0] == "检查验收办法"
    assert heading_title("组织机构本届大比武活动由生态环境部、人力资源社会保障部共同主办，中国环境监测总站具体承办")[0] == "组织机构"
    assert heading_title("实施安排本届大比武活动分为省级（全军）赛和全国决赛两个阶段，省级赛由各省组织")[0] == "实施安排"
    # a title that only opens with such words goes on (组织机构改革 is the title's own topic, no sentence after it)
    assert heading_title("组织机构和人员")[0] == "组织机构和人员"


def test_a_check_notice_stored_on_one_line_has_its_parts_titled():
    # xa_06's shape: the whole body one line, each part's formulaic title glued to its text (a figure may open the
    # text: 二、检查内容主要检查2017年以来…, which repair cuts at the title as it does 一、指导思想以…)
    from policyparse.pipeline import parse

    text = ("各省、自治区、直辖市人力资源社会保障厅（局）：人力资源社会保障部决定开展工伤保险内部控制专项检查。现将有关事项通知如下："
            "一、检查对象重点检查工伤保险经办机构、工伤认定机构和劳动能力鉴定机构，根据实际可延伸检查工伤医疗机构。"
            "二、检查内容主要检查2017年以来的工伤保险内部控制工作，包括组织机构、业务运行等7个方面的内容。"
            "三、检查方式检查按照“双随机、一公开”原则，由社会保险基金监督部门联合组织开展。")
    nodes = [(n.id, n.kind, n.title) for n in parse(text.encode()).iter_sections() if n.marker]
    assert nodes == [("1", "heading", "检查对象"), ("2", "heading", "检查内容"), ("3", "heading", "检查方式")]
