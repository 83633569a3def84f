"""What the family tells for the right to a barnekoordinator (pbrl § 2-5 c)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.tristate import Answer

PBRL_2_5_C = "https://lovdata.no/lov/1999-07-02-63/§2-5c"


class has_serious_illness_injury_or_disability(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Alvorlig sykdom, skade eller nedsatt funksjonsevne (serious illness, injury or reduced function)"
    reference = PBRL_2_5_C


class needs_long_term_complex_health_services(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for langvarige og sammensatte helse- og omsorgstjenester (needs long-term and complex health and care services)"
    reference = PBRL_2_5_C


class needs_other_welfare_services(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Behov for andre velferdstjenester, f.eks. NAV, barnehage, skole (needs other welfare services besides health and care)"
    reference = PBRL_2_5_C


class expects_child_with_serious_condition(Variable):
    value_type = Enum
    possible_values = Answer
    default_value = Answer.unknown
    entity = Familie
    definition_period = ETERNITY
    label = (
        "Venter barn med alvorlig sykdom, skade eller nedsatt funksjonsevne som vil trenge langvarige, sammensatte "
        "eller koordinerte helse- og omsorgstjenester og andre velferdstjenester (expecting such a child)"
    )
    reference = PBRL_2_5_C
