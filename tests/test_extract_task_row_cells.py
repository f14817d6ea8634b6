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


_RHYTHM_TABLE = _cells(
    "某区发展和改革委员会",
    "2026年4月15日",
    "附件",
    "2026年碳达峰碳中和及节能减排重点工作任务分工表",
    "序号", "重点任务", "具体工作", "时间进度", "责任部门",
    "一", "加快推进能源绿色低碳转型",
    "1", "严格把关增量建筑资源，开展建筑光伏一体化试点，按季度报送光伏进展情况", "持续推进", "建设管理委、发展改革委",
    "2", "落实碳排放统计快报制度，加强能源统计监测和分析预警工作", "全年推进", "统计局",
)


def test_a_report_rhythm_in_the_task_text_under_a_time_cell_is_no_deadline():
    """按季度报送… in the task text of a row whose time cell says when (持续推进): how often a report goes, not the row's
    time (tt_134 row 10, tt_139 row 14; before: a quarterly `period` read beside the cell's ongoing)."""
    rows = _rows(_RHYTHM_TABLE)
    assert _times(rows[0]) == [(None, None, "period", True)]
    assert not any(d.recurrence for d in rows[0].deadlines)
    assert _times(rows[1]) == [(2026, None, "period", False)]


def test_a_report_rhythm_in_running_text_stays_a_quarterly_deadline():
    """The same words in a paragraph, with no time column (ut_05's …并按季度报送有关情况), still recur quarterly."""
    doc = parse("关于做好某项工作的通知\n\n一、各单位要建立工作台账，并按季度报送有关情况。（责任单位：市发展改革委）\n")
    found = [d.recurrence for n in doc.iter_sections() for d in n.deadlines]
    assert "quarterly" in found


_TIER_TABLE = _cells(
    "某区发展和改革委员会",
    "2026年4月15日",
    "2026年重点工作任务分工表",
    "序号", "重点任务", "具体工作", "时间进度", "责任部门",
    "一", "倡导绿色低碳全民参与",
    "1", "组织好全国节能宣传周、全国生态日等主题宣传活动", "全年推进", "各相关部门、各街镇",
    "2", "推进公共机构节能改造工作", "全年推进", "各相关部门",
    "3", "鼓励各功能片区积极推广先进成熟绿色低碳技术和材料", "持续推进", "各功能片区",
)


def test_a_tier_beside_a_collective_in_a_unit_cell_keeps_the_row_listed():
    """各相关部门、各街镇 in a 责任部门 cell: the departments and the street offices that carry the row, listed (tt_134 row
    45, tt_139 row 47; before: `all`, as a note in running text reads such a pair); 各相关部门 alone is everyone's."""
    rows = _rows(_TIER_TABLE)
    assert [u.canonical for u in rows[0].responsibility.lead] == ["各相关部门", "各街镇"]
    assert rows[0].responsibility.mode == "listed"
    assert rows[1].responsibility.mode == "all"


def test_a_cell_naming_the_zones_alone_is_the_rows_unit():
    """各功能片区 alone in the unit cell (tt_139 row 42): the zones carry the row (before: the cell was not read as a unit
    cell and the row took the units of the row above)."""
    rows = _rows(_TIER_TABLE)
    assert [u.canonical for u in rows[2].responsibility.lead] == ["各功能片区"]
    assert rows[2].responsibility.mode == "listed"


_MILESTONE_TABLE = _cells(
    "某市交通委员会",
    "2023年10月20日",
    "某平台2023年重点工作方案",
    "推进任务分解表",
    "序号", "工作事项", "主要内容", "牵头部门", "配合部门", "进度计划",
    "1", "一门式查询",
    "先行实现集装箱动态查询；", "基本实现全流程动态可视化查询。",
    "市交通委", "上港集团", "市道路运输局", "上海海关", "上海海事局",
    "三季度：实现海港陆内支线集装箱动态查询", "四季度：完成全流程动态可视化查询",
    "2", "一单制运行",
    "扩大多式联运“一单制”的应用范围。",
    "市交通委", "市商务委", "（市口岸办）", "铁路上海局集团", "亿通国际",
    "四季度完成融合对接方案",
    "3", "海事数据协同", "提供危险品集装箱运输安全监管信息", "市交通委", "上海海事局", "三季度完成数据对接",
)


def test_unit_cells_printed_one_unit_a_line_before_a_time_cell():
    """牵头部门 | 配合部门 | 进度计划 printed one unit a line then the time cell's lines (tt_137): the first name leads, the
    names after it support, and the milestone lines are the time cell (before: one support unit, the next unit read as
    the time cell, the rest lost)."""
    rows = _rows(_MILESTONE_TABLE)
    assert len(rows) == 3
    resp = rows[0].responsibility
    assert [u.canonical for u in resp.lead] == ["市交通委"]
    assert [u.canonical for u in resp.support] == ["上港集团", "市道路运输局", "上海海关", "上海海事局"]


