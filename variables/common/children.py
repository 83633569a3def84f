"""Whether the family has a child to care for: the child-dependent rights' first condition.

A family may list no child yet: parents expecting a child with a serious condition
(`expects_child_with_serious_condition`) describe the expected child by that fact, not as
a child. The rights of caregivers for the care of a child (omsorgsstønad, avlastning,
omsorgsopptjening, tilpasning av bolig for the child) have no one to care for then, in
this model's scope, so each refuses with this condition named, and its questions about
the care are not asked. The rights that cover an expected child say so themselves
(barnekoordinator, hol § 7-2 a).

The same rights are for care beyond ordinary parenting. A family that says no, for every
child, to the family step's question (an illness, injury or disability, or needs beyond
those of other children of the same age: ADR 0026) has no such care to give, so
`family_has_child_with_needs` refuses them and their questions about heavy care work,
care hours and rebuilding the home are not asked.
"""

import numpy
from openfisca_core.periods import ETERNITY, YEAR

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.members import any_over_role, count_with_role
from openfisca_asb.rules.provisions import ftrl, hol
from openfisca_asb.rules.tristate import MET, NOT_MET, FactAnswer, index


class family_has_child(Condition):
    entity = Familie
    definition_period = ETERNITY  # read by monthly rights (omsorgsstønad) and a yearly one (omsorgsopptjening)
    label = "Familien har et barn (født og oppgitt) å ha omsorg for (the family lists a child to care for; an expected child is not one)"
    reference = hol("3-6", ledd=1)

    def formula(familie, period):
        """Met when the family lists a child; not met when it lists none (an expected child is described by
        `expects_child_with_serious_condition`, not as a child): the care the rights reading this are for is
        care for a child in the family."""
        return numpy.where(count_with_role(familie, Familie.CHILD) > 0, MET, NOT_MET).astype(numpy.int16)


def _a_counted_child_with_needs(familie, period, counted) -> numpy.ndarray:
    """Not met when the family has children `counted` and says no for each of them to the family step's question
    (ADR 0026); met otherwise."""
    said_no = familie.members("has_illness_or_extra_needs", period) == FactAnswer.no
    with_needs = any_over_role(familie, counted * numpy.logical_not(said_no), Familie.CHILD)
    return numpy.where(any_over_role(familie, counted, Familie.CHILD) * numpy.logical_not(with_needs), NOT_MET, MET).astype(numpy.int16)


class family_has_child_with_needs(Condition):
    entity = Familie
    label = (
        "Et barn i familien har sykdom, skade eller funksjonsnedsettelse, eller trenger mer enn andre barn på samme "
        "alder (a child in the family has an illness, injury or disability, or needs more than other children of "
        "the same age: not met only when the family says no for each child)"
    )
    reference = hol("3-6", ledd=1)

    def formula(familie, period):
        """Not met when the family says no for each child it lists to the family step's question (an illness,
        injury or disability, or needs beyond those of other children of the same age: ADR 0026); met otherwise.
        An unanswered question counts as met: the right's own question (heavy care work, a home to rebuild for
        the child) asks about the child's needs itself, so this condition only spares a family that said no for
        every child those questions. A child who died counts to the month of its death (ADR 0034); a family
        without a child is left to `family_has_child` and `family_child_alive`."""
        return _a_counted_child_with_needs(familie, period, index(familie.members("child_alive", period)) != NOT_MET)


class family_has_child_with_needs_in_year(Condition):
    entity = Familie
    definition_period = YEAR
    label = (
        "Et barn i familien som levde i kalenderåret, har sykdom, skade eller funksjonsnedsettelse, eller trenger "
        "mer enn andre barn på samme alder (a child who lived in the year has an illness, injury or disability, or "
        "extra needs: not met only when the family says no for each child)"
    )
    reference = ftrl("20-8", ledd=1, bokstav="b")

    def formula(familie, period):
        """`family_has_child_with_needs` for a yearly right: a child counts in the years it lived in (ADR 0034)."""
        return _a_counted_child_with_needs(familie, period, familie.members("child_alive_in_year", period))
