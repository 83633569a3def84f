"""The calculation basis (beregningsgrunnlag) an entitled chapter-9 answer carries ([fidelity] item 9).

Expected values are worked by hand from navikt/ft-beregning @ e487bf44c5b61128af9da3a7b44680597e971c6b
(reduksjon/FastsettDagsatsPrAndel.java: each share / 260, HALF_UP) and k9-sak's feriepenger rule
(PleiepengerBeregnFeriepenger: 60 weekdays a year; BeregnFeriepengerForPeriode: × 0.102).
"""

import json
from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import vocabulary

NEW_CASEWORKER_FACTS = {"employer_pays_salary_during_leave", "is_temporarily_inactive", "temporarily_inactive_type_a",
                        "activity_1_yearly_income", "activity_2_yearly_income", "activity_1_kind", "activity_2_kind",
                        "activity_3_normal_hours_per_week", "activity_3_yearly_income", "activity_3_kind"}


def _pleiepenger(on, **mother):
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", **mother}],
        "children": [{"id": "ida", "birth_date": date(2016, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0}],
    })
    answer = assemble(family, on, language="en")
    return answer, next(r for r in answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")


def test_the_new_inputs_are_caseworker_facts_with_help_in_both_languages():
    facts = vocabulary()
    assert all(facts[name].audience == "caseworker" for name in NEW_CASEWORKER_FACTS)
    assert all(facts[name].question.nb and facts[name].question.en for name in NEW_CASEWORKER_FACTS)


def test_the_new_inputs_are_never_asked_of_a_family():
    # Income not given: the family is asked for it, never for the caseworker's inputs.
    _, pleiepenger = _pleiepenger(date(2025, 6, 10), pleiepenger_lost_working_time_percent=100)
    assert pleiepenger.status == "missing_information"
    assert not {missing.fact for missing in pleiepenger.missing_facts} & NEW_CASEWORKER_FACTS


def test_refund_and_direct_payment_are_lines_of_the_basis():
    # 2025-06: 6 G = 780 960. Employer 500 000 / 260 = 1 923.08 → 1 923; member 280 960 / 260 = 1 080.62 → 1 081.
    # Feriepenger 2025 (an employee): Jan–Apr 6 G = 744 168; employer 1 923 + member 244 168 / 260 = 939.11 → 939,
    # 2 862 a day; Jan 23 + Feb 20 + Mar 17 = 60 weekdays; 60 × 2 862 × 0.102 = 17 515.44 → 17 515 (whole kroner,
    # halves up, as k9-sak stores a year's feriepenger; NAV rounds the employer's and the member's andel each,
    # 11 768.76 → 11 769 and 5 746.68 → 5 747, 17 516: the model's one rounding is 1 kr off, as holiday_pay.py says).
    _, pleiepenger = _pleiepenger(date(2025, 6, 10), employment="employee", yearly_income=900000,
                                  employer_refund_claim_yearly=500000, pleiepenger_lost_working_time_percent=100)
    basis = {line.variable: line.value for line in pleiepenger.calculation_basis}
    assert basis == {"chapter_9_basis_before_cap": 900000, "chapter_9_basis_after_cap": 780960, "chapter_9_daily_rate": 3004,
                     "chapter_9_daily_rate_to_employer": 1923, "chapter_9_daily_rate_to_member": 1081,
                     "chapter_9_holiday_pay": 17515}


def test_without_caseworker_inputs_everything_is_paid_to_the_member_and_a_frilanser_earns_no_holiday_pay():
    # 520 000 / 260 = 2 000, all to the member; a frilanser's andel earns no feriepenger (arbeidstaker only).
    _, pleiepenger = _pleiepenger(date(2025, 6, 10), employment="frilanser", yearly_income=520000,
                                  pleiepenger_lost_working_time_percent=100)
    basis = {line.variable: line.value for line in pleiepenger.calculation_basis}
    assert basis == {"chapter_9_basis_before_cap": 520000, "chapter_9_basis_after_cap": 520000, "chapter_9_daily_rate": 2000,
                     "chapter_9_daily_rate_to_member": 2000}


def test_a_right_without_a_basis_has_no_basis_key_in_the_answer():
    answer, pleiepenger = _pleiepenger(date(2025, 6, 10), pleiepenger_lost_working_time_percent=100)
    data = json.loads(answer.model_dump_json())
    assert all("calculation_basis" not in result for result in data["benefits"])