def test_a_line_in_brackets_is_the_other_name_of_the_unit_above():
    """市商务委 / （市口岸办）: one unit, 市商务委（市口岸办） (before: read as 市商, the rest of the cell lost)."""
    rows = _rows(_MILESTONE_TABLE)
    support = [u.canonical for u in rows[1].responsibility.support]
    assert support == ["市商务委（市口岸办）", "铁路上海局集团", "亿通国际"]


def test_milestone_lines_of_a_time_cell_are_each_a_quarters_limit():
    """三季度：实现… / 四季度：完成… (and 四季度完成融合对接方案): each line the limit of its quarter in the table's year,
    by 2023-09 and by 2023-12 (before: none, or a `period` of 2023 for a cell saying more than 四季度完成)."""
    rows = _rows(_MILESTONE_TABLE)
    assert _times(rows[0]) == [(2023, 9, "by", False), (2023, 12, "by", False)]
    assert _times(rows[1]) == [(2023, 12, "by", False)]


def test_time_cell_of_two_labelled_lines_gives_each_lines_time():
    """线上，9月底 / 线下，全年 in the time cell of a 2023 table (tt_141): each line the time of one channel of the row's
    work, read as a time cell of its own (before: only 9月底, which the deadline grammar read; 全年 lost)."""
    text = "\n\n".join([
        "2023年营商环境一体化改革任务分工表",
        "任务名称\n任务内容\n牵头部门\n配合部门\n时间节点",
        "优化拓展线上线下帮办服务\n线上开通专业人工帮办，线下推进帮办制度。\n许可处\n环卫处、景观处\n线上，9月底",
        "线下，全年",
        "迭代更新移动端\n建设10个审批事项申报服务专栏。\n科信处\n许可处\n9月底",
        "创新监管方式\n形成监管工作制度。\n许可处\n科信处\n6月底",
    ]) + "\n"
    row = [n for n in parse(text).iter_sections() if n.kind == "task_row"][0]
    got = {(d.year, d.month, d.kind) for d in row.deadlines}
    assert got == {(2023, 9, "by"), (2023, None, "period")}


def test_year_cells_of_a_target_give_a_limit_each():
    """任务目标 split into 2023年 | 2024年 | 2025年 (tt_142): each year's cell names the step reached that year (完成立项 …):
    by that year; / names none."""
    text = "\n\n".join([
        "2023-2025年本市智慧公交建设任务清单", "序号\n任务名称\n任务内容\n任务目标\n实施单位", "2023年\n2024年\n2025年",
        "1\n推进公交场站智能化升级\n推进全市公交场站智能化升级。\n/\n/\n全市有条件区域全覆盖\n久事公交、公投",
        "2\n制定公交场站智能化建设标准\n开展标准编制工作。\n完成立项\n完成标准征求意见稿\n完成标准送审稿\n市交通委、市道路运输局",
    ]) + "\n"
    rows = [n for n in parse(text).iter_sections() if n.kind == "task_row"]
    assert [sorted((d.year, d.kind) for d in r.deadlines) for r in rows] == [
        [(2025, "by")], [(2023, "by"), (2024, "by"), (2025, "by")]]


def test_body_and_a_kind_of_enterprise_joined_by_ji_are_two_units():
    """久事公交、相关各区（含临港）交通主管部门及公交企业 in an 实施单位 cell (tt_142): a body and the enterprises of a kind joined
    by 及 are two units (as 区城管大队法制办及街道城管中队, tt_17); read as one name before (the unit grammar knows no 企业 by
    its end). The bracket opening on 含 is no part of the name."""
    text = "\n\n".join([
        "2023-2025年本市智慧公交建设任务清单", "序号\n任务名称\n任务内容\n实施单位",
        "1\n推进公交场站智能化升级\n布设视频监控等设备。\n市交通委、相关各区（含临港）交通主管部门及公交企业",
        "2\n建设机务管理系统\n实现车辆零部件状态远程动态监测。\n市道运中心、相关各区（含临港）交通主管部门及一区一骨干公交企业",
    ]) + "\n"
    rows = [n for n in parse(text).iter_sections() if n.kind == "task_row"]
    assert [[u.canonical for u in r.responsibility.lead] for r in rows] == [
        ["市交通委", "相关各区交通主管部门", "公交企业"], ["市道运中心", "相关各区交通主管部门", "一区一骨干公交企业"]]


def test_a_governments_commissions_offices_and_bureaus_are_one_collective():
    """wm_07: 各街道、⏎相关委、办、局 in a 配合单位 cell: 相关委、办、局 (the government's commissions, offices and bureaus, as
    各委办局) is one collective, not 相关委, 办 and 局 (before: three units)."""
    text = _cells(
        "某区基层消防安全综合治理建设工作重点任务清单", "序号", "主要任务", "牵头单位", "配合单位",
        "1", "协调编制、公安、财政等部门研商政策支持。", "区消防救援支队", "各街道、\n相关委、办、局",
        "2", "适时组织召开全区基层消防安全综合治理工作会议。", "区消防救援支队", "各街道",
    )
    rows = _rows(text)
    assert [u.canonical for u in rows[0].responsibility.support] == ["各街道", "相关委、办、局"]
