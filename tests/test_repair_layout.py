"""Layout repair steps: width, punctuation, hard wraps, duplicate copies, whitespace.

Expectations come from reading the documents (samples/, tests/fixtures/layout/), not from
program output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policyparse.grammar import page_number_line
from policyparse.repair import TEXT_STEPS, StepLog, cells, layout, repair
from policyparse.repair.layout import (
    _NORM_DROP_LINES,
    _COMMON_DROPPED,
    _above_bmp,
    _line_norms,
    _norm_drop_bmp,
    drop_duplicate_copy,
    join_hard_wraps,
    normalise_punctuation,
    normalise_whitespace,
    normalise_width,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = {p.name[:3]: p for p in (ROOT / "samples").glob("*.txt")}
FIXTURES = ROOT / "tests" / "fixtures" / "layout"
LAYOUT_STEPS = [(n, f) for n, f in TEXT_STEPS if n in {"width", "punctuation", "hard_wraps", "duplicate_copy", "whitespace"}]


def run(step, text: str) -> tuple[str, StepLog]:
    log = StepLog(step.__name__)
    return step(text, log), log


def until(name: str, text: str) -> str:
    """`text` through the repair steps that run before step `name`."""
    for step_name, step in TEXT_STEPS:
        if step_name == name:
            return text
        text = step(text, StepLog(step_name))
    raise KeyError(name)


def sample_text(key: str) -> str:
    return SAMPLES[key].read_text(encoding="utf-8", errors="replace")


# ---------------------------------------------------------------- width


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("比例达到１８．５％。", "比例达到18.5%。"),
        ("比例达到18．5%。", "比例达到18.5%。"),
        ("1．加强组织领导。", "1.加强组织领导。"),
        ("２０２５年", "2025年"),
        ("ＡＩ与ＨＴＭＬ５", "AI与HTML5"),
    ],
)
def test_width(before, after):
    out, log = run(normalise_width, before)
    assert out == after
    assert log.changes >= 1 and log.examples


def test_width_keeps_a_fullwidth_stop_that_is_not_in_a_number():
    assert run(normalise_width, "附件．")[0] == "附件．"


# ---------------------------------------------------------------- punctuation


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("纲要(2021—2035年)》", "纲要（2021—2035年）》"),
        ("(一)指导思想", "（一）指导思想"),
        ("各县(市、区)要加强", "各县（市、区）要加强"),
        ("开展(H5)科普活动", "开展（H5）科普活动"),
        ("(各县(市、区))", "（各县（市、区））"),
        ("(责任单位：市科协）", "（责任单位：市科协）"),
        ("各镇人民政府,各街道办事处,县政府各部门:", "各镇人民政府，各街道办事处，县政府各部门："),
        ("结合我县实际,制定本实施方案.", "结合我县实际，制定本实施方案。"),
        ("比例达到18.5%,城乡差距缩小", "比例达到18.5%，城乡差距缩小"),
        ("是否完成?请报告!", "是否完成？请报告！"),
    ],
)
def test_punctuation(before, after):
    out, log = run(normalise_punctuation, before)
    assert out == after
    assert log.changes >= 1 and log.examples


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：(0531)87883287",
        "详见http://www.gov.cn/zhengce/a(b).htm,请查阅",
        "邮箱：kexie@jinan.gov.cn;电话",
        "会议于9:30开始",
        "Hello, world (draft)!",
        "比例为18.5%。",
        "1.加强组织领导",
    ],
)
def test_punctuation_leaves_numbers_urls_and_latin_alone(text):
    out, _ = run(normalise_punctuation, text)
    for token in ("(0531)87883287", "http://www.gov.cn/zhengce/a(b).htm,", "kexie@jinan.gov.cn", "9:30", "Hello, world (draft)!", "18.5%", "1.加强"):
        if token in text:
            assert token in out


def test_punctuation_on_real_samples():
    out = until("hard_wraps", sample_text("001"))
    assert "鞍山市全民科学素质行动规划纲要（2021—2035年）" in out
    assert "各县（市）区人民政府，各开发区管委会，市政府各部门，各有关单位：" in out
    out = until("hard_wraps", sample_text("002"))
    assert "万盛经开区纲要办（科协）" in out


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # uv_09: （责任单位：各市<含定州、辛集市>人力资源社会保障局、总工会，…）
        ("（责任单位：各市<含定州、辛集市>人力资源社会保障局、总工会）", "（责任单位：各市（含定州、辛集市）人力资源社会保障局、总工会）"),
        ("各县<市、区>人民政府", "各县（市、区）人民政府"),
    ],
)
def test_angle_brackets_around_an_aside_inside_a_name_turn_round(before, after):
    out, log = run(normalise_punctuation, before)
    assert out == after and log.changes >= 1


@pytest.mark.parametrize("text", ["a<b>c", "如果x<5且y>3则", "见<附件1>说明", "<p>各市</p>", "数量<100>", "根据<安全生产法>规定"])
def test_angle_brackets_without_han_on_both_sides_and_inside_stay(text):
    out, _ = run(normalise_punctuation, text)
    assert ("<" in out) == ("<" in text)


def test_ten_thousand_nested_brackets_complete():
    text = "(" * 10_000 + "科学" + ")" * 10_000
    out, _ = run(normalise_punctuation, text)
    assert out == "（" * 10_000 + "科学" + "）" * 10_000
    out, _ = run(normalise_punctuation, "(" * 10_000 + "x" + ")" * 10_000 + "\n" + "(" * 50_000)
    assert len(out) == 70_002


def test_five_megabyte_line_completes():
    text = "全民科学素质行动(H5),比例１８．５％ 开展 科普 活动。" * 170_000
    assert len(text) > 4_000_000
    for _, step in TEXT_STEPS:
        if step.__module__.endswith(("layout", "noise")):
            text = step(text, StepLog("x"))
    assert text.startswith("全民科学素质行动（H5），比例18.5% 开展科普活动。全民")


# ---------------------------------------------------------------- hard wraps


def _second_copy_of_003() -> str:
    text = until("hard_wraps", sample_text("003"))
    at = text.index("平顶山市\n", 100)
    return text[at:]


def test_hard_wraps_rejoin_the_pdf_copy_of_sample_003():
    out, log = run(join_hard_wraps, _second_copy_of_003())
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert lines[0] == "平顶山市2017年全民科学素质工作要点"
    assert lines[1].startswith("2017年是贯彻落实“科技三会”和市第九次党代会精神的重要之年。")
    assert "按照《平顶山市全民科学素质行动计划纲要实施方案（2016-2020年）》（平政办〔2016〕96号）部署，聚焦重点" in lines[1]
    assert "公民科学素质水平达到7.0%的目标奠定良好基础" in lines[1]
    assert "2017年在全面推进全民科学素质各项工作的同时，重点做好以下工作。" in lines
    assert "一、以服务创新驱动发展战略实施为导向，实现科普服务的全覆盖" in lines
    assert any(line.startswith("1.推进以科技创新为核心的全面创新。积极推动科普人才培育和科普内容的有效供给") for line in lines)
    assert log.changes >= 30
    assert ("平顶山市\n2017", "平顶山市2017") in log.examples


def test_a_citation_of_articles_broken_after_its_di_goes_on_over_the_numbers_it_cites():
    # ua_02: （一）市安全生产监督管理局：履行《消防法》第 / 二、 / 十四条、《… and 《实施办法》第 / 三、 / 五、 / 六、 / 十五条及 —
    # a PDF copy broke the citation after 第 and after each number; the 二、 / 三、 lines are no headings. A heading after a
    # finished sentence stays a line of its own.
    text = ("（一）市安监局：履行《消防法》第\n二、\n十四条规定职责。\n（二）市公安局：履行《实施办法》第\n三、\n五、\n六、\n"
            "十五条及有关规定。\n三、工作要求\n")
    out, _ = run(join_hard_wraps, until("hard_wraps", text))
    assert out.split("\n")[:3] == ["（一）市安监局：履行《消防法》第二、十四条规定职责。", "（二）市公安局：履行《实施办法》第三、五、六、十五条及有关规定。",
                                    "三、工作要求"]


def test_hard_wraps_rejoin_a_wrapped_pdf_without_touching_headings():
    text = (FIXTURES / "pdf_wrapped.txt").read_text(encoding="utf-8")
    out, _ = run(join_hard_wraps, until("hard_wraps", text))
    assert out.split("\n") == [
        "济宁市全民科学素质行动实施方案",
        "为深入贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，结合我市实际，制定本方案。",
        "一、总体要求",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持把科学普及放在与科技创新同等重要的位置，"
        "强化科普工作主要社会力量作用，为建设新时代现代化强市提供有力支撑。到2025年，全市公民具备科学素质的比例超过16%。",
        "二、重点任务",
        "（一）青少年科学素质提升行动",
        "1.将弘扬科学精神贯穿于育人全链条。坚持立德树人，实施科学家精神进校园行动，将科学精神融入课堂教学和课后服务，"
        "引导学生树立“爱科学、学科学、用科学”的良好风尚。（责任单位：市教育局、市科协）",
        "2.提升基础教育阶段科学教育水平。推进中小学科学课程改革，每所中小学至少配备1名专职科学教师。",
        "三、保障措施",
        "各县（市、区）要将全民科学素质工作纳入国民经济和社会发展规划，所需经费列入同级财政预算。",
        "",
    ]


def test_hard_wraps_drop_page_numbers_and_join_across_them():
    text = (
        "一、工作任务\n"
        "1.实施科技创新后备人才培育计划。每年组织青少年参加全国\n"
        "和省级各类科技竞赛，获奖人数逐年增长，带动青少年参加\n"
        "\n— 1 —\n\n"
        "国家、省级科技竞赛，获奖人数逐年增长，科技教育水平明显\n"
        "提升。\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "— 1 —" not in out
    assert "带动青少年参加国家、省级科技竞赛，获奖人数逐年增长，科技教育水平明显提升。" in out
    assert out.startswith("一、工作任务\n1.实施")


def test_hard_wraps_drop_a_page_number_glued_inside_a_quoted_phrase_split_across_pages():
    # tm_11: 第四条…实行“示范先行、突出重点、公平公1 / 开、确保实效…”的原则。 (the page's number 1 after 公平公)
    text = "第四条资金管理实行“统筹安排、突出重点、公平公1\n开、专款专用”的原则。\n第五条资金包括补助资金。\n"
    out, _ = run(join_hard_wraps, text)
    assert "公平公开、专款专用”的原则。\n第五条" in out
    # a figure ending a line with nothing left open stays, as does one whose next line closes no quote it opened
    for kept in ("全市建成示范点1\n个，覆盖全部乡镇。\n", "实行“统筹安排”，建成示范点12\n处，覆盖全部乡镇。\n"):
        digits = "".join(ch for ch in kept if ch.isdigit())
        assert "".join(ch for ch in run(join_hard_wraps, kept)[0] if ch.isdigit()) == digits


def _wrapped_pages(numbers: list[str], lines_per_page: int) -> str:
    body = "搭建线下示范场景，为需求方采购选型提供参考，支持有条件的地区举办博览会，增强消费者体验，加速相关产品服务渗透。"
    out = []
    for n in numbers:
        out += [body[k:k + 20] for k in range(0, 60, 20)] * (lines_per_page // 3)
        out.append(n)
    return "\n".join(out + ["提升。"])


def test_hard_wraps_drop_a_run_of_bare_page_numbers():
    # sh_11: PDF text wrapped every line with its page numbers 2 … 11 as bare digits between the wraps
    out, _ = run(join_hard_wraps, _wrapped_pages(["2", "3", "4"], 12))
    joined = out.replace("\n", "")
    assert not any(ch.isdigit() for ch in joined)
    assert joined.count("渗透。") == 12


def test_hard_wraps_drop_letter_spaced_page_numbers():
    # rd_02: a text layer printing the page numbers 10 … 12 digit by digit (1 0 / 1 1 / 1 2)
    out, _ = run(join_hard_wraps, _wrapped_pages(["1 0", "1 1", "1 2"], 12))
    joined = out.replace("\n", "")
    assert not any(ch.isdigit() for ch in joined)
    assert joined.count("渗透。") == 12


def test_hard_wraps_keep_row_numbers_of_a_table_printed_one_cell_a_line():
    # tt_23: 序号 1, 2, 3 stand alone twenty lines apart, between cells of every length: no page numbers
    row = ["城市用气提升工程", "新建改造燃气管网", "城投集团", "2024年12月底前完成", "全年", "江山市住房和城乡建设局负责牵头推进"] * 3
    text = "\n".join(["序号", "项目"] + [x for n in ("1", "2", "3") for x in [n] + row])
    out, _ = run(join_hard_wraps, text)
    assert [line for line in out.split("\n") if line.strip().isdigit()] == ["1", "2", "3"]


def test_hard_wraps_keep_bare_numbers_that_are_no_page_run():
    # two numbers only, or numbers a few lines apart (a table one cell a line), or not counting up: kept
    for numbers, per_page in ((["2", "3"], 12), (["1", "2", "3"], 3), (["3", "7", "5"], 12)):
        out, _ = run(join_hard_wraps, _wrapped_pages(numbers, per_page))
        joined = out.replace("\n", "")
        assert all(f"渗透。{n}" in joined for n in numbers), (numbers, per_page, out)


@pytest.mark.parametrize("key", ["000", "001", "002", "004"])
def test_hard_wraps_leave_normal_documents_alone(key):
    text = until("hard_wraps", sample_text(key))
    out, log = run(join_hard_wraps, text)
    assert out == text
    assert log.changes == 0


def test_hard_wraps_never_glue_short_headings_or_titles():
    text = (
        "平阴县人民政府\n\n关于印发平阴县“十四五”全民科学素质\n\n行动规划纲要实施方案的通知\n\n"
        "一、总体要求\n\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n\n"
        "二、重点任务\n\n深入开展科普日、科技活动周等品牌主题科普活动。\n"
    )
    assert run(join_hard_wraps, text)[0] == text
    one_per_line = text.replace("\n\n", "\n")
    assert run(join_hard_wraps, one_per_line)[0] == one_per_line



def test_hard_wraps_keep_numbered_titles_of_a_report_written_one_paragraph_a_line():
    # JiangGufan/digital-governance data/txt_doc_level/济宁.txt, 安顺.txt (政府工作报告, one paragraph a line, a blank
    # line between): the titles of similar lengths look wrapped at one width, but the paragraphs around them run far
    # wider, so a title stays apart from the one-sentence paragraph under it
    body = "深入实施重大科技战略行动，强化企业科技创新主体地位，集中力量培育建设重点实验室、制造业创新中心等省级以上创新平台，推动科技成果就地转化。" * 3
    text = (
        "（三）加力推进扩大需求，在激发内生动力上实现新突破\n\n" + body + "\n\n"
        "（四）加力推进数字赋能，在数字强市建设上实现新突破\n\n" + body + "\n\n"
        "（五）加力推进都市区一体化，在打造全国都市区建设示范城市上实现新突破\n\n"
        "坚持一体化发展方向，加快构建“大济宁、全市域”发展格局，持续提升城市能级。\n\n" + body + "\n\n"
        "（六）加力推进现代港航物流，在港产城融合发展上实现新突破\n\n" + body + "\n\n"
        "（七）加力推进乡村全面振兴，在打造齐鲁样板引领区上实现新突破\n\n" + body + "\n"
    )
    assert run(join_hard_wraps, text)[0] == text


# ---------------------------------------------------------------- duplicate copy


def test_duplicate_copy_of_sample_003_is_dropped_with_a_warning():
    repaired = repair(SAMPLES["003"].read_bytes(), filename=str(SAMPLES["003"]))
    text = repaired.text
    assert text.count("平顶山市2017年全民科学素质工作要点") == 1
    assert text.count("年是贯彻落实“科技三会”和市第九次党代会精神的重要之年") == 1
    # the first copy is complete: its last item is still there
    assert text.rstrip().endswith("组织对目标责任落实情况开展年度督导检查和评估考核。（责任单位：市素质办、各牵头单位、各县（市、区））")
    warnings = [w for w in repaired.report.warnings if w.startswith("duplicate_copy")]
    assert len(warnings) == 1 and "characters" in warnings[0] and "line" in warnings[0]
    step = next(s for s in repaired.report.steps if s.name == "duplicate_copy")
    assert step.examples[0].before.startswith("平顶山市2017年全民科学素质工作要点")


def test_duplicate_copy_keeps_text_that_only_partly_repeats():
    body = "\n".join(f"{i}.第{i}项工作要求各单位认真落实，按期完成任务并报送工作进展情况。" for i in range(1, 12))
    # the closing part quotes the title and one item, but says mostly new things
    tail = (
        "\n关于做好2023年全民科学素质工作的通知\n"
        "1.第1项工作要求各单位认真落实，按期完成任务并报送工作进展情况。\n"
        "请各单位于12月底前将年度总结报送市科协，联系人：张伟，电话：0717-6223456，邮箱另行通知。"
        "各区县科协要会同有关部门做好统计、评估和宣传工作，及时总结推广好经验好做法。\n"
    )
    text = "关于做好2023年全民科学素质工作的通知\n" + body + tail
    out, log = run(drop_duplicate_copy, text)
    assert out == text
    assert not log.warnings


def test_duplicate_copy_keeps_a_repeated_title_in_the_header():
    text = until("duplicate_copy", sample_text("000"))
    assert run(drop_duplicate_copy, text)[0] == text


def test_whole_document_twice():
    doc = (FIXTURES / "pdf_wrapped.txt").read_text(encoding="utf-8")
    out, log = run(drop_duplicate_copy, doc + "\n\n" + doc)
    assert out.strip() == doc.strip()
    assert len(log.warnings) == 1


def test_line_norms_standard_module_agrees_with_the_regex_module_on_every_bmp_character():
    bmp = "".join(map(chr, range(0x10000)))
    assert _norm_drop_bmp().sub("", bmp) == _NORM_DROP_LINES.sub("", bmp)


@pytest.mark.parametrize("text", [
    "", "中文", "a\ud800b", "𠀀", "字😀", "\uffff", "\U0010ffff", "é", "ascii", "现将《方案》印发给你们" * 300,
    "现将《方案》印发给你们" * 300 + "𠀀",
])
def test_above_bmp_says_what_a_search_for_such_characters_finds(text):
    assert _above_bmp(text) == any(ord(ch) > 0xFFFF for ch in text)


def test_above_bmp_reads_a_text_with_a_cached_utf8_copy_by_its_encoding():
    # a str whose UTF-8 form CPython has cached (a class named after it) is larger in memory than its characters
    # make it: the size tells nothing then, and the encoding answers
    text = "".join(["关于", "印发"])
    type(text, (), {})
    assert _above_bmp(text) is False
    text = "".join(["关于", "𠀀"])
    type(text, (), {})
    assert _above_bmp(text) is True


def test_line_norms_take_out_first_only_characters_the_pattern_drops():
    assert all(_norm_drop_bmp().fullmatch(ch) for ch in _COMMON_DROPPED)
    text = "一、加强（统筹）“协调”，推进。\n（二）Ｂ、c；d"
    assert _line_norms(text) == _NORM_DROP_LINES.sub("", text).casefold().split("\n") == ["一加强统筹协调推进", "二ｂcd"]


@pytest.mark.parametrize("text", ["第一条 𠀀字，😀 说明\nAbc", "无扩展区字符，Ⅻ ①\n\nＡ"])
def test_line_norms_with_and_without_characters_above_the_bmp(text):
    assert _line_norms(text) == _NORM_DROP_LINES.sub("", text).casefold().split("\n")


# ---------------------------------------------------------------- whitespace


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("索 取 号 101102000-2022-001 发布机构\n", "索取号 101102000-2022-001 发布机构\n"),
        ("产生日期 2022-06-12 文  号 鞍政发〔2022〕1号\n", "产生日期 2022-06-12 文号 鞍政发〔2022〕1号\n"),
        ("关 键 词\n", "关键词\n"),
        ("\u3000\u3000各县人民政府：\n", "各县人民政府：\n"),
        ("    一、申报范围\n", "一、申报范围\n"),
        ("鞍山市人民政府\xa0 \xa0\xa0\n", "鞍山市人民政府\n"),
        ("请认真 贯彻执行， 确保落实。\n", "请认真贯彻执行，确保落实。\n"),
        ("推进 Open Data 平台建设\n", "推进 Open Data 平台建设\n"),
        ("第一段。\r\n\r\n\r\n\r\n第二段。\r\n", "第一段。\n\n第二段。\n"),
        ("信息\u200b名称\n", "信息名称\n"),
    ],
)
def test_whitespace(before, after):
    out, log = run(normalise_whitespace, before)
    assert out == after
    assert (log.changes >= 1) == (before != after)


def test_whitespace_replaces_each_odd_character_as_its_class_would():
    """Zero-width characters and odd spaces, each replaced where it stands: what a pattern of their class gives."""
    import re

    from policyparse.repair.layout import _without_odd_blanks

    zero_width = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
    odd_space = re.compile("[\x0b\x0c\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
    text = "\ufeff信息\u200b名称\xa0鞍山市\u2002人民政府\u3000\u3000通知\u00ad\u200a（\u202f）\x0b\u2060"
    assert _without_odd_blanks(text, text.split("\n")) == odd_space.sub(" ", zero_width.sub("", text))
    assert _without_odd_blanks("各县人民政府：", ["各县人民政府："]) == "各县人民政府："


def test_whitespace_drops_question_marks_standing_for_lost_blanks():
    """A page saved through a code page without NBSP pads its signature and indents its title with ?: they go."""
    before = "？某省人民政府办公厅关于做好某项工作的通知\n某省人民政府????\n2023年1月19日？？？\n?\n附后。\n"
    out, log = run(normalise_whitespace, before)
    assert out == "某省人民政府办公厅关于做好某项工作的通知\n某省人民政府\n2023年1月19日\n\n附后。\n"
    assert log.changes >= 1
    # the mojibake step has read each "??" of a closing run as a lost GBK character by then
    assert run(normalise_whitespace, "某省人民政府\ufffd\ufffd\ufffd\ufffd\n")[0] == "某省人民政府\n"


def test_whitespace_drops_the_lost_indent_the_mojibake_step_made_u_fffd():
    """uq_07: ??經市政府同意… / ??2018年5月14日 / ??牡丹江市…規劃 — the mojibake step read each "??" indent as one lost
    GBK character; where three or more lines open with U+FFFD it is the page's lost indent and goes. One such line stays."""
    before = "各县人民政府：\n\ufffd经市政府同意，现将《某规划》印发给你们。\n某市人民政府办公室\n\ufffd2018年5月14日\n\ufffd某市某规划\n"
    out, _ = run(normalise_whitespace, before)
    assert out == "各县人民政府：\n经市政府同意，现将《某规划》印发给你们。\n某市人民政府办公室\n2018年5月14日\n某市某规划\n"
    once = "\ufffd经市政府同意，现将《某规划》印发给你们。\n2018年5月14日\n"
    assert run(normalise_whitespace, once)[0] == once


