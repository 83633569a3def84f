"""Grunnstønad (ftrl § 6-3): conditions and status.

A right, not discretion: the member is entitled when the lasting illness gives
necessary extra costs that at least reach the lowest sats.
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN
from openfisca_asb.rules.variable_bases import BenefitStatus


class grunnstonad_condition_costs_at_least_lowest_rate(Condition):
    entity = Person
    label = "Grunnstønad: ekstrautgiftene svarer minst til laveste sats (extra costs reach at least the lowest rate)"
    reference = ftrl("6-3", ledd=2)
    documentation = "Met as soon as the costs given reach sats 1, or a diagnosis gives a fixed sats; not met only when every counted cost is given and they fall short."

    def formula(person, period, parameters):
        """The extra costs must reach at least the lowest sats (ftrl § 6-3): met when the counted costs do, or
        when a diagnosis such as cøliaki gives a fixed sats without receipts; not met when they do not and
        every cost is given; unknown when a missing cost could still reach it.
        """
        lowest = parameters(period).folketrygd.grunnstonad.yearly_rate.sats_1
        reaches = (person("grunnstonad_counted_costs", period) >= lowest) + (person("grunnstonad_fixed_sats", period) > 0)
        complete = person("grunnstonad_costs_complete", period)
        return numpy.select([reaches, complete], [MET, NOT_MET], UNKNOWN).astype(numpy.int16)


class grunnstonad_status(BenefitStatus, conditions="grunnstonad_conditions"):
    entity = Person
    label = "Grunnstønad (basic benefit), status"
    reference = ftrl("6-3")
