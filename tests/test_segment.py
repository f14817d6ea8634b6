"""Segmentation: metadata record and heading / item tree (issue 4).

Fragments are written in the repaired form (Simplified, full-width （），：；) so these tests do
not depend on the repair stage; expectations come from reading the fragments.
"""

from __future__ import annotations

import pytest

from policyparse.segment import segment
from policyparse.segment.dates import parse_date
from policyparse.grammar import chinese_number, match_marker
from policyparse.segment.headings import heading_title
from policyparse.segment.roles import label_pairs
from policyparse.segment.metadata import doc_type_of, normalise_doc_number, split_addressees


def flat(sections):
    out = []
    stack = list(reversed(sections))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(node.children))
    return out


def by_id(seg):
    return {n.id: n for n in flat(seg.sections)}


def check_spans(text, sections, lo=0, hi=None):
    """Spans are in bounds, children nest inside their parent in order, text is the own text."""
    hi = len(text) if hi is None else hi
    prev_end = lo
    for n in sections:
        a, b = n.span
        assert lo <= a <= b <= hi, (n.id, n.span, lo, hi)
        assert a >= prev_end, (n.id, "overlaps its previous sibling")
        prev_end = b
        own_end = n.children[0].span[0] if n.children else b
        assert n.text == text[a:own_end].rstrip(), n.id
        check_spans(text, n.children, a, b)


# ---------------------------------------------------------------- markers


@pytest.mark.parametrize(
    "line, style, level, number, marker",
    [
        ("一、总体要求", "cn", 1, 1, "一、"),
        ("二十一、加强督查", "cn", 1, 21, "二十一、"),
        ("九十九、其他", "cn", 1, 99, "九十九、"),
        ("（一）指导思想。以…", "paren_cn", 2, 1, "（一）"),
        ("（一）项目建设。加快…", "paren_cn", 2, 1, "（一）"),  # 项目 opens a title; （十二）项规定 cites an item
        ("(三)工作目标", "paren_cn", 2, 3, "（三）"),
        ("1.将弘扬科学精神贯穿于青少年教育全链条。", "num", 3, 1, "1."),
        ("12、推进科普基础设施建设", "num", 3, 12, "12、"),
        ("28．组织动员科技类博物馆", "num", 3, 28, "28．"),
        ("2.2023年全国科普日活动情况统计表", "num", 3, 2, "2."),
        ("4.0402年启动智慧健康养老应用试点活动", "num", 3, 4, "4."),  # a year its source scrambled (sa_01)
        ("1.80周岁及以上的；", "num", 3, 1, "1."),  # an age in 周岁 after the stop (si_14), not the figure 1.80
        ("2.18岁以下的未成年人；", "num", 3, 2, "2."),  # an age of two digits after the stop
        ("2.2019-2022年，指导举办学前教育专业的高等学校", "num", 3, 2, "2."),  # uh_05: a span of years after the stop
        ("1、2年内无自有住房登记信息和交易记录。", "num", 3, 1, "1、"),  # un_03: a span of time counted after 、
        ("3、6个月内完成整改；", "num", 3, 3, "3、"),
        ("（1）推进科普示范村建设。", "paren_num", 4, 1, "（1）"),
        ("(2)建好站点", "paren_num", 4, 2, "（2）"),
        ("①每个行政村至少设置科普宣传栏1处；", "circled", 5, 1, "①"),
        ("第一章 总则", "chapter", 1, 1, "第一章"),
        ("第二节 申报", "section", 2, 2, "第二节"),
        ("第十一条 本办法自2022年10月1日起施行。", "article", 3, 11, "第十一条"),
        ("第一条为加强全省科普教育基地建设", "article", 3, 1, "第一条"),
        # decimal outlines (ru_05, 应急预案): as deep as the marker has parts, numbered by its last part
        ("1.1 考核指标体系设计原则", "decimal", 2, 1, "1.1"),
        ("1.2.1 业务实绩（40%）", "decimal", 3, 1, "1.2.1"),
        ("2.3.1 行政效能", "decimal", 3, 1, "2.3.1"),
        ("6.1人力资源保障", "decimal", 2, 1, "6.1"),  # 人 opens a title here, no measure
        ("3.1日常监测", "decimal", 2, 1, "3.1"),
        ("1.2年度目标", "decimal", 2, 2, "1.2"),
        ("4.1.2.3 细则", "decimal", 4, 3, "4.1.2.3"),
        # the points of an older State Council text (sc_11), at the level of （一）
        ("第一、各行各业应用计算机为传统产业改造服务", "ordinal", 2, 1, "第一、"),
        ("第十、加强领导", "ordinal", 2, 10, "第十、"),
        # a part named by a word and its numeral (tj_01): the 一、 family
        ("活动二、深入开展创建文明社区", "cn", 1, 2, "活动二、"),
        ("任务一、加强组织领导", "cn", 1, 1, "任务一、"),
        ("专题十二、“三农”工作", "cn", 1, 12, "专题十二、"),
    ],
)
def test_marker_styles(line, style, level, number, marker):
    m = match_marker(line)
    assert m is not None
    assert (m.style, m.level, m.number, m.text) == (style, level, number, marker)


@pytest.mark.parametrize(
    "line",
    [
        "第1季度完成领导小组成员单位调整。",
        "1.5万件参赛作品的成果转化",
        "（2021-2035年）",
        "2.0版升级改造",
        "2017年是贯彻落实“科技三会”的重要之年。",
        "2020年5月26日",
        "三、四月份开展集中宣传",
        "3、4月份开展集中宣传",
        "1、2、3类项目",  # a list of numbers: the digit after 、 opens no span of time
        "1、2月份开展集中宣传",
        "一是加强组织领导。",
        "11370124004209020U/2022-3815517",
        # decimals that are figures, dates or versions, not outline numbers
        "1.2万元用于培训",
        "1.5%的增长",
        "1.2 万元",
        "3.5亿元",
        "1.5个百分点",
        "1.5倍以上",
        "2023.1.1起施行",
        "2023.1.1日起施行",
        "10.1日前完成",
        "2.1版",
        "1.0 总则",
        "0.35米",
        "1.05",
        "1.2.3.4.5 条目",
        "12.345亿",
        # ordinals cited as a list, or with a numeral listed after them
        "第十五、十六、十七条规定。",
        "第一、二批试点",
        "第三、4项",
        # a named part's numerals listed, or the word alone
        "活动一、二期工程",
        "工程一、2号楼",
        "活动方案",
        "任务一是加强领导",
        # ur_05: 按附件2 / （十二）项规定提供相关材料: a hard wrap inside a citation of a list's item
        "（十二）项规定提供相关材料；",
        "（三）项所列情形",
    ],
)
def test_not_markers(line):
    assert match_marker(line) is None


def test_a_marker_closed_by_a_table_cell_s_bar_is_a_cell_not_a_heading():
    # tl_09: a 十四五 indicator table printed one cell a line with its bars; the last value (9) | before 材料二
    assert match_marker("(9) |") is None
    assert match_marker("（4） ||") is None
    assert match_marker("（9）开展试点 |") is not None  # a heading with text, in a row
    text = ("材料一：某规划设定了主要指标。\n指标 |\n2025年目标值 |\n覆盖率（%） |\n54 |\n60 |\n(9) |\n"
            "材料二：根据某省规划，未来该省将持续聚焦重点产业。\n")
    assert [n.kind for n in flat(segment(text, {}).sections)] == ["preamble", "preamble"]


def test_marker_styles_are_tried_by_first_character(monkeypatch):
    """match_marker tries only the styles a line's first character can start; the result is the same as
    trying every style (① passes str.isdigit but is a circled number)."""
    from policyparse import grammar

    lines = ["第一章 总则", "第三条 本办法", "（一）总体要求", "(2)加强", "一、指导思想", "十二、附则", "〇、x",
             "1.加强", "１、推进", "①每个行政村", "⑳x", "㉑、x", "㊱x", "²、x", "⑴x", "又一、x", "",
             "1.1 考核", "1.2万元", "第一、各行", "第十五、十六条", "活动二、深入", "任务一、二期"]
    found = [match_marker(line) for line in lines]
    monkeypatch.setattr(grammar, "_styles_starting_with", lambda first, line: grammar._STYLES)
    assert found == [match_marker(line) for line in lines]


def test_compile_led_matches_as_a_plain_compile():
    """grammar.compile_led only skips the characters its opening lookahead or opening run of one class rejects: the
    matches, their groups and the patterns opening otherwise are those of re.compile (a \\d in the class stands for
    every decimal digit)."""
    import re

    from policyparse.grammar import compile_led

    text = "到2025年底前，完成12项；约3成。每月5日前上报。\n1.x 二十个 ３项 ٣日 𝟝年"  # \d: full width, Arabic-Indic, astral
    for pattern in (r"(?=[到每\d])(?:到|每月)?(?P<n>\d+)(?:年|日|项)", r"(?=[一二十约])[一二十约]+", r"\d+(?=项)", r"(?=\d)",
                    r"[０-９３．\d]+", r"[一二十]{2,}?", r"[一二十]++个", r"[一二十]*", r"[到每]{0,2}\d"):  # runs led by their class
        plain, led = re.compile(pattern), compile_led(pattern)
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert led.sub("#", text) == plain.sub("#", text)


def test_char_positions_are_those_a_class_finds():
    """grammar.char_positions: every position of a few characters, in order, as a pattern of their class finds them."""
    import re

    from policyparse.grammar import char_positions

    text = "按照《纲要（2021—2035年）》(试行)部署。\n《方案》\n（一）加强领导\n"
    for chars in ("()（）\n", "《》\n", "。", "无"):
        assert char_positions(text, chars) == [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]


def test_chinese_numbers():
    assert [chinese_number(s) for s in ("一", "十", "十二", "二十", "二十一", "九十九", "一百零一")] == [1, 10, 12, 20, 21, 99, 101]


def test_heading_titles():
    assert heading_title("指导思想。以习近平新时代中国特色社会主义思想为指导") == ("指导思想", True)
    assert heading_title("指导思想和奋斗目标") == ("指导思想和奋斗目标", False)
    # the responsibility note is not part of the title, and does not make the line a sentence
    assert heading_title("实施青少年科学素质行动（牵头部门：市教育局、团市委、市科协）") == ("实施青少年科学素质行动", False)
    assert heading_title("实施领导干部和公务员科学素质行动。（牵头部门：市委组织部）")[0] == "实施领导干部和公务员科学素质行动"
    # 。 inside 《》 or （） does not end the heading sentence
    assert heading_title("做好《纲要（2006—2010—2020年）》评估工作。总结经验")[0] == "做好《纲要（2006—2010—2020年）》评估工作"


def test_a_stage_and_its_months_close_a_title_glued_to_its_text():
    assert heading_title("前期筹备阶段（2月）对道路问题进行全面排查，制定方案。")[0] == "前期筹备阶段（2月）"
    assert heading_title("全面实施阶段（3月-7月）召开协调会，强化业务指导。")[0] == "全面实施阶段（3月-7月）"
    # tn_10: from today on to a day, the sharing site's dash read as 一
    assert heading_title("全面排查阶段（即日起一7月20日）积极联合属地街道，开展全面排查。")[0] == "全面排查阶段（即日起一7月20日）"
    # a stage whose bracket is followed by its 。 stays as it was; a bracket naming no months closes nothing
    assert heading_title("自查摸底阶段（7月3日至7月15日）。各村自查。")[0] == "自查摸底阶段（7月3日至7月15日）"
    assert heading_title("试点阶段（重点区域）推进整治工作。")[0] == "试点阶段（重点区域）推进整治工作"


def test_a_letter_spaced_label_glued_after_a_title_is_no_part_of_it():
    assert heading_title("某乡防控工作领导小组组  长：刘某  乡党委书记")[0] == "某乡防控工作领导小组"
    assert heading_title("领导小组成员名单 成  员：张三")[0] == "领导小组成员名单"
    assert heading_title("考评对象：市直各部门")[0] == "考评对象"


def test_heading_title_runs_over_semicolons_to_the_full_stop():
    # docs/gold-format.md: the heading sentence ends at 。, never at ；, which parts clauses inside it
    assert heading_title("鼓励企业增加研发投入；对共性技术研发给予扶持。研发费用可在税前列支。") == (
        "鼓励企业增加研发投入；对共性技术研发给予扶持", True)
    # a line closed by ； with no 。 after it is still a sentence, titled without the ；
    assert heading_title("加强组织领导；") == ("加强组织领导", True)
    assert heading_title("考评对象：市直各部门")[0] == "考评对象"  # a label's colon still ends it


