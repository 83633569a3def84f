"""The child's diagnosis for a fixed rate (ftrl § 6-3): a choice, so a class; the cost facts are declared with their questions in questions.yaml (ADR 0013)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class GrunnstonadDiagnosis(Enum):
    unknown = "Vet ikke (unknown)"
    none_of_these = "Ingen diagnose med fast sats (no diagnosis with a fixed rate)"
    coeliac_disease = "Cøliaki (coeliac disease)"


class grunnstonad_fixed_rate_diagnosis(Variable):
    value_type = Enum
    possible_values = GrunnstonadDiagnosis
    default_value = GrunnstonadDiagnosis.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Diagnose som NAV gir fast grunnstønadssats for uten kvitteringer, som cøliaki (a diagnosis NAV gives a fixed rate for without receipts)"
    reference = ftrl("6-3", ledd=1, bokstav="f")
