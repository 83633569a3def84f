"""The feriepenger line says the year is counted from 1 January (review s21 caseworker L7).

Holiday pay is 10.2 % of the benefit for the first 60 weekdays with benefit in the year (ferieloven § 10 nr. 2 and 4;
NAV's k9-sak). The model counts them from 1 January, as if the pleiepenger given for the month asked had run all year
(holiday_pay.py, ADR 0001). Family D of the review, June 2021: 6G before 1 May 2021 = 6 × 101 351 = 608 106,
/ 260 = 2 338.87 → 2 339 kr a day; 60 × 2 339 × 0.102 = 14 314.68 → 14 315. A mother on pleiepenger only from June
would earn 60 × 2 455 × 0.102 = 15 025 (6G from 1 May 2021: 6 × 106 399 = 638 394 / 260 = 2 455.36 → 2 455), so the
line must say what it assumes.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

FAMILY = Family.model_validate({
    "caregivers": [{"id": "mor", "birth_date": "1984-02-02", "employment": "employee", "has_worked_four_weeks": "yes",
                    "yearly_income": 650000, "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": 100}],
    "children": [{"id": "oskar", "birth_date": "2013-01-09", "needs_continuous_care_and_supervision": "yes",
                  "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                  "care_need_requires_two_caregivers": "no"}]})
SAYS = {"nb": ("Feriepenger", "regnet som om du har hatt pleiepengene og opplæringspengene slik du har oppgitt dem, fra 1. januar i år, eller fra barnets fødsel hvis barnet er født i år"),
        "en": ("Holiday pay", "counted as if you had had the pleiepenger and opplæringspenger as you have given them since 1 January this year, or since the child's birth if the child was born this year")}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_holiday_pay_line_says_it_counts_from_1_january(language):
    pleiepenger = next(r for r in assemble(FAMILY, date(2021, 6, 15), language).benefits if r.benefit == "pleiepenger")
    start, assumption = SAYS[language]
    line = next(line for line in pleiepenger.calculation_basis if line.text.startswith(start))
    assert line.text.endswith(assumption)
    assert line.value == 14315