def test_whitespace_keeps_question_marks_that_ask():
    text = "是否需要另行报批？\n请问如何申报?\n这是为什么？？\n"
    assert run(normalise_whitespace, text)[0] == "是否需要另行报批？\n请问如何申报?\n这是为什么？？\n"


def test_whitespace_drops_question_marks_a_page_wrote_for_its_cell_end_blanks():
    """A page that lost every blank at a cell's end to ? (序号? | 重 点 工 作 任 务? | 牵头单位? |): three or more cells
    closed so make the lone ? closing its lines (附件?, 2018年3月18日?) and the ? beside a blank inside a cell (甲某? 乙某)
    lost blanks too. Fewer cells so, or a ? that asks, stay."""
    before = (
        "附件?\n2018年3月18日?\n序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |\n"
        "1? | 推进某项建设。? | 甲某? 乙某? | 某新城? |\n"
    )
    out = run(normalise_whitespace, before)[0]
    assert "?" not in out and out.startswith("附件\n2018年3月18日\n序号 | 重点工作任务 | 牵头领导 | 牵头单位 |\n1 | 推进某项建设。 |")
    few = "序号? | 任务 | 单位 |\n是否需要另行报批?\n"
    assert run(normalise_whitespace, few)[0] == few


def test_whitespace_keeps_label_value_separators():
    line = "信息名称 鞍山市人民政府关于印发鞍山市全民科学素质行动规划纲要（2021—2035年）的通知\n"
    assert run(normalise_whitespace, line)[0] == line


