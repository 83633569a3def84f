"""The amount per day behind a month's amount of a right paid per day (answer/per_day.py, issue s11 item 1).

Pleiepenger pay the daily rate (ftrl § 9-15: the basis up to 6G / 260) × the grade, whole kroner, per weekday
(variables/folketrygd/pleiepenger/amount.py); opplæringspenger the daily rate per training day.
"""

from openfisca_asb.answer.per_day import amount_per_day, paid_per_day
from openfisca_asb.catalogue import catalogue

RATES = {"chapter_9_daily_rate": 3004.0, "pleiepenger_grade": 50.0}


def test_the_rights_paid_per_day_are_those_whose_basis_lists_the_daily_rate():
    assert sorted(b.id for b in catalogue().values() if paid_per_day(b)) == ["opplaeringspenger", "pleiepenger"]


def test_pleiepenger_per_day_is_the_graded_daily_rate_and_the_days_follow():
    # 3 004 × 50 % = 1 502 kr a day; 22 weekdays: 33 044 kr.
    assert amount_per_day(catalogue()["pleiepenger"], 33044.0, RATES.get) == (1502.0, 22)


def test_opplaeringspenger_per_day_is_the_full_daily_rate():
    # 5 training days at 3 004 kr: 15 020 kr (the grade is pleiepenger's, not read).
    assert amount_per_day(catalogue()["opplaeringspenger"], 15020.0, RATES.get) == (3004.0, 5)


def test_no_amount_per_day_where_the_month_is_not_whole_days_at_one_rate():
    # Care periods graded differently within the month (ADR 0021), 50 % and 80 %: 1 502 × 10 + 2 403 × 12 = 43 856,
    # not a whole number of days at 1 502 (29.2).
    assert amount_per_day(catalogue()["pleiepenger"], 43856.0, RATES.get) is None
    assert amount_per_day(catalogue()["pleiepenger"], None, RATES.get) is None
    assert amount_per_day(catalogue()["hjelpestonad"], 1000.0, RATES.get) is None
