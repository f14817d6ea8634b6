"""Responsibility notes in the forms real notices use (issue 10 §3): one note grammar for extract and segment.

Synthetic snippets in repaired form; expectations come from reading them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse import parse
from policyparse.extract.lexicon import is_unit, lookup
from policyparse.extract.units import assign_responsibility, document_reading, find_note
from policyparse.grammar import is_note_text
from policyparse.models import Metadata, Section, Unit
from policyparse.segment.headings import heading_title, strip_note


def note(text: str):
    return find_note(text, 0, len(text))


def names(units) -> list[str]:
    return [u.canonical for u in units]


def read(text: str) -> tuple[str, list[str], list[str]] | None:
    r = note(text)
    return (r.mode, names(r.lead), names(r.support)) if r else None


def items(text: str) -> list[Section]:
    """One item per line, own text = the line."""
    out, pos = [], 0
    for i, line in enumerate(text.split("\n"), 1):
        out.append(Section(id=str(i), kind="item", level=3, text=line, span=(pos, pos + len(line))))
        pos += len(line) + 1
    return out

def item_roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(mode, lead, support) of each line read as an item, after the whole text's notes are assigned."""
    sections = items(text)
    assign_responsibility(text, sections)
    return [(s.responsibility.mode, names(s.responsibility.lead), names(s.responsibility.support)) for s in sections]



@pytest.mark.parametrize("text,expected", [
    ("1.推进改革。（市公安局牵头，市教育局配合）", ("lead_support", ["市公安局"], ["市教育局"])),
    ("1.推进改革。（市公安局牵头，各有关单位配合）", ("lead_support", ["市公安局"], ["各有关单位"])),
    ("1.推进改革。（市公安局牵头，有关部门按职责分工负责）", ("lead_support", ["市公安局"], ["有关部门"])),
    ("1.推进改革。（市公安局、市教育局按职责分工负责）", ("joint", ["市公安局", "市教育局"], [])),
    ("1.推进改革。（市公安局负责）", ("listed", ["市公安局"], [])),
    ("1.推进改革。（市公安局、市教育局共同牵头）", ("lead_support", ["市公安局", "市教育局"], [])),
    ("1.推进改革。（市公安局牵头，市教育局、市科协按职责分工配合）", ("lead_support", ["市公安局"], ["市教育局", "市科协"])),
])
def test_verb_notes(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "1.推进改革。〔牵头单位：市公安局；配合单位：市教育局〕",
    "1.推进改革。【牵头单位：市公安局；配合单位：市教育局】",
    "1.推进改革。（主办：市公安局；协办：市教育局）",
    "1.推进改革。（牵头部门：市公安局；参与部门：市教育局）",
    "1.推进改革。（责任单位：市公安局（牵头），市教育局）",
])
def test_labelled_notes_in_any_bracket(text):
    assert read(text) == ("lead_support", ["市公安局"], ["市教育局"])


def test_duty_labels_alone_are_listed():
    assert read("1.推进改革。（实施单位：市公安局、市教育局）") == ("listed", ["市公安局", "市教育局"], [])
    assert read("1.推进改革。（责任部门：市公安局）") == ("listed", ["市公安局"], [])


def test_deadline_before_the_label():
    assert read("1.推进改革。（6月底完成，牵头考核单位：市公安局、市教育局）") == ("lead_support", ["市公安局", "市教育局"], [])
    assert read("1.推进改革。（持续推进，责任单位：市公安局）") == ("listed", ["市公安局"], [])


def test_note_on_its_own_line_after_the_item():
    text = "1.推进改革。加强管理。\n责任单位：市公安局（牵头），市教育局"
    assert read(text) == ("lead_support", ["市公安局"], ["市教育局"])


def test_a_division_of_work_label_reads_its_worded_note():
    # 部门分工：A牵头，B配合。 on a line under the goal, below a 分管领导 line naming a person (sf_02)
    text = "1.地区生产总值增长6%以上。\n分管省领导：林某某\n部门分工：省发展改革委牵头，各地、各部门配合。"
    assert read(text) == ("lead_support", ["省发展改革委"], ["各地", "各部门"])
    assert read("1.推进改革。\n责任分工：市公安局、市教育局按职责分工负责。") == ("joint", ["市公安局", "市教育局"], [])
    assert read("1.推进改革。（任务分工：市公安局）") == ("listed", ["市公安局"], [])


def test_parks_and_a_bodys_departments_are_units_after_a_label():
    # sf_01: parks carry a task under 责任单位：; sf_07: 省政府各部门 supports
    text = "7.修编规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、食品产业园、商贸物流园等)"
    assert read(text) == ("lead_support", ["县政府园区发展服务中心"], ["新材料产业园", "食品产业园", "商贸物流园"])
    text = "1.增长7%以上。\n牵头责任单位:省发展改革委。\n协同责任单位:省政府各部门、各直属机构。"
    assert read(text) == ("lead_support", ["省发展改革委"], ["省政府各部门", "各直属机构"])


def test_a_bodys_departments_as_a_whole_are_everyone():
    # sf_09: （国务院各部门分别负责，年内持续推进）: a collective only, the time clause no unit
    assert read("1.坚持稳中求进。(国务院各部门分别负责,年内持续推进)") == ("all", ["国务院各部门"], [])
    assert read("1.坚持稳中求进。（省政府各直属机构负责）") == ("all", ["省政府各直属机构"], [])


def test_several_notes_in_one_item_are_merged():
    text = "1.推进改革。（市公安局负责）加强管理。（市教育局牵头，市科协配合）"
    assert read(text) == ("lead_support", ["市公安局", "市教育局"], ["市科协"])
    text = "1.推进改革。（市公安局负责）加强管理。（市教育局负责）"
    assert read(text) == ("listed", ["市公安局", "市教育局"], [])


def test_first_listed_unit_leads_when_the_document_says_so():
    text = ("1.推进改革。（市公安局、市教育局负责，排在第一位的部门为牵头部门，下同）\n"
            "2.加强管理。（市科协、团市委负责）\n"
            "3.完善制度。（市财政局负责）")
    assert item_roles(text) == [("lead_support", ["市公安局"], ["市教育局"]), ("lead_support", ["市科协"], ["团市委"]),
                   ("lead_support", ["市财政局"], [])]


@pytest.mark.parametrize("text,expected", [
    # uv_06: （责任单位：省人社厅、省民政厅，省残联；各市、县人社局、民政局、残联）: 残联 the local tier's, its level word left out
    ("（一）健全台账。（责任单位：省人社厅、省民政厅，省残联；各市、县人社局、民政局、残联）",
     ("listed", ["省人力资源社会保障厅", "省民政厅", "省残联", "各市、县人社局", "民政局", "残联"], [])),
    # uv_09: …乡村振兴局、团委，雄安新区党群工作部… (团市委 / 团县委 named 团委)
    ("（三）强化帮扶。（责任单位：各市人力资源社会保障局、乡村振兴局、团委，雄安新区党群工作部、公共服务局）",
     ("listed", ["各市人力资源社会保障局", "乡村振兴局", "团委", "雄安新区党群工作部", "公共服务局"], [])),
])
def test_labelled_list_names_a_body_without_its_level_word(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "（一）开展。（市公安局、残联）",  # a bare list keeps its anchored reading
    "（一）开展。（责任单位：政府）",  # a bare 政府 says not whose
])
def test_a_body_without_its_level_word_needs_a_label(text):
    assert read(text) is None


def test_a_declaring_note_whose_list_holds_an_aside_leads_with_its_first_unit():
    # the declaration stands in a note whose list names a tier with an aside in brackets (各县（市、区）人民政府): the
    # note's opening is the bracket before the list, not the aside's (which read the declaring note itself as listed)
    text = ("1.推进改革。（市教育局、各县（市、区）人民政府负责，排在第一位的为牵头单位，下同）\n"
            "2.加强管理。（市教育局、市财政局）")
    assert item_roles(text) == [("lead_support", ["市教育局"], ["各县（市、区）人民政府"]), ("lead_support", ["市教育局"], ["市财政局"])]


def test_first_listed_unit_leads_after_a_declaration_with_a_digit_ordinal():
    # uv_03: （责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同） then lists of one unit or several
    text = ("（一）开展攻关。（责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同）\n"
            "（二）发展装备。（责任单位：省工业和信息化厅）\n"
            "（三）强化平台。（责任单位：省科技厅、省发展改革委、省工业和信息化厅）")
    assert item_roles(text) == [("lead_support", ["省科技厅"], ["省工业和信息化厅"]), ("lead_support", ["省工业和信息化厅"], []),
                   ("lead_support", ["省科技厅"], ["省发展改革委", "省工业和信息化厅"])]


def test_first_listed_unit_leads_a_shared_duty_list_after_the_declaration():
    # ul_06: （人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同） above （A、B，各省级人民政府按职责分工负责）
    text = ("1.推进改革。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
            "2.加强管理。（人力资源社会保障部、财政部、税务总局，各省级人民政府按职责分工负责）")
    assert item_roles(text) == [("lead_support", ["人力资源社会保障部"], ["财政部"]),
                   ("lead_support", ["人力资源社会保障部"], ["财政部", "税务总局", "各省级人民政府"])]
    # a shared-duty list opening on a collective names everyone's share: no first unit leads it
    text += "\n3.落实责任。（各有关部门和单位，各省级人民政府按职责分工负责）"
    sections = items(text)
    assign_responsibility(text, sections)
    assert sections[2].responsibility.mode != "lead_support"


def test_two_kinds_joined_under_one_collective_word_are_everyones_task():
    # ul_06: （各有关部门和单位按职责分工负责） names one collective (departments and units alike), no joint list of bodies
    text = "1.明确部门组织协调责任。其他有关部门和单位要立足职能职责。（各有关部门和单位按职责分工负责）"
    assert item_roles(text) == [("all", ["各有关部门和单位"], [])]
    assert item_roles("1.加强管理。（有关部门及单位负责）") == [("all", ["有关部门及单位"], [])]


def test_without_the_declaration_a_shared_duty_list_stays_joint():
    text = "1.推进改革。（人力资源社会保障部、财政部按职责分工负责）"
    sections = items(text)
    assign_responsibility(text, sections)
    assert sections[0].responsibility.mode == "joint"


def test_without_the_declaration_a_list_stays_listed():
    text = "1.推进改革。（市公安局、市教育局负责）"
    sections = items(text)
    assign_responsibility(text, sections)
    assert sections[0].responsibility.mode == "listed"


def test_item_headed_by_a_unit():
    text = "1.县财政局：落实所需资金，统筹安排专项资金。\n2.县级路长办公室：负责考核监督。"
    sections = items(text)
    assign_responsibility(text, sections)
    assert [names(s.responsibility.lead) for s in sections] == [["县财政局"], ["县级路长办公室"]]
    assert {s.responsibility.mode for s in sections} == {"listed"}


def test_item_headed_by_units_and_a_colon_the_later_named_short():
    # ua_02: （二）市公安局、消防局：履行《消防法》… — each unit carries the entry (listed); a list of roles so headed names none
    text = "（一）市安全生产监督管理局：履行综合监督管理职能。\n（二）市公安局、消防局：履行消防监督职责。\n（三）组长、副组长：负责统筹。"
    sections = items(text)
    assign_responsibility(text, sections)
    got = [names(s.responsibility.lead) if s.responsibility else None for s in sections]
    assert got == [["市安全监管局"], ["市公安局", "消防局"], None]


def test_two_names_glued_in_a_note_are_two_units_when_each_is_listed_elsewhere():
    # ua_01: 责任单位:办公室、政法委、社会发展局 / 责任单位:组织部、宣传部、政法委社会发展局、公安局 — the 、 the page lost
    # between two names another note lists side by side; names never listed side by side stay whole (sh_01:
    # 交通运输部运输服务司, a body and its department, beside notes naming 交通运输部 and 运输服务司 apart)
    text = ("（一）负责综合协调。责任单位:办公室、政法委、社会发展局\n"
            "（二）负责宣传报道。责任单位:组织部、宣传部、政法委社会发展局、公安局\n"
            "（三）负责物资调配。责任单位:经信商务局制造业招商局、财政局\n"
            "（四）负责统筹。责任单位:交通运输部、财政局、运输服务司\n"
            "（五）负责运输。责任单位:交通运输部运输服务司")
    sections = items(text)
    assign_responsibility(text, sections)
    got = [names(s.responsibility.lead) for s in sections]
    assert got[1] == ["组织部", "宣传部", "政法委", "社会发展局", "公安局"]
    assert got[2][0] == "经信商务局制造业招商局"
    assert got[4] == ["交通运输部运输服务司"]


def test_a_glued_name_is_looked_for_elsewhere_once_per_text_and_answers_stay_with_their_text():
    # ua_01's glued 政法委社会发展局 in every note of a long body: each pair is searched in the whole text once (the memo
    # of extract.units), not once a note — that grew with the square of a one-line body's length; a second text, where
    # the pair stands apart nowhere, is answered by its own text (the name stays whole)
    from policyparse.extract import units
    notes = "".join(f"（{i + 2}）负责第{i}项工作。责任单位:宣传部、政法委社会发展局\n" for i in range(200))
    text = "（1）负责综合协调。责任单位:办公室、政法委、社会发展局\n" + notes.rstrip("\n")
    sections = items(text)
    assign_responsibility(text, sections)
    assert all(names(s.responsibility.lead) == ["宣传部", "政法委", "社会发展局"] for s in sections[1:])
    memo_text, answers = units._SIDE_BY_SIDE
    assert memo_text is text and answers[("政法委", "社会发展局")] is True
    alone = "（一）负责宣传报道。责任单位:宣传部、政法委社会发展局"
    sections = items(alone)
    assign_responsibility(alone, sections)
    assert names(sections[0].responsibility.lead) == ["宣传部", "政法委社会发展局"]


def test_a_note_line_the_page_cut_inside_a_units_name_reads_the_units_before_the_cut():
    # ua_11: 1、强化安全生产责任。 / 责任部门:市安监局牵头,市发改委、市监察 — the document's last line, cut mid-name: A leads,
    # B supports, the cut piece left out; the same line followed by more text is no cut note
    from policyparse.pipeline import parse
    doc = parse("九、构建安全生产长效机制\n1、强化安全生产责任。\n责任部门:市安监局牵头,市发改委、市监察")
    r = next(s.responsibility for s in doc.iter_sections() if s.marker == "1、")
    assert (names(r.lead), names(r.support), r.mode) == (["市安全监管局"], ["市发展改革委"], "lead_support")
    doc = parse("九、构建安全生产长效机制\n1、强化安全生产责任。\n责任部门:市安监局牵头,市发改委、市监察\n2、加强宣传。\n")
    assert next(s.responsibility for s in doc.iter_sections() if s.marker == "1、") is None


def test_a_heading_naming_who_leads_its_tasks():
    # sf_06: 一、县示范区管委会牵头工作（8项） over 1. tasks: the unit leads them all (inherited)
    from policyparse.segment import segment
    text = "附件1\n任务清单\n一、县示范区管委会牵头工作（2项）\n1.建设3个产业园。\n2.打造生产基地。\n二、做好全年工作\n3.加强管理。\n"
    sections = segment(text, {}).sections
    assign_responsibility(text, sections)
    led = [s for s in sections if s.marker == "一、"][0]
    assert names(led.responsibility.lead) == ["县示范区管委会"] and led.responsibility.mode == "lead_support"
    assert [c.responsibility.inherited_from for c in led.children] == [led.id, led.id]
    other = [s for s in sections if s.marker == "二、"][0]
    assert other.responsibility is None and other.children[0].responsibility is None


@pytest.mark.parametrize("text", ["1.金融机构：提供营业执照等相关资料。", "1.成立领导小组：由市长任组长。", "（二）市级有关部门和单位。"])
def test_not_every_head_is_a_unit(text):
    sections = items(text)
    assign_responsibility(text, sections)
    assert sections[0].responsibility is None


def test_multi_level_collectives_stay_whole():
    assert read("1.推进改革。（省商务厅、各市、县〔市、区〕政府等分工负责）") == (
        "joint", ["省商务厅", "各市、县（市、区）政府"], [])
    assert read("1.推进改革。（责任单位：省财政厅，各市、州、县人民政府）") == (
        "listed", ["省财政厅", "各市、州、县人民政府"], [])


def test_deng_closes_a_list_before_ji():
    assert read("1.推进改革。（应急部、公安部等相关部门及各地区按职责分工负责）") == (
        "joint", ["应急部", "公安部", "各地区"], [])


@pytest.mark.parametrize("text,lead", [
    ("1.推进改革。（相关部门及各地区按职责分工负责）", ["相关部门", "各地区"]),
    ("1.推进改革。（省政府有关部门按职责分工负责）", ["省政府有关部门"]),
    ("1.推进改革。（市消安委各成员单位按职责分工负责）", ["市消安委各成员单位"]),
])
def test_generic_collectives_are_all(text, lead):
    assert read(text) == ("all", lead, [])


def test_a_tier_of_governments_is_listed_not_all():
    assert read("1.推进改革。（各县（市、区）人民政府）")[0] == "listed"


def test_named_place_government_keeps_its_name():
    assert lookup("崂山区政府").canonical == "崂山区政府"
    assert lookup("鞍山市教育局").canonical == "市教育局"
    assert lookup("自治区发展改革委").canonical == "自治区发展改革委"


def test_clause_words_are_not_unit_names():
    assert not is_unit("市人民政府确定的其他公共场所")
    assert is_unit("合肥海关") and is_unit("人行合肥中心支行")


def test_abbreviation_declared_by_the_document():
    text = "经国务院同意，国家发展和改革委员会（以下简称发展改革委）会同有关部门制定。\n1.推进改革。（发展改革委负责）"
    sections = items(text)
    assign_responsibility(text, sections)
    assert names(sections[1].responsibility.lead) == [lookup("国家发展和改革委员会").canonical]


def _leads(text: str, metadata=None) -> list[list[str]]:
    sections = items(text)
    assign_responsibility(text, sections, metadata=metadata)
    return [names(s.responsibility.lead) for s in sections if s.responsibility]


@pytest.mark.parametrize("metadata", [
    Metadata(doc_number="国办发〔2020〕1号"), Metadata(doc_number="国发〔2016〕5号"), Metadata(doc_number="国办函〔2016〕38号"),
    Metadata(issuer="国务院办公厅"), Metadata(issuer="国家发展改革委、财政部"),
])
def test_a_national_document_names_central_bodies_without_guojia(metadata):
    text = "1.稳定投资。（发展改革委、财政部按职责分工负责）\n2.做好监测。（统计局负责）"
    assert _leads(text, metadata) == [["国家发展改革委", "财政部"], ["国家统计局"]]


@pytest.mark.parametrize("metadata", [Metadata(issuer="某某市人民政府"), Metadata(doc_number="某政发〔2020〕1号")])
def test_a_local_document_keeps_its_own_short_names(metadata):
    text = "1.稳定投资。（发展改革委、财政局按职责分工负责）\n2.做好监测。（统计局负责）"
    assert _leads(text, metadata) == [["发展改革委", "财政局"], ["统计局"]]


def test_without_metadata_notes_naming_central_bodies_only_make_a_national_document():
    national = "1.稳定投资。（发展改革委、财政部负责）\n2.做好监测。（统计局、教育部负责）\n3.抓好落实。（民政部负责）"
    assert _leads(national) == [["国家发展改革委", "财政部"], ["国家统计局", "教育部"], ["民政部"]]
    # one local body among them: the notes are a province's, whose 发展改革委 is its own
    local = national.replace("（民政部负责）", "（省民政厅负责）")
    assert _leads(local)[0] == ["发展改革委", "财政部"]


def test_a_declared_abbreviation_wins_over_the_national_reading():
    text = "国家统计局服务业调查中心（以下简称统计局）负责数据。\n1.做好监测。（统计局负责）"
    assert _leads(text, Metadata(doc_number="国办发〔2020〕1号")) == [["国家统计局服务业调查中心"]]


def test_a_short_name_declared_after_a_scope_word_stays_as_the_note_writes_it():
    # vo_09: the 市 of 全市 opens the clause's scope, not the platform's name; no body of the lexicon is declared
    text = ("继续推进全市标准化岸电设施接入上海港岸电数据平台（以下简称“市级平台”），进一步发挥数据管理职能。\n"
            "1.健全制度。（牵头部门：市交通委；实施部门：市级平台、市港航中心）")
    sections = items(text)
    assign_responsibility(text, sections)
    assert [names(s.responsibility.support) for s in sections if s.responsibility] == [["市级平台", "市港航中心"]]


def test_bureaus_that_exist_only_nationally_are_national_anywhere():
    assert lookup("市场监管总局").canonical == "国家市场监管总局" and lookup("市场监管总局").level == "国家"
    assert lookup("体育总局").canonical == "国家体育总局" and lookup("广电总局").canonical == "国家广电总局"
    assert lookup("市场监管局").level is None  # 市场 is no 市: a regulator of an unnamed tier
    assert lookup("市市场监管局").level == "市"


@pytest.mark.parametrize(("name", "canonical", "kind"), [
    ("商务部", "商务部", "government"), ("中华人民共和国公安部", "公安部", "government"),
    ("国家民族事务委员会", "国家民委", "government"), ("中国证券监督管理委员会", "证监会", "government"),
    ("中共中央组织部", "中央组织部", "party"), ("中央网络安全和信息化委员会办公室", "中央网信办", "party"),
    ("中央机构编制委员会办公室", "中央编办", "party"), ("中国科学院", "中科院", "institution"),
    # renamed since: an old notice's body is the old one, named as 国办发 分工 notes of its time name it
    ("国家质量监督检验检疫总局", "质检总局", "government"), ("国家工商行政管理总局", "工商总局", "government"),
    ("国家卫生和计划生育委员会", "卫生计生委", "government"), ("劳动和社会保障部", "劳动保障部", "government"),
])
def test_central_bodies_are_known_by_their_short_form(name, canonical, kind):
    info = lookup(name)
    assert (info.canonical, info.level, info.kind, info.in_lexicon) == (canonical, "国家", kind, True)


def test_a_national_document_keeps_the_bureaus_it_names_without_guojia_as_written():
    """Only the forms of lexicons/national_short_forms.tsv stand for 国家 + form: 旅游局, 林业局 stay as written,
    though units.tsv knows 国家旅游局 and 国家林业局."""
    text = "1.发展旅游。（旅游局、发展改革委负责）\n2.保护森林。（林业局负责）"
    assert _leads(text, Metadata(doc_number="国办发〔2012〕1号")) == [["旅游局", "国家发展改革委"], ["林业局"]]


@pytest.mark.parametrize("title", [
    "实施青少年科学素质行动〔牵头单位：市教育局〕",
    "实施青少年科学素质行动【责任单位：市教育局】",
    "实施青少年科学素质行动（市教育局牵头，市科协配合）",
])
def test_strip_note_uses_the_shared_grammar(title):
    assert strip_note(title) == "实施青少年科学素质行动"
    assert heading_title(title) == ("实施青少年科学素质行动", False)


def test_strip_note_keeps_other_brackets():
    assert strip_note("规划纲要（2021—2035年）") == "规划纲要（2021—2035年）"
    assert not is_note_text("2021—2035年")


def test_note_line_after_the_last_item_of_the_document():
    import policyparse

    doc = policyparse.parse("一、重点任务\n1.推进改革。加强管理。\n责任单位：市公安局（牵头），市教育局\n"
                            "2.完善制度。健全机制。\n责任单位：市财政局（牵头），市科协")
    last = doc.sections[0].children[-1]
    r = last.responsibility
    assert (r.mode, names(r.lead), names(r.support)) == ("lead_support", ["市财政局"], ["市科协"])


def test_every_note_closing_a_sentence_of_the_item_is_read_and_merged():
    from policyparse import parse

    doc = parse("一、总体\n1.推动转型。建设系统，提升能力（省发展改革委牵头，省大数据局配合）。完善功能（省财政厅牵头，各有关部门配合）。")
    r = doc.sections[0].children[0].responsibility
    assert [u.canonical for u in r.lead] == ["省发展改革委", "省财政厅"]
    assert [u.canonical for u in r.support] == ["省大数据管理局", "各有关部门"]


def test_units_sharing_by_division_with_supporters():
    from policyparse import parse

    # no 牵头 unit is named: the units first named share the task (joint, docs/gold-format.md), the others support
    doc = parse("一、总体\n1.推动转型。建设系统（省大数据局、省政府办公厅、省公安厅分工负责，各有关部门、各市政府配合）。")
    r = doc.sections[0].children[0].responsibility
    assert ([u.canonical for u in r.lead], [u.canonical for u in r.support], r.mode) == (
        ["省大数据管理局", "省政府办公厅", "省公安厅"], ["各有关部门", "各市政府"], "joint")


def test_notes_in_one_long_node_are_read_in_linear_time():
    import time

    from policyparse.extract.units import find_note

    line = "各地要加强科普工作，到2025年比例达到18.5%（牵头单位：市科协，责任单位：市教育局）。"

    def cost(n: int) -> float:
        text = line * n
        t = time.process_time()
        find_note(text, 0, len(text))
        return time.process_time() - t

    cost(200)  # warm the lexicon caches
    # eight times the notes: about 8× the time when linear, 64× when quadratic (as it was). The wide gap, not a
    # tight bound, keeps a loaded machine's noise (a 2× step once read 3.3× with five jobs running) from failing it
    small, large = min(cost(750) for _ in range(3)), min(cost(6000) for _ in range(3))
    assert large < 20 * small, (small, large)


