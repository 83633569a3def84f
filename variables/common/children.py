"""Whether the family has a child to care for: the child-dependent rights' first condition.

A family may list no child yet: parents expecting a child with a serious condition
(`expects_child_with_serious_condition`) describe the expected child by that fact, not as
a child. The rights of caregivers for the care of a child (omsorgsstønad, avlastning,
omsorgsopptjening, tilpasning av bolig for the child) have no one to care for then, in
this model's scope, so each refuses with this condition named, and its questions about
the care are not asked. The rights that cover an expected child say so themselves
(barnekoordinator, hol § 7-2 a).
"""

import numpy
from openfisca_core.periods import ETERNITY

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.members import count_with_role
from openfisca_asb.rules.provisions import hol
from openfisca_asb.rules.tristate import MET, NOT_MET


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
