"""Task tables of batch tt43 (issue 11): 年内 in a row's task cell of a one-year table on a page that gives no date
(tt_185's shape: a 推进情况 page of a bureau, the table's year only in the title above it). A snippet shaped as that
page prints its table, shortened."""

from __future__ import annotations

from policyparse import parse

# rows one a line, cells closed by ' |'; the page carries no date, no 文号: the year is the title's
_BAR_ROWS = "\n".join([
    "某区城市管理局",
    "2024年区政府重点工作任务落实清单推进情况(1-8月)",
    "年度重点工作 | 细化任务及目标 | 三季度目标 | 分管领导 | 牵头单位 | 落实情况(1-8月) | 是否达序 | 说明 |",
    "57.务实开展垃圾分类管理,厨余垃圾处置中心年内运营。 | ①建成厨余垃圾处置中心并运营。 | 完成建设、安装调试,试运营。 | 徐国江 | 城管局 | 厨余项目土建部分混凝土养护。 | 是 | |",
    "②新建“三定一督”小区193个。 | 开工建设,完成项目整体进度的70%。 | 已进入合同履行阶段。 | 是 | ||||",
]) + "\n"


def _rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


def _dates(row) -> list[tuple]:
    return [(d.year, d.month, d.kind) for d in row.deadlines]


def test_within_the_year_in_a_task_cell_is_the_tables_year():
    """厨余垃圾处置中心年内运营 in the task cell of the 2024 table: the work is done in 2024 (before: a period with no year,
    the page giving the document none)."""
    row = _rows(_BAR_ROWS)[0]
    assert (2024, None, "period") in _dates(row)
    assert all(d.year is not None for d in row.deadlines)