# ---------------------------------------------------------------- idempotence, clean text


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_each_step_is_idempotent_on_the_samples(key):
    text = until("width", sample_text(key))
    for name, step in LAYOUT_STEPS:
        text = until(name, sample_text(key)) if name != "width" else text
        once = step(text, StepLog(name))
        log = StepLog(name)
        assert step(once, log) == once, name
        assert log.changes == 0, name


HAN = st.sampled_from(list("科学素质行动计划纲要实施方案全民工作市县区人民政府关于印发通知年月日"))
CLEAN_PARAGRAPH = st.tuples(
    HAN,
    st.lists(
        st.one_of(HAN, HAN, HAN, HAN, st.sampled_from(["，", "、", "；", "“科普”", "《纲要》", "（一）", "2025年", "18.5%"])),
        max_size=60,
    ),
).map(lambda x: x[0] + "".join(x[1]) + "。")
CLEAN_TEXT = st.lists(CLEAN_PARAGRAPH, min_size=1, max_size=12).map(lambda ps: "\n".join(ps) + "\n")

MESSY = st.lists(
    st.sampled_from(
        list("科学素质行动市县区年月日一二三")
        + list("0123456789０１２．％%.,:;?!()（）【】“”《》，。、：；")
        + [" ", "\u3000", "\xa0", "\n", "\n\n", "\r\n", "\t", "a", "B", "-", "—", "1.", "（一）", "2017\n", "打印", "点击量\n12\n"]
    ),
    max_size=150,
).map("".join)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(CLEAN_TEXT)
def test_clean_text_passes_through_unchanged(text):
    for name, step in LAYOUT_STEPS:
        assert step(text, StepLog(name)) == text, name


@SETTINGS
@given(MESSY)
def test_each_step_is_idempotent(text):
    for name, step in LAYOUT_STEPS:
        once = step(text, StepLog(name))
        assert step(once, StepLog(name)) == once, name
        text = once


def test_symbol_font_list_stop_becomes_a_full_stop():
    from policyparse.repair import StepLog
    from policyparse.repair.layout import normalise_width

    log = StepLog("width")
    assert normalise_width("\u3000\u30001\ue010突破关键技术。\n2\ue010强化创新。\n见图\ue010", log) == "\u3000\u30001.突破关键技术。\n2.强化创新。\n见图\ue010"
    assert log.changes == 2


def test_symbol_font_list_stop_glued_after_a_sentence_becomes_a_full_stop():
    # vg_06: （三）拓宽创业投融资渠道。1\ue010发挥…。2\ue010将… — the export lost the list's line breaks as well: right after
    # a sentence's end and before the entry's text the glyph is the number's stop all the same (then a marker the
    # segmenter cuts at); after a measure word (米1\ue010到) or before a digit it is no list stop read here
    from policyparse.repair import StepLog
    from policyparse.repair.layout import normalise_width

    text = "（三）拓宽创业投融资渠道。1\ue010发挥多层次资本市场作用。2\ue010将小额担保贷款调整为创业担保贷款。"
    assert normalise_width(text, StepLog("width")) == "（三）拓宽创业投融资渠道。1.发挥多层次资本市场作用。2.将小额担保贷款调整为创业担保贷款。"
    assert normalise_width("道路宽8米1\ue010到10米。", StepLog("width")) == "道路宽8米1\ue010到10米。"


def test_em_space_indented_numbered_line_is_not_joined_to_the_heading_above():
    from policyparse.repair import StepLog
    from policyparse.repair.layout import join_hard_wraps

    text = "\u2003\u2003二、培育富有活力的数字经济\n\u2003\u20036.打造数字农业样板。深入实施农业数字化工程。\n"
    assert join_hard_wraps(text, StepLog("hard_wraps")) == text


def test_hard_wraps_keep_a_line_opened_by_a_stop_after_a_finished_sentence():
    # a crawler dropped the bold heading before 。完善…: the line is a paragraph, not a wrapped tail
    text = "各设区市要因地制宜，加强对创新发展流通的财政支持。\n。完善金融服务和组织架构体系，鼓励银行业金融机构创新。\n"
    out, _ = run(join_hard_wraps, text)
    assert out == text




def _real(name: str) -> str:
    """A real development document (tests/real/docs) through the steps before hard_wraps."""
    return until("hard_wraps", (ROOT / "tests" / "real" / "docs" / name).read_text(encoding="utf-8"))


def test_paragraphs_and_hard_wraps_keep_a_joint_signature_block_apart():
    # rk_03: en-space runs part the joint signature; the date after them is no letter-spaced word, and the
    # member list above, which looks wrapped, is not joined to it
    out, _ = run(join_hard_wraps, _real("rk_03_wuliangtai_yiqing_lingdao_xiaozu.txt"))
    lines = out.split("\n")
    at = lines.index("中共清水河县五良太乡委员会")
    assert lines[at - 1].endswith("附：乡领导联系点明细表")
    assert lines[at + 1] == "清水河县五良太乡人民政府"
    assert lines[at + 2].startswith("2021年10月14日")


def test_hard_wraps_leave_a_title_end_and_a_field_label_line_alone():
    # rk_15: the issued plan's two title lines, then its body; label lines of a member list
    out, _ = run(join_hard_wraps, _real("rk_15_maolin_wenyi_xunyan_fangan.txt"))
    lines = out.split("\n")
    title_end = next(i for i, line in enumerate(lines) if line.endswith("文艺巡回演出工作方案"))
    assert lines[title_end + 1].startswith("为构建平安茂林")
    assert "二、领导机构和工作职责" in lines
    assert any(line.startswith("承办单位：") for line in lines)


def test_hard_wraps_keep_a_chapter_title_with_commas_on_its_own_line():
    text = (
        "为深入贯彻落实全民科学素质行动规划纲要，结合我市实际情况\n"
        "制定本方案，各县市区要加强组织领导，落实工作责任，确保各\n"
        "项任务落到实处，取得实效，并按时报送工作进展情况和成效经\n"
        "验。\n"
        "第三章  强化国土空间的整体统筹，促进绿韵红脉融合\n"
        "通过建立和完善生态保护体系，有序统筹非建设空间与建设空间\n"
        "之间的共轭关系，促进绿韵和红脉有机融合，完善多尺度镶嵌融\n"
        "合的生态网络。\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "第三章  强化国土空间的整体统筹，促进绿韵红脉融合" in out.split("\n")


def test_indented_first_line_of_a_typeset_paragraph_joins_its_flush_rest():
    # a 令 printed at ~25 characters a line: paragraphs open indented, wrapped rest lines start flush;
    # the first line is short of the wrap width only because its digits are narrow (punctuation as the
    # earlier steps leave it)
    text = (
        "  《生猪屠宰管理条例》已经1997年12月12日\n国务院第六十四次常务会议通过，现予发布，自1998\n年1月1日起施行。\n\n"
        "  总理李鹏\n\n"
        "  第一条为了加强生猪屠宰管理,保证生猪产品质量，\n保障人民身体健康，制定本条例。\n\n"
        "  第二条国家对生猪实行定点屠宰、集中检疫、统一纳\n税、分散经营的制度。\n\n"
        "  第三条国务院商品流通行政主管部门主管全国生猪屠\n宰的行业管理工作。县级以上地方人民政府商品流通行政\n主管部门负责本行政区域内生猪屠宰活动的监督管理。\n\n"
        "  第四条定点屠宰厂（场）的设置规划由省、自治区、\n直辖市人民政府按照统一规划、合理布局、有利流通、方\n便群众、便于检疫和管理的原则，结合本地实际情况制定。\n"
    )
    out, _ = run(join_hard_wraps, text)
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert lines[0].startswith("《生猪屠宰管理条例》已经1997年12月12日国务院第六十四次") and lines[0].endswith("起施行。")
    assert lines[1] == "总理李鹏"


def test_pdf_text_ending_paragraphs_with_a_blank_keeps_blank_ended_heading_lines():
    # PDF text that leaves one blank after each paragraph's last line and none after a wrapped line: a heading
    # line as wide as the wrap that stops mid-phrase (…格局，保障…服务␠) is no first part of a wrap
    wrapped = [
        "综合考虑水源保护与涵养、洪涝调蓄与排泄、水环境提",
        "升、湿地生境支撑和水系廊道连通，构建水生态安全格局，",
        "形成市域生态安全格局的蓝色脉络和韧性基底。 ",
    ]
    lines = []
    for k in range(5):
        lines += [f"（{'一二三四五'[k]}）构建水生态安全格局，保障流域水生态系统服 ", *wrapped]
    out, _ = run(join_hard_wraps, "\n".join(lines))
    got = [line for line in out.split("\n") if line.strip()]
    assert len(got) == 10
    assert got[0].strip() == "（一）构建水生态安全格局，保障流域水生态系统服"
    assert got[1].startswith("综合考虑") and got[1].rstrip().endswith("韧性基底。")


def test_a_crawler_line_cut_short_mid_phrase_is_kept_apart_from_the_next_paragraph():
    # lines that are whole paragraphs (no wrapping anywhere); one far wider than any wrap stops mid-phrase
    para = "各地各校要结合实际制定德育工作实施方案，把立德树人融入思想道德教育、文化知识教育各环节。" * 4
    cut_short = para + "建设100个省级班主任工作室，充分发挥"
    text = "\n".join([para, cut_short, "健全社会教育资源有效开发配置的政策体系，因地制宜建设实践基地。", para])
    out, log = run(join_hard_wraps, text)
    assert out.split("\n")[1:4] == [cut_short, "", "健全社会教育资源有效开发配置的政策体系，因地制宜建设实践基地。"]
    assert log.changes == 1


def test_a_han_numeral_marker_keeps_its_stop():
    """一.本部门… (the CESI 公文 OFD): 一. is a heading marker, not a sentence's end; a stop after Han later
    on the line is still one."""
    out, _ = run(normalise_punctuation, "一.本部门多少人希望在食堂用早餐.\n  十二.为按时用早餐.")
    assert out == "一.本部门多少人希望在食堂用早餐。\n  十二.为按时用早餐。"


def test_a_full_width_stop_after_han_closes_its_sentence():
    # GB/T 15834 lets technical texts print 。 as ．; a font mapped by its GB codes gives ．for the 。 it shows
    out, log = run(normalise_punctuation, "请认真执行．现将有关事项通知如下．\n一．总体要求\n增长0．5个百分点\n附件．某某办法\n")
    assert out == "请认真执行。现将有关事项通知如下。\n一．总体要求\n增长0．5个百分点\n附件．某某办法\n"
    assert log.changes == 2


def test_hard_wraps_keep_a_numbered_title_line_over_its_paragraph():
    # a page copy with a blank line after every line: the numbered title lines hold commas but no sentence stop, and the
    # paragraph under each runs far wider than the title, so the title was ended by its writer (no wrap); a sentence the
    # copy did wrap (…引进2-3 / 个…) is still rejoined
    body = "加强作业机具的质量调查和测评选型，提高机具适应性、可靠性，优化和完善全程机械化生产模式，完善作业标准和操作规范。" * 2
    text = "\n\n".join([
        "（一）聚焦减损提质，推动粮食生产机械化高质高效发展",
        body,
        "（二）补齐短板弱项，实现经济作物机械化关键环节突破",
        "重点围绕主要绿叶菜品种，加快生产关键环节机械化技术创新与集成应用。选育或引进2-3",
        "个适宜机械化生产的品种。" + body,
        "（三）突出绿色高效，加快畜禽水产养殖全程机械化发展",
        body,
    ])
    out, _ = run(join_hard_wraps, text)
    lines = [line for line in out.split("\n") if line]
    assert lines[0] == "（一）聚焦减损提质，推动粮食生产机械化高质高效发展"
    assert lines[2] == "（二）补齐短板弱项，实现经济作物机械化关键环节突破"
    assert "选育或引进2-3个适宜机械化生产的品种。" in lines[3]
    assert lines[4] == "（三）突出绿色高效，加快畜禽水产养殖全程机械化发展"


def test_hard_wraps_still_join_a_numbered_paragraph_wrapped_at_the_page_width():
    # PDF text wrapped at 24 characters: a numbered paragraph's first line is as wide as the lines below it (a wrap)
    text = (
        "（一）加强组织领导，建立健全统筹协调工作机制\n"
        "，各区要把本实施意见列入重要议事日程，制定具\n"
        "体措施，明确实施要求，确保工作任务落到实处。\n"
        "（二）加强扶持引导，充分调动社会各界支持农业\n"
        "机械化发展的积极性和主动性，搭建社会广泛参与\n"
        "平台，构建协同推进的工作格局，营造良好氛围。\n"
    )
    out, _ = run(join_hard_wraps, text)
    lines = [line for line in out.split("\n") if line]
    assert len(lines) == 2 and lines[1].startswith("（二）加强扶持引导，充分调动") and lines[1].endswith("营造良好氛围。")


def test_wide_runs_are_the_pattern_s_matches():
    """_wide_runs runs _WIDE_RUN only over stretches of the characters it holds: the same matches as its scan of the
    whole text (a full-width stop counts only after a digit, also one that stands before the stretch)."""
    from policyparse.repair.layout import _WIDE_RUN, _wide_runs

    for text in ("２０２３年", "增长１０．５％", "第．５", "3．5", "ＡＢＣ和ａｂｃ", "１﹒２", "．", "", "无", "5％，６％。\n７．"):
        assert [m.span() for m in _wide_runs(text)] == [m.span() for m in _WIDE_RUN.finditer(text)]


def test_emoji_after_a_line_end_do_not_make_the_line_a_hard_wrap():
    # a blog's copy puts emoji after each line's 。 and after its short part titles: the lines stay lines
    text = (
        "尊敬的各位代表，大家好！👋\n"
        "在这个季节里，我们齐聚一堂，共同回顾过去一年的工作成果，展望新的一年发展蓝图，向大家汇报今年的工作。🌟\n"
        "回顾去年工作成果🏆\n"
        "产业发展成效显著，农业产业结构不断优化，工业经济稳步增长，第三产业快速发展，服务业增加值增长很快。🌱🌟\n"
        "基础设施建设稳步推进，实施了一批重点基础设施项目，交通、水利、能源等基础设施条件得到明显改善。🚗🌊\n"
        "生态环境持续改善，深入开展污染防治攻坚战，空气质量、水环境质量明显提升，森林覆盖率稳步提高。🌳🌬️\n"
        "展望今年工作目标🎯\n"
    )
    out, log = run(join_hard_wraps, until("hard_wraps", text))
    assert out.split("\n")[:7] == text.split("\n")[:7]
    assert log.changes == 0


def _window_lines(rows):
    """Stand-ins for layout._Line as the wrap window reads them: width, wrapish, gap."""
    from types import SimpleNamespace

    return [SimpleNamespace(width=w, wrapish=wr and (0 <= g <= 1 or g == -2), gap=g) for w, wr, g in rows]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(24, 120), st.booleans(), st.sampled_from([-2, -1, 0, 0, 1, 1, 2, 3])), min_size=1, max_size=40))
