"""Stønad til barnetilsyn: why an answer is «to be assessed» – the rule whose outcome is NAV's assessment.

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
    none = "Ingen særskilt regel avgjorde (no particular rule decided)"
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
    label = "Barnetilsyn: hvilken vurdering NAV må gjøre når svaret er «Må vurderes» (the assessment NAV must make when to be assessed)"
    reference = [*BARNETILSYN_AGE_RULE, ftrl("15-4"), NAV_ALENEOMSORG_RULE]

    def formula(person, period):
        """While to be assessed: the claim rests on a child with delt bosted, whose daily care NAV weighs (aleneomsorg,
        § 15-4), where no child in the caregiver's sole care qualifies with costs; otherwise on a child beyond the age
        limit needing substantially more supervision than peers (§ 15-10 første ledd). No reason while settled.
        """
        assessed = person("barnetilsyn_status", period) == Status.to_be_assessed
        sole_care_child_counts = person("barnetilsyn_children_qualifying_with_costs", period) > 0
        delt_bosted = sums_alone_and_in_delt_bosted(person, period, person("is_child", period))[1] > 0
        r = BarnetilsynReason
        return numpy.select(
            [assessed * numpy.logical_not(sole_care_child_counts) * delt_bosted, assessed],
            [r.delt_bosted_daily_care_assessed.index, r.more_supervision_assessed.index],
            r.none.index,
        )
