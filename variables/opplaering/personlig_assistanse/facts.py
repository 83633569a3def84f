"""What the family tells about the child's need for personal assistance at school (opplæringslova 2023 § 11-4)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_personal_assistance_at_school(YesNoFact):
    entity = Person
    label = "Trenger personlig assistanse for å delta i og ha utbytte av opplæringen (needs personal assistance to take part in and benefit from teaching)"
    reference = [opplaringslova_2023("11-4"), opplaringslova_1998("5-1")]