def test_heading_title_glued_to_its_text():
    # a body on one line lost the 。 after a part's formulaic title (lexicons/section_titles.tsv)
    assert heading_title("主要任务电煤市场化改革是能源领域的重要改革。要坚持")[0] == "主要任务"
    assert heading_title("职责任务督促各村全面落实动态管理，完善责任体系")[0] == "职责任务"
    assert heading_title("主要职责贯彻落实上级决策部署，负责全市重大工程建设组织领导")[0] == "主要职责"
    # vg_02: the glued sentence may open on a quoted term
    assert heading_title("总体要求行政执法“三项制度”聚焦行政执法的源头、过程、结果三个关键环节，对严格规范公正文明执法具有基础性作用")[0] == "总体要求"
    assert heading_title("组成人员组 长：王某 市政府副市长")[0] == "组成人员"  # a letter-spaced label follows
    # ua_07 (PDF text): a roster table's column labels flattened onto the heading's line, 组长 / 主任 first, three in a row
    assert heading_title("领导小组人员及职责组长副组长成员主要职责贯彻落实党中央的决策部署；负责统一指挥。")[0] == "领导小组人员及职责"
    assert heading_title("交通检疫组 组 长 副组长 职 责全面启动发热旅客排查，对来高人员进行体温筛查。")[0] == "交通检疫组"
    assert heading_title("明确领导小组组长职责")[0] == "明确领导小组组长职责"  # two labels: a title's own words
    # ... but one title of two, or a longer title, stays whole
    assert heading_title("主要任务和保障措施")[0] == "主要任务和保障措施"
    assert heading_title("工作目标任务")[0] == "工作目标任务"
    assert heading_title("组织实施企业技术创新项目计划")[0] == "组织实施企业技术创新项目计划"  # the entry as a verb
    # words that only open a sentence end the title glued before them
    assert heading_title("充分认识促进产业健康发展的重要性近年来，我国产业快速发展。")[0] == "充分认识促进产业健康发展的重要性"
    assert heading_title("加强组织领导各有关部门要根据本意见要求，抓紧制定配套文件。")[0] == "加强组织领导"
    assert heading_title("建立健全设施保护的长效机制地方各级人民政府要切实负起责任，")[0] == "建立健全设施保护的长效机制"
    assert heading_title("工作要求一要加强组织领导。各村要")[0] == "工作要求"
    # uf_07 (one-line body): 一、进一步提高对清理违规电站项目工作的认识随着国民经济的快速发展，…
    assert heading_title("进一步提高对清理违规电站项目工作的认识随着国民经济的快速发展，我国电力建设取得了成就。")[0] == (
        "进一步提高对清理违规电站项目工作的认识")
    assert heading_title("正确认识伴随着改革出现的新问题")[0] == "正确认识伴随着改革出现的新问题"  # 伴随着: inside the title
    # ... not inside a subject that goes on (…部门和地方各级人民政府要…)
    title = "国务院有关部门和地方各级人民政府要继续加强对出口工作的领导，研究新情况"
    assert heading_title(title + "。")[0] == title
    title = "市政府及其各部门要健全民主决策机制，完善行政决策机制和程序"
    assert heading_title(title + "。")[0] == title


def test_heading_title_label_and_value():
    # the label and its value as the whole line are the title, not the label alone
    assert heading_title("格局构建：切实筑牢首都生态安全屏障") == ("格局构建：切实筑牢首都生态安全屏障", True)
    assert heading_title("典型场景:大型发电机组数字化设计")[0] == "典型场景:大型发电机组数字化设计"
    # a value with quotes, or a sentence after the label, leaves the label alone as the title
    assert heading_title("目标导向：从“量稳质升”到“质效优先”")[0] == "目标导向"
    assert heading_title("考评对象：各县区人民政府，市直各部门")[0] == "考评对象"
    assert heading_title("项目名称：招标代理服务入围遴选")[0] == "项目名称"  # a form's field and its value


# ---------------------------------------------------------------- dates, numbers, labels


@pytest.mark.parametrize(
    "s, iso",
    [
        ("2022年6月9日", "2022-06-09"),
        ("2022 年 11 月 7 日", "2022-11-07"),
        ("二〇二二年六月九日", "2022-06-09"),
        ("二O二二年十一月二十一日", "2022-11-21"),
        ("二0二三年三月十五日", "2023-03-15"),
        ("2022-06-12", "2022-06-12"),
        ("2022.6.9", "2022-06-09"),
        ("2024-03-18 09:30", "2024-03-18"),
        ("2023年6月", None),
    ],
)
def test_dates(s, iso):
    assert parse_date(s) == iso


@pytest.mark.parametrize(
    "raw, norm",
    [
        ("鞍政发〔2022〕1号", "鞍政发〔2022〕1号"),
        ("鞍政发[2022]1号", "鞍政发〔2022〕1号"),
        ("鞍政发(2022)1号", "鞍政发〔2022〕1号"),
        ("鞍政发（2022）1号", "鞍政发〔2022〕1号"),
        ("鞍政发［2022］1號", "鞍政发〔2022〕1号"),
        ("平政字 〔2022〕 21 号", "平政字〔2022〕21号"),
        ("国发〔2021〕第9号", "国发〔2021〕9号"),
    ],
)
def test_doc_number_normalised(raw, norm):
    assert normalise_doc_number(raw) == norm


def test_addressees_split_on_commas_at_top_level():
    assert split_addressees("各县（市）区人民政府，各开发区管委会，市政府各部门，各有关单位：") == [
        "各县（市）区人民政府",
        "各开发区管委会",
        "市政府各部门",
        "各有关单位",
    ]
    # brackets hold their commas; 、 joins the units of one addressee (gold convention)
    assert split_addressees("各省级学会（协会，研究会），各县、市、区人民政府：") == ["各省级学会（协会，研究会）", "各县、市、区人民政府"]


def test_label_pairs_several_on_one_line():
    assert label_pairs("产生日期 2022-06-12 文  号 鞍政发〔2022〕1号") == [("产生日期", "2022-06-12"), ("文号", "鞍政发〔2022〕1号")]
    assert label_pairs("索 取 号 101102000-2022-001 发布机构") == [("索取号", "101102000-2022-001"), ("发布机构", "")]
    assert label_pairs("发布时间：2020-06-01 | 作者：  | 编辑：重庆科协") == [
        ("发布时间", "2020-06-01"),
        ("作者", ""),
        ("编辑", "重庆科协"),
    ]


def test_doc_types_from_lexicon():
    assert doc_type_of("鞍山市人民政府关于印发鞍山市全民科学素质行动规划纲要（2021—2035年）的通知") == "通知"
    assert doc_type_of("平顶山市2017年全民科学素质工作要点") == "工作要点"
    assert doc_type_of("包头市全民科学素质行动规划纲要（2021—2035年）") == "规划纲要"
    assert doc_type_of("江西省科普教育基地认定管理办法（试行）") == "办法"  # a compound is reported as its basic type
    assert doc_type_of("某市促进就业工作方案") == "方案"
    assert doc_type_of("鞍山市人民政府") is None


# ---------------------------------------------------------------- a whole notice

NOTICE = """鞍山市人民政府关于印发
鞍山市全民科学素质行动规划纲要
（2021—2035年）的通知
索 取 号 101102000-2022-001 发布机构
产生日期 2022-06-12 文  号 鞍政发〔2022〕1号

各县（市）区人民政府，各开发区管委会，市政府各部门，各有关单位：

现将《鞍山市全民科学素质行动规划纲要（2021—2035年）》印发给你们，请认真贯彻执行。

鞍山市人民政府

2022年6月9日

（此件公开发布）

鞍山市全民科学素质行动规划纲要

（2021—2035年）

为进一步提升全民科学素质，根据《国务院关于印发全民科学素质行动规划纲要（2021-2035年）的通知》（国发〔2021〕9号）精神，制定本规划纲要。

一、指导思想和奋斗目标

（一）指导思想

以习近平新时代中国特色社会主义思想为指导，认真落实《鞍山市国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要》相关工作安排。

（二）奋斗目标

到2025年，全市公民具备科学素质的比例达到16%。

二、科学素质提升行动

重点围绕践行社会主义核心价值观，实施5项科学素质提升行动。

（一）青少年科学素质提升行动

1.将弘扬科学精神贯穿于青少年教育全链条。坚持立德树人。（牵头单位：市教育局、市科协，责任单位：市委宣传部、团市委）

2.深化基础教育教学改革。推动科技实践教育进课堂。（责任单位：市教育局、市科协）

（二）产业工人科学素质提升行动

3.开展理想信念和职业精神宣传教育。大力弘扬雷锋精神。

三、组织实施与工作保障

（一）加强组织领导。建立完善科学素质规划纲要协调机制。

（二）保障经费投入。按照《中华人民共和国科学技术普及法》《辽宁省科学技术普及办法》有关规定，统筹落实科普所需经费。
"""


def test_notice_metadata():
    md = segment(NOTICE, {}).metadata
    assert md.title == "鞍山市人民政府关于印发鞍山市全民科学素质行动规划纲要（2021—2035年）的通知"
    assert md.plan_title == "《鞍山市全民科学素质行动规划纲要（2021—2035年）》"
    assert md.doc_number == "鞍政发〔2022〕1号"
    assert md.issuer == "鞍山市人民政府"
    assert md.issue_date == "2022-06-09"
    assert md.publish_date == "2022-06-12"
    assert md.index_number == "101102000-2022-001"
    assert md.addressees == ["各县（市）区人民政府", "各开发区管委会", "市政府各部门", "各有关单位"]
    assert md.disclosure == "此件公开发布"
    assert md.plan_period.start == 2021 and md.plan_period.end == 2035
    assert md.doc_type == "通知"
    cited = [(c.title, c.doc_number) for c in md.cited_documents]
    assert cited == [
        ("国务院关于印发全民科学素质行动规划纲要（2021-2035年）的通知", "国发〔2021〕9号"),
        ("鞍山市国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要", None),
        ("中华人民共和国科学技术普及法", None),
        ("辽宁省科学技术普及办法", None),
    ]


def test_notice_tree():
    seg = segment(NOTICE, {})
    nodes = by_id(seg)
    top = [(n.id, n.kind) for n in seg.sections]
    assert top == [("p1", "addressee"), ("p2", "preamble"), ("p3", "signature"), ("p4", "preamble"), ("1", "heading"), ("2", "heading"), ("3", "heading")]
    assert NOTICE[slice(*nodes["p3"].span)] == "鞍山市人民政府\n\n2022年6月9日"
    # title-only lines are headings even without children; run-on leaves are items
    assert nodes["1.1"].kind == "heading" and nodes["1.1"].title == "指导思想"
    assert nodes["1.2"].text.startswith("（二）奋斗目标") and nodes["1.2"].text.endswith("达到16%。")
    assert nodes["3.1"].kind == "item" and nodes["3.1"].title == "加强组织领导"
    # numbering runs on across （一）（二）: item 3. is the first child of （二）
    assert nodes["2.2.1"].marker == "3." and nodes["2.2.1"].number == 3
    assert nodes["2.1.1"].title == "将弘扬科学精神贯穿于青少年教育全链条"
    assert nodes["2.1.1"].text.endswith("团市委）")
    # a heading's own text stops at its first child
    assert nodes["2"].text == "二、科学素质提升行动\n\n重点围绕践行社会主义核心价值观，实施5项科学素质提升行动。"
    # the last item does not swallow anything after it, and nothing is glued to item 1
    assert nodes["3.2"].text.endswith("统筹落实科普所需经费。")
    check_spans(NOTICE, seg.sections)


def test_restarting_numbering():
    text = "一、甲\n（一）乙\n1.丙。\n2.丁。\n（二）戊\n1.己。\n二、庚\n1.辛。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1.2.1"].marker == "1." and nodes["1.2.1"].text == "1.己。"
    assert nodes["2.1"].level == 3 and nodes["2.1"].text == "1.辛。"


def test_levels_by_style_when_a_level_is_skipped():
    text = "一、强化政治引领\n1.深学笃用。坚持。\n2.深化落实。\n二、聚焦重点人群\n3.实施青少年行动。\n"
    nodes = by_id(segment(text, {}))
    assert [(i, nodes[i].level) for i in ("1", "1.1", "1.2", "2", "2.1")] == [("1", 1), ("1.1", 3), ("1.2", 3), ("2", 1), ("2.1", 3)]
    assert not any(n.inferred for n in nodes.values())  # runs on, no restart: nothing to infer


def test_markers_inside_sentences_stay_in_their_node():
    text = (
        "一、工作安排\n"
        "1.召开会议。第1季度完成调整，做好上届1.5万件作品（2021-2035年）的展示，完成2.0版升级。\n"
        "2.开展培训，包括（1）理论学习；（2）实践操作。\n"
        "2017年是开局之年，要抓好落实。\n"
    )
    seg = segment(text, {})
    nodes = by_id(seg)
    assert sorted(nodes) == ["1", "1.1", "1.2"]
    assert nodes["1.2"].text.endswith("2017年是开局之年，要抓好落实。")


def test_responsibility_note_stays_with_its_heading():
    text = "二、重点人群\n（一）实施青少年科学素质行动（牵头部门：市教育局、团市委）\n6.推进科普进校园。开展活动。\n"
    nodes = by_id(segment(text, {}))
    assert nodes["1.1"].title == "实施青少年科学素质行动"
    assert nodes["1.1"].text == "（一）实施青少年科学素质行动（牵头部门：市教育局、团市委）"
    assert nodes["1.1.1"].marker == "6."