@example([(24, True, -2)] * 4 + [(38, True, -2)] * 2 + [(44, True, -2)])  # half-width lines outnumber the widest
def test_window_rows_read_the_window_as_the_walk_over_its_lines_does(rows):
    """_WindowRows (the wrapped lines' widths and gaps read once per document, each window a slice) gives, for every
    window, the wrap width, the commonest wrapped gap and the widest gap the walk over the window's lines gave."""
    from collections import Counter
    from itertools import takewhile

    from policyparse.repair.layout import _WINDOW, _WindowRows, _width_of_halves

    def walked_width(lines, lo, hi):  # the walk the slices replace
        widths = sorted((ln.width for ln in lines[lo:hi] if ln.wrapish), reverse=True)
        for k, w in enumerate(widths):
            if sum(1 for _ in takewhile(lambda v: v >= 0.85 * w, widths[k:])) >= 3:
                # a width shared by more half-width lines wins (ub_10's rule, added after this walk was replaced)
                return _width_of_halves(widths, k) or w
        return 0

    lines = _window_lines(rows)
    fast = _WindowRows(lines)
    for k in range(len(lines)):
        lo, hi = max(0, k - _WINDOW), min(len(lines), k + _WINDOW + 1)
        gaps = Counter(ln.gap for ln in lines[lo:hi] if ln.wrapish and ln.gap >= 0)
        assert fast.width(k - _WINDOW if k > _WINDOW else 0, k + _WINDOW + 1) == walked_width(lines, lo, hi)
        assert fast.commonest_gap(lo, hi) == (gaps.most_common(1)[0][0] if gaps else 0)
        assert (fast.widest_gap(lo, hi) > 0) == any(ln.gap > 0 for ln in lines[lo:hi])
        assert (fast.widest_gap(lo, hi) > 1) == any(ln.gap > 1 for ln in lines[lo:hi])


def test_window_rows_break_a_tie_of_gaps_as_counter_does():
    # four wrapped lines, two a blank line apart and two not: the gap seen first in the window wins the tie
    from policyparse.repair.layout import _WindowRows

    assert _WindowRows(_window_lines([(40, True, 1), (40, True, 0), (40, True, 0), (40, True, 1)])).commonest_gap(0, 4) == 1
    assert _WindowRows(_window_lines([(40, True, 0), (40, True, 1), (40, True, 1), (40, True, 0)])).commonest_gap(0, 4) == 0
    assert _WindowRows(_window_lines([(40, False, 3), (40, True, -2)])).commonest_gap(0, 2) == 0


def test_line_end_spares_the_pictograph_search_only_where_none_can_stand():
    """_Line asks _TRAILING_PICTOGRAPHS only of a line whose last character may be a pictograph: the plain ends it
    skips (common punctuation, U+4E00–U+9FFF) are none, and every line reads as terminal as the search over each said."""
    from policyparse.repair.layout import _CLOSERS, _PLAIN_ENDS, _TERMINAL, _TRAILING_PICTOGRAPHS, _is_han, _Line

    one = regex.compile(r"[\p{Extended_Pictographic}\uFE0F\u200D]")
    assert not any(one.match(ch) for ch in _PLAIN_ENDS)
    assert not any(one.match(chr(c)) for c in range(0x4E00, 0xA000))
    for end in [*_PLAIN_ENDS, "局", "鿿", "。🌟", "🏆", "。〰", "；㊗", "：\u2b50\ufe0f", "）\u200d", "。\u2190", "→", "A", "”", "。”", ""]:
        raw = "加快推进工业经济高质量发展" + end
        core = raw.strip().rstrip(_CLOSERS)
        if core[-1:] > "\u2190" and not _is_han(core[-1:]):  # the search as every such line was asked it
            core = _TRAILING_PICTOGRAPHS.sub("", core)
        last = core[-1:]
        assert _Line(0, raw).terminal == (last in _TERMINAL or (len(raw) > 6 and last in "）)")), end


def test_line_marker_skips_the_match_only_where_none_can_start():
    """_Line asks _MARKER only of a line opening on _MARKER_FIRST or a digit (speed20; a Han character outside the
    numerals, 第 and 附 before): the gate says yes of exactly the characters the pattern's alternatives open on, no
    character of U+4E00–U+9FFF but those opens a match, and _prose_like (which reuses line.marker) reads as with its
    own match."""
    from policyparse.repair.layout import _MARKER, _MARKER_FIRST, _PROSE, _Line, _prose_like

    opening = regex.compile(r"[一二三四五六七八九十百零〇（(①-⑳第附]|\d")  # the first character of each alternative
    for c in range(0x110000):
        ch = chr(c)
        assert (ch in _MARKER_FIRST or ch.isdecimal() or ch > "\uffff") == (opening.match(ch) is not None or ch > "\uffff"), hex(c)
    for c in range(0x4E00, 0xA000):
        ch = chr(c)
        if ch not in _MARKER_FIRST:
            # every way a match can go on after its first character: numerals, brackets, stops, 章, 件, ：
            for rest in ("", "、", "．", "一、", "1章", "件", "：", "）", "1、", "十条"):
                assert _MARKER.match(ch + rest) is None, ch + rest
    assert all(_MARKER.match(ch + tail) for ch, tail in [("一", "、"), ("第", "三章"), ("附", "件"), ("附", "："), ("十", "、")])
    for raw in ["一、总体要求，目标", "附件：某办法，", "第三章 总则，", "加快推进，发展", "〇、零点，", "（一）任务，", "1.目标，",
                "①推进，", "附加条件，", "第一批试点，", "推进工作", "工、作，", "A级景区，", "2024年 目标", "“十四五”规划，",
                "《某办法》，", "２．目标，", "(1)推进，", "【任务】，"]:
        line = _Line(0, raw)
        assert line.marker == (_MARKER.match(raw) is not None), raw
        assert line.width == 2 * len(raw) - sum(c.isascii() for c in raw), raw  # display width: ASCII 1, else 2
        m = _MARKER.match(raw)  # _prose_like as it read before: its own match, every line
        old = line.s[-1] in "（《「『“‘(〔【[、，—-" or _PROSE.search(raw[m.end():] if m else raw) is not None
        assert _prose_like(line) == old, raw


@pytest.mark.parametrize("text", ["请执行．现将", "1．总体要求\n2．主要任务", "执行.现将", "附件．某办法", "无句点", "“好”．下一"])
def test_the_stop_patterns_looked_for_find_what_both_would(text):
    from policyparse.repair.layout import _FULL_WIDTH_STOP, _STOP, _stops_in

    chosen = [m.span() for stop in _stops_in(text) for m in stop.finditer(text)]
    every = [m.span() for stop in (_STOP, _FULL_WIDTH_STOP) for m in stop.finditer(text)]
    assert sorted(chosen) == sorted(every)


def test_a_lost_blank_cell_at_a_line_s_edge_leaves_no_tab():
    # hypothesis found it: ?<TAB>科 lost its ? cell and kept the tab before 科, which a second pass stripped
    once = normalise_whitespace("?\t科", StepLog("whitespace"))
    assert once == "科\n"
    assert normalise_whitespace(once, StepLog("whitespace")) == once


@pytest.mark.parametrize("text", [
    "工作,要求", "工作: 要求", "abc,def", ",开头", "结尾,", "a,中", "中,a", "a,,;中", "中?!a", "1,2,3", "“好”,a",
    "（注）:a", "\u3400,a", "𠀀,a", "\u2e80,a", "\u2e7f,a", "，,", "a;\n中", "中\n;a", "",
])
def test_punct_runs_are_the_pattern_s_matches(text):
    # the runs found by str.find and their two neighbours are what the lookbehind pattern matches, edits included
    from policyparse.repair.layout import _PUNCT_RUN, _TO_FULL_TABLE, _punct_runs

    expected = [(m.start(), m.end(), m.group().translate(_TO_FULL_TABLE)) for m in _PUNCT_RUN.finditer(text)]
    assert _punct_runs(text) == expected


