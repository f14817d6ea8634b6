"""Targets: a flat grant per measured unit (session 30, left23, issue 10). Each test a short snippet in the form a
development document writes (its id in a comment); expectations read from docs/gold-format.md's five target forms."""

from __future__ import annotations

from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text))]


def test_a_grant_per_event_tonne_or_head_is_a_flat_standard():
    # up_11: 利用国家资金支持奶牛家庭牧场升级改造，每场补助30万元。
    assert targets("利用国家资金支持奶牛家庭牧场升级改造，每场补助30万元。") == [(30.0, "万元", "eq")]
    # up_11: 对全株玉米、苜蓿等收贮每吨补助60元
    assert targets("落实国家“粮改饲”政策，对全株玉米、苜蓿等收贮每吨补助60元。") == [(60.0, "元", "eq")]
    # up_11: 奶牛场参加生产性能测定，每头奶牛补助70元。
    assert targets("奶牛场参加生产性能测定，每头奶牛补助70元。") == [(70.0, "元", "eq")]


def test_a_rate_a_grant_is_reckoned_at_or_a_capped_grant_per_unit_stays_no_target():
    # 按每吨…: the rate another's grant is reckoned at
    assert targets("对收贮企业按每吨补助60元的比例给予奖励。") == []
    # a cap on the sum per unit
    assert targets("对新建牧场每场补助最高30万元。") == []
