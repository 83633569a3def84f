"""What the family tells about the child's need for physical adaptation or technical aids at school (opplæringslova 2023 § 11-5)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_physical_adaptation_at_school(YesNoFact):
    entity = Person
    label = "Trenger fysisk tilrettelegging eller tekniske hjelpemidler for å delta i opplæringen (needs physical adaptation or technical aids at school)"
    reference = [opplaringslova_2023("11-5"), opplaringslova_1998("5-1")]
