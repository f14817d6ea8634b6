"""What a task row's cells give (batch tt36, synthetic snippets in the shape of tt_134's 重点工作分工 table): a time
cell naming the whole year with its verb (全年推进) and a unit list closed by 等 before a collective (…等各相关部门)."""

from __future__ import annotations

from policyparse import parse


def _cells(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


_TABLE = _cells(
    "某区发展和改革委员会",
    "2025年6月11日",
    "附表",
    "某区2025年碳达峰碳中和及节能减排重点工作分工",
    "序号", "重点任务", "时间进度", "责任部门",
    "1", "全力推进节能降碳目标进度，明确年度重点工作任务", "全年推进", "区发展改革委",
    "2", "完善公共桩布局，年内新增200根公用和专用充电桩", "年内完成", "区建设管理委",
    "3", "严格实施固定资产投资项目节能审查制度", "持续推进", "区发展改革委、区商务委、区生态环境局等各相关部门",
)


def _times(row) -> list[tuple]:
    return [(d.year, d.month, d.kind, d.ongoing) for d in row.deadlines]


def test_a_whole_year_cell_with_its_verb_is_the_period_of_the_tables_year():
    """全年推进 (as 全年 alone): the work runs through 2025, the year written above the table (before: no deadline)."""
    rows = _rows(_TABLE)
    assert _times(rows[0]) == [(2025, None, "period", False)]


def test_the_same_time_in_the_task_and_in_the_time_cell_is_one_deadline():
    """年内新增… in the task and 年内完成 in its time cell set one time, read once (the cell, now read as a whole year
    with its verb, adds no second reading of it)."""
    rows = _rows(_TABLE)
    assert _times(rows[1]) == [(2025, None, "period", False)]


def test_a_unit_list_closed_by_deng_before_a_collective_names_both():
    """A、B、C等各相关部门: the units named, and every other department concerned as a collective of its own (before: the
    last unit and the collective were read as one name, 区生态环境局等各相关部门)."""
    rows = _rows(_TABLE)
    names = [u.canonical for u in rows[2].responsibility.lead]
    assert names[:2] == ["区发展改革局", "区商务局"] or names[:2] == ["区发展改革局", "区商务委"]
    assert "区生态环境局" in names and "各相关部门" in names
    assert not any("等" in n for n in names)
    assert _times(rows[2]) == [(None, None, "period", True)]


def test_a_date_in_a_later_line_of_a_cell_of_numbered_items_is_the_rows():
    """1. 巩固… / 2. 加快…，6月底前完成…: a task cell printed as numbered items one a line, the row's cells holding them run
    together, stands in the text from its first line to its last (before, only its first characters were found, and
    the date in its second item, read outside the task cell, was dropped: tt_136)."""
    text = _cells(
        "某区绿化和市容管理局", "2025年6月16日", "2025年生活垃圾分类减量推进工作任务清单",
        "序号", "任务内容", "责任单位",
        "1", "1. 巩固提升已建成的高标准生活垃圾分类小区管理水平。\n2. 加快街镇“沪尚回收”平台功能升级，6月底前完成数据源切换。", "各街镇",
        "2", "落实集团下属物业管理企业分类投放责任。", "北方集团、置业集团",
    )
    rows = _rows(text)
    assert _times(rows[0]) == [(2025, 6, "by", False)]
    assert _times(rows[1]) == []
