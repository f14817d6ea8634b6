"""Task tables of batch tt42 (issue 11): a cell-line table whose 内容 is merged over the rows of several bodies, whose
unit cells print one unit a line and whose plan is split into year columns (tt_187's shape), and bar-closed rows of
sub-items ②③ under a task merged over them, with a quarter's milestone column (tt_185's shape). Snippets shaped as
those pages print their tables, shortened."""

from __future__ import annotations

from policyparse import parse

# 序号 | 内容 | 牵头部门 | 配合部门 | 2024年工作任务 | 2025年工作计划 | 备注, one cell a line with a blank line after each, the
# empty 备注 printed as no line; row 3's 内容 merged with row 2's; row 4's 配合部门 two 处 one a line
_CELL_LINES = "\n\n".join([
    "全面推进城市综合交通体系建设任务分解表",
    "序号", "内容", "牵头部门", "配合部门", "2024年工作任务", "2025年工作计划", "备注",
    "1", "科学编制城市综合交通体系规划", "综合规划处", "委内各相关处室", "继续完善编制“十五五”规划基本思路。", "启动编制“十五五”规划。",
    "2", "有序推进城市快速干线交通系统建设", "综合规划处", "—", "加快推进轨道交通19号线工可调整。", "推进轨道交通四期建设规划编制。",
    "3", "交通建设处", "设施养护处", "有序推进漕宝路快速路项目建设。", "有序推进漕宝路快速路项目建设。",
    "4", "加快开展城市绿色慢行交通系统建设", "设施运行处", "综合规划处", "设施养护处",
    "全力推进慢行交通品质提升“民心工程”。", "完成慢行交通品质提升项目120项。",
]) + "\n"

# rows one a line, cells closed by ' |'; 年度重点工作, 分管领导 and 牵头单位 merged over the ②③ rows (printed as empty
# cells at the row's end); the last row cut by the page
_BAR_ROWS = "\n".join([
    "2024年区政府重点工作任务落实清单推进情况(1-8月)",
    "年度重点工作 | 细化任务及目标 | 三季度目标 | 分管领导 | 牵头单位 | 落实情况(1-8月) | 是否达序 | 说明 |",
    "57.务实开展垃圾分类管理。 | ①建成厨余垃圾处置中心并运营。 | 完成建设、安装调试,试运营。 | 徐国江 | 城管局 | 厨余项目土建部分混凝土养护。 | 是 | |",
    "②新建“三定一督”小区193个。 | 开工建设,完成项目整体进度的70%。 | 已进入合同履行阶段。 | 是 | ||||",
    "③全域实现主次干道“撤桶并点”。 | 完成80%主次干道点位撤桶。 | 推进缓慢 | 否 | 无任务经费。 | |||",
    "59.深化静态交通秩序管理。 | ①实施背街后巷停车秩序整治工程。 | 完成招标,进场施工。 | 徐国江 | 城管局 | 等待财政资金确认。 | 否 | 进度迟缓。 |",
    "②全面推行“潮汐式”停车。 | 引导小区及社会专用停车场开放共享。 | 虹桥新村面向虹桥小",
]) + "\n"


def _rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


def _lead(row) -> list[str]:
    return [u.canonical for u in row.responsibility.lead] if row.responsibility else []


def _support(row) -> list[str]:
    return [u.canonical for u in row.responsibility.support] if row.responsibility else []


def test_a_content_column_heads_a_task_table():
    """序号 | 内容 | 牵头部门 | 配合部门: 内容 names the task column (as 主要内容, 工作内容 do); before, no row was read."""
    assert len(_rows(_CELL_LINES)) == 4


def test_a_row_under_a_merged_task_cell_keeps_its_units_in_their_columns():
    """3 / 交通建设处 / 设施养护处 / …: the 内容 cell merged over rows 2 and 3 is printed once, so the row's first line after
    its number is its lead unit (before: read as the task, the support unit as the lead)."""
    row = _rows(_CELL_LINES)[2]
    assert (_lead(row), _support(row)) == (["交通建设处"], ["设施养护处"])