def test_a_bracket_pair_never_spans_a_line():
    # the openers left open at a line's end are read as unpaired there (the newline is not among the characters
    # looked for: the line's end is found once, when an opener is pushed onto an empty stack)
    from policyparse.repair.layout import _bracket_edits

    assert _bracket_edits("x(中\n)x", ([], [])) == [(1, 2, "（", 1, 2)]
    assert _bracket_edits("x(中)x\n(中", ([], [])) == [(1, 2, "（", 1, 4), (3, 4, "）", 1, 4), (6, 7, "（", 6, 7)]


def test_hard_wraps_keep_a_short_head_line_opening_its_paragraph_apart():
    # tk_03: a wrapped story (lines cut at one width), then 民生 / 贫困户全部脱贫销号 / ●到2020年，…: a head line of two
    # characters opens its part; a wrap fills its line before it breaks, so so short a first line is no wrapped one
    wrapped = ("南都讯 记者 省十三届人大一次会议开幕，省长向大会报告工作，提出今后五年的目标任务，提前实现全面\n"
               "小康，居民收入增加，城乡居民人均可支配收入年均增长百分之七以上，民生事业全面进步，社会保障体系更\n"
               "加完善，基本公共服务均等化水平进一步提升，社会文明程度明显提高，人民群众的获得感和幸福感显著增\n"
               "强，生态环境质量持续改善。\n")
    text = wrapped + "民生\n贫困户全部脱贫销号\n●到2020年，每千人口医疗机构床位达到6.0张\n"
    out, _ = run(join_hard_wraps, text)
    lines = out.split("\n")
    assert lines[0].endswith("生态环境质量持续改善。")
    assert lines[1:3] == ["民生", "贫困户全部脱贫销号"]


@pytest.mark.parametrize("text", [
    "（一）加强领导（市政府办牵头）\n开展(H5)活动（试点）\n（二）完善机制(市财政局负责)",
    "x(中\n（甲）)x", "（中）\n（乙）", "", "(", "中)\n(中\n)", "（一）总体要求\n电话(0531)87883287（值班）",
])
def test_bracket_walk_skips_only_lines_without_a_half_width_bracket(text):
    # a real-shaped notice: full-width notes and headings, a few half-width pairs a crawler left; every bracket's
    # walk and the walk over the lines holding ( or ) give the same edits
    from policyparse.grammar import char_positions
    from policyparse.repair import layout

    every = char_positions(text, layout._BRACKET_CHARS)
    skipped = layout._walked_bracket_edits(text, ([], []), layout._bracket_positions(text))
    assert layout._walked_bracket_edits(text, ([], []), every) == skipped
    assert set(layout._bracket_positions(text)) <= set(every)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="()（）\n中a1 ", max_size=40))
def test_bracket_positions_are_every_bracket_on_the_lines_holding_a_half_width_one(text):
    # the full-width brackets are looked for on those lines only, not in the whole text and then filtered
    from policyparse.repair.layout import _bracket_positions

    expected, at = [], 0
    for line in text.split("\n"):
        if "(" in line or ")" in line:
            expected += [at + k for k, ch in enumerate(line) if ch in "()（）"]
        at += len(line) + 1
    assert _bracket_positions(text) == expected


_MARK_RUN_TEXTS = [
    "各县(市)区人民政府,各开发区管委会:\n现将《方案》印发给你们,请认真贯彻执行。",
    "电话:0412-1234567,传真:0412-7654321\n提高全民科学素质,弘扬科学精神;鼓励创新!",
    "发布时间:2023-05-06\n各有关单位:\n\n现将有关事项通知如下:",
    "1,000 and 2,000;a:b\n中,文", "", "a,b,c,中", "中,,;a?!", "no marks", "结尾,", "a:", ",开头", "𠀀,a", "\u3400:a",
]


def _turned_as_the_pattern_says(text: str) -> tuple[str, StepLog]:
    """The text and log the mark runs give when every match of _PUNCT_RUN is an edit, logged as _record_edits does."""
    from policyparse.repair.layout import _PUNCT_RUN, _TO_FULL_TABLE, _apply, _record_edits

    edits = [(m.start(), m.end(), m.group().translate(_TO_FULL_TABLE)) for m in _PUNCT_RUN.finditer(text)]
    log = StepLog("punctuation")
    _record_edits(text, edits[:3], log, limit=3)
    log.count(len(edits) - len(edits[:3]))
    return _apply(text, edits), log


@pytest.mark.parametrize("text", _MARK_RUN_TEXTS)
def test_mark_runs_counted_and_written_by_replace_are_the_pattern_s_edits(text):
    # the runs counted (marks less those after a mark), the few left found by the marks without sure context after
    # them, every mark turned by str.replace and the runs left written back: the text, count and examples each match
    # of the lookbehind pattern gives
    from policyparse.repair.layout import _turn_mark_runs

    log = StepLog("punctuation")
    out = _turn_mark_runs(text, log)
    expected, expected_log = _turned_as_the_pattern_says(text)
    assert out == expected
    assert (log.changes, log.examples, log.at) == (expected_log.changes, expected_log.examples, expected_log.at)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=",,,::;?!中文，。）“a1 \n\t\u3400𠀀\u2e80—", max_size=40))
def test_mark_runs_counted_are_the_pattern_s_edits_on_any_text(text):
    from policyparse.repair.layout import _turn_mark_runs

    log = StepLog("punctuation")
    out = _turn_mark_runs(text, log)
    expected, expected_log = _turned_as_the_pattern_says(text)
    assert out == expected
    assert (log.changes, log.examples, log.at) == (expected_log.changes, expected_log.examples, expected_log.at)


def test_a_county_pages_bracketed_field_rows_stand_alone_and_so_does_the_title_under_them():
    # to_15: …通知).docx / [ 索引号 ] … [ 发文字号 ] … / … / [ 成文日期 ] 2024-03-04 [ 发布日期 ] 2024-03-05 / 某区…的通知
    # were joined as hard wraps (the .docx line onto the first row, the last row onto the title) in a page whose body
    # paragraphs run to one width and whose last line the page cut
    head = ("部门解读:\n\n关于《某区人民政府办公室关于做好2024年度民生实事工作的通知》 政策解读\n\n一图读懂:\n\n文件下载:\n\n"
            "府办发6号(关于做好2024年全区民生实事工作的通知).docx\n\n"
            "[ 索引号 ] 115002320086900349/2024-00029 [ 发文字号 ] 某府办发〔2024〕6号\n"
            "[ 主题分类 ] 其他 [ 体裁分类 ] 其他公文\n[ 发布机构 ] 某区政府办公室 [ 有效性 ]\n"
            "[ 成文日期 ] 2024-03-04 [ 发布日期 ] 2024-03-05\n\n某区人民政府办公室关于做好2024年全区民生实事工作的通知\n\n"
            "各街道办事处,各乡镇人民政府,区政府各部门,有关单位:\n\n")
    body = ("为办好惠民利民实事,进一步提升人民群众幸福感、获得感。经区政府同意,现就做好2024年度全区民生实事有关事宜通知如下\n\n"
            "一、提高政治站位,深化思想认识\n\n"
            "各乡镇(街道)、区级有关部门和单位要高度重视民生实事办理工作,坚持把人民对美好生活的向往作为工作出发点和落脚点,"
            "将经济建设和民生工作同部署、同安排、同落实,推动各项任务落地落实,切实增强人民群众的获得感、幸福感、安全感。\n\n"
            "二、加强组织领导,强化工作责任\n\n"
            "各牵头单位带头抓总,主要负责同志亲自研究、亲自部署,按照工作项目化、项目目标化、目标节点化、节点责任化要求,"
            "进一步细化时间表、路线图、责任人,推动工程建设早日动工、事项任务尽早启动。各职能部门要主动配合,协同推进、形成合力,"
            "尤其在工程审批方面积极支持、加快手续办理,确保各项任务按期完成。\n\n"
            "三、加强跟踪督办,强化结果运用\n\n区发展改革委要建立清单管理制度,每月跟踪比对工作落实情况,发现进度滞后的,及时予以现场督办。区")
    lines = repair(head + body).text.split("\n")
    assert "[ 成文日期 ] 2024-03-04 [ 发布日期 ] 2024-03-05" in lines
    assert "某区人民政府办公室关于做好2024年全区民生实事工作的通知" in lines
    assert any(line.startswith("[ 索引号 ]") for line in lines)
    # the page's widget labels go as furniture (web_noise), the addressees open the body
    assert not {"部门解读：", "一图读懂：", "文件下载："} & set(lines)


def test_a_page_number_glued_before_the_next_pages_first_line_is_set_apart():
    # a gazette's PDF text (ub_07 shape): the page mark glued before an article, an item's 2. or a running header
    text = ("第十条\u3000本细则第九条所称主要股东材料包括下列内容，主要股东为金融机构的，还应当提供许可证复印件。\n"
            "—\u20035\u2003—第十一条\u3000本细则第九条所称实际控制人材料包括：\n"
            "— 10 —2.无重大违法违规材料，含最近3年无重大违法违规记录承诺。\n"
            "全年增长—2—3个百分点。")
    out, _log = run(join_hard_wraps, text)
    lines = out.split("\n")
    assert any(line.startswith("第十一条") for line in lines)
    assert any(line.startswith("2.无重大") for line in lines)
    assert "—\u20035\u2003—" not in out and "— 10 —" not in out
    assert "全年增长—2—3个百分点。" in lines


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="—－–-— 　\n\t12.、第十一条本细则a·", max_size=60))
def test_glued_page_marks_are_the_matches_of_the_whole_text_scan(text):
    # _glued_page_marks asks the pattern only at the start of lines holding a dash; the scan over the whole text finds
    # the same marks, and the text with them set apart is the substitution's
    found = [(m.start(), m.end()) for m in layout._glued_page_marks(text)]
    assert found == [(m.start(), m.end()) for m in layout._GLUED_PAGE_MARK.finditer(text)]
    assert layout._split_glued_page_marks(text, StepLog("hard_wraps")) == layout._GLUED_PAGE_MARK.sub("\\1\n", text)


# The three page-number patterns each caller wrote before grammar.page_number_line named their reach (kept here so
# the one entry is held to them): readers/_layout's edge lines, join_hard_wraps' dropped lines, side_by_side's table end
_EDGE_DASHED = r"^\s*+[\-—–－~]{1,3}\s*+\d{1,4}\s*+[\-—–－~]{1,3}\s*+$"
_WRAP_PAGE = r"[—－\-–]{1,2}\s*\d{1,4}\s*[—－\-–]{1,2}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
_TABLE_END = r"^[-－—–]\s*\d{1,4}\s*[-－—–]$"


def test_page_number_line_reaches_as_far_as_each_caller_says():
    edge, wrap, table_end = page_number_line(3, tilde=True), page_number_line(2, page_of=True), page_number_line(1)
    # PDF folios (— 1 —), a page counted in words (第 3 页 共12页), a tilde folio only the reader takes
    assert all(edge.match(s) for s in ("— 1 —", "  －3－ ", "~ 6 ~", "——— 12 ———"))
    assert all(wrap.fullmatch(s) for s in ("— 1 —", "--2--", "第 3 页", "第3页，共12页", "第3页 / 共12页"))
    assert not any(wrap.fullmatch(s) for s in ("~ 6 ~", "——— 12 ———", "第3页共12页数"))
    assert table_end.match("- 3 -") and not table_end.match("—— 3 ——") and not table_end.match("第3页")
    assert not any(p.match("全年增长—2—3个百分点。") for p in (edge, wrap, table_end))


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="—－–-~ 　\t\n12第页共，,/a", max_size=24))
def test_page_number_line_matches_what_each_caller_wrote_before(text):
    assert bool(page_number_line(3, tilde=True).match(text)) == bool(regex.match(_EDGE_DASHED, text))
    stripped = text.strip()
    assert bool(page_number_line(2, page_of=True).fullmatch(stripped)) == bool(regex.fullmatch(_WRAP_PAGE, stripped))
    assert bool(page_number_line(1).match(stripped)) == bool(regex.match(_TABLE_END, stripped))


