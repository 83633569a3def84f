"""What the family tells about the child's needs before school (barnehageloven § 31)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class has_special_needs_preschool(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Særlige behov for spesialpedagogisk hjelp før skolealder, f.eks. språk, motorikk eller samspill (special needs for help with development and learning)"
    reference = "https://lovdata.no/lov/2005-06-17-64/§31"