def test_unit_names_one_a_line_past_the_unit_columns_are_the_last_unit_cell():
    """设施运行处 / 综合规划处 / 设施养护处 under 牵头部门 | 配合部门, the empty 备注 printed as no line: the third name belongs
    to the 配合 cell, not the 2024 column (before: support 综合规划处 only)."""
    row = _rows(_CELL_LINES)[3]
    assert (_lead(row), _support(row)) == (["设施运行处"], ["综合规划处", "设施养护处"])


def test_year_columns_of_a_plan_in_one_header_row_give_a_limit_each():
    """2024年工作任务 | 2025年工作计划: each cell naming a step is by its year (before: no deadline)."""
    row = _rows(_CELL_LINES)[0]
    assert sorted((d.year, d.kind) for d in row.deadlines) == [(2024, "by"), (2025, "by")]


def test_sub_item_rows_under_merged_cells_take_the_lead_from_above():
    """②… | … | … | 是 | ||||: the sub-item row's cells stand from the ① column on, past the leader's and the units'
    columns merged over it, whose 城管局 leads it too (before: the row set at the table's end, no lead)."""
    rows = _rows(_BAR_ROWS)
    assert [_lead(r) for r in rows[:3]] == [["城管局"]] * 3
    assert rows[1].cells["三季度目标"] == "开工建设，完成项目整体进度的70%。"


def test_a_sub_item_row_cut_by_the_page_is_a_row():
    """②全面推行… | 引导… | 虹桥新村面向虹桥小 closing the text under 59.'s ① row: a row of its own, led by the 城管局 merged
    over it (before: lost, taken for a piece of a wrapped cell)."""
    rows = _rows(_BAR_ROWS)
    assert len(rows) == 5 and _lead(rows[-1]) == ["城管局"]


def test_a_quarters_milestone_column_is_the_quarters_limit():
    """三季度目标 beside the year's task: a cell naming a step is by September of the table's year (before: none)."""
    rows = _rows(_BAR_ROWS)
    assert [(d.year, d.month, d.kind) for d in rows[3].deadlines] == [(2024, 9, "by")]


def test_a_target_figure_after_the_unit_column_is_no_unit():
    """教育局 / 2所 / (empty) / 70% under 责任单位 | 目标任务 | … (a 民生实事 完成情况表, tt_52's shape, its empty cell a bar
    alone): 2所 ends as 派出所 does but is the row's target, a figure and its measure word; it stays in 目标任务."""
    text = "\n".join([
        "岳阳楼区2017年1-8月省重点民生实事完成情况表 |", "序号 |", "省重点民生实事项目名称 |", "责任单位 |", "目标任务 |",
        "1-8月实际完成情况 |", "1-8月实际完成率% |", "备注 |",
        "1 |", "新增城镇就业 |", "人社局 |", "8950 |", "7356 |", "82% |", "|",
        "2 |", "建设农村公办幼儿园(所) |", "教育局 |", "2所 |", "|", "70% |", "累计完成项目的70%。 |",
    ]) + "\n"
    row = _rows(text)[1]
    assert (_lead(row), row.cells["目标任务"]) == (["教育局"], "2所")


def test_a_year_cell_opening_with_its_year_is_that_years_period():
    """2024年年内创建30个停车资源优化项目 in the 2024年工作任务 column (tt_187): the cell writes the year the work is done in,
    a period of 2024, as a year opening a step is (before: by 2024, as a cell naming the step alone)."""
    text = _CELL_LINES.replace("继续完善编制“十五五”规划基本思路。", "2024年年内创建30个停车资源优化项目。")
    row = _rows(text)[0]
    assert sorted((d.year, d.kind) for d in row.deadlines) == [(2024, "period"), (2025, "by")]


def test_a_year_cell_writing_its_year_within_is_that_years_period():
    """结合停车资源优化民心工程，2025年年内创建30个… in the 2025年工作计划 column (tt_187): 年内 of the column's year, a period of
    2025 (before: by 2025)."""
    text = _CELL_LINES.replace("启动编制“十五五”规划。", "结合停车资源优化民心工程，2025年年内创建30个停车资源优化项目。")
    row = _rows(text)[0]
    assert sorted((d.year, d.kind) for d in row.deadlines) == [(2024, "by"), (2025, "period")]
