"""Feriepenger of opplæringspenger count from the birth of the child the training is for, not of the pleiepenger claim's
child (review s25: the two may differ).

Opplæringspenger are for training to care for a child with a disability or long-term illness (ftrl § 9-14 første ledd;
§ 9-13 before 1 October 2017); pleiepenger for a child in need of continuous care (§ 9-10). Holiday pay is 10.2 % of
both for the first 60 weekdays with benefit in the year (ferieloven § 10 nr. 2 and 4; NAV's k9-sak,
variables/folketrygd/kapittel_9/holiday_pay.py), and no day is counted before the birth of the child it is for (review
s24 page L6). The model counted the course days, too, from the birth of the pleiepenger claim's child.

Mor, an employee on 540 000 kr, loses and claims 60 %: day rate 540 000 / 260 = 2 076.92 → 2 077 kr, 60 % = 1 246 kr
of pleiepenger, 2 077 kr of opplæringspenger. Ingrid (born 2021, a long-term illness, no continuous care) is the
training's child; Lars, born Monday 3 June 2024, needing continuous care, is the pleiepenger claim's child. Mor is on
a course 4–8 March 2024 (5 weekdays). Weekdays 2024: June 20 (3–7, 10–14, 17–21, 24–28), July 23, August 22.
- The course counts: 5 × 2 077 = 10 385; then pleiepenger from Lars's birth: June 20 + July 23 = 43, 60 − 5 − 43 = 12
  of August: 55 × 1 246 = 68 530. (10 385 + 68 530) × 0.102 = 8 049.33 → 8 049 kr.
- Counted from Lars's birth the course was lost: 60 × 1 246 × 0.102 = 7 625.52 → 7 626 kr.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

INGRID = {"id": "ingrid", "birth_date": "2021-01-15", "has_long_term_illness_or_disability": "yes",
          "needs_continuous_care_and_supervision": "no"}


def _lars(long_term_illness: str) -> dict:
    return {"id": "lars", "birth_date": "2024-06-03", "has_long_term_illness_or_disability": long_term_illness,
            "has_lasting_illness": long_term_illness, "needs_continuous_care_and_supervision": "yes",
            "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
            "care_need_requires_two_caregivers": "no"}


def _family(*children: dict) -> Family:
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1989-04-23", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 540000, "pleiepenger_lost_working_time_percent": 60,
                        "pleiepenger_claimed_percent": 60, "opplaeringspenger_training_at_approved_institution": "yes",
                        "opplaeringspenger_medical_certificate": "yes",
                        "training_periods": [{"first_day": "2024-03-04", "last_day": "2024-03-08"}]}],
        "children": list(children)})


def _holiday_pay(family: Family, benefit: str) -> float:
    # Asked in March, the month of the course: both rights are entitled and show the line.
    result = next(r for r in assemble(family, date(2024, 3, 15), "en").benefits if r.benefit == benefit)
    return next(line.value for line in result.calculation_basis if line.variable == "chapter_9_holiday_pay")


@pytest.mark.parametrize("benefit", ["opplaeringspenger", "pleiepenger"])
def test_a_course_for_an_older_sibling_counts_before_the_newborns_birth(benefit):
    # Lars answered as without a long-term illness: Ingrid is the only child the training can be for.
    assert _holiday_pay(_family(INGRID, _lars("no")), benefit) == 8049


def test_a_course_whose_child_is_not_told_is_not_cut_by_the_newborns_birth():
    # Both may have a long-term illness and no child is named for opplæringspenger: every weekday of March counts for
    # the course, as for a claim whose child is not known (holiday_pay.py).
    assert _holiday_pay(_family(INGRID, _lars("yes")), "opplaeringspenger") == 8049


def test_a_course_for_the_newborn_itself_counts_from_its_birth():
    # Lars the only child: the course before his birth counts no day, as before (60 days of pleiepenger: 7 626 kr).
    assert _holiday_pay(_family(_lars("yes")), "opplaeringspenger") == 7626
