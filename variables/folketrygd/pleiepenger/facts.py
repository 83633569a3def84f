"""What the family tells about the child's care need and the caregiver's work (ftrl §§ 9-10, 9-11, 9-16)."""

from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact

# A date no child dies on: the date of death was not given, the child is alive.
NO_DATE = date(2999, 12, 31)


class needs_continuous_care_and_supervision(YesNoFact):
    entity = Person
    label = "Behov for kontinuerlig tilsyn og pleie på grunn av sykdom, skade eller lyte (the child needs continuous supervision and care)"
    reference = ftrl("9-10", ledd=1)


class has_specialist_medical_certificate(YesNoFact):
    entity = Person
    label = "Legeerklæring fra spesialisthelsetjenesten om barnets behov (medical certificate from the specialist health service)"
    reference = ftrl("9-16")


class established_supervision_hours_per_week(NumberFact):
    entity = Person
    unit = "hour"
    label = "Etablert tilsyn: timer per uke barnet har fast tilsyn av andre – barnehage, skole, avlastning (hours of established supervision by others a week; -1 when not given)"
    reference = ftrl("9-11")


class care_need_requires_two_caregivers(YesNoFact):
    entity = Person
    label = "Pleiebehovet krever to omsorgspersoner samtidig, 200 % (the child's need requires two caregivers at once)"
    reference = ftrl("9-10", ledd=2)


class needs_night_watch_or_standby(YesNoFact):
    entity = Person
    label = "Behov for nattevåk eller beredskap (the caregiver must watch at night or be on standby while others supervise)"
    reference = ftrl("9-11")


class has_intellectual_disability_with_serious_illness(YesNoFact):
    entity = Person
    label = "Utviklingshemming og behov for kontinuerlig pleie på grunn av livstruende eller annen svært alvorlig sykdom eller skade (intellectual disability with a life-threatening or very serious illness)"
    reference = ftrl("9-10", ledd=3)


class pleiepenger_lost_working_time_percent(NumberFact):
    entity = Person
    unit = "percent"
    label = "Tapt arbeidstid i prosent av en normal arbeidsuke (working time lost to the care, percent; -1 when not given)"
    reference = ftrl("9-11")


class pleiepenger_claimed_percent(NumberFact):
    entity = Person
    unit = "percent"
    label = "Ønsket uttaksgrad for pleiepenger i prosent (the share the caregiver claims; -1 when not given: take what is available)"
    reference = ftrl("9-11")


class date_of_death(Variable):
    value_type = date
    default_value = NO_DATE
    entity = Person
    definition_period = ETERNITY
    label = "Dødsdato, når barnet er dødt (the child's date of death, if the child has died; 2999-12-31 when not given)"
    reference = ftrl("9-10", ledd=4)


class pleiepenger_received_full_three_years(YesNoFact):
    entity = Person
    label = "Har mottatt fulle (100 %) pleiepenger i minst tre år da barnet døde (received full pleiepenger for at least three years when the child died)"
    reference = ftrl("9-10", ledd=4, punktum=2)