def test_a_repeated_note_is_read_once_and_placed_where_it_stands():
    # the document's reading keeps each note's text once; every node still gets its own copy, spans in place
    line = "（{}）完善机制（市发展改革委牵头，市财政局、市教育局配合）。"
    text = "\n".join(line.format(i) for i in range(1, 4))
    sections = items(text)
    assign_responsibility(text, sections)
    notes = [s.responsibility for s in sections]
    assert [(r.mode, names(r.lead), names(r.support)) for r in notes] == [("lead_support", ["市发展改革委"], ["市财政局", "市教育局"])] * 3
    for r in notes:
        assert text[r.span[0]:r.span[1]] == r.raw
        assert all(text[u.span[0]:u.span[1]] == u.name for u in (*r.lead, *r.support))
    assert len({id(u) for r in notes for u in (*r.lead, *r.support)}) == 9  # no unit shared between nodes
    first, later = notes[0], notes[2]
    assert later.model_fields_set == first.model_fields_set
    assert [u.model_fields_set for u in later.lead] == [u.model_fields_set for u in first.lead]
    shift = later.span[0] - first.span[0]
    assert later.model_copy(update={"span": first.span}).model_dump(exclude={"lead", "support"}) == first.model_dump(exclude={"lead", "support"})
    assert [u.model_copy(update={"span": (u.span[0] - shift, u.span[1] - shift)}) for u in later.support] == first.support


# ---- labelled lists of several units, as Shanghai plans write them (units4)

@pytest.mark.parametrize("text,expected", [
    # every unit under 牵头 leads, whichever separator parts the labels
    ("1.推进改革。（牵头部门：市发展改革委、市经济信息化委、市科委；责任单位：市财政局、各区政府）",
     ("lead_support", ["市发展改革委", "市经济信息化委", "市科学技术委员会"], ["市财政局", "各区政府"])),
    ("1.推进改革。（牵头单位：市商务委、市财政局，配合单位：各区）", ("lead_support", ["市商务委", "市财政局"], ["各区"])),
    # a collective of places or a district, read after a label only
    ("1.推进改革。（责任部门：市科委、市经济信息化委、相关区）",
     ("listed", ["市科学技术委员会", "市经济信息化委", "相关区"], [])),
    ("1.推进改革。（牵头部门：市科委、浦东新区、闵行区）", ("lead_support", ["市科学技术委员会", "浦东新区", "闵行区"], [])),
    # the 、 lost to a space
    ("1.推进改革。（牵头部门：市发展改革委 市经济信息化委；配合部门：市科委）",
     ("lead_support", ["市发展改革委", "市经济信息化委"], ["市科学技术委员会"])),
    # a closing time clause is no unit
    ("1.推进改革。（牵头部门：市发展改革委、市经济信息化委，2025年底前完成）",
     ("lead_support", ["市发展改革委", "市经济信息化委"], [])),
    # ∶ for the colon, 。 between the labels, 等相关部门 closing a piece that is not the last
    ("1.推进改革。（牵头部门∶市发展改革委、市经济信息化委）", ("lead_support", ["市发展改革委", "市经济信息化委"], [])),
    ("1.推进改革。（牵头部门：市发展改革委、市科委。责任单位：市财政局。）",
     ("lead_support", ["市发展改革委", "市科学技术委员会"], ["市财政局"])),
    ("1.推进改革。（牵头部门：市科委；责任单位：市财政局等相关部门，各区政府）",
     ("lead_support", ["市科学技术委员会"], ["市财政局", "各区政府"])),
])
def test_labelled_lists_of_several_units(text, expected):
    assert read(text) == expected


def test_a_labelled_list_still_refuses_a_sentence():
    assert read("1.推进改革。（责任单位：要加强组织领导，确保各项任务落到实处）") is None


@pytest.mark.parametrize("text,expected", [
    ("1.推进改革。（市发展改革委牵头，市财政局配合，各区政府落实）", ("lead_support", ["市发展改革委"], ["市财政局", "各区政府"])),
    ("1.推进改革。（省大数据局、省委网信办牵头，省发展改革委、省住房城乡建设厅等有关部门配合，各市政府落实）",
     ("lead_support", ["省大数据管理局", "省委网信办"], ["省发展改革委", "省住房城乡建设厅", "各市政府"])),
    ("1.推进改革。（省大数据局牵头，各有关部门分头落实）", ("lead_support", ["省大数据管理局"], ["各有关部门"])),
    ("1.推进改革。（市发展改革委牵头，各区分头落实）", ("lead_support", ["市发展改革委"], ["各区"])),
])
def test_notes_in_several_role_clauses(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a later clause lists units with no verb of its own: the list goes on into the next clause (tt_113's unit cell)
    ("1.推进改革。（自治区住房城乡建设厅牵头，联席会议成员单位按职责分工负责；各盟行政公署、市人民政府，各旗县（市、区）人民政府负责落实）",
     ("lead_support", ["自治区住房城乡建设厅"], ["联席会议成员单位", "各盟行政公署、市人民政府", "各旗县（市、区）人民政府"])),
    ("1.推进改革。（市发展改革委牵头，市财政局按职责分工负责；各县、市、区人民政府负责落实）",
     ("lead_support", ["市发展改革委"], ["市财政局", "各县、市、区人民政府"])),
    # a clause of units that no verb closes, last: no note of clauses
    ("1.推进改革。（市发展改革委牵头，市财政局配合，市科委、市教育局）", None),
])
def test_note_clauses_whose_list_runs_on_into_the_next_clause(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("name", ["中国（上海）自由贸易试验区临港新片区管理委员会", "长三角G60科创走廊联席会议办公室", "上海硬科技创新联盟"])
def test_unit_names_with_a_bracketed_place_latin_letters_or_a_league(name):
    assert is_unit(name)
    assert read(f"1.推进改革。（责任单位：{name}、市科委）") == ("listed", [lookup(name).canonical, "市科学技术委员会"], [])


@pytest.mark.parametrize("text,expected", [
    # 、 between the lead and its supporters; 落实 / 负责落实 / 按职责分工落实 as what the supporters do
    ("1.推进改革。（市发展改革委牵头、市科委、市财政局配合）", ("lead_support", ["市发展改革委"], ["市科学技术委员会", "市财政局"])),
    ("1.推进改革。（市发展改革委、市科委牵头，各区政府负责落实）",
     ("lead_support", ["市发展改革委", "市科学技术委员会"], ["各区政府"])),
    ("1.推进改革。（市发展改革委牵头，各区、各相关部门按职责分工落实）", ("lead_support", ["市发展改革委"], ["各区", "各相关部门"])),
    # a time clause at either end of a verb note
    ("1.推进改革。（市发展改革委牵头，市科委配合，2024年底前完成）", ("lead_support", ["市发展改革委"], ["市科学技术委员会"])),
    ("1.推进改革。（2024年底前完成，市发展改革委牵头，市科委配合）", ("lead_support", ["市发展改革委"], ["市科学技术委员会"])),
    # a verb note under a duty label; a lead marked inside a bare list
    ("1.推进改革。（责任单位：市发展改革委牵头，市科委、市财政局配合）",
     ("lead_support", ["市发展改革委"], ["市科学技术委员会", "市财政局"])),
    ("1.推进改革。（市发展改革委（牵头）、市科委、市财政局）", ("lead_support", ["市发展改革委"], ["市科学技术委员会", "市财政局"])),
])
def test_verb_notes_with_more_separators_verbs_and_time(text, expected):
    assert read(text) == expected


def test_a_time_clause_alone_is_no_note():
    assert read("1.推进改革。（2024年底前完成）") is None


def test_item_headed_by_a_unit_of_the_documents_own_place():
    # 象州 is the place of the title's 象州县: its units may drop the level word; another place's may not
    text = "《象州县农村公路实施方案》\n1.象州公路养护中心：加强国省道养护。\n2.柳城公路养护中心：加强国省道养护。"
    sections = items(text)
    assign_responsibility(text, sections)
    assert names(sections[1].responsibility.lead) == ["象州公路养护中心"]
    assert sections[2].responsibility is None


@pytest.mark.parametrize("text,expected", [
    ("1.推进改革。（牵头单位（部门）：市发展改革委、市经济信息化委）", ("lead_support", ["市发展改革委", "市经济信息化委"], [])),
    ("1.推进改革。（牵头单位/部门：市发展改革委、市经济信息化委）", ("lead_support", ["市发展改革委", "市经济信息化委"], [])),
    ("1.推进改革。（责任单位/部门：市发展改革委、市经济信息化委）", ("listed", ["市发展改革委", "市经济信息化委"], [])),
    ("1.推进改革。（牵头责任单位：市发展改革委、市经济信息化委；配合单位：市财政局）",
     ("lead_support", ["市发展改革委", "市经济信息化委"], ["市财政局"])),
])
def test_label_variants(text, expected):
    assert read(text) == expected


def test_lead_and_support_labels_on_lines_of_their_own():
    from policyparse import parse

    doc = parse("一、重点任务\n1.推进改革。加强建设。\n牵头部门：市商务委、市科委\n配合部门：市财政局、各区\n2.加强管理。加强建设。")
    r = doc.sections[0].children[0].responsibility
    assert (r.mode, names(r.lead), names(r.support)) == ("lead_support", ["市商务委", "市科学技术委员会"], ["市财政局", "各区"])


def test_a_support_label_alone_lists_its_units():
    assert read("1.推进改革。（配合部门：市财政局、各区）") == ("listed", ["市财政局", "各区"], [])


def test_a_bracketed_note_line_after_the_last_item():
    from policyparse import parse

    doc = parse("一、重点任务\n1.推进改革。加强建设。\n2.加强管理。加强建设。\n（市商务委牵头，市财政局配合）")
    r = doc.sections[0].children[1].responsibility
    assert (r.mode, names(r.lead), names(r.support)) == ("lead_support", ["市商务委"], ["市财政局"])


@pytest.mark.parametrize("intro", [
    "国家发展和改革委员会（以下简称发展改革委）", "国家发展改革委（简称发展改革委）", "国家发展改革委（以下称发展改革委）",
    "国家发展改革委（下称发展改革委）",
])
def test_abbreviations_declared_in_any_wording(intro):
    text = f"{intro}负责统筹。\n1.推进改革。（发展改革委牵头）"
    assert names(find_note(text, 0, len(text), document_reading(text)).lead) == ["国家发展改革委"]


def test_abbreviations_found_from_their_cues_are_those_the_full_pattern_finds():
    # the cue search is a speed-up only: the same declarations, in order, as the pattern run at every position
    from policyparse.extract import units

    text = ("为落实要求，上海市发展和改革委员会（以下简称“市发展改革委”）、上海市经济和信息化委员会（简称市经济信息化委）"
            "和国家某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某管理局（下称某管理局）牵头；"
            "（以下简称）无名者；市科委（简称科委）")
    expected = [(m.span(), m.group("full"), m.group("abbr")) for m in units._ABBREVIATION.finditer(text)]
    assert len(expected) >= 3
    assert [(m.span(), m.group("full"), m.group("abbr")) for m in units._abbreviations(text)] == expected


# ---- batch rq forms (issue 10 §3): each rule below, on a snippet written for it


@pytest.mark.parametrize("text,expected", [
    # the note's closing remark after its 。 names no unit of the task
    ("1.推进建设。〔责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕",
     ("joint", ["省发展改革委", "省市场监管局"], [])),
    ("1.落实政策。（责任单位：市工信局、市财政局等有关部门，各县区人民政府。以下政策措施均需各县区人民政府落实，不再单独列出）",
     ("listed", ["市工业和信息化局", "市财政局", "各县区人民政府"], [])),
    # a duty label over units that share the task, or that each lead a part
    ("1.推进建设。（责任单位：市教育局、市财政局按职责分工负责）", ("joint", ["市教育局", "市财政局"], [])),
    ("1.推进建设。（责任单位：市人力社保局、市农业农村局分别牵头）", ("joint", ["市人力资源社会保障局", "市农业农村局"], [])),
    ("1.推进建设。（市教育局、市财政局分别负责）", ("joint", ["市教育局", "市财政局"], [])),
    # no 牵头 named: the first units share the task, the others support
    ("1.推进建设。（市教育局、市财政局按职责分工负责，各区县政府落实）", ("joint", ["市教育局", "市财政局"], ["各区县政府"])),
    # roles said other ways
    ("1.推进建设。（市教育局会同市财政局等部门负责）", ("lead_support", ["市教育局"], ["市财政局"])),
    ("1.推进建设。（市教育局为牵头单位，市财政局为配合单位）", ("lead_support", ["市教育局"], ["市财政局"])),
    ("1.推进建设。（主要责任单位：市教育局；协同单位：市财政局）", ("lead_support", ["市教育局"], ["市财政局"])),
    ("1.推进建设。（市教育局牵头落实，市财政局配合）", ("lead_support", ["市教育局"], ["市财政局"])),
    ("1.推进建设。（市教育局负责，各区政府落实）", ("lead_support", ["市教育局"], ["各区政府"])),
    ("1.推进建设。（科技部等有关方面按国务院文件确定的职责分工负责）", ("joint", ["科技部"], [])),
    # collectives
    ("1.推进建设。（各地负责）", ("all", ["各地"], [])),
    ("1.推进建设。（各地各部门负责）", ("all", ["各地", "各部门"], [])),
    # names: a bank branch called 人行, 国办
    ("1.推进建设。（牵头责任单位：市财政局；协同责任单位：市税务局、市人行）", ("lead_support", ["市财政局"], ["市税务局", "市人行"])),
    ("1.推进建设。（国办牵头）", ("lead_support", ["国务院办公厅"], [])),
    # more ways of saying the same roles
    ("1.推进建设。（市教育局负责牵头，市财政局配合）", ("lead_support", ["市教育局"], ["市财政局"])),
    ("1.推进建设。（责任单位：市教育局；配合单位：市财政局）", ("lead_support", ["市教育局"], ["市财政局"])),
    ("1.推进建设。（责任领导：张三；责任单位：市教育局）", ("listed", ["市教育局"], [])),
    ("1.推进建设。（市教育局牵头，相关部门按职能分工负责）", ("lead_support", ["市教育局"], ["相关部门"])),
])
def test_batch_rq_note_forms(text, expected):
    assert read(text) == expected


def test_a_bracket_explaining_a_name_is_no_note():
    assert note("1.发挥作用。设立股权投资公司（即中投海外直接投资公司）") is None


def test_a_drafter_named_by_a_document_noun_is_not_the_task_unit():
    assert note("1.完善补贴。具体方案由自治区发展改革委牵头商自治区财政厅研究提出，按程序报批。") is None
    assert read("1.完善补贴。由市财政局牵头落实。") == ("lead_support", ["市财政局"], [])


def test_a_standing_body_s_make_up_names_no_task_unit():
    # tw_09 (a 条例): 联席会议由A牵头，有关部门参加 says who sits on the body, not who carries a task
    assert note("第六条国务院建立部际联席会议制度。联席会议由国务院某监督管理机构牵头，有关部门参加，负责督促、指导工作。") is None
    assert read("1.推进改革。由市财政局牵头，市教育局配合。") == ("lead_support", ["市财政局"], ["市教育局"])


def test_a_labelled_note_cut_short_at_the_end_of_a_stored_copy_is_read():
    text = "1.提高开放程度。全面开放市场。（牵头单位：省发展改革委；责任单位：省编办、省环保厅、"
    assert read(text) == ("lead_support", ["省发展改革委"], ["省编办", "省环保厅"])


def test_a_bare_list_cut_short_after_a_sentence_end_is_read_and_a_units_other_name_is_no_note():
    # tr_02: …等重大项目。〔省委军民融合办、省发展改革委、省数据局(省营商局) — the stored copy ends inside the note; the
    # bracket closing its last unit gives that office's other name, neither a note of its own nor part of the name
    text = "二、加快推进重大项目建设。〔省委军民融合办、省发展改革委、省科技厅、省数据局(省营商局)"
    assert read(text) == ("listed", ["省委军民融合办", "省发展改革委", "省科技厅", "省数据局"], [])


def test_an_unclosed_bracket_of_prose_is_no_note():
    assert note("1.提高开放程度。全面开放市场（包括") is None


def test_first_listed_leads_declared_in_a_bracket_of_a_note_line():
    text = ("1.投资增长10%。\n责任单位：市发改委、市经信局、市财政局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）\n"
            "2.消费增长5%。\n责任单位：市商务局\n"
            "3.收入同步增长。\n责任单位：市人力社保局、市农业农村局分别牵头")
    sections = items_by_number(text)
    assign_responsibility(text, sections)
    got = [(s.responsibility.mode, names(s.responsibility.lead), names(s.responsibility.support)) for s in sections]
    assert got == [
        ("lead_support", ["市发展改革委"], ["市经信局", "市财政局"]),
        ("lead_support", ["市商务局"], []),
        ("joint", ["市人力资源社会保障局", "市农业农村局"], []),
    ]


def items_by_number(text: str) -> list[Section]:
    """One item per numbered line, its own text running to the next numbered line."""
    out, pos = [], 0
    blocks: list[tuple[int, int]] = []
    for line in text.split("\n"):
        if line[:1].isdigit():
            blocks.append((pos, pos + len(line)))
        else:
            s, _ = blocks[-1]
            blocks[-1] = (s, pos + len(line))
        pos += len(line) + 1
    for i, (s, e) in enumerate(blocks, 1):
        out.append(Section(id=str(i), kind="item", level=3, text=text[s:e], span=(s, e)))
    return out


def test_the_note_closing_several_paragraphs_belongs_to_their_numbered_node():
    from policyparse.extract.units import _lift_closing_notes
    from policyparse.models import Responsibility

    paragraphs = [Section(id=f"1.p{i}", kind="paragraph", level=3, text="x", span=(i, i + 1)) for i in (1, 2)]
    single = [Section(id="2.p1", kind="paragraph", level=3, text="x", span=(5, 6))]
    heads = [Section(id="1", kind="heading", level=3, text="", span=(0, 0), children=paragraphs),
             Section(id="2", kind="heading", level=3, text="", span=(4, 4), children=single)]
    resp = Responsibility(lead=[], support=[], mode="listed", raw="", span=(2, 3))
    own = {id(paragraphs[1]): resp, id(single[0]): resp}
    paragraphs[1].responsibility = single[0].responsibility = resp
    _lift_closing_notes(heads, own)
    assert heads[0].responsibility is resp and paragraphs[1].responsibility is None
    assert heads[1].responsibility is None and single[0].responsibility is resp  # one paragraph keeps its note


def test_labels_set_in_black_brackets_on_lines_of_their_own():
    from policyparse import parse

    doc = parse("一、总体\n1.推进建设。建立制度。\n【牵头单位】市教育局\n【配合单位】市财政局\n2.完善机制。\n【责任单位】市人社局\n")
    got = [(r.mode, names(r.lead), names(r.support)) for r in (n.responsibility for n in doc.sections[0].children)]
    assert got == [("lead_support", ["市教育局"], ["市财政局"]), ("listed", ["市人力资源社会保障局"], [])]


# Shapes found by surveying unlabelled notices (tools/survey_notes.py): each was read as no note, or as fewer units.
@pytest.mark.parametrize("text,expected", [
    # 参加单位 is a support label, 参加 a support verb
    ("1.推进建设。（牵头单位：省卫生健康委，参加单位：省大数据局、省医保局）",
     ("lead_support", ["省卫生健康委"], ["省大数据管理局", "省医疗保障局"])),
    ("1.推进建设。（省应急厅牵头，省公安厅、省卫生健康委参加）", ("lead_support", ["省应急管理厅"], ["省公安厅", "省卫生健康委"])),
    ("1.推进建设。（省商务厅为牵头单位，省邮政管理局为参加单位）", ("lead_support", ["省商务厅"], ["省邮政管理局"])),
    # places listed bare before the one carrying the body: 济南、青岛、烟台市政府 are three city governments
    ("1.推进建设。（牵头单位：省商务厅，参加单位：省财政厅，济南、青岛、烟台市政府）",
     ("lead_support", ["省商务厅"], ["省财政厅", "济南市政府", "青岛市政府", "烟台市政府"])),
    # zones as bodies of a labelled note (a county's 开发区 / 管理区 stand for their 管委会), listed bare before the
    # one carrying the zone word: 甲乙、丙丁管理区 are two zones
    ("1.推进建设。（牵头单位：市发改局；责任单位：市统计局，各乡、镇人民政府，甲乙、丙丁管理区，某某经济开发区）",
     ("lead_support", ["市发改局"], ["市统计局", "各乡、镇人民政府", "甲乙管理区", "丙丁管理区", "某某经济开发区"])),
    # the lead departments of a named mechanism, whoever they are, are a unit of the list
    ("1.推进建设。（省发展改革委、省“十强产业”协调推进机制牵头部门负责）",
     ("listed", ["省发展改革委", "省“十强产业”协调推进机制牵头部门"], [])),
    # A配合B落实: A assists, B carries the task
    ("1.推进建设。（人事部等部门配合中央有关部门落实）", ("lead_support", ["中央有关部门"], ["人事部"])),
    ("1.推进建设。（法制办等部门按职责分工配合全国人大常委会有关机构落实）",
     ("lead_support", ["全国人大常委会有关机构"], ["法制办"])),
])
def test_note_shapes_found_on_unlabelled_notices(text, expected):
    r = note(text)
    assert r is not None
    # canonical names: the bare place of a shared body is named by the body it shares (济南 -> 济南市政府)
    assert (r.mode, [u.canonical for u in r.lead], [u.canonical for u in r.support]) == expected


@pytest.mark.parametrize("text", [
    "1.推进建设。（济南、青岛等地先行先试）",  # bare places with no body after them: no note
    "1.推进建设。（市教育局配合落实）",  # a supporter alone names no one carrying the task: unchanged
    "1.推进建设。（参加单位名称）",
])
def test_survey_shapes_do_not_read_prose_as_notes(text):
    assert read(text) is None


@pytest.mark.parametrize("text,expected", [
    # a department whose name holds 和 is one unit: 各市工业和信息化局 is not 各市工业 and 信息化局
    ("1.推进建设。（牵头单位：省工业和信息化厅、各市工业和信息化局）",
     ("lead_support", ["省工业和信息化厅", "各市工业和信息化局"], [])),
    ("1.推进建设。（各县文化和旅游局负责）", ("listed", ["各县文化和旅游局"], [])),
    ("1.推进建设。（市教育局和市科协负责）", ("listed", ["市教育局", "市科协"], [])),  # two units still part at 和
    # 及其办公室: the office of the unit named before
    ("1.推进建设。（由市防汛抗旱指挥部及其办公室负责）", ("listed", ["市防汛抗旱指挥部", "市防汛抗旱指挥部办公室"], [])),
])
def test_units_joined_by_and(text, expected):
    r = note(text)
    assert r is not None
    assert (r.mode, [u.canonical for u in r.lead], [u.canonical for u in r.support]) == expected


@pytest.mark.parametrize("text,expected", [
    # 具体落实 is what the supporting units do, not part of their name
    ("1.推进建设。（市发展改革委牵头，各区（市）政府具体落实）", ("lead_support", ["市发展改革委"], ["各区（市）政府"])),
    # a label naming the tier it speaks for: 市级责任单位： / 县级责任单位：
    ("1.推进建设。（市级责任单位：市交通运输局；县级责任单位：各县区政府）", ("listed", ["市交通运输局", "各县区政府"], [])),
])
def test_support_verbs_and_tier_labels(text, expected):
    r = note(text)
    assert r is not None
    assert (r.mode, [u.name for u in r.lead], [u.name for u in r.support]) == expected


def test_a_document_closing_its_items_with_bare_lists_of_its_own_offices():
    # a bureau's own plan names its offices without a level word; three items closing so make it the document's way
    text = ("1.建设数字校园。（装备信息中心、教科院）\n2.培训教师。（教师处、教科院、人才中心）\n"
            "3.推进职业教育。（职教处、高教处）\n4.总结经验（试点学校）")
    sections = items(text)
    assign_responsibility(text, sections)
    got = [[u.name for u in s.responsibility.lead] if s.responsibility else None for s in sections]
    assert got == [["装备信息中心", "教科院"], ["教师处", "教科院", "人才中心"], ["职教处", "高教处"], None]


def test_bare_lists_of_unanchored_names_stay_no_note_without_the_habit():
    text = "1.建设数字校园。（装备信息中心、教科院）\n2.名单：徐某（安洲街道办事处）\n3.李某（溪港乡人民政府）"
    sections = items(text)
    assign_responsibility(text, sections)
    assert [s.responsibility for s in sections] == [None, None, None]


@pytest.mark.parametrize("text", [
    "三、各地要进一步强化为农服务。尽量采取预约收购、上门收购等方式。",  # what every place must do, not a unit heading
    "（二）加快培育和发展大型煤炭企业集团。结合大型煤炭基地建设，鼓励企业参与。",  # a task ending as 集团 ends
])
def test_task_titles_ending_like_unit_names_head_no_duty_list(text):
    sections = items(text)
    assign_responsibility(text, sections)
    assert sections[0].responsibility is None


@pytest.mark.parametrize("text", [
    "一、同意组建中国新星石油有限责任公司（以下简称新星石油公司）。",  # a short name declared
    "举报邮箱：hzsclbgs@sina.com（贺州市残联）。",  # whose mailbox
])
def test_brackets_naming_a_name_or_an_address_are_no_notes(text):
    assert note(text) is None


def test_a_unit_heading_still_heads_its_duties():
    text = "1.县财政局：落实资金保障。"
    sections = items(text)
    assign_responsibility(text, sections)
    assert [u.name for u in sections[0].responsibility.lead] == ["县财政局"]


@pytest.mark.parametrize(
    "text, support",
    [
        # a bare 单位 after a collective of departments names more bodies of that group, not a unit of its own
        ("推进网上办。（牵头单位：市行政审批服务局；责任单位：市直有关部门、单位，各区市政府）",
         ["市直有关部门、单位", "各区市政府"]),
        ("推进网上办。（牵头单位：市财政局；责任单位：区有关部门、单位）", ["区有关部门、单位"]),
    ],
)
def test_a_bare_body_after_a_collective_stays_in_its_group(text, support):
    mode, lead, got = read(text)
    assert mode == "lead_support" and got == support and "单位" not in got


def _tree(text: str, shape: list[tuple[str, list[str]]]) -> list[Section]:
    """Headings (their title line) over items (one line each): `shape` is [(heading line, [item lines]), ...];
    a heading's own text is its title line, an item's runs to the next node (a note line after it is its text)."""
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out, i = [], 0
    flat: list[tuple[Section, int]] = []
    for h, kids in shape:
        while lines[i] != h:
            i += 1
        head = Section(id=str(len(out) + 1), kind="heading", level=1, text=h, span=(starts[i], starts[i] + len(h)))
        flat.append((head, i))
        i += 1
        for k in kids:
            while lines[i] != k:
                i += 1
            item = Section(id=f"{head.id}.{len(head.children) + 1}", kind="item", level=3, text=k, span=(starts[i], 0))
            head.children.append(item)
            flat.append((item, i))
            i += 1
        out.append(head)
    for n, (node, _line) in enumerate(flat):
        end = starts[flat[n + 1][1]] - 1 if n + 1 < len(flat) else len(text)
        node.span = (node.span[0], end if node.kind == "item" else node.span[1])
    return out


def test_a_note_line_after_the_last_of_note_less_items_closes_their_heading():
    text = ("一、深化改革\n1.推进国企改革。\n2.深化财税体制改革。\n（牵头单位：区发展改革局；责任单位：区财政局）\n"
            "二、扩大开放\n1.加大招商引资力度。\n2.培育外贸新业态。\n责任单位：区商务局")
    sections = _tree(text, [("一、深化改革", ["1.推进国企改革。", "2.深化财税体制改革。"]),
                            ("二、扩大开放", ["1.加大招商引资力度。", "2.培育外贸新业态。"])])
    assign_responsibility(text, sections)
    first, second = sections
    assert (first.responsibility.mode, names(first.responsibility.lead), names(first.responsibility.support)) == (
        "lead_support", ["区发展改革局"], ["区财政局"])
    assert [k.responsibility.inherited_from for k in first.children] == ["1", "1"]
    assert names(second.responsibility.lead) == ["区商务局"]
    assert [names(k.responsibility.lead) for k in second.children] == [["区商务局"], ["区商务局"]]


def test_a_note_line_stays_with_its_item_when_a_sibling_has_a_note_or_the_note_is_inline():
    text = ("一、深化改革\n1.推进国企改革。（区国资办负责）\n2.深化财税体制改革。\n（区财政局负责）\n"
            "二、扩大开放\n1.加大招商引资力度。\n2.培育外贸新业态。（区商务局负责）")
    sections = _tree(text, [("一、深化改革", ["1.推进国企改革。（区国资办负责）", "2.深化财税体制改革。"]),
                            ("二、扩大开放", ["1.加大招商引资力度。", "2.培育外贸新业态。（区商务局负责）"])])
    assign_responsibility(text, sections)
    first, second = sections
    assert first.responsibility is None and second.responsibility is None
    assert [names(k.responsibility.lead) for k in first.children] == [["区国资办"], ["区财政局"]]
    assert second.children[0].responsibility is None
    assert names(second.children[1].responsibility.lead) == ["区商务局"]


def test_a_unit_declaring_its_short_name_in_a_note():
    assert read("1.加快重点项目建设。（区住房和城乡建设局（以下简称区住建局）牵头，区自然资源局配合）") == (
        "lead_support", ["区住房城乡建设局"], ["区自然资源局"])
    assert read("1.推进改革。（市发展和改革委员会（简称市发改委）、市财政局负责）") == (
        "listed", ["市发展改革委", "市财政局"], [])


def test_units_named_as_carrying_the_task_are_listed():
    assert read("1.加强网络安全。（市委网信办为责任单位）") == ("listed", ["市委网信办"], [])
    assert read("1.推进改革。（市公安局、市教育局为责任单位）") == ("listed", ["市公安局", "市教育局"], [])
    assert read("1.推进改革。（市公安局为牵头单位，市教育局为责任单位）") == ("lead_support", ["市公安局"], ["市教育局"])


@pytest.mark.parametrize("text,expected", [
    ("1.推进改革。（市发改委主责，市财政局协同）", ("lead_support", ["市发展改革委"], ["市财政局"])),
    ("1.推进改革。（市发改委统筹，市财政局配合）", ("lead_support", ["市发展改革委"], ["市财政局"])),
    ("1.推进改革。（市发改委牵头抓总，各成员单位配合）", ("lead_support", ["市发展改革委"], ["各成员单位"])),
])
def test_other_words_for_leading(text, expected):
    assert read(text) == expected


def test_a_duty_paragraph_headed_by_a_unit():
    text = "市公安局：负责打击涉企违法犯罪。\n市财政局：做好资金保障。\n主要任务：完善制度。\n市教育局：全市中小学校。"
    sections = [Section(id=f"3.p{i}", kind="paragraph", level=2, text=line, span=(s, s + len(line)))
                for i, (line, s) in enumerate(zip(text.split("\n"), (0, 17, 30, 41)), 1)]
    assert [text[sec.span[0]:sec.span[1]] for sec in sections] == text.split("\n")
    assign_responsibility(text, sections)
    got = [names(s.responsibility.lead) if s.responsibility else None for s in sections]
    assert got == [["市公安局"], ["市财政局"], None, None]


def test_a_paragraph_that_is_a_bare_note_as_a_whole():
    # sh_01: the text under （二）试点指导单位。 is the note, without brackets or label; a ministry's 司 is a unit
    assert read("（二）试点指导单位。\n交通运输部运输服务司牵头，科技司、人事教育司配合。") == (
        "lead_support", ["交通运输部运输服务司"], ["科技司", "人事教育司"])
    assert read("（二）试点指导单位。\n交通运输部综合规划司牵头。") == ("lead_support", ["交通运输部综合规划司"], [])
    assert is_unit("运输服务司")
    # a task sentence that opens with a lead is not a note line
    assert read("（十九）强化组织实施。\n国家能源局牵头建立专项协调推进机制，会同有关部门分工协作解决重大问题。") is None
    # nor a bare note line under a title that names no unit
    assert read("（二）工作要求。\n专家组牵头，各位同志积极配合。") is None


@pytest.mark.parametrize("text", [
    "1.推进改革。[牵头单位：区公安局；责任单位：区教育局]",  # ASCII square brackets (sj_01)
    "1.推进改革。［牵头单位：区公安局；责任单位：区教育局］",
])
def test_labelled_notes_in_square_brackets(text):
    assert read(text) == ("lead_support", ["区公安局"], ["区教育局"])


def test_square_brackets_of_a_document_number_are_no_note():
    assert note("1.推进改革。按照国办发[2016]19号文件执行。") is None


def test_a_kind_of_department_carries_a_task_in_a_bracketed_note():
    # （交通运输部门负责）: a sector's departments, not one body, named as the task's carrier (sj_03)
    assert read("1.严格准入管理。（交通运输部门负责）") == ("listed", ["交通运输部门"], [])
    assert read("3.加大检查力度。（公安部门负责）") == ("listed", ["公安部门"], [])


def test_a_kind_of_department_in_running_text_is_no_note():
    # 由水利部门牵头 in a footnote or rule (rd_05, ri_01): the wording of a rule, not the carrier of the task
    assert note("②评价依据：防洪标准，由水利部门牵头。") is None
    assert read("1.完善补贴。由市财政局牵头落实。") == ("lead_support", ["市财政局"], [])


def test_a_division_of_work_notice_assigns_tasks_in_prose():
    # 关于“…”的问题，由A会同B等部门…: A leads, B supports (sj_06, 国办函〔2014〕31号)
    text = "（二）关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。"
    assert read(text) == ("lead_support", ["国土资源部"], ["农业部"])
    text = "（一）关于“国家粮食安全战略”的问题，由发展改革委会同中央农办、农业部、财政部等部门研究提出落实意见。"
    assert read(text) == ("lead_support", ["发展改革委"], ["中央农办", "农业部", "财政部"])


def test_convening_outside_a_division_of_work_is_no_note():
    # 由A会同B制定 in a rule says who drafts, not who carries a task
    assert note("第五条 具体办法由市财政局会同市教育局制定。") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known unit and a collective printed with no separator: two units (tt_32's 县民政局各相关乡镇街道)
        ("推进改造。（责任单位：县民政局各相关乡镇街道）", ("listed", ["县民政局", "各相关乡镇街道"], [])),
        ("推进改造。（县民政局牵头，县财政局各有关单位配合）", ("lead_support", ["县民政局"], ["县财政局", "各有关单位"])),
        ("推进改造。（责任单位：县民政局各乡镇（街道））", ("listed", ["县民政局", "各乡镇（街道）"], [])),
        # a body's own departments are one collective
        ("推进改造。（责任单位：区政府各部门）", ("all", ["区政府各部门"], [])),
        ("推进改造。（责任单位：市政府各有关部门）", ("all", ["市政府各有关部门"], [])),
    ],
)
def test_a_unit_then_a_collective_written_together_are_two_units(text, expected):
    assert read(text) == expected


