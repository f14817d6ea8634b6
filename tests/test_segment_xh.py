"""Structure: batch xh's rules (issue 10 §2, long and awkwardly stored documents), on snippets shaped as the real
documents' bodies (tests/real/docs/xh_01 a report's 【第X篇】 parts, xh_02 a PDF guide's decimal outline and 1） lists)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.grammar import match_marker
from policyparse.pipeline import parse_bytes


def _flat(sections):
    for s in sections:
        yield s
        yield from _flat(s.children)


def _nodes(text: str) -> dict:
    return {n.id: n for n in _flat(parse_bytes(text.encode("utf-8")).sections)}


def test_a_digit_closed_by_a_lone_bracket_is_an_entry_marker():
    m = match_marker("1）优化基础设施布局。按照规划要求推进。")
    assert (m.style, m.level, m.number, m.text) == ("paren_num", 4, 1, "1）")
    assert match_marker("12)支持自定义数据交换格式").text == "12）"
    # a figure closed by a bracket opened on the line before (…（共 / 3）家) opens no entry: no Han title follows
    assert match_marker("3）") is None
    assert match_marker("3）。") is None


def test_a_part_in_black_brackets_is_a_marker_above_the_chapters():
    m = match_marker("【第一篇】数字中国建设基础加快夯实")
    assert (m.style, m.level, m.number, m.text) == ("book", 1, 1, "【第一篇】")
    assert match_marker("第二篇　构筑国家先发优势").text == "第二篇"
    # a sharing site's page list (第一篇:…) and prose (第一篇文章…) are no parts
    assert match_marker("第一篇:湖南省人民政府办公厅文件") is None
    assert match_marker("第一篇文章写得很好，大家都来看。") is None


def test_parts_hold_the_numbered_headings_below_them():
    # xh_01's shape: 【第一篇】 glued after the opening paragraph's last sentence, 一、 parts below it numbered on
    text = ("各地区、各部门积极探索实践，数字中国建设进入整体布局、全面推进的新阶段。【第一篇】数字中国建设基础加快夯实\n"
            "一、数字基础设施规模能级大幅提升\n数字基础设施是数字中国的底座。\n"
            "二、数据资源体系加快建设\n数据资源是数字中国建设的核心要素。\n"
            "【第二篇】数字中国建设全面赋能经济社会发展\n"
            "三、数字经济成为稳增长促转型的重要引擎\n发展数字经济是构建现代化经济体系的重要支撑。\n")
    nodes = _nodes(text)
    assert (nodes["1"].marker, nodes["1"].title) == ("【第一篇】", "数字中国建设基础加快夯实")
    assert (nodes["1.2"].marker, nodes["2"].marker, nodes["2.1"].marker) == ("二、", "【第二篇】", "三、")


def test_a_bare_decimal_number_takes_its_title_from_the_next_line():
    # xh_02 whole (its paragraph-end blanks are read from the whole text): PDF text wrapped at about 32 characters
    # whose paragraphs end in a blank, a part's number alone on its line over its title (1.1␠␠ / 适用范围␠)
    path = Path(__file__).parent / "real" / "docs" / "xh_02_zhujianbu_2014_zhihui_shequ_jianshe_zhinan.txt"
    nodes = {n.id: n for n in _flat(parse_bytes(path.read_bytes()).sections)}
    assert (nodes["1.1"].marker, nodes["1.1"].title) == ("1.1", "适用范围")
    assert (nodes["3.1"].marker, nodes["3.1"].title) == ("3.1", "总体框架")
    assert (nodes["1.2.1.2"].marker, nodes["1.2.1.2"].title) == ("2）", "创新社区治理模式")


def test_a_hyphen_between_brackets_is_read_for_one():
    # xh_05's shape (a text layer read from print): (-)标准体系框架 between (三) and 1., (-)加强统筹协调,… over (二)
    m = match_marker("(-)标准体系框架")
    assert (m.style, m.level, m.number, m.text) == ("paren_cn", 2, 1, "（-）")
    assert match_marker("(-)加强统筹协调,在推进组等相关机制下，加强协同配合。").number == 1
    # a bracketed minus sign with no title after it, or before a figure, opens nothing
    assert match_marker("(-)") is None
    assert match_marker("(-1)") is None


def test_a_decimal_part_glued_to_the_line_before_opens_its_own_line():
    # xh_02's shape: PDF text that lost the break before 3.2.3.3 (…的开发与访问。3.2.3.3  数据交换); a figure after a stop
    # that does not go on from the outline (…达到。3.5 亿元) stays in its line
    text = ("3.2.3  能力要求\n3.2.3.1  数据汇聚与整合\n平台通过交换系统从城市公共信息平台汇聚数据。\n"
            "3.2.3.2  数据管理与服务\n平台实现对公共基础数据库的服务封装，实现智慧应用对资源的开发与访问。3.2.3.3  数据交换\n"
            "数据交换服务系统的作用在于实现信息资源统一交换。\n3.2.3.4  服务与接口\n平台提供开发接口服务。\n")
    nodes = _nodes(text)
    titles = [n.title for n in nodes.values() if n.marker and n.marker.startswith("3.2.3.")]
    assert titles == ["数据汇聚与整合", "数据管理与服务", "数据交换", "服务与接口"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="1.2．3 \u3000\n一a5", max_size=16))
def test_decimal_line_gate_answers_as_a_multiline_scan(text):
    # the gate searches from each break's literal; it must answer as the (?m)^ scan it replaced
    from policyparse.repair.paragraphs import _DECIMAL_PART_LINE, _has_decimal_part_line

    assert _has_decimal_part_line(text) == (_DECIMAL_PART_LINE.search(text) is not None)
