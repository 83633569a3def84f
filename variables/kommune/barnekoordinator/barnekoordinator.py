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
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role, max_over_role
from openfisca_asb.rules.provisions import pbrl
from openfisca_asb.rules.tristate import MET, NOT_MET, any_of, from_answer, from_bool, index
from openfisca_asb.rules.variable_bases import BenefitReason, BenefitStatus


class BarnekoordinatorReason(Enum):
    none = "Ingen (none)"
    not_in_force = "Retten gjelder fra 1. august 2022 (the right applies from 1 August 2022)"
    children_grown = "Barna har fylt 18 år, og familien har ikke sagt at den venter et barn (the children are 18 or over, and no expected child is given)"
    children_died = "Barnet er dødt, ingen andre barn under 18 år lever, og familien har ikke sagt at den venter et barn (the child has died, no other child under 18 lives, and no expected child is given)"


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
        condition (pbrl § 2-5 c). Kleene OR over the best child and the expected child. Where every child the
        family lists has turned 18 (`barnekoordinator_children_grown`) or has died with no other child under 18 alive
        (`barnekoordinator_children_died`), an expected child not said yes to counts as none: the family is refused on
        the children it has, and the answer names the expected child as what would change it, rather than leaving the
        right open on it (review s23 caseworker L6, s24 caseworker M3; ADR 0014 addendum 0.22.0 and 0.23.0).
        """
        best_child = max_over_role(familie, index(familie.members("barnekoordinator_child_qualifies", period)), Familie.CHILD)
        has_child = numpy.maximum(best_child, NOT_MET).astype(numpy.int16)
        expected = from_answer(familie("expects_child_with_serious_condition", period))
        none_left = familie("barnekoordinator_children_grown", period) + familie("barnekoordinator_children_died", period)
        expected = numpy.where(none_left * (expected != MET), NOT_MET, expected).astype(numpy.int16)
        return any_of(has_child, expected)


class barnekoordinator_children_grown(Variable):
    # A plain variable, not a condition: it is no requirement of the law, only whether an unanswered expected child is
    # read as none, and the explanation's tree of conditions stays the law's (api/explain).
    value_type = bool
    entity = Familie
    definition_period = MONTH
    label = "Barnekoordinator: alle barna familien har oppgitt, har fylt 18 år (every child the family lists is 18 or over; a child who has died aside)"
    reference = pbrl("2-5 c")

    def formula(familie, period):
        """The right is for «foreldre som har eller venter barn» with a serious condition, and the child is a child
        under 18 (pbrl § 2-5 c). True when the family lists a child of 18 or over and no living child under 18: it
        has children, and none the right is for. A family whose only child has died is answered by
        `barnekoordinator_children_died`. False otherwise."""
        under_18 = index(familie.members("barnekoordinator_child_condition_age", period)) != NOT_MET
        grown = any_over_role(familie, numpy.logical_not(under_18), Familie.CHILD)
        return grown * numpy.logical_not(_a_child_under_18_alive(familie, period))


class barnekoordinator_children_died(Variable):
    # A plain variable, as `barnekoordinator_children_grown`: whether an unanswered expected child is read as none.
    value_type = bool
    entity = Familie
    definition_period = MONTH
    label = "Barnekoordinator: et barn familien har oppgitt, er dødt, og ingen barn under 18 år lever (a child the family lists has died, and no child under 18 is alive)"
    reference = pbrl("2-5 c")

    def formula(familie, period):
        """True from the month after a child's death (`child_alive`, ADR 0034) where no child under 18 of the family
        lives: the right was for the care of that child, and the law's other route, «venter barn», is a question of a
        new pregnancy that an answer does not put to parents who have just lost their child, nor keep their right open
        on (ADR 0034: a packet asks nothing about the care of a child who has died; review s24 caseworker M3). A yes
        given is read as before. False otherwise, in the month of the death too."""
        alive = index(familie.members("child_alive", period)) != NOT_MET
        died = any_over_role(familie, numpy.logical_not(alive), Familie.CHILD)
        return died * numpy.logical_not(_a_child_under_18_alive(familie, period))


def _a_child_under_18_alive(familie, period):
    """Whether the family lists a child under 18 who is alive (in the month of a death, still)."""
    under_18 = index(familie.members("barnekoordinator_child_condition_age", period)) != NOT_MET
    alive = index(familie.members("child_alive", period)) != NOT_MET
    return any_over_role(familie, under_18 * alive, Familie.CHILD)


class barnekoordinator_status(BenefitStatus, conditions="barnekoordinator_conditions"):
    entity = Familie
    label = "Barnekoordinator (child coordinator), status for the family"
    reference = pbrl("2-5 c")


class barnekoordinator_reason(BenefitReason, values=BarnekoordinatorReason):
    entity = Familie
    label = "Barnekoordinator: hvorfor ikke (why not: the right did not exist before 1 August 2022, or the child has died or the children are grown)"
    reference = pbrl("2-5 c")

    def formula(familie, period):
        """Says why not: the right did not exist yet (before 1 August 2022); or the child has died, or every child is
        18 or over, and no expected child is given, so the family is refused on the children it has (pbrl § 2-5 c). A
        death is named first: a family with a grown child too lost the child the right was for."""
        r = BarnekoordinatorReason
        not_in_force = index(familie("barnekoordinator_condition_in_force", period)) == NOT_MET
        refused = index(familie("barnekoordinator_condition_child", period)) == NOT_MET
        died = refused * familie("barnekoordinator_children_died", period)
        grown = refused * familie("barnekoordinator_children_grown", period)
        return numpy.select([not_in_force, died, grown], [r.not_in_force.index, r.children_died.index, r.children_grown.index],
                            r.none.index)
