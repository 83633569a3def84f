"""The timeline credits an amount change to new rates only when the rates moved it (issue 17 review).

Pleiepenger are a daily rate paid for each weekday of the month (ftrl § 9-15; Monday–Friday), so a month's
amount moves with its weekdays every month. Below the 6G cap a new G (1 May) moves no daily rate: the amount
on 1 May differs from January's only by the weekdays, and is no event credited to «new rates».

Where a new G does move the daily rate, the event compares the amounts per day (issue s11 item 1): on 1 May 2026 the
daily rate rose while May's 21 weekdays paid less than March's 22, and «the amount changes» read as a fall.
"""

from datetime import date

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.money import kroner_text

TODAY = date(2026, 11, 28)


def _family(yearly_income: int, percent: int = 100) -> Family:
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "employment": "employee",
                        "yearly_income": yearly_income, "pleiepenger_lost_working_time_percent": percent}],
        "children": [{"id": "ida", "birth_date": date(2019, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "needs_night_watch_or_standby": "no"}],
    })


def _pleiepenger_events(yearly_income: int, percent: int = 100):
    answer = timeline(_family(yearly_income, percent), date(2024, 9, 1), 2, "en", today=TODAY)
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
    per_day = may[0].per_day
    assert (per_day.before, per_day.after, per_day.days_before, per_day.days_after) == (2862, 3004, 23, 22)
    assert may[0].text == "Care benefit for a sick child (pleiepenger): the amount per day changes from 2 862 kr to 3 004 kr"


def test_a_graded_right_compares_the_graded_amount_per_day():
    # 50 % lost working time grades pleiepenger to 50 % (ftrl § 9-11): the amount per day is the daily rate × 50 %,
    # whole kroner (pleiepenger/amount.py): 2 862 × 0.5 = 1 431 in January 2025, 3 004 × 0.5 = 1 502 in May 2025;
    # the months: 1 431 × 23 = 32 913 kr, 1 502 × 22 = 33 044 kr.
    may = [e for e in _pleiepenger_events(900000, percent=50) if e.date == "2025-05-01"]
    assert len(may) == 1 and (may[0].amount_before.value, may[0].amount_after.value) == (32913, 33044)
    assert (may[0].per_day.before, may[0].per_day.after, may[0].per_day.days_before, may[0].per_day.days_after) == (1431, 1502, 23, 22)


def _teenager_in_may_2026(language: str):
    answer = timeline(example_family("teenager-cancer"), date(2026, 1, 1), 1, language, today=TODAY)
    return [e for e in answer.events if e.benefit == "pleiepenger"]


def test_a_new_g_that_raises_the_daily_rate_is_not_shown_as_a_fall_in_a_month_with_fewer_weekdays():
    # examples/teenager-cancer.yaml: mor earns 800 000 kr, far 480 000, both 100 %. Before 1 May 2026 6G is
    # 6 × 130 160 = 780 960 < 800 000: mor's daily rate is 780 960 / 260 = 3 003.69 → 3 004 kr. From 1 May 2026 6G is
    # 6 × 136 549 = 819 294 > 800 000: 800 000 / 260 = 3 076.92 → 3 077 kr (parameters/folketrygd/grunnbelop.yaml,
    # ftrl § 9-15, the divisor 260 in sykepenger_common/working_days_per_year.yaml). The date before is 1 March 2026
    # (Sara's birthday on 14 February shows from then). March 2026 has 22 weekdays (Sunday the 1st: 2–6, 9–13,
    # 16–20, 23–27, 30, 31), May 2026 21 (Friday the 1st, then 4–8, 11–15, 18–22, 25–29): 3 004 × 22 = 66 088 kr,
    # 3 077 × 21 = 64 617 kr – less for the month, more per day. Far's 480 000 / 260 = 1 846.15 → 1 846 kr a day
    # on both dates: only the weekdays moved, no event.
    events = _teenager_in_may_2026("nb")
    assert [(e.date, e.person) for e in events] == [("2026-05-01", "mor")]
    event = events[0]
    assert (event.amount_before.value, event.amount_after.value) == (66088, 64617)
    assert (event.per_day.before, event.per_day.after, event.per_day.days_before, event.per_day.days_after) == (3004, 3077, 22, 21)
    assert event.text == f"Pleiepenger for sykt barn: beløpet per dag endres fra {kroner_text(3004)} til {kroner_text(3077)}"
    assert (f"mars 2026: {kroner_text(3004)} × 22 dager = {kroner_text(66088)}; "
            f"mai 2026: {kroner_text(3077)} × 21 dager = {kroner_text(64617)}") in event.per_day.text


def test_the_amount_per_day_is_said_in_english_too():
    event = _teenager_in_may_2026("en")[0]
    assert event.text.endswith(f"the amount per day changes from {kroner_text(3004)} to {kroner_text(3077)}")
    assert f"May 2026: {kroner_text(3077)} × 21 days = {kroner_text(64617)}" in event.per_day.text
    assert event.per_day.text.startswith("NAV pays per weekday, Monday to Friday (National Insurance Act § 9-15)")


def test_an_event_without_a_change_per_day_leaves_per_day_out_of_the_json():
    # omsorgspenger are days a year, not kroner a day: its events have no amount per day.
    answer = timeline(example_family("school-child-autism-single-parent"), date(2020, 9, 1), 1, "en", today=TODAY)
    assert answer.events and all("per_day" not in event.model_dump() for event in answer.events)


def test_a_rate_dated_anew_with_the_same_value_is_not_named_as_a_cause():
    # parameters/folketrygd/omsorgspenger: on 1 January 2021 the covid multiplier goes from 1 to 2 (the doubled
    # days of 2021), while the waiting days without an employer (10) and the employer period are dated anew with
    # the value they had in 2020. Only the multiplier changed the days.
    answer = timeline(example_family("school-child-autism-single-parent"), date(2020, 9, 1), 1, "en", today=TODAY)
    doubled = [e for e in answer.events if e.date == "2021-01-01" and e.benefit == "omsorgspenger"]
    assert doubled and all(
        t.parameters == ["folketrygd.omsorgspenger.covid_multiplier"] for e in doubled for t in e.because if t.kind == "parameters"
    )
    assert any(t.kind == "parameters" for e in doubled for t in e.because)
