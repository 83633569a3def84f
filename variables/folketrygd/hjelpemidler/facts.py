"""What the family tells about the child's function and need for aids (ftrl §§ 10-6, 10-7).

`function_reduced_over_two_years` is the gate of chapter 10 that hjelpemidler,
aktivitetshjelpemidler and stønad til bil share.
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import YesNoFact


class function_reduced_over_two_years(YesNoFact):
    entity = Person
    label = "Vesentlig og varig nedsatt funksjonsevne – varig betyr mer enn to år (function substantially reduced for more than two years)"
    reference = ftrl("10-6", ledd=1)


class needs_assistive_devices(YesNoFact):
    entity = Person
    label = "Behov for hjelpemidler i dagliglivet, f.eks. rullestol, seng, løfter eller kommunikasjonshjelpemiddel (needs assistive devices in daily life)"
    reference = ftrl("10-6")
