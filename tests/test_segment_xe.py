"""Structure: batch xe's rule (issue 10), on snippets shaped as the real documents' bodies (tests/real/docs/xe_07, and
wz_03's 互联网+ heads)."""

from __future__ import annotations

from policyparse.segment.headings import paragraph_heads


def test_a_run_in_head_may_name_a_plus_programme():
    # xe_07's shape: 全面实施光伏+工程。落实…; wz_03's 促进“互联网+”新业态创新。鼓励…
    assert paragraph_heads("全面实施光伏+工程。落实《关于推进本市新建建筑可再生能源应用的实施意见》要求。") == [(0, "全面实施光伏+工程")]
    assert paragraph_heads("促进“互联网+”新业态创新。鼓励平台企业开放资源。") == [(0, "促进“互联网+”新业态创新")]
    # a sentence holding a sum (A+B) past the head's length stays text
    assert paragraph_heads("按照基本补贴加绩效奖励（A+B）的方式给予支持，具体标准另行制定。其余按规定执行。") == []