def test_a_form_feed_alone_on_a_line_between_pdf_pages_is_a_blank_line():
    # PDF text saved as a file keeps pdftotext's page break: a form feed on a line of its own between two pages
    text = (
        "二、加快推进重大项目建设，黄桶至百色铁路、环北部湾广西水资源配置\n"
        "工程开工建设，平陆运河建设加快推进。\n"
        "\x0c\n"
        "三、金融支持涉外企业，依托“港航融”平台，支持涉外企业融资。\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "“港航融”平台，支持涉外企业融资。" in out
    assert "工程开工建设，平陆运河建设加快推进。" in out
    assert "\x0c" in out  # the page break is left to the whitespace step, not read as a line of text


def test_the_blank_characters_of_the_layout_steps_are_every_blank_but_the_line_end():
    blanks = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {"\n"}
    assert blanks == set(layout._BLANKISH)


def test_grammar_white_space_is_what_the_regex_module_reads_as_blank():
    # grammar.WHITE_SPACE stands for \s of the regex module (str.strip of a column name, a class of both modules)
    import regex

    from policyparse.grammar import WHITE_SPACE

    assert {chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c))} == set(WHITE_SPACE)
    assert len(WHITE_SPACE) == len(set(WHITE_SPACE))


def _decree_pdf_text(front: str) -> str:
    # a 令's PDF text wrapped at ~38 characters below a Markdown converter's front fields
    body = [
        "第一条  为了保护金融消费者合法权益，规范金融机构提供金融产品和服务的行",
        "为，维护公平、公正的市场环境，促进金融市场健康稳定运行，根据有关法律，",
        "制定本办法。",
        "第二条  在中华人民共和国境内依法设立的为金融消费者提供金融产品或者服务",
        "的银行业金融机构，开展与下列业务相关的金融消费者权益保护工作，适用本办",
        "法。",
        "第三条  银行、支付机构向金融消费者提供金融产品或者服务，应当遵循自愿、",
        "平等、公平、诚实信用的原则，切实承担金融消费者合法权益保护的主体责任。",
    ]
    decree = [
        " 《中国人民银行金融消费者权益保护实施办法》已经 2020年9月1日",
        "中国人民银行 2020年第 6次行务会议审议通过，现予发布，自 2020年11月1",
        "日起施行。",
        "行 长 易纲",
        "2020年9月15日",
    ]
    return "\n".join([front, "", "", "- 1 -", *decree, "", *body]) + "\n"


def test_hard_wraps_keep_a_field_whose_value_is_a_path_off_the_next_page():
    # ub_11: 来源： /…/x.pdf above the first page's number is a field of its own, not the first part of a wrap
    out, _ = run(join_hard_wraps, _decree_pdf_text("来源： /Volumes/Documents/pbc_weixin/2025042600390767492.pdf"))
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert lines[0] == "来源： /Volumes/Documents/pbc_weixin/2025042600390767492.pdf"
    assert lines[1].startswith("《中国人民银行金融消费者权益保护实施办法》")


def test_hard_wraps_join_a_decree_sentence_broken_after_its_adoption_date():
    # ub_11: 《…》已经 2020年9月1日 / 中国人民银行…会议审议通过: the date is no end of the sentence
    out, _ = run(join_hard_wraps, _decree_pdf_text("版本： 现行有效"))
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    decree = next(line for line in lines if line.startswith("《"))
    assert "已经 2020年9月1日中国人民银行 2020年第 6次行务会议审议通过" in decree and decree.endswith("起施行。")
    assert "行 长 易纲" in lines


def test_hard_wraps_join_a_labelled_sentence_that_wraps_after_a_figure():
    # tt_02's 示例：…发放了10995 / 份调查问卷: a label over prose, not a field holding a path
    text = _decree_pdf_text("版本： 现行有效").replace(
        "第三条  银行、支付机构",
        "示例：某城市2017年度体检开展了社会满意度调查，面向市民，在全市16个区180个街道发放了10995\n"
        "份调查问卷，另在中心城区 40 个社区开展了800 份入户调查问卷，最终回收有效问卷。\n第三条  银行、支付机构",
    )
    out, _ = run(join_hard_wraps, text)
    assert "发放了10995份调查问卷" in out.replace("\n", "") and "10995\n" not in out


_BLANK_ENDED_ARTICLES = [
    "第三条  中国人民银行是国务院反洗钱行政主管部门，对支付机构依法",
    "履行下列反洗钱和反恐怖融资监督管理职责，制定支付机构反洗钱和反",
    "恐怖融资管理办法，负责支付机构反洗钱和反恐怖融资的资金监测。 ",
    "第四条  中国反洗钱监测分析中心负责支付机构可疑交易报告的接收、",
    "分析和保存，并按照规定向中国人民银行报告分析结果，履行中国人民",
    "银行规定的其他职责。 ",
    "第五条  支付机构总部应当依法建立健全统一的反洗钱和反恐怖融资内",
    "部控制制度，并报总部所在地的中国人民银行分支机构备案，反洗钱和",
    "反恐怖融资内部控制制度应当包括客户身份识别措施。 ",
    "第八条  支付机构与境外机构建立代理业务关系时，应当充分收集有关",
    "境外机构业务、声誉、内部控制、接受监管等方面的信息。 ",
]


def test_blank_ended_paragraphs_join_a_flush_line_closing_a_bracket():
    # ub_10 (PDF text ending each paragraph with a blank): …《非金融机构支付服务管理办法》（…令〔2010〕第2号发布） /
    # 等有关法律…: the flush line closing a bracket is a wrap, not the end of the article
    first = [
        "第一条  为防范洗钱和恐怖融资活动，规范支付机构反洗钱和反恐怖融资",
        "工作，根据《中华人民共和国反洗钱法》、《非金融机构支付服务管理",
        "办法》、《预付卡业务管理办法》（中国人民银行公告〔2012〕第12号）",
        "等有关法律、法规和规章，制定本办法。 ",
    ]
    out, _ = run(join_hard_wraps, "\n".join(first + _BLANK_ENDED_ARTICLES * 3) + "\n")  # a 办法 of many articles
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert lines[0].endswith("第12号）等有关法律、法规和规章，制定本办法。")


def test_blank_ended_paragraphs_join_an_article_line_a_little_short_of_the_width():
    # ub_10: 第六条  支付机构应当设立专门机构或者指定内设机构负 / 责反洗钱…: the article's first line lost its indent
    sixth = [
        "第六条  支付机构应当设立专门机构或者指定内设机构负",
        "责反洗钱和反恐怖融资工作，并设立专门的反洗钱和反恐怖融资岗位。 ",
    ]
    out, _ = run(join_hard_wraps, "\n".join(_BLANK_ENDED_ARTICLES + sixth) + "\n")
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert lines[-1] == "第六条  支付机构应当设立专门机构或者指定内设机构负责反洗钱和反恐怖融资工作，并设立专门的反洗钱和反恐怖融资岗位。"


def test_white_space_is_what_str_strip_removes():
    # speed20: _PAGE_NUMBER's \s*+ and contents' blanks read only characters str.strip removes, so a gate may look at
    # the stripped line's first character
    space = regex.compile(r"\s")
    assert all(chr(c).isspace() for c in range(0x110000) if space.match(chr(c)))


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet="-—–－~第页共，,/ \t\u3000\xa0\u2003123４٣", max_size=24))
def test_page_number_first_gate_agrees(raw):
    # speed20: _content_lines asks _PAGE_NUMBER only of a line opening (stripped) on a dash or 第
    ungated = layout._PAGE_NUMBER.fullmatch(raw.strip()) is not None
    gated = raw.lstrip()[:1] in layout._PAGE_NUMBER_FIRST and ungated
    assert gated == ungated, raw


def test_a_few_lines_two_wraps_wide_do_not_set_the_wrap_width():
    # ub_10: — 12 —第三十五条 支付机构应建立完善有效的可疑交易监测分析 / 体系，… among lines where the source lost the
    # break between two wrapped lines (…提交可 is 56 characters where the page wraps at 25): the page's width is the
    # one most wrapped lines share, not the double width three lines reach
    text = "\n".join([
        "第三十三条 支付机构应按照勤勉尽责的原则，对全部交易",
        "开展监测和分析，报告可疑交易。 ",
        "第三十四条 支付机构应根据本机构的客户特征和交易特",
        "点，制定和完善符合本机构业务特点的可疑交易标准，同时向中国人民银行、总部所在地的中国人民银行分支机构和中国反洗钱",
        "监测分析中心备案。 ",
        "",
        " — 12 —第三十五条 支付机构应建立完善有效的可疑交易监测分析",
        "体系，明确内部可疑交易处理程序和人员职责。 ",
        "支付机构应指定专门人员，负责分析判断是否报告可疑交",
        "易。 ",
        "第三十六条 支付机构应结合客户身份信息和交易背景，对",
        "客户行为或交易进行识别、分析，有合理理由判断与洗钱、恐怖",
        "融资或其他犯罪活动相关的，应在发现可疑交易之日起十个工作日内，由其总部以电子方式向中国反洗钱监测分析中心提交可",
        "疑交易报告。可疑交易报告的具体格式和报送方式由中国人民银",
        "行另行规定。 ",
        "支付机构应将已上报可疑交易报告的客户列为高风险客户，持续开展交易监测，仍不能排除洗钱、恐怖融资或其他犯罪活动",
        "嫌疑的，应在十个工作日内向中国反洗钱监测分析中心提",
        "交补充可疑交易报告。 ",
    ]) + "\n"
    out, _ = run(join_hard_wraps, text)
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert "第三十五条 支付机构应建立完善有效的可疑交易监测分析体系，明确内部可疑交易处理程序和人员职责。" in lines
    assert any(line.startswith("第三十六条 支付机构应结合客户身份信息和交易背景，对客户行为") for line in lines)


def test_the_wrap_width_is_the_widest_three_wrapped_lines_share_when_no_half_of_it_is_commoner():
    from policyparse.repair.layout import _shared_width
    assert _shared_width([113, 113, 112, 57, 56, 53, 52, 52, 51, 51, 50]) == 57  # halves commoner: the page's width
    assert _shared_width([113, 113, 112, 110, 57, 56, 52]) == 113  # the wide lines are the page's
    assert _shared_width([60, 58, 57, 40, 30]) == 60
    assert _shared_width([60, 30]) == 0


