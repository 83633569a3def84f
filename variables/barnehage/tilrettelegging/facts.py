"""What the family tells about the child's needs in barnehage (barnehageloven § 37)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class needs_adaptation_in_barnehage(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for tilrettelegging i barnehagen, f.eks. assistent, hjelp med mat, medisiner eller tilpasset bygg (the child needs adaptations in barnehage)"
    reference = "https://lovdata.no/lov/2005-06-17-64/§37"