def test_missing_level_inferred_from_restart():
    # 004's shape: no 一、 headings; （一）… restarts, plain paragraphs after the plan's opening
    text = (
        "各设区市科协，各高校科协：\n"
        "现将《工作方案》印发给你们，请认真贯彻实施。\n"
        "工作方案\n"
        "为做好学习宣传工作，现制定工作方案如下。\n"
        "坚持以新时代中国特色社会主义思想为指导，推动科普事业发展。\n"
        "组织专家全面解读。邀请专家全面解读精神，形成自觉行动。多渠道多形式宣传阐释。用好网站和新媒体平台，开展宣传。\n"
        "（一）突出科普价值引领。各级科协要深入落实。\n"
        "（二）着力提升重点人群科学素质。通过打造品牌活动。\n"
        "（一）加强组织领导。各级科协要明确举措。\n"
        "（二）做好统筹协调。各级科协要完善机制。\n"
    )
    seg = segment(text, {})
    nodes = by_id(seg)
    assert [(n.id, n.kind, n.inferred) for n in seg.sections] == [
        ("p1", "addressee", False),
        ("p2", "preamble", False),
        ("p3", "preamble", False),
        ("1", "heading", True),
        ("2", "heading", True),
        ("3", "heading", True),
        ("4", "heading", True),
    ]
    assert nodes["1"].marker is None and nodes["1"].number is None and nodes["1"].level == 1
    assert nodes["1"].text.startswith("坚持以新时代")
    assert [(nodes[i].kind, nodes[i].level, nodes[i].title) for i in ("2.p1", "2.p2")] == [
        ("paragraph", 2, "组织专家全面解读"),
        ("paragraph", 2, "多渠道多形式宣传阐释"),
    ]
    assert text[slice(*nodes["2.p2"].span)].startswith("多渠道多形式宣传阐释。用好网站")
    assert [nodes[i].marker for i in ("3.1", "3.2", "4.1", "4.2")] == ["（一）", "（二）", "（一）", "（二）"]
    assert nodes["4"].text == ""  # an inferred heading has no text of its own
    check_spans(text, seg.sections)
    assert seg.metadata.doc_type == "通知"  # the body is an issuing notice (现将《…》印发给你们)
    assert seg.metadata.title == "工作方案"


def test_an_attachment_entry_wrapped_onto_the_next_line_is_one_attachment():
    # vp_07: 附件：1.2019年…推进工作联席会 / 议成员单位工作任务清单 / 2.2019年…分解表: the line opening on no number between
    # entries 1 and 2 is the rest of entry 1's name
    text = ("各街道办事处：\n现将方案印发给你们，请认真贯彻落实。\n某区人民政府办公室\n2019年5月5日\n一、工作目标\n全面推进垃圾分类。\n"
            "二、工作要求\n各单位要高度重视。\n附件：1.2019年某区生活垃圾分类减量推进工作联席会\n议成员单位工作任务清单\n"
            "2.2019年街镇生活垃圾分类目标任务分解表\n3.2019年某区生活垃圾分类减量推进工作指标\n")
    seg = segment(text, {})
    atts = [text[n.span[0]:n.span[1]] for n in seg.sections if n.kind == "attachment"]
    assert [a[:9] for a in atts] == ["附件：1.2019", "2.2019年街镇", "3.2019年某区"]
    assert atts[0].endswith("议成员单位工作任务清单")
    # an unnumbered list's lines are one attachment each
    plain = text.replace("1.2019年某区生活垃圾分类减量推进工作联席会\n议成员", "2019年某区联席会\n成员").replace("2.2019", "2019").replace("3.2019", "2019")
    assert sum(1 for n in segment(plain, {}).sections if n.kind == "attachment") == 4


def test_closing_signature_and_attachments_after_the_last_item():
    text = (
        "株洲市人民政府办公室关于开展2023年全国科普日活动的通知\n"
        "株政办函〔2023〕58号\n"
        "各县（市、区）人民政府，市政府各局委办：\n"
        "现将有关事项通知如下：\n"
        "一、活动主题\n"
        "“提升全民科学素质”。\n"
        "二、工作要求\n"
        "各单位要高度重视。请于9月28日前报送（联系人：刘敏，电话：0731-28681234）。\n"
        "本通知自印发之日起施行。\n"
        "附件：1.2023年株洲市全国科普日活动安排表\n"
        "2.2023年全国科普日活动情况统计表\n"
        "株洲市人民政府办公室\n"
        "2023年8月21日\n"
        "（此件主动公开）\n"
    )
    seg = segment(text, {})
    top = [(n.id, n.kind) for n in seg.sections]
    assert top == [
        ("p1", "addressee"),
        ("p2", "preamble"),
        ("1", "heading"),
        ("2", "heading"),
        ("p3", "closing"),
        ("p4", "attachment"),
        ("p5", "attachment"),
        ("p6", "signature"),
    ]
    md = seg.metadata
    assert md.attachments == ["2023年株洲市全国科普日活动安排表", "2023年全国科普日活动情况统计表"]
    assert md.issuer == "株洲市人民政府办公室" and md.issue_date == "2023-08-21"
    assert md.doc_number == "株政办函〔2023〕58号"
    assert md.contact == "联系人：刘敏，电话：0731-28681234"
    assert md.disclosure == "此件主动公开"
    assert md.plan_period is None  # a notice about an event has no plan period
    by = by_id(seg)
    assert by["2"].text.endswith("0731-28681234）。")
    check_spans(text, seg.sections)


def test_second_signature_after_the_plan_is_closing():
    text = (
        "各县（市、区）科协：\n现将《方案》印发给你们。\n玉溪市科学技术协会\n2023年6月8日\n"
        "一、目标任务\n到2025年，建成示范社区。\n玉溪市全民科学素质工作领导小组办公室\n2023年6月\n"
    )
    seg = segment(text, {})
    assert [(n.id, n.kind) for n in seg.sections] == [("p1", "addressee"), ("p2", "preamble"), ("p3", "signature"), ("1", "heading"), ("p4", "closing")]
    assert seg.metadata.issue_date == "2023-06-08"


def test_article_style():
    text = (
        "江西省科普教育基地认定管理办法\n"
        "第一章 总则\n"
        "第一条 为加强全省科普教育基地建设，制定本办法。\n"
        "第二条 申报单位应当具备以下条件：\n"
        "（一）具有独立法人资格；\n"
        "（二）每年向公众开放不少于200天。\n"
        "第二章 附则\n"
        "第三条 本办法自2022年10月1日起施行。\n"
    )
    seg = segment(text, {})
    nodes = by_id(seg)
    assert [(i, nodes[i].level, nodes[i].marker) for i in ("1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1")] == [
        ("1", 1, "第一章"),
        ("1.1", 3, "第一条"),
        ("1.2", 3, "第二条"),
        ("1.2.1", 4, "（一）"),
        ("1.2.2", 4, "（一）".replace("一", "二")),
        ("2", 1, "第二章"),
        ("2.1", 3, "第三条"),
    ]
    assert nodes["1"].title == "总则"
    assert seg.metadata.doc_type == "办法"


def test_label_less_web_header():
    text = (
        "政府信息公开\n"
        "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知\n"
        "11370124004209020U/2022-3815517\n"
        "教育、其他\n"
        "平政字〔2022〕21号\n"
        "平阴县人民政府办公室\n"
        "2022-11-07\n"
        "2022-11-08\n"
        "有效\n"
        "平阴县人民政府\n"
        "关于印发平阴县“十四五”全民科学素质\n"
        "行动规划纲要实施方案的通知\n"
        "各镇人民政府，各街道办事处，县政府各部门：\n"
        "现将《平阴县“十四五”全民科学素质行动规划纲要实施方案》印发给你们，请认真组织实施。\n"
        "平阴县人民政府\n"
        "2022年11月7日\n"
        "（联系电话：县科协，87883287）\n"
        "（此件公开发布）\n"
    )
    md = segment(text, {}).metadata
    assert md.title == "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知"
    assert md.index_number == "11370124004209020U/2022-3815517"
    assert md.topic == "教育、其他"
    assert md.doc_number == "平政字〔2022〕21号"
    assert md.validity == "有效"
    assert md.issuer == "平阴县人民政府"
    assert md.issue_date == "2022-11-07"
    assert md.publish_date == "2022-11-08"
    assert md.contact == "县科协，87883287"
    assert md.plan_period.start == 2021 and md.plan_period.end == 2025  # “十四五”


def test_cited_documents_skip_the_plan_itself_and_defined_short_names():
    text = (
        "现将《实施方案》印发给你们。\n"
        "依据《全民科学素质行动规划纲要（2021—2035年）》（国发〔2021〕9号，以下简称《科学素质纲要》）、"
        "《山东省实施方案（2021-2025年）》（鲁政发〔2021〕25号），做好《科学素质纲要》实施工作，"
        "落实《全民科学素质行动规划纲要（2021-2035年）》。\n"
    )
    md = segment(text, {}).metadata
    assert [(c.title, c.doc_number) for c in md.cited_documents] == [
        ("全民科学素质行动规划纲要（2021—2035年）", "国发〔2021〕9号"),
        ("山东省实施方案（2021-2025年）", "鲁政发〔2021〕25号"),
    ]


def test_html_meta_fills_page_fields():
    md = segment("各学校：\n现将有关事项通知如下。\n", {"publish_date": "2023-04-12 10:00", "index_number": "11440204MB2C12345X/2023-00123"}).metadata
    assert md.publish_date == "2023-04-12"
    assert md.index_number == "11440204MB2C12345X/2023-00123"


def test_empty_and_trivial_inputs():
    for text in ("", "\n\n", "一、", "（一）", "附件：", "2022年6月9日", "各单位："):
        seg = segment(text, {})
        check_spans(text, seg.sections)


def test_dash_bulleted_goals_are_paragraph_nodes_and_a_box_is_text():
    from policyparse import parse

    doc = parse(
        "一、总体要求\n（一）发展目标\n到2025年，工业互联网发展水平显著提升。\n"
        "——平台建设长足进步。培育3家跨行业平台。\n——融合应用加速普及。新建800个智能工厂。\n"
        "专栏1  平台培育工程\n1.建设综合型平台。支持龙头企业建设平台。\n2.打造行业型平台。\n"
        "（二）基本原则\n坚持市场主导。\n"
    )
    nodes = [(n.id, n.kind, n.title) for n in doc.iter_sections()]
    assert nodes == [
        ("1", "heading", "总体要求"),
        ("1.1", "heading", "发展目标"),
        ("1.1.p1", "paragraph", "平台建设长足进步"),
        ("1.1.p2", "paragraph", "融合应用加速普及"),
        ("1.2", "heading", "基本原则"),
    ]
    box = doc.sections[0].children[0].children[1]
    assert "专栏1" in box.text and "打造行业型平台" in box.text


def test_attached_document_after_the_notice_has_its_own_headings():
    from policyparse import parse

    doc = parse(
        "各区人民政府：\n现将《考评办法》印发给你们，请认真贯彻执行。\n一、考评对象\n各区人民政府。\n"
        "二、考评方式\n日常监测。\n附件：考评指标\n某市人民政府办公室\n2022年4月14日\n附件\n考评指标\n"
        "一、政务服务（25分）\n（一）平台建设（3分）\n"
    )
    kinds = [(n.id, n.kind, n.marker) for n in doc.iter_sections()]
    assert ("3", "heading", "一、") in kinds and ("3.1", "item", "（一）") in kinds
    assert [k for k in kinds if k[1] == "attachment"] == [("p3", "attachment", None)]  # the bare 附件 and its title are no nodes


def test_a_bare_numbered_line_with_nothing_under_it_is_an_item():
    from policyparse import parse

    doc = parse("第一章 总则\n第一节 规划依据\n1、《中华人民共和国城乡规划法》\n2、《中华人民共和国土地管理法》\n第二节 规划范围\n本规划范围为全市。\n")
    kinds = {n.id: n.kind for n in doc.iter_sections()}
    assert kinds == {"1": "heading", "1.1": "heading", "1.1.1": "item", "1.1.2": "item", "1.2": "heading"}


def test_a_plan_part_without_number_before_its_chapters():
    from policyparse import parse

    doc = parse("某市生态修复规划（2021年-2035年）\n为加强生态修复，制定本规划。\n总    则\n第一节 指导思想\n坚持生态优先。\n第一章 规划目标\n第一节 近期目标\n到2025年完成。\n")
    assert [(n.id, n.kind, n.marker, n.title) for n in doc.iter_sections()][1:4] == [
        ("1", "heading", None, "总则"),
        ("1.1", "heading", "第一节", "指导思想"),
        ("2", "heading", "第一章", "规划目标"),
    ]


def test_flat_notice_attachment_joint_signature_and_imprint_are_nodes():
    from policyparse import parse

    doc = parse(
        "各有关单位：\n为规范管理，我们制定了《某某办法》，现印发给你们，请遵照执行。\n附件：《某某办法》\n"
        "国家发展改革委\n国家能源局\n住房城乡建设部\n市场监管总局\n2019年5月24日\n"
    )
    kinds = [(n.kind, doc.text[n.span[0]:n.span[1]].split("\n")[0]) for n in doc.iter_sections()]
    assert kinds[2:] == [("attachment", "附件：《某某办法》"), ("signature", "国家发展改革委")]


def test_a_joint_signature_of_thirteen_bodies_one_a_line_opens_on_the_first():
    from policyparse import parse

    # ui_03: 河北省发展和改革委员会 / 河北省教育厅 / … / 河北银保监局 (thirteen 厅 and banks) / 2021年9月3日
    bodies = ["某省发展和改革委员会", "某省教育厅", "某省科学技术厅", "某省工业和信息化厅", "某省司法厅",
              "某省人力资源和社会保障厅", "某省自然资源厅", "某省生态环境厅", "某省交通运输厅", "某省商务厅",
              "某省市场监督管理局", "中国人民银行某某中心支行", "中国银行保险监督管理委员会某省监管局"]
    doc = parse("各有关单位：\n现将《某某实施意见》印发给你们，请认真贯彻落实。\n" + "\n".join(bodies) + "\n2021年9月3日\n")
    sigs = [n for n in doc.iter_sections() if n.kind == "signature"]
    assert len(sigs) == 1 and doc.text[sigs[0].span[0]:].startswith("某省发展和改革委员会\n某省教育厅")


