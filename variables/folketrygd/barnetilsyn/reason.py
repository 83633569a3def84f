"""Stønad til barnetilsyn: what decided the amount, and why an answer is «to be assessed».

An entitled amount is the share of the costs (64 %), or the maximum for the number of children where the share is above
it (amount.py).

Two rules rest on NAV's assessment. A child beyond the age limit counts only if it «må ha vesentlig mer tilsyn enn det
som er vanlig for jevnaldrende» (ftrl § 15-10 første ledd; child.py). A child with delt bosted (barneloven § 36) lives
with both parents: whether this parent has aleneomsorg (§ 15-4) turns on «klart mer av den daglige omsorgen», which
NAV's case system asks of each child and the agreement neither gives nor bars (rules/provisions.py
`NAV_ALENEOMSORG_RULE`; README.md, «Delt bosted»).
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.care_network import sums_alone_and_in_delt_bosted
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import BARNETILSYN_AGE_RULE, NAV_ALENEOMSORG_RULE, ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.variable_bases import BenefitReason


class BarnetilsynReason(Enum):
    none = "Andelen av utgiftene, under høyeste beløp (the share of the costs, below the maximum)"
    maximum_reached = "Høyeste beløp for antallet barn (the maximum for the number of children)"
    more_supervision_assessed = (
        "Barnet er over aldersgrensen: NAV vurderer om det må ha vesentlig mer tilsyn enn jevnaldrende "
        "(beyond the age limit: NAV assesses the need for substantially more supervision)"
    )
    delt_bosted_daily_care_assessed = (
        "Delt bosted: NAV vurderer om forelderen har klart mer av den daglige omsorgen "
        "(delt bosted: NAV assesses whether the parent has clearly more of the daily care)"
    )


class barnetilsyn_reason(BenefitReason, values=BarnetilsynReason):
    entity = Person
    label = "Barnetilsyn: hva som avgjorde beløpet, eller hvilken vurdering NAV må gjøre (what decided the amount, or the assessment NAV must make)"
    reference = [ftrl("15-10"), *BARNETILSYN_AGE_RULE, ftrl("15-4"), NAV_ALENEOMSORG_RULE]

    def formula(person, period):
        """While to be assessed: a child with delt bosted, whose daily care NAV weighs (aleneomsorg, § 15-4), where the
        claim rests on it (no child in the caregiver's sole care qualifies with costs) or it may raise the amount a
        sole-care child gives; otherwise a child beyond the age limit needing substantially more supervision than peers
        (§ 15-10 første ledd). One reason is given where both are open: its text says NAV may have to assess both.
        When entitled: the maximum for the number of children where the share of the costs is above it, else the share
        of the costs (`none`).
        """
        status = person("barnetilsyn_status", period)
        assessed = status == Status.to_be_assessed
        capped = (status == Status.entitled) * person("barnetilsyn_maximum_reached", period)
        sole_care_child_counts = person("barnetilsyn_children_qualifying_with_costs", period) > 0
        delt_bosted = sums_alone_and_in_delt_bosted(person, period, person("is_child", period))[1] > 0
        rests_on_delt_bosted = numpy.logical_not(sole_care_child_counts) * delt_bosted
        delt_bosted_open = rests_on_delt_bosted + person("barnetilsyn_delt_bosted_may_add", period)
        r = BarnetilsynReason
        return numpy.select(
            [assessed * delt_bosted_open, assessed, capped],
            [r.delt_bosted_daily_care_assessed.index, r.more_supervision_assessed.index, r.maximum_reached.index],
            r.none.index,
        )
