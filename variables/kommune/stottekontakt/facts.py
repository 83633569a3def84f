"""What the family tells about the child's need for a helper in leisure."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import hol
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_helper_for_leisure(YesNoFact):
    entity = Person
    label = "Trenger en voksen hjelper for å delta i fritidsaktiviteter (needs an adult helper to take part in leisure activities)"
    reference = hol("3-2", ledd=1, nr=6, bokstav="b")
    documentation = "Yes when the child cannot take part in leisure without an adult helper, beyond the help parents ordinarily give children of the same age."
