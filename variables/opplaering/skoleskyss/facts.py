"""What the family tells about the child's need for school transport (1998 law § 7-3; 2023 law chapters 4 and 9)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.variable_bases import YesNoFact

# Since 1 Aug 2024 the rule sits in chapters 4 and 9; its section number was not verified, so the chapters are cited.
SKYSS_IN_THE_2023_LAW = opplaringslova_2023(detail="kapittel 4 (grunnskole) og kapittel 9 (videregående)")


class needs_transport_due_to_illness(YesNoFact):
    entity = Person
    label = "Funksjonsnedsettelse eller midlertidig skade eller sykdom gir behov for skyss (disability or temporary injury or illness creates a need for transport)"
    reference = [SKYSS_IN_THE_2023_LAW, opplaringslova_1998("7-3")]
