"""What the family tells about the child's need for school transport (1998 law § 7-3; 2023 law chapters 4 and 9)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import SKYSS_IN_THE_2023_LAW, opplaringslova_1998
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_transport_due_to_illness(YesNoFact):
    entity = Person
    label = "Funksjonsnedsettelse eller midlertidig skade eller sykdom gir behov for skyss (disability or temporary injury or illness creates a need for transport)"
    reference = [SKYSS_IN_THE_2023_LAW, opplaringslova_1998("7-3")]
