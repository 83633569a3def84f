"""A self-employed parent's three years of pensjonsgivende inntekt, averaged as ftrl § 8-35 and NAV do.

§ 8-35 andre ledd (as navikt/helse-spleis @ d1effe9b quotes it): the average of the three last years, each «regulert i
samsvar med grunnbeløpet», a third of the income between 6 and 12 G, none above; NAV's ft-beregning @ e487bf44
(FinnGjennomsnittligPGI) divides each year by its average G. § 8-35 tredje ledd (Prop. 12 L (2018–2019) pkt. 5.1.1.1):
after a lasting change, more than 25 % off the average → skjønn. The model variables are checked in
tests/folketrygd/kapittel_9_self_employed.yaml; here the answer, the family model, the date checks and the interview.

Average G (navikt/g): 2022 109 784, 2023 116 239, 2024 122 225, 2025 128 116, 2026 134 419. G from 1 May 2025 130 160;
from 1 May 2026 136 549 (the newest known: after 1 May 2027 G is not known).
"""

from datetime import date

import pytest
from pydantic import ValidationError

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.dates import family_date_problems

IDA = {"id": "ida", "birth_date": "2016-06-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
       "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
       "established_supervision_hours_per_week": 0}
# 4 G each year: 2024 4 × 122 225, 2023 4 × 116 239, 2022 4 × 109 784.
FOUR_G_YEARS = {"pensionable_income_latest_year": 2024, "pensionable_income_latest": 488900,
                "pensionable_income_one_year_earlier": 464956, "pensionable_income_two_years_earlier": 439136}


def _family(**mother) -> Family:
    return Family.model_validate({"kommunenummer": "0301", "children": [IDA], "caregivers": [
        {"id": "mor", "birth_date": "1985-03-10", "employment": "self_employed", "has_worked_four_weeks": "yes",
         "pleiepenger_lost_working_time_percent": 100, **mother}]})


def _pleiepenger(family, on, language="en"):
    return next(r for r in assemble(family, on, language=language).benefits if r.benefit == "pleiepenger")


def test_the_answer_averages_the_three_years_in_g():
    # 4 G × 130 160 = 520 640 a year; / 260 = 2 002.46 → 2 002 a day; June 2025 has 21 weekdays: 42 042.
    result = _pleiepenger(_family(**FOUR_G_YEARS), date(2025, 6, 10))
    assert (result.status, result.amount.value) == ("entitled", 42042)
    basis = {line.variable: line.value for line in result.calculation_basis}
    assert basis["chapter_9_basis_from_three_years"] == pytest.approx(520640, abs=0.01)
    assert basis["chapter_9_daily_rate"] == 2002


def test_g_sets_the_average_so_it_is_a_lower_bound_once_g_is_not_known():
    # 400 000 each year 2024–2026: 400 000 / 122 225 + 400 000 / 128 116 + 400 000 / 134 419 = 9.3706 G, / 3 = 3.1235 G;
    # × 136 549 = 426 515.04, / 260 = 1 640.44 → 1 640 a day. Below 6 G, yet G sets it (§ 8-35 andre ledd): after
    # 1 May 2027, with G 2027 not known, the amount is a lower bound (ADR 0009); before it, it is not.
    years = {"pensionable_income_latest_year": 2026, "pensionable_income_latest": 400000,
             "pensionable_income_one_year_earlier": 400000, "pensionable_income_two_years_earlier": 400000}
    march, june = (_pleiepenger(_family(**years), day) for day in (date(2027, 3, 10), date(2027, 6, 10)))
    assert next(line.value for line in march.calculation_basis if line.variable == "chapter_9_daily_rate") == 1640
    assert (march.amount_is_lower_bound, june.amount_is_lower_bound) == (False, True)


