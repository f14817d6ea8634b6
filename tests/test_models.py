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