def _table_rows(text: str):
    return [n for n in parse(text).iter_sections() if n.kind == "task_row"]


def test_a_collective_and_a_known_unit_run_together_in_a_table_cell():
    text = "序号\t项目名称\t责任单位\n1\t敬老院电梯加装工程\t县民政局各相关乡镇街道\n2\t学校改造工程\t县教育局\n"
    rows = _table_rows(text)
    assert [u.name for u in rows[0].responsibility.lead] == ["县民政局", "各相关乡镇街道"]


@pytest.mark.parametrize("name", ["各有关乡镇（街道）", "各镇（街道）", "各乡镇(街道)", "各县（市、区）"])
def test_a_tier_alternative_in_brackets_belongs_to_the_collective(name):
    """各有关乡镇（街道）: the bracket names the other tier of the same collective (tt_39), no note on it."""
    text = f"序号\t重点任务\t牵头单位\t配合单位\n1\t推进甲项工作。\t区教育局\t区国投集团、{name}\n"
    rows = _table_rows(text)
    # repair prints half-width brackets full-width
    assert [u.name for u in rows[0].responsibility.support] == ["区国投集团", name.replace("(", "（").replace(")", "）")]


def test_a_note_after_a_unit_in_a_table_cell_is_still_cut():
    text = "序号\t重点任务\t牵头单位\t配合单位\n1\t推进甲项工作。\t区教育局\t区财政局（按职责分工负责）、各镇（街道）配合\n"
    rows = _table_rows(text)
    assert [u.name for u in rows[0].responsibility.support] == ["区财政局", "各镇（街道）"]


def test_zhuban_names_the_lead_and_xieban_the_support():
    # sl_02: (区发改委、区财政局主办) / (区商务局主办,相关街道协办): 主办 says what 牵头 says, 协办 what 配合 says
    assert read("（区发改委、区财政局主办）") == ("lead_support", ["区发展改革局", "区财政局"], [])
    mode, lead, support = read("（区商务局主办，相关街道协办）")
    assert (mode, lead, len(support)) == ("lead_support", ["区商务局"], 1)


def test_a_note_naming_only_lexicon_collectives_is_everyones():
    # （县直有关部门、各乡镇场负责）: the county's departments and every township as groups, no unit named alone
    assert read("3.推进行业、部门和地方信用制度建设。（县直有关部门、各乡镇场负责）") == (
        "all", ["县直有关部门", "各乡镇场"], []
    )
    # a named unit beside a collective stays a list
    assert read("4.加强信用信息分类管理。（县发改委、各乡镇负责）")[0] == "listed"
    # the members of one named body beside a tier of governments stay a list
    assert read("12.加强组织领导。（省推进工业互联网创新发展专项工作组成员单位、各市人民政府）")[0] == "listed"


def test_sentence_brackets_of_a_node_are_those_its_own_scan_finds():
    """The brackets against a sentence end are found once over the document; a node's share (by bisection) is what a
    scan of the node alone finds: a sentence end or a following 。 outside the node does not count."""
    import regex

    from policyparse.extract.units import _SentenceBrackets

    text = "（一）完善机制。（市财政局负责）加强管理（市教育局牵头）。\n（二）推进建设。(区住建局负责)；落实（A）\n。（B）"
    opens = regex.compile(r"[。；;！？!?\n][（(〔【\[［]")
    closes = regex.compile(r"[）)〕】](?=[。；;])")
    found = _SentenceBrackets.of(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert found.opens_in(start, end) == [m.start() + 1 for m in opens.finditer(text, start, end)]
            assert found.closes_in(start, end) == [m.start() for m in closes.finditer(text, start, end)]


def test_a_note_label_run_on_after_the_items_sentence_is_its_note():
    # batch ss (徐州 2010): the goal, then 主办单位：… closing the same paragraph
    assert read("1.地区生产总值增长13.5%。主办单位：市发展和改革委员会、统计局。") == (
        "lead_support", ["市发展改革委", "统计局"], [])
    assert read("2.完善工作机制，加强督查。牵头单位：市财政局；责任单位：市审计局。") == (
        "lead_support", ["市财政局"], ["市审计局"])


def test_a_label_inside_a_bracketed_note_or_before_a_further_sentence_adds_no_note():
    # the ； parting labels inside （牵头单位：A；责任单位：B） opens no second note
    assert read("1.做好工作。（牵头单位：市商务委；责任单位：市财政局、市税务局）") == (
        "lead_support", ["市商务委"], ["市财政局", "市税务局"])
    # a 责任单位： said in the course of a paragraph that goes on is not the item's note
    assert read("1.建立制度。责任单位：要明确分工。各部门要抓好落实。") is None


def test_an_office_bracketed_after_a_unit_is_the_units():
    # sq_02: 责任单位：市发改委(代建办) — the office of 市发改委 that builds for it; 各县（市、区） keeps its tiers
    assert lookup("市发改委(代建办)").canonical == "市发展改革委"
    assert lookup("市发改委（代建办）").canonical == "市发展改革委"
    assert lookup("各县（市、区）").canonical == "各县（市、区）"


def test_closing_brackets_are_those_the_pattern_finds():
    """units._closing_brackets tries the closing-bracket pattern only at the sentence end before a bracket: the
    matches a search of the whole text finds (blanks between, a bracket after a non-sentence end, unclosed ones)."""
    from policyparse.extract.units import _CLOSING_BRACKET, _closing_brackets

    text = "加强宣传。（市委宣传部、市科协）\n完善机制；\u3000(市财政局)。\n推进建设（市发展改革委）。\n落实。（未闭合\n。（甲、乙）"
    assert [m.span() for m in _closing_brackets(text)] == [m.span() for m in _CLOSING_BRACKET.finditer(text)]
    assert len(list(_closing_brackets(text))) == 3


def test_labels_after_sentence_ends_are_where_the_pattern_finds_them():
    """units._labels_after_sentence_ends finds, from the 。 by str.find, the matches of the pattern it stands for: a
    note label run on after a sentence end (。, not the ； inside a bracketed note), blanks between."""
    import regex

    from policyparse.extract.units import _labels_after_sentence_ends
    from policyparse.grammar import NOTE_LABEL

    SENTENCE_THEN_NOTE_LABEL = regex.compile(r"(?<=。)[ \u3000]*+(?=" + NOTE_LABEL.pattern + r")")

    for text in ("1.增长13.5%。主办单位：市统计局。", "做好。\u3000 责任单位：甲。牵头单位：乙", "。。主办：丙", "无句号 主办单位：丁",
                 "（牵头单位：甲；责任单位：乙）。 配合单位：丙"):
        for start, end in ((0, len(text)), (1, len(text)), (0, len(text) - 2)):
            want = [m.end() for m in SENTENCE_THEN_NOTE_LABEL.finditer(text, start, end)]
            assert list(_labels_after_sentence_ends(text, start, end)) == want, (text, start, end)


def test_piece_bounds_are_the_pieces_the_pattern_finds():
    """units._piece_bounds splits a list by str.split (or a plain run pattern) where no bracket or 各 stands, and by
    _PIECE elsewhere: the same runs _PIECE.finditer gives, empty ones left out."""
    from policyparse.extract.units import _PIECE, _piece_bounds

    for text in ("市科协、市教育局、市科技局", "市科技局、市科协，", "、、甲局、\n乙委、", "甲局，乙委；丙办。丁厅／戊院/己所,庚会",
                 "市素质办、各牵头单位、各县（市、区）", "各县、各区、市财政局", "市发改委（代建办）、市财政局", "甲 、 乙", "",
                 "〔甲、乙〕丙", "甲(乙、丙)、丁"):
        for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
            want = [m.span() for m in _PIECE.finditer(text, start, end)]
            assert _piece_bounds(text, start, end) == want, (text, start, end)


def test_plain_pieces_are_the_trimmed_bounds():
    """units._listed_pieces reads a list holding no bracket, 各, cue character, blank, 由 or 以 (_plain_pieces) as the
    general path does: the runs _piece_bounds finds, each trimmed by _trim, empty ones left out; a list holding one
    of them takes the general path."""
    from policyparse.extract.units import _PLAIN_LIST_BREAK, _listed_pieces, _piece_bounds, _trim

    for text in ("市科协、市教育局、市科技局", "市科技局、市科协，", "、、甲局、乙委、", "甲局，乙委；丙办。丁厅／戊院/己所,庚会",
                 "", "市发改委、市财政局", "乙委，", "，，", "甲、\n乙委、", "甲 、 乙", " 市科协、\u3000市教育局 ",
                 "由市财政局牵头、市科协", "以市科协、由乙", "市科协、以上", "由甲、 、，"):
        for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
            plain = _PLAIN_LIST_BREAK.search(text) is None
            assert plain == (text in ("市科协、市教育局、市科技局", "市科技局、市科协，", "、、甲局、乙委、", "甲局，乙委；丙办。丁厅／戊院/己所,庚会",
                                      "", "市发改委、市财政局", "乙委，", "，，")), text
            want = [p for s, e in _piece_bounds(text, start, end) if (p := _trim(text, s, e)) is not None]
            assert _listed_pieces(text, start, end) == want, (text, start, end)


def test_lookup_answers_the_same_when_cached():
    """lexicon.lookup, cached by the name as written, gives what the key's lookup gives."""
    from policyparse.extract.lexicon import _key, _lookup

    for name in ("市科协", "市 科协", "市发改委(代建办)", "鞍山市教育局", "各有关部门", "无名之辈"):
        assert lookup(name) == _lookup(_key(name)), name


def test_brackets_left_open():
    # the one count the three stages ask of a line or a span: a 《 or a round bracket opened and not closed
    from policyparse.grammar import left_open, round_brackets_open

    assert round_brackets_open("（牵头单位：甲；") and round_brackets_open("(甲") and not round_brackets_open("（甲）乙")
    assert left_open("关于印发《某某办法") and left_open("各县（市") and not left_open("《办法》（试行）")
    assert not round_brackets_open("《某某办法") and not left_open("")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="《》（）()〈〉甲，。", max_size=12))
def test_brackets_left_open_gates_agree(s):
    # speed24: the `in` tests before the counts change no answer (the plain counts, as they were)
    from policyparse.grammar import left_open, round_brackets_open

    plain_round = s.count("（") + s.count("(") > s.count("）") + s.count(")")
    assert round_brackets_open(s) == plain_round
    assert left_open(s) == (s.count("《") > s.count("》") or plain_round)


def test_label_lines_one_below_another_are_one_note():
    # 牵头领导 (a person) / 牵头单位 / 责任单位 one a line under the goal: the lead unit leads, the responsible units
    # support it, as in （牵头单位：A，责任单位：B）
    text = "1.地区生产总值增长5%左右。\n牵头领导：张 三\n牵头单位：省发展改革委\n责任单位：省商务厅等，各市人民政府"
    assert read(text) == ("lead_support", ["省发展改革委"], ["省商务厅", "各市人民政府"])


def test_label_lines_parted_by_a_blank_line_stay_apart():
    text = "1.推进改革。\n\n责任单位：市公安局\n\n2.加强管理。"
    assert read(text) == ("listed", ["市公安局"], [])


def test_duty_label_over_a_lead_clause_and_a_bare_list():
    # 责任单位：A、B牵头，C、D: the units after the lead clause support it, no verb said
    text = "2.压减一般性支出。\n\n责任单位：省政府办公厅、省财政厅牵头，省商务厅、省科技厅"
    assert read(text) == ("lead_support", ["省政府办公厅", "省财政厅"], ["省商务厅", "省科技厅"])


def test_places_with_their_level_word_share_the_body_named_last():
    # 银川市、石嘴山市、吴忠市人民政府: three city governments, the body said once
    text = "1.建设通道。（自治区交通运输厅牵头，自治区发展改革委、银川市、石嘴山市、吴忠市人民政府配合）"
    assert read(text) == ("lead_support", ["自治区交通运输厅"],
                          ["自治区发展改革委", "银川市人民政府", "石嘴山市人民政府", "吴忠市人民政府"])



def test_note_label_scan_finds_the_labels_note_label_finds():
    """grammar.NOTE_LABEL_SCAN (the standard module, led by the characters a label opens with) gives NOTE_LABEL's
    matches in a note's body: the same spans and groups, \\s read as the regex module reads it."""
    from policyparse.grammar import NOTE_LABEL, NOTE_LABEL_OPENERS, NOTE_LABEL_SCAN

    for body in ("牵头单位：市发展改革委；责任单位：市财政局、市科技局", "主要责任单位：甲局；协同单位：乙委", "2024年底前，牵头单位：甲",
                 "【责任单位】甲局", "【牵头单位：甲】", "市级责任单位∶甲局", "其他责任单位 ：甲", "牵头单位（部门）：甲；配合单位/部门：乙",
                 "部门分工：甲牵头，乙配合。", "完成时限：2023年底前；责任单位：甲", "牵头\u3000：甲", "牵头\x1c：甲", "市科协、市教育局",
                 "配合：乙；协办：丙；主办：甲", "县乡镇级责任部门：甲", "省牵头考核单位：甲", ""):
        want = [(m.span(), m.groupdict()) for m in NOTE_LABEL.finditer(body)]
        assert [(m.span(), m.groupdict()) for m in NOTE_LABEL_SCAN.finditer(body)] == want, body
        # every label opens on one of NOTE_LABEL_OPENERS (where _labels_after_sentence_ends asks the pattern)
        assert all(body[s] in NOTE_LABEL_OPENERS for (s, _e), _groups in want), body


def test_notes_built_without_validation_are_the_validated_notes():
    """units._responsibility builds the note Responsibility(...) validates: the same fields, in the same order, the same
    fields counted as set, the same JSON."""
    from policyparse.extract.units import _responsibility, _units_of
    from policyparse.models import Responsibility

    text = "（市科协、市教育局）"
    units = _units_of(text, 1, len(text) - 1)
    for args in ((units, [], "listed", "市科协、市教育局", (1, 9)), (units[:1], units[1:], "lead_support", "甲", None),
                 ([], [], "all", "", (0, 0))):
        want = Responsibility(lead=args[0], support=args[1], mode=args[2], raw=args[3], span=args[4])
        got = _responsibility(*args)
        assert got == want and list(got.__dict__) == list(want.__dict__)
        assert got.model_fields_set == want.model_fields_set and got.model_dump_json() == want.model_dump_json()


def test_trim_takes_a_plain_piece_as_the_stripping_does():
    """units._trim returns a piece with nothing to strip or cut as it stands, as the stripping and the cuts of 由 and
    a leading 及 / 以及 give it; pieces with something to strip or cut go the general way."""
    from policyparse.extract.units import _trim

    for seg in ("市科协", " 市科协", "市科协\u3000", "由市科协负责", "由甲局", "及市科协", "以及市教育局", "以外", "甲", "  ", ""):
        text = "（" + seg + "）"
        got = _trim(text, 1, 1 + len(seg))
        stripped = seg.strip()
        if seg and not seg[0].isspace() and not seg[-1].isspace() and seg[0] not in "由以及":
            assert (got.name, got.start, got.end) == (seg, 1, 1 + len(seg)), seg
        elif not stripped:
            assert got is None, seg
        else:
            assert got is not None and got.name in stripped, seg


