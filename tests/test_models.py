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
