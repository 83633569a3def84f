"""Facts about the child's health that several rights turn on."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import YesNoFact


class has_lasting_illness(YesNoFact):
    entity = Person
    label = "Varig sykdom, skade eller lyte (lasting illness, injury or disability)"
    reference = ftrl("6-4")
