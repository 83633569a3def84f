"""What the family tells about the child's travel to treatment and hospital stays (pbrl § 2-6)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer

PBRL_2_6 = "https://lovdata.no/lov/1999-07-02-63/§2-6"


class has_treatment_travel(Variable):
    """Yes when the child travels to examination or treatment in the health service."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Reiser til undersøkelse eller behandling i helsetjenesten (travels to examination or treatment)"
    reference = PBRL_2_6


class child_admitted_to_hospital(Variable):
    """Yes when the child is, or has been, admitted to hospital."""

    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Er eller har vært innlagt på sykehus (is or has been admitted to hospital)"
    reference = "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/temaer/forskrift-om-barns-opphold-i-helseinstitusjon--10/"
