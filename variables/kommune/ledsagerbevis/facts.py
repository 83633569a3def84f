"""What the family tells about the child's need for a companion (Bufdir's guidelines for ledsagerbevis)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer

BUFDIR_GUIDELINES = "https://bufdir.no/fagstotte/produkter/ledsagerbevis/veiledende_nasjonale_retningslinjer/"


class needs_companion_to_participate(Variable):
    """Yes when the child, because of the impairment, needs someone with it to take part in
    activities and to travel, more than children of the same age do."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Trenger ledsager for å delta i aktiviteter og reise, mer enn jevnaldrende (needs a companion to take part, more than peers)"
    reference = BUFDIR_GUIDELINES
