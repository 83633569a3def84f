"""The timeline's per-date read gives the amount the answer gives where a caseworker gave periods inside a month
(ADR 0021; issue 21 [transitions]): the pieces of the month, not the family-level figure."""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble_on_dates
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.family import Family


def test_pleiepenger_from_care_periods_on_each_date():
    # As tests/folketrygd/test_periods_inside_month.py 10a: a daily rate of 520 000 / 260 = 2 000, no tilsyn at family
    # level, 3.5 h a day from 17 to 31 March 2025 (47 %, rest 53 %). March: 10 weekdays × 2 000 + 11 × 1 060 = 31 660.
    # April 2025 lies outside the period, so every weekday is at 100 %: 1–4, 7–11, 14–18, 21–25, 28–30 = 22 × 2 000 = 44 000.
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "ida", "birth_date": date(2019, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "needs_night_watch_or_standby": "no",
                      "care_periods": [{"first_day": "2025-03-17", "last_day": "2025-03-31", "supervision_hours_per_day": 3.5}]}],
    })
    march, april = assemble_on_dates([family, family], [date(2025, 3, 1), date(2025, 4, 1)], "en")
    amounts = [next(r.amount.value for r in rights if (r.benefit, r.person) == ("pleiepenger", "mor")) for rights in (march, april)]
    assert amounts == [31660, 44000]


def _f3(supervision_per_week: float, stay: dict) -> Family:
    """The review's F3 (s22 caseworker): mor, an employee with 520 000 a year, fully off work; Liam in hospital."""
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1990, 9, 9), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "liam", "birth_date": date(2021, 6, 22), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": supervision_per_week,
                      "needs_night_watch_or_standby": "no", "care_periods": [stay]}],
    })


DECEMBER_STAY = {"first_day": "2025-12-15", "last_day": "2025-12-31", "supervision_hours_per_day": 0}


def test_a_care_period_in_december_is_no_piece_of_may():
    # Review s22 caseworker H2: the December period was cut into a piece from 1 January to 30 April, whose weekdays
    # were paid in May: 107 × 2 000 = 214 000. The daily rate is 520 000 / 260 = 2 000 on both sides of 1 May 2026
    # (6G is 780 960 before and 819 294 after, both above 520 000; ftrl § 9-15, § 8-28). No tilsyn at home or in
    # hospital: 100 % every weekday. April 2026: 1–3, 6–10, 13–17, 20–24, 27–30 = 22 weekdays × 2 000 = 44 000;
    # May 2026: 1, 4–8, 11–15, 18–22, 25–29 = 21 × 2 000 = 42 000.
    family = _f3(0, DECEMBER_STAY)
    april, may = assemble_on_dates([family, family], [date(2026, 4, 1), date(2026, 5, 1)], "en")
    amounts = [next(r.amount.value for r in rights if (r.benefit, r.person) == ("pleiepenger", "mor")) for rights in (april, may)]
    assert amounts == [44000, 42000]


def test_the_timeline_does_not_jump_in_may_2026():
    # The same per weekday in every month (2 000 kr, 100 %): the new G moves no daily rate below 6G, so no event.
    events = timeline(_f3(0, DECEMBER_STAY), date(2025, 12, 15), years=1, language="en", today=date(2025, 12, 15)).events
    assert [event for event in events if event.benefit == "pleiepenger"] == []


HOSPITAL = {"first_day": "2025-12-15", "last_day": "2026-01-09", "supervision_hours_per_day": 0}


@pytest.mark.parametrize(("language", "january", "february"), [
    ("nb", "Pleiepenger for sykt barn: beløpet endres fra 36 600 kr til 29 900 kr i måneden",
     "Pleiepenger for sykt barn: beløpet endres fra 29 900 kr til 21 200 kr i måneden"),
    ("en", "Care benefit for a sick child (pleiepenger): the amount changes from 36 600 kr to 29 900 kr a month",
     "Care benefit for a sick child (pleiepenger): the amount changes from 29 900 kr to 21 200 kr a month"),
])
def test_a_stay_across_the_new_year_moves_january_and_february_with_its_amounts(language, january, february):
    # Review s22 caseworker M2 and L5. At home 17.5 h a week of tilsyn: 3.5 / 7.5 = 47 % → 53 % of 2 000 = 1 060 a day
    # (ftrl § 9-11); in hospital, 0 h: 2 000 a day. December 2025: 1–14 = 10 weekdays at home (10 600), 15–31 = 13 in
    # hospital (26 000): 36 600. January 2026: 1–9 = 7 in hospital (14 000), 12–16, 19–23, 26–30 = 15 at home (15 900):
    # 29 900. February: 20 weekdays at home: 21 200. The stay is what moved them, each line says both amounts.
    events = [event for event in timeline(_f3(17.5, HOSPITAL), date(2025, 12, 15), years=1, language=language,
                                          today=date(2025, 12, 15)).events if event.benefit == "pleiepenger"]
    assert [(e.date, e.amount_before.value, e.amount_after.value, e.text) for e in events] == [
        ("2026-01-01", 36600, 29900, january), ("2026-02-01", 29900, 21200, february)]
    assert [[(t.kind, t.person, t.date) for t in e.because] for e in events] == [
        [("care_period_ends", "liam", "2026-01-09")], [("care_period_over", "liam", "2026-01-10")]]


def test_training_periods_give_each_row_of_dates_a_year_apart_its_own_months_days():
    # The timeline answers dates a year apart as rows of one period (ADR 0015): each row reads the training days of its
    # own month (the situation builder sets them by the row's years). A course on Monday 9 – Friday 13 September 2024
    # (ftrl § 9-14): September 2024 pays 5 × 2 077 = 10 385 kr (540 000 / 260 = 2 076.92 → 2 077); September 2023 and
    # September 2025 have no training day and no right (review s23 caseworker M2).
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1989-04-23", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 540000, "opplaeringspenger_training_at_approved_institution": "yes",
                        "opplaeringspenger_medical_certificate": "yes",
                        "training_periods": [{"first_day": "2024-09-09", "last_day": "2024-09-13"}]}],
        "children": [{"id": "ingrid", "birth_date": "2021-01-15", "has_long_term_illness_or_disability": "yes"}],
    })
    dates = [date(2023, 9, 1), date(2024, 9, 1), date(2025, 9, 1)]
    rights = [next(r for r in answer if (r.benefit, r.person) == ("opplaeringspenger", "mor"))
              for answer in assemble_on_dates([family] * 3, dates, "en")]
    assert [(r.status, r.amount and r.amount.value) for r in rights] == [
        ("not_entitled", None), ("entitled", 10385), ("not_entitled", None)]
