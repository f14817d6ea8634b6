"""The repair stage as a whole: idempotent, explains itself, leaves clean text alone."""

from __future__ import annotations

import pytest

from policyparse.repair import repair

from conftest import DOCUMENTS


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_repair_is_idempotent(path, repaired):
    once = repaired[path.stem]
    twice = repair(once.text)
    assert twice.text == once.text
    assert twice.report.steps == [], [s.name for s in twice.report.steps]


def test_every_example_span_points_at_its_after_text(repaired):
    for name, result in repaired.items():
        for step in result.report.steps:
            assert step.changes > 0, (name, step.name)
            assert step.examples, (name, step.name)
            for ex in step.examples:
                if ex.span is not None:
                    assert result.text[ex.span[0]:ex.span[1]] == ex.after, (name, step.name, ex)


def test_sample_000_report_names_what_it_did(repaired):
    report = repaired["000_86d2b4903a47c6ba"].report
    steps = {s.name: s for s in report.steps}
    assert {"ruby_pinyin", "t2s", "gbk_realign", "web_noise"} <= set(steps)
    assert steps["ruby_pinyin"].changes > 900  # 關(guān) and its kind appear about a thousand times
    assert any(ex.before.endswith("(guān)") for ex in steps["ruby_pinyin"].examples)
    # what could not be recovered stays visible, with its span, and is warned about
    text = repaired["000_86d2b4903a47c6ba"].text
    for damaged in report.damaged:
        assert set(text[damaged.span[0]:damaged.span[1]]) == {"\ufffd"}
    assert len(report.warnings) >= len(report.damaged)


def test_clean_simplified_utf8_passes_through_unchanged():
    clean = "关于做好2024年科普工作的通知\n\n各县（市、区）人民政府：\n\n一、总体要求\n（一）工作目标。到2025年，全市公民具备科学素质的比例达到18.5%。\n"
    result = repair(clean.encode("utf-8"))
    assert result.text == clean
    assert result.report.steps == []
    assert result.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "big5"])
def test_every_encoding_gives_the_same_text(encoding):
    clean = "各县（市、区）人民政府：\n现将《平阴县全民科学素质行动规划纲要实施方案》印发给你们，请认真组织实施。\n"
    source = clean
    if encoding == "big5":
        import opencc

        source = opencc.OpenCC("s2t").convert(clean)
    assert repair(source.encode(encoding)).text == clean
