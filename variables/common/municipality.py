"""Where the family lives: the kommune decides municipal services."""

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.provisions import hol


class kommunenummer(Variable):
    value_type = str
    max_length = 4
    default_value = ""
    entity = Familie
    definition_period = ETERNITY
    label = "Kommunenummer (four-digit municipality number where the family lives; empty when not given)"
    reference = hol("3-1")