def test_a_known_unit_reads_as_the_general_path_reads_it():
    """units._known_unit_fields: a lexicon name _units_of takes as that one unit under any flags (what _split_conj and
    _unit give it), as the fields of its Unit (span left None); a bare 单位, a name opening with 其, a spaced name or one
    outside the lexicon go the general way. The fields are shared by every reading: the Units take copies, and the
    shared dict is the same after them."""
    from policyparse.extract.lexicon import lookup
    from policyparse.extract.units import _Piece, _known_unit_fields, _unit, _units_of

    info = lookup("市科协")
    assert info.in_lexicon
    assert _known_unit_fields("市科协") == {"name": "市科协", "canonical": info.canonical, "span": None,
                                            "level": info.level, "kind": info.kind, "in_lexicon": True}
    for name in ("单位", "其办公室", "市 科协", "无名之辈研究会"):
        assert _known_unit_fields(name) is None, name
    text = "（市科协、市教育局、团市委）"
    want = [_unit(text, _Piece(text[s:e], s, e)) for s, e in ((1, 4), (5, 9), (10, 13))]
    for anchored in (False, True):
        for lenient in (False, True):
            got = _units_of(text, 1, len(text) - 1, anchored=anchored, lenient=lenient)
            assert got == want
            assert [list(u.__dict__) for u in got] == [list(u.__dict__) for u in want]  # the fields' order too
    assert _known_unit_fields("市科协")["span"] is None  # the shared fields untouched
    # the general loop's first branch (a list _plain_known_units passes over: 等 breaks it) copies them too
    text = "（市科协、市教育局等）"
    got = _units_of(text, 1, len(text) - 1)
    assert [u.span for u in got] == [(1, 4), (5, 9)] and _known_unit_fields("市教育局")["span"] is None


def test_all_collective_stops_at_a_unit_of_no_collective():
    """units._all_collective, which stops at the first unit that is neither a collective nor of that kind, answers as
    the reading of every unit does."""
    from policyparse.extract import lexicon as _lex
    from policyparse.extract.units import _all_collective, _is_collective, _units_of

    def every(units):
        keys = [_lex._key(u.name) for u in units]
        groups = [_is_collective(k) for k in keys]
        if all(groups):
            return True
        generic = any(g and not k.endswith("成员单位") for g, k in zip(groups, keys))
        return generic and all(g or u.kind == "collective" for g, u in zip(groups, units))

    for names in ("各成员单位", "相关部门、各地区", "县直有关部门、各乡镇", "各县（市、区）人民政府", "市科协、各有关部门",
                  "省推进工业互联网创新发展专项工作组成员单位、各市人民政府", "各有关部门、市科协", "市科协、市教育局", "各区、各县"):
        text = "（" + names + "）"
        units = _units_of(text, 1, len(text) - 1, lenient=True)
        assert units and _all_collective(units) == every(units), names
    assert _all_collective([]) is True


def test_note_gap_end_of_a_blank_gap_is_the_node_end():
    """units._note_gap_end: a gap of nothing or of blanks holds no note line (the node's own end), as reading its lines
    finds; a gap of note lines reaches to their end."""
    from policyparse.extract.units import _note_gap_end

    for gap in ("", "\n", " \n\u3000\n"):
        text = "一、甲。" + gap + "二、乙。"
        assert _note_gap_end(text, 4, 4 + len(gap)) == 4, repr(gap)
    text = "一、甲。\n（市科协负责）\n二、乙。"
    assert _note_gap_end(text, 4, text.index("二")) == text.index("）") + 1


def test_note_windows_are_bounded_as_min_and_max_bound_them():
    # speed11: the note readers bound their look-back windows by comparisons, not min / max: the same notes read,
    # a note at the very start of the text, one closing a node, and one whose open lies beyond the look-back
    from policyparse.extract.units import MAX_NOTE, _last_close, _open_of

    text = "（市科协牵头）加强科普。（市教育局、市科协负责）"
    assert _last_close(text, 0, len(text)) == (12, len(text) - 1)
    assert _last_close(text, 0, 7) == (0, 6)
    assert _last_close(text, 3, 7) is None  # the open stands before the node
    assert _open_of(text, 0, 7) == (0, 6)
    long_note = "（" + "市" * MAX_NOTE + "）"
    assert _open_of(long_note, 0, len(long_note)) is None  # its open is further back than a note reaches
    assert _open_of(long_note, 0, len(long_note) - 1) is None
    from policyparse.extract.targets import _SENTENCE_BREAK_R, _last_break

    own = "到2025年，建成10个。" + "培育" * 150 + "30家"
    assert _last_break(_SENTENCE_BREAK_R, own, 10) == 0
    assert _last_break(_SENTENCE_BREAK_R, own, len(own)) == len(own) - 200  # nothing breaks within 200 characters



_CUED_NOTES = [
    "市发改委牵头，市财政局配合", "市发改委主责，市财政局协同", "市文旅局主办，各区协办", "市政府统筹，各部门配合",
    "市发改委、市财政局按职责分工负责", "各区按职责分工抓好落实", "科技部等有关方面按国务院文件确定的职责分工负责",
    "市教育局负责", "市教育局、市科协分工负责，团市委配合", "市教育局、团市委", "2024年底前完成", "市发改委牵头负责",
    "各部门按职责落实", "市发改委共同牵头", "市教育局负责落实",
]


def test_note_pattern_cues():
    # the `in` tests before LEAD_SUPPORT, LEAD_RESPONSIBLE and JOINT_TAIL only skip notes the patterns cannot match
    import re
    from pathlib import Path

    from policyparse import grammar as g

    samples = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
    notes = _CUED_NOTES + [m.group(1) for f in samples
                           for m in re.finditer(r"[（(]([^（）()]{1,80})[）)]", f.read_text(encoding="utf-8", errors="replace"))]
    matched = 0
    for body in notes:
        if g.LEAD_SUPPORT.match(body):
            matched += 1
            assert g.has_lead_verb(body), body
        if g.LEAD_RESPONSIBLE.match(body):
            assert "负责" in body, body
        if g.JOINT_TAIL.search(body.rstrip()):
            assert body.rstrip().endswith(g.JOINT_TAIL_ENDS), body
    assert matched >= 6
    assert not g.has_lead_verb("市教育局、团市委") and g.has_lead_verb("市政府统筹，各部门配合")


def _duty_list_heading(text: str):
    from policyparse.segment import segment
    sections = segment(text, {}).sections
    assign_responsibility(text, sections)
    return [s for s in sections if s.marker == "三、"][0]


def test_a_duty_list_under_a_duty_heading_is_the_headings_note():
    # 三、职责分工 whose text lists units each with its duty: the one whose duty opens with 牵头 leads, the others support;
    # entries on their own lines or after the last entry's sentence or bracket
    text = ("一、工作目标\n完成3条道路整治。\n二、工作步骤\n分两步推进。\n三、职责分工\n"
            "区城管局：负责牵头抓总，统筹协调。区市场监管局：负责规范经营秩序。（责任人：王某）\n"
            "区卫生健康局：负责环境卫生整治。\n四、工作要求\n加强督查。\n")
    head = _duty_list_heading(text)
    r = head.responsibility
    assert (r.mode, names(r.lead), names(r.support)) == ("lead_support", ["区城管局"], ["区市场监管局", "区卫生健康局"])


def test_a_duty_list_naming_no_lead_is_joint_and_other_headings_take_none():
    text = ("一、工作目标\n完成3条道路整治。\n二、工作步骤\n分两步推进。\n三、部门职责\n"
            "区城管局：负责道路秩序。\n区卫生健康局：做好环境卫生。\n四、工作要求\n主要任务：负责协调。\n区城管局：负责督查。\n")
    r = _duty_list_heading(text).responsibility
    assert (r.mode, names(r.lead)) == ("joint", ["区城管局", "区卫生健康局"])
    from policyparse.segment import segment
    sections = segment(text, {}).sections
    assign_responsibility(text, sections)
    assert [s for s in sections if s.marker == "四、"][0].responsibility is None  # not a duty heading's title


def test_data_provider_label_supports_the_lead():
    # te_05: （牵头领导：甲，牵头单位：A，数据提供单位：B） — the unit that supplies the figures supports the lead; the
    # leader named first is a person, no unit
    text = "（一）地区生产总值增长7.5%左右。（牵头领导：张三，牵头单位：市发展改革委，数据提供单位：市统计局）"
    assert read(text) == ("lead_support", ["市发展改革委"], ["市统计局"])
    text = "（二）投资增长10%。（牵头单位：市发展改革委，责任单位：市商务局，数据提供单位：市统计局）"
    mode, lead, support = read(text)
    assert (mode, lead, sorted(support)) == ("lead_support", ["市发展改革委"], sorted(["市商务局", "市统计局"]))


def test_a_carrying_out_label_on_its_own_line_lists_the_units():
    # tj_01: 落實單位:縣委宣傳部、縣建設局、縣衛生局 on the line after each task — 落实单位 names the units that carry the
    # task out, as 责任单位 does (no lead named: listed)
    assert read("4、各单位要大力支持创建工作。\n落实单位：县委宣传部、县卫生局") == ("listed", ["县委宣传部", "县卫生局"], [])
    assert read("1、开展创建活动。（落实单位：县民政局）") == ("listed", ["县民政局"], [])


def test_a_masked_place_before_its_level_word_is_a_unit_after_a_label():
    # tj_01: 落實單位:民政局、**鎮各社區 — a published copy masked the town's name; the masked place with its level
    # word (and a unit or collective after it) is a unit, so the list is not lost for one masked name
    assert read("2、抓好社区教育。\n落实单位：民政局、**镇各社区") == ("listed", ["民政局", "**镇各社区"], [])
    assert read("3、开展文化活动。\n责任单位：文体局、XX乡") == ("listed", ["文体局", "XX乡"], [])
    # a mask before words that name no unit keeps the list unread
    assert read("4、做好服务。\n落实单位：民政局、**镇做好工作的社区") is None


def test_a_heading_naming_a_units_duties_carries_that_unit():
    # te_03: 第八条 区公安分局工作职责： over （一）…（二）…: the unit carries the article, its entries inherit it;
    # a bare 职责分工 / 工作职责 names no unit
    doc = parse("第七条 区公安分局工作职责：\n（一）负责本区道路交通安全的管理。\n（二）负责民用爆炸物品的公共安全管理。\n"
                "第八条 区财政局职责：\n（一）保障经费。\n第九条 工作职责：\n（一）做好宣传。\n")
    got = {s.title: (names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None for s in doc.iter_sections()}
    assert got["区公安分局工作职责"] == (["区公安分局"], "listed")
    assert got["负责本区道路交通安全的管理"] == (["区公安分局"], "listed")
    assert got["区财政局职责"] == (["区财政局"], "listed") and got["保障经费"] == (["区财政局"], "listed")
    assert got["工作职责"] is None and got["做好宣传"] is None


def test_undertaking_unit_with_assistants_leads_like_a_lead_unit():
    # te_02: 由A承办，B、C配合。 on the line under a heading: A leads, B and C support; 由A承办 with nobody assisting
    # (活动由市文化局承办) names the runner of an event, no note
    doc = parse("一、治理畜牧业产品污染\n\n由市农业农村局承办，市财政局、市卫健委配合。\n\n二、举办展会\n\n活动由市文化局承办。\n")
    first, second = doc.iter_sections()
    assert (names(first.responsibility.lead), names(first.responsibility.support), first.responsibility.mode) == (
        ["市农业农村局"], ["市财政局", "市卫生健康委"], "lead_support")
    assert second.responsibility is None


def test_a_heading_naming_roles_duties_names_no_unit():
    # rf_01: 各级路长职责和县乡专管员职责 lists the duties of roles, not of one body
    doc = parse("五、职责分工\n（一）各级路长职责和县乡专管员职责\n1.县级路长负责统筹。\n2.乡级路长负责落实。\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_a_duty_list_of_units_each_before_a_full_stop_and_its_duty():
    # tj_06: 县环保局。负责对全县秸秆禁烧工作实施统一监督… — a paragraph headed by a unit and a full stop, its duty opening
    # with 负责, names who does it; a paragraph headed by a task sentence does not
    doc = parse("三、职责分工\n为加强领导，成立领导小组。\n县环保局。负责对全县秸秆禁烧工作实施统一监督。\n"
                "组织专家全面解读。负责解读的专家由县政府邀请。\n")
    got = {s.text[:4]: (names(s.responsibility.lead) if s.responsibility else None) for s in doc.iter_sections()}
    assert got.get("县环保局") == ["县环保局"]
    assert got.get("组织专家") is None


# Names and separators a plain list is made of: lexicon units (known), bare 单位 and names opening with 其 (which
# _known_unit_fields refuses), pieces that are no unit, and the separators _PLAIN_LIST_SPLIT cuts at.
_LIST_PARTS = ("市科协", "市教育局", "市财政局", "市委宣传部", "团市委", "国家发展改革委", "单位", "其办公室",
               "鞍山师范学院", "浦东新区", "无名之辈", "2025年底前完成", "、", "，", "；", "/", ",", "。", "、、")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PARTS), max_size=8).map("".join), st.integers(0, 3), st.integers(0, 3),
       st.booleans(), st.booleans())
def test_units_of_plain_known_fast_path_reads_as_the_general_loop(body, lo, hi, anchored, lenient):
    """units._units_of reads a plain list whose every piece _known_unit_fields takes (_plain_known_units) as the general
    loop over _plain_pieces reads it, whatever the flags; any other list falls to that loop."""
    from unittest import mock

    from policyparse.extract import units as u

    text = "（" + body + "）"
    start, end = 1 + min(lo, len(body)), max(1 + min(lo, len(body)), 1 + len(body) - hi)
    got = u._units_of(text, start, end, anchored=anchored, lenient=lenient)
    with mock.patch.object(u, "_plain_known_units", lambda _start, _span: None):
        want = u._units_of(text, start, end, anchored=anchored, lenient=lenient)
    assert got == want, (text, start, end)
    span = text[start:end]
    pieces = u._plain_pieces(start, span)
    if u._PLAIN_LIST_BREAK.search(span) is None and pieces and all(u._known_unit_fields(p.name) for p in pieces):
        assert u._plain_known_units(start, span) == want  # the fast path answers: the case is met, not only passed over


def test_总牵头_names_the_lead_of_a_heading_note():
    assert read("一、加快调整能源结构（省发展改革委总牵头）") == ("lead_support", ["省发展改革委"], [])


