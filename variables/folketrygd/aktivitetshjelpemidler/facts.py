"""What the family tells about the child's need for activity aids (ftrl § 10-6)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import YesNoFact


class cannot_use_ordinary_activity_equipment(YesNoFact):
    entity = Person
    label = "Trenger spesialutstyr for lek, trening eller sport fordi vanlig utstyr ikke kan brukes (needs special equipment for play, training or sport)"
    reference = ftrl("10-6")
