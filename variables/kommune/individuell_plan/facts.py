"""What the family tells about the need for coordinated services (pbrl §§ 2-5, 2-5 b)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class needs_long_term_coordinated_health_services(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for langvarige og koordinerte helse- og omsorgstjenester (needs long-term and coordinated health and care services)"
    reference = "https://lovdata.no/lov/1999-07-02-63/§2-5"


class wants_individual_plan(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Ønsker individuell plan (the person, or the parents for a child, want an individual plan)"
    reference = "https://lovdata.no/lov/2011-06-24-30/§7-1"
