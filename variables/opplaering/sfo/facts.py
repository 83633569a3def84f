"""What the family tells about the child's special needs for SFO (1998 law § 13-7; 2023 law § 4-5)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class has_special_needs_for_sfo(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Barn med særskilte behov som trenger et SFO-tilbud (a child with special needs who needs an SFO place)"
    reference = ["https://lovdata.no/lov/2023-06-09-30/§4-5", "https://lovdata.no/lov/1998-07-17-61/§13-7"]
