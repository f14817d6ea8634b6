"""Output stage: JSON / JSONL / CSV, the schema contract, atomic writes, determinism."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import policyparse
from policyparse import output
from policyparse.models import Document

ROOT = Path(__file__).resolve().parents[1]

TEXT = """关于做好科普工作的通知

各县（市、区）人民政府：

一、主要任务
（一）加强科普宣传。到2025年，全市公民具备科学素质的比例达到18.5%。（牵头单位：市科协，责任单位：市教育局、市科技局）
"""


def test_json_round_trips_through_the_models():
    doc = policyparse.parse(TEXT)
    again = Document.model_validate_json(output.to_json(doc))
    assert again == doc


def test_json_is_deterministic_and_utf8_readable():
    a = output.to_json(policyparse.parse(TEXT))
    b = output.to_json(policyparse.parse(TEXT))
    assert a == b
    assert "科普" in a  # no \\u escapes: the JSON is readable as it is


def test_every_span_indexes_the_text(parsed_samples):
    for stem, doc in parsed_samples.items():
        for node in doc.iter_sections():
            start, end = node.span
            assert 0 <= start <= end <= len(doc.text), (stem, node.id)
            assert doc.text[start:end].startswith(doc.text[start:start + len(node.text)]), (stem, node.id)
            for unit in ([*node.responsibility.lead, *node.responsibility.support] if node.responsibility else []):
                assert doc.text[unit.span[0]:unit.span[1]] == unit.name, (stem, node.id, unit)
            for target in node.targets:
                assert doc.text[target.span[0]:target.span[1]] == target.text, (stem, node.id, target)
            for deadline in node.deadlines:
                assert doc.text[deadline.span[0]:deadline.span[1]] == deadline.text, (stem, node.id, deadline)


def test_committed_schema_matches_the_models():
    committed = (ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8")
    assert committed == output.schema_text(), "schema/document.schema.json is stale: run `make schema`"


def test_samples_validate_against_the_schema(parsed_samples):
    jsonschema = pytest.importorskip("jsonschema")
    schema = output.json_schema()
    for doc in parsed_samples.values():
        jsonschema.validate(json.loads(output.to_json(doc)), schema)


def test_csv_has_bom_quoted_fields_and_one_row_per_task():
    doc = policyparse.parse(TEXT)
    text = output.csv_header() + output.csv_rows(doc)
    assert text.startswith("\ufeff\"document\"")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == output.CSV_COLUMNS
    tasks = [n for n in doc.iter_sections() if output.is_task(n)]
    assert len(rows) - 1 == len(tasks)
    col = {name: i for i, name in enumerate(output.CSV_COLUMNS)}
    by_marker = {r[col["marker"]]: r for r in rows[1:]}
    assert by_marker["（一）"][col["lead_units"]] == "市科协"


def test_atomic_writer_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "doc.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with output.AtomicWriter(target) as fh:
            fh.write("half of a new fi")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_task_table_rows_are_rows_of_the_csv_task_table():
    from policyparse import parse

    doc = parse("一、重点任务\n序号\t重点任务\t牵头单位\t完成时限\n1\t建设数据平台。\t市财政局\t2023年底前\n")
    rows = list(output.task_rows(doc))
    kinds = [r[CSV_KIND] for r in rows]
    assert "task_row" in kinds
    row = rows[kinds.index("task_row")]
    assert row[output.CSV_COLUMNS.index("lead_units")] == "市财政局"
    assert row[output.CSV_COLUMNS.index("title")] == "建设数据平台"


CSV_KIND = output.CSV_COLUMNS.index("kind")
