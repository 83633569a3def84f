"""Avlastning (hol § 3-6 første ledd nr. 2): relief for a family with particularly heavy care work.

The family's right is to a vedtak on necessary pårørendestøtte (pbrl § 2-8), not to
avlastning as such: whether, how (institution, avlastningsbolig, private avlaster, at
home, or organised as BPA) and how much is the kommune's assessment, by need. So the
best outcome is *to be assessed*, with no amount. Avlastning is free of charge: the
kommune may not take an egenandel for it (secondary sources: lovemammaene.no,
Bø kommune; the paragraph in the egenandel forskrift was not verified).
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import UNKNOWN, Outcome, index

HOL_3_6 = "https://lovdata.no/lov/2011-06-24-30/§3-6"


class avlastning_condition_heavy_care(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Familie
    definition_period = MONTH
    label = "Avlastning: en omsorgsperson har særlig tyngende omsorgsarbeid (a caregiver has particularly heavy care work)"
    reference = HOL_3_6 + " første ledd nr. 2"
    documentation = "Kleene OR over the family's caregivers: met if any says yes, not met if all say no."

    def formula(familie, period):
        answers = index(familie.members("has_particularly_heavy_care_work", period))
        any_caregiver = familie.max(answers, role=Familie.CAREGIVER)
        has_caregiver = familie.nb_persons(Familie.CAREGIVER) > 0
        return numpy.where(has_caregiver, any_caregiver, UNKNOWN).astype(numpy.int16)


class avlastning_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Familie
    definition_period = MONTH
    label = "Avlastning (respite care from the kommune), status"
    reference = HOL_3_6 + " første ledd nr. 2"

    def formula(familie, period):
        return status_from(familie("avlastning_condition_heavy_care", period), needs_assessment=True)
