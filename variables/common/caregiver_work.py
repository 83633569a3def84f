"""Facts about a caregiver's work and income (ftrl chapter 9: §§ 9-2, 9-3, 9-5, 9-15)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class Employment(Enum):
    unknown = "Vet ikke (unknown)"
    employee = "Arbeidstaker (employee)"
    frilanser = "Frilanser (freelancer)"
    self_employed = "Selvstendig næringsdrivende (self-employed)"
    not_working = "Ikke i arbeid (not working)"


class employment(Variable):
    value_type = Enum
    possible_values = Employment
    default_value = Employment.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Arbeidssituasjon (employee, frilanser, selvstendig næringsdrivende or not working)"
    reference = ftrl("9-5")
