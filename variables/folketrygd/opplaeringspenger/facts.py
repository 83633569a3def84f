"""What the family tells about the child's illness and the caregiver's training (ftrl §§ 9-14, 9-16)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.tristate import NOT_GIVEN, Answer

SECTION_9_14 = "https://lovdata.no/lov/1997-02-28-19/§9-14"


class has_long_term_illness_or_disability(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Funksjonshemning eller langvarig sykdom som antas å vare mer enn ett år (disability, or illness expected to last more than a year)"
    reference = SECTION_9_14


class opplaeringspenger_training_at_approved_institution(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Nødvendig opplæring ved godkjent helseinstitusjon eller offentlig spesialpedagogisk kompetansesenter (necessary training at an approved health institution or competence centre)"
    reference = SECTION_9_14


class opplaeringspenger_medical_certificate(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Legeerklæring om at opplæringen er nødvendig (medical certificate that the training is necessary)"
    reference = "https://lovdata.no/lov/1997-02-28-19/§9-16"


class opplaeringspenger_training_days_in_month(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "day"
    label = "Opplæringsdager i måneden, med nødvendig reisetid, mandag–fredag (training days in the month; -1 when not given)"
    reference = SECTION_9_14


class opplaeringspenger_training_share_percent(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "percent"
    label = "Opplæringens andel av en arbeidsuke i prosent (training share of a working week; -1 when not given)"
    reference = SECTION_9_14
