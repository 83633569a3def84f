"""Facts about the child's health that several rights turn on."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class has_lasting_illness(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Varig sykdom, skade eller lyte (lasting illness, injury or disability)"
    reference = "https://lovdata.no/lov/1997-02-28-19/§6-4"