def test_a_joint_signature_whose_names_run_together_on_one_long_line_signs_the_notice():
    from policyparse import parse

    # ui_07: fifteen ministries with no blank or 、 between them, on one line above the date
    signers = "人力资源社会保障部国家发展改革委工业和信息化部民政部财政部自然资源部住房城乡建设部交通运输部水利部国务院扶贫办"
    doc = parse("一、总体要求\n（一）加强宣传引导。营造良好氛围。（各有关部门按职责分工负责）\n" + signers + "\n2020年8月6日\n")
    last = list(doc.iter_sections())[-1]
    assert last.kind == "signature" and doc.text[last.span[0]:].startswith(signers)
    # a long unpunctuated line of prose above the date, naming bodies, is no signer (no body's word every few characters)
    prose = parse("一、总体要求\n（一）加强宣传引导。营造良好氛围。\n"
                  "各有关部门要将本意见落实情况于每年年底前报送人力资源社会保障部就业促进司和国家发展改革委就业司\n2020年8月6日\n")
    assert not any(n.kind == "signature" and prose.text[n.span[0]:].startswith("各有关部门要") for n in prose.iter_sections())


def test_a_joint_signature_whose_rows_a_blank_parts_and_whose_names_run_together_signs_the_notice():
    from policyparse import parse

    # vx_03: a page parted the printed signature's rows by blanks and glued the names within each row
    signers = "生态环境部 国家发展和改革委员会工业和信息化部 住房和城乡建设部交通运输部 农业农村部国家能源局"
    doc = parse("各有关部门：\n《某某实施方案》已经领导小组同意，现印发给你们，请结合实际认真贯彻落实。\n" + signers
                + "\n2022年6月10日\n一、总体要求\n（一）加强宣传引导。营造良好氛围。\n")
    assert any(n.kind == "signature" and doc.text[n.span[0]:].startswith(signers) for n in doc.iter_sections())
    # a blank inside a long line of prose naming bodies makes it no signer
    prose = parse("各有关部门：\n请认真贯彻落实。\n各有关部门要将本意见落实情况于每年年底前报送生态环境部 国家发展和改革委员会就业促进司\n2022年6月10日\n"
                  "一、总体要求\n（一）加强宣传引导。营造良好氛围。\n")
    assert not any(n.kind == "signature" and prose.text[n.span[0]:].startswith("各有关部门要") for n in prose.iter_sections())


def test_issuer_and_date_on_one_line_sign_the_notice():
    from policyparse import parse

    doc = parse("各有关单位：\n现将有关事项通告如下。\n一、申报条件\n具有独立法人资格。\n开化县住房和城乡建设局 2021年11月16日\n")
    assert [n.kind for n in doc.iter_sections()][-1] == "signature"
    assert doc.metadata.issue_date == "2021-11-16"


def test_imprint_line_closes_the_notice():
    from policyparse import parse

    doc = parse("一、总体要求\n加强领导。\n二、保障措施\n落实责任。\n义乌市人民政府办公室 2013年8月9日印发\n")
    assert [n.kind for n in doc.iter_sections()][-1] == "closing"


def test_paired_phrase_run_in_heads_are_paragraphs():
    from policyparse.segment.headings import paragraph_heads

    assert [t for _, t in paragraph_heads("生态优先，绿色发展。坚持尊重自然、顺应自然。")] == ["生态优先，绿色发展"]
    assert [t for _, t in paragraph_heads("问题导向、科学修复。立足自然地理格局。")] == ["问题导向、科学修复"]
    assert paragraph_heads("为了加强管理，根据有关规定。制定本办法。") == []


def test_run_in_heads_under_a_short_heading_sentence():
    from policyparse import parse

    doc = parse("一、总体要求\n（一）基本原则。\n依法监管。加快推进打击侵权工作。\n社会共治。充分发挥行业组织作用。\n（二）主要目标。\n到2025年完成。\n")
    assert [(n.id, n.kind, n.title) for n in doc.iter_sections()][1:4] == [
        ("1.1", "heading", "基本原则"),
        ("1.1.p1", "paragraph", "依法监管"),
        ("1.1.p2", "paragraph", "社会共治"),
    ]


def test_before_any_numbered_heading_a_plain_paragraph_after_run_in_heads_is_its_own_node():
    # a body whose heading lines a crawler dropped: every paragraph stays a node, a preamble node (gold-format.md:
    # before the first numbered heading each paragraph is one), the run-in headed ones too
    from policyparse import parse

    doc = parse(
        "各市、县（区）人民政府：\n坚持正确方向。围绕根本问题，坚持办学方向。\n坚持改革创新。着力破解体制机制障碍。\n"
        "到2022年，培养体系进一步完善。\n实施特色发展工程，到2020年底，形成30所左右省级特色高中。\n"
    )
    assert [n.kind for n in doc.iter_sections()] == ["addressee", "preamble", "preamble", "preamble", "preamble"]
    assert [t.value for t in doc.sections[-1].targets] == [30]


def test_the_addressee_of_a_transmitted_report_is_an_addressee_node():
    from policyparse import parse

    doc = parse(
        "国务院批转能源部关于改进某办法请示的通知\n国发〔1990〕34号\n各省人民政府：\n国务院同意能源部《关于改进某办法的请示》，现转发给你们。\n"
        "国务院\n一九九○年五月三十一日\n关于改进某办法的请示\n国务院：\n现行的办法是根据有关规定制订的。\n一、加强计划用电管理。\n"
    )
    assert [n.kind for n in doc.sections] == ["addressee", "preamble", "signature", "addressee", "preamble", "item"]


def test_dash_bulleted_goals_are_paragraphs_under_a_heading_that_runs_on():
    from policyparse import parse

    doc = parse(
        "一、总体要求\n（二）主要目标。到2025年，数字经济产业能级达到万亿级。\n"
        "——数字产业化发展水平快速跃升。到2023年，培育领军企业30家以上。\n——产业数字化转型取得重大突破。新增示范项目300个以上。\n"
        "二、重点任务\n（一）做强产业。培育企业。\n"
    )
    nodes = [(n.id, n.kind, n.title) for n in doc.iter_sections()]
    assert nodes[2:4] == [("1.1.p1", "paragraph", "数字产业化发展水平快速跃升"), ("1.1.p2", "paragraph", "产业数字化转型取得重大突破")]
    assert [(t.value, t.year) for t in doc.sections[0].children[0].children[0].targets] == [(30, 2023)]


def test_a_box_drawing_rule_bullets_a_goal_paragraph_like_a_double_dash():
    from policyparse.grammar import dash_bullet_title

    assert dash_bullet_title("─────数字技术适老化发展基础更加牢固。推动通用设计。") == "数字技术适老化发展基础更加牢固"
    assert dash_bullet_title("─") is None and dash_bullet_title("─数字") is None
    # the title is the bullet's first sentence: ， and ； part clauses inside it (docs/gold-format.md)
    assert dash_bullet_title("——坚持立足当前，着眼长远发展。既要抓紧解决突出矛盾。") == "坚持立足当前，着眼长远发展"
    assert dash_bullet_title("——到2020年，基本实现目标；生态明显改善。其中…") == "到2020年，基本实现目标；生态明显改善"
    assert dash_bullet_title("——要素统筹：摸清全市自然资源家底，") == "要素统筹"
    doc = segment("二、工作目标\n到2025年底，体系更加健全。\n─────发展基础更加牢固。推动设计。\n─────供给质量不断提升。具备特征。\n三、重点任务\n（一）加强建设。推动标准化。\n", {})
    assert [(s.id, s.kind) for s in doc.sections[0].children] == [("1.p1", "paragraph"), ("1.p2", "paragraph")]


def test_hyphen_bulleted_lines_under_a_decimal_heading_are_paragraph_nodes():
    """- 经济发展类：… under 1.2.1 (a markdown-style list, ru_05): each line a paragraph carrying its own targets,
    a page folio (- 1 -) and a minus sign are no bullets."""
    from policyparse import parse
    from policyparse.grammar import dash_bullet_title

    doc = parse(
        "1. 考核标准\n1.1 业务实绩（40%）\n这是考核的核心，需量化到具体项目：\n"
        "- 经济发展类：重点项目库完成率达95%以上\n- 社会治理类：信访案件化解率（≥90%）\n"
        "1.2 行政效能（20%）\n- 办文办会效率：文件日结率达95%以上。\n1.3 公共服务\n"
    )
    nodes = [(n.id, n.kind, n.title) for n in doc.iter_sections()]
    assert nodes == [
        ("1", "heading", "考核标准"),
        ("1.1", "heading", "业务实绩（40%）"),
        ("1.1.p1", "paragraph", "经济发展类"),
        ("1.1.p2", "paragraph", "社会治理类"),
        ("1.2", "heading", "行政效能（20%）"),
        ("1.2.p1", "paragraph", "办文办会效率"),
        ("1.3", "item", "公共服务"),
    ]
    heading = doc.sections[0].children[0]
    assert heading.targets == [] and [t.value for t in heading.children[1].targets] == [90]
    assert dash_bullet_title("- 1 -") is None and dash_bullet_title("-5%") is None


def test_a_heading_whose_title_starts_with_a_numeral_and_listed_numerals_that_are_not():
    from policyparse.grammar import match_marker
    assert match_marker("一、五良太乡防控工作领导小组") is not None
    assert match_marker("三、三农工作") is not None
    assert match_marker("一、二级医院") is None
    assert match_marker("一、二、三") is None
    # 一 and a measure after the mark (三、一个代表团…): listed numerals count up from the first, a lone 一 lists nothing
    assert match_marker("三、一个代表团或者十人以上联名") is not None and match_marker("十、一批项目") is not None
    assert match_marker("一、二个") is None and match_marker("一、一九八六年改进的意见") is not None
    # a year in digits opening the title (sf_01: 一、2025年主要预期目标 over its 1. goals); a bare number still not
    assert match_marker("一、2025年主要预期目标") is not None
    assert match_marker("一、3个") is None and match_marker("一、20250年") is None
    doc = segment("各镇政府：\n现通知如下：\n一、2025年主要预期目标\n1.地区生产总值增长6%。\n二、聚力强产业\n2.修编规划。\n", {})
    tops = [(s.id, s.kind, [c.id for c in s.children]) for s in doc.sections if s.marker]
    assert tops == [("1", "heading", ["1.1"]), ("2", "heading", ["2.1"])]


def test_a_dash_typed_for_the_numeral_one_is_a_heading_marker():
    from policyparse.grammar import match_marker
    m = match_marker("—、总体目标要求")
    assert (m.style, m.number, m.text) == ("cn", 1, "—、")
    assert match_marker("——、总体目标") is None
    assert match_marker("—、") is None


def test_a_paren_marker_that_lost_its_opening_bracket_ranks_as_its_list():
    # sh_02: （二）… / 三)夯实数据基础。… / （四）…; vv_03: 第十条 …建设： / 一）加强师资建设。… / （二）…: the source lost the
    # opening bracket; the entry keeps its place in its list, its marker as written
    m = match_marker("三)夯实数据基础。各省级医保部门要按照…")
    assert (m.style, m.level, m.number, m.text) == ("paren_cn", 2, 3, "三）")
    assert match_marker("一)项规定") is None and match_marker("二)2") is None
    doc = segment("一、保障措施\n（一）加强组织领导。各级要重视。\n（二）健全工作机制。定期调度。\n三)夯实数据基础。各省要提供数据。\n"
                  "（四）做好沟通宣传。加大宣传。\n", {})
    assert [(s.id, s.marker) for s in doc.sections[0].children] == [("1.1", "（一）"), ("1.2", "（二）"), ("1.3", "三）"), ("1.4", "（四）")]
    doc = segment("第十条 培训机构应重点加强以下方面建设：\n一）加强师资建设。培训师资一般应具有中级职称。\n（二）丰富教学资源。突出前沿性。\n", {})
    assert [(s.id, s.level) for s in doc.sections[0].children] == [("1.1", 4), ("1.2", 4)]


def test_a_heading_whose_title_opens_with_a_year_in_digits():
    # a report's parts: 一、2024 年工作回顾 / 二、2025年总体要求 (a year, with or without a blank before 年)
    from policyparse.grammar import match_marker
    assert match_marker("一、2024 年工作回顾").text == "一、"
    assert match_marker("二、2025年经济社会发展总体要求").number == 2
    assert match_marker("一、2") is None  # a digit listed after the mark heads nothing
    assert match_marker("一、12月底前完成") is None
    doc = segment("一、2024年工作回顾\n过去一年，经济增长5%。\n二、2025年总体要求\n今年增长5%左右。\n", {})
    assert [(s.id, s.kind, s.title) for s in doc.sections] == [("1", "heading", "2024年工作回顾"), ("2", "heading", "2025年总体要求")]


def test_a_heading_whose_title_opens_with_a_masked_year():
    # ts_01: an essay site's copy masks the year (一、20*年我市经济和社会发展的主要目标); templates write 20XX年
    from policyparse.grammar import match_marker
    assert match_marker("一、20*年我市经济和社会发展的主要目标").text == "一、"
    assert match_marker("二、20XX年工作安排").number == 2
    assert match_marker("一、20**年主要目标").text == "一、"
    assert match_marker("一、2*3") is None  # no year: a digit listed after the mark still heads nothing


def test_a_paragraph_summing_up_the_top_level_items_closes_the_notice():
    doc = segment("江西省人民政府：\n你省请示收悉。现批复如下：\n一、同意调整。\n二、调整后，东湖区辖11个街道。\n"
                  "上述行政区划调整涉及的各类机构要精简。\n国务院\n2004年9月7日\n", {})
    kinds = [(s.id, s.kind) for s in doc.sections]
    assert ("p3", "closing") in kinds


