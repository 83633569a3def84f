"""Conditions common to chapter 9 (ftrl §§ 9-2, 9-3): opptjening, ½G (1 G when midlertidig inaktiv) and age 70.

Pleiepenger and opplæringspenger both rest on them.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import FactAnswer, from_bool, from_known_bool, is_given


class chapter_9_minimum_income_g(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "G"
    label = "Minsteinntekt i G: ½G, eller 1 G for midlertidig inaktiv (the income floor in G: ½G, or 1 G when temporarily inactive)"
    reference = ftrl("9-3", ledd=2)

    def formula(person, period, parameters):
        """The income floor in G: half the grunnbeløp (ftrl § 9-3 andre ledd), or the whole grunnbeløp for a member
        NAV treats as midlertidig inaktiv (ftrl § 8-47 femte ledd as NAV's ft-beregning cites it:
        RegelVurderBeregningsgrunnlag → BeregningsgrunnlagUnderEnG).
        """
        law = parameters(period).folketrygd.sykepenger_common
        inactive = person("is_temporarily_inactive", period) == FactAnswer.yes
        return numpy.where(inactive, law.temporarily_inactive_minimum_income_g, law.minimum_income_g)


class chapter_9_condition_minimum_income(Condition):
    entity = Person
    label = "Beregningsgrunnlaget er minst halvparten av grunnbeløpet, 1 G for midlertidig inaktiv (income basis at least ½G; 1 G when temporarily inactive, § 8-47)"
    reference = ftrl("9-3", ledd=2)

    def formula(person, period, parameters):
        """«Inntektsgrunnlaget for sykepenger … må utgjøre minst 50 prosent av grunnbeløpet» (ftrl § 9-3 andre
        ledd), or the whole grunnbeløp for a member who is midlertidig inaktiv (§ 8-47, as NAV's ft-beregning checks
        it); unknown while the yearly income is not given.
        """
        law = parameters(period).folketrygd
        income = person("yearly_income", period)
        floor = person("chapter_9_minimum_income_g", period) * law.grunnbelop
        return from_known_bool(is_given(income), income >= floor)


class chapter_9_condition_caregiver_age(Condition):
    entity = Person
    label = "Omsorgspersonen har ikke fylt 70 år (the caregiver is under 70)"
    reference = ftrl("9-3", ledd=1, punktum=2)

    def formula(person, period, parameters):
        """«Det ytes ikke stønad til medlem som er fylt 70 år» (ftrl § 9-3 første ledd andre punktum): met while
        the caregiver is younger.
        """
        return from_bool(person("age", period) < parameters(period).folketrygd.sykepenger_common.maximum_age)
