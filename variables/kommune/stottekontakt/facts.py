"""What the family tells about the child's need for a helper in leisure (hol § 3-2 første ledd nr. 6 bokstav b)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class needs_helper_for_leisure(Variable):
    """Yes when the child cannot take part in leisure activities without an adult helper,
    beyond the help parents ordinarily give children of the same age."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Trenger en voksen hjelper for å delta i fritidsaktiviteter (needs an adult helper to take part in leisure activities)"
    reference = "https://lovdata.no/lov/2011-06-24-30/§3-2"
