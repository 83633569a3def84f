"""Feriepenger of pleiepenger are counted from the child's birth, not from 1 January (review s24 page L6).

Holiday pay is 10.2 % of the benefit for the first 60 weekdays with benefit in the year (ferieloven § 10 nr. 2 and 4;
NAV's k9-sak). The model reads the family's situation as lasting the whole year (ADR 0001, holiday_pay.py), but no
one cares for a child before it is born: the days are counted from the birth of the child the claim is for.

Mor, an employee with 480 000 kr a year, away 100 %: daily rate 480 000 / 260 = 1 846.15 → 1 846 kr (below 6G).
- Born Monday 3 November 2025, asked 1 December 2025: weekdays 3–28 November = 20, 1–31 December 2025 = 23
  (1–5, 8–12, 15–19, 22–26, 29–31), so 43 < 60 days: 43 × 1 846 × 0.102 = 8 096.56 → 8 097 kr.
  Counted from 1 January it was 60 × 1 846 × 0.102 = 11 297.52 → 11 298 kr.
- The review's Mia, born Sunday 20 July 2025, asked 1 September 2025: 21–31 July = 9, August = 21, September = 22,
  so 52 by the end of September and the 60th day in October: 60 × 1 846 × 0.102 = 11 298 kr, the same figure, but
  now counted from the birth (and the line says so).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family


def _family(born: str) -> Family:
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1993-02-02", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 480000, "pleiepenger_lost_working_time_percent": 100,
                        "pleiepenger_claimed_percent": 100}],
        "children": [{"id": "mia", "birth_date": born, "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "care_need_requires_two_caregivers": "no"}]})


def _holiday_pay(family: Family, on: date) -> float:
    pleiepenger = next(r for r in assemble(family, on, "nb").benefits if r.benefit == "pleiepenger")
    return next(line.value for line in pleiepenger.calculation_basis if line.variable == "chapter_9_holiday_pay")


@pytest.mark.parametrize(("born", "on", "kroner"), [
    ("2025-11-03", date(2025, 12, 1), 8097),   # 43 weekdays from the birth to 31 December
    ("2025-07-20", date(2025, 9, 1), 11298),   # 60 weekdays reached in October
    ("2024-07-20", date(2025, 9, 1), 11298),   # born last year: from 1 January, 60 days by March
])
def test_holiday_pay_counts_no_day_before_the_birth(born, on, kroner):
    assert _holiday_pay(_family(born), on) == kroner
