"""What the family tells about the child's function and need for aids (ftrl §§ 10-6, 10-7).

`function_reduced_over_two_years` is the gate of chapter 10 that hjelpemidler,
aktivitetshjelpemidler and stønad til bil share.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import Answer

SECTION_10_6 = "https://lovdata.no/lov/1997-02-28-19/§10-6"


class function_reduced_over_two_years(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Vesentlig og varig nedsatt funksjonsevne – varig betyr mer enn to år (function substantially reduced for more than two years)"
    reference = SECTION_10_6 + " første ledd"


class needs_assistive_devices(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for hjelpemidler i dagliglivet, f.eks. rullestol, seng, løfter eller kommunikasjonshjelpemiddel (needs assistive devices in daily life)"
    reference = SECTION_10_6
