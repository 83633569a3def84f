"""Aktivitetshjelpemidler for barn og unge under 26 år (folketrygdloven § 10-6, § 10-7 første ledd bokstav a).

"Barn og unge under 26 år kan få hjelpemidler til trening og stimulering"
(NAV Hjelpemiddelsentral Vestland) under the ordinary rules of § 10-6: the
function must be varig (more than two years) and vesentlig nedsatt, and the
aid nødvendig og hensiktsmessig for normal activity and development. NAV gives
specially made equipment or adapts ordinary equipment; not ordinary sports
gear, exercise bikes or competition equipment. Loaned, with no egenandel under
26. Whether an aid is needed is NAV's assessment: at best *to be assessed*.
Over 26 a separate budget-limited scheme (AKT 26) applies: not modelled.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer, from_bool

SECTION_10_6 = "https://lovdata.no/lov/1997-02-28-19/§10-6"
NAV_ACTIVITY_AIDS = "https://www.nav.no/trening-stimulering-aktivisering"


class aktivitetshjelpemidler_condition_age(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Aktivitetshjelpemidler: barnet er under 26 år (under 26 years old)"
    reference = [SECTION_10_6, NAV_ACTIVITY_AIDS]

    def formula(person, period, parameters):
        limit = parameters(period).folketrygd.hjelpemidler.activity_aids_age_limit
        age = person("age", period)
        return from_bool((age >= 0) * (age < limit))


class aktivitetshjelpemidler_condition_reduced_function(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Aktivitetshjelpemidler: vesentlig og varig (over to år) nedsatt funksjonsevne (function substantially reduced for more than two years)"
    reference = SECTION_10_6 + " første ledd"

    def formula(person, period):
        return from_answer(person("function_reduced_over_two_years", period))


class aktivitetshjelpemidler_condition_special_equipment(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Aktivitetshjelpemidler: barnet trenger spesialutstyr fordi vanlig utstyr ikke kan brukes (ordinary equipment cannot be used)"
    reference = [SECTION_10_6, NAV_ACTIVITY_AIDS]

    def formula(person, period):
        return from_answer(person("cannot_use_ordinary_activity_equipment", period))


class aktivitetshjelpemidler_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Aktivitetshjelpemidler: alle vilkår (all conditions, combined)"
    reference = SECTION_10_6

    def formula(person, period):
        return all_of(
            person("aktivitetshjelpemidler_condition_age", period),
            person("aktivitetshjelpemidler_condition_reduced_function", period),
            person("aktivitetshjelpemidler_condition_special_equipment", period),
        )


class aktivitetshjelpemidler_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Aktivitetshjelpemidler for barn og unge under 26 år (activity aids for children and young people), status"
    reference = [SECTION_10_6, NAV_ACTIVITY_AIDS]

    def formula(person, period):
        # "Nødvendig og hensiktsmessig for normal aktivitet og utvikling" is NAV's assessment.
        return status_from(person("aktivitetshjelpemidler_conditions", period), needs_assessment=True)
