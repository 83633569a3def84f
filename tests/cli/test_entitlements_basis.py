"""`asb entitlements` prints an entitled right's calculation basis under the table ([fidelity] item 9), and what
the answer assumed where the family was silent (issue 17 item 7: the page says it too)."""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.cli.entitlements import render_table
from openfisca_asb.facts.family import Family


def test_the_table_ends_with_the_calculation_basis():
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 900000,
                        "employer_refund_claim_yearly": 500000, "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "ida", "birth_date": date(2016, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0}],
    })
    table = render_table(assemble(family, date(2025, 6, 10), language="en"))
    # ft-beregning: employer 500 000 / 260 → 1 923; member (780 960 − 500 000) / 260 → 1 081.
    assert "Calculation basis – Care benefit for a sick child (pleiepenger) (mor):" in table
    assert "  Of the daily rate: refunded to the employer (refusjon): 1 923 kr" in table
    assert "  Of the daily rate: paid directly to you: 1 081 kr" in table


def test_the_table_says_once_what_it_assumed():
    # No school grade given (ADR 0026): Nora, born February 2017, turned six in 2023 and is in 2nd grade
    # from August 2024 (opplæringslova § 2-1); several rights read the grade, the table says it once.
    family = Family.model_validate({"caregivers": [{"id": "mor", "birth_date": date(1990, 5, 5)}],
                                    "children": [{"id": "nora", "birth_date": date(2017, 2, 11), "has_illness_or_extra_needs": "no"}]})
    lines = render_table(assemble(family, date(2024, 9, 1), language="en")).splitlines()
    start = lines.index("What we have assumed:")
    assert lines[start + 1].startswith("  - The grade is worked out from the age: nora grade 2 ")
    assert not lines[start + 2].startswith("  - ")


def test_two_children_whose_grades_were_assumed_are_named_once_each_in_one_line():
    # A family right reads both children's grades, a child's right one child's: the table joins them and names
    # each child once (as the page does). Nora, born February 2017, is in 2nd grade from August 2024; Olav,
    # born February 2019, turns six in 2025 and starts school in August 2025 (opplæringslova § 2-1).
    family = Family.model_validate({"caregivers": [{"id": "mor", "birth_date": date(1985, 3, 1)}],
                                    "children": [{"id": "nora", "birth_date": date(2017, 2, 11), "has_lasting_illness": "yes"},
                                                 {"id": "olav", "birth_date": date(2019, 2, 1), "has_illness_or_extra_needs": "no"}]})
    lines = render_table(assemble(family, date(2024, 9, 1), language="en")).splitlines()
    start = lines.index("What we have assumed:")
    assert "nora grade 2" in lines[start + 1] and "olav has not started school" in lines[start + 1]
    assert not lines[start + 2].startswith("  - ")


def test_each_refusal_says_why_in_the_answers_words():
    # Issue 17 item 7: the CLI says why, as the API's reason and the page do. Hjelpestønad requires a lasting
    # illness, injury or disability (ftrl § 6-4 first ledd); the family says the child has none.
    family = Family.model_validate({"caregivers": [{"id": "mor", "birth_date": date(1990, 5, 5)}],
                                    "children": [{"id": "olav", "birth_date": date(2012, 10, 1), "has_lasting_illness": "no"}]})
    answer = assemble(family, date(2024, 9, 1), language="en")
    refused = next(r for r in answer.benefits if r.benefit == "hjelpestonad")
    assert refused.status == "not_entitled" and "lasting illness" in refused.reason.text
    assert f"Why – Assistance allowance (hjelpestønad) (olav): {refused.reason.text}" in render_table(answer).splitlines()


def _employee_at_480000():
    """An employee earning 480 000 a year on full pleiepenger for a child with no supervision by others."""
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 480000,
                        "pleiepenger_lost_working_time_percent": 100, "employment": "employee"}],
        "children": [{"id": "ida", "birth_date": date(2019, 6, 1), "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "needs_night_watch_or_standby": "no"}],
    })


def test_holiday_pay_is_whole_kroner_as_nav_stores_it():
    # Issue 17 review: «11 297.52 kr». 480 000 / 260 = 1 846.15 → a daily rate of 1 846 kr; feriepenger are
    # 10.2 % of the first 60 weekdays (ferieloven § 10 nr. 2 and 4; k9-sak): 60 × 1 846 × 0.102 = 11 297.52,
    # 11 298 kr: whole kroner, halves up, as k9-sak stores a year's feriepenger (BeregnFeriepengerTjeneste.mapAndel).
    family = _employee_at_480000()
    answer = assemble(family, date(2024, 9, 1), language="en")
    pleiepenger = next(r for r in answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")
    holiday_pay = next(line for line in pleiepenger.calculation_basis if line.text.startswith("Holiday pay"))
    assert holiday_pay.value == 11298
    assert f"  {holiday_pay.text}: 11 298 kr" in render_table(answer).splitlines()


def test_each_condition_is_listed_with_its_source_as_check_decision_lists_it():
    # Issue 17 review: the text showed no legal source per condition. Pleiepenger require that the caregiver cares for
    # the child: folketrygdloven (lov 28. februar 1997 nr. 19) § 9-10 første ledd, on Lovdata as lov/1997-02-28-19/§9-10.
    from openfisca_asb.answer.decision_check import Decision, check_decision
    from openfisca_asb.cli.check_decision import render_check

    family = _employee_at_480000()
    lines = render_table(assemble(family, date(2024, 9, 1), language="en")).splitlines()
    start = lines.index("Conditions and legal sources – Care benefit for a sick child (pleiepenger) (mor):")
    line = "Met: You care for the child. (Folketrygdloven § 9-10 første ledd: https://lovdata.no/lov/1997-02-28-19/§9-10)"
    assert lines[start + 1] == f"  {line}"
    check = check_decision(family, date(2024, 9, 1), Decision(benefit="pleiepenger", outcome="refused", person="mor"), "en")
    assert f"- {line}" in render_check(check).splitlines()
