"""The quotes repair step: straight marks paired with curly ones, or around Chinese, become curly.

Snippets are written after the pages of rd_10 / rd_11 (坚持“政府引导、市场运作"。, 政务服务"一网通办"),
expectations from reading them: a Chinese quotation is “…”.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyparse.repair import StepLog, repair
from policyparse.repair.quotes import fix_mixed_quotes


def run(text: str) -> tuple[str, StepLog]:
    log = StepLog("quotes")
    return fix_mixed_quotes(text, log), log


def test_straight_mark_closing_a_curly_opening_becomes_curly():
    assert run('（一）坚持“政府引导、市场运作"。强化政府统筹')[0] == "（一）坚持“政府引导、市场运作”。强化政府统筹"


def test_a_curly_opening_pairs_even_around_digits():
    assert run('3．全面提升“12345"政务热线服务')[0] == "3．全面提升“12345”政务热线服务"


def test_straight_mark_opening_a_pair_closed_by_a_curly_one_becomes_curly():
    assert run('深化"最多跑一次”改革')[0] == "深化“最多跑一次”改革"


def test_straight_pair_around_chinese_becomes_curly():
    text, log = run('一、政务服务"一网通办"（25分）')
    assert text == "一、政务服务“一网通办”（25分）"
    assert log.changes == 2


def test_straight_pair_around_ascii_only_stays():
    assert run('点击"OK"按钮')[0] == '点击"OK"按钮'


def test_code_keeps_its_quotes():
    for code in ['<a title="通知公告">', '{"name":"张三","dept":"教育局"}', 'var t="关于印发";']:
        assert run(code)[0] == code


def test_pairs_do_not_cross_lines():
    text = '要求“一网通办\n"数据"'
    assert run(text)[0] == "要求“一网通办\n“数据”"


def test_text_without_straight_quotes_is_returned_as_is():
    text = "坚持“政府引导”"
    assert run(text)[0] is text


def test_repair_runs_the_step():
    assert repair('（六）深化“最多跑一次"（2分）\n').text.startswith("（六）深化“最多跑一次”（2分）")


PIECES = st.lists(st.sampled_from(['"', "“", "”", "一网通办", "OK", "=", ":", "{", "\n", "，", "a1", " "]), max_size=30).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(PIECES)
def test_idempotent(text):
    once = run(text)[0]
    assert run(once)[0] == once


@SETTINGS
@given(PIECES)
def test_only_straight_marks_change_and_only_into_curly_ones(text):
    fixed = run(text)[0]
    assert len(fixed) == len(text)
    for a, b in zip(text, fixed):
        assert a == b or (a == '"' and b in "“”")
