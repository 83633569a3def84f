"""Hjelpemidler i dagliglivet (folketrygdloven § 10-6, § 10-7 første ledd bokstav a).

A member whose function is vesentlig og varig nedsatt (varig: more than two
years) can get aids that are nødvendige og hensiktsmessige to improve function
in daily life, or so that the person can be cared for at home (§ 10-6). NAV
lends most aids; there is no means test and no age limit. Whether an aid is
necessary and suitable is NAV Hjelpemiddelsentral's assessment, so the best
outcome is *to be assessed*. Not modelled: the membership rule (§ 10-2, with
exceptions for children), and aids that are the kommune's (special-needs
teaching equipment, what a tilrettelagt barnehagetilbud needs, aids in an
avlastningsbolig).
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer

SECTION_10_6 = "https://lovdata.no/lov/1997-02-28-19/§10-6"
SECTION_10_7 = "https://lovdata.no/lov/1997-02-28-19/§10-7"


class hjelpemidler_condition_reduced_function(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpemidler: vesentlig og varig (over to år) nedsatt funksjonsevne (function substantially reduced for more than two years)"
    reference = SECTION_10_6 + " første ledd"

    def formula(person, period):
        return from_answer(person("function_reduced_over_two_years", period))


class hjelpemidler_condition_needs_aids(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpemidler: barnet trenger hjelpemidler i dagliglivet eller for å bli pleiet i hjemmet (needs aids in daily life or to be cared for at home)"
    reference = [SECTION_10_6 + " første ledd", SECTION_10_7 + " første ledd bokstav a"]

    def formula(person, period):
        return from_answer(person("needs_assistive_devices", period))


class hjelpemidler_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Hjelpemidler: alle vilkår (all conditions, combined)"
    reference = SECTION_10_6

    def formula(person, period):
        return all_of(
            person("hjelpemidler_condition_reduced_function", period),
            person("hjelpemidler_condition_needs_aids", period),
        )


class hjelpemidler_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Hjelpemidler fra NAV i dagliglivet (assistive devices for daily life), status"
    reference = [SECTION_10_6, SECTION_10_7 + " første ledd bokstav a"]

    def formula(person, period):
        # "Nødvendig og hensiktsmessig" is NAV Hjelpemiddelsentral's assessment, aid by aid.
        return status_from(person("hjelpemidler_conditions", period), needs_assessment=True)