def test_outline_markers_nest_inside_an_open_chapter_or_section_keeping_their_level():
    doc = segment("第一节  指导思想\n坚持。\n第四节  规划范围与期限\n一、规划范围\n本市。\n二、规划期限\n2021年。\n"
                  "第一章  规划愿景\n第二节 明确目标\n一、总体目标\n目标。\n（一）近期。\n第二章  分区\n一、分区\n分区。\n", {})

    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n.children)

    got = [(s.id, s.level, s.marker) for s in walk(doc.sections)]
    assert got == [("1", 2, "第一节"), ("2", 2, "第四节"), ("2.1", 1, "一、"), ("2.2", 1, "二、"), ("3", 1, "第一章"),
                   ("3.1", 2, "第二节"), ("3.1.1", 1, "一、"), ("3.1.1.1", 2, "（一）"), ("4", 1, "第二章"), ("4.1", 1, "一、")]


def test_a_reply_s_closing_words_after_its_last_item_are_closing_nodes():
    doc = segment("安岭乡人民政府：\n你乡请示收悉。现批复如下：\n一、撤销上门楼村建制。\n二、撤销柏塘村建制。\n"
                  "望你乡接文后，切实加强领导。\n特此批复。\n仙居县人民政府\n2013年9月9日\n", {})
    assert [(s.id, s.kind) for s in doc.sections][-3:] == [("p3", "closing"), ("p4", "closing"), ("p5", "signature")]


def test_entries_numbered_on_from_an_attachment_label_head_nothing():
    doc = segment("各乡镇人民政府：\n现随文印发给你们，请认真贯彻执行。\n2021年10月19日\n附件：1.乡镇事项目录清单\n"
                  "2.赋权乡镇权责清单\n3.收回乡镇事项目录清单\n", {})
    assert [s.kind for s in doc.sections] == ["addressee", "preamble", "signature", "attachment"]
    assert doc.metadata.attachments == ["乡镇事项目录清单", "赋权乡镇权责清单", "收回乡镇事项目录清单"]


def test_entries_numbered_on_from_an_attachment_label_above_the_signature_are_attachment_lines():
    # GB/T 9704's 附件说明 sits between the body and the signature: each entry is an attachment line of its own
    doc = segment("各省财政厅：\n现将有关办法印发给你们，请遵照执行。\n附件：1. 某某资金管理办法\n2. 某某资金分配测算方法\n"
                  "3. 某某补助经费管理办法\n某某部 某某部\n2020年3月24日\n", {})
    assert [(s.id, s.kind) for s in doc.sections] == [
        ("p1", "addressee"), ("p2", "preamble"), ("p3", "attachment"), ("p4", "attachment"), ("p5", "attachment"),
        ("p6", "signature"),
    ]


def test_layout_records_the_entries_numbered_on_from_either_attachment_label():
    # one walk (segment.layout) finds the run; the tree reads it instead of walking the entries again
    from policyparse.segment.layout import analyse

    layout = analyse("各单位：\n现将有关事项通知如下。\n附表：1．某某计划表\n2．某某现状表\n3．某某汇总表\n某某局\n"
                     "2021年5月6日\n")
    assert layout.attachment_runs == {2: 5}
    assert [line.marker for line in layout.lines[3:5]] == [None, None]
    layout = analyse("各单位：\n现印发给你们。\n附件：1.某某清单\n2.某某办法\n（三）某某要求\n")
    assert layout.attachment_runs == {2: 4}  # （三） is another style: not numbered on from 1.
    assert layout.lines[4].marker is not None


def test_outline_markers_nest_inside_the_named_general_part_before_the_chapters():
    doc = segment("为贯彻落实生态文明建设的国家战略，制定本规划。\n总    则\n一、指导思想\n坚持。\n二、规划原则\n尊重现状。\n"
                  "第一章  生态格局\n一、总体格局\n格局。\n", {})

    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n.children)

    assert [(s.id, s.marker) for s in walk(doc.sections)] == [
        ("p1", None), ("1", None), ("1.1", "一、"), ("1.2", "二、"), ("2", "第一章"), ("2.1", "一、")]


def test_a_policy_s_validity_sentence_after_the_last_item_is_a_closing_node():
    doc = segment("为推动产业园建设，制定以下政策。\n一、支持企业落户。给予奖励。\n二、支持人才引进。给予补贴。\n"
                  "本政策自发布之日起实施，有效期3年。\n", {})
    assert (doc.sections[-1].id, doc.sections[-1].kind) == ("p2", "closing")


def test_strip_note_reads_brackets_as_a_character_walk_would():
    # strip_note finds the brackets with a reverse pattern search; the reference walks every character back
    import random

    from policyparse.grammar import NOTE_CLOSE, NOTE_OPEN, is_note_text
    from policyparse.segment.headings import strip_note

    def walked(title: str) -> str:
        title = title.rstrip()
        if title.endswith(tuple(NOTE_CLOSE)):
            depth = 0
            for i in range(len(title) - 1, -1, -1):
                if title[i] in NOTE_CLOSE:
                    depth += 1
                elif title[i] in NOTE_OPEN:
                    depth -= 1
                    if depth == 0:
                        if is_note_text(title[i + 1:-1]):
                            title = title[:i].rstrip()
                        break
        return title.rstrip("。．.，,；;：: \u3000")

    pieces = ["（", "）", "(", ")", "〔", "〕", "【", "】", "市财政局", "牵头", "负责", "：", "，", "。", " ", "加强领导"]
    rnd = random.Random(3)
    for _ in range(5000):
        title = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
        assert strip_note(title) == walked(title), title


def test_a_charge_to_every_implementer_after_the_last_noted_task_is_a_closing_node():
    doc = segment("国务院各部委：\n现将工作要点印发如下。\n一、加强管理\n（一）推进改革。开展试点。（发展改革委牵头）\n"
                  "（二）开展外交。维护利益。（外交部牵头）\n"
                  "国务院各部门和单位要根据本要点抓紧制订本部门的工作要点。\n", {})
    assert [(s.id, s.kind) for s in doc.sections][-1] == ("p3", "closing")
    assert [c.id for c in doc.sections[-2].children] == ["1.1", "1.2"]


def test_a_charge_inside_a_task_without_a_note_stays_its_text():
    doc = segment("一、加强管理\n（一）推进改革。开展试点。\n各地要加强领导。\n", {})
    assert [(s.id, s.kind) for s in doc.sections] == [("1", "heading")]


def test_a_notices_addressee_below_a_news_lead_is_its_addressee():
    # sf_05 / rq_03: lead paragraphs end the front matter; the 主送 line under the notice's title is still one
    text = ("日前，某市人民政府印发若干政策的通知。文件提出，新增储能装机5万千瓦。\n详情如下：\n"
            "某市人民政府关于印发某市若干政策的通知\n各县（市、区）人民政府，市政府各部门：\n"
            "《某市若干政策》已经市政府同意，现印发给你们，请认真贯彻执行。\n某市人民政府\n2025年3月13日\n"
            "一、推进科技创新\n（一）建设创新平台。\n")
    kinds = [(s.kind, s.text[:4]) for s in segment(text, {}).sections if s.marker is None]
    assert ("addressee", "各县（市") in kinds
    # a line listing bodies inside the lead's prose is no addressee
    text = "日前，某市召开会议。\n会议要求：\n各部门要认真落实。\n一、推进科技创新\n"
    assert all(s.kind != "addressee" for s in segment(text, {}).sections)


def test_a_pages_summary_line_above_the_number_is_front_matter():
    # sf_14: 导读：… between the page's title and the notice's 文号 is neither a node nor the end of the head
    text = ("某市人民政府办公厅印发关于促进开发区发展实施方案的通知\n导读：加强开发区的改革和创新发展，具有重要意义。\n"
            "某政办函〔2017〕103号\n某市人民政府办公厅印发关于促进开发区发展实施方案的通知\n各区人民政府，各委、局：\n"
            "经市人民政府同意，现将《实施方案》印发给你们，请照此执行。\n某市人民政府办公厅\n2017年10月9日\n一、总体要求\n")
    doc = segment(text, {})
    assert doc.metadata.doc_number == "某政办函〔2017〕103号"
    assert [s.kind for s in doc.sections][:2] == ["addressee", "preamble"]


def test_a_writing_sites_lead_note_and_a_sharing_sites_numbered_notice_are_front_matter():
    # sk_03: 导语：…一文来源于网友上传 is the site's note, no node; sk_02: the sharing site's numbered notice
    # (1. 1、下载文档前请自行甄别…) is no item, and the plan's opening sentence below its title is the preamble
    text = ("目标任务分解方案\n导语：目标任务分解方案一文来源于网友上传，不代表本站观点。\n目标任务分解方案\n"
            "按照突出重点的原则，具体分解落实如下：\n一、主要发展目标\n各地各部门要确保完成。\n")
    assert [(s.kind, s.text[:2]) for s in segment(text, {}).sections] == [("preamble", "按照"), ("heading", "一、")]
    text = ("某县生态县创建工作方案\n合集下载\n  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
            "  2. 2、\"仅部分预览\"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。\n"
            "  3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。\n某县生态县创建工作方案\n"
            "为切实做好创建工作，特制定如下工作方案。\n一、指导思想\n创建生态县是重要举措。\n")
    assert [(s.kind, s.text[:2]) for s in segment(text, {}).sections] == [("preamble", "为切"), ("heading", "一、")]



def test_a_bulleted_list_of_goals_opens_the_body():
    # sl_05: a news page's ■ entries under group names (主导产业 / 功能承载), no sentence end on any of them
    from policyparse import parse

    text = (
        "陕西县域发展目标任务清单出炉\n\n时间：2021-08-20来源：陕西日报\n\n主导产业\n\n"
        "■全省76个县（市）主导产业总产值将达1.7万亿元，累计带动415万人就业\n\n功能承载\n\n"
        "■城区生活污水：集中收集率将达到90%以上\n\n■建设完成县城第二水源49个\n\n"
        "记者8月16日获悉：省发展改革委梳理汇总出全省县域发展目标任务清单。\n"
    )
    doc = parse(text)
    starts = [doc.text[s.span[0]:s.span[0] + 4] for s in doc.sections]
    assert starts == ["主导产业", "■全省7", "功能承载", "■城区生", "■建设完", "记者8月"]
    assert [len(s.targets) for s in doc.sections] == [0, 2, 0, 1, 1, 0]


def test_dash_bulleted_goals_under_the_last_numbered_heading_are_its_paragraphs():
    # sr_02 (cut after 一、主要目标): ——… goals after the last numbered line are that heading's paragraphs, not its text
    # or closing remarks; a Markdown list item there (- 关于印发….pdf, a download link) stays out
    doc = segment("各县人民政府：\n为加快发展，提出如下实施意见。\n一、主要目标\n到2020年，全面建成养老服务体系。\n"
                  "——养老服务设施覆盖所有城市社区。生活照料覆盖所有老年人。\n——全市机构养老床位达到15800张以上。\n", {})
    assert [(s.id, s.kind) for s in doc.sections[2].children] == [("1.p1", "paragraph"), ("1.p2", "paragraph")]
    doc = segment("各县人民政府：\n为加快发展，提出如下实施意见。\n一、主要目标\n到2020年，全面建成养老服务体系。\n"
                  "- 关于印发《某方案》的通知.pdf\n", {})
    assert doc.sections[2].children == []


def _title_sentence_without_gate(body: str) -> bool:
    """is_title_sentence as it read before its prefix gate: the reference the gate must agree with."""
    import regex

    from policyparse.segment.headings import strip_note

    body = body.strip()
    if regex.search(r"[A-Za-z]+(?: [A-Za-z]+)+ ?", body[:40]):
        body = regex.sub(r"[A-Za-z]+(?: [A-Za-z]+)+ ?", "A", body)  # AI for Science: a term counts as one character
    title = strip_note(body)
    if regex.fullmatch(r"\p{Han}{2,8}[：:][\p{Han}A-Za-z“”\"、]{2,16}", title) and body[len(title):] in ("", "。"):
        return True
    return body[len(title):len(title) + 1] in ("。", "：", ":") and bool(regex.fullmatch(r"[\p{Han}A-Za-z“”\"、，×]{2,24}", title))


@pytest.mark.parametrize("body", [
    "指导思想。", "指导思想：", " 指导思想。（牵头单位：市发改委） ", "典型场景：研发设计", "典型场景：研发设计。", "典型场景:研发设计",
    "加强组织领导。各地要建立工作机制", "地区生产总值增长8%以上。", "计票地点：…（高岭）大会议室。", "一", "",
    "实施青少年科学素质行动（牵头部门：市教育局、团市委）", "这是一个非常非常非常非常非常非常长的标题一二三四五。",
    "这是一个非常非常非常非常非常非常长的标题一二三四。", "生态优先，绿色发展。", "“放管服”改革。", "坚持问题导向：",
    "指导思想。\t（牵头单位：市发改委、市财政局、市教育局、市科协）", "指导思想。；（责任单位：市发改委、市财政局、市教育局）",
    "指导思想。（牵头单位：市发改委）。", "指导思想。（其中包括各类学校和科研院所的科普工作要求）", "典型场景：研发设计（试点）",
    "加强组织领导。（一）各地要建立工作机制，明确责任分工，确保落实到位", "指导思想：各地要建立健全工作机制，明确责任分工。",
    "AI for Science 的基础设施建设与示范应用。", "AI for Science 的基础设施建设与示范应用。发展AI for Science的方法",
    "秘书处依托××单位设立。", "秘书处依托××单位设立。秘书处负责日常工作",
])
def test_title_sentence_gate_agrees(body):
    # the gate only says no where the full test says no: same answers on titles, labels, sentences and edge lengths
    from policyparse.segment.headings import is_title_sentence

    assert is_title_sentence(body) == _title_sentence_without_gate(body)