def test_a_department_named_by_its_line_of_work_heads_its_duty_after_a_colon():
    # tn_11: 2.工商行政管理部门：负责… / 5.文化部门：负责… — a department without a level word carries its entry when a
    # duty word opens after its colon; a body that does not end as a department (金融机构：提供…) or a role label
    # (责任单位：负责…) does not
    doc = parse("五、部门职责\n1.工商行政管理部门：负责对小副食店的卫生整治工作。\n2.文化部门：负责对小网吧的整治。\n"
                "3.金融机构：提供营业执照复印件。\n4.责任单位：负责协调。\n5.宣传部门：做好新闻报道。\n")
    got = {s.text[:4]: (names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None
           for s in doc.iter_sections() if s.marker}
    assert got["1.工商"] == (["工商行政管理部门"], "listed")
    assert got["2.文化"] == (["文化部门"], "listed")
    assert got["5.宣传"] == (["宣传部门"], "listed")
    assert got["3.金融"] is None and got["4.责任"] is None


def test_a_closing_charge_names_who_carries_the_task():
    # tn_02: （一）宣传教育组。负责…应急演练。此项工作由市教育局负责。 — the node's last words name its carrier (listed);
    # the same words mid-text, a person or a drafted document are none
    doc = parse("三、工作职责\n（一）宣传教育组。负责对全市各类学校开展安全教育。此项工作由市教育局负责。\n"
                "（二）安全检测组。由市住建局负责检测，每月报告一次。\n（三）值班组。此项工作由分管副市长负责。\n"
                "（四）方案组。具体实施方案由市应急局负责。\n")
    got = {s.marker: (names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None
           for s in doc.iter_sections() if s.marker}
    assert got["（一）"] == (["市教育局"], "listed")
    assert got["（二）"] is None and got["（三）"] is None and got["（四）"] is None


def test_paragraphs_opened_by_their_units_and_a_duty_carry_those_units():
    # tn_07: 一、职责分工 / …具体分工如下： / 省统计局负责… / 省委宣传部、省广电局负责… — each paragraph of the duty list names
    # its units; a sentence later in the paragraph opened so names more (tn_01: 市卫生局负责…。市工商局负责配合…)
    doc = parse("一、职责分工\n按照各部门的工作职能，具体分工如下：\n省统计局负责人口普查的日常工作。\n"
                "省委宣传部、省广电局负责人口普查的宣传工作。\n省卫生厅负责现场监督。省工商局负责配合卫生部门工作。\n")
    got = [names(s.responsibility.lead) for s in doc.iter_sections() if s.kind == "paragraph" and s.responsibility]
    assert got == [["省统计局"], ["省委宣传部", "省广电局"], ["省卫生厅", "省工商局"]]


def test_an_entry_opened_by_its_unit_and_qiantou_is_led_by_it():
    # uz_02: 十、加强综合协调 / （一）省发展改革委工业局牵头，切实加强… / （三）省财政厅牵头，认真研究… — the unit opening the entry
    # with 牵头 leads it (lead_support, as a （A牵头） note reads); opened by 负责 it carries it (listed)
    doc = parse("十、加强综合协调，形成工作合力\n（一）省财政厅牵头，认真研究确保财政收入稳定增长的具体措施。\n"
                "（二）省商务厅负责，加大市场开拓力度。\n")
    got = {s.marker: (names(s.responsibility.lead), s.responsibility.mode) for s in doc.iter_sections()
           if s.marker and s.responsibility}
    assert got["（一）"] == (["省财政厅"], "lead_support")
    assert got["（二）"] == (["省商务厅"], "listed")


def test_a_titled_headings_own_text_opened_by_its_unit_and_a_duty_names_its_carrier():
    # wa_11: 三、组织保障 / （一）开展统筹推进与顶层设计 / 市发展改革委负责零碳园区申报… / （六）… / 市科委牵头开展… — the
    # heading's title says what the work is, the text below it who carries it (listed; lead_support by 牵头); a heading
    # whose text opens with a task names none
    doc = parse("三、组织保障\n（一）开展统筹推进与顶层设计\n\n市发展改革委负责零碳园区申报、评审和验收，统筹推进零碳园区建设。\n\n"
                "（二）支持技术集成应用和项目建设\n\n市科委牵头开展零碳园区关键技术研发应用，围绕智慧能碳管理开展技术攻关。\n\n"
                "（三）加强宣传引导\n\n充分发挥媒体作用，营造良好氛围。\n")
    got = {s.marker: (names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None
           for s in doc.iter_sections() if s.marker and s.level == 2}
    assert got["（一）"] == (["市发展改革委"], "listed")
    assert got["（二）"][1] == "lead_support"
    assert got["（三）"] is None


def test_headings_titled_by_units_under_a_division_of_duties_carry_those_units():
    # wa_10: 三、组织领导与责任分工 / （一）区绿化市容局 / （二）区建管委、区交通委等建设主管部门 / （三）区公安分局（交管） /
    # （四）城管执法部门, each over its duties — the run under a heading naming a division of duties makes each title the
    # units its duties go to (the aside and the closing 等…部门 left out); tu_09's run of bodies under another title
    # (一、保留的非常设机构市领导任职情况 / 1、市城市规划委员会 / 主任：…) names no carrier
    doc = parse("三、组织领导与责任分工\n成立工作专班。\n\n（一）区绿化市容局\n\n开展行业部署和宣传，与运输企业签订承诺书。\n\n"
                "（二）区建管委、区交通委、区水务局等建设主管部门\n\n压实建设单位扬尘污染防控主体责任。\n\n"
                "（三）区公安分局（交管）\n\n对建筑垃圾运输车辆实施动态巡查。\n\n（四）城管执法部门\n\n依法严查运输车辆违法行为。\n")
    got = [(names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None
           for s in doc.iter_sections() if s.level == 2]
    assert got == [(["区绿化市容局"], "listed"), (["区建管委", "区交通委", "区水务局"], "listed"),
                   (["区公安分局"], "listed"), (["城管执法部门"], "listed")]
    doc = parse("一、保留的非常设机构市领导任职情况\n\n（一）市城市规划委员会\n\n主任：张三\n\n（二）市环境保护委员会\n\n"
                "主任：李四\n\n（三）市绿化委员会\n\n主任：王五\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_headings_titled_by_units_over_numbered_duties_carry_them_down():
    # wh_10: 三、分工与职责 / （一）虹口区绿化和市容管理局 / 区绿化市容局是…主管部门，主要履行以下职责： / 1.组织制定… /
    # 2.开展… — a run of headings titled by units alone, each over 1.… entries stating its duties: the title's units
    # carry the heading, and its entries inherit them (as a heading's note covers the nodes under it)
    doc = parse("三、分工与职责\n\n（一）虹口区绿化和市容管理局\n\n区绿化市容局主要履行以下职责：\n\n1.组织制定管理标准；\n\n"
                "2.开展相关宣传工作。\n\n（二）虹口区住房保障和房屋管理局\n\n主要履行以下职责：\n\n1.落实物业服务企业委托清运；\n\n"
                "2.对修缮项目进行指导。\n\n（三）各街道办事处\n\n主要履行以下职责：\n\n1.加强宣传督促和执法。\n")
    got = [(s.id, names(s.responsibility.lead), s.responsibility.inherited_from)
           for s in doc.iter_sections() if s.responsibility]
    assert got == [("1.1", ["虹口区绿化和市容管理局"], None), ("1.1.1", ["虹口区绿化和市容管理局"], "1.1"),
                   ("1.1.2", ["虹口区绿化和市容管理局"], "1.1"), ("1.2", ["虹口区住房保障和房屋管理局"], None),
                   ("1.2.1", ["虹口区住房保障和房屋管理局"], "1.2"), ("1.2.2", ["虹口区住房保障和房屋管理局"], "1.2"),
                   ("1.3", ["各街道办事处"], None), ("1.3.1", ["各街道办事处"], "1.3")]


def test_a_body_ending_otherwise_heads_its_entry_among_department_headed_entries():
    # wh_09: 二、职责分工 / （一）城运中心：负责… / （二）规建办：负责… / （三）社区办：负责… / （四）房管办：负责… /
    # （八）城管执法中队：负责… — among entries headed by departments and a colon, a body built like a unit that ends
    # otherwise (中心, 中队) heads its entry too when a duty word follows its colon; out of such a list it does not
    text = ("二、职责分工\n（一）城运中心：负责建筑垃圾处理的监督管理。\n（二）规建办：负责督促工程建设单位履行申报责任。\n"
            "（三）社区办：负责协调各居委会参与治理工作。\n（四）房管办：负责协调各小区物业公司参与治理工作。\n"
            "（五）城管执法中队：负责依法实施行政处罚。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in parse(text).iter_sections() if s.level == 2}
    assert got["（一）"] == ["城运中心"] and got["（五）"] == ["城管执法中队"] and got["（二）"] == ["规建办"]
    doc = parse("二、工作任务\n（一）城运中心：负责建筑垃圾处理的监督管理。\n（二）加强宣传：负责做好宣传告知。\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_a_lead_convening_others_before_qiantou_leads_alone_and_they_support():
    # wh_03: 四、工作措施 / 由轨道交通消防救援支队会同各区消防救援支队牵头组织成立…工作组 — the units after 会同 join the lead
    # named before it: the first leads, those convened support (as 由A会同B… reads in a division-of-work notice)
    doc = parse("四、工作措施\n由轨道交通消防救援支队会同各区消防救援支队牵头组织成立车站消防安全工作组，车站站长为组员。\n"
                "（一）信息联通机制\n1．建立区域联络小组。车站应建立区域联络小组。\n")
    r = next(s for s in doc.iter_sections() if s.marker == "四、").responsibility
    assert (names(r.lead), names(r.support), r.mode) == (["轨道交通消防救援支队"], ["各区消防救援支队"], "lead_support")
    r = note("由市发展改革委牵头，市财政局配合")
    assert names(r.lead) == ["市发展改革委"] and names(r.support) == ["市财政局"]


def test_the_unit_doing_the_work_under_a_lead_opening_the_text_supports_it():
    # wh_01: 一、组织机构和职责 / 市交通委组织人事处牵头，委职业资格中心具体负责，在全行业开展… — the clause after the lead's
    # 牵头 naming who does the work (具体负责, 配合) supports the lead; an entry so opened reads the same
    doc = parse("一、组织机构和职责\n市交通委组织人事处牵头，委职业资格中心具体负责，在全行业开展专项治理工作。\n"
                "二、实施范围\n（一）省财政厅牵头，省税务局配合，研究完善财税政策。\n（二）省教育厅牵头，加强培训。\n")
    got = {s.marker: (names(s.responsibility.lead), names(s.responsibility.support), s.responsibility.mode)
           for s in doc.iter_sections() if s.responsibility}
    assert got["一、"] == (["市交通委组织人事处"], ["委职业资格中心"], "lead_support")
    assert got["（一）"] == (["省财政厅"], ["省税务局"], "lead_support")
    assert got["（二）"] == (["省教育厅"], [], "lead_support")


def test_a_firm_of_a_trade_titling_a_heading_in_a_division_of_duties_carries_it():
    # wh_02: 三、责任分工 / （一）燃气管理部门 / （二）燃气经营企业 over 1.… duties / （三）燃气报警装置备案单位 — a division of
    # duties gives firms of a trade duties beside the bodies: a title naming such a party (…企业) keeps the run a duty
    # list and heads its duties; under another title such a run names none
    doc = parse("三、责任分工\n\n（一）燃气管理部门\n\n市燃气管理部门负责公布清单。\n\n（二）燃气经营企业\n\n"
                "1.应对本市餐饮用户进行排查。\n\n2.应建立数据库。\n\n（三）燃气报警装置备案单位\n\n应建立监控平台。\n")
    got = [(s.id, names(s.responsibility.lead)) for s in doc.iter_sections() if s.responsibility]
    assert got == [("1.1", ["燃气管理部门"]), ("1.2", ["燃气经营企业"]), ("1.2.1", ["燃气经营企业"]),
                   ("1.2.2", ["燃气经营企业"]), ("1.3", ["燃气报警装置备案单位"])]
    doc = parse("三、重点行业\n\n（一）燃气经营企业\n\n开展排查。\n\n（二）物业服务企业\n\n开展宣传。\n\n"
                "（三）餐饮企业\n\n安装报警装置。\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_units_each_carrying_their_share_open_a_duty_run_line():
    # wh_03: 三、任务分工 / 市应急局负责… / 市商务委、市国资委、市民防办分别负责指导… / 市绿化市容局负责… — 分别负责 opens a line
    # of the run as 负责 does, each unit carrying its share (listed), and the run goes on past it
    doc = parse("三、任务分工\n市应急局负责指导应急处置工作。\n市公安局负责落实派出所相关工作。\n"
                "市商务委、市国资委、市民防办分别负责指导有关单位做好工作。\n市绿化市容局负责督促清理广告牌。\n")
    got = [names(s.responsibility.lead) for s in doc.iter_sections() if s.kind == "paragraph" and s.responsibility]
    assert got == [["市应急局"], ["市公安局"], ["市商务委", "市国资委", "市民防办"], ["市绿化市容局"]]


def test_a_duty_lists_paragraph_opened_by_its_units_and_a_modal_carries_them_an_item_so_worded_none():
    # ua_03: …任务作如下明确： / 区住建局负责… / 区环保局要加强工业污染源的环境管理… — the run's paragraph opened by its unit and
    # 要 is the unit's (listed); an item opened so (1.市政府要加强领导。) is a task sentence naming no carrier
    doc = parse("为确保按时完成整治任务，现将各单位的任务作如下明确：\n区住建局负责全区整治总协调工作。\n"
                "区环保局要加强工业污染源的环境管理，确保达标排放。\n区财政局负责专项经费的落实。\n")
    got = [names(s.responsibility.lead) for s in doc.iter_sections() if s.kind == "paragraph" and s.responsibility]
    assert got == [["区住房城乡建设局"], ["区环保局"], ["区财政局"]]
    doc = parse("一、工作要求\n1.市政府要加强领导，确保工作落实。\n2.做好宣传工作。\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_an_entry_opened_by_its_unit_and_any_duty_verb_is_the_units():
    # tq_10: 第十六条 省监察厅参加事故的调查处理… among 第十五条 省法制办负责… — the article is the unit's whatever verb states
    # its duty (参加, 承担 as 负责); an article opened by a task names none
    doc = parse("第十五条 省法制办负责组织起草我省安全生产配套法规。\n第十六条 省监察厅参加事故的调查处理，提出处理意见。\n"
                "第十七条 省财政厅承担专项资金的监督。\n第十八条 加强安全生产宣传教育。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.marker}
    assert got["第十六条"] == ["省监察厅"] and got["第十七条"] == ["省财政厅"] and got["第十八条"] is None


def test_a_body_without_level_word_opens_its_entry_in_a_duty_list():
    # tq_09: 3. 省建设厅负责… 4. 省交通厅负责… 5.杭州铁路办事处负责… 7.浙江海事局承担… — in a list whose entries open with
    # units and their level word, a body named by place and line of work opens its entry too; the same opening in a
    # document with no such list (工作组负责…) names none
    listed = ("3. 省建设厅负责组织协调房屋建筑事故应急救援工作。\n4. 省交通厅负责组织协调交通运输保障工作。\n"
              "5.杭州铁路办事处负责组织协调铁路行车事故应急救援工作。\n6.民航浙江安全监管办负责民航运输事故应急救援工作。\n"
              "7.浙江海事局承担省海上搜救中心的日常工作，负责水上交通事故应急救援工作。\n8.省环保局负责现场环境监测工作。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in parse(listed).iter_sections()}
    assert got["5."] == ["杭州铁路办事处"] and got["6."] == ["民航浙江安全监管办"] and got["7."] == ["浙江海事局"]
    alone = parse("一、工作措施\n1.杭州铁路办事处负责组织协调铁路行车事故应急救援工作。\n2.加强宣传。\n")
    assert all(s.responsibility is None for s in alone.iter_sections())


def test_a_duty_entry_of_several_units_before_a_full_stop_names_each():
    # tj_06: 县交通局、公路局。负责对全县辖区内国道、省道… — every unit before the full stop carries the entry, the later
    # ones without the first's level word; a list whose first name says nowhere (交通局、公路局。) names none
    doc = parse("三、职责分工\n各组成单位及其职责如下：\n县环保局。负责统一监督。\n县交通局、公路局。负责公路两侧的巡查。\n"
                "交通局、公路局。负责巡查。\n")
    got = [names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.kind == "paragraph"]
    assert ["县交通运输局", "公路局"] in got and None in got


def test_a_numbered_entry_opened_by_its_unit_and_a_duty_names_it():
    # （一）市公安局负责交通秩序… / （二）市城管局、市住建局负责… — a numbered entry opened by its units and 负责 is theirs;
    # an entry opened by a task (（三）加强…) names none
    doc = parse("三、部门职责\n（一）市公安局负责维护交通秩序，严查违法行为。\n（二）市城管局、市住建局负责清理占道经营。\n"
                "（三）加强宣传，由各街道组织实施。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.marker}
    assert got["（一）"] == ["市公安局"] and got["（二）"] == ["市城管局", "市住房城乡建设局"] and got["（三）"] is None


def test_member_units_beside_a_lead_support_it_and_alone_name_no_carrier():
    # （牵头单位：区建委；成员单位：区城管局、区环保局） — the members support the lead; a 成员单位 line alone (a group's member
    # list under 组织领导) says who sits in the group, no carrier of a task
    assert read("（牵头单位：市住建局；成员单位：市城管局、市环保局）") == (
        "lead_support", ["市住房城乡建设局"], ["市城管局", "市环保局"])
    assert read("（成员单位：市城管局、市环保局）") is None


def test_a_duty_entry_labelled_with_its_units_names_them():
    # tq_01: （九）工商部门职责：依法确认… / （十三）广电局、资阳日报社职责：负责… — the entry's label names the units whose
    # duties its text states (listed); a label naming no unit (主要职责) or a task names none
    doc = parse("二、职责分工\n（九）工商部门职责：依法确认道路客运行业的各类市场主体经营资格。\n"
                "（十）广电局、资阳日报社职责：负责整顿工作的宣传报道。\n（十一）主要职责：负责巡查河道。\n"
                "（十二）加强部门职责：明确分工。\n")
    got = {s.marker: (names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None
           for s in doc.iter_sections() if s.marker and s.marker != "二、"}
    assert got["（九）"] == (["工商部门"], "listed")
    assert got["（十）"] == (["广电局", "资阳日报社"], "listed")
    assert got["（十一）"] is None and got["（十二）"] is None


def test_departments_heading_counted_off_duties_in_a_duty_list():
    # tq_02: 五、责任分工 / 交通部门：一是负责… / 公安部门：一是参与… — each department and its duties is a paragraph
    # of its own under the part, the department carrying it
    doc = parse("五、责任分工\n交通部门：一是负责整治办日常工作。二是制订重点区域专项整治方案。\n"
                "公安部门：一是参与专项整治行动方案的制订。二是组织相关警力开展联合执法。\n"
                "宣传部门：负责审查专项整治工作宣传方案。\n")
    paragraphs = [s for s in doc.iter_sections() if s.kind == "paragraph"]
    assert [names(p.responsibility.lead) for p in paragraphs] == [["交通部门"], ["公安部门"], ["宣传部门"]]
    assert all(p.responsibility.mode == "listed" for p in paragraphs)


def test_a_run_of_label_sentences_closing_an_item_is_one_note():
    # tq_03: 12、临街…整治。…。牵头单位：区房产局。责任单位：区城管局。 — the labels run on sentence by sentence: the 牵头
    # unit leads, the 责任 units support; a paragraph that goes on after its 责任单位 sentence has no such note
    doc = parse("一、主要任务\n12、临街建筑物粉刷出新整治。对城区主要道路两侧的建筑物进行整治。牵头单位：区房产局。"
                "责任单位：区城管局。\n13、施工工地整治。对城区施工工地进行整治。牵头单位：区建设局。责任单位：区环保局、"
                "市容环卫局。\n")
    got = {s.marker: (names(s.responsibility.lead), names(s.responsibility.support), s.responsibility.mode)
           for s in doc.iter_sections() if s.marker in ("12、", "13、")}
    assert got["12、"] == (["区房产局"], ["区城管局"], "lead_support")
    assert got["13、"] == (["区建设局"], ["区环保局", "市容环卫局"], "lead_support")


def test_first_listed_unit_leads_after_a_first_place_bracket_in_the_first_list():
    # tr_01: 责任单位：县发改局（首位单位为牵头单位，下同）、县财政局 declares it inside the first list
    # (items() reads one item a line: each item's note line is kept on its item's line here)
    text = ("1.全县生产总值增长7.5%左右。责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局\n"
            "2.落实党政机关过紧日子的要求。责任单位：县财政局\n"
            "3.深化标准地改革。责任单位：县自然资源和规划局、县经信局")
    sections = items(text)
    assign_responsibility(text, sections)
    got = [(s.responsibility.mode, names(s.responsibility.lead), names(s.responsibility.support)) for s in sections]
    # the bracket marks its unit as lead and the list goes on after it: the others support
    assert got[0] == ("lead_support", ["县发展改革局"], ["县财政局", "县税务局"])
    assert got[1:] == [("lead_support", ["县财政局"], []), ("lead_support", ["县自然资源局"], ["县经信局"])]


def test_a_unit_in_charge_and_units_assisting_it_in_prose():
    # tq_07: 县教育局负责乡村教师队伍建设统筹管理…，县编办、县发改局、县财政局等部门要按照职责分工积极配合 — the unit
    # opening the clause with 负责 leads, those before 等部门 and 配合 support; names that say nowhere (教育部门负责…，财政
    # 等部门配合) name none
    doc = parse("四、工作保障\n（一）明确责任。县级各部门要明确责任。县教育局负责乡村教师队伍建设统筹管理、规划和指导，"
                "县编办、县发改局、县财政局等部门要按照职责分工积极配合，主动履责。\n"
                "（二）加强协调。教育部门负责统筹，财政、人社等部门积极配合。\n")
    got = {s.marker: s.responsibility for s in doc.iter_sections() if s.marker}
    assert names(got["（一）"].lead) == ["县教育局"] and got["（一）"].mode == "lead_support"
    assert names(got["（一）"].support) == ["县委编办", "县发展改革局", "县财政局"]
    assert got["（二）"] is None


def test_units_opening_the_clauses_of_a_run_in_item_that_opens_with_a_unit_carry_it():
    # tq_07: （二）落实经费。县财政局要切实…，县财政局、县教育局加强…，县审计局要加大… — the first sentence after the title
    # opens with a unit and 要: the units opening its clauses carry the task (listed); an item whose first sentence
    # does not open so names none by its clauses (（一）: the 县财政局 of a later clause is in passing)
    doc = parse("四、工作保障\n（一）加强领导。各地要高度重视，县财政局要加大投入。\n"
                "（二）落实经费。县财政局要切实加大财政投入，各乡镇学校要加强经费管理，县财政局、县教育局加强经费监管，"
                "县审计局要加大教育经费审计力度。\n（三）加强督查。县人民教育督导机构要定期进行专项检查，及时通报检查情况。\n")
    got = {s.marker: s.responsibility for s in doc.iter_sections() if s.marker}
    assert got["（一）"] is None
    assert (names(got["（二）"].lead), got["（二）"].mode) == (["县财政局", "县教育局", "县审计局"], "listed")
    assert names(got["（三）"].lead) == ["县人民教育督导机构"]


def test_a_duty_part_paragraph_headed_by_its_unit_names_it():
    # tj_07: 三、职责分工 / 按照…原则，各村是…责任主体。 / 农业办积极开展… / 企管站做好… / 派出所负责… — segment heads each
    # entry by the unit opening it with its duty; the unit carries the entry (listed); the part's opening prose names none
    doc = parse("一、工作目标\n全面禁止秸秆焚烧。\n三、职责分工\n按照“属地管理、源头控制”的原则，各村是禁止秸秆焚烧工作责任主体。\n"
                "农业办积极开展农作物秸秆综合利用推广工作，拓宽秸秆综合利用渠道。\n企管站做好禁止秸秆焚烧的现场检查工作。\n"
                "派出所负责对焚烧秸秆的行为依法查处。\n")
    got = [names(s.responsibility.lead) for s in doc.iter_sections() if s.kind == "paragraph" and s.responsibility]
    assert got == [["农业办"], ["企管站"], ["派出所"]]


def test_a_one_clause_entry_charged_to_a_unit_is_its():
    # tn_03: --青年安全文明岗及共青团员、青工安全生产宣传教育由团市委负责； / --安全设施“三同时”的审查…由工会部门负责； — an entry
    # that is one clause closing on 由A负责 is A's (listed); a longer paragraph whose last clause so names one of several
    # (…，由市住建局负责检测) names none
    doc = parse("--青年安全文明岗及共青团员、青工安全生产宣传教育由团市委负责；\n"
                "--安全设施“三同时”的审查、工会安全管理及群众性安全宣传活动由工会部门负责；\n"
                "--对城区主要道路开展整治，每月检查一次，由市住建局负责。\n")
    got = [names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections()]
    assert got[:2] == [["团市委"], ["工会部门"]] and got[2] is None


def test_a_duty_part_paragraph_headed_by_its_unit_and_a_colon_names_it():
    # te_01: 5、各部门要各司其职… / 区委宣传部：制订宣传工作方案… / 商委：协调公安、供销社… / 教委：负责… — each paragraph
    # segment heads by its unit carries that unit (listed), a department named short (商委, 教委) too
    doc = parse("4、清河街道要组织人力在禁放区一侧设立明显禁放标志。\n5、各部门要各司其职、恪尽职守，组织好各项禁放工作。其职责分工为：\n区委宣传部：制订宣传工作方案，协调新闻单位做好禁放宣传报导。\n"
                "商委：协调公安、供销社做好准放区烟花爆竹品种、数量的需求。\n教委：负责在中小学校贯彻禁放规定。\n"
                "公安分局：负责组织协调禁放日常工作。\n")
    got = [names(s.responsibility.lead) for s in doc.iter_sections() if s.kind == "paragraph" and s.responsibility]
    assert got == [["区委宣传部"], ["商委"], ["教委"], ["公安分局"]]


def test_a_department_entry_in_a_list_of_such_entries_needs_no_duty_word():
    # tn_11: 2.工商行政管理部门：负责… 3.质量技术监督部门：负责… 4.食品药品监督管理部门：在政府机构改革过渡期间继续履行… —
    # in a list whose entries are so headed, an entry whose duty opens otherwise is its department's too; alone, such
    # an entry (4.金融机构：提供…) names none
    listed = ("2.工商行政管理部门：负责对小副食店的卫生整治工作。\n3.质量技术监督部门：负责对小食品加工作坊的卫生整治工作。\n"
              "4.食品药品监督管理部门：在政府机构改革过渡期间继续履行食品安全综合协调职责。\n5.文化部门：负责对小歌舞厅的卫生整治工作。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in parse(listed).iter_sections()}
    assert got["4."] == ["食品药品监督管理部门"] and got["5."] == ["文化部门"]
    alone = parse("一、工作要求\n1.加强宣传。\n2.商务部门：在政府统一领导下开展工作。\n")
    assert all(s.responsibility is None for s in alone.iter_sections())


def test_a_note_below_the_last_item_with_the_person_answering_for_it():
    # sf_02: 2.地方一般公共预算收入增长5%左右。 / 分管省领导：林克庆 / 部门分工：省财政厅牵头， — the lines the tree left after
    # the last item, a person line above the note, are that item's note; a person line alone names no unit
    doc = parse("一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导：林克庆\n部门分工：省发展改革委牵头，各地、各部门配合。\n"
                "2.地方一般公共预算收入增长5%左右。\n分管省领导：林克庆\n部门分工：省财政厅牵头，\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.marker}
    assert got["1."] == ["省发展改革委"] and got["2."] == ["省财政厅"]


def test_a_one_clause_entry_whose_subject_answers_for_it():
    # tn_03: --各行业主管部门及政府有关部门对其二级单位的安全生产工作负责。 — the collectives answering for the task carry
    # it (all); a sentence within a longer paragraph (…，各部门对本系统工作负责。) is left
    doc = parse("--危险化学品生产经营的安全生产许可由市安监局负责；\n--各行业主管部门及政府有关部门对其二级单位的安全生产工作负责。\n")
    last = [s for s in doc.iter_sections() if s.responsibility][-1]
    assert names(last.responsibility.lead) == ["各行业主管部门", "政府有关部门"] and last.responsibility.mode == "all"
    doc = parse("--加强安全检查，落实整改措施，各部门对本系统安全生产工作负责。\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_a_heading_that_is_a_unit_over_its_duties_names_it():
    # tv_05: （三）市外事办 / 1.负责邀请… / 2.协助…; （五）市府研究室 / 负责…审核。 — a heading line holding only a unit's
    # name, its entries or its own text opening with a duty word: the unit carries them (listed), the entries inherit;
    # a heading that names no unit (（八）其他部门) or whose entries are tasks (（一）市财政局 / 1.加强…) is no note
    doc = parse("（三）市外事办\n1.负责邀请外国驻港总领事出席会议；\n2.协助做好大会的秩序维持工作。\n"
                "（四）市府研究室\n负责市长主题演讲稿的审核。\n（五）其他部门\n1.各区外经贸局负责落实签约项目。\n")
    got = {s.id: (names(s.responsibility.lead), s.responsibility.mode, s.responsibility.inherited_from)
           for s in doc.iter_sections() if s.responsibility}
    assert got["1"] == (["市外事办"], "listed", None) and got["1.1"] == (["市外事办"], "listed", "1")
    assert got["1.2"][0] == ["市外事办"] and got["2"] == (["市府研究室"], "listed", None)
    assert "3" not in got
    doc = parse("一、主要措施\n（一）市财政局\n1.加强预算管理。\n2.推进绩效评价。\n")
    assert all(s.responsibility is None for s in doc.iter_sections())


def test_an_entry_opened_by_units_named_short_after_the_first():
    # tv_05: 4.市建委、交委、经贸委、科技局、环保局、市容环卫局、旅游局负责协助… / 1.市科技局、交委、规划局、金融办、参与会议… —
    # after a first unit with its level word, later departments named short are units of the entry (listed), as
    # written; a list whose first piece names no unit (1.会议期间、交委负责…) is none
    doc = parse("（八）其他部门\n1.市科技局、交委、规划局、金融办、参与会议互动对话环节，回答相关问题；\n"
                "2.市建委、交委、经贸委、科技局、环保局、市容环卫局、旅游局负责协助做好客商的邀请工作；\n"
                "3.会议期间、交委负责交通保障。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.marker}
    assert got["1."] == ["市科技局", "交委", "规划局", "金融办"]
    assert got["2."] == ["市建委", "交委", "经贸委", "科技局", "环保局", "市容环卫局", "旅游局"]
    assert got["3."] is None


def test_an_entry_s_subject_list_running_on_after_以及_to_bodies_named_by_their_place():
    # tv_05: 2.市发改委、经贸委、…、各区、县级市，以及广州海关、黄埔海关、…、省机场管理集团负责政策咨询活动 — the bodies after
    # ，以及 carry the entry too; a list before ，以及 that reads as no subject list (会议期间、…) names none
    doc = parse("（八）其他部门\n2.市发改委、经贸委、科技局、各区、县级市，以及广州海关、黄埔海关、广州边检总站负责政策咨询活动；\n"
                "3.会议期间、交通高峰，以及广州海关负责交通保障。\n")
    got = {s.marker: names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.marker}
    assert got["2."] == ["市发展改革委", "经贸委", "科技局", "各区、县级市", "广州海关", "黄埔海关", "广州边检总站"]
    assert got["3."] is None


def test_an_article_stating_a_body_s_remit_names_no_carrier_outside_a_duty_list():
    # uc_10: 第四条 市房产局负责市城区廉租住房保障工作… among the articles of a 办法 — the rules' statement of who is
    # competent, no task; in a duty list of articles each opened by a unit and 负责 (te_03, tq_10) the unit carries it
    rules = ("第一章 总则\n第一条 为建立住房保障制度，制定本办法。\n第二条 本办法适用于市城区。\n"
             "第三条 市房产局负责市城区廉租住房保障工作。\n第四条 本办法自发布之日起施行。\n")
    duties = ("第一章 部门职责\n第一条 区科委负责科技安全工作。\n第二条 区公安分局负责道路交通安全。\n"
              "第三条 区教委负责学校安全工作。\n")
    got = [s.responsibility for s in parse(rules).iter_sections() if s.marker == "第三条"]
    assert got == [None]
    got = {s.marker: names(s.responsibility.lead) for s in parse(duties).iter_sections() if s.responsibility and s.marker}
    assert list(got) == ["第一条", "第二条", "第三条"] and got["第二条"] == ["区公安分局"]


def test_a_task_force_is_a_unit_in_a_labelled_note():
    # tv_02: …推进区域教育中心建设强势开局。(责任单位:区域教育中心建设专班) — a 专班 ends as a unit does
    assert read("（责任单位：区域教育中心建设专班）") == ("listed", ["区域教育中心建设专班"], [])


def test_a_county_named_by_its_place_beside_a_unit_in_a_note():
    # tv_07: (市文广新局牵头,南浔区、市旅游局配合) — a district or county named by its place stands for its government beside
    # a unit that says what it is; alone (南浔区、吴兴区) or a kind of area (城区、园区) it is none
    assert read("（市文广新局牵头，南浔区、市旅游局配合）") == ("lead_support", ["市文广新局"], ["南浔区", "市旅游局"])
    assert read("（南浔区、吴兴区负责）") is None
    assert read("（市教育局牵头，城区、园区配合）") is None


def test_a_note_label_run_on_after_a_reference_to_an_attachment_is_read():
    # tn_10: …建立废弃汽车底数台账（附件DO责任单位：A、B (附件1 as the page's OCR read it, its bracket lost)
    expected = ("listed", ["XX市XX区城市管理综合执法大队", "XX市XX区园林服务中心"], [])
    assert read("（一）全面排查阶段（即日起一7月20日）建立台账（附件DO责任单位：XX市XX区城市管理综合执法大队、XX市XX区园林服务中心") == expected
    assert read("（一）全面排查阶段。建立台账（附件1）责任单位：XX市XX区城市管理综合执法大队、XX市XX区园林服务中心") == expected
    assert note("（一）按附件责任单位：名单填报。") is None  # 附件 named in the sentence, no reference closing it


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="（）()〔〕【】[]［］。；\n市A", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_document_bracket_pairs_find_what_the_window_counts_find(text, start, stop):
    """speed18: a node's notes take their brackets' partners from one pairing of the document's brackets; each is
    the partner a depth count over the node's window finds (_open_of back from a close, _matching_close on from an
    open), unbalanced and mixed brackets included, and nothing where the window count finds nothing."""
    from policyparse.extract import units

    found = units._SentenceBrackets.of(text)
    start, stop = min(start, len(text)), min(stop, len(text))
    if stop > start and text[stop - 1] in units._g.NOTE_CLOSE:
        assert found.open_of(start, stop) == units._open_of(text, start, stop)
    if start < len(text) and text[start] in units._g.NOTE_OPEN:
        assert found.close_of(start, stop) == units._matching_close(text, start, stop)
    long_note = "（" + "市" * units.MAX_NOTE + "）"
    assert units._SentenceBrackets.of(long_note).open_of(0, len(long_note)) is None


def test_a_note_closing_a_node_pairs_with_its_own_bracket_across_the_document():
    # 5.…完善中小学校与科技馆、博物馆合作（市教育局、市科协负责）。 after a node whose bracket never closed
    text = "4.开展（流动科技馆活动。\n5.推进科普进校园（实验室）等活动。（市教育局、市科协负责）"
    from policyparse.extract.units import _SentenceBrackets, _note_candidates

    brackets = _SentenceBrackets.of(text)
    start = text.index("5.")
    assert [text[a + 1:b] for a, b in _note_candidates(text, start, len(text), brackets)] == ["市教育局、市科协负责"]


def test_leads_sharing_a_task_by_their_duties_under_a_lead_label_are_joint():
    # ue_02: （牵头部门：A、B、C按职责分工负责，完成时限：持续推进）
    assert read("（牵头部门：财政部、银保监会、科技部按职责分工负责，完成时限：持续推进）") == (
        "joint", ["财政部", "银保监会", "科技部"], [])


def test_a_list_closed_by_and_departments_and_units_names_no_unit_of_and():
    # ue_06: …公安部等部门和各省级人民政府按职责分工负责 / …市场监管总局等部门和单位按职责分工负责
    assert read("（中央网信办牵头，工业和信息化部、公安部等部门和各省级人民政府按职责分工负责）") == (
        "lead_support", ["中央网信办"], ["工业和信息化部", "公安部", "各省级人民政府"])
    assert read("（最高人民法院、司法部、公安部等部门和单位按职责分工负责）") == ("joint", ["最高人民法院", "司法部", "公安部"], [])


def test_an_aside_written_inside_a_unit_s_name_is_no_part_of_it():
    # ue_05: 〔责任单位：省委组织部、省财政厅，各市（含定州、辛集市，下同）政府，雄安新区管委会〕
    assert read("〔责任单位：省委组织部、省财政厅，各市（含定州、辛集市，下同）政府，雄安新区管委会〕") == (
        "listed", ["省委组织部", "省财政厅", "各市政府", "雄安新区管委会"], [])
    assert lookup("各县（市、区）人民政府").canonical == "各县（市、区）人民政府"  # brackets naming the tiers stay


def test_work_assigned_point_by_point_in_a_notice_s_prose():
    # ue_03: 此三项工作由A负责 / 此项工作由B、C提出意见 (listed); 此项工作由A牵头，会同B、C研究提出意见 / 由A牵头，B配合，C参加
    text = ("一、关于培育壮大龙头企业的建议。一是加强项目库建设。此三项工作由省农业产业化办公室负责。二是减轻企业税赋。"
            "此项工作由省地税局、省国税局提出意见。")
    assert read(text) == ("listed", ["省农业产业化办公室", "省地税局", "省国税局"], [])
    text = "四、关于加快行业协会建设的建议。一是制定地方性法规。此项工作由省法制办牵头，会同省民政厅、省工商局研究提出意见。"
    assert read(text) == ("lead_support", ["省法制办"], ["省民政厅", "省工商局"])
    text = "九、关于调整规划的建议。要提早动手。此项工作由省发展改革委牵头，省农业产业化办公室配合，省直农口部门参加，研究提出意见。"
    assert read(text) == ("lead_support", ["省发展改革委"], ["省农业产业化办公室", "省直农口部门"])


def test_the_sentence_right_after_a_run_in_title_says_who_carries_the_item():
    # uz_05: （一）综合科技活动调查。由省统计局牵头会同省科技厅、省教育厅负责实施，… / （四）火炬统计调查。由省科技厅组织实施，
    # 调查对象… — A leads and those convened support, or A carries the item (listed); the same words deeper in the prose,
    # or a duty other than carrying out (由A负责检测), name no carrier of the item
    text = "（一）综合科技活动调查。由省统计局牵头会同省科技厅、省教育厅负责实施，内容包括研究与试验发展活动。"
    assert read(text) == ("lead_support", ["省统计局"], ["省科技厅", "省教育厅"])
    assert read("（四）火炬统计调查。由省科技厅组织实施，调查对象包括高新技术企业。") == ("listed", ["省科技厅"], [])
    assert read("（五）创新产出。由省科技厅负责实施，主要监测全省专利申请量。") == ("listed", ["省科技厅"], [])
    assert read("（二）项目管理。项目承担单位要按期报送，经审核后由省科技厅组织实施。") is None
    assert read("（三）安全检测组。由市住建局负责检测，每月报告一次。") is None


def test_a_duty_label_listing_units_convened_by_others_reads_who_leads():
    # uz_10: （责任单位：省工业和信息化厅、省科技厅会同省体育局、省教育厅，各市政府、雄安新区管委会） — those before 会同 lead,
    # the rest support; a label listing units only stays listed
    text = "1.组建产业联盟。引导企业广泛参与。（责任单位：省工业和信息化厅、省科技厅会同省体育局、省教育厅，各市政府、雄安新区管委会）"
    assert read(text) == ("lead_support", ["省工业和信息化厅", "省科技厅"], ["省体育局", "省教育厅", "各市政府", "雄安新区管委会"])
    assert read("2.打造特色小镇。加快建设。（责任单位：省体育局、省发展改革委）") == ("listed", ["省体育局", "省发展改革委"], [])


def test_a_title_closed_by_a_note_label_names_the_items_units():
    # uc_03 (融水 2009, a supplementary notice): 二、<topic>补充责任单位：财政局。 then the prose saying who leads them
    text = ("二、县城园林路绿化点补充责任单位：财政局。该绿化点由建设局牵头组织责任单位于2009年2月18日前挖好植树坑，"
            "19日统一种植。")
    assert read(text) == ("lead_support", ["建设局"], ["财政局"])
    assert read("三、河滨公园绿化点责任单位：交通局、水利局。按时完成种植任务。") == ("listed", ["交通局", "水利局"], [])
    # a heading named 明确责任单位 whose prose follows the colon names no unit list: no note
    assert read("三、明确责任单位：各县区政府是本地区工作的第一责任主体，要切实加强领导。") is None


def test_title_closing_label_finds_the_label_that_ends_on_the_colon():
    from policyparse.grammar import title_closing_label

    text = "二、县城园林路绿化点补充责任单位：财政局。"
    colon = text.index("：")
    assert text[title_closing_label(text, 0, colon):colon] == "责任单位"
    text = "一、加强组织领导：各单位要…"
    assert title_closing_label(text, 0, text.index("：")) is None


def test_a_closing_oversight_clause_names_no_carrier():
    # uh_01: （各市、县政府，省政府各部门负责，省政府办公厅会同省工业和信息化厅、省发展改革委督查落实）
    assert read("（一）加强组织领导。建立健全管理制度。（各市、县政府，省政府各部门负责，省政府办公厅会同省工业和信息化厅、"
                "省发展改革委督查落实）") == ("all", ["各市、县政府", "省政府各部门"], [])
    assert read("1.推进改革。（市教育局牵头，市财政局配合，市政府督查室督办）") == ("lead_support", ["市教育局"], ["市财政局"])
    # only a last clause after a comma is cut: the carrier's note before it is read as it stands
    assert read("1.推进改革。（市教育局负责，市场监管局督查）") == ("listed", ["市教育局"], [])


def test_a_duty_note_after_a_clause_comma_is_read():
    # uh_01: …切实保障工作进度，（各市政府、省政府有关部门负责）经汇总后向省政府提交年度报告。（省工业和信息化厅负责）
    text = ("（二）加快推进落实。制定时间表，切实保障工作进度，（各市政府、省政府有关部门负责）经汇总后向省政府提交年度报告。"
            "（省工业和信息化厅负责）")
    r = note(text)
    assert names(r.lead) == ["各市政府", "省政府有关部门", "省工业和信息化厅"]
    # a bracket after a comma that does not close on a duty word explains a name: no note
    assert note("（一）各市，（含定州、辛集市）要建立制度，确保落实到位。") is None



def test_a_covering_aside_inside_a_unit_s_name_and_a_short_name_remark_are_no_part_of_the_note():
    # ui_01: （牵头单位：A、B、C；责任单位：各市（含定州、辛集市）政府、雄安新区管委会、各县（市）政府，以下简称“各市县政府”）
    assert read("1.改善精益制造基础。（牵头单位：省工业和信息化厅、省发展改革委；责任单位：各市（含定州、辛集市）政府、"
                "雄安新区管委会、各县（市）政府，以下简称“各市县政府”）") == (
        "lead_support", ["省工业和信息化厅", "省发展改革委"], ["各市政府", "雄安新区管委会", "各县（市）政府"])
    assert lookup("各县（市）政府").canonical == "各县（市）政府"  # a bracket naming tiers stays


def test_local_governments_after_a_conjunction_are_a_unit_of_the_list():
    # ui_02: （牵头单位：国家发展改革委，参与单位：相关部门与地方。） / （…参与单位：相关部门和地方。）
    assert read("1.整合组建国家工程研究中心。（牵头单位：国家发展改革委，参与单位：相关部门与地方。）") == (
        "lead_support", ["国家发展改革委"], ["相关部门", "地方"])
    assert read("2.优化调整。（牵头单位：科技部、财政部，参与单位：相关部门和地方。）") == (
        "lead_support", ["科技部", "财政部"], ["相关部门", "地方"])




def test_a_short_name_remark_ends_only_a_labelled_note():
    # a sentence's bracket naming a body and its short name is no note: the remark is cut only after a label
    assert read("1.推进改革。开展工作。（市电子商务促进中心，以下简称“电商中心”）") is None
    assert read("1.推进改革。（牵头单位：市商务委；责任单位：市电子商务促进中心，以下简称“电商中心”）") == (
        "lead_support", ["市商务委"], ["市电子商务促进中心"])


def test_an_entry_titled_with_a_roles_duties_gives_that_role_to_the_units_it_lists():
    # ul_02: （一）牵头部门职责省人社厅主要职责为：牵头制定… （二）配合部门职责省数政局主要职责为：…。省住建厅主要职责为：…
    text = ("（一）牵头部门职责省人社厅主要职责为：牵头制定业务流程和办理规范。\n"
            "（二）配合部门职责省数政局主要职责为：搭建信息交互平台。省住建厅主要职责为：配合牵头部门优化流程。")
    assert item_roles(text) == [("lead_support", ["省人力资源社会保障厅"], []),
                   ("lead_support", [], ["省数政局", "省住房城乡建设厅"])]
    # a title naming no role's duties lists no one
    text = "（一）工作职责省人社厅主要职责为：牵头制定业务流程。"
    sections = items(text)
    assign_responsibility(text, sections)
    assert sections[0].responsibility is None or names(sections[0].responsibility.support) == []


def test_a_bare_body_after_a_collective_then_a_conjunction_ends_the_group():
    # ui_07: （各有关部门、单位和地方各级人民政府按职责分工负责）: 单位 goes on naming the group, 和 opens the next unit,
    # and the note names collectives only (every level's government is one): everyone's task
    assert read("（十四）加强组织领导。各地要落实责任。（各有关部门、单位和地方各级人民政府按职责分工负责）") == (
        "all", ["各有关部门、单位", "地方各级人民政府"], [])
    # a named body beside them keeps the note a joint one
    assert read("（十五）加强工作保障。（财政部、人力资源社会保障部、地方各级人民政府按职责分工负责）") == (
        "joint", ["财政部", "人力资源社会保障部", "地方各级人民政府"], [])


def test_an_item_headed_by_a_kind_of_base_describing_it_names_no_unit():
    # ui_02: 1.国家实验室。体现国家意志… / 2.国家重点实验室。面向前沿科学… / 2.国家野外科学观测研究站。服务于生态学…
    text = ("1.国家实验室。体现国家意志、实现国家使命、代表国家水平的战略科技力量。\n"
            "2.国家重点实验室。面向前沿科学、基础科学、工程科学等，开展基础研究。\n"
            "3.国家野外科学观测研究站。服务于生态学、地学、农学等领域，获取长期野外定位观测数据。")
    sections = items(text)
    assign_responsibility(text, sections)
    assert [s.responsibility for s in sections] == [None, None, None]
    # rd_07: （一）清华大学中国城市研究院。负责统筹第三方城市体检工作。 — a body heading its duties still carries them
    text = "（一）清华大学中国城市研究院。负责统筹第三方城市体检工作。"
    sections = items(text)
    assign_responsibility(text, sections)
    assert [u.name for u in sections[0].responsibility.lead] == ["清华大学中国城市研究院"]


def _bracket_pairs(text: str, positions: list[int], opens: str) -> tuple[dict[int, int], dict[int, int]]:
    """speed18's pairing, the oracle of _SentenceBrackets.of's one pass (speed23 folded it into that pass, so the
    library no longer calls it): (open -> close, close -> open) of every bracket pair among `positions` (the
    brackets of text, in order: those in `opens` open, the others close, any closing any), found by one stack pass.
    A pair is what a depth count from either of its brackets finds (nothing but whole pairs between them)."""
    closing: dict[int, int] = {}
    opening: dict[int, int] = {}
    stack: list[int] = []
    for at in positions:
        if text[at] in opens:
            stack.append(at)
        elif stack:
            o = stack.pop()
            closing[o] = at
            opening[at] = o
    return closing, opening


def _sentence_brackets_by_passes(text: str):
    """speed23's oracle: the document's note brackets as _SentenceBrackets.of and _closing_brackets found them
    before their one pass (speed18's stack pairing, then a pass over the positions for each list)."""
    from policyparse.extract import units

    g = units._g
    positions = g.char_positions(text, g.NOTE_OPEN + g.NOTE_CLOSE)
    closing, opening = _bracket_pairs(text, positions, g.NOTE_OPEN)
    opens = [p for p in positions if p and text[p] in g.NOTE_OPEN and text[p - 1] in units._SENTENCE_END]
    clause_opens = [p for p, close in closing.items()
                    if p and text[p - 1] in units._CLAUSE_END and text.endswith(g.NOTE_CLOSING_DUTY, p, close)]
    if clause_opens:
        opens = sorted(opens + clause_opens)
    last = len(text) - 1
    closes = [p for p in positions if p < last and text[p] in units._CLOSE_BEFORE_SENTENCE_END
              and text[p + 1] in units._SENTENCE_END_AFTER_NOTE]
    spans, last_end = [], 0
    for at in g.char_positions(text, "（("):
        end = at - 1
        while end >= 0 and text[end] in " \t\u3000":
            end -= 1
        if end < last_end or text[end] not in "。；;":
            continue
        m = units._CLOSING_BRACKET.match(text, end)
        if m is not None:
            last_end = m.end()
            spans.append(m.span())
    return opens, closes, closing, opening, spans


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="（）()〔〕【】[]［］。；;，,！\n \u3000\t市A负责牵头配合", max_size=60))
def test_one_bracket_pass_finds_what_the_passes_found(text):
    """speed23: _SentenceBrackets.of pairs the brackets, lists the opens after a sentence end or a duty clause's
    comma, the closes before a sentence end, and the sentence ends _closing_brackets tries, in one pass over the
    positions: the same lists and pairs as the pass for each, and the same closing brackets."""
    from policyparse.extract import units

    found = units._SentenceBrackets.of(text)
    opens, closes, closing, opening, spans = _sentence_brackets_by_passes(text)
    assert (found.opens, found.closes, found.closing, found.opening) == (opens, closes, closing, opening)
    assert list(found.closing) == list(closing) and list(found.opening) == list(opening)  # insertion order too
    assert [m.span() for m in units._closing_brackets(text)] == spans
    assert [m.span() for m in units._closing_brackets(text, found.sentence_ends)] == spans


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=" \u3000\t\n\x1c\x85即包括例如指以下简称市A", max_size=12))
def test_appositive_openers_spare_the_pattern_only_where_it_fails(body):
    """speed23: parse_note asks grammar.APPOSITIVE only of a note whose stripped text opens on one of
    APPOSITIVE_OPENERS: every other note fails the pattern (strip removes all \\s matches, and \\x1c-\\x1f besides)."""
    from policyparse.grammar import APPOSITIVE, APPOSITIVE_OPENERS

    if APPOSITIVE.match(body):
        assert body.strip()[:1] in APPOSITIVE_OPENERS and body.strip()
    for word in ("即", "包括", "例如", "指", "以下简称", "简称", "以下称", "下称"):
        assert word[0] in APPOSITIVE_OPENERS and APPOSITIVE.match(word)


def test_a_remark_in_a_note_is_looked_for_only_after_a_stop():
    """speed23: _note_end searches NOTE_REMARK only in a note holding 。, which every match opens on; the remark still
    ends the list (〔责任单位：A、B按职责分工负责。具体任务均涉及…，下同。〕)."""
    from policyparse.grammar import NOTE_REMARK

    assert NOTE_REMARK.pattern.startswith("。")
    assert note("〔责任单位：市财政局、市教育局按职责分工负责。具体任务均涉及各县区，下同。〕") is not None
    assert [u.name for u in note("〔责任单位：市财政局、市教育局。以下各项均由其落实〕").lead] == ["市财政局", "市教育局"]


def _note_candidates_as_before(text, start, end, brackets):
    """speed26's reference: _note_candidates as it was, through _last_close, opens_in, closes_in and close_of."""
    from policyparse.extract import units

    out = set()
    for stop in (end, text.find("\n", start, end)):
        if stop > start:
            last = units._last_close(text, start, stop, brackets)
            if last is not None:
                out.add(last)
    for pos in brackets.opens_in(start, end):
        close = brackets.close_of(pos, end if end < pos + units.MAX_NOTE else pos + units.MAX_NOTE)
        if close is not None:
            out.add((pos, close))
    for close in brackets.closes_in(start, end):
        pair = units._last_close(text, start, close + 1, brackets)
        if pair is not None:
            out.add(pair)
    return sorted(out)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="（）()〔〕【】[]［］。；;，, \u3000\n市A负责", max_size=50), st.integers(0, 50), st.integers(0, 50))
def test_note_candidates_read_in_place_are_those_read_through_the_lists_methods(text, start, end):
    """speed26: _note_candidates bisects the document's bracket lists in place and pairs a close before a sentence
    end at once: the same candidates, in the same order, as read through _last_close and the lists' methods."""
    from policyparse.extract import units

    brackets = units._SentenceBrackets.of(text)
    start, end = min(start, len(text)), min(end, len(text))
    assert units._note_candidates(text, start, end, brackets) == _note_candidates_as_before(text, start, end, brackets)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="市局、，,；;。／/A ", max_size=30))
def test_plain_parts_split_as_the_separator_pattern_splits(span):
    """speed26: a plain list is split by str.split where 、 is its only separator: the parts the pattern gives."""
    from policyparse.extract import units

    assert units._plain_parts(span) == units._PLAIN_LIST_SPLIT.split(span)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=" \t\n\u3000\x85\xa0\x1c\x1f\u2028市A", max_size=20), st.integers(0, 22))
def test_text_end_tells_what_a_search_for_text_after_says(text, at):
    """speed26: find_note asks whether a node is the document's last by comparing its end with _text_end (once a
    document), not by a \\S search after every node: the same answer, blanks of every kind (regex's \\s) included."""
    from policyparse.extract import units

    assert (units._NOT_SPACE.search(text, at) is not None) == (at < units._text_end(text))


def test_units_built_in_one_loop_and_fields_set_directly_are_as_built_and_assigned():
    """speed26: models.built_each builds what built builds, one model a row; set_field does what assignment does."""
    from policyparse.models import Responsibility, built, built_each, set_field

    rows = [{"name": n, "canonical": n, "span": (i, i + len(n)), "level": "市", "kind": "government", "in_lexicon": True}
            for i, n in enumerate(("市科协", "市教育局"))]
    got, want = built_each(Unit, [dict(r) for r in rows]), [built(Unit, dict(r)) for r in rows]
    assert got == want and [u.model_fields_set for u in got] == [u.model_fields_set for u in want]
    resp = Responsibility(lead=got, mode="listed", raw="市科协、市教育局")
    a, b = (Section(id="1", kind="item", level=1, title="一", text="一", span=(0, 1)) for _ in range(2))
    a.responsibility = resp
    set_field(b, "responsibility", resp)
    assert a == b and a.model_fields_set == b.model_fields_set and a.model_dump_json() == b.model_dump_json()


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["牵头", "单位", "责任", "部门", "市", "省", "县", "级", "主要", "其他", "：", ":", "】", "【", "、", "，",
                                 "配合", "完成时限", "分工", " ", "\u3000", "甲局"]), max_size=14).map("".join))
def test_note_labels_found_from_the_unranked_openers_are_the_scans(body):
    """speed26: grammar.note_labels searches a body without 级 from the openers other than the rank words' (省, 市 …):
    the same matches, spans and groups, as NOTE_LABEL_SCAN (and NOTE_LABEL) find."""
    from policyparse.grammar import NOTE_LABEL, NOTE_LABEL_SCAN, note_labels

    want = [(m.span(), m.groupdict()) for m in NOTE_LABEL_SCAN.finditer(body)]
    assert [(m.span(), m.groupdict()) for m in note_labels(body)] == want
    assert [(m.span(), m.groupdict()) for m in NOTE_LABEL.finditer(body)] == want


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["由", "牵头", "承办", "负责", "市教育局", "，", "、", "配合", "参与", "领导小组", "。", "\n", "工作"]),
                max_size=12).map("".join))
def test_a_lead_in_a_sentence_is_looked_for_only_where_its_words_stand(text):
    """speed26: _sentence_note asks LEAD_IN_SENTENCE only of a window holding 由 and 牵头 or 承办: every match holds them."""
    from policyparse.grammar import LEAD_IN_SENTENCE

    for m in LEAD_IN_SENTENCE.finditer(text):
        assert "由" in m.group() and ("牵头" in m.group() or "承办" in m.group())


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["（一）", "1.", "一、", "(1)", "第一条", "", " ", "市财政局：", "负责"]),
                          st.sampled_from(["市财政局：负责", "加强管理", "（二）落实", ""]), st.integers(0, 3)), max_size=6))
