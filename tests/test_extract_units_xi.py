"""Batch xi (session 38): responsibility written as a duty list under a 职责分工 part that is not the last one.

Each test was failing on main before its rule; the forms are those of the batch's development part (xi_03), written
again here in short synthetic notices."""

from __future__ import annotations

from policyparse import parse

_DUTIES = ("二、职责分工\n发改部门：负责农民进城房源项目立项审批备案。\n财政部门：负责农民进城购房补贴的资金筹集、发放。\n"
           "住建部门：负责农民进城房源项目建设活动的监督管理。\n公安部门：负责为进城购房农民办理户籍手续。\n"
           "教育、卫生、医保、人社部门：负责保障进城购房农民相关公共服务。\n"
           "人民银行恩施州中心支行、恩施银保监分局：负责监督执行农民进城购房贷款政策。\n")
_BEFORE = "一、实施办法\n（一）群众自愿。充分尊重农村居民的意愿。\n（二）政策鼓励。实行定向房源限价销售。\n"
_AFTER = "三、工作要求\n（一）加强组织领导。各县市人民政府要高度重视。\n（二）加强宣传引导。各县市要加强政策宣传。\n"


def _entries(text: str) -> list[tuple[str, list[str]]]:
    doc = parse(text)
    return [(s.id, [u.canonical for u in s.responsibility.lead] if s.responsibility else [])
            for s in doc.iter_sections() if s.kind == "paragraph"]


def test_a_duty_list_under_a_middle_duty_part_heads_an_entry_a_line():
    # xi_03 二、职责分工, with 三、工作要求 after it: each line headed by units and a colon is an entry of its own carrying
    # them (listed), as under a last 职责分工 part (wm_02); on main the lines were the part's text and the part one
    # joint note of every unit
    got = _entries(_BEFORE + _DUTIES + _AFTER)
    assert [i for i, _ in got] == ["2.p1", "2.p2", "2.p3", "2.p4", "2.p5", "2.p6"]
    assert got[0][1] == ["发改部门"] and got[3][1] == ["公安部门"]
    assert got[5][1] == ["人民银行恩施州中心支行", "恩施银保监分局"]


def test_departments_sharing_one_ending_are_each_written_out():
    # 教育、卫生、医保、人社部门：负责… (xi_03): the ending the names share is written once, after the last; each name
    # stands for itself with it
    got = dict(_entries(_BEFORE + _DUTIES + _AFTER))
    assert got["2.p5"] == ["教育部门", "卫生部门", "医保部门", "人社部门"]


def test_prose_under_a_middle_duty_part_stays_its_text():
    # wd_03 三、职责分工 (区绿化市容局负责… / 区住房保障房屋管理局指导…): duties written as prose, no colon after the units,
    # are the part's text in the body; only a run of colon-headed lines is a list there
    prose = ("二、职责分工\n区绿化市容局负责本区装修垃圾处理的全面管理。\n区住房保障房屋管理局指导各街道做好装修垃圾管理。\n"
             "区城管执法局负责查处装修垃圾违法行为。\n")
    assert _entries(_BEFORE + prose + _AFTER) == []


def test_two_colon_lines_open_no_list_in_the_body():
    # a run of _COLON_RUN lines opens the list: two colon-headed lines under the part are its text (a label, a contact)
    two = "二、职责分工\n发改部门：负责房源项目立项审批备案。\n财政部门：负责购房补贴的资金筹集。\n"
    assert _entries(_BEFORE + two + _AFTER) == []


def test_bodies_leading_after_a_run_in_title_lead_the_item():
    # xi_07 六（一）: 加强组织领导。省科技厅、省委组织部…等部门负责“三评”改革的牵头组织，… — bodies named with their level
    # words and 负责…牵头 in one clause, right after the item's run-in title, lead it (lead_support, no supporter named)
    text = ("六、强化实施保障\n（一）加强组织领导。省科技厅、省委组织部、省人力资源和社会保障厅等部门负责“三评”改革的牵头组织，"
            "根据职责分工，加强统筹协调。省有关部门要加强协同配合。\n（二）落实主体责任。各有关部门要加大改革推进力度。\n")
    items = [s for s in parse(text).iter_sections() if s.kind == "item"]
    resp = items[0].responsibility
    assert resp is not None and resp.mode == "lead_support" and not resp.support
    assert [u.canonical for u in resp.lead] == ["省科技厅", "省委组织部", "省人力资源社会保障厅"]
    assert items[1].responsibility is None


def test_a_body_that_only_answers_for_a_task_after_a_title_is_no_lead():
    # wi_01 三（一）: 加强组织领导。省工业和信息化厅负责细化责任分工… — 负责 without 牵头 after a run-in title names none
    # (the development gold reads none there)
    text = ("三、保障措施\n（一）加强组织领导。省工业和信息化厅负责细化责任分工，按行业实施评估。\n"
            "（二）加强宣传。各地要加强宣传引导。\n")
    assert all(s.responsibility is None for s in parse(text).iter_sections())