def test_a_template_s_name_placeholder_keeps_a_title_phrase():
    # vk_07: 4、秘书处依托××单位设立。 over a paragraph of its own text is a heading, ×× standing for the unit's name
    from policyparse.segment.headings import is_title_sentence

    assert is_title_sentence("秘书处依托××单位设立。") and is_title_sentence("秘书处依托XX单位设立。")
    assert not is_title_sentence("秘书处依托××单位设立。秘书处负责日常工作")


def test_title_sentence_gate_agrees_on_samples():
    from pathlib import Path

    from policyparse.grammar import match_marker
    from policyparse.segment.headings import is_title_sentence

    for f in sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt")):
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            m = match_marker(line.strip())
            body = line.strip()[m.end:] if m else line
            assert is_title_sentence(body) == _title_sentence_without_gate(body), body[:40]


def test_a_news_pages_summary_field_above_the_article_is_no_node():
    # 摘要：… with its value on the line: the page's summary, which the article below repeats
    from policyparse.pipeline import parse_bytes

    text = (
        "今年我市将新增学位1万个\n"
        "摘要：其中新建学校10所，规划投入资金5亿元，新增学位1万个。\n"
        "本报讯（记者某某）3月7日上午，市政府新闻办召开新闻发布会。\n"
        "今年我市规划新建学校10所，新增学位1万个。\n"
    )
    doc = parse_bytes(text.encode())
    assert [n.text.strip()[:4] for n in doc.sections] == ["本报讯（", "今年我市"]


# Found by tools/anomalies.py over unlabelled notices (issuer_missing): a last sentence left without its 。
# (…，有效期至2028年12月31日) was joined with the signature below it, so the notice had no issuer and no date.
@pytest.mark.parametrize("signers,issuer", [
    ("某市住房公积金管理中心", "某市住房公积金管理中心"),
    ("某市住房和城乡建设局\n某市财政局", "某市住房和城乡建设局、某市财政局"),
])
def test_signature_below_unclosed_last_sentence(signers, issuer):
    text = ("关于调整住房公积金政策的通知\n各有关单位：\n一、降低留存金额\n将最低留存金额降低至6倍。\n"
            "二、放宽提取条件\n缴存人可按年度申请提取。\n本通知自发布之日起施行，有效期至2028年12月31日\n"
            f"{signers}\n2026年4月16日\n")
    seg = segment(text)
    assert (seg.metadata.issuer, seg.metadata.issue_date) == (issuer, "2026-04-16")
    assert seg.sections[-1].kind == "signature"


def test_broken_line_still_joins_prose_below():
    # a line stopping mid-sentence goes on with the line below it when that line is no signature
    text = "关于做好某项工作的通知\n各有关单位：\n为做好某项工作，经研究决定由某市住房公积金管理中心\n负责组织实施，请认真落实。\n某市人民政府\n2026年4月16日\n"
    seg = segment(text)
    assert seg.metadata.issuer == "某市人民政府"
    assert any("负责组织实施" in n.text and "为做好" in n.text for n in flat(seg.sections))


# Found by tools/anomalies.py (title_missing): titles closing on 若干政策 / 八项政策 / 四条举措 were read as no title.
@pytest.mark.parametrize("title,doc_type", [
    ("关于进一步促进全市房地产市场平稳健康发展的若干政策", "政策"),
    ("关于有效应对疫情影响促进市区房地产市场健康发展的八项政策", "政策"),
    ("关于进一步促进我市房地产市场健康发展的四条举措", "措施"),
])
def test_policy_titles(title, doc_type):
    assert doc_type_of(title) == doc_type
    seg = segment(f"{title}\n为促进市场平稳健康发展，制定以下政策。\n一、加大购房补贴支持力度\n鼓励各区发放购房补贴。\n二、优化公积金贷款\n提高贷款额度。\n")
    assert (seg.metadata.title, seg.metadata.doc_type) == (title, doc_type)


def test_policy_word_alone_is_no_title_type():
    # 政策 alone ends headings and news lines (我市调整住房公积金使用政策); 本条政策 is an article, no 文种
    assert doc_type_of("我市调整住房公积金使用政策") is None


# Found by tools/anomalies.py (heading_long): articles numbered on through parts headed 一、 二、 put the next part
# inside the article above it (二、 as 第二条's entry), and the article became a heading with a sentence for a title.
def test_parts_between_articles_numbered_on():
    text = ("关于促进房地产市场平稳健康发展的若干措施\n一、落实金融支持政策\n第一条实施差别化住房信贷政策。\n"
            "第二条加大对优质项目的金融支持力度。\n二、调整公积金使用政策\n第三条优化准入及放款条件。\n"
            "三、优化服务\n第四条提速项目审批。\n")
    seg = segment(text)
    got = [(n.id, n.marker) for n in flat(seg.sections) if n.marker]
    assert got == [("1", "一、"), ("1.1", "第一条"), ("1.2", "第二条"), ("2", "二、"), ("2.1", "第三条"),
                   ("3", "三、"), ("3.1", "第四条")]


def test_list_inside_an_article_stays_in_it():
    # the article's own list 一、 二、 (restarting at 1) is the article's, also under a part 一、
    text = ("某市住房公积金管理办法\n一、总则\n第一条为规范管理，制定本办法。\n第二条申请贷款应当符合下列条件：\n"
            "一、具有完全民事行为能力；\n二、有稳定的收入；\n第三条贷款额度按规定执行。\n")
    seg = segment(text)
    got = [(n.id, n.marker) for n in flat(seg.sections) if n.marker]
    assert got == [("1", "一、"), ("1.1", "第一条"), ("1.2", "第二条"), ("1.2.1", "一、"), ("1.2.2", "二、"), ("1.3", "第三条")]


def test_a_bulleted_entry_is_never_the_rest_of_the_line_above():
    # tk_03: ●到2020年，每千人口医疗机构床位达到6.0张 / ●到2020年，每万人全科医生数达到3人: lines with a comma and
    # no full stop, each a list entry of its own
    from policyparse import parse

    text = ("民生\n●到2020年，每千人口医疗机构床位达到6.0张\n●到2020年，每万人全科医生数达到3人\n"
            "●在城市社区建设15分钟健身圈，新建社区的体育设施覆盖率达到100%\n")
    doc = parse(text)
    starts = [doc.text[s.span[0]:s.span[0] + 4] for s in doc.sections]
    assert starts[-3:] == ["●到20", "●到20", "●在城市"]
    assert [len(s.targets) for s in doc.sections][-3:] == [1, 1, 1]


def test_an_article_numbered_with_five_numerals_is_a_marker():
    # wild15: 第一百一十一条 (a law's 111th to 119th, 211th… articles) was no marker, the articles ran into the 110th
    from policyparse.grammar import match_marker
    assert [(m.style, m.number) for m in map(match_marker, ("第一百一十一条 慈善组织…", "第二百一十九条 本法…"))] == [
        ("article", 111), ("article", 219)]
    text = "第一百一十条 甲。\n第一百一十一条 乙。\n第一百一十二条 丙。\n"
    from policyparse.pipeline import parse
    assert [n.number for n in parse(text).sections] == [110, 111, 112]


def test_a_glued_title_ends_before_a_preposition_opening_the_text_not_one_inside_a_word():
    from policyparse.segment.headings import glued_title_at_preposition

    assert glued_title_at_preposition("完善调控监管体系依法加强和改善市场调控监管，创造环境") == "完善调控监管体系"
    assert glued_title_at_preposition("有效实施出口措施在缩减开采量的同时，要继续运用") == "有效实施出口措施"
    assert glued_title_at_preposition("主要职能在国务院领导下，研究") == "主要职能"
    # 应对, 作为, 存在: the preposition's character inside a word; 加强对外: a title of fewer than four characters
    assert glued_title_at_preposition("全面做好应对疫情工作，确保安全") is None
    assert glued_title_at_preposition("充分发挥作为主体的作用，推动发展") is None
    assert glued_title_at_preposition("切实解决存在的突出问题，推动发展") is None
    assert glued_title_at_preposition("加强对外开放工作，推动发展") is None
    # no clause going on after it (no comma within reach): nothing glued to cut
    assert glued_title_at_preposition("实行开采和生产总量限制对耐火粘土实行控制。") is None
    # uf_07: 对 + its object + 要, no comma, opens a 要 clause: 四、采取综合措施…违规电站建设对违规项目要综合治理、标本兼治。
    assert glued_title_at_preposition("采取综合措施制止和防范违规电站建设对违规项目要综合治理、标本兼治。") == (
        "采取综合措施制止和防范违规电站建设")
    assert glued_title_at_preposition("切实加强对重点项目的监管要求落实。") is None  # 要求: no 要 clause


def test_an_article_an_amendment_inserted_is_a_marker_of_its_own():
    # wild16: 第二百八十七条之一 (an article a criminal-law amendment inserted after the 287th) was read as 第二百八十七条
    # with 之一 opening its title
    from policyparse.pipeline import parse
    text = "第二百八十七条 利用计算机实施犯罪的，依照本法有关规定定罪处罚。\n第二百八十七条之一 利用信息网络实施下列行为之一的，处罚金。\n第二百八十八条 违反国家规定的，处拘役。\n"
    nodes = parse(text).sections
    assert [(n.marker, n.number) for n in nodes] == [("第二百八十七条", 287), ("第二百八十七条之一", 287), ("第二百八十八条", 288)]
    assert nodes[1].title.startswith("利用信息网络")


def test_a_tabbed_table_row_above_the_signature_signs_nothing():
    # wild16: a results table whose cells a page parted by tabs, right above the signature, was read as joint issuers
    from policyparse.pipeline import parse
    text = ("某自治县2017年度职称评审结果公示\n经评审，现将结果公示如下：\n"
            "148\t34\t张某某\t某县兴宝小学\t女\t叁级教师\t幼教\t通过\n149\t35\t王某\t某县平模幼儿园\t女\t叁级教师\t幼教\t通过\n"
            "某县人力资源和社会保障局\n2017年11月28日\n")
    assert parse(text).metadata.issuer == "某县人力资源和社会保障局"

def test_a_signature_date_whose_月_was_typed_as_日():
    # tp_02: 湛江市农业局 / 2018年10日11日 signs the notice; a sentence's 10日至11日 is no date line
    from policyparse.segment.dates import is_date_line, parse_date
    assert is_date_line("2018年10日11日") and parse_date("2018年10日11日") == "2018-10-11"
    assert not is_date_line("2018年13日11日") and parse_date("会议于2018年10日11日前报到") is None
    m = segment("各县（市、区）农业局：\n现将有关通知转发给你们，请认真贯彻执行。\n湛江市农业局\n2018年10日11日\n", {}).metadata
    assert (m.issuer, m.issue_date) == ("湛江市农业局", "2018-10-11")


def test_a_heading_whose_title_opens_with_a_day():
    # tu_05: 一、2月20日（正月十六）早晨4时至中午12时，全县范围内禁止… — a day opening the point, no numeral listed after 一、
    from policyparse.grammar import match_marker
    assert match_marker("一、2月20日（正月十六）早晨4时至中午12时，全县范围内禁止燃烧").text == "一、"
    assert match_marker("一、2、3项") is None
    doc = segment("关于某事的通知\n各乡镇：\n现通知如下：\n一、2月20日全县禁止燃烧秸秆。\n二、各乡镇要加强巡查。\n", {})
    assert [(s.id, s.marker) for s in doc.sections if s.id in ("1", "2")] == [("1", "一、"), ("2", "二、")]


def test_nine_bodies_signing_one_a_line_are_one_signature():
    from policyparse import parse

    bodies = ["中国人民银行", "金融监管总局", "国家发展改革委", "民政部", "财政部", "人力资源社会保障部", "国家卫生健康委", "中国证监会", "国家医保局"]
    doc = parse("一、总体要求\n加强领导。\n二、保障措施\n落实责任。\n" + "\n".join(bodies) + "\n2024年12月8日\n")
    sig = [n for n in doc.iter_sections() if n.kind == "signature"]
    assert len(sig) == 1 and doc.text[sig[0].span[0]:sig[0].span[1]].startswith("中国人民银行")


def test_a_head_signing_after_a_colon_belongs_to_the_signature():
    from policyparse import parse

    doc = parse("某某办法\n中国人民银行令\n（〔2007〕第 1 号）\n《某某办法》已经行长办公会议通过，现予发布。\n"
                "行长：某某某\n\n二○○七年六月十一日\n某某办法\n第一条 为规范报告行为，制定本办法。\n第二条 本办法自发布之日起施行。\n")
    sig = [n for n in doc.iter_sections() if n.kind == "signature"]
    assert len(sig) == 1 and doc.text[sig[0].span[0]:sig[0].span[1]].startswith("行长")
    assert doc.metadata.issuer == "中国人民银行"


def test_a_colon_after_the_copula_goes_on_with_the_heading_sentence():
    # tx_06 / sg_01: …的指导思想是：以… is one sentence, its title runs to the 。
    assert heading_title("某某工作的指导思想是：以某某理论为指导，推进某项工作。各部门要落实。")[0] == (
        "某某工作的指导思想是：以某某理论为指导，推进某项工作"
    )
    # a label's colon still ends the title, and so does a 是： closing the line or opening a quotation
    assert heading_title("申请：符合条件的学生向学校提出申请。")[0] == "申请"
    assert heading_title("主要措施分别是：")[0] == "主要措施分别是"
    assert heading_title("第三项修改为是：“某某工作。”")[0] == "第三项修改为是"
    # a colon after a clause mostly opens a list: it ends the title as before
    assert heading_title("某某机构可以开展服务，服务的范围包括：良种、农资。")[0] == "某某机构可以开展服务，服务的范围包括"