def test_after_marker_kept_for_the_last_head_is_what_the_marker_says(lines):
    """speed26: _after_marker keeps the last head it read (a node's readers ask it in turn): for any sequence of
    nodes, texts and starts, the answer is where match_marker's marker ends."""
    from policyparse.extract import units

    for marker, rest, pad in lines:
        text = "。" * pad + marker + rest
        start, end = pad, len(text)
        m = units._g.match_marker(text[start:min(end, start + 12)])
        want = start + (m.end if m is not None else 0)
        assert units._after_marker(text, start, end) == want
        assert units._after_marker(text, start, end) == want  # asked again: the kept answer


def _labels_after_sentence_ends_as_before(text, start, end):
    """speed26's reference: the walk from each 。 by str.find, NOTE_LABEL asked where a label's opener stands."""
    from policyparse import grammar

    out = []
    at = text.find("。", max(0, start - 1), end)
    while at >= 0:
        q = at + 1
        while q < end and text[q] in " \u3000":
            q += 1
        if q >= start and q < end and text[q] in grammar.NOTE_LABEL_OPENERS and grammar.NOTE_LABEL.match(text, q, end) is not None:
            out.append(q)
        at = text.find("。", q, end)
    return out


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["。", " ", "\u3000", "\t", "牵头单位", "责任", "部门", "：", ":", "】", "【", "市", "级", "主要",
                                 "完成时限", "甲局", "、", "\n"]), max_size=16).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_labels_after_sentence_ends_found_by_one_search_are_the_walks(text, start, end):
    """speed26: _labels_after_sentence_ends finds the labels after a 。 by one search: the places the walk from
    each 。 found, in order, the node's bounds included."""
    from policyparse.extract import units

    start, end = min(start, len(text)), min(end, len(text))
    assert list(units._labels_after_sentence_ends(text, start, end)) == _labels_after_sentence_ends_as_before(text, start, end)


def test_bare_list_colon_gate_matches_the_lookups():
    """speed12: _names_no_unit spares a labelled closing bracket (ae_01-shaped: …。（牵头单位：市教育局、市科协，责任单位：团市委）)
    the two look-ups of every piece; where it answers, the look-ups say the same (some piece is no unit)."""
    from policyparse.extract import lexicon as _lex
    from policyparse.extract.units import _closes_with_bare_lists, _names_no_unit

    for inner in ("牵头单位：市教育局、市科协，责任单位：团市委", "责任单位：各成员单位", "责任单位:市科协",
                  "市科协、市教育局", "装备信息中心、教科院", "“十强产业”专班：牵头部门", "〔主办〕：市科协"):
        pieces = inner.split("、")
        plain = not all(_lex.is_anchored_unit(p) for p in pieces) and all(_lex.is_unit(p) for p in pieces)
        if _names_no_unit(inner):
            assert plain is False, inner
    notes = "".join(f"第{i}项工作。（牵头单位：市教育局、市科协）\n" for i in range(4))
    assert _closes_with_bare_lists(notes) is False


def test_a_bare_list_naming_a_new_zones_committee_is_a_note():
    # uz_10: …给予奖励。（各市政府、雄安新区管委会） — a zone's 管委会 is its government, anchored by the zone word
    assert read("鼓励各市县加大招商引资力度，给予奖励。（各市政府、雄安新区管委会）") == (
        "listed", ["各市政府", "雄安新区管委会"], [])
    assert read("推动项目落地。（某某高新区管理委员会、省发展改革委）")[1][0].endswith("管理委员会")
    assert read("推动项目落地。（雄安新区、省发展改革委）") is None or "雄安新区" not in read("推动项目落地。（雄安新区、省发展改革委）")[1]


def test_units_opening_the_sentence_after_a_run_in_title_before_qiantou_fuze_lead_it():
    # uz_03: 1.推动企业调解委员会建设。工会、工商联、企联组织牵头负责在… / 2.设立…调解中心。人力资源社会保障部门负责牵头在… —
    # bodies named by their kind, as a plan sent to every level names them, lead the item; not a clause with a modal
    # (各地要牵头负责), nor the words deeper in the prose
    text = "1.推动企业调解委员会建设。工会、工商联、企联组织牵头负责在规模以上企业依法设立调解委员会。"
    assert read(text) == ("lead_support", ["工会", "工商联", "企联组织"], [])
    text = "2.设立乡镇（街道）区域性调解中心。人力资源社会保障部门负责牵头在用人单位相对集中的乡镇（街道）设立调解中心。"
    assert read(text) == ("lead_support", ["人力资源社会保障部门"], [])
    assert read("（三）加强督导。各地要牵头负责在规模以上企业设立调解委员会。") is None
    assert read("（三）加强督导。加大工作力度，在规模以上企业设立调解委员会，工会牵头负责指导。") is None


def _own_places_at_every_start(text: str) -> tuple[str, ...]:
    """_own_places as it was: _OWN_PLACE tried at the head and at every 《 and line end of the first 1,500 characters."""
    from policyparse import grammar as _g
    from policyparse.extract import units

    head = text[:units._OWN_PLACE_REACH]
    starts = {0, *_g.char_positions(head, "《\n")}
    return tuple(sorted({m.group("place") for at in starts if (m := units._OWN_PLACE.match(head, at)) is not None}))


