"""What the family tells about the child's mobility and parking needs (parkeringsforskriften kapittel 6)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import parkeringsforskriften
from openfisca_asb.rules.variable_bases import YesNoFact


class has_great_walking_difficulty(YesNoFact):
    entity = Person
    label = "Store vansker med å bevege seg over noen lengde (great difficulty moving over any distance)"
    reference = parkeringsforskriften(detail="kapittel 6")
    documentation = "Yes when the child cannot walk, or has great difficulty moving over any distance."


class needs_short_distance_parking(YesNoFact):
    entity = Person
    label = "Særlig behov for parkering nær bosted, arbeid eller annen aktivitet (a particular need to park close by)"
    reference = parkeringsforskriften(detail="kapittel 6")
    documentation = "Yes when the family needs to park very close to home, school, treatment or other activities because of the child."
