"""Barnekoordinator (pbrl § 2-5 c; hol § 7-2 a), in force from 1 August 2022.

"Foreldre som har eller venter barn" with serious illness, injury or reduced
function, who will need long-term and complex or coordinated health and care
services and other welfare services, have the right: the right is the
family's, so status and conditions belong to the familie. A child qualifies
when all four child conditions hold for that same child; an unborn child is
described by the family fact `expects_child_with_serious_condition`, since a
child not yet born has no birth date. The kommune must appoint the
barnekoordinator (the specialist health service has no such duty).
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import max_over_role
from openfisca_asb.rules.provisions import pbrl
from openfisca_asb.rules.tristate import NOT_MET, any_of, from_answer, from_bool, index
from openfisca_asb.rules.variable_bases import BenefitReason, BenefitStatus


class BarnekoordinatorReason(Enum):
    none = "Ingen (none)"
    not_in_force = "Retten gjelder fra 1. august 2022 (the right applies from 1 August 2022)"


class barnekoordinator_child_condition_age(Condition):
    entity = Person
    label = "Barnekoordinator: barnet er under 18 år (the child is under 18)"
    reference = pbrl("2-5 c")

    def formula(person, period, parameters):
        """The child is under 18 (pbrl § 2-5 c)."""
        limit = parameters(period).kommune.barnekoordinator.child_age_limit
        return from_bool(person("age", period) < limit)


class barnekoordinator_child_condition_health_services(Condition):
    entity = Person
    label = "Barnekoordinator: behov for langvarige og sammensatte eller koordinerte helse- og omsorgstjenester (long-term, complex or coordinated services)"
    reference = pbrl("2-5 c")

    def formula(person, period):
        # "sammensatte eller koordinerte": either need suffices, so the individual plan's fact counts too.
        """The child needs long-term and complex or coordinated health and care services (pbrl § 2-5 c); either
        answer suffices. Kleene OR.
        """
        return any_of(
            from_answer(person("needs_long_term_complex_health_services", period)),
            from_answer(person("needs_long_term_coordinated_health_services", period)),
        )


class barnekoordinator_condition_in_force(Condition):
    entity = Familie
    label = "Barnekoordinator: retten er i kraft (the right exists: from 1 August 2022)"
    reference = pbrl("2-5 c")

    def formula(familie, period, parameters):
        """The right to a barnekoordinator exists from 1 August 2022 (pbrl § 2-5 c); not met before."""
        in_force = parameters(period).kommune.barnekoordinator.in_force
        return from_bool(familie.filled_array(in_force, dtype=bool))


class barnekoordinator_condition_child(Condition):
    entity = Familie
    label = (
        "Barnekoordinator: familien har eller venter et barn under 18 med alvorlig sykdom, skade eller nedsatt "
        "funksjonsevne som trenger langvarige, sammensatte eller koordinerte helse- og omsorgstjenester og andre "
        "velferdstjenester (has or expects such a child)"
    )
    reference = pbrl("2-5 c")

    def formula(familie, period):
        # Kleene OR over the children: the largest outcome index; a family without children gets not met.
        """The family has a child who meets every child condition, or is expecting a child with a serious
        condition (pbrl § 2-5 c). Kleene OR over the best child and the expected child.
        """
        best_child = max_over_role(familie, index(familie.members("barnekoordinator_child_qualifies", period)), Familie.CHILD)
        has_child = numpy.maximum(best_child, NOT_MET).astype(numpy.int16)
        return any_of(has_child, from_answer(familie("expects_child_with_serious_condition", period)))


class barnekoordinator_status(BenefitStatus, conditions="barnekoordinator_conditions"):
    entity = Familie
    label = "Barnekoordinator (child coordinator), status for the family"
    reference = pbrl("2-5 c")


class barnekoordinator_reason(BenefitReason, values=BarnekoordinatorReason):
    entity = Familie
    label = "Barnekoordinator: hvorfor ikke (why not: the right did not exist before 1 August 2022)"
    reference = pbrl("2-5 c")

    def formula(familie, period):
        """Says why not when the only reason is that the right did not exist yet (before 1 August 2022)."""
        not_in_force = index(familie("barnekoordinator_condition_in_force", period)) == NOT_MET
        return numpy.where(not_in_force, BarnekoordinatorReason.not_in_force.index, BarnekoordinatorReason.none.index)
