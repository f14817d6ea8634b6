"""Structure: batch wt's rules (issue 10, 人社 / 教育 notices stored in a CSV column, one line or a few), on snippets
shaped as the real documents' bodies (tests/real/docs/wt_*)."""

from __future__ import annotations

from policyparse.segment.headings import heading_title


def test_a_theme_title_ends_before_its_quoted_slogan():
    # wt_02's shape: 二、活动主题“创”出新天地、“贷”动大就业 (the slogan glued on, no comma to close a sentence)
    assert heading_title("活动主题“创”出新天地、“贷”动大就业")[0] == "活动主题"
    # a theme title alone stays whole
    assert heading_title("活动主题")[0] == "活动主题"


def test_a_pilots_time_title_ends_before_its_glued_months():
    # wt_03's shape: 二、试点时间2019年6月至11月。
    assert heading_title("试点时间2019年6月至11月")[0] == "试点时间"


def test_a_theme_title_with_its_slogan_glued_on_is_a_title_paragraph():
    # wt_02's shape (a body stored on one line, cut at its markers): 二、活动主题“创”出新天地、“贷”动大就业 between two parts
    from policyparse.segment import segment

    text = ("一、活动目标通过常态化开展助力行动，为重点群体提供高质量的指导帮扶。\n"
            "二、活动主题“创”出新天地、“贷”动大就业\n"
            "三、活动对象\n（一）重点群体。有创业意愿的高校毕业生。\n（二）小微企业。有服务需求的小微企业。\n")
    nodes = {n.id: n for n in _flat(segment(text, {}).sections)}
    assert (nodes["2"].kind, nodes["2"].title) == ("heading", "活动主题")


def _flat(sections):
    for s in sections:
        yield s
        yield from _flat(s.children)
