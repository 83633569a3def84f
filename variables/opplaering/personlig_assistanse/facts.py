"""What the family tells about the child's need for personal assistance at school (opplæringslova 2023 § 11-4)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class needs_personal_assistance_at_school(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Trenger personlig assistanse for å delta i og ha utbytte av opplæringen (needs personal assistance to take part in and benefit from teaching)"
    reference = "https://lovdata.no/lov/2023-06-09-30/§11-4"
