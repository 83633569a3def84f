"""What the family tells about the child's need for activity aids (ftrl § 10-6)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class cannot_use_ordinary_activity_equipment(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Trenger spesialutstyr for lek, trening eller sport fordi vanlig utstyr ikke kan brukes (needs special equipment for play, training or sport)"
    reference = "https://lovdata.no/lov/1997-02-28-19/§10-6"
