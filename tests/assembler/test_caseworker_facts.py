"""A caseworker's input (audience: caseworker in the vocabulary) is accepted but never asked of a family."""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import vocabulary

CASEWORKER_FACTS = {fact.id for fact in vocabulary().values() if fact.audience == "caseworker"}


def _family(**mother):
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 520000, **mother}],
        "children": [{"id": "ida", "birth_date": date(2016, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0}],
    })


def test_the_refund_claim_and_the_activities_are_caseworker_facts():
    assert {"employer_refund_claim_yearly", "activity_1_normal_hours_per_week", "activity_2_current_hours_per_week"} <= CASEWORKER_FACTS


def test_working_time_lost_unknown_asks_the_family_question_not_the_activities():
    # The lost-work condition reads the activities too; only the family's own question is asked.
    answer = assemble(_family(), date(2024, 5, 15), language="en")
    pleiepenger = next(r for r in answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")
    asked = {missing.fact for missing in pleiepenger.missing_facts}
    assert "pleiepenger_lost_working_time_percent" in asked
    assert not asked & CASEWORKER_FACTS


def test_activities_given_by_a_caseworker_decide_the_grade():
    # NAV's finnSøkersTapteArbeidstid: 100 − (18.75 + 0) / (37.5 + 18.75) × 100 = 66.67 → 67 %.
    answer = assemble(_family(activity_1_normal_hours_per_week=37.5, activity_1_current_hours_per_week=18.75,
                              activity_2_normal_hours_per_week=18.75, activity_2_current_hours_per_week=0),
                      date(2024, 5, 15), language="en")
    pleiepenger = next(r for r in answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")
    # 520 000 / 260 = 2 000 × 67 % = 1 340 × 23 weekdays in May 2024 = 30 820.
    assert (pleiepenger.status, pleiepenger.amount.value) == ("entitled", 30820)
