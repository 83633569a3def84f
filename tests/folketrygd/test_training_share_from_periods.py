"""The training periods settle the share of a working week; a share answered still wins (review s23 caseworker L1).

Training below 20 % of a working week is not covered (ftrl § 9-14; NAV's rundskriv: «mindre enn 20 prosent per uke
(til sammen 1 dag)»). The model counts a training day whole (opplaeringspenger/amount.py), so the periods give the
share: the fewest training weekdays in a week that holds one of the month's training days, of five. A whole week is
100 %, one day a week 20 %. An answer given wins: the days may be short ones.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.periods import DatedPeriod, training_by_month


def _periods(*spans):
    return [DatedPeriod(first_day=date.fromisoformat(first), last_day=date.fromisoformat(last)) for first, last in spans]


@pytest.mark.parametrize(("spans", "expected"), [
    # Monday 9 – Friday 13 September 2024: 5 weekdays, the whole week: 100 %.
    ([("2024-09-09", "2024-09-13")], {"2024-09": (5, 5)}),
    # Thursday 30 October – Tuesday 4 November 2025: Thursday–Friday in one week, Monday–Tuesday in the next: 2 days
    # each, 40 %, in either month.
    ([("2025-10-30", "2025-11-04")], {"2025-10": (2, 2), "2025-11": (2, 2)}),
    # Tuesdays 2 and 9 September 2025: one day in each of two weeks: 20 %.
    ([("2025-09-02", "2025-09-02"), ("2025-09-09", "2025-09-09")], {"2025-09": (2, 1)}),
    # Saturday 13 – Sunday 14 September 2024: no weekday, no month.
    ([("2024-09-14", "2024-09-15")], {}),
])
def test_the_periods_give_each_months_days_and_fewest_days_in_a_week(spans, expected):
    assert training_by_month(_periods(*spans)) == expected


def _training(**mor):
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1989-04-23", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 540000, "opplaeringspenger_training_at_approved_institution": "yes",
                        "opplaeringspenger_medical_certificate": "yes",
                        "training_periods": [{"first_day": "2024-09-09", "last_day": "2024-09-13"}], **mor}],
        "children": [{"id": "ingrid", "birth_date": "2021-01-15", "has_long_term_illness_or_disability": "yes"}],
    })
    answer = assemble(family, date(2024, 9, 1), language="en")
    return next(r for r in answer.benefits if (r.benefit, r.person) == ("opplaeringspenger", "mor"))


def _share(result):
    return next(c.outcome for c in result.conditions if c.variable == "opplaeringspenger_condition_training_share")


def test_a_whole_week_of_training_is_not_asked_for_its_share():
    # 5 of 5 weekdays: 100 %, at least 20 %: entitled, 5 × 2 077 = 10 385 kr (540 000 / 260 = 2 076.92 → 2 077).
    result = _training()
    assert (result.status, _share(result), result.amount.value) == ("entitled", "met", 10385)
    assert "opplaeringspenger_training_share_percent" not in {m.fact for m in result.missing_facts}


def test_a_share_answered_wins_over_the_periods():
    # The caregiver says the training takes 15 % of her week (short days): below 20 %, no opplæringspenger.
    result = _training(opplaeringspenger_training_share_percent=15)
    assert (result.status, _share(result), result.reason.code) == ("not_entitled", "not_met", "training_below_20_percent")
