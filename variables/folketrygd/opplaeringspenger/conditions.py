"""Opplæringspenger (ftrl § 9-14; § 9-13 before 1 Oct 2017): conditions and status, per caregiver.

Opptjening, the ½G floor and the age limit of 70 follow from §§ 9-2 and 9-3, as
for pleiepenger. There is no age limit for the child.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import NOT_MET, Outcome, all_of, any_of, from_answer, from_bool, from_known_bool, index, is_given

SECTION_9_14 = "https://lovdata.no/lov/1997-02-28-19/§9-14"


class opplaeringspenger_child_condition_illness(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger (barnet): funksjonshemning eller langvarig sykdom, over ett år (disability or long-term illness)"
    reference = SECTION_9_14 + " første ledd"
    # A lasting illness (varig, ftrl § 6-4) is also long-term, so either answer suffices.

    def formula(person, period):
        return any_of(
            from_answer(person("has_long_term_illness_or_disability", period)),
            from_answer(person("has_lasting_illness", period)),
        )


class opplaeringspenger_condition_caregiver_role(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger: omsorg for barnet (the person is a caregiver in the child's family)"
    reference = SECTION_9_14 + " første ledd"

    def formula(person, period):
        return from_bool(person("is_caregiver", period))


class opplaeringspenger_condition_child_illness(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger: barnet har en funksjonshemning eller langvarig sykdom, over ett år (a child with a disability or long-term illness)"
    reference = SECTION_9_14 + " første ledd"

    def formula(person, period):
        familie = person.simulation.populations["familie"]
        outcome = index(familie.members("opplaeringspenger_child_condition_illness", period))
        best = familie.max(outcome, role=Familie.CHILD)
        return familie.project(numpy.maximum(best, NOT_MET)).astype(numpy.int16)


class opplaeringspenger_condition_approved_training(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger: nødvendig opplæring ved godkjent helseinstitusjon eller offentlig spesialpedagogisk kompetansesenter (necessary training at an approved institution)"
    reference = SECTION_9_14 + " første ledd"

    def formula(person, period):
        return from_answer(person("opplaeringspenger_training_at_approved_institution", period))


class opplaeringspenger_condition_medical_certificate(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger: legeerklæring om at opplæringen er nødvendig (medical certificate that the training is necessary)"
    reference = "https://lovdata.no/lov/1997-02-28-19/§9-16"

    def formula(person, period):
        return from_answer(person("opplaeringspenger_medical_certificate", period))


class opplaeringspenger_condition_training_share(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger: opplæringen utgjør minst 20 % av en arbeidsuke (training at least 20 % of a week)"
    reference = SECTION_9_14
    # NAV's rundskriv: under 20 % a week (less than one day) is not covered; travel time counts.

    def formula(person, period, parameters):
        floor = parameters(period).folketrygd.opplaeringspenger.minimum_training_share_percent - 1e-4
        share = person("opplaeringspenger_training_share_percent", period)
        return from_known_bool(is_given(share), share >= floor)





class opplaeringspenger_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger: alle vilkår (all conditions, combined)"
    reference = SECTION_9_14

    def formula(person, period):
        return all_of(
            person("opplaeringspenger_condition_caregiver_role", period),
            person("opplaeringspenger_condition_child_illness", period),
            person("opplaeringspenger_condition_approved_training", period),
            person("opplaeringspenger_condition_medical_certificate", period),
            person("opplaeringspenger_condition_training_share", period),
            person("chapter_9_condition_caregiver_age", period),
            person("chapter_9_condition_opptjening", period),
            person("chapter_9_condition_minimum_income", period),
        )


class opplaeringspenger_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Opplæringspenger (training allowance for caregivers of a sick or disabled child), status"
    reference = SECTION_9_14

    def formula(person, period):
        return status_from(person("opplaeringspenger_conditions", period))
