"""Task tables: recognised by their header row, each row a task_row node with its cells (synthetic snippets;
the real tables are scored by tests/test_real_tables.py)."""

from __future__ import annotations

from policyparse import parse
from policyparse.grammar import column_role, is_task_header
from policyparse.lexicons import lexicon_dir
from policyparse.segment.layout import split_lines
from policyparse.segment.tasktables import find_task_tables


def _tables(text: str):
    return find_task_tables(split_lines(text))


def _rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


def _names(units) -> list[str]:
    return [u.canonical for u in units]


def test_column_roles_from_the_lexicon():
    assert column_role("序　号") == "seq"
    assert column_role("牵头单位（部门）") == "lead"
    assert column_role("完成时限") == "time"
    assert column_role("目标值") is None
    assert column_role("指标名称") == "task"  # a goal table's row is its indicator (tt_116); statistics name no unit column
    assert is_task_header(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    assert not is_task_header(["序号", "指标名称", "单位", "目标值"])  # statistics
    assert not is_task_header(["序号", "文件名称", "文号", "责任单位"])  # a name list: no task column


def test_lexicon_is_headed_sorted_unique_and_has_known_roles():
    lines = (lexicon_dir() / "task_columns.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    entries = [ln for ln in lines if ln and not ln.startswith("#")]
    names = [e.split("\t")[0] for e in entries]
    assert names == sorted(names) and len(names) == len(set(names))
    roles = {"seq", "category", "task", "lead", "support", "responsible", "person", "time", "other"}
    assert all(len(e.split("\t")) == 2 and e.split("\t")[1] in roles for e in entries)


def test_column_names_no_lexicon_lists_whole_are_read_by_their_words():
    """Real tables name their task column in many ways (任务项目, 工作措施, 改革事项 …): a name made wholly of the
    words of lexicons/task_column_words.tsv is read by them; one with another word is not a column the rules know."""
    for name in ("任务项目", "任务指标", "任务项目指标", "工作措施", "具体任务", "改革事项", "整改措施", "年度目标任务"):
        assert column_role(name) == "task", name
    assert column_role("协同责任单位") == "support"
    assert column_role("县级责任部门") == "responsible"
    assert column_role("牵头县领导") == "person"
    assert column_role("整改时限") == "time"
    # a cell or a title, not a column name: a word no column name is made of (甲, 清单, 某开发区)
    assert column_role("甲任务") is None and column_role("某开发区重点工作清单") is None
    # look-alikes: who scores (负责考核部门), what is scored (考核指标), how it went, a unit with no say whose
    for name in ("负责考核部门", "考核指标", "考核项目", "任务完成情况", "工作单位", "使用科室", "各责任单位"):
        assert column_role(name) is None, name
    assert is_task_header(["序号", "任务项目", "责任单位", "进展比例"])
    assert not is_task_header(["序号", "考核项目", "各项分值", "考核指标", "负责考核部门"])


def test_lexicon_of_column_words_is_headed_sorted_unique_and_has_known_kinds():
    lines = (lexicon_dir() / "task_column_words.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    entries = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    words = [e[0] for e in entries]
    assert words == sorted(words) and len(words) == len(set(words))
    kinds = {"task", "unit", "person", "lead", "support", "responsible", "time", "word"}
    assert all(len(e) == 2 and e[1] in kinds for e in entries)


def test_task_tables_headed_by_other_names_become_task_rows():
    text = (
        "某县2024年重点工作推进表\n"
        "序号\t任务项目\t工作措施\t牵头县领导\t牵头单位\t协同责任单位\t整改时限\n"
        "1\t农村供水保障\t完成12个村供水管网改造。\t张三\t县水利局\t各乡镇\t2024年10月底前\n"
        "2\t城区排水防涝\t新建雨水管网5公里。\t李四\t县住建局\t\t2024年6月\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2"]
    assert [_names(r.responsibility.lead) for r in rows] == [["县水利局"], ["县住房城乡建设局"]]
    assert rows[0].responsibility.mode == "lead_support" and rows[0].responsibility.support
    assert [(d.year, d.month) for d in rows[0].deadlines] == [(2024, 10)]
    rubric = (
        "某县河长制工作考核细则\n"
        "序号\t考核项目\t各项分值\t考核指标\t负责考核部门\n"
        "1\t完善组织体系\t5\t2018年7月底前修订考核方案。\t县河长办\n"
    )
    assert _rows(rubric) == []  # an assessment rubric: its unit column names who scores, not who does


TAB_TABLE = (
    "一、重点任务\n"
    "各单位按下表分工落实。\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t建设市级数据共享平台，实现政务数据归集率达到90%。\t市大数据局\t市财政局、市发展改革委\t2023年12月底前\n"
    "2\t完善政务服务事项清单。\t市政务服务中心\t\t2023年6月\n"
    "3\t开展“好差评”工作。\t市政务服务中心\t各区县政府\t长期坚持\n"
    "二、保障措施\n"
    "（一）加强组织领导。各单位要高度重视。\n"
)


def test_tab_rows_become_task_rows_under_their_heading():
    doc = parse(TAB_TABLE)
    heading = doc.sections[0]
    rows = [c for c in heading.children if c.kind == "task_row"]
    assert [r.id for r in rows] == ["1.t1", "1.t2", "1.t3"]
    assert rows[0].cells == {
        "序号": "1",
        "重点任务": "建设市级数据共享平台，实现政务数据归集率达到90%。",
        "牵头单位": "市大数据局",
        "配合单位": "市财政局、市发展改革委",
        "完成时限": "2023年12月底前",
    }
    assert rows[0].title == "建设市级数据共享平台，实现政务数据归集率达到90%"
    assert heading.kind == "heading"
    # the next heading is still a heading of its own, numbered on
    assert doc.sections[1].id == "2" and doc.sections[1].kind == "heading"


def test_task_row_responsibility_deadlines_and_targets_come_from_the_cells():
    rows = _rows(TAB_TABLE)
    r = rows[0].responsibility
    assert r.mode == "lead_support" and _names(r.lead) == ["市大数据管理局"] and len(r.support) == 2
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2023, 12, "by")]
    assert [(t.value, t.unit) for t in rows[0].targets] == [(90, "%")]
    assert rows[1].responsibility.support == []
    assert [(d.year, d.month) for d in rows[1].deadlines] == [(2023, 6)]
    assert [d.ongoing for d in rows[2].deadlines] == [True]


def test_merged_cells_are_carried_down():
    text = (
        "序号\t工作事项\t主要内容\t牵头单位\t配合单位\n"
        "1\t扩大来源。\t到2025年培养500名家庭医生。\t各区政府\t市卫生健康委\n"
        "加大招聘力度。\t各区政府\t市人社局\n"  # 序号 and 工作事项 merged over two rows
        "2\t优化团队。\t组建团队。\t市卫生健康委\t\n"
    )
    rows = _tables(text)[0].rows
    assert [r.cells["序号"] for r in rows] == ["1", "1", "2"]
    assert [r.cells["工作事项"] for r in rows] == ["扩大来源。", "扩大来源。", "优化团队。"]
    assert rows[1].cells["主要内容"] == "加大招聘力度。"
    assert rows[2].cells["配合单位"] == ""  # a new task's empty 配合单位 stays empty


def test_a_lead_unit_merged_over_several_tasks_applies_to_each():
    text = (
        "序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t制定实施方案。\t市发展改革委\t2023年3月底前\n"
        "2\t建立工作台账。\t\t2023年4月底前\n"
    )
    rows = _tables(text)[0].rows
    assert rows[1].cells["牵头单位"] == "市发展改革委"


def test_two_row_header_repeated_header_and_category_row():
    text = (
        "序号\t重点任务\t责任单位\t完成时限\n"
        "牵头单位\t配合单位\n"
        "一、优化营商环境\n"
        "1\t压减审批时间。\t市政务服务中心\t市市场监管局\t2023年底前\n"
        "序号\t重点任务\t责任单位\t完成时限\n"  # the header again, on a new page
        "2\t推行告知承诺制。\t市司法局\t\t持续推进\n"
    )
    table = _tables(text)[0]
    assert table.columns == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    assert [r.cells["序号"] for r in table.rows] == ["1", "2"]
    assert table.rows[0].cells["类别"] == "一、优化营商环境"
    assert table.rows[0].cells["配合单位"] == "市市场监管局"


def test_only_a_responsible_column_follows_the_contract():
    text = (
        "说明：排在第一位的为牵头单位。\n"
        "序号\t主要任务\t责任单位\n"
        "1\t完善机制。\t市教育局、市科协\n"
        "2\t加强宣传。\t各有关部门\n"
        "3\t培养人才。\t市人社局（牵头）、市教育局\n"
    )
    rows = _rows(text)
    assert _names(rows[0].responsibility.lead) == ["市教育局"] and rows[0].responsibility.mode == "lead_support"
    assert rows[1].responsibility.mode == "all"
    assert _names(rows[2].responsibility.lead) == ["市人力资源社会保障局"]


def test_responsible_list_without_a_rule_is_listed():
    rows = _rows("序号\t主要任务\t责任单位\n1\t完善机制。\t市教育局、市科协\n")
    assert rows[0].responsibility.mode == "listed" and len(rows[0].responsibility.lead) == 2


def test_table_copied_as_text_with_blank_runs():
    text = (
        "附件\n"
        "重点任务清单\n"
        "序号  重点任务  牵头单位  完成时限\n"
        "1  编制控制性详细规划  市自然资源局  2023.12\n"
        "2  推进环境综合整治  市生态环境局  长期\n"
    )
    rows = _rows(text)
    assert [r.cells["完成时限"] for r in rows] == ["2023.12", "长期"]
    assert [(d.year, d.month) for d in rows[0].deadlines] == [(2023, 12)]
    assert rows[1].deadlines[0].ongoing


def test_cells_printed_over_several_lines_complete_their_row():
    text = (
        "序号  任务名称  牵头单位  完成时限  进展情况\n"
        "1  编制规划  区政府  2020.12  已完成\n"
        "长期  持续推进，已取得\n"
        "2  推进环境整治  区政府\n"
        "（三年）  阶段性成果\n"
        "3  推进专项行动  市水务局  长期  持续推进\n"
    )
    rows = _rows(text)
    assert len(rows) == 3
    assert rows[1].cells["完成时限"] == "长期（三年）"
    assert rows[1].cells["进展情况"] == "持续推进，已取得阶段性成果"
    assert rows[2].cells["任务名称"] == "推进专项行动"


def test_one_cell_per_line():
    text = (
        "序号\n重点任务\n牵头单位\n完成时限\n"
        "1\n建立联席会议制度\n市民政局\n2023年6月底前\n"
        "2\n开展专项督查\n市政府督查室\n2023年底前\n"
    )
    rows = _rows(text)
    assert [r.cells["牵头单位"] for r in rows] == ["市民政局", "市政府督查室"]
    assert [d.year for d in rows[1].deadlines] == [2023]


def test_statistics_and_name_lists_are_no_task_tables():
    text = (
        "序号\t指标名称\t单位\t目标值\n1\t森林覆盖率\t%\t45\n"
        "序号\t文件名称\t文号\t清理牵头单位\t清理建议\n1\t关于印发某办法的通知\t某政发〔2014〕1号\t区住建局\t继续有效\n"
    )
    assert _tables(text) == []
    assert _rows(text) == []


def test_repair_keeps_the_cell_borders_of_a_copied_task_table_only():
    from policyparse.repair.cells import keep_cell_borders
    from policyparse.repair.log import StepLog

    table = "序号  重点任务  牵头单位  完成时限\n1  编制规划  市自然资源局  2023年底前\n长期\n2  推进整治  市生态环境局  长期\n"
    out = keep_cell_borders(table, StepLog("cell_borders"))
    assert out.split("\n")[:4] == ["序号\t重点任务\t牵头单位\t完成时限", "1\t编制规划\t市自然资源局\t2023年底前", "长期\t", "2\t推进整治\t市生态环境局\t长期"]
    prose = "各单位  要加强  组织领导，牵头单位要负责。\n1  建立机制\n"
    assert keep_cell_borders(prose, StepLog("cell_borders")) == prose


def test_table_flattened_with_single_blanks_and_a_letter_spaced_name():
    """序号 工 作 任 务 牵头负责部门: cells parted by single blanks, the wide task column's name letter-spaced;
    a task cell with a comma (a prose line, whose blanks whitespace tidying would drop) keeps its border."""
    text = (
        "分工表\n"
        "序号 工 作 任 务 牵头负责部门\n"
        "1 开展节能改造 市发展改革委\n"
        "2 安排专项资金，重点用于安置 市财政局\n"
    )
    rows = _rows(text)
    assert [r.cells for r in rows] == [
        {"序号": "1", "工作任务": "开展节能改造", "牵头负责部门": "市发展改革委"},
        {"序号": "2", "工作任务": "安排专项资金，重点用于安置", "牵头负责部门": "市财政局"},
    ]
    assert [_names(r.responsibility.lead) for r in rows] == [["市发展改革委"], ["市财政局"]]


def test_row_parted_by_single_blanks_with_a_doubled_blank_for_a_merged_lead_cell():
    """序号 重点任务 牵头单位 配合单位 完成时限 parted by single blanks; row 2 prints its lead cell (merged from row 1)
    as nothing, leaving a doubled blank (…项目。  县水利局 …): that blank is the empty cell, so 县水利局 stays the support
    and the time its deadline, the lead coming from the row above. A row short of a cell with no doubled blank is
    read as before."""
    text = (
        "附件\n重点任务分工表\n序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 推进高标准农田建设。 县农业农村局 县财政局 2024年10月底前\n"
        "2 实施高效节水灌溉项目。  县水利局 2024年12月底前\n"
        "3 新增城镇就业3000人。 县人社局 县财政局 长期坚持\n"
    )
    rows = _rows(text)
    assert rows[1].cells["配合单位"] == "县水利局" and rows[1].cells["完成时限"] == "2024年12月底前"
    assert _names(rows[1].responsibility.lead) == ["县农业农村局"]
    assert _names(rows[1].responsibility.support) == ["县水利局"]
    assert [(d.year, d.month) for d in rows[1].deadlines] == [(2024, 12)]
    from policyparse.repair.cells import _empty_cell_kept

    assert _empty_cell_kept("2 甲 乙 丙", ["2", "甲", "乙", "丙"]) == ["2", "甲", "乙", "丙"]
    assert _empty_cell_kept("2 甲  乙  丙", ["2", "甲", "乙", "丙"]) == ["2", "甲", "乙", "丙"]  # two doubled blanks


def test_letter_spaced_pieces_of_a_header_are_one_name_only_in_a_run():
    from policyparse.repair.cells import _letters_joined

    assert _letters_joined(["序号", "工", "作", "任", "务", "牵头单位"]) == ["序号", "工作任务", "牵头单位"]
    assert _letters_joined(["序", "号", "重点任务", "牵头单位"]) == ["序号", "重点任务", "牵头单位"]
    assert _letters_joined(["1", "任务", "市"]) == ["1", "任务", "市"]  # one character alone stays a cell


def test_letter_spaced_header_in_prose_is_no_table():
    from policyparse.repair.cells import keep_cell_borders
    from policyparse.repair.log import StepLog

    prose = "牵 头 部 门 要 加 强 协 调\n1 建立机制\n"
    assert keep_cell_borders(prose, StepLog("cell_borders")) == prose


def test_html_merged_cells_keep_their_columns():
    page = (
        '<html><body><div class="content"><p>各单位：现将分工表印发给你们，请认真贯彻落实。各单位要高度重视，抓好落实。</p><table>'
        '<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>'
        "<tr><td>牵头单位</td><td>配合单位</td></tr>"
        '<tr><td>1</td><td>压减审批时间。</td><td rowspan="2">市政务服务中心</td><td>市市场监管局</td><td>2023年底前</td></tr>'
        "<tr><td>2</td><td>推行告知承诺制。</td><td>市司法局</td><td>持续推进</td></tr>"
        "</table></div></body></html>"
    )
    doc = parse(page.encode("utf-8"))
    assert "2\t推行告知承诺制。\t\t市司法局\t持续推进" in doc.text  # the covered lead cell keeps its place
    rows = [n for n in doc.iter_sections() if n.kind == "task_row"]
    assert [list(r.cells) for r in rows][0] == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    assert [_names(r.responsibility.lead) for r in rows] == [["市政务服务中心"], ["市政务服务中心"]]
    assert [_names(r.responsibility.support) for r in rows] == [["市市场监管局"], ["市司法局"]]
    assert rows[1].deadlines[0].ongoing


def test_a_table_ends_where_the_body_or_another_table_resumes():
    text = (
        "一、重点任务\n"
        "序号\t重点任务\t牵头单位\n"
        "1\t建设平台。\t市大数据局\n"
        "二、保障措施\n"
        "加强领导。\n"
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t开展督查。\t市政府督查室\t2023年底前\n"
    )
    tables = _tables(text)
    assert [len(t.rows) for t in tables] == [1, 1]
    assert tables[1].columns == ["序号", "工作任务", "责任单位", "完成时限"]
    doc = parse(text)
    assert [s.id for s in doc.sections] == ["1", "2"]
    assert [c.id for c in doc.sections[1].children] == ["2.t1"]


def test_categories_numbered_in_words_and_numbering_that_starts_again():
    text = (
        "序号\t重点任务\t牵头单位\t完成时限\n"
        "一\t深化放管服改革\n"
        "1\t压减审批时间。\t市政务服务中心\t2023年底前\n"
        "2\t推行告知承诺制。\t市司法局\n"
        "二\t优化营商环境\n"
        "1\t清理拖欠账款。\t市工业和信息化局\t2023年6月底前\n"
    )
    rows = _tables(text)[0].rows
    assert [(r.cells["类别"], r.cells["序号"], r.cells["牵头单位"]) for r in rows] == [
        ("一 深化放管服改革", "1", "市政务服务中心"),
        ("一 深化放管服改革", "2", "市司法局"),
        ("二 优化营商环境", "1", "市工业和信息化局"),
    ]
    assert rows[1].cells["完成时限"] == "2023年底前"  # a time cell merged over two rows


def test_month_day_time_cells_take_the_year_the_document_gives_that_month():
    text = (
        "某某医院周重点工作安排\n"
        "（2024.3.18—2024.3.23）\n"
        "序号\t工作内容\t责任处室\t时间节点\n"
        "1\t做好理论学习准备工作\t宣传处\t3.18-3.23\n"  # the days the work is done in
        "2\t完成舆情月报\t宣传处\t3.22\n"  # a day it is done by
        "3\t完成年度总结\t办公室\t12.30\n"  # no year of December is given: no date is made up
    )
    rows = _rows(text)
    assert [(d.year, d.month, d.day, d.kind) for d in rows[0].deadlines] == [(2024, 3, None, "period")]
    assert [(d.date, d.kind) for d in rows[1].deadlines] == [("2024-03-22", "by")]
    assert rows[2].deadlines == []
    assert rows[0].responsibility.mode == "listed" and _names(rows[0].responsibility.lead) == ["宣传处"]


def test_cells_bordered_by_bars_one_per_line_or_on_one_line():
    """A page stored as text prints its cell borders as bars: 序号 | on each line, or | 序号 | 任务 | on one."""
    per_line = (
        "某开发区重点工作清单\n"
        "序号 |\n重点工作 |\n责任单位 |\n完成时限 |\n"
        "1 |\n推进污水管网改造 |\n规划建设局 |\n2023年底前 |\n"
        "2 |\n盘活存量土地 |\n招商工作部、改革办 |\n2023年6月底前 |\n"
    )
    rows = _rows(per_line)
    assert [r.cells["责任单位"] for r in rows] == ["规划建设局", "招商工作部、改革办"]
    assert [_names(r.responsibility.lead) for r in rows] == [["规划建设局"], ["招商工作部", "改革办"]]
    assert [(d.year, d.month) for d in rows[1].deadlines] == [(2023, 6)]
    one_line = "| 序号 | 重点工作 | 责任单位 | 完成时限 |\n| 1 | 推进污水管网改造 | 规划建设局 | 2023年底前 |\n"
    assert [r.cells["责任单位"] for r in _rows(one_line)] == ["规划建设局"]
    # a bar inside a sentence is no border
    assert _rows("通知如下：甲 | 乙。\n") == []


def test_a_problem_list_names_the_problem_as_the_row_task():
    """A 督查 / 测评 problem list (tables tt40: 序号 | 路段名称 | 问题描述 | 责任单位 | 备注, cells one a line closed by bars,
    an empty 备注 a bar alone) names no work but the problem the unit must put right: each problem is a row, its unit
    listed."""
    text = (
        "某区创卫检查问题汇总表\n"
        "序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n"
        "1 |\n人民路 |\n人民路沿线车辆乱停乱放 |\n交警大队 |\n|\n"
        "2 |\n人民路 |\n垃圾站周边杂物堆放 |\n区环卫所 |\n|\n"
    )
    rows = _rows(text)
    assert [r.cells["问题描述"] for r in rows] == ["人民路沿线车辆乱停乱放", "垃圾站周边杂物堆放"]
    assert [_names(r.responsibility.lead) for r in rows] == [["交警大队"], ["区环卫所"]]
    assert {r.responsibility.mode for r in rows} == {"listed"}
    assert is_task_header(["序号", "路段名称", "问题描述", "责任单位", "备注"])


def test_a_whole_year_time_cell_takes_the_year_the_list_is_for():
    text = (
        "2025年重点工作及责任清单\n"
        "序号\t重点工作\t责任单位\t完成时限\n"
        "1\t推进污水管网改造\t规划建设局\t全年\n"
    )
    no_year = "重点工作及责任清单\n序号\t重点工作\t责任单位\t完成时限\n1\t推进污水管网改造\t规划建设局\t全年\n"
    assert [(d.year, d.kind) for d in _rows(text)[0].deadlines] == [(2025, "period")]
    assert _rows(no_year)[0].deadlines == []


def test_one_cell_per_line_header_with_names_wrapped_in_two_lines():
    """A narrow header cell wraps its name (责任 / 单位); under a 序号 column the header runs on to the first
    row number, over names the lexicon does not know (推进目标 / 第三季度)."""
    text = (
        "某镇2024年重点工作计划\n"
        "序号\n\n重点工作\n\n责任\n\n单位\n\n推进目标\n\n第三季度\n\n完成\n\n时限\n\n"
        "1\n\n老旧小区改造\n\n城建办\n\n完成改造三个小区。\n\n开展入户调查。\n\n2024年9月底前\n\n"
        "2\n\n河道清淤\n\n农业农村办\n\n完成清淤十公里。\n\n完成招标。\n\n2024年底前\n"
    )
    (table,) = _tables(text)
    assert table.columns == ["序号", "重点工作", "责任单位", "推进目标", "第三季度", "完成时限"]
    rows = _rows(text)
    assert [_names(r.responsibility.lead) for r in rows] == [["城建办"], ["农业农村办"]]
    assert [(d.year, d.month) for d in rows[0].deadlines] == [(2024, 9)]
    # wrapped halves that make no column name are no header
    assert _tables("责任\n领导\n说明\n1\n甲\n") == []


def test_a_table_published_in_parts_starts_at_any_row_number():
    """A long 分解表 split over several pages: a page's rows go on from 80; a person column (分管县领导) is no unit."""
    per_line = (
        "序号\n目标与任务\n分管县领导\n牵头责任单位\n责任单位\n"
        "80\n新增托位400个以上。\n张三\n县教育局\n县各有关单位\n"
        "81\n支持职业学校发展。\n李四\n县教育局\n县人社局\n"
    )
    rows = _rows(per_line)
    assert [r.cells["序号"] for r in rows] == ["80", "81"]
    assert [_names(r.responsibility.lead) for r in rows] == [["县教育局"], ["县教育局"]]
    assert rows[1].responsibility.mode == "lead_support" and _names(rows[1].responsibility.support) == ["县人力资源社会保障局"]
    tabs = "序号\t工作任务\t牵头单位\n12\t推进老旧小区改造\t县住建局\n13\t开展河道清淤\t县水利局\n"
    assert [r.cells["序号"] for r in _rows(tabs)] == ["12", "13"]
    # a number going back ends the table; one skipping ahead at a row's end goes on (the rows one department
    # answers for, taken out of a larger table: 3, 68, 69, 73 — tables/tt_17)
    assert [r.cells["序号"] for r in _rows("序号\n工作任务\n牵头单位\n5\n甲任务\n县住建局\n3\n乙任务\n县水利局\n")] == ["5"]
    assert [r.cells["序号"] for r in _rows("序号\n工作任务\n牵头单位\n5\n甲任务\n县住建局\n9\n乙任务\n县水利局\n")] == ["5", "9"]


def test_one_cell_per_line_unit_cell_printed_one_unit_a_line():
    """Several units of one 责任单位 cell, one a line: the row has more lines than columns, the extra short
    names belong to the unit column; a second task and time under the same number are a second row."""
    text = (
        "序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"
        "1\n\n启动河道综合治理工程。\n\n县水务局\n\n县住建局\n\n12月底前\n\n"
        "2\n\n开工建设老年养护楼。\n\n县民政局\n\n5月底前\n\n开工建设老年大学。\n\n12月底前\n\n"
        "3\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n"
    )
    rows = _rows(text)
    assert [r.cells["责任单位"] for r in rows] == ["县水务局、县住建局", "县民政局", "县民政局", "县住建局"]
    assert [r.cells["完成时限"] for r in rows] == ["12月底前", "5月底前", "12月底前", "9月底前"]
    assert _names(rows[0].responsibility.lead) == ["县水务局", "县住房城乡建设局"]
    # the second task under number 2 is a row of its own, its 序号 and unit merged with the row above
    assert rows[2].title == "开工建设老年大学" and _names(rows[2].responsibility.lead) == ["县民政局"]


def test_a_line_after_the_last_row_is_no_unit_of_it():
    text = "序号\n民生实事\n责任单位\n完成时限\n1\n新建人行天桥。\n县住建局\n9月底前\n以上任务按季度报送进展\n"
    (row,) = _rows(text)
    assert row.cells["责任单位"] == "县住建局" and row.cells["完成时限"] == "9月底前"


def test_a_markdown_rule_under_the_header_is_no_row():
    """| --- | :---: | under the header of a Markdown table (or ----- / ═══ in a text table) is the rule between
    header and rows, not a first task row of dashes."""
    text = (
        "2025年重点工作任务清单\n\n"
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | :--- | --- | ---: | :---: |\n"
        "| 1 | 推进营商环境改革 | 区发改局 | 区财政局 | 2025年6月底前 |\n| 2 | 加快项目建设 | 区住建局 | 各街道 | 持续推进 |\n"
    )
    rows = _rows(text)
    assert [r.title for r in rows] == ["推进营商环境改革", "加快项目建设"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区发展改革局"], ["区住房城乡建设局"]]
    tables = _tables("序号\t重点任务\t责任单位\t完成时限\n────\t────\t────\t────\n1\t开展督查\t区政府办\t每季度\n")
    assert [r.cells["重点任务"] for r in tables[0].rows] == ["开展督查"]


def test_a_responsible_cell_written_as_a_note_gives_lead_and_support():
    """责任单位 区发改局牵头，区财政局、区市场监管局配合: the cell says which unit leads, so the row is lead_support
    (lead 区发改局, support the others), not a list of three units; a plain list stays listed."""
    text = (
        "2025年重点工作任务清单\n\n序号\t重点任务\t责任单位\t完成时限\n"
        "1\t推进营商环境改革\t区发改局牵头，区财政局、区市场监管局配合\t2025年6月底前\n"
        "2\t加快项目建设\t区住建局牵头，各街道配合\t长期坚持\n"
        "3\t开展督查\t区政府办、区发改局\t2025年12月底前\n"
    )
    rows = _rows(text)
    assert [r.responsibility.mode for r in rows] == ["lead_support", "lead_support", "listed"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区发展改革局"], ["区住房城乡建设局"], ["区政府办公室", "区发展改革局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["区财政局", "区市场监管局"], ["各街道"], []]


def test_a_time_cell_of_one_date_alone_is_the_limit():
    """完成时限 2025年12月 is the month the task is done by (as 2020.12 is), not a month it takes place in; a
    cell of more than a date (2025年12月开始) is left to the deadline grammar."""
    text = (
        "2025年重点工作任务清单\n\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t建成政务服务平台\t区数据局\t2025年12月\n2\t完成平台验收\t区数据局\t2025年6月30日\n"
    )
    rows = _rows(text)
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows] == [[(2025, 12, "by")], [(2025, 6, "by")]]


def test_goal_years_and_months_of_completion_in_a_row_are_deadlines():
    """What the deadline grammar leaves in a row: a goal year after 力争 / 确保 (by that year), a month the work
    is finished in (9月投入使用: by that month of the year the table is for); a year already read is not read twice."""
    text = (
        "2016年民生实事目标任务分解表\n\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t加大招聘力度，力争2025年每千常住人口基层卫生人员数不低于3.5人\t区卫健局\t/\n"
        "2\t新建社区图书馆1个\t区文旅局\t9月投入使用\n"
        "3\t确保到2025年建成平台\t区数据局\t/\n"
        "4\t2015年已建成3个站点\t区数据局\t/\n"
        "5\t改造老年食堂，已于3月投入使用\t区民政局\t/\n"
    )
    rows = _rows(text)
    got = [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows]
    assert got == [[(2025, None, "by")], [(2016, 9, "by")], [(2025, None, "by")], [], []]


def test_a_recurring_time_cell_is_a_period_with_its_recurrence():
    text = (
        "序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t报送工作进展\t区发改局\t每季度\n2\t开展安全检查\t区应急局\t每月\n"
        "3\t更新台账\t区数据局\t每年度\n4\t报送数据\t区统计局\t每月10日前\n5\t推进改革\t区发改局\t长期\n"
    )
    rows = _rows(text)
    got = [[(d.kind, d.recurrence, d.day, d.ongoing) for d in r.deadlines] for r in rows]
    assert got == [
        [("period", "quarterly", None, False)], [("period", "monthly", None, False)],
        [("period", "yearly", None, False)], [("by", "monthly", 10, False)], [("period", None, None, True)],
    ]


def test_one_cell_per_line_rows_under_categories_with_numbers_skipped():
    """The rows one department answers for, out of a district's table: category lines (一、… some with no row
    under them, one opening with a year) between rows numbered 3, 68, 69; each row takes the category above it."""
    text = (
        "序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、2025年主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n"
        "区发改委\n\n区住建局、区交通局。\n\n二、扩投资、优服务\n\n六、惠民生、增福祉\n\n68\n\n持续推进学前教育普及普惠。\n\n"
        "区教育局\n\n区政府有关部门，各乡镇人民政府、街道办事处。\n\n69\n\n深化合作办学。\n\n区教育局\n\n区投资促进中心。\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["3", "68", "69"]
    assert [r.cells["类别"] for r in rows] == ["一、2025年主要预期目标", "六、惠民生、增福祉", "六、惠民生、增福祉"]
    assert _names(rows[1].responsibility.support) == ["区政府有关部门", "各乡镇人民政府", "街道办事处"]


def test_a_lead_cell_printed_one_unit_a_line_before_the_support_cell():
    """Cells parted by tabs, a 主要责任单位 cell of two units printed one a line and the 协同配合单位 cell on the
    line after them; a category line opening with a year; a support cell in sentence punctuation naming a
    body the unit grammar does not know (区政府各部门)."""
    text = (
        "序号\t重点工作任务\t主要责任单位\t协同配合单位\n一、2025年主要预期目标\n"
        "1\t地区生产总值增长6.5%左右。\t区发改委\t区政府各部门，各乡镇人民政府、街道办事处。\n"
        "2\t一般公共预算收入增长5%左右。\t区财政局\n区税务局\n区政府有关部门，各乡镇人民政府。\n"
        "3\t社会消费品零售总额增长8.2%左右。\t区商务局\t区市场监管局。\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2", "3"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区发展改革局"], ["区财政局", "区税务局"], ["区商务局"]]
    assert _names(rows[0].responsibility.support) == ["区政府各部门", "各乡镇人民政府", "街道办事处"]
    assert _names(rows[1].responsibility.support) == ["区政府有关部门", "各乡镇人民政府"]
    assert all(r.responsibility.mode == "lead_support" for r in rows)


def test_a_category_cell_merged_over_rows_printed_with_bars_and_the_page_fields_after():
    """类别 | 民生事项名称 | … | 责任单位 | 分管市领导 |: the category cell is printed on its first row only, a later
    row prints an empty cell after its last border (… | |); the page's 索引号： fields after the table are no row."""
    text = (
        "类别 | 民生事项名称 | 年度目标 | 责任单位 | 分管市领导 | 完成情况 |\n"
        "四、教育文化 | 14.改扩建泉山学校 | 完成教学楼建设。 | 教育体育局 | 刘福利 | 已完成主体施工。 |\n"
        "15.推进塑胶运动场地建设 | 完成13处场地建设。 | 教育体育局 | 刘福利 | 9月份开始施工。 | |\n"
        "16.推进课后服务 | 实行课后服务全覆盖。 | 教育体育局 | 刘福利 | 已调度。 |\n"
        "索引号： | 113706850042672474/2022-04772 | 成文日期： | 2022-10-08 |\n"
    )
    rows = _rows(text)
    assert [r.cells["民生事项名称"] for r in rows] == ["14.改扩建泉山学校", "15.推进塑胶运动场地建设", "16.推进课后服务"]
    assert [r.cells["类别"] for r in rows] == ["四、教育文化"] * 3
    assert [_names(r.responsibility.lead) for r in rows] == [["教育体育局"]] * 3
    assert rows[2].cells["完成情况"] == "已调度。"


def test_numbered_header_runs_over_names_no_rule_knows_and_a_task_cell_spans_two_columns():
    """A page stored as text, each cell closed by its border (… |): the header opens with 序号 and runs to the
    first row's number (24, a table shown in parts) over names no rule knows (是否达序); the rows print nine
    cells under ten names, the task cell spanning 主要任务 and the nameless column after it — the row is set on
    its columns by its first unit cell. An empty cell printed '||' and a stray '|' after a row are no cells."""
    text = (
        "2023年重点民生实事项目推进情况\n序号 |\n主要任务 |\n年度节点安排 |\n分管 领导 |\n牵头 单位 |\n协同单位 |\n推进情况 |\n"
        "是否达序 |\n24 |\n优化提升背街后巷交通组织。 |\n张三 |\n城管局 |\n市政局、相关街道 |\n已进场施工，完成60%。 |\n是 |\n||\n"
        "25 |\n新建建筑垃圾中转站8个。 |\n张三 |\n城管局 |\n崇川经济开发区 |\n已建成3个。 |\n否 |\n|\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["24", "25"]
    assert [r.cells["分管领导"] for r in rows] == ["张三", "张三"]
    assert [_names(r.responsibility.lead) for r in rows] == [["城管局"], ["城管局"]]
    assert _names(rows[0].responsibility.support) == ["市政局", "相关街道"]
    assert rows[0].responsibility.mode == "lead_support" and rows[1].cells["是否达序"] == "否"
    # the lines closed by a border are cells, not the wrapped lines of a paragraph
    assert "已进场施工，完成60%。 |\n是 |" in parse(text).text


def test_numbered_header_puts_pieces_of_wrapped_names_together():
    """One cell per line with blank lines between: a narrow header cell prints its name in pieces — a unit note
    under its name (总投资 / （万元）), halves of a known name (责任 / 单位), two short pieces no rule knows
    (资金 / 来源); a row's short name cell printed in two pieces (城市用气 / 提升工程) is joined, found by the
    row's unit cell standing one line late. A span of months in the time cell is the period of its year."""
    text = (
        "2023年民生实事项目实施计划表\n\n序号\n\n项目名称\n\n建设内容\n\n建设起\n\n止年限\n\n总投资\n\n（万元）\n\n资金\n\n来源\n\n"
        "责任\n\n单位\n\n1\n\n城市用气\n\n提升工程\n\n对28个小区进行改造。\n\n2023.01-2023.12\n\n1200\n\n国企投资\n\n城投集团\n\n"
        "2\n\n山塘水库整治工程\n\n完成6座小型水库加固。\n\n2023.03-2024.06\n\n4600\n\n政府投资\n\n水利局\n"
    )
    (table,) = _tables(text)
    assert table.columns == ["序号", "项目名称", "建设内容", "建设起止年限", "总投资（万元）", "资金来源", "责任单位"]
    rows = _rows(text)
    assert [r.cells["项目名称"] for r in rows] == ["城市用气提升工程", "山塘水库整治工程"]
    assert [_names(r.responsibility.lead) for r in rows] == [["城投集团"], ["水利局"]]
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2023, None, "period")]
    assert [(d.year, d.month, d.kind) for d in rows[1].deadlines] == [(2024, 6, "by")]


def test_a_bare_year_under_a_construction_time_column_is_the_year_the_work_is_done_in():
    """A 建设时间 / 建设起止年限 cell of one year printed bare (2024, as a 民生实事项目清单 prints it) is the year the
    project is built in: period, as 2023.01-2023.12 is; a bare year under 完成时限 is left to the other rules."""
    text = (
        "2024年十大民生实事项目清单\n\n序号\n\n项目名称\n\n建设时间\n\n责任单位\n\n"
        "1\n\n城北小学门前道路建设项目\n\n2024\n\n住建局\n\n2\n\n高标准农田建设项目\n\n2024\n\n农业农村局\n"
    )
    rows = _rows(text)
    assert [_names(r.responsibility.lead) for r in rows] == [["住建局"], ["农业农村局"]]
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows] == [[(2024, None, "period")]] * 2
    plain = text.replace("建设时间", "完成时限")
    assert all((d.kind, d.year) != ("period", 2024) for r in _rows(plain) for d in r.deadlines)


def test_a_long_category_line_right_above_a_row_number_is_a_category_row():
    """一、主要经济社会发展指标、发改、财政…工作目标（牵头领导：…） over the rows of a one-cell-per-line table: a
    category row, however long, when it ends no sentence and a row number follows it; a body paragraph (its
    sentences ended) is no category."""
    cat = "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标（牵头领导：张三、李四）"
    head = "目标任务落实责任分解表\n\n序号\n\n目标任务\n\n牵头单位\n\n责任单位\n\n"
    text = head + cat + "\n\n1\n\n地区生产总值增长6%。\n\n区发改局\n\n区统计局\n\n2\n\n固定资产投资增长10%。\n\n区发改局\n\n区财政局\n"
    rows = _rows(text)
    assert [r.cells["目标任务"] for r in rows] == ["地区生产总值增长6%。", "固定资产投资增长10%。"]
    assert [r.cells["类别"] for r in rows] == [cat, cat]
    assert [_names(r.responsibility.lead) for r in rows] == [["区发展改革局"], ["区发展改革局"]]
    prose = cat.replace("）", "）。各单位要抓好落实。")
    body = "\n\n1\n\n地区生产总值增长6%。\n\n区发改局\n\n区统计局\n"
    assert all(not r.cells.get("类别") for r in _rows(head + prose + body))


def test_header_names_run_together_on_one_line():
    """A page copied with the cells of a row run together: the header line is cut into names (实事内容工作任务 |
    责任单位 | 进展情况), a second header row under it (一季度二季度…) is header too; a row is a task line, a
    line of units, then the rest. Prose or a line that no names make up is no header."""
    text = (
        "实事内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n"
        "教育惠民启动学校空调加装工程，年内完成加装。\n区教育局，各平台、镇街\n完成调查摸底工作。\n"
        "养老惠民新建老年食堂10家。\n区民政局\n已建成6家。\n"
    )
    rows = _rows(text)
    assert [r.cells["责任单位"] for r in rows] == ["区教育局，各平台、镇街", "区民政局"]
    assert [r.cells["进展情况"] for r in rows] == ["完成调查摸底工作。", "已建成6家。"]
    assert _names(rows[1].responsibility.lead) == ["区民政局"] and rows[1].responsibility.mode == "listed"
    assert _tables("实事内容工作任务责任单位进展情况很好\n区教育局\n") == []
    assert _tables("关于做好民生实事工作的通知\n区教育局\n") == []


def test_one_cell_per_line_two_row_header():
    """A two-row header printed one cell a line: its first row (责任单位 over two columns, 完成时限 spanning both
    rows), then its second (牵头单位 | 配合单位). 责任单位 gives way to the names under it."""
    for header in ("序号\n\n重点任务\n\n责任单位\n\n完成时限\n\n牵头单位\n\n配合单位\n\n", "序号\n重点任务\n责任单位\n牵头单位\n配合单位\n完成时限\n"):
        text = header + "1\n\n推进营商环境改革。\n\n区发改局\n\n区财政局\n\n2024年6月底前\n\n2\n\n加快重点项目建设。\n\n区住建局\n\n各街道\n\n2024年底前\n"
        (table,) = _tables(text)
        assert table.columns == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
        rows = _rows(text)
        assert [_names(r.responsibility.support) for r in rows] == [["区财政局"], ["各街道"]]
        assert [(d.year, d.month) for r in rows for d in r.deadlines] == [(2024, 6), (2024, 12)]


def test_one_cell_per_line_empty_cell_and_header_repeated_on_a_new_page():
    """An empty 配合单位 cell the page prints as no line at all: the time cell still goes to 完成时限. The header
    printed again over the rows of a new page is no row."""
    text = (
        "序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n1\n\n推进营商环境改革。\n\n区发改局\n\n2024年6月底前\n\n"
        "序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n2\n\n加快重点项目建设。\n\n区住建局\n\n各街道\n\n2024年底前\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2"]
    assert rows[0].cells["配合单位"] == "" and rows[0].cells["完成时限"] == "2024年6月底前"
    assert [(d.year, d.month) for r in rows for d in r.deadlines] == [(2024, 6), (2024, 12)]


def test_tab_row_under_a_category_merged_over_it():
    """类别 merged over two numbered rows (rowspan): the second prints no category cell; its cells still go to
    their columns (its last cell is a time under 完成时限), the category taken from the row above."""
    text = (
        "序号\t类别\t重点任务\t牵头单位\t完成时限\n1\t营商环境\t推进营商环境改革。\t区发改局\t2024年6月底前\n"
        "2\t优化审批流程。\t区行政审批局\t2024年底前\n3\t项目建设\t加快重点项目建设。\t区住建局\t2024年底前\n"
    )
    rows = _rows(text)
    assert [r.cells["类别"] for r in rows] == ["营商环境", "营商环境", "项目建设"]
    assert [r.cells["牵头单位"] for r in rows] == ["区发改局", "区行政审批局", "区住建局"]


def test_time_cell_of_a_year_or_a_month_alone_is_the_limit():
    """完成时限 2024年 / 2024—2025年 / 9月份: one date alone is the limit; a month alone takes the year the table is
    for (written above it), and gives nothing when no year is written."""
    text = (
        "2024年重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t推进甲项工作。\t区发改局\t2024年\n"
        "2\t推进乙项工作。\t区财政局\t2024—2025年\n3\t推进丙项工作。\t区住建局\t9月份\n"
    )
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in _rows(text)] == [
        [(2024, None, "by")], [(2025, None, "by")], [(2024, 9, "by")]
    ]
    (row,) = _rows("序号\t重点任务\t牵头单位\t完成时限\n1\t推进甲项工作。\t区发改局\t9月份\n")
    assert row.deadlines == []


