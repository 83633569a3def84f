"""An answer asked for a day inside the month of an 18th birthday (ADR 0037, addendum 0.18.0).

Sara (teenager-cancer) is born 2009-02-14, so she turns 18 on 2027-02-14.
- Pleiepenger are for the care of «barn under 18 år» (ftrl § 9-10 første ledd), judged by the day: the last day
  under 18 is 2027-02-13. From the 14th the right rests on the third ledd's exception alone (an intellectual
  disability with a life-threatening or very serious illness), answered "no" here, so the condition is not met.
- The companion on patient travel needs no documented need «Når barn under 18 år følges på reisen» (helsenorge),
  trip by trip: met on the 13th, not on the 14th.
- Forhøyet hjelpestønad (§ 6-5, a child under 18) is given per month and stops at the end of the month the right
  falls away (§ 22-12 sjette ledd): met on every day of February, not met on 2027-03-01.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.examples import example_date, example_family

NOT_THE_EXCEPTION = {"has_intellectual_disability_with_serious_illness": "no"}
BY_THE_DAY = {("pleiepenger", "mor"): "pleiepenger_condition_child_age",
              ("pasientreiser_ledsager", "sara"): "pasientreiser_ledsager_condition_child_under_limit"}
MONTHLY = {("forhoyet_hjelpestonad", "sara"): "forhoyet_hjelpestonad_condition_age"}


def _outcomes(on: date, conditions: dict) -> dict:
    family = family_moved(example_family("teenager-cancer"), example_date("teenager-cancer"), on)[0]
    family = family.model_copy(update={"children": [child.model_copy(update=NOT_THE_EXCEPTION) for child in family.children]})
    results = {(r.benefit, r.person): r for r in assemble(family, on, "en").benefits}
    return {right: next(c.outcome for c in results[right].conditions if c.variable == variable)
            for right, variable in conditions.items()}


@pytest.mark.parametrize(("on", "outcome"), [
    (date(2027, 2, 1), "met"),
    (date(2027, 2, 13), "met"),  # the last day under 18
    (date(2027, 2, 14), "not_met"),  # the birthday itself
    (date(2027, 2, 28), "not_met"),
])
def test_a_limit_judged_by_the_day_counts_the_age_on_the_day_asked(on, outcome):
    assert set(_outcomes(on, BY_THE_DAY).values()) == {outcome}


@pytest.mark.parametrize(("on", "outcome"), [
    (date(2027, 2, 14), "met"),
    (date(2027, 2, 28), "met"),  # paid through the month the right falls away
    (date(2027, 3, 1), "not_met"),
])
def test_a_monthly_limit_counts_the_age_on_the_first_of_the_month(on, outcome):
    assert set(_outcomes(on, MONTHLY).values()) == {outcome}


@pytest.mark.parametrize(("on", "outcome"), [(date(2026, 2, 27), "met"), (date(2026, 2, 28), "not_met")])
def test_one_born_on_29_february_turns_18_on_28_february_as_the_timeline_dates_it(on, outcome):
    # Born 2008-02-29: in 2026, a year without 29 February, the 18th birthday is 28 February, as NAV's date arithmetic
    # (LocalDate.plusYears) and the timeline's `add_years` give it; the answer agreed only from 1 March.
    family = family_moved(example_family("teenager-cancer"), example_date("teenager-cancer"), on)[0]
    family = family.model_copy(update={"children": [
        child.model_copy(update={"birth_date": date(2008, 2, 29), **NOT_THE_EXCEPTION}) for child in family.children]})
    results = {(r.benefit, r.person): r for r in assemble(family, on, "en").benefits}
    outcomes = {next(c.outcome for c in results[right].conditions if c.variable == variable) for right, variable in BY_THE_DAY.items()}
    assert outcomes == {outcome}
