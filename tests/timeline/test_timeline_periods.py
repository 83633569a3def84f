"""The timeline's per-date read gives the amount the answer gives where a caseworker gave periods inside a month
(ADR 0021; issue 21 [transitions]): the pieces of the month, not the family-level figure."""

from datetime import date

from openfisca_asb.answer.assembler import assemble_on_dates
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
