"""Development leftovers of session 38 (left39): each a short rule with the form it reads."""
from __future__ import annotations

from policyparse.repair import StepLog
from policyparse.repair.paragraphs import restore_paragraphs


def _restored(text: str) -> list[str]:
    return restore_paragraphs(text, StepLog("paragraphs")).split("\n")


def test_contact_blocks_glued_after_the_last_sentence_go_on_lines_of_their_own():
    # ws_07's form: the body on one line, two contact blocks glued after its charge and after each other's number
    text = ("关于印发《某办法》的通知\n各省生态环境厅：\n我部组织制订了《某办法》，现印发给你们，请认真贯彻落实。"
            "联系人：生态环境监测司张皓电话：（010）66103117、66556808联系人：中国环境监测总站嵇晓燕电话：（010）84943098\n"
            "附件：某办法\n生态环境部办公厅\n2018年11月5日")
    lines = _restored(text)
    assert "我部组织制订了《某办法》，现印发给你们，请认真贯彻落实。" in lines
    assert "联系人：生态环境监测司张皓电话：（010）66103117、66556808" in lines
    assert "联系人：中国环境监测总站嵇晓燕电话：（010）84943098" in lines


def test_a_contact_named_inside_a_sentence_stays():
    # 发送至联系人邮箱 (ws_09) and a unit's contact (各单位联系人：) are the sentence's own words
    for line in ("请将材料于2月26日前发送至联系人邮箱，邮件主题标注活动名称。",
                 "请各单位确定专人负责，各单位联系人：由单位指定。"):
        assert _restored("某通知\n各有关单位：\n" + line + "\n某厅\n2020年1月1日")[2] == line