def test_own_places_found_from_their_level_word_are_every_starts():
    """speed14: _OWN_PLACE is tried only where 县 / 市 / 区 stands two or three characters after a 《 or a line end
    (blanks skipped): the same places as trying it at every one (象州县 of a title, 鞍山市人民政府 of a line)."""
    from policyparse.extract.units import _own_places

    for text in ("《象州县农村公路实施方案》\n1.象州公路养护中心：加强国省道养护。", "各县（市）区人民政府：\n鞍山市人民政府\n",
                 "象州县人民政府关于印发\n\u3000 柳城县人民政府\n《 平阴县关于…的通知》", "\n\n《》\n县市区人民政府\n"):
        assert _own_places(text) == _own_places_at_every_start(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["《", "》", "\n", " ", "\u3000", "象州", "鞍", "山", "县", "市", "区", "人民政府",
                                 "实施方案", "关于", "a", "（"]), max_size=24).map("".join))
def test_own_places_gate_matches_trying_every_start(text):
    from policyparse.extract.units import _own_places

    assert _own_places(text) == _own_places_at_every_start(text)


def test_a_note_closing_on_a_duty_to_see_the_task_done_names_its_carriers():
    # vc_06 (国办发〔2021〕32号): （项目管理部门、项目承担单位负责落实）, （科技部、人力资源社会保障部、财政部等有关部门负责落实）,
    # （科技部、财政部负责指导）, （科技部、财政部会同有关部门负责落实） — 负责落实 / 负责指导 close a note as 负责 does
    assert read("（一）简化预算编制。精简科目。（项目管理部门、项目承担单位负责落实）") == (
        "listed", ["项目管理部门", "项目承担单位"], [])
    assert read("（十一）加大激励力度。落实规定。（科技部、人力资源社会保障部、财政部等有关部门负责落实）") == (
        "listed", ["科技部", "人力资源社会保障部", "财政部"], [])
    assert read("（二十）支持新型研发机构。给予稳定支持。（科技部、财政部负责指导）") == ("listed", ["科技部", "财政部"], [])
    assert read("（二十四）加大宣传力度。加强解读。（科技部、财政部会同有关部门负责落实）") == (
        "lead_support", ["科技部", "财政部"], ["有关部门"])
    # a sentence saying what a unit is to do is no note
    assert read("（三）强化监督。（由审计署负责落实整改情况的检查）") is None


def test_institutions_joined_before_the_department_in_charge_they_share_are_one_unit():
    # vc_11: （省发展改革委、省属高等学校和科研院所主管部门负责） — the departments in charge of both; the institutions
    # alone (省属高等学校和科研院所负责) are two units, and a body before 和 keeps its own name
    assert read("（二）完善基本建设项目管理。简化审批。（省发展改革委、省属高等学校和科研院所主管部门负责）") == (
        "listed", ["省发展改革委", "省属高等学校和科研院所主管部门"], [])
    assert read("（一）完善采购管理。自行采购。（省财政厅、省属高等学校和科研院所负责）") == (
        "listed", ["省财政厅", "省属高等学校", "科研院所"], [])
    assert read("（三）加强监管。定期检查。（市财政局和市教育主管部门负责）") == ("listed", ["市财政局", "市教育主管部门"], [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("市科协", "市教育局", "市财政局", "团市委", "市发改委", "市发展改革委")), max_size=6),
       st.lists(st.sampled_from(("市科协", "市财政局", "市发展改革委")), max_size=3))
def test_dedupe_fast_path_reads_as_the_walk(names, excluded):
    """units._dedupe returns a list with nothing dropped at once (every canonical unit once, none excluded) as the walk
    over `seen` reads it: the same units, in order, in a new list."""
    from policyparse.extract.units import _Piece, _dedupe, _unit

    def units(ns):
        return [_unit("", _Piece(n, i, i + len(n))) for i, n in enumerate(ns)]

    given_units, exclude = units(names), units(excluded) or None
    seen = {u.canonical for u in exclude} if exclude else set()
    want = []
    for u in given_units:
        if u.canonical not in seen:
            seen.add(u.canonical)
            want.append(u)
    got = _dedupe(given_units, exclude)
    assert got == want and got is not given_units


def test_labelled_units_start_empty_and_apart():
    """speed18: _LabelledUnits, a slotted class now, starts with five empty lists of its own, as the dataclass did."""
    from policyparse.extract.units import _LabelledUnits

    a, b = _LabelledUnits(), _LabelledUnits()
    assert [a.lead, a.support, a.duty, a.shared, a.members] == [[]] * 5
    a.lead.append(1)
    assert b.lead == [] and not hasattr(a, "__dict__")


# speed19 (session 26): the word pieces of a note-bearing node, joined at random, for the gates' reference tests
_NOTE_PIECES = ["由", "牵头", "承办", "会同", "此项工作由", "的问题，", "等部门", "等单位", "市教育局", "市财政局", "县教育局",
                "负责", "配合", "要", "、", "，", "。", "；", "\n", " ", "\u3000", "（", "）", "附件", "附件1", "（附件2）",
                "责任单位：", "牵头单位：", "：", "推进工作", "加强管理", "一、", "（一）",
                # whole forms, so that a run of a few pieces often holds a note
                "。责任单位：市教育局", "。牵头单位：市财政局。", "由市教育局牵头，市财政局配合", "此项工作由市教育局负责。",
                "的问题，由市财政局会同市教育局负责", "县教育局负责推进，县财政局等部门要积极配合"]
_NOTE_TEXTS = st.lists(st.sampled_from(_NOTE_PIECES), max_size=24).map("".join)


def _run_on_label_notes_as_before(text, start, end, reading):
    """speed19's reference: _run_on_label_notes as it was, the two generators chained behind the cue tests alone."""
    import itertools

    from policyparse import grammar as g
    from policyparse.extract import units

    own = text[start:end]
    if ("。" not in own and "附件" not in own) or not g.has_note_label_stop(own):
        return []
    out = []
    for s in itertools.chain(units._labels_after_sentence_ends(text, start, end),
                             units._labels_after_attachment_reference(text, start, end)):
        line_end = text.find("\n", s, end)
        line_end = end if line_end < 0 else line_end
        stop = units._TRAILING_PUNCT.search(text, s, line_end).start()
        if units._open_brackets(text, start, s) and not g.ATTACHMENT_REFERENCE.search(text, s - units._REFERENCE_REACH, s):
            continue
        if "。" in text[s:stop] and not units._label_run(text, s, stop):
            continue
        resp = reading.note(text, s, stop)
        if resp is not None:
            out.append(resp)
        if "。" in text[s:stop]:
            break
    return out


@settings(max_examples=600, deadline=None)
@given(_NOTE_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_run_on_label_notes_searched_once_first_are_those_read_through_the_generators(text, start, end):
    """speed19: _run_on_label_notes asks _LABEL_AFTER_FULL_STOP once before chaining its generators (where no 附件
    stands): the same notes as the chained generators alone, a 。 just before the node counted as before."""
    from policyparse.extract import units

    start, end = min(start, len(text)), min(end, len(text))
    reading = units.document_reading(text)
    assert units._run_on_label_notes(text, start, end, reading) == _run_on_label_notes_as_before(text, start, end, reading)


def test_run_on_label_note_after_a_full_stop_just_before_the_node():
    """speed19: the label search starts one character before the node (a 。 closing the node before), as the walk did."""
    from policyparse.extract import units

    text = "推进工作。责任单位：市教育局。"
    reading = units.document_reading(text)
    got = units._run_on_label_notes(text, 5, len(text), reading)
    assert [names(r.lead) for r in got] == [["市教育局"]]


def _sentence_note_as_before(text, start, end):
    """speed19's reference: _sentence_note as it was, each reader behind its own cue test."""
    from policyparse.extract import units as u

    if text.find("。由", start, start + u._OPENING_TITLE_MAX + 1) >= 0 and (resp := u._opening_charge(text, start, end)) is not None:
        return resp
    if text.find("牵头", start, min(end, start + u._OPENING_TITLE_MAX + u._OPENING_LEAD_MAX)) >= 0 \
            and (resp := u._opening_lead(text, start, end)) is not None:
        return resp
    base = max(start, end - 2000)
    window = text[base:end]
    if "项工作由" in window and (resp := u._assigned_work(text, base, end)) is not None:
        return resp
    if "会同" in window and (resp := u._convened_in_sentence(text, base, end)) is not None:
        return resp
    if "由" in window and ("牵头" in window or "承办" in window) and (resp := u._led_in_sentence(text, base, end)) is not None:
        return resp
    if ("等部门" in window or "等单位" in window) and (resp := u._assisted_in_sentence(text, base, end)) is not None:
        return resp
    base = max(start, end - u._CHARGE_REACH)
    stop = base + len(text[base:end].rstrip())
    return u._closing_charge(text, base, stop) or u._entry_charge(text, start, stop) or u._subject_units(text, start, end)


@settings(max_examples=600, deadline=None)
@given(_NOTE_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_sentence_note_behind_one_cue_for_its_three_readers_reads_as_before(text, start, end):
    """speed19: _sentence_note asks 由 once for its three readers whose every match holds it (此项工作由, 的问题，由A会同,
    由A牵头): the same note as each reader behind its own cue."""
    from policyparse.extract import units

    start, end = min(start, len(text)), min(end, len(text))
    assert units._sentence_note(text, start, end) == _sentence_note_as_before(text, start, end)


def test_sentence_note_convened_and_led_forms_still_read():
    """speed19: the forms behind the 由 cue (ue_03's 此项工作由A负责, 的问题，由A会同B负责, 由A牵头，B配合) still read."""
    assert read("关于经费的问题，由市财政局会同市教育局负责。") == ("lead_support", ["市财政局"], ["市教育局"])
    assert read("推进学校建设，由市教育局牵头，市财政局配合。")[1] == ["市教育局"]


def _unit_duties_entry_as_before(text, node, start, end):
    """speed19's reference: _unit_duties_entry as it was, the marker read and the pattern asked of every childless item."""
    from policyparse import grammar as g
    from policyparse.extract import lexicon as lex
    from policyparse.extract import units as u

    if node.kind != "item" or node.children:
        return None
    s = u._after_marker(text, start, end)
    m = g.UNIT_DUTIES_LABEL.match(text, s, end)
    if m is None or not text[m.end():end].strip():
        return None
    names = m.group("units").split("、")
    if not all(lex.is_unit(n) and not u._NOT_A_HEAD.search(n) for n in names) or not any(
        lex.is_anchored_unit(n) or g.DEPARTMENT_HEAD.fullmatch(n) for n in names
    ):
        return None
    return u._listed_names(text, m, names)


_DUTY_ENTRY_PIECES = ["（一）", "（十二）", "1.", "第十二条", "一、", "市公安局", "县教育局", "广电局", "资阳日报社", "、",
                      "的", "主要", "工作", "职责", "职责：", "：", "牵头部门", "配合部门", "省人社厅主要职责为：",
                      "负责整顿工作的宣传报道。", "推进工作", "各级路长", "\n", " ", "加强管理和服务保障"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_DUTY_ENTRY_PIECES), max_size=14).map("".join), st.integers(0, 80))
def test_duty_entries_looked_for_only_where_their_word_stands_read_as_before(text, end):
    """speed19: _unit_duties_entry asks for 职责 within the marker's 12 characters and the label's 47 before reading the
    marker and the pattern, _role_duties_entry for 职责 anywhere in the node first: the same notes as without."""
    from policyparse.extract import units as u

    end = min(end, len(text))
    node = Section(id="1", kind="item", level=3, text=text[:end], span=(0, end))
    assert u._unit_duties_entry(text, node, 0, end) == _unit_duties_entry_as_before(text, node, 0, end)
    assert u._role_duties_entry(text, node, 0, end) == _role_duties_entry_as_before(text, node, 0, end)


def _role_duties_entry_as_before(text, node, start, end):
    """speed19's reference: _role_duties_entry as it was, the marker read before its 职责 cue."""
    from policyparse import grammar as g
    from policyparse.extract import lexicon as lex
    from policyparse.extract import units as u

    if node.kind != "item" or node.children:
        return None
    s = u._after_marker(text, start, end)
    if text.find("职责", s, end) < 0:
        return None
    title = g.ROLE_DUTIES_TITLE.match(text, s, end)
    if title is None:
        return None
    found = []
    for m in g.ROLE_DUTY_ENTRY.finditer(text, title.end(), end):
        name = m.group("unit")
        if lex.is_unit(name) and not u._NOT_A_HEAD.search(name):
            found.append(u._unit(text, u._Piece(name, m.start("unit"), m.end("unit"))))
    if not found:
        return None
    found = u._dedupe(found)
    span = (found[0].span[0], found[-1].span[1])
    if title.group("role") in g.LEAD_ROLES:
        return u._responsibility(found, [], "lead_support", text[span[0]:span[1]], span)
    return u._responsibility([], found, "lead_support", text[span[0]:span[1]], span)


def test_unit_duties_entry_reach_holds_the_longest_label():
    """speed19: the reach of the 职责 cue is the pattern's longest label past a 12-character marker (40 characters of
    units, 的主要工作, 职责)."""
    from policyparse.extract import units as u

    names = "、".join(["市公安局"] * 9)[:40]
    assert len(names) == 40
    text = "（十二）" + names + "的主要工作职责：负责整顿工作的宣传报道。"
    from policyparse.grammar import UNIT_DUTIES_LABEL

    m = UNIT_DUTIES_LABEL.match(text, 4)
    assert m is not None and m.end() - 1 - 4 == u._UNIT_DUTIES_REACH


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="。：:，县财政局落实（一）1.\n ", max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_unit_heading_stop_found_by_finds_is_the_patterns(text, start, end):
    """speed19: _unit_heading looks for its stop (：, :, 。) in reach by three str.find calls, not _HEAD_UNIT_STOP: the
    same answer, and no heading read where the pattern finds none."""
    from policyparse.extract import units as u

    start, end = min(start, len(text)), min(end, len(text))
    reach = start + u._HEAD_UNIT_REACH
    reach = end if end < reach else reach
    by_finds = text.find("。", start, reach) >= 0 or text.find("：", start, reach) >= 0 or text.find(":", start, reach) >= 0
    assert by_finds == bool(u._HEAD_UNIT_STOP.search(text, start, min(end, start + u._HEAD_UNIT_REACH)))
    node = Section(id="1", kind="item", level=3, text=text[start:end], span=(start, max(start, end)))
    if not by_finds:
        assert u._unit_heading(text, node, start, end) is None


def test_unit_heading_still_reads_a_unit_and_its_colon():
    """speed19: 1.县财政局：落实… (the form _unit_heading reads) passes the stop test by str.find."""
    from policyparse.extract import units as u

    text = "1.县财政局：落实资金保障，做好经费监管。"
    node = Section(id="1", kind="item", level=3, text=text, span=(0, len(text)))
    resp = u._unit_heading(text, node, 0, len(text))
    assert resp is not None and [x.name for x in resp.lead] == ["县财政局"]


def test_document_reading_keeps_its_brackets_and_text_end_per_text():
    """speed19: reading.brackets / reading.text_end read the found value in place: the same object for the same text,
    found again for another text (a reading made without one asks with each node's)."""
    from policyparse.extract import units as u

    reading = u._DocumentReading()
    a, b = "推进工作（市教育局负责）。 ", "加强管理（市财政局负责）。"
    assert reading.brackets(a) is reading.brackets(a) and reading.brackets(a).closes == u._SentenceBrackets.of(a).closes
    assert reading.brackets(b).closes == u._SentenceBrackets.of(b).closes
    assert reading.text_end(a) == len(a) - 1 and reading.text_end(b) == len(b)
    assert reading.text_end(a) == len(a) - 1


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["（", "(", "以下", "以", "下", "简", "称", "简称", "下称", "以下简称", "以下称", "（以下简称",
                                 "（简称", "(下称", "市", "局", "“", "”", "）", "。", "称号"]), max_size=20).map("".join))
def test_abbreviation_cues_found_from_their_word_are_the_patterns(text):
    """speed19: _abbreviation_cues finds the cues from each 称 after 简 / 下 (a str.find each): the same matches, in the
    same order, as _ABBREVIATION_CUE's search through the whole text."""
    from policyparse.extract import units as u

    assert [m.span() for m in u._abbreviation_cues(text)] == [m.span() for m in u._ABBREVIATION_CUE.finditer(text)]


def test_abbreviation_declared_in_a_notice_is_still_read():
    """speed19: 国家发展改革委（以下简称发展改革委） still names the body the short name means."""
    from policyparse.extract import units as u

    text = "国家发展和改革委员会（以下简称发展改革委）负责。\n一、推进工作（发展改革委负责）。"
    assert [a.group("abbr") for a in u._abbreviations(text)] == ["发展改革委"]


@pytest.mark.parametrize("text,expected", [
    # vf_03: （省编委办、省财政厅…省食品药品监管局等部门按职能分别负责）: each body its own part of the task
    ("1.降低成本。（省编委办、省财政厅、省工商局等部门按职能分别负责）", ("joint", ["省编委办", "省财政厅", "省工商局"], [])),
    ("1.降低成本。（省财政厅、省工商局按职能负责）", ("joint", ["省财政厅", "省工商局"], [])),
    # after a lead, the bodies so named support it
    ("1.降低成本。（省财政厅牵头，省工商局等部门按职能分别负责）", ("lead_support", ["省财政厅"], ["省工商局"])),
])
def test_bodies_answering_by_their_functions_share_the_task(text, expected):
    assert read(text) == expected


def test_a_named_body_s_own_offices_in_a_list_closing_on_deng_are_that_body():
    # vf_02: （责任单位：…厅劳动保障监察局、就业促进处…以及社保中心、人事考试中心有关部等单位；完成时限：2022年4月前）: the centre's
    # offices (有关部[门], its 门 lost) carry the centre's part — the unit is the centre
    got = read("1.动态调整。（责任单位：各市人社局；厅劳动保障监察局、就业促进处以及社保中心、人事考试中心有关部等单位；完成时限：2022年4月前）")
    assert got == ("listed", ["各市人社局", "厅劳动保障监察局", "就业促进处", "社保中心", "人事考试中心"], [])
    got = read("1.动态调整。（责任单位：市教育局、市卫生健康委有关处室等单位）")
    assert got is not None and got[1][-1] == "市卫生健康委有关处室"  # a 委's offices: not a body the rule reads (中心 / 局 / 厅 / 院 / 所 / 站)
    # collectives stay collectives
    assert read("1.动态调整。（责任单位：市教育局、市政府有关部门等单位）")[1] == ["市教育局", "市政府有关部门"]
    assert read("1.动态调整。（责任单位：市教育局、各有关部门等单位）")[1] == ["市教育局", "各有关部门"]


@pytest.mark.parametrize("text,expected", [
    # issue 10 §3: a person answering for the task named after a label's units, parted by a comma or a ；
    # (（牵头单位：市发改委，责任领导：副市长张三；配合单位：市财政局）): the units end before the person, who is no unit
    ("1.推进改革。（牵头单位：市发改委，责任领导：副市长张三；配合单位：市财政局）", ("lead_support", ["市发展改革委"], ["市财政局"])),
    ("1.推进改革。（牵头单位：市发改委；配合单位：市财政局，责任人：王五）", ("lead_support", ["市发展改革委"], ["市财政局"])),
    # before the labels, as read already (sf_02's form)
    ("1.推进改革。（责任领导：张三；牵头单位：市发改委；配合单位：市财政局）", ("lead_support", ["市发展改革委"], ["市财政局"])),
    # a body whose name holds 领导 (a 领导小组's office) is a unit, not a person
    ("1.推进改革。（牵头单位：市发改委，市扶贫开发领导小组办公室；配合单位：市财政局）",
     ("lead_support", ["市发展改革委", "市扶贫开发领导小组办公室"], ["市财政局"])),
])
def test_a_person_named_after_a_label_s_units_ends_them(text, expected):
    assert read(text) == expected


def test_label_word_subsets_are_drawn_from_the_one_note_grammar():
    """The note-label words are written once (grammar: LEAD_ROLES, BARE_ROLE_LABELS, LABEL_NOUNS, …); the sites that
    read fewer draw them from there. extract/tasks._LEAD_WORD (a 责任单位 cell written as a note: 区发改局牵头，区财政局配合;
    主办：A 协办：B) is the lead role words and the bare labels, two-character literals, so their order cannot change
    where a search finds one; repair's labelled-note opening (（责任单位：…）各地…, vf_05) reads the four common labels."""
    import regex

    from policyparse import grammar as g
    from policyparse.extract.tasks import _LEAD_WORD
    from policyparse.repair.paragraphs import _NOTE_LABEL_OPENING

    words = _LEAD_WORD.pattern.split("|")
    assert set(words) == {"牵头", "主办", "主责", "配合", "协办"} and all(len(w) == 2 for w in words)
    written_before = regex.compile(r"牵头|主办|主责|配合|协办")
    for cell in ("区发改局牵头，区财政局配合", "主办：区发改局 协办：区财政局", "区发改局负责，区财政局配合", "区发改局、区财政局"):
        assert [m.span() for m in _LEAD_WORD.finditer(cell)] == [m.span() for m in written_before.finditer(cell)]
    assert g.COMMON_NOTE_LABELS == ("责任单位", "牵头单位", "责任部门", "牵头部门")
    assert all(g.NOTE_LABEL.match(label + "：") for label in (*g.COMMON_NOTE_LABELS, *g.BARE_ROLE_LABELS))
    assert _NOTE_LABEL_OPENING.match("（牵头部门：市发改委）") and not _NOTE_LABEL_OPENING.match("（配合单位：市财政局）")


_ASSIST_ALPHABET = list("由甲乙丙，、。牵头负责承办配合参与参加协助协同落实实施等为单位部门") + ["牵头", "配合", "参加", "协同", "为牵头单位"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ASSIST_ALPHABET), max_size=30).map("".join))
def test_assist_verbs_written_once_match_as_the_words_written_in_each_pattern(text):
    """grammar.ASSIST_VERBS (配合 参与 协助 协同; with 参加 where a 由… lead or a clause after it takes it) is the one list
    of the words saying units assist a lead: LEAD_IN_SENTENCE, ASSISTING_CLAUSE and extract/tasks._LEAD_SAID_APART
    (…为牵头单位，B、C参与) now draw their words from it in another order. Two-character literals, all different: at a
    place at most one of them matches, so the order cannot change a match (checked against the patterns as written
    before)."""
    import regex

    from policyparse import grammar as g
    from policyparse.extract.tasks import _LEAD_SAID_APART

    before = {
        g.LEAD_IN_SENTENCE: g.LEAD_IN_SENTENCE.pattern.replace("(?:配合|参与|协助|协同|参加)", "(?:配合|参与|参加|协助|协同)"),
        g.ASSISTING_CLAUSE: g.ASSISTING_CLAUSE.pattern.replace("(?:配合|参与|协助|协同|参加)", "(?:配合|参加|参与|协助|协同)"),
        _LEAD_SAID_APART: _LEAD_SAID_APART.pattern.replace("(?:配合|参与|协助|协同)", "(?:参与|配合|协助|协同)"),
    }
    for now, then in before.items():
        assert then != now.pattern
        then = regex.compile(then)
        assert [(m.span(), m.groupdict()) for m in now.finditer(text)] == [(m.span(), m.groupdict()) for m in then.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in [now.match(text)] if m] == [(m.span(), m.groupdict()) for m in [then.match(text)] if m]


@pytest.mark.parametrize("text,expected", [
    # issue 10 §3 (batch vj, synthetic: no corpus document holds the form): a person's label parted from the units only by
    # blanks, which repair drops between Han characters — （分管领导：李四  责任单位：县自然资源局） reaches extract as
    # 李四责任单位：…; the person before the first label ends where the label starts, the person after a unit's name ends it
    ("1.做好保障。（分管领导：李四责任单位：县自然资源局）", ("listed", ["县自然资源局"], [])),
    ("1.做好保障。（责任单位：县农业农村局分管领导：李四）", ("listed", ["县农业农村局"], [])),
    ("1.推进建设。（牵头单位：县发改局责任领导：张三配合单位：县财政局）", ("lead_support", ["县发展改革局"], ["县财政局"])),
    ("1.推进建设。（责任领导：张三牵头单位：县发改局配合单位：县财政局）", ("lead_support", ["县发展改革局"], ["县财政局"])),
    ("1.推进建设。（牵头单位：县发改局县级责任领导：张三）", ("lead_support", ["县发展改革局"], [])),
    # the blanks still there
    ("1.做好保障。（分管领导：李四  责任单位：县自然资源局）", ("listed", ["县自然资源局"], [])),
    # a unit whose name ends in 领导小组办公室 is no person's label
    ("1.推进改革。（牵头单位：县扶贫开发领导小组办公室；配合单位：县财政局）",
     ("lead_support", ["县扶贫开发领导小组办公室"], ["县财政局"])),
])
def test_a_person_parted_from_the_units_by_blanks_only_is_no_unit(text, expected):
    assert read(text) == expected


def test_the_last_items_note_lines_above_the_pages_own_lines_are_its_note():
    # vn_01: 5.树立全周期健康管理理念…。 / 牵头责任单位：县卫健委 / 主要协作单位：… / 监督方式：0557-6031710 / 扫一扫在手机打 —
    # the note lines right below the last item are its note though the page's own lines follow them; a line that is no
    # note ends the run (a contact line above a label line leaves the label outside)
    doc = parse("1.创建国家卫生县城。\n\n牵头责任单位：县卫健委\n\n主要协作单位：县民政局\n\n"
                "2.推广家庭医生签约服务。\n\n牵头责任单位：县卫健委\n\n主要协作单位：县财政局\n\n监督方式：0557-6031710\n\n扫一扫在手机打")
    got = {s.marker: (names(s.responsibility.lead), names(s.responsibility.support)) if s.responsibility else None
           for s in doc.iter_sections() if s.marker}
    assert got == {"1.": (["县卫生健康局"], ["县民政局"]), "2.": (["县卫生健康局"], ["县财政局"])}
    doc = parse("1.创建国家卫生县城。\n\n监督方式：0557-6031710\n\n牵头责任单位：县卫健委")
    assert all(s.responsibility is None for s in doc.iter_sections() if s.marker)


