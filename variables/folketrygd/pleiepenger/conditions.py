"""The caregiver's conditions for pleiepenger (ftrl §§ 9-2, 9-3, 9-10, 9-11, 9-16) and the status.

Pleiepenger belong to each caregiver. The child conditions are read through the
family: a caregiver qualifies through a child in the family who meets them.
Simplification: with several children, each child line below shows the best
child for that line, while the combined conditions ask one child to meet all
of them (pleiepenger_condition_child).
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Answer, Outcome, all_of, from_bool, from_known_bool, index, is_given
from openfisca_asb.rules.weekdays import weekdays_in

SECTION_9_10 = "https://lovdata.no/lov/1997-02-28-19/§9-10"
SECTION_9_11 = "https://lovdata.no/lov/1997-02-28-19/§9-11"

# Tolerance for comparing percentages held as float32 (a hundredth of a percent is the precision used).
EPSILON = 1e-4


def best_child_outcome(person, period, condition):
    """The best outcome among the family's children who may need care (Kleene OR).

    A child answered as not needing continuous care is left out, so a healthy
    sibling does not decide the age or certificate line. No child → not met.
    """
    familie = person.simulation.populations["familie"]
    outcome = index(familie.members(condition, period))
    care = index(familie.members("pleiepenger_child_condition_continuous_care", period))
    outcome = numpy.where(care == NOT_MET, NOT_MET, outcome)
    best = familie.max(outcome, role=Familie.CHILD)
    return familie.project(numpy.maximum(best, NOT_MET)).astype(numpy.int16)


class pleiepenger_condition_caregiver_role(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: omsorg for barnet (the person is a caregiver in the child's family)"
    reference = SECTION_9_10 + " første ledd"

    def formula(person, period):
        return from_bool(person("is_caregiver", period))


class pleiepenger_condition_continuous_care(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: barnet trenger kontinuerlig tilsyn og pleie på grunn av sykdom, skade eller lyte (continuous supervision and care)"
    reference = SECTION_9_10 + " første ledd"

    def formula(person, period):
        return best_child_outcome(person, period, "pleiepenger_child_condition_continuous_care")


class pleiepenger_condition_medical_certificate(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: legeerklæring fra spesialisthelsetjenesten (medical certificate from the specialist health service)"
    reference = "https://lovdata.no/lov/1997-02-28-19/§9-16"

    def formula(person, period):
        return best_child_outcome(person, period, "pleiepenger_child_condition_medical_certificate")


class pleiepenger_condition_child_age(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: barnet er under 18 år, eller har utviklingshemming og livstruende eller svært alvorlig sykdom (child under 18, or the over-18 exception)"
    reference = SECTION_9_10 + " første og tredje ledd"

    def formula(person, period):
        return best_child_outcome(person, period, "pleiepenger_child_condition_age")


class pleiepenger_condition_child(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: ett og samme barn oppfyller alle vilkårene knyttet til barnet (one child meets all child conditions)"
    reference = SECTION_9_10

    def formula(person, period):
        return best_child_outcome(person, period, "pleiepenger_child_conditions")





class pleiepenger_weekdays(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger: virkedager i måneden med rett for omsorgspersonen, sikre dager (weekdays with a right this month: before the child turns 18, and after a death for the period the law sets)"
    reference = SECTION_9_10 + " første og fjerde ledd"
    documentation = """
    The children who may need care decide (the most days among them). After a death, six
    weeks, or three months when the caregiver has said yes to at least three years of full
    pleiepenger; not known counts as six weeks (the certain days).
    """

    def formula(person, period):
        short, long = _weekdays_by_length(person, period)
        long_right = person("pleiepenger_received_full_three_years", period) == Answer.yes
        return numpy.where(person("is_caregiver", period), numpy.where(long_right, long, short), 0)


def _weekdays_by_length(person, period):
    familie = person.simulation.populations["familie"]
    care = index(familie.members("pleiepenger_child_condition_continuous_care", period)) != NOT_MET
    is_child = familie.members.has_role(Familie.CHILD)
    relevant = care * is_child
    month = weekdays_in(period)
    any_relevant = familie.project(familie.any(relevant, role=Familie.CHILD))
    short = familie.max(numpy.where(relevant, familie.members("pleiepenger_child_weekdays_six_weeks", period), 0), role=Familie.CHILD)
    long = familie.max(numpy.where(relevant, familie.members("pleiepenger_child_weekdays_three_months", period), 0), role=Familie.CHILD)
    short = numpy.where(any_relevant, familie.project(short), month)
    long = numpy.where(any_relevant, familie.project(long), month)
    return short, long


class pleiepenger_condition_days_in_month(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: dager med rett i måneden – før barnet fyller 18 år, og etter et dødsfall i perioden loven gir (days with a right this month)"
    reference = SECTION_9_10 + " første og fjerde ledd"

    def formula(person, period):
        short, long = _weekdays_by_length(person, period)
        answer = person("pleiepenger_received_full_three_years", period)
        days = numpy.where(answer == Answer.yes, long, short)
        unsettled = (answer == Answer.unknown) * (short == 0) * (long > 0)
        caregiver = person("is_caregiver", period)
        return numpy.select([caregiver * (days > 0), caregiver * unsettled], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)


class pleiepenger_condition_supervision(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: minst 20 % igjen etter etablert tilsyn og andre omsorgspersoners uttak – ingen rett ved tilsyn over 80 % (at least 20 % left after supervision and other caregivers)"
    reference = SECTION_9_11

    def formula(person, period, parameters):
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - EPSILON
        low = person("pleiepenger_rest_low", period)
        high = person("pleiepenger_rest_high", period)
        return numpy.select([low >= floor, high < floor], [Outcome.met.index, NOT_MET], Outcome.unknown.index).astype(numpy.int16)


class pleiepenger_condition_lost_work(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: borte fra arbeid minst 20 % av en normal arbeidsuke (working time lost at least 20 %)"
    reference = SECTION_9_11

    def formula(person, period, parameters):
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - EPSILON
        lost = person("pleiepenger_lost_working_time_percent", period)
        return from_known_bool(is_given(lost), lost >= floor)


class pleiepenger_condition_claim(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: ønsket uttaksgrad er minst 20 %, eller ikke oppgitt (the share claimed is at least 20 %, or not stated)"
    reference = SECTION_9_11
    documentation = "NAV's BeregnGrader refuses a claimed share under 20 % (FOR_LAV_ØNSKET_UTTAKSGRAD); not stating a share means taking what is available."

    def formula(person, period, parameters):
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - EPSILON
        claimed = person("pleiepenger_claimed_percent", period)
        return from_bool(numpy.logical_not(is_given(claimed)) | (claimed >= floor))


class pleiepenger_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: alle vilkår (all conditions, combined)"
    reference = SECTION_9_10

    def formula(person, period):
        return all_of(
            person("pleiepenger_condition_caregiver_role", period),
            person("pleiepenger_condition_continuous_care", period),
            person("pleiepenger_condition_medical_certificate", period),
            person("pleiepenger_condition_child_age", period),
            person("pleiepenger_condition_child", period),
            person("pleiepenger_condition_days_in_month", period),
            person("chapter_9_condition_caregiver_age", period),
            person("chapter_9_condition_opptjening", period),
            person("chapter_9_condition_minimum_income", period),
            person("pleiepenger_condition_supervision", period),
            person("pleiepenger_condition_lost_work", period),
            person("pleiepenger_condition_claim", period),
        )


class pleiepenger_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger for sykt barn (care benefit for a sick child), status"
    reference = SECTION_9_10

    def formula(person, period):
        return status_from(person("pleiepenger_conditions", period))
