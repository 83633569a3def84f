"""What the family tells about the need for coordinated services (pbrl §§ 2-5, 2-5 b)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import hol, pbrl
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_long_term_coordinated_health_services(YesNoFact):
    entity = Person
    label = "Behov for langvarige og koordinerte helse- og omsorgstjenester (needs long-term and coordinated health and care services)"
    reference = pbrl("2-5")


class wants_individual_plan(YesNoFact):
    entity = Person
    label = "Ønsker individuell plan (the person, or the parents for a child, want an individual plan)"
    reference = hol("7-1")