def test_each_table_takes_the_year_written_above_it():
    """A 全年 / 9月份 cell takes the year written above its own table: the year above a table is read once a table (its
    look-back scanned once, not at every row's question), and the next table, under its own year, is read afresh."""
    text = (
        "一、2023年工作\n2023年重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t推进甲项工作。\t区发改局\t9月份\n2\t推进乙项工作。\t区财政局\t全年\n"
        "二、2024年工作\n2024年重点工作责任清单\n序号\t工作任务\t责任单位\t时间节点\n"
        "1\t推进丙项工作。\t区住建局\t全年\n2\t推进丁项工作。\t区教育局\t9月份\n"
    )
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in _rows(text)] == [
        [(2023, 9, "by")], [(2023, None, "period")], [(2024, None, "period")], [(2024, 9, "by")]
    ]


def test_a_unit_named_with_its_duty_or_a_note_in_its_cell():
    """区财政局配合 / 区发改局牵头 / 区财政局（按职责分工负责）: the duty word or note after a unit's name in its cell is
    no part of the name."""
    text = (
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进甲项工作。\t区发改局牵头\t区财政局配合\t2024年底前\n"
        "2\t推进乙项工作。\t区发改局、区财政局（按职责分工负责）\t各街道\t2024年底前\n"
    )
    rows = _rows(text)
    assert [[u.name for u in r.responsibility.lead] for r in rows] == [["区发改局"], ["区发改局", "区财政局"]]
    assert [u.name for u in rows[0].responsibility.support] == ["区财政局"]


def test_levels_in_a_task_row_are_goals_measured_in_the_task_cell():
    # sf_10: a row of a task table assigns its levels (公路投资1.65万亿元 needs no verb of goal); the 序号 cell
    # before a tab is no part of the metric
    text = (
        "一、量化指标任务分工\n"
        "序号\t工作任务\t牵头负责部门\n"
        "1\t居民消费价格涨幅3%左右\t发展改革委\n"
        "2\t城镇新增就业1000万人以上\t人力资源社会保障部\n"
        "3\t公路投资1.65万亿元\t交通运输部\n"
        "4\t将服务费的80%用于薪酬分配，20%用于统筹。各区可适当调整。\t卫生健康委\n"
    )
    rows = _rows(text)
    assert [[(t.metric, t.value, t.unit, t.comparator) for t in r.targets] for r in rows[:3]] == [
        [("居民消费价格涨幅", 3, "%", "approx")],
        [("城镇新增就业", 1000, "万人", "gte")],
        [("公路投资", 1.65, "万亿元", "eq")],
    ]
    # a row of prose is not read as a list of levels: 20%用于统筹 splits money, it sets no level
    assert 20 not in [t.value for t in rows[3].targets]


