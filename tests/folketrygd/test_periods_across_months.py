"""A care or training period across a month boundary is one period, clipped to the month asked (review s22 caseworker M2).

NAV's uttak takes a søknadsperiode across months and cuts it at every knekkpunkt, the turn of the year
among them (KnekkpunktUtleder.finnKnekkpunkter, navikt/pleiepenger-barn-uttak @
b476489b8b3103b7b53df66f621177dcfc887981); Helger.fjern removes Saturdays and Sundays, not public holidays.

The review's F3: Liam is in hospital from 15 December 2025 to 9 January 2026 (no tilsyn by others: 0 h a day);
at home, 17.5 h a week of tilsyn in barnehage (3.5 h a day: 3.5 / 7.5 = 46.7 → 47 %, so the grade is 100 − 47 = 53 %,
ftrl § 9-11, BeregnGrader). Mor has 520 000 a year as an employee: pleiepenger are sykepenger's basis (ftrl § 9-15,
§ 8-28); 6G on 1 December 2025 is 6 × 130 160 = 780 960, above 520 000, so the daily rate is 520 000 / 260 = 2 000 kr,
and 53 % of it is 1 060 kr.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

HOSPITAL = {"first_day": "2025-12-15", "last_day": "2026-01-09", "supervision_hours_per_day": 0}


def _family(**caregiver):
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1990, 9, 9), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "pleiepenger_lost_working_time_percent": 100, **caregiver}],
        "children": [{"id": "liam", "birth_date": date(2021, 6, 22), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 17.5,
                      "needs_night_watch_or_standby": "no", "care_periods": [HOSPITAL]}],
    })


def _result(family, on: date, benefit: str):
    return next(r for r in assemble(family, on, language="en").benefits if (r.benefit, r.person) == (benefit, "mor"))


def _pieces(result):
    return [(p.first_day, p.last_day, p.weekdays, p.grade, p.amount, [(g.child, g.first_day, g.last_day) for g in p.part_of or []])
            for p in result.periods]


STAY = [("liam", "2025-12-15", "2026-01-09")]


def test_december_counts_the_stay_from_15_to_31_december():
    # 1 December 2025 is a Monday. 1–14 December: 1–5, 8–12 = 10 weekdays at home, 53 %: 10 × 1 060 = 10 600.
    # 15–31 December: 15–19, 22–26, 29–31 = 5 + 5 + 3 = 13 weekdays in hospital, 100 %: 13 × 2 000 = 26 000.
    result = _result(_family(), date(2025, 12, 15), "pleiepenger")
    assert _pieces(result) == [("2025-12-01", "2025-12-14", 10, 53, 10600, []),
                               ("2025-12-15", "2025-12-31", 13, 100, 26000, STAY)]
    assert result.amount.value == 10600 + 26000


def test_january_counts_the_stay_from_1_to_9_january():
    # 1 January 2026 is a Thursday. 1–9 January: 1–2, 5–9 = 2 + 5 = 7 weekdays in hospital: 7 × 2 000 = 14 000.
    # 10–31 January at home (10, 11 and 31 are a Saturday, a Sunday and a Saturday): 12–16, 19–23, 26–30 = 15 weekdays,
    # 15 × 1 060 = 15 900.
    result = _result(_family(), date(2026, 1, 12), "pleiepenger")
    assert _pieces(result) == [("2026-01-01", "2026-01-09", 7, 100, 14000, STAY),
                               ("2026-01-10", "2026-01-31", 15, 53, 15900, [])]
    assert result.amount.value == 14000 + 15900


def test_a_month_without_a_day_of_the_period_is_the_family_level_answer():
    # February 2026: 2–6, 9–13, 16–20, 23–27 = 20 weekdays, all at home: 20 × 1 060 = 21 200, the answer without periods.
    with_period = _result(_family(), date(2026, 2, 10), "pleiepenger")
    without = _result(_family().model_copy(update={"children": [_family().children[0].model_copy(update={"care_periods": None})]}),
                      date(2026, 2, 10), "pleiepenger")
    assert _pieces(with_period) == [("2026-02-01", "2026-02-28", 20, 53, 21200, [])]
    assert with_period.amount.value == without.amount.value == 21200


def test_a_training_period_across_months_counts_its_weekdays_in_each_month():
    # Opplæringspenger (ftrl § 9-14) for the weekdays of the training days, at the daily rate 2 000 (as above).
    # 26 February – 4 March 2025: 26–28 February is Wednesday–Friday = 3; 1–4 March is Saturday–Tuesday = 2 (3, 4).
    # Each month lists the part in it, and names the period given whole.
    course = {"first_day": "2025-02-26", "last_day": "2025-03-04"}
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes",
                        "opplaeringspenger_training_share_percent": 100, "training_periods": [course]}],
        "children": [{"id": "ida", "birth_date": date(2016, 6, 1), "has_long_term_illness_or_disability": "yes"}],
    })
    whole = [(None, "2025-02-26", "2025-03-04")]
    february = _result(family, date(2025, 2, 10), "opplaeringspenger")
    march = _result(family, date(2025, 3, 10), "opplaeringspenger")
    april = _result(family, date(2025, 4, 10), "opplaeringspenger")
    assert (_pieces(february), february.amount.value) == ([("2025-02-26", "2025-02-28", 3, 100, 6000, whole)], 6000)
    assert (_pieces(march), march.amount.value) == ([("2025-03-01", "2025-03-04", 2, 100, 4000, whole)], 4000)
    assert april.periods == []  # no day of the course in April: nothing listed, nothing paid
