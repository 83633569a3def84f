"""A scale (ADR 0036): yes/no facts that are levels of one need, asked as one question. Hjelpestønad needs more
supervision and care than healthy children of the same age (ftrl § 6-4); forhøyet hjelpestønad a substantially
greater need than that (§ 6-5): a higher level of the same need, so one question asks both."""

from datetime import date

import pytest

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import Fact, _check_scales, scale_question, scales, vocabulary

NEEDS = ("needs_extra_supervision_and_care", "has_substantially_greater_care_need")
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]


# No continuous care (pleiepenger, ftrl § 9-10): asked first of a single parent since it has questions behind it (ADR 0014
# addendum 0.22.0), so the scale is the question that comes next.
def _ida(**facts) -> Family:
    child = {"id": "ida", "birth_date": "2016-02-10", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
             "has_private_care_arrangement": "yes", "needs_continuous_care_and_supervision": "no",
             **{fact: "no" for fact in GROUPS}, **facts}
    return Family.model_validate({"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}], "children": [child]})


def test_both_levels_of_the_care_need_are_one_question():
    step = run_interview(_ida(), date(2024, 9, 1), "en")
    assert [q.key for q in step.next] == [(fact, "ida") for fact in NEEDS]
    assert step.next_kind == "scale" and step.scale == NEEDS[0]


def test_each_level_gives_both_facts_an_answer_and_the_higher_level_implies_the_lower():
    # § 6-5 is for a need beyond what § 6-4's ordinary rate is for: no level says "substantially more" without "more",
    # and the top level says what it is compared with (RULES.md § 2.2: «enn det ordinær hjelpestønad dekker»).
    levels = scale_question(NEEDS[0], "nb")["levels"]
    assert [tuple(level["answers"][fact] for fact in NEEDS) for level in levels] == [
        ("no", "no"), ("yes", "no"), ("yes", "unknown"), ("yes", "yes")]
    assert levels[-1]["label"].startswith("Vesentlig mer enn vanlig hjelpestønad er ment for")


def test_a_scale_with_one_fact_open_is_that_question_alone():
    # The lower level told ("yes"): forhøyet's question is left alone, and asked as itself when its turn comes.
    facts = {"needs_extra_supervision_and_care": "yes"}
    for _ in range(20):
        step = run_interview(_ida(**facts), date(2024, 9, 1), "en", depth="all")
        assert step.next, "forhøyet's question was never asked"
        if step.next[0].key == (NEEDS[1], "ida"):
            assert len(step.next) == 1 and step.next_kind == "question" and step.scale is None
            return
        facts |= {q.fact: "no" for q in step.next if q.person == "ida" and vocabulary()[q.fact].type == "yes_no"}
        facts |= {q.fact: 0 for q in step.next if q.person == "ida" and vocabulary()[q.fact].type == "number"}  # none
        # NAV's decided sats, asked where it says whether the family applies at all (ADR 0014 addendum 0.19.0): none.
        facts |= {q.fact: "not_decided" for q in step.next if q.fact == "hjelpestonad_decided_sats"}
        if not any(q.person == "ida" for q in step.next):
            break
    raise AssertionError("forhøyet's question did not come among Ida's questions")


def test_the_vocabulary_refuses_a_scale_whose_levels_do_not_answer_the_same_facts():
    facts = dict(vocabulary())
    declared = facts[NEEDS[0]].scale.model_dump()
    declared["levels"][1]["answers"] = {NEEDS[0]: "yes"}  # the second level forgets forhøyet's fact
    facts[NEEDS[0]] = Fact.model_validate({**facts[NEEDS[0]].model_dump(), "scale": declared})
    with pytest.raises(ValueError, match="the same yes/no facts"):
        _check_scales(facts)
    # The three scales: the care need (ADR 0036), where the child lives with the family's care (review s21 M6), and the
    # services over a long time, coordinated or many different (pbrl §§ 2-5, 2-5 c; ADR 0014 addendum 0.24.0).
    coordinated = "needs_long_term_coordinated_health_services"
    assert scales() == {NEEDS[0]: NEEDS[0], NEEDS[1]: NEEDS[0], "has_private_care_arrangement": "has_private_care_arrangement",
                        "lives_at_home_at_least_half_the_time": "has_private_care_arrangement",
                        coordinated: coordinated, "needs_long_term_complex_health_services": coordinated}


def test_a_scale_about_a_child_who_has_died_is_about_the_time_before_the_death():
    # In the month of the death a child's rights are answered as before (ftrl § 22-12 sjette ledd), so the scale is
    # asked; asked after the death, its question is about the time before it (ADR 0034, review s18 S2), as its rows are.
    step = run_interview(_ida(date_of_death="2024-09-05"), date(2024, 9, 20), "en")
    assert step.next_kind == "scale"
    assert step.scale_asked["question"] == ("About the time before ida died: How much more supervision and care than "
                                            "healthy children of the same age does the child need?")
    assert all(q.question.startswith("About the time before ida died: ") for q in step.next)
    assert run_interview(_ida(), date(2024, 9, 20), "en").scale_asked["question"].startswith("How much more")

