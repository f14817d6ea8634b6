"""Task tables printed one cell a line with blank lines between cells (a Markdown body extracted from a page,
batch tt36): category rows printed as their cells (一 / 市政设施类（5个）), groups counted over them (正式项目（67个）),
unit cells the row is aligned on, and a project plan's 建设单位 column (synthetic snippets in the shape of the real
tables tt_132 … tt_134; the real tables are scored by tests/test_real_tables.py)."""

from __future__ import annotations

from policyparse import parse
from policyparse.grammar import column_role
from policyparse.segment.layout import split_lines
from policyparse.segment.tasktables import _unit_like, find_task_tables


def _cells(*lines: str) -> str:
    """One cell a line, a blank line between cells, as the Markdown bodies print a page's table."""
    return "\n\n".join(lines) + "\n"


def _tables(text: str):
    return find_task_tables(split_lines(text))


def _rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


_PLAN = _cells(
    "附件：2026年某区重大工程建设计划",
    "序号", "项目名称", "牵头单位", "建设单位/责任单位", "建设目标", "所处区域",
    "正式项目（3个）",
    "一", "市政设施类（2个）",
    "1", "某新城绿环三期", "区绿容局", "区林业站", "新开工", "某新城",
    "2", "汇旺路（和陈公路-世盛路）", "区交通委", "交发集团", "建成", "某新城",
    "二", "社会事业类（1个）",
    "3", "某区中心医院整体改扩建工程", "区卫健委", "住房集团", "在建", "某新城",
    "预备项目（2个）",
    "1", "某研发生产总部", "区经委", "某科技股份\n有限公司", "/", "其他区域",
    "2", "某产业园项目", "区经委", "某物流（上海）\n有限公司", "/", "其他区域",
)


def test_a_category_row_printed_as_its_cells_is_no_column_name_and_heads_its_rows():
    """一 / 市政设施类（2个） right under a one-cell-a-line header: a category row whose numeral and name a page prints
    one a line (before: both, and the group line above them, were read as three more column names and every row's
    cells shifted into them)."""
    (table,) = _tables(_PLAN)
    assert table.columns == ["序号", "项目名称", "牵头单位", "建设单位/责任单位", "建设目标", "所处区域"]
    assert [r.cells["类别"] for r in table.rows[:3]] == ["市政设施类（2个）", "市政设施类（2个）", "社会事业类（1个）"]
    assert [r.cells["项目名称"] for r in table.rows[:3]] == ["某新城绿环三期", "汇旺路（和陈公路-世盛路）", "某区中心医院整体改扩建工程"]
    assert [r.cells["牵头单位"] for r in table.rows[:3]] == ["区绿容局", "区交通委", "区卫健委"]
    assert [r.cells["所处区域"] for r in table.rows[:3]] == ["某新城"] * 3


def test_rows_numbered_from_one_again_under_a_counted_group_go_on_with_the_table():
    """预备项目（2个） / 1 / …: a group line naming its count of rows, the rows under it numbered from 1 again (before:
    the number going back ended the table and the group's rows were lost)."""
    (table,) = _tables(_PLAN)
    assert [r.cells["序号"] for r in table.rows] == ["1", "2", "3", "1", "2"]
    assert table.rows[3].cells["项目名称"] == "某研发生产总部"
    rows = _rows(_PLAN)
    assert [u.canonical for u in rows[3].responsibility.lead] == ["区经委"] and [u.canonical for u in rows[3].responsibility.support] == ["某科技股份有限公司"]


def test_a_sentence_or_a_bare_figure_is_no_category_line():
    """The category read needs its shape: a numeral alone, then a short name, then a row number. A numeral followed
    by a sentence, or a count with no 个 / 项, opens nothing."""
    text = _cells(
        "序号", "重点任务", "牵头单位", "完成时限",
        "1", "推进节能降碳。", "区发展改革委", "2025年12月底前",
        "2", "完善公共桩布局，年内新增200根充电桩。", "区建设管理委", "2025年12月底前",
    )
    (table,) = _tables(text)
    assert table.columns == ["序号", "重点任务", "牵头单位", "完成时限"]
    assert [r.cells["序号"] for r in table.rows] == ["1", "2"]


