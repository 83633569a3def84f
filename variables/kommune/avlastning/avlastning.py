"""Avlastning (hol § 3-6 første ledd nr. 2): relief for a family with particularly heavy care work.

The family's right is to a vedtak on necessary pårørendestøtte (pbrl § 2-8), not to
avlastning as such: whether, how (institution, avlastningsbolig, private avlaster, at
home, or organised as BPA) and how much is the kommune's assessment, by need. So the
best outcome is *to be assessed*, with no amount. Avlastning is free of charge: the
kommune may not take an egenandel for it (secondary sources: lovemammaene.no,
Bø kommune; the paragraph in the egenandel forskrift was not verified).
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.members import count_with_role, max_over_role
from openfisca_asb.rules.provisions import hol
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import UNKNOWN, all_of, index
from openfisca_asb.rules.variable_bases import ChildRightStatus


class avlastning_condition_heavy_care(Condition):
    entity = Familie
    label = "Avlastning: en omsorgsperson har særlig tyngende omsorgsarbeid (a caregiver has particularly heavy care work)"
    reference = hol("3-6", ledd=1, nr=2)
    documentation = "Kleene OR over the family's caregivers: met if any says yes, not met if all say no."

    def formula(familie, period):
        """Avlastning is for those with particularly heavy care work (hol § 3-6 første ledd nr. 2): the best
        answer among the family's caregivers; unknown for a family without caregivers.
        """
        answers = index(familie.members("has_particularly_heavy_care_work", period))
        any_caregiver = max_over_role(familie, answers, Familie.CAREGIVER)
        has_caregiver = count_with_role(familie, Familie.CAREGIVER) > 0
        return numpy.where(has_caregiver, any_caregiver, UNKNOWN).astype(numpy.int16)


class avlastning_condition_child(Condition):
    entity = Familie
    label = "Avlastning: familien har et barn å ha omsorg for (the family lists a child; an expected child is not one)"
    reference = hol("3-6", ledd=1, nr=2)

    def formula(familie, period):
        """Avlastning relieves those with care work (hol § 3-6 første ledd nr. 2), here the care of a child in the
        family: not met while the family lists no child (an expected child is not yet cared for)."""
        return familie("family_has_child", period)



class avlastning_status(ChildRightStatus, while_alive="family_child_alive"):
    entity = Familie
    label = "Avlastning (respite care from the kommune), status"
    reference = hol("3-6", ledd=1, nr=2)

    def formula(familie, period):
        """To be assessed when the family has a child and a caregiver has particularly heavy care work: the
        kommune decides what avlastning to give (no national amount); not entitled without a child, or when no
        caregiver has; missing information otherwise.
        """
        conditions = all_of(
            familie("avlastning_condition_child", period),
            familie("avlastning_condition_child_needs", period),
            familie("avlastning_condition_heavy_care", period),
        )
        return status_from(conditions, needs_assessment=True)
