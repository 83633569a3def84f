"""The limits of facts/contradictions.py as the interview's variants and the reference population use them.

ftrl § 9-6: aleneomsorg is having a child's daily care alone, so no more caregivers have it than there are
children; midlertidig alene om omsorgen is at most one caregiver.
"""

import pytest
from pydantic import ValidationError

from openfisca_asb.facts.contradictions import contradicts, within_limits
from openfisca_asb.facts.family import Family

MOR = {"id": "mor", "birth_date": "1990-05-05"}
FAR = {"id": "far", "birth_date": "1988-09-17"}
NORA = {"id": "nora", "birth_date": "2017-02-11"}
IDA = {"id": "ida", "birth_date": "2015-04-01"}


def test_a_second_sole_carer_of_the_only_child_is_a_change_the_family_could_not_give():
    family = Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}, FAR],
                                    "children": [{**NORA, "sole_caregiver": "mor"}]})
    assert contradicts(family, "has_sole_care", "far", "yes")
    assert not contradicts(family, "has_sole_care", "far", "no")
    assert not contradicts(family, "has_sole_care", "mor", "yes")
    # … nor is «Nora lives with far alone» while mor has sole care of her, the only child: two caregivers alone with one
    # child (ftrl § 9-6)
    unnamed = Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}], "children": [NORA]})
    assert contradicts(family, "sole_caregiver", "nora", "far")
    assert not contradicts(unnamed, "sole_caregiver", "nora", "mor")


def test_with_two_children_each_parent_may_have_sole_care_of_one():
    family = Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}, FAR],
                                    "children": [{**NORA, "sole_caregiver": "mor"}, IDA]})
    assert not contradicts(family, "has_sole_care", "far", "yes")
    assert not contradicts(family, "sole_caregiver", "ida", "far")


def test_drawn_answers_keep_yes_only_within_the_limits():
    caregivers = [{**MOR, "has_sole_care": "yes", "omsorgspenger_temporarily_alone": "yes"},
                  {**FAR, "has_sole_care": "yes", "omsorgspenger_temporarily_alone": "yes"}]
    one_child = within_limits([dict(c) for c in caregivers], [{**NORA, "sole_caregiver": "mor"}])
    assert [c["has_sole_care"] for c in one_child] == ["yes", "no"]
    assert [c["omsorgspenger_temporarily_alone"] for c in one_child] == ["yes", "no"]
    two_children = within_limits([dict(c) for c in caregivers], [{**NORA, "sole_caregiver": "mor"}, {**IDA, "sole_caregiver": "far"}])
    assert [c["has_sole_care"] for c in two_children] == ["yes", "yes"]
    assert [c["omsorgspenger_temporarily_alone"] for c in two_children] == ["yes", "no"]
    # With no child naming either, neither yes says whose sole care a child is: both are drawn «no» (review s23 H3).
    unnamed = within_limits([dict(c) for c in caregivers], [NORA, IDA])
    assert [c["has_sole_care"] for c in unnamed] == ["no", "no"]


def test_a_caregivers_sole_care_no_child_names_them_for_is_refused_where_several_are_listed():
    # Review s23 caseworker H3: mor answers «Har du aleneomsorg for barna?» yes beside a stepfather and a father with
    # samvær, and no child names her. With several caregivers the child's `sole_caregiver` says who has its daily care
    # alone (ftrl § 9-6, ADR 0018 and 0027), so her yes named no child and was read as nothing: each adult got the days
    # of parents living together. It is refused, naming her answer, never dropped.
    with pytest.raises(ValidationError) as refused:
        Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}, FAR], "children": [NORA, IDA]})
    assert [(error["loc"], error["type"]) for error in refused.value.errors()] == [
        (("caregivers", 0, "has_sole_care"), "contradictory_answers")]
    assert "sole_caregiver" in refused.value.errors()[0]["msg"]
    # A child naming her, the only caregiver, and a family with no child yet are not refused.
    Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}, FAR], "children": [{**NORA, "sole_caregiver": "mor"}, IDA]})
    Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}], "children": [NORA, IDA]})
    Family.model_validate({"caregivers": [{**MOR, "has_sole_care": "yes"}, FAR]})


def test_every_child_naming_one_caregiver_is_that_caregivers_sole_care():
    # Review s21 page M3. The family step's «Bare Far» (the child's `sole_caregiver`) and the question «Har du
    # aleneomsorg for barna …?» (`has_sole_care`) are one fact: folketrygdloven § 9-6 and § 15-4's aleneomsorg,
    # defined once in variables/common/sole_care.py. Where every child names the father, it is his «yes», not asked
    # again; where one child names no one, the question is still his to answer.
    from openfisca_asb.facts.contradictions import with_implied_answers
    both = Family.model_validate({"caregivers": [FAR], "children": [{**NORA, "sole_caregiver": "far"},
                                                                    {**IDA, "sole_caregiver": "far"}]})
    assert with_implied_answers(both).caregivers[0].has_sole_care == "yes"
    one = Family.model_validate({"caregivers": [FAR], "children": [{**NORA, "sole_caregiver": "far"}, IDA]})
    assert with_implied_answers(one).caregivers[0].has_sole_care is None
    said_no = Family.model_validate({"caregivers": [{**FAR, "has_sole_care": "no"}], "children": [{**NORA, "sole_caregiver": "far"}]})
    assert with_implied_answers(said_no).caregivers[0].has_sole_care == "no"  # the family's own answer wins


def test_a_change_to_private_care_that_a_child_living_at_home_could_not_give_is_not_tried():
    # Ftrl § 6-4 første ledd: a child at home at least half the time is cared for privately there (review s21 page L9).
    at_home = Family.model_validate({"caregivers": [MOR], "children": [{**NORA, "lives_at_home_at_least_half_the_time": "yes"}]})
    assert contradicts(at_home, "has_private_care_arrangement", "nora", "no")
    assert not contradicts(at_home, "has_private_care_arrangement", "nora", "yes")
    not_cared_for = Family.model_validate({"caregivers": [MOR], "children": [{**NORA, "has_private_care_arrangement": "no"}]})
    assert contradicts(not_cared_for, "lives_at_home_at_least_half_the_time", "nora", "yes")


def test_a_drawn_child_living_at_home_with_no_private_care_is_drawn_as_not_at_home():
    # The reference population's drawn answers are made possible (facts/contradictions.py): with no private care the
    # child does not live at home with the family (ftrl § 6-4 første ledd, review s21 page L9).
    drawn = [{**NORA, "lives_at_home_at_least_half_the_time": "yes", "has_private_care_arrangement": "no"},
             {**IDA, "lives_at_home_at_least_half_the_time": "yes", "has_private_care_arrangement": "yes"}]
    within_limits([dict(MOR)], drawn)
    assert [child["lives_at_home_at_least_half_the_time"] for child in drawn] == ["no", "yes"]


def test_a_change_to_delt_bosted_of_a_child_with_a_sole_caregiver_is_not_tried():
    # Barneloven § 36: with delt bosted neither parent has the child's daily care alone (ADR 0045).
    named = Family.model_validate({"caregivers": [MOR, FAR], "children": [{**NORA, "sole_caregiver": "mor"}]})
    assert contradicts(named, "has_delt_bosted", "nora", "yes")
    assert not contradicts(named, "has_delt_bosted", "nora", "no")
    drawn = [{**NORA, "has_delt_bosted": "yes", "sole_caregiver": "mor"}]
    within_limits([dict(MOR), dict(FAR)], drawn)
    assert drawn[0]["has_delt_bosted"] == "no"
