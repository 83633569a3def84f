"""Individuell plan (pbrl § 2-5; hol § 7-1).

Whoever needs long-term and coordinated health and care services has the right
to an individual plan, and the kommune must make one. The plan is made only
if the person (for a child, the parents) wants it. Whether a need is
"langvarige og koordinerte" is the kommune's professional assessment; the
model takes the family's answer as the fact.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import NOT_MET, Outcome, all_of, from_answer, index

PBRL_2_5 = "https://lovdata.no/lov/1999-07-02-63/§2-5"
HOL_7_1 = "https://lovdata.no/lov/2011-06-24-30/§7-1"


class IndividuellPlanReason(Enum):
    none = "Ingen (none)"
    plan_not_wanted = "Planen er ikke ønsket (the plan is not wanted)"


class individuell_plan_condition_need(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Individuell plan: behov for langvarige og koordinerte helse- og omsorgstjenester (needs long-term, coordinated services)"
    reference = PBRL_2_5 + " første ledd"

    def formula(person, period):
        return from_answer(person("needs_long_term_coordinated_health_services", period))


class individuell_plan_condition_wanted(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Individuell plan: pasienten eller brukeren ønsker planen (the plan is made only with consent)"
    reference = HOL_7_1 + " første ledd"

    def formula(person, period):
        return from_answer(person("wants_individual_plan", period))


class individuell_plan_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Individuell plan: alle vilkår (all conditions, combined)"
    reference = PBRL_2_5

    def formula(person, period):
        return all_of(
            person("individuell_plan_condition_need", period),
            person("individuell_plan_condition_wanted", period),
        )


class individuell_plan_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Individuell plan (individual plan), status"
    reference = PBRL_2_5

    def formula(person, period):
        return status_from(person("individuell_plan_conditions", period))


class individuell_plan_reason(Variable):
    value_type = Enum
    possible_values = IndividuellPlanReason
    default_value = IndividuellPlanReason.none
    entity = Person
    definition_period = MONTH
    label = "Individuell plan: hvorfor ikke (why not: the plan is made only if it is wanted; the right to a koordinator stays)"
    reference = HOL_7_1 + " første ledd"

    def formula(person, period):
        declined = index(person("individuell_plan_condition_wanted", period)) == NOT_MET
        need_not_denied = index(person("individuell_plan_condition_need", period)) != NOT_MET
        return numpy.where(declined * need_not_denied, IndividuellPlanReason.plan_not_wanted.index, IndividuellPlanReason.none.index)
