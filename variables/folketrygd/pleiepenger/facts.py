"""What the family tells about the child's care need and the caregiver's work (ftrl §§ 9-10, 9-11, 9-16)."""

from datetime import date

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import NOT_GIVEN, Answer

SECTION_9_10 = "https://lovdata.no/lov/1997-02-28-19/§9-10"
SECTION_9_11 = "https://lovdata.no/lov/1997-02-28-19/§9-11"
SECTION_9_16 = "https://lovdata.no/lov/1997-02-28-19/§9-16"

# A date no child dies on: the date of death was not given, the child is alive.
NO_DATE = date(2999, 12, 31)


class needs_continuous_care_and_supervision(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for kontinuerlig tilsyn og pleie på grunn av sykdom, skade eller lyte (the child needs continuous supervision and care)"
    reference = SECTION_9_10 + " første ledd"


class has_specialist_medical_certificate(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Legeerklæring fra spesialisthelsetjenesten om barnets behov (medical certificate from the specialist health service)"
    reference = SECTION_9_16


class established_supervision_hours_per_week(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "hour"
    label = "Etablert tilsyn: timer per uke barnet har fast tilsyn av andre – barnehage, skole, avlastning (hours of established supervision by others a week; -1 when not given)"
    reference = SECTION_9_11


class care_need_requires_two_caregivers(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Pleiebehovet krever to omsorgspersoner samtidig, 200 % (the child's need requires two caregivers at once)"
    reference = SECTION_9_10 + " andre ledd"


class needs_night_watch_or_standby(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for nattevåk eller beredskap (the caregiver must watch at night or be on standby while others supervise)"
    reference = SECTION_9_11


class has_intellectual_disability_with_serious_illness(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Utviklingshemming og behov for kontinuerlig pleie på grunn av livstruende eller annen svært alvorlig sykdom eller skade (intellectual disability with a life-threatening or very serious illness)"
    reference = SECTION_9_10 + " tredje ledd"


class pleiepenger_lost_working_time_percent(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "percent"
    label = "Tapt arbeidstid i prosent av en normal arbeidsuke (working time lost to the care, percent; -1 when not given)"
    reference = SECTION_9_11


class pleiepenger_claimed_percent(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "percent"
    label = "Ønsket uttaksgrad for pleiepenger i prosent (the share the caregiver claims; -1 when not given: take what is available)"
    reference = SECTION_9_11


class date_of_death(Variable):
    value_type = date
    default_value = NO_DATE
    entity = Person
    definition_period = ETERNITY
    label = "Dødsdato, når barnet er dødt (the child's date of death, if the child has died; 2999-12-31 when not given)"
    reference = SECTION_9_10 + " fjerde ledd"


class pleiepenger_received_full_three_years(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Har mottatt fulle (100 %) pleiepenger i minst tre år da barnet døde (received full pleiepenger for at least three years when the child died)"
    reference = SECTION_9_10 + " fjerde ledd andre punktum"
