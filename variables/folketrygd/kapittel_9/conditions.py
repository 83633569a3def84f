"""Conditions common to chapter 9 (ftrl §§ 9-2, 9-3): opptjening, ½G and age 70.

Pleiepenger and opplæringspenger both rest on them.
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import from_bool, from_known_bool, is_given


class chapter_9_condition_minimum_income(Condition):
    entity = Person
    label = "Beregningsgrunnlaget er minst halvparten av grunnbeløpet (income basis at least ½G)"
    reference = ftrl("9-3")

    def formula(person, period, parameters):
        """The income basis must be at least half the grunnbeløp (ftrl § 9-3); unknown while the yearly income
        is not given.
        """
        law = parameters(period).folketrygd
        income = person("yearly_income", period)
        return from_known_bool(is_given(income), income >= law.sykepenger_common.minimum_income_g * law.grunnbelop)


class chapter_9_condition_caregiver_age(Condition):
    entity = Person
    label = "Omsorgspersonen har ikke fylt 70 år (the caregiver is under 70)"
    reference = ftrl("9-3")

    def formula(person, period, parameters):
        """Chapter-9 benefits are not paid to a member who has turned 70 (ftrl § 9-3): met while the caregiver
        is younger.
        """
        return from_bool(person("age", period) < parameters(period).folketrygd.sykepenger_common.maximum_age)
