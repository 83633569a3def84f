"""What the family tells about the child's illness and the caregiver's training (ftrl §§ 9-14, 9-16)."""


from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact


class has_long_term_illness_or_disability(YesNoFact):
    entity = Person
    label = "Funksjonshemning eller langvarig sykdom som antas å vare mer enn ett år (disability, or illness expected to last more than a year)"
    reference = ftrl("9-14")


class opplaeringspenger_training_at_approved_institution(YesNoFact):
    entity = Person
    label = "Nødvendig opplæring ved godkjent helseinstitusjon eller offentlig spesialpedagogisk kompetansesenter (necessary training at an approved health institution or competence centre)"
    reference = ftrl("9-14")


class opplaeringspenger_medical_certificate(YesNoFact):
    entity = Person
    label = "Legeerklæring om at opplæringen er nødvendig (medical certificate that the training is necessary)"
    reference = ftrl("9-16")


class opplaeringspenger_training_days_in_month(NumberFact):
    entity = Person
    unit = "day"
    label = "Opplæringsdager i måneden, med nødvendig reisetid, mandag–fredag (training days in the month; -1 when not given)"
    reference = ftrl("9-14")


class opplaeringspenger_training_share_percent(NumberFact):
    entity = Person
    unit = "percent"
    label = "Opplæringens andel av en arbeidsuke i prosent (training share of a working week; -1 when not given)"
    reference = ftrl("9-14")
