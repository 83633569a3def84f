"""Whether a caregiver is an arbeidstaker: the rights in arbeidsmiljøloven are against an employer."""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome


class arbeidsliv_condition_employee(Variable):
    """Met for an employee; not met for freelancers, the self-employed and those not in work
    (they have no employer to claim leave or reduced hours from); unknown when not given."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Arbeidsmiljøloven: omsorgspersonen er arbeidstaker (the caregiver is an employee)"
    reference = "https://lovdata.no/lov/2005-06-17-62/§1-8"

    def formula(person, period):
        employment = person("employment", period)
        kind = employment.possible_values
        return numpy.select(
            [employment == kind.employee, employment == kind.unknown],
            [MET, UNKNOWN],
            NOT_MET,
        ).astype(numpy.int16)
