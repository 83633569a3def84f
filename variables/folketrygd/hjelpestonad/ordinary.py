"""Hjelpestønad (ftrl § 6-4): the ordinary rate for a child's extra care need."""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer
from openfisca_asb.rules.money import whole_kroner

SECTION_6_4 = "https://lovdata.no/lov/1997-02-28-19/§6-4"


class hjelpestonad_condition_lasting_illness(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpestønad: varig sykdom, skade eller lyte (lasting illness, injury or disability)"
    reference = SECTION_6_4 + " første ledd"

    def formula(person, period):
        return from_answer(person("has_lasting_illness", period))


class hjelpestonad_condition_private_care(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpestønad: privat pleieforhold (private care arrangement)"
    reference = SECTION_6_4 + " første ledd"

    def formula(person, period):
        return from_answer(person("has_private_care_arrangement", period))


class hjelpestonad_condition_care_need(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpestønad: særskilt tilsyn og pleie, minst verdt satsen, utover friske barn på samme alder (care need beyond healthy peers)"
    reference = SECTION_6_4 + " andre og tredje ledd"

    def formula(person, period):
        return from_answer(person("needs_extra_supervision_and_care", period))


class hjelpestonad_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpestønad: alle vilkår (all conditions, combined)"
    reference = SECTION_6_4

    def formula(person, period):
        return all_of(
            person("hjelpestonad_condition_lasting_illness", period),
            person("hjelpestonad_condition_private_care", period),
            person("hjelpestonad_condition_care_need", period),
        )


class hjelpestonad_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Hjelpestønad (assistance allowance), status"
    reference = SECTION_6_4

    def formula(person, period):
        return status_from(person("hjelpestonad_conditions", period))


class hjelpestonad_monthly_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Hjelpestønad, ordinær sats per måned (ordinary rate per month: yearly rate / 12, whole kroner)"
    reference = SECTION_6_4 + " andre ledd"

    def formula(person, period, parameters):
        yearly = parameters(period).folketrygd.hjelpestonad.ordinary_yearly_rate
        return whole_kroner(yearly / 12) * person.filled_array(1)


class hjelpestonad_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Hjelpestønad (assistance allowance), monthly amount at the ordinary rate"
    reference = SECTION_6_4
    documentation = "Zero where forhøyet hjelpestønad is granted: that rate replaces the ordinary one."

    def formula(person, period):
        entitled = person("hjelpestonad_status", period) == Status.entitled
        replaced = person("forhoyet_hjelpestonad_status", period) == Status.entitled
        return numpy.where(entitled * numpy.logical_not(replaced), person("hjelpestonad_monthly_rate", period), 0)


class HjelpestonadReason(Enum):
    none = "Ingen særskilt begrensning (no particular constraint)"
    replaced_by_forhoyet = "Betales som forhøyet hjelpestønad (paid as the increased allowance)"


class hjelpestonad_reason(Variable):
    value_type = Enum
    possible_values = HjelpestonadReason
    default_value = HjelpestonadReason.none
    entity = Person
    definition_period = MONTH
    label = "Hjelpestønad: begrunnelseskode (why the ordinary amount is what it is)"
    reference = "https://lovdata.no/lov/1997-02-28-19/§6-5"

    def formula(person, period):
        replaced = person("forhoyet_hjelpestonad_status", period) == Status.entitled
        return numpy.where(replaced, HjelpestonadReason.replaced_by_forhoyet.index, HjelpestonadReason.none.index)
