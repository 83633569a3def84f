"""What the family tells about adapting the home (tilskudd til tilpasning av bolig)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.tristate import Answer

VEIVISEREN = "https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer"


class home_needs_adaptation(Variable):
    """Yes when the home must be rebuilt for the child, e.g. bathroom, access or thresholds."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Familie
    definition_period = ETERNITY
    label = "Boligen må bygges om for barnet (the home needs rebuilding for the child)"
    reference = VEIVISEREN


class household_can_finance_adaptation(Variable):
    """Yes when the household can pay for the rebuilding itself or with an ordinary loan."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Familie
    definition_period = ETERNITY
    label = "Husstanden kan finansiere ombyggingen selv eller med vanlig lån (the household can finance the rebuilding itself)"
    reference = VEIVISEREN