def test_a_plan_s_cover_byline_below_its_title_signs_nothing():
    """…（此件公开发布） / 某县地质灾害应急预案 / 某县…指挥部办公室 / 2023年4月 / 1总则: the body that drew the issued plan
    up and the month, below the plan's title, are its cover, not a second signature; the notice's own signature stays."""
    text = ("某县人民政府办公室关于印发《某县地质灾害应急预案》的通知\n各乡镇人民政府，县政府有关部门：\n"
            "《某县地质灾害应急预案》已经县政府同意，现印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2023年4月18日\n"
            "（此件公开发布）\n某县地质灾害应急预案\n某县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n"
            "1总则\n1.1编制目的\n为科学高效开展突发地质灾害应对工作，制定本预案。\n")
    doc = segment(text, {})
    kinds = [n.kind for n in doc.sections]
    assert kinds.count("signature") == 1
    assert doc.metadata.issue_date == "2023-04-18"
    # a signature of a day below a notice's text still signs
    signed = text.replace("某县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n", "")
    assert [n.kind for n in segment(signed, {}).sections].count("signature") == 1


def test_a_year_whose_zeros_the_source_lost_is_read_only_where_single():
    # us_03: 二三年十月十五日 printed for 二〇〇三年十月十五日 (the source dropped 〇)
    from policyparse.segment.dates import is_date_line, parse_date
    assert (parse_date("二三年十月十五日"), is_date_line("二三年十月十五日")) == ("2003-10-15", True)
    assert parse_date("二一三年三月五日") == "2013-03-05"
    assert parse_date("二二年三月五日") is None  # 2002 or 2020: not read
    assert parse_date("十二三年十月十五日") is None and not is_date_line("二三年级")


def test_a_title_naming_a_latin_term_over_its_text_is_a_heading():
    # uw_01: 7.支持…科学数据库。 / 大规模… / 8.AI for Science 的基础设施建设与示范应用。 / 发展AI for Science的…: the term
    # of three Latin words counts as one word of the title, which is a title sentence like its siblings'
    from policyparse.segment.headings import is_title_sentence

    assert is_title_sentence("AI for Science 的基础设施建设与示范应用。")
    assert not is_title_sentence("AI for Science 的基础设施建设与示范应用。发展AI for Science的基础设施方法")
    text = ("一、重点支持方向\n7.支持下一代人工智能的通用型高质量科学数据库。\n大规模高质量科学数据是科学研究新范式的基础。\n"
            "8.AI for Science 的基础设施建设与示范应用。\n发展AI for Science的基础设施方法，包括基础物理模型的人工智能算法。\n"
            "二、项目遴选的基本原则\n瞄准科学前沿。\n")
    kinds = {s.marker: s.kind for s in segment(text, {}).sections[0].children}
    assert kinds["8."] == "heading" and kinds["7."] == "heading"


def test_a_glued_title_ends_before_a_second_task_verb_or_a_sentence_opener():
    from policyparse.segment.headings import glued_title_at_verb

    # vc_07: 二、加强…规范化、标准化开展… / 四、优化职业技能评价进一步完善… / 八、扩大从业人员规模延续实施…
    assert glued_title_at_verb("加强职业技能培训规范化、标准化开展家政服务职业技能培训") == "加强职业技能培训规范化、标准化"
    assert glued_title_at_verb("优化职业技能评价进一步完善以职业能力为导向的评价机制。") == "优化职业技能评价"
    assert glued_title_at_verb("扩大从业人员规模延续实施失业保险降费率等惠企政策") == "扩大从业人员规模"
    assert glued_title_at_verb("强化专业化培养鼓励引导有条件的普通高校设置相关专业") == "强化专业化培养"
    # 发展 ends the title's object, 鼓励 opens the text; 维护 opens a title as 加强 does
    assert glued_title_at_verb("促进行业规范发展鼓励家政企业引入现代企业经营模式") == "促进行业规范发展"
    assert glued_title_at_verb("维护从业人员合法权益开展规范劳动用工专项行动") == "维护从业人员合法权益"
    # no task verb opening the line, or the first clause ends before any cut: nothing glued
    assert glued_title_at_verb("家政服务从业人员规模扩大开展培训") is None
    assert glued_title_at_verb("加强领导，各地要落实主体责任。") is None

    # vf_10: 五、加强对专业性劳动争议调解工作的组织领导各地人力资源社会保障行政部门…要: a title of 17–20 characters is cut
    # only at a subject of all the parties (各地, 各级, 各部门), not after a verb taking it as object, nor past a comma
    assert glued_title_at_verb("加强对专业性劳动争议调解工作的组织领导各地人力资源社会保障行政部门、综治组织要高度重视") == (
        "加强对专业性劳动争议调解工作的组织领导")
    assert glued_title_at_verb("加强对专业性劳动争议调解工作的业务指导各地要建立健全工作机制") is None
    assert glued_title_at_verb("加强对专业性劳动争议调解工作的组织领导，各地要高度重视") is None


def test_a_list_seen_glued_cuts_its_siblings_at_a_second_task_verb():
    # vc_07: 一、 is cut at 按照, 十一、 at 各地…要; its siblings glued with no such cue are headings too
    from policyparse.pipeline import parse
    text = ("一、贯彻国家职业标准按照国家适时增设的职业，认真落实国家职业标准。\n"
            "二、优化职业技能评价进一步完善以职业能力为导向的评价机制和评价体系。\n"
            "三、强化督导落实各地要高度重视，认真落实主体责任。\n")
    nodes = parse(text).sections
    assert [(n.kind, n.title) for n in nodes] == [
        ("heading", "贯彻国家职业标准"), ("heading", "优化职业技能评价"), ("heading", "强化督导落实")]


def test_a_goal_of_two_clauses_opening_on_a_task_verb_heads_its_paragraph_in_a_run():
    # ut_11: 二、主要目标和任务 / 到2022年，… / five lines each opening with a goal's two clauses (19–27 characters, one
    # of them the short paired head 创新…模式，培养…教师。), each its own paragraph
    from policyparse.segment.headings import long_paragraph_head
    from policyparse.pipeline import parse

    assert long_paragraph_head("落实师德建设新要求，增强师德教育实效性。将师德师风作为第一标准。") == "落实师德建设新要求，增强师德教育实效性"
    assert long_paragraph_head("提升培养规格层次，满足保障国民教育和创新人才培养的需要。为学校培养教师。") == (
        "提升培养规格层次，满足保障国民教育和创新人才培养的需要")
    # no task verb opening it, or a rule's words: a sentence of prose
    assert long_paragraph_head("师德建设的新要求已经落实，教育实效性明显增强。将师德师风作为第一标准。") is None
    assert long_paragraph_head("完善教师补充机制，各地应当加强乡村教师队伍建设。逐步扩大规模。") is None
    text = ("一、主要目标和任务\n到2022年，基本形成现代教师培养体系。\n"
            "落实师德建设新要求，增强师德教育实效性。将师德师风作为评价教师队伍的第一标准。\n"
            "提升培养规格层次，满足保障国民教育和创新人才培养的需要。为义务教育学校培养更多教师。\n"
            "完善教师补充机制，加强乡村教师队伍建设。逐步扩大公费师范生培养规模。\n"
            "创新教师教育模式，培养未来卓越教师。改革招生方式。\n"
            "加强教师教育体系建设，提升教师教育质量。优化师范院校布局。\n"
            "二、主要措施\n（一）加强师德教育。扎实推进教育。\n（二）强化师德宣传。发掘正面典型。\n")
    heads = [c.title for c in parse(text).sections[0].children]
    assert heads == ["落实师德建设新要求，增强师德教育实效性", "提升培养规格层次，满足保障国民教育和创新人才培养的需要",
                     "完善教师补充机制，加强乡村教师队伍建设", "创新教师教育模式，培养未来卓越教师", "加强教师教育体系建设，提升教师教育质量"]


def test_so_notified_before_an_appended_document_ends_the_notice():
    # vb_06: 四、…继续实施。 / 本通知…按本通知执行。 / 本通知自印发之日起实施，… / 特此通知 / 关于…政策的解读 (two title
    # lines) / …解读如下： / 一、关于… : the closing lines close the notice (not the last item's text), the appended
    # interpretation's opening paragraph is a preamble, its 一、 parts number again from the top
    from policyparse.pipeline import parse
    text = ("各住房公积金缴存人：\n为贯彻落实有关精神，现阶段性实施部分提取政策如下：\n"
            "一、购买本市新建商品住房可提取住房公积金支付首付款。本市缴存人可申请提取。\n"
            "二、购买外市二手房应办出不动产权证满6个月方可申请提取。\n"
            "本通知实施之日起，本市此前出台的提取政策规定与本通知不一致的，按本通知执行。\n"
            "本通知自印发之日起实施，有效期至2025年2月28日。\n特此通知\n"
            "关于阶段性实施部分住房公积金\n提取政策的解读\n"
            "市住房公积金管理委员会印发《通知》，现对阶段性实施部分提取政策解读如下：\n"
            "一、关于提取公积金支付首付款\n为支持刚性住房需求，允许缴存人申请提取。\n"
            "二、关于继续实施部分提取政策\n这两项政策在有效期届满后继续实施。\n")
    nodes = parse(text).sections
    assert [n.kind for n in nodes] == ["addressee", "preamble", "item", "item", "closing", "closing", "closing",
                                       "preamble", "heading", "heading"]
    assert nodes[3].text.endswith("方可申请提取。")


def test_a_title_closed_by_a_colon_heads_the_contact_field_below_it():
    # vb_03: 五、联系方式 / （一）省基金委联系电话： / 1.… / （二）东莞市科技局联系电话： / 基础研究…科：黄培锟，0769-… / （三）…
    from policyparse.pipeline import parse
    text = ("五、联系方式\n（一）省基金委联系电话：\n1.指南业务咨询：金文敏，020-87584786\n2.申报业务咨询：陈佳思，020-87567835\n"
            "（二）东莞市科技局联系电话：\n基础研究与社会发展科技科：黄培锟，0769-22831340\n"
            "（三）阳光政务平台技术支持电话：020-83163338\n")
    part = parse(text).sections[0]
    assert [c.kind for c in part.children] == ["heading", "heading", "item"]


def test_a_longer_unit_name_labels_its_duty_inside_a_run_of_labelled_paragraphs():
    # vb_02: 六、职责分工 / 市房产局：负责… / … / 市司法局：负责… / 沈阳住房公积金管理中心：负责建立… / 市数据局：负责…
    from policyparse.pipeline import parse
    text = ("六、职责分工\n市房产局：负责牵头制定工作方案，做好跟踪调度。\n市委宣传部：负责宣传引导城镇房屋养老金制度。\n"
            "市财政局：负责配合房产部门制定资金使用管理制度。\n市司法局：负责指导、支持相关创新政策的制定。\n"
            "沈阳住房公积金管理中心：负责建立我市城镇房屋养老金账户；负责账户日常核算和资金管理。\n"
            "市数据局：负责提供必要的数据共享支持。\n七、保障措施\n（一）加强组织领导。建立工作机制。\n")
    titles = [c.title for c in parse(text).sections[0].children]
    assert titles == ["市房产局", "市委宣传部", "市财政局", "市司法局", "沈阳住房公积金管理中心", "市数据局"]
    # no run of labels open: a long name and its colon alone heads nothing new
    from policyparse.segment.tree import _unit_duty_label
    assert _unit_duty_label("沈阳住房公积金管理中心：负责建立账户。") == ("沈阳住房公积金管理中心", False)
    assert _unit_duty_label("城镇房屋养老金制度的主要内容：负责建立账户。") is None


def test_a_paragraph_opening_on_the_signers_above_the_signature_closes_the_notice():
    # vb_01: （十六）…收费。 / 引导鼓励机场…。 / 海关总署、国家移民局、中国民航局将发挥牵头协调作用，…各地方人民政府要… /
    # 特此通知。 / 海关总署 国家移民局 民航局 / 2025年2月6日
    from policyparse.pipeline import parse
    text = ("各有关单位：\n现将有关措施通知如下：\n一、优化通关流程\n（一）提升通关效率。\n推进智慧口岸建设，压缩通关时间。\n"
            "（二）降低物流成本。\n引导鼓励机场、航空公司进一步清理收费项目。\n"
            "海关总署、国家移民局、中国民航局将发挥牵头协调作用，加强政策实施效果评估。各地方人民政府要切实履行主体责任。\n"
            "特此通知。\n海关总署 国家移民局 民航局\n2025年2月6日\n")
    nodes = parse(text).sections
    assert [n.kind for n in nodes][-3:] == ["closing", "closing", "signature"]
    assert nodes[-3].text.startswith("海关总署、国家移民局")


def test_so_closing_subsets_come_from_one_list():
    # the 特此… closing formula's 文种 are written once (grammar.SO_CLOSING_TYPES); each stage's subset is drawn from it
    from policyparse.grammar import SO_CLOSING_GLUED, SO_CLOSING_LINE, SO_CLOSING_TYPES, SO_NOTIFIED_LINE, SO_PUBLISHED
    for subset in (SO_CLOSING_LINE, SO_NOTIFIED_LINE, SO_CLOSING_GLUED, SO_PUBLISHED):
        assert set(subset) <= set(SO_CLOSING_TYPES)
    from policyparse.segment.layout import CLOSING
    assert CLOSING.match("特此函") and CLOSING.match("特此批复。") and not CLOSING.match("特此请示。")


