"""Grunnstønad (ftrl § 6-3): the sats, the monthly amount and why.

The sats is the highest of the six whose yearly amount the counted extra costs
reach; below sats 1 nothing is paid. The monthly amount is the yearly sats / 12
in whole kroner, as in NAV's tables (8 232 → 686, 8 462 → 705).

A sats amount that predates a known adjustment (ADR 0009: the rates were price-adjusted
from 1 July 2023, and are set every 1 January) is only a lower bound of the amount NAV
now uses — as a threshold too. Costs that reach it may fall short of the adjusted amount,
so such a sats is counted only as *possible* (`grunnstonad_sats_possible`); the sats the
costs are known to reach (`grunnstonad_sats`) counts current amounts only.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.adjustments import is_current
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import GRUNNSTONAD_COSTS_REACH_THE_RATE, ftrl
from openfisca_asb.rules.row_dates import first_day
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import NOT_MET, index, is_given
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyAmount

NUMBER_OF_RATES = 6


def _yearly_rates(parameters, period):
    rates = parameters(period).folketrygd.grunnstonad.yearly_rate
    return numpy.array([rates[f"sats_{n}"] for n in range(1, NUMBER_OF_RATES + 1)], dtype=float)


def _current_rates(person, period) -> numpy.ndarray:
    """Per row and sats, whether the sats amount in force on the row's first day of the month predates no known
    adjustment, in the system simulated (a reform's own values included)."""
    rates = person.simulation.tax_benefit_system.parameters.folketrygd.grunnstonad.yearly_rate
    leaves = [rates.children[f"sats_{n}"] for n in range(1, NUMBER_OF_RATES + 1)]
    days, row_day = numpy.unique(first_day(person, period), return_inverse=True)
    current = numpy.array([[is_current(leaf, day.item()) for leaf in leaves] for day in days])
    return current[row_day]


def _sats_reached(person, period, parameters, current_only: bool) -> numpy.ndarray:
    """The highest sats whose yearly amount the counted costs reach (only among current amounts if
    `current_only`), or the diagnosis's fixed sats where it is higher; 0 below sats 1."""
    costs = person("grunnstonad_counted_costs", period)
    reached = costs[:, None] >= _yearly_rates(parameters, period)[None, :]
    if current_only:
        reached = reached * _current_rates(person, period)
    by_costs = numpy.where(reached, numpy.arange(1, NUMBER_OF_RATES + 1)[None, :], 0).max(axis=1)
    return numpy.maximum(by_costs, person("grunnstonad_fixed_sats", period))


class GrunnstonadReason(Enum):
    none = "Ingen særskilt begrensning (no binding rule)"
    below_lowest_rate = "Utgiftene er lavere enn laveste sats (costs below the lowest rate)"
    highest_rate_reached = "Høyeste sats er nådd (the highest rate is reached)"
    transport_not_counted_age_70 = "Transport regnes ikke med fra 70 år (transport not counted from age 70)"
    transport_costs_not_given = "Transportutgifter ikke oppgitt (transport costs not given)"
    fixed_rate_for_diagnosis = "Fast sats for diagnosen, uten kvitteringer (fixed rate for the diagnosis)"
    no_extra_costs = "Ingen ekstrautgifter oppgitt (no extra costs given)"
    rates_not_found = "Satsene etter en kjent justering er ikke funnet (the rates after a known adjustment were not found)"
    higher_rate_possible = "En høyere sats kan gjelde etter en kjent justering (a higher rate may apply after a known adjustment)"


class grunnstonad_fixed_sats(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: fast sats for en diagnose, uten kvitteringer – cøliaki etter alder (fixed rate for a diagnosis; 0 without one)"
    reference = ftrl("6-3", ledd=1, bokstav="f")

    def formula(person, period, parameters):
        """Cøliaki gives a fixed sats for the gluten-free diet (regjeringen.no id2671741): from 1 April 2020
        sats 2 at ages 5–30 and sats 1 otherwise; from 1 March 2019 sats 3 and 2; before that sats 4. Age in
        whole years, 5 to 30 inclusive (the boundaries' reading is not established): 5 or more on the first day of
        the month (from which month a higher sats is paid was not read: the age on the 1st is kept); 30 or less on
        the day before it, so that the higher sats, a benefit given per month, is kept to
        the end of the month of the 31st birthday whatever its day (ftrl § 22-12 sjette ledd, review s24 caseworker
        M1). 0 without a fixed-rate diagnosis.
        """
        law = parameters(period).folketrygd.grunnstonad.coeliac_disease
        diagnosis = person("grunnstonad_fixed_rate_diagnosis", period)
        in_band = (person("age", period) >= law.age_band_from) * (person("age_before_the_month", period) <= law.age_band_to)
        sats = numpy.where(in_band, law.sats_in_age_band, law.sats_outside_age_band)
        return numpy.where(diagnosis == diagnosis.possible_values.coeliac_disease, sats, 0)


class grunnstonad_sats(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: sats 1–6 som utgiftene sikkert når, eller diagnosens faste sats, 0 ellers (the highest rate the costs are known to reach, or the diagnosis's fixed rate)"
    reference = GRUNNSTONAD_COSTS_REACH_THE_RATE

    def formula(person, period, parameters):
        """The highest of the six rates the counted yearly extra costs reach («Stønad etter høyere sats gis dersom
        ekstrautgiftene minst svarer til den forhøyede satsen», ftrl § 6-3 tredje ledd), counting only a sats whose
        amount predates no known adjustment; 0 below sats 1. A diagnosis with a fixed sats gives at least that sats
        (simplification: NAV's handling of other documented costs beside a fixed sats is not modelled, the higher of
        the two is taken).
        """
        return _sats_reached(person, period, parameters, current_only=True)


class grunnstonad_sats_possible(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: høyeste sats utgiftene kan nå med satsene i kraft, også de som er eldre enn en kjent justering (the highest rate the costs may reach)"
    reference = GRUNNSTONAD_COSTS_REACH_THE_RATE

    def formula(person, period, parameters):
        """As `grunnstonad_sats`, counting also a sats whose amount predates a known adjustment: the adjusted
        amounts are no lower, so NAV's sats is at most this one and at least `grunnstonad_sats`."""
        return _sats_reached(person, period, parameters, current_only=False)


class grunnstonad_some_rate_current(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: minst én sats i kraft er ikke eldre enn en kjent justering (some rate in force is current)"
    reference = GRUNNSTONAD_COSTS_REACH_THE_RATE

    def formula(person, period):
        """Whether some sats amount in force on the month's first day predates no known adjustment: only then can
        costs not yet given (transport) make the costs known to reach a sats."""
        return _current_rates(person, period).any(axis=1)


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


class grunnstonad_reason(BenefitReason, values=GrunnstonadReason):
    entity = Person
    label = "Grunnstønad: regelen som avgjorde satsen (the rule that bound the rate)"
    reference = GRUNNSTONAD_COSTS_REACH_THE_RATE

    def formula(person, period):
        """Which rule bound the rate: no extra costs, or costs below the lowest sats (unless no lasting illness refuses
        it first), the
        rates after a known adjustment not found (to be assessed), a higher sats possible after one, a diagnosis's
        fixed sats, the highest sats reached, transport costs not counted because the conditions were not met
        before 70, or transport costs not given.
        """
        status = person("grunnstonad_status", period)
        entitled = status == Status.entitled
        # Costs below the lowest sats bind only where a lasting illness does not already refuse the right.
        ill = index(person("grunnstonad_condition_lasting_illness", period)) != NOT_MET
        below = ill * (index(person("grunnstonad_condition_costs_at_least_lowest_rate", period)) == NOT_MET)
        transport = person("grunnstonad_yearly_transport_costs", period)
        counts = person("grunnstonad_transport_counts", period)
        sats = person("grunnstonad_sats", period)
        fixed = person("grunnstonad_fixed_sats", period)
        higher = entitled * (person("grunnstonad_sats_possible", period) > sats)
        none_given = (person("grunnstonad_counted_costs", period) == 0) * (fixed == 0)
        return numpy.select(
            [
                below * none_given,
                below,
                status == Status.to_be_assessed,
                higher,
                entitled * (fixed > 0) * (fixed == sats),
                entitled * (sats == NUMBER_OF_RATES),
                (transport > 0) * numpy.logical_not(counts),
                entitled * counts * numpy.logical_not(is_given(transport)),
            ],
            [
                GrunnstonadReason.no_extra_costs.index,
                GrunnstonadReason.below_lowest_rate.index,
                GrunnstonadReason.rates_not_found.index,
                GrunnstonadReason.higher_rate_possible.index,
                GrunnstonadReason.fixed_rate_for_diagnosis.index,
                GrunnstonadReason.highest_rate_reached.index,
                GrunnstonadReason.transport_not_counted_age_70.index,
                GrunnstonadReason.transport_costs_not_given.index,
            ],
            GrunnstonadReason.none.index,
        )
