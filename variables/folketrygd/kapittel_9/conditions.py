"""Conditions common to chapter 9 (ftrl §§ 9-2, 9-3): opptjening, ½G and age 70.

Pleiepenger and opplæringspenger both rest on them.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Outcome, from_answer, from_bool, from_known_bool, is_given

SECTION_9_2 = "https://lovdata.no/lov/1997-02-28-19/§9-2"
SECTION_9_3 = "https://lovdata.no/lov/1997-02-28-19/§9-3"


class chapter_9_condition_opptjening(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opptjening: i arbeid minst fire uker rett før fraværet (worked four weeks immediately before the absence)"
    reference = SECTION_9_2 + " første ledd"

    def formula(person, period):
        return from_answer(person("has_worked_four_weeks", period))


class chapter_9_condition_minimum_income(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Beregningsgrunnlaget er minst halvparten av grunnbeløpet (income basis at least ½G)"
    reference = SECTION_9_3

    def formula(person, period, parameters):
        law = parameters(period).folketrygd
        income = person("yearly_income", period)
        return from_known_bool(is_given(income), income >= law.sykepenger_common.minimum_income_g * law.grunnbelop)


class chapter_9_condition_caregiver_age(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Omsorgspersonen har ikke fylt 70 år (the caregiver is under 70)"
    reference = SECTION_9_3

    def formula(person, period, parameters):
        return from_bool(person("age", period) < parameters(period).folketrygd.sykepenger_common.maximum_age)
