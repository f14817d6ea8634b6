"""Tables flattened into text (segment.tables): one cell per line, as Word / PDF exports lay them out.

The fragments are synthetic, written in the repaired form; what they expect comes from reading them:
a table's caption, header cells, rows and notes are text of the node it stands in, never nodes.
"""

from __future__ import annotations

from policyparse.lexicons import lexicon_dir
from policyparse.segment import segment
from policyparse.segment.tables import is_caption, is_column_name, is_header_row


def nodes(text: str) -> list[tuple[str, str, str | None]]:
    out = []
    stack = list(reversed(segment(text).sections))
    while stack:
        node = stack.pop()
        out.append((node.id, node.kind, node.marker))
        stack.extend(reversed(node.children))
    return out


def own_text(text: str, node_id: str) -> str:
    stack = list(segment(text).sections)
    while stack:
        node = stack.pop()
        if node.id == node_id:
            return node.text
        stack.extend(node.children)
    raise KeyError(node_id)


BODY = "为做好城市排水防涝工作，制定本方案。\n一、现状与评价\n（一）取得的成效\n全省各地持续加强城市河道、排水管网整治和管理力度，加快城市河道整治，成效明显。\n"


def test_lexicon_is_sorted_unique_with_header():
    lines = (lexicon_dir() / "table_headers.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    entries = [ln for ln in lines if ln and not ln.startswith("#")]
    assert entries == sorted(set(entries))
    assert "序号" in entries


def test_column_names_allow_a_unit_in_brackets():
    assert is_column_name("序号")
    assert is_column_name("总投资（万元）")
    assert not is_column_name("各有关单位")


def test_header_row_needs_a_run_of_short_cells_with_two_column_names():
    assert is_header_row(["序号", "项目类别", "单位", "完成率", "1"])
    assert not is_header_row(["序号", "全面排查县城以上建成区雨水泵站等抽排设施功能状况。"])
    assert not is_header_row(["单位", "加强组织领导", "完善工作机制"])  # too few of them are column names


def test_caption():
    assert is_caption("表1 “十三五”全省城市排水防涝设施建设主要指标")
    assert is_caption("附表2 浙江省城市防洪规划标准及现状表")
    assert not is_caption("附表：1．浙江省城市易涝风险区域整治计划表")  # a list of attached tables
    assert not is_caption("表彰先进集体和个人。")


def test_rows_and_numbered_notes_are_text_of_the_node_they_stand_in():
    text = BODY + (
        "表1 主要指标完成情况\n序号\n项目类别\n单位\n完成率\n"
        "1\n综合整治城市河道\n条\n113%\n2\n新开城市河道\n条\n100%\n"
        "注：1. 完成率为完成数与规划目标之比。\n2. 数据截至2020年底。\n"
        "（二）存在问题\n部分城市排水设施标准偏低，规划建设不够协调，应急联动不够紧密。\n"
    )
    assert nodes(text) == [
        ("p1", "preamble", None),
        ("1", "heading", "一、"),
        ("1.1", "heading", "（一）"),
        ("1.2", "heading", "（二）"),
    ]
    assert "注：1. 完成率" in own_text(text, "1.1")


def test_a_cell_that_begins_with_a_number_heads_nothing():
    text = BODY + (
        "表6 内涝防治设计重现期\n城镇类型\n重现期（年）\n地面积水设计标准\n超大城市\n100\n"
        "1.居民住宅和工商业建筑物的底层不进水；\n2.道路中一条车道的积水深度不超过15cm。\n特大城市\n50～100\n"
        "（二）存在问题\n部分城市排水设施标准偏低，规划建设不够协调，应急联动不够紧密。\n"
    )
    assert [n[0] for n in nodes(text)] == ["p1", "1", "1.1", "1.2"]


def test_group_labels_and_date_cells_are_no_headings_or_signatures():
    text = BODY + (
        "序号\n城市名称\n发生时间\n成因\n一、平原城市\n1\n嘉兴市\n2018年8月\n持续强降雨\n"
        "二、山区城市\n2\n丽水市\n2014年8月\n持续强降雨\n"
        "1.已有设施标准偏低。对照国家规范，部分城市排水管网设计标准偏低，难以应对极端降雨。\n"
    )
    assert nodes(text) == [
        ("p1", "preamble", None),
        ("1", "heading", "一、"),
        ("1.1", "heading", "（一）"),
        ("1.1.1", "item", "1."),
    ]


def test_a_table_attached_after_the_notice_has_no_nodes():
    text = (
        "各区人民政府：\n现将《城市体检工作方案》印发给你们，请认真组织实施。\n"
        "一、样本城市\n选取若干城市开展体检。\n二、体检内容\n从八个方面开展体检。\n"
        "附件：城市体检指标体系\n附件\n城市体检指标体系\n序号\n指标\n解释\n备注\n"
        "一、生态宜居\n1\n区域开发强度（%）\n市辖区建成区面积占市辖区总面积的比例。\n"
        "二、健康舒适\n2\n社区便民服务设施覆盖率（%）\n建有便民超市的社区数占社区总数的比例。\n"
    )
    assert nodes(text) == [
        ("p1", "addressee", None),
        ("p2", "preamble", None),
        ("1", "heading", "一、"),
        ("2", "heading", "二、"),
        ("p3", "attachment", None),
    ]


def test_a_signature_date_ends_the_table():
    text = BODY + (
        "序号\n城市名称\n完成时限\n1\n嘉兴市\n2022年6月\n"
        "浙江省住房和城乡建设厅\n2021年11月16日\n"
    )
    assert [n[1] for n in nodes(text)][-1] == "signature"


def test_attached_tables_are_listed_like_attachments():
    text = BODY + (
        "（二）存在问题\n部分城市排水设施标准偏低，规划建设不够协调，应急联动不够紧密。\n"
        "附表：1．城市易涝风险区域整治计划表\n2．城市防洪规划标准及现状表\n"
        "附表1 城市易涝风险区域整治计划表\n序号\n城市名称\n完成时限\n1\n嘉兴市\n2022年6月\n"
        "附表2 城市防洪规划标准及现状表\n序号\n城市\n防洪标准\n（1）\n杭州市\n100年一遇\n"
    )
    assert nodes(text)[-3:] == [
        ("1.2", "heading", "（二）"),
        ("p2", "attachment", None),
        ("p3", "attachment", None),
    ]


def test_a_heading_between_two_tables_of_one_header_is_a_heading():
    """一、… / table / 二、… / its title / the same header again: 二、 continues the outline and a table of its own
    starts under it (its title, then its header row), so the body resumed there — the heading is a node, not a cell
    of the first table (one table a year, each under its heading)."""
    table = "序号\n指标名称\n单位\n目标值\n指标属性\n1\n{0}\n%\n{1}\n预期性\n"
    text = (
        "一、2024年目标\n2024年主要指标\n" + table.format("城镇化率", "65")
        + "二、2025年目标\n2025年主要指标表\n" + table.format("常住人口城镇化率", "66")
    )
    assert [(i, k) for i, k, _ in nodes(text)] == [("1", "heading"), ("2", "heading")]
    assert "常住人口城镇化率" in own_text(text, "2") and "常住人口城镇化率" not in own_text(text, "1")


def test_a_roster_of_units_and_staff_is_a_table_whose_group_labels_head_nothing():
    # vq_05: a 1969 report's attached division of units, one cell a line: 单位名称 / 职工人数 / … over rows grouped by
    # 一、科研单位 / 二、设计单位 labels, after the report's own 一、…五、
    text = (
        "现将我们的意见报告如下：\n一、电信、邮政从中央到基层都分开。凡属电信系统的事业、企业单位统归军队。\n"
        "二、邮电部撤消后，电信部分成立一个电信总局，管理电信业务，归通信兵部领导。\n"
        "划归通信兵部领导的邮电部直属单位\n单位名称\n职工人数\n党的领导关系\n主要任务\n备注\n"
        "一、科研单位\n北京邮电科学研究院\n541\n直属邮电部\n电信技术科学研究\n"
        "二、设计单位\n北京邮电设计院\n309\n直属邮电部\n电信工程设计\n"
    )
    assert [n[0] for n in nodes(text)] == ["p1", "1", "2"]


def test_unit_and_staff_counts_are_column_names():
    assert is_column_name("单位名称") and is_column_name("职工人数")
    assert is_header_row(["备注", "单位数", "人员数", "单位数", "人员数", "科研单位"])


def test_a_bare_table_label_over_its_title_line_captions_the_table():
    """wm_02: 附表1： alone, the table's title (…推进计划表) on the line under it, then the cells one a line under a
    header of names the lexicon does not know (街镇 / 十三五已建成): the label and title are the table's caption, and
    neither they nor the cells and notes below are nodes (before: each line an attachment entry of the list above)."""
    text = (
        "一、目标任务\n到2025年，全区建成应急避难场所避难面积达到87.75万平方米。\n"
        "附表：1、“十四五”期间全区应急避难场所建设推进计划表\n2、“十四五”期间全区应急避难场所建设项目表\n"
        "附表1：\n“十四五”期间全区应急避难场所建设推进计划表\n街  镇\n类 型\n十三五已建成\n(万m2)\n2021年任务\n(万m2)\n"
        "南桥镇\n等级\n0.55\n3.35\n社区\n0.00\n9.76\n备  注\n此推进任务指标参照常住人口数据，按照0.5%增长率逐年递增；\n"
        "附表2：\n“十四五”期间全区应急避难场所建设项目表\n序号\n建设时间\n建设方式\n1\n2021年\n直接设置\n"
    )
    assert [(i, k) for i, k, _ in nodes(text)] == [("1", "heading"), ("p1", "attachment"), ("p2", "attachment")]


def test_a_bare_attachment_label_over_a_table_title_and_two_header_cells_captions_the_table():
    """vp_07: 附件2 / …目标任务分解表 / 街镇、园区 / 目标任务 / 罗店镇 / 垃圾分类…全覆盖，…。: an attachment whose title names a
    table and two header cells under it is a table, its long cells no closing nodes; an attached document whose title
    ends in 清单 but whose body opens with a numbered heading is still read as a document."""
    head = "一、工作目标\n到2019年底，全区生活垃圾分类实效覆盖率达到90%以上。\n附件：1.街镇（园区）目标任务分解表\n2.任务清单\n"
    table = (
        "附件1\n2019年街镇（园区）生活垃圾分类目标任务  分解表\n街镇、园区\n目标任务\n罗店镇\n"
        "垃圾分类绿色账户推进100%全覆盖，创建达标累计61个小区，其中30%的小区要创建示范小区，上半年完成10%小区。\n大场镇\n"
        "垃圾分类绿色账户推进100%全覆盖，创建达标累计86个小区。其中30%的小区要创建示范小区，下半年完成20%的小区。\n"
    )
    assert [(i, k) for i, k, _ in nodes(head + table)] == [("1", "heading"), ("p1", "attachment"), ("p2", "attachment")]
    document = "附件2\n某区垃圾分类工作任务清单\n一、组织推进\n各街镇要建立工作机制，明确责任人员，落实各项任务。\n"
    assert nodes(head + table + document)[-1] == ("2", "heading", "一、")  # numbered on from the notice's own
