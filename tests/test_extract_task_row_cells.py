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
