"""What the family tells about the child's need for school transport (1998 law § 7-3; 2023 law chapters 4 and 9)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class needs_transport_due_to_illness(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Funksjonsnedsettelse eller midlertidig skade eller sykdom gir behov for skyss (disability or temporary injury or illness creates a need for transport)"
    reference = [
        "https://lovdata.no/lov/2023-06-09-30 kapittel 4 (grunnskole) og kapittel 9 (videregående); § ikke verifisert",
        "https://lovdata.no/lov/1998-07-17-61/§7-3",
    ]
