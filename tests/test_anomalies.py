"""tools/anomalies.py: the face-value checks run over unlabelled notices, on tiny synthetic inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from policyparse.pipeline import parse

_SPEC = importlib.util.spec_from_file_location("anomalies", Path(__file__).resolve().parents[1] / "tools" / "anomalies.py")
anomalies = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(anomalies)

TODAY = "2026-12-03"


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for _, kind, value in anomalies.flags("x", parse(text), TODAY):
        out.setdefault(kind, []).append(value)
    return out


def test_clean_notice_has_no_flags():
    text = ("某市人民政府关于加强某项工作的通知\n某政发〔2020〕5号\n各区人民政府：\n一、总体要求\n做好某项工作。\n"
            "二、主要任务\n推进某项工作。\n某市人民政府\n2020年5月1日\n")
    assert kinds(text) == {}


def test_flags_on_their_face():
    text = ("某市人民政府关于加强某项工作的通知\n某政发2020-5\n各区人民政府：\n"
            "一、" + "做好某项工作并且" * 9 + "\n推进。\n二、主要任务\n推进某项工作。\n某市人民政府\n2027年5月1日\n")
    got = kinds(text)
    assert got.get("date_future") == ["2027-05-01"]
    assert "heading_long" in got


def test_checks_of_values():
    assert anomalies.DOC_NUMBER.match("国发〔2019〕3号")
    assert anomalies.DOC_NUMBER.match("国务院令第432号")
    assert not anomalies.DOC_NUMBER.match("2019年3月")
    assert anomalies.BODY_END.search("县规划和自然资源局（林业局）")
    assert not anomalies.BODY_END.search("各区自行确定")
    assert anomalies._in_order(["一", "二", "一", "三"], "一二三")
    assert not anomalies._in_order(["三", "二"], "一二三")


def test_csv_rows_are_documents(tmp_path):
    path = tmp_path / "notices.csv"
    path.write_text("id,content\n1,关于某项工作的通知\n2,\n", encoding="utf-8")
    assert [name for name, _ in anomalies.documents(path, "content")] == ["notices.csv:0"]


def test_crash_is_a_flag():
    assert list(anomalies.survey([("x", object())], TODAY))[0][1] == "crash"


def test_change_after_a_target():
    text = "将首付款比例由30%调整为20%。"
    assert anomalies.CHANGE_AFTER.match(text, text.index("%") + 1)
    assert not anomalies.CHANGE_AFTER.match(text, text.rindex("%") + 1)


def test_unit_not_written():
    from policyparse.models import Target
    def target(text, unit):
        return Target(value=1, unit=unit, text=text, span=(0, len(text)))
    assert anomalies._unit_not_written(target("140元", "元/平方米"))
    assert not anomalies._unit_not_written(target("140元/平方米", "元/平方米"))
    assert not anomalies._unit_not_written(target("百分之七十", "%"))
    assert not anomalies._unit_not_written(target("千分之五", "‰"))  # wild15: 27 flags on the law set, all this


def test_title_checks_of_the_thirteenth_session():
    # a title the page holds with its 文号 or date, a breadcrumb, the issued plan's title for the notice's
    assert anomalies.TITLE_NUMBER.search("某厅关于印发某某办法的通知（某科计〔2012〕15号）")
    assert anomalies.TITLE_NUMBER.search("某某的决定（2016年7月10日）")
    assert not anomalies.TITLE_NUMBER.search("某市2021年重点工作任务的通知")
    assert anomalies.TITLE_SITE.search("首页 > 政务公开 > 通知公告")
    assert not anomalies.TITLE_SITE.search("关于印发某某方案的通知")
    text = "某政发〔2023〕3号\n某厅关于印发《某某管理办法》的通知各市科技局：\n现将《某某管理办法》印发给你们。\n"
    assert dict(anomalies._title_flags("某某管理办法", text)) == {"title_plan": "某某管理办法"}
    assert dict(anomalies._title_flags(None, text)) == {"title_missing": "某厅关于印发《某某管理办法》的通知"}
    # a title the first sentence cites is no title glued
    assert dict(anomalies._title_flags(None, "为贯彻《某部关于某某工作的通知》，现提出如下意见。\n")) == {}


def test_field_checks():
    from types import SimpleNamespace
    meta = SimpleNamespace(doc_number="某政发〔2015〕3号", issue_date="2020-05-01", index_number="首页信息公开",
                           addressees=["各区人民政府", "某厅关于印发《某某办法》的通知各市科技局"])
    got = dict(anomalies._field_flags(meta))
    assert set(got) == {"date_number", "index_shape", "addressee_shape"}
    meta = SimpleNamespace(doc_number="某政发〔2020〕3号", issue_date="2020-12-31", index_number="000014349/2020-00123",
                           addressees=["各省、自治区、直辖市及计划单列市科技厅（委、局）、财政厅（局）、国家税务局、地方税务局"])
    assert dict(anomalies._field_flags(meta)) == {}


def test_heading_cut():
    assert anomalies.HEADING_CUT.search("加强组织领导、") and anomalies.HEADING_CUT.search("完善体制机制和")
    assert anomalies.HEADING_CUT.search("推进（试点")
    assert not anomalies.HEADING_CUT.search("加强科学普及") and not anomalies.HEADING_CUT.search("推动公众参与")
    assert not anomalies.HEADING_CUT.search("主营业务与其他业务收入之和") and not anomalies.HEADING_CUT.search("总则（试行）")


def test_unit_and_target_checks():
    from types import SimpleNamespace
    def unit(name):
        return SimpleNamespace(name=name, canonical=name, in_lexicon=False)
    note = SimpleNamespace(lead=[unit("市财政局"), unit("负责组织实施")], support=[unit("市财政局")])
    got = list(anomalies._unit_flags("1", note))
    assert ("unit_verb", "1 负责组织实施") in got and ("unit_twice", "1 市财政局") in got
    note = SimpleNamespace(lead=[unit("市发展改革委")], support=[unit("市财政局")])
    assert list(anomalies._unit_flags("1", note)) == []


def test_target_value():
    from types import SimpleNamespace
    from policyparse.models import Target
    def doc(*targets):
        node = SimpleNamespace(id="1", responsibility=None, deadlines=[], targets=list(targets))
        return SimpleNamespace(iter_sections=lambda: [node])
    zero = Target(value=0, unit="期", text="00期", span=(0, 3))
    range_from_zero = Target(value=0, value_max=15, unit="天", text="0—15天", span=(0, 5))
    percent = Target(value=2500, unit="%", text="2500%", span=(5, 10))
    got = [kind for kind, _ in anomalies._extract_flags(doc(zero, range_from_zero, percent), None, "x" * 10)]
    assert [kind for kind in got if kind != "target_no_metric"] == ["target_value", "target_value"]


def test_a_unit_with_a_note_in_brackets_or_named_for_its_work_is_not_flagged():
    from types import SimpleNamespace
    def unit(name):
        return SimpleNamespace(name=name, canonical=name, in_lexicon=False)
    note = SimpleNamespace(lead=[unit("各市（含甲、乙市，下同）政府"), unit("组织人事局")], support=[])
    assert list(anomalies._unit_flags("1", note)) == []
    note = SimpleNamespace(lead=[unit("各市，县政府")], support=[])
    assert [kind for kind, _ in anomalies._unit_flags("1", note)] == ["unit_shape"]


def test_a_place_listed_bare_before_the_body_it_shares_is_not_flagged():
    from types import SimpleNamespace
    shared = SimpleNamespace(name="甲城", canonical="甲城市政府", in_lexicon=False)  # 甲城、乙城市政府
    alone = SimpleNamespace(name="甲城", canonical="甲城", in_lexicon=False)
    assert list(anomalies._unit_flags("1", SimpleNamespace(lead=[shared], support=[]))) == []
    assert [kind for kind, _ in anomalies._unit_flags("1", SimpleNamespace(lead=[alone], support=[]))] == ["unit_shape"]


def test_checks_of_the_fourteenth_session_on_targets_and_deadlines():
    from types import SimpleNamespace
    from policyparse.models import Deadline, Target
    def flagged(text, *, targets=(), deadlines=(), issued="2024-05-01"):
        node = SimpleNamespace(id="1", responsibility=None, deadlines=list(deadlines), targets=list(targets))
        meta = SimpleNamespace(issue_date=issued, publish_date=None, doc_number=None)
        doc = SimpleNamespace(iter_sections=lambda: [node], metadata=meta)
        return [kind for kind, _ in anomalies._extract_flags(doc, issued, text)]
    def target(text, sub, unit, metric="某指标"):
        at = text.index(sub)
        return Target(value=float("".join(c for c in sub if c.isdigit() or c == ".") or 0), unit=unit, metric=metric,
                      text=sub, span=(at, at + len(sub)))
    def deadline(text, sub, year, kind="by"):
        at = text.index(sub)
        return Deadline(text=sub, year=year, kind=kind, span=(at, at + len(sub)))
    text = "咨询电话：0311-86061234。"
    assert flagged(text, targets=[target(text, "86061234", None)]) == ["target_phone"]
    text = "详见第12页。"
    assert flagged(text, targets=[target(text, "12页", "页")]) == ["target_page"]
    text = "于2024年5月完成。"
    assert flagged(text, targets=[target(text, "5月", "月")]) == ["target_date_part"]
    text = "高新技术企业由当前的20家达到35家。"
    assert flagged(text, targets=[target(text, "20家", "家")]) == ["target_start"]
    assert flagged(text, targets=[target(text, "35家", "家")]) == []
    # wild20, JiangGufan/digital-governance 阿坝.txt / 铜仁.txt: a count after 咨询 and an item before 、 are neither
    text = "提供援助咨询4905人次、办理案件1465件。"
    assert flagged(text, targets=[target(text, "4905人次", "人次")]) == []
    text = "实现中心城区常住人口49万人、首位度提高至24%以上。"
    assert flagged(text, targets=[target(text, "49万人", "万人")]) == []
    text = "公路水路投资连续8年超百亿元。"
    assert "target_date_part" not in flagged(text, targets=[target(text, "超百亿元", "亿元")])
    text = "新增企业50家。"
    assert flagged(text, targets=[target(text, "50家", "家", metric=None)]) == ["target_no_metric"]
    assert flagged(text, targets=[target(text, "50家", "家", metric="新增")]) == ["target_metric"]
    text = "到2050年全面建成。"
    assert flagged(text, deadlines=[deadline(text, "到2050年", 2050)]) == ["deadline_far"]
    assert flagged(text, deadlines=[deadline(text, "到2050年", 2050)], issued="2040-01-01") == []
    text = "2022年，全市完成投资100亿元。"
    assert flagged(text, deadlines=[deadline(text, "2022年", 2022, "period")]) == ["deadline_past"]
    text = "在本意见出台半年内完成。"
    assert flagged(text, deadlines=[deadline(text, "年内", 2024, "period")]) == ["deadline_word"]


def test_checks_of_the_fourteenth_session_on_units_titles_issuers_and_numbering():
    assert dict(anomalies._title_flags("某市人民政府关于加强某项工作的", "x")) == {"title_cut": "某市人民政府关于加强某项工作的"}
    assert dict(anomalies._title_flags("关于印发《某某办法的通知", "x")) == {"title_cut": "关于印发《某某办法的通知"}
    assert list(anomalies._title_flags("关于加强某项工作的通知", "x")) == []
    assert list(anomalies._issuer_flags("首页 > 政务公开 > 某市教育局", "")) == [("issuer_crumb", "首页 > 政务公开 > 某市教育局")]
    assert list(anomalies._issuer_flags("财政部税务总局科技部", "")) == [("issuer_glued", "财政部税务总局科技部")]
    assert list(anomalies._issuer_flags("财政部、税务总局、科技部", "")) == []
    assert list(anomalies._issuer_flags("工业和信息化部科技司", "")) == []
    assert anomalies.PERSON_TITLE.search("分管副市长") and anomalies.PERSON_TITLE.search("各单位主要负责人")
    assert not anomalies.PERSON_TITLE.search("市财政局")
    assert anomalies.HEADING_WORDS.match("保障措施") and not anomalies.HEADING_WORDS.match("市发展改革委")
    text = "一、总体要求\n做好工作。\n三、主要任务\n推进工作。\n一、保障措施\n加强领导。\n"
    got = kinds(text)
    assert got.get("node_skip") == ["1 一、 → 2 三、"]
    assert got.get("node_restart") == ["2 三、 → 3 一、"]
    assert anomalies._marker_style("（十二）") == anomalies._marker_style("（一）") != anomalies._marker_style("十二、")


def test_checks_of_the_fifteenth_session():
    from types import SimpleNamespace
    from policyparse.models import Deadline, Responsibility, Target, Unit
    meta = SimpleNamespace(index_number="某政发〔2023〕5号", addressees=[], doc_number=None, issue_date=None)
    assert list(anomalies._field_flags(meta)) == [("index_number", "某政发〔2023〕5号")]
    meta.index_number = "2023-05-01"
    assert list(anomalies._field_flags(meta)) == [("index_number", "2023-05-01")]
    meta.index_number = "11330000002482061A/2023-00123"
    assert list(anomalies._field_flags(meta)) == []

    def unit(name):
        return Unit(name=name, canonical=name, span=(0, len(name)))
    def note(lead, support=()):
        return Responsibility(lead=[unit(n) for n in lead], support=[unit(n) for n in support],
                              mode="lead_support" if support else "joint", raw="x")
    assert [k for k, _ in anomalies._unit_flags("1", note(["某市财政局", "某市财政局"]))] == ["unit_repeat"]
    assert [k for k, _ in anomalies._unit_flags("1", note(["甲乙市"]))] == ["unit_place"]
    assert list(anomalies._unit_flags("1", note(["各县"]))) == []
    assert list(anomalies._unit_flags("1", note(["甲乙经济开发区"]))) == []
    assert list(anomalies._unit_flags("1", note(["甲乙市人民政府"]))) == []

    def doc(nodes, issuer=None, issued=None):
        meta = SimpleNamespace(issue_date=issued, publish_date=None, doc_number=None, issuer=issuer)
        return SimpleNamespace(iter_sections=lambda: nodes, metadata=meta)
    def node(i, *, note=None, targets=(), deadlines=()):
        return SimpleNamespace(id=str(i), responsibility=note, targets=list(targets), deadlines=list(deadlines))
    boss = "某市人民政府"
    nodes = [node(i, note=note([boss])) for i in range(3)]
    assert [k for k, _ in anomalies._extract_flags(doc(nodes, boss), None, "x")] == ["lead_issuer"]
    nodes[2] = node(2, note=note(["某市财政局"]))
    assert list(anomalies._extract_flags(doc(nodes, boss), None, "x")) == []

    text = "新增企业50家。主要目标：100个。"
    twice = Target(value=50, unit="家", metric="新增企业", text="50家", span=(4, 7))
    heading = Target(value=100, unit="个", metric="主要目标：", text="100个", span=(13, 17))
    got = [k for k, _ in anomalies._extract_flags(doc([node(1, targets=[twice, twice.model_copy(), heading])]), None, text)]
    assert got == ["target_same_span", "target_metric_word"]
    # 甲和乙分别达到50家: one span, two subjects, each its metric; the first holding both is flagged
    each = [twice.model_copy(update={"metric": m}) for m in ("甲企业", "乙企业")]
    assert list(anomalies._extract_flags(doc([node(1, targets=each)]), None, text)) == []
    both = [twice.model_copy(update={"metric": m}) for m in ("甲企业和乙企业分别", "乙企业")]
    assert [k for k, _ in anomalies._extract_flags(doc([node(1, targets=both)]), None, text)] == ["target_same_span"]

    text = "某政发〔2023〕5号。2022年全市同比增长5%。"
    number = Deadline(text="2023", year=2023, kind="period", span=(4, 8))
    past = Deadline(text="2022年", year=2022, kind="period", span=(text.index("2022"), text.index("2022") + 5))
    got = [k for k, _ in anomalies._extract_flags(doc([node(1, deadlines=[number, past])]), None, text)]
    assert got == ["deadline_number", "deadline_figure"]
    # a date a request sets, in a sentence telling a step as done before it, is no past figure's
    text = "编制单位已完成征求意见稿，请于2018年6月15日前将书面意见反馈我部。"
    asked = Deadline(text="2018年6月15日前", year=2018, month=6, day=15, kind="by",
                     span=(text.index("2018"), text.index("前将") + 1))
    assert list(anomalies._extract_flags(doc([node(1, deadlines=[asked])]), None, text)) == []
    text = "请各单位组织研究，已完成的，于2019年7月15日前将书面意见反馈我部。"
    asked = asked.model_copy(update={"span": (text.index("2019"), text.index("前将") + 1)})
    assert list(anomalies._extract_flags(doc([node(1, deadlines=[asked])]), None, text)) == []
    text = "2024年底前完成。"
    on_time = Deadline(text="2024年底前", year=2024, month=12, kind="by", span=(0, 7))
    assert list(anomalies._extract_flags(doc([node(1, deadlines=[on_time])]), None, text)) == []
    signed = Deadline(text="2024年5月1日", year=2024, month=5, day=1, date="2024-05-01", kind="by", span=(0, 10))
    assert [k for k, _ in anomalies._extract_flags(doc([node(1, deadlines=[signed])], issued="2024-05-01"), None, "2024年5月1日前")] == ["deadline_number"]


def test_heading_note_and_attachment_flat():
    from types import SimpleNamespace
    assert anomalies.NOTE_IN_TITLE.search("推进某项工作（牵头单位：市财政局）")
    assert not anomalies.NOTE_IN_TITLE.search("明确牵头单位")
    text = "附件：某项工作方案\n某项工作方案\n一、目标\n做好。\n二、任务\n推进。\n三、保障\n落实。\n"
    label = SimpleNamespace(kind="attachment", span=(0, 9))
    item = SimpleNamespace(kind="item", span=(17, 25))
    doc = SimpleNamespace(iter_sections=lambda: [label])
    assert [k for k, _ in anomalies._attachment_flags(doc, text, [])] == ["attachment_flat"]
    assert list(anomalies._attachment_flags(doc, text, [item])) == []
    assert list(anomalies._attachment_flags(SimpleNamespace(iter_sections=lambda: []), text, [])) == []


def test_checks_of_the_sixteenth_session():
    # a Markdown document whose # heading names it, with no title read: flagged; an inserted article (第N条之一) carries
    # the number of the one it follows and counts nothing on
    from policyparse import parse_file
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "law.md"
        # (wild18: a national law's name over its first article is now a title; a heading with no 文种 is not)
        path.write_text("# 某某行政处罚程序\n\n第一条 为了规范某某活动，制定本程序。\n", encoding="utf-8")
        found = {kind for _, kind, _ in anomalies.flags("x", parse_file(path), TODAY)}
    assert "title_heading" in found
    text = "第二百八十七条 甲的，处罚金。\n第二百八十七条之一 乙的，处罚金。\n第二百八十七条之二 丙的，处罚金。\n第二百八十八条 丁的，处拘役。\n"
    assert "node_restart" not in kinds(text) and "node_skip" not in kinds(text)


def test_checks_of_the_eighteenth_session():
    # a 题注 naming a 令 number the parse did not read as the 文号: flagged; a number read: not
    # (…部第13号令发布 has been read since the nineteenth session; …部第16号发布, with no 令, is not)
    text = "某某管理规定\n\n（2011年12月26日某某部第16号发布）\n\n第一章　总则\n\n第一条　为了规范某某，制定本规定。\n"
    assert kinds(text).get("decree_unread") == ["（2011年12月26日某某部第16号发布）"]
    text = "某某管理规定\n\n（2011年12月26日某某部第13号令发布）\n\n第一章　总则\n\n第一条　为了规范某某，制定本规定。\n"
    assert "decree_unread" not in kinds(text)
    text = "某某管理规定\n\n（2019年4月12日交通运输部令2019年第9号公布）\n\n第一章　总则\n\n第一条　为了规范某某，制定本规定。\n"
    assert "decree_unread" not in kinds(text)


def test_a_target_in_a_sentence_reporting_a_figure_is_flagged():
    # nineteenth session: a tally read as a goal (2024年末，…余额较上年末增长12.3%), not a goal set against last year
    from types import SimpleNamespace

    from policyparse.models import Target

    def doc(nodes):
        return SimpleNamespace(iter_sections=lambda: nodes, metadata=SimpleNamespace(issuer=None, issue_date=None, publish_date=None, doc_number=None))

    def node(text, number):
        at = text.index(number)
        target = Target(value=float(number.rstrip("%")), unit="%", metric="贷款余额", text=number, span=(at, at + len(number)))
        return SimpleNamespace(id="1", responsibility=None, targets=[target], deadlines=[])

    text = "2024年末，全省科技型企业贷款余额较上年末增长12.3%，高于各项贷款增速。"
    assert [k for k, _ in anomalies._extract_flags(doc([node(text, "12.3%")]), None, text)] == ["target_figure"]
    text = "到2027年，全省科技型企业贷款余额比上年增长15%以上。"
    assert list(anomalies._extract_flags(doc([node(text, "15%")]), None, text)) == []
    text = "力争全省科技型企业贷款余额同比增长15%。"
    assert list(anomalies._extract_flags(doc([node(text, "15%")]), None, text)) == []


def test_the_party_centre_among_joint_issuers_is_a_body():
    # nineteenth session: 中共中央 国务院 was flagged as an issuer that does not end as a body does
    text = "中共中央 国务院关于某某工作的意见\n\n为做好某某工作，现提出如下意见。\n\n一、总体要求\n\n做好某某工作。\n\n中共中央 国务院\n2026年1月3日\n"
    assert parse(text).metadata.issuer == "中共中央 国务院"
    assert "issuer_shape" not in kinds(text)
