"""Koordinator (pbrl § 2-5 b; hol § 7-2).

Whoever needs long-term and coordinated health and care services has the right
to have a koordinator appointed. The right does not depend on an individual
plan: the kommune must offer a koordinator also when the person declines the
plan (Helsedirektoratet's veileder). The need is the fact the individual plan
asks for (`needs_long_term_coordinated_health_services`).
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, from_answer

PBRL_2_5_B = "https://lovdata.no/lov/1999-07-02-63/§2-5b"


class koordinator_condition_need(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Koordinator: behov for langvarige og koordinerte helse- og omsorgstjenester (needs long-term, coordinated services)"
    reference = PBRL_2_5_B

    def formula(person, period):
        return from_answer(person("needs_long_term_coordinated_health_services", period))


class koordinator_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Koordinator (coordinator), status"
    reference = PBRL_2_5_B
    documentation = "Independent of whether an individual plan is wanted (hol § 7-2 first ledd)."

    def formula(person, period):
        return status_from(person("koordinator_condition_need", period))
