"""What the family tells about the child's special needs for SFO (1998 law § 13-7; 2023 law § 4-5)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.variable_bases import YesNoFact


class has_special_needs_for_sfo(YesNoFact):
    entity = Person
    label = "Barn med særskilte behov som trenger et SFO-tilbud (a child with special needs who needs an SFO place)"
    reference = [opplaringslova_2023("4-5"), opplaringslova_1998("13-7")]