_WORK = _cells(
    "附表",
    "某区2025年碳达峰碳中和及节能减排重点工作分工",
    "序号", "重点任务", "具体工作", "时间进度", "责任部门",
    "一", "推进碳达峰碳中和综合管理",
    "1", "全力推进节能降碳目标进度，明确年度重点工作任务", "全年推进", "发展改革委、生态环境局、建设管理委、商务委等",
    "2", "编制2024年度温室气体排放清单", "年内完成", "生态环境局",
    "二", "推进交通领域低碳发展",
    "3", "完善公共桩布局，年内新增200根公用和专用充电桩", "年内完成", "建设管理委（交通委）",
    "4", "对8家公共机构开展能源审计", "年内完成", "卫生健康委、机管局、区委党校、建设管理委",
    "5", "创建苏河湾功能区绿色生态城区", "全年推进", "苏河湾功能区、建设管理委、发展改革委",
)


def test_a_row_one_cell_short_under_a_printed_category_stands_on_its_unit_cell():
    """序号 | 重点任务 | 具体工作 | 时间进度 | 责任部门, the 重点任务 cell printed once as the category line: a row of four
    cells keeps its time and its units in their columns, whatever its unit cell is closed by (等), bracketed with
    (建设管理委（交通委）) or holds (区委党校, 苏河湾功能区). Before, such a row's cells were placed from the left and its
    units read as its time."""
    (table,) = _tables(_WORK)
    assert [r.cells["时间进度"] for r in table.rows] == ["全年推进", "年内完成", "年内完成", "年内完成", "全年推进"]
    assert table.rows[0].cells["责任部门"] == "发展改革委、生态环境局、建设管理委、商务委等"
    assert table.rows[3].cells["责任部门"] == "卫生健康委、机管局、区委党校、建设管理委"
    assert table.rows[4].cells["责任部门"] == "苏河湾功能区、建设管理委、发展改革委"
    assert [r.cells.get("类别") for r in table.rows] == ["推进碳达峰碳中和综合管理"] * 2 + ["推进交通领域低碳发展"] * 3


def test_unit_cells_read_as_units():
    assert _unit_like("发展改革委、商务委、生态环境局等")  # a list closed by 等
    assert _unit_like("建设管理委（交通委）")  # the body and the other name it goes by
    assert _unit_like("住房集团/马陆镇")  # the builder and the town, parted by /
    assert _unit_like("区更新专班")  # a working group set up for the task
    assert _unit_like("区委党校、建设管理委")  # a name the unit lexicon holds
    assert _unit_like("市北园区、苏河湾功能区")  # a park's and a functional zone's bodies
    assert not _unit_like("完善公共桩布局，年内新增200根充电桩")
    assert not _unit_like("全年推进")


def test_a_project_plans_builder_column_answers_for_the_row():
    """建设单位 (a 重大工程建设计划's builder, tt_133) is a unit column: beside 牵头单位 its units support the row."""
    assert column_role("建设单位") == "responsible"
    text = _cells(
        "序号", "项目名称", "牵头单位", "建设单位", "建设目标", "所处区域",
        "一", "市政设施类（2个）",
        "1", "某新城污水处理厂三期扩建", "区水务局", "城发集团", "建成", "某新城",
        "2", "林润路（项泾-城北路）道路新建工程", "工业区管委会", "国资集团", "新开工", "某新城",
    )
    rows = _rows(text)
    assert [[u.canonical for u in r.responsibility.lead] for r in rows] == [["区水务局"], ["工业区管委会"]]
    assert [[u.canonical for u in r.responsibility.support] for r in rows] == [["城发集团"], ["国资集团"]]
    assert all(r.responsibility.mode == "lead_support" for r in rows)
