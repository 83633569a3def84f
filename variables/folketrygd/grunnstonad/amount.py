"""Grunnstønad (ftrl § 6-3): the sats, the monthly amount and why.

The sats is the highest of the six whose yearly amount the counted extra costs
reach; below sats 1 nothing is paid. The monthly amount is the yearly sats / 12
in whole kroner, as in NAV's tables (8 232 → 686, 8 462 → 705).
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import NOT_MET, index, is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount

NUMBER_OF_RATES = 6


def _yearly_rates(parameters, period):
    rates = parameters(period).folketrygd.grunnstonad.yearly_rate
    return numpy.array([rates[f"sats_{n}"] for n in range(1, NUMBER_OF_RATES + 1)], dtype=float)


class GrunnstonadReason(Enum):
    none = "Ingen særskilt begrensning (no binding rule)"
    below_lowest_rate = "Utgiftene er lavere enn laveste sats (costs below the lowest rate)"
    highest_rate_reached = "Høyeste sats er nådd (the highest rate is reached)"
    transport_not_counted_age_70 = "Transport regnes ikke med fra 70 år (transport not counted from age 70)"
    transport_costs_not_given = "Transportutgifter ikke oppgitt (transport costs not given)"


class grunnstonad_sats(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: sats 1–6 som utgiftene svarer til, 0 under laveste sats (the highest rate the costs reach)"
    reference = ftrl("6-3", ledd=2)

    def formula(person, period, parameters):
        """The highest of the six rates the counted yearly extra costs reach (ftrl § 6-3: a higher sats when
        the costs are at least that sats); 0 below sats 1.
        """
        costs = person("grunnstonad_counted_costs", period)
        rates = _yearly_rates(parameters, period)
        return (costs[:, None] >= rates[None, :]).sum(axis=1)


class grunnstonad_yearly_rate(MonthlyAmount):
    entity = Person
    label = "Grunnstønad: årlig beløp for satsen utgiftene svarer til (yearly amount of the rate reached, 0 below sats 1)"
    reference = ftrl("6-3", ledd=2)

    def formula(person, period, parameters):
        """The yearly amount of the sats the costs reach; 0 below the lowest sats."""
        rates = numpy.concatenate([[0.0], _yearly_rates(parameters, period)])
        return rates[person("grunnstonad_sats", period)]


class grunnstonad_amount(MonthlyAmount):
    entity = Person
    label = "Grunnstønad (basic benefit), monthly amount: yearly sats / 12 in whole kroner"
    reference = ftrl("6-3", ledd=2)

    def formula(person, period):
        """A twelfth of the yearly rate, in whole kroner, when the person is entitled."""
        entitled = person("grunnstonad_status", period) == Status.entitled
        monthly = whole_kroner(person("grunnstonad_yearly_rate", period) / 12)
        return numpy.where(entitled, monthly, 0)


class grunnstonad_reason(Variable):
    value_type = Enum
    possible_values = GrunnstonadReason
    default_value = GrunnstonadReason.none
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: regelen som avgjorde satsen (the rule that bound the rate)"
    reference = ftrl("6-3", ledd=2)

    def formula(person, period):
        """Which rule bound the rate: costs below the lowest sats, the highest sats reached, transport costs
        not counted because the conditions were not met before 70, or transport costs not given.
        """
        entitled = person("grunnstonad_status", period) == Status.entitled
        below = index(person("grunnstonad_condition_costs_at_least_lowest_rate", period)) == NOT_MET
        transport = person("grunnstonad_yearly_transport_costs", period)
        counts = person("grunnstonad_transport_counts", period)
        return numpy.select(
            [
                below,
                entitled * (person("grunnstonad_sats", period) == NUMBER_OF_RATES),
                (transport > 0) * numpy.logical_not(counts),
                entitled * counts * numpy.logical_not(is_given(transport)),
            ],
            [
                GrunnstonadReason.below_lowest_rate.index,
                GrunnstonadReason.highest_rate_reached.index,
                GrunnstonadReason.transport_not_counted_age_70.index,
                GrunnstonadReason.transport_costs_not_given.index,
            ],
            GrunnstonadReason.none.index,
        )