def test_one_cell_per_line_header_with_a_content_column_and_notes_under_names():
    """项目 / 名称 wrapped, 内容 (no name the rules know) beside it before a whole 牵头单位, progress columns with
    their month as a note under the name (进展情况 / （7月）); no 序号: rows of as many lines as columns, ended
    by the page's field (分享：)."""
    text = (
        "项目\n\n名称\n\n内容\n\n牵头单位\n\n进展情况\n\n（7月）\n\n进展情况\n\n（10月）\n\n"
        "养老服务项目\n\n新增照料中心15家。\n\n区民政局\n\n已完成8家。\n\n已完成15家。\n\n"
        "助餐服务项目\n\n新增老年食堂10家。\n\n区民政局\n\n已完成5家。\n\n已完成10家。\n\n分享：\n\n打印\n"
    )
    (table,) = _tables(text)
    assert table.columns == ["项目名称", "内容", "牵头单位", "进展情况（7月）", "进展情况（10月）"]
    rows = _rows(text)
    assert [r.cells["项目名称"] for r in rows] == ["养老服务项目", "助餐服务项目"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区民政局"], ["区民政局"]]
    # a wrapped name whose second half is short stays one name (完成 / 时限)
    (table,) = _tables("序号\n重点工作\n责任单位\n完成\n时限\n1\n河道清淤\n农业农村办\n2024年底前\n")
    assert table.columns == ["序号", "重点工作", "责任单位", "完成时限"]


def test_one_cell_per_line_task_cell_of_several_sentences_and_units_one_a_line():
    """A numbered row whose task cell prints one sentence a line (①… / ②…) before its 牵头单位, its 责任单位 one
    unit a line (a note in brackets after one), more lines than the columns plus two: read to the next number."""
    text = (
        "序号\n项目名称\n具体任务及目标\n牵头单位\n责任单位\n进展情况\n"
        "1\n教育提质工程\n①完成两所幼儿园建设。\n②启动三小改扩建。\n③完成职校二期建设。\n"
        "区教体局\n区国投集团\n各有关乡镇（街道）\n幼儿园已完工。\n三小已开工。\n"
        "2\n医卫建设工程\n建成应急救治中心。\n区卫健委\n区国投集团\n主体已完工。\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2"]
    assert rows[0].cells["具体任务及目标"].startswith("①完成两所幼儿园建设。②启动")
    assert rows[0].cells["具体任务及目标"].endswith("③完成职校二期建设。")
    assert rows[0].cells["牵头单位"] == "区教体局"
    assert rows[0].cells["责任单位"] == "区国投集团、各有关乡镇（街道）"
    assert rows[0].cells["进展情况"] == "幼儿园已完工。"
    assert rows[1].cells["牵头单位"] == "区卫健委"


def test_bar_rows_with_sub_rows_under_a_merged_number_and_unit():
    """Bar-bordered rows whose blanks repair makes tabs too (the bars stand as cells): a sub-row under a merged
    序号 and unit prints its own cells and a doubled closing bar (… | ||), tabbed or not (past the last number);
    its cells go under the columns after 序号, never its unit read as a bar."""
    text = (
        "2022年民生实事项目进展情况表\n"
        "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
        "1 | 新建成幼儿园7所。 | 已建成5所。 | 教育局 |\n"
        "2 | 实施农村公路大中修100公里。 | 完成50公里。 | 交通运输局 |\n"
        "新增公交线路3条。 | 新增4条公交线路。 | ||\n"
        "3 | 新建成保障性住房1700套。 | 已建成1721套。 | 住建局 |\n"
        "完成公共租赁住房保障家庭800户。 | 完成872户。 | ||\n"
    )
    rows = _rows(text)
    tasks = [r.cells["项目内容"] for r in rows]
    assert tasks == ["新建成幼儿园7所。", "实施农村公路大中修100公里。", "新增公交线路3条。", "新建成保障性住房1700套。", "完成公共租赁住房保障家庭800户。"]
    assert [r.cells["序号"] for r in rows] == ["1", "2", "2", "3", "3"]
    assert [_names(r.responsibility.lead) for r in rows][2:] == [["交通运输局"], ["住建局"], ["住建局"]]
    # a table read from its bars alone keeps a doubled closing bar's row as before: no bar cell in its header
    (table,) = _tables("序号 |\n重点任务 |\n牵头单位 |\n1 |\n河道清淤 |\n水务局 |\n")
    assert "|" not in table.columns


def test_run_together_rows_with_units_on_the_task_line():
    """Header and cells run together, each row on a line of its own: the task's sentence, its units (the last cut
    where a unit's name ends: 相关镇街) and its progress; a line ending a sentence continues the row above."""
    text = (
        "实事内容工作任务责任单位进展情况\n"
        "养老助残创建20个无障碍社区。区残联，相关镇街1.完成第一批申报、培训。\n"
        "新增30家照料中心。区民政局，相关镇街目前已完成5家建设任务。\n"
        "在全区20个镇街新增30家照料中心。\n"
    )
    rows = _rows(text)
    assert [r.cells["实事内容工作任务"] for r in rows] == ["养老助残创建20个无障碍社区。", "新增30家照料中心。"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区残联", "相关镇街"], ["区民政局", "相关镇街"]]
    assert rows[0].cells["进展情况"] == "1.完成第一批申报、培训。"
    assert rows[1].cells["进展情况"].endswith("在全区20个镇街新增30家照料中心。")
    # a sentence followed by words that name no unit is no such row
    assert _rows("实事内容工作任务责任单位进展情况\n养老助残创建无障碍社区。目前进展顺利，已完成。\n") == []


def test_two_row_header_with_the_cells_it_lacks_printed_at_the_end_and_rows_one_cell_short():
    """A bar-bordered two-row header whose rows print their own cells first and the cells they lack as empties at
    the end (… | 责任单位 | 政策处理单位 | ||| over 投资 | 形象进度 | 完成投资 | % | 进度 | ||||||||): the 3 trailing
    empties make 5 names under 2 group cells, the two right before 责任单位. A numbered row one cell short (an empty
    cell dropped) ending in a unit puts the empty back after its time cell; rows with a comma stay lines apart."""
    text = (
        "序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 至2021年底累计完成投资 | 2022年工作计划 | 项目建设阶段 | 责任单位 | 政策处理单位 | |||\n"
        "投资 | 工程主要形象进度 | 完成投资 | % | 主要形象进度 | ||||||||\n"
        "1 | 护眼灯光工程 | 对全县教室照明进行护眼灯光提升，共1658间 | 1800 | 2022 | 1800 | 建成 | 1800 | 100 | 完成 | 县教育局 | ||\n"
        "2 | 电梯加装工程 | 敬老院改加装电梯，方便老人出行 | 600 | 2022 | 600 | 建成 | 600 | 100 | 完工 | 县民政局 | ||\n"
        "3 | 菜市场改造工程 | 长街市场屋面修复，总面积约6500平方米，总投\n"
    )
    (table,) = _tables(text)
    assert table.columns[5:] == ["至2021年底累计完成投资", "投资", "工程主要形象进度", "完成投资", "%", "主要形象进度", "责任单位", "政策处理单位"]
    rows = _rows(text)
    # the last row cut off by the page before its closing bar is a row of its own, no piece of the row above
    assert [r.cells["序号"] for r in rows] == ["1", "2", "3"]
    assert rows[2].cells["项目名称"] == "菜市场改造工程"
    rows = rows[:2]
    assert [r.cells["至2021年底累计完成投资"] for r in rows] == ["", ""]
    assert [r.cells["投资"] for r in rows] == ["1800", "600"]
    assert [_names(r.responsibility.lead) for r in rows] == [["县教育局"], ["县民政局"]]
    assert [[d.year for d in r.deadlines] for r in rows] == [[2022], [2022]]


def test_one_cell_per_line_category_column_cell_printed_with_the_first_row_of_its_category():
    """分类 | 序号 | 事项 | 责任单位 | 牵头单位, one cell a line: the 分类 cell, merged over the rows of its category,
    is printed once, on the line right above the number of the first of them (发展目标 / 1, 激发市场活力 / 14). It
    is no header name and no last cell of the row before: it opens its row, and the rows under it carry it."""
    assert column_role("分类") == "category"
    text = (
        "2023年重点工作责任分解\n"
        "分类\n序号\n事项\n责任单位\n牵头单位\n"
        "发展目标\n1\n地区生产总值增长6.5%以上。\n区农业农村局、区发改局\n区发改局\n"
        "2\n区本级固定资产投资增长25%。\n区发改局\n区发改局\n"
        "3\n农业增加值增长3.5%。\n区农业农村局\n区农业农村局\n"
        "激发市场活力\n4\n深化政务服务“一网通办”。\n区行政服务中心、区深改服务中心\n区行政服务中心\n"
    )
    (table,) = _tables(text)
    assert table.columns == ["分类", "序号", "事项", "责任单位", "牵头单位"]
    assert [r.cells["序号"] for r in table.rows] == ["1", "2", "3", "4"]
    assert [r.cells["分类"] for r in table.rows] == ["发展目标", "发展目标", "发展目标", "激发市场活力"]
    assert [r.cells["牵头单位"] for r in table.rows] == ["区发改局", "区发改局", "区农业农村局", "区行政服务中心"]
    rows = _rows(text)
    assert rows[0].text.startswith("发展目标") and rows[3].text.startswith("激发市场活力")
    assert rows[2].text.startswith("3") and "激发市场活力" not in rows[2].text
    assert _names(rows[0].responsibility.lead) == ["区发展改革局"] and rows[0].responsibility.mode == "lead_support"
    # without a category column left of 序号, a short line above a number is still read as before (a header
    # name the lexicon does not know: 攻坚目标)
    (plain,) = _tables("序号\n重点工作\n责任单位\n攻坚目标\n1\n河道清淤\n区水务局\n完成清淤10公里\n")
    assert plain.columns == ["序号", "重点工作", "责任单位", "攻坚目标"]


def test_a_star_before_a_unit_in_a_unit_cell_marks_the_lead():
    """责任单位 ★区发改委、统计局: the starred unit leads and the others support (lead_support); without a star the
    cell stays a list (listed), and a star in the task text marks the task, not a unit."""
    text = (
        "序号\t重点工作目标任务\t责任单位\n"
        "1\t地区生产总值增长5%以上。\t★区发改委、统计局\n"
        "2\t不发生重特大生产安全责任事故。\t★区应急管理局\n"
        "3\t★规上工业总产值增长5%左右。\t区工信局、区统计局\n"
    )
    rows = _rows(text)
    assert [(_names(r.responsibility.lead), _names(r.responsibility.support), r.responsibility.mode) for r in rows] == [
        (["区发展改革局"], ["统计局"], "lead_support"),
        (["区应急局"], [], "lead_support"),
        (["区工业和信息化局", "区统计局"], [], "listed"),
    ]
    assert rows[0].responsibility.lead[0].name == "区发改委"


def test_cells_each_closed_by_a_bar_on_the_line_under_it_and_tasks_numbered_under_a_merged_number():
    """A page that prints a table one cell a line, each cell's border a bar on the line under it (序号 / | / 项目 / |),
    an empty cell a bar under a bar, and the cells a merged cell above covers as a run of bars (|||): the bars
    are no lines of the table, a cell printed over two lines (王 嵘 / 方 勇 / |) is one. Under a merged 序号 and
    项目, the tasks numbered inside the task cell (1.… 2.… 3.…) are rows of their own, printing their own cells;
    a category row printed with no text (an empty cell) lets the numbering start again."""
    bar = "\n|\n"
    text = (
        "区政府2024年重点工作目标任务分解落实方案\n"
        + bar.join(["序号", "项目", "重点工作目标任务", "牵头领导", "责任单位"]) + "\n|\n"
        + bar.join(["1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱 宇", "★区发改委、统计局"]) + "\n|\n"
        + bar.join(["2.一般公共预算收入增长6%以上。", "★区财政局、税务局"]) + "\n|\n|||\n"
        + "3.规上工业总产值增长5%左右。\n|\n|\n★区工信局、统计局\n|\n||\n"
        + "4.主要污染物排放总量削减完成上级下达任务。\n|\n王 嵘\n方 勇\n|\n★生态环境局\n|\n|\n||||\n"
        + bar.join(["1", "筑牢经济发展底座", "5.强化大抓项目导向。", "钱 宇", "★区发改委"]) + "\n|\n"
    )
    (table,) = _tables(text)
    assert table.columns == ["序号", "项目", "重点工作目标任务", "牵头领导", "责任单位"]
    tasks = [r.cells["重点工作目标任务"] for r in table.rows]
    assert [t[:2] for t in tasks] == ["1.", "2.", "3.", "4.", "5."]
    assert [r.cells["序号"] for r in table.rows] == ["1", "1", "1", "1", "1"]
    assert [r.cells["牵头领导"] for r in table.rows] == ["钱 宇", "", "", "王 嵘方 勇", "钱 宇"]
    assert table.rows[2].cells["责任单位"] == "★区工信局、统计局"
    rows = _rows(text)
    assert [_names(r.responsibility.lead) for r in rows] == [
        ["区发展改革局"], ["区财政局"], ["区工业和信息化局"], ["生态环境局"], ["区发展改革局"]]
    assert rows[1].text.startswith("2.一般公共预算收入") and "★区财政局" in rows[1].text
    # a page whose rows close with a bar on the row's own line (… | 教育局 |) keeps its reading
    (closed,) = _tables("序号 |\n重点任务 |\n牵头单位 |\n1 |\n河道清淤 |\n水务局 |\n2 |\n道路修缮 |\n交通局 |\n")
    assert [r.cells["牵头单位"] for r in closed.rows] == ["水务局", "交通局"]


def test_cells_between_bar_lines_are_never_joined_whatever_they_end_with():
    """A page printing one cell a line with a bar line before and after each cell (| / 序号 / | / 工作任务 / |, a row
    opened by a bar under the last row's closing bar): a unit cell parted by commas (市住建局，各县（区）政府) is no
    sentence broken at the line's end, so the bar line under it is not joined to it and the rows after it are read."""
    bar = "\n|\n"
    rows = [
        ["1", "完善城市管理体制", "市委编办、市住建局", "2016年底前"],
        ["2", "完善城市工作机制", "市住建局，各县（区）政府、市直园区管委会", "常态工作"],
        ["3", "开展环境卫生设施规划编制工作", "市发改委、市财政局，各县（区）政府、市直园区管委会", "2016—2017 年底前"],
    ]
    text = "|\n" + bar.join(["序号", "工作任务", "负责部门", "时间进度"]) + "\n|\n|\n" + "\n|\n|\n".join(bar.join(r) for r in rows) + "\n|\n"
    found = _rows(text)
    assert [r.cells["工作任务"] for r in found] == [r[1] for r in rows]
    assert [_names(r.responsibility.lead) for r in found][1] == ["市住房城乡建设局", "各县（区）政府", "市直园区管委会"]
    # the time cells: 常态工作 (standing work) runs on; a span of years to its last year's end is the limit
    assert [[(d.year, d.month, d.kind, d.ongoing) for d in r.deadlines] for r in found] == [
        [(2016, 12, "by", False)], [(None, None, "period", True)], [(2017, 12, "by", False)]]
    # a cell closed by its bar on its own line (城市低保：…，农村低保：… |) is not joined to the next either
    lines = split_lines("城市低保：300元/月，农村低保：154元/月 |\n10 |\n")
    assert [ln.s for ln in lines] == ["城市低保：300元/月，农村低保：154元/月 |", "10 |"]


def test_a_year_spaced_from_its_end_of_year_is_no_year_end_of_the_document():
    """2016—2017 年底前: 年底前 after a number and a blank is the tail of the span's last year, not this year's end
    (the range's end is read by the time cell, not as 年底前 of the document's year); 今年 年底前 still is."""
    from policyparse.extract.deadlines import find_deadlines

    def read(s):
        return [(d.year, d.month) for d in find_deadlines(s, 0, len(s), doc_year=2016)]

    assert read("2016—2017 年底前") == [] and read("2016—2017年底前") == []
    assert read("2016 年底前") == [(2016, 12)] and read("今年 年底前完成") == [(2016, 12)]


def test_a_listed_column_name_after_words_that_only_qualify_it():
    """省重点民生实事项目名称: a name the lexicon lists whole (项目名称) after qualifying words (省, 重点, 民生, 实事) has
    the listed name's role; a name before which stands another word (2024年, 某) has none."""
    assert column_role("省重点民生实事项目名称") == "task"
    assert column_role("县牵头单位") == "lead"
    assert column_role("2024年重点工作") is None and column_role("公园名称") is None and column_role("主管单位") is None


def test_sub_items_under_a_merged_number_and_task_are_rows_of_their_own():
    """A page's rowspan flattened one cell a line, each closed by ' |': a numbered task merged over sub-items
    prints its first row one cell longer (the sub-item between the task and its unit), the next sub-rows their
    sub-item and the cells right of the task only. Each sub-item is a row under the merged 序号 and task."""
    text = (
        "序号 |\n项目名称 |\n责任单位 |\n目标任务 |\n备注 |\n"
        "1 |\n新增城镇就业 |\n人社局 |\n8950 |\n|\n"
        "2 |\n深化养老保险制度改革和提高低保补助标准 |\n完成在职参保人数6300人 |\n区人社局 |\n6300人 |\n|\n"
        "完成征缴基金10000万元 |\n区人社局 |\n10000万 |\n|\n"
        "城市低保补差水平月均达到300元/人 |\n区民政局 |\n100% |\n已完成 |\n"
        "3 |\n新增养老服务床位 |\n民政局 |\n71个 |\n|\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2", "2", "2", "3"]
    assert [r.cells["项目名称"][:6] for r in rows] == ["新增城镇就业", "深化养老保险", "完成征缴基金", "城市低保补差", "新增养老服务"]
    assert "完成在职参保人数6300人" in rows[1].cells["项目名称"]
    assert [_names(r.responsibility.lead) for r in rows] == [
        ["人社局"], ["区人力资源社会保障局"], ["区人力资源社会保障局"], ["区民政局"], ["民政局"]]
    assert [r.cells["目标任务"] for r in rows] == ["8950", "6300人", "10000万", "100%", "71个"]
    # a unit cell parted by commas right after the task is no sub-item: the row is read as before
    (plain,) = _rows("序号 |\n项目名称 |\n责任单位 |\n目标任务 |\n1 |\n甲项工作 |\n市住建局，各县（区）政府 |\n市财政局 |\n")
    assert plain.cells["责任单位"] == "市住建局，各县（区）政府"


def test_numbered_rows_with_cells_run_together_a_line_each():
    """A table flattened into one line, which repair cut one row a line (序号工作内容目标任务责任单位备注 ⏎ 1将…): each
    row its number, the task's sentence (a ； inside it), the sentences of the next cell, then the units after the last
    sentence (各区（市）县政府（管委会）, the bracket part of the collective's name); a row the page cut off before its
    units is a row with no unit of the row above carried down."""
    text = (
        "分工表序号工作内容目标任务责任单位备注1加强宣传发动；开展志愿活动。2021年2月底前，知晓率达90%以上。"
        "市委宣传部（市文明办）、市城管委，各区（市）县政府（管委会）2完善回收体系。2021年底前，基本建成。市商务局，市住建局"
        "3统筹推进分类工作，制定实施方案、分类设施建2021年2月底"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2", "3"]
    assert rows[0].cells["工作内容"] == "加强宣传发动；开展志愿活动。"
    assert rows[0].cells["目标任务"] == "2021年2月底前，知晓率达90%以上。"
    assert _names(rows[0].responsibility.lead) == ["市委宣传部", "市城管委", "各区（市）县政府（管委会）"]
    assert _names(rows[1].responsibility.lead) == ["市商务局", "市住房城乡建设局"]
    assert rows[2].cells["责任单位"] == "" and rows[2].responsibility is None
    # numbered lines of sentences with no units after them are no such rows
    assert _rows("序号工作内容目标任务责任单位备注\n1加强宣传发动。知晓率达90%以上。\n2完善回收体系。基本建成。\n") == []


def test_cell_per_line_table_with_blank_lines_and_an_unprinted_empty_category_cell():
    """A page's table one cell a line with a blank line between (序号 / 项目 / 类别 / 具体内容 / 牵头 / 部门 / …, names
    broken over two lines): its unit cells read like prose (民政局、残联等相关部门，3个街道、镇) and its cells are short,
    yet none is a wrapped piece of a sentence: the row numbers standing alone in sequence show the table. The
    category column is empty in every row and printed as no line, so each row is one cell short: its task stands
    where the category would. 等相关部门 closes the list (民政局, 残联); 3个街道、镇 is one collective."""
    rows_text = "".join(
        f"{n}\n\n{task}\n\n{lead}\n\n{support}\n\n2010年\n\n"
        for n, task, lead, support in [
            (8, "继续全面推进素质教育工作", "教育局", "3个街道、镇"),
            (9, "保持百分之百的义务教育入学率", "教育局", "民政局、残联等相关部门，3个街道、镇"),
            (10, "加强市区两级示范性幼儿园的建设", "机管局", "教育局、规划局、房地局等相关部门，3个街道、镇"),
            (11, "新增劳动力平均受教育年限达到十五年", "教育局", "劳动保障局等相关部门，3个街道、镇"),
        ]
    )
    text = (
        "某区人民政府办公室关于印发某区规划工作分解的通知\n\n\n  规划工作分解之四：社会事业发展\n\n"
        "序号\n\n项目\n\n类别\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n" + rows_text
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["8", "9", "10", "11"]
    assert all(r.cells["项目类别"] == "" for r in rows)
    assert rows[1].cells["具体内容"] == "保持百分之百的义务教育入学率"
    assert _names(rows[1].responsibility.lead) == ["教育局"]
    assert _names(rows[1].responsibility.support) == ["民政局", "残联", "3个街道、镇"]
    assert _names(rows[2].responsibility.lead) == ["机管局"]
    assert [d.year for r in rows for d in r.deadlines] == [2010] * 4


def test_flattened_table_with_category_rows_page_numbers_and_two_lead_columns():
    """A table flattened into one line (a sharing site's text of a Word file): a category row (一、…) between the header
    and row 1, a printed page number and the next category row between two rows (…港区—2—二、…10…). Each is cut off the
    rows, and the rows, numbered on, are not joined back as wrapped lines. 第一责任单位 | 主要责任单位: one column leads,
    the first; the second names those who carry the task out with it. The two unit cells run together where the second
    opens with a collective (市发展改革委各县（市、区）政府): cut before it; the bracket is part of the name."""
    text = (
        "—1—《某市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案工作重点序号主要工作任务第一责任单位"
        "主要责任单位一、主要发展指标1地区生产总值年均增长12%左右，人均生产总值达到6万元左右。市发展改革委各县（市、区）"
        "政府、某某经济开发区、某某港区2地方财政收入年均增长13%。市财政局各县（市、区）政府、某某港区、市国税局"
        "3主要污染物排放量控制在省下达指标内。市环保局各县（市、区）政府、某某港区—2—二、产业优化升级"
        "4大力推进高技术产业化进程，到2010年，高技术产业增加值比重达到10%左右。市科技局各县（市、区）政府"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0].cells["类别"] == "一、主要发展指标" and rows[3].cells["类别"] == "二、产业优化升级"
    assert _names(rows[0].responsibility.lead) == ["市发展改革委"]
    assert [u.name for u in rows[0].responsibility.support] == ["各县（市、区）政府", "某某经济开发区", "某某港区"]
    assert "—2—" not in rows[2].cells["主要责任单位"] and rows[2].cells["主要责任单位"].endswith("某某港区")
    assert [(d.year, d.kind) for d in rows[3].deadlines] == [(2010, "by")]
    assert column_role("第一责任单位") == "lead"


def test_flattened_rows_with_lead_names_glued_and_a_task_cell_with_no_full_stop():
    """Batch tt12 (tt_61): two lead units printed one a line come out glued to each other and to the support list
    (市发展改革委市经贸委市规划建设局、市统计局): the last glued name opens the list, those before it lead, each read on
    its own; a task cell that closes with no 。 (…等先进生产技术市科技局市发展改革委、…) ends where the units start."""
    text = (
        "序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右。市发展改革委各县（市、区）"
        "政府、某某港区2单位生产总值综合能耗下降20%。市发展改革委市经贸委市规划建设局、市统计局，各县（市、区）政府、某某港区"
        "3积极推进技术创新，推广应用网络通信技术、新能源技术等先进生产技术市科技局市发展改革委、市经贸委，各县（市、区）政府"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2", "3"]
    assert [u.name for u in rows[1].responsibility.lead] == ["市发展改革委", "市经贸委"]
    assert [u.name for u in rows[1].responsibility.support][:2] == ["市规划建设局", "市统计局"]
    assert rows[2].cells["主要工作任务"].endswith("先进生产技术")
    assert [u.name for u in rows[2].responsibility.lead] == ["市科技局"]
    assert [u.name for u in rows[2].responsibility.support][:2] == ["市发展改革委", "市经贸委"]
    # 区 opens no glued name: 市直园区管委会 is one
    from policyparse.grammar import GLUED_UNIT_NAMES

    assert GLUED_UNIT_NAMES.search("市直园区管委会") is None


def test_column_names_of_a_catalogue_of_decision_items_are_read_by_their_words():
    """A 重大行政决策事项目录 names its columns with 决策 / 名称 / 组织 / 听证, words that qualify a name and say nothing of
    their own: the item is the task, the body undertaking it (承办) answers for it, its planned time is the limit."""
    assert column_role("决策事项名称") == "task"
    assert column_role("决策事项") == "task"
    assert column_role("决策听证事项名称") == "task"
    assert column_role("组织承办部门") == "responsible"
    assert column_role("决策承办单位") == "responsible"
    assert column_role("决策计划 完成时间") == "time"
    # what the decision goes through and whether it is heard are no columns the rules know
    assert column_role("决策事项程序") is None and column_role("决策中是否需听证") is None
    rows = _rows(
        "某区2026年度重大行政决策事项目录\n"
        "序号 | 决策事项名称 | 组织承办部门 | 决策计划 完成时间 |\n"
        "1 | 编制某区教育发展规划 | 区教育局 | 12月底前 |\n"
        "2 | 修订《某区建设用地管理办法》 | 区规划局 | 6月底前 |\n"
    )
    assert [r.cells["决策事项名称"] for r in rows] == ["编制某区教育发展规划", "修订《某区建设用地管理办法》"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区教育局"], ["区规划局"]]
    assert [(d.year, d.month, d.kind) for r in rows for d in r.deadlines] == [(2026, 12, "by"), (2026, 6, "by")]


def test_a_bar_parted_header_broken_over_lines_above_rows_one_cell_a_line():
    """序号 | 重点任务 | / 完成时间 | 责任人 | 责任部门 | 进展情况 |: the page broke the header row over two lines, the
    first naming no responsibility column; the rows stand one cell a line, each closed by its bar. Months with no
    year in the time cell are months of the year written above the table."""
    text = (
        "某区2022年第二季度重点任务进展情况\n"
        "序号 | 重点任务 |\n"
        "完成时间 | 责任人 | 责任部门 | 进展情况 |\n"
        "7 |\n开工建设凤凰路，推进污水处理厂二期工程建设。 |\n"
        "凤凰路11月底前通车；污水处理厂二期工程12月底前建设完成。 |\n张三 李四 |\n住建局 |\n凤凰路已通车。 |\n"
        "8 |\n新建公办幼儿园两所。 |\n长期坚持 |\n王五 |\n教育局 |\n已开工。 |\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["7", "8"]
    assert rows[0].cells["责任人"] == "张三 李四"
    assert [_names(r.responsibility.lead) for r in rows] == [["住建局"], ["教育局"]]
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2022, 11, "by"), (2022, 12, "by")]
    assert [d.ongoing for d in rows[1].deadlines] == [True]
    # a header line naming no responsibility column, followed by prose or by a row on a line, starts no table
    assert _tables("序号 | 重点任务 |\n全区共安排重点任务12项。\n") == []
    assert _tables("序号 | 重点任务 |\n完成时间 | 责任部门 |\n1 | 建设凤凰路 | 12月底前 | 住建局 |\n") == []


def test_a_numbered_row_one_cell_short_under_a_unit_cell_merged_from_above():
    """1 / 《…办法》 / 城市建设处 / 已于…制定下发 then 2 / 《…办法》 / 已于…制定下发: the 承办处室 cell is merged over the rows
    below (printed once), so they are one cell short and their progress stands where the unit would. The empty
    cell is put back and filled from above; a row printing a unit of its own keeps it."""
    text = (
        "序号\n决策事项名称\n承办处室\n完成情况\n"
        "1\n《某市绿地保护管理办法》\n城市建设处\n已于2022年10月14日制定下发。\n"
        "2\n《某市树木认养管理办法》\n已于2023年1月6日制定下发，正在宣传贯彻。\n"
        "3\n《某市绿地系统规划》编制\n规划处\n已通过专家评审。\n"
    )
    rows = _rows(text)
    assert [r.cells["承办处室"] for r in rows] == ["城市建设处", "城市建设处", "规划处"]
    assert rows[1].cells["完成情况"] == "已于2023年1月6日制定下发，正在宣传贯彻。"
    assert [_names(r.responsibility.lead) for r in rows] == [["城市建设处"], ["城市建设处"], ["规划处"]]


def test_a_content_cell_ending_like_a_unit_name_before_the_unit_column_stays_in_its_column():
    """1 | / 建设儿童医院 | / 建设某区 儿童专科医院 | / 区卫生健康局 |: every cell printed, the unit in its column; the
    content cell before it ends like a unit's name (医院) but is no unit: nothing is moved."""
    text = (
        "序号 |\n决策事项名称 |\n决策事项主要内容 |\n组织承办部门 |\n"
        "1 |\n加快选址建设儿童医院 |\n建设某区 儿童专科医院 |\n区卫生健康局 |\n"
        "2 |\n城乡更新总体规划 |\n审议通过城乡更新总体规划 |\n区城市更新局 |\n"
    )
    rows = _rows(text)
    assert rows[0].cells["决策事项主要内容"] == "建设某区 儿童专科医院"
    assert [_names(r.responsibility.lead) for r in rows] == [["区卫生健康局"], ["区城市更新局"]]


def test_a_task_table_right_under_an_attached_documents_title_is_read():
    """附件 / 2024年度某县重大决策目录清单 / 序号 | 事项名称 | 承办单位 | 备注 |: the attached document's title lines are
    passed over (no node), but its table's header and rows, short lines with no sentence, are its body: its rows
    are read, not skipped as more title."""
    text = (
        "某县人民政府办公室关于印发2024年度重大决策目录清单的通知\n各乡镇、县直各单位：\n"
        "现将《2024年度某县重大决策目录清单》印发给你们，请认真贯彻落实。\n一、决策事项承办单位要认真组织实施。\n"
        "二、承办单位要重视档案管理。\n附件：2024年度某县重大决策目录清单\n某县人民政府办公室\n2024年3月27日\n"
        "附件\n2024年度某县重大决策目录清单\n"
        "序号 | 事项名称 | 承办单位 | 完成时限 |\n"
        "1 | 某风景名胜区总体规划 | 县林业局 | 2024年12月 |\n"
        "2 | 某县河湖岸线保护规划 | 县水务局 | 2024年6月 |\n"
    )
    rows = _rows(text)
    assert [r.cells["事项名称"] for r in rows] == ["某风景名胜区总体规划", "某县河湖岸线保护规划"]
    assert [_names(r.responsibility.lead) for r in rows] == [["县林业局"], ["县水务局"]]


def test_a_wide_task_column_name_wrapped_and_unit_names_printed_in_pieces():
    """One cell a line with blank lines between: 重大行政决策 / 事项名称 is one name (the first line qualifies the
    task column's name), 拟决策时间 a time column; a unit cell printed in two pieces (区园林绿化 / 服务中心, 区住房城乡 /
    建设局: the first opens like a body's name, the second does not) is one unit, named as printed, line break and
    all, and looked up whole. A short name over a task column's (项目 / 重点工作) stays a column of its own."""
    assert column_role("重大行政决策事项名称") == "task" and column_role("拟决策时间") == "time"
    text = (
        "序号\n\n重大行政决策\n\n事项名称\n\n承办单位\n\n拟决策时间\n\n"
        "1\n\n某区垃圾处理中心建设项目\n\n区城管局\n\n2021年底立项。\n\n"
        "2\n\n某公园建设项目\n\n区园林绿化\n\n服务中心\n\n2021年6月底前开工。\n\n"
        "3\n\n某区老旧小区改造项目\n\n区住房城乡\n\n建设局\n\n2021年12月底前竣工。\n"
    )
    rows = _rows(text)
    assert [r.cells["重大行政决策事项名称"] for r in rows] == ["某区垃圾处理中心建设项目", "某公园建设项目", "某区老旧小区改造项目"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区城管局"], ["区园林绿化服务中心"], ["区住房城乡建设局"]]
    wrapped = rows[2].responsibility.lead[0]
    assert wrapped.name == "区住房城乡\n\n建设局"
    assert [(d.year, d.month) for r in rows for d in r.deadlines] == [(2021, 12), (2021, 6), (2021, 12)]
    (table,) = _tables("序号\n项目\n重点工作\n牵头单位\n1\n交通\n建设某路\n区交通局\n")
    assert table.columns[:3] == ["序号", "项目", "重点工作"]


def test_a_header_of_one_name_lines_above_rows_a_line_with_sub_rows_closed_by_merged_cells():
    """序号 | 工作 责任组 | / 责任 领导 | / 责任 单位 | / 月度目标要求 | 工作进展 |: the page broke the header row over lines,
    some holding one name each, and prints each row on a line of its own. A line with no number whose cells end
    in a run of empty ones (… | ||||) is a sub-row under the merged 序号, group, leader and unit of the row above:
    its own cells are the table's last ones. A month's goals (月度目标要求) name the work; the page's widgets after
    the table (文件下载) are no piece of its last row."""
    text = (
        "某局2024年10月重点工作落实情况\n"
        "序号 | 工作 责任组 |\n责任 领导 |\n责任 单位 |\n月度目标要求 | 工作进展 |\n"
        "5 | 民生保障 | 张三 | 区民政局 | 1.发放临时救助资金。 | 已发放。 |\n"
        "2.开展困难群众走访慰问。 | 已走访30户。 | ||||\n"
        "3.完成低保年审。 | 正在审核。 |\n"
        "文件下载\n"
    )
    rows = _rows(text)
    assert [r.cells["月度目标要求"] for r in rows] == ["1.发放临时救助资金。", "2.开展困难群众走访慰问。", "3.完成低保年审。"]
    assert [r.cells["序号"] for r in rows] == ["5", "5", "5"]
    assert [r.cells["工作责任组"] for r in rows] == ["民生保障"] * 3
    assert [r.cells["工作进展"] for r in rows] == ["已发放。", "已走访30户。", "正在审核。"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区民政局"]] * 3
    assert column_role("月度目标要求") == "task" and column_role("季度工作任务") == "task"
    # a header of two bar-parted lines above a row on a line still starts no table (no line of one name)
    assert _tables("序号 | 重点任务 |\n完成时间 | 责任部门 |\n1 | 建设凤凰路 | 12月底前 | 住建局 |\n") == []


def test_a_responsible_column_beside_a_support_column_leads():
    """责任单位 | 配合单位 with no 牵头 column: the row reads as the note 责任单位：A；配合单位：B does — the 责任 units lead,
    the 配合 units support (lead_support). With the 配合 cell empty (/) the 责任 units stay a plain list."""
    text = (
        "序号 | 工作任务 | 责任单位 | 配合单位 | 完成时限 |\n"
        "1 | 建设社区卫生服务中心。 | 区卫健局 | 区财政局、各街道 | 12月底前 |\n"
        "2 | 开展爱国卫生运动。 | 区卫健局、区文旅局 | / | 长期坚持 |\n"
    )
    rows = _rows(text)
    assert [_names(r.responsibility.lead) for r in rows] == [["区卫生健康局"], ["区卫生健康局", "区文化和旅游局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["区财政局", "各街道"], []]
    assert [r.responsibility.mode for r in rows] == ["lead_support", "listed"]


def test_a_task_record_printed_with_its_column_names_down_the_side():
    """具体任务 / … / 责任单位 / … / 配合单位 / … / 完成时限 / …: a table of one row a page prints with each column name on a
    line of its own above its cell is one task row; a heading 重点任务 over prose, or names without cells, is none."""
    text = (
        "具体任务\n建成区疾控中心综合楼，开展全民健身活动。\n"
        "责任单位\n区卫健局、区文旅局\n配合单位\n各乡镇\n完成时限\n12月底前完成并长期坚持\n"
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0].cells["具体任务"] == "建成区疾控中心综合楼，开展全民健身活动。"
    assert _names(rows[0].responsibility.lead) == ["区卫生健康局", "区文化和旅游局"]
    assert _names(rows[0].responsibility.support) == ["各乡镇"] and rows[0].responsibility.mode == "lead_support"
    assert _tables("重点任务\n全区共安排重点任务12项，由各部门分头推进。\n三、保障措施\n") == []
    assert _tables("具体任务\n责任单位\n配合单位\n完成时限\n") == []


def test_a_long_cell_printed_over_two_lines_in_a_row_one_cell_a_line():
    """序号 / 事项名称 / 承办单位 / 履行程序要求 / 计划完成时间, one cell a line: a procedure cell printed over two lines (the
    first ending in ；) before the time cell is one cell; its months are no limit of the row, the time cell's is."""
    text = (
        "序号\n\n事项名称\n\n承办单位\n\n履行程序要求\n\n计划完成时间\n\n"
        "1\n\n编制区养老服务设施布局规划\n\n区民政局\n\n2021年3月至5月完成公开征求意见；\n\n6月至8月完成合法性审查。\n\n2021年12月\n\n"
        "2\n\n修订区社区服务管理办法\n\n区民政局\n\n按程序公开征求意见。\n\n2021年10月\n"
    )
    rows = _rows(text)
    assert [r.cells["计划完成时间"] for r in rows] == ["2021年12月", "2021年10月"]
    assert rows[0].cells["履行程序要求"] == "2021年3月至5月完成公开征求意见；6月至8月完成合法性审查。"
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows] == [[(2021, 12, "by")], [(2021, 10, "by")]]


def test_category_rows_spanning_a_table_one_cell_a_line_with_rows_of_none():
    """序号 | … | 是否需履行…程序 | one name a line, then 一、… | over a line of bars (the cells it spans), rows numbered
    from 1 under each category, and a category listing only 无 (1 | 无 | ||||): a yes / no column (是否…) is a column of
    the header, the numbering starts again under each category row, and a row saying there is no item is no row."""
    text = (
        "2021年重大行政决策目录清单\n"
        "序号 |\n重大行政决策事项名称 |\n承办部门 |\n计划完成时间 |\n是否需履行公众参与、风险评估等决策程序 |\n"
        "一、全市自然资源管理方面的重要规划，包括国土空间和土地、矿产等方面的发展规划 |\n|||||\n"
        "1 |\n某市国土空间总体规划 |\n规划科 |\n2021.12 |\n是 |\n"
        "二、涉及自然资源开发利用保护的专项行动 |\n|||||\n1 |\n无 |\n||||\n"
        "三、涉及自然资源领域改革的方案 |\n|||||\n1 |\n某局机构改革 |\n人事科 |\n2021.6 |\n否 |\n"
        "四、市本级实施的重大工程和建设项目 |\n|||||\n1 |\n无 |\n||||\n"
    )
    rows = _rows(text)
    # the rows of 无 are lines of the table still: the category above the last of them is no heading of the tree
    assert not [n for n in parse(text).iter_sections() if n.kind != "task_row" and n.text.startswith("四、")]
    assert [r.cells["重大行政决策事项名称"] for r in rows] == ["某市国土空间总体规划", "某局机构改革"]
    assert [_names(r.responsibility.lead) for r in rows] == [["规划科"], ["人事科"]]
    assert [[(d.year, d.month) for d in r.deadlines] for r in rows] == [[(2021, 12)], [(2021, 6)]]
    assert column_role("是否需履行公众参与、风险评估等决策程序") == "other" and column_role("是否达序") == "other"
    assert column_role("是否") is None and column_role("是否完成。") is None


def test_a_task_record_printed_with_each_name_and_its_cell_on_one_line():
    """重点工作: | … | / 牵头单位: | … | / 年度阶段性工作目标: | … |: a table of one row a page prints with each column name
    closed by a colon and its cell beside it on one line is one task row spanning those lines; a 信息公开 field table
    (索引号: | … |, no task column first) or a task and unit with no third name is none."""
    text = (
        "重点工作： | 12.推进老旧小区改造，完善社区养老设施。 |\n"
        "牵头单位： | 市住房城乡建设局 |\n"
        "年度阶段性工作目标： | 第一季度：制定工作方案。第四季度：完成年度任务。 |\n"
        "进展情况： |\n已完成。 |\n"
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0].cells["重点工作"] == "12.推进老旧小区改造，完善社区养老设施。"
    assert rows[0].text.startswith("重点工作： | 12.") and rows[0].text.endswith("第四季度：完成年度任务。 |")
    assert _names(rows[0].responsibility.lead) == ["市住房城乡建设局"] and rows[0].responsibility.mode == "lead_support"
    assert _tables("索引号： | 001/2024-01 |\n发布机构： | 县政府办公室 |\n名称： | 关于印发方案的通知 |\n") == []
    assert _tables("重点工作： | 推进老旧小区改造。 |\n牵头单位： | 市住房城乡建设局 |\n") == []


def test_a_street_office_s_functional_office_is_a_unit_column():
    """承办职能办 (the 职能办 of a street office carrying the item) names a responsibility column: a decision catalogue
    headed 序号 | 决策事项名称 | 主要内容 | 决策主体 | 承办职能办 | … | 计划完成时间 is a task table, its office listed."""
    assert column_role("承办职能办") == "responsible" and column_role("牵头职能办") == "lead"
    assert column_role("职能办") is None  # half of a name printed on two lines
    text = (
        "序号 | 决策事项名称 | 主要内容 | 决策主体 | 承办职能办 | 计划完成时间 |\n"
        "1 | 某路改造提升工程 | 实施道路改造。 | 某街道办事处 | 某街道建设管理办公室 | 2025年12月 |\n"
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0].responsibility.mode == "listed"
    assert [u.name for u in rows[0].responsibility.lead] == ["某街道建设管理办公室"]


def test_a_task_cell_merged_over_numbered_rows_printed_on_the_first_only():
    """序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 with 工作任务 merged over rows 1-2: row 2 prints its 序号, its
    细化分工, its unit and its time only (2 | … | 某处 | 长期推进 |), and a line of one bar (the empty 备注) follows each
    row. The cells row 2 lacks are the merged ones after its number, so its unit and time stand in their columns."""
    text = (
        "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
        "1 | 做好某类信息发布 | 围绕某事项及时发布权威信息 | 甲处、乙处 | 长期推进 |\n|\n"
        "2 | 扎实做好某项信息公开工作 | 丙处 | 2021年8月前 |\n|\n"
        "3 | 推进某类报表公开 | 丁处（某某办） | 2021年2月公布预算信息，2021年8月公布决算信息 |\n|\n"
    )
    rows = _rows(text)
    assert len(rows) == 3
    assert rows[1].cells["责任处室"] == "丙处" and rows[1].cells["完成时限"] == "2021年8月前"
    assert _names(rows[1].responsibility.lead) == ["丙处"]
    assert [(d.year, d.month, d.kind) for d in rows[1].deadlines] == [(2021, 8, "by")]
    assert rows[2].cells["细化分工"] == "推进某类报表公开" and rows[2].cells["责任处室"] == "丁处（某某办）"


def test_a_month_a_time_cell_says_the_work_is_delivered_in_is_its_limit():
    """2021年2月公布预算信息，2021年8月公布决算信息 in a 完成时限 cell: the months the information is delivered (公布) in are
    limits (by), as 2021年8月前 is; a month of record (2021年2月公布的办法) stays as the deadline grammar reads it."""
    text = (
        "序号 | 工作任务 | 责任处室 | 完成时限 |\n"
        "1 | 推进某类报表公开 | 甲处 | 2021年2月公布预算信息，2021年8月公布决算信息 |\n"
        "2 | 落实某项办法 | 乙处 | 2021年2月公布的办法 |\n"
    )
    rows = _rows(text)
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2021, 2, "by"), (2021, 8, "by")]
    assert all(d.kind != "by" for d in rows[1].deadlines)


def test_a_unit_cell_naming_units_on_both_sides_of_hui_gives_lead_and_support():
    """宣传处会办公室 (会 / 会同: 会办, 会同办理) in a 责任处室 cell: 宣传处 carries the task, 办公室 joins it (lead_support);
    a 会 that belongs to a name (某市委员会, 某协会) parts nothing."""
    head = "序号 | 工作任务 | 责任处室 | 完成时限 |\n"
    rows = _rows(head + "1 | 提高某类信息发布水平 | 宣传处会办公室 | 长期推进 |\n"
                 "2 | 推进某项工作 | 省发展改革委会同省财政厅 | 长期推进 |\n"
                 "3 | 开展某项活动 | 市科学技术协会 | 长期推进 |\n")
    assert _names(rows[0].responsibility.lead) == ["宣传处"] and _names(rows[0].responsibility.support) == ["办公室"]
    assert rows[0].responsibility.mode == "lead_support"
    assert _names(rows[1].responsibility.lead) == ["省发展改革委"] and _names(rows[1].responsibility.support) == ["省财政厅"]
    assert rows[2].responsibility.mode == "listed" and len(rows[2].responsibility.lead) == 1


def test_a_unit_s_other_name_in_brackets_stays_part_of_it():
    """未来科技城（海创园）, 规划信息处（爱卫办）: a bracket after a unit's name that ends as a unit's name does and holds no
    role word is the body's other name, no duty or note: the unit keeps it; （配合） / （按职责分工负责） still go."""
    text = (
        "序号 | 重点工作任务 | 牵头单位 | 配合单位 |\n"
        "1 | 推进某科创走廊建设。 | 某科技城（某创园） | 区财政局（按职责分工负责） |\n"
    )
    resp = _rows(text)[0].responsibility
    assert [u.name for u in resp.lead] == ["某科技城（某创园）"] and [u.name for u in resp.support] == ["区财政局"]


def test_the_governments_of_a_list_of_tiers_are_one_collective():
    """市商务局,各区、县(市)政府(管委会): the 、 inside 各区、县（市）政府（管委会） parts tiers, not units — one collective
    beside the units listed before it."""
    text = (
        "序号 | 重点工作任务 | 责任单位 |\n"
        "1 | 全面推进开发区整合提升。 | 市发改委、市商务局,各区、县(市)政府(管委会) |\n"
    )
    lead = _rows(text)[0].responsibility.lead
    assert [u.name for u in lead][-1] in ("各区、县（市）政府（管委会）", "各区、县(市)政府(管委会)")
    assert len(lead) == 3


def test_a_last_row_cut_by_the_page_borrows_no_unit_from_the_row_above():
    """A table one cell a line whose text stops inside row 3's task cell (12 / | / 加快实施, the corpus's cut): the
    unit cell it lacks was lost, not merged over it from row 2, so the row names no unit; a row short of its unit
    cell that closes its sentence (a merged unit above) still takes the unit above."""
    head = "序号\n|\n重点工作任务\n|\n责任单位\n|\n"
    rows = "1\n|\n推进某项建设。\n|\n市发改委\n|\n2\n|\n鼓励某类企业发展。\n|\n市财政局\n|\n3\n|\n加快实施"
    got = _rows(head + rows)
    assert len(got) == 3 and got[2].cells["责任单位"] == "" and got[2].responsibility is None
    assert _names(got[1].responsibility.lead) == ["市财政局"]


def test_a_line_whose_first_character_opens_no_column_name_starts_no_table_on_any_path():
    """_may_open_header (grammar.may_open_column_name, or a short first name no rule knows over a known one), the
    gate before _table_at's header searches, refuses only lines none of them would take: column_role of the line,
    of the line wrapped onto any next one, and of the names run together from its start are all None (column_role's
    first-character test), so the header searches find nothing there."""
    from policyparse.grammar import column_role
    from policyparse.segment.tasktables import (
        _cell_per_line_header, _may_open_header, _numbered_header, _record_down_the_side, _run_together_header,
    )

    after = ["牵头单位", "单位", "事项名称", "序号", "1", "内容"]
    lines = ["（一）加强组织领导。", "1.完善机制", "加强统筹", "\x1c序号", " \u3000序号", "\u3000\x1c加强", "“重点任务”",
             "是否完成", "序号", "重点任务", "牵头单位", "\u3000重点任务", "项目 / 内容", "实事内容工作任务责任单位进展情况",
             "要求", "，单位", "|序号"]
    texts = [""]
    for s in lines:
        texts = [s, *after]
        if _may_open_header(texts, 0):
            continue
        assert column_role(s) is None and _run_together_header(s) is None, s
        for nxt in after:
            assert column_role(s.strip() + nxt) is None, (s, nxt)
        assert _cell_per_line_header(texts, 0) is None and _numbered_header(texts, 0, [False] * len(texts)) is None
        assert _record_down_the_side(texts, 0) is None
    refused = [s for s in lines if not _may_open_header([s, *after], 0)]
    # 加强统筹 and 加强 (blanks stripped) over 牵头单位 may be a number column's name (任务项 over 重点工作内容): let through
    assert refused == ["（一）加强组织领导。", "1.完善机制", "“重点任务”", "，单位", "|序号"]


def test_a_page_parting_cells_by_blank_lines_prints_a_cell_over_lines_with_none_between():
    """A page that sets every cell apart by a blank line prints a header name over two lines with no blank between
    (牵头 / 责任单位, 3季度 / 目标任务) and a cell of numbered items over two (1.… / 2.…): each run is one cell, so the
    column is 牵头责任单位 (lead) and the second item makes no row of its own."""
    text = (
        "某区重点工作任务进展情况\n\n序号\n\n重点工作\n\n牵头\n责任单位\n\n3季度\n目标任务\n\n进展情况\n\n"
        "1\n\n推进某产业园建设\n\n某某镇\n\n1.完成某项目招标。\n2.开工建设\n\n已开工\n\n"
        "2\n\n办好某文化节\n\n某山镇\n\n举办某活动\n\n已举办\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2"]
    assert "牵头责任单位" in rows[0].cells and rows[0].cells["3季度目标任务"].startswith("1.完成某项目招标。2.开工")
    assert _names(rows[0].responsibility.lead) == ["某某镇"] and rows[0].responsibility.mode == "lead_support"


def test_lines_of_a_page_not_parting_its_lines_by_blanks_are_not_joined_into_cells():
    """The same table printed with no blank line anywhere: nothing tells a cell's second line from the next cell,
    so no two lines are read as one (the header pieces are read by the rules that know names)."""
    text = "序号\n重点工作\n牵头单位\n进展情况\n1\n推进某产业园建设\n某某镇\n已开工\n2\n办好某文化节\n某山镇\n已举办\n"
    rows = _rows(text)
    assert [r.cells["牵头单位"] for r in rows] == ["某某镇", "某山镇"]


def test_a_first_column_no_rule_names_over_the_row_number_one_is_the_number_column():
    """任务项 / 重点工作内容 / 牵头责任单位 / … / 1: the first column's name is none the rules know, its first cell the
    number 1: it holds the row numbers, so the rows are read from number to number."""
    text = (
        "任务项\n\n重点工作内容\n\n牵头责任单位\n\n四季度任务分解\n\n完成状况\n\n"
        "1\n\n开展市容秩序专项整治行动。\n\n区城管大队\n\n启动专项整治。\n\n已完成\n\n"
        "2\n\n深入推进生活垃圾分类工作。\n\n区环卫所\n\n开展督查考核1次。\n\n已完成\n"
    )
    rows = _rows(text)
    assert [r.cells["任务项"] for r in rows] == ["1", "2"]
    assert [_names(r.responsibility.lead) for r in rows] == [["区城管大队"], ["区环卫所"]]
    # a short unknown first line over names, with rows numbered from 5: no number column is taken on trust
    assert not _tables(text.replace("1\n\n开展", "5\n\n开展").replace("2\n\n深入", "6\n\n深入"))


def test_two_column_names_joined_by_ji_take_the_first_name_s_role():
    """重点工作及责任分解内容: a header cell naming the work and its breakdown holds the task; prose that opens the same
    way (重点工作及时推进) names no column."""
    assert column_role("重点工作及责任分解内容") == "task"
    assert column_role("重点工作及时推进") is None


def test_a_column_named_two_ways_joined_by_huo_leads():
    """责任单位或牵头单位: one column's two names joined by 或; one of them leads, so the units it names lead. Two names
    joined by 及 still take the first's role, and prose (责任单位或其他) names no column."""
    assert column_role("责任单位或牵头单位") == "lead"
    assert column_role("牵头单位或责任单位") == "lead"
    assert column_role("责任单位或其他") is None
    assert column_role("重点工作及责任分解内容") == "task"


def test_a_bar_row_broken_over_lines_under_a_merged_group():
    """Rows a line each, cells parted by bars: row 1 prints its group (城乡绿化, under a column named 任务内容) and its
    support cell one unit a line,
    so its line stops without a closing bar; row 2 lacks the merged group cell; row 3 closes the text, cut after its
    lead cell (a lone bar under it): its support and time are lost, not merged from the row above."""
    text = (
        "某县创建园林县城任务分解\n"
        "任务 内容 | 标准要求 | 工作内容 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n"
        "城 乡 绿 化 | 1、道路绿化普及率达到95%。 | 新建道路同步建设绿化带。 | 县住建局 | 县交通局\n"
        "县城管局 | 2012年6月30日前 |\n"
        "2、建成区绿地率达到31%。 | 实施公园绿地建设。 | 县住建局 县林业局 | 有关乡镇 | 2012年10月底前 |\n"
        "3、河道绿化达标。 | 整治河道两岸。 | 县水务局\n"
        "|"
    )
    rows = _rows(text)
    assert len(rows) == 3
    assert [_names(r.responsibility.lead) for r in rows] == [["县住房城乡建设局"], ["县住房城乡建设局", "县林业局"], ["县水务局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["县交通运输局", "县城管局"], ["有关乡镇"], []]
    assert [[(d.year, d.month) for d in r.deadlines] for r in rows] == [[(2012, 6)], [(2012, 10)], []]
    assert [r.cells["标准要求"][:2] for r in rows] == ["1、", "2、", "3、"]  # each numbered cell under its column
    assert rows[2].cells["协助单位"] == "" and rows[2].cells["完成期限"] == ""


def test_a_blank_inside_a_bar_cell_stays_inside_it():
    """A table whose borders are bars, its blanks made tabs by the cell-border repair: 县住建局 县林业局 between two
    bars is one cell (two units), not two cells shifting the rest of the row."""
    text = (
        "重点任务分工表\n"
        "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "1 | 推进老旧小区改造。 | 县住建局 | 县财政局 | 2024年12月底前 |\n"
        "2 | 建设城市公园。 | 县住建局 县林业局 | 有关乡镇 | 2024年6月底前 |\n"
    )
    rows = _rows(text)
    assert [_names(r.responsibility.lead) for r in rows] == [["县住房城乡建设局"], ["县住房城乡建设局", "县林业局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["县财政局"], ["有关乡镇"]]
    assert [[(d.year, d.month) for d in r.deadlines] for r in rows] == [[(2024, 12)], [(2024, 6)]]


def test_html_table_that_is_the_whole_page_keeps_its_merged_cells():
    """A page holding little but its table, so that the table's body is the article: a lead cell merged over two rows
    (rowspan) still leaves its place empty in the second row, and its units lead both."""
    page = (
        "<html><body><p>分工表</p><table>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
        '<tr><td>1</td><td>推进老旧小区改造。</td><td rowspan="2">县住建局</td><td>县财政局</td><td>2024年12月底前</td></tr>'
        "<tr><td>2</td><td>建设城市公园。</td><td>县林业局</td><td>2024年6月底前</td></tr>"
        "</table></body></html>"
    )
    doc = parse(page.encode("utf-8"))
    assert "2\t建设城市公园。\t\t县林业局\t2024年6月底前" in doc.text
    rows = [n for n in doc.iter_sections() if n.kind == "task_row"]
    assert [_names(r.responsibility.lead) for r in rows] == [["县住房城乡建设局"], ["县住房城乡建设局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["县财政局"], ["县林业局"]]


def test_a_bar_tables_category_row_and_merged_lead_cell():
    """A bar table, its blanks made tabs by repair: 一、城乡建设 | alone on its row names the category of the rows under
    it (the table goes on), and nothing between two bars (2 | … | | 县林业局 |) is the lead cell merged from the row
    above, so the support and time cells keep their columns."""
    text = (
        "重点工作责任清单\n"
        "序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "一、城乡建设 |\n"
        "1 | 推进老旧小区改造。 | 县住建局 | 县财政局 | 2024年12月底前 |\n"
        "2 | 建设城市公园。 | | 县林业局 | 2024年6月底前 |\n"
    )
    rows = _rows(text)
    assert [r.cells["类别"] for r in rows] == ["一、城乡建设", "一、城乡建设"]
    assert [_names(r.responsibility.lead) for r in rows] == [["县住房城乡建设局"], ["县住房城乡建设局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["县财政局"], ["县林业局"]]
    assert [[(d.year, d.month) for d in r.deadlines] for r in rows] == [[(2024, 12)], [(2024, 6)]]


def _cell_lines(*cells: str) -> str:
    """A table printed one cell a line, each closed by ' |' (an empty cell a lone bar)."""
    return "".join(f"{c} |\n" if c else "|\n" for c in cells)


_TARGET_HEAD = ("序号", "类别", "项目名称", "目标任务", "牵头单位", "目标值", "累计完成", "备注")


def test_rows_under_a_numbered_row_s_merged_cells_print_its_target_cells():
    """1 | 一、教育 | 新建学校 | 新建小学2座 | 县教育局 | 2 | 1 | then 新增学位800个 | 800 | 500 |: a further target of
    item 1 printed as a row of its own, its 序号, 类别, 项目名称 and unit merged from the item; its cells match the
    item's kind by kind (words, figures). It is a task row with the item's lead. Item 1's figure 2 (目标值) is no row
    number, a figure following it; item 2, under the merged category, prints its unit a column left: it lacks the
    category's cell, not the unit's, so its figures keep their columns."""
    text = _cell_lines(
        *_TARGET_HEAD,
        "1", "一、教育", "新建学校", "新建小学2座", "县教育局", "2", "1", "",
        "新增学位800个", "800", "500", "",
        "2", "改造校舍", "改造校舍10栋", "县住建局", "10", "8", "",
    )
    rows = _rows(text)
    assert [r.cells["目标任务"] for r in rows] == ["新建小学2座", "新增学位800个", ""]
    assert [_names(r.responsibility.lead) for r in rows] == [["县教育局"], ["县教育局"], ["县住房城乡建设局"]]
    assert rows[1].cells["目标值"] == "800" and rows[2].cells["目标值"] == "10" and rows[2].cells["累计完成"] == "8"
    # item 1 alone over item 2: its figure 2 still no row number
    plain = text.replace("新增学位800个 |\n800 |\n500 |\n|\n", "")
    assert [_names(r.responsibility.lead) for r in _rows(plain)] == [["县教育局"], ["县住房城乡建设局"]]
    # lines one by one after the last row (附件1： / 附件2：) are no rows under it, though each would fill its task cell
    catalogue = _cell_lines("序号", "承办单位", "决策事项", "1", "县发改局", "编制某专项规划", "2", "县财政局", "安排某项资金")
    assert len(_rows(catalogue)) == 2 and len(_rows(catalogue + "附件1：\n附件2：\n")) == 2
    # …nor two (说明 / 某表, no figure, short of the row's cells): the lines past the row read as no rows at all
    noted = text.replace("2 |\n改造校舍", "说明\n某表\n2 |\n改造校舍")
    assert [r.cells["目标任务"] for r in _rows(noted)] == ["新建小学2座", ""]
    # lines with no figure past a row are no rows under it (a title and its date after the table)
    assert len(_rows(text.replace("800 |\n500 |", "县教育局 |\n已完成 |"))) == 2


def test_a_numbered_row_with_many_rows_under_its_merged_cells_runs_to_the_next_number():
    """Item 1's rows under its merged cells take more lines than three times its cells (五 targets, four lines each):
    the item runs to the next number in sequence, every line between a short cell, and item 2 is read after it."""
    subs = [c for x in range(5) for c in (f"新增学位{x + 1}00个", f"{x + 1}00", "50", "")]
    text = _cell_lines(
        *_TARGET_HEAD,
        "1", "一、教育", "新建学校", "新建小学2座", "县教育局", "2", "1", "", *subs,
        "2", "改造校舍", "改造校舍10栋", "县住建局", "10", "8", "",
    )
    rows = _rows(text)
    assert len(rows) == 7 and rows[5].cells["目标任务"] == "新增学位500个"
    assert _names(rows[5].responsibility.lead) == ["县教育局"] and _names(rows[6].responsibility.lead) == ["县住房城乡建设局"]


def test_the_cell_before_the_unit_s_split_in_two_is_joined():
    """4 | 加强低保，规范标准 | 最低生活保障 | 农村标准 | 县民政局 | 35611: the 目标任务 cell printed as a heading and a
    measure side by side puts the unit a column right; the two short pieces before it are one cell."""
    text = _cell_lines("序号", "项目名称", "目标任务", "牵头单位", "累计完成", "1", "加强低保，规范标准", "最低生活保障", "农村标准", "县民政局", "35611")
    rows = _rows(text)
    assert len(rows) == 1 and rows[0].cells["目标任务"] == "最低生活保障农村标准"
    assert _names(rows[0].responsibility.lead) == ["县民政局"] and rows[0].cells["累计完成"] == "35611"


# A law site's copy of a Word table drawn with box characters (made up, in the form of tt_103): a header name wrapped
# over two lines, cell text wrapped inside its box, a person and a time merged over every row, a lead cell merged
# over the first two rows, and a second lead cell whose box opens inside the second row's task cell.
_BOX_GRID = (
    "┌──────────┬──┬──────┬────┐\n"
    "│ 工 作 任 务 │分管│牵头单位│完成时限│\n"
    "│ │领导│ │ │\n"
    "├──────────┼──┼──────┼────┤\n"
    "│推进老旧小区改造 │张三│市住建局、市│年底前│\n"
    "├──────────┤ │财政局 │ │\n"
    "│△完成改造50个小区│ │ │ │\n"
    "│△加装电梯20部 │ ├──────┤ │\n"
    "│△改造雨污管网 │ │市水务局 │ │\n"
    "├──────────┤ │ │ │\n"
    "│建设口袋公园10个 │ │ │ │\n"
    "└──────────┴──┴──────┴────┘\n"
)


def test_repair_reads_a_box_drawn_task_grid_as_rows_of_cells():
    """The grid's header one line (a name wrapped over two lines joined), then one line for each cell of the task
    column, its wrapped text whole; a cell merged over several rows is written in each, and a row whose task cell
    stands beside two lead cells takes both."""
    from policyparse.repair.cells import keep_cell_borders
    from policyparse.repair.log import StepLog

    out = keep_cell_borders(_BOX_GRID, StepLog("cell_borders")).split("\n")
    assert out[:4] == [
        "工作任务\t分管领导\t牵头单位\t完成时限",
        "推进老旧小区改造\t张三\t市住建局、市财政局\t年底前",
        "△完成改造50个小区△加装电梯20部△改造雨污管网\t张三\t市住建局、市财政局；市水务局\t年底前",
        "建设口袋公园10个\t张三\t市水务局\t年底前",
    ]
    rows = _rows(_BOX_GRID)
    assert [r.title[:6] for r in rows] == ["推进老旧小区", "△完成改造5", "建设口袋公园"]
    assert [u.name for u in rows[0].responsibility.lead] == ["市住建局", "市财政局"]
    assert [u.name for u in rows[2].responsibility.lead] == ["市水务局"]


def test_a_box_drawn_grid_that_is_no_task_table_stays_drawn_line_by_line():
    """A grid of figures (no task column) is left as drawn, and its lines, as wide as a page's wrapped prose and some
    stopping at a comma, are never joined as wrapped lines."""
    from policyparse.repair import repair_text

    grid = (
        "┌─────────────────────┬───┬────────┬────┐\n"
        "│ 指 标 名 称 │计量│目标值说明│年度│\n"
        "│ │ 单位 │ │ │\n"
        "├─────────────────────┼───┼────────┼────┤\n"
        "│地区生产总值增长速度，按可比价格计算的增长│%│全年增长百分之│2023│\n"
        "├─────────────────────┤ │六左右，力争更│ │\n"
        "│规模以上工业增加值增长速度，按可比价格计算│ │好结果，各县区│ │\n"
        "│的增长，含新投产企业的新增产值及其增长部分│ │同步考核，分季│ │\n"
        "│固定资产投资增长速度，含民间投资及其增长部│ │度通报，年底汇│ │\n"
        "│分，按统计部门核定数据计算的年度增长百分比│ ├────────┤ │\n"
        "│社会消费品零售总额增长速度，按现价计算增长│ │全年增长百分之│ │\n"
        "│一般公共预算收入增长速度，按同口径计算增长│ │七左右，各县区│ │\n"
        "└─────────────────────┴───┴────────┴────┘\n"
    )
    text, _ = repair_text(grid)
    assert [ln[:1] for ln in text.split("\n")] == [ln[:1] for ln in grid.split("\n")]
    assert "\t" not in text and _rows(grid) == []


def test_tab_row_whose_unit_cell_goes_on_on_the_next_line_with_the_rest_of_the_row():
    """县财政局 / 县发改委<TAB>2024年12月底前: the page printed the 配合单位 cell over two lines, the second holding the rest
    of the row: one row, both units its support, the time its deadline — not a row under merged cells of its own."""
    text = (
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进老旧小区改造\t县住建局\t县财政局\n县发改委\t2024年12月底前\n"
        "2\t建设口袋公园\t县城管局\t县自然资源局\t长期\n"
    )
    rows = _rows(text)
    assert [r.title for r in rows] == ["推进老旧小区改造", "建设口袋公园"]
    assert [u.name for u in rows[0].responsibility.support] == ["县财政局", "县发改委"]
    assert [(d.year, d.month) for d in rows[0].deadlines] == [(2024, 12)]
    # a line of two cells under a whole row stays a row of its own (under the row's merged cells), as before
    merged = (
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t推进老旧小区改造\t县住建局\t2024年12月底前\n"
        "完成雨污分流改造\t县水利局\n"
        "2\t建设口袋公园\t县城管局\t长期\n"
    )
    assert len(_rows(merged)) == 3


def test_tab_row_whose_task_cell_the_page_broke_goes_on_under_the_header_repeated():
    """2 | 实施老旧小区改造项目12个，惠及居民 / — 3 — / the header again / 2000户。 | 县住建局 | 县财政局 | 2024年12月底前: a row
    the page broke inside its task cell goes on at the top of the next page; one row, its task whole, its unit and time its
    own — not a short row taking the row above's units and a row of its own. A line opening with a number stays a row."""
    text = (
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进高标准农田建设，新建高标准农田2万亩。\t县农业农村局\t县财政局\t2024年10月底前\n"
        "2\t实施老旧小区改造项目12个，惠及居民\n— 3 —\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "2000户。\t县住建局\t县财政局\t2024年12月底前\n"
        "3\t新增城镇就业3000人。\t县人社局\t县财政局\t长期\n"
    )
    rows = _rows(text)
    assert len(rows) == 3
    assert rows[1].cells["重点任务"] == "实施老旧小区改造项目12个，惠及居民2000户。"
    assert _names(rows[1].responsibility.lead) == ["县住房城乡建设局"]
    assert [(d.year, d.month) for d in rows[1].deadlines] == [(2024, 12)]
    # a task that ended its sentence: the next line is a row under the merged cells, as before
    ended = text.replace("惠及居民\n", "惠及居民2000户。\n").replace("2000户。\t县住建局", "完成雨污分流改造\t县住建局")
    assert len(_rows(ended)) == 4


def test_tab_row_whose_unit_list_the_page_broke_after_a_comma_goes_on_under_the_header_repeated():
    """… | 县住建局 | 县财政局、县发展改革委、县自然资源局、 / — 3 — / the header again / 县城管局 | 2024年12月底前: the 配合单位 list
    the page broke after its 、 goes on at the top of the next page: one list (no doubled 、), each unit found where it is
    printed — not a piece of a name found in the row above."""
    text = (
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进高标准农田建设。\t县农业农村局\t县财政局、县自然资源局\t2024年10月底前\n"
        "2\t实施老旧小区改造项目12个。\t县住建局\t县财政局、县发展改革委、县自然资源局、\n— 3 —\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n县城管局\t2024年12月底前\n"
        "3\t新增城镇就业3000人。\t县人社局\t县财政局\t长期\n"
    )
    doc = parse(text)
    rows = [n for n in doc.iter_sections() if n.kind == "task_row"]
    assert rows[1].cells["配合单位"] == "县财政局、县发展改革委、县自然资源局、县城管局"
    support = rows[1].responsibility.support
    assert [u.name for u in support] == ["县财政局", "县发展改革委", "县自然资源局", "县城管局"]
    assert all(doc.text[u.span[0] : u.span[1]] == u.name for u in support)
    assert all(u.span[0] > rows[0].span[1] for u in support)
    assert [(d.year, d.month) for d in rows[1].deadlines] == [(2024, 12)]


def test_numbered_row_under_a_category_merged_over_it_from_the_first_column():
    """类别 | 序号 | 工作任务 | …, 城市建设 merged over rows 1 and 2 and the time over all three (HTML rowspans: row 2 prints
    2 | 建设口袋公园 | 县城管局, the place the category covers lost at the line's edge): the cells before 序号 are the covered
    ones, so the row keeps its columns, its category and time from above."""
    html = (
        "<html><body><table><tr><td>类别</td><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>"
        "<tr><td rowspan=2>城市建设</td><td>1</td><td>推进老旧小区改造</td><td>县住建局</td><td rowspan=3>2024年底前</td></tr>"
        "<tr><td>2</td><td>建设口袋公园</td><td>县城管局</td></tr>"
        "<tr><td>安全生产</td><td>3</td><td>开展安全检查</td><td>县应急局</td></tr></table></body></html>"
    )
    rows = _rows(html)
    assert [r.cells["类别"] for r in rows] == ["城市建设", "城市建设", "安全生产"]
    assert [r.title for r in rows] == ["推进老旧小区改造", "建设口袋公园", "开展安全检查"]
    assert [u.name for u in rows[1].responsibility.lead] == ["县城管局"]
    assert [r.cells["完成时限"] for r in rows] == ["2024年底前"] * 3


def test_bar_rows_numbered_in_brackets_with_a_heading_row_and_units_parted_by_blanks():
    """(1) … (7) under 序号 | 目标与任务 | 牵头责任单位 | 责任单位 |: a line numbered 1 among them, naming nothing after its
    task (1 | 大力提振消费。 | ||), heads the rows below (no row); a collective glued to the unit before it once the blank
    between them is dropped (市财政局 各县市区政府) is a unit of its own; the last row, cut by the page inside its lead
    cell before its closing bar, is still a row."""
    text = (
        "关于2025年重点工作及责任分解的通知\n序号 | 目标与任务 | 牵头责任单位 | 责任单位 |\n一、主要预期目标 | |||\n"
        "(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府、 开发区管委会 |\n"
        "(2) | 固定资产投资增长6%左右。 | 市发展改革委 | 各县市区政府、 开发区管委会 |\n"
        "(3) | 规上工业增加值增长9%以上。 | 市工业和信息化局 | 各县市区政府、 开发区管委会 |\n"
        "(4) | 社会消费品零售总额增长5%左右。 | 市商务局 | 各县市区政府、 开发区管委会 |\n"
        "(5) | 一般公共预算收入增长3%左右。 | 市财政局 | 市政府各直属单位 |\n"
        "二、重点工作 | |||\n1 | 大力提振消费。 | ||\n"
        "(6) | 统筹衔接消费券发放与消费品以旧换新行动。 | 市商务局 | 市财政局 市工业和信息化局 各县市区政府、 开发区管委会 |\n"
        "(7) | 积极发展数字消费、绿色消费、健康消费，推动高校、科研机构等拓展服务范围。 | 市发"
    )
    rows = _rows(text)
    assert [r.text[:3] for r in rows] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
    assert [u.name for u in rows[5].responsibility.support] == ["市财政局", "市工业和信息化局", "各县市区政府", "开发区管委会"]
    assert [u.name for u in rows[4].responsibility.support] == ["市政府各直属单位"]  # the body's own units: one collective


def test_a_time_cell_of_a_named_year_whole_or_of_months_in_one_year_is_that_year():
    """2024年内 / 2024年全年 run through the year the cell names; 2024年6月—12月 (the second year left out) is a
    span of months within one year, as 2024.06-2024.12 is: `period` of that year."""
    text = (
        "序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t推进改革\t区发改局\t2024年内\n2\t开展整治\t区应急局\t2024年全年\n"
        "3\t建设平台\t区数据局\t2024年6月—12月\n4\t更新台账\t区数据局\t2024.3-10\n"
    )
    rows = _rows(text)
    got = [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows]
    assert got == [[(2024, None, "period")]] * 4


def test_blank_parted_rows_with_letter_spaced_leaders_starred_numbers_and_cells_one_a_line():
    """A progress table copied with single blanks between cells (序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况):
    a leader's two-character name letter-spaced (路 军) is one cell, not two; a key task marked ★ before its number
    (★3) is still row 3; a row whose merged cells (two leaders, two lead units, a note for each) made the page
    print every cell on a line of its own, more lines than columns, reads its lines of one kind in a run as one
    cell, so that both units lead."""
    text = (
        "某县2021年度政府重点工作任务第一季度完成情况汇总表\n"
        "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n"
        "1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中\n"
        "2 社会消费品零售总额增长11%。 屈 磊 商务局 截至2月份,限额以上零售额同比增长40.4%。\n"
        "★3 融入长三角产业分工协作,积极开展结对共建。 路 军 发展改革委 摸排上报合作事项3件。\n"
        "4\n单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内。\n路 军\n屈 磊\n发展改革委\n生态环境分局\n"
        "发展改革委:单位生产总值能耗控制在目标以内。\n生态环境分局:主要污染物排放控制在目标以内。\n"
        "5 做大做强机械制造产业。 屈 磊 招商服务中心 已签约落户项目9个。\n"
    )
    rows = _rows(text)
    assert [r.cells["序号"] for r in rows] == ["1", "2", "★3", "4", "5"]
    assert [_names(r.responsibility.lead) for r in rows] == [
        ["发展改革委"], ["商务局"], ["发展改革委"], ["发展改革委", "生态环境分局"], ["招商服务中心"]
    ]
    assert rows[0].cells["牵头县领导"] == "路军" and rows[3].cells["牵头县领导"] == "路军、屈磊"
    assert rows[3].title == "单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内"
    assert rows[3].cells["一季度完成情况"].startswith("发展改革委：")


def test_one_character_cells_stay_apart_when_the_row_has_as_many_pieces_as_names():
    """配合单位 无 beside 备注 无: two one-character cells in a row whose pieces number the header's names are two
    cells (only a row with more pieces than names reads its run of single characters as one letter-spaced cell)."""
    text = "序号 重点任务 牵头单位 配合单位 备注\n1 推进改革。 区发改局 无 无\n2 开展整治。 区应急局 区公安局 无\n"
    rows = _rows(text)
    assert [(r.cells["配合单位"], r.cells["备注"]) for r in rows] == [("无", "无"), ("区公安局", "无")]


def test_blank_parted_rows_join_a_list_after_its_comma_and_a_task_cut_by_a_blank():
    """序号 工作任务 责任部门 备注 printed with single blanks: a blank after 、 goes on with the list (各区教育局、 市局直属单位
    is one cell), a task's text a blank cut mid-sentence (…完成某某 应对…任务。) is one cell, and a row with no number
    printing a task and a unit (its 序号 and 备注 merged from the row above) keeps the unit in the 责任部门 column."""
    text = (
        "某市教育系统2020年工作任务\n序号 工作任务 责任部门 备注\n"
        "1 健全本单位组织机构和工作网络，做到人员稳定。 基教科 各区教育局、 市局直属单位\n"
        "2 坚持将巩固工作列入本部门年度综合目标考核内容。 人秘科 各区教育局、 市局直属单位\n"
        "完成市创建办下达的阶段性目标任务。 各科室\n"
        "3 坚决贯彻落实疫情防控的有关安排部署，完成某某 应对疫情工作领导小组下达的各项工作任务。 体卫艺科 各区教育局、 市局直属单位\n"
    )
    rows = _rows(text)
    assert [_names(r.responsibility.lead) for r in rows] == [["基教科"], ["人秘科"], ["各科室"], ["体卫艺科"]]
    assert rows[0].cells["备注"] == "各区教育局、市局直属单位"
    assert rows[3].cells["工作任务"].endswith("下达的各项工作任务。")
    assert rows[2].responsibility.mode == "all"  # 各科室: every office of the body


def test_bar_rows_under_a_merged_group_cell_closed_by_an_empty_cell_and_a_row_cut_before_its_border():
    """工作任务 | 具体要求 | 责任部门 | with no 序号: the group cell (一、…) is printed on the first of its rows only, the rows
    under it print their two cells and an empty one after the last bar (3.… | 各科室 | |); the group goes back in
    front (empty), so the unit stands in its column. A last line with no border opening with the next task number
    (5.…) was a row the page cut."""
    text = (
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好财政信息公开。 | 1.积极推进本中心预算、决算公开。 | 财务科 |\n"
        "二、做好网站信息公开。 | 2.及时更新网站频道信息。 | 办公室 |\n"
        "3.及时反馈网民的意见。 | 各科室 | |\n"
        "4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n"
        "5.提前做好重大政策发布前和发布后的解读回应工作,注意收集"
    )
    rows = _rows(text)
    assert [r.cells["具体要求"][:2] for r in rows] == ["1.", "2.", "3.", "4.", "5."]
    assert [r.cells["责任部门"] for r in rows[2:4]] == ["各科室", "办公室牵头，各科室配合"]
    assert _names(rows[2].responsibility.lead) == ["各科室"] and rows[2].responsibility.mode == "all"
    assert _names(rows[3].responsibility.lead) == ["办公室"] and _names(rows[3].responsibility.support) == ["各科室"]


def test_cells_one_a_line_without_a_number_column_under_categories_and_merged_group_cells():
    """主要任务 | 重点工作和要求 | 责任单位 | 完成时限 | 完成进展 |, one cell a line closed by a bar, no 序号: a category row (一、…
    then a run of bars) spans the table; the group cell （一）… stands before the first row's numbered task and is merged
    over the next rows, which print an empty cell for it after their last; month-and-day limits take the title's year."""
    text = (
        "2021年某市安全生产工作任务清单\n主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n完成进展 |\n"
        "一、加强安排部署 |\n||||\n（一）制定工作任务清单。 |\n1.制定全市工作任务清单，分解落实到县区。 |\n市安委办 |\n1月20日前 |\n|\n"
        "2.制定行业领域工作任务清单，并报市安委办。 |\n市级各专委会办公室、市生态环境局 |\n2月10日前 |\n|\n|\n"
        "3.制定县区工作任务清单，并报市安委办。 |\n各县区安委会 |\n2月5日前 |\n|\n|\n"
    )
    rows = _rows(text)
    assert [r.cells["重点工作和要求"][:2] for r in rows] == ["1.", "2.", "3."]
    assert [r.cells["类别"] for r in rows] == ["一、加强安排部署"] * 3
    assert _names(rows[1].responsibility.lead) == ["市级各专委会办公室", "市生态环境局"]  # 委会 ends a name: no 会同
    assert [[(d.year, d.month, d.day) for d in r.deadlines] for r in rows] == [[(2021, 1, 20)], [(2021, 2, 10)], [(2021, 2, 5)]]


def test_a_docx_table_run_together_under_a_number_column_named_by_its_first_character():
    """A sharing site's extracted text of a DOCX 分解表 runs its cells together and names the narrow number column 序
    (序重点任务具体举措责任单位1开展…); a page mark of the site (2、) after a blank line breaks a row's cell: the header
    is cut out and read, the parts joined, and each numbered row keeps its units."""
    text = (
        "某市重点任务分解表.docx\n由会员分享，可在线阅读。\n\n"
        "1、某市重点任务分解表序重点任务具体举措责任单位1开展源头治理行动启动食用农产品三年行动，到2024年问题基本解决。"
        "市农业农村局、各乡镇（街道）2全面推行耕地分类管理，降低农产品污染风险。市农业农村局、市生态环境局、各乡镇（街道）"
        "3严禁使用国家明令禁止的农业投入品，农药施用强度(\n\n2、折百量)控制在0.16公斤/亩以内。市农业农村局、各乡镇（街道）"
        "4严格执行畜禽定点屠宰制度，尽快建成投"
    )
    rows = _rows(text)
    assert [r.cells["序"] for r in rows] == ["1", "2", "3", "4"]
    assert [_names(r.responsibility.lead) for r in rows[:3]] == [
        ["市农业农村局", "各乡镇（街道）"], ["市农业农村局", "市生态环境局", "各乡镇（街道）"], ["市农业农村局", "各乡镇（街道）"]
    ]
    assert "（折百量）控制在" in rows[2].text
    assert column_role("序") == "seq"


# A PDF's text layer read line by line (a flipbook page of a PDF attachment): the task and unit columns printed side by
# side on shared lines, an item's name (（一）强化 / 组织领导) and a group merged over rows (保障措施) on lines of their own.
SIDE_BY_SIDE = (
    "重 点 任 务 责 任 部 门\n"
    "建立由市政府分管领导牵头的工作协调机制，统\n"
    "筹推进全市养老服务体系建设，研究解决重大问题， 市民政局牵头，\n"
    "（一）强化\n"
    "定期调度各区工作进展，督促各项任务按期落地 市发展改革委、市财政局\n"
    "组织领导\n"
    "见效，确保年度目标任务全面完成。 按职责分工负责。\n"
    "保障措施\n"
    "各区要把养老服务纳入民生实事项目，加大财政\n"
    "市财政局牵头，\n"
    "投入，将养老服务所需经费列入年度预算，确保\n"
    "各区人民政府\n"
    "（二）加强 资金足额到位，并建立与经济社会发展水平相适\n"
    "负责落实。\n"
    "资金保障 应的动态增长机制。\n"
    "- 12 -\n"
)


def test_columns_printed_side_by_side_are_read_as_rows():
    rows = _rows(SIDE_BY_SIDE)
    assert [r.title[:10] for r in rows] == ["建立由市政府分管领导", "各区要把养老服务纳入"]
    assert rows[0].cells["类别"] == "（一）强化组织领导"
    assert rows[1].cells["类别"] == "保障措施 （二）加强资金保障"
    assert rows[0].cells["责任部门"] == "市民政局牵头，市发展改革委、市财政局按职责分工负责。"
    assert rows[0].cells["重点任务"].endswith("确保年度目标任务全面完成。")
    first, second = rows[0].responsibility, rows[1].responsibility
    assert first.mode == "lead_support" and _names(first.lead) == ["市民政局"] and len(first.support) == 2
    assert _names(second.lead) == ["市财政局"] and [u.name for u in second.support] == ["各区人民政府"]


def test_letter_spaced_header_without_columns_side_by_side_is_left_alone():
    # a letter-spaced title line over running text: no line holds two pieces, nothing is rebuilt
    text = "重 点 任 务 责 任 部 门\n各区要把养老服务纳入民生实事项目。\n市财政局负责落实。\n"
    assert _rows(text) == []
    assert "重 点 任 务" in parse(text).text or "重点任务" in parse(text).text


def test_unit_cell_written_as_a_note_closed_by_a_full_stop():
    text = "序号\t重点任务\t责任单位\t完成时限\n1\t推进老旧小区改造。\t区住建局牵头，区财政局配合。\t2024年底前\n"
    r = _rows(text)[0].responsibility
    assert r.mode == "lead_support" and _names(r.lead) == ["区住房城乡建设局"] and [u.name for u in r.support] == ["区财政局"]


def test_governments_of_tiers_each_named_with_its_government_are_one_collective():
    text = "序号\t重点任务\t责任单位\n1\t推进老旧小区改造。\t自治区住房城乡建设厅、各盟行政公署、市人民政府\n"
    r = _rows(text)[0].responsibility
    assert [u.name for u in r.lead] == ["自治区住房城乡建设厅", "各盟行政公署、市人民政府"]
    # a body's own departments after the 、 stay a unit of their own (各县人民政府、市政府各部门)
    text = "序号\t重点任务\t责任单位\n1\t推进老旧小区改造。\t各县人民政府、市政府各部门\n"
    assert "各县人民政府、市政府" not in [u.name for u in _rows(text)[0].responsibility.lead]


def test_an_html_task_table_in_a_crawlers_json_export_with_escaped_characters_gives_its_rows():
    """A crawled field as a JSON export keeps it with ensure_ascii ({"content": "<table>…\\u5e8f\\u53f7…"}): the page's
    table comes through as rows, a rowspan'd lead unit on each row it covers."""
    import json

    html = (
        "<p>关于印发重点工作任务分工的通知</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td>"
        "<td>完成时限</td></tr><tr><td>1</td><td>新建高标准农田2万亩。</td><td rowspan=\"2\">县农业农村局</td>"
        "<td>县财政局</td><td>2024年10月底前</td></tr><tr><td>2</td><td>实施高效节水灌溉项目。</td><td>县水利局</td>"
        "<td>2024年12月底前</td></tr></table>"
    )
    rows = _rows(json.dumps({"title": "重点工作任务分工", "content": html}))
    assert [_names(r.responsibility.lead) for r in rows] == [["县农业农村局"], ["县农业农村局"]]
    assert [_names(r.responsibility.support) for r in rows] == [["县财政局"], ["县水利局"]]
    assert [[(d.year, d.month) for d in r.deadlines] for r in rows] == [[(2024, 10)], [(2024, 12)]]


def test_last_bar_row_cut_before_its_closing_bar_with_one_inner_bar():
    """The text's last line, right under a bar row closed by its bar, parted by one inner bar and with no bar at its
    ends, is a row the page (or the corpus that kept it) cut before its closing bar: numbered (tt_94: 4 | 良渚新城要坚持…
    加快推进) or a sub-row under merged cells (tt_38: 打通城市断头路6条。 | 新建…6处路桥。, its cells where the sub-rows
    above print theirs). The same line under prose stays prose."""
    head = "序号 | 目标任务 | 责任单位 |\n1 | 推进城北副中心建设，完成投资10亿元。 | 临平新城 |\n"
    rows = _rows(head + "2 | 良渚新城要坚持城北副中心发展定位，加快推进")
    assert [r.cells["序号"] for r in rows] == ["1", "2"]
    assert rows[1].cells["目标任务"].startswith("良渚新城要坚持")
    sub = (
        "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
        "1 | 新建成保障性住房1700套。 | 新建成保障性住房1721套。 | 住建局 |\n"
        "完成公共租赁住房保障家庭800户。 | 完成公共租赁住房保障家庭872户。 | ||\n"
        "打通城市断头路6条。 | 新建城北支路等6处路桥。"
    )
    rows = _rows(sub)
    assert [r.cells["项目内容"][:6] for r in rows] == ["新建成保障性", "完成公共租赁", "打通城市断头"]
    # a page's fields under the table (来源：… | 编辑：…) are no row and no piece of the last one
    rows = _rows(head + "来源：区政府办公室 | 编辑：王明")
    assert len(rows) == 1 and rows[0].cells["责任单位"] == "临平新城"
    # no bar row above it: prose, no row
    assert _rows("一、工作目标\n4 | 良渚新城要坚持城北副中心发展定位，加快推进") == []


def test_build_scale_and_content_column_is_a_task_column():
    """tt_32: 项目名称 | 建设规模及内容 | … | 责任单位: the column that says what the project builds and how much is the
    task's text (规模, the scale, a word a column name may hold beside 内容), so a month of completion written there
    (在2022年11月份前完成改造) is the row's deadline. 建设规模 alone names no task (a statistics column)."""
    assert column_role("建设规模及内容") == "task"
    assert column_role("建设规模") is None
    text = (
        "序号 | 项目名称 | 建设规模及内容 | 建设起止年限 | 责任单位 |\n"
        "1 | 电梯加装工程 | 敬老院改加装电梯10台，由各单位在2022年11月份前完成改造 | 2022 | 县民政局 |\n"
        "2 | 护眼灯光工程 | 对全县教室照明进行护眼灯光提升 | 2022 | 县教育局 |\n"
    )
    rows = _rows(text)
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2022, 11, "by"), (2022, None, "period")]
    assert [(d.year, d.month, d.kind) for d in rows[1].deadlines] == [(2022, None, "period")]


def test_time_cell_whose_month_lost_its_month_word():
    """tt_50: a 时间进度 cell printed 2016 年 6 底前, the 月 dropped: a figure between 年 and 底前 can only be the month, so
    the row is due by the end of June 2016. A figure that is no month (2016 年 16 底前) gives nothing."""
    text = (
        "序号 | 工作任务 | 负责部门 | 时间进度 |\n"
        "1 | 完善城市工作机制 | 市住建局 | 2016 年 6 底前 |\n"
        "2 | 完善城市管理体制 | 市城管局 | 2016 年 16 底前 |\n"
    )
    rows = _rows(text)
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2016, 6, "by")]
    assert [(d.year, d.month) for d in rows[1].deadlines if d.month] == []


def _laid_out(*cells: str, starts=(0, 6, 40, 60, 80)) -> str:
    """A row as a PDF's text with its layout prints it: each cell at its column's place, padded with blanks."""
    out = ""
    for cell, at in zip(cells, starts):
        if cell:
            out = out.ljust(at) + cell
    return out


def test_rows_laid_out_in_the_header_columns_keep_their_empty_cells():
    """A table printed in columns parted by runs of blanks (a PDF's text with its layout): a row short of cells printed
    an empty one as more blanks, so its cells are set under the names they stand beneath — an empty 牵头单位 (merged
    from the row above) no longer takes the 配合单位 into the lead and the time into 配合单位; an empty 配合单位 no
    longer takes the time. Only where the page's whole rows keep to the header's columns (two blanks between cells
    whatever their width, tt_02's text, are mere borders: left as read)."""
    text = "\n".join([
        "附件", "重点任务分工表",
        _laid_out("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
        _laid_out("1", "深化“一网通办”改革。", "市政务服务局", "市发展改革委", "2025年6月底前"),
        _laid_out("2", "推进工程建设项目审批制度改革。", "", "市住房城乡建设局", "长期坚持"),
        _laid_out("3", "实施重大项目攻坚行动。", "市发展改革委", "", "2025年12月底前"),
        _laid_out("4", "优化政务服务。", "市政务服务局", "市大数据局", "2025年9月底前"), "",
    ])
    rows = _rows(text)
    assert [r.cells["配合单位"] for r in rows] == ["市发展改革委", "市住房城乡建设局", "", "市大数据局"]
    assert [r.cells["完成时限"] for r in rows] == ["2025年6月底前", "长期坚持", "2025年12月底前", "2025年9月底前"]
    assert _names(rows[1].responsibility.support) == ["市住房城乡建设局"]
    assert [(d.year, d.month) for d in rows[2].deadlines] == [(2025, 12)]
    # two blanks between cells whatever their width: no columns to keep, the short row read as before
    plain = "序号  重点任务  牵头单位  完成时限\n1  推进规划编制  XX区政府  2020.12\n2  推进环境整治  XX区政府\n3  推进项目建设  市XX局  长期\n"
    assert [r.cells["牵头单位"] for r in _rows(plain)] == ["XX区政府", "XX区政府", "市XX局"]


def test_role_words_alone_under_a_unit_group_name_the_columns_in_full():
    # issue 11's two-row header with the sub-columns printed as role words only (责任单位 over 牵头 | 配合; no document
    # of the corpus shows it): tab rows, bar rows, one cell a line and an HTML table with colspan / rowspan alike
    tab = "\n".join([
        "附件", "2024年重点任务分工表",
        "序号\t重点任务\t责任单位\t\t完成时限",
        "\t\t牵头\t配合\t",
        "1\t深化一网通办改革。\t市政务服务局\t市发展改革委\t2024年6月底前",
        "2\t推进工程建设项目审批制度改革。\t市住房城乡建设局\t市自然资源局\t2024年12月底前", ""])
    cells = "\n".join([
        "附件", "2024年重点任务分工表", "序号", "重点任务", "责任单位", "完成时限", "牵头", "配合",
        "1", "深化一网通办改革。", "市政务服务局", "市发展改革委", "2024年6月底前",
        "2", "推进工程建设项目审批制度改革。", "市住房城乡建设局", "市自然资源局", "2024年12月底前", ""])
    bars = "\n".join([
        "附件", "2024年重点任务分工表",
        "| 序号 | 重点任务 | 责任部门 | | 完成时限 |",
        "| | | 牵头 | 参与 | |",
        "| 1 | 深化一网通办改革。 | 市政务服务局 | 市发展改革委 | 2024年6月底前 |",
        "| 2 | 推进工程建设项目审批制度改革。 | 市住房城乡建设局 | 市自然资源局 | 2024年12月底前 |", ""])
    html = (
        "<html><body><p>附件</p><table>"
        '<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任分工</td><td rowspan="2">完成时限</td></tr>'
        "<tr><td>牵头</td><td>配合</td></tr>"
        "<tr><td>1</td><td>深化一网通办改革。</td><td>市政务服务局</td><td>市发展改革委</td><td>2024年6月底前</td></tr>"
        "<tr><td>2</td><td>推进工程建设项目审批制度改革。</td><td>市住房城乡建设局</td><td>市自然资源局</td><td>2024年12月底前</td></tr>"
        "</table></body></html>")
    for text in (tab, cells, bars, html):
        rows = _rows(text)
        assert len(rows) == 2, text
        assert _names(rows[0].responsibility.lead) == ["市政务服务局"]
        assert _names(rows[0].responsibility.support) == ["市发展改革委"]
        assert _names(rows[1].responsibility.lead) == ["市住房城乡建设局"]
        assert _names(rows[1].responsibility.support) == ["市自然资源局"]
        assert (rows[1].deadlines[0].year, rows[1].deadlines[0].month) == (2024, 12)


def test_a_role_word_alone_names_no_column():
    from policyparse.grammar import sub_column_name

    assert column_role("牵头") is None and column_role("配合") is None  # a line 牵头 is no header cell
    assert sub_column_name("牵头", "责任部门") == "牵头部门"
    assert sub_column_name("配合", "责任单位") == "配合单位"
    assert sub_column_name("参与", "责任分工") == "参与单位"
    assert sub_column_name("牵头", "完成时限") is None  # the group names no units
    assert sub_column_name("甲方", "责任单位") is None


def test_measures_under_a_merged_task_group_printed_one_cell_a_line():
    # issue 11's 主要任务 | 具体措施 table flattened one cell a line, 序号 and 主要任务 merged over the measures under
    # them and printed once (no document of the corpus shows it): each further measure prints its own cells only
    text = "\n".join([
        "附件", "2024年重点任务分工表",
        "序号", "主要任务", "具体措施", "牵头单位", "配合单位", "完成时限",
        "1", "优化营商环境", "深化一网通办改革。", "市政务服务局", "市大数据局", "2024年6月底前",
        "推进审批制度改革。", "市住房城乡建设局", "市自然资源局", "2024年12月底前",
        "开展营商环境评价。", "市发展改革委", "各县（市、区）人民政府", "2024年10月底前",
        "2", "扩大有效投资", "实施重大项目攻坚行动。", "市发展改革委", "市财政局", "2024年12月底前", ""])
    rows = _rows(text)
    assert [r.cells["具体措施"] for r in rows] == ["深化一网通办改革。", "推进审批制度改革。", "开展营商环境评价。", "实施重大项目攻坚行动。"]
    assert [r.cells["主要任务"] for r in rows] == ["优化营商环境"] * 3 + ["扩大有效投资"]
    assert [_names(r.responsibility.lead) for r in rows] == [["市政务服务局"], ["市住房城乡建设局"], ["市发展改革委"], ["市发展改革委"]]
    assert _names(rows[1].responsibility.support) == ["市自然资源局"]
    assert [(d.year, d.month) for r in rows for d in r.deadlines] == [(2024, 6), (2024, 12), (2024, 10), (2024, 12)]


def test_lines_that_fit_no_measure_row_are_not_read_as_one():
    from policyparse.segment.tasktables import TaskTable, _measure_rows_under_task_group

    names = ["序号", "主要任务", "具体措施", "牵头单位", "完成时限"]
    table = TaskTable((0, 0), names, [column_role(n) for n in names])
    assert _measure_rows_under_task_group(table, ["推进审批制度改革。", "市住房城乡建设局", "2024年12月底前"]) == [
        ["", "", "推进审批制度改革。", "市住房城乡建设局", "2024年12月底前"]]
    # a unit's name where the measure stands, a sentence under the unit column, a line too many: none
    assert _measure_rows_under_task_group(table, ["市住房城乡建设局", "市自然资源局", "2024年12月底前"]) is None
    assert _measure_rows_under_task_group(table, ["推进审批制度改革。", "加快推进。", "2024年12月底前"]) is None
    assert _measure_rows_under_task_group(table, ["推进审批制度改革。", "市住房城乡建设局", "2024年12月底前", "附件2"]) is None
    one_task = ["序号", "重点任务", "牵头单位", "完成时限"]  # no task group: no measure under it
    plain = TaskTable((0, 0), one_task, [column_role(n) for n in one_task])
    assert _measure_rows_under_task_group(plain, ["推进审批制度改革。", "市住房城乡建设局", "2024年12月底前"]) is None


def _laid_out_at_58(*cells: str) -> str:
    """As _laid_out, with the unit columns two blanks narrower (the wrapped rows' pieces sit under their cells)."""
    return _laid_out(*cells, starts=(0, 6, 40, 58, 76))


def test_cells_a_laid_out_row_wraps_go_on_the_row_above():
    # issue 11's PDF text with its layout (cells parted by runs of blanks), a row's task and unit cells wrapped by the
    # column's width onto the next line (no document of the corpus shows it): the second lines join the row above,
    # whether the line holds both pieces, the task's only or the unit list's only
    for task2, unit2 in (("服务标准化规范化便利化。", "市财政局"), ("服务标准化规范化便利化。", ""), ("", "市财政局")):
        text = "\n".join([
            "附件", "2024年重点任务分工表",
            _laid_out_at_58("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
            _laid_out_at_58("1", "深化一网通办改革，推进政务", "市政务服务局", "市发展改革委、" if unit2 else "市发展改革委", "2024年6月底前"),
            _laid_out_at_58("", task2, "", unit2, ""),
            _laid_out_at_58("2", "推进工程建设项目审批制度改革。", "市住房城乡建设局", "市自然资源局", "2024年12月底前"),
            _laid_out_at_58("3", "实施重大项目攻坚行动。", "市发展改革委", "市财政局", "长期坚持"), ""])
        rows = _rows(text)
        assert [r.cells["序号"] for r in rows] == ["1", "2", "3"], (task2, unit2)
        first = rows[0]
        assert first.cells["重点任务"] == "深化一网通办改革，推进政务" + task2
        assert _names(first.responsibility.support) == ["市发展改革委"] + (["市财政局"] if unit2 else [])
        assert (first.deadlines[0].year, first.deadlines[0].month) == (2024, 6)
        assert rows[1].cells["重点任务"] == "推进工程建设项目审批制度改革。"


def test_a_row_under_merged_cells_is_no_wrap_of_the_row_above():
    # the row above ends its task with a full stop and its units with no list mark: the next line is a row of its own
    # under the merged 序号 (its own lead and time), not the rest of the row above
    text = "\n".join([
        "附件", "2024年重点任务分工表",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t深化一网通办改革。\t市政务服务局\t市发展改革委\t2024年6月底前",
        "推进政务服务标准化。\t市大数据局\t\t2024年9月底前",
        "2\t推进工程建设项目审批制度改革。\t市住房城乡建设局\t市自然资源局\t2024年12月底前", ""])
    rows = _rows(text)
    assert rows[0].cells["重点任务"] == "深化一网通办改革。"
    assert _names(rows[0].responsibility.support) == ["市发展改革委"]



def test_category_line_right_under_a_one_cell_a_line_header_opens_the_rows():
    # issue 11's category rows in a table flattened one cell a line, the numbering starting again under each (no
    # document of the corpus shows it): the first category, right under the header, is no column name
    text = "\n".join([
        "附件", "2024年重点任务分工表",
        "序号", "重点任务", "牵头单位", "完成时限",
        "一、稳增长",
        "1", "实施重大项目攻坚行动。", "市发展改革委", "2024年12月底前",
        "2", "扩大有效投资。", "市统计局", "2024年9月底前",
        "二、优环境",
        "1", "深化一网通办改革。", "市政务服务局", "2024年6月底前",
        "2", "推进审批制度改革。", "市住房城乡建设局", "2024年10月底前", ""])
    rows = _rows(text)
    assert [r.cells["重点任务"] for r in rows] == ["实施重大项目攻坚行动。", "扩大有效投资。", "深化一网通办改革。", "推进审批制度改革。"]
    assert all(not any(k.startswith(("一、", "二、")) for k in r.cells) for r in rows)  # no column of the category
    assert [r.cells.get("类别") for r in rows] == ["一、稳增长"] * 2 + ["二、优环境"] * 2
    assert [_names(r.responsibility.lead) for r in rows] == [["市发展改革委"], ["市统计局"], ["市政务服务局"], ["市住房城乡建设局"]]
    assert [(d.year, d.month) for r in rows for d in r.deadlines] == [(2024, 12), (2024, 9), (2024, 6), (2024, 10)]


def test_a_time_cell_naming_a_part_of_the_year_is_the_limit_by_its_last_month():
    """Quarters and halves in a 完成时限 cell (issue 11), as a month alone (9月份) is: the limit, by the part's last month
    of the year the cell names, else the table's (the year written above it); 次年 the year after the table's; a step
    started then (一季度启动) a `period` of the year. # tt_97: 3季度目标任务; tt_96: 四季度任务分解 (quarters as columns)"""
    cells = ["三季度末", "第四季度", "2025年二季度前", "一季度启动", "上半年", "下半年底前", "年中", "一、二季度", "4季度",
             "次年一季度", "次年3月底前"]
    text = "2024年重点工作任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n" + "".join(
        f"{i}\t推进某项工作\t区发改局\t{c}\n" for i, c in enumerate(cells, 1))
    rows = _rows(text)
    got = [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows]
    assert got == [
        [(2024, 9, "by")], [(2024, 12, "by")], [(2025, 6, "by")], [(2024, None, "period")], [(2024, 6, "by")],
        [(2024, 12, "by")], [(2024, 6, "by")], [(2024, 6, "by")], [(2024, 12, "by")], [(2025, 3, "by")], [(2025, 3, "by")],
    ]
    # no year above the table: the month is kept, the year left out (as 12月底前 on such a page)
    bare = "序号\t重点任务\t牵头单位\t完成时限\n1\t推进某项工作\t区发改局\t三季度末\n"
    assert [(d.year, d.month, d.kind) for d in _rows(bare)[0].deadlines] == [(None, 9, "by")]


def test_recurring_ongoing_and_spanned_time_cells():
    """每半年 / 定期 say how often with no rhythm the schema names: no deadline; 持续推进 / 长期坚持 / 常态化 run on; a
    span of years with no 年 (2023-2025) is by its last year, as 2023—2025年 is."""
    cells = ["定期", "每半年", "持续推进", "长期坚持", "常态化推进", "2023-2025", "2023—2025年"]
    text = "2024年重点工作任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n" + "".join(
        f"{i}\t推进某项工作\t区发改局\t{c}\n" for i, c in enumerate(cells, 1))
    got = [[(d.year, d.kind, d.ongoing) for d in r.deadlines] for r in _rows(text)]
    assert got == [[], [], [(None, "period", True)], [(None, "period", True)], [(None, "period", True)],
                   [(2025, "by", False)], [(2025, "by", False)]]


def test_unmarked_category_lines_over_rows_numbered_again_from_1():
    """A category row printed with no 一、 (优化营商环境), each group's rows numbered from 1 again: in the tab form, parted
    by single blanks or runs of blanks (repair keeps the rows after the second group's 1 as the table's), and as a bar
    row whose other cells are empty (优化营商环境 | | | |). A wrapped task piece above the next number stays the task's."""
    groups = [("优化营商环境", [("深化放管服改革", "区政务服务局", "区发改局", "2024年6月底前"), ("推进一网通办", "区数据局", "区政务服务局", "2024年底前")]),
              ("扩大有效投资", [("推进重大项目建设", "区发改局", "区住建局", "2024年底前")])]
    head = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]

    def table(sep: str, group_line) -> str:
        out = ["2024年重点工作任务分工表", sep.join(head)]
        for name, rows in groups:
            out.append(group_line(name))
            out += [sep.join([str(i), *row]) for i, row in enumerate(rows, 1)]
        return "\n".join(out) + "\n"

    for text in (table("\t", str), table(" ", str), table("    ", str),
                 "\n".join(f"| {ln.replace(chr(9), ' | ')} |" for ln in table("\t", lambda n: n + "\t\t\t\t").splitlines()) + "\n"):
        rows = _rows(text)
        assert [r.cells.get("类别") for r in rows] == ["优化营商环境", "优化营商环境", "扩大有效投资"], text
        assert [_names(r.responsibility.lead) for r in rows] == [["区政务服务局"], ["区数据局"], ["区发展改革局"]]
    # the second group marked 二、 in a table parted by single blanks: its rows are kept too
    marked = table(" ", lambda n: ("一、" if n.startswith("优化") else "二、") + n)
    assert [r.cells.get("类别") for r in _rows(marked)] == ["一、优化营商环境", "一、优化营商环境", "二、扩大有效投资"]
    wrapped = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t深化放管服改革，\t区政务服务局\t区发改局\t2024年6月底前\n"
               "推行证照分离\n2\t推进一网通办\t区数据局\t区政务服务局\t2024年底前\n")
    assert [r.title for r in _rows(wrapped)] == ["深化放管服改革，推行证照分离", "推进一网通办"]


def test_a_responsible_cell_naming_its_lead_by_a_bracket_a_host_label_or_its_support():
    """A 责任单位 cell that says who leads: a bracket after the list naming one of its units (A、B（A牵头）), 主办：A 协办：B
    labels, and A负责，B配合 (the unit answering beside the ones supporting it): lead and support, as the note reads them."""
    cells = ["区发改局、区财政局（区发改局牵头）", "主办：区发改局 协办：区财政局", "区发改局负责，区财政局配合", "区发改局、区财政局"]
    text = "2024年重点工作任务分工表\n序号\t重点任务\t责任单位\t完成时限\n" + "".join(
        f"{i}\t推进某项工作\t{c}\t2024年底前\n" for i, c in enumerate(cells, 1))
    rows = _rows(text)
    got = [(_names(r.responsibility.lead), _names(r.responsibility.support), r.responsibility.mode) for r in rows]
    assert got == [(["区发展改革局"], ["区财政局"], "lead_support")] * 3 + [(["区发展改革局", "区财政局"], [], "listed")]


def test_a_two_row_header_splitting_the_time_column_into_start_and_finish():
    """时间安排 over 启动时间 | 完成时间: the second header row is no task row; the start time is kept in the cells only
    (work started then is no limit), the finish time gives the deadline."""
    text = (
        "2024年重点工作任务分工表\n序号\t重点任务\t牵头单位\t时间安排\t\n\t\t\t启动时间\t完成时间\n"
        "1\t深化放管服改革\t区政务服务局\t2024年3月\t2024年6月底前\n2\t推进一网通办\t区数据局\t2024年1月\t2024年底前\n"
    )
    rows = _rows(text)
    assert [r.cells["启动时间"] for r in rows] == ["2024年3月", "2024年1月"]
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in rows] == [[(2024, 6, "by")], [(2024, 12, "by")]]


def test_more_time_and_kept_column_names_of_published_task_tables():
    """Names 分工表 and 整改清单 print for their time columns (时间要求, 完成日期, 截止时间, 进度计划, 时间) and for columns kept in
    the cells only (存在问题, 预期目标, 联系人 a person): a 时间要求 cell gives the row's deadline."""
    for name in ("时间要求", "完成时间要求", "完成日期", "截止时间", "截止日期", "进度计划", "时间", "期限", "完成时限及要求"):
        assert column_role(name) == "time", name
    assert [column_role(n) for n in ("存在问题", "预期目标", "阶段目标", "联系人")] == ["other", "other", "other", "person"]
    text = "序号\t重点任务\t牵头单位\t配合单位\t时间要求\n1\t压缩审批时限\t区政务服务局\t区发改局\t2024年6月底前\n"
    assert [(d.year, d.month, d.kind) for d in _rows(text)[0].deadlines] == [(2024, 6, "by")]


def test_a_responsible_cell_naming_its_lead_by_label_or_by_wei_qiantou_danwei():
    """牵头：A；责任：B (a second label naming the units sharing the work) and A为牵头单位，B、C参与 in a 责任单位 cell: A leads,
    the others support."""
    cells = ["牵头：区发改局；责任：区财政局", "区发改局为牵头单位，区财政局、区住建局参与"]
    text = "2024年重点工作任务分工表\n序号\t重点任务\t责任单位\t完成时限\n" + "".join(
        f"{i}\t推进某项工作\t{c}\t2024年底前\n" for i, c in enumerate(cells, 1))
    got = [(_names(r.responsibility.lead), _names(r.responsibility.support), r.responsibility.mode) for r in _rows(text)]
    assert got == [(["区发展改革局"], ["区财政局"], "lead_support"),
                   (["区发展改革局"], ["区财政局", "区住房城乡建设局"], "lead_support")]


def test_a_task_catalogue_column_over_a_content_column_one_cell_a_line():
    """tt_115: 序号 | 任务目录 | / 具体内容 | / 责任单位 | then each cell on a line of its own closed by a bar: 任务目录 names
    the task (a short title above its content), so the header is a task table's and the rows are read; 目录 alone stays
    no column word (决策事项目录 is a catalogue's title, not a column)."""
    assert column_role("任务目录") == "task"
    assert column_role("决策事项目录") is None
    text = (
        "某市未成年人保护工作领导小组2022年重点工作任务清单\n序号 | 任务目录 |\n具体内容 |\n责任单位 |\n1 |\n"
        "建立健全未成年人保护工作协调机制。 |\n开展未成年人保护工作专项督导，新建1个示范性未成年人保护工作站。 |\n市民政局、某某街道 |\n"
        "2 |\n做好困境儿童兜底保障工作。 |\n完善困境儿童分类保障制度，做好兜底保障工作。 |\n市民政局 |\n"
    )
    rows = _rows(text)
    assert [r.title for r in rows] == ["建立健全未成年人保护工作协调机制", "做好困境儿童兜底保障工作"]
    assert [(_names(r.responsibility.lead), r.responsibility.mode) for r in rows] == [
        (["市民政局", "某某街道"], "listed"), (["市民政局"], "listed")]


def test_goal_runs_each_closed_by_its_units_one_a_line_with_no_seq_column():
    """tt_114: 领域 | 主要目标 | 主要责任单位 | 责任单位, one paragraph a line, no 序号 and the 领域 cell printed nowhere: each
    row is a goal (1.…) with its —— sub-goals over several lines, or a run of sub-goals, then its units one a line — the
    first the 主要责任单位 (lead), the rest the 责任单位 (support). A row printing one unit supports nothing (no cell merged
    from above); the goal left at the text's end with no unit is a row the page cut."""
    text = (
        "某省儿童发展规划目标责任分解书\n领域\n主要目标\n主要责任单位\n责任单位\n1.提高出生人口质量。\n"
        "——降低严重多发致残的出生缺陷发生率。\n省卫生厅\n省民政厅\n省残联\n——低出生体重儿发生率控制在4%以下。\n"
        "——新生儿破伤风发病率降低到1‰以下。\n省卫生厅\n2.降低儿童死亡率。\n——婴儿死亡率控制在6‰以下。\n省卫生厅\n"
        "省教育厅\n3.儿童卫生保健"
    )
    rows = _rows(text)
    assert [r.title[:8] for r in rows] == ["1.提高出生人口", "——低出生体重儿", "2.降低儿童死亡", "3.儿童卫生保健"]
    got = [(_names(r.responsibility.lead), _names(r.responsibility.support)) for r in rows[:3]]
    assert got == [(["省卫生厅"], ["省民政厅", "省残联"]), (["省卫生厅"], []), (["省卫生厅"], ["省教育厅"])]
    assert rows[3].responsibility is None


def test_task_and_unit_runs_leave_a_table_of_one_line_a_cell_as_it_reads():
    """A table with no 序号 whose rows print one line a cell (a task, its lead, its support) is read as before, and one
    with a time column after the units is no table of runs (a run of names does not end its rows)."""
    text = "重点工作任务分工表\n重点任务\n牵头单位\n配合单位\n推进某项工作。\n区发改局\n区财政局\n落实某项改革。\n区财政局\n区审计局\n"
    rows = _rows(text)
    assert [(_names(r.responsibility.lead), _names(r.responsibility.support)) for r in rows] == [
        (["区发展改革局"], ["区财政局"]), (["区财政局"], ["区审计局"])]


# wm_07's page as stored: a blank line between cells, a cell wrapped over two lines with none between them
_CATEGORY_ITEM_TABLE = "\n\n".join([
    "（四）严格考核问责。各街道、各部门、各单位要全面落实消防安全责任制。", "附件：", "某区基层消防安全综合治理建设工作重点任务清单",
    "类别", "项目", "主要任务", "牵头单位", "配合单位", "一、做好政策保障", "1.做好规划配套",
    "将基层消防安全综合治理建设工作与专项规划同步规划、同步实施。", "区消防救援支队", "区应急局、区公安分局、各街道",
    "2.完善规章标准", "细化街道消防安全委员会的职责任务，规范运行模式。", "区消防救援支队", "各街道",
    "贯彻执行本市基层消防综合治理重点检查事项，进一步细化检查要求。", "区消防救援支队", "各街道", "二、推进基层消防安全组织建设",
    "5.实化运行消防\n安全委员会", "年底前，各街道成立消防安全委员会。", "区委编办、\n各街道", "区消防救援支队",
    "12.加强多种形式消防队伍建设", "指导各街道大力发展建设政府专职消防队、微型消防站。", "区消防救援支队", "各街道",
    "健全完善政府专职消防队、微型消防站配套规章制度，定期组织开展达标考核。",
    "指导街道充分发挥多种形式消防队伍作用，统筹力量开展防火巡查等工作。",
])


def test_a_category_and_item_table_printed_one_cell_a_line_reads_its_merged_cells():
    """wm_07: 类别 | 项目 | 主要任务 | 牵头单位 | 配合单位 one cell a line, no 序号, each merged cell printed once in the first
    row it spans: a category row (一、做好政策保障) over its rows, an item (1.做好规划配套, 5.实化运行消防 / 安全委员会) over one
    task or more, unit cells listing several units (区应急局、区公安分局、各街道), and the last two tasks under the unit cells of
    the row above. 项目, a name no rule knows between the category's and the task's, is a column of its own; a category
    row is no part of the task below it, an item no unit."""
    rows = _rows(_CATEGORY_ITEM_TABLE)
    assert [r.cells["项目"] for r in rows] == [
        "1.做好规划配套", "2.完善规章标准", "", "5.实化运行消防安全委员会", "12.加强多种形式消防队伍建设", "", ""]
    assert [r.cells["类别"][:2] for r in rows] == ["一、"] * 3 + ["二、"] * 4
    assert [r.title[:6] for r in rows] == ["将基层消防安", "细化街道消防", "贯彻执行本市", "年底前，各街", "指导各街道大", "健全完善政府", "指导街道充分"]
    got = [(_names(r.responsibility.lead), _names(r.responsibility.support)) for r in rows]
    assert got == [
        (["区消防救援支队"], ["区应急局", "区公安分局", "各街道"]), (["区消防救援支队"], ["各街道"]),
        (["区消防救援支队"], ["各街道"]), (["区委编办", "各街道"], ["区消防救援支队"]),
        (["区消防救援支队"], ["各街道"]), (["区消防救援支队"], ["各街道"]), (["区消防救援支队"], ["各街道"])]


def test_the_title_under_a_bare_attachment_label_over_a_table_is_no_node():
    """wm_07: 附件： / …重点任务清单 / the table's header: the name under the bare label titles the attached table, which
    starts right below it; neither is an attachment node (before: the title was one), the rows are the table's."""
    assert [n.kind for n in parse(_CATEGORY_ITEM_TABLE).sections] == ["item"] + ["task_row"] * 7


def test_a_goal_table_naming_who_leads_each_indicator_is_a_task_table():
    """tt_116: 序号 | 指标名称 | 单位 | 2022年 | 2025年 | 2027年 | 牵头单位 | 责任单位, one cell a line closed by a bar, the
    header printed again on a new page: each row is a goal and the units answering for it (a 目标责任清单), read as the
    rows of a 主要目标任务分解 are; a statistics table of the same indicators with no unit column stays none."""
    head = "序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n2027年 |\n牵头单位 |\n责任单位 |\n"
    text = (
        "某县人均预期寿命提升行动计划主要目标责任清单\n" + head
        + "1 |\n人均预期寿命 |\n岁 |\n78.2 |\n≥79.2 |\n≥80 |\n县卫健局 |\n县民政局、县教育局，各乡镇人民政府 |\n"
        + head + "2 |\n居民健康素养水平 |\n% |\n21.6 |\n≥31.5 |\n≥33 |\n县卫健局 |\n县疾控中心 |\n"
    )
    rows = _rows(text)
    assert [r.title for r in rows] == ["人均预期寿命", "居民健康素养水平"]
    assert [(_names(r.responsibility.lead), _names(r.responsibility.support)) for r in rows] == [
        (["县卫生健康局"], ["县民政局", "县教育局", "各乡镇人民政府"]), (["县卫生健康局"], ["县疾控中心"])]


def test_a_run_together_row_whose_leader_and_units_are_glued_after_its_task():
    """tt_102 (a DOCX's text on a sharing site): 序号项目名称主要内容区政府分管领导牵头单位配合单位1增加…。何海平教育局经开区
    高新园（邹区镇）各街道市国有公司2…: the header run together (区政府分管领导 a person column), the rows cut by their
    numbers, each row's leader and units glued after its task's sentence with no border: the leader (three characters,
    or two where the unit after them is one the lexicon knows: 张菁民政局), the lead unit, the supporting ones."""
    assert column_role("区政府分管领导") == "person"
    text = (
        "2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位"
        "1增加教育资源供给实施新建、改扩建学校重点建设项目12个。何海平教育局经开区高新园（邹区镇）各街道市国有公司"
        "2优化养老服务为全区23000名老年人提供居家上门服务。张菁民政局高新园（邹区镇）各街道"
        "3文体惠民行动开展文旅惠民活动。李明远文体旅局晋陵公司轨道公司\n"
    )
    rows = _rows(text)
    got = [(r.cells["区政府分管领导"], _names(r.responsibility.lead), _names(r.responsibility.support)) for r in rows]
    assert got == [
        ("何海平", ["教育局"], ["经开区", "高新园（邹区镇）", "各街道", "市国有公司"]),
        ("张菁", ["民政局"], ["高新园（邹区镇）", "各街道"]),
        ("李明远", ["文体旅局"], ["晋陵公司", "轨道公司"]),
    ]



def test_measures_under_a_run_together_item_with_and_without_a_leader_of_their_own():
    """tt_102 (its lines as repair cuts them): under an item (1老城厢复兴发展…。何海平文体旅局…), a further measure on a line of
    its own with its own leader and units glued after its sentence is a row under the item's merged 序号 with those units; a
    measure with none (提升改造…。 under 2) is a row whose units the item's merged cells give (a leader is a person, not
    merged down); the header printed again is passed over."""
    head = "序号项目名称主要内容区政府分管领导牵头单位配合单位"
    text = "\n".join([
        "2021年重大民生实事项目目标任务责任分解表", head,
        "1老城厢复兴发展完成纪念馆整体提升工程对外开放。何海平文体旅局晋陵公司轨道公司",
        "推进大庙弄核心区改造、周边立面整治。芮春祥住建局五星街道荷花池街道",
        "2优化养老服务为老年人提供居家上门服务。张菁民政局高新园（邹区镇）各街道",
        "提升改造8家城乡社区居家养老服务中心（站）。对300户困难老人家庭进行居家适老化改造。", head,
        "3文体惠民行动开展文旅惠民活动。李明远文体旅局晋陵公司轨道公司", "",
    ])
    (table,) = _tables(text)
    got = [(r.cells["序号"], r.cells["区政府分管领导"], r.cells["牵头单位"], r.cells["配合单位"]) for r in table.rows]
    assert got == [
        ("1", "何海平", "文体旅局", "晋陵公司、轨道公司"), ("1", "芮春祥", "住建局", "五星街道、荷花池街道"),
        ("2", "张菁", "民政局", "高新园（邹区镇）、各街道"), ("2", "", "民政局", "高新园（邹区镇）、各街道"),
        ("3", "李明远", "文体旅局", "晋陵公司、轨道公司"),
    ]


def test_two_row_header_printed_on_one_line():
    """issue 11 (two-row headers): a page's text prints both header rows on one line — the names under the group
    cell after the first row (序号 重点任务 责任单位 完成时限 牵头单位 配合单位) or right after their group — over rows
    one cell shorter: the sub-names stand in place of the group, in tab, single-blank and bar forms, with a role
    word alone (牵头 | 配合) named by the group, and for a time group (时间安排 over 启动时间 | 完成时间)."""
    rows_tab = "1\t推进高标准农田建设。\t县农业农村局\t县财政局\t2024年10月底前\n2\t实施节水灌溉项目。\t县水利局\t县财政局\t2024年12月底前\n"
    want = {"序号": "1", "重点任务": "推进高标准农田建设。", "牵头单位": "县农业农村局", "配合单位": "县财政局", "完成时限": "2024年10月底前"}
    headers = [
        "序号\t重点任务\t责任单位\t完成时限\t牵头单位\t配合单位\n",
        "序号\t重点任务\t责任单位\t牵头单位\t配合单位\t完成时限\n",
        "序号\t重点任务\t责任单位\t完成时限\t牵头\t配合\n",
    ]
    for header in headers:
        rows = _rows("附件\n重点任务分工表\n" + header + rows_tab)
        assert rows[0].cells == want, header
        assert _names(rows[1].responsibility.lead) == ["县水利局"] and _names(rows[1].responsibility.support) == ["县财政局"]
        assert [(d.year, d.month) for d in rows[1].deadlines] == [(2024, 12)]
    blanks = (
        "附件\n重点任务分工表\n序号 重点任务 责任单位 完成时限 牵头单位 配合单位\n"
        "1 推进高标准农田建设。 县农业农村局 县财政局 2024年10月底前\n2 实施节水灌溉项目。 县水利局 县财政局 2024年12月底前\n"
    )
    assert _rows(blanks)[0].cells == want
    bars = (
        "附件\n重点任务分工表\n| 序号 | 重点任务 | 责任单位 | 完成时限 | 牵头单位 | 配合单位 |\n"
        "| 1 | 推进高标准农田建设。 | 县农业农村局 | 县财政局 | 2024年10月底前 |\n"
        "| 2 | 实施节水灌溉项目。 | 县水利局 | 县财政局 | 2024年12月底前 |\n"
    )
    assert _rows(bars)[0].cells == want
    times = (
        "附件\n重点任务分工表\n序号\t重点任务\t责任单位\t时间安排\t牵头单位\t配合单位\t启动时间\t完成时间\n"
        "1\t推进高标准农田建设。\t县农业农村局\t县财政局\t2024年3月\t2024年10月底前\n"
    )
    row = _rows(times)[0]
    assert list(row.cells) == ["序号", "重点任务", "牵头单位", "配合单位", "启动时间", "完成时间"]
    assert [(d.year, d.month) for d in row.deadlines] == [(2024, 10)]
    # a category line between the header and the first row
    category = "附件\n重点任务分工表\n" + headers[0] + "一、农业农村\n" + rows_tab
    rows = _rows(category)
    assert rows[0].cells["类别"] == "一、农业农村" and rows[0].cells["配合单位"] == "县财政局"


def test_a_header_naming_its_group_beside_its_own_role_columns_keeps_them():
    """责任单位 beside 牵头单位 | 配合单位 over rows as long as the header: three columns of their own, no two-row header."""
    text = "附件\n分工表\n序号\t重点任务\t责任单位\t牵头单位\t配合单位\n1\t推进高标准农田建设。\t县农业农村局\t县财政局\t县水利局\n"
    assert list(_rows(text)[0].cells) == ["序号", "重点任务", "责任单位", "牵头单位", "配合单位"]


def test_supervision_lists_name_their_columns_in_their_own_words():
    """issue 11 (督查 / 督办 事项): 督办事项 and 交办事项 name the task, 办理单位 the unit answering, 办理时限 the time;
    督办单位 (who supervises, not who does) names no column."""
    assert column_role("督办事项") == "task" and column_role("交办事项") == "task"
    assert column_role("办理单位") == "responsible" and column_role("办理时限") == "time"
    assert column_role("督办单位") is None
    text = (
        "附件\n督办事项清单\n序号\t督办事项\t承办单位\t协办单位\t办结时限\n"
        "1\t推进高标准农田建设。\t县农业农村局\t县财政局\t2024年10月底前\n"
    )
    row = _rows(text)[0]
    assert _names(row.responsibility.lead) == ["县农业农村局"] and _names(row.responsibility.support) == ["县财政局"]
    assert [(d.year, d.month) for d in row.deadlines] == [(2024, 10)]


def test_suggestion_handling_lists_name_the_suggestion_as_the_task():
    """issue 11 (人大代表建议 / 政协提案 交办): the suggestion is the work to be done, 主办单位 the unit handling it (lead),
    会办单位 the unit handling it with it (support); the deputy who filed it (领衔), his delegation (选举单位) and who
    oversees it (督办领导) name no unit of the row. # tt_118: 序号 | 建议标题 | 领衔 | 选举单位 | 主办单位 | 会办单位 | 督办领导 |
    具体督办的专委会, its one row printed short of the last two cells (before: 建议标题 named no column, no row)."""
    assert column_role("建议标题") == "task" and column_role("提案题目") == "task" and column_role("案由") == "task"
    assert column_role("会办单位") == "support" and column_role("领衔") == "other" and column_role("督办领导") == "other"
    text = (
        "2016年度重点处理代表建议办理和督办分工表\n"
        "序号 | 建议标题 | 领衔 | 选举单位 | 主办单位 | 会办单位 | 督办领导 | 具体督办的专委会 |\n"
        "1 | 关于在少数民族地区实施12年免费教育的建议（1951号） | 奉稳香 | 邵阳 | 省教育厅 | 省财政厅 |\n"
    )
    row = _rows(text)[0]
    assert row.cells["建议标题"].startswith("关于在少数民族地区") and row.cells["督办领导"] == ""
    assert _names(row.responsibility.lead) == ["省教育厅"] and _names(row.responsibility.support) == ["省财政厅"]
    assert row.responsibility.mode == "lead_support"


def test_rectification_and_appraisal_lists_name_their_task_in_their_own_words():
    """issue 11's routes (probes, session 25): 安全生产 专项整治 分工表 name their task 整治内容 / 整治措施, 创建 文明城市 /
    卫生城市 测评 任务分解 their criteria 测评内容, 人大建议 交办 lists 建议内容 — read by their words (整治, 测评, 建议 beside
    a task word; alone, or as 测评方法 / 整改建议, they name no column). Before: no row of any of the three."""
    assert column_role("整治措施") == "task" and column_role("测评内容") == "task" and column_role("建议内容") == "task"
    assert column_role("测评方法") is None and column_role("整改建议") is None and column_role("建议") is None
    tables = [
        "附件\n安全生产专项整治三年行动任务分工表\n序号\t整治内容\t整治措施\t牵头单位\t配合单位\t完成时限\n"
        "1\t危险化学品\t开展危险化学品企业安全风险隐患排查。\t县应急管理局\t县公安局、县交通运输局\t2021年12月底前\n",
        "附件\n创建国家卫生城市测评任务分解表\n序号 | 测评内容 | 牵头单位 | 责任单位 | 完成时限 |\n"
        "1 | 建立健康教育工作网络。 | 县应急管理局 | 县公安局、县交通运输局 | 2021年12月底前 |\n",
        "附件\n人大代表建议交办清单\n序号 | 建议编号 | 建议内容 | 领衔代表 | 主办单位 | 会办单位 | 办结时限 |\n"
        "1 | 5 | 关于改善城区交通秩序的建议 | 王五 | 县应急管理局 | 县公安局、县交通运输局 | 2021年12月底前 |\n",
    ]
    for text in tables:
        rows = _rows(text)
        assert len(rows) == 1, text
        assert _names(rows[0].responsibility.lead) == ["县应急局"], text
        assert _names(rows[0].responsibility.support) == ["县公安局", "县交通运输局"], text
        assert [(d.year, d.month) for d in rows[0].deadlines] == [(2021, 12)], text


def test_indicator_breakdowns_and_problem_lists_name_their_rows_plainly():
    """issue 11's routes (probes, session 25): an indicator breakdown (指标 分解表) heads its rows 指标 / 主要指标 beside
    牵头 / 配合 columns (a goal table naming who leads each indicator, as 指标名称: tt_116); a 河长制 问题清单 heads its work
    整改要求. Before: no row of either. A statistics table naming no unit column stays none."""
    assert column_role("指标") == "task" and column_role("主要指标") == "task" and column_role("整改要求") == "task"
    assert not is_task_header(["序号", "主要指标", "单位", "2025年目标"])
    goals = (
        "附件\n主要指标分解表\n序号\t指标\t单位\t2025年目标\t牵头单位\t配合单位\n"
        "1\t森林覆盖率\t%\t45\t县林业局\t各乡镇\n2\t地表水优良比例\t%\t90\t县生态环境局\t县水利局\n"
    )
    rows = _rows(goals)
    assert [_names(r.responsibility.lead) for r in rows] == [["县林业局"], ["县生态环境局"]]
    assert _names(rows[1].responsibility.support) == ["县水利局"]
    problems = (
        "附件\n问题清单\n序号\t河湖名称\t问题\t整改要求\t责任单位\t整改时限\n"
        "1\t石门河\t河道内有生活垃圾。\t清理河道垃圾。\t县水利局\t2023年5月底前\n"
    )
    row = _rows(problems)[0]
    assert _names(row.responsibility.lead) == ["县水利局"] and [(d.year, d.month) for d in row.deadlines] == [(2023, 5)]


def test_run_together_row_ending_in_glued_units_and_a_time():
    """issue 11 (cells run together; a DOCX's text as a sharing site prints it, as tt_102 / tt_112): each row's task
    sentence, then its unit names glued with no mark between them, each opening on its level, then the time cell
    (…建设。县农业农村局县财政局2024年10月底前): the first unit the lead's, the rest the support's, the time the deadline
    (before: no row of the table was read)."""
    lines = (
        "附件\n重点任务分工表\n序号重点任务牵头单位配合单位完成时限\n"
        "1推进高标准农田建设。县农业农村局县财政局2024年10月底前\n"
        "2实施节水灌溉项目。县水利局县财政局2024年12月底前\n"
        "3新增城镇就业3000人。县人社局县财政局长期坚持\n"
    )
    one_line = "重点任务分工表序号重点任务牵头单位配合单位完成时限1推进高标准农田建设。县农业农村局县财政局2024年10月底前2实施节水灌溉项目。县水利局县财政局2024年12月底前\n"
    for text in (lines, one_line):
        rows = _rows(text)
        assert rows[0].cells["牵头单位"] == "县农业农村局" and rows[0].cells["配合单位"] == "县财政局", text
        assert rows[0].cells["完成时限"] == "2024年10月底前"
        assert _names(rows[1].responsibility.lead) == ["县水利局"] and _names(rows[1].responsibility.support) == ["县财政局"]
        assert [(d.year, d.month) for d in rows[1].deadlines] == [(2024, 12)]
    assert _rows(lines)[2].cells["完成时限"] == "长期坚持"


def test_a_page_number_between_tab_rows_is_no_row_and_no_piece_of_one():
    """A figure alone on its line between two tab rows, right above the next row (or the header printed again): the
    page's number where the table goes on — no row (3, the next row's number too) and no piece of a task (5)."""
    head = "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    r12 = "1\t推进高标准农田建设。\t县农业农村局\t县财政局\t2024年10月底前\n2\t实施节水灌溉项目。\t县水利局\t县财政局\t2024年12月底前\n"
    r3 = "3\t新增城镇就业3000人。\t县人社局\t县财政局\t长期坚持\n"
    for page in ("3\n", "5\n", "5\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"):
        rows = _rows(head + r12 + page + r3)
        assert [r.cells["序号"] for r in rows] == ["1", "2", "3"], page
        assert rows[2].cells["重点任务"] == "新增城镇就业3000人。", page


def test_more_names_of_task_and_unit_columns():
    """issue 11 (a header naming its columns in other words): 工作要点 holds the task; 支持单位 and 其他责任单位 / 其他责任部门
    (beside 主要责任单位) the support; 责任站所 (a township's 站所) the units answering."""
    assert column_role("工作要点") == "task"
    assert column_role("支持单位") == column_role("其他责任单位") == column_role("其他责任部门") == "support"
    assert column_role("责任站所") == "responsible"
    text = (
        "附件\n任务分解表\n序号\t工作要点\t主要责任单位\t其他责任单位\t完成时限\n"
        "1\t推进高标准农田建设。\t县农业农村局\t县财政局\t2024年10月底前\n"
    )
    row = _rows(text)[0]
    assert _names(row.responsibility.lead) == ["县农业农村局"] and _names(row.responsibility.support) == ["县财政局"]


def test_a_page_number_between_rows_printed_one_cell_a_line_or_inside_a_broken_row():
    """The page's number between rows printed one cell a line (… / 2024年12月底前 / 5 / 3 / …) is no row's number;
    between a tab row the page broke and the rest of its task cell (… 全年新增高效节水 / 5 / 灌溉面积2万亩。) it is no
    piece of the next row: the rest goes on the row above, as with no page number between."""
    one_a_line = (
        "附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进高标准农田建设。\n县农业农村局\n县财政局\n2024年10月底前\n"
        "2\n实施节水灌溉项目。\n县水利局\n县财政局\n2024年12月底前\n5\n"
        "3\n新增城镇就业3000人。\n县人社局\n县财政局\n长期坚持\n"
    )
    rows = _rows(one_a_line)
    assert [(r.cells["序号"], r.cells["重点任务"]) for r in rows][2] == ("3", "新增城镇就业3000人。")
    broken = (
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进高标准农田建设。\t县农业农村局\t县财政局\t2024年10月底前\n"
        "2\t实施高效节水灌溉项目，全年新增高效节水\t县水利局\t县财政局\t2024年12月底前\n5\n\t灌溉面积2万亩。\t\t\t\n"
        "3\t新增城镇就业3000人。\t县人社局\t县财政局\t长期坚持\n"
    )
    rows = _rows(broken)
    assert rows[1].cells["重点任务"] == "实施高效节水灌溉项目，全年新增高效节水灌溉面积2万亩。"
    assert rows[2].cells["重点任务"] == "新增城镇就业3000人。"


def test_a_joint_random_inspection_plan_names_who_launches_and_who_joins():
    """部门联合“双随机、一公开” 抽查计划 (tables tt31): 发起部门 (the department launching the joint check) leads it, 配合部门
    supports; 抽查事项 holds the task, 抽查领域 the group, and 计划任务实施时段 the time. # tt_126: 序号 | 抽查领域 | 抽查事项 |
    检查对象 | 发起部门 | 配合部门 | 抽查比例 | 抽查频次 | 计划任务实施时段; tt_125: 發起部門 | 配合部門"""
    assert column_role("发起部门") == column_role("发起单位") == "lead"
    assert column_role("抽查事项") == column_role("抽查任务名称") == "task"
    assert column_role("抽查领域") == "category"
    assert column_role("计划任务实施时段") == column_role("抽查时间") == "time"
    assert column_role("抽查比例") is None and column_role("抽查主体") is None  # a share, and no word saying whose
    text = (
        "市部门联合“双随机、一公开”监管工作抽查计划表\n"
        "序号 | 抽查领域 | 抽查事项 | 检查对象 | 发起部门 | 配合部门 | 抽查比例 | 实施时间 |\n"
        "1 | 旅馆抽查 | 旅馆取得许可证情况 | 各类旅馆 | 市卫生健康委员会 | 市市场监督管理局 | 5% | 2024年6月底前 |\n"
    )
    row = _rows(text)[0]
    assert row.responsibility.mode == "lead_support"
    assert _names(row.responsibility.lead) == ["市卫生健康委"] and _names(row.responsibility.support) == ["市市场监管局"]


def test_items_numbered_one_a_line_in_a_cell_are_that_cell_not_rows():
    """A cell listing items numbered from 1, one a line right after one another (1、… / 2、… / 3、… / 4、…), then the row's
    other cells: one cell, so the units stand in their columns. # tt_126: 2 / 测绘资质巡查 / 1、测绘资质条件的真实性 / 2、测绘
    管理制度执行情况 / … / 全市乙级测绘资质单位 / 黄石市自然资源和规划局 / …. Items with cells of their own printed between them
    stay rows of their own (1 / 主要预期目标 / 1.地区生产总值… / ★区发改委 / 2.一般公共预算收入… / ★区财政局, tt_43)."""
    head = "抽查计划表\n\n序号\n\n抽查领域\n\n抽查事项\n\n检查对象\n\n发起部门\n\n配合部门\n\n抽查比例\n\n计划任务实施时段\n\n"
    r1 = "1\n\n测绘成果质量监督抽查\n\n1、测绘成果质量抽查\n\n全市乙级测绘资质单位\n\n市自然资源局\n\n市市场监管局\n\n20%\n\n2023年6-12月\n\n"
    r2 = (
        "2\n\n测绘资质巡查\n\n1、测绘资质条件的真实性\n\n2、测绘管理制度执行情况\n\n3、测绘资质年度报告公示内容真实性\n\n"
        "4、测绘项目登记汇交情况\n\n全市乙级测绘资质单位\n\n市自然资源局\n\n市市场监管局\n\n20%\n\n2023年6-12月"
    )
    rows = _rows(head + r1 + r2)
    assert [r.cells["序号"] for r in rows] == ["1", "2"]
    assert rows[1].cells["抽查事项"].startswith("1、测绘资质条件的真实性2、测绘管理制度执行情况")
    assert rows[1].cells["检查对象"] == "全市乙级测绘资质单位"
    assert _names(rows[1].responsibility.lead) == ["市自然资源局"] and _names(rows[1].responsibility.support) == ["市市场监管局"]
    assert rows[1].cells["计划任务实施时段"] == "2023年6-12月"



def test_a_long_item_list_in_a_cell_is_read_in_one_pass():
    """Robustness (review7): _short_row_end asked, at every line of a cell's item list, whether the list runs on from 1 by
    reading it back to its 1、 — a 999-item list (the most _NUMBERED_TASK reads) cost half a million pattern calls a
    row (0.74 s). The run is now carried from line to line: the same lines counted as list lines, in one pass."""
    import time

    from policyparse.segment.tasktables import _short_row_end

    texts = ["1"] + [f"{i}、检查事项内容" for i in range(1, 1000)] + ["2"]
    started = time.process_time()
    end = _short_row_end(texts, 0, 5, 2, [])
    assert time.process_time() - started < 0.2  # plain form (a row of 5 one-line cells): well under a millisecond
    assert end == 1000  # the 998 lines past 1、 count as the list's, so the row reads to the next number's line
    # a list broken off (1、 / 2、 / x / 3、) does not run on from 1 after the break
    assert _short_row_end(["1", "1、a", "2、b", "x", "3、c", "y", "z", "w", "v", "u"], 0, 5, 2, []) == 8

def test_a_time_cell_of_six_figures_is_a_year_and_month_that_lost_their_words():
    """tt_124: 抽查完成时限 printed 202211 (the page's dates all lost 年 and 月: 20229, 202210): the year's four figures
    and a month 01-12 are the limit, by that month. Six figures whose last two are no month (202213), or more figures,
    give nothing."""
    text = (
        "抽查计划\n序号 | 任务名称 | 牵头部门 | 参与部门 | 抽查完成时限 |\n"
        "1 | 单用途商业预付卡抽查 | 商务局 | 市场监管局 | 202211 |\n"
        "2 | 汽车流通市场抽查 | 商务局 | 市场监管局 | 202213 |\n"
        "3 | 二手车市场抽查 | 商务局 | 市场监管局 | 2022110 |\n"
    )
    rows = _rows(text)
    assert [(d.year, d.month, d.kind) for d in rows[0].deadlines] == [(2022, 11, "by")]
    assert rows[1].deadlines == [] and rows[2].deadlines == []


def test_a_wide_header_printed_one_cell_a_line_with_every_name_wrapped():
    """tt_124: 16 column names printed one piece a line with blank lines between, most wrapped in two (检查对 / 范围,
    抽取 / 类型, 抽查 / 完成时限 …), 32 lines or so before the first row's number: still one header (it was held to 16
    lines, so the table was not found), its units and time read. # tt_124's header, cut to the names scored"""
    names = ["序号", "任务名称", "抽查事项", "检查对", "范围", "抽取", "类型", "抽查", "户数", "抽查", "比例", "检查", "方式",
             "组织", "层级", "实施", "层级", "抽取", "日期", "抽取", "日期至", "抽查", "完成时限", "牵头部门", "参与部门"]
    row = ["1", "单用途商业预付卡", "三项制度落实情况", "商务领域", "品牌集团", "3", "20%", "现场检查", "市级", "市级",
           "2022年9月", "2022年10月", "2022年11月", "市商务局", "市市场监管局"]
    text = "2023年商务部门联合双随机抽查计划\n\n" + "\n\n".join(names + row) + "\n"
    rows = _rows(text)
    assert len(rows) == 1 and rows[0].cells["抽查完成时限"] == "2022年11月"
    assert _names(rows[0].responsibility.lead) == ["市商务局"] and _names(rows[0].responsibility.support) == ["市市场监管局"]


def test_an_empty_last_cell_marked_by_a_second_blank_line_keeps_a_unit_cell_printed_one_unit_a_line():
    """tt_124: … / 商务局 / 市场监管局 / 市税务局 / (blank) / (blank) / 2 under … | 牵头部门 | 参与部门 | 备注 — the page marks
    the empty 备注 by a second blank line, which repair now keeps inside the table: the row is one line longer than the
    table and closes with that empty cell, so its 参与部门 cell was printed one unit a line (市场监管局 / 市税务局), and
    市税务局 is no 备注. The last row, closed by the page's end, is read the same. A row with its units in place
    (商务局 / 市场监管局 / (empty)) is unchanged. # tt_124: 序号 / 任务名称 / … / 牵头部门 / 参与部门 / 备注"""
    text = (
        "2023年商务部门联合双随机抽查计划\n\n"
        "序号\n\n任务名称\n\n抽查事项\n\n抽查\n\n完成时限\n\n牵头部门\n\n参与部门\n\n备注\n\n"
        "1\n\n单用途商业预付卡\n\n三项制度落实情况\n\n2022年11月\n\n市商务局\n\n市市场监管局\n\n市税务局\n\n\n"
        "2\n\n汽车流通市场\n\n新车市场\n\n2022年11月\n\n市商务局\n\n市市场监管局\n\n\n"
        "3\n\n汽车流通市场\n\n报废汽车市场\n\n2022年11月\n\n市商务局\n\n市市场监管局\n\n市生态环境局\n\n\n"
    )
    rows = _rows(text)
    assert [_names(r.responsibility.support) for r in rows] == [
        ["市市场监管局", "市税务局"], ["市市场监管局"], ["市市场监管局", "市生态环境局"]]
    assert [r.cells["备注"] for r in rows] == ["", "", ""]
    assert all(_names(r.responsibility.lead) == ["市商务局"] for r in rows)
    # without the marks (one blank line after each row), the row holds as many lines as the table has columns:
    # the third unit stays the 备注's, as before
    flat = text.replace("\n\n\n", "\n\n")
    assert [r.cells["备注"] for r in _rows(flat)] == ["市税务局", "", "市生态环境局"]


def test_a_joint_check_plan_s_wide_header_of_bar_cells_is_read():
    """tt_128: 序 号 | 牵头 部门 | 《联合事项清单》事项名称 | 联合抽查任务名称 | 抽查 对象 | 抽查 比例 | 拟抽查 对象数 (户) | 拟实施
    时间 | 参与部门 | 参与部门的检查内容(检查事项) | 检查 方式 | 信用风险等级(…) — a city's 部门联合 抽查 plan: 联合 before a
    task word names the joint check (联合抽查任务名称), and 抽查对象 / 检查方式, which every such plan prints, are known names
    kept in the cells; before, five of twelve names were known and the header was none. 牵头部门 leads, 参与部门 supports.
    # tt_128's header and its row 4"""
    assert column_role("联合抽查任务名称") == "task" and column_role("联合") is None
    assert column_role("抽查对象") == "other" and column_role("检查方式") == "other" and column_role("检查时间") == "time"
    text = (
        "序 号 | 牵头 部门 | 《联合事项清单》事项名称 | 联合抽查任务名称 | 抽查 对象 | 抽查 比例 | 拟抽查 对象数 (户) | 拟实施 时间 | 参与部门 |"
        " 参与部门的检查内容(检查事项) | 检查 方式 | 信用风险等级(低、一般、较高、高) |\n"
        "4 | 市公安局 | 市爆破作业单位检查 | 全市民爆物品从业单位联合抽查 | 民爆物品从业单位 | 待定 | 待定 | 5月至12月 | 市应急管理局 |"
        " 对民爆物品从业单位及其爆破项目情况进行监督检查 | 现场检查 | 一般 |\n"
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0].cells["联合抽查任务名称"] == "全市民爆物品从业单位联合抽查"
    assert _names(rows[0].responsibility.lead) == ["市公安局"] and _names(rows[0].responsibility.support) == ["市应急局"]
    assert rows[0].responsibility.mode == "lead_support"


def test_a_time_cell_of_months_with_no_year_is_the_period_of_the_table_s_year():
    """tt_130: 检查时间 7月至 12月 / 7至11月 / 2月至11月 — a span of months within one year with no year written is the
    period of the year the table is for (written above it), as 2023.01-2023.12 is; with no year written above the table
    it sets none (before: the months were read with no year, period 7 and by 12); across the year's turn (12月至3月) none.
    # tt_130's 责任股室 rows, a title above them added for the year"""
    rows_text = (
        "抽查任务名称 | 抽查类型 | 检查时间 | 责任 股室 |\n"
        "2022年度年报企业登记事项及公示信息检查 | 不定向 | 7月至 12月 | 信用 监管股 |\n"
        "转供电环节价格行为检查 | 定向 | 7至11月 | 知产价格广告监管股 |\n"
        "广告活动行为检查 | 定向 | 2023年12月31日前 | 知产价格广告监管股 |\n"
        "餐饮服务 监督检查 | 不定向 | 12月至3月 | 食品安全监管科 |\n"
    )
    rows = _rows("株洲市芦淞区市场监督管理局2023年度专项抽查工作计划\n" + rows_text)
    got = [[(d.year, d.month, d.day, d.kind) for d in r.deadlines] for r in rows]
    assert got == [[(2023, None, None, "period")], [(2023, None, None, "period")], [(2023, 12, 31, "by")], []]
    untitled = [[(d.year, d.month, d.kind) for d in r.deadlines] for r in _rows(rows_text)]
    assert untitled[0] == [] and untitled[1] == [] and untitled[3] == []


def test_a_time_cell_of_months_takes_the_year_of_the_plan_the_rows_name():
    """tt_130: no year is written above the table (only the page's 更新时间:2023-04-23); every row names the plan in a
    抽查计划名称 cell (…2023年度专项抽查工作计划): a span of months in its 检查时间 (7月至 12月) is the period of that plan's
    year. A year in the task cell (2022年度年报…检查) or a row's other sentences does not date the table.
    # tt_130: 4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | … | 7月至 12月 | 信用 监管股 |"""
    text = (
        "更新时间:2023-04-23来源:区市场监督管理局\n"
        "抽查 计划 编号 | 抽查 计划 名称 | 抽查任务 名称 | 抽查 类型 | 检查时间 | 责任 股室 |\n"
        "4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | 2022年度年报企业登记事项及公示信息检查 | "
        "不定向 | 7月至 12月 | 信用 监管股 |\n"
        "4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | 转供电环节价格行为检查 | 定向 | 7至11月 | "
        "知产价格广告监管股 |\n"
    )
    got = [[(d.year, d.month, d.kind) for d in r.deadlines] for r in _rows(text)]
    assert got == [[(2023, None, "period")], [(2023, None, "period")]]
    # the plan's year only where a cell names a plan: a task cell naming one (制定2024年工作计划) dates nothing
    tasks = (
        "重点任务 | 检查时间 | 责任 股室 |\n"
        "制定2024年工作计划 | 7月至 12月 | 信用 监管股 |\n"
        "转供电环节价格行为检查 | 7至11月 | 知产价格广告监管股 |\n"
    )
    assert [[(d.year, d.month, d.kind) for d in r.deadlines] for r in _rows(tasks)][1] == []


def test_a_cut_last_line_repeating_the_row_above_s_first_cell_is_a_row():
    """tt_130: rows with no 序号 column, each opening with the plan's number and name; the corpus cut the text inside row
    5's third cell (4300002023 1001 | 株洲市…计划 | 4300002023022, no closing bar). The line opens with the first cell of
    the row above, so it is the next row, its cells from the first column on (before: not read as a row at all; set
    under merged cells it would have put the plan's name under 检查时间). A line of prose after a table stays none.
    # tt_130: 4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | 4300002023022"""
    head = (
        "抽查 计划 编号 | 抽查 计划 名称 | 抽查 任务 编号 | 抽查任务 名称 | 检查时间 | 责任 股室 |\n"
        "4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | 430000202302231008 | 广告活动行为检查 | "
        "2023年12月31日前 | 知产价格广告监管股 |\n"
        "4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | 430000202302231013 | 餐饮服务 监督检查 | "
        "2月至11月 | 食品安全监管科 |\n"
    )
    rows = _rows(head + "4300002023 1001 | 株洲市芦淞区市场监督管理局2023年度专项抽查工作计划 | 4300002023022")
    assert len(rows) == 3
    cut = rows[2]
    assert list(cut.cells.values())[:3] == ["4300002023 1001", "株洲市芦淞区市场监督管理局2023年度专项抽查工作计划", "4300002023022"]
    assert not any(list(cut.cells.values())[3:]) and cut.responsibility is None and cut.deadlines == []
    assert len(_rows(head + "来源：区市场监督管理局 | 编辑：张三")) == 2


# issue 11: one 分工表 a year (or one under each heading of a 工作要点), every table printing the same header
_YEAR_TABLES = (
    "一、2023年工作\n2023年重点任务分工表\n"
    "序号\t重点任务\t牵头单位\t完成时限\n"
    "1\t建设市级数据共享平台。\t市大数据局\t2023年12月底前\n"
    "2\t推进政务服务“一网通办”。\t市政务服务中心\t6月底前\n"
    "二、2024年工作\n2024年重点任务分工表\n"
    "序号\t重点任务\t牵头单位\t完成时限\n"
    "1\t完善数据共享机制。\t市大数据局\t2024年12月底前\n"
    "2\t深化“一网通办”改革。\t市政务服务中心\t9月底前\n"
)


def _tables_under_headings(text: str) -> list[tuple[str, list[str]]]:
    doc = parse(text)
    return [(s.title, [c.cells["完成时限"] for c in s.children if c.kind == "task_row"]) for s in doc.sections]


def test_the_same_header_under_another_heading_opens_a_table_of_its_own():
    """Tab rows, rows between bars and rows parted by wide blanks: the heading and the title between two tables of
    one header stay in the tree, each table's rows under its own heading (before: the second table's rows joined the
    first, 二、2024年工作 a category of it and the title a piece of its task cell)."""
    bars = "\n".join(f"| {ln.replace(chr(9), ' | ')} |" if "\t" in ln else ln for ln in _YEAR_TABLES.split("\n"))
    blanks = _YEAR_TABLES.replace("\t", "\u3000\u3000")
    assert [len(t.rows) for t in _tables(_YEAR_TABLES)] == [len(t.rows) for t in _tables(bars)] == [2, 2]
    for text in (_YEAR_TABLES, bars, blanks):  # (repair makes the wide blanks tabs)
        assert _tables_under_headings(text) == [
            ("2023年工作", ["2023年12月底前", "6月底前"]),
            ("2024年工作", ["2024年12月底前", "9月底前"]),
        ]
    # a month with no year is one of the year its own table is for (before: the first table's, 2023)
    rows = [n for n in parse(_YEAR_TABLES).iter_sections() if n.kind == "task_row"]
    assert [(d.year, d.month) for r in rows for d in r.deadlines] == [(2023, 12), (2023, 6), (2024, 12), (2024, 9)]


def test_the_same_header_one_cell_a_line_under_another_heading_opens_a_table_of_its_own():
    """One cell a line, blank lines between: the heading and the title between the tables are no row of the first
    (before: 二、2024年工作 / 2024年重点任务分工表 became a third row of it) and the heading stays a heading."""
    text = "\n\n".join(c for ln in _YEAR_TABLES.split("\n") for c in ln.split("\t"))
    tables = _tables(text)
    assert [[r.cells["序号"] for r in t.rows] for t in tables] == [["1", "2"], ["1", "2"]]
    assert _tables_under_headings(text) == [
        ("2023年工作", ["2023年12月底前", "6月底前"]),
        ("2024年工作", ["2024年12月底前", "9月底前"]),
    ]


def test_the_same_header_of_two_html_tables_under_their_headings():
    def table(rows: list[tuple[str, str, str, str]]) -> str:
        cells = [("序号", "重点任务", "牵头单位", "完成时限"), *rows]
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cells) + "</table>"

    page = (
        '<html><body><div class="content"><p>一、2023年工作</p><p>2023年重点任务分工表</p>'
        + table([("1", "建设市级数据共享平台。", "市大数据局", "2023年12月底前")])
        + "<p>二、2024年工作</p><p>2024年重点任务分工表</p>"
        + table([("1", "完善数据共享机制。", "市大数据局", "2024年12月底前")])
        + "</div></body></html>"
    )
    assert _tables_under_headings(page.encode("utf-8")) == [("2023年工作", ["2023年12月底前"]), ("2024年工作", ["2024年12月底前"])]


def test_the_header_repeated_right_under_a_row_goes_on_with_the_same_table():
    """The header printed again at the top of a new page, only the page's number or 续表 between it and the last
    row above: one table still, its rows numbered on, tab rows and one cell a line alike (续表 is no table's title)."""
    tab = (
        "一、重点任务\n序号\t重点任务\t牵头单位\t完成时限\n1\t建设市级数据共享平台。\t市大数据局\t2023年12月底前\n"
        "5\n续表\n序号\t重点任务\t牵头单位\t完成时限\n2\t推进政务服务“一网通办”。\t市政务服务中心\t2023年6月底前\n"
    )
    cells = "\n\n".join(c for ln in tab.replace("\n5\n", "\n").split("\n") for c in ln.split("\t"))
    for text in (tab + "二、保障措施\n各单位要高度重视，抓好落实。\n", cells):
        assert [[r.cells["序号"] for r in t.rows] for t in _tables(text)] == [["1", "2"]]
        assert _tables_under_headings(text)[0] == ("重点任务", ["2023年12月底前", "2023年6月底前"])


def test_the_same_header_after_a_paragraph_opens_a_table_of_its_own():
    """A paragraph between two tables of one header (what the second table is for): the first table ends at its
    last row, the paragraph no piece of its cell, in tab rows and one cell a line alike. (A paragraph: a sentence
    line longer than a cell's line; a shorter one may be the piece of a cell the page broke before the header.)"""
    prose = "围绕数字政府建设年度目标，各牵头单位要对照任务分工细化工作措施，明确时间节点和责任人，于每季度末向市大数据局报送工作进展情况，确保各项任务按期完成。"
    tab = (
        "序号\t重点任务\t牵头单位\t完成时限\n1\t建设市级数据共享平台。\t市大数据局\t2023年12月底前\n"
        f"{prose}\n序号\t重点任务\t牵头单位\t完成时限\n1\t完善数据共享机制。\t市大数据局\t2024年12月底前\n"
    )
    cells = "\n\n".join(c for ln in tab.split("\n") for c in ln.split("\t"))
    for text in (tab, cells):
        tables = _tables(text)
        assert [[r.cells["重点任务"] for r in t.rows] for t in tables] == [["建设市级数据共享平台。"], ["完善数据共享机制。"]]
        assert prose in parse(text).text and all(prose not in r.text for r in _rows(text))


def test_unit_cells_one_unit_a_line_before_the_time_column_stay_in_their_columns():
    """… / 市交通委 / 上港集团 / 中远海运 / 相关船公司 / 四季度进一步扩大… under 牵头部门 | 配合部门 | 进度计划 (tt_137): the row is
    longer than the table by its unit lines; the lead column takes the first name, the support column the names after it,
    the time column the last line (before: 配合部门 one name, the next name read as the time cell, the rest lost)."""
    text = "\n\n".join([
        "推进任务分解表",
        "序号", "工作事项", "主要内容", "牵头部门", "配合部门", "进度计划",
        "1", "提高区块链换单比例", "协同推动其他船公司实现海运单和正本提单的电子化传输。",
        "市交通委", "中远海运", "上港集团", "相关船公司", "四季度进一步扩大区块链换单比例",
        "2", "铁路数据协同", "提供铁路时刻、运价信息等数据信息", "市交通委", "铁路上海局集团", "四季度完成数据对接",
    ]) + "\n"
    rows = _tables(text)[0].rows
    assert rows[0].cells["牵头部门"] == "市交通委"
    assert rows[0].cells["配合部门"] == "中远海运、上港集团、相关船公司"
    assert rows[0].cells["进度计划"] == "四季度进一步扩大区块链换单比例"
    assert rows[1].cells["配合部门"] == "铁路上海局集团"


def test_cells_one_a_line_with_no_blank_inside_a_row_are_not_read_as_one_sentence():
    """1 / 编制…建设方案，适时启动建设 / 通过…应用等。 / 上海市交通委员会、… (tt_138): a table printed one cell a line, a blank
    line between rows and none between a row's cells. A task cell stopping on a clause (…方案，适时启动建设) was read as a
    sentence going on in the content cell below it (and a content cell stopping so in the unit cell below): the row
    one cell short, its units in the content column. Parted again at the page's line ends, each cell in its column."""
    text = "\n".join([
        "城市交通“一码通行”工作任务分工表", "序号", "重点工作", "主要内容", "责任单位", "",
        "1", "编制出行一体化公共服务平台建设方案，适时启动建设",
        "通过出行一体化公共服务平台，实现试点城市之间的清分结算、数据共享等。",
        "市交通委员会、市大数据中心、省交通运输厅等", "",
        "2", "示范区所在城市部标码“一码通行”试点",
        "苏州、嘉兴城市公交符合交通运输部二维码的改造，三市市民持部标二维码可以乘坐区域内城市公交",
        "市交通委员会、苏州市、嘉兴市", "",
    ]) + "\n"
    rows = _tables(text)[0].rows
    assert [r.cells["重点工作"] for r in rows] == ["编制出行一体化公共服务平台建设方案，适时启动建设", "示范区所在城市部标码“一码通行”试点"]
    assert rows[0].cells["主要内容"] == "通过出行一体化公共服务平台，实现试点城市之间的清分结算、数据共享等。"
    assert rows[0].cells["责任单位"] == "市交通委员会、市大数据中心、省交通运输厅等"
    assert rows[1].cells["责任单位"] == "市交通委员会、苏州市、嘉兴市"


def test_wrapped_task_and_content_of_sentences_before_units_one_a_line():
    """6 / 报关通关 / 数据协同 / …的对接。 / 研究…方案。 / 市交通委 / 上港集团 / 上海海关 / 亿通国际 / 三季度完成… (tt_137): the task
    cell wrapped in two short pieces, the content cell one sentence a line, the support cell one unit a line (half of
    its names ending as a body's name does): each cell in its column (before: the content in the lead column)."""
    text = "\n\n".join([
        "推进任务分解表",
        "序号", "工作事项", "主要内容", "牵头部门", "配合部门", "进度计划",
        "1", "报关通关", "数据协同", "实现出口报关单是否申报等4项节点数据的对接。", "研究平台数据赋能海关智慧监管方案。",
        "市交通委", "上港集团", "上海海关", "亿通国际", "三季度完成数据对接",
        "2", "铁路数据协同", "提供铁路时刻、运价信息等数据信息", "市交通委", "铁路上海局集团", "四季度完成数据对接",
    ]) + "\n"
    rows = _tables(text)[0].rows
    assert rows[0].cells["工作事项"] == "报关通关数据协同"
    assert rows[0].cells["主要内容"] == "实现出口报关单是否申报等4项节点数据的对接。研究平台数据赋能海关智慧监管方案。"
    assert rows[0].cells["牵头部门"] == "市交通委"
    assert rows[0].cells["配合部门"] == "上港集团、上海海关、亿通国际"
    assert rows[0].cells["进度计划"] == "三季度完成数据对接"
    assert [r.cells["序号"] for r in rows] == ["1", "2"]


def test_last_row_with_units_one_a_line_runs_to_the_text_end():
    """10 / 数据安全… / 对…进行确权 / 市交通委 / 市经济信息化委 / 上港集团 / 市大数据中心 / 市数据交易所 / 四季度完成 (tt_137): the
    table's last row, longer than n + 2 lines, ends the text: its time cell is its own (before: cut, the last unit read
    as the time). A paragraph after such a row is no cell of it."""
    rows_text = [
        "推进任务分解表",
        "序号", "工作事项", "主要内容", "牵头部门", "配合部门", "进度计划",
        "1", "铁路数据协同", "提供铁路时刻、运价信息等数据信息", "市交通委", "铁路上海局集团", "四季度完成数据对接",
        "2", "数据安全、确权、标准制定等", "对平台中的数据资产进行确权",
        "市交通委", "市经济信息化委", "上港集团", "市大数据中心", "市数据交易所", "四季度完成",
    ]
    last = _tables("\n\n".join(rows_text) + "\n")[0].rows[-1]
    assert last.cells["配合部门"] == "市经济信息化委、上港集团、市大数据中心、市数据交易所"
    assert last.cells["进度计划"] == "四季度完成"
    prose = "各牵头部门要对照任务分工细化工作措施，明确时间节点和责任人，确保各项任务按期完成。"
    last = _tables("\n\n".join([*rows_text, prose]) + "\n")[0].rows[-1]
    assert all(prose not in c for c in last.cells.values())


_TT141_HEAD = ["营商环境一体化改革任务分工表", "", "任务名称\n任务内容\n牵头部门\n配合部门\n时间节点"]


def test_empty_cell_printed_as_a_blank_line_more_in_rows_parted_by_blank_lines():
    """任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点, each row its cells one a line, a blank line between rows and none
    between a row's cells (tt_141): a row whose 配合部门 is empty prints a blank line more there (许可处 / (blank) / 9月底).
    Its two runs are one row, the blank between them its empty cell (before: 9月底 read as its support and every row
    below one cell astray)."""
    text = "\n\n".join(_TT141_HEAD + [
        "推进监管工作\n市、区两级对告知承诺的许可事项做到100%的按期监管。\n许可处\n执法处、指导站\n全年",
        "探索应用信用监管，加快信用体系建设。\n完成项目的信用目录编制，建立信用档案库。\n许可处",
        "9月底",
        "配合推动占掘路审批改革\n推行并联审批。\n许可处\n规划处\n全年",
        "加大宣传推广\n开展宣传培训工作。\n办公室\n宣传处、许可处\n全年",
    ]) + "\n"
    rows = _tables(text)[0].rows
    assert [r.cells["任务名称"] for r in rows] == ["推进监管工作", "探索应用信用监管，加快信用体系建设。", "配合推动占掘路审批改革", "加大宣传推广"]
    assert rows[1].cells["配合部门"] == "" and rows[1].cells["时间节点"] == "9月底"
    assert [r.cells["牵头部门"] for r in rows] == ["许可处", "许可处", "许可处", "办公室"]


def test_cell_printed_as_two_paragraphs_under_a_whole_row():
    """… / 许可处 / 行政服务中心、环卫处 / 线上，9月底 / (blank) / 线下，全年 / (blank) / next row (tt_141): a short line alone between
    two whole rows of a table parted so is the row's last cell going on (a time cell of two paragraphs), not a row of
    its own (before: 线下，全年 opened a row and every row below went one cell astray); both times are the row's."""
    text = "\n\n".join(_TT141_HEAD + [
        "优化拓展线上线下帮办服务\n线上，开通专业人工帮办。线下，推进工作人员帮办制度。\n许可处\n行政服务中心、环卫处\n线上，9月底",
        "线下，全年",
        "迭代更新移动端\n建设10个审批事项申报服务专栏。\n科信处\n许可处\n9月底",
        "创新监管方式\n形成监管工作制度。\n许可处\n科信处\n6月底",
    ]) + "\n"
    rows = _tables(text)[0].rows
    assert [r.cells["任务名称"] for r in rows] == ["优化拓展线上线下帮办服务", "迭代更新移动端", "创新监管方式"]
    assert rows[0].cells["时间节点"] == "线上，9月底\n\n线下，全年"
    assert [r.cells["牵头部门"] for r in rows[1:]] == ["科信处", "许可处"]


def test_table_with_no_seq_column_ends_before_the_next_tables_header():
    """… / 许可处 / 规划处、执法处 / 全年 / 附录 / 事项清单 / 序号 / 事项名称 / … (tt_141): a table with no 序号 column prints no 序号 in a
    row: where one stands among a row's lines, a table of its own begins there (before: the appendix's title and header
    read as a row of the table above, its rows after them)."""
    text = "\n\n".join(_TT141_HEAD + [
        "加大宣传推广\n开展宣传培训工作。\n办公室\n宣传处、许可处\n全年",
        "协同工作机制\n形成工作闭环。\n许可处\n规划处、执法处\n全年",
        "附录",
        "10项办件事项清单",
        "序号\n事项名称\n事项分类\n责任处室\n配合部门",
        "1\n对植物调运检疫的许可\n许可\n林业总站\n许可处、科信处",
        "2\n城市建筑垃圾处置核准\n许可\n环卫处\n分类中心、科信处",
    ]) + "\n"
    tables = _tables(text)
    assert [r.cells["任务名称"] for r in tables[0].rows] == ["加大宣传推广", "协同工作机制"]
    assert [r.cells["责任处室"] for r in tables[1].rows] == ["林业总站", "环卫处"]


_TT142_ROWS = [
    "附件1", "2023-2025年本市智慧公交建设任务清单", "序号\n任务名称\n任务内容\n任务目标\n实施单位", "2023年\n2024年\n2025年",
    "（一）夯实智慧公交发展根基",
    "1\n推进公交场站智能化升级\n推进全市公交场站智能化升级，布设视频监控等设备。\n/\n/\n久事公交、相关各区应建尽建\n久事公交、公投",
    "2\n制定公交场站智能化建设标准\n开展公交场站智能化建设标准编制工作。\n完成立项\n完成标准征求意见稿\n完成标准送审稿\n市交通委、市道路运输局",
    "3\n推进公交行业全要素数字化\n形成公交行业全要素一张图展示。\n完成存量公交站点、场站地理位置信息排摸，明确各要素更新机制\n公交行业全要素全面数字化\n/\n市道运中心、久事公交",
    "（二）增强公交出行数智赋能",
    "4\n升级随申行APP\n拓展信息服务覆盖面。\n覆盖大多数公交线路\n覆盖主要公交线路\n长三角一体化出行试点\n随申行",
]


def test_years_under_a_target_cell_of_a_two_row_header_stand_in_its_place():
    """序号 / 任务名称 / 任务内容 / 任务目标 / 实施单位 / 2023年 / 2024年 / 2025年 (tt_142): a two-row header printed one cell a
    line, its second row the three years the 任务目标 cell spans. Each row prints its year cells where 任务目标 stands,
    then its units (before: the years read as columns after 实施单位, the units in the 2024年 column)."""
    rows = _tables("\n\n".join(_TT142_ROWS) + "\n")[0].rows
    assert list(rows[0].cells)[-4:] == ["2023年（任务目标）", "2024年（任务目标）", "2025年（任务目标）", "实施单位"]
    assert [r.cells["实施单位"] for r in rows] == ["久事公交、公投", "市交通委、市道路运输局", "市道运中心、久事公交", "随申行"]
    assert rows[1].cells["2024年（任务目标）"] == "完成标准征求意见稿" and rows[0].cells["2025年（任务目标）"] == "久事公交、相关各区应建尽建"


def test_row_whose_cells_were_joined_as_a_sentence_stops_before_the_category_row():
    """3 / … / 完成存量…，明确各要素更新机制 / 公交行业全要素全面数字化 / / / 市道运中心、久事公交 / （二）增强… (tt_142): reading lines as
    sentences joined the row's last four cells into one line, so the row seemed short of cells and took the category
    row below it as a cell. Counted by its page lines it is whole: the category row opens the next group."""
    rows = _tables("\n\n".join(_TT142_ROWS) + "\n")[0].rows
    assert rows[2].cells["2023年（任务目标）"] == "完成存量公交站点、场站地理位置信息排摸，明确各要素更新机制"
    assert rows[2].cells["2025年（任务目标）"] == "/" and rows[2].cells["实施单位"] == "市道运中心、久事公交"
    assert rows[3].cells["类别"] == "（二）增强公交出行数智赋能"
