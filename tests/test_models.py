"""models.built: the tree builder's Sections, made without model_construct's walk over aliases and defaults."""

from __future__ import annotations

from policyparse.models import Section, built


def test_built_equals_model_construct_with_every_field():
    fields = dict(id="1.2", kind="item", level=2, marker="（二）", number=2, inferred=False, title="目标",
                  text="（二）目标。", span=(3, 9), responsibility=None, targets=[], deadlines=[], children=[], cells=None)
    assert list(fields) == list(Section.model_fields)
    made, constructed = built(Section, dict(fields)), Section.model_construct(**fields)
    assert made == constructed
    assert list(made.__dict__) == list(constructed.__dict__)
    assert made.model_fields_set == constructed.model_fields_set
    assert made.model_dump_json() == constructed.model_dump_json() == Section(**fields).model_dump_json()


def test_built_unit_equals_the_validated_unit():
    from policyparse.models import Unit

    fields = dict(name="市财政局", canonical="市财政局", span=(4, 8), level="市", kind="government", in_lexicon=True)
    assert list(fields) == list(Unit.model_fields)
    made, validated = built(Unit, dict(fields)), Unit(**fields)
    assert made == validated and made.model_fields_set == validated.model_fields_set
    assert list(made.__dict__) == list(validated.__dict__) and made.model_dump_json() == validated.model_dump_json()


def test_models_built_with_every_field_share_one_field_set_that_assignment_and_copies_leave_whole():
    from policyparse.models import Unit

    def unit(name: str) -> Unit:
        return built(Unit, dict(name=name, canonical=name, span=(0, len(name)), level="市", kind="government", in_lexicon=True))

    a, b = unit("市财政局"), unit("市教育局")
    assert a.model_fields_set is b.model_fields_set  # one set for all: a set per Unit was most of its memory
    a.name = "市民政局"
    copy = b.model_copy(update={"span": (1, 5)})
    assert a.model_fields_set == b.model_fields_set == copy.model_fields_set == set(Unit.model_fields)
    assert copy.model_fields_set is not b.model_fields_set
    assert b.name == "市教育局" and copy.span == (1, 5) and b.span == (0, 4)


def test_built_models_hold_the_fields_dict_as_object_setattr_gave_it():
    """models.built / built_each set the instance dict by BaseModel's `__dict__` descriptor, the one
    object.__setattr__(model, "__dict__", d) reaches by name: the model holds that very dict, and copies, pickling
    and dumping read it as they read a model so made."""
    import copy
    import pickle

    from policyparse.models import Unit, built_each

    rows = [dict(name=n, canonical=n, span=(i, i + len(n)), level="市", kind="government", in_lexicon=True)
            for i, n in enumerate(("市财政局", "市教育局"))]
    made = [built(Unit, rows[0])] + built_each(Unit, rows[1:])
    for fields, unit in zip(rows, made):
        assert unit.__dict__ is fields
        old = Unit.model_construct(**fields)
        object.__setattr__(old, "__dict__", fields)
        assert unit == old and unit.model_dump_json() == old.model_dump_json()
        assert copy.deepcopy(unit) == unit == pickle.loads(pickle.dumps(unit)) == unit.model_copy()
        assert unit.__pydantic_extra__ is None and unit.__pydantic_private__ is None


def test_text_format_is_the_validated_format_metadata():
    """models.text_format (the text reader's and the pipeline's FormatMetadata, built without pydantic's check) is
    the model the keyword call validates: the same values and types, the same fields counted as set, the same dump,
    and a Furniture of its own each time (as the default factory gives)."""
    from policyparse.models import FormatMetadata, PageFields, text_format

    page = PageFields(title="关于印发某方案的通知", publish_date="2023-01-05")
    for kind, reader, page_fields, call in (
        ("text", None, None, dict(format="text")),
        ("html", "policyparse.repair", page, dict(format="html", reader="policyparse.repair", page_fields=page)),
        ("markdown", "policyparse.repair", None, dict(format="markdown", reader="policyparse.repair", page_fields=None)),
    ):
        made, validated = text_format(kind, reader, page_fields), FormatMetadata(**call)
        assert list(made.__dict__) == list(FormatMetadata.model_fields) == list(validated.__dict__)
        assert made == validated and made.model_dump_json() == validated.model_dump_json()
        assert [type(v) for v in made.__dict__.values()] == [type(v) for v in validated.__dict__.values()]
        assert made.model_fields_set == set(call) == validated.model_fields_set
        assert made.furniture == validated.furniture and made.furniture.model_fields_set == set()
    assert text_format("text").furniture is not text_format("text").furniture


def test_repair_steps_built_without_validation_are_those_pydantic_validates():
    """repair._report builds each RepairStep from its log (models.built): validating the same fields gives the same
    model, types and fields set, on the samples and on texts most steps change."""
    from pathlib import Path

    from policyparse.models import RepairStep
    from policyparse.repair import repair

    root = Path(__file__).resolve().parents[1]
    texts = [f.read_bytes() for f in sorted((root / "samples").glob("*.txt"))]
    texts += ["关于印发某市实施方案的通知\r\n\r\n各县（区）人民政府:\r\n\u3000\u3000一、总体要求(试行)。二、工作任务,抓好落实。\r\n".encode("gbk")]
    found = 0
    for raw in texts:
        for step in repair(raw).report.steps:
            checked = RepairStep(**{name: getattr(step, name) for name in RepairStep.model_fields})
            assert step == checked and step.model_fields_set == checked.model_fields_set
            assert [type(v) for v in step.__dict__.values()] == [type(v) for v in checked.__dict__.values()]
            assert step.model_dump_json() == checked.model_dump_json()
            found += 1
    assert found >= 10