def test_hard_wraps_keep_a_heading_glued_after_the_last_sentence_a_line_of_its_own():
    # ur_11 (PDF text): …SDN 等标准。 （三）行业应用标准 / 主要包括船舶…: the heading glued after the paragraph above it
    # ends its line; its text on the next line is not its title's rest
    text = (
        "一、建设内容\n"
        "主要包括工业无线网络、工业有线网络、工业网络融合和工业网络资源管理等\n"
        "部分。网络管理、网络地址管理、网络频谱管理、SDN 等标准。 （三）行业应用标准\n"
        "主要包括船舶与海洋工程装备、建材、石化、纺织、钢铁、轨道交通、航空航天、\n"
        "汽车、有色金属、电子信息、电力装备及其他等 12 个部分，如图 11 所示。\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "SDN 等标准。 （三）行业应用标准\n主要包括船舶与海洋工程装备" in out
    assert "航空航天、汽车" in out  # the wrapped rest of a sentence still joins


def test_hard_wraps_keep_a_preface_title_a_line_of_its_own():
    # ur_06 (PDF text): 2022 年11月 / 前 言 / 石化行业是…(wrapped): the preface's title joins neither the date above it
    # nor the paragraph below it
    text = (
        "石化行业智能制造标准体系建设指南\n2022 年11月\n前 言\n"
        "石化行业是我国国民经济重要的支柱产业，是支撑制造\n"
        "业高质量发展的关键领域。当前，我国石化行业发展取得长\n"
        "足进步，主要产品产量位居世界前列，技术装备水平显著提\n"
        "高，科技创新、节能减排取得积极成效。\n"
        "一、总体要求\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "\n前 言\n石化行业是我国国民经济重要的支柱产业，是支撑制造业高质量发展" in out
    assert "2022 年11月\n前 言" in out


def test_hard_wraps_keep_a_red_heads_wenjian_a_line_of_its_own():
    # ur_05 (PDF text of a joint red head): the bodies one a line, the 文号, then 文件 (printed large beside the
    # names), then the title broken over two lines: 文件 joins neither the 文号 above it nor the title below it
    text = (
        "济南市工业和信息化局\n济 南 市 公 安 局\n济南市城乡交通运输局\n济工信装备字〔2022〕1号 \n文件\n"
        "关于印发《济南市智能网联汽车道路测试与 \n示范应用管理办法（试行）》的通知 \n各相关单位： \n"
        "为加快推进济南智能网联汽车技术研发及应用，指导智能网\n联汽车开展道路测试工作，我们联合制定了《济南市智能网联汽\n"
        "车道路测试与示范应用管理办法（试行）》。现印发给你们，请\n遵照执行。 \n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "1号 \n文件\n关于印发《济南市智能网联汽车道路测试与示范应用管理办法（试行）》的通知\n" in out
    assert "指导智能网联汽车开展道路测试工作" in out  # the wrapped paragraph still joins


def test_hard_wraps_join_a_citation_of_items_broken_before_its_item_numbers():
    # ur_05 (PDF text): …还应按附件2中第（五） / （十二）项规定提供相关材料；: the wrapped rest opens on the cited
    # item numbers, no list marker; （一）项目管理 stays a heading of its own
    text = (
        "第十三条 测试主体可提出申请。其中：\n"
        "（二）申请在其他地方进行道路测试的，除原申请材料、原\n"
        "省市发放的道路测试通知书以及相关材料外，还应按附件2中第（五）\n"
        "（十二）项规定提供相关材料；如拟申请的道路测试所在地规定\n"
        "进行附加项目测试的，还应取得检验报告。\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "还应按附件2中第（五）（十二）项规定提供相关材料" in out
    out, _ = run(join_hard_wraps, text.replace("（十二）项规定提供相关材料；如拟", "（一）项目管理\n要求申请的道路测试"))
    assert "\n（一）项目管理\n" in out


# speed27: the text object kept where no odd blank stands (its lines then split once), the replaces unchanged
def _odd_blanks_replaced_one_by_one(text: str) -> str:
    for ch in layout._ZERO_WIDTH:
        if ch in text:
            text = text.replace(ch, "")
    for ch in layout._ODD_SPACE:
        if ch in text:
            text = text.replace(ch, " ")
    return text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("文件a1 \n\t\u3000\xa0\u200b\ufeff\u00ad\x0b\x0c\u2002\u2009\u202f\u205f\u1680\u200a"), max_size=40))
def test_odd_blanks_one_scan_as_one_replace_a_character(text):
    assert layout._without_odd_blanks(text, text.split("\n")) == _odd_blanks_replaced_one_by_one(text)


def test_odd_blanks_are_all_refused_by_isprintable():
    """speed40: _without_odd_blanks tests only the lines str.isprintable refuses; each character it replaces is one."""
    assert not any(ch.isprintable() for ch in layout._ZERO_WIDTH + layout._ODD_SPACE)


def test_odd_blanks_none_keeps_the_text_object():
    text = "关于印发\n实施方案的通知"
    assert layout._without_odd_blanks(text, text.split("\n")) is text


# speed27: a bracket pair's walk skips what cannot change its answer
def test_every_character_of_the_cjk_block_is_han():
    """_bracket_edits takes an opener's next character in U+4E00–U+9FFF for its first Han without a search."""
    from policyparse.grammar import HAN

    assert all(HAN.match(chr(c)) for c in range(0x4E00, 0xA000))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("()（）文件a1 ,\n一〇々⺀"), max_size=40))
def test_bracket_edits_without_spans_as_with_a_span_elsewhere(text):
    """No protected span: the walk asks no _inside; the same edits as the walk that asks it of a span out of reach."""
    far = 10 ** 9
    assert layout._bracket_edits(text, ([], [])) == layout._bracket_edits(text, ([far], [far + 1]))


def _by_the_pair_in_the_old_order(wraps, a, b):
    """_Wraps._by_the_pair as written before speed27: the finished-sentence test after the table and cut tests."""
    if a.gap == -1 or a.gap > 1 or wraps._rows_of_a_table(a, b):
        return False
    if not wraps.any_wrap and layout._cut_short(a, b):
        return False
    if wraps.blank_ends and a.raw[-1] in layout._BLANK_END:
        return False
    if b.s[0] in layout._CONT_START:
        return not (a.terminal and b.s[0] == "。")
    if a.terminal and not (wraps.blank_ends and a.raw[-1] in "）)") or b.marker or b.indent:
        return False
    if b.s[0] in layout._BULLET_SIGNS and layout.LIST_BULLET.match(b.s):
        return False
    return None


_PAIR_LINES = st.lists(
    st.text(alphabet=st.sampled_from("工作要求。，、）)（一1.\t|　●第"), min_size=1, max_size=12).filter(str.strip), min_size=2, max_size=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAIR_LINES, st.booleans(), st.booleans(), st.booleans())
def test_by_the_pair_asks_the_finished_sentence_first_with_the_same_answers(raws, any_wrap, blank_ends, blank_line):
    raw_lines = []
    for k, r in enumerate(raws):
        raw_lines += [r, ""] if blank_line and k % 3 == 0 else [r]
    lines, pages = layout._content_lines(raw_lines)
    if len(lines) < 2:
        return
    layout._mark_gaps(lines, set(pages))
    wraps = layout._Wraps(lines)
    wraps.any_wrap, wraps.blank_ends = any_wrap, blank_ends
    for a, b in zip(lines, lines[1:]):
        assert wraps._by_the_pair(a, b) == _by_the_pair_in_the_old_order(wraps, a, b)


def test_hard_wraps_join_a_signers_name_cut_after_its_conjunction():
    # ur_05 (PDF text): …请遵照执行。 / 济南市工业和 / 信息化局 / 济南市公安局 济南市城乡交通 / …: no name ends on 和, so the
    # wrap cut it; the next body's line stays a line of its own
    text = (
        "为加快推进济南智能网联汽车技术研发及应用，指导智能网\n"
        "联汽车开展道路测试工作，我们联合制定了《济南市智能网联汽\n"
        "车道路测试与示范应用管理办法（试行）》。现印发给你们，请\n"
        "遵照执行。\n"
        "济南市工业和\n"
        "信息化局\n"
        "济南市公安局 济南市城乡交通运输局\n"
        "2022 年3月10日\n"
    )
    out, _ = run(join_hard_wraps, text)
    assert "\n济南市工业和信息化局\n济南市公安局" in out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["前", "引", "序", "言", " ", "\t", "\u3000", "目", "。"]), min_size=1, max_size=12).map("".join))
def test_the_preface_title_check_misses_no_line_its_length_gate_leaves_out(s):
    """review3: _line_ends_here asks _is_preface_title only of lines of _PREFACE_MAX characters or fewer; the pattern
    takes no longer line (its blanks bounded), so the gate is the pattern's own bound, not a silent cut (ur_06: 前 言)."""
    s = s.strip()
    if s and layout._is_preface_title(s):
        assert len(s) <= layout._PREFACE_MAX


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["。", "；", " ", "\t", "\u3000", "三、", "（三）", "行业", "应用标准", "，", "等"]),
                min_size=1, max_size=10).map("".join))
def test_the_glued_title_check_is_asked_of_every_line_holding_a_blank_the_pattern_reads(s):
    """review3: the glued-title check (…等标准。 （三）行业应用标准, ur) runs only on lines holding a blank; every blank
    the pattern takes between the stop and the marker (space, tab, U+3000) is one the gate looks for."""
    if layout._GLUED_TITLE_AT_END.search(s) is not None:
        assert " " in s or "\u3000" in s or "\t" in s


def test_a_private_use_glyph_at_every_paragraph_end_is_a_line_break():
    # uy_09: a one-line field whose paragraphs a symbol font parted by \ue004, list stops and a decimal point by \ue010
    text = ("特制定本工作方案。\ue004一、绩效评价范围\ue004绩效评价范围为全省资金。\ue004二、绩效评价内容\ue004主要用于以下方面："
            "\ue0041\ue010职业介绍补贴；\ue0042\ue010职业培训补贴；\ue0043\ue010创业补贴。\ue004三、总体目标\ue004"
            "1\ue010城镇登记失业率4\ue0105％以下；2\ue010《河北省财政支出绩效评价管理办法》。")
    from policyparse.repair.layout import normalise_width

    out = normalise_width(text, StepLog("width"))
    assert "\ue004" not in out and "\ue010" not in out
    assert "\n一、绩效评价范围\n绩效评价范围为全省资金。\n二、绩效评价内容\n" in out
    assert "\n1.职业介绍补贴；\n2.职业培训补贴；\n" in out
    assert "城镇登记失业率4.5%以下；2.《" in out


def test_a_private_use_glyph_seen_a_few_times_or_inside_text_stays():
    # few places, or places that are neither a sentence's end nor before a marker, say nothing of the layout
    from policyparse.repair.layout import normalise_width

    log = StepLog("width")
    few = "一、范围\ue004绩效评价。\ue004二、内容\ue004"
    assert normalise_width(few, log) == few
    inside = "见图\ue004甲" * 10
    assert normalise_width(inside, log) == inside


def _indented_pdf_pages(numbers: list[str]) -> str:
    # vk_02's shape: 26-character lines, each paragraph's first line 24 (its two-character indent dropped by the text
    # layer), so the lines are of two lengths; a bare page number between two halves of a sentence on each page
    para = [
        "（一）企业应满足汽车安全生命周期相关阶段的功能安",  # 24: the first line
        "全活动流程要求，符合汽车安全完整性等级对应流程的规定",  # 26: the width
        "和要求，避免不合理的风险和安全事故。",  # 18: the last line
    ]
    lines: list[str] = []
    for n in numbers:
        lines += para * 4
        lines += ["（二）企业应满足功能安全管理要求，符合整体功能安", "全管理、产品开发安全管理、安全发布管理等规定，并形成", n,
                  "文件化的管理制度和记录。"]
    return "\n".join(lines)


def test_hard_wraps_drop_page_numbers_where_first_lines_are_two_characters_short():
    # vk_02: …车辆控制信 / 3 / 息等…: with the indented first lines counted, the text is wrapped at one width, and the
    # bare 2, 3, 4 are its page numbers, not figures glued into the sentence they split
    out, _ = run(join_hard_wraps, _indented_pdf_pages(["2", "3", "4"]))
    assert "形成文件化" in out.replace("\n", "")
    assert not any(ch.isdigit() for ch in out)


def test_hard_wraps_join_an_article_first_line_that_lost_its_indent():
    # vk_02: 第五条 智能网联汽车产品应明确驾驶自动化功能及其 / 设计运行条件。…: the article's first line is its indent short
    # of the wrap width (and the blank after 第五条 is narrow): a wrapped line, joined to the rest of the article
    body = [
        "根据《中国人民共和国道路交通安全法》《中华人民共和国网",
        "络安全法》《道路机动车辆生产企业及产品准入管理办法》等规",
        "定，针对申请准入的具备有条件自动驾驶、高度自动驾驶功能的",
        "智能网联汽车生产企业及其产品，制定本指南。",
    ]
    text = "\n".join(["第一条 为加强道路机动车辆生产企业及产品准入管理，"] + body * 3 + [
        "第五条 智能网联汽车产品应明确驾驶自动化功能及其",
        "设计运行条件。设计运行条件应包括设计运行范围、车辆状",
        "态、驾乘人员状态及其他必要条件；设计运行范围应包括但",
        "不限于道路、交通、电磁环境、天气、光照等。",
    ])
    out, _ = run(join_hard_wraps, text)
    assert "功能及其设计运行条件。" in out


