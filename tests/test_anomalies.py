"""tools/anomalies.py: the face-value checks run over unlabelled notices, on tiny synthetic inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from policyparse.pipeline import parse

_SPEC = importlib.util.spec_from_file_location("anomalies", Path(__file__).resolve().parents[1] / "tools" / "anomalies.py")
anomalies = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(anomalies)

TODAY = "2026-12-03"


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for _, kind, value in anomalies.flags("x", parse(text), TODAY):
        out.setdefault(kind, []).append(value)
    return out


def test_clean_notice_has_no_flags():
    text = ("某市人民政府关于加强某项工作的通知\n某政发〔2020〕5号\n各区人民政府：\n一、总体要求\n做好某项工作。\n"
            "二、主要任务\n推进某项工作。\n某市人民政府\n2020年5月1日\n")
    assert kinds(text) == {}


def test_flags_on_their_face():
    text = ("某市人民政府关于加强某项工作的通知\n某政发2020-5\n各区人民政府：\n"
            "一、" + "做好某项工作并且" * 9 + "\n推进。\n二、主要任务\n推进某项工作。\n某市人民政府\n2027年5月1日\n")
    got = kinds(text)
    assert got.get("date_future") == ["2027-05-01"]
    assert "heading_long" in got


def test_checks_of_values():
    assert anomalies.DOC_NUMBER.match("国发〔2019〕3号")
    assert anomalies.DOC_NUMBER.match("国务院令第432号")
    assert not anomalies.DOC_NUMBER.match("2019年3月")
    assert anomalies.BODY_END.search("县规划和自然资源局（林业局）")
    assert not anomalies.BODY_END.search("各区自行确定")
    assert anomalies._in_order(["一", "二", "一", "三"], "一二三")
    assert not anomalies._in_order(["三", "二"], "一二三")


def test_csv_rows_are_documents(tmp_path):
    path = tmp_path / "notices.csv"
    path.write_text("id,content\n1,关于某项工作的通知\n2,\n", encoding="utf-8")
    assert [name for name, _ in anomalies.documents(path, "content")] == ["notices.csv:0"]


def test_crash_is_a_flag():
    assert list(anomalies.survey([("x", object())], TODAY))[0][1] == "crash"


def test_change_after_a_target():
    text = "将首付款比例由30%调整为20%。"
    assert anomalies.CHANGE_AFTER.match(text, text.index("%") + 1)
    assert not anomalies.CHANGE_AFTER.match(text, text.rindex("%") + 1)


def test_unit_not_written():
    from policyparse.models import Target
    def target(text, unit):
        return Target(value=1, unit=unit, text=text, span=(0, len(text)))
    assert anomalies._unit_not_written(target("140元", "元/平方米"))
    assert not anomalies._unit_not_written(target("140元/平方米", "元/平方米"))
    assert not anomalies._unit_not_written(target("百分之七十", "%"))
