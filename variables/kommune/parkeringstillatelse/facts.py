"""What the family tells about the child's mobility and parking needs (parkeringsforskriften kapittel 6)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer

PARKERINGSFORSKRIFTEN = "https://lovdata.no/dokument/SF/forskrift/2016-03-18-260"


class has_great_walking_difficulty(Variable):
    """Yes when the child cannot walk, or has great difficulty moving over any distance."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Store vansker med å bevege seg over noen lengde (great difficulty moving over any distance)"
    reference = PARKERINGSFORSKRIFTEN


class needs_short_distance_parking(Variable):
    """Yes when the family needs to park very close to home, school, treatment or other
    activities because of the child."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Særlig behov for parkering nær bosted, arbeid eller annen aktivitet (a particular need to park close by)"
    reference = PARKERINGSFORSKRIFTEN
