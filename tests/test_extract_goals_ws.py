"""Targets: the rules written for batch ws (synthetic snippets in the styles of the ministry's answers to deputies'
suggestions: reviews of what was done, with the figures counted so far)."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str, issue_year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.year) for t in find_targets(text, 0, len(text), issue_year=issue_year)]


def test_a_tally_dated_to_the_day_reports_its_figures():
    # ws_01: 截至2020年9月31日，全国共完成非道路移动机械编码登记152万台: the day a tally is taken at dates it as a month does
    text = "力争做到机械类型、数量全覆盖。截至2020年9月30日，全国共完成非道路移动机械编码登记152万台。"
    assert targets(text, issue_year=2020) == []
    assert targets("截至10月15日，全市共完成改造1200户。", issue_year=2020) == []
    # a goal word still turns the sentence forward
    assert targets("截至2020年12月31日，力争完成编码登记200万台。", issue_year=2020) != []


def test_a_file_size_or_a_resolution_asked_of_works_sent_in_is_a_specification():
    # ws_09: 大小：50KB以下 / 文件大小不超过30MB / 电子稿分辨率不低于300dpi: what a call for works asks of each entry
    text = ("选取一帧代表性画面并截图处理成作品的索引图像（格式：GIF及JPG格式各1幅，大小：50KB以下）。"
            "电脑绘制海报电子稿分辨率不低于300dpi（像素/英寸），文件大小不超过30MB。")
    assert targets(text, issue_year=2020) == []
    # a pressure stays a specification (wg_03), and storage a plan builds stays a goal
    assert targets("增设简易喷淋系统，末端压力不小于0.03MPa。", issue_year=2023) == []
    assert targets("到2025年，全市数据中心存储总量达到10EB。", issue_year=2023) != []


def test_a_year_s_figure_in_a_sentence_told_done_is_on_record():
    # ws_11: 2018年第一季度，全国工业产能利用率达到76.5%，对加快治理大气污染问题发挥了重要作用: the sentence tells what the
    # quarter saw and what it did (发挥了), no goal word in it
    text = ("通过淘汰落后产能，优化供给结构，提高生产力水平。"
            "2018年第一季度，全国工业产能利用率达到76.5%，对加快治理大气污染问题发挥了重要作用。")
    assert targets(text, issue_year=2018) == []
    # a year's goal sentence has no perfective 了 and stays read
    assert targets("加快推进产业升级。2025年，全市工业产能利用率达到80%以上。", issue_year=2023) != []


def test_a_free_pick_among_the_ways_listed_is_a_permission():
    # ws_09: 分为电脑绘制和手绘两种方式。参赛者可任意选取其中1种方式参与征集: what an entrant may choose, no count to reach
    assert targets("海报作品分为电脑绘制和手绘两种方式。参赛者可任意选取其中1种方式参与征集。", issue_year=2020) == []


def test_a_month_heading_the_issue_of_a_named_document_is_on_record():
    from policyparse.extract.deadlines import find_deadlines

    def deadlines(text: str, year: int) -> list[tuple]:
        return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]

    # ws_01: 2020年9月，交通运输部、生态环境部等五部门印发《关于…的通知》，对…年度任务目标进行明确: the month a record names
    text = "2020年9月，交通运输部、生态环境部等五部门印发《关于进一步做好营运柴油货车淘汰工作的通知》，对年度任务目标进行明确。"
    assert deadlines(text, 2020) == []
    # a step a plan times (2024年6月，开展…) stays a period, and an issue still to come (将印发) is no record
    assert deadlines("2024年6月，开展全市专项检查。", 2024) == [(2024, 6, "period")]
    assert deadlines("2024年6月，市政府将印发《实施细则》。", 2024) == [(2024, 6, "period")]
