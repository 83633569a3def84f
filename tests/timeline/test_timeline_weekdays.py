"""The timeline credits an amount change to new rates only when the rates moved it (issue 17 review).

Pleiepenger are a daily rate paid for each weekday of the month (ftrl § 9-15; Monday–Friday), so a month's
amount moves with its weekdays every month. Below the 6G cap a new G (1 May) moves no daily rate: the amount
on 1 May differs from January's only by the weekdays, and is no event credited to «new rates».
"""

from datetime import date

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.family import Family

TODAY = date(2026, 11, 28)


def _family(yearly_income: int) -> Family:
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "employment": "employee",
                        "yearly_income": yearly_income, "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "ida", "birth_date": date(2019, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "needs_night_watch_or_standby": "no"}],
    })


def _pleiepenger_events(yearly_income: int):
    answer = timeline(_family(yearly_income), date(2024, 9, 1), 2, "en", today=TODAY)
    return [e for e in answer.events if e.benefit == "pleiepenger" and e.person == "mor"]


def test_below_the_6g_cap_a_new_g_is_not_the_cause_of_a_change_in_weekdays():
    # 480 000 < 6G (6 × 124 028 = 744 168 from 1 May 2024; 6 × 130 160 = 780 960 from 1 May 2025): the daily rate
    # is 480 000 / 260 = 1 846.15 → 1 846 kr on every date. January 2025 has 23 weekdays (42 458 kr), May 2025 22
    # (40 612 kr): the calendar's doing, not the new G's.
    assert _pleiepenger_events(480000) == []


def test_above_the_6g_cap_a_new_g_moves_the_daily_rate_and_is_the_cause():
    # 900 000 > 6G: the daily rate is 6G / 260: 744 168 / 260 = 2 862.18 → 2 862 kr in January 2025 (23 weekdays:
    # 65 826 kr); 780 960 / 260 = 3 003.69 → 3 004 kr in May 2025 (22 weekdays: 66 088 kr).
    may = [e for e in _pleiepenger_events(900000) if e.date == "2025-05-01"]
    assert len(may) == 1 and (may[0].amount_before.value, may[0].amount_after.value) == (65826, 66088)
    assert [(t.kind, t.parameters) for t in may[0].because] == [("parameters", ["folketrygd.grunnbelop"])]


def test_a_rate_dated_anew_with_the_same_value_is_not_named_as_a_cause():
    # parameters/folketrygd/omsorgspenger: on 1 January 2021 the covid multiplier goes from 1 to 2 (the doubled
    # days of 2021), while the waiting days without an employer (10) and the employer period are dated anew with
    # the value they had in 2020. Only the multiplier changed the days.
    from openfisca_asb.facts.examples import example_family

    answer = timeline(example_family("school-child-autism-single-parent"), date(2020, 9, 1), 1, "en", today=TODAY)
    doubled = [e for e in answer.events if e.date == "2021-01-01" and e.benefit == "omsorgspenger"]
    assert doubled and all(
        t.parameters == ["folketrygd.omsorgspenger.covid_multiplier"] for e in doubled for t in e.because if t.kind == "parameters"
    )
    assert any(t.kind == "parameters" for e in doubled for t in e.because)
