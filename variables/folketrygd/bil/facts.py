"""What the family tells about the child's transport (bilstønadsforskriften, ftrl § 10-7 h)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer

BILSTONADSFORSKRIFTEN = "https://lovdata.no/dokument/SF/forskrift/2003-03-07-290"


class needs_car_with_lift_or_ramp(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Avhengig av heis eller rampe for å komme inn og ut av bil, f.eks. som rullestolbruker (needs a car with a lift or ramp)"
    reference = BILSTONADSFORSKRIFTEN


class has_severely_limited_walking(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Sterkt begrenset gangfunksjon (walking is severely limited)"
    reference = BILSTONADSFORSKRIFTEN


class cannot_use_public_transport(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Kan ikke bruke offentlig transport, eller bare med store vansker, selv med følge (cannot use public transport, or only with great difficulty, even accompanied)"
    reference = BILSTONADSFORSKRIFTEN
