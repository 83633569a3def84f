"""[fidelity] issue 14 item 10: pleiepenger graded per period inside the month, and opplæringspenger training days as periods (ADR 0021).

NAV's code, navikt/pleiepenger-barn-uttak @ b476489b8b3103b7b53df66f621177dcfc887981:
- KnekkpunktUtleder.finnKnekkpunkter cuts the claimed period at tilsyn, nattevåk and beredskap;
- each piece is graded on its own by BeregnGrader: tilsyn % = tilsyn a day / 7.5 h, HALF_UP to a whole
  percent; disregarded when above 0 and below 10 % (UttaksplanRegler.avklarOverseEtablertTilsynÅrsak, FOR_LAVT)
  or with nattevåk/beredskap; rest = min(100 − T, 100 − T·100/100);
- Helger.fjern removes Saturdays and Sundays; public holidays are not removed.

March 2025: 1 March is a Saturday, so the weekdays are 3–7, 10–14, 17–21, 24–28 and 31 = 21.
Daily rate: 520 000 / 260 = 2 000 (below 6G = 780 960). The mother is fully away from work (100 %).
The rounding of the graded daily amount (whole kroner here, as amount.py) is not established for NAV.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

MARCH_2025 = date(2025, 3, 15)


def _family(supervision_per_week=0, periods=None):
    child = {"id": "ida", "birth_date": date(2019, 6, 1), "needs_continuous_care_and_supervision": "yes",
             "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": supervision_per_week,
             "needs_night_watch_or_standby": "no"}
    if periods is not None:
        child["care_periods"] = periods
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "pleiepenger_lost_working_time_percent": 100}],
        "children": [child],
    })


def _pleiepenger(family):
    answer = assemble(family, MARCH_2025, language="en")
    return next(r for r in answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")


def _pieces(result):
    return [(p.first_day, p.last_day, p.weekdays, p.grade, p.reason.code, p.amount) for p in result.periods]


def test_10a_tilsyn_from_the_17th_grades_only_those_days():
    # 1–16 March: no tilsyn (the family-level 0 h), weekdays 3–14 = 10, grade 100: 10 × 2 000 = 20 000.
    # 17–31 March: 3.5 h a day; 3.5 / 7.5 = 0.4667 → 47 %; rest 53; 2 000 × 53 % = 1 060 × 11 = 11 660.
    result = _pleiepenger(_family(periods=[{"first_day": "2025-03-17", "last_day": "2025-03-31", "supervision_hours_per_day": 3.5}]))
    assert _pieces(result) == [
        ("2025-03-01", "2025-03-16", 10, 100, "none", 20000),
        ("2025-03-17", "2025-03-31", 11, 53, "graded_by_supervision", 11660),
    ]
    assert (result.status, result.amount.value) == ("entitled", 31660)


def test_10b_night_watch_in_the_period_leaves_its_tilsyn_out():
    # 17–31 March with nattevåk: the tilsyn is overlooked (NATTEVÅK), rest 100: 21 × 2 000 = 42 000.
    result = _pleiepenger(_family(periods=[{"first_day": "2025-03-17", "last_day": "2025-03-31", "supervision_hours_per_day": 3.5,
                                            "night_watch_or_standby": True}]))
    assert [piece[3] for piece in _pieces(result)] == [100, 100]
    assert result.amount.value == 42000


def test_10c_a_period_below_ten_percent_overrides_the_weekly_figure():
    # Family level 17.5 h a week (53 %: 21 × 1 060 = 22 260); the caseworker's period for the whole month says
    # 0.6 h a day: 0.6 / 7.5 = 0.08 → 8 %, above 0 and below 10 → FOR_LAVT, disregarded: 21 × 2 000 = 42 000.
    # (A weekly average of 92 % would give 21 × 1 840 = 38 640.)
    result = _pleiepenger(_family(supervision_per_week=17.5,
                                  periods=[{"first_day": "2025-03-01", "last_day": "2025-03-31", "supervision_hours_per_day": 0.6}]))
    assert _pieces(result) == [("2025-03-01", "2025-03-31", 21, 100, "none", 42000)]
    assert result.amount.value == 42000


def test_a_period_above_80_percent_is_refused_while_the_rest_of_the_month_is_paid():
    # 24–31 March (weekdays 24–28 and 31 = 6): 6.1 h a day; 6.1 / 7.5 = 0.8133 → 81 %; rest 19 < 20, T > 80:
    # refused (…ETABLERT_TILSYN). 1–23 March: weekdays 3–21 = 15 × 2 000 = 30 000.
    result = _pleiepenger(_family(periods=[{"first_day": "2025-03-24", "last_day": "2025-03-31", "supervision_hours_per_day": 6.1}]))
    assert _pieces(result) == [
        ("2025-03-01", "2025-03-23", 15, 100, "none", 30000),
        ("2025-03-24", "2025-03-31", 6, 0, "supervision_above_80_percent", 0),
    ]
    assert result.amount.value == 30000


def test_without_periods_the_answer_is_the_family_level_one():
    # 17.5 h a week → 53 %: 1 060 × 21 = 22 260, and no period list.
    result = _pleiepenger(_family(supervision_per_week=17.5))
    assert result.periods is None
    assert result.amount.value == 22260
    assert "periods" not in result.model_dump()


def _training_family(**mother):
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes",
                        "opplaeringspenger_training_share_percent": 100, **mother}],
        "children": [{"id": "ida", "birth_date": date(2016, 6, 1), "has_long_term_illness_or_disability": "yes"}],
    })


def test_training_periods_give_the_training_days_of_the_month():
    # Opplæringspenger (ftrl § 9-14) are paid for training days, not Saturdays or Sundays (the model's amount.py).
    # 5–11 March 2025: Wed 5 – Tue 11 = 5, 6, 7, 10, 11 = 5 weekdays; 27–28 March: Thu–Fri = 2. 7 days × 2 000 = 14 000.
    answer = assemble(_training_family(training_periods=[{"first_day": "2025-03-27", "last_day": "2025-03-28"},
                                                         {"first_day": "2025-03-05", "last_day": "2025-03-11"}]),
                      MARCH_2025, language="en")
    result = next(r for r in answer.benefits if r.benefit == "opplaeringspenger" and r.person == "mor")
    assert [(p.first_day, p.weekdays, p.amount) for p in result.periods] == [("2025-03-05", 5, 10000), ("2025-03-27", 2, 4000)]
    assert (result.status, result.amount.value) == ("entitled", 14000)


def test_training_periods_and_a_count_of_days_are_not_both_given():
    with pytest.raises(ValueError, match="training_periods"):
        _training_family(training_periods=[{"first_day": "2025-03-05", "last_day": "2025-03-11"}],
                         opplaeringspenger_training_days_in_month=5)
