"""The typed repair log: one catalogue of step names, counts kept by the log, spans taken at the edit,
a step switched off by name, and a report that replays."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from policyparse.repair import STEP_NAMES, TEXT_STEPS, StepLog, StepName, repair
from policyparse.repair.log import MAX_EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))[:6]


def test_one_catalogue_of_step_names_in_the_order_they_run():
    assert STEP_NAMES == get_args(StepName)
    text_steps = [name for name, _ in TEXT_STEPS]
    assert text_steps == [n for n in STEP_NAMES if n in text_steps]  # the catalogue's order is the run order
    assert STEP_NAMES[:5] == ("decode", "document_mojibake", "json_escapes", "markdown", "html")


def test_count_adds_edits_without_examples():
    log = StepLog("width")
    log.record("１", "1", at=0)
    log.count(3)
    log.count()
    assert log.changes == 5 and log.examples == [("１", "1")]
    for k in range(10):
        log.record(str(k), f"x{k}")
    assert len(log.examples) == MAX_EXAMPLES and log.changes == 15


def test_a_span_names_the_occurrence_that_was_edited_not_the_first():
    # the full-width digits are on the second line; the first line already holds the same text in ASCII
    text = "第12条规定，本办法自发布之日起施行。\n第１２条规定，本办法自发布之日起施行。\n"
    repaired = repair(text)
    step = next(s for s in repaired.report.steps if s.name == "width")
    ex = step.examples[0]
    assert ex.span is not None
    start, end = ex.span
    assert repaired.text[start:end] == ex.after
    assert start > repaired.text.index("\n")  # on the second line, where the edit was


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_span_holds_its_after_text(path):
    repaired = repair(path.read_bytes(), filename=str(path))
    for step in repaired.report.steps:
        assert step.name in STEP_NAMES
        for ex in step.examples:
            if ex.span is not None:
                start, end = ex.span
                assert repaired.text[start:end] == ex.after, (step.name, ex)


def test_a_step_can_be_switched_off():
    text = "關於進一步加強管理工作的通知\n各區人民政府：\n為了規範管理，現將有關事項通知如下。\n"
    whole = repair(text)
    assert "关于" in whole.text and "t2s" in {s.name for s in whole.report.steps}
    without = repair(text, skip={"t2s"})
    assert "關於" in without.text
    assert "t2s" not in {s.name for s in without.report.steps}
    with pytest.raises(ValueError, match="unknown repair step"):
        repair(text, skip={"no_such_step"})
    with pytest.raises(ValueError, match="decode"):
        repair(text.encode("utf-8"), skip={"decode"})


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_a_report_replays(path):
    """Run again with the steps the report names (every other step switched off), the same text and the same
    report come back: the report names every step that changed the text, and nothing else decides it."""
    raw = path.read_bytes()
    first = repair(raw, filename=str(path))
    named = {s.name for s in first.report.steps}
    idle = set(STEP_NAMES) - named - {"decode"}
    again = repair(raw, filename=str(path), skip=idle)
    assert again.text == first.text
    assert again.report == first.report


def test_the_report_of_logs_left_unsettled_when_empty_is_the_report_of_every_log_settled():
    # repair_text settles only logs that recorded something, and _report asks warning spans only of logs that
    # warned: the report must be the one the general path (every log settled, every log asked) gives
    import policyparse.repair as rp
    from policyparse.repair.log import StepLog as Log

    text = "第１２条规定。\n" * 3 + "附件：1.清单\n"
    final, logs = rp.repair_text(text)
    general = []
    for log in logs:
        copy = Log(log.name, log.changes, list(log.examples), list(log.at))
        copy.warned = list(log.warned)
        copy.settle(final)
        general.append(copy)
    assert any(not log.examples and not log.warned for log in logs)  # the gate's case is met
    assert rp._report(final, logs) == rp._report(final, general)
    warned = Log("duplicate_copy")
    warned.warn("duplicate_copy_dropped", chars=3, line=1, offset=0, share=100, start="abc")
    report = rp._report(final, [*logs, warned])
    assert [r.step for r in report.warning_records][-1:] == ["duplicate_copy"]
