"""What the family tells about the child's needs before school (barnehageloven § 31)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import barnehageloven
from openfisca_asb.rules.variable_bases import YesNoFact


class has_special_needs_preschool(YesNoFact):
    entity = Person
    label = "Særlige behov for spesialpedagogisk hjelp før skolealder, f.eks. språk, motorikk eller samspill (special needs for help with development and learning)"
    reference = barnehageloven("31", ledd=1)
