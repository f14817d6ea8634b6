"""Structure: batch wk's rules (issue 10, work-arrangement notices stored on one line), on snippets shaped as the
real documents' bodies (tests/real/docs/wk_*)."""

from __future__ import annotations

from policyparse.repair import StepLog
from policyparse.repair.paragraphs import restore_paragraphs
from policyparse.segment.headings import heading_title

FILLER = "各地要高度重视，细化落实举措，明确职责分工，确保活动顺利开展，取得实效。" * 4


def restore(text: str) -> list[str]:
    return [line for line in restore_paragraphs(text, StepLog("paragraphs")).split("\n") if line]


def test_a_part_glued_to_the_text_before_it_without_a_stop_opens_where_a_part_title_follows():
    # wk_11's shape: 一、活动主题　就业帮扶真情相助二、活动时间2022年1月三、服务对象（一）… on one line: the blank after the
    # first title parts its text, which the next part is glued to
    body = (f"为做好就业援助工作，现就有关事项通知如下：一、活动主题\u3000就业帮扶真情相助二、活动时间2022年1月三、服务对象"
            f"（一）就业困难人员；（二）残疾登记失业人员。四、活动内容（一）主动服务，开展走访慰问。{FILLER}")
    heads = [line[:4] for line in restore(body) if line[1:2] == "、"]
    assert heads == ["一、活动", "二、活动", "三、服务", "四、活动"]
    # a 二、 inside a sentence, no part title after it, stays text
    inline = f"为做好就业援助工作，现就有关事项通知如下：一、活动主题要突出第一、二、三产业融合。{FILLER}二、活动内容{FILLER}"
    assert not any(line.startswith("二、三产业") for line in restore(inline))


def test_the_part_title_scheduling_the_work_ends_before_its_glued_text():
    # wk_05 / wk_02's shape: 三、工作安排本次专项整治从2024年3月开始，… / 三、工作安排2月至12月，从业务培训…开展
    assert heading_title("工作安排本次专项整治从2024年3月开始，到年底结束，具体安排如下：")[0] == "工作安排"
    assert heading_title("工作安排2月至12月，从业务培训、质量管控等方面开展。")[0] == "工作安排"
    # a month the title itself names stays the title's (no text glued after it)
    assert heading_title("进度安排")[0] == "进度安排"


def test_an_opening_sentence_naming_each_measure_holds_no_addressee():
    # wk_03's shape (one line, no 主送): 为全面贯彻落实…工作的各项政策措施，…，现将有关事项通知如下：一、总体要求…
    body = (f"为全面贯彻落实国务院关于促进就业工作的各项政策措施，推进全方位公共就业服务，统筹开展2019年全国公共就业服务专项活动，"
            f"现将有关事项通知如下：一、总体要求{FILLER}二、活动安排{FILLER}")
    assert restore(body)[0].startswith("为全面贯彻落实国务院关于促进就业工作的各项政策措施")
    # addressees opening on 各 are still cut from the text after their colon
    addressed = f"各市人力资源和社会保障局：为做好就业服务工作，现就有关事项通知如下：一、总体要求{FILLER}二、活动安排{FILLER}"
    assert restore(addressed)[0] == "各市人力资源和社会保障局："
