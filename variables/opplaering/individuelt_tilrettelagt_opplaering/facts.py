"""What the family tells about the child's outcome from ordinary teaching (opplæringslova 2023 §§ 11-6, 11-7)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer


class benefits_satisfactorily_from_ordinary_teaching(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Tilfredsstillende utbytte av det ordinære opplæringstilbudet (the pupil benefits satisfactorily from ordinary teaching)"
    reference = ["https://lovdata.no/lov/2023-06-09-30/§11-6", "https://lovdata.no/lov/1998-07-17-61/§5-1"]


class has_sakkyndig_vurdering(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Sakkyndig vurdering fra PP-tjenesten foreligger (an expert assessment by the educational-psychological service exists)"
    reference = "https://lovdata.no/lov/2023-06-09-30/§11-7"
