"""Individuell plan (pbrl § 2-5; hol § 7-1).

Whoever needs long-term and coordinated health and care services has the right
to an individual plan, and the kommune must make one (hol § 7-1). The plan is
made only if the person (for a child, the parents) consents: «Det skal ikke
utarbeides individuell plan uten at pasienten har samtykket til dette»
(Helsedirektoratet's rundskriv to pbrl § 2-5). Whether a need is
"langvarige og koordinerte" is the kommune's professional assessment; the
model takes the family's answer as the fact.
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HDIR_INDIVIDUELL_PLAN, pbrl
from openfisca_asb.rules.tristate import NOT_MET, index
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus


class IndividuellPlanReason(Enum):
    none = "Ingen (none)"
    plan_not_wanted = "Planen er ikke ønsket (the plan is not wanted)"


class individuell_plan_status(ChildRightStatus, conditions="individuell_plan_conditions"):
    entity = Person
    label = "Individuell plan (individual plan), status"
    reference = pbrl("2-5")


class individuell_plan_reason(BenefitReason, values=IndividuellPlanReason):
    entity = Person
    label = "Individuell plan: hvorfor ikke (why not: the plan is made only if it is wanted; the right to a koordinator stays)"
    reference = [HDIR_INDIVIDUELL_PLAN, pbrl("2-5")]

    def formula(person, period):
        """Says why not when the plan is declined although the need is there: the plan is made only if it is
        wanted, and the right to a koordinator stays (pbrl § 2-5 b).
        """
        declined = index(person("individuell_plan_condition_wanted", period)) == NOT_MET
        need_not_denied = index(person("individuell_plan_condition_need", period)) != NOT_MET
        return numpy.where(declined * need_not_denied, IndividuellPlanReason.plan_not_wanted.index, IndividuellPlanReason.none.index)