def test_a_supporting_units_label_names_support_beside_the_lead():
    """（牵头单位：A、B，支撑单位：C、D） (vo_01, 松江区城市更新计划): 支撑 is a supporting role, as 配合 is."""
    assert read("（牵头单位：区规划资源局、相关街镇，支撑单位：区文化和旅游局、区经委）") == (
        "lead_support", ["区规划资源局", "相关街镇"], ["区文化和旅游局", "区经委"])


def test_a_town_named_by_its_place_after_a_label_is_its_government():
    """（牵头单位：区经委、佘山镇、车墩镇） / （牵头单位：九亭镇） (vo_01): a town named by its place, as a county by its
    place (南浔区) is; after a label it stands alone too. Words naming a kind of town (城镇, 各乡镇) are no place."""
    assert read("（牵头单位：区经委、佘山镇、车墩镇）") == ("lead_support", ["区经委", "佘山镇", "车墩镇"], [])
    assert read("（牵头单位：九亭镇）") == ("lead_support", ["九亭镇"], [])
    assert read("（牵头单位：中山街道、永丰街道、泗泾镇）") == ("lead_support", ["中山街道", "永丰街道", "泗泾镇"], [])
    assert read("（城镇）") is None and read("（重点镇、特色镇）") is None


def test_a_note_label_whose_colon_is_typed_as_a_semicolon_reads_its_units():
    # vu_03: 5.实施改厨、改厕、改圈等工程…。(责任单位;住建局、畜牧局、各乡镇场) — the label's colon typed as ；: the units are
    # the label's all the same; a bracket of prose with a label word inside (明确牵头单位；…) or a label naming nothing is none
    assert read("5.实施改厕工程。(责任单位;住建局、畜牧局、各乡镇场)") == ("listed", ["住建局", "畜牧局", "各乡镇场"], [])
    assert read("1.整治河道。（牵头单位；市水利局）") == ("lead_support", ["市水利局"], [])
    assert note("1.整治河道。（明确牵头单位；加强考核）") is None
    assert note("1.整治河道。（责任单位；）") is None


def test_officials_named_before_a_notes_units_are_no_units():
    # vu_01 (湖南 分工意见): （分管副省长、协管副秘书长负责，省发改委牵头，省经信委、…等按职责分工负责） — the posts answering
    # for the task are people: the note is read from the units after them; a note naming a post only names no unit
    text = "1.能耗下降3%以上（分管副省长、协管副秘书长负责，省发改委牵头，省经信委、省财政厅等按职责分工负责）"
    assert read(text) == ("lead_support", ["省发改委"], ["省经信委", "省财政厅"])
    assert read("2.降低成本（分管副市长负责，市发改委牵头，市财政局配合）") == ("lead_support", ["市发展改革委"], ["市财政局"])
    assert note("3.降低成本（市长负责）") is None


def test_a_worded_note_the_stored_copy_cuts_inside_its_closing_duty_words_is_read():
    # vu_01: the page ends …（分管副省长负责，省发改委牵头，省经信委、省财政厅、国家统计局湖南调查总队等按职责分 — A leads, the
    # units before 等 support; cut anywhere else (等开展, words that are no duty words) the bracket is not read so
    cut = "1.能耗下降3%以上（分管副省长负责，省发改委牵头，省经信委、省财政厅、国家统计局湖南调查总队等按职责分"
    assert read(cut) == ("lead_support", ["省发改委"], ["省经信委", "省财政厅", "国家统计局湖南调查总队"])
    assert read("1.能耗下降3%以上（省发改委牵头，省财政厅等配") == ("lead_support", ["省发改委"], ["省财政厅"])
    assert note("1.能耗下降3%以上（省发改委牵头，省财政厅等开展") is None


@pytest.mark.parametrize("text,expected", [
    # vx_02 (镇江): 农委 after 市统计局, the body the lexicon knows as 市农委, its level word left out as the list goes on
    ("4.做好居民消费价格数据调查统计。(国家统计局镇江调查队,市统计局、物价局、农委、商务局、供销社负责)",
     ("listed", ["国家统计局镇江调查队", "市统计局", "物价局", "农委", "商务局", "供销社"], [])),
    ("2.落实负责制。（县财政局、农委按职责分工负责）", ("joint", ["县财政局", "农委"], [])),
])
def test_a_worded_note_names_a_body_short_after_a_unit_of_its_level(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "4.做好统计。(物价局、农委负责)",  # no unit before it says at what level 农委 stands
    "4.做好统计。(市统计局、农委)",  # a bare list keeps its anchored reading
])
def test_a_body_named_short_needs_a_unit_of_its_level_before_it(text):
    assert read(text) is None


def test_localities_beside_a_collective_of_departments_are_everyone():
    # vx_03 (减污降碳协同增效实施方案): （各相关部门、地方按职责分工负责）: the departments and the localities, no unit named
    assert read("（二十六）加强组织领导。各地区要认真贯彻落实。（各相关部门、地方按职责分工负责）") == (
        "all", ["各相关部门", "地方"], [])
    assert lookup("地方").kind == "collective"


# batch wa (Shanghai notices assigning work)
def test_places_share_the_body_the_last_one_names_after_a_label():
    # wa_06: （牵头单位：市绿化市容局，浦东新区、徐汇区…嘉定区政府。配合单位：…）: each district named bare is the government the
    # last one names once; after a label the bare place stood for itself before
    assert read("1.改造提升已建外环绿带。（牵头单位：市绿化市容局，浦东新区、徐汇区、嘉定区政府。配合单位：市水务局）") == (
        "lead_support", ["市绿化市容局", "浦东新区政府", "徐汇区政府", "嘉定区政府"], ["市水务局"])
    assert read("9.精心打造浦江第一湾。（牵头单位：市规划资源局。配合单位：闵行区、奉贤区政府，临港新片区管委会）") == (
        "lead_support", ["市规划资源局"], ["闵行区政府", "奉贤区政府", "临港新片区管委会"])


def test_every_line_department_is_everyone():
    # wa_07: （责任单位：各行业部门）: the departments of every line of work, no unit named — as 各部门
    assert read("（二）加强行业安全管理。推进重点行业消防安全标准化管理。（责任单位：各行业部门）") == ("all", ["各行业部门"], [])
    # beside named units it is one more listed body
    assert read("（五）强化火灾风险研判。每年挂牌督改一批重大火灾隐患。（责任单位：区消防救援局、各行业部门、各街镇）") == (
        "listed", ["区消防救援局", "各行业部门", "各街镇"], [])


def test_a_body_made_up_under_a_lead_names_no_task_lead():
    # wa_06: 建立由A牵头，B和C组成的…推进机制: who sits in a mechanism, not who leads the task
    text = "（一）加强组织领导。依托市绿化委员会，建立由市绿化市容局牵头，市相关部门和各相关区政府组成的规划建设推进机制。"
    assert note(text) is None
    # wa_10: 成立工作专班，由A牵头，B、C（交管）及各街镇为成员单位: the group's members
    assert note("三、组织领导与责任分工。为确保行动落地见效，成立工作专班，由区绿化市容局牵头，区建管委、区公安分局（交管）及各街镇"
                "为成员单位，统筹推进联合执法等工作。") is None
    # wa_08: 由A牵头，B、C配合 in the same kind of sentence still leads
    assert read("7.积极推进消防水源建设。将市政消火栓建设列为区政府实事项目，由区交通委牵头，区建管委、区水务局配合。") == (
        "lead_support", ["区交通委"], ["区建管委", "区水务局"])


# batch wd (Shanghai notices assigning work: bureaus' own divisions, standing units)
def test_a_lead_label_may_name_the_guiding_division():
    # wd_09: （牵头指导处室：A，B、C为实施单位，下同）: 牵头指导处室 leads like 牵头单位; the units the clause says carry the
    # task support the lead
    assert read("1．强化产品质量监督。依法公开抽查结果。（牵头指导处室：市局产品质量安全监督管理处，各区市场监管局、"
                "临港新片区市场监管局、机场分局为实施单位，下同）") == (
        "lead_support", ["市局产品质量安全监督管理处"], ["各区市场监管局", "区市场监管局", "机场分局"])  # 临港新片区: its level
    assert read("3．强化认证活动监管。加强对认证实施机构检查。（牵头指导处室：市局认证监督管理处）") == (
        "lead_support", ["市局认证监督管理处"], [])
    assert read("2．强化标准规范。（牵头处室：市局标准创新处、标准技术处）") == (
        "lead_support", ["市局标准创新处", "标准技术处"], [])


def test_an_implementing_clause_carries_the_task():
    # （A为牵头单位，B为实施单位）: B carries the task beside A's lead; alone, 为实施单位 lists its units
    assert read("（市发展改革委为牵头单位，各区政府为实施单位）") == ("lead_support", ["市发展改革委"], ["各区政府"])
    assert read("（市水务局、市财政局为实施单位）") == ("listed", ["市水务局", "市财政局"], [])


def test_a_remark_after_a_comma_ends_the_list():
    # wd_01: （A牵头，B按职责分工负责，以下各项工作均需要B负责，不再单独列出）: the remark after the comma names no unit of
    # this task's list
    assert read("3．要落实属地监管职责。切实保障燃气管道安全运行。（市局特种设备安全监察处牵头，各单位按职责分工负责，"
                "以下各项工作均需要各单位负责，不再单独列出）") == ("lead_support", ["市局特种设备安全监察处"], ["各单位"])


def test_units_a_note_declares_for_later_tasks_stay_with_that_note():
    # wd_07: 以下均需区市场监管局落实，不再单独列出 — the remark names the district bureaus for every later task, but the
    # corpus reads them on the note that says so only (as rq_13, un_06, uz_09, vc_05, vj_01's gold does)
    text = ("1．加强气瓶制造监管。依法查处。（市局特种设备安全监察处牵头，执法稽查处按职责分工负责；区市场监管局组织落实。"
            "以下均需区市场监管局落实，不再单独列出）\n"
            "2．加强气瓶充装监管。依法查处。（市局特种设备安全监察处牵头，信用监督管理处按职责分工负责）")
    sections = items(text)
    assign_responsibility(text, sections)
    assert [names(s.responsibility.support) for s in sections] == [["执法稽查处", "区市场监管局"], ["信用监督管理处"]]


def test_a_scoped_kind_of_body_heads_a_duty_entry():
    # wd_02: 三、职责分工 / （二）相关区政府。负责… — the district governments concerned carry the entry, as 各区政府 would
    doc = parse("三、职责分工\n（一）市水务局。负责排水管理体制改革的总体协调推进。\n"
                "（二）相关区政府。负责制定区级排水管理体制改革实施方案。\n（三）上海城投集团。负责三大片区公共排水设施运维管理。\n")
    entries = doc.sections[0].children
    assert [names(e.responsibility.lead) for e in entries] == [["市水务局"], ["相关区政府"], ["上海城投集团"]]


_MODAL_RUN = ("五、工作要求\n（一）明确职责，稳步推进。各单位要切实抓好消防安全工作。领导小组要定期召开工作会议。\n"
              "（二）紧密结合，高效联动。各单位间要建立组织体系和联络机制。在处置突发事件时，要快速反应。\n"
              "（三）强化责任，狠抓落实。各相关部门和毗邻建筑上级单位要将落实情况纳入督导检查。同时，各行政执法部门要加强日常监管。\n")


def test_a_run_of_entries_each_opened_by_its_bodies_and_a_modal_names_them_where_the_work_is_divided_by_body():
    # wh_03 五: （一）明确职责。各单位要…。领导小组要… / （二）…各单位间要… / （三）…各相关部门和毗邻建筑上级单位要…。同时，
    # 各行政执法部门要… after a duty list (市应急局负责… / 市公安局负责…): each entry is the bodies' opening its sentences
    # with 要 / 应 (all for collectives); a sentence opened otherwise (在处置…时，要…) adds none
    duties = "三、任务分工\n市应急局负责指导应急处置工作。\n市公安局负责落实派出所相关工作。\n市交通委负责指导地铁集团工作。\n"
    got = {s.id: (names(s.responsibility.lead), s.responsibility.mode) for s in parse(duties + _MODAL_RUN).iter_sections()
           if s.kind == "item" and s.responsibility}
    assert got == {"2.1": (["各单位", "领导小组"], "listed"), "2.2": (["各单位"], "all"),
                   "2.3": (["各相关部门", "毗邻建筑上级单位", "各行政执法部门"], "listed")}


def test_a_modal_run_shares_a_level_words_name_and_takes_firms_named_as_bodies():
    # wh_02 四 after 三、责任分工 / （一）燃气管理部门 / …: 市、区燃气管理部门和燃气经营企业要… names 市燃气管理部门 (the bare
    # level word shares the next name), 区燃气管理部门 and the firms (燃气经营企业, a party of the division of duties)
    doc = parse("三、责任分工\n\n（一）燃气管理部门\n\n市燃气管理部门负责公布清单。\n\n（二）燃气经营企业\n\n应建立数据库。\n\n"
                "（三）燃气报警装置备案单位\n\n应建立监控平台。\n\n四、工作要求\n\n（一）加强组织领导\n\n各相关部门要制订工作计划。\n\n"
                "（二）实行销号管理\n\n区燃气管理部门和燃气经营企业要定期报送数据。\n\n（三）加强政策宣传\n\n"
                "市、区燃气管理部门和燃气经营企业要加大宣传力度。\n")
    got = {s.id: [u.canonical for u in s.responsibility.lead] for s in doc.iter_sections()
           if s.id.startswith("2.") and s.responsibility}
    assert got == {"2.1": ["各相关部门"], "2.2": ["区燃气管理部门", "燃气经营企业"],
                   "2.3": ["市燃气管理部门", "区燃气管理部门", "燃气经营企业"]}


def test_a_modal_run_names_none_without_a_duty_list_and_one_entry_so_opened_is_no_run():
    # wd_07 五 / uf_10 三 (各区市场监管局要… / 各地要… in a plan whose work is not divided by body): the 工作要求 run states
    # tasks, no carriers; after a duty list, a lone entry so opened among entries opened otherwise names none either
    assert all(s.responsibility is None for s in parse(_MODAL_RUN).iter_sections())
    duties = "三、任务分工\n市应急局负责指导应急处置工作。\n市公安局负责落实派出所相关工作。\n市交通委负责指导地铁集团工作。\n"
    lone = ("五、工作要求\n（一）明确职责。各单位要切实抓好消防安全工作。\n（二）紧密结合。建立组织体系。\n"
            "（三）强化责任。加强日常监管。\n")
    assert all(s.responsibility is None for s in parse(duties + lone).iter_sections() if s.kind == "item")


def test_a_last_duty_part_run_headed_by_units_and_a_colon_names_each_entry_whatever_its_verb():
    # wm_02: 五、职责分工 / 按照…原则，区民防办、应急管理局牵头，… / 区民防办：负责… / 区应急管理局：参与… / 区规划资源局：指导… /
    # 区经委（商务委）：负责… / 各镇政府、街道（开发区）办事处、头桥集团：按照… — under the last part, a duty list, each paragraph
    # headed by its units and a colon is an entry of its own carrying them (listed), whatever verb follows the colon; the
    # aside after a name is no part of it. Two such lines are the part's text, not a run.
    part = "五、职责分工\n\n按照条块结合、属地负责的原则，各部门履行相应职责。\n\n"
    run = ("区民防办：负责制定区级应急避难场所专业规划。\n\n区应急管理局：参与制定区级应急避难场所专业规划。\n\n"
           "区规划资源局：指导各街镇完善落实区域规划。\n\n区经委（商务委）：负责指导权属单位落实主体责任。\n\n"
           "各镇政府、街道（开发区）办事处、头桥集团：按照区规划要求，制定本区域建设规划。\n")
    got = [names(s.responsibility.lead) for s in parse(part + run).iter_sections() if s.kind == "paragraph"]
    assert got == [["区民防办"], ["区应急局"], ["区规划资源局"], ["区经委"], ["各镇政府", "街道（开发区）办事处", "头桥集团"]]
    two = part + "区民防办：负责制定区级应急避难场所专业规划。\n\n区规划资源局：指导各街镇完善落实区域规划。\n"
    assert not [s for s in parse(two).iter_sections() if s.kind == "paragraph"]


def test_a_stage_of_the_work_heading_its_entry_is_no_body():
    # wm_01: 四、实施步骤 / （二）各区试点阶段（2023年3月底前）。各区民宗部门动员组织… — the stage's run-in title, opened by 各区
    # and closed by its time in brackets, is no unit heading the entry
    doc = parse("四、实施步骤\n（一）动员部署阶段（2022年12月底前）。召开现场会，部署达标创建工作。\n"
                "（二）各区试点阶段（2023年3月底前）。各区民宗部门动员组织宗教活动场所开展试点工作。\n")
    assert all("阶段" not in u.name for s in doc.iter_sections() if s.responsibility for u in s.responsibility.lead)
def test_one_character_gap_holds_no_note_line():
    # speed39: _read_own_notes asks _note_gap_end only of a gap of two characters or more; of one it says `end`,
    # whatever the character (every code point of the Basic Multilingual Plane, and a few above it)
    from policyparse.extract import units

    for code in [*range(0x10000), 0x1F600, 0x20000, 0x2A6D6]:
        assert units._note_gap_end("项" + chr(code), 1, 2) == 1, hex(code)
    assert units._note_gap_end("项\n（市财政局负责）", 1, 11) > 1  # a note line right below: read (the gap is long)


def test_a_line_without_bars_is_its_own_reading():
    # speed39: find_task_tables asks _unbarred only of a line holding a bar; a line without one is itself (the same
    # object, which the table readers take as a line not closed by a cell border)
    from policyparse.segment import tasktables

    for s in ("序号\t重点任务", "（一）加强组织领导。", "", "牵头单位：市财政局"):
        assert tasktables._unbarred(s) is s


def test_a_shared_duty_note_naming_its_supporters_stays_joint_after_the_declaration():
    # wl_06: （A、B、C负责，排在第一位的部门为牵头部门，下同） above （A、B按职责分工负责，C、D配合）: the note says itself
    # who shares the lead and who supports; the declaration, said of plain lists, lost C and D
    text = ("1.加强医疗服务质量和安全监管。（省卫生健康委、省教育厅、省民政厅负责，排在第一位的部门为牵头部门，下同）\n"
            "2.加强公立医院财务监管和审计监督。（省卫生健康委、省财政厅按职责分工负责，省发展改革委、省审计厅配合）")
    assert item_roles(text) == [("lead_support", ["省卫生健康委"], ["省教育厅", "省民政厅"]),
                                ("joint", ["省卫生健康委", "省财政厅"], ["省发展改革委", "省审计厅"])]


def test_a_run_of_run_in_items_opened_by_their_bodies_names_them_whatever_the_verb():
    # wm_01 四、实施步骤: （一）动员部署阶段（2022年12月底前）。市民族宗教局和市消防救援总队组织召开… / （二）…。各区民宗部门
    # 动员组织… / （三）…。各区民宗、消防部门指导… — a run of run-in items each opened, after its title, by the bodies doing
    # the step: those bodies carry it (和 parts two bodies; 各区民宗、消防部门 shares its ending and its 各区)
    doc = parse("四、实施步骤\n\n（一）动员部署阶段（2022年12月底前）。市民族宗教局和市消防救援总队组织召开全市现场会，部署达标创建工作。\n\n"
                "（二）各区试点阶段（2023年3月底前）。各区民宗部门动员组织辖区内宗教活动场所开展首批试点工作。\n\n"
                "（三）试点验收阶段（2023年4月底前）。各区民宗、消防部门指导首批试点场所进行自查自评。\n")
    got = [(names(s.responsibility.lead), s.responsibility.mode) if s.responsibility else None
           for s in doc.iter_sections() if s.level == 2]
    assert got == [(["市民族宗教局", "市消防救援总队"], "listed"), (["各区民宗部门"], "listed"),
                   (["各区民宗部门", "各区消防部门"], "listed")]
    # wh_01 三: 道路运输、民航、铁路等各行业相关管理机构督促… — a list cut at 等 names what follows it
    doc = parse("三、工作安排和要求\n（一）自查自改。道路运输、民航、铁路等各行业相关管理机构督促、指导管辖范围内的相关机构开展自查自纠。\n"
                "（二）监督检查。市交通委对行业范围内自查自纠情况进行监督检查。\n（三）宣传警示。各行业相关管理机构利用各种途径加强宣传力度。\n")
    got = [names(s.responsibility.lead) if s.responsibility else None for s in doc.iter_sections() if s.level == 2]
    assert got == [["各行业相关管理机构"], ["市交通委"], ["各行业相关管理机构"]]


@pytest.mark.parametrize("text", [
    # uf_10 / sc_06: a run naming only collectives is the charge to every implementer closing a plan, no division of work
    "五、保障措施\n（一）加强组织领导。各级政府要切实加强对防治工作的组织领导。\n（二）落实部门责任。各地要建立协调联动机制。\n"
    "（三）加强队伍建设。各地要不断优化各类防治机构的职责分工。\n",
    # ue_01 三: bodies charged with 要 (a named one among them) are a modal run's, read only in a duty-division document
    "三、保障措施\n（一）加强组织领导。省发展改革委要充分发挥牵头抓总作用，协调各方力量。\n（二）健全工作机制。各地各部门要健全完善"
    "民生工程推进机制。\n（三）强化推进举措。各地各部门要统筹资源力量。\n",
    # wc_02: 公示省科技厅… opens with a verb, no body
    "（一）公示内容\n（一）执法主体。公示省科技厅内设执法处室的职责分工。\n（二）执法依据。公示省科技厅行政执法所依据的法律。\n"
    "（三）执法权限。公示省科技厅行政许可等职权范围。\n",
    # rp_02: 各市、州、县住建局 — tiers sharing a body's whole name, not its ending word: no name is read (各市局 is none)
    "四、检查程序\n（一）收集在建项目清单。各市、州、县住建局依照检查范围认真填写在建项目清单。\n（二）抽取检查项目。省住建厅"
    "组织检查组抽取受检项目。\n（三）组织专家检查。省住建厅组织检查组对受检项目进行网上检查。\n",
    # one item so opened is a task sentence, no division of work (a run of two neither)
    "五、保障措施\n（一）加强组织领导。市交通委对行业范围内自查自纠情况进行监督检查。\n（二）落实经费。加大财政投入力度。\n"
    "（三）加强宣传。利用各种途径加强宣传力度。\n",
])
def test_run_in_items_opened_by_collectives_only_or_alone_name_none(text):
    assert all(s.responsibility is None for s in parse(text).iter_sections())


def test_a_note_closing_on_a_definition_of_its_duty_word_reads_its_units():
    # wl_06 12.2.1: （A、B按职责分工负责，C、D配合，分工负责为各部门按职责分别牵头，下同）: the last clause says what the duty
    # word means in the notes below and names no unit of this task; the list before it reads as ever
    assert read("1.优化医疗卫生服务要素准入。（省卫生健康委、省科技厅按职责分工负责，省商务厅、省市场监管局配合，"
                "分工负责为各部门按职责分别牵头，下同）") == ("joint", ["省卫生健康委", "省科技厅"], ["省商务厅", "省市场监管局"])


def test_a_plans_attached_duty_list_of_colon_lines_names_each_lines_units():
    # xb_02 / xb_03: a 预案's last part, then its 附件 相关部门、单位的职责 printed as top-level lines, each opened by its
    # units and a colon (区公安分局：参加… / 区经委（商务委）：组织… / A、B：共同指导…): three or more such lines are
    # a duty list, each carried by its units (listed; the aside left out; joint after 共同). Two such lines are no list.
    plan = ("1总则\n\n1.1编制目的\n\n为及时处置地下空间突发事件，制定本预案。\n\n2组织体系\n\n2.1工作机构\n\n"
            "区建设管理委负责统一指导和综合协调。\n\n3预案管理\n\n3.1预案实施\n\n本预案由区建设管理委组织实施。\n\n"
            "附件：相关部门、单位的职责\n\n附件\n\n相关部门、单位的职责\n\n")
    lines = ("区公安分局：参加区地下空间突发事件的应急处置。\n\n区应急局：组织、参与地下空间安全生产事故的应急救援。\n\n"
             "区经委（商务委）：组织实施救灾物资的收储。\n\n区建设管理委、区住房保障房屋管理局：共同指导本区房屋建筑工程人员的转移安置工作。\n")
    got = {s.text[:4]: (names(s.responsibility.lead), s.responsibility.mode)
           for s in parse(plan + lines).iter_sections() if s.kind in ("closing", "preamble") and s.responsibility}
    assert got == {"区公安分": (["区公安分局"], "listed"), "区应急局": (["区应急局"], "listed"),
                   "区经委（": (["区经委"], "listed"), "区建设管": (["区建设管理委", "区住房保障房屋管理局"], "joint")}
    two = plan + "区公安分局：参加区地下空间突发事件的应急处置。\n\n区应急局：组织、参与地下空间安全生产事故的应急救援。\n"
    assert not [s for s in parse(two).iter_sections() if s.kind in ("closing", "preamble") and s.responsibility]
