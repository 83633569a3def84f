"""What the family tells about the child's needs in barnehage (barnehageloven § 37)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import barnehageloven
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_adaptation_in_barnehage(YesNoFact):
    entity = Person
    label = "Behov for tilrettelegging i barnehagen, f.eks. assistent, hjelp med mat, medisiner eller tilpasset bygg (the child needs adaptations in barnehage)"
    reference = barnehageloven("37", ledd=1)
