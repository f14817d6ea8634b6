"""Task tables of batch tt44 (issue 11): a 责任单位 column alone whose cell of several units marks the leading ones
with a star, after the name (区政府办公室*、区财政局: tt_189's 2023 责任分解) or before it (*区发改局、*新区财政局(区财政局):
tt_190's 2024 进展情况汇总表). Snippets shaped as those pages print their tables, one cell a line, shortened; the
units are made up."""

from __future__ import annotations

from policyparse import parse


def _table(header: list[str], rows: list[list[str]]) -> str:
    """A page's table one cell a line with a blank line between cells (the pages corpus's form of both pages)."""
    cells = [*header, *(cell for row in rows for cell in row)]
    return "2024年区政府工作报告重点工作责任分解\n\n" + "\n\n".join(cells) + "\n"


_HEADER = ["序号", "重点工作", "责任单位"]


def _rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


def _names(units) -> list[str]:
    return [u.canonical for u in units]


def test_star_after_a_name_marks_the_lead():
    """区财政局*、区科技局、区投促中心: the starred unit leads, the others support (before: all three listed as written,
    区财政局* among them)."""
    text = _table(_HEADER, [["1", "设立重点领域专项子基金。", "区财政局*、区科技局、区投促中心"]])
    resp = _rows(text)[0].responsibility
    assert resp.mode == "lead_support"
    assert _names(resp.lead) == ["区财政局"]
    assert _names(resp.support) == ["区科技局", "区投促中心"]


def test_stars_before_names_mark_every_lead():
    """*区发改局、*区科技局、区商务局: two units lead, the unstarred one supports."""
    text = _table(_HEADER, [["1", "全力申报省级高能级战略平台。", "*区发改局、*区科技局、区商务局"]])
    resp = _rows(text)[0].responsibility
    assert resp.mode == "lead_support"
    assert _names(resp.lead) == ["区发展改革局", "区科技局"]
    assert _names(resp.support) == ["区商务局"]


def test_starred_name_with_its_other_name_in_brackets_is_kept():
    """A long cell read piece by piece: *新区科技和人才局(区科技局) is one unit with its other name in brackets, read
    although the star opens it (before: the piece, ending in a bracket, was dropped)."""
    units = "*区发改局、*新区科技和人才局(区科技局)、新区经发局(区经信局)、区商务局、新区投促局(区投促中心)、区税务局"
    text = _table(_HEADER, [["1", "实施国家高新区、经开区“双区联创”。", units]])
    resp = _rows(text)[0].responsibility
    assert _names(resp.lead) == ["区发展改革局", "新区科技和人才局（区科技局）"]
    assert "新区经发局（区经信局）" in _names(resp.support)
    assert len(resp.support) == 4


def test_a_single_unit_without_a_star_stays_listed():
    """The other rows of the same table: one unit, no star, listed as a 责任单位 column alone gives it."""
    text = _table(_HEADER, [["1", "地区生产总值增长6.5%。", "区发改局"], ["2", "一般公共预算收入增长。", "区财政局*、区发改局"]])
    first, second = _rows(text)
    assert first.responsibility.mode == "listed"
    assert second.responsibility.mode == "lead_support"


def test_a_unit_printed_with_its_other_name_keeps_it():
    """市委农办(市农业局) in a 牵头单位 cell (tt_191): one body printed with its other name, kept whole as a table gives such
    a body (tt_96, tt_137); before, the name was cut at the bracket as running text reads 省数据局(省营商局)."""
    text = _table(["序号", "实事内容", "牵头单位"], [["1", "完成生态搬迁1.5万人。", "市委农办(市农业局)"]])
    assert _names(_rows(text)[0].responsibility.lead) == ["市委农办（市农业局）"]


def test_a_declared_short_name_is_no_other_name():
    """区住建局（以下简称区住建局） declares a short name: the bracket stays out of the unit."""
    text = _table(_HEADER, [["1", "推进老旧小区改造。", "区住房和城乡建设局（以下简称区住建局）、区财政局"]])
    assert "区住房城乡建设局" in _names(_rows(text)[0].responsibility.lead)
