"""What the family tells about the child's need for physical adaptation or technical aids at school (opplæringslova 2023 § 11-5)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class needs_physical_adaptation_at_school(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Trenger fysisk tilrettelegging eller tekniske hjelpemidler for å delta i opplæringen (needs physical adaptation or technical aids at school)"
    reference = "https://lovdata.no/lov/2023-06-09-30/§11-5"