# tt_124: a page printing its table one cell a line, a blank line between cells, an empty 备注 one blank line more
_EMPTY_CELL_TABLE = (
    "2023年商务部门联合双随机抽查计划\n\n\n"
    "序号\n\n任务名称\n\n抽查\n\n完成时限\n\n牵头部门\n\n参与部门\n\n备注\n\n"
    "1\n\n单用途商业预付卡\n\n202211\n\n商务局\n\n市场监管局\n\n市税务局\n\n\n"
    "2\n\n汽车流通市场\n\n202211\n\n商务局\n\n市场监管局\n\n\n\n"
    "【打印本页】\n\n\n"
)


def test_whitespace_keeps_the_second_blank_line_of_an_empty_cell_in_a_one_cell_a_line_table():
    """tt_124: … / 市场监管局 / 市税务局 / (blank) / (blank) / 2 — inside a table printed one cell a line (a 序号 line, then
    names one a line with a task and a responsibility column, then rows of cells one blank line apart) the second
    blank line marks an empty cell and is kept, after the table's last cell too; every other run of blank lines (above
    the table, at the page's end past the table) is one blank line as before."""
    out, _ = run(normalise_whitespace, _EMPTY_CELL_TABLE)
    assert out == (
        "2023年商务部门联合双随机抽查计划\n\n"
        "序号\n\n任务名称\n\n抽查\n\n完成时限\n\n牵头部门\n\n参与部门\n\n备注\n\n"
        "1\n\n单用途商业预付卡\n\n202211\n\n商务局\n\n市场监管局\n\n市税务局\n\n\n"
        "2\n\n汽车流通市场\n\n202211\n\n商务局\n\n市场监管局\n\n\n"
        "【打印本页】\n"
    )
    assert run(normalise_whitespace, out)[0] == out  # idempotent
    # the table closing the page: its last empty cell kept as the text's end
    end = _EMPTY_CELL_TABLE.replace("【打印本页】\n\n\n", "")
    assert run(normalise_whitespace, end)[0].endswith("商务局\n\n市场监管局\n\n\n")


def test_whitespace_keeps_no_second_blank_line_outside_such_a_table():
    """No header (序号 and names with a task and a unit column), or cells parted by two blank lines as a rule: every run
    of blank lines is one blank line."""
    no_header = _EMPTY_CELL_TABLE.replace("牵头部门", "检查对象").replace("参与部门", "检查方式")
    assert "\n\n\n" not in run(normalise_whitespace, no_header)[0]
    head, rows = _EMPTY_CELL_TABLE.split("备注\n\n")
    all_double = head + "备注\n\n" + rows.replace("\n\n\n", "\n\n").replace("\n\n", "\n\n\n")
    assert "\n\n\n" not in run(normalise_whitespace, all_double)[0]
    prose = "一、总体要求\n\n\n序号\n\n\n加强组织领导。\n"
    assert run(normalise_whitespace, prose)[0] == "一、总体要求\n\n序号\n\n加强组织领导。\n"


def test_the_empty_cell_gate_asks_the_text_for_the_shortest_seq_names_first():
    """tt32's empty-cell check runs only where a 序号 column's name is a line of its own; the text is asked first for the
    names no shorter listed name stands inside (序, 编号), which must say yes wherever a listed name is a line."""
    from policyparse.grammar import seq_column_names
    from policyparse.repair import cells

    cores = cells._seq_name_cores()
    assert set(cores) <= set(seq_column_names()) and cores
    for name in seq_column_names():
        assert any(c in name for c in cores), name
        lines = ["一、总体要求", "", name, "", "任务名称"]
        assert cells.may_hold_empty_cells(lines, "\n".join(lines))
    lines = ["一、总体要求", "", "按序推进", "", "责任单位"]
    assert not cells.may_hold_empty_cells(lines, "\n".join(lines))


def _bare_page_numbers_plain(raw_lines: list[str]) -> list[tuple[int, int]]:
    """The bare numbers _bare_page_numbers finds, by the pattern alone on every short line (no first-character gate)."""
    return [(i, int(raw.strip(layout._BLANKISH).replace(" ", ""))) for i, raw in enumerate(raw_lines)
            if len(raw) <= 8 and layout._BARE_NUMBER.fullmatch(raw.strip(layout._BLANKISH))]


@given(st.lists(st.text(alphabet=" \t\u3000\xa0\x0c12 9٣４\U0001e950a第页", max_size=9), max_size=60))
@example(["", "12", " 1 2 ", "\u3000３", "a1", "\x0c", "12" * 4] + ["x" * 30] * 12)
@example(["x" * 30] * 12 + ["2"] + ["x" * 30] * 12 + ["3"] + ["x" * 30] * 12 + ["4"] + ["x" * 30] * 12)
@settings(max_examples=400)
def test_bare_page_numbers_gate_keeps_the_plain_answer(raw_lines):
    # the first-character gate (blank, or no digit first) spares the pattern call; the numbers found are the same
    found = _bare_page_numbers_plain(raw_lines)
    want: set[int] = set()
    if len(found) >= layout._PAGE_RUN and layout._wrapped_at_one_width(raw_lines):
        runs = [[found[0]]]
        for prev, cur in zip(found, found[1:]):
            if cur[1] == prev[1] + 1 and (cur[0] - prev[0] >= layout._PAGE_GAP or cur[0] - prev[0] == 1):
                runs[-1].append(cur)
            else:
                runs.append([cur])
        want = {i for run in runs if len(run) >= layout._PAGE_RUN for i, _n in run}
    assert layout._bare_page_numbers(raw_lines) == want


@given(st.text(alphabet="一二十（）()、.．1234٣\U0001e950①⑳第章条附件：项目a 　", min_size=1, max_size=12))
@example("（十二）项规定")
@example("附：")
@example("3.5亿元")
def test_line_marker_on_demand_is_the_plain_match(s):
    # _Line.marker is matched when first asked, not at construction: the same answer as the pattern on the line
    line = layout._Line(0, "x" + s)
    line2 = layout._Line(0, s) if s.strip() else None
    assert line.marker == (layout._MARKER.match(line.s) is not None)
    if line2 is not None:
        assert line2.marker == (layout._MARKER.match(line2.s) is not None)
        assert line2.marker == line2.marker  # kept: the second ask reads the first answer


@given(st.text(alphabet="公平公实效开展12٣４\U0001e950\U00010d40a\n 。“”", max_size=30))
@example("实行“示范先行、公平公1\n开、确保实效”的原则。")
@example("公平公\U00010d40\n开")
@settings(max_examples=2000)
def test_glued_page_number_gate_passes_every_match(text):
    # the digit-before-a-break gate (standard module) says no only where the page-number pattern finds nothing
    if layout._DIGIT_BEFORE_BREAK.search(text) is None:
        assert layout._GLUED_PAGE_NUMBER.search(text) is None, text


def test_glued_page_number_still_joined_behind_the_gate():
    text = "实行“示范先行、突出重点、公平公1\n开、确保实效”的原则。"
    assert layout._join_page_number_splits(text, StepLog("hard_wraps")) == "实行“示范先行、突出重点、公平公开、确保实效”的原则。"


@given(st.lists(st.sampled_from(["", "", "一、总体要求", "（一）指导思想。", "\t", "附件"]), max_size=14))
@example(["一、总体要求", "", "", "", "（一）指导思想。"])
@example(["一、总体要求", "", "（一）指导思想。"])
@settings(max_examples=1000)
def test_blank_runs_gate_keeps_the_plain_collapse(lines):
    # the three-line-ends gate spares the pattern only where it finds no run: the same text as collapsing every run
    joined = "\n".join(lines)
    plain = layout._BLANK_RUNS.sub("\n\n", joined).strip("\n")
    plain = plain + "\n" if plain else ""
    if not cells.may_hold_empty_cells(lines, joined) or not cells.empty_cell_gaps(lines):
        assert layout._blank_runs_collapsed(lines) == plain


def _walked_every_bracket(text: str, spans) -> list:
    # the form before the simple pairs were taken apart: every bracket on the lines holding a half-width one walked
    from policyparse.repair import layout

    return layout._walked_bracket_edits(text, spans, layout._bracket_positions(text))


@pytest.mark.parametrize("text", [
    "各县(市)区人民政府:\n（一）加强领导(市政府办牵头)\n开展(H5)活动（试点）(中(a)文)",
    "（二）完善机制(市财政局负责(2023年))\n见(附件1)和(附件2", "x(中\n)x(甲)", "电话(0531)87883287(值班)",
    "关于(试行（草案）)的通知", "(一)(二)((三))",
])
def test_simple_bracket_pairs_turn_as_the_walk_turns_them(text):
    # a notice whose crawler left half-width pairs around Han: the simple pairs, found by one pattern, and the
    # walk of the rest give the walk's edits over every bracket, in the same order
    from policyparse.repair.layout import _bracket_edits

    assert _bracket_edits(text, ([], [])) == _walked_every_bracket(text, ([], []))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="()（）\n中甲a1 .@", max_size=40))
def test_simple_bracket_pairs_and_the_walk_agree_on_any_text(text):
    from policyparse.repair.layout import _bracket_edits, _protected_spans

    spans = _protected_spans(text)
    assert _bracket_edits(text, spans) == _walked_every_bracket(text, spans)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="()（）\n中甲a1 .@", max_size=40))
def test_brackets_turned_by_replaces_as_by_the_edits(text):
    # every half-width bracket edited: the two replaces give the text the edits applied one by one give
    from policyparse.repair.layout import _apply, _bracket_edits, _protected_spans, _turn_brackets

    edits = _bracket_edits(text, _protected_spans(text))
    assert _turn_brackets(text, edits) == _apply(text, [(a, b, c) for a, b, c, _, _ in edits])


def test_brackets_turned_where_all_or_some_half_width_ones_convert():
    # 各县(市)区 / 电话(0531)87883287: the first turns both brackets (replaces), the second keeps the phone's
    from policyparse.repair.layout import _bracket_edits, _turn_brackets

    for text, turned in [("各县(市)区(中)", "各县（市）区（中）"),
                         ("电话(0531)87883287(值班)", "电话(0531)87883287（值班）")]:
        assert _turn_brackets(text, _bracket_edits(text, ([], []))) == turned


def test_a_sharing_site_s_page_count_glued_into_the_text_is_dropped():
    # tj_06's shape: 第1页共4页 before the title and inside a word split across two pages
    text = ("第1页共4页某县秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作，制订本方案。\n"
            "三、组织领导为切实加强领导，县政府成立县农作第2页共4页物秸秆禁烧工作领导小组。")
    out = join_hard_wraps(text, StepLog("hard_wraps"))
    assert out.startswith("某县秸秆禁烧工作实施方案")
    assert "县农作物秸秆禁烧工作领导小组" in out and "页" not in out
    # sr_06's shape: the count with blanks before the title on the line
    assert join_hard_wraps("第 1 页 共 14 页 国务院 关于印发《某某行动计划》的通知", StepLog("hard_wraps")).startswith("国务院")


def test_a_copy_opens_where_the_text_opened_not_at_names_seen_inside_its_sentences():
    # wl_09 (a CSV field holding the body twice): the last attachment names (走访代表委员专用卡, …复查表) are seen above inside
    # sentences (《走访代表委员专用卡》于…报送), so a tail from them on reads as repeated text too; the copy opens where the
    # text itself opened (the addressee line), and the names before it stay
    body = ("各市人民政府，雄安新区管委会，省政府各部门：\n现将《某办理要求》印发给你们，请认真贯彻执行。\n"
            + "".join(f"{n}、做好第{n}项工作各承办单位要按时走访代表委员（见附件3）。《走访代表委员专用卡》于10月底前报送，"
                      f"复查情况（见附件4）《某办理情况复查表》于11月底前报送。\n" for n in "一二三四五六七八")
            + "附件：1.某责任分解表\n2.某登记表\n")
    text = body + "3.走访代表委员专用卡\n4.某办理情况复查表\n" + body.replace("\n", "", 1)
    out, log = run(drop_duplicate_copy, text)
    assert out.rstrip("\n").endswith("4.某办理情况复查表")
    assert len(log.warnings) == 1