def test_some_of_the_years_without_the_rest_are_refused_naming_those_left_out():
    partial = {key: value for key, value in FOUR_G_YEARS.items() if key != "pensionable_income_two_years_earlier"}
    with pytest.raises(ValidationError) as refused:
        _family(**partial)
    error = refused.value.errors()[0]
    assert error["type"] == "income_years_incomplete"
    assert error["ctx"]["en"].endswith("left out: pensionable_income_two_years_earlier")
    assert error["ctx"]["nb"].endswith("mangler: pensionable_income_two_years_earlier")


def test_a_latest_year_that_is_not_over_on_the_date_asked_is_refused():
    # A year's pensjonsgivende inntekt is fixed once the year is over: 2025 asked on 10 June 2025 cannot be counted.
    family = _family(**{**FOUR_G_YEARS, "pensionable_income_latest_year": 2025})
    [problem] = family_date_problems(family, date(2025, 6, 10))
    assert problem.field == "family.caregivers.0.pensionable_income_latest_year"
    assert "2025" in problem.nb and "før datoen det spørres om" in problem.nb
    assert family_date_problems(family, date(2026, 1, 5)) == []


def test_a_latest_year_older_than_nav_uses_is_refused_naming_the_years_allowed():
    # ft-beregning FP_BR 2.1 (FastsettBeregningsperiodeForAktivitetstatus): the three years end with the year before the
    # skjæringstidspunkt, or the one before that while it is not settled; never earlier. On 10 June 2025: 2024 or 2023.
    family = _family(**{**FOUR_G_YEARS, "pensionable_income_latest_year": 2022})
    [problem] = family_date_problems(family, date(2025, 6, 10))
    assert problem.field == "family.caregivers.0.pensionable_income_latest_year"
    assert "2023 or 2024" in problem.en and "2023 eller 2024" in problem.nb
    assert family_date_problems(family, date(2024, 6, 10)) == []  # in 2024, 2022 is the one before the year before


def test_the_years_before_the_wording_of_2019_are_refused():
    # Before 2019 § 8-35 averaged pensjonspoeng (Prop. 12 L (2018–2019) pkt. 5.1.1), not modelled.
    family = _family(**{**FOUR_G_YEARS, "pensionable_income_latest_year": 2017})
    [problem] = family_date_problems(family, date(2018, 6, 10))
    assert "yearly_income" in problem.en and "2019-01-01" in problem.nb


def test_the_interview_asks_the_one_figure_never_the_three_years():
    # The three years are given by a portal, a caseworker or a file (`absent_means`); the interview asks yearly_income.
    asked = {question.fact for question in run_interview(_family(), date(2025, 6, 10), "nb", depth="all").questions}
    assert "yearly_income" in asked
    assert not {fact for fact in asked if fact.startswith("pensionable_income")}
    assert "self_employed_new_in_working_life" not in asked


def test_new_in_working_life_is_to_be_assessed_whatever_the_deviation():
    # ft-beregning FP_BR 2.18: «ny i arbeidslivet» → the caseworker sets the basis (§ 8-35 tredje ledd), though the
    # 4 G average stands with no income now given (it would be 42 042 in June 2025).
    result = _pleiepenger(_family(**FOUR_G_YEARS, self_employed_new_in_working_life="yes"), date(2025, 6, 10), "nb")
    assert (result.status, result.amount, result.reason.code) == (
        "to_be_assessed", None, "self_employed_income_assessed_by_nav")
    assert "begynte i arbeidslivet" in result.reason.text


@pytest.mark.parametrize("language, words", [("nb", "§ 8-35 tredje ledd"), ("en", "§ 8-35 third paragraph")])
def test_a_lasting_change_of_more_than_25_percent_is_to_be_assessed(language, words):
    # Average 520 640 (4 G × 130 160); 25 % of it is 130 160; 700 000 now is 179 360 off it: NAV sets the basis by skjønn.
    result = _pleiepenger(_family(**FOUR_G_YEARS, pensionable_income_after_lasting_change=700000), date(2025, 6, 10),
                          language)
    assert (result.status, result.amount, result.reason.code) == (
        "to_be_assessed", None, "self_employed_income_assessed_by_nav")
    assert words in result.reason.text
