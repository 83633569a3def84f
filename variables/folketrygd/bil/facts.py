"""What the family tells about the child's transport (bilstønadsforskriften, ftrl § 10-7 h)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import bilstonadsforskriften
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_car_with_lift_or_ramp(YesNoFact):
    entity = Person
    label = "Avhengig av heis eller rampe for å komme inn og ut av bil, f.eks. som rullestolbruker (needs a car with a lift or ramp)"
    reference = bilstonadsforskriften()


class has_severely_limited_walking(YesNoFact):
    entity = Person
    label = "Sterkt begrenset gangfunksjon (walking is severely limited)"
    reference = bilstonadsforskriften()


class cannot_use_public_transport(YesNoFact):
    entity = Person
    label = "Kan ikke bruke offentlig transport, eller bare med store vansker, selv med følge (cannot use public transport, or only with great difficulty, even accompanied)"
    reference = bilstonadsforskriften()
