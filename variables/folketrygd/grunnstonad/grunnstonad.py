"""Grunnstønad (ftrl § 6-3): conditions and status.

A right, not discretion: the member is entitled when the lasting illness gives
necessary extra costs that at least reach the lowest sats.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome, all_of, from_answer

SECTION_6_3 = "https://lovdata.no/lov/1997-02-28-19/§6-3"


class grunnstonad_condition_lasting_illness(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: varig sykdom, skade eller lyte (lasting illness, injury or disability)"
    reference = SECTION_6_3 + " første ledd"

    def formula(person, period):
        return from_answer(person("has_lasting_illness", period))


class grunnstonad_condition_costs_at_least_lowest_rate(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: ekstrautgiftene svarer minst til laveste sats (extra costs reach at least the lowest rate)"
    reference = SECTION_6_3 + " andre ledd"
    documentation = "Met as soon as the costs given reach sats 1; not met only when every counted cost is given and they fall short."

    def formula(person, period, parameters):
        lowest = parameters(period).folketrygd.grunnstonad.yearly_rate.sats_1
        reaches = person("grunnstonad_counted_costs", period) >= lowest
        complete = person("grunnstonad_costs_complete", period)
        return numpy.select([reaches, complete], [MET, NOT_MET], UNKNOWN).astype(numpy.int16)


class grunnstonad_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: alle vilkår (all conditions, combined)"
    reference = SECTION_6_3

    def formula(person, period):
        return all_of(
            person("grunnstonad_condition_lasting_illness", period),
            person("grunnstonad_condition_costs_at_least_lowest_rate", period),
        )


class grunnstonad_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad (basic benefit), status"
    reference = SECTION_6_3

    def formula(person, period):
        return status_from(person("grunnstonad_conditions", period))
