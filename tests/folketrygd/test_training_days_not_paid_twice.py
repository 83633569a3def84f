"""A day paid as opplæringspenger is not paid as pleiepenger too (review s23 caseworker H2).

Both replace the income lost from work (ftrl § 9-1), graded by the working time lost (§ 9-11), at 100 % of the basis
(§ 9-15); on a training day the caregiver is away for the training the whole day (§ 9-14), so opplæringspenger pay it
and pleiepenger do not (variables/folketrygd/pleiepenger/training_days.py).

Family B of the review: mor, an employee on 540 000 kr, loses and claims 60 % for Ingrid's care; far, self-employed on
650 000 kr, 40 %. Mor is at a course at SSE on Monday 9 – Friday 13 September 2024.
- Mor's daily rate: 540 000 / 260 = 2 076.92 → 2 077 kr (6G = 744 168 is above); 60 % of it: 1 246.2 → 1 246 kr.
- Far's: 650 000 / 260 = 2 500 kr; 40 %: 1 000 kr.
- September 2024: 1 September is a Sunday; weekdays 2–6, 9–13, 16–20, 23–27 and 30 = 21.
- Mor: pleiepenger for 21 − 5 = 16 days: 16 × 1 246 = 19 936 kr; opplæringspenger 5 × 2 077 = 10 385 kr; together
  30 321 kr, not 21 × 1 246 + 5 × 2 077 = 36 551 kr (160 % of her day rate on the course days).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

SEPTEMBER_2024 = date(2024, 9, 1)
COURSE = {"first_day": "2024-09-09", "last_day": "2024-09-13"}
TRAINING = {"opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes"}


def _family(mor=None, ingrid=None):
    return Family.model_validate({
        "caregivers": [
            {"id": "mor", "birth_date": "1989-04-23", "employment": "employee", "has_worked_four_weeks": "yes",
             "yearly_income": 540000, "pleiepenger_lost_working_time_percent": 60, "pleiepenger_claimed_percent": 60,
             **(mor or {})},
            {"id": "far", "birth_date": "1986-10-02", "employment": "self_employed", "has_worked_four_weeks": "yes",
             "yearly_income": 650000, "pleiepenger_lost_working_time_percent": 40, "pleiepenger_claimed_percent": 40},
        ],
        "children": [{"id": "ingrid", "birth_date": "2021-01-15", "has_long_term_illness_or_disability": "yes",
                      "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
                      "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no",
                      "needs_night_watch_or_standby": "no", **(ingrid or {})}],
    })


def _results(family, on=SEPTEMBER_2024):
    return {(r.benefit, r.person): r for r in assemble(family, on, language="en").benefits}


def _pieces(result):
    return [(p.first_day, p.last_day, p.weekdays, p.status, p.grade, p.reason.code, p.amount) for p in result.periods]


@pytest.fixture(scope="module")
def course_as_dates():
    return _results(_family(mor={**TRAINING, "training_periods": [COURSE]}))


def test_the_course_days_are_paid_as_opplaeringspenger_only(course_as_dates):
    pleiepenger, training = course_as_dates[("pleiepenger", "mor")], course_as_dates[("opplaeringspenger", "mor")]
    assert (pleiepenger.status, pleiepenger.amount.value) == ("entitled", 19936)  # 16 × 1 246
    assert (training.status, training.amount.value) == ("entitled", 10385)  # 5 × 2 077
    assert pleiepenger.amount.value + training.amount.value == 30321
    assert pleiepenger.reason.code == "paid_as_opplaeringspenger"


def test_the_period_lines_show_the_course_as_days_without_pleiepenger(course_as_dates):
    # 1–8 September: weekdays 2–6 = 5 × 1 246 = 6 230; the course 9–13: 5 weekdays, no pleiepenger, and says why;
    # 14–30 September: 16–20, 23–27, 30 = 11 × 1 246 = 13 706. 6 230 + 13 706 = 19 936.
    pleiepenger = course_as_dates[("pleiepenger", "mor")]
    assert _pieces(pleiepenger) == [
        ("2024-09-01", "2024-09-08", 5, "entitled", 60, "graded_by_lost_work", 6230),
        ("2024-09-09", "2024-09-13", 5, "not_entitled", 0, "paid_as_opplaeringspenger", 0),
        ("2024-09-14", "2024-09-30", 11, "entitled", 60, "graded_by_lost_work", 13706),
    ]
    assert [(g.first_day, g.last_day) for g in pleiepenger.periods[1].part_of] == [("2024-09-09", "2024-09-13")]
    assert "opplæringspenger" in pleiepenger.periods[1].reason.text


def test_the_other_caregiver_is_not_cut_by_her_course(course_as_dates):
    # Far has no course: 21 × 1 000 = 21 000, and no period lines of his own.
    far = course_as_dates[("pleiepenger", "far")]
    assert (far.amount.value, far.periods) == (21000, None)


def test_a_number_of_training_days_takes_as_many_days_out():
    # The same course given as «5 days this month» (no dates): 16 × 1 246 = 19 936, no period lines.
    results = _results(_family(mor={**TRAINING, "opplaeringspenger_training_share_percent": 100,
                                    "opplaeringspenger_training_days_in_month": 5}))
    pleiepenger = results[("pleiepenger", "mor")]
    assert (pleiepenger.amount.value, pleiepenger.reason.code, pleiepenger.periods) == (19936, "paid_as_opplaeringspenger", None)
    assert results[("opplaeringspenger", "mor")].amount.value == 10385


def test_training_days_without_opplaeringspenger_leave_pleiepenger_whole():
    # No doctor has confirmed the training is necessary (ftrl § 9-16): no opplæringspenger for the course, so nothing
    # is paid twice and pleiepenger count all 21 weekdays: 21 × 1 246 = 26 166.
    results = _results(_family(mor={"opplaeringspenger_training_at_approved_institution": "yes",
                                    "opplaeringspenger_medical_certificate": "no", "training_periods": [COURSE]}))
    assert results[("opplaeringspenger", "mor")].status == "not_entitled"
    assert results[("pleiepenger", "mor")].amount.value == 26166


def test_with_care_periods_the_other_caregivers_pieces_stay_whole():
    # Ingrid is in hospital 16–20 September with no tilsyn by others (0 h a day, as at home): the month is cut at the
    # stay and at mor's course. Far's pieces cut only by mor's course are alike and listed as one: 1–13 September
    # (2–6, 9–13 = 10 weekdays × 1 000), the stay (16–20 = 5), 21–30 September (23–27, 30 = 6).
    results = _results(_family(mor={**TRAINING, "training_periods": [COURSE]},
                               ingrid={"care_periods": [{"first_day": "2024-09-16", "last_day": "2024-09-20",
                                                         "supervision_hours_per_day": 0}]}))
    far, mor = results[("pleiepenger", "far")], results[("pleiepenger", "mor")]
    assert [(p.first_day, p.last_day, p.weekdays, p.amount) for p in far.periods] == [
        ("2024-09-01", "2024-09-13", 10, 10000), ("2024-09-16", "2024-09-20", 5, 5000), ("2024-09-21", "2024-09-30", 6, 6000)]
    assert far.amount.value == 21000
    # Mor: 2–6 (5), the course (0 kr), the stay (5), 23–27 and 30 (6): (5 + 5 + 6) × 1 246 = 19 936.
    assert [p.amount for p in mor.periods] == [6230, 0, 6230, 7476]
    assert mor.amount.value == 19936


def test_with_care_periods_a_number_of_training_days_falls_on_the_first_weekdays():
    # «5 days this month» without dates, and the stay of 16–20 September: the days are not known, so they are laid on
    # the month's first weekdays (2–6 September). 1–15 September: weekdays 2–6, 9–13 = 10, 5 of them paid as
    # opplæringspenger: 5 × 1 246 = 6 230; the stay 5 × 1 246 = 6 230; 23–27 and 30: 6 × 1 246 = 7 476. 19 936 in all,
    # as without the stay.
    results = _results(_family(mor={**TRAINING, "opplaeringspenger_training_share_percent": 100,
                                    "opplaeringspenger_training_days_in_month": 5},
                               ingrid={"care_periods": [{"first_day": "2024-09-16", "last_day": "2024-09-20",
                                                         "supervision_hours_per_day": 0}]}))
    mor = results[("pleiepenger", "mor")]
    assert [(p.first_day, p.weekdays, p.reason.code, p.amount) for p in mor.periods] == [
        ("2024-09-01", 10, "paid_as_opplaeringspenger", 6230), ("2024-09-16", 5, "graded_by_lost_work", 6230),
        ("2024-09-21", 6, "graded_by_lost_work", 7476)]
    assert mor.amount.value == 19936
