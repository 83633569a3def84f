"""Facts about a caregiver's work and income (ftrl chapter 9: §§ 9-2, 9-3, 9-5, 9-15).

Dagpenger and arbeidsavklaringspenger are work situations of their own: a parent on either has no employer and
no business, and NAV computes chapter-9 benefits from the benefit, not from an old wage (kapittel_9/README.md).
"""

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
    # Appended, so the earlier values keep their indices (stored populations name them, population/columnar.py).
    dagpenger = "Får dagpenger (unemployment benefit)"
    arbeidsavklaringspenger = "Får arbeidsavklaringspenger (work assessment allowance, AAP)"



class employment(Variable):
    value_type = Enum
    possible_values = Employment
    default_value = Employment.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Arbeidssituasjon (employee, frilanser, selvstendig næringsdrivende, on dagpenger, on AAP or not working)"
    reference = [ftrl("9-5"), ftrl("8-2", ledd=2)]
