"""Feriepenger count each day paid once, and each month's own training days (review s23 caseworker H2).

Holiday pay is 10.2 % of the pleiepenger and opplæringspenger paid for the first 60 weekdays with benefit in the year
(ferieloven § 10 nr. 2 and 4; NAV's k9-sak, variables/folketrygd/kapittel_9/holiday_pay.py). A course day is paid as
opplæringspenger, not as pleiepenger too (pleiepenger/training_days.py), so the days are their union; and dated training
periods give each month its own days, so the year's feriepenger do not depend on the month asked.

Mor, an employee on 540 000 kr, loses and claims 60 %: day rate 540 000 / 260 = 2 076.92 → 2 077 kr, 60 % = 1 246 kr.
2024: January has 23 weekdays (1 January a Monday: 1–5, 8–12, 15–19, 22–26, 29–31), February 21 (1–2, 5–9, 12–16, 19–23,
26–29), March 21 (1, 4–8, 11–15, 18–22, 25–29): the 60th day falls in March, after 23 + 21 = 44, on its 16th weekday.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family


def _family(course):
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1989-04-23", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 540000, "pleiepenger_lost_working_time_percent": 60, "pleiepenger_claimed_percent": 60,
                        "opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes",
                        "training_periods": [course]}],
        "children": [{"id": "ingrid", "birth_date": "2021-01-15", "has_long_term_illness_or_disability": "yes",
                      "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
                      "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no"}],
    })


def _holiday_pay(family, on: date) -> float:
    pleiepenger = next(r for r in assemble(family, on, language="en").benefits if (r.benefit, r.person) == ("pleiepenger", "mor"))
    return next(line.value for line in pleiepenger.calculation_basis if line.variable == "chapter_9_holiday_pay")


@pytest.mark.parametrize("asked", [date(2024, 1, 15), date(2024, 3, 15), date(2024, 9, 1)])
def test_a_course_after_the_60th_day_adds_nothing_whichever_month_is_asked(asked):
    # The course of 9–13 September 2024 comes after the 60 days: 60 × 1 246 × 0.102 = 7 625.52 → 7 626 kr, asked in
    # January, March or September alike (the review had 8 571 kr in September: the course counted in every month,
    # and its days twice).
    assert _holiday_pay(_family({"first_day": "2024-09-09", "last_day": "2024-09-13"}), asked) == 7626


@pytest.mark.parametrize("asked", [date(2024, 1, 15), date(2024, 3, 15)])
def test_a_course_in_the_60_days_counts_its_days_once(asked):
    # A course on 8–12 January 2024: January pays 23 − 5 = 18 days of pleiepenger (18 × 1 246 = 22 428) and 5 of
    # opplæringspenger (5 × 2 077 = 10 385): 23 days, not 28. February 21 × 1 246 = 26 166 (44 days), March's first 16
    # weekdays 16 × 1 246 = 19 936 (60). (22 428 + 10 385 + 26 166 + 19 936) × 0.102 = 78 915 × 0.102 = 8 049.33 → 8 049.
    assert _holiday_pay(_family({"first_day": "2024-01-08", "last_day": "2024-01-12"}), asked) == 8049