def test_a_lone_short_statement_below_a_numbered_heading_is_its_text_not_a_head():
    # vi_03: 二、2022年工作总体要求和主要目标 / 今年是党的二十大召开之年。政府工作要以… / 主要预期目标是：… (and 一、2021年工作
    # 回顾 / 刚刚过去的2021年极不平凡。这一年，…): a short first sentence remarking on the year, with no headed line after it,
    # is the section's text; a run of heads (着力扩大有效投资。… / 着力释放消费需求。…) stays headed paragraphs, and a noun
    # phrase on the year's goals (ts_01: 今年我市经济社会发展的主要目标。) is no remark
    from policyparse.pipeline import parse
    from policyparse.segment.tree import _YEAR_REMARK
    assert _YEAR_REMARK.match("今年我市经济社会发展的主要目标") is None
    text = ("各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
            "一、2021年工作回顾\n刚刚过去的2021年极不平凡。这一年，我们经受了多重考验，取得了新成绩。\n"
            "一年来，我们坚持稳中求进，各项工作取得明显成效。\n"
            "二、2022年工作总体要求和主要目标\n今年是党的二十大召开之年。政府工作要坚持稳中求进工作总基调。\n"
            "主要预期目标是：经济增长7%，城镇调查失业率5.5%以内。\n"
            "三、2022年重点工作\n（一）保持经济运行在合理区间\n着力扩大有效投资。全年完成固定资产投资2.8万亿元。\n"
            "着力释放消费需求。社会消费品零售总额增长8%。\n")
    nodes = parse(text).sections
    assert [n.title for n in nodes] == [None, None, "2021年工作回顾", "2022年工作总体要求和主要目标", "2022年重点工作"]
    assert [n.children for n in nodes[2:4]] == [[], []]
    assert [c.title for c in nodes[4].children[0].children] == ["着力扩大有效投资", "着力释放消费需求"]


def test_titles_glued_before_the_centre_or_the_implemented_documents_short_name():
    # vj_03, one line: 一、深刻领会提高技术工人待遇的重要意义党中央、国务院历来高度重视… / 二、…，推动《意见》贯彻落实《意见》提出…
    # / 三、做好高技能领军人才服务保障工作《意见》提出要以…: the centre as a stance's subject opens the text; among titles
    # seen glued, the short name (以下简称《意见》) opening on what it says does too
    from policyparse.pipeline import parse
    from policyparse.segment.headings import glued_title_at_cited_name, heading_title

    assert heading_title("深刻领会提高技术工人待遇的重要意义党中央、国务院历来高度重视产业工人队伍建设，特别是党的十八大以来。")[0] == (
        "深刻领会提高技术工人待遇的重要意义")
    # the centre as a verb's object stays in the title
    assert heading_title("贯彻落实党中央、国务院决策部署，扎实推进各项工作。")[0] == "贯彻落实党中央、国务院决策部署，扎实推进各项工作"
    assert glued_title_at_cited_name("做好高技能领军人才服务保障工作《意见》提出要以高技能领军人才为重点") == "做好高技能领军人才服务保障工作"
    assert glued_title_at_cited_name("发挥牵头作用，推动《意见》贯彻落实《意见》提出16条政策措施") == "发挥牵头作用，推动《意见》贯彻落实"
    # 提出的: the name and what it says are one phrase of the title; 按照《意见》: the preposition's object
    assert glued_title_at_cited_name("认真贯彻落实《意见》提出的各项任务要求") is None
    assert glued_title_at_cited_name("各地要按照《意见》明确各项任务分工") is None
    text = ("各省、自治区、直辖市人力资源社会保障厅（局）：今年3月，中共中央办公厅、国务院办公厅印发《关于提高技术工人待遇的意见》"
            "（以下简称《意见》）。现就贯彻落实《意见》工作提出如下要求：一、深刻领会提高技术工人待遇的重要意义党中央、国务院历来"
            "高度重视产业工人队伍建设，作出一系列部署。二、各级人力资源社会保障部门要发挥牵头作用，推动《意见》贯彻落实《意见》提出"
            "提高技术工人待遇的16条政策措施，均明确由人力资源社会保障部为牵头单位。三、做好高技能领军人才服务保障工作《意见》提出要以"
            "高技能领军人才为重点支持对象，提高其政治待遇。人力资源社会保障部2018年4月20日")
    heads = [(n.kind, n.title) for n in parse(text).sections if n.marker]
    assert heads == [("heading", "深刻领会提高技术工人待遇的重要意义"),
                     ("heading", "各级人力资源社会保障部门要发挥牵头作用，推动《意见》贯彻落实"),
                     ("heading", "做好高技能领军人才服务保障工作")]


def test_a_numeral_after_the_mark_that_does_not_count_up_opens_the_title():
    # vk_09: 六、经费投入与保障措施 / 七、二年建设期年度工作计划与绩效考核目标列表 / 八、附表 — listed numerals count up (一、二级,
    # 二、三年), so 七、 before 二年 numbers the line all the same
    from policyparse.grammar import match_marker
    m = match_marker("七、二年建设期年度工作计划与绩效考核目标列表")
    assert (m.style, m.number, m.text) == ("cn", 7, "七、")
    assert match_marker("二、一年来工作回顾").number == 2
    assert match_marker("二、三年") is None and match_marker("一、二级医院") is None
    assert match_marker("三、二、一") is None  # a list counting down heads nothing


def test_principles_of_one_paired_shape_glued_on_one_line_head_a_paragraph_each():
    # ve_05: （二）基本原则 / 夯实基础，补齐短板。面向…。重点突破，以点带面。立足…。协同创新，开放融合。构建…
    from policyparse.segment.headings import paragraph_heads
    line = ("夯实基础，补齐短板。面向行业智能制造发展需求，完善标准体系。重点突破，以点带面。立足船舶建造关键薄弱环节，"
            "开展研发与应用。协同创新，开放融合。构建产学研用协同创新体系。")
    assert [t for _, t in paragraph_heads(line)] == ["夯实基础，补齐短板", "重点突破，以点带面", "协同创新，开放融合"]
    # inside the paragraph a pair of other lengths is its text
    other = "夯实基础，补齐短板。面向发展需求，完善标准体系。加快推进，稳步实施标准化。推进试点示范工作。"
    assert [t for _, t in paragraph_heads(other)] == ["夯实基础，补齐短板"]


def test_a_rule_sentence_opening_a_line_is_no_run_in_head():
    # vk_07 附件3 （三）: 可视情况明确… / 应当明确联盟对外承担责任的主体。对外承担责任的主体由缔约各方共同指定，… — a sentence of
    # what must be done is the text, not a paragraph's heading (a rule is never a heading, _RULE_WORDS)
    from policyparse.segment.headings import paragraph_heads
    assert paragraph_heads("应当明确联盟对外承担责任的主体。对外承担责任的主体由缔约各方共同指定。") == []
    assert paragraph_heads("不得擅自改变资金用途。违反规定的，依法追究责任。") == []
    assert paragraph_heads("明确联盟对外承担责任的主体。对外承担责任的主体由缔约各方共同指定。") == [(0, "明确联盟对外承担责任的主体")]
    assert paragraph_heads("应急保障体系。建立健全应急物资储备。")[:1] == [(0, "应急保障体系")]


def test_a_contact_title_heads_the_contact_lines_set_aside_below_it():
    # sd_05: 三、联系方式 / 省工业和信息化厅科技处，联系电话：0531-… / 电子邮箱：… / 附件：… — the contact lines are fields,
    # no node's text, yet the title heads them; with nothing below where the page ends (uw_01), or the list going on
    # (tw_05: （六）联系方式； / （七）身份证件…), the line stays an item
    from policyparse.pipeline import parse
    text = ("一、申报条件\n（一）在本省注册。\n二、申报程序\n各市于5月3日前报送。\n三、联系方式\n"
            "省工业和信息化厅科技处，联系电话：0531-86062354\n电子邮箱：kjc_sjxw@shandong.cn\n\n附件：1、申报书.doc\n")
    assert [s.kind for s in parse(text).sections if s.marker == "三、"] == ["heading"]
    text = "一、申报条件\n（一）在本省注册。\n（二）资助方式。\n（三）咨询方式。\n"
    assert [c.kind for c in parse(text).sections[0].children][-1] == "item"
    # uy_02: the values run on on the title's own line — an entry of the contact list, an item
    text = ("八、联系方式\n（一）河北省群体就业服务中心联系人：耿丹电话：0311-66908735\n"
            "（二）河北省人才服务中心联系人：王翠玲电话：0311-87102269\n邮箱：hbqtjyzxxd@126.com\n")
    assert [c.kind for c in parse(text).sections[0].children] == ["item", "item"]


def test_a_two_phrase_title_closed_by_its_stop_heads_the_prose_below_it():
    # sc_05: 二、明确开拓出口市场的战略方针，制定开拓国际机电产品市场规划。 / (blank) / 机电产品出口要贯彻… — a title of two
    # phrases, too long for the short title sentence, alone on its line over paragraphs of its own; a task sentence
    # opening on its subject (各地要…) is no title
    from policyparse.pipeline import parse
    text = ("一、加强领导。\n各地要高度重视。\n二、明确开拓出口市场的战略方针，制定开拓国际机电产品市场规划。\n\n"
            "机电产品出口要贯彻实行全方位、多元化的方针。\n\n近期要抓好重点市场。\n三、加强协调。\n各部门要密切配合。\n")
    assert [s.kind for s in parse(text).sections if s.marker == "二、"] == ["heading"]
    text = ("一、加强领导。\n各地要高度重视。\n二、各地要明确开拓出口市场的战略方针，制定开拓国际机电产品市场规划。\n\n"
            "机电产品出口要贯彻实行全方位、多元化的方针。\n三、加强协调。\n各部门要密切配合。\n")
    assert [s.kind for s in parse(text).sections if s.marker == "二、"] == ["item"]


def test_the_guiding_thought_formula_opens_the_text_glued_to_a_title():
    # vg_09, vc_02 (bodies stored without the heading's line break): 一、目标要求以习近平新时代…思想为指导，… — the formula
    # (坚持)以…为指导 opens the text of a 总体要求 part; a title never runs into it
    assert heading_title("目标要求以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大精神。")[0] == "目标要求"
    assert heading_title("准确把握总体要求以习近平新时代中国特色社会主义思想为指导，全面落实就业优先政策。")[0] == "准确把握总体要求"
    # after 坚持 / 应当 the formula is the sentence's predicate (sm_13: 二、自治州人民政府工作坚持以…为指导，…)
    assert heading_title("区政府工作坚持以习近平新时代中国特色社会主义思想为指导，坚决维护党中央权威。")[0].endswith("维护党中央权威")
    assert heading_title("以习近平新时代中国特色社会主义思想为指导，全面落实就业优先政策。")[0].startswith("以习近平")


def test_a_title_glued_before_a_handling_units_subject_ends_there():
    # wl_09 (one line, no separator): 一、严格落实责任各承办单位要把…办理工作纳入总体工作部署 — 各承办单位 / 各责任单位 as the
    # subject of a 要 clause open the text glued after the title, as 各有关部门 does
    assert heading_title("严格落实责任各承办单位要把人大代表建议办理工作纳入总体工作部署，确保任务分解到岗。")[0] == "严格落实责任"
    assert heading_title("主动公开结果各承办单位要依法主动公开办理情况。")[0] == "主动公开结果"
    assert heading_title("压实工作责任各责任单位要明确专人负责，")[0] == "压实工作责任"
    # ... a title naming such units stays whole
    assert heading_title("督促各承办单位落实办理责任")[0] == "督促各承办单位落实办理责任"


def test_a_date_alone_under_a_numbered_heading_is_its_content_not_a_signature():
    """二、活动时间 / 2022年1月 (wk_11): the date a part heading asks for is the part's content; the notice's signed date
    at the end, below its contact lines and the bodies signing, dates it."""
    text = ("为做好某项工作，现就开展专项活动通知如下。\n一、活动主题\n就业帮扶真情相助\n二、活动时间\n2022年1月\n"
            "三、工作要求\n各地要高度重视，认真组织实施。\n省某某局张某联系电话：0311-12345678电子邮箱：abc@163.com\n"
            "河北省人力资源和社会保障厅河北省乡村振兴局\n2021年12月31日\n（此件主动公开）\n")
    doc = segment(text, {})
    assert doc.metadata.issue_date == "2021-12-31"
    assert [n.kind for n in doc.sections].count("signature") == 1
    # a date alone under a sentence, no body above it, still dates an unsigned notice
    unsigned = text.replace("河北省人力资源和社会保障厅河北省乡村振兴局\n2021年12月31日\n", "").replace("二、活动时间\n2022年1月\n", "")
    assert segment(unsigned + "2021年12月31日\n", {}).metadata.issue_date == "2021-12-31"


def test_the_social_disclosure_note_of_a_ministry_s_notice_is_its_disclosure():
    # wi_02, wi_09: 生态环境部…2020年10月20日 / （此件社会公开）: the wording the ministry and its co-signers use
    text = (
        "关于促进某某工作的指导意见\n"
        "环气候〔2020〕57号\n"
        "各省、自治区、直辖市生态环境厅（局）：\n"
        "为做好某某工作，现提出如下意见。\n"
        "一、总体要求\n"
        "各地要高度重视。\n"
        "某某部国家发展和改革委员会\n"
        "2020年10月20日\n"
        "（此件社会公开）\n"
    )
    md = segment(text, {}).metadata
    assert md.disclosure == "此件社会公开"
